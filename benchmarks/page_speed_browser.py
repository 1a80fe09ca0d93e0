"""Every page and every filter change in a real browser, beside a bare Streamlit page timed the same way.

For each corpus size (by default 1 and 1,000 synthetic articles) a dashboard server is started on a
warm parse cache, and a bare Streamlit script (a title, a multiselect, a text input and a segmented
control) is started beside it. In headless Chromium each page of the navigation is opened (its first
draw: from `goto` to the page having drawn its title and stopped running), then each filter change the
page offers is made as a user would (a country and an organization typed into the sidebar, a search,
a preset, the as-of date where the page has them) and timed to the end of the rerun. The bare page's
load and its widgets' reruns are timed in the same way, in turn with the dashboard's, so each ratio is
taken side by side on the same loaded machine. The target is 2x the bare page.

Uses Debian's /usr/bin/chromium through Playwright (no browser download); every request that does not
go to this machine is refused; every wait has a deadline.

Usage: python benchmarks/page_speed_browser.py [--sizes 1 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from urllib.parse import urlsplit

from common import corpus, median, print_table, progress, results_argument, write_results
from dashboard_browser import BUSY, CHROMIUM, CHROMIUM_ARGS, TITLE, Server, _new_page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

TARGET_RATIO = 2.0
BARE_WIDGETS = """import streamlit as st
st.title("A bare page")
st.multiselect("Countries", ["Haiti", "Kenya", "United States"], key="c")
st.text_input("Search", key="q")
st.segmented_control("Preset", ["All", "Funding"], key="p")
st.write(st.session_state.get("c"), st.session_state.get("q"), st.session_state.get("p"))
"""


def settled(page, timeout: float, calm: float = 0.4) -> float | None:
    """Wait for the title, then for the page to stop running; the moment it became calm (perf_counter), or
    None when it has not after `timeout` seconds. The calm window only confirms: it is not counted."""
    deadline = time.perf_counter() + timeout
    try:
        page.wait_for_selector(TITLE, state="visible", timeout=int(timeout * 1000))
    except PlaywrightError:
        return None
    calm_since = None
    while time.perf_counter() < deadline:
        if page.locator(BUSY).count() == 0:
            calm_since = calm_since or time.perf_counter()
            if time.perf_counter() - calm_since >= calm:
                return calm_since
        else:
            calm_since = None
        page.wait_for_timeout(30)
    return None


def _timed(page, action, timeout: float) -> float:
    started = time.perf_counter()
    action()
    page.wait_for_timeout(60)  # let the rerun start before watching for its end
    done = settled(page, timeout)
    return (done - started) if done is not None else math.inf


_COMBOBOX = 'input[role="combobox"][aria-label="{label}"]'


def _type_into_multiselect(page, label: str, text: str):
    def act() -> None:
        box = page.locator(_COMBOBOX.format(label=label)).first
        box.click()
        box.fill(text)
        box.press("Enter")
        page.keyboard.press("Escape")

    return act


_TEXT_INPUT = '[data-testid="stTextInput"] input[aria-label="{label}"]'


def _type_into_text(page, label: str, text: str):
    def act() -> None:
        box = page.locator(_TEXT_INPUT.format(label=label)).first
        box.fill(text)
        box.press("Enter")

    return act


def _option(page, words: str):
    pattern = re.compile(rf"\b{re.escape(words)}\b", re.IGNORECASE)
    return page.get_by_role("radio", name=pattern).or_(page.get_by_role("button", name=pattern))


def _choose(page, name: str):
    """A segmented control's option (its buttons are radios) or a plain button, by its words."""

    def act() -> None:
        _option(page, name).first.click()

    return act


def _changes(page, name: str) -> dict[str, object]:
    """The filter changes this page offers, by the widget's visible label (absent widgets are skipped)."""
    changes: dict[str, object] = {}
    sidebar = page.locator('[data-testid="stSidebar"]')
    if sidebar.locator(_COMBOBOX.format(label="Countries")).count():
        changes["country"] = _type_into_multiselect(page, "Countries", "Kenya")
    if sidebar.locator(_COMBOBOX.format(label="Organizations")).count():
        changes["organization"] = _type_into_multiselect(page, "Organizations", "OAS")
    if page.locator(_TEXT_INPUT.format(label="Search")).count():
        changes["search"] = _type_into_text(page, "Search", "mission")
    if _option(page, "Funding").count():
        changes["preset"] = _choose(page, "Funding")
    if _option(page, "Today").count():
        changes["as-of"] = _choose(page, "Today")
    return changes


