"""Sources: each article's text with actors, quotes and dates highlighted; add articles to this state."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.parse.read import ARTICLE_SUFFIXES, MAX_FILE_BYTES
from briefing.present import views
from briefing.present.highlight import article_spans, legend_html, render
from briefing.present.highlight import escape_markdown as md

ctx = state.context()
articles = ctx.tables["articles"]
notice = state.upload_notice()  # the last upload's, on the run right after it only
# An upload just finished: its first article that the filter lets through is opened.
visible = set(articles["article_id"][articles["article_id"].isin(notice.article_ids)]) if notice else set()
opened = next((aid for aid in notice.article_ids if aid in visible), None) if notice else None

st.title("Sources")
st.caption(f"The articles behind every table: {md(ctx.describe('articles'))}, with what was found in them highlighted.")

if articles.empty:
    widgets.empty_state(f"No articles match: {md(ctx.describe('articles'))}.", key="sources")
else:
    titles = ctx.derive(
        "article titles",
        lambda: dict(zip(articles["article_id"].tolist(), views.titles(articles).tolist(), strict=True)),
    )
    if opened is not None:
        st.session_state["source_article"] = opened
    chosen = st.selectbox("Article", list(titles), format_func=titles.get, key="source_article")
    row = articles[articles["article_id"] == chosen].iloc[0]
    text_col, meta_col = st.columns([3, 1], gap="large")
    with meta_col:
        st.markdown("**About this article**")
        meta = {
            "Source": row["source"] or "unknown",
            "Published": views.format_date(row["published"]) or "undated",
            "File": row["path"],
            "Paragraphs": str(row["paragraphs"]),
            "Characters": f"{int(row['characters']):,}",
            "SHA-256": row["sha256"][:16] + "…",
        }
        for label, value in meta.items():
            st.markdown(f"{label}: {md(value)}")
        if isinstance(row["url"], str) and row["url"]:
            st.link_button("Open the original", row["url"], icon=":material/open_in_new:")
        found = {
            "mentions of actors": ctx.corpus["mentions"]["article_id"].eq(chosen).sum(),
            "quotes": ctx.corpus["quotes"]["article_id"].eq(chosen).sum(),
            "events": ctx.corpus["events"]["article_id"].eq(chosen).sum(),
        }
        st.caption(" · ".join(f"{int(n)} {what}" for what, n in found.items()))
    with text_col:
        st.subheader(md(row["title"] or row["path"]), anchor=False)
        body = ctx.corpus.texts.get(chosen, "")
        spans = article_spans(
            chosen, ctx.corpus["mentions"], ctx.corpus["quotes"], ctx.corpus["events"], ctx.corpus["actors"]
        )
        st.html(legend_html())
        st.html('<div style="line-height:1.7;font-size:1.02em">' + render(body, spans) + "</div>")

st.divider()
st.subheader("Add articles to this session")
st.caption(
    f"Plain text, Markdown or saved HTML pages ({', '.join(ARTICLE_SUFFIXES)}), up to {MAX_FILE_BYTES // 1_000_000} MB "
    "each. They are parsed here and kept in this browser session only; nothing is saved on the server."
)
with st.form("upload_form", clear_on_submit=True, border=False):
    files = st.file_uploader(
        "Article files",
        type=[s.lstrip(".") for s in ARTICLE_SUFFIXES],
        accept_multiple_files=True,
        key="upload_files",
    )
    submitted = st.form_submit_button("Add to corpus", icon=":material/upload_file:")
if submitted and files:
    with st.spinner(f"Parsing {len(files)} file(s)…"):
        state.add_uploads(files)
    st.rerun()  # the corpus, the article list and the confirmation drawn afresh with the new articles
if notice is not None:  # until the next action
    if notice.added:
        st.success("Added: " + md("; ".join(notice.added)), icon=":material/check_circle:")
    if notice.already:
        st.info("Already in the corpus (the same text): " + md("; ".join(notice.already)))
    if opened is not None:
        st.caption("Its article is open above." if len(notice.article_ids) == 1 else "The first one is open above.")
    elif notice.article_ids:
        st.info(f"Not among {md(ctx.describe('articles'))}: clear the filter to see it.")
    if notice.errors:
        st.warning(f"{notice.errors} file(s) skipped — see below.")

uploaded = state.uploads()
if uploaded:
    st.markdown(
        f"{len(uploaded)} uploaded article(s) in this session: "
        + md("; ".join(p.article["title"] or p.article["path"] for p in uploaded.values()))
    )
    st.button("Remove uploaded articles", on_click=state.remove_uploads, icon=":material/delete:")
problems = [*ctx.corpus.errors, *state.skipped()]
if problems:
    with st.expander(f"Files skipped ({len(problems)})", expanded=True):
        for line in problems:
            st.markdown(f"- {md(line)}")
if ctx.corpus.warnings:
    with st.expander(f"Files read with warnings ({len(ctx.corpus.warnings)})", expanded=True):
        for line in ctx.corpus.warnings:
            st.markdown(f"- {md(line)}")
