"""Find quotations and who said them.

Owns quotation spans and their attribution within one article. Quotation marks are curly or
straight double marks or French guillemets (« »), or single marks used as quotation marks (British style) when no double
mark is open; single marks inside a double quotation are nested and stay part of it. A quotation
whose paragraph ends while it is open continues when the next paragraph reopens it; otherwise it
is closed at the paragraph's end (recovered, not dropped).

Attribution, tried in order: a speech verb and speaker right after the quotation (`," X said`,
`," said X`); a speaker and speech verb right before it (`X said: "`), also at the end of the
previous paragraph (a colon lead-in); the speaker of the quotation just before in the same
paragraph (`"A," X said. "B."`); for a partial quotation, the subject of its sentence's speech
verb; and, with no verb at all, the speaker the preceding paragraphs make clear (`context`).
Pronouns resolve to the nearest person named before.

Notes: in the manner of textacy's direct-quotation extractor, widened to the patterns above.
Indirect speech (`X said that ...`) is not a quotation. Titles in quotation marks (`the report
"Haiti at the Crossroads"`) and one-word scare quotes with nobody to attribute them to are skipped.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from briefing.parse import lexicon
from briefing.parse.doc import Doc, Mention, Sentence
from briefing.parse.quote_spans import QuoteSpan, find_spans

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
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\s)((?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+$"
)
_PRONOUN = re.compile(r"(?:he|she|they)$", re.I)
_ANONYMOUS_HEAD = re.compile(r"^(?:a|an|one|two|three|several|some|many|the|another)\b", re.I)


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # opening mark
    end: int  # after the closing mark (or the paragraph's end when never closed)
    text: str  # words without the quotation marks; paragraphs joined by a newline
    paragraph: int
    kind: str  # full | partial
    speaker: str
    speaker_key: str  # actor key, "" for unnamed sources
    cue: str
    attribution: str  # explicit | pronoun | context | "" when nobody can be named
    closed: bool


@functools.cache
def _attribution_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The attribution patterns (after: who then verb, verb then who; before; a verb in a sentence), built once
    rather than for every article: they hold every speech verb and abbreviation."""
    verbs = lexicon.speech_verb_pattern()
    dot = "|".join(rf"(?<={re.escape(a[:-1])})\." for a in lexicon.word_list("abbreviations.txt") if len(a) <= 5)
    char = rf"(?:[^,.;:!?“”«»\"‘\n]|(?<=[A-Z])\.|{dot})"
    appositive = r"(?:,\s(?:[^,.;:“”«»\"\n]|(?<=[A-Z])\.){1,80},)?"
    speaker = rf"(?P<who>{char}{{1,80}}?{appositive})"
    after_who_verb = re.compile(rf"^[,!?—–-]?\s*{speaker}\s+(?P<verb>{verbs})\b")
    after_verb_who = re.compile(rf"^[,!?—–-]?\s*(?P<verb>{verbs})\s+(?P<who>{char}{{1,80}})")
    anchored = speaker.replace("?P<who>", r"?P<who>(?:^|(?<=[\s,]))")
    before = re.compile(rf"{anchored}\s+(?P<verb>{verbs})(?P<rest>(?:\s+[\w’']+){{0,3}})\s*[:,]\s*$")
    return after_who_verb, after_verb_who, before, re.compile(rf"\b(?P<verb>{verbs})\b")


