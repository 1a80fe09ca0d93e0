"""The seed article must come out complete: its quotes, speakers, actors, dates and relations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus.build import Corpus, parse_paths

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4104682b749e9c8f.txt"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return parse_paths([SEED])


@pytest.fixture(scope="module")
def body(corpus: Corpus) -> str:
    return next(iter(corpus.texts.values()))


def _actor(corpus: Corpus, name: str) -> pd.Series:
    rows = corpus["actors"][corpus["actors"]["name"] == name]
    assert len(rows) == 1, f"{name} not among {sorted(corpus['actors']['name'])}"
    return rows.iloc[0]


def test_article_metadata_comes_from_front_matter(corpus: Corpus) -> None:
    article = corpus["articles"].iloc[0]
    assert article["title"] == "Rubio suggests OAS should step in as Haiti faces catastrophe"
    assert article["source"] == "Caribbean National Weekly"
    assert article["published"] == "2025-05-21"
    assert article["paragraphs"] == 14


def test_eight_quotes_all_by_rubio(corpus: Corpus) -> None:
    quotes = corpus["quotes"][corpus["quotes"]["kind"] != "indirect"]
    assert len(quotes) == 8
    assert set(quotes["speaker"]) == {"Marco Rubio"}
    assert set(quotes["speaker_actor_id"]) == {_actor(corpus, "Marco Rubio")["actor_id"]}


def test_quote_kinds_cues_and_attributions(corpus: Corpus) -> None:
    quotes = corpus["quotes"]
    partial = quotes[quotes["kind"] == "partial"]
    assert list(partial["text"]) == ["force"]
    full = quotes[quotes["kind"] == "full"]
    with_verb = full[full["cue"] != ""]
    assert len(with_verb) == 4
    assert sorted(with_verb["cue"]) == ["said", "said", "said", "stated"]
    assert with_verb[with_verb["cue"] == "stated"]["attribution"].tolist() == ["pronoun"]
    without_verb = full[full["cue"] == ""]
    assert len(without_verb) == 3
    assert set(without_verb["attribution"]) == {"context"}


def test_reported_speech_is_rubio_s_too(corpus: Corpus) -> None:
    indirect = corpus["quotes"][corpus["quotes"]["kind"] == "indirect"]
    assert sorted(indirect["cue"]) == ["acknowledged", "announcing", "clarified", "emphasized", "has suggested"]
    assert set(indirect["speaker"]) == {"Marco Rubio"}


def test_quote_text_has_no_marks_and_offsets_hold_it(corpus: Corpus, body: str) -> None:
    for quote in corpus["quotes"][corpus["quotes"]["kind"] != "indirect"].itertuples():
        evidence = body[quote.start : quote.end]
        assert evidence[0] == "“" and evidence[-1] == "”"
        assert evidence[1:-1] == quote.text
        assert quote.sentence in body


def test_middle_attribution_continues_the_speaker(corpus: Corpus) -> None:
    quotes = corpus["quotes"]
    second = quotes[quotes["text"].str.startswith("That mission alone")].iloc[0]
    assert (second["speaker"], second["cue"], second["attribution"]) == ("Marco Rubio", "said", "explicit")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Marco Rubio", "person"),
        ("Organization of American States", "organization"),
        ("Multinational Security Support Mission", "mission"),
        ("Kenya", "country"),
        ("United States", "country"),
        ("Haiti", "country"),
        ("Port-au-Prince", "place"),
        ("Senate Foreign Relations Committee", "organization"),
        ("The Miami Herald", "organization"),
        ("Miami", "place"),
        ("Jamaica", "country"),
        ("Trinidad and Tobago", "country"),
    ],
)
def test_expected_actors(corpus: Corpus, name: str, kind: str) -> None:
    assert _actor(corpus, name)["type"] == kind


def test_actor_attributes(corpus: Corpus) -> None:
    rubio = _actor(corpus, "Marco Rubio")
    assert rubio["role"] == "Secretary of State"
    assert "Rubio" in rubio["aliases"].split(";")
    assert "OAS" in _actor(corpus, "Organization of American States")["aliases"].split(";")
    assert "MMSS" in _actor(corpus, "Multinational Security Support Mission")["aliases"].split(";")
    assert "Kenyans" in _actor(corpus, "Kenya")["aliases"].split(";")
    assert _actor(corpus, "Kenya")["country"] == "KEN"
    assert _actor(corpus, "Miami")["country"] == "USA"
    assert _actor(corpus, "Port-au-Prince")["country"] == "HTI"
    assert pd.notna(_actor(corpus, "Jamaica")["lat"])


def test_no_fragments_as_actors(corpus: Corpus) -> None:
    names = set(corpus["actors"]["name"])
    for fragment in ("State", "Tobago", "Trinidad", "Speaking", "Although", "Despite", "Secretary", "He"):
        assert fragment not in names


def test_dates_resolve_against_publication(corpus: Corpus) -> None:
    events = corpus["events"]
    tuesday = events[events["date_text"] == "Tuesday"].iloc[0]
    assert (tuesday["date"], tuesday["date_precision"], tuesday["status"]) == ("2025-05-20", "day", "past")
    assert tuesday["kind"] == "hearing"
    june = events[events["date_text"] == "June 1"].iloc[0]
    assert (june["date"], june["date_precision"], june["kind"], june["status"]) == (
        "2025-06-01",
        "day",
        "deadline",
        "upcoming",
    )
    march = events[events["date_text"] == "March 2026"]
    assert len(march) == 2
    assert set(march["date"]) == {"2026-03"} and set(march["date_precision"]) == {"month"}
    assert set(march["date_start"]) == {"2026-03-01"} and set(march["date_end"]) == {"2026-03-31"}


def test_funding_decisions_of_the_mission(corpus: Corpus) -> None:
    mission = _actor(corpus, "Multinational Security Support Mission")["actor_id"]
    events = corpus["events"]
    funding = events[events["topics"].str.contains("funding") & events["actor_ids"].str.contains(mission)]
    sentences = " ".join(funding["sentence"])
    assert "cuts to the funding" in sentences
    assert "until June 1" in sentences
    assert "no Latin American countries" in sentences
    undated = funding[funding["date_text"] == ""]
    assert list(undated["date"]) == ["2025-05-21"]


def test_relations(corpus: Corpus) -> None:
    relations = corpus["relations"]
    triples = set(zip(relations["source"], relations["relation"], relations["target"], strict=True))
    assert ("Kenya", "leads", "Multinational Security Support Mission") in triples
    assert ("United States", "backs", "Multinational Security Support Mission") in triples
    assert ("United States", "funds", "Multinational Security Support Mission") in triples
    # `stem the flow of weapons leaving Miami ... arriving in Haiti, Jamaica, Trinidad and Tobago` is a route
    for destination in ("Haiti", "Jamaica", "Trinidad and Tobago"):
        assert ("Miami", "trafficked_to", destination) in triples
    assert ("United States", "trafficked_to", "Caribbean") in triples  # `the illegal flow of firearms from the U.S.`
    assert "supplies" not in set(relations["relation"])  # nobody in the article supplies anyone


def test_what_is_trafficked_is_kept(corpus: Corpus) -> None:
    routes = corpus["relations"][corpus["relations"]["relation"] == "trafficked_to"]
    assert dict(zip(routes["target"], routes["item"], strict=True)) == {
        "Caribbean": "firearms",
        "Haiti": "weapons",
        "Jamaica": "weapons",
        "Trinidad and Tobago": "weapons",
    }
    assert set(corpus["relations"].loc[corpus["relations"]["relation"] != "trafficked_to", "item"]) == {""}


def test_an_outlet_reporting_is_not_a_relation(corpus: Corpus) -> None:
    # `The Miami Herald reported that OAS involvement is not ...`: where a claim comes from, not a relation
    sources = set(corpus["relations"]["source"])
    assert "The Miami Herald" not in sources
    assert len(corpus["relations"]) == 10


def test_rows_can_be_filtered_by_country_and_organization(corpus: Corpus) -> None:
    quotes = corpus["quotes"]
    assert quotes["countries"].str.contains("HTI").any()
    assert quotes["organizations"].str.contains("Organization of American States").any()
    relations = corpus["relations"]
    kenya = relations[relations["countries"].str.split(";").map(lambda codes: "KEN" in codes)]
    assert set(kenya["relation"]) == {"leads"}
