"""Where things go: trafficking routes and deliberate provisions, each with what moves.

Owns the two readings that a sentence about goods can have, which must not be confused:
- a flow states a route between places — `stem the flow of weapons leaving Miami and arriving in Haiti`
  says guns travel from Miami to Haiti, not that Miami gives Haiti anything: `route` finds the origin
  place, each destination place and what flows (`weapons`) -> `trafficked_to`;
- a transfer states that an actor provides something to another — `the U.S. supplied armored vehicles to
  the Haitian police`, `Canada delivered radios to the PNH`, `Canada supplied the PNH with radios`:
  `recipient` finds the one receiving and what is given (when written) -> `supplies`.

Notes: what moves is the phrase as written next to the cue (`weapons`, `armored vehicles`), at most
six words; a route needs an origin introduced by `from`, `leaving` or `out of`, and destinations after
`to`, `into`, `arriving`, `in`... up to `through`, `where`, `which` or `;`. Runs over one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.parse.doc import Mention, Sentence, Span

_FLOW_FROM = re.compile(r"\b(?:from|leaving|out of)\s+(?:the\s+)?$", re.I)
_FLOW_TO = re.compile(r"\b(?:to|into|arriving|reaching|bound for|destined for|in)\b", re.I)
_FLOW_STOP = re.compile(r"\b(?:through|via|where|which|that|remain|remains)\b|;")
_GOODS = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"  # a lower-case noun phrase: `weapons`, `armored vehicles`
_GOODS_BEFORE = re.compile(rf"({_GOODS})\s+$")
# a sum: `$45 million`, `US$2 million`, `20 million euros`, `Sh2.1 billion`, and what it is (`in new aid`)
_MONEY = (
    r"(?:an?\s+additional\s+|another\s+|)(?:(?:(?:US|C|CA|J|TT|)[$€£]|Sh)\s?\d[\d,.]*(?:\s+(?:million|billion))?"
    r"|\d[\d,.]*\s+(?:million|billion))(?:\s+[a-z][\w-]*){0,3}?"
)
_MONEY_WORDS = re.compile(r"[$€£]|\b(?:funding|funds|money|financing|financial|cash|grants?|dollars|euros|budget)\b")
_GOODS_THEN_TO = re.compile(
    rf"\s+(?:the\s+|an?\s+|)((?:\d[\d,]*\s+|){_GOODS}?|{_MONEY})\s+(?:to|for|towards)\s+"
    # money given `to support the deployment of` the one it funds
    r"(?:(?:support|fund|finance|pay\s+for|help)\s+(?:the\s+|)(?:[a-z]+\s+of\s+(?:the\s+|)|)|)(?:the\s+|)"
)
_RECIPIENT_FIRST = re.compile(r"\s+(?:the\s+|)")
_WITH_GOODS = re.compile(rf"\s+with\s+(?:the\s+|)({_GOODS}?)(?=\s+(?:in|under|to|for|on|from|at|since)\b|[,;:.]|\s*$)")
TRANSFER_REACH = 80


def is_money(body: str, goods: Span | None) -> bool:
    """Is what is given a sum or funding (`$45 million`, `the bulk of the funding`), not goods or people?"""
    return goods is not None and (
        _MONEY_WORDS.search(body, goods.start, goods.end) is not None
        or re.fullmatch(_MONEY, body[goods.start : goods.end]) is not None
    )


def introduces_origin(phrase: str) -> bool:
    """Is the cue phrase itself what introduces the origin (`leaving Miami`), not the goods (`flow of`)?"""
    return _FLOW_FROM.search(phrase + " ") is not None


def _span(match: re.Match[str] | None, offset: int, group: int = 1) -> Span | None:
    if match is None or not match.group(group):
        return None
    return Span(offset + match.start(group), offset + match.end(group))


def what_flows(body: str, sentence: Sentence, cue: re.Match[str], origin: Mention) -> Span | None:
    """`flow of weapons leaving` / `smuggled rifles from`: the words between cue and origin; `guns flowing
    from` / `arms leaving`: the words just before the cue (the last one, the noun, when several)."""
    between = body[cue.end() : origin.start]
    lead = _FLOW_FROM.search(between)
    words = between[: lead.start()] if lead else ""
    inside = re.fullmatch(rf"\s*({_GOODS})\s*", words)
    if inside:
        return _span(inside, cue.end())
    before = body[max(sentence.start, cue.start() - 40) : cue.start()]
    last = re.search(r"([a-z][\w-]*)\s+$", before) if _GOODS_BEFORE.search(before) else None
    return _span(last, cue.start() - len(before))


def route(
    body: str, sentence: Sentence, cue: re.Match[str], starts_origin: bool, places: list[Mention]
) -> tuple[Mention, list[Mention]] | None:
    """The origin of a flow and its destinations, among the sentence's place and country mentions after
    the cue. `starts_origin`: the cue itself introduces the origin (`leaving Miami`)."""
    origin = next(
        (
            m
            for m in places
            if _FLOW_FROM.search(body[max(cue.start(), m.start - 12) : m.start])
            or (starts_origin and m.start - cue.end() <= 6)
        ),
        None,
    )
    if origin is None:
        return None
    destination_cue = _FLOW_TO.search(body, origin.end, sentence.end)
    if destination_cue is None:
        return None
    stop = _FLOW_STOP.search(body, destination_cue.end(), sentence.end)
    limit = stop.start() if stop else sentence.end
    return origin, [m for m in places if destination_cue.start() <= m.start < limit]


def recipient(
    body: str, sentence: Sentence, cue: re.Match[str], after: list[Mention], usable: Callable[[Mention], bool]
) -> tuple[Mention, Span | None] | None:
    """Who receives in `supplied <goods> to <B>` or `supplied <B> with <goods>`, and the goods. `after`: the
    sentence's mentions after the cue, in order; `usable`: not a modifier of the next (`Kenya-led`)."""
    for m in after:
        if m.start - cue.end() > TRANSFER_REACH:
            return None
        if not usable(m):
            continue
        gap = body[cue.end() : m.start]
        goods_first = _GOODS_THEN_TO.fullmatch(gap)
        if goods_first:
            return m, _span(goods_first, cue.end())
        if _RECIPIENT_FIRST.fullmatch(gap):
            return m, _span(_WITH_GOODS.match(body, m.end, sentence.end), 0)
    return None
