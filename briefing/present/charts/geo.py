"""The map: countries and places the actors are in, with a line for every relation between two located actors;
drawn from the map files this app serves itself (`PLOTLY_CONFIG`), so a map needs no network."""

from __future__ import annotations

import functools
import itertools
import json
import math
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from briefing.parse import gazetteer
from briefing.present.charts.common import (
    _FONT,
    LABEL_COLOUR,
    TEXT_POSITIONS,
    Box,
    Placer,
    _empty_figure,
    _esc,
    aggregate_edges,
    edge_label,
    marker_box,
    text_box,
    type_colour,
)
from briefing.present.filters import Labels

TOPOJSON_DIR = Path(__file__).resolve().parents[3] / "static" / "topojson"  # what TOPOJSON_URL serves
#: Zoom (plotly's projection scale) past which the map is drawn from Natural Earth's 1:50m outlines; a
#: wider view (the world, a continent, the Caribbean) is drawn from the 1:110m ones. The 1:50m file is eight
#: times the size and about six times as slow to draw in a browser (0.3-0.5 s a draw, on every filter change,
#: against 0.04-0.08 s), and its detail is finer than a pixel in a wide view.
DETAIL_SCALE = 12.0


def map_resolution(scale: float) -> int:
    """Natural Earth's scale (50 or 110: 1:50m or 1:110m) the map is drawn from at a projection scale."""
    return 50 if scale > DETAIL_SCALE else 110


