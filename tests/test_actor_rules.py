"""Actor rules on made-up sentences in real news styles: one test per rule, so a broken rule names itself."""

from __future__ import annotations

from briefing.parse.actors import find_actors
from briefing.parse.doc import Actor
from briefing.parse.pipeline import segment


def actors(body: str) -> dict[str, Actor]:
    """Actor name -> actor, for one made-up article body."""
    found = find_actors(segment(body))
    return {a.name: a for a in found.actors.values()}


def mentioned(body: str) -> list[tuple[str, str]]:
    """(mention text, actor type) in order."""
    found = find_actors(segment(body))
    return [(m.text, found.actors[m.key].type) for m in found.mentions]


def actor_of(body: str, text: str) -> Actor | None:
    """The actor of the first mention written `text`, or None."""
    found = find_actors(segment(body))
    return next((found.actors[m.key] for m in found.mentions if m.text == text), None)


# -- places ---------------------------------------------------------------------------------------


def test_haitian_neighbourhoods_are_places_in_haiti() -> None:
    found = actors(
        "Gunmen torched homes in Carrefour-Feuilles and Solino on Monday, residents of Haiti's capital said.\n"
        "Police later retook the Bel Air neighbourhood and parts of Tabarre."
    )
    for name in ("Carrefour-Feuilles", "Solino", "Bel Air", "Tabarre"):
        assert found[name].type == "place" and found[name].country == "HTI", name
    assert found["Bel Air"].lat is not None


def test_ambiguous_haitian_name_needs_haitian_context() -> None:
    assert actors("Tourists in Los Angeles stayed in Bel Air.")["Bel Air"].country != "HTI"
    assert actors("In Haiti, gangs control Bel Air, the police said.")["Bel Air"].country == "HTI"


def test_departments_in_coordination_and_by_their_noun() -> None:
    found = actors("The violence in Haiti has spread to the Artibonite and Centre departments and to Nippes.")
    assert {"Artibonite", "Centre", "Nippes"} <= found.keys()
    assert all(found[n].type == "place" and found[n].country == "HTI" for n in ("Artibonite", "Centre", "Nippes"))
    assert "Artibonite and Centre" not in found


def test_an_unknown_name_before_a_place_noun_is_a_place() -> None:
    found = actors("Families fled the Morne Lazard neighbourhood overnight.")
    assert found["Morne Lazard"].type == "place"


def test_a_us_state_is_not_a_country_in_a_story_about_the_united_states() -> None:
    found = actors("Rifles bought in Florida and Georgia were shipped to Haiti, U.S. agents said.")
    assert found["Georgia"].type == "place" and found["Georgia"].country == "USA"
    assert actors("Georgia and Armenia signed the accord in Tbilisi.")["Georgia"].type == "country"


def test_a_shared_city_name_resolves_in_the_countries_of_the_story() -> None:
    santiago = actor_of(
        "Deportees from the Dominican Republic were held in Santiago before reaching Haiti.", "Santiago"
    )
    assert santiago is not None and santiago.country == "DOM"
    assert actors("Diplomats met in Geneva, Haiti's envoy said.")["Geneva"].country == "CHE"


def test_every_country_has_coordinates() -> None:
    found = actors("Brazil, Colombia and Antigua and Barbuda pledged police officers to Haiti.")
    for name in ("Brazil", "Colombia", "Antigua and Barbuda"):
        assert found[name].lat is not None and found[name].lon is not None, name


# -- people and titles ----------------------------------------------------------------------------


def test_abbreviated_and_compound_titles() -> None:
    found = actors(
        "DG Okafor said the audit was late. Amb. Lise Moreau disagreed.\n"
        "CS Wanjala Otieno told senators the officers were ready, and IG Otieno agreed."
    )
    assert found["Okafor"].role == "DG"
    assert found["Lise Moreau"].role == "Amb."  # as written (README: `Sen.`, `Lt. Gen.`)
    assert found["Wanjala Otieno"].role == "CS"
    assert not {"DG", "CS", "IG", "Amb."} & found.keys()


def test_a_name_with_particles_and_a_possessive_affiliation() -> None:
    found = actors("Panama's Foreign Minister Eloy Ruiz de la Vega said the vote was close.")
    person = found["Eloy Ruiz de la Vega"]
    assert person.role == "Foreign Minister" and person.country == "PAN"


