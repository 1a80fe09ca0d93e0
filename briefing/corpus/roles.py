"""Roles over time: each role an actor is given, with the first and last article that gives it.

Owns the `roles` table. It reads each article's own view of its actors (`article_actors`, kept raw)
after identities have joined ids, so `Prime Minister` in a 2024 article about `Garry Vantrel` and
`Former Prime Minister` in a 2025 article about `Vantrel` are two roles of one person. Dates are the
articles' publication dates: when a role was written, not when it was held.

Notes: a role is the parser's title as written (`Prime Minister`, `Former Prime Minister`); a title in
lower case (`former prime minister Vantrel`) is not one the parser reads, so it gives no role. A
courtesy title alone (`Dr`, `Mr`: `lexicons/honorifics.txt`) says nothing of a role and is left out.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from briefing.corpus import schema
from briefing.parse import lexicon

_UNKNOWN_DATE = "9999-99-99"  # an article of unknown date comes after every dated one


def role_id(actor_id: str, role: str, affiliation_id: str) -> str:
    return "rol-" + hashlib.sha256(f"{actor_id}\x1f{role}\x1f{affiliation_id}".encode()).hexdigest()[:12]


def roles_table(article_actors: pd.DataFrame, articles: pd.DataFrame, mapping: Mapping[str, str]) -> pd.DataFrame:
    """One row per (actor, role, affiliation) the articles give, ids as identities joined them."""
    role = article_actors["role"].fillna("")
    given = ((role != "") & ~role.isin(list(lexicon.word_list("honorifics.txt")))).to_numpy(dtype=bool)
    part = article_actors.loc[given, ["actor_id", "role", "affiliation_id", "article_id"]]
    published = dict(
        zip(articles["article_id"].tolist(), articles["published"].fillna(_UNKNOWN_DATE).tolist(), strict=True)
    )
    held: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for actor, role, affiliation, article in zip(*(part[c].tolist() for c in part.columns), strict=True):
        affiliation = affiliation if isinstance(affiliation, str) else ""
        held[(mapping.get(actor, actor), role, mapping.get(affiliation, affiliation))].add(article)
    rows = []
    for (actor, role, affiliation), ids in held.items():
        ordered = sorted(ids, key=lambda a: (published.get(a, _UNKNOWN_DATE), a))
        dates = [published.get(a, _UNKNOWN_DATE) for a in ordered]
        known = [d for d in dates if d != _UNKNOWN_DATE]
        rows.append(
            {
                "role_id": role_id(actor, role, affiliation),
                "actor_id": actor,
                "role": role,
                "affiliation_id": affiliation,
                "first_date": known[0] if known else None,
                "last_date": known[-1] if known else None,
                "articles": len(ordered),
                "article_ids": ";".join(ordered),
                "_order": (actor, dates[0], role, affiliation),
            }
        )
    rows.sort(key=lambda r: r.pop("_order"))
    return schema.frame("roles", rows)
