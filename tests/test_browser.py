"""The dashboard in a real browser: headless Chromium against `streamlit run`, with the network cut off.

Every request whose host is not this machine is aborted and recorded (the fixtures are in conftest.py);
the tests assert the record stays empty, so a chart that needed a CDN (plotly's map files, a web font)
would fail here. Each page is saved as a screenshot in artifacts/screenshots/ for a person to look at.

Skipped when /usr/bin/chromium is missing, unless the environment variable CI is set (then failed).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from browser_helpers import grid_rows, screenshot, settle, url_of

PAGES = {
    "briefing": "",
    "timeline": "timeline",
    "actors": "actors",
    "quotes": "quotes",
    "sources": "sources",
    "data": "data",
}

pytestmark = pytest.mark.browser


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
    # the seed: 8 quotations and 5 reported (indirect) statements; the grid draws only the rows in view
    heading = page.locator('[data-testid="stMain"] h3').filter(has_text="quotes").first.inner_text()
    assert heading.startswith("13 quotes"), heading
    countries = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Countries")
    countries.locator("input").click()
    page.keyboard.type("Kenya")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("() => window.location.search.includes('country=KEN')", timeout=20000)
    settle(page)
    shown = grid_rows(page)
    assert 0 < len(shown) < 13
    assert all("Kenya" in row for row in shown)

    button = page.get_by_role("button", name="Download these quotes (CSV)")  # the Excel button sits beside it
    with page.expect_download() as download_info:
        button.click()
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
    assert len(grid_rows(page)) == 2  # the quotation and the reported speech that name Kenya
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


def _choose(page, label: str, typed: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def _chips(page, label: str) -> str:
    return (
        page.locator('[data-testid="stMultiSelect"]').filter(has=page.get_by_role("combobox", name=label)).inner_text()
    )


def test_typing_an_alias_and_enter_chooses_that_value_alone(server, page, outside_requests):
    """'OAS' and Enter once chose three organizations (those whose names hold o, a, s in order)."""
    page.goto(f"{server}/actors")
    settle(page)
    _choose(page, "Organizations", "OAS")
    page.wait_for_function("() => window.location.search.includes('org=')", timeout=20000)
    settle(page)
    query = page.evaluate("() => new URLSearchParams(window.location.search).getAll('org')")
    assert query == ["Organization of American States"]
    assert "OAS (" in _chips(page, "Organizations")
    # A value chosen earlier stays chosen when another facet changes its count (its label).
    _choose(page, "Countries", "Haiti")
    page.wait_for_function("() => window.location.search.includes('country=HTI')", timeout=20000)
    settle(page)
    _choose(page, "Countries", "United States")
    page.wait_for_function("() => window.location.search.includes('country=USA')", timeout=20000)
    settle(page)
    query = "new URLSearchParams(window.location.search)"
    params = page.evaluate(f"() => Object.fromEntries(['org', 'country'].map(k => [k, {query}.getAll(k)]))")
    assert params == {"org": ["Organization of American States"], "country": ["HTI", "USA"]}
    assert "Haiti (" in _chips(page, "Countries") and "United States" in _chips(page, "Countries")
    assert outside_requests == []


def test_data_page_downloads_the_view_as_a_sqlite_database(server, page, outside_requests):
    """The button beside the Excel one gives, when clicked, the view's rows as a database named like the snapshot."""
    page.goto(f"{server}/data?country=KEN")
    settle(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="SQLite database").click()
    download = download_info.value
    name = download.suggested_filename
    assert name.startswith("haiti-briefing_") and "_country-KEN_asof-" in name and name.endswith(".sqlite")
    db = sqlite3.connect(download.path())
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert dict(db.execute("SELECT key, value FROM about"))["view"].startswith("rows mentioning Kenya")
    quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert 0 < quotes < 13  # the seeds' quotes that mention Kenya, not all of them
    mentioning = db.execute("SELECT count(DISTINCT quote_id) FROM quote_countries WHERE country = 'KEN'").fetchone()
    assert mentioning == (quotes,)
    db.close()
    assert outside_requests == []
