"""One actor across articles under every form the corpus writes, with the evidence of each link.

Owns the decision that two actor ids the articles gave separately are one actor, and the rewriting of
actor ids everywhere afterwards. Within an article the parser already joins `Garry Vantrel` and
`Vantrel`; across articles each article's ids stand alone until these rules join them:

- full_name: two full names of a person with the same first and last word, one's middle words (initials
  and particles left out) among the other's: `Paul Garraud` is `Paul Osmé Garraud`;
- surname: a person named by one word alone is the one full-name person of that surname in the corpus;
  when two people share it, nothing is joined and an `ambiguous` row names the candidates;
- alias: two bodies that define the same acronym, one's name words among the other's
  (`Multinational Security Support` and `Multinational Security Support Mission`, both `MSS`);
- acronym: a body named only by an acronym (`CWB`) is the one body another article defines it for
  (`Coastal Watch Brigade (CWB)`), or a name another article gives as that body's alias.

Every rule looks within a block (same first and last word, same surname, same acronym), so the cost
grows with the corpus, not with its square. Rules read names, types and aliases, never the order of
the files, and each joined group takes the id of its fullest name: ids stay content-derived.

Notes: a role alone (`the prime minister`) is linked only when the parser makes it an actor, which it
does not today. Two people of one full name are one person here, as they are within an article.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from briefing.corpus import schema
from briefing.parse import lexicon, vocab

_ORGANIZATIONS = frozenset(vocab.ORGANIZATION_TYPES)
_UNKNOWN_DATE = "9999-99-99"  # an article of unknown date counts as the latest


@dataclass(frozen=True, slots=True)
class Link:
    """One form (an id an article gave) joined to the actor it names, or left apart (`ambiguous`)."""

    form_actor_id: str
    actor_id: str
    rule: str
    candidates: tuple[str, ...] = ()


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key of a name: accents removed, apostrophes straightened, lower case."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@functools.cache
def _particles() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.word_list("name_particles.txt"))


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """A person's name as folded words, particles (`de`, `la`) and initials (`L.`) left out."""
    return tuple(w for w in fold(name).split() if w not in _particles() and len(w.rstrip(".")) > 1)


def acronym_key(text: str) -> str:
    """`U.N.` and `UN` alike; "" for a text that is not an acronym."""
    letters = text.replace(".", "")
    return letters if 2 <= len(letters) <= 12 and letters.isalnum() and letters.isupper() else ""


_BODY_STOPWORDS = frozenset({"the", "of", "for", "in", "on", "and", "to", "de", "la", "du", "des", "d'"})


def _body_words(name: str) -> frozenset[str]:
    return frozenset(fold(name).replace("-", " ").split()) - _BODY_STOPWORDS


