"""The dashboard's filter: one object that holds the sidebar's state and applies it everywhere.

Owns what "filtered" means for each table, how a filter reads in words ("quotes mentioning Kenya,
from 1 article"), how it travels in a URL's query parameters and in a file name. The sidebar, the
page captions, the CSV and ZIP downloads and a shared link all come from the same `Filter`, so they
cannot disagree. It knows nothing of Streamlit; `briefing.session` binds it to widgets.

What each facet does (values within a facet are alternatives; facets combine with "and"):
- countries / organizations: rows whose `countries` / `organizations` column names one of them
  (quotes, events, relations). Actors: the matching countries, places and organizations themselves
  plus every actor that appears with them in a matching quote, event or relation. Articles: those
  with a matching row or a mention of a matching actor.
- articles: rows of those articles.
- date range: events whose period overlaps it; every other table by its article's publication
  date (an article without one is left out while a date range is set).
- event kinds: events of those kinds; no other table has kinds.

Notes: the Datasette habit of declaring each facet once (attribute, URL parameter, phrase) is kept in
`FACETS`, so adding a facet means one new line there plus its rule in `Filter.apply`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd
import pycountry

from briefing.pipeline import ORGANIZATION_TYPES


@dataclass(frozen=True, slots=True)
class Facet:
    attr: str  # attribute of Filter
    param: str  # URL query parameter (repeated for several values)
    phrase: str  # words before the values in a description


FACETS = (
    Facet("countries", "country", "mentioning"),
    Facet("organizations", "org", "involving"),
    Facet("articles", "article", "from"),
    Facet("kinds", "kind", "of kind"),
)
DATE_PARAMS = ("from", "to")


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

    @property
    def labels(self) -> Labels:
        return Labels(self.countries, self.articles)


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


def _names_any(column: pd.Series, wanted: Iterable[str]) -> pd.Series:
    wanted = set(wanted)
    return column.map(lambda cell: bool(wanted.intersection(split_cell(cell))), na_action=None).astype(bool)


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
        allowed = {
            "countries": set(options.countries),
            "organizations": set(options.organizations),
            "articles": set(options.articles),
            "kinds": set(options.kinds),
        }
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
        if self.countries:
            parts.append("mentioning " + _join_or([labels.country(c) for c in self.countries]))
        if self.organizations:
            parts.append("involving " + _join_or(list(self.organizations)))
        if self.articles:
            n = len(self.articles)
            parts.append(f"from {n} article{'s' if n != 1 else ''}")
        if self.has_dates:
            parts.append(self._describe_dates(table))
        if self.kinds and table == "events":
            parts.append("of kind " + _join_or(list(self.kinds)))
        elif self.kinds and table == "rows":
            parts.append("events of kind " + _join_or(list(self.kinds)))
        if not parts:
            return f"all {noun}"
        return noun + " " + ", ".join(parts)

    def _describe_dates(self, table: str) -> str:
        lead = {"events": "dated", "rows": "dated or published"}.get(table, "in articles published")
        start = format_day(self.date_from) if self.date_from else None
        end = format_day(self.date_to) if self.date_to else None
        if start and end:
            return f"{lead} {start} – {end}" if start != end else f"{lead} on {start}"
        return f"{lead} from {start}" if start else f"{lead} up to {end}"

    # ------------------------------------------------------------------ rows

    def apply(self, tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        """Every table filtered (same columns, rows in their original order, index reset)."""
        articles = tables["articles"]
        doc_ok = self._articles_in_scope(articles)

        def in_docs(df: pd.DataFrame) -> pd.Series:
            return df["article_id"].isin(doc_ok)

        def topical(df: pd.DataFrame) -> pd.Series:
            mask = pd.Series(True, index=df.index)
            if self.countries:
                mask &= _names_any(df["countries"], self.countries)
            if self.organizations:
                mask &= _names_any(df["organizations"], self.organizations)
            return mask

        quotes = tables["quotes"]
        quotes = quotes[in_docs(quotes) & topical(quotes)]
        relations = tables["relations"]
        relations = relations[in_docs(relations) & topical(relations)]
        all_events = tables["events"]
        events_in_scope = all_events[self._event_articles(all_events) & topical(all_events)]
        events = events_in_scope[self._event_dates(events_in_scope) & self._event_kinds(events_in_scope)]

        mentions = tables["mentions"]
        mentions = mentions[in_docs(mentions)]
        actors = tables["actors"]
        if self.has_topic:
            direct = set(actors.loc[self._direct_actors(actors), "actor_id"]) & set(mentions["actor_id"])
            connected = set()
            for df in (quotes, relations, events_in_scope[in_docs(events_in_scope)]):
                for cell in df["actor_ids"]:
                    connected.update(split_cell(cell))
            keep_actors = direct | connected
            mentions = mentions[mentions["actor_id"].isin(keep_actors)]
            actors = actors[actors["actor_id"].isin(keep_actors)]
            touched = set(quotes["article_id"]) | set(relations["article_id"]) | set(events["article_id"])
            touched |= set(mentions.loc[mentions["actor_id"].isin(direct), "article_id"])
            articles = articles[articles["article_id"].isin(doc_ok & touched)]
        else:
            if self.articles or self.has_dates:
                actors = actors[actors["actor_id"].isin(set(mentions["actor_id"]))]
            articles = articles[articles["article_id"].isin(doc_ok)]

        out = {
            "articles": articles,
            "actors": actors,
            "mentions": mentions,
            "quotes": quotes,
            "events": events,
            "relations": relations,
        }
        result = {name: df.reset_index(drop=True) for name, df in out.items()}
        # Tables this filter does not know (a future one) pass through untouched.
        result.update({name: df for name, df in tables.items() if name not in result})
        return {name: result[name] for name in tables}

    def _articles_in_scope(self, articles: pd.DataFrame) -> set[str]:
        mask = pd.Series(True, index=articles.index)
        if self.articles:
            mask &= articles["article_id"].isin(self.articles)
        if self.has_dates:
            published = articles["published"].map(_to_date, na_action="ignore")
            start, end = self.date_from or dt.date.min, self.date_to or dt.date.max
            mask &= published.map(lambda d: d is not None and not pd.isna(d) and start <= d <= end).astype(bool)
        return set(articles.loc[mask, "article_id"])

    def _event_articles(self, events: pd.DataFrame) -> pd.Series:
        if not self.articles:
            return pd.Series(True, index=events.index)
        return events["article_id"].isin(self.articles)

    def _event_dates(self, events: pd.DataFrame) -> pd.Series:
        if not self.has_dates:
            return pd.Series(True, index=events.index)
        start, end = self.date_from or dt.date.min, self.date_to or dt.date.max
        first = events["date_start"].map(_to_date, na_action="ignore")
        last = events["date_end"].map(_to_date, na_action="ignore")
        overlaps = [
            (a is not None and not pd.isna(a)) and (b is not None and not pd.isna(b)) and a <= end and b >= start
            for a, b in zip(first, last, strict=True)
        ]
        return pd.Series(overlaps, index=events.index, dtype=bool)

    def _event_kinds(self, events: pd.DataFrame) -> pd.Series:
        if not self.kinds:
            return pd.Series(True, index=events.index)
        return events["kind"].isin(self.kinds).astype(bool)

    def _direct_actors(self, actors: pd.DataFrame) -> pd.Series:
        """Actors that are what the filter names: a chosen country's actors and places, a chosen organization."""
        mask = pd.Series(False, index=actors.index)
        if self.countries:
            mask |= actors["country"].isin(self.countries).fillna(False).astype(bool)
        if self.organizations:
            is_org = actors["type"].isin(ORGANIZATION_TYPES).fillna(False).astype(bool)
            mask |= is_org & actors["name"].isin(self.organizations).fillna(False).astype(bool)
        return mask


