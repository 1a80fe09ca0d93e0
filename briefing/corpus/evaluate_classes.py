"""Per-class scores of one article against real-style gold (`/work/staging/journalism`-style files).

The real-style format is `tests/articles/README.md`'s plus `dateline` ({place, country, agency} or
null), quotes with `kind` full|partial|indirect and a `frame` (the construction that attributes them:
`said_after`, `pronoun`, `apposition`, ...), `optional_actors` (names that may be extracted or not, at
no cost) and `not_relations`. Each function here counts one class, so an error can be told apart by
what went wrong (a missed speaker of a pronoun quote, a place typed as a country, a wrong ISO3):
- quotes: direct (full, partial) and indirect are matched separately, each by its text starting with
  the gold `starts_with` (indirect: containing it); a speaker is right when its name, or a name of
  the actor it points at, is the gold one;
- actors: matched by name or alias as in `evaluate`; optional names are left out of both counts;
- geocoding: a matched place or country actor whose `country` is the gold ISO3;
- person roles / person affiliation: a matched person whose `role` is the gold one (case folded, so
  `former prime minister` is not `prime minister`), and whose `affiliation_id` names the gold
  `affiliation` actor; predicted = matched people given one, expected = gold people that have one;
- dateline: its place (by name, case folded), country (ISO3) and agency, each on its own;
- relations: (source, relation, target) triples, per relation, and how many `not_relations` came out.

Notes: counts, not judgements; a gold speaker that is an unnamed source must be written exactly as
the parser writes it. Only measure here: rules are developed on other examples.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from briefing.corpus.scores import Score, norm, row_names

DIRECT = ("full", "partial")


def _speaker_names(quote: pd.Series, names: dict[str, set[str]]) -> set[str]:
    return {norm(quote["speaker"]), *names.get(quote["speaker_actor_id"], set())} - {""}


def score_quotes(gold: list[dict], quotes: pd.DataFrame, actors: pd.DataFrame) -> dict[str, Score]:
    """`direct quotes`, `indirect quotes`, and one `speaker: <frame>` score per frame (predicted = found)."""
    names = {row["actor_id"]: row_names(row) for _, row in actors.iterrows()}
    direct = quotes[quotes["kind"].isin(DIRECT)]
    indirect = quotes[~quotes["kind"].isin(DIRECT)]
    scores = {
        "direct quotes": Score(predicted=len(direct), expected=sum(q["kind"] in DIRECT for q in gold)),
        "indirect quotes": Score(predicted=len(indirect), expected=sum(q["kind"] not in DIRECT for q in gold)),
    }
    used: set[int] = set()
    for item in gold:
        is_direct = item["kind"] in DIRECT
        pool = direct if is_direct else indirect
        prefix = norm(item["starts_with"])
        hit = next(
            (
                i
                for i, text in zip(pool.index, pool["text"], strict=True)
                if i not in used and (norm(text).startswith(prefix) if is_direct else prefix in norm(text))
            ),
            None,
        )
        frame = scores.setdefault(f"speaker: {item.get('frame') or 'none'}", Score())
        frame.expected += 1
        if hit is None:
            continue
        used.add(hit)
        scores["direct quotes" if is_direct else "indirect quotes"].true_positives += 1
        frame.predicted += 1
        if norm(item["speaker"]) in _speaker_names(quotes.loc[hit], names):
            frame.true_positives += 1
    return scores


def _match_actor(item: dict, actors: pd.DataFrame, names: dict[int, set[str]]) -> int | None:
    wanted = {norm(item["name"]), *(norm(a) for a in item.get("aliases", []))}
    folded = norm(item["name"])
    return next((i for i, row in actors.iterrows() if norm(row["name"]) in wanted or folded in names[i]), None)


def score_actors(gold: dict, actors: pd.DataFrame) -> dict[str, Score]:
    """`actors`, `actors: <type>` (predicted by the parser's type, expected by gold's) and `geocoding`."""
    names = {i: row_names(row) for i, row in actors.iterrows()}
    optional = {norm(n) for n in gold.get("optional_actors", [])}
    matched: dict[int, dict] = {}
    for item in gold["actors"]:
        hit = _match_actor(item, actors, names)
        if hit is not None and hit not in matched:
            matched[hit] = item
    kept = actors[[i in matched or not (names[i] & optional) for i in actors.index]]
    scores: dict[str, Score] = defaultdict(Score)
    scores["actors"] = Score(predicted=len(kept), expected=len(gold["actors"]))
    for actor_type in kept["type"]:
        scores[f"actors: {actor_type}"].predicted += 1
    for item in gold["actors"]:
        scores[f"actors: {item['type']}"].expected += 1
    geocoding = scores["geocoding"]
    geocoding.expected = sum(1 for item in gold["actors"] if item["type"] in ("place", "country") and item["country"])
    by_id = {row["actor_id"]: names[i] for i, row in actors.iterrows()}
    roles, affiliations = scores["person roles"], scores["person affiliation"]
    for item in gold["actors"]:
        roles.expected += item["type"] == "person" and bool(item["role"])
        affiliations.expected += item["type"] == "person" and bool(item.get("affiliation"))
    for i, item in matched.items():
        row = actors.loc[i]
        if item["type"] == "person" == row["type"]:
            if item["role"] and row["role"]:
                roles.predicted += 1
                roles.true_positives += norm(row["role"]) == norm(item["role"])
            if item.get("affiliation") and row["affiliation_id"]:
                affiliations.predicted += 1
                affiliations.true_positives += norm(item["affiliation"]) in by_id.get(row["affiliation_id"], ())
        if row["type"] == item["type"]:
            scores["actors"].true_positives += 1
            scores[f"actors: {item['type']}"].true_positives += 1
        if item["type"] in ("place", "country") and item["country"]:
            geocoding.predicted += bool(row["country"])
            geocoding.true_positives += row["country"] == item["country"]
    return dict(scores)


def score_dateline(gold: dict | None, found: dict[str, str] | None) -> dict[str, Score]:
    """`dateline place`, `dateline country`, `dateline agency`: one prediction and one expectation each."""
    scores = {}
    for part in ("place", "country", "agency"):
        want = norm((gold or {}).get(part) or "")
        said = norm((found or {}).get(part) or "")
        scores[f"dateline {part}"] = Score(int(bool(want) and want == said), int(bool(said)), int(bool(want)))
    return scores


def score_relations(gold: dict, relations: pd.DataFrame, actors: pd.DataFrame) -> dict[str, Score]:
    """`relations`, `relations: <name>`, and `not_relations` (predicted = how many of them came out)."""
    names = {row["actor_id"]: row_names(row) for _, row in actors.iterrows()}
    predicted = {(r.source_actor_id, r.relation, r.target_actor_id) for r in relations.itertuples()}

    def stated(item: dict) -> tuple[str, str, str] | None:
        return next(
            (
                p
                for p in sorted(predicted)
                if p[1] == item["relation"]
                and norm(item["source"]) in names.get(p[0], ())
                and norm(item["target"]) in names.get(p[2], ())
            ),
            None,
        )

    scores: dict[str, Score] = defaultdict(Score)
    scores["relations"] = Score(predicted=len(predicted), expected=len(gold["relations"]))
    for p in predicted:
        scores[f"relations: {p[1]}"].predicted += 1
    for item in gold["relations"]:
        scores[f"relations: {item['relation']}"].expected += 1
        if stated(item) is not None:
            scores["relations"].true_positives += 1
            scores[f"relations: {item['relation']}"].true_positives += 1
    wrong = gold.get("not_relations", [])
    scores["not_relations"] = Score(predicted=sum(stated(item) is not None for item in wrong), expected=len(wrong))
    return dict(scores)


def organization_errors(gold: dict, actors: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The bodies `score_actors` counts wrong, as names: (gold organizations no actor matches as an
    organization, parser organizations matching no gold actor), optional names left out of both."""
    names = {i: row_names(row) for i, row in actors.iterrows()}
    optional = {norm(n) for n in gold.get("optional_actors", [])}
    matched: dict[int, dict] = {}
    missed = []
    for item in gold["actors"]:
        hit = _match_actor(item, actors, names)
        if hit is not None and hit not in matched:
            matched[hit] = item
        if item["type"] == "organization" and (hit is None or actors.loc[hit, "type"] != "organization"):
            found = "" if hit is None else f" (found as {actors.loc[hit, 'type']} {actors.loc[hit, 'name']!r})"
            missed.append(f"{item['name']}{found}")
    extra = [
        row["name"]
        for i, row in actors.iterrows()
        if row["type"] == "organization" and i not in matched and not names[i] & optional
    ]
    wrong_type = [
        f"{row['name']} (gold {matched[i]['type']})"
        for i, row in actors.iterrows()
        if row["type"] == "organization" and i in matched and matched[i]["type"] != "organization"
    ]
    return missed, extra + wrong_type