@functools.cache
def outline_centres(resolution: int) -> dict[str, tuple[float, float]]:
    """ISO-3 code -> (lon, lat) of the label point of every country drawn in Natural Earth's outlines at a
    resolution (read once from the served map file; empty when it is missing)."""
    try:
        data = json.loads((TOPOJSON_DIR / f"world_{resolution}m.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        str(g["id"]): tuple(g.get("properties", {}).get("ct") or (math.nan, math.nan))
        for g in data["objects"]["countries"]["geometries"]
        if g.get("id")
    }


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


# --------------------------------------------------------------------------- the region a map opens on

WORLD = (-58.0, 84.0, -180.0, 180.0)  # (lat0, lat1, lon0, lon1): the inhabited world
FOCUS_VIEW, WORLD_VIEW = "Where the places are", "World"
COUNTRY_PAD, AREA_PAD = 0.1, 0.03  # degrees around the subject country's places and its capital's quarters
AREA_RADIUS = 0.3  # degrees from the capital within which a neighbourhood belongs to the capital's area


@functools.cache
def regions() -> dict[str, tuple[float, float, float, float]]:
    """Named views of the briefing's subject, from the gazetteer's places file for it: the country (every
    place the file lists) and its capital's area (the file's neighbourhoods near the capital), padded."""
    entries = {entry.place.name: entry for entry in gazetteer.haitian_places().values()}.values()
    views = {gazetteer.country_places()[gazetteer.HAITI].name: _box([e.place for e in entries], COUNTRY_PAD)}
    capital = gazetteer.capital(gazetteer.HAITI)
    if capital is not None:
        near = [
            e.place
            for e in entries
            if e.kind == "neighbourhood"
            and abs(e.place.lat - capital.lat) <= AREA_RADIUS
            and abs(e.place.lon - capital.lon) <= AREA_RADIUS
        ]
        if near:
            views[f"{capital.name} area"] = _box(near, AREA_PAD)
    return views


def _box(places: list[gazetteer.Place], pad: float) -> tuple[float, float, float, float]:
    lats, lons = [p.lat for p in places], [p.lon for p in places]
    return min(lats) - pad, max(lats) + pad, min(lons) - pad, max(lons) + pad


def map_views() -> tuple[str, ...]:
    """The views a reader can open the map on: where the places are, the named regions, the world."""
    return (FOCUS_VIEW, *regions(), WORLD_VIEW)


FOCUS_SHARE = 0.9  # the region holds the places with this share of the place mentions, nearest first
MIN_SPAN = (6.0, 9.0)  # degrees (lat, lon) a region is at least, so one place is seen with its neighbours


def focus_points(points: pd.DataFrame) -> pd.DataFrame:
    """The points the map opens on: the places (countries are shaded areas, their capitals only marks), or
    every point when no place is located; of those, the ones holding FOCUS_SHARE of the mentions nearest
    to where most of them are (the mention-weighted median), so a stray far-off place does not zoom the
    map out to the whole world. Notes: a corpus whose places really span the world opens on the world."""
    places = points[points["type"] == "place"]
    chosen = places if not places.empty else points
    if chosen.empty:
        return chosen
    weights = chosen["mentions"].fillna(0).astype(float).clip(lower=1.0)
    lat0, lon0 = _weighted_median(chosen["lat"], weights), _weighted_median(chosen["lon"], weights)
    distance = (chosen["lat"].astype(float) - lat0) ** 2 + (chosen["lon"].astype(float) - lon0) ** 2
    order = distance.sort_values(kind="stable").index
    covered = weights[order].cumsum() / weights.sum()
    keep = order[: int((covered < FOCUS_SHARE).sum()) + 1]
    return chosen.loc[sorted(keep)]


def _weighted_median(values: pd.Series, weights: pd.Series) -> float:
    order = values.astype(float).sort_values(kind="stable")
    cumulative = weights[order.index].cumsum()
    return float(order[cumulative >= weights.sum() / 2].iloc[0])


def map_region(points: pd.DataFrame, view: str = FOCUS_VIEW) -> tuple[float, float, float, float]:
    """(lat0, lat1, lon0, lon1) a map view shows: a named region, the world, or the box around the focus
    points with a margin (the world when that box is nearly as wide)."""
    if view in regions():
        return regions()[view]
    focus = focus_points(points) if view != WORLD_VIEW else points.iloc[0:0]
    if focus.empty:
        return WORLD
    lats, lons = focus["lat"].astype(float), focus["lon"].astype(float)
    (lat0, lat1), (lon0, lon1) = (
        _padded(lats.min(), lats.max(), MIN_SPAN[0]),
        _padded(lons.min(), lons.max(), MIN_SPAN[1]),
    )
    if lon1 - lon0 > 200 or lat1 - lat0 > 110:
        return WORLD
    return max(lat0, WORLD[0]), min(lat1, WORLD[1]), max(lon0, WORLD[2]), min(lon1, WORLD[3])


def map_outside(actors: pd.DataFrame, view: str = FOCUS_VIEW) -> list[str]:
    """Names of the located actors a view opens without (most mentioned first): the reader can zoom out."""
    points = located_actors(actors)
    lat0, lat1, lon0, lon1 = map_region(points, view)
    lats, lons = points["lat"].astype(float), points["lon"].astype(float)
    out = points[~(lats.between(lat0, lat1) & lons.between(lon0, lon1))]
    return list(out.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")["name"])


def _padded(low: float, high: float, least: float) -> tuple[float, float]:
    margin = max((high - low) * 0.15, (least - (high - low)) / 2, 0.0)
    return float(low - margin), float(high + margin)


# --------------------------------------------------------------------------- where the labels go

MAP_WIDTH, MAP_HEIGHT = 900, 520  # px the labels are placed for: a wider map only spreads the points
POINT_SIZE, POINT_FONT = 9, 12


def natural_earth(lat: float, lon: float) -> tuple[float, float]:
    """The Natural Earth projection plotly draws the map in (d3-geo's naturalEarth1Raw), in radians, y up."""
    lam, phi = math.radians(lon), math.radians(lat)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, y


_WORLD_X, _WORLD_Y = natural_earth(0.0, 180.0)[0], natural_earth(90.0, 0.0)[1]  # half the world's extent


def map_zoom(region: tuple[float, float, float, float], width: float = MAP_WIDTH, height: float = MAP_HEIGHT) -> dict:
    """The projection settings that open the map on `region`: its centre and plotly's `scale` (1: the whole
    world fitted into the frame). The map is not cut to the region (plotly's axis ranges would cut it),
    so a reader can zoom out to the rest. `px_per_unit` is the smallest pixels per projected unit the map
    is drawn at for a frame `width` or wider; the region fits at the largest."""
    lat0, lat1, lon0, lon1 = region
    centre = ((lat0 + lat1) / 2, (lon0 + lon1) / 2)
    cx, cy = natural_earth(centre[0], 0.0)
    half_w = max(
        abs(natural_earth(lat, lon - centre[1])[0] - cx) for lat in (lat0, centre[0], lat1) for lon in (lon0, lon1)
    )
    half_h = max(abs(natural_earth(lat, 0.0)[1] - cy) for lat in (lat0, lat1))
    fitted_least = min(width / (2 * _WORLD_X), height / (2 * _WORLD_Y))  # px per unit at scale 1, narrowest frame
    fitted_most = height / (2 * _WORLD_Y)  # at scale 1 in a frame wider than the world's shape
    scale = max(1.0, min(width / (2 * half_w), height / (2 * half_h)) / fitted_most)
    return {"lat": centre[0], "lon": centre[1], "scale": scale, "px_per_unit": scale * fitted_least}


def _projector(region: tuple[float, float, float, float], width: float, height: float):
    """lat/lon -> pixels of the frame (y up) at the map's least zoom, and the region's box in those pixels."""
    zoom = map_zoom(region, width, height)
    cy = natural_earth(zoom["lat"], 0.0)[1]

    def project(lat: float, lon: float) -> tuple[float, float]:
        x, y = natural_earth(lat, lon - zoom["lon"])
        return width / 2 + x * zoom["px_per_unit"], height / 2 + (y - cy) * zoom["px_per_unit"]

    lat0, lat1, lon0, lon1 = region
    corners = [project(lat, lon) for lat in (lat0, zoom["lat"], lat1) for lon in (lon0, lon1)]
    # The region's box, or the frame if that is smaller (the world at scale 1).
    extent = Box(
        max(0.0, min(p[0] for p in corners)),
        max(0.0, min(p[1] for p in corners)),
        min(width, max(p[0] for p in corners)),
        min(height, max(p[1] for p in corners)),
    )
    return project, extent


def great_circle(lats: tuple[float, float], lons: tuple[float, float], pieces: int = 24) -> list[tuple[float, float]]:
    """Points along the shortest path between two places on the globe (spherical interpolation)."""
    (lat0, lat1), (lon0, lon1) = (math.radians(v) for v in lats), (math.radians(v) for v in lons)
    a = (math.cos(lat0) * math.cos(lon0), math.cos(lat0) * math.sin(lon0), math.sin(lat0))
    b = (math.cos(lat1) * math.cos(lon1), math.cos(lat1) * math.sin(lon1), math.sin(lat1))
    angle = math.acos(max(-1.0, min(1.0, sum(p * q for p, q in zip(a, b, strict=True)))))
    if angle < 1e-9:
        return [(lats[0], lons[0]), (lats[1], lons[1])]
    points = []
    for k in range(pieces + 1):
        t = k / pieces
        wa, wb = math.sin((1 - t) * angle) / math.sin(angle), math.sin(t * angle) / math.sin(angle)
        x, y, z = (wa * p + wb * q for p, q in zip(a, b, strict=True))
        points.append((math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))))
    return points


