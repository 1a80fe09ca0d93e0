"""How the tables relate: each table's primary key, the columns that name another table's row, the list
cells an analyst joins through a link table, the columns pages filter on, and what one row of each is.

Owns the relational shape that a database export declares (`briefing.corpus.sqlite`); the columns
themselves stay in `schema`. Declared as data so that a new table in `schema.TABLES` without a key
fails a test instead of being exported without one. Keys of a table a corpus does not have (an older
corpus, a table still to come) are kept and simply not used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reference:
    """`table.column` holds the primary key of a row of `target` (empty: refers to nothing)."""

    column: str
    target: str


@dataclass(frozen=True, slots=True)
class Link:
    """A `;`-separated list cell as a table of its own, a row per (parent row, value), so SQL can join it.

    The link table holds the parent's primary key, `value` (the item's column name) and `position`
    (its place in the cell, from 0: `article_ids` are in order of publication). `target` is the table
    the values are keys of, or empty for values that are not rows (country codes, organization names).
    """

    name: str
    parent: str
    column: str
    value: str
    target: str
    description: str


PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "actors": ("actor_id",),
    "mentions": ("mention_id",),
    "quotes": ("quote_id",),
    "events": ("event_id",),
    "relations": ("relation_id",),
    "developments": ("development_id",),
    # One row per link: the id one article alone gave a form, and the actor it now belongs to (itself for
    # an ambiguous form). Not (actor_id, form, article_id): a link whose defining words are not found has
    # no article_id, and a key column is never empty.
    "identities": ("form_actor_id", "actor_id"),
    "roles": ("role_id",),
}

REFERENCES: dict[str, tuple[Reference, ...]] = {
    "actors": (Reference("affiliation_id", "actors"),),
    "mentions": (Reference("actor_id", "actors"), Reference("article_id", "articles")),
    "quotes": (Reference("article_id", "articles"), Reference("speaker_actor_id", "actors")),
    "events": (Reference("article_id", "articles"), Reference("development_id", "developments")),
    "relations": (
        Reference("article_id", "articles"),
        Reference("source_actor_id", "actors"),
        Reference("target_actor_id", "actors"),
    ),
    # form_actor_id is the id one article alone gave the form: after consolidation it names no row.
    "identities": (Reference("actor_id", "actors"), Reference("article_id", "articles")),
    "roles": (Reference("actor_id", "actors"), Reference("affiliation_id", "actors")),
}

_ACTORS = "Actor id of one of the actors the row involves"
_COUNTRY = "ISO 3166 alpha-3 code of one of the countries the row involves"
_ORG = "Name of one of the organizations or missions the row involves"


def _filterable(parent: str, singular: str) -> tuple[Link, ...]:
    """The three filter columns every row table has, each as a link table."""
    return (
        Link(f"{singular}_actors", parent, "actor_ids", "actor_id", "actors", _ACTORS),
        Link(f"{singular}_countries", parent, "countries", "country", "", _COUNTRY),
        Link(f"{singular}_organizations", parent, "organizations", "organization", "", _ORG),
    )


LINKS: tuple[Link, ...] = (
    Link("actor_aliases", "actors", "aliases", "alias", "", "One of the other names the text uses for the actor"),
    *_filterable("quotes", "quote"),
    *_filterable("events", "event"),
    Link("event_topics", "events", "topics", "topic", "", "One of the kinds the event's sentence speaks of"),
    *_filterable("relations", "relation"),
    *_filterable("developments", "development"),
    Link(
        "development_articles",
        "developments",
        "article_ids",
        "article_id",
        "articles",
        "One of the articles reporting the development (position: order of publication)",
    ),
    Link(
        "identity_candidates",
        "identities",
        "candidates",
        "candidate_id",
        "actors",
        "One of the actors an ambiguous form could be",
    ),
    Link("role_articles", "roles", "article_ids", "article_id", "articles", "One of the articles giving the role"),
)

#: Columns the dashboard's filters and an analyst's first questions select on (foreign keys and link
#: values are indexed anyway).
FILTERED: dict[str, tuple[str, ...]] = {
    "articles": ("published", "source"),
    "actors": ("type", "country", "name"),
    "quotes": ("kind", "attribution"),
    "events": ("kind", "date_start", "date_end", "status"),
    "relations": ("relation",),
    "developments": ("kind", "date_start", "date_end", "first_reported", "conflict_id"),
    "identities": ("rule", "form"),
    "roles": ("role",),
}

#: What one row of each table is.
ROWS: dict[str, str] = {
    "articles": "One article read: its front matter, file and size",
    "actors": "One person, organization, mission, country or place, merged across the articles",
    "mentions": "One place an article names an actor (body[start:end] is the name as written)",
    "quotes": "One quotation or reported statement and its speaker",
    "events": "One dated statement in an article (a report of a development)",
    "relations": "One relation an article states between two actors",
    "developments": "One real-world event reported by one or more articles (its reports are events)",
    "identities": "One form (name, surname, acronym) linked to an actor, with the article that defines the link",
    "roles": "One role an actor is given, with the articles giving it",
}
