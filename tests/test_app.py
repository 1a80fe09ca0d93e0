"""The dashboard run by Streamlit's AppTest: every page, the sidebar filter, search, URL and downloads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from briefing.corpus import schema
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.dashboard.state import CONTEXT_KEY
from briefing.present.filters import FACETS, facet
from briefing.present.highlight import escape_markdown

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "streamlit_app.py")
PAGES = {spec.url_path: spec.relative for spec in DASHBOARD_PAGES}
TIMEOUT = 60


def start(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(PAGES[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# st.dataframe without selection is no widget, so AppTest knows it by its columns, not its key.
TABLE_COLUMNS = {"timeline_table": "What", "actors_table": "Also called", "quotes_table": "Quote"}


def table(at: AppTest, key: str):
    return next(df.value for df in at.dataframe if TABLE_COLUMNS[key] in df.value.columns)


def table_rows(at: AppTest, key: str) -> int:
    return len(table(at, key))


def as_list(value) -> list[str]:
    """AppTest gives one value as a string and several as a list."""
    return [value] if isinstance(value, str) else list(value or [])


@pytest.fixture
def app() -> AppTest:
    at = start()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders(app, page):
    open_page(app, page)
    assert app.title, "every page has a title"
    assert app.caption, "every page says what it shows"


def test_briefing_page_headlines(app):
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Quotes"] == "13" and metrics["Articles"] == "1"  # 8 quoted, 5 reported (indirect)
    text = " ".join(m.value for m in app.markdown)
    assert "1 Jun 2025" in text and "11 days to go" in text
    assert "Caribbean National Weekly" in " ".join(c.value for c in app.caption)


@pytest.mark.parametrize(
    ("page", "table"), [("timeline", "timeline_table"), ("actors", "actors_table"), ("quotes", "quotes_table")]
)
def test_country_filter_changes_rows(app, page, table):
    open_page(app, page)
    before = table_rows(app, table)
    app.multiselect(key=facet("countries").key).select("KEN").run()
    assert not app.exception
    after = table_rows(app, table)
    assert 0 < after < before
    assert as_list(app.query_params.get("country")) == ["KEN"]


@pytest.mark.parametrize(
    ("page", "table", "organization"),
    [
        ("timeline", "timeline_table", "Senate Foreign Relations Committee"),
        ("actors", "actors_table", "Multinational Security Support Mission"),
        ("quotes", "quotes_table", "Multinational Security Support Mission"),
    ],
)
def test_organization_filter_changes_rows(app, page, table, organization):
    open_page(app, page)
    before = table_rows(app, table)
    app.multiselect(key=facet("organizations").key).select(organization).run()
    assert not app.exception
    after = table_rows(app, table)
    assert 0 < after < before


def test_filter_with_no_rows_gives_a_helpful_empty_state(app):
    open_page(app, "timeline")
    app.multiselect(key=facet("organizations").key).select("Organization of American States").run()
    assert not app.exception
    assert "No events match" in " ".join(i.value for i in app.info)
    assert app.button(key="clear_timeline")


def test_search_narrows_quotes_and_highlights(app):
    open_page(app, "quotes")
    assert table_rows(app, "quotes_table") == 13  # 8 quoted, 5 reported (indirect)
    app.text_input(key="quote_search").input("catastrophe").run()
    assert table_rows(app, "quotes_table") == 1
    html = " ".join(h.proto.body for h in app.get("html"))
    assert "<mark" in html and "catastrophe</mark>" in html.lower()


def test_quotes_page_shows_direct_indirect_or_both_and_says_which(app):
    open_page(app, "quotes")
    captions = " ".join(c.value for c in app.caption)
    assert "showing direct and indirect speech" in captions
    app.segmented_control(key="quote_speech").set_value("indirect").run()
    assert not app.exception
    assert table_rows(app, "quotes_table") == 5
    assert set(table(app, "quotes_table")["Kind"]) == {"indirect"}
    assert "showing indirect speech only" in " ".join(c.value for c in app.caption)
    assert app.query_params["speech"] in ("indirect", ["indirect"])
    app.segmented_control(key="quote_speech").set_value("direct").run()
    assert table_rows(app, "quotes_table") == 8
    assert "indirect" not in set(table(app, "quotes_table")["Kind"])


def test_search_with_no_match_says_so(app):
    open_page(app, "quotes")
    app.text_input(key="quote_search").input("xyzzy").run()
    assert not app.exception
    message = " ".join(i.value for i in app.info)
    assert "No quotes match ‘xyzzy’" in message.replace("\\", "")
    app.multiselect(key=facet("countries").key).select("KEN").run()
    assert app.button(key="clear_quotes")
    app.button(key="clear_quotes").click().run()
    assert app.multiselect(key=facet("countries").key).value == []


def test_query_parameters_restore_filters():
    at = start({"country": "KEN", "kind": ["deadline", "funding"], "from": "2025-05-01"})
    assert not at.exception
    assert at.multiselect(key=facet("countries").key).value == ["KEN"]
    assert at.multiselect(key=facet("kinds").key).value == ["deadline", "funding"]
    open_page(at, "timeline")
    kinds = set(table(at, "timeline_table")["Kind"])
    assert kinds <= {"deadline", "funding"}
    assert "mentioning Kenya" in " ".join(c.value for c in at.caption)
    open_page(at, "quotes")
    assert table_rows(at, "quotes_table") == 2  # the quotation and the reported speech that name Kenya
    assert as_list(at.query_params["country"]) == ["KEN"]


def test_unknown_query_values_are_dropped():
    at = start({"country": ["KEN", "ATL"], "org": "Nobody at all"})
    assert not at.exception
    assert at.multiselect(key=facet("countries").key).value == ["KEN"]
    assert at.multiselect(key=facet("organizations").key).value == []


def test_clear_filters(app):
    app.multiselect(key=facet("countries").key).select("KEN").run()
    clear = next(b for b in app.sidebar.button if b.label == "Clear filters")
    clear.click().run()
    assert app.multiselect(key=facet("countries").key).value == []
    assert "country" not in app.query_params


def test_timeline_mission_funding_preset(app):
    open_page(app, "timeline")
    everything = table_rows(app, "timeline_table")
    app.get("button_group")[0].set_value("funding").run()
    assert not app.exception
    funding = table_rows(app, "timeline_table")
    assert 0 < funding < everything


def test_actor_detail(app):
    open_page(app, "actors")
    app.selectbox(key="actor_choice").select("country-ken").run()
    assert not app.exception
    assert any("Kenya" in h.proto.body for h in app.get("html"))


@pytest.mark.parametrize(
    ("page", "keys"),
    [
        ("timeline", ["dl_events", "dl_events_xlsx"]),
        ("actors", ["dl_actors", "dl_actors_xlsx"]),
        ("quotes", ["dl_quotes", "dl_quotes_xlsx"]),
        ("data", ["dl_snapshot", "dl_workbook", "dl_database", "dl_articles", "dl_articles_xlsx"]),
    ],
)
def test_download_buttons_present(app, page, keys):
    open_page(app, page)
    present = {button.key for button in app.get("download_button")}
    assert set(keys) <= present


def test_data_page_reaches_every_table_one_at_a_time(app):
    """The Data page draws the table chosen in "Table" (its row count in the option, the choice in the URL):
    each of the six can be chosen, drawn, downloaded as CSV and Excel, and the snapshot stays offered."""
    open_page(app, "data")
    chooser = app.segmented_control(key="data_choice")
    tables = app.session_state[CONTEXT_KEY].tables
    assert chooser.options == [f"{name.capitalize()} ({tables.count(name):,})" for name in schema.TABLES]
    assert "table" not in app.query_params  # the first table is the default, no parameter needed
    for name in schema.TABLES:
        app.segmented_control(key="data_choice").set_value(name).run()
        assert not app.exception
        heading = next(s.value for s in app.subheader)
        assert heading.startswith(f"{name.capitalize()} ({tables.count(name):,} row")
        present = {button.key for button in app.get("download_button")}
        assert {"dl_snapshot", "dl_workbook", "dl_database", f"dl_{name}", f"dl_{name}_xlsx"} <= present
        assert not {f"dl_{other}" for other in schema.TABLES if other != name} & present  # one table drawn
        if tables.count(name):
            assert any(set(schema.columns(name)) <= set(df.value.columns) for df in app.dataframe), name
        assert as_list(app.query_params.get("table")) == ([] if name == next(iter(schema.TABLES)) else [name])
    linked = start()
    linked.query_params["table"] = "quotes"  # as a link to the Data page would carry it
    open_page(linked, "data")
    assert linked.segmented_control(key="data_choice").value == "quotes"
    open_page(linked, "quotes")
    assert "table" not in linked.query_params  # the Data page's choice does not follow to the others


def test_data_page_offers_the_view_as_a_sqlite_database_written_on_click(monkeypatch, tmp_path):
    """The button beside the Excel one is named like the snapshot (view and as-of date in the name) and, when
    clicked (its deferred writer run, as Streamlit runs it), gives the view's rows as a database."""
    written: dict[str, object] = {}  # file name -> the function Streamlit runs on a click
    add_deferred = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        written[file_name] = (data_callable, mimetype)
        return add_deferred(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    at = start({"country": "KEN"})
    open_page(at, "data")
    buttons = {button.key: button for button in at.get("download_button")}
    snapshot = buttons["dl_snapshot"].proto.help.split("`")[1]
    name = buttons["dl_database"].proto.help.split("`")[1]
    assert name == snapshot.removesuffix(".zip") + ".sqlite" and "_country-KEN_asof-" in name
    make, mimetype = written[name]
    assert mimetype == "application/vnd.sqlite3"
    (tmp_path / name).write_bytes(make())
    db = sqlite3.connect(tmp_path / name)
    tables = at.session_state[CONTEXT_KEY].tables
    kept = dict(db.execute("SELECT \"table\", rows - referenced_rows FROM tables WHERE kind = 'data'"))
    assert kept == {table: tables.count(table) for table in schema.TABLES}
    assert dict(db.execute("SELECT key, value FROM about"))["view"].startswith("rows mentioning Kenya")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_captions_read_as_english():
    at = start({"country": "KEN", "from": "2025-05-01"})
    words = []
    for page in PAGES:
        open_page(at, page)
        for name in schema.TABLES if page == "data" else [None]:  # the Data page shows one table at a time
            if name:
                at.segmented_control(key="data_choice").set_value(name).run()
            words += [c.value for c in at.caption] + [b.proto.help for b in at.get("download_button")]
    text = " ".join(words)
    assert "Mentions of Kenya" in text and "Articles mentioning Kenya, published from 1 May 2025" in text
    for stutter in ("mentions mentioning", "actors mentioning", "articles in articles", "articles from 1 article"):
        assert stutter not in text.casefold()


def test_quotes_download_is_named_after_the_search(app):
    open_page(app, "quotes")
    app.text_input(key="quote_search").input("catastrophe").run()
    button = next(b for b in app.get("download_button") if b.key == "dl_quotes")
    assert "_q-catastrophe_" in button.proto.help and "containing “catastrophe”" in button.proto.help


def test_a_selected_row_is_read_in_full_below_the_grid(app):
    open_page(app, "timeline")
    assert app.expander[0].label.startswith("Row 1 in full")  # before any selection: the first row
    app.session_state["timeline_table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    detail = app.expander[0]
    assert detail.label == "Row 3 in full (selected)"
    what = table(app, "timeline_table")["What"].iloc[2]
    assert len(what) > 80  # longer than a cell shows
    assert any(escape_markdown(what) in m.value for m in detail.markdown)


def test_sources_page_shows_highlighted_article(app):
    open_page(app, "sources")
    html = " ".join(h.proto.body for h in app.get("html"))
    assert 'class="hl-quote"' in html and 'class="hl-actor"' in html and 'class="hl-date"' in html


def test_page_state_travels_in_the_url():
    at = start()
    at.query_params["q"] = "catastrophe"  # as a link to the quotes page would carry it
    open_page(at, "quotes")
    assert at.text_input(key="quote_search").value == "catastrophe"
    assert table_rows(at, "quotes_table") == 1
    at.text_input(key="quote_search").input("").run()
    assert "q" not in at.query_params

    at.query_params["view"] = "funding"
    open_page(at, "timeline")
    assert "q" not in at.query_params  # the quotes page's search does not follow to the timeline
    funding = table_rows(at, "timeline_table")
    at.get("button_group")[0].set_value("all").run()
    assert table_rows(at, "timeline_table") > funding
    assert "view" not in at.query_params


OAS = "Organization of American States"


def test_options_show_aliases_and_counts_under_the_other_filters(app):
    organizations = app.multiselect(key=facet("organizations").key)
    assert f"{OAS} · OAS (5)" in organizations.options  # 4 quotes and a relation name it
    assert "Kenya (7)" in app.multiselect(key=facet("countries").key).options
    app.multiselect(key=facet("countries").key).select("KEN").run()
    assert f"{OAS} · OAS (0)" in app.multiselect(key=facet("organizations").key).options  # none with Kenya
    assert "Kenya (7)" in app.multiselect(key=facet("countries").key).options  # its own facet left out
    app.multiselect(key=facet("organizations").key).select("Multinational Security Support Mission").run()
    assert app.multiselect(key=facet("countries").key).value == ["KEN"]  # relabelled, still chosen
    assert as_list(app.query_params.get("country")) == ["KEN"]


def test_enter_in_a_filter_takes_the_best_match_alone(app):
    """No "Select all matches" row first in the dropdown, so Enter after typing takes one value
    (the browser test types "OAS")."""
    for one in FACETS:
        assert app.multiselect(key=one.key).proto.select_all == 0, one.attr


def test_captions_state_the_rule(app):
    assert any("Values within a facet: any; facets together: all" in c.value for c in app.sidebar.caption)
    open_page(app, "actors")
    app.multiselect(key=facet("countries").key).select("KEN").run()
    assert any("values within a facet: any; facets together: all" in c.value for c in app.caption)


def test_adding_a_facet_only_narrows_the_actor_map(app):
    open_page(app, "actors")
    app.multiselect(key=facet("countries").key).select("KEN").run()
    under_kenya = set(table(app, "actors_table")["Name"])
    assert OAS not in under_kenya
    app.multiselect(key=facet("organizations").key).select(OAS).run()
    assert not app.exception
    shown = [df.value for df in app.dataframe if TABLE_COLUMNS["actors_table"] in df.value.columns]
    assert not shown or set(shown[0]["Name"]) <= under_kenya  # no actor, or fewer: never OAS from nowhere
    assert "No actors match" in " ".join(i.value for i in app.info)


def test_actor_detail_mentions_follow_the_filter(app):
    open_page(app, "actors")
    app.selectbox(key="actor_choice").select("person-marco-rubio").run()
    everything = next(t.label for t in app.tabs if t.label.startswith("Mentions"))
    app.multiselect(key=facet("countries").key).select("KEN").run()
    app.selectbox(key="actor_choice").select("person-marco-rubio").run()
    under_kenya = next(t.label for t in app.tabs if t.label.startswith("Mentions"))
    assert everything == "Mentions (7)" and under_kenya == "Mentions (2)"
    assert any("sentences that also mention" in c.value for c in app.caption)
