"""Tests for the read layer: decoding, front matter, HTML extraction, discovery, errors.

Fixture bytes are built inside the tests so each case shows exactly what it feeds in.
"""

from __future__ import annotations

import datetime
import hashlib
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from briefing.parse.models import FrontMatter, SourceDocument
from briefing.parse.read import (
    ARTICLE_SUFFIXES,
    MAX_FILE_BYTES,
    ArticleError,
    discover,
    read_bytes,
    read_file,
    split_front_matter,
)

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_4104682b749e9c8f.txt"
SHARED_SEED = Path("/work/shared/seeds") / SEED_NAME

ARTICLE = "Gangs control much of Port-au-Prince, officials said on Tuesday.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_error(name: str, data: bytes, **kwargs: int) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        read_bytes(name, data, **kwargs)
    assert_one_line(info.value, name)
    return info.value


def assert_one_line(error: ArticleError, path: str) -> None:
    message = str(error)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message and "\r" not in message
    assert error.path == path
    assert message == f"{error.path}: {error.reason}"


# --------------------------------------------------------------------------- constants


def test_documented_defaults() -> None:
    assert MAX_FILE_BYTES == 2_000_000
    assert ARTICLE_SUFFIXES == (".txt", ".md", ".html", ".htm")


# --------------------------------------------------------------------------- decoding


def test_utf8_without_bom(tmp_path: Path) -> None:
    text = "Le Premier ministre a déclaré : « Nous tiendrons. »\n"
    doc = read_file(write(tmp_path / "a.txt", text))
    assert doc.body == text
    assert doc.fmt == "text"
    assert doc.path == str(tmp_path / "a.txt")


def test_utf8_with_bom_drops_bom_but_hashes_raw_bytes() -> None:
    raw = b"\xef\xbb\xbf" + "“Hello,” he said.".encode()
    doc = read_bytes("bom.txt", raw)
    assert doc.body == "“Hello,” he said."
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_utf8_bom_before_front_matter() -> None:
    raw = b"\xef\xbb\xbf---\ntitle: With BOM\n---\nBody.\n"
    doc = read_bytes("bom.md", raw)
    assert doc.meta.title == "With BOM"
    assert doc.body == "Body.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    text = "---\ntitle: Ayiti\n---\nMinistre a di: “Nou la.” Café.\r\n"
    doc = read_bytes("u16.txt", bom + text.encode(codec))
    assert doc.meta.title == "Ayiti"
    assert doc.body == "Ministre a di: “Nou la.” Café.\n"


def test_utf16_with_bom_but_odd_length_is_refused() -> None:
    error = read_error("broken.txt", b"\xff\xfeh\x00i")
    assert "UTF-16" in error.reason


def test_windows_1252_curly_quotes() -> None:
    doc = read_bytes("cp1252.txt", b"\x93Hello\x94 \x96 it\x92s done.")
    assert doc.body == "“Hello” – it’s done."


def test_latin1_accent() -> None:
    doc = read_bytes("latin1.txt", b"Caf\xe9 du Champ-de-Mars, \xe9t\xe9 2025.")
    assert doc.body == "Café du Champ-de-Mars, été 2025."


def test_bytes_undefined_in_windows_1252_fall_back_to_latin1() -> None:
    # 0x81 is undefined in Windows-1252; the rest of the file must still read as Windows-1252.
    doc = read_bytes("mixed.txt", b"\x93Quote\x94 and a stray \x81 byte.")
    assert doc.body == "“Quote” and a stray \x81 byte."


# A UTF-8 article with curly quotes and accents: what one stray byte must not turn into Windows-1252 letters.
_UTF8_PROSE = "The minister said “we will hold the line” in Pétion-Ville, and the crowd answered “never again”.\n"


def test_one_stray_byte_in_utf8_is_replaced_and_the_rest_stays_utf8() -> None:
    data = _UTF8_PROSE.encode("utf-8").replace(b"minister", b"minis\xe9ter")
    doc = read_bytes("stray.txt", data)
    assert doc.body == _UTF8_PROSE.replace("minister", "minis\ufffdter")
    assert "â€" not in doc.body
    assert len(doc.warnings) == 1
    (warning,) = doc.warnings
    assert warning.startswith("stray.txt: ") and "1 byte " in warning and "\n" not in warning


