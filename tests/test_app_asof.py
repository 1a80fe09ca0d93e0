"""The as-of date in the running dashboard (AppTest): its URL parameter both ways, its default (the newest
article's publication), and what changes with it — the next deadline, days to go, statuses, the
funding decisions' order and the latest developments."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_asof import DESK, write_desk

from briefing.dashboard import asof_widget, state
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "streamlit_app.py")
PAGES = {spec.url_path: spec.relative for spec in DASHBOARD_PAGES}


def start(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def text(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*at.caption, *at.markdown])


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")  # markdown escapes, undone for reading


def param(at: AppTest) -> list[str]:
    value = at.query_params.get("asof")
    return [value] if isinstance(value, str) else list(value or [])


def basis(at: AppTest):
    """The as-of choice (a segmented control: AppTest knows it as a button group)."""
    return next(group for group in at.get("button_group") if group.key == asof_widget.BASIS_KEY)


def choose_day(at: AppTest, day: dt.date) -> AppTest:
    basis(at).set_value("date")
    rerun(at)
    at.date_input(key=asof_widget.DAY_KEY).set_value(day)
    return rerun(at)
    rerun(at)


@pytest.fixture
def desk(tmp_path, monkeypatch) -> AppTest:
    """The dashboard on two invented articles: a desk of funding decisions (10 Jan 2026), a later one (20 Feb)."""
    monkeypatch.setenv(state.SEEDS_ENV, str(write_desk(tmp_path)))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    monkeypatch.setenv(state.WORKERS_ENV, "1")
    return start()


def test_as_of_from_the_url_and_back_to_it():
    at = start({"asof": "2025-08-01"})
    assert basis(at).value == "date"
    assert at.date_input(key=asof_widget.DAY_KEY).value == dt.date(2025, 8, 1)
    assert param(at) == ["2025-08-01"]
    assert "as of 1 Aug 2025" in text(at)
    at.date_input(key=asof_widget.DAY_KEY).set_value(dt.date(2025, 9, 2))
    rerun(at)
    assert param(at) == ["2025-09-02"]
    basis(at).set_value("today")
    rerun(at)
    assert param(at) == ["today"]
    assert f"as of {dt.date.today().day} {dt.date.today():%b %Y} (today)" in text(at)
    basis(at).set_value("newest")
    rerun(at)
    assert param(at) == [], "the default needs no parameter"
    assert basis(start({"asof": "today"})).value == "today"


def test_the_default_is_the_newest_articles_publication(desk):
    assert basis(desk).value == "newest" and param(desk) == []
    shown = markdown(desk)
    assert "15 Mar 2026" in shown and "23 days to go" in shown  # from 20 Feb 2026, the newest article
    assert "22 days to go" not in shown  # not 1 Feb counted from its own article of 10 Jan
    assert "as of 20 Feb 2026, the newest article's date" in text(desk)


def test_seed_default_counts_from_its_publication():
    at = start()
    assert "11 days to go" in markdown(at) and "as of 21 May 2025" in text(at)


def test_changing_the_as_of_date_changes_the_deadline_and_statuses(desk):
    choose_day(desk, dt.date(2026, 1, 10))
    shown = markdown(desk)
    assert "#### 1 Feb 2026" in shown and "22 days to go" in shown
    choose_day(desk, dt.date(2026, 4, 1))
    shown = markdown(desk)
    assert "#### Dec 2026" in shown and "274 days to go" in shown
    rows = table_on_timeline(desk)
    assert rows["15 Mar 2026"] == "past" and rows["30 Jun 2026"] == "upcoming"
    choose_day(desk, dt.date(2026, 1, 10))
    assert table_on_timeline(desk)["15 Mar 2026"] == "upcoming"


def table_on_timeline(at: AppTest) -> dict[str, str]:
    at.switch_page(PAGES["timeline"])
    rerun(at)
    grid = next(df.value for df in at.dataframe if "What" in df.value.columns)
    assert "as of" in text(at)
    statuses = dict(zip(grid["When"], grid["Status"], strict=True))
    at.switch_page(PAGES["briefing"])
    rerun(at)
    return statuses


def _block(at: AppTest, heading: str) -> str:
    """The markdown list under one of the Briefing's two list headings."""
    assert heading in [s.value for s in at.subheader]
    blocks = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("- **")]
    return blocks[["Funding decisions", "Latest developments"].index(heading)]


def _listed(at: AppTest, heading: str) -> list[str]:
    """The bold dates of the list under a heading, in order."""
    return re.findall(r"^- \*\*([^*]+)\*\*", _block(at, heading), flags=re.M)


def test_funding_decisions_upcoming_nearest_first_then_most_recent_once_each(desk):
    choose_day(desk, dt.date(2026, 1, 10))
    upcoming, past = ["1 Feb 2026", "15 Mar 2026", "30 Jun 2026"], ["5 Jan 2026", "1 Dec 2025"]
    assert _listed(desk, "Funding decisions") == upcoming + past
    shown = markdown(desk)
    # once in the funding list, though the sentence gives two dates (the card and "New since" show it too)
    assert _block(desk, "Funding decisions").count("has until February 1, 2026") == 1
    assert "has until February 1, 2026" in shown.split("\n- **")[0]  # the deadline card
    assert "(upcoming; also Dec 2026)" in shown
    assert "report warned" not in _block(desk, "Funding decisions")  # news about funding, not a decision
    assert "report warned" in _block(desk, "Latest developments")


def test_the_seed_lists_its_two_date_sentence_once():
    at = start()
    funding = _listed(at, "Funding decisions")
    assert funding == ["1 Jun 2025"]
    assert "(upcoming; also Mar 2026)" in markdown(at)


def test_latest_developments_newest_first_before_the_as_of_date(desk):
    assert _listed(desk, "Latest developments")[:4] == ["18 Feb 2026", "1 Feb 2026", "8 Jan 2026", "5 Jan 2026"]
    choose_day(desk, dt.date(2026, 1, 10))
    assert _listed(desk, "Latest developments") == ["8 Jan 2026", "5 Jan 2026", "1 Dec 2025"]


@pytest.mark.parametrize(
    ("given", "day", "shown"),
    [("0900-01-01", dt.date(1900, 1, 1), "days to go"), ("9999-12-31", dt.date(2199, 12, 31), "No deadline falls due")],
)
def test_a_far_as_of_date_in_the_url_is_clamped_not_an_error(given, day, shown):
    at = start({"asof": given})
    assert at.date_input(key=asof_widget.DAY_KEY).value == day
    assert shown in text(at) + "\n".join(i.value for i in at.info)


def test_uploading_a_newer_article_moves_the_default_as_of_date_and_the_deadline():
    at = start()
    assert "11 days to go" in markdown(at)
    at.switch_page(PAGES["sources"])
    rerun(at)
    at.file_uploader(key="upload_files").set_value([("desk.txt", DESK.encode("utf-8"), "text/plain")])
    next(b for b in at.button if b.label == "Add to corpus").click()
    rerun(at)
    for _ in range(30):  # an upload may be parsed off the script thread: rerun until it has landed
        if len(at.session_state[state.CONTEXT_KEY].corpus["articles"]) == 2:
            break
        time.sleep(0.5)
        rerun(at)
    at.switch_page(PAGES["briefing"])
    rerun(at)
    shown = markdown(at)
    assert "#### 1 Feb 2026" in shown and "22 days to go" in shown
    assert "as of 10 Jan 2026, the newest article's date" in text(at)
