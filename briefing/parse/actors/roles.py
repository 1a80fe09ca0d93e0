"""Roles written around a person's name in lower case, and the words that date a title.

Owns three readings, made once every mention of the article is known:
- a lower-case role right before a name: `opposition politician X`, `former prime minister X`, `acting
  police chief X` (a role noun from `lexicons/role_nouns.txt`, at most one word before it, and a modifier);
- a modifier before a capitalised title: `interim Prime Minister X`, `Haiti's acting Commissioner X`
  (`lexicons/role_modifiers.txt`), so that a roles table over time can tell a former office from a current one;
- an apposition after a name: `X, a spokesperson for …`, `X, a security analyst at …`.
A role first found by a title (`people.titled_person`) is kept; these only fill a person's missing role or
date it. Last, a title `of` a body (`Inspector General of Police`) affiliates the person with the article's
one organization of that name (`Haitian National Police`) when no other affiliation is stated.

Notes: a role stated in another sentence (`He was prime minister until 2024`) is not found; a role noun
that is not in the list (`X, a shopkeeper, said`) is not either.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefing.parse import gazetteer, lexicon
from briefing.parse.actors.people import titles_by_first_word
from briefing.parse.actors.registry import Registry
from briefing.parse.actors.tokens import CONNECTORS
from briefing.parse.doc import Mention

_WORDS_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Za-z][a-z-]*\s+){1,4})$")
#: `, a spokesperson for`, `, the opposition politician who`, `, the government’s delegate for`, `, a Haitian
#: security analyst based in`: an apposition's words (an owner's possessive or a demonym may open them)
_APPOSITION_WORDS = (
    # `X, 51, a rice farmer from`, `X, a 52-year-old trader who`: an age before or inside the apposition
    r"(?:\d{1,3},\s+)?(?:(?:an?|the)\s+)?(?:\d{1,3}-year-old\s+)?(?:[\w.-]+[’']s\s+)?([A-Z][a-z]+\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    # `, a street vendor selling …`: a participle after the role noun ends it too
    r"(?=\s+(?:for|of|at|with|in|on|from|who|whose|which|that|based)\b|\s+[a-z]+ing\b|\s*[,.;])"
)
_APPOSITION = re.compile(r",\s+" + _APPOSITION_WORDS)
#: `X is a businessman based in …`: a role noun phrase after `is` and an article, read as an apposition is
_COPULA = re.compile(r"\s+is\s+(?=(?:an?|the)\s)" + _APPOSITION_WORDS)
#: `Haiti’s justice minister, X,`, `The group’s director, X,`, `one resident, X,`: a lower-case role before a
#: name set off by commas, after an owner's possessive or a determiner
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=\s))(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Za-z][\w.-]*[’']s|[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    # `Panama’s U.N. ambassador, X,`: a body's acronym may open the role
    r"((?:[A-Z](?:\.?[A-Z]){1,4}\.?\s+)?(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)"
    # `Haiti’s ambassador to the OECS, X,`, `The IOM’s chief of mission in Haiti, X,`: where the role is held
    r"(?:\s+(?:of\s+[a-z]+\s+|)(?:to|in|at|for)\s+(?:the\s+|)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|),\s+$"
)
#: `and Haiti’s`: a possessive owner after `and` opens another title (`Minister X and Haiti’s Minister …`)
#: `the president of the Transitional Presidential Council, X,`, `Haiti’s ambassador to Kenya, X,`, `The U.S.
#: ambassador to the United Nations, X,`: a lower-case role, then the body it belongs to or the post it holds
_ROLE_OF_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=\s))(?:(?:The|the)\s+)?((?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*[’']s\s+|[A-Z]\.[\w.]+\s+|[Tt]he\s+|[Ii]ts\s+|[Aa]n?\s+)"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(of|to|at|for)\s+(?:the\s+)?"
    # `the Ministry of Mines and Quarries (MMQ)`: the body's name may hold connectors and close with its acronym
    r"([A-Z][\w.’'-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,7})"
    r"(\s+[a-z]+)?(?:\s+\([A-Z][\w.&-]{1,11}\))?,\s+$"
)
#: `Opposition spokesperson on national security, X,`, `opposition spokesman on security X`: a role and the
#: portfolio it speaks on or for, in lower case (the first word capitalised where it opens the sentence)
_ROLE_ON_TOPIC = re.compile(
    r"(?:^|(?<=\s))((?:([A-Za-z][a-z-]*)\s+)?([a-z][a-z-]*)\s+(?:on|for)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*))"
    r"(?:,\s+|\s+)$"
)
#: `Chen Mechan, whose leader X`, `…, whose secretary general, X,`: the body a relative `whose` role belongs to
_WHOSE_ROLE = re.compile(r",\s+whose\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*),?\s+$")
#: `its general coordinator, X`: a possessive pronoun for a body opens the role (see `_pronoun_owner`)
_ITS = re.compile(r"[Ii]ts\s")
_PRONOUN_OWNER = -2
_AND_OWNER = re.compile(r"\band\s+(?=[A-Z][\w.-]*[’']s\s)")
_REACH = 160  # characters before or after a name that a role around it may take
_MODIFIER_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)\s+$")
_TITLE_WORD = r"(?:[A-Z][\w.’'-]*|of|for|to|on|and|the|a\.i\.)"  # `a.i.`: ad interim
#: spaces between a title's words: a title never runs on to the next line (`X, Deputy Spokesperson` then `Washington`)
_GAP = r"[^\S\n]+"
#: `The Ambassador of Canada to Haiti, X,` and `Haiti’s Minister of Foreign Affairs and Worship, X,`
#: (`in` too: `The Humanitarian Coordinator in Haiti, X,`; the place is cut off the role)
_TITLE_BEFORE_COMMA = re.compile(rf"((?:[A-Z][\w.’'-]*)(?:{_GAP}(?:{_TITLE_WORD}|in)){{0,12}}),\s+$")
#: `The Minister of Mines, Quarries and Roads, X,`: a portfolio of several words listed with commas, the
#: last joined by `and`
_TITLE_LIST_BEFORE_COMMA = re.compile(
    rf"((?:[A-Z][\w.’'-]*)(?:{_GAP}{_TITLE_WORD}){{0,8}}{_GAP}of(?:{_GAP}the)?{_GAP}[A-Z][\w’'-]*(?:{_GAP}[A-Z][\w’'-]*){{0,3}}"
    rf"(?:,{_GAP}[A-Z][\w’'-]*(?:{_GAP}[A-Z][\w’'-]*){{0,3}})+,?{_GAP}and(?:{_GAP}[A-Z][\w’'-]*){{1,4}}),\s+$"
)
#: `Dr. `, `Me `: a form of address or a courtesy title right before a name
_COURTESY_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][a-zî]{0,6}\.?)\s+$")
#: `X, Minister of Foreign Affairs, announced`, `X, IOM Chief of Mission in Haiti.` (the role ends before `in`)
_TITLE_AFTER_COMMA = re.compile(
    rf",\s+((?:[A-Z][\w.’'-]*)(?:{_GAP}{_TITLE_WORD}){{0,12}})"
    rf"(?=[,.;]|\s+in\s+[A-Z]|\s+\([A-Z][\w.&-]{{1,11}}\)\s*[,.;]|(?<!\.)(?=\n|$))"  # `(UNICEF),` may close it
)
#: `, Executive Director of the United Nations Office on Drugs and Crime (UNODC), who …`: the title's words,
#: wherever they end
_TITLE_OPENING_APPOSITION = re.compile(rf",\s+((?:[A-Z][\w.’'-]*)(?:{_GAP}{_TITLE_WORD}){{0,12}})")
#: `… Coordinator in Haiti`: a place after `in` ending a comma-set title
_IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")
_OWNER = re.compile(
    r"^(?:(?:The|the)\s+)?(?:(?:current|new|outgoing)\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:[’']s|(?<=s)[’'])\s+)?"
)


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(modifiers, role nouns, words never inside a role: `role_breaks.txt` and speech verbs)."""
    stop = frozenset(w.lower() for w in lexicon.word_list("role_breaks.txt") | set(lexicon.speech_verbs()))
    return lexicon.word_list("role_modifiers.txt"), lexicon.word_list("role_nouns.txt"), stop


