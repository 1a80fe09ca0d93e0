"""Actor map: the network of actors and relations, the map of countries and places, and one actor in detail."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import charts, grid, identity, views
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
    "Node size: mentions. Arrows read “source relation target”; hover an edge label, or the grey dot on an"
    " arrow too crowded for one, for the relation and its sentence. Actors linked to none of the others"
    " drawn are listed below the rule."
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
view = st.radio("Open the map on", charts.map_views(), horizontal=True, key="map_view")
outside = ctx.derive(f"map outside {view}", charts.map_outside, actors, view)
st.caption(
    "Countries shaded by mentions; points are capitals and places (named where the name fits; hover for others)"
    + (f"; {drawn_links} line(s) join places that a relation links (arrowhead at the target)" if links else "")
    + (f", the most often stated of {len(links):,}" if drawn_links < len(links) else "")
    + ". Scroll or drag to zoom"
    + (
        f"; out of this view: {md(', '.join(outside[:5]))}"
        + (f" and {len(outside) - 5:,} more" if len(outside) > 5 else "")
        if outside
        else ""
    )
    + "."
)
st.plotly_chart(
    ctx.derive(f"map figure {view}", charts.geo_figure, actors, relations, ctx.labels, view),
    config=charts.PLOTLY_CONFIG,
    width="stretch",
    key="geo_chart",
)

st.subheader(f"{len(actors):,} actor{'s' if len(actors) != 1 else ''}")
ordered = ctx.derive(
    "actors by mentions",
    lambda: actors.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True),
)
widgets.grid(
    ordered,
    grid.ACTORS,
    "actors_table",
    cache="actors by mentions",
    column_config={"Mentions": st.column_config.NumberColumn(format="%d")},
)
widgets.download_csv(ordered, "actors", widgets.view(ctx), "Download these actors (CSV)", key="dl_actors")

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
every_actor, identities = ctx.corpus["actors"], ctx.corpus["identities"]
unsure = ctx.derive(f"ambiguity of {chosen}", identity.ambiguity, identities, every_actor, chosen)
if unsure:
    st.warning(md(unsure), icon=":material/help:")
roles_held = ctx.derive(f"roles of {chosen}", identity.roles_of, ctx.corpus["roles"], every_actor, chosen)
if not roles_held.empty:
    st.markdown("**Roles**, in the order the articles give them (dates are the articles' publication dates)")
    st.dataframe(roles_held, hide_index=True, key="actor_roles")
names_used = ctx.derive(
    f"other names of {chosen}", identity.other_names, identities, ctx.corpus["articles"], body_of, chosen
)
if not names_used.empty:
    st.markdown("**Other names** the articles use for this actor, and the article whose words define each")
    st.dataframe(names_used, hide_index=True, key="actor_names")
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
        widgets.grid(quotes, grid.ACTOR_QUOTES, "actor_quotes", cache=f"quotes of {chosen}")
with tab_events:
    if events.empty:
        st.info(f"No events involving {md(names[chosen])} with these filters.")
    else:
        widgets.grid(events, grid.EVENTS, "actor_events", cache=f"events of {chosen}", as_of_day=widgets.as_of(ctx))
with tab_relations:
    if links_of.empty:
        st.info(f"No relations involving {md(names[chosen])} with these filters.")
    else:
        widgets.grid(links_of, grid.RELATIONS, "actor_relations", cache=f"relations of {chosen}")
