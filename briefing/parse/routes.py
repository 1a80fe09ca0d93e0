"""Where things go: trafficking routes and deliberate provisions, each with what moves.

Owns the two readings that a sentence about goods can have, which must not be confused:
- a flow states a route between places — `stop the rifles leaving Houston and arriving in Belize`
  says guns travel from Houston to Belize, not that Houston gives Haiti anything: `route` finds the origin
  place, each destination place and what flows (`weapons`) -> `trafficked_to`;
- a transfer states that an actor provides something to another — `the U.S. supplied armored vehicles to
  the Haitian police`, `Canada delivered radios to the PNH`, `Canada supplied the PNH with radios`:
  `recipient` finds the one receiving and what is given (when written) -> `supplies`.

A general verb of motion (`moved`, `sailed`, `left`) states a route only when contraband or its carrier
(`lexicons/trafficked_goods.txt`) is named beside it: `the shipments moved from Florida to Haiti` is a
route, `the delegation moved from Houston to Belize` is not (`carried_goods`). Money given is funding, not a
supply (`is_money`).

Notes: what moves is the contraband word before the cue when there is one, else the phrase as written
next to the cue (`armored vehicles`), at most six words; a route needs an origin introduced by `from`,
`leaving`, `left` or `out of` (or `bought in` a place just before the cue), and destinations after `to`,
`into`, `for`, `towards`, `arriving`, `in`... listed together (`Cuba, Belize and Guyana`), up to
`through`, `where`, `which` or `;`. A route named destination first is found after an arrival verb
(`rifles arriving in Haiti from Florida`, `firearms reaching Haitian ports from the Dominican Republic`:
`arrival_route`); one told across two clauses (`seized in Port-de-Paix ... had left Houston`) is not. Runs
over one sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing.parse import lexicon
from briefing.parse.doc import Mention, Sentence, Span

_FLOW_FROM = re.compile(r"\b(?:from|leaving|leaves?|left|out of)\s+(?:the\s+)?$", re.I)
_FLOW_TO = re.compile(r"\b(?:to|into|arriving|reaching|reached|bound for|destined for|for|towards?|in)\b", re.I)
# an origin named before the verb: `rifles bought in Florida were shipped to ...`
_BOUGHT_IN = re.compile(r"\b(?:bought|purchased|acquired|obtained|sourced|made)\s+(?:in|at)\s+(?:the\s+|)$", re.I)
_BOUGHT_REACH = 80
ORIGIN_BEFORE = _BOUGHT_REACH + 400  # a place ending this near before the cue starts no further back than this
# `A, B and C`, `not only in A, but also in B`: further destinations after the first
_DESTINATION_LIST = re.compile(
    r"(?:\s*,\s*(?:(?:and|or|but|also)\s+)*|\s+(?:(?:and|or|but|also)\s+)+)(?:(?:in|to|into)\s+|)(?:the\s+|)"
)
_FLOW_STOP = re.compile(r"\b(?:through|via|where|which|that|remain|remains)\b|;")
_GOODS = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"  # a lower-case noun phrase: `weapons`, `armored vehicles`
_GOODS_BEFORE = re.compile(rf"({_GOODS})\s+$")
# a sum: `$45 million`, `US$2 million`, `20 million euros`, `Sh2.1 billion`, and what it is (`in new aid`);
# a converted sum may follow it in brackets (`30 million euros ($35 million) to the fund`), and a bound may
# come before it (`more than $600 million`)
_MONEY = (
    r"(?:(?:more\s+than|over|about|nearly|almost|some|up\s+to|at\s+least)\s+|)"
    # `a combined $96 million`, `a further 30 million euros`, `a total of $40 million`
    r"(?:an?\s+(?:additional|combined|further|fresh|new|extra|initial|total\s+of)\s+|another\s+|)"
    r"(?:(?:(?:US|C|CA|J|TT|)[$€£]|Sh)\s?\d[\d,.]*(?:\s+(?:million|billion))?"
    # `60 million Canadian dollars`: a currency's country written before it
    r"|\d[\d,.]*\s+(?:million|billion)(?:\s+[A-Z][a-z]+(?=\s+(?:dollars|pesos|euros|pounds|francs|shillings)\b)|))"
    r"(?:\s+[a-z][\w-]*){0,4}?"
)
_MONEY_WORDS = re.compile(r"[$€£]|\b(?:funding|funds|money|financing|financial|cash|grants?|dollars|euros|budget)\b")
_GOODS_THEN_TO = re.compile(
    # goods may be a list (`armoured vehicles, helicopters and radios`)
    rf"\s+(?:the\s+|an?\s+|)((?:\d[\d,]*\s+|){_GOODS}?(?:,\s+(?:\d[\d,]*\s+|){_GOODS}?){{0,4}}"
    rf"(?:\s+and\s+{_MONEY})?|{_MONEY})"  # `police officers and $1 million to`: money given with people
    rf"(?:\s+\([^()]{{1,30}}\))?\s+(?:to|for|towards?|into|in\s+support\s+of)\s+"
    # money given `to support the deployment of` the one it funds
    r"(?:(?:support|fund|finance|pay\s+for|help)\s+(?:the\s+|)(?:[a-z]+\s+of\s+(?:the\s+|)|)|)(?:the\s+(?:same\s+|)|)"
)
#: `spent more than $600 million on the`: money spent on what it pays for
_MONEY_ON = re.compile(rf"\s+({_MONEY})\s+on\s+(?:the\s+|)")
_RECIPIENT_FIRST = re.compile(r"\s+(?:the\s+|)")
_WITH_GOODS = re.compile(
    rf"(?:\s+(?:gang|coalition|group|militia)|)\s+with\s+(?:the\s+|)({_GOODS}?)(?=\s+(?:in|under|to|for|on|from|at|since)\b|[,;:.]|\s*$)"
)
TRANSFER_REACH = 80


#: a sum given with no recipient and nothing said of what it is for: `pledged $5 million.`, `would contribute
#: $12 million, and …` (never `$5 million in humanitarian aid`)
_BARE_SUM_CORE = (
    r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|another|an\s+additional|a\s+further|a\s+combined)\s+)?"
    r"((?:(?:US|C|CA|J|TT|)[$€£]|Sh)\s?\d[\d,.]*(?:\s+(?:million|billion))?"
    r"|\d[\d,.]*\s+(?:million|billion)\s+(?:euros|dollars|pounds))"
    r"(?:\s+\([^()]{1,30}\))?"
)
_BARE_SUM = re.compile(_BARE_SUM_CORE + r"(?=\s*[,.;]|\s+and\b|\s*$)")


#: a sum right after a cue, whatever follows it (`committed about $45 million in funding for …`)
_SUM_AFTER = re.compile(_BARE_SUM_CORE)


def sum_after(body: str, cue_end: int, sentence_end: int) -> Span | None:
    """The sum right after a cue (`committed about $45 million …`), or None."""
    found = _SUM_AFTER.match(body, cue_end, sentence_end)
    return Span(found.start(1), found.end(1)) if found else None


def bare_sum(body: str, cue_end: int, sentence_end: int) -> Span | None:
    """The sum right after a cue when nothing follows it but the clause's end (`Japan pledged $12 million.`)."""
    found = _BARE_SUM.match(body, cue_end, sentence_end)
    return Span(found.start(1), found.end(1)) if found else None


