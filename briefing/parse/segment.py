"""Split an article body into paragraphs and sentences, keeping character offsets.

Owns segmentation only: every span is `(start, end)` into the body, so later stages can always
point back at the text. Paragraphs are lines; sentences end at `.`, `!` or `?` (after any closing
quotation marks) followed by a space and a capital, a digit or an opening quotation mark, except
after a known abbreviation or a dotted initialism such as `U.S.`.

Paragraphs that are only a byline or sign-off (`dateline.is_signoff`) can be skipped: they are kept
as paragraphs but hold no sentence, so no stage reads them as text.

Notes: rule-based in the manner of Punkt without its trained parameters; an abbreviation that truly
ends a sentence (`... to the U.S. Then`) is not split. Runs in linear time.
"""

from __future__ import annotations

import re

from briefing.parse import lexicon
from briefing.parse.doc import Sentence, Span

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")
_INITIALISM = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]\.){1,4}$")


def paragraphs(body: str) -> list[Span]:
    """Non-blank lines of the body, trimmed of surrounding white space."""
    spans: list[Span] = []
    pos = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
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
