"""A generous guard against quadratic time: each adversarial shape at 200 KB costs at most about four
times what it costs at 50 KB (linear: 4; quadratic: 16), and stays within a minute.

The shapes are those that once made a stage re-scan a whole sentence or paragraph per finding;
`benchmarks/linearity.py` prints the figures behind this test (ms per KB at 10-80 KB).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from briefing.corpus.rows import parse_document
from briefing.parse.models import FrontMatter, SourceDocument

SHAPES_FILE = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_data" / "adversarial_shapes.json"
SHAPES = {name: unit for name, unit in json.loads(SHAPES_FILE.read_text("utf-8")).items() if not name.startswith("_")}
#: Up to 10x for 4x the text: noise on a shared machine stays under it, quadratic growth (16x) does not.
MAX_GROWTH = 10.0


def _seconds(unit: str, kilobytes: int) -> float:
    body = (unit * (kilobytes * 1000 // len(unit.encode("utf-8")))).strip() + "."
    meta = FrontMatter(title="shape", published=dt.date(2025, 5, 21))
    source = SourceDocument(path="shape.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    best = float("inf")
    for _ in range(2):  # the better of two: a busy neighbour slows one run, not the shape
        start = time.process_time()
        parse_document(source)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.timeout(240)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_time_grows_linearly_with_the_text(shape: str) -> None:
    unit = SHAPES[shape]
    small, large = _seconds(unit, 50), _seconds(unit, 200)
    assert large < 60
    assert large <= MAX_GROWTH * max(small, 0.05), (small, large)
