"""The general step from a speaker phrase to an actor (`briefing.parse.speaker_links`), on invented sentences.

Each case is one behaviour of the step, not one form: a title or honorific the names lexicon did not know
comes off; a role noun goes back to the one person the article introduced with it; a capitalised short
back-reference goes to the longer body named before; unnamed sources stay as written. Every sentence is
made up for the test; names and events are fictional.
"""

from __future__ import annotations

import pytest

from briefing.parse.speaker_links import (
    before_verb,
    holds_role,
    initials,
    name_head,
    noun_phrase,
    role_words,
    without_titles,
)
from tests.test_speaker_forms import _found, _quotes


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The Regional Relief Agency (RRA), which is based in Castries,", "The Regional Relief Agency"),
        ("the Office, in a note published on Tuesday,", "the Office"),
        ("Ines Laporte, who chairs the board,", "Ines Laporte"),
        ("the spokeswoman", "the spokeswoman"),
    ],
)
def test_a_phrase_stops_at_its_noun_phrase(phrase: str, expected: str) -> None:
    assert noun_phrase(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Harbour Office made known through a", "the Harbour Office"),
        ("the Office indicated in a", "the Office"),
        ("a diplomat who asked not to be named", "a diplomat who asked not to be named"),  # the clause's own verb
        ("a memo circulated to member states", "a memo circulated to member states"),  # an unnamed source
    ],
)
def test_a_phrase_that_ran_into_its_verb_stops_before_it(phrase: str, expected: str) -> None:
    assert before_verb(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Me Odelin Chéry", "Odelin Chéry"),
        ("Maître Chéry", "Chéry"),
        ("Lt Col Ruel Baptiste", "Ruel Baptiste"),
        ("Dr Ines Laporte", "Ines Laporte"),
        ("Ines Laporte", "Ines Laporte"),
    ],
)
def test_titles_and_honorifics_come_off(phrase: str, expected: str) -> None:
    assert without_titles(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the epidemiologist", ["epidemiologist"]),
        ("the Cabinet Secretary", ["cabinet", "secretary"]),
        ("an epidemiologist with the regional office", ["epidemiologist"]),
        ("the director general", ["director", "general"]),
        ("Ines Laporte said", []),  # a verb is no role
    ],
)
def test_the_head_of_a_role_phrase(phrase: str, expected: list[str]) -> None:
    assert role_words(phrase) == expected


@pytest.mark.parametrize(
    ("body", "kind", "starts", "speaker"),
    [
        (  # a francophone lawyer's title, unknown to the names lexicon before
            "Me Odelin Chéry, a lawyer for the families, deplored that the hearing had been postponed again.",
            "indirect",
            "the hearing had been postponed",
            "Odelin Chéry",
        ),
        (
            "Me Odelin Chéry, a lawyer for the families, spoke on Monday.\n"
            "“The law is clear and the judge knows it,” Maître Chéry said.",
            "full",
            "The law is clear",
            "Odelin Chéry",
        ),
        (  # a role noun back to the person introduced with it in apposition
            "Dr Ines Laporte, an epidemiologist with the regional office, visited the camps on Monday.\n"
            "“The latrines are the first medicine here,” the epidemiologist said.",
            "full",
            "The latrines are the first medicine",
            "Ines Laporte",
        ),
        (  # a role noun back to the person whose title holds it
            "Interior Cabinet Secretary Amos Wekesa met the families on Monday.\n"
            "The Cabinet Secretary affirmed that every officer would be paid before the next rotation.",
            "indirect",
            "every officer would be paid",
            "Amos Wekesa",
        ),
        (  # the lower-case words before the name give the role
            "Electoral councillor Rose-Anne Merisier spoke to reporters on Monday.\n"
            "“We need the money by June,” the councillor said.",
            "full",
            "We need the money by June",
            "Rose-Anne Merisier",
        ),
        (  # a capitalised short back-reference to the one longer body named before
            "The Council for Regional Trade (CRT) met in Kingstown on Monday.\n"
            "The Council said port fees on relief cargo would be waived until the end of the year.",
            "indirect",
            "port fees on relief cargo",
            "Council for Regional Trade",
        ),
        (  # two candidates: the one named last before the words
            "The Electoral Council for the Islands set a date on Monday. The Interim Governing Council met "
            "on Tuesday.\nThe Council recalled that its own term ends in February.",
            "indirect",
            "its own term ends",
            "Interim Governing Council",
        ),
        (  # the person named after an unnamed description is the source the description speaks for again
            "A spokesman for the Port Authority, Wendell Augustin, confirmed the closure on Monday.\n"
            "The spokesman deplored that no insurer would cover the ferries.",
            "indirect",
            "no insurer would cover the ferries",
            "Wendell Augustin",
        ),
        (  # a role named beside a name the actors stage did not know: the name as written
            "The director of the Harbour Works Directorate, Ozias Brévil, recalled that the quay was built in "
            "1960.\nThe director lamented that the cranes had not been repaired.",
            "indirect",
            "the cranes had not been repaired",
            "Ozias Brévil",
        ),
        (  # a body whose name holds commas is one name, not a name and an apposition
            "The Ministry of Fisheries, Coastal Zones and Island Development said in a statement that the "
            "season would open late.",
            "indirect",
            "the season would open late",
            "Ministry of Fisheries, Coastal Zones and Island Development",
        ),
        (  # an acronym never defined in parentheses spells the one body named in full before
            "The Caribbean Relief Agency opened a depot in Jacmel on Monday.\n"
            "The CRA said the first flights would leave on Friday.",
            "indirect",
            "the first flights would leave",
            "Caribbean Relief Agency",
        ),
        (  # a verb with its object first, then the same subject's second verb reports the clause
            "The Harbour Council welcomed the new ferry schedule and affirmed that fares would not rise this year.",
            "indirect",
            "fares would not rise",
            "Harbour Council",
        ),
        (  # `welcomed that`: the translated verb reports the clause itself
            "The Harbour Council welcomed that the ferries had sailed again on Monday.",
            "indirect",
            "the ferries had sailed again",
            "Harbour Council",
        ),
        (  # a translated verb with `through` and the body as subject
            "The Ministry of Coastal Affairs made known through a statement that the ferry would sail again on Friday.",
            "indirect",
            "the ferry would sail again",
            "Ministry of Coastal Affairs",
        ),
        (
            "The Ministry of Coastal Affairs, in a note published on Tuesday, specified that 312 boats had "
            "been inspected since January.",
            "indirect",
            "312 boats had been inspected",
            "Ministry of Coastal Affairs",
        ),
    ],
)
def test_a_speaker_is_linked_to_the_actor(body: str, kind: str, starts: str, speaker: str) -> None:
    assert _found(body, kind, starts).speaker == speaker


