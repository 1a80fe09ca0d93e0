"""Find quotation spans: where quotation marks open and close, paragraph by paragraph.

Owns the marks only, not who spoke. Quotation marks are curly or straight double marks or French
guillemets (« »), or single marks used as quotation marks (British style) when no double mark is open;
single marks inside a double quotation are nested and stay part of it. Mixed marks close each other
(a curly opening closed by a straight mark), except that a straight pair inside a curly quotation is
nested. A quotation whose paragraph ends while it is open continues when the next paragraph reopens it;
otherwise it is closed at the paragraph's end (recovered, not dropped).

Notes: one pass over the marks of each paragraph, no backtracking. An apostrophe that looks like a
closing single mark (`officers’ ` after an opening ‘) can end a British-style quotation early.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.parse.doc import Span

_MARKS = re.compile(r"[“”\"‘’'«»]")  # curly, straight and single marks, and French guillemets
_SINGLE_MARKS = re.compile("[’']")  # found by the regex engine, not by a Python loop over every character


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    end: int
    inner: list[tuple[int, int]]  # text pieces inside the marks (one per paragraph)
    paragraph: int
    closed: bool


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """A straight or single mark opens when it follows a space/start/bracket and precedes a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _scan_paragraph(body: str, para: Span) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Top-level quotation spans of one paragraph: (open, close-or-end, closed), and an open tail."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    open_mark = ""
    nested = False  # a quotation of the other style is open inside the double quotation
    text = body[para.start : para.end]
    single_closes = _single_closes(text)
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        pos = para.start + i
        if open_at is None:
            if ch in "“«" or (ch == '"' and _opens(text, i)):
                open_at, open_mark, nested = pos, "double", False
            elif ch in "‘'" and _opens(text, i) and _has_single_close(single_closes, i):
                open_at, open_mark = pos, "single"
        elif open_mark == "double":
            step = _double_step(text, i, ch, straight_open=body[open_at] == '"', nested=nested)
            if step == "close":
                spans.append((open_at, pos + 1, True))
                open_at = None
            else:
                nested = step == "nest"
        elif open_mark == "single" and ch in "’'" and _closes(text, i):
            spans.append((open_at, pos + 1, True))
            open_at = None
    return spans, open_at


def _double_step(text: str, i: int, ch: str, straight_open: bool, nested: bool) -> str:
    """What a mark does inside a double quotation: `close` it, `nest` (open an inner quotation of the
    other style), `unnest` (close that inner one) or `keep` (nothing). Same style closes; the other
    style closes too unless it opens an inner pair first (`“He said "go" now”`)."""
    same = (ch == '"') if straight_open else ch in "”»"
    other_open = ch == "“" if straight_open else (ch == '"' and _opens(text, i))
    other_close = ch == "”" if straight_open else (ch == '"' and _closes(text, i))
    if same and (not straight_open or _closes(text, i)):
        return "close"
    if nested:
        return "unnest" if other_close else "nest"
    if other_open:
        return "nest"
    if other_close:
        return "close"  # mixed marks: a curly opening closed by a straight mark, or the other way round
    return "keep"


def _single_closes(text: str) -> list[int]:
    """Positions of single marks that can close a quotation (not the `s’ ` of a plural possessive
    right after the opening mark), found once per paragraph so checking an opening mark is cheap."""
    return [m.start() for m in _SINGLE_MARKS.finditer(text) if _closes(text, m.start())]


def _has_single_close(closes: list[int], i: int) -> bool:
    """A single mark opens a quotation only if a closing single mark follows in the paragraph."""
    k = bisect.bisect_right(closes, i + 2)  # a close within two characters is an apostrophe (`‘s’`)
    return k < len(closes)


def find_spans(body: str, paras: list[Span]) -> list[QuoteSpan]:
    """All top-level quotation spans, multi-paragraph ones joined."""
    result: list[QuoteSpan] = []
    carry: tuple[int, list[tuple[int, int]], int] | None = None  # (start, pieces, paragraph)
    for p_index, para in enumerate(paras):
        spans, tail = _scan_paragraph(body, para)
        if carry is not None:
            first = spans[0] if spans else None
            reopens = (first is not None and first[0] == para.start) or tail == para.start
            if reopens:
                start, pieces, first_para = carry
                if first is not None and first[0] == para.start:
                    pieces.append((first[0] + 1, first[1] - 1))
                    result.append(QuoteSpan(start, first[1], pieces, first_para, True))
                    spans = spans[1:]
                    carry = None
                else:
                    pieces.append((para.start + 1, para.end))
                    continue
            else:
                start, pieces, first_para = carry
                result.append(QuoteSpan(start, pieces[-1][1], pieces, first_para, False))
                carry = None
        for start, end, closed in spans:
            result.append(QuoteSpan(start, end, [(start + 1, end - 1)], p_index, closed))
        if tail is not None:
            carry = (tail, [(tail + 1, para.end)], p_index)
    if carry is not None:
        start, pieces, first_para = carry
        result.append(QuoteSpan(start, pieces[-1][1], pieces, first_para, False))
    return result
