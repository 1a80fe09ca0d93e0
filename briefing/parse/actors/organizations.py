"""Organizations, missions and groups: head words, acronyms, body nouns and references back.

Owns the evidence that a name is a body — a head word (`Committee`, `Mission`, `Gang`) that also gives
its type, a lower-case body noun after it (`the Trump administration`, `the Gran Grif gang`), an
acronym the article defines in parentheses or uses as a name, a known name that opens with a digit
(`400 Mawozo`) — and definite references back to the article's one named mission (`the mission`).

Notes: a head word is enough, so a capitalised common noun with one (`Trust Fund`) reads as an
organization; an undefined acronym is an organization whatever it stands for.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from briefing.parse import gazetteer, lexicon
from briefing.parse.actors.people import is_first_name
from briefing.parse.actors.registry import Registry, country_in, department_country, known_organizations
from briefing.parse.actors.tokens import CONNECTORS, lower_word_after
from briefing.parse.doc import Mention
from briefing.parse.scan import WordStartPattern

ACRONYM_DEF = re.compile(r"\s*\((?:the\s+)?([A-Z][A-Za-z.&-]{1,11})\)|,\s+the\s+([A-Z]{2,6}),")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPS_NEIGHBOUR = re.compile(r"\b[A-Z][A-Z’'-]+ $")
_CAPS_AFTER = re.compile(r" [A-Z][A-Z’'-]+\b")
_CLOCK_BEFORE = re.compile(r"\d[:.]\d\d\s$")
#: `Washington, ` before `DC`: a city and a comma right before a capitals word
_CITY_BEFORE = re.compile(r"([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}), $")
_DATELINE = re.compile(r"[A-Z][A-Z .’'-]{2,}(?:, [A-Z][\w .]+)?,? ?")


@functools.lru_cache(maxsize=65536)
def head_word_kind(text: str) -> str | None:
    """The type a name's head words give it (`mission` wins, then `group`, then the last), or None; a name
    of one word gets none (kept: the same names are asked about again and again)."""
    words = text.split()
    org_words = lexicon.org_words()
    kinds = [org_words[w] for w in words if w in org_words]
    if not kinds and is_country_department(text):
        return "organization"
    if not kinds or len(words) == 1:
        return None  # a head word alone (`Centre`, `Council`, `Mission`) is a common noun, no body's name
    if words[-1] in lexicon.word_list("event_heads.txt"):
        return None  # `Department Press Briefing`: an event's title, whatever body word it holds
    kind = "mission" if "mission" in kinds else "group" if "group" in kinds else kinds[-1]
    if kind == "mission" and " Mission to " in text:
        return "organization"  # `the U.S. Mission to the United Nations`: a diplomatic mission, no force
    national = country_in(text) or country_in(" ".join(words[1:]))  # `Royal Canadian Air Force`
    forces = words[-1] in ("Force", "Forces") or (" of " in text and ("Forces" in words or "Force" in words))
    if kind == "mission" and national and forces and kinds.count("mission") == 1:
        kind = "organization"  # a national force (`Jamaica Defence Force`, `Armed Forces of Haiti`), not a mission
    if kind == "publication" and not text.startswith("The "):
        kind = "organization" if org_words.get(words[-1]) != "publication" else "publication"
    return kind


def headline_spans(body: str) -> list[tuple[int, int]]:
    """Lines that are a headline in title case with a pronoun in it (`Ministry Fines Firms and Banker Who Hid
    Them`): a run of capitalised words there is a headline's words, no body's name, however it ends."""
    if "\n" not in body:
        return []
    pronouns = lexicon.word_list("pronouns.txt")
    spans, start = [], 0
    for line in body.split("\n"):
        words = line.split()
        if (
            3 <= len(words) <= 16
            and any(w in pronouns for w in words[1:])
            and not line.rstrip().endswith((".", "!", "?", ":", "”", '"', ","))
            and all(w[:1].isupper() or w in CONNECTORS or w in _HEADLINE_LOWER for w in words)
        ):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


#: lower-case words a title-case headline keeps (`Police Fire on Protesters as They March`)
_HEADLINE_LOWER = frozenset({"a", "an", "in", "at", "to", "as", "on", "by", "with", "from"})


#: `, the company run by`, `, a private security firm that`: an apposition whose head is a body's common noun
_APPOSED_NOUN = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+)"
    r"(?=\s*[,.;]|\s+(?:that|which|run|owned|based|founded|led|behind|of|in|with|whose|set|known)\b)"
)
_APPOSED_TYPES = ("organization", "group")


def apposed_bodies(reg: Registry, spans: list[tuple[int, int]]) -> None:
    """A capitalised name set off by an apposition whose head is a body's common noun (`X Global, the company
    run by …`, `X, a Haitian rights group that …`; `back_reference_nouns.tsv`) names a body of that kind, here
    and wherever the article repeats it, when nothing else (a title, a first name, the gazetteer) reads it.

    Notes: the noun must close the apposition (`X, a company spokesman`, `X, the group's leader` type nothing)."""
    body = reg.body
    if ", a" not in body and ", the" not in body:
        return
    nouns = {row[0]: row[1].split(",")[0] for row in lexicon.tsv_rows("back_reference_nouns.tsv")}
    for start, end in spans:
        found = _APPOSED_NOUN.match(body, end)
        if found is None or nouns.get(found.group(1)) not in _APPOSED_TYPES:
            continue
        text = body[start:end]
        first = text.split(" ", 1)[0]
        if text in reg.apposed or reg.knows(text) or gazetteer.city(text) or is_first_name(first):
            continue
        if first in lexicon.word_list("function_words.txt") or head_word_kind(text) is not None:
            continue  # a body its own words type already, or a sentence's first word
        reg.apposed[text] = reg.organization(text, nouns[found.group(1)])