def test_each_stray_byte_becomes_one_replacement_character_and_the_count_is_told() -> None:
    text = _UTF8_PROSE * 3
    data = text.encode("utf-8").replace(b"crowd", b"cr\x80\x81wd", 2).replace(b"line", b"li\xffe", 1)
    doc = read_bytes("three.md", data)
    assert doc.body.count("\ufffd") == 5
    assert len(doc.body) == len(text) + 2  # one character per stray byte: `cr??wd` for `crowd`, `li?e`
    assert "5 bytes that are not UTF-8" in doc.warnings[0]


def test_a_utf8_bom_with_stray_bytes_is_read_as_utf8_with_a_warning() -> None:
    doc = read_bytes("bom.txt", b"\xef\xbb\xbf" + _UTF8_PROSE.encode("utf-8").replace(b"crowd", b"cr\x96wd"))
    assert doc.body == _UTF8_PROSE.replace("crowd", "cr\ufffdwd")
    assert doc.warnings == ("bom.txt: read as UTF-8; 1 byte that is not UTF-8 shown as \ufffd",)


def test_a_replacement_character_written_in_the_file_is_not_counted_as_a_stray_byte() -> None:
    doc = read_bytes("written.txt", ("\ufffd " + _UTF8_PROSE).encode("utf-8") + b"\xff")
    assert "1 byte that is" in doc.warnings[0]


def test_clean_files_carry_no_warning() -> None:
    assert read_bytes("clean.txt", _UTF8_PROSE.encode("utf-8")).warnings == ()
    assert read_bytes("legacy.txt", b"\x93Hello\x94 \x96 it\x92s done.").warnings == ()


def test_utf8_is_read_without_asking_the_detector(monkeypatch) -> None:
    import charset_normalizer

    def refuse(*_args, **_kwargs):
        raise AssertionError("detection ran on a UTF-8 file")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)
    assert read_bytes("fast.txt", _UTF8_PROSE.encode("utf-8")).body == _UTF8_PROSE
    read_bytes("nearly.txt", _UTF8_PROSE.encode("utf-8") + b"\xff")


def test_windows_1252_english_keeps_its_letters() -> None:
    """The detector's first choice is cp1257 (`naļve`); Windows-1252, as clean and more coherent, is taken."""
    text = "The minister said “we will not yield” — café, naïve, déjà vu. Cap-Haïtien was calm, officials said. "
    assert read_bytes("cp1252.txt", (text * 3).encode("cp1252")).body == text * 3


def test_a_legacy_code_page_other_than_windows_1252_is_detected() -> None:
    text = "Le ministre a déclaré que la sécurité s'était dégradée. Les élèves ont été évacués de l'école. "
    assert read_bytes("mac.txt", (text * 3).encode("mac_roman")).body == text * 3


def test_png_header_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    error = read_error("photo.txt", png)
    assert "PNG" in error.reason


def test_nul_bytes_are_refused_as_binary() -> None:
    error = read_error("blob.txt", b"Some words\x00\x01\x02 and more words")
    assert "binary" in error.reason
    assert "NUL" in error.reason


def test_many_control_characters_are_refused() -> None:
    error = read_error("ctl.txt", bytes(range(1, 32)) * 3 + b"abc")
    assert "binary" in error.reason


def test_a_stray_control_character_in_a_long_article_is_kept() -> None:
    text = ARTICLE * 5 + "Page break\x0c and a stray escape \x1b here.\n"
    assert read_bytes("ok.txt", text.encode()).body == text


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"), (b"{\\rtf1\\ansi Hello}", "RTF")],
)
def test_documents_that_look_like_text_but_are_not_are_refused(data: bytes, kind: str) -> None:
    assert kind in read_error("doc.txt", data).reason


# --------------------------------------------------------------------------- line endings, body


def test_crlf_and_lone_cr_are_normalised() -> None:
    raw = b"---\r\ntitle: CRLF\r\n---\r\nLine one.\r\nLine two.\rLine three.\r\n"
    doc = read_bytes("crlf.txt", raw)
    assert doc.meta.title == "CRLF"
    assert doc.body == "Line one.\nLine two.\nLine three.\n"