@pytest.mark.parametrize(
    ("body", "starts", "speaker"),
    [
        (  # an indefinite description is a new, unnamed source, even when a person holds that role
            "Dr Ines Laporte, an epidemiologist with the regional office, visited the camps.\n"
            "An epidemiologist who asked not to be named said the figures were too low.",
            "the figures were too low",
            "An epidemiologist who asked not to be named",
        ),
        (  # a plain capitalised source is not the body whose name ends in the word
            "The Island Constabulary Police opened a station in the port.\nPolice said two men had been arrested.",
            "two men had been arrested",
            "Police",
        ),
    ],
)
def test_unnamed_sources_stay_as_written(body: str, starts: str, speaker: str) -> None:
    assert _found(body, "indirect", starts).speaker == speaker


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("United Nations Office for the Coordination of Relief", ["United", "Nations", "Office"]),
        ("Council for Regional Trade", ["Council"]),
        ("Provisional Electoral Council", ["Provisional", "Electoral", "Council"]),
        ("Senate Foreign Relations Committee", ["Senate", "Foreign", "Relations", "Committee"]),
        ("Ministry of Fisheries, Coastal Zones and Island Development", ["Ministry"]),
    ],
)
def test_the_head_of_a_body_name(name: str, head: list[str]) -> None:
    assert name_head(name) == head


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Caribbean Relief Agency", "CRA"), ("Office for the Coordination of Relief", "OCR")],
)
def test_the_initials_of_a_body_name(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_a_back_reference_is_not_a_body_whose_name_only_holds_the_word() -> None:
    """`the Senate` is not the `Senate Affairs Committee`: its head is `Committee`."""
    body = (
        "The Senate Affairs Committee of the island held a hearing on Monday.\n"
        "The Senate said the bill would be read again in May."
    )
    quotes = [q for q in _quotes(body) if q.text.startswith("the bill would be read")]
    assert quotes and all(q.speaker != "Senate Affairs Committee" for q in quotes), quotes


@pytest.mark.parametrize(
    ("role", "wanted", "expected"),
    [
        ("epidemiologist", "epidemiologist", True),
        ("interior cabinet secretary", "cabinet secretary", True),
        ("deputy director", "director", False),  # another office
        ("former minister", "minister", False),  # a past one
        ("director general", "director", False),  # the head is `general`'s office, not `director`
    ],
)
def test_a_role_is_held_only_as_that_office(role: str, wanted: str, expected: bool) -> None:
    assert holds_role(role.split(), wanted.split()) is expected


def test_a_role_with_a_complement_is_not_linked_to_another_holder() -> None:
    """`the representative of Guyana` is not the representative of another country named before."""
    body = (
        "The Special Representative, Ines Laporte, briefed the council on Monday.\n"
        "The representative of Guyana said the region would send more nurses."
    )
    quotes = [q for q in _quotes(body) if q.text.startswith("the region would send")]
    assert quotes and all(q.speaker != "Ines Laporte" for q in quotes)
