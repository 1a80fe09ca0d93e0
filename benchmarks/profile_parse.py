"""Where the parser's time goes: seconds per pipeline stage, then cProfile's costliest functions.

Stages are timed by wrapping the stage functions that `briefing.corpus.build` calls (segmentation, actors,
quotes, dates, events, relations) with a CPU clock, so the figures carry no profiler overhead and
little of a busy machine's noise; what is left
of `parse_document` is the assembly of rows (ids, involvement columns). Then one cProfile run over the
same articles lists the functions with the most time of their own, overall and in the slowest stage's module.

Usage: python benchmarks/profile_parse.py [--size 1000] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sys
import time

from common import corpus, progress, results_argument, write_results

from briefing.corpus import rows
from briefing.parse import pipeline
from briefing.parse.read import discover, read_file


def _timed(stage: pipeline.Stage, clock: dict[str, float]) -> pipeline.Stage:
    def run(doc):
        start = time.process_time()
        result = stage.run(doc)
        clock[stage.name] += time.process_time() - start
        return result

    return pipeline.Stage(stage.name, run, stage.needs)


def stage_seconds(docs: list) -> tuple[dict[str, float], float]:
    """CPU seconds of segmentation, of each stage of `parse.pipeline.STAGES`, and of laying out the rows."""
    clock = {"segment": 0.0, **{stage.name: 0.0 for stage in pipeline.STAGES}, "rows (assembly)": 0.0}
    timed = tuple(_timed(stage, clock) for stage in pipeline.STAGES)
    start = time.process_time()
    for source in docs:
        began = time.process_time()
        doc = pipeline.segment(source.body, source)
        clock["segment"] += time.process_time() - began
        for stage in timed:
            setattr(doc, stage.name, stage.run(doc))
        began = time.process_time()
        rows.rows_of(source, doc)
        clock["rows (assembly)"] += time.process_time() - began
    return clock, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="synthetic corpus size (default 1000)")
    parser.add_argument("--top", type=int, default=25, help="functions to list")
    results_argument(parser)
    args = parser.parse_args(argv)

    files, _ = discover([corpus(args.size, args.work)])
    docs = [read_file(p) for p in files]
    chars = sum(len(d.body) for d in docs)
    rows.parse_document(docs[0])  # load lexicons and gazetteers outside the clock
    progress(f"{len(docs):,} articles, {chars:,} characters: timing stages")
    clock, total = stage_seconds(docs)

    print(f"\nStages over {len(docs):,} articles ({chars / 1e6:.2f} M characters), {total:.2f} CPU seconds in all")
    print("| stage | seconds | share | MB/s if alone |")
    print("|---|---|---|---|")
    for stage, seconds in sorted(clock.items(), key=lambda kv: -kv[1]):
        alone = f"{chars / seconds / 1e6:.2f}" if seconds > 0 else "–"
        print(f"| {stage} | {seconds:.2f} | {seconds / total:.0%} | {alone} |")

    progress("profiling (cProfile slows everything about 2×)")
    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        rows.parse_document(doc)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(args.top)
    runs = {stage.name: stage.run for stage in pipeline.STAGES}
    slowest = max(runs, key=clock.__getitem__)
    module = sys.modules[runs[slowest].__module__]
    print(f"\nThe slowest stage, {slowest}: functions of {module.__name__} by their own time", file=out)
    # a package's stage (`actors`) lives in its modules, not in its `__init__.py`: list the whole folder's
    where = module.__file__.removesuffix("__init__.py") if module.__file__.endswith("__init__.py") else module.__file__
    stats.sort_stats("tottime").print_stats(re.escape(where), args.top)
    print(out.getvalue())

    top = []
    for (filename, line, function), (_, calls, own, cumulative, _) in sorted(
        stats.stats.items(), key=lambda item: -item[1][2]
    )[: args.top]:
        top.append({"function": f"{filename}:{line}({function})", "calls": calls, "own": own, "cumulative": cumulative})
    write_results(
        args.results,
        "profile_parse",
        {"articles": len(docs), "characters": chars, "total_seconds": total, "stages": clock, "top_functions": top},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
