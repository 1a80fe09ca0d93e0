"""The SQLite export (corpus/sqlite.py, keys declared in corpus/keys.py): every table typed and keyed, foreign
keys that resolve on the corpus and on filtered views, link tables that join list cells, the `columns`
table equal to the schema's descriptions, values that come back as they went in, the same bytes twice."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pytest

from briefing.corpus import keys, schema, sqlite
from briefing.corpus.build import parse_paths
from briefing.corpus.ingest import load_corpus
from briefing.corpus.schema import Column
from briefing.present.filters import Filter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "articles"

# An article of our own whose cells a database must keep as written: accents, a right-to-left name,
# an emoji, quotation marks, and text a spreadsheet would run as a formula.
ODD = (
    '---\ntitle: =HYPERLINK("http://example.invalid","x") — Port-au-Prince, été 🌴\n'
    "source: +Le Nouvelliste\npublished: 2025-05-21\n---\n"
    "“=1+2 is what we owe,” Prime Minister Jean Dupont said on Tuesday in Pétion-Ville.\n\n"
    "“@SUM(A1:A9) — ça suffit,” Dupont said, as the Kenyan police arrived in Haiti on 25 June 2025.\n"
)


def _open(data: bytes, tmp_path: Path, name: str = "corpus.sqlite") -> sqlite3.Connection:
    path = tmp_path / name
    path.write_bytes(data)
    return sqlite3.connect(path)


def _link_items(cells: pd.Series) -> int:
    """How many (row, item) pairs `;`-separated cells hold, each item once per row."""
    return sum(len({item for item in cell.split(";") if item}) for cell in cells.dropna())


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([SEEDS, ARTICLES])


@pytest.fixture(scope="module")
def odd_tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    (folder / "odd.txt").write_text(ODD, encoding="utf-8")
    return parse_paths([folder, SEEDS]).tables


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    return _open(sqlite.database_bytes(corpus.tables), tmp_path_factory.mktemp("db"))


def test_every_table_of_the_schema_has_a_primary_key_and_its_references_name_real_columns():
    for table, columns in schema.TABLES.items():
        names = [c.name for c in columns]
        assert keys.PRIMARY_KEYS.get(table), f"{table} has no primary key in briefing/corpus/keys.py"
        assert set(keys.PRIMARY_KEYS[table]) <= set(names), table
        assert keys.ROWS.get(table), f"{table} has no sentence saying what a row is"
        for ref in keys.REFERENCES.get(table, ()):
            assert ref.target in keys.PRIMARY_KEYS and len(keys.PRIMARY_KEYS[ref.target]) == 1
            if ref.target in schema.TABLES:  # a reference to a table still to come waits for it
                assert ref.column in names, f"{table}.{ref.column}"
        assert set(keys.FILTERED.get(table, ())) <= set(names), table
    for link in keys.LINKS:
        if link.parent in schema.TABLES:
            assert link.column in schema.columns(link.parent), link.name
        assert link.name not in schema.TABLES and link.name not in sqlite.META


def test_every_table_and_column_is_there_with_its_type_and_key(db, corpus):
    for table, columns in schema.TABLES.items():
        info = db.execute(f'PRAGMA table_info("{table}")').fetchall()  # cid, name, type, notnull, default, pk
        assert [(row[1], row[2]) for row in info] == [(c.name, sqlite.SQL_TYPES[c.type]) for c in columns], table
        key = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
        assert key == list(keys.PRIMARY_KEYS[table]), table
        assert db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == len(corpus.tables[table]), table


def test_foreign_keys_are_declared_for_columns_and_list_cells(db):
    def declared(table: str) -> set[tuple[str, str, str]]:  # (column, table, column) per foreign key
        return {(row[3], row[2], row[4]) for row in db.execute(f'PRAGMA foreign_key_list("{table}")')}

    assert ("speaker_actor_id", "actors", "actor_id") in declared("quotes")
    assert ("affiliation_id", "actors", "actor_id") in declared("actors")
    assert {("source_actor_id", "actors", "actor_id"), ("target_actor_id", "actors", "actor_id")} <= declared(
        "relations"
    )
    for table in ("mentions", "quotes", "events", "relations"):
        assert ("article_id", "articles", "article_id") in declared(table)
    assert declared("quote_actors") == {("quote_id", "quotes", "quote_id"), ("actor_id", "actors", "actor_id")}
    assert declared("event_countries") == {("event_id", "events", "event_id")}  # a country code is no row
    for table, refs in keys.REFERENCES.items():
        if table in schema.TABLES:
            for ref in refs:
                if ref.target in schema.TABLES:
                    assert (ref.column, ref.target, keys.PRIMARY_KEYS[ref.target][0]) in declared(table)


def test_foreign_keys_resolve_on_the_corpus_and_the_integrity_check_passes(db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # the check is not vacuous: references are there to be checked
    assert db.execute("SELECT count(*) FROM quotes WHERE speaker_actor_id IS NOT NULL").fetchone()[0] > 100
    assert db.execute("SELECT count(*) FROM actors WHERE affiliation_id IS NOT NULL").fetchone()[0] > 10


@pytest.mark.parametrize("paths", [[SEEDS], [ARTICLES]], ids=["seeds", "tests-articles"])
def test_foreign_keys_resolve_on_each_set(paths, tmp_path):
    connection = _open(sqlite.database_bytes(load_corpus(paths).tables), tmp_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    "flt",
    [
        Filter(countries=("KEN",)),
        Filter(organizations=("Gang Suppression Force",)),
        Filter(date_from=pd.Timestamp("2025-06-01").date()),
        Filter(countries=("USA",), date_to=pd.Timestamp("2025-12-31").date()),
    ],
    ids=["country", "organization", "from-date", "country-to-date"],
)
def test_a_filtered_view_keeps_its_rows_and_adds_the_rows_they_refer_to(corpus, flt, tmp_path):
    view = flt.apply(corpus.tables)
    connection = _open(sqlite.database_bytes(view, full=corpus.tables), tmp_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    counted = dict(connection.execute('SELECT "table", rows - referenced_rows FROM tables WHERE kind = "data"'))
    assert counted == {table: len(view[table]) for table in schema.TABLES}
    for table in schema.TABLES:  # the view's own rows come first, in its order
        key = keys.PRIMARY_KEYS[table][0]
        first = [row[0] for row in connection.execute(f'SELECT "{key}" FROM "{table}" ORDER BY rowid')]
        assert first[: len(view[table])] == view[table][key].tolist(), table


def test_a_view_missing_a_referenced_row_takes_it_from_the_full_tables_or_says_so(corpus, tmp_path):
    tables = corpus.tables
    relation = tables["relations"].iloc[0]
    view = dict(tables)
    view["actors"] = tables["actors"][tables["actors"]["actor_id"] != relation["target_actor_id"]]
    with pytest.raises(ValueError, match="refer to no row of actors"):
        sqlite.database_bytes(view)
    connection = _open(sqlite.database_bytes(view, full=tables), tmp_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    added = connection.execute("SELECT referenced_rows FROM tables WHERE \"table\" = 'actors'").fetchone()[0]
    assert added >= 1
    last = connection.execute("SELECT actor_id FROM actors ORDER BY rowid DESC LIMIT ?", (added,)).fetchall()
    assert (relation["target_actor_id"],) in last


def test_the_columns_table_is_the_schema_and_describes_every_column_in_the_file(db):
    for table, columns in schema.TABLES.items():
        rows = db.execute(
            'SELECT "column", type, sql_type, description FROM columns WHERE "table" = ? ORDER BY position', (table,)
        ).fetchall()
        assert rows == [(c.name, c.type, sqlite.SQL_TYPES[c.type], c.description) for c in columns], table
    in_file = {
        (table, row[1])
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for row in db.execute(f'PRAGMA table_info("{table}")')
    }
    described = set(db.execute('SELECT "table", "column" FROM columns'))
    assert described == in_file
    assert db.execute("SELECT count(*) FROM columns WHERE description IS NULL OR description = ''").fetchone() == (0,)
    refers = dict(db.execute('SELECT "column", refers_to FROM columns WHERE "table" = \'quote_actors\''))
    assert refers == {"quote_id": "quotes.quote_id", "actor_id": "actors.actor_id", "position": None}


def test_the_tables_table_names_every_table_with_its_key_and_rows(db):
    listed = {row[0]: row[1:] for row in db.execute('SELECT "table", kind, primary_key, rows FROM tables')}
    in_file = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(listed) == in_file
    for name, (kind, key, rows) in listed.items():
        assert db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == rows, name
        info = db.execute(f'PRAGMA table_info("{name}")').fetchall()
        assert key.split(";") == [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]], name
        assert kind in ("data", "link", "meta")
    described = dict(db.execute('SELECT "table", description FROM tables'))
    assert described["quote_countries"] == (
        "A row per item of quotes.countries: ISO 3166 alpha-3 code of one of the countries the row involves"
    )


def test_link_tables_hold_each_item_of_a_list_cell(db, corpus):
    for link in keys.LINKS:
        if link.parent not in corpus.tables:
            continue
        count = db.execute(f'SELECT count(*) FROM "{link.name}"').fetchone()[0]
        assert count == _link_items(corpus.tables[link.parent][link.column]), link.name
    # a cell comes back whole from its link table, in its order
    quotes = corpus.tables["quotes"]
    row = quotes[quotes["actor_ids"].str.count(";") >= 2].iloc[0]
    again = db.execute(
        "SELECT group_concat(actor_id, ';') FROM (SELECT actor_id FROM quote_actors WHERE quote_id = ? "
        "ORDER BY position)",
        (row["quote_id"],),
    ).fetchone()[0]
    assert again == row["actor_ids"]


def test_filter_columns_and_foreign_keys_are_indexed(db):
    def indexed(table: str) -> set[str]:
        out = set()
        for index in db.execute(f'PRAGMA index_list("{table}")'):
            out.add(db.execute(f'PRAGMA index_info("{index[1]}")').fetchone()[2])  # first column
        return out

    assert {"actor_id", "article_id"} <= indexed("mentions")
    assert {"article_id", "kind", "date_start", "date_end"} <= indexed("events")
    assert {"published"} <= indexed("articles")
    assert {"country"} <= indexed("event_countries") and {"actor_id"} <= indexed("quote_actors")
    plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN SELECT * FROM events WHERE kind = 'deployment'"))
    assert "idx_events_kind" in plan


def _normalised(df: pd.DataFrame) -> pd.DataFrame:
    """A table as the database holds it: an empty text cell is NULL."""
    out = df.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.StringDtype):
            out[column] = out[column].mask(out[column].eq("").fillna(False))
    return out


def _read(connection: sqlite3.Connection, table: str) -> pd.DataFrame:
    got = pd.read_sql(f'SELECT * FROM "{table}" ORDER BY rowid', connection)
    kinds = {"string": "string", "date": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
    return got.astype({c.name: kinds[c.type] for c in schema.TABLES[table]})


def test_values_come_back_as_written_nulls_unicode_and_formula_text_included(odd_tables, tmp_path):
    connection = _open(sqlite.database_bytes(odd_tables), tmp_path)
    for table in schema.TABLES:
        pd.testing.assert_frame_equal(_read(connection, table), _normalised(odd_tables[table]), obj=table)
    titles = [row[0] for row in connection.execute("SELECT title FROM articles")]
    assert '=HYPERLINK("http://example.invalid","x") — Port-au-Prince, été 🌴' in titles  # data, not neutralised
    texts = {row[0] for row in connection.execute("SELECT text FROM quotes")}
    assert "=1+2 is what we owe," in texts and any(t.startswith("@SUM(A1:A9)") for t in texts)
    assert connection.execute("SELECT count(*) FROM articles WHERE url IS NULL").fetchone()[0] == len(
        odd_tables["articles"]
    )  # no article gives a URL: NULL, not ''
    types = dict(connection.execute("SELECT DISTINCT 'lat', typeof(lat) FROM actors WHERE lat IS NOT NULL"))
    assert types == {"lat": "real"}
    assert connection.execute("SELECT DISTINCT typeof(start) FROM quotes").fetchall() == [("integer",)]
    dates = connection.execute("SELECT DISTINCT typeof(published) FROM articles WHERE published IS NOT NULL")
    assert dates.fetchall() == [("text",)]


def test_the_same_tables_give_the_same_bytes(corpus, tmp_path):
    first = sqlite.write_database(corpus.tables, tmp_path / "a.sqlite")
    again = load_corpus([SEEDS, ARTICLES])  # parsed again, not the same frames
    second = sqlite.write_database(again.tables, tmp_path / "b.sqlite")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()[:16] == b"SQLite format 3\x00"
    assert int.from_bytes(first.read_bytes()[16:18], "big") == sqlite.PAGE_SIZE


def test_a_folder_is_not_a_database_file(corpus, tmp_path):
    with pytest.raises(IsADirectoryError):
        sqlite.write_database(corpus.tables, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_analyst_counts_quotes_by_country_in_sql(db, corpus):
    """Quotes mentioning each country, through the link table; and quotes by the speaker's own country."""
    quotes = corpus.tables["quotes"]
    by_country = dict(
        db.execute(
            "SELECT qc.country, count(*) FROM quotes q JOIN quote_countries qc USING (quote_id) GROUP BY qc.country"
        )
    )
    expected = quotes["countries"].str.split(";").explode()
    expected = expected[expected.ne("").fillna(False)].value_counts().to_dict()
    assert by_country == expected and by_country["HTI"] > 0
    by_speaker = dict(
        db.execute(
            "SELECT a.country, count(*) FROM quotes q JOIN actors a ON a.actor_id = q.speaker_actor_id "
            "WHERE a.country IS NOT NULL GROUP BY a.country"
        )
    )
    merged = quotes.merge(corpus.tables["actors"], left_on="speaker_actor_id", right_on="actor_id")
    assert by_speaker == merged[merged["country"].ne("")]["country"].value_counts().to_dict()


