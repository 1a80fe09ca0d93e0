"""Turn dated sentences into timeline events.

Owns the timeline of one article: every resolved or unresolved date mention becomes an event whose
`kind` comes from cue words near the date (`until June 1` is a deadline, `hearing on Tuesday` a
hearing) and whose `topics` list every kind the sentence speaks of, so a funding decision with a
deadline shows under both. A sentence about funding with no date of its own becomes an event dated
as of publication with an empty `date_text`.

Kinds (the vocabulary, in priority order) and their cues are the data file
`lexicons/event_kinds.tsv`; `other` is used when no cue applies.
Status: `past` or `upcoming` relative to the publication date, `current` when the period contains
it, `unresolved` when the date cannot be placed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from briefing.parse import lexicon, vocab
from briefing.parse.dates import DateMention
from briefing.parse.doc import Doc, Sentence
from briefing.parse.scan import WordStartPattern

_DEADLINE_LEAD = re.compile(r"\b(?:until|by|before|no later than|deadline of|due|expires?(?: on)?)\s+(?:on\s+)?$", re.I)
_SUMMARY_LIMIT = 160


@dataclass(frozen=True, slots=True)
class Event:
    start: int
    end: int
    date: DateMention | None
    kind: str
    topics: tuple[str, ...]
    sentence: Sentence
    summary: str
    status: str


@functools.cache
def _kind_patterns() -> tuple[WordStartPattern, WordStartPattern]:
    """Every event kind's cues in one pattern, a named group `k<priority>_<n>` per kind: to search
    lower-cased text case-sensitively, and the case-insensitive form for a text that lower-casing would
    change (see `scan.lowered`). Searching lower-cased text is about three times faster.

    Cues are tried in the kinds' priority order (each kind's longest first), so where cues of two kinds
    start at the same place the higher-priority kind is the one found. They are written grouped by first
    letter, as `scan.alternation` does and for the same reason: the same matches, found faster.
    """
    kinds = lexicon.event_kinds()
    cues = [(cue, p) for p, (_, found) in enumerate(kinds) for cue in sorted(found, key=len, reverse=True)]
    if not all(cue[:1].isalnum() and cue[0].isascii() for cue, _ in cues):
        raise ValueError("event_kinds.tsv: every cue must begin with an ASCII letter or digit (cues start words)")
    by_first: dict[str, list[tuple[str, int]]] = {}
    for cue, priority in cues:
        by_first.setdefault(cue[0], []).append((cue, priority))
    branches = []
    for n, (first, group) in enumerate(by_first.items()):
        named = [
            f"(?P<k{priority}_{n}>" + "|".join(re.escape(cue[1:]) for cue, _ in run) + ")"
            for priority, run in itertools.groupby(group, key=lambda c: c[1])
        ]
        branches.append(re.escape(first) + "(?:" + "|".join(named) + ")")
    body = "|".join(branches)
    return WordStartPattern(body), WordStartPattern(body, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _CueHit:
    start: int
    end: int
    priority: int
    kind: str


def _cue_hits(body: str, lowered: str | None) -> list[_CueHit]:
    """Every event-kind cue in the body, in one pass, in order of position."""
    kinds = [kind for kind, _ in lexicon.event_kinds()]
    lower_case, any_case = _kind_patterns()
    matches = lower_case.finditer(lowered) if lowered is not None else any_case.finditer(body)
    hits = []
    for m in matches:
        priority = int(m.lastgroup[1:].partition("_")[0])
        hits.append(_CueHit(m.start(), m.end(), priority, kinds[priority]))
    return hits


class _Cues:
    """The cue hits of one article, looked up by sentence."""

    def __init__(self, body: str, lowered: str | None) -> None:
        self.hits = _cue_hits(body, lowered)
        self.starts = [h.start for h in self.hits]

    def within(self, sentence: Sentence) -> list[_CueHit]:
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        return [h for h in self.hits[lo:hi] if h.end <= sentence.end]

    def kinds(self, sentence: Sentence) -> tuple[str, ...]:
        """Every event kind the sentence speaks of, in priority order."""
        found = {h.priority: h.kind for h in self.within(sentence)}
        return tuple(found[p] for p in sorted(found))

    def kind_near(self, body: str, date: DateMention, sentence: Sentence) -> str:
        """The kind signalled closest to the date: a deadline preposition first, then the nearest cue."""
        lead = body[max(sentence.start, date.start - 25) : date.start]
        if _DEADLINE_LEAD.search(lead):
            return "deadline"
        best: tuple[int, int, str] | None = None
        for hit in self.within(sentence):
            distance = date.start - hit.end if hit.end <= date.start else hit.start - date.end
            if distance >= 0 and (best is None or (distance, hit.priority) < best[:2]):
                best = (distance, hit.priority, hit.kind)
        return best[2] if best else "other"


def _status(date: DateMention | None, published: dt.date | None) -> str:
    if published is None:
        return "unresolved"
    if date is None:
        return "current"
    if not date.value:
        return "unresolved"
    first, last = dt.date.fromisoformat(date.period_start), dt.date.fromisoformat(date.period_end)
    if last < published:
        return "past"
    if first > published:
        return "upcoming"
    return "current" if date.precision != "day" else "past"


def _summary(body: str, sentence: Sentence, anchor: int) -> str:
    """The sentence, or the part of it around the anchor when it is long."""
    text = body[sentence.start : sentence.end].strip()
    if len(text) <= _SUMMARY_LIMIT:
        return text
    rel = anchor - sentence.start
    begin = max(0, rel - _SUMMARY_LIMIT // 2)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    end = min(len(text), begin + _SUMMARY_LIMIT)
    end = text.rfind(" ", begin, end) if end < len(text) else end
    return ("…" if begin else "") + text[begin:end].strip() + ("…" if end < len(text) else "")


def find_events(doc: Doc) -> list[Event]:
    """Events of one article: one per date mention (the `dates` stage's), plus undated funding statements."""
    body, sentences, date_mentions, published = doc.body, doc.sentences, doc.dates, doc.published
    events: list[Event] = []
    dated_sentences: set[int] = set()
    cues = _Cues(body, doc.lowered)
    for date in date_mentions:
        sentence = doc.sentence_at(date.start)
        if sentence is None:
            continue
        dated_sentences.add(sentence.index)
        events.append(
            Event(
                date.start,
                date.end,
                date,
                cues.kind_near(body, date, sentence),
                cues.kinds(sentence),
                sentence,
                _summary(body, sentence, date.start),
                _status(date, published),
            )
        )
    for sentence in sentences:
        if sentence.index in dated_sentences:
            continue
        topics = cues.kinds(sentence)
        kind = next((k for k in topics if k in vocab.UNDATED_EVENT_KINDS), None)
        if kind is None:
            continue
        events.append(
            Event(
                sentence.start,
                sentence.end,
                None,
                kind,
                topics,
                sentence,
                _summary(body, sentence, sentence.start),
                _status(None, published),
            )
        )
    events.sort(key=lambda e: (e.start, e.end))
    return events
