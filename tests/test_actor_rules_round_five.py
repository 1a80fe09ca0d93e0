"""Actor rules of the fifth actors round on made-up sentences: one test per form, so a broken rule names itself.

The forms come from the misses on the retired held-out articles 43–56 (a role of a noun of a noun after a
body's possessive, bylines naming two reporters, titles absorbed into a name, honorifics after an office,
laws and header tokens read as bodies or people); the sentences here are invented and name nobody of them.
"""

from __future__ import annotations

from briefing.parse.actors import find_actors
from briefing.parse.doc import Actor
from briefing.parse.pipeline import segment


def actors(body: str) -> dict[str, Actor]:
    """Actor name -> actor, for one made-up article body."""
    found = find_actors(segment(body))
    return {a.name: a for a in found.actors.values()}


def affiliate(found: dict[str, Actor], person: str) -> str:
    by_key = {a.key: a.name for a in found.values()}
    return by_key.get(found[person].affiliation or "", "")


def test_a_bodys_role_of_a_noun_of_a_noun_before_a_comma_set_name_gives_role_and_affiliation() -> None:
    found = actors(
        "The World Food Programme (WFP) opened a depot. The WFP’s head of office in Jacmel, Odile Verhaegen, "
        "is due to visit on Friday."
    )
    assert found["Odile Verhaegen"].role == "head of office"
    assert affiliate(found, "Odile Verhaegen") == "World Food Programme"
