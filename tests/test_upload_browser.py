"""An upload in a real browser (headless Chromium against `streamlit run`): the Sources page opens the new
article, and the confirmation is still on screen after the page has settled, until the next click.

The server's upload parser runs in child processes of the real server, which AppTest cannot show: this
is where the app script is `__main__` and must not be run again by a child.
"""

from __future__ import annotations

import pytest
from browser_helpers import REPO, settle

pytestmark = pytest.mark.browser
SEED = min((REPO / "seeds").glob("*.txt"))


def test_an_upload_opens_its_article_and_the_confirmation_stays_until_the_next_click(server, page, tmp_path):
    upload = tmp_path / "opened.txt"
    upload.write_text(
        "---\ntitle: The upload opens here 4e1a\nsource: Test Wire\npublished: 2025-07-01\n---\n"
        "Canada said on Monday it would send advisers to Haiti in March.\n",
        encoding="utf-8",
    )
    page.goto(f"{server}/sources")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(upload)])
    page.get_by_role("button", name="Add to corpus").click()
    page.get_by_text("Added: The upload opens here 4e1a").wait_for(timeout=60000)
    settle(page)
    main = page.locator('[data-testid="stMain"]')
    assert "Added: The upload opens here 4e1a" in main.inner_text()  # still there once the page settled
    article = main.get_by_role("combobox").first  # the "Article" select, the first on the page
    assert article.input_value() == "The upload opens here 4e1a"
    assert "The upload opens here 4e1a" in page.locator('[data-testid="stHeading"]').all_inner_texts()[1]

    # The next action: another article, picked by typing part of a seed's title.
    seed_title = next(line for line in SEED.read_text(encoding="utf-8").splitlines() if line.startswith("title: "))
    article.click()
    page.keyboard.type(seed_title.removeprefix("title: ")[:20])
    page.keyboard.press("Enter")
    settle(page)
    assert article.input_value() != "The upload opens here 4e1a"
    page.get_by_text("Added: The upload opens here 4e1a").wait_for(state="detached", timeout=30000)
