"""Timeline: the developments (or every report) on a date axis, the same rows as a table, and their CSV.

A development is one real-world event however many articles report it; "Every report" shows each
dated statement of each article, as the events table holds them. The choice travels in the URL
(`marks=reports`; developments need no parameter)."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import charts, download, grid, views
from briefing.present import developments as dev
from briefing.present.highlight import escape_markdown as md

PRESETS = {"all": "All events", "funding": "Mission funding decisions"}
MARKS_KEY = "timeline_marks"

ctx = state.context()
events, actors = ctx.tables["events"], ctx.tables["actors"]

st.title("Timeline")
if "timeline_preset" not in st.session_state:  # a shared link may name the view
    st.session_state["timeline_preset"] = (
        st.query_params.get("view") if st.query_params.get("view") in PRESETS else "all"
    )
if MARKS_KEY not in st.session_state:
    st.session_state[MARKS_KEY] = dev.marks_from_query(st.query_params.get_all(dev.MARKS_PARAM))
choices = st.columns([3, 2], vertical_alignment="bottom")
preset = choices[0].segmented_control(
    "Show",
    list(PRESETS),
    format_func=PRESETS.get,
    key="timeline_preset",
    required=True,
    help="Mission funding decisions: events about funding that involve an actor typed as a mission and "
    "decide something or fall due (kind or topic decision or deadline)",
)
marks = choices[1].segmented_control(
    "One mark per",
    list(dev.MARKS),
    format_func=dev.MARKS.get,
    key=MARKS_KEY,
    required=True,
    help="Developments: one mark per real-world event, however many articles report it (its size and label "
    "give the sources; a cross, sources that give other dates). Every report: one mark per dated "
    "statement in each article.",
)
if preset == "funding":
    st.query_params["view"] = "funding"
elif "view" in st.query_params:
    del st.query_params["view"]
if marks == dev.REPORTS:
    st.query_params[dev.MARKS_PARAM] = dev.REPORTS
elif dev.MARKS_PARAM in st.query_params:
    del st.query_params[dev.MARKS_PARAM]
if preset == "funding":
    shown = ctx.derive("funding decisions (corpus missions)", views.funding_decisions, events, ctx.corpus["actors"])
    what = f"the mission's funding decisions among {ctx.describe('events')}"
else:
    shown = events  # put in date order below, only the rows that are shown or downloaded
    what = ctx.describe("events")
order = ctx.derive(f"date order of {preset}", views.date_order, shown)


def note_placement(placed: int, total: int, noun: str) -> bool:
    """Captions for the rows the figure cannot place (no resolvable date: table only) and, past the detail
    limit, for its counting per month; True when the figure draws each row."""
    if placed < total:
        st.caption(f"{total - placed} {noun}(s) without a resolvable date are listed in the table only.")
    if placed <= charts.TIMELINE_DETAIL_LIMIT:
        return True
    st.caption(
        f"{placed:,} dated {noun}s are too many to draw one by one: bars count them per month of their start; "
        "dates known only to the year are counted in a band of their own, per year. The solid line is the as-of "
        f"date. Narrow the filters to see each {noun}."
    )
    return False


def download_reports(label: str) -> None:
    widgets.download_csv(
        shown,
        "events",
        widgets.view(ctx, choices=download.preset_choices(preset, PRESETS)),
        label,
        key="dl_events",
        order=order,
    )


if marks == dev.DEVELOPMENTS:
    developments = ctx.tables["developments"]  # those with a report the filter keeps
    if preset == "funding":
        developments = ctx.derive("developments of the funding decisions", dev.kept, developments, shown)
    what_developments = (
        f"the developments of the mission's funding decisions among {ctx.describe('events')}"
        if preset == "funding"
        else ctx.describe("developments")
    )
    st.caption(
        f"Developments, one mark per real-world event however many articles report it: {md(what_developments)}; "
        f"statuses {md(ctx.as_of.phrase)}. A development is shown when any of its reports is."
    )
    if developments.empty:
        widgets.empty_state(f"No events match: {md(what)}, so no development has a report to show.", key="timeline")
    else:
        if note_placement(charts.dated_count(developments), len(developments), "development"):
            st.caption(
                "The more articles report a development, the larger its mark (each row says how many); a red "
                "cross marks sources that give other dates. Spans are dates known only to the month or year; "
                "dashed lines mark publication, the solid line the as-of date."
            )
        st.plotly_chart(
            ctx.derive(
                f"developments figure of {preset} as of {ctx.as_of.day}",
                charts.developments_figure,
                developments,
                ctx.corpus["articles"],
                ctx.as_of.day,
            ),
            config=charts.PLOTLY_CONFIG,
            width="stretch",
            key="timeline_chart",
        )
        st.subheader(f"{len(developments):,} development{'s' if len(developments) != 1 else ''}")
        picked = widgets.grid(
            developments,
            dev.GRID,
            "timeline_table",
            cache=f"{preset} developments",
            as_of_day=widgets.as_of(ctx),
            column_config={"What": st.column_config.TextColumn(width="large")},
        )
        selection = st.session_state.get("timeline_table") or {}
        if not (selection.get("selection") or {}).get("rows"):
            st.caption("Select a development in the grid to read every report of it, each sentence with its article.")
        elif picked is not None:
            development_id = str(picked["development_id"])
            kept_ids = ctx.derive("ids of the kept events", lambda: set(events["event_id"]))
            found = ctx.derive(
                f"development detail {development_id}",
                dev.detail,
                development_id,
                ctx.corpus["developments"],
                ctx.corpus["events"],
                ctx.corpus["articles"],
                kept_ids,
            )
            if found is not None:
                widgets.development_detail(found, "The development selected in the grid, in full")
        widgets.download_csv(
            developments,
            "developments",
            widgets.view(ctx, choices=download.preset_choices(preset, PRESETS)),
            "Download these developments (CSV)",
            key="dl_developments",
        )
        download_reports("Download their reports (CSV)")
else:
    st.caption(f"Every report: {md(what)}; statuses {md(ctx.as_of.phrase)}.")
    if shown.empty:
        widgets.empty_state(f"No events match: {md(what)}.", key="timeline")
    else:
        if note_placement(charts.dated_count(shown), len(shown), "event"):
            st.caption(
                "Spans are dates known only to the month or year; dashed lines mark publication, "
                "the solid line the as-of date."
            )
        st.plotly_chart(
            ctx.derive(
                f"timeline figure of {preset} as of {ctx.as_of.day}",
                charts.timeline_figure,
                shown,
                ctx.corpus["articles"],
                ctx.labels,
                ctx.as_of.day,
            ),
            config=charts.PLOTLY_CONFIG,
            width="stretch",
            key="timeline_chart",
        )
        st.subheader(f"{len(shown):,} event{'s' if len(shown) != 1 else ''}")
        widgets.grid(
            shown,
            grid.EVENTS,
            "timeline_table",
            cache=f"{preset} events",
            as_of_day=widgets.as_of(ctx),
            column_config={"What": st.column_config.TextColumn(width="large")},
        )
        download_reports("Download these events (CSV)")
