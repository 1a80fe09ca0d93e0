"""Dashboard latency on the server: a full rerun of each page and a filter change, by corpus size.

Runs `streamlit_app.py` under `streamlit.testing.v1.AppTest` (the script in this process, no browser)
with the app pointed at a corpus folder through `BRIEFING_SEEDS`, the variable `briefing.session`
reads. For each size it times the first run (which parses the corpus, since the app's cache is empty),
then on every page: the first visit, plain reruns (what any click costs), and filter changes (a country
picked and dropped, an organization picked and dropped, in the shared sidebar). Times are wall-clock
seconds of `AppTest.run()`: the script's run plus AppTest's reading of the elements, so a little
above what the server spends. At the largest size a sampling profiler watches the script thread
during filter changes and lists where their time goes.

`--loader ingest` makes the app load through `briefing.ingest.load_parsed` (all cores, disk cache)
instead of its own `parse_files`, by replacing that name in `briefing.session` for this process: the
change the dashboard's loader is meant to make, measured before it is made.

Usage: python benchmarks/dashboard_latency.py [--sizes 1 1000 10000] [--repeat 3] [--loader app|ingest]
The first run at 10,000 articles parses them on one core with `--loader app`: minutes.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import math
import os
import sys
import threading
import time
from pathlib import Path

from common import DEFAULT_WORK, REPO, corpus, median, print_table, progress, results_argument, write_results

from briefing import ingest, session

APP = REPO / "streamlit_app.py"
PAGES = sorted(str(p.relative_to(REPO)) for p in (REPO / "app_pages").glob("*.py"))
FIRST_RUN_TIMEOUT = 3600.0
TARGET_FILTER_SECONDS = 0.2
# Frames on every sample of the script thread: Streamlit's and Python's machinery, not the app's work.
SCAFFOLDING = (
    "threading.py:",
    "streamlit/testing/",
    "streamlit/runtime/scriptrunner/",
    "streamlit/navigation/page.py:run",
)


class Sampler:
    """Counts, every few milliseconds, which functions are on the stack of Streamlit's script thread."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.samples = 0
        self.inclusive: collections.Counter[str] = collections.Counter()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Sampler:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="latency-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if names.get(ident) != "ScriptRunner.scriptThread":
                    continue
                self.samples += 1
                seen = set()
                while frame is not None:
                    code = frame.f_code
                    where = _short(code.co_filename)
                    key = f"{where}:{code.co_name}"
                    if key not in seen:
                        seen.add(key)
                        self.inclusive[key] += 1
                    frame = frame.f_back

    def top(self, n: int) -> list[tuple[str, float]]:
        return [(key, count / self.samples) for key, count in self.inclusive.most_common(n)] if self.samples else []


def _short(filename: str) -> str:
    """`streamlit/…` for a library, `briefing/…` for the app, a bare name for the standard library."""
    _, marker, library = filename.rpartition("site-packages/")
    if marker:
        return library
    try:
        return str(Path(filename).relative_to(REPO))
    except ValueError:
        return Path(filename).name


def _timed_run(at, timeout: float) -> float:
    """Seconds of one `AppTest.run()`; infinity if it timed out (AppTest then stops the script)."""
    start = time.perf_counter()
    try:
        at.run(timeout=timeout)
    except RuntimeError as exc:
        if "timed out" not in str(exc):
            raise
        return math.inf
    seconds = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"the app raised: {[e.value for e in at.exception]}")
    return seconds


def _filter_values(at) -> tuple[str | None, str | None]:
    """A country and an organization the sidebar offers (from the options the app keeps in its state)."""
    try:
        opts = at.session_state["_options"]
        countries, organizations = list(opts.countries), list(opts.organizations)
    except (KeyError, AttributeError):
        countries = organizations = []
    return (countries[0] if countries else None), (organizations[0] if organizations else None)


def _filter_changes(at, choices: list[tuple[str, str]], timeout: float) -> list[float]:
    """Pick each (widget key, value) and drop it again: two filter changes each."""
    times = []
    for key, value in choices:
        at.multiselect(key=key).select(value)
        times.append(_timed_run(at, timeout))
        at.multiselect(key=key).unselect(value)
        times.append(_timed_run(at, timeout))
        if math.inf in times:
            break
    return times


