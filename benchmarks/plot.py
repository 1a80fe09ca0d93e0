"""Plot parse time and filter latency against corpus size from the benchmarks' results file.

Reads the JSON that `parse_throughput.py`, `ingest_scaling.py` and `dashboard_latency.py` merge their
figures into, and writes one PNG with two panels (log-log): seconds to parse (one core, in process)
and to export end to end (one and two workers, cold and warm cache); and the dashboard's filter-change
latency (median page and slowest page) with the 200 ms target. Needs matplotlib.

Usage: python benchmarks/plot.py [--results /tmp/briefing-bench/results.json] [--out benchmarks/scaling.png]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path

import matplotlib
from common import DEFAULT_WORK

HERE = Path(__file__).resolve().parent


def _finite(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(x, y) for x, y in points if math.isfinite(y) and y > 0]


def _line(axis, points: list[tuple[float, float]], label: str, **style) -> None:
    points = _finite(points)
    if points:
        xs, ys = zip(*sorted(points), strict=True)
        axis.plot(xs, ys, marker="o", label=label, **style)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=DEFAULT_WORK / "results.json")
    parser.add_argument("--out", type=Path, default=HERE / "scaling.png")
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text(encoding="utf-8"))
    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    figure, (parse_axis, latency_axis) = plt.subplots(1, 2, figsize=(12, 4.8), constrained_layout=True)

    throughput = results.get("parse_throughput", {}).get("results", {}).get("rows", [])
    synthetic = [r for r in throughput if r["corpus"] != "seeds"]
    _line(parse_axis, [(r["articles"], r["parse_seconds"]) for r in synthetic], "parse only, 1 core (in process)")
    _line(parse_axis, [(r["articles"], r["spacy_seconds"]) for r in synthetic], "spaCy blank + sentencizer", ls=":")
    ingest = results.get("ingest_scaling", {}).get("results", {}).get("rows", [])
    labels = {"cold w1": "1 worker, cold cache", "cold w2": "2 workers, cold", "warm w1": "1 worker, warm cache"}
    for key, label in labels.items():
        points = [(r["articles"], r["median_seconds"][key]) for r in ingest if key in r["median_seconds"]]
        _line(parse_axis, points, f"export end to end: {label}", ls="--" if "warm" in key else "-")
    parse_axis.axhline(30, color="grey", lw=0.8, ls="-.", label="30 s target (10,000 articles)")
    parse_axis.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds", title="Parse and export time")
    parse_axis.legend(fontsize=8)

    rows = results.get("dashboard_latency", {}).get("results", {}).get("rows", [])
    per_size = [(r["articles"], [p["filter_change"] for p in r["pages"].values()]) for r in rows]
    _line(latency_axis, [(n, statistics.median(v)) for n, v in per_size], "median page")
    _line(latency_axis, [(n, max(v)) for n, v in per_size], "slowest page (missing: timed out)", ls="--")
    for n, values in per_size:
        if math.inf in values:
            latency_axis.annotate(f"{values.count(math.inf)} page(s) timed out", (n, 0.2), fontsize=8, rotation=90)
    latency_axis.axhline(0.2, color="grey", lw=0.8, ls="-.", label="200 ms target")
    latency_axis.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds per filter change")
    latency_axis.set_title("Dashboard filter change (server side, AppTest)")
    latency_axis.legend(fontsize=8)

    figure.savefig(args.out, dpi=110)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
