"""Find the actors an article names — people, organizations, countries, places, missions, groups —
and every mention of them, with offsets.

Owns actor recognition within one article. It reads capitalised phrases sentence by sentence and
decides what each one is, in this order: an acronym the article defines in parentheses, a title
before a name (`Foreign Minister Jean Dupont`: person with a role), a known organization, country
(name, alias or demonym) or city from the gazetteer, a name with an organization head word
(`Committee`, `Mission`), a person's full name or later surname, and finally a person by shape.
Definite references back to a named mission (`the mission`) are mentions of it too.

Notes: rule-based, in the spirit of gazetteer-plus-pattern recognisers (GATE's ANNIE); no
statistical model. A person named only by a single word that no title or full name introduces
is not found; names in lower case are not found.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from briefing.parse import gazetteer, lexicon
from briefing.parse.doc import Actor, ArticleActors, Doc, Mention, Sentence, Words
from briefing.parse.scan import WordStartPattern

_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "du", "des", "la", "le", "del", "da", "on", "&"})
_ACRONYM_DEF = re.compile(r"\s*\((?:the\s+)?([A-Z][A-Za-z.&-]{1,11})\)|,\s+the\s+([A-Z]{2,6}),")
_POSSESSIVE = ("’s", "'s", "’", "'")
# Patterns used once per phrase or word, compiled here rather than looked up in `re`'s cache at each call.
# `(?<!\w)` before a letter is `\b`; written as a lookbehind after the first letter it lets the regex engine
# skip ahead to candidate letters instead of trying every position.
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'][a-z]{1,2}")
_COORDINATOR = re.compile(r"\s+and\s+(?:the\s+)?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ’'-]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.")
_SPEAKER_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
_MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
#: Longest run of words read as one name; longer runs are cut, which keeps the work per phrase bounded.
MAX_PHRASE_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A run of capitalised tokens (with connectors) inside one sentence."""

    start: int
    end: int
    sentence: int
    initial: bool  # first word of its sentence (after any opening quotation mark)


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


@dataclass(slots=True)
class _Tokens:
    """The word tokens of a body, in order: `spans[i]` is token i (a capitalised word's cut or extended as
    `_name_end` says); `names` are the capitalised tokens a phrase may hold (months are not), `breaks` those
    of them a phrase must end after, `connectors` the lower-case words that may join names."""

    starts: list[int]
    spans: list[tuple[int, int]]
    names: set[int]
    breaks: set[int]
    joinable: list[int]  # names and connectors, in order
    joinable_starts: list[int]


def _tokenise(body: str, index: Words) -> _Tokens:
    """The body's words (the Doc's word index) as name tokens.

    Only capitalised words (and connectors) get a Python step; the rest matter only as what lies between
    names. Words never cross a sentence boundary (sentences end and start at white space), so the body's
    words give each sentence's tokens."""
    starts, ends, words = index.starts, index.ends, index.texts
    spans = list(zip(starts, ends, strict=True))
    names, breaks = set(), set()
    for i in [i for i, word in enumerate(words) if word[0].isupper()]:
        word, end, hard_break = words[i], ends[i], False
        if "-" in word or word.endswith(_POSSESSIVE[:2]) or body.startswith(".", end):  # else nothing to change
            end, hard_break = _name_end(body, starts[i], end, word)
            spans[i], word = (starts[i], end), body[starts[i] : end]
        if word not in _MONTHS:  # a month ends a phrase, as any other word does
            names.add(i)
            if hard_break:
                breaks.add(i)
    joinable = sorted([*names, *(i for i, word in enumerate(words) if word in _CONNECTORS)])
    return _Tokens(starts, spans, names, breaks, joinable, [starts[i] for i in joinable])