def role_nouns() -> frozenset[str]:
    """The nouns that close a role (`role_nouns.txt`)."""
    return _vocabulary()[1]


def role_before(before: str, at_sentence_start: bool) -> str:
    """`former prime minister ` -> `former prime minister`: the lower-case role that ends right before a name."""
    modifiers, nouns, stop = _vocabulary()
    found = _WORDS_BEFORE.search(before)
    if found is None:
        return ""
    words = found.group(1).split()
    for size in (3, 2, 1):  # `chief of mission`, `prime minister`, `senator`
        if size == 3:
            if (
                len(words) >= 3
                and words[-2] == "of"
                and words[-3].lower() in nouns
                and words[-1].islower()
                and words[-1] not in nouns
            ):
                break
        elif len(words) >= size and " ".join(words[-size:]).lower() in nouns:
            break
    else:
        return ""
    start = len(words) - size
    opening = at_sentence_start and found.start() == 0  # the words open the sentence: the first is capitalised
    lower = start and (words[start - 1].islower() or (start == 1 and opening))
    if lower and words[start - 1].lower() not in modifiers and words[start - 1].lower() not in stop:
        start -= 1  # `opposition politician`, `police spokesperson`; not `Police` in `National Police spokesman`
    if start and words[start - 1].lower() in modifiers:
        start -= 1
    role = words[start:]
    opens = opening and start == 0
    if any(w.lower() in stop and w != "of" for w in role) or not all(
        w.islower() or (i == 0 and opens) for i, w in enumerate(role)
    ):
        return ""
    if len(role) == 1 and role[0].lower() in modifiers:
        return ""
    return " ".join(role)


