"""The dashboard on a corpus too large to show row by row: every page says what it leaves out and
keeps its figures small, and a filter still narrows everything (AppTest, synthetic articles)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from briefing.dashboard import state, widgets
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.present import charts, grid, views
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
    _choose_table(app, "mentions")
    assert "mentions (page 1 of" in _text(app)  # the data page's mentions, a page at a time
    grids = [len(df.value) for df in app.dataframe]
    assert grids and max(grids) <= max(grid.PAGE_SIZES)


def _grid(at: AppTest, key: str) -> pd.DataFrame:
    return next(df.value for df in at.dataframe if df.key == key)


def _choose_table(at: AppTest, table: str) -> None:
    """The Data page draws one table at a time: the one chosen in "Table"."""
    at.segmented_control(key="data_choice").set_value(table).run()
    assert not at.exception, [e.value for e in at.exception]


def _order(at: AppTest, key: str):
    return next(b for b in at.get("button_group") if b.key == f"{key}_desc")


def test_a_grid_pages_to_the_last_row_of_a_large_table(app):
    _open(app, PAGES[-1])  # Data
    _choose_table(app, "mentions")
    mentions = app.session_state[state.CONTEXT_KEY].tables["mentions"]
    assert len(mentions) > 1_000
    size = app.selectbox(key="data_table_mentions_size").value
    last = -(-len(mentions) // size)
    app.number_input(key="data_table_mentions_page").set_value(last).run()
    assert not app.exception
    shown = _grid(app, "data_table_mentions")
    assert len(shown) == len(mentions) - (last - 1) * size
    assert shown["mention_id"].iloc[-1] == mentions["mention_id"].iloc[-1]
    assert f"of {len(mentions):,} mentions (page {last} of {last})" in _text(app)
    # Sorted newest mention id first, the last page ends on the smallest id.
    app.selectbox(key="data_table_mentions_sort").set_value("mention_id").run()
    _order(app, "data_table_mentions").set_value(True).run()
    assert app.number_input(key="data_table_mentions_page").value == 1  # a new order starts at its beginning
    assert _grid(app, "data_table_mentions")["mention_id"].iloc[0] == max(mentions["mention_id"])
    app.number_input(key="data_table_mentions_page").set_value(last).run()
    assert _grid(app, "data_table_mentions")["mention_id"].iloc[-1] == min(mentions["mention_id"])


def test_grids_sort_by_any_column(app):
    _open(app, PAGES[1])  # Timeline
    developments = app.session_state[state.CONTEXT_KEY].tables["developments"]  # the Timeline's default rows
    app.selectbox(key="timeline_table_sort").set_value("What").run()
    _order(app, "timeline_table").set_value(True).run()
    assert not app.exception
    first = _grid(app, "timeline_table")["What"].iloc[0]
    assert first.casefold() == max(developments["summary"].dropna().str.casefold())
    _open(app, PAGES[3])  # Quotes
    app.selectbox(key="quotes_table_sort").set_value("Speaker").run()
    speakers = _grid(app, "quotes_table")["Speaker"].str.casefold().tolist()
    assert speakers == sorted(speakers)


def test_timeline_opens_on_the_developments_nearest_the_as_of_date(app):
    _open(app, PAGES[1])  # developments by default: one row per development
    ctx = app.session_state[state.CONTEXT_KEY]
    developments, as_of = ctx.tables["developments"], widgets.as_of(ctx)
    starts = pd.to_datetime(developments["date_start"], errors="coerce")
    before = int((starts < pd.Timestamp(as_of)).sum())  # in date order, these come first
    size = app.selectbox(key="timeline_table_size").value
    assert before >= size, "the corpus must have a page of past developments for this test to mean anything"
    assert app.number_input(key="timeline_table_page").value == before // size + 1
    whens = _grid(app, "timeline_table")["When"].tolist()
    assert any(pd.Timestamp(views.to_date(v) or "1900-01-01") >= pd.Timestamp(as_of) for v in _dates(whens))


def _dates(whens: list[str]) -> list[str]:
    """'1 Jun 2025' (and 'Jun 2025', '2025') as ISO dates, for comparing with the as-of date."""
    out = []
    for when in whens:
        for fmt in ("%d %b %Y", "%b %Y", "%Y"):
            try:
                out.append(dt.datetime.strptime(when, fmt).date().isoformat())
                break
            except ValueError:
                continue
    return out


def test_download_names_differ_between_timeline_presets(app):
    _open(app, PAGES[1])

    def saves_as() -> str:
        button = next(b for b in app.get("download_button") if b.key == "dl_events")
        return button.proto.help.rsplit("Saves as ", 1)[1]

    everything = saves_as()
    app.get("button_group")[0].set_value("funding").run()
    funding = saves_as()
    assert everything != funding and "view-funding" in funding and "asof-" in everything


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