class _Groups:
    """Union-find over actor ids where each group's representative is chosen by the rule that joins."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, aid: str) -> str:
        root = aid
        while root in self.parent:
            root = self.parent[root]
        while aid != root:  # path compression
            self.parent[aid], aid = root, self.parent[aid]
        return root

    def join(self, form: str, actor: str) -> bool:
        """Put the group of `form` under the group of `actor`; False when they are one already."""
        a, b = self.find(form), self.find(actor)
        if a == b:
            return False
        self.parent[a] = b
        return True


def _fullest(ids: Iterable[str], names: Mapping[str, str]) -> str:
    return min(ids, key=lambda a: (-len(names[a].split()), -len(names[a]), a))


def find_links(actors: pd.DataFrame) -> tuple[list[Link], dict[str, str]]:
    """The links between the raw actor ids (`actors` as `build` merges them by id) and the map raw id ->
    the one actor id, for every id that is joined to another."""
    ids = actors["actor_id"].tolist()
    names = dict(zip(ids, actors["name"].tolist(), strict=True))
    types = dict(zip(ids, actors["type"].tolist(), strict=True))
    aliases = {a: _ids(cell) for a, cell in zip(ids, actors["aliases"].tolist(), strict=True)}
    groups = _Groups()
    links: list[Link] = []
    people = sorted(a for a in ids if types[a] == "person")
    bodies = sorted(a for a in ids if types[a] in _ORGANIZATIONS)
    links += _full_names(people, names, groups)
    lone_words = sorted(a for a in ids if types[a] == "organization" and _lone_word(names[a]))
    links += _surnames(people, names, groups, lone_words)
    links += _shared_acronyms(bodies, names, aliases, groups)
    links += _acronyms_and_aliases(bodies, names, aliases, groups)
    links_order = {}
    for i, link in enumerate(links):
        links_order.setdefault(link.form_actor_id, i)
    mapping = {a: root for a in ids if (root := groups.find(a)) != a}
    once = {link.form_actor_id: _final(link, groups) for link in reversed(links)}  # a form's first link wins
    return sorted(once.values(), key=lambda link: links_order[link.form_actor_id]), mapping


def _final(link: Link, groups: _Groups) -> Link:
    if link.rule == "ambiguous":
        return Link(
            link.form_actor_id,
            link.form_actor_id,
            "ambiguous",
            tuple(sorted({groups.find(c) for c in link.candidates})),
        )
    return Link(link.form_actor_id, groups.find(link.actor_id), link.rule)


def _full_names(people: list[str], names: Mapping[str, str], groups: _Groups) -> list[Link]:
    """Full names of the same first and last word: each joins the one fullest name its middle words fit."""
    blocks: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for aid in people:
        words = name_words(names[aid])
        if len(words) >= 2:
            blocks[(words[0], words[-1])].append((aid, frozenset(words[1:-1])))
    links = []
    for members in blocks.values():
        if len(members) < 2:
            continue
        middles = {m for _, m in members}
        widest = [m for m in middles if not any(m < other for other in middles)]
        holder = {m: _fullest([a for a, mm in members if mm == m], names) for m in widest}
        for aid, middle in members:
            fits = sorted(holder[m] for m in widest if middle <= m)
            if len(fits) == 1 and fits[0] != aid:
                groups.join(aid, fits[0])
                links.append(Link(aid, fits[0], "full_name"))
            elif len(fits) > 1:
                links.append(Link(aid, aid, "ambiguous", tuple(fits)))
    return links


def _lone_word(name: str) -> bool:
    """One capitalised word that is not an acronym: what the parser calls a body when an article gives no
    first name, title or full name for it (`Delorme said`); another article's full name is that evidence."""
    return len(name_words(name)) == 1 and not name.isupper() and name[:1].isupper()


def _surnames(people: list[str], names: Mapping[str, str], groups: _Groups, lone_words: list[str]) -> list[Link]:
    """A one-word person (or one-word body, see `_lone_word`) joins the one full-name person of that last
    word, or is left ambiguous."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    alone = []
    for aid in [*people, *lone_words]:
        words = name_words(names[aid])
        if len(words) >= 2:
            by_surname[words[-1]].add(aid)
        elif len(words) == 1:
            alone.append((aid, words[0]))
    links = []
    for aid, surname in alone:
        candidates = {groups.find(c) for c in by_surname.get(surname, ())} - {groups.find(aid)}
        if len(candidates) == 1:
            (person,) = candidates
            groups.join(aid, person)
            links.append(Link(aid, person, "surname"))
        elif len(candidates) > 1:
            links.append(Link(aid, aid, "ambiguous", tuple(sorted(candidates))))
    return links


def _acronyms_of(bodies: list[str], names: Mapping[str, str], aliases: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Acronym -> the bodies (by name, not themselves an acronym) that the corpus gives it as an alias."""
    by_acronym: dict[str, list[str]] = defaultdict(list)
    for aid in bodies:
        if acronym_key(names[aid]):
            continue
        for acronym in dict.fromkeys(k for k in map(acronym_key, aliases[aid]) if k):
            by_acronym[acronym].append(aid)
    return by_acronym


def _spells(acronym: str, name: str) -> bool:
    """Are the acronym's letters, in order, initials of the name's words, the first word's among them
    (`MSS`, Multinational Security Support Mission)? A name that runs two bodies together (`Ferry Board
    and the Harbour Watch Office`) does not spell the second one's acronym."""
    words = [w for w in name.replace("-", " ").split() if fold(w) not in _BODY_STOPWORDS]
    initials = iter(w[0].upper() for w in words)
    return bool(words) and words[0][0].upper() == acronym[:1] and all(letter in initials for letter in acronym)


def _shared_acronyms(
    bodies: list[str], names: Mapping[str, str], aliases: Mapping[str, list[str]], groups: _Groups
) -> list[Link]:
    """Bodies defining the same acronym, one's name words among those of the fullest name the acronym
    spells: variants of one name (`Joint Harbour Mission`, `Joint Harbour Support Mission`)."""
    links = []
    for acronym, holders in _acronyms_of(bodies, names, aliases).items():
        if len(holders) < 2:
            continue
        spelled = [a for a in holders if _spells(acronym, names[a])] or holders
        fullest = min(spelled, key=lambda a: (-len(_body_words(names[a])), a))
        for aid in holders:
            if aid != fullest and _body_words(names[aid]) <= _body_words(names[fullest]) and groups.join(aid, fullest):
                links.append(Link(aid, fullest, "alias"))
    return links


