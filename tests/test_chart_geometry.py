"""The network and the map can be read: no label over another label, a marker, an edge or the frame;
unlinked actors apart; the map opens on the region its places span (seeds and 300 synthetic articles)."""

from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus.build import parse_paths
from briefing.corpus.ingest import load_corpus
from briefing.present import charts
from briefing.present.charts import geo
from briefing.present.charts.common import Box, marker_box, text_box

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import make_corpus  # noqa: E402  (the benchmarks' generator: news-style articles from templates)

SYNTHETIC = 300
PLACES_FILE = REPO / "briefing" / "parse" / "lexicons" / "haiti_places.tsv"


@pytest.fixture(scope="module")
def seeds() -> dict[str, pd.DataFrame]:
    return parse_paths([REPO / "seeds"]).tables


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> dict[str, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("synthetic")
    make_corpus.generate(SYNTHETIC, folder)
    return load_corpus([folder], workers=1, cache_dir=None).tables


@pytest.fixture(params=["seeds", "synthetic"])
def tables(request) -> dict[str, pd.DataFrame]:
    return request.getfixturevalue(request.param)


# --------------------------------------------------------------------------- geometry itself


def test_box_overlap_inside_and_segment_crossing():
    a, b = Box(0, 0, 10, 10), Box(5, 5, 15, 15)
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(Box(10, 0, 20, 10))  # touching edges do not overlap
    assert a.inside(Box(0, 0, 10, 10)) and not b.inside(Box(0, 0, 10, 10))
    assert a.crosses((-5, 5), (20, 5)) and a.crosses((2, 2), (3, 3))  # through it, or inside it
    assert not a.crosses((-5, 20), (20, 20)) and not a.crosses((-5, -1), (-1, 20))


def test_text_box_sits_on_its_side_of_the_marker():
    mark = marker_box(100, 100, 20)
    for position in charts.common.TEXT_POSITIONS:
        box = text_box(100, 100, "Label", 12, position, 20)
        assert not box.overlaps(mark), position
    right, left = (
        text_box(100, 100, "Label", 12, "middle right", 20),
        text_box(100, 100, "Label", 12, "middle left", 20),
    )
    assert right.x0 > 100 > left.x1
    assert text_box(0, 0, "a much longer label", 12, "top center").x1 > text_box(0, 0, "short", 12, "top center").x1


# --------------------------------------------------------------------------- network


def _layout(tables, width=charts.network.NETWORK_WIDTH):
    shown, edges = charts.network_selection(tables["actors"], tables["relations"])
    return charts.network_layout(shown, edges, width), shown, edges


def _check_network(lay, edges):
    frame = lay.frame
    node_boxes = {n: box for n, (*_, box) in lay.labels.items()}
    edge_boxes = {i: box for i, (_, _, box) in lay.edge_labels.items()}
    every = [*node_boxes.values(), *edge_boxes.values(), *([lay.title_box] if lay.title_box else [])]
    for box in every:
        assert box.inside(frame), box
    for first, second in itertools.combinations(every, 2):
        assert not first.overlaps(second), (first, second)
    markers = [marker_box(*lay.nodes[n], lay.diameters[n]) for n in lay.nodes]
    for box in every:
        assert not any(box.overlaps(m) for m in markers), box
    for marker in markers:
        assert marker.inside(frame)
    segments = [(lay.nodes[e["source"]], lay.nodes[e["target"]]) for e in edges]
    for node, box in node_boxes.items():
        if node not in lay.over_edges:
            assert not any(box.crosses(a, b) for a, b in segments), node
    for i, box in edge_boxes.items():
        own = {edges[i]["source"], edges[i]["target"]}
        others = [s for e, s in zip(edges, segments, strict=True) if {e["source"], e["target"]} != own]
        assert not any(box.crosses(a, b) for a, b in others), edges[i]["relations"]


@pytest.mark.parametrize("width", [charts.network.NETWORK_WIDTH, 1300])
def test_network_labels_clear_of_labels_markers_edges_and_frame(tables, width):
    lay, shown, edges = _layout(tables, width)
    _check_network(lay, edges)
    assert set(lay.nodes) == set(shown["actor_id"])
    assert len(lay.labels) >= 0.9 * len(lay.nodes)  # hardly any actor is left to hover
    assert lay.edge_labels, "the most stated relations are written on their arrows"


def test_network_seeds_name_every_actor_beside_it(seeds):
    lay, _, edges = _layout(seeds)
    assert set(lay.labels) == set(lay.nodes) and not lay.over_edges
    # Every edge of the seed article has room for its words.
    assert len(lay.edge_labels) == min(len(edges), charts.NETWORK_LABEL_LIMIT)


def test_network_names_at_300_articles_are_apart(synthetic):
    """The three names the issue saw stacked, and the two edge labels that collided, each stand alone."""
    lay, shown, _ = _layout(synthetic)
    drawn = {lay.labels[a][0]: lay.labels[a][-1] for a in lay.labels}
    assert len(drawn) == len(lay.labels)  # no two actors share a label
    boxes = list(drawn.values()) + [box for *_, box in lay.edge_labels.values()]
    assert all(not a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    assert len(shown) == charts.NETWORK_LIMIT


def test_network_unlinked_actors_are_apart_below_the_linked(tables):
    lay, _, edges = _layout(tables)
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    assert set(lay.alone) == set(lay.nodes) - linked
    if lay.alone and linked:
        lowest_linked = min(lay.nodes[n][1] for n in linked)
        highest_alone = max(lay.nodes[n][1] for n in lay.alone)
        assert highest_alone < lay.title_box.y0 < lowest_linked
        # Not stranded below white space: the band starts right under the lowest linked actor.
        assert lowest_linked - lay.title_box.y1 <= charts.network.PAD_Y + 40


def test_network_figure_draws_the_layout(tables):
    fig = charts.network_figure(tables["actors"], tables["relations"])
    lay, _, _ = _layout(tables)
    texts = sorted(a.text for a in fig.layout.annotations if not a.showarrow and a.text != charts.network.ALONE_TITLE)
    expected = sorted(
        [charts.common._esc(t) for t, *_ in lay.labels.values()]
        + [charts.common._esc(t) for t, *_ in lay.edge_labels.values()]
    )
    assert texts == expected
    assert fig.layout.xaxis.range == (0, lay.width) and fig.layout.yaxis.range == (0, lay.height)
    assert fig.layout.height == lay.height + fig.layout.margin.t + fig.layout.margin.b  # one pixel per unit
    assert charts.network_figure(tables["actors"], tables["relations"]) == fig  # deterministic


# --------------------------------------------------------------------------- map


def _located(tables):
    points = charts.located_actors(tables["actors"])
    return points.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _inside(points, region):
    lat0, lat1, lon0, lon1 = region
    return points["lat"].astype(float).between(lat0, lat1) & points["lon"].astype(float).between(lon0, lon1)


def test_map_opens_on_the_caribbean_for_the_seed(seeds):
    points = _located(seeds)
    region = charts.map_region(points)
    assert region != geo.WORLD
    places = points[points["type"] == "place"]
    assert _inside(places, region).all()  # every place of the seed article is in view
    assert region[3] - region[2] < 60  # a region, not an ocean
    assert "Kenya" in charts.map_outside(seeds["actors"])  # a far capital is left out, and said to be


def test_map_opens_on_the_world_only_when_the_places_span_it():
    def actor(name, lat, lon):
        return {"actor_id": name, "name": name, "type": "place", "lat": lat, "lon": lon, "mentions": 5}

    spread = pd.DataFrame([actor("A", 18.5, -72.3), actor("B", 48.9, 2.3), actor("C", -1.3, 36.8), actor("D", 35, 139)])
    assert charts.map_region(spread) == geo.WORLD
    close = spread.iloc[:1]
    lat0, lat1, lon0, lon1 = charts.map_region(close)
    assert lat0 < 18.5 < lat1 and lon0 < -72.3 < lon1 and lat1 - lat0 >= geo.MIN_SPAN[0]
    assert charts.map_region(spread, "World") == geo.WORLD


@pytest.mark.parametrize("view", geo.map_views())
def test_map_zoom_fits_the_region_in_the_frame(tables, view):
    region = charts.map_region(_located(tables), view)
    zoom = charts.map_zoom(region)
    fig = charts.geo_figure(tables["actors"], tables["relations"], None, view)
    assert fig.layout.geo.projection.scale == pytest.approx(zoom["scale"])
    assert (fig.layout.geo.center.lat, fig.layout.geo.center.lon) == pytest.approx((zoom["lat"], zoom["lon"]))
    assert fig.layout.geo.fitbounds is None  # a fitted map would open on every country, Kenya's included
    # At the largest zoom the map is drawn at (a frame wider than the world's shape), the region still fits.
    most = zoom["scale"] * geo.MAP_HEIGHT / (2 * geo._WORLD_Y)  # px per projected unit
    lat0, lat1, lon0, lon1 = region
    xs = [geo.natural_earth(lat, lon - zoom["lon"])[0] for lat in (lat0, lat1) for lon in (lon0, lon1)]
    ys = [geo.natural_earth(lat, 0)[1] for lat in (lat0, lat1)]
    assert (max(xs) - min(xs)) * most <= geo.MAP_WIDTH + 1
    assert (max(ys) - min(ys)) * most <= geo.MAP_HEIGHT + 1


@pytest.mark.parametrize("view", geo.map_views())
def test_map_labels_do_not_merge(tables, view):
    points = _located(tables)
    region = charts.map_region(points, view)
    links = charts.map_links(tables["actors"], tables["relations"], charts.MAP_LINK_LIMIT)
    named = charts.map_labels(points, region, places_first=view in geo.regions(), lines=links)
    project, extent = geo._projector(region, geo.MAP_WIDTH, geo.MAP_HEIGHT)
    boxes = [box for _, box in named.values()]
    assert all(box.inside(extent) for box in boxes)
    assert all(not a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    markers = [
        marker_box(*project(float(la), float(lo)), geo.POINT_SIZE)
        for la, lo in zip(points["lat"], points["lon"], strict=True)
    ]
    assert all(not box.overlaps(m) for box in boxes for m in markers)
    assert len(named) <= charts.MAP_LABEL_LIMIT
    # The figure writes exactly those names, and every point still names itself on hover.
    fig = charts.geo_figure(tables["actors"], tables["relations"], None, view)
    written = sorted(t for trace in fig.data if getattr(trace, "mode", None) == "markers+text" for t in trace.text if t)
    assert written == sorted(charts.common._esc(str(points.loc[i, "name"])) for i in named)
    hover = sum(len(trace.hovertext) for trace in fig.data if getattr(trace, "mode", None) == "markers+text")
    assert hover == len(points)


def test_map_seed_names_port_au_prince_caribbean_and_haiti_apart(seeds):
    points = _located(seeds)
    named = charts.map_labels(points, charts.map_region(points))
    names = {str(points.loc[i, "name"]) for i in named}
    assert {"Port-au-Prince", "Caribbean", "Haiti"} <= names


def _kinds() -> dict[str, str]:
    rows = csv.reader((line for line in PLACES_FILE.open(encoding="utf-8") if not line.startswith("#")), delimiter="\t")
    return {row[0]: row[1] for row in rows if len(row) > 1}


def test_haiti_views_name_departments_and_neighbourhoods(synthetic):
    kinds = _kinds()
    points = _located(synthetic)
    for view, kind in (("Haiti", "department"), ("Port-au-Prince area", "neighbourhood")):
        region = charts.map_region(points, view)
        named = charts.map_labels(points, region, places_first=True)
        assert any(kinds.get(str(points.loc[i, "name"])) == kind for i in named), view
        assert len(named) >= 10, view


def test_network_without_relations_lists_every_actor_in_the_band(seeds):
    shown, edges = charts.network_selection(seeds["actors"], seeds["relations"].iloc[0:0])
    lay = charts.network_layout(shown, edges)
    _check_network(lay, edges)
    assert set(lay.alone) == set(lay.nodes) and set(lay.labels) == set(lay.nodes)
    assert lay.height < 300  # a few lines, not a page of white
    one = charts.network_layout(shown.iloc[:1], [])
    assert one.alone == [shown["actor_id"].iloc[0]] and one.labels
