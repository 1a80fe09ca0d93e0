"""Developments tables built by hand for the present-layer tests, before (and beside) the clustering.

`one_per_event` gives each event its own development (what a corpus of unrelated reports would
give); `merged` joins chosen events into one development, with the `developments` columns worked
out from its reports as `briefing/corpus/schema.py` describes them. Ids here are the tests' own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from briefing.corpus import schema


def _union(cells: Iterable[object]) -> str:
    return ";".join(dict.fromkeys(v for cell in cells if isinstance(cell, str) for v in cell.split(";") if v))


def _published(articles: pd.DataFrame) -> dict[str, str]:
    return {a: p for a, p in zip(articles["article_id"], articles["published"], strict=True) if isinstance(p, str)}


def development_row(
    development_id: str, reports: pd.DataFrame, articles: pd.DataFrame, conflict: str = "", conflict_id: str = ""
) -> dict:
    """One development of these reports (events rows): dated as its earliest report, as the schema says."""
    published = _published(articles)
    ordered = reports.assign(_p=reports["article_id"].map(published).fillna("9999-99-99")).sort_values(
        ["_p", "article_id", "start"], kind="stable"
    )
    head = ordered.iloc[0]
    article_ids = list(dict.fromkeys(ordered["article_id"]))
    dates = sorted(published[a] for a in article_ids if a in published)
    return {
        "development_id": development_id,
        "date": head["date"],
        "date_precision": head["date_precision"],
        "date_start": head["date_start"],
        "date_end": head["date_end"],
        "kind": head["kind"],
        "summary": head["summary"],
        "sources": len(article_ids),
        "reports": len(ordered),
        "article_ids": ";".join(article_ids),
        "first_reported": dates[0] if dates else None,
        "last_reported": dates[-1] if dates else None,
        "conflict": conflict,
        "conflict_id": conflict_id,
        "actor_ids": _union(ordered["actor_ids"]),
        "countries": _union(ordered["countries"]),
        "organizations": _union(ordered["organizations"]),
    }


def linked(
    events: pd.DataFrame, articles: pd.DataFrame, groups: Sequence[Sequence[str]] = (), conflicts: dict | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(developments, events with development_id): each group of event ids one development, every
    other event one of its own. `conflicts` maps a development id to (conflict, conflict_id)."""
    conflicts = conflicts or {}
    of_event: dict[str, str] = {}
    for group in groups:
        for event_id in group:
            of_event[event_id] = "dev-" + group[0]
    for event_id in events["event_id"]:
        of_event.setdefault(event_id, "dev-" + event_id)
    events = events.assign(development_id=events["event_id"].map(of_event)).astype({"development_id": "string"})
    rows = []
    for development_id, reports in events.groupby("development_id", sort=False):
        rows.append(development_row(str(development_id), reports, articles, *conflicts.get(development_id, ("", ""))))
    return schema.frame("developments", rows), events[schema.columns("events")]


def one_per_event(events: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every event its own development."""
    return linked(events, articles)