def is_money(body: str, goods: Span | None) -> bool:
    """Is what is given a sum or funding (`$45 million`, `the bulk of the funding`), not goods or people?"""
    return goods is not None and (
        _MONEY_WORDS.search(body, goods.start, goods.end) is not None
        or re.fullmatch(_MONEY, body[goods.start : goods.end]) is not None
    )


@functools.cache
def _goods_words() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(lexicon.word_list("trafficked_goods.txt")))) + r")\b", re.I
    )


def contraband(body: str, goods: Span | None) -> bool:
    """Are the goods handed over weapons or contraband (`trafficked_goods.txt`: `rifles`, `ammunition`)?"""
    return goods is not None and _goods_words().search(body, goods.start, goods.end) is not None


def carried_goods(body: str, sentence: Sentence, cue: re.Match[str], origin: Mention) -> Span | None:
    """What a general verb of motion moves, when it is contraband or its carrier: the last such word in the
    clause before the verb (`the shipments moved from`), or between the verb and the origin."""
    start = max(sentence.start, cue.start() - 60)
    window = body[start : max(origin.start, cue.start())]
    clause = max(window.rfind("; "), window.rfind(": "), window.rfind(". "))
    found = list(_goods_words().finditer(window, clause + 1))
    return Span(start + found[-1].start(), start + found[-1].end()) if found else None


