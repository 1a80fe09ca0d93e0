"""Briefing (landing page): headline figures, the next deadline, the funding decisions, the sources."""

from __future__ import annotations

import streamlit as st

from briefing.dashboard import state, widgets
from briefing.present import views
from briefing.present.highlight import escape_markdown as md
from briefing.present.highlight import markdown_link

LISTED = 12  # funding decisions and source articles listed here; the other pages hold the rest

ctx = state.context()
tables = ctx.tables

st.title("Haiti Briefing")
st.caption(f"At a glance: {md(ctx.describe('articles'))}, with their actors, quotes and dated events.")

counts = views.headline(tables)
for column, (name, value) in zip(st.columns(4), counts.items(), strict=True):
    column.metric(name.capitalize(), f"{value:,}", border=True)

left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("Next deadline")
    deadline = ctx.derive("next deadline", views.next_deadline, tables["events"], tables["articles"])
    if deadline is None:
        widgets.empty_state(f"No upcoming deadline among {md(ctx.describe('events'))}.", key="deadline")
    else:
        with st.container(border=True):
            st.markdown(f"#### {deadline.when}")
            if deadline.days_to_go is not None:
                st.markdown(
                    f"**{deadline.days_to_go} days to go** from publication ({deadline.published})"
                    + (f" — written “{md(deadline.date_text)}”" if deadline.date_text else "")
                )
            st.markdown(md(deadline.summary))
            if deadline.article_title:
                st.caption(f"From: {md(deadline.article_title)}")

    st.subheader("Funding decisions")
    funding = ctx.derive("funding decisions", views.funding_decisions, tables["events"], tables["actors"])
    if funding.empty:
        widgets.empty_state(f"No mission funding decisions among {md(ctx.describe('events'))}.", key="funding")
    else:
        st.caption("Events about funding that involve a mission, in date order.")
        lines = [
            f"- **{views.event_when(row)}** ({row['status']}) — {md(row['summary'])}"
            for row in funding.head(LISTED).to_dict("records")
        ]
        st.markdown("\n".join(lines))
        if len(funding) > LISTED:
            st.page_link(
                "briefing/dashboard/pages/timeline.py",
                label=f"All {len(funding):,} funding decisions on the Timeline",
                icon=":material/timeline:",
                query_params={"view": "funding"},
            )

with right:
    st.subheader("Source articles")
    articles = tables["articles"]
    if articles.empty:
        widgets.empty_state(f"No articles match: {md(ctx.describe('articles'))}.", key="articles")
    newest = articles.sort_values(["published", "title"], ascending=[False, True], na_position="last", kind="stable")
    for row in newest.head(LISTED).to_dict("records"):
        with st.container(border=True):
            title = row["title"] or row["path"]
            url = row["url"] if isinstance(row["url"], str) and row["url"] else ""
            st.markdown(f"**{markdown_link(title, url)}**" if url else f"**{md(title)}**")
            published = views.format_date(row["published"]) or "undated"
            st.caption(f"{md(row['source']) or 'Unknown source'} · {published} · {row['paragraphs']} paragraphs")
    if len(articles) > LISTED:
        st.page_link(
            "briefing/dashboard/pages/sources.py",
            label=f"The newest {LISTED} of {len(articles):,} articles: all on Sources",
            icon=":material/article:",
        )
    if ctx.corpus.errors:
        with st.expander(f"Files skipped ({len(ctx.corpus.errors)})"):
            for line in ctx.corpus.errors:
                st.text(line)
    if ctx.corpus.warnings:
        with st.expander(f"Files read with warnings ({len(ctx.corpus.warnings)})"):
            for line in ctx.corpus.warnings:
                st.text(line)
