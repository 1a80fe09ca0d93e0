"""One article's findings as the six tables' rows: plain dicts keyed by the schema's columns, ids from content.

Owns the step from a parsed `Doc` to rows (`ParsedArticle`), which is what the parse cache keeps and
worker processes send back, so it is picklable and holds no DataFrame. Every row drawn from the text
carries `start`/`end` into the body; the involvement columns (`actor_ids`, `countries`,
`organizations`) list what the row's sentence names (a quote's also its speaker and the speaker's
affiliation). Assembling many articles is `build`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.parse import vocab
from briefing.parse.doc import Doc
from briefing.parse.models import SourceDocument
from briefing.parse.read import shown_name

#: The version of what the parse cache keeps; bumped when rows change in a way the code's fingerprint misses.
PARSER_VERSION = "0.4.0"


@dataclass
class ParsedArticle:
    """Everything one article contributes, as plain rows keyed by the schema's column names."""

    article: dict
    body: str
    actors: dict[str, dict]  # actor id -> attributes as this article gives them
    mentions: list[dict]
    quotes: list[dict]
    events: list[dict]
    relations: list[dict]
    warnings: list[str] = field(default_factory=list)  # one line each: read, but not as received (`read`)


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def article_id_for(body: str) -> str:
    return "art-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


class _Involvement:
    """Which actors, countries and organizations a span of text involves."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors_by_key = doc.actors.actors

    def affiliation_of(self, key: str | None) -> str:
        """The key of the actor the text says `key` belongs to (a speaker's body or country), or ""."""
        actor = self.actors_by_key.get(key) if key else None
        return actor.affiliation if actor is not None else ""

    def keys_in(self, start: int, end: int) -> list[str]:
        return [m.key for m in self.doc.mentions_in(start, end)]

    def columns(self, keys: Iterable[str]) -> dict[str, str]:
        from briefing.parse.actors import actor_id  # the parser is loaded only where an article is parsed

        ordered = list(dict.fromkeys(k for k in keys if k))
        actors = [self.actors_by_key[k] for k in ordered]
        countries = dict.fromkeys(a.country for a in actors if a.country)
        organizations = dict.fromkeys(a.name for a in actors if a.type in vocab.ORGANIZATION_TYPES)
        return {
            "actor_ids": ";".join(actor_id(k) for k in ordered),
            "countries": ";".join(countries),
            "organizations": ";".join(organizations),
        }


def parse_document(source: SourceDocument) -> ParsedArticle:
    """Parse one article (every stage of `parse.pipeline`) and lay its findings out as rows."""
    from briefing.parse import pipeline  # here: a dashboard that only reads tables never loads the parser

    return rows_of(source, pipeline.parse(source))


def rows_of(source: SourceDocument, doc: Doc) -> ParsedArticle:
    """One parsed article's findings as the tables' rows, with ids derived from content."""
    from briefing.parse.actors import actor_id

    body = doc.body
    aid = article_id_for(body)
    paras, article_actors = doc.paragraphs, doc.actors
    involved = _Involvement(doc)
    published = doc.published

    article = {
        "article_id": aid,
        "title": source.meta.title,
        "source": source.meta.source,
        "published": published.isoformat() if published else None,
        "url": source.meta.url,
        "path": shown_name(source.path),
        "sha256": source.sha256,
        "characters": len(body),
        "paragraphs": len(paras),
    }
    actors = {
        actor_id(a.key): {
            "actor_id": actor_id(a.key),
            "name": a.name,
            "type": a.type,
            "aliases": sorted(a.aliases),
            "role": a.role,
            "country": a.country,
            "affiliation_id": actor_id(a.affiliation) if a.affiliation else "",
            "lat": a.lat,
            "lon": a.lon,
        }
        for a in article_actors.actors.values()
    }
    mentions = [
        {
            "mention_id": "men-" + _short_hash(aid, m.start, m.end),
            "actor_id": actor_id(m.key),
            "article_id": aid,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "sentence_index": m.sentence,
        }
        for m in article_actors.mentions
    ]
    quotes = []
    for q in doc.quotes:
        s_start, s_end = (enclosing := doc.enclosing(q.start, q.end)).start, enclosing.end
        keys = [q.speaker_key, involved.affiliation_of(q.speaker_key), *involved.keys_in(s_start, s_end)]
        quotes.append(
            {
                "quote_id": "quo-" + _short_hash(aid, q.start, q.end),
                "article_id": aid,
                "speaker": q.speaker,
                "speaker_actor_id": actor_id(q.speaker_key) if q.speaker_key else "",
                "text": q.text,
                "cue": q.cue,
                "attribution": q.attribution,
                "kind": q.kind,
                "frame": q.frame,
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
                "sentence": body[s_start:s_end],
                **involved.columns(keys),
            }
        )
    events = []
    for e in doc.events:
        d = e.date
        undated = d is None
        value = published.isoformat() if undated and published else (d.value if d else "")
        events.append(
            {
                "event_id": "evt-" + _short_hash(aid, e.start, e.end, e.kind),
                "article_id": aid,
                "date": value,
                "date_precision": "day" if undated else d.precision,
                "date_start": value if undated else (d.period_start or None),
                "date_end": value if undated else (d.period_end or None),
                "date_text": "" if undated else d.text,
                "kind": e.kind,
                "topics": ";".join(e.topics),
                "summary": e.summary,
                "status": e.status,
                "sentence": body[e.sentence.start : e.sentence.end],
                "start": e.start,
                "end": e.end,
                **involved.columns(involved.keys_in(e.sentence.start, e.sentence.end)),
            }
        )
    relations = [
        {
            "relation_id": "rel-" + _short_hash(aid, r.start, r.end, r.source, r.relation, r.target),
            "article_id": aid,
            "source_actor_id": actor_id(r.source),
            "source": article_actors.actors[r.source].name,
            "relation": r.relation,
            "target_actor_id": actor_id(r.target),
            "target": article_actors.actors[r.target].name,
            "item": body[r.item.start : r.item.end] if r.item else "",
            "sentence": body[r.sentence.start : r.sentence.end],
            "start": r.start,
            "end": r.end,
            **involved.columns([r.source, r.target]),
        }
        for r in doc.relations
    ]
    return ParsedArticle(article, body, actors, mentions, quotes, events, relations, list(source.warnings))
