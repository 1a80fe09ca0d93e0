"""Find indirect speech: words reported without quotation marks, and who said them.

Owns reported clauses within one article's sentences. Three finders, each named in the quote's `frame`:
`according_to` (`According to X, CLAUSE.` and `CLAUSE, according to X.`), `said_that` (`X said (that)
CLAUSE.`, `X told reporters on Tuesday that CLAUSE.`) and `clause_said` (`CLAUSE, X said.`, `CLAUSE,
said X.`). The clause is the quote's `text` and its offsets; the speaker comes from `speakers` and a
clause whose speaker cannot be named is not kept.

Notes: in the manner of GenderGapTracker's syntactic and `according to` finders, with patterns instead
of a parse: the subject must open its sentence (after at most one introductory phrase and its comma).
A sentence that holds a full direct quotation is left to `quotes`; one with a partial quotation may
still be reported speech. Each finder reads a bounded window at the sentence's start or end, so the work
stays linear. A news outlet that carries the words (`according to Reuters`) is not a speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import Doc, Sentence
from briefing.parse.quote_spans import QuoteSpan
from briefing.parse.quotes import Quote
from briefing.parse.speakers import Speakers, is_outlet

_AUXILIARY = re.compile(r"\b(?:" + "|".join(sorted(lexicon.word_list("auxiliaries.txt"))) + r")\b")
_WINDOW = 240  # characters read at a sentence's start or end
_MIN_WORDS = 3  # a reported clause says something: at least this many words
_WEEKDAY = r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WHO = r"(?P<who>[^,;:“”\"\n]{1,160}?(?:,\s[^,;:\n]{1,120},)?)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    verbs = sorted(lexicon.word_list("indirect_verbs.txt"), key=len, reverse=True)
    alternation = "|".join(re.escape(v) for v in verbs)
    verb = rf"(?P<verb>{alternation})"
    told = r"(?:\s+(?:[\w.’'-]+\s+){0,3}?)?"  # `told reporters`, `told the council on Monday`
    adverbial = rf"(?:,?\s+(?:{_WEEKDAY}|in an? [\w ]{{1,30}}?|on [A-Z][\w]*|late on \w+|last week|this week)\b,?)?"
    intro = r"(?:(?:[A-Z][^,;:“”\"\n]{0,100}),\s+)??"  # tried without first
    said_that = re.compile(rf"{intro}{_WHO}\s+{verb}\b{adverbial}(?:{told}\s*that\b|(?=\s+[A-Za-z]))\s*")
    according_head = re.compile(r"[Aa]ccording to\s+(?P<who>[^,;:“”\"\n]{1,100}?),\s+")
    according_tail = re.compile(r",\s+according to\s+(?P<who>[^;:“”\"\n]{1,120}?)\s*[.!]?\s*$")
    verb_who = rf"{verb.replace('verb', 'verb2')}\s+{_WHO.replace('who', 'who2')}(?:,\s[^;:\n]{{1,80}})?"
    clause_said = re.compile(
        rf",\s+(?:{_WHO}\s+{verb}|{verb_who})"
        rf"(?:\s+{_WEEKDAY}|\s+in an? [\w ]{{1,30}}?|\s+on [A-Z]\w*)?\s*[.!]?\s*$"
    )
    participle = re.compile(
        r",\s+(?:and\s+)?(?P<verb>adding|noting|saying|warning|arguing|insisting|announcing|stressing)\s+that\s+"
    )
    return said_that, according_head, according_tail, clause_said, participle


class _Reporter:
    def __init__(self, doc: Doc, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.body = doc.body
        self.speakers = Speakers(doc)
        self.said_that, self.according_head, self.according_tail, self.clause_said, self.participle = _patterns()
        self.spans = spans
        self.span_starts = [s.start for s in spans]
        self.whos: dict[int, str] = {}  # a reported clause's start -> the words that named its speaker

    def _has_full_quote(self, sentence: Sentence) -> bool:
        """A direct quotation longer than a phrase overlaps the sentence: it is the direct finders' business."""
        i = bisect.bisect_left(self.span_starts, sentence.end)
        while i > 0 and self.spans[i - 1].end > sentence.start:
            span = self.spans[i - 1]
            if len(self.body[span.start : span.end].split()) > 4 or span.start <= sentence.start + 1:
                return True
            i -= 1
        return False

    def run(self) -> list[Quote]:
        quotes = []
        for sentence in self.doc.sentences:
            if self._has_full_quote(sentence):
                continue
            found = (
                self._according(sentence)
                or self._said_that(sentence)
                or self._clause_said(sentence)
                or self._participle(sentence)
            )
            if found is not None:
                previous = quotes[-1] if quotes else None
                if (
                    previous is not None
                    and found.paragraph - previous.paragraph <= 1
                    and self.speakers.kind_fits(self._who_of(found), previous.speaker, previous.speaker_key)
                ):  # `..., the airline said` after `Spirit Airlines said ...`
                    found = dataclasses.replace(found, speaker=previous.speaker, speaker_key=previous.speaker_key)
                quotes.append(found)
        return quotes

    def _who_of(self, quote: Quote) -> str:
        return self.whos.get(quote.start, "")

    def _quote(self, sentence: Sentence, span: tuple[int, int], who: tuple[str, int], verb: str, frame: str):
        start, end = span
        while start < end and self.body[start].isspace():
            start += 1
        while end > start and self.body[end - 1] in " .!?,;:\n":
            end -= 1
        text = self.body[start:end]
        if len(text.split()) < _MIN_WORDS or not (sentence.start <= start < end <= sentence.end):
            return None
        resolved = self.speakers.resolve(*who)
        if resolved is None or not resolved[0] or is_outlet(resolved[0]) or is_outlet(who[0].strip()):
            return None
        if _AUXILIARY.search(re.split(r",|\swho\s", who[0])[0]):
            return None  # `..., said the government would review it`: a verb's object, not a speaker
        speaker, key, attribution = resolved
        self.whos[start] = who[0]
        return Quote(start, end, text, sentence.paragraph, "indirect", speaker, key, verb, attribution, True, frame)

    def _according(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        head = self.according_head.match(self.body, s, min(e, s + _WINDOW))
        if head:
            who = (head.group("who"), head.start("who"))
            return self._quote(sentence, (head.end(), e), who, "according to", "according_to")
        tail = self.according_tail.search(self.body, max(s, e - _WINDOW), e)
        if tail:
            return self._quote(
                sentence, (s, tail.start()), (tail.group("who"), tail.start("who")), "according to", "according_to"
            )
        return None

    def _said_that(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        match = self.said_that.match(self.body, s, min(e, s + _WINDOW))
        if match is None:
            return None
        who = (match.group("who"), match.start("who"))
        return self._quote(sentence, (match.end(), e), who, match.group("verb"), "said_that")

    def _clause_said(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        match = self.clause_said.search(self.body, max(s, e - _WINDOW), e)
        if match is None:
            return None
        name = "who" if match.group("who") is not None else "who2"
        verb = match.group("verb") or match.group("verb2")
        return self._quote(sentence, (s, match.start()), (match.group(name), match.start(name)), verb, "clause_said")

    def _participle(self, sentence: Sentence) -> Quote | None:
        """`X addressed the summit, announcing that CLAUSE`: the speaker is the sentence's subject."""
        s, e = sentence.start, sentence.end
        match = self.participle.search(self.body, s, min(e, s + _WINDOW))
        subject = re.match(r"[^,;:“”\"\n]{1,60}?(?=\s+[a-z])", self.body[s : match.start()]) if match else None
        if match is None or subject is None:
            return None
        return self._quote(sentence, (match.end(), e), (subject.group(), s), match.group("verb"), "participle")


def find_indirect(doc: Doc, spans: list[QuoteSpan]) -> list[Quote]:
    """Indirect speech of one article in order, outside the sentences its direct quotations hold."""
    return _Reporter(doc, spans).run()
