"""What every figure shares: the offline map configuration, colours from the vocabulary, text helpers."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from briefing.parse import vocab

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


def aggregate_edges(relations: pd.DataFrame) -> list[dict]:
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
    return ", ".join(f"{vocab.words(name)} ×{n}" if n > 1 else vocab.words(name) for name, n in relations.items())
