"""List, per article, the place, geocoding, dateline and date misses and false positives on a gold folder.

    python benchmarks/place_date_misses.py tests/articles/journalism [tests/articles/heldout ...]

One block per article with something wrong: places and countries the gold lists but the parser
missed or typed otherwise, places and countries the parser found that the gold does not list (and
that are not optional), a wrong or missing ISO3, a dateline that differs, and dates missed, wrongly
resolved or extra. A closing line counts each kind over every folder. The scoring is the evaluator's
(`briefing.corpus.evaluate`, `evaluate_classes`); this script only says where the figures come from.

Notes: a measurement for whoever writes place and date rules; never tune to one article's line.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from common import REPO  # noqa: F401  (makes `briefing` importable)

from briefing.corpus.build import build_corpus
from briefing.corpus.evaluate import _dateline_found, _score_dates
from briefing.corpus.rows import rows_of
from briefing.corpus.scores import norm, row_names
from briefing.parse import pipeline
from briefing.parse.read import read_file

GEO = ("place", "country")


def _actor_lines(gold: dict, actors) -> list[tuple[str, str]]:
    names = {i: row_names(row) for i, row in actors.iterrows()}
    optional = {norm(n) for n in gold.get("optional_actors", [])}
    matched: set[int] = set()
    lines = []
    for item in gold["actors"]:
        wanted = {norm(item["name"]), *(norm(a) for a in item.get("aliases", []))}
        folded = norm(item["name"])
        hit = next((i for i in actors.index if norm(actors.at[i, "name"]) in wanted or folded in names[i]), None)
        if hit is not None:
            matched.add(hit)
        if item["type"] not in GEO:
            if hit is not None and actors.at[hit, "type"] in GEO:
                lines.append(("typed as place", f"{item['name']} ({item['type']}) read as {actors.at[hit, 'type']}"))
            continue
        if hit is None:
            lines.append(("place missed", f"{item['name']} ({item['type']}, {item['country'] or '-'})"))
            continue
        row = actors.loc[hit]
        if row["type"] != item["type"]:
            lines.append(("place mistyped", f"{item['name']}: {row['type']}, expected {item['type']}"))
        if item["country"] and row["country"] != item["country"]:
            lines.append(("geocoding", f"{item['name']}: {row['country'] or '-'}, expected {item['country']}"))
    for i in actors.index:
        if i not in matched and actors.at[i, "type"] in GEO and not (names[i] & optional):
            row = actors.loc[i]
            lines.append(("place extra", f"{row['name']} ({row['type']}, {row['country'] or '-'})"))
    return lines


def _dateline_lines(gold: dict, found: dict | None) -> list[tuple[str, str]]:
    want = gold.get("dateline")
    if not want and not found:
        return []
    parts = ("place", "country", "agency")
    if want and found and all(norm(want.get(p) or "") == norm(found.get(p) or "") for p in parts):
        return []
    return [("dateline", f"found {found}, expected {want}")]


def _date_lines(misses: list[str]) -> list[tuple[str, str]]:
    kinds = (("date not found", "date missed"), ("extra date", "date extra"), ("date ", "date wrong"))
    return [(next(k for prefix, k in kinds if m.startswith(prefix)), m) for m in misses]


def article_lines(article: Path) -> list[tuple[str, str]]:
    """(kind, text) for every place, geocoding, dateline and date error of one gold article."""
    gold = json.loads(article.with_name(article.name.replace(".txt", ".expected.json")).read_text("utf-8"))
    source = read_file(article)
    doc = pipeline.parse(source)
    corpus = build_corpus([rows_of(source, doc)])
    _, date_misses = _score_dates(gold["dates"], corpus["events"])
    return [
        *_dateline_lines(gold, _dateline_found(doc)),
        *_actor_lines(gold, corpus["actors"]),
        *_date_lines(date_misses),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="gold folders of NN_slug.txt + NN_slug.expected.json")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    for folder in args.folders:
        for gold_path in sorted(Path(folder).glob("*.expected.json")):
            article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
            lines = article_lines(article)
            totals.update(kind for kind, _ in lines)
            if lines:
                print(f"## {article.name}")
                print("\n".join(f"- {kind}: {text}" for kind, text in lines), end="\n\n")
    print("Totals: " + ", ".join(f"{kind} {n}" for kind, n in sorted(totals.items())))


if __name__ == "__main__":
    main()