# The issue-11 tables as the agreed shapes (/work/staging/SCHEMA11.md) give them, for as long as the schema
# does not have them yet: their keys, references and link tables are then checked on rows made here.
def _shape(spec: str) -> tuple[Column, ...]:
    """Columns from 'name:type ...' (type string unless given)."""
    return tuple(
        Column(name, kind or "string", name) for name, _, kind in (item.partition(":") for item in spec.split())
    )


SHAPES = {
    "developments": _shape(
        "development_id date date_precision date_start:date date_end:date kind summary sources:integer "
        "reports:integer article_ids first_reported:date last_reported:date conflict conflict_id actor_ids "
        "countries organizations"
    ),
    "identities": _shape("actor_id form form_actor_id rule article_id start:integer end:integer candidates"),
    "roles": _shape("role_id actor_id role affiliation_id first_date:date last_date:date articles:integer article_ids"),
}


def _issue_11_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Rows in the shapes of the three new tables, made from the corpus: a development per event, an identity
    per actor's first mention (one ambiguous, one without its defining article), a role per actor with one."""
    events, actors, mentions, articles = (tables[t] for t in ("events", "actors", "mentions", "articles"))
    developments = pd.DataFrame({c.name: events[c.name] for c in SHAPES["developments"] if c.name in events})
    developments["development_id"] = "dev-" + events["event_id"]
    developments["sources"] = developments["reports"] = 1
    developments["article_ids"] = events["article_id"]
    developments["first_reported"] = developments["last_reported"] = events["article_id"].map(
        articles.set_index("article_id")["published"]
    )
    developments["conflict"] = developments["conflict_id"] = ""
    first = mentions.drop_duplicates("actor_id")
    identities = pd.DataFrame(
        {
            "actor_id": first["actor_id"],
            "form": first["text"],
            "form_actor_id": "raw-" + first["actor_id"],
            "rule": "surname",
            "article_id": first["article_id"],
            "start": first["start"],
            "end": first["end"],
            "candidates": "",
        }
    )
    identities.iloc[0, identities.columns.get_loc("rule")] = "ambiguous"
    identities.iloc[0, identities.columns.get_loc("candidates")] = ";".join(actors["actor_id"].iloc[:2])
    identities.iloc[1, identities.columns.get_loc("article_id")] = ""  # defining words not found: no article
    given = actors[actors["role"].ne("")]
    roles = pd.DataFrame(
        {
            "role_id": "role-" + given["actor_id"],
            "actor_id": given["actor_id"],
            "role": given["role"],
            "affiliation_id": given["affiliation_id"],
            "first_date": "2025-01-01",
            "last_date": "2025-02-01",
            "articles": 2,
            "article_ids": ";".join(articles["article_id"].iloc[:2]),
        }
    )
    out = {"developments": developments, "identities": identities, "roles": roles}
    out = {name: df.astype({c.name: "string" for c in SHAPES[name] if c.type != "integer"}) for name, df in out.items()}
    return {**tables, "events": events.assign(development_id="dev-" + events["event_id"]), **out}


