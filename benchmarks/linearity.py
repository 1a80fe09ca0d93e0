"""Time per KB of adversarial shapes at 10, 20, 40 and 80 KB: flat when every stage is linear.

Each shape repeats one pattern that once made some stage re-scan its whole sentence or paragraph per
finding (dates in one sentence, quote-and-attribution pairs, relation phrases, thousands of short
quotations), and a few more (capitalised runs, acronym definitions, an unbroken paragraph of words).
Prints CPU milliseconds per KB for each size and the ratio of the largest size's figure to the smallest
(about 1 for linear time; 8 would be quadratic). `tests/test_linear_time.py` holds a generous guard.

Usage: python benchmarks/linearity.py [--sizes 10 20 40 80] [--stages]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time

from common import REPO

from briefing.corpus.rows import parse_document
from briefing.parse import pipeline
from briefing.parse.models import FrontMatter, SourceDocument

SHAPES = {
    name: unit
    for name, unit in json.loads(
        (REPO / "benchmarks" / "corpus_data" / "adversarial_shapes.json").read_text("utf-8")
    ).items()
    if not name.startswith("_")
}


def source(body: str) -> SourceDocument:
    meta = FrontMatter(title="shape", published=dt.date(2025, 5, 21))
    return SourceDocument(path="shape.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")


def text_of(unit: str, kilobytes: int) -> str:
    count = max(1, kilobytes * 1000 // len(unit.encode("utf-8")))
    return (unit * count).strip() + "."


def cpu_ms_per_kb(unit: str, kilobytes: int) -> float:
    body = text_of(unit, kilobytes)
    start = time.process_time()
    parse_document(source(body))
    return (time.process_time() - start) * 1000 / (len(body.encode("utf-8")) / 1000)


def stage_ms_per_kb(unit: str, kilobytes: int) -> dict[str, float]:
    body = text_of(unit, kilobytes)
    size = len(body.encode("utf-8")) / 1000
    start = time.process_time()
    doc = pipeline.segment(body, source(body))
    figures = {"segment": (time.process_time() - start) * 1000 / size}
    for stage in pipeline.STAGES:
        start = time.process_time()
        setattr(doc, stage.name, stage.run(doc))
        figures[stage.name] = (time.process_time() - start) * 1000 / size
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 20, 40, 80])
    parser.add_argument("--stages", action="store_true", help="also print each stage's ms/KB at the largest size")
    args = parser.parse_args(argv)
    parse_document(source("Warm-up: lexicons and gazetteers load here, outside the clock."))
    header = " | ".join(f"{s} KB" for s in args.sizes)
    print(f"| shape | {header} | ratio |")
    print("|---|" + "---|" * len(args.sizes) + "---|")
    for name, unit in SHAPES.items():
        figures = [cpu_ms_per_kb(unit, size) for size in args.sizes]
        cells = " | ".join(f"{f:.2f}" for f in figures)
        print(f"| {name} | {cells} | {figures[-1] / figures[0]:.2f} |")
    if args.stages:
        print(f"\nms/KB by stage at {args.sizes[-1]} KB")
        for name, unit in SHAPES.items():
            stages = stage_ms_per_kb(unit, args.sizes[-1])
            print(f"  {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
