"""Partial quotations held by a verb of judgement, and a body named after its owner, on invented sentences.

Council and agency copy quotes a speaker's words as the object of `welcomed ... as`, `criticized`, `slammed`:
the subject of that verb said them. A body written with its owner before it (`Belize’s electoral commission`)
is the body the article named. Names and events are fictional.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_forms import _found


@pytest.mark.parametrize(
    ("body", "starts", "speaker", "cue"),
    [
        (
            "Ambassador Mireille Santos welcomed the vote as “a promise kept to the people of Haiti.”",
            "a promise kept",
            "Mireille Santos",
            "welcomed",
        ),
        (
            "Senator Odile Marcellin criticized the budget’s “silence on the police.”",
            "silence on the police",
            "Odile Marcellin",
            "criticized",
        ),
        (
            "Deputy Rony Exantus slammed the plan as “a gift to the gangs.”",
            "a gift to the gangs",
            "Rony Exantus",
            "slammed",
        ),
    ],
)
def test_a_verb_of_judgement_gives_its_subject_the_words(body: str, starts: str, speaker: str, cue: str) -> None:
    quote = _found(body, "partial", starts)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_body_after_its_owner_is_the_body_named() -> None:
    body = (
        "The ruling came after the national electoral commission (NEC) appealed. "
        "Belize’s national electoral commission (NEC) welcomed the ruling in a statement, calling it "
        "“a victory for every voter in the country.”"
    )
    quote = _found(body, "partial", "a victory for every voter")
    assert quote.speaker == "national electoral commission"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Caribbean Community (CARICOM) met on Monday. The 15-member regional bloc said in a statement that it "
            "would send more nurses to the clinics.",
            "Caribbean Community",
        ),
        (
            "The Organization of American States (OAS) met on Friday. The hemispheric body said it would send "
            "observers to the vote.",
            "Organization of American States",
        ),
        ("The regional bloc said it would send more nurses to the clinics next month.", "The regional bloc"),
    ],
)
def test_a_body_described_by_what_it_is_is_the_body_the_article_names(body: str, speaker: str) -> None:
    quote = _found(body, "indirect", "")
    assert quote.speaker == speaker
