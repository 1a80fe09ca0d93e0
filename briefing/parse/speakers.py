"""Who the words of an attribution name: a person, an organization, a document or an unnamed source.

Owns the step from the words an attribution gives for its speaker (`the head of the party, Jean Pierre,`,
`U.N. Special Representative Ana Duarte`, `officials`, `the statement`) to a speaker: a canonical actor
name and key, or the words as written. Quotation finders (`quotes`, `indirect`) decide where those words
are; this module only reads them. Tried in order: a person the actors stage found in the words (its name
widened by particles such as `de la`, and without a title the actors stage left on it); a pronoun (the
person named last before); a document (`the letter`) or an unnamed source (`one resident`, `a diplomat who
asked not to be named`, `U.S. officials`), kept as written, unless its role names exactly one person; an
organization named with a head word (`The U.S. Embassy in Port-au-Prince`); any other actor that is not a
place or a news outlet; and last a capitalised name after the title words (`DG Okafor` gives `Okafor`).

Notes: a title word alone never speaks; a place never speaks; an outlet that carries the words
(`told Reuters`) never speaks. Names the actors stage did not find are kept as written, with no actor key.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import Doc, Mention

Speaker = tuple[str, str, str]  # (speaker, actor key, attribution)

_PRONOUN = re.compile(r"(?:he|she|they)$", re.I)
_ANONYMOUS_HEAD = re.compile(r"^(?:a|an|one|two|three|several|some|many|the|another)\b", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*\.?")
_SPEAKING_TYPES = ("person", "organization", "country", "mission", "group")


@functools.cache
def _title_words() -> frozenset[str]:
    words = {w for title in lexicon.titles() for w in title.split()}
    return frozenset(words | lexicon.word_list("attribution_titles.txt") | lexicon.word_list("honorifics.txt"))


@functools.cache
def _particle_tail() -> re.Pattern[str]:
    particles = "|".join(sorted(lexicon.word_list("name_particles.txt"), key=len, reverse=True))
    return re.compile(rf"(?:[\s-]+(?:{particles})\b)+[\s-]+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


@functools.cache
def _particle_head() -> re.Pattern[str]:
    """`Rafael de la ` right before a mention that starts after the particles."""
    particles = "|".join(sorted(lexicon.word_list("name_particles.txt"), key=len, reverse=True))
    return re.compile(rf"[A-Z][\w’'-]+(?:\s+(?:{particles}))+\s+$")


@functools.cache
def _outlets() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon.word_list("news_outlets.txt"))


@functools.cache
def _plain_source() -> re.Pattern[str]:
    """`officials`, `U.S. officials`, `Haitian police`, `the statement`: a head noun with up to three modifiers."""
    nouns = sorted(lexicon.word_list("source_nouns.txt") | lexicon.word_list("document_nouns.txt"), key=len)
    head = "|".join(re.escape(n) for n in reversed(nouns))
    return re.compile(rf"^(?:(?:the|a|an|its|their|his|her|one|two|several)\s+)?(?:[\w.’'-]+\s+){{0,3}}(?:{head})$")


def _function(name: str) -> bool:
    """`It`, `This`, `There`: a sentence opener, not a name."""
    return name.split()[0] in lexicon.word_list("function_words.txt")


def is_outlet(name: str) -> bool:
    return name.strip().lower() in _outlets()


def strip_titles(name: str) -> str:
    """`DG Okafor` -> `Okafor`, `SAIG Mwita` -> `Mwita` (a short capitals abbreviation before a name is a
    title); a name of title words only gives ``."""
    words = name.split()
    while words and (
        words[0] in _title_words()
        or words[0].endswith(("’s", "'s"))
        or (len(words) > 1 and re.fullmatch(r"[A-Z]{2,5}", words[0]) is not None)
    ):
        words.pop(0)
    return " ".join(words)


class Speakers:
    """Speaker look-ups over one Doc's actors."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors = doc.actors.actors
        self.persons = [m for m in doc.actors.mentions if self.actors[m.key].type == "person"]
        self.person_starts = [m.start for m in self.persons]
        self._introductions: dict[str, tuple[list[int], list[str]]] = {}  # head noun -> its unnamed sources

    def person_before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.person_starts, pos)
        while i > 0 and self.persons[i - 1].end > pos:
            i -= 1
        return self.persons[i - 1].key if i > 0 else None

    def persons_between(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.person_starts, start), bisect.bisect_left(self.person_starts, end)
        return self.persons[lo:hi]

    def resolve(self, who: str, who_start: int) -> Speaker | None:
        """The speaker the words `who` (at `who_start` in the body) name, or None."""
        lead = len(who) - len(who.lstrip())
        who, who_start = who.strip(), who_start + lead
        if re.search(r"\swho$", who):  # `I spoke to a schoolteacher who said:`
            who = re.sub(r"\s+who$", "", re.sub(r"^(?:.*\s)?(?=(?:a|an|another|one)\s)", "", who))
        core = who.split(",")[0].strip()
        inside = [m for m in self.doc.mentions_in(who_start, who_start + len(who)) if not self._mute(m)]
        person = next((m for m in inside if self.actors[m.key].type == "person" and self._named_person(m)), None)
        if person is not None:
            name, key = self._person(person, who_start, who_start + len(who))
            return name, key, "explicit"
        whole = self._whole_actor(inside, who_start, core)
        if whole is not None:
            return self.actors[whole.key].name, whole.key, "explicit"
        if _PRONOUN.fullmatch(core):
            key = self.person_before(who_start)
            return (self.actors[key].name, key, "pronoun") if key else (core, "", "pronoun")
        if self._head_word(core) and not person:
            return re.sub(r"^[Tt]he\s+", "", core), "", "explicit"  # `The U.S. Embassy in Port-au-Prince`
        if (_ANONYMOUS_HEAD.match(core) or _plain_source().match(core)) and len(core.split()) <= 12:
            role = self._role_match(core)
            if role is not None:
                return self.actors[role].name, role, "explicit"
            return self._earlier_source(core, who_start) or who.rstrip(","), "", "explicit"
        return self._named(core, inside)

    def _earlier_source(self, phrase: str, before: int) -> str | None:
        """`the spokesperson` refers back to the unnamed source introduced earlier
        (`A spokesperson for the U.S. State Department said ...`): speak of it as first written.
        Each head noun's introductions are searched for once per article, then looked up by position."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        introductions = self._introductions.get(words[1])
        if introductions is None:
            head = re.escape(words[1])
            article = r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){0,3}?"
            affiliation = r"(?:\s+(?:for|at|with|from|of|in)\s+(?:[^,.;:“”«»\"\n]|(?<=[A-Z])\.){1,60})?"
            ending = rf"(?=\s+(?:{lexicon.speech_verb_pattern()})\b|[,;]|\.(?:\s|$))"
            found = list(re.finditer(article + head + affiliation + ending, self.doc.body))
            introductions = self._introductions[words[1]] = ([m.end() for m in found], [m.group() for m in found])
        ends, texts = introductions
        i = bisect.bisect_right(ends, before)
        return texts[i - 1] if i else None

    def _whole_actor(self, inside: list[Mention], who_start: int, core: str) -> Mention | None:
        """`the International Organization for Migration`, `the mission`: the words are one actor's mention."""
        article = re.match(r"(?:[Tt]he\s+)?", core)
        start = who_start + (article.end() if article else 0)
        return next((m for m in inside if m.start <= start and m.end >= who_start + len(core) - 1), None)

    def _named(self, core: str, inside: list[Mention]) -> Speaker | None:
        """An organization by its head word, an actor, or a capitalised name after its titles."""
        organization = next((m for m in inside if self.actors[m.key].type != "country"), None)
        if organization is not None:
            return self.actors[organization.key].name, organization.key, "explicit"
        if self._head_word(core):
            return re.sub(r"^[Tt]he\s+", "", core), "", "explicit"
        if inside:
            return self.actors[inside[0].key].name, inside[0].key, "explicit"
        name = strip_titles(core)
        if name and all(_NAME_WORD.fullmatch(w) for w in name.split()) and not is_outlet(name) and not _function(name):
            return name, "", "explicit"
        return None

    def _head_word(self, core: str) -> bool:
        """`The U.S. Embassy in Port-au-Prince`: a capitalised organization head word names an organization."""
        heads = lexicon.word_list("organization_heads.txt")
        return any(w in heads or lexicon.org_words().get(w) in ("organization", "mission") for w in core.split())

    def _mute(self, mention: Mention) -> bool:
        """A place, or an outlet, never speaks."""
        actor = self.actors[mention.key]
        return actor.type not in _SPEAKING_TYPES or is_outlet(actor.name) or is_outlet(mention.text)

    def _named_person(self, mention: Mention) -> bool:
        """A title word alone (`the Minister`) is not a person."""
        return bool(strip_titles(self.actors[mention.key].name))

    def _person(self, mention: Mention, who_start: int, who_end: int) -> tuple[str, str]:
        """(name, key): the person's name without a leading title, widened by particles written around the
        mention (`Rafael de la Espriella Ruiz`); a surname alone is the person named in full before."""
        name = strip_titles(self.actors[mention.key].name)
        body = self.doc.body
        tail = _particle_tail().match(body, mention.end, who_end)
        if tail is not None and name.endswith(mention.text.split()[-1]):
            name += body[tail.start() : tail.end()]
        head = _particle_head().search(body, max(who_start, mention.start - 40), mention.start)
        if head is not None:
            name = body[head.start() : head.end()] + name
        if " " not in name:
            for key, actor in self.actors.items():
                if actor.type == "person" and actor.name.endswith(" " + name) and key != mention.key:
                    return strip_titles(actor.name) or actor.name, key
        return name, mention.key

    def _role_match(self, phrase: str) -> str | None:
        """`the foreign minister` names the one person the article gave that role."""
        words = phrase.lower().split()
        if words[0] != "the":
            return None
        rest = " ".join(words[1:])
        matches = [k for k, a in self.actors.items() if a.type == "person" and a.role and a.role.lower() == rest]
        return matches[0] if len(matches) == 1 else None
