"""Relation forms of the fourth relations round, second part (issue 13), on invented sentences: what real reporting
writes often and the parser missed or misread. Denials and deliberations by meaning (`stopped funding`, `has been
asked to fund`, `debated funding`, `was expected to lead`); a second bare pledge in the sentence, a sum before a noun
cue, backing written `with the support of` (fronted or set off), routes that `end up in` or `reached`, money given
with people."""

from __future__ import annotations

import pytest

from tests.test_relation_forms import GSF, MSS, triples


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (f"Kenya's parliament debated funding for the {MSS} on Tuesday.", ("Kenya", "funds", MSS)),
        (f"The United States has been asked to fund the {GSF}.", ("United States", "funds", GSF)),
        (f"Canada has stopped funding the {MSS}.", ("Canada", "funds", MSS)),
        (f"Brazil was expected to lead the {GSF} but declined.", ("Brazil", "leads", GSF)),
    ],
)
def test_denied_or_deliberated_by_meaning_is_no_relation(body: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Canada pledged $30 million to the {GSF} and Germany pledged $10 million.", ("Germany", "funds", GSF)),
        (f"Canada's $30 million contribution to the {GSF} was welcomed.", ("Canada", "funds", GSF)),
        (
            f"With the support of the United States, the {GSF} retook the port.",
            ("United States", "backs", GSF),
        ),
        (
            f"The Haitian National Police, with the support of the {GSF}, retook the port.",
            (GSF, "backs", "Haitian National Police"),
        ),
        ("Guns bought in Florida end up in Port-au-Prince.", ("Florida", "trafficked_to", "Port-au-Prince")),
        ("Ammunition shipped from Miami reached Cap-Haïtien in June.", ("Miami", "trafficked_to", "Cap-Haïtien")),
        (f"The Bahamas has contributed police officers and $1 million to the {GSF}.", ("Bahamas", "funds", GSF)),
    ],
)
def test_common_forms_of_reporting(body: str, expected: tuple[str, str, str]) -> None:
    found = triples(body)
    assert expected in found, found


def test_a_fronted_support_phrase_backs_only_the_clause_subject() -> None:
    found = triples(f"With the support of Chile, the {GSF} and the Haitian National Police retook the port.")
    assert ("Chile", "backs", GSF) in found
    assert not {r for r in found if r[0] == GSF and r[1] == "backs"}


def test_an_attempt_to_take_ground_is_no_control() -> None:
    assert ("Viv Ansanm", "controls", "Mirebalais") not in triples("Viv Ansanm tried to take control of Mirebalais.")


def test_a_subject_set_off_by_an_apposition_acts() -> None:
    found = triples("Viv Ansanm, a coalition of gangs, controls most of Port-au-Prince.")
    assert ("Viv Ansanm", "controls", "Port-au-Prince") in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway is funding a new cash programme, run by the World Food Programme, for displaced families.",
            ("Norway", "funds", "World Food Programme"),
        ),
        (
            "Norway is financing a school meals scheme run by the World Food Programme.",
            ("Norway", "funds", "World Food Programme"),
        ),
        (
            "Norway funded two projects implemented by the International Organization for Migration in May.",
            ("Norway", "funds", "International Organization for Migration"),
        ),
    ],
)
def test_funding_a_programme_funds_the_body_that_runs_it(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(body)


def test_a_programme_run_by_a_place_funds_no_place() -> None:
    found = triples("Norway is funding a programme run by Jacmel town hall for displaced families.")
    assert not {r for r in found if r[1] == "funds" and r[2] == "Jacmel"}
