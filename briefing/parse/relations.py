"""Find relations between the actors of a sentence: who leads, backs, funds, proposes, controls,
reports or supplies whom.

Owns relation extraction within sentences, from cue phrases in `lexicons/relation_cues.tsv`:
- prefix: `Kenya-led mission` -> Kenya leads the mission named right after;
- passive: `the mission, led by Kenya and backed by the United States` -> Kenya leads and the United
  States backs the mission (the head of the chain, not the agent before `and`);
- active: `A funds B` -> the nearest actor before the cue in the same clause, and the first actor
  after it that is not a modifier of another (`funding the Kenya-led mission` targets the mission);
- flow: `weapons leaving Miami ... arriving in Haiti, Jamaica` -> Miami supplies each destination.

Notes: pattern-based, no parser; relations across sentences and negated ones (`does not fund`)
are not told apart from asserted ones.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.parse import lexicon, scan
from briefing.parse.doc import ArticleActors, Doc, Mention, Sentence
from briefing.parse.scan import WordStartPatterns

_MAX_GAP = 110
_FLOW_FROM = re.compile(r"\b(?:from|leaving|out of)\s+(?:the\s+)?$", re.I)
_FLOW_TO = re.compile(r"\b(?:to|into|arriving|reaching|bound for|destined for|in)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|\.\s|,\s(?:but|while|although|whereas)\b")
_COORDINATION = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?|\s+and\s+(?:the\s+)?")
_RELATIVE = re.compile(r",\s+(?:which|who)\s+")
_TITLE_GAP = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}")  # `led by Special Representative <name>`
_PREFIX_GAP = re.compile(r"(?:[a-z]+\s+){0,2}")  # `Kenya-led multinational <mission>`, no more
_FLOW_STOP = re.compile(r"\b(?:through|via|where|which|that|remain|remains)\b|;")
_SUBJECT_BREAK = re.compile(r"[,;:“”\"]|\.\s|\b(?:where|which|who|whose|that|while|although)\b")


@dataclass(frozen=True, slots=True)
class Relation:
    source: str  # actor key
    relation: str
    target: str
    start: int
    end: int
    sentence: Sentence


@functools.cache
def _cues(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((rel, phrase) for rel, k, phrases in lexicon.relation_cues() if k == kind for phrase in phrases)


@functools.cache
def _prefix_marks() -> tuple[str, ...]:
    """`-led `, `-backed `...: what follows an actor that modifies the next one (`Kenya-led mission`)."""
    return tuple(f"-{phrase} " for _, phrase in _cues("prefix"))


@functools.cache
def _cue_patterns() -> tuple[WordStartPatterns, WordStartPatterns, dict[str, str]]:
    """Every cue pattern of the article, searched together (see `_ArticleCues`): one per passive phrase,
    then all active phrases in one (longest first), then one per flow phrase. Built twice, to search
    lower-cased text case-sensitively, which is faster, or the text itself case-insensitively (`scan.lowered`).
    Also the relation each active phrase gives.

    Optional parts are written `(?:...|)`: the same matches as `(?:...)?`, found faster by the regex engine.
    """
    phrases = [phrase for _, kind, found in lexicon.relation_cues() for phrase in found if kind != "prefix"]
    if not all(phrase[:1].isalnum() for phrase in phrases):
        raise ValueError("relation_cues.tsv: every phrase must begin with a letter or digit (cues start words)")
    relation_of = {phrase: rel for rel, phrase in reversed(_cues("active"))}
    alternatives = scan.alternation([p.lower() for p in sorted(relation_of, key=len, reverse=True)])
    bodies = [
        *(rf"{re.escape(phrase.lower())}\s+(?:[a-z]+ly\s+|)by\s+(?:the\s+|)" for _, phrase in _cues("passive")),
        rf"{alternatives}\b",
        *(rf"{re.escape(phrase.lower())}\b" for _, phrase in _cues("flow")),
    ]
    return (
        WordStartPatterns([(body, 0, "") for body in bodies]),
        WordStartPatterns([(body, re.IGNORECASE, "") for body in bodies]),
        relation_of,
    )


class _ArticleCues:
    """Where the relation cues of one article are: the text is searched once for all of them, and each
    sentence then reads its own (a cue never spans two sentences: phrases hold only letters and spaces)."""

    def __init__(self, body: str) -> None:
        lower_case, any_case, self.relation_of = _cue_patterns()
        lowered = scan.lowered(body)
        self.patterns, self.text = (lower_case, lowered) if lowered is not None else (any_case, body)
        self.starts = self.patterns.starts(self.text)

    def any_in(self, sentence: Sentence) -> bool:
        """Could any cue pattern match within the sentence? (Only where some cue phrase starts.)"""
        i = bisect.bisect_left(self.starts, sentence.start)
        return i < len(self.starts) and self.starts[i] < sentence.end

    def finditer(self, index: int, sentence: Sentence) -> Iterator[re.Match[str]]:
        """Matches of cue pattern `index` (see `_cue_patterns`) within the sentence."""
        return self.patterns.finditer(index, self.text, self.starts, sentence.start, sentence.end)

    def passive(self, sentence: Sentence) -> list[tuple[str, re.Match[str]]]:
        """(relation, match) of each passive cue, phrase by phrase."""
        return [(rel, cue) for i, (rel, _) in enumerate(_cues("passive")) for cue in self.finditer(i, sentence)]

    def active(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        return self.finditer(len(_cues("passive")), sentence)

    def flow(self, index: int, sentence: Sentence) -> re.Match[str] | None:
        """The first match of flow phrase `index` in the sentence."""
        return next(self.finditer(len(_cues("passive")) + 1 + index, sentence), None)


class _SentenceRelations:
    def __init__(
        self, body: str, sentence: Sentence, mentions: list[Mention], found: ArticleActors, cues: _ArticleCues
    ) -> None:
        self.body = body
        self.cues = cues
        self.sentence = sentence
        self.mentions = mentions
        self.found = found
        self.relations: list[Relation] = []

    def add(self, source: Mention, relation: str, target: Mention) -> None:
        if source.key == target.key:
            return
        start, end = min(source.start, target.start), max(source.end, target.end)
        self.relations.append(Relation(source.key, relation, target.key, start, end, self.sentence))

    def modifier(self, mention: Mention) -> bool:
        """`Kenya` in `Kenya-led mission` modifies the next actor rather than standing alone."""
        return self.body.startswith(_prefix_marks(), mention.end)

    def prefix(self) -> None:
        for rel, phrase in _cues("prefix"):
            for i, m in enumerate(self.mentions[:-1]):
                if self.body.startswith(f"-{phrase} ", m.end):
                    nxt = self.mentions[i + 1]
                    between = self.body[m.end + len(phrase) + 2 : nxt.start]
                    if _PREFIX_GAP.fullmatch(between):
                        self.add(m, rel, nxt)

    def coordinated(self, mention: Mention, forward: bool) -> list[Mention]:
        """The mention and those joined to it by `and` or commas (`Canada and Brazil`), in one direction."""
        group = [mention]
        is_place = self._is_place(mention)
        ordered = self.mentions if forward else list(reversed(self.mentions))
        for m in ordered:
            last = group[-1]
            gap = self.body[last.end : m.start] if forward else self.body[m.end : last.start]
            in_order = m.start >= last.end if forward else m.end <= last.start
            # places join places and actors join actors: `Cap-Haïtien, and Gran Grif controls` is two clauses
            if in_order and _COORDINATION.fullmatch(gap) and self._is_place(m) == is_place:
                group.append(m)
        return group

    def _is_place(self, mention: Mention) -> bool:
        return self.found.actors[mention.key].type == "place"

    def passive(self) -> None:
        """`<B>, led by <A> and backed by <C>`: A and C act on B, the head of the chain."""
        agents: set[str] = set()
        cues = self.cues.passive(self.sentence)
        for rel, cue in sorted(cues, key=lambda c: c[1].start()):
            agent = next(
                (
                    m
                    for m in self.mentions
                    if cue.end() <= m.start and _TITLE_GAP.fullmatch(self.body[cue.end() : m.start])
                ),
                None,
            )
            if agent is None:
                continue
            chain = self.coordinated(agent, forward=True)
            agents.update(m.key for m in chain)
            head = [m for m in self.mentions if m.end <= cue.start() and m.key not in agents]
            if head:
                for member in chain:
                    self.add(member, rel, head[-1])

    def active(self) -> None:
        """`<A> [and <C>] funds <B>`: the nearest subject in the clause before the cue, the first object after."""
        for cue in self.cues.active(self.sentence):
            rel = self.cues.relation_of[cue.group().lower()]
            after = self.body[cue.end() : cue.end() + 20]
            if re.match(r"\s+(?:[a-z]+ly\s+)?by\b", after) or self.body[cue.start() - 1] == "-":
                continue  # passive or prefix, handled above
            sources = [
                m
                for m in self.mentions
                if m.end <= cue.start()
                and cue.start() - m.end <= _MAX_GAP
                and self._subject_gap(m.end, cue.start())
                and not self.modifier(m)
            ]
            targets = [
                m
                for m in self.mentions
                if m.start >= cue.end()
                and m.start - cue.end() <= 60
                and not _CLAUSE_BREAK.search(self.body, cue.end(), m.start)
                and not self.modifier(m)
            ]
            if sources and targets:
                for source in self.coordinated(sources[-1], forward=False):
                    self.add(source, rel, targets[0])

    def _subject_gap(self, start: int, end: int) -> bool:
        """Words between a subject and its verb: no clause break, except a relative `, which`."""
        gap = self.body[start:end]
        relative = _RELATIVE.match(gap)
        if relative:
            gap = gap[relative.end() :]
        return not _SUBJECT_BREAK.search(gap)

    def flow(self) -> None:
        for index, (rel, phrase) in enumerate(_cues("flow")):
            cue = self.cues.flow(index, self.sentence)
            if cue is None:
                continue
            places = [
                m
                for m in self.mentions
                if m.start >= cue.start() and self.found.actors[m.key].type in ("country", "place")
            ]
            origin = next(
                (
                    m
                    for m in places
                    if _FLOW_FROM.search(self.body[max(cue.start(), m.start - 12) : m.start])
                    or (phrase == "leaving" and m.start - cue.end() <= 6)
                ),
                None,
            )
            if origin is None:
                continue
            destination_cue = _FLOW_TO.search(self.body, origin.end, self.sentence.end)
            if destination_cue is None:
                continue
            stop = _FLOW_STOP.search(self.body, destination_cue.end(), self.sentence.end)
            limit = stop.start() if stop else self.sentence.end
            for m in places:
                if destination_cue.start() <= m.start < limit:
                    self.add(origin, rel, m)
            return


def find_relations(doc: Doc) -> list[Relation]:
    """Relations of one article, one row per (source, relation, target, sentence)."""
    body, sentences, found = doc.body, doc.sentences, doc.actors
    relations: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = {}
    cues = _ArticleCues(body)
    for m in found.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in sentences:
        mentions = [m for m in by_sentence.get(sentence.index, []) if m.end <= sentence.end]
        if len(mentions) < 2:
            continue
        finder = _SentenceRelations(body, sentence, mentions, found, cues)
        finder.prefix()
        if cues.any_in(sentence):  # most sentences have no cue phrase: nothing to look for
            finder.passive()
            finder.active()
            finder.flow()
        seen: set[tuple[str, str, str]] = set()
        for r in finder.relations:
            if (r.source, r.relation, r.target) not in seen:
                seen.add((r.source, r.relation, r.target))
                relations.append(r)
    return relations