def test_an_organization_prefix_before_a_title() -> None:
    found = actors("U.N. Special Representative Ana Duarte briefed the council.")
    assert found["Ana Duarte"].role == "Special Representative"
    assert found["United Nations"].type == "organization"


def test_a_title_alone_is_no_actor() -> None:
    found = actors("The PM said little. Sen. Kimani Walters asked whether the MP had been told.")
    assert not {"PM", "MP", "Sen."} & found.keys()


# -- capitals, datelines and missions -------------------------------------------------------------


def test_words_in_capitals_are_words_and_the_dateline_agency_is_no_actor() -> None:
    found = actors(
        "MEDIA NOTE\n"
        "PORT-AU-PRINCE, Haiti (CMC) — AMID rising violence, the police asked for help.\n"
        "NAIROBI (Reuters) — Kenya sent more officers."
    )
    assert not {"MEDIA", "NOTE", "AMID", "CMC", "Reuters"} & found.keys()
    assert found["Port-au-Prince"].type == "place"


def test_one_mission_under_all_its_names() -> None:
    found = find_actors(
        segment(
            "The Multinational Security Support (MSS) mission has 1,000 officers. Critics of the MMSS say the "
            "MSSM was never funded. The Gang Suppression Force (GSF) will replace it."
        )
    )
    missions = {a.name for a in found.actors.values() if a.type == "mission"}
    assert missions == {"Multinational Security Support Mission", "Gang Suppression Force"}


def test_a_person_needs_evidence() -> None:
    found = actors("Members of the Law Society met Human Rights monitors. Mireille Augustin, 43, sold plantains.")
    assert found["Mireille Augustin"].type == "person"
    assert "Law Society" not in found or found["Law Society"].type != "person"
    assert "Human Rights" not in found


def test_word_names_are_not_first_names() -> None:
    assert "Will Power" not in actors("Will Power and Grace Period were the slogans.")


def test_a_possessive_inside_a_name_and_head_words() -> None:
    found = actors("A lecturer at King’s College London said Spirit Airlines and the Thirdway Alliance objected.")
    assert found["King’s College London"].type == "organization"
    assert found["Spirit Airlines"].type == "organization"
    assert found["Thirdway Alliance"].type == "organization"


def test_a_known_surname_after_a_name_shaped_word_is_a_person() -> None:
    found = actors("Opposition MPs led by Achieng Otieno walked out of the session.")
    assert found["Achieng Otieno"].type == "person"


def test_the_first_name_supplement_holds_no_surname() -> None:
    from briefing.parse import lexicon

    assert not lexicon.word_list("first_names_supplement.txt") & lexicon.word_list("surnames.txt")


def test_a_language_is_not_a_country() -> None:
    found = actors(
        "Aid reached the French-speaking islands. A Spanish-language radio station and English-speaking "
        "volunteers helped. The report is published in English and French, and officers took French lessons."
    )
    assert not {"France", "Spain", "United Kingdom"} & found.keys()
    assert actors("French officials said the accord would hold.")["France"].type == "country"
    assert actors("The patrol stayed in French territory.")["France"].type == "country"


def test_drc_is_the_democratic_republic_of_the_congo() -> None:
    drc = actor_of("Disarmament schemes in the DRC and Colombia worked, the analyst said.", "DRC")
    assert drc is not None and drc.type == "country" and drc.country == "COD"


def test_a_nickname_in_quotation_marks_is_inside_one_name() -> None:
    found = actors(
        "The Bahamas’ Prime Minister Clement “Big Man” Rolle called for help. Rolle said the cost was too high.\n"
        "Allies of Marcus ‘Tiger’ Belfort attacked. Tiger later told a radio station he had not ordered it."
    )
    assert found["Clement Rolle"].type == "person" and found["Clement Rolle"].role == "Prime Minister"
    assert "Big Man" in found["Clement Rolle"].aliases
    assert found["Marcus Belfort"].type == "person" and "Tiger" in found["Marcus Belfort"].aliases
    assert not {"Rolle", "Clement", "Belfort"} & found.keys()


