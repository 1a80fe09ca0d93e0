"""The timeline: one mark per event on a date axis (spans for month- and year-precision dates, points for
days), or counts per month by kind past `TIMELINE_DETAIL_LIMIT` events, with the dates known only to
the year counted per year in a band of their own (counted in their January they made false spikes).
A solid line marks the as-of date, dashed lines the publications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from briefing.present.charts.common import _FONT, EVENT_KINDS, _empty_figure, _esc, _short, _wrap, kind_colour
from briefing.present.developments import short_conflict
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


AS_OF_LINE = {"color": "#222", "width": 2}


def _as_of_marker(fig: go.Figure, as_of: dt.date | None) -> None:
    """The as-of date: a solid line across the plot, labelled above the publication labels (the default
    as-of date is the newest publication, so the two often share a day)."""
    if as_of is None:
        return
    day = as_of.isoformat()
    fig.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, yref="paper", xref="x", line=AS_OF_LINE)
    fig.add_annotation(
        x=day,
        y=1,
        yref="paper",
        yanchor="bottom",
        yshift=18,
        showarrow=False,
        text=f"<b>as of {format_day(as_of)}</b>",
        font={"size": 12, "color": AS_OF_LINE["color"]},
        bgcolor="rgba(255,255,255,0.85)",
    )


def timeline_figure(
    events: pd.DataFrame, articles: pd.DataFrame, labels: Labels | None = None, as_of: dt.date | None = None
) -> go.Figure:
    """One mark per event on a date axis, coloured by kind, publication dates as dashed lines and the
    as-of date as a solid one; beyond `TIMELINE_DETAIL_LIMIT` events, `timeline_counts_figure`
    (events per month by kind) instead."""
    labels = labels or Labels()
    if dated_count(events) > TIMELINE_DETAIL_LIMIT:
        return timeline_counts_figure(_dated(events), as_of)  # counts need no date order: skip the sort
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
    _kind_traces(
        fig,
        rows,
        lambda r: [
            _esc(r["date_text"] or "as of publication"),
            event_when(r),
            _wrap(r["sentence"]),
            _esc(labels.article(r["article_id"])),
        ],
        hover_of.__getitem__,
    )
    # The publications behind these events (not the whole corpus's: thousands of lines, and a wider axis).
    _frame(fig, rows, ticktext, articles[articles["article_id"].isin(set(rows["article_id"]))], as_of)
    return fig


def _frame(
    fig: go.Figure, rows: pd.DataFrame, ticktext: list[str], articles: pd.DataFrame, as_of: dt.date | None
) -> None:
    """What every one-mark-a-row timeline shares: the publications as dashed lines, a date axis wide
    enough for the marks, the publications and the as-of date, one row a mark, and the as-of marker."""
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
    ends = [to_date(v) for v in rows["date_end"]] + ([as_of] if as_of else [])
    starts += [as_of] if as_of else []
    lo, hi = min(d for d in starts if d), max(d for d in ends + starts if d)
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.06)
    fig.update_layout(
        height=max(300, 120 + 56 * len(rows)),
        barmode="overlay",
        margin={"l": 10, "r": 10, "t": 56, "b": 10},
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
    _as_of_marker(fig, as_of)


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


def _by_year(rows: pd.DataFrame) -> np.ndarray:
    return (rows["date_precision"] == "year").fillna(False).to_numpy(dtype=bool)


def timeline_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Events per month of their start date and kind (`month` is the month's first day, ISO); dates
    known only to the year are left to `timeline_year_counts`."""
    rows = rows[~_by_year(rows)] if not rows.empty else rows
    if rows.empty:
        return pd.DataFrame({"month": pd.Series(dtype="string"), "kind": pd.Series(dtype="string"), "events": []})
    month = rows["date_start"].astype("string").str.slice(0, 7) + "-01"
    kind = rows["kind"].fillna("").replace("", "other")
    counts = pd.DataFrame({"month": month, "kind": kind}).groupby(["month", "kind"], sort=True).size()
    return counts.rename("events").reset_index()


