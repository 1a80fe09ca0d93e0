"""Measure the parser against hand-annotated articles: precision and recall per kind of output.

Owns the comparison only. A gold file `NAME.expected.json` sits beside each article `NAME.txt`
(format in `tests/articles/README.md`). Matching is lenient where the text allows two honest
readings and strict where the analyst depends on it:
- a quote matches when its text starts with the gold `starts_with` (white space folded); indirect
  speech is scored only where the gold lists some (older gold files annotate direct quotations only);
  its speaker is right when the canonical names agree (case-insensitive);
- an actor matches by canonical name or alias, in either direction; its type must agree;
- a date matches when the written texts overlap (`since January` ~ `January`) and the values agree;
- a relation matches as a (source, relation, target) triple of canonical names.

`evaluate_journalism` scores the real-style format (datelines, indirect quotes, quote frames,
optional actors, `not_relations`) class by class; the counting is `evaluate_classes`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from briefing.corpus import evaluate_classes
from briefing.corpus.build import Corpus, build_corpus, parse_paths
from briefing.corpus.rows import rows_of
from briefing.corpus.scores import Score
from briefing.corpus.scores import norm as _norm
from briefing.corpus.scores import row_names as _names
from briefing.parse import dateline, pipeline
from briefing.parse.doc import Doc
from briefing.parse.read import read_file

KINDS = ("quotes", "speakers", "actors", "dates", "relations")


def _score_quotes(gold: list[dict], quotes: pd.DataFrame) -> tuple[Score, Score, list[str]]:
    if not any(item.get("kind") == "indirect" for item in gold):  # gold written before indirect speech was found
        quotes = quotes[quotes["kind"] != "indirect"].reset_index(drop=True)
    misses: list[str] = []
    found = Score(predicted=len(quotes), expected=len(gold))
    speakers = Score(predicted=int((quotes["speaker"] != "").sum()), expected=len(gold))
    used: set[int] = set()
    for item in gold:
        prefix = _norm(item["starts_with"])
        match = next(
            (i for i, text in enumerate(quotes["text"]) if i not in used and _norm(text).startswith(prefix)), None
        )
        if match is None:
            misses.append(f"quote not found: {item['starts_with']!r}")
            continue
        used.add(match)
        found.true_positives += 1
        said = quotes.iloc[match]["speaker"]
        if _norm(said) == _norm(item["speaker"]):
            speakers.true_positives += 1
        else:
            misses.append(f"speaker of {item['starts_with'][:30]!r}: {said!r}, expected {item['speaker']!r}")
    for i, text in enumerate(quotes["text"]):
        if i not in used:
            misses.append(f"extra quote: {text[:40]!r}")
    return found, speakers, misses


def _score_actors(gold: list[dict], actors: pd.DataFrame) -> tuple[Score, list[str]]:
    misses = []
    score = Score(predicted=len(actors), expected=len(gold))
    matched_rows: set[int] = set()
    for item in gold:
        wanted = {_norm(item["name"]), *(_norm(a) for a in item.get("aliases", []))}
        hit = next(
            (
                i
                for i, (_, row) in enumerate(actors.iterrows())
                if _norm(row["name"]) in wanted or _norm(item["name"]) in _names(row)
            ),
            None,
        )
        if hit is None:
            misses.append(f"actor not found: {item['name']} ({item['type']})")
            continue
        row = actors.iloc[hit]
        matched_rows.add(hit)
        if row["type"] == item["type"]:
            score.true_positives += 1
        else:
            misses.append(f"actor {item['name']}: type {row['type']}, expected {item['type']}")
    for i, (_, row) in enumerate(actors.iterrows()):
        if i not in matched_rows:
            misses.append(f"extra actor: {row['name']} ({row['type']})")
    return score, misses


def _score_dates(gold: list[dict], events: pd.DataFrame) -> tuple[Score, list[str]]:
    dated = events[events["date_text"] != ""]
    # one prediction per reading as written, case aside (`Today` opening a sentence and `today` are one), and one
    # gold date per reading, so a correct prediction is counted once and precision never passes 1
    distinct = sorted(
        {(_norm(text), date) for text, date in zip(dated["date_text"], dated["date"].fillna(""), strict=True)}
    )
    wanted = list({(_norm(item["date_text"]), item["date"]): item for item in gold}.values())
    score = Score(predicted=len(distinct), expected=len(wanted))
    misses = []
    used: set[tuple[str, str]] = set()
    for item in wanted:
        want_text = _norm(item["date_text"])
        candidates = [t for t in distinct if t[0] in want_text or want_text in t[0]]
        if not candidates:
            misses.append(f"date not found: {item['date_text']!r}")
            continue
        right = [t for t in candidates if t[1] == item["date"]]
        unused = next((t for t in right if t not in used), None)
        if unused is not None:
            # an unused reading first: `Sunday` and `Sunday, March 8` for two gold dates are two predictions
            score.true_positives += 1
            used.add(unused)
        elif right:
            misses.append(f"date {item['date_text']!r}: its one reading is counted for another gold date")
        else:
            misses.append(f"date {item['date_text']!r}: {candidates[0][1]!r}, expected {item['date']!r}")
            used.add(candidates[0])
    for t in distinct:
        if t not in used:
            misses.append(f"extra date: {t[0]!r} -> {t[1]!r}")
    return score, misses


def _score_relations(gold: list[dict], relations: pd.DataFrame, actors: pd.DataFrame) -> tuple[Score, list[str]]:
    names = {row["actor_id"]: _names(row) for _, row in actors.iterrows()}
    predicted = {(r.source_actor_id, r.relation, r.target_actor_id) for r in relations.itertuples()}
    score = Score(predicted=len(predicted), expected=len(gold))
    misses = []
    used = set()
    for item in gold:
        hit = next(
            (
                p
                for p in predicted
                if p[1] == item["relation"]
                and _norm(item["source"]) in names.get(p[0], ())
                and _norm(item["target"]) in names.get(p[2], ())
            ),
            None,
        )
        if hit is None:
            misses.append(f"relation not found: {item['source']} {item['relation']} {item['target']}")
        else:
            used.add(hit)
            score.true_positives += 1
    for p in sorted(predicted - used):
        misses.append(f"extra relation: {p[0]} {p[1]} {p[2]}")
    return score, misses


def evaluate_article(corpus: Corpus, gold: dict) -> tuple[dict[str, Score], list[str]]:
    """Scores of one parsed article (a one-article corpus) against its gold annotations."""
    quotes, speakers, quote_misses = _score_quotes(gold["quotes"], corpus["quotes"])
    actors, actor_misses = _score_actors(gold["actors"], corpus["actors"])
    dates, date_misses = _score_dates(gold["dates"], corpus["events"])
    relations, relation_misses = _score_relations(gold["relations"], corpus["relations"], corpus["actors"])
    scores = {"quotes": quotes, "speakers": speakers, "actors": actors, "dates": dates, "relations": relations}
    return scores, quote_misses + actor_misses + date_misses + relation_misses


def evaluate_folder(folder: str | Path) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """Per-kind precision and recall over every annotated article in the folder, and what was missed."""
    totals = {kind: Score() for kind in KINDS}
    misses: dict[str, list[str]] = {}
    for gold_path in sorted(Path(folder).glob("*.expected.json")):
        article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
        scores, article_misses = evaluate_article(parse_paths([article]), json.loads(gold_path.read_text("utf-8")))
        for kind, score in scores.items():
            totals[kind].add(score)
        misses[article.name] = article_misses
    table = pd.DataFrame(
        [
            {
                "kind": k,
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "correct": s.true_positives,
                "predicted": s.predicted,
                "expected": s.expected,
            }
            for k, s in totals.items()
        ]
    )
    return table, misses


def _dateline_found(doc: Doc) -> dict[str, str] | None:
    """The parser's dateline in the gold's terms: place and agency as written, country as ISO3."""
    line = doc.dateline
    if line is None:
        return None
    place = doc.body[line.place.start : line.place.end]
    country = dateline.dateline_country(doc.body, line)
    agency = doc.body[line.agency.start : line.agency.end] if line.agency else ""
    return {"place": place, "country": country or "", "agency": agency}


def evaluate_journalism_article(article: Path, gold: dict) -> dict[str, Score]:
    """Every class's score of one article of the real-style gold set (see `evaluate_classes`)."""
    source = read_file(article)
    doc = pipeline.parse(source)
    corpus = build_corpus([rows_of(source, doc)])
    dates, _ = _score_dates(gold["dates"], corpus["events"])
    return {
        **evaluate_classes.score_quotes(gold["quotes"], corpus["quotes"], corpus["actors"]),
        **evaluate_classes.score_actors(gold, corpus["actors"]),
        **evaluate_classes.score_dateline(gold.get("dateline"), _dateline_found(doc)),
        "dates": dates,
        **evaluate_classes.score_relations(gold, corpus["relations"], corpus["actors"]),
    }


def evaluate_journalism(folder: str | Path) -> pd.DataFrame:
    """Per-class precision and recall over every annotated article of a real-style gold folder, one row a
    class (`direct quotes`, `speaker: pronoun`, `actors: place`, `geocoding`, `dateline agency`, ...)."""
    totals: dict[str, Score] = {}
    for gold_path in sorted(Path(folder).glob("*.expected.json")):
        article = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
        scores = evaluate_journalism_article(article, json.loads(gold_path.read_text("utf-8")))
        for name, score in scores.items():
            totals.setdefault(name, Score()).add(score)
    return pd.DataFrame(
        [
            {
                "class": name,
                "precision": round(s.precision, 3) if s.predicted else None,
                "recall": round(s.recall, 3) if s.expected else None,
                "correct": s.true_positives,
                "predicted": s.predicted,
                "expected": s.expected,
            }
            for name, s in sorted(totals.items())
        ]
    )
