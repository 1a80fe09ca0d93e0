"""The pipeline: read -> segment -> extract -> tables, for one article and for a corpus.

Owns the order of the stages and the assembly of their results into the schema's tables. One
article parses into a `ParsedArticle` of plain rows (picklable, so a process pool or a disk cache
can carry it); a corpus merges them: actors named in several articles become one row, ids derive
from content, and rows keep the order of the files and of the text, so two runs agree.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from briefing.corpus import schema
from briefing.parse.actors import ArticleActors, actor_id, extract_actors
from briefing.parse.dates import find_dates
from briefing.parse.events import extract_events
from briefing.parse.models import SourceDocument
from briefing.parse.quotes import extract_quotes
from briefing.parse.read import ArticleError, discover, read_file
from briefing.parse.relations import extract_relations
from briefing.parse.segment import Sentence, paragraphs, sentences

PARSER_VERSION = "0.1.0"
ORGANIZATION_TYPES = ("organization", "mission", "group")


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


@dataclass
class Corpus:
    """The tables of a set of articles, their bodies, and what could not be read."""

    tables: dict[str, pd.DataFrame]
    texts: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self.tables[table]


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def article_id_for(body: str) -> str:
    return "art-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def _enclosing(sents: list[Sentence], ends: list[int], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Span of the sentence(s) overlapping [start, end); `ends` and `starts` are the sentences', in order."""
    first = bisect.bisect_right(ends, start)
    last = bisect.bisect_left(starts, end) - 1
    if first > last or first >= len(sents):
        return (start, end)
    return (sents[first].start, sents[last].end)


class _Involvement:
    """Which actors, countries and organizations a span of text involves."""

    def __init__(self, found: ArticleActors) -> None:
        self.found = found
        self.starts = [m.start for m in found.mentions]  # mentions come sorted by start

    def keys_in(self, start: int, end: int) -> list[str]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m.key for m in self.found.mentions[lo:hi] if m.end <= end]

    def columns(self, keys: Iterable[str]) -> dict[str, str]:
        ordered = list(dict.fromkeys(k for k in keys if k))
        actors = [self.found.actors[k] for k in ordered]
        countries = dict.fromkeys(a.country for a in actors if a.country)
        organizations = dict.fromkeys(a.name for a in actors if a.type in ORGANIZATION_TYPES)
        return {
            "actor_ids": ";".join(actor_id(k) for k in ordered),
            "countries": ";".join(countries),
            "organizations": ";".join(organizations),
        }


def parse_document(doc: SourceDocument) -> ParsedArticle:
    """Run every extractor over one article and lay the results out as rows."""
    body = doc.body
    aid = article_id_for(body)
    paras = paragraphs(body)
    sents = sentences(body, paras)
    found = extract_actors(body, sents)
    involved = _Involvement(found)
    published = doc.meta.published

    article = {
        "article_id": aid,
        "title": doc.meta.title,
        "source": doc.meta.source,
        "published": published.isoformat() if published else None,
        "url": doc.meta.url,
        "path": doc.path,
        "sha256": doc.sha256,
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
            "lat": a.lat,
            "lon": a.lon,
        }
        for a in found.actors.values()
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
        for m in found.mentions
    ]
    quotes = []
    sentence_starts, sentence_ends = [x.start for x in sents], [x.end for x in sents]
    for q in extract_quotes(body, paras, sents, found):
        s_start, s_end = _enclosing(sents, sentence_ends, sentence_starts, q.start, q.end)
        keys = [q.speaker_key, *involved.keys_in(s_start, s_end)]
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
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
                "sentence": body[s_start:s_end],
                **involved.columns(keys),
            }
        )
    date_mentions = find_dates(body, published, [(s.start, s.end) for s in sents])
    events = []
    for e in extract_events(body, sents, date_mentions, published):
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
            "source": found.actors[r.source].name,
            "relation": r.relation,
            "target_actor_id": actor_id(r.target),
            "target": found.actors[r.target].name,
            "sentence": body[r.sentence.start : r.sentence.end],
            "start": r.start,
            "end": r.end,
            **involved.columns([r.source, r.target]),
        }
        for r in extract_relations(body, sents, found)
    ]
    return ParsedArticle(article, body, actors, mentions, quotes, events, relations)


def _merge_actors(parsed: list[ParsedArticle]) -> list[dict]:
    """One row per actor across articles: aliases united, first role and country kept, counts added."""
    merged: dict[str, dict] = {}
    mention_counts: dict[str, int] = {}
    article_counts: dict[str, int] = {}
    for article in parsed:
        for aid, attrs in article.actors.items():
            row = merged.setdefault(aid, {**attrs, "aliases": set()})
            row["aliases"].update(attrs["aliases"])
            for key in ("role", "country", "lat", "lon"):
                if not row[key] and attrs[key]:
                    row[key] = attrs[key]
        for aid in {m["actor_id"] for m in article.mentions}:
            article_counts[aid] = article_counts.get(aid, 0) + 1
        for m in article.mentions:
            mention_counts[m["actor_id"]] = mention_counts.get(m["actor_id"], 0) + 1
    rows = []
    for aid in sorted(merged):
        row = merged[aid]
        row["aliases"] = ";".join(sorted(row["aliases"]))
        row["mentions"] = mention_counts.get(aid, 0)
        row["articles"] = article_counts.get(aid, 0)
        rows.append(row)
    return rows


def skip_duplicates(parsed: list[ParsedArticle], seen: dict[str, str], errors: list[str]) -> list[ParsedArticle]:
    """The articles whose text is not in `seen` (article id -> path) nor earlier in `parsed`; each one
    skipped adds a line to `errors`, and each one kept is added to `seen`."""
    unique: list[ParsedArticle] = []
    for article in parsed:
        aid = article.article["article_id"]
        if aid in seen:
            errors.append(f"{article.article['path']}: same text as {seen[aid]}; skipped as a duplicate")
            continue
        seen[aid] = article.article["path"]
        unique.append(article)
    return unique


def build_corpus(parsed: list[ParsedArticle], errors: list[str] | None = None) -> Corpus:
    """Assemble parsed articles (in the given order) into the corpus tables; a repeated body is skipped."""
    errors = list(errors or [])
    unique = skip_duplicates(parsed, {}, errors)
    tables = {
        "articles": schema.frame("articles", [a.article for a in unique]),
        "actors": schema.frame("actors", _merge_actors(unique)),
        **{
            name: schema.frame(name, [row for a in unique for row in getattr(a, name)])
            for name in ("mentions", "quotes", "events", "relations")
        },
    }
    return Corpus(tables, {a.article["article_id"]: a.body for a in unique}, errors)


def parse_files(paths: Iterable[str | Path]) -> tuple[list[ParsedArticle], list[str]]:
    """Parse every article file under the given files and folders; unusable ones become error lines."""
    files, problems = discover(paths)
    errors = [str(p) for p in problems]
    parsed = []
    for path in files:
        try:
            parsed.append(parse_document(read_file(path)))
        except ArticleError as exc:
            errors.append(str(exc))
    return parsed, errors


def parse_paths(paths: Iterable[str | Path]) -> Corpus:
    """The corpus of every article under the given files and folders."""
    return build_corpus(*parse_files(paths))
