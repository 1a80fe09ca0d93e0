"""What an analyst takes away: a ZIP snapshot, an Excel workbook, a SQLite database, and the name of every
file handed out.

Owns the downloads' content and names: one CSV per table (through `export.csv_bytes`, so formula cells
are neutralised exactly as on the command line), `datapackage.json` describing them, `manifest.json`
saying what was taken (the view in words and as URL parameters, the parser version, every source
article with its SHA-256, and when the snapshot was made), and an `.xlsx` workbook with a sheet per
table after a first sheet saying the same, and a SQLite database of the view (`corpus.sqlite`, its `about`
table saying the same). A `View` is everything that decided the rows: the filter,
a page's preset, search and other choices, and the as-of date; file names carry all of it, so two
downloads of different views never share a name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from briefing.corpus import export, schema, sqlite
from briefing.corpus.rows import PARSER_VERSION
from briefing.present.filters import Filter, Labels, days, format_day

APP_NAME = "haiti-briefing"
SPEECH_WORDS = {"direct": "direct speech only", "indirect": "indirect speech only"}  # "both" says nothing
DATABASE_MIME = sqlite.MEDIA_TYPE
SLUG_CHARS = 120  # a file name's view part; longer ones end in a digest of the whole


@dataclass(frozen=True)
class Choice:
    """One of a page's own choices that decides its rows: URL parameter, value, and the value in words."""

    param: str  # "view", "q", "speech"
    value: str  # "funding"
    words: str  # "the mission's funding decisions"


@dataclass(frozen=True)
class View:
    """Everything that decided which rows a download holds: the sidebar's filter, the page's choices
    (a preset, a search, a kind of speech: each a `Choice`, in the page's order) and the as-of date."""

    filter: Filter = field(default_factory=Filter)
    as_of: dt.date | None = None
    choices: tuple[Choice, ...] = ()
    labels: Labels | None = None

    def slug(self) -> str:
        """'country-KEN_view-funding_asof-2026-12-01': the filter's slug, then each choice and the as-of date."""
        parts = [self.filter.slug()]
        parts += [f"{c.param}-{_slug(c.value)}" for c in self.choices if c.value]
        if self.as_of:
            parts.append(f"asof-{self.as_of.isoformat()}")
        slug = "_".join(p for p in parts if p)
        if len(slug) > SLUG_CHARS:
            digest = hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8]
            slug = slug[: SLUG_CHARS - 9].rstrip("-_") + "-" + digest
        return slug

    def parameters(self) -> dict[str, list[str] | str]:
        """The view as URL parameters (plain JSON), as a shared link carries it."""
        params = self.filter.parameters()
        for choice in self.choices:
            if choice.value:
                params[choice.param] = choice.value
        if self.as_of:
            params["asof"] = self.as_of.isoformat()
        return params

    def describe(self, table: str) -> str:
        """The view in words for one table: 'events mentioning Kenya; showing the mission's funding
        decisions; as of 1 Dec 2026'."""
        parts = [self.filter.describe(table, self.labels)]
        parts += [c.words for c in self.choices if c.value and c.words]
        if self.as_of:
            parts.append(f"as of {format_day(self.as_of)}")
        return "; ".join(parts)


def quote_choices(
    query: str, speech: str, speakers: list[str] | tuple[str, ...], attributions: list[str] | tuple[str, ...]
) -> tuple[Choice, ...]:
    """The Quotes page's own choices: its search, the kind of speech, speakers and attributions."""
    query = query.strip()
    return (
        Choice("q", query, f"containing “{query}”"),
        Choice("speech", "" if speech == "both" else speech, SPEECH_WORDS.get(speech, "")),
        Choice("speaker", "-".join(speakers), "spoken by " + " or ".join(speakers)),
        Choice("attribution", "-".join(attributions), "attributed " + " or ".join(attributions)),
    )


def preset_choices(preset: str, presets: Mapping[str, str], everything: str = "all") -> tuple[Choice, ...]:
    """A page's preset (the Timeline's "funding"), unless it is the one showing everything."""
    if preset == everything or preset not in presets:
        return ()
    return (Choice("view", preset, "showing " + presets[preset][:1].lower() + presets[preset][1:]),)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def _view(shown: View | Filter) -> View:
    return shown if isinstance(shown, View) else View(shown)


def newest_publication(articles: pd.DataFrame) -> dt.date | None:
    """The newest article's publication date: the as-of date a view has until one is chosen."""
    published = days(articles["published"]).dropna() if "published" in articles else pd.Series(dtype="datetime64[ns]")
    return published.max().date() if not published.empty else None


def _day(made_at: dt.datetime | dt.date) -> str:
    return (made_at.date() if isinstance(made_at, dt.datetime) else made_at).isoformat()


def csv_name(table: str, shown: View | Filter, made_at: dt.datetime | dt.date) -> str:
    """'events_2026-12-01_country-KEN_view-funding_asof-2026-11-30.csv' (made on, then the view)."""
    return f"{table}_{_day(made_at)}_{_view(shown).slug()}.csv"


def workbook_name(table: str, shown: View | Filter, made_at: dt.datetime | dt.date) -> str:
    """The CSV's name with `.xlsx`; `table` is the app's name for a workbook of every table."""
    return f"{table}_{_day(made_at)}_{_view(shown).slug()}.xlsx"


def snapshot_name(shown: View | Filter, made_at: dt.datetime | dt.date) -> str:
    """'haiti-briefing_2025-06-01_country-KEN_asof-2025-05-21.zip'."""
    return f"{APP_NAME}_{_day(made_at)}_{_view(shown).slug()}.zip"


