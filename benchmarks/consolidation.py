"""What consolidation (identities, roles) costs beside building the raw tables, on synthetic articles.

Why: consolidation runs on every build, every upload and (with snapshots kept raw) every reopening, so
its time and the memory its rewritten tables add must stay small beside the build itself.

Usage::

    python benchmarks/consolidation.py N [--cache DIR]

Prints the build time of the raw tables, the consolidation time, the peak memory consolidation
allocates (tracemalloc), how many ids it joined, and a snapshot's write and read times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate

from briefing.corpus import build, store
from briefing.corpus.consolidate import consolidate
from briefing.corpus.ingest import load_parsed


def _mib(data) -> float:
    usage = data.memory_usage(deep=True, index=False)
    return float(usage.sum() if hasattr(usage, "sum") else usage) / 2**20


def _shared(table, base, column: str) -> bool:
    """Is the column the raw table's own (the same Arrow or NumPy buffers), not a copy?"""
    if base is None or column not in base.columns:
        return False
    mine, theirs = table[column].array, base[column].array
    if hasattr(mine, "_pa_array"):
        return mine._pa_array is theirs._pa_array
    return np.shares_memory(mine._data, theirs._data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "briefing-consolidation-cache"))
    args = parser.parse_args()
    folder = Path(args.cache) / f"articles-{args.n}"
    if not folder.is_dir():
        generate(args.n, folder, 0)
    parsed, errors = load_parsed([folder], workers=args.workers, cache_dir=Path(args.cache) / "parse")
    started = time.perf_counter()
    unique = build.skip_duplicates(parsed, {}, list(errors))
    raw = build._raw_tables(unique)
    raw_seconds = time.perf_counter() - started
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        tables = consolidate(raw)
        timings.append(time.perf_counter() - started)
    tracemalloc.start()
    consolidate(raw)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    shared = sum(tables[name] is raw[name] for name in raw if name in tables)
    print(f"{len(unique)} articles, {len(raw['mentions']):,} mentions, {len(raw['actors']):,} raw actors")
    print(f"raw tables built in {raw_seconds:.2f} s; consolidation best of 3 {min(timings):.3f} s")
    print(f"consolidation allocates at peak {peak / 2**20:.1f} MiB; {shared} tables shared unchanged with raw")
    print(f"{len(tables['identities'])} identities rows, {len(raw['actors']) - len(tables['actors'])} ids joined")
    own = sum(_mib(tables[n][c]) for n in tables for c in tables[n].columns if not _shared(tables[n], raw.get(n), c))
    every = sum(_mib(t[c]) for t in raw.values() for c in t.columns)
    print(f"memory: raw tables {every:.1f} MiB (article_actors {_mib(raw['article_actors']):.1f} MiB);")
    print(f"  published columns not shared with raw {own:.1f} MiB")
    print(f"{len(tables['roles'])} roles rows")
    corpus = build.Corpus(tables, {a.article["article_id"]: a.body for a in unique}, [], [], raw)
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        store.write_snapshot(Path(scratch), "key", corpus)
        written = time.perf_counter() - started
        started = time.perf_counter()
        again = store.read_snapshot(Path(scratch) / "key")
        read = time.perf_counter() - started
        assert again is not None
    print(f"snapshot written in {written:.2f} s, read in {read:.2f} s")


if __name__ == "__main__":
    main()
