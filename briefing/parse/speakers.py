"""Who the words of an attribution name: a person, an organization, a document or an unnamed source.

Owns the step from the words an attribution gives for its speaker (`the head of the party, Jean Pierre,`,
`U.N. Special Representative Ana Duarte`, `officials`, `the statement`) to a speaker: a canonical actor
name and key, or the words as written. Quotation finders (`quotes`, `indirect`) decide where those words
are; this module only reads them. Tried in order: a person the actors stage found in the words (its name
widened by particles such as `de la`, and without a title the actors stage left on it); a pronoun (the
person named last before); a document (`the letter`) or an unnamed source (`one resident`, `a diplomat who
asked not to be named`, `U.S. officials`), kept as written, unless its role names exactly one person; an
organization named with a head word (`The Canadian Embassy in Jacmel`); any other actor that is not a
place or a news outlet; and last a capitalised name after the title words (`DG Okafor` gives `Okafor`).

Notes: a title word alone never speaks; a place never speaks; an outlet that carries the words
(`told Reuters`) never speaks. Names the actors stage did not find are kept as written, with no actor key.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from briefing.parse import lexicon, vocab
from briefing.parse.doc import Doc, Mention
from briefing.parse.speaker_links import SpeakerLinks

Speaker = tuple[str, str, str]  # (speaker, actor key, attribution)

_PRONOUN = re.compile(r"(?:he|she|they)$", re.I)
_ANONYMOUS_HEAD = re.compile(r"^(?:a|an|one|two|three|several|some|many|the|another)\b", re.I)
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w’'-]*\.?")
_NAME_JOINERS = frozenset(["of", "the", "for", "and", "de", "du", "in"])
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,4}([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)+)")
_SPEAKING_TYPES = ("person", "organization", "country", "mission", "group")
_LAST_NAME_WORD = re.compile(r" ([A-ZÀ-Þ][a-zà-ÿ’'-]+)(?=,| [a-z])")
_GIVEN_NAME = re.compile(r"(?<![\w’'])([A-Z][a-zà-ÿ][\w’'-]*)\s+$")
_NAME_GIVEN_AS = re.compile(
    r"\bwho\s+(?:gave|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+([A-ZÀ-Þ][\w’'-]+)$"
)
# `who gave her name only as Roseline`, `gave only his first name, Wilner`: a source known by one name
_HALF_NAMED = re.compile(
    r"\bgave\s+(?:only\s+)?(his|her)\s+(?:first\s+)?name\s+(?:only\s+)?(?:as\s+|,\s+)([A-ZÀ-Þ][\w’'-]+)"
)
# `Wang Hongbo, China's deputy envoy, made the remarks`: a person, an apposition, and the words said before
_REMARKS_MADE = re.compile(
    r",\s[^;:“”\"\n]{1,200}?,\s+(?:(?:made|delivered|gave)\s+(?:the|these|those|his|her)\s+(?:remarks|comments)"
    r"|was\s+speaking|spoke)\b"
)
_REFERENT_MODIFIER = re.compile(r"[a-z][a-z-]+|U\.?N\.?")  # `the UN agency`, `the humanitarian agency`
# where, when and how words were said, after the verb: `in a statement`, `on Tuesday`, `at a press conference in
# Nairobi`, `during a visit to X`, `released by his office`
ADVERBIAL = (  # (read by `indirect` and `quotes`)
    rf"\s+(?:on\s+)?(?:{'|'.join(vocab.WEEKDAYS)})(?:\s+(?:night|morning|evening|afternoon))?"
    r"|\s+(?:yesterday|today|earlier|later|late\s+\w+day|(?:this|last)\s+(?:week|month|year))"
    r"|\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"  # `on March 18, 2025`
    r"|\s+(?:in|at|during|after|before|on|to|via|by)\s+(?:(?:an?|the|his|her|its|their)\s+)?[\w’'.-]+"
    r"(?:\s+(?:(?:of|to|in|on|at|for|with)\s+)?(?!(?:who|which|that|said|says|told)\b)[\w’'.-]+){0,4}?"
    r"|\s+(?:released|issued|posted|published|sent|shared)\s+(?:by|on|to)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
)
_READ_BY = re.compile(r"^(?:[\w.’'-]+\s+){1,4}?(?:reviewed|seen|obtained|examined|read)\s+by\s")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Ms|Mrs|Miss|Madam)\.?\s$")
_APPOSITION_AFTER = re.compile(r",\s+([^,;:“”\"\n]{1,80}?)(?=[,.;]|\s+(?:said|says|told)\b)")  # `X, a spokeswoman,`
_OWN_PRONOUN = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|added|insisted|argued|stressed)\s+(?:that\s+)?(he|she|his|her)\s"
)
_WHOSE_PARTNER = re.compile(r",\s+whose\s+(husband|wife)\b")
_COORDINATED = re.compile(
    r"((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+and\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_HALF_NAMED_WINDOW = 300  # characters before a pronoun that may introduce such a source
_SURNAME_AFTER = re.compile(r"""(?:\s+[“"‘][^”"’\n]{1,20}[”"’])?\s+([A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z])""")
_LEAD_IN = re.compile(r"(?:but|and|yet|while|so|where|although|though|whereas|But|And|Yet|As|as)\s+|[^—–]{0,30}[—–]\s+")
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][\w&.-]{1,9}\)$")
# `Miguel Ortega (Mexico)`: the delegation a speaker at a meeting speaks for, in brackets after the name
_DELEGATION_TAIL = re.compile(r"\s*\((?P<delegation>[A-Z][^()\n]{1,40})\)$")
# `the 29-year-old`, `the 30-year-old nurse`: a person named just before, referred to by age
_AGE_NOUN = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[\w-]+){0,2}")
# `in Mombasa on Monday evening`, `at the briefing`: where or when a role spoke, after the role
_WHERE_WHEN_TAIL = re.compile(r"\s+(?:in|at|on|during|after|before)\s+(?:the\s+)?[A-Z][^,;:]*$|\s+(?:on|at)\s+[^,;:]*$")
# `he finally said`, `Lamour later told`: an adverb between the speaker and the verb
_ADVERB_TAIL = re.compile(
    r"\s+(?:finally|later|then|simply|quietly|softly|again|eventually|repeatedly|previously|earlier|once|also|further)$"
)
# `on Thursday`, `yesterday`: when a source spoke, written between it and the verb
_WHEN_TAIL = re.compile(
    rf"\s+(?:(?:on|late|early)\s+)?(?:{'|'.join(vocab.WEEKDAYS)})(?:\s+night)?$"
    r"|\s+(?:yesterday|today|(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year))$"
)
# `, speaking on condition of anonymity`: how a source spoke, not who it is
_MANNER_TAIL = re.compile(r",\s+(?:speaking|citing|asking|writing)\b[^,]*,?$")
# `The mayor of Kenscoff, ` / `UNICEF’s representative in Haiti, ` right before a name: the role it is given
_ROLE_APPOSED_BEFORE = re.compile(
    r"(?:\b[Tt]he|[\w.-]+[’']s)\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?:\s+(?:of|in|for|at|to)\s+[^,;:“”\"\n]{1,60})?,\s+(?:[A-Z][\w’'-]+\s+)?$"
)
_LED_BY_TAIL = re.compile(r"\s+(?:led|headed|run|backed|funded|commanded)\s+by\s+[^,;:“”\"\n]{1,60}$")
_KNOWN_AS = re.compile(r",\s+known\s+as\s+(?P<name>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}),?$")
_THE_TITLE = re.compile(r"[Tt]he\s+[A-Z][\w-]*(?:\s+(?:of|for|on|[A-Z][\w-]*))+\s+[A-Z]")  # `The Mayor of X`
_POSSESSIVE_ROLE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
_UNNAMED_WITH_PLACE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){1,3}(?:in|at|from|near|of|for|with)\s+[^,]*"
)
_UNNAMED_DETERMINER = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s")
_UNNAMED_HEAD_END = re.compile(r"\s(?:who|at|in|for|from|of|with|familiar|close|on|based|near)\b")
# what may open a sentence before its subject: `Ms.`, `The mission’s deputy commander,`, `Barbados Prime Minister`
_SUBJECT_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_DATELINE_DASH = re.compile(r"[^\n]{0,80}?(?:—|–|--?)[ ]+")
# back-reference nouns that stand only for a body whose own name holds them (`the council` for the Electoral
# Council, never for the agency named last)
_HEAD_IN_NAME = frozenset(
    ("ministry", "embassy", "department", "office", "council", "commission", "committee", "union", "party")
) | {"platform", "institute"}
_PROPER_NAME = re.compile(r"[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w.’'-]*")  # `The Regional Security System`
_ROLE_OF_BODY = re.compile(r"[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+(?:the\s+)?[A-Z][^,;:]*")
_OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?(?:press\s+)?office\s+of\s+(?:the\s+)?[A-Z]")
_RELATIVE_CLAUSE = re.compile(r",\s+who\s+[^,.;:“”\"\n]{1,160}")
# a transcript's speaker label: `MR. NOWAK:`, `MS ADEYEMI:`, `PIERRELUS:`, `QUESTION:`, `Q:`
_LABEL = re.compile(
    r"(?:(?:MR|MS|MRS|DR|AMB)\.?\s+)?(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ’'-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ’'-]+){0,3})(?:\s*\([^)\n]{1,40}\))?:\s+"
)
_APPOSED_ROLE = re.compile(r",\s+(?:the|a|an)\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})(?=,|\s+of\s)")
_POSSESSED_DOCUMENT = re.compile(r"(?P<owner>.+?)[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)$")
_RELEASED = re.compile(
    r",\s+(?:published|issued|released|prepared|compiled|presented)\s+(?:\w+\s+){0,3}?by\s+(?P<who>[^,]+?)"
    r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|last\s+\w+|this\s+\w+|in\s+\w+))?,?$"
)
_ISSUED_BY = re.compile(
    r"\s(?:(?:(?:published|issued|released|prepared|compiled)\s+(?:\w+\s+){0,3}?)?by|from)\s+(?P<who>.+)$"
)