def _name_end(body: str, start: int, end: int, word: str) -> tuple[int, bool]:
    """Where a capitalised token ends as a word, and whether a phrase must stop after it: `Kenya-led`
    yields `Kenya` and a stop; a possessive is cut off; an abbreviation (`Gen.`) or initial keeps its dot."""
    if "-" in word:
        parts = word.split("-")
        keep = len(parts)
        while keep > 1 and parts[keep - 1].islower():
            keep -= 1
        if keep < len(parts):
            return start + len("-".join(parts[:keep])), True  # `Kenya-led Mission` is two phrases
    for suffix in _POSSESSIVE[:2]:
        if word.endswith(suffix):
            end -= len(suffix)
    if end < len(body) and body[end] == "." and body[start : end + 1] in lexicon.word_list("abbreviations.txt"):
        end += 1
    elif end - start == 1 and end < len(body) and body[end] == "." and word.isupper():
        end += 1  # a middle initial: John F. Kennedy
    return end, False


def _phrases(body: str, sentence: Sentence, tokens: _Tokens) -> list[_Phrase]:
    """Maximal runs of capitalised words joined by single spaces and lower-case connectors.

    Only names and connectors are visited: any other word between two of them makes the text between
    them more than one space, which ends a run just as meeting that word would."""
    phrases: list[_Phrase] = []
    run: list[tuple[int, int]] = []
    k = bisect.bisect_left(tokens.starts, sentence.start)
    first_word = tokens.starts[k] if k < len(tokens.starts) and tokens.starts[k] < sentence.end else -1

    def close() -> None:
        while run and not _is_capitalised(body[run[-1][0] : run[-1][1]]):
            run.pop()
        if run:
            phrases.append(_Phrase(run[0][0], run[-1][1], sentence.index, run[0][0] == first_word))
        run.clear()

    lo = bisect.bisect_left(tokens.joinable_starts, sentence.start)
    hi = bisect.bisect_left(tokens.joinable_starts, sentence.end)
    for i in tokens.joinable[lo:hi]:
        start, end = tokens.spans[i]
        joined = bool(run) and body[run[-1][1] : start] == " "
        if i in tokens.names:
            if run and (not joined or len(run) >= MAX_PHRASE_WORDS):
                close()
            run.append((start, end))
            if i in tokens.breaks:
                close()
        elif joined:
            run.append((start, end))
        else:
            close()
    close()
    return phrases


@functools.cache
def _numbered_pattern() -> WordStartPattern | None:
    """Known names that start with a number, searched for directly (each opens with a digit)."""
    names = [
        alias
        for row in lexicon.tsv_rows("organizations.tsv")
        for alias in [row[0], *(row[2].split(";") if len(row) > 2 else [])]
        if alias[:1].isdigit()
    ]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return WordStartPattern(rf"(?:{alternatives})\b", opens_with_set=True)


@functools.cache
def _speaker_patterns() -> tuple[re.Pattern[str], WordStartPattern]:
    r"""`Cherizier told` and `said Moïse,`: a capitalised name of one to three words beside a speech verb.

    The first pattern's `(?<![\w.])` is checked after the name's first letter (`(?<![\w.][A-Z])`, the same
    test) so that the regex engine can skip ahead to capital letters; the second is searched for from
    word starts (`scan.WordStartPattern`)."""
    if not all(verb[:1].isalnum() for verb in lexicon.speech_verbs()):
        raise ValueError("speech_verbs.txt: every verb must begin with a letter")
    verbs = lexicon.speech_verb_pattern()
    name_then_verb = re.compile(rf"([A-Z](?<![\w.][A-Z]){_SPEAKER_NAME[len('[A-Z]') :]}) {verbs}\b")
    return name_then_verb, WordStartPattern(rf"{verbs} ({_SPEAKER_NAME})(?=[,.;])")


@functools.cache
def _nominal_pattern(noun: str) -> WordStartPattern:
    """`the mission`, `this Kenya-led force`, `the multinational security mission`: a reference by `noun`."""
    if not all(word[:1].isalnum() for word in lexicon.word_list("determiners.txt")):
        raise ValueError("determiners.txt: every determiner must begin with a letter")
    determiners = "|".join(lexicon.word_list("determiners.txt"))
    modifier = rf"(?!(?:{determiners})\b)[a-z][\w-]*\s+"
    led = r"(?:[A-Z][\w.’'-]*-[a-z]+\s+)?"  # `the Kenya-led mission`: the reference starts after it
    return WordStartPattern(rf"(?:{determiners})\s+{led}((?:{modifier}){{0,2}}{noun})\b")


