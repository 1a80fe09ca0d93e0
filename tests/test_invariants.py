"""Properties that hold for any input: offsets slice back to the evidence, ids are unique, schemas
hold, and the same input gives byte-identical exports. Checked with hypothesis on generated text."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.corpus import export, schema
from briefing.corpus.build import build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse.models import FrontMatter, SourceDocument

# Words that exercise the extractors: names, titles, quotation marks, dates, numbers, connectors.
_VOCABULARY = [
    "Haiti",
    "Kenya",
    "United",
    "States",
    "U.S.",
    "Port-au-Prince",
    "Kenyan",
    "Kenya-led",
    "President",
    "Prime",
    "Minister",
    "Jean",
    "Dupont",
    "said",
    "told",
    "he",
    "she",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "(MSS)",
    "Multinational",
    "Security",
    "Support",
    "Mission",
    "the",
    "and",
    "of",
    "led",
    "by",
    "backed",
    "funding",
    "for",
    "June",
    "1",
    "Sept.",
    "30",
    "March",
    "2026",
    "on",
    "Tuesday",
    "last",
    "month",
    "$14",
    "million",
    "1,000",
    ",",
    ".",
    ":",
    "\n",
    "in",
    "Trinidad",
    "Tobago",
    "gang",
    "Viv",
    "Ansanm",
    "controls",
    "from",
    "to",
    "weapons",
    "flow",
    "mid-June",
    "early",
    "Washington",
    "a",
    "senior",
    "official",
    "who",
    "Dr.",
    "OAS",
    "Organization",
    "American",
]
_texts = st.one_of(
    st.lists(st.sampled_from(_VOCABULARY), max_size=80).map(" ".join),
    st.text(max_size=400),
)
_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))


def _document(body: str, published: dt.date | None) -> SourceDocument:
    return SourceDocument(
        path="generated.txt", body=body, meta=FrontMatter(title="t", published=published), sha256="0" * 64, fmt="text"
    )


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(body=_texts, published=_dates)
def test_offsets_slice_back_to_the_evidence(body: str, published: dt.date | None) -> None:
    parsed = parse_document(_document(body, published))
    for mention in parsed.mentions:
        assert body[mention["start"] : mention["end"]] == mention["text"]
    for quote in parsed.quotes:
        evidence = body[quote["start"] : quote["end"]]
        for line in quote["text"].split("\n"):
            assert line.strip() in evidence
        assert quote["sentence"] in body
    for table in (parsed.events, parsed.relations):
        for row in table:
            assert 0 <= row["start"] < row["end"] <= len(body)
            assert body[row["start"] : row["end"]] in row["sentence"]
            assert row["sentence"] in body
    for event in parsed.events:
        if event["date_text"]:
            assert body[event["start"] : event["end"]] == event["date_text"]


@_SETTINGS
@given(body=_texts, published=_dates)
def test_ids_unique_and_schemas_hold(body: str, published: dt.date | None) -> None:
    corpus = build_corpus([parse_document(_document(body, published))])
    for name, frame in corpus.tables.items():
        assert list(frame.columns) == schema.columns(name)
        id_column = schema.columns(name)[0]
        assert frame[id_column].is_unique, name
    actor_ids = set(corpus["actors"]["actor_id"])
    assert set(corpus["mentions"]["actor_id"]) <= actor_ids
    assert set(corpus["relations"]["source_actor_id"]) <= actor_ids
    assert set(corpus["relations"]["target_actor_id"]) <= actor_ids
    assert set(corpus["actors"]["type"]) <= {"person", "organization", "country", "place", "mission", "group"}
    events = corpus["events"]
    assert set(events["date_precision"].dropna()) <= {"day", "month", "year"}
    assert set(events["status"]) <= {"past", "upcoming", "current", "unresolved"}
    for row in events.itertuples():
        if row.date and not pd.isna(row.date_start):
            assert row.date_start <= row.date_end
            assert row.date_start.startswith(row.date[:4])


@settings(max_examples=40, deadline=None)
@given(body=_texts, published=_dates)
def test_same_input_same_bytes(body: str, published: dt.date | None) -> None:
    first = build_corpus([parse_document(_document(body, published))])
    second = build_corpus([parse_document(_document(body, published))])
    for name in first.tables:
        assert export.csv_bytes(first[name]) == export.csv_bytes(second[name])


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "body",
    [
        ("Secretary Jean Dupont said “Kenya-led forces will stay until June 1,” on Tuesday. " * 5000),
        ("Kenya and Haiti and " * 20000) + ".",
        "‘a ’b ‘c " * 40000,
        "“" * 100000,
    ],
    ids=["one huge paragraph", "one huge sentence", "many single marks", "only opening marks"],
)
def test_huge_inputs_do_not_stall(body: str) -> None:
    """Linear work per character: a catastrophic pattern would hit the timeout long before the end."""
    parsed = parse_document(_document(body, dt.date(2025, 5, 21)))
    for quote in parsed.quotes[:50]:
        assert quote["start"] < quote["end"]
