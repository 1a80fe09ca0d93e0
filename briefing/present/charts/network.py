"""The actor network: the best-connected actors sized by mentions, with labelled, directed edges.

Notes: the layout is a plain Fruchterman–Reingold force simulation (Fruchterman & Reingold 1991), seeded so
two runs agree, on a handful of nodes; it is not meant for thousands of actors."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from briefing.present.charts.common import (
    _FONT,
    _empty_figure,
    _esc,
    _short,
    _wrap,
    aggregate_edges,
    edge_label,
    type_colour,
)
from briefing.present.filters import split_cell


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
    edges = [e for e in aggregate_edges(relations) if e["source"] in known and e["target"] in known]
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