def role_after(body: str, end: int) -> str:
    """`, a spokesperson for` -> `spokesperson`: a role noun phrase in an apposition right after a name."""
    _, nouns, stop = _vocabulary()
    found = _APPOSITION.match(body, end) or _COPULA.match(body, end)
    if found is None:
        return ""
    words = found.group(2).split()
    if words[-1] not in nouns or any(w in stop or w.endswith("ing") for w in words):
        return ""
    qualifier = (found.group(1) or "").strip()
    if qualifier and not gazetteer.country(qualifier):
        words.insert(0, qualifier)  # `an Americas researcher`, `the Conservative critic`; no nationality word
    topic = _TOPIC_AFTER.match(body, found.end(2))
    if topic and not any(w in stop and w != "and" for w in topic.group(1).split()[1:]):
        words.append(topic.group(1))  # `the Conservative critic for international development,`
    elif (remit := _REMIT_AFTER.match(body, found.end(2))) is not None and not _bodys_noun(remit.group(1)):
        words.append(remit.group(1))  # `special representative of the secretary-general,`
    return " ".join(words)


#: ` for international development,`: the portfolio a role speaks for, in lower case, closing an apposition
#: ` of the secretary-general,`: the office or body a role is of, in lower case, closing an apposition
_REMIT_AFTER = re.compile(r"\s+(of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,.;])")
_TOPIC_AFTER = re.compile(r"\s+((?:on|for)\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)(?=\s*[,.;])")


