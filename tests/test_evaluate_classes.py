"""The real-style scorer (`evaluate_journalism`) on a made-up article: what each class counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.corpus.evaluate import evaluate_journalism

ARTICLE = """---
title: Test
source: Test wire
published: 2025-03-04
---
Canada funds the Haitian National Police, officials said on Monday.
“We will stay,” said Jane Roe, a spokesperson for the mission.
"""

GOLD = {
    "dateline": {"place": "Ottawa", "country": "CAN", "agency": "AP"},
    "quotes": [
        {"starts_with": "We will stay", "speaker": "Jane Roe", "kind": "full", "frame": "apposition"},
        {"starts_with": "Canada funds the Haitian", "speaker": "officials", "kind": "indirect", "frame": "indirect"},
    ],
    "not_quotes": [],
    "actors": [
        {"name": "Canada", "type": "country", "aliases": [], "role": "", "country": "CAN"},
        {"name": "Haitian National Police", "type": "organization", "aliases": [], "role": "", "country": "HTI"},
        {"name": "Jane Roe", "type": "person", "aliases": [], "role": "spokesperson", "country": ""},
    ],
    "optional_actors": ["Test Wire"],
    "not_actors": [],
    "dates": [{"date_text": "Monday", "date": "2025-03-03", "precision": "day", "kind": "statement"}],
    "not_dates": [],
    "relations": [{"source": "Canada", "relation": "funds", "target": "Haitian National Police"}],
    "not_relations": [{"source": "Haitian National Police", "relation": "funds", "target": "Canada"}],
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder: Path = tmp_path_factory.mktemp("journalism")
    (folder / "01_test.txt").write_text(ARTICLE, "utf-8")
    (folder / "01_test.expected.json").write_text(json.dumps(GOLD), "utf-8")
    return {row["class"]: row for row in evaluate_journalism(folder).to_dict("records")}


def test_direct_and_indirect_quotes_are_counted_apart(scores: dict[str, dict]) -> None:
    assert (scores["direct quotes"]["correct"], scores["direct quotes"]["expected"]) == (1, 1)
    assert scores["indirect quotes"]["expected"] == 1
    assert scores["speaker: apposition"]["correct"] == 1


def test_actors_by_type_and_geocoding(scores: dict[str, dict]) -> None:
    assert scores["actors: country"]["correct"] == 1
    assert scores["actors: person"]["correct"] == 1
    assert scores["geocoding"]["expected"] == 1 and scores["geocoding"]["correct"] == 1


def test_a_missing_dateline_is_a_miss_not_an_error(scores: dict[str, dict]) -> None:
    for part in ("place", "country", "agency"):
        row = scores[f"dateline {part}"]
        assert (row["correct"], row["predicted"], row["expected"]) == (0, 0, 1)


def test_relations_and_not_relations(scores: dict[str, dict]) -> None:
    assert scores["relations: funds"]["correct"] == 1
    assert (scores["not_relations"]["predicted"], scores["not_relations"]["expected"]) == (0, 1)
    assert scores["dates"]["correct"] == 1
