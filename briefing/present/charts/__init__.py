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
    MAP_VIEWS,
    focus_points,
    geo_figure,
    located_actors,
    map_countries,
    map_labels,
    map_links,
    map_outside,
    map_region,
    map_zoom,
)
from briefing.present.charts.network import (
    NETWORK_EDGE_LIMIT,
    NETWORK_LABEL_LIMIT,
    NETWORK_LIMIT,
    NetworkLayout,
    components,
    network_figure,
    network_layout,
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
)

__all__ = [
    "EVENT_KINDS",
    "FALLBACK_COLOUR",
    "KIND_COLOURS",
    "MAP_LABEL_LIMIT",
    "MAP_LINK_LIMIT",
    "MAP_VIEWS",
    "NETWORK_EDGE_LIMIT",
    "NETWORK_LABEL_LIMIT",
    "NETWORK_LIMIT",
    "PLOTLY_CONFIG",
    "TIMELINE_DETAIL_LIMIT",
    "TOPOJSON_URL",
    "TYPE_COLOURS",
    "NetworkLayout",
    "components",
    "dated_count",
    "edge_label",
    "focus_points",
    "geo_figure",
    "kind_colour",
    "located_actors",
    "map_countries",
    "map_labels",
    "map_links",
    "map_outside",
    "map_region",
    "map_zoom",
    "network_figure",
    "network_layout",
    "network_positions",
    "network_selection",
    "short_name",
    "spring_layout",
    "timeline_counts",
    "timeline_counts_figure",
    "timeline_figure",
    "timeline_rows",
    "type_colour",
]