def role_before_comma(body: str, near: int, start: int) -> tuple[str, int]:
    """`Haiti’s justice minister, ` -> (`justice minister`, where `’s` stands or -1): a lower-case role set off
    before a name, and its owner's possessive."""
    _, nouns, stop = _vocabulary()
    found = _ROLE_BEFORE_COMMA.search(body, near, start)
    if found is None:
        return "", -1
    words = found.group(1).split()
    if words[0][:1].isupper() and gazetteer.country(words[0]):
        return "", -1  # `the U.S. ambassador to …, X,`: a country's acronym is the owner (`role_of_before_comma`)
    while len(words) > 1 and words[0] in stop:
        words = words[1:]  # `last president` -> `president`
    of_noun = len(words) >= 3 and words[-2] == "of" and words[-3] in nouns  # `chief of mission`
    inside = words[:-2] + words[-1:] if of_noun else words  # the `of` joining the two nouns breaks nothing
    remit = next((k for k in range(len(words) - 2, 0, -1) if words[k] == "of" and words[k - 1] in nouns), None)
    if remit is not None and words[remit + 1 : remit + 2] == ["the"] and _back_reference(words[remit + 2 :]):
        words, remit = words[:remit], None  # `the president of the institution`: the body is named elsewhere
        inside = words
    if not of_noun and remit is not None and len(words) - remit <= 4:  # `director of rural development`
        of_noun, inside = True, words[:remit]
    if (words[-1] not in nouns and not of_noun) or any(w in stop or w.endswith("ing") for w in inside):
        return "", -1
    possessive = found.start(1) - 3
    if body.startswith(("’s", "'s"), possessive):
        return " ".join(words), possessive
    return " ".join(words), _PRONOUN_OWNER if _ITS.match(body, found.start()) else -1


def _bodys_noun(remit: str) -> bool:
    """`of the council`, `of the ministry`: a remit closed by a body's common noun names the body (named
    elsewhere), not the office (`of the secretary-general`, `of communications`)."""
    last = remit.rsplit(" ", 1)[-1]
    return _back_reference([last]) or last.capitalize() in lexicon.org_words()


def _back_reference(words: list[str]) -> bool:
    """`institution`, `body`, `agency`: one lower-case noun that stands for a body named elsewhere."""
    return len(words) == 1 and words[0] in _back_reference_nouns()


@functools.cache
def _back_reference_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.tsv_rows("back_reference_nouns.tsv"))


def role_of_before_comma(reg: Registry, starts: list[int], near: int, start: int, person: str) -> tuple[str, str]:
    """(`president`, key of the Transitional Presidential Council) for `the president of the Transitional
    Presidential Council, X,`; for `to` (`Haiti’s ambassador to Kenya`) the owner is the possessive or the
    country adjective before the role, not the post. ("", "") when the words are no such role."""
    _, nouns, stop = _vocabulary()
    found = _ROLE_OF_BEFORE_COMMA.search(reg.body, near, start)
    if found is None:
        return "", ""
    words = found.group(2).split()
    if words[-1] not in nouns or any(w in stop or w.endswith("ing") for w in words):
        return "", ""
    if found.group(3) == "to" or found.group(1).strip().lower() not in ("the", "its", "a", "an"):
        owner_end = found.end(1) - 1 - (2 if found.group(1).rstrip().endswith(("’s", "'s")) else 0)
        return " ".join(words), _owner_ending(reg, starts, owner_end, person)
    owner = _owner_ending(reg, starts, found.end(5), person) if found.group(5) else ""  # `the UN mission`
    return " ".join(words), owner or _owner_ending(reg, starts, found.end(4), person)


def role_on_topic(body: str, floor: int, near: int, start: int) -> str:
    """`Opposition spokesperson on national security` right before a name (or before it and a comma): a role
    noun with the portfolio it holds; "" when the words are no such role."""
    _, nouns, stop = _vocabulary()
    found = _ROLE_ON_TOPIC.search(body, near, start)
    if found is None or found.group(3) not in nouns:
        return ""
    modifier, topic = found.group(2), found.group(4).split()
    if modifier and (not (modifier.islower() or found.start() == floor) or modifier.lower() in stop):
        return ""
    if any(w in stop and w != "and" for w in topic) or topic[-1] == "and":
        return ""
    return found.group(1)


def whose_owner(reg: Registry, starts: list[int], near: int, start: int, person: str) -> tuple[str, str]:
    """(role, key of the body before `, whose`) for `the Kenya Police Welfare Association, whose secretary
    general, X,` and `Chen Mechan, whose leader X`; ("", "") otherwise."""
    if reg.body.find("whose ", near, start) < 0:
        return "", ""  # most names follow no `whose`: no search
    _, nouns, _ = _vocabulary()
    found = _WHOSE_ROLE.search(reg.body, near, start)
    if found is None or found.group(1).split()[-1] not in nouns:
        return "", ""
    return found.group(1), _owner_ending(reg, starts, found.start(), person)


