"""Date forms of Caribbean, Kenyan and agency copy on made-up sentences: numbers with slashes, fiscal years,
ranges, days written alone, weeks of a month, coordinated months, `this`/`last` weekdays and bracketed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.parse.dates import dates_in

WEDNESDAY = dt.date(2026, 2, 25)
THURSDAY = dt.date(2026, 2, 12)


def _all(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.precision) for d in dates_in(text, published, [(0, len(text))])]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("A notice dated 17/02/2026 was sent.", WEDNESDAY, [("17/02/2026", "2026-02-17", "day")]),
        ("The form was signed 02/17/2026.", WEDNESDAY, [("02/17/2026", "2026-02-17", "day")]),
        ("Treasury set money aside in the 2025/26 budget.", THURSDAY, [("2025/26", "2025", "year")]),
        ("The 2025/2026 estimates were approved.", WEDNESDAY, [("2025/2026", "2025", "year")]),
        ("Ministers will meet on March 16-18.", WEDNESDAY, [("March 16-18", "2026-03-16", "day")]),
        ("Officials must be present from March 2 to 6.", WEDNESDAY, [("March 2 to 6", "2026-03-02", "day")]),
        ("Police detained them on Sept. 14 last year.", WEDNESDAY, [("Sept. 14 last year", "2025-09-14", "day")]),
        ("Payments will reach the officers by the 28th.", THURSDAY, [("28th", "2026-02-28", "day")]),
        ("The envoy will brief ministers on the 3rd.", WEDNESDAY, [("3rd", "2026-03-03", "day")]),
        ("The report was filed on the 12th of January.", THURSDAY, [("12th of January", "2026-01-12", "day")]),
        (
            "She last heard from him in the first week of February.",
            THURSDAY,
            [("first week of February", "2026-02", "month")],
        ),
        (
            "Officers went in June and July 2024.",
            THURSDAY,
            [("June", "2024-06", "month"), ("July 2024", "2024-07", "month")],
        ),
        (
            "Pay was late from October to December 2025.",
            THURSDAY,
            [("October", "2025-10", "month"), ("December 2025", "2025-12", "month")],
        ),
        ("The committee met last Thursday.", THURSDAY, [("last Thursday", "2026-02-05", "day")]),
        ("The ministry said on Thursday that flights resume.", THURSDAY, [("Thursday", "2026-02-12", "day")]),
        ("A flight was planned for this Friday.", WEDNESDAY, [("this Friday", "2026-02-27", "day")]),
        ("The border reopened this Monday.", WEDNESDAY, [("this Monday", "2026-02-23", "day")]),
        ("The boat was stopped on Sunday (March 1).", dt.date(2026, 3, 6), [("Sunday (March 1)", "2026-03-01", "day")]),
        (
            "He spoke at Thursday’s (March 5) sitting.",
            dt.date(2026, 3, 6),
            [("Thursday’s (March 5)", "2026-03-05", "day")],
        ),
        ("Talks expected in Washington in mid-March will test it.", WEDNESDAY, [("mid-March", "2026-03", "month")]),
        (
            "MPs want a report before the House rises for its recess on April 2.",
            THURSDAY,
            [("April 2", "2026-04-02", "day")],
        ),
    ],
)
def test_regional_and_agency_date_forms(
    sentence: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _all(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The 15th anniversary of the quake passed quietly.",  # an ordinal before a noun is no day
        "She finished 3rd in the race.",
        "Resolution 2025-26 was adopted.",  # a document number, not a fiscal year
        "Scores of 3/4 were reported.",  # a fraction
        "About 2 to 6 percent of the budget.",
    ],
)
def test_ordinals_numbers_and_fractions_are_not_dates(sentence: str) -> None:
    assert _all(sentence) == []


def test_a_range_spans_its_days_and_a_fiscal_year_both_years() -> None:
    (meeting,) = dates_in("They meet on March 16-18.", WEDNESDAY, [(0, 25)])
    assert (meeting.period_start, meeting.period_end) == ("2026-03-16", "2026-03-18")
    (budget,) = dates_in("the 2025/26 budget", WEDNESDAY, [(0, 18)])
    assert (budget.period_start, budget.period_end) == ("2025-01-01", "2026-12-31")


def test_without_publication_date_a_day_alone_stays_unresolved() -> None:
    assert _all("They meet again on the 17th.", None) == [("17th", "", "day")]
    assert _all("A notice dated 17/02/2026 was sent.", None) == [("17/02/2026", "2026-02-17", "day")]


_PIECES = st.sampled_from(
    [
        "on the 17th",
        "March 2 to 6",
        "2025/26",
        "17/02/2026",
        "Sunday (March 1)",
        "this Friday",
        "June and July 2024",
        "Sept. 14 last year",
        " ",
        ", ",
        "the",
        "and",
        "(",
        ")",
        "x",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=10).map(" ".join))
def test_every_date_is_its_own_text_inside_the_sentence(text: str) -> None:
    for found in dates_in(text, WEDNESDAY, [(0, len(text))]):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministers meet on 16-18 March.", ("16-18 March", "2026-03-16", "2026-03-18")),
        ("Talks ran 14th to 15th December 2025.", ("14th to 15th December 2025", "2025-12-14", "2025-12-15")),
        (
            "The council met on Tuesday, February 24, 2026, in Kingston.",
            ("Tuesday, February 24, 2026", "2026-02-24", "2026-02-24"),
        ),
        ("Growth slowed in the first quarter of 2026.", ("first quarter of 2026", "2026", "2026-12-31")),
    ],
)
def test_day_month_ranges_quarters_and_a_weekday_with_its_date(sentence: str, expected: tuple[str, str, str]) -> None:
    (found,) = dates_in(sentence, WEDNESDAY, [(0, len(sentence))])
    assert (found.text, found.value, found.period_end) == expected


def test_a_weekday_and_another_days_date_stay_two_dates() -> None:
    found = _all("Officials said on Monday, March 3 would be the deadline.", WEDNESDAY)  # March 3 is a Tuesday
    assert [text for text, _, _ in found] == ["Monday", "March 3"]
