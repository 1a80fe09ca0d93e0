"""The dashboard in a real browser: headless Chromium against `streamlit run`, with the network cut off.

Every request whose host is not this machine is aborted and recorded; the tests assert the record
stays empty, so a chart that needed a CDN (plotly's map files, a web font) would fail here. Each
page is saved as a screenshot in artifacts/screenshots/ for a person to look at.

Skipped when /usr/bin/chromium is missing, unless the environment variable CI is set (then failed).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
PAGES = {
    "briefing": "",
    "timeline": "timeline",
    "actors": "actors",
    "quotes": "quotes",
    "sources": "sources",
    "data": "data",
}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}

pytestmark = pytest.mark.browser


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing and CI is set: the browser tests must run")
        pytest.skip(f"{CHROMIUM} is missing")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _is_outside(url: str) -> bool:
    if not url.startswith(("http:", "https:", "ws:", "wss:")):
        return False  # data:, blob:, about:
    return (urlsplit(url).hostname or "") not in LOCAL_HOSTS


@pytest.fixture(scope="session")
def server():
    _require_chromium()
    port = _free_port()
    log = REPO / "artifacts"
    log.mkdir(exist_ok=True)
    out = open(log / "streamlit-test-server.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "streamlit_app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=REPO,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"streamlit exited with {process.returncode}; see artifacts/streamlit-test-server.log")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("streamlit did not become healthy in 90 s")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        out.close()


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def outside_requests() -> list[str]:
    return []


@pytest.fixture
def page(browser, outside_requests):
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    # Cut the network: anything not on this machine is recorded and aborted.
    context.route(_is_outside, lambda route: (outside_requests.append(route.request.url), route.abort()))
    tab = context.new_page()
    tab.on("request", lambda request: outside_requests.append(request.url) if _is_outside(request.url) else None)
    tab.on("websocket", lambda ws: outside_requests.append(ws.url) if _is_outside(ws.url) else None)
    yield tab
    context.close()


def settle(tab, timeout: float = 45) -> None:
    """Wait until the script has run and every lazily loaded element (charts, tables) is drawn."""
    tab.wait_for_selector("h1", timeout=timeout * 1000)
    end = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < end:
        busy = tab.locator('[data-testid="stSkeleton"], [data-testid*="keleton"]').count()
        running = tab.locator('[data-testid="stStatusWidget"]').count()
        quiet = quiet + 1 if not busy and not running else 0
        if quiet >= 3:
            return
        time.sleep(0.5)
    raise AssertionError("the page did not settle")


def url_of(tab) -> str:
    return tab.evaluate("() => window.location.href")


def grid_rows(tab, nth: int = 0) -> list[str]:
    """The text of each body row of a st.dataframe (its accessible grid mirrors the canvas)."""
    grid = tab.locator('[data-testid="stDataFrame"]').nth(nth)
    rows = grid.locator('[role="row"]')
    return [rows.nth(i).inner_text() for i in range(1, rows.count())]


def screenshot(tab, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so the viewport is made tall enough."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = tab.evaluate(
        '() => Math.max(...Array.from(document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stMainBlockContainer"]\')).map(e => e.scrollHeight), 1000)'
    )
    tab.set_viewport_size({"width": 1440, "height": min(int(height) + 80, 6000)})
    time.sleep(1.5)  # plotly redraws on resize
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
    tab.set_viewport_size({"width": 1440, "height": 1000})


@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_offline(server, page, outside_requests, name):
    page.goto(f"{server}/{PAGES[name]}")
    settle(page)
    assert page.locator('[data-testid="stException"], .stException').count() == 0
    plots = page.locator(".js-plotly-plot")
    if name == "timeline":
        assert plots.count() == 1
        assert plots.first.locator("g.barlayer path, g.scatterlayer path.point").count() >= 5
    if name == "actors":
        assert plots.count() == 2
        # The geographic map is drawn from the app's own files: countries and their shading are there.
        geo = plots.nth(1)
        geo.locator("path.choroplethlocation").first.wait_for(timeout=20000)
        assert geo.locator("path.choroplethlocation").count() >= 5
        assert geo.locator(".countries path, .layer.countries path").count() >= 1
        assert geo.locator(".land path, .layer.land path").count() >= 1
    screenshot(page, name)
    assert outside_requests == [], f"requests left the machine: {outside_requests}"


def test_sidebar_filter_changes_quotes_and_csv_matches_screen(server, page, outside_requests):
    page.goto(f"{server}/quotes")
    settle(page)
    everything = grid_rows(page)
    assert len(everything) == 8
    countries = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Countries")
    countries.locator("input").click()
    page.keyboard.type("Kenya")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("() => window.location.search.includes('country=KEN')", timeout=20000)
    settle(page)
    shown = grid_rows(page)
    assert 0 < len(shown) < len(everything)
    assert all("Kenya" in row for row in shown)

    button = page.locator('[data-testid="stDownloadButton"]').filter(has_text="Download these quotes")
    with page.expect_download() as download_info:
        button.locator("button").click()
    download = download_info.value
    assert download.suggested_filename.startswith("quotes_") and "country-KEN" in download.suggested_filename
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == len(shown)
    for row, line in zip(rows, shown, strict=True):
        assert row["text"][:40] in line.replace("\n", " ").replace("\t", " ") or row["speaker"] in line
    assert outside_requests == []


def test_search_narrows_the_quote_table(server, page):
    page.goto(f"{server}/quotes")
    settle(page)
    search = page.get_by_test_id("stTextInputField").and_(page.get_by_label("Search"))
    search.fill("catastrophe")
    search.press("Enter")
    settle(page)
    rows = grid_rows(page)
    assert len(rows) == 1 and "catastrophe" in rows[0]
    assert page.locator("mark.hl-match").count() >= 1


def test_link_reopens_the_same_view_on_another_page(server, page, outside_requests):
    page.goto(f"{server}/timeline?country=KEN&kind=deadline")
    settle(page)
    rows = grid_rows(page)
    assert len(rows) == 1 and "deadline" in rows[0]
    # Moving to another page through the sidebar keeps the filter, in the widgets and in the URL.
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Quotes").click()
    page.wait_for_function("() => window.location.pathname.endsWith('/quotes')", timeout=20000)
    settle(page)
    page.wait_for_function("() => window.location.search.includes('country=KEN')", timeout=20000)
    assert len(grid_rows(page)) == 1
    assert "country=KEN" in url_of(page)
    assert outside_requests == []


def test_upload_adds_an_article_and_reports_a_bad_file(server, page, tmp_path):
    good = tmp_path / "extra.txt"
    good.write_text(
        "---\ntitle: Council extends the mission\nsource: Test Wire\npublished: 2025-07-01\n---\n"
        "The Security Council voted on Monday to extend the Multinational Security Support Mission.\n"
        "“We will not abandon Haiti,” the ambassador said.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7 not an article")
    page.goto(f"{server}/sources")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Add to corpus").click()
    page.get_by_text("Files skipped").wait_for(timeout=30000)
    settle(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "scan.txt" in body and "PDF" in body
    assert "Council extends the mission" in body