def title_after(body: str, end: int) -> str:
    """`, Executive Director of the …` -> `Executive Director of the …`: a capitalised title set off by a comma
    right after a name, or ""."""
    after = _TITLE_OPENING_APPOSITION.match(body, end, end + _REACH)
    return _comma_title(after.group(1)) if after else ""


def _pronoun_owner(reg: Registry, starts: list[int], at: int, person: str) -> str:
    """`The union filed … signed by its general coordinator, X`: the body `its` stands for, the nearest
    organization or mission named before it in the same paragraph (within two reaches), or ""."""
    paragraph = reg.body.rfind("\n", 0, at) + 1
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and reg.mentions[i].start >= max(paragraph, at - 2 * _REACH):
        m = reg.mentions[i]
        if m.key != person and reg.actors[m.key].type in ("organization", "mission"):
            return m.key
        i -= 1
    return ""


def _owner_ending(reg: Registry, starts: list[int], at: int, person: str) -> str:
    """The country or body whose mention ends at `at` (the owner before `’s`), or ""."""
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and at - reg.mentions[i].start <= _REACH:
        m = reg.mentions[i]
        if m.end == at and m.key != person and reg.actors[m.key].type in ("organization", "mission", "country"):
            return m.key
        i -= 1
    return ""


def _dated(body: str, floor: int, title_start: int, role: str) -> str:
    """`interim` + `Prime Minister` when the modifier is written right before the title."""
    modifiers = _vocabulary()[0]
    if role.split(" ", 1)[0].lower() in modifiers:
        return role
    found = _MODIFIER_BEFORE.search(body, floor, title_start)
    if found is None or found.group(1).lower() not in modifiers:
        return role
    return f"{found.group(1)} {role}"


def _comma_title(text: str) -> str:
    """`The Ambassador of Canada to Haiti` -> `Ambassador of Canada to Haiti`: a capitalised title set off by
    commas beside a name, without its article or possessive owner; "" unless a title opens it."""
    title = text[_OWNER.match(text).end() :]
    words = title.split(" ")
    by_word = titles_by_first_word()
    for opening in (title, " ".join(words[1:])):  # `Minister of …`, or a portfolio first: `Interior CS`
        first = opening.split(" ", 1)[0]
        if opening and any(opening == t or opening.startswith(t + " ") for t in by_word.get(first, ())):
            return _first_of_titles(title.rstrip(" ,"), by_word)
    if _PORTFOLIO_TITLE.fullmatch(title) and title.rsplit(" ", 1)[-1] in _PORTFOLIO_HEADS:
        return title  # `Foreign Affairs and Foreign Trade Minister`: a portfolio of several words, then its title
    return ""


#: capitalised words (and `and`) closed by a minister's or secretary's title
_PORTFOLIO_TITLE = re.compile(r"[A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*){1,6}")
_PORTFOLIO_HEADS = frozenset({"Minister", "Secretary", "CS", "PS"})


def _first_of_titles(title: str, by_word: dict[str, tuple[str, ...]]) -> str:
    """`Special Representative of the Secretary-General and Head of BINUH` -> its first title: `and` before
    another title joins two offices (`Minister of Foreign Affairs and Worship` is one)."""
    for joint in re.finditer(r" and (\S+)", title):
        rest = title[joint.start(1) :]
        if any(rest == t or rest.startswith(t + " ") for t in by_word.get(joint.group(1), ())):
            return title[: joint.start()]
    return title


def _title_affiliate(reg: Registry, inside: list[Mention], start: int, person: str) -> str:
    """The owner named in a comma-set title (`Haiti’s Minister …`, `Ambassador of Canada to …`): a possessive
    first, else the first country or body after `of`; "" when none."""
    usable = [
        m
        for m in inside
        if m.start >= start and m.key != person and reg.actors[m.key].type in ("organization", "mission", "country")
    ]
    owner = next((m for m in usable if _possessive_after(reg.body, m.end)), None)
    owner = owner or next((m for m in usable if reg.body.endswith((" of ", " of the "), 0, m.start)), None)
    return owner.key if owner else ""


