"""Organization names on made-up sentences: a body is named as the article writes it, long names with commas
and `and` stay whole, a body's own body (`X's Office of Y`) is two bodies, and phrases that only look like
bodies (a designation, heads of government, a title's remit) name none. One test per behaviour."""

from __future__ import annotations

from test_actor_rules import actors, mentioned

from briefing.parse.actors import find_actors
from briefing.parse.pipeline import segment


def organizations(body: str) -> set[str]:
    return {name for name, actor in actors(body).items() if actor.type == "organization"}


# -- names as written --------------------------------------------------------------------------------


def test_a_known_body_is_named_as_the_article_writes_it_and_keeps_the_lexicons_name_as_an_alias() -> None:
    found = actors("The U.N. World Food Programme (WFP) said on Monday it would cut rations. WFP said it needs help.")
    programme = found["U.N. World Food Programme"]
    assert programme.type == "organization"
    assert {"WFP", "World Food Programme"} <= programme.aliases
    assert "World Food Programme" not in found  # one body, not two


def test_an_acronym_or_a_short_word_takes_the_lexicons_name() -> None:
    assert "United Nations" in organizations("The U.N. said the talks would resume.")
    assert "Caribbean Community" in organizations("Caricom leaders met in Bridgetown.")


def test_a_known_name_cut_short_before_its_noun_takes_the_lexicons_name() -> None:
    found = actors("The Multinational Security Support mission ended its work in Haiti.")
    assert found["Multinational Security Support Mission"].type == "mission"


def test_a_lexicon_name_and_its_prefixed_form_are_one_body() -> None:
    found = find_actors(segment("The World Food Programme said so. Later the UN World Food Programme agreed."))
    keys = {m.key for m in found.mentions if "Food" in m.text}
    assert len(keys) == 1


# -- long names ----------------------------------------------------------------------------------------


def test_an_acronym_after_a_name_with_commas_keeps_the_name_whole() -> None:
    found = actors("the National Council for Literacy, Languages and Culture (CNLLC) said it would reopen schools.")
    council = found["National Council for Literacy, Languages and Culture"]
    assert council.type == "organization" and "CNLLC" in council.aliases
    assert "National Council for Literacy" not in found


def test_a_french_ordered_acronym_still_bounds_the_name() -> None:
    # M-F-R-C-D-R: the French order of Ressources Côtières, Développement Rural
    found = actors("The Ministry of Fisheries, Coastal Resources and Rural Development (MFRCDR) opened an office.")
    assert "Ministry of Fisheries, Coastal Resources and Rural Development" in found
    assert "Ministry of Fisheries" not in found


def test_an_acronym_of_the_last_phrase_alone_joins_nothing() -> None:
    found = organizations("Aid: the Ministry of Health, Jacmel and the Pan American Health Organization (PAHO).")
    assert "Pan American Health Organization" in found and "Ministry of Health" in found


def test_a_portfolio_joined_by_and_is_one_ministry() -> None:
    found = organizations("The Ministry of Culture and National Heritage said the museum would reopen.")
    assert "Ministry of Culture and National Heritage" in found
    assert "National Heritage" not in found


def test_two_bodies_joined_by_and_the_are_still_two() -> None:
    found = organizations("The Ministry of Culture and the National Archives Office signed the plan.")
    assert {"Ministry of Culture", "National Archives Office"} <= found


def test_a_bodys_name_going_on_after_in_to_the_end_of_the_clause_is_one_name() -> None:
    found = organizations("said Ana Ruiz, a researcher at the Institute for Peace and Research in Conflict Studies.")
    assert "Institute for Peace and Research in Conflict Studies" in found


# -- a body's own body ---------------------------------------------------------------------------------


def test_a_body_owned_by_a_named_body_is_two_bodies() -> None:
    found = organizations("The Ministry of Finance’s Office of Budget Control (OBC) froze the accounts.")
    assert {"Ministry of Finance", "Office of Budget Control"} <= found


def test_a_body_owned_by_a_country_of_two_words_is_the_body_and_the_country() -> None:
    found = actors("The United Kingdom’s Office of Trade Sanctions said it would follow.")
    assert found["United Kingdom"].type == "country" and found["Office of Trade Sanctions"].type == "organization"


def test_a_possessive_of_a_common_word_or_a_one_word_owner_stays_in_the_name() -> None:
    found = organizations("Lecturers from King’s College London joined the United Nations Children’s Fund team.")
    assert "United Nations Children’s Fund" in found and "King’s College London" in found


# -- what names no body -------------------------------------------------------------------------------


def test_the_government_of_a_country_is_that_country() -> None:
    found = actors("The Government of Jamaica pledged 200 soldiers.")
    assert found["Jamaica"].type == "country" and "Government of Jamaica" in found["Jamaica"].aliases
    assert "Government of Jamaica" not in found


def test_a_designation_names_no_body() -> None:
    found = organizations("The coalition was designated a Foreign Terrorist Organization last year.")
    assert not any("Terrorist" in name for name in found)


def test_a_member_on_a_committee_is_not_the_committee() -> None:
    found = organizations("A Republican on the House Judiciary Committee asked for the file.")
    assert found == {"House Judiciary Committee"}