def test_body_whitespace_and_quotes_are_kept() -> None:
    body = '  Indented “curly” and "straight" quotes.\n\n\tTabbed   spaces \n\n\n'
    doc = read_bytes("ws.txt", f"---\ntitle: T\n---\n{body}".encode())
    assert doc.body == body


def test_seed_body_matches_article_as_received_byte_for_byte() -> None:
    doc = read_file(REPO / "seeds" / SEED_NAME)
    assert doc.meta == FrontMatter(
        title="Rubio suggests OAS should step in as Haiti faces catastrophe",
        source="Caribbean National Weekly",
        published=datetime.date(2025, 5, 21),
    )
    assert doc.fmt == "text"
    if not SHARED_SEED.exists():
        pytest.skip(f"{SHARED_SEED} not available outside the build machine")
    assert doc.body == SHARED_SEED.read_bytes().decode("utf-8")


# --------------------------------------------------------------------------- front matter


def test_no_front_matter_keeps_whole_text_and_empty_meta() -> None:
    doc = read_bytes("plain.txt", ARTICLE.encode())
    assert doc.body == ARTICLE
    assert doc.meta == FrontMatter()
    assert doc.meta.title == ""


def test_front_matter_keys_quotes_comments_and_unknown_keys() -> None:
    text = (
        "---\n"
        "# written by hand\n"
        "Title: 'Rubio: OAS should step in'\n"
        "\n"
        'source: "Caribbean National Weekly"\n'
        "published: 2025-05-21\n"
        "url: https://example.com/news/rubio-oas\n"
        "author: Staff\n"
        "---\n" + ARTICLE
    )
    fields, body = split_front_matter(text)
    assert fields["title"] == "Rubio: OAS should step in"  # split on the first colon only
    assert fields["author"] == "Staff"
    assert body == ARTICLE
    doc = read_bytes("fm.md", text.encode())
    assert doc.meta.title == "Rubio: OAS should step in"
    assert doc.meta.source == "Caribbean National Weekly"
    assert doc.meta.published == datetime.date(2025, 5, 21)
    assert doc.meta.url == "https://example.com/news/rubio-oas"


def test_split_front_matter_without_fence() -> None:
    assert split_front_matter("Just text.\n---\nmore") == ({}, "Just text.\n---\nmore")


def test_only_front_matter_is_refused() -> None:
    error = read_error("only.md", b"---\ntitle: Nothing here\n---\n\n   \n")
    assert error.reason == "no article text after front matter"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", b"")
    with pytest.raises(ArticleError) as info:
        read_file(path)
    assert info.value.reason == "empty file"
    assert_one_line(info.value, str(path))


def test_whitespace_only_file_is_refused() -> None:
    assert "no article text" in read_error("blank.txt", b" \n\t\r\n").reason


def test_unclosed_front_matter_is_refused() -> None:
    error = read_error("open.md", b"---\ntitle: Open\npublished: 2025-05-21\n")
    assert "front matter is not closed" in error.reason
    with pytest.raises(ValueError, match="not closed"):
        split_front_matter("---\ntitle: Open\n")


def test_bad_front_matter_line_names_its_line_number() -> None:
    error = read_error("bad.md", b"---\ntitle: Fine\nthis line has no colon\n---\nBody\n")
    assert "line 3" in error.reason
    assert "this line has no colon" in error.reason


def test_repeated_front_matter_key_is_refused() -> None:
    error = read_error("dup.md", b"---\ntitle: One\nTitle: Two\n---\nBody\n")
    assert "line 3" in error.reason and "title" in error.reason


def test_impossible_date_is_refused() -> None:
    error = read_error("date.md", b"---\npublished: 2025-02-30\n---\nBody\n")
    assert error.reason.startswith("front matter: published: '2025-02-30' is not a valid date")


def test_non_iso_date_is_refused() -> None:
    error = read_error("date.md", b"---\npublished: May 21, 2025\n---\nBody\n")
    assert "YYYY-MM-DD" in error.reason