def options(tables: Mapping[str, pd.DataFrame]) -> Options:
    """Every value the sidebar can offer for this corpus."""
    actors = tables["actors"]
    codes: set[str] = set(c for c in actors["country"].dropna() if c)
    orgs: set[str] = set(actors.loc[actors["type"].isin(ORGANIZATION_TYPES), "name"].dropna())
    for name in ("quotes", "events", "relations"):
        for cell in tables[name]["countries"]:
            codes.update(split_cell(cell))
        for cell in tables[name]["organizations"]:
            orgs.update(split_cell(cell))
    named = {
        row.country: row.name
        for row in actors.itertuples()
        if row.type == "country" and isinstance(row.country, str) and row.country
    }
    countries = {code: named.get(code) or country_name(code) for code in codes}
    countries = dict(sorted(countries.items(), key=lambda item: item[1].casefold()))
    articles = {
        row.article_id: (row.title if isinstance(row.title, str) and row.title else row.path)
        for row in tables["articles"].itertuples()
    }
    kinds = sorted(set(tables["events"]["kind"].dropna()))
    return Options(countries, sorted(orgs, key=str.casefold), articles, kinds, date_bounds(tables))


def date_bounds(tables: Mapping[str, pd.DataFrame]) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest day of any event period or publication date."""
    days = [
        d
        for column in (tables["events"]["date_start"], tables["events"]["date_end"], tables["articles"]["published"])
        for d in column.map(_to_date, na_action="ignore")
        if d is not None and not pd.isna(d)
    ]
    return (min(days), max(days)) if days else None


def _slugify(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return slug if slug.isupper() and len(slug) <= 3 else slug.lower()