def is_country_department(text: str) -> bool:
    """`Global Affairs Canada`, `Public Safety Canada`: a country's department (`department_country`)."""
    return bool(department_country(text))


def undefined_acronym(body: str, text: str, start: int, end: int) -> bool:
    """An all-capitals word of 2-6 letters used as a name (`the ATF`), not a label (`ANCHOR:`, `-ENDS-`)."""
    function_words = lexicon.word_list("function_words.txt")
    if not _ACRONYM.fullmatch(text) or text in function_words or text.capitalize() in function_words:
        return False  # `AMID rising violence`: a word written in capitals
    before, after = body[max(0, start - 1) : start], body[end : end + 1]
    clocks = lexicon.word_list("clock_words.txt")
    if before in ("-", "—") or after in (":", "-", "—", "/") or body.startswith(" |", end) or text in clocks:
        return False  # a label (`WATCH |`), a document symbol (`SC/16291`), a time of day (`Meeting (AM)`)
    if body.startswith(". ", end) and f"{text.capitalize()}." in lexicon.word_list("honorifics.txt"):
        return False  # `MR. WIERZBICKI:`, `DR. SMITH`: a courtesy title in capitals
    city = _CITY_BEFORE.search(body, max(0, start - 40), start)
    if city and gazetteer.city(city.group(1)):
        return False  # a state or district after its city (`Washington, DC`, `Miami, FL`)
    if body.endswith(("a.m. ", "p.m. "), 0, start) or _CLOCK_BEFORE.search(body, max(0, start - 7), start):
        return False  # a time zone: `4:50 p.m. ET`, `12:05 GMT`
    if _CAPS_NEIGHBOUR.search(body, max(0, start - 20), start) or _CAPS_AFTER.match(body, end):
        return False  # a word of a headline, label or byline in capitals (`MEDIA NOTE`, `By MARK ELLSWORTH`)
    return not in_dateline(body, start, end)


def in_dateline(body: str, start: int, end: int) -> bool:
    """`JACMEL, Haiti (AP) —`: the agency in brackets after a dateline is the story's source, not an actor."""
    if body[start - 1 : start] != "(" or body[end : end + 1] != ")":
        return False
    line_start = body.rfind("\n", 0, start) + 1
    return _DATELINE.fullmatch(body, line_start, start - 1) is not None