def _possessive_after(body: str, end: int) -> bool:
    """`Haiti’s`, and `Barbados’` (the apostrophe alone after an s)."""
    return body.startswith(("’s", "'s"), end) or (body[end - 1 : end] == "s" and body.startswith(("’", "'"), end))


def _without_owner_or_place(reg: Registry, title: str) -> str:
    """`IOM Chief of Mission in Haiti` -> `Chief of Mission`: an owning body's acronym before the title and a
    country or city after `in` are the person's affiliation and post, not the role."""
    first, _, rest = title.partition(" ")
    if rest and reg.knows(first) and any(rest.startswith(t) for t in titles_by_first_word().get(rest.split()[0], ())):
        title = rest
    place = _IN_PLACE.search(title)
    if place and (gazetteer.country(place.group(1)) or gazetteer.city(place.group(1))):
        title = title[: place.start()]
    return title


def _courtesy_start(body: str, near: int, start: int) -> int:
    """Where a courtesy title or honorific right before a name begins (`Dr. ` in `…, Dr. X,`), else `start`."""
    for _ in range(2):  # `…, Hon. Dr. X,`: two of them
        found = _COURTESY_BEFORE.search(body, near, start)
        if found is None or found.group(1) not in _courtesy_words():
            break
        start = found.start(1)
    return start


@functools.cache
def _courtesy_words() -> frozenset[str]:
    """Honorifics (`Dr.`) and forms of address (`Mr`, `Me`) that may stand between a title and a name."""
    return lexicon.word_list("honorifics.txt") | lexicon.word_list("courtesy_forms.txt")


def _set_comma_title(reg: Registry, starts: list[int], key: str, start: int, end: int) -> bool:
    """Give `key` the comma-set title written in body[start:end] (its longest part that opens with a title
    or an owner and names no other person), with its owner as affiliation. A courtesy title alone
    (`Honourable`) gives way to it."""
    actor = reg.actors[key]
    inside = reg.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    people = [m for m in inside if reg.actors[m.key].type == "person"]
    title = ""
    for owner in _AND_OWNER.finditer(reg.body, start, end):  # `Minister X and Haiti’s Minister of …`
        start = owner.end()
    for word in re.finditer(r"\S+", reg.body[start:end]):
        begin = start + word.start()
        if any(m.end > begin for m in people) or reg.body[begin:end].startswith(("and ", "of ", "to ", "for ")):
            continue
        title = _comma_title(reg.body[begin:end])
        if title:
            start = begin
            break
    title = _without_owner_or_place(reg, title)
    courtesy = actor.role in _courtesy_words()
    if not title or (actor.role and actor.role not in title and not courtesy):
        return False
    actor.role = title
    owner = _title_affiliate(reg, inside, start, key)
    if owner and not actor.affiliation:
        actor.affiliation = owner
        if reg.actors[owner].type == "country" and not actor.country:
            actor.country = reg.actors[owner].country
    return True


