"""Hostile and broken input: clear errors, nothing lost, nothing executed.

Every case is fed to the command line and to the dashboard's uploader (Streamlit's AppTest drives the
Sources page): each file either becomes an article or one line naming it and the reason, while every
other file still loads and exports. Article text that looks like markup (<script>, onerror, links to
javascript:, entities) must reach each page as literal text; CSV cells must not start a formula;
uploads must stay in memory. The browser half of these checks is in test_hostile_browser.py.

Crafted files live in tests/fixtures/hostile/ (see its README); small cases are built here.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
import sqlite3
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import upload_parsers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from briefing.__main__ import main
from briefing.corpus import export, schema
from briefing.corpus.build import build_corpus
from briefing.corpus.export import FORMULA_TRIGGERS
from briefing.corpus.rows import parse_document
from briefing.dashboard import state
from briefing.dashboard.pages import PAGES as DASHBOARD_PAGES
from briefing.parse.read import MAX_FILE_BYTES, ArticleError, read_bytes
from briefing.present import download
from briefing.present.filters import Filter

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "streamlit_app.py")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hostile"
PAGES = {spec.url_path: spec.relative for spec in DASHBOARD_PAGES}
TIMEOUT = 120
SEED_TITLE = "Rubio suggests OAS should step in as Haiti faces catastrophe"
SCRIPT_TITLE = "Council meets <script>window.__pwned=1</script> on Haiti [mission](javascript:window.__pwned=3)"
# What an article may contain that must never become markup, a link or a script on a page.
LITERALS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "[read more](javascript:window.__pwned=3)",
    "&lt;b&gt;bold&lt;/b&gt; &amp; &#60;script&#62;",
)


def _article(body: str, **fields: str) -> bytes:
    front = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return (f"---\n{front}---\n" if fields else "").encode() + body.encode("utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    reason: str = ""  # a fragment of the one-line error; empty: the file must load
    title: str = ""  # the title it must load with (articles only)


LONG_PARAGRAPHS = "\n".join(
    f"In paragraph {i}, officials in Port-au-Prince said the Kenya-led mission needs funding by June 30."
    for i in range(3000)
)
CASES = [
    Case("empty.txt", b"", "empty file"),
    Case("whitespace.txt", b" \n\t\r\n", "no article text"),
    Case("only-front-matter.md", _article("", title="Nothing below", published="2025-05-21"), "after front matter"),
    Case(
        "front-matter-bad-line.txt",
        b"---\ntitle: x\nthis line has no colon\n---\nKenya said it would stay.\n",
        "front matter line 3 is not 'key: value'",
    ),
    Case("front-matter-unclosed.txt", b"---\ntitle: x\nsource: y\n", "front matter is not closed"),
    Case(
        "front-matter-impossible-date.txt",
        _article("Kenya said it would stay.\n", published="2025-02-30"),
        "published: '2025-02-30' is not a valid date",
    ),
    Case(
        "front-matter-javascript-url.md",
        _article("Kenya said it would stay.\n", url="javascript:window.__pwned=9"),
        "is not an http(s) URL",
    ),
    Case(
        "utf8.txt",
        _article("Le Premier ministre a déclaré : « Nous tiendrons. »\n", title="UTF-8 sans BOM"),
        title="UTF-8 sans BOM",
    ),
    Case(
        "utf8-bom.txt",
        b"\xef\xbb\xbf" + _article("Kenya said it would stay.\n", title="UTF-8 with BOM"),
        title="UTF-8 with BOM",
    ),
    Case("utf16_with_bom.txt", (FIXTURES / "utf16_with_bom.txt").read_bytes(), title="Haiti mission update in UTF-16"),
    Case(
        "windows1252_curly_quotes.txt",
        (FIXTURES / "windows1252_curly_quotes.txt").read_bytes(),
        title="Kenya’s police – “we stay” in Haiti",
    ),
    Case(
        "latin1.txt",
        _article("", title="Latin-1")
        + "Les habitants de Pétion-Ville ont été évacués, a déclaré la police.\n".encode("latin-1"),
        title="Latin-1",
    ),
    Case("nul_bytes.md", (FIXTURES / "nul_bytes.md").read_bytes(), "binary content (NUL bytes)"),
    Case("binary_image.txt", (FIXTURES / "binary_image.txt").read_bytes(), "looks like a PNG image"),
    Case("too-big.txt", b"Kenya. " * (MAX_FILE_BYTES // 7 + 1), f"limit is {MAX_FILE_BYTES:,} bytes"),
    Case(
        "news_page.html",
        (FIXTURES / "news_page.html").read_bytes(),
        title="Kenya-led mission in Haiti asks for funding",
    ),
    Case(
        "menu-only.html",
        b"<!doctype html><html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        b"<footer>(c) 2025 Example News</footer></body></html>",
        "no article text found in HTML",
    ),
    Case(
        "page-saved-as.txt",
        b"<!doctype html><html><head><title>Saved as text</title><script>window.__pwned=8</script></head><body>"
        b"<article><p>Kenya said on Tuesday that its police officers would stay in Haiti until the end.</p>"
        b"</article></body></html>",
        title="Saved as text",
    ),
    Case(
        "quotes-unbalanced.txt",
        _article(
            "“This quotation never closes, Dupont said on Tuesday.\n"
            '‘Single ’ marks ” backwards “ and "straight ones mixed’ with curly.”\n'
            "« Guillemets without an end, said Kenya.\n",
            title="Unbalanced quotes",
        ),
        title="Unbalanced quotes",
    ),
    Case(
        "unicode-mix.txt",
        "---\r\ntitle: Emoji, RTL, NBSP\r\npublished: 2025-05-21\r\n---\r\n"
        "Kenya\u00a0said 🇰🇪 on Tuesday: “We stay.” 👮🏾‍♀️\r\n"
        "مرحبا بالعالم “Haiti” — \u202bright-to-left\u202c text \u200f and zero\u200bwidth\r\n".encode(),
        title="Emoji, RTL, NBSP",
    ),
    Case("long-article.txt", _article(LONG_PARAGRAPHS, title="Very long", published="2025-05-21"), title="Very long"),
    Case("script_injection.txt", (FIXTURES / "script_injection.txt").read_bytes(), title=SCRIPT_TITLE),
    Case(
        "formula_injection.txt",
        (FIXTURES / "formula_injection.txt").read_bytes(),
        title='=HYPERLINK("http://example.invalid/steal","Haiti funding")',
    ),
]
GOOD = [c for c in CASES if not c.reason]
BAD = [c for c in CASES if c.reason]


def unescape(markdown: str) -> str:
    """What a reader sees of escaped markdown."""
    return re.sub(r"\\(.)", r"\1", markdown)


def live_markup(markdown: str) -> str:
    """The part of a markdown string that is not escaped: where markup could come from."""
    return re.sub(r"\\.", "", markdown)


def safe_cell(value: str) -> bool:
    """A CSV cell a spreadsheet will not evaluate: no formula trigger first, unless it is a number."""
    if not value.startswith(FORMULA_TRIGGERS):
        return True
    try:
        float(value)
    except ValueError:
        return False
    return True


def assert_safe_csv(data: bytes, label: str) -> int:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    for row in rows:
        for value in row:
            assert safe_cell(value), (label, value)
    return len(rows) - 1


# --------------------------------------------------------------------------- AppTest helpers


def start(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(PAGES[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    """Files through the Sources page's uploader and its "Add to corpus" button, as a user would."""
    open_page(at, "sources")
    at.file_uploader(key="upload_files").set_value([(name, data, "text/plain") for name, data in files])
    next(b for b in at.button if b.label == "Add to corpus").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_tables(at: AppTest) -> dict:
    """The tables the current page works with (what its download buttons export)."""
    return at.session_state[state.CONTEXT_KEY].tables