#: a word that can introduce a route's origin (`from`, `leaving`, `out of`, `bought in`): a sentence without one
#: names no route, so its flow phrases need not be tried one by one
_ORIGIN_WORD = re.compile(
    r"\b(?:from|leaving|leaves?|left|out\s+of|bought|purchased|acquired|obtained|sourced|made)\b", re.I
)


def may_name_route(body: str, sentence: Sentence) -> bool:
    """Could the sentence name a route (does a word that introduces an origin occur in it)?"""
    return _ORIGIN_WORD.search(body, sentence.start, sentence.end) is not None


def introduces_origin(phrase: str) -> bool:
    """Is the cue phrase itself what introduces the origin (`leaving Houston`), not the goods (`flow of`)?"""
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
    the cue (or, for an origin `bought in` a place, just before it). `starts_origin`: the cue itself
    introduces the origin (`leaving Houston`)."""
    origin = next(
        (
            m
            for m in places
            if m.start >= cue.start()
            and (
                _FLOW_FROM.search(body[max(cue.start(), m.start - 12) : m.start])
                or (starts_origin and m.start - cue.end() <= 6)
            )
        ),
        None,
    ) or next(
        (
            m
            for m in reversed(places)
            if m.end <= cue.start()
            and cue.start() - m.end <= _BOUGHT_REACH
            and _BOUGHT_IN.search(body[max(sentence.start, m.start - 20) : m.start])
        ),
        None,
    )
    if origin is None:
        return None
    origin = _compound_head(body, origin, places)
    destination_cue = _FLOW_TO.search(body, max(origin.end, cue.end()), sentence.end)
    if destination_cue is None:
        return None
    stop = _FLOW_STOP.search(body, destination_cue.end(), sentence.end)
    limit = stop.start() if stop else sentence.end
    destinations: list[Mention] = []
    for i, m in enumerate(places):
        if not destination_cue.start() <= m.start < limit or m is origin:
            continue
        located = LOCATED_IN.match(body, m.end)
        if located and i + 1 < len(places) and places[i + 1].start == located.end():
            continue  # `the Haitian port of Cap-Haïtien`: the port is the destination, not the country
        owner = _OWNER_OF_PLACE.match(body, m.end)
        if owner and i + 1 < len(places) and places[i + 1].start == owner.end():
            continue  # `Haiti’s central Artibonite region`: the region is the destination, not the country
        # places listed together (`Cuba, Belize and Guyana`), not one that locates another (`Port-de-Paix
        # on Haiti's northwest coast`)
        if destinations and not _DESTINATION_LIST.fullmatch(body, destinations[-1].end, m.start):
            break
        destinations.append(m)
    return origin, destinations


#: `… and then driven south to`, `… were to be sent on to`: the next leg of a route, from its last destination
_ONWARD = re.compile(r"[^.;:“”\"]{0,100}?\b(?:then\s+(?:[a-z]+\s+){0,3}?|(?:on|onward|onwards)\s+)to\s+(?:the\s+|)")


def onward(body: str, last: Mention, places: list[Mention]) -> Mention | None:
    """The place a route goes on to after its last destination (`shipped to B and then trucked to C`), the first
    place named after it when only the words of an onward leg stand between."""
    after = next((m for m in places if m.start > last.end), None)
    if after is None or _ONWARD.fullmatch(body, last.end, after.start) is None:
        return None
    return after


#: `Haiti’s central `, `Haiti's `: a country's possessive right before a place of its own
_OWNER_OF_PLACE = re.compile(r"[’']s\s+(?:[a-z]+\s+){0,2}")


def _compound_head(body: str, origin: Mention, places: list[Mention]) -> Mention:
    """`South Florida` read as two places: the last one, the name's head, is where the route starts."""
    for m in places:
        if m.start == origin.end + 1 and body[origin.end] == " ":
            return _compound_head(body, m, places)
    return origin


