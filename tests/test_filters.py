"""Tests for the dashboard's filter: what each facet keeps, its words, its URL and its file name."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.corpus import schema
from briefing.corpus.build import parse_paths
from briefing.present.filters import (
    FACETS,
    Filter,
    Labels,
    country_name,
    date_bounds,
    facet,
    facet_counts,
    list_values,
    names_any,
    option_labels,
    options,
    split_cell,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_tables():
    return parse_paths([REPO / "seeds"]).tables


@pytest.fixture(scope="module")
def seed_options(seed_tables):
    return options(seed_tables)


def test_empty_filter_keeps_every_row(seed_tables):
    filtered = Filter().apply(seed_tables)
    assert list(filtered) == list(seed_tables)
    for name, df in seed_tables.items():
        assert len(filtered[name]) == len(df)
        assert list(filtered[name].columns) == schema.columns(name)


def test_country_keeps_rows_that_name_it(seed_tables):
    filtered = Filter(countries=("KEN",)).apply(seed_tables)
    for name in ("quotes", "events", "relations"):
        assert len(filtered[name]) > 0
        assert len(filtered[name]) < len(seed_tables[name])
        assert all("KEN" in split_cell(cell) for cell in filtered[name]["countries"])
    quotes = filtered["quotes"]
    assert any("Kenyans" in text for text in quotes["text"])


def test_country_actors_are_it_and_its_company(seed_tables):
    actors = Filter(countries=("KEN",)).apply(seed_tables)["actors"]
    names = set(actors["name"])
    assert "Kenya" in names
    assert "Multinational Security Support Mission" in names  # Kenya leads it
    assert "Jamaica" not in names
    assert len(actors) < len(seed_tables["actors"])


def test_organization_filter(seed_tables):
    flt = Filter(organizations=("Organization of American States",))
    filtered = flt.apply(seed_tables)
    assert len(filtered["quotes"]) >= 2
    assert all("Organization of American States" in split_cell(c) for c in filtered["quotes"]["organizations"])
    assert "Organization of American States" in set(filtered["actors"]["name"])
    assert set(filtered["relations"]["relation"]) <= {"proposes", "reports"}


def test_values_within_a_facet_are_alternatives_and_facets_combine(seed_tables):
    one = Filter(countries=("KEN",)).apply(seed_tables)["quotes"]
    both = Filter(countries=("KEN", "USA")).apply(seed_tables)["quotes"]
    assert len(both) > len(one)
    narrowed = Filter(countries=("KEN", "USA"), organizations=("Organization of American States",))
    assert len(narrowed.apply(seed_tables)["quotes"]) < len(both)


def test_article_facet(seed_tables):
    article_id = seed_tables["articles"]["article_id"].iloc[0]
    assert len(Filter(articles=(article_id,)).apply(seed_tables)["quotes"]) == len(seed_tables["quotes"])
    nothing = Filter(articles=("art-000000000000",)).apply(seed_tables)
    assert all(len(df) == 0 for df in nothing.values())


def test_date_range_keeps_overlapping_events_and_articles_published_in_it(seed_tables):
    spring_2026 = Filter(date_from=dt.date(2026, 3, 15), date_to=dt.date(2026, 4, 30))
    filtered = spring_2026.apply(seed_tables)
    assert set(filtered["events"]["date"]) == {"2026-03"}  # the month overlaps the range
    assert filtered["quotes"].empty  # the article was published in May 2025
    may_2025 = Filter(date_from=dt.date(2025, 5, 1), date_to=dt.date(2025, 5, 31)).apply(seed_tables)
    assert len(may_2025["quotes"]) == len(seed_tables["quotes"])
    assert "2025-06-01" not in set(may_2025["events"]["date"])


def test_kinds_filter_only_events(seed_tables):
    filtered = Filter(kinds=("deadline",)).apply(seed_tables)
    assert set(filtered["events"]["kind"]) == {"deadline"}
    assert len(filtered["quotes"]) == len(seed_tables["quotes"])


def test_describe_in_words(seed_options):
    labels = seed_options.labels
    article_id = next(iter(seed_options.articles))
    flt = Filter(countries=("KEN",), articles=(article_id,))
    assert flt.describe("quotes", labels) == "quotes mentioning Kenya, from 1 article"
    assert Filter().describe("events") == "all events"
    two = Filter(countries=("KEN", "HTI"), organizations=("Organization of American States",), kinds=("deadline",))
    assert two.describe("events", labels) == (
        "events mentioning Haiti or Kenya, involving Organization of American States, of kind deadline"
    )
    dated = Filter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2026, 3, 31))
    assert dated.describe("events") == "events dated 1 Jun 2025 – 31 Mar 2026"
    assert dated.describe("quotes") == "quotes in articles published 1 Jun 2025 – 31 Mar 2026"
    assert Filter(date_from=dt.date(2025, 6, 1)).describe("events") == "events dated from 1 Jun 2025"


def test_query_round_trip():
    flt = Filter(
        countries=("KEN", "HTI"),
        organizations=("Organization of American States",),
        articles=("art-3619ceda9a64",),
        date_from=dt.date(2025, 6, 1),
        date_to=dt.date(2026, 3, 31),
        kinds=("deadline", "funding"),
    )
    query = flt.to_query()
    assert query["country"] == ["HTI", "KEN"]
    assert query["from"] == ["2025-06-01"]
    assert Filter.from_query(query) == flt
    # Streamlit hands a single value as a string.
    assert Filter.from_query({"country": "KEN", "to": "2026-03-31"}) == Filter(
        countries=("KEN",), date_to=dt.date(2026, 3, 31)
    )


def test_from_query_ignores_junk():
    assert Filter.from_query({"country": ["", "  "], "from": "yesterday", "colour": "red"}) == Filter()


def test_within_drops_unknown_values(seed_options):
    flt, dropped = Filter(countries=("KEN", "ATL"), kinds=("deadline", "picnic")).within(seed_options)
    assert flt == Filter(countries=("KEN",), kinds=("deadline",))
    assert sorted(dropped) == ["ATL", "picnic"]


def test_slug_is_file_name_safe():
    assert Filter().slug() == "all"
    slug = Filter(countries=("KEN",), organizations=("Organization of American States",)).slug()
    assert slug == "country-KEN_org-organization-of-american-states"
    long = Filter(organizations=tuple(f"Organization number {i} of many" for i in range(10))).slug()
    assert len(long) <= 80
    dated = Filter(date_from=dt.date(2025, 6, 1)).slug()
    assert dated == "2025-06-01-to-end"


def test_options_offer_every_country_and_organization(seed_options, seed_tables):
    assert seed_options.countries["KEN"] == "Kenya"
    assert "Organization of American States" in seed_options.organizations
    assert "Marco Rubio" not in seed_options.organizations  # a person
    assert seed_options.kinds == sorted(set(seed_tables["events"]["kind"]))
    assert date_bounds(seed_tables) == (dt.date(2025, 5, 20), dt.date(2026, 3, 31))


def test_country_name_fallbacks():
    assert country_name("KEN") == "Kenya"
    assert country_name("XXX") == "XXX"
    assert Labels().country("HTI") == "Haiti"


_codes = st.lists(st.sampled_from(["KEN", "HTI", "USA", "JAM", "TTO"]), max_size=3)
_names = st.lists(st.text(alphabet="abc ,;&=-", min_size=1, max_size=8).filter(str.strip), max_size=3)
_days = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)))


@given(_codes, _names, _days, _days)
def test_any_filter_round_trips_through_the_url(countries, organizations, start, end):
    flt = Filter(
        countries=tuple(countries), organizations=tuple(o.strip() for o in organizations), date_from=start, date_to=end
    )
    assert Filter.from_query(flt.to_query()) == flt


@settings(deadline=None)  # a loaded machine; tests never assert timings
@given(_codes, st.sampled_from(["deadline", "funding", "hearing"]))
def test_filtering_never_adds_rows(seed_tables, countries, kind):
    filtered = Filter(countries=tuple(countries), kinds=(kind,)).apply(seed_tables)
    for name, df in filtered.items():
        assert len(df) <= len(seed_tables[name])
        assert set(df.iloc[:, 0]) <= set(seed_tables[name].iloc[:, 0])


_VALUE = st.text(alphabet=st.sampled_from(list("abAB .()[]*+?|^$\\-&é;")), max_size=5)


@settings(max_examples=150, deadline=None)
@given(
    cells=st.lists(st.one_of(st.none(), st.lists(_VALUE, max_size=4).map(";".join)), max_size=12),
    wanted=st.lists(_VALUE, max_size=4),
)
def test_names_any_is_the_split_cell_rule(cells, wanted):
    """The vectorised match says exactly what splitting each cell would say, punctuation included."""
    column = pd.Series(cells, dtype="string")
    expected = [bool(set(wanted) & set(split_cell(c if c is None else str(c)))) for c in cells]
    assert names_any(column, wanted).tolist() == expected
    assert list_values(column) == {v for c in cells for v in split_cell(c)}


@pytest.mark.parametrize("flt", [Filter(), Filter(countries=("KEN",)), Filter(kinds=("deadline",))])
def test_filtered_tables_count_head_and_matching_agree_with_the_taken_table(seed_tables, flt):
    """The shortcuts that avoid taking a large table's rows give what taking them would give."""
    for name in schema.TABLES:
        lazy, taken = flt.apply(seed_tables), flt.apply(seed_tables)[name]
        assert lazy.count(name) == len(taken)
        pd.testing.assert_frame_equal(lazy.head(name, 3), taken.head(3))
    lazy = flt.apply(seed_tables)
    mentions = lazy["mentions"]
    for actor in set(mentions["actor_id"]):
        expected = mentions[mentions["actor_id"] == actor].reset_index(drop=True)
        pd.testing.assert_frame_equal(flt.apply(seed_tables).matching("mentions", "actor_id", actor), expected)
        pd.testing.assert_frame_equal(lazy.matching("mentions", "actor_id", actor), expected)  # once taken


