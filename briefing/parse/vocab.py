"""The closed vocabularies, stated once: actor types, event kinds, date precisions, relations, quote kinds.

Owns the names of things that every layer reads: the schema's column descriptions, the extractors'
output, the filters and the charts' colours all come from here, so a new event kind or relation is one
line below (plus its cue words in `lexicons/`, which a test holds to this list). Knows no text and no table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One value of a vocabulary, with the colour the dashboard draws it in (empty: no colour of its own)."""

    name: str
    colour: str = ""


ACTOR_TYPES: tuple[Term, ...] = (
    Term("person", "#e15759"),
    Term("organization", "#4e79a7"),
    Term("country", "#59a14f"),
    Term("place", "#76b7b2"),
    Term("mission", "#f28e2b"),
    Term("group", "#b07aa1"),
)
#: Actor types an "organization" filter and the `organizations` column cover.
ORGANIZATION_TYPES: tuple[str, ...] = ("organization", "mission", "group")

#: Event kinds, in the order the timeline lists them (`lexicons/event_kinds.tsv` gives their cues and priority).
#: Colours from Okabe & Ito's and Paul Tol's colour-blind-safe palettes, picked so every two kinds differ
#: to the eye (CIEDE2000 at least 20) and stay apart under simulated protan, deutan and tritan vision
#: (at least 4.5); `tests/test_colours.py` measures it. Deadline (vermillion) and violence (indigo) are far apart.
EVENT_KINDS: tuple[Term, ...] = (
    Term("hearing", "#0072B2"),  # blue
    Term("deadline", "#D55E00"),  # vermillion
    Term("funding", "#117733"),  # green
    Term("decision", "#AA4499"),  # purple
    Term("deployment", "#E69F00"),  # orange
    Term("mandate", "#663333"),  # dark brown
    Term("report", "#88CCEE"),  # pale cyan
    Term("meeting", "#F0E442"),  # yellow
    Term("election", "#EE6677"),  # rose
    Term("violence", "#332288"),  # indigo
    Term("statement", "#44AA99"),  # teal
    Term("other", "#777777"),  # grey
)
#: Kinds a sentence with no date of its own still becomes an event for (dated as of publication).
UNDATED_EVENT_KINDS: tuple[str, ...] = ("funding",)
EVENT_STATUSES: tuple[str, ...] = ("past", "upcoming", "current", "unresolved")
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

#: Relations between actors (`lexicons/relation_cues.tsv` gives the phrases that state each).
#: `supplies` is a deliberate provision (`the U.S. supplied armored vehicles to the PNH`); `trafficked_to` a route
#: between places (`rifles leaving Houston and arriving in Belize`: Houston trafficked_to Belize), never a supply.
RELATIONS: tuple[str, ...] = ("leads", "backs", "funds", "proposes", "controls", "supplies", "trafficked_to")

QUOTE_KINDS: tuple[str, ...] = ("full", "partial", "indirect")
#: The finder that attributed a quotation (`quotes` for direct, `indirect` for reported speech).
QUOTE_FRAMES: tuple[str, ...] = (
    "after",
    "before",
    "according_to",
    "participle",
    "same_paragraph",
    "subject",
    "continuation",
    "said_that",
    "clause_said",
)
ATTRIBUTIONS: tuple[str, ...] = ("explicit", "pronoun", "context")

#: The calendar's names as English news writes them (dates, datelines, and the words a name never holds).
MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Abbreviated months and their numbers, a longer form before a shorter one (`Sept` before `Sep`).
MONTH_ABBREVIATIONS: tuple[tuple[str, int], ...] = (
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
)
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FALLBACK_COLOUR = "#7f7f7f"


def words(name: str) -> str:
    """A vocabulary value as a reader sees it: `trafficked_to` is "trafficked to"."""
    return name.replace("_", " ")


def names(terms: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(term.name for term in terms)


def colours(terms: tuple[Term, ...]) -> dict[str, str]:
    return {term.name: term.colour for term in terms if term.colour}


def phrase(values: tuple[str, ...] | tuple[Term, ...]) -> str:
    """`a, b or c`: a vocabulary in words, for column descriptions."""
    words = [v.name if isinstance(v, Term) else v for v in values]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
