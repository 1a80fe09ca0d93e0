"""Roles written around a name (titles of a body, former/interim/acting, lower-case roles, appositions and
comma-set titles), `the UN mission` as the field office the article named, and funding stated through
`it`: each on a short made-up text (names and figures invented)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.corpus.build import build_corpus
from briefing.corpus.evaluate import evaluate_journalism
from briefing.corpus.rows import parse_document
from briefing.parse.actors import find_actors
from briefing.parse.models import FrontMatter, SourceDocument
from briefing.parse.pipeline import segment

MSS = "Multinational Security Support Mission"
GSF = "Gang Suppression Force"


def people(body: str) -> dict[str, tuple[str, str]]:
    """Person name -> (role, name of the affiliate or "")."""
    found = find_actors(segment(body))
    return {
        a.name: (a.role, found.actors[a.affiliation].name if a.affiliation else "")
        for a in found.actors.values()
        if a.type == "person"
    }


def names(body: str) -> dict[str, str]:
    return {a.name: a.type for a in find_actors(segment(body)).actors.values()}


def relations(body: str) -> set[tuple[str, str, str]]:
    meta = FrontMatter(published=dt.date(2025, 11, 3))
    doc = SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    frame = build_corpus([parse_document(doc)])["relations"]
    return set(zip(frame["source"], frame["relation"], frame["target"], strict=True))


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Inspector General of Police Maxime Tolbert said the road was open.",
            "Maxime Tolbert",
            "Inspector General of Police",
        ),
        (
            "Deputy Inspector General of Police Joseph Kiprop spoke.",
            "Joseph Kiprop",
            "Deputy Inspector General of Police",
        ),
        (
            "Acting Commissioner of Police Erwin Gaskin said the team was ready.",
            "Erwin Gaskin",
            "Acting Commissioner of Police",
        ),
        (
            "Acting Director of Criminal Investigations Rose Wanyama said so.",
            "Rose Wanyama",
            "Acting Director of Criminal Investigations",
        ),
        (
            "The plan drew fire from former prime minister Paul Desvarieux, who leads a party.",
            "Paul Desvarieux",
            "former prime minister",
        ),
        ("Haiti’s interim Prime Minister Yves Lafontant welcomed it.", "Yves Lafontant", "interim Prime Minister"),
        ("Former senator Rosny Beaubrun argued that the plan had failed.", "Rosny Beaubrun", "Former senator"),
        ("Acting police chief Yves Sanon told reporters the gangs had fled.", "Yves Sanon", "Acting police chief"),
        ("Former Interior CS Peter Otieno has since left office.", "Peter Otieno", "Former Interior CS"),
        (
            "The talks were led by opposition politician Mary Njoroge on Monday.",
            "Mary Njoroge",
            "opposition politician",
        ),
        ("Carla Mendoza, a security analyst at a Nairobi institute, said so.", "Carla Mendoza", "security analyst"),
        ("The current Interior CS, Peter Kamau, will appear on Tuesday.", "Peter Kamau", "Interior CS"),
        (
            "Today, the Honourable Mary Ellis, Minister of Foreign Affairs, announced funds.",
            "Mary Ellis",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_roles_keep_what_the_text_writes(body: str, person: str, role: str) -> None:
    assert people(body)[person][0] == role


def test_a_title_of_a_body_is_no_organization_and_affiliates_with_that_body() -> None:
    body = "Officers of the Haitian National Police held the road. Inspector General of Police Maxime Tolbert said so."
    assert people(body)["Maxime Tolbert"] == ("Inspector General of Police", "Haitian National Police")
    assert not any("Tolbert" in name for name, kind in names(body).items() if kind == "organization")


def test_a_lower_case_word_before_a_name_is_no_role_unless_it_names_one() -> None:
    assert people("Yesterday the committee met Mary Njoroge in Nairobi.")["Mary Njoroge"][0] == ""
    assert people("Her lawyer said the court met Mary Njoroge twice.")["Mary Njoroge"][0] == ""


def test_a_comma_set_title_gives_its_owner() -> None:
    body = "The Ambassador of Canada to Haiti, Marie Ouellet, will attend."
    assert people(body)["Marie Ouellet"] == ("Ambassador of Canada to Haiti", "Canada")
    body = "A meeting between Minister Ellis and Haiti’s Minister of Foreign Affairs, Jean Bastien, took place."
    assert people(body)["Jean Bastien"] == ("Minister of Foreign Affairs", "Haiti")


def test_a_spokesperson_for_the_un_mission_belongs_to_the_mission_named() -> None:
    body = (
        "The United Nations Integrated Office in Haiti (BINUH) reported new killings. "
        "Ana Ruiz, a spokesperson for the UN mission, said most victims were in Cabaret."
    )
    assert people(body)["Ana Ruiz"] == ("spokesperson", "United Nations Integrated Office in Haiti")
    alone = "Ana Ruiz, a spokesperson for the UN mission, said most victims were in Cabaret."
    assert people(alone)["Ana Ruiz"][1] == "United Nations"  # no office named: the UN itself


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        (
            f"Canada, a donor to the {MSS}, spoke on Friday. It pledged $20 million to the {MSS}.",
            ("Canada", "funds", MSS),
        ),
        (
            f"Germany made the largest pledge. It promised 30 million euros ($35 million) to the UN trust fund "
            f"for the {GSF}.",
            ("Germany", "funds", GSF),
        ),
        (f"The United States was the largest contributor to the {MSS}.", ("United States", "funds", MSS)),
    ],
)
def test_funding_stated_through_it_or_a_donor_noun(body: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations(body)


@pytest.mark.parametrize(
    "body",
    [
        f"Canada spoke on Friday. It did not pledge $20 million to the {MSS}.",
        f"Canada spoke on Friday.\nIt pledged $20 million to the {MSS}.",  # another paragraph: no antecedent
        f"Canada spoke on Friday. It pledged 200 officers to the {MSS}.",  # people, not money
    ],
)
def test_it_gives_no_funding_when_denied_far_or_not_money(body: str) -> None:
    assert not any(rel == "funds" for _, rel, _ in relations(body))


def test_control_is_of_ground_only() -> None:
    body = f"The {GSF}, which took over the {MSS} in October, now controls Cabaret."
    found = relations(body)
    assert (GSF, "controls", MSS) not in found


def test_the_mission_with_two_missions_is_the_one_named_most() -> None:
    body = (
        f"The {MSS} (MSS) has 1,000 officers. The MSS is short of money. It will hand over to the {GSF}. "
        "Canada pledged $5 million to the mission."
    )
    assert ("Canada", "funds", MSS) in relations(body)


@pytest.mark.parametrize(
    ("body", "triple", "present"),
    [
        (
            "Canada is providing armoured vehicles to the Haitian National Police.",
            ("Canada", "supplies", "Haitian National Police"),
            True,
        ),
        (f"Canada will provide $8 million to the {GSF}.", ("Canada", "funds", GSF), True),
        (f"The UN will provide logistical support to the {GSF}.", ("United Nations", "supplies", GSF), False),
        (f"The {GSF} was proposed by the United States and Panama.", ("Panama", "proposes", GSF), True),
        (
            "Viv Ansanm, a coalition of gangs that controls Bel Air, attacked again.",
            ("Viv Ansanm", "controls", "Bel Air"),
            True,
        ),
        (f"Kenya, which offered 1,000 officers and went on to lead the {MSS}.", ("Kenya", "leads", MSS), True),
    ],
)
def test_provisions_proposals_and_relative_clauses(body: str, triple: tuple[str, str, str], present: bool) -> None:
    assert (triple in relations(body)) is present


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Natcom said the network was down.", "Natcom", "organization"),  # one word, no name's evidence
        ("Le Nouvelliste reported the deaths.", "Le Nouvelliste", "organization"),
        ("Moïse said the road was closed. Later Jovenel Moïse left.", "Jovenel Moïse", "person"),
        ("Guerline said she had fled.", "Guerline", "person"),  # a first name of the list
    ],
)
def test_a_capitalised_speaker_is_a_person_only_with_a_name_s_evidence(body: str, name: str, kind: str) -> None:
    assert names(body).get(name) == kind


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Foreign Affairs PS Amos Wekesa said so.", "Amos Wekesa", "Foreign Affairs PS"),
        ("Major Colleen Brissett, a spokesperson for the force, said so.", "Colleen Brissett", "Major"),
        (
            "Ingrid Halvorsen, Special Representative of the Secretary-General and Head of the Mission, spoke.",
            "Ingrid Halvorsen",
            "Special Representative of the Secretary-General",
        ),
        (
            "Jean Bastien, Minister of Foreign Affairs and Worship, spoke.",
            "Jean Bastien",
            "Minister of Foreign Affairs and Worship",
        ),
    ],
)
def test_portfolios_ranks_and_joined_offices(body: str, person: str, role: str) -> None:
    assert people(body)[person][0] == role


def test_a_demonym_after_a_connector_describes_the_next_noun() -> None:
    found = names("Canada chairs the donors of the UN Basket Fund for the Haitian police.")
    assert found.get("UN Basket Fund") == "organization"
    assert names("The Haitian National Police agreed.").get("Haitian National Police") == "organization"


@pytest.mark.parametrize(
    ("body", "triple", "present"),
    [
        (
            f"Germany pledged $35 million to the trust fund for the {GSF}. Japan said it would contribute $12 million.",
            ("Japan", "funds", GSF),
            True,
        ),
        (
            f"Germany pledged $35 million to the trust fund for the {GSF}. Japan pledged $12 million in food aid.",
            ("Japan", "funds", GSF),
            False,
        ),
        (f"Japan pledged $12 million. The {GSF} deployed.", ("Japan", "funds", GSF), False),  # nothing funded before
        (f"Canada, the {MSS}’s second-largest donor, spoke.", ("Canada", "funds", MSS), True),
        (f"The United States has provided most of the {MSS}’s funding.", ("United States", "funds", MSS), True),
        (f"Canada, which is not the {MSS}’s largest donor, spoke.", ("Canada", "funds", MSS), False),
    ],
)
def test_a_bare_sum_after_funding_and_a_mission_s_donor(body: str, triple: tuple[str, str, str], present: bool) -> None:
    assert (triple in relations(body)) is present


def test_roles_and_affiliations_on_the_real_style_set() -> None:
    """Floors a little under the figures measured when the role rules were written (0.92 / 0.78 and 1.00)."""
    scores = evaluate_journalism(Path(__file__).resolve().parent / "articles" / "journalism").set_index("class")
    roles, affiliation = scores.loc["person roles"], scores.loc["person affiliation"]
    assert roles["precision"] >= 0.88 and roles["recall"] >= 0.72, roles.to_dict()
    assert affiliation["precision"] >= 0.95 and affiliation["recall"] >= 0.95, affiliation.to_dict()


@pytest.mark.parametrize(
    ("body", "person", "role", "affiliate"),
    [
        ("“Gone,” said one resident, Marie Dorsainvil, 43, who fled.", "Marie Dorsainvil", "resident", ""),
        ("The union’s last president, Paul Sanon, resigned.", "Paul Sanon", "president", ""),
        ("Haiti’s justice minister, Paul Sanon, wrote on X.", "Paul Sanon", "justice minister", "Haiti"),
        (
            "“No,” said Marie Dorsainvil, the opposition politician who filed the case.",
            "Marie Dorsainvil",
            "opposition politician",
            "",
        ),
        (
            "“No,” said Marie Dorsainvil, a Haitian security analyst based in Montreal.",
            "Marie Dorsainvil",
            "security analyst",
            "",
        ),
        ("Haitian National Police spokesman Paul Sanon said so.", "Paul Sanon", "spokesman", "Haitian National Police"),
    ],
)
def test_lower_case_roles_set_off_by_commas_or_after_a_body(body: str, person: str, role: str, affiliate: str) -> None:
    assert people(body)[person] == (role, affiliate)


def test_a_bounded_sum_is_money() -> None:
    body = f"Washington carried most of the cost. It committed more than $600 million to the {MSS}."
    assert ("United States", "funds", MSS) in relations(body)
