"""Datelines and sign-offs: the parts of a wire story that say where it was filed and who wrote it.

Owns two questions segmentation asks of the article's paragraphs:
- `find_dateline`: does the story open with a dateline — `JACMEL, Haiti (AP) —`,
  `KINGSTON, Jamaica (CMC) –`, `NAIROBI, Kenya, March 3 (Reuters) -`, `UNITED NATIONS (AP) —`? Its place,
  country and agency become a `Dateline` of spans into the body, so the actors stage can take the place
  as a place and leave the agency out;
- `is_signoff`: is a paragraph only a byline or sign-off (`Reporting by ...; Editing by ...`, `jrr/mem`,
  `-ENDS-`, `By JANE DOE`, `For more information ...`, `... contributed to this report`)? Such paragraphs
  are not text, and segmentation keeps them out of the sentences (`lexicons/signoffs.txt`).

Notes: a dateline is an all-capitals place followed by a dash (an all-capitals first word with no dash,
`AMID rising violence ...`, is an ordinary word), looked for in the first six paragraphs (a
`BREAKING` kicker, a byline or a press release's header may come first); a place in ordinary capitals
(`Jacmel (AFP) -`) needs an agency or a date after it; a country is one to three capitalised
words that are not a month. A byline inside a paragraph of text is left alone.
"""

from __future__ import annotations

import functools
import re

from briefing.parse import lexicon, vocab
from briefing.parse.doc import Dateline, Span

_MONTH = rf"(?:{'|'.join(name[:3] for name in vocab.MONTHS)})[a-z]*\.?"  # `Jan`, `Sept.`, `March`
_CAPS_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}"
# `Cap-Haïtien`, `Santo Domingo`, `Geneva`: capitalised words joined by spaces, hyphens or a particle.
_TITLE_PLACE = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:(?:[ -]|-[a-z]{1,3}-)[A-ZÀ-Ý][a-zà-ÿ'’]+){0,3}"
_COUNTRY = rf"(?:,[ ](?!{_MONTH}[ ]\d)(?P<country>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){{0,2}}))?"
# `, Jan 17`, `, March 3, 2025`, `, 8 April 2025`, ` (11 February 2026)`
_DATE = (
    rf"(?P<date>,?[ ]{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?|,?[ ]\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?"
    rf"|[ ]\(\d{{1,2}}[ ]{_MONTH}[ ]\d{{4}}\))?"
)
_AGENCY = r"(?:,?[ ]?\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,24})\))?"
_DASH = r"\.?[ ]*(?:—|–|--?)[ ]"
_DATELINE = re.compile(rf"(?P<place>{_CAPS_PLACE}){_COUNTRY}{_DATE}{_AGENCY}{_DASH}")
# A place in ordinary capitals is a dateline only with an agency or a date after it (`Kenya — and ...` is not).
_TITLE_DATELINE = re.compile(rf"(?P<place>{_TITLE_PLACE}){_COUNTRY}{_DATE}{_AGENCY}{_DASH}")
#: Paragraphs looked at: a byline, an agency line or a press release's header lines may come first.
_LEADING_PARAGRAPHS = 6


def _span(match: re.Match[str], group: str) -> Span | None:
    return None if match.group(group) is None else Span(match.start(group), match.end(group))


def find_dateline(body: str, paragraphs: list[Span]) -> Dateline | None:
    """The dateline opening one of the first paragraphs, or None. Each paragraph is tried at its start only."""
    for para in paragraphs[:_LEADING_PARAGRAPHS]:
        match = _DATELINE.match(body, para.start, para.end)
        if match is None:
            match = _TITLE_DATELINE.match(body, para.start, para.end)
            if match is not None and not (match.group("agency") or match.group("date")):
                match = None
        if match is not None and sum(ch.isalpha() for ch in match.group("place")) >= 2:
            place = Span(match.start("place"), match.end("place"))
            return Dateline(place, _span(match, "country"), _span(match, "agency"))
    return None


@functools.cache
def _signoff() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in lexicon.word_list("signoffs.txt")))


def is_signoff(paragraph: str) -> bool:
    """Is the whole paragraph a byline, credit line or sign-off? (Long paragraphs never are.)"""
    return len(paragraph) <= 400 and _signoff().fullmatch(paragraph.strip()) is not None
