"""The command line: export writes every table and a data package, byte-identical across runs;
bad files are named on one line each while the rest still export; formula cells are neutralised."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.__main__ import main
from briefing.corpus import export, schema
from briefing.corpus.export import FORMULA_TRIGGERS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_export_writes_every_table_and_a_data_package(tmp_path: Path) -> None:
    assert main(["export", str(SEEDS), "--out", str(tmp_path)]) == 0
    for table in schema.TABLES:
        header = (tmp_path / f"{table}.csv").read_text("utf-8").splitlines()[0]
        assert header.split(",") == schema.columns(table)
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert [r["name"] for r in package["resources"]] == list(schema.TABLES)
    quotes = next(r for r in package["resources"] if r["name"] == "quotes")
    assert [f["name"] for f in quotes["schema"]["fields"]] == schema.columns("quotes")
    assert len(_rows(tmp_path / "quotes.csv")) == 13  # 8 quoted, 5 reported (indirect)


def test_export_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    main(["export", str(SEEDS), str(ROOT / "tests" / "articles"), "--out", str(first)])
    main(["export", str(SEEDS), str(ROOT / "tests" / "articles"), "--out", str(second)])
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_bad_files_are_named_and_the_rest_still_export(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("---\npublished: 2025-05-21\n---\nKenya said on Tuesday it would stay.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "bad-date.md").write_text("---\npublished: 2025-02-30\n---\nText.\n")
    status = main(["export", str(folder), "--out", str(tmp_path / "out")])
    assert status == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3
    for name in ("empty.txt", "binary.txt", "bad-date.md"):
        line = next(e for e in errors if name in e)
        assert ":" in line and "\n" not in line
    assert len(_rows(tmp_path / "out" / "articles.csv")) == 1


def test_formula_cells_are_neutralised(tmp_path: Path) -> None:
    article = tmp_path / "formula.txt"
    article.write_text(
        '---\ntitle: =HYPERLINK("http://example.invalid","click")\nsource: +cmd|\' /C calc\'!A0\n---\n'
        "“=1+2 is what we owe,” Prime Minister Jean Dupont said.\n"
        "“@SUM(A1:A9) and -5 too,” Dupont said.\n",
        encoding="utf-8",
    )
    main(["export", str(article), "--out", str(tmp_path / "out")])
    for table in schema.TABLES:
        for row in _rows(tmp_path / "out" / f"{table}.csv"):
            for column, value in row.items():
                if column in ("lat", "lon"):
                    continue
                assert not value.startswith(FORMULA_TRIGGERS), (table, column, value)
    titles = [r["title"] for r in _rows(tmp_path / "out" / "articles.csv")]
    assert titles == ['\'=HYPERLINK("http://example.invalid","click")']
    quotes = [r["text"] for r in _rows(tmp_path / "out" / "quotes.csv")]
    assert quotes[0].startswith("'=1+2")


def test_show_prints_actors_quotes_and_timeline() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "show", str(SEEDS)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    for heading in ("Actors", "Quotes", "Timeline", "Relations"):
        assert f"\n{heading}\n" in result.stdout
    assert "Marco Rubio (person, Secretary of State" in result.stdout
    assert "2025-06-01 (June 1) deadline, upcoming" in result.stdout
    # reported speech is shown as reported, never inside quotation marks of its own
    assert "Marco Rubio [explicit, acknowledged, indirect]\n    (reported) much of Port-au-Prince" in result.stdout


def test_unusual_text_parses(tmp_path: Path) -> None:
    """Emoji, right-to-left text, non-breaking spaces, Windows line endings, unclosed quotes."""
    body = (
        "---\r\npublished: 2025-05-21\r\n---\r\n"
        "Kenya\u00a0said 🇰🇪 on Tuesday: “We stay.\r\n"
        "مرحبا بالعالم “Haiti” — ‫right-to-left‬ text “never closes\r\n"
    )
    (tmp_path / "odd.txt").write_bytes(body.encode("utf-8"))
    assert main(["export", str(tmp_path / "odd.txt"), "--out", str(tmp_path / "out")]) == 0
    events = _rows(tmp_path / "out" / "events.csv")
    assert [e["date"] for e in events] == ["2025-05-20"]


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(st.one_of(st.none(), st.text(alphabet="=+-@\t\r\n a'\"", max_size=6)), min_size=1, max_size=8))
def test_csv_of_a_text_column_neutralises_cell_for_cell(cells) -> None:
    """The column-at-a-time path writes exactly what `neutralise` gives for each cell."""
    text = pd.DataFrame({"cell": pd.Series(cells, dtype="string")})
    plain = pd.DataFrame({"cell": pd.Series([export.neutralise(c) for c in cells], dtype=object)})
    assert export.csv_bytes(text) == plain.to_csv(index=False, lineterminator="\n").encode("utf-8")


def test_show_an_article_without_a_publication_date(tmp_path: Path) -> None:
    """`show` on an article whose front matter gives no date (and no source) prints it, undated."""
    article = tmp_path / "undated.txt"
    article.write_text("---\ntitle: Council meets\n---\nThe council will meet on Tuesday.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "show", str(article)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "unknown source, undated" in result.stdout
    assert "unresolved (Tuesday)" in result.stdout


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1850-06-01"])
def test_a_publication_date_outside_the_calendar_news_uses_is_refused_on_one_line(
    tmp_path: Path, published: str
) -> None:
    """Relative dates (`tomorrow`, `in December`) are resolved against the publication date, so a date at the
    calendar's edge is refused with its reason; the other articles are still exported."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "edge.txt").write_text(
        f"---\ntitle: Edge\npublished: {published}\n---\nThe council meets tomorrow and again in December.\n",
        encoding="utf-8",
    )
    (folder / "fine.txt").write_text(
        "---\ntitle: Fine\npublished: 2025-05-21\n---\nThe council meets tomorrow.\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(folder), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        f"skipped: {folder / 'edge.txt'}: front matter: published: '{published}' is outside the years "
        "1900-2100 a publication date may have"
    ]
    assert [r["title"] for r in _rows(tmp_path / "out" / "articles.csv")] == ["Fine"]


