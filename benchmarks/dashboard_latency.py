"""Dashboard latency on the server: a full rerun of each page and a filter change, by corpus size.

Runs `streamlit_app.py` under `streamlit.testing.v1.AppTest` (the script in-process, no browser) with
the app pointed at a corpus folder through `BRIEFING_SEEDS`, the variable `briefing.dashboard.state` reads.
For each size it times the first run (which parses the corpus, since the app's cache is empty), then
on every page: the first visit, plain reruns (what any click costs), and filter changes in the shared
sidebar: a country or organization no page has picked yet (a new filter, which the app must apply to
the corpus: the figure held to the 200 ms target), then dropped again (back to a filter the app keeps).
Times are wall-clock seconds of `AppTest.run()`: the script's run plus AppTest's reading of the
elements, so a little above what the server spends. At the largest size a sampling profiler watches
the script thread during the filter changes of each page and lists where their time goes.

A page slower than `--page-budget` gets one rerun and one filter change, not several. AppTest cannot
interrupt a script busy outside Streamlit's calls (building a large chart, say), so the app runs in a
child process, one per size, and a page that has not finished within `--page-timeout` is recorded as
timed out and its process killed; a new one carries on with the next page.

The app loads through `briefing.corpus.ingest` with its disk cache; each size starts from an empty cache
folder (given to the app by `BRIEFING_CACHE`, workers by `BRIEFING_WORKERS`), so the first run is a
cold load, and a last app process measures the first run again from the warm cache.

Usage: python benchmarks/dashboard_latency.py [--sizes 1 1000 10000] [--repeat 3] [--workers 0]
Minutes at 10,000 articles: the first run parses them, and slow pages run until their timeout.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import math
import os
import selectors
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import REPO, corpus, median, print_table, progress, results_argument, write_results

from briefing.dashboard import state
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.present.filters import facet

APP = REPO / "streamlit_app.py"
PAGES = sorted(spec.relative for spec in DASHBOARD_PAGES)
FIRST_RUN_TIMEOUT = 3600.0
TARGET_FILTER_SECONDS = 0.2
# Frames on every sample of the script thread: Streamlit's and Python's machinery, not the app's work.
SCAFFOLDING = (
    "threading.py:",
    "streamlit/testing/",
    "streamlit/runtime/scriptrunner/",
    "streamlit/navigation/page.py:",
)
SCAFFOLDING += ("streamlit_app.py:<module>",)


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
                    key = f"{_short(frame.f_code.co_filename)}:{frame.f_code.co_name}"
                    if key not in seen:
                        seen.add(key)
                        self.inclusive[key] += 1
                    frame = frame.f_back

    def top(self, n: int) -> list[tuple[str, float]]:
        counts = [(k, c) for k, c in self.inclusive.most_common() if not k.startswith(SCAFFOLDING)]
        return [(key, count / self.samples) for key, count in counts[:n]] if self.samples else []


def _short(filename: str) -> str:
    """`streamlit/…` for a library, `briefing/…` for the app, a bare name for the standard library."""
    _, marker, library = filename.rpartition("site-packages/")
    if marker:
        return library
    try:
        return str(Path(filename).relative_to(REPO))
    except ValueError:
        return Path(filename).name


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return math.nan


# --------------------------------------------------------------------------- the child: one app, some pages


_events = None  # the child's channel to the parent: its own pipe, since the app may print to stdout


def _emit(event: str, **fields) -> None:
    _events.write(json.dumps({"event": event, **fields}) + "\n")
    _events.flush()


_cpu_seconds: list[float] = []  # CPU time of each run, in step with the wall-clock times returned


def _timed_run(at) -> float:
    """Wall-clock seconds of one run; its CPU seconds (this process, all threads) go to _cpu_seconds."""
    start, start_cpu = time.perf_counter(), time.process_time()
    at.run(timeout=FIRST_RUN_TIMEOUT)  # the parent enforces the real deadline
    seconds = time.perf_counter() - start
    _cpu_seconds.append(time.process_time() - start_cpu)
    if at.exception:
        raise RuntimeError(f"the app raised: {[e.value for e in at.exception]}")
    return seconds


def _filter_values(at) -> list[tuple[str, str]]:
    """Countries and organizations the sidebar offers, alternating (from the options in the app's state)."""
    try:
        opts = at.session_state["_options"]
        countries, organizations = list(opts.countries), list(opts.organizations)
    except (KeyError, AttributeError):
        countries = organizations = []
    pairs = []
    for i in range(max(len(countries), len(organizations))):
        pairs += [(facet("countries").key, countries[i])] if i < len(countries) else []
        pairs += [(facet("organizations").key, organizations[i])] if i < len(organizations) else []
    return pairs


def _filter_changes(at, choices: list[tuple[str, str]], picks: int) -> tuple[list[float], list[float]]:
    """Pick values never chosen before (a new filter: the app filters the corpus) and drop each again
    (back to a filter it has just shown, which the app keeps): (pick times, drop times)."""
    picked, dropped = [], []
    for _ in range(picks):
        if not choices:
            break
        key, value = choices.pop(0)
        choices.append((key, value))  # a small corpus has few values: they come round again (the app may keep them)
        at.multiselect(key=key).select(value)
        picked.append(_timed_run(at))
        at.multiselect(key=key).unselect(value)
        dropped.append(_timed_run(at))
    return picked, dropped


def child(args: argparse.Namespace) -> int:
    global _events
    from streamlit.testing.v1 import AppTest

    _events = os.fdopen(args.child_fd, "w", encoding="utf-8")
    os.environ[state.SEEDS_ENV] = str(args.child_folder)
    at = AppTest.from_file(str(APP), default_timeout=FIRST_RUN_TIMEOUT)
    first = _timed_run(at)
    choices = _filter_values(at)  # taken in turn as pages pick them: a pick is a filter not seen before
    _emit("first_run", seconds=first, filter_values=[v for _, v in choices[:12]], peak_rss_mb=_peak_rss_mb())
    for page in args.child_pages:
        name = Path(page).stem
        sampler = Sampler() if args.profile else None
        at.switch_page(page)
        visit = _timed_run(at)
        _emit("visit", page=name, seconds=visit)
        slow = visit > args.page_budget
        # On a slow page one of each shows it is slow, and keeps the benchmark's time bounded.
        reruns = [visit] if slow else [_timed_run(at) for _ in range(args.repeat)]
        cpu_from = len(_cpu_seconds)
        with sampler or contextlib.nullcontext():
            picks, drops = _filter_changes(at, choices, 1 if slow else max(2, args.repeat))
        changes_cpu = _cpu_seconds[cpu_from:][::2]  # the picks' CPU times
        _emit(
            "page",
            page=name,
            first_visit=visit,
            rerun=median(reruns),
            filter_change=median(picks) if picks else math.nan,
            filter_back=median(drops) if drops else math.nan,
            reruns_all=reruns,
            filter_changes_all=picks,
            filter_backs_all=drops,
            filter_change_cpu=median(changes_cpu) if changes_cpu else math.nan,
            reduced=slow,
            profile=sampler.top(40) if sampler else [],
            peak_rss_mb=_peak_rss_mb(),
        )
    return 0


# --------------------------------------------------------------------------- the parent: deadlines


def _child_command(args: argparse.Namespace, folder: Path, pages: list[str], profile: bool) -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-folder", str(folder)]
    command += ["--child-pages", *pages, "--repeat", str(args.repeat), "--page-budget", str(args.page_budget)]
    return command + (["--profile"] if profile else [])


def _run_child(command: list[str], env: dict[str, str], page_timeout: float, log: Path):
    """Events from one app process, as dicts; then {"event": "timeout"} or {"event": "exit", "code": ...}.

    The first event may take up to FIRST_RUN_TIMEOUT (it parses the corpus), each later one page_timeout.
    """
    read_fd, write_fd = os.pipe()
    with open(log, "ab") as log_file:
        process = subprocess.Popen(
            [*command, "--child-fd", str(write_fd)],
            cwd=REPO,
            env=env,
            stdout=log_file,
            stderr=log_file,
            pass_fds=(write_fd,),
        )
    os.close(write_fd)
    events = os.fdopen(read_fd, "rb")
    selector = selectors.DefaultSelector()
    selector.register(events, selectors.EVENT_READ)
    deadline = time.monotonic() + FIRST_RUN_TIMEOUT
    try:
        while True:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                yield {"event": "timeout"}
                return
            line = events.readline()
            if not line:
                yield {"event": "exit", "code": process.wait()}
                return
            deadline = time.monotonic() + page_timeout
            yield json.loads(line)
    finally:
        selector.close()
        if process.poll() is None:
            process.kill()
        process.wait()
        events.close()


def measure(n: int, folder: Path, args: argparse.Namespace, profile: bool) -> dict:
    """All pages at one corpus size, in as many app processes as timeouts make necessary, from a cold
    cache; then one more app process for the first run from the warm cache (a restarted dashboard)."""
    remaining = [Path(p).stem for p in PAGES]
    by_stem = {Path(p).stem: p for p in PAGES}
    log = args.work / "dashboard_latency.log"
    cache = args.work / f"app-cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ)
    env.update({state.CACHE_ENV: str(cache), state.WORKERS_ENV: str(args.workers)})
    result: dict = {"articles": n, "first_runs": [], "pages": {}, "peak_rss_mb": 0.0}
    while remaining:
        progress(f"{n:,} articles: starting the app for {', '.join(remaining)}")
        command = _child_command(args, folder, [by_stem[s] for s in remaining], profile)
        for event in _run_child(command, env, args.page_timeout, log):
            result["peak_rss_mb"] = max(result["peak_rss_mb"], event.get("peak_rss_mb", 0.0))
            kind = event["event"]
            if kind in ("timeout", "exit") and not remaining:
                break
            if kind in ("timeout", "exit"):  # skip the page it was on
                page = remaining.pop(0)
                result["pages"].setdefault(page, {"first_visit": math.inf})
                result["pages"][page].update(rerun=math.inf, filter_change=math.inf, stopped=kind)
                why = f"not done after {args.page_timeout:.0f}s" if kind == "timeout" else f"exit {event['code']}"
                progress(f"{n:,} articles, {page}: {why}; stopping that app (log: {log})")
            elif kind == "first_run":
                result["first_runs"].append(event["seconds"])
                result["filter_values"] = event["filter_values"]
                progress(f"{n:,} articles: first run {event['seconds']:.2f}s")
            elif kind == "visit":
                result["pages"][event["page"]] = {"first_visit": event["seconds"]}
            elif kind == "page":
                page = event.pop("page")
                remaining.remove(page)
                result["pages"][page] = {k: v for k, v in event.items() if k != "event"}
                note = " (slow page: fewer runs)" if event["reduced"] else ""
                progress(
                    f"{n:,} articles, {page}: visit {event['first_visit']:.2f}s, rerun {event['rerun']:.3f}s, "
                    f"filter change {event['filter_change']:.3f}s{note}"
                )
    progress(f"{n:,} articles: restarting the app on the warm cache")
    warm = [e for e in _run_child(_child_command(args, folder, [], False), env, 0, log) if e["event"] == "first_run"]
    result["first_run_warm"] = warm[0]["seconds"] if warm else math.inf
    result["first_run"] = result["first_runs"][0] if result["first_runs"] else math.inf
    result["pages"] = {Path(p).stem: result["pages"][Path(p).stem] for p in PAGES}
    result["cache_bytes"] = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    return result


def _cell(seconds: float) -> str:
    return "timed out" if seconds == math.inf else f"{seconds:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 1000, 10_000], help="synthetic corpus sizes")
    parser.add_argument("--repeat", type=int, default=3, help="reruns per page (filter changes: 4 per 2 reruns)")
    parser.add_argument(
        "--page-budget", type=float, default=20.0, help="a page slower than this many seconds gets one run of each"
    )
    parser.add_argument("--page-timeout", type=float, default=300.0, help="seconds a page may take in all")
    parser.add_argument("--profile-lines", type=int, default=12, help="functions listed per page at the largest size")
    parser.add_argument("--workers", type=int, default=0, help="the app's parsing processes (0: all cores)")
    parser.add_argument("--child-fd", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-pages", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    results_argument(parser)
    args = parser.parse_args(argv)
    if args.child_folder is not None:
        return child(args)

    rows = [measure(n, corpus(n, args.work), args, profile=n == max(args.sizes)) for n in sorted(args.sizes)]

    print(
        f"\nDashboard server-side latency (AppTest, {args.workers or 'all'} workers), seconds: "
        "rerun / new filter / back to the previous filter"
    )
    print_table(
        ("articles", "first run cold / warm cache", *rows[0]["pages"], "peak RSS MB"),
        [
            (
                f"{r['articles']:,}",
                f"{r['first_run']:.2f} / {r['first_run_warm']:.2f}",
                *(
                    f"{_cell(p['rerun'])} / {_cell(p['filter_change'])} / {_cell(p.get('filter_back', math.inf))}"
                    for p in r["pages"].values()
                ),
                f"{r['peak_rss_mb']:.0f}",
            )
            for r in rows
        ],
    )
    print("\nNew filter in CPU seconds of the app's process (what an idle machine would take, about)")
    print_table(
        ("articles", *rows[0]["pages"]),
        [
            (f"{r['articles']:,}", *(_cell(p.get("filter_change_cpu", math.inf)) for p in r["pages"].values()))
            for r in rows
        ],
    )
    largest = rows[-1]
    worst = max(p["filter_change"] for p in largest["pages"].values())
    verdict = "meets" if worst < TARGET_FILTER_SECONDS else "misses"
    print(
        f"\nFilter change at {largest['articles']:,} articles: slowest page {_cell(worst)} s (median of its changes), "
        f"{verdict} the 200 ms target."
    )
    print(f"\nWhere filter changes at {largest['articles']:,} articles spend their time (share of samples)")
    for name, page in largest["pages"].items():
        shown = page.get("profile", [])[: args.profile_lines]
        if shown:
            print(f"{name} ({_cell(page['filter_change'])} s):")
        for key, share in shown:
            print(f"  {share:6.1%}  {key}")
    write_results(args.results, "dashboard_latency", {"repeat": args.repeat, "workers": args.workers, "rows": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
