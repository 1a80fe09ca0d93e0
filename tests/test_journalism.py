"""The parser on the real-style gold articles (tests/articles/journalism/): floors a little under the figures
measured when they were set, so a rule that helps one style and hurts another is caught.

These articles were written, with their gold, before the rules that read them; the figures on them are
therefore somewhat better than on text nobody has seen (the unseen set is tests/articles/heldout4/, which has
no floors; the earlier held-out sets are retired development material with floors of their own below).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus.evaluate import evaluate_journalism

FOLDER = Path(__file__).resolve().parent / "articles" / "journalism"

#: class -> (precision floor, recall floor)
FLOORS = {
    "direct quotes": (0.97, 0.98),
    "indirect quotes": (0.96, 0.96),
    "actors": (0.98, 0.98),  # 0.99 / 0.99 after the rounds of 2026-12-01 night
    "geocoding": (0.99, 0.98),
    "dateline place": (0.97, 0.97),
    "dateline country": (0.97, 0.97),
    "dates": (0.97, 0.99),  # 0.98 / 0.99 once a reading serves one gold date only (scoring of 2026-12-02); was 0.98
    "relations": (0.94, 0.90),  # 0.96 / 0.92 after the third relations round of 2026-12-01
}
DIRECT_SPEAKER_FLOOR = 0.98  # right speakers of direct quotes over the direct quotes expected
INDIRECT_SPEAKER_FLOOR = 0.95  # right speakers of indirect speech over the indirect quotes expected

#: The retired held-out sets: development material once studied, so they keep floors too, a little under the
#: figures measured when they were retired. heldout/ (43-56) was retired in the second round of 2026-12-01;
#: heldout2/ (201-212) and heldout3/ (301-312) at the start of the session of 2026-12-02, at the figures in
#: tests/articles/README.md. The unseen set has no floors: measured, not held to.
RETIRED_FLOORS = {
    "heldout": {"actors": (0.98, 0.97), "indirect quotes": (0.97, 0.97), "relations": (0.93, 0.90)},
    # raised after the session's rounds on them (0.98/0.99, 0.95/0.98, 0.91/0.88; 0.98/0.98, 0.98/0.97, 0.98/0.94)
    "heldout2": {"actors": (0.97, 0.97), "indirect quotes": (0.94, 0.96), "relations": (0.89, 0.85)},
    "heldout3": {"actors": (0.96, 0.96), "indirect quotes": (0.96, 0.95), "relations": (0.96, 0.92)},
}
#: right speakers over every expected quote, direct and indirect
RETIRED_SPEAKER_FLOORS = {"heldout": 0.97, "heldout2": 0.91, "heldout3": 0.92}  # 0.93, 0.94 when raised


@pytest.fixture(scope="module")
def scores() -> pd.DataFrame:
    return evaluate_journalism(FOLDER).set_index("class")


def test_the_set_holds_at_least_25_articles() -> None:
    assert len(list(FOLDER.glob("*.expected.json"))) >= 25


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_class_floors(scores: pd.DataFrame, name: str) -> None:
    row = scores.loc[name]
    precision, recall = FLOORS[name]
    assert row["precision"] >= precision and row["recall"] >= recall, row.to_dict()


def test_speakers_of_direct_quotes(scores: pd.DataFrame) -> None:
    frames = scores[scores.index.str.startswith("speaker: ") & (scores.index != "speaker: indirect")]
    accuracy = frames["correct"].sum() / scores.loc["direct quotes", "expected"]
    assert accuracy >= DIRECT_SPEAKER_FLOOR, frames[["correct", "expected"]].to_dict()


def test_speakers_of_indirect_speech(scores: pd.DataFrame) -> None:
    row = scores.loc["speaker: indirect"]
    assert row["correct"] / row["expected"] >= INDIRECT_SPEAKER_FLOOR, row.to_dict()


@pytest.fixture(scope="module")
def retired_scores() -> dict[str, pd.DataFrame]:
    return {name: evaluate_journalism(FOLDER.parent / name).set_index("class") for name in RETIRED_FLOORS}


@pytest.mark.parametrize(
    ("folder", "name"), [(folder, name) for folder, floors in RETIRED_FLOORS.items() for name in sorted(floors)]
)
def test_retired_held_out_floors(retired_scores: dict[str, pd.DataFrame], folder: str, name: str) -> None:
    precision, recall = RETIRED_FLOORS[folder][name]
    row = retired_scores[folder].loc[name]
    assert row["precision"] >= precision and row["recall"] >= recall, row.to_dict()


@pytest.mark.parametrize("folder", sorted(RETIRED_SPEAKER_FLOORS))
def test_retired_held_out_speakers(retired_scores: dict[str, pd.DataFrame], folder: str) -> None:
    scores = retired_scores[folder]
    frames = scores[scores.index.str.startswith("speaker: ")]
    accuracy = frames["correct"].sum() / frames["expected"].sum()
    assert accuracy >= RETIRED_SPEAKER_FLOORS[folder], frames.to_dict()