def test_a_titled_name_is_a_person_even_when_it_is_a_place_name() -> None:
    found = actors("Prime Minister Andrew Holness spoke first. Holness said Jamaica would send troops.")
    assert found["Andrew Holness"].type == "person"
    found = actors("Governor Ana Santiago toured Santiago. Santiago said the road was open.")
    assert found["Ana Santiago"].type == "person"


def test_a_first_name_the_text_calls_one_is_a_person() -> None:
    found = actors("A vendor who gave only her first name, Roseline, said the market burned on Monday.")
    assert found["Roseline"].type == "person"
    found = actors("A driver, identified only as Dieuseul, said the road was closed.")
    assert found["Dieuseul"].type == "person"


def test_accented_hyphenated_and_prefixed_names_are_people() -> None:
    found = actors("Évelyne Charles met Rose-Andrée Dupiton. William O’Neill and Frédérique Occéan spoke.")
    for name in ("Évelyne Charles", "Rose-Andrée Dupiton", "William O’Neill", "Frédérique Occéan"):
        assert found[name].type == "person", name


def test_an_x_led_mission_is_the_mission_x_leads() -> None:
    body = (
        "The Security Council approved the Gang Suppression Force (GSF) on Tuesday, replacing a Kenyan-led "
        "mission that never reached full strength. Officers of the Kenya-led police mission went home."
    )
    found = find_actors(segment(body))
    missions = {a.name for a in found.actors.values() if a.type == "mission"}
    assert missions == {"Gang Suppression Force", "Multinational Security Support Mission"}
    assert actor_of(body, "police mission").name == "Multinational Security Support Mission"
    assert actor_of(body, "GSF").name == "Gang Suppression Force"


def test_an_x_led_force_is_the_named_mission_the_article_says_x_leads() -> None:
    body = (
        "Jamaica sent officers to the Jamaica-led Caribbean Stabilisation Mission last year, before the Gang "
        "Suppression Force existed. "
        "Critics said the Jamaican-led force lacked helicopters."
    )
    assert actor_of(body, "force").name == "Caribbean Stabilisation Mission"


def test_a_lower_case_institution_with_its_acronym_is_an_organization() -> None:
    body = (
        "The national disarmament commission (NDC) met on Monday. Critics said the national disarmament "
        "commission had no budget, and the NDC asked for one. The provisional electoral council (CEP) agreed."
    )
    found = find_actors(segment(body))
    names = {m.text: found.actors[m.key] for m in found.mentions}
    assert names["national disarmament commission"].type == "organization"
    assert names["NDC"].key == names["national disarmament commission"].key
    assert sum(m.text == "national disarmament commission" for m in found.mentions) == 2
    assert names["provisional electoral council"].type == "organization"  # CEP: the French order
    assert names["CEP"].key == names["provisional electoral council"].key


def test_lower_case_words_whose_initials_do_not_match_are_no_institution() -> None:
    found = actors("Officers fired tear gas at the crowd (AP) and left.")
    assert "crowd" not in found and "the crowd" not in found


def test_a_lower_case_name_the_gazetteer_knows_is_an_organization() -> None:
    found = actors("Haiti's transitional presidential council met, and the transitional council later resigned.")
    assert found["Transitional Presidential Council"].type == "organization"
    assert "transitional council" in found["Transitional Presidential Council"].aliases


def test_the_author_of_a_byline_is_no_actor() -> None:
    found = actors(
        "By Odette Lamarre-Fils, Senior Analyst\n"
        "Gangs control most of the capital, Haitian police said on Monday.\n"
        "Odette Lamarre-Fils is a former diplomat. She writes from Kingston."
    )
    assert "Odette Lamarre-Fils" not in found and "Senior Analyst" not in found
    assert "Haiti" in found


def test_a_capital_that_acts_or_funds_is_its_government() -> None:
    body = (
        "The mission, paid for largely by Ottawa, lost ground after Ottawa made clear it would not pay more. "
        "Haitian officials are pressing Ottawa to keep its promise. Tourists in Ottawa saw none of this."
    )
    found = find_actors(segment(body))
    kinds = [found.actors[m.key].type for m in found.mentions if m.text == "Ottawa"]
    assert kinds == ["country", "country", "country", "place"]


