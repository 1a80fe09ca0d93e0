"""Hostile uploads in a real browser: nothing in an article runs, it reads as text, CSVs are inert,
uploads stay in memory, and both upload caps hold.

The crafted articles in tests/fixtures/hostile/ would set `window.__pwned` if any of their markup ran
(<script>, <img onerror>, <svg onload>, javascript: links, a saved news page's own scripts). After
uploading them, every page is visited in the same browser session (through the sidebar, since an
upload lives in its session only) and the marker is read in the page and in every frame.

Uses the server, browser and page fixtures of conftest.py. Skipped when /usr/bin/chromium is
missing, unless the environment variable CI is set (then failed).
"""

from __future__ import annotations

import csv
import io
import re
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from browser_helpers import REPO, settle
from playwright.sync_api import Error as PlaywrightError

from briefing.corpus import schema
from briefing.corpus.export import FORMULA_TRIGGERS
from briefing.parse.read import MAX_FILE_BYTES

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hostile"
NAV = ["Briefing", "Timeline", "Actor map", "Quotes", "Sources", "Data"]
SCRIPT_TITLE = "Council meets <script>window.__pwned=1</script> on Haiti [mission](javascript:window.__pwned=3)"

# In every frame: the marker, plus any element whose markup could still run something of ours.
PROBE = """() => {
    const live = [];
    for (const el of document.querySelectorAll('*')) {
        if (el.tagName === 'SCRIPT' && el.textContent.includes('__pwned')) live.push('script: ' + el.textContent);
        for (const attr of el.attributes) {
            const value = attr.value.trim().toLowerCase();
            if ((attr.name.startsWith('on') && value.includes('__pwned')) ||
                (['href', 'src', 'action', 'formaction'].includes(attr.name) && value.startsWith('javascript:')))
                live.push(el.tagName + ' ' + attr.name + '=' + attr.value);
        }
    }
    return {pwned: window.__pwned === undefined ? null : window.__pwned, live};
}"""


@pytest.fixture
def dialogs(page) -> list[str]:
    """alert()/confirm() a script might open: recorded and dismissed."""
    opened: list[str] = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    return opened


def assert_nothing_ran(tab, where: str) -> None:
    for frame in tab.frames:
        found = frame.evaluate(PROBE)
        assert found == {"pwned": None, "live": []}, (where, frame.url, found)


def upload(tab, server: str, files: list, expect: str = "uploaded article(s) in this session") -> None:
    """Files (paths or {name, mimeType, buffer} payloads) through the Sources page's uploader."""
    tab.goto(f"{server}/sources")
    settle(tab)
    payloads = [
        f if isinstance(f, dict) else {"name": Path(f).name, "mimeType": "text/plain", "buffer": Path(f).read_bytes()}
        for f in files
    ]
    tab.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(payloads)
    chips = tab.locator('[data-testid="stFileChip"]')
    deadline = time.monotonic() + 30
    while chips.count() < len(files) or tab.locator('[data-testid="stFileChipIconSpinner"]').count():
        assert time.monotonic() < deadline, "the uploads did not finish"
        time.sleep(0.2)
    tab.get_by_role("button", name="Add to corpus").click()
    tab.get_by_text(expect).first.wait_for(timeout=60000)
    settle(tab)


def go(tab, title: str) -> None:
    """Another page in the same session, as a user gets there: the sidebar's navigation."""
    tab.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).click()
    heading = "Haiti Briefing" if title == "Briefing" else title
    tab.locator("h1").filter(has_text=heading).first.wait_for(timeout=30000)
    settle(tab)


def main_text(tab) -> str:
    return tab.locator('[data-testid="stMain"]').inner_text()


def choose(tab, label: str, typed: str) -> None:
    """Pick an option of a st.selectbox by typing part of it."""
    box = tab.locator('[data-testid="stSelectbox"]').filter(has_text=label)
    box.locator("input").click()
    tab.keyboard.type(typed)
    tab.keyboard.press("Enter")
    settle(tab)


def hover_marks(tab, selector: str, limit: int = 40) -> int:
    """Hover chart marks so that plotly draws their hover text (article sentences) into the page; marks
    outside the view (a map opens on a region, so far points are clipped) cannot be hovered and are skipped."""
    marks = tab.locator(selector)
    view = tab.viewport_size or {"width": 0, "height": 0}
    hovered = 0
    for i in range(marks.count()):
        if hovered == limit:
            break
        box = marks.nth(i).bounding_box()
        if box is None or not (0 <= box["x"] + box["width"] / 2 <= view["width"]):
            continue
        marks.nth(i).scroll_into_view_if_needed(timeout=5000)
        try:
            marks.nth(i).hover(force=True, timeout=5000)
        except PlaywrightError:  # clipped inside its plot: outside the map's view
            continue
        hovered += 1
    return hovered


