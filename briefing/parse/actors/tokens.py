"""Tokens and phrases: the capitalised runs of one article that may name an actor.

Owns how the Doc's word index becomes name tokens (a `Kenya-led` cut to `Kenya`, a possessive cut off,
an abbreviation keeping its dot) and how tokens join into phrases within a sentence (single spaces and
lower-case connectors such as `of`, `de`). It decides nothing about what a phrase names: that is the
resolver's job.

Notes: a phrase never crosses a sentence; runs longer than `MAX_PHRASE_WORDS` are cut, which keeps the
work per phrase bounded. A sentence-opening word is dropped only when the article also writes it in
lower case or it is a known function word, so a rare capitalised common word at the start stays.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from briefing.parse import gazetteer, lexicon, vocab
from briefing.parse.actors.registry import known_organizations
from briefing.parse.doc import Sentence, Words

CONNECTORS = frozenset(
    {
        "of",
        "and",
        "the",
        "for",
        "de",
        "du",
        "des",
        "la",
        "le",
        "del",
        "da",
        "on",
        "&",
        "van",
        "von",
        "bin",
        "y",
        "et",
        "pour",
        "pou",
    }
)
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def lower_word_after(body: str, end: int) -> str | None:
    """The lower-case word right after a name (`... administration`, `the Solino neighbourhood`), or None."""
    following = _LOWER_WORD_AFTER.match(body, end, end + 20)
    return following.group(1) if following else None


POSSESSIVE = ("’s", "'s", "’", "'")
MONTHS = frozenset([*vocab.MONTHS, *(short for short, _ in vocab.MONTH_ABBREVIATIONS), *vocab.WEEKDAYS])
#: Longest run of words read as one name; longer runs are cut, which keeps the work per phrase bounded.
MAX_PHRASE_WORDS = 24
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
#: `l’Aviation`, `d’Haïti` (an elided French article before a name) and `interCaribbean` (a brand's capital
#: inside its word): names that open with a lower-case letter
_INNER_CAPITAL = re.compile(r"[ld][’'][A-ZÀ-Þ]|[a-z]{2,8}[A-Z][a-z]")
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'][a-z]{1,2}")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A run of capitalised tokens (with connectors) inside one sentence."""

    start: int
    end: int
    sentence: int
    initial: bool  # first word of its sentence (after any opening quotation mark)


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


@dataclass(slots=True)
class Tokens:
    """The word tokens of a body, in order: `spans[i]` is token i (a capitalised word's cut or extended as
    `name_end` says); `names` are the capitalised tokens a phrase may hold (months are not), `breaks` those
    of them a phrase must end after, `connectors` the lower-case words that may join names."""

    starts: list[int]
    spans: list[tuple[int, int]]
    names: set[int]
    breaks: set[int]
    joinable: list[int]  # names and connectors, in order
    joinable_starts: list[int]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The token spans inside [start, end)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [t for t in self.spans[lo:hi] if t[1] <= end]


def tokenise(body: str, index: Words) -> Tokens:
    """The body's words (the Doc's word index) as name tokens.

    Only capitalised words (and connectors) get a Python step; the rest matter only as what lies between
    names. Words never cross a sentence boundary (sentences end and start at white space), so the body's
    words give each sentence's tokens."""
    starts, ends, words = index.starts, index.ends, index.texts
    spans = list(zip(starts, ends, strict=True))
    names, breaks = set(), set()
    for i in [
        i for i, word in enumerate(words) if word[0].isupper() or (not word.islower() and _INNER_CAPITAL.match(word))
    ]:
        word, end, hard_break = words[i], ends[i], False
        if "-" in word or word.endswith(POSSESSIVE[:2]) or body.startswith(".", end):  # else nothing to change
            end, hard_break = name_end(body, starts[i], end, word)
            spans[i], word = (starts[i], end), body[starts[i] : end]
        if word.rstrip(".") not in MONTHS:  # a month ends a phrase, as any other word does (`Sept.` too)
            names.add(i)
            if hard_break or (word.endswith(".") and _opens_sentence(words, starts, i + 1, end)):
                breaks.add(i)
    joinable = sorted([*names, *(i for i, word in enumerate(words) if word in CONNECTORS)])
    return Tokens(starts, spans, names, breaks, joinable, [starts[i] for i in joinable])


