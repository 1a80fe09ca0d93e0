"""Quotes: search quotations by words, speaker and attribution; read one in its paragraph; download them."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import download, grid, views
from briefing.present.highlight import escape_markdown as md
from briefing.present.highlight import mark_terms, paragraph_html

ctx = state.context()
quotes = ctx.tables["quotes"]

st.title("Quotes")
if "quote_speech" not in st.session_state:  # a shared link may say which speech it shows
    given = st.query_params.get("speech", "both")
    st.session_state["quote_speech"] = given if given in views.SPEECH else "both"
speech = (
    st.segmented_control(
        "Speech",
        list(views.SPEECH),
        key="quote_speech",
        format_func=views.SPEECH.get,
        help="Direct: words in quotation marks. Indirect: what someone said, reported without quotation marks "
        "(`X said that ...`, `according to X, ...`).",
    )
    or "both"
)
if speech == "both":
    if "speech" in st.query_params:
        del st.query_params["speech"]
else:
    st.query_params["speech"] = speech
st.caption(
    f"Who said what: {md(ctx.describe('quotes'))}, showing {views.SPEECH_PHRASE[speech]}. "
    "Search looks in the quotation, the speaker and the sentence."
)

search, speaker_col, attribution_col = st.columns([2, 1, 1])
if "quote_search" not in st.session_state:  # a shared link may carry the search
    st.session_state["quote_search"] = st.query_params.get("q", "")
query = search.text_input("Search", key="quote_search", placeholder='e.g. mission, catastrophe, "step up"')
speakers = speaker_col.multiselect(
    "Speaker",
    ctx.derive("speaker choices", views.speaker_choices, quotes),
    key="quote_speakers",
    placeholder="Any speaker",
)
attributions = attribution_col.multiselect(
    "Attribution",
    ctx.derive("attribution choices", views.attribution_choices, quotes),
    key="quote_attributions",
    placeholder="Any attribution",
    help="explicit: named with a speech verb; pronoun: “he said”; context: the speaker of the surrounding text",
)
if query.strip():
    st.query_params["q"] = query.strip()
elif "q" in st.query_params:
    del st.query_params["q"]
found = views.search_quotes(quotes, query, speakers, attributions, speech)

if found.empty:
    said = f"No quotes match ‘{md(query)}’ with these filters" if query.strip() else "No quotes match these filters"
    widgets.empty_state(f"{said} ({md(ctx.describe('quotes'))}).", key="quotes")
    st.stop()

st.subheader(f"{len(found):,} quote{'s' if len(found) != 1 else ''}")
quote = widgets.grid(
    found,
    grid.QUOTES,
    "quotes_table",
    column_config={"Quote": st.column_config.TextColumn(width="large")},
    details=False,  # the quote in context below is its detail
)
shown_view = widgets.view(ctx, choices=download.quote_choices(query, speech, speakers, attributions))
widgets.download_csv(found, "quotes", shown_view, "Download these quotes (CSV)", key="dl_quotes")

terms = views.search_terms(query)

st.subheader("Quote in context")
st.caption("Select a row above to read another quote. Search words are highlighted.")
with st.container(border=True):
    reported = quote["kind"] == "indirect"  # reported words carry no quotation marks of their own
    st.html(
        '<blockquote style="font-size:1.15em;margin:0 0 .4em 0;border-left:4px solid #1f4e8c;padding-left:.8em">'
        + ("" if reported else "“")
        + mark_terms(quote["text"], terms)
        + ("" if reported else "”")
        + "</blockquote>"
    )
    who = views.speaker_label(quote["speaker"])
    verb = f" — {quote['cue']}" if isinstance(quote["cue"], str) and quote["cue"] else ""
    kind = "reported speech" if reported else md(quote["kind"]) + " quote"
    st.markdown(
        f"**{md(who)}**{md(verb)} · attribution: {md(views.attribution_label(quote['attribution']))} · "
        f"{kind} · {md(ctx.labels.article(quote['article_id']))}"
    )
    body = ctx.corpus.texts.get(quote["article_id"], "")
    if body:
        marked = "the reported words" if reported else "the quotation"
        st.markdown(f"**Paragraph {int(quote['paragraph']) + 1}**, {marked} marked:")
        st.html(
            '<div style="line-height:1.6">'
            + paragraph_html(body, int(quote["start"]), int(quote["end"]), terms)
            + "</div>"
        )
