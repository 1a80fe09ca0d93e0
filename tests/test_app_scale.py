"""The dashboard on a corpus too large to show row by row: every page says what it leaves out and
keeps its figures small, and a filter still narrows everything (AppTest, synthetic articles)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from briefing.dashboard import state, widgets
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.present import charts
from briefing.present.filters import facet

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import make_corpus  # noqa: E402  (the benchmarks' generator: news-style articles from templates)

ARTICLES = 150  # enough for over 1,000 mentions and 150 dated events, few enough to parse in seconds
PAGES = [spec.relative for spec in DASHBOARD_PAGES]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    make_corpus.generate(ARTICLES, folder)
    return folder


@pytest.fixture
def app(corpus_dir, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv(state.SEEDS_ENV, str(corpus_dir))
    monkeypatch.setenv(state.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(state.WORKERS_ENV, "1")
    at = AppTest.from_file(str(REPO / "streamlit_app.py"), default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _open(at: AppTest, page: str) -> AppTest:
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _text(at: AppTest) -> str:
    return " ".join(str(e.value) for e in [*at.caption, *at.markdown])


def test_every_page_runs_and_says_what_it_leaves_out(app):
    _open(app, PAGES[0])
    links = [link.proto.label for link in app.get("page_link")]
    assert any(f"of {ARTICLES} articles: all on Sources" in label for label in links), links
    assert any("funding decisions on the Timeline" in label for label in links), links
    _open(app, PAGES[1])
    assert "too many to draw one by one" in _text(app)
    _open(app, PAGES[2])
    assert "best-connected" in _text(app)
    for page in PAGES[3:]:
        _open(app, page)
    assert "Showing the first 1,000 of" in _text(app)  # the data page's mentions
    grids = [len(df.value) for df in app.dataframe]
    assert grids and max(grids) <= widgets.DISPLAY_ROWS


def test_large_timeline_is_counts_and_small_one_is_marks(app):
    _open(app, PAGES[1])
    chart = app.get("plotly_chart")[0].proto.spec
    assert '"barmode":"stack"' in chart.replace(" ", "")
    # One article's events are few: each is drawn.
    first = app.sidebar.multiselect(key=facet("articles").key).options[0]
    app.sidebar.multiselect(key=facet("articles").key).select(first).run()
    assert not app.exception
    assert "too many to draw" not in _text(app)
    assert '"barmode":"overlay"' in app.get("plotly_chart")[0].proto.spec.replace(" ", "")


def test_network_draws_at_most_its_limit(app):
    _open(app, PAGES[2])
    figure = json.loads(app.get("plotly_chart")[0].proto.spec)
    nodes = sum(
        len(trace.get("x", []))
        for trace in figure["data"]
        if trace.get("mode") == "markers" and trace.get("name") != "relations"
    )
    assert 0 < nodes <= charts.NETWORK_LIMIT