def map_labels(
    points: pd.DataFrame,
    region: tuple[float, float, float, float],
    width: float = MAP_WIDTH,
    height: float = MAP_HEIGHT,
    places_first: bool = False,
    lines: list[dict] = (),
) -> dict[int, tuple[str, Box]]:
    """Index of a point -> (text position, label box in px) for the points that get a name: in `points`'
    order (most mentioned first), each on the first side where its label stays inside the region and clear
    of the other labels and of every point in view; the others are named on hover. At most MAP_LABEL_LIMIT.
    `places_first`: places before countries' capitals (in a country's own view, the capital's point would
    take the name of the city it stands on). `lines` (`map_links`): a name keeps off them where it can."""
    project, extent = _projector(region, width, height)
    where = {
        i: project(float(lat), float(lon))
        for i, lat, lon in zip(points.index, points["lat"], points["lon"], strict=True)
    }
    inside = {i: xy for i, xy in where.items() if extent.x0 <= xy[0] <= extent.x1 and extent.y0 <= xy[1] <= extent.y1}
    placer = Placer(extent, boxes=[marker_box(x, y, POINT_SIZE) for x, y in inside.values()])
    for line in lines:  # each line as plotly draws it: along the great circle, here in short straight pieces
        path = [project(lat, lon) for lat, lon in great_circle(line["lat"], line["lon"])]
        placer.segments.extend(itertools.pairwise(path))
    everywhere = range(len(placer.segments))
    chosen: dict[int, tuple[str, Box]] = {}
    if places_first:
        points = points.sort_values("type", key=lambda t: t != "place", kind="stable")
    for i, name in zip(points.index, points["name"], strict=True):
        if i not in inside or len(chosen) >= MAP_LABEL_LIMIT:
            continue
        x, y = inside[i]
        boxes = [(position, text_box(x, y, str(name), POINT_FONT, position, POINT_SIZE)) for position in TEXT_POSITIONS]
        found = placer.place(boxes) or placer.place(boxes, ignore=everywhere)
        if found:
            chosen[i] = (str(found[0]), found[1])
    return chosen


