"""Plotly figures for the dashboard: the events timeline, the actor network and the map.

Owns how the tables are drawn: one mark per event on a date axis (spans for month- and year-precision
dates, points for days), a network of actors sized by mentions with labelled, directed edges, and a
map of countries and places with a line for every relation that links two located actors. Figures
are built from the core tables alone, deterministic (the network layout is seeded), and drawn by
Streamlit; `PLOTLY_CONFIG` points plotly.js at the map files this app serves itself, so a map needs
no network.

Notes: the network layout is a plain Fruchterman–Reingold force simulation (Fruchterman & Reingold
1991) on a handful of nodes; it is not meant for thousands of actors.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import textwrap
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from briefing.parse import vocab
from briefing.present.filters import Labels, format_day, split_cell
from briefing.present.views import by_date, event_when, to_date

# plotly.js fetches `<topojsonURL><scope>_<resolution>m.json`; Streamlit's static serving puts
# ./static at app/static/ (relative, so a server under a base path works too).
TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {"displaylogo": False, "topojsonURL": TOPOJSON_URL, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}

EVENT_KINDS = vocab.names(vocab.EVENT_KINDS)
KIND_COLOURS: dict[str, str] = vocab.colours(vocab.EVENT_KINDS)
TYPE_COLOURS: dict[str, str] = vocab.colours(vocab.ACTOR_TYPES)
FALLBACK_COLOUR = vocab.FALLBACK_COLOUR
_FONT = {"family": "sans-serif"}


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, FALLBACK_COLOUR)


def type_colour(actor_type: str) -> str:
    return TYPE_COLOURS.get(actor_type, FALLBACK_COLOUR)


def _esc(text: str) -> str:
    """Escaped for plotly's pseudo-HTML, which decodes &lt; &gt; &amp; but shows &quot; as written."""
    return html.escape(text, quote=False)


def _wrap(text: str, width: int = 70) -> str:
    """Hover text: escaped (plotly renders a subset of HTML) and wrapped with <br>."""
    return "<br>".join(_esc(line) for line in textwrap.wrap(text or "", width)) or "&nbsp;"


def _short(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _empty_figure(message: str, height: int = 260) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 15}, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_layout(height=height, xaxis_visible=False, yaxis_visible=False, margin={"l": 10, "r": 10, "t": 10})
    return fig


# --------------------------------------------------------------------------- timeline


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


# --------------------------------------------------------------------------- network


def _aggregate_edges(relations: pd.DataFrame) -> list[dict]:
    """One edge per (source, target) pair: its relations in order and how often each was stated."""
    edges: dict[tuple[str, str], dict] = {}
    columns = ("source_actor_id", "target_actor_id", "relation", "sentence")
    for source, target, relation, sentence in zip(*(relations[c].tolist() for c in columns), strict=True):
        edge = edges.get((source, target))
        if edge is None:
            edge = edges[(source, target)] = {"source": source, "target": target, "relations": {}, "sentences": {}}
        edge["relations"][relation] = edge["relations"].get(relation, 0) + 1
        edge["sentences"][sentence] = None  # a dict: unique, in order, without a scan per statement
    for edge in edges.values():
        edge["sentences"] = list(edge["sentences"])
    return list(edges.values())


def edge_label(relations: Mapping[str, int]) -> str:
    """'funds ×2, backs' — each relation once, with how often it is stated when more than once."""
    return ", ".join(f"{name} ×{n}" if n > 1 else name for name, n in relations.items())


def spring_layout(nodes: list[str], edges: list[tuple[str, str]], iterations: int = 300) -> dict[str, tuple]:
    """Deterministic force-directed positions in [-1, 1]² (Fruchterman–Reingold, seeded start on a circle)."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angles), np.sin(angles)])
    k = math.sqrt(4.0 / n)
    pairs = [(index[a], index[b]) for a, b in edges if a in index and b in index and a != b]
    heads = np.array([a for a, _ in pairs], dtype=int)
    tails = np.array([b for _, b in pairs], dtype=int)
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.sqrt((delta**2).sum(axis=-1)), 1e-3)
        force = (k * k / distance**2)[:, :, None] * delta  # repulsion between every pair
        displacement = force.sum(axis=1)
        if pairs:  # attraction along edges, all at once
            d = pos[heads] - pos[tails]
            pull = d * np.sqrt((d**2).sum(axis=1))[:, None] / k
            np.add.at(displacement, heads, -pull)
            np.add.at(displacement, tails, pull)
        displacement -= pos * 0.05  # gentle gravity keeps the layout centred
        length = np.maximum(np.sqrt((displacement**2).sum(axis=1)), 1e-9)
        pos += displacement / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.985
    pos -= pos.mean(axis=0)
    # Turn the longest spread to the horizontal: cells and charts are wider than tall.
    _, _, axes = np.linalg.svd(pos, full_matrices=False)
    pos = pos @ axes.T
    pos /= np.abs(pos[:, 0]).max() or 1.0
    if np.abs(pos[:, 1]).max() > 0.25:  # use the height too, unless the group is (nearly) a line
        pos[:, 1] /= np.abs(pos[:, 1]).max()
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def components(nodes: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components (union-find), largest first, each in the nodes' order."""
    parent = {node: node for node in nodes}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for node in nodes:
        groups.setdefault(root(node), []).append(node)
    return sorted(groups.values(), key=lambda group: (-len(group), group[0]))


