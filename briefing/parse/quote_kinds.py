"""What a quotation span is before anyone is attributed: a full or partial quotation, or not a quotation
at all (a title, a scare quote, a nickname).

Owns the reading of the words inside and right around the marks. It does not look for speakers
(`quotes`, `speakers`) and does not find the marks (`quote_spans`).

Notes: a full quotation stands as a clause of its own (after a colon, a sentence end, or `said,`);
anything else is partial. A one-word quotation used as a modifier (`the "voluntary" model`) is a scare
quote unless a speech verb stands right before it (`vowed to "crush" them`); a quoted word between two
capitalised words is a nickname (`Jimmy "Barbecue" Chérizier`). Titles are Title Case words after a
cue word. All of this reads at most a few dozen characters around the span.
"""

from __future__ import annotations

import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import Doc
from briefing.parse.quote_spans import QuoteSpan

_TITLE_CUES = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|report|book|film|song|album|"
    r"program|programme|plan|initiative|campaign|operation|study|paper)\b",
    re.IGNORECASE,
)
_TITLE_SMALL_WORDS = frozenset(
    ["of", "the", "and", "a", "an", "in", "for", "on", "to", "at", "by", "with", "from", "or"]
)
_SCARE_FOLLOWERS = frozenset(
    ["to", "and", "or", "of", "in", "that", "for", "which", "with", "by", "on", "at", "as", "but", "from"]
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z]")


@functools.cache
def _verb_just_before() -> re.Pattern[str]:
    """A speech verb right before the opening mark, or before `to` (`vowed to “crush” them`): the word is
    someone's, used as they used it."""
    return re.compile(rf"\b(?:{lexicon.attribution_verb_pattern()})(?:\s+to)?\s*$")


def kind_of(doc: Doc, span: QuoteSpan) -> str:
    """Full when the quotation stands as (at least) a clause of its own, partial inside a sentence."""
    body = doc.body
    para = doc.paragraphs[span.paragraph]
    before = body[max(para.start, span.start - 120) : span.start].rstrip()
    inner = body[span.inner[0][0] : span.inner[-1][1]].strip()
    opens_paragraph = span.start - para.start <= 120 and not before
    if len(span.inner) > 1 or opens_paragraph or before.endswith((":", ".", "!", "?", "”", '"', "»")):
        return "full"
    if before.endswith(",") and (inner[:1].isupper() or re.search(r"[”\"’]\s*[^“”\"]{0,80},$", before)):
        return "full"  # `X said, "We..."` or the rest of `"A," he said, "and B."`
    return "partial"


def is_title(doc: Doc, span: QuoteSpan, text: str, kind: str) -> bool:
    """A title in quotation marks: Title Case words after a cue (`the report "Haiti at the Crossroads"`)."""
    words = text.rstrip(",.;:!?").split()
    if not words or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words):
        return False
    preceding = doc.body[max(0, span.start - 40) : span.start]
    return bool(_TITLE_CUES.search(preceding)) or (kind == "partial" and len(words) >= 2)


@functools.cache
def _label_verb_before() -> re.Pattern[str]:
    """A verb of paperwork right before the mark, with or without `as` (`declared as “personal effects”`)."""
    verbs = "|".join(sorted(lexicon.word_list("label_verbs.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})(?:\s+as)?\s*$")


def is_label(doc: Doc, span: QuoteSpan, text: str) -> bool:
    """A quoted label of a few words after a verb of paperwork (`crates marked “medical supplies”`)."""
    if len(text.split()) > 4:
        return False
    return _label_verb_before().search(doc.body, max(0, span.start - 40), span.start) is not None


def is_crosshead(doc: Doc, span: QuoteSpan) -> bool:
    """A paragraph that is only a quoted phrase between dashes (`- 'Not a single vote' -`, an agency's
    crosshead), or alone and with no stop (`‘Nowhere to go’` over a section): a heading, not a quotation."""
    para = doc.paragraphs[span.paragraph]
    before = doc.body[para.start : span.start].strip()
    after = doc.body[span.end : para.end].strip()
    if len(span.inner) != 1:
        return False
    if before in ("-", "–", "—") and after in ("-", "–", "—"):
        return True
    # a broadsheet's crosshead: the paragraph is a short quoted phrase alone, without a stop of its own
    inner = doc.body[span.inner[0][0] : span.inner[0][1]].strip()
    return not before and not after and len(inner.split()) <= 8 and not inner.endswith((".", "!", "?", "…", ","))


def is_scare_quote(doc: Doc, span: QuoteSpan, text: str) -> bool:
    """One quoted word used as a modifier (`the mission's "voluntary" funding model`), or a nickname."""
    if len(text.split()) > 1:
        return False
    body = doc.body
    before = body[max(0, span.start - 60) : span.start]
    after = body[span.end : span.end + 20]
    if _CAPITALISED_BEFORE.search(before) and _CAPITALISED_AFTER.match(after):
        return True  # `Jimmy “Barbecue” Chérizier`
    if _verb_just_before().search(before):
        return False
    following = re.match(r"\s+([a-z]+)", after)
    return following is not None and following.group(1) not in _SCARE_FOLLOWERS
