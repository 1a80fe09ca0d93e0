"""People: titles before a name, names that speak, and full names by their shape.

Owns the evidence that a capitalised name is a person — a title (`Foreign Minister Jean Dupont`, with
an optional country or body before it that gives the affiliation), a speech verb beside it
(`Cherizier told`, `said Moïse,`), or the shape of two or three name-like words — and a person's role
and country from that title. Surnames and full names are remembered by the registry.

Notes: a name introduced by none of these is not a person; a title alone names nobody.
"""

from __future__ import annotations

import collections
import functools
import re
from importlib import resources

from briefing.parse import gazetteer, lexicon
from briefing.parse.actors.registry import Registry
from briefing.parse.actors.tokens import CONNECTORS, MONTHS, is_capitalised
from briefing.parse.scan import WordStartPattern

#: A capitalised name word, accents and all (`Évelyne`, `Rose-Andrée`), with an Irish or Scottish prefix
#: (`O’Neill`, `McKenzie`), or an initial.
_NAME_WORD = re.compile(r"(?:O[’']|D[’']|Mc|Mac)?[A-ZÀ-Þ][a-zß-ÿ’'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*|[A-Z]\.")
_POSSESSOR = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})[’']s $")
#: Lower-case particles inside a name (`Eloy Ruiz de la Vega`, `Ahmed bin Said`), never at its ends.
PARTICLES = _PARTICLES = frozenset(
    {"de", "la", "da", "del", "du", "des", "le", "van", "von", "der", "den", "bin", "al", "y"}
)
_SPEAKER_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
_LOWER_BEFORE = re.compile(r"\b([a-z]+) $")


@functools.cache
def titles_by_first_word() -> dict[str, tuple[str, ...]]:
    """Titles grouped by their first word, longest first, so a phrase is checked against a few."""
    grouped: dict[str, list[str]] = {}
    for title in lexicon.titles():
        grouped.setdefault(title.split(" ", 1)[0], []).append(title)
    return {word: tuple(titles) for word, titles in grouped.items()}


@functools.cache
def title_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Titles of one word, and every word of a title but the connectors."""
    titles = lexicon.titles()
    return frozenset(t for t in titles if " " not in t), frozenset({w for t in titles for w in t.split()} - CONNECTORS)


@functools.cache
def _speaker_patterns() -> tuple[re.Pattern[str], WordStartPattern]:
    r"""`Cherizier told` and `said Moïse,`: a capitalised name of one to three words beside a speech verb.

    The first pattern's `(?<![\w.])` is checked after the name's first letter (`(?<![\w.][A-Z])`, the same
    test) so that the regex engine can skip ahead to capital letters; the second is searched for from
    word starts (`scan.WordStartPattern`)."""
    if not all(verb[:1].isalnum() for verb in lexicon.speech_verbs()):
        raise ValueError("speech_verbs.txt: every verb must begin with a letter")
    verbs = lexicon.speech_verb_pattern()
    name_then_verb = re.compile(rf"([A-Z](?<![\w.][A-Z]){_SPEAKER_NAME[len('[A-Z]') :]}) {verbs}\b")
    return name_then_verb, WordStartPattern(rf"{verbs} ({_SPEAKER_NAME})(?=[,.;])")


def speaker_names(body: str, lower_words: frozenset[str]) -> set[str]:
    """Capitalised names the text makes speak (`Cherizier told reporters`, `said Moïse`): people,
    even when no title or first name introduced them."""
    name_then_verb, verb_then_name = _speaker_patterns()
    locatives = lexicon.word_list("locative_prepositions.txt")
    written = _CapitalisedCounts(body)
    names = {
        m.group(1)
        for m in name_then_verb.finditer(body)
        if not (
            (before := _LOWER_BEFORE.search(body, max(0, m.start() - 12), m.start())) and before.group(1) in locatives
        )
        and not (
            body[m.end(1) + 1 : m.end()].lower() in lexicon.word_list("speech_verbs_also_nouns.txt")
            and _opening_word_alone(body, m.group(1), m.start(), written)
        )
    }  # `A fisherman in Inagua told me`: the place is where the speaker is, not the speaker
    names |= {m.group(1) for m in verb_then_name.finditer(body)}
    return {n for n in names if _could_be_speaker(n, lower_words)}


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n|[“\"‘(])$")


class _CapitalisedCounts:
    """How often each capitalised word is written, counted once and only when first asked."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.counts: collections.Counter[str] | None = None

    def __getitem__(self, word: str) -> int:
        if self.counts is None:
            self.counts = collections.Counter(_CAPITALISED.findall(self.body))
        return self.counts[word]


_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w’'-]*")


def _opening_word_alone(body: str, name: str, start: int, written: _CapitalisedCounts) -> bool:
    """`Small states cannot …`, `Numbers tell …`: one word that opens a sentence and is written nowhere else
    is a word capitalised by position before a verb that is also a noun, not a speaker (a surname that
    speaks has been written before, with its first name or title)."""
    if " " in name or is_first_name(name) or gazetteer.fold(name) in surnames():
        return False
    if not _OPENS_SENTENCE.search(body, max(0, start - 3), start):
        return False
    return written[name] == 1


def _after_locative(body: str, start: int) -> bool:
    before = _LOWER_BEFORE.search(body, max(0, start - 12), start)
    return before is not None and before.group(1) in lexicon.word_list("locative_prepositions.txt")


def could_be_speaker(name: str, lower_words: frozenset[str]) -> bool:
    """Can these capitalised words be a person who speaks (no title, function, organization, month or country
    word among them; one word neither plural nor written in lower case elsewhere)?"""
    return _could_be_speaker(name, lower_words)


def is_name_word(word: str) -> bool:
    """A capitalised word shaped like a name (`Évelyne`, `O’Neill`, `Rose-Andrée`)."""
    return _NAME_WORD.fullmatch(word) is not None


def _could_be_speaker(name: str, lower_words: frozenset[str]) -> bool:
    words = name.split()
    title_words = title_word_sets()[1]
    function_words, org_words = lexicon.word_list("function_words.txt"), lexicon.org_words()
    if any(
        w in title_words or w in function_words or w in org_words or w in MONTHS or gazetteer.country(w) for w in words
    ):
        return False
    if len(words) == 1:  # `Diplomats said` is a common noun; a surname is not plural nor written lower
        return not words[0].endswith("s") and words[0].lower() not in lower_words
    return True


def title_owner(reg: Registry, text: str) -> tuple[str, int]:
    """(ISO3 or "", length) of a country, defined acronym or known body opening a titled name."""
    for size in (4, 3, 2, 1):  # `St Kitts and Nevis Prime Minister`, `Kenyan President`, `CARICOM Secretary-General`
        head = " ".join(text.split(" ")[:size])
        if len(text) <= len(head) + 1:
            continue
        iso3 = gazetteer.country(head)
        # a one-word body that is also a head word (`Treasury Principal Secretary`) is the title's portfolio
        portfolio = size == 1 and head in lexicon.org_words()
        if iso3 or head in reg.acronyms or (gazetteer.fold(head) in reg.known_orgs and not portfolio):
            return iso3 or "", len(head) + 1
    for size in (2, 1):  # `Nandi Senator X`, `Limonade Mayor X`: the place a title is held for
        head = " ".join(text.split(" ")[:size])
        following = text[len(head) + 1 :].split(" ", 1)[0]
        if len(text) > len(head) + 1 and following in titles_by_first_word() and _is_place_name(reg, head):
            return "", len(head) + 1
    return "", 0


def _is_place_name(reg: Registry, text: str) -> bool:
    """A Haitian place, or a city or subdivision of a country the article is about."""
    if gazetteer.fold(text) in gazetteer.haitian_places():
        return True
    return bool(gazetteer.city_in(text, reg.about) or gazetteer.subdivision_in(text, reg.about))


def titled_person(reg: Registry, start: int, end: int, dry: bool = False) -> tuple[str, int] | None:
    """`[Demonym|Body] Title [Title] Name` -> (person key, offset where the name starts); with `dry`, only
    whether the rule reads the span (key "", no actor recorded)."""
    text = reg.body[start:end]
    by_word = titles_by_first_word()
    if by_word.keys().isdisjoint(text.split(" ", 4)[:4]):
        return None  # a title starts at one of the first four words (after a prefix of up to three)
    country, prefix = title_owner(reg, text)
    if prefix == 0 and text.split(" ", 1)[0] not in by_word:
        prefix = _constituency(text)  # `Nyaribari Masaba MP X`: the place the title holder represents
    if not country and (owner := _POSSESSOR.search(reg.body, max(0, start - 40), start)):
        country = gazetteer.country(owner.group(1)) or ""  # `Panama's Foreign Minister …`
    rest = text[prefix:]
    roles: list[str] = []
    portfolio = portfolio_before_title(rest, by_word) if prefix == 0 else ""
    if portfolio:  # `Interior CS Kipchumba Murkomen`: the portfolio is part of the role
        roles.append(portfolio)
        prefix += len(portfolio) + 1
        rest = rest[len(portfolio) + 1 :]
    while True:
        candidates = by_word.get(rest.split(" ", 1)[0], ())
        title = next((t for t in candidates if rest.startswith(t + " ")), None)
        if title is None and roles and not portfolio:  # `Former Interior CS X`: a portfolio after a title
            title = portfolio = portfolio_before_title(rest, by_word)
        if not title:
            break
        roles.append(title)
        prefix += len(title) + 1
        rest = rest[len(title) + 1 :]
    if len(roles) == int(bool(portfolio)):
        return None
    complement = _title_complement(rest)
    honorifics = lexicon.word_list("honorifics.txt")
    if complement:  # `Inspector General of Police X`, `Director of Criminal Investigations X`
        prefix += len(complement) + 1
        rest = rest[len(complement) + 1 :]
        body_words, _, last = complement.rpartition(" ")
        if last in honorifics:  # `Minister of National Security Dr X`: the honorific is no part of the office
            complement = body_words
        roles[-1] = f"{roles[-1]} {complement}"
    roles = _rank_after_office(roles)
    if roles[-1].endswith(" of"):  # `Mayor of Jacmel Rose Dupont`: the place belongs to the office
        place = next(
            (" ".join(rest.split()[:n]) for n in (3, 2, 1) if _is_place_name(reg, " ".join(rest.split()[:n]))), ""
        )
        if place and len(rest) > len(place) + 1:
            roles[-1] = f"{roles[-1]} {place}"
            prefix += len(place) + 1
            rest = rest[len(place) + 1 :]
    words = rest.split()
    if not 1 <= len(words) <= 6 or not _name_words(words):
        return None
    single_titles, org_words = title_word_sets()[0], lexicon.org_words()
    if any(w in org_words or w in MONTHS or w in single_titles for w in words) or gazetteer.country(rest):
        return None
    if roles[-1].endswith(" of") and (gazetteer.city(rest) or _is_place_name(reg, rest)):
        return None  # `The Mayor of Jacmel, X,`: the place the office is of, no person's name
    if words[-1] in lexicon.word_list("law_nouns.txt"):
        return None  # `Special Economic Measures Act`: a law whose first word is also a title
    if len(words) == 1 and rest not in reg.surnames and _in_headline(reg.body, start):
        return None  # `Gang Leader Sanctioned`: a crosshead in title case, not `Leader` + a surname
    name_start = start + prefix
    if dry:
        return "", name_start
    if len(words) == 1 and rest in reg.surnames:
        return reg.surnames[rest], name_start
    role = " ".join(r for r in roles if r not in honorifics) or roles[-1]
    if role in lexicon.word_list("courtesy_forms.txt"):
        role = ""  # `Mr Kanja`: a form of address, no role
    elif not reg.body.startswith(role + " ", name_start - len(role) - 1):
        role = role.rstrip(".")  # the dot of `Sen.` only where the text writes the title with it
    return reg.person(rest, role=role, country=country), name_start


def _in_headline(body: str, at: int) -> bool:
    """Is `at` on a short line of capitalised words with no closing punctuation (a crosshead or a headline
    written in title case: `Gang Leader Sanctioned`)?"""
    start, end = body.rfind("\n", 0, at) + 1, body.find("\n", at)
    line = body[start : end if end >= 0 else len(body)].strip()
    words = line.split()
    return (
        2 <= len(words) <= 10
        and not line.endswith((".", "!", "?", ":", "”", '"', ","))
        and all(w[:1].isupper() or w in CONNECTORS or w in {"a", "an", "in", "at", "to", "as"} for w in words)
    )


def _constituency(text: str) -> int:
    """Where a constituency title starts after one to three capitalised place words (`Nyaribari Masaba MP X`),
    or 0."""
    words = text.split(" ", 4)[:4]
    titles = lexicon.word_list("constituency_titles.txt")
    for i in range(1, len(words)):
        if words[i] in titles:
            lead = words[:i]
            return len(" ".join(lead)) + 1 if all(is_name_word(w) for w in lead) else 0
    return 0


#: `Jimmy “Barbecue” Chérizier`: a nickname in quotation marks between a first name and a surname.
#: It opens with the quotation mark (the space and word before are checked after), so the regex engine
#: can skip ahead to quotation marks.
_NICKNAME = re.compile(r"[“‘\"']([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)[”’\"'] (?=[A-ZÀ-Þ])")
_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w’'-]*)$")
_WORD_AT = re.compile(r"(?:O[’']|D[’'])?[A-ZÀ-Þ][\w-]*")
#: `gave only his first name, Wilner`, `identified only as Marie`: a first name that the text says is one.
_FIRST_NAME_ONLY = re.compile(
    r"\b(?:first|given) name,? (?:as |was |is )?([A-ZÀ-Þ][\w’'-]+)"
    r"|\bidentified (?:only )?(?:by (?:his|her|their) first name )?as ([A-ZÀ-Þ][\w’'-]+)"
    r"|\bgave (?:his|her|their) name (?:only )?as ([A-ZÀ-Þ][\w’'-]+)"
)


def named_by_shape(reg: Registry) -> None:
    """People whose name a construction gives before any phrase is read: `First “Nickname” Surname` is one
    person named `First Surname` (the first name, surname and nickname each name them alone later), and a
    one-word name the text calls a first name (`gave only his first name, Wilner`) is a person.

    Notes: the first name must be a known one, so `The “Big Four” Gangs` is no person."""
    body = reg.body
    for match in _NICKNAME.finditer(body):
        if body[match.start() - 1 : match.start()] != " ":
            continue
        first = _WORD_BEFORE.search(body, max(0, match.start() - 31), match.start() - 1)
        last = _WORD_AT.match(body, match.end())
        if first is None or last is None or not is_first_name(first.group(1)):
            continue
        surname = last.group()
        if not _name_words([first.group(1), surname]) or _other_kind(surname):
            continue
        key = reg.person(f"{first.group(1)} {surname}")
        nickname = match.group(1)
        reg.person_names.setdefault(first.group(1), key)
        reg.person_names.setdefault(nickname, key)
        reg.actors[key].aliases.add(nickname)
    if "first name" not in body and "given name" not in body and "identified" not in body and " name only" not in body:
        return
    for match in _FIRST_NAME_ONLY.finditer(body):
        name = match.group(1) or match.group(2) or match.group(3)
        if not _other_kind(name):
            reg.person(name)


#: `alias “Lanmò San Jou”`, `known as "Meyer"`: a nickname in quotation marks after the words that give one
_NICKNAME_AFTER = re.compile(
    r"\b(?:alias|a\.k\.a\.|aka|known as|nicknamed|dubbed|called)\s+[“\"‘']([^“”\"‘’\n]{1,40}?)[,.]?[”\"’']"
)


def nickname_spans(body: str) -> list[tuple[int, int]]:
    """Where the text gives someone a nickname in quotation marks (`Joseph Wilson, alias “Lanmò San Jou,”`):
    the nickname's words name no place or body of their own (no town `San`)."""
    if "alias" not in body and "known as" not in body and "nicknamed" not in body and "dubbed" not in body:
        return []
    return [match.span(1) for match in _NICKNAME_AFTER.finditer(body)]


_AUTHOR = r"[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*){1,3}"
#: `By Jane Doe, Senior Analyst`, `by Jane Doe` (a lower-case byline), `Written by Jane Doe`, `By Jane Doe and
#: John Roe, Outlet`, and a byline without `By` that is only a name and where it was filed (`Jane Doe in City`)
_BYLINE = re.compile(
    rf"^(?:(?:By|by|(?:Written|Reported|Words) by) ({_AUTHOR})(?:,? and ({_AUTHOR}))?(?:,[^\n]*)?"
    rf"|({_AUTHOR}) in [A-ZÀ-Þ][\w’'.-]*(?:[ -][A-ZÀ-Þ][\w’'.-]*){{0,3}})$",
    re.MULTILINE,
)
#: a byline without `By` opens the story: only in its first characters
_BYLINE_WITHOUT_BY_REACH = 300
#: `Jane Doe, Public Information Officer, Agency, jdoe@example.org, Tel: …`: a press contact's line
_CONTACT = re.compile(r"^(" + _AUTHOR + r"),[^\n]{0,160}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^\n]{0,80}$", re.MULTILINE)


def bylines(body: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """The authors a byline paragraph names (`By Jane Doe, Senior Analyst`, `By Jane Doe and John Roe`) and
    those paragraphs' spans, with a press contact's line (a name, then an e-mail address): the writer of the
    article, or whom to call about it, is not one of its actors.

    Notes: only a paragraph that is all byline counts (`By Monday, ...` opens an ordinary sentence)."""
    if "by " not in body and "By " not in body and " in " not in body and "@" not in body:
        return frozenset(), []
    function_words = lexicon.word_list("function_words.txt")
    found = [
        m
        for m in _BYLINE.finditer(body)
        if not any(w in MONTHS or w in function_words for name in m.groups() if name for w in name.split())
        and (m.group(3) is None or m.start() < _BYLINE_WITHOUT_BY_REACH)
    ]
    if "@" in body:
        found += _CONTACT.finditer(body)
    authors = frozenset(name for m in found for name in m.groups() if name)
    return authors, [m.span() for m in found]


def _other_kind(word: str) -> bool:
    """Is a capitalised word known as something other than a name (a country, body word, month, title)?"""
    return bool(
        word in lexicon.org_words()
        or word in MONTHS
        or word in title_word_sets()[1]
        or word in lexicon.word_list("function_words.txt")
        or gazetteer.country(word)
    )


def portfolio_before_title(text: str, by_word: dict[str, tuple[str, ...]]) -> str:
    """The one or two capitalised words before a title that name a portfolio (`Interior` in `Interior CS ...`,
    `Health` in `Health Minister ...`, `Foreign Affairs` in `Foreign Affairs PS ...`), or ""; not a title,
    month or function word themselves."""
    first, _, after = text.partition(" ")
    if not after:
        return ""
    if after.split(" ", 1)[0] in by_word and _service_word(text, first, by_word):
        return first  # `Police Commissioner X`, `Army Chief X`: the service a title belongs to
    if not _portfolio_word(text, first, by_word):
        return ""
    if after.split(" ", 1)[0] in by_word:
        return first
    second, _, rest = after.partition(" ")
    portfolio_titles = lexicon.word_list("portfolio_titles.txt")
    if rest and _portfolio_word(after, second, by_word) and any(rest.startswith(t + " ") for t in portfolio_titles):
        return f"{first} {second}"
    return ""


def _service_word(text: str, word: str, by_word: dict[str, tuple[str, ...]]) -> bool:
    """A portfolio word, or one head word of a body (`Police`, `Army`) right before a title."""
    if _portfolio_word(text, word, by_word):
        return True
    starts_title = any(text.startswith(t + " ") for t in by_word.get(word, ()))
    return word in lexicon.org_words() and not starts_title and not gazetteer.country(word)


def _portfolio_word(text: str, word: str, by_word: dict[str, tuple[str, ...]]) -> bool:
    if any(text.startswith(t + " ") for t in by_word.get(word, ())):
        return False  # a title itself
    if not _NAME_WORD.fullmatch(word) or word in MONTHS or word in lexicon.word_list("function_words.txt"):
        return False
    return word not in lexicon.org_words() and not gazetteer.country(word)


@functools.cache
def first_names() -> frozenset[str]:
    """First names: the `names` package's census lists (read once), less the blacklist of word-names
    (`Will`, `May`, `Grace`), plus the hand-kept supplement of Haitian, Kenyan and Caribbean names."""
    package = resources.files("names")
    census = {
        line.split(" ", 1)[0].capitalize()
        for list_file in ("dist.male.first", "dist.female.first")
        for line in (package / list_file).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    blacklist = lexicon.word_list("first_names_blacklist.txt")
    supplement = {gazetteer.fold(name) for name in lexicon.word_list("first_names_supplement.txt")}
    return frozenset(census - blacklist) | supplement


def names_after_title_complement(text: str) -> bool:
    """`Commissioner of Police Erwin Boyce`: titles, the body they are `of`, then a name — one person, not a
    title and an organization named `Police Erwin Boyce`."""
    by_word, rest, titled = titles_by_first_word(), text, False
    while title := next((t for t in by_word.get(rest.split(" ", 1)[0], ()) if rest.startswith(t + " ")), None):
        rest, titled = rest[len(title) + 1 :], True
    return titled and bool(_title_complement(rest))


def _rank_after_office(roles: list[str]) -> list[str]:
    """`Chief of Defence Staff Rear Admiral X`, `Chief of Staff Colonel X`: an office then a rank before a name
    (`military_ranks.txt`); the rank next to the name is the role. Other stacks of titles stay as they are."""
    ranks = lexicon.word_list("military_ranks.txt")
    words = roles[-1].split()
    for k in range(2, len(words)):
        if words[k - 1] not in CONNECTORS and " ".join(words[k:]) in ranks:
            return [" ".join(words[k:])]
    if len(roles) >= 2 and roles[-1] in ranks and " of " in roles[-2]:
        return roles[-1:]
    return roles


def _title_complement(rest: str) -> str:
    """`of Police` in `of Police Wilner Destin`: the body a title is `of`, when a name follows it — the
    split is before a first name (`of Criminal Investigations Rose Nyambura`), else before the last two
    name words, none of which is an organization's head word or a title word; "" when there is none."""
    words = rest.split()
    if len(words) < 4 or words[0] != "of" or not is_capitalised(words[1]):
        return ""
    org_words, title_words = lexicon.org_words(), title_word_sets()[1]

    def name_at(k: int) -> bool:
        name = words[k:]
        return (
            words[k - 1] not in CONNECTORS
            and 2 <= len(name) <= 4
            and _name_words(name)
            and not any(w in org_words or w in title_words or w in MONTHS for w in name)
        )

    split = next((k for k in range(2, len(words) - 1) if is_first_name(words[k]) and name_at(k)), None)
    if split is None and name_at(len(words) - 2):
        split = len(words) - 2
    return " ".join(words[:split]) if split else ""


def is_first_name(word: str) -> bool:
    """`Lucía` and `Jean-Robert` (by `Jean`) are first names; accents do not matter. `Rose-Andrée` is one
    too: a compound of first names, one of them a word-name of the blacklist (`Rose`)."""
    folded = gazetteer.fold(word)
    if folded in first_names() or folded.split("-")[0] in first_names():
        return True
    parts = folded.split("-")
    blacklist = lexicon.word_list("first_names_blacklist.txt")
    return (
        len(parts) > 1
        and any(p in first_names() for p in parts)
        and all(p in first_names() or p in blacklist for p in parts)
    )


def _name_words(words: list[str]) -> bool:
    """Capitalised words, with lower-case particles only between them (4 capitalised words at most)."""
    capitalised = [w for w in words[1:-1] if is_capitalised(w) and w.lower() not in _PARTICLES] + [words[0], words[-1]]
    inner_ok = all(is_capitalised(w) or w in _PARTICLES or w.startswith("al-") for w in words[1:-1])
    return is_capitalised(words[0]) and is_capitalised(words[-1]) and inner_ok and len(capitalised) <= 4


def is_title(text: str) -> bool:
    """A title or its abbreviation alone (`DG`, `PM`, `Sen.`, `Inspector`) names nobody."""
    return text in _titles_alone()


@functools.cache
def title_last_words() -> frozenset[str]:
    """The last word of every title as `is_title` accepts it (`Envoy`, `General`, `Sen.`, `Sen`)."""
    return frozenset(t.rsplit(" ", 1)[-1] for t in _titles_alone())


@functools.cache
def _titles_alone() -> frozenset[str]:
    titles = set(lexicon.titles())
    return frozenset(titles | {t.rstrip(".") for t in titles} | {t + "." for t in titles})


@functools.cache
def surnames() -> frozenset[str]:
    """Known surnames (folded) that no first-name list holds: `surnames.txt`."""
    return frozenset(gazetteer.fold(name) for name in lexicon.word_list("surnames.txt"))


_LED_BY = re.compile(r"\b(?:led|run|headed|commanded|founded|controlled) by $")
_NICKNAMED = re.compile(r",? (?:alias|also known as|known as|nicknamed|dubbed|a\.k\.a\.)\b")


def named_by_context(
    body: str, words: list[str], start: int, end: int, lower_words: frozenset[str], evidence: bool = False
) -> bool:
    """`led by Luckson Elan`, `Ferdens Tilus, known as “Meyer”`: two or three name-shaped words that the text
    says lead something or have a nickname are a person, first name known or not. With `evidence` the caller
    has other evidence, and only the words' shape is checked (one word may do)."""
    led = body.endswith(" by ", 0, start) and _LED_BY.search(body, max(0, start - 16), start)
    if not evidence and not (led or _NICKNAMED.match(body, end)):
        return False
    return (1 if evidence else 2) <= len(words) <= 3 and name_shaped(words, lower_words)


def name_shaped(words: list[str], lower_words: frozenset[str]) -> bool:
    """Capitalised name-like words, none a head word, title, function word, month, country or a word the
    article also writes in lower case."""
    org_words, by_word, function_words = (
        lexicon.org_words(),
        titles_by_first_word(),
        lexicon.word_list("function_words.txt"),
    )
    return all(
        _NAME_WORD.fullmatch(w)
        and w not in org_words
        and w not in by_word
        and w not in function_words
        and w not in MONTHS
        and w.lower() not in lower_words
        and not gazetteer.country(w)
        for w in words
    )


def looks_like_person(words: list[str], lower_words: frozenset[str]) -> bool:
    """Two or three capitalised name-like words opening with a first name or closing with a known surname,
    none of them a known word of another kind (`Law Society`, `Human Rights` are not people); lower-case
    particles may stand between them (`Ana Lucía de la Fuente`)."""
    # `Romain Le Cour Grandmaison`: a capitalised particle inside a name is a particle too
    named = [
        w
        for i, w in enumerate(words)
        if w not in _PARTICLES and not (0 < i < len(words) - 1 and w.lower() in _PARTICLES)
    ]
    if len(named) < len(words) and not _name_words(words):
        return False
    if len(words) > 2 and words[-1].lower() in _PARTICLES:
        return False  # `José Javier De La`: a name does not end with a particle
    if len(named) == 4 and len(named) == len(words) and all(is_first_name(w) for w in words[:2]):
        named = words[:3]  # `André Jonas Vladimir Paraison`, `Ana Lucía Pereira Soto`: two given names at least
    if not 2 <= len(named) <= 3 or not (is_first_name(words[0]) or gazetteer.fold(words[-1]) in surnames()):
        return False
    function_words, by_word = lexicon.word_list("function_words.txt"), titles_by_first_word()
    for word in named:
        if not _NAME_WORD.fullmatch(word):
            return False
        demonym_surname = (
            word is named[-1] and is_first_name(words[0]) and not gazetteer.country_names().get(gazetteer.fold(word))
        )  # `Volker Türk`: a demonym closing a name that opens with a first name is a surname
        if (
            word in function_words
            or word in MONTHS
            or (gazetteer.country(word) and not demonym_surname)
            or word.lower() in lower_words
            or (word in by_word and not (word is named[-1] and is_first_name(words[0])))
        ):
            return False  # a title word closing a name that opens with a first name is a surname (`Prince`)
    return True
