"""The parse cache: one article's rows kept on disk, keyed by the SHA-256 of its file's bytes.

Owns reading and writing entries. An entry is one article's rows as zlib-compressed JSON (plain data,
never code, so a tampered cache cannot run anything), written to a temporary file and renamed into
place, so a reader sees a whole entry or none. An entry that cannot be decoded is ignored (the file is
parsed again); a cache that cannot be written is skipped. Which folder is `fingerprint.parser_key`'s.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zlib
from pathlib import Path

from briefing.corpus.rows import ParsedArticle
from briefing.parse.read import MAX_FILE_BYTES, ArticleError, open_regular, shown_name

# read_bytes treats a file as HTML by its name too, so the same bytes under a .html name parse differently.
_HTML_NAMES = (".html", ".htm")
_ENTRY_MAGIC = b"HBC1\n"

logger = logging.getLogger(__name__)


def entry_path(root: Path, sha256: str, path: str) -> Path:
    kind = "html" if path.lower().endswith(_HTML_NAMES) else "text"
    return root / sha256[:2] / f"{sha256}-{kind}.json.z"


def _encode(article: ParsedArticle) -> bytes:
    text = json.dumps(vars(article), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _ENTRY_MAGIC + zlib.compress(text.encode("utf-8"), 1)


def _decode(data: bytes) -> ParsedArticle:
    if not data.startswith(_ENTRY_MAGIC):
        raise ValueError("not a cache entry")
    return ParsedArticle(**json.loads(zlib.decompress(data[len(_ENTRY_MAGIC) :])))


def write_entry(root: Path, article: ParsedArticle) -> None:
    """Store one article's rows, whole or not at all; a failure only costs a parse next time."""
    try:
        data = _encode(article)
        if _decode(data) != article:  # e.g. a tuple would come back as a list: never serve a changed row
            logger.warning("not cached (rows do not survive JSON): %s", article.article["path"])
            return
        target = entry_path(root, article.article["sha256"], article.article["path"])
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError) as exc:
        logger.debug("cache write failed for %s: %s", article.article.get("path"), exc)


def read_entry(root: Path, path: Path) -> ParsedArticle | None:
    """The cached rows of this file's current bytes, or None (not cached, unreadable, corrupt)."""
    name = str(path)
    try:
        with open_regular(path) as handle:
            info = os.fstat(handle.fileno())
            if info.st_size > MAX_FILE_BYTES:
                return None  # read_file will say why
            sha256 = hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
        entry = entry_path(root, sha256, name).read_bytes()
    except (OSError, ArticleError):  # not a regular file, unreadable: read_file will say why
        return None
    try:
        article = _decode(entry)
        if article.article["sha256"] != sha256:
            raise ValueError("entry is for other bytes")
    except Exception as exc:  # whatever is wrong with an entry, parsing again is the cure
        logger.warning("ignoring a corrupt cache entry for %s (%s)", name, type(exc).__name__)
        return None
    first, now = article.article["path"], shown_name(name)
    article.article["path"] = now
    # a warning names the file: the name it is loaded from now, as the rows have it
    article.warnings = [
        now + line[len(first) :] if line.startswith(f"{first}: ") else line for line in article.warnings
    ]
    return article
