"""Developments in the running dashboard (AppTest), on the real pipeline: the Timeline's switch between
developments and every report (and its URL parameter), a development's detail with every report's
sentence, and the Briefing's "New since" list. They need the clustering (`briefing.corpus.developments`)
and skip until it is there."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_asof import write_desk

from briefing.dashboard import asof_widget, state
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.present.highlight import escape_markdown

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "streamlit_app.py")
PAGES = {spec.url_path: spec.relative for spec in DASHBOARD_PAGES}
MARKS_KEY = "timeline_marks"


@pytest.fixture(autouse=True)
def _clustering():
    pytest.importorskip("briefing.corpus.developments", reason="the developments clustering has not landed")


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def desk(tmp_path, monkeypatch) -> AppTest:
    """The dashboard on the two invented desk articles (10 Jan 2026 and 20 Feb 2026)."""
    monkeypatch.setenv(state.SEEDS_ENV, str(write_desk(tmp_path)))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    monkeypatch.setenv(state.WORKERS_ENV, "1")
    return run(AppTest.from_file(APP, default_timeout=120))


def timeline(at: AppTest) -> AppTest:
    at.switch_page(PAGES["timeline"])
    return run(at)


def grid(at: AppTest):
    return next(df.value for df in at.dataframe if "What" in df.value.columns)


def captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


def marks(at: AppTest):
    return next(group for group in at.get("button_group") if group.key == MARKS_KEY)


def test_the_timeline_shows_developments_and_switches_to_every_report(desk):
    timeline(desk)
    assert marks(desk).value == "developments" and "marks" not in desk.query_params
    assert "Developments, one mark per real-world event" in captions(desk)
    developments = grid(desk)
    assert {"Sources", "Reports", "Conflict"} <= set(developments.columns)
    marks(desk).set_value("reports")
    run(desk)
    assert "Every report" in captions(desk)
    assert desk.query_params.get("marks") in ("reports", ["reports"])
    reports = grid(desk)
    assert "As written" in reports.columns and "Sources" not in reports.columns
    assert int(developments["Reports"].sum()) == len(reports)  # every report in exactly one development
    assert len(developments) <= len(reports)
    marks(desk).set_value("developments")
    run(desk)
    assert "marks" not in desk.query_params


def test_a_link_opens_the_timeline_on_every_report(tmp_path, monkeypatch):
    monkeypatch.setenv(state.SEEDS_ENV, str(write_desk(tmp_path)))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    at = run(AppTest.from_file(APP, default_timeout=120))
    at.query_params["marks"] = "reports"  # as a link to the Timeline carries it
    timeline(at)
    assert marks(at).value == "reports" and "As written" in grid(at).columns


def test_a_selected_development_shows_every_reports_sentence(desk):
    timeline(desk)
    desk.session_state["timeline_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    run(desk)
    ctx = desk.session_state[state.CONTEXT_KEY]
    chosen = grid(desk).iloc[1]
    developments = ctx.corpus["developments"]
    development = developments[developments["summary"] == chosen["What"]].iloc[0]
    events = ctx.corpus["events"]
    sentences = events.loc[events["development_id"] == development["development_id"], "sentence"]
    quoted = [m.value for m in desk.markdown if m.value.startswith("> ")]
    assert len(quoted) == int(development["reports"]) == len(sentences)
    for sentence in sentences:
        assert any(escape_markdown(sentence) in block for block in quoted)
    assert "Every report of it in the corpus follows" in captions(desk)


def _new_since(at: AppTest) -> tuple[str, str]:
    """The "New since" heading and its list (empty when it lists nothing)."""
    heading = next(s.value for s in at.subheader if s.value.startswith("New since"))
    blocks = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("- **")]
    blocks = [b for b in blocks if "(first reported" in b]
    return heading, blocks[0] if blocks else ""


def test_the_briefing_lists_what_is_new_in_the_week_up_to_the_as_of_date(desk):
    heading, listed = _new_since(desk)
    assert heading == "New since 13 Feb 2026"  # as of 20 Feb, the newest article's date
    assert "14 Feb 2026 – 20 Feb 2026" in captions(desk)
    assert "Officers patrolled" in listed and "first reported 20 Feb 2026" in listed
    assert "first reported 10 Jan 2026" not in listed  # the desk article is six weeks old
    asof_basis = next(g for g in desk.get("button_group") if g.key == asof_widget.BASIS_KEY)
    asof_basis.set_value("date")
    run(desk)
    desk.date_input(key=asof_widget.DAY_KEY).set_value(dt.date(2026, 1, 16))
    run(desk)
    heading, listed = _new_since(desk)
    assert heading == "New since 9 Jan 2026"
    assert "first reported 10 Jan 2026" in listed and "Officers patrolled" not in listed
    assert re.search(r"has until February 1, 2026", listed)
    desk.date_input(key=asof_widget.DAY_KEY).set_value(dt.date(2026, 1, 17))
    run(desk)
    heading, listed = _new_since(desk)
    assert heading == "New since 10 Jan 2026" and listed == ""
    assert "No development was first reported" in " ".join(i.value for i in desk.info)


def test_a_briefing_line_opens_every_report_of_its_development(desk):
    picker = desk.selectbox(key="briefing_detail")
    assert picker.value is None and not [m for m in desk.markdown if m.value.startswith("> ")]
    ctx = desk.session_state[state.CONTEXT_KEY]
    developments = ctx.corpus["developments"].set_index("development_id")
    events = ctx.corpus["events"]
    listed = [m.value.replace("\\", "") for m in desk.markdown if m.value.startswith("- **")]
    chosen = picker.options[0].split(" — ", 1)[1].rstrip("…")
    development_id = next(d for d, row in developments.iterrows() if row["summary"].startswith(chosen))
    assert any(developments.loc[development_id, "summary"][:40] in line for line in listed)  # a listed line
    picker.set_value(development_id)
    run(desk)
    assert desk.selectbox(key="briefing_detail").value == development_id
    quoted = [m.value for m in desk.markdown if m.value.startswith("> ")]
    sentences = events.loc[events["development_id"] == development_id, "sentence"]
    assert len(quoted) == len(sentences) == int(developments.loc[development_id, "reports"])
    for sentence in sentences:
        assert any(escape_markdown(sentence) in block for block in quoted)
