"""Parsing uploaded bytes in child processes with a time limit per file, so no file holds the server.

Owns how the dashboard parses what a visitor uploads. A batch of files is worked through by up to one
child process per core, forked from the fork server that `workers` also uses; the server has imported
the parser and loaded its word lists (`warmed`), so a child starts in milliseconds and parses at full
speed, and it stays for the rest of its batch. Meanwhile the visitor's script thread only waits on a
pipe, holding neither the interpreter lock nor anything another session needs. A child still parsing
when a file's time is up is killed (a runaway regular expression cannot be stopped any other way), the
file becomes one line, "took longer than N s to parse", and a fresh child takes the next file. At most
one child per core parses at a time, across all sessions, so a burst of uploads queues instead of
starving every page; time spent waiting for a core does not count against a file.

Notes:
    The limit is wall-clock time, so a file close to it may load on a quiet machine and not on a busy
    one. Memory is not limited. A fresh fork server (the first upload after a start that did not call
    `start`) takes a few seconds to load the parser before any child runs; that does not count either.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection

from briefing.corpus.rows import ParsedArticle, parse_document
from briefing.corpus.workers import PRELOAD, WORKER_START, main_not_rerun_in_workers, resolve_workers
from briefing.parse.read import MAX_FILE_BYTES, ArticleError, read_bytes

# The largest upload allowed (2 MB of news prose) took 15 s on a busy two-core machine (8 s a megabyte);
# a quadratic shape of that size would take days. A minute leaves honest files room and stops the rest.
DEFAULT_SECONDS = 60.0
# A child that has not said it started by then is given up: the fork server's own start (loading the
# parser) takes seconds, a fork milliseconds.
START_SECONDS = 120.0

logger = logging.getLogger(__name__)
ParseBytes = Callable[[str, bytes], "ParsedArticle | str"]

# One child per core at a time, shared by every session of this process.
_CORES = threading.BoundedSemaphore(resolve_workers(None))


def parse_bytes(name: str, data: bytes) -> ParsedArticle | str:
    """One uploaded file's rows, or its one-line reason for being skipped; what a child runs."""
    try:
        return parse_document(read_bytes(name, data, max_bytes=MAX_FILE_BYTES))
    except ArticleError as exc:
        return str(exc)


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # no effect once the server runs; `workers` gives the same list
    return context


def start() -> None:
    """Start the fork server now (it loads the parser, seconds), so the first upload need not wait for it."""
    _context()
    with WORKER_START, main_not_rerun_in_workers():
        multiprocessing.forkserver.ensure_running()


class _Child:
    """A process parsing files one after another for one batch: warm after its first file, killed when one
    takes too long (a runaway regular expression cannot be stopped any other way)."""

    def __init__(self, parse: ParseBytes) -> None:
        context = _context()
        self._pipe, theirs = context.Pipe()
        self._process = context.Process(target=_serve, args=(theirs, parse), name="briefing-upload", daemon=True)
        try:
            with WORKER_START, main_not_rerun_in_workers():
                self._process.start()
        except BaseException:
            self._pipe.close()
            raise
        finally:
            theirs.close()  # the child holds its end now: its death reads as EOF here
        if not self._pipe.poll(START_SECONDS):
            self.stop()
            raise EOFError("the parser did not start")
        self._pipe.recv_bytes()

    def parse(self, name: str, data: bytes, seconds: float | None) -> ParsedArticle | str | None:
        """The file's rows or reason, or None when it took longer than `seconds` (the child is then stopped)."""
        self._pipe.send((name, data))
        if not self._pipe.poll(seconds):
            self.stop()
            return None
        return self._pipe.recv()

    def stop(self) -> None:
        self._pipe.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()

    def close(self) -> None:
        """Let the child finish on its own (it exits when its pipe closes)."""
        self._pipe.close()
        self._process.join(START_SECONDS)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def _serve(pipe: Connection, parse: ParseBytes) -> None:
    """A child's loop: (name, bytes) in, rows or a one-line reason out, until the parent closes the pipe."""
    pipe.send_bytes(b"")  # started
    while True:
        try:
            name, data = pipe.recv()
        except EOFError:
            return
        try:
            result = parse(name, data)
        except Exception as exc:  # an extractor bug must not cost the user the other files
            result = f"{name}: could not be parsed ({type(exc).__name__})"
        pipe.send(result)


def _why(exc: Exception) -> str:
    if isinstance(exc, EOFError | OSError):  # its pipe closed: killed by the system, or a crash in C
        return "the parser stopped"
    logger.exception("could not parse an upload in a child process")
    return type(exc).__name__


def parse_uploads(
    files: Sequence[tuple[str, bytes]], seconds: float | None = DEFAULT_SECONDS, parse: ParseBytes = parse_bytes
) -> list[ParsedArticle | str]:
    """Each (name, bytes) parsed in a child process with a time limit per file (None: none); the results in
    the files' order, each an article or a one-line reason.

    Up to one child per core works through the batch; a core is taken per file, so another session's
    upload waits for one file, not a whole batch. `parse` runs in the child, so it must be importable by
    name (a module's function).
    """
    todo: queue.SimpleQueue[tuple[int, str, bytes]] = queue.SimpleQueue()
    for index, (name, data) in enumerate(files):
        todo.put((index, name, data))
    results: list[ParsedArticle | str] = [""] * len(files)

    def work() -> None:
        child: _Child | None = None
        try:
            while True:
                try:
                    index, name, data = todo.get_nowait()
                except queue.Empty:
                    return
                with _CORES:
                    try:
                        child = child or _Child(parse)
                        result = child.parse(name, data, seconds)
                        if result is None:  # the child is stopped
                            child, result = None, f"{name}: took longer than {seconds:g} s to parse; skipped"
                    except Exception as exc:  # the child died, or could not start: it costs only this file
                        if child is not None:
                            child.stop()
                        child, result = None, f"{name}: could not be parsed ({_why(exc)})"
                results[index] = result
        finally:
            if child is not None:
                child.close()

    slots = min(len(files), resolve_workers(None))
    if slots <= 1:
        work()
    else:
        with ThreadPoolExecutor(max_workers=slots, thread_name_prefix="upload") as pool:
            for done in [pool.submit(work) for _ in range(slots)]:
                done.result()
    return results