def _is_name(words: str) -> bool:
    """`Ysolde Brun-Etienne`, `Doctors of the Plain`: capitalised words, small words only between them."""
    split = words.split()
    return all(_NAME_WORD.fullmatch(w) or (0 < i < len(split) - 1 and w in _NAME_JOINERS) for i, w in enumerate(split))


def _trailing_name(words: list[str]) -> str:
    """The capitalised words ending a phrase that are neither title nor organization words (`Daniel Kiprono`
    in `Inspector General of Police Daniel Kiprono`), when there are two or three of them."""
    tail: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word) or word in _title_words() or lexicon.org_words().get(word):
            break
        tail.insert(0, word)
    return " ".join(tail) if 2 <= len(tail) <= 3 else ""


def apposed_name(phrase: str) -> str:
    """`Wilguens Dorval`, or `the Montreal surgeon Luc Belmont`: the name an apposition gives, or ``."""
    phrase = phrase.strip()
    if re.match(r"(?:the|a|an)\s|[a-z]", phrase):  # (or `former deputy Luc Marais`: the role in lower case)
        phrase = _trailing_name(phrase.split())
    if len(phrase.split()) >= 2 and _is_name(phrase) and not _function(phrase) and not is_outlet(phrase):
        return phrase
    return ""


def titled_name(name: str) -> str:
    """`Inspector General of Police Daniel Kiprono` -> `Daniel Kiprono`: the person an actor's name holds after
    its title words (an organization by its head words to the actors stage), or ``."""
    words = name.split()
    tail = _trailing_name(words)
    head = words[: len(words) - len(tail.split())] if tail else []
    return tail if any(w in _title_words() and w[:1].isupper() for w in head) else ""


def _is_unnamed(phrase: str) -> bool:
    """`a Kenyan police officer`, `Two diplomats at the U.N.`, `one Haitian colleague who ...`: a determiner,
    and a lower-case head noun before any preposition or relative clause."""
    if not _UNNAMED_DETERMINER.match(phrase):
        return False
    head = _UNNAMED_HEAD_END.split(phrase, maxsplit=1)[0].split()
    return len(head) >= 2 and head[-1].islower()


@functools.cache
def _back_reference_nouns() -> dict[str, tuple[str, ...]]:
    return {noun: tuple(types.split(",")) for noun, types in lexicon.tsv_rows("back_reference_nouns.tsv")}


@functools.cache
def _connective_lead() -> re.Pattern[str]:
    """`Meanwhile police in St Catherine`: a connective adverb opening the words before the subject."""
    words = sorted(lexicon.word_list("sentence_connectives.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)}),?\s+(?=\S)")


@functools.cache
def _described_person_pattern() -> re.Pattern[str]:
    """`the top UN official in Haiti`: `the`, up to four modifiers, a noun for one person, what places it."""
    nouns = "|".join(sorted(lexicon.word_list("person_nouns.txt"), key=len, reverse=True))
    return re.compile(
        rf"[Tt]he\s+(?:[\w.’'-]+\s+){{0,4}}?(?P<noun>{nouns})"
        rf"(?P<place>\s+(?:of|in|for|at|to)\s+(?:the\s+)?(?:[A-Z][^,;:“”\"\n]{{1,60}}|country|capital))?"
    )


@functools.cache
def _document_nouns() -> frozenset[str]:
    return lexicon.word_list("document_nouns.txt")


def _document_head(phrase: str) -> str | None:
    """The document noun that heads `phrase` (`the joint statement` -> `statement`), or None."""
    words = phrase.split()
    if not words or len(words) > 8:
        return None
    last = words[-1].lower()
    return last if last in _document_nouns() else None


@functools.cache
def _issuing_verb() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.word_list("issuing_verbs.txt"), key=len, reverse=True))
    return re.compile(rf"(?:\s*\([A-Z][\w&.-]{{1,9}}\))?\s+(?:(?:has|have|had|also)\s+){{0,2}}(?:{verbs})\b(?!-)")


@functools.cache
def _title_words() -> frozenset[str]:
    words = {w for title in lexicon.titles() for w in title.split()}
    return frozenset(words | lexicon.word_list("attribution_titles.txt") | lexicon.word_list("honorifics.txt"))


@functools.cache
def _title_words_lower() -> frozenset[str]:
    """The title words written in lower case in `attribution_titles.txt` (`former`, `acting`)."""
    return frozenset(w for w in lexicon.word_list("attribution_titles.txt") if w.islower())


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
    """`officials`, `U.S. officials`, `Haitian police`, `the statement`: a head noun with up to three modifiers,
    and what places it (`sources close to the council`, `officials in the capital`)."""
    nouns = sorted(lexicon.word_list("source_nouns.txt") | lexicon.word_list("document_nouns.txt"), key=len)
    head = "|".join(re.escape(n) for n in reversed(nouns))
    qualifier = (
        r"(?:\s+(?:close to|familiar with|in|at|with|from|for|near|based in|inside|interviewed by|contacted by"
        r"|reached by|quoted by|cited by|reviewed by|seen by|obtained by|of(?!\s+the\s+[A-Z]))\s+[^,;:]{1,60}"
        r"|\s+there)?"  # (`officers there`)
    )
    return re.compile(
        rf"^(?:(?:the|a|an|its|their|his|her|one|two|several)\s+)?(?:[\w.’'-]+\s+){{0,3}}(?:{head}){qualifier}$"
    )


def _function(name: str) -> bool:
    """`It`, `This`, `There`: a sentence opener, not a name."""
    return name.split()[0] in lexicon.word_list("function_words.txt")


def is_source_phrase(phrase: str) -> bool:
    """`officials`, `two officials familiar with the talks`, `port workers`: an unnamed source's words."""
    phrase = phrase.strip()
    return bool(_plain_source().match(phrase[:1].lower() + phrase[1:])) or _is_unnamed(phrase)


def is_outlet(name: str) -> bool:
    return name.strip().lower() in _outlets()


