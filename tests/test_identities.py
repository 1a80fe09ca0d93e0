"""Actors across articles: one actor under every form the corpus writes, ambiguity kept, roles over time.

Small invented corpora, written here: each article names people and bodies a little differently from
the others, as different outlets would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus import store
from briefing.corpus.build import build_corpus, extend_corpus
from briefing.corpus.rows import ParsedArticle, parse_document
from briefing.parse.read import read_bytes
from briefing.present import identity

ARTICLES = {
    "wire.txt": (
        "2024-06-03",
        "The Coastal Watch Brigade (CWB) patrolled the bay on Monday, said Prime Minister Garry Vantrel. "
        "The Joint Harbour Support Mission (JHM) will arrive in May, said Senator Marc Delorme.",
    ),
    "post.txt": (
        "2025-02-10",
        "Former Prime Minister Vantrel criticised the CWB on Tuesday. "
        "“We are tired of waiting,” Vantrel said. Minister Paulin Osmé Garraud said the CWB was ready.",
    ),
    "daily.txt": (
        "2025-03-10",
        "Former Prime Minister Garry Vantrel met Minister Paulin Garraud in Jacmel. "
        "The CWB spokesperson Anne Lise said nothing. Justice Minister Marie Delorme was absent. "
        "The Joint Harbour Mission (JHM) said it had no funds.",
    ),
    "radio.txt": ("2025-04-11", "Delorme told reporters on Friday that the talks had failed."),
}


def _parse(name: str, published: str, body: str) -> ParsedArticle:
    text = f"---\ntitle: {name}\nsource: Test Wire\npublished: {published}\n---\n{body}\n"
    return parse_document(read_bytes(name, text.encode("utf-8")))


@pytest.fixture(scope="module")
def parsed() -> list[ParsedArticle]:
    return [_parse(name, published, body) for name, (published, body) in ARTICLES.items()]


@pytest.fixture(scope="module")
def corpus(parsed):
    return build_corpus(parsed)


def _ids_of(corpus, text: str) -> set[str]:
    mentions = corpus["mentions"]
    return set(mentions.loc[mentions["text"] == text, "actor_id"])


def _identity(corpus, form: str) -> dict:
    rows = corpus["identities"][corpus["identities"]["form"] == form].to_dict("records")
    assert len(rows) == 1, f"{form}: {rows}"
    return rows[0]


def test_raw_tables_keep_what_each_article_alone_gives(corpus):
    assert "person-vantrel" in set(corpus.raw["actors"]["actor_id"])
    assert "article_actors" in corpus.raw and "article_actors" not in corpus.tables
    assert corpus.raw["articles"] is corpus["articles"]  # nothing to change: shared, not copied


def test_surname_alone_joins_the_one_full_name_of_that_surname(corpus):
    assert _ids_of(corpus, "Vantrel") == {"person-garry-vantrel"}
    assert "person-vantrel" not in set(corpus["actors"]["actor_id"])
    row = _identity(corpus, "Vantrel")
    assert (row["actor_id"], row["form_actor_id"], row["rule"]) == ("person-garry-vantrel", "person-vantrel", "surname")
    quote = corpus["quotes"][corpus["quotes"]["text"].str.contains("tired")].iloc[0]
    assert (quote["speaker_actor_id"], quote["speaker"]) == ("person-garry-vantrel", "Garry Vantrel")
    actor = corpus["actors"].set_index("actor_id").loc["person-garry-vantrel"]
    assert "Vantrel" in actor["aliases"].split(";")
    assert actor["articles"] == 3
    assert actor["mentions"] == len(corpus["mentions"].query("actor_id == 'person-garry-vantrel'"))


def test_surname_shared_by_two_people_stays_apart_and_says_so(corpus):
    """The bare surname stays its own actor (the parser's type: a person, or a body for want of evidence)."""
    (alone,) = _ids_of(corpus, "Delorme")
    assert alone in {"person-delorme", "organization-delorme"}
    row = _identity(corpus, "Delorme")
    assert row["rule"] == "ambiguous"
    assert row["actor_id"] == row["form_actor_id"] == alone
    assert row["candidates"] == "person-marc-delorme;person-marie-delorme"


def test_full_name_without_its_middle_name_joins_the_fullest(corpus):
    assert _ids_of(corpus, "Paulin Garraud") == {"person-paulin-osme-garraud"}
    assert _identity(corpus, "Paulin Garraud")["rule"] == "full_name"


def test_acronym_defined_in_another_article(corpus):
    assert _ids_of(corpus, "CWB") == {"group-coastal-watch-brigade"}
    assert _identity(corpus, "CWB")["rule"] == "acronym"
    actors = corpus["actors"].set_index("actor_id")
    assert actors.loc["person-anne-lise", "affiliation_id"] == "group-coastal-watch-brigade"
    for name in ("quotes", "events"):
        table = corpus[name]
        naming = table[table["actor_ids"].str.contains("group-coastal-watch-brigade")]
        assert not naming.empty or name == "events"
        assert naming["organizations"].str.contains("Coastal Watch Brigade").all()
    assert not any(
        "organization-cwb" in str(cell) for name in ("quotes", "events") for cell in corpus[name]["actor_ids"]
    )


def test_mission_variants_sharing_an_acronym_are_one(corpus):
    assert _ids_of(corpus, "Joint Harbour Mission") == {"mission-joint-harbour-support-mission"}
    assert _identity(corpus, "Joint Harbour Mission")["rule"] == "alias"


def test_every_link_cites_its_defining_words(corpus):
    names = corpus["actors"].set_index("actor_id")["name"]
    assert set(corpus["identities"]["rule"]) == {"surname", "full_name", "acronym", "alias", "ambiguous"}
    for row in corpus["identities"].to_dict("records"):
        words = corpus.texts[row["article_id"]][row["start"] : row["end"]]
        if row["rule"] in ("surname", "full_name"):  # the full name, written
            assert words == names[row["actor_id"]]
        elif row["rule"] == "ambiguous":
            assert words == row["form"]
        else:
            assert words.endswith(")") and "(" in words, words
    cwb = _identity(corpus, "CWB")
    assert corpus.texts[cwb["article_id"]][cwb["start"] : cwb["end"]] == "Coastal Watch Brigade (CWB)"


def test_roles_over_time(corpus):
    roles = corpus["roles"].query("actor_id == 'person-garry-vantrel'")
    assert roles["role"].tolist() == ["Prime Minister", "Former Prime Minister"]
    assert roles["first_date"].tolist() == ["2024-06-03", "2025-02-10"]
    assert roles["last_date"].tolist() == ["2024-06-03", "2025-03-10"]
    assert roles["articles"].tolist() == [1, 2]
    assert roles["role_id"].is_unique and corpus["roles"]["role_id"].is_unique


def test_ids_do_not_depend_on_the_order_of_the_files(parsed, corpus):
    again = build_corpus(list(reversed(parsed)))
    for name in ("identities", "roles"):
        pd.testing.assert_frame_equal(again[name], corpus[name], obj=name)
    pd.testing.assert_series_equal(again["actors"]["actor_id"], corpus["actors"]["actor_id"])
    for name, key in (("mentions", "mention_id"), ("quotes", "quote_id"), ("relations", "relation_id")):
        first = corpus[name].set_index(key).sort_index()
        second = again[name].set_index(key).sort_index()
        cols = [c for c in first.columns if c.endswith("actor_id") or c in ("actor_ids", "speaker", "organizations")]
        pd.testing.assert_frame_equal(second[cols], first[cols], obj=name)


@pytest.mark.parametrize("split", [1, 2, 3])
def test_extending_equals_building_all_at_once(parsed, corpus, split):
    extended = extend_corpus(build_corpus(parsed[:split]), parsed[split:])
    assert extended.tables.keys() == corpus.tables.keys()
    for name, table in corpus.tables.items():
        pd.testing.assert_frame_equal(extended[name], table, obj=name)


def test_a_snapshot_gives_back_the_same_corpus(corpus, tmp_path: Path):
    store.write_snapshot(tmp_path, "key", corpus)
    again = store.read_snapshot(tmp_path / "key")
    assert again is not None
    for name, table in corpus.tables.items():
        pd.testing.assert_frame_equal(again[name], table, obj=name)
    for name, table in corpus.raw.items():
        pd.testing.assert_frame_equal(again.raw[name], table, obj=f"raw {name}")
    assert again["articles"] is again.raw["articles"]  # unchanged by consolidation: one table, not two
    layout = json.loads((tmp_path / "key" / "layout.json").read_text("utf-8"))
    assert layout["mentions"] == ["actor_id"] and layout["articles"] == [] and layout["identities"] is None


def test_one_person_of_a_surname_alone_is_not_joined_to_a_body(parsed):
    """A body and a person of the same word stay two actors (same type only)."""
    bank = _parse("bank.txt", "2025-05-01", "The Garraud Foundation (GF) paid for the clinic, the GF said.")
    radio = _parse("late.txt", "2025-05-02", "Garraud told reporters on Monday that the vote had been close.")
    corpus = build_corpus([*parsed, bank, radio])
    assert _ids_of(corpus, "Garraud Foundation") == {"organization-garraud-foundation"}
    assert _ids_of(corpus, "Garraud") == {"person-paulin-osme-garraud"}
    assert _identity(corpus, "Garraud")["rule"] == "surname"


def test_identity_views_read_the_tables(corpus):
    """The actor panel's views, without Streamlit: roles earliest first, other names with their evidence."""
    roles = identity.roles_of(corpus["roles"], corpus["actors"], "person-garry-vantrel")
    assert roles["Role"].tolist() == ["Prime Minister", "Former Prime Minister"]
    assert roles["First written"].tolist() == ["3 Jun 2024", "10 Feb 2025"]
    names = identity.other_names(corpus["identities"], corpus["articles"], corpus.texts, "group-coastal-watch-brigade")
    assert names.to_dict("records") == [
        {
            "Name": "CWB",
            "Joined as": identity.RULE_WORDS["acronym"],
            "Defined in": "wire.txt",
            "Defining words": "Coastal Watch Brigade (CWB)",
        }
    ]
    (alone,) = _ids_of(corpus, "Delorme")
    said = identity.ambiguity(corpus["identities"], corpus["actors"], alone)
    assert "Marc Delorme or Marie Delorme" in said
    assert "“Delorme”" in identity.ambiguity(corpus["identities"], corpus["actors"], "person-marie-delorme")
    assert identity.ambiguity(corpus["identities"], corpus["actors"], "person-garry-vantrel") == ""


def test_actor_panel_shows_roles_other_names_and_ambiguity(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from briefing.dashboard import state

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (published, body) in ARTICLES.items():
        text = f"---\ntitle: {name}\nsource: Test Wire\npublished: {published}\n---\n{body}\n"
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv(state.SEEDS_ENV, str(folder))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    monkeypatch.setenv(state.WORKERS_ENV, "1")
    app = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "streamlit_app.py"), default_timeout=60)
    app.query_params["page"] = "actors"
    app.run()
    app.switch_page("briefing/dashboard/pages/actors.py").run()
    assert not app.exception, [e.value for e in app.exception]
    app.selectbox(key="actor_choice").select("person-garry-vantrel").run()
    assert not app.exception, [e.value for e in app.exception]
    frames = [df.value for df in app.dataframe]
    roles = next(df for df in frames if "First written" in df.columns)
    assert roles["Role"].tolist() == ["Prime Minister", "Former Prime Minister"]
    names = next(df for df in frames if "Defining words" in df.columns)
    assert names["Name"].tolist() == ["Vantrel"] and names["Defining words"].tolist() == ["Garry Vantrel"]
    assert not app.warning
    actors = app.session_state[state.CONTEXT_KEY].tables["actors"]
    (alone,) = actors.loc[actors["name"] == "Delorme", "actor_id"]
    app.selectbox(key="actor_choice").select(alone).run()
    assert any("Marc Delorme or Marie Delorme" in w.value for w in app.warning)


