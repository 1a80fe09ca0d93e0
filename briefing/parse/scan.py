"""Run the extractors' word-list patterns over a whole article fast, with exactly the matches of the plain forms.

Owns two speed devices and nothing else; it knows no word lists and no articles. Python's regex engine skips
quickly through a text only when a pattern opens with a literal or a set of characters. A pattern that opens
with `\\b`, with an optional word, or that is case-insensitive makes it try the whole pattern at every
position, and such scans were most of the parser's time. So:

- `WordStartPattern` runs `\\b(?:body)` (for a body whose every match opens with a word character) by
  searching for the body just after a space, or just after any other non-word character, both of which
  open with a literal or a set, and by confirming each hit with the plain pattern;
- `lowered` gives the text in lower case when that keeps every offset and makes a case-sensitive search
  of it find what a case-insensitive search of the text finds, so a lower-case word list can be searched
  without `re.IGNORECASE`, which the engine cannot skip ahead with.

Notes: the matches are the plain pattern's own `Match` objects (taken at their start), so groups and
offsets are unchanged; only `Match.pos` differs, which no caller reads.
"""

from __future__ import annotations

import bisect
import re
import re._constants as sre  # the parser's node names: `opening_class` reads a pattern's parse tree
import re._parser as sre_parse
from collections.abc import Callable, Iterator