def test_blank_date_means_no_date() -> None:
    assert read_bytes("d.md", b"---\npublished:\n---\nBody\n").meta.published is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,x",
        "/news/x",
    ],
)
def test_non_http_url_is_refused(url: str) -> None:
    error = read_error("url.md", f"---\nurl: {url}\n---\nBody\n".encode())
    assert error.reason.startswith("front matter: url:")
    assert "http(s)" in error.reason


def test_models_validate_and_are_frozen() -> None:
    with pytest.raises(ValidationError):
        FrontMatter(url="javascript:alert(1)")
    meta = FrontMatter(title="  padded  ", published="2025-05-21")
    assert meta.title == "padded"
    doc = SourceDocument(path="p", body="b", meta=meta, sha256="0" * 64, fmt="text")
    with pytest.raises(ValidationError):
        doc.body = "changed"  # type: ignore[misc]
    assert hash(doc) == hash(doc.model_copy())


# --------------------------------------------------------------------------- size, files


def test_size_limit_is_checked_before_decoding(tmp_path: Path) -> None:
    big = b"\x00" * 3_200_000  # would be "binary" if it were decoded at all
    error = read_error("big.txt", big)
    assert error.reason == "file is 3.2 MB; limit is 2.0 MB"
    path = write(tmp_path / "big.txt", big)
    with pytest.raises(ArticleError, match=r"file is 3\.2 MB; limit is 2\.0 MB"):
        read_file(path)


def test_custom_size_limit() -> None:
    assert read_bytes("ok.txt", b"x" * 100, max_bytes=100).body == "x" * 100
    error = read_error("small.txt", b"x" * 101, max_bytes=100)
    assert error.reason == "file is 101 bytes; limit is 100 bytes"


def test_missing_file_and_folder_give_article_errors(tmp_path: Path) -> None:
    for path, expected in [
        (tmp_path / "nope.txt", "no such file"),
        (tmp_path, "folder"),
    ]:
        with pytest.raises(ArticleError) as info:
            read_file(path)
        assert expected in info.value.reason
        assert_one_line(info.value, str(path))


def test_error_message_stays_on_one_line_and_pickles() -> None:
    error = ArticleError("a.txt", "first line\nsecond line\r\nthird")
    assert str(error) == "a.txt: first line second line third"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.reason, str(copy)) == (error.path, error.reason, str(error))


# --------------------------------------------------------------------------- discovery


