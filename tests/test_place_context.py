"""Places named by their context, and geocoded in it, on made-up sentences (issue 13, places round two): a name
the gazetteer lacks introduced by its noun (`the town of X`, `the X area`), the country such a place lies in, a
great city abroad that is no Haitian quarter, parts of a U.S. state, the sentence's own country for a shared name,
facilities named after a state, and the gazetteer's new names written as copy writes them."""

from __future__ import annotations

import pytest

from briefing.parse.actors import find_actors
from briefing.parse.dateline import dateline_country
from briefing.parse.pipeline import segment


def _place(body: str, text: str) -> tuple[str, str] | None:
    """(type, ISO3) of the actor of the first mention that opens with `text` (a place noun may follow it)."""
    found = find_actors(segment(body))
    actor = next((found.actors[m.key] for m in found.mentions if m.text.removeprefix("the ").startswith(text)), None)
    return None if actor is None else (actor.type, actor.country)


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # introduced by the noun before it, in the country its sentence names
        ("Haitian police said gunmen burned the village of Savane Zombi.", "Savane Zombi", ("place", "HTI")),
        ("Gangs in Haiti took the town of Bois Marchand on Sunday.", "Bois Marchand", ("place", "HTI")),
        ("Jamaican police said the boat reached the village of Hector Bay at dawn.", "Hector Bay", ("place", "JAM")),
        # or the place the next words locate it in, when the sentence names no country
        (
            "Gunmen spread to the communal section of Gros Morne Rouge, in Thomazeau.",
            "Gros Morne Rouge",
            ("place", "HTI"),
        ),
        # introduced by the noun after it
        (
            "In Haiti, the Lower Cul-de-Sac area and the Bas Boen neighbourhood emptied.",
            "Lower Cul-de-Sac",
            ("place", "HTI"),
        ),
        ("In Haiti, the Lower Cul-de-Sac area and the Bas Boen neighbourhood emptied.", "Bas Boen", ("place", "HTI")),
    ],
)
def test_a_name_its_noun_makes_a_place(body: str, name: str, expected: tuple[str, str]) -> None:
    assert _place(body, name) == expected


def test_a_body_after_a_place_noun_stays_a_body() -> None:
    body = "Officers of the city of Miami Police Department met Haitian leaders."
    assert _place(body, "Miami Police Department") != ("place", "USA")


def test_a_great_city_abroad_is_no_haitian_quarter_without_a_place_noun() -> None:
    body = "Haitian Americans in Boston and Brooklyn held vigils, Haiti's consul said."
    assert _place(body, "Boston") == ("place", "USA")
    assert _place(body, "Brooklyn") == ("place", "USA")
    quarter = "In Haiti, gangs attacked the Brooklyn neighbourhood of Cité Soleil."
    assert _place(quarter, "Brooklyn") == ("place", "HTI")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("South Florida", ("place", "USA")), ("Central Florida", ("place", "USA")), ("Northern Kenya", ("place", "KEN"))],
)
def test_a_part_of_a_state_or_country_is_a_place_of_it(name: str, expected: tuple[str, str]) -> None:
    body = f"Haitians in {name} rallied on Sunday, Haiti's embassy said."
    assert _place(body, name) == expected


def test_the_sentences_own_country_holds_a_shared_name() -> None:
    body = (
        "Bahamian officials met U.S. envoys in Miami. Jamaican police said 20 Haitians came ashore at Manchioneal, "
        "in Portland, on Friday."
    )
    assert _place(body, "Portland") == ("place", "JAM")


def test_a_us_state_beside_cuba_is_the_state() -> None:
    body = "Boats left Haiti for the Turks and Caicos Islands, Cuba and Florida, the Bahamas said."
    assert _place(body, "Florida") == ("place", "USA")


