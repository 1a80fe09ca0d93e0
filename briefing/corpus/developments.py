"""Developments: the reports (events) of one real-world event across articles, and the dates they dispute.

Owns one step of consolidation: `develop(tables)` gives each event a `development_id` and writes the
`developments` table (one row per development, `schema.TABLES["developments"]`). It reads the events,
the articles (publication dates) and the actors (types, names); it changes no other table.

Two reports are one development when they are of the same kind, at compatible dates, with no
contradiction in actors, in similar words:
- compatible dates: one period holds the other (`2026-03-04` lies in `2026-03`, which lies in `2026`).
  Dates are ISO at their precision, so holding is being a prefix.
- actors: those that matter (not places, which say where, nor the briefing's subject country, which
  nearly every sentence names) overlap, or one of the two reports names none. A sentence that says
  "the mission" names no actor; that is no evidence against, and kind, date and words still decide.
- words: the stems of the sentences' content words (no stop words, calendar words or numbers). The share
  of the shorter report's words that the other uses too is at least `SIMILAR`, and they share at least
  `MIN_SHARED` words by the precision of the less precise date (a shared day is strong evidence, a shared
  year weak). The shorter report counts because a wire lead packs context into its sentence while a brief
  gives the bare fact; Jaccard's union would punish that.
Pairs are joined greedily, most similar first (ties in report order), and a join is refused when the
development would then hold two incompatible dates or two disjoint sets of actors: a report that names no
actor never bridges two developments that name different ones, and a year never joins March to June. A
development's date is the most precise date its reports agree on (every report's period holds it).

Two reports of one article may be one development: an article that repeats its lead later, or one
sentence giving a date twice (a dateline and `on Wednesday`), reports one event once; `sources` counts
articles, `reports` events. Reports with no date of their own (a funding statement dated as of
publication, an unresolved `on Tuesday`) are a development each: without a date nothing says two of
them are the same event.

Paraphrase: outlets tell one fact in other words (`runs out`, `run dry`, `exhaust its funding`), and the
parser may call it a deadline in one and a funding statement in another. So two reports that share an actor
that matters, at compatible dates of a day or a month, of compatible kinds (the same, or one's kind among
the other's `topics`), need less wording: an IDF-weighted share (`_Weights`: a word few reports use counts
more) of their words less the actors' names reaching `SIMILAR_WITH_ACTOR` (a day asks less than a month).
British `-ise` is read as `-ize`.

Conflicts: two developments whose dates are incompatible conflict when a report of each, from different
articles, shares an actor that matters (`_actors_overlap`: places, when both name some, shared too), a kind
that does not recur (`RECURRING`: a monthly report at another date is another report), and says the same
about them: the weighted share of their words less the actors' names reaches `SIMILAR_CONFLICT_WEIGHTED`,
so "the mission's mandate expires" meets "the mandate of the mission is due to expire". An article that
reports both developments (`extended from October to March`, or one sentence giving the vote's day and the
mandate's end) tells a change or two events, not a contradiction: developments sharing an article never
conflict. A later article giving a new deadline is a conflict, as the issue defines it. Developments linked
by conflicts share one `conflict_id`.

Near-linear: reports are compared within blocks only (joins: kind and year, or actor and month; conflicts:
actor, kind and word), within a block only pairs that can reach the threshold are looked at (`_similar_pairs`,
the prefix filter of set-similarity joins; for joins also only pairs of compatible dates), and every block
or index entry keeps its latest `WINDOW` reports, so a frequent word or actor never makes every pair a
candidate. Ids come from content (the earliest report's event id: earliest published
article, then article id, then place in the text), so the order of files and rows changes nothing.

Notes: words are compared as stems, so a paraphrase in other words (`authorisation` for `mandate`) joins only
through a shared actor and one shared rare word at least; two reports with no word in common beyond the
actors' names stay apart (a shared day and actor alone is not enough: `mandate runs out` and `fuel prices
reviewed` of one mission on one day are two events). One sentence speaking of two events at one date is one
report of the kind nearest its date. A period spanning two years is blocked by its first year. Templated
text (the same sentence with other names and dates, as in the synthetic benchmark corpus) gives many
candidates; the windows and `COMMON` bound the work there, at the cost of exactness.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import snowballstemmer

from briefing.corpus import schema
from briefing.parse import lexicon, vocab
from briefing.parse.gazetteer import HAITI

#: Share of the shorter report's content words the other must use too. Tests hold both sides: paraphrases
#: of one event by different outlets reach it; different events of the same kind and date do not.
SIMILAR = 0.5
#: Content words two reports must share, by the precision of the less precise of their dates: a shared day
#: is strong evidence of one event, a shared year weak, so the words must say more.
MIN_SHARED = {"day": 2, "month": 3, "year": 4}
#: Reports a word of a block is indexed for, the latest kept (`_similar_pairs`): exact on a corpus whose text
#: does not repeat itself that often, bounded work on one that does (templated text, thousands of articles).
WINDOW = 16
#: The same bound for the word join (`_similar_pairs`), where templated text makes the lists long: the latest
#: 8 reports of a word suffice to chain one development, and halve the pairs looked at.
JOIN_WINDOW = 8
#: Reports that name a shared actor (one that matters) at compatible dates of a day or a month, of compatible
#: kinds (`_kinds_agree`), need less wording: this share of the rarer words, weighted by inverse document
#: frequency over the corpus (`_Weights`), of the shorter report's words less its actors' names, and one
#: such word at least. A shared day is stronger evidence than a shared month. Tuned on
#: `tests/articles/story_dev/` only.
SIMILAR_WITH_ACTOR = {"day": 0.1, "month": 0.2}
#: For a conflict (kinds sharing one that is not `RECURRING`, actors overlapping, dates incompatible), the share
#: of the shorter report's words less its actors' names the other uses too, and at least that many words.
SIMILAR_CONFLICT_WEIGHTED = 0.3
#: Kinds that recur at many dates (a monthly report, a meeting, a hearing, an attack, contingents arriving in
#: waves): the same words and
#: actors at another date are another event, not a contradiction, so these kinds alone make no conflict.
RECURRING = frozenset({"report", "meeting", "hearing", "violence", "deployment", "statement", "other"})
#: Share of all reports above which a word finds no candidates (`_Weights.common`): at 10,000 articles it
#: would join thousands of reports and says little about which event a report tells.
COMMON = 0.02
#: Dates a conflict's text names; the rest are counted (`... vs 9 other dates (12 sources)`).
CONFLICT_DATES_SHOWN = 5
_PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}  # ISO at its precision: 2026-03-04, 2026-03, 2026

_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _stop_words() -> frozenset[str]:
    calendar = [*vocab.MONTHS, *vocab.WEEKDAYS, *(short for short, _ in vocab.MONTH_ABBREVIATIONS)]
    return lexicon.word_list("stop_words.txt") | {word.casefold() for word in calendar}


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


_BRITISH = re.compile(r"is(e|es|ed|ing|ation|ations)$")


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The stem, British `-ise` spelt as American `-ize` first (`authorised`, `authorized`: one word)."""
    return _stemmer().stemWord(_BRITISH.sub(r"iz\1", word))