def test_the_issue_11_tables_are_keyed_and_linked(corpus, tmp_path):
    if set(SHAPES) <= set(schema.TABLES):
        pytest.skip("the schema has the issue-11 tables: the corpus tests above check them on real rows")
    described = {**schema.TABLES, **SHAPES}
    described["events"] = (*schema.TABLES["events"], Column("development_id", "string", "The development"))
    tables = _issue_11_tables(corpus.tables)
    connection = _open(sqlite.database_bytes(tables, described=described), tmp_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    foreign = {row[3]: row[2] for row in connection.execute('PRAGMA foreign_key_list("events")')}
    assert foreign["development_id"] == "developments"
    key = connection.execute("SELECT primary_key FROM tables WHERE \"table\" = 'identities'").fetchone()[0]
    assert key == "form_actor_id;actor_id"
    candidates = connection.execute(
        "SELECT i.form, c.candidate_id FROM identities i JOIN identity_candidates c USING (form_actor_id, actor_id)"
    ).fetchall()
    assert len(candidates) == 2
    assert connection.execute("SELECT count(*) FROM identities WHERE article_id IS NULL").fetchone() == (1,)
    reporting = connection.execute(
        "SELECT count(*) FROM developments d JOIN development_articles da USING (development_id) "
        "JOIN articles a USING (article_id)"
    ).fetchone()[0]
    assert reporting == len(tables["developments"])
    assert connection.execute("SELECT count(*) FROM role_articles").fetchone()[0] == 2 * len(tables["roles"])


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 command on this machine")
def test_the_sqlite3_command_opens_the_file(corpus, tmp_path):
    path = sqlite.write_database(corpus.tables, tmp_path / "corpus.sqlite")
    result = subprocess.run(
        [
            "sqlite3",
            "-readonly",
            str(path),
            "PRAGMA foreign_keys = ON; PRAGMA foreign_key_check; SELECT count(*) FROM quotes;",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == str(len(corpus.tables["quotes"]))