SHADES = [[0, "#e3edf7"], [1, "#8fb3d9"]]  # countries by mentions, fewest to most


def _small_countries(fig: go.Figure, countries: pd.DataFrame, labels: Labels, resolution: int) -> None:
    """Shaded countries the outlines at `resolution` do not draw (small islands at 1:110m) as a dot of their
    shade at their label point, so a wide map still shows them (an outline there would be a pixel)."""
    drawn = outline_centres(resolution)
    if countries.empty or not drawn:
        return
    fine = outline_centres(50)
    missing = countries[[c not in drawn and c in fine for c in countries["iso3"]]]
    if missing.empty:
        return
    mentions = [int(m) for m in countries["mentions"]]
    fig.add_trace(
        go.Scattergeo(
            lon=[float(fine[c][0]) for c in missing["iso3"]],
            lat=[float(fine[c][1]) for c in missing["iso3"]],
            mode="markers",
            marker={
                "size": 8,
                "color": [int(m) for m in missing["mentions"]],
                "colorscale": SHADES,
                "cmin": min(mentions),
                "cmax": max(mentions),
                "line": {"color": "#8a8a8a", "width": 0.6},
            },
            text=[labels.country(c) for c in missing["iso3"]],
            customdata=[int(m) for m in missing["mentions"]],
            hovertemplate="<b>%{text}</b><br>%{customdata} mentions<extra></extra>",
            showlegend=False,
            name="small countries",
        )
    )


def geo_figure(
    actors: pd.DataFrame, relations: pd.DataFrame, labels: Labels | None = None, view: str = FOCUS_VIEW
) -> go.Figure:
    """Countries shaded by mentions, countries' capitals and places as points, relations as lines; opened on
    `view` (see `map_region`), with the names that fit there (`map_labels`)."""
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
                colorscale=SHADES,
                marker={"line": {"color": "white", "width": 0.6}},
                showscale=False,
                text=[labels.country(c) for c in countries["iso3"]],
                hovertemplate="<b>%{text}</b><br>%{z} mentions<extra></extra>",
                name="countries",
            )
        )
    region = map_region(points, view)
    zoom = map_zoom(region)
    resolution = map_resolution(zoom["scale"])
    _small_countries(fig, countries, labels, resolution)
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
        named = map_labels(points, region, places_first=view in regions(), lines=links)
        for actor_type, group in points.groupby("type", sort=True):
            fig.add_trace(
                go.Scattergeo(
                    lat=[float(v) for v in group["lat"]],
                    lon=[float(v) for v in group["lon"]],
                    mode="markers+text",
                    name=str(actor_type),
                    text=[_esc(str(n)) if i in named else "" for i, n in zip(group.index, group["name"], strict=True)],
                    hovertext=[_esc(str(n)) for n in group["name"]],
                    textposition=[named[i][0] if i in named else "middle right" for i in group.index],
                    textfont={"size": POINT_FONT, "color": LABEL_COLOUR},
                    marker={
                        "size": POINT_SIZE,
                        "color": type_colour(str(actor_type)),
                        "line": {"width": 1, "color": "white"},
                    },
                    hovertemplate="<b>%{hovertext}</b><extra>" + _esc(str(actor_type)) + "</extra>",
                )
            )
    if not fig.data:
        return _empty_figure("No countries or places to map")
    fig.update_geos(
        projection_type="natural earth",
        resolution=resolution,
        showland=True,
        landcolor="#f3f1ec",
        showocean=True,
        oceancolor="#eaf2f8",
        showcountries=True,
        countrycolor="#b8b8b8",
        showcoastlines=True,
        coastlinecolor="#9a9a9a",
        showframe=False,
        # Turned to the region's meridian and centred on it, as `map_zoom` assumes (plotly.js: the projection's
        # d3 center is center - rotation, its rotate is -rotation).
        center={"lat": zoom["lat"], "lon": zoom["lon"]},
        projection_rotation_lon=zoom["lon"],
        projection_scale=zoom["scale"],
    )
    fig.update_layout(
        height=MAP_HEIGHT,
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        legend={"title": {"text": "Point"}, "orientation": "h", "y": -0.02},
        font=_FONT,
    )
    return fig
