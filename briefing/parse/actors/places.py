"""Countries and places: which phrase is a country (name, alias, demonym), a city or region, or a
capital standing for its government — and so where it lies.

Owns the place decisions of the resolver; the names and coordinates themselves are the gazetteer's.

Notes: a capital is its government only when a verb next to it says so (`Washington pledged`,
`asked Nairobi`); after a locative preposition it stays a place. A one-word city the article also
writes in lower case is an ordinary word, not a place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from briefing.parse import dateline, gazetteer, lexicon
from briefing.parse.actors.registry import Registry
from briefing.parse.actors.tokens import lower_word_after

_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_COORDINATED = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?:,| and| or) $")
_LANGUAGE_AFTER = re.compile(r"[- ]([a-z]+)\b")
_LANGUAGE_BEFORE = re.compile(r"(?:\b(in|into)|([A-Z][a-z]+) (?:and|or)) $")
_LANGUAGE_FOLLOWS = re.compile(r" (?:and|or) ([A-Z][a-z]+)\b")


@functools.cache
def _languages() -> tuple[frozenset[str], frozenset[str]]:
    """Language names, and the words after one that mark it as the language (`languages.tsv`)."""
    rows = lexicon.tsv_rows("languages.tsv")
    return frozenset(w for w, cue in rows if cue == "language"), frozenset(w for w, cue in rows if cue == "after")


def is_language(body: str, text: str, start: int, end: int) -> bool:
    """`French-speaking`, `Spanish-language`, `French lessons`, `in French`, `English and French`: a
    language named by its demonym, not the country.

    Notes: `in French` counts only when no lower-case noun follows (`in French territory` is France's)."""
    languages, after = _languages()
    if text not in languages:
        return False
    following = _LANGUAGE_AFTER.match(body, end, end + 20)
    if following and following.group(1) in after:
        return True
    before = _LANGUAGE_BEFORE.search(body, max(0, start - 20), start)
    if before and before.group(2):
        return before.group(2) in languages
    coordinated = _LANGUAGE_FOLLOWS.match(body, end, end + 20)
    if coordinated and coordinated.group(1) in languages:
        return True
    noun_follows = bool(following) and body[end] == " " and following.group(1) not in ("and", "or", "as")
    return bool(before) and not noun_follows


_POSSESSION = re.compile(r"[’']s ([a-z]+)\b")
_GIVEN_FROM = re.compile(r"\b([a-z]+) from $")
# a capital that is willing, ready or busy doing: `Nairobi was willing`, `Tokyo is studying` (not the Haitian one,
# whose streets burn and whose people wait: its story is the city's)
_WILLING = re.compile(
    r" (?:was|is|were|are|has been|had been) (?:still |now |not |also |)"
    r"(?:willing|unwilling|ready|keen|reluctant|prepared|determined|eager|open|studying|considering|weighing|"
    r"pushing|pressing|seeking|offering|asking|demanding|refusing|planning|reviewing|insisting)\b"
)


def stands_for_government(body: str, start: int, end: int) -> bool:
    """A capital names its government when it acts or is acted on: a verb follows it (`Washington
    provided`, `Nairobi has kept`) or a verb of asking or blaming precedes it (`asked Washington`)."""
    before = _WORD_BEFORE.search(body[max(0, start - 20) : start])
    locatives = lexicon.word_list("locative_prepositions.txt")
    means = lexicon.word_list("government_nouns.txt")
    owned = _POSSESSION.match(body, end)
    if owned and owned.group(1) in means:
        return True  # `Berlin's contribution`, `Washington’s patience`
    given = _GIVEN_FROM.search(body, max(0, start - 30), start)
    if given and given.group(1) in means:
        return True  # `money from Washington`, `support from Nairobi`
    if before and before.group(1) in ("to", "and", "or"):
        addressed = _ADDRESSED.search(body, max(0, start - 60), start)
        if addressed and addressed.group(1) in lexicon.word_list("government_recipient_verbs.txt"):
            return True  # `communicated to Washington and Ottawa`: the governments addressed
    if before and before.group(1) in locatives:
        return False  # `critics in Nairobi have said`
    city = gazetteer.city(body[start:end]) if _WILLING.match(body, end) else None
    if city is not None and city.capital_of and city.capital_of != gazetteer.HAITI:
        return True  # `Nairobi was willing to`, `Tokyo was studying a contribution`
    following = _WORD_AFTER.match(body, end, end + 30)
    if following:
        verb = following.group(1)
        if verb in lexicon.word_list("place_verbs.txt"):
            return False  # `Port of Spain hosted the talks`: the city, not its government
        if verb in lexicon.word_list("government_verbs.txt") or verb in lexicon.speech_verbs():
            return True
        if verb.endswith("ed") and verb not in locatives:
            return True
    return bool(before) and before.group(1) in lexicon.word_list("government_object_verbs.txt")


# `communicated to Washington and`, `appealed to`: a verb, `to`, and perhaps a first capital coordinated before
_ADDRESSED = re.compile(r"\b([a-z]+)\s+to\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+(?:and|or)\s+)?$")


def place_key(reg: Registry, text: str, start: int, end: int, may_be_demonym: bool, part: bool = False) -> str | None:
    """The country or place `text` names, recorded in the registry, or None.

    `may_be_demonym` is False inside a longer phrase where a name may not start (`Latin American`):
    there only a country's own name counts, not a demonym; `part` says the text is one word of such a phrase.
    A Haitian place comes first, an ambiguous one only in Haitian context; a name that is both a country and a
    U.S. state is the state in a story about the United States; a dependent territory (`Turks and Caicos
    Islands`) is a place of its own code; a name the story's own country holds (`reg.home`: `Portland` the
    Jamaican parish, `Freeport` the Bahamian city) is that one; a city shared by several countries is the one in
    a country the article is about; a small town (`regional_places.tsv`) counts only in a story about its
    country, and a one-word one only where the text points at a place (`in Manchioneal`)."""
    haitian = gazetteer.haitian_places().get(gazetteer.fold(text))
    if haitian is not None and _owned_abroad(reg.body, start):
        haitian = None  # `the U.S. Southeast` is no Haitian department
    owner = _city_owner_country(reg, start)
    if owner and owner != gazetteer.HAITI:  # `In Montreal, … the city’s Saint-Michel district`: Montreal's quarter
        return reg.city(gazetteer.Place("place", text.removeprefix("The "), owner, None, None))
    if haitian is not None and (not haitian.ambiguous or haitian_context(reg, start, end)):
        return reg.city(haitian.place)
    iso3 = gazetteer.country(text)
    if iso3 and gazetteer.fold(text) in gazetteer.us_states() and "USA" in reg.about:
        return reg.city(gazetteer.Place("place", text, "USA", None, None))
    if iso3 and (may_be_demonym or gazetteer.country_names().get(gazetteer.fold(text))):
        if is_language(reg.body, text, start, end) and not gazetteer.country_names().get(gazetteer.fold(text)):
            return None
        if iso3 in gazetteer.territories():
            return reg.city(gazetteer.territory_place(iso3))
        return reg.country(iso3)
    written_as_word = " " not in text and "-" not in text and text.lower() in reg.doc.lower_words
    regional = _compass_region(text, reg.about)
    if regional is not None:
        return reg.city(regional)
    filed = dateline_country(reg)  # the dateline's country, then the sentence's, then the one named most
    local = gazetteer.place_in_country(text, filed) if filed and filed != gazetteer.HAITI else None
    local = local or _in_sentence_country(reg, text, start)
    if local is None and reg.home and reg.home != gazetteer.HAITI:
        local = gazetteer.place_in_country(text, reg.home)
    place = local or gazetteer.city_in(text, reg.about)
    if place is None or place.iso3 not in reg.about:  # `Westmoreland` in a story about Jamaica is the parish
        place = gazetteer.subdivision_in(text, reg.about) or place
    if (
        haitian is not None
        and place is not None
        and place.iso3 not in reg.about
        and gazetteer.HAITI in reg.about
        and not _large_city_abroad(text)  # `based in Brooklyn` is New York's, named or not
    ):
        return reg.city(haitian.place)  # `Bel Air` in a story about Haiti, not the one in a country it never names
    if (
        place is not None
        and place.iso3
        and " " not in text
        and "-" not in text
        and not (place.iso3 in reg.about or place.capital_of)
        and (part or not gazetteer.is_large(place))
        and not points_at_place(reg.body, start, end)
    ):
        return None  # `Bay` of `Guantánamo Bay`, `Federal agents`: no small town of a country the story never names
    if place is None and (" " in text or "-" in text or points_at_place(reg.body, start, end)):
        place = gazetteer.regional_place_in(text, reg.about)
    if place is not None and _stripped_short_name(text, place, haitian):
        return None  # `God` is no spelling of Hungary's `Göd`
    if place is not None:
        if place.capital_of and stands_for_government(reg.body, start, end):
            return reg.country(place.capital_of)
        if not written_as_word:
            return reg.city(place)
    return None


_COMPASS = re.compile(
    r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|"
    r"Northeastern|Northwestern|Southeastern|Southwestern|Upstate|Downstate) (.+)"
)


def _compass_region(text: str, about: frozenset[str]) -> gazetteer.Place | None:
    """`South Florida`, `Central Florida`, `Northern Ghana`: a part of a U.S. state or of a country, a place of
    that country (`South Africa`, a country's own name, is read before this)."""
    match = _COMPASS.fullmatch(text)
    if match is None:
        return None
    rest = gazetteer.fold(match.group(1))
    if rest in gazetteer.us_states():
        return gazetteer.Place("place", text, "USA", None, None)
    iso3 = gazetteer.country_names().get(rest)
    return gazetteer.Place("place", text, iso3, None, None) if iso3 and iso3 != gazetteer.HAITI else None


@functools.lru_cache(maxsize=4096)
def _countries_near(body: str, start: int, end: int, about: frozenset[str]) -> tuple[tuple[int, str], ...]:
    """(offset, ISO3) of each country of the article that the sentence [start, end) names (by name, demonym or
    capital), at the first place it does."""
    found = []
    for iso3 in sorted(about):
        match = gazetteer.country_cue(iso3).search(body, start, end)
        if match is not None:
            found.append((match.start(), iso3))
    return tuple(sorted(found))


def sentence_countries(reg: Registry, at: int) -> list[str]:
    """The countries the sentence around `at` names, the nearest to `at` first."""
    sentence = reg.doc.sentence_at(at)
    if sentence is None:
        return []
    near = _countries_near(reg.body, sentence.start, sentence.end, reg.about)
    return [iso3 for _, iso3 in sorted(near, key=lambda found: abs(found[0] - at))]


def _in_sentence_country(reg: Registry, text: str, start: int) -> gazetteer.Place | None:
    """`Barbadian police said the boat came ashore at Bathsheba, in Saint Joseph`: a name shared by places of several
    countries is, first, the one in a country its own sentence names (Haiti's names come from its gazetteer)."""
    if len(reg.about - {gazetteer.HAITI}) < 2 or gazetteer.fold(text) in gazetteer.us_states():
        return None  # with one other country the home country says the same; `Cuba and Florida` is the state
    if not (gazetteer.city(text) or gazetteer.subdivision_in(text, reg.about)):
        return None  # an unknown name has no namesakes
    for iso3 in sentence_countries(reg, start):
        if iso3 != gazetteer.HAITI and (place := gazetteer.place_in_country(text, iso3)) is not None:
            return place
    return None


def unknown_place(reg: Registry, text: str, start: int) -> gazetteer.Place:
    """A place the gazetteer does not hold, named as one by its context (`the Noailles neighbourhood`, `the
    village of Savane Zombi`): in the country of the place the next words locate it in (`X airport in Nairobi`,
    `the section of X, in Thomazeau`), else in the country its sentence names nearest to it, else that of the
    place named last before it in its sentence, else the dateline's, else the story's own country, else Haiti in
    a story about Haiti; with no coordinates of its own."""
    iso3 = _located_in(reg, start) or next(iter(sentence_countries(reg, start)), "")
    iso3 = iso3 or _nearby_place_country(reg, start) or dateline_country(reg) or reg.home
    if not iso3 and gazetteer.HAITI in reg.about:
        iso3 = gazetteer.HAITI
    return gazetteer.Place("place", text.removeprefix("The "), iso3, None, None)


_NEXT_NAME = re.compile(r"[^.;:\n]{0,30}?\b(?:in|of|near) ([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3})")


def _located_in(reg: Registry, start: int) -> str:
    """The country of the place or country the next words locate a name in (`Crochus, in Thomazeau`, `X airport
    in Nairobi`, `X, near Jimaní`), or ""."""
    following = _NEXT_NAME.match(reg.body, start)
    if following is None:
        return ""
    name = following.group(1)
    haitian = gazetteer.haitian_places().get(gazetteer.fold(name))
    if haitian is not None:
        return "" if haitian.ambiguous else gazetteer.HAITI
    city = gazetteer.city(name)
    return (city.iso3 if city else "") or gazetteer.country(name) or ""


def _nearby_place_country(reg: Registry, start: int) -> str:
    """The country of the place or country mentioned last before `start` in the same sentence, or ""."""
    sentence = reg.sentence_at(start)
    for mention in reversed(reg.mentions):
        if mention.sentence != sentence or mention.start >= start:
            continue
        actor = reg.actors[mention.key]
        if actor.type in ("place", "country") and actor.country:
            return actor.country
    return ""


def named_by_noun_of(body: str, start: int) -> bool:
    """Is a name introduced as a place by the noun before it: `the town of X`, `the communal section of X`?"""
    return _place_noun_of(body, start)


def plural_noun_of(body: str, start: int) -> bool:
    """Does a plural place noun and `of` stand right before `start` (`the neighbourhoods of X and Y`), so that each
    name of the list after it is a place of its own?"""
    before = _NOUN_OF.search(body, max(0, start - 25), start)
    return (
        before is not None and before.group(1).endswith("s") and before.group(1) in lexicon.word_list("place_nouns.txt")
    )


def named_place_key(reg: Registry, text: str, start: int, end: int) -> str:
    """The place a name its place noun introduces (`the Solino neighbourhood`, `the neighbourhoods of X`) stands
    for: the gazetteer's, unless that lies in a country the story never names (`Palm Beach counties` in a story
    about Florida is not Australia's town): then a place of its context's country, as for a name it lacks."""
    known = set(reg.actors)
    key = place_key(reg, text, start, end, True)
    if key is not None and key.startswith("place:"):
        country = reg.actors[key].country if key in reg.actors else ""
        if not country or country in reg.about:
            return key
    if key is not None and key not in known:
        del reg.actors[key]  # the namesake looked up, and not meant, is no actor of the story
    return reg.city(unknown_place(reg, text, start))


_CITY_OWNER = re.compile(r"\bthe (?:city|town)[’']s $", re.IGNORECASE)


def _city_owner_country(reg: Registry, start: int) -> str:
    """The country of the city a name's `the city’s` points back to (the place named last before it), or ""."""
    if _CITY_OWNER.search(reg.body, max(0, start - 20), start) is None:
        return ""
    for mention in reversed(reg.mentions):
        actor = reg.actors[mention.key]
        if mention.start < start and actor.type == "place" and actor.country:
            return actor.country
    return ""


def points_at_place(body: str, start: int, end: int) -> bool:
    """Does the text around a name say it is a place: a locative preposition before it (`in Solino`), a place
    noun after it (`the Solino neighbourhood`) or a place noun and `of` before it (`the commune of Plaisance`)?"""
    return after_locative(body, start) or bool(place_noun_after(body, end)) or _place_noun_of(body, start)


def home_country(reg: Registry, texts: list[str]) -> str:
    """The story's own country, where an ambiguous name is looked for first: its dateline's, else the
    country other than Haiti its phrases name most often (the Bahamas in a Nassau paper's story about
    Haitian migrants; Haiti's own names come from its gazetteer first), "" on a tie."""
    line = reg.doc.dateline
    if line is not None and (iso3 := dateline.dateline_country(reg.body, line)):
        return iso3
    counts = Counter(code for text in texts if (code := gazetteer.country(text)) and code != gazetteer.HAITI)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def _stripped_short_name(text: str, place: gazetteer.Place, haitian: object) -> bool:
    """A short foreign town's name written without its diacritics (`God` for `Göd`, `Pec` for `Peć`): a
    word of its own more often than the town, which a writer naming it would spell as it is spelled."""
    return haitian is None and len(text) <= 4 and text != place.name and text.isascii() and not place.name.isascii()


_OWNER_PLACE = re.compile(r"([A-ZÀ-Þ][\w’'-]*(?:[ -][A-ZÀ-Þ][\w’'-]*){0,2})[’']s $")


def _owner_place_country(reg: Registry, start: int) -> str:
    """`Cap-Haïtien’s Hugo Chávez International Airport`: the country of the place whose possessive opens the
    facility's name, or ""."""
    owner = _OWNER_PLACE.search(reg.body, max(0, start - 40), start)
    if owner is None:
        return ""
    name = owner.group(1)
    haitian = gazetteer.haitian_places().get(gazetteer.fold(name))
    if haitian is not None:
        return haitian.place.iso3
    city = gazetteer.city_in(name, reg.about)
    return (city.iso3 if city else "") or gazetteer.country(name) or ""


def facility_key(reg: Registry, text: str, start: int = -1) -> str | None:
    """`Norman Manley International Airport`, `Tampa River`: a name ending in a place head word
    (`place_heads.txt`) is a place, in the country its name gives (`Haitian`, `Tampa`), else in the
    country of the story's dateline, else in the story's own country (`reg.home`).

    Notes: the facility gets no coordinates of its own."""
    if text.rsplit(" ", 1)[-1] not in lexicon.word_list("place_heads.txt") or " " not in text:
        return None
    words = text.split()
    iso3 = next((c for w in words[:-1] if (c := gazetteer.country(w))), None)
    if iso3 is None and any(gazetteer.fold(w) in gazetteer.us_states() for w in words[:-1]):
        iso3 = "USA"  # `Florida Keys`, `Georgia Port`: a U.S. state's, not Cuba's town of Florida
    if iso3 is None and len(words) == 2 and (city := gazetteer.city(words[0])):
        iso3 = city.iso3  # `Tampa River`; in a longer name a town's name may be a person's (`Norman Manley`)
    iso3 = iso3 or (_owner_place_country(reg, start) if start > 0 else "") or dateline_country(reg) or reg.home
    return reg.city(gazetteer.Place("place", text.removeprefix("The "), iso3 or "", None, None))


def dateline_country(reg: Registry) -> str:
    line = reg.doc.dateline
    return "" if line is None else dateline.dateline_country(reg.body, line)


def place_noun_after(body: str, end: int) -> str | None:
    """The lower-case place noun right after a name (`the Solino neighbourhood`, `Nippes department`)."""
    noun = lower_word_after(body, end)
    return noun if noun is not None and noun in lexicon.word_list("place_nouns.txt") else None


_LOCATIVE_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def after_locative(body: str, start: int) -> bool:
    """Does a locative preposition stand right before `start` (`in Solino`, `In Solino` opening a sentence), or a
    word that only places take (`neighbouring Solino`, `upscale Pétion-Ville`: `place_modifiers.txt`)?"""
    before = _LOCATIVE_BEFORE.search(body, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in lexicon.word_list("locative_prepositions.txt") or word in lexicon.word_list("place_modifiers.txt")


_NOUN_OF = re.compile(r"\b([a-z]+) of $")


def _place_noun_of(body: str, start: int) -> bool:
    """Does a place noun and `of` stand right before `start` (`the commune of Plaisance`), or a noun of a place's
    parts or sides (`the outskirts of Gressier`, `north of Saint-Marc`: `place_part_nouns.txt`)?"""
    before = _NOUN_OF.search(body, max(0, start - 25), start)
    if before is None:
        return False
    noun = before.group(1)
    return noun in lexicon.word_list("place_nouns.txt") or noun in lexicon.word_list("place_part_nouns.txt")


_OWNER_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)(?:[’']s)?[ ]$")


def _owned_abroad(body: str, start: int) -> bool:
    """`the U.S. Southeast`, `Ghana's North`: a name another country's name or possessive opens is that
    country's region, not a Haitian department or quarter."""
    owner = _OWNER_BEFORE.search(body, max(0, start - 30), start)
    if owner is None:
        return False
    iso3 = gazetteer.country(owner.group(1))
    return bool(iso3) and iso3 != gazetteer.HAITI


def _large_city_abroad(text: str) -> bool:
    place = gazetteer.city(text)
    return place is not None and place.iso3 != gazetteer.HAITI and gazetteer.is_large(place)


_BESIDE = re.compile(r"([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*)")


def _beside_haitian(reg: Registry, start: int, end: int) -> bool:
    """Is the name coordinated with a Haitian place the gazetteer holds without doubt (`Brooklyn and Bois-Neuf`,
    `Soleil 17, Boston and Brooklyn`)?"""
    before = _COORDINATED.search(reg.body, max(0, start - 40), start)
    after = re.match(r"(?:,| and| or) (?:the )?", reg.body[end : end + 9])
    names = [before.group(1)] if before else []
    if after and (following := _BESIDE.match(reg.body, end + after.end())):
        names.append(following.group(1))
    places = gazetteer.haitian_places()
    return any((p := places.get(gazetteer.fold(n))) is not None and not p.ambiguous for n in names)


_LIST_TAIL = re.compile(
    r"(?:,[ ]|[ ](?:and|or)[ ])(?:the[ ])?[A-ZÀ-Þ][\w’'-]*(?:[ -][A-ZÀ-Þ][\w’'-]*){0,2}[ ]([a-z]+)\b"
)


def _listed_before_place_noun(body: str, end: int) -> bool:
    """`the Centre and Artibonite departments`, `Ouest, Nippes and Sud departments`: a name in a list that a plural
    place noun closes (the list's last name has the noun after it; the others get it from there)."""
    pos = end
    for _ in range(4):
        tail = _LIST_TAIL.match(body, pos)
        if tail is None:
            return False
        if tail.group(1) in lexicon.word_list("place_nouns.txt"):
            return True
        pos = tail.start(1) - 1
    return False


def haitian_context(reg: Registry, start: int, end: int) -> bool:
    """Is a name that Haiti shares with places abroad, people or common words meant as the Haitian place?

    Only in a story about Haiti, and then when the text itself points at a place: a locative preposition
    before it (`in Solino`), a place noun after it (`the Centre department`), another Haitian place in
    coordination before it (`Artibonite and Centre`), or the country named in the same sentence (by name,
    demonym or capital: `gazetteer.country_cue`); a place noun and `of` before it (`the commune of Plaisance`)."""
    if gazetteer.HAITI not in reg.about:
        return False
    if _large_city_abroad(reg.body[start:end]):
        # `Haitians in Boston and Brooklyn`: a great city abroad is that city, unless a place noun says otherwise
        # (`the Boston neighbourhood of Cité Soleil`) or a Haitian place stands beside it (`Brooklyn and Bois-Neuf`)
        noun = bool(place_noun_after(reg.body, end)) or _place_noun_of(reg.body, start)
        return noun or _beside_haitian(reg, start, end)
    if points_at_place(reg.body, start, end) or _listed_before_place_noun(reg.body, end):
        return True
    if _beside_haitian(reg, start, end):
        return True  # `the North, the North-East and the Grand’Anse`: listed with a Haitian place that is one
    coordinated = _COORDINATED.search(reg.body, max(0, start - 40), start)
    if coordinated and (haitian := gazetteer.haitian_places().get(gazetteer.fold(coordinated.group(1)))):
        # `Artibonite and Centre`; `in Solino and Bel Air`: the first place's own preposition counts for both
        return not haitian.ambiguous or after_locative(reg.body, coordinated.start(1))
    sentence = reg.doc.sentence_at(start)
    if sentence is None:
        return False
    return gazetteer.country_cue(gazetteer.HAITI).search(reg.body, sentence.start, sentence.end) is not None
