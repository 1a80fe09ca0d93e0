"""Word lists the extractors read: data files in `lexicons/`, loaded once.

This module owns reading the files; it knows nothing about articles. Each file starts with
comment lines (`#`) naming its source, so the lists can be edited without touching code.
"""

from __future__ import annotations

import functools
from importlib import resources

from briefing.parse import scan

LEXICONS = resources.files("briefing.parse") / "lexicons"


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file, stripped."""
    text = (LEXICONS / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@functools.cache
def speech_verbs() -> tuple[str, ...]:
    """Reporting verbs, longest first so a regex alternation prefers `told reporters` to `told`."""
    return tuple(sorted(set(_lines("speech_verbs.txt")), key=len, reverse=True))


@functools.cache
def speech_verb_pattern() -> str:
    """The verbs as one regex group, longest first (grouped by first letter: see `scan.alternation`)."""
    return scan.alternation(speech_verbs())


@functools.cache
def titles() -> tuple[str, ...]:
    """Titles written before a name, longest first; a hyphenated title also as papers write it without the
    hyphen (`Inspector General of Police`, `Secretary General`)."""
    written = set(_lines("titles.txt"))
    return tuple(sorted(written | {t.replace("-", " ") for t in written if "-" in t}, key=len, reverse=True))


@functools.cache
def org_words() -> dict[str, str]:
    """Head word -> actor type (organization, mission, group, publication)."""
    return {word: kind for word, kind in _tsv("org_words.tsv")}


@functools.cache
def event_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, cues) in priority order."""
    return tuple(
        (kind, tuple(c.strip().lower() for c in cues.split(";") if c.strip())) for kind, cues in _tsv("event_kinds.tsv")
    )


@functools.cache
def relation_cues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(relation, pattern kind, phrases)."""
    return tuple(
        (rel, kind, tuple(p.strip() for p in phrases.split(";") if p.strip()))
        for rel, kind, phrases in _tsv("relation_cues.tsv")
    )


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """A plain one-item-a-line lexicon as a set."""
    return frozenset(_lines(name))


@functools.cache
def tsv_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon's rows, for lexicons read by one module only."""
    return tuple(tuple(row) for row in _tsv(name))


@functools.cache
def attribution_verbs() -> tuple[str, ...]:
    """Speech verbs plus the verbs only quotation attribution reads (`attribution_verbs.txt`), longest first."""
    return tuple(sorted(set(speech_verbs()) | set(_lines("attribution_verbs.txt")), key=len, reverse=True))


@functools.cache
def attribution_verb_pattern() -> str:
    return scan.alternation(attribution_verbs())