_ORGS = st.lists(
    st.sampled_from(
        ["Organization of American States", "Multinational Security Support Mission", "Trump administration"]
    ),
    min_size=1,
    max_size=2,
)
_IDS = {name: schema.columns(name)[0] for name in schema.TABLES}  # each table's id column


def _ids(filtered, name: str) -> set[str]:
    return set(filtered[name][_IDS[name]])


@settings(deadline=None, max_examples=40)
@given(st.lists(st.sampled_from(["KEN", "HTI", "USA", "JAM"]), min_size=1, max_size=2), _ORGS)
def test_adding_a_facet_only_narrows(seed_tables, countries, organizations):
    """Values within a facet: any; facets together: all. So both facets keep no row, actor, mention or
    article that either facet alone would drop (Kenya and OAS once showed OAS, absent under Kenya)."""
    both = Filter(countries=tuple(countries), organizations=tuple(organizations)).apply(seed_tables)
    for alone in (Filter(countries=tuple(countries)), Filter(organizations=tuple(organizations))):
        narrower = alone.apply(seed_tables)
        for name in schema.TABLES:
            assert _ids(both, name) <= _ids(narrower, name), (name, alone)


def test_kenya_and_oas_keep_only_what_both_involve(seed_tables):
    oas = "Organization of American States"
    both = Filter(countries=("KEN",), organizations=(oas,)).apply(seed_tables)
    for name in ("quotes", "events", "relations"):
        for countries, organizations in zip(both[name]["countries"], both[name]["organizations"], strict=True):
            assert "KEN" in split_cell(countries) and oas in split_cell(organizations)
    kept_rows = set().union(*(list_values(both[n]["actor_ids"]) for n in ("quotes", "events", "relations")))
    assert set(both["actors"]["actor_id"]) <= kept_rows  # no actor stranded without a kept row