def test_a_named_pipe_in_a_folder_is_reported_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would wait for a writer forever
    (folder / "fine.txt").write_text("---\ntitle: Fine\n---\nThe council met.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(folder), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert f"skipped: {folder / 'pipe.txt'}: not a regular file" in result.stderr
    assert [r["title"] for r in _rows(tmp_path / "out" / "articles.csv")] == ["Fine"]


def test_an_output_that_is_a_file_is_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(SEEDS), "--out", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"cannot write the tables to {target}: it is a file, not a folder"
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_a_file_name_that_is_not_utf8_is_exported_with_a_replacement_character(tmp_path: Path) -> None:
    """Its stray byte cannot be written to a CSV or a Parquet snapshot as it is; it is shown as U+FFFD."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xffname.txt")).write_bytes(b"---\ntitle: Odd name\n---\nThe council met.\n")
    for extra in ([], ["--cache-dir", str(tmp_path / "cache")]):
        out = tmp_path / f"out{len(extra)}"
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "export", str(folder), "--out", str(out), *extra],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
        (row,) = _rows(out / "articles.csv")
        assert row["title"] == "Odd name" and row["path"].endswith("bad\ufffdname.txt")


def test_export_as_sqlite_writes_one_database_the_same_bytes_each_run(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "corpus.sqlite", tmp_path / "b.sqlite"
    assert main(["export", str(SEEDS), "--format", "sqlite", "--out", str(first)]) == 0
    assert main(["export", str(SEEDS), "--format", "sqlite", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in first.parent.iterdir()) == ["corpus.sqlite"]  # no CSV, no temporary file
    db = sqlite3.connect(first)
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (13,)
    assert [name for (name,) in db.execute("SELECT \"table\" FROM tables WHERE kind = 'data'")] == list(schema.TABLES)
    db.close()


def test_csv_stays_the_default_format(tmp_path: Path) -> None:
    main(["export", str(SEEDS), "--out", str(tmp_path / "default")])
    main(["export", str(SEEDS), "--format", "csv", "--out", str(tmp_path / "csv")])
    written = sorted(p.name for p in (tmp_path / "default").iterdir())
    assert written == sorted([f"{t}.csv" for t in schema.TABLES] + ["datapackage.json"])
    for name in written:
        assert (tmp_path / "default" / name).read_bytes() == (tmp_path / "csv" / name).read_bytes()


def test_a_sqlite_output_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(SEEDS), "--format", "sqlite", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"cannot write the tables to {tmp_path}: it is a folder, not a file"
    assert list(tmp_path.iterdir()) == []