def test_discover_folders_files_and_missing_paths(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    expected = [
        write(root / "a.txt", ARTICLE),
        write(root / "b.MD", ARTICLE),
        write(root / "2025" / "05" / "c.html", "<html></html>"),
        write(root / "2025" / "d.htm", "<html></html>"),
    ]
    write(root / "README.md", "notes about this folder")
    write(root / "notes.docx", b"PK\x03\x04")
    write(root / ".draft.txt", ARTICLE)
    write(root / ".git" / "e.txt", ARTICLE)
    write(root / "2025" / ".cache" / "f.txt", ARTICLE)
    direct = write(tmp_path / "elsewhere" / "clip.log", ARTICLE)  # any suffix if named
    missing = tmp_path / "missing"

    files, errors = discover([root, str(direct), missing, root / "a.txt"])

    assert files == sorted([*expected, direct])
    assert len(files) == len(set(files))  # a.txt named twice, listed once
    assert len(errors) == 1
    assert errors[0].path == str(missing)
    assert_one_line(errors[0], str(missing))


def test_discover_then_read_loses_nothing(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "bad.txt", b"---\ntitle: never closed\n")
    write(tmp_path / "empty.txt", b"")
    files, errors = discover([tmp_path])
    docs, failures = [], []
    for path in files:
        try:
            docs.append(read_file(path))
        except ArticleError as error:
            failures.append(error)
    assert errors == []
    assert [Path(doc.path).name for doc in docs] == ["good.txt"]
    assert sorted(Path(error.path).name for error in failures) == [
        "bad.txt",
        "empty.txt",
    ]


# --------------------------------------------------------------------------- HTML

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rubio suggests OAS should step in as Haiti faces catastrophe | Caribbean National Weekly</title>
<meta property="og:title" content="Rubio suggests OAS should step in as Haiti faces catastrophe">
<meta property="og:site_name" content="Caribbean National Weekly">
<meta property="article:published_time" content="2025-05-21">
<link rel="canonical" href="https://www.caribbeannationalweekly.com/news/rubio-oas-haiti/">
<script>window.dataLayer = []; function trackReader() { return "TRACKING_PIXEL_CODE"; }</script>
</head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/subscribe">Subscribe today</a></li>
</ul></nav></header>
<main><article>
<h1>Rubio suggests OAS should step in as Haiti faces catastrophe</h1>
<p>Secretary of State Marco Rubio has suggested that the Organization of American States
could provide a \u201cforce\u201d to help combat the ongoing gang violence in Haiti.</p>
<p>Speaking during a Senate Foreign Relations Committee hearing on Tuesday, Rubio
acknowledged that much of Port-au-Prince is already in the hands of gangs.</p>
<script>trackReader(); document.write("INLINE_SCRIPT_TEXT");</script>
<p>\u201cWe have a catastrophe in our own hemisphere right now in Haiti,\u201d Rubio said.</p>
</article></main>
<footer><p>Copyright 2025 Caribbean National Weekly. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


def test_html_news_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "rubio.html", NEWS_PAGE)
    doc = read_file(path)
    assert doc.fmt == "html"
    assert doc.meta.title == "Rubio suggests OAS should step in as Haiti faces catastrophe"
    assert doc.meta.published == datetime.date(2025, 5, 21)
    assert doc.meta.source == "Caribbean National Weekly"
    assert doc.meta.url == "https://www.caribbeannationalweekly.com/news/rubio-oas-haiti/"
    paragraphs = doc.body.split("\n")
    assert paragraphs[0].startswith("Secretary of State Marco Rubio has suggested")
    assert "much of Port-au-Prince is already in the hands of gangs" in doc.body
    assert paragraphs[-1] == ("\u201cWe have a catastrophe in our own hemisphere right now in Haiti,\u201d Rubio said.")
    for boilerplate in (
        "TRACKING_PIXEL_CODE",
        "INLINE_SCRIPT_TEXT",
        "trackReader",
        "<p>",
    ):
        assert boilerplate not in doc.body
    assert "Privacy policy" not in doc.body and "Subscribe today" not in doc.body
    assert doc.sha256 == hashlib.sha256(NEWS_PAGE.encode()).hexdigest()


def _page_with(paragraph: str, extra: str = "") -> bytes:
    """The news page with one more paragraph (and more markup after it) in its article."""
    return NEWS_PAGE.replace("</article>", f"<p>{paragraph}</p>\n{extra}</article>").encode()


def test_html_q_is_a_quotation_inside_its_sentence_and_the_quote_is_found() -> None:
    from briefing.corpus.rows import parse_document

    doc = read_bytes(
        "q.html",
        _page_with("The envoy told the council that <q>the mission will <q>hold</q> the line</q>, aides said."),
    )
    assert doc.body.split("\n")[-1] == "The envoy told the council that “the mission will ‘hold’ the line”, aides said."
    assert "the mission will ‘hold’ the line" in [q["text"] for q in parse_document(doc).quotes]


@pytest.mark.parametrize(
    "tag", ["em", "i", "b", "strong", "a", "span", "abbr", "cite", "time", "sub", "sup", "small", "mark", "u", "code"]
)
def test_html_inline_elements_stay_inline_with_their_words(tag: str) -> None:
    doc = read_bytes(
        f"{tag}.html", _page_with(f"Officials met on <{tag}>the second day</{tag}> of the talks in the capital.")
    )
    assert doc.body.split("\n")[-1] == "Officials met on the second day of the talks in the capital."


def test_html_time_words_are_kept_and_its_datetime_still_dates_the_page() -> None:
    page = NEWS_PAGE.replace('<meta property="article:published_time" content="2025-05-21">', "").replace(
        "<h1>", '<p class="byline">Posted <time datetime="2025-05-20">May 20, 2025</time></p>\n<h1>'
    )
    doc = read_bytes("time.html", page.encode())
    assert doc.meta.published == datetime.date(2025, 5, 20)