def _opens_sentence(words: list[str], starts: list[int], i: int, end: int) -> bool:
    """`Holdings S.A. Since then`: a capitalised function word right after a word with a dot opens a sentence
    the splitter did not see (the dot both closes an abbreviation and the sentence), so no name runs on."""
    if i >= len(words) or starts[i] != end + 1 or words[i] not in lexicon.word_list("function_words.txt"):
        return False
    return words[i] not in lexicon.org_words()  # `U.S. Mission`, `U.N. Police`: a body's head word goes on


def name_end(body: str, start: int, end: int, word: str) -> tuple[int, bool]:
    """Where a capitalised token ends as a word, and whether a phrase must stop after it: `Kenya-led`
    yields `Kenya` and a stop; a possessive is cut off; an abbreviation (`Gen.`) or initial keeps its dot."""
    if "-" in word:
        parts = word.split("-")
        keep = len(parts)
        while keep > 1 and parts[keep - 1].islower():
            keep -= 1
        if keep < len(parts):
            return start + len("-".join(parts[:keep])), True  # `Kenya-led Mission` is two phrases
    for suffix in POSSESSIVE[:2]:
        if word.endswith(suffix) and not _possessive_in_name(body, end, word[: -len(suffix)]):
            end -= len(suffix)
    if end < len(body) and body[end] == "." and body[start : end + 1] in lexicon.word_list("abbreviations.txt"):
        end += 1
    elif end - start == 1 and end < len(body) and body[end] == "." and word.isupper():
        end += 1  # a middle initial: John F. Kennedy
    return end, False


_SAINT_BEFORE = re.compile(r"\b(?:St|ST|Saint|SAINT)\.?$")


def _possessive_in_name(body: str, end: int, owner: str) -> bool:
    """`King’s College London`: a possessive stays in a name when a head word follows and the owner is not a
    country or place (`Haiti’s National Police` is Haiti's police); `St George’s`, `St. John’s`: it stays in a
    city's name the gazetteer knows with it."""
    owner_start = end - len(owner) - 2
    before = _SAINT_BEFORE.search(body, max(0, owner_start - 7), max(0, owner_start - 1))
    if before is not None and gazetteer.city(f"{before.group()} {owner}’s") is not None:
        return True
    following = _NEXT_WORD.match(body, end)
    if following is None:
        return False
    run = _CAPITALISED_RUN.match(body, end) if owner in lexicon.word_list("name_possessives.txt") else None
    if run is not None and any(w in lexicon.org_words() for w in run.group().split()):
        return True  # `People’s National Party`: a common noun's possessive opening a body's name
    if following.group(1) not in lexicon.org_words():
        return False
    if gazetteer.country(owner) or gazetteer.city(owner):
        return False
    return not _owner_is_body(_owner_run(body, owner_start, owner))


#: ` National Liberation Party`: up to four capitalised words after a possessive (one may be a body's head word)
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w-]*){1,4}")


#: the capitalised words and connectors right before a possessive's owner word (`U.S. Department of the `)
_OWNER_RUN = re.compile(r"(?:(?:[A-Z][\w.&-]*|of|the|and|for|on) )*$")


def _owner_run(body: str, owner_start: int, owner: str) -> str:
    """The whole name a possessive's last word closes: `U.S. Department of the Treasury` for `Treasury’s`."""
    run = _OWNER_RUN.search(body, max(0, owner_start - 80), owner_start)
    words = [*(run.group().split() if run else []), owner]
    while len(words) > 1 and words[0] in CONNECTORS:
        words.pop(0)
    return " ".join(words)


