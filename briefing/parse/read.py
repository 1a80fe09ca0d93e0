"""Read article files (or uploaded bytes) into validated ``SourceDocument`` objects.

This module owns the first step of the pipeline: finding article files, decoding
their bytes, splitting off front matter, and extracting the main text of saved
HTML pages. Its rule is "fail clearly, lose nothing": a bad file raises one
``ArticleError`` whose message is a single line naming the file and the reason,
and callers can go on reading the other files. It never fetches anything from
the network and never guesses at the content of binary files.

It does not segment, extract or interpret the text; later stages do that, using
offsets into ``SourceDocument.body``, which is why the body is kept exactly as
received apart from line endings and a byte-order mark.

Notes:
    Encodings: a BOM (UTF-8, UTF-16 LE/BE) is obeyed; then strict UTF-8, which
    almost every file is (and which costs no detection). A file that is UTF-8 but
    for a few bytes (fewer stray bytes than well-formed non-ASCII characters, or
    any number behind a UTF-8 BOM) is read as UTF-8 with each stray byte shown as
    U+FFFD, and the document carries a one-line warning naming the file and the
    count. Anything else is in a legacy code page, identified by charset-normalizer
    (of its readings about as clean as the cleanest, the most coherent; on short
    English text its own first choice is often a cousin of Windows-1252 such as
    cp1257, which reads `ï` as `ļ`); a Windows-1252 reading keeps Latin-1 for the
    five bytes that code page leaves undefined. UTF-16 without a BOM is refused as
    binary (it is full of NUL bytes).

    HTML: trafilatura finds the main text. Inline elements stay in their sentence
    (a `<q>` becomes its words in quotation marks); asides and image captions are
    left out, as trafilatura leaves them, with a one-line note giving their count.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any

from pydantic import ValidationError

from briefing.parse.models import FrontMatter, SourceDocument, is_http_url

# A news article is a few kilobytes; saved HTML pages with inline scripts reach a
# few hundred. Anything bigger is almost certainly the wrong file.
MAX_FILE_BYTES: int = 2_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

_HTML_SUFFIXES = (".html", ".htm")
_FRONT_MATTER_FENCE = "---"
# Control characters a text editor can legitimately leave in prose.
_TEXT_CONTROLS = frozenset("\t\n\r\f")
_C0_CONTROLS = frozenset(chr(code) for code in range(0x20)) - _TEXT_CONTROLS
# A byte that is not UTF-8, as `surrogateescape` decodes it.
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_WINDOWS_1252 = "cp1252"
# How much more "chaos" (charset-normalizer's measure of implausible characters) a reading may show than the
# cleanest and still be weighed by its coherence: on English text, cousins of Windows-1252 differ by hundredths.
_CHAOS_MARGIN = 0.1
# Windows-1252 leaves these bytes undefined; Latin-1 maps them to the same code point.
_CP1252_UNDEFINED_BYTES = bytes((0x81, 0x8D, 0x8F, 0x90, 0x9D))
_CP1252_UNDEFINED = {0xDC00 + byte: byte for byte in _CP1252_UNDEFINED_BYTES}
_MAX_REASON_CHARS = 240
_SHOWN_LINE_CHARS = 60
# An HTML page yields "usable" text if at least one line reads like a sentence,
# not just a menu entry or a copyright line.
_MIN_WORDS_IN_PROSE_LINE = 6
# Files people pick by mistake. Named so the message can say what to do instead;
# RTF and PDF need this because they can be plain ASCII and would pass as "text".
_NOT_ARTICLE_FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive or Word/OpenDocument file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# `<q>` as a reader sees it: curly double quotation marks, single ones for a quotation inside another.
_QUOTE_MARKS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))
# What trafilatura leaves out of the text that may hold prose, as a note names it (one, several).
_LEFT_OUT = {"figcaption": ("image caption", "image captions"), "aside": ("aside", "asides")}
_SAVED_FROM_URL = re.compile(r"\s*saved from url=\(\d+\)(\S+)")

logger = logging.getLogger(__name__)


class ArticleError(Exception):
    """A file that could not be read as an article, with a one-line reason.

    Raised (or collected) per file, so that one bad file never stops the others.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = _one_line(reason)
        # Both in args so the exception pickles (e.g. through a Streamlit cache).
        super().__init__(self.path, self.reason)

    def __str__(self) -> str:
        return f"{_one_line(shown_name(self.path))}: {self.reason}"


