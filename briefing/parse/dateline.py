"""Datelines and sign-offs: the parts of a wire story that say where it was filed and who wrote it.

Owns two questions segmentation asks of the article's paragraphs:
- `find_dateline`: does the story open with a dateline — `JACMEL, Haiti (AP) —`,
  `KINGSTON, Jamaica (CMC) –`, `NAIROBI, Kenya, March 3 (Reuters) -`, `UNITED NATIONS (AP) —`,
  `ST GEORGE’S, Grenada, Mar 4, CMC –`, `KINGSTON, March 6 (JIS):`, `Havana, Mar 3 (Prensa Latina) The …`,
  `October 16, 2025 - Ottawa, Ontario - Global Affairs Canada`, `Jacmel, Haiti CNN —` (a broadcaster's page
  that drops the brackets, or writes place, agency and dash on three lines), `(Geneva/Jacmel, 4 June 2026):`
  (a UN agency's release) — or a byline that says
  where it was filed (`By Jane Doe in Nairobi`, `Reporting from Nassau, Bahamas`)? Its place, country and
  agency become a `Dateline` of spans into the body, so the actors stage can take the place as a place and
  leave the agency out; `dateline_country` says which country it was filed in;
- `is_signoff`: is a paragraph only a byline or sign-off (`Reporting by ...; Editing by ...`, `jrr/mem`,
  `-ENDS-`, `By JANE DOE`, `Tribune Staff Reporter`, an e-mail address, `Photo credit: …`, `READ MORE: …`,
  `For more information ...`, `... contributed to this report`)? Such paragraphs are not text, and
  segmentation keeps them out of the sentences (`lexicons/signoffs.txt`).

Notes: a dateline is an all-capitals place followed by a dash (an all-capitals first word with no dash,
`AMID rising violence ...`, is an ordinary word), looked for in the first six paragraphs (a
`BREAKING` kicker, a byline or a press release's header may come first); a place in ordinary capitals
(`Jacmel (AFP) -`) needs an agency or a date after it, or must be a city the gazetteer knows (`Ottawa —`);
a country is one to three capitalised words that are not a month. An agency without brackets counts only
from `lexicons/dateline_agencies.txt`, or as two to five capitals just before the dash with the text opening in
capitals after it; after a bracketed agency a colon or the first word of the text may
stand for the dash. A byline's place counts only when the story has no dateline of its own and the place is a
city or country the gazetteer knows. A byline inside a paragraph of text is left alone.
"""

from __future__ import annotations

import functools
import re

from briefing.parse import gazetteer, lexicon, vocab
from briefing.parse.doc import Dateline, Span

_MONTH = rf"(?:{'|'.join(name[:3] for name in vocab.MONTHS)})[a-z]*\.?"  # `Jan`, `Sept.`, `March`
_CAPS_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}"
# `NAIROBI/PORT-AU-PRINCE, Feb 9 (Reuters) -`: a story filed from two places names the first as the dateline
_ALSO_FROM = rf"(?:/{_CAPS_PLACE})?"
# `Cap-Haïtien`, `Santo Domingo`, `Geneva`: capitalised words joined by spaces, hyphens or a particle.
_TITLE_PLACE = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:(?:[ -]|-[a-z]{1,3}-|[ ](?:of|de|du|la|los)[ ])[A-ZÀ-Ý][a-zà-ÿ'’]+){0,3}"
# `Grenada`, `Antigua and Barbuda`, `St. Kitts`, `Turks and Caicos Islands`; never a month before a day
_COUNTRY_NAME = (
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]+\.?(?:[ ](?:and[ ])?[A-ZÀ-Ý][a-zà-ÿ]+){0,3}"  # `Haïti`, `Perú` too
    r"|[A-Z]{2,}(?:[ ](?:AND[ ])?[A-Z]{2,}){0,3}"  # `NASSAU, BAHAMAS —`
    r"|(?:[A-Z]\.){2,3})"  # `WASHINGTON, D.C. —`
)
_COUNTRY = rf"(?:,[ ](?!{_MONTH}[ ]\d)(?!(?:{{agencies}})\b)(?P<country>{_COUNTRY_NAME}))?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# `, Jan 17`, `, March 3, 2025`, `, 8 April 2025`, `, 27th August 2025`, ` (11 February 2026)`, `, Aug 5.`
_WEEKDAY = rf"(?:,?[ ](?:{'|'.join(vocab.WEEKDAYS)}),?)?"  # `, Tuesday, March 3`
_DATE = (
    rf"(?P<date>{_WEEKDAY},?[ ]{_MONTH}[ ]{_DAY}(?:,?[ ]\d{{4}})?|{_WEEKDAY},?[ ]{_DAY}[ ]{_MONTH}(?:,?[ ]\d{{4}})?"
    rf"|[ ]\({_DAY}[ ]{_MONTH}[ ]\d{{4}}\))?"
)


