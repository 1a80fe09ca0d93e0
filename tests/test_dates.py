"""Date expressions resolve against the publication date, each with its precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # abbreviations without a full stop, as wires write them, but only before a number
        ("LIMA, Mar 4 (Wire) - Ministers will meet again.", ("Mar 4", "2025-03-04", "day")),
        ("The panel sat on Nov 12, 2024.", ("Nov 12, 2024", "2024-11-12", "day")),
        # ordinals
        ("The accord was signed on 3rd June 2024.", ("3rd June 2024", "2024-06-03", "day")),
        # a month named from the year of publication
        ("The board approved the plan in March last year.", ("March last year", "2024-03", "month")),
        ("Arrests rose sharply in April this year.", ("April this year", "2025-04", "month")),
        ("The accord expires in January next year.", ("January next year", "2026-01", "month")),
        # a part of the month or year named from publication
        ("The first crews leave before the end of the month.", ("end of the month", "2025-05", "month")),
        ("A second phase is planned for early next year.", ("early next year", "2026", "year")),
        ("Prices climbed in the second half of last year.", ("second half of last year", "2024", "year")),
        # a capitalised preposition opens a sentence
        ("Since February, the port has been shut.", ("Since February", "2025-02", "month")),
        ("In April, the envoy resigned.", ("April", "2025-04", "month")),
        # the tense of the clause, not of a compound adjective or a scheduling word
        ("The UN-backed office, whose lease runs out June 3, has no funds.", ("June 3", "2025-06-03", "day")),
        ("The rainy season, which begins in June, worried aid groups.", ("June", "2025-06", "month")),
        ("Polls the board has scheduled for March 2 face delays.", ("March 2", "2026-03-02", "day")),
        # a target date is ahead, unless the clause looks back from a past point
        ("The force had trained 900 recruits by the end of April.", ("end of April", "2025-04", "month")),
        ("The council has promised a vote by November.", ("November", "2025-11", "month")),
        # a dateline's date is the day the story was filed
        ("QUITO, Nov 30 (Wire) - Ministers will vote on the plan.", ("Nov 30", "2024-11-30", "day")),
    ],
)
def test_resolves_real_style_dates(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _one(sentence) == expected


def test_a_month_joined_to_a_date_is_a_date_too() -> None:
    text = "Looting spread between February and April, and again between late 2024 and March."
    found = [(d.text, d.value) for d in dates_in(text, PUBLISHED, [(0, len(text))])]
    assert found == [("February", "2025-02"), ("April", "2025-04"), ("late 2024", "2024"), ("March", "2025-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jan Okafor and Dec Mwangi chaired the panel.",  # names, not months
        "The envoy met Ruiz and May Brown.",  # `and May` with no date before it
        "Markets close early on a Friday in the capital.",  # any Friday, not one day
        "Checkpoints go up every Sunday.",
        "4:50 p.m. ET — Police say they hold the road.",  # a time, not a date
    ],
)
def test_names_habits_and_times_are_not_dates(sentence: str) -> None:
    assert dates_in(sentence, PUBLISHED, [(0, len(sentence))]) == []


def test_a_count_after_a_day_and_month_is_not_its_year() -> None:
    text = "On 9 May, 2025 volunteers cleared the road."
    assert next(d.text for d in dates_in(text, PUBLISHED, [(0, len(text))])) == "9 May"


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    assert _one("They met on Thursday.", None) == ("Thursday", "", "day")
    assert _one("Flights resumed last month.", None) == ("last month", "", "month")
    assert _one("The deadline is June 1.", None) == ("June 1", "", "day")
    assert _one("Elections are planned for March 2026.", None) == ("March 2026", "2026-03", "month")


def test_month_period_spans_the_whole_month() -> None:
    (found,) = dates_in("in February 2024", PUBLISHED, [(0, 16)])
    assert (found.period_start, found.period_end) == ("2024-02-01", "2024-02-29")


# --------------------------------------------------------------------------- line breaks (issue 9, item 10)


def _parsed(body: str, published: dt.date | None = PUBLISHED):
    from briefing.parse import pipeline
    from briefing.parse.models import FrontMatter, SourceDocument

    source = SourceDocument(path="t.txt", body=body, meta=FrontMatter(published=published), sha256="0" * 64, fmt="text")
    return pipeline.parse(source)


def _inside_its_sentence(doc) -> None:
    """Every date and event span lies inside one sentence (the event's own, for events)."""
    spans = [(s.start, s.end) for s in doc.sentences]
    for date in doc.dates:
        assert doc.body[date.start : date.end] == date.text
        holders = [(a, b) for a, b in spans if a <= date.start < b]
        if holders:
            assert date.end <= holders[0][1], (date, holders[0], doc.body)
        else:  # outside every sentence (a byline): one line at most
            assert "\n" not in date.text, date
    for event in doc.events:
        assert event.sentence.start <= event.start < event.end <= event.sentence.end, (event, doc.body)
        if event.date is not None:
            assert event.sentence.start <= event.date.start < event.date.end <= event.sentence.end


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Fighting spread in February\n\n2025 was a hard year for the capital.", ["February", "2025"]),
        ("Fighting spread in February\n2025 was a hard year for the capital.", ["February", "2025"]),
        ("Talks are due by the end of\nSeptember the envoy said.", []),
        ("Police returned on 5\nJune the mayor said.", []),
        ("The council met on\nMonday the police came.", ["Monday"]),  # the next line's own date is kept
    ],
)
def test_a_date_is_not_read_across_a_paragraph_break(body: str, expected: list[str]) -> None:
    doc = _parsed(body)
    assert [d.text for d in doc.dates] == expected
    _inside_its_sentence(doc)


