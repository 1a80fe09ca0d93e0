"""Find date expressions and resolve them against the publication date.

Owns dates only: each expression becomes a `DateMention` with its offsets, the text as written, an
ISO value (`2025-06-01`, `2026-03`, `2026`) and its precision (`day`, `month`, `year`), plus the
period it covers (first and last day) so a month is drawn as a span, not a false point.

Handles: `May 11`, `Sept. 30`, `Jan 17` (before a number), `1 June 2025`, `27th August 2025`, `12th of January`,
`February 7, 2026`, `17/02/2026` (day first unless only the other reading is near), `2025/26` (a fiscal year, at
its first year over both), ranges (`March 16-18`, `March 2 to 6`, `16-18 March`: the first day over the range),
`March 2026`, `October last year`, `Sept. 14 last year`, `in 2024`, weekdays (`on Tuesday`: past or upcoming by
the tense of the clause; `this Tuesday`: the published week's; `last Thursday` on a Thursday: a week back; `on a
Monday` is no date; `Sunday (March 1)`, `Tuesday, March 3`: one date), `the 17th` alone (the published month's,
or the next once passed when the clause looks ahead), `last month`, `next month`, `this year`, `since January`,
`between April and June`, `June and July 2024` (the year written after the second month), `mid-June`, `end of
September`, `first week of February`, `first quarter of 2026`, `end of the month`, `early next year`,
`early 2026`, `yesterday`. The tense is the verb's nearest the date (a compound `Kenyan-led` is no verb; a
present that schedules, `runs out`, `begins`, `before the House rises`, looks ahead), else the sentence's, read
once; a yearless day within 45 days of publication is that one whatever the tense (news writes the year of a day
eleven months back); a target date (`by November`) is ahead unless a pluperfect looks back (`had deployed ... by
the end of January`); a dateline's date (`Jan 17 (Reuters)`) is the day of filing. With no verb just before
the date the clause's verb further back decides; inside a quotation, the quoted words' tense, not the
attribution's; `since` always looks back; a participle after a number or determiner (`5,000 displaced
families`) is no past verb; `may` looks ahead. `February’s payment` is a month; `from May to October` and
`January through March` read the second month after the first's year. A law's year (`Appropriations Act,
2026`), `the next month` (any month after another), a rank (`the 1st Battalion`) and a paper's name
(`Barbados TODAY`) are no dates.
Money, counts and durations (`$14 million`, `1,000`, `12-month`, `90-day`) never match: a year is
four digits from 1900 to 2099 standing alone, not after `$` or `No.`, not before `%` or a unit.

Notes: without a publication date, expressions that need one (weekdays, `next month`, a day with
no year) keep their text with an empty value. Weeks (`last week`) are not resolved; a count after `9 May,` is
still read as a year; `04/03/2026` is read day first (3 April would be the American reading).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.parse import vocab
from briefing.parse.doc import Doc
from briefing.parse.scan import WordStartPatterns

_MONTHS = {name.lower(): number for number, name in enumerate(vocab.MONTHS, start=1)}
_MONTHS |= {f"{short.lower()}.": number for short, number in vocab.MONTH_ABBREVIATIONS}
# Reuters and EFE write `Jan 17`, `Oct 3`: the same abbreviations without the full stop (read only before a number)
_MONTHS |= {short.lower(): number for short, number in vocab.MONTH_ABBREVIATIONS}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(vocab.WEEKDAYS)}
_SHORT = [short for short, _ in vocab.MONTH_ABBREVIATIONS]
_MONTH = (
    rf"(?P<month>{'|'.join(vocab.MONTHS)}|"
    + "|".join(rf"{short}\." for short in _SHORT)
    + rf"|(?:{'|'.join(_SHORT)})(?=\s+\d))"  # `Jan 17`: never `Jan Egeland`
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%]|,\d|\.\d|-(?:year|month|day|week))"
# Optional parts are written `(?:...|)` rather than `(?:...)?`: the same matches in the same order of
# preference, but the regex engine runs a branch several times faster than a repeated group.
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|)"
_PART_WORDS = (
    r"(?:the\s+|)(?:early|late|mid|middle of|end of|end(?=-)|start(?=-)|beginning of|start of|first half of|"
    r"second half of|(?:first|second|third|fourth|last|final) (?:week|weekend|days|fortnight|quarter) of)[\s-]+"
)
_FISCAL_LEAD = r"(?<![$£€#\d,./])(?<!Resolution )(?<!resolution )"
# `16-18 March`, `14th to 15th December`, `12 and 13 April`: a range's last day before the month (its first day
# is the date)
_DAY_TO = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th|)|)"
# `on the 17th`, `by the 28th`: the prepositions before a day of the month written alone
_ORDINAL_LEADS = ("on", "by", "until", "before", "from", "after", "since", "and", "to")
# `March 16-18`, `March 2 to 6`, `March 5 and 6` (not `March 5 and 6 people`): the range's last day (the mention
# is the range, its value the first day)
_TO_DAY = (
    r"(?:(?:\s*(?:-|–|to)\s*|\s+and\s+(?=[0-3]?\d(?:st|nd|rd|th|)(?!\s+(?!in\b|at\b|on\b)[a-z])))"
    r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|)(?!\d|[,.]\d|\s*(?:percent|%|per\b|of\b)))"
)
_PART = rf"(?:(?P<part>{_PART_WORDS})|)"
_SCHEDULING = (
    "planned",
    "scheduled",
    "rescheduled",
    "set",
    "slated",
    "due",
    "expected",
    "postponed",
    "delayed",
    "moved",
)
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Each kind is `\b` and a body that opens with a word character (`year` has lookbehinds before it); they
# are run together by `scan.WordStartPatterns`, which scans the text once for where any of them can start.
_KINDS: list[tuple[str, str, int, str]] = [  # (kind, body, flags, lead)
    # `17/02/2026` (day first, as Caribbean and European papers write it, unless the day cannot be a month's)
    # `02.03.2026` as European papers write it, the same reading
    (
        "numeric",
        r"(?P<first>[0-3]?\d)(?:/(?P<second>[01]?\d)/|\.(?P<dotted>[01]?\d)\.)(?P<year>(?:19|20)\d\d)\b",
        0,
        r"(?<![\d/.])",
    ),
    # `Q1 2026`, `H2 2025`: a quarter or half of a year, dated by the year
    ("year_part", r"[QH][1-4]\s+(?:of\s+|)(?P<year>(?:19|20)\d\d)\b", 0, r"(?<![\w-])"),
    # `2025/26`, `2025/2026`, `2025-26`: a fiscal or budget year, dated by its first year
    # `FY2026`, `FY 2026`, `FY26`: a fiscal year by its number
    ("fiscal_number", r"FY\s?(?P<fy>(?:19|20)\d\d|\d\d)\b(?![/\d-])", 0, r"(?<![\w-])"),
    ("fiscal_year", r"(?P<year>(?:19|20)\d\d)[/–-](?P<next>\d\d|(?:19|20)\d\d)\b(?![/\d-])", 0, _FISCAL_LEAD),
    ("month_day_year", rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", 0, ""),
    # `3 March 2025`; with a comma (`3 March, 2025 officers`) the number is a count, not the year
    ("day_month_year", rf"{_DAY}{_DAY_TO}\s+{_MONTH}\s+{_YEAR}", 0, ""),
    # `Sept. 14 last year`, `March 3 next year`: a day of the year before or after publication
    (
        "month_day",
        rf"{_MONTH}\s+{_DAY}\b(?!,\d{{3}})(?![\d,.]*\s*(?:percent|%|million|billion)){_TO_DAY}?"
        r"(?:\s+(?:of\s+|)(?P<rel>last|this|next)\s+year\b|)",  # `March 3 of last year` too
        0,
        "",
    ),
    ("day_month", rf"{_DAY}{_DAY_TO}\s+(?:of\s+|){_MONTH}(?!\s+(?:19|20)\d\d)", 0, ""),
    # `on the 17th`, `by the 28th`: a day of the published month (or the next, once it has passed)
    (
        "ordinal_day",
        r"the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Za-z]))",  # `the 1st Battalion` is a rank
        0,
        "(?:" + "|".join(rf"(?<=\b{w} )" for w in _ORDINAL_LEADS) + ")",
    ),
    ("month_year", rf"{_PART}{_MONTH}\s+(?:of\s+|){_YEAR}", 0, ""),
    # `October last year`, `June this year`: a month of the year before, of, or after publication
    ("month_rel_year", rf"{_PART}{_MONTH}\s+(?:of\s+|)(?P<rel>last|this|next)\s+year\b", 0, ""),
    ("part_month", rf"(?P<part>{_PART_WORDS}){_MONTH}(?!\s+\d(?!\d?,\d{{3}}))", 0, ""),  # `early April 5,000 fled`
    # `January through March`, `May to July`, `June and July`: a month alone that opens a range of months
    (
        "range_month",
        rf"{_MONTH}(?=\s*(?:through|to|until|till|and|or|–|-)\s*(?:(?:early|late|mid)[\s-]+|)"
        rf"(?:{'|'.join(vocab.MONTHS)})\b(?![\s,]+\d))",
        0,
        "",
    ),
    (
        "rel_month",
        rf"(?P<rel>(?i:since|last|next|this|in|until|through|by|before|after|from|during|between|of|throughout|"
        rf"around|beyond))\s+{_MONTH}"
        r"(?![\s,]+\d)",
        0,
        "",
    ),
    # `February’s payment`, `March's vote`: a month named in the possessive (never `May`, also a name)
    ("month_possessive", rf"{_MONTH}(?<!May)(?=[’']s\b)", 0, ""),
    # `planned for August`, `postponed for March`: `for` a month only right after a word that schedules (`sets the
    # first round for November` may be a report's month as well as a vote's)
    (
        "rel_month",
        rf"(?P<rel>for)\s+{_MONTH}(?![\s,]+\d)",
        0,
        "(?:" + "|".join(rf"(?<=\b{w} )" for w in _SCHEDULING) + ")",
    ),
    ("part_year", rf"(?P<part>{_PART_WORDS}){_YEAR}", 0, ""),
    # not a phone number's last group (`+509 3702 2026`, `850-410-2026`) nor a UN symbol's year (`2793 (2025)`)
    # nor a number a label opens (`Flight 2026`, `Route 2025`, `Article 2026`) nor a UN document's (`S/2026/31`)
    (
        "year",
        rf"{_YEAR}\b",
        0,
        r"(?<![$£€#\d,./])(?<!No\. )(?<!Resolution )(?<!resolution )(?<!\d-)(?<!\d )(?<!\d \()"
        r"(?<!Flight )(?<!Route )(?<!Article )(?<!Section )(?<!Highway )(?<!Room )"
        r"(?<!Act, )(?<!Act of )",  # `the Appropriations Act, 2026`: a law's title
    ),
    (
        "weekday",
        r"(?:(?P<rel>(?i:last|next|this|on|on\s+the\s+following))\s+|)"
        rf"(?P<weekday>{'|'.join(vocab.WEEKDAYS)})\b",
        0,
        r"(?<!\ba )(?<!\bA )(?<!\bany )(?<!\bevery )(?<!\beach )",  # `on a Monday` is any Monday, not a date
    ),
    # `end of the month`, `early next year`, `late last year`: part of a month or year named from publication
    (
        "part_relative",
        rf"(?P<part>{_PART_WORDS})(?P<rel>the|this|next|last)\s+(?P<unit>month|year)\b",
        re.I,
        "",
    ),
    # not `the next month`, `the last year`: any month after or before some other time, no dated one
    (
        "relative",
        r"(?P<rel>last|next|this|later this|earlier this)\s+(?P<unit>month|year)\b",
        re.I,
        r"(?<!the )(?<!The )",
    ),
    ("deictic", r"(?P<word>yesterday|today|tomorrow)\b", re.I, ""),
    # `a year ago`, `two months ago`: counted back from publication (weeks and days are not resolved, as `last week`)
    ("ago", rf"(?P<count>a|an|one|{'|'.join(_COUNTS)}|[1-9]\d?)\s+(?P<unit>year|month)s?\s+ago\b", re.I, ""),
    # `by the end of the first quarter`: a quarter of the published year (of the next once passed, looking ahead)
    (
        "quarter",
        r"(?:(?:the\s+|)(?:end|start|beginning|middle) of\s+|)the\s+(?P<quarter>first|second|third|fourth)\s+"
        r"quarter\b(?!\s+of\s+(?:the\s+|)(?:(?:19|20)\d\d|year|fiscal))",
        re.I,
        "",
    ),
    # `between April and June`, `late 2023 and March`: a month joined to a date just before it (see `dates_in`)
    ("and_month", rf"(?P<rel>and|to|or)\s+{_MONTH}(?![\s,]+\d)", 0, ""),
]
_PATTERNS = WordStartPatterns([(body, flags, lead) for _, body, flags, lead in _KINDS])
_FUTURE = re.compile(
    r"\b(?:will|shall|would|could|can|might|(?-i:may)(?!\s+have\b)|should|is due|are due|is set to|are set to|"
    r"scheduled|plans? to|expected to|"
    # `lasted until`, `held out until`: a past verb's end point, not a schedule
    r"upcoming|(?<!ed )(?<!held )(?<!out )until|going to|set for|slated for|pencill?ed in for|"
    r"is to|are to|ahead of|deadline|must|expected|planned for|"
    # a present tense that states a schedule: `the mandate runs out Oct. 2`, `the season begins in May`
    r"begins|expires|runs out|lapses|takes effect|"
    # a clause of a scheduled event: `before the House rises for its recess on April 2`
    r"(?:before|until|till|once)\s+(?:the\s+|its\s+|their\s+|)[A-Za-z]+\s+"
    r"(?:rises|begins|ends|opens|closes|meets|sits|resumes|reconvenes|returns|expires))\b",
    re.I,
)


#: A target date that opens its clause (`By late March, …`, `…, and by June the …`), before any verb of it.
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:by|until|before)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_LEAD = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|)(?:been\s+|)[a-z]+(?:ed|en|wn|ne)\b", re.IGNORECASE)
_NEAR, _LEAD = 60, 200
_STEP = {"last": -1, "this": 0, "next": 1}
_TARGET_LEAD = re.compile(r"\b(?:by|until|before|ahead of|no later than|through|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
# `-ed` words, but not a compound adjective (`Kenyan-led`, `U.S.-backed`) nor one that schedules (`scheduled for`)
# nor the participle of a passive after a modal (`will be held`, `would be deployed`: the modal tells the time)
_PAST = re.compile(
    r"(?<![-’'])(?<!\bbe )\b(?:said|told|was|were|had|did|met|began|went|took|held|made|gave|sent|came|"
    r"left|fled|wrote|spoke|rose|fell|struck|won|lost|paid|kept|found|saw|brought|became|broke|flew|stood|"
    r"ran|led|fought|grew|drove|sought|spent|built|bought|sold|withdrew|shot|swept|stole|threw|chose|knew|"
    # `400,000 displaced people`, `for armed groups`: a participle after a number or determiner is an adjective
    r"(?<!\d )(?<!\bthe )(?<!\bfor )(?<!\bof )(?<!\ba )(?<!\ban )(?!scheduled\b|expected\b)\w+ed)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # ISO at its precision, "" when it cannot be resolved
    precision: str  # day | month | year
    period_start: str  # ISO day, "" when unresolved
    period_end: str


def _month_span(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()


def _day(year: int, month: int, day: int) -> tuple[str, str, str, str] | None:
    try:
        iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return iso, "day", iso, iso


def _month(year: int, month: int) -> tuple[str, str, str, str]:
    return f"{year:04d}-{month:02d}", "month", *_month_span(year, month)


def _year(year: int) -> tuple[str, str, str, str]:
    return f"{year:04d}", "year", f"{year:04d}-01-01", f"{year:04d}-12-31"


def _tense(sentence: Callable[[], str | None], lead: str = "") -> str | None:
    """`future`, `past` or None: the verb just before the date decides (`said on Monday` is past);
    failing that, the sentence, when it speaks of one time only. `lead`: up to `_LEAD` characters of the
    sentence before the date; the verbs are read in its last `_NEAR` only."""
    near = lead[-_NEAR:]
    if len(lead) > _NEAR and lead[-_NEAR - 1].isalnum():
        near = near.split(" ", 1)[-1]  # not the tail of a word cut in two (`cted` of `expected` is no past verb)
    if _SINCE_LEAD.search(near):
        return "past"  # `operating there since late June`, `in touch since Sunday`: looked back to, whatever follows
    if _TARGET_LEAD.search(near):
        # `by November`, `before the end of September`: a target date, ahead unless the clause looks back
        # from a past point (`had deployed 1,800 officers by the end of January`)
        looked_back = max((m.end() for m in _PLUPERFECT.finditer(lead)), default=-1)
        ahead = max((m.end() for m in _FUTURE.finditer(lead)), default=-1)
        if ahead < 0 and looked_back < 0 and _CLAUSE_OPENS.search(near) and sentence() == "past":
            return "past"  # `By late March the gangs controlled the town`: a past clause's point in time
        return "past" if looked_back > ahead else "future"
    # the verbs just before the date, else the clause's further back (`would hold a vote before the mandate comes
    # up for renewal in September`: `would` is its verb), else the sentence's
    for window in (near, lead):
        future = [m.end() for m in _FUTURE.finditer(window)]
        past = [m.end() for m in _PAST.finditer(window)]
        if future or past:
            return "future" if max(future, default=-1) > max(past, default=-1) else "past"
    return sentence()


def _sentence_tense(sentence: str) -> str | None:
    """`future` or `past` when the sentence speaks of one time only, else None."""
    has_future, has_past = bool(_FUTURE.search(sentence)), bool(_PAST.search(sentence))
    if has_future != has_past:
        return "future" if has_future else "past"
    return None


def _nearest_year(published: dt.date, tense: str | None, first_day: Callable[[int], dt.date | None]) -> int | None:
    """The year that puts a yearless date nearest the publication date, on the side the tense allows."""
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        day = first_day(year)
        if day is None or (tense == "future" and day < published) or (tense == "past" and day > published):
            continue
        distance = abs((day - published).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _resolve(
    kind: str, m: re.Match[str], published: dt.date | None, sentence: Callable[[], str | None], lead: str = ""
) -> tuple[str, str, str, str]:
    """(value, precision, period start, period end); empty value where the publication date is needed."""
    groups = m.groupdict()
    month = _MONTHS[groups["month"].lower()] if groups.get("month") else 0
    year = int(groups["year"]) if groups.get("year") else 0
    if kind == "numeric":
        return _numeric(int(groups["first"]), int(groups["second"] or groups["dotted"]), year, published)
    if kind == "fiscal_number":
        fy = int(groups["fy"])
        return _year(fy if fy > 99 else 2000 + fy)
    if kind == "fiscal_year":
        value, precision, first, _ = _year(year)
        return value, precision, first, f"{year + 1:04d}-12-31"
    if kind in ("month_day_year", "day_month_year"):
        return _ranged(_day(year, month, int(groups["day"])), year, month, groups)
    if kind == "month_day" and groups.get("rel"):
        if published is None:
            return "", "day", "", ""
        return _day(published.year + _STEP[groups["rel"].lower()], month, int(groups["day"])) or ("", "day", "", "")
    if kind == "ordinal_day":
        if published is None:
            return "", "day", "", ""
        return _ordinal_day(int(groups["day"]), published, _tense(sentence, lead)) or ("", "day", "", "")
    if kind == "month_rel_year":
        if published is None:
            return "", "month", "", ""
        return _month(published.year + _STEP[groups["rel"].lower()], month)
    if kind in ("month_year", "part_month", "rel_month", "and_month", "month_possessive", "range_month"):
        if not year:
            if published is None:
                return "", "month", "", ""
            rel = (groups.get("rel") or "").lower()
            tense = "past" if rel in ("since", "last") else "future" if rel == "next" else _tense(sentence, lead)
            if tense == "past":  # the month counts as past while it is under way
                year = published.year if month <= published.month else published.year - 1
            elif tense == "future":
                year = published.year if month >= published.month else published.year + 1
                year += rel == "next" and month == published.month
            else:
                year = _nearest_year(published, None, lambda y: dt.date(y, month, 15)) or published.year
        return _month(year, month)
    if kind in ("month_day", "day_month"):
        if published is None:
            return "", "day", "", ""
        day = int(groups["day"])

        def on(year: int) -> dt.date | None:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None

        tense = _tense(sentence, lead)
        year = _nearest_year(published, tense, on) or published.year
        nearest = _nearest_year(published, None, on)
        first = on(nearest) if nearest else None
        if tense is not None and nearest and first and abs((first - published).days) <= _CLOSE_DAYS:
            year = nearest  # a day weeks away is that one, not the one eleven months back (its year is not written)
        return _ranged(_day(year, month, day), year, month, groups)
    if kind in ("year", "part_year", "year_part"):
        return _year(year)
    if published is None:
        unit = (groups.get("unit") or "").lower()
        return "", "month" if unit == "month" else "year" if unit == "year" else "day", "", ""
    if kind == "weekday":
        target = _WEEKDAYS[groups["weekday"].lower()]
        rel = (groups.get("rel") or "").lower()
        tense = _tense(sentence, lead) if rel != "last" and rel != "next" else None
        if rel == "this":  # `this Tuesday`: the day of the published week, unless the tense says otherwise
            delta = target - published.weekday()
            if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
                delta += -7 if delta > 0 else 7
        else:
            forward = rel == "next" or (rel != "last" and tense == "future")
            delta = (target - published.weekday()) % 7 if forward else -((published.weekday() - target) % 7)
            if delta == 0 and rel in ("next", "last"):
                delta = 7 if forward else -7  # `last Thursday` on a Thursday is a week back; `on Thursday`, that day
        day = published + dt.timedelta(days=delta)
        return day.isoformat(), "day", day.isoformat(), day.isoformat()
    if kind == "ago":
        count = groups["count"].lower()
        back = int(count) if count.isdigit() else _COUNTS.index(count) + 2 if count in _COUNTS else 1
        if groups["unit"].lower() == "year":
            return _year(published.year - back)
        index = published.year * 12 + published.month - 1 - back
        return _month(index // 12, index % 12 + 1)
    if kind == "quarter":
        last_month = 3 * _QUARTERS[groups["quarter"].lower()]
        tense = _tense(sentence, lead)
        year = published.year + (tense == "future" and published.month > last_month)
        year -= tense == "past" and published.month <= last_month - 3
        return _year(year)
    if kind in ("relative", "part_relative"):
        step = _STEP.get(groups["rel"].lower(), 0)  # `the month` is this month
        if groups["unit"].lower() == "year":
            return _year(published.year + step)
        index = published.year * 12 + published.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    word = groups["word"].lower()
    day = published + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
    return day.isoformat(), "day", day.isoformat(), day.isoformat()


#: A yearless day this close to publication is that one, whatever the tense (`asked them to come from March 2
#: to 6`): news writes the year of a day eleven months back (`March 2 last year`, `March 2, 2025`).
_CLOSE_DAYS = 45


def _ranged(
    first: tuple[str, str, str, str] | None, year: int, month: int, groups: dict[str, str | None]
) -> tuple[str, str, str, str]:
    """`March 16-18`, `16-18 March 2026`: the first day, over the range's days."""
    if first is None:
        return "", "day", "", ""
    day2 = int(groups.get("day2") or 0)
    last = _day(year, month, day2) if day2 > int(groups["day"] or 0) else None
    return (first[0], first[1], first[2], last[3]) if last else first


