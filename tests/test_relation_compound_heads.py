"""A name inside a hyphenated modifier (`the UN-mandated mission`, `a U.S.-trained unit`) qualifies the noun after
it, so a passive after that noun (`led by X`) acts on the noun, never on the name: `X leads the United Nations`
from `the UN-mandated mission led by X` is wrong. Invented sentences (issue 13)."""

from __future__ import annotations

import pytest

from tests.test_relation_forms import triples


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("The UN-mandated mission led by Kenya ended its work in May.", ("Kenya", "leads", "United Nations")),
        ("A U.S.-trained police unit commanded by Chad patrolled the road.", ("Chad", "leads", "United States")),
        ("The OAS-sponsored talks, chaired by Jamaica, resumed on Monday.", ("Jamaica", "leads", "OAS")),
    ],
)
def test_a_name_in_a_hyphenated_modifier_is_no_head_of_the_passive(body: str, wrong: tuple[str, str, str]) -> None:
    found = triples(body)
    assert not any(t[0] == wrong[0] and t[1] == wrong[1] and wrong[2] in t[2] for t in found), found


def test_a_named_actor_after_the_modifier_is_still_the_head() -> None:
    assert ("Kenya", "leads", "Multinational Security Support Mission") in triples(
        "The UN-mandated Multinational Security Support Mission, led by Kenya, ended its work in May."
    )


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Asked whether T&T had contributed to the MSS, the minister said no.", "Trinidad and Tobago"),
        ("Reporters asked whether the U.S. had funded the MSS this year.", "United States"),
    ],
)
def test_a_question_on_funding_by_a_name_with_marks_states_no_funding(body: str, wrong: str) -> None:
    assert not any(t[0] == wrong and t[1] == "funds" for t in triples(body)), triples(body)