def test_keys_named_after_a_state_are_in_it() -> None:
    body = "A sailboat from Haiti ran aground in the Florida Keys on Saturday."
    assert _place(body, "Florida Keys") == ("place", "USA")


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Migrants from Haiti landed at Islamorada and Marathon, Florida officials said.", "Islamorada", "USA"),
        ("Guns left Port Everglades for Haiti, agents said.", "Port Everglades", "USA"),
        ("A boat from Haiti was stopped off Great Inagua in the Bahamas.", "Great Inagua", "BHS"),
        ("In Haiti, families crossed the Etang Saumatre by boat.", "Etang Saumatre", "HTI"),
        ("In Haiti, gangs attacked Savane Desolee in Gonaïves.", "Savane Desolee", "HTI"),
    ],
)
def test_new_gazetteer_names(body: str, name: str, expected: str) -> None:
    found = find_actors(segment(body))
    actor = next((found.actors[m.key] for m in found.mentions if m.text == name), None)
    assert actor is not None and (actor.type, actor.country) == ("place", expected)


@pytest.mark.parametrize(
    ("body", "parts", "country"),
    [
        # a Caribbean paper's town and parish, with a colon or a dash
        ("Port Antonio, Portland: Police said 20 Haitians landed.", ("Port Antonio", "Portland", None), "JAM"),
        ("Manchioneal, Portland – Fishermen saw the boat.", ("Manchioneal", "Portland", None), "JAM"),
        # an agency of the lexicon with the text right after its bracket; a dated line closed by a colon
        ("HAVANA, Cuba, Mar 3 (ACN) Cuban doctors flew out.", ("HAVANA", "Cuba", "ACN"), "CUB"),
        ("Jacmel, Haiti, March 3, 2026 (HPN): Police said.", ("Jacmel", "Haiti", "HPN"), "HTI"),
        # a U.S. state as the dateline's second part is the state, not a namesake abroad
        ("FORT LAUDERDALE, Florida (AP) - Agents said.", ("FORT LAUDERDALE", "Florida", "AP"), "USA"),
    ],
)
def test_datelines_of_caribbean_and_agency_copy(body: str, parts: tuple, country: str) -> None:
    line = segment(body).dateline
    assert line is not None
    found = tuple(body[s.start : s.end] if s else None for s in (line.place, line.country, line.agency))
    assert (found, dateline_country(body, line)) == (parts, country)


def test_a_sentence_that_opens_with_two_names_is_no_dateline() -> None:
    body = "Delmas, Tabarre and Cité Soleil: gangs hold all three, police said."
    assert segment(body).dateline is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a list closed by a plural place noun gives each of its names that noun
        ("Gangs in Haiti pushed into the Centre and Artibonite departments this year.", "Centre"),
        ("The fund gave US$4 million for Haiti's Ouest and Artibonite departments.", "Ouest"),
        # a word only places take before the name
        ("In Haiti, 4,000 people fled Carrefour-Feuilles and neighbouring Solino.", "Solino"),
        # a place's part or side and `of`
        ("In Haiti, a pharmacy reopened on one corner of Pacot.", "Pacot"),
        ("Haitian police fought gangs on the outskirts of Bois Marchand.", "Bois Marchand"),
    ],
)
def test_context_words_that_make_a_haitian_name_the_place(body: str, name: str) -> None:
    assert _place(body, name) == ("place", "HTI")


@pytest.mark.parametrize(
    ("body", "name", "iso3"),
    [
        ("A German envoy said Berlin's contribution would be paid in May, Haiti's minister said.", "Berlin", "DEU"),
        ("A Japanese envoy said Tokyo was studying a pledge to the force in Haiti.", "Tokyo", "JPN"),
        ("Haitian officers said the trucks now come with money from Washington.", "Washington", "USA"),
    ],
)
def test_a_capital_that_gives_or_decides_is_its_government(body: str, name: str, iso3: str) -> None:
    assert _place(body, name) == ("country", iso3)


