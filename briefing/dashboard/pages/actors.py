"""Actor map: the network of actors and relations, the map of countries and places, and one actor in detail."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import charts, views
from briefing.present.filters import RULE
from briefing.present.highlight import context_html
from briefing.present.highlight import escape_markdown as md

ctx = state.context()
actors, relations = ctx.tables["actors"], ctx.tables["relations"]

st.title("Actor map")
st.caption(
    f"Who is connected to whom: {md(ctx.describe('actors'))}, and the relations between them."
    + ("" if ctx.filter.is_empty else f" Filters: {RULE}; the network and the map are drawn from the rows they keep.")
)

if actors.empty:
    widgets.empty_state(f"No actors match: {md(ctx.describe('actors'))}.", key="actors")
    st.stop()

st.subheader("Network")
drawn, _ = ctx.derive("network selection", charts.network_selection, actors, relations)
st.caption(
    "Node size: mentions. Arrows read “source relation target”; hover an edge label for the sentence."
    + (
        f" Showing the {len(drawn)} best-connected of {len(actors):,} actors; narrow the filters to see others."
        if len(drawn) < len(actors) and len(actors) > charts.NETWORK_LIMIT
        else ""
    )
)
st.plotly_chart(
    ctx.derive("network figure", charts.network_figure, actors, relations),
    config=charts.PLOTLY_CONFIG,
    width="stretch",
    key="network_chart",
)

st.subheader("Map")
links = ctx.derive("map links", charts.map_links, actors, relations)
drawn_links = min(len(links), charts.MAP_LINK_LIMIT)
st.caption(
    "Countries shaded by mentions; points are capitals and places (the most mentioned are named; hover for others)"
    + (f"; {drawn_links} line(s) join places that a relation links (arrowhead at the target)" if links else "")
    + (f", the most often stated of {len(links):,}" if drawn_links < len(links) else "")
    + ". Scroll or drag to zoom in."
)
st.plotly_chart(
    ctx.derive("map figure", charts.geo_figure, actors, relations, ctx.labels),
    config=charts.PLOTLY_CONFIG,
    width="stretch",
    key="geo_chart",
)

st.subheader(f"{len(actors):,} actor{'s' if len(actors) != 1 else ''}")
ordered = ctx.derive(
    "actors by mentions",
    lambda: actors.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True),
)
st.dataframe(
    views.actors_display(widgets.capped(ordered, "actors"), ctx.labels),
    hide_index=True,
    width="stretch",
    key="actors_table",
    column_config={"Mentions": st.column_config.NumberColumn(format="%d")},
)
widgets.download_csv(ordered, "actors", ctx.filter, "Download these actors (CSV)", key="dl_actors")

st.subheader("One actor in detail")
names = dict(zip(ordered["actor_id"], ordered["name"], strict=True))
types = dict(zip(ordered["actor_id"], ordered["type"], strict=True))
chosen = st.selectbox(
    "Actor",
    list(names),
    format_func=lambda a: f"{names[a]} ({types[a]})",
    key="actor_choice",
)
body_of = ctx.corpus.texts
mentions = ctx.derive(f"mentions of {chosen}", ctx.tables.matching, "mentions", "actor_id", chosen)
quotes = ctx.derive(f"quotes of {chosen}", views.quotes_of_actor, ctx.tables["quotes"], chosen)
events = ctx.derive(f"events of {chosen}", views.events_of_actor, ctx.tables["events"], chosen)
links_of = ctx.derive(f"relations of {chosen}", views.relations_of_actor, relations, chosen)

tab_mentions, tab_quotes, tab_events, tab_relations = st.tabs(
    [
        f"Mentions ({len(mentions)})",
        f"Quotes ({len(quotes)})",
        f"Events ({len(events)})",
        f"Relations ({len(links_of)})",
    ]
)
MENTIONS_SHOWN = 50  # each is a paragraph of context; more would bury the page
DETAIL_ROWS = 200  # rows per tab of one actor (every tab is drawn on each rerun, shown or not)
with tab_mentions:
    if ctx.filter.has_topic:
        st.caption(f"Mentions in sentences that also mention what the filters name ({RULE}).")
    if mentions.empty:
        st.info("No mentions with these filters.")
    elif len(mentions) > MENTIONS_SHOWN:
        st.caption(f"The first {MENTIONS_SHOWN} of {len(mentions):,} mentions, in article order.")
    for row in mentions.head(MENTIONS_SHOWN).to_dict("records"):
        body = body_of.get(row["article_id"], "")
        st.html(
            '<div style="margin:0 0 .5em 0;line-height:1.5">'
            + context_html(body, int(row["start"]), int(row["end"]), title=names[chosen])
            + "</div>"
        )
with tab_quotes:
    if quotes.empty:
        st.info(f"No quotes by or about {md(names[chosen])} with these filters.")
    else:
        listed = widgets.capped(quotes, "quotes", limit=DETAIL_ROWS, downloadable=False)
        shown = views.quotes_display(listed, ctx.labels)
        shown.insert(0, "Role", listed["role"].map({"speaker": "says", "mentioned": "is mentioned"}))
        st.dataframe(shown, hide_index=True, width="stretch", key="actor_quotes")
with tab_events:
    if events.empty:
        st.info(f"No events involving {md(names[chosen])} with these filters.")
    else:
        st.dataframe(
            views.events_display(widgets.capped(events, "events", limit=DETAIL_ROWS, downloadable=False), ctx.labels),
            hide_index=True,
            width="stretch",
            key="actor_events",
        )
with tab_relations:
    if links_of.empty:
        st.info(f"No relations involving {md(names[chosen])} with these filters.")
    else:
        st.dataframe(
            views.relations_display(
                widgets.capped(links_of, "relations", limit=DETAIL_ROWS, downloadable=False), ctx.labels
            ),
            hide_index=True,
            width="stretch",
            key="actor_relations",
        )
