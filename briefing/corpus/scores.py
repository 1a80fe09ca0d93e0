"""The counts every gold comparison shares: a `Score` (true positives, predicted, expected) and name folding.

Owns the arithmetic of precision and recall and how two names are compared, so the two scorers
(`evaluate` for `tests/articles`, `evaluate_classes` for the real-style set) count the same way.

Notes: precision with nothing predicted is 1.0 (nothing wrong was said), recall with nothing
expected is 1.0; a table that prints them should show the counts beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from briefing.parse.gazetteer import fold


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.expected += other.expected


def norm(text: str) -> str:
    """Case, accents, curly quotes and runs of white space folded: how gold and output text are compared."""
    return " ".join(fold(text).lower().replace("“", '"').replace("”", '"').split())


def row_names(row: pd.Series) -> set[str]:
    """An actor row's canonical name and aliases, folded."""
    aliases = row["aliases"] if isinstance(row["aliases"], str) else ""
    return {norm(row["name"]), *(norm(a) for a in aliases.split(";") if a)}