@functools.cache
def _titles_by_first_word() -> dict[str, tuple[str, ...]]:
    """Titles grouped by their first word, longest first, so a phrase is checked against a few."""
    grouped: dict[str, list[str]] = {}
    for title in lexicon.titles():
        grouped.setdefault(title.split(" ", 1)[0], []).append(title)
    return {word: tuple(titles) for word, titles in grouped.items()}


@functools.cache
def _known_organizations() -> dict[str, tuple[str, str]]:
    """Folded name or alias -> (canonical name, type) from the organizations lexicon."""
    known: dict[str, tuple[str, str]] = {}
    for row in lexicon.tsv_rows("organizations.tsv"):
        name, kind = row[0], row[1]
        for alias in [name, *(row[2].split(";") if len(row) > 2 else [])]:
            if alias.strip():
                known[gazetteer.fold(alias.strip())] = (name, kind)
    return known


@functools.cache
def _title_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Titles of one word, and every word of a title but the connectors."""
    titles = lexicon.titles()
    return frozenset(t for t in titles if " " not in t), frozenset({w for t in titles for w in t.split()} - _CONNECTORS)


@functools.lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    folded = gazetteer.fold(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


@functools.lru_cache(maxsize=65536)
def actor_id(key: str) -> str:
    """Readable id derived from the actor's identity, stable across runs (kept: asked for again and again)."""
    kind, _, rest = key.partition(":")
    return f"{kind}-{_slug(rest)}"