def skipped_panel(at: AppTest) -> list[str]:
    """The lines of the Sources page's "Files skipped" panel, as a reader sees them."""
    panel = next(e for e in at.expander if e.label.startswith("Files skipped"))
    return [unescape(m.value).removeprefix("- ") for m in panel.markdown]


def markdown_texts(at: AppTest) -> list[str]:
    """Every string on the page that Streamlit renders as markdown."""
    texts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error", "toast"):
        texts += [element.value for element in at.get(kind)]
    texts += [element.label for element in at.expander]
    texts += [element.label for element in at.tabs]
    return texts


def html_bodies(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


# --------------------------------------------------------------------------- every case: CLI


def test_cli_names_each_unusable_file_and_exports_every_other(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for case in CASES:
        (folder / case.name).write_bytes(case.data)
    out = tmp_path / "out"
    assert main(["export", str(folder), "--out", str(out)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == len(BAD), errors
    for case in BAD:
        line = next(e for e in errors if f"{folder / case.name}: " in e)
        assert case.reason in line, (case.name, line)
    articles = {Path(row["path"]).name: row for row in csv.DictReader(io.StringIO((out / "articles.csv").read_text()))}
    assert set(articles) == {case.name for case in GOOD}
    for case in GOOD:
        assert articles[case.name]["title"] == export.neutralise(case.title), case.name
    for table in schema.TABLES:
        assert_safe_csv((out / f"{table}.csv").read_bytes(), table)


# --------------------------------------------------------------------------- every case: dashboard


@pytest.fixture(scope="module")
def everything_uploaded() -> AppTest:
    """One dashboard session that uploaded every case at once, plus names a spreadsheet would run."""
    at = start()
    named = [
        ("=1+2.txt", b"Kenya said on Tuesday it would stay in Haiti.\n"),
        ("\t@tab.txt", b"Haiti said on Wednesday the mission needs funding.\n"),
        ("\r-cr.md", b"The United States said on Friday it would pay.\n"),
    ]
    return upload(at, [(case.name, case.data) for case in CASES] + named)


def test_uploads_each_give_an_article_or_one_named_line_in_files_skipped(everything_uploaded) -> None:
    at = everything_uploaded
    lines = skipped_panel(at)
    assert len(lines) == len(BAD), lines
    for case in BAD:
        line = next(x for x in lines if x.startswith(f"{case.name}: "))
        assert case.reason in line and "\n" not in line, line
    titles = set(page_tables(at)["articles"]["title"])
    assert {case.title for case in GOOD} | {SEED_TITLE} <= titles
    # The page says so in words too: the list of this session's uploads names each good file.
    listing = unescape(next(m.value for m in at.markdown if "uploaded article(s) in this session" in m.value))
    for case in GOOD:
        assert case.title in listing, case.name


def test_every_page_renders_with_every_upload(everything_uploaded) -> None:
    at = everything_uploaded
    for page in PAGES:
        open_page(at, page)
        assert at.title, page


def test_dashboard_exports_have_no_formula_cells(everything_uploaded) -> None:
    at = open_page(everything_uploaded, "data")
    tables = page_tables(at)
    # Control characters in an upload's name are dropped (they would split a CSV row); the rest stays.
    assert {"=1+2.txt", "@tab.txt", "-cr.md"} <= set(tables["articles"]["path"])
    assert tables["quotes"]["text"].str.startswith(("=", "@", "-", "+")).sum() >= 4  # the crafted cells are there
    # What each "Download … (CSV)" button on the Data page holds: export.csv_bytes of these tables.
    for table, frame in tables.items():
        assert assert_safe_csv(export.csv_bytes(frame), table) == len(frame)
    for table in schema.TABLES:  # the Data page draws one table, and its downloads, at a time
        at.segmented_control(key="data_choice").set_value(table).run()
        assert {f"dl_{table}", f"dl_{table}_xlsx", "dl_snapshot"} <= {b.key for b in at.get("download_button")}
    # And the ZIP download.
    packed = download.snapshot_zip(tables, tables["articles"], Filter(), dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(packed)) as archive:
        for name in archive.namelist():
            if name.endswith(".csv"):
                assert_safe_csv(archive.read(name), name)
    exported = io.StringIO(export.csv_bytes(tables["articles"]).decode(), newline="")
    articles = {row["path"]: row for row in csv.DictReader(exported)}
    assert {"'=1+2.txt", "'@tab.txt", "'-cr.md"} <= set(articles)
    assert articles["formula_injection.txt"]["title"].startswith("'=HYPERLINK(")


def test_the_database_download_keeps_hostile_cells_as_data(everything_uploaded, tmp_path) -> None:
    """The Data page's SQLite file of every upload: keys resolve and crafted cells are stored as written
    (no apostrophe: a database runs no formula)."""
    tables = page_tables(open_page(everything_uploaded, "data"))
    path = tmp_path / "hostile.sqlite"
    path.write_bytes(download.database_bytes(tables, tables, Filter()))
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    paths = {row[0] for row in db.execute("SELECT path FROM articles")}
    assert {"=1+2.txt", "@tab.txt", "-cr.md"} <= paths
    crafted = db.execute("SELECT count(*) FROM quotes WHERE substr(text, 1, 1) IN ('=', '@', '-', '+')").fetchone()
    assert crafted[0] == tables["quotes"]["text"].str.startswith(("=", "@", "-", "+")).sum() >= 4
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (len(tables["quotes"]),)
    db.close()


def test_upload_names_lose_control_characters() -> None:
    class Named:
        def __init__(self, name: str) -> None:
            self.name = name

    assert state.upload_name(Named("\r\n=cmd|' /C calc'!A0\u2028.txt")) == "=cmd|' /C calc'!A0 .txt"
    assert state.upload_name(Named("a\tb\x00c.md")) == "a b c.md"
    assert state.upload_name(Named("\x1b\n")) == "upload"


def test_csv_cell_with_a_bare_carriage_return_stays_one_cell() -> None:
    """A spreadsheet starts a new row at a bare CR, so an unquoted '…\\r=cmd' would put =cmd first in a row.

    The dashboard never gives such a cell (read_bytes normalises line ends; upload names lose control
    characters), but export.csv_bytes should not depend on that.
    """
    frame = pd.DataFrame({"path": ["'\r=1+2"], "n": [1]})
    rows = list(csv.reader(io.StringIO(export.csv_bytes(frame).decode(), newline="")))
    assert rows == [["path", "n"], ["'\n=1+2", "1"]]


# --------------------------------------------------------------------------- nothing executed


@pytest.fixture(scope="module")
def script_uploaded() -> AppTest:
    return upload(start(), [("script_injection.txt", (FIXTURES / "script_injection.txt").read_bytes())])


# Tags the app itself wraps around escaped article text (highlighting, paragraphs, quotations).
APP_TAGS = {"p", "span", "mark", "div", "blockquote", "br", "b", "i"}


def hostile_article_id(at: AppTest) -> str:
    articles = page_tables(at)["articles"]
    return articles.loc[articles["title"] == SCRIPT_TITLE, "article_id"].item()


def show_hostile_rows(at: AppTest, page: str) -> None:
    """Put the hostile article's own rows on screen where a page shows one item at a time."""
    if page == "sources":
        at.selectbox(key="source_article").set_value(hostile_article_id(at)).run()
    elif page == "quotes":
        at.text_input(key="quote_search").input("pwned").run()


@pytest.mark.parametrize("page", list(PAGES))
def test_article_markup_is_text_on_every_page(script_uploaded, page) -> None:
    at = open_page(script_uploaded, page)
    show_hostile_rows(at, page)
    assert not at.exception
    for text in markdown_texts(at):
        # Links the page makes itself point at an article's http(s) URL, with no ( ) left to break out.
        live = re.sub(r"\]\(https?://[^()\s]*\)", "]", live_markup(text))
        assert "<" not in live and ">" not in live, (page, text)
        assert "javascript:" not in live and "](" not in live, (page, text)
        assert not re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);", live, re.IGNORECASE), (page, text)  # decoded
    for body in html_bodies(at):
        for tag in re.findall(r"<[^>]*>", body):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
            assert name and name.group(1).lower() in APP_TAGS, (page, tag)
            assert not re.search(r"\bon\w+\s*=|javascript:", tag, re.IGNORECASE), (page, tag)


def test_sources_page_shows_the_article_literally(script_uploaded) -> None:
    at = open_page(script_uploaded, "sources")
    show_hostile_rows(at, "sources")
    assert unescape(at.subheader[0].value) == SCRIPT_TITLE
    body = " ".join(html_bodies(at))
    for literal in LITERALS:
        assert html.escape(literal, quote=False) in body, literal
    about = " ".join(unescape(m.value) for m in at.markdown)
    assert 'Source: <img src=x onerror="window.__pwned=2"> Wire &amp; Co' in about


def test_quotes_page_shows_a_quotation_with_script_literally(script_uploaded) -> None:
    at = open_page(script_uploaded, "quotes")
    at.text_input(key="quote_search").input("policy").run()
    quotes = page_tables(at)["quotes"]
    assert any(text.startswith("<script>window.__pwned=4</script>") for text in quotes["text"])
    context = " ".join(html_bodies(at))
    assert "&lt;script&gt;window.__pwned=4&lt;/script&gt;" in context


def test_briefing_page_link_cannot_be_broken_out_of(script_uploaded) -> None:
    """A URL is only ever checked to be http(s); a ')' in it must not end the markdown link early."""
    at = open_page(script_uploaded, "briefing")
    links = [m.value for m in at.markdown if "example.org" in m.value]
    assert links, "the hostile article is listed with its link"
    for link in links:
        target = re.search(r"\]\((.*)\)\*\*$", link)
        assert target and "(" not in target.group(1) and ")" not in target.group(1), link


def test_filter_values_from_a_shared_link_are_shown_as_text() -> None:
    """Unknown filter values from the URL are reported in a toast; the URL is input like any other."""
    at = start({"org": "[click](javascript:window.__pwned=7) <b>bold</b>"})
    toasts = [t.value for t in at.toast]
    assert toasts and all("javascript:" not in live_markup(t) and "<" not in live_markup(t) for t in toasts), toasts


# --------------------------------------------------------------------------- sessions, sizes, disk


def test_a_session_never_sees_another_sessions_upload_or_file_name() -> None:
    """Two sessions upload the same bytes under different names: each sees its own name only."""
    data = _article("Kenya said on Tuesday the mission will stay in Haiti.\n", title="Same words, two sessions")
    first = upload(start(), [("first-private-name.txt", data)])
    second = upload(start(), [("second.txt", data)])
    third = start()
    paths = {
        "first": set(page_tables(open_page(first, "data"))["articles"]["path"]),
        "second": set(page_tables(open_page(second, "data"))["articles"]["path"]),
        "third": set(page_tables(open_page(third, "data"))["articles"]["path"]),
    }
    assert "first-private-name.txt" in paths["first"] and "second.txt" not in paths["first"]
    assert "second.txt" in paths["second"] and "first-private-name.txt" not in paths["second"]
    assert not {"first-private-name.txt", "second.txt"} & paths["third"]


def test_uploads_are_capped_by_streamlit_and_by_the_uploader() -> None:
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    streamlit_cap = config["server"]["maxUploadSize"] * 1024 * 1024  # Streamlit counts MiB
    # Streamlit refuses anything bigger before it reaches the app; the app's own limit is the exact one.
    assert MAX_FILE_BYTES <= streamlit_cap < MAX_FILE_BYTES * 1.1
    at = open_page(start(), "sources")
    assert at.file_uploader(key="upload_files").proto.max_upload_size_mb == config["server"]["maxUploadSize"]
    just_over = b"Kenya. " * (MAX_FILE_BYTES // 7) + b"x" * (MAX_FILE_BYTES % 7 + 1)
    assert len(just_over) == MAX_FILE_BYTES + 1 <= streamlit_cap
    upload(at, [("just-over.txt", just_over)])
    assert skipped_panel(at) == [f"just-over.txt: file is 2,000,001 bytes; limit is {MAX_FILE_BYTES:,} bytes"]


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    skip = {".git", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache"}
    return {
        str(path.relative_to(root)): (path.stat().st_mtime_ns, path.stat().st_size)
        for path in root.rglob("*")
        if path.is_file() and not skip & set(path.relative_to(root).parts)
    }


def test_uploads_are_never_written_to_disk() -> None:
    """No project file (static/ included) appears or changes holding the upload's name or bytes. Other
    work may touch the tree meanwhile, so only files that appeared or changed are read."""
    before = _tree(REPO)
    marker = b"upload-marker-7f3a9c"
    name = "kept-in-memory.txt"
    at = upload(start(), [(name, marker + b"\nKenya said on Tuesday it would stay in Haiti.\n")])
    assert name in set(page_tables(at)["articles"]["path"])
    after = _tree(REPO)
    touched = [path for path, stamp in after.items() if before.get(path) != stamp]
    landed = [path for path in touched if Path(path).name == name or marker in (REPO / path).read_bytes()]
    assert landed == [], landed
    assert {p for p in after if p.startswith("static/")} == {p for p in before if p.startswith("static/")}


def test_an_extractor_crash_costs_only_its_own_file(monkeypatch) -> None:
    """A bug in the parser on one upload becomes one skipped line; the other uploads still load."""
    monkeypatch.setattr(state, "upload_parser", upload_parsers.crashing)  # run by the child process
    at = upload(
        start(),
        [
            ("crash.txt", b"crash-me: Kenya said on Tuesday it would stay in Haiti. 3f9a\n"),
            ("fine.txt", b"Haiti said on Tuesday the mission needs funding. 3f9a\n"),
        ],
    )
    assert skipped_panel(at) == ["crash.txt: could not be parsed (RecursionError)"]
    assert "fine.txt" in set(page_tables(at)["articles"]["path"])


# --------------------------------------------------------------------------- parser properties and limits

_KEYS = st.sampled_from(["title", "source", "published", "url", "Title", "author", "tags", ""]) | st.text(max_size=12)
_VALUES = st.one_of(
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1)).map(str),
    st.sampled_from(["2025-02-30", "2025-13-01", "javascript:alert(1)", "https://example.org/x)", "'quoted'", '"']),
)
_LINES = st.one_of(
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.text(max_size=40),
    st.sampled_from(["---", "# a comment", "", "key without colon", ": value without key"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_LINES, max_size=6), close=st.booleans(), body=st.text(max_size=300))
def test_any_front_matter_gives_tables_or_one_clear_line(lines: list[str], close: bool, body: str) -> None:
    """Read → parse → tables → CSV for arbitrary front matter: an ArticleError naming the file, or
    tables whose schemas hold, whose offsets slice back and whose CSV is the same on a second run."""
    data = ("---\n" + "\n".join(lines) + ("\n---\n" if close else "\n") + body).encode("utf-8", "surrogatepass")
    try:
        doc = read_bytes("fm.txt", data)
    except ArticleError as error:
        assert str(error).startswith("fm.txt: ") and "\n" not in str(error) and "\r" not in str(error)
        return
    parsed = parse_document(doc)
    for mention in parsed.mentions:
        assert doc.body[mention["start"] : mention["end"]] == mention["text"]
    first, second = build_corpus([parsed]), build_corpus([parse_document(doc)])
    for name, frame in first.tables.items():
        assert list(frame.columns) == schema.columns(name)
        assert frame[schema.columns(name)[0]].is_unique
        assert export.csv_bytes(frame) == export.csv_bytes(second[name])
        assert_safe_csv(export.csv_bytes(frame), name)


@pytest.mark.timeout(120)
def test_a_huge_single_paragraph_at_the_size_limit_does_not_stall() -> None:
    """The whole seed article as one line, repeated up to the file limit (about 2 MB, 5,700 quotations).

    Measured at about 19 s on the development machine; the timeout catches a stall, not slowness.
    """
    seed = (REPO / "seeds" / "000_4104682b749e9c8f.txt").read_text("utf-8")
    head, _, body = seed.partition("---\n")[2].partition("---\n")
    paragraph = " ".join(body.split("\n")) + " "
    text = paragraph * ((MAX_FILE_BYTES - 200) // len(paragraph.encode("utf-8")))
    data = f"---\n{head}---\n{text}\n".encode()
    assert MAX_FILE_BYTES - len(paragraph.encode()) - 200 < len(data) <= MAX_FILE_BYTES
    doc = read_bytes("huge-paragraph.txt", data)
    assert doc.body.count("\n") == 1
    parsed = parse_document(doc)
    assert len(parsed.quotes) > 5000
    for quote in parsed.quotes[::500]:
        assert (
            quote["start"] < quote["end"]
            and quote["text"].split("\n")[0].strip() in doc.body[quote["start"] : quote["end"]]
        )


# --------------------------------------------------------------------------- bad seeds (issue 9, item 6)


def test_bad_seeds_never_take_the_dashboard_down(tmp_path: Path, monkeypatch) -> None:
    """Seeds that once crashed a page or hung the load: every page renders, the good seed is there, and each
    bad one is in the Sources page's "Files skipped" panel with its reason."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(
        "---\ntitle: Good seed\npublished: 2025-05-21\n---\nKenya said on Tuesday it would stay in Haiti.\n",
        encoding="utf-8",
    )
    (seeds / "far-future.txt").write_text(
        "---\ntitle: Far\npublished: 9999-12-31\n---\nThe council meets tomorrow.\n", encoding="utf-8"
    )
    (seeds / "year-one.txt").write_text(
        "---\ntitle: Old\npublished: 0001-01-01\n---\nThe council meets in December.\n", encoding="utf-8"
    )
    (seeds / os.fsdecode(b"odd\xffname.txt")).write_text("---\ntitle: Odd name\n---\nThe council met.\n", "utf-8")
    os.mkfifo(seeds / "pipe.txt")
    monkeypatch.setenv(state.SEEDS_ENV, str(seeds))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    at = start()
    for page in PAGES:
        open_page(at, page)
    titles = set(page_tables(at)["articles"]["title"])
    assert titles == {"Good seed", "Odd name"}
    open_page(at, "sources")
    lines = skipped_panel(at)
    for name, reason in (
        ("far-future.txt", "outside the years"),
        ("year-one.txt", "outside the years"),
        ("pipe.txt", "not a regular file"),
    ):
        assert any(name in line and reason in line for line in lines), (name, lines)


# --------------------------------------------------------------------------- stray bytes (issue 9, item 9)

# UTF-8 prose with curly quotes, and one byte that is not UTF-8: read as UTF-8, with a warning.
STRAY_BYTE = "The minister said “we will not yield” on Tuesday, officials said.\n".encode().replace(
    b"yield", b"yi\xe9ld"
)


def test_cli_warns_of_stray_bytes_and_keeps_the_quotes(tmp_path: Path, capsys) -> None:
    (tmp_path / "stray.txt").write_bytes(STRAY_BYTE)
    out = tmp_path / "out"
    assert main(["export", str(tmp_path / "stray.txt"), "--out", str(out)]) == 0  # read, not skipped
    errors = capsys.readouterr().err.splitlines()
    assert errors == [f"warning: {tmp_path / 'stray.txt'}: read as UTF-8; 1 byte that is not UTF-8 shown as \ufffd"]
    quotes = list(csv.DictReader(io.StringIO((out / "quotes.csv").read_text(encoding="utf-8"))))
    assert [q["text"] for q in quotes if q["kind"] != "indirect"] == ["we will not yi\ufffdld"]
    # `CLAUSE, officials said`: the clause, quotation and all, is the officials' reported speech
    assert all("we will not yi\ufffdld" in q["text"] for q in quotes)


def test_dashboard_shows_the_stray_byte_warning_for_a_seed_and_an_upload(tmp_path: Path, monkeypatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "stray-seed.txt").write_bytes(b"---\ntitle: Stray seed\n---\n" + STRAY_BYTE)
    monkeypatch.setenv(state.SEEDS_ENV, str(seeds))
    monkeypatch.setenv(state.CACHE_ENV, "off")
    at = upload(
        start(), [("stray-upload.txt", b"---\ntitle: Stray upload\n---\n" + STRAY_BYTE.replace(b"Tues", b"Wednes"))]
    )
    panel = next(e for e in at.expander if e.label.startswith("Files read with warnings"))
    lines = [unescape(m.value).removeprefix("- ") for m in panel.markdown]
    assert panel.label == "Files read with warnings (2)"
    for name in ("stray-seed.txt", "stray-upload.txt"):
        assert any(name in line and "1 byte that is not UTF-8" in line for line in lines), (name, lines)
    assert {"Stray seed", "Stray upload"} <= set(page_tables(at)["articles"]["title"])
    assert not any(e.label.startswith("Files skipped") for e in at.expander)
