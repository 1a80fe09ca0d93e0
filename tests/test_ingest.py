"""Tests for the corpus loader: the cache never changes a table, and workers never change the order.

Every check compares against `build.parse_files` / `parse_paths` on the same files, which is the
definition of a correct load. The articles are the gold test articles plus the seed.
"""

from __future__ import annotations

import shutil
import sys
import types
from pathlib import Path

import pandas as pd
import pytest

import briefing.corpus.workers
from briefing import __main__ as cli
from briefing.corpus import cache, export, fingerprint, ingest, rows
from briefing.corpus.build import Corpus, parse_files, parse_paths
from briefing.corpus.ingest import LoadStats, load_corpus, load_parsed
from briefing.parse.read import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for path in [*sorted((REPO / "tests" / "articles").glob("*.txt")), *sorted((REPO / "seeds").glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus_dir: Path) -> tuple[list[rows.ParsedArticle], list[str]]:
    return parse_files([corpus_dir])


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*.json.z"))


def _assert_same_tables(left: Corpus, right: Corpus) -> None:
    assert left.tables.keys() == right.tables.keys()
    for name in left.tables:
        pd.testing.assert_frame_equal(left[name], right[name])
        assert export.csv_bytes(left[name]) == export.csv_bytes(right[name])
    assert left.texts == right.texts
    assert left.errors == right.errors


def test_without_cache_same_as_parse_files(corpus_dir: Path, reference) -> None:
    assert load_parsed([corpus_dir]) == reference


def test_cache_hit_gives_identical_tables(corpus_dir: Path, reference, tmp_path: Path) -> None:
    cold, warm = LoadStats(), LoadStats()
    assert load_parsed([corpus_dir], cache_dir=tmp_path, stats=cold) == reference
    assert (cold.cached, cold.parsed) == (0, len(reference[0]))
    assert len(_entries(tmp_path)) == len(reference[0])

    assert load_parsed([corpus_dir], cache_dir=tmp_path, stats=warm) == reference
    assert (warm.cached, warm.parsed) == (len(reference[0]), 0)
    _assert_same_tables(load_corpus([corpus_dir], cache_dir=tmp_path), parse_paths([corpus_dir]))


def test_cache_follows_content_not_path(corpus_dir: Path, tmp_path: Path) -> None:
    """A moved corpus is still a hit, and its rows name the files where they are now."""
    cache, moved = tmp_path / "cache", tmp_path / "moved"
    load_parsed([corpus_dir], cache_dir=cache)
    shutil.copytree(corpus_dir, moved)
    stats = LoadStats()
    assert load_parsed([moved], cache_dir=cache, stats=stats) == parse_files([moved])
    assert stats.parsed == 0


def test_same_bytes_as_html_and_text_are_cached_apart(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "both"
    folder.mkdir()
    seed = sorted(corpus_dir.glob("000_*.txt"))[0]
    shutil.copy(seed, folder / "a.txt")
    shutil.copy(seed, folder / "b.html")
    expected = parse_files([folder])
    load_parsed([folder], cache_dir=tmp_path / "cache")
    stats = LoadStats()
    assert load_parsed([folder], cache_dir=tmp_path / "cache", stats=stats) == expected
    assert stats.cached == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: b"not a cache entry at all",
        lambda data: data[:5] + b"\x00" * (len(data) - 5),
        lambda data: cache._ENTRY_MAGIC + __import__("zlib").compress(b'{"article": 1}'),
    ],
    ids=["empty", "truncated", "garbage", "zeroed", "wrong-shape"],
)
def test_corrupt_entry_is_parsed_again(corpus_dir: Path, reference, tmp_path: Path, damage) -> None:
    load_parsed([corpus_dir], cache_dir=tmp_path)
    victim = _entries(tmp_path)[0]
    victim.write_bytes(damage(victim.read_bytes()))
    stats = LoadStats()
    assert load_parsed([corpus_dir], cache_dir=tmp_path, stats=stats) == reference
    assert (stats.cached, stats.parsed) == (len(reference[0]) - 1, 1)
    repaired = LoadStats()
    load_parsed([corpus_dir], cache_dir=tmp_path, stats=repaired)
    assert repaired.parsed == 0


