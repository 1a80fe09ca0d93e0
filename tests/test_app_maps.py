"""The Actor map page in AppTest: the map opens on where the places are, a view choice zooms it on
Haiti or the world, and the caption says which located actors a view leaves out."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from briefing.dashboard.pages import PAGES
from briefing.present import charts

REPO = Path(__file__).resolve().parents[1]
ACTORS = next(spec.relative for spec in PAGES if spec.url_path == "actors")


def _geo(at: AppTest) -> dict:
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    return next(spec["layout"]["geo"] for spec in specs if "geo" in spec["layout"])


def test_map_views_zoom_and_say_what_they_leave_out():
    at = AppTest.from_file(str(REPO / "streamlit_app.py"), default_timeout=60).run()
    at.switch_page(ACTORS).run()
    assert not at.exception, [e.value for e in at.exception]
    choice = at.radio(key="map_view")
    assert list(choice.options) == list(charts.map_views()) and choice.value == charts.map_views()[0]
    opened = _geo(at)
    assert opened["projection"]["scale"] > 1  # a region, not the world
    captions = " ".join(str(c.value) for c in at.caption)
    assert "out of this view:" in captions and "Kenya" in captions
    choice.set_value("Haiti").run()
    assert not at.exception
    haiti = _geo(at)
    assert haiti["projection"]["scale"] > opened["projection"]["scale"]
    assert 17.9 < haiti["center"]["lat"] < 20.2 and -74.6 < haiti["center"]["lon"] < -71.5
    at.radio(key="map_view").set_value("World").run()
    assert _geo(at)["projection"]["scale"] == 1