@functools.lru_cache(maxsize=65536)
def content_words(sentence: str) -> frozenset[str]:
    """The stems of a sentence's content words: no stop words, calendar words or numbers, so two reports
    of one event written with different dates (`Tuesday`, `Sept. 30`) compare by what they say."""
    stems = _STEMS
    found = []
    for word in _WORD.findall(sentence):
        stem = stems.get(word, _UNSEEN)
        if stem is _UNSEEN:
            folded = word.casefold()
            stem = stems[word] = _stem(folded) if len(folded) > 1 and folded not in _stop_words() else ""
        if stem:
            found.append(stem)
    return frozenset(found)


#: Each written word's stem, or "" for a stop word (a word is looked at once per process, not once per use).
_STEMS: dict[str, str] = {}
_UNSEEN = object()


def compatible(first: str, second: str) -> bool:
    """Whether one ISO date at its precision holds the other (a day in its month, a month in its year)."""
    return first.startswith(second) or second.startswith(first)


@dataclass(frozen=True, slots=True)
class _Report:
    """One event as the clustering sees it; `order` is its place among all reports (earliest first)."""

    order: int
    index: int  # its row in the events table
    event_id: str
    article_id: str
    kind: str
    date: str  # "" when it has no date of its own
    words: frozenset[str]
    actors: frozenset[str]  # the actors that matter
    places: frozenset[str]
    said: frozenset[str]  # `words` less the words of its actors' names: what it says about them
    kinds: frozenset[str] = frozenset()  # its kind and every kind its sentence speaks of (`topics`)


