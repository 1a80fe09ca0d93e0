"""Ranks and honorifics written without the full stop, as British, Kenyan and Caribbean papers write them
(`Col Amani Wekesa`, `Lt Col`, `Supt`): the title is the role, never the first word of the name; `Gen Z` is
no title. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.build import build_corpus
from briefing.corpus.rows import parse_document
from briefing.parse.models import FrontMatter, SourceDocument


def tables(body: str):
    doc = SourceDocument(
        path="t.txt", body=body, meta=FrontMatter(published=dt.date(2025, 11, 3)), sha256="0" * 64, fmt="text"
    )
    return build_corpus([parse_document(doc)])


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Col Amani Wekesa, who commands the contingent, said the patrols would resume.", "Amani Wekesa", "Col"),
        ("Lt Col Peter Odhiambo Mwangi said the convoy had reached the port.", "Peter Odhiambo Mwangi", "Lt Col"),
        ("Supt Grace Njeri told reporters in Nairobi that the officers were safe.", "Grace Njeri", "Supt"),
    ],
)
def test_an_undotted_rank_is_the_role_not_the_name(body: str, name: str, role: str) -> None:
    corpus = tables(body)
    people = corpus["actors"].set_index("name")
    assert people.loc[name, "type"] == "person" and people.loc[name, "role"] == role
    speakers = set(corpus["quotes"]["speaker"])
    assert name in speakers and not any(s.startswith(role + " ") for s in speakers)


def test_gen_z_is_a_generation_not_a_title() -> None:
    actors = tables("Gen Z protesters marched through Nairobi on Tuesday, organisers said.")["actors"]
    assert not (actors["type"] == "person").any(), actors[["name", "type"]].to_dict("records")