@functools.cache
def body_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.tsv_rows("org_suffix_nouns.tsv")}


@functools.cache
def bare_body_nouns() -> frozenset[str]:
    """Body nouns after which the name is the words before the noun (`the Fanmi Lavalas party`)."""
    return frozenset(row[0] for row in lexicon.tsv_rows("org_suffix_nouns.tsv") if row[2:3] == ("bare",))


def body_noun_after(body: str, end: int) -> tuple[str, str] | None:
    """(noun, type) when a lower-case body noun follows the name (`... administration`, `... gang`)."""
    noun = lower_word_after(body, end)
    if noun is None or noun not in body_nouns():
        return None
    return noun, body_nouns()[noun]


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


def numbered_names(reg: Registry) -> list[tuple[int, int]]:
    """Known names that start with a number (`400 Mawozo`), which no capitalised phrase begins."""
    pattern = _numbered_pattern()
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(reg.body):
        key = reg.organization(*reg.known_orgs[gazetteer.fold(match.group())])
        reg.add_mention(key, match.start(), match.end(), reg.sentence_at(match.start()))
        spans.append(match.span())
    return spans


@functools.cache
def _nominal_pattern(noun: str) -> WordStartPattern:
    """`the mission`, `this Kenya-led force`, `the multinational security mission`: a reference by `noun`."""
    if not all(word[:1].isalnum() for word in lexicon.word_list("determiners.txt")):
        raise ValueError("determiners.txt: every determiner must begin with a letter")
    determiners = "|".join(lexicon.word_list("determiners.txt"))
    modifier = rf"(?!(?:{determiners})\b)[a-z][\w-]*\s+"
    led = r"(?:[A-Z][\w.’'-]*-[a-z]+\s+)?"  # `the Kenya-led mission`: the reference starts after it
    return WordStartPattern(rf"(?:{determiners})\s+{led}((?:{modifier}){{0,2}}{noun})\b")


def _coverage(mentions: list[Mention]) -> Callable[[int], bool]:
    """Is a position inside one of the (sorted) mentions?"""
    starts = [m.start for m in mentions]
    ends_max = list(itertools.accumulate((m.end for m in mentions), max))

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends_max[i]

    return covered


_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z]{2,6})\)")
_LOWER_RUN = re.compile(r"(?<![\w’'-])((?:[a-zß-ÿ][\wß-ÿ’'-]* ){2,6})$")
_LOWER_JOINERS = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "la", "le"})


@functools.cache
def lower_case_names() -> tuple[str, ...]:
    """Known names written in lower case (`transitional presidential council`): organizations.tsv aliases."""
    return tuple(name for name in known_organizations() if " " in name and name == name.lower())


def lower_case_bodies(reg: Registry) -> None:
    """Institutions written in lower case: a run of lower-case words right before a parenthesised acronym
    whose letters are the words' initials, in English or French order (`the transitional presidential
    council (CPT)`: T-P-C read backwards, as in `conseil présidentiel de transition`), and names the
    gazetteer knows in lower case. The acronym is defined, and every repetition of the words is a mention.

    Notes: connectors (`of`, `for`) inside the run give no letter; a run that opens with one is cut."""
    body = reg.body
    names: dict[str, str] = {}
    if " (" in body:
        for match in _ACRONYM_IN_BRACKETS.finditer(body):
            run = _LOWER_RUN.search(body, max(0, match.start() - 80), match.start() + 1)
            acronym = match.group(1)
            words = run.group(1).split() if run else []
            for size in range(len(words), 1, -1):
                part = words[-size:]
                if part[0] in _LOWER_JOINERS:
                    continue
                letters = "".join(w[0] for w in part if w not in _LOWER_JOINERS).upper()
                if acronym in (letters, letters[::-1]):
                    text = " ".join(part)
                    kind = head_word_kind(" ".join(w.capitalize() for w in part)) or "organization"
                    key = names[text] = reg.organization(text, kind)
                    reg.acronyms[acronym] = key
                    reg.actors[key].aliases.add(acronym)
                    break
    for folded in lower_case_names():
        if folded in body and folded not in names:
            names[folded] = reg.organization(*reg.known_orgs[folded])
    for text, key in names.items():
        for start in _word_bounded(body, text):
            reg.add_mention(key, start, start + len(text), reg.sentence_at(start))