def test_the_haitian_capital_that_is_waiting_stays_the_city() -> None:
    body = "Port-au-Prince was waiting for fuel, Haitian officials said."
    assert _place(body, "Port-au-Prince") == ("place", "HTI")


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # each name of a list that a plural place noun closes is a place of its own
        ("In Haiti, the Bas Boen, Bourdon and Turgeau neighbourhoods emptied.", "Bourdon", ("place", "HTI")),
        ("In Haiti, the Bas Boen, Bourdon and Turgeau neighbourhoods emptied.", "Turgeau", ("place", "HTI")),
        # a county whose official name is written with a slash, as papers write it
        ("In Kenya, the officer was buried in Iten, Elgeyo Marakwet County.", "Elgeyo Marakwet", ("place", "KEN")),
        # a facility named by a lower-case noun after it is a place, not a person
        ("Kenyan officers from Haiti landed at Jomo Kenyatta airport in Nairobi.", "Jomo Kenyatta", ("place", "KEN")),
    ],
)
def test_lists_counties_and_facilities(body: str, name: str, expected: tuple[str, str]) -> None:
    assert _place(body, name) == expected


def test_a_photo_caption_is_text_and_its_credit_line_is_not() -> None:
    caption = segment("Photo: Residents flee Solino in Port-au-Prince, Haiti, on March 3. (AP Photo/Jane Roe)")
    assert caption.sentences
    credit = segment("Photo: Jane Roe/Miami Herald\nGangs attacked Delmas on Monday.")
    assert all("Jane Roe" not in credit.body[s.start : s.end] for s in credit.sentences)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("By Jane Roe, in Miami\nGangs attacked Delmas.", "Miami"),
        ("Reported by Jane Roe in Nassau\nOfficials said 40 Haitians landed.", "Nassau"),
        ("By Jane Roe | Cap-Haïtien, Haiti\nGangs attacked Limonade.", "Cap-Haïtien"),
        ("Jane Roe reporting from Nairobi\nOfficers returned from Haiti.", "Nairobi"),
        ("By Jane Roe in Port-au-Prince and John Poe in Miami\nGangs attacked Delmas.", "Port-au-Prince"),
    ],
)
def test_a_bylines_place_is_the_dateline_and_the_byline_no_text(body: str, place: str) -> None:
    doc = segment(body)
    assert doc.dateline is not None and body[doc.dateline.place.start : doc.dateline.place.end] == place
    assert all("Roe" not in body[s.start : s.end] for s in doc.sentences)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Boats from Haiti cross the Windward Passage and the Mona Passage.", "Windward Passage"),
        ("Boats from Haiti cross the Windward Passage and the Mona Passage.", "Mona Passage"),
        ("Haiti's crisis worries the Lesser Antilles and the Western Hemisphere.", "Western Hemisphere"),
        ("Haiti's crisis worries the Lesser Antilles and the Western Hemisphere.", "Lesser Antilles"),
        ("Kenyan police served in the Horn of Africa before Haiti.", "Horn of Africa"),
        ("Haitians flee to the United States via the Darien Gap.", "Darien Gap"),
    ],
)
def test_regions_and_waters_spanning_countries_have_no_country(body: str, name: str) -> None:
    assert _place(body, name) == ("place", "")


def test_another_countrys_region_is_no_haitian_department() -> None:
    body = "Guns reach Haiti from the Gulf of Mexico and the U.S. Southeast."
    assert _place(body, "Southeast") is None
    assert _place("In Haiti's Southeast, Haitian police said.", "Southeast") == ("place", "HTI")


def test_a_regions_name_before_a_role_is_no_place() -> None:
    body = "Ana Ruiz, Americas director at a rights group, said Haiti's police need help."
    assert _place(body, "Americas") is None


def test_a_great_city_abroad_the_story_never_places_is_still_that_city() -> None:
    body = "The Haitian association, which is based in Brooklyn, said few Haitians abroad could vote."
    assert _place(body, "Brooklyn") == ("place", "USA")
