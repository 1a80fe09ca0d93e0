"""What an analyst takes away (present/download.py): names and manifests that carry the whole view,
English descriptions, and the Excel workbook."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from briefing.corpus import schema
from briefing.corpus.build import parse_paths
from briefing.present import download
from briefing.present.filters import Filter, options

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MADE = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
AS_OF = dt.date(2026, 11, 30)
PRESETS = {"all": "All events", "funding": "Mission funding decisions"}


@pytest.fixture(scope="module")
def tables():
    return parse_paths([SEEDS]).tables


@pytest.fixture(scope="module")
def labels(tables):
    return options(tables).labels


def test_names_differ_between_presets_searches_and_as_of_dates():
    kenya = Filter(countries=("KEN",))
    everything = download.View(kenya, AS_OF, download.preset_choices("all", PRESETS))
    funding = download.View(kenya, AS_OF, download.preset_choices("funding", PRESETS))
    assert download.csv_name("events", everything, MADE) == "events_2026-12-01_country-KEN_asof-2026-11-30.csv"
    funding_name = "events_2026-12-01_country-KEN_view-funding_asof-2026-11-30.csv"
    assert download.csv_name("events", funding, MADE) == funding_name
    searched = download.View(kenya, AS_OF, download.quote_choices(" step up ", "direct", [], []))
    assert "_q-step-up_speech-direct_" in download.csv_name("quotes", searched, MADE)
    later = download.View(kenya, dt.date(2027, 1, 1))
    assert download.snapshot_name(later, MADE) != download.snapshot_name(download.View(kenya, AS_OF), MADE)
    assert download.workbook_name("events", funding, MADE) == download.csv_name("events", funding, MADE)[:-4] + ".xlsx"
    # A filter alone still names a file as before.
    assert download.csv_name("quotes", kenya, MADE) == "quotes_2026-12-01_country-KEN.csv"


def test_a_very_long_view_keeps_a_bounded_distinct_name():
    long_search = download.View(Filter(), AS_OF, download.quote_choices("word " * 80, "both", [], []))
    other = download.View(Filter(), AS_OF, download.quote_choices("word " * 81, "both", [], []))
    assert len(long_search.slug()) <= download.SLUG_CHARS
    assert long_search.slug() != other.slug()


def test_descriptions_read_as_english(labels):
    flt = Filter(countries=("KEN",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 6, 1))
    assert flt.describe("mentions", labels).startswith("mentions of Kenya")
    assert flt.describe("articles", labels) == "articles mentioning Kenya, published 1 Jan 2025 – 1 Jun 2025"
    assert flt.describe("actors", labels).startswith("actors linked to Kenya")
    for table in schema.TABLES:
        words = flt.describe(table, labels)
        assert f"{table} {table}" not in words and "mentions mentioning" not in words
        assert "articles in articles" not in words


def test_manifest_carries_the_view(tables, labels):
    shown = download.View(Filter(countries=("KEN",)), AS_OF, download.preset_choices("funding", PRESETS), labels)
    data = download.snapshot_zip(Filter(countries=("KEN",)).apply(tables), tables["articles"], shown, MADE)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["as_of"] == "2026-11-30"
    assert manifest["filter"]["parameters"] == {"country": ["KEN"], "view": "funding", "asof": "2026-11-30"}
    assert manifest["filter"]["description"]["events"] == (
        "events mentioning Kenya; showing mission funding decisions; as of 30 Nov 2026"
    )


def test_workbook_has_an_about_sheet_then_one_sheet_per_table(tables, labels):
    flt = Filter(countries=("KEN",))
    filtered = flt.apply(tables)
    quotes = filtered["quotes"].copy()
    quotes.loc[0, "text"] = '=HYPERLINK("http://example.com")'
    chosen = {"quotes": quotes, "events": filtered["events"]}
    shown = download.View(flt, AS_OF, download.quote_choices("mission", "both", [], []), labels)
    book = load_workbook(io.BytesIO(download.workbook_bytes(chosen, shown, MADE)))
    assert book.sheetnames == [download.ABOUT_SHEET, "quotes", "events"]
    about_sheet = book[download.ABOUT_SHEET].iter_rows(values_only=True)
    about = [[cell for cell in row if cell is not None] for row in about_sheet]
    flat = [str(cell) for row in about for cell in row]
    assert "quotes mentioning Kenya; containing “mission”; as of 30 Nov 2026" in flat
    assert "30 Nov 2026" in flat
    described = {(row[0], row[1]): row[3] for row in about if len(row) == 4 and row[0] in chosen}
    for table in chosen:
        for column in schema.TABLES[table]:
            assert described[(table, column.name)] == column.description
    sheet = list(book["quotes"].iter_rows(values_only=True))
    assert list(sheet[0]) == list(quotes.columns)
    assert len(sheet) == len(quotes) + 1
    cell = book["quotes"].cell(row=2, column=list(quotes.columns).index("text") + 1)
    assert cell.data_type == "s" and cell.value.startswith("'=HYPERLINK")  # stored as text, never a formula
    assert len(list(book["events"].iter_rows())) == len(filtered["events"]) + 1


def test_newest_publication_is_the_default_as_of_date(tables):
    newest = max(p for p in tables["articles"]["published"].dropna())
    assert download.newest_publication(tables["articles"]).isoformat() == newest[:10]
    assert download.newest_publication(tables["articles"].iloc[0:0]) is None


def test_the_database_holds_the_view_and_is_named_like_the_snapshot(tables, labels, tmp_path):
    flt = Filter(countries=("KEN",))
    shown = download.View(flt, AS_OF, download.preset_choices("funding", PRESETS), labels)
    assert download.database_name(shown, MADE) == download.snapshot_name(shown, MADE)[:-4] + ".sqlite"
    data = download.database_bytes(flt.apply(tables), tables, shown)
    assert data == download.database_bytes(flt.apply(tables), tables, shown)  # no time inside
    path = tmp_path / download.database_name(shown, MADE)
    path.write_bytes(data)
    db = sqlite3.connect(path)
    about = dict(db.execute("SELECT key, value FROM about"))
    assert about["view"] == "rows mentioning Kenya; showing mission funding decisions; as of 30 Nov 2026"
    assert json.loads(about["view_parameters"]) == {"country": ["KEN"], "view": "funding", "asof": "2026-11-30"}
    assert about["as_of"] == "2026-11-30"
    rows = dict(db.execute("SELECT \"table\", rows - referenced_rows FROM tables WHERE kind = 'data'"))
    assert rows == {table: len(flt.apply(tables)[table]) for table in schema.TABLES}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