def _word_bounded(body: str, text: str) -> list[int]:
    """Starts of `text` in `body` as whole words."""
    found, start = [], body.find(text)
    while start >= 0:
        end = start + len(text)
        if (start == 0 or not body[start - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            found.append(start)
        start = body.find(text, end)
    return found


_LED = re.compile(r"-led\s+((?:[a-z][\w-]*\s+){0,2}(mission|force|operation))\b")
_LEADER = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]*)$")


@functools.cache
def led_missions() -> dict[str, str]:
    """ISO3 -> the mission that country is known to lead (`led_missions.tsv`)."""
    return dict(lexicon.tsv_rows("led_missions.tsv"))


def led_references(reg: Registry) -> None:
    """`the Kenyan-led mission`, `a Kenya-led security force`: the mission the leader leads.

    That is the named mission the article itself writes as led by the same country (`the Kenya-led
    Multinational Security Support Mission`), else the one the country is known to lead
    (`led_missions.tsv`), else the article's only named mission. A mission named otherwise (the Gang
    Suppression Force beside a Kenyan-led mission) stays its own.

    Notes: the leader must be a country (`UN-led mission` is left to `nominal_references`); only the
    lower-case words after `-led` are the mention, so `Kenya` stays the leader's own mention."""
    if "-led" not in reg.body:
        return
    covered = _coverage(reg.mentions)
    written = _missions_written_as_led(reg)
    for match in _LED.finditer(reg.body):
        leader = _LEADER.search(reg.body, max(0, match.start() - 40), match.start())
        start, end = match.span(1)
        iso3 = gazetteer.country(leader.group(1)) if leader else None
        if not iso3 or covered(start):
            continue
        key = _mission_led_by(reg, iso3, written)
        if key is not None:
            reg.mentions.append(Mention(key, start, end, reg.body[start:end], reg.sentence_at(start)))


def _missions_written_as_led(reg: Registry) -> dict[str, str]:
    """ISO3 -> the first named mission the article writes right after that country's `-led `, read once."""
    written: dict[str, str] = {}
    for mention in reg.mentions:
        if reg.actors[mention.key].type == "mission" and reg.body.endswith("-led ", 0, mention.start):
            leader = _LEADER.search(reg.body, max(0, mention.start - 45), mention.start - 5)
            iso3 = gazetteer.country(leader.group(1)) if leader else None
            if iso3:
                written.setdefault(iso3, mention.key)
    return written


def _mission_led_by(reg: Registry, iso3: str, written: dict[str, str]) -> str | None:
    if iso3 in written:
        return written[iso3]
    if iso3 in led_missions():
        return reg.organization(led_missions()[iso3], "mission")
    missions = [a for a in reg.actors.values() if a.type == "mission"]
    return missions[0].key if len(missions) == 1 else None


def nominal_references(reg: Registry) -> None:
    """`the mission` refers to the article's named mission when there is exactly one; with several, to the
    one named most often so far (the mission the story is about), when one is named more than the others."""
    covered = _coverage(reg.mentions)
    nouns = {noun: kind for noun, kind in lexicon.tsv_rows("nominal_references.tsv")}
    for noun, kind in nouns.items():
        named = [a for a in reg.actors.values() if a.type == kind]
        if not named or noun not in reg.body:  # the pattern ends with the noun: no need to search for it
            continue
        tally = _Tally(reg.mentions, {a.key for a in named})
        for match in _nominal_pattern(noun).finditer(reg.body):
            start, end = match.span(1)
            key = named[0].key if len(named) == 1 else tally.most_named_before(start)
            if key and not covered(start):
                reg.mentions.append(Mention(key, start, end, reg.body[start:end], reg.sentence_at(start)))