def _actors(*rows: tuple[str, str, str, str]):
    from briefing.corpus import schema

    return schema.frame(
        "actors",
        [{"actor_id": a, "name": n, "type": t, "aliases": al, "mentions": 1, "articles": 1} for a, n, t, al in rows],
    )


def test_an_acronym_goes_to_the_name_it_spells_not_to_a_run_together_name():
    from briefing.corpus.identities import find_links

    actors = _actors(
        (
            "organization-ferry-board-and-the-harbour-watch-office",
            "Ferry Board and the Harbour Watch Office",
            "organization",
            "HWO",
        ),
        ("organization-harbour-watch-office", "Harbour Watch Office", "organization", "HWO"),
        ("organization-hwo", "HWO", "organization", ""),
    )
    _, mapping = find_links(actors)
    assert mapping == {"organization-hwo": "organization-harbour-watch-office"}


def test_a_full_name_fitting_two_fuller_names_stays_apart():
    from briefing.corpus.identities import find_links

    actors = _actors(
        ("person-ana-lucia-pierre", "Ana Lucia Pierre", "person", ""),
        ("person-ana-maria-pierre", "Ana María Pierre", "person", ""),
        ("person-ana-pierre", "Ana Pierre", "person", ""),
        ("person-ana-de-la-pierre", "Ana de la Pierre", "person", ""),
    )
    links, mapping = find_links(actors)
    assert mapping == {}
    ambiguous = {link.form_actor_id: link.candidates for link in links if link.rule == "ambiguous"}
    assert ambiguous["person-ana-pierre"] == ("person-ana-lucia-pierre", "person-ana-maria-pierre")
    assert set(ambiguous) == {"person-ana-pierre", "person-ana-de-la-pierre"}  # particles left out: the same name


