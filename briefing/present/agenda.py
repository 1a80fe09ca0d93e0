"""What the Briefing lists as of a date: the next deadline, the funding decisions, the latest developments
and the developments new in the week up to it.

Each list is read from events-shaped rows and one as-of day, never from an article's own publication
date, so a corpus whose newest article is from December 2026 does not announce a March 2023 deadline
as fifty days away. The Briefing gives it one row per development (`developments.agenda_rows`), so
ten articles reporting one deadline are one line that counts its sources; the functions read plain
events as well (one line per report). A sentence with two dates is two events (and two developments);
a list shows it once, at the date that matters on the as-of day, and names its other dates.

Plain data in, small dataclasses out; the Briefing page only draws them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from briefing.present.asof import with_statuses
from briefing.present.filters import days, format_day, names_any
from briefing.present.views import DEADLINE_TOPIC, event_when, funding_decisions, to_date

LATEST = 8  # latest developments listed


@dataclass(frozen=True)
class Deadline:
    event_id: str
    when: str  # '1 Jun 2025'
    date_text: str  # as written
    day: dt.date  # the day counted to
    days_to_go: int  # from the as-of day
    as_of: str  # '21 May 2025'
    summary: str
    article_title: str
    development_id: str = ""
    sources: int = 0  # articles reporting it (a development's; 0 for a lone event)
    conflict: str = ""  # the competing dates in words, when the sources disagree


@dataclass(frozen=True)
class Line:
    """One sentence of a list: its event at the date that matters, and the sentence's other dates.

    Read from developments (`developments.agenda_rows`), a line also says how many articles report
    it, whether they disagree on the date, and when it was first reported."""

    event_id: str
    article_id: str
    when: str  # '1 Jun 2025', 'Mar 2026'
    status: str  # as of the list's day
    summary: str
    also: tuple[str, ...] = ()  # the sentence's other dates, in list order
    development_id: str = ""
    sources: int = 0
    conflict: str = ""
    first_reported: str = ""  # '21 May 2025'; empty when unknown or not a development


def _count(value: object) -> int:
    return 0 if value is None or pd.isna(value) else int(value)


def _words(value: object) -> str:
    return value if isinstance(value, str) else ""


def _due(events: pd.DataFrame) -> pd.Series:
    """The day each event falls due: a day-precision date itself, a month or year by its last day."""
    by_day = (events["date_precision"].fillna("day") == "day").to_numpy(dtype=bool)
    return pd.Series(np.where(by_day, days(events["date_start"]), days(events["date_end"])), index=events.index).astype(
        "datetime64[ns]"
    )


def next_deadline(events: pd.DataFrame, articles: pd.DataFrame, as_of: dt.date) -> Deadline | None:
    """The deadline falling due soonest on or after the as-of day (an event of kind or topic deadline).

    A deadline dated to a month or year falls due by the end of that period, so a month still under
    way counts to its last day; the count of days runs from the as-of day, not from the article.
    """
    if events.empty:
        return None
    is_deadline = (events["kind"] == DEADLINE_TOPIC).fillna(False).astype(bool)
    is_deadline |= names_any(events["topics"], [DEADLINE_TOPIC])
    due = _due(events)
    mask = (is_deadline & due.notna() & (due >= pd.Timestamp(as_of))).to_numpy(dtype=bool)
    if not mask.any():
        return None
    keys = pd.DataFrame(
        {"due": due[mask], "start": events["date_start"][mask], "article": events["article_id"][mask]}
    ).assign(pos=events["start"][mask])
    first = keys.sort_values(["due", "start", "article", "pos"], kind="stable").index[0]
    row = events.loc[first]
    day = due[first].date()
    article = articles[articles["article_id"] == row["article_id"]]
    title = article["title"].iloc[0] if not article.empty else ""
    return Deadline(
        event_id=row["event_id"],
        when=event_when(row),
        date_text=row["date_text"] if isinstance(row["date_text"], str) else "",
        day=day,
        days_to_go=(day - as_of).days,
        as_of=format_day(as_of),
        summary=row["summary"],
        article_title=title if isinstance(title, str) else "",
        development_id=_words(row.get("development_id")),
        sources=_count(row.get("sources")),
        conflict=_words(row.get("conflict")),
    )


def _sentence_key(events: pd.DataFrame) -> pd.Series:
    """What makes two events one line: the same sentence, in any article (a syndicated copy too).

    The sentence as the parser cut it, compared exactly: hashing 80,000 of them takes milliseconds,
    where normalising their whitespace first took a second.
    """
    return events["sentence"].fillna(events["summary"]).fillna("").astype(object)


def _lines(ordered: pd.DataFrame, limit: int | None = None, as_of: dt.date | None = None) -> list[Line]:
    """One line per distinct sentence, at its first event in `ordered`, naming the sentence's other
    dates; the first `limit` lines (all when None), with statuses as of `as_of` when given (else as
    `ordered` has them). Only the listed sentences are read row by row."""
    if ordered.empty:
        return []
    ordered = ordered.reset_index(drop=True)
    keys = _sentence_key(ordered)
    heads = ordered[~keys.duplicated().to_numpy(dtype=bool)]
    if limit is not None:
        heads = heads.head(limit)
    if as_of is not None:
        heads = with_statuses(heads, as_of)
    listed = keys[heads.index]
    members = ordered[keys.isin(set(listed)).to_numpy(dtype=bool)]
    when: dict[str, list[str]] = {}
    for key, record in zip(keys[members.index], members.to_dict("records"), strict=True):
        when.setdefault(key, []).append(event_when(record))
    lines = []
    for key, head in zip(listed, heads.to_dict("records"), strict=True):
        shown = event_when(head)
        others = tuple(dict.fromkeys(w for w in when[key] if w != shown))
        first = to_date(head.get("first_reported"))
        lines.append(
            Line(
                head["event_id"],
                head["article_id"],
                shown,
                head["status"],
                head["summary"],
                others,
                development_id=_words(head.get("development_id")),
                sources=_count(head.get("sources")),
                conflict=_words(head.get("conflict")),
                first_reported=format_day(first) if first else "",
            )
        )
    return lines


def _ordered(events: pd.DataFrame, columns: list[str], ascending: list[bool]) -> pd.DataFrame:
    return events.sort_values(columns, ascending=ascending, kind="stable", na_position="last")


def funding_lines(events: pd.DataFrame, actors: pd.DataFrame, as_of: dt.date) -> list[Line]:
    """The mission's funding decisions as of a day: upcoming and current ones first, the soonest due
    first (a month or year falls due on its last day, as for `next_deadline`), then past ones, the most
    recent first, then the undated; one line per distinct sentence."""
    decisions = with_statuses(funding_decisions(events, actors), as_of)
    if decisions.empty:
        return []
    keyed = decisions.assign(
        _due=_due(decisions),
        _start=days(decisions["date_start"]),
        _end=days(decisions["date_end"]),
        _article=decisions["article_id"],
        _pos=decisions["start"],
    )
    status = keyed["status"]
    ahead = _ordered(keyed[status.isin(["upcoming", "current"])], ["_due", "_start", "_article", "_pos"], [True] * 4)
    past = _ordered(keyed[status == "past"], ["_end", "_start", "_article", "_pos"], [False, False, True, True])
    rest = keyed[~status.isin(["upcoming", "current", "past"])]
    return _lines(pd.concat([ahead, past, rest]))


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def latest_developments(events: pd.DataFrame, as_of: dt.date, limit: int = LATEST) -> list[Line]:
    """The newest dated events that had happened by the as-of day (their period ended on or before
    it), newest first, a finer date before a coarser one ending the same day; one line a sentence.

    "Dated" means the text gives the date: an event the parser dates by its article's publication
    (no date written) is a statement of the article, not a development on a day.
    """
    if events.empty:
        return []
    end = days(events["date_end"])
    written = events["date_text"].fillna("").astype(str).str.strip() != ""
    mask = (written & end.notna() & (end <= pd.Timestamp(as_of))).to_numpy(dtype=bool)
    happened = events[mask]
    if happened.empty:
        return []
    keyed = happened.assign(
        _end=end[mask],
        _start=days(happened["date_start"]),
        _precision=happened["date_precision"].map(_PRECISION_RANK).fillna(3),
        _article=happened["article_id"],
        _pos=happened["start"],
    )
    ordered = _ordered(keyed, ["_end", "_precision", "_start", "_article", "_pos"], [False, True, False, True, True])
    return _lines(ordered, limit, as_of)


NEW_SINCE_DAYS = 7  # "New since": developments first reported in this many days up to the as-of day


def new_since_window(as_of: dt.date, span: int = NEW_SINCE_DAYS) -> tuple[dt.date, dt.date]:
    """The first and last day (both counted) of the `span` days that end on the as-of day: an article
    published on the as-of day itself is new, one published after it is not yet known."""
    return as_of - dt.timedelta(days=span - 1), as_of


def new_since(rows: pd.DataFrame, as_of: dt.date, span: int = NEW_SINCE_DAYS) -> list[Line]:
    """Developments first reported within `new_since_window`, the most recently reported first (then
    the latest date first); one line a sentence. `rows` are `developments.agenda_rows`, whose
    `first_reported` is the earliest publication among a development's articles."""
    if rows.empty:
        return []
    first, last = new_since_window(as_of, span)
    reported = days(rows["first_reported"])
    mask = (reported.notna() & (reported >= pd.Timestamp(first)) & (reported <= pd.Timestamp(last))).to_numpy(
        dtype=bool
    )
    fresh = rows[mask]
    if fresh.empty:
        return []
    keyed = fresh.assign(
        _reported=reported[mask],
        _start=days(fresh["date_start"]),
        _development=fresh["development_id"],
    )
    ordered = _ordered(keyed, ["_reported", "_start", "_development"], [False, False, True])
    return _lines(ordered, None, as_of)
