"""The map: countries and places the actors are in, with a line for every relation between two located actors;
drawn from the map files this app serves itself (`PLOTLY_CONFIG`), so a map needs no network."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from briefing.present.charts.common import _FONT, _empty_figure, _esc, aggregate_edges, edge_label, type_colour
from briefing.present.filters import Labels


def located_actors(actors: pd.DataFrame) -> pd.DataFrame:
    return actors[actors["lat"].notna() & actors["lon"].notna()].reset_index(drop=True)


MAP_LINK_LIMIT = 150  # lines on the map, the most often stated first
MAP_LABEL_LIMIT = 40  # points named on the map (the rest name themselves on hover)


def map_links(actors: pd.DataFrame, relations: pd.DataFrame, limit: int | None = None) -> list[dict]:
    """Relations whose two actors both have coordinates: one line each (repeated statements merged),
    the most often stated first; at most `limit` of them."""
    located = located_actors(actors)
    columns = (located["actor_id"], located["name"], located["lat"], located["lon"])
    where = {aid: (name, float(lat), float(lon)) for aid, name, lat, lon in zip(*columns, strict=True)}
    links = []
    for edge in aggregate_edges(relations):
        if edge["source"] in where and edge["target"] in where and edge["source"] != edge["target"]:
            (source, lat0, lon0), (target, lat1, lon1) = where[edge["source"]], where[edge["target"]]
            links.append(
                {
                    "source": source,
                    "target": target,
                    "label": edge_label(edge["relations"]),
                    "lat": (lat0, lat1),
                    "lon": (lon0, lon1),
                    "statements": sum(edge["relations"].values()),
                }
            )
    links.sort(key=lambda link: -link["statements"])  # stable: text order among equals
    return links[:limit] if limit is not None else links


def map_countries(actors: pd.DataFrame) -> pd.DataFrame:
    """Countries to shade: each country actor's ISO3 code with its mentions (places add to their country)."""
    rows = actors[actors["country"].notna() & (actors["country"] != "")]
    if rows.empty:
        return pd.DataFrame({"iso3": pd.Series(dtype="string"), "mentions": pd.Series(dtype="int")})
    grouped = rows.groupby("country", sort=True)["mentions"].sum().reset_index()
    return grouped.rename(columns={"country": "iso3"})


_LABEL_POSITIONS = ("middle right", "middle left", "top center", "bottom center", "top right", "bottom left")


def label_positions(lats: list[float], lons: list[float], near_degrees: float = 6.0) -> list[str]:
    """A text position per point so that labels of nearby points point different ways.

    Greedy: each point takes the first position not yet used by an earlier point within `near_degrees`.
    """
    chosen: list[str] = []
    for i, (lat, lon) in enumerate(zip(lats, lons, strict=True)):
        taken = {
            chosen[j]
            for j in range(i)
            if abs(float(lats[j]) - float(lat)) < near_degrees and abs(float(lons[j]) - float(lon)) < near_degrees
        }
        chosen.append(next((p for p in _LABEL_POSITIONS if p not in taken), _LABEL_POSITIONS[i % 6]))
    return chosen


def geo_figure(actors: pd.DataFrame, relations: pd.DataFrame, labels: Labels | None = None) -> go.Figure:
    """Countries shaded by mentions, countries' capitals and places as points, relations as lines."""
    labels = labels or Labels()
    countries = map_countries(actors)
    points = located_actors(actors)
    fig = go.Figure()
    if not countries.empty:
        fig.add_trace(
            go.Choropleth(
                locations=list(countries["iso3"]),
                z=[int(m) for m in countries["mentions"]],
                locationmode="ISO-3",
                colorscale=[[0, "#e3edf7"], [1, "#8fb3d9"]],
                marker={"line": {"color": "white", "width": 0.6}},
                showscale=False,
                text=[labels.country(c) for c in countries["iso3"]],
                hovertemplate="<b>%{text}</b><br>%{z} mentions<extra></extra>",
                name="countries",
            )
        )
    links = map_links(actors, relations, MAP_LINK_LIMIT)
    if links:  # one trace for every line (None breaks the path) and one for every arrowhead
        fig.add_trace(
            go.Scattergeo(
                lat=[v for link in links for v in (*link["lat"], None)],
                lon=[v for link in links for v in (*link["lon"], None)],
                mode="lines",
                line={"width": 2, "color": "#c0392b"},
                opacity=0.8,
                showlegend=False,
                hoverinfo="skip",
                name="relations",
            )
        )
        fig.add_trace(
            go.Scattergeo(
                lat=[link["lat"][1] for link in links],
                lon=[link["lon"][1] for link in links],
                mode="markers",
                marker={"symbol": "triangle-down", "size": 9, "color": "#c0392b"},
                hovertext=[_esc(f"{link['source']} {link['label']} {link['target']}") for link in links],
                hoverinfo="text",
                showlegend=False,
                name="relation targets",
            )
        )
    if not points.empty:
        points = points.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
        named = points.index < MAP_LABEL_LIMIT
        top = points[named]
        sides = dict(zip(top.index, label_positions(list(top["lat"]), list(top["lon"])), strict=True))
        for actor_type, group in points.groupby("type", sort=True):
            fig.add_trace(
                go.Scattergeo(
                    lat=[float(v) for v in group["lat"]],
                    lon=[float(v) for v in group["lon"]],
                    mode="markers+text",
                    name=str(actor_type),
                    text=[str(n) if named[i] else "" for i, n in zip(group.index, group["name"], strict=True)],
                    hovertext=[_esc(str(n)) for n in group["name"]],
                    textposition=[sides.get(i, "middle right") for i in group.index],
                    textfont={"size": 12},
                    marker={"size": 9, "color": type_colour(str(actor_type)), "line": {"width": 1, "color": "white"}},
                    hovertemplate="<b>%{hovertext}</b><extra>" + _esc(str(actor_type)) + "</extra>",
                )
            )
    if not fig.data:
        return _empty_figure("No countries or places to map")
    fig.update_geos(
        projection_type="natural earth",
        resolution=50,
        showland=True,
        landcolor="#f3f1ec",
        showocean=True,
        oceancolor="#eaf2f8",
        showcountries=True,
        countrycolor="#b8b8b8",
        showcoastlines=True,
        coastlinecolor="#9a9a9a",
        showframe=False,
        fitbounds="locations",
    )
    fig.update_layout(
        height=520,
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        legend={"title": {"text": "Point"}, "orientation": "h", "y": -0.02},
        font=_FONT,
    )
    return fig