def _acronyms_and_aliases(
    bodies: list[str], names: Mapping[str, str], aliases: Mapping[str, list[str]], groups: _Groups
) -> list[Link]:
    """A body named only as another body's acronym or capitalised alias joins it when only one has it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for acronym, holders in _acronyms_of(bodies, names, aliases).items():
        owners[acronym].update(holders)
    for aid in bodies:
        for alias in aliases[aid]:
            if not acronym_key(alias) and len(alias.split()) >= 2 and alias[:1].isupper():
                owners[fold(alias)].add(aid)
    links = []
    for aid in bodies:
        acronym = acronym_key(names[aid])
        key = acronym or fold(names[aid])
        if key not in owners:
            continue
        candidates = {groups.find(c) for c in owners[key]} - {groups.find(aid)}
        if len(candidates) > 1 and acronym:  # the one whose name the acronym spells, if only one
            candidates = {c for c in candidates if _spells(acronym, names[c])} or candidates
        if len(candidates) == 1:
            (body,) = candidates
            groups.join(aid, body)
            links.append(Link(aid, body, "acronym" if acronym else "alias"))
        elif len(candidates) > 1:
            links.append(Link(aid, aid, "ambiguous", tuple(sorted(candidates))))
    return links


# --- evidence -----------------------------------------------------------------------------------------


def identities_table(links: list[Link], mapping: Mapping[str, str], raw: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per link, citing the article (earliest published, then id) whose words define it."""
    if not links:
        return schema.frame("identities", [])
    actors = raw["actors"]
    names = dict(zip(actors["actor_id"].tolist(), actors["name"].tolist(), strict=True))
    published = dict(
        zip(
            raw["articles"]["article_id"].tolist(),
            raw["articles"]["published"].fillna(_UNKNOWN_DATE).tolist(),
            strict=True,
        )
    )
    members: dict[str, list[str]] = defaultdict(list)
    for aid, root in mapping.items():
        members[root].append(aid)
    for link in links:
        members.setdefault(link.actor_id, [])
    needed = {link.form_actor_id for link in links} | {
        a for link in links for a in [link.actor_id, *members[link.actor_id]]
    }
    written = _mentions_by_actor(raw["mentions"], needed, published)
    defined = _definitions(raw["article_actors"], needed, published)
    rows = []
    for link in links:
        form = names[link.form_actor_id]
        evidence = _evidence(link, form, names, [link.actor_id, *members[link.actor_id]], written, defined)
        _, article_id, start, end = evidence or ("", "", None, None)
        rows.append(
            {
                "actor_id": link.actor_id,
                "form": form,
                "form_actor_id": link.form_actor_id,
                "rule": link.rule,
                "article_id": article_id,
                "start": start,
                "end": end,
                "candidates": ";".join(link.candidates),
            }
        )
    table = schema.frame("identities", rows)
    return table.sort_values(["actor_id", "rule", "form_actor_id"], kind="stable").reset_index(drop=True)


#: (published, article_id, start, end, the words: a mention's text or an acronym)
_Written = tuple[str, str, int, int, str]
_Evidence = tuple[str, str, int, int]  # (published, article_id, start, end)


def _evidence(
    link: Link,
    form: str,
    names: Mapping[str, str],
    group: list[str],
    written: Mapping[str, list[_Written]],
    defined: Mapping[str, list[_Written]],
) -> _Evidence | None:
    """The words defining a link: the full name written (full_name, surname), `Name (ACRONYM)` (acronym,
    alias), the form itself where nothing defines it (ambiguous); the earliest article that writes them."""
    if link.rule == "ambiguous":
        return _first(written.get(link.form_actor_id, ()), form)
    if link.rule in ("full_name", "surname"):
        return _first(written.get(link.actor_id, ()), names[link.actor_id])
    key = acronym_key(form)
    if link.rule == "alias" and not key:  # two names sharing an acronym: the form's own definition
        key = next((w[4] for w in sorted(defined.get(link.form_actor_id, ()))), "")
    definitions = [d for g in group for d in defined.get(g, ()) if d[4] == key] if key else []
    if definitions:
        return min(definitions)[:4]
    # The form written for the actor it joins (an alias in another article), else that actor's own name.
    others = [g for g in group if g != link.form_actor_id]
    found = [e for g in others if (e := _first([w for w in written.get(g, ()) if fold(w[4]) == fold(form)], form))]
    return min(found, default=None) or _first(written.get(link.actor_id, ()), names[link.actor_id])


