"""Find direct quotations and who said them; indirect speech comes from `indirect` in the same stage.

Owns the attribution of quotation spans within one article (the marks are `quote_spans`, what a span is
`quote_kinds`, whose words the attribution names `speakers`). Finders, tried in order, each named in the
quote's `frame`: `after` (`," X said`, `," said X, who leads the party`, `," according to X`); `before`
(`X said: "`, `According to X, "`, also a colon lead-in closing the previous paragraph); `participle`
(`X said the plan failed, adding: "`: the sentence's subject); `same_paragraph` (`"A," X said. "B."`);
`subject` for a partial quotation (the subject of the speech verb before it, tried first); and
`continuation`, a paragraph with no verb that directly follows its speaker's words (a quotation or
reported speech in the paragraph before). Pronouns resolve to the nearest person named before.

Notes: in the manner of textacy's direct-quotation extractor and GenderGapTracker's finders. Each finder
reads a bounded window around its span (at most a sentence or a paragraph's lead-in), so the work stays
linear in the article. Titles, scare quotes and nicknames are skipped; a paragraph with no verb after a
paragraph that reports nobody's words has no speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from briefing.parse import lexicon
from briefing.parse.doc import Doc
from briefing.parse.quote_kinds import is_crosshead, is_label, is_scare_quote, is_title, kind_of
from briefing.parse.quote_spans import QuoteSpan
from briefing.parse.speakers import ADVERBIAL, Speaker, Speakers, apposed_name, is_source_phrase

_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\s)((?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+$"
)
_PRONOUN = re.compile(r"(?:he|she|they)$", re.I)
# `what one trader describes as “...”`: verbs whose `as` introduces the words (not a time, `said as he left`)
# `In a video posted online, X vowed to “...”`: a participle after the noun of a phrase says what the noun is,
# never who speaks
_LISTENER_BEFORE = re.compile(r"\sto\s+$")  # `he declared to Radio X`: whom the words were given, not who speaks
_PHRASE_NOUN_BEFORE = re.compile(
    r"(?:^\s*|,\s+)(?:In|Through|Via)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){1,2}$"
)
_DESCRIBING = re.compile(r"(?:describ|dismiss|brand|label|term|characteri[sz])\w*")
_INTRODUCTORY = re.compile(  # `In a statement, `, `Speaking at the summit, `, `As one colleague put it, `
    r"^\s*(?:(?:In|On|At|After|Before|During|Speaking|Asked|As|For|With|Since|Earlier|Later|Last|Yesterday|Today)\b"
    r"[^,]{0,100},\s+)+"
)
_INVERTED = re.compile(r"(?:^|[.!?]\s+)(?P<verb>Said|Says|Added|Adds|Wrote|Writes)\s+(?P<who>[^,.;:“”\"\n]{1,60}):\s*$")
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|that)\s+(?P<who>(?:[a-z]+\s+){0,3}[a-z]+|[A-Z][^,;:“”\"\n]{1,50}?)\s*$")
_TRAILING_AUXILIARY = re.compile(r"\s+(?:has|have|had|was|were|is|are|also|has also|have also|had also)\s*$")
_ACCORDING = re.compile(r"(?:^|\s)[Aa]ccording to\s+(?P<who>[^,;:“”\"\n]{1,80}?),\s")
_INSERTED_SOURCE = re.compile(r"(?:[Tt]he|[Aa]n?|[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,5}")
# a name in apposition after a role (`said his wife, Esther Wanjiru.`), ending at a comma or the sentence
_APPOSED_NAME = re.compile(r"([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2})(?=[,.;]|\s*$)")
_ROLE_BEFORE_NAME = re.compile(r"(?:\b(?:the|his|her|their|its)|[’']s)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
_ATTRIBUTABLE = re.compile(r"\b(?:is|are)\s+(?P<verb>attributable)\s+to\s+(?P<who>[^:;“”\"\n]{1,120}?):\s*$")
# what may stand before a clause's subject: `Mayor`, `The`, a title of capitalised words
_SUBJECT_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
# a subject, a first predicate of its own, then `but`/`and` before the speech verb
_FIRST_PREDICATE = re.compile(r"(.+?)\s+(?:[a-z]{3,}ed|did\s+not|would\s+not)\b.*\s(?:but|and)$")
_FIRST_PERSON = re.compile(r"(?:(?:As|And|But)\s+)?(?:I|[Ww]e)")
_CONTINUING_CUES = frozenset({"added", "adds", "continued", "continues", "went on"})
_PARTICIPLES = ("adding", "noting", "saying", "writing", "warning", "stressing", "insisting")
_WHOSE_NOUN = re.compile(r", whose\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")  # `, whose leaders`: its people
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,8}")  # `D-Fla.`, `R-Texas`: a U.S. legislator's party and state
_WINDOW = 400  # characters of a lead-in read before a quotation


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # opening mark (indirect: the reported clause)
    end: int  # after the closing mark (or the paragraph's end when never closed)
    text: str  # words without the quotation marks; paragraphs joined by a newline
    paragraph: int
    kind: str  # full | partial | indirect
    speaker: str
    speaker_key: str  # actor key, "" for unnamed sources
    cue: str
    attribution: str  # explicit | pronoun | context | "" when nobody can be named
    closed: bool
    frame: str = ""  # the finder that attributed it


Found = tuple[str, str, str, str, str]  # (speaker, key, cue, attribution, frame)


@functools.cache
def _attribution_patterns() -> tuple[re.Pattern[str], ...]:
    """The attribution patterns (after: who then verb, verb then who; before; a verb in a sentence), built once
    rather than for every article: they hold every speech verb and abbreviation."""
    verbs = lexicon.attribution_verb_pattern()
    dot = "|".join(rf"(?<={re.escape(a[:-1])})\." for a in lexicon.word_list("abbreviations.txt") if len(a) <= 5)
    char = rf"(?:[^,.;:!?“”«»\"‘\n]|(?<=[A-Z])\.|{dot})"
    appositive = r"(?:(?:,\s(?:[^,.;:“”«»\"\n]|(?<=[A-Z])\.){1,120}){1,2},)?"  # `Marie Claude, 34, a vendor,`
    speaker = rf"(?P<who>{char}{{1,80}}?{appositive})"
    relative = rf"(?:\s+(?:who|which|that)\s+{char}{{1,80}}?)?"  # `a diplomat who asked not to be named said`
    after_who_verb = re.compile(rf"^[,!?—–-]?\s*(?P<who>{char}{{1,80}}?{relative}{appositive})\s+(?P<verb>{verbs})\b")
    after_verb_who = re.compile(rf"^[,!?—–-]?\s*(?P<verb>{verbs})\s+(?P<who>{char}{{1,120}})")  # long compound titles
    anchored = speaker.replace("?P<who>", r"?P<who>(?:^|(?<=[\s,]))")
    # `said in an interview with Radio Caraibes:`, `told journalists in Jacmel:`: where and to whom
    setting = r"\s+(?:in|during)\s+(?:an?|the|his|her|its)\s+[\w-]+\s+(?:with|to)(?:\s+[\w’'.-]+){1,4}"
    # `told reporters in Panama City earlier this year:`: whom, then where and when
    told = rf"(?:\s+[a-z]+s)?(?:{ADVERBIAL}){{1,3}}"
    before = re.compile(rf"{anchored}\s+(?P<verb>{verbs})(?P<rest>{setting}|(?:\s+[\w’'.-]+){{0,4}}|{told})\s*[:,]\s*$")
    according = re.compile(rf"(?:^|\s)(?P<verb>[Aa]ccording to)\s+(?P<who>{char}{{1,80}}?{appositive})\s*[:,]?\s*$")
    return after_who_verb, after_verb_who, before, according, re.compile(rf"\b(?P<verb>{verbs})\b")


class _Attributor:
    """Attributes the quotation spans of one article."""

    def __init__(self, doc: Doc, reported: list[Quote], speakers: Speakers) -> None:
        self.doc = doc
        self.body = doc.body
        self.paras = doc.paragraphs
        self.actors = doc.actors.actors
        self.speakers = speakers
        self.after_who_verb, self.after_verb_who, self.before, self.according, self.verb = _attribution_patterns()
        self.para_starts = [p.start for p in self.paras]
        self.reported = reported  # indirect speech, which a following quoted paragraph may continue
        self.reported_ends = [q.end for q in reported]
        self.done: list[Quote] = []

    def attribute(self, spans: list[QuoteSpan]) -> list[Quote]:
        quotes: list[Quote] = []
        self.done = quotes  # the quotations attributed so far, which a pronoun may refer back to
        for span in spans:
            text = "\n".join(self.body[a:b] for a, b in span.inner).strip()
            if not text:
                continue
            kind = kind_of(self.doc, span)
            if is_title(self.doc, span, text, kind) or (kind == "partial" and is_scare_quote(self.doc, span, text)):
                continue
            if is_crosshead(self.doc, span) or (kind == "partial" and is_label(self.doc, span, text)):
                continue  # `- 'Not a single vote' -`, `barrels declared as “personal effects”`
            found = self._find(span, kind, quotes)
            if kind == "partial" and found is None and len(text.split()) <= 3:
                continue  # a label or scare quote with nobody to attribute it to
            speaker, key, cue, attribution, frame = found or ("", "", "", "", "")
            quotes.append(
                Quote(
                    span.start, span.end, text, span.paragraph, kind, speaker, key, cue, attribution, span.closed, frame
                )
            )
        return self._named_after(quotes)

    def _named_after(self, quotes: list[Quote]) -> list[Quote]:
        """`“A.”` alone, then `“B,” she added.` (or `“C,” said X.` in that paragraph): A is the words of the
        speaker of the quotation right after it, when nothing but white space stands between them and that
        one continues (`added`, a pronoun) or shares A's paragraph. A bare pronoun nobody was named for takes
        the name given in its own paragraph just after (`“B,” he added. “C,” said X.`)."""
        out = list(quotes)
        for i in range(len(out) - 2, -1, -1):
            here, after = out[i], out[i + 1]
            bare = here.attribution == "pronoun" and not here.speaker_key and _PRONOUN.fullmatch(here.speaker)
            if (here.speaker and not bare) or here.kind != "full" or not after.speaker or not after.speaker_key:
                continue
            if bare and after.paragraph != here.paragraph:
                continue
            gap = self.body[here.end : after.start]
            if not bare and (gap.strip() or after.paragraph - here.paragraph > 1):
                continue
            continues = after.cue in _CONTINUING_CUES or after.attribution == "pronoun"
            if not (bare or continues or after.paragraph == here.paragraph):
                continue
            cue = here.cue if bare else ""
            attribution = "pronoun" if bare else "context"
            out[i] = dataclasses.replace(
                here,
                speaker=after.speaker,
                speaker_key=after.speaker_key,
                cue=cue,
                attribution=attribution,
                frame=here.frame if bare else "continuation",
            )
        return out

    def _find(self, span: QuoteSpan, kind: str, quotes: list[Quote]) -> Found | None:
        if kind == "partial":
            return self._sentence_subject(span) or self._after(span) or self._before(span)
        return (
            self._after(span)
            or self._before(span)
            or self._same_paragraph(span, quotes)
            or self._continuation(span, quotes)
        )

    def _found(self, resolved: Speaker | None, verb: str, frame: str) -> Found | None:
        return None if resolved is None else (resolved[0], resolved[1], verb, resolved[2], frame)

    def _after(self, span: QuoteSpan) -> Found | None:
        """`"...," X said` / `"...," said X, the minister`: only when the quotation does not end a sentence."""
        para = self.paras[self._para_of(span.end - 1)]
        tail = self.body[span.end : min(para.end, span.end + _WINDOW)]
        inner = self.body[span.inner[-1][0] : span.inner[-1][1]].rstrip()
        if not inner.endswith((",", "?", "!", "—", "–", "-", "…")) and not re.match(r"\s*[,—–]", tail):
            return None
        for pattern in (self.after_verb_who, self.after_who_verb):
            match = pattern.match(tail)
            if not match:
                continue
            who = match.group("who")
            if pattern is self.after_verb_who and _PRONOUN.fullmatch(who.split()[0] if who.split() else ""):
                who = who.split()[0]
            who_start = span.end + match.start("who")
            previous = self._previous_speech(span.start)
            if previous is not None and self.speakers.kind_fits(who, previous.speaker, previous.speaker_key):
                return previous.speaker, previous.speaker_key, match.group("verb"), "explicit", "after"
            resolved = self._appositive_person(who_start + len(who.rstrip())) or self.speakers.resolve(who, who_start)
            if resolved is not None and resolved[2] == "pronoun":
                unnamed = self._unnamed_referent(span.start)
                resolved = (unnamed, "", "pronoun") if unnamed is not None else resolved
            if resolved is not None:
                return self._found(resolved, match.group("verb"), "after")
        return None

    def _previous_speech(self, pos: int) -> Quote | None:
        """The quotation or reported speech that ends last before `pos`, if in this paragraph or the one before."""
        k = bisect.bisect_right(self.reported_ends, pos)
        last = self.reported[k - 1] if k else None
        done = self.done[-1] if self.done else None
        if done is not None and done.end <= pos and (last is None or done.end > last.end):
            last = done
        return last if last is not None and self._para_of(pos) - last.paragraph <= 1 else None

    def _unnamed_referent(self, pos: int) -> str | None:
        """`A nurse, who asked not to be named, said ... “...,” she said`: a pronoun refers to an unnamed
        source when that source spoke last, in this paragraph or the one before, and nobody was named since."""
        last = self._previous_speech(pos)
        if last is None or last.speaker_key or not last.speaker or last.attribution != "explicit":
            return None
        if self._para_of(pos) - last.paragraph > 1 or self.speakers.persons_between(last.end, pos):
            return None
        return last.speaker

    def _appositive_person(self, pos: int) -> Speaker | None:
        """`said the British Development Minister, Harriet Pemberton-Lowe`: the name after the comma."""
        gap = re.match(r",\s+", self.body[pos : pos + 4])
        if gap is None:
            return None
        person = next(iter(self.speakers.persons_between(pos + gap.end(), pos + gap.end() + 1)), None)
        if person is not None:
            return self.actors[person.key].name, person.key, "explicit"
        before = self.body[max(0, pos - 60) : pos]
        named = _APPOSED_NAME.match(self.body, pos + gap.end(), pos + gap.end() + 60)
        if named is None or not _ROLE_BEFORE_NAME.search(before):
            return None  # `said Njoroge’s mother, Grace Wambui,`: a role, then the name it is given
        name = apposed_name(named.group(1))
        inside = self.doc.mentions_in(named.start(1), named.end(1))
        if not name or any(self.actors[m.key].type != "person" for m in inside):
            return None
        return name, "", "explicit"

    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _lead_in(self, span: QuoteSpan) -> tuple[str, int] | None:
        """The clause before the quotation in its sentence (or the previous paragraph's, for a colon lead-in)."""
        para = self.paras[span.paragraph]
        at = span.start
        if not self.body[max(para.start, at - _WINDOW) : at].strip() and span.paragraph > 0:
            if at - para.start > _WINDOW:
                return None
            at = self.paras[span.paragraph - 1].end  # a colon lead-in closing the previous paragraph
            if not self.body[max(0, at - _WINDOW) : at].rstrip().endswith(":"):
                return None
        sentence = self.doc.sentence_at(max(0, at - 1))
        start = max(sentence.start if sentence else para.start, at - _WINDOW)
        head = self.body[start:at]
        after_quote = max(head.rfind("” "), head.rfind('" ')) + 1  # `"A," he said, "and B."`
        return head[after_quote:], start + after_quote

    def _before(self, span: QuoteSpan) -> Found | None:
        """`X said: "...`, `According to X, "...`, `X said the plan failed, adding: "...`."""
        lead = self._lead_in(span)
        if lead is None or not lead[0].rstrip().endswith((":", ",")):
            return None  # the pattern needs `said:` or `said,` at the end; the search is slow, this is not
        clause, base = lead
        for pattern, frame in ((self.according, "according_to"), (self.before, "before")):
            match = pattern.search(clause)
            if match and not (frame == "before" and match.group("verb") in _PARTICIPLES):
                who, at = match.group("who"), base + match.start("who")
                opening = _INTRODUCTORY.match(who) if frame == "before" else None
                if opening is not None and opening.end() < len(who):  # `Speaking on Friday in Miami, X, who ...,`
                    who, at = who[opening.end() :], at + opening.end()
                resolved = self.speakers.resolve(who, at)
                if resolved is None and _FIRST_PERSON.fullmatch(match.group("who").strip()):
                    resolved = self.speakers.label_speaker(span.paragraph)  # `MR. NOWAK: As I said, “...”`
                if resolved is not None:
                    return self._found(resolved, match.group("verb"), frame)
        attributable = _ATTRIBUTABLE.search(clause)  # `The statement is attributable to Ana Ruiz, ...:`
        if attributable:
            resolved = self.speakers.resolve(attributable.group("who"), base + attributable.start("who"))
            if resolved is not None:
                return self._found(resolved, attributable.group("verb"), "before")
        inverted = _INVERTED.search(clause)  # `Said Otieno: “...”`
        if inverted:
            resolved = self.speakers.resolve(inverted.group("who"), base + inverted.start("who"))
            if resolved is not None and resolved[0].startswith(inverted.group("verb") + " "):
                resolved = (resolved[0][len(inverted.group("verb")) + 1 :], resolved[1], resolved[2])
            if resolved is not None:
                return self._found(resolved, inverted.group("verb").lower(), "before")
        participle = re.search(rf",\s+(?P<verb>{'|'.join(_PARTICIPLES)})\s*:\s*$", clause)
        if participle:
            return self._subject_of(base, base + participle.start(), participle.group("verb"), "participle")
        return self._colon_clause(clause, base)

    def _colon_clause(self, clause: str, base: int) -> Found | None:
        """`Mayor Ana Ruiz was blunt: “...”`, `Ruiz’s message was simple: “...”`: a clause with no speech verb,
        closed by a colon, whose subject (a person or organization opening it) is the speaker."""
        if not clause.rstrip().endswith(":") or self.verb.search(clause) is not None:
            return None
        body_start = base + len(clause) - len(clause.lstrip())
        opening = _INTRODUCTORY.match(clause)
        start = base + opening.end() if opening else body_start
        mention = next(
            (
                m
                for m in self.doc.mentions_in(start, base + len(clause))
                if self.actors[m.key].type in ("person", "organization", "mission", "group")
            ),
            None,
        )
        if mention is None or not _SUBJECT_OPENING.fullmatch(self.body, start, mention.start):
            return None
        after = re.match(
            r"(?:[’']s\s+[a-z]+)?\s+(?:was|were|is|are|had|has|went|put|made|gave|left|kept)\b",
            self.body[mention.end : mention.end + 40],
        )
        if after is None:
            return None  # `X was blunt:`, `X’s message was simple:`, `X had a message for the gangs:`
        resolved = self.speakers.resolve(self.body[start : mention.end], start)
        return self._found(resolved, "", "colon") if resolved is not None else None

    def _same_paragraph(self, span: QuoteSpan, quotes: list[Quote]) -> Found | None:
        """`"A," X said. "B."`: B continues A's speaker when nothing else stands between them."""
        prev = self._previous_speech(span.start)  # a quotation, or reported speech (`X told reporters ... .`)
        if prev is None or prev.paragraph != span.paragraph or not prev.speaker:
            return None
        between = self.body[prev.end : span.start]
        if re.search(r"[.!?]\s*$", between) and len(between) < 120:
            return prev.speaker, prev.speaker_key, prev.cue, prev.attribution, "same_paragraph"
        return None

    def _sentence_subject(self, span: QuoteSpan) -> Found | None:
        """For a partial quotation: the subject of the speech verb before it in its sentence."""
        sentence = self.doc.sentence_at(span.start)
        if sentence is None:
            return None
        holder = self._reported_around(span)
        if holder is not None:  # `…, and one of them, a former senator, warned that a vote would “…”`: the
            # clause's speaker, whose words the partial quotation gives
            return holder.speaker, holder.speaker_key, holder.cue, holder.attribution, "subject"
        start = max(self.speakers.after_dateline(sentence.start, span.start), span.start - _WINDOW)
        head = self.body[start : span.start]
        according = _ACCORDING.search(head)  # `According to Otieno, the mission has been “...”`
        if according is not None:
            resolved = self.speakers.resolve(according.group("who"), start + according.start("who"))
            if resolved is not None:
                return self._found(resolved, "according to", "subject")
        verbs = [
            v
            for v in self.verb.finditer(head)
            if (not head.startswith(" as ", v.end()) or _DESCRIBING.fullmatch(v.group("verb")))
            and _PHRASE_NOUN_BEFORE.search(head, 0, v.start()) is None
        ]
        owner = self._whose_owner(start, head, verbs)
        if owner is not None:
            return owner
        for verb in verbs:  # the main clause's verb first: `He said the troops Jamaica pledged would follow “...”`
            found = self._subject_of(start, start + verb.start(), verb.group("verb"), "subject")
            if found is not None:
                return found
        return None

    def _reported_around(self, span: QuoteSpan) -> Quote | None:
        """The reported clause of a second source in its sentence that holds this quotation (`X said A, and Y
        warned that B “…”`), which the sentence's first verb would give to X."""
        k = bisect.bisect_left(self.reported_ends, span.end - 1)
        holder = self.reported[k] if k < len(self.reported) else None
        if holder is None or holder.attribution != "explicit":
            return None
        if not holder.start <= span.start < span.end <= holder.end + 1:
            return None
        before = [q for q in self.reported[:k] if q.paragraph == holder.paragraph and q.end <= holder.start]
        return holder if before and before[-1].speaker != holder.speaker else None

    def _whose_owner(self, start: int, head: str, verbs: list[re.Match[str]]) -> Found | None:
        """`… the Viv Ansanm coalition, whose leaders, in a video, described the offensive as “…”`: the verb of a
        `whose` clause speaks for the body (or person) the clause is about, named just before the comma."""
        at = head.rfind(", whose ")
        verb = next((v for v in verbs if v.start() > at), None) if at >= 0 else None
        if verb is None or _WHOSE_NOUN.match(head, at) is None:
            return None
        owner = next(
            (
                m
                for m in reversed(self.doc.mentions_in(max(start, start + at - 80), start + at))
                if self.actors[m.key].type in ("person", "organization", "country", "mission", "group")
            ),
            None,
        )
        if owner is None or not re.fullmatch(r"(?:\s+[a-z][\w-]*){0,2}", self.body[owner.end : start + at]):
            return None  # the owner's name ends the words before the comma (`the X coalition`)
        return self.speakers.name_of(owner.key), owner.key, verb.group("verb"), "explicit", "subject"

    def _subject_of(self, start: int, verb_at: int, verb: str, frame: str) -> Found | None:
        """The speaker named in [start, verb_at): a pronoun after the last actor, an actor, an unnamed source."""
        head = self.body[start:verb_at]
        subjects = [
            m
            for m in self.doc.mentions_in(start, verb_at)
            if self.actors[m.key].type in ("person", "organization", "country", "mission", "group")
            and not self.body.startswith(("’s", "'s"), m.end)  # `Haiti’s council`: the council speaks
            and _LISTENER_BEFORE.search(self.body, max(start, m.start - 6), m.start) is None  # `declared to X`
        ]
        pronoun = re.search(r"\b(he|she|they)\s+(?:\w+\s+){0,2}$", head, re.I)
        if pronoun is None:
            pronoun = re.search(r"(?:^|[.;]\s+)(he|she|they)\b", head, re.I)
        if pronoun and subjects and subjects[0].end < start + pronoun.start():
            first = self.actors[subjects[0].key]  # `Chérizier, who ..., appeared in a video in which he vowed to`
            if first.type == "person":
                return self.speakers.name_of(subjects[0].key), subjects[0].key, verb, "pronoun", frame
        relative = _RELATIVE_SUBJECT.search(head)  # `the resolution, which diplomats said “...”`
        if relative is not None:
            resolved = self.speakers.resolve(relative.group("who"), start + relative.start("who"))
            if resolved is not None and resolved[2] == "explicit":
                return self._found(resolved, verb, frame)
        segments = _INTRODUCTORY.sub("", _TRAILING_AUXILIARY.sub("", head)).split(",")
        phrase = re.sub(r"^(?:As|When|While)\s+", "", segments[0].strip())  # `As one colleague put it`
        inserted = segments[-1].strip() if len(segments) > 1 else ""
        if inserted and inserted[:1].islower() and is_source_phrase(inserted):  # `When ..., diplomats described`
            return inserted, "", verb, "explicit", frame
        if _INSERTED_SOURCE.fullmatch(inserted):  # `The gangs, the statement said, “...”`: who the verb's is
            resolved = self.speakers.resolve(inserted, verb_at - len(head) + head.rindex(inserted))
            if resolved is not None and resolved[2] == "explicit":
                return self._found(resolved, verb, frame)
        appositive = segments[1].strip() if len(segments) > 2 else ""
        if _PARTY_TAG.fullmatch(appositive):
            appositive = ""  # `Rep. X, D-Fla., whose district …, called`: the member's party and state, no name
        if appositive and len(appositive.split()) <= 4 and all(w[:1].isupper() for w in appositive.split()):
            phrase = appositive  # `A police union, SPNH-17, said`: the name in apposition
        elif (
            appositive
            and phrase.split()[-1:]
            and (phrase.split()[-1].islower() or re.match(r"[Tt]he\s+[a-z]", phrase))  # `The director of Customs,`
            and apposed_name(appositive)
        ):
            phrase = apposed_name(appositive)  # `Its chairman, the Montreal surgeon Luc Belmont, told me`
        first_predicate = _FIRST_PREDICATE.match(phrase)
        if first_predicate is not None:  # `A spokesperson declined to discuss the timing but told VOA ... “...”`
            phrase = first_predicate.group(1)
        if phrase and not pronoun and len(phrase.split()) <= 12 and not _PRONOUN.fullmatch(phrase):
            at = verb_at - len(head) + head.index(phrase)
            resolved = self.speakers.resolve(phrase, at)  # the clause's subject, as an attribution would name it
            if resolved is not None and resolved[2] == "explicit":
                return self._found(resolved, verb, frame)
        if pronoun and (not subjects or subjects[-1].end < start + pronoun.start()):
            unnamed = self._unnamed_referent(start + pronoun.start())
            if unnamed is not None:
                return unnamed, "", verb, "pronoun", frame
            key = self.speakers.person_before(start + pronoun.start(), pronoun.group(1))
            if key:
                return self.speakers.name_of(key), key, verb, "pronoun", frame
        unnamed = _UNNAMED_SUBJECT.search(head)
        if unnamed and subjects and subjects[-1].end <= start + unnamed.start(1):
            return unnamed.group(1), "", verb, "explicit", frame  # `... with what one trader describes as`
        if subjects:
            person = next((m for m in subjects if self.actors[m.key].type == "person"), subjects[0])
            resolved = self.speakers.resolve(self.body[person.start : verb_at], person.start)
            if resolved is not None and resolved[1] == person.key:
                return self._found(resolved, verb, frame)
            return self.actors[person.key].name, person.key, verb, "explicit", frame
        unnamed = _UNNAMED_SUBJECT.search(head)
        if unnamed:  # `Another resident told me the town feels "forgotten by everyone."`
            return unnamed.group(1), "", verb, "explicit", frame
        return None

    def _continuation(self, span: QuoteSpan, quotes: list[Quote]) -> Found | None:
        """No verb: the speaker whose words (quoted or reported) end the paragraph just before."""
        if span.paragraph == 0:
            return None
        prev_para = self.paras[span.paragraph - 1]
        last = quotes[-1] if quotes else None
        k = bisect.bisect_right(self.reported_ends, span.start)
        reported = self.reported[k - 1] if k else None
        if reported and reported.speaker and (last is None or reported.end > last.end):
            last = reported
        if last is None or not last.speaker or last.end < prev_para.start:
            return self._reporting_sentence(prev_para.start, prev_para.end)
        closing = self.doc.sentences_in(last.end, prev_para.end)
        if any(s.start >= last.end and len(self.body[s.start : s.end].split()) > 3 for s in closing):
            return None  # a sentence of the writer's own stands between the speaker's words and this paragraph
        return last.speaker, last.speaker_key, "", "context", "continuation"

    def _reporting_sentence(self, start: int, end: int) -> Found | None:
        """The paragraph before names a person as the subject of a speech verb (`Ndiaye called for ...`)."""
        sentences = self.doc.sentences_in(start, end)
        if not sentences:
            return None
        last = sentences[-1]
        verb = self.verb.search(self.body, max(last.start, last.end - _WINDOW), last.end)
        persons = self.speakers.persons_between(last.start, verb.start()) if verb else []
        if not persons:
            return self._introduced(last.start, last.end)
        return self.actors[persons[0].key].name, persons[0].key, "", "context", "continuation"

    def _introduced(self, start: int, end: int) -> Found | None:
        """`Captain Marlon Reid led the rescue on Tuesday.` then a quoted paragraph with no verb: the person
        the sentence opens on, its subject, when it names nobody else and quotes nothing itself."""
        persons = self.speakers.persons_between(start, end)
        if len({m.key for m in persons}) != 1 or self.body.find("“", start, end) >= 0 or '"' in self.body[start:end]:
            return None
        person = persons[0]
        if not _SUBJECT_OPENING.fullmatch(self.body, start, person.start) or self.body.startswith(
            ("’s", "'s"), person.end
        ):
            return None
        return self.speakers.name_of(person.key), person.key, "", "context", "continuation"


def find_direct(
    doc: Doc, spans: list[QuoteSpan], reported: list[Quote], speakers: Speakers | None = None
) -> list[Quote]:
    """Direct quotations of one article in order, with speakers where clear; `reported` is the article's
    indirect speech, which a quoted paragraph right after it continues."""
    return _Attributor(doc, reported, speakers or Speakers(doc)).attribute(spans)
