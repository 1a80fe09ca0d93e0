"""Find indirect speech: words reported without quotation marks, and who said them.

Owns reported clauses within one article's sentences. Four finders, each named in the quote's `frame`:
`according_to` (`According to X, CLAUSE.` and `CLAUSE, according to X.`), `said_that` (`X said (that)
CLAUSE.`, `X told reporters on Tuesday that CLAUSE.`) and `clause_said` (`CLAUSE, X said.`, `CLAUSE,
said X.`, and `For the first time, X said, CLAUSE`), and `participle` (`X spoke, adding that CLAUSE`, `with X
warning that CLAUSE`, `“...,” X said, adding that CLAUSE` after a quotation, `CLAUSE, officials said, adding
that CLAUSE` (two clauses of the source between them), `She calls it “…,” and says CLAUSE`). A second verb
ends a clause and opens another with the same speaker (`X said A, but noted that B` is two; `and that` continues one).
`It said`, `the airline said` continue the speaker found just before when it fits. The clause is the quote's
`text` and its offsets; the speaker comes from `speakers` and a clause whose speaker cannot be named is not
kept, nor one with fewer than 25 characters of its own around a quotation (the partial quotation is the
finding).

Notes: in the manner of GenderGapTracker's syntactic and `according to` finders, with patterns instead
of a parse: the subject must open its sentence (after at most one introductory phrase and its comma).
A sentence that holds a full direct quotation is left to `quotes` but for a clause after the quotation;
one with a partial quotation may still be reported speech. Each finder reads a bounded window at the
sentence's start or end, so the work stays linear. A news outlet that carries the words (`according to
Reuters`) is not a speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from briefing.parse import lexicon, scan, vocab
from briefing.parse.doc import Doc, Sentence
from briefing.parse.quote_kinds import kind_of
from briefing.parse.quote_spans import QuoteSpan
from briefing.parse.quotes import Quote
from briefing.parse.speakers import ADVERBIAL, Speakers, is_outlet, is_source_phrase

_AUXILIARY = re.compile(r"\b(?:" + "|".join(sorted(lexicon.word_list("auxiliaries.txt"))) + r")\b")
_SUBJECT_PRONOUN = re.compile(r"(?:it|he|she|they|we|there)\s")
_AS_PUT_IT = re.compile(
    r"As\s+(?P<who>[^,;:“”\"\n]{1,80}?)\s+(?P<verb>put it|said|noted|wrote|explained|observed)(?:\s+\w+day)?,\s+"
)
# `said after the vote`: when it was said, not what
_TIME_PHRASE = r"(?:after|before|during|following|at the end of)\s+(?:the|a|an|its|their|this)\s+[\w-]+(?:\s+[\w-]+)??"
_TIME_ONLY = re.compile(rf"{_TIME_PHRASE}\s*[.!]?\s*")
_WINDOW = 240  # characters read at a sentence's start or end
_MIN_WORDS = 3  # a reported clause says something: at least this many words
_MIN_UNQUOTED = 25  # characters a clause that holds a quotation must report in its own words, before or after it
_WEEKDAY = rf"(?:on\s+)?(?:{'|'.join(vocab.WEEKDAYS)})"
_MONTH = "|".join(vocab.MONTHS)
# `said last month`, `reported in July`, `said on March 3`: when the words were given, never their clause
_WHEN_WORD = (
    r"(?:yesterday|today|this morning|this afternoon|(?:earlier\s+)?(?:this|last)\s+(?:week|month|year|weekend)"
    r"|last night|earlier|late on \w+|late \w+day"
    rf"|(?:in|on)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTH})\b(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)"
)
# `told me the Force has ...`: the person told, then the clause without `that`
_TOLD_WHOM = (
    r"(?:(?<=told)|(?<=tells))\s+(?:me|us|him|her|them|[a-z]+s|the\s+[a-z]+|{outlets})\b"  # (`told lawmakers`)
    r"(?=\s+(?:the|a|an|his|her|its|their|it|he|she|they|there|[A-Z]|\d+|at least|more than|nearly|almost|some|most"
    r"|many|several|no|all|only|this|these|those|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|thousands)\b)"
    # `told Newsday the contingent will ...`: one capitalised word (an outlet or body), then a clause's subject
    r"|(?:(?<=told)|(?<=tells))\s+[A-Z][\w.’'-]+(?=\s+(?:the|a|an|his|her|its|their|it|he|she|they|there)\s)"
)
# `For the first time, the agency said, CLAUSE` reports what follows the attribution; `The attack, police said,
# was the third` splits one clause around it, whose subject comes first: then the whole sentence is the report
_OPENS_WITH_ADVERBIAL = re.compile(
    r"(?:(?:For|In|On|At|By|After|Before|Since|During|With|Without|Under|Until|As|From|Over|Despite|Amid|Following"
    r"|If|When|While|Although|Though|Because|Once|Then|Now|Still|Yet|So|But|And|Also|Meanwhile|However)\b"
    r"|[^,\n]{0,60}\b(?:later|earlier|ago|before|after|then)\s*$)"
)
# the words before that first comma as a subject alone: a few words, none that opens or carries a clause
_SUBJECT_ONLY = re.compile(
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|where|which|who|that|but|and|if|when)\b)"
    r"[\w’'.-]+\s*){1,6}"
)
# the subject of `X thanked the donors, explaining that`: the words before the first lower-case one, a determiner
# being part of them (`The ministry`, not `The`)
_PARTICIPLE_SUBJECT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?[^,;:“”\"\n]{1,60}?(?=\s+[a-z])")
_ADVERBIALS_ONLY = re.compile(rf"(?:{ADVERBIAL}){{1,3}}\s*[.!]?\s*")
_WHO = r"(?P<who>[^,;:“”\"\n]{1,160}?(?:,\s[^,;:\n]{1,120},(?:\s[^,;:“”\"\n]{1,120}?\s(?:and|but))??)?)"


# `in a televised address` read as the adverbial of a verb, and the words up to a `that` left after it
_IN_A_PHRASE = re.compile(r"\bin (?:an?|its|their|his|her) [\w ]+?\s*$")
_THAT_AFTER = re.compile(r"(?:[\w’'-]+\s+){1,7}?that\s+")
# `told a news conference on Wednesday that`: whom the words were told, then `that`
# (or an outlet or body by name: `told VOA in an email that`)
_TOLD_AUDIENCE = re.compile(r"(?:(?:a|an|the|reporters|journalists)\s+|(?=[A-Z]))(?:[\w.’'-]+\s+){1,6}?that\s")
# what `told` reaches when it reports nothing after it: an audience, where and when (no verb of a clause)
_AUDIENCE_ONLY = re.compile(
    r"(?:[a-z]+s|[A-Z][\w.’'-]*|(?:[Aa]|[Aa]n|[Tt]he)"  # whom: `a press conference`, `Reuters`, `lawmakers`
    r"(?:\s+(?!(?:that|it|he|she|they|the|a|an|would|will|had|has|was|were|is)\b)[\w’'-]+){1,4}?)"
    r"(?:\s+(?:at|in|on|via|by|after|during)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)?"  # where: `at the ministry`
    r"(?:\s+(?:yesterday|today|late\s+\w+|on\s+\w+|\w+day))?\s*[.!:]?\s*"  # when
)
_AUDIENCE_THEN_COMMA = re.compile(_AUDIENCE_ONLY.pattern.removesuffix(r"\s*[.!:]?\s*") + r",\s")
# `..., where officials say the weapons ended up`: a source inside a relative clause of place, then its clause
_WHERE_SAID = re.compile(
    r",\s+where\s+(?P<who>[^,;:“”\"\n]{1,60}?)\s+(?P<verb>said|say|says|told|believe|believed)\s+(?:that\s+)?"
)
# a first clause, then a subordinating conjunction whose own subject is the speaker (`..., days after officials said`)
_SUBORDINATE_SUBJECT = re.compile(
    r"[A-Z][^,;:“”\"\n]{0,120}?\s(?:after|before|when|because|since|until|although)\s+(?=(?:the|a|an|its|[A-Z])\b)"
)
# `acknowledged the force had struggled`: a short subject, then an auxiliary: a clause, not an object
_SUBJECT_THEN_AUXILIARY = re.compile(
    r"(?:the|a|an|its|his|her|their|this|these|those|[A-Z][\w.’'-]*)(?:\s+(?!(?:who|which|that)\b)[\w.’'-]+){0,4}?"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|did|does)\s"
)
_TRAILING_PHRASE = re.compile(  # after a source: `, with victims including`; `, which arrested two men`
    r",\s+(?:with|while|including|as|after|up|down|compared|which|who|whose|and|but)\b.*$"
    # `a report by the panel published in February`: when the document appeared, not who wrote it
    r"|\s+(?:published|released|issued|presented|made public|posted)\s+(?:in|on|last|this|earlier)\b.*$"
)
# `CLAUSE, according to X, and CLAUSE`: the source set off inside the sentence reports the clause before it
_ACCORDING_MID = re.compile(
    r",\s+according to\s+(?P<who>[^,;:“”\"\n]{1,100}?),\s+(?:and|but|while|whereas|as|although)\s+"
)
# `posted a video that showed`: an object and a relative clause, whose verb follows `that` at once
_OBJECT_THEN_THAT = re.compile(r"\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){1,3}that\s+")
_RELATIVE_VERB = re.compile(r"(?:would|will|could|can|may|might|must|should|had|has|have|was|were|is|are|[a-z]+ed)\b")
_LAST_SEGMENT = re.compile(r",\s+([^,]{1,80}?)\s*$")  # the words after a who's last comma
_POSSESSED_ROLE = re.compile(r"\s+([a-z][\w-]*)")  # the noun after `Russia's`
_BARE_PRONOUN = re.compile(r"(?:he|she|they|it|we|i)", re.IGNORECASE)
# what follows a mid-sentence attribution when the reported clause came before it
# (`… “…” and that CLAUSE` is a second clause of the same speaker: its words are the reporter's own)
_NOT_A_CLAUSE = re.compile(r"(?:and(?!\s+that\s)|but|or|yet|a|an|which|who|while|although|though|with|up|down)\s")
# `CLAUSE, residents said, moving in columns …`: a participle after the attribution goes on the clause before it
_PARTICIPLE_PHRASE = re.compile(r"[a-z]{2,}ing\s")
_DATELINE_DASH = re.compile(r"[^\n]{0,80}?(?:—|–|--?)[ ]+")
_FOOTNOTE_END = re.compile(r"\[\d{1,3}\]\s*$")
_PREPOSITIONAL_OPENING = re.compile(r"(?:In|Through|Via|During)\s+(?:an?|the|its|his|her|their)(?:\s+[\w-]+){0,2}")
# what opens a clause after a bare verb: a determiner or pronoun, a number, or a noun and its auxiliary
_CLAUSE_SUBJECT = (
    r"(?:the|a|an|its|his|her|their|it|he|she|they|there|more|some|about|nearly|almost|\d)\b"
    r"|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}(?:had|has|have|was|were|is|are|would|will|could|should|did)\b"
    r"|[a-z][\w-]*s,\s+[a-z]+ed\s"  # `reinforcements, backed by ...,`
)


@functools.cache
def _told_then_comma() -> re.Pattern[str]:
    """`told Reuters on Tuesday,`: the person told and when, then a comma (no reported clause after the verb)."""
    outlets = "|".join(re.escape(o) for o in sorted(lexicon.word_list("news_outlets.txt"), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:reporters|journalists|{outlets}))?(?:\s+{_WEEKDAY}|\s+{_WHEN_WORD})?\s*,")


@functools.cache
def _indirect_verbs() -> frozenset[str]:
    return lexicon.word_list("indirect_verbs.txt")


@functools.cache
def _role_nouns() -> frozenset[str]:
    return lexicon.word_list("role_nouns.txt")


@functools.cache
def _predicate_verbs() -> frozenset[str]:
    return lexicon.word_list("predicate_verbs.txt")


@functools.cache
def _connective() -> re.Pattern[str]:
    words = sorted(lexicon.word_list("sentence_connectives.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)}),\s+")


@functools.cache
def _that_clause_verbs() -> frozenset[str]:
    return frozenset(lexicon.word_list("that_clause_verbs.txt"))


@functools.cache
def _verb_alternation() -> str:
    """The reporting verbs (`indirect_verbs.txt`) as one alternation, longest first, grouped by first letter
    (`scan.alternation`: the same matches, fewer branches tried at each place)."""
    verbs = sorted(lexicon.word_list("indirect_verbs.txt"), key=len, reverse=True)
    return scan.alternation(verbs)


@functools.cache
def _any_verb() -> re.Pattern[str]:
    """Any reporting verb, anywhere: a cheap test that a window can hold an attribution at all (a superset of
    where the attribution patterns match, so skipping a window without one changes nothing)."""
    return re.compile(_verb_alternation())


@functools.cache
def _later_verb() -> re.Pattern[str]:
    """After a verb and its object, the same subject's second reporting verb (`welcomed the plan but said`)."""
    return re.compile(
        rf"\s+[^,;:“”\"\n]{{1,80}}?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>{_verb_alternation()})\b\s+(?P<that>that\s+)?"
    )


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    verb = rf"(?P<verb>{_verb_alternation()})"
    told = r"(?:\s+(?:[\w.’'-]+\s+){0,3}?)?"  # `told reporters`, `told the council on Monday`
    when = rf"{_WEEKDAY}|{_WHEN_WORD}|in (?:an?|its|their|his|her) [\w ]{{1,30}}?|on [A-Z][\w]*|{_TIME_PHRASE}"
    adverbial = rf"(?:,?\s+(?:{when})\b,?|,\s+(?:too|also|however|though),)?"  # `He said, too, that`
    # `In Nairobi, `; a longer one only when it opens as a phrase does (`Appearing before the committee ...,`)
    opener = r"(?:[A-Z][a-z]+ing|[A-Z][a-z]+ed\s+by|In|At|On|After|Before|During|Asked|Addressing|Speaking)\b"
    dated = r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?"  # `Speaking to the radio on Wednesday, March 13,`
    # `Flanked by the head of X, Colonel Y,`, `In Milot, a town south of X,`: a phrase set off by commas
    apposed = r"(?:,\s+[^,;:“”\"\n]{1,100})?"
    intro = (  # tried without first
        rf"(?:(?:[A-Z][^,;:“”\"\n]{{0,100}}|{opener}[^,;:“”\"\n]{{0,160}}{dated}){apposed},\s+)??"
    )
    # `officials privately concede that` (not `not authorized to speak publicly told`: the infinitive's adverb)
    adverb = r"(?:(?<!\bspeak\s)(?<!\btalk\s)(?<!\bcomment\s)(?:[a-z]+ly|further|also|again|later|earlier)\s+)?"
    # `at the UN General Assembly`, `through a statement`: where or how the words were given, before `that`
    where = r"(?:\s+(?:at|in|on|during|before|after|to|through|via)\s[^,;:“”\"\n]{1,80}?)"
    outlets = "|".join(re.escape(o) for o in sorted(lexicon.word_list("news_outlets.txt"), key=len, reverse=True))
    told_whom = _TOLD_WHOM.replace("{outlets}", outlets)  # `told Reuters the fighting began ...`
    told_outlet = (
        rf"(?:(?<=told)\s+(?:reporters|journalists|{outlets}))?"  # `..., an official told Reuters on Tuesday,`
    )
    # `CLAUSE, X told a press conference at the ministry yesterday.`: whom the words were told, and where
    told_audience = (
        rf"(?:(?<=told)\s+(?:[a-z]+s|{outlets}|(?:a|an|the|this|our)\s+[\w-]+(?:\s+[\w-]+){{0,3}}?"
        r"|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})"  # (`told Parliament`, `told Radio Vision`)
        r"(?:\s+(?:at|in|on|after)\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,3}?)?)?"
    )
    clause_opens = rf"(?:{told}\s*that\b|{where}\s+that\b|{told_whom}|(?=\s+[A-Za-z\d]))"
    perfect = r"(?:(?:has|have|had)\s+)??"  # `X has argued that` (after the verbs that hold `has`)
    said_that = re.compile(rf"{intro}{_WHO}\s+{perfect}{adverb}{verb}\b{adverbial}{clause_opens}\s*")
    according_head = re.compile(  # (`According to X, who heads a rights group, CLAUSE`: past the relative clause)
        r"[Aa]ccording to\s+(?P<who>[^,;:“”\"\n]{1,100}?)(?:,\s+(?:who|which)\s[^,;:“”\"\n]{1,120})?,\s+"
    )
    according_which = re.compile(  # `, according to X, which said that CLAUSE`; `, whose chair, Y, said`
        rf",\s+according to\s+(?P<who>[^,;:“”\"\n]{{1,100}}?),\s+"
        r"(?:which|who|whose\s+[a-z][^,;:“”\"\n]{0,60},\s+(?P<named>[A-Z][^,;:“”\"\n]{1,60}),)"
        rf"\s+(?:also\s+)?{verb}\s+(?:that\s+)?"
    )
    according_tail = re.compile(r",\s+according to\s+(?P<who>[^;:“”\"\n]{1,120}?)\s*[.!]?\s*$")
    verb_who = (
        rf"(?!told\b|tells\b){verb.replace('verb', 'verb2')}\s+{_WHO.replace('who', 'who2')}(?:,\s[^;:\n]{{1,160}})?"
    )
    clause_said = re.compile(
        rf",\s+(?:{_WHO}\s+{perfect}{verb}{told_audience}|{verb_who})"  # (`X has told Parliament.`)
        rf"(?:\s+{_WEEKDAY}|\s+{_WHEN_WORD}|\s+in an? [\w ]{{1,30}}?|\s+(?:on|in) [A-Z]\w*|\s+{_TIME_PHRASE})?"
        rf"(?:{ADVERBIAL}){{0,2}}"  # `said in a statement on Tuesday`, `said at a press conference in Nairobi`
        r"(?:,\s+(?:speaking|citing|asking)\s[^;:“”\"\n]{1,100}?)?\s*[.!]?\s*$"
    )
    participles = (
        r"(?:adding|noting|saying|warning|arguing|insisting|announcing|stressing|affirming|explaining|stating"
        r"|emphasi[sz]ing|asserting|acknowledging|confirming|maintaining|recalling|indicating|reiterating"
        r"|cautioning|underlining|pointing out)"
    )
    participle = re.compile(
        rf",\s+(?:and\s+)?(?:(?P<verb>{participles})\s+that"
        r"|(?P<bare>saying)(?=\s+(?:the|a|an|its|his|her|their|it|he|she|they)\s))\s+"
        # `She calls the market “…,” and says she has …`: a second predicate of the subject, after a quotation
        r"|[”\"]\s+and\s+(?P<coord>says|said|insists|insisted|adds|added)\s+(?:that\s+)?"
        r"(?=(?:the|a|an|its|his|her|their|it|he|she|they|there)\s)"
    )
    # a second reported clause, at a second verb: `..., but noted that`, `and warned that` (`and that` continues one)
    second = re.compile(
        rf",?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+)?(?:{verb}\b{adverbial}\s+|{participles}\s+)that\s+"
        rf"|,\s+(?:and\s+)?(?P<verb3>{participles})\s+that\s+"
        # `..., and said more than 1.4 million people had ...`: a second verb whose clause has no `that`
        # (`..., but said reinforcements had ...`, `..., saying troop contributors had not ...`: the same)
        r"|(?:,\s+and|,?\s+but)\s+(?:also\s+)?(?P<bare2>said|says|added|adds|noted|notes|warned|warns|stressed)\s+"
        rf"(?={_CLAUSE_SUBJECT})"
        rf"|,\s+(?P<bare3>saying)\s+(?={_CLAUSE_SUBJECT})"
    )
    # `“...,” X said, adding that CLAUSE`: reported speech after a direct quotation
    after_quote = re.compile(
        rf"[,.]?\s*(?:{_WHO}\s+{verb}{told_audience}|{verb_who})"
        rf"(?:\s+{_WEEKDAY}|\s+in an? [\w ]{{1,30}}?|\s+to\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})?,\s+"
        r"(?:and\s+|before\s+|then\s+)?"  # `“...,” X said, before adding that`
        rf"(?P<verb3>{participles})\s+that\s+"
    )
    # `X said A, while Y said B`: a second source with its own verb inside the first clause
    other_speaker = re.compile(
        r",?\s+(?:while|but|whereas|although|though|and)\s+"
        # (`and one of them, a former senator, warned that`: the source and its apposition)
        r"(?P<who>(?:[Tt]he\s+|[A-Z]|(?=[a-z]))[^,;:“”\"\n]{0,60}?(?:,\s+(?:a|an|the)\s[^,;:“”\"\n]{1,60},)?)\s+"
        r"(?P<verb>said|say|says|insisted|argued|warned|countered)\s+(?:that\s+)?"
    )
    # `with Russia’s envoy warning that CLAUSE`; `For the first time, the agency said, CLAUSE`
    with_participle = re.compile(rf"\bwith\s+{_WHO}\s+(?P<verb3>{participles})\s+that\s+")
    parenthetical = re.compile(
        rf"[A-Z][^,;:“”\"\n]{{0,80}},\s+(?P<who>[^,;:“”\"\n]{{1,60}}?)\s+{verb}(?:\s+{_WEEKDAY}|\s+{_WHEN_WORD})?,\s+"
    )
    # `CLAUSE, the U.N. says, a figure that ...`: the attribution inside the sentence, after its clause
    mid_said = re.compile(
        r",\s+(?P<apposed>(?:the|a|an)\s+[^,;:“”\"\n]{1,60}?,\s+(?=[A-Z]))?"  # `, the council's president, X, told`
        rf"(?P<who>(?:[Tt]he\s+|[A-Z]|[a-z])[^,;:“”\"\n]{{0,60}}?)(?(apposed),)\s+{verb}(?:{told_outlet}|{told_audience})"
        rf"(?:\s+{_WEEKDAY}|\s+{_WHEN_WORD})?,\s+(?=\S)"
    )
    # `Also briefing was X, Executive Director of ..., who said that CLAUSE`; `X, who told the House that`
    relative_said = re.compile(
        rf"(?P<who>[A-Z][^,;:“”\"\n]{{1,80}}?)(?:,\s[^;:“”\"\n]{{1,160}}?)?,\s+who\s+(?:also\s+)?{verb}"
        rf"(?:(?<=told)\s+(?:{outlets}|[a-z]+s|(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){{0,2}}?))?\s+that\s+"
        # `X, who served a year in Haiti and said he had not been paid`: a first predicate, then the verb
        rf"|(?P<who3>[A-Z][^,;:“”\"\n]{{1,80}}?),\s+who\s+[a-z]+ed\s[^,;:“”\"\n]{{1,100}}?\s+and\s+"
        rf"(?P<verb4>{_verb_alternation()})\s+(?:that\s+|(?=(?:he|she|it|they|the|a|an|his|her|its|their)\s))"
    )
    second_predicate = re.compile(rf",\s+and\s+(?:also\s+)?{verb}\s+that\s+")  # `…, and estimated that`
    # `…, and Digicel Haiti said it had paid …`: a second main clause whose own subject reports
    and_said = re.compile(
        r",\s+(?:and|but)\s+(?P<who>(?:[Tt]he\s+|[Ii]ts\s+|[A-Z]|(?=[a-z]))[^,;:“”\"\n]{0,60}?)\s+"
        rf"{perfect}{verb}{told_audience}\s+(?:that\s+)?"
    )
    return (
        said_that,
        according_head,
        according_tail,
        according_which,
        clause_said,
        participle,
        second,
        after_quote,
        with_participle,
        parenthetical,
        mid_said,
        relative_said,
        other_speaker,
        and_said,
        second_predicate,
    )


