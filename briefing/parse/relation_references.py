"""Back-references that a relation's end may be written as: `the force`, `the police`.

Owns one question, asked by the relations stage before it reads an article's sentences: which `the <noun>` left
unlinked by the actors stage names exactly one actor of the article (`lexicons/relation_back_references.tsv`)? With
the Gang Suppression Force and an earlier mission both named, the actors stage links `the force` to neither (it
cannot tell which mission is meant); the noun can, since only one of them is named `... Force`.

Notes: a reference is made only where no mention covers the words and exactly one actor of the type holds the word
in its name; `the country`, `the mission` (said of either mission) are not read.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import ArticleActors, Mention, Sentence

#: `the police station`, `the force commander`: the noun modifies another, which is not the actor
_NOUN_AFTER = (
    r"(?:stations?|academy|chiefs?|commanders?|commissioners?|officers?|units?|posts?|headquarters|school|budget)\b"
)


@functools.cache
def _nouns() -> tuple[tuple[str, str, str, str], ...]:
    return tuple(tuple(row) for row in lexicon.tsv_rows("relation_back_references.tsv"))  # type: ignore[misc]


def _modifiers(allowed: str) -> str:
    if allowed == "*":
        return r"(?:[a-z]+\s+){0,2}"  # plain words: `the Chadian-led force` is the actors stage's to read
    if allowed == "-":
        return ""
    return r"(?:(?:" + "|".join(re.escape(w) for w in allowed.split(";")) + r")\s+|)"


@functools.cache
def _before(allowed: str) -> re.Pattern[str]:
    """`the `, `the current ` right before the noun (searched back from it: the noun is found by `str.find`)."""
    return re.compile(rf"\b(?:[Tt]he|THE)\s+({_modifiers(allowed)})$", re.IGNORECASE)


_AFTER = re.compile(rf"(?![\w-])(?!\s+{_NOUN_AFTER})")


def _occurrences(body: str, lowered: str, noun: str, allowed: str) -> list[tuple[int, int, int]]:
    """(start of `the`, start, end) of each `the <modifiers> <noun>` in the text, the noun in any case."""
    found = []
    at = lowered.find(noun)
    while at >= 0:
        end = at + len(noun)
        if (at == 0 or not lowered[at - 1].isalnum()) and _AFTER.match(body, end):
            before = _before(allowed).search(body, max(0, at - 40), at)
            if before is not None:
                found.append((before.start(), at, end))
        at = lowered.find(noun, end)
    return found


def _owner(found: ArticleActors, kind: str, word: str, body: str = "") -> str | None:
    """The key of the article's one actor of the type whose name holds the word (a gang: or is written right before
    it, `the Viv Ansanm gang coalition`), or None (none, or several)."""
    owners = [
        a.key
        for a in found.actors.values()
        if a.type == kind
        and (
            word in a.name.lower().split()
            or (kind == "group" and re.search(rf"{re.escape(a.name)}\s+(?:gang\s+|armed\s+|)(?i:{word})\b", body))
        )
    ]
    return owners[0] if len(owners) == 1 else None


def back_references(body: str, sentences: list[Sentence], found: ArticleActors) -> list[Mention]:
    """Mentions for `the <noun>` (`the force’s air wing`: the force) of each noun that names one actor, sorted."""
    made: list[Mention] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence_starts = [s.start for s in sentences]
    lowered = ""
    for noun, kind, word, allowed in _nouns():
        if noun not in body and noun.capitalize() not in body:
            continue
        owner = _owner(found, kind, word, body)
        if owner is None:
            continue
        if not starts:
            starts, ends = [m.start for m in found.mentions], [m.end for m in found.mentions]
            lowered = body.lower()
        for the, start, end in _occurrences(body, lowered, noun, allowed):
            titled = body[start:end] == noun.capitalize() and body[the:start].lower() == "the "
            if body[start:end] != noun and not (titled and not re.match(r"\s+[A-Z]", body[end : end + 2])):
                continue  # `the Mission des …` is a name, which the actors stage reads (`the Force`, as UN copy writes)
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and any(ends[j] > start for j in range(max(0, i - 3), i + 1)):
                continue  # already a mention (`the Haitian National Police`)
            k = bisect.bisect_right(sentence_starts, start) - 1
            made.append(Mention(owner, start, end, body[start:end], sentences[k].index))
    if "fund" in body:
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


_COMMON_NOUN = re.compile(r"(?:[a-z]+\s+){0,2}([a-z]+)")


def relinked(body: str, found: ArticleActors) -> list[Mention]:
    """The article's mentions, with a common noun the actors stage tied to one actor of a type moved to the one
    actor whose name holds that noun (`The mission was bankrolled by …`, where the article names both the
    Multinational Security Support mission and the Gang Suppression Force: the mission, not the force)."""
    owners = {}
    for noun, kind, word, allowed in _nouns():
        key = _owner(found, kind, word) if allowed != "-" else None
        if key is not None:
            owners[noun] = (kind, key, allowed)
    if not owners:
        return found.mentions
    mentions = list(found.mentions)
    for i, m in enumerate(mentions):
        if not m.text[:1].islower():
            continue  # a name, not a common noun
        if m.start >= 5 and body[max(0, m.start - 5) : m.start].endswith(("-led ", "-run ")):
            continue  # `the Chadian-led force`: the actors stage read the leader's mission
        common = _COMMON_NOUN.fullmatch(m.text)
        owner = owners.get(common.group(1)) if common else None
        if owner is None or owner[1] == m.key or found.actors[m.key].type != owner[0]:
            continue
        modifiers = m.text[: common.start(1)].split()
        if owner[2] != "*" and any(w not in owner[2].split(";") for w in modifiers):
            continue  # `the new mission` may be the force that replaces it
        mentions[i] = dataclasses.replace(m, key=owner[1])
    return mentions


def named_by_noun(text: str, name: str) -> bool:
    """Does a common noun phrase (`new force`) name its actor by the actor's own head word (`Gang Suppression
    Force`)? Then the words say which actor they mean, and no guess from the article as a whole is needed."""
    common = _COMMON_NOUN.fullmatch(text)
    return common is not None and any(
        noun == common.group(1) and word in name.lower().split() for noun, _, word, _ in _nouns()
    )


_PAST_WORDS = frozenset({"earlier", "previous", "former", "old", "outgoing", "original", "prior", "first"})


def another_one(text: str, name: str) -> bool:
    """Is a common noun phrase a past one of its kind that its actor's name does not hold (`the earlier mission`,
    tied by the actors stage to the article's only mission, the Gang Suppression Force, which replaced it)?"""
    common = _COMMON_NOUN.fullmatch(text)
    if common is None or not _PAST_WORDS.intersection(text[: common.start(1)].split()):
        return False
    return any(noun == common.group(1) and word not in name.lower().split() for noun, _, word, _ in _nouns())
