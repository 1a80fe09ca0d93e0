"""Write the tables as one SQLite database an analyst can open in Datasette, DuckDB or any SQL tool.

Owns the database format: a typed table per table of `schema.TABLES` the corpus has (Table Schema
types as SQLite types, dates as ISO text), primary and foreign keys from `keys`, a link table per
`;`-separated list cell (`quote_actors(quote_id, actor_id, position)` ...; WITHOUT ROWID, as a row is
its key) so lists join in SQL, indexes on foreign keys, link values and the filter columns, and three
tables describing the rest:
`tables` (what a row of each is, its key, its row count), `columns` (every column's type and
description, as `schema` and `datapackage.json` give them) and `about` (parser version, the view).

The same tables give the same bytes: rows go in in table order, nothing holds a time, the page size
is fixed, and the file is the in-memory database's image (`sqlite3.Connection.serialize`), so the
command line and the dashboard's download are one file. (The file's header names the SQLite library
that wrote it: another SQLite version may give other bytes for the same rows.)

Notes:
- An empty cell is NULL (the CSV cannot tell empty from missing either); so "refers to nothing"
  (`speaker_actor_id` of an unnamed source) is a NULL foreign key, never a dangling one.
- Text is data, not a formula: a database runs no cell, so nothing is neutralised (`=1+2` stays
  `=1+2`, where the CSV writes `'=1+2`).
- A filtered view keeps the rows its tables hold, and adds the rows they refer to that the view left
  out (an affiliation's organization, a relation's other actor), taken from the full tables: every
  foreign key then resolves. `tables.referenced_rows` counts the rows so added.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefing.corpus import keys, schema
from briefing.corpus.rows import PARSER_VERSION
from briefing.corpus.schema import Column

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "date": "TEXT", "boolean": "INTEGER"}
PAGE_SIZE = 4096
LIST_SEPARATOR = ";"
MEDIA_TYPE = "application/vnd.sqlite3"

#: The tables describing the others, with their columns, written after every data and link table.
META: dict[str, tuple[Column, ...]] = {
    "tables": (
        Column("table", "string", "Name of a table in this database"),
        Column("kind", "string", "data (a corpus table), link (a list cell as rows) or meta (describes the rest)"),
        Column("description", "string", "What one row of the table is"),
        Column("primary_key", "string", "Its primary key's columns (;-separated)"),
        Column("rows", "integer", "Number of rows"),
        Column(
            "referenced_rows",
            "integer",
            "Rows outside the view, added because a row of the view refers to them (0 for a whole corpus)",
        ),
    ),
    "columns": (
        Column("table", "string", "The table"),
        Column("column", "string", "The column"),
        Column("position", "integer", "Its place in the table (from 0)"),
        Column("type", "string", "Frictionless Table Schema type (as in datapackage.json)"),
        Column("sql_type", "string", "Its SQLite type"),
        Column("refers_to", "string", "table.column this column's values are keys of; empty where none"),
        Column("description", "string", "What the column holds"),
    ),
    "about": (
        Column("key", "string", "What is described"),
        Column("value", "string", "Its value"),
    ),
}
META_KEYS = {"tables": ("table",), "columns": ("table", "column"), "about": ("key",)}
META_ROWS = {
    "tables": "One table of this database",
    "columns": "One column of a table of this database",
    "about": "One fact about the export: the parser's version, the view it holds",
}


@dataclass(frozen=True, slots=True)
class _Table:
    """One table as written: its columns, key, references (column -> table.column) and rows."""

    name: str
    kind: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    references: dict[str, str]
    parent: tuple[str, tuple[str, ...]] | None  # a link table's (parent table, its key columns)
    indexed: tuple[str, ...]
    cells: dict[str, list]
    referenced_rows: int = 0

    @property
    def rows(self) -> int:
        return len(next(iter(self.cells.values()))) if self.cells else 0


def database_bytes(
    tables: Mapping[str, pd.DataFrame],
    full: Mapping[str, pd.DataFrame] | None = None,
    about: Mapping[str, str] | None = None,
    described: Mapping[str, tuple[Column, ...]] = schema.TABLES,
) -> bytes:
    """The tables as the bytes of one SQLite database file.

    `tables` may be a filtered view; `full` (the corpus's tables) then supplies the rows the view refers to
    but left out. `about` adds facts to the `about` table (the view in words, as parameters). `described`
    names each table's columns (the schema's, unless a test gives its own).
    Raises ValueError when a reference cannot be resolved or two rows share a primary key.
    """
    frames = {name: _columns_of(name, tables[name], described[name]) for name in described if name in tables}
    frames, added = _with_referenced(frames, full or {}, described)
    written = [_data_table(name, frames[name], described[name], frames, added.get(name, 0)) for name in frames]
    written += [_link_table(link, frames, described) for link in keys.LINKS if _links(link, frames)]
    written += _meta_tables(written, about or {})
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        for table in written:
            _create(db, table)
        for table in written:
            for column in table.indexed:
                db.execute(f"CREATE INDEX {_q(f'idx_{table.name}_{column}')} ON {_q(table.name)} ({_q(column)})")
        db.commit()
        return db.serialize()
    finally:
        db.close()


def write_database(
    tables: Mapping[str, pd.DataFrame],
    path: str | Path,
    full: Mapping[str, pd.DataFrame] | None = None,
    about: Mapping[str, str] | None = None,
) -> Path:
    """Write `database_bytes` to `path`, through a temporary file renamed into place (a failure leaves
    an older file as it was). Raises OSError when `path` is a folder or cannot be written."""
    out = Path(path)
    if out.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(out))
    data = database_bytes(tables, full, about)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(dir=out.parent, prefix=".export-", suffix=".sqlite")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(staging, out)
    finally:
        if os.path.exists(staging):
            os.unlink(staging)
    return out


# --------------------------------------------------------------------------- which rows


def _columns_of(name: str, df: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    missing = [c.name for c in columns if c.name not in df.columns]
    if missing:
        raise ValueError(f"table {name} lacks the column(s) {', '.join(missing)}")
    return df[[c.name for c in columns]].reset_index(drop=True)


def _key(name: str) -> str:
    key = keys.PRIMARY_KEYS.get(name, ())
    if len(key) != 1:
        raise ValueError(f"table {name} is referred to but has no one-column primary key declared")
    return key[0]


def _references(name: str, frames: Mapping[str, pd.DataFrame]) -> Iterable[tuple[str, set[str]]]:
    """(target table, keys named) for each reference a table makes, by column or through a list cell."""
    df = frames[name]
    for ref in keys.REFERENCES.get(name, ()):
        if ref.column in df.columns and ref.target in frames:
            yield ref.target, _present(df[ref.column])
    for link in keys.LINKS:
        if link.parent == name and link.target in frames and link.column in df.columns:
            # one join and one split for the whole column: every item, not which row holds it
            yield link.target, set(LIST_SEPARATOR.join(df[link.column].dropna()).split(LIST_SEPARATOR)) - {""}


def _present(values: pd.Series) -> set[str]:
    return {v for v in values.dropna().unique().tolist() if v != ""}


def _with_referenced(
    frames: dict[str, pd.DataFrame], full: Mapping[str, pd.DataFrame], described: Mapping[str, tuple[Column, ...]]
) -> tuple[dict[str, pd.DataFrame], dict[str, int]]:
    """The frames with every row they refer to: rows missing from a view come from `full`, in its order,
    after the view's own rows; repeated until nothing is missing (an added actor's affiliation ...)."""
    added: dict[str, int] = {}
    while True:
        wanted: dict[str, set[str]] = {}
        for name in frames:
            for target, named in _references(name, frames):
                wanted.setdefault(target, set()).update(named)
        changed = False
        for target, ids in wanted.items():
            key = _key(target)
            missing = ids - _present(frames[target][key])
            if not missing:
                continue
            source = full.get(target)
            extra = (
                source[source[key].isin(missing).fillna(False).to_numpy(bool)]
                if source is not None
                else frames[target].iloc[:0]
            )
            unresolved = missing - _present(extra[key])
            if unresolved:
                shown = ", ".join(sorted(unresolved)[:3])
                raise ValueError(f"{len(unresolved)} value(s) refer to no row of {target}: {shown}")
            extra = _columns_of(target, extra, described[target])
            frames[target] = pd.concat([frames[target], extra], ignore_index=True)
            added[target] = added.get(target, 0) + len(extra)
            changed = True
        if not changed:
            return frames, added


# --------------------------------------------------------------------------- tables as written


def _cells(series: pd.Series, kind: str) -> list:
    """A column as Python values sqlite3 binds: NULL for a missing or empty cell, ints, floats, ISO text."""
    if kind == "date" and pd.api.types.is_datetime64_any_dtype(series):
        series = series.dt.strftime("%Y-%m-%d")
    if kind in ("string", "date"):
        series = series.astype("string")
        series = series.mask(series.eq("").fillna(False))
        return series.to_numpy(dtype=object, na_value=None).tolist()
    if kind == "integer":
        return series.astype("Int64").to_numpy(dtype=object, na_value=None).tolist()
    if kind == "boolean":
        return [None if v is None else int(v) for v in series.astype("boolean").to_numpy(dtype=object, na_value=None)]
    return series.astype("Float64").to_numpy(dtype=object, na_value=None).tolist()


def _data_table(
    name: str, df: pd.DataFrame, columns: tuple[Column, ...], frames: Mapping[str, pd.DataFrame], added: int
) -> _Table:
    key = keys.PRIMARY_KEYS.get(name)
    if not key:
        raise ValueError(f"table {name} has no primary key declared in briefing.corpus.keys")
    references = {
        ref.column: f"{ref.target}.{_key(ref.target)}"
        for ref in keys.REFERENCES.get(name, ())
        if ref.target in frames and ref.column in df.columns
    }
    indexed = [c for c in references if c != key[0]]
    indexed += [c for c in keys.FILTERED.get(name, ()) if c in df.columns and c not in indexed and c != key[0]]
    return _Table(
        name,
        "data",
        keys.ROWS.get(name, ""),
        columns,
        key,
        references,
        None,
        tuple(indexed),
        {c.name: _cells(df[c.name], c.type) for c in columns},
        added,
    )


def _links(link: keys.Link, frames: Mapping[str, pd.DataFrame]) -> bool:
    return link.parent in frames and link.column in frames[link.parent].columns


def _split(cells: pd.Series) -> tuple[list[int], list[str], list[int]]:
    """Each item of `;`-separated cells: its row's position, the item, its place in the cell; empty items
    and repeats within a cell dropped."""
    rows: list[int] = []
    items: list[str] = []
    places: list[int] = []
    for row, cell in enumerate(cells.astype("string").fillna("").tolist()):
        if not cell:
            continue
        seen: set[str] = set()
        for place, item in enumerate(cell.split(LIST_SEPARATOR)):
            if item and item not in seen:
                seen.add(item)
                rows.append(row)
                items.append(item)
                places.append(place)
    return rows, items, places


def _link_table(
    link: keys.Link, frames: Mapping[str, pd.DataFrame], described: Mapping[str, tuple[Column, ...]]
) -> _Table:
    parent = frames[link.parent]
    parent_key = keys.PRIMARY_KEYS[link.parent]
    rows, items, place = _split(parent[link.column])
    of_parent = {c.name: c for c in described[link.parent]}
    columns = (
        *(Column(k, of_parent[k].type, f"{of_parent[k].description} (the {link.parent} row)") for k in parent_key),
        Column(link.value, "string", link.description),
        Column("position", "integer", f"Its place in {link.parent}.{link.column} (from 0)"),
    )
    cells = {k: _cells(parent[k].take(rows).reset_index(drop=True), of_parent[k].type) for k in parent_key}
    cells[link.value] = items
    cells["position"] = place
    references = {link.value: f"{link.target}.{_key(link.target)}"} if link.target in frames else {}
    return _Table(
        link.name,
        "link",
        f"A row per item of {link.parent}.{link.column}: {_lower_first(link.description)}",
        columns,
        (*parent_key, link.value),
        references,
        (link.parent, parent_key),
        (link.value,),
        cells,
    )


def _lower_first(text: str) -> str:
    """'Actor id of ...' -> 'actor id of ...', but 'ISO 3166 ...' stays."""
    first, _, rest = text.partition(" ")
    return (first if first.isupper() else first.lower()) + (" " + rest if rest else "")


def _meta_tables(written: list[_Table], about: Mapping[str, str]) -> list[_Table]:
    facts = {"made_by": "Haiti Briefing", "parser_version": PARSER_VERSION, **about}
    described = [
        *written,
        *(_Table(name, "meta", META_ROWS[name], META[name], META_KEYS[name], {}, None, (), {}) for name in META),
    ]
    rows = len(written) + len(META)
    tables = {
        "table": [t.name for t in described],
        "kind": [t.kind for t in described],
        "description": [t.description for t in described],
        "primary_key": [LIST_SEPARATOR.join(t.primary_key) for t in described],
        "rows": [t.rows for t in written] + [rows, sum(len(t.columns) for t in described), len(facts)],
        "referenced_rows": [t.referenced_rows for t in described],
    }
    columns: dict[str, list] = {c.name: [] for c in META["columns"]}
    for table in described:
        for position, column in enumerate(table.columns):
            columns["table"].append(table.name)
            columns["column"].append(column.name)
            columns["position"].append(position)
            columns["type"].append(column.type)
            columns["sql_type"].append(SQL_TYPES[column.type])
            columns["refers_to"].append(table.references.get(column.name) or _parent_reference(table, column.name))
            columns["description"].append(column.description)
    facts_cells = {"key": list(facts), "value": [v if isinstance(v, str) else json.dumps(v) for v in facts.values()]}
    return [
        _Table(name, "meta", META_ROWS[name], META[name], META_KEYS[name], {}, None, (), cells)
        for name, cells in (("tables", tables), ("columns", columns), ("about", facts_cells))
    ]


def _parent_reference(table: _Table, column: str) -> str | None:
    if table.parent and column in table.parent[1]:
        return f"{table.parent[0]}.{column}"
    return None


# --------------------------------------------------------------------------- SQL


def _q(name: str) -> str:
    """An identifier quoted for SQL (`table`, `end` and `position` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _create(db: sqlite3.Connection, table: _Table) -> None:
    lines = [
        f"{_q(c.name)} {SQL_TYPES[c.type]}{' NOT NULL' if c.name in table.primary_key else ''}" for c in table.columns
    ]
    lines.append(f"PRIMARY KEY ({', '.join(_q(c) for c in table.primary_key)})")
    if table.parent:
        parent, parent_key = table.parent
        names = ", ".join(_q(c) for c in parent_key)
        lines.append(f"FOREIGN KEY ({names}) REFERENCES {_q(parent)} ({names})")
    for column, target in table.references.items():
        target_table, target_column = target.split(".")
        lines.append(f"FOREIGN KEY ({_q(column)}) REFERENCES {_q(target_table)} ({_q(target_column)})")
    # A link row is its key: stored in the key's own B-tree (half the size), the order kept in `position`.
    layout = " WITHOUT ROWID" if table.kind == "link" else ""
    db.execute(f"CREATE TABLE {_q(table.name)} (\n  " + ",\n  ".join(lines) + f"\n){layout}")
    marks = ", ".join("?" for _ in table.columns)
    try:
        db.executemany(
            f"INSERT INTO {_q(table.name)} VALUES ({marks})",
            zip(*(table.cells[c.name] for c in table.columns), strict=True),
        )
    except sqlite3.IntegrityError as exc:
        raise ValueError(f"table {table.name}: {exc} (primary key {', '.join(table.primary_key)})") from exc