_NOWHERE = 1 << 62
# The only characters whose lower case is not one character (`İ`), or that a case-insensitive pattern
# matches to an ASCII letter though their lower case is not that letter (`ı` to `i`, `ſ` to `s`). Found by
# testing every code point (tests/test_scan.py does it again).
_CASE_TRAPS = re.compile("[İıſ]")
# Any character but a space that may stand before a word: every non-word character, and non-ASCII letters too,
# which the confirming match turns down; the engine tests a character against it twice as fast as `[^\w ]`.
_NOT_SPACE = r"[^0-9A-Za-z_ ]"
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A node `opening_class` does not read, or one that may open with any character."""


def _char(code: int) -> str:
    """A code point written so it means itself inside a character class."""
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _openings(items: list, ignore_case: bool, found: tuple[list[str], list[str]]) -> bool:
    """Add to `found` (class items matched as written, class items matched case-insensitively) every character
    a match of the node sequence `items` may open with; True when the sequence may also match nothing."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # an anchor or a lookaround consumes nothing: the next node opens the match
        if op is sre.LITERAL:
            found[ignore_case].append(_char(av))
            return False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    found[ignore_case].append(_char(value))
                elif kind is sre.RANGE:
                    found[ignore_case].append(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is sre.CATEGORY and value in _CATEGORIES:
                    found[ignore_case].append(_CATEGORIES[value])
                else:  # a negated class, or another category
                    raise _Unknown(kind)
            return False
        if op is sre.BRANCH:
            empty = [_openings(branch, ignore_case, found) for branch in av[1]]
            if not any(empty):
                return False
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & ~re.IGNORECASE:
                raise _Unknown(op)
            case = bool(add & re.IGNORECASE) or (ignore_case and not remove & re.IGNORECASE)
            if not _openings(sub, case, found):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _openings(av, ignore_case, found):
                return False
        elif op in _REPEATS:
            least, _, sub = av
            if not _openings(sub, ignore_case, found) and least > 0:
                return False
        else:  # any character, a back-reference, a conditional ...
            raise _Unknown(op)
    return True


def opening_class(body: str, flags: int = 0) -> str | None:
    """A pattern of one character that matches every character a match of `body` (with `flags`) may open
    with, written from the pattern's parse tree (`[\\d]|(?i:[\\x65\\x6c])`), or None when any character may
    open one. A search that first checks it rejects most places at their first character, and finds the same
    matches: it may let through a character no match opens with, never the reverse."""
    found: tuple[list[str], list[str]] = ([], [])
    try:
        if flags & ~re.IGNORECASE or _openings(list(sre_parse.parse(body, flags)), bool(flags), found):
            return None  # other flags, or a body that may match nothing
    except _Unknown:
        return None
    exact, folded = ("".join(dict.fromkeys(items)) for items in found)
    parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "|".join(parts) if parts else None


def _opening_test(body: str, flags: int) -> Callable[[str], bool] | None:
    """Whether a character may open a match of `body` (see `opening_class`), answered from a table that
    learns each character on first sight; None when any character may."""
    opens = opening_class(body, flags)
    if opens is None:
        return None
    test, known = re.compile(opens), dict[str, bool]()

    def may_open(char: str) -> bool:
        answer = known.get(char)
        if answer is None:
            answer = known[char] = test.match(char) is not None
        return answer

    return may_open


def lowered(text: str) -> str | None:
    """`text.lower()` when searching it case-sensitively for ASCII lower-case words finds exactly what a
    case-insensitive search of `text` finds, at the same offsets; None when the text has a character
    for which that fails. The Doc keeps it (`Doc.lowered`), so the stages that search it share one."""
    if _CASE_TRAPS.search(text):
        return None
    return text.lower()


class WordStartPattern:
    """The matches of `\\b(?:body)`, found without trying the pattern at every position of the text.

    Every alternative of `body` must open with a word character (so `\\b` before it means "at the start of
    the text or after a non-word character") and no match may be empty. Candidate starts come from fast
    searches: for the body itself when it opens with a literal or a set of characters (`opens_with_set`),
    else for the body after a space and after any other non-word character. Each candidate is confirmed
    with the plain pattern at that position, and the search goes on from the end of each match as
    `finditer` does. Extra assertions may precede `\\b` in `lead` (lookbehinds); the plain pattern checks them.
    """

    def __init__(self, body: str, flags: int = 0, lead: str = "", opens_with_set: bool = False) -> None:
        self.pattern = re.compile(rf"{lead}\b(?:{body})", flags)
        self._from_start = not opens_with_set  # the two-character finders cannot see position 0
        if opens_with_set:
            self._finders = ((re.compile(body, flags), 0),)
        else:
            after_space, after_other = re.compile(rf" (?:{body})", flags), re.compile(rf"{_NOT_SPACE}(?:{body})", flags)
            self._finders = ((after_space, 1), (after_other, 1))

    @staticmethod
    def _next(finder: tuple[re.Pattern[str], int], text: str, pos: int, endpos: int) -> int:
        """Smallest candidate start >= pos that the finder (a pattern, and where the body begins in it) gives."""
        pattern, shift = finder
        found = pattern.search(text, max(pos - shift, 0), endpos)
        return found.start() + shift if found else _NOWHERE

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Same matches as `self.pattern.finditer(text, pos, endpos)`."""
        endpos = len(text) if endpos is None else endpos
        if pos == 0 and self._from_start:
            first = self.pattern.match(text, 0, endpos)
            if first is not None:
                yield first
                pos = first.end()
            pos = max(pos, 1)
        candidates = [self._next(finder, text, pos, endpos) for finder in self._finders]
        while True:
            start = min(candidates)
            if start == _NOWHERE:
                return
            match = self.pattern.match(text, start, endpos)
            if match is not None:
                yield match
                pos = max(match.end(), start + 1)
            else:  # not at a word's start, or an assertion of `lead` failed
                pos = start + 1
            for i, candidate in enumerate(candidates):
                if candidate < pos:
                    candidates[i] = self._next(self._finders[i], text, pos, endpos)


class WordStartPatterns:
    """Several patterns `lead + \\b(?:body)` run over one text, sharing one search for where any can start.

    The bodies obey `WordStartPattern`'s rules. One search finds every word start (after a space or another
    non-word character, or the text's start) at which some body matches, so the text is scanned once for
    all the patterns instead of once each; each pattern is then tried only at those few places, in order,
    going on from the end of each of its matches, which gives exactly its `finditer` matches.
    """

    def __init__(self, patterns: list[tuple[str, int, str]]) -> None:
        """`patterns`: (body, flags, lead) each; flags may only be 0 or `re.IGNORECASE`."""
        if any(flags not in (0, re.IGNORECASE) or "(?P=" in body for body, flags, _ in patterns):
            raise ValueError("only re.IGNORECASE is supported, and no back-references")
        self.patterns = [re.compile(rf"{lead}\b(?:{body})", flags) for body, flags, lead in patterns]
        # in the union, named groups become plain ones: two bodies may name a group alike. The bodies are
        # grouped by the characters they may open with (`opening_class`), each group behind a check of them, so
        # at each place the engine tries only the bodies that may open with its character.
        groups: dict[str | None, list[str]] = {}
        for body, flags, _ in patterns:
            plain = f"(?{'i' if flags else ''}:{_NAMED_GROUP.sub('(?:', body)})"
            groups.setdefault(opening_class(body, flags), []).append(plain)
        union = "|".join(
            f"(?={opens})(?:{'|'.join(group)})" if opens else "|".join(group) for opens, group in groups.items()
        )
        self._at_start = re.compile(rf"(?={union})")
        # the character after a space is checked first: most words cannot open any body, and are passed over
        # without trying each body there
        opens = opening_class(union)
        first = f"(?={opens})" if opens else ""
        self._after_space = re.compile(rf" {first}(?={union})")
        self._after_other = re.compile(rf"{_NOT_SPACE}{first}(?={union})")
        # per pattern, whether a character may open it (None: any may), learnt one character at a time
        self._opens = [_opening_test(body, flags) for body, flags, _ in patterns]

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Word starts at which at least one body matches, in order; between `pos` and `endpos`, a body
        matching as if the text ended at `endpos` (as `finditer` with an `endpos` needs)."""
        endpos = len(text) if endpos is None else endpos
        before = max(pos - 1, 0)  # the space or sign before `pos` is part of the search
        starts = [0] if pos == 0 and self._at_start.match(text, 0, endpos) else []
        starts += [m.start() + 1 for m in self._after_space.finditer(text, before, endpos)]
        starts += [m.start() + 1 for m in self._after_other.finditer(text, before, endpos)]
        starts = [start for start in starts if start >= pos] if pos else starts
        starts.sort()
        return starts

    def finditer(
        self, index: int, text: str, starts: list[int], pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The same matches as `self.patterns[index].finditer(text, pos, endpos)`, given `starts(text)`.

        With an `endpos`, this holds when a match that ends by `endpos` would also be a match if the text
        went on, as it does for patterns without negative lookaheads or end anchors when the character at
        `endpos` is not a word character (a sentence's end, say)."""
        pattern, opens = self.patterns[index], self._opens[index]
        endpos = len(text) if endpos is None else endpos
        for i in range(bisect.bisect_left(starts, pos), len(starts)):
            start = starts[i]
            if start >= endpos:
                return
            if opens is not None and not opens(text[start]):
                continue  # another pattern starts here: this one cannot
            if start >= pos and (match := pattern.match(text, start, endpos)) is not None:
                yield match
                pos = max(match.end(), start + 1)

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, in the given order, the same matches as its `finditer(text)`."""
        starts = self.starts(text)
        return [list(self.finditer(index, text, starts)) for index in range(len(self.patterns))]


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """`(?:w1|w2|...)` for literal words, written with the words grouped by their first character:
    `(?:s(?:aid|ays)|t(?:old|ells))`. It matches exactly what the flat form matches, preferring the same
    word (words of different first characters cannot both match at one place, and each group keeps the
    words' order), but the regex engine rejects a place by its first character once per group instead of
    once per word. This holds with or without `re.IGNORECASE`; to be sure of it, words that open with a
    non-ASCII character (which a case-insensitive pattern may match to another) keep the flat form."""
    if not words or any(not word or not word[0].isascii() for word in words):
        return "(?:" + "|".join(re.escape(word) for word in words) + ")"
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word)
    parts = []
    for group in groups.values():
        if len({word[0] for word in group}) > 1:  # `S` and `s`: kept whole, in order
            parts.append("|".join(re.escape(word) for word in group))
        else:
            parts.append(re.escape(group[0][0]) + "(?:" + "|".join(re.escape(word[1:]) for word in group) + ")")
    return "(?:" + "|".join(parts) + ")"
