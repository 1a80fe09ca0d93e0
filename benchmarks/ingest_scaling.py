"""Parse and export a corpus with all cores, cold and warm cache: `python -m briefing export` end to end.

For each corpus size, runs the command line (a fresh interpreter each time, as a user would) with
`--workers 1` and `--workers 2`, first with no cache (the export as it was), then into an empty cache
folder (cold), then again from that cache (warm), several times; reports the median wall time, the
speed-up of two workers over one, and checks that every run wrote byte-identical files. The machine's
load average before each run is kept: on a shared machine a busy neighbour takes a core from the pool.
Then, in this process, splits one warm load into its parts: reading the corpus snapshot (hashing the
files included), and for comparison decoding the per-article entries and building the tables, then
writing the CSVs.

Usage: python benchmarks/ingest_scaling.py [--sizes 1000 10000] [--repeat 3]
Takes about 3 × (2 × one-core + one two-core parse of the largest corpus): 15 minutes or more for 10,000.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, corpus, median, print_table, progress, results_argument, write_results

from briefing.corpus import export, ingest
from briefing.corpus.build import build_corpus

MODES = (("none", 1), ("cold", 1), ("warm", 1), ("cold", 2), ("warm", 2))
TARGET_SECONDS = 30.0
RUN_TIMEOUT = 1800  # seconds: one export of 10,000 articles on one busy core takes a few minutes


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def export_once(folder: Path, workers: int, cache: Path | None, scratch: Path) -> tuple[float, str]:
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "briefing", "export", str(folder), "--out", str(out), "--workers", str(workers)]
    if cache is not None:
        command += ["--cache-dir", str(cache)]
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, timeout=RUN_TIMEOUT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, _digest(out)


def warm_breakdown(folder: Path, cache: Path, scratch: Path) -> dict[str, float]:
    """One warm load's parts: the corpus snapshot (what export and the dashboard read), then, for
    comparison, the per-article entries decoded and the tables built, and the CSVs written."""
    start = time.perf_counter()
    corpus_ = ingest.load_corpus([folder], cache_dir=cache)
    snapshot = time.perf_counter()
    stats = ingest.LoadStats()
    parsed, errors = ingest.load_parsed([folder], cache_dir=cache, stats=stats)
    loaded = time.perf_counter()
    build_corpus(parsed, errors)
    built = time.perf_counter()
    export.write_tables(corpus_.tables, scratch / "breakdown")
    written = time.perf_counter()
    if stats.parsed:  # the parser's code or lexicons changed since the warm runs: not a warm load
        progress(f"warning: {stats.parsed} articles were parsed again; run from a checkout nobody is editing")
    return {
        "load_snapshot": snapshot - start,
        "load_entries": loaded - snapshot,
        "build_tables": built - loaded,
        "write_csv": written - built,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000], help="synthetic corpus sizes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode (median reported)")
    results_argument(parser)
    args = parser.parse_args(argv)

    rows = []
    digests: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        scratch = Path(tmp)
        for n in args.sizes:
            folder = corpus(n, args.work)
            times: dict[str, list[float]] = {f"{mode} w{w}": [] for mode, w in MODES}
            loads: list[float] = []  # the machine's 1-minute load average before each run: others' work shows here
            caches = {w: scratch / f"cache-{n}-w{w}" for w in (1, 2)}
            for run in range(args.repeat):
                for mode, workers in MODES:
                    cache = None if mode == "none" else caches[workers]
                    if mode == "cold":
                        shutil.rmtree(cache, ignore_errors=True)
                    loads.append(os.getloadavg()[0])
                    seconds, digest = export_once(folder, workers, cache, scratch)
                    digests.add(digest)
                    times[f"{mode} w{workers}"].append(seconds)
                    progress(
                        f"{n:,} articles, run {run + 1}/{args.repeat}, {mode} w{workers}: {seconds:.2f}s "
                        f"(load average before: {loads[-1]:.2f})"
                    )
            parts = warm_breakdown(folder, caches[1], scratch)
            medians = {key: median(values) for key, values in times.items()}
            rows.append(
                {
                    "articles": n,
                    "median_seconds": medians,
                    "all_seconds": times,
                    "speedup_cold": medians["cold w1"] / medians["cold w2"],
                    "warm_breakdown": parts,
                    "cache_bytes": sum(p.stat().st_size for p in caches[1].rglob("*") if p.is_file()),
                    "load_average_median": median(loads),
                }
            )

    print(f"\nExport end to end (`python -m briefing export`), median of {args.repeat} runs, seconds")
    print_table(
        ("articles", *(key for key in rows[0]["median_seconds"]), "speed-up (cold, 2 vs 1)", "cache size", "load avg"),
        [
            (
                f"{r['articles']:,}",
                *(f"{v:.2f}" for v in r["median_seconds"].values()),
                f"{r['speedup_cold']:.2f}×",
                f"{r['cache_bytes'] / 1e6:.1f} MB",
                f"{r['load_average_median']:.1f}",
            )
            for r in rows
        ],
    )
    print("\nOne warm load, in this process, seconds")
    print_table(
        ("articles", *rows[0]["warm_breakdown"]),
        [(f"{r['articles']:,}", *(f"{v:.2f}" for v in r["warm_breakdown"].values())) for r in rows],
    )
    identical = len(digests) == len(args.sizes)
    print(f"\nEvery run of a corpus wrote identical files: {'yes' if identical else 'NO'}")
    for r in rows:
        best = min(r["median_seconds"]["cold w2"], r["median_seconds"]["cold w1"])
        verdict = "meets" if best < TARGET_SECONDS else "misses"
        print(f"{r['articles']:,} articles parsed and exported (cold): {best:.1f}s, {verdict} the 30 s target")
    write_results(args.results, "ingest_scaling", {"repeat": args.repeat, "rows": rows, "identical": identical})
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
