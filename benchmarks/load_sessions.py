"""Many dashboard sessions at once: each sees only its own uploads and filter, and the server keeps answering.

Starts `streamlit run streamlit_app.py` on loopback (or uses --url) and opens --sessions browser
sessions (default 20) at the same time: one headless Chromium, one browser context per session. Each
session opens the Quotes page with its own filter in the URL (a country and an event kind, a different
pair per session), uploads its own article on the Sources page (a unique token in its title and text)
and waits for the others to have uploaded too. Then it checks that:

- its filter is still its own: in the URL and in the sidebar's Countries and Event kinds widgets;
- its upload is listed on the Sources page and no other session's is, there or in the sidebar's
  Articles list (which names every article of the session's corpus, whatever the filter);
- its Quotes page shows its own quotation under its own filter.

Meanwhile a probe asks the server's health endpoint every quarter second. At the end a fresh session
opens the Briefing page, to show the server still serves a newcomer promptly.

Prints each session's timings (first page drawn, upload until listed, the checks, total), their median
and maximum, the probe's latencies, and exits 1 if any session saw another's upload or filter or ran
out of time. Everything has a deadline; the server this script starts is stopped by its process id.
Nothing leaves the machine: every request to another host is refused.

Usage: python benchmarks/load_sessions.py [--sessions 20] [--session-timeout 300] [--url http://127.0.0.1:8501]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from common import stop
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import async_playwright

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
BUSY = '[data-testid="stStatusWidget"], [data-testid*="keleton"]'  # "Running…" and placeholders
# Filter values present in the bundled seed article: 5 countries x 4 kind choices = 20 distinct filters.
COUNTRIES = {"HTI": "Haiti", "JAM": "Jamaica", "KEN": "Kenya", "TTO": "Trinidad and Tobago", "USA": "United States"}
KINDS = ["deadline", "funding", "hearing", ""]
PROBE_TIMEOUT = 10.0  # seconds the health probe waits for an answer before counting it as unanswered


@dataclass
class Session:
    index: int
    country: str
    kind: str
    token: str = field(default_factory=lambda: "tok" + secrets.token_hex(5))
    times: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def query(self) -> str:
        return f"country={self.country}" + (f"&kind={self.kind}" if self.kind else "")

    @property
    def title(self) -> str:
        return f"Load session {self.index:02d} {self.token}"

    def article(self) -> bytes:
        place = COUNTRIES[self.country]
        return (
            f"---\ntitle: {self.title}\nsource: Load Test Wire\npublished: 2025-05-21\n---\n"
            f"Officials in {place} said on Tuesday that the mission needs funding by June 30.\n"
            f"“We will decide on the {self.token} plan by June 30,” the foreign minister of {place} said.\n"
        ).encode()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _local(url: str) -> bool:
    if not url.startswith(("http:", "https:", "ws:", "wss:")):
        return True
    return (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost")


class Server:
    """`streamlit run streamlit_app.py` on a free loopback port, stopped (by its pid) on exit."""

    def __init__(self, log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        command = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(self.port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, cwd=REPO, stdout=log, stderr=log)
        deadline = time.monotonic() + 90
        while not _healthy(self.url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"the server did not start; see {self.log}")
            time.sleep(0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        stop(self.process)


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time used so far: by one process (user + system), or by the whole machine (all but idle)."""
    ticks = os.sysconf("SC_CLK_TCK")
    if pid is not None:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(values) - values[3] - values[4]) / ticks  # minus idle and iowait


def _healthy(url: str, timeout: float = 5) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


async def settle(page, timeout: float) -> None:
    """Until the page has a heading and has stopped running and drawing for half a second."""
    await page.wait_for_selector("h1", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    calm_since = None
    while time.monotonic() < deadline:
        if await page.locator(BUSY).count() == 0:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since >= 0.5:
                return
        else:
            calm_since = None
        await asyncio.sleep(0.1)
    raise TimeoutError("the page did not settle")


async def go(page, title: str, heading: str, timeout: float) -> None:
    """Another page in the same session, through the sidebar (a new URL would start a new session)."""
    await page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).click()
    await page.locator("h1").filter(has_text=heading).first.wait_for(timeout=timeout * 1000)
    await settle(page, timeout)