def _background(actors: pd.DataFrame) -> tuple[set[str], set[str]]:
    """Actor ids that do not say who a development involves: (places, the briefing's subject country).
    A place says where (one outlet writes the capital, another a district of it); the subject country is
    named by nearly every sentence."""
    places = actors["type"].eq("place").fillna(False).astype(bool)
    subject = (actors["type"].eq("country") & actors["country"].eq(HAITI)).fillna(False).astype(bool)
    return set(actors.loc[places, "actor_id"]), set(actors.loc[subject, "actor_id"])


def _split(cell: object) -> list[str]:
    return [part for part in cell.split(";") if part] if isinstance(cell, str) else []


def _name_words(actors: pd.DataFrame) -> dict[str, frozenset[str]]:
    """Each actor's content words of its name and aliases (`Gang Suppression Force`, `GSF`)."""
    names = zip(actors["actor_id"], actors["name"], actors["aliases"], strict=True)
    return {aid: content_words(" ".join(_split(aliases)) + " " + (name or "")) for aid, name, aliases in names}


_READ = ("event_id", "article_id", "start", "end", "date", "date_text", "kind", "sentence", "actor_ids", "topics")


def _reports(events: pd.DataFrame, published: dict[str, str], actors: pd.DataFrame) -> list[_Report]:
    """The events as reports, in report order: earliest published article first (unknown dates last),
    then article id, then place in the text."""
    column = {name: (events[name] if name in events else pd.Series([""] * len(events))).tolist() for name in _READ}
    article_ids = column["article_id"]
    keys = sorted(
        range(len(events)),
        key=lambda i: (
            published.get(article_ids[i]) or "9999-99-99",
            article_ids[i],
            int(column["start"][i]),
            int(column["end"][i]),
            column["event_id"][i],
        ),
    )
    places, subject = _background(actors)
    name_words = _name_words(actors)
    reports = []
    for order, i in enumerate(keys):
        involved = _split(column["actor_ids"][i])
        sentence = column["sentence"][i]
        words = content_words(sentence if isinstance(sentence, str) else "")
        date, written = column["date"][i], column["date_text"][i]
        dated = isinstance(date, str) and bool(date) and isinstance(written, str) and bool(written)
        reports.append(
            _Report(
                order,
                i,
                column["event_id"][i],
                article_ids[i],
                column["kind"][i],
                date if dated else "",
                words,
                frozenset(a for a in involved if a not in places and a not in subject),
                frozenset(a for a in involved if a in places),
                words.difference(*(name_words.get(a, ()) for a in involved)),
                frozenset({column["kind"][i], *_split(column["topics"][i])}),
            )
        )
    return reports


def _words(report: _Report) -> frozenset[str]:
    return report.words


def _similar_pairs(
    block: Sequence[_Report],
    threshold: float,
    least: int,
    words_of: Callable[[_Report], frozenset[str]] = _words,
    dated: bool = False,
    window: int | None = None,
    common: frozenset[str] = frozenset(),
) -> Iterable[tuple[int, _Report, _Report]]:
    """Pairs of the block whose shorter report shares at least `threshold` of its words (and `least`
    words) with the other, with the number of words shared; the shorter report comes first. With `dated`,
    only pairs of compatible dates.

    The prefix filter of set-similarity joins (Chaudhuri et al. 2006; Bayardo et al. 2007): with the words
    ordered rarest first, a report of n words that must share k of them with a longer one shares one of its
    n - k + 1 rarest. Only those are indexed, so a frequent word joins few candidates. Exact: no pair that
    reaches the threshold is missed (a test checks it against comparing every pair). With `dated`, a word
    is indexed under the report's date and the periods holding it, so a report finds only the reports of
    its own period or of one holding it or held by it (the same sentence at another date is not looked at).

    `window` bounds the work where text repeats itself: a word indexed for more than `window` reports keeps
    the latest `window` of them (by length, then report order), as the sorted-neighbourhood method of
    record linkage compares each record with its neighbours only (Hernández and Stolfo 1995). Exact
    while no word's list is that long. A word of `common` (`_Weights.common`) is neither indexed nor looked
    up: exact while no such word is given.
    """
    frequency: dict[str, int] = {}
    for report in block:
        for word in words_of(report):
            frequency[word] = frequency.get(word, 0) + 1
    index: dict[tuple[str, str, str], deque[tuple[_Report, int]]] = {}
    for report in sorted(block, key=lambda r: (len(words_of(r)), r.order)):
        words = words_of(report)
        needed = max(least, math.ceil(threshold * len(words) - 1e-9))
        if len(words) < needed:
            continue
        ranked = sorted(words, key=lambda w: (frequency[w], w))
        probes, keys = _date_keys(report.date) if dated else ((("", ""),), (("", ""),))
        seen: set[int] = set()
        for word in ranked:
            if frequency[word] == 1 or word in common:
                continue  # no other report of the block has it, or too many do
            for probe in probes:
                for other, other_needed in index.get((word, *probe), ()):
                    if other.order in seen:
                        continue
                    seen.add(other.order)
                    shared = len(words & words_of(other))
                    if shared >= other_needed:  # `other` is the shorter (or as long): its words decide
                        yield shared, other, report
        for word in ranked[: len(words) - needed + 1]:
            if word in common:
                continue
            for key in keys:
                index.setdefault((word, *key), deque(maxlen=window)).append((report, needed))


