"""Places on made-up sentences (issue 13, places round three): each name of a list a plural place noun introduces
(`the neighbourhoods of X and Y`, `X and Y counties`) is a place of the story's countries, not a namesake abroad;
a sentence's opening adjective before a plural place noun is no place; the Gulf is a region; `TT` is Trinidad
and Tobago; a camp or barracks is a place; a capital addressed (`communicated to Washington`) is its government."""

from __future__ import annotations

import pytest

from briefing.parse.actors import find_actors
from briefing.parse.pipeline import segment


def _places(body: str) -> dict[str, tuple[str, str]]:
    """Each mention's text (without a place noun after it) -> (type, ISO3) of its actor."""
    found = find_actors(segment(body))
    return {m.text: (found.actors[m.key].type, found.actors[m.key].country) for m in found.mentions}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In Haiti, gunmen raided the neighbourhoods of Morne Lazare and Fond Bleu.",
            {"Morne Lazare": ("place", "HTI"), "Fond Bleu": ("place", "HTI")},
        ),
        # names the gazetteer puts in countries the story never names are its own country's quarters
        (
            "Police in the Dominican Republic raided the Santiago neighbourhoods of Cienfuegos and Pekin.",
            {"Cienfuegos": ("place", "DOM"), "Pekin": ("place", "DOM")},
        ),
        (
            "In Florida, he bought rifles in Broward and Palm Beach counties.",
            {"Broward": ("place", "USA")},
        ),
    ],
)
def test_each_name_of_a_list_a_plural_place_noun_introduces_is_a_place(
    body: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = _places(body)
    for name, want in expected.items():
        assert found.get(name) == want, found


def test_a_namesake_abroad_before_a_place_noun_is_the_storys_place() -> None:
    found = _places("In Florida, he bought rifles in Broward and Palm Beach counties.")
    assert [kind for text, kind in found.items() if text.startswith("Palm Beach")] == [("place", "USA")]


@pytest.mark.parametrize("body", ["Whole villages along the coast have emptied.", "Entire towns emptied in Haiti."])
def test_an_opening_adjective_before_a_plural_place_noun_is_no_place(body: str) -> None:
    assert all(kind[0] not in ("place", "country") or text == "Haiti" for text, kind in _places(body).items())


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Officials are talking to partners in the Gulf about Haiti.", "Gulf", ("place", "")),
        ("TT will not send soldiers to Haiti, the minister said.", "TT", ("country", "TTO")),
        ("Jamaican soldiers trained at Up Park Camp before Haiti.", "Up Park Camp", ("place", "JAM")),
        ("The troops left Moi Barracks for Haiti, Kenya said.", "Moi Barracks", ("place", "KEN")),
        ("Kenya said the position had been communicated to Washington and Ottawa.", "Washington", ("country", "USA")),
        ("Kenya said the position had been communicated to Washington and Ottawa.", "Ottawa", ("country", "CAN")),
        ("Haiti appealed to Nairobi for more police.", "Nairobi", ("country", "KEN")),
        # a capital one travels to stays the city
        ("Kenyan officers flew to Washington and Ottawa.", "Ottawa", ("place", "CAN")),
    ],
)
def test_regions_abbreviations_camps_and_capitals_addressed(body: str, name: str, expected: tuple[str, str]) -> None:
    assert _places(body).get(name, (None, None))[0] == expected[0]
    assert _places(body)[name][1] == expected[1]


def test_the_namesake_abroad_that_was_looked_up_is_no_actor_of_the_story() -> None:
    found = find_actors(segment("In Florida, he bought rifles in Broward and Palm Beach counties."))
    assert {actor.country for actor in found.actors.values() if actor.type == "place"} == {"USA"}


def test_a_facility_with_no_dateline_lies_in_the_storys_own_country() -> None:
    body = "Jamaica sent 40 soldiers to Haiti. Jamaica said they trained at Up Park Camp first."
    assert _places(body)["Up Park Camp"] == ("place", "JAM")


def test_a_haitian_quarter_a_gang_is_named_after_is_the_place_unless_the_gang_noun_follows() -> None:
    assert _places("The gang, which controls Village de Dieu, fired on police in Haiti.")["Village de Dieu"] == (
        "place",
        "HTI",
    )
    assert _places("Members of the Village de Dieu gang fired on police in Haiti.")["Village de Dieu"][0] == "group"


@pytest.mark.parametrize("name", ["St. Marc", "St-Marc", "St Marc"])
def test_a_haitian_saints_town_written_short_is_the_town(name: str) -> None:
    assert _places(f"In Haiti, gunmen attacked {name} on Monday, police said.")[name] == ("place", "HTI")


def test_a_quarter_of_the_city_named_before_lies_in_that_citys_country() -> None:
    body = "In Montreal, many Haitians gathered. A pastor in the city’s Saint-Michel district spoke."
    assert _places(body)["Saint-Michel"] == ("place", "CAN")
    assert _places("Gangs attacked Jacmel. The city’s Solino neighbourhood emptied in Haiti.")[
        "Solino neighbourhood"
    ] == ("place", "HTI")


def test_a_department_listed_with_another_that_is_one_is_the_department() -> None:
    found = _places("Voting opens on May 4 in the North, the North-East and the Grand’Anse, the council said.")
    assert found["North"] == ("place", "HTI")
