"""The quotes stage: direct quotations and indirect speech of one article, as one list in text order.

Owns the order in which the two are found, and nothing else: the marks first (`quote_spans`), then
indirect speech outside them (`indirect`), then the direct quotations' speakers (`quotes`), which may
continue the speaker of reported speech just before.

Notes: a sentence holding a full direct quotation is never read again as indirect speech, and a
reported clause that is exactly a direct quotation (`... warned that “A.”`: the clause is the quoted
words) is that quotation, kept once: two rows of one span would share an id.
"""

from __future__ import annotations

from briefing.parse.doc import Doc
from briefing.parse.indirect import find_indirect
from briefing.parse.quote_spans import find_spans
from briefing.parse.quotes import Quote, find_direct
from briefing.parse.speakers import Speakers


def find_speech(doc: Doc) -> list[Quote]:
    """Every quotation, direct (`full`, `partial`) and `indirect`, ordered by offset."""
    spans = find_spans(doc.body, doc.paragraphs)
    speakers = Speakers(doc)  # one resolver, and its look-ups, for both kinds of speech
    reported = find_indirect(doc, spans, speakers)
    direct = find_direct(doc, spans, reported, speakers)
    quoted = {(q.start, q.end) for q in direct}
    reported = [q for q in reported if (q.start, q.end) not in quoted]
    return sorted([*direct, *reported], key=lambda q: (q.start, q.end))