def network_positions(nodes: list[str], edges: list[tuple[str, str]], row_units: int = 12) -> dict[str, tuple]:
    """Positions for a possibly disconnected graph: each linked group of actors laid out on its own, in a
    cell as wide as it has actors (largest first, rows of `row_units`), and the unlinked actors together
    in a column of the last cell, so separate groups stay apart and each uses its space. y grows upwards;
    rows are 1 high, taller (up to 2.5) for a big group."""
    groups = components(nodes, edges)
    cells = [(g, len(g)) for g in groups if len(g) > 1]
    alone = [g[0] for g in groups if len(g) == 1]
    if alone:
        cells.append((alone, 1))
    capacity = max([row_units, *(w for _, w in cells)])
    rows: list[list[tuple[list[str], int]]] = [[]]
    used = 0.0
    for group, width in cells:
        if rows[-1] and used + width > capacity + 0.8 * len(cells):
            rows.append([])
            used = 0.0
        rows[-1].append((group, width))
        used += width + 0.8  # a gap between groups
    positions: dict[str, tuple] = {}
    top = 0.0
    for row in rows:
        # A big group gets a taller row, so it is not squashed into a line.
        height = max(1.0, min(2.5, max(width for _, width in row) / 6))
        x0 = 0.0
        for group, width in row:
            centre = (x0 + width / 2, top - height / 2)
            if group is alone:
                for j, node in enumerate(alone):
                    y = 0.0 if len(alone) == 1 else 0.35 * height - 0.7 * height * j / (len(alone) - 1)
                    positions[node] = (centre[0], centre[1] + y)
            else:
                inner = spring_layout(group, [(a, b) for a, b in edges if a in group and b in group])
                for node, (x, y) in inner.items():
                    positions[node] = (centre[0] + 0.4 * width * x, centre[1] + 0.32 * height * y)
            x0 += width + 0.8
        top -= height
    return positions


def label_sides(positions: dict[str, tuple], groups: list[list[str]]) -> dict[str, str]:
    """Text above or below each node, alternating along each group from left to right, so the labels of
    neighbours on a line do not run into each other."""
    sides = {}
    for group in groups:
        for i, node in enumerate(sorted(group, key=lambda n: positions[n][0])):
            sides[node] = "top center" if i % 2 == 0 else "bottom center"
    return sides


def grid_rows(positions: dict[str, tuple]) -> int:
    return max(1, math.ceil(-min(y for _, y in positions.values()))) if positions else 1


def short_name(name: str, aliases: object, limit: int = 24) -> str:
    """A node label: the name, or for a long name its acronym among the aliases (e.g. a mission's)."""
    if len(name) <= limit:
        return name
    acronyms = [a for a in split_cell(aliases) if a.isupper() and 2 <= len(a) <= 8 and " " not in a]
    return acronyms[0] if acronyms else _short(name, limit)


NETWORK_LIMIT = 25  # actors drawn in the network; a force layout of thousands is a hairball, and slow
NETWORK_EDGE_LIMIT = 40  # arrows among them, the most often stated first: more hide the nodes
NETWORK_LABEL_LIMIT = 15  # arrows that carry their relation as text; the others show it on hover


def network_selection(actors: pd.DataFrame, relations: pd.DataFrame, limit: int = NETWORK_LIMIT) -> tuple:
    """(actors to draw, edges among them): the `limit` best-connected actors (most distinct partners, then
    mentions), topped up to a dozen with the most-mentioned unlinked actors when few are linked."""
    known = set(actors["actor_id"])
    edges = [e for e in _aggregate_edges(relations) if e["source"] in known and e["target"] in known]
    partners: dict[str, set[str]] = {}
    for e in edges:
        partners.setdefault(e["source"], set()).add(e["target"])
        partners.setdefault(e["target"], set()).add(e["source"])
    ranked = actors.assign(
        _partners=actors["actor_id"].map(lambda a: len(partners.get(a, ()))).astype(int),
        _mentions=actors["mentions"].fillna(0).astype(int),
    ).sort_values(["_partners", "_mentions", "actor_id"], ascending=[False, False, True], kind="stable")
    linked = ranked[ranked["_partners"] > 0].head(limit)
    others = ranked[ranked["_partners"] == 0].head(max(0, min(12, limit) - len(linked)))
    shown = pd.concat([linked, others]).drop(columns=["_partners", "_mentions"])
    keep = set(shown["actor_id"])
    among = [e for e in edges if e["source"] in keep and e["target"] in keep]
    if len(among) > NETWORK_EDGE_LIMIT:
        stated = sorted(range(len(among)), key=lambda i: -sum(among[i]["relations"].values()))
        kept = set(stated[:NETWORK_EDGE_LIMIT])
        among = [e for i, e in enumerate(among) if i in kept]
    return shown, among


