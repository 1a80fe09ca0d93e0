"""Briefing (landing page): headline figures, and as of the sidebar's date the next deadline, the funding
decisions, the latest developments and those new in the last week; the sources; and any listed
development read in full, every report of it with its article.

Every list is read from developments (one real-world event however many articles report it), so ten
articles giving one deadline make one line that says "10 sources"."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from briefing.corpus.build import Corpus
from briefing.dashboard import state, widgets
from briefing.present import agenda, views
from briefing.present import developments as dev
from briefing.present.filters import format_day
from briefing.present.highlight import escape_markdown as md
from briefing.present.highlight import markdown_link

LISTED = 12  # funding decisions and source articles listed here; the other pages hold the rest

ctx = state.context()
tables = ctx.tables

st.title("Haiti Briefing")
st.caption(
    f"At a glance: {md(ctx.describe('articles'))}, with their actors, quotes, dated events and the developments "
    f"they report, {md(ctx.as_of.phrase)}."
)

counts = {**views.headline(tables), "developments": tables.count("developments")}
for column, (name, value) in zip(st.columns(len(counts)), counts.items(), strict=True):
    column.metric(name.capitalize(), f"{value:,}", border=True)

as_of = ctx.as_of
day = as_of.day


@st.cache_resource(show_spinner=False, max_entries=4)
def corpus_rows(key: tuple, _corpus: Corpus) -> pd.DataFrame:
    """Every development of the corpus as a row for the lists, made once per corpus (`key`)."""
    del key
    return dev.agenda_rows(_corpus["developments"], _corpus["events"])


# One row per development the filter keeps (any of its reports kept), from its earliest report in the corpus.
rows = ctx.derive(
    "developments as agenda rows", dev.rows_of, corpus_rows(state.corpus_key(), ctx.corpus), tables["developments"]
)


def line(item: agenda.Line, reported: bool = False) -> str:
    """'- **1 Jun 2025** (upcoming; also Mar 2026; 3 sources) — the sentence', and the competing dates
    when the sources disagree; `reported` starts the notes with the day it was first reported."""
    notes = [f"first reported {item.first_reported}"] if reported and item.first_reported else []
    notes.append(item.status)
    notes += ["also " + ", ".join(item.also)] if item.also else []
    notes += [dev.sources_words(item.sources)] if item.sources > 1 else []
    notes += [f"dates conflict: {dev.short_conflict(item.conflict)}"] if item.conflict else []
    return f"- **{item.when}** ({md('; '.join(notes))}) — {md(item.summary)}"


left, right = st.columns([1, 1], gap="large")
with left:
    st.subheader("Next deadline")
    deadline = ctx.derive(f"next deadline as of {day}", agenda.next_deadline, rows, ctx.corpus["articles"], day)
    if deadline is None:
        widgets.empty_state(
            f"No deadline falls due {md(as_of.phrase)} or later among {md(ctx.describe('events'))}.", key="deadline"
        )
    else:
        with st.container(border=True):
            st.markdown(f"#### {deadline.when}")
            st.markdown(
                f"**{deadline.days_to_go} day{'s' if deadline.days_to_go != 1 else ''} to go** {md(as_of.phrase)}"
                + (f" — written “{md(deadline.date_text)}”" if deadline.date_text else "")
            )
            st.markdown(md(deadline.summary))
            if deadline.conflict:
                st.warning(
                    f"The sources give other dates: {md(dev.conflict_words(deadline.conflict))}",
                    icon=":material/warning:",
                )
            if deadline.article_title:
                reported = f" (reported by {dev.sources_words(deadline.sources)})" if deadline.sources > 1 else ""
                st.caption(f"First from: {md(deadline.article_title)}{reported}")

    st.subheader("Funding decisions")
    funding = ctx.derive(f"funding lines as of {day}", agenda.funding_lines, rows, tables["actors"], day)
    if not funding:
        widgets.empty_state(f"No mission funding decisions among {md(ctx.describe('events'))}.", key="funding")
    else:
        st.caption(
            f"Decisions and deadlines about funding that involve a mission, {md(as_of.phrase)}: "
            "upcoming first (nearest first), then the most recent; one line per development."
        )
        st.markdown("\n".join(line(item) for item in funding[:LISTED]))
        if len(funding) > LISTED:
            st.page_link(
                "briefing/dashboard/pages/timeline.py",
                label=f"All {len(funding):,} funding decisions on the Timeline",
                icon=":material/timeline:",
                query_params={"view": "funding"},
            )

with right:
    st.subheader("Latest developments")
    latest = ctx.derive(f"latest developments as of {day}", agenda.latest_developments, rows, day)
    if not latest:
        widgets.empty_state(
            f"No dated development happened by {format_day(day)} among {md(ctx.describe('developments'))}.",
            key="latest",
        )
    else:
        st.caption(
            f"The newest dated developments {md(as_of.phrase)}, newest first; the sources are counted where "
            "more than one article reports it."
        )
        st.markdown("\n".join(line(item) for item in latest))

    first, last = agenda.new_since_window(day)
    since = first - dt.timedelta(days=1)
    st.subheader(f"New since {format_day(since)}")
    fresh = ctx.derive(f"new since, as of {day}", agenda.new_since, rows, day)
    window = f"{format_day(first)} – {format_day(last)}"
    if not fresh:
        widgets.empty_state(
            f"No development was first reported {window} among {md(ctx.describe('developments'))}.", key="new"
        )
    else:
        st.caption(
            f"Developments first reported {window} (the {agenda.NEW_SINCE_DAYS} days up to the as-of date), "
            f"most recently reported first: {len(fresh):,}."
        )
        st.markdown("\n".join(line(item, reported=True) for item in fresh[:LISTED]))
        if len(fresh) > LISTED:
            st.caption(f"The first {LISTED} of {len(fresh):,}; the Timeline lists every development.")

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


def listed_developments() -> dict[str, str]:
    """The developments the lists above name, in their order, each once: id -> 'when — summary'."""
    named: dict[str, str] = {}
    items = [*([deadline] if deadline is not None else []), *funding[:LISTED], *latest, *fresh[:LISTED]]
    for item in items:
        if item.development_id and item.development_id not in named:
            summary = item.summary if len(item.summary) <= SUMMARY_CHARS else item.summary[: SUMMARY_CHARS - 1] + "…"
            named[item.development_id] = f"{item.when} — {summary}"
    return named


SUMMARY_CHARS = 110  # of a line in the reader's choice; the detail gives it whole
listed = listed_developments()
if listed:
    st.divider()
    st.subheader("Read a development in full")
    picked = st.selectbox(
        "A line from the lists above",
        list(listed),
        index=None,
        format_func=listed.get,
        placeholder="Choose a line to read every report of it, each sentence with its article",
        key="briefing_detail",
    )
    if picked is not None:
        kept_ids = ctx.derive("ids of the kept events", lambda: set(tables["events"]["event_id"]))
        found = ctx.derive(
            f"development detail {picked}",
            dev.detail,
            picked,
            ctx.corpus["developments"],
            ctx.corpus["events"],
            ctx.corpus["articles"],
            kept_ids,
        )
        if found is not None:
            widgets.development_detail(found, "The development chosen above, in full")