def test_entry_for_other_bytes_is_not_served(corpus_dir: Path, tmp_path: Path) -> None:
    """An entry swapped for another article's (a bad copy, a hash collision in a broken tool) is refused."""
    folder = tmp_path / "two"
    folder.mkdir()
    first, second = sorted(corpus_dir.glob("*.txt"))[:2]
    shutil.copy(first, folder / first.name)
    shutil.copy(second, folder / second.name)
    load_parsed([folder], cache_dir=tmp_path / "cache")
    a, b = _entries(tmp_path / "cache")
    a.write_bytes(b.read_bytes())
    stats = LoadStats()
    assert load_parsed([folder], cache_dir=tmp_path / "cache", stats=stats) == parse_files([folder])
    assert stats.parsed == 1


def test_version_change_invalidates(corpus_dir: Path, reference, tmp_path: Path, monkeypatch) -> None:
    load_parsed([corpus_dir], cache_dir=tmp_path)
    monkeypatch.setattr(rows, "PARSER_VERSION", rows.PARSER_VERSION + "+test")
    stats = LoadStats()
    assert load_parsed([corpus_dir], cache_dir=tmp_path, stats=stats) == reference
    assert stats.cached == 0
    assert len(list(tmp_path.glob("v-*"))) == 2


def test_fingerprint_follows_parser_sources_and_lexicons(tmp_path: Path) -> None:
    package = tmp_path / "briefing"
    shutil.copytree(REPO / "briefing", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint.fingerprint(package, "briefing.corpus.rows")
    assert fingerprint.fingerprint(package, "briefing.corpus.rows") == before

    (package / "present" / "charts.py").write_text("# the dashboard's, not the parser's\n", encoding="utf-8")
    assert fingerprint.fingerprint(package, "briefing.corpus.rows") == before

    lexicon = package / "parse" / "lexicons" / "speech_verbs.txt"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "opined\n", encoding="utf-8")
    after_lexicon = fingerprint.fingerprint(package, "briefing.corpus.rows")
    assert after_lexicon != before

    gazetteer = package / "parse" / "gazetteer.py"  # reached only through actors.py
    gazetteer.write_text(gazetteer.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint.fingerprint(package, "briefing.corpus.rows") != after_lexicon


def test_two_workers_same_as_one(corpus_dir: Path, reference, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(briefing.corpus.workers, "MIN_POOL_BYTES", 0)  # the test corpus is small: use the pool anyway
    stats = LoadStats()
    assert load_parsed([corpus_dir], workers=2, cache_dir=tmp_path, stats=stats) == reference
    assert stats.workers == 2
    assert len(_entries(tmp_path)) == len(reference[0])  # the workers filled the cache
    _assert_same_tables(load_corpus([corpus_dir], workers=2), load_corpus([corpus_dir], workers=1))


def test_small_loads_stay_in_process(corpus_dir: Path) -> None:
    stats = LoadStats()
    load_parsed([corpus_dir], workers=2, stats=stats)
    assert stats.workers == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_reported_while_others_load(corpus_dir: Path, tmp_path: Path, monkeypatch, workers: int) -> None:
    monkeypatch.setattr(briefing.corpus.workers, "MIN_POOL_BYTES", 0)
    folder = tmp_path / "mixed"
    shutil.copytree(corpus_dir, folder)
    (folder / "aa_empty.txt").write_bytes(b"")
    (folder / "ab_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "ac_front.md").write_text("---\npublished: 2025-02-30\n---\nGangs blocked the road.\n", encoding="utf-8")
    (folder / "ad_huge.txt").write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    missing = tmp_path / "nowhere"
    expected_parsed, expected_errors = parse_files([folder, missing])
    assert len(expected_errors) == 5

    for _ in range(2):  # cold, then warm: errors are reported again, never cached
        parsed, errors = load_parsed([folder, missing], workers=workers, cache_dir=tmp_path / "cache")
        assert errors == expected_errors
        assert parsed == expected_parsed
        assert all("\n" not in line for line in errors)


def test_unwritable_cache_is_skipped(corpus_dir: Path, reference, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    stats = LoadStats()
    assert load_parsed([corpus_dir], cache_dir=blocker, stats=stats) == reference
    assert stats.parsed == len(reference[0])


def test_negative_workers_refused(corpus_dir: Path) -> None:
    with pytest.raises(ValueError, match="workers"):
        load_parsed([corpus_dir], workers=-1)


def test_cli_export_identical_across_workers_and_cache(corpus_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(briefing.corpus.workers, "MIN_POOL_BYTES", 0)
    runs = [[], ["--workers", "2"], ["--workers", "2", "--cache-dir", str(tmp_path / "cache")]]
    runs.append(runs[-1])  # warm
    outputs = []
    for i, extra in enumerate(runs):
        out = tmp_path / f"out{i}"
        assert cli.main(["export", str(corpus_dir), "--out", str(out), *extra]) == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert all(files == outputs[0] for files in outputs)
    capsys.readouterr()


def test_workers_do_not_rerun_the_main_script(corpus_dir: Path, reference, tmp_path: Path, monkeypatch) -> None:
    """Under Streamlit `__main__` is the app script; a worker that re-ran it would draw the app and start pools."""
    marker = tmp_path / "main-ran"
    script = tmp_path / "app.py"
    script.write_text(f"open({str(marker)!r}, 'a').close()\nraise SystemExit('the app ran in a worker')\n")
    app_main = types.ModuleType("__main__")  # what Streamlit installs while it runs a script
    app_main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", app_main)
    monkeypatch.setattr(briefing.corpus.workers, "MIN_POOL_BYTES", 0)
    stats = LoadStats()
    assert load_parsed([corpus_dir], workers=2, stats=stats) == reference
    assert stats.workers == 2
    assert not marker.exists()
    assert app_main.__spec__ is None  # put back as it was


# --------------------------------------------------------------------------- corpus snapshots


def _snapshots(cache: Path) -> list[Path]:
    return [p for p in cache.glob("v-*/corpora/*") if not p.name.startswith(".")]


def test_snapshot_serves_an_unchanged_corpus_without_parsing_or_building(corpus_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_corpus([corpus_dir], cache_dir=cache)
    assert len(_snapshots(cache)) == 1

    def refuse(*args, **kwargs):
        raise AssertionError("parsed or built again although nothing changed")

    monkeypatch.setattr(ingest, "load_parsed", refuse)
    monkeypatch.setattr(ingest, "build_corpus", refuse)
    again = load_corpus([corpus_dir], cache_dir=cache)
    _assert_same_tables(again, first)
    assert again.texts == first.texts and again.errors == first.errors
    for name, table in again.tables.items():
        assert table.dtypes.to_dict() == first[name].dtypes.to_dict(), name


def test_snapshot_follows_edits_and_survives_damage(corpus_dir, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_dir, folder)
    cache = tmp_path / "cache"
    load_corpus([folder], cache_dir=cache)
    victim = sorted(folder.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nKenya said on Monday it would send more police.\n")
    edited = load_corpus([folder], cache_dir=cache)
    _assert_same_tables(edited, parse_paths([folder]))  # the edit is seen, not the old snapshot
    assert len(_snapshots(cache)) == 2
    for snapshot in _snapshots(cache):
        (snapshot / "quotes.parquet").write_bytes(b"not parquet")
    _assert_same_tables(load_corpus([folder], cache_dir=cache), parse_paths([folder]))
    heads = sorted((p / "quotes.parquet").read_bytes()[:4] for p in _snapshots(cache))
    assert heads == [b"PAR1", b"not "]  # the damaged snapshot read was rebuilt in its place


def test_a_stray_byte_warning_survives_the_cache_and_the_snapshot_under_the_name_loaded_now(tmp_path: Path) -> None:
    """Issue 9, item 9: the warning of a nearly-UTF-8 file comes back from a cache entry and a corpus
    snapshot, naming the file as it is loaded now (a copy under another name gets its own name)."""
    first = tmp_path / "in" / "first.txt"
    first.parent.mkdir()
    first.write_bytes("He said “no” on Tuesday in Pétion-Ville.\n".encode().replace(b"said", b"sa\xefd"))
    cache_dir = tmp_path / "cache"
    built = load_corpus([first], cache_dir=cache_dir)
    assert built.warnings == [f"{first}: read as UTF-8; 1 byte that is not UTF-8 shown as \ufffd"]
    assert load_corpus([first], cache_dir=cache_dir).warnings == built.warnings  # from the snapshot
    second = tmp_path / "in" / "second.txt"
    shutil.move(first, second)
    (parsed,), _ = load_parsed([second], cache_dir=cache_dir, stats=(stats := LoadStats()))
    assert stats.cached == 1
    assert parsed.warnings == [f"{second}: read as UTF-8; 1 byte that is not UTF-8 shown as \ufffd"]