_THE_HEAD = re.compile(r"\b[Tt]he ([a-z]+|[A-Z][a-z]+)\b(?! [A-Z])")


def head_references(reg: Registry) -> None:
    """`the union says`, `the authority would`, `the Secretariat said`: `the` and a head word alone
    (`head_references.txt`, in lower case or capitalised; `head_references_capitalised.txt`, capitalised only,
    as `the council` is often another council) refer to the article's one organization whose name holds
    that head word, where no other mention is."""
    heads = lexicon.word_list("head_references.txt")
    capitalised = lexicon.word_list("head_references_capitalised.txt")
    owners: dict[str, list[str]] = collections.defaultdict(list)
    for actor in reg.actors.values():
        if actor.type == "organization":
            for word in set(actor.name.split()) & heads:
                owners[word.lower()].append(actor.key)
            for word in set(actor.name.split()) & capitalised:
                owners[word].append(actor.key)
    owners = {noun: keys for noun, keys in owners.items() if len(keys) == 1}
    if not owners:
        return
    covered = _coverage(reg.mentions)
    for match in _THE_HEAD.finditer(reg.body):
        word = match.group(1)
        keys = owners.get(word) if word in capitalised else owners.get(word.lower())
        start, end = match.span(1)
        if keys and not covered(start):
            reg.mentions.append(Mention(keys[0], start, end, reg.body[start:end], reg.sentence_at(start)))


def tail_references(reg: Registry) -> None:
    """`the Royal Bahamas Defence Force` … `the Defence Force said`, `the OECS Commission` … `the Commission`: an
    organization whose name is the last words of exactly one longer organization or mission named before it is
    that body again; its mentions move to it (and its name becomes an alias). Two longer candidates
    (`Barbados Defence Force` and `Royal Bahamas Defence Force`) leave it as it is. A one-word body the
    lexicon knows (`Treasury`, `Primature`) is the one longer body that ends or opens with its word, named
    before or after it (`Now Treasury tells us …` … `National Treasury officials`, `the Treasury Department`)."""
    bodies = [a for a in reg.actors.values() if a.type in ("organization", "mission")]
    if len(bodies) < 2:
        return
    first_seen: dict[str, int] = {}
    for mention in reg.mentions:
        first_seen.setdefault(mention.key, mention.start)
    moved: dict[str, str] = {}
    for short in bodies:
        words = short.name.split()
        if len(words) > 2 or short.key not in first_seen:
            continue
        one = len(words) == 1 and gazetteer.fold(short.name) in reg.known_orgs  # a known one-word body
        longer = [
            b.key
            for b in bodies
            if b.key != short.key
            and len(b.name.split()) > len(words)
            and (b.name.split()[-len(words) :] == words or (one and b.name.split()[0] == words[0]))
            and b.key in first_seen
        ]
        if len(longer) == 1 and (one or first_seen[longer[0]] < first_seen[short.key]):
            moved[short.key] = longer[0]
    if not moved:
        return
    for i, mention in enumerate(reg.mentions):
        if mention.key in moved:
            reg.mentions[i] = dataclasses.replace(mention, key=moved[mention.key])
    for short, long in moved.items():
        reg.actors[long].aliases.add(reg.actors[short].name)
        del reg.actors[short]
    for actor in reg.actors.values():  # a person affiliated with the short name belongs to the long one
        if actor.affiliation in moved:
            actor.affiliation = moved[actor.affiliation]


