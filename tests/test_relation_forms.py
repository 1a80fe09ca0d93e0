"""Relation forms that real-style text uses beyond the first rules, on invented sentences: each class with
sentences that must give the relation and sentences that must give nothing (denied, hypothetical, wrong end)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.build import build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse.models import FrontMatter, SourceDocument

MSS = "Multinational Security Support Mission"
GSF = "Gang Suppression Force"


def triples(body: str) -> set[tuple[str, str, str]]:
    meta = FrontMatter(published=dt.date(2025, 5, 21))
    doc = SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    frame = build_corpus([parse_document(doc)])["relations"]
    return set(zip(frame["source"], frame["relation"], frame["target"], strict=True))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an apposition whose prefix modifier qualifies an unnamed noun: the actor before the comma
        (
            f"The talks come as the {MSS}, a UN-backed force led by Kenya, struggles to hold ground.",
            {("United Nations", "backs", MSS), ("Kenya", "leads", MSS)},
        ),
        (
            "The Haitian National Police, a US-funded body, patrols Delmas.",
            {("United States", "funds", "Haitian National Police")},
        ),
        # a place controls nothing, even with a verb of control
        ("“Whoever holds Mirebalais holds the door to the Dominican Republic,” said Jean Paul.", set()),
        ("Viv Ansanm holds Delmas.", {("Viv Ansanm", "controls", "Delmas")}),
    ],
)
def test_apposed_modifiers_and_control_by_a_group(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(body) == expected


def test_a_denied_apposition_gives_nothing() -> None:
    assert triples(f"The {MSS}, a force not backed by the United Nations, left.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"The {MSS} was made possible by contributions from Canada and Germany.",
            {("Canada", "funds", MSS), ("Germany", "funds", MSS)},
        ),
        (f"The {MSS} receives most of its funding from the United States.", {("United States", "funds", MSS)}),
        (f"The {MSS}, whose funding comes mainly from Canada, left.", {("Canada", "funds", MSS)}),
        (
            f"Funding for the {MSS} comes from the United States and Canada.",
            {("United States", "funds", MSS), ("Canada", "funds", MSS)},
        ),
        (f"Financing for the {MSS} is assured by the United States.", {("United States", "funds", MSS)}),
        (
            f"The {GSF} is funded through voluntary contributions from Canada and Germany.",
            {("Canada", "funds", GSF), ("Germany", "funds", GSF)},
        ),
        (f"The United States is the main financial backer of the {MSS}.", {("United States", "funds", MSS)}),
        (f"Canada is among the main funders of the {GSF}.", {("Canada", "funds", GSF)}),
        (f"Canada is one of the largest donors to the {GSF}.", {("Canada", "funds", GSF)}),
        (f"Canada has given $10 million to the {MSS}.", {("Canada", "funds", MSS)}),
        (f"Canada paid into the UN trust fund for the {GSF}.", {("Canada", "funds", GSF)}),
        (
            f"The representative of the United States said that her country had provided the largest share of "
            f"funding for the {GSF}.",
            {("United States", "funds", GSF)},
        ),
        (f"Canada's ambassador told the council that his government had funded the {MSS}.", {("Canada", "funds", MSS)}),
        (f"The {GSF}'s main donors are Canada and Germany.", {("Canada", "funds", GSF), ("Germany", "funds", GSF)}),
        (f"The {GSF}'s biggest funder is Canada.", {("Canada", "funds", GSF)}),
        # `Its funding` opening a sentence is the money of the body that opened the sentence before
        (
            f"The {GSF} is expected to grow. Its funding has come mainly from the United States, with smaller "
            "contributions from Spain.",
            {("United States", "funds", GSF), ("Spain", "funds", GSF)},
        ),
    ],
)
def test_funding_written_through_its_money_its_funders_or_a_speaker_s_country(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        f"Funding for the {MSS} will not come from Canada.",
        f"Funding for the {MSS} comes from Canada only if the council agrees.",
        f"It is unclear whether Canada funds the {MSS}.",
        f"Canada funds the {MSS} on condition that Haiti holds elections.",
        f"The {MSS} has not received contributions from Canada.",
        f"The {MSS} asked for funding from Canada.",
        f"The {MSS} received a visit from Canada.",
        f"The {MSS}, whose commander comes from Kenya, left.",
        f"Japan has not paid into the trust fund for the {GSF}.",
        f"Jean Paul said that his country had funded the {MSS}.",
        f"The representative of the United States said that her country had not funded the {MSS}.",
        f"Canada, one of the largest donors to the {GSF}, sent police.",
        f"The {GSF} is expected to grow. Its funding has not come from Canada.",
        f"The {GSF} is expected to grow. Its commander came from Kenya.",
        f"The {GSF}'s main donors are not Canada and Germany.",
        f"The {GSF}'s biggest funder was never Canada.",
        f"The {GSF}'s largest contributor is Canada.",
    ],
)
def test_funding_denied_conditional_or_unnamed_gives_nothing(body: str) -> None:
    assert not {t for t in triples(body) if t[1] == "funds"}


@pytest.mark.parametrize(
    ("body", "present"),
    [
        (f"Kenya took command of the {MSS}.", True),
        (f"Kenya assumed leadership of the {MSS}.", True),
        (f"Kenya is in charge of the {MSS}.", True),
        (f"Kenya did not take command of the {MSS}.", False),
        (f"Kenya praised the leadership of the {MSS}.", False),
    ],
)
def test_leadership_written_as_taking_command(body: str, present: bool) -> None:
    assert (("Kenya", "leads", MSS) in triples(body)) is present


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Smugglers move weapons from Florida to Haiti.", {("Florida", "trafficked_to", "Haiti")}),
        (
            "Officials said the routes were being used to move weapons from Florida to Haiti through Bahamian waters.",
            {("Florida", "trafficked_to", "Haiti")},
        ),
        ("The boats carry rifles from Miami to Port-de-Paix.", {("Miami", "trafficked_to", "Port-de-Paix")}),
        (
            "Agents traced the rifles from Florida to Haiti’s central Artibonite region.",
            {("Florida", "trafficked_to", "Artibonite")},
        ),
        ("Ministers move delegations from Florida to Haiti.", set()),
        ("Planes carry aid from Miami to Port-de-Paix.", set()),
        ("Smugglers did not move weapons from Florida to Haiti.", set()),
    ],
)
def test_routes_with_more_verbs_of_motion(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples(body) if t[1] in ("trafficked_to", "supplies")} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relation split across a relative clause: the country's people act for it, an apposition holds the object
        (f"Kenya, whose police have led the {MSS} since 2024, will leave.", {("Kenya", "leads", MSS)}),
        (f"Kenya, whose police officers led the {MSS}, left.", {("Kenya", "leads", MSS)}),
        (f"The {MSS}, a force that Kenya leads, is leaving.", {("Kenya", "leads", MSS)}),
        (f"The {GSF} is a force backed by the United Nations.", {("United Nations", "backs", GSF)}),
        # the mission a country is known to lead, where the article names two and writes `the mission`
        (
            f"The United States proposed the {GSF} to succeed the {MSS}. The Secretary thanked Kenya for leading the "
            "mission for a year.",
            {("Kenya", "leads", MSS), ("United States", "proposes", GSF)},
        ),
        # none of these states the relation
        (f"Kenya, whose police have never led the {MSS}, will leave.", set()),
        (f"Kenya, whose minister has led the {MSS} talks, will leave.", set()),
        (f"The {GSF} is not a force backed by the United Nations.", set()),
        (
            f"The United States proposed the {GSF} to succeed the {MSS}. "
            "Canada thanked Brazil for leading the mission.",
            {("United States", "proposes", GSF)},
        ),
    ],
)
def test_relations_split_by_a_relative_clause_or_an_apposition(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Viv Ansanm has control over Delmas.", {("Viv Ansanm", "controls", "Delmas")}),
        ("Viv Ansanm has taken control of Delmas.", {("Viv Ansanm", "controls", "Delmas")}),
        ("Viv Ansanm has effective control of Delmas.", {("Viv Ansanm", "controls", "Delmas")}),
        ("Viv Ansanm's control of Delmas is complete.", {("Viv Ansanm", "controls", "Delmas")}),
        # control lost or sought is not control held
        ("Viv Ansanm lost control of Delmas.", set()),
        ("Viv Ansanm is fighting for control of Delmas.", set()),
        ("Viv Ansanm seeks control of Delmas.", set()),
        # one leads a body or a country, not a town
        ("Colonel Paul Sanon, who led a visit to Port-au-Prince, spoke.", set()),
    ],
)
def test_control_held_and_leadership_of_bodies(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples(body) if t[1] in ("controls", "leads")} == expected


@pytest.mark.parametrize(
    ("body", "present"),
    [
        (f"Kenya's leadership of the {MSS} ends in October.", True),
        (f"Kenya's command of the {MSS} ends in October.", True),
        (f"Kenya is the lead nation of the {MSS}.", True),
        (f"Kenya, the lead nation in the {MSS}, left.", True),
        (f"The {MSS}, under Kenyan leadership, deployed.", True),
        (f"The {MSS}, under Kenyan command, deployed.", True),
        # a noun of leadership with no owner, or denied, names no leader
        (f"Kenya questioned the command of the {MSS}.", False),
        (f"Kenya's role in the leadership of the {MSS} ended.", False),
        (f"Kenya is not the lead nation of the {MSS}.", False),
    ],
)
def test_leadership_written_as_a_noun(body: str, present: bool) -> None:
    assert (("Kenya", "leads", MSS) in triples(body)) is present


def test_a_clause_after_the_relation_does_not_make_it_hypothetical() -> None:
    assert ("Canada", "funds", MSS) in triples(f"Canada funds the {MSS}, whether or not Brazil agrees.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"Canada and Germany, along with Japan, have financed the {MSS}.",
            {("Canada", "funds", MSS), ("Germany", "funds", MSS), ("Japan", "funds", MSS)},
        ),
        (f"Canada, as well as Japan, funds the {MSS}.", {("Canada", "funds", MSS), ("Japan", "funds", MSS)}),
        (f"Canada, along with Japan, has not funded the {MSS}.", set()),
    ],
)
def test_a_companion_set_off_by_commas_acts_with_the_subject(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(body) == expected
