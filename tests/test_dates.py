"""Date expressions resolve against the publication date, each with its precision."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.parse.dates import dates_in

PUBLISHED = dt.date(2025, 5, 21)  # a Wednesday


def _one(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str, str]:
    found = dates_in(text, published, [(0, len(text))])
    assert len(found) == 1, found
    return found[0].text, found[0].value, found[0].precision


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The committee met on Tuesday.", ("Tuesday", "2025-05-20", "day")),
        ("The council will vote on Friday.", ("Friday", "2025-05-23", "day")),
        ("Ministers will meet next Monday.", ("next Monday", "2025-05-26", "day")),
        ("He said on Monday that troops will arrive.", ("Monday", "2025-05-19", "day")),
        ("The deadline is June 1.", ("June 1", "2025-06-01", "day")),
        ("Funding runs until Sept. 30.", ("Sept. 30", "2025-09-30", "day")),
        ("The mandate ends on February 7, 2026.", ("February 7, 2026", "2026-02-07", "day")),
        ("It expires on 7 February 2026.", ("7 February 2026", "2026-02-07", "day")),
        ("Support continues through March 2026.", ("March 2026", "2026-03", "month")),
        ("Arrivals fell in 2024.", ("2024", "2024", "year")),
        ("Prices rose last month.", ("last month", "2025-04", "month")),
        ("Talks resume next month.", ("next month", "2025-06", "month")),
        ("Violence has grown since January.", ("since January", "2025-01", "month")),
        ("Troops arrive by mid-June.", ("mid-June", "2025-06", "month")),
        ("A vote is due at the end of September.", ("end of September", "2025-09", "month")),
        ("An office opens in early 2026.", ("early 2026", "2026", "year")),
    ],
)
def test_resolves(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada pledged $14 million.",
        "Some 1,000 officers are deployed.",
        "The council approved a 12-month mandate.",
        "A 90-day review begins.",
        "About 2,500 troops and 40 percent of funds.",
        "Resolution 2699 authorized the mission.",
        "Officials may meet soon.",
    ],
)
def test_money_counts_and_durations_are_not_dates(sentence: str) -> None:
    assert dates_in(sentence, PUBLISHED, [(0, len(sentence))]) == []


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    assert _one("They met on Thursday.", None) == ("Thursday", "", "day")
    assert _one("Flights resumed last month.", None) == ("last month", "", "month")
    assert _one("The deadline is June 1.", None) == ("June 1", "", "day")
    assert _one("Elections are planned for March 2026.", None) == ("March 2026", "2026-03", "month")


def test_month_period_spans_the_whole_month() -> None:
    (found,) = dates_in("in February 2024", PUBLISHED, [(0, 16)])
    assert (found.period_start, found.period_end) == ("2024-02-01", "2024-02-29")
