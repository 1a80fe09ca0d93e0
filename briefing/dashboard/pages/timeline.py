"""Timeline: the events on a date axis, the same rows as a table, and their CSV."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import charts, download, grid, views
from briefing.present.highlight import escape_markdown as md

PRESETS = {"all": "All events", "funding": "Mission funding decisions"}

ctx = state.context()
events, actors = ctx.tables["events"], ctx.tables["actors"]

st.title("Timeline")
if "timeline_preset" not in st.session_state:  # a shared link may name the view
    st.session_state["timeline_preset"] = (
        st.query_params.get("view") if st.query_params.get("view") in PRESETS else "all"
    )
preset = st.segmented_control(
    "Show",
    list(PRESETS),
    format_func=PRESETS.get,
    key="timeline_preset",
    required=True,
    help="Mission funding decisions: events about funding that involve an actor typed as a mission and "
    "decide something or fall due (kind or topic decision or deadline)",
)
if preset == "funding":
    st.query_params["view"] = "funding"
elif "view" in st.query_params:
    del st.query_params["view"]
if preset == "funding":
    shown = ctx.derive("funding decisions (corpus missions)", views.funding_decisions, events, ctx.corpus["actors"])
    what = f"the mission's funding decisions among {ctx.describe('events')}"
else:
    shown = events  # put in date order below, only the rows that are shown or downloaded
    what = ctx.describe("events")
st.caption(f"Dated events: {md(what)}; statuses {md(ctx.as_of.phrase)}.")

order = ctx.derive(f"date order of {preset}", views.date_order, shown)
if shown.empty:
    widgets.empty_state(f"No events match: {md(what)}.", key="timeline")
else:
    placed = charts.dated_count(shown)
    if placed < len(shown):
        st.caption(f"{len(shown) - placed} event(s) without a resolvable date are listed in the table only.")
    if placed > charts.TIMELINE_DETAIL_LIMIT:
        st.caption(
            f"{placed:,} dated events are too many to draw one by one: bars count them per month of their "
            "start; dates known only to the year are counted in a band of their own, per year. The solid line is "
            "the as-of date. Narrow the filters to see each event."
        )
    else:
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
    widgets.download_csv(
        shown,
        "events",
        widgets.view(ctx, choices=download.preset_choices(preset, PRESETS)),
        "Download these events (CSV)",
        key="dl_events",
        order=order,
    )
