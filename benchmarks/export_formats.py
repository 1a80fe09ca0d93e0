"""The two export formats side by side: the CSV folder and the SQLite database of the same tables.

Parses N synthetic articles (seed 0) once, then writes the tables alternately as CSV files
(`export.write_tables`) and as one SQLite file (`sqlite.write_database`), a few times each, and prints
for each format the median wall time, the CPU time and the bytes on disk; it also checks that two
database writes give the same bytes, that its foreign keys resolve, and what a filtered view adds.

    python benchmarks/export_formats.py --sizes 1000
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from common import corpus, median, print_table, progress, results_argument, write_results

from briefing.corpus import export, sqlite
from briefing.corpus.ingest import load_corpus
from briefing.present.filters import Filter


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def measure(n: int, repeats: int) -> dict:
    tables = load_corpus([corpus(n)]).tables
    progress(f"{n:,} articles parsed: " + ", ".join(f"{len(df):,} {name}" for name, df in tables.items()))
    wall: dict[str, list[float]] = {"csv": [], "sqlite": []}
    cpu: dict[str, list[float]] = {"csv": [], "sqlite": []}
    with tempfile.TemporaryDirectory(prefix="briefing-formats-") as tmp:
        out = Path(tmp)
        databases = []
        for run in range(repeats):
            for kind in ("csv", "sqlite"):  # alternately, so a busy moment falls on both
                start, start_cpu = time.perf_counter(), time.process_time()
                if kind == "csv":
                    written = export.write_tables(tables, out / f"csv-{run}")
                else:
                    written = [sqlite.write_database(tables, out / f"db-{run}.sqlite")]
                    databases.append(written[0])
                wall[kind].append(time.perf_counter() - start)
                cpu[kind].append(time.process_time() - start_cpu)
        sizes = {"csv": _size(list((out / "csv-0").iterdir())), "sqlite": _size(databases[:1])}
        identical = len({p.read_bytes() for p in databases}) == 1
        db = sqlite3.connect(databases[0])
        dangling = len(db.execute("PRAGMA foreign_key_check").fetchall())
        link_rows = db.execute("SELECT sum(rows) FROM tables WHERE kind = 'link'").fetchone()[0]
        db.close()
        named = tables["events"]["countries"].str.split(";").explode()
        country = named[named.ne("").fillna(False)].value_counts().index[1]  # the second most named country
        view = Filter(countries=(country,)).apply(tables)
        start = time.perf_counter()
        data = sqlite.database_bytes(view, full=tables)
        view_seconds = time.perf_counter() - start
        (out / "view.sqlite").write_bytes(data)
        db = sqlite3.connect(out / "view.sqlite")
        view_added = db.execute("SELECT sum(referenced_rows) FROM tables").fetchone()[0]
        view_dangling = len(db.execute("PRAGMA foreign_key_check").fetchall())
        db.close()
    return {
        "articles": n,
        "wall_seconds": {k: median(v) for k, v in wall.items()},
        "cpu_seconds": {k: median(v) for k, v in cpu.items()},
        "bytes": sizes,
        "identical_bytes": identical,
        "dangling_references": dangling,
        "link_rows": link_rows,
        "view": {
            "country": country,
            "seconds": view_seconds,
            "bytes": len(data),
            "referenced_rows": view_added,
            "dangling": view_dangling,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeats", type=int, default=3)
    results_argument(parser)
    args = parser.parse_args()
    results = [measure(n, args.repeats) for n in args.sizes]
    rows = []
    for r in results:
        for kind in ("csv", "sqlite"):
            rows.append(
                (
                    f"{r['articles']:,}",
                    kind,
                    f"{r['wall_seconds'][kind]:.2f}",
                    f"{r['cpu_seconds'][kind]:.2f}",
                    f"{r['bytes'][kind] / 1e6:.1f}",
                )
            )
    print_table(("articles", "format", "wall s (median)", "CPU s", "MB on disk"), rows)
    for r in results:
        v = r["view"]
        print(
            f"\n{r['articles']:,} articles: database bytes identical across writes: {r['identical_bytes']}; "
            f"dangling references: {r['dangling_references']}; link-table rows: {r['link_rows']:,}; "
            f"view country={v['country']}: {v['seconds']:.2f} s, {v['bytes'] / 1e6:.1f} MB, "
            f"{v['referenced_rows']:,} referenced rows added, {v['dangling']} dangling"
        )
    write_results(args.results, "export_formats", results)


if __name__ == "__main__":
    main()