def test_no_script_from_an_article_runs_on_any_page(server, page, dialogs, outside_requests):
    upload(page, server, [str(FIXTURES / "script_injection.txt"), str(FIXTURES / "news_page.html")])
    assert_nothing_ran(page, "after upload")
    for title in NAV:
        go(page, title)
        if title == "Sources":
            choose(page, "Article", "Council meets")
        elif title == "Quotes":
            search = page.get_by_test_id("stTextInputField").and_(page.get_by_label("Search"))
            search.fill("policy")
            search.press("Enter")
            settle(page)
        elif title == "Timeline":
            assert hover_marks(page, ".js-plotly-plot g.scatterlayer path.point, .js-plotly-plot g.barlayer path") > 0
        elif title == "Actor map":
            hover_marks(page, ".js-plotly-plot g.scatterlayer path.point")
            choose(page, "Actor", "Jean Dupont")
        assert page.locator('[data-testid="stException"]').count() == 0, title
        assert_nothing_ran(page, title)
        text = main_text(page)
        if title == "Briefing":
            assert SCRIPT_TITLE in text  # the title as typed, in the list of source articles
        if title == "Sources":
            # Visible, literally: the body's markup, its entities as typed, the title and the source.
            for literal in (
                "<script>window.__pwned=1</script>",
                '<img src=x onerror="window.__pwned=2">',
                "[read more](javascript:window.__pwned=3)",
                "&lt;b&gt;bold&lt;/b&gt; &amp; &#60;script&#62; &#x3C;svg onload=window.__pwned=5&#x3E;",
                SCRIPT_TITLE,
                'Source: <img src=x onerror="window.__pwned=2"> Wire &amp; Co',
            ):
                assert literal in text, literal
        if title == "Quotes":
            assert "<script>window.__pwned=4</script> is not a policy" in text
    # The saved news page: its paragraphs are there, its scripts and navigation are not.
    go(page, "Sources")
    choose(page, "Article", "Kenya-led mission in Haiti asks")
    text = main_text(page)
    assert "Analysts wrote <script>window.__pwned=14</script> in a forum post" in text
    assert "injected by script" not in text and "We use cookies" not in text
    assert_nothing_ran(page, "news page")
    assert dialogs == []
    assert outside_requests == [], outside_requests  # the page's tracker script was never fetched


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _assert_inert(rows: list[list[str]], label: str) -> None:
    """No cell starts with = + - @ tab or CR, except a negative number."""
    for row in rows:
        for value in row:
            if value.startswith(FORMULA_TRIGGERS):
                float(value)  # only a number (a negative latitude) may start so; anything else raises
                assert value.startswith("-"), (label, value)


def _choose_table(tab, table: str) -> None:
    """The Data page's "Table" option for `table` (its label is the name and the row count)."""
    name = re.compile(rf"^{re.escape(table.capitalize())} \(")
    tab.get_by_role("radio", name=name).or_(tab.get_by_role("button", name=name)).first.click()
    settle(tab)
    tab.get_by_role("button", name=f"Download {table} (CSV)", exact=True).wait_for(timeout=30_000)


def _download(tab, label: str, attempts: int = 3) -> bytes:
    """Click a download button; on a loaded machine Streamlit's rerun can cancel the first fetch of the
    file (`Download.path: canceled`) or redraw the button under the click, as a user would see, so click
    again, a bounded number of times."""
    button = tab.get_by_role("button", name=label, exact=True)  # an Excel button sits beside each CSV/ZIP
    for attempt in range(attempts):
        try:
            with tab.expect_download(timeout=20_000) as info:
                button.click()
            return Path(info.value.path()).read_bytes()
        except PlaywrightError:  # the fetch was cancelled, or the click landed while the page redrew
            if attempt == attempts - 1:
                raise
            settle(tab)
    raise AssertionError("unreachable")


def test_downloaded_csvs_are_safe_to_open_in_a_spreadsheet(server, page):
    """The crafted article's title, source, quotations and sentences start with = + - @; so does a file name."""
    named = {"name": "=1+2.txt", "mimeType": "text/plain", "buffer": b"Kenya said on Tuesday it would stay in Haiti.\n"}
    upload(page, server, [str(FIXTURES / "formula_injection.txt"), named])
    go(page, "Data")
    seen = {}
    for table in schema.TABLES:
        _choose_table(page, table)  # the Data page draws one table, with its downloads, at a time
        rows = _cells(_download(page, f"Download {table} (CSV)"))
        assert rows[0] == schema.columns(table)
        _assert_inert(rows, table)
        seen[table] = rows
    titles = [dict(zip(seen["articles"][0], row, strict=True))["title"] for row in seen["articles"][1:]]
    assert '\'=HYPERLINK("http://example.invalid/steal","Haiti funding")' in titles
    paths = [dict(zip(seen["articles"][0], row, strict=True))["path"] for row in seen["articles"][1:]]
    assert "'=1+2.txt" in paths
    quotes = [dict(zip(seen["quotes"][0], row, strict=True))["text"] for row in seen["quotes"][1:]]
    assert {"'=1+2 is what we owe Haiti,", "'-5 million is the gap for the mission,"} <= set(quotes)
    with zipfile.ZipFile(io.BytesIO(_download(page, "Download ZIP snapshot"))) as archive:
        for name in archive.namelist():
            if name.endswith(".csv"):
                _assert_inert(_cells(archive.read(name)), name)
    go(page, "Quotes")
    _assert_inert(_cells(_download(page, "Download these quotes (CSV)")), "quotes page")


