"""Upload parsers that misbehave on a marker in the bytes, for the tests of `corpus.timed` and the uploader.

They run in the child processes `timed` starts, which import them by name: this module is importable
there because tests/ is on the path the children inherit. Any file without a marker is parsed as usual.
"""

from __future__ import annotations

import os
import re

from briefing.corpus.rows import ParsedArticle
from briefing.corpus.timed import parse_bytes

# Catastrophic backtracking: 2**40 ways to fail, inside one C call that holds the interpreter lock.
_RUNAWAY = re.compile(r"(a+)+b")


def endless(name: str, data: bytes) -> ParsedArticle | str:
    """Never returns on a file holding b"endless": a runaway pattern, which only killing its process stops."""
    if b"endless" in data:
        _RUNAWAY.fullmatch("a" * 40)
    return parse_bytes(name, data)


def dying(name: str, data: bytes) -> ParsedArticle | str:
    """The process ends on a file holding b"die-now", as when the system kills it (out of memory)."""
    if b"die-now" in data:
        os._exit(1)
    return parse_bytes(name, data)


def where(name: str, data: bytes) -> ParsedArticle | str:
    """The id of the process that parses, as the file's "reason"."""
    return f"{name}: parsed in process {os.getpid()}"


def crashing(name: str, data: bytes) -> ParsedArticle | str:
    """An extractor bug on a file holding b"crash-me"."""
    if b"crash-me" in data:
        raise RecursionError("extractor bug")
    return parse_bytes(name, data)
