"""Split an article body into paragraphs and sentences, keeping character offsets.

Owns segmentation only: every span is `(start, end)` into the body, so later stages can always
point back at the text. Paragraphs are lines; sentences end at `.`, `!` or `?` (after any closing
quotation marks) followed by a space and a capital, a digit or an opening quotation mark, except
after a known abbreviation or a dotted initialism such as `U.S.`.

A line that goes on in the next (hard-wrapped text: no end of sentence, and the next line opens in lower
case, or with a number after a line of wrapped length) is one paragraph with it, so `on June` / `1, 2025`
is one sentence; otherwise a line break ends the paragraph (and no date is read across it).

Paragraphs that are only a byline or sign-off (`dateline.is_signoff`) can be skipped: they are kept
as paragraphs but hold no sentence, so no stage reads them as text.

Notes: rule-based in the manner of Punkt without its trained parameters; an abbreviation that truly
ends a sentence (`... to the U.S. Then`) is not split. Runs in linear time.
"""

from __future__ import annotations

import re

from briefing.parse import lexicon
from briefing.parse.doc import Sentence, Span

# (a report's footnote mark after the stop, `.[12] `, ends the sentence with it)
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\])?(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")
_INITIALISM = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]\.){1,4}$")
# A line ending so ends its sentence, a heading's colon or a quotation: the next line is a paragraph of its own.
_ENDS_LINE = frozenset(".!?:;\"”’'»)]|")
# Hard-wrapped text breaks its lines near a width (60 to 80 characters); a shorter line is one of its own.
_WRAPPED_LINE_CHARS = 40
_LIST_NUMBER = re.compile(r"\d{1,3}[.)](?:\s|$)")
# A line that is only an e-mail address or a link (a byline's `jdoe@example.net`) is a line of its own.
_ADDRESS_LINE = re.compile(r"(?:[\w.+-]+@|https?://|www\.)\S+")


def _wrapped(line: str, next_line: str) -> bool:
    """Does `line` go on in `next_line` (hard-wrapped text: `on June` / `1, 2025 the police came`)? Only when
    the line ends mid-sentence and the next one opens as no paragraph does: in lower case, or with a number
    after a line as long as a wrapped one (a heading, a dateline or a document number is short: `KEY FIGURES`
    / `9,800 people displaced`) that is not a list's number (`1.`, `2)`)."""
    if not line or not next_line or line[-1] in _ENDS_LINE:
        return False
    first = next_line[0]
    if _ADDRESS_LINE.fullmatch(next_line):
        return False
    if first.isdigit():
        return len(line) >= _WRAPPED_LINE_CHARS and not _LIST_NUMBER.match(next_line)
    return first.islower()


def paragraphs(body: str) -> list[Span]:
    """Non-blank lines of the body, trimmed of surrounding white space; a hard-wrapped line (`_wrapped`) is
    one paragraph with the line it goes on in, its line break kept in the text."""
    spans: list[Span] = []
    pos = 0
    previous = ""
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            if spans and _wrapped(previous, stripped):
                spans[-1] = Span(spans[-1].start, pos + lead + len(stripped))
            else:
                spans.append(Span(pos + lead, pos + lead + len(stripped)))
        previous = stripped
        pos += len(line) + 1
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Does the period at `dot` close an abbreviation rather than a sentence?"""
    word_start = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1
    word = text[word_start : dot + 1].lstrip("(\"“‘'")
    if word in lexicon.word_list("abbreviations.txt"):
        return True
    return bool(_INITIALISM.search(text[max(0, dot - 12) : dot + 1]))


def sentences(body: str, paras: list[Span] | None = None, skipped: frozenset[int] = frozenset()) -> list[Sentence]:
    """Sentences of every paragraph but the `skipped` ones (by index: bylines, sign-offs), numbered across
    the article; paragraph indices stay those of `paras`."""
    result: list[Sentence] = []
    for p_index, para in enumerate(paras if paras is not None else paragraphs(body)):
        if p_index in skipped:
            continue
        text = body[para.start : para.end]
        begin = 0
        for match in _BOUNDARY.finditer(text):
            if (
                match.group().startswith(".")
                and len(match.group()) == 1 + len(match.group().lstrip("."))
                and _ends_with_abbreviation(text, match.start())
            ):
                continue
            end = match.end()
            result.append(Sentence(len(result), p_index, para.start + begin, para.start + end))
            begin = end
            while begin < len(text) and text[begin].isspace():
                begin += 1
        if begin < len(text):
            result.append(Sentence(len(result), p_index, para.start + begin, para.end))
    return result
