"""Widgets every page shares: an empty result that says why and offers the way out, grids that sort and
page through every row (`briefing.present.grid` decides the order and the pages), and CSV and Excel
downloads of exactly the rows of the view, named after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from briefing.corpus import export
from briefing.dashboard.sidebar import clear_filters
from briefing.dashboard.state import CONTEXT_KEY
from briefing.present import developments as dev
from briefing.present import download
from briefing.present import grid as grid_spec
from briefing.present.filters import Filter, Labels
from briefing.present.highlight import escape_markdown as md


def empty_state(message: str, key: str) -> None:
    """A helpful empty result: what matched nothing, and the way out."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if ctx is not None and ctx.corpus["articles"].empty:
        st.info("No articles are loaded yet: add article files on the Sources page.", icon=":material/info:")
        return
    st.info(message, icon=":material/search_off:")
    if not st.session_state.get(CONTEXT_KEY) or not st.session_state[CONTEXT_KEY].filter.is_empty:
        st.button("Clear filters", on_click=clear_filters, key=f"clear_{key}", icon=":material/filter_alt_off:")


def development_detail(found: dev.Detail, help_text: str) -> None:
    """A development and every report of it, each sentence with its article and its date as written."""
    st.subheader(f"{found.when} · {found.kind}", help=help_text)
    st.markdown(md(found.summary))
    first = f", first on {found.first_reported}" if found.first_reported else ""
    st.caption(
        f"Reported by {dev.sources_words(found.sources)}{first}. Every report of it in the corpus follows, in "
        "order of publication: the sentence, its article and the date as the article writes it."
    )
    if found.conflict:
        st.warning(f"The sources give other dates: {md(dev.conflict_words(found.conflict))}", icon=":material/warning:")
        if found.rivals:
            st.markdown("\n".join(f"- competing: {md(rival)}" for rival in found.rivals))
    for report in found.reports:
        with st.container(border=True):
            written = f"written “{md(report.date_text)}”" if report.date_text else "dated by its publication"
            st.markdown(f"**{md(report.title)}** — {md(report.source) or 'unknown source'} · {report.published}")
            st.markdown(f"> {md(report.sentence)}")
            outside = "" if report.in_view else " · outside the current filter"
            st.caption(f"{report.when}, {written}{outside}")


EAGER_DOWNLOAD_ROWS = 250  # larger downloads are made when clicked, not on every rerun
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def as_of(ctx: object | None = None) -> dt.date | None:
    """The date the view is read as of: the context's own when it has one, else the newest article's
    publication date (None for a corpus without dates)."""
    ctx = ctx if ctx is not None else st.session_state.get(CONTEXT_KEY)
    if ctx is None:
        return None
    given = getattr(ctx, "as_of", None) or getattr(ctx.filter, "as_of", None)
    given = getattr(given, "day", given)  # a date, or an object holding the day it stands for
    if isinstance(given, dt.date):
        return given
    derive = getattr(ctx, "derive", None)
    if derive is None:
        return download.newest_publication(ctx.corpus["articles"])
    # Corpus-wide, so kept with what the filter derives: a rerun does not scan the dates again.
    return derive("newest publication date of the corpus", download.newest_publication, ctx.corpus["articles"])


def view(ctx: object, **choices: object) -> download.View:
    """What a page shows, for a download's name, manifest and workbook: the filter, the as-of date and
    the page's own choices (`choices=`, a tuple of `download.Choice`: its preset, search, ...)."""
    return download.View(ctx.filter, as_of=as_of(ctx), labels=ctx.labels, **choices)


# --------------------------------------------------------------------------- grids


