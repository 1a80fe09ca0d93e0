"""Adding articles to a corpus already built: the dashboard's seeds plus one session's uploads.

Owns the merge only. `extend_corpus(base, extra)` gives the tables `pipeline.build_corpus` would give
for all the articles at once, so the seeds' parsed rows need not be kept (at 10,000 articles they take
several times the memory of the tables). Kept outside `pipeline` so that the parse cache, keyed by the
parser's source, does not change when this does.
"""

from __future__ import annotations

import pandas as pd

from briefing.corpus import schema
from briefing.corpus.build import Corpus, ParsedArticle, build_corpus, skip_duplicates

_ROW_TABLES = ("articles", "mentions", "quotes", "events", "relations")
_FIRST_KNOWN = ("role", "country", "lat", "lon")  # as in pipeline._merge_actors: the first article that gives one wins


def extend_corpus(base: Corpus, extra: list[ParsedArticle]) -> Corpus:
    """`base` plus more articles (a repeated text is skipped with a line in `errors`, as build_corpus does)."""
    seen = dict(zip(base["articles"]["article_id"], base["articles"]["path"], strict=True))
    errors = list(base.errors)
    unique = skip_duplicates(extra, seen, errors)
    if not unique:
        return Corpus(base.tables, base.texts, errors)
    added = build_corpus(unique)
    tables = {name: schema.frame(name, []) for name in base.tables}
    for name in _ROW_TABLES:
        tables[name] = pd.concat([base[name], added[name]], ignore_index=True).astype(base[name].dtypes.to_dict())
    tables["actors"] = _merge_actor_tables(base["actors"], added["actors"])
    return Corpus(tables, {**base.texts, **added.texts}, errors)


def _merge_actor_tables(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Two corpora's actor rows as one: aliases united, the first known role and place kept, counts added."""
    both = set(first["actor_id"]) & set(second["actor_id"])
    merged = []
    if both:
        old = first[first["actor_id"].isin(both)].set_index("actor_id")
        new = second[second["actor_id"].isin(both)].set_index("actor_id")
        for aid in sorted(both):
            row, more = old.loc[aid].to_dict(), new.loc[aid].to_dict()
            aliases = {a for cell in (row["aliases"], more["aliases"]) for a in str(cell or "").split(";") if a}
            row["aliases"] = ";".join(sorted(aliases))
            for key in _FIRST_KNOWN:
                if (pd.isna(row[key]) or not row[key]) and not pd.isna(more[key]) and more[key]:
                    row[key] = more[key]
            row["mentions"] = int(row["mentions"]) + int(more["mentions"])
            row["articles"] = int(row["articles"]) + int(more["articles"])
            merged.append({"actor_id": aid, **row})
    rest = [df[~df["actor_id"].isin(both)] for df in (first, second)]
    table = pd.concat([*rest, schema.frame("actors", merged)], ignore_index=True)
    return table.sort_values("actor_id", kind="stable").reset_index(drop=True).astype(first.dtypes.to_dict())
