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

import re
from dataclasses import dataclass

from briefing import lexicon
from briefing.actors import ArticleActors, Mention
from briefing.segment import Sentence

_MAX_GAP = 110
_FLOW_FROM = re.compile(r"\b(?:from|leaving|out of)\s+(?:the\s+)?$", re.I)
_FLOW_TO = re.compile(r"\b(?:to|into|arriving|reaching|bound for|destined for|in)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|\.\s|,\s(?:but|while|although|whereas)\b")
_SUBJECT_BREAK = re.compile(r"[,;:“”\"]|\.\s|\b(?:where|which|who|whose|that|while|although)\b")


@dataclass(frozen=True, slots=True)
class Relation:
    source: str  # actor key
    relation: str
    target: str
    start: int
    end: int
    sentence: Sentence


def _cues(kind: str) -> list[tuple[str, str]]:
    return [(rel, phrase) for rel, k, phrases in lexicon.relation_cues() if k == kind for phrase in phrases]


class _SentenceRelations:
    def __init__(self, body: str, sentence: Sentence, mentions: list[Mention], found: ArticleActors) -> None:
        self.body = body
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
        return any(self.body.startswith(f"-{p} ", mention.end) for _, p in _cues("prefix"))

    def prefix(self) -> None:
        for rel, phrase in _cues("prefix"):
            for i, m in enumerate(self.mentions[:-1]):
                if self.body.startswith(f"-{phrase} ", m.end):
                    nxt = self.mentions[i + 1]
                    if nxt.start - m.end <= len(phrase) + 40 and "," not in self.body[m.end : nxt.start]:
                        self.add(m, rel, nxt)

    def passive(self) -> None:
        agents: set[int] = set()
        for rel, phrase in _cues("passive"):
            pattern = re.compile(rf"\b{re.escape(phrase)}\s+by\s+(?:the\s+)?", re.I)
            for cue in pattern.finditer(self.body, self.sentence.start, self.sentence.end):
                agent = next((m for m in self.mentions if cue.end() <= m.start <= cue.end() + 4), None)
                if agent is None:
                    continue
                agents.add(agent.start)
                head = [
                    m
                    for m in self.mentions
                    if m.end <= cue.start() and m.start not in agents and not self._agent_of_chain(m, cue.start())
                ]
                if head:
                    self.add(agent, rel, head[-1])

    def _agent_of_chain(self, mention: Mention, cue_start: int) -> bool:
        """Is this mention itself the agent of an earlier `... by X and` in the same chain?"""
        before = self.body[max(self.sentence.start, mention.start - 12) : mention.start]
        between = self.body[mention.end : cue_start]
        return bool(re.search(r"\bby\s+(?:the\s+)?$", before)) and bool(
            re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between)
        )

    def active(self) -> None:
        for rel, phrase in _cues("active"):
            pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.I)
            for cue in pattern.finditer(self.body, self.sentence.start, self.sentence.end):
                if re.match(r"\s+by\b", self.body[cue.end() : cue.end() + 4]) or self.body[cue.start() - 1] == "-":
                    continue  # passive or prefix, handled above
                sources = [
                    m
                    for m in self.mentions
                    if m.end <= cue.start()
                    and cue.start() - m.end <= _MAX_GAP
                    and not _SUBJECT_BREAK.search(self.body, m.end, cue.start())
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
                    self.add(sources[-1], rel, targets[0])

    def flow(self) -> None:
        for rel, phrase in _cues("flow"):
            pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.I)
            cue = pattern.search(self.body, self.sentence.start, self.sentence.end)
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
            for m in places:
                if m.start >= destination_cue.start():
                    self.add(origin, rel, m)
            return


def extract_relations(body: str, sentences: list[Sentence], found: ArticleActors) -> list[Relation]:
    """Relations of one article, one row per (source, relation, target, sentence)."""
    relations: list[Relation] = []
    for sentence in sentences:
        mentions = [m for m in found.mentions if sentence.start <= m.start and m.end <= sentence.end]
        if len(mentions) < 2:
            continue
        finder = _SentenceRelations(body, sentence, mentions, found)
        finder.prefix()
        finder.passive()
        finder.active()
        finder.flow()
        seen: set[tuple[str, str, str]] = set()
        for r in finder.relations:
            if (r.source, r.relation, r.target) not in seen:
                seen.add((r.source, r.relation, r.target))
                relations.append(r)
    return relations