def test_a_titles_remit_after_a_one_word_body_is_no_part_of_the_body() -> None:
    found = organizations(
        '"We will follow the money," said Under Secretary of the Treasury for Enforcement Dana Whitlock.'
    )
    assert not any("Enforcement" in name for name in found)


def test_a_spaced_hyphenated_title_alone_names_no_body() -> None:
    found = organizations("The Inspector General of Police, Jane Wanjiru, visited the camp on Monday.")
    assert not any("Police" in name for name in found)


# -- short names of a body named in full --------------------------------------------------------------


def test_a_one_word_body_is_the_longer_body_named_after_it() -> None:
    found = find_actors(segment('"Now Treasury says it has no money," she said. National Treasury officials said so.'))
    keys = {m.key for m in found.mentions if "Treasury" in m.text}
    assert len(keys) == 1


def test_the_capitalised_head_word_alone_refers_to_the_one_body_holding_it() -> None:
    body = "The Caribbean Regional Secretariat issued a statement. The Secretariat said the team would leave soon."
    found = mentioned(body)
    assert ("Secretariat", "organization") in found
    parsed = find_actors(segment(body))
    assert len({m.key for m in parsed.mentions if "Secretariat" in m.text}) == 1


# -- names joined across `in`, `to the`, `of the`, `et` and an elided article ------------------------------------


def test_an_embassy_in_a_capital_is_one_name_and_in_another_town_it_is_not() -> None:
    assert "Embassy of Chile in Kingston" in organizations("The Embassy of Chile in Kingston said visas would resume.")
    found = actors("The Canadian Embassy in Pétion-Ville was closed on Monday.")
    assert "Canadian Embassy" in found and found["Canadian Embassy"].type == "organization"


def test_a_countrys_mission_to_a_known_body_is_one_organization() -> None:
    found = actors("A spokesperson for the Mexican Mission to the United Nations declined to comment.")
    assert found["Mexican Mission to the United Nations"].type == "organization"


def test_an_event_of_a_body_names_only_the_body() -> None:
    found = organizations("At the 12th Special Meeting of the Council of Trade Ministers, the ministers agreed.")
    assert "Council of Trade Ministers" in found and not any("Meeting" in name for name in found)


def test_a_committee_of_a_chamber_is_two_bodies() -> None:
    found = organizations("The Public Accounts Committee of the House of Assembly summoned the minister.")
    assert {"Public Accounts Committee", "House of Assembly"} <= found


def test_two_titles_of_one_person_leave_the_body_of_the_second_whole() -> None:
    found = actors(
        "Ana Duarte, Special Representative of the Secretary-General and Head of the United Nations "
        "Integrated Office in Haiti (BINUH), said the force had grown."
    )
    office = found["United Nations Integrated Office in Haiti"]
    assert office.type == "organization" and "BINUH" in office.aliases
    assert not any("Secretary-General and" in name for name in found)


def test_an_acronym_after_a_titles_body_defines_the_body() -> None:
    found = actors(
        "Lina Osei, Executive Director of the Caribbean Office on Drugs and Crime (CODC), spoke. CODC agreed."
    )
    assert "CODC" in found["Caribbean Office on Drugs and Crime"].aliases and "CODC" not in found


def test_a_known_body_opening_a_sentence_keeps_its_first_word() -> None:
    found = organizations("Every human life counts, she said.\nHuman Rights Watch researcher Ana Ruiz said so.")
    assert "Human Rights Watch" in found and "Rights Watch" not in found


def test_french_names_join_across_et_and_an_elided_article() -> None:
    found = organizations(
        "The Ministère de la Justice et de la Sécurité Publique (MJSP) wrote to the Police Nationale d’Haïti (PNH)."
    )
    assert {"Ministère de la Justice et de la Sécurité Publique", "Police Nationale d’Haïti"} <= found


# -- the body a person's role names --------------------------------------------------------------------


def test_a_role_naming_a_body_in_other_word_forms_gives_the_affiliation() -> None:
    found = actors(
        "The Office of Citizen Protection (OPC) opened an inquiry. "
        "The Protector of Citizens, Marie-Claire Casseus, told reporters her office had written twice."
    )
    person = found["Marie-Claire Casseus"]
    assert person.role == "Protector of Citizens" and person.affiliation == "organization:Office of Citizen Protection"


def test_a_lower_case_role_with_its_remit_and_its_one_ministry() -> None:
    found = actors(
        "The Ministry of Fisheries and Rural Development signed the plan. "
        "The ministry's director of rural development, Jean Marc Olivier, said the canals were dry."
    )
    person = found["Jean Marc Olivier"]
    assert person.role == "director of rural development"
    assert person.affiliation == "organization:Ministry of Fisheries and Rural Development"


def test_the_minister_is_of_the_articles_one_ministry_and_a_president_of_no_council() -> None:
    found = actors(
        "The Ministry of Trade issued a note signed by the minister, Paul Édouard Pierre. "
        "The Transitional Presidential Council met President Luis Abinader."
    )
    assert found["Paul Édouard Pierre"].affiliation == "organization:Ministry of Trade"
    assert not found["Luis Abinader"].affiliation
