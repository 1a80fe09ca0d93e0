"""Developments as the dashboard shows them: which a filter keeps, one row each for the Briefing's
lists, the grid's display rows and a development's detail (every report's sentence with its article).

A development is one real-world event reported by one or more articles (the `developments` table,
built by `briefing.corpus.developments`); its reports are the events whose `development_id` names
it. Every function takes the frames it reads as arguments, so it is tested on frames built by hand
and never guesses at a table the corpus lacks. Nothing here knows Streamlit.

Notes: a development's `sources`, `reports` and `conflict` are facts of the whole corpus: a filter
decides whether a development is shown (any of its reports kept), not how many articles report it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from briefing.corpus import schema
from briefing.present import grid, views
from briefing.present.asof import statuses
from briefing.present.filters import Labels, days, format_day, is_in, reported_in, split_cell

#: Where the Timeline's choice between developments and reports lives in the URL, and its values.
MARKS_PARAM = "marks"
DEVELOPMENTS, REPORTS = "developments", "reports"
MARKS = {DEVELOPMENTS: "Developments", REPORTS: "Every report"}


def marks_from_query(value: object) -> str:
    """The Timeline's marks a URL asks for: developments unless it says `marks=reports`."""
    items = [value] if isinstance(value, str) else list(value or [])
    return REPORTS if any(isinstance(v, str) and v.strip() == REPORTS for v in items) else DEVELOPMENTS