class _Tally:
    """How often each of `keys` is mentioned before a position, counted in one walk over the sorted mentions
    as the positions asked for grow (the references are found in order)."""

    def __init__(self, mentions: list[Mention], keys: set[str]) -> None:
        self.mentions, self.keys, self.at = mentions, keys, 0
        self.counts: collections.Counter[str] = collections.Counter()

    def most_named_before(self, before: int) -> str | None:
        """The key mentioned most often before `before`, or None when two are mentioned as often."""
        while self.at < len(self.mentions) and self.mentions[self.at].start < before:
            mention = self.mentions[self.at]
            if mention.key in self.keys and mention.end <= before:
                self.counts[mention.key] += 1
            self.at += 1
        ranked = self.counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


#: `the fund`, `its trust fund`, `a UN trust fund`, `the U.N.'s dedicated trust fund`: what stands before a
#: fund written as a noun (searched back from each `fund`, which is rare, rather than over the whole text)
_FUND_BEFORE = re.compile(
    r"\b((?i:the|its|a|this|that))\s+(?:(?:UN|U\.N\.|United\s+Nations)(?:[’']s)?\s+)?(?:[a-z]+\s+){0,2}?$"
)


class _Fund(NamedTuple):
    """A fund written as a noun: where its determiner starts, and the span of `fund` / `trust fund`."""

    determiner: int
    start: int
    end: int


def _funds(body: str) -> list[_Fund]:
    found = []
    at = body.find("fund")
    while at >= 0:
        after = body[at + 4 : at + 5]
        if not (after.isalnum() or after == "-") and not body[at - 1 : at].isalnum():
            start = at - 6 if body.endswith("trust ", 0, at) else at
            lead = _FUND_BEFORE.search(body, max(0, start - 60), start)
            if lead:
                found.append(_Fund(lead.start(1), start, at + 4))
        at = body.find("fund", at + 4)
    return found


#: `fund for the Multinational …`, `fund set up for the mission`: the fund says whose it is
_FUND_FOR = re.compile(r"\s+(?:(?:set\s+up|established|created)\s+)?for\s+(?:the\s+)?")


def fund_references(reg: Registry) -> bool:
    """`the trust fund`, `the fund`, `its trust fund`: the fund that pays for the article's mission is a
    mention of that mission, so `Canada paid $20 million into the fund` funds it. The mission is the one a
    fund is written for (`the UN trust fund for the GSF`), else the article's only mission. True when a
    mention was added.

    Notes: a fund of anything else (`a humanitarian fund` beside no mission) refers to nothing; with two
    missions and no `fund for …`, the fund is left unresolved."""
    if "fund" not in reg.body:
        return False
    matches = _funds(reg.body)
    if not matches:
        return False
    starts = [m.start for m in reg.mentions]
    missions = [a.key for a in reg.actors.values() if a.type == "mission"]
    owner = None
    for match in matches:
        lead = _FUND_FOR.match(reg.body, match.end)
        if lead:
            i = bisect.bisect_left(starts, lead.end())
            if i < len(starts) and starts[i] == lead.end() and reg.actors[reg.mentions[i].key].type == "mission":
                owner = reg.mentions[i].key
                break
    if owner is None and len(missions) == 1:
        owner = missions[0]
    if owner is None and not missions:
        return False
    covered = _coverage(reg.mentions)
    added = False
    for match in matches:
        start, end = match.start, match.end
        key = _possessor_mission(reg, starts, match) or owner
        if key is not None and not covered(start):
            reg.mentions.append(Mention(key, start, end, reg.body[start:end], reg.sentence_at(start)))
            added = True
    return added


def _possessor_mission(reg: Registry, starts: list[int], match: _Fund) -> str | None:
    """`Its trust fund`: the mission named last before the pronoun, in the sentence before or its own."""
    if reg.body[match.determiner : match.determiner + 3].lower() != "its":
        return None
    floor = reg.doc.sentence_at(match.determiner)
    previous = reg.doc.sentence_at(floor.start - 2) if floor is not None and floor.start >= 2 else floor
    lowest = previous.start if previous is not None else 0
    for i in range(bisect.bisect_left(starts, match.determiner) - 1, -1, -1):
        mention = reg.mentions[i]
        if mention.start < lowest:
            break
        if reg.actors[mention.key].type == "mission":
            return mention.key
    return None