#: `Haitian port of`, `Haiti's city of`: a place word between a country and the place it locates
LOCATED_IN = re.compile(
    r"(?:[’']s|)\s+(?:[a-z]+\s+|)(?:port|city|town|capital|island|region|department|commune)\s+of\s+"
)
#: `Haiti from`, `Haitian ports from the`: between the destination and its origin, at most two nouns
_ORIGIN_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+from\s+(?:the\s+|)")
_ARRIVAL_GAP = re.compile(r"\s+(?:the\s+|)")


#: `received about $112 million, most of it from`, `received $15 million from the`, `received new funding from`:
#: money given, then its giver
@functools.cache
def received_goods_from() -> re.Pattern[str]:
    """`received 20 armoured vehicles from the`: goods one body hands another (group 1: `purchased_goods.txt`,
    `trafficked_goods.txt`), the giver named after `from`."""
    words = {*lexicon.word_list("purchased_goods.txt"), *lexicon.word_list("trafficked_goods.txt")}
    goods = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"received\s+(?:about\s+|some\s+|more\s+than\s+|)((?:\d[\d,]*\s+|an?\s+|)(?:[a-z][\w-]*\s+){{0,3}}?"
        rf"(?:{goods}))\s+from\s+(?:the\s+|)"
    )


RECEIVED_FROM = re.compile(
    rf"received\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|)(?:{_MONEY}"
    # or money named by a noun: `received new funding from`, `received contributions from`
    r"|(?:new\s+|fresh\s+|additional\s+|extra\s+|)(?:funding|financing|money|funds|contributions|grants?|cash))"
    # a time after the sum: `received $210 million since October`, `… so far`
    r"(?:\s+(?:since|in|during)\s+[A-Z][a-z]+(?:\s+\d{4})?|\s+(?:so\s+far|to\s+date|this\s+year|last\s+year)|)"
    r"(?:,\s+(?:most|much|all|half)\s+of\s+it|,?\s+(?:mostly|mainly|largely))?,?\s+from\s+(?:the\s+|)"
)


def arrival_route(body: str, cue: re.Match[str], places: list[Mention]) -> tuple[Mention, list[Mention]] | None:
    """The origin and destinations of a route named destination first: `arriving in <B>[, <C>] from <A>`.
    `places`: the sentence's place and country mentions after the cue, in order."""
    destinations: list[Mention] = []
    for m in places:
        if not destinations:
            if not _ARRIVAL_GAP.fullmatch(body, cue.end(), m.start):
                return None
            destinations.append(m)
        elif _DESTINATION_LIST.fullmatch(body, destinations[-1].end, m.start):
            destinations.append(m)
        else:
            break
    if not destinations:
        return None
    lead = _ORIGIN_AFTER.match(body, destinations[-1].end)
    origin = next((m for m in places if lead and m.start == lead.end()), None)
    return (origin, destinations) if origin is not None else None


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
        goods_first = _GOODS_THEN_TO.fullmatch(gap) or _MONEY_ON.fullmatch(gap)
        if goods_first:
            return m, _span(goods_first, cue.end())
        if _RECIPIENT_FIRST.fullmatch(gap):
            return m, _span(_WITH_GOODS.match(body, m.end, sentence.end), 0)
    return None
