"""How well a consolidated corpus tells one story: its developments, conflicts, identities and roles.

Scores a corpus (the tables of `briefing.corpus.build.Corpus`, consolidated as issue 11 describes: events
with `development_id`, `developments`, and actor ids rewritten to one actor per person or body) against a
hand-made expected file (`tests/articles/story/expected.json`, format in the README beside it):
- merges, pairwise over the expected forms: two forms are predicted the same actor when they carry one
  actor id. A form is found as the mention of its article at the place the form is written (the
  mention whose text is the form, else the one the form's words overlap, ending nearest its end: the
  head of `the Kenyan-led mission` is `mission`), else through the `identities` table;
- developments, pairwise over the expected reports: two reports are predicted together when their
  events share a `development_id`. A report is the event of its article whose sentence contains the
  expected words and whose date is compatible with the development's (one period inside the other);
  each expected development is also matched to the predicted one holding most of its reports;
- conflicts: an expected conflict is found when its developments are distinct predicted developments
  with one non-empty `conflict_id`; every other conflict id of the table counts against precision;
- non-merges: every pair of the forms that must stay apart is two actors;
- roles: an expected role is found when a `roles` row of the form's actor gives it (case folded, or
  with a qualifier before it: `HNP spokeswoman` for `spokeswoman`, never `former ...`) and lists the
  article; the other role rows of those actors count against precision.

Notes: measure only; nothing here consolidates. A form or report that cannot be found is a miss in
words (and no predicted pair), never an error; a table or column the scoring needs raises
`StoryTablesError` naming it.
"""

from __future__ import annotations

import calendar
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from briefing.corpus.scores import Score, norm

#: Columns the scoring reads, per table; `identities` and `roles` are optional tables.
REQUIRED: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "path"),
    "mentions": ("actor_id", "article_id", "start", "end", "text"),
    "events": ("event_id", "article_id", "development_id", "date", "date_start", "date_end", "kind", "sentence"),
    "developments": ("development_id", "date", "date_precision", "conflict_id"),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "identities": ("actor_id", "form", "article_id"),
    "roles": ("actor_id", "role", "article_ids"),
}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


