"""Affiliations: the body or country a person belongs to, where the text states it.

Owns one question, asked of each person's mentions once every mention of the article is known: does the
text tie the name to another of the article's actors —
- before the name, in the title: `Kenya's President X`, `OAS Secretary General X`, `U.S. Secretary of State
  X`, `Dominican Foreign Minister X`, `Chief of Mission of the IOM in Haiti X` (a possessive owner first,
  then a body, then a country; `Ambassador to the UN` names where one is posted, not whom one serves);
- right after it, through `of`, when a title introduced the name: `Prime Minister X of Jamaica`;
- in an apposition: `X, a spokesperson for the JDF`, `X, spokesperson for the UN Secretary-General`,
  `X, IOM Chief of Mission in Haiti`, `X, the JDF spokesman`,
  `X, a researcher at the Nairobi-based Institute for …`, `X, Unicef's representative`, `X, who heads the …`.
The affiliate is an organization, mission or country, never a place, group or person; the first
statement found wins. A country stated in the title is also the person's country when none is known, and
a title that only one country has (`Secretary of State`: `lexicons/national_titles.tsv`) gives that country
when the article names it and no other owner is stated.

Notes: the text must put the two names side by side in one of these shapes; an affiliation stated in
another sentence (`She joined the OAS in 2019`) or by a pronoun is not found.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefing.parse import lexicon
from briefing.parse.actors.people import title_word_sets
from briefing.parse.actors.registry import Registry
from briefing.parse.doc import Mention

_AFFILIATE_TYPES = frozenset({"organization", "mission", "country"})
_TITLE_REACH = 120  # characters before a name that a title with its body or country may take
_RUN_CONNECTORS = frozenset({"of", "the", "for", "to", "in", "on", "and", "de", "du"})
_POSSESSIVE = ("’s", "'s")
_POSTED_TO = re.compile(r"\bto (?:the )?$")
_OF_AFTER = re.compile(r" of (?:the )?")
#: `, a spokesperson for the`, `, spokesperson for`, `, the head of`, `, a senior fellow at the`
_APPOSITION = re.compile(r",\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:for|of|at|with)\s+(?:the\s+)?")
#: `, who heads the`, `, who works for`
_RELATIVE = re.compile(
    r",\s+who\s+(?:heads|leads|runs|directs|chairs|represents|works\s+for|speaks\s+for)\s+(?:the\s+)?"
)
_APPOSED_OWNER = re.compile(r",\s+(?:the\s+)?")
_NEXT_WORD = re.compile(r" ([\w.-]+)")
#: `the Nairobi-based Institute`, `the Kenyan-led force`: a modifier, the affiliate is the next name
_MODIFIER = re.compile(r"-(?:based|led|backed)\s+(?:the\s+)?")
#: an apposition's words are nouns and adjectives, not a participle (`, speaking at the ministry`)
_PARTICIPLE = re.compile(r"\b[a-z]+(?:ing|ed)\s")


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word of a title, lower-cased (`president`, `secretary`, `envoy`, `spokesperson`)."""
    extra = lexicon.word_list("attribution_titles.txt")
    return frozenset(w.lower().rstrip(".") for w in title_word_sets()[1] | set(extra))


@functools.cache
def _national_titles() -> dict[str, str]:
    """Title -> ISO3 of the one country it belongs to when the text names no other (`national_titles.tsv`)."""
    return dict(lexicon.tsv_rows("national_titles.tsv"))


