"""Place typing and geocoding rules on made-up sentences: territories, the story's own country, small towns of
the region, Saint names, one-word towns abroad and mixed spellings of Haitian names. One test per rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.parse import gazetteer
from briefing.parse.actors import find_actors
from briefing.parse.doc import Actor
from briefing.parse.pipeline import segment


def actor_of(body: str, text: str) -> Actor | None:
    """The actor of the first mention written `text` (after any leading `the`), or None."""
    found = find_actors(segment(body))
    return next((found.actors[m.key] for m in found.mentions if m.text.removeprefix("the ") == text), None)


def test_a_dependent_territory_is_a_place_of_its_own_code() -> None:
    body = "Boats left Haiti for the Turks and Caicos Islands and Puerto Rico, officials in Jamaica said."
    for name, code in (("Turks and Caicos Islands", "TCA"), ("Puerto Rico", "PRI")):
        actor = actor_of(body, name)
        assert actor is not None and (actor.type, actor.country) == ("place", code), name
        assert actor.lat is not None


def test_the_dateline_country_holds_an_ambiguous_name_first() -> None:
    body = "KINGSTON, Jamaica (CMC) – Police said a boat landed in Portland, where United States officers met it."
    actor = actor_of(body, "Portland")
    assert actor is not None and (actor.type, actor.country) == ("place", "JAM")


def test_without_a_dateline_the_country_named_most_decides() -> None:
    body = (
        "The Bahamas repatriated 200 Haitians on Monday. Bahamian officials said the migrants were held in "
        "Freeport before the flight. The Bahamas has asked the United States for help."
    )
    actor = actor_of(body, "Freeport")
    assert actor is not None and actor.country == "BHS"


def test_another_countrys_capital_stays_the_capital() -> None:
    body = "LONDON (Reuters) - Britain said on Monday that Washington wants a larger force in Haiti."
    actor = actor_of(body, "Washington")
    assert actor is not None and (actor.type, actor.country) == ("country", "USA")


def test_small_towns_of_the_region_only_in_a_story_about_their_country() -> None:
    about = "Jamaican police said a boat with 40 Haitians landed near Manchioneal and at Port Antonio."
    for name in ("Manchioneal", "Port Antonio"):
        actor = actor_of(about, name)
        assert actor is not None and (actor.type, actor.country) == ("place", "JAM"), name
    elsewhere = "Kenyan officers said a meeting near Manchioneal Road was cancelled."
    actor = actor_of(elsewhere, "Manchioneal")
    assert actor is None or actor.country != "JAM"


def test_a_one_word_small_town_abroad_the_story_never_names_is_no_place() -> None:
    body = "Federal agents seized rifles bound for Haiti at Guantánamo Bay, Cuba, officials in Miami said."
    assert actor_of(body, "Federal") is None
    bay = actor_of(body, "Guantánamo Bay")
    assert bay is not None and (bay.type, bay.country) == ("place", "CUB")


def test_st_is_saint_and_its_possessive_stays_in_the_name() -> None:
    assert gazetteer.city("St George’s") is not None and gazetteer.city("St George’s").iso3 == "GRD"
    assert gazetteer.city("ST GEORGE’S") is not None
    body = "Ministers from Grenada met in St George’s on Monday to discuss Haiti."
    actor = actor_of(body, "St George’s")
    assert actor is not None and actor.country == "GRD"


def test_haitian_names_in_any_mix_of_hyphens_and_spaces() -> None:
    for written in ("Môle Saint-Nicolas", "Saint-Louis du Nord", "Saint Louis-du-Nord"):
        place = gazetteer.haitian_places().get(gazetteer.fold(written))
        assert place is not None and place.place.iso3 == "HTI", written


def test_st_kitts_alone_is_the_country() -> None:
    assert gazetteer.country("St Kitts") == "KNA"
    assert gazetteer.country("St. Vincent") == "VCT"


def test_an_airport_named_after_a_person_lies_in_its_country() -> None:
    body = "The officers landed at Jomo Kenyatta International Airport on Friday after a year in Haiti."
    actor = actor_of(body, "Jomo Kenyatta International Airport")
    assert actor is not None and (actor.type, actor.country) == ("place", "KEN")


def test_a_country_in_brackets_after_a_delegate_is_the_country() -> None:
    body = "At the Security Council, Ana Pereira (Panama) said the force needed funds for Haiti."
    actor = actor_of(body, "Panama")
    assert actor is not None and (actor.type, actor.country) == ("country", "PAN")


def test_a_department_by_its_english_name_in_a_haitian_context() -> None:
    body = "Voters registered in half the communes of Haiti's West department, the council said."
    actor = actor_of(body, "West department")
    assert actor is not None and (actor.type, actor.country) == ("place", "HTI")
    assert "West" in actor.aliases


def test_a_determiner_before_a_place_noun_is_no_place() -> None:
    body = "In Port-au-Prince, the prime minister said: “No neighbourhood will be abandoned.”"
    assert actor_of(body, "No neighbourhood") is None


def test_a_currency_prefix_is_no_country() -> None:
    body = "Trinidad and Tobago gave US$250,000 to the fund for Haiti, the minister said."
    assert actor_of(body, "US") is None


def test_a_continent_is_a_region_without_a_country() -> None:
    body = "Diplomats said they expect contingents for Haiti from Central America, Africa and the Caribbean."
    actor = actor_of(body, "Africa")
    assert actor is not None and (actor.type, actor.country) == ("place", "")


def test_a_possessive_countrys_title_with_where_it_is_held_gives_the_affiliation() -> None:
    found = find_actors(segment("Haiti’s ambassador to the OECS, Marie-Claude Boisrond, is due to attend."))
    person = next(a for a in found.actors.values() if a.type == "person")
    assert (person.name, person.role, person.affiliation) == ("Marie-Claude Boisrond", "ambassador", "country:HTI")


def test_foreign_affairs_minister_is_one_title() -> None:
    found = find_actors(segment("Grenada’s Foreign Affairs Minister, Joseph Andall, said the talks would go ahead."))
    person = next(a for a in found.actors.values() if a.type == "person")
    assert (person.role, person.affiliation) == ("Foreign Affairs Minister", "country:GRD")


def test_saint_inside_a_name_and_diaspora_neighbourhoods() -> None:
    assert gazetteer.city("Port St. Lucie") is not None and gazetteer.city("Port St. Lucie").iso3 == "USA"
    body = "Haitian families in Little Haiti and Port St. Lucie said they feared the deportation flights."
    for name in ("Little Haiti", "Port St. Lucie"):
        actor = actor_of(body, name)
        assert actor is not None and (actor.type, actor.country) == ("place", "USA"), name


_PIECES = st.sampled_from(
    [
        "in",
        "Portland",
        "St George’s",
        "Turks and Caicos Islands",
        "Matthew Town",
        "US$5",
        "(Mexico)",
        "Ana Ruiz",
        "the West department",
        "Jamaica",
        "Freeport",
        "Bay",
        ",",
        ".",
        "said",
        "KINGSTON, Jamaica (CMC) –",
        "\n",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=12).map(" ".join))
def test_place_mentions_are_their_own_text_inside_the_body(body: str) -> None:
    found = find_actors(segment(body))
    for mention in found.mentions:
        assert 0 <= mention.start < mention.end <= len(body)
        assert body[mention.start : mention.end] == mention.text
        assert found.actors[mention.key].type in ("person", "organization", "country", "place", "mission", "group")