def test_mentions_are_those_in_sentences_the_filter_names(seed_tables):
    """An actor's mentions under a country are those whose sentence mentions that country's actors,
    as its quotes are those that involve the country (the actor page's Mentions tab)."""
    everything = seed_tables["mentions"]
    kenya = Filter(countries=("KEN",)).apply(seed_tables)
    mentions = kenya["mentions"]
    kenyan = set(seed_tables["actors"].loc[seed_tables["actors"]["country"] == "KEN", "actor_id"])
    sentences = {key: set(group["actor_id"]) for key, group in everything.groupby(["article_id", "sentence_index"])}
    for article_id, sentence in zip(mentions["article_id"], mentions["sentence_index"], strict=True):
        assert sentences[(article_id, sentence)] & kenyan
    rubio = "person-marco-rubio"
    assert 0 < (mentions["actor_id"] == rubio).sum() < (everything["actor_id"] == rubio).sum()
    assert set(mentions["actor_id"]) <= set(kenya["actors"]["actor_id"])
    kenya_itself = kenya.matching("mentions", "actor_id", "country-ken")
    assert len(kenya_itself) == (everything["actor_id"] == "country-ken").sum()  # what the filter names: all


def test_an_affiliation_column_makes_the_speaker_part_of_the_organization(seed_tables):
    """With `affiliation_id` on the actors table, an organization's filter names the people affiliated
    with it; without one (or empty) nothing changes."""
    oas = "Organization of American States"
    plain = Filter(organizations=(oas,)).apply(seed_tables)
    actors = seed_tables["actors"].copy()
    actors["affiliation_id"] = pd.Series([""] * len(actors), dtype="string")
    empty = Filter(organizations=(oas,)).apply({**seed_tables, "actors": actors})
    for name in ("mentions", "quotes", "articles"):
        assert _ids(empty, name) == _ids(plain, name)
    org_id = actors.loc[actors["name"] == oas, "actor_id"].iloc[0]
    actors.loc[actors["actor_id"] == "person-marco-rubio", "affiliation_id"] = org_id
    affiliated = Filter(organizations=(oas,)).apply({**seed_tables, "actors": actors})
    everything = seed_tables["mentions"]
    rubio = affiliated.matching("mentions", "actor_id", "person-marco-rubio")
    assert len(rubio) == (everything["actor_id"] == "person-marco-rubio").sum()
    assert _ids(plain, "mentions") < _ids(affiliated, "mentions")


