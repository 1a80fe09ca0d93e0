"""Quotation, actor and relation patterns on short texts of our own, one phenomenon each."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from briefing.corpus.build import Corpus, build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse.models import FrontMatter, SourceDocument


def parse(body: str, published: dt.date | None = dt.date(2025, 5, 21)) -> Corpus:
    doc = SourceDocument(path="t.txt", body=body, meta=FrontMatter(published=published), sha256="0" * 64, fmt="text")
    return build_corpus([parse_document(doc)])


def quotes(body: str) -> list[tuple[str, str, str, str, str]]:
    frame = parse(body)["quotes"]
    return list(zip(frame["text"], frame["speaker"], frame["cue"], frame["attribution"], frame["kind"], strict=True))


def test_attribution_after_and_inverted() -> None:
    body = "Prime Minister Jean Dupont spoke.\n“We will win,” Dupont said.\n“We will not wait,” said Dupont."
    assert quotes(body) == [
        ("We will win,", "Jean Dupont", "said", "explicit", "full"),
        ("We will not wait,", "Jean Dupont", "said", "explicit", "full"),
    ]


def test_straight_and_single_quotation_marks() -> None:
    body = 'Sen. Maria Lopez arrived.\n"It isn\'t enough," Lopez said.\n‘Haiti’s police need pay,’ she added.'
    result = quotes(body)
    assert [q[0] for q in result] == ["It isn't enough,", "Haiti’s police need pay,"]
    assert [q[1] for q in result] == ["Maria Lopez", "Maria Lopez"]
    assert result[1][3] == "pronoun"


def test_colon_lead_in_on_the_next_paragraph() -> None:
    body = "Police Chief Frantz Elie told reporters:\n“The roads are closed.”"
    assert quotes(body) == [("The roads are closed.", "Frantz Elie", "told reporters", "explicit", "full")]


def test_multi_paragraph_quote_is_one_row() -> None:
    body = "Ambassador Ana Ruiz spoke at length.\n“First paragraph.\n“Second paragraph.\n“Last one,” Ruiz said."
    corpus = parse(body)
    (row,) = corpus["quotes"].itertuples()
    assert row.text == "First paragraph.\nSecond paragraph.\nLast one,"
    assert (row.speaker, row.cue) == ("Ana Ruiz", "said")
    assert body[row.start : row.end].startswith("“First") and body[row.start : row.end].endswith("one,”")


def test_partial_quote_and_title_and_scare_quote() -> None:
    body = (
        "President Ruth Kamau called the plan “a lifeline for the capital” on Monday. "
        "A report titled “Haiti at the Crossroads” was published. The “voluntary” model failed."
    )
    assert quotes(body) == [("a lifeline for the capital", "Ruth Kamau", "called", "explicit", "partial")]


def test_anonymous_source_kept_as_written() -> None:
    body = "“We are out of money,” a senior U.N. official said."
    assert quotes(body) == [("We are out of money,", "a senior U.N. official", "said", "explicit", "full")]


def test_nested_quote_stays_inside() -> None:
    body = "“They told us ‘wait’ again,” said Dr. Paul Anwar."
    assert quotes(body) == [("They told us ‘wait’ again,", "Paul Anwar", "said", "explicit", "full")]


def test_unclosed_quote_is_recovered_to_the_paragraph_end() -> None:
    body = "Mayor Rose Petit said: “We need help now.\nThe council met later."
    (row,) = parse(body)["quotes"].itertuples()
    assert row.text == "We need help now."
    assert row.speaker == "Rose Petit"


def _actors(body: str) -> pd.DataFrame:
    return parse(body)["actors"].set_index("name")


def test_people_titles_acronyms_and_demonyms() -> None:
    actors = _actors(
        "Kenyan President William Ruto met the Haitian National Police (PNH) chief. Ruto said the PNH "
        "and Kenyans would stay. Trinidad and Tobago sent officers."
    )
    assert actors.loc["William Ruto", "role"] == "President"
    assert actors.loc["William Ruto", "country"] == "KEN"
    assert "Ruto" in actors.loc["William Ruto", "aliases"]
    assert "PNH" in actors.loc["Haitian National Police", "aliases"]
    assert actors.loc["Haitian National Police", "country"] == "HTI"
    assert "Kenyans" in actors.loc["Kenya", "aliases"]
    assert "Trinidad and Tobago" in actors.index and "Tobago" not in actors.index


def test_acronym_whose_letters_do_not_follow_the_name() -> None:
    actors = _actors("The Transitional Presidential Council (CPT) met. The CPT then adjourned.")
    assert actors.loc["Transitional Presidential Council", "aliases"] == "CPT"
    assert len(parse("The Transitional Presidential Council (CPT) met. The CPT then adjourned.")["mentions"]) == 3


def test_capital_for_its_government_and_as_a_place() -> None:
    corpus = parse("Washington pledged more money. Aid workers flew to Nairobi.")
    names = set(corpus["actors"]["name"])
    assert "United States" in names and "Nairobi" in names and "Washington" not in names


def test_relations_from_prefix_passive_and_flow() -> None:
    corpus = parse(
        "The Kenya-led Multinational Security Support Mission (MSS) is short of money. "
        "The mission, backed by Canada and Brazil, holds the airport. "
        "Guns flowing from Florida to Haiti and Jamaica worry police."
    )
    triples = set(
        zip(corpus["relations"]["source"], corpus["relations"]["relation"], corpus["relations"]["target"], strict=True)
    )
    mission = "Multinational Security Support Mission"
    assert {("Kenya", "leads", mission), ("Canada", "backs", mission), ("Brazil", "backs", mission)} <= triples
    assert {("Florida", "trafficked_to", "Haiti"), ("Florida", "trafficked_to", "Jamaica")} <= triples


def test_nothing_from_an_empty_or_quote_only_text() -> None:
    corpus = parse("“”")
    assert corpus["quotes"].empty and corpus["actors"].empty


def test_french_guillemets() -> None:
    body = "Interim Prime Minister Alix Fils-Aimé told reporters: « We will take back every neighborhood. »"
    assert quotes(body) == [
        ("We will take back every neighborhood.", "Alix Fils-Aimé", "told reporters", "explicit", "full")
    ]


def test_straight_marks_nested_in_a_curly_quotation() -> None:
    body = 'Prime Minister Jean Dupont spoke. “He said "no" to them,” Dupont said.'
    assert quotes(body) == [('He said "no" to them,', "Jean Dupont", "said", "explicit", "full")]
