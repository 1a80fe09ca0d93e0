"""The as-of date: the day the dashboard reads the corpus from, and each event's status on it.

Owns what "as of" means: by default the newest article's publication date (so a corpus of old
articles reads as it did when the last one appeared), or today, or any chosen day; how that choice
travels in a URL (`asof=today`, `asof=2026-03-01`, nothing for the default), and how it reads in a
caption ("as of 21 May 2025, the newest article's date"). Every event's status ("upcoming", "current",
"past") is recomputed here from its period and the as-of day; the stored `status` column keeps the
parser's status relative to the event's own article, and downloads carry that column unchanged.

Knows nothing of Streamlit: `briefing.dashboard.asof_widget` binds it to the sidebar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from briefing.present.filters import days, format_day

PARAM = "asof"  # the URL query parameter
NEWEST, TODAY, DAY = "newest", "today", "date"  # what the as-of date follows
BASES = {NEWEST: "Newest", TODAY: "Today", DAY: "Date"}  # short: the three fit on one line of the sidebar
#: The days an as-of date may be: a URL's `asof=0900-01-01` is clamped here (pandas' dates end in 1677
#: and 2262, and the date widget needs a range).
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def newest_publication(articles: pd.DataFrame) -> dt.date | None:
    """The latest publication date among the articles; None when none is dated."""
    published = days(articles["published"]).dropna() if not articles.empty else pd.Series(dtype="datetime64[ns]")
    return published.max().date() if not published.empty else None


@dataclass(frozen=True)
class AsOf:
    """The day the dashboard reads the corpus from, and what chose it."""

    day: dt.date
    basis: str = NEWEST  # NEWEST, TODAY or DAY

    @property
    def words(self) -> str:
        """'21 May 2025' (the newest article's date), '1 Dec 2026 (today)' or '1 Mar 2026'."""
        shown = format_day(self.day)
        if self.basis == NEWEST:
            return f"{shown}, the newest article's date"
        if self.basis == TODAY:
            return f"{shown} (today)"
        return shown

    @property
    def phrase(self) -> str:
        """For a caption: 'as of 21 May 2025, the newest article's date'."""
        return f"as of {self.words}"

    def to_query(self) -> dict[str, list[str]]:
        """The URL parameter; the default (the newest article) needs none, so old links keep working."""
        if self.basis == TODAY:
            return {PARAM: [TODAY]}
        if self.basis == DAY:
            return {PARAM: [self.day.isoformat()]}
        return {}

    @property
    def slug(self) -> str:
        """For a file name: 'asof-2025-05-21'."""
        return f"asof-{self.day.isoformat()}"


def choice_from_query(params: Mapping[str, str | Iterable[str]]) -> tuple[str, dt.date | None]:
    """(basis, chosen day) a URL asks for; the default when it names none or a malformed day; a day
    outside `EARLIEST`..`LATEST` is clamped to the nearer end."""
    raw = params.get(PARAM)
    items = [raw] if isinstance(raw, str) else list(raw or [])
    value = next((item.strip() for item in items if isinstance(item, str) and item.strip()), "")
    if value.casefold() == TODAY:
        return TODAY, None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return NEWEST, None
    return DAY, min(max(day, EARLIEST), LATEST)


def resolve(basis: str, chosen: dt.date | None, articles: pd.DataFrame, today: dt.date) -> AsOf:
    """The as-of date for a choice: a chosen day, today, or the newest publication (today when no
    article is dated, so a corpus without dates still has a present)."""
    if basis == DAY and chosen is not None:
        return AsOf(chosen, DAY)
    if basis == TODAY:
        return AsOf(today, TODAY)
    newest = newest_publication(articles)
    return AsOf(newest, NEWEST) if newest is not None else AsOf(today, TODAY)


# --------------------------------------------------------------------------- statuses


def statuses(events: pd.DataFrame, day: dt.date) -> pd.Series:
    """Each event's status on `day`: 'past' when its period ended before it, 'upcoming' when it starts
    after it, 'current' when the period contains it (a one-day event on that very day is current).

    An event without a period keeps its stored status ('unresolved', or 'current' for an undated
    funding statement, which holds as of its article).
    """
    first, last = days(events["date_start"]), days(events["date_end"])
    when = pd.Timestamp(day)
    dated = (first.notna() & last.notna()).to_numpy(dtype=bool)
    computed = np.where(
        (last < when).to_numpy(dtype=bool), "past", np.where((first > when).to_numpy(dtype=bool), "upcoming", "current")
    )
    stored = events["status"].astype(object).where(events["status"].notna(), "unresolved").to_numpy()
    return pd.Series(np.where(dated, computed, stored), index=events.index, dtype=object)


def with_statuses(events: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """The events with `status` as of `day` (a new frame; the stored table is not changed)."""
    if events.empty:
        return events
    return events.assign(status=statuses(events, day))