def kept(developments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The developments with a report among `events` (the filtered events), in their stored order."""
    if developments.empty:
        return developments
    return developments[reported_in(developments, events)].reset_index(drop=True)


def sources_words(sources: object) -> str:
    """'1 source', '4 sources'."""
    count = 0 if sources is None or pd.isna(sources) else int(sources)
    return f"{count:,} source{'s' if count != 1 else ''}"


_OTHER_DATES = re.compile(r"^(\d[\d,]*) other dates\b")
_ISO_BEFORE_COUNT = re.compile(r"\b(\d{4})(-\d{2})?(-\d{2})?(?= \()")  # `2026-03 (4 sources)`


def conflict_words(conflict: str) -> str:
    """A conflict's ISO dates as the pages write dates: '2026-03 (4 sources) vs 2025-10-02 (1 source)' ->
    'Mar 2026 (4 sources) vs 2 Oct 2025 (1 source)'; the table keeps the ISO text."""

    def written(match: re.Match) -> str:
        precision = "day" if match.group(3) else "month" if match.group(2) else "year"
        return views.format_date(match.group(0), precision) or match.group(0)

    return _ISO_BEFORE_COUNT.sub(written, conflict)


def short_conflict(conflict: str, shown: int = 2) -> str:
    """A conflict's text cut to its `shown` most-sourced dates and a count of the rest, for one line of a
    list: '2025-10-02 (9 sources) vs 2025-07 (1 source)' stays whole, a text of 148 dates becomes
    '2024-08 (6 sources) vs 2026-02-28 (6 sources) vs 146 more dates'. The full text stays in the table."""
    conflict = conflict_words(conflict)
    parts = [p for p in conflict.split(" vs ") if p]
    if len(parts) <= shown + 1:
        return conflict
    counted = _OTHER_DATES.match(parts[-1])
    rest = int(counted.group(1).replace(",", "")) + len(parts) - 1 - shown if counted else len(parts) - shown
    return " vs ".join([*parts[:shown], f"{rest:,} more dates"])


# --------------------------------------------------------------------------- reports


def reports_in_order(developments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The reports (events) of these developments, development by development (in the developments'
    order), each development's in the order of its `article_ids` (publication), then of the text.
    Column `_rank` is the report's article's place in `article_ids` (a report of an article the list
    leaves out comes last)."""
    ids = developments["development_id"].astype("string")
    reports = events[is_in(events["development_id"], ids.dropna()).to_numpy(dtype=bool)]
    place = pd.DataFrame(
        {
            "development_id": ids,
            "article_id": developments["article_ids"].astype("string").fillna("").str.split(";"),
            "_development": np.arange(len(developments)),
        }
    ).explode("article_id")
    place["_rank"] = place.groupby("development_id", sort=False).cumcount()
    place = place.astype({"development_id": "string", "article_id": "string"}).drop_duplicates(
        ["development_id", "article_id"]
    )
    of_development = pd.Series(np.arange(len(developments)), index=ids.to_numpy()).groupby(level=0).first()
    merged = reports.merge(
        place[["development_id", "article_id", "_rank"]], on=["development_id", "article_id"], how="left"
    )
    merged["_development"] = merged["development_id"].map(of_development).to_numpy()
    merged["_rank"] = merged["_rank"].fillna(len(events)).astype(int)
    return merged.sort_values(["_development", "_rank", "start"], kind="stable").reset_index(drop=True)


def _topics(ordered: pd.DataFrame) -> dict[str, str]:
    """Each development's topics, united over its reports in their order (one pass over plain lists: a
    groupby calling a function per development took half a second at 1,000 articles)."""
    united: dict[str, dict[str, None]] = {}
    for development_id, cell in zip(ordered["development_id"].tolist(), ordered["topics"].tolist(), strict=True):
        seen = united.setdefault(development_id, {})
        for topic in split_cell(cell):
            seen[topic] = None
    return {development_id: ";".join(topics) for development_id, topics in united.items()}


def agenda_rows(developments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One events-shaped row per development, for the Briefing's lists (`agenda`): its earliest
    report's ids, sentence and offsets, with the development's date, kind and summary, the topics of
    all its reports, the first date written in them (empty when none writes one: then it is dated by
    publication only), and its `development_id`, `sources`, `conflict` and `first_reported`.

    `events` should hold every report of the corpus (not only the filtered ones): the earliest report
    and the topics belong to the development, whichever of its reports the filter keeps."""
    extra = ["development_id", "sources", "reports", "conflict", "first_reported"]
    columns = schema.columns("events") + [c for c in extra if c != "development_id"]
    if developments.empty:
        return pd.DataFrame(columns=columns)
    ordered = reports_in_order(developments, events)
    if ordered.empty:
        return pd.DataFrame(columns=columns)
    heads = ordered.drop_duplicates("development_id").set_index("development_id")
    written = ordered[ordered["date_text"].fillna("").astype(str).str.strip() != ""]
    date_text = written.drop_duplicates("development_id").set_index("development_id")["date_text"]
    topics = _topics(ordered)
    rows = developments[is_in(developments["development_id"], heads.index).to_numpy(dtype=bool)].reset_index(drop=True)
    ids = rows["development_id"]
    out = pd.DataFrame(
        {
            "event_id": ids.map(heads["event_id"]),
            "development_id": ids,
            "article_id": ids.map(heads["article_id"]),
            "date": rows["date"],
            "date_precision": rows["date_precision"],
            "date_start": rows["date_start"],
            "date_end": rows["date_end"],
            "date_text": ids.map(date_text.to_dict()).astype("string").fillna(""),
            "kind": rows["kind"],
            "topics": ids.map(topics).astype("string").fillna(""),
            "summary": rows["summary"],
            "status": ids.map(heads["status"]),
            "sentence": ids.map(heads["sentence"]),
            "start": ids.map(heads["start"]),
            "end": ids.map(heads["end"]),
            "actor_ids": rows["actor_ids"],
            "countries": rows["countries"],
            "organizations": rows["organizations"],
            "sources": rows["sources"],
            "reports": rows["reports"],
            "conflict": rows["conflict"].fillna(""),
            "first_reported": rows["first_reported"],
        }
    )
    return out[columns]


def rows_of(rows: pd.DataFrame, developments: pd.DataFrame) -> pd.DataFrame:
    """The `agenda_rows` of these developments, taken from the rows of the whole corpus's (made once per
    corpus): a filter change then costs one look-up, not the reports' order and topics again."""
    if rows.empty:
        return rows
    return rows[is_in(rows["development_id"], developments["development_id"]).to_numpy(dtype=bool)].reset_index(
        drop=True
    )


# --------------------------------------------------------------------------- display


def development_statuses(developments: pd.DataFrame, as_of: dt.date) -> pd.Series:
    """Each development's status on the as-of day, as an event's (`asof.statuses`); undated: unresolved."""
    return statuses(developments.assign(status="unresolved"), as_of)


def _conflict_words(value: object) -> str:
    return f"dates differ: {conflict_words(value)}" if isinstance(value, str) and value else ""


def developments_display(
    developments: pd.DataFrame, labels: Labels | None = None, as_of: dt.date | None = None
) -> pd.DataFrame:
    """Developments for reading, in the given order: when, kind, status (as of `as_of`; unresolved
    without it for an undated one), how many sources and reports, the competing dates, the summary."""
    labels = labels or Labels()
    columns = [
        "When",
        "Kind",
        "Status",
        "Sources",
        "Reports",
        "Conflict",
        "What",
        "First reported",
        "Countries",
        "Organizations",
    ]
    if developments.empty:
        return pd.DataFrame(columns=columns)
    rows = developments.reset_index(drop=True)
    state = development_statuses(rows, as_of) if as_of is not None else pd.Series("", index=rows.index)
    first = [views.format_date(v) for v in rows["first_reported"].tolist()]
    return pd.DataFrame(
        {
            "When": [views.event_when(r) for r in rows[["date", "date_precision", "date_start"]].to_dict("records")],
            "Kind": rows["kind"].fillna("").astype(str),
            "Status": state.astype(str).to_numpy(),
            "Sources": rows["sources"].fillna(0).astype(int).to_numpy(),
            "Reports": rows["reports"].fillna(0).astype(int).to_numpy(),
            "Conflict": [_conflict_words(v) for v in rows["conflict"].tolist()],
            "What": rows["summary"].fillna("").astype(str),
            "First reported": [f or "unknown" for f in first],
            "Countries": [", ".join(labels.country(c) for c in split_cell(v)) for v in rows["countries"].tolist()],
            "Organizations": [", ".join(split_cell(v)) for v in rows["organizations"].tolist()],
        },
        columns=columns,
    )


# --------------------------------------------------------------------------- one development


@dataclass(frozen=True)
class Report:
    """One article's report of a development: its sentence, where it is in the body, and the article."""

    event_id: str
    article_id: str
    title: str
    source: str
    published: str  # '21 May 2025', or 'undated'
    when: str  # the report's own date at its precision ('1 Jun 2025', 'Mar 2026')
    date_text: str  # the date as written; empty when it is dated by publication
    sentence: str
    start: int  # body[start:end] is the evidence
    end: int
    in_view: bool  # kept by the current filter


@dataclass(frozen=True)
class Detail:
    development_id: str
    when: str
    kind: str
    summary: str
    sources: int
    first_reported: str  # '21 May 2025' or ''
    conflict: str  # the competing dates in words, or ''
    rivals: tuple[str, ...]  # the competing developments: 'Oct 2025 (1 source): summary'
    reports: tuple[Report, ...]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def detail(
    development_id: str,
    developments: pd.DataFrame,
    events: pd.DataFrame,
    articles: pd.DataFrame,
    kept_event_ids: set[str] | None = None,
) -> Detail | None:
    """A development and every one of its reports among `events` (give the corpus's, to list them
    all), in order of publication then of the text, each with its article's title, source and date,
    and whether the filter keeps it (`kept_event_ids`; every report when None). None when no
    development has that id."""
    found = developments[developments["development_id"] == development_id]
    if found.empty:
        return None
    row = found.iloc[0]
    ordered = reports_in_order(found.iloc[:1], events)
    by_id = articles.drop_duplicates("article_id").set_index("article_id")
    reports = []
    for report in ordered.to_dict("records"):
        aid = report["article_id"]
        article = by_id.loc[aid] if aid in by_id.index else None
        published = views.format_date(article["published"]) if article is not None else ""
        title = (_text(article["title"]) or _text(article["path"])) if article is not None else aid
        reports.append(
            Report(
                event_id=report["event_id"],
                article_id=aid,
                title=title,
                source=_text(article["source"]) if article is not None else "",
                published=published or "undated",
                when=views.event_when(report),
                date_text=_text(report["date_text"]),
                sentence=_text(report["sentence"]),
                start=int(report["start"]),
                end=int(report["end"]),
                in_view=kept_event_ids is None or report["event_id"] in kept_event_ids,
            )
        )
    rivals: tuple[str, ...] = ()
    conflict_id = _text(row["conflict_id"])
    if conflict_id:
        others = developments[
            (developments["conflict_id"] == conflict_id) & (developments["development_id"] != development_id)
        ]
        rivals = tuple(
            f"{views.event_when(r)} ({sources_words(r['sources'])}): {_text(r['summary'])}"
            for r in others.to_dict("records")
        )
    first = views.to_date(row["first_reported"])
    return Detail(
        development_id=development_id,
        when=views.event_when(row.to_dict()),
        kind=_text(row["kind"]),
        summary=_text(row["summary"]),
        sources=0 if pd.isna(row["sources"]) else int(row["sources"]),
        first_reported=format_day(first) if first else "",
        conflict=_text(row["conflict"]),
        rivals=rivals,
        reports=tuple(reports),
    )


def upcoming(developments: pd.DataFrame, as_of: dt.date) -> pd.Series:
    """Developments that start on or after the as-of day (undated ones too): where the grid opens."""
    start = days(developments["date_start"])
    return (start.isna() | (start >= pd.Timestamp(as_of))).astype(bool)


def _when_key(df: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    del labels
    return pd.DataFrame({"start": days(df["date_start"]), "end": days(df["date_end"]), "id": df["development_id"]})


_when_key.kind = "date"  # type: ignore[attr-defined]


def _grid_display(df: pd.DataFrame, labels: Labels, as_of: dt.date | None = None) -> pd.DataFrame:
    return developments_display(df, labels, as_of)


#: The Timeline's grid of developments: opens on the first one at or after the as-of day.
GRID = grid.GridSpec(
    noun="developments",
    display=_grid_display,
    sort_keys={
        "When": _when_key,
        "Kind": grid.text_key("kind"),
        "Status": _when_key,  # the status follows the dates on any as-of day: past, current, then upcoming
        "Sources": grid.number_key("sources"),
        "Reports": grid.number_key("reports"),
        "Conflict": grid.text_key("conflict"),
        "What": grid.text_key("summary"),
        "First reported": grid.date_key("first_reported"),
        "Countries": grid.shown_key(_grid_display, "Countries"),
        "Organizations": grid.text_key("organizations"),
    },
    default_sort="When",
    long_text=("What", "Conflict", "Countries", "Organizations"),
    from_as_of=upcoming,
    display_takes_as_of=True,
)
