"""One actor's identity across the corpus, as the actor detail panel shows it: roles in date order, the
other names the articles use (with the article whose words define each), and an ambiguous surname.

Owns the wording and layout of those three views, read from the `roles` and `identities` tables; the
links themselves are made by `corpus.identities`.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from briefing.present.views import format_date, titles

#: How each rule reads in the panel.
RULE_WORDS = {
    "full_name": "the same full name, without a middle name or particle",
    "surname": "the surname alone (the one person of that surname in the corpus)",
    "acronym": "an acronym another article defines",
    "alias": "another name of the same body (they share an acronym)",
}


def _names(actors: pd.DataFrame) -> dict[str, str]:
    return dict(zip(actors["actor_id"].tolist(), actors["name"].tolist(), strict=True))


def roles_of(roles: pd.DataFrame, actors: pd.DataFrame, actor_id: str) -> pd.DataFrame:
    """The actor's roles, earliest first (undated last): role, where held, first and last article date."""
    mine = roles[roles["actor_id"] == actor_id]
    mine = mine.assign(_first=mine["first_date"].fillna("9999")).sort_values(["_first", "role"], kind="stable")
    names = _names(actors)
    return pd.DataFrame(
        {
            "Role": mine["role"].tolist(),
            "In": [names.get(a, a) if isinstance(a, str) and a else "" for a in mine["affiliation_id"].tolist()],
            "First written": [format_date(d) for d in mine["first_date"].tolist()],
            "Last written": [format_date(d) for d in mine["last_date"].tolist()],
            "Articles": mine["articles"].tolist(),
        }
    )


def other_names(
    identities: pd.DataFrame, articles: pd.DataFrame, texts: Mapping[str, str], actor_id: str
) -> pd.DataFrame:
    """The forms joined to the actor: the form, how it was joined, the article defining it and its words."""
    mine = identities[(identities["actor_id"] == actor_id) & (identities["rule"] != "ambiguous")]
    title = dict(zip(articles["article_id"].tolist(), titles(articles).tolist(), strict=True))
    return pd.DataFrame(
        {
            "Name": mine["form"].tolist(),
            "Joined as": [RULE_WORDS.get(r, r) for r in mine["rule"].tolist()],
            "Defined in": [title.get(a, a) for a in mine["article_id"].tolist()],
            "Defining words": [
                texts.get(a, "")[s:e] if pd.notna(s) and pd.notna(e) else ""
                for a, s, e in zip(mine["article_id"], mine["start"], mine["end"], strict=True)
            ],
        }
    )


def ambiguity(identities: pd.DataFrame, actors: pd.DataFrame, actor_id: str) -> str:
    """A sentence when the actor's name could be several actors (or is one of several a name could be),
    naming them; "" otherwise."""
    names = _names(actors)
    rows = identities[identities["rule"] == "ambiguous"]
    own = rows[rows["form_actor_id"] == actor_id]
    if not own.empty:
        row = own.iloc[0]
        who = _either([names.get(c, c) for c in row["candidates"].split(";") if c])
        return (
            f"“{row['form']}” could be {who}: the corpus names more than one of them, so its mentions are "
            "kept apart, not joined to either."
        )
    sharing = [row["form"] for row in rows.to_dict("records") if actor_id in str(row["candidates"]).split(";")]
    if sharing:
        forms = _either([f"“{f}”" for f in sorted(set(sharing))], "or")
        return f"Mentions of {forms} alone may be this actor too; they are kept apart because others share the name."
    return ""


def _either(items: list[str], word: str = "or") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]