class StoryTablesError(ValueError):
    """The corpus lacks a table or column the story scoring reads."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedDevelopment(_Strict):
    id: str
    what: str = ""
    kind: str
    date: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_precision: str = Field(pattern=r"^(day|month|year)$")
    reports: tuple[tuple[str, str], ...] = Field(min_length=1)


class ExpectedConflict(_Strict):
    developments: tuple[str, ...] = Field(min_length=2)
    note: str = ""


class ExpectedMerge(_Strict):
    actor: str
    forms: tuple[tuple[str, str], ...] = Field(min_length=2)


class ExpectedNonMerge(_Strict):
    forms: tuple[tuple[str, str], ...] = Field(min_length=2)
    note: str = ""


class ExpectedRole(_Strict):
    actor: tuple[str, str]
    role: str
    article: str


class Expected(_Strict):
    developments: tuple[ExpectedDevelopment, ...]
    conflicts: tuple[ExpectedConflict, ...] = ()
    merges: tuple[ExpectedMerge, ...] = ()
    non_merges: tuple[ExpectedNonMerge, ...] = ()
    roles: tuple[ExpectedRole, ...] = ()


def load_expected(path: str | Path) -> Expected:
    """The expected file, checked: every conflict names expected developments, ids are unique."""
    expected = Expected.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    ids = [d.id for d in expected.developments]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: development ids repeat")
    unknown = sorted({d for c in expected.conflicts for d in c.developments} - set(ids))
    if unknown:
        raise ValueError(f"{path}: conflicts name unknown developments: {', '.join(unknown)}")
    return expected


@dataclass
class StoryScores:
    """The figures of one scoring, and what went wrong, one line each."""

    merges: Score  # pairs of forms of one actor
    developments: Score  # pairs of reports of one development
    developments_matched: Score  # expected developments found whole and alone (predicted: distinct developments)
    reports_found: Score  # expected reports located as an event with a compatible date
    dates: Score  # matched developments whose date and precision are the expected ones
    conflicts: Score
    non_merges: Score  # pairs kept apart (predicted = expected pairs)
    roles: Score | None  # None when the corpus has no roles table
    misses: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Score]]:
        named = [
            ("merges (pairs)", self.merges),
            ("developments (pairs)", self.developments),
            ("developments matched", self.developments_matched),
            ("reports found", self.reports_found),
            ("development dates", self.dates),
            ("conflicts", self.conflicts),
            ("non-merges kept apart", self.non_merges),
        ]
        return [*named, ("roles", self.roles)] if self.roles is not None else named


def _tables(corpus: object) -> Mapping[str, pd.DataFrame]:
    tables = getattr(corpus, "tables", corpus)
    if not isinstance(tables, Mapping):
        raise StoryTablesError("evaluate_story needs a Corpus or a mapping of table name to DataFrame")
    for name, needed in REQUIRED.items():
        _check(tables, name, needed)
    for name, needed in OPTIONAL.items():
        if name in tables:
            _check(tables, name, needed)
    return tables


def _check(tables: Mapping[str, pd.DataFrame], name: str, needed: Iterable[str]) -> None:
    if name not in tables:
        raise StoryTablesError(f"evaluate_story: the corpus has no '{name}' table (issue 11 consolidation adds it)")
    missing = [c for c in needed if c not in tables[name].columns]
    if missing:
        raise StoryTablesError(f"evaluate_story: table '{name}' lacks column(s) {', '.join(missing)}")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class _Lookup:
    """Finds expected forms and reports in the corpus tables."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> None:
        self.article_ids = {
            Path(_text(p)).name: a
            for a, p in zip(tables["articles"]["article_id"], tables["articles"]["path"], strict=True)
        }
        self.texts = texts
        self.mentions = {aid: rows for aid, rows in tables["mentions"].groupby("article_id", sort=False)}
        self.events = {aid: rows for aid, rows in tables["events"].groupby("article_id", sort=False)}
        self.identities = tables.get("identities")

    def actor(self, article: str, form: str, misses: list[str]) -> str | None:
        """The actor id the corpus gives `form` as written in `article`, or None (with a miss)."""
        aid = self.article_ids.get(article)
        if aid is None:
            misses.append(f"form {form!r}: article {article} is not in the corpus")
            return None
        mentions = self.mentions.get(aid)
        if mentions is not None:
            for actor_id, text in zip(mentions["actor_id"], mentions["text"], strict=True):
                if norm(_text(text)) == norm(form) and _text(actor_id):
                    return actor_id
            overlapping = self._at_form(mentions, self.texts.get(aid, ""), form)
            if overlapping:
                return overlapping
        found = self._identity(aid, form)
        if found:
            return found
        misses.append(f"form {form!r} in {article}: no mention or identity gives it an actor")
        return None

    @staticmethod
    def _at_form(mentions: pd.DataFrame, body: str, form: str) -> str | None:
        written = re.search(re.escape(form), body, re.IGNORECASE)
        if written is None:
            return None
        begin, end = written.span()
        best: tuple[int, int, str] | None = None
        for actor_id, start, stop in zip(mentions["actor_id"], mentions["start"], mentions["end"], strict=True):
            overlap = min(int(stop), end) - max(int(start), begin)
            if overlap > 0 and _text(actor_id):
                key = (abs(end - int(stop)), -overlap, actor_id)
                best = key if best is None or key < best else best
        return best[2] if best else None

    def _identity(self, aid: str, form: str) -> str | None:
        if self.identities is None:
            return None
        rows = self.identities[[norm(_text(f)) == norm(form) for f in self.identities["form"]]]
        here = rows[rows["article_id"] == aid]
        ids = set((here if len(here) else rows)["actor_id"])
        return ids.pop() if len(ids) == 1 else None

    def event(self, article: str, words: str, development: ExpectedDevelopment, misses: list[str]) -> pd.Series | None:
        """The event reporting `development` in `article` whose sentence holds `words`, or None (with a miss)."""
        aid = self.article_ids.get(article)
        events = self.events.get(aid) if aid is not None else None
        label = f"{development.id}: report {article} {words!r}"
        if events is None:
            misses.append(f"{label}: the article has no events")
            return None
        holding = events[[norm(words) in norm(_text(s)) for s in events["sentence"]]]
        if holding.empty:
            misses.append(f"{label}: no event sentence contains these words")
            return None
        start, end = period(development.date, development.date_precision)
        fitting = [row for _, row in holding.iterrows() if _compatible(row, start, end)]
        if not fitting:
            dates = ", ".join(sorted({_text(d) or "undated" for d in holding["date"]}))
            misses.append(f"{label}: its events are dated {dates}, not compatible with {development.date}")
            return None
        return min(fitting, key=lambda row: _preference(row, development))