def test_a_line_that_goes_on_in_lower_case_or_a_number_is_one_sentence() -> None:
    """`in February` / `2025 was a hard year`: a line ending mid-sentence goes on in the next, so the date is
    read whole, inside the one sentence the two lines make."""
    doc = _parsed("Fighting spread from the capital to the central towns in February\n2025 was a hard year.")
    assert len(doc.sentences) == 1
    assert [(d.text, d.value) for d in doc.dates] == [("February\n2025", "2025-02")]
    _inside_its_sentence(doc)


def test_a_hard_wrapped_date_is_read_inside_its_sentence() -> None:
    doc = _parsed("The police said the new unit arrived on June\n1, 2025 after weeks of delay.")
    assert len(doc.sentences) == 1
    assert [(d.text, d.value) for d in doc.dates] == [("June\n1, 2025", "2025-06-01")]
    _inside_its_sentence(doc)


def test_hard_wrapped_lines_are_one_paragraph_and_a_new_line_in_capitals_is_not() -> None:
    from briefing.parse.segment import paragraphs

    body = (
        "Talks went on until late\nin the night, officials said.\nA second round is planned.\nKey figures\n"
        "9,800 people displaced\nThe ministers of the region met in the capital on June\n1, 2025 for talks.\n"
        "The lines of a wrapped text are about as long as this one is, and\n2. a list"
    )
    texts = [body[p.start : p.end] for p in paragraphs(body)]
    assert texts == [
        "Talks went on until late\nin the night, officials said.",
        "A second round is planned.",
        "Key figures",
        "9,800 people displaced",
        "The ministers of the region met in the capital on June\n1, 2025 for talks.",
        "The lines of a wrapped text are about as long as this one is, and",
        "2. a list",
    ]