def _state_default(key: str, value: object) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def grid(
    rows: pd.DataFrame | Callable[[int | None], pd.DataFrame],
    spec: grid_spec.GridSpec,
    key: str,
    *,
    total: int | None = None,
    cache: str | None = None,
    as_of_day: dt.date | None = None,
    column_config: dict | None = None,
    details: bool = True,
) -> pd.Series | None:
    """A grid over every row: sorted on the server by any column, a page at a time, with the long
    columns of the selected row in full below it. Returns that row (core columns), or None when empty.

    `rows` may be a function giving the first `n` rows (all for None) with `total` saying how many, so
    a grid in stored order takes only what its page needs. `cache` names the rows (with the filter it
    identifies them) so each sort is computed once; `as_of_day` is where a grid that knows dates opens.
    """
    count = len(rows) if isinstance(rows, pd.DataFrame) else int(total or 0)
    if not count:
        return None
    sort_key, desc_key, size_key, page_key = (f"{key}_{part}" for part in ("sort", "desc", "size", "page"))
    _state_default(sort_key, spec.default_sort)
    _state_default(desc_key, spec.default_descending)
    _state_default(size_key, grid_spec.DEFAULT_PAGE_SIZE)
    if st.session_state[sort_key] not in spec.sort_columns:
        st.session_state[sort_key] = spec.default_sort
    sort_col, order_col, size_col, page_col = st.columns([2, 2, 1, 1], vertical_alignment="bottom")
    column = sort_col.selectbox("Sort by", spec.sort_columns, key=sort_key)
    descending = bool(
        order_col.segmented_control(
            "Order",
            [False, True],
            format_func=lambda d: grid_spec.direction_words(spec, column, d),
            key=desc_key,
            required=True,
        )
    )
    pager = count > grid_spec.PAGE_SIZES[0]  # fewer rows fit on any page: no page controls
    size = int(size_col.selectbox("Rows per page", grid_spec.PAGE_SIZES, key=size_key)) if pager else count

    stored = column == grid_spec.STORED_ORDER and not descending
    full = rows if isinstance(rows, pd.DataFrame) else (None if stored else rows(None))

    def ordered() -> np.ndarray:
        return grid_spec.order(full, spec, column, descending, _labels())

    ctx = st.session_state.get(CONTEXT_KEY)

    def kept(name: str, make: Callable[[], object]) -> object:
        """Made once per filter when the rows are named (`cache`), else on every rerun."""
        return ctx.derive(f"{cache} {name}", make) if cache and ctx is not None else make()

    way = f"by {column}, {'descending' if descending else 'ascending'}"
    positions = np.arange(count) if full is None else kept(f"in grid order {way}", ordered)
    pages = grid_spec.page_count(count, size)
    opening = 1
    if column == spec.default_sort and descending == spec.default_descending and full is not None:
        opening = kept(
            f"opening page {way}, {size} a page, as of {as_of_day}",
            lambda: grid_spec.opening_page(full, spec, positions, size, as_of_day),
        )
    signature = (cache, column, descending, size, count, opening)
    if st.session_state.get(f"{key}_view") != signature:  # a new sort, size or set of rows: back to its start
        st.session_state[f"{key}_view"] = signature
        st.session_state[page_key] = opening
    st.session_state[page_key] = min(max(1, int(st.session_state.get(page_key) or 1)), pages)
    number = page_col.number_input("Page", min_value=1, max_value=pages, step=1, key=page_key) if pager else 1
    shown = grid_spec.page(positions, int(number), size)
    if full is None:
        core = rows(shown.last).iloc[shown.first - 1 : shown.last].reset_index(drop=True)
    else:
        core = full.take(shown.positions).reset_index(drop=True)
    st.caption(grid_spec.caption(shown, spec, column, descending))
    display = spec.show(core, _labels(), as_of_day)
    selection = st.dataframe(
        display,
        hide_index=True,
        width="stretch",
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        column_config=column_config,
    )
    picked = selection.selection.rows if selection is not None and hasattr(selection, "selection") else []
    index = picked[0] if picked and picked[0] < len(core) else 0
    if details and spec.long_text:
        how = "selected" if picked else "first on this page; select a row in the grid to read another"
        with st.expander(f"Row {shown.first + index:,} in full ({how})", expanded=bool(picked)):
            for label, text in grid_spec.detail(display.iloc[index], spec):
                st.markdown(f"**{md(label)}:** {md(text)}")
    return core.iloc[index]


def _labels() -> Labels:
    ctx = st.session_state.get(CONTEXT_KEY)
    return ctx.labels if ctx is not None else Labels()


# --------------------------------------------------------------------------- downloads


def download_csv(
    df: pd.DataFrame | Callable[[], pd.DataFrame],
    table: str,
    shown: download.View | Filter,
    label: str,
    key: str,
    order: np.ndarray | None = None,
    rows: int | None = None,
    eager: bool | None = None,
) -> None:
    """A CSV download of exactly these rows (in `order`, row positions, when given; core columns, formula
    cells neutralised) and the same rows as an Excel workbook beside it (a first sheet saying what they
    are); the workbook, and a large CSV, are written when the button is clicked, so reruns do not pay for
    them. `df` may be a function giving the rows, with `rows` saying how many, so they are taken only then.
    `eager=False` writes even a small CSV only when clicked (a page with many downloads)."""
    now = dt.datetime.now(dt.UTC)
    count = rows if rows is not None else len(df)
    shown = shown if isinstance(shown, download.View) else download.View(shown)

    def frame() -> pd.DataFrame:
        taken = df() if callable(df) else df
        return taken if order is None else taken.take(order)

    def data() -> bytes:
        return export.csv_bytes(frame())

    def workbook() -> bytes:
        return download.workbook_bytes({table: frame()}, shown, now)

    eager = count <= EAGER_DOWNLOAD_ROWS if eager is None else eager
    csv_name, xlsx_name = download.csv_name(table, shown, now), download.workbook_name(table, shown, now)
    buttons = st.container(horizontal=True)
    buttons.download_button(
        label,
        data=data() if eager else data,
        file_name=csv_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
        help=f"{count:,} rows: {md(shown.describe(table))}. Saves as `{csv_name}`",
    )
    buttons.download_button(
        "Excel workbook",
        data=workbook,  # always written on click: a workbook costs a rerun far more than its CSV
        file_name=xlsx_name,
        mime=XLSX_MIME,
        key=f"{key}_xlsx",
        icon=":material/table_view:",
        help="The same rows, after a first sheet with the view in words and the column descriptions"
        + (
            ""
            if count <= EAGER_DOWNLOAD_ROWS
            else f" (written when clicked: {count:,} rows take a while, longer than the CSV)"
        )
        + f". Saves as `{xlsx_name}`",
    )
