"""List each article's relation misses and wrong relations against its gold, with the sentence behind each
wrong one, and the folder's totals per relation.

    python benchmarks/relation_misses.py tests/articles/journalism tests/articles/heldout
    python benchmarks/relation_misses.py tests/articles/journalism --only 125 126

A miss is a gold (source, relation, target) the parser did not state; a wrong one is a stated triple the
gold does not hold (`!` marks one the gold's `not_relations` rules out). Matching is by canonical name or
alias, as `briefing.corpus.evaluate_classes.score_relations` matches.

Notes: a development aid that reads the gold; it tunes nothing by itself.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from common import REPO  # noqa: F401  (makes `briefing` importable)

from briefing.corpus.build import build_corpus
from briefing.corpus.rows import rows_of
from briefing.corpus.scores import norm, row_names
from briefing.parse import pipeline
from briefing.parse.read import read_file


def _article(article: Path, gold: dict) -> tuple[list[str], list[str], dict[str, list[int]]]:
    """(misses, wrong relations with their sentence, per relation [correct, predicted, expected])."""
    source = read_file(article)
    corpus = build_corpus([rows_of(source, pipeline.parse(source))])
    actors, relations = corpus["actors"], corpus["relations"]
    names = {row["actor_id"]: row_names(row) for _, row in actors.iterrows()}
    label = dict(zip(actors["actor_id"], actors["name"], strict=True))
    stated = {(r.source_actor_id, r.relation, r.target_actor_id): r.sentence for r in relations.itertuples()}

    def matches(item: dict, p: tuple[str, str, str]) -> bool:
        return (
            p[1] == item["relation"]
            and norm(item["source"]) in names.get(p[0], ())
            and norm(item["target"]) in names.get(p[2], ())
        )

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    used: set[tuple[str, str, str]] = set()
    misses = []
    for item in gold["relations"]:
        counts[item["relation"]][2] += 1
        hit = next((p for p in sorted(stated) if matches(item, p)), None)
        if hit is None:
            misses.append(f"  - miss  {item['source']} {item['relation']} {item['target']}")
        else:
            used.add(hit)
            counts[item["relation"]][0] += 1
    ruled_out = gold.get("not_relations", [])
    wrong = []
    for p in sorted(stated):
        counts[p[1]][1] += 1
        if p in used:
            continue
        mark = "!" if any(matches(item, p) for item in ruled_out) else " "
        wrong.append(f"  {mark} wrong {label[p[0]]} {p[1]} {label[p[2]]}\n        | {stated[p][:220]}")
    return misses, wrong, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="gold folders (NN_slug.txt + NN_slug.expected.json)")
    parser.add_argument("--only", nargs="*", default=[], help="article number prefixes to list")
    args = parser.parse_args()
    for folder in args.folders:
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for gold_path in sorted(Path(folder).glob("*.expected.json")):
            if args.only and not any(gold_path.name.startswith(f"{n}_") for n in args.only):
                continue
            article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
            misses, wrong, counts = _article(article, json.loads(gold_path.read_text("utf-8")))
            for rel, (c, p, e) in counts.items():
                totals[rel][0] += c
                totals[rel][1] += p
                totals[rel][2] += e
            if misses or wrong:
                print(f"{article.name}")
                print("\n".join([*misses, *wrong]))
        c, p, e = (sum(t[i] for t in totals.values()) for i in range(3))
        print(f"\n{folder}: relations P {c / p if p else 0:.2f} R {c / e if e else 0:.2f} ({c} right / {p} / {e})")
        for rel, (c, p, e) in sorted(totals.items()):
            print(f"  {rel:14} P {c / p if p else 0:.2f} R {c / e if e else 0:.2f} ({c}/{p}/{e})")


if __name__ == "__main__":
    main()
