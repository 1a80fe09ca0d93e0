"""Plotly figures for the dashboard, one module a figure: the events `timeline`, the actor `network` and the
`geo` map, with what they share in `common`. Figures are built from the core tables alone and are
deterministic; Streamlit draws them. The names below are the ones the pages and tests use.
"""

from __future__ import annotations

from briefing.present.charts.common import (
    EVENT_KINDS,
    FALLBACK_COLOUR,
    KIND_COLOURS,
    PLOTLY_CONFIG,
    TOPOJSON_URL,
    TYPE_COLOURS,
    edge_label,
    kind_colour,
    type_colour,
)
from briefing.present.charts.geo import (
    MAP_LABEL_LIMIT,
    MAP_LINK_LIMIT,
    geo_figure,
    label_positions,
    located_actors,
    map_countries,
    map_links,
)
from briefing.present.charts.network import (
    NETWORK_EDGE_LIMIT,
    NETWORK_LABEL_LIMIT,
    NETWORK_LIMIT,
    components,
    grid_rows,
    label_sides,
    network_figure,
    network_positions,
    network_selection,
    short_name,
    spring_layout,
)
from briefing.present.charts.timeline import (
    TIMELINE_DETAIL_LIMIT,
    dated_count,
    timeline_counts,
    timeline_counts_figure,
    timeline_figure,
    timeline_rows,
    timeline_year_counts,
)

__all__ = [
    "EVENT_KINDS",
    "FALLBACK_COLOUR",
    "KIND_COLOURS",
    "MAP_LABEL_LIMIT",
    "MAP_LINK_LIMIT",
    "NETWORK_EDGE_LIMIT",
    "NETWORK_LABEL_LIMIT",
    "NETWORK_LIMIT",
    "PLOTLY_CONFIG",
    "TIMELINE_DETAIL_LIMIT",
    "TOPOJSON_URL",
    "TYPE_COLOURS",
    "components",
    "dated_count",
    "edge_label",
    "geo_figure",
    "grid_rows",
    "kind_colour",
    "label_positions",
    "label_sides",
    "located_actors",
    "map_countries",
    "map_links",
    "network_figure",
    "network_positions",
    "network_selection",
    "short_name",
    "spring_layout",
    "timeline_counts",
    "timeline_counts_figure",
    "timeline_figure",
    "timeline_rows",
    "timeline_year_counts",
    "type_colour",
]
