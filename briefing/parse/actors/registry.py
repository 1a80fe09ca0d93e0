"""The registry of one article's actors: who has been found, under which names, and every mention.

Owns actor identity within an article — keys (`person:…`, `country:KEN`, `place:Jacmel HTI`), the
canonical name and attributes first given, the aliases a mention adds, the acronyms the article
defines and the surnames of the people it names — and `actor_id`, the stable id across articles.
It does not decide what a phrase is; the resolver asks it to record what was decided.

A body the organizations lexicon knows keeps the lexicon's name in its key (so its id is one across
articles) but is named as the article first writes it in full (`World Food Programme` where the lexicon
says `United Nations World Food Programme`, or the other way round); an acronym, a one-word form
(`WFP`, `Caricom`) or the lexicon's name cut short (`Multinational Security Support`) takes the lexicon's name.
The lexicon's name is an alias of a body named otherwise, so the body answers to it as well.

Notes: an attribute once set is never overwritten (the first, usually fullest, mention wins); a surname
points at the first person who bore it, so two people sharing a surname merge under the first.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from briefing.parse import gazetteer, lexicon
from briefing.parse.doc import Actor, Doc, Mention


@functools.lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    folded = gazetteer.fold(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


@functools.lru_cache(maxsize=65536)
def actor_id(key: str) -> str:
    """Readable id derived from the actor's identity, stable across runs (kept: asked for again and again)."""
    kind, _, rest = key.partition(":")
    return f"{kind}-{_slug(rest)}"


#: `UN `, `U.N. `, `United Nations ` before a body's name: the same body (`UN Office for the Coordination of
#: Humanitarian Affairs` is the lexicon's `Office for the Coordination of Humanitarian Affairs`)
_UN_PREFIX = re.compile(r"(?:the )?(?:United Nations|U\.N\.|UN) (?=[A-Z])")


def known_organization(known: dict[str, tuple[str, str]], name: str) -> tuple[str, str] | None:
    """(canonical name, type) of a body the lexicon knows by this name, or by this name without a leading
    `UN`/`United Nations`, else None. (Not the other way: a bare `General Assembly` may be another body's.)"""
    found = known.get(gazetteer.fold(name))
    if found is not None:
        return found
    prefix = _UN_PREFIX.match(name)
    if prefix is not None and " " in name[prefix.end() :]:
        return known.get(gazetteer.fold(name[prefix.end() :]))
    return None


def written_in_full(text: str) -> bool:
    """Is a written name a body's full name (`World Food Programme`) rather than its acronym or a short
    word (`WFP`, `U.N.`, `Caricom`)? Several words, not all in capitals."""
    return " " in text.strip() and not text.replace(".", "").replace(" ", "").isupper()


@functools.cache
def known_organizations() -> dict[str, tuple[str, str]]:
    """Folded name or alias -> (canonical name, type) from the organizations lexicon."""
    known: dict[str, tuple[str, str]] = {}
    for row in lexicon.tsv_rows("organizations.tsv"):
        name, kind = row[0], row[1]
        for alias in [name, *(row[2].split(";") if len(row) > 2 else [])]:
            if alias.strip():
                known[gazetteer.fold(alias.strip())] = (name, kind)
    return known


@functools.lru_cache(maxsize=65536)
def country_in(name: str) -> str:
    """ISO3 of a country or demonym that opens a name (`Haitian National Police`), of a country after its last
    `of` (`Armed Forces of Haiti`), or of the country whose department the name is (`Global Affairs Canada`).
    (Kept: every mention of a body asks it again, of the same few names.)"""
    words = name.split()
    for size in range(min(4, len(words)), 0, -1):
        iso3 = gazetteer.country(" ".join(words[:size]))
        if iso3:
            return iso3
    if " of " in name:  # `Armed Forces of Haiti`, `Embassy of Kenya`: a country closing the name after `of`
        iso3 = gazetteer.country(name.rsplit(" of ", 1)[1].removeprefix("the "))
        if iso3:
            return iso3
    return department_country(name)


def department_country(text: str) -> str:
    """ISO3 of `Canada` in `Global Affairs Canada`: a department's words (`country_departments.txt`) before a
    country's own name name that country's department, not the country; else ""."""
    head, _, last = text.rpartition(" ")
    if not head or head not in lexicon.word_list("country_departments.txt"):
        return ""
    return gazetteer.country_names().get(gazetteer.fold(last), "")


#: `U.S. Embassy in Bridgetown`: a post and the capital it sits in (`seat_heads.txt`)
_SEAT = re.compile(r"(?P<post>.+ (?P<head>[A-Z][a-z]+)) in [A-Z][\w’'.-]*(?:[ -][A-Z][\w’'.-]*){0,3}")


def short_names(name: str) -> set[str]:
    """The shorter names a body written in full also goes by: a post without its seat (`U.S. Embassy in
    Bridgetown` is the `U.S. Embassy`) and a state's body without the country that opens its name (the
    `US Bureau of …` and the `Haitian Ministry of …` are the `Bureau of …` and the `Ministry of …`).

    Notes: only an office `of` something or a post loses its country, so `Haitian National Police` keeps it."""
    found = set()
    seat = _SEAT.fullmatch(name)
    if seat is not None and seat.group("head") in lexicon.word_list("seat_heads.txt"):
        found.add(seat.group("post"))
        name = seat.group("post")
    words = name.split()
    for size in (1, 2):
        rest = words[size:]
        if len(rest) < 2 or not rest[0][:1].isupper() or not gazetteer.country(" ".join(words[:size])):
            continue
        if " of " in " ".join(rest) or rest[0] in lexicon.word_list("seat_heads.txt"):
            found.add(" ".join(rest))
        break
    return found