def test_files_skipped_panel_names_each_file_and_keeps_the_rest(server, page):
    def payload(name: str, data: bytes) -> dict:
        return {"name": name, "mimeType": "text/plain", "buffer": data}

    bad = {
        "binary_image.txt": "looks like a PNG image",
        "nul_bytes.md": "binary content (NUL bytes)",
        "empty.txt": "empty file",
        "only-front-matter.md": "no article text after front matter",
        "impossible-date.txt": "published: '2025-02-30' is not a valid date",
        "menu-only.html": "no article text found in HTML",
    }
    files = [
        str(FIXTURES / "binary_image.txt"),
        str(FIXTURES / "nul_bytes.md"),
        payload("empty.txt", b""),
        payload("only-front-matter.md", b"---\ntitle: Nothing below\n---\n"),
        payload("impossible-date.txt", b"---\npublished: 2025-02-30\n---\nKenya said it would stay.\n"),
        payload("menu-only.html", b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"),
        str(FIXTURES / "windows1252_curly_quotes.txt"),
        str(FIXTURES / "utf16_with_bom.txt"),
    ]
    upload(page, server, files)
    panel = page.locator('[data-testid="stExpander"]').filter(has_text="Files skipped")
    lines = [line for line in panel.inner_text().splitlines() if ": " in line]
    assert len(lines) == len(bad), lines
    for name, reason in bad.items():
        assert any(line.startswith(f"{name}: ") and reason in line for line in lines), (name, lines)
    text = main_text(page)
    assert "Kenya’s police – “we stay” in Haiti" in text and "Haiti mission update in UTF-16" in text


def test_streamlit_refuses_uploads_over_the_limit_before_the_app_sees_them(server, page):
    """server.maxUploadSize = 2 makes the browser refuse anything over 2,000,000 bytes, the app's own
    limit; the app's check of the same limit (for clients that skip the browser's) is in test_hostile.py."""
    files = [
        {"name": "just-over.txt", "mimeType": "text/plain", "buffer": b"x" * (MAX_FILE_BYTES + 1)},
        {"name": "three-mb.txt", "mimeType": "text/plain", "buffer": b"Kenya. " * 450_000},
    ]
    page.goto(f"{server}/sources")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(files)
    page.locator('[data-testid="stFileChipIconError"]').nth(1).wait_for(timeout=20000)
    uploader = page.locator('[data-testid="stFileUploader"]').inner_text()
    assert uploader.count("File must be 2.0MB or smaller.") == 2
    page.get_by_role("button", name="Add to corpus").click()
    settle(page)
    text = main_text(page)
    assert "uploaded article(s) in this session" not in text and "Files skipped" not in text
    assert page.locator('[data-testid="stException"]').count() == 0


def _tree() -> dict[str, tuple[int, int]]:
    skip = {".git", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache"}
    files = {}
    for path in REPO.rglob("*"):
        parts = path.relative_to(REPO).parts
        if path.is_file() and not skip & set(parts):
            files["/".join(parts)] = (path.stat().st_mtime_ns, path.stat().st_size)
    return files


def test_uploads_never_land_on_disk_or_in_static(server, page):
    """No file in the project (static/ included) appears or changes with the upload's name or bytes in
    it, and the server serves nothing of it. (Other work may touch the tree meanwhile: only files that
    appeared or changed are read.)"""
    marker = b"upload-marker-5be1d0"
    name = "kept-in-memory.txt"
    before = _tree()
    upload(page, server, [{"name": name, "mimeType": "text/plain", "buffer": marker + b"\nKenya said on Tuesday.\n"}])
    assert name in main_text(page)  # listed among this session's uploads: it arrived
    after = _tree()
    touched = [path for path, stamp in after.items() if before.get(path) != stamp]
    landed = [path for path in touched if Path(path).name == name or marker in (REPO / path).read_bytes()]
    assert landed == [], landed
    assert {p for p in after if p.startswith("static/")} == {p for p in before if p.startswith("static/")}
    for url in (f"{server}/app/static/{name}", f"{server}/static/{name}", f"{server}/{name}"):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                assert marker not in response.read(), url
        except urllib.error.HTTPError as error:
            assert error.code == 404, url
