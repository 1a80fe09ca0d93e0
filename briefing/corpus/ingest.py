"""Load a corpus fast: parsed articles kept on disk by content, misses parsed on several cores.

This module owns the order of a load, not its parts: `load_parsed` gives exactly what
`build.parse_files` gives (the same articles in the same order, the same one-line errors), but looks
each file up in the parse cache first (`cache`, in a folder named by `fingerprint.parser_key`, so any
edit to the parser or its word lists starts afresh) and parses the misses in worker processes when
asked for more than one (`workers`). `load_corpus` also keeps the built tables of a whole corpus
(`store`), so reopening an unchanged corpus skips both parsing and building.

Notes:
    An entry holds the rows of the file as parsed under its first path; a hit is given the path it
    is loaded from now, so moving or copying a corpus keeps its cache. Entries of older parser
    versions stay in sibling folders (`v-<fingerprint>/`) until someone deletes them; any folder
    under the cache can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.corpus.build import Corpus, build_corpus
from briefing.corpus.cache import read_entry
from briefing.corpus.fingerprint import parser_key
from briefing.corpus.rows import ParsedArticle
from briefing.corpus.store import corpus_key, read_snapshot, write_snapshot
from briefing.corpus.workers import parse_all, pool_size, resolve_workers
from briefing.parse.read import discover, is_article_name

logger = logging.getLogger(__name__)


@dataclass
class LoadStats:
    """What one load did: for benchmarks and logs."""

    files: int = 0
    cached: int = 0
    parsed: int = 0
    errors: int = 0
    workers: int = 1
    seconds: float = 0.0


def files_signature(paths: Iterable[str | Path]) -> str:
    """A digest of the names, sizes and modification times of the article files `discover` would find.

    One `stat` per file and no reads (`os.scandir`, no Path per file), so a dashboard can take it often
    and still notice a file added, removed or edited; the files' bytes are hashed only when it changes
    (by `load_parsed`).
    """
    digest = hashlib.sha256()
    for given in paths:
        path = str(given)
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        if os.path.isdir(path):
            _digest_folder(digest, path)
        else:
            digest.update(_stat_line(path, None))
    return digest.hexdigest()


def _digest_folder(digest: hashlib._Hash, folder: str) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        digest.update(f"{folder}\0error:{exc.errno}\n".encode("utf-8", "surrogateescape"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            _digest_folder(digest, entry.path)
        elif is_article_name(entry.name):
            digest.update(_stat_line(entry.path, entry))


def _stat_line(path: str, entry: os.DirEntry | None) -> bytes:
    try:
        info = entry.stat() if entry is not None else os.stat(path)
        facts = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"
    except OSError as exc:
        facts = f"error:{exc.errno}"
    return f"{path}\0{facts}\n".encode("utf-8", "surrogateescape")


def load_parsed(
    paths: Iterable[str | Path],
    workers: int | None = 1,
    cache_dir: str | Path | None = None,
    stats: LoadStats | None = None,
) -> tuple[list[ParsedArticle], list[str]]:
    """Parsed articles of every file under the given files and folders, plus one-line errors.

    The same result as `build.parse_files(paths)`, from the cache where the parser has seen a
    file's bytes before. `workers` > 1 parses the misses in that many processes (0: all cores);
    `cache_dir` None means no cache. Pass a `LoadStats` to learn how many came from the cache.
    """
    started = time.perf_counter()
    workers = resolve_workers(workers)
    files, problems = discover(paths)
    root = Path(cache_dir) / f"v-{parser_key()}" if cache_dir is not None else None
    results: list[ParsedArticle | str | None] = [None] * len(files)
    if root is not None:
        for i, path in enumerate(files):
            results[i] = read_entry(root, path)
    todo = [i for i, result in enumerate(results) if result is None]
    todo_paths = [str(files[i]) for i in todo]
    pool = pool_size(workers, todo_paths)
    for i, result in zip(todo, parse_all(todo_paths, str(root) if root else None, pool), strict=True):
        results[i] = result
    parsed = [r for r in results if isinstance(r, ParsedArticle)]
    errors = [str(p) for p in problems] + [r for r in results if isinstance(r, str)]
    if stats is not None:
        stats.files = len(files)
        stats.cached = len(files) - len(todo)
        stats.parsed = sum(1 for i in todo if isinstance(results[i], ParsedArticle))
        stats.errors = len(errors)
        stats.workers = pool
        stats.seconds = time.perf_counter() - started
    logger.info("%d files: %d from cache, %d parsed on %d core(s)", len(files), len(files) - len(todo), len(todo), pool)
    return parsed, errors


def load_corpus(paths: Iterable[str | Path], workers: int | None = 1, cache_dir: str | Path | None = None) -> Corpus:
    """The corpus of every article under the given files and folders (see `load_parsed`).

    With a cache, the built tables are kept too, as a snapshot keyed by every file's path and bytes:
    a dashboard restarted on an unchanged corpus reads six Parquet files instead of decoding one
    entry per article and building the tables again (at 10,000 articles, about 1 s instead of 11 s).
    """
    paths = list(paths)
    if cache_dir is None:
        return build_corpus(*load_parsed(paths, workers=workers))
    files, problems = discover(paths)
    snapshots = Path(cache_dir) / f"v-{parser_key()}" / "corpora"
    key = corpus_key(files, [str(p) for p in problems])
    corpus = read_snapshot(snapshots / key)
    if corpus is None:
        corpus = build_corpus(*load_parsed(paths, workers=workers, cache_dir=cache_dir))
        write_snapshot(snapshots, key, corpus)
    return corpus