def test_the_one_pass_phrases_are_the_per_sentence_phrases() -> None:
    from pathlib import Path

    from briefing.parse.actors.tokens import all_phrases, phrases, tokenise
    from briefing.parse.read import read_file

    folder = Path(__file__).parent / "articles"
    for path in sorted([*folder.glob("*.txt"), *(folder / "journalism").glob("*.txt")]):
        doc = segment(read_file(path).body)
        tokens = tokenise(doc.body, doc.words)
        plain = [p for s in doc.sentences for p in phrases(doc.body, s, tokens)]
        assert all_phrases(doc.body, doc.sentences, tokens) == plain, path.name


def test_an_airport_is_a_place_in_the_dateline_country() -> None:
    body = (
        "BRIDGETOWN, Barbados (CMC) — The officers left from Grantley Adams International Airport on Monday, "
        "and Haitian officials met them at the Cap-Haïtien Harbour."
    )
    found = actors(body)
    assert found["Grantley Adams International Airport"].type == "place"
    assert found["Grantley Adams International Airport"].country == "BRB"


def test_a_head_word_alone_is_no_body() -> None:
    found = actors("In Haiti, families fled to the Centre department. Centre officials said the Council would meet.")
    assert found["Centre"].type == "place"
    assert "Council" not in found


def test_a_hyphenated_city_and_a_river_are_places() -> None:
    found = actors("The minister spoke in Port-of-Spain. Guns were loaded on boats on the Miami River.")
    assert found["Port of Spain"].country == "TTO"
    assert found["Miami River"].type == "place" and found["Miami River"].country == "USA"


def test_a_known_name_with_in_is_one_name() -> None:
    found = actors(
        "The United Nations Integrated Office in Haiti published its report. "
        "The UN Security Council in New York discussed it."
    )
    assert found["United Nations Integrated Office in Haiti"].type == "organization"
    assert "UN Security Council in New York" not in found and "New York" in found


def test_members_of_a_body_are_not_the_body() -> None:
    found = actors(
        "Democrats on the Senate Appropriations Committee objected, and Members of the Haitian Bar Association agreed."
    )
    assert found["Senate Appropriations Committee"].type == "organization"
    assert found["Haitian Bar Association"].type == "organization"
    whole = {"Democrats on the Senate Appropriations Committee", "Members of the Haitian Bar Association"}
    assert not whole & found.keys()


def test_a_time_zone_and_the_dateline_agency_are_no_actors() -> None:
    found = actors(
        "Santo Domingo, Oct 3 (EFE).- The border stayed shut.\n4:50 p.m. ET — Police say they are regaining ground."
    )
    assert not {"EFE", "ET"} & found.keys()


def test_a_capital_before_an_auxiliary_is_its_government() -> None:
    assert actor_of("The vote passed, but Ottawa did not back the resolution.", "Ottawa").type == "country"


def test_a_place_before_a_speech_verb_after_in_is_no_speaker() -> None:
    found = actors("A fisherman in Mayaguana told me the sloops pass every week.")
    assert "Mayaguana" not in found or found["Mayaguana"].type != "person"


def test_a_portfolio_before_a_title_is_part_of_the_role() -> None:
    found = actors("Interior CS Wekesa Barasa said the officers were ready. Mr Barasa spoke in Nairobi.")
    assert found["Wekesa Barasa"].type == "person" and found["Wekesa Barasa"].role == "Interior CS"
    assert "Barasa" not in found and "Interior" not in found


# -- generalization: subdivisions and counties -------------------------------------------------------


def test_subdivisions_of_a_country_the_story_is_about_are_places_there() -> None:
    found = actors(
        "Jamaican police in Trelawny and St. Catherine seized rifles on Tuesday.\n"
        "A boat stopped near Mayaguana had left the Bahamas two days earlier.\n"
        "Dominican troops were sent to Montecristi province, while Kenya moved officers from Kiambu."
    )
    assert found["Trelawny"].country == "JAM"
    assert found["Saint Catherine"].country == "JAM"  # `St.` is `Saint`
    assert found["Mayaguana"].country == "BHS"
    assert found["Monte Cristi"].country == "DOM"  # written as one word, in the story's country
    assert found["Kiambu"].country == "KEN"


def test_a_subdivision_name_of_a_country_not_in_the_story_is_nothing() -> None:
    found = actors("Officials in Trelawny said on Tuesday that the shipment had gone.")
    assert "Trelawny" not in found


