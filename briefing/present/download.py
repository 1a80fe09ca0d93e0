"""A ZIP snapshot of the filtered tables, and the names of every file the dashboard hands out.

Owns what an analyst takes away: one CSV per table (through `export.csv_bytes`, so formula cells are
neutralised exactly as on the command line), `datapackage.json` describing them, and `manifest.json`
saying what was taken — the filter in words and as URL parameters, the parser version, every source
article with its SHA-256, and when the snapshot was made. File names carry the date and the filter,
so two downloads never overwrite each other by accident.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Mapping

import pandas as pd

from briefing.corpus import export
from briefing.corpus.rows import PARSER_VERSION
from briefing.present.filters import Filter, Labels

APP_NAME = "haiti-briefing"


def _day(made_at: dt.datetime | dt.date) -> str:
    return (made_at.date() if isinstance(made_at, dt.datetime) else made_at).isoformat()


def csv_name(table: str, flt: Filter, made_at: dt.datetime | dt.date) -> str:
    """'quotes_2025-06-01_country-KEN.csv'."""
    return f"{table}_{_day(made_at)}_{flt.slug()}.csv"


def snapshot_name(flt: Filter, made_at: dt.datetime | dt.date) -> str:
    """'haiti-briefing_2025-06-01_country-KEN.zip'."""
    return f"{APP_NAME}_{_day(made_at)}_{flt.slug()}.zip"


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
    flt: Filter,
    made_at: dt.datetime,
    labels: Labels | None = None,
) -> dict:
    """What the snapshot holds and where it came from."""
    in_snapshot = set(filtered["articles"]["article_id"]) if "articles" in filtered else set()
    listed = sources(all_articles)
    for source in listed:
        source["in_filtered_tables"] = source["article_id"] in in_snapshot
    return {
        "name": APP_NAME,
        "made_at": made_at.isoformat(timespec="seconds"),
        "parser_version": PARSER_VERSION,
        "filter": {
            "description": {table: flt.describe(table, labels) for table in filtered},
            "parameters": flt.parameters(),
        },
        "tables": {table: {"path": f"{table}.csv", "rows": len(df)} for table, df in filtered.items()},
        "sources": listed,
    }


def snapshot_zip(
    filtered: Mapping[str, pd.DataFrame],
    all_articles: pd.DataFrame,
    flt: Filter,
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