def _numeric(first: int, second: int, year: int, published: dt.date | None) -> tuple[str, str, str, str]:
    """`17/02/2026` is day/month; `02/17/2026` month/day (no 17th month); where both read (`04/03/2026`) the
    day-first reading, unless only the other lies within a year of publication."""
    day_first, month_first = _day(year, second, first), _day(year, first, second)
    if day_first and month_first and published is not None:
        near = [r for r in (day_first, month_first) if abs((dt.date.fromisoformat(r[0]) - published).days) <= 366]
        return near[0] if len(near) == 1 else day_first
    return day_first or month_first or ("", "day", "", "")


def _ordinal_day(day: int, published: dt.date, tense: str | None) -> tuple[str, str, str, str] | None:
    """`on the 17th`: that day of the published month; of the next month when it has passed and the clause
    looks ahead, of the month before when it is still to come and the clause looks back."""
    index = published.year * 12 + published.month - 1
    if day < published.day and tense == "future":
        index += 1
    elif day > published.day and tense == "past":
        index -= 1
    return _day(index // 12, index % 12 + 1, day)


def _trim_lead(kind: str, m: re.Match[str]) -> int:
    """Where the date text starts: a leading preposition (`on`, `since`) is context, not the date."""
    if kind in ("rel_month", "and_month") and m.group("rel").lower() not in ("since", "last", "next", "this"):
        return m.start("month")
    if kind == "weekday" and m.group("rel") and m.group("rel").lower().startswith("on"):
        return m.start("weekday")
    return m.start()


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a span in `taken` (sorted, non-overlapping)?"""
    i = bisect.bisect_left(taken, (start, start))
    return (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start)


def find_dates(doc: Doc) -> list[DateMention]:
    """The `dates` stage: date expressions of the article, resolved against its publication date."""
    return dates_in(doc.body, doc.published, [(s.start, s.end) for s in doc.sentences])


def _tense_of(text: str, bounds: tuple[int, int], tenses: dict[tuple[int, int], str | None]) -> str | None:
    if bounds not in tenses:
        tenses[bounds] = _sentence_tense(text[bounds[0] : bounds[1]])
    return tenses[bounds]


_AGENCY_AFTER = re.compile(r"\s*\((?:[A-Z][\w.]*\s*){1,3}\)")  # `(Reuters)`, `(EFE)`, `(AP)` after a dateline's date


def _filed() -> str:
    return "past"


def _just_after_date(taken: list[tuple[int, int]], at: int) -> bool:
    """Does a date found already end just before `at` (`between April` before `and June`)?"""
    i = bisect.bisect_right(taken, (at, at)) - 1
    return i >= 0 and at - 2 <= taken[i][1] <= at


def _regions(text: str, sentence_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a date may lie: each sentence, and each line of the text between sentences (a byline, say).
    A date read across a sentence's end (`in February` / `2025 was a hard year` on the next line) would lie
    outside the sentence that names it; a line break inside a sentence (hard-wrapped text) is no such end."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for start, end in [*sorted(sentence_spans), (len(text), len(text))]:
        while pos < start:  # the gap before this sentence, line by line
            line_end = text.find("\n", pos, start)
            line_end = start if line_end == -1 else line_end
            if line_end > pos:
                regions.append((pos, line_end))
            pos = line_end + 1
        if end > start:
            regions.append((start, end))
        pos = max(pos, end)
    return regions


def _matches(text: str, sentence_spans: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Each kind's matches, none reaching past the end of the region (sentence or line) it starts in.

    The whole text is searched once; only a region where some match runs past its end (rare: a date read
    across a line break) is searched again on its own, as if the text ended there (`in February` is then
    found where `February` / `2025` was), so the usual article costs one search, not one per sentence."""
    whole = _PATTERNS.matches(text)
    regions = _regions(text, sentence_spans)
    firsts = [a for a, _ in regions]

    def region_of(at: int) -> int:
        return bisect.bisect_right(firsts, at) - 1

    # a region a match runs into is searched again too: the match hid what starts in it (`on` / `Monday`)
    again = {
        i
        for matches in whole
        for m in matches
        if m.end() > regions[region_of(m.start())][1]
        for i in range(region_of(m.start()), region_of(m.end() - 1) + 1)
    }
    if not again:
        return whole
    found = [[m for m in matches if region_of(m.start()) not in again] for matches in whole]
    for i in sorted(again):
        a, b = regions[i]
        starts = _PATTERNS.starts(text, a, b)
        for index, matches in enumerate(found):
            matches.extend(_PATTERNS.finditer(index, text, starts, a, b))
    for matches in found:
        matches.sort(key=lambda m: m.start())
    return found


def dates_in(text: str, published: dt.date | None, sentence_spans: list[tuple[int, int]]) -> list[DateMention]:
    """Date expressions of a text, longest first where they overlap, in order of appearance; each lies inside
    one sentence (or, outside the sentences, one line)."""
    taken: list[tuple[int, int]] = []  # kept sorted, so each check is a bisection
    found: list[DateMention] = []
    sentence_starts = [a for a, _ in sentence_spans]
    tenses: dict[tuple[int, int], str | None] = {}  # each sentence's tense, read once however many dates it holds
    sources = [(m.start(), m.end()) for m in _SOURCE_LINE.finditer(text)] if "ource" in text else []
    for (kind, *_), matches in zip(_KINDS, _matches(text, sentence_spans), strict=True):
        for m in matches:
            start, end = _trim_lead(kind, m), m.end()
            if sources and _overlaps(sources, start, end):
                continue  # `Source: IOM DTM, flash report 12-16 October 2025`: the citation's date, not the story's
            if text[start : start + 4].lower() == "the ":
                start += 4  # `the end of September` is written `end of September`
            if _overlaps(taken, start, end) or (kind == "and_month" and not _just_after_date(taken, m.start())):
                continue
            if kind == "deictic" and not m.group().islower() and _NAME_BEFORE.search(text, max(0, start - 40), start):
                continue  # `Barbados TODAY`, `USA Today`: a newspaper's name, not the day
            k = bisect.bisect_right(sentence_starts, start) - 1
            bounds = sentence_spans[k] if k >= 0 and start < sentence_spans[k][1] else (start, end)
            bounds = _quoted(text, bounds, start, end)
            sentence = functools.partial(_tense_of, text, bounds, tenses)
            if _AGENCY_AFTER.match(text, end):
                sentence = _filed  # `NAIROBI, Jan 17 (Reuters) -`: the day the story was filed
            lead = text[max(bounds[0], start - _LEAD) : start]
            value, precision, first, last = _resolve(kind, m, published, sentence, lead)
            if kind in _YEARLESS_MONTHS and (later := _COORDINATED_YEAR.match(text, end)):
                # `June and July 2024`, `from October to December 2025`: the year written after the second month
                month, second = _MONTHS[m.group("month").lower()], _MONTHS[later.group("month").lower()]
                year = int(later.group("year")) - (month > second)
                value, precision, first, last = _month(year, month)
            elif (
                kind in ("and_month", "rel_month")
                and m.group("rel").lower() in _RANGE_WORDS
                and value
                and (before := _ending_at(found, m.start()))
                and len(before.value) > 4
            ):
                # `from May to October`, `between November and February`: the first month after the one before
                month = _MONTHS[m.group("month").lower()]
                year = int(before.value[:4]) + (month < int(before.value[5:7]))
                value, precision, first, last = _month(year, month)
            bisect.insort(taken, (start, end))
            found.append(DateMention(start, end, text[start:end], value, precision, first, last))
    found.sort(key=lambda d: d.start)
    return _with_bracketed_dates(text, found)


def _quoted(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The quotation around a date, when it lies inside one of its sentence's (`“We fear a rise in June,” the
    doctor warned`: the quoted words tell its time, not the past of the attribution); else the sentence."""
    opening = text.rfind("“", bounds[0], start)
    if opening < 0 or text.rfind("”", bounds[0], start) > opening:
        return bounds
    closing = text.find("”", end, bounds[1])
    return (opening + 1, closing) if closing > 0 else bounds


def _ending_at(found: list[DateMention], at: int) -> DateMention | None:
    """The date found that ends a space or two before `at` (`May` before `to October`)."""
    return next((d for d in found if at - 2 <= d.end <= at), None)


#: A capitalised word just before (`Barbados TODAY`): a capitalised `Today` after it is part of a name.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ ]$")
#: A release's citation line at its foot (`Source: IOM DTM, 16 October 2025`, `Sources: …`).
_SOURCE_LINE = re.compile(r"^Sources?:[^\n]*", re.MULTILINE)
_YEARLESS_MONTHS = frozenset({"rel_month", "and_month", "part_month", "range_month"})
#: Words that close a range after a month (`May to October`, `January through March`)
_RANGE_WORDS = frozenset({"and", "or", "to", "through", "until", "till"})
_COORDINATED_YEAR = re.compile(
    rf"\s*,?\s*(?:and|or|to|through|until|till|–|-)\s+(?:(?:early|late|mid)[\s-]+|){_MONTH}\s+(?:of\s+|){_YEAR}"
)
_BRACKET_OPEN = re.compile(r"(?:’s|'s|)\s*\(\s*|,\s+")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _names_weekday(value: str, weekday: str) -> bool:
    """Does the ISO day fall on the weekday written beside it (or is it unresolved)? `Monday, May 11 is the
    deadline` pairs two dates, not one."""
    if not value:
        return True
    return dt.date.fromisoformat(value).weekday() == _WEEKDAYS[weekday.rstrip("’'s").lower()]


def _with_bracketed_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """`Sunday (March 1)`, `Thursday’s (March 5) sitting`, `Tuesday, March 3, 2026`: a weekday with its date in
    brackets or after a comma is one date, the written one's."""
    merged: list[DateMention] = []
    i = 0
    while i < len(found):
        day = found[i]
        opening = _BRACKET_OPEN.match(text, day.end) if day.text.split()[-1] in vocab.WEEKDAYS else None
        if opening and i + 1 < len(found) and found[i + 1].start == opening.end():
            written = found[i + 1]
            closing = _BRACKET_CLOSE.match(text, written.end) if "(" in opening.group() else None
            same_day = written.precision == "day" and _names_weekday(written.value, day.text.split()[-1])
            if (closing is not None or opening.group().startswith(",")) and same_day:
                end = closing.end() if closing is not None else written.end
                merged.append(
                    DateMention(
                        day.start,
                        end,
                        text[day.start : end],
                        written.value,
                        "day",
                        written.period_start,
                        written.period_end,
                    )
                )
                i += 2
                continue
        merged.append(day)
        i += 1
    return merged
