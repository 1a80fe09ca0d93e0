"""Developments in the present layer, on frames built by hand (no parser, no clustering): which a
filter keeps, the Timeline's marks (size by sources, conflicts crossed, counts past the limit, the
as-of marker), the Briefing's lists read from developments, "New since" and a development's detail."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from development_frames import linked, one_per_event

from briefing.corpus import schema
from briefing.present import agenda, charts, grid
from briefing.present import developments as dev
from briefing.present.filters import Filter

AS_OF = dt.date(2026, 2, 20)
CONFLICT = "2026-03 (2 sources) vs 2025-10 (1 source)"
CONFLICT_WRITTEN = "Mar 2026 (2 sources) vs Oct 2025 (1 source)"  # as the pages write it


def article(aid: str, published: str | None, title: str, source: str) -> dict:
    return {
        "article_id": aid,
        "title": title,
        "source": source,
        "published": published,
        "path": f"{aid}.txt",
        "sha256": aid,
        "characters": 1000,
        "paragraphs": 5,
    }


def event(eid: str, aid: str, start: int, date: str, kind: str, sentence: str, **more) -> dict:
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    first = date if precision == "day" else f"{date}-01" if precision == "month" else f"{date}-01-01"
    last = more.pop("date_end", first if precision == "day" else None)
    if last is None:
        last = str((pd.Timestamp(first) + pd.offsets.MonthEnd(0 if precision == "month" else 12)).date())
    return {
        "event_id": eid,
        "article_id": aid,
        "date": date,
        "date_precision": precision,
        "date_start": first,
        "date_end": last,
        "date_text": more.pop("date_text", date),
        "kind": kind,
        "topics": more.pop("topics", kind),
        "summary": sentence,
        "status": "upcoming",
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "actor_ids": more.pop("actor_ids", "mission-m"),
        "countries": more.pop("countries", "HTI"),
        "organizations": more.pop("organizations", "Mission M"),
    }


@pytest.fixture
def corpus() -> dict[str, pd.DataFrame]:
    """Three invented outlets on one mandate end (one of them giving another date), a deadline two of
    them report, and a lone meeting; the second and third articles within a week of the as-of day."""
    articles = schema.frame(
        "articles",
        [
            article("a1", "2026-01-10", "Mission mandate set", "Outlet One"),
            article("a2", "2026-02-15", "Mandate to run to March", "Outlet Two"),
            article("a3", "2026-02-20", "Mandate ends in October, says minister", "Outlet Three"),
        ],
    )
    events = schema.frame(
        "events",
        [
            event("e1", "a1", 10, "2026-03", "mandate", "The mission's mandate runs to March 2026."),
            event("e2", "a2", 40, "2026-03-31", "mandate", "Its mandate ends on March 31, 2026."),
            event("e3", "a3", 20, "2025-10", "mandate", "The mandate ended in October 2025, a minister said."),
            event(
                "e4",
                "a1",
                90,
                "2026-03-15",
                "deadline",
                "Donors have until March 15, 2026 to pledge.",
                topics="deadline;funding",
                countries="KEN",
            ),
            event(
                "e5",
                "a2",
                70,
                "2026-03-15",
                "deadline",
                "Pledges are due by March 15, 2026.",
                topics="deadline;funding;decision",
            ),
            event(
                "e6",
                "a3",
                50,
                "2026-02-18",
                "meeting",
                "Ministers met on February 18, 2026.",
                countries="USA",
                organizations="",
            ),
        ],
    )
    conflicts = {"dev-e1": (CONFLICT, "cf-1"), "dev-e3": ("2025-10 (1 source) vs 2026-03 (2 sources)", "cf-1")}
    developments, events = linked(events, articles, [["e1", "e2"], ["e4", "e5"]], conflicts)
    empty = {name: schema.frame(name, []) for name in ("actors", "mentions", "quotes", "relations")}
    return {"articles": articles, "events": events, "developments": developments, **empty}


def test_hand_built_developments_follow_the_schema(corpus):
    developments = corpus["developments"]
    assert list(developments.columns) == schema.columns("developments")
    assert list(corpus["events"].columns) == schema.columns("events")
    assert schema.columns("events")[:2] == ["event_id", "development_id"]
    by_id = developments.set_index("development_id")
    assert by_id.loc["dev-e1", "sources"] == 2 and by_id.loc["dev-e1", "article_ids"] == "a1;a2"
    assert by_id.loc["dev-e6", "sources"] == 1


# --------------------------------------------------------------------------- filtering


def test_a_development_is_kept_when_any_of_its_reports_is(corpus):
    developments, events = corpus["developments"], corpus["events"]
    only_a2 = dev.kept(developments, events[events["article_id"] == "a2"])
    assert list(only_a2["development_id"]) == ["dev-e1", "dev-e4"]  # e2 and e5 are their second reports
    assert dev.kept(developments, events.iloc[0:0]).empty
    assert len(dev.kept(developments, events)) == len(developments)


@pytest.mark.parametrize(
    ("wider", "narrower"),
    [
        (Filter(), Filter(countries=("HTI",))),
        (Filter(countries=("HTI",)), Filter(countries=("HTI",), kinds=("mandate",))),
        (Filter(kinds=("mandate", "deadline")), Filter(kinds=("deadline",), articles=("a2",))),
        (Filter(articles=("a2", "a3")), Filter(articles=("a3",), date_from=dt.date(2026, 1, 1))),
    ],
)
def test_adding_a_filter_only_narrows_the_developments(corpus, wider, narrower):
    before = set(wider.apply(corpus)["developments"]["development_id"])
    after = set(narrower.apply(corpus)["developments"]["development_id"])
    assert after < before
    kept_events = narrower.apply(corpus)["events"]
    assert after == set(kept_events["development_id"])  # exactly the developments of the kept reports


def test_a_filtered_development_keeps_its_corpus_wide_sources(corpus):
    shown = Filter(articles=("a2",)).apply(corpus)["developments"]
    assert shown.set_index("development_id").loc["dev-e1", "sources"] == 2


# --------------------------------------------------------------------------- the Timeline


def _marks(fig) -> list:
    return [t for t in fig.data if t.name != charts.CONFLICT_NAME]


def test_one_mark_per_development_sized_by_its_sources(corpus):
    developments = corpus["developments"]
    fig = charts.developments_figure(developments, corpus["articles"], AS_OF)
    marks = _marks(fig)
    assert sorted(y for t in marks for y in t.y) == list(range(len(developments)))  # one row each
    points = {t.name: t for t in marks if t.type == "scatter"}
    deadline, meeting = list(points["deadline"].marker.size), list(points["meeting"].marker.size)
    assert deadline[0] > meeting[0]  # 2 sources draw larger than 1
    ticks = list(fig.layout.yaxis.ticktext)
    (spans,) = [t for t in marks if t.type == "bar"]  # the two mandate ends, dated to the month
    width_of = {"2 sources" in ticks[y]: width for y, width in zip(spans.y, spans.width, strict=True)}
    assert width_of[True] > width_of[False]  # the 2-source span is drawn thicker
    assert charts.development_bar_width(2) > charts.development_bar_width(1)
    assert charts.development_mark_size(8) > charts.development_mark_size(2) > charts.development_mark_size(1)
    assert " ".join(ticks).count("2 sources") == 2 and " ".join(ticks).count("1 source") == 2


def test_conflicts_are_crossed_with_the_competing_dates_in_the_hover(corpus):
    fig = charts.developments_figure(corpus["developments"], corpus["articles"], AS_OF)
    crosses = [t for t in fig.data if t.name == charts.CONFLICT_NAME]
    assert len(crosses) == 1
    cross = crosses[0]
    assert cross.marker.symbol not in {t.marker.symbol for t in _marks(fig) if t.type == "scatter"}
    ticks = list(fig.layout.yaxis.ticktext)
    flagged = sorted(i for i, tick in enumerate(ticks) if "dates conflict" in tick)
    assert sorted(cross.y) == flagged and len(flagged) == 2  # both sides of the conflict, nothing else
    hover = " ".join(str(cell) for row in cross.customdata for cell in row)
    assert CONFLICT_WRITTEN in hover
    mandate_hover = " ".join(str(c) for t in _marks(fig) if t.name == "mandate" for row in t.customdata for c in row)
    assert "Dates conflict" in mandate_hover and CONFLICT_WRITTEN in mandate_hover


def test_no_conflict_no_cross(corpus):
    developments = corpus["developments"].assign(conflict="", conflict_id="")
    fig = charts.developments_figure(developments, corpus["articles"], AS_OF)
    assert charts.CONFLICT_NAME not in {t.name for t in fig.data}


def test_the_as_of_date_and_the_publications_are_marked(corpus):
    fig = charts.developments_figure(corpus["developments"], corpus["articles"], AS_OF)
    lines = {shape.x0 for shape in fig.layout.shapes}
    assert AS_OF.isoformat() in lines
    assert {"2026-01-10", "2026-02-15", "2026-02-20"} <= lines
    assert any("as of 20 Feb 2026" in a.text for a in fig.layout.annotations)


def test_many_developments_are_counted_per_month(corpus):
    developments = corpus["developments"]
    copies = charts.TIMELINE_DETAIL_LIMIT // len(developments) + 1
    many = pd.concat([developments] * copies, ignore_index=True)
    fig = charts.developments_figure(many, corpus["articles"], AS_OF)
    assert fig.layout.barmode == "stack"
    assert sum(sum(t.y) for t in fig.data) == len(many)  # every development counted once
    layout = fig.layout.to_plotly_json()
    titles = [axis.get("title", {}).get("text", "") for name, axis in layout.items() if name.startswith("yaxis")]
    assert "developments per month" in titles
    assert any(shape.x0 == AS_OF.isoformat() for shape in fig.layout.shapes)


def test_no_dated_development_is_an_empty_figure(corpus):
    undated = corpus["developments"].assign(date_start=pd.NA, date_end=pd.NA)
    assert not charts.developments_figure(undated, corpus["articles"], AS_OF).data


def test_the_per_report_timeline_is_unchanged_by_developments(corpus):
    fig = charts.timeline_figure(corpus["events"], corpus["articles"], as_of=AS_OF)
    assert sorted(y for t in fig.data for y in t.y) == list(range(len(corpus["events"])))


def test_the_marks_choice_from_the_url():
    assert dev.marks_from_query(None) == dev.DEVELOPMENTS
    assert dev.marks_from_query("reports") == dev.REPORTS
    assert dev.marks_from_query(["x", "reports"]) == dev.REPORTS
    assert dev.marks_from_query("nonsense") == dev.DEVELOPMENTS


# --------------------------------------------------------------------------- the grid


def test_the_grid_lists_developments_with_sources_and_conflicts(corpus):
    developments = corpus["developments"]
    shown = dev.developments_display(developments, as_of=AS_OF)
    assert len(shown) == len(developments)
    row = shown.set_index(developments["development_id"]).loc["dev-e1"]
    assert row["Sources"] == 2 and row["Reports"] == 2 and CONFLICT_WRITTEN in row["Conflict"]
    assert row["Status"] == "upcoming" and row["When"] == "Mar 2026" and row["First reported"] == "10 Jan 2026"
    assert shown.set_index(developments["development_id"]).loc["dev-e6", "Conflict"] == ""
    by_status = shown["Status"].take(grid.order(developments, dev.GRID, "Status", descending=False)).tolist()
    assert by_status == sorted(by_status, key=["past", "current", "upcoming"].index)
    order = grid.order(developments, dev.GRID, "Sources", descending=True)
    assert list(developments["sources"].take(order))[:2] == [2, 2]
    assert grid.opening_page(developments, dev.GRID, grid.order(developments, dev.GRID, "When", False), 1, AS_OF) > 1


# --------------------------------------------------------------------------- the Briefing


def test_the_briefing_reads_one_line_per_development(corpus):
    rows = dev.agenda_rows(corpus["developments"], corpus["events"])
    assert len(rows) == len(corpus["developments"])
    deadline = agenda.next_deadline(rows, corpus["articles"], AS_OF)
    assert deadline is not None and deadline.when == "15 Mar 2026" and deadline.days_to_go == 23
    assert deadline.sources == 2 and deadline.development_id == "dev-e4"
    assert deadline.article_title == "Mission mandate set"  # the earliest report's article
    per_report = agenda.latest_developments(corpus["events"], dt.date(2026, 4, 1))
    per_development = agenda.latest_developments(rows, dt.date(2026, 4, 1))
    assert len(per_development) < len(per_report)
    assert [line.sources for line in per_development if line.when == "Mar 2026"] == [2]
    assert any(line.conflict == CONFLICT for line in per_development)


def test_a_filters_rows_are_the_corpus_rows_of_its_developments(corpus):
    everything = dev.agenda_rows(corpus["developments"], corpus["events"])
    kept = Filter(articles=("a2",)).apply(corpus)["developments"]
    assert dev.rows_of(everything, kept).equals(dev.agenda_rows(kept, corpus["events"]))
    assert dev.rows_of(everything, kept.iloc[0:0]).empty


def test_agenda_rows_unite_the_topics_of_every_report(corpus):
    rows = dev.agenda_rows(corpus["developments"], corpus["events"]).set_index("development_id")
    assert rows.loc["dev-e4", "topics"] == "deadline;funding;decision"
    assert rows.loc["dev-e4", "event_id"] == "e4"  # the earliest report's ids and sentence
    assert rows.loc["dev-e4", "date_text"] == "2026-03-15"


def test_agenda_rows_without_a_written_date_are_dated_by_publication_only(corpus):
    events = corpus["events"].assign(date_text="")
    rows = dev.agenda_rows(corpus["developments"], events)
    assert agenda.latest_developments(rows, dt.date(2026, 4, 1)) == []


@pytest.mark.parametrize(
    ("first_reported", "listed"),
    [
        ("2026-02-20", True),  # the as-of day itself
        ("2026-02-14", True),  # the seventh day back
        ("2026-02-13", False),  # the eighth
        ("2026-02-21", False),  # after the as-of day: not yet reported
        (None, False),
    ],
)
def test_new_since_is_the_seven_days_up_to_the_as_of_day(corpus, first_reported, listed):
    developments = corpus["developments"]
    developments = developments.assign(
        first_reported=developments["first_reported"].where(developments["development_id"] != "dev-e6", first_reported)
    ).astype({"first_reported": "string"})
    rows = dev.agenda_rows(developments, corpus["events"])
    fresh = agenda.new_since(rows, AS_OF)
    assert ("dev-e6" in {line.development_id for line in fresh}) is listed
    assert agenda.new_since_window(AS_OF) == (dt.date(2026, 2, 14), AS_OF)


def test_new_since_lists_the_newest_reported_first(corpus):
    rows = dev.agenda_rows(corpus["developments"], corpus["events"])
    fresh = agenda.new_since(rows, AS_OF)
    # a3's two (20 Feb), the later date first; a2's (15 Feb) reports only what a1 (10 Jan) did
    assert [line.development_id for line in fresh] == ["dev-e6", "dev-e3"]
    assert fresh[1].first_reported == "20 Feb 2026" and fresh[1].conflict
    assert agenda.new_since(rows, dt.date(2026, 1, 16)) != []  # a1's developments, reported 10 Jan
    assert agenda.new_since(rows, dt.date(2026, 1, 17)) == []


# --------------------------------------------------------------------------- one development


def test_a_developments_detail_lists_every_report_with_its_article(corpus):
    events = corpus["events"]
    kept = set(events.loc[events["article_id"] == "a2", "event_id"])
    found = dev.detail("dev-e1", corpus["developments"], events, corpus["articles"], kept)
    assert found is not None and found.sources == 2 and found.conflict == CONFLICT
    assert [r.event_id for r in found.reports] == ["e1", "e2"]  # in order of publication
    first, second = found.reports
    assert (first.title, first.source, first.published) == ("Mission mandate set", "Outlet One", "10 Jan 2026")
    assert second.sentence == "Its mandate ends on March 31, 2026." and second.date_text == "2026-03-31"
    assert second.when == "31 Mar 2026" and first.when == "Mar 2026"
    assert [r.in_view for r in found.reports] == [False, True]
    assert found.rivals and found.rivals[0].startswith("Oct 2025 (1 source)")
    assert dev.detail("no-such", corpus["developments"], events, corpus["articles"]) is None


def test_every_report_is_listed_whatever_the_order_of_the_events(corpus):
    events = corpus["events"].iloc[::-1].reset_index(drop=True)
    for development_id, reports in events.groupby("development_id"):
        found = dev.detail(str(development_id), corpus["developments"], events, corpus["articles"])
        assert sorted(r.event_id for r in found.reports) == sorted(reports["event_id"])
        for report in found.reports:
            assert report.end - report.start == len(report.sentence)


def test_one_development_per_event_is_the_per_report_view(corpus):
    developments, events = one_per_event(corpus["events"].drop(columns="development_id"), corpus["articles"])
    rows = dev.agenda_rows(developments, events)
    day = dt.date(2026, 4, 1)
    assert [(line.when, line.summary) for line in agenda.latest_developments(rows, day)] == [
        (line.when, line.summary) for line in agenda.latest_developments(events, day)
    ]


def test_a_long_conflict_is_cut_to_its_two_most_given_dates_in_a_list_line() -> None:
    from briefing.present.developments import short_conflict

    two = "2025-10-02 (9 sources) vs 2025-07 (1 source)"
    assert short_conflict(two) == "2 Oct 2025 (9 sources) vs Jul 2025 (1 source)"
    three = two + " vs 2026 (1 source)"
    assert short_conflict(three).endswith("vs 2026 (1 source)")  # a third date costs no more than its count
    long = "2024-08 (6 sources) vs 2026-02-28 (6 sources) vs 2025-10-18 (4 sources) vs 143 other dates (142 sources)"
    assert short_conflict(long) == "Aug 2024 (6 sources) vs 28 Feb 2026 (6 sources) vs 144 more dates"
    listed = " vs ".join(f"2025-0{m} (1 source)" for m in range(1, 6))
    assert short_conflict(listed) == "Jan 2025 (1 source) vs Feb 2025 (1 source) vs 3 more dates"


def test_a_conflicts_dates_are_written_as_the_pages_write_dates() -> None:
    from briefing.present.developments import conflict_words, short_conflict

    iso = "2026-03 (4 sources) vs 2025-10-02 (1 source) vs 2027 (1 source)"
    assert conflict_words(iso) == "Mar 2026 (4 sources) vs 2 Oct 2025 (1 source) vs 2027 (1 source)"
    assert conflict_words("3 other dates (5 sources)") == "3 other dates (5 sources)"
    assert short_conflict(iso, shown=1) == "Mar 2026 (4 sources) vs 2 more dates"
