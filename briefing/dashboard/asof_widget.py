"""The as-of date in the sidebar and in the URL: newest article (the default), today, or a chosen day.

Owns the two widgets' state (what the date follows, and the chosen day), taken from the URL's `asof`
parameter once per session and written back on every rerun, like the filters in `sidebar`. What the
date means, and each event's status on it, is `briefing.present.asof`'s.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from briefing.present import asof
from briefing.present.asof import AsOf

BASIS_KEY = "asof_basis"
DAY_KEY = "asof_day"
_READY = "_asof_from_url"


def prepare_state(articles: pd.DataFrame) -> None:
    """Before the widgets: the choice from the URL once per session; a day for the date widget always."""
    state = st.session_state
    newest = asof.newest_publication(articles) or dt.date.today()
    if not state.get(_READY):
        params = st.query_params
        basis, chosen = asof.choice_from_query({key: params.get_all(key) for key in params})
        state[BASIS_KEY] = basis
        state[DAY_KEY] = chosen or newest
        state[_READY] = True
    if state.get(BASIS_KEY) not in asof.BASES:
        state[BASIS_KEY] = asof.NEWEST
    if not isinstance(state.get(DAY_KEY), dt.date):  # dropped while its widget was hidden
        state[DAY_KEY] = newest


def from_state(articles: pd.DataFrame) -> AsOf:
    """The as-of date the widgets hold (the newest publication until they are changed)."""
    state = st.session_state
    return asof.resolve(state.get(BASIS_KEY, asof.NEWEST), state.get(DAY_KEY), articles, dt.date.today())


def sync_url(as_of: AsOf) -> None:
    """Make the URL's `asof` parameter say what the as-of date is (absent for the default)."""
    wanted = as_of.to_query().get(asof.PARAM)
    params = st.query_params
    if wanted:
        if params.get_all(asof.PARAM) != wanted:
            params[asof.PARAM] = wanted
    elif asof.PARAM in params:
        del params[asof.PARAM]


def sidebar(articles: pd.DataFrame) -> AsOf:
    """The as-of widgets (in the sidebar); returns the date they hold, with the URL in step."""
    prepare_state(articles)
    with st.sidebar:
        st.segmented_control(
            "As of",
            list(asof.BASES),
            format_func=asof.BASES.get,
            key=BASIS_KEY,
            required=True,
            help="The day deadlines count to and events are upcoming or past from: the newest article's "
            "publication date, today, or a date you choose",
        )
        if st.session_state[BASIS_KEY] == asof.DAY:
            st.date_input(
                "As-of date", key=DAY_KEY, format="YYYY-MM-DD", min_value=asof.EARLIEST, max_value=asof.LATEST
            )
    as_of = from_state(articles)
    with st.sidebar:
        st.caption(f"Reading the corpus {as_of.phrase}.")
    sync_url(as_of)
    return as_of
