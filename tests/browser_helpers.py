"""Helpers for the real-browser tests: Chromium's path and flags, the offline check, waiting for a page.

The fixtures that use them (a `streamlit run` server, one Chromium, a page per test) are in conftest.py.
"""

from __future__ import annotations

import os
import time
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
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def require_chromium() -> None:
    """Skip without Chromium, unless CI is set: then its absence is a failure."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing and CI is set: the browser tests must run")
        pytest.skip(f"{CHROMIUM} is missing")


def is_outside(url: str) -> bool:
    if not url.startswith(("http:", "https:", "ws:", "wss:")):
        return False  # data:, blob:, about:
    return (urlsplit(url).hostname or "") not in LOCAL_HOSTS


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
