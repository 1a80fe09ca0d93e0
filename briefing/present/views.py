"""What the dashboard shows, as plain data: summaries, searches and tables shaped for reading.

Owns the dashboard's questions of the tables — which events are the mission's funding decisions,
which quotes match a search, what an actor said and which events and relations involve it (its
mentions come from `FilteredTables.matching`) — and the display form of each table (readable column
names, dates like "1 Jun 2025", country names instead of codes).
Everything here takes and returns DataFrames or small dataclasses
and is tested without Streamlit. Figures live in `briefing.present.charts`, HTML in `briefing.present.highlight`;
what the Briefing lists as of a date (the next deadline, funding decisions, latest developments) in
`briefing.present.agenda`.

It never parses an article and never changes the core tables: display frames are new frames, and
exports are always made from the core columns, not from these.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from briefing.corpus import schema
from briefing.parse import vocab
from briefing.present.asof import with_statuses
from briefing.present.filters import Labels, format_day, names_any, split_cell

MISSION_TYPE = "mission"
FUNDING_TOPIC = "funding"
DEADLINE_TOPIC = "deadline"


# --------------------------------------------------------------------------- dates


def to_date(value: object) -> dt.date | None:
    """An ISO date (or the first 10 characters of one) as a date; None when missing or malformed."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: object, precision: str = "day") -> str:
    """'1 Jun 2025', 'Mar 2026' or '2026' according to precision; '' for a missing date."""
    if isinstance(value, str) and precision == "year" and re.fullmatch(r"\d{4}", value):
        return value
    if isinstance(value, str) and precision == "month" and re.fullmatch(r"\d{4}-\d{2}", value):
        value = value + "-01"
    day = to_date(value)
    if day is None:
        return ""
    if precision == "year":
        return f"{day:%Y}"
    if precision == "month":
        return f"{day:%b %Y}"
    return format_day(day)


def event_when(row: Mapping) -> str:
    """An event's date for display, at its precision ('1 Jun 2025', 'Mar 2026'); 'undated' if none."""
    precision = row.get("date_precision") or "day"
    shown = format_date(row.get("date_start"), precision) or format_date(row.get("date"), precision)
    return shown or "undated"


# --------------------------------------------------------------------------- selections


def mission_actor_ids(actors: pd.DataFrame) -> set[str]:
    """Ids of actors the corpus types as missions (never decided by name)."""
    return set(actors.loc[actors["type"] == MISSION_TYPE, "actor_id"].dropna())


def titles(articles: pd.DataFrame) -> pd.Series:
    """Each article's title, or its file's path when it has none."""
    return articles["title"].where(articles["title"].notna() & (articles["title"] != ""), articles["path"])


def date_order(events: pd.DataFrame) -> np.ndarray:
    """Row positions of the events in date order (undated last), ties in text order.

    Only the three key columns are sorted, so a page can take the first rows it shows without
    reordering every column of a large table.
    """
    keys = pd.DataFrame(
        {"start": events["date_start"].fillna("9999"), "article": events["article_id"], "pos": events["start"]}
    ).reset_index(drop=True)
    return keys.sort_values(["start", "article", "pos"], kind="stable").index.to_numpy()


def by_date(events: pd.DataFrame) -> pd.DataFrame:
    """Events in date order (undated last), ties in text order."""
    if events.empty:
        return events
    return events.take(date_order(events))


#: Topics that make a funding event a decision: something decided, or due by a date. The topics come
#: from the cue words of `parse/lexicons/event_kinds.tsv` found in the event's sentence, so "X warned
#: in a report that funding is short" (funding and report only) is news about funding, not a decision.
DECISION_TOPICS = ("decision", "deadline")


