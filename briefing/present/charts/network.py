"""The actor network: the best-connected actors sized by mentions, with labelled, directed edges.

Each linked group is laid out by a plain Fruchterman–Reingold force simulation (Fruchterman & Reingold 1991),
seeded so two runs agree; the actors linked to none of the others drawn sit in a band below. Labels are then
placed in pixels (`network_layout`, with `common.Placer`): none over another label, a marker, an edge or the
frame. Notes: text widths are estimated from the characters (no font metrics offline), so a label may be a
little shorter than its box; a hub with edges on every side may get its name on a white ground over them.
Not meant for thousands of actors."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from briefing.present.charts.common import (
    _FONT,
    LABEL_COLOUR,
    TEXT_POSITIONS,
    Box,
    Placer,
    _empty_figure,
    _esc,
    _short,
    _wrap,
    aggregate_edges,
    edge_label,
    marker_box,
    text_box,
    text_gap,
    text_size,
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


def network_positions(
    nodes: list[str], edges: list[tuple[str, str]], row_units: int = 12, stretch: Mapping[str, float] | None = None
) -> dict[str, tuple]:
    """Positions for a possibly disconnected graph: each linked group of actors laid out on its own, in a
    cell as wide as it has actors (times its `stretch`, keyed by the group's first actor; largest first, rows
    of `row_units`), and the unlinked actors together in a column of the last cell, so separate groups stay
    apart and each uses its space. y grows upwards; rows are 1 high, taller (up to 3.5) for a big group,
    lower for a row of lines."""
    groups = components(nodes, edges)
    stretch = stretch or {}
    cells = [(g, len(g) * stretch.get(g[0], 1.0)) for g in groups if len(g) > 1]
    alone = [g[0] for g in groups if len(g) == 1]
    if alone:
        cells.append((alone, 1))
    capacity = max([row_units, *(w for _, w in cells)])
    rows: list[list[tuple[list[str], float]]] = [[]]
    used = 0.0
    for group, width in cells:
        if rows[-1] and used + width > capacity + 0.8 * len(cells):
            rows.append([])
            used = 0.0
        rows[-1].append((group, width))
        used += width + 0.8  # a gap between groups
    positions: dict[str, tuple] = {}
    inner = {
        id(group): spring_layout(group, [(a, b) for a, b in edges if a in group and b in group])
        for row in rows
        for group, _ in row
        if group is not alone
    }
    top = 0.0
    for row in rows:
        # A big group gets a taller row, so it is not squashed into a line; a row of lines stays low.
        height = max(1.0, min(3.5, max(width for _, width in row) / 6))
        spread = [
            max(y for _, y in inner[id(group)].values()) - min(y for _, y in inner[id(group)].values())
            for group, _ in row
            if group is not alone
        ]
        used_height = min(height, max([0.3, *(0.32 * height * e + 0.3 for e in spread)]))
        if any(group is alone for group, _ in row):
            used_height = height
        x0 = 0.0
        for group, width in row:
            centre = (x0 + width / 2, top - used_height / 2)
            if group is alone:
                for j, node in enumerate(alone):
                    y = 0.0 if len(alone) == 1 else 0.35 * height - 0.7 * height * j / (len(alone) - 1)
                    positions[node] = (centre[0], centre[1] + y)
            else:
                for node, (x, y) in inner[id(group)].items():
                    positions[node] = (centre[0] + 0.4 * width * x, centre[1] + 0.32 * height * y)
            x0 += width + 0.8
        top -= used_height
    return positions


def short_name(name: str, aliases: object, limit: int = 24) -> str:
    """A node label: the name, or for a long name its acronym among the aliases (e.g. a mission's)."""
    if len(name) <= limit:
        return name
    acronyms = [a for a in split_cell(aliases) if a.isupper() and 2 <= len(a) <= 8 and " " not in a]
    return acronyms[0] if acronyms else _short(name, limit)


def label_texts(name: str, aliases: object) -> list[str]:
    """A node's label, longest first: the name (or its acronym), then a shorter form for a crowded spot."""
    texts = [short_name(name, aliases), short_name(name, aliases, 12)]
    return list(dict.fromkeys(texts))


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


NETWORK_WIDTH = 900  # px: labels are placed for a plot this wide (the page's at 1440 px); a wider one only spreads them
ROW_HEIGHT = 330  # px per layout unit of height (a row of small groups is one unit high)
ROW_UNITS = 8  # actors a row of linked groups holds: fewer would waste rows, more leaves no room for labels
PAD_X, PAD_Y = 70, 36  # px kept free around the nodes for their labels
NODE_FONT, EDGE_FONT = 13, 11
ALONE_LINE = 30  # px per line of the unlinked actors' band
ALONE_TITLE = "Not linked to another actor drawn:"
NETWORK_MARGIN = {"l": 10, "r": 10, "t": 40, "b": 6}  # the legend sits in the top margin, off the plot
LABEL_OFFSETS = (0.0, 6.0, 14.0, 24.0)  # px further off its marker a label may go when the spot beside it is taken


@dataclass
class NetworkLayout:
    """Where everything of the network goes, in pixels of the plot area (y up): the figure draws it and
    tests check its geometry."""

    width: float
    height: float
    nodes: dict[str, tuple[float, float]]
    diameters: dict[str, float]
    labels: dict[str, tuple[str, str, float, Box]]  # actor -> (text, side, px further off, box); absent: none
    edge_labels: dict[int, tuple[str, tuple[float, float], Box]]  # edge index -> (text, centre, box)
    alone: list[str]  # unlinked actors, in the band at the bottom
    title_box: Box | None  # the band's title
    over_edges: set[str]  # actors whose label had to go over edges (on a white ground): hubs without a free side

    @property
    def frame(self) -> Box:
        return Box(0.0, 0.0, self.width, self.height)


def _linked_height(unit: dict[str, tuple]) -> float:
    """Pixels for the linked groups: ROW_HEIGHT a layout unit, so rows of a few actors stay low."""
    ys = [p[1] for p in unit.values()]
    return max(60.0, ROW_HEIGHT * (max(ys) - min(ys))) + 2 * PAD_Y if ys else 0.0


def _to_pixels(unit: dict[str, tuple], width: float, height: float) -> dict[str, tuple[float, float]]:
    """Layout units to pixels of a `width` x `height` area, keeping PAD_X and PAD_Y free at its sides."""
    if not unit:
        return {}
    xs, ys = [p[0] for p in unit.values()], [p[1] for p in unit.values()]
    x_span, y_span = max(xs) - min(xs), max(ys) - min(ys)
    placed = {}
    for node, (x, y) in unit.items():
        px = width / 2 if x_span == 0 else PAD_X + (x - min(xs)) / x_span * (width - 2 * PAD_X)
        py = height / 2 if max(ys) == min(ys) else height - PAD_Y - (max(ys) - y) / y_span * (height - 2 * PAD_Y)
        placed[node] = (px, py)
    return placed


def _alone_band(
    alone: list[str], texts: dict[str, str], diameters: dict[str, float], width: float
) -> tuple[dict[str, tuple], float, float]:
    """Unlinked actors in lines from the left, each a marker and its name, wrapping at the plot's width:
    (each one's x and line, the band's height, a line's height)."""
    places: dict[str, tuple] = {}
    line_height = max([ALONE_LINE, *(diameters[n] + 6 for n in alone)])
    x, line = 4.0, 0
    for node in alone:
        span = diameters[node] + diameters[node] / 1.6 + 2 + text_size(texts[node], NODE_FONT)[0] + 22
        if x > 4 and x + span > width:
            x, line = 4.0, line + 1
        places[node] = (x + diameters[node] / 2, line)
        x += span
    lines = (line + 1) if alone else 0
    return places, lines * line_height, line_height


def network_layout(shown: pd.DataFrame, edges: list[dict], width: float = NETWORK_WIDTH) -> NetworkLayout:
    """Linked groups by force layout in rows, the unlinked actors in a band below them, then every label in
    priority order (most mentioned actors first, then the most often stated edges) where it overlaps no
    label, marker, edge or the frame: shortened if the full name does not fit, left to hover if neither does."""
    ids = sorted(shown["actor_id"])
    pairs = [(e["source"], e["target"]) for e in edges]
    linked = [n for group in components(ids, pairs) if len(group) > 1 for n in group]
    alone = [n for n in ids if n not in set(linked)]
    mentions = dict(zip(shown["actor_id"], shown["mentions"].fillna(0).astype(int), strict=True))
    max_mentions = max(1, *mentions.values())
    diameters = {a: 14 + 26 * math.sqrt(m / max_mentions) for a, m in mentions.items()}
    names = dict(zip(shown["actor_id"], shown["name"], strict=True))
    texts = {a: label_texts(n, al) for a, n, al in zip(shown["actor_id"], shown["name"], shown["aliases"], strict=True)}

    band_places, band_height, line_height = _alone_band(alone, {a: texts[a][0] for a in alone}, diameters, width)
    band_top = band_height + (24 if alone else 0)  # the band and its title
    unit = network_positions(linked, pairs, row_units=ROW_UNITS) if linked else {}
    # A group whose edges are too short for their labels gets a wider cell (the layout is laid out again).
    first = _to_pixels(unit, width, _linked_height(unit))
    stretch: dict[str, float] = {}
    for group in components(linked, pairs):
        need = [
            (text_size(edge_label(e["relations"]), EDGE_FONT)[0] + (diameters[a] + diameters[b]) / 2 + 14)
            / max(1.0, math.dist(first[a], first[b]))
            for e, (a, b) in zip(edges, pairs, strict=True)
            if a in group and a != b
        ]
        stretch[group[0]] = min(2.0, max([1.0, *need]))
    if any(s > 1.0 for s in stretch.values()):
        unit = network_positions(linked, pairs, row_units=ROW_UNITS, stretch=stretch)
    linked_height = _linked_height(unit) if linked else 0
    height = band_top + linked_height + (8 if alone and linked else 0)
    nodes = {n: (x, y + height - linked_height) for n, (x, y) in _to_pixels(unit, width, linked_height).items()}
    for node, (x, line) in band_places.items():
        nodes[node] = (x, band_height - line_height / 2 - line * line_height)

    frame = Box(0.0, 0.0, width, height)
    placer = Placer(frame, boxes=[marker_box(*nodes[n], diameters[n]) for n in ids])
    placer.segments = [(nodes[a], nodes[b]) for a, b in pairs]
    title_box = None
    if alone:
        title_box = text_box(6, band_top - 12, ALONE_TITLE, EDGE_FONT, "middle right")
        title_box = Box(6, title_box.y0, title_box.x1 - title_box.x0 + 6, title_box.y1)
        placer.boxes.append(title_box)
    labels: dict[str, tuple[str, str, float, Box]] = {}
    for node in alone:  # beside their markers, where the band keeps room for them
        x, y = nodes[node]
        found = placer.place(
            [
                (
                    (texts[node][0], "middle right", 0.0),
                    text_box(x, y, texts[node][0], NODE_FONT, "middle right", diameters[node]),
                )
            ]
        )
        if found:
            labels[node] = (*found[0], found[1])
    order = sorted(linked, key=lambda n: (-mentions[n], names[n], n))
    for node in order:  # beside the marker if there is room, a little further off if not, shortened last
        x, y = nodes[node]
        gap = text_gap(diameters[node])
        candidates = [
            ((text, position, offset), text_box(x, y, text, NODE_FONT, position, gap=gap + offset))
            for text in texts[node]
            for offset in LABEL_OFFSETS
            for position in TEXT_POSITIONS
        ]
        found = placer.place(candidates)
        if found:
            labels[node] = (*found[0], found[1])
    # A hub with edges on every side: its name on a white ground over the edges, rather than no name at all
    # (still clear of every other label and marker, and inside the frame).
    over_edges: set[str] = set()
    for node in (n for n in order if n not in labels):
        x, y = nodes[node]
        gap = text_gap(diameters[node])
        candidates = [
            ((text, position, 0.0), text_box(x, y, text, NODE_FONT, position, gap=gap))
            for text in texts[node]
            for position in TEXT_POSITIONS
        ]
        found = placer.place(candidates, ignore=range(len(placer.segments)))
        if found:
            labels[node] = (*found[0], found[1])
            over_edges.add(node)

    edge_labels: dict[int, tuple[str, tuple[float, float], Box]] = {}
    stated = sorted(range(len(edges)), key=lambda i: -sum(edges[i]["relations"].values()))
    for i in stated[:NETWORK_LABEL_LIMIT]:
        (ax, ay), (bx, by) = placer.segments[i]
        same = {j for j, (a, b) in enumerate(pairs) if {a, b} == {pairs[i][0], pairs[i][1]}}
        text = edge_label(edges[i]["relations"])
        width_, height_ = text_size(text, EDGE_FONT)
        length = math.hypot(bx - ax, by - ay) or 1.0
        # On the line first (its white background breaks the line), then beside it, off to one side.
        nx, ny = -(by - ay) / length, (bx - ax) / length
        off = abs(nx) * (width_ / 2 + 4) + abs(ny) * (height_ / 2 + 3)
        candidates = []
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            for shift in (0.0, off, -off):
                centre = (ax + (bx - ax) * t + nx * shift, ay + (by - ay) * t + ny * shift)
                candidates.append((centre, _centred(centre, width_, height_)))
        found = placer.place(candidates, ignore=same)
        if found:
            edge_labels[i] = (text, found[0], found[1])
    return NetworkLayout(width, height, nodes, diameters, labels, edge_labels, alone, title_box, over_edges)


def _centred(centre: tuple[float, float], width: float, height: float) -> Box:
    """An edge label's box centred on its point, with a pixel of its white background around it."""
    return Box(
        centre[0] - width / 2 - 2, centre[1] - height / 2 - 1, centre[0] + width / 2 + 2, centre[1] + height / 2 + 1
    )


def network_figure(actors: pd.DataFrame, relations: pd.DataFrame, limit: int = NETWORK_LIMIT) -> go.Figure:
    """Actors as nodes (coloured by type, sized by mentions) and relations as arrows, labelled where there is
    room (`network_layout`); every edge also tells its relations and sentences on hover."""
    if actors.empty:
        return _empty_figure("No actors to draw")
    shown, edges = network_selection(actors, relations, limit)
    lay = network_layout(shown, edges)
    pos = lay.nodes
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    fig = go.Figure()
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
        "text": "",
    }
    arrows = [
        {
            "x": pos[e["target"]][0],
            "y": pos[e["target"]][1],
            "ax": pos[e["source"]][0],
            "ay": pos[e["source"]][1],
            "standoff": lay.diameters[e["target"]] / 2 + 2,
            "startstandoff": lay.diameters[e["source"]] / 2 + 1,
        }
        | arrow
        for e in edges
    ]
    texts = [
        {
            "x": centre[0],
            "y": centre[1],
            "text": _esc(text),
            "showarrow": False,
            "font": {"size": EDGE_FONT, "color": "#555"},
            "bgcolor": "rgba(255,255,255,0.9)",
            "borderpad": 0,
        }
        for text, centre, _ in lay.edge_labels.values()
    ]
    for node, (text, position, _, box) in lay.labels.items():
        # Anchored on the side facing the marker: the estimated width errs long, and the slack is then
        # on the far side, not between the marker and its name.
        h, v = TEXT_POSITIONS[position]
        texts.append(
            {
                "x": box.x0 if h > 0 else box.x1 if h < 0 else (box.x0 + box.x1) / 2,
                "y": box.y0 if v > 0 else box.y1 if v < 0 else (box.y0 + box.y1) / 2,
                "xanchor": "left" if h > 0 else "right" if h < 0 else "center",
                "yanchor": "bottom" if v > 0 else "top" if v < 0 else "middle",
                "text": _esc(text),
                "showarrow": False,
                "font": {"size": NODE_FONT, "color": LABEL_COLOUR},
                "borderpad": 0,
                "bgcolor": "rgba(255,255,255,0.92)" if node in lay.over_edges else None,
                "hovertext": _esc(names[node]),
            }
        )
    if lay.title_box is not None:
        box = lay.title_box
        texts.append(
            {
                "x": box.x0,
                "y": (box.y0 + box.y1) / 2,
                "xanchor": "left",
                "text": ALONE_TITLE,
                "showarrow": False,
                "font": {"size": EDGE_FONT, "color": "#666"},
            }
        )
    fig.update_layout(annotations=arrows + texts)  # all at once: add_annotation re-validates for every one
    if edges:
        spots = [
            lay.edge_labels[i][1]
            if i in lay.edge_labels
            else ((pos[e["source"]][0] + pos[e["target"]][0]) / 2, (pos[e["source"]][1] + pos[e["target"]][1]) / 2)
            for i, e in enumerate(edges)
        ]
        hover = [
            f"<b>{_esc(names[e['source']])} → {_esc(names[e['target']])}</b>: "
            f"{_esc(edge_label(e['relations']))}<br>" + "<br>".join(_wrap(s) for s in e["sentences"][:2])
            for e in edges
        ]
        fig.add_trace(
            go.Scatter(
                x=[s[0] for s in spots],
                y=[s[1] for s in spots],
                mode="markers",
                marker={
                    "size": [14 if i in lay.edge_labels else 6 for i in range(len(edges))],
                    "color": ["rgba(0,0,0,0)" if i in lay.edge_labels else "#b0b5ba" for i in range(len(edges))],
                },
                hovertext=hover,
                hoverinfo="text",
                showlegend=False,
                name="relations",
            )
        )
    for actor_type, group in shown.groupby("type", sort=True):
        mentions = group["mentions"].fillna(0).astype(int)
        ids = list(group["actor_id"])
        fig.add_trace(
            go.Scatter(
                x=[pos[a][0] for a in ids],
                y=[pos[a][1] for a in ids],
                mode="markers",
                name=str(actor_type),
                text=[_esc(lay.labels[a][0]) if a in lay.labels else "" for a in ids],  # drawn as annotations
                marker={
                    "size": [lay.diameters[a] for a in ids],
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
    if lay.alone and len(lay.alone) < len(pos):  # a rule between the linked groups and the unlinked actors
        y = lay.title_box.y1 + 4 if lay.title_box else 0
        fig.add_shape(type="line", x0=0, x1=lay.width, y0=y, y1=y, line={"color": "#e3e3e3", "width": 1})
    fig.update_layout(
        height=lay.height + NETWORK_MARGIN["t"] + NETWORK_MARGIN["b"],
        margin=NETWORK_MARGIN,
        xaxis={"visible": False, "range": [0, lay.width], "fixedrange": False},
        yaxis={"visible": False, "range": [0, lay.height]},
        legend={"title": {"text": "Actor type"}, "orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0},
        hoverlabel={"align": "left"},
        font=_FONT,
        plot_bgcolor="white",
    )
    return fig
