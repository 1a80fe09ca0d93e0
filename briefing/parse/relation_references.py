"""Back-references that a relation's end may be written as: `the force`, `the police`.

Owns one question, asked by the relations stage before it reads an article's sentences: which `the <noun>` left
unlinked by the actors stage names exactly one actor of the article (`lexicons/relation_back_references.tsv`)? With
the Gang Suppression Force and the Kenya-led mission both named, the actors stage links `the force` to neither (it
cannot tell which mission is meant); the noun can, since only one of them is named `... Force`.

Notes: a reference is made only where no mention covers the words and exactly one actor of the type holds the word
in its name; `the country`, `the mission` (said of either mission) are not read.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import ArticleActors, Mention, Sentence

#: `the police station`, `the force commander`: the noun modifies another, which is not the actor
_NOUN_AFTER = (
    r"(?:stations?|academy|chiefs?|commanders?|commissioners?|officers?|units?|posts?|headquarters|school|budget)\b"
)


@functools.cache
def _nouns() -> tuple[tuple[str, str, str], ...]:
    return tuple((noun, kind, word) for noun, kind, word in lexicon.tsv_rows("relation_back_references.tsv"))


def back_references(body: str, sentences: list[Sentence], found: ArticleActors) -> list[Mention]:
    """Mentions for `the <noun>` (`the force’s air wing`: the force) of each noun that names one actor, sorted."""
    made: list[Mention] = []
    starts = [m.start for m in found.mentions]
    ends = [m.end for m in found.mentions]
    sentence_starts = [s.start for s in sentences]
    for noun, kind, word in _nouns():
        owners = [a for a in found.actors.values() if a.type == kind and word in a.name.split()]
        if len(owners) != 1 or noun not in body:
            continue
        for match in re.finditer(rf"\b[Tt]he\s+({noun})\b(?![-])(?!\s+{_NOUN_AFTER})", body):
            start, end = match.span(1)
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and any(ends[j] > start for j in range(max(0, i - 3), i + 1)):
                continue  # already a mention (`the Haitian National Police`)
            k = bisect.bisect_right(sentence_starts, start) - 1
            made.append(Mention(owners[0].key, start, end, body[start:end], sentences[k].index))
    made += _fund_references(body, sentences, found, [*found.mentions, *made])
    return sorted(made, key=lambda m: (m.start, m.end))


#: `the fund, which pays the salaries of the`, `a trust fund that finances the`: a fund and what it pays for
_FUND_PAYS = re.compile(
    r"\bfund,?\s+(?:which|that)\s+(?:now\s+|also\s+|)(?:pays|paid|finances|financed|funds|funded|bankrolls|covers|"
    r"underwrites|supports)\b(?:\s+for|)[^.;:“”\"]{0,60}?$"
)
_UNLINKED_FUND = re.compile(r"\b[Tt]he\s+(?:(?:UN|U\.N\.|same)\s+|)((?:trust\s+|)fund)\b(?![-])")


def _fund_references(
    body: str, sentences: list[Sentence], found: ArticleActors, mentions: list[Mention]
) -> list[Mention]:
    """`the fund, which pays the salaries of the GSF's officers, …` ties the article's fund to one mission: every
    unlinked `the fund`, `the trust fund`, `the UN trust fund` of the article is then that mission's fund (a fund is a
    mention of its mission, as the actors stage writes `the UN trust fund for the GSF`)."""
    if "fund" not in body:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    owners = set()
    for m in ordered:
        if found.actors[m.key].type == "mission" and _FUND_PAYS.search(body, max(0, m.start - 90), m.start):
            owners.add(m.key)
    if len(owners) != 1:
        return []
    owner = owners.pop()
    sentence_starts = [s.start for s in sentences]
    made = []
    for match in _UNLINKED_FUND.finditer(body):
        start, end = match.span(1)
        i = bisect.bisect_right(starts, end) - 1
        if i >= 0 and ordered[i].end > start:
            continue
        k = bisect.bisect_right(sentence_starts, start) - 1
        made.append(Mention(owner, start, end, body[start:end], sentences[k].index))
    return made