def test_us_counties_are_places_in_the_united_states() -> None:
    found = actors("The rifles were bought in Pinellas County and Palm Beach County, prosecutors in Florida said.")
    assert found["Pinellas County"].country == "USA"
    assert found["Palm Beach County"].country == "USA"


# -- generalization: serial lists and coordinated bodies ---------------------------------------------


def test_a_serial_list_after_a_head_word_and_of_is_one_name() -> None:
    found = actors("Agents of the Office of Oceans, Forests and Wildlife inspected the container in Miami.")
    assert found["Office of Oceans, Forests and Wildlife"].type == "organization"


def test_a_serial_list_before_a_head_word_is_one_name() -> None:
    found = actors("In Ottawa, the Global, Regional and Consular Bureau issued new travel advice on Friday.")
    assert found["Global, Regional and Consular Bureau"].type == "organization"


def test_a_serial_list_of_places_after_of_is_not_joined() -> None:
    found = actors("The Ministry of Defence, Jamaica and Barbados backed the plan, officials said on Monday.")
    assert "Ministry of Defence" in found
    assert found["Jamaica"].type == "country"


def test_a_lone_name_and_a_body_are_two_bodies() -> None:
    found = actors("Zephyrair and Coastal Airways halted flights to Port-au-Prince on Tuesday.")
    assert found["Coastal Airways"].type == "organization"
    assert found["Zephyrair"].type == "organization"


def test_a_body_after_and_the_is_its_own_name() -> None:
    found = actors("Harbor Patrol Investigators and the Bureau of Customs Enforcement led the case, officials said.")
    assert "Bureau of Customs Enforcement" in found
    assert not any(" and the " in name for name in found)


# -- third actors round (branch actors13b) -----------------------------------------------------------


def test_a_service_word_before_a_title_is_part_of_the_role() -> None:
    found = actors(
        "Police Commissioner Rose-Marie Toussaint Bellevue told reporters in Cap-Haïtien that roads were open."
    )
    person = found["Rose-Marie Toussaint Bellevue"]
    assert person.type == "person" and person.role == "Police Commissioner"
    assert "Police Commissioner Rose-Marie Toussaint Bellevue" not in found


def test_a_name_with_particles_is_one_person() -> None:
    found = actors("Rights researcher Ana Lucía de la Fuente said in Santo Domingo that the killings were predictable.")
    assert found["Ana Lucía de la Fuente"].type == "person"
    assert "Fuente" not in found and "Ana Lucía" not in found


def test_a_country_department_is_a_body_of_that_country() -> None:
    found = actors("She visited Hinche in Haiti with officials from the European Union and Global Affairs Canada.")
    assert found["Global Affairs Canada"].type == "organization" and found["Global Affairs Canada"].country == "CAN"
    assert found["European Union"].type == "organization"
    assert "European Union and Global Affairs Canada" not in found


def test_another_name_of_an_ambiguous_department_needs_no_context() -> None:
    found = actors("Families crossed into the Plateau Central's smaller towns such as Thomonde.")
    assert found["Centre"].country == "HTI" and "Central" not in found


def test_a_place_noun_and_of_before_an_ambiguous_name_makes_it_the_haitian_place() -> None:
    body = "Gangs burned a truck near the commune of Plaisance on Monday.\nThe road links Haiti's north to the capital."
    assert actors(body)["Plaisance"].country == "HTI"
    assert "Plaisance" not in actors("Gangs burned a truck near Plaisance on Tuesday, a union leader said.")


def test_a_place_before_a_title_is_where_the_title_is_held() -> None:
    found = actors("Limonade Mayor Jean Pierre Valcin said the road to Haiti's north was closed.")
    assert found["Jean Pierre Valcin"].role == "Mayor"
    assert found["Limonade"].type == "place"


def test_a_comma_set_title_loses_its_owner_and_its_place() -> None:
    found = actors(
        "“Families arrive with nothing,” said Grégoire Mbeki-Hall, IOM Chief of Mission in Haiti.\n"
        "The Deputy Special Representative of the Secretary-General and Humanitarian Coordinator in Haiti, "
        "Ulrika Hallberg Sörensen, visited Hinche."
    )
    assert found["Grégoire Mbeki-Hall"].role == "Chief of Mission"
    assert found["Ulrika Hallberg Sörensen"].role == "Deputy Special Representative of the Secretary-General"
