"""Issue 13's actors and relations rules on made-up sentences: routes named destination first, funding
through a mission's fund, titles glued to bodies, and capitalised words that are nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.build import build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse.actors import find_actors
from briefing.parse.models import FrontMatter, SourceDocument
from briefing.parse.pipeline import segment

MISSION = "Multinational Security Support Mission"
GSF = "Gang Suppression Force"


def relations(body: str) -> set[tuple[str, str, str]]:
    meta = FrontMatter(published=dt.date(2025, 5, 21))
    doc = SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    frame = build_corpus([parse_document(doc)])["relations"]
    return set(zip(frame["source"], frame["relation"], frame["target"], strict=True))


def actors(body: str) -> dict[str, tuple[str, str]]:
    """Actor name -> (type, country) for one made-up body."""
    found = find_actors(segment(body))
    return {a.name: (a.type, a.country) for a in found.actors.values()}


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        ("Rifles keep arriving in Haiti from Florida in containers.", ("Florida", "trafficked_to", "Haiti")),
        (
            "Officials worry about firearms reaching Haitian ports from the Dominican Republic.",
            ("Dominican Republic", "trafficked_to", "Haiti"),
        ),
        (
            "Police said a shipment of pistols arriving in Kingston from Fort Lauderdale was seized.",
            ("Fort Lauderdale", "trafficked_to", "Kingston"),
        ),
    ],
)
def test_a_route_named_destination_first(body: str, triple: tuple[str, str, str]) -> None:
    found = relations(body)
    assert triple in found
    assert (triple[0], "supplies", triple[2]) not in found


@pytest.mark.parametrize(
    "body",
    [
        "The delegation arrived in Haiti from Nairobi on Monday.",  # people, not contraband
        "No weapons have arrived in Haiti from Florida since June.",  # denied
    ],
)
def test_an_arrival_without_contraband_or_denied_is_no_route(body: str) -> None:
    assert not {r for r in relations(body) if r[1] == "trafficked_to"}


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        (
            f"The {MISSION} never grew. Canada paid $20 million into the trust fund on Monday.",
            ("Canada", "funds", MISSION),
        ),
        (
            f"The UN trust fund for the {GSF} opened in October. Canada contributed $15 million to the fund.",
            ("Canada", "funds", GSF),
        ),
        (
            f"The {MISSION} stalled. Its trust fund, managed by the United Nations, has received about"
            " $112 million, most of it from Canada.",
            ("Canada", "funds", MISSION),
        ),
        (
            f"U.S. Secretary of State Marco Rubio announced $40 million in new assistance for the {GSF}.",
            ("United States", "funds", GSF),
        ),
    ],
)
def test_funding_through_the_fund_and_by_a_stated_affiliation(body: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations(body)


def test_a_denied_contribution_to_the_fund_is_no_funding() -> None:
    body = f"The {MISSION} stalled. The United States did not contribute to the fund in 2025."
    assert ("United States", "funds", MISSION) not in relations(body)


def test_a_fund_beside_two_missions_and_no_owner_is_nobody() -> None:
    body = f"The {GSF} replaced the {MISSION}. Canada paid $5 million into the fund."
    assert not {r for r in relations(body) if r[1] == "funds"}


def test_a_title_with_its_name_and_body_is_two_actors() -> None:
    found = actors(
        "Deputy Assistant Secretary Laura Whitcomb of the Bureau of International Narcotics and Law"
        " Enforcement Affairs will travel. Chief of Mission of the IOM in Haiti Mireille Fontaine agreed."
    )
    assert found["Laura Whitcomb"][0] == "person"
    assert found["Bureau of International Narcotics and Law Enforcement Affairs"][0] == "organization"
    assert found["Mireille Fontaine"][0] == "person"
    assert found["International Organization for Migration"][0] == "organization"
    assert not [name for name in found if "Chief" in name or "Secretary" in name]


def test_a_title_owned_by_a_body_names_only_the_body() -> None:
    found = actors("The UN Special Envoy said so. Amélie Durand, IOM Chief of Mission in Haiti, agreed.")
    assert "United Nations" in found and "International Organization for Migration" in found
    assert not [name for name in found if "Envoy" in name or "Chief" in name]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("12:05 GMT\nThe UN said it was alarmed by the fighting.", "GMT"),
        ("“A force without salaries is a force on paper,” she said.", "A force"),
        ("“Small states cannot fund a large force alone,” she said.", "Small"),
    ],
)
def test_words_that_are_nobody(body: str, word: str) -> None:
    assert word not in actors(body)


def test_haitian_neighbourhoods_win_over_namesakes_abroad() -> None:
    found = actors("Gangs in Haiti control the capital. In Solino and Bel Air, residents describe patrols.")
    assert found["Solino"] == ("place", "HTI")
    assert found["Bel Air"] == ("place", "HTI")


def test_an_unknown_abbreviation_before_a_known_surname_is_a_title() -> None:
    found = find_actors(segment("Senior Assistant Inspector General Peter Mwita spoke. “We can,” said SAIG Mwita."))
    assert [a.name for a in found.actors.values() if a.type == "person"] == ["Peter Mwita"]
    assert [m.text for m in found.mentions] == ["Peter Mwita", "Mwita"]