class _Resolver:
    """Decides what each capitalised phrase of one article is."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = doc.body
        self.sentences = doc.sentences
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, str] = {}  # acronym -> actor key
        self.surnames: dict[str, str] = {}  # surname -> person key
        self.person_names: dict[str, str] = {}  # full name -> person key
        self.titles = lexicon.titles()
        self.org_words = lexicon.org_words()
        self.function_words = lexicon.word_list("function_words.txt")
        self.lower_words = doc.lower_words
        self.known_orgs = _known_organizations()
        self.single_titles, self.title_words = _title_word_sets()
        self.titles_by_word = _titles_by_first_word()
        self.honorifics = lexicon.word_list("honorifics.txt")
        self._part_start = -1

    # -- actors -------------------------------------------------------------------------------

    def _actor(self, key: str, name: str, kind: str, **attrs: object) -> Actor:
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, name, kind)
        for attr, value in attrs.items():
            if value and not getattr(actor, attr):
                setattr(actor, attr, value)
        return actor

    def _country(self, iso3: str) -> str:
        place = gazetteer.country_places()[iso3]
        key = f"country:{iso3}"
        self._actor(key, place.name, "country", country=iso3, lat=place.lat, lon=place.lon)
        return key

    def _city(self, place: gazetteer.Place) -> str:
        key = f"place:{place.name} {place.iso3}"
        self._actor(key, place.name, "place", country=place.iso3, lat=place.lat, lon=place.lon)
        return key

    def _organization(self, name: str, kind: str) -> str:
        if kind == "publication":
            kind = "organization"
        elif name.startswith("The "):
            name = name[4:]
        known = self.known_orgs.get(gazetteer.fold(name))
        if known is not None:
            name, kind = known
        key = f"{kind}:{name}"
        self._actor(key, name, kind, country=self._country_in(name))
        return key

    def _person(self, name: str, role: str = "", country: str = "") -> str:
        key = self.person_names.get(name) or self.surnames.get(name) or f"person:{name}"
        self._actor(key, name, "person", role=role, country=country)
        self.person_names[name] = key
        parts = name.split()
        for i in range(1, len(parts)):  # `Almonte Peña` and `Peña` both name Rafael Almonte Peña
            self.surnames.setdefault(" ".join(parts[i:]), key)
        return key

    def _country_in(self, name: str) -> str:
        """ISO3 of a country or demonym that opens a name (`Haitian National Police`)."""
        words = name.split()
        for size in range(min(4, len(words)), 0, -1):
            iso3 = gazetteer.country(" ".join(words[:size]))
            if iso3:
                return iso3
        return ""

    def _add_mention(self, key: str, start: int, end: int, sentence: int) -> None:
        self.mentions.append(Mention(key, start, end, self.body[start:end], sentence))
        text = self.body[start:end]
        actor = self.actors[key]
        if gazetteer.fold(text) != gazetteer.fold(actor.name):
            actor.aliases.add(text)

    # -- phrases ------------------------------------------------------------------------------

    def run(self) -> ArticleActors:
        tokens = _tokenise(self.body, self.doc.words)
        self.token_spans, self.token_starts = tokens.spans, tokens.starts
        phrases = [p for s in self.sentences for p in _phrases(self.body, s, tokens)]
        phrases = [p for p in (self._trim(p) for p in phrases) if p is not None]
        self.speaker_names = self._speaker_names()
        for phrase in phrases:  # first pass: what the article defines
            self._learn(phrase)
        covered = self._numbered_names()
        for phrase in phrases:
            if not any(a <= phrase.start < b for a, b in covered):
                self._resolve(phrase.start, phrase.end, phrase.sentence, phrase.initial)
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._mention_starts = [m.start for m in self.mentions]
        self._mention_ends_max = list(itertools.accumulate((m.end for m in self.mentions), max))
        self._nominal_references()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return ArticleActors(self.actors, self.mentions)

    def _numbered_names(self) -> list[tuple[int, int]]:
        """Known names that start with a number (`400 Mawozo`), which no capitalised phrase begins."""
        pattern = _numbered_pattern()
        if pattern is None:
            return []
        spans = []
        for match in pattern.finditer(self.body):
            key = self._organization(*self.known_orgs[gazetteer.fold(match.group())])
            self._add_mention(key, match.start(), match.end(), self._sentence_at(match.start()))
            spans.append(match.span())
        return spans

    def _words(self, start: int, end: int) -> list[tuple[int, int]]:
        """The article's tokens within [start, end), tokenised once per sentence."""
        lo, hi = bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end)
        return [t for t in self.token_spans[lo:hi] if t[1] <= end]

    def _trim(self, phrase: _Phrase) -> _Phrase | None:
        """Drop a sentence-opening word that is an ordinary word capitalised by position."""
        if not phrase.initial:
            return phrase  # nothing to drop, and a phrase holds at least the word it starts with
        words = self._words(phrase.start, phrase.end)
        while words and phrase.initial:
            first = self.body[words[0][0] : words[0][1]]
            ordinary = (
                first in self.function_words
                or _CONTRACTION.fullmatch(first) is not None
                or first.lower() in self.lower_words
                or (first.endswith(("ing", "ly")) and not gazetteer.country(first))
            )
            if not ordinary or (first in ("The",) and self._is_publication(words)):
                break
            words = words[1:]
            while words and self.body[words[0][0] : words[0][1]] in _CONNECTORS:
                words = words[1:]
            phrase = _Phrase(words[0][0], phrase.end, phrase.sentence, False) if words else phrase
        if not words:
            return None
        return phrase

    def _is_publication(self, words: list[tuple[int, int]]) -> bool:
        last = self.body[words[-1][0] : words[-1][1]]
        return self.org_words.get(last) == "publication"

    def _speaker_names(self) -> set[str]:
        """Capitalised names the text makes speak (`Cherizier told reporters`, `said Moïse`): people,
        even when no title or first name introduced them."""
        name_then_verb, verb_then_name = _speaker_patterns()
        names = set(name_then_verb.findall(self.body))
        names |= {m.group(1) for m in verb_then_name.finditer(self.body)}
        return {n for n in names if self._could_be_speaker(n)}

    def _could_be_speaker(self, name: str) -> bool:
        words = name.split()
        if any(
            w in self.title_words
            or w in self.function_words
            or w in self.org_words
            or w in _MONTHS
            or gazetteer.country(w)
            for w in words
        ):
            return False
        if len(words) == 1:  # `Diplomats said` is a common noun; a surname is not plural nor written lower
            return not words[0].endswith("s") and words[0].lower() not in self.lower_words
        return True

    def _learn(self, phrase: _Phrase) -> None:
        """First pass: acronyms defined in parentheses and people introduced by a title."""
        text = self.body[phrase.start : phrase.end]
        definition = _ACRONYM_DEF.match(self.body, phrase.end)
        if definition and len(text.split()) > 1:
            key = self._resolve(phrase.start, phrase.end, phrase.sentence, phrase.initial, record=False)
            if key:
                acronym = definition.group(1) or definition.group(2)
                self.acronyms[acronym] = key
                self.actors[key].aliases.add(acronym)
        self._titled_person(phrase.start, phrase.end)

    def _titled_person(self, start: int, end: int) -> tuple[str, int] | None:
        """`[Demonym|Body] Title [Title] Name` -> (person key, offset where the name starts)."""
        text = self.body[start:end]
        if self.titles_by_word.keys().isdisjoint(text.split(" ", 4)[:4]):
            return None  # a title starts at one of the first four words (after a prefix of up to three)
        country = ""
        prefix = 0
        for size in (3, 2, 1):  # `U.S. Secretary of State`, `Kenyan President`, `CARICOM Secretary-General`
            head = " ".join(text.split(" ")[:size])
            if len(text) <= len(head) + 1:
                continue
            iso3 = gazetteer.country(head)
            if iso3 or head in self.acronyms or gazetteer.fold(head) in self.known_orgs:
                country, prefix = iso3 or "", len(head) + 1
                break
        rest = text[prefix:]
        roles: list[str] = []
        while True:
            candidates = self.titles_by_word.get(rest.split(" ", 1)[0], ())
            title = next((t for t in candidates if rest.startswith(t + " ")), None)
            if title is None:
                break
            roles.append(title)
            prefix += len(title) + 1
            rest = rest[len(title) + 1 :]
        if not roles:
            return None
        words = rest.split()
        if not 1 <= len(words) <= 4 or not all(_is_capitalised(w) for w in words):
            return None
        if any(w in self.org_words or w in _MONTHS or w in self.single_titles for w in words) or gazetteer.country(
            rest
        ):
            return None
        name_start = start + prefix
        if len(words) == 1 and rest in self.surnames:
            return self.surnames[rest], name_start
        role = " ".join(r for r in roles if r not in self.honorifics).rstrip(".") or roles[0].rstrip(".")
        return self._person(rest, role=role, country=country), name_start

    def _resolve(self, start: int, end: int, sentence: int, initial: bool, record: bool = True) -> str | None:
        """Decide what body[start:end] names; record mentions; return the key of a whole-span actor."""
        noun = self._body_noun_after(end)
        if noun is not None and not self._known(self.body[start:end]):
            if noun[1] == "group":  # `the Gran Grif gang`: the gang is Gran Grif
                key = self._organization(self.body[start:end], "group")
                if record:
                    self._add_mention(key, start, end, sentence)
                return key
            end += 1 + len(noun[0])  # `the Trump administration`, `the Multinational Security Support mission`
        text = self.body[start:end]
        if self._split_coordination(start, end, sentence, record):
            return None
        titled = self._titled_person(start, end)
        if titled is not None:
            key, name_start = titled
            if record:
                self._prefix_country(start, name_start)
                self._add_mention(key, name_start, end, sentence)
            return None
        key = self._whole(text, start, end)
        if key is not None:
            if record:
                self._add_mention(key, start, end, sentence)
            return key
        words = self._words(start, end)
        if len(words) > 1:
            return self._split(words, sentence, record)
        return None

    def _split_coordination(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`the Transitional Presidential Council and the Provisional Electoral Council` is two names."""
        text = self.body[start:end]
        match = _COORDINATOR.search(text) if "and" in text else None
        if match is None or gazetteer.country(text) or gazetteer.fold(text) in self.known_orgs:
            return False
        left, right = text[: match.start()], text[match.end() :]
        if not all(any(w in self.org_words for w in part.split()) for part in (left, right)):
            return False
        self._resolve(start, start + len(left), sentence, False, record)
        self._resolve(start + match.end(), end, sentence, False, record)
        return True

    def _prefix_country(self, start: int, name_start: int) -> None:
        """`Kenyan President X`, `CARICOM Secretary-General X`: the prefix is a mention of its actor too."""
        head = self.body[start:name_start].split(" ")
        for size in (3, 2, 1):
            part = " ".join(head[:size])
            iso3 = gazetteer.country(part)
            key = self._country(iso3) if iso3 else self.acronyms.get(part)
            if key is None and gazetteer.fold(part) in self.known_orgs:
                key = self._organization(*self.known_orgs[gazetteer.fold(part)])
            if key:
                self._add_mention(key, start, start + len(part), self._sentence_at(start))
                return

    def _sentence_at(self, pos: int) -> int:
        sentence = self.doc.sentence_at(pos)
        return sentence.index if sentence is not None else -1

    def _split(self, words: list[tuple[int, int]], sentence: int, record: bool) -> None:
        """Resolve the longest known sub-phrases of a phrase that is not known as a whole."""
        i = 0
        while i < len(words):
            # a demonym counts as a country only where a name may start: `Kenyans`, `PNH and Kenyans`,
            # not `Latin American`
            if i == 0 or self.body[words[i - 1][0] : words[i - 1][1]] in _CONNECTORS:
                self._part_start = words[i][0]
            for j in range(len(words), i, -1):
                start, end = words[i][0], words[j - 1][1]
                if self.body[start:end].split(" ")[-1] in _CONNECTORS:
                    continue
                key = self._whole(self.body[start:end], start, end, part=True)
                if key is not None:
                    if record:
                        self._add_mention(key, start, end, sentence)
                    i = j
                    break
            else:
                i += 1
        return None

    def _whole(self, text: str, start: int, end: int, part: bool = False) -> str | None:
        """Key of the actor that `text` names as a whole, or None."""
        folded = gazetteer.fold(text)
        if text in self.acronyms:
            return self.acronyms[text]
        if folded in self.known_orgs:
            return self._organization(*self.known_orgs[folded])
        if text in self.person_names or text in self.surnames:
            return self.person_names.get(text) or self.surnames[text]
        iso3 = gazetteer.country(text)
        if iso3 and (not part or gazetteer.country_names().get(folded) or start == self._part_start):
            return self._country(iso3)
        place = gazetteer.city(text)
        if place is not None:
            if place.capital_of and self._stands_for_government(start, end):
                return self._country(place.capital_of)
            if " " in text or "-" in text or text.lower() not in self.lower_words:
                return self._city(place)
        words = text.split()
        kinds = [self.org_words[w] for w in words if w in self.org_words]
        if kinds and not (len(words) == 1 and text in self.function_words):
            kind = "mission" if "mission" in kinds else "group" if "group" in kinds else kinds[-1]
            if kind == "mission" and self._country_in(text) and words[-1] in ("Force", "Forces"):
                kind = "organization"  # a national force (`Jamaica Defence Force`), not a mission
            if kind == "publication" and not text.startswith("The "):
                kind = "organization" if self.org_words.get(words[-1]) != "publication" else "publication"
            return self._organization(text, kind)
        body_type = self._body_nouns().get(words[-1])
        if body_type is not None and len(words) > 1:
            return self._organization(text, body_type)
        if self._undefined_acronym(text, start, end):
            return self._organization(text, "organization")
        if self._looks_like_person(words, start) or (text in self.speaker_names and len(words) <= 3):
            return self._person(text)
        return None

    def _undefined_acronym(self, text: str, start: int, end: int) -> bool:
        """An all-capitals word of 2-6 letters used as a name (`the ATF`), not a label (`ANCHOR:`, `-ENDS-`)."""
        if not _ACRONYM.fullmatch(text) or text in self.function_words:
            return False
        before, after = self.body[max(0, start - 1) : start], self.body[end : end + 1]
        return before not in ("-", "—") and after not in (":", "-", "—")

    @staticmethod
    @functools.cache
    def _body_nouns() -> dict[str, str]:
        return dict(lexicon.tsv_rows("org_suffix_nouns.tsv"))

    def _body_noun_after(self, end: int) -> tuple[str, str] | None:
        """(noun, type) when a lower-case body noun follows the name (`... administration`, `... gang`)."""
        following = _NOUN_AFTER.match(self.body, end, end + 20)
        if following is None or following.group(1) not in self._body_nouns():
            return None
        return following.group(1), self._body_nouns()[following.group(1)]

    def _known(self, text: str) -> bool:
        """Is the phrase already a known actor of its own (so a following noun does not extend it)?"""
        return bool(
            gazetteer.country(text)
            or gazetteer.city(text)
            or gazetteer.fold(text) in self.known_orgs
            or text in self.acronyms
            or text in self.person_names
            or text in self.surnames
        )

    def _stands_for_government(self, start: int, end: int) -> bool:
        """A capital names its government when it acts or is acted on: a verb follows it (`Washington
        provided`, `Nairobi has kept`) or a verb of asking or blaming precedes it (`asked Washington`)."""
        before = _WORD_BEFORE.search(self.body[max(0, start - 20) : start])
        if before and before.group(1) in lexicon.word_list("locative_prepositions.txt"):
            return False  # `critics in Nairobi have said`
        following = _WORD_AFTER.match(self.body, end, end + 30)
        if following:
            verb = following.group(1)
            if verb in lexicon.word_list("government_verbs.txt") or verb in lexicon.speech_verbs():
                return True
            if verb.endswith("ed") and verb not in lexicon.word_list("locative_prepositions.txt"):
                return True
        return bool(before) and before.group(1) in lexicon.word_list("government_object_verbs.txt")

    def _looks_like_person(self, words: list[str], start: int) -> bool:
        """Two or three capitalised name-like words, none of them a known word of another kind."""
        if not 2 <= len(words) <= 3:
            return False
        for word in words:
            if not _NAME_WORD.fullmatch(word):
                return False
            if (
                word in self.function_words
                or word in _MONTHS
                or gazetteer.country(word)
                or word.lower() in self.lower_words
                or word in self.titles_by_word
            ):
                return False
        return True

    def _covered(self, pos: int) -> bool:
        """Is the position inside a mention already found? (mentions are sorted first)"""
        i = bisect.bisect_right(self._mention_starts, pos) - 1
        return i >= 0 and pos < self._mention_ends_max[i]

    def _nominal_references(self) -> None:
        """`the mission` refers to the article's named mission when there is exactly one."""
        nouns = {noun: kind for noun, kind in lexicon.tsv_rows("nominal_references.tsv")}
        for noun, kind in nouns.items():
            named = [a for a in self.actors.values() if a.type == kind]
            if len(named) != 1:
                continue
            if noun not in self.body:  # the pattern ends with the noun: no need to search for it
                continue
            key = named[0].key
            for match in _nominal_pattern(noun).finditer(self.body):
                start, end = match.span(1)
                if not self._covered(start):
                    self.mentions.append(Mention(key, start, end, self.body[start:end], self._sentence_at(start)))


def find_actors(doc: Doc) -> ArticleActors:
    """Actors named in one article and all their mentions, in order of appearance."""
    return _Resolver(doc).run()
