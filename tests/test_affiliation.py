"""A person's affiliation (issue 10, "A quote involves its speaker and the speaker's affiliation"): the actors
table's `affiliation_id`, and quotes filterable by the speaker's body or country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.corpus.build import Corpus, parse_paths
from briefing.corpus.scores import norm
from briefing.parse.actors import find_actors
from briefing.parse.pipeline import segment
from briefing.present.filters import Filter

ROOT = Path(__file__).resolve().parent
SEED = ROOT.parent / "seeds" / "000_4104682b749e9c8f.txt"
JOURNALISM = ROOT / "articles" / "journalism"


def affiliation_of(body: str, person: str) -> str:
    """The name of the actor a made-up article says `person` belongs to, or ""."""
    found = find_actors(segment(body))
    actor = next(a for a in found.actors.values() if a.name == person)
    return found.actors[actor.affiliation].name if actor.affiliation else ""


@pytest.mark.parametrize(
    ("body", "person", "affiliate"),
    [
        ("Kenya's President William Ruto said the officers would stay.", "William Ruto", "Kenya"),
        (
            "OAS Secretary General Albert Ramdin said the plan was ready.",
            "Albert Ramdin",
            "Organization of American States",
        ),
        ("U.S. Secretary of State Marco Rubio spoke on Monday.", "Marco Rubio", "United States"),
        ("Dominican Foreign Minister Roberto Álvarez closed the border.", "Roberto Álvarez", "Dominican Republic"),
        ("Prime Minister Keith Rowley of Trinidad and Tobago arrived.", "Keith Rowley", "Trinidad and Tobago"),
        (
            "Samuel Otieno, a spokesperson for the Jamaica Defence Force, said so.",
            "Samuel Otieno",
            "Jamaica Defence Force",
        ),
        ("Ana Duarte, spokesperson for the UN Secretary-General, said so.", "Ana Duarte", "United Nations"),
        (
            "Lt. Col. Samuel Otieno, a spokesperson for the Kenya-led mission, agreed.",
            "Samuel Otieno",
            "Multinational Security Support Mission",
        ),
        # posted to the UN, serving the United States
        ("U.S. Ambassador to the UN Mike Waltz said so.", "Mike Waltz", "United States"),
        (
            "Vanessa Lherisson, a researcher at the Nairobi-based Institute for Regional Policing, agreed.",
            "Vanessa Lherisson",
            "Institute for Regional Policing",
        ),
    ],
)
def test_the_text_states_the_affiliation(body: str, person: str, affiliate: str) -> None:
    assert affiliation_of(body, person) == affiliate


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Andrew Holness, speaking at Jamaica House on Monday, said so.", "Andrew Holness"),
        ("Jean-Marc Delva, who fled Haiti in 2024, said so.", "Jean-Marc Delva"),
    ],
)
def test_no_affiliation_without_one_stated(body: str, person: str) -> None:
    assert affiliation_of(body, person) == ""


@pytest.fixture(scope="module")
def seed() -> Corpus:
    return parse_paths([SEED])


def test_the_united_states_filter_finds_every_quote_of_its_secretary_of_state(seed: Corpus) -> None:
    actors = seed["actors"].set_index("name")
    rubio, usa = actors.loc["Marco Rubio"], actors.loc["United States"]
    assert rubio["affiliation_id"] == usa["actor_id"]
    quotes = seed["quotes"]
    by_rubio = set(quotes.loc[quotes["speaker_actor_id"] == rubio["actor_id"], "quote_id"])
    assert len(by_rubio) >= 8
    found = set(Filter(countries=("USA",)).apply(seed.tables)["quotes"]["quote_id"])
    assert by_rubio <= found
    assert all(usa["actor_id"] in ids.split(";") for ids in quotes.loc[quotes["quote_id"].isin(by_rubio), "actor_ids"])


def test_the_oas_filter_finds_its_secretary_generals_quote(tmp_path: Path) -> None:
    article = tmp_path / "oas.txt"
    article.write_text(
        "---\ntitle: t\npublished: 2025-05-21\n---\n"
        "Violence spread across the capital this week.\n"
        "“We cannot wait for another summit,” OAS Secretary General Albert Ramdin said.\n",
        encoding="utf-8",
    )
    corpus = parse_paths([article])
    quote = corpus["quotes"].iloc[0]
    assert quote["speaker"] == "Albert Ramdin"
    assert "Organization of American States" in quote["organizations"].split(";")
    found = Filter(organizations=("Organization of American States",)).apply(corpus.tables)["quotes"]
    assert list(found["quote_id"]) == [quote["quote_id"]]


def test_a_quote_without_its_affiliate_in_the_sentence_still_involves_it(tmp_path: Path) -> None:
    """The affiliate is named in the first paragraph only; the quote two paragraphs on still involves it."""
    article = tmp_path / "kenya.txt"
    article.write_text(
        "---\ntitle: t\npublished: 2025-05-21\n---\n"
        "Kenya's President William Ruto met the officers on Monday.\n"
        "The contingent flew out at night.\n"
        "“They will come home with their heads high,” Ruto said.\n",
        encoding="utf-8",
    )
    corpus = parse_paths([article])
    quote = corpus["quotes"].iloc[0]
    assert quote["speaker"] == "William Ruto" and "KEN" in quote["countries"].split(";")


def _gold_affiliations() -> list[tuple[Path, str, str]]:
    cases = []
    for gold_file in sorted(JOURNALISM.glob("*.expected.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for actor in gold["actors"]:
            if "affiliation" in actor:
                cases.append(
                    (
                        gold_file.with_name(gold_file.name.replace(".expected.json", ".txt")),
                        actor["name"],
                        actor["affiliation"],
                    )
                )
    return cases


GOLD = _gold_affiliations()
AFFILIATION_FLOOR = 0.85  # right affiliations over those the gold states (articles 63-68)


def test_gold_affiliations() -> None:
    assert len(GOLD) >= 15
    right, wrong = 0, []
    for path in sorted({p for p, _, _ in GOLD}):
        actors = parse_paths([path])["actors"]
        names = dict(zip(actors["actor_id"], actors["name"], strict=True))
        stated = {row.name: names.get(row.affiliation_id, "") for row in actors.itertuples()}
        for _, person, affiliate in (case for case in GOLD if case[0] == path):
            if norm(stated.get(person, "")) == norm(affiliate):
                right += 1
            else:
                wrong.append(f"{path.name}: {person} -> {stated.get(person)!r}, expected {affiliate!r}")
    assert right / len(GOLD) >= AFFILIATION_FLOOR, wrong


def test_every_affiliation_is_an_actor_of_the_corpus() -> None:
    actors = parse_paths([JOURNALISM])["actors"]
    stated = set(actors["affiliation_id"]) - {""}
    assert stated and stated <= set(actors["actor_id"])
    affiliates = actors[actors["actor_id"].isin(stated)]
    assert set(affiliates["type"]) <= {"organization", "mission", "country"}
