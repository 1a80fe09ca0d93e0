"""List every gold speaker the parser gets wrong, with the parser's string, and the kind of miss.

    python benchmarks/speaker_misses.py tests/articles/journalism tests/articles/heldout

Quotes are matched to the gold as `briefing.corpus.evaluate_classes.score_quotes` matches them (direct by
their opening, indirect by containing the gold clause). A miss is put in one class, read from the two
strings alone, so the counts say which step of turning an attributing phrase into a speaker failed:
- `title kept`: the parser's string ends with the gold name and adds words before it (`Me X`, `Col X`);
- `run-on`: the parser's string opens with the gold name, or contains it, and goes on (a relative
  clause, an apposition, the verb phrase);
- `cut`: the gold name opens with the parser's string and goes on (a long name cut at a comma);
- `short form`: the gold name ends with, or contains, the parser's string (`the Commission`);
- `role unlinked`: the parser kept a lower-case description (`the epidemiologist`) for a named actor;
- `no quote`: the quote itself was not found; `no speaker`: found with no speaker; `other`: anything else.

Notes: a measurement and a worklist, not a score; `evaluate_journalism.py` gives the figures.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from common import REPO  # noqa: F401  (makes `briefing` importable)

from briefing.corpus.build import build_corpus
from briefing.corpus.evaluate_classes import DIRECT
from briefing.corpus.rows import rows_of
from briefing.corpus.scores import norm, row_names
from briefing.parse import pipeline
from briefing.parse.read import read_file


def classify(gold: str, found: str | None) -> str:
    """The kind of miss, from the gold speaker and the parser's speaker string (None: quote not found)."""
    if found is None:
        return "no quote"
    if not found:
        return "no speaker"
    g, f = norm(gold), norm(found)
    if f.endswith(g) and f != g:
        return "title kept"
    if f.split()[-1:] == g.split()[-1:] and len(f.split()) == 2 and found[:1].isupper():
        return "title kept"  # `Maître X` for `Y X`
    if f.startswith(g) or g in f:
        return "run-on"
    if g.startswith(f):
        return "cut"
    if g.endswith(f) or f.removeprefix("the ") in g:
        return "short form"
    head = found.split(",")[0].split(" at ")[0].split(" with ")[0].split()
    if head and head[0].lower() in ("the", "a", "an") and head[-1].islower():
        return "role unlinked"
    return "other"


def misses(article: Path, gold: dict) -> list[dict]:
    """Every gold quote of one article whose speaker the parser does not give."""
    source = read_file(article)
    corpus = build_corpus([rows_of(source, pipeline.parse(source))])
    quotes, actors = corpus["quotes"], corpus["actors"]
    names = {row["actor_id"]: row_names(row) for _, row in actors.iterrows()}
    used: set[int] = set()
    found: list[dict] = []
    for item in gold["quotes"]:
        is_direct = item["kind"] in DIRECT
        pool = quotes[quotes["kind"].isin(DIRECT) == is_direct]
        prefix = norm(item["starts_with"])
        hit = next(
            (
                i
                for i, text in zip(pool.index, pool["text"], strict=True)
                if i not in used and (norm(text).startswith(prefix) if is_direct else prefix in norm(text))
            ),
            None,
        )
        speaker = None
        if hit is not None:
            used.add(hit)
            row = quotes.loc[hit]
            if norm(item["speaker"]) in {norm(row["speaker"]), *names.get(row["speaker_actor_id"], set())}:
                continue
            speaker = row["speaker"]
        found.append(
            {
                "article": article.stem,
                "frame": item.get("frame") or "none",
                "gold": item["speaker"],
                "found": speaker,
                "kind": classify(item["speaker"], speaker),
                "starts_with": item["starts_with"][:40],
            }
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="folders of NN_slug.txt + NN_slug.expected.json")
    args = parser.parse_args()
    rows: list[dict] = []
    for folder in args.folders:
        for gold_path in sorted(Path(folder).glob("*.expected.json")):
            article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
            rows.extend(misses(article, json.loads(gold_path.read_text("utf-8"))))
    print("| article | frame | gold speaker | parser's speaker | kind |\n|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['article']} | {r['frame']} | {r['gold']} | {r['found'] or '—'} | {r['kind']} |")
    print("\n| kind | misses |\n|---|---:|")
    for kind, count in Counter(r["kind"] for r in rows).most_common():
        print(f"| {kind} | {count} |")


if __name__ == "__main__":
    main()
