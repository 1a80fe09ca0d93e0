"""What every figure shares: the offline map configuration, colours from the vocabulary, text helpers."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

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
LABEL_COLOUR = "#2b2b2b"  # names on charts, dark whatever the theme (Streamlit's greys them, too light on a map)


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


# --------------------------------------------------------------------------- label geometry
# Labels are placed in pixels before plotly draws them: there are no font metrics offline, so a label's box
# is estimated from its characters and font size (generously, so an estimate that is off errs on the side of
# space). y grows upwards, as on a chart's axis.

CHAR_WIDTH = 0.62  # an average sans-serif glyph is about 0.5-0.6 of the font size wide
LINE_HEIGHT = 1.3
# plotly's text positions around a marker: (horizontal, vertical) side, each -1, 0 or 1.
TEXT_POSITIONS = {
    "top center": (0, 1),
    "bottom center": (0, -1),
    "middle right": (1, 0),
    "middle left": (-1, 0),
    "top right": (1, 1),
    "top left": (-1, 1),
    "bottom right": (1, -1),
    "bottom left": (-1, -1),
}


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, frame: Box) -> bool:
        return frame.x0 <= self.x0 and self.x1 <= frame.x1 and frame.y0 <= self.y0 and self.y1 <= frame.y1

    def crosses(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Whether the segment a-b passes through the box (Liang–Barsky clipping)."""
        (ax, ay), (bx, by) = a, b
        dx, dy = bx - ax, by - ay
        low, high = 0.0, 1.0
        for p, q in ((-dx, ax - self.x0), (dx, self.x1 - ax), (-dy, ay - self.y0), (dy, self.y1 - ay)):
            if p == 0:
                if q < 0:
                    return False
                continue
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
            if low > high:
                return False
        return True


def text_size(text: str, size: float) -> tuple[float, float]:
    """Estimated (width, height) in pixels of one line of text at a font size."""
    return len(text) * size * CHAR_WIDTH, size * LINE_HEIGHT


def marker_box(x: float, y: float, diameter: float) -> Box:
    r = diameter / 2
    return Box(x - r, y - r, x + r, y + r)


def text_gap(diameter: float) -> float:
    """How far plotly moves a marker's text off its centre on each side it is put: about the radius / 0.8 + 1
    (plotly.js, src/components/drawing, textPointPosition)."""
    return diameter / 2 / 0.8 + 1 if diameter else 0.0


def text_box(
    x: float, y: float, text: str, size: float, position: str, diameter: float = 0.0, gap: float | None = None
) -> Box:
    """The box of `text` drawn at `position` around a marker of `diameter` centred on (x, y), `gap` pixels
    off the centre on each side it is put (by default, where plotly puts a marker's text)."""
    width, height = text_size(text, size)
    h, v = TEXT_POSITIONS[position]
    gap = text_gap(diameter) if gap is None else gap
    left = x - width / 2 if h == 0 else (x + gap if h > 0 else x - gap - width)
    bottom = y - height / 2 if v == 0 else (y + gap if v > 0 else y - gap - height)
    return Box(left, bottom, left + width, bottom + height)


@dataclass
class Placer:
    """Greedy label placement: each label, in priority order, takes the first candidate box that stays in the
    frame and clear of every box and segment already there; a label with no such box is not drawn."""

    frame: Box
    boxes: list[Box] = field(default_factory=list)
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = field(default_factory=list)

    def fits(self, box: Box, ignore: Collection[int] = ()) -> bool:
        """`ignore`: the indexes of segments the box may sit on (an edge's own label)."""
        if not box.inside(self.frame) or any(box.overlaps(other) for other in self.boxes):
            return False
        return not any(box.crosses(a, b) for i, (a, b) in enumerate(self.segments) if i not in ignore)

    def place(
        self, candidates: Iterable[tuple[object, Box]], ignore: Collection[int] = ()
    ) -> tuple[object, Box] | None:
        for choice, box in candidates:
            if self.fits(box, ignore):
                self.boxes.append(box)
                return choice, box
        return None