def _mentions_by_actor(
    mentions: pd.DataFrame, needed: set[str], published: Mapping[str, str]
) -> dict[str, list[_Written]]:
    keep = mentions["actor_id"].isin(needed).to_numpy(dtype=bool, na_value=False)
    part = mentions.loc[keep, ["actor_id", "article_id", "start", "end", "text"]]
    found: dict[str, list[_Written]] = defaultdict(list)
    for actor, article, start, end, text in zip(*(part[c].tolist() for c in part.columns), strict=True):
        found[actor].append((published.get(article, _UNKNOWN_DATE), article, int(start), int(end), text))
    return found


def _definitions(
    article_actors: pd.DataFrame, needed: set[str], published: Mapping[str, str]
) -> dict[str, list[_Written]]:
    """Actor id -> each `Name (ACRONYM)` the articles write for it, the acronym as its words."""
    keep = article_actors["actor_id"].isin(needed).to_numpy(dtype=bool, na_value=False) & (
        article_actors["acronym"].fillna("") != ""
    ).to_numpy(dtype=bool)
    part = article_actors.loc[keep, ["actor_id", "article_id", "acronym", "acronym_start", "acronym_end"]]
    found: dict[str, list[_Written]] = defaultdict(list)
    for actor, article, acronym, start, end in zip(*(part[c].tolist() for c in part.columns), strict=True):
        found[actor].append(
            (published.get(article, _UNKNOWN_DATE), article, int(start), int(end), acronym_key(acronym))
        )
    return found


def _first(written: Iterable[_Written], text: str) -> _Evidence | None:
    """The earliest mention written as `text` (the earliest of any when none is)."""
    written = list(written)
    same = [w for w in written if fold(w[4]) == fold(text)] or written
    return min(same)[:4] if same else None


# --- rewriting ------------------------------------------------------------------------------------------


def _remap_cells(column: pd.Series, change) -> tuple[pd.Series, np.ndarray]:
    """`change` applied once per distinct value of the column (ids repeat across rows); the column
    itself when nothing changes, else a copy with only the changed rows set. Also: which rows changed."""
    codes, values = pd.factorize(column, use_na_sentinel=True)
    old = values.tolist()
    new = [change(v) for v in old]
    moved = np.fromiter((n != o for n, o in zip(new, old, strict=True)), dtype=bool, count=len(old))
    if not moved.any():
        return column, np.zeros(len(column), dtype=bool)
    rows = (codes >= 0) & moved[np.maximum(codes, 0)]
    out = column.copy()
    out[rows] = np.array(new, dtype=object)[codes[rows]]
    return out, rows


def _id_changer(mapping: Mapping[str, str]):
    return lambda v: mapping.get(v, v)


def _list_changer(mapping: Mapping[str, str]):
    def change(cell: str) -> str:
        ids = cell.split(";") if cell else ()
        if moved.isdisjoint(ids):
            return cell
        return ";".join(dict.fromkeys(mapping.get(a, a) for a in ids))

    moved = set(mapping)

    return change


def rewrite(raw: Mapping[str, pd.DataFrame], mapping: Mapping[str, str]) -> dict[str, pd.DataFrame]:
    """The six tables with every joined id replaced by its actor's (names, affiliations and the
    involvement columns with it); a table or column nothing changes in is shared with `raw`."""
    tables = {name: raw[name] for name in ("articles", "actors", "mentions", "quotes", "events", "relations")}
    if not mapping:
        return tables
    actors = _merged_actors(raw["actors"], raw["article_actors"], mapping)
    tables["actors"] = actors
    name_of = dict(zip(actors["actor_id"].tolist(), actors["name"].tolist(), strict=True))
    tables["mentions"] = _with_ids(raw["mentions"], mapping, ("actor_id",))
    quotes = _with_ids(
        raw["quotes"], mapping, ("speaker_actor_id",), names={"speaker_actor_id": "speaker"}, name_of=name_of
    )
    tables["quotes"] = _with_involvement(quotes, raw["quotes"], mapping, actors)
    tables["events"] = _with_involvement(raw["events"], raw["events"], mapping, actors)
    relations = _with_ids(
        raw["relations"],
        mapping,
        ("source_actor_id", "target_actor_id"),
        names={"source_actor_id": "source", "target_actor_id": "target"},
        name_of=name_of,
    )
    tables["relations"] = _with_involvement(relations, raw["relations"], mapping, actors)
    return tables


