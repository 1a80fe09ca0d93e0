"""Corpus snapshots: the built tables of a whole corpus kept as Parquet, keyed by every file's path and bytes.

Owns the store, so that reopening an unchanged corpus reads Parquet files instead of decoding one entry
per article and building the tables again (at 10,000 articles, about 1 s instead of 11 s). A snapshot
keeps the raw tables (`Corpus.raw`) and, of each published table, only the columns consolidation changed
(a whole table where it made one): on reading, the published tables share every other column with the
raw ones, as a built corpus does, and nothing is consolidated again. A snapshot is written aside and
renamed into place, the newest few are kept, and a damaged one is removed and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from briefing.corpus import schema
from briefing.corpus.build import RAW_TABLES, Corpus
from briefing.corpus.fingerprint import parser_key
from briefing.parse.read import MAX_FILE_BYTES, ArticleError, open_regular

logger = logging.getLogger(__name__)

SNAPSHOTS_KEPT = 3  # the newest corpora kept; an older one is rebuilt from the article entries
_TEXTS = "texts.parquet"
_ERRORS = "errors.json"
_WARNINGS = "warnings.json"
_LAYOUT = "layout.json"  # published table -> the columns kept of its own ([] none: the raw table's), or null: all


def corpus_key(files: list[Path], problems: list[str]) -> str:
    """The parser, and each file's path and bytes (or why it cannot be read), in order: a snapshot's name."""
    digest = hashlib.sha256(parser_key().encode("utf-8") + b"\n")
    for problem in problems:
        digest.update(b"problem\0" + problem.encode("utf-8", "surrogateescape") + b"\n")
    for path in files:
        try:
            with open_regular(path) as handle:
                facts = hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
        except OSError as exc:
            facts = f"error:{exc.errno}"
        except ArticleError:
            facts = "not a regular file"
        digest.update(f"{path}\0{facts}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:32]


def read_snapshot(folder: Path) -> Corpus | None:
    """The corpus saved in `folder`, or None (absent, damaged, or of other columns: it is rebuilt)."""
    if not folder.is_dir():
        return None
    try:
        raw = {name: _read_table(folder / f"{name}.parquet", name) for name in RAW_TABLES}
        layout = json.loads((folder / _LAYOUT).read_text(encoding="utf-8"))
        if not isinstance(layout, dict) or set(layout) != set(schema.TABLES):
            raise ValueError(f"{_LAYOUT}: other tables")
        tables = {name: _published(folder, name, raw.get(name), layout[name]) for name in schema.TABLES}
        texts = pd.read_parquet(folder / _TEXTS)
        errors = _lines(folder / _ERRORS)
        warnings = _lines(folder / _WARNINGS)
        bodies = dict(zip(texts["article_id"].tolist(), texts["body"].tolist(), strict=True))
    except Exception as exc:  # whatever is wrong with a snapshot, building the corpus again is the cure
        logger.warning("ignoring a damaged corpus snapshot %s (%s)", folder.name, type(exc).__name__)
        shutil.rmtree(folder, ignore_errors=True)  # so the rebuilt one can take its place
        return None
    return Corpus(tables, bodies, errors, warnings, raw)


def _read_table(path: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    table = pd.read_parquet(path)
    empty = schema.frame(name, [])
    expected = list(empty.columns) if columns is None else columns
    if list(table.columns) != expected:
        raise ValueError(f"{name}: other columns")
    return table.astype(empty[expected].dtypes.to_dict())


def _published(folder: Path, name: str, base: pd.DataFrame | None, kept: object) -> pd.DataFrame:
    """A published table: kept whole, or the raw table with the columns consolidation changed put back."""
    if kept is None:
        return _read_table(folder / f"published-{name}.parquet", name)
    if base is None or not isinstance(kept, list):
        raise ValueError(f"{name}: no raw table to share")
    if not kept:
        return base
    changed = _read_table(folder / f"published-{name}.parquet", name, kept)
    if len(changed) != len(base):
        raise ValueError(f"{name}: other rows")
    table = base.copy(deep=False)
    for column in kept:
        table[column] = changed[column].set_axis(base.index)
    return table[schema.columns(name)]


def _changed_columns(table: pd.DataFrame, base: pd.DataFrame | None) -> list[str] | None:
    """The columns of a published table that differ from its raw table's, or None: store it whole."""
    if base is None or len(base) != len(table) or not base.index.equals(table.index):
        return None
    return [c for c in table.columns if c not in base.columns or not (table[c] is base[c] or table[c].equals(base[c]))]


def _lines(path: Path) -> list[str]:
    lines = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise ValueError(f"{path.name}: not a list of lines")
    return lines


def write_snapshot(snapshots: Path, key: str, corpus: Corpus) -> None:
    """Save the corpus whole or not at all (written aside, renamed into place); keep the newest few."""
    try:
        snapshots.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=snapshots, prefix=".tmp-"))
        try:
            for name, table in corpus.raw.items():
                table.to_parquet(staging / f"{name}.parquet", index=False)
            layout = {}
            for name, table in corpus.tables.items():
                layout[name] = kept = _changed_columns(table, corpus.raw.get(name))
                if kept is None or kept:
                    (table if kept is None else table[kept]).to_parquet(
                        staging / f"published-{name}.parquet", index=False
                    )
            (staging / _LAYOUT).write_text(json.dumps(layout), encoding="utf-8")
            texts = pd.DataFrame({"article_id": list(corpus.texts), "body": list(corpus.texts.values())})
            texts.astype("string").to_parquet(staging / _TEXTS, index=False)
            (staging / _ERRORS).write_text(json.dumps(corpus.errors, ensure_ascii=False), encoding="utf-8")
            (staging / _WARNINGS).write_text(json.dumps(corpus.warnings, ensure_ascii=False), encoding="utf-8")
            os.replace(staging, snapshots / key)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        kept = sorted((p for p in snapshots.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
        for old in kept[:-SNAPSHOTS_KEPT]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:  # another process wrote it first, a full disk: only a rebuild next time
        logger.debug("corpus snapshot not written: %s", exc)
