"""Grids over every row (present/grid.py): sorting by any displayed column, pages, where a grid opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from briefing.corpus import schema
from briefing.corpus.build import parse_paths
from briefing.present import grid
from briefing.present.filters import options

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def tables():
    return parse_paths([SEEDS]).tables


@pytest.fixture(scope="module")
def labels(tables):
    return options(tables).labels


def _events(starts: list[str | None]) -> pd.DataFrame:
    rows = [
        {
            "event_id": f"e{i}",
            "article_id": "a",
            "start": i,
            "end": i + 1,
            "date": start,
            "date_start": start,
            "date_end": start,
            "date_precision": "day" if start else None,
            "summary": f"event {i}",
        }
        for i, start in enumerate(starts)
    ]
    return schema.frame("events", rows)


def test_dates_sort_as_dates_with_missing_last_either_way():
    events = _events(["2025-06-01", None, "2024-12-31", "2025-01-15"])
    ascending = grid.order(events, grid.EVENTS, "When", descending=False)
    descending = grid.order(events, grid.EVENTS, "When", descending=True)
    assert list(ascending) == [2, 3, 0, 1]
    assert list(descending) == [0, 3, 2, 1]
    # "1 Jun 2025" < "15 Jan 2025" < "31 Dec 2024" as text: the displayed strings would sort wrongly.
    shown = grid.EVENTS.display(events.take(ascending), grid.Labels())
    assert list(shown["When"])[:3] == ["31 Dec 2024", "15 Jan 2025", "1 Jun 2025"]


def test_every_displayed_column_sorts(tables, labels):
    for spec, table in ((grid.EVENTS, "events"), (grid.QUOTES, "quotes"), (grid.ACTORS, "actors")):
        df = tables[table]
        shown = spec.display(df, labels)
        assert set(spec.sort_keys) == set(shown.columns), table
        for column in spec.sort_keys:
            positions = grid.order(df, spec, column, descending=False, labels=labels)
            assert sorted(positions) == list(range(len(df))), (table, column)
            if column in ("Quote", "Speaker", "Name", "What"):  # plain text: sorted case-insensitively
                ranked = spec.display(df.take(positions), labels)[column].str.casefold().replace("", None).dropna()
                assert list(ranked) == sorted(ranked), (table, column)


def test_text_sort_ignores_case_and_keeps_ties_in_order():
    quotes = schema.frame(
        "quotes", [{"quote_id": f"q{i}", "text": text, "start": i} for i, text in enumerate(["b", "A", "a", "", "C"])]
    )
    assert list(grid.order(quotes, grid.QUOTES, "Quote", descending=False)) == [1, 2, 0, 4, 3]
    assert list(grid.order(quotes, grid.QUOTES, "Quote", descending=True)) == [4, 0, 1, 2, 3]


def test_pages_cover_every_row_once():
    positions = np.arange(1_234)[::-1]
    seen = []
    for number in range(1, grid.page_count(len(positions), 100) + 1):
        seen += list(grid.page(positions, number, 100).positions)
    assert seen == list(positions)
    last = grid.page(positions, 99, 100)  # past the end: the last page
    assert (last.number, last.pages, last.first, last.last) == (13, 13, 1_201, 1_234)
    assert list(last.positions) == list(range(33, -1, -1))
    assert grid.page(positions, 0, 100).number == 1


def test_timeline_opens_on_the_first_event_at_or_after_the_as_of_date():
    events = _events([f"2025-{month:02d}-01" for month in range(1, 13)] + [None])
    positions = grid.order(events, grid.EVENTS, "When", descending=False)
    assert grid.opening_page(events, grid.EVENTS, positions, 5, dt.date(2025, 8, 15)) == 2  # Sep is the 9th row
    assert grid.opening_page(events, grid.EVENTS, positions, 5, dt.date(2024, 1, 1)) == 1
    assert grid.opening_page(events, grid.EVENTS, positions, 5, None) == 1
    assert grid.opening_page(events, grid.QUOTES, positions, 5, dt.date(2025, 8, 15)) == 1  # quotes have no dates


def test_caption_says_which_rows_and_how_they_are_sorted():
    shown = grid.page(np.arange(4_321), 2, 100)
    words = grid.caption(shown, grid.EVENTS, "When", descending=True)
    assert words == "Rows 101–200 of 4,321 events (page 2 of 44), sorted by When (latest first)."
    assert grid.caption(grid.page(np.arange(3), 1, 100), grid.ACTORS, "Mentions", True).startswith("All 3 actors")
    assert "A to Z" in grid.caption(shown, grid.QUOTES, "Speaker", descending=False)
    assert grid.direction_words(grid.QUOTES, grid.STORED_ORDER, True) == "reversed"
    assert grid.direction_words(grid.table_spec("articles"), "published", True) == "latest first"
    assert grid.direction_words(grid.table_spec("articles"), "characters", False) == "smallest first"


def test_detail_gives_long_text_in_full(tables, labels):
    quotes = tables["quotes"]
    longest = int(quotes["text"].str.len().idxmax())
    shown = grid.QUOTES.display(quotes.iloc[[longest]], labels).iloc[0]
    assert ("Quote", quotes["text"].iloc[longest]) in grid.detail(shown, grid.QUOTES)


def test_data_tables_sort_by_their_own_columns(tables):
    articles = tables["articles"]
    spec = grid.table_spec("articles")
    assert spec.sort_columns[0] == grid.STORED_ORDER
    newest_first = articles.take(grid.order(articles, spec, "published", descending=True))
    published = newest_first["published"].dropna().tolist()
    assert published == sorted(published, reverse=True)
    assert list(grid.first_rows({"articles": articles}, "articles", 2)["article_id"]) == list(
        articles["article_id"][:2]
    )
