"""Article text as safe HTML with highlighted spans: actors, quotes, dates and search matches.

Owns one rule: every character of article text is HTML-escaped before any markup is added, and
markup is only ever added around spans given as character offsets. Spans may nest or overlap (a
country named inside a quotation); the text is cut at every span boundary and each piece is wrapped
in the spans that cover it, outermost first, so the result is always well-formed.

It does not decide what is an actor or a quote (the core's tables do), and it emits inline styles
only, so the HTML works anywhere without a stylesheet.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from briefing.parse import vocab

TYPE_COLOURS = vocab.colours(vocab.ACTOR_TYPES)


def type_colour(actor_type: str) -> str:
    return TYPE_COLOURS.get(actor_type, vocab.FALLBACK_COLOUR)


# Outer kinds first: a quote's background sits under an actor's underline and a search match.
KIND_ORDER = ("quote", "selected", "date", "actor", "match")
STYLES = {
    "quote": "background:#fff4c2;border-radius:2px;",
    "selected": "background:#ffe08a;box-shadow:0 0 0 2px #f0b400;border-radius:2px;",
    "date": "background:#d7e8fb;border-radius:2px;padding:0 1px;",
    "actor": "font-weight:600;border-bottom:2px solid {colour};",
    "match": "background:#ffd54f;color:inherit;padding:0;",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # one of KIND_ORDER
    title: str = ""  # tooltip
    colour: str = ""  # for actors: the type's colour


def _open_tag(span: Span) -> str:
    style = STYLES[span.kind].format(colour=span.colour or "#4e79a7")
    title = f' title="{html.escape(span.title, quote=True)}"' if span.title else ""
    tag = "mark" if span.kind == "match" else "span"
    return f'<{tag} class="hl-{span.kind}" style="{style}"{title}>'


def _close_tag(span: Span) -> str:
    return "</mark>" if span.kind == "match" else "</span>"


def render(text: str, spans: Iterable[Span] = (), paragraphs: bool = True) -> str:
    """`text` escaped, with each span wrapped in its markup; lines become <p> when `paragraphs`.

    Spans outside the text are clipped; empty spans are ignored.
    """
    n = len(text)
    clean = [Span(max(0, s.start), min(n, s.end), s.kind, s.title, s.colour) for s in spans]
    clean = [s for s in clean if s.start < s.end and s.kind in STYLES]
    cuts = sorted({0, n, *(s.start for s in clean), *(s.end for s in clean)})
    # Also cut at line breaks so no element crosses a paragraph boundary.
    if paragraphs:
        cuts = sorted(
            set(cuts) | {m.start() for m in re.finditer("\n", text)} | {m.end() for m in re.finditer("\n", text)}
        )
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        if piece == "\n" and paragraphs:
            out.append("</p><p>")
            continue
        covering = sorted((s for s in clean if s.start <= a and b <= s.end), key=lambda s: (rank[s.kind], s.start))
        escaped = html.escape(piece, quote=False)
        if not paragraphs:
            escaped = escaped.replace("\n", "<br>")
        out.append(
            "".join(_open_tag(s) for s in covering) + escaped + "".join(_close_tag(s) for s in reversed(covering))
        )
    body = "".join(out)
    if not paragraphs:
        return body
    body = f"<p>{body}</p>"
    return body.replace("<p></p>", "")


def term_spans(text: str, terms: Iterable[str], offset: int = 0) -> list[Span]:
    """Case-insensitive occurrences of each search term in `text`, as `match` spans (shifted by `offset`)."""
    spans = []
    for term in terms:
        if not term:
            continue
        for found in re.finditer(re.escape(term), text, flags=re.IGNORECASE):
            spans.append(Span(found.start() + offset, found.end() + offset, "match"))
    return spans


def mark_terms(text: str, terms: Iterable[str]) -> str:
    """Escaped text with search terms in <mark> (no paragraphs)."""
    return render(text, term_spans(text, terms), paragraphs=False)


def _line_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The lines (paragraphs) that contain [start, end)."""
    first = body.rfind("\n", 0, start) + 1
    last = body.find("\n", end)
    return first, (len(body) if last == -1 else last)


