"""A corpus's tables from parsed articles: built at once, or extended by more articles later.

Owns the assembly across articles: an actor id named in several articles becomes one row (one merge rule,
`merge_actor_rows`, for building and for extending), a repeated text is skipped with a line in
`errors`, and rows keep the order of the files and of the text, so two runs agree. These are the raw
tables (`Corpus.raw`: each article's findings as the article alone gives them, plus `article_actors`);
the published ones (`Corpus.tables`) are `consolidate(raw)`: one actor under all its forms, roles over
time. `extend_corpus(base, extra)` extends the raw tables and consolidates again, which gives what
`build_corpus` would give for all the articles at once, without keeping the base's parsed rows (at
10,000 articles they take several times the memory of the tables).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from briefing.corpus import schema
from briefing.corpus.consolidate import consolidate
from briefing.corpus.rows import ParsedArticle, parse_document
from briefing.parse.read import ArticleError, discover, read_file

_ROW_TABLES = ("mentions", "quotes", "events", "relations")
_RAW_ROW_TABLES = (*_ROW_TABLES, "article_actors")
RAW_TABLES = ("articles", "actors", *_RAW_ROW_TABLES)  # what `Corpus.raw` holds
_FIRST_KNOWN = ("role", "country", "affiliation_id", "lat", "lon")  # the first article that gives one wins


@dataclass
class Corpus:
    """The tables of a set of articles, their bodies, what could not be read (`errors`) and what was read
    but not quite as received (`warnings`: stray bytes replaced), one line each naming the file. `raw`
    holds the tables before consolidation (a table consolidation leaves alone is the same object in both)."""

    tables: dict[str, pd.DataFrame]
    texts: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    raw: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self.tables[table]


def _known(value: object) -> bool:
    return not (value is None or value is pd.NA or (isinstance(value, float) and value != value) or value == "")


def merge_actor_rows(rows: Iterable[Mapping]) -> dict[str, dict]:
    """Actor rows of the same ids as one row each (in order of first appearance): aliases united (another
    article's name for the actor among them), the first known role, country and place kept, `mentions` and
    `articles` added up. Aliases come as a set, a list or
    a `;`-separated cell, and leave as a sorted `;`-separated cell."""
    merged: dict[str, dict] = {}
    aliases: dict[str, set[str]] = {}
    for row in rows:
        aid = row["actor_id"]
        cell = row["aliases"]
        names = set(cell.split(";")) if isinstance(cell, str) else set(cell) if _known(cell) else set()
        if aid not in merged:
            merged[aid] = dict(row)
            aliases[aid] = set()
        else:
            kept = merged[aid]
            for key in _FIRST_KNOWN:
                if not _known(kept[key]) and _known(row[key]):
                    kept[key] = row[key]
            for key in ("mentions", "articles"):
                kept[key] = int(kept[key]) + int(row[key])
            if row["name"] != kept["name"]:  # a body each article names as it writes it: every name is kept
                names.add(row["name"])
        aliases[aid].update(a for a in names if a)
    for aid, row in merged.items():
        row["aliases"] = ";".join(sorted(aliases[aid]))
    return merged


def _actor_rows(article: ParsedArticle) -> Iterable[dict]:
    """The article's actors with their mention counts in it (and 1 article each)."""
    counts: dict[str, int] = {}
    for m in article.mentions:
        counts[m["actor_id"]] = counts.get(m["actor_id"], 0) + 1
    for aid, attrs in article.actors.items():
        yield {**attrs, "mentions": counts.get(aid, 0), "articles": 1 if aid in counts else 0}


def _article_actor_rows(article: ParsedArticle) -> Iterable[dict]:
    """Each actor as this article alone gives it (role, affiliation, mentions), with the acronym it
    defines where a mention of its name is followed by `(ACRONYM)`: the evidence an acronym link cites."""
    counts: dict[str, int] = {}
    defined: dict[str, tuple[str, int, int]] = {}
    body, previous = article.body, None
    for m in sorted(article.mentions, key=lambda m: m["start"]):
        aid = m["actor_id"]
        counts[aid] = counts.get(aid, 0) + 1
        if (
            previous is not None
            and previous["actor_id"] == aid
            and aid not in defined
            and body[previous["end"] : m["start"]].strip() == "("
            and body[m["end"] : m["end"] + 1] == ")"
            and _is_acronym(m["text"])
        ):
            defined[aid] = (m["text"], previous["start"], m["end"] + 1)
        previous = m
    article_id = article.article["article_id"]
    for aid, attrs in article.actors.items():
        acronym, start, end = defined.get(aid, ("", None, None))
        yield {
            "article_id": article_id,
            "actor_id": aid,
            "name": attrs["name"],
            "type": attrs["type"],
            "role": attrs["role"] or "",
            "affiliation_id": attrs["affiliation_id"] or "",
            "mentions": counts.get(aid, 0),
            "acronym": acronym,
            "acronym_start": start,
            "acronym_end": end,
        }


def _is_acronym(text: str) -> bool:
    """`HNP`, `U.N.`, `MINUSTAH`: two or more letters, capitals (dots and digits allowed)."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 12 and letters.isalnum() and letters.isupper()


def skip_duplicates(parsed: list[ParsedArticle], seen: dict[str, str], errors: list[str]) -> list[ParsedArticle]:
    """The articles whose text is not in `seen` (article id -> path) nor earlier in `parsed`; each one
    skipped adds a line to `errors`, and each one kept is added to `seen`."""
    unique: list[ParsedArticle] = []
    for article in parsed:
        aid = article.article["article_id"]
        if aid in seen:
            errors.append(f"{article.article['path']}: same text as {seen[aid]}; skipped as a duplicate")
            continue
        seen[aid] = article.article["path"]
        unique.append(article)
    return unique


def build_corpus(parsed: list[ParsedArticle], errors: list[str] | None = None) -> Corpus:
    """Assemble parsed articles (in the given order) into the corpus tables; a repeated body is skipped."""
    errors = list(errors or [])
    unique = skip_duplicates(parsed, {}, errors)
    raw = _raw_tables(unique)
    warnings = [line for a in unique for line in a.warnings]
    return Corpus(consolidate(raw), {a.article["article_id"]: a.body for a in unique}, errors, warnings, raw)


def _raw_tables(unique: list[ParsedArticle]) -> dict[str, pd.DataFrame]:
    """The articles' rows as tables, ids as each article alone gives them (actor rows of one id merged)."""
    actors = merge_actor_rows(row for a in unique for row in _actor_rows(a))
    return {
        "articles": schema.frame("articles", [a.article for a in unique]),
        "actors": schema.frame("actors", [actors[aid] for aid in sorted(actors)]),
        **{name: schema.frame(name, [row for a in unique for row in getattr(a, name)]) for name in _ROW_TABLES},
        "article_actors": schema.frame("article_actors", [row for a in unique for row in _article_actor_rows(a)]),
    }


def extend_corpus(base: Corpus, extra: list[ParsedArticle]) -> Corpus:
    """`base` plus more articles (a repeated text is skipped with a line in `errors`, as build_corpus does)."""
    seen = dict(zip(base["articles"]["article_id"], base["articles"]["path"], strict=True))
    errors = list(base.errors)
    unique = skip_duplicates(extra, seen, errors)
    if not unique:
        return Corpus(base.tables, base.texts, errors, list(base.warnings), base.raw)
    added = _raw_tables(unique)
    raw = dict(base.raw)
    for name in ("articles", *_RAW_ROW_TABLES):
        raw[name] = pd.concat([base.raw[name], added[name]], ignore_index=True).astype(base.raw[name].dtypes.to_dict())
    raw["actors"] = _merge_actor_tables(base.raw["actors"], added["actors"])
    texts = {**base.texts, **{a.article["article_id"]: a.body for a in unique}}
    return Corpus(consolidate(raw), texts, errors, [*base.warnings, *[w for a in unique for w in a.warnings]], raw)


def _merge_actor_tables(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Two corpora's actor tables as one; only the actors both name go through `merge_actor_rows`."""
    both = set(first["actor_id"]) & set(second["actor_id"])
    shared = [df[df["actor_id"].isin(both)].to_dict("records") for df in (first, second)]
    merged = merge_actor_rows([*shared[0], *shared[1]])
    rest = [df[~df["actor_id"].isin(both)] for df in (first, second)]
    table = pd.concat([*rest, schema.frame("actors", list(merged.values()))], ignore_index=True)
    return table.sort_values("actor_id", kind="stable").reset_index(drop=True).astype(first.dtypes.to_dict())


def parse_files(paths: Iterable[str | Path]) -> tuple[list[ParsedArticle], list[str]]:
    """Parse every article file under the given files and folders; unusable ones become error lines."""
    files, problems = discover(paths)
    errors = [str(p) for p in problems]
    parsed = []
    for path in files:
        try:
            parsed.append(parse_document(read_file(path)))
        except ArticleError as exc:
            errors.append(str(exc))
    return parsed, errors


def parse_paths(paths: Iterable[str | Path]) -> Corpus:
    """The corpus of every article under the given files and folders."""
    return build_corpus(*parse_files(paths))
