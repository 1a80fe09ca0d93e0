"""Digest the CSV exports of three corpora, so a restructuring can be checked to change no byte of output.

Exports the bundled seeds, the hand-annotated test articles (`tests/articles/`) and 1,000 synthetic
articles (seed 0) with the project's own command line, without a cache, and prints one SHA-256 per
exported file. `--save FILE` keeps the digests; `--check FILE` compares against kept ones and exits 1
naming every file that differs. Run it before a step and after it:

    python benchmarks/export_digest.py --save /tmp/before.json
    ...change the code...
    python benchmarks/export_digest.py --check /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import REPO, SEEDS, corpus

CORPORA = {
    "seeds": lambda: SEEDS,
    "tests-articles": lambda: REPO / "tests" / "articles",
    "synthetic-1000": lambda: corpus(1000),
}


def digests(workers: int) -> dict[str, str]:
    """`corpus/file` -> SHA-256 of that exported file."""
    result: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="briefing-digest-") as tmp:
        for name, folder in CORPORA.items():
            out = Path(tmp) / name
            command = [sys.executable, "-m", "briefing", "export", str(folder()), "--out", str(out)]
            command += ["--workers", str(workers)]  # no --cache-dir: every article parsed afresh
            done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
            if done.returncode not in (0, 1):  # 1: some file was skipped with a reason, as the seeds' tests expect
                raise SystemExit(f"{name}: export failed\n{done.stderr}")
            for path in sorted(out.iterdir()):
                result[f"{name}/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="write the digests to this JSON file")
    group.add_argument("--check", type=Path, help="compare with digests saved earlier; exit 1 on any difference")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    current = digests(args.workers)
    for key, digest in current.items():
        print(f"{digest[:16]}  {key}")
    if args.save:
        args.save.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        kept = json.loads(args.check.read_text(encoding="utf-8"))
        differing = sorted(k for k in kept.keys() | current.keys() if kept.get(k) != current.get(k))
        for key in differing:
            print(f"DIFFERS: {key}")
        print("identical" if not differing else f"{len(differing)} files differ")
        return 1 if differing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