def _owner_is_body(owner: str) -> bool:
    """`the U.S. Department of the Treasury’s Office of …`, `the National Assembly’s Committee on …`, `the
    United Kingdom’s Office of …`: an owner that is itself a body (a name of several words closed by a head
    word) or a country owns the body after it, so the possessive ends the owner's name (`United Nations
    Children’s Fund` is one name: `Children` closes no body)."""
    words = owner.split()
    if len(words) < 2:
        return False
    if any(gazetteer.country(" ".join(words[i:])) for i in range(len(words) - 1)):
        return True
    head, of, _ = owner.partition(" of ")  # `the Ministry of Finance’s Office of …`: a body `of` its remit
    org_words = lexicon.org_words()
    return words[-1] in org_words or bool(of and any(w in org_words for w in head.split()))


def phrases(body: str, sentence: Sentence, tokens: Tokens) -> list[Phrase]:
    """Maximal runs of capitalised words joined by single spaces and lower-case connectors.

    Only names and connectors are visited: any other word between two of them makes the text between
    them more than one space, which ends a run just as meeting that word would."""
    found: list[Phrase] = []
    run: list[tuple[int, int]] = []
    k = bisect.bisect_left(tokens.starts, sentence.start)
    first_word = tokens.starts[k] if k < len(tokens.starts) and tokens.starts[k] < sentence.end else -1

    def close() -> None:
        while run and not _ends_name(body, run[-1][0]):
            run.pop()
        if run:
            found.append(Phrase(run[0][0], run[-1][1], sentence.index, run[0][0] == first_word))
        run.clear()

    lo = bisect.bisect_left(tokens.joinable_starts, sentence.start)
    hi = bisect.bisect_left(tokens.joinable_starts, sentence.end)
    for i in tokens.joinable[lo:hi]:
        start, end = tokens.spans[i]
        joined = bool(run) and body[run[-1][1] : start] == " "
        if i in tokens.names:
            if run and (not joined or len(run) >= MAX_PHRASE_WORDS):
                close()
            run.append((start, end))
            if i in tokens.breaks:
                close()
        elif joined:
            run.append((start, end))
        else:
            close()
    close()
    return found


def all_phrases(body: str, sentences: list[Sentence], tokens: Tokens) -> list[Phrase]:
    """`phrases` of every sentence in order, in one pass over the names and connectors (the same phrases:
    `tests/test_actor_rules.py` checks the two against each other)."""
    found: list[Phrase] = []
    names, spans, breaks, joinable, joinable_starts = (
        tokens.names,
        tokens.spans,
        tokens.breaks,
        tokens.joinable,
        tokens.joinable_starts,
    )
    starts = tokens.starts
    for sentence in sentences:
        k = bisect.bisect_left(starts, sentence.start)
        first_word = starts[k] if k < len(starts) and starts[k] < sentence.end else -1
        lo = bisect.bisect_left(joinable_starts, sentence.start)
        hi = bisect.bisect_left(joinable_starts, sentence.end, lo)
        run: list[tuple[int, int]] = []
        for i in joinable[lo:hi]:
            start, end = spans[i]
            joined = bool(run) and body[run[-1][1] : start] == " "
            if i in names:
                if run and (not joined or len(run) >= MAX_PHRASE_WORDS):
                    _close(body, run, sentence.index, first_word, found)
                run.append((start, end))
                if i in breaks:
                    _close(body, run, sentence.index, first_word, found)
            elif joined:
                run.append((start, end))
            elif run:
                _close(body, run, sentence.index, first_word, found)
        if run:
            _close(body, run, sentence.index, first_word, found)
    return found


def _ends_name(body: str, start: int) -> bool:
    """May a phrase end with the token at `start`: a capitalised word, or an elided French article before a
    name (`d’Haïti` in `Police Nationale d’Haïti`)?"""
    return body[start : start + 1].isupper() or (
        body[start : start + 1] in "dl" and _INNER_CAPITAL.match(body, start, start + 3) is not None
    )


