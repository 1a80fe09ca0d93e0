"""Date forms of real copy on made-up sentences (issue 13, places round two): coordinated days, `a year ago`,
a quarter without its year, fiscal-year numbers, a past clause opened by `by`/`until`, and numbers that look
like years but are phone numbers, UN symbols or a release's citation line."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.parse.dates import dates_in
from tests.test_date_forms import _all

FRIDAY = dt.date(2026, 3, 6)
LATE_APRIL = dt.date(2026, 4, 24)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # two days joined by `and` are one date, the first day
        ("Aid reached the camps on 15 and 16 February.", FRIDAY, [("15 and 16 February", "2026-02-15", "day")]),
        ("Talks are set for March 18 and 19 in Nassau.", FRIDAY, [("March 18 and 19", "2026-03-18", "day")]),
        # ... but not a day followed by a count
        ("On March 2 and 3 people were hurt.", FRIDAY, [("March 2", "2026-03-02", "day")]),
        # counted back from publication: years and months, not weeks
        ("A year ago the road was open.", FRIDAY, [("A year ago", "2025", "year")]),
        ("Three years ago the clinic closed.", FRIDAY, [("Three years ago", "2023", "year")]),
        ("The truce began two months ago.", FRIDAY, [("two months ago", "2026-01", "month")]),
        ("The truce began two weeks ago.", FRIDAY, []),
        # a quarter without its year: the published year's, or the next once it has passed and the clause looks ahead
        ("Payments are due by the end of the first quarter.", FRIDAY, [("end of the first quarter", "2026", "year")]),
        (
            "Payments will be due by the end of the first quarter.",
            LATE_APRIL,
            [("end of the first quarter", "2027", "year")],
        ),
        ("Payments are due in the third quarter of 2027.", FRIDAY, [("third quarter of 2027", "2027", "year")]),
        # fiscal years by number
        (
            "The agency spent $4 million in FY2025 and plans more in FY27.",
            FRIDAY,
            [("FY2025", "2025", "year"), ("FY27", "2027", "year")],
        ),
        # a past clause opened by its target date, and a past verb's end point
        ("By late January the gangs held the bridge.", FRIDAY, [("late January", "2026-01", "month")]),
        ("The siege lasted until late on Wednesday.", FRIDAY, [("Wednesday", "2026-03-04", "day")]),
        ("The council will vote by late March.", FRIDAY, [("late March", "2026-03", "month")]),
        # a month after `of`, `throughout`, `around`; a date `set for` is ahead
        ("A trial date was set for the end of June.", FRIDAY, [("end of June", "2026-06", "month")]),
        ("Deaths rose throughout January.", FRIDAY, [("January", "2026-01", "month")]),
        ("The last two weeks of February were calm.", FRIDAY, [("February", "2026-02", "month")]),
        # a passive after a modal looks ahead
        ("Officials said the vote will be held on March 29.", FRIDAY, [("March 29", "2026-03-29", "day")]),
        ("The council said the runoff would be held in January.", FRIDAY, [("January", "2027-01", "month")]),
        # an irregular past verb and `can` tell the tense as the regular ones do
        ("The council made known on Monday that the vote was off.", FRIDAY, [("Monday", "2026-03-02", "day")]),
        ("We can hold the vote in February only if money arrives.", FRIDAY, [("February", "2027-02", "month")]),
        # British and financial shorthand
        ("Funds run out at end-March.", FRIDAY, [("end-March", "2026-03", "month")]),
        ("The force should be complete by end-2027.", FRIDAY, [("end-2027", "2027", "year")]),
        (
            "Arrivals rose in Q1 2026 and again in H2 2025.",
            FRIDAY,
            [("Q1 2026", "2026", "year"), ("H2 2025", "2025", "year")],
        ),
        ("The decree is dated 02.03.2026.", FRIDAY, [("02.03.2026", "2026-03-02", "day")]),
        # a count after a month is no day of it
        (
            "From mid-January to early February 5,000 people fled.",
            FRIDAY,
            [("mid-January", "2026-01", "month"), ("early February", "2026-02", "month")],
        ),
    ],
)
def test_forms_of_real_copy(sentence: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert _all(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Call the ministry on +509 3701 2026 for news.",
        "The hotline, 876-555-2026, is open 24/7.",
        "Under resolution 2799 (2026), the office stays.",
        "The council voted 13-0 with two abstentions.",
        "Flight 2026 from Miami landed in Cap-Haïtien.",
        "Route 2025 between the two towns is closed.",
        "The council read the report (document S/2026/31) in full.",
    ],
)
def test_numbers_that_look_like_years_are_not_dates(sentence: str) -> None:
    assert _all(sentence, FRIDAY) == []


def test_a_citation_line_gives_no_date() -> None:
    text = "Some 4,000 people fled on Monday.\nSource: IOM DTM, Flash report 2-4 March 2026"
    found = dates_in(text, FRIDAY, [(0, text.index("\n"))])
    assert [(d.text, d.value) for d in found] == [("Monday", "2026-03-02")]
