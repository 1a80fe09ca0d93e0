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

import functools
import re

from briefing.parse import lexicon
from briefing.parse.actors.registry import Registry

_WORDS_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Za-z][a-z-]*\s+){1,4})$")
_APPOSITION = re.compile(
    r",\s+(?:(?:an?|the)\s+)?((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s+(?:for|of|at|with|in|on|from)\b|\s*[,.;])"
)
_MODIFIER_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)\s+$")


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(modifiers, role nouns, words never inside a role: function words and speech verbs)."""
    stop = lexicon.word_list("function_words.txt") | set(lexicon.speech_verbs())
    stop = frozenset(w.lower() for w in stop) | {"who", "which", "that", "said", "says"}
    return lexicon.word_list("role_modifiers.txt"), lexicon.word_list("role_nouns.txt"), stop


def _role_before(before: str, at_sentence_start: bool) -> str:
    """`former prime minister ` -> `former prime minister`: the lower-case role that ends right before a name."""
    modifiers, nouns, stop = _vocabulary()
    found = _WORDS_BEFORE.search(before)
    if found is None:
        return ""
    words = found.group(1).split()
    for size in (2, 1):  # `prime minister`, `senator`
        if len(words) >= size and " ".join(words[-size:]).lower() in nouns:
            break
    else:
        return ""
    start = len(words) - size
    if start and words[start - 1].lower() not in modifiers and words[start - 1].lower() not in stop:
        start -= 1  # `opposition politician`, `police spokesperson`
    if start and words[start - 1].lower() in modifiers:
        start -= 1
    role = words[start:]
    opens = at_sentence_start and start == 0 and found.start() == 0
    if any(w.lower() in stop for w in role) or not all(w.islower() or (i == 0 and opens) for i, w in enumerate(role)):
        return ""
    if len(role) == 1 and role[0].lower() in modifiers:
        return ""
    return " ".join(role)


def _role_after(body: str, end: int) -> str:
    """`, a spokesperson for` -> `spokesperson`: a role noun phrase in an apposition right after a name."""
    _, nouns, stop = _vocabulary()
    found = _APPOSITION.match(body, end)
    if found is None:
        return ""
    words = found.group(1).split()
    if words[-1] not in nouns or any(w in stop or w.endswith("ing") for w in words):
        return ""
    return " ".join(words)


def _dated(body: str, floor: int, title_start: int, role: str) -> str:
    """`interim` + `Prime Minister` when the modifier is written right before the title."""
    modifiers = _vocabulary()[0]
    if role.split(" ", 1)[0].lower() in modifiers:
        return role
    found = _MODIFIER_BEFORE.search(body, floor, title_start)
    if found is None or found.group(1).lower() not in modifiers:
        return role
    return f"{found.group(1)} {role}"


def find_roles(reg: Registry) -> None:
    """Fill or date each person's role from the words around its mentions. Reads sorted `reg.mentions`."""
    body, dated = reg.body, set()
    for mention in reg.mentions:
        actor = reg.actors[mention.key]
        if actor.type != "person" or mention.key in dated:
            continue
        sentence = reg.doc.sentence_at(mention.start)
        floor = sentence.start if sentence is not None else 0
        if actor.role:
            title_start = mention.start - len(actor.role) - 1
            if title_start >= floor and body.startswith(actor.role + " ", title_start):
                actor.role = _dated(body, floor, title_start, actor.role)
                dated.add(mention.key)
            continue
        role = _role_before(body[floor : mention.start], True) or _role_after(body, mention.end)
        if role:
            actor.role = role
            dated.add(mention.key)


def complement_affiliations(reg: Registry) -> None:
    """`Inspector General of Police X` -> the article's one organization named with `Police`, when the text
    states no other affiliation."""
    bodies = [a for a in reg.actors.values() if a.type == "organization"]
    for actor in reg.actors.values():
        if actor.type != "person" or actor.affiliation or " of " not in actor.role:
            continue
        wanted = set(actor.role.split(" of ", 1)[1].split())
        named = [b for b in bodies if wanted <= set(b.name.split())]
        if len(named) == 1:
            actor.affiliation = named[0].key
