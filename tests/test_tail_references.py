"""A body named again by the last words of its name (`the Royal Bahamas Defence Force` … `the Defence Force
said`) is that body, when exactly one longer body named before ends so; with two candidates, or the short
name first, nothing is merged. Invented sentences."""

from __future__ import annotations

from test_titles_without_stops import tables


def test_the_short_name_after_the_full_one_is_the_same_body() -> None:
    corpus = tables(
        "The Royal Bahamas Defence Force intercepted a sloop near Inagua on Sunday. "
        "The Defence Force said 41 migrants were aboard."
    )
    names = set(corpus["actors"]["name"])
    assert "Royal Bahamas Defence Force" in names and "Defence Force" not in names
    quote = corpus["quotes"].iloc[0]
    assert quote["speaker"] == "Royal Bahamas Defence Force"
    mentions = corpus["mentions"]
    body = "The Royal Bahamas Defence Force intercepted a sloop near Inagua on Sunday. The Defence Force said"
    short = mentions[mentions["start"] == body.rindex("Defence Force")]
    assert len(short) == 1 and short.iloc[0]["actor_id"] == quote["speaker_actor_id"]


def test_two_longer_candidates_leave_the_short_name_alone() -> None:
    corpus = tables(
        "The Jamaica Defence Force and the Royal Bahamas Defence Force met in Nassau. "
        "The Defence Force said the patrols would continue."
    )
    names = set(corpus["actors"]["name"])
    assert {"Jamaica Defence Force", "Royal Bahamas Defence Force", "Defence Force"} <= names
    assert corpus["quotes"].iloc[0]["speaker"] not in {"Jamaica Defence Force", "Royal Bahamas Defence Force"}


def test_a_short_name_before_the_full_one_is_not_merged() -> None:
    names = set(
        tables(
            "The Defence Force said on Monday that patrols would resume. "
            "Officials of the Royal Bahamas Defence Force were not available."
        )["actors"]["name"]
    )
    assert "Defence Force" in names
