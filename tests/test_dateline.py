"""Datelines and sign-offs on made-up wire copy: the dateline's parts as spans, sign-offs kept out of the text."""

from __future__ import annotations

import pytest

from briefing.parse.dateline import is_signoff
from briefing.parse.pipeline import segment


def _parts(body: str) -> tuple[str | None, ...] | None:
    line = segment(body).dateline
    if line is None:
        return None
    return tuple(body[s.start : s.end] if s else None for s in (line.place, line.country, line.agency))


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("PORT-AU-PRINCE, Haiti (AP) — Gunmen stormed a clinic.", ("PORT-AU-PRINCE", "Haiti", "AP")),
        ("KINGSTON, Jamaica (CMC) – Soldiers left for Haiti.", ("KINGSTON", "Jamaica", "CMC")),
        ("NAIROBI, Kenya, March 3 (Reuters) - Police flew out.", ("NAIROBI", "Kenya", "Reuters")),
        ("UNITED NATIONS (AP) — The council voted.", ("UNITED NATIONS", None, "AP")),
        ("LES CAYES, Jan. 9 (AFP) - Floods hit.", ("LES CAYES", None, "AFP")),
        ("BREAKING\nCAP-HAÏTIEN — Shots were fired.", ("CAP-HAÏTIEN", None, None)),
        ("BREAKING\nJACMEL — Shots were fired.", ("JACMEL", None, None)),
    ],
)
def test_datelines(body: str, parts: tuple[str | None, ...] | None) -> None:
    assert _parts(body) == parts


@pytest.mark.parametrize(
    "body",
    [
        "AMID rising violence, the council met.",
        "Gangs control the capital. PORT-AU-PRINCE — is not a dateline here.",
        "Kenya — and Canada — agreed.",
    ],
)
def test_no_dateline(body: str) -> None:
    assert segment(body).dateline is None


def test_an_all_capitals_first_word_stays_a_word() -> None:
    doc = segment("AMID rising violence, the council met.")
    assert [doc.body[s.start : s.end] for s in doc.sentences] == ["AMID rising violence, the council met."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "(Reporting by Ana Ruiz in Nairobi; Editing by Tom Hale)",
        "Reporting by Ana Ruiz; Writing by Lee Park; Editing by Tom Hale",
        "Writing by Lee Park",
        "(Reporting by Ana Ruiz in Nairobi)",
        "jrr/mem",
        "-ENDS-",
        "For more information, contact the press office at +1 555 0100.",
        "By JANE DOE",
        "By Jane Doe, Associated Press",
        "Associated Press writer Paul Smith in Miami contributed.",
        "Paul Smith in Miami contributed to this report.",
    ],
)
def test_signoffs(paragraph: str) -> None:
    assert is_signoff(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Friday, the council had voted.",
        "Reporting on the crisis is dangerous, editors said.",
        "Canada contributed $10 million to the mission, officials said on Monday in Ottawa.",
        "The end came quickly.",
    ],
)
def test_text_is_not_a_signoff(paragraph: str) -> None:
    assert not is_signoff(paragraph)


def test_signoffs_hold_no_sentence_and_offsets_are_kept() -> None:
    body = "By JANE DOE\nKINGSTON, Jamaica (CMC) – Troops left.\nThey flew at dawn.\n(Reporting by Ana Ruiz)\njrr/mem"
    doc = segment(body)
    assert len(doc.paragraphs) == 5
    texts = [body[s.start : s.end] for s in doc.sentences]
    assert texts == ["KINGSTON, Jamaica (CMC) – Troops left.", "They flew at dawn."]
    assert [s.paragraph for s in doc.sentences] == [1, 2]
    assert doc.sentences[0].start == body.index("KINGSTON")
    assert doc.dateline is not None and body[doc.dateline.place.start : doc.dateline.place.end] == "KINGSTON"


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Jacmel (AFP) - Floods cut the road.", ("Jacmel", None, "AFP")),
        ("Cap-Haïtien, Oct 3 (EFE).- Dockers struck.", ("Cap-Haïtien", None, "EFE")),
        ("Port-de-Paix, 4 May 2025 – Aid arrived.", ("Port-de-Paix", None, None)),
        ("GONAÏVES (9 March 2026) – Schools shut.", ("GONAÏVES", None, None)),
        ("BRIDGETOWN, Barbados, (CMC) – Leaders met.", ("BRIDGETOWN", "Barbados", "CMC")),
        ("By JOHN ROE\nAssociated Press\nLES CAYES, Haiti (AP) — Rain fell.", ("LES CAYES", "Haiti", "AP")),
    ],
)
def test_datelines_in_other_agencies_styles(body: str, parts: tuple[str | None, ...]) -> None:
    assert _parts(body) == parts
