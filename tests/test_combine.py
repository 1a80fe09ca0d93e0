"""Adding uploads to a built corpus gives exactly the tables of building everything at once."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus.build import build_corpus, extend_corpus, parse_files

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def parsed():
    articles, errors = parse_files([REPO / "seeds", REPO / "tests" / "articles"])
    assert len(articles) >= 10 and not errors
    return articles


@pytest.mark.parametrize("split", [1, 5, -1])
def test_extend_equals_building_all_at_once(parsed, split):
    base, extra = parsed[:split], parsed[split:]
    extra = [*extra, base[0]]  # an upload with a seed's text is skipped, as build_corpus skips it
    whole = build_corpus([*base, *extra], ["a.txt: unreadable"])
    extended = extend_corpus(build_corpus(base, ["a.txt: unreadable"]), extra)
    assert whole.tables.keys() == extended.tables.keys()
    for name, table in whole.tables.items():
        pd.testing.assert_frame_equal(extended[name], table, obj=name)
    assert extended.texts == whole.texts
    assert extended.errors == whole.errors
    assert any("duplicate" in line for line in extended.errors)


def test_shared_actors_are_merged(parsed):
    """An actor both corpora know is one row: counts added, aliases united."""
    base, extra = parsed[:3], parsed[3:]
    shared = set(build_corpus(base)["actors"]["actor_id"]) & set(build_corpus(extra)["actors"]["actor_id"])
    assert shared, "the fixture articles share no actor; the merge would go untested"
    actors = extend_corpus(build_corpus(base), extra)["actors"]
    assert actors["actor_id"].is_unique


def test_nothing_new_keeps_the_base_tables(parsed):
    base = build_corpus(parsed[:2])
    same = extend_corpus(base, [parsed[0]])
    assert same.tables is base.tables or all(same[n] is base[n] for n in base.tables)
    assert len(same.errors) == len(base.errors) + 1
