"""Every closed-vocabulary value the parser writes is one `parse/vocab.py` states, so the schema, the charts'
colours and the filters, which read the same lists, know every value a table can hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus.build import parse_paths
from briefing.parse import vocab

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def tables():
    return parse_paths([ARTICLES.parent.parent / "seeds", ARTICLES / "journalism"]).tables


@pytest.mark.parametrize(
    ("table", "column", "allowed"),
    [
        ("actors", "type", vocab.names(vocab.ACTOR_TYPES)),
        ("events", "kind", vocab.names(vocab.EVENT_KINDS)),
        ("events", "status", vocab.EVENT_STATUSES),
        ("events", "date_precision", vocab.DATE_PRECISIONS),
        ("relations", "relation", vocab.RELATIONS),
        ("quotes", "kind", vocab.QUOTE_KINDS),
        ("quotes", "frame", (*vocab.QUOTE_FRAMES, "")),  # empty, as attribution, where nobody can be named
        ("quotes", "attribution", (*vocab.ATTRIBUTIONS, "")),
    ],
)
def test_values_come_from_the_vocabulary(tables, table: str, column: str, allowed: tuple[str, ...]) -> None:
    written = set(tables[table][column].dropna())
    assert written, (table, column)  # the articles exercise the column
    assert written <= set(allowed), written - set(allowed)
