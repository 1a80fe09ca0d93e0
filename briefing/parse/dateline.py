"""Datelines and sign-offs: the parts of a wire story that say where it was filed and who wrote it.

Owns two questions segmentation asks of the article's paragraphs:
- `find_dateline`: does the story open with a dateline — `PORT-AU-PRINCE, Haiti (AP) —`,
  `KINGSTON, Jamaica (CMC) –`, `NAIROBI, Kenya, March 3 (Reuters) -`, `UNITED NATIONS (AP) —`? Its place,
  country and agency become a `Dateline` of spans into the body, so the actors stage can take the place
  as a place and leave the agency out;
- `is_signoff`: is a paragraph only a byline or sign-off (`Reporting by ...; Editing by ...`, `jrr/mem`,
  `-ENDS-`, `By JANE DOE`, `For more information ...`, `... contributed to this report`)? Such paragraphs
  are not text, and segmentation keeps them out of the sentences (`lexicons/signoffs.txt`).

Notes: a dateline is an all-capitals place followed by a dash (an all-capitals first word with no dash,
`AMID rising violence ...`, is an ordinary word), looked for in the first two paragraphs only (a
`BREAKING` kicker may come first); a country is one to three capitalised words that are not a month.
A byline inside a paragraph of text is left alone.
"""

from __future__ import annotations

import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import Dateline, Span

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3})"
    rf"(?:,[ ](?!{_MONTH}[ ]\d)(?P<country>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){{0,2}}))?"
    rf"(?:,?[ ]{_MONTH}[ ]\d{{1,2}})?"
    r"(?:[ ]?\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,24})\))?"
    r"[ ]*[—–-]{1,2}[ ]"
)
_LEADING_PARAGRAPHS = 2


def _span(match: re.Match[str], group: str) -> Span | None:
    return None if match.group(group) is None else Span(match.start(group), match.end(group))


def find_dateline(body: str, paragraphs: list[Span]) -> Dateline | None:
    """The dateline opening one of the first paragraphs, or None. Each paragraph is tried at its start only."""
    for para in paragraphs[:_LEADING_PARAGRAPHS]:
        match = _DATELINE.match(body, para.start, para.end)
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
