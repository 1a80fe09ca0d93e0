"""Where the relation cue phrases of an article are (`lexicons/relation_cues.tsv`), found in one search.

Owns the cue patterns — one per passive phrase, one alternation each of the active and transfer
phrases, one per flow or motion phrase — and where they match in an article, sentence by sentence. What a match
means (who acts on whom) is `relations`.

Notes: phrases must begin with a letter or digit and hold only letters and spaces, so a cue never spans
two sentences; the text is searched once, lower-cased when its offsets allow (`scan.lowered`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from briefing.parse import lexicon, scan
from briefing.parse.doc import Sentence
from briefing.parse.scan import WordStartPatterns

#: `through a UN trust fund and `: another channel of the passive before its agent
_THROUGH_AND = r"(?:through|via)\s+[^,;:.]{1,40}?\s+and\s+|"
#: `led from hiding by`, `run from prison by`: where a leader acts from, between the verb and its agent
_FROM_WHERE = r"(?:from|in)\s+(?:hiding|prison|jail|exile|abroad)\s+|"


@functools.cache
def cues(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((rel, phrase) for rel, k, phrases in lexicon.relation_cues() if k == kind for phrase in phrases)


@functools.cache
def flow_cues() -> tuple[tuple[str, str, bool], ...]:
    """(relation, phrase, needs goods) of each flow phrase, then each motion phrase (a flow only when what
    moves is named beside it: see `routes.carries_goods`)."""
    return (*((rel, p, False) for rel, p in cues("flow")), *((rel, p, True) for rel, p in cues("motion")))


@functools.cache
def prefix_marks() -> tuple[str, ...]:
    """`-led `, `-backed `...: what follows an actor that modifies the next one (`Kenya-led mission`)."""
    return tuple(f"-{phrase} " for _, phrase in cues("prefix"))


@functools.cache
def cue_patterns() -> tuple[WordStartPatterns, WordStartPatterns, dict[str, str]]:
    """Every cue pattern of the article, searched together (see `ArticleCues`): one per passive phrase,
    then all active phrases in one (longest first), all transfer phrases in one, then one per flow phrase,
    then all arrival phrases in one, all agent phrases in one (with the `the` after them) and all held nouns in one.
    Built twice, to search lower-cased text case-sensitively, which is faster, or the text itself
    case-insensitively (`scan.lowered`).
    Also the relation each active, transfer or agent phrase gives.

    Optional parts are written `(?:...|)`: the same matches as `(?:...)?`, found faster by the regex engine.
    """
    phrases = [phrase for _, kind, found in lexicon.relation_cues() for phrase in found if kind != "prefix"]
    if not all(phrase[:1].isalnum() for phrase in phrases):
        raise ValueError("relation_cues.tsv: every phrase must begin with a letter or digit (cues start words)")
    relation_of = {phrase: rel for rel, phrase in reversed([*cues("active"), *cues("transfer"), *cues("agent")])}

    def alternatives(kind: str) -> str:
        return scan.alternation([p.lower() for p in sorted({p for _, p in cues(kind)}, key=len, reverse=True)])

    bodies = [
        # `funded mostly by`, `financed through a UN trust fund and by`
        *(
            rf"{re.escape(phrase.lower())}\s+(?:[a-z]+ly\s+|{_THROUGH_AND}{_FROM_WHERE})by\s+(?:the\s+|)"
            for _, phrase in cues("passive")
        ),
        rf"{alternatives('active')}\b",
        rf"{alternatives('transfer')}\b",
        *(rf"{re.escape(phrase.lower())}\b" for _, phrase, _ in flow_cues()),
        rf"{alternatives('arrival')}\b",
        rf"{alternatives('agent')}\s+(?:the\s+|)",
        rf"{alternatives('held')}\b",
    ]
    return (
        WordStartPatterns([(body, 0, "") for body in bodies]),
        WordStartPatterns([(body, re.IGNORECASE, "") for body in bodies]),
        relation_of,
    )


class ArticleCues:
    """Where the relation cues of one article are: the text is searched once for all of them, and each
    sentence then reads its own (a cue never spans two sentences: phrases hold only letters and spaces)."""

    def __init__(self, body: str, lowered: str | None) -> None:
        lower_case, any_case, self.relation_of = cue_patterns()
        self.patterns, self.text = (lower_case, lowered) if lowered is not None else (any_case, body)
        self.starts = self.patterns.starts(self.text)

    def any_in(self, sentence: Sentence) -> bool:
        """Could any cue pattern match within the sentence? (Only where some cue phrase starts.)"""
        i = bisect.bisect_left(self.starts, sentence.start)
        return i < len(self.starts) and self.starts[i] < sentence.end

    def finditer(self, index: int, sentence: Sentence) -> Iterator[re.Match[str]]:
        """Matches of cue pattern `index` (see `cue_patterns`) within the sentence."""
        return self.patterns.finditer(index, self.text, self.starts, sentence.start, sentence.end)

    def passive(self, sentence: Sentence) -> list[tuple[str, re.Match[str]]]:
        """(relation, match) of each passive cue, phrase by phrase."""
        return [(rel, cue) for i, (rel, _) in enumerate(cues("passive")) for cue in self.finditer(i, sentence)]

    def active(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        return self.finditer(len(cues("passive")), sentence)

    def transfer(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        return self.finditer(len(cues("passive")) + 1, sentence)

    def arrival(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        """Matches of the arrival phrases (a route named destination first) within the sentence."""
        return self.finditer(len(cues("passive")) + 2 + len(flow_cues()), sentence)

    def agent(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        """Matches of the agent phrases (`under the command of`, `held by`) within the sentence."""
        return self.finditer(len(cues("passive")) + 3 + len(flow_cues()), sentence)

    def held(self, sentence: Sentence) -> Iterator[re.Match[str]]:
        """Matches of the nouns of held ground (`stronghold`) within the sentence."""
        return self.finditer(len(cues("passive")) + 4 + len(flow_cues()), sentence)

    def flow(self, index: int, sentence: Sentence) -> re.Match[str] | None:
        """The first match of flow phrase `index` in the sentence."""
        return next(self.finditer(len(cues("passive")) + 2 + index, sentence), None)