async def sidebar_options(page, label: str) -> str:
    """The options a sidebar multiselect offers (opened, read, closed)."""
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text=label)
    await box.locator("input").click()
    listbox = page.locator('[role="listbox"]')
    await listbox.first.wait_for(timeout=10_000)
    text = await listbox.first.inner_text()
    await page.keyboard.press("Escape")
    return text


async def run_session(
    browser, url: str, me: Session, everyone: list[Session], uploaded: asyncio.Event, arrived: list[int], timeout: float
) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.route(lambda u: not _local(u), lambda route: route.abort())
    page = await context.new_page()
    started = time.perf_counter()
    try:
        await page.goto(f"{url}/quotes?{me.query}", timeout=timeout * 1000)
        await settle(page, timeout)
        me.times["first page"] = time.perf_counter() - started

        mark = time.perf_counter()
        await go(page, "Sources", "Sources", timeout)
        await page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            [{"name": f"session-{me.index:02d}.txt", "mimeType": "text/plain", "buffer": me.article()}]
        )
        chips = page.locator('[data-testid="stFileChip"]')
        spinner = page.locator('[data-testid="stFileChipIconSpinner"]')
        while await chips.count() < 1 or await spinner.count():
            await asyncio.sleep(0.1)
        await page.get_by_role("button", name="Add to corpus").click()
        await page.get_by_text("uploaded article(s) in this session").first.wait_for(timeout=timeout * 1000)
        await settle(page, timeout)
        me.times["upload"] = time.perf_counter() - mark
    finally:
        arrived.append(me.index)
        if len(arrived) == len(everyone):
            uploaded.set()
    try:
        await asyncio.wait_for(uploaded.wait(), timeout)  # every session has its upload in before the checks
        mark = time.perf_counter()
        others = [s.token for s in everyone if s is not me]
        listed = await page.locator('[data-testid="stMain"]').inner_text()
        if me.token not in listed:
            me.problems.append("own upload not listed on Sources")
        articles = await sidebar_options(page, "Articles")
        if me.title not in articles:
            me.problems.append("own upload not among the sidebar's articles")
        leaked = [t for t in others if t in listed or t in articles]
        if leaked:
            me.problems.append(f"sees {len(leaked)} other session(s)' uploads: {leaked[:3]}")
        countries = await page.locator('[data-testid="stMultiSelect"]').filter(has_text="Countries").inner_text()
        kinds = await page.locator('[data-testid="stMultiSelect"]').filter(has_text="Event kinds").inner_text()
        shown = [code for code, name in COUNTRIES.items() if name in countries]
        if shown != [me.country]:
            me.problems.append(f"countries filter shows {shown}, not [{me.country}]")
        kind_shown = [k for k in KINDS if k and k in kinds]
        if kind_shown != ([me.kind] if me.kind else []):
            me.problems.append(f"kinds filter shows {kind_shown}, not {me.kind or 'none'}")
        query = urlsplit(page.url).query
        if f"country={me.country}" not in query or (me.kind and f"kind={me.kind}" not in query):
            me.problems.append(f"URL lost the filter: {query}")
        await go(page, "Quotes", "Quotes", timeout)
        # The quote table is drawn on a canvas: search for a token and read the quotation shown in context.
        search = page.get_by_test_id("stTextInputField").and_(page.get_by_label("Search"))
        await search.fill(me.token)
        await search.press("Enter")
        try:  # the quotation in context, the token highlighted
            await page.locator("mark.hl-match").filter(has_text=me.token).first.wait_for(timeout=timeout * 1000)
        except PlaywrightTimeout:
            me.problems.append("own quotation not found on the Quotes page under its own filter")
        other = others[me.index % len(others)] if others else None
        if other:
            await search.fill(other)
            await search.press("Enter")
            try:
                await page.get_by_text("No quotes match").first.wait_for(timeout=timeout * 1000)
            except PlaywrightTimeout:
                me.problems.append("searching another session's token did not say 'No quotes match'")
        me.times["checks"] = time.perf_counter() - mark
    finally:
        me.times["total"] = time.perf_counter() - started
        await context.close()


async def probe(url: str, stop: asyncio.Event, latencies: list[float]) -> None:
    while not stop.is_set():
        start = time.perf_counter()
        ok = await asyncio.to_thread(_healthy, url, PROBE_TIMEOUT)
        latencies.append(time.perf_counter() - start if ok else float("inf"))
        await asyncio.sleep(0.25)