def timeline_year_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Events whose date is known only to the year, per year and kind (`year` is its first day, ISO)."""
    rows = rows[_by_year(rows)] if not rows.empty else rows
    if rows.empty:
        return pd.DataFrame({"year": pd.Series(dtype="string"), "kind": pd.Series(dtype="string"), "events": []})
    year = rows["date_start"].astype("string").str.slice(0, 4) + "-01-01"
    kind = rows["kind"].fillna("").replace("", "other")
    counts = pd.DataFrame({"year": year, "kind": kind}).groupby(["year", "kind"], sort=True).size()
    return counts.rename("events").reset_index()


def _kind_order(kinds: set[str]) -> list[str]:
    return [k for k in EVENT_KINDS if k in kinds] + sorted(kinds - set(EVENT_KINDS))


_YEAR_MS = 365 * 24 * 3600 * 1000


def timeline_counts_figure(rows: pd.DataFrame, as_of: dt.date | None = None, noun: str = "events") -> go.Figure:
    """Stacked bars of events (or developments: `noun`) per month by kind: the shape of a large
    timeline, at any size. Dates known only to the year are a band of their own above it, a bar a
    year wide per year."""
    counts, years = timeline_counts(rows), timeline_year_counts(rows)
    one = f"{noun.removesuffix('s')}(s)"
    banded = not years.empty
    fig = make_subplots(
        rows=2 if banded else 1,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.3, 0.7] if banded else None,
        vertical_spacing=0.08,
        subplot_titles=("dates known only to the year", "dates known to the month or day") if banded else None,
    )
    shown: set[str] = set()
    for kind in _kind_order(set(counts["kind"]) | set(years["kind"])):
        for table, column, row, per in ((years, "year", 1, "year"), (counts, "month", 2 if banded else 1, "month")):
            group = table[table["kind"] == kind]
            if group.empty:
                continue
            bar = {"offset": 0, "width": _YEAR_MS} if per == "year" else {}
            fig.add_trace(
                go.Bar(
                    x=list(group[column]),
                    y=[int(n) for n in group["events"]],
                    name=kind,
                    legendgroup=kind,
                    showlegend=kind not in shown,
                    marker={"color": kind_colour(kind)},
                    hovertemplate=f"<b>%{{x|{'%Y' if per == 'year' else '%b %Y'}}}</b><br>%{{y}} "
                    + _esc(kind)
                    + f" {_esc(one)} dated to the {per}<extra></extra>",
                    **bar,
                ),
                row=row,
                col=1,
            )
            shown.add(kind)
    fig.update_layout(
        height=520 if banded else 420,
        barmode="stack",
        bargap=0.1,
        margin={"l": 10, "r": 10, "t": 56, "b": 10},
        legend={"title": {"text": "Kind"}, "orientation": "h", "y": -0.15, "x": 0},
        hoverlabel={"align": "left"},
        font=_FONT,
    )
    fig.update_xaxes(type="date", tickformat="%b %Y", showgrid=False)
    fig.update_yaxes(title_text=f"{noun} per month", showgrid=True, row=2 if banded else 1, col=1)
    if banded:
        fig.update_yaxes(title_text="per year", showgrid=True, row=1, col=1)
    _as_of_marker(fig, as_of)
    return fig


# --------------------------------------------------------------------------- developments


def _kind_traces(
    fig: go.Figure,
    rows: pd.DataFrame,
    customdata: Callable[[dict], list],
    hovertemplate: Callable[[str], str],
    bar_width: Callable[[list[dict]], object] = lambda records: 0.5,
    mark_size: Callable[[list[dict]], object] = lambda records: 15,
) -> None:
    """One trace per kind and mark (not per row), so the figure stays small however many rows it holds: a
    span is a bar from its first day through its last, a point a diamond, coloured by kind. `customdata` and
    `hovertemplate` say what a hover shows; `bar_width` and `mark_size` how large a group's marks are."""
    shown_kinds: set[str] = set()
    for (kind, mark), group in rows.groupby(["kind", "mark"], sort=False):
        records = group.to_dict("records")
        common = {
            "y": list(group["y"]),
            "name": kind,
            "legendgroup": kind,
            "showlegend": kind not in shown_kinds,
            "customdata": [customdata(r) for r in records],
            "hovertemplate": hovertemplate(kind),
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
                    width=bar_width(records),
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
                        "size": mark_size(records),
                        "symbol": "diamond",
                        "line": {"width": 1, "color": "white"},
                    },
                    **common,
                )
            )


CONFLICT_NAME = "dates conflict"  # the legend entry of the conflict marks


def _conflict_hover(conflict: str) -> str:
    """The competing dates in a hover: five at most, the rest counted."""
    return f"<br><b>Dates conflict:</b> {_esc(short_conflict(conflict, shown=5))}" if conflict else ""


CONFLICT_MARK = {"symbol": "x-thin", "size": 16, "color": "#b00020", "line": {"width": 3, "color": "#b00020"}}


