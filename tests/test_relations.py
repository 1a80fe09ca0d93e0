"""Relations on short texts of our own: denied ones are none, routes are not supplies, what moves is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.build import build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse import lexicon, vocab
from briefing.parse.models import FrontMatter, SourceDocument

MISSION = "Multinational Security Support Mission"
PNH = "Haitian National Police"


def relations(body: str) -> set[tuple[str, str, str, str]]:
    meta = FrontMatter(published=dt.date(2025, 5, 21))
    doc = SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    frame = build_corpus([parse_document(doc)])["relations"]
    return set(zip(frame["source"], frame["relation"], frame["target"], frame["item"], strict=True))


def test_the_cue_lexicon_names_exactly_the_vocabulary() -> None:
    assert {rel for rel, _, _ in lexicon.relation_cues()} == set(vocab.RELATIONS)
    assert "reports" not in vocab.RELATIONS


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        (f"Canada has not offered funding for the {PNH}.", ("Canada", "funds", PNH)),
        (f"Canada hasn’t contributed to the {MISSION}.", ("Canada", "funds", MISSION)),
        (f"Kenya has never led the {MISSION}.", ("Kenya", "leads", MISSION)),
        (f"Kenya refused to lead the {MISSION}.", ("Kenya", "leads", MISSION)),
        (f"Brazil has yet to fund the {MISSION}.", ("Brazil", "funds", MISSION)),
        (f"The United States declined to back the {MISSION}.", ("United States", "backs", MISSION)),
        (f"Neither Canada nor Brazil funds the {MISSION}.", ("Canada", "funds", MISSION)),
        (f"The {MISSION}, which was not funded by Canada, ran out of money.", ("Canada", "funds", MISSION)),
        (f"Canada never supplied rifles to the {PNH}.", ("Canada", "supplies", PNH)),
    ],
)
def test_a_denied_relation_is_none(body: str, triple: tuple[str, str, str]) -> None:
    assert triple not in {r[:3] for r in relations(body)}


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        (f"Canada agreed to fund the {PNH}.", ("Canada", "funds", PNH)),
        (f"Kenya leads the {MISSION}, which is not yet at full strength.", ("Kenya", "leads", MISSION)),
        (f"The {MISSION}, funded by Canada, is not at full strength.", ("Canada", "funds", MISSION)),
    ],
)
def test_a_denial_elsewhere_in_the_sentence_leaves_the_relation(body: str, triple: tuple[str, str, str]) -> None:
    assert triple in {r[:3] for r in relations(body)}


def test_a_deliberate_provision_is_a_supply_with_its_goods() -> None:
    found = relations(f"The United States supplied armored vehicles to the {PNH} last year.")
    assert found == {("United States", "supplies", PNH, "armored vehicles")}
    found = relations(f"Canada supplied the {PNH} with night-vision goggles in March.")
    assert found == {("Canada", "supplies", PNH, "night-vision goggles")}
    found = relations(f"Canada delivered radios and body armour to the {PNH}.")
    assert found == {("Canada", "supplies", PNH, "radios and body armour")}


def test_delivering_a_speech_is_not_a_supply() -> None:
    assert relations("Kenya delivered a speech at the United Nations.") == set()


def test_a_flow_is_a_route_between_places_not_a_supply() -> None:
    found = relations("Customs officers say rifles flowing from Florida to Haiti and Jamaica are rising.")
    assert found == {("Florida", "trafficked_to", "Haiti", "rifles"), ("Florida", "trafficked_to", "Jamaica", "rifles")}
    found = relations("They want to stem the flow of pistols leaving Houston in crates and arriving in Kingston.")
    assert found == {("Houston", "trafficked_to", "Kingston", "pistols")}


def test_no_flow_when_it_is_denied() -> None:
    assert relations("No rifles were shipped from Florida to Haiti last year.") == set()


def test_an_outlet_reporting_on_an_actor_is_not_a_relation() -> None:
    assert relations(f"The Jamaica Gleaner reported that the {MISSION} lacks vehicles.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a head noun after the name, then a relative clause
        ("The Gran Grif gang, which controls much of Saint-Marc, attacked a convoy.", {("Gran Grif", "Saint-Marc")}),
        # a participial aside between the subject and its verb
        (
            "The coalition known as 400 Mawozo, led by a former mechanic, still controls Croix-des-Bouquets.",
            {("400 Mawozo", "Croix-des-Bouquets")},
        ),
        # places listed after the first one, and a list opened by `including`
        (
            "Viv Ansanm controls most of Pétion-Ville, including parts of Delmas and Tabarre.",
            {("Viv Ansanm", "Pétion-Ville"), ("Viv Ansanm", "Delmas"), ("Viv Ansanm", "Tabarre")},
        ),
        (
            "Viv Ansanm gangs control the roads around the port, including Cité Soleil and large parts of Carrefour.",
            {("Viv Ansanm", "Cité Soleil"), ("Viv Ansanm", "Carrefour")},
        ),
    ],
)
def test_who_controls_which_places(body: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, t) for s, r, t, _ in relations(body) if r == "controls"} == expected


@pytest.mark.parametrize(
    "body",
    [
        # the object is the unnamed thing right after the verb, not a name behind a preposition
        f"Canada has provided funding for the new mission through a {PNH} fund.",
        "Brazil pledged to press donors to fund the Kenya-led mission in Haiti.",
        # the subject of a `when` clause is not the subject of the sentence before it
        "Kenya’s president William Ruto promised much when his cabinet agreed to lead the mission in Haiti.",
    ],
)
def test_a_name_outside_the_verbs_phrase_is_not_its_object(body: str) -> None:
    found = {r[:3] for r in relations(body)}
    assert not {t for t in found if t[1] in ("funds", "leads") and t[2] in ("Haiti", PNH)}, found
    assert not {t for t in found if t[0] == "William Ruto"}, found


@pytest.mark.parametrize(
    ("body", "triples"),
    [
        (f"Spain pledged $12 million to the {PNH} last week.", {("Spain", "funds", PNH)}),
        (f"The European Union gave 15 million euros to the {MISSION}.", {("European Union", "funds", MISSION)}),
        (
            f"Norway will provide an additional $8 million to support the training of the {PNH}.",
            {("Norway", "funds", PNH)},
        ),
        (f"Mexico has provided the bulk of the funding for the {MISSION}.", {("Mexico", "funds", MISSION)}),
        (f"Chile contributed to the {MISSION} in its first year.", {("Chile", "funds", MISSION)}),
        (f"Peru has financed the {PNH} since 2019.", {("Peru", "funds", PNH)}),
        (
            f"Donors expect new funding for the {PNH} from Spain and Norway.",
            {("Spain", "funds", PNH), ("Norway", "funds", PNH)},
        ),
        (f"Spain’s funding of the {PNH} doubled.", {("Spain", "funds", PNH)}),
        # money handed over is funding, not a supply
        (f"Chile donated $2 million to the {PNH}.", {("Chile", "funds", PNH)}),
    ],
)
def test_funding_as_reporters_write_it(body: str, triples: set[tuple[str, str, str]]) -> None:
    assert {r[:3] for r in relations(body)} == triples


@pytest.mark.parametrize(
    "body",
    [
        f"Chile and Peru have pledged troops to the {MISSION}.",  # people, not money
        f"Mexico committed 200 officers to the {MISSION}.",
        f"Norway provided training to the {PNH}.",
        f"Donors saw no funding for the {PNH} from Spain.",
        f"Spain has not pledged $5 million to the {PNH}.",
    ],
)
def test_pledging_people_or_denied_money_is_no_funding(body: str) -> None:
    assert "funds" not in {r[1] for r in relations(body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rifles were smuggled out of Houston towards Haiti.", {("Houston", "Haiti", "Rifles")}),
        ("They want to stop the ammunition leaving Texas for Haiti’s ports.", {("Texas", "Haiti", "ammunition")}),
        ("The crates moved from Houston to Jacmel over two years.", {("Houston", "Jacmel", "crates")}),
        (
            "Police say pistols bought in Texas were being shipped to Jacmel and Les Cayes.",
            {("Texas", "Jacmel", "pistols"), ("Texas", "Les Cayes", "pistols")},
        ),
        ("Boats leave Jamaica at night and land in Jérémie.", {("Jamaica", "Jérémie", "Boats")}),
        # a place that locates the destination is not another destination
        ("Freighters sailed from Houston to Jacmel on Haiti’s southern coast.", {("Houston", "Jacmel", "Freighters")}),
        (
            "Guns shipped from Texas arrive not only in Haiti, but also in Jamaica.",
            {("Texas", "Haiti", "Guns"), ("Texas", "Jamaica", "Guns")},
        ),
    ],
)
def test_routes_as_reporters_write_them(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(s, t, item) for s, r, t, item in relations(body) if r == "trafficked_to"} == expected


@pytest.mark.parametrize(
    "body",
    [
        "The delegation moved from Houston to Jacmel.",  # people travel: a general verb needs contraband
        "Deportation flights left Houston for Haiti.",
        "No crates were shipped out of Houston towards Haiti.",
    ],
)
def test_travel_and_denied_shipments_are_no_route(body: str) -> None:
    assert "trafficked_to" not in {r[1] for r in relations(body)}


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # what the person leads is the unnamed body right before `led by`, not the country named before it
        (
            "Jamaica sent a team of the national disaster office led by Marcia Grant.",
            ("Marcia Grant", "leads", "Jamaica"),
            None,
        ),
        (f"For the {PNH}, the unit will be led by Inspector Paul Joseph.", ("Paul Joseph", "leads", PNH), None),
        # a chain of passives still reaches its head
        (
            f"Peru proposed a force, the {MISSION}, led by Kenya and funded by Canada.",
            None,
            ("Canada", "funds", MISSION),
        ),
    ],
)
def test_led_by_acts_on_the_noun_it_follows(
    body: str, absent: tuple[str, str, str] | None, present: tuple[str, str, str] | None
) -> None:
    found = {r[:3] for r in relations(body)}
    assert absent is None or absent not in found, found
    assert present is None or present in found, found


def test_one_leads_what_follows_the_verb_not_what_it_belongs_to() -> None:
    assert relations(f"Inspector Paul Joseph, who heads the logistics unit of the {MISSION}, resigned.") == set()
    assert relations(f"Canada, which has funded training for the {PNH}, sent observers.") == {
        ("Canada", "funds", PNH, "")
    }


GSF = "Gang Suppression Force"


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        # the relation ways of issue 13's relations round (invented sentences)
        (f"Norway announced $9 million in support of the {GSF}.", ("Norway", "funds", GSF)),
        (f"Chile, the biggest donor to the {GSF}, sent a delegation.", ("Chile", "funds", GSF)),
        (f"Peru is the largest contributor to the {GSF}’s trust fund.", ("Peru", "funds", GSF)),
        (f"Chile’s contribution to the {GSF}, $4 million, arrived in March.", ("Chile", "funds", GSF)),
        (f"The {GSF} runs on financing from Spain and Norway.", ("Norway", "funds", GSF)),
        (f"The {PNH} was paid for with money from Spain.", ("Spain", "funds", PNH)),
        (
            f"The {MISSION}, which is financed through a trust fund and by Norway, ran short.",
            ("Norway", "funds", MISSION),
        ),
        (f"The {MISSION} was bankrolled by Chile.", ("Chile", "funds", MISSION)),
        (f"Peru has carried the cost of the {GSF}.", ("Peru", "funds", GSF)),
        (f"The Chile-funded, Kenyan-led {MISSION} ended in October.", ("Chile", "funds", MISSION)),
        (f"The Chile-funded, Kenyan-led {MISSION} ended in October.", ("Kenya", "leads", MISSION)),
        (f"The {MISSION}, which the new force replaced, was Kenyan-led from the start.", ("Kenya", "leads", MISSION)),
        (f"The {MISSION}, under the command of General Paul Joseph, grew.", ("Paul Joseph", "leads", MISSION)),
        (
            "The Gran Grif gang, headed by former police officer Paul Joseph, grew.",
            ("Paul Joseph", "leads", "Gran Grif"),
        ),
        (f"The police chief of Haiti, Paul Joseph, heads the {PNH}.", ("Paul Joseph", "leads", PNH)),
        (f"Peru thanked Kenya for leading the {MISSION}.", ("Kenya", "leads", MISSION)),
        (f"The UN-backed {GSF} landed.", ("United Nations", "backs", GSF)),
        (f"Peru voted for the {GSF} in the council.", ("Peru", "backs", GSF)),
        ("Viv Ansanm-controlled Cité Soleil is cut off.", ("Viv Ansanm", "controls", "Cité Soleil")),
        ("Farmers left Liancourt, now under the control of Gran Grif.", ("Gran Grif", "controls", "Liancourt")),
        (
            "They fled Liancourt, a farming town in the Artibonite that is now held by Gran Grif.",
            ("Gran Grif", "controls", "Liancourt"),
        ),
        (
            "Police avoid Croix-des-Bouquets, the 400 Mawozo stronghold.",
            ("400 Mawozo", "controls", "Croix-des-Bouquets"),
        ),
        (
            "Viv Ansanm, led by Paul Joseph, controls Bel Air, Solino and parts of Delmas.",
            ("Viv Ansanm", "controls", "Delmas"),
        ),
        (
            f"Peru, which proposed the {GSF} together with Chile, is on the council.",
            ("Chile", "proposes", GSF),
        ),
        (
            f"Canada has supplied radios to the {PNH} and delivered two helicopters to the {GSF}.",
            ("Canada", "supplies", GSF),
        ),
    ],
)
def test_relations_written_in_more_ways(body: str, triple: tuple[str, str, str]) -> None:
    assert triple in {r[:3] for r in relations(body)}


def test_a_trust_fund_that_receives_money_is_its_mission() -> None:
    body = (
        f"Chile, the largest donor to the {GSF}'s trust fund, added $3 million. "
        "The trust fund has received $20 million since October, most of it from Peru and Norway."
    )
    found = {r[:3] for r in relations(body)}
    assert {("Peru", "funds", GSF), ("Norway", "funds", GSF)} <= found, found


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        # denied, hypothetical and unnamed: never stated
        (f"Chile is not a donor to the {GSF}.", None),
        (f"Peru said it would contribute to the {GSF} only if the council paid for it.", None),
        (f"The {GSF} is not under the command of Kenya.", ("Kenya", "leads", GSF)),
        (f"The {GSF} is headed by a Kenyan general.", ("Kenya", "leads", GSF)),
        (f"Its police component is led by a Salvadoran commander of the {GSF}.", ("El Salvador", "leads", GSF)),
        (f"Peru will not lead the new force, the {GSF}.", ("Peru", "leads", GSF)),
        ("Saint-Marc is not under the control of Gran Grif.", ("Gran Grif", "controls", "Saint-Marc")),
        ("Gran Grif controls the roads leading north to Saint-Marc.", ("Gran Grif", "controls", "Saint-Marc")),
        ("Gran Grif controls the highway between Saint-Marc and Liancourt.", ("Gran Grif", "controls", "Liancourt")),
        (
            "Smugglers move guns into territory held by Gran Grif near Saint-Marc.",
            ("Gran Grif", "controls", "Saint-Marc"),
        ),
        ("The talks in Kingston held by Gran Grif failed.", ("Gran Grif", "controls", "Kingston")),
        (
            "Jamaica’s JDF contingent was commanded by Major Paul Joseph.",
            ("Paul Joseph", "leads", "Jamaica Defence Force"),
        ),
        ("Peru supported the U.S. and Panamanian draft resolution.", ("Peru", "backs", "United States")),
        (f"Peru urged the international community to fund the {GSF}.", ("Peru", "funds", GSF)),
        (f"Its first flights were paid for by the United States, said Paul Joseph of the {PNH}.", None),
        (
            f"Canada has supplied radios to the {PNH} and delivered two helicopters to the {GSF}.",
            (PNH, "supplies", GSF),
        ),
        ("Officials said the flow of guns from Florida to Haiti rose.", ("Florida", "supplies", "Haiti")),
    ],
)
def test_denied_hypothetical_and_unnamed_relations_are_none(body: str, triple: tuple[str, str, str] | None) -> None:
    found = {r[:3] for r in relations(body)}
    if triple is None:
        assert not {t for t in found if t[1] == "funds"}, found
    else:
        assert triple not in found, found


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        ("Gran Grif, which controls the Artibonite town of Liancourt, grew.", ("Gran Grif", "controls", "Liancourt")),
        (f"Peru welcomed the new funding for the {GSF} announced by Chile.", ("Chile", "funds", GSF)),
        ("Rifles moved from Florida to the northern Haitian port of Jacmel.", ("Florida", "trafficked_to", "Jacmel")),
    ],
)
def test_the_place_a_name_locates_and_a_giver_named_in_a_passive(body: str, triple: tuple[str, str, str]) -> None:
    found = {r[:3] for r in relations(body)}
    assert triple in found, found
    assert ("Gran Grif", "controls", "Artibonite") not in found
    assert ("Florida", "trafficked_to", "Haiti") not in found


def test_the_gang_opening_a_sentence_is_the_gang_named_before() -> None:
    body = "Police lost Liancourt to Gran Grif. The gang, once a small crew, now controls Saint-Marc."
    assert ("Gran Grif", "controls", "Saint-Marc") in {r[:3] for r in relations(body)}
    body = "Police lost Liancourt to Gran Grif. The gang does not control Saint-Marc."
    assert ("Gran Grif", "controls", "Saint-Marc") not in {r[:3] for r in relations(body)}
    body = "Police met Gran Grif envoys. The group of donors controls Saint-Marc's port."
    assert "controls" not in {r[1] for r in relations(body)}


def test_a_denial_before_a_passive_relative_clause_is_another_clauses() -> None:
    body = f"Peru did not give new money to the {MISSION}, which is financed by Chile."
    assert ("Chile", "funds", MISSION) in {r[:3] for r in relations(body)}
    body = f"The {MISSION}, which is not financed by Chile, ran short."
    assert ("Chile", "funds", MISSION) not in {r[:3] for r in relations(body)}


def test_a_donor_ranked_after_another_names_both() -> None:
    body = f"Chile, the {MISSION}’s second-largest donor after Peru, sent more."
    assert {("Chile", "funds", MISSION), ("Peru", "funds", MISSION)} <= {r[:3] for r in relations(body)}


def test_a_passive_with_it_acts_on_the_actor_opening_the_sentence_before() -> None:
    body = f"The {MISSION} began deploying in June. It was approved in October and funded mostly by Chile."
    assert ("Chile", "funds", MISSION) in {r[:3] for r in relations(body)}
    body = f"The {MISSION} began deploying in June. It was never funded by Chile."
    assert ("Chile", "funds", MISSION) not in {r[:3] for r in relations(body)}


@pytest.mark.parametrize(
    ("body", "triple"),
    [
        (f"Peru would contribute $10 million to the {GSF} if the council agreed.", ("Peru", "funds", GSF)),
        (f"Chile could lead the {GSF} only once the council asked.", ("Chile", "leads", GSF)),
        (f"Peru is considering funding the {GSF}.", ("Peru", "funds", GSF)),
        (f"Chile was studying a donation to the {GSF}.", ("Chile", "funds", GSF)),
    ],
)
def test_a_hypothetical_relation_is_none(body: str, triple: tuple[str, str, str]) -> None:
    assert triple not in {r[:3] for r in relations(body)}


def test_a_plan_stated_as_fact_is_a_relation() -> None:
    body = f"Peru said it would contribute $12 million to the {GSF}, and Chile pledged $5 million."
    assert ("Peru", "funds", GSF) in {r[:3] for r in relations(body)}


def test_money_received_and_a_gangs_stronghold() -> None:
    found = {r[:3] for r in relations(f"The {PNH} has received new funding from Chile.")}
    assert ("Chile", "funds", PNH) in found
    found = {r[:3] for r in relations("Police never reach Savien, and Gran Grif's stronghold of Liancourt is sealed.")}
    assert ("Gran Grif", "controls", "Liancourt") in found and ("Gran Grif", "controls", "Savien") not in found
    found = {r[:3] for r in relations(f"The {PNH} has not received any funding from Chile.")}
    assert ("Chile", "funds", PNH) not in found


def test_deliberating_on_cuts_still_states_the_funding() -> None:
    body = f"Peru is weighing cuts to the funding that sustains the {GSF}."
    assert ("Peru", "funds", GSF) in {r[:3] for r in relations(body)}


def test_a_mission_written_as_a_noun_is_the_one_its_source_was_linked_to() -> None:
    body = (
        f"The {GSF} replaced the Kenyan-led {MISSION}, which ended in October. "
        f"The {GSF} is larger. Kenya led that mission for 15 months."
    )
    found = {r[:3] for r in relations(body)}
    assert ("Kenya", "leads", MISSION) in found and ("Kenya", "leads", GSF) not in found, found


def test_a_contributor_of_officers_is_no_funder() -> None:
    body = f"Kenya, the largest contributor to the {GSF}, sent 600 more officers."
    assert ("Kenya", "funds", GSF) not in {r[:3] for r in relations(body)}
    body = f"Peru was the largest contributor to the {GSF}. It pledged $30 million over two years."
    assert ("Peru", "funds", GSF) in {r[:3] for r in relations(body)}


def test_the_object_named_before_a_relative_clause() -> None:
    found = {r[:3] for r in relations(f"The {GSF}, which Peru and Chile proposed, deployed in October.")}
    assert {("Peru", "proposes", GSF), ("Chile", "proposes", GSF)} <= found, found
    assert relations(f"The {GSF}, which Peru has never funded, deployed.") == set()
    # a place that only locates the object is not it
    assert relations("The mission in Haiti, which Kenya led for a year, ended.") == set()


def test_a_contribution_to_the_police_is_funding() -> None:
    body = f"Chile’s contribution to the {PNH} arrived in March."
    assert ("Chile", "funds", PNH) in {r[:3] for r in relations(body)}
