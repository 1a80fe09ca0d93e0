"""The sidebar filter and its two-way binding with the URL's query parameters.

Owns the filter widgets' state: drawn from the facets `present.filters` declares (each facet's label,
key, placeholder and help), read back as a `Filter`, taken from the URL once per session and written
back to it on every rerun, so a copied link reopens the same view. What a filter does to the tables
is `Filter.apply`'s, not this module's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import streamlit as st

from briefing.present.filters import DATE_KEY, DATE_PARAMS, DATES_BEFORE, FACETS, RULE, Filter, Options, option_labels
from briefing.present.highlight import escape_markdown

KEY_DATES = DATE_KEY
FILTER_KEYS = (*(facet.key for facet in FACETS), KEY_DATES)
_READY = "_filters_from_url"
_BOUNDS = "_date_bounds"
_DROPPED = "_dropped_filter_values"


def filter_from_state(opts: Options) -> Filter:
    state = st.session_state
    start = end = None
    chosen = state.get(KEY_DATES) or ()
    if opts.date_bounds and len(chosen) == 2:
        lo, hi = opts.date_bounds
        start = chosen[0] if chosen[0] != lo else None
        end = chosen[1] if chosen[1] != hi else None
    chosen_values = {facet.attr: tuple(state.get(facet.key) or ()) for facet in FACETS}
    return Filter(**chosen_values, date_from=start, date_to=end)


def _write_state(flt: Filter, opts: Options) -> None:
    state = st.session_state
    for facet in FACETS:
        state[facet.key] = list(getattr(flt, facet.attr))
    if opts.date_bounds:
        lo, hi = opts.date_bounds
        state[KEY_DATES] = (flt.date_from or lo, flt.date_to or hi)
    state[_BOUNDS] = opts.date_bounds


def clear_filters() -> None:
    """Back to everything (a button callback: runs before the widgets are drawn again)."""
    opts: Options | None = st.session_state.get("_options")
    if opts is not None:
        _write_state(Filter(), opts)
    else:
        for key in FILTER_KEYS:
            st.session_state.pop(key, None)


def prepare_state(opts: Options) -> None:
    """Before the widgets: take the filter from the URL once per session, then keep it valid."""
    state = st.session_state
    state["_options"] = opts
    if not state.get(_READY):
        from_url, dropped = Filter.from_query(_query_dict()).within(opts)
        _write_state(from_url, opts)
        state[_DROPPED] = dropped
        state[_READY] = True
        return
    # Uploads can widen the corpus: an unrestricted date range follows the new bounds.
    old = state.get(_BOUNDS)
    if opts.date_bounds != old:
        chosen = state.get(KEY_DATES)
        if opts.date_bounds and (not chosen or old is None or tuple(chosen) == tuple(old)):
            state[KEY_DATES] = opts.date_bounds
        state[_BOUNDS] = opts.date_bounds


def _query_dict() -> dict[str, list[str]]:
    params = st.query_params
    return {key: params.get_all(key) for key in params}


def sync_url(flt: Filter) -> None:
    """Make the URL's filter parameters say what the filter says (other parameters are left alone)."""
    wanted = flt.to_query()
    params = st.query_params
    for key in (*(facet.param for facet in FACETS), *DATE_PARAMS):
        if key in wanted:
            if params.get_all(key) != wanted[key]:
                params[key] = wanted[key]
        elif key in params:
            del params[key]


def _date_widget(opts: Options) -> None:
    if opts.date_bounds:
        st.date_input(
            "Dates",
            key=KEY_DATES,
            format="YYYY-MM-DD",
            help="Events whose date falls in the range; other rows by their article's publication date",
        )


OptionLabels = dict[str, dict[str, str]]  # facet -> value -> label


def _label(labels: dict[str, str], value: str) -> str:
    return labels.get(value, value)


def sidebar(opts: Options, labels_of: Callable[[Filter], OptionLabels] | None = None) -> Filter:
    """The shared filter widgets, each value labelled with its count under the other filters
    (`labels_of`, cached by the caller: `present.filters.option_labels`); returns the filter they hold."""
    prepare_state(opts)
    labels = labels_of(filter_from_state(opts)) if labels_of else option_labels(opts)
    with st.sidebar:
        st.markdown("### Filters")
        for facet in FACETS:
            if facet.attr == DATES_BEFORE:
                _date_widget(opts)
            # A value's label carries its count, which changes with the other facets; the browser knows
            # a chosen value by its label, so the chosen values are written back for it to take the new
            # labels (else its next message names labels no option has, and the value is lost).
            st.session_state[facet.key] = list(st.session_state.get(facet.key) or [])
            st.multiselect(
                facet.label,
                list(getattr(opts, facet.attr)),
                key=facet.key,
                format_func=functools.partial(_label, labels[facet.attr]),
                placeholder=facet.placeholder,
                help=facet.help or None,
                # No "Select all matches" row: Enter takes the best match alone (typing "OAS" and Enter
                # once chose the three organizations whose names hold those letters).
                select_all=False,
            )
        st.button("Clear filters", on_click=clear_filters, icon=":material/filter_alt_off:", width="stretch")
        st.caption(
            f"{RULE[0].upper()}{RULE[1:]}. The address bar holds these filters: copy the link to share this view."
        )
    dropped = st.session_state.pop(_DROPPED, None)
    if dropped:
        st.toast("Not in this corpus, ignored: " + escape_markdown(", ".join(dropped)))
    return filter_from_state(opts)
