"""Parsing many files: in this process, or in a pool of worker processes, keeping the files' order.

Owns how the misses of the cache reach `rows.parse_document` at corpus scale. Workers are started with
the "forkserver" method, not "fork": the dashboard calls this from a thread of a multi-threaded server,
and forking such a process can deadlock the child. They never re-run the parent's main script (under
Streamlit, the app), which multiprocessing otherwise does. The fork server loads the parser's word
lists once (`warmed`), so no worker spends its first seconds on them; `timed` forks its upload
parsers from the same server.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from briefing.corpus import cache
from briefing.corpus.rows import ParsedArticle, parse_document
from briefing.parse.read import ArticleError, read_file

# Starting a worker costs about a second (imports, lexicons); below this much text one core is faster.
MIN_POOL_BYTES = 200_000
# Chunks small enough to balance two cores at the end of a run, large enough to keep messages few.
_MAX_CHUNK = 64
_MISSING = object()
# Two dashboard sessions may load at once: one at a time changes `__main__` while its workers start.
WORKER_START = threading.Lock()
# What the fork server imports before it forks a worker (`timed` gives the same list).
PRELOAD = [__name__, "briefing.corpus.warmed"]


def parse_path(path: str, cache_root: str | None) -> ParsedArticle | str:
    """One file's rows (cached if a cache is given), or its one-line reason for being skipped.

    Runs in the worker processes: takes and returns only picklable things.
    """
    try:
        article = parse_document(read_file(path))
    except ArticleError as exc:
        return str(exc)
    if cache_root is not None:
        cache.write_entry(Path(cache_root), article)
    return article


@contextlib.contextmanager
def main_not_rerun_in_workers() -> Iterator[None]:
    """Workers started meanwhile do not re-run the parent's main script.

    A "spawn" or "forkserver" child runs the parent's `__main__` file again (as `__mp_main__`) unless
    that module's spec names a `__main__` module, as `python -m package` does. Under Streamlit,
    `__main__` is the app script: a worker would draw the app and load the corpus again. Workers
    here only need `briefing.corpus.ingest`, so for the moment they start `__main__` is given such a spec.
    """
    main = sys.modules.get("__main__")
    if main is None or getattr(getattr(main, "__spec__", None), "name", None) is not None:
        yield  # started by module name: multiprocessing already leaves it alone
        return
    saved = main.__spec__ if "__spec__" in vars(main) else _MISSING
    main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)
    try:
        yield
    finally:
        if saved is _MISSING:
            del main.__spec__
        else:
            main.__spec__ = saved


def parse_all(paths: list[str], cache_root: str | None, workers: int) -> list[ParsedArticle | str]:
    if workers <= 1:
        return [parse_path(p, cache_root) for p in paths]
    # forkserver: see the module's notes. The server imports the pipeline once; workers fork from it.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # the server imports these, then forks workers
    chunk = max(1, min(_MAX_CHUNK, len(paths) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # map() submits every chunk at once, and a pool starts its processes as work is submitted.
        with WORKER_START, main_not_rerun_in_workers():
            results = pool.map(parse_path, paths, [cache_root] * len(paths), chunksize=chunk)
        return list(results)


def pool_size(workers: int, paths: list[str]) -> int:
    """Worker processes worth starting for these files (1: parse here)."""
    if workers <= 1 or len(paths) < 2:
        return 1
    size = 0
    for path in paths:
        try:
            size += os.stat(path).st_size
        except OSError:
            continue
        if size >= MIN_POOL_BYTES:
            return min(workers, len(paths))
    return 1


def resolve_workers(workers: int | None) -> int:
    """`workers` as a count: 0 or None means every core this process may use."""
    if not workers:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, not {workers}")
    return workers