def network_figure(actors: pd.DataFrame, relations: pd.DataFrame, limit: int = NETWORK_LIMIT) -> go.Figure:
    """Actors as nodes (coloured by type, sized by mentions) and relations as labelled arrows."""
    if actors.empty:
        return _empty_figure("No actors to draw")
    shown, edges = network_selection(actors, relations, limit)
    pairs = [(e["source"], e["target"]) for e in edges]
    pos = network_positions(sorted(shown["actor_id"]), pairs)
    sides = label_sides(pos, components(sorted(shown["actor_id"]), pairs))
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    fig = go.Figure()
    max_mentions = max(1, int(shown["mentions"].fillna(0).max()))
    arrow = {
        "xref": "x",
        "yref": "y",
        "axref": "x",
        "ayref": "y",
        "showarrow": True,
        "arrowhead": 3,
        "arrowsize": 1.2,
        "arrowwidth": 1.4,
        "arrowcolor": "#9aa0a6",
        "standoff": 16,
        "startstandoff": 12,
        "text": "",
    }
    fig.update_layout(  # all at once: add_annotation re-validates the layout for every arrow
        annotations=[
            {"x": pos[e["target"]][0], "y": pos[e["target"]][1], "ax": pos[e["source"]][0], "ay": pos[e["source"]][1]}
            | arrow
            for e in edges
        ]
    )
    if edges:
        mids = [
            ((pos[e["source"]][0] + pos[e["target"]][0]) / 2, (pos[e["source"]][1] + pos[e["target"]][1]) / 2 + 0.045)
            for e in edges  # just above the arrow
        ]
        names = dict(zip(actors["actor_id"], actors["name"], strict=True))
        stated = sorted(range(len(edges)), key=lambda i: -sum(edges[i]["relations"].values()))
        labelled = set(stated[:NETWORK_LABEL_LIMIT])
        hover = [
            f"<b>{_esc(names[e['source']])} → {_esc(names[e['target']])}</b>: "
            f"{_esc(edge_label(e['relations']))}<br>" + "<br>".join(_wrap(s) for s in e["sentences"][:2])
            for e in edges
        ]
        fig.add_trace(
            go.Scatter(
                x=[m[0] for m in mids],
                y=[m[1] for m in mids],
                mode="text",
                text=[edge_label(e["relations"]) if i in labelled else "" for i, e in enumerate(edges)],
                textfont={"size": 11, "color": "#666"},
                hovertext=hover,
                hoverinfo="text",
                showlegend=False,
                name="relations",
            )
        )
    for actor_type, group in shown.groupby("type", sort=True):
        mentions = group["mentions"].fillna(0).astype(int)
        fig.add_trace(
            go.Scatter(
                x=[pos[a][0] for a in group["actor_id"]],
                y=[pos[a][1] for a in group["actor_id"]],
                mode="markers+text",
                name=str(actor_type),
                text=[short_name(n, a) for n, a in zip(group["name"], group["aliases"], strict=True)],
                textposition=[sides[a] for a in group["actor_id"]],
                textfont={"size": 13},
                marker={
                    "size": [14 + 26 * math.sqrt(m / max_mentions) for m in mentions],
                    "color": type_colour(str(actor_type)),
                    "line": {"width": 1, "color": "white"},
                },
                customdata=[
                    [_esc(n), _esc(r) if isinstance(r, str) else "", int(m)]
                    for n, r, m in zip(group["name"], group["role"], mentions, strict=True)
                ],
                hovertemplate="<b>%{customdata[0]}</b> (" + _esc(str(actor_type)) + ")"
                "<br>%{customdata[1]}<br>%{customdata[2]} mentions<extra></extra>",
            )
        )
    fig.update_layout(
        height=140 + 300 * grid_rows(pos),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"visible": False, "range": [min(xs) - 0.6, max(xs) + 0.6]},
        yaxis={"visible": False, "range": [min(ys) - 0.2, max(ys) + 0.25]},
        legend={"title": {"text": "Actor type"}, "orientation": "h", "y": -0.02},
        hoverlabel={"align": "left"},
        font=_FONT,
        plot_bgcolor="white",
    )
    return fig


# --------------------------------------------------------------------------- map


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
    for edge in _aggregate_edges(relations):
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
