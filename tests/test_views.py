"""Tests for what the dashboard shows: summaries, search, display tables, figures, highlighting, snapshots."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.corpus import schema
from briefing.corpus.build import parse_paths
from briefing.corpus.rows import PARSER_VERSION
from briefing.present import charts, download, highlight, views
from briefing.present.filters import Filter, options

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus():
    return parse_paths([REPO / "seeds"])


@pytest.fixture(scope="module")
def tables(corpus):
    return corpus.tables


@pytest.fixture(scope="module")
def labels(tables):
    return options(tables).labels


# --------------------------------------------------------------------------- dates and summaries


@pytest.mark.parametrize(
    ("value", "precision", "shown"),
    [
        ("2025-06-01", "day", "1 Jun 2025"),
        ("2026-03-01", "month", "Mar 2026"),
        ("2026-03", "month", "Mar 2026"),
        ("2026", "year", "2026"),
        ("", "day", ""),
        (None, "day", ""),
        ("not a date", "day", ""),
    ],
)
def test_format_date(value, precision, shown):
    assert views.format_date(value, precision) == shown


def test_headline_counts(tables):
    assert views.headline(tables) == {"articles": 1, "actors": len(tables["actors"]), "quotes": 13, "events": 5}


def test_funding_decisions_need_funding_topic_and_a_mission_actor(tables):
    funding = views.funding_decisions(tables["events"], tables["actors"])
    assert len(funding) == 2  # the one sentence deciding by June 1 about funding through March 2026, two dates
    assert all("funding" in topics.split(";") for topics in funding["topics"])
    assert all({"decision", "deadline"} & set(topics.split(";")) for topics in funding["topics"])
    missions = views.mission_actor_ids(tables["actors"])
    assert all(missions & set(ids.split(";")) for ids in funding["actor_ids"])
    assert list(funding["date_start"]) == sorted(funding["date_start"])
    # "Mission" comes from the actors' type column: retyped, the same events are no mission's decisions.
    retyped = tables["actors"].assign(type=tables["actors"]["type"].replace("mission", "organization"))
    assert views.funding_decisions(tables["events"], retyped).empty


# --------------------------------------------------------------------------- search


def test_search_terms_keep_quoted_phrases():
    assert views.search_terms('mission "step up" ') == ["mission", "step up"]
    assert views.search_terms("“great sacrifice” risk") == ["great sacrifice", "risk"]
    assert views.search_terms("   ") == []


def test_search_is_case_insensitive_over_text_speaker_and_sentence(tables):
    quotes = tables["quotes"]
    assert len(views.search_quotes(quotes, "CATASTROPHE")) == 1
    assert len(views.search_quotes(quotes, "rubio")) == len(quotes)  # the speaker
    assert len(views.search_quotes(quotes, "stated")) == 1  # only in the enclosing sentence
    assert len(views.search_quotes(quotes, "mission alone")) == 1
    assert views.search_quotes(quotes, "xyzzy").empty
    assert len(views.search_quotes(quotes, "OAS crisis")) < len(views.search_quotes(quotes, "OAS"))


def test_search_by_speaker_and_attribution(tables):
    quotes = tables["quotes"]
    assert len(views.search_quotes(quotes, speakers=["Marco Rubio"])) == len(quotes)
    assert views.search_quotes(quotes, speakers=["Unattributed"]).empty
    context = views.search_quotes(quotes, attributions=["context"])
    assert set(context["attribution"]) == {"context"}
    assert 0 < len(context) < len(quotes)


# --------------------------------------------------------------------------- one actor


def test_actor_detail(tables):
    rubio = tables["actors"].loc[tables["actors"]["name"] == "Marco Rubio", "actor_id"].iloc[0]
    assert len(Filter().apply(tables).matching("mentions", "actor_id", rubio)) == 7
    quotes = views.quotes_of_actor(tables["quotes"], rubio)
    assert set(quotes["role"]) == {"speaker"}
    kenya = "country-ken"
    assert set(views.quotes_of_actor(tables["quotes"], kenya)["role"]) == {"mentioned"}
    assert len(views.events_of_actor(tables["events"], kenya)) >= 2
    assert len(views.relations_of_actor(tables["relations"], kenya)) == 2


# --------------------------------------------------------------------------- display tables


def test_display_tables_are_readable(tables, labels):
    events = views.events_display(tables["events"], labels)
    assert list(events["When"])[:3] == ["20 May 2025", "21 May 2025", "1 Jun 2025"]
    assert "Mar 2026" in set(events["When"])
    assert "Kenya" in ", ".join(events["Countries"])
    assert not any(str(v).startswith("art-") for v in events["Article"])
    quotes = views.quotes_display(tables["quotes"], labels)
    assert len(quotes) == len(tables["quotes"]) and "Quote" in quotes.columns
    actors = views.actors_display(tables["actors"], labels)
    assert "Haiti" in set(actors["Country"])
    articles = views.articles_display(tables["articles"])
    assert articles["Published"].iloc[0] == "21 May 2025"
    assert views.column_label("speaker_actor_id") == "Speaker actor id"


def test_data_display_turns_date_columns_into_dates(tables):
    shown = views.data_display(tables["events"], "events")
    assert pd.api.types.is_datetime64_any_dtype(shown["date_start"])
    assert shown["date"].equals(tables["events"]["date"])  # precision-bearing text stays text


# --------------------------------------------------------------------------- figures


def test_timeline_one_mark_per_event_spans_for_months(tables, labels):
    fig = charts.timeline_figure(tables["events"], tables["articles"], labels)
    traces = [trace for trace in fig.data if trace.type in ("bar", "scatter")]
    marks = sorted(y for trace in traces for y in trace.y)
    assert marks == list(range(len(tables["events"])))  # one mark per event, one row each
    spans = [trace for trace in traces if trace.type == "bar"]
    assert sum(len(trace.y) for trace in spans) == 2  # the two "March 2026" events
    assert all(base == "2026-03-01" for trace in spans for base in trace.base)
    assert {trace.name for trace in traces} == set(tables["events"]["kind"])
    assert len(traces) <= 2 * len(set(tables["events"]["kind"]))  # a trace per kind and mark, not per event
    assert [trace.showlegend for trace in traces].count(True) == len({trace.name for trace in traces})
    assert fig.layout.xaxis.type == "date"
    published = [shape for shape in fig.layout.shapes if shape.x0 == "2025-05-21"]
    assert published, "the publication date is marked"
    hover = " ".join(str(trace.customdata) for trace in traces)
    assert "June 1" in hover and "until June 1" in hover


def test_timeline_of_many_events_counts_them_per_month(tables):
    events = tables["events"]
    many = pd.concat([events] * (charts.TIMELINE_DETAIL_LIMIT // len(events) + 1), ignore_index=True)
    fig = charts.timeline_figure(many, tables["articles"])
    assert fig.layout.barmode == "stack"
    assert sum(sum(trace.y) for trace in fig.data) == len(many)  # every event counted once
    counts = charts.timeline_counts(charts.timeline_rows(many))
    march = counts[counts["month"] == "2026-03-01"]["events"].sum()
    assert march == 2 * (len(many) // len(events))


def test_timeline_empty(tables):
    fig = charts.timeline_figure(tables["events"].iloc[0:0], tables["articles"])
    assert isinstance(fig, go.Figure) and not fig.data


def test_network_nodes_by_type_and_labelled_edges(tables):
    fig = charts.network_figure(tables["actors"], tables["relations"])
    nodes = [trace for trace in fig.data if trace.mode == "markers" and trace.name != "relations"]
    assert {trace.name for trace in nodes} == set(tables["actors"]["type"])
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    texts = [a.text for a in fig.layout.annotations if not a.showarrow]
    assert "funds ×2" in " ".join(texts)
    _, edges = charts.network_selection(tables["actors"], tables["relations"])
    assert len(arrows) == len(edges)  # one arrow per edge
    hover = next(trace for trace in fig.data if trace.name == "relations")
    assert len(hover.x) == len(edges)  # and every edge tells its relation on hover
    # No raw id as a label.
    assert not any(str(t).startswith(("country-", "person-")) for t in texts)


def test_spring_layout_is_deterministic_and_bounded():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b"), ("b", "c")]
    first = charts.spring_layout(nodes, edges)
    assert first == charts.spring_layout(nodes, edges)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first.values())
    assert charts.components(nodes, edges) == [["a", "b", "c"], ["d"]]


def test_short_name_prefers_an_acronym_for_long_names():
    assert charts.short_name("Multinational Security Support Mission", "MMSS") == "MMSS"
    assert charts.short_name("Kenya", "Kenyans") == "Kenya"


def test_geo_figure_draws_countries_points_and_links(tables, labels):
    fig = charts.geo_figure(tables["actors"], tables["relations"], labels)
    choropleth = next(trace for trace in fig.data if trace.type == "choropleth")
    assert {"HTI", "KEN", "USA", "JAM", "TTO"} <= set(choropleth.locations)
    lines = [trace for trace in fig.data if trace.type == "scattergeo" and trace.mode == "lines"]
    links = charts.map_links(tables["actors"], tables["relations"])
    assert len(lines) == 1 and list(lines[0].lat).count(None) == len(links)  # one path, broken between lines
    # Drawn from the coarse outlines where the map opens wide, the fine ones where it opens on Haiti.
    assert fig.layout.geo.resolution == charts.map_resolution(fig.layout.geo.projection.scale)
    assert charts.geo_figure(tables["actors"], tables["relations"], labels, "Haiti").layout.geo.resolution == 50
    assert charts.geo_figure(tables["actors"], tables["relations"], labels, "World").layout.geo.resolution == 110
    # The city the weapons leave from is trafficked to three countries: a line to each.
    from_miami = {link["target"] for link in links if link["source"] == "Miami"}
    assert from_miami == {"Haiti", "Jamaica", "Trinidad and Tobago"}


def test_countries_too_small_for_the_coarse_outlines_are_dots_of_their_shade(tables, labels):
    coarse, fine = charts.outline_centres(110), charts.outline_centres(50)
    small = sorted(set(fine) - set(coarse))
    assert small and "HTI" in coarse  # small islands lack an outline at 1:110m, Haiti has one
    actors = tables["actors"]
    extra = actors.iloc[[0]].assign(actor_id="small-island", country=small[0], lat=None, lon=None, mentions=3)
    with_island = pd.concat([actors, extra], ignore_index=True)
    fig = charts.geo_figure(with_island, tables["relations"], labels, "World")
    dots = next(trace for trace in fig.data if trace.name == "small countries")
    assert [(lon, lat) for lon, lat in zip(dots.lon, dots.lat, strict=True)] == [tuple(fine[small[0]])]
    choropleth = next(trace for trace in fig.data if trace.type == "choropleth")
    assert small[0] in choropleth.locations  # still shaded where an outline exists
    on_haiti = charts.geo_figure(with_island, tables["relations"], labels, "Haiti")
    assert not [trace for trace in on_haiti.data if trace.name == "small countries"]  # outlined at 1:50m


def test_plotly_config_points_at_local_map_files():
    assert charts.PLOTLY_CONFIG["topojsonURL"] == "app/static/topojson/"
    for name in ("world_110m.json", "world_50m.json"):
        data = json.loads((REPO / "static" / "topojson" / name).read_text())
        assert "countries" in data["objects"]


# --------------------------------------------------------------------------- highlighting


def test_render_escapes_before_marking():
    text = 'A <script>alert("x")</script> & "B"'
    out = highlight.render(text, [highlight.Span(2, 10, "actor", 'tip "quoted"')])
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "&amp;" in out
    assert 'title="tip &quot;quoted&quot;"' in out


def test_render_nests_overlapping_spans_and_paragraphs():
    text = "One “Kenya said” two.\nSecond line."
    spans = [highlight.Span(4, 16, "quote"), highlight.Span(5, 10, "actor", colour="#59a14f")]
    out = highlight.render(text, spans)
    assert out.startswith("<p>") and "</p><p>" in out
    assert out.count('class="hl-quote"') == 3  # cut around the actor inside the quotation
    assert '<span class="hl-quote"' in out.split("Kenya")[0]
    assert out.count("<span") == out.count("</span>")


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=5))
def test_render_keeps_every_character(text, bounds):
    import html as html_lib
    import re

    spans = [highlight.Span(a, b, "quote") for a, b in bounds]
    out = highlight.render(text, spans, paragraphs=False)
    stripped = html_lib.unescape(re.sub(r"<[^>]+>", "", out.replace("<br>", "\n")))
    assert stripped == text


def test_mark_terms_and_context(corpus):
    assert highlight.mark_terms("We have a Catastrophe", ["catastrophe"]).count("<mark") == 1
    body = next(iter(corpus.texts.values()))
    start = body.index("Kenya")
    snippet = highlight.context_html(body, start, start + 5, width=30)
    assert "<mark" in snippet and "Kenya</mark>" in snippet
    assert len(snippet) < 600


def test_paragraph_html_marks_the_quote(tables, corpus):
    quotes = tables["quotes"]
    quote = quotes[quotes["text"].str.startswith("If ever")].iloc[0]
    body = corpus.texts[quote["article_id"]]
    out = highlight.paragraph_html(body, int(quote["start"]), int(quote["end"]), ["crisis"])
    assert 'class="hl-selected"' in out and 'class="hl-match"' in out
    assert "Rubio said" in out  # the rest of the paragraph is there


def test_article_spans_cover_actors_quotes_and_dates(tables, corpus):
    article_id = tables["articles"]["article_id"].iloc[0]
    spans = highlight.article_spans(
        article_id, tables["mentions"], tables["quotes"], tables["events"], tables["actors"]
    )
    kinds = {span.kind for span in spans}
    assert kinds == {"actor", "quote", "date"}
    out = highlight.render(corpus.texts[article_id], spans)
    assert "Tuesday" in out and 'class="hl-date"' in out


def test_escape_markdown():
    assert highlight.escape_markdown("$5 million and $3 million") == r"\$5 million and \$3 million"
    assert highlight.escape_markdown("![x](http://example.com/a.png)").startswith(r"\!\[x\]\(")
    assert highlight.escape_markdown(None) == ""


# --------------------------------------------------------------------------- snapshot


def test_file_names_carry_date_and_filter():
    day = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
    flt = Filter(countries=("KEN",))
    assert download.csv_name("quotes", flt, day) == "quotes_2025-06-01_country-KEN.csv"
    assert download.snapshot_name(Filter(), day) == "haiti-briefing_2025-06-01_all.zip"


def test_snapshot_zip(tables, labels):
    flt = Filter(countries=("KEN",))
    filtered = flt.apply(tables)
    made = dt.datetime(2025, 6, 1, 12, 30, tzinfo=dt.UTC)
    data = download.snapshot_zip(filtered, tables["articles"], flt, made, labels)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert names == {f"{t}.csv" for t in schema.TABLES} | {"datapackage.json", "manifest.json"}
        manifest = json.loads(archive.read("manifest.json"))
        rows = list(csv.DictReader(io.StringIO(archive.read("quotes.csv").decode("utf-8"))))
        package = json.loads(archive.read("datapackage.json"))
    assert len(rows) == len(filtered["quotes"])
    assert manifest["parser_version"] == PARSER_VERSION
    assert manifest["made_at"] == "2025-06-01T12:30:00+00:00"
    assert manifest["filter"]["parameters"] == {"country": ["KEN"]}
    assert manifest["filter"]["description"]["quotes"] == "quotes mentioning Kenya"
    assert manifest["sources"][0]["sha256"] == tables["articles"]["sha256"].iloc[0]
    assert manifest["tables"]["quotes"]["rows"] == len(filtered["quotes"])
    assert [r["name"] for r in package["resources"]] == list(schema.TABLES)


def test_snapshot_csv_neutralises_formulas(tables):
    quotes = tables["quotes"].copy()
    quotes.loc[0, "text"] = '=HYPERLINK("http://example.com")'
    filtered = {**tables, "quotes": quotes}
    data = download.snapshot_zip(filtered, tables["articles"], Filter())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read("quotes.csv").decode("utf-8")
    assert "'=HYPERLINK" in text


def _star(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A hub related to n spokes, each spoke once, at spread-out coordinates."""
    ids = [f"a{i:03d}" for i in range(n + 1)]
    actors = schema.frame(
        "actors",
        [
            {
                "actor_id": a,
                "name": f"Place {a}",
                "type": "place",
                "aliases": "",
                "role": "",
                "country": "",
                "lat": float(i % 80),
                "lon": float(i),
                "mentions": n - i + 1,
                "articles": 1,
            }
            for i, a in enumerate(ids)
        ],
    )
    relations = schema.frame(
        "relations",
        [
            {
                "relation_id": f"r{i}",
                "article_id": "art-1",
                "source_actor_id": ids[0],
                "source": "Place a000",
                "relation": "supplies",
                "target_actor_id": a,
                "target": f"Place {a}",
                "sentence": f"S {i}.",
                "start": i,
                "end": i + 1,
                "actor_ids": f"{ids[0]};{a}",
                "countries": "",
                "organizations": "",
            }
            for i, a in enumerate(ids[1:], start=1)
        ],
    )
    return actors, relations


def test_network_draws_the_best_connected_actors_only():
    actors, relations = _star(charts.NETWORK_LIMIT * 3)
    shown, edges = charts.network_selection(actors, relations)
    assert len(shown) == charts.NETWORK_LIMIT
    assert "a000" in set(shown["actor_id"])  # the hub has the most partners
    assert len(edges) == charts.NETWORK_LIMIT - 1 and all(e["source"] == "a000" for e in edges)
    fig = charts.network_figure(actors, relations)
    assert sum(len(t.x) for t in fig.data if t.mode == "markers" and t.name != "relations") == charts.NETWORK_LIMIT


def test_map_keeps_the_most_stated_links_and_names_the_most_mentioned_points():
    actors, relations = _star(charts.MAP_LINK_LIMIT + 30)
    assert len(charts.map_links(actors, relations)) == charts.MAP_LINK_LIMIT + 30
    fig = charts.geo_figure(actors, relations)
    line = next(t for t in fig.data if t.mode == "lines")
    assert list(line.lat).count(None) == charts.MAP_LINK_LIMIT
    named = [text for t in fig.data if t.mode == "markers+text" for text in t.text if text]
    assert len(named) == charts.MAP_LABEL_LIMIT and "Place a000" in named