def period(date: str, precision: str) -> tuple[str, str]:
    """First and last day (ISO) of a date at its precision: `2025-03`, month -> 2025-03-01, 2025-03-31."""
    parts = [int(p) for p in date.split("-")]
    if precision == "day":
        return date, date
    if precision == "month":
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"


def _compatible(event: pd.Series, start: str, end: str) -> bool:
    """One period inside the other: a day inside a month is compatible with the month, and the reverse."""
    e_start, e_end = _text(event["date_start"]), _text(event["date_end"])
    if not e_start or not e_end:
        return False
    return (start <= e_start and e_end <= end) or (e_start <= start and end <= e_end)


def _preference(event: pd.Series, development: ExpectedDevelopment) -> tuple:
    """Among compatible events of the sentence: the exact date, then the finest, then the same kind."""
    precision = _PRECISION_RANK.get(_text(event.get("date_precision", "")), 3)
    return (_text(event["date"]) != development.date, precision, _text(event["kind"]) != development.kind)


def _pairs(groups: Mapping[object, Iterable[int]]) -> set[tuple[int, int]]:
    return {pair for members in groups.values() for pair in itertools.combinations(sorted(set(members)), 2)}


def _grouped(values: Mapping[int, str | None]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for index, value in values.items():
        if value:
            groups.setdefault(value, []).append(index)
    return groups


def _score_pairs(expected: set[tuple[int, int]], predicted: set[tuple[int, int]]) -> Score:
    return Score(len(expected & predicted), len(predicted), len(expected))


def _merges(expected: Expected, lookup: _Lookup, misses: list[str]) -> tuple[Score, dict[tuple[str, str], str | None]]:
    forms: list[tuple[str, str]] = []
    group_of: dict[int, int] = {}
    for g, merge in enumerate(expected.merges):
        for form in merge.forms:
            if form not in forms:
                forms.append(form)
            group_of.setdefault(forms.index(form), g)
    # forms that must stay apart join the pool alone, so merging one into a group costs precision
    forms += [f for group in expected.non_merges for f in group.forms if f not in forms]
    actors = {i: lookup.actor(article, form, misses) for i, (article, form) in enumerate(forms)}
    expected_pairs = _pairs({g: [i for i, gg in group_of.items() if gg == g] for g in set(group_of.values())})
    predicted_pairs = _pairs(_grouped(actors))
    for g, merge in enumerate(expected.merges):
        ids = Counter(actors[i] for i, gg in group_of.items() if gg == g and actors[i])
        if len(ids) > 1:
            split = "; ".join(f"{a} ({n})" for a, n in ids.most_common())
            misses.append(f"merge {merge.actor}: split into {len(ids)} actors: {split}")
    for i, j in sorted(predicted_pairs - expected_pairs):
        misses.append(f"wrong merge: {forms[i][0]} {forms[i][1]!r} with {forms[j][0]} {forms[j][1]!r} ({actors[i]})")
    return _score_pairs(expected_pairs, predicted_pairs), {forms[i]: actors[i] for i in actors}


def _non_merges(expected: Expected, lookup: _Lookup, known: dict, misses: list[str]) -> Score:
    score = Score()
    for group in expected.non_merges:
        actors = [known[f] if f in known else lookup.actor(f[0], f[1], misses) for f in group.forms]
        for (a, b), (fa, fb) in zip(
            itertools.combinations(actors, 2), itertools.combinations(group.forms, 2), strict=True
        ):
            score.expected += 1
            score.predicted += 1
            if a and b and a != b:
                score.true_positives += 1
            elif a and b:
                misses.append(f"kept apart? no: {fa[0]} {fa[1]!r} and {fb[0]} {fb[1]!r} are one actor ({a})")
    return score


@dataclass
class _Developments:
    pairs: Score
    matched: Score
    reports: Score
    dates: Score
    best: dict[str, str | None]


def _developments(expected: Expected, lookup: _Lookup, developments: pd.DataFrame, misses: list[str]) -> _Developments:
    reports: list[tuple[int, str | None, str]] = []  # (expected development index, development_id, event_id)
    for d, development in enumerate(expected.developments):
        for article, words in development.reports:
            event = lookup.event(article, words, development, misses)
            reports.append(
                (d, _text(event["development_id"]) or None, event["event_id"]) if event is not None else (d, None, "")
            )
    found = sum(1 for _, _, event_id in reports if event_id)
    expected_pairs = _pairs(
        {d: [i for i, r in enumerate(reports) if r[0] == d] for d in range(len(expected.developments))}
    )
    predicted_pairs = _pairs(_grouped({i: r[1] for i, r in enumerate(reports)}))
    owners: dict[str, set[int]] = {}
    for d, dev_id, _ in reports:
        if dev_id:
            owners.setdefault(dev_id, set()).add(d)
    rows = {dev: row for dev, row in zip(developments["development_id"], developments.to_dict("records"), strict=True)}
    best: dict[str, str | None] = {}
    matched = dates = 0
    for d, development in enumerate(expected.developments):
        mine = [r for r in reports if r[0] == d]
        ids = Counter(r[1] for r in mine if r[1])
        top = ids.most_common(1)[0][0] if ids else None
        best[development.id] = top
        whole = top is not None and ids[top] == len(mine) and owners[top] == {d}
        if not whole:
            shared = sorted(expected.developments[o].id for o in owners.get(top, set()) - {d}) if top else []
            detail = f"{ids[top] if top else 0} of {len(mine)} reports in its best development"
            misses.append(
                f"development {development.id}: {detail}" + (f", shared with {', '.join(shared)}" if shared else "")
            )
            continue
        matched += 1
        row = rows.get(top, {})
        if (
            _text(row.get("date")) == development.date
            and _text(row.get("date_precision")) == development.date_precision
        ):
            dates += 1
        else:
            given = f"{_text(row.get('date')) or '?'} ({_text(row.get('date_precision')) or '?'})"
            misses.append(
                f"development {development.id}: dated {given}, "
                f"expected {development.date} ({development.date_precision})"
            )
    return _Developments(
        pairs=_score_pairs(expected_pairs, predicted_pairs),
        matched=Score(matched, len(owners), len(expected.developments)),
        reports=Score(found, len(reports), len(reports)),
        dates=Score(dates, matched, matched),
        best=best,
    )


def _conflicts(expected: Expected, developments: pd.DataFrame, best: dict[str, str | None], misses: list[str]) -> Score:
    conflict_of = {
        dev: _text(c) for dev, c in zip(developments["development_id"], developments["conflict_id"], strict=True)
    }
    predicted = {c for c in conflict_of.values() if c}
    right: set[str] = set()
    for conflict in expected.conflicts:
        devs = [best.get(d) for d in conflict.developments]
        ids = {conflict_of.get(d, "") for d in devs if d}
        if all(devs) and len(set(devs)) == len(devs) and len(ids) == 1 and "" not in ids:
            right |= ids
        else:
            misses.append(f"conflict {' vs '.join(conflict.developments)}: not flagged")
    for extra in sorted(predicted - right):
        members = sorted(d for d, c in conflict_of.items() if c == extra)
        misses.append(f"conflict flagged but not expected: {extra} ({', '.join(members)})")
    return Score(len(right), len(predicted), len(expected.conflicts))


def _same_role(want: str, given: str) -> bool:
    """Roles (folded) match when equal, or when one is the other with words before it (`HNP spokeswoman`
    for `spokeswoman`), unless those words make it another role (`former prime minister`)."""
    if not given or not want:
        return False
    short, long = sorted((want, given), key=len)
    extra = long[: -len(short)].split() if long.endswith(" " + short) else None
    return want == given or (extra is not None and not {"former", "ex", "ex-", "acting", "deputy", "vice"} & set(extra))


def _roles(expected: Expected, lookup: _Lookup, roles: pd.DataFrame, known: dict, misses: list[str]) -> Score:
    score = Score(expected=len(expected.roles))
    actors: set[str] = set()
    used: set[int] = set()
    for item in expected.roles:
        actor = known[item.actor] if item.actor in known else lookup.actor(*item.actor, misses)
        if actor is None:
            continue
        actors.add(actor)
        aid = lookup.article_ids.get(item.article)
        want = norm(item.role)
        mine = roles[roles["actor_id"] == actor]
        hit = next(
            (
                i
                for i, given, articles in zip(mine.index, mine["role"], mine["article_ids"], strict=True)
                if _same_role(want, norm(_text(given))) and aid in _text(articles).split(";")
            ),
            None,
        )
        if hit is None:
            misses.append(f"role {item.role!r} of {item.actor[1]!r} in {item.article}: not in the roles table")
            continue
        score.true_positives += 1
        used.add(hit)
    extra = int(roles["actor_id"].isin(actors).sum()) - len(used)
    score.predicted = score.true_positives + extra
    return score


def score_story(corpus: object, expected: Expected, texts: Mapping[str, str] | None = None) -> StoryScores:
    """The scores of a consolidated corpus (a Corpus, or its tables with `texts` = article id -> body)."""
    tables = _tables(corpus)
    bodies = texts if texts is not None else getattr(corpus, "texts", {})
    lookup = _Lookup(tables, bodies)
    misses: list[str] = []
    merges, known = _merges(expected, lookup, misses)
    non_merges = _non_merges(expected, lookup, known, misses)
    found = _developments(expected, lookup, tables["developments"], misses)
    conflicts = _conflicts(expected, tables["developments"], found.best, misses)
    roles = _roles(expected, lookup, tables["roles"], known, misses) if "roles" in tables else None
    return StoryScores(
        merges=merges,
        developments=found.pairs,
        developments_matched=found.matched,
        reports_found=found.reports,
        dates=found.dates,
        conflicts=conflicts,
        non_merges=non_merges,
        roles=roles,
        misses=misses,
    )


def report(scores: StoryScores) -> str:
    """The scores as a small table, then the misses."""
    lines = [f"{'':24} {'precision':>9} {'recall':>7}  counts (right / predicted / expected)"]
    for name, s in scores.rows():
        lines.append(f"{name:24} {s.precision:9.2f} {s.recall:7.2f}  {s.true_positives} / {s.predicted} / {s.expected}")
    if scores.misses:
        lines += ["", "Misses:", *(f"- {m}" for m in scores.misses)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m briefing.corpus.evaluate_story [FOLDER]`: parse FOLDER (default the story set) and score it."""
    import argparse

    from briefing.corpus.build import parse_paths

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("folder", nargs="?", default="tests/articles/story")
    parser.add_argument("--expected", help="expected file (default FOLDER/expected.json)")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    expected = load_expected(args.expected or folder / "expected.json")
    corpus = parse_paths([folder])
    for line in corpus.errors:
        print(f"error: {line}")
    try:
        scores = score_story(corpus, expected)
    except StoryTablesError as exc:
        print(exc)
        return 2
    print(report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