def _close(body: str, run: list[tuple[int, int]], sentence: int, first_word: int, found: list[Phrase]) -> None:
    while run and not _ends_name(body, run[-1][0]):
        run.pop()
    if run:
        found.append(Phrase(run[0][0], run[-1][1], sentence, run[0][0] == first_word))
    run.clear()


def trim(body: str, phrase: Phrase, tokens: Tokens, lower_words: frozenset[str]) -> Phrase | None:
    """Drop a sentence-opening word that is an ordinary word capitalised by position."""
    if not phrase.initial:  # nothing to drop, and a phrase holds at least the word it starts with
        return _without_demonym_tail(body, phrase, tokens)
    words = tokens.within(phrase.start, phrase.end)
    function_words = lexicon.word_list("function_words.txt")
    while words and phrase.initial:
        first = body[words[0][0] : words[0][1]]
        ordinary = (
            first in function_words
            or _CONTRACTION.fullmatch(first) is not None
            or first.lower() in lower_words
            or (first.endswith("ing") and not gazetteer.country(first))  # `-ly`: the resolver (`Emily` is a name)
            or (first.endswith("s") and first[:-1].lower() in lexicon.word_list("role_nouns.txt"))  # `Leaders of`
        )
        if not ordinary or (first in ("The",) and _is_publication(body, words)) or _opens_title(body, words):
            break
        if first not in function_words and _opens_known_body(body, words):
            break  # `Human Rights Watch researcher …` at a sentence's start: the known body's first word
        words = words[1:]
        while words and body[words[0][0] : words[0][1]] in CONNECTORS:
            words = words[1:]
        phrase = Phrase(words[0][0], phrase.end, phrase.sentence, False) if words else phrase
    if not words:
        return None
    return _without_demonym_tail(body, phrase, tokens)


def _without_demonym_tail(body: str, phrase: Phrase, tokens: Tokens) -> Phrase:
    """`the UN Basket Fund for the Haitian police`: a demonym adjective closing a phrase after `the`, before a
    lower-case noun, describes that noun (`Haitian police`), so the name ends before the connector."""
    if not body.startswith(" ", phrase.end) or not body[phrase.end + 1 : phrase.end + 2].islower():
        return phrase  # most phrases are followed by punctuation or a capital: no word look-up
    words = tokens.within(phrase.start, phrase.end)
    if len(words) < 3:
        return phrase
    last = body[words[-1][0] : words[-1][1]]
    if last not in gazetteer.demonyms() or last.endswith("s") or body[words[-2][0] : words[-2][1]] != "the":
        return phrase  # `the PNH and Kenyans would stay`: a people, not an adjective after `the`
    keep = len(words) - 1
    while keep and body[words[keep - 1][0] : words[keep - 1][1]] in CONNECTORS:
        keep -= 1
    if keep == len(words) - 1 or keep == 0:
        return phrase  # no connector before the demonym: `Haitian National Police` stays whole
    return Phrase(phrase.start, words[keep - 1][1], phrase.sentence, phrase.initial)


def _opens_known_body(body: str, words: list[tuple[int, int]]) -> bool:
    """Do the phrase's words, from its first, begin with a name the organizations lexicon knows?"""
    known = known_organizations()
    return any(gazetteer.fold(body[words[0][0] : words[k][1]]) in known for k in range(1, min(len(words), 6)))


def _opens_title(body: str, words: list[tuple[int, int]]) -> bool:
    """`Acting Commissioner of Police X`, `Former Interior CS X`: a title word opening a sentence before
    another title word is part of the title, not an ordinary word capitalised by position."""
    if len(words) < 3:
        return False
    titles = _title_first_words()
    return body[words[0][0] : words[0][1]] in titles and body[words[1][0] : words[1][1]] in titles


@functools.cache
def _title_first_words() -> frozenset[str]:
    return frozenset(title.split(" ", 1)[0] for title in lexicon.titles())


def _is_publication(body: str, words: list[tuple[int, int]]) -> bool:
    last = body[words[-1][0] : words[-1][1]]
    return lexicon.org_words().get(last) == "publication"