class _Affiliations:
    def __init__(self, reg: Registry) -> None:
        self.reg = reg
        self.body = reg.body
        self.mentions = reg.mentions
        self.starts = [m.start for m in reg.mentions]

    def _affiliate(self, mention: Mention, person: str) -> bool:
        actor = self.reg.actors[mention.key]
        return mention.key != person and actor.type in _AFFILIATE_TYPES

    def starting_at(self, pos: int, person: str) -> Mention | None:
        """The longest affiliate mention that starts at `pos`, or the one after an `X-based` modifier that
        starts there (`the Nairobi-based Institute for …`)."""
        i = bisect.bisect_left(self.starts, pos)
        here = []
        while i < len(self.mentions) and self.mentions[i].start == pos:
            here.append(self.mentions[i])
            i += 1
        for m in here:
            based = _MODIFIER.match(self.body, m.end)
            if based:
                return self.starting_at(based.end(), person)
        found = [m for m in here if self._affiliate(m, person)]
        if not found:
            return None
        longest = max(found, key=lambda m: m.end)
        return self._field_office(longest) or longest

    def _field_office(self, mention: Mention) -> Mention | None:
        """`the UN mission`: when a body's name is followed by `mission`, its field office or mission that the
        article names, before or after (`…, known as BINUH`), when it names one only: `United Nations
        Integrated Office in Haiti`, not the body itself."""
        if not self.body.startswith(" mission", mention.end):
            return None
        parent = self.reg.actors[mention.key]
        heads = lexicon.word_list("field_office_heads.txt")
        offices = {
            key
            for key, actor in self.reg.actors.items()
            if key != mention.key
            and actor.type in ("organization", "mission")
            and any(name.startswith(parent.name + " ") for name in (actor.name, *actor.aliases))  # or the lexicon's
            and heads & set(actor.name.split())
        }
        if len(offices) != 1:
            return None
        (key,) = offices
        return Mention(key, mention.start, mention.end, mention.text, mention.sentence)

    def before(self, mention: Mention, floor: int) -> Mention | None:
        """The affiliate named in the title right before a name: the run of capitalised words, title words
        and connectors that ends at the name must hold a title word and an affiliate's mention."""
        body, titles = self.body, _title_words()
        pos = mention.start
        run_start, titled = pos, False
        lowest = max(floor, pos - _TITLE_REACH)
        while True:
            end = run_start - 1  # the space before the word
            if end <= lowest or body[end] != " ":
                break
            start = body.rfind(" ", lowest, end) + 1 or lowest
            word = body[start:end]
            core = word.removesuffix(_POSSESSIVE[0]).removesuffix(_POSSESSIVE[1])
            if not core or any(c in core for c in ',;:“”"()'):
                break
            lower = core.lower().rstrip(".")
            if not (core[0].isupper() or lower in titles or lower in _RUN_CONNECTORS):
                break
            titled = titled or lower in titles
            run_start = start
        if not titled:
            return None
        lo = bisect.bisect_left(self.starts, run_start)
        hi = bisect.bisect_left(self.starts, pos)
        inside = [
            m
            for m in self.mentions[lo:hi]
            if m.end <= pos
            and self._affiliate(m, mention.key)
            and not _POSTED_TO.search(body, max(0, m.start - 8), m.start)
        ]
        owners = [m for m in inside if body.startswith(_POSSESSIVE, m.end)]
        bodies = [m for m in inside if self.reg.actors[m.key].type != "country"]
        for group in (owners, bodies, inside):
            if group:
                return group[-1]
        return None

    def after(self, mention: Mention, titled: bool) -> tuple[Mention | None, bool]:
        """(affiliate, stated through a title) named right after a name: `of X` after a titled name, or an
        apposition (`, a spokesperson for X`, `, X's representative`, `, who heads X`)."""
        body, end, key = self.body, mention.end, mention.key
        if titled and (of := _OF_AFTER.match(body, end)):
            found = self.starting_at(of.end(), key)
            if found is not None:
                return found, True
        for pattern in (_APPOSITION, _RELATIVE):
            lead = pattern.match(body, end)
            if lead and not (pattern is _APPOSITION and _PARTICIPLE.search(lead.group())):
                found = self.starting_at(lead.end(), key)
                if found is not None:
                    return found, False
        lead = _APPOSED_OWNER.match(body, end)
        if lead:
            found = self.starting_at(lead.end(), key)
            if found is not None and (body.startswith(_POSSESSIVE, found.end) or self._title_follows(found.end)):
                return found, False  # `X, Unicef's representative`, `X, IOM Chief of Mission in Haiti`
        return None, False

    def _title_follows(self, pos: int) -> bool:
        word = _NEXT_WORD.match(self.body, pos)
        return word is not None and word.group(1).lower().rstrip(".") in _title_words()


def find_affiliations(reg: Registry) -> None:
    """Set `affiliation` (and, from a title, a missing `country`) of every person the text ties to a body or
    country. Reads `reg.mentions`, which must be sorted."""
    if not any(a.type == "person" for a in reg.actors.values()):
        return
    finder = _Affiliations(reg)
    for mention in reg.mentions:
        actor = reg.actors[mention.key]
        if actor.type != "person" or actor.affiliation:
            continue
        sentence = reg.doc.sentence_at(mention.start)
        floor = sentence.start if sentence is not None else 0
        found, from_title = finder.before(mention, floor), True
        if found is None:
            found, from_title = finder.after(mention, bool(actor.role))
        if found is None:
            national = _national_titles().get(actor.role)
            if national and f"country:{national}" in reg.actors and not actor.country:
                actor.affiliation = f"country:{national}"  # `Secretary of State X`: the U.S. office
                actor.country = national
            continue
        actor.affiliation = found.key
        affiliate = reg.actors[found.key]
        if from_title and affiliate.type == "country" and not actor.country:
            actor.country = affiliate.country
