"""The dashboard's filter: one object that holds the sidebar's state and applies it everywhere.

Owns what "filtered" means for each table, how a filter reads in words ("quotes mentioning Kenya,
from 1 article"), how it travels in a URL's query parameters and in a file name. The sidebar, the
page captions, the CSV and ZIP downloads and a shared link all come from the same `Filter`, so they
cannot disagree. It knows nothing of Streamlit; `briefing.dashboard.state` binds it to widgets.

The rule (`RULE`): values within a facet: any; facets together: all. Quotes, events and relations
are the rows the facets are tested against; a row is kept when it matches every facet that is set.
- countries / organizations: rows whose `countries` / `organizations` column names one of them.
- articles: rows of those articles.
- date range: events whose period overlaps it; every other table by its article's publication
  date (an article without one is left out while a date range is set).
- event kinds: events of those kinds; no other table has kinds.
What follows from the kept rows, so that adding a facet only narrows:
- developments: those with a kept report (event).
- actors: those the kept rows involve, and those the filter itself names (a chosen country's
  actors and places, a chosen organization and whoever is affiliated with it) when every topical
  facet names them. The network and the map are drawn from these actors and the kept relations.
- mentions: of the kept actors, whose sentence mentions, for each topical facet, an actor it names.
- articles: those with a kept row or a mention of an actor the filter names.
- `facet_counts`: for each value, the rows it keeps with the other facets as they are (Datasette's
  facet counts), which the sidebar shows beside the value.

Notes: the Datasette habit of declaring each facet once (attribute, URL parameter, phrase) is kept in
`FACETS`, so adding a facet means one new line there plus its rule in `Filter.apply`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import string
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pycountry

from briefing.parse.vocab import ORGANIZATION_TYPES


def _bools(mask: pd.Series | np.ndarray) -> np.ndarray:
    return np.array(mask, dtype=bool)  # a copy: masks are combined in place


class FilteredTables(Mapping[str, pd.DataFrame]):
    """The corpus's tables under a filter, each table's rows taken from its mask when first read.

    A page reads two or three of the six tables; at 10,000 articles taking the 300,000 mention rows
    nobody reads was a third of a filter change. Tables without a mask pass through untouched.
    Read-only, and safe to share between sessions (two first reads at once take the same rows).
    """

    def __init__(
        self, tables: Mapping[str, pd.DataFrame], masks: Mapping[str, np.ndarray | Callable[[], np.ndarray]]
    ) -> None:
        self._tables = dict(tables)
        self._masks = dict(masks)  # a callable is a mask worked out when the table is first read
        self._taken: dict[str, pd.DataFrame] = {}

    def _mask(self, name: str) -> np.ndarray:
        mask = self._masks[name]
        if callable(mask):
            mask = self._masks[name] = mask()
        return mask

    def __getitem__(self, name: str) -> pd.DataFrame:
        taken = self._taken.get(name)
        if taken is None:
            table = self._tables[name]
            taken = _select(table, self._mask(name)) if name in self._masks else table
            self._taken[name] = taken
        return taken

    def count(self, name: str) -> int:
        """How many rows the table has under the filter, without taking them."""
        taken = self._taken.get(name)
        if taken is not None:
            return len(taken)
        return int(self._mask(name).sum()) if name in self._masks else len(self._tables[name])

    def head(self, name: str, n: int) -> pd.DataFrame:
        """The table's first `n` rows under the filter, taking only those."""
        taken = self._taken.get(name)
        if taken is not None or name not in self._masks:
            return self[name].head(n)
        return self._tables[name].take(np.flatnonzero(self._mask(name))[:n]).reset_index(drop=True)

    def matching(self, name: str, column: str, value: str) -> pd.DataFrame:
        """The table's rows under the filter whose `column` equals `value` (one actor's mentions, say),
        taking only those: the filtered table itself may be hundreds of thousands of rows."""
        taken = self._taken.get(name)
        if taken is not None or name not in self._masks:
            table = self[name]
            return table[_bools(table[column] == value)].reset_index(drop=True)
        table = self._tables[name]
        return table[self._mask(name) & _bools((table[column] == value).fillna(False))].reset_index(drop=True)

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)


#: How facets combine, in the words every caption uses.
RULE = "values within a facet: any; facets together: all"
#: The tables whose rows the facets are tested against; actors, mentions and articles follow from them.
ROW_TABLES = ("quotes", "events", "relations")
#: Filters whose row terms are kept (`Filter.row_terms`), and the store: (filter, table ids) -> (tables, terms).
TERMS_KEPT = 8
_TERMS: dict[tuple, tuple[tuple[weakref.ref, ...], dict[str, dict[str, np.ndarray]]]] = {}
#: For each facet, how many rows of `ROW_TABLES` each value keeps with the other facets as they are.
FacetCounts = dict[str, dict[str, int]]


