"""Three small speech cues of government and regional copy, on made-up sentences: a source followed by when
it spoke (`the IOM earlier this month`), JIS-style reporting verbs (`informed`, `indicated`), and a source whose
first predicate is not speech (`the ministry welcomed … but said that`)."""

from __future__ import annotations

from briefing.parse import pipeline
from briefing.parse.models import FrontMatter, SourceDocument


def _indirect(body: str) -> list[tuple[str, str]]:
    meta = FrontMatter(published="2026-03-04")
    doc = pipeline.parse(SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text"))
    return [(q.speaker, q.text) for q in doc.quotes if q.kind == "indirect"]


def test_when_a_source_spoke_is_not_part_of_the_source() -> None:
    found = _indirect(
        "The International Organization for Migration (IOM) runs two centres. According to figures released by "
        "the IOM earlier this month, more than 4,000 people were returned by sea in January."
    )
    assert found and found[0][0] == "International Organization for Migration"


def test_informed_and_indicated_report_a_clause() -> None:
    found = _indirect(
        "Minister of National Security Horace Chang spoke on Monday. Dr. Chang informed that the migrants were "
        "taken to a shelter in Port Antonio. He indicated that none would be returned while the process was under way."
    )
    assert [speaker for speaker, _ in found] == ["Horace Chang", "Horace Chang"]


def test_a_source_whose_first_predicate_is_not_speech() -> None:
    found = _indirect(
        "In Port-au-Prince, the Foreign Ministry welcomed the reopening but said that trucks still faced long "
        "queues at the border crossing."
    )
    assert found == [("Foreign Ministry", "trucks still faced long queues at the border crossing")]
