"""Shared fixtures for the real-browser tests: one `streamlit run` server and one headless Chromium
for the whole run, and a fresh browser context (its own Streamlit session) per test.

Every request whose host is not this machine is aborted and recorded in `outside_requests`, so a
test can assert that the dashboard never reached the network. Without /usr/bin/chromium these
fixtures skip, unless the environment variable CI is set (then they fail).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from browser_helpers import CHROMIUM, CHROMIUM_ARGS, REPO, is_outside, require_chromium


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    require_chromium()
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
    require_chromium()
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
    context.route(is_outside, lambda route: (outside_requests.append(route.request.url), route.abort()))
    tab = context.new_page()
    tab.on("request", lambda request: outside_requests.append(request.url) if is_outside(request.url) else None)
    tab.on("websocket", lambda ws: outside_requests.append(ws.url) if is_outside(ws.url) else None)
    yield tab
    context.close()