_WORDS = st.sampled_from(
    [
        "in",
        "on",
        "February",
        "June",
        "1,",
        "2025",
        "2024",
        "was",
        "a",
        "hard",
        "year",
        "said",
        "the",
        "police",
        "Sept.",
        "30",
        "mid-June",
        "last",
        "month",
        "since",
        "January",
        "killed",
        "attack",
        "gangs",
        "Tuesday",
        ".",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(_WORDS, min_size=1, max_size=40),
    breaks=st.lists(st.integers(0, 39), max_size=6),
    blank=st.booleans(),
)
def test_dates_and_events_stay_inside_their_sentence_with_random_line_breaks(
    words: list[str], breaks: list[int], blank: bool
) -> None:
    for at in sorted(set(breaks), reverse=True):
        if at < len(words):
            words = [*words[:at], "\n\n" if blank else "\n", *words[at:]]
    body = " ".join(words).replace(" \n", "\n").replace("\n ", "\n")
    _inside_its_sentence(_parsed(body))


def _all(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in dates_in(text, PUBLISHED, [(0, len(text))])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle after a number or determiner is an adjective, not the clause's past verb
        (
            "The agency said it would have to stop deliveries to 5,000 displaced families from August.",
            ("August", "2025-08", "month"),
        ),
        ("The minister said the troops may leave in December.", ("December", "2025-12", "month")),
        # no verb just before the date: the clause's verb further back tells its time
        (
            "Diplomats told reporters the donors would convene a second round of talks before the council takes "
            "up the renewal in February.",
            ("February", "2026-02", "month"),
        ),
        ("Elections are planned for October.", ("October", "2025-10", "month")),
        ("The state will not pay beyond January.", ("January", "2026-01", "month")),
        ("Many are still owed April’s wages.", ("April", "2025-04", "month")),
        # inside a quotation the quoted words tell the time, not the attribution's past
        ("“We expect a surge in June if nothing changes,” the doctor warned.", ("June", "2025-06", "month")),
        # `since` looks back, whatever the rest of the sentence says
        (
            "The unit has worked there since late June, and will stay, the minister said.",
            ("late June", "2024-06", "month"),
        ),
    ],
)
def test_the_tense_cues_of_agency_and_release_copy(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _one(sentence) == expected


def test_a_range_to_a_later_month_takes_the_first_months_year() -> None:
    assert _all("Aid will flow from November to March.") == [("November", "2025-11"), ("March", "2026-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The funds come under the Appropriations Act, 2026.",
        "“Every week we hear the next month will be better,” she said.",
        "Soldiers from the 1st Battalion arrived.",
        "The colonel told Kingston TODAY the troops were ready.",
        "Theresa May's visit was short.",
    ],
)
def test_a_laws_year_a_generic_month_a_rank_and_a_papers_name_are_no_dates(sentence: str) -> None:
    assert _all(sentence) == []


def test_a_day_word_after_a_full_stop_is_still_a_date() -> None:
    assert _all("We met in Jacmel. Yesterday, the talks resumed.") == [("Yesterday", "2025-05-20")]


def test_a_word_cut_by_the_window_before_the_date_is_no_verb() -> None:
    # `expected` begins just over 60 characters before the weekday: its tail `cted` is no past verb
    text = "The panel is expected to question the Deputy Director of Roads Amos Kipron on Friday."
    assert _one(text) == ("Friday", "2025-05-23", "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deliveries ran November through February.", [("November", "2024-11"), ("February", "2025-02")]),
        ("The rains came in January or February.", [("January", "2025-01"), ("February", "2025-02")]),
        ("Schools stayed shut September to December.", [("September", "2024-09"), ("December", "2024-12")]),
    ],
)
def test_a_month_alone_that_opens_a_range_and_the_range_ends_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _all(sentence) == expected


def test_for_a_month_counts_only_after_a_word_that_schedules() -> None:
    assert _all("The calendar sets the first round for November.") == []
    assert _all("The vote is scheduled for November.") == [("November", "2025-11")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The accord was signed on March 3 of last year.", ("March 3 of last year", "2024-03-03", "day")),
        ("Gangs took the town in October of last year.", ("October of last year", "2024-10", "month")),
    ],
)
def test_a_date_of_last_year_with_of(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _one(sentence) == expected