def test_html_asides_and_captions_are_left_out_with_a_note_naming_the_count() -> None:
    caption = "<figure><img src='p.jpg'><figcaption>Police officers patrol a street at dawn.</figcaption></figure>"
    aside = "<aside><p>Read more: how the mission is paid for, and who pays the most.</p></aside>"
    doc = read_bytes(
        "aside.html", _page_with("The talks went on late into the night in the capital.", caption * 2 + aside)
    )
    assert "Police officers patrol" not in doc.body and "Read more" not in doc.body
    assert doc.warnings == ("aside.html: 2 image captions and 1 aside left out (not the article's own text)",)
    assert read_bytes("plain.html", NEWS_PAGE.encode()).warnings == ()


def test_html_in_a_txt_file_is_not_read_as_plain_text() -> None:
    doc = read_bytes("saved.txt", ("\n  " + NEWS_PAGE).encode())
    assert doc.fmt == "html"
    assert "<" not in doc.body
    assert doc.meta.published == datetime.date(2025, 5, 21)


def test_browser_saved_page_comment_is_skipped_and_its_url_kept() -> None:
    page = NEWS_PAGE.replace(
        '<link rel="canonical" href="https://www.caribbeannationalweekly.com/news/rubio-oas-haiti/">',
        "",
    )
    saved = "<!-- saved from url=(0033)https://example.org/news/rubio -->\n" + page
    doc = read_bytes("saved.htm", saved.encode())
    assert doc.body.startswith("Secretary of State Marco Rubio")
    assert doc.meta.url == "https://example.org/news/rubio"


def test_html_without_an_article_is_refused() -> None:
    page = (
        "<!doctype html><html><head><title>Home</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<script>var x = 'not an article at all, just a script';</script>"
        "<footer>Copyright</footer></body></html>"
    )
    error = read_error("menu.html", page.encode())
    assert error.reason == "no article text found in HTML"


def test_empty_html_page_is_refused() -> None:
    error = read_error("blank.html", b"<html><body></body></html>")
    assert error.reason == "no article text found in HTML"


def test_html_bad_metadata_is_dropped_not_fatal() -> None:
    page = NEWS_PAGE.replace(
        "https://www.caribbeannationalweekly.com/news/rubio-oas-haiti/",
        "javascript:alert(1)",
    )
    doc = read_bytes("js.html", page.encode())
    assert doc.meta.url == ""
    assert doc.body.startswith("Secretary of State")


# --------------------------------------------------------------------------- properties

_PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PREFIXES = st.sampled_from(
    [
        "",
        "---\n",
        "---\ntitle: x\n---\n",
        "<html>",
        "<!doctype html><html><body><p>",
        "\ufeff",
    ]
)


@_PROPERTY_SETTINGS
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "b.html", "c"]))
def test_arbitrary_bytes_give_a_document_or_an_article_error(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(name, data)
    except ArticleError as error:
        assert_one_line(error, name)
    else:
        assert isinstance(doc, SourceDocument)
        assert doc.sha256 == hashlib.sha256(data).hexdigest()
        assert "\r" not in doc.body


@_PROPERTY_SETTINGS
@given(prefix=_PREFIXES, text=st.text(max_size=2000))
def test_arbitrary_utf8_text_gives_a_document_or_an_article_error(prefix: str, text: str) -> None:
    try:
        doc = read_bytes("t.txt", (prefix + text).encode("utf-8"))
    except ArticleError as error:
        assert_one_line(error, "t.txt")
    else:
        assert isinstance(doc, SourceDocument)


@_PROPERTY_SETTINGS
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
        | st.sampled_from("\n\r\t"),
        min_size=1,
        max_size=500,
    )
)
def test_plain_text_body_is_the_text_as_received(text: str) -> None:
    assume(text.strip() and not text.lstrip().startswith(("<", "---", "%PDF", "GIF8", "{\\rtf")))
    doc = read_bytes("plain.txt", text.encode("utf-8"))
    assert doc.body == text.replace("\r\n", "\n").replace("\r", "\n")
