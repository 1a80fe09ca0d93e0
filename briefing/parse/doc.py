"""The document every parse stage reads: one article's text, read once, with its parts as views onto it.

Owns the shapes that stages share — `Span`, `Dateline`, `Sentence`, `Actor`, `Mention` — and `Doc`, which holds the
body, its publication date, paragraphs, dateline, sentences and word index, and the findings each stage adds
(actors and mentions, quotes, dates, events, relations). Stages look things up here (`sentence_at`,
`sentences_in`, `mentions_in`, `words`) instead of re-deriving them from the text. It does not decide
anything about the text: segmentation is `segment`, the order of the stages is `pipeline`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from briefing.parse import scan

if TYPE_CHECKING:
    from briefing.parse.dates import DateMention
    from briefing.parse.events import Event
    from briefing.parse.quotes import Quote
    from briefing.parse.relations import Relation


@dataclass(frozen=True, slots=True)
class Span:
    """`body[start:end]`: the one way a piece of the text is pointed at."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a wire story was filed (`NAIROBI, Kenya (Reuters) —`): the place, its country and the agency
    as written at the head of the body, or None for a part the dateline does not give."""

    place: Span
    country: Span | None = None
    agency: Span | None = None
    text_start: int = -1  # where the story's words begin after it (`… (JIS): The`), -1 for a byline's place


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """An actor as this article knows it; `key` is its identity across articles."""

    key: str
    name: str
    type: str
    role: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    aliases: set[str] = field(default_factory=set)
    affiliation: str = ""  # key of the actor the text says this one belongs to (`Kenya's President X` -> Kenya)


@dataclass(frozen=True, slots=True)
class Mention:
    key: str
    start: int
    end: int
    text: str
    sentence: int


@dataclass
class ArticleActors:
    actors: dict[str, Actor]
    mentions: list[Mention]  # sorted by (start, end)


# A word: an initialism (`U.S.`), letters and digits joined by hyphens, apostrophes, `&` or `_` (`Kenya-led`,
# `Haiti’s`) ending in a letter or digit, or a number. The same tokens as
# `(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'&-]*[^\W_])?|\d+`, written so the regex engine neither backtracks nor
# repeats a group for each word.
WORD = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)*|[^\W\d_][^\W_]*(?:[’'&_-]+[^\W_]+)*|\d+")
# Splitting on words (kept by the group) yields them all, with the text between, without a Python step per
# word. (Not `findall` of a gap and a word: on a long text with no word that tries every start, quadratic.)
_WORD_SPLIT = re.compile(f"({WORD.pattern})")
_LOWER_WORD = re.compile(r"(?<!\w)[a-z][a-z’'-]*\b")


@dataclass(frozen=True, slots=True)
class Words:
    """The word index: `texts[i]` is word i as written, at `starts[i]:ends[i]`, in order."""

    starts: list[int]
    ends: list[int]
    texts: list[str]

    @classmethod
    def of(cls, body: str) -> Words:
        parts = _WORD_SPLIT.split(body)  # text before the first word, word, text between, word, ..., the rest
        offsets = list(itertools.accumulate(map(len, parts), initial=0))
        return cls(offsets[1:-1:2], offsets[2::2], parts[1::2])


@dataclass
class Doc:
    """One article: its text and metadata, its segmentation, and what each stage has found so far."""

    body: str
    published: dt.date | None
    paragraphs: list[Span]
    sentences: list[Sentence]
    dateline: Dateline | None = None
    actors: ArticleActors = field(default_factory=lambda: ArticleActors({}, []))
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- derived once, on first use ---------------------------------------------------------------

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def sentence_ends(self) -> list[int]:
        return [s.end for s in self.sentences]

    @functools.cached_property
    def words(self) -> Words:
        return Words.of(self.body)

    @functools.cached_property
    def lowered(self) -> str | None:
        """The body in lower case with every offset kept, or None (see `scan.lowered`)."""
        return scan.lowered(self.body)

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word the body writes in lower case: a capitalised word also written so is an ordinary word."""
        return frozenset(_LOWER_WORD.findall(self.body))

    # -- look-ups -------------------------------------------------------------------------------------

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds `offset`, or None (between sentences, or outside every paragraph)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that overlap [start, end)."""
        first = bisect.bisect_right(self.sentence_ends, start)
        last = bisect.bisect_left(self.sentence_starts, end)
        return self.sentences[first:last]

    def enclosing(self, start: int, end: int) -> Span:
        """From the start of the first sentence overlapping [start, end) to the end of the last one."""
        overlapping = self.sentences_in(start, end)
        if not overlapping:
            return Span(start, end)
        return Span(overlapping[0].start, overlapping[-1].end)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie wholly within [start, end), in order."""
        mentions = self.actors.mentions
        starts = self._cache.get("mention_starts")
        if starts is None or self._cache.get("mentions_of") is not mentions or len(starts) != len(mentions):
            starts = self._cache["mention_starts"] = [m.start for m in mentions]
            self._cache["mentions_of"] = mentions
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in mentions[lo:hi] if m.end <= end]