def development_mark_size(sources: int) -> float:
    """A point's diameter in pixels: grows with the log of the sources (1: 12, 2: 18, 4: 24, 8: 30), capped."""
    return min(12.0 + 6.0 * float(np.log2(max(int(sources), 1))), 36.0)


def development_bar_width(sources: int) -> float:
    """A span's thickness, in rows (1: 0.35, 2: 0.45, 4: 0.55), capped below one row."""
    return min(0.35 + 0.1 * float(np.log2(max(int(sources), 1))), 0.8)


def _sources(value: object) -> int:
    return 0 if value is None or pd.isna(value) else int(value)


def _count_words(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'s' if count != 1 else ''}"


def _reported(row: dict) -> str:
    """'4 sources, 6 reports, first reported 12 May 2025' for a hover."""
    words = _count_words(_sources(row["sources"]), "source") + ", " + _count_words(_sources(row["reports"]), "report")
    first = to_date(row["first_reported"])
    return words + (f", first reported {format_day(first)}" if first else "")


def developments_figure(developments: pd.DataFrame, articles: pd.DataFrame, as_of: dt.date | None = None) -> go.Figure:
    """One mark per development, as `timeline_figure` draws events: a point or span coloured by kind,
    a point the larger and a span the thicker the more articles report it, each row labelled with
    its sources, and a cross over a development whose sources give competing dates (the dates and
    their sources in its hover). Beyond `TIMELINE_DETAIL_LIMIT` developments, counts per month."""
    if dated_count(developments) > TIMELINE_DETAIL_LIMIT:
        return timeline_counts_figure(_dated(developments), as_of, noun="developments")
    dated = _dated(developments)
    if dated.empty:
        return _empty_figure("No dated developments to draw")
    order = pd.DataFrame(
        {"start": dated["date_start"], "end": dated["date_end"], "id": dated["development_id"]}
    ).reset_index(drop=True)
    rows = dated.take(order.sort_values(["start", "end", "id"], kind="stable").index.to_numpy())
    rows = rows.reset_index(drop=True)
    marks = np.where((rows["date_start"] == rows["date_end"]).to_numpy(dtype=bool), "point", "span")
    conflict = rows["conflict"].fillna("").astype(str)
    rows = rows.assign(
        y=range(len(rows)), mark=marks, kind=rows["kind"].fillna("").replace("", "other"), conflict=conflict
    )
    ticktext = [
        f"<b>{_esc(event_when(row))}</b> · {_esc(row['kind'])} · {_count_words(_sources(row['sources']), 'source')}"
        + (" · <b>dates conflict</b>" if row["conflict"] else "")
        + f"<br>{_esc(_short(row['summary'], 44))}"
        for row in rows.to_dict("records")
    ]
    fig = go.Figure()
    _kind_traces(
        fig,
        rows,
        lambda r: [event_when(r), _wrap(r["summary"]), _esc(_reported(r)), _conflict_hover(r["conflict"])],
        lambda kind: (
            "<b>%{customdata[0]}</b><br>%{customdata[1]}<br><i>%{customdata[2]}</i>"
            "%{customdata[3]}<extra>" + _esc(kind) + "</extra>"
        ),
        bar_width=lambda records: [development_bar_width(_sources(r["sources"])) for r in records],
        mark_size=lambda records: [development_mark_size(_sources(r["sources"])) for r in records],
    )
    _conflict_marks(fig, rows)
    reported = {a for cell in rows["article_ids"].dropna() for a in str(cell).split(";") if a}
    _frame(fig, rows, ticktext, articles[articles["article_id"].isin(reported)], as_of)
    return fig


def _conflict_marks(fig: go.Figure, rows: pd.DataFrame) -> None:
    """A cross over each development whose sources disagree on its date (at a point, or a span's
    middle), one trace for them all, its hover the competing dates and their sources."""
    flagged = rows[rows["conflict"] != ""]
    if flagged.empty:
        return
    middles = []
    for record in flagged.to_dict("records"):
        start, end = to_date(record["date_start"]), to_date(record["date_end"])
        middles.append((start + (end - start) / 2).isoformat() if record["mark"] == "span" else start.isoformat())
    fig.add_trace(
        go.Scatter(
            x=middles,
            y=list(flagged["y"]),
            mode="markers",
            name=CONFLICT_NAME,
            marker=CONFLICT_MARK,
            customdata=[[event_when(r), _esc(short_conflict(r["conflict"], 5))] for r in flagged.to_dict("records")],
            hovertemplate="<b>%{customdata[0]}</b>: the sources give other dates<br>%{customdata[1]}"
            "<extra>" + CONFLICT_NAME + "</extra>",
        )
    )