@dataclass(frozen=True, slots=True)
class Facet:
    """One list-valued filter, declared once: the `Filter` and `Options` attribute it fills, its URL
    parameter, the words that describe it, and the widget that sets it (label, key, placeholder, help).
    The rule that applies it to the tables is in `Filter.apply`."""

    attr: str  # attribute of Filter, and of Options (the values the sidebar offers)
    param: str  # URL query parameter (repeated for several values)
    phrase: str  # words before the values in a description
    label: str  # the widget's label
    placeholder: str
    help: str = ""
    tables: tuple[str, ...] = ()  # the tables a description names it for; empty: every table
    rows_phrase: str = ""  # the phrase when the filter as a whole is described, where it differs
    #: (table, phrase) where a table reads otherwise: "mentions of Kenya", not "mentions mentioning Kenya"
    table_phrases: tuple[tuple[str, str], ...] = ()
    column: str = ""  # the rows' column its values are found in (a `;`-list for countries and organizations)
    counted_in: tuple[str, ...] = ROW_TABLES  # the tables whose rows its counts add up

    @property
    def key(self) -> str:
        """The widget's key in the session state."""
        return f"filter_{self.attr}"

    def words(self, values: tuple[str, ...], labels: Labels) -> str:
        """The chosen values in words: names for codes, a count for articles."""
        if self.attr == "articles":
            return f"{len(values)} article{'s' if len(values) != 1 else ''}"
        if self.attr == "countries":
            return _join_or([labels.country(c) for c in values])
        return _join_or(list(values))

    def describes(self, table: str) -> str:
        """The phrase for this table, empty when the facet says nothing about it."""
        if self.tables and table not in self.tables:
            return ""
        if table == "rows" and self.rows_phrase:
            return self.rows_phrase
        return dict(self.table_phrases).get(table, self.phrase)

    def option_label(self, options: Options, value: str, counts: FacetCounts | None = None) -> str:
        """How the widget shows a value: its name (a country's or an article's for a code), the other
        names the texts use for it, and with counts the rows it keeps, e.g. 'Organization of American
        States · OAS (4)'. Typing an alias then finds its value, ahead of names that merely contain
        its letters."""
        if value not in options.offered[self.attr]:
            return value  # nothing to name or count (AppTest also hands a label back to be found)
        offered = getattr(options, self.attr)
        label = offered.get(value, value) if isinstance(offered, Mapping) else value
        aliases = options.aliases.get(self.attr, {}).get(value, ())
        if aliases:
            label += " · " + ", ".join(aliases)
        if counts is not None:
            label += f" ({counts.get(self.attr, {}).get(value, 0):,})"
        return label


_COUNTED = "In brackets: the quotes, events and relations each value keeps with the other filters."
_LINKED = (("mentions", "of"), ("actors", "linked to"))  # a mention is of an actor; an actor is not "mentioning"
FACETS = (
    Facet(
        "countries",
        "country",
        "mentioning",
        "Countries",
        "Any country",
        f"Rows that mention any of these countries. {_COUNTED}",
        table_phrases=_LINKED,
        column="countries",
    ),
    Facet(
        "organizations",
        "org",
        "involving",
        "Organizations",
        "Any organization",
        f"Rows that involve any of these organizations or missions. {_COUNTED}",
        table_phrases=_LINKED,
        column="organizations",
    ),
    Facet(
        "articles",
        "article",
        "from",
        "Articles",
        "All articles",
        f"Rows from any of these articles. {_COUNTED}",
        table_phrases=(("articles", "limited to"),),
        column="article_id",
    ),
    Facet(
        "kinds",
        "kind",
        "of kind",
        "Event kinds",
        "All kinds",
        "Events of any of these kinds. In brackets: the events each kind keeps with the other filters.",
        tables=("events", "developments", "rows"),
        rows_phrase="events of kind",
        column="kind",
        counted_in=("events",),
    ),
)
#: The date range is drawn and described just before this facet.
DATES_BEFORE = "kinds"
DATE_PARAMS = ("from", "to")
DATE_KEY = "filter_dates"


def facet(attr: str) -> Facet:
    """The facet that fills `Filter.<attr>`."""
    return next(f for f in FACETS if f.attr == attr)