@pytest.mark.parametrize(
    "flt",
    [
        Filter(),
        Filter(countries=("KEN",)),
        Filter(organizations=("Organization of American States",), kinds=("funding",)),
        Filter(countries=("HTI", "USA"), date_from=dt.date(2026, 1, 1)),
    ],
)
def test_facet_counts_are_what_choosing_the_value_would_keep(seed_tables, seed_options, flt):
    """Each value's count is the rows the filter keeps with that value alone in its facet (the plain
    rule, by applying it), the other facets as they are."""
    counts = facet_counts(seed_tables, flt)
    for one in FACETS:
        for value in getattr(seed_options, one.attr):
            kept = replace(flt, **{one.attr: (value,)}).apply(seed_tables)
            assert counts[one.attr].get(value, 0) == sum(kept.count(name) for name in one.counted_in), (one.attr, value)


def test_option_labels_carry_aliases_and_counts(seed_tables, seed_options):
    oas = "Organization of American States"
    organizations = facet("organizations")
    assert organizations.option_label(seed_options, oas) == f"{oas} · OAS"
    under_kenya = facet_counts(seed_tables, Filter(countries=("KEN",)))
    assert organizations.option_label(seed_options, oas, under_kenya) == f"{oas} · OAS (0)"
    unfiltered = facet_counts(seed_tables, Filter())
    quotes_of_oas = Filter(organizations=(oas,)).apply(seed_tables)
    expected = sum(quotes_of_oas.count(n) for n in ("quotes", "events", "relations"))
    assert organizations.option_label(seed_options, oas, unfiltered) == f"{oas} · OAS ({expected})"
    assert facet("countries").option_label(seed_options, "KEN", unfiltered).startswith("Kenya (")
    every = option_labels(seed_options, unfiltered)
    assert every["organizations"][oas] == f"{oas} · OAS ({expected})"
    assert set(every["articles"]) == set(seed_options.articles)


def test_kept_row_terms_belong_to_the_tables_they_were_made_from(seed_tables):
    """`row_terms` keeps the last filters' terms by table identity: other tables get their own."""
    flt = Filter(countries=("KEN",))
    first = flt.row_terms(seed_tables)
    assert flt.row_terms(seed_tables) is first
    quotes = seed_tables["quotes"].copy()
    quotes["countries"] = pd.Series(["KEN"] * len(quotes), dtype="string")
    other = flt.row_terms({**seed_tables, "quotes": quotes})
    assert other["quotes"]["countries"].all() and not first["quotes"]["countries"].all()
    assert Filter(countries=("KEN",)).apply({**seed_tables, "quotes": quotes}).count("quotes") == len(quotes)


def test_counts_and_mentions_read_tables_made_of_parts(seed_tables):
    """A corpus extended by uploads holds chunked Arrow columns (pd.concat): the same answers."""
    parts = {
        name: pd.concat([df.iloc[: len(df) // 2], df.iloc[len(df) // 2 :]], ignore_index=True)
        for name, df in seed_tables.items()
    }
    flt = Filter(countries=("KEN",))
    assert facet_counts(parts, flt) == facet_counts(seed_tables, flt)
    assert flt.apply(parts).count("mentions") == flt.apply(seed_tables).count("mentions")