class _Attributor:
    """Attributes the quotation spans of one article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = doc.body
        self.paras = doc.paragraphs
        self.found = found = doc.actors
        self.after_who_verb, self.after_verb_who, self.before, self.verb_in_sentence = _attribution_patterns()
        self.persons = [m for m in found.mentions if found.actors[m.key].type == "person"]
        self.person_starts = [m.start for m in self.persons]
        self.para_starts = [p.start for p in self.paras]

    def _sentence(self, pos: int) -> Sentence | None:
        return self.doc.sentence_at(pos)

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie wholly within [start, end)."""
        return self.doc.mentions_in(start, end)

    def _persons_between(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.person_starts, start), bisect.bisect_left(self.person_starts, end)
        return self.persons[lo:hi]

    def _speaker(self, who: str, who_start: int) -> tuple[str, str, str] | None:
        """(speaker, actor key, attribution) for the words naming a speaker.

        A person named in the words wins (`The mayor, Frantz Jeudy,`); then a pronoun; then an unnamed
        source kept as written (`a diplomat who asked not to be named`), unless its role names exactly
        one person of the article; then any other actor (`the ministry`).
        """
        who = who.strip()
        if re.search(r"\swho$", who):  # `I spoke to a schoolteacher who said:`
            who = re.sub(r"\s+who$", "", re.sub(r"^(?:.*\s)?(?=(?:a|an|another|one)\s)", "", who))
        who_end = who_start + len(who)
        core = who.split(",")[0].strip()
        inside = self._mentions_between(who_start, who_end)
        person = next((m for m in inside if self.found.actors[m.key].type == "person"), None)
        if person is not None:
            return self.found.actors[person.key].name, person.key, "explicit"
        if _PRONOUN.fullmatch(core):
            key = self._person_before(who_start)
            if key is None:
                return core, "", "pronoun"
            return self.found.actors[key].name, key, "pronoun"
        if _ANONYMOUS_HEAD.match(core) and len(core.split()) <= 12:
            role = self._role_match(core)
            if role is not None:
                return self.found.actors[role].name, role, "explicit"
            return self._earlier_source(core, who_start) or who.rstrip(","), "", "explicit"
        if inside:
            return self.found.actors[inside[0].key].name, inside[0].key, "explicit"
        return None

    def _earlier_source(self, phrase: str, before: int) -> str | None:
        """`the spokesperson` refers back to the unnamed source introduced earlier
        (`A spokesperson for the U.S. State Department said ...`): speak of it as first written."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        head = re.escape(words[1])
        article = r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){0,3}?"
        affiliation = r"(?:\s+(?:for|at|with|from|of|in)\s+(?:[^,.;:“”«»\"\n]|(?<=[A-Z])\.){1,60})?"
        ending = rf"(?=\s+(?:{lexicon.speech_verb_pattern()})\b|[,;]|\.(?:\s|$))"
        pattern = article + head + affiliation + ending
        found = list(re.finditer(pattern, self.body[:before]))
        return found[-1].group() if found else None

    def _role_match(self, phrase: str) -> str | None:
        """`the foreign minister` names the one person the article gave that role."""
        words = phrase.lower().split()
        if words[0] != "the":
            return None
        rest = " ".join(words[1:])
        matches = [
            a.key for a in self.found.actors.values() if a.type == "person" and a.role and a.role.lower() == rest
        ]
        return matches[0] if len(matches) == 1 else None

    def _person_before(self, pos: int) -> str | None:
        before = [m for m in self._persons_between(0, pos) if m.end <= pos]
        return before[-1].key if before else None

    def attribute(self, spans: list[QuoteSpan]) -> list[Quote]:
        quotes: list[Quote] = []
        for span in spans:
            text = "\n".join(self.body[a:b] for a, b in span.inner).strip()
            if not text:
                continue
            kind = self._kind(span)
            if self._is_title(span, text, kind) or (kind == "partial" and self._is_scare_quote(span, text)):
                continue
            found = self._after(span) or self._before(span) or self._same_paragraph(span, quotes)
            if kind == "partial":
                found = found or self._sentence_subject(span)
                if found is None and len(text.split()) <= 3:
                    continue  # a label or scare quote with nobody to attribute it to
            found = found or self._context(span, quotes)
            speaker, key, cue, attribution = found or ("", "", "", "")
            quotes.append(
                Quote(span.start, span.end, text, span.paragraph, kind, speaker, key, cue, attribution, span.closed)
            )
        return quotes

    def _kind(self, span: QuoteSpan) -> str:
        """Full when the quotation stands as (at least) a clause of its own, partial inside a sentence."""
        para = self.paras[span.paragraph]
        before = self.body[para.start : span.start].rstrip()
        inner = self.body[span.inner[0][0] : span.inner[-1][1]].strip()
        if len(span.inner) > 1 or not before or before.endswith((":", ".", "!", "?", "”", '"', "»")):
            return "full"
        if before.endswith(",") and (inner[:1].isupper() or re.search(r"[”\"’]\s*[^“”\"]{0,80},$", before)):
            return "full"  # `X said, "We..."` or the rest of `"A," he said, "and B."`
        return "partial"

    def _is_title(self, span: QuoteSpan, text: str, kind: str) -> bool:
        """A title in quotation marks: Title Case words after a cue (`the report "Haiti at the Crossroads"`)."""
        words = text.rstrip(",.;:!?").split()
        if not words or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words):
            return False
        preceding = self.body[max(0, span.start - 40) : span.start]
        return bool(_TITLE_CUES.search(preceding)) or (kind == "partial" and len(words) >= 2)

    def _is_scare_quote(self, span: QuoteSpan, text: str) -> bool:
        """One quoted word used as a modifier (`the mission's "voluntary" funding model`)."""
        if len(text.split()) > 1:
            return False
        following = re.match(r"\s+([a-z]+)", self.body[span.end : span.end + 20])
        return following is not None and following.group(1) not in _SCARE_FOLLOWERS

    def _after(self, span: QuoteSpan) -> tuple[str, str, str, str] | None:
        """`"...," X said` / `"...," said X, the minister`: only when the quotation does not end a sentence."""
        para = self.paras[self._para_of(span.end - 1)]
        tail = self.body[span.end : para.end]
        inner = self.body[span.inner[-1][0] : span.inner[-1][1]].rstrip()
        if not inner.endswith((",", "?", "!", "—", "–", "-", "…")) and not re.match(r"\s*[,—–]", tail):
            return None
        for pattern in (self.after_verb_who, self.after_who_verb):
            match = pattern.match(tail)
            if match:
                who = match.group("who")
                if pattern is self.after_verb_who and _PRONOUN.fullmatch(who.split()[0] if who.split() else ""):
                    who = who.split()[0]
                who_start = span.end + match.start("who")
                named = self._appositive_person(who_start + len(who.rstrip()))
                resolved = named or self._speaker(who, who_start)
                if resolved is not None:
                    return resolved[0], resolved[1], match.group("verb"), resolved[2]
        return None

    def _appositive_person(self, pos: int) -> tuple[str, str, str] | None:
        """`said the British Development Minister, Harriet Pemberton-Lowe`: the name after the comma."""
        gap = re.match(r",\s+", self.body[pos : pos + 4])
        if gap is None:
            return None
        person = next(iter(self._persons_between(pos + gap.end(), pos + gap.end() + 1)), None)
        return (self.found.actors[person.key].name, person.key, "explicit") if person else None

    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _before(self, span: QuoteSpan) -> tuple[str, str, str, str] | None:
        para = self.paras[span.paragraph]
        head = self.body[para.start : span.start]
        offset = para.start
        if not head.strip() and span.paragraph > 0:  # a colon lead-in closing the previous paragraph
            prev = self.paras[span.paragraph - 1]
            head = self.body[prev.start : prev.end]
            offset = prev.start
            if not head.rstrip().endswith(":"):
                return None
        sentence_start = max(head.rfind(". "), head.rfind("” "), head.rfind('" ')) + 2 if head else 0
        clause = head[max(0, sentence_start - 2) :] if sentence_start > 1 else head
        if not clause.rstrip().endswith((":", ",")):
            return None  # the pattern needs `said:` or `said,` at the end; the search is slow, this is not
        base = offset + (len(head) - len(clause))
        match = self.before.search(clause)
        if not match:
            return None
        resolved = self._speaker(match.group("who"), base + match.start("who"))
        if resolved is None:
            return None
        return resolved[0], resolved[1], match.group("verb"), resolved[2]

    def _same_paragraph(self, span: QuoteSpan, quotes: list[Quote]) -> tuple[str, str, str, str] | None:
        """`"A," X said. "B."`: B continues A's speaker when nothing else stands between them."""
        if not quotes or quotes[-1].paragraph != span.paragraph or not quotes[-1].speaker:
            return None
        prev = quotes[-1]
        between = self.body[prev.end : span.start]
        if re.search(r"[.!?]\s*$", between) and len(between) < 120:
            return prev.speaker, prev.speaker_key, prev.cue, prev.attribution
        return None

    def _sentence_subject(self, span: QuoteSpan) -> tuple[str, str, str, str] | None:
        """For a partial quotation: the subject of the speech verb before it in its sentence."""
        sentence = self._sentence(span.start)
        if sentence is None:
            return None
        head = self.body[sentence.start : span.start]
        verbs = [v for v in self.verb_in_sentence.finditer(head) if not head.startswith(" as ", v.end())]
        if not verbs:
            return None
        verb = verbs[-1]
        subject_zone_end = sentence.start + verb.start()
        subjects = [
            m
            for m in self._mentions_between(sentence.start, subject_zone_end)
            if self.found.actors[m.key].type in ("person", "organization", "country", "mission", "group")
        ]
        pronoun = re.search(r"\b(he|she|they)\s+(?:\w+\s+){0,2}$", head[: verb.start()], re.I)
        if pronoun and (not subjects or subjects[-1].end < sentence.start + pronoun.start()):
            key = self._person_before(sentence.start + pronoun.start())
            if key:
                return self.found.actors[key].name, key, verb.group("verb"), "pronoun"
        if subjects:
            person = next((m for m in subjects if self.found.actors[m.key].type == "person"), subjects[0])
            return self.found.actors[person.key].name, person.key, verb.group("verb"), "explicit"
        unnamed = _UNNAMED_SUBJECT.search(head[: verb.start()])
        if unnamed:  # `Another resident told me the town feels "forgotten by everyone."`
            return unnamed.group(1), "", verb.group("verb"), "explicit"
        return None

    def _context(self, span: QuoteSpan, quotes: list[Quote]) -> tuple[str, str, str, str] | None:
        """No verb: the speaker of the last attributed quotation, or the person the paragraph before names."""
        if span.paragraph == 0:
            return None
        prev_para = self.paras[span.paragraph - 1]
        prev_text = self.body[prev_para.start : prev_para.end]
        opener = re.match(r"\s*(He|She)\b", prev_text)
        persons_before = self._persons_between(prev_para.start, prev_para.end)
        if persons_before and not opener:
            key = persons_before[0].key
            return self.found.actors[key].name, key, "", "context"
        for quote in reversed(quotes):
            if quote.speaker and span.paragraph - quote.paragraph <= 3:
                return quote.speaker, quote.speaker_key, "", "context"
        key = self._person_before(span.start)
        if key:
            return self.found.actors[key].name, key, "", "context"
        return None


def find_quotes(doc: Doc) -> list[Quote]:
    """Quotations of one article in order of appearance, each with its speaker where one is clear."""
    return _Attributor(doc).attribute(find_spans(doc.body, doc.paragraphs))
