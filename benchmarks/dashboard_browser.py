"""Dashboard in a real browser: cold start on the seeds, and peak memory of the server at corpus scale.

Cold start: from the `streamlit run streamlit_app.py` command to the first page drawn (its headline
figures visible) in headless Chromium, several times, each with a fresh server (cold imports, empty
Streamlit caches), once with an empty parse cache (`BRIEFING_CACHE`) and once with the cache that run
filled; the browser is started beforehand, as a user's would be. Memory: a server pointed at a
synthetic corpus through `BRIEFING_SEEDS` is opened, every page of its navigation is visited until
it has finished drawing, and the server process's peak resident set (VmHWM from /proc) is read.

Uses Debian's /usr/bin/chromium through Playwright (no browser download). Every request that does
not go to this machine is refused, so nothing reaches the network. Every wait has a deadline, and the
servers this script starts are stopped by their process id.

Usage: python benchmarks/dashboard_browser.py [--cold-runs 5] [--sizes 10000] [--page-timeout 600]
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from common import REPO, corpus, median, print_table, progress, results_argument, stop, write_results
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from briefing.dashboard import state

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
FIRST_PAGE = '[data-testid="stMetric"]'  # the Briefing page's headline figures: drawn from the parsed corpus
TITLE = '[data-testid="stMain"] h1'  # every page starts with its title
BUSY = '[data-testid="stStatusWidget"], [data-testid*="keleton"]'  # "Running…" and placeholders
TARGET_COLD_START = 5.0
TARGET_PEAK_MB = 1536


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _local(url: str) -> bool:
    return (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost")


class Server:
    """`streamlit run streamlit_app.py` on a free port, stopped (by its pid) on exit."""

    def __init__(self, seeds: Path | None, cache: Path, log: Path, script: Path | None = None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = dict(os.environ)
        env.pop(state.SEEDS_ENV, None)
        if seeds is not None:
            env[state.SEEDS_ENV] = str(seeds)
        env[state.CACHE_ENV] = str(cache)
        app = str(script) if script is not None else "streamlit_app.py"
        self.command = [sys.executable, "-m", "streamlit", "run", app, "--server.port", str(self.port)]
        self.command += ["--server.headless", "true", "--browser.gatherUsageStats", "false"]
        self.env, self.log = env, log
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(self.command, cwd=REPO, env=self.env, stdout=log, stderr=log)
        return self

    def __exit__(self, *exc: object) -> None:
        stop(self.process)

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"server not up after {timeout:.0f}s")

    def memory_mb(self) -> dict[str, float]:
        fields = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                fields[key] = int(value.split()[0]) / 1024
        return fields


def _settle(page, timeout: float) -> bool:
    """Wait until the page has drawn its title, then stopped running and drawing; False if it has not
    after `timeout` seconds. (Before the app connects nothing looks busy, so the title comes first.)"""
    deadline = time.monotonic() + timeout
    try:
        page.wait_for_selector(TITLE, state="visible", timeout=int(timeout * 1000))
    except PlaywrightTimeout:
        return False
    calm_since = None
    while time.monotonic() < deadline:
        if page.locator(BUSY).count() == 0:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since >= 0.5:
                return True
        else:
            calm_since = None
        page.wait_for_timeout(100)
    return False


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.route(lambda url: not _local(url), lambda route: route.abort())
    return context, context.new_page()


def _start_once(browser, cache: Path, log: Path, script: Path | None = None) -> dict[str, float]:
    """Seconds from the command to the server answering, and to the first page drawn (the dashboard's headline
    figures, or a bare script's title)."""
    context, page = _new_page(browser)
    start = time.perf_counter()
    with Server(None, cache, log, script) as server:
        server.wait_healthy(60)
        up = time.perf_counter() - start
        page.goto(server.url, timeout=60_000)
        page.wait_for_selector(FIRST_PAGE if script is None else TITLE, state="visible", timeout=60_000)
        drawn = time.perf_counter() - start
    context.close()
    return {"server_up": up, "first_page": drawn}


def cold_start(browser, runs: int, work: Path, log: Path) -> dict[str, list[dict[str, float]]]:
    """Fresh servers on the seeds: with an empty parse cache, then again with the cache it filled."""
    times: dict[str, list[dict[str, float]]] = {"empty cache": [], "warm cache": []}
    for run in range(runs):
        cache = work / "browser-cache-seeds"
        shutil.rmtree(cache, ignore_errors=True)
        for kind in times:
            times[kind].append(_start_once(browser, cache, log))
            t = times[kind][-1]
            progress(
                f"cold start {run + 1}/{runs}, {kind}: server up {t['server_up']:.2f}s, page {t['first_page']:.2f}s"
            )
    return times


BARE_PAGE = 'import streamlit as st\nst.title("A bare page")\n'


def beside_bare(browser, runs: int, work: Path, log: Path) -> list[dict[str, float]]:
    """The dashboard (warm parse cache) and a one-line Streamlit page, started and loaded the same way, in turn:
    the ratio of the two, run by run, holds when the machine's speed drifts."""
    bare = work / "bare_page.py"
    bare.parent.mkdir(parents=True, exist_ok=True)
    bare.write_text(BARE_PAGE, encoding="utf-8")
    cache = work / "browser-cache-seeds"
    _start_once(browser, cache, log)  # fills the parse cache, as a restart of the dashboard would find it
    pairs = []
    for run in range(runs):
        app, plain = (
            _start_once(browser, cache, log)["first_page"],
            _start_once(browser, cache, log, bare)["first_page"],
        )
        pairs.append({"dashboard": app, "bare": plain, "ratio": app / plain})
        progress(f"beside a bare page {run + 1}/{runs}: dashboard {app:.2f}s, bare {plain:.2f}s, {app / plain:.2f}×")
    return pairs


def memory_at(browser, n: int, folder: Path, page_timeout: float, log: Path) -> dict:
    context, page = _new_page(browser)
    result: dict = {"articles": n, "pages": {}}
    cache = log.parent / f"browser-cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    with Server(folder, cache, log) as server:
        start = time.perf_counter()
        server.wait_healthy(120)
        page.goto(server.url, timeout=60_000)
        progress(f"{n:,} articles: waiting for the first page (the server parses the corpus)…")
        page.wait_for_selector(FIRST_PAGE, state="visible", timeout=int(page_timeout * 1000) * 6)
        result["first_page_seconds"] = time.perf_counter() - start
        progress(f"{n:,} articles: first page after {result['first_page_seconds']:.1f}s")
        _settle(page, page_timeout)
        links = page.locator('[data-testid="stSidebarNav"] a')
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        for href in hrefs:
            name = urlsplit(href).path.strip("/") or "briefing"
            started = time.perf_counter()
            page.goto(href if href.startswith("http") else server.url + href.lstrip("/"), timeout=60_000)
            done = _settle(page, page_timeout)
            seconds = time.perf_counter() - started if done else math.inf
            memory = server.memory_mb()
            result["pages"][name] = {"seconds": seconds, **memory}
            drawn = f"drawn in {seconds:.1f}s" if done else f"not drawn after {page_timeout:.0f}s"
            progress(f"{n:,} articles, {name}: {drawn}, RSS {memory['VmRSS']:.0f} MB, peak {memory['VmHWM']:.0f} MB")
        result.update(server.memory_mb())
    context.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-runs", type=int, default=5, help="cold starts on the seeds (median reported)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000], help="corpus sizes for the memory figure")
    parser.add_argument("--page-timeout", type=float, default=600.0, help="seconds a page may take to draw")
    results_argument(parser)
    args = parser.parse_args(argv)

    log = args.work / "dashboard_browser.log"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            cold = cold_start(browser, args.cold_runs, args.work, log) if args.cold_runs else {}
            pairs = beside_bare(browser, args.cold_runs, args.work, log) if args.cold_runs else []
            memory = [memory_at(browser, n, corpus(n, args.work), args.page_timeout, log) for n in args.sizes]
        finally:
            browser.close()

    for kind, runs in cold.items():
        first = [t["first_page"] for t in runs]
        verdict = "meets" if median(first) < TARGET_COLD_START else "misses"
        print(f"\nCold start on the seeds ({kind}), command to first page drawn: median {median(first):.2f}s")
        print(f"(runs: {', '.join(f'{t:.2f}' for t in first)}), {verdict} the 5 s target;")
        print(f"of which the server answering its health check: median {median([t['server_up'] for t in runs]):.2f}s")
    if pairs:
        ratios = [p["ratio"] for p in pairs]
        print(
            f"\nDashboard beside a bare one-line Streamlit page, command to first page drawn: dashboard median "
            f"{median([p['dashboard'] for p in pairs]):.2f}s, bare {median([p['bare'] for p in pairs]):.2f}s; "
            f"ratio run by run median {median(ratios):.2f}× (min {min(ratios):.2f}, max {max(ratios):.2f})"
        )
    if memory:
        print("\nDashboard server memory after visiting every page")
        print_table(
            ("articles", "first page s", *memory[0]["pages"], "peak RSS MB"),
            [
                (
                    f"{m['articles']:,}",
                    f"{m['first_page_seconds']:.1f}",
                    *(
                        f"{p['seconds']:.1f}s" if math.isfinite(p["seconds"]) else "timed out"
                        for p in m["pages"].values()
                    ),
                    f"{m['VmHWM']:.0f}",
                )
                for m in memory
            ],
        )
        worst = max(m["VmHWM"] for m in memory)
        print(
            f"Peak resident memory {worst:.0f} MB: {'meets' if worst < TARGET_PEAK_MB else 'misses'} the 1.5 GB target"
        )
    write_results(
        args.results, "dashboard_browser", {"cold_start_seconds": cold, "beside_bare": pairs, "memory": memory}
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