def shown_name(name: str) -> str:
    """A file name as tables, messages and pages carry it. A name that is not valid UTF-8 reaches Python with
    its stray bytes as lone surrogates, which no UTF-8 writer (CSV, Parquet, the browser) accepts: each such
    byte is shown as U+FFFD instead. Reading still uses the name as the system gave it."""
    return str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _one_line(text: str, limit: int = _MAX_REASON_CHARS) -> str:
    """Collapse line breaks (and runs of whitespace) so a message stays on one line."""
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat


def _human_size(n_bytes: int) -> str:
    if n_bytes >= 1_000_000:
        return f"{n_bytes / 1_000_000:.1f} MB"
    if n_bytes >= 1_000:
        return f"{n_bytes / 1_000:.1f} kB"
    return f"{n_bytes} bytes"


def _size_reason(n_bytes: int, max_bytes: int) -> str:
    """'file is 3.2 MB; limit is 2.0 MB' — exact bytes when rounding would hide the difference."""
    size, limit = _human_size(n_bytes), _human_size(max_bytes)
    if size == limit:
        size, limit = f"{n_bytes:,} bytes", f"{max_bytes:,} bytes"
    return f"file is {size}; limit is {limit}"


# --------------------------------------------------------------------------- discovery


def is_article_name(name: str) -> bool:
    """Article files in a folder: known suffixes, not hidden, not the folder's README."""
    lowered = name.lower()
    if name.startswith(".") or not lowered.endswith(ARTICLE_SUFFIXES):
        return False
    return PurePath(lowered).stem != "readme"


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[ArticleError]]:
    """Expand files and folders into a sorted list of article files, plus per-path errors.

    Files given directly are taken whatever their suffix (the user chose them);
    folders are searched recursively for ``ARTICLE_SUFFIXES``, skipping hidden
    files and folders and README files, because those are notes, not articles.
    A path that does not exist becomes an ``ArticleError`` instead of stopping the run.
    Each file appears once even if named twice (directly and through its folder).
    """
    found: dict[Path, Path] = {}
    errors: list[ArticleError] = []

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # symlink loops and the like
            key = path.absolute()
        found.setdefault(key, path)

    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            errors.append(ArticleError(str(given), "no such file or folder"))
            continue
        except OSError as exc:
            errors.append(ArticleError(str(given), f"cannot access: {exc.strerror or exc}"))
            continue
        if stat.S_ISDIR(mode):
            for folder, subdirs, files in os.walk(path, onerror=lambda exc: errors.append(_walk_error(exc))):
                # Prune in place so os.walk never descends into hidden folders.
                subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
                for name in files:
                    if is_article_name(name):
                        _add_regular(Path(folder, name), add, errors)
        elif stat.S_ISREG(mode):
            add(path)
        else:
            errors.append(ArticleError(str(given), "not a regular file or folder"))
    return sorted(found.values()), errors


def _walk_error(exc: OSError) -> ArticleError:
    return ArticleError(str(exc.filename), f"cannot list folder: {exc.strerror or exc}")


# --------------------------------------------------------------------------- reading