@functools.cache
def _bare_agencies() -> str:
    return "|".join(re.escape(a) for a in sorted(lexicon.word_list("dateline_agencies.txt"), key=len, reverse=True))


def _agency() -> str:
    """`(AP)`, `(Prensa Latina)` in brackets; `, CMC` after a comma only for the agencies of the lexicon."""
    bare = _bare_agencies()
    return (
        rf"(?:,?[ ]?\((?P<agency>[A-Za-z][A-Za-z .&/-]{{0,24}})\)|,[ ](?P<bare>{bare})(?=[ ]*[—–-])"
        rf"|[ ]/(?P<wire>[A-Za-z][A-Za-z .&-]{{1,24}})/"  # `/PRNewswire/ --`
        # `Jacmel, Haiti CNN —`: a broadcaster's web copy, whose page drops the agency's brackets
        rf"|[ ](?P<caps>[A-Z]{{2,5}})(?=[ ]*[—–][ ]*[A-ZÀ-Ý“\"]))?"
    )


# The dash after the dateline; after a bracketed agency a colon (`(JIS):`) or the text itself (`(Prensa Latina) The`).
_END = r"(?:\.?[ ]*(?:—|–|--?|_)[ ]|\.?[ ]*[—–](?=[A-ZÀ-Ý“\"])|(?<=\))[ ]?:[ ]|(?<=\))[ ](?=[A-Z“\"]))"
# `BREAKING: PORT-AU-PRINCE, Haiti (AP) —`: a kicker on the dateline's own line
_KICKER = r"(?:(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|DEVELOPING|WATCH|LIVE)(?:[ ]NEWS)?[ ]*[:|][ ]*)?"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    tail = rf"{_COUNTRY.replace('{agencies}', _bare_agencies())}{_DATE}{_agency()}{_END}"
    return (
        # `SANTO DOMINGO.- The …`: the full stop before a Spanish-style dash is no part of the place
        re.compile(rf"{_KICKER}#?(?P<place>{_CAPS_PLACE}(?<!\.)){_ALSO_FROM}{tail}"),
        re.compile(rf"{_KICKER}#?(?P<place>{_TITLE_PLACE}){tail}"),
    )


