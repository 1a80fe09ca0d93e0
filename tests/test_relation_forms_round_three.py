"""Relation forms of the third relations round (issue 13, articles 125-129), on invented sentences: donor lists and
pledges to a trust fund, a fund that pays for a force, back-references (`the force`, `the police`, `the commune`),
control as taking ground, leadership in appositions; and what must give nothing (requests, intentions, a raid, the
owner of what is paid for, a past mission)."""

from __future__ import annotations

import pytest

from tests.test_relation_forms import GSF, MSS, triples

#: both missions named, the force more often: the actors stage ties neither `the force` nor `the mission` to one
BOTH = f"The {GSF} replaced the {MSS} last year. The {GSF} has 2,000 officers. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of donors as subject, a sum written with its bound, a fund for the force
        (
            f"Chile, Peru and the Netherlands have pledged a combined $50 million to the U.N. trust fund for the"
            f" {GSF}.",
            {("Chile", "funds", GSF), ("Peru", "funds", GSF), ("The Netherlands", "funds", GSF)},
        ),
        (
            f"Norway and Sweden pledged a total of $30 million to the {GSF}.",
            {("Norway", "funds", GSF), ("Sweden", "funds", GSF)},
        ),
        # `the force` after two missions are named, and `earmarked` as a pledge to `the same fund`
        (
            BOTH + "The European Union announced a further 20 million euros for the force.",
            {("European Union", "funds", GSF)},
        ),
        (
            f"Austria gave $4 million to the trust fund for the {GSF}. Japan earmarked $9 million for the same fund.",
            {("Austria", "funds", GSF), ("Japan", "funds", GSF)},
        ),
        # a fund said to pay for the force: its receipts and its donors, through a relative clause holding a number
        (
            f"Officials said the fund, which pays the salaries of the {GSF}'s 2,400 officers, has received $90 million"
            " since March, most of it from Chile and Peru.",
            {("Chile", "funds", GSF), ("Peru", "funds", GSF)},
        ),
        (
            f"The trust fund that pays the {GSF} is short. Chile and Peru, two of the fund’s smaller donors, spoke.",
            {("Chile", "funds", GSF), ("Peru", "funds", GSF)},
        ),
        # a gang that takes a town holds it; the subjects set off by what they are
        ("Gran Grif seized Liancourt in May.", {("Gran Grif", "controls", "Liancourt")}),
        (
            "The 400 Mawozo and Taliban gangs, both members of the Viv Ansanm coalition, overran Mirebalais.",
            {("400 Mawozo", "controls", "Mirebalais"), ("Taliban", "controls", "Mirebalais")},
        ),
        # a place named again by a common noun after the cue
        (
            "Police retook a station in Croix-des-Bouquets, but the 400 Mawozo gang still holds most of the commune.",
            {("400 Mawozo", "controls", "Croix-des-Bouquets")},
        ),
        # leadership in appositions and after a possessive or `whose`
        (
            f"Maj. Gen. Amos Kariuki, the Kenyan officer who commands the {GSF}, spoke.",
            {("Amos Kariuki", "leads", GSF)},
        ),
        (f"The {GSF}’s commander, Maj. Gen. Amos Kariuki, spoke.", {("Amos Kariuki", "leads", GSF)}),
        (
            "Gran Grif seized Liancourt. The gang, whose leader Luckson Elan rarely speaks, still holds the road.",
            {("Gran Grif", "controls", "Liancourt"), ("Luckson Elan", "leads", "Gran Grif")},
        ),
        # `the mission` is the one mission so named, not the force named more often
        (BOTH + "The mission was bankrolled by Canada.", {("Canada", "funds", MSS)}),
        # a country's people acting in a relative clause
        (
            f"Haiti thanked the Kenyan police officers who led the {MSS}.",
            {("Kenya", "leads", MSS)},
        ),
        # a co-author of a proposal named after `with`; a subject set off by whom it speaks for
        (
            f"Chile, which proposed the {GSF} at the Security Council with Panama, abstained.",
            {("Chile", "proposes", GSF), ("Panama", "proposes", GSF)},
        ),
        (
            f"Guyana, speaking for the Caribbean members, backed the renewal of the {GSF}.",
            {("Guyana", "backs", GSF)},
        ),
        # money with words saying what it is; `the police` as the one police body named
        (
            "The European Union has provided more than 90 million euros in security assistance to Haiti.",
            {("European Union", "funds", "Haiti")},
        ),
        (
            "The Haitian National Police (HNP) received new trucks. Spain provided radios to the police’s border unit.",
            {("Spain", "supplies", "Haitian National Police")},
        ),
        # money of a body named with its givers; a cost carried; `the Force` as UN copy writes it
        (
            BOTH + "Its budget is short, and most of the mission's money came from Chile and Peru.",
            {("Chile", "funds", MSS), ("Peru", "funds", MSS)},
        ),
        (f"Canada has carried almost the entire cost of the {MSS}.", {("Canada", "funds", MSS)}),
        (
            f"The {GSF} deployed. The representative of Chile said that her country had provided the largest share "
            "of funding for the Force.",
            {("Chile", "funds", GSF)},
        ),
        # where a leader acts from, between the verb and its agent; `the coalition` as the gang so written
        (
            "The largest is 400 Mawozo, still led from hiding by Joseph Wilson.",
            {("Joseph Wilson", "leads", "400 Mawozo")},
        ),
        (
            "The Viv Ansanm coalition controls Bel Air. Residents blame Jimmy Chérizier, a former police officer who"
            " heads the coalition.",
            {("Jimmy Chérizier", "leads", "Viv Ansanm")},
        ),
    ],
)
def test_stated_forms(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(body)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # a request is no funding; an intention is no fact
        (f"The prime minister called on Brazil and Mexico to fund the {GSF}.", ("Brazil", "funds", GSF)),
        (f"The prime minister urged Mexico to contribute $5 million to the {GSF}.", ("Mexico", "funds", GSF)),
        (f"Italy plans to contribute $5 million to the {GSF}.", ("Italy", "funds", GSF)),
        (f"Italy hopes to fund the {GSF}.", ("Italy", "funds", GSF)),
        # taking ground is control only for a gang, and a raid is not control
        ("Police seized Solino on Monday.", ("Haitian National Police", "controls", "Solino")),
        ("Gran Grif raided Liancourt and withdrew.", ("Gran Grif", "controls", "Liancourt")),
        ("Gran Grif seized weapons in Liancourt.", ("Gran Grif", "controls", "Liancourt")),
        # the apposition's person leads, not the country of its demonym; no former commander leads
        (f"Maj. Gen. Amos Kariuki, the Kenyan officer who commands the {GSF}, spoke.", ("Kenya", "leads", GSF)),
        (f"The {GSF}’s former commander, Amos Kariuki, spoke.", ("Amos Kariuki", "leads", GSF)),
        # paying for what the force owns is not funding the force
        (
            BOTH + "Canada paid for most of the force's armored vehicles.",
            ("Canada", "funds", GSF),
        ),
        # `the earlier mission` is not the force that replaced it
        (
            f"The {GSF} deployed in May. Kenyan officials, who led the earlier mission, were not consulted.",
            ("Kenya", "leads", GSF),
        ),
        # a place named again needs one place before it
        (
            "Police patrol Delmas and Pétion-Ville, but Viv Ansanm controls the district.",
            ("Viv Ansanm", "controls", "Delmas"),
        ),
        # one leads what a body owns, not the body; calling for a force to deploy proposes nothing
        (
            "Mark Osei, who heads the Haitian National Police's border unit, spoke.",
            ("Mark Osei", "leads", "Haitian National Police"),
        ),
        (
            f"CARICOM leaders have called for the {GSF} to be deployed without delay.",
            ("Caribbean Community", "proposes", GSF),
        ),
        (f"Canada has carried the cost of the {GSF}'s fuel.", ("Canada", "funds", GSF)),
        # `the coalition` with two gangs named and neither written as one
        (
            "Viv Ansanm and Gran Grif fought. Jimmy Chérizier heads the coalition.",
            ("Jimmy Chérizier", "leads", "Viv Ansanm"),
        ),
    ],
)
def test_forms_that_state_nothing(body: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(body)
