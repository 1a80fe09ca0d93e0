"""Uploads parsed in child processes, one time limit per file (`corpus.timed`), without Streamlit.

The misbehaving parsers are in upload_parsers.py: the children import them by name.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

import upload_parsers

from briefing.corpus import timed
from briefing.corpus.rows import ParsedArticle


def _article(words: str) -> bytes:
    return f"---\ntitle: {words}\n---\n{words} said on Tuesday the mission would stay in Haiti.\n".encode()


def _children() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "briefing-upload"]


def test_a_runaway_file_is_stopped_at_its_limit_and_the_others_load() -> None:
    files = [
        ("one.txt", _article("Kenya")),
        ("runaway.txt", b"endless " + _article("Haiti")),
        ("two.txt", _article("Canada")),
        ("three.txt", _article("Jamaica")),
    ]
    started = time.monotonic()
    results = timed.parse_uploads(files, seconds=0.5, parse=upload_parsers.endless)
    elapsed = time.monotonic() - started
    assert results[1] == "runaway.txt: took longer than 0.5 s to parse; skipped"
    assert [r.article["title"] for r in results if isinstance(r, ParsedArticle)] == ["Kenya", "Canada", "Jamaica"]
    assert [r.article["path"] for i, r in enumerate(results) if i != 1] == ["one.txt", "two.txt", "three.txt"]
    assert elapsed < 60  # a generous guard: the runaway alone would take hours
    assert _children() == []  # the runaway's process was killed, the others ended


def test_files_are_parsed_in_another_process() -> None:
    """So the caller's thread only waits: it holds neither the interpreter lock nor the CPU."""
    (result,) = timed.parse_uploads([("a.txt", _article("Kenya"))], seconds=None, parse=upload_parsers.where)
    pid = int(result.rsplit(" ", 1)[1])
    assert pid != os.getpid()


def test_the_caller_runs_on_while_a_runaway_file_is_parsed() -> None:
    """What keeps other visitors' pages drawing: a pattern that holds the interpreter lock for hours does so
    in its own process, so this process computes freely until the runaway is stopped."""
    results: list[list] = []
    batch = threading.Thread(
        target=lambda: results.append(timed.parse_uploads([("runaway.txt", b"endless")], 3, upload_parsers.endless))
    )
    batch.start()
    for _ in range(12_000):  # until its child runs (at most two minutes: a fresh fork server loads the parser)
        if _children():
            break
        time.sleep(0.01)
    assert sum(range(1_000_000)) == 499_999_500_000  # pure Python: needs the interpreter lock
    assert batch.is_alive()  # done while the runaway was still running
    batch.join()
    assert results == [["runaway.txt: took longer than 3 s to parse; skipped"]]


def test_a_child_that_crashes_costs_only_its_file() -> None:
    results = timed.parse_uploads(
        [("crash.txt", b"crash-me " + _article("Haiti")), ("fine.txt", _article("Kenya"))],
        seconds=30,
        parse=upload_parsers.crashing,
    )
    assert results[0] == "crash.txt: could not be parsed (RecursionError)"
    assert isinstance(results[1], ParsedArticle) and results[1].article["title"] == "Kenya"


def test_a_child_that_dies_costs_only_its_file() -> None:
    files = [(f"{n}.txt", _article(n)) for n in ("Kenya", "Canada", "Jamaica")]
    files.insert(1, ("dies.txt", b"die-now " + _article("Haiti")))
    results = timed.parse_uploads(files, seconds=30, parse=upload_parsers.dying)
    assert results[1] == "dies.txt: could not be parsed (the parser stopped)"
    assert [r.article["title"] for r in results if isinstance(r, ParsedArticle)] == ["Kenya", "Canada", "Jamaica"]
    assert _children() == []


def test_the_real_parser_gives_what_parsing_here_gives() -> None:
    from briefing.corpus.rows import parse_document
    from briefing.parse.read import read_bytes

    data = _article("Kenya")
    (result,) = timed.parse_uploads([("same.txt", data)])
    assert result == parse_document(read_bytes("same.txt", data))
    assert timed.parse_uploads([("empty.txt", b"")]) == [timed.parse_bytes("empty.txt", b"")]