def paragraph_html(body: str, start: int, end: int, terms: Iterable[str] = ()) -> str:
    """The paragraph(s) holding body[start:end], with that span marked and search terms highlighted."""
    first, last = _line_bounds(body, start, end)
    window = body[first:last]
    spans = [Span(start - first, end - first, "selected", "the selected quotation")]
    spans += term_spans(window, terms)
    return render(window, spans)


def context_html(body: str, start: int, end: int, width: int = 110, title: str = "") -> str:
    """A mention in context: up to `width` characters either side within its paragraph, mention marked."""
    first, last = _line_bounds(body, start, end)
    left = max(first, start - width)
    right = min(last, end + width)
    # Start and stop at word boundaries so the snippet does not open mid-word.
    if left > first:
        space = body.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < last:
        space = body.rfind(" ", end, right)
        right = space if space != -1 else right
    window = body[left:right]
    marked = render(window, [Span(start - left, end - left, "match", title)], paragraphs=False)
    return ("… " if left > first else "") + marked + (" …" if right < last else "")


def article_spans(
    article_id: str,
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    events: pd.DataFrame,
    actors: pd.DataFrame,
) -> list[Span]:
    """Spans for one article: its quotations, actor mentions (coloured by type) and written dates."""
    mentions = mentions[mentions["article_id"] == article_id]
    # Only this article's actors: a corpus-wide lookup cost more than the highlighting at 10,000 articles.
    own = actors[actors["actor_id"].isin(mentions["actor_id"].unique())]
    names: Mapping[str, tuple[str, str]] = dict(
        zip(own["actor_id"].tolist(), zip(own["name"].tolist(), own["type"].tolist(), strict=True), strict=True)
    )
    spans: list[Span] = []
    for row in quotes[quotes["article_id"] == article_id].itertuples():
        who = row.speaker if isinstance(row.speaker, str) and row.speaker else "unattributed"
        spans.append(Span(int(row.start), int(row.end), "quote", f"quote: {who}"))
    for row in events[events["article_id"] == article_id].itertuples():
        if isinstance(row.date_text, str) and row.date_text:  # dated as of publication: nothing written
            spans.append(Span(int(row.start), int(row.end), "date", f"{row.kind}: {row.date}"))
    for row in mentions.itertuples():
        name, actor_type = names.get(row.actor_id, (row.text, ""))
        spans.append(Span(int(row.start), int(row.end), "actor", f"{name} ({actor_type})", type_colour(actor_type)))
    return spans


def legend_html() -> str:
    """A one-line key to the article highlighting: quotation, date, and an actor of each type."""
    items = [
        _open_tag(Span(0, 1, "quote")) + "quotation" + "</span>",
        _open_tag(Span(0, 1, "date")) + "date" + "</span>",
    ]
    items += [
        _open_tag(Span(0, 1, "actor", colour=colour)) + html.escape(actor_type) + "</span>"
        for actor_type, colour in TYPE_COLOURS.items()
    ]
    return '<p style="font-size:0.9em">Key: ' + " &nbsp; ".join(items) + "</p>"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~:=&])")


def escape_markdown(text: object) -> str:
    """Article text made literal for Streamlit markdown: no emphasis, links, images, LaTeX (`$5 million`),
    `:colour[...]` directives or decoded entities (`&amp;` stays `&amp;`) can come out of an article."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text if isinstance(text, str) else "")


# Characters left as they are in a link target: those with a meaning in a URL. The rest, notably
# ( ) < > \ and spaces, are percent-encoded so that they cannot end a markdown link early.
_URL_SAFE = ":/?#[]@!$&'*+,;=%~"


def markdown_link(text: object, url: str) -> str:
    """`[text](url)` for Streamlit markdown: the text escaped, the URL unable to break out of the link.

    The URL must already be known to be http(s) (`models.is_http_url`); this only keeps a ``)`` in it
    from closing the link and starting another one (``…/x)[click](javascript:…)``).
    """
    return f"[{escape_markdown(text)}]({quote(url, safe=_URL_SAFE)})"
