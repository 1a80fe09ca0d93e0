"""Print the parser's per-class precision and recall on a real-style gold folder, as markdown tables.

    python benchmarks/evaluate_journalism.py /work/staging/journalism

One table per group: quotes (direct, indirect), speakers by the frame that attributes the quote
(accuracy = right speaker / expected), actors overall and by type, geocoding, datelines, dates and
relations (and how many of the gold's `not_relations` were stated anyway). A dash is a ratio with nothing to
divide by (nothing predicted, or nothing expected). The scoring is `briefing.corpus.evaluate`.

Notes: a measurement only; the rules are not tuned to the folder it reads.
"""

from __future__ import annotations

import argparse
import math

from common import REPO  # noqa: F401  (makes `briefing` importable)

from briefing.corpus.evaluate import evaluate_journalism

GROUPS = (
    ("Quotes", ("direct quotes", "indirect quotes")),
    ("Actors", ("actors", "actors: ", "person roles", "person affiliation")),
    ("Geocoding (ISO3 of place and country actors)", ("geocoding",)),
    ("Datelines", ("dateline ",)),
    ("Dates", ("dates",)),
    ("Relations", ("relations", "relations: ")),
)


def _cell(value: object) -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"


def _belongs(name: str, prefix: str) -> bool:
    """`actors` is its own class; `actors: ` (ending in a space) opens a family of classes."""
    return name == prefix or (prefix.endswith(" ") and name.startswith(prefix))


def _table(rows: list[dict], speakers: bool) -> list[str]:
    if speakers:
        lines = ["| frame | expected | quote found | right speaker | accuracy |", "|---|---:|---:|---:|---:|"]
        for r in rows:
            accuracy = r["correct"] / r["expected"] if r["expected"] else None
            name = r["class"].removeprefix("speaker: ")
            lines.append(f"| {name} | {r['expected']} | {r['predicted']} | {r['correct']} | {_cell(accuracy)} |")
        return lines
    lines = ["| class | precision | recall | correct | predicted | expected |", "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['class']} | {_cell(r['precision'])} | {_cell(r['recall'])} "
            f"| {r['correct']} | {r['predicted']} | {r['expected']} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="folder of NN_slug.txt + NN_slug.expected.json")
    args = parser.parse_args()
    rows = evaluate_journalism(args.folder).to_dict("records")
    speaker_rows = [r for r in rows if r["class"].startswith("speaker: ")]
    total = {
        "class": "speaker: all",
        "correct": sum(r["correct"] for r in speaker_rows),
        "predicted": sum(r["predicted"] for r in speaker_rows),
        "expected": sum(r["expected"] for r in speaker_rows),
    }
    print("### Speakers by frame\n")
    print("\n".join(_table([*speaker_rows, total], speakers=True)), end="\n\n")
    for title, prefixes in GROUPS:
        chosen = [r for r in rows if any(_belongs(r["class"], p) for p in prefixes)]
        print(f"### {title}\n")
        print("\n".join(_table(chosen, speakers=False)), end="\n\n")
    wrong = next((r for r in rows if r["class"] == "not_relations"), None)
    if wrong is not None:
        print(f"Not-relations stated anyway: {wrong['predicted']} of the gold's {wrong['expected']} (0 is right).")


if __name__ == "__main__":
    main()