def funding_decisions(events: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """The mission's funding decisions: events about funding that involve a mission and decide
    something or fall due (kind or topics `decision` or `deadline`), in date order."""
    missions = mission_actor_ids(actors)
    if events.empty or not missions:
        return events.iloc[0:0]
    mask = names_any(events["topics"], [FUNDING_TOPIC]) & names_any(events["actor_ids"], missions)
    mask &= names_any(events["topics"], DECISION_TOPICS) | events["kind"].isin(DECISION_TOPICS).fillna(False)
    return by_date(events[mask.astype(bool)]).reset_index(drop=True)


def headline(tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """The landing page's counts."""
    return {name: len(tables[name]) for name in ("articles", "actors", "quotes", "events")}


# --------------------------------------------------------------------------- search


_TERM = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|(\S+)")


def search_terms(query: str) -> list[str]:
    """Words of a search; text in quotation marks stays one phrase: 'step up "great sacrifice"'."""
    terms = []
    for phrase, word in _TERM.findall(query or ""):
        term = (phrase or word).strip()
        if term:
            terms.append(term)
    return terms


#: What the Quotes page can show: direct speech (in quotation marks), indirect (reported) speech, or both.
SPEECH = {
    "both": "Direct and indirect",
    "direct": "Direct (in quotation marks)",
    "indirect": "Indirect (reported speech)",
}
SPEECH_PHRASE = {
    "both": "direct and indirect speech",
    "direct": "direct speech only",
    "indirect": "indirect speech only",
}


def speech_mask(quotes: pd.DataFrame, speech: str) -> pd.Series:
    """Rows of that kind of speech: `direct` is a full or partial quotation, `indirect` reported words."""
    indirect = (quotes["kind"] == "indirect").fillna(False).astype(bool)
    if speech == "direct":
        return ~indirect
    if speech == "indirect":
        return indirect
    return pd.Series(True, index=quotes.index)


def search_quotes(
    quotes: pd.DataFrame,
    query: str = "",
    speakers: Iterable[str] = (),
    attributions: Iterable[str] = (),
    speech: str = "both",
) -> pd.DataFrame:
    """Quotes whose text, speaker or sentence contains every search term (case-insensitive),
    limited to the given speakers and attributions (empty means any; '' or 'Unattributed' and
    'unattributed' choose the rows without one) and to direct, indirect or both kinds of speech."""
    mask = speech_mask(quotes, speech)
    speakers, attributions = list(speakers), list(attributions)
    if speakers:
        shown = quotes["speaker"].fillna("").replace("", speaker_label(""))
        mask &= shown.isin([speaker_label(s) for s in speakers]).astype(bool)
    if attributions:
        labels = quotes["attribution"].fillna("").replace("", attribution_label(""))
        mask &= labels.isin([attribution_label(a) for a in attributions]).astype(bool)
    terms = search_terms(query)
    if terms:  # the haystack is built only for a search: at 40,000 quotes it is a tenth of a second
        haystack = (
            quotes["text"].fillna("") + "\n" + quotes["speaker"].fillna("") + "\n" + quotes["sentence"].fillna("")
        ).str.casefold()
        for term in terms:
            mask &= haystack.str.contains(term.casefold(), regex=False).astype(bool)
    return quotes[mask].reset_index(drop=True) if not mask.all() else quotes.reset_index(drop=True)


def speaker_choices(quotes: pd.DataFrame) -> list[str]:
    """The speakers a search can be limited to, as labels, sorted."""
    return sorted({speaker_label(s) for s in quotes["speaker"].fillna("").unique().tolist()})


def attribution_choices(quotes: pd.DataFrame) -> list[str]:
    return sorted({attribution_label(a) for a in quotes["attribution"].fillna("").unique().tolist()})


def attribution_label(value: object) -> str:
    """'explicit' and friends, or 'unattributed' for the empty value (so it can be chosen)."""
    return value if isinstance(value, str) and value else "unattributed"


def speaker_label(value: object) -> str:
    return value if isinstance(value, str) and value else "Unattributed"


# --------------------------------------------------------------------------- one actor


def quotes_of_actor(quotes: pd.DataFrame, actor_id: str) -> pd.DataFrame:
    """Quotes the actor speaks, then quotes that mention it; column `role` says which."""
    spoken = quotes["speaker_actor_id"] == actor_id
    mentioned = names_any(quotes["actor_ids"], [actor_id]) & ~spoken.fillna(False).astype(bool)
    out = pd.concat(
        [quotes[spoken.fillna(False).astype(bool)].assign(role="speaker"), quotes[mentioned].assign(role="mentioned")]
    )
    return out.reset_index(drop=True)


def events_of_actor(events: pd.DataFrame, actor_id: str) -> pd.DataFrame:
    return by_date(events[names_any(events["actor_ids"], [actor_id])]).reset_index(drop=True)


def relations_of_actor(relations: pd.DataFrame, actor_id: str) -> pd.DataFrame:
    mask = (relations["source_actor_id"] == actor_id) | (relations["target_actor_id"] == actor_id)
    return relations[mask.fillna(False).astype(bool)].reset_index(drop=True)


# --------------------------------------------------------------------------- display tables


def column_label(name: str) -> str:
    """'speaker_actor_id' -> 'Speaker actor id'."""
    return name.replace("_", " ").capitalize()


def _names(cell: object, labels: Labels) -> str:
    return ", ".join(labels.country(code) for code in split_cell(cell))


def _list(cell: object) -> str:
    return ", ".join(split_cell(cell))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _per_value(column: pd.Series, make: Callable[[object], str]) -> list[str]:
    """`make` of each cell, called once per distinct value (a grid repeats countries, articles, dates)."""
    cells = column.astype(object).where(column.notna(), None).tolist()
    made = {value: make(value) for value in dict.fromkeys(cells)}
    return [made[value] for value in cells]


def _when(key: str) -> str:
    start, date, precision = key.split("\x1f")
    return event_when({"date_start": start or None, "date": date or None, "date_precision": precision or None})


def events_display(
    events: pd.DataFrame, labels: Labels | None = None, as_of: dt.date | None = None, in_date_order: bool = True
) -> pd.DataFrame:
    """Events for reading, in date order (or in the given order, for a grid sorted another way); their status as
    of `as_of` when given (else as stored: relative to each event's own article)."""
    labels = labels or Labels()
    columns = ["When", "As written", "Kind", "Status", "What", "Countries", "Organizations", "Article"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    rows = by_date(events) if in_date_order else events
    if as_of is not None:
        rows = with_statuses(rows, as_of)
    when = rows["date_start"].fillna("") + "\x1f" + rows["date"].fillna("") + "\x1f" + rows["date_precision"].fillna("")
    return pd.DataFrame(
        {
            "When": _per_value(when, _when),
            "As written": _per_value(rows["date_text"], lambda v: _text(v) or "(publication date)"),
            "Kind": _per_value(rows["kind"], _text),
            "Status": _per_value(rows["status"], _text),
            "What": _per_value(rows["summary"], _text),
            "Countries": _per_value(rows["countries"], lambda cell: _names(cell, labels)),
            "Organizations": _per_value(rows["organizations"], _list),
            "Article": _per_value(rows["article_id"], labels.article),
        },
        columns=columns,
    )


def quotes_display(quotes: pd.DataFrame, labels: Labels | None = None) -> pd.DataFrame:
    labels = labels or Labels()
    columns = ["Speaker", "Quote", "Verb", "Attribution", "Kind", "Countries", "Organizations", "Article"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(
        {
            "Speaker": _per_value(quotes["speaker"], speaker_label),
            "Quote": _per_value(quotes["text"], _text),
            "Verb": _per_value(quotes["cue"], _text),
            "Attribution": _per_value(quotes["attribution"], attribution_label),
            "Kind": _per_value(quotes["kind"], _text),
            "Countries": _per_value(quotes["countries"], lambda cell: _names(cell, labels)),
            "Organizations": _per_value(quotes["organizations"], _list),
            "Article": _per_value(quotes["article_id"], labels.article),
        },
        columns=columns,
    )


def actors_display(actors: pd.DataFrame, labels: Labels | None = None) -> pd.DataFrame:
    labels = labels or Labels()
    rows = [
        {
            "Name": _text(row["name"]),
            "Type": _text(row["type"]),
            "Role": _text(row["role"]),
            "Also called": _list(row["aliases"]),
            "Country": labels.country(row["country"]) if _text(row["country"]) else "",
            "Mentions": int(row["mentions"]) if not pd.isna(row["mentions"]) else 0,
            "Articles": int(row["articles"]) if not pd.isna(row["articles"]) else 0,
        }
        for row in actors.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=["Name", "Type", "Role", "Also called", "Country", "Mentions", "Articles"])


def relations_display(relations: pd.DataFrame, labels: Labels | None = None) -> pd.DataFrame:
    labels = labels or Labels()
    rows = [
        {
            "From": _text(row["source"]),
            "Relation": vocab.words(_text(row["relation"])),
            "To": _text(row["target"]),
            "Sentence": _text(row["sentence"]),
            "Article": labels.article(row["article_id"]),
        }
        for row in relations.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=["From", "Relation", "To", "Sentence", "Article"])


def articles_display(articles: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {
            "Title": _text(row["title"]) or _text(row["path"]),
            "Source": _text(row["source"]) or "unknown source",
            "Published": format_date(row["published"]) or "undated",
            "Paragraphs": int(row["paragraphs"]) if not pd.isna(row["paragraphs"]) else 0,
            "File": _text(row["path"]),
        }
        for row in articles.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=["Title", "Source", "Published", "Paragraphs", "File"])


def data_display(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """A core table for on-screen reading: the same rows and columns, its date columns as dates
    (shown as '1 Jun 2025' by the page). Downloads use the core table, not this."""
    out = df.copy()
    for column in schema.TABLES[table]:
        if column.type == "date" and column.name in out.columns:
            out[column.name] = pd.to_datetime(out[column.name], errors="coerce", format="%Y-%m-%d")
    return out