def _many_actors(n: int):
    """n people in full, a surname alone for each, a few surnames shared, and n/4 bodies with acronyms."""
    rows = []
    for i in range(n):
        surname = f"Surname{i // 3}"  # three people to a surname: every surname alone is ambiguous
        rows.append((f"person-first{i}-{surname.lower()}", f"First{i} {surname}", "person", surname))
        rows.append((f"person-{surname.lower()}", surname, "person", ""))
    for i in range(n // 4):
        acronym = "".join(chr(65 + int(d)) for d in f"{i:05d}")
        rows.append((f"organization-body-{i}", f"Alpha Body Number {i}", "organization", acronym))
        rows.append((f"organization-{acronym.lower()}", acronym, "organization", ""))
    unique = {r[0]: r for r in rows}
    return _actors(*unique.values())


def test_linking_time_grows_linearly_with_the_actors():
    """A generous guard (4x the actors may cost up to 10x the time; all pairs would cost 16x)."""
    import time

    from briefing.corpus.identities import find_links

    def seconds(n: int) -> float:
        actors = _many_actors(n)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            links, _ = find_links(actors)
            best = min(best, time.process_time() - start)
        assert sum(link.rule == "ambiguous" for link in links) == -(-n // 3)
        return best

    small, large = seconds(2_000), seconds(8_000)
    assert large <= 10 * max(small, 0.05), (small, large)


def test_a_courtesy_title_alone_is_no_role():
    article = _parse("clinic.txt", "2025-06-01", "Dr Amara Lestin said the clinic in Jacmel had run out of fuel.")
    corpus = build_corpus([article])
    assert corpus.raw["article_actors"].set_index("actor_id").loc["person-amara-lestin", "role"] == "Dr"
    assert corpus["roles"].query("actor_id == 'person-amara-lestin'").empty
