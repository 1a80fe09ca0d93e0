"""Command line: `python -m briefing export PATH... --out DIR [--format sqlite]` and `python -m briefing show PATH`.

Owns argument handling and what is printed; parsing and file formats live in the pipeline and
export modules. A file that cannot be used is reported on one line (to stderr) naming it and the
reason; the others are still exported, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from briefing.corpus import export, sqlite
from briefing.corpus.build import Corpus, parse_paths
from briefing.corpus.ingest import load_corpus


def _report_errors(corpus: Corpus) -> int:
    """Each skipped file (the exit status is then 1), and each file read with a warning, on one line."""
    for line in corpus.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in corpus.errors:
        print(f"skipped: {line}", file=sys.stderr)
    return 1 if corpus.errors else 0


def _export(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.paths, workers=args.workers, cache_dir=args.cache_dir)
    counts = ", ".join(f"{len(df)} {name}" for name, df in corpus.tables.items())
    try:
        if args.format == "sqlite":
            sqlite.write_database(corpus.tables, args.out)
        else:
            written = export.write_tables(corpus.tables, args.out)
    except OSError as exc:
        print(f"cannot write the tables to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a reference to no row, a key held twice: the tables are not a database
        print(f"cannot write the tables to {args.out}: {exc}", file=sys.stderr)
        return 1
    if args.format == "sqlite":
        print(f"wrote the SQLite database {args.out}: {counts}")
    else:
        print(f"wrote {len(written)} files to {args.out}: {counts}")
    return _report_errors(corpus)


def _text(value: object, missing: str = "") -> str:
    """A cell as text: a missing value (None, NaN, pandas' NA, which refuses `or`) becomes `missing`."""
    return value if isinstance(value, str) and value else missing


def _show(args: argparse.Namespace) -> int:
    corpus = parse_paths(args.paths)
    wrap = textwrap.TextWrapper(width=100, initial_indent="    ", subsequent_indent="    ")
    for article in corpus["articles"].itertuples():
        print(f"# {_text(article.title, _text(article.path))}")
        published = _text(article.published, "undated")
        print(f"  {_text(article.source, 'unknown source')}, {published} — {_text(article.path)}")
    print("\nActors")
    for actor in corpus["actors"].itertuples():
        extra = ", ".join(x for x in (actor.role, actor.country, actor.aliases) if isinstance(x, str) and x)
        print(f"  {actor.name} ({actor.type}{', ' + extra if extra else ''}) — {actor.mentions} mentions")
    print("\nQuotes")
    for quote in corpus["quotes"].itertuples():
        who = _text(quote.speaker, "unattributed")
        cue = _text(quote.cue)
        how = f"{_text(quote.attribution, 'no attribution')}{', ' + cue if cue else ''}, {quote.kind}"
        print(f"  {who} [{how}]")
        # reported speech has no quotation marks of its own: shown as reported, not as a quotation
        print(wrap.fill(f"(reported) {quote.text}" if quote.kind == "indirect" else f"“{quote.text}”"))
    print("\nTimeline")
    for event in corpus["events"].sort_values(["date_start", "start"], na_position="last").itertuples():
        when = _text(event.date, "unresolved")
        written = f" ({event.date_text})" if _text(event.date_text) else " (as of publication)"
        print(f"  {when}{written} {event.kind}, {event.status}")
        print(wrap.fill(event.summary))
    print("\nRelations")
    for rel in corpus["relations"].itertuples():
        print(f"  {rel.source} {rel.relation} {rel.target}")
    return _report_errors(corpus)


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes (0: all cores), not {text!r}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exp = commands.add_parser("export", help="write one CSV per table and datapackage.json, or one SQLite file")
    exp.add_argument("paths", nargs="+", help="article files or folders")
    exp.add_argument("--out", required=True, help="output folder (csv) or file (sqlite)")
    exp.add_argument(
        "--format",
        choices=("csv", "sqlite"),
        default="csv",
        help="csv: a CSV per table and datapackage.json (default); sqlite: one database with keys and descriptions",
    )
    exp.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="parse on N processes (0: all cores; default 1)"
    )
    exp.add_argument(
        "--cache-dir", metavar="DIR", help="keep parsed articles in DIR, by content, and reuse them (default: none)"
    )
    exp.set_defaults(run=_export)
    show = commands.add_parser("show", help="print actors, quotes, timeline and relations")
    show.add_argument("paths", nargs="+", help="article files or folders")
    show.set_defaults(run=_show)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
