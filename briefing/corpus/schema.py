"""The tables' columns: names, types and what each holds.

Owns the public shape of the data. Every DataFrame the package produces has exactly these columns
in this order, and `datapackage.json` is written from the same definitions, so the documentation,
the CSV files and the dashboard's column help can never disagree.

Types follow Frictionless Table Schema names: string, integer, number, date, boolean.
List-valued cells (`aliases`, `actor_ids`, ...) are `;`-separated strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from briefing.parse import vocab


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    description: str


_OFFSETS = (
    Column("start", "integer", "Character offset where the evidence starts in the article body"),
    Column("end", "integer", "Character offset where the evidence ends: body[start:end] is the evidence"),
)
_FILTERABLE = (
    Column("actor_ids", "string", "Ids of the actors the row involves (;-separated)"),
    Column("countries", "string", "ISO 3166 alpha-3 codes of the countries the row involves (;-separated)"),
    Column("organizations", "string", "Names of the organizations and missions the row involves (;-separated)"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        Column("article_id", "string", "Id derived from the article body's SHA-256"),
        Column("title", "string", "Headline from the front matter"),
        Column("source", "string", "Publication that ran the article"),
        Column("published", "date", "Publication date (ISO), empty when unknown"),
        Column("url", "string", "Address of the article, when given"),
        Column("path", "string", "File the article was read from"),
        Column("sha256", "string", "SHA-256 of the file's bytes"),
        Column("characters", "integer", "Length of the body in characters"),
        Column("paragraphs", "integer", "Number of paragraphs in the body"),
    ),
    "actors": (
        Column("actor_id", "string", "Id derived from the actor's type and canonical name"),
        Column("name", "string", "Canonical name"),
        Column("type", "string", vocab.phrase(vocab.ACTOR_TYPES)),
        Column("aliases", "string", "Other names used in the text: acronyms, surnames, demonyms (;-separated)"),
        Column("role", "string", "Title or role given in the text (e.g. Prime Minister, former foreign minister)"),
        Column("country", "string", "ISO 3166 alpha-3 code the actor belongs to, where it applies"),
        Column(
            "affiliation_id",
            "string",
            "Actor id of the organization, mission or country the text says a person belongs to "
            "(`Kenya's President`, `OAS Secretary General`, `a spokesperson for the JDF`); empty where none",
        ),
        Column("lat", "number", "Latitude of a country (its capital) or place"),
        Column("lon", "number", "Longitude of a country (its capital) or place"),
        Column("mentions", "integer", "Number of mentions across the corpus"),
        Column("articles", "integer", "Number of articles that mention the actor"),
    ),
    "mentions": (
        Column("mention_id", "string", "Id derived from article and offsets"),
        Column("actor_id", "string", "The actor mentioned"),
        Column("article_id", "string", "The article"),
        *_OFFSETS,
        Column("text", "string", "The words as written"),
        Column("sentence_index", "integer", "Index of the sentence in the article (from 0)"),
    ),
    "quotes": (
        Column("quote_id", "string", "Id derived from article and offsets"),
        Column("article_id", "string", "The article"),
        Column("speaker", "string", "Canonical name of the speaker, or the words used for an unnamed source"),
        Column("speaker_actor_id", "string", "The speaker's actor id, empty for unnamed sources"),
        Column("text", "string", "The quoted words, without quotation marks (indirect: the reported clause)"),
        Column("cue", "string", "The speech verb, empty where none"),
        Column("attribution", "string", f"{vocab.phrase(vocab.ATTRIBUTIONS)}; empty when no speaker is clear"),
        Column(
            "kind",
            "string",
            "full (a statement of its own), partial (words quoted inside a sentence) or indirect "
            "(reported speech without quotation marks: text is the reported clause)",
        ),
        Column(
            "frame",
            "string",
            f"The construction that attributed it: {vocab.phrase(vocab.QUOTE_FRAMES)}; empty with no speaker",
        ),
        Column("paragraph", "integer", "Index of the paragraph where the quotation opens (from 0)"),
        *_OFFSETS,
        Column("sentence", "string", "The sentence(s) enclosing the quotation"),
        *_FILTERABLE,
    ),
    "events": (
        Column("event_id", "string", "Id derived from article, offsets and kind"),
        Column(
            "development_id",
            "string",
            "The development this report belongs to (the real-world event it reports, with the other articles' "
            "reports of it; see the developments table)",
        ),
        Column("article_id", "string", "The article"),
        Column("date", "string", "ISO date at its precision (2025-06-01, 2026-03, 2026); empty if unresolved"),
        Column("date_precision", "string", vocab.phrase(vocab.DATE_PRECISIONS)),
        Column("date_start", "date", "First day of the period the date covers"),
        Column("date_end", "date", "Last day of the period the date covers"),
        Column("date_text", "string", "The date as written; empty for statements dated as of publication"),
        Column("kind", "string", vocab.phrase(vocab.EVENT_KINDS)),
        Column("topics", "string", "Every kind the sentence speaks of (;-separated)"),
        Column("summary", "string", "The sentence, shortened around the date when long"),
        Column("status", "string", "past, upcoming, current (period contains the publication date) or unresolved"),
        Column("sentence", "string", "The sentence that gives the event"),
        *_OFFSETS,
        *_FILTERABLE,
    ),
    "developments": (
        Column(
            "development_id",
            "string",
            "Id derived from the development's earliest report (its event_id): earliest published article, "
            "then article id, then place in the text",
        ),
        Column(
            "date",
            "string",
            "ISO date at its precision: the most precise date its reports agree on (every report's period holds "
            "it); empty if unresolved",
        ),
        Column("date_precision", "string", vocab.phrase(vocab.DATE_PRECISIONS)),
        Column("date_start", "date", "First day of the period the date covers"),
        Column("date_end", "date", "Last day of the period the date covers"),
        Column("kind", "string", f"The kind of its reports: {vocab.phrase(vocab.EVENT_KINDS)}"),
        Column("summary", "string", "The earliest report's summary"),
        Column("sources", "integer", "Number of distinct articles reporting it"),
        Column("reports", "integer", "Number of events (reports) in it; an article may report it more than once"),
        Column("article_ids", "string", "The articles reporting it, in order of publication (;-separated)"),
        Column("first_reported", "date", "Earliest publication date among its articles; empty when none is known"),
        Column("last_reported", "date", "Latest publication date among its articles; empty when none is known"),
        Column(
            "conflict",
            "string",
            "Empty, or the competing dates other articles give for the same kind, actors and subject, with the "
            "number of articles giving each, most first: 2026-03 (4 sources) vs 2025-10 (1 source)",
        ),
        Column(
            "conflict_id",
            "string",
            "Id shared by the developments that compete (same kind, actors and subject; incompatible dates); "
            "empty when none",
        ),
        *_FILTERABLE,
    ),
    "relations": (
        Column("relation_id", "string", "Id derived from article, offsets and the relation"),
        Column("article_id", "string", "The article"),
        Column("source_actor_id", "string", "Actor the relation goes from"),
        Column("source", "string", "Its canonical name"),
        Column("relation", "string", vocab.phrase(vocab.RELATIONS)),
        Column("target_actor_id", "string", "Actor the relation goes to"),
        Column("target", "string", "Its canonical name"),
        Column("item", "string", "What is supplied or trafficked, as written (`weapons`); empty for other relations"),
        Column("sentence", "string", "The sentence that states the relation"),
        *_OFFSETS,
        *_FILTERABLE,
    ),
    "identities": (
        Column("actor_id", "string", "The one actor the form belongs to across the corpus"),
        Column("form", "string", "The name as an article writes it (a surname alone, an acronym, a shorter full name)"),
        Column("form_actor_id", "string", "The id that article alone gave the form (as before linking)"),
        Column(
            "rule",
            "string",
            "How the link was made: full_name (the same full name with or without a middle name or particle), "
            "surname (the one person of that surname in the corpus), acronym (defined in another article), "
            "alias (another name of the same body), or ambiguous (not linked: candidates lists who it could be)",
        ),
        Column(
            "article_id",
            "string",
            "The article whose text defines the link (where the full name, or `Name (ACRONYM)`, is written); "
            "for ambiguous, the first article using the form",
        ),
        Column("start", "integer", "Character offset where the defining words start in that article's body"),
        Column("end", "integer", "Character offset where they end: body[start:end] is the evidence"),
        Column("candidates", "string", "For rule ambiguous: the actor ids the form could be (;-separated); else empty"),
    ),
    "roles": (
        Column("role_id", "string", "Id derived from actor, role and affiliation"),
        Column("actor_id", "string", "The actor holding the role"),
        Column("role", "string", "The title or role as the text gives it (Prime Minister, Former Prime Minister)"),
        Column("affiliation_id", "string", "Actor id of the body or country the role is held in; empty where none"),
        Column("first_date", "date", "Publication date of the first article giving this role (empty when unknown)"),
        Column("last_date", "date", "Publication date of the last article giving this role"),
        Column("articles", "integer", "Number of articles giving this role"),
        Column("article_ids", "string", "Those articles (;-separated, in order of publication)"),
    ),
}

#: Tables kept beside the published ones (`Corpus.raw`) for consolidation, never exported: each article's
#: own view of its actors, so that roles can be dated and acronyms traced to the article defining them.
INTERNAL_TABLES: dict[str, tuple[Column, ...]] = {
    "article_actors": (
        Column("article_id", "string", "The article"),
        Column("actor_id", "string", "The actor's id as the article alone gives it"),
        Column("name", "string", "Its canonical name in that article"),
        Column("type", "string", vocab.phrase(vocab.ACTOR_TYPES)),
        Column("role", "string", "Title or role the article gives"),
        Column("affiliation_id", "string", "Body or country the article says the person belongs to"),
        Column("mentions", "integer", "Mentions in the article"),
        Column("acronym", "string", "An acronym the article defines for it (`Name (ACRONYM)`); empty where none"),
        Column("acronym_start", "integer", "Where that definition starts in the body"),
        Column("acronym_end", "integer", "Where it ends (after the closing parenthesis)"),
    ),
}

_PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "date": "string", "boolean": "boolean"}


def _definition(table: str) -> tuple[Column, ...]:
    return TABLES[table] if table in TABLES else INTERNAL_TABLES[table]


def columns(table: str) -> list[str]:
    return [c.name for c in _definition(table)]


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, with stable dtypes (published or raw table)."""
    df = pd.DataFrame(rows, columns=columns(table))
    return df.astype({c.name: _PANDAS_TYPES[c.type] for c in _definition(table)})


def descriptions(table: str) -> dict[str, str]:
    return {c.name: c.description for c in TABLES[table]}
