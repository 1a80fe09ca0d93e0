"""List the parser's organization misses and false positives, article by article, on a real-style gold folder.

    python benchmarks/organization_errors.py tests/articles/journalism [tests/articles/heldout ...]

A miss is a gold organization that no actor matches as an organization (the name it was found under, if
any, in brackets); a false positive is a parser organization matching no gold actor, or matching one of
another type. The matching is `evaluate_classes.score_actors`'s, so the counts agree with
`evaluate_journalism.py`'s `actors: organization` row.

Notes: a measurement only; the rules are not tuned to the folder it reads.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from common import REPO  # noqa: F401  (makes `briefing` importable)

from briefing.corpus.build import build_corpus
from briefing.corpus.evaluate_classes import organization_errors
from briefing.corpus.rows import rows_of
from briefing.parse import pipeline
from briefing.parse.read import read_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="folders of NN_slug.txt + NN_slug.expected.json")
    args = parser.parse_args()
    misses = extras = 0
    for folder in args.folders:
        for gold_path in sorted(Path(folder).glob("*.expected.json")):
            article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
            source = read_file(article)
            actors = build_corpus([rows_of(source, pipeline.parse(source))])["actors"]
            missed, extra = organization_errors(json.loads(gold_path.read_text("utf-8")), actors)
            misses, extras = misses + len(missed), extras + len(extra)
            for name in missed:
                print(f"{article.stem}\tmiss\t{name}")
            for name in extra:
                print(f"{article.stem}\tfalse positive\t{name}")
    print(f"misses: {misses}, false positives: {extras}")


if __name__ == "__main__":
    main()