async def newcomer(browser, url: str, timeout: float) -> float:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.route(lambda u: not _local(u), lambda route: route.abort())
    page = await context.new_page()
    start = time.perf_counter()
    await page.goto(url, timeout=timeout * 1000)
    await page.locator('[data-testid="stMetric"]').first.wait_for(timeout=timeout * 1000)
    seconds = time.perf_counter() - start
    await context.close()
    return seconds


async def run(url: str, count: int, timeout: float) -> tuple[list[Session], list[float], float, float]:
    filters = list(itertools.product(COUNTRIES, KINDS))
    sessions = [Session(i, *filters[i % len(filters)]) for i in range(count)]
    uploaded, arrived = asyncio.Event(), []
    stop, latencies = asyncio.Event(), []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            prober = asyncio.create_task(probe(url, stop, latencies))
            wall = time.perf_counter()
            outcomes = await asyncio.gather(
                *(
                    asyncio.wait_for(run_session(browser, url, s, sessions, uploaded, arrived, timeout), timeout * 3)
                    for s in sessions
                ),
                return_exceptions=True,
            )
            wall = time.perf_counter() - wall
            stop.set()
            await prober
            for session, outcome in zip(sessions, outcomes, strict=True):
                if isinstance(outcome, BaseException):
                    session.problems.append(f"failed: {type(outcome).__name__}: {str(outcome).splitlines()[0][:120]}")
            fresh = await newcomer(browser, url, timeout)
        finally:
            await browser.close()
    return sessions, latencies, wall, fresh


def _fmt(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent browser sessions (default 20)")
    parser.add_argument("--session-timeout", type=float, default=300.0, help="seconds any one step may take")
    parser.add_argument("--url", help="an already running dashboard (default: start one on a free port)")
    parser.add_argument("--log", type=Path, default=Path("/tmp/briefing-bench/load_sessions.log"))
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing", file=sys.stderr)
        return 2

    machine_before, server_cpu = cpu_seconds(), None
    if args.url:
        sessions, latencies, wall, fresh = asyncio.run(run(args.url.rstrip("/"), args.sessions, args.session_timeout))
    else:
        with Server(args.log) as server:
            server_before = cpu_seconds(server.process.pid)
            sessions, latencies, wall, fresh = asyncio.run(run(server.url, args.sessions, args.session_timeout))
            server_cpu = cpu_seconds(server.process.pid) - server_before
    machine_cpu = cpu_seconds() - machine_before

    steps = ["first page", "upload", "checks", "total"]
    print(f"{len(sessions)} concurrent sessions, one Chromium, loopback; wall time {wall:.1f}s")
    print("| session | filter | " + " | ".join(f"{s} s" for s in steps) + " | isolation |")
    print("|---|---|" + "---|" * len(steps) + "---|")
    for s in sessions:
        verdict = "ok" if not s.problems else "; ".join(s.problems)
        print(f"| {s.index:02d} | {s.query} | " + " | ".join(_fmt(s.times.get(k)) for k in steps) + f" | {verdict} |")
    for step in steps:
        values = [s.times[step] for s in sessions if step in s.times]
        if values:
            print(f"{step}: median {statistics.median(values):.2f}s, max {max(values):.2f}s (n={len(values)})")
    answered = [x for x in latencies if x != float("inf")]
    if answered:
        print(
            f"health probe during the load: {len(latencies)} requests, {len(latencies) - len(answered)} unanswered, "
            f"median {statistics.median(answered) * 1000:.0f} ms, max {max(answered) * 1000:.0f} ms"
        )
    print(f"a fresh session after the load: Briefing page drawn in {fresh:.2f}s")
    cores = len(os.sched_getaffinity(0))
    print(f"CPU used: {machine_cpu:.0f}s on this {cores}-core machine in all", end="")
    print(f", of which the Streamlit server {server_cpu:.0f}s (the rest: Chromium, this script)" if server_cpu else "")
    failed = [s for s in sessions if s.problems]
    print(
        "isolation: "
        + (
            "every session saw only its own upload and filter"
            if not failed
            else f"{len(failed)} session(s) with problems"
        )
    )
    return 1 if failed or len(answered) < len(latencies) else 0


if __name__ == "__main__":
    sys.exit(main())
