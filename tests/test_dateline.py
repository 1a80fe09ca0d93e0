"""Datelines and sign-offs on made-up wire copy: the dateline's parts as spans, sign-offs kept out of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.parse.dateline import dateline_country, is_signoff
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


@pytest.mark.parametrize(
    ("body", "parts", "country"),
    [
        ("ST GEORGE’S, Grenada, Mar 4, CMC – Ministers met.", ("ST GEORGE’S", "Grenada", "CMC"), "GRD"),
        ("BASSETERRE, St. Kitts, CMC – The leaders met.", ("BASSETERRE", "St. Kitts", "CMC"), "KNA"),
        ("WASHINGTON, CMC – The bank said it would help.", ("WASHINGTON", None, "CMC"), "USA"),
        ("KINGSTON, March 6 (JIS): The Government is acting.", ("KINGSTON", None, "JIS"), "JAM"),
        ("Havana, Mar 3 (Prensa Latina) The council met.", ("Havana", None, "Prensa Latina"), "CUB"),
        ("UNITED NATIONS (CMC)— The office said.", ("UNITED NATIONS", None, "CMC"), "USA"),
        ("Nairobi, 27th August 2025 — Ministers met.", ("Nairobi", None, None), "KEN"),
        ("Kingston, Aug 5. - The force prepares.", ("Kingston", None, None), "JAM"),
        ("Ottawa — The minister spoke.", ("Ottawa", None, None), "CAN"),
        (
            "News release\nOctober 16, 2025 - Ottawa, Ontario - Global Affairs Canada\nToday, funds.",
            ("Ottawa", "Ontario", None),
            "CAN",
        ),
        (
            "Photo credit: File | Nation Media Group\nBy Ann Otieno in Nairobi\nOfficers left.",
            ("Nairobi", None, None),
            "KEN",
        ),
        ("Reporting from Port-au-Prince, Haiti\nGangs attacked.", ("Port-au-Prince", "Haiti", None), "HTI"),
    ],
)
def test_datelines_in_regional_and_release_styles(body: str, parts: tuple[str | None, ...], country: str) -> None:
    assert _parts(body) == parts
    line = segment(body).dateline
    assert line is not None and dateline_country(body, line) == country


@pytest.mark.parametrize(
    "body",
    [
        "BREAKING (UPDATE) The council met.",  # a bracketed word with no dash is an agency only when one is known
        "Haiti — a country of eleven million — waits.",  # a country in ordinary capitals with a dash
        "By the end of the week in Nairobi, talks resumed.",  # `By ... in` inside a sentence of text
        "By Ann Otieno in Zorvania\nOfficers left.",  # a byline's place the gazetteer does not know
    ],
)
def test_no_dateline_in_these_openings(body: str) -> None:
    assert segment(body).dateline is None


def test_a_wire_dateline_wins_over_a_byline_place() -> None:
    body = "By Ann Otieno in Nairobi\nGENEVA, March 3 (Reuters) - Talks began."
    assert _parts(body) == ("GENEVA", None, "Reuters")


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Ann Otieno in Nairobi",
        "Reporting from Port-au-Prince, Haiti",
        "Tribune Staff Reporter",
        "kmajor@example.net",
        "Photo credit: File | Nation Media Group",
        "(AP Photo/Jane Roe)",
        "READ MORE: Ministers to meet on the crisis",
        "What you need to know:",
        "peo/Jha/ebr",
        "Enditem",
        "Associated Press",
        "Nation Media Group",
    ],
)
def test_bylines_credits_and_links_are_signoffs(paragraph: str) -> None:
    assert is_signoff(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Read the report in full before the vote, the minister said.",
        "Photos of the attack spread quickly: officials said they were real.",
        "The reporter was hurt.",
    ],
)
def test_text_about_photos_and_reporters_is_not_a_signoff(paragraph: str) -> None:
    assert not is_signoff(paragraph)


_WORDS = st.sampled_from(
    ["KINGSTON", "Nairobi", ",", " ", "(CMC)", "—", "-", ":", "Jan 3", "By", "in", "The", "\n", "x"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=14).map("".join))
def test_dateline_spans_lie_inside_the_body(body: str) -> None:
    line = segment(body).dateline
    if line is not None:
        for span in (line.place, line.country, line.agency):
            assert span is None or 0 <= span.start < span.end <= len(body)
        assert body[line.place.start : line.place.end].strip() == body[line.place.start : line.place.end]


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("NAIROBI/PORT-AU-PRINCE, Feb 9 (Reuters) - Kenya said.", ("NAIROBI", None, "Reuters")),
        ("PORT-AU-PRINCE, Haiti, Tuesday, March 3 — Gangs attacked.", ("PORT-AU-PRINCE", "Haiti", None)),
        ("MIAMI (AP) _ Prosecutors said.", ("MIAMI", None, "AP")),
        ("MIAMI, March 3, 2026 /PRNewswire/ -- The firm said.", ("MIAMI", None, "PRNewswire")),
        ("Castries, St Lucia – The minister said.", ("Castries", "St Lucia", None)),
    ],
)
def test_datelines_with_two_places_a_weekday_or_a_wire_service(body: str, parts: tuple[str | None, ...]) -> None:
    assert _parts(body) == parts


def test_a_transcript_header_with_a_place_is_no_dateline() -> None:
    assert segment("Washington, DC\nMR. PRICE: Good afternoon.").dateline is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "— With files from The Associated Press",
        "Jane Doe reported from Port-au-Prince, Haiti, and John Roe from Washington.",
        "Kim Lee contributed reporting.",
        "Advertisement",
        "Follow the agency’s coverage of Haiti at https://example.org/haiti",
        "This story has been updated to correct the spelling of a name.",
        "Sign up for our newsletter",
    ],
)
def test_end_notes_and_page_furniture_are_signoffs(paragraph: str) -> None:
    assert is_signoff(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials reported from Port-au-Prince that three people died.",
        "Follow the money, investigators say.",
        "Police reported from the scene that the road was shut.",
    ],
)
def test_sentences_that_look_like_end_notes_are_text(paragraph: str) -> None:
    assert not is_signoff(paragraph)


@pytest.mark.parametrize(
    ("body", "parts", "country"),
    [
        ("NASSAU, BAHAMAS — Officials said.", ("NASSAU", "BAHAMAS", None), "BHS"),
        (
            "PORT OF SPAIN, TRINIDAD AND TOBAGO (CMC) — Troops left.",
            ("PORT OF SPAIN", "TRINIDAD AND TOBAGO", "CMC"),
            "TTO",
        ),
        ("WASHINGTON, D.C. — The envoy spoke.", ("WASHINGTON", "D.C.", None), "USA"),
        ("MIAMI, Fla. (AP) — Prosecutors said.", ("MIAMI", "Fla.", "AP"), "USA"),
    ],
)
def test_datelines_with_a_country_in_capitals_or_a_state_abbreviation(
    body: str, parts: tuple[str | None, ...], country: str
) -> None:
    assert _parts(body) == parts
    line = segment(body).dateline
    assert line is not None and dateline_country(body, line) == country


def test_a_country_with_an_accent() -> None:
    body = "PORT-AU-PRINCE, Haïti (AFP) - Gangs attacked a police station."
    assert _parts(body) == ("PORT-AU-PRINCE", "Haïti", "AFP")


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Tuesday in Geneva, talks had resumed.",
        "Reporting from the border is dangerous, editors said.",
        "Sign up centres opened in Jacmel on Monday.",
    ],
)
def test_sentences_opening_like_bylines_are_text(paragraph: str) -> None:
    assert not is_signoff(paragraph)


def test_the_reported_clause_after_a_colon_or_bracket_dateline_leaves_the_dateline_out() -> None:
    from briefing.parse import pipeline
    from briefing.parse.models import FrontMatter, SourceDocument

    for body in (
        "KINGSTON, March 6 (JIS): The Government will add two patrol boats, Minister Ann Reid said.",
        "Havana, Mar 3 (Prensa Latina) The Government will add two patrol boats, Minister Ann Reid said.",
    ):
        meta = FrontMatter(published="2026-03-06")
        doc = pipeline.parse(SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text"))
        assert [q.text for q in doc.quotes if q.kind == "indirect"] == ["The Government will add two patrol boats"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("PORT-AU-PRINCE—Gangs attacked the port.", "PORT-AU-PRINCE"),
        ("Port-au-Prince—The council met.", "Port-au-Prince"),
        ("BREAKING: PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the port.", "PORT-AU-PRINCE"),
    ],
)
def test_a_dash_without_a_space_and_a_kicker_on_the_datelines_line(body: str, place: str) -> None:
    line = segment(body).dateline
    assert line is not None and body[line.place.start : line.place.end] == place
    assert body[line.text_start :].startswith(("Gangs", "The"))


@pytest.mark.parametrize("body", ["BREAKING: Gangs attacked the port.", "KENYA-LED forces—and others—arrived."])
def test_a_kicker_or_a_dash_inside_a_phrase_is_no_dateline(body: str) -> None:
    assert segment(body).dateline is None


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Jacmel, Haiti CNN — Boats left the harbour at dawn.", ("Jacmel", "Haiti", "CNN")),
        ("Les Cayes, Haiti BBC — Rain flooded the road.", ("Les Cayes", "Haiti", "BBC")),
        ("(Jacmel, 4 June 2026): The coordinator released funds.", ("Jacmel", None, None)),
        ("(Geneva/Jacmel, 4 June 2026) – The agency appealed for aid.", ("Geneva", None, None)),
        ("(Jacmel, Haiti, June 4, 2026) The agency appealed for aid.", ("Jacmel", "Haiti", None)),
    ],
)
def test_a_broadcasters_bare_agency_and_a_releases_bracketed_dateline(body: str, parts: tuple[str | None, ...]) -> None:
    assert _parts(body) == parts


@pytest.mark.parametrize(
    "body",
    [
        "(Officials said on 4 June 2026) The road reopened.",
        "Kenya UN — the two agreed.",
    ],
)
def test_a_bracketed_aside_or_a_capitals_word_is_no_dateline(body: str) -> None:
    assert segment(body).dateline is None


def test_a_full_stop_before_a_spanish_style_dash_is_no_part_of_the_place() -> None:
    body = "DAJABÓN.- Soldiers closed the border crossing."
    assert _parts(body) == ("DAJABÓN", None, None)
    assert dateline_country(body, segment(body).dateline) == "DOM"


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Jacmel, Haiti\nAP\n—\nBoats left the harbour at dawn.", ("Jacmel", "Haiti", "AP")),
        ("Les Cayes, Haiti\n\nCNN\n\n—\n\nRain flooded the road.", ("Les Cayes", "Haiti", "CNN")),
    ],
)
def test_a_broadcasters_dateline_over_three_lines(body: str, parts: tuple[str | None, ...]) -> None:
    assert _parts(body) == parts


def test_a_headline_over_an_agency_line_is_no_dateline() -> None:
    assert segment("Boats and Storms\nAP\n—\nBoats left the harbour at dawn.").dateline is None