def dashboard_pages(browser, server: Server, timeout: float) -> dict[str, dict[str, float]]:
    context, page = _new_page(browser)
    page.goto(server.url, timeout=120_000)
    settled(page, timeout)
    links = page.locator('[data-testid="stSidebarNav"] a')
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    times: dict[str, dict[str, float]] = {}
    for href in hrefs:
        name = urlsplit(href).path.strip("/") or "briefing"
        url = href if href.startswith("http") else server.url + href.lstrip("/")
        times[name] = {"first draw": _timed(page, lambda url=url: page.goto(url, timeout=120_000), timeout)}
        for change, action in _changes(page, name).items():
            times[name][change] = _timed(page, action, timeout)
    context.close()
    return times


def bare_page(browser, server: Server, timeout: float) -> dict[str, float]:
    context, page = _new_page(browser)
    page.goto(server.url, timeout=60_000)
    settled(page, timeout)
    times = {"first draw": _timed(page, lambda: page.goto(server.url, timeout=60_000), timeout)}
    times["country"] = _timed(page, _type_into_multiselect(page, "Countries", "Kenya"), timeout)
    times["search"] = _timed(page, _type_into_text(page, "Search", "mission"), timeout)
    times["preset"] = _timed(page, _choose(page, "Funding"), timeout)
    context.close()
    return times


def _bare_for(change: str) -> str:
    """The bare page's interaction a dashboard change is compared with (same kind of widget)."""
    return {"organization": "country", "as-of": "preset"}.get(change, change)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 1000], help="synthetic corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="alternating dashboard/bare runs (median reported)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a page or rerun may take")
    results_argument(parser)
    args = parser.parse_args(argv)

    log = args.work / "page_speed_browser.log"
    script = args.work / "bare_widgets.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE_WIDGETS, encoding="utf-8")
    results: dict[int, dict] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for n in args.sizes:
                folder = corpus(n, args.work)
                cache = args.work / f"page-speed-cache-{n}"
                app_runs, bare_runs = [], []
                with Server(folder, cache, log) as app, Server(None, cache, log, script) as bare:
                    app.wait_healthy(600)
                    bare.wait_healthy(120)
                    dashboard_pages(browser, app, args.timeout)  # warms the server's caches, as a user finds them
                    for run in range(args.runs):
                        app_runs.append(dashboard_pages(browser, app, args.timeout))
                        bare_runs.append(bare_page(browser, bare, args.timeout))
                        progress(f"{n:,} articles: run {run + 1}/{args.runs} done")
                pages = {
                    name: {change: median([r[name][change] for r in app_runs]) for change in app_runs[0][name]}
                    for name in app_runs[0]
                }
                plain = {change: median([r[change] for r in bare_runs]) for change in bare_runs[0]}
                results[n] = {"pages": pages, "bare": plain}
        finally:
            browser.close()

    for n, result in results.items():
        plain = result["bare"]
        print(f"\n{n:,} articles: median seconds, and the ratio to the bare page's same interaction")
        print(f"bare page: {', '.join(f'{k} {v:.2f}s' for k, v in plain.items())}")
        rows, worst = [], 0.0
        for name, changes in result["pages"].items():
            for change, seconds in changes.items():
                ratio = seconds / plain[_bare_for(change)]
                worst = max(worst, ratio)
                rows.append(
                    (name, change, f"{seconds:.2f}", f"{ratio:.2f}×", "meets" if ratio <= TARGET_RATIO else "misses")
                )
        print_table(("page", "interaction", "seconds", "vs bare", f"≤{TARGET_RATIO:.0f}×"), rows)
        print(f"worst ratio {worst:.2f}×")
    write_results(args.results, "page_speed_browser", {str(n): r for n, r in results.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
