"""The fast scans of `briefing.parse.scan` find exactly what the plain patterns find."""

from __future__ import annotations

import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.parse import dates, scan
from briefing.parse.doc import Words

_PIECES = [
    " ",
    "  ",
    "\n",
    "-",
    "—",
    "(",
    "“",
    "’",
    ",",
    ".",
    "$",
    "No. ",
    "x",
    "X",
    "the ",
    "The ",
    "early ",
    "mid-",
    "end of ",
    "since ",
    "on ",
    "last ",
    "Last ",
    "LAST ",
    "this ",
    "month",
    "year",
    "Year",
    "June",
    "Sept.",
    "May",
    "Monday",
    "1",
    "5",
    "30",
    "2024",
    "1999",
    "2031",
    "%",
    "yesterday",
    "Today",
    "ſ",
    "ı",
    "İ",
    "é",
    "_",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_word_start_pattern_matches_like_finditer(text: str, pos: int, endpos: int) -> None:
    pos, endpos = min(pos, len(text)), max(min(endpos, len(text)), min(pos, len(text)))
    for _, body, flags, lead in dates._KINDS:
        for opens_with_set in (False, True) if body.startswith(("(?P<month>", "(?P<year>")) else (False,):
            pattern = scan.WordStartPattern(body, flags, lead, opens_with_set)
            plain = [(m.span(), m.groupdict()) for m in pattern.pattern.finditer(text, pos, endpos)]
            fast = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]
            assert fast == plain


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_word_start_patterns_match_like_each_finditer(text: str) -> None:
    for (_, body, flags, lead), fast in zip(dates._KINDS, dates._PATTERNS.matches(text), strict=True):
        plain = re.compile(rf"{lead}\b{body}", flags).finditer(text)
        assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in plain]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_word_start_patterns_in_a_region_match_like_each_finditer_there(text: str, pos: int, endpos: int) -> None:
    """`starts(text, pos, endpos)` and `finditer(..., pos, endpos)`, as `dates` runs them on each sentence:
    the same matches as each plain pattern's `finditer(text, pos, endpos)`."""
    pos, endpos = min(pos, len(text)), max(min(endpos, len(text)), min(pos, len(text)))
    starts = dates._PATTERNS.starts(text, pos, endpos)
    for index, (_, body, flags, lead) in enumerate(dates._KINDS):
        fast = dates._PATTERNS.finditer(index, text, starts, pos, endpos)
        plain = re.compile(rf"{lead}\b{body}", flags).finditer(text, pos, endpos)
        assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in plain]


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_lowered_text_finds_what_a_case_insensitive_search_finds(text: str) -> None:
    pattern = re.compile(r"\b(?:last|this|since)\s+(?:month|year)\b|yesterday|today", re.I)
    lower = scan.lowered(text)
    if lower is None:
        assert re.search("[İıſ]", text)
        return
    assert [m.span() for m in re.compile(pattern.pattern).finditer(lower)] == [m.span() for m in pattern.finditer(text)]


def test_case_traps_are_the_only_characters_lower_casing_gets_wrong() -> None:
    """Every code point: lower-casing keeps one character and word-ness, and an ASCII letter matches it
    case-insensitively exactly when its lower case is that letter, except for the three traps."""
    letters = {x: re.compile(x, re.I) for x in string.ascii_lowercase}
    any_letter, word = re.compile("[a-z]", re.I), re.compile(r"\w")
    wrong = set()
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low = ch.lower()
        same_shape = len(low) == 1 and bool(word.match(ch)) == bool(word.match(low))
        letter_like = bool(any_letter.match(ch)) or low in letters
        same_letter = (
            bool(any_letter.match(ch))
            and low in letters
            and not any(p.match(ch) for x, p in letters.items() if x != low)
        )
        if not same_shape or (letter_like and not same_letter):
            wrong.add(ch)
    assert wrong == set("İıſ")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abSsſK k-.", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abSsſK k-.x", max_size=30),
    st.booleans(),
)
def test_alternation_matches_like_the_flat_form(words: list[str], text: str, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    flat = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")(?=x|$)", flags)
    grouped = re.compile(scan.alternation(words) + "(?=x|$)", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZé3_-’'&. U.S", max_size=30))
def test_the_word_index_holds_the_plain_patterns_words(text: str) -> None:
    plain = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'&-]*[^\W_])?|\d+")
    words = Words.of(text)
    assert list(zip(words.starts, words.ends, strict=True)) == [m.span() for m in plain.finditer(text)]
    assert words.texts == plain.findall(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_every_match_opens_with_a_character_of_its_opening_class(text: str) -> None:
    """`opening_class` may let through characters no match opens with, never turn down one that does."""
    for _, body, flags, lead in dates._KINDS:
        opens = scan.opening_class(body, flags)
        for m in re.compile(rf"{lead}\b{body}", flags).finditer(text):
            assert opens is None or re.match(opens, text[m.start()])


def test_opening_class_reads_literals_sets_groups_and_case() -> None:
    assert scan.opening_class("(?:early |)(?P<m>May|June)") == r"[\x65\x4d\x4a]"
    assert re.match(scan.opening_class("last|next", re.IGNORECASE) or "", "N")
    assert not re.match(scan.opening_class(r"\d+|(?i:x)") or "", "y")
    assert scan.opening_class(r"[^a]b") is None  # a negated set may open with nearly anything
    assert scan.opening_class(r"(?:a|)") is None  # a body that may match nothing