class _Reporter:
    def __init__(self, doc: Doc, spans: list[QuoteSpan], speakers: Speakers) -> None:
        self.doc = doc
        self.body = doc.body
        self.speakers = speakers
        (
            self.said_that,
            self.according_head,
            self.according_tail,
            self.according_which,
            self.clause_said,
            self.participle,
            self.second,
            self.after_quote,
            self.with_participle,
            self.parenthetical,
            self.mid_said,
            self.relative_said,
            self.other_speaker,
            self.and_said,
            self.second_predicate,
        ) = _patterns()
        self.previous: Quote | None = None  # the reported speech found last, which `It said` may continue
        self.spans = spans
        self.span_starts = [s.start for s in spans]
        self.whos: dict[int, str] = {}  # a reported clause's start -> the words that named its speaker

    def _trimmed(self, sentence: Sentence) -> Sentence:
        """The sentence without what opens it but is not its words: a transcript's speaker label
        (`MR. DIAZ:`, `Q:`) and a wire dateline (`PORT-AU-PRINCE, Feb 9 (Reuters) -`)."""
        start = sentence.start
        para = self.doc.paragraphs[sentence.paragraph]
        if start == para.start:
            label = self.speakers.label_at(sentence.paragraph)
            if label is not None:
                start = label
        line = self.doc.dateline
        if line is not None and start <= line.place.start < start + 24 and start < line.text_start <= sentence.end:
            start = line.text_start  # `KINGSTON, March 6 (JIS): The …`, `BREAKING: …`: where the dateline says
        elif line is not None and start <= line.place.start < start + 4:
            dash = _DATELINE_DASH.match(self.body, line.place.end, min(sentence.end, line.place.end + 80))
            if dash is not None:
                start = dash.end()
        return sentence if start == sentence.start else dataclasses.replace(sentence, start=start)

    def _relative_said(self, sentence: Sentence) -> Quote | None:
        """`Also briefing was X, Executive Director of ..., who said that CLAUSE`: the person the relative
        clause is about, named at the end of the words before its first comma. `..., in Kenscoff, where police
        said CLAUSE`: the source of a relative clause of place."""
        s, e = sentence.start, sentence.end
        where = self.body.find(", where ", s, e)
        if where >= 0:
            match = _WHERE_SAID.match(self.body, where)
            if match is not None and match.group("verb").lower() in _indirect_verbs():
                who = (match.group("who"), match.start("who"))
                return self._quote(sentence, (match.end(), e), who, match.group("verb"), "said_that")
        if self.body.find(", who ", s, e) < 0:
            return None
        match = self.relative_said.match(self.body, s, min(e, s + 2 * _WINDOW))
        if match is None:
            return None
        group = "who" if match.group("who") is not None else "who3"
        who = re.sub(r"^.*\s(?:was|were|is|are)\s+", "", match.group(group))  # `Also briefing was X`
        at = match.start(group) + len(match.group(group)) - len(who)
        verb = match.group("verb") or match.group("verb4")
        return self._quote(sentence, (match.end(), e), (who, at), verb, "said_that")

    def _second_predicate(self, sentence: Sentence) -> Quote | None:
        """`IOM’s tracking unit identified 14 sites, most of them schools, and estimated that CLAUSE`: the
        subject's second predicate reports, after a first one that does not."""
        s, e = sentence.start, sentence.end
        at = self.body.find(", and ", s, e)
        if at < 0 or self.body.find(" that ", at, e) < 0:
            return None
        match = self.second_predicate.search(self.body, at, e)
        subject = re.match(r"[A-Z][^,;:“”\"\n]{1,60}?(?=\s+[a-z]{3,}ed\s)", self.body[s:at]) if match else None
        if match is None or subject is None or self.body.find(", who ", s, at) >= 0:
            return None
        return self._quote(sentence, (match.end(), e), (subject.group(), s), match.group("verb"), "said_that")

    def _and_said(self, sentence: Sentence) -> Quote | None:
        """`The company has flown parts through the north, and Digicel Haiti said it had paid …`: a second main
        clause whose subject reports, in a sentence no other form attributes."""
        s, e = sentence.start, sentence.end
        if self.body.find(", and ", s, e) < 0 and self.body.find(", but ", s, e) < 0:
            return None
        match = self.and_said.search(self.body, s, e)
        if match is None or _BARE_PRONOUN.fullmatch(match.group("who").strip()):
            return None  # `…, and he said …`: a pronoun there is left to `_split`'s second clause
        lower = match.group("who")[:1].islower() and not match.group("who").startswith(("the ", "its "))
        head = re.split(r"\s+(?:on|in|at|from|of|for|near)\s+", match.group("who").strip(), maxsplit=1)[0]
        if lower and not is_source_phrase(head):
            return None  # `…, and police on Exuma said`: a lower-case subject only as a source
        if self.speakers.resolve(match.group("who"), match.start("who")) is None:
            return None
        who = (match.group("who"), match.start("who"))
        return self._quote(sentence, (match.end(), e), who, match.group("verb"), "said_that")

    def _mid_said(self, sentence: Sentence) -> Quote | None:
        """`CLAUSE, the U.N. says, a figure that ...`; a connective opening the sentence (`Meanwhile,`) is left out."""
        s, e = sentence.start, min(sentence.end, sentence.start + 2 * _WINDOW)
        if _any_verb().search(self.body, s, e) is None:
            return None
        match = self.mid_said.search(self.body, s, e)
        if match is None:
            return None
        who = match.group("who")
        if who[:1].islower() and not who.startswith("the ") and not is_source_phrase(who):
            return None  # `..., officials said on Sunday, even as ...`: a lower-case subject only as a source
        connective = _connective().match(self.body, s, match.start())
        start = connective.end() if connective else s
        who = (match.group("who"), match.start("who"))
        return self._quote(sentence, (start, match.start()), who, match.group("verb"), "clause_said")

    def _subject_before(self, who: str, at: int) -> str | None:
        """`The council met on Tuesday and` (before `said that`): the subject, which ends where a first
        predicate begins (`met`, `visited`); a date or place inside that predicate never speaks."""
        text = who.rstrip()[: -len(" and")]  # (or ` but`: `X declined to comment but told ...`)
        for word in re.finditer(r"\s([a-z][\w-]*)\b", text):
            verb = word.group(1)
            if verb in _predicate_verbs() or (verb.endswith("ed") and len(verb) > 4):
                subject = text[: word.start()]
                if self.speakers.resolve(subject, at) is not None:
                    return subject
        return None

    def _has_full_quote(self, sentence: Sentence) -> bool:
        """A direct quotation longer than a phrase overlaps the sentence: it is the direct finders' business."""
        i = bisect.bisect_left(self.span_starts, sentence.end)
        while i > 0 and self.spans[i - 1].end > sentence.start:
            span = self.spans[i - 1]
            if kind_of(self.doc, span) == "full" or span.start <= sentence.start + 1:
                return True
            i -= 1
        return False

    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        for sentence in self.doc.sentences:
            sentence = self._trimmed(sentence)
            if self._has_full_quote(sentence):
                found = [self._after_quotation(sentence)]
            elif (pair := self._said_then_participle(sentence) or self._according_which(sentence)) is not None:
                found = pair
            else:
                first = (
                    self._according(sentence)
                    or self._parenthetical(sentence)
                    or self._said_that(sentence)
                    or self._clause_said(sentence)
                    or self._participle(sentence)
                    or self._with_participle(sentence)
                    or self._mid_said(sentence)
                    or self._relative_said(sentence)
                    or self._and_said(sentence)
                    or self._second_predicate(sentence)
                )
                found = self._split(sentence, first) if first is not None else []
                if found and found[-1] is not None:  # `X said A, while Y said B`: B is Y's
                    found[-1:] = self._second_speaker(sentence, found[-1])
            for quote in found:
                if quote is None:
                    continue
                previous = quotes[-1] if quotes else None
                if (
                    previous is not None
                    and quote.paragraph - previous.paragraph <= 1
                    and self.speakers.kind_fits(self._who_of(quote), previous.speaker, previous.speaker_key)
                ):  # `..., the airline said` after `Spirit Airlines said ...`
                    quote = dataclasses.replace(quote, speaker=previous.speaker, speaker_key=previous.speaker_key)
                quotes.append(quote)
                self.previous = quote
        return quotes

    def _split(self, sentence: Sentence, quote: Quote) -> list[Quote | None]:
        """`X said A, but noted that B`: two reported clauses, the second ending the first; same speaker."""
        body = self.body
        if all(body.find(w, quote.start, quote.end) < 0 for w in (" that ", ", and ", " but ", ", saying ")):
            return [quote]  # every second clause opens with `that`, `, and said`, `but said`, `, saying`: a look first
        second = self.second.search(self.body, quote.start, quote.end)
        if second is None:
            return [quote]
        verb = next((second.group(g) for g in ("verb", "verb3", "bare2", "bare3") if second.group(g)), quote.cue)
        text = self.body[quote.start : second.start()].rstrip(" ,")
        if len(text.split()) < _MIN_WORDS:
            return [quote]
        head = dataclasses.replace(quote, end=quote.start + len(text), text=text)
        tail_text = self.body[second.end() : quote.end]
        if len(tail_text.split()) < _MIN_WORDS:
            return [head]
        if self._mostly_quoted(second.end(), quote.end):
            return [head]  # `..., saying they had “only moved”`: the partial quotation is the second finding
        tail = dataclasses.replace(quote, start=second.end(), text=tail_text, cue=verb)
        self.whos[tail.start] = self.whos.get(quote.start, "")
        return [head, tail]

    def _second_speaker(self, sentence: Sentence, quote: Quote) -> list[Quote | None]:
        """`Prescod said A, while Dorsinville said B`, `…, but opposition leaders said B`: a second source and
        verb inside the reported clause end it and report their own (a pronoun there is left to `_split`)."""
        if all(self.body.find(v, quote.start, quote.end) < 0 for v in (" sa", " insist", " argu", " warn", " counter")):
            return [quote]  # (every such second source has one of these verbs: most clauses stop here)
        other = self.other_speaker.search(self.body, quote.start, quote.end)
        if other is None or _BARE_PRONOUN.fullmatch(other.group("who").strip()):
            return [quote]
        head_text = self.body[quote.start : other.start()].rstrip(" ,")
        who = (other.group("who"), other.start("who"))
        tail = self._quote(sentence, (other.end(), quote.end), who, other.group("verb"), "said_that")
        if tail is None or len(head_text.split()) < _MIN_WORDS:
            return [quote]
        return [dataclasses.replace(quote, end=quote.start + len(head_text), text=head_text), tail]

    def _after_quotation(self, sentence: Sentence) -> Quote | None:
        """`“...,” X said, adding that CLAUSE`: the reported clause after the sentence's last quotation."""
        i = bisect.bisect_left(self.span_starts, sentence.end)
        if i == 0 or self.spans[i - 1].end <= sentence.start or self.spans[i - 1].end >= sentence.end:
            return None
        s, e = self.spans[i - 1].end, sentence.end
        if self.body.find("ing that ", s, min(e, s + _WINDOW)) < 0:
            return None  # every such clause opens with `adding that`, `noting that`, ...: a look before the search
        match = self.after_quote.match(self.body, s, min(e, s + _WINDOW))
        if match is None:
            return None
        name = "who" if match.group("who") is not None else "who2"
        who = (match.group(name), match.start(name))
        return self._quote(sentence, (match.end(), e), who, match.group("verb3"), "participle", after_quotation=True)

    def _with_participle(self, sentence: Sentence) -> Quote | None:
        """`..., with Russia’s deputy envoy warning that CLAUSE`."""
        s, e = sentence.start, sentence.end
        if self.body.find("ing that ", s, e) < 0 or self.body.find("with ", s, e) < 0:
            return None
        match = self.with_participle.search(self.body, s, e)
        if match is None:
            return None
        who = (match.group("who"), match.start("who"))
        if re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+[a-z]+", who[0].strip()):  # `ended with a sharp warning that`:
            subject = re.match(r"[^,;:“”\"\n]{1,60}?(?=\s+[a-z])", self.body[s : match.start()])  # a noun, whose
            if subject is None:  # speaker is the sentence's subject
                return None
            who = (subject.group(), s)
        return self._quote(sentence, (match.end(), e), who, match.group("verb3"), "participle")

    def _parenthetical(self, sentence: Sentence) -> Quote | None:
        """`For the first time, the agency said, CLAUSE`; `As one diplomat put it, CLAUSE`."""
        s, e = sentence.start, sentence.end
        put = _AS_PUT_IT.match(self.body, s, min(e, s + _WINDOW)) if self.body.startswith("As ", s) else None
        if put is not None:
            who = (put.group("who"), put.start("who"))
            return self._quote(sentence, (put.end(), e), who, put.group("verb"), "clause_said")
        first = self.body.find(",", s, min(e, s + 82))
        second = self.body.find(",", first + 1, min(e, first + 64)) if first >= 0 else -1
        if second < 0:
            return None  # `For the first time, the agency said, ...`: two commas close together, looked for first
        match = self.parenthetical.match(self.body, s, min(e, s + _WINDOW))
        if match is None or any(p.match(self.body, match.end()) for p in (_NOT_A_CLAUSE, _PARTICIPLE_PHRASE)):
            return None  # `CLAUSE, the U.N. says, a figure that ...`: the clause came first (`_mid_said`)
        who = (match.group("who"), match.start("who"))
        before = self.body[s : self.body.find(",", s, match.start("who"))]
        opens = _OPENS_WITH_ADVERBIAL.match(before) or _connective().match(self.body, s)
        if opens or re.search(r"\b(?:where|which|who|whom|that|when)$", before):
            start = match.end()  # `For the first time, X said, CLAUSE`; `stations where, the union says, CLAUSE`
        elif _SUBJECT_ONLY.fullmatch(before) is not None:
            start = match.end() if self._quotation_in(s, e) else s
        else:
            return None  # `CLAUSE, officials said on Sunday, even as ...`: the clause came first (`_mid_said`)
        return self._quote(sentence, (start, e), who, match.group("verb"), "clause_said")

    def _mostly_quoted(self, start: int, end: int) -> bool:
        """The clause holds a quotation of more than a word and fewer than `_MIN_UNQUOTED` characters of its own
        around it: the partial quotation is the finding, not the clause."""
        i = bisect.bisect_left(self.span_starts, start)
        span = self.spans[i] if i < len(self.spans) else None
        after = self.body[span.end : end] if span else ""  # `… “…” for its neighbour`, not `“…,” and promised`
        own = (span.start - start if span else 0) + (0 if _NOT_A_CLAUSE.match(after.lstrip(" ,;")) else len(after))
        return bool(span and span.start < end and own < _MIN_UNQUOTED and self._words_in(span) > 1)

    def _quotation_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.span_starts, start)
        return i < len(self.spans) and self.spans[i].start < end

    def _words_in(self, span: QuoteSpan) -> int:
        return len(self.body[span.start : span.end].split())

    def _who_of(self, quote: Quote) -> str:
        return self.whos.get(quote.start, "")

    def _quote(
        self,
        sentence: Sentence,
        span: tuple[int, int],
        who: tuple[str, int],
        verb: str,
        frame: str,
        after_quotation: bool = False,  # `“...,” he said, adding that`: the pronoun is the quotation's speaker
    ):
        start, end = span
        while start < end and (self.body[start].isspace() or self.body[start] == ","):
            start += 1  # (`made known that, of the 145 communes, …`: the comma after `that` is not the words)
        footnote = _FOOTNOTE_END.search(self.body, start, end)
        if footnote is not None:
            end = footnote.start()  # `….[12]`: a report's footnote mark is not the source's words
        while end > start and self.body[end - 1] in " .!?,;:\n":
            end -= 1
        text = self.body[start:end]
        if len(text.split()) < _MIN_WORDS or not (sentence.start <= start < end <= sentence.end):
            return None
        if text.startswith("to "):
            return None  # `X wrote to the ministry asking ...`: whom it was written to, no reported clause
        if re.search(r"\bto$", who[0].rstrip()):
            return None  # `pressed the officials to explain who will pay`: an infinitive reports nothing yet
        if self._mostly_quoted(start, end):
            return None  # `said officers were “sent to die”`: the partial quotation is the finding
        if who[0].rstrip().endswith((" and", " but")):  # `The council met on Tuesday and said that ...`
            subject = self._subject_before(who[0], who[1])
            if subject is None:
                return None
            who = (subject, who[1])
        subordinate = _SUBORDINATE_SUBJECT.match(who[0])
        if subordinate is not None:  # `The attack came a day after the mission led by X announced it had ...`
            who = (who[0][subordinate.end() :], who[1] + subordinate.end())
        if ", " in who[0] and self.speakers.resolve(*who) is None:
            tail = _LAST_SEGMENT.search(who[0])  # `In Milot, a town south of X, hotel owners said`: the owners
            if tail is not None and is_source_phrase(tail.group(1)):
                who = (tail.group(1), who[1] + tail.start(1))
        first_person = who[0].strip() == "I"
        resolved = self.speakers.label_speaker(sentence.paragraph) if first_person else self.speakers.resolve(*who)
        previous = self.previous
        if (
            resolved is None
            and who[0].strip() in ("It", "it")
            and previous is not None
            and sentence.paragraph - previous.paragraph <= 1
            and (not previous.speaker_key or self.doc.actors.actors[previous.speaker_key].type != "person")
        ):  # `The statement said ... It said ...`: the document or organization that spoke last
            resolved = (previous.speaker, previous.speaker_key, "pronoun")
        if (
            resolved is not None
            and not after_quotation
            and resolved[2] == "pronoun"
            and who[0].strip().lower() in ("he", "she")
            and previous is not None
            and (not previous.speaker_key or self.speakers.fits(previous.speaker_key, who[0].strip()))
            and sentence.paragraph - previous.paragraph <= 1
            and previous.attribution in ("explicit", "pronoun")
            and not any(m.key == resolved[1] for m in self.speakers.persons_between(previous.end, who[1]))
            and (
                re.match(
                    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s" if resolved[1] else r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s",
                    previous.speaker,
                )  # `the representative of France said ... She stressed that`
                if not previous.speaker_key
                else self.doc.actors.actors[previous.speaker_key].type == "person"
            )
        ):  # `Pierrelus said the attackers were allies of X. He said ...`: the one who spoke, not X (unless X
            # is named again after those words: `Y has been more upbeat. He said ...`)
            resolved = (previous.speaker, previous.speaker_key, "pronoun")
        if (
            resolved is not None
            and resolved[2] == "pronoun"
            and not resolved[1]
            and _BARE_PRONOUN.fullmatch(resolved[0])
        ):
            return None  # `He said ...` with nobody named before: no speaker to give
        if resolved is None or not resolved[0] or is_outlet(resolved[0]) or is_outlet(who[0].strip()):
            return None
        if _AUXILIARY.search(re.split(r",|\swho\s", who[0])[0]):
            return None  # `..., said the government would review it`: a verb's object, not a speaker
        speaker, key, attribution = resolved
        self.whos[start] = who[0]
        return Quote(start, end, text, sentence.paragraph, "indirect", speaker, key, verb, attribution, True, frame)

    def _according(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        if self.body.find("ccording to", s, e) < 0:
            return None  # both patterns need the words: most sentences are passed over in C
        head = self.according_head.match(self.body, s, min(e, s + _WINDOW))
        if head:
            who = (head.group("who"), head.start("who"))
            return self._quote(sentence, (head.end(), e), who, "according to", "according_to")
        tail = self.according_tail.search(self.body, max(s, e - _WINDOW), e)
        if tail and self._said_that(dataclasses.replace(sentence, end=tail.start())) is not None:
            return None  # `X said 1.4 million remained displaced, according to IOM`: X's words, IOM's figure
        if tail:
            who = _TRAILING_PHRASE.sub("", tail.group("who"))  # `according to X, with victims including ...`: X
            return self._quote(sentence, (s, tail.start()), (who, tail.start("who")), "according to", "according_to")
        mid = _ACCORDING_MID.search(self.body, s, e)
        if mid is not None:  # `CLAUSE, according to the agency, and aid groups fear ...`: the first clause
            who = (_TRAILING_PHRASE.sub("", mid.group("who")), mid.start("who"))
            return self._quote(sentence, (s, mid.start()), who, "according to", "according_to")
        return None

    def _said_that(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        if _any_verb().search(self.body, s, min(e, s + _WINDOW)) is None:
            return None
        match = self.said_that.match(self.body, s, min(e, s + _WINDOW))
        if match is not None and _PREPOSITIONAL_OPENING.fullmatch(match.group("who")):
            # `In a note read to reporters at its office, the council said`: `read` is the note's, not a
            # speaker's; the attribution follows the phrase
            comma = self.body.find(", ", match.end("verb"), min(e, s + _WINDOW))
            match = self.said_that.match(self.body, comma + 2, min(e, s + _WINDOW)) if comma >= 0 else None
        if match is None:
            return None
        verb = match.group("verb")
        if match.start("who") > s and "," in self.body[match.end("verb") : match.end()]:
            return None  # `CLAUSE, the ministry said on Friday, even as ...`: the clause came first (`_mid_said`)
        if match.start("who") > s and self.clause_said.search(self.body, max(match.end(), e - _WINDOW), e):
            return None  # `CLAUSE, well short of what the U.N. says it needs, diplomats said.`: the source at the end
        if match.start("who") > s and _told_then_comma().match(self.body, match.end("verb"), e):
            return None  # `CLAUSE, an official told Reuters on Tuesday, despite ...`: the same, after `told X`
        if verb in ("told", "tells") and _AUDIENCE_ONLY.fullmatch(self.body, match.end("verb") + 1, e):
            return None  # `CLAUSE, X told a press conference at the ministry yesterday.`, `X told journalists:`
        if (
            verb in ("told", "tells")
            and match.start("who") > s
            and _AUDIENCE_THEN_COMMA.match(self.body, match.end("verb") + 1, e)
        ):
            return None  # `CLAUSE, X told the Senate today, as …`: the clause came first (`_mid_said`)
        if match.start("who") > s and _ADVERBIALS_ONLY.fullmatch(self.body, match.end("verb"), e):
            return None  # `CLAUSE, the minister said at a press conference in Nairobi.`: the clause came first
        if _TIME_ONLY.fullmatch(self.body, match.end(), e):
            return None  # `..., two diplomats said after the vote.`: the clause is before the verb
        who = (match.group("who"), match.start("who"))
        start = match.end()
        audience = _TOLD_AUDIENCE.match(self.body, start, min(e, start + 80)) if verb in ("told", "tells") else None
        told_whom = audience is not None and _AUXILIARY.search(audience.group()) is None  # not `the region had`
        opened = self.body[match.end("verb") : start].rstrip().endswith(" that")  # (the clause after it, already)
        if not opened and (told_whom or _IN_A_PHRASE.search(self.body, match.end("verb"), match.end())):
            that = _THAT_AFTER.match(self.body, start, min(e, start + 80))
            if that is not None:  # `said in a televised address on Sunday night that`: the clause after `that`
                start = that.end()
        between = self.body[match.end("verb") : start]
        if (
            verb not in ("told", "tells")
            and _OBJECT_THEN_THAT.fullmatch(between)
            and _RELATIVE_VERB.match(self.body, start)
        ):
            return None  # `posted a video that showed ...`, `announced a plan that would ...`: a relative clause
        if (
            verb in _that_clause_verbs()
            and not self.body[s:start].rstrip().endswith("that")
            and not _SUBJECT_PRONOUN.match(self.body, match.end())
            and not _SUBJECT_THEN_AUXILIARY.match(self.body, match.end(), min(e, match.end() + 80))
        ):
            # `announced an additional $45 million`: an object; `announced it had` is a clause; `welcomed the
            # calendar and affirmed that CLAUSE`: the object, then the same subject's second verb reports
            later = _later_verb().match(self.body, match.end("verb"), min(e, match.end("verb") + 120))
            if later is None or (later.group("verb") in _that_clause_verbs() and not later.group("that")):
                return None
            return self._quote(sentence, (later.end(), e), who, later.group("verb"), "said_that")
        return self._quote(sentence, (start, e), who, verb, "said_that")

    def _clause_said(self, sentence: Sentence) -> Quote | None:
        s, e = sentence.start, sentence.end
        if _any_verb().search(self.body, max(s, e - _WINDOW), e) is None:
            return None
        match = self.clause_said.search(self.body, max(s, e - _WINDOW), e)
        if match is None:
            return None
        name = "who" if match.group("who") is not None else "who2"
        verb = match.group("verb") or match.group("verb2")
        if name == "who2" and verb in _that_clause_verbs():
            return None  # `..., announced $60 million in new funding`: an object after the verb, not a speaker
        if name == "who" and re.match(r"(?:a|an|the)\s+[a-z][\w-]*\s+(?:that|which)\s", match.group("who")):
            return None  # `CLAUSE, a responsibility that the UN acknowledged.`: a relative clause, not a source
        return self._quote(sentence, (s, match.start()), (match.group(name), match.start(name)), verb, "clause_said")

    def _according_which(self, sentence: Sentence) -> list[Quote | None] | None:
        """`CLAUSE, according to the agency, which said CLAUSE`: two reported clauses of one source, the
        figure before `according to` and the words of its relative clause after."""
        s, e = sentence.start, sentence.end
        at = self.body.find(", according to ", s, e)
        if at < 0:
            return None
        match = self.according_which.match(self.body, at, e)
        if match is None:
            return None
        who = (match.group("who"), match.start("who"))
        first = self._quote(sentence, (s, at), who, "according to", "according_to")
        named = (match.group("named"), match.start("named")) if match.group("named") else who  # whose officer
        second = self._quote(sentence, (match.end(), e), named, match.group("verb"), "said_that")
        return [first, second] if first is not None and second is not None else None

    def _said_then_participle(self, sentence: Sentence) -> list[Quote | None] | None:
        """`CLAUSE, officials said, adding that CLAUSE`: two reported clauses of the source named between
        them (the sentence's subject is the first clause's, not a speaker)."""
        s, e = sentence.start, sentence.end
        if self.body.find("ing that", s, e) < 0:
            return None  # every such participle is followed by `that`: most sentences stop here
        match = self.participle.search(self.body, s, min(e, s + 2 * _WINDOW))
        if match is None or match.group("verb") is None:
            return None
        said = self.clause_said.search(self.body, max(s, match.start() - _WINDOW), match.start())
        if said is None:
            return None
        name = "who" if said.group("who") is not None else "who2"
        who = (said.group(name), said.start(name))
        head = dataclasses.replace(sentence, end=match.start())
        first = self._quote(head, (s, said.start()), who, said.group("verb") or said.group("verb2"), "clause_said")
        if first is None:
            return None
        return [first, self._quote(sentence, (match.end(), e), who, match.group("verb"), "participle")]

    def _participle(self, sentence: Sentence) -> Quote | None:
        """`X addressed the summit, announcing that CLAUSE`: the speaker is the sentence's subject."""
        s, e = sentence.start, sentence.end
        match = self.participle.search(self.body, s, min(e, s + _WINDOW))
        subject = _PARTICIPLE_SUBJECT.match(self.body[s : match.start()]) if match else None
        if match is None or subject is None:
            return None
        verb = match.group("verb") or match.group("bare") or match.group("coord")
        who = subject.group()
        role = _POSSESSED_ROLE.match(self.body, s + len(who)) if who.endswith(("’s", "'s")) else None
        if role is not None and role.group(1) in _role_nouns():  # `Russia's representative questioned ...`
            who += role.group()
        return self._quote(sentence, (match.end(), e), (who, s), verb, "participle")


def find_indirect(doc: Doc, spans: list[QuoteSpan], speakers: Speakers | None = None) -> list[Quote]:
    """Indirect speech of one article in order, outside the sentences its direct quotations hold."""
    return _Reporter(doc, spans, speakers or Speakers(doc)).run()
