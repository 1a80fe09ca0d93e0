"""The as-of date and the Briefing's lists read on it (present layer, no Streamlit): the URL choice,
each event's status on a day, the next deadline, the funding decisions and the latest developments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus.build import parse_paths
from briefing.present import agenda, asof, charts, views
from briefing.present.asof import AsOf

REPO = Path(__file__).resolve().parents[1]

# An invented desk article: funding decisions before and after its publication, one sentence with
# two dates, a report that is news about funding but no decision, and a later article without any.
DESK = """---
title: Donors weigh the mission's money
source: Test Desk
published: 2026-01-10
---
PORT-AU-PRINCE, Haiti — Donors met again this week over the Multinational Security Support Mission.
The Security Council voted on January 5, 2026 to approve new funding for the Multinational Security Support Mission.
Kenya must decide by March 15, 2026 whether to renew its funding of the Multinational Security Support Mission.
Donors will decide on June 30, 2026 whether to extend funding for the Multinational Security Support Mission.
The Multinational Security Support Mission won approval of its budget in a vote on December 1, 2025.
A report warned on January 8, 2026 that money for the Multinational Security Support Mission is scarce.
The United States has until February 1, 2026 to decide whether to fund the Multinational Security Support Mission \
through December 2026.
"""
LATER = """---
title: Patrols resume in the capital
source: Test Desk
published: 2026-02-20
---
PORT-AU-PRINCE, Haiti — Officers patrolled the capital on February 18, 2026 after a week of calm.
"""


def write_desk(folder: Path) -> Path:
    """The two invented articles in `folder` (the AppTests read them as their seeds)."""
    (folder / "desk.txt").write_text(DESK, encoding="utf-8")
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return parse_paths([write_desk(tmp_path_factory.mktemp("desk"))]).tables


@pytest.fixture(scope="module")
def seed():
    return parse_paths([REPO / "seeds"]).tables


# --------------------------------------------------------------------------- the choice


@pytest.mark.parametrize(
    ("params", "choice"),
    [
        ({}, (asof.NEWEST, None)),
        ({"asof": "today"}, (asof.TODAY, None)),
        ({"asof": ["Today"]}, (asof.TODAY, None)),
        ({"asof": "2026-03-01"}, (asof.DAY, dt.date(2026, 3, 1))),
        ({"asof": "not a day"}, (asof.NEWEST, None)),
        ({"asof": ""}, (asof.NEWEST, None)),
        ({"asof": "0900-01-01"}, (asof.DAY, asof.EARLIEST)),
        ({"asof": "9999-12-31"}, (asof.DAY, asof.LATEST)),
    ],
)
def test_choice_from_query(params, choice):
    assert asof.choice_from_query(params) == choice


@pytest.mark.parametrize(
    "as_of", [AsOf(dt.date(2025, 5, 21)), AsOf(dt.date(2026, 12, 1), asof.TODAY), AsOf(dt.date(2026, 3, 1), asof.DAY)]
)
def test_the_url_round_trip(as_of, desk):
    basis, chosen = asof.choice_from_query(as_of.to_query())
    today = as_of.day if as_of.basis == asof.TODAY else dt.date(2030, 1, 1)
    articles = desk["articles"].assign(published=as_of.day.isoformat())
    assert asof.resolve(basis, chosen, articles, today) == as_of


def test_default_is_the_newest_publication_and_today_without_dates(desk):
    today = dt.date(2030, 1, 1)
    assert asof.resolve(asof.NEWEST, None, desk["articles"], today) == AsOf(dt.date(2026, 2, 20), asof.NEWEST)
    undated = desk["articles"].assign(published=None)
    assert asof.resolve(asof.NEWEST, None, undated, today) == AsOf(today, asof.TODAY)
    assert asof.resolve(asof.TODAY, None, desk["articles"], today).day == today
    assert asof.resolve(asof.DAY, dt.date(2025, 1, 2), desk["articles"], today).day == dt.date(2025, 1, 2)


def test_words_say_which_day_and_why():
    assert AsOf(dt.date(2025, 5, 21)).phrase == "as of 21 May 2025, the newest article's date"
    assert AsOf(dt.date(2026, 12, 1), asof.TODAY).phrase == "as of 1 Dec 2026 (today)"
    assert AsOf(dt.date(2026, 3, 1), asof.DAY).phrase == "as of 1 Mar 2026"
    assert AsOf(dt.date(2026, 3, 1), asof.DAY).slug == "asof-2026-03-01"
    assert AsOf(dt.date(2026, 3, 1)).to_query() == {}  # the default keeps old links as they were


# --------------------------------------------------------------------------- statuses


def test_statuses_follow_the_day_not_the_article(seed):
    events = seed["events"]
    by_text = dict(zip(events["date_text"], events.index, strict=False))
    june, march = by_text["June 1"], by_text["March 2026"]
    on = {day: asof.statuses(events, day) for day in (dt.date(2025, 5, 21), dt.date(2025, 8, 1))}
    assert on[dt.date(2025, 5, 21)][june] == "upcoming" and on[dt.date(2025, 8, 1)][june] == "past"
    assert on[dt.date(2025, 8, 1)][march] == "upcoming"
    assert asof.statuses(events, dt.date(2026, 3, 15))[march] == "current"  # the month under way
    assert asof.statuses(events, dt.date(2025, 6, 1))[june] == "current"  # the day itself
    stored = events["status"].copy()
    shown = asof.with_statuses(events, dt.date(2025, 8, 1))
    assert events["status"].equals(stored), "the stored table keeps its publication-relative status"
    assert shown.loc[june, "status"] == "past"


def test_an_event_without_a_period_keeps_its_stored_status(seed):
    events = seed["events"].assign(date_start=None, date_end=None)
    assert list(asof.statuses(events, dt.date(2030, 1, 1))) == list(events["status"])


def test_events_display_shows_statuses_as_of_the_day(seed):
    stored = views.events_display(seed["events"])
    later = views.events_display(seed["events"], as_of=dt.date(2025, 8, 1))
    june = stored.index[stored["As written"] == "June 1"][0]
    assert stored.loc[june, "Status"] == "upcoming" and later.loc[june, "Status"] == "past"


# --------------------------------------------------------------------------- the lists


def test_next_deadline_counts_from_the_as_of_day(seed, desk):
    first = agenda.next_deadline(seed["events"], seed["articles"], dt.date(2025, 5, 21))
    assert (first.when, first.date_text, first.days_to_go, first.as_of) == ("1 Jun 2025", "June 1", 11, "21 May 2025")
    later = agenda.next_deadline(seed["events"], seed["articles"], dt.date(2025, 8, 1))
    assert later.when == "Mar 2026" and later.day == dt.date(2026, 3, 31)  # a month falls due on its last day
    assert later.days_to_go == (dt.date(2026, 3, 31) - dt.date(2025, 8, 1)).days
    assert agenda.next_deadline(seed["events"], seed["articles"], dt.date(2026, 4, 1)) is None
    # Counted from the newest article, not from the deadline's own article (22 days from 10 Jan).
    newest = agenda.next_deadline(desk["events"], desk["articles"], dt.date(2026, 2, 20))
    assert (newest.when, newest.days_to_go) == ("15 Mar 2026", 23)
    assert agenda.next_deadline(desk["events"].iloc[0:0], desk["articles"], dt.date(2026, 1, 1)) is None


def test_funding_lines_upcoming_nearest_first_then_most_recent_one_line_a_sentence(desk):
    lines = agenda.funding_lines(desk["events"], desk["actors"], dt.date(2026, 1, 10))
    assert [(line.when, line.status) for line in lines] == [
        ("1 Feb 2026", "upcoming"),
        ("15 Mar 2026", "upcoming"),
        ("30 Jun 2026", "upcoming"),
        ("5 Jan 2026", "past"),
        ("1 Dec 2025", "past"),
    ]
    assert lines[0].also == ("Dec 2026",)  # the sentence with two dates, once
    assert not any("report warned" in line.summary for line in lines)  # news about funding, no decision
    later = agenda.funding_lines(desk["events"], desk["actors"], dt.date(2026, 4, 1))
    assert [line.when for line in later] == ["30 Jun 2026", "Dec 2026", "15 Mar 2026", "5 Jan 2026", "1 Dec 2025"]
    assert later[1].also == ("1 Feb 2026",)


def test_the_seed_sentence_with_two_dates_is_one_funding_line(seed):
    lines = agenda.funding_lines(seed["events"], seed["actors"], dt.date(2025, 5, 21))
    assert [(line.when, line.also) for line in lines] == [("1 Jun 2025", ("Mar 2026",))]
    summaries = [line.summary for line in lines]
    assert len(summaries) == len(set(summaries))


def test_latest_developments_newest_first_before_the_day(desk):
    lines = agenda.latest_developments(desk["events"], dt.date(2026, 1, 10))
    assert [line.when for line in lines] == ["8 Jan 2026", "5 Jan 2026", "1 Dec 2025"]
    assert all(line.status == "past" for line in lines)
    later = agenda.latest_developments(desk["events"], dt.date(2026, 2, 20), limit=3)
    assert [line.when for line in later] == ["18 Feb 2026", "1 Feb 2026", "8 Jan 2026"]
    assert agenda.latest_developments(desk["events"], dt.date(2020, 1, 1)) == []


def test_latest_developments_a_finer_date_before_a_coarser_one_ending_the_same_day(desk):
    events = desk["events"]
    year = events.iloc[[1]].assign(
        date_precision="year", date_start="2025-01-01", date_end="2025-12-31", sentence="x", summary="x"
    )
    day = events.iloc[[1]].assign(date_start="2025-12-31", date_end="2025-12-31", sentence="y", summary="y")
    lines = agenda.latest_developments(pd.concat([year, day]), dt.date(2026, 1, 1))
    assert [line.when for line in lines] == ["31 Dec 2025", "2025"]


# --------------------------------------------------------------------------- the timeline


def test_year_only_dates_are_a_band_of_their_own_not_a_january_spike(seed):
    events = seed["events"]
    year = events.assign(date_precision="year", date_start="2026-01-01", date_end="2026-12-31", date="2026")
    many = pd.concat([events] * 40 + [year] * 40, ignore_index=True)
    rows = charts.timeline_rows(many)
    months = charts.timeline_counts(rows)
    assert months[months["month"] == "2026-01-01"].empty, "no January spike from the year-only dates"
    years = charts.timeline_year_counts(rows)
    assert years["events"].sum() == 40 * len(events) and set(years["year"]) == {"2026-01-01"}
    fig = charts.timeline_figure(many, seed["articles"], as_of=dt.date(2025, 8, 1))
    assert sum(sum(trace.y) for trace in fig.data) == len(many)  # every event counted once
    assert {trace.yaxis for trace in fig.data} == {"y", "y2"}  # the year band and the months
    assert any(shape.x0 == "2025-08-01" for shape in fig.layout.shapes)


def test_timeline_marks_the_as_of_day(seed):
    fig = charts.timeline_figure(seed["events"], seed["articles"], as_of=dt.date(2025, 8, 1))
    assert any(shape.x0 == "2025-08-01" and shape.line.dash is None for shape in fig.layout.shapes)
    assert any("as of 1 Aug 2025" in (note.text or "") for note in fig.layout.annotations)
    lo, hi = fig.layout.xaxis.range
    assert lo < "2025-08-01" < hi


def test_funding_lines_ahead_are_ordered_by_when_they_fall_due(desk):
    """A decision due within the year (current, due 31 Dec) comes after one due next month."""
    events, actors = desk["events"], desk["actors"]
    decision = events[events["date_text"] == "March 15, 2026"]
    year = decision.assign(date_precision="year", date_start="2026-01-01", date_end="2026-12-31", sentence="y")
    lines = agenda.funding_lines(pd.concat([year, decision]), actors, dt.date(2026, 2, 1))
    assert [(line.when, line.status) for line in lines] == [("15 Mar 2026", "upcoming"), ("2026", "current")]