# `October 16, 2025 - Ottawa, Ontario - Global Affairs Canada`: a government release's date, place and issuer
_DATE_FIRST = re.compile(
    rf"(?:{_MONTH}[ ]{_DAY},?[ ]\d{{4}}|{_DAY}[ ]{_MONTH}[ ]\d{{4}})[ ]*[—–-][ ]*"
    rf"(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})(?:,[ ](?P<country>{_COUNTRY_NAME}))?[ ]*[—–-][ ]"
)
# `By Jane Doe in Nairobi`, `By JANE DOE in ST GEORGE'S, Grenada`, `Reporting from Nassau, Bahamas`
# `By Jane Doe, in Tampa`, `Reported by Jane Doe in Nassau`, `By Jane Doe | Cap-Haïtien, Haiti`, `Jane Doe reporting
# from Nairobi`, `By A in Jacmel and B in Tampa` (the first reporter's place)
_BYLINE_PLACE = re.compile(
    rf"(?:(?:Reported[ ]by|By)[ ](?:[A-ZÀ-Ý][\w.'’-]+,?[ ]){{1,4}}(?:in|\|)|(?:[A-ZÀ-Ý][\w.'’-]+[ ]){{1,4}}reporting"
    rf"[ ]from|Reporting[ ]from|Filed[ ]from)[ ](?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})"
    rf"(?:,[ ](?P<country>{_COUNTRY_NAME}))?(?:[ ]and[ ](?:[A-ZÀ-Ý][\w.'’-]+[ ]){{1,4}}in[ ][^\n]{{1,40}})?\.?$"
)
# `(Cap-Haïtien, 12 May 2026):`, `(New York/Geneva, 9 April 2027) –`: a UN agency's release, place and date in
# brackets (the first place when two are written)
_BRACKETED = re.compile(
    rf"\((?P<place>{_TITLE_PLACE})(?:/{_TITLE_PLACE})*(?:,[ ](?!{_MONTH}[ ])(?P<country>{_COUNTRY_NAME}))?"
    rf",[ ](?:{_DAY}[ ]{_MONTH}|{_MONTH}[ ]{_DAY},?)[ ]\d{{4}}\)"
    rf"(?:[ ]*[:—–-]|)[ ]"
)
#: Paragraphs looked at: a byline, an agency line or a press release's header lines may come first.
_LEADING_PARAGRAPHS = 6


def _span(match: re.Match[str], *groups: str) -> Span | None:
    for group in groups:
        if match.group(group) is not None:
            return Span(match.start(group), match.end(group))
    return None


def _known(place: str) -> bool:
    """A city or country of the gazetteer (`Ottawa`, `NAIROBI`), or a dateline place of the lexicon."""
    folded = gazetteer.fold(place).lower()
    return bool(gazetteer.city(place) or gazetteer.country(place) or _dateline_places().get(folded))


def _wire(body: str, para: Span) -> re.Match[str] | None:
    caps, title = _patterns()
    match = caps.match(body, para.start, para.end)
    if match is None:
        match = title.match(body, para.start, para.end)
        if match is not None and not (
            match.group("agency")
            or match.group("bare")
            or match.group("wire")
            or match.group("caps")
            or match.group("date")
            or gazetteer.city(match.group("place"))
        ):
            match = None  # `Kenya — and Canada — agreed` is no dateline; `Ottawa — The minister` is
    if match is None or sum(ch.isalpha() for ch in match.group("place")) < 2:
        return None
    dated_colon = match.group().endswith(": ") and (match.group("date") or match.group("country"))
    if (
        not re.search("[—–_-]", match.group()[match.end("place") - match.start() :])
        and not dated_colon
        and (match.group("agency") not in lexicon.word_list("dateline_agencies.txt"))
    ):
        return None  # `BREAKING (UPDATE) The …`: with no dash, only an agency the lexicon knows stands for one
    return match


# `Port Antonio, Portland:`, `Manchioneal, Portland –`: a Caribbean paper's town and parish, with a colon or a dash
_TOWN_AND_PARISH = re.compile(
    rf"(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE}),[ ](?P<country>(?:St\.?[ ])?{_TITLE_PLACE}|{_CAPS_PLACE})"
    rf"(?:[ ]*:[ ]|[ ]*(?:—|–|--?)[ ])"
)


def _town_and_parish(body: str, para: Span) -> re.Match[str] | None:
    """A town, then the parish or county it lies in, that the gazetteer places in one country together."""
    match = _TOWN_AND_PARISH.match(body, para.start, para.end)
    if match is None:
        return None
    region = gazetteer.region_countries(match.group("country"))
    place = match.group("place")
    if region and any(
        gazetteer.place_in_country(place, iso3) or gazetteer.regional_place_in(place, frozenset({iso3}))
        for iso3 in region
    ):
        return match
    return None


# `Saint Marc, Haiti` / `AP` / `—`: a broadcaster's page copied as text puts place, agency and dash on lines of
# their own
_LINE_PLACE = re.compile(rf"(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})(?:,[ ](?P<country>{_COUNTRY_NAME}))?")
_LINE_AGENCY = re.compile(r"\(?(?P<agency>[A-Z]{2,5})\)?")
_LINE_DASH = re.compile(r"[—–-]{1,2}")


