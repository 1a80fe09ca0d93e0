"""Indirect speech as agency copy writes it around its source, on invented sentences.

Three behaviours: an attribution set off inside one clause (`The raid, police said, was the fourth`) reports
the whole clause, subject included, while one after an opening adverbial (`For the first time, the agency
said, ...`) reports what follows; `told reporters` followed by a number or quantifier reports the clause
after the listener; the plural present of reporting verbs (`Prosecutors allege that`) reports, but an
infinitive (`pressed them to explain who ...`) does not. Names and events are fictional.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_forms import _found, _quotes


@pytest.mark.parametrize(
    ("body", "starts", "speaker"),
    [
        (
            "The raid on the market, police said, was the fourth on the commune since January.",
            "The raid on the market, police said, was the fourth",
            "police",
        ),
        (
            "The convoy, the mayor said on Monday, had waited two days at the checkpoint.",
            "The convoy, the mayor said on Monday, had waited",
            "the mayor",
        ),
        (
            "For the second time this year, the agency said, the clinic had run out of vaccines.",
            "the clinic had run out of vaccines",
            "the agency",
        ),
        (
            "Two weeks later, investigators say, the same men bought another forty rifles.",
            "the same men bought another forty rifles",
            "investigators",
        ),
    ],
)
def test_an_attribution_set_off_inside_the_clause(body: str, starts: str, speaker: str) -> None:
    quote = _found(body, "indirect", starts)
    assert quote.speaker == speaker
    assert body[quote.start : quote.end] == quote.text


def test_a_clause_inside_a_relative_clause_keeps_its_own_start() -> None:
    body = "The report lists nine schools where, the union says, teachers went unpaid for five months."
    quote = _found(body, "indirect", "teachers went unpaid")
    assert quote.speaker == "the union"


def test_a_quotation_in_the_clause_is_left_to_the_partial_quote() -> None:
    body = "Sanctions, she said, had become “a way of doing nothing at all.”"
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("A local mayor told reporters at least 30 people were killed in the raid.", "at least 30 people"),
        ("The commander told reporters 12 officers had been wounded overnight.", "12 officers had been"),
        ("A nurse told journalists most of the wounded were children.", "most of the wounded"),
    ],
)
def test_told_reporters_then_a_number_reports_the_clause_after_them(body: str, starts: str) -> None:
    quote = _found(body, "indirect", starts)
    assert quote.cue == "told"


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ("Prosecutors allege that the two brothers shipped sixty rifles to the port.", "Prosecutors", "allege"),
        ("Aid groups confirm that the road to the border has reopened to trucks.", "Aid groups", "confirm"),
        ("Residents explain that the gang collects a toll at every bridge.", "Residents", "explain"),
    ],
)
def test_the_plural_present_reports(body: str, speaker: str, cue: str) -> None:
    quote = _found(body, "indirect", "")
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_an_infinitive_reports_nothing() -> None:
    body = "Senators pressed the ministers to explain who will pay for the second contingent."
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


def test_a_clause_before_the_aside_is_the_report() -> None:
    body = "The curfew was lifted in the port town, officials said, even as gangs moved closer to it."
    quote = _found(body, "indirect", "The curfew was lifted")
    assert quote.speaker == "officials"


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            "Dr. Grace Achieng encouraged the recruits, affirming that the mission was within reach.",
            "Grace Achieng",
            "affirming",
        ),
        ("The agency thanked its donors, explaining that the money would pay for fuel.", "The agency", "explaining"),
        ("The agency thanked its donors, adding that the money would pay for fuel.", "The agency", "adding"),
    ],
)
def test_a_participle_after_the_object_reports_for_the_subject(body: str, speaker: str, cue: str) -> None:
    quote = _found(body, "indirect", "")
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_connective_before_the_aside_is_left_out_of_the_report() -> None:
    body = "Separately, the agency said, the clinic in the port had run out of vaccines."
    quote = _found(body, "indirect", "the clinic in the port")
    assert quote.speaker == "the agency"
