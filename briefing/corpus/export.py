"""Write tables as CSV files and a Frictionless Data Package descriptor.

Owns the on-disk formats: CSV bytes (UTF-8, header row, `\\n` line ends, cells that a spreadsheet
would run as formulas neutralised) and `datapackage.json`. The same functions serve the command
line and the dashboard's downloads, so both give identical files for identical tables.

Notes: formula neutralisation follows OWASP's CSV-injection guidance: a cell starting with `=`,
`+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe. Numbers are left alone (a
negative longitude stays a number), so only text cells are touched.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from briefing.corpus import schema

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would evaluate, made inert with a leading apostrophe; carriage
    returns become line feeds, so the cell is quoted and stays one cell."""
    if not isinstance(value, str):
        return value
    if "\r" in value:  # csv quotes a cell with \n but not a bare \r, where a spreadsheet starts a new row
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of the frame with every text cell neutralised (`neutralise`, cell for cell).

    Text columns are done by the string engine, a column at a time: at 10,000 articles a Python call per
    cell made writing the CSVs a third of an export.
    """
    out = df.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.StringDtype):
            out[column] = _neutralise_text(out[column])
        elif pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out


def _neutralise_text(cells: pd.Series) -> pd.Series:
    if cells.str.contains("\r", regex=False).any():
        cells = cells.str.replace("\r\n", "\n", regex=False).str.replace("\r", "\n", regex=False)
    triggered = cells.str.startswith(FORMULA_TRIGGERS).fillna(False).astype(bool)
    return cells.where(~triggered, "'" + cells)


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The table as spreadsheet-safe UTF-8 CSV."""
    buffer = io.StringIO()
    safe_frame(df).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode("utf-8")


def datapackage(tables: dict[str, pd.DataFrame], name: str = "haiti-briefing") -> dict:
    """Frictionless Data Package descriptor listing each table as a CSV resource with its schema."""
    resources = []
    for table in tables:
        fields = [{"name": c.name, "type": c.type, "description": c.description} for c in schema.TABLES[table]]
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": fields[0]["name"]},
            }
        )
    return {"profile": "tabular-data-package", "name": name, "resources": resources}


def datapackage_bytes(tables: dict[str, pd.DataFrame]) -> bytes:
    return (json.dumps(datapackage(tables), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write one CSV per table and `datapackage.json`; returns the files written.

    Every file is written into a temporary folder inside `out_dir` first and then renamed into place, so a
    failure (a full disk, a name taken) leaves the old files as they were, never a mix of old and new.
    Raises `OSError` when `out_dir` cannot be a folder (it is a file) or cannot be written.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder", str(out))
    out.mkdir(parents=True, exist_ok=True)
    contents = {f"{table}.csv": csv_bytes(df) for table, df in tables.items()}
    contents["datapackage.json"] = datapackage_bytes(tables)
    staging = Path(tempfile.mkdtemp(dir=out, prefix=".export-"))
    try:
        for name, data in contents.items():
            (staging / name).write_bytes(data)
        for name in contents:
            os.replace(staging / name, out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in contents]