def database_name(shown: View | Filter, made_at: dt.datetime | dt.date) -> str:
    """'haiti-briefing_2025-06-01_country-KEN_asof-2025-05-21.sqlite': the snapshot's name, as a database."""
    return f"{APP_NAME}_{_day(made_at)}_{_view(shown).slug()}.sqlite"


def database_bytes(
    filtered: Mapping[str, pd.DataFrame],
    tables: Mapping[str, pd.DataFrame],
    shown: View | Filter,
    labels: Labels | None = None,
) -> bytes:
    """The view as one SQLite database (`corpus.sqlite`): its rows, plus the rows of `tables` (the whole
    corpus) they refer to, and in the `about` table the view in words, as URL parameters and its as-of
    date. No time is written: the same view gives the same bytes."""
    shown = _view(shown)
    if labels is not None and shown.labels is None:
        shown = View(shown.filter, shown.as_of, shown.choices, labels)
    about = {
        "view": shown.describe("rows"),
        "view_parameters": json.dumps(shown.parameters(), ensure_ascii=False, sort_keys=True),
        "as_of": shown.as_of.isoformat() if shown.as_of else "",
    }
    return sqlite.database_bytes(filtered, full=tables, about=about)


def sources(articles: pd.DataFrame) -> list[dict]:
    """Each source article's provenance: id, title, publication, file and SHA-256 of its bytes."""
    out = []
    for row in articles.to_dict("records"):
        out.append(
            {
                key: (None if pd.isna(row[key]) else row[key])
                for key in ("article_id", "title", "source", "published", "url", "path", "sha256")
            }
        )
    return out


def manifest(
    filtered: Mapping[str, pd.DataFrame],
    all_articles: pd.DataFrame,
    shown: View | Filter,
    made_at: dt.datetime,
    labels: Labels | None = None,
) -> dict:
    """What the snapshot holds and where it came from."""
    shown = _view(shown)
    if labels is not None and shown.labels is None:
        shown = View(shown.filter, shown.as_of, shown.choices, labels)
    in_snapshot = set(filtered["articles"]["article_id"]) if "articles" in filtered else set()
    listed = sources(all_articles)
    for source in listed:
        source["in_filtered_tables"] = source["article_id"] in in_snapshot
    return {
        "name": APP_NAME,
        "made_at": made_at.isoformat(timespec="seconds"),
        "parser_version": PARSER_VERSION,
        "as_of": shown.as_of.isoformat() if shown.as_of else None,
        "filter": {
            "description": {table: shown.describe(table) for table in filtered},
            "parameters": shown.parameters(),
        },
        "tables": {table: {"path": f"{table}.csv", "rows": len(df)} for table, df in filtered.items()},
        "sources": listed,
    }


def snapshot_zip(
    filtered: Mapping[str, pd.DataFrame],
    all_articles: pd.DataFrame,
    flt: View | Filter,
    made_at: dt.datetime | None = None,
    labels: Labels | None = None,
) -> bytes:
    """ZIP bytes: `<table>.csv` for every filtered table, `datapackage.json` and `manifest.json`."""
    made_at = made_at or dt.datetime.now(dt.UTC)
    stamp = made_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

        for table, df in filtered.items():
            add(f"{table}.csv", export.csv_bytes(df))
        add("datapackage.json", export.datapackage_bytes(dict(filtered)))
        body = manifest(filtered, all_articles, flt, made_at, labels)
        add("manifest.json", (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return buffer.getvalue()


# --------------------------------------------------------------------------- Excel

# Characters an .xlsx cell cannot hold (XML 1.0 forbids them); openpyxl refuses a cell that has one.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ABOUT_SHEET = "About"


def _cell(value: object) -> object:
    """A cell as the workbook stores it: missing as empty, text without XML-illegal characters.

    Text comes through `export.safe_frame` first, so a formula-like cell keeps its leading apostrophe
    and is stored as text, never as a formula."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def about_rows(tables: Mapping[str, pd.DataFrame], shown: View | Filter, made_at: dt.datetime) -> list[list[object]]:
    """The workbook's first sheet: what the view is, in words and as parameters, and every column's description."""
    shown = _view(shown)
    rows: list[list[object]] = [
        ["Haiti Briefing export"],
        ["Made at", made_at.isoformat(timespec="seconds")],
        ["Parser version", PARSER_VERSION],
        ["As of", format_day(shown.as_of) if shown.as_of else "not set"],
        ["View parameters", json.dumps(shown.parameters(), ensure_ascii=False, sort_keys=True) or "{}"],
        [],
        ["Sheet", "Rows", "What it holds"],
    ]
    rows += [[table, len(df), shown.describe(table)] for table, df in tables.items()]
    rows += [[], ["Sheet", "Column", "Type", "Description"]]
    for table in tables:
        rows += [[table, c.name, c.type, c.description] for c in schema.TABLES.get(table, ())]
    return rows


def workbook_bytes(
    tables: Mapping[str, pd.DataFrame], shown: View | Filter, made_at: dt.datetime | None = None
) -> bytes:
    """An .xlsx workbook: a first sheet saying what the view is (`about_rows`), then one sheet per table.

    Written in openpyxl's write-only mode (rows streamed, not held as cell objects), from the same
    neutralised frame as the CSV."""
    from openpyxl import Workbook  # imported when a workbook is made: the dashboard starts without it

    made_at = made_at or dt.datetime.now(dt.UTC)
    book = Workbook(write_only=True)
    about = book.create_sheet(ABOUT_SHEET)
    for row in about_rows(tables, shown, made_at):
        about.append([_cell(export.neutralise(v)) for v in row])
    for table, df in tables.items():
        sheet = book.create_sheet(table[:31])
        safe = export.safe_frame(df)
        sheet.append(list(safe.columns))
        for record in safe.itertuples(index=False, name=None):
            sheet.append([_cell(v) for v in record])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