@dataclass(frozen=True)
class Labels:
    """Readable names for the codes a filter holds: ISO3 -> country name, article id -> title."""

    countries: Mapping[str, str] = field(default_factory=dict)
    articles: Mapping[str, str] = field(default_factory=dict)

    def country(self, code: str) -> str:
        return self.countries.get(code) or country_name(code)

    def article(self, article_id: str) -> str:
        return self.articles.get(article_id) or article_id


@dataclass(frozen=True)
class Options:
    """What the sidebar offers: every value some row of the corpus can match."""

    countries: dict[str, str]  # ISO3 -> name, ordered by name
    organizations: list[str]
    articles: dict[str, str]  # article id -> title
    kinds: list[str]
    date_bounds: tuple[dt.date, dt.date] | None
    aliases: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)  # facet -> value -> names

    @property
    def labels(self) -> Labels:
        return Labels(self.countries, self.articles)

    @functools.cached_property
    def offered(self) -> dict[str, frozenset[str]]:
        """Each facet's values as a set, for membership at the cost of one look-up."""
        return {facet.attr: frozenset(getattr(self, facet.attr)) for facet in FACETS}


def country_name(code: str) -> str:
    """Common English name of an ISO 3166 alpha-3 code; the code itself when unknown."""
    found = pycountry.countries.get(alpha_3=code) if code else None
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def split_cell(value: object) -> list[str]:
    """The values of a `;`-separated list cell (empty for a missing cell)."""
    if not isinstance(value, str) or not value:
        return []
    return [part for part in value.split(";") if part]


def _literal(value: str) -> str:
    """A value as a regular expression matching itself, in both Python's and Arrow's (RE2) dialect."""
    return "".join("\\" + c if c in string.punctuation else c for c in value)


def names_any(column: pd.Series, wanted: Iterable[str]) -> pd.Series:
    """Rows whose `;`-list cell names any of the wanted values.

    One regular-expression pass of the string engine over the cells (a value never holds `;`), instead
    of splitting every cell in Python: at 100,000 rows that is milliseconds, not a second.
    """
    values = sorted({w for w in wanted if w and ";" not in w})
    if not values or column.empty:
        return pd.Series(False, index=column.index, dtype=bool)
    pattern = "(?:^|;)(?:" + "|".join(_literal(v) for v in values) + ")(?:;|$)"
    return column.astype("string").str.contains(pattern, regex=True).fillna(False).astype(bool)


def value_set(column: pd.Series) -> set[str]:
    """The distinct values of a column, as a set (unique in Arrow, then one list: no Python loop over cells)."""
    return set(column.dropna().unique().tolist())


def list_values(column: pd.Series) -> set[str]:
    """Every value named in a column of `;`-list cells (split by Arrow, not row by row in Python)."""
    cells = pa.array(column.astype("string"), type=pa.string(), from_pandas=True)
    return {v for v in pc.unique(pc.list_flatten(pc.split_pattern(cells, ";"))).to_pylist() if v}


def days(column: pd.Series) -> pd.Series:
    """ISO dates (or the first 10 characters of ISO timestamps) as datetimes; NaT where missing or malformed."""
    text = column.astype("string").str.slice(0, 10)
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")


def is_in(column: pd.Series, values: pa.Array | Iterable[str]) -> pd.Series:
    """Rows whose value is one of `values`, by Arrow's hash lookup (pandas converts a large set row by row)."""
    value_set = values if isinstance(values, pa.Array) else pa.array(sorted(set(values)), type=pa.string())
    cells = pa.array(column.astype("string"), type=pa.string(), from_pandas=True)
    found = pc.is_in(cells, value_set=value_set).to_numpy(zero_copy_only=False)
    return pd.Series(found, index=column.index, dtype=bool)


def reported_in(developments: pd.DataFrame, events: pd.DataFrame) -> np.ndarray:
    """Which developments have a report among `events`: a development is kept when any of its reports
    (events) is kept, so a filter that narrows the events only ever narrows the developments."""
    return _bools(is_in(developments["development_id"], value_set(events["development_id"])))


def _select(df: pd.DataFrame, mask: pd.Series | np.ndarray) -> pd.DataFrame:
    """The rows of a mask, index reset; the frame itself when every row is kept (no copy of a large table)."""
    mask = np.asarray(mask, dtype=bool)
    if mask.all():
        return df.reset_index(drop=True)
    return df[mask].reset_index(drop=True)