def _broken_wire(body: str, paragraphs: list[Span], i: int) -> Dateline | None:
    """The dateline written over three paragraphs from `paragraphs[i]` (place, agency, dash), or None."""
    if i + 3 >= len(paragraphs):
        return None
    place, agency, dash = (
        pattern.fullmatch(body, p.start, p.end)
        for pattern, p in zip((_LINE_PLACE, _LINE_AGENCY, _LINE_DASH), paragraphs[i : i + 3], strict=True)
    )
    if place is None or agency is None or dash is None:
        return None
    written = place.group("country")
    if not (
        _known(place.group("place")) or (written and (gazetteer.country(written) or gazetteer.us_states() & {written}))
    ):
        return None
    return Dateline(_span(place, "place"), _span(place, "country"), _span(agency, "agency"), paragraphs[i + 3].start)


def find_dateline(body: str, paragraphs: list[Span]) -> Dateline | None:
    """The dateline opening one of the first paragraphs, or None. Each paragraph is tried at its start only;
    a byline's place (`By Jane Doe in Nairobi`) only when no paragraph opens with a dateline."""
    byline: Dateline | None = None
    for i, para in enumerate(paragraphs[:_LEADING_PARAGRAPHS]):
        broken = _broken_wire(body, paragraphs, i)
        if broken is not None:
            return broken
        match = _wire(body, para)
        if match is not None:
            agency = _span(match, "agency", "bare", "wire", "caps")
            return Dateline(_span(match, "place"), _span(match, "country"), agency, match.end())
        match = _town_and_parish(body, para)
        if match is not None:
            return Dateline(_span(match, "place"), _span(match, "country"), None, match.end())
        match = _DATE_FIRST.match(body, para.start, para.end) or _BRACKETED.match(body, para.start, para.end)
        if match is not None and _known(match.group("place")):
            return Dateline(_span(match, "place"), _span(match, "country"), None, match.end())
        match = _BYLINE_PLACE.match(body, para.start, para.end)
        if byline is None and match is not None and _known(match.group("place")):
            byline = Dateline(_span(match, "place"), _span(match, "country"))
    return byline


@functools.cache
def _dateline_places() -> dict[str, str]:
    return {gazetteer.fold(place).lower(): iso3 for place, iso3 in lexicon.tsv_rows("dateline_places.tsv")}


def dateline_country(body: str, line: Dateline) -> str:
    """ISO3 of the country a dateline was filed in: its country as written (`Grenada`), else its place's
    (`NAIROBI`, `ST GEORGE’S`, `UNITED NATIONS`), else `""`."""
    if line.country is not None:
        written = body[line.country.start : line.country.end]
        iso3 = gazetteer.country(written) or gazetteer.country_any_case(written)
        if iso3:
            return iso3
        if gazetteer.fold(written) in gazetteer.us_states():
            return "USA"  # `FORT LAUDERDALE, Florida (AP)`, not Uruguay's department
        region = gazetteer.region_countries(written)  # `Speightstown, Saint Peter:` is in one region's country
        if len(region) == 1 and not gazetteer.city(body[line.place.start : line.place.end]):
            return next(iter(region))
    place = body[line.place.start : line.place.end]
    city = gazetteer.city(place) or gazetteer.city(re.sub(r"^(?i:st)\.? ", "Saint ", place.title()))
    if city is not None:
        return city.iso3
    return gazetteer.country(place) or _dateline_places().get(gazetteer.fold(place).lower(), "")


@functools.cache
def _signoff() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in lexicon.word_list("signoffs.txt")))


def is_signoff(paragraph: str) -> bool:
    """Is the whole paragraph a byline, credit line or sign-off? (Long paragraphs never are.)"""
    text = paragraph.strip()
    if len(text) > 400:
        return False
    # an outlet's name on a line of its own under a byline (`Associated Press`, `Nation Media Group`)
    return _signoff().fullmatch(text) is not None or text in lexicon.word_list("news_outlets.txt")
