"""The timeline: one mark per event on a date axis (spans for month- and year-precision dates, points for
days), or counts per month by kind past `TIMELINE_DETAIL_LIMIT` events."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from briefing.present.charts.common import _FONT, EVENT_KINDS, _empty_figure, _esc, _short, _wrap, kind_colour
from briefing.present.filters import Labels, format_day
from briefing.present.views import by_date, event_when, to_date


def _dated(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["date_start"].notna() & events["date_end"].notna()]


def dated_count(events: pd.DataFrame) -> int:
    """How many of the events the timeline can place (those with a period)."""
    return len(_dated(events))


def timeline_rows(events: pd.DataFrame) -> pd.DataFrame:
    """The events the timeline can place (those with a period), in date order, with their mark."""
    dated = by_date(_dated(events))
    if dated.empty:
        return dated.assign(mark=pd.Series(dtype="string"))
    marks = np.where((dated["date_start"] == dated["date_end"]).to_numpy(dtype=bool), "point", "span")
    return dated.assign(mark=marks).reset_index(drop=True)


TIMELINE_DETAIL_LIMIT = 150  # more events than this become counts per month: a row each would be metres tall


def timeline_figure(events: pd.DataFrame, articles: pd.DataFrame, labels: Labels | None = None) -> go.Figure:
    """One mark per event on a date axis, coloured by kind, publication dates as dashed lines; beyond
    `TIMELINE_DETAIL_LIMIT` events, `timeline_counts_figure` (events per month by kind) instead."""
    labels = labels or Labels()
    if dated_count(events) > TIMELINE_DETAIL_LIMIT:
        return timeline_counts_figure(_dated(events))  # counts need no date order: skip the sort
    rows = timeline_rows(events)
    if rows.empty:
        return _empty_figure("No dated events to draw")
    fig = go.Figure()
    rows = rows.assign(y=range(len(rows)), kind=rows["kind"].fillna("").replace("", "other"))
    ticktext = [
        f"<b>{_esc(event_when(row))}</b> · {_esc(row['kind'])}<br>{_esc(_short(row['summary'], 44))}"
        for row in rows.to_dict("records")
    ]
    hover_of = {
        kind: "<b>%{customdata[1]}</b> — written “%{customdata[0]}”<br>%{customdata[2]}"
        "<br><i>%{customdata[3]}</i><extra>" + _esc(kind) + "</extra>"
        for kind in rows["kind"].unique()
    }
    shown_kinds: set[str] = set()
    # One trace per kind and mark (not per event): the figure stays small however many events it holds.
    for (kind, mark), group in rows.groupby(["kind", "mark"], sort=False):
        records = group.to_dict("records")
        common = {
            "y": list(group["y"]),
            "name": kind,
            "legendgroup": kind,
            "showlegend": kind not in shown_kinds,
            "customdata": [
                [
                    _esc(r["date_text"] or "as of publication"),
                    event_when(r),
                    _wrap(r["sentence"]),
                    _esc(labels.article(r["article_id"])),
                ]
                for r in records
            ],
            "hovertemplate": hover_of[kind],
        }
        shown_kinds.add(kind)
        if mark == "span":
            starts = [to_date(r["date_start"]) for r in records]
            ends = [to_date(r["date_end"]) + dt.timedelta(days=1) for r in records]  # the last day is inclusive
            fig.add_trace(
                go.Bar(
                    x=[(end - start).total_seconds() * 1000 for start, end in zip(starts, ends, strict=True)],
                    base=[start.isoformat() for start in starts],
                    orientation="h",
                    marker={"color": kind_colour(kind), "opacity": 0.75, "line": {"width": 0}},
                    width=0.5,
                    **common,
                )
            )
        else:
            fig.add_trace(
                go.Scatter(
                    x=list(group["date_start"]),
                    mode="markers",
                    marker={
                        "color": kind_colour(kind),
                        "size": 15,
                        "symbol": "diamond",
                        "line": {"width": 1, "color": "white"},
                    },
                    **common,
                )
            )
    # The publications behind these events (not the whole corpus's: thousands of lines, and a wider axis).
    articles = articles[articles["article_id"].isin(set(rows["article_id"]))]
    publication_days = sorted({d for d in articles["published"].dropna() if to_date(d)})
    line = {"color": "#555", "width": 1.2, "dash": "dash"}
    fig.update_layout(  # all at once: add_shape re-validates the layout for every shape
        shapes=[
            {"type": "line", "x0": day, "x1": day, "y0": 0, "y1": 1, "yref": "paper", "line": line}
            for day in publication_days
        ]
    )
    _publication_note(fig, publication_days)
    starts = [to_date(v) for v in rows["date_start"]] + [to_date(v) for v in articles["published"].dropna()]
    ends = [to_date(v) for v in rows["date_end"]]
    lo, hi = min(d for d in starts if d), max(d for d in ends + starts if d)
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.06)
    fig.update_layout(
        height=max(300, 120 + 56 * len(rows)),
        barmode="overlay",
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"title": {"text": "Kind"}, "orientation": "h", "y": -0.12, "x": 0},
        xaxis={
            "type": "date",
            "range": [(lo - pad).isoformat(), (hi + pad).isoformat()],
            "tickformat": "%-d %b %Y",
            "showgrid": True,
        },
        yaxis={
            "tickvals": list(range(len(rows))),
            "ticktext": ticktext,
            "autorange": "reversed",
            "showgrid": False,
            "tickfont": {"size": 12},
        },
        hoverlabel={"align": "left"},
        font=_FONT,
    )
    return fig


def _publication_note(fig: go.Figure, publication_days: list[str]) -> None:
    """Label the dashed lines: each date when there are few, else one note (labels would run together)."""
    if len(publication_days) <= 3:
        for published in publication_days:
            fig.add_annotation(
                x=published,
                y=1,
                yref="paper",
                yanchor="bottom",
                showarrow=False,
                text=f"published {format_day(to_date(published))}",
                font={"size": 12, "color": "#555"},
            )
    elif publication_days:
        fig.add_annotation(
            x=0,
            xref="paper",
            y=1,
            yref="paper",
            yanchor="bottom",
            xanchor="left",
            showarrow=False,
            text=f"dashed lines: the {len(publication_days)} articles' publication dates",
            font={"size": 12, "color": "#555"},
        )


def timeline_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Events per month of their start date and kind (`month` is the month's first day, ISO)."""
    if rows.empty:
        return pd.DataFrame({"month": pd.Series(dtype="string"), "kind": pd.Series(dtype="string"), "events": []})
    month = rows["date_start"].astype("string").str.slice(0, 7) + "-01"
    kind = rows["kind"].fillna("").replace("", "other")
    counts = pd.DataFrame({"month": month, "kind": kind}).groupby(["month", "kind"], sort=True).size()
    return counts.rename("events").reset_index()


def timeline_counts_figure(rows: pd.DataFrame) -> go.Figure:
    """Stacked bars of events per month by kind: the shape of a large timeline, at any size."""
    counts = timeline_counts(rows)
    fig = go.Figure()
    order = [k for k in EVENT_KINDS if k in set(counts["kind"])] + sorted(set(counts["kind"]) - set(EVENT_KINDS))
    for kind in order:
        group = counts[counts["kind"] == kind]
        fig.add_trace(
            go.Bar(
                x=list(group["month"]),
                y=[int(n) for n in group["events"]],
                name=kind,
                marker={"color": kind_colour(kind)},
                hovertemplate="<b>%{x|%b %Y}</b><br>%{y} " + _esc(kind) + " event(s)<extra></extra>",
            )
        )
    fig.update_layout(
        height=420,
        barmode="stack",
        bargap=0.1,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"title": {"text": "Kind"}, "orientation": "h", "y": -0.15, "x": 0},
        xaxis={"type": "date", "tickformat": "%b %Y", "showgrid": False},
        yaxis={"title": {"text": "events per month"}, "showgrid": True},
        hoverlabel={"align": "left"},
        font=_FONT,
    )
    return fig
