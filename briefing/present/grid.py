"""Grids that reach every row: a table sorted by any of its columns and cut into pages, on the server.

Owns what a grid shows of a table: which columns it can be sorted by and on what values (a date
column sorts by the date, not by its text "1 Jun 2025"), the row positions of each page, where a grid
opens (the Timeline on the events nearest the as-of date), the words that say which rows are on
screen, and which columns are long enough to be read in full below the grid. The browser is sent one
page at a time: at 10,000 articles a table holds tens of thousands of rows, and sending them all on
each rerun costs seconds. Display frames come from `views`; nothing here knows Streamlit.

Notes: sorting is stable, so rows that tie keep the table's own order (article, then position in
the text); missing values sort last in either direction.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import pandas as pd

from briefing.corpus import schema
from briefing.present import views
from briefing.present.filters import Labels, days

PAGE_SIZES = (25, 100, 500)
DEFAULT_PAGE_SIZE = 100
STORED_ORDER = "(as stored)"  # the Data page's own order: article, then position in the text

#: A sort key: the values a table's rows sort by (one column, or several for ties), from its core columns.
SortKey = Callable[[pd.DataFrame, Labels], pd.Series | pd.DataFrame]


def text_key(column: str) -> SortKey:
    """A text column, case-insensitive, empty cells last."""

    def key(df: pd.DataFrame, labels: Labels) -> pd.Series:
        del labels
        cells = df[column].astype("string").str.casefold()
        return cells.where(cells != "")

    return key


def number_key(column: str) -> SortKey:
    def key(df: pd.DataFrame, labels: Labels) -> pd.Series:
        del labels
        return pd.to_numeric(df[column], errors="coerce")

    key.kind = "number"  # type: ignore[attr-defined]  # what its directions are called
    return key


def date_key(column: str) -> SortKey:
    def key(df: pd.DataFrame, labels: Labels) -> pd.Series:
        del labels
        return days(df[column])

    key.kind = "date"  # type: ignore[attr-defined]
    return key


def shown_key(display: Callable[[pd.DataFrame, Labels], pd.DataFrame], column: str) -> SortKey:
    """The displayed text itself (country names, article titles), case-insensitive."""

    def key(df: pd.DataFrame, labels: Labels) -> pd.Series:
        cells = display(df, labels)[column].astype("string").str.casefold()
        return cells.where(cells != "").set_axis(df.index)

    return key


def _article_key(df: pd.DataFrame, labels: Labels) -> pd.Series:
    return df["article_id"].map(lambda a: labels.article(a).casefold() if isinstance(a, str) else None)


def _event_when_key(df: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    del labels
    return pd.DataFrame({"start": days(df["date_start"]), "article": df["article_id"], "pos": df["start"]})


_event_when_key.kind = "date"  # type: ignore[attr-defined]


@dataclass(frozen=True)
class GridSpec:
    """One kind of grid: its display frame, the sort key of each displayed column, and how it opens."""

    noun: str  # "events"
    display: Callable[[pd.DataFrame, Labels], pd.DataFrame]  # core rows -> display rows, in the same order
    sort_keys: Mapping[str, SortKey]  # displayed column -> what it sorts by
    default_sort: str = STORED_ORDER
    default_descending: bool = False
    long_text: tuple[str, ...] = ()  # columns too long for a cell: shown in full for the selected row
    #: Rows at or after the as-of date (a grid that has it opens on the first of them in its default order).
    from_as_of: Callable[[pd.DataFrame, dt.date], pd.Series] | None = None
    date_columns: tuple[str, ...] = field(default=())  # shown as dates (the Data page's core tables)
    display_takes_as_of: bool = False  # `display(df, labels, as_of)`: statuses read at the as-of date

    def show(self, df: pd.DataFrame, labels: Labels, as_of: dt.date | None = None) -> pd.DataFrame:
        """The display rows of `df` (core rows, in the grid's order)."""
        return self.display(df, labels, as_of) if self.display_takes_as_of else self.display(df, labels)

    @property
    def sort_columns(self) -> list[str]:
        """What the grid can be sorted by, in display order (the stored order first where it is one)."""
        stored = [STORED_ORDER] if self.default_sort == STORED_ORDER else []
        return stored + list(self.sort_keys)


def _upcoming(df: pd.DataFrame, as_of: dt.date) -> pd.Series:
    """Events that start on or after the as-of date (undated ones sort after every date, so count too).

    The start, not the end: the grid's date order is by start, and a year-long span that began in
    January would otherwise open the grid months before the as-of date."""
    start = days(df["date_start"])
    return (start.isna() | (start >= pd.Timestamp(as_of))).astype(bool)


def _events_display(df: pd.DataFrame, labels: Labels, as_of: dt.date | None = None) -> pd.DataFrame:
    """Events in the grid's order, their statuses read at `as_of` (as stored when it is None)."""
    return views.events_display(df, labels, as_of, in_date_order=False)


EVENTS = GridSpec(
    noun="events",
    display=_events_display,
    sort_keys={
        "When": _event_when_key,
        "As written": text_key("date_text"),
        "Kind": text_key("kind"),
        "Status": text_key("status"),
        "What": text_key("summary"),
        "Countries": shown_key(_events_display, "Countries"),
        "Organizations": text_key("organizations"),
        "Article": _article_key,
    },
    default_sort="When",
    long_text=("What", "As written", "Countries", "Organizations", "Article"),
    from_as_of=_upcoming,
    display_takes_as_of=True,
)

QUOTES = GridSpec(
    noun="quotes",
    display=views.quotes_display,
    sort_keys={
        "Speaker": text_key("speaker"),
        "Quote": text_key("text"),
        "Verb": text_key("cue"),
        "Attribution": text_key("attribution"),
        "Kind": text_key("kind"),
        "Countries": shown_key(views.quotes_display, "Countries"),
        "Organizations": text_key("organizations"),
        "Article": _article_key,
    },
    default_sort=STORED_ORDER,
    long_text=("Quote", "Speaker", "Article"),
)


def _actor_quotes_display(df: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    shown = views.quotes_display(df, labels)
    shown.insert(0, "Role", df["role"].map(ACTOR_ROLES).to_numpy() if len(df) else [])
    return shown


ACTOR_ROLES = {"speaker": "says", "mentioned": "is mentioned"}

#: One actor's quotes: the ones it speaks first, then the ones that mention it (column `role`).
ACTOR_QUOTES = GridSpec(
    noun="quotes",
    display=_actor_quotes_display,
    sort_keys={"Role": text_key("role"), **QUOTES.sort_keys},
    long_text=QUOTES.long_text,
)

ACTORS = GridSpec(
    noun="actors",
    display=views.actors_display,
    sort_keys={
        "Name": text_key("name"),
        "Type": text_key("type"),
        "Role": text_key("role"),
        "Also called": text_key("aliases"),
        "Country": shown_key(views.actors_display, "Country"),
        "Mentions": number_key("mentions"),
        "Articles": number_key("articles"),
    },
    default_sort="Mentions",
    default_descending=True,
    long_text=("Name", "Role", "Also called"),
)

RELATIONS = GridSpec(
    noun="relations",
    display=views.relations_display,
    sort_keys={
        "From": text_key("source"),
        "Relation": text_key("relation"),
        "To": text_key("target"),
        "Sentence": text_key("sentence"),
        "Article": _article_key,
    },
    long_text=("From", "Relation", "To", "Sentence", "Article"),
)


def table_spec(table: str) -> GridSpec:
    """A core table as the Data page shows it: every column, each sortable on its own values."""
    keys: dict[str, SortKey] = {}
    for column in schema.TABLES[table]:
        if column.type == "date":
            keys[column.name] = date_key(column.name)
        elif column.type in ("integer", "number"):
            keys[column.name] = number_key(column.name)
        else:
            keys[column.name] = text_key(column.name)
    long_text = tuple(
        c.name for c in schema.TABLES[table] if c.type == "string" and not c.name.endswith(("_id", "_ids", "sha256"))
    )
    return GridSpec(
        noun=table,
        display=partial(_core_display, table=table),
        sort_keys=keys,
        long_text=long_text,
        date_columns=tuple(c.name for c in schema.TABLES[table] if c.type == "date"),
    )


def _core_display(df: pd.DataFrame, labels: Labels, table: str) -> pd.DataFrame:
    del labels
    return views.data_display(df, table)


# --------------------------------------------------------------------------- order and pages


def order(df: pd.DataFrame, spec: GridSpec, column: str, descending: bool, labels: Labels | None = None) -> np.ndarray:
    """Row positions of `df` sorted by a displayed column (stable; missing values last)."""
    if column == STORED_ORDER or column not in spec.sort_keys or df.empty:
        positions = np.arange(len(df))
        return positions[::-1].copy() if descending else positions
    keys = spec.sort_keys[column](df, labels or Labels())
    frame = keys.to_frame() if isinstance(keys, pd.Series) else keys
    frame = frame.reset_index(drop=True)
    frame.columns = [f"k{i}" for i in range(frame.shape[1])]
    ranked = frame.sort_values(list(frame.columns), ascending=not descending, kind="stable", na_position="last")
    return ranked.index.to_numpy()


@dataclass(frozen=True)
class Page:
    """One page of a sorted grid: its number (from 1), and the row positions it shows."""

    number: int
    pages: int
    size: int
    total: int
    positions: np.ndarray

    @property
    def first(self) -> int:
        """The 1-based rank of the page's first row (0 for an empty grid)."""
        return (self.number - 1) * self.size + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.number * self.size, self.total)


def page_count(total: int, size: int) -> int:
    return max(1, math.ceil(total / size))


def page(positions: np.ndarray, number: int, size: int) -> Page:
    """Page `number` (clamped to the pages there are) of rows in `positions` order."""
    pages = page_count(len(positions), size)
    number = min(max(1, int(number)), pages)
    start = (number - 1) * size
    return Page(number, pages, size, len(positions), positions[start : start + size])


def opening_page(df: pd.DataFrame, spec: GridSpec, positions: np.ndarray, size: int, as_of: dt.date | None) -> int:
    """The page a grid opens on: the one holding the first row at or after the as-of date (in the
    grid's default order), else the first."""
    if spec.from_as_of is None or as_of is None or df.empty:
        return 1
    later = spec.from_as_of(df, as_of).to_numpy(dtype=bool)[positions]
    if not later.any():
        return page_count(len(positions), size)
    return int(np.argmax(later)) // size + 1


def caption(shown: Page, spec: GridSpec, column: str, descending: bool) -> str:
    """'Rows 101–200 of 4,321 events, sorted by When (earliest first).'"""
    noun = spec.noun if shown.total != 1 else spec.noun.removesuffix("s")
    if shown.total == 1:
        lead = f"1 {noun}"
    elif shown.total <= shown.size:
        lead = f"All {shown.total:,} {noun}"
    else:
        pages = f"page {shown.number:,} of {shown.pages:,}"
        lead = f"Rows {shown.first:,}–{shown.last:,} of {shown.total:,} {noun} ({pages})"
    if column == STORED_ORDER:
        how = "in the order of the articles and their text" + (", reversed" if descending else "")
    else:
        how = f"sorted by {column} ({direction_words(spec, column, descending)})"
    return f"{lead}, {how}."


def direction_words(spec: GridSpec, column: str, descending: bool) -> str:
    """'earliest first', 'largest first', 'Z to A': what a direction means for that column."""
    if column == STORED_ORDER:
        return "reversed" if descending else "as stored"
    kind = getattr(spec.sort_keys.get(column), "kind", "text")
    if kind == "date":
        return "latest first" if descending else "earliest first"
    if kind == "number":
        return "largest first" if descending else "smallest first"
    return "Z to A" if descending else "A to Z"


def detail(row: pd.Series, spec: GridSpec) -> list[tuple[str, str]]:
    """The long columns of one displayed row, as (label, text) pairs without the empty ones."""
    out = []
    for column in spec.long_text:
        value = row.get(column)
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            continue
        text = str(value)
        if text:
            out.append((column, text))
    return out


def first_rows(tables: Mapping[str, pd.DataFrame], table: str, n: int | None) -> pd.DataFrame:
    """A filtered table's first `n` rows (all for None), taking only those where the tables can
    (`FilteredTables.head`): a grid in stored order needs no more than its page."""
    if n is None:
        return tables[table]
    head = getattr(tables, "head", None)
    return head(table, n) if head is not None else tables[table].head(n)
