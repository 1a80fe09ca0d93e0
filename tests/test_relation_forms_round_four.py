"""Relation forms of the fourth relations round (issue 13, the retired held-out sets 2 and 3 studied), on invented
sentences: a subject or passive head past a relative clause set off by commas, the plural verb of backing, a
proposal put `to` a council, the owner before a place (`Haiti's Artibonite`), a place introduced by its kind in a
list, control through an apposition or by members of a group, and `flowed`/`dominates`; and what must give nothing
(`back` and `support` as words that are no verb of backing)."""

from __future__ import annotations

import pytest

from tests.test_relation_forms import GSF, MSS, triples

BOTH = f"The {GSF} replaced the {MSS} last year. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the verb after a relative clause set off by commas acts for the actor before the clause
        (
            "Canada, which has long been among the most generous donors to humanitarian appeals in the region since"
            " the earthquake of 2010, pledged $5 million to the Haitian National Police.",
            {("Canada", "funds", "Haitian National Police")},
        ),
        (
            f"The {MSS}, which Kenya led for a year, was funded mostly by the United States.",
            {("United States", "funds", MSS), ("Kenya", "leads", MSS)},
        ),
        # the plural verb of backing, with a list of subjects and a back-reference to the force
        (
            BOTH + "Brazil and Chile, which back the force with police trainers, met on Monday.",
            {("Brazil", "backs", GSF), ("Chile", "backs", GSF)},
        ),
        # a proposal put to a council: the force is what is proposed, through the relative clause
        (
            BOTH + "The force, which Chile and Peru proposed to the Security Council last year, grew.",
            {("Chile", "proposes", GSF), ("Peru", "proposes", GSF)},
        ),
        # the owner before a place is no object: the place is
        (
            "Gran Grif, which controls large parts of Haiti’s Artibonite department, was sanctioned.",
            {("Gran Grif", "controls", "Artibonite")},
        ),
        # a place introduced by its kind in a list of places held
        (
            "Gran Grif, led by Luckson Elan, controls much of the lower Artibonite, including the commune of"
            " Liancourt and the farms around Savien.",
            {("Gran Grif", "controls", "Artibonite"), ("Gran Grif", "controls", "Liancourt")},
        ),
        # control past an apposition set off by commas, and by members of a group
        (
            "Mirebalais, a farming commune north of the capital, has been controlled by the 400 Mawozo gang since"
            " 2020.",
            {("400 Mawozo", "controls", "Mirebalais")},
        ),
        (
            "Martissant has for years been controlled by gangs loyal to the Viv Ansanm coalition.",
            {("Viv Ansanm", "controls", "Martissant")},
        ),
        # more verbs of flowing and holding ground
        (
            "Weapons flowed from Miami to Gonaïves and Jacmel on small boats.",
            {("Miami", "trafficked_to", "Gonaïves"), ("Miami", "trafficked_to", "Jacmel")},
        ),
        ("Gran Grif dominates the lower Artibonite valley.", {("Gran Grif", "controls", "Artibonite")}),
    ],
)
def test_round_four_forms_give_their_relations(body: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(body)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (
            f"The {MSS}, which Kenya led for a year, was funded mostly by the United States.",
            ("United States", "funds", "Kenya"),
        ),
        (
            BOTH + "The force, which Chile proposed to the Security Council, grew.",
            ("Chile", "proposes", "Security Council"),
        ),
        (
            "Gran Grif, which controls large parts of Haiti’s Artibonite department, was sanctioned.",
            ("Gran Grif", "controls", "Haiti"),
        ),
        ("Kenya sent its officers back to Haiti in May.", ("Kenya", "backs", "Haiti")),
        ("Brazil gave its support to the Haitian National Police.", ("Brazil", "backs", "Haitian National Police")),
    ],
)
def test_round_four_forms_give_no_wrong_relation(body: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(body)


@pytest.mark.parametrize("mark", ["authorized", "authorised", "mandated"])
def test_an_authorisation_is_no_backing(mark: str) -> None:
    """Four gold sets written blind read `UN-authorized force` as a mandate, not as backing (`UN-backed` is)."""
    assert ("United Nations", "backs", GSF) not in triples(f"The UN-{mark} {GSF} landed in May.")
    assert ("United Nations", "backs", GSF) in triples(f"The UN-backed {GSF} landed in May.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund named by what it pays for, then `the fund` as a common noun after a noun cue with `made`
        (
            BOTH + "Chile has pledged $8 million to the U.N. trust fund that pays for the force’s fuel and food. Peru"
            " and Spain have made larger contributions to the fund.",
            {("Chile", "funds", GSF), ("Peru", "funds", GSF), ("Spain", "funds", GSF)},
        ),
        # money named in a passive relative clause goes to the clause's head, past a place that locates it
        (
            "Some 300 cadets graduated on Friday at the National Police Academy in Port-au-Prince, which was rebuilt"
            " in 2024 with money from Japan.",
            {("Japan", "funds", "National Police Academy")},
        ),
        # a list of bodies funded, acronyms in brackets between them
        (
            "Canada provided funding for the World Food Programme (WFP), the United Nations Children’s Fund"
            " (UNICEF) and the International Organization for Migration.",
            {
                ("Canada", "funds", "World Food Programme"),
                ("Canada", "funds", "United Nations Children’s Fund"),
                ("Canada", "funds", "International Organization for Migration"),
            },
        ),
        # money as the subject: the fund the article said the money came from
        (
            "The relief chief has released $6 million from the Central Emergency Response Fund to help families"
            " displaced by floods.\n\nAid agencies welcomed it.\n\nThe allocation provides funding for the World"
            " Food Programme and the International Organization for Migration.",
            {
                ("Central Emergency Response Fund", "funds", "World Food Programme"),
                ("Central Emergency Response Fund", "funds", "International Organization for Migration"),
            },
        ),
    ],
)
def test_round_four_funding_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(body)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (
            BOTH + "Chile has pledged $8 million to the trust fund that pays for the force. Italy has not made any"
            " contribution to the fund.",
            ("Italy", "funds", GSF),
        ),
        (
            "Canada funds the Haitian National Police, and the United Nations leads the talks.",
            ("Canada", "funds", "United Nations"),
        ),
        (
            "The allocation provides funding for the World Food Programme.",  # no fund named: no giver
            ("World Food Programme", "funds", "World Food Programme"),
        ),
    ],
)
def test_round_four_funding_forms_give_no_wrong_relation(body: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the next leg of a route starts where the last one ended
        (
            "The rifles were smuggled from Miami to Gonaïves in crates of frozen fish and then trucked south to"
            " Mirebalais, police said.",
            {("Miami", "trafficked_to", "Gonaïves"), ("Gonaïves", "trafficked_to", "Mirebalais")},
        ),
        (
            "The pistols had been shipped from Miami to Nassau and were to be sent on to Jacmel, officials said.",
            {("Miami", "trafficked_to", "Nassau"), ("Nassau", "trafficked_to", "Jacmel")},
        ),
        # a list of goods supplied
        (
            BOTH + "The United States had supplied armoured vehicles, helicopters and radios to the force since May.",
            {("United States", "supplies", GSF)},
        ),
        # `he` opening a clause is the sentence's one person, `the gang` its one gang
        (
            "Since 2022, Jean Dorval has funded the Gran Grif gang through fake contracts, and he has supplied the"
            " gang with rifles.",
            {("Jean Dorval", "funds", "Gran Grif"), ("Jean Dorval", "supplies", "Gran Grif")},
        ),
        # backing as a noun: the support of, lending one's support
        (
            f"The {GSF}, which the Security Council approved in 2025, has the support of CARICOM, and leaders have"
            " urged others to send troops.",
            {("Caribbean Community", "backs", GSF)},
        ),
        (
            "Jamaica will lend its support to the Haitian National Police, the minister said.",
            {("Jamaica", "backs", "Haitian National Police")},
        ),
    ],
)
def test_round_four_routes_supplies_and_backing(body: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(body)
    assert expected <= found, found


def test_a_pronoun_with_two_people_before_it_is_no_subject() -> None:
    body = "Jean Dorval met Paul Michel in May, and he has supplied the Gran Grif gang with rifles."
    assert not {r for r in triples(body) if r[1] == "supplies"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a sum in a currency named by its country
        (
            BOTH + "Chile has pledged 8 million Chilean pesos to the U.N. trust fund that pays for the force’s fuel.",
            {("Chile", "funds", GSF)},
        ),
        # money given for `its` needs, in a sentence that already funds one mission
        (
            BOTH + "Chile, which has long been a donor, pledged a further $6 million for the force, while Peru and"
            " Spain together committed about $45 million in funding for its logistics, officials said.",
            {("Chile", "funds", GSF), ("Peru", "funds", GSF), ("Spain", "funds", GSF)},
        ),
    ],
)
def test_round_four_sums(body: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(body)
    assert expected <= found, found


def test_money_for_its_needs_with_no_mission_funded_before_goes_nowhere() -> None:
    body = "Peru and Spain together committed about $45 million in funding for its logistics, officials said."
    assert not {r for r in triples(body) if r[1] == "funds"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"The {GSF} is funded largely by voluntary contributions from Canada and Germany.", ("Canada", "funds", GSF)),
        (f"Spain will contribute $12 million toward the {GSF}, its foreign ministry said.", ("Spain", "funds", GSF)),
        (f"The United States has spent more than $600 million on the {MSS}.", ("United States", "funds", MSS)),
        (f"Most of the money for the {MSS} came from the United States.", ("United States", "funds", MSS)),
        (f"The {GSF} is commanded by Kenyan general Jonah Mwangi.", ("Jonah Mwangi", "leads", GSF)),
        ("Mirebalais fell to the Viv Ansanm coalition in March.", ("Viv Ansanm", "controls", "Mirebalais")),
        ("Gran Grif has held Liancourt since 2023.", ("Gran Grif", "controls", "Liancourt")),
        ("Most of the weapons trafficked into Haiti come from Florida.", ("Florida", "trafficked_to", "Haiti")),
        (
            "The Haitian National Police received 20 armored vehicles from the United States.",
            ("United States", "supplies", "Haitian National Police"),
        ),
        ("Jean Dorval armed the Gran Grif gang with rifles from Florida.", ("Jean Dorval", "supplies", "Gran Grif")),
        ("Jean Dorval sold weapons to the Gran Grif gang.", ("Jean Dorval", "supplies", "Gran Grif")),
    ],
)
def test_round_four_common_forms(body: str, expected: tuple[str, str, str]) -> None:
    found = triples(body)
    assert expected in found, found


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Canada has spent $90 million on police training in Haiti.", ("Canada", "funds", "Haiti")),
        ("Jean Dorval sold his stake to the Gran Grif gang.", ("Jean Dorval", "supplies", "Gran Grif")),
        ("Haiti received rifles from Florida last year.", ("Florida", "supplies", "Haiti")),
        ("The Gang Suppression Force is commanded by Kenya.", ("Jonah Mwangi", "leads", GSF)),
    ],
)
def test_round_four_common_forms_give_no_wrong_relation(body: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(body)
