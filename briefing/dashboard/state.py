"""The dashboard's state between reruns: the cached corpus, this session's uploads, and each page's context.

Owns what lives between reruns: the seed articles loaded once per content (`st.cache_resource`, keyed by
the seeds' names, sizes and times), uploads parsed into this session only (in child processes with a
time limit per file, `corpus.timed`; never written to disk), what the last upload did, and the tables
under each filter. Pages call `context()` and get the corpus, the filter and the filtered
tables; they never parse, and never filter on their own. The sidebar and its URL binding are `sidebar`;
shared widgets are `widgets`. Everything that can be tested without Streamlit lives in `present`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import streamlit as st

from briefing.corpus import timed
from briefing.corpus.build import Corpus, extend_corpus
from briefing.corpus.ingest import files_signature, load_corpus
from briefing.corpus.rows import ParsedArticle
from briefing.dashboard import asof_widget, sidebar
from briefing.parse.read import MAX_FILE_BYTES, ArticleError
from briefing.present.asof import TODAY, AsOf
from briefing.present.filters import (
    FacetIndex,
    Filter,
    FilteredTables,
    Labels,
    Options,
    facet_counts,
    facet_index,
    option_labels,
    options,
)

T = TypeVar("T")
APP_ROOT = Path(__file__).resolve().parents[2]
SEEDS_ENV = "BRIEFING_SEEDS"  # os.pathsep-separated files or folders; default: the app's seeds/ folder
WORKERS_ENV = "BRIEFING_WORKERS"  # processes that parse files missing from the cache; default 0: every core
CACHE_ENV = "BRIEFING_CACHE"  # folder of parsed articles kept by content; default .briefing-cache; "off": none
UPLOAD_SECONDS_ENV = "BRIEFING_UPLOAD_SECONDS"  # seconds to parse one uploaded file; default 60; 0 or "off": none

_UPLOADS = "uploaded_articles"  # sha256 -> ParsedArticle
_SKIPPED = "skipped_files"  # one-line reasons, newest last
_NOTICE = "upload_notice"  # what the last "Add to corpus" did, until the next action (`UploadNotice`)
CONTEXT_KEY = "_page_context"


# --------------------------------------------------------------------------- corpus


def seed_paths() -> tuple[str, ...]:
    configured = os.environ.get(SEEDS_ENV, "")
    if configured:
        return tuple(p for p in configured.split(os.pathsep) if p)
    seeds = APP_ROOT / "seeds"
    try:  # relative when run from the app's folder, so tables and exports name "seeds/…" as the CLI does
        return (str(seeds.relative_to(Path.cwd())),)
    except ValueError:
        return (str(seeds),)


SEEDS_RECHECK_SECONDS = 5


@st.cache_data(ttl=SEEDS_RECHECK_SECONDS, show_spinner=False)
def seeds_digest(paths: tuple[str, ...]) -> str:
    """The seed files' names, sizes and modification times, digested: the corpus's cache key.

    A stat per file, no reads, and taken at most every few seconds (at 10,000 files a stat of each costs
    70 ms, a third of a rerun's budget): an added or edited seed shows on the first rerun after that.
    """
    return files_signature(paths)


# Corpora live in `st.cache_resource`: one object shared by every session and rerun, never copied.
# `st.cache_data` would pickle the corpus on every rerun (seconds and a second copy at 10,000
# articles). Nothing downstream changes a table in place: filters and views make new frames.


@st.cache_resource(show_spinner="Reading the seed articles…", max_entries=2)
def _seed_corpus(digest: str, paths: tuple[str, ...]) -> Corpus:
    del digest  # only the cache key
    workers = int(os.environ.get(WORKERS_ENV, "0") or 0)
    cache = os.environ.get(CACHE_ENV, str(APP_ROOT / ".briefing-cache"))
    # Only the tables stay in memory: the parsed rows are dropped once the tables are built.
    return load_corpus(paths, workers=workers, cache_dir=None if cache.lower() == "off" else cache)


@st.cache_resource(show_spinner="Adding the uploaded articles…", max_entries=4)
def _with_uploads(key: tuple, _seeds: Corpus, _extra: list[ParsedArticle]) -> Corpus:
    del key  # the seeds' digest and the uploads' hashes and names identify _seeds and _extra
    return extend_corpus(_seeds, _extra)


@st.cache_resource(show_spinner=False, max_entries=8)
def _options(key: tuple, _corpus: Corpus) -> Options:
    del key
    return options(_corpus.tables)


@st.cache_resource(show_spinner=False, max_entries=8)
def _filtered(key: tuple, query: str, _corpus: Corpus, _flt: Filter) -> tuple[FilteredTables, dict]:
    """A corpus's tables under one filter, and a store for what pages derive from them (`Context.derive`),
    kept for the next rerun (a click, a page change) of any session."""
    del key, query  # the corpus key and the filter's URL form identify _corpus and _flt
    return _flt.apply(_corpus.tables), {}


OptionLabels = dict[str, dict[str, str]]


@st.cache_resource(show_spinner=False, max_entries=8)
def _facet_index(key: tuple, _corpus: Corpus) -> FacetIndex:
    del key
    return facet_index(_corpus.tables)


@st.cache_resource(show_spinner=False, max_entries=32)
def _option_labels(key: tuple, query: str, _corpus: Corpus, _opts: Options, _flt: Filter) -> OptionLabels:
    """The sidebar's labels: each value with its rows under the other filters, kept per corpus and
    filter like `_filtered` (the options follow from the corpus key)."""
    del query
    return option_labels(_opts, facet_counts(_corpus.tables, _flt, _facet_index(key, _corpus)))


def warm() -> None:
    """Load the seeds into the shared cache (the key a session's first run asks for), so the first
    visitor does not wait for it; the server calls this on a thread as it starts."""
    # Streamlit warns that a cached function runs outside a session: expected here, and only here.
    this_thread = threading.current_thread().name
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: record.threadName != this_thread
    )
    try:
        timed.start()  # the uploads' fork server loads the parser meanwhile, on the other core
    except Exception:  # the first upload tries again
        logging.getLogger(__name__).exception("could not start the upload parser")
    paths = seed_paths()
    try:
        _seed_corpus(files_signature(paths), paths)
    except Exception:  # a session's own run shows the problem; warming must not stop the server
        logging.getLogger(__name__).exception("could not load the seeds at start")


def uploads() -> dict[str, ParsedArticle]:
    return st.session_state.setdefault(_UPLOADS, {})


def skipped() -> list[str]:
    return st.session_state.setdefault(_SKIPPED, [])


# Control characters in an uploaded file's name: a browser does not send them, a script can. A line
# break would split the one-line "skipped" message and, in a CSV, the row that carries the name.
_NAME_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def upload_name(file: object) -> str:
    """An uploaded file's name on one line, as tables and messages show it."""
    name = _NAME_CONTROLS.sub(" ", str(getattr(file, "name", "") or "")).strip()
    return name or "upload"


def upload_seconds() -> float | None:
    """How long one uploaded file may take to parse (`BRIEFING_UPLOAD_SECONDS`); None: no limit."""
    value = os.environ.get(UPLOAD_SECONDS_ENV, "").strip().lower()
    if value == "off":
        return None
    try:
        seconds = float(value) if value else timed.DEFAULT_SECONDS
    except ValueError:
        seconds = -1.0
    if seconds in (0, float("inf")):
        return None
    if not seconds > 0:  # negative, zero-ish or NaN
        logging.getLogger(__name__).warning(
            "%s=%r is not a number of seconds; using the default", UPLOAD_SECONDS_ENV, value
        )
        return timed.DEFAULT_SECONDS
    return seconds


# What a child runs on each upload (`timed.parse_uploads`); a test swaps in one that misbehaves.
upload_parser: timed.ParseBytes = timed.parse_bytes

# Uploads parsed lately, by name and bytes, shared by sessions as `st.cache_data` would be: adding the
# same file again (in another session, or after "Remove") does not parse it again. Only articles are
# kept: a file that failed, or ran out of time on a busy machine, is tried afresh.
_RECENT_UPLOADS = 64
_recent: OrderedDict[tuple[str, str], ParsedArticle] = OrderedDict()
_recent_lock = threading.Lock()


def parse_uploads(files: list[tuple[str, bytes]]) -> list[ParsedArticle | str]:
    """(name, bytes) pairs as articles or one-line reasons, in order: parsed in child processes with a time
    limit per file (see `timed`), so this session's thread only waits and every other session runs on."""
    keys = [(name, hashlib.sha256(data).hexdigest()) for name, data in files]
    with _recent_lock:
        results: list[ParsedArticle | str | None] = [_recent.get(key) for key in keys]
    todo = [i for i, result in enumerate(results) if result is None]
    parsed = timed.parse_uploads([files[i] for i in todo], upload_seconds(), upload_parser)
    for i, result in zip(todo, parsed, strict=True):
        results[i] = result
    with _recent_lock:
        for key, result in zip(keys, results, strict=True):
            if isinstance(result, ParsedArticle):
                _recent[key] = result
                _recent.move_to_end(key)
        while len(_recent) > _RECENT_UPLOADS:
            _recent.popitem(last=False)
    return [r for r in results if r is not None]


@dataclass(frozen=True)
class UploadNotice:
    """What one "Add to corpus" did: shown on the run after it, gone at the next action."""

    added: tuple[str, ...]  # titles of the articles new to this session
    already: tuple[str, ...]  # titles of files whose text the corpus already held (a seed, an earlier upload)
    article_ids: tuple[str, ...]  # every article the files gave, in upload order: the first one is opened
    errors: int  # files skipped (their reasons are in `skipped()`)
    shown: bool = False


def add_uploads(files: list) -> UploadNotice:
    """Parse uploaded files into this session's corpus; the reasons for skipped files go to `skipped()`."""
    added, already, ids, errors, todo = [], [], [], [], []
    store = uploads()
    for file in files:
        name = upload_name(file)
        size = getattr(file, "size", None)
        if size is not None and size > MAX_FILE_BYTES:
            errors.append(str(ArticleError(name, f"file is {size:,} bytes; limit is {MAX_FILE_BYTES:,} bytes")))
            continue
        todo.append((name, file.getvalue()))
    known = set(corpus()["articles"]["article_id"])  # the seeds' and this session's, before these files
    for (name, _), result in zip(todo, parse_uploads(todo), strict=True):
        if isinstance(result, str):
            errors.append(result)
            continue
        key, aid = result.article["sha256"], result.article["article_id"]
        (already if aid in known else added).append(result.article["title"] or name)
        # Kept even when its text is known: the corpus then lists it under "Files skipped" as a duplicate.
        store.setdefault(key, result)
        known.add(aid)
        ids.append(aid)
    log = skipped()
    log.extend(e for e in errors if e not in log)
    notice = UploadNotice(tuple(added), tuple(already), tuple(dict.fromkeys(ids)), len(errors))
    st.session_state[_NOTICE] = notice
    return notice


def upload_notice() -> UploadNotice | None:
    """The last upload's notice on the first run after it (the page shows it then), None from the next
    run on: the confirmation stays until the visitor's next action, whatever that is."""
    notice = st.session_state.get(_NOTICE)
    if notice is None or notice.shown:
        st.session_state.pop(_NOTICE, None)
        return None
    st.session_state[_NOTICE] = replace(notice, shown=True)
    return notice


def remove_uploads() -> None:
    st.session_state[_UPLOADS] = {}
    st.session_state[_SKIPPED] = []
    st.session_state.pop(_NOTICE, None)


def corpus_key() -> tuple:
    """What identifies this session's corpus: the seeds' digest, and each upload's hash and (private) name.

    Two sessions may upload the same bytes under different names, so the names belong in the key.
    """
    paths = seed_paths()
    return (paths, seeds_digest(paths), tuple((a.article["sha256"], a.article["path"]) for a in uploads().values()))


def corpus(key: tuple | None = None) -> Corpus:
    """The seeds (cached by content) plus this session's uploads, as the core's tables."""
    paths, digest, uploaded = key or corpus_key()
    seeds = _seed_corpus(digest, paths)
    if not uploaded:
        return seeds
    return _with_uploads((digest, uploaded), seeds, list(uploads().values()))


def _prepared(
    flt_of: Callable[[Options, Callable[[Filter], OptionLabels]], Filter],
) -> tuple[Corpus, Filter, Options, FilteredTables, dict]:
    """Corpus, filter (from the widgets or the state), options and filtered tables: a Context's fields.
    `flt_of` is given the options and the (cached) option labels, with counts, of any filter."""
    key = corpus_key()
    full = corpus(key)
    opts = _options(key, full)

    def labels_of(flt: Filter) -> OptionLabels:
        return _option_labels(key, json.dumps(flt.to_query(), sort_keys=True), full, opts, flt)

    flt = flt_of(opts, labels_of)
    return full, flt, opts, *_filtered(key, json.dumps(flt.to_query(), sort_keys=True), full, flt)


# --------------------------------------------------------------------------- page context


@dataclass(frozen=True)
class Context:
    corpus: Corpus
    filter: Filter
    options: Options
    tables: FilteredTables  # the corpus under the filter, each table taken when first read
    derived: dict = field(default_factory=dict, compare=False, repr=False)  # shared by reruns of this filter
    #: The day the pages read the corpus from (`.day`; `.phrase` for captions, `.slug` for file names);
    #: `frame` and `context` set it from the sidebar, today only stands in for a Context built by hand.
    as_of: AsOf = field(default_factory=lambda: AsOf(dt.date.today(), TODAY))

    def derive(self, name: str, make: Callable[..., T], *args: object) -> T:
        """`make(*args)` once per corpus and filter: a rerun that changes neither (a click, a page change)
        reuses it. `name` must say what `make` and `args` are, e.g. "funding decisions"."""
        if name not in self.derived:
            self.derived[name] = make(*args)
        return self.derived[name]

    @property
    def labels(self) -> Labels:
        return self.options.labels

    def describe(self, table: str) -> str:
        return self.filter.describe(table, self.labels)


# URL parameters that belong to one page (its url_path): dropped on the others so a link stays honest.
PAGE_PARAMS = {"q": "quotes", "speech": "quotes", "view": "timeline", "marks": "timeline", "table": "data"}


def frame(page_path: str = "") -> Context:
    """The entry point's part: corpus, sidebar, URL; stores the context for the page about to run."""
    full, flt, opts, tables, derived = _prepared(sidebar.sidebar)
    sidebar.sync_url(flt)
    for key, owner in PAGE_PARAMS.items():
        if owner != page_path and key in st.query_params:
            del st.query_params[key]
    as_of = asof_widget.sidebar(full["articles"])
    ctx = Context(full, flt, opts, tables, derived, as_of=as_of)
    st.session_state[CONTEXT_KEY] = ctx
    return ctx


def context() -> Context:
    """What a page works with; built without a sidebar when a page runs on its own (tests)."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if ctx is None:

        def state_filter(opts: Options, labels_of: Callable[[Filter], OptionLabels]) -> Filter:
            del labels_of  # no sidebar drawn, no labels shown
            sidebar.prepare_state(opts)
            return sidebar.filter_from_state(opts)

        prepared = _prepared(state_filter)
        asof_widget.prepare_state(prepared[0]["articles"])
        ctx = Context(*prepared, as_of=asof_widget.from_state(prepared[0]["articles"]))
    return ctx