def strip_titles(name: str) -> str:
    """`DG Okafor` -> `Okafor`, `SAIG Wekesa` -> `Wekesa` (a short capitals abbreviation before a name is a
    title); a name of title words only gives ``."""
    words = name.split()
    while words and (
        words[0] in _title_words()
        or (words[0].islower() and words[0].capitalize() in _title_words())  # `former senator`
        or words[0] in _title_words_lower()
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
        self._starts: list[int] | None = None
        self._names: dict[str, str] | None = None
        self._roles: dict[str, list[list[str]]] | None = None
        self._first: dict[str, int] | None = None
        self._gender: dict[str, str] | None = None
        self._links: SpeakerLinks | None = None

    def person_before(self, pos: int, pronoun: str = "") -> str | None:
        """The person a pronoun at `pos` refers to: the one named last before it, unless that sentence names
        several people and opens on one of them (`Omondi met Casimir at the post. “…,” he said`: the
        subject, whom news writing keeps as the topic, not the object named after it). A `he` or `she` the
        text shows cannot be that person (`Ms Achieng`, `X, a spokesman`) goes to the one named before."""
        key = self._person_before(pos)
        if key is None or not pronoun or self.fits(key, pronoun):
            return key
        i = bisect.bisect_left(self.person_starts, pos)
        here = self.doc.sentence_at(pos)
        for mention in reversed(self.persons[max(0, i - 30) : i]):
            there = self.doc.sentence_at(mention.start)
            if here is not None and there is not None and here.paragraph - there.paragraph > 3:
                break
            if mention.key != key and self.fits(mention.key, pronoun):
                return mention.key
        return key

    def fits(self, key: str, pronoun: str) -> bool:
        """Can `he`/`she` refer to this person: nothing in the text says otherwise."""
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        known = self._genders().get(key, "")
        return not wanted or not known or wanted == known

    def _genders(self) -> dict[str, str]:
        """Each person's `m` or `f` where the text says it (an honorific before a mention, a gendered noun in the
        role or the apposition after it, `whose husband`, `X said she`), computed once; none when the evidence
        disagrees."""
        if self._gender is not None:
            return self._gender
        found: dict[str, set[str]] = {}
        nouns = _gendered_nouns()
        body = self.doc.body
        for mention in self.persons:
            says = found.setdefault(mention.key, set())
            honorific = _HONORIFIC_BEFORE.search(body, max(0, mention.start - 6), mention.start)
            if honorific is not None:
                says.add("m" if honorific.group(1) == "Mr" else "f")
            apposed = _APPOSITION_AFTER.match(body, mention.end, min(len(body), mention.end + 90))
            words = (apposed.group(1).lower().split() if apposed else []) + self.actors[
                mention.key
            ].role.lower().split()
            says.update(nouns[w] for w in words if w in nouns)
            whose = _WHOSE_PARTNER.match(body, mention.end)
            if whose is not None:
                says.add("f" if whose.group(1) == "husband" else "m")
            own = _OWN_PRONOUN.match(body, mention.end)  # `X said she would`: the speaker speaks of herself
            if own is not None:
                says.add("m" if own.group(1) in ("he", "his") else "f")
        self._gender = {key: next(iter(says)) for key, says in found.items() if len(says) == 1}
        return self._gender

    def _person_before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.person_starts, pos)
        while i > 0 and self.persons[i - 1].end > pos:
            i -= 1
        if i == 0:
            return None
        nearest = self.persons[i - 1]
        sentence = self.doc.sentence_at(nearest.start)
        if sentence is None:
            return nearest.key
        j = bisect.bisect_left(self.person_starts, sentence.start)
        first = self.persons[j]
        if first.key != nearest.key and _SUBJECT_OPENING.fullmatch(self.doc.body, sentence.start, first.start):
            return first.key
        return nearest.key

    def _half_named_before(self, pronoun: str, at: int) -> str | None:
        """`One of them, a teacher who gave her name only as Roseline, laughs. “…,” she says`: a source known by
        a first name only (no actor), introduced in the text just before the pronoun with no person named
        since, whose `his`/`her` fits the pronoun."""
        start = max(0, at - _HALF_NAMED_WINDOW)
        if self.doc.body.find(" name", start, at) < 0:
            return None  # every such introduction says `name`: most pronouns stop here
        found = None
        for match in _HALF_NAMED.finditer(self.doc.body, start, at):
            found = match  # the last one before the pronoun
        if found is None or (found.group(1) == "his") != (pronoun.lower() == "he"):
            return None
        if self.persons_between(found.end(), at) or _function(found.group(2)):
            return None
        return found.group(2)

    def persons_between(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.person_starts, start), bisect.bisect_left(self.person_starts, end)
        return self.persons[lo:hi]

    def resolve(self, who: str, who_start: int) -> Speaker | None:
        """The speaker the words `who` (at `who_start` in the body) name, or None; words kept as written go
        through the general links of `speaker_links` last (`the epidemiologist`, `the Council`, `Maître X`)."""
        found = self._resolve(who, who_start)
        if found is None or (found[1] and not found[0].isupper()):
            return found  # (an acronym the actors stage kept apart may still spell a body named in full)
        if self._links is None:
            self._links = SpeakerLinks(self.doc)
        return self._links.link(found, who, who_start)

    def _resolve(self, who: str, who_start: int) -> Speaker | None:
        lead = len(who) - len(who.lstrip())
        who, who_start = who.strip(), who_start + lead
        if re.search(r"\swho$", who):  # `I spoke to a schoolteacher who said:`
            who = re.sub(r"\s+who$", "", re.sub(r"^(?:.*\s)?(?=(?:a|an|another|one)\s)", "", who))
        lead_in = _LEAD_IN.match(who) or _connective_lead().match(who)  # `but the report`, `Meanwhile police`
        if lead_in and lead_in.end() < len(who):
            who, who_start = who[lead_in.end() :], who_start + lead_in.end()
        if ", " in who:
            who = _MANNER_TAIL.sub("", who)  # `A senior official, speaking on condition of anonymity,`
            known = _KNOWN_AS.search(who)
            named = self._known_as(known, who_start) if known is not None else None
            if named is not None:  # `the U.N. mission in Haiti, known as BINUH`: the body of that name
                return self.name_of(named), named, "explicit"
        last = who.rsplit(None, 1)[-1] if who else ""
        relative = " who " in who and "," not in who.split(" who ", 1)[1]  # `who visited last month`: its own time
        if (last.islower() or last in vocab.WEEKDAYS or last == "night") and not relative:  # (a look first)
            who = _WHEN_TAIL.sub("", _ADVERB_TAIL.sub("", who))  # `he finally`, `UN experts on Thursday` (said)
        led = _LED_BY_TAIL.search(who) if " by " in who else None
        if led is not None and re.match(r"[Tt]he\s", who):  # `the U.N.-backed mission led by Kenyan police`
            head = self.resolve(who[: led.start()], who_start)
            if head is not None and head[1] and self.actors[head[1]].type in ("mission", "organization"):
                return head
        core = _ACRONYM_TAIL.sub("", who.split(",")[0].strip())
        coordinated = _COORDINATED.fullmatch(core)
        if coordinated is not None and all(  # `Guatemala and El Salvador`: both speak, kept as written
            any(
                0 <= m.start - who_start - coordinated.start(g) <= len("the ")
                for m in self.doc.mentions_in(who_start, who_start + len(core))
            )
            for g in (1, 2)
        ):
            return core, "", "explicit"
        role_of = _ROLE_OF_BODY.fullmatch(core) if "," not in who else None
        if role_of is not None and role_of.group("role").split()[-1] in lexicon.word_list("role_nouns.txt"):
            return core, "", "explicit"  # `The president of the council said`: the person in that role, not the body
        if _OFFICE_OF.match(core):
            return core, "", "explicit"  # `The office of Prime Minister X`: the office speaks, not X in person
        if " and " in core and all(is_source_phrase(part) for part in core.split(" and ")):
            return core, "", "explicit"  # `local officials and a rights group`: two unnamed sources, as written
        delegation = _DELEGATION_TAIL.search(core)
        if delegation is not None and self._is_country(delegation.group("delegation")):
            core = who = core[: delegation.start()]  # `Miguel Ortega (Mexico)`: the delegate, not the delegation
        if _AGE_NOUN.fullmatch(core):  # `the 29-year-old says`: the person named last before
            key = self.person_before(who_start)
            if key:
                return self.name_of(key), key, "explicit"
        inside = [m for m in self.doc.mentions_in(who_start, who_start + len(who)) if not self._mute(m)]
        named_after = any(m.start >= who_start + len(core) and self.actors[m.key].type == "person" for m in inside)
        document = self._document_speaker(who, core, who_start)
        if document is not None:
            return document
        if _READ_BY.search(core):  # `budget documents reviewed by the Post`: the documents, never who read them
            return core, "", "explicit"
        if _document_head(core) is not None and "," in who:
            who = core  # `the communique, issued at the end of the summit,`: the document as named
        parts = who.split(",")
        role_like = core.split()[-1:] and (
            core.split()[-1].islower() or re.match(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s", core)
        )
        if len(parts) >= 2 and role_like and not named_after and (len(parts) > 2 or not parts[1].strip().islower()):
            named = apposed_name(parts[1])  # `Our humanitarian coordinator, Marit Solberg,`: the name in apposition
            start = who_start + len(parts[0]) + 1 + max(0, parts[1].find(named))
            covered = [
                m for m in self.doc.mentions_in(start, start + len(named)) if self.actors[m.key].type != "person"
            ]
            if named and not covered:  # (or `Its chairman, the Montreal surgeon Luc Belmont,`)
                return named, "", "explicit"
        issuer = self._issuer(core, who_start)
        if issuer is not None:
            return issuer
        body = self._described_body(core)
        if body is not None:  # `the UN children’s agency`: the body the article names
            return self.actors[body].name, body, "explicit"
        if _POSSESSIVE_ROLE.search(core) and not named_after:  # `Haiti’s representative`: as written
            return core, "", "explicit"
        person = next((m for m in inside if self.actors[m.key].type == "person" and self._named_person(m)), None)
        if person is not None and named_after and _POSSESSIVE_ROLE.search(core):
            # `Ms Achieng’s lawyer, Peter Oduor,`: the person in apposition, not the one whose role it is
            person = next(m for m in inside if m.start >= who_start + len(core) and self.actors[m.key].type == "person")
        if person is not None and named_after and person.start < who_start + len(core) and _THE_TITLE.match(core):
            # `The Mayor of Arcahaie, Jean-Gardy Roseau,`: the person set off after the title, whatever word
            # of the title an actor rule took for a name
            person = next(m for m in inside if m.start >= who_start + len(core) and self.actors[m.key].type == "person")
        if person is not None and _UNNAMED_WITH_PLACE.fullmatch(self.doc.body, who_start, person.start):
            person = None  # `A fisherman in Inagua`, `a spokesperson for ...`: not the name of the source
        if _is_unnamed(core) and (person is None or person.start < who_start + len(core)):
            # `Two diplomats at the United Nations`, `a Kenyan police officer who asked not to be named`: the
            # actors named in it say where the source is, not who; kept as written, unless named just after
            named = self._named_later(core, who_start)
            if named is not None:
                return named
            given_as = _NAME_GIVEN_AS.search(who.rstrip(", "))
            if given_as is not None and not _function(given_as.group(1)):
                return given_as.group(1), "", "explicit"  # `a driver who gave his name only as Jocelyn`
            given = self._given_name(parts, who_start)
            if given:  # `a motorcycle taxi driver, Wilson,`: a source named by a first name only
                return given, "", "explicit"
            return self._with_relative_clause(who.rstrip(","), who_start), "", "explicit"
        if person is not None:
            name, key = self._person(person, who_start, who_start + len(who))
            return name, key, "explicit"
        whole = self._whole_actor(inside, who_start, core)
        if whole is not None:
            return self.name_of(whole.key), whole.key, "explicit"
        if _PRONOUN.fullmatch(core):
            half = self._half_named_before(core, who_start)
            if half is not None:  # `a teacher who gave her name only as Roseline, laughs ... “…,” she says`
                return half, "", "pronoun"
            key = self.person_before(who_start, core)
            return (self.name_of(key), key, "pronoun") if key else (core, "", "pronoun")
        described = self._described_person(core, who_start)
        if described is not None and not described[1] and described[0] == core:
            relative = _RELATIVE_CLAUSE.match(who, len(core))  # `The Haitian ambassador, who the minister did
            if relative is not None and relative.end() >= len(who.rstrip(", ")):  # not name,`: kept whole
                return core + relative.group(), "", "explicit"
        if described is not None:
            return described
        indefinite = re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z]", core)  # `A spokesperson for the Mission`
        if self._head_word(core) and not person and not core.split()[-1].islower() and not indefinite:
            ending = next((m for m in inside if m.end == who_start + len(core) and self._organization(m)), None)
            if ending is not None:  # `Haiti's Ministry of Foreign Affairs`: the ministry the actors stage found
                return self.actors[ending.key].name, ending.key, "explicit"
            tail = _trailing_name(core.split())
            if tail and any(w in _title_words() and w[:1].isupper() for w in core.split()):
                return tail, "", "explicit"  # `Inspector General of Police Daniel Kiprono`: the name after the title
            return re.sub(r"^[Tt]he\s+", "", core), "", "explicit"  # `The Canadian Embassy in Jacmel`
        described = self._described(core, inside, who_start)
        if described is not None:
            return self.actors[described].name, described, "explicit"
        plain = _plain_source().match(core[:1].lower() + core[1:])  # `Residents` opening a sentence, too
        if (_ANONYMOUS_HEAD.match(core) or plain) and len(core.split()) <= 12:
            role = self._role_match(core, who_start)
            if role is not None:
                return self.name_of(role), role, "explicit"
            referent = self._referent(core, who_start) or self._members_of(core, who_start)
            if referent is not None:
                return self.actors[referent].name, referent, "explicit"
            written = self._written_referent(core, who_start)
            if written is not None:  # `the embassy` after `The Norland Embassy in Capital City urged ...`
                return written, "", "explicit"
            earlier = self._earlier_source(core, who_start)
            if earlier is not None:
                return earlier, "", "explicit"
            named = self._named_later(core, who_start)
            if named is not None:
                return named
            recent = self._recent_person(core, who_start)
            if recent is not None:
                return self.name_of(recent), recent, "explicit"
            if _PROPER_NAME.fullmatch(core) and re.search(r",\s+(?:which|who)\s", who):
                return core[4:], "", "explicit"  # `The Regional Security System, which is based in X,`: the name
            return self._with_relative_clause(who.rstrip(","), who_start), "", "explicit"
        return self._named(core, inside, who_start + len(core))

    def _known_as(self, known: re.Match[str], who_start: int) -> str | None:
        """The non-person actor whose mention is the name after `known as`, when the words before it describe
        (open on `the`) rather than name someone (`X, known as “Ti Lapli”,` is a nickname of the person)."""
        if not re.match(r"(?:[Tt]he|[Aa]n?)\s", known.string):
            return None
        start = who_start + known.start("name")
        mention = next(iter(self.doc.mentions_in(start, start + len(known.group("name")))), None)
        if mention is None or mention.start != start or self.actors[mention.key].type == "person":
            return None
        return mention.key

    def _given_name(self, parts: list[str], who_start: int) -> str:
        """`Wilson` in `a motorcycle taxi driver, Wilson,`: one capitalised word in apposition, closed by a
        comma or the end of the words, that no actor rule took for an organization or a country."""
        if len(parts) < 2 or (len(parts) > 2 and parts[2].strip()):
            return ""
        word = parts[1].strip()
        if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ’'-]+", word) or _function(word) or word in _title_words():
            return ""
        start = who_start + len(parts[0]) + 1 + parts[1].find(word)
        mentions = self.doc.mentions_in(start, start + len(word))
        if any(self.actors[m.key].type not in ("person", "place") for m in mentions):
            return ""  # a place word is a given name here (`Wilson`): a place is never in apposition to a person
        return word

    def _recent_person(self, core: str, at: int) -> str | None:
        """`the envoy` with no role or unnamed source to refer to: the person named last before, in this
        paragraph or the one before (`Ulla Richter, the UN coordinator, confirmed ... “…,” the envoy said`);
        `the Narok West MP`, a constituency title the text had not given anyone, likewise."""
        seat = _constituency_reference().fullmatch(core)
        if seat is None and (len(core.split()) != 2 or _described_person_pattern().fullmatch(core) is None):
            return None
        key = self.person_before(at)
        if key is None:
            return None
        here = self.doc.sentence_at(at)
        last = next((m for m in reversed(self.persons_between(0, at)) if m.key == key), None)
        there = self.doc.sentence_at(last.start) if last is not None else None
        if here is None or there is None or here.paragraph - there.paragraph > 2:
            return None
        return key

    def _named_later(self, phrase: str, at: int) -> Speaker | None:
        """`a senior police official said …` followed, in that paragraph or the next, by `The official,
        Divisional Inspector Wilson Casimir, said`: the source described first is the person named there."""
        if not _ANONYMOUS_HEAD.match(phrase) or phrase.split()[0].lower() == "the":
            return None
        head = _UNNAMED_HEAD_END.split(phrase, maxsplit=1)[0].split()
        noun = head[-1] if len(head) >= 2 and head[-1].islower() else ""
        if not noun.isalpha():
            return None
        here = self.doc.sentence_at(at)
        if here is None:
            return None
        last = self.doc.paragraphs[min(here.paragraph + 1, len(self.doc.paragraphs) - 1)].end
        pattern = rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(noun)},\s+((?:[A-Z][\w.’'-]*\s+){{0,4}})"
        again = re.compile(pattern).search(self.doc.body, at + len(phrase), last)
        if again is None:
            return self._remarks_made(at, last)
        person = next(
            (m for m in self.persons_between(again.start(1), again.end(1) + 1)),
            None,
        )
        if person is None or not self.doc.body.startswith(",", person.end) or not self._named_person(person):
            return None
        name, key = self._person(person, person.start, person.end)
        return name, key, "explicit"

    def _remarks_made(self, at: int, last: int) -> Speaker | None:
        """`..., a Chinese envoy said Thursday.` then `Wang Hongbo, China's deputy envoy, made the remarks at
        ...`: the person the next sentence names as the one who said those words."""
        here = self.doc.sentence_at(at)
        following = self.doc.sentence_at(here.end + 1) if here is not None else None
        if following is None or following.start >= last:
            return None
        person = next(iter(self.persons_between(following.start, following.start + 1)), None)
        if person is None or not self._named_person(person):
            return None
        if _REMARKS_MADE.match(self.doc.body, person.end, min(following.end, person.end + 240)) is None:
            return None
        name, key = self._person(person, person.start, person.end)
        return name, key, "explicit"

    def _is_country(self, words: str) -> bool:
        """`Mexico`, `United States`: a country the actors stage found under these words."""
        folded = words.strip().lower()
        return any(a.type == "country" and a.name.lower() == folded for a in self.actors.values())

    def _described_person(self, core: str, at: int) -> Speaker | None:
        """`The top United Nations official in Haiti`, `the representative of the United States`: one person
        described by a role noun (`person_nouns.txt`) and what places it. The person given that role before;
        else the person whose name opens the next paragraph with a title in apposition (`Ana Ruiz, Special
        Envoy for ..., said`); else the words as written."""
        match = _described_person_pattern().fullmatch(core)
        if match is None:
            return None
        bare = len(core.split()) == 2  # `the official`: the source introduced earlier, as the finders have it
        role = None if match.group("place") else self._role_match(f"the {match.group('noun')}", at)
        if role is not None:
            return self.name_of(role), role, "explicit"
        if bare:
            return None
        named = self._named_next(at)
        if named is not None:
            return named
        return core, "", "explicit"

    def _named_next(self, at: int) -> Speaker | None:
        """The person whose name opens the paragraph after `at`'s, followed by a title in apposition."""
        here = self.doc.sentence_at(at)
        if here is None or here.paragraph + 1 >= len(self.doc.paragraphs):
            return None
        para = self.doc.paragraphs[here.paragraph + 1]
        person = next(iter(self.persons_between(para.start, para.start + 1)), None)
        if person is None or not self.doc.body.startswith(", ", person.end):
            return None
        apposition = self.doc.body[person.end + 2 : min(para.end, person.end + 160)].split(",")[0].split()
        if not apposition or _fold(apposition[0]) not in _folded_titles():
            return None  # `Ana Ruiz, Special Representative ...`, not `Ana Ruiz, a resident,`
        name, key = self._person(person, person.start, person.end)
        return name, key, "explicit"

    def _document_speaker(self, who: str, core: str, at: int) -> Speaker | None:
        """A document speaks for its owner or issuer when the words name one: `The agency’s latest report`
        (the agency named before), `The report, released by the International Crisis Group on Thursday,`."""
        if _document_head(core) is None:
            return None
        released = _RELEASED.search(who.rstrip(), len(core)) if "," in who else None
        if released is not None:
            issuer = self.resolve(released.group("who"), at + released.start("who"))
            if issuer is not None and (issuer[1] or issuer[0][:1].isupper()):
                return issuer[0], issuer[1], "explicit"
        owned = _POSSESSED_DOCUMENT.fullmatch(core) if "’s " in core or "'s " in core else None
        if owned is not None and owned.group("noun") in _document_nouns():
            referent = self._referent(owned.group("owner"), at)  # `The agency’s`: the agency named before
            if referent is not None:
                return self.actors[referent].name, referent, "explicit"
            owner = self.resolve(owned.group("owner"), at)
            if owner is not None and owner[1]:
                return owner[0], owner[1], "explicit"
            headed = self._headed_by(owned.group("owner"), at)
            if headed is not None:
                return self.actors[headed].name, headed, "explicit"
        return None

    def _described(self, core: str, inside: list[Mention], at: int) -> str | None:
        """`The UN humanitarian office OCHA` (a description, then the name it ends on), `the UN migration
        agency` (a kind noun whose modifier is a word of exactly one actor's name of that kind)."""
        words = _SIZE_MODIFIER.sub("", core).split()
        if len(words) < 3 or words[0].lower() != "the":
            return None
        ending = next((m for m in inside if m.end == at + len(core) and m.start > at + 4), None)
        if ending is not None and not self._mute(ending) and self.actors[ending.key].type != "person":
            before = self.doc.body[max(at, ending.start - 6) : ending.start].split()
            if not before or before[-1].lower() not in lexicon.word_list("locative_prepositions.txt") | {"of", "on"}:
                return ending.key  # not `the top UN official in Haiti`, whose words are the official's
        types = _back_reference_nouns().get(words[-1].lower())
        if types is None:
            return None
        modifiers = {w.lower() for w in words[1:-1] if len(w) > 3 and w.isalpha()}
        found = {
            key
            for key, actor in self.actors.items()
            if actor.type in types and modifiers & {w.lower() for w in actor.name.split()}
        }
        return found.pop() if len(found) == 1 else None

    def _headed_by(self, phrase: str, at: int) -> str | None:
        """`the community` (`The community’s latest report`): the actor named last before `at` whose name
        ends with that noun (`Caribbean Community`)."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        noun = words[1].lower()
        i = bisect.bisect_left(self._mention_starts(), at)
        for mention in reversed(self.doc.actors.mentions[max(0, i - 60) : i]):
            name = self.actors[mention.key].name.split()
            if len(name) > 1 and name[-1].lower() == noun and not self._mute(mention):
                return mention.key
        return None

    def label_at(self, paragraph: int) -> int | None:
        """Where the words of a paragraph opened by a transcript's speaker label begin (`MR. DIAZ: ...`)."""
        para = self.doc.paragraphs[paragraph]
        if not self.doc.body[para.start : para.start + 1].isupper():
            return None
        label = _LABEL.match(self.doc.body, para.start, min(para.end, para.start + 60))
        return label.end() if label is not None else None

    def label_speaker(self, paragraph: int) -> Speaker | None:
        """The person a transcript's speaker label names (`MR. NOWAK:` is the Marek Nowak of the
        introduction): the person actor of that surname, or the full name written in the text. A role
        label (`QUESTION:`, `Q:`) names nobody."""
        if self.label_at(paragraph) is None:
            return None
        para = self.doc.paragraphs[paragraph]
        label = _LABEL.match(self.doc.body, para.start, para.end)
        words = label.group("name").split() if label is not None else []
        if not words or " ".join(words) in lexicon.word_list("transcript_labels.txt"):
            return None
        surname = words[-1].capitalize()
        for key in dict.fromkeys(m.key for m in self.persons):
            name = self.name_of(key)
            if name.lower().endswith(surname.lower()) and " " in name:
                return name, key, "pronoun"
        written = re.search(rf"\b(?:[A-ZÀ-Þ][a-zà-ÿ][\w’'-]*\s+){{1,2}}{re.escape(surname)}\b", self.doc.body)
        return (written.group(), "", "pronoun") if written is not None else None

    def _organization(self, mention: Mention) -> bool:
        return self.actors[mention.key].type in ("organization", "mission", "group")

    def _with_relative_clause(self, phrase: str, start: int) -> str:
        """`a diplomat, who asked not to be named,`: an unnamed source keeps the clause that describes it."""
        if "," in phrase or not _ANONYMOUS_HEAD.match(phrase) or phrase.split()[0].lower() == "the":
            return phrase
        clause = _RELATIVE_CLAUSE.match(self.doc.body, start + len(phrase))
        return phrase + clause.group() if clause else phrase

    def _issuer(self, core: str, at: int) -> Speaker | None:
        """A document speaks for whoever issued it: `a report published by BINUH`; `the statement` after
        `In a statement, the ministry said ...` (the last introduction of that document before `at`); `a
        statement from the ministry` when the ministry is an actor or an organization's name."""
        by = _ISSUED_BY.search(core) if " by " in core or " from " in core else None
        if by is not None and _document_head(core[: by.start()]):
            resolved = self.resolve(core[by.start("who") :], at + by.start("who"))
            name = re.sub(r"^the\s+", "", resolved[0]) if resolved is not None else ""
            named = not by.group().lstrip().startswith("from") or self._head_word(name)
            if resolved is not None and (resolved[1] or (name[:1].isupper() and named)):
                return name, resolved[1], resolved[2]
            kind = resolved[0].split()[-1].lower() if resolved is not None else ""
            if kind in _back_reference_nouns() and _POSSESSIVE_ROLE.search(resolved[0]):
                return resolved  # `a statement from the Dominican Republic's foreign ministry`: the ministry
        noun = _document_head(core)
        if noun is None or not re.match(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s", core):
            return None
        body = self.doc.body
        introductions = self._introductions.get("document:" + noun)
        if introductions is None:
            found = list(re.finditer(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", body))
            introductions = self._introductions["document:" + noun] = ([m.start() for m in found], [""] * len(found))
        starts = introductions[0]
        i = bisect.bisect_left(starts, at)
        if not i:
            return self._document_author(noun, at)
        intro = starts[i - 1]
        sentence = self.doc.sentence_at(intro)
        if sentence is None or sentence.end > at:
            return self._document_author(noun, at)
        noun_end = body.index(noun, intro) + len(noun)
        verbs = lexicon.speech_verb_pattern()
        rest = body[noun_end : sentence.end]
        subject_after = rf"[^,;:“”\"\n]{{0,120}},\s+(?P<who>[^,;:“”\"\n]{{1,100}}?)\s+(?:{verbs})\b"
        by = r"\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?P<who>[^,;:“”\"\n.]{1,80})"
        after = re.match(subject_after, rest) or re.match(by, rest)
        before = re.fullmatch(
            rf"(?P<who>[^,;:“”\"\n]{{1,100}}?)(?:\s+(?:{verbs})\s+(?:\w+\s+)?|,\s+)in\s+", body[sentence.start : intro]
        )
        for match, base in ((after, noun_end), (before, sentence.start)):
            if match is not None:
                who = match.group("who")
                if _document_head(who.strip()) is None:
                    return self.resolve(who, base + match.start("who"))
        return self._document_author(noun, at)

    def _document_author(self, noun: str, at: int) -> Speaker | None:
        """Who put out a document the words naming it do not tie to anyone: the subject of the sentence that
        first mentions it (`The Office … (OHCHR) issued a statement`, `CARICOM leaders have called …,
        according to the communique`), else of the last sentence before, in the paragraph or the two before,
        that says its subject wrote, issued or sent something (`The association wrote to the ministry` before
        `the letter read`). None when neither opens on an actor: the document then speaks as written."""
        body = self.doc.body
        first = re.search(rf"\b{re.escape(noun)}\b", body[: at + len(noun) + 8])
        sentence = self.doc.sentence_at(first.start()) if first is not None else None
        if sentence is not None:
            subject = self._subject(sentence.start, first.start())
            if subject is not None:
                return subject
        here = self.doc.sentence_at(at)
        if here is None:
            return None
        i = bisect.bisect_left(self.doc.sentence_starts, here.start)
        lowest = self.doc.paragraphs[max(0, here.paragraph - 2)].start
        for previous in reversed(self.doc.sentences[max(0, i - 8) : i]):
            if previous.start < lowest:
                break
            subject = self._subject(previous.start, previous.end, issuing=True)
            if subject is not None:
                return subject
        return None

    def after_dateline(self, start: int, end: int) -> int:
        """Where a sentence starting at `start` begins once a wire dateline opening it is left out
        (`BRIDGETOWN, Barbados (CMC) – `), or `start`."""
        line = self.doc.dateline
        if line is not None and start <= line.place.start < start + 24 and start < line.text_start <= end:
            return line.text_start  # `KINGSTON, March 6 (JIS): The …`, `BREAKING: …`: where the dateline says
        if line is not None and start <= line.place.start < start + 4:
            dash = _DATELINE_DASH.match(self.doc.body, line.place.end, min(end, line.place.end + 80))
            if dash is not None:
                return dash.end()
        return start

    def _subject(self, start: int, end: int, issuing: bool = False) -> Speaker | None:
        """The speaking actor a sentence opens on (after `The`, and after a dateline), before `end`; with
        `issuing`, only when an issuing verb follows it (its acronym or an auxiliary between)."""
        start = self.after_dateline(start, end)
        if issuing:  # `The Law Society of Kenya (LSK) has also written to …`: whoever the words before the verb name
            issued = _issuing_verb().search(self.doc.body, start, min(end, start + 120))
            who = self.doc.body[start : issued.start()] if issued is not None else ""
            if not re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][^,;:“”\"\n]{1,100}", who):
                return None
            found = self.resolve(who, start)
            if found is None or _document_head(found[0]) is not None:
                return None
            name = re.sub(r"^[Tt]he\s+", "", found[0])  # a name the actors stage did not find is kept as written
            named = found[1] or (len(name.split()) >= 2 and _is_name(name) and not is_outlet(name))
            return (name, found[1], found[2]) if named else None
        opening = next((m for m in self.doc.mentions_in(start, end) if not self._mute(m)), None)
        if opening is None or not re.fullmatch(r"(?:[Tt]he\s+)?", self.doc.body[start : opening.start]):
            return None
        return self.name_of(opening.key), opening.key, "explicit"

    def kind_fits(self, who: str, speaker: str, key: str) -> bool:
        """`the airline`, `the group` can refer back to `speaker` (an actor of that kind, or a name the actors
        stage did not find): the finders use it to continue the speaker who spoke last."""
        words = who.strip().lower().split()
        types = _back_reference_nouns().get(words[1]) if len(words) == 2 and words[0] == "the" else None
        if types is None or not speaker[:1].isupper():
            return False
        if words[1] in _HEAD_IN_NAME and words[1] not in speaker.lower():
            return False  # `the council` after the IOM spoke: not the IOM
        if not key:  # a name the actors stage did not find, but not an unnamed person (`An airport employee`)
            return not is_outlet(speaker) and not _ANONYMOUS_HEAD.match(speaker)
        return self.actors[key].type in types

    def _described_body(self, core: str) -> str | None:
        """`the UN children’s agency`: the body agency copy describes so (`body_descriptions.tsv`), when the
        article names it, before or after the description."""
        words = core.split()
        if len(words) < 3 or words[0].lower() != "the":
            return None
        names = _body_descriptions().get(_description_key(" ".join(words[1:])))
        if names is None:
            return None
        wanted = {n.lower() for n in names}
        return next(
            (
                key
                for key, actor in self.actors.items()
                if actor.type == "organization" and ({actor.name.lower()} | {a.lower() for a in actor.aliases}) & wanted
            ),
            None,
        )

    def _referent(self, core: str, at: int) -> str | None:
        """`the agency`, `the airline`, `The government`: the nearest actor of that kind named before; with
        modifiers (`the UN agency`, `the humanitarian agency`), one that is not the modifier itself."""
        modifiers = core.split()[1:-1]
        words = [core.split()[0].lower(), core.split()[-1].lower()] if len(modifiers) <= 2 else []
        if len(words) != 2 or words[0] != "the" or not all(_REFERENT_MODIFIER.fullmatch(w) for w in modifiers):
            return None
        types = _back_reference_nouns().get(words[1])
        if types is None:
            return None
        headed = f" {words[1]}"  # `the force` after `the Royal Bahamas Defence Force`: the body its head noun names
        named = {_fold(w) for w in modifiers}  # `the UN agency` is not the UN
        mentions = self.doc.actors.mentions
        i = bisect.bisect_left(self._mention_starts(), at)
        nearest = None
        for mention in reversed(mentions[max(0, i - 60) : i]):
            actor = self.actors[mention.key]
            if (
                (actor.type in types or (actor.type == "organization" and actor.name.lower().endswith(headed)))
                and not self._mute(mention)
                and not ({_fold(actor.name), _fold(mention.text)} & named)
                and not is_outlet(actor.name)  # `the agency said`: never the outlet that carries the story
                and (words[1] not in _HEAD_IN_NAME or words[1] in actor.name.lower())
            ):
                if words[1].endswith("s") and self._coordinated(mention, types):
                    return None  # `the carriers` after `JetBlue and American Airlines`: both, kept as written
                sentence = self.doc.sentence_at(mention.start)
                opens = sentence and re.fullmatch(r"(?:[Tt]he\s+)?", self.doc.body[sentence.start : mention.start])
                if opens and re.match(r",|\s+[a-z]", self.doc.body[mention.end : mention.end + 2]):
                    return mention.key  # the subject of its sentence, not an actor in a clause about it
                nearest = nearest or mention.key
        return nearest

    def _coordinated(self, mention: Mention, types: tuple[str, ...]) -> bool:
        """Is this mention one of two actors of those types joined by `and` (`JetBlue and American Airlines`)."""
        body = self.doc.body
        for other in self.doc.mentions_in(max(0, mention.start - 80), mention.end + 80):
            if other.key == mention.key or self.actors[other.key].type not in types:
                continue
            first, second = (other, mention) if other.start < mention.start else (mention, other)
            if re.fullmatch(r",?\s+and\s+(?:the\s+)?", body[first.end : second.start]):
                return True
        return False

    def _written_referent(self, core: str, at: int) -> str | None:
        """`the embassy`: the name last written with that head noun capitalised, in this paragraph or the two
        before (`The Norland Embassy in Capital City`), when the actors stage made no actor of it."""
        words = core.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _back_reference_nouns():
            return None
        here = self.doc.sentence_at(at)
        if here is None:
            return None
        start = self.doc.paragraphs[max(0, here.paragraph - 2)].start
        head = re.escape(words[1].capitalize())
        pattern = rf"\b(?:[A-Z][\w.’'-]* ){{1,4}}{head}(?: (?:in|of|to) [A-Z][\w’'-]+)?"  # within a line
        found = [m.group() for m in re.finditer(pattern, self.doc.body[start:at])]
        name = re.sub(r"^The\s+", "", found[-1]) if found else ""
        return name if len(name.split()) >= 2 and not _function(name) else None

    def _members_of(self, core: str, at: int) -> str | None:
        """`the leaders` after `Caribbean Community (CARICOM) leaders`: the organization whose members the
        plural source noun was first written with, named last before `at`."""
        words = core.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in lexicon.word_list("source_nouns.txt"):
            return None
        body = self.doc.body
        i = bisect.bisect_left(self._mention_starts(), at)
        for mention in reversed(self.doc.actors.mentions[max(0, i - 60) : i]):
            after = re.match(r"(?:\s*\([A-Z][\w&.-]{1,9}\))?\s+(\w+)", body[mention.end : mention.end + 20])
            if after is not None and after.group(1) == words[1] and self._organization(mention):
                return mention.key
        return None

    def _mention_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [m.start for m in self.doc.actors.mentions]
        return self._starts

    def _earlier_source(self, phrase: str, before: int) -> str | None:
        """`the spokesperson` refers back to the unnamed source introduced earlier
        (`A spokesperson for the U.S. State Department said ...`): speak of it as first written.
        Each head noun's introductions are searched for once per article, then looked up by position."""
        words = phrase.split()
        if len(words) == 3 and words[1].isalpha() and words[1].islower():  # `the briefing paper`: its modifier
            found = self._earlier_source(f"{words[0]} {words[2]}", before)  # must be in the introduction
            return found if found is not None and f" {words[1]} " in f" {found} " else None
        if len(words) != 2 or words[0].lower() != "the":
            return None
        introductions = self._introductions.get(words[1])
        if introductions is None:
            head = re.escape(words[1])
            article = r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){0,3}?"
            affiliation = (
                r"(?:\s+(?:for|at|with|from|of|in|familiar\s+with|close\s+to)\s+(?:[^,.;:“”«»\"\n]|(?<=[A-Z])\.){1,60}?)?"
                r"(?:,?\s+who\s+[^,.;:“”«»\"\n]{1,160}?)?"  # `One officer who has served there since May`
                # `a briefing paper tabled before the committee`, `a note seen by Reuters`: a participle phrase
                r"(?:\s+[a-z]{3,}ed\s+(?:by|before|at|with|in|from|on|to(?=\s+(?:the|a|an|its|their)\s|\s+[A-Z]))"
                r"\s+[^,.;:“”«»\"\n]{1,60}?)?"  # (not `declined to discuss`: a predicate of its own)
            )
            # (or a first predicate of its own: `A spokesperson declined to comment but said ...`)
            verbs = rf"{lexicon.speech_verb_pattern()}|declined|refused|did not|would not"
            ending = rf"(?=\s+(?:{verbs})\b|[,;]|(?<![A-Z])\.(?:\s|$))"
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

    def _named(self, core: str, inside: list[Mention], core_end: int) -> Speaker | None:
        """An organization by its head word, an actor, or a capitalised name after its titles."""
        words = core.split()
        outside = inside and all(m.start >= core_end for m in inside)
        if outside and len(words) >= 2 and words[0][:1].isupper() and _is_name(core) and not _function(core):
            return core, "", "explicit"  # `Partners In Health, which runs the X Hospital,`: not the hospital
        if not words:
            return None  # `(MSS) said`: nothing left of the words once the acronym is set apart
        if words[-1].islower() and words[-1].capitalize() in _title_words() and all(m.end < core_end for m in inside):
            return core, "", "explicit"  # `Haiti police chief`, `UN envoy`: a role its actor only qualifies
        organization = next((m for m in inside if self.actors[m.key].type != "country"), None)
        if organization is not None:
            return self.actors[organization.key].name, organization.key, "explicit"
        if self._head_word(core):
            return re.sub(r"^[Tt]he\s+", "", core), "", "explicit"
        tail = _trailing_name(words)
        demonyms = inside and all(
            self.actors[m.key].type == "country" and m.end <= core_end - len(tail) for m in inside
        )
        if tail and demonyms and _is_name(tail):  # `French special envoy Henrik Johansson`: the envoy
            return tail, "", "explicit"
        if inside:
            return self.actors[inside[0].key].name, inside[0].key, "explicit"
        name = strip_titles(core)
        words = core.split()
        last_title = max((i for i, w in enumerate(words) if w in _title_words() and w[:1].isupper()), default=-1)
        if 0 < last_title < len(words) - 1:  # `Bomachoge Borabu MP Obadiah Nyakundi-Orina`: the name after the title
            name = " ".join(words[last_title + 1 :])
        tail = _trailing_name(words)
        if tail and len(tail.split()) < len(words):  # `Inspector General of Police Daniel Kiprono`
            name = tail
        role_then_name = _ROLE_THEN_NAME.fullmatch(core)
        if role_then_name:  # `street vendor Rose Pierre`: a role in lower case, then the name
            name = role_then_name.group(1)
        if " " not in name:  # `Castellanos` is the person named in full before
            full = next((f for f in self._full_names().values() if f.endswith(" " + name)), None)
            name = full or name
        if name and _is_name(name) and not is_outlet(name) and not _function(name):
            return name, "", "explicit"
        return None

    def _head_word(self, core: str) -> bool:
        """`The Canadian Embassy in Jacmel`: a capitalised organization head word names an organization."""
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
        full = self._full_names().get(mention.key, name)
        if " " not in name or name.endswith(".") or (full.startswith(name + " ") and len(full.split()) >= 4):
            name = full
        for key, full in self._full_names().items():  # `Ruiz Massieu` is the Carlos Ruiz Massieu named before
            if key != mention.key and full.endswith(" " + name):
                return full, key
        return name, mention.key

    def name_of(self, key: str) -> str:
        """A person's name as first written in full (see `_full_names`); the person a titled organization's
        name holds (`titled_name`); any other actor's name."""
        actor = self.actors[key]
        return self._full_names().get(key) or (actor.type == "organization" and titled_name(actor.name)) or actor.name

    def _full_names(self) -> dict[str, str]:
        """Each person's name as first written in full: the actors stage's name, widened by a given name
        written before it (`Ghada Waly` for `Waly`), a surname after an initial (`Daniel R. Castellanos`) or
        after a nickname (`Philip “Brave” Davis` gives `Philip Davis`). Computed once per article."""
        if self._names is not None:
            return self._names
        body = self.doc.body
        names: dict[str, str] = {}
        for mention in self.persons:
            if mention.key in names:
                continue
            name = strip_titles(self.actors[mention.key].name) or self.actors[mention.key].name
            if " " not in name:
                given = _GIVEN_NAME.search(body, max(0, mention.start - 30), mention.start)
                if given and given.group(1) not in _title_words() and not _function(given.group(1)):
                    name = given.group(1) + " " + name
            if name.endswith(".") or " " not in name:
                after = _SURNAME_AFTER.match(body, mention.end)
                if after:
                    name += " " + after.group(1)
            elif len(name.split()) >= 3 and name.endswith(mention.text):
                name += self._last_name_word(mention.end)  # `André Jonas Vladimir` + ` Paraison`
            names[mention.key] = name
        self._names = names
        return names

    def _last_name_word(self, end: int) -> str:
        """` Paraison` after a three-word name the actors stage cut short (`André Jonas Vladimir Paraison,`):
        one more capitalised word, then a comma or a lower-case word, that is no title, month, weekday or
        other actor's mention; else ``."""
        word = _LAST_NAME_WORD.match(self.doc.body, end)
        if word is None:
            return ""
        text = word.group(1)
        if text in _title_words() or text in vocab.MONTHS or text in vocab.WEEKDAYS or _function(text):
            return ""
        if self.doc.mentions_in(word.start(1), word.end(1)):
            return ""
        return " " + text

    def _role_words(self) -> dict[str, list[list[str]]]:
        """Each person's roles as folded title words: the actors stage's role and the title words written
        right before each mention (`Foreign and CARICOM Affairs Minister Dr Natalie ...` gives `affairs
        minister`), honorifics dropped. Computed once per article."""
        if self._roles is not None:
            return self._roles
        titles = _folded_titles()
        honorifics = {_fold(w) for w in lexicon.word_list("honorifics.txt")}
        roles: dict[str, list[list[str]]] = {}
        body = self.doc.body
        for key, actor in self.actors.items():
            if actor.type == "person" and actor.role:
                role = [_fold(w) for w in actor.role.split()]
                head = list(itertools.takewhile(lambda w: w not in ("of", "for"), role))  # `inspector general`
                for words in (role, head) if head and head != role else (role,):
                    roles.setdefault(key, []).append(_expanded(words))
            if actor.type == "organization" and titled_name(actor.name):  # `Inspector General of Police X`
                run = list(itertools.takewhile(lambda w: w in titles, (_fold(w) for w in actor.name.split())))
                head = list(itertools.takewhile(lambda w: w not in ("of", "for"), run))  # `inspector general`
                for role in (run, head) if head != run else (run,):
                    if role:
                        roles.setdefault(key, []).append(_expanded(role))
        for mention in self.persons:
            words = [_fold(w) for w in body[max(0, mention.start - 60) : mention.start].split()]
            run: list[str] = []
            for word in reversed(words):
                if word not in titles:
                    break
                run.insert(0, word)
            while run and run[-1] in honorifics:
                run.pop()
            if run:
                roles.setdefault(mention.key, []).append(_expanded(run))
            near = body.rfind(",", max(0, mention.start - 30), mention.start) >= 0  # the search needs a comma
            before = _ROLE_APPOSED_BEFORE.search(body, max(0, mention.start - 90), mention.start) if near else None
            if before is not None:  # `The mayor of Kenscoff, Marie Dupuis,`: the role, and its title words
                role = [_fold(w) for w in before.group("role").split()]
                if role[-1] in titles:
                    roles.setdefault(mention.key, []).append(_expanded(role))
            titled = _title_apposed_before().search(body, max(0, mention.start - 120), mention.start) if near else None
            if titled is not None:  # `Minister of National Security, Hon. Dr. X Y,`: a capitalised title set off
                role = [_fold(w) for w in titled.group("role").split()]
                if all(w in titles for w in role):
                    roles.setdefault(mention.key, []).append(_expanded(role))
            apposed = _APPOSED_ROLE.match(body, mention.end)  # `Jean Baptiste, the mayor, said`
            if apposed is not None:
                roles.setdefault(mention.key, []).append([_fold(w) for w in apposed.group("role").split()])
        self._roles = roles
        return roles

    def _role_match(self, phrase: str, at: int) -> str | None:
        """`the foreign minister`, `the minister`, `The US-backed prime minister` name the person the article
        gave that role: the role's title words end with the phrase's (case, dots and hyphens folded; words
        that are not title words, like `US-backed`, are left out). The one such person, or of several the
        one named last before `at`."""
        phrase = _WHERE_WHEN_TAIL.sub("", phrase)  # `the CS in Mombasa on Monday evening`: the CS
        words = _expanded([_fold(w) for w in phrase.split()])
        if len(words) < 2 or words[0] != "the":
            return None
        synonym = _role_synonyms().get(" ".join(words[1:]))
        found = self._role_holder(words, phrase, at)
        if found is None and synonym is not None:  # `the Head of State` after `President X`, `the judge`
            found = self._role_holder(["the", *synonym], phrase, at)
        return found

    def _role_holder(self, words: list[str], phrase: str, at: int) -> str | None:
        """The person whose role ends with `words` (after `the`), as `_role_match` reads them."""
        titles = _folded_titles()
        wanted = [w for w in words[1:] if w in titles] or words[1:]
        if wanted[-1] != words[-1]:
            return None  # the head noun must be a title word (`the US-backed prime minister`, not `the plan`)
        roles = self._role_words()
        first = self._first_mentions()
        named = {  # `The United States representative`: a country the phrase names is the one the person serves
            self.actors[m.key].country
            for m in self.doc.mentions_in(at, at + len(phrase))
            if self.actors[m.key].type == "country"
        }
        matches = [
            k
            for k, held in roles.items()
            if first.get(k, at) < at
            and any(r[-len(wanted) :] == wanted and not _in_complement(r, len(wanted)) for r in held)
            and (not named or not self._country_of(k) or self._country_of(k) in named)
        ]
        if len(matches) <= 1:
            return matches[0] if matches else None
        exact = [k for k in matches if wanted in roles[k]]
        if len(exact) == 1:
            return exact[0]
        i = bisect.bisect_left(self.person_starts, at)
        return next((m.key for m in reversed(self.persons[max(0, i - 50) : i]) if m.key in matches), None)

    def _country_of(self, key: str) -> str:
        """The country a person serves: their own, or the country they are affiliated with."""
        actor = self.actors[key]
        owner = self.actors.get(actor.affiliation) if actor.affiliation else None
        return actor.country or (owner.country if owner is not None and owner.type == "country" else "")

    def _first_mentions(self) -> dict[str, int]:
        """Where each person is first named, computed once per article."""
        if self._first is None:
            self._first = {}
            for mention in self.doc.actors.mentions:
                actor = self.actors[mention.key]
                if actor.type == "person" or (actor.type == "organization" and titled_name(actor.name)):
                    self._first.setdefault(mention.key, mention.start)
        return self._first


def _in_complement(role: list[str], size: int) -> bool:
    """Do a role's last `size` words lie after its `of`/`for` (`the Secretary-General` is not the person whose
    role is `Deputy Spokesperson for the Secretary-General`)?"""
    joint = next((i for i, w in enumerate(role) if w in ("of", "for")), len(role))
    return len(role) - size > joint


_FOLD = str.maketrans("", "", ".-’'")


def _fold(word: str) -> str:
    """`Minister` -> `minister`, `Secretary-General` -> `secretarygeneral`, `Amb.` -> `amb`."""
    return word.lower().translate(_FOLD)


@functools.cache
def _folded_titles() -> frozenset[str]:
    expansions = {w for words in _abbreviations().values() for w in words}
    return frozenset({_fold(w) for w in _title_words()} | expansions)


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """`cs` -> (`cabinet`, `secretary`): abbreviated titles, folded, and the title words they stand for."""
    return {_fold(short): tuple(words.split()) for short, words in lexicon.tsv_rows("title_abbreviations.tsv")}


@functools.cache
def _gendered_nouns() -> dict[str, str]:
    """`spokeswoman` -> `f`: nouns of a role or relation that say which pronoun fits (`gendered_nouns.tsv`)."""
    return dict(lexicon.tsv_rows("gendered_nouns.tsv"))


#: a body's size before its description (`the 15-member regional bloc`), which says nothing of which body it is
_SIZE_MODIFIER = re.compile(r"\b\d+-(?:member|nation|country|state)\s+")


@functools.cache
def _description_key(words: str) -> str:
    """`U.N. Children's Agency` -> `un children's agency`, `15-member regional bloc` -> `regional bloc`: a body
    description folded for look-up (its size says nothing of which body it is)."""
    folded = _SIZE_MODIFIER.sub("", words.lower().replace("’", "'"))
    return re.sub(r"\bu\.?n\.?(?=\s)", "un", folded)


@functools.cache
def _constituency_reference() -> re.Pattern[str]:
    """`the Narok West MP`: `the`, a capitalised place of one to three words, a constituency title."""
    titles = "|".join(sorted(lexicon.word_list("constituency_titles.txt"), key=len, reverse=True))
    return re.compile(rf"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{titles})")


@functools.cache
def _title_apposed_before() -> re.Pattern[str]:
    """`Minister of National Security, Hon. Dr. ` before a name: a capitalised title opening the sentence (or
    after `the`), what it is of, a comma, and honorifics only."""
    honorifics = "|".join(re.escape(h) for h in sorted(lexicon.word_list("honorifics.txt"), key=len, reverse=True))
    return re.compile(
        r"(?:^|(?<=[\n.!?] )|(?<=\n)|\b[Tt]he\s+)(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
        rf"(?:\s+(?:of|for|on)\s+[^,;:“”\"\n]{{1,60}})?,\s+(?:(?:{honorifics})\s+)*$"
    )


@functools.cache
def _body_descriptions() -> dict[str, tuple[str, ...]]:
    """`un children's agency` -> (`UNICEF`, ...): descriptions of bodies (`body_descriptions.tsv`)."""
    rows = lexicon.tsv_rows("body_descriptions.tsv")
    return {_description_key(text): tuple(names.split(";")) for text, names in rows}


def _role_synonyms() -> dict[str, tuple[str, ...]]:
    """`head of state` -> (`president`,): role nouns that stand for a title (`role_synonyms.tsv`)."""
    rows = lexicon.tsv_rows("role_synonyms.tsv")
    return {" ".join(_fold(w) for w in noun.split()): tuple(words.split()) for noun, words in rows}


def _expanded(words: list[str]) -> list[str]:
    """Folded title words with abbreviations written out (`foreign affairs cs` -> `... cabinet secretary`);
    `secretarygeneral` and `inspectorgeneral` as two words, as the abbreviations give them."""
    out: list[str] = []
    for word in words:
        if word in _abbreviations():
            out.extend(_abbreviations()[word])
        elif word.endswith("general") and len(word) > len("general"):
            out.extend([word[: -len("general")], "general"])
        else:
            out.append(word)
    return out