def _all_terms(terms: Mapping[str, np.ndarray], rows: int, leave_out: Iterable[str] = ()) -> np.ndarray:
    """Rows that every term holds for (facets together: all), less the terms left out."""
    mask = np.ones(rows, dtype=bool)
    skipped = set(leave_out)
    for name, term in terms.items():
        if name not in skipped:
            mask &= term
    return mask


def arrow_strings(column: pd.Series) -> pa.Array:
    """A column as one Arrow string array (a table built from several parts hands Arrow a chunked one)."""
    cells = pa.array(column.astype("string"), type=pa.string(), from_pandas=True)
    return cells.combine_chunks() if isinstance(cells, pa.ChunkedArray) else cells


def positions(column: pd.Series, values: pd.Series) -> np.ndarray:
    """Each cell's position in `values` (Arrow's hash look-up); len(values) where it is not there,
    so that `np.append(mask, False)[positions(...)]` reads a mask over `values` for every cell."""
    found = pc.index_in(
        arrow_strings(column),
        value_set=arrow_strings(values),
    )
    return pc.fill_null(found, len(values)).to_numpy(zero_copy_only=False).astype(np.int64)


def sentence_keys(mentions: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """One integer per mention naming its sentence: the article's position in `articles` and the
    sentence index in one int64 (Arrow's hash look-up and arithmetic: strings would take ten times as long)."""
    article = positions(mentions["article_id"], articles["article_id"])
    sentence = pd.to_numeric(mentions["sentence_index"], errors="coerce").fillna(-1).to_numpy(dtype=np.int64)
    return (article << 32) | (sentence & 0xFFFFFFFF)


def _to_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _join_or(items: list[str]) -> str:
    if len(items) <= 2:
        return " or ".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def format_day(day: dt.date) -> str:
    """'1 Jun 2025' (no leading zero, short month)."""
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class Filter:
    """The sidebar's state. Empty tuples and None mean "no restriction"."""

    countries: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Order-insensitive equality and stable URLs: values are kept sorted and unique.
        for facet in FACETS:
            values = getattr(self, facet.attr)
            if isinstance(values, str):
                values = (values,)
            object.__setattr__(self, facet.attr, tuple(sorted(set(values))))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            swapped = (self.date_to, self.date_from)
            object.__setattr__(self, "date_from", swapped[0])
            object.__setattr__(self, "date_to", swapped[1])

    # ------------------------------------------------------------------ state

    @property
    def is_empty(self) -> bool:
        return self == Filter()

    @property
    def has_dates(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    @property
    def has_topic(self) -> bool:
        return bool(self.countries or self.organizations)

    def within(self, options: Options) -> tuple[Filter, list[str]]:
        """This filter less the values the corpus does not have, and the dropped values.

        A shared link may name a country that an upload-less session has never seen; the widgets
        cannot show such a value, so it is dropped and reported instead of failing.
        """
        allowed = {facet.attr: set(getattr(options, facet.attr)) for facet in FACETS}
        dropped: list[str] = []
        changes = {}
        for facet in FACETS:
            values = getattr(self, facet.attr)
            kept = tuple(v for v in values if v in allowed[facet.attr])
            dropped += [v for v in values if v not in allowed[facet.attr]]
            changes[facet.attr] = kept
        return replace(self, **changes), dropped

    # ------------------------------------------------------------------ URL

    def to_query(self) -> dict[str, list[str]]:
        """Query parameters (each a list: a facet with several values repeats its key)."""
        query: dict[str, list[str]] = {}
        for facet in FACETS:
            values = getattr(self, facet.attr)
            if values:
                query[facet.param] = list(values)
        if self.date_from:
            query["from"] = [self.date_from.isoformat()]
        if self.date_to:
            query["to"] = [self.date_to.isoformat()]
        return query

    @classmethod
    def from_query(cls, params: Mapping[str, str | Iterable[str]]) -> Filter:
        """The filter a URL describes; unknown parameters and malformed dates are ignored."""

        def values(key: str) -> list[str]:
            raw = params.get(key)
            if raw is None:
                return []
            items = [raw] if isinstance(raw, str) else list(raw)
            return [item.strip() for item in items if isinstance(item, str) and item.strip()]

        facet_values = {facet.attr: tuple(values(facet.param)) for facet in FACETS}
        dates = {}
        for attr, param in zip(("date_from", "date_to"), DATE_PARAMS, strict=True):
            given = values(param)
            dates[attr] = _to_date(given[0]) if given else None
        return cls(**facet_values, **dates)

    def parameters(self) -> dict[str, list[str] | str]:
        """The URL parameters as plain JSON (single dates unwrapped), for a manifest."""
        return {key: (value[0] if key in DATE_PARAMS else value) for key, value in self.to_query().items()}

    def slug(self, max_chars: int = 80) -> str:
        """A file-name-safe summary: 'all', or e.g. 'country-KEN_org-organization-of-american-states'."""
        if self.is_empty:
            return "all"
        parts = []
        for facet in FACETS:
            values = getattr(self, facet.attr)
            if not values:
                continue
            if facet.attr == "articles":
                parts.append(f"{len(values)}-article{'s' if len(values) != 1 else ''}")
            else:
                parts.append(facet.param + "-" + "-".join(_slugify(v) for v in values))
        if self.has_dates:
            start = self.date_from.isoformat() if self.date_from else "start"
            end = self.date_to.isoformat() if self.date_to else "end"
            parts.append(f"{start}-to-{end}")
        slug = "_".join(parts)
        if len(slug) > max_chars:
            digest = hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8]
            slug = slug[: max_chars - 9].rstrip("-_") + "-" + digest
        return slug

    # ------------------------------------------------------------------ words

    def describe(self, table: str = "quotes", labels: Labels | None = None) -> str:
        """The filter in words for one table, e.g. 'quotes mentioning Kenya, from 1 article'.

        `table` may also be "rows", for the filter as a whole (a snapshot's caption).
        """
        labels = labels or Labels()
        noun = table
        parts = []
        for facet in FACETS:
            if facet.attr == DATES_BEFORE and self.has_dates:
                parts.append(self._describe_dates(table))
            values, phrase = getattr(self, facet.attr), facet.describes(table)
            if values and phrase:
                parts.append(f"{phrase} {facet.words(values, labels)}")
        if not parts:
            return f"all {noun}"
        return noun + " " + ", ".join(parts)

    def _describe_dates(self, table: str) -> str:
        lead = {"events": "dated", "developments": "dated", "rows": "dated or published", "articles": "published"}.get(
            table, "in articles published"
        )
        start = format_day(self.date_from) if self.date_from else None
        end = format_day(self.date_to) if self.date_to else None
        if start and end:
            return f"{lead} {start} – {end}" if start != end else f"{lead} on {start}"
        return f"{lead} from {start}" if start else f"{lead} up to {end}"

    # ------------------------------------------------------------------ rows

    def apply(self, tables: Mapping[str, pd.DataFrame]) -> FilteredTables:
        """Every table filtered (same columns, rows in their original order, index reset).

        The rule (`RULE`): a quote, event or relation is kept when it matches every facet that is set,
        and matches a facet when it names any of its values. Actors, mentions and articles follow
        from the kept rows, so adding a value to a new facet only ever narrows what every page draws.
        Masks come from the string engine (no Python loop over rows), and a table's rows are taken only
        when a page reads it, so a filter change on 10,000 articles costs tens of milliseconds.
        """
        articles, actors, mentions = tables["articles"], tables["actors"], tables["mentions"]
        doc_ok = self._articles_in_scope(articles)
        everything = doc_ok is None  # no article or date restriction
        doc_set = None if everything else pa.array(sorted(doc_ok), type=pa.string())

        def in_docs(df: pd.DataFrame) -> np.ndarray:
            return np.ones(len(df), dtype=bool) if everything else _bools(is_in(df["article_id"], doc_set))

        terms = self.row_terms(tables)
        masks: dict[str, np.ndarray | Callable[[], np.ndarray]] = {
            name: _all_terms(terms[name], len(tables[name])) for name in ROW_TABLES
        }
        if "developments" in tables:  # worked out when read: most pages never read it
            events, kept_events = tables["events"], masks["events"]
            masks["developments"] = lambda: reported_in(tables["developments"], events[kept_events])
        if not self.has_topic:
            masks["mentions"] = in_docs(mentions)
            if self.articles or self.has_dates:
                masks["actors"] = _bools(is_in(actors["actor_id"], mentions["actor_id"][masks["mentions"]].unique()))
            masks["articles"] = in_docs(articles)
            return FilteredTables(tables, _with_actor_tables(tables, masks))

        # Actors come from the kept rows; events count by their article (kinds and event dates say when
        # something happens, not who is in the corpus's view), as the description of actors says.
        events = tables["events"]
        actor_rows = {
            "quotes": masks["quotes"],
            "relations": masks["relations"],
            "events": _all_terms(terms["events"], len(events), leave_out=("kinds", "dates")) & in_docs(events),
        }
        mentions_ok = in_docs(mentions)
        # Each mention's actor as its row in the actors table (one hash look-up), so that sets of actors
        # become boolean masks over actors, read for every mention by numpy indexing.
        of_actor = positions(mentions["actor_id"], actors["actor_id"])
        mentioned = np.zeros(len(actors) + 1, dtype=bool)
        mentioned[of_actor[mentions_ok]] = True
        named_by = self._facet_actors(actors)  # one mask over actors per topical facet set
        direct = _all_terms(named_by, len(actors)) & mentioned[:-1]
        connected: set[str] = set()
        for name, mask in actor_rows.items():
            connected |= list_values(tables[name]["actor_ids"][mask])
        keep = direct | _bools(is_in(actors["actor_id"], connected))
        masks["actors"] = keep
        of_direct = mentions_ok & np.append(direct, False)[of_actor]

        def kept_mentions() -> np.ndarray:
            # A mention is a row whose evidence is its sentence: kept when its actor is kept and, for each
            # topical facet, the sentence also mentions an actor that facet names (Kenya, a Kenyan place or
            # person; the organization or someone speaking for it). Facets together: all, as for rows.
            kept = mentions_ok & np.append(keep, False)[of_actor]
            sentences = sentence_keys(mentions, articles)
            for term in named_by.values():
                naming = kept & np.append(term, False)[of_actor]
                kept &= pd.Index(sentences).isin(sentences[naming])  # a hash look-up: no sort
            return kept

        masks["mentions"] = kept_mentions
        touched: set[str] = value_set(mentions["article_id"][of_direct])
        for name in ROW_TABLES:
            touched |= value_set(tables[name]["article_id"][masks[name]])
        masks["articles"] = _bools(is_in(articles["article_id"], touched if everything else doc_ok & touched))
        return FilteredTables(tables, _with_actor_tables(tables, masks))

    def row_terms(self, tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, np.ndarray]]:
        """For quotes, events and relations, each set facet's mask over the table's rows, keyed by the
        facet's attribute ("dates" for the date range). A row is kept when every term holds; a facet's
        counts (`facet_counts`) leave its own term out. The last few filters' terms are kept: the sidebar's
        counts and `apply` ask for the same ones on a filter change (a regex pass over 170,000 cells)."""
        frames = tuple(tables[name] for name in (*ROW_TABLES, "articles"))
        key = (self, *(id(frame) for frame in frames))
        kept = _TERMS.get(key)
        if kept is not None and all(ref() is frame for ref, frame in zip(kept[0], frames, strict=True)):
            return kept[1]
        terms = self._row_terms(tables)
        _TERMS[key] = (tuple(weakref.ref(frame) for frame in frames), terms)  # weak: a dropped corpus goes
        while len(_TERMS) > TERMS_KEPT:
            _TERMS.pop(next(iter(_TERMS)), None)
        return terms

    def _row_terms(self, tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, np.ndarray]]:
        published = None
        if self.has_dates:
            articles = tables["articles"]
            days_published = days(articles["published"])
            in_range = days_published.notna() & days_published.between(*self._date_range())
            published = pa.array(sorted(value_set(articles.loc[in_range.astype(bool), "article_id"])), type=pa.string())
        terms: dict[str, dict[str, np.ndarray]] = {}
        for name in ROW_TABLES:
            df, held = tables[name], {}
            if self.countries:
                held["countries"] = _bools(names_any(df["countries"], self.countries))
            if self.organizations:
                held["organizations"] = _bools(names_any(df["organizations"], self.organizations))
            if self.articles:
                held["articles"] = _bools(is_in(df["article_id"], self.articles))
            if self.has_dates:
                # Events by their own period; other rows by their article's publication date.
                held["dates"] = (
                    _bools(self._event_dates(df)) if name == "events" else _bools(is_in(df["article_id"], published))
                )
            if self.kinds and name == "events":
                held["kinds"] = _bools(self._event_kinds(df))
            for term in held.values():
                term.flags.writeable = False  # kept and shared between calls
            terms[name] = held
        return terms

    def _articles_in_scope(self, articles: pd.DataFrame) -> set[str] | None:
        """Ids of the articles the article and date facets allow; None when they allow every article."""
        if not self.articles and not self.has_dates:
            return None
        mask = pd.Series(True, index=articles.index)
        if self.articles:
            mask &= articles["article_id"].isin(self.articles)
        if self.has_dates:
            published = days(articles["published"])
            mask &= published.notna() & published.between(*self._date_range())
        return value_set(articles.loc[mask.astype(bool), "article_id"])

    def _date_range(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """The range as timestamps, an open end or a day beyond pandas' range (a URL's `from=0900-01-01`) clamped."""
        lo, hi = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")
        start = pd.Timestamp(min(max(self.date_from, lo.date()), hi.date())) if self.date_from else lo
        end = pd.Timestamp(min(max(self.date_to, lo.date()), hi.date())) if self.date_to else hi
        return start, end

    def _event_dates(self, events: pd.DataFrame) -> pd.Series:
        if not self.has_dates:
            return pd.Series(True, index=events.index)
        start, end = self._date_range()
        first, last = days(events["date_start"]), days(events["date_end"])
        return (first.notna() & last.notna() & (first <= end) & (last >= start)).astype(bool)

    def _event_kinds(self, events: pd.DataFrame) -> pd.Series:
        if not self.kinds:
            return pd.Series(True, index=events.index)
        return events["kind"].isin(self.kinds).fillna(False).astype(bool)

    def _facet_actors(self, actors: pd.DataFrame) -> dict[str, np.ndarray]:
        """For each topical facet set, the actors that are themselves what it names: a chosen country's
        actors and places; a chosen organization and (where the table says whom an actor speaks for,
        `affiliation_id`) the actors affiliated with it. An actor is named by the filter when every
        facet names it (facets together: all), so a second facet never adds one."""
        named: dict[str, np.ndarray] = {}
        if self.countries:
            named["countries"] = _bools(actors["country"].isin(self.countries).fillna(False))
        if self.organizations:
            is_org = _bools(actors["type"].isin(ORGANIZATION_TYPES).fillna(False))
            chosen = is_org & _bools(actors["name"].isin(self.organizations).fillna(False))
            if "affiliation_id" in actors.columns:
                chosen |= _bools(actors["affiliation_id"].isin(actors.loc[chosen, "actor_id"]).fillna(False))
            named["organizations"] = chosen
        return named


#: Tables of facts about actors (their other names, their roles): a row is kept when its actor is.
ACTOR_TABLES = ("identities", "roles")


def _with_actor_tables(
    tables: Mapping[str, pd.DataFrame], masks: dict[str, np.ndarray | Callable[[], np.ndarray]]
) -> dict[str, np.ndarray | Callable[[], np.ndarray]]:
    """`masks` with the actor tables following the actors mask (worked out when first read)."""
    if "actors" not in masks:
        return masks
    kept = masks["actors"]

    def follow(name: str) -> Callable[[], np.ndarray]:
        def mask() -> np.ndarray:
            actors = tables["actors"]["actor_id"][kept() if callable(kept) else kept]
            return _bools(is_in(tables[name]["actor_id"], value_set(actors)))

        return mask

    return {**masks, **{name: follow(name) for name in ACTOR_TABLES if name in tables}}


def options(tables: Mapping[str, pd.DataFrame]) -> Options:
    """Every value the sidebar can offer for this corpus."""
    actors = tables["actors"]
    codes: set[str] = {c for c in actors["country"].dropna().unique() if c}
    is_org = actors["type"].isin(ORGANIZATION_TYPES).fillna(False).astype(bool) & actors["name"].notna()
    orgs: set[str] = set(actors.loc[is_org, "name"])
    for name in ("quotes", "events", "relations"):
        codes |= list_values(tables[name]["countries"])
        orgs |= list_values(tables[name]["organizations"])
    is_country = ((actors["type"] == "country") & actors["country"].notna() & (actors["country"] != "")).fillna(False)
    is_country = is_country.astype(bool)
    named = dict(zip(actors.loc[is_country, "country"], actors.loc[is_country, "name"], strict=True))
    countries = {code: named.get(code) or country_name(code) for code in codes}
    countries = dict(sorted(countries.items(), key=lambda item: item[1].casefold()))
    articles = tables["articles"]
    titles = articles["title"].where(articles["title"].notna() & (articles["title"] != ""), articles["path"])
    kinds = sorted(set(tables["events"]["kind"].dropna()))
    return Options(
        countries,
        sorted(orgs, key=str.casefold),
        dict(zip(articles["article_id"], titles, strict=True)),
        kinds,
        date_bounds(tables),
        {
            "countries": _aliases(actors, actors["country"], is_country),
            "organizations": _aliases(actors, actors["name"], is_org),
        },
    )


ALIASES_SHOWN = 3  # beside an option's name; more would crowd the sidebar


def _aliases(actors: pd.DataFrame, values: pd.Series, rows: pd.Series) -> dict[str, tuple[str, ...]]:
    """For the actors in `rows`, their facet value -> the other names the texts use for them (an
    acronym, a short form), less those that only extend the name (demonyms: 'Kenyans' for Kenya)."""
    found: dict[str, tuple[str, ...]] = {}
    for value, name, cell in zip(values[rows], actors.loc[rows, "name"], actors.loc[rows, "aliases"], strict=True):
        folded = str(name).casefold()
        others = [a for a in split_cell(cell) if not a.casefold().startswith(folded) and a.casefold() not in folded]
        if others:
            found[value] = tuple(others[:ALIASES_SHOWN])
    return found


def date_bounds(tables: Mapping[str, pd.DataFrame]) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest day of any event period or publication date."""
    found = pd.concat(
        [
            days(tables["events"]["date_start"]),
            days(tables["events"]["date_end"]),
            days(tables["articles"]["published"]),
        ]
    ).dropna()
    return (found.min().date(), found.max().date()) if not found.empty else None


def option_labels(options: Options, counts: FacetCounts | None = None) -> dict[str, dict[str, str]]:
    """Every facet's value -> its label (`Facet.option_label`), made once per corpus and filter: the
    widgets ask for a label per option on every rerun, 10,000 of them for the articles facet."""
    return {
        one.attr: {value: one.option_label(options, value, counts) for value in getattr(options, one.attr)}
        for one in FACETS
    }


@dataclass(frozen=True)
class FacetIndex:
    """Each facet's values numbered once per corpus, and for every value a counted table's cell holds,
    the cell's row and the value's number. Counting under a filter is then a numpy bincount over the
    kept rows, not a split of 150,000 cells."""

    values: Mapping[str, list[str]]  # facet -> its values, numbered by position
    cells: Mapping[str, Mapping[str, tuple[np.ndarray, np.ndarray]]]  # facet -> table -> (rows, value numbers)


def facet_index(tables: Mapping[str, pd.DataFrame]) -> FacetIndex:
    """The index `facet_counts` reads, for one corpus (cache it with the corpus)."""
    values: dict[str, list[str]] = {}
    cells: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
    for one in FACETS:
        flats, rows = [], []
        for name in one.counted_in:
            column = arrow_strings(tables[name][one.column])
            if one.column in _LIST_COLUMNS:
                lists = pc.split_pattern(column, ";")
                flats.append(pc.list_flatten(lists))
                rows.append(pc.list_parent_indices(lists).to_numpy(zero_copy_only=False).astype(np.int64))
            else:
                flats.append(column)
                rows.append(np.arange(len(column), dtype=np.int64))
        encoded = pc.dictionary_encode(pa.concat_arrays(flats))
        numbers = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
        names = encoded.dictionary.to_pylist()
        is_value = np.array([bool(v) for v in names] + [False], dtype=bool)  # empty and missing cells: nothing
        bounds = np.cumsum([0, *(len(f) for f in flats)])
        cells[one.attr] = {}
        for name, start, end, at in zip(one.counted_in, bounds[:-1], bounds[1:], rows, strict=True):
            here = numbers[start:end]
            named = is_value[here]
            cells[one.attr][name] = (at[named], here[named])
        values[one.attr] = names
    return FacetIndex(values, cells)


def facet_counts(tables: Mapping[str, pd.DataFrame], flt: Filter, index: FacetIndex | None = None) -> FacetCounts:
    """For each facet, each value's count of the rows it would keep with the other facets as they are
    (Datasette's facet counts): 'Kenya (12)' beside an unchosen Kenya is what choosing it would show.

    A facet's count leaves its own term out (`Filter.row_terms`) and counts the values of the rows the
    others keep, by a bincount over the corpus's `FacetIndex`: a few milliseconds at 10,000 articles.
    """
    index = index or facet_index(tables)
    terms = flt.row_terms(tables)
    counts: FacetCounts = {}
    for one in FACETS:
        names = index.values[one.attr]
        total = np.zeros(len(names), dtype=np.int64)
        for name, (rows, numbers) in index.cells[one.attr].items():
            kept = _all_terms(terms[name], len(tables[name]), leave_out=(one.attr,))
            total += np.bincount(numbers[kept[rows]], minlength=len(names))
        counts[one.attr] = {names[i]: int(total[i]) for i in np.flatnonzero(total)}
    return counts


_LIST_COLUMNS = ("countries", "organizations")


def _slugify(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return slug if slug.isupper() and len(slug) <= 3 else slug.lower()