def measure(n: int, folder: Path, args: argparse.Namespace, profile: bool) -> dict:
    """Time the first run, then each page: visit, reruns, filter changes (fewer on a slow page)."""
    from streamlit.testing.v1 import AppTest

    os.environ[session.SEEDS_ENV] = str(folder)

    def fresh_app() -> tuple[AppTest, float]:
        at = AppTest.from_file(str(APP), default_timeout=args.run_timeout)
        return at, _timed_run(at, FIRST_RUN_TIMEOUT)

    progress(f"{n:,} articles: first run (parses the corpus unless cached)…")
    at, first = fresh_app()
    progress(f"{n:,} articles: first run {first:.2f}s")
    country, organization = _filter_values(at)
    choices = [(k, v) for k, v in ((session.KEY_COUNTRIES, country), (session.KEY_ORGS, organization)) if v]
    pages = {}
    for page in PAGES:
        sampler = Sampler() if profile else None
        at.switch_page(page)
        visit = _timed_run(at, args.run_timeout)
        slow = visit > args.page_budget
        if visit == math.inf:
            reruns, changes = [], []
        elif slow:  # one of each is enough to show the page is slow, and bounds the benchmark's time
            reruns = [visit]
            with sampler or contextlib.nullcontext():
                changes = _filter_changes(at, choices[:1], args.run_timeout)
        else:
            reruns = [_timed_run(at, args.run_timeout) for _ in range(args.repeat)]
            changes = []
            with sampler or contextlib.nullcontext():
                for _ in range(max(1, args.repeat // 2)):
                    changes += _filter_changes(at, choices, args.run_timeout)
        name = Path(page).stem
        pages[name] = {
            "first_visit": visit,
            "rerun": median(reruns) if reruns else math.inf,
            "filter_change": median(changes) if changes else math.inf,
            "filter_change_max": max(changes, default=math.inf),
            "reruns_all": reruns,
            "filter_changes_all": changes,
            "reduced": slow,
            "profile": sampler.top(40) if sampler else [],
        }
        progress(
            f"{n:,} articles, {name}: visit {visit:.2f}s, rerun {pages[name]['rerun']:.3f}s, "
            f"filter change {pages[name]['filter_change']:.3f}s{' (slow page: fewer runs)' if slow else ''}"
        )
        if math.inf in (visit, *changes):
            progress(f"{name} timed out after {args.run_timeout:.0f}s; starting a fresh session for the next page")
            at, _ = fresh_app()
    return {
        "articles": n,
        "first_run": first,
        "filter_values": [country, organization],
        "pages": pages,
    }


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 1000, 10_000], help="synthetic corpus sizes")
    parser.add_argument("--repeat", type=int, default=3, help="reruns per page (filter changes: 4 per 2 reruns)")
    parser.add_argument(
        "--page-budget", type=float, default=20.0, help="a page slower than this many seconds gets one run of each"
    )
    parser.add_argument("--run-timeout", type=float, default=300.0, help="seconds before a run counts as timed out")
    parser.add_argument("--profile-lines", type=int, default=12, help="functions listed per page at the largest size")
    parser.add_argument("--loader", choices=("app", "ingest"), default="app", help="how the app parses (see above)")
    parser.add_argument("--workers", type=int, default=0, help="with --loader ingest: processes (0: all cores)")
    parser.add_argument(
        "--cache-dir", type=Path, default=DEFAULT_WORK / "dashboard-cache", help="with --loader ingest: cache folder"
    )
    results_argument(parser)
    args = parser.parse_args(argv)
    if args.loader == "ingest":
        session.parse_files = functools.partial(ingest.load_parsed, workers=args.workers, cache_dir=args.cache_dir)

    rows = []
    for n in sorted(args.sizes):
        rows.append(measure(n, corpus(n, args.work), args, profile=n == max(args.sizes)))
    peak = _peak_rss_mb()

    print(f"\nDashboard server-side latency (AppTest, loader: {args.loader}), seconds; median of {args.repeat} reruns")
    print_table(
        ("articles", "first run", *(f"{p} rerun / filter" for p in rows[0]["pages"])),
        [
            (
                f"{r['articles']:,}",
                f"{r['first_run']:.2f}",
                *(f"{p['rerun']:.3f} / {p['filter_change']:.3f}" for p in r["pages"].values()),
            )
            for r in rows
        ],
    )
    largest = rows[-1]
    worst = max(p["filter_change"] for p in largest["pages"].values())
    verdict = "meets" if worst < TARGET_FILTER_SECONDS else "misses"
    print(
        f"\nFilter change at {largest['articles']:,} articles: slowest page's median {worst * 1000:.0f} ms, "
        f"{verdict} the 200 ms target. Peak resident memory of this process: {peak:.0f} MB."
    )
    print(f"\nWhere filter changes at {largest['articles']:,} articles spend their time (share of samples)")
    for name, page in largest["pages"].items():
        shown = [(k, v) for k, v in page["profile"] if not k.startswith(SCAFFOLDING)][: args.profile_lines]
        if shown:
            print(f"{name} ({page['filter_change']:.3f}s):")
        for key, share in shown:
            print(f"  {share:6.1%}  {key}")
    write_results(
        args.results,
        f"dashboard_latency_{args.loader}",
        {"repeat": args.repeat, "rows": rows, "peak_rss_mb": peak},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
