"""Validated shapes of what the read layer hands to the rest of the pipeline.

This module owns the *edge* models only: front matter as written by a person
(or taken from an HTML page) and the document built from one article file.
Validation happens here, once, so later stages can trust every field.
It does not know about files, encodings or HTML; see ``briefing.parse.read``.
"""

from __future__ import annotations

import datetime
import re
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHOWN_VALUE_CHARS = 60
#: Publication years accepted: relative dates (`next year`, `tomorrow`) resolve safely inside them.
PUBLISHED_YEARS = (1900, 2100)


def _shown(value: object) -> str:
    """Quote a bad value for an error message, short enough to stay on one line."""
    text = str(value)
    if len(text) > _SHOWN_VALUE_CHARS:
        text = text[: _SHOWN_VALUE_CHARS - 1] + "…"
    return repr(text)


def is_http_url(value: str) -> bool:
    """True for an absolute http(s) URL with a host and no whitespace or control characters.

    Why so strict: URLs end up as links in the dashboard, and anything else
    (``javascript:``, ``data:``, ``file:``) is either useless or dangerous there.
    """
    if not value or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. a malformed IPv6 host such as "http://[::1"
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class FrontMatter(BaseModel):
    """Metadata for one article; every field optional, unknown keys ignored.

    Frozen so that a ``SourceDocument`` is immutable all the way down (and hashable);
    use ``model_copy(update=...)`` to derive a changed copy.
    """

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    title: str = ""
    source: str = ""
    published: datetime.date | None = None
    url: str = ""

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date_only(cls, value: object) -> object:
        """Accept only 'YYYY-MM-DD' text (or a date): pydantic alone would also take
        timestamps and datetimes, which hide mistakes in hand-written front matter."""
        if value is None or isinstance(value, datetime.date):
            return value.date() if isinstance(value, datetime.datetime) else value
        text = str(value).strip()  # a number (a timestamp?) then fails the pattern below
        if not text:
            return None
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(f"{_shown(text)} is not a valid date (expected YYYY-MM-DD)")
        try:
            day = datetime.date.fromisoformat(text)
        except ValueError as exc:  # 2025-02-30: right shape, impossible day
            raise ValueError(f"{_shown(text)} is not a valid date ({exc})") from None
        if not PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
            # `tomorrow` in an article of 9999-12-31 would have no date to be: refused here, with a reason
            first, last = PUBLISHED_YEARS
            raise ValueError(f"{_shown(text)} is outside the years {first}-{last} a publication date may have")
        return day

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        """Refuse non-web URLs (javascript:, data:, relative paths) rather than keep them quietly."""
        if value and not is_http_url(value):
            raise ValueError(f"{_shown(value)} is not an http(s) URL")
        return value


class SourceDocument(BaseModel):
    """One article as read: its text, its metadata and where it came from.

    ``body`` is exactly the received text after the front matter (line endings
    normalised to ``\\n``, byte-order mark removed), so character offsets found
    by later stages point into the article as the user supplied it. For HTML the
    body is the extracted main text, one paragraph per line.
    """

    model_config = ConfigDict(frozen=True)

    path: str
    body: str
    meta: FrontMatter
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    fmt: Literal["text", "html"]
    # One line each, naming the file: what was read but not as received (stray bytes replaced by U+FFFD).
    warnings: tuple[str, ...] = ()