def _with_ids(
    table: pd.DataFrame,
    mapping: Mapping[str, str],
    columns: tuple[str, ...],
    names: Mapping[str, str] | None = None,
    name_of: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    out = table
    for column in columns:
        remapped, moved = _remap_cells(table[column], _id_changer(mapping))
        if not moved.any():
            continue
        out = out.copy(deep=False) if out is table else out
        out[column] = remapped
        if names and column in names:
            shown = out[names[column]].copy()
            shown[moved] = [name_of.get(a, n) for a, n in zip(out.loc[moved, column], shown[moved], strict=True)]
            out[names[column]] = shown
    return out


def _with_involvement(
    table: pd.DataFrame, raw_table: pd.DataFrame, mapping: Mapping[str, str], actors: pd.DataFrame
) -> pd.DataFrame:
    """`actor_ids` rewritten; `countries` and `organizations` of the rows it changes worked out again from
    the joined actors, so a row naming `CWB` lists the Coastal Watch Brigade."""
    after, changed = _remap_cells(raw_table["actor_ids"], _list_changer(mapping))
    if not changed.any():
        return table
    out = table.copy(deep=False)
    out["actor_ids"] = after
    country = dict(zip(actors["actor_id"].tolist(), actors["country"].fillna("").tolist(), strict=True))
    kind = dict(zip(actors["actor_id"].tolist(), actors["type"].tolist(), strict=True))
    name = dict(zip(actors["actor_id"].tolist(), actors["name"].tolist(), strict=True))
    countries, organizations = out["countries"].copy(), out["organizations"].copy()
    rows = after[changed].tolist()
    countries[changed] = [";".join(dict.fromkeys(country[a] for a in _ids(c) if country.get(a))) for c in rows]
    organizations[changed] = [
        ";".join(dict.fromkeys(name[a] for a in _ids(c) if kind.get(a) in _ORGANIZATIONS)) for c in rows
    ]
    out["countries"], out["organizations"] = countries, organizations
    return out


def _ids(cell: object) -> list[str]:
    return [a for a in cell.split(";") if a] if isinstance(cell, str) else []


def _merged_actors(actors: pd.DataFrame, article_actors: pd.DataFrame, mapping: Mapping[str, str]) -> pd.DataFrame:
    """Each joined group as one row (`build.merge_actor_rows`, its fullest name first and the other names
    as aliases), articles counted once each; every affiliation pointing at the group's id."""
    from briefing.corpus.build import merge_actor_rows  # build consolidates: imported when first needed

    roots = set(mapping.values())
    involved = actors["actor_id"].isin(roots | set(mapping)).to_numpy(dtype=bool)
    rest = actors[~involved]
    records = {r["actor_id"]: r for r in actors[involved].to_dict("records")}
    members: dict[str, list[str]] = defaultdict(list)
    for aid, root in sorted(mapping.items()):
        members[root].append(aid)
    article_ids = article_actors.loc[article_actors["mentions"].fillna(0).to_numpy() > 0, ["actor_id", "article_id"]]
    seen_in: dict[str, set[str]] = defaultdict(set)
    article_ids = article_ids[article_ids["actor_id"].isin(list(records))]
    for aid, article in zip(article_ids["actor_id"].tolist(), article_ids["article_id"].tolist(), strict=True):
        seen_in[mapping.get(aid, aid)].add(article)
    merged = []
    for root in sorted(members):
        rows = [records[root], *({**records[a], "actor_id": root} for a in members[root])]
        names = {records[a]["name"] for a in members[root]}
        own = rows[0]["aliases"] if isinstance(rows[0]["aliases"], str) else ""
        rows[0] = {**rows[0], "aliases": ";".join(x for x in [own, *sorted(names)] if x)}
        row = merge_actor_rows(rows)[root]
        row["articles"] = len(seen_in[root])
        merged.append(row)
    table = pd.concat([rest, schema.frame("actors", merged)], ignore_index=True)
    table = table.sort_values("actor_id", kind="stable").reset_index(drop=True).astype(actors.dtypes.to_dict())
    table["affiliation_id"] = _remap_cells(table["affiliation_id"], _id_changer(mapping))[0]
    return table
