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

import datetime as dt
import re
from dataclasses import dataclass

from briefing import lexicon
from briefing.dates import DateMention
from briefing.segment import Sentence

EVENT_KINDS = (
    "hearing",
    "deadline",
    "funding",
    "decision",
    "deployment",
    "mandate",
    "report",
    "meeting",
    "election",
    "violence",
    "statement",
    "other",
)
UNDATED_KINDS = ("funding",)  # decision cues (`determine`) are too weak without a date
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


def _cue_regex(cue: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(cue), re.I)


def _kinds_in(text: str) -> list[str]:
    """Every event kind whose cues occur in the text, in priority order."""
    found = []
    for kind, cues in lexicon.event_kinds():
        if any(_cue_regex(cue).search(text) for cue in cues):
            found.append(kind)
    return found


def _kind_near(body: str, date: DateMention, sentence: Sentence) -> str:
    """The kind signalled closest to the date: a deadline preposition first, then the nearest cue."""
    lead = body[max(sentence.start, date.start - 25) : date.start]
    if _DEADLINE_LEAD.search(lead):
        return "deadline"
    best: tuple[int, int, str] | None = None
    for priority, (kind, cues) in enumerate(lexicon.event_kinds()):
        for cue in cues:
            for match in _cue_regex(cue).finditer(body, sentence.start, sentence.end):
                distance = date.start - match.end() if match.end() <= date.start else match.start() - date.end
                if distance >= 0 and (best is None or (distance, priority) < best[:2]):
                    best = (distance, priority, kind)
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


def extract_events(
    body: str, sentences: list[Sentence], date_mentions: list[DateMention], published: dt.date | None
) -> list[Event]:
    """Events of one article: one per date mention, plus undated funding and decision statements."""
    events: list[Event] = []
    dated_sentences: set[int] = set()
    for date in date_mentions:
        sentence = next((s for s in sentences if s.start <= date.start < s.end), None)
        if sentence is None:
            continue
        dated_sentences.add(sentence.index)
        topics = tuple(_kinds_in(body[sentence.start : sentence.end]))
        kind = _kind_near(body, date, sentence)
        events.append(
            Event(
                date.start,
                date.end,
                date,
                kind,
                topics,
                sentence,
                _summary(body, sentence, date.start),
                _status(date, published),
            )
        )
    for sentence in sentences:
        if sentence.index in dated_sentences:
            continue
        topics = tuple(_kinds_in(body[sentence.start : sentence.end]))
        kind = next((k for k in topics if k in UNDATED_KINDS), None)
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