def _add_regular(path: Path, add, errors: list[ArticleError]) -> None:
    """A folder's file is an article only if it is a regular file: a named pipe, socket or device in the folder
    is reported and never opened (opening a pipe would wait for a writer forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        errors.append(ArticleError(str(path), f"cannot access: {exc.strerror or exc}"))
        return
    if stat.S_ISREG(mode):
        add(path)
    else:
        errors.append(ArticleError(str(path), "not a regular file"))


def open_regular(path: str | Path):
    """The file opened for reading, refused unless it is a regular file. Opened without blocking, so a named
    pipe or a device is refused at once instead of waiting for a writer."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ArticleError(str(path), "is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise ArticleError(str(path), "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> SourceDocument:
    """Read one article file; every failure (missing, unreadable, too big, bad content)
    becomes an ``ArticleError`` naming the path."""
    name = str(path)
    try:
        with open_regular(path) as handle:
            info = os.fstat(handle.fileno())
            if info.st_size > max_bytes:
                raise ArticleError(name, _size_reason(info.st_size, max_bytes))
            # Read one byte past the limit: a file growing while we read still gets refused.
            data = handle.read(max_bytes + 1)
    except ArticleError:
        raise
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a folder, not a file") from None
    except PermissionError:
        raise ArticleError(name, "permission denied") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(name, f"file is larger than the limit of {_human_size(max_bytes)}")
    return read_bytes(name, data, max_bytes=max_bytes)


def read_bytes(name: str, data: bytes, max_bytes: int = MAX_FILE_BYTES) -> SourceDocument:
    """Turn the raw bytes of one article (a file or an upload called ``name``) into a document.

    HTML is recognised by suffix (.html/.htm) or by content (a page starting with
    ``<!doctype html`` or ``<html``), and is never read as plain text: its main text
    is extracted with trafilatura. Everything else is text with optional front matter.
    """
    data = bytes(data)
    if len(data) > max_bytes:
        raise ArticleError(name, _size_reason(len(data), max_bytes))
    if not data:
        raise ArticleError(name, "empty file")
    text, stray_bytes = _decode(name, data)
    if not text:
        raise ArticleError(name, "empty file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(data).hexdigest()
    warnings = (_stray_bytes_warning(name, stray_bytes),) if stray_bytes else ()

    html_start, saved_url = _html_prolog(text)
    if html_start is not None or name.lower().endswith(_HTML_SUFFIXES):
        body, meta, left_out = _extract_html(name, text, html_start, saved_url)
        warnings += (left_out,) if left_out else ()
        return SourceDocument(path=name, body=body, meta=meta, sha256=digest, fmt="html", warnings=warnings)

    try:
        fields, body = split_front_matter(text)
    except ValueError as exc:
        raise ArticleError(name, str(exc)) from None
    if not body.strip():
        if _starts_with_fence(text):
            raise ArticleError(name, "no article text after front matter")
        raise ArticleError(name, "no article text (file is only whitespace)")
    try:
        meta = FrontMatter.model_validate(fields)
    except ValidationError as exc:
        raise ArticleError(name, "front matter: " + _validation_reason(exc)) from None
    return SourceDocument(path=name, body=body, meta=meta, sha256=digest, fmt="text", warnings=warnings)


def _stray_bytes_warning(name: str, count: int) -> str:
    """'notes.txt: read as UTF-8; 2 bytes that are not UTF-8 shown as �' — one line, as errors are."""
    noun = "byte that is" if count == 1 else "bytes that are"
    return f"{_one_line(shown_name(name))}: read as UTF-8; {count} {noun} not UTF-8 shown as \ufffd"


def _decode(name: str, data: bytes) -> tuple[str, int]:
    """Bytes to text without ever turning binary data into plausible-looking garbage; plus how many stray
    bytes of a nearly-UTF-8 file were replaced by U+FFFD (0 for any other file)."""
    for magic, kind in _NOT_ARTICLE_FORMATS:
        if data.startswith(magic):
            raise ArticleError(name, f"looks like {kind}, not article text; save it as plain text")
    if data.startswith(b"\xef\xbb\xbf"):
        # the BOM says UTF-8: stray bytes, however many, are replaced (and counted), never a reason to guess
        text, stray_bytes = _utf8_replacing(data[3:])
        return _checked_text(name, text), stray_bytes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # The "utf-16" codec reads the BOM to pick the byte order, and drops it.
        text = _decode_declared(name, data, "utf-16", "UTF-16")
    else:
        if b"\x00" in data:
            raise ArticleError(name, "binary content (NUL bytes); not a text file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, stray_bytes = _nearly_utf8(data)
            if stray_bytes:
                return _checked_text(name, text), stray_bytes
            text = _legacy_code_page(data)
    return _checked_text(name, text), 0


def _nearly_utf8(data: bytes) -> tuple[str, int]:
    """The text of a file that is UTF-8 but for a few bytes (fewer stray bytes than well-formed non-ASCII
    characters, so a legacy file, whose non-ASCII bytes are almost never well-formed UTF-8, is not one),
    each stray byte as one U+FFFD, and their count; ("", 0) if the file is not such a one."""
    text, stray = _utf8_replacing(data)
    well_formed = sum(1 for ch in text if ord(ch) > 0x7F) - stray
    if not stray or stray > well_formed:
        return "", 0
    return text, stray


def _utf8_replacing(data: bytes) -> tuple[str, int]:
    """UTF-8 with each byte that is not UTF-8 as one U+FFFD (so every other character keeps its place), and
    how many there were."""
    text = data.decode("utf-8", errors="surrogateescape")  # each stray byte becomes one lone surrogate
    stray = len(_STRAY_BYTE.findall(text))
    return (_STRAY_BYTE.sub("\ufffd", text) if stray else text), stray


def _legacy_code_page(data: bytes) -> str:
    """A file in a legacy code page, as charset-normalizer reads it: of its readings about as clean as the
    cleanest (its "chaos", a measure of implausible characters), the most coherent in its languages' letter
    frequencies, Windows-1252 on a tie. The detector's own first choice weighs chaos alone, and on short
    English text prefers a cousin such as cp1257, which reads `ï` as `ļ`."""
    from charset_normalizer import from_bytes  # here: only files that are not UTF-8 need it

    readings = list(from_bytes(data))
    if _windows_1252_match(readings) is None and any(byte in data for byte in _CP1252_UNDEFINED_BYTES):
        # Windows-1252 cannot decode those five bytes (they are read as Latin-1): ask again without them,
        # so that one of them does not rule Windows-1252 out.
        western = _windows_1252_match(from_bytes(data.translate(None, _CP1252_UNDEFINED_BYTES)))
        readings += [western] if western is not None else []
    if not readings:
        return _windows_1252(data)
    cleanest = min(reading.chaos for reading in readings)
    plausible = [reading for reading in readings if reading.chaos <= cleanest + _CHAOS_MARGIN]
    chosen = max(plausible, key=lambda r: (r.coherence, _WINDOWS_1252 in r.could_be_from_charset))
    if _WINDOWS_1252 in chosen.could_be_from_charset:
        return _windows_1252(data)
    return data.decode(chosen.encoding, errors="replace")


def _windows_1252(data: bytes) -> str:
    return data.decode(_WINDOWS_1252, errors="surrogateescape").translate(_CP1252_UNDEFINED)


def _windows_1252_match(matches: Iterable[Any]) -> Any:
    """The detector's reading that Windows-1252 gives (it lists the code pages giving each reading), or None."""
    return next((m for m in matches if _WINDOWS_1252 in m.could_be_from_charset), None)


def _checked_text(name: str, text: str) -> str:
    """The decoded text, refused if it holds what prose does not (NUL, many control characters)."""
    if "\x00" in text:  # e.g. UTF-32 read as UTF-16, or binary behind a BOM
        raise ArticleError(name, "binary content (NUL characters); not a text file")
    controls = sum(1 for ch in text if ch in _C0_CONTROLS)
    # A stray control character in a long article is tolerated (and kept, so offsets
    # stay true); more than one in a hundred characters means this is not prose.
    if controls and controls * 100 > len(text):
        raise ArticleError(name, f"binary content ({controls} control characters); not a text file")
    return text


def _decode_declared(name: str, data: bytes, codec: str, label: str) -> str:
    """Decode bytes whose BOM declares the encoding; a mismatch is corruption, not a hint."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            name,
            f"not valid {label} despite its byte-order mark (bad bytes at offset {exc.start})",
        ) from None


def _validation_reason(exc: ValidationError) -> str:
    """'published: '2025-02-30' is not a valid date' — pydantic's report, on one short line."""
    parts = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "value"
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{field}: {message}")
    return "; ".join(parts)


# --------------------------------------------------------------------------- front matter


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---``-fenced ``key: value`` lines off the start of ``text``.

    Returns the fields (keys lower-cased, matching quotes removed) and the body,
    which is everything after the closing ``---`` line, untouched. Text that does
    not start with a ``---`` line has no front matter: ``({}, text)``. Expects
    ``\\n`` line endings (``read_bytes`` normalises them first).

    Raises:
        ValueError: the front matter is not closed, has a line that is not
            ``key: value`` (its line number is given) or repeats a key.

    Notes:
        This is the flat subset of YAML that people write by hand; lists, nesting
        and multi-line values are not supported and are reported as bad lines.
        Fence lines may carry trailing spaces, which are invisible in an editor.
    """
    if not _starts_with_fence(text):
        return {}, text
    first_end = text.find("\n")
    fields: dict[str, str] = {}
    pos = len(text) if first_end == -1 else first_end + 1
    line_number = 1
    while pos < len(text):
        end = text.find("\n", pos)
        next_pos = len(text) if end == -1 else end + 1
        line = text[pos:next_pos].rstrip("\n")
        line_number += 1
        pos = next_pos
        stripped = line.strip()
        if line.rstrip(" \t") == _FRONT_MATTER_FENCE:
            return fields, text[pos:]
        if not stripped or stripped.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or not key:
            raise ValueError(f"front matter line {line_number} is not 'key: value': {_shown_line(stripped)}")
        if key in fields:
            raise ValueError(f"front matter line {line_number} repeats the key '{key}'")
        fields[key] = _unquote(value.strip())
    raise ValueError("front matter is not closed (no second '---' line)")


def _starts_with_fence(text: str) -> bool:
    first_end = text.find("\n")
    first_line = text if first_end == -1 else text[:first_end]
    return first_line.rstrip(" \t") == _FRONT_MATTER_FENCE


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _shown_line(line: str) -> str:
    if len(line) > _SHOWN_LINE_CHARS:
        line = line[: _SHOWN_LINE_CHARS - 1] + "…"
    return repr(line)


# --------------------------------------------------------------------------- HTML


def _html_prolog(text: str) -> tuple[int | None, str]:
    """Where the HTML page starts (``<!doctype html`` / ``<html``), or None if the text
    is not a page; plus the URL of a browser's ``<!-- saved from url=... -->`` comment.

    Skips what may precede the root element in a saved page: whitespace, an XML
    declaration and comments. Scans only that prolog, so it is cheap for plain text.
    """
    pos = 0
    length = len(text)
    saved_url = ""
    while True:
        while pos < length and text[pos].isspace():
            pos += 1
        head = text[pos : pos + 14].lower()
        if head.startswith(("<!doctype html", "<html")):
            return pos, saved_url
        if head.startswith("<!--"):
            close = text.find("-->", pos + 4)
            if close == -1:
                return None, ""
            match = _SAVED_FROM_URL.match(text, pos + 4, close)
            if match:
                saved_url = match.group(1)
            pos = close + 3
        elif head.startswith("<?"):
            close = text.find("?>", pos + 2)
            if close == -1:
                return None, ""
            pos = close + 2
        else:
            return None, ""


def _extract_html(name: str, text: str, html_start: int | None, saved_url: str) -> tuple[str, FrontMatter, str]:
    """Main text and metadata of a saved HTML page, or an ArticleError if there is no article; plus a one-line
    note naming the asides and image captions left out of the text ("" if none)."""
    if html_start is not None:
        # trafilatura distrusts pages whose first 50 characters lack "html" (a long
        # "saved from url" comment does that), so hand it the page from its root.
        page = text[html_start:]
    else:
        page = f"<html><body>{text}</body></html>"  # a fragment: give it a document to sit in
    import trafilatura  # here: a second and a half of imports that only HTML needs
    from trafilatura.utils import load_html

    try:
        tree = load_html(page)
        left_out = _prepare_inline(tree) if tree is not None else {}
        extracted = trafilatura.bare_extraction(
            tree if tree is not None else page,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            # Dates from markup only (meta tags, <time>, JSON-LD), not guessed from prose.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser must not crash the run
        logger.debug("trafilatura failed on %s", name, exc_info=True)
        raise ArticleError(name, f"could not parse HTML ({type(exc).__name__})") from None
    if extracted is None:
        raise ArticleError(name, "no article text found in HTML")
    title = _one_line(_attr(extracted, "title"), limit=1000)
    lines = [line.strip() for line in _attr(extracted, "text").splitlines()]
    lines = [line for line in lines if line]
    # The headline is usually extracted as the first paragraph; it belongs in the
    # title, and plain-text articles do not carry it in the body either.
    if lines and title and _same_words(lines[0], title):
        lines = lines[1:]
    if not any(len(line.split()) >= _MIN_WORDS_IN_PROSE_LINE for line in lines):
        raise ArticleError(name, "no article text found in HTML")
    url = _attr(extracted, "url") or saved_url
    fields: dict[str, Any] = {
        "title": title,
        "source": _one_line(_attr(extracted, "sitename") or _attr(extracted, "hostname"), limit=1000),
        "published": _attr(extracted, "date") or None,
        "url": url if is_http_url(url) else "",
    }
    return "\n".join(lines), _lenient_front_matter(fields), _left_out_note(name, left_out)


def _prepare_inline(tree: Any) -> dict[str, int]:
    """Keep a page's inline elements inline before trafilatura reads it, and count what it will leave out.

    trafilatura takes `<q>` for a block quotation (the sentence breaks into two paragraphs, and the marks a
    browser draws are lost) and drops `<time>` with its words: a `<q>` becomes its text in quotation marks
    (`“...”`, `‘...’` inside another), a `<time>`'s words move just before it (the empty element keeps its
    `datetime` for the publication date). It drops `<aside>` and `<figure>` too, rightly (a pull-out or an
    image caption is not the article's prose): those with prose in them are counted, so a note can say so.
    """
    quotes = [(q, sum(1 for _ in q.iterancestors("q"))) for q in tree.iter("q")]
    for q, depth in quotes:
        opening, closing = _QUOTE_MARKS[depth % 2]
        q.text = opening + (q.text or "")
        if len(q):
            q[-1].tail = (q[-1].tail or "") + closing
        else:
            q.text += closing
    for q, _ in reversed(quotes):
        q.drop_tag()
    for time in list(tree.iter("time")):
        if time.getparent() is not None and (time.text or len(time)):
            words = time.makeelement("span", {})
            words.text, time.text = time.text, None
            words.extend(list(time))
            time.addprevious(words)
    content = next(iter(tree.iter("article", "main")), tree)
    return {
        tag: sum(1 for e in content.iter(tag) if len(e.text_content().split()) >= _MIN_WORDS_IN_PROSE_LINE)
        for tag in _LEFT_OUT
    }


def _left_out_note(name: str, counts: dict[str, int]) -> str:
    """'page.html: 2 image captions and 1 aside left out (not the article's own text)', or ""."""
    parts = [f"{n} {_LEFT_OUT[tag][n != 1]}" for tag, n in counts.items() if n]
    if not parts:
        return ""
    return f"{_one_line(shown_name(name))}: {' and '.join(parts)} left out (not the article's own text)"


def _attr(extracted: object, field: str) -> str:
    value = getattr(extracted, field, None)
    return value if isinstance(value, str) else ""


def _same_words(left: str, right: str) -> bool:
    return left.casefold().split() == right.casefold().split()


def _lenient_front_matter(fields: dict[str, Any]) -> FrontMatter:
    """Metadata scraped from a web page is a hint, not the user's word: drop a field
    that does not validate instead of refusing an otherwise good article."""
    for _ in range(len(fields) + 1):
        try:
            return FrontMatter.model_validate(fields)
        except ValidationError as exc:
            for error in exc.errors():
                if error["loc"]:
                    fields.pop(str(error["loc"][0]), None)
    return FrontMatter()