@functools.lru_cache(maxsize=4096)
def _date_keys(date: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(keys a report of this date looks up, keys it is indexed under): it is indexed `in` its date and
    every period holding it, and `at` its own date; it looks up `in` its date (reports held by it, or of
    the same date) and `at` each period holding it."""
    holding = [date[:n] for n in (4, 7) if n < len(date)]
    probes = (("in", date), *(("at", period) for period in holding))
    keys = (*(("in", period) for period in (*holding, date)), ("at", date))
    return probes, keys


def _actors_agree(first: frozenset[str], second: frozenset[str]) -> bool:
    """No contradiction in actors: they share one, or one side names none that matters."""
    return not first or not second or not first.isdisjoint(second)


def _actors_overlap(first: _Report, second: _Report) -> bool:
    """The same actors, as a conflict needs them: both name actors that matter and share one, and when
    both name places they share one too (displacement in one town is not displacement in another)."""
    if first.actors.isdisjoint(second.actors):
        return False
    return not first.places or not second.places or not first.places.isdisjoint(second.places)


def _precision(date: str) -> str:
    return _PRECISION_OF_LENGTH[len(date)]


def _blocks(reports: Iterable[_Report], key) -> list[list[_Report]]:
    blocks: dict[object, list[_Report]] = {}
    for report in reports:
        blocks.setdefault(key(report), []).append(report)
    return [blocks[k] for k in sorted(blocks)]


class _Clusters:
    """Union-find over reports that keeps, per development, its most precise date and its actors."""

    def __init__(self, reports: Sequence[_Report]) -> None:
        self.parent = list(range(len(reports)))
        self.date = [r.date for r in reports]
        self.actors = [r.actors for r in reports]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Join two developments unless their dates or actors would then contradict each other."""
        a, b = self.find(i), self.find(j)
        if a == b or not compatible(self.date[a], self.date[b]):
            return
        if not _actors_agree(self.actors[a], self.actors[b]):
            return
        a, b = min(a, b), max(a, b)  # the earlier report's root stays the root
        self.parent[b] = a
        self.date[a] = max(self.date[a], self.date[b], key=len)
        self.actors[a] = self.actors[a] | self.actors[b]


def _kinds_agree(first: _Report, second: _Report) -> bool:
    """The same kind, or one report's kind is among those the other's sentence speaks of: the parser may
    call one fact a deadline in one outlet and a funding statement in another."""
    return first.kind in second.kinds or second.kind in first.kinds


class _Weights:
    """Inverse document frequency of the words over the reports: a word few reports use (a name, an
    acronym, `exhaust`) says more about which event a report tells than one many use (`said`)."""

    def __init__(self, reports: Sequence[_Report]) -> None:
        frequency: dict[str, int] = {}
        for report in reports:
            for word in report.said:
                frequency[word] = frequency.get(word, 0) + 1
        total = len(reports) + 1
        self.idf = {word: math.log(total / count) for word, count in frequency.items()}
        #: Words too frequent to look candidates up by: `COMMON` of the reports and more than `WINDOW` of them.
        self.common = frozenset(w for w, c in frequency.items() if c > max(WINDOW, COMMON * len(reports)))
        self.mass = [
            math.fsum(self.idf[w] for w in r.said) for r in reports
        ]  # fsum: exact, so no set order changes a sum

    def share(self, first: _Report, second: _Report) -> tuple[int, float]:
        """(words of `said` shared, their weight over the lighter report's)."""
        shared = first.said & second.said
        lighter = min(self.mass[first.order], self.mass[second.order])
        if not shared or lighter <= 0:
            return len(shared), 0.0
        return len(shared), math.fsum(self.idf[w] for w in shared) / lighter


def _actor_pairs(reports: Sequence[_Report], weights: _Weights) -> Iterable[tuple[float, _Report, _Report]]:
    """Pairs that share an actor that matters, of compatible kinds and dates at day or month precision,
    whose weighted wording reaches `SIMILAR_WITH_ACTOR`, with that weight. Blocked by actor and month; within
    a block each report meets the latest `WINDOW` before it (sorted neighbourhood), so work stays linear."""
    blocks: dict[tuple[str, str], deque[_Report]] = {}
    for report in reports:
        if len(report.date) < 7:
            continue
        seen: set[int] = set()
        for actor in sorted(report.actors):
            block = blocks.setdefault((actor, report.date[:7]), deque(maxlen=WINDOW))
            for other in block:
                if other.order in seen:
                    continue
                seen.add(other.order)
                if not compatible(other.date, report.date) or not _kinds_agree(other, report):
                    continue
                count, weight = weights.share(other, report)
                if count and weight >= SIMILAR_WITH_ACTOR[_precision(min(other.date, report.date, key=len))] - 1e-9:
                    yield weight, other, report
            block.append(report)


def _cluster(reports: Sequence[_Report], weights: _Weights) -> list[int]:
    """Each report's development, as the report order of the development's root."""
    dated = [r for r in reports if r.date]
    candidates = []
    for block in _blocks(dated, lambda r: (r.kind, r.date[:4])):
        for shared, first, second in _similar_pairs(
            block, SIMILAR, min(MIN_SHARED.values()), dated=True, window=JOIN_WINDOW, common=weights.common
        ):
            if not compatible(first.date, second.date) or not _actors_agree(first.actors, second.actors):
                continue
            if shared < MIN_SHARED[_precision(min(first.date, second.date, key=len))]:
                continue
            share = shared / len(first.words)
            candidates.append((-share, min(first.order, second.order), max(first.order, second.order)))
    for weight, first, second in _actor_pairs(dated, weights):
        candidates.append((-weight, min(first.order, second.order), max(first.order, second.order)))
    clusters = _Clusters(reports)
    for _, i, j in sorted(candidates):
        clusters.join(i, j)
    return [clusters.find(r.order) for r in reports]


def _conflicts(reports: Sequence[_Report], root: list[int], weights: _Weights) -> dict[int, int]:
    """Development (root) -> the smallest root of its conflict group, for developments in a conflict."""
    articles: dict[int, set[str]] = {}
    for report in reports:
        articles.setdefault(root[report.order], set()).add(report.article_id)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    looked: set[tuple[int, int]] = set()
    for first, second in _conflict_pairs(reports, weights, root):
        x, y = root[first.order], root[second.order]
        if (min(x, y), max(x, y)) in looked or not _actors_overlap(first, second):
            continue
        looked.add((min(x, y), max(x, y)))
        if not articles[x].isdisjoint(articles[y]):
            continue  # an article reporting both tells two events or a change of date, not a contradiction
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
            parent.setdefault(min(a, b), min(a, b))
    return {x: find(x) for x in parent}


def _conflict_pairs(
    reports: Sequence[_Report], weights: _Weights, root: list[int]
) -> Iterable[tuple[_Report, _Report]]:
    """Candidate conflicts: dated reports of other developments and articles, at incompatible dates, sharing
    an actor that matters, a kind that does not recur (`RECURRING`), and a word less their actors' names,
    whose weighted wording reaches `SIMILAR_CONFLICT_WEIGHTED`. Indexed by (actor, kind, word); each entry
    keeps the latest `WINDOW` reports, and a word of `weights.common` is not indexed (it says no subject)."""
    index: dict[tuple[str, str, str], deque[_Report]] = {}
    common = weights.common
    for report in reports:
        if not report.date:
            continue
        keys = [(a, k) for a in sorted(report.actors) for k in sorted(report.kinds - RECURRING)]
        if not keys:
            continue
        seen: set[int] = set()
        mine = root[report.order]
        for word in sorted(report.said - common):
            for actor, kind in keys:
                entry = index.setdefault((actor, kind, word), deque(maxlen=WINDOW))
                for other in entry:
                    if other.order in seen:
                        continue
                    seen.add(other.order)
                    if root[other.order] == mine or other.article_id == report.article_id:
                        continue
                    if compatible(other.date, report.date):
                        continue
                    if weights.share(other, report)[1] >= SIMILAR_CONFLICT_WEIGHTED - 1e-9:
                        yield other, report
                entry.append(report)


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def _union(cells: Iterable[object]) -> str:
    return ";".join(dict.fromkeys(part for cell in cells for part in _split(cell)))


def _sources(count: int) -> str:
    return f"{count} source" + ("" if count == 1 else "s")


def develop(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with `events.development_id` (after `event_id`) and the `developments` table.

    Pure: the input tables are not changed; an events table that already has `development_id` (tables
    consolidated before) has it recomputed over all its rows.
    """
    events = tables["events"].drop(columns=["development_id"], errors="ignore").reset_index(drop=True)
    articles = tables["articles"]
    published = {a: p for a, p in zip(articles["article_id"], articles["published"], strict=True) if isinstance(p, str)}
    reports = _reports(events, published, tables["actors"])
    weights = _Weights(reports)
    root = _cluster(reports, weights)
    members: dict[int, list[_Report]] = {}
    for report in reports:
        members.setdefault(root[report.order], []).append(report)
    ids = {r: "dev-" + reports[r].event_id.removeprefix("evt-") for r in members}
    groups = _conflicts(reports, root, weights)
    in_group: dict[int, list[int]] = {}
    for development, group in groups.items():
        in_group.setdefault(group, []).append(development)

    columns = {name: events[name].tolist() for name in _COPIED}
    rows = {ids[d]: _row(ids[d], group, columns, published) for d, group in sorted(members.items())}
    for developments in in_group.values():
        text = _conflict_text([members[d] for d in developments])
        conflict_id = "con-" + _short_hash(*sorted(ids[d] for d in developments))
        for d in developments:
            rows[ids[d]].update(conflict=text, conflict_id=conflict_id)

    development_of = [""] * len(events)
    for report in reports:
        development_of[report.index] = ids[root[report.order]]
    events.insert(1, "development_id", pd.array(development_of, dtype="string"))
    out = dict(tables)
    out["events"] = events.astype(schema.frame("events", []).dtypes.to_dict())
    out["developments"] = schema.frame("developments", list(rows.values()))
    return {name: out[name] for name in sorted(out, key=_schema_order)}  # the tables in the schema's order


def _schema_order(table: str) -> int:
    return list(schema.TABLES).index(table) if table in schema.TABLES else len(schema.TABLES)


_COPIED = (
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "kind",
    "summary",
    "actor_ids",
    "countries",
    "organizations",
)


def _row(development_id: str, group: list[_Report], events: dict[str, list], published: dict[str, str]) -> dict:
    """One development's row from its reports (in report order: the first is the earliest) and the events'
    columns."""
    precise = max(group, key=lambda r: len(r.date)).index  # max keeps the first of the longest: the earliest
    first = group[0].index
    article_ids = list(dict.fromkeys(r.article_id for r in group))
    dates = sorted(published[a] for a in article_ids if a in published)
    return {
        "development_id": development_id,
        **{column: events[column][precise] for column in ("date", "date_precision", "date_start", "date_end")},
        "kind": events["kind"][first],
        "summary": events["summary"][first],
        "sources": len(article_ids),
        "reports": len(group),
        "article_ids": ";".join(article_ids),
        "first_reported": dates[0] if dates else None,
        "last_reported": dates[-1] if dates else None,
        "conflict": "",
        "conflict_id": "",
        **{
            column: _union(events[column][r.index] for r in group)
            for column in ("actor_ids", "countries", "organizations")
        },
    }


def _conflict_text(developments: list[list[_Report]]) -> str:
    """`2026-03 (4 sources) vs 2025-10 (1 source)`: each competing date with the articles giving it, most
    sources first (then the earlier date)."""
    by_date: dict[str, set[str]] = {}
    for group in developments:
        date = max((r.date for r in group), key=len)
        by_date.setdefault(date, set()).update(r.article_id for r in group)
    ranked = sorted(by_date.items(), key=lambda item: (-len(item[1]), item[0]))
    shown = [f"{date} ({_sources(len(arts))})" for date, arts in ranked[:CONFLICT_DATES_SHOWN]]
    if len(ranked) > CONFLICT_DATES_SHOWN:
        rest = set().union(*(arts for _, arts in ranked[CONFLICT_DATES_SHOWN:]))
        shown.append(f"{len(ranked) - CONFLICT_DATES_SHOWN} other dates ({_sources(len(rest))})")
    return " vs ".join(shown)
