"""Scoring dates against gold: one predicted reading counts for one gold date only, so precision never passes 1
(before, `Monday` found once served both `Monday` and `late Monday` in the gold, and `Today`/`today` were two
predictions)."""

from __future__ import annotations

import pandas as pd

from briefing.corpus.evaluate import _score_dates


def _events(*readings: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"date_text": [t for t, _ in readings], "date": [d for _, d in readings]})


def test_one_reading_serves_one_gold_date() -> None:
    gold = [{"date_text": "Monday", "date": "2026-03-02"}, {"date_text": "late Monday", "date": "2026-03-02"}]
    score, misses = _score_dates(gold, _events(("Monday", "2026-03-02"), ("Monday", "2026-03-02")))
    assert (score.true_positives, score.predicted, score.expected) == (1, 1, 2)
    assert any("late Monday" in m for m in misses)


def test_two_readings_serve_two_gold_dates() -> None:
    gold = [{"date_text": "Monday", "date": "2026-03-02"}, {"date_text": "late Monday", "date": "2026-03-02"}]
    score, _ = _score_dates(gold, _events(("Monday", "2026-03-02"), ("late Monday", "2026-03-02")))
    assert (score.true_positives, score.predicted, score.expected) == (2, 2, 2)


def test_a_reading_in_two_cases_is_one_prediction() -> None:
    gold = [{"date_text": "today", "date": "2026-03-02"}]
    score, _ = _score_dates(gold, _events(("Today", "2026-03-02"), ("today", "2026-03-02")))
    assert (score.true_positives, score.predicted, score.expected) == (1, 1, 1)
