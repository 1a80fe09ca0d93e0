"""Widgets every page shares: an empty result that says why and offers the way out, grids capped at a
readable size that say what they leave out, and CSV downloads of exactly the rows on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from briefing.corpus import export
from briefing.dashboard.sidebar import clear_filters
from briefing.dashboard.state import CONTEXT_KEY
from briefing.present import download
from briefing.present.filters import Filter


def empty_state(message: str, key: str) -> None:
    """A helpful empty result: what matched nothing, and the way out."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if ctx is not None and ctx.corpus["articles"].empty:
        st.info("No articles are loaded yet: add article files on the Sources page.", icon=":material/info:")
        return
    st.info(message, icon=":material/search_off:")
    if not st.session_state.get(CONTEXT_KEY) or not st.session_state[CONTEXT_KEY].filter.is_empty:
        st.button("Clear filters", on_click=clear_filters, key=f"clear_{key}", icon=":material/filter_alt_off:")


DISPLAY_ROWS = 1_000  # rows a page puts in a grid; downloads always carry every row
EAGER_DOWNLOAD_ROWS = 250  # larger downloads are made when clicked, not on every rerun


def capped(
    df: pd.DataFrame,
    noun: str,
    order: np.ndarray | None = None,
    limit: int = DISPLAY_ROWS,
    downloadable: bool = True,
    total: int | None = None,
) -> pd.DataFrame:
    """The first `limit` rows for a grid (in `order`, row positions, when given), saying so when there
    are more.

    Sending 300,000 rows to the browser on every rerun costs seconds and megabytes; the filters, the
    search and the CSV are the way to the rest.
    """
    total = len(df) if total is None else total
    if order is not None:
        df = df.take(order[:limit]).reset_index(drop=True)
    if total <= limit:
        return df
    st.caption(
        f"Showing the first {limit:,} of {total:,} {noun}; narrow the filters to see others."
        + (" The download has all of them." if downloadable else "")
    )
    return df.head(limit)


def download_csv(
    df: pd.DataFrame | Callable[[], pd.DataFrame],
    table: str,
    flt: Filter,
    label: str,
    key: str,
    order: np.ndarray | None = None,
    rows: int | None = None,
) -> None:
    """A CSV download of exactly these rows (in `order`, row positions, when given; core columns, formula
    cells neutralised); a large one is written when the button is clicked, so reruns do not pay for it.
    `df` may be a function giving the rows, with `rows` saying how many, so they are taken only then."""
    now = dt.datetime.now(dt.UTC)
    count = rows if rows is not None else len(df)

    def data() -> bytes:
        frame = df() if callable(df) else df
        return export.csv_bytes(frame if order is None else frame.take(order))

    st.download_button(
        label,
        data=data() if count <= EAGER_DOWNLOAD_ROWS else data,
        file_name=download.csv_name(table, flt, now),
        mime="text/csv",
        key=key,
        icon=":material/download:",
    )