class Registry:
    """One article's actors, mentions and the names it has taught (acronyms, full names, surnames)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = doc.body
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, str] = {}  # acronym -> actor key
        self.surnames: dict[str, str] = {}  # surname -> person key
        self.person_names: dict[str, str] = {}  # full name -> person key
        self.known_orgs = known_organizations()
        self.about: frozenset[str] = frozenset()  # ISO3 of the countries the article names (`countries_named`)
        self.home = ""  # ISO3 of the story's own country (`places.home_country`), "" when none stands out
        self.apposed: dict[str, str] = {}  # name -> key of a body an apposition types (`X, the company …`)

    def actor(self, key: str, name: str, kind: str, **attrs: object) -> Actor:
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, name, kind)
        for attr, value in attrs.items():
            if value and not getattr(actor, attr):
                setattr(actor, attr, value)
        return actor

    def country(self, iso3: str) -> str:
        place = gazetteer.country_places()[iso3]
        key = f"country:{iso3}"
        self.actor(key, place.name, "country", country=iso3, lat=place.lat, lon=place.lon)
        return key

    def city(self, place: gazetteer.Place) -> str:
        key = f"place:{place.name} {place.iso3}"
        self.actor(key, place.name, "place", country=place.iso3, lat=place.lat, lon=place.lon)
        return key

    def organization(self, name: str, kind: str) -> str:
        if kind == "publication":
            kind = "organization"
        elif name.startswith("The "):
            name = name[4:]
        known = known_organization(self.known_orgs, name)
        written = name
        if known is not None:
            name, kind = known
            # `Multinational Security Support` (before `mission`) is the lexicon's name cut short: that name is fuller
            cut_short = gazetteer.fold(name).startswith(gazetteer.fold(written))
            written = written if written_in_full(written) and not cut_short else name
        key = f"{kind}:{name}"
        actor = self.actor(key, written, kind, country=country_in(name) or country_in(written))
        if actor.name != name:
            actor.aliases.add(name)  # the lexicon's name stays a name of the body (`United Nations Security Council`)
        if known is None:
            actor.aliases.update(short_names(written))
        return key

    def person(self, name: str, role: str = "", country: str = "") -> str:
        key = self.person_names.get(name) or self.surnames.get(name) or self._known_by_surname(name) or f"person:{name}"
        self.actor(key, name, "person", role=role, country=country)
        self.person_names[name] = key
        parts = name.split()
        for i in range(1, len(parts)):  # `Almonte Peña` and `Peña` both name Rafael Almonte Peña
            self.surnames.setdefault(" ".join(parts[i:]), key)
        return key

    def _known_by_surname(self, name: str) -> str | None:
        """`Carlos Ruiz Massieu` after a first pass that learnt `Mr. Ruiz Massieu`: the person known so far by
        the surname alone takes the full name and the full name's key (the identity across articles); the
        surname stays an alias, and what named the old key names the new one."""
        parts = name.split()
        for i in range(1, len(parts)):
            tail = " ".join(parts[i:])
            old = self.person_names.get(tail)
            if old is None or self.actors[old].name != tail or old == f"person:{name}":
                continue
            new = f"person:{name}"
            actor = self.actors.pop(old)
            actor.key, actor.name = new, name
            actor.aliases.add(tail)
            self.actors[new] = actor
            for names in (self.person_names, self.surnames, self.acronyms):
                for written, key in names.items():
                    if key == old:
                        names[written] = new
            for k, mention in enumerate(self.mentions):
                if mention.key == old:
                    self.mentions[k] = dataclasses.replace(mention, key=new)
            return new
        return None

    def add_mention(self, key: str, start: int, end: int, sentence: int) -> None:
        self.mentions.append(Mention(key, start, end, self.body[start:end], sentence))
        text = self.body[start:end]
        actor = self.actors[key]
        if gazetteer.fold(text) != gazetteer.fold(actor.name):
            actor.aliases.add(text)

    def sentence_at(self, pos: int) -> int:
        sentence = self.doc.sentence_at(pos)
        return sentence.index if sentence is not None else -1

    def knows(self, text: str) -> bool:
        """Is the phrase already a known actor of its own (so a following noun does not extend it)?"""
        return bool(
            gazetteer.country(text)
            or gazetteer.city(text)
            or known_organization(self.known_orgs, text) is not None
            or text in self.acronyms
            or text in self.person_names
            or text in self.surnames
        )


def countries_named(texts: list[str]) -> frozenset[str]:
    """ISO3 of every country a phrase names by one or two of its words or as a whole, a U.S. state counting
    as the United States and an unambiguous Haitian place as Haiti: what the article is about, for geocoding."""
    named: set[str] = set()
    for text in set(texts):  # a phrase written again names the same countries
        named.update(_countries_of_phrase(text))
    return frozenset(named)


@functools.lru_cache(maxsize=65536)
def _countries_of_phrase(text: str) -> frozenset[str]:
    """The countries one phrase names by one or two of its words or as a whole (kept: the same phrases
    recur across articles, and each asks up to twice as many questions as it has words)."""
    words = text.split()
    named = set(map(_country_named, {text, *words, *(" ".join(pair) for pair in itertools.pairwise(words))}))
    named.discard("")
    return frozenset(named)


@functools.lru_cache(maxsize=65536)
def _country_named(part: str) -> str:
    """The country one phrase part points at, or "" (`Georgia`, both a country and a state, points at neither)."""
    folded = gazetteer.fold(part)
    iso3 = gazetteer.country(part)
    if folded in gazetteer.us_states():
        return "" if iso3 else "USA"
    if iso3:
        return iso3
    haitian = gazetteer.haitian_places().get(folded)
    return gazetteer.HAITI if haitian is not None and not haitian.ambiguous else ""