def find_roles(reg: Registry) -> None:
    """Fill or date each person's role from the words around its mentions. Reads sorted `reg.mentions`.

    Each look reaches a bounded number of characters before or after a mention, so the pass stays linear."""
    body, dated = reg.body, set()
    starts = [m.start for m in reg.mentions]
    for mention in reg.mentions:
        actor = reg.actors[mention.key]
        if actor.type != "person" or mention.key in dated:
            continue
        sentence = reg.doc.sentence_at(mention.start)
        floor = sentence.start if sentence is not None else 0
        near = max(floor, mention.start - _REACH)
        # `the Minister of …, Dr. X,`: the title before `Dr.` (which the splitter may have taken for a sentence's end)
        lead = _courtesy_start(body, max(0, mention.start - 24), mention.start)
        if body.endswith(", ", 0, lead) and body.startswith((",", "."), mention.end):
            reach = near
            if lead < floor:
                lead_sentence = reg.doc.sentence_at(lead)
                reach = max(lead_sentence.start if lead_sentence is not None else 0, lead - _REACH)
            before = _TITLE_BEFORE_COMMA.search(body, reach, lead)
            listed = _TITLE_LIST_BEFORE_COMMA.search(body, reach, lead)
            if (before and _set_comma_title(reg, starts, mention.key, before.start(1), before.end(1))) or (
                listed and _set_comma_title(reg, starts, mention.key, listed.start(1), listed.end(1))
            ):
                dated.add(mention.key)
                continue
        after = _TITLE_AFTER_COMMA.match(body, mention.end, mention.end + _REACH)
        if after and _set_comma_title(reg, starts, mention.key, after.start(1), after.end(1)):
            if body.startswith(" (", after.end(1)) and " of " in actor.role and actor.affiliation:
                actor.role = actor.role.split(" of ", 1)[0]  # `X, Executive Director of the … Fund (UNICEF),`
            dated.add(mention.key)
            continue
        if actor.role:
            title_start = mention.start - len(actor.role) - 1
            if title_start >= floor and body.startswith(actor.role + " ", title_start):
                actor.role = _dated(body, max(floor, title_start - _REACH), title_start, actor.role)
                dated.add(mention.key)
            continue
        role = role_before(body[near : mention.start], near == floor) or role_after(body, mention.end)
        if not role and body.endswith(", ", 0, mention.start) and body.startswith((",", ".", ";"), mention.end):
            role, possessive = role_before_comma(body, near, mention.start)
            owner = _owner_ending(reg, starts, possessive, mention.key) if possessive >= 0 else ""
            if possessive == _PRONOUN_OWNER:
                owner = _pronoun_owner(reg, starts, mention.start, mention.key)
            if owner and not actor.affiliation:
                actor.affiliation = owner  # `Haiti’s justice minister, X,`
        if not role or not actor.affiliation:
            whose, owner = whose_owner(reg, starts, near, mention.start, mention.key)
            if whose and not role:
                role = whose
            if owner and not actor.affiliation:
                actor.affiliation = owner
        if not role and body.endswith(", ", 0, mention.start) and body.startswith((",", ".", ";"), mention.end):
            role, owner = role_of_before_comma(reg, starts, near, mention.start, mention.key)
            if owner and not actor.affiliation:
                actor.affiliation = owner
                if reg.actors[owner].type == "country" and not actor.country:
                    actor.country = reg.actors[owner].country
        if not role:
            role = role_on_topic(body, floor, near, mention.start)
        if role:
            actor.role = role
            dated.add(mention.key)


def complement_affiliations(reg: Registry) -> None:
    """`Inspector General of Police X` -> the article's one organization named with `Police`, when the text
    states no other affiliation; the words are compared by their stems (`Protector of Citizens` -> the
    `Office of Citizen Protection`, `director of rural development` -> the one ministry `… and Rural
    Development`), and a one-word role by its own stem (`the minister, X` -> the article's one `Ministry`)."""
    bodies = [a for a in reg.actors.values() if a.type == "organization"]
    stemmed = [(a.key, _stems(a.name)) for a in bodies]
    for actor in reg.actors.values():
        if actor.type != "person" or actor.affiliation or not actor.role:
            continue
        if " of " in actor.role:
            remit = actor.role.split(" of ", 1)[1]
            named = [b.key for b in bodies if set(remit.split()) <= set(b.name.split())]
            if not named:  # the same words in another form (`Citizens`, `Citizen`)
                wanted = _stems(remit)
                named = [key for key, stems in stemmed if wanted and wanted <= stems]
        elif " " not in actor.role and len(actor.role) > 6:  # `minister` -> the one `Ministry …`
            named = [b.key for b in bodies if b.name.split()[0][:6].lower() == actor.role[:6].lower()]
        else:
            continue
        if len(named) == 1:
            actor.affiliation = named[0]


def _stems(text: str) -> frozenset[str]:
    """A name's words folded to their first five letters, connectors left out (`Citizens` and `Citizen`,
    `minister` and `Ministry` agree)."""
    return frozenset(w.lower()[:5] for w in text.split() if w.lower() not in CONNECTORS and len(w) > 2)
