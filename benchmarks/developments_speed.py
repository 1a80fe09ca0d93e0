"""How long `develop()` (developments and conflicts) takes beside assembling the tables, and whether its
output is byte-identical across runs and independent of the order of the files.

Parses the synthetic corpus once (seed 0), then times, each `--repeat` times: `build_corpus` without the
developments step (the six tables) and `develop()` on its tables. Prints the medians, the counts of
events, developments, developments with more than one source, and conflicts, and the checks: two runs
give the same CSV bytes for events and developments, and the files in reverse order give the same
developments table and the same development for every event.

Usage: python benchmarks/developments_speed.py [--sizes 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from unittest import mock

from common import corpus, median, print_table, progress

from briefing.corpus import build, export
from briefing.corpus.build import build_corpus, parse_files
from briefing.corpus.developments import develop


def _without_develop(parsed):
    with mock.patch.object(build, "develop", lambda tables: tables):
        return build_corpus(parsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        parsed, errors = parse_files([corpus(n)])
        progress(f"{n:,} articles parsed ({len(errors)} errors)")
        build_times, develop_times = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            raw = _without_develop(parsed)
            build_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            tables = develop(raw.tables)
            develop_times.append(time.perf_counter() - started)
        again = develop(_without_develop(parsed).tables)
        identical = all(
            export.csv_bytes(tables[name]) == export.csv_bytes(again[name]) for name in ("events", "developments")
        )
        reverse = develop(_without_develop(list(reversed(parsed))).tables)
        same_developments = export.csv_bytes(reverse["developments"]) == export.csv_bytes(tables["developments"])
        mapping = dict(zip(tables["events"]["event_id"], tables["events"]["development_id"], strict=True))
        reverse_mapping = dict(zip(reverse["events"]["event_id"], reverse["events"]["development_id"], strict=True))
        developments = tables["developments"]
        rows.append(
            (
                f"{n:,}",
                f"{len(tables['events']):,}",
                f"{len(developments):,}",
                f"{int((developments['sources'] > 1).sum()):,}",
                f"{developments.loc[developments['conflict_id'] != '', 'conflict_id'].nunique():,}",
                f"{median(build_times):.2f}",
                f"{median(develop_times):.2f}",
                f"{median(develop_times) / median(build_times):.2f}x",
                "yes" if identical else "NO",
                "yes" if same_developments and mapping == reverse_mapping else "NO",
            )
        )
    print_table(
        (
            "articles",
            "events",
            "developments",
            "multi-source",
            "conflicts",
            "build s",
            "develop s",
            "develop/build",
            "identical runs",
            "order-free",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
