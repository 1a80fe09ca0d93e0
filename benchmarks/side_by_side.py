"""CPU seconds per parse stage of two versions of the parser, fed the same articles in alternation.

On a shared machine a whole-parse figure moves 10-20 % between two runs of the same code, so two versions
timed one after the other cannot be told apart by a few per cent. Here both stay loaded in a process each
(the worktree's code, and a commit unpacked with `git archive`), and are given the same chunks of articles
in turn (ABBA: old, new, new, old, ...), each timing its stages with its own CPU clock; a load that comes and
goes falls on both alike. Each pass over the articles is summed per stage; the first pass of a process also
compiles the patterns and loads the word lists that the first article did not need. Stages the change did
not touch show what is left of the noise (about 2 %).

Usage: python benchmarks/side_by_side.py --base COMMIT [--passes 3] [--chunk 25] FOLDER...
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from common import REPO

_STAGES = ("segment", "actors", "quotes", "dates", "events", "relations", "rows", "total")


def serve(folders: list[str]) -> None:
    """The child: load the articles, parse the first (lexicons), then per line `i j` time docs[i:j]."""
    sys.path.insert(0, str(Path.cwd()))  # the tree this child was started in, not the script's
    from briefing.corpus import rows
    from briefing.parse import pipeline
    from briefing.parse.read import discover, read_file

    files, _ = discover([Path(f) for f in folders])
    docs = [read_file(p) for p in files]
    rows.parse_document(docs[0])
    print(json.dumps({"articles": len(docs), "characters": sum(len(d.body) for d in docs)}), flush=True)
    for line in sys.stdin:
        i, j = map(int, line.split())
        clock = dict.fromkeys(_STAGES, 0.0)
        began = time.process_time()
        for source in docs[i:j]:
            start = time.process_time()
            doc = pipeline.segment(source.body, source)
            clock["segment"] += time.process_time() - start
            for stage in pipeline.STAGES:
                start = time.process_time()
                setattr(doc, stage.name, stage.run(doc))
                clock[stage.name] += time.process_time() - start
            start = time.process_time()
            rows.rows_of(source, doc)
            clock["rows"] += time.process_time() - start
        clock["total"] = time.process_time() - began
        print(json.dumps(clock), flush=True)


def _unpack(commit: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="article folders (the same files for both versions)")
    parser.add_argument("--base", required=True, help="the commit to compare the worktree's code with")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=25, help="articles per turn")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folders = [str(Path(f).resolve()) for f in args.folders]
    if args.serve:
        serve(folders)
        return 0
    with tempfile.TemporaryDirectory(prefix="briefing-base-") as tmp:
        trees = {"base": _unpack(args.base, Path(tmp)), "new": REPO}
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", "--base", args.base, *folders]
        children = {
            name: subprocess.Popen(command, cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for name, tree in trees.items()
        }
        sizes = {name: json.loads(child.stdout.readline()) for name, child in children.items()}
        n, chars = sizes["base"]["articles"], sizes["base"]["characters"]

        def turn(name: str, i: int) -> dict[str, float]:
            children[name].stdin.write(f"{i} {min(n, i + args.chunk)}\n")
            children[name].stdin.flush()
            return json.loads(children[name].stdout.readline())

        print(f"{n:,} articles ({chars:,} characters), chunks of {args.chunk}; CPU s base -> new (new / base)")
        print("| pass | " + " | ".join(_STAGES) + " | MB/s |")
        print("|---" * (len(_STAGES) + 2) + "|")
        for number in range(args.passes):
            sums = {name: dict.fromkeys(_STAGES, 0.0) for name in trees}
            for k, i in enumerate(range(0, n, args.chunk)):
                for name in ("base", "new") if k % 2 == 0 else ("new", "base"):
                    for stage, seconds in turn(name, i).items():
                        sums[name][stage] += seconds
            old, new = sums["base"], sums["new"]
            cells = [f"{old[s]:.3f} → {new[s]:.3f} ({new[s] / old[s]:.2f})" for s in _STAGES]
            rates = f"{chars / old['total'] / 1e6:.3f} → {chars / new['total'] / 1e6:.3f}"
            print(f"| {number + 1} | " + " | ".join(cells) + f" | {rates} |", flush=True)
        for child in children.values():
            child.stdin.close()
            child.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
