"""The Sources page's uploader under AppTest: what it opens, what it says and for how long, and uploads
that take too long. Parsing happens in child processes (`corpus.timed`); the misbehaving parsers that
stand in for the real one are in upload_parsers.py, which the children import by name. That another
session runs meanwhile is tested in test_timed.py: two AppTests cannot run at once in one process.
"""

from __future__ import annotations

import re
from pathlib import Path

import upload_parsers
from streamlit.testing.v1 import AppTest

from briefing.corpus import timed
from briefing.dashboard import state
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "streamlit_app.py")
SOURCES = next(spec.relative for spec in DASHBOARD_PAGES if spec.url_path == "sources")
TIMEOUT = 120


def sources(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page(SOURCES).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    """Files through the uploader and its "Add to corpus" button, as a user would."""
    at.file_uploader(key="upload_files").set_value([(name, data, "text/plain") for name, data in files])
    next(b for b in at.button if b.label == "Add to corpus").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def article(title: str, sentence: str) -> bytes:
    return f"---\ntitle: {title}\n---\n{sentence}\n".encode()


def article_id(at: AppTest, path: str) -> str:
    articles = at.session_state[state.CONTEXT_KEY].corpus["articles"]
    return articles.loc[articles["path"] == path, "article_id"].item()


def unescape(markdown: str) -> str:
    """What a reader sees of escaped markdown."""
    return re.sub(r"\\(.)", r"\1", markdown)


def seed_id(at: AppTest) -> str:
    articles = at.session_state[state.CONTEXT_KEY].corpus["articles"]
    return articles.loc[articles["path"].str.startswith("seeds/"), "article_id"].iloc[0]


def skipped_panel(at: AppTest) -> list[str]:
    panel = next(e for e in at.expander if e.label.startswith("Files skipped"))
    return [unescape(m.value).removeprefix("- ") for m in panel.markdown]


def messages(at: AppTest) -> str:
    return unescape(" ".join(e.value for kind in ("success", "info", "warning", "caption") for e in at.get(kind)))


# --------------------------------------------------------------------------- after an upload


def test_after_an_upload_sources_opens_the_new_article_and_confirms_until_the_next_action() -> None:
    at = sources()
    seed_choice = at.selectbox(key="source_article").value
    upload(
        at,
        [
            ("gonaives.txt", article("Upload opens 7b1e", "Haiti said on Tuesday the mission needs funding.")),
            ("second.txt", article("Second upload 7b1e", "Kenya said on Friday it would stay in Haiti.")),
        ],
    )
    opened = article_id(at, "gonaives.txt")
    assert opened != seed_choice
    assert at.selectbox(key="source_article").value == opened  # the first file's article, not the seed's
    assert next(s.value for s in at.subheader) == "Upload opens 7b1e"
    assert "Added: Upload opens 7b1e; Second upload 7b1e" in messages(at)
    assert "The first one is open above." in messages(at)

    at.selectbox(key="source_article").set_value(seed_choice).run()  # the next action
    assert not at.exception
    assert at.selectbox(key="source_article").value == seed_choice
    assert "Added:" not in messages(at)


def test_uploading_a_file_again_opens_it_and_says_it_was_there() -> None:
    data = article("Uploaded twice 9c40", "Canada said on Monday it would send advisers to Haiti.")
    at = upload(sources(), [("twice.txt", data)])
    first = article_id(at, "twice.txt")
    assert "Its article is open above." in messages(at)
    at.selectbox(key="source_article").set_value(seed_id(at)).run()
    upload(at, [("twice.txt", data)])
    assert at.selectbox(key="source_article").value == first
    assert "Already in the corpus (the same text): Uploaded twice 9c40" in messages(at)
    assert "Added:" not in messages(at)


def test_uploading_a_seeds_text_opens_the_seed_and_says_it_was_there() -> None:
    at = sources()
    seed = at.session_state[state.CONTEXT_KEY].corpus["articles"].iloc[0]
    other = article("Another upload 31f0", "Kenya said on Friday it would stay in Haiti.")
    upload(at, [("another.txt", other)])
    upload(at, [("copy-of-seed.txt", (REPO / seed["path"]).read_bytes())])
    assert at.selectbox(key="source_article").value == seed["article_id"]
    assert f"Already in the corpus (the same text): {seed['title']}" in messages(at)
    assert "Added:" not in messages(at)
    assert any(line.startswith("copy-of-seed.txt: same text as") for line in skipped_panel(at))


def test_an_upload_the_filter_hides_is_added_and_the_page_says_how_to_see_it() -> None:
    at = sources({"country": "KEN"})
    chosen = at.selectbox(key="source_article").value
    upload(at, [("canada.txt", article("No Kenya here 5d2a", "Canada said on Monday it would pay for the mission."))])
    assert "Added: No Kenya here 5d2a" in messages(at)
    assert "clear the filter to see it" in messages(at)
    assert at.selectbox(key="source_article").value == chosen


# --------------------------------------------------------------------------- time


def test_an_upload_that_parses_too_long_is_skipped_and_the_rest_load(monkeypatch) -> None:
    """A runaway parse is stopped at the time limit and named with its reason; the files uploaded with it
    still load."""
    monkeypatch.setenv(state.UPLOAD_SECONDS_ENV, "0.5")
    monkeypatch.setattr(state, "upload_parser", upload_parsers.endless)
    at = upload(
        sources(),
        [
            ("first.txt", b"Kenya said on Tuesday it would stay in Haiti. 51c2\n"),
            ("runaway.txt", b"endless: Haiti said on Monday the talks went on. 51c2\n"),
            ("last.txt", b"Canada said on Friday it would pay for the mission. 51c2\n"),
        ],
    )
    assert skipped_panel(at) == ["runaway.txt: took longer than 0.5 s to parse; skipped"]
    paths = set(at.session_state[state.CONTEXT_KEY].corpus["articles"]["path"])
    assert {"first.txt", "last.txt"} <= paths and "runaway.txt" not in paths


def test_the_time_limit_is_read_from_the_environment(monkeypatch) -> None:
    for value, seconds in [("", 60.0), ("2.5", 2.5), ("off", None), ("0", None), ("soon", 60.0), ("-3", 60.0)]:
        monkeypatch.setenv(state.UPLOAD_SECONDS_ENV, value)
        assert state.upload_seconds() == seconds, value
    monkeypatch.delenv(state.UPLOAD_SECONDS_ENV)
    assert state.upload_seconds() == timed.DEFAULT_SECONDS == 60.0
