"""The resolver: the order in which one article's capitalised phrases are decided.

Owns the two passes over the phrases and the order of the rules for each: first what the article
defines (acronyms in parentheses, people introduced by a title); then, per phrase, a body noun after
it, a coordination of two bodies, a title before a name, the phrase as a whole (defined acronym,
known organization, known person, country or place, head word, body noun, acronym, person by shape
or speech), else its longest known sub-phrases; last, each person's affiliation. Each rule lives in
the module of its kind.

Notes: a decision is made once per phrase and never revised, so a name resolved early (a surname
taken as a place) stays so.
"""

from __future__ import annotations

import re

from briefing.parse import gazetteer, lexicon
from briefing.parse.actors import affiliations, organizations, people, places, roles
from briefing.parse.actors.registry import Registry, countries_named, known_organization
from briefing.parse.actors.tokens import CONNECTORS, Phrase, all_phrases, tokenise, trim
from briefing.parse.doc import ArticleActors, Doc

_COORDINATOR = re.compile(r"\s+and\s+(?:the\s+)?")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
#: `Jovenel Moïse`, `Rose-Andrée Dupiton`: a capitalised word after another, the last word of a full name
_FULL_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]+ ([A-ZÀ-Þ][\w’'-]+)")
#: `Republicans on the …`, `MPs on the …`, `Members of the …`, `a Democrat on the …`: members of a body (one
#: member only before `on the`, so `Secretary of the Treasury` stays a title)
_MEMBERS_OF = re.compile(r"([A-Z][A-Za-z]*s) (?:on|of) the |([A-Z][a-z]+) on the ")


class Resolver:
    """Decides what each capitalised phrase of one article is."""

    def __init__(self, doc: Doc) -> None:
        self.reg = Registry(doc)
        self.body = doc.body
        self.doc = doc
        self.tokens = tokenise(doc.body, doc.words)
        self.speakers: set[str] = set()
        self._last_words: set[str] | None = None
        self._part_start = -1

    def run(self) -> ArticleActors:
        reg, tokens = self.reg, self.tokens
        found = all_phrases(self.body, self.doc.sentences, tokens)
        found = [p for p in (trim(self.body, p, tokens, self.doc.lower_words) for p in found) if p is not None]
        found = [q for q in (self._without_opening_adverb(p) for p in found) if q is not None]
        found = self._join_serial(self._join_defined(self._join_known(found)))
        authors, byline_spans = people.bylines(self.body)
        if authors:
            found = [
                p
                for p in found
                if self.body[p.start : p.end] not in authors and not any(a <= p.start < b for a, b in byline_spans)
            ]
        headlines = organizations.headline_spans(self.body)
        if headlines:
            found = [p for p in found if not any(a <= p.start < b for a, b in headlines)]
        nicknames = people.nickname_spans(self.body)
        if nicknames:
            found = [p for p in found if not any(a <= p.start < b for a, b in nicknames)]
        self.speakers = people.speaker_names(self.body, self.doc.lower_words)
        reg.about = countries_named([self.body[p.start : p.end] for p in found])
        reg.home = places.home_country(reg, [self.body[p.start : p.end] for p in found])
        people.named_by_shape(reg)
        organizations.lower_case_bodies(reg)
        organizations.apposed_bodies(reg, [(p.start, p.end) for p in found])
        for phrase in found:  # first pass: what the article defines
            self._learn(phrase)
        covered = organizations.numbered_names(reg)
        for phrase in found:
            cover = next((b for a, b in covered if a <= phrase.start < b), None) if covered else None
            if cover is None:
                self.resolve(phrase.start, phrase.end, phrase.sentence)
            elif (rest := _CONJUNCT_BREAK.match(self.body, cover, phrase.end)) and rest.end() < phrase.end:
                # `the 400 Mawozo and Chen Mechan gangs`: the name after the numbered one is read on its own
                self.resolve(rest.end(), phrase.end, phrase.sentence)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        organizations.led_references(reg)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        organizations.nominal_references(reg)
        organizations.head_references(reg)
        organizations.tail_references(reg)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        if organizations.fund_references(reg):
            reg.mentions.sort(key=lambda m: (m.start, m.end))
        roles.find_roles(reg)
        affiliations.find_affiliations(reg)
        roles.complement_affiliations(reg)
        return ArticleActors(reg.actors, reg.mentions)

    def _without_opening_adverb(self, phrase: Phrase) -> Phrase | None:
        """`Mostly Partners In Health …`, `Currently, …`: an adverb in -ly opening a sentence is no name and no
        part of the name after it (`Kelly`, `Ketly` are given names, and `Italy` a country, so they stay)."""
        if not phrase.initial and not self.body.endswith(": ", 0, phrase.start):  # `DORVAL: Mostly …`, `Q: Does …`
            return phrase
        space = self.body.find(" ", phrase.start, phrase.end)
        word = self.body[phrase.start : space if space > 0 else phrase.end]
        opening = not phrase.initial and word in lexicon.word_list("function_words.txt")  # after a label
        # six letters at least: `Ketly`, `Nelly` are given names as short as most such adverbs are not
        adverb = len(word) > 5 and word.endswith("ly") and not people.is_first_name(word) and not _is_place(word)
        if not (opening or adverb):
            return phrase
        return Phrase(space + 1, phrase.end, phrase.sentence, False) if space > 0 else None

    def _join_known(self, found: list[Phrase]) -> list[Phrase]:
        """`United Nations Integrated Office in Haiti`: two phrases joined by `in` are one when the gazetteer
        knows the whole (`in` is no connector: `the Security Council in New York` is two names)."""
        body = self.body
        joined: list[Phrase] = []
        for phrase in found:
            last = joined[-1] if joined else None
            gap = body[last.end : phrase.start] if last is not None and last.sentence == phrase.sentence else ""
            if (
                gap == " in "
                and (
                    self._known_with_in(last, phrase)
                    or self._defined_in(last, phrase)
                    or self._post_in_capital(last, phrase)
                )
            ) or (gap == " to the " and self._mission_to(last, phrase)):
                joined[-1] = Phrase(last.start, phrase.end, last.sentence, last.initial)
            else:
                joined.append(phrase)
        return joined

    def _known_with_in(self, last: Phrase, phrase: Phrase) -> bool:
        """Is `X in Y` a name the gazetteer knows, as a whole or after a title's `of` (`Head of the United Nations
        Integrated Office` + `Haiti`)?"""
        text = self.body[last.start : phrase.end]
        known = self.reg.known_orgs
        if gazetteer.fold(text) in known:
            return True
        tails = [text[m.end() :] for m in _OF_THE.finditer(text, 0, last.end - last.start)]
        return any(gazetteer.fold(tail) in known for tail in tails)

    def _post_in_capital(self, last: Phrase, phrase: Phrase) -> bool:
        """`the U.S. Embassy in Bridgetown`, `the Embassy of Haiti in Nairobi`: an embassy or consulate is named
        by the capital it sits in (`the U.S. Embassy in Tabarre` is the embassy, then where it is)."""
        if lexicon.word_list("seat_heads.txt").isdisjoint(self.body[last.start : last.end].split(" ")):
            return False
        city = gazetteer.city(self.body[phrase.start : phrase.end])
        return city is not None and bool(city.capital_of)

    def _mission_to(self, last: Phrase, phrase: Phrase) -> bool:
        """`the U.S. Mission to the United Nations`: a country's mission to a body it knows is one name."""
        head = self.body[last.start : last.end]
        return (
            head.endswith(" Mission")
            and known_organization(self.reg.known_orgs, self.body[phrase.start : phrase.end]) is not None
        )

    def _defined_in(self, last: Phrase, phrase: Phrase) -> bool:
        """`the Center for Analysis and Research in Human Rights (CARDH)`: a body's name going on after `in`
        up to the acronym that defines it, where what follows `in` is no place; without an acronym, where what
        follows is no place, person or body of its own and ends the name (`… Research in Human Rights.`)."""
        body = self.body
        definition = organizations.ACRONYM_DEF.match(body, phrase.end)
        if organizations.head_word_kind(body[last.start : last.end]) is None:
            return False
        if definition is None or not body.startswith(" (", phrase.end):
            return self._complement_in(phrase)
        if not _is_place(body[phrase.start : phrase.end]):
            return True
        # `United Nations Integrated Office in Haiti (BINUH)`: a place too, when the acronym is not the initials
        # of the words before `in` (`the World Food Programme in Haiti (WFP)` is the programme, then the place)
        words = body[last.start : last.end].split()
        if any(w in people.titles_by_first_word() for w in words):
            return False  # `Secretary-General and Head of the … Office in Haiti`: titles, then their body
        initials = "".join(w[0] for w in words if w[0].isupper())
        return (definition.group(1) or definition.group(2) or "").replace(".", "").upper() != initials

    def _complement_in(self, phrase: Phrase) -> bool:
        """Is the phrase after a body's `in` the end of that body's name: no place, country, known actor, person or
        head word, and followed by the end of a clause?"""
        text = self.body[phrase.start : phrase.end]
        words = text.split()
        if not self.body.startswith((".", ",", ";", ")"), phrase.end) or len(words) > 4:
            return False
        if _is_place(text) or self.reg.knows(text) or any(w in lexicon.org_words() or _is_place(w) for w in words):
            return False
        return not people.looks_like_person(words, self.doc.lower_words) and not any(
            people.is_first_name(w) for w in words
        )

    def _join_defined(self, found: list[Phrase]) -> list[Phrase]:
        """`the Ministry of Agriculture, Natural Resources and Rural Development (MARNDR)`, `the National
        Commission for Disarmament, Dismantlement and Reintegration (CNDDR)`: phrases of one sentence set apart by
        commas or `and`, before the acronym that defines them, are one name when the acronym's letters are
        their words' initials (in any order: French acronyms follow the French word order) and not the last
        phrase's alone. The acronym bounds the name, so the comma inside it does not cut it."""
        body = self.body
        if " (" not in body:
            return found
        joined: list[Phrase] = []
        for phrase in found:
            definition = _ACRONYM_AFTER.match(body, phrase.end)
            if (
                definition is None
                or not joined
                or _letters(body[phrase.start : phrase.end]) == sorted(definition.group(1))
            ):
                joined.append(phrase)
                continue
            wanted, start, taken = sorted(definition.group(1)), phrase.start, 0
            for k in range(1, min(4, len(joined)) + 1):
                before = joined[-k]
                if before.sentence != phrase.sentence or not _LIST_GAP.fullmatch(body, before.end, start):
                    break
                start = before.start
                if _letters(body[start : phrase.end]) == wanted:
                    taken = k
                    break
            if taken:
                first = joined[-taken]
                del joined[-taken:]
                joined.append(Phrase(first.start, phrase.end, phrase.sentence, first.initial))
            else:
                joined.append(phrase)
        return joined

    def _join_serial(self, found: list[Phrase]) -> list[Phrase]:
        """`Bureau of Alcohol, Tobacco, Firearms and Explosives`, `Foreign, Commonwealth and Development Office`:
        one-word names in a serial list that ends `X and Y` are one name with the body they belong to, when the
        first part has a head word and an `of` (the list is its complement), or the last ends with a head word
        (the list qualifies it).

        Notes: a list of countries or cities (`the Ministry of Defence, Washington and Paris`) is never
        joined after `of`; after the head word it is, being read as the body's qualifiers."""
        body, org_words = self.body, lexicon.org_words()
        joined: list[Phrase] = []
        i = 0
        while i < len(found):
            first, j = found[i], i + 1
            if j == len(found) or not body.startswith(", ", first.end):
                joined.append(first)
                i += 1
                continue
            words = body[first.start : first.end].split()
            # `Committee on National Security, Defence and Foreign Relations`: a body's remit as a list
            remit = " on " in body[first.start : first.end] and any(w in org_words for w in words)
            # `Ministry of Agriculture, Natural Resources and Rural Development`: a portfolio is a remit too
            remit = remit or (words[0] in _PORTFOLIO_HEADS and len(words) > 2 and words[1] == "of")
            while (
                j < len(found)
                and found[j].sentence == first.sentence
                and body[found[j - 1].end : found[j].start] == ", "
                and _list_item(body[found[j].start : found[j].end], org_words, remit)
            ):
                j += 1
            last = found[j - 1]
            items = [body[p.start : p.end] for p in found[i + 1 : j]]
            if j - i > 1 and " and " in items[-1] and all(" and " not in item for item in items[:-1]):
                parts = [w for item in items for w in item.split(" and ")]
                complement = (" of " in body[first.start : first.end] or remit) and any(w in org_words for w in words)
                complement = complement and not any(_is_place(w) for w in [words[-1], *parts])
                qualified = len(words) == 1 and parts[-1].split()[-1] in org_words and len(parts[-1].split()) > 1
                if complement or qualified:
                    joined.append(Phrase(first.start, last.end, first.sentence, first.initial))
                    i = j
                    continue
            joined.append(first)
            i += 1
        return joined

    def _learn(self, phrase: Phrase) -> None:
        """First pass: acronyms defined in parentheses and people introduced by a title."""
        text = self.body[phrase.start : phrase.end]
        definition = organizations.ACRONYM_DEF.match(self.body, phrase.end)
        if definition and _is_place(definition.group(1) or definition.group(2) or ""):
            definition = None  # `Eloy Alfaro de Alba (Panama)`: the delegation's country, no acronym of the name
        if definition and len(text.split()) > 1 and not _names_a_country(definition.group(1) or definition.group(2)):
            key = self.resolve(phrase.start, phrase.end, phrase.sentence, record=False)
            if key is None and " of " in text:
                key = self._body_after_of(phrase)
            if key:
                acronym = definition.group(1) or definition.group(2)
                self.reg.acronyms[acronym] = key
                self.reg.actors[key].aliases.add(acronym)
        people.titled_person(self.reg, phrase.start, phrase.end)

    def _body_after_of(self, phrase: Phrase) -> str | None:
        """`Executive Director of the United Nations Office on Drugs and Crime (UNODC)`: a title's phrase defines
        no acronym of its own; the body it is `of` (the first `of` whose rest is a body) does."""
        text = self.body[phrase.start : phrase.end]
        at = text.find(" of ")
        while at > 0:
            rest = at + 4 + (4 if text.startswith("the ", at + 4) else 0)
            if organizations.head_word_kind(text[rest:]) or self.reg.knows(text[rest:]):
                return self.resolve(phrase.start + rest, phrase.end, phrase.sentence, record=False)
            at = text.find(" of ", at + 1)
        return None

    def resolve(self, start: int, end: int, sentence: int, record: bool = True) -> str | None:
        """Decide what body[start:end] names; record mentions; return the key of a whole-span actor."""
        reg = self.reg
        if _names_no_body(self.body, start, end):
            return None
        # both nouns are a lower-case word after one space: most names have none, and skip both look-ups
        noun_follows = self.body.startswith(" ", end) and "a" <= self.body[end + 1 : end + 2] <= "z"
        if (
            noun_follows
            and places.place_noun_after(self.body, end)
            and not reg.knows(self.body[start:end])
            and self.body[start:end] not in lexicon.word_list("function_words.txt")  # `No neighbourhood will …`
        ):
            return self._named_place(start, end, sentence, record)
        if (
            self.body.endswith(" of ", 0, start)  # (what that rule's search ends with: most names skip it)
            and places.named_by_noun_of(self.body, start)
            and self._placeable(start, end)
        ):
            return self._named_place(start, end, sentence, record)  # `the town of X`, `the communal section of X`
        noun = organizations.body_noun_after(self.body, end) if noun_follows else None
        if noun is not None and self.body[start:end] in lexicon.word_list("function_words.txt"):
            return None  # `“A force without salaries …”`: a word, not a name before a body noun
        if noun is not None and not reg.knows(self.body[start:end]):
            if noun[1] == "group":  # `the Gran Grif gang`: the gang is Gran Grif
                parts = list(_conjuncts(self.body, start, end))
                keys = [reg.organization(self.body[a:b], "group") for a, b in parts]
                if record:
                    for key, (a, b) in zip(keys, parts, strict=True):
                        reg.add_mention(key, a, b, sentence)
                return keys[0] if len(keys) == 1 else None
            if noun[0] in organizations.bare_body_nouns():  # `the Fanmi Lavalas party` is Fanmi Lavalas
                key = reg.organization(self.body[start:end], noun[1])
                if record:
                    reg.add_mention(key, start, end, sentence)
                return key
            end += 1 + len(noun[0])  # `the Trump administration`, `the Multinational Security Support mission`
        if self._split_coordination(start, end, sentence, record) or self._split_members(start, end, sentence, record):
            return None
        if self._split_trailing_person(start, end, sentence, record):
            return None
        if " of the " in self.body[start:end] and self._split_of_the(start, end, sentence, record):
            return None
        if " of " in self.body[start:end] and self._split_titled_of(start, end, sentence, record):
            return None
        if self._owner_of_title(start, end, sentence, record):
            return None
        abbreviated = self._abbreviated_title(start, end)
        if abbreviated is not None:  # `SAIG Wekesa`: an unknown abbreviation before a known surname is a title
            if record:
                reg.add_mention(reg.surnames[self.body[abbreviated:end]], abbreviated, end, sentence)
            return None
        titled = people.titled_person(reg, start, end)
        if titled is not None:
            key, name_start = titled
            if record:
                self._prefix_mention(start, name_start)
                reg.add_mention(key, name_start, end, sentence)
            return None
        key = self.whole(self.body[start:end], start, end)
        if key is not None:
            if record:
                reg.add_mention(key, start, end, sentence)
            return key
        words = self.tokens.within(start, end)
        if len(words) > 1 and not people.is_title(self.body[start:end]):  # a title's words name no body either
            self._split(words, sentence, record)
        return None

    def _named_place(self, start: int, end: int, sentence: int, record: bool) -> str | None:
        """`the Solino neighbourhood`, `Nippes department`: a place by the noun after it, known or not; before a
        plural noun each name of a list is one (`the Bourdon and Turgeau neighbourhoods`)."""
        noun = places.place_noun_after(self.body, end) or ""
        plural = noun.endswith("s") or places.plural_noun_of(self.body, start)  # `the neighbourhoods of X and Y`
        parts = list(_conjuncts(self.body, start, end)) if plural and " and " in self.body[start:end] else []
        if len(parts) > 1:
            for a, b in parts:
                self._named_place(a, b, sentence, record)
            return None
        if self._split_coordination(start, end, sentence, record):
            return None
        text = self.body[start:end]
        key = places.named_place_key(self.reg, text, start, end)
        if record:
            noun = places.place_noun_after(self.body, end)
            self.reg.add_mention(key, start, end + 1 + len(noun) if noun else end, sentence)
            actor = self.reg.actors[key]
            if gazetteer.fold(text.removeprefix("The ")) != gazetteer.fold(actor.name):
                actor.aliases.add(text.removeprefix("The "))  # `the West department`: `West` names Ouest too
        return key

    def _placeable(self, start: int, end: int) -> bool:
        """Can a name the text introduces as a place (`the town of X`) be one: not a name known already, a
        title, a body's name (`the city of Tampa Police Department`) or a function word?"""
        text = self.body[start:end]
        words = text.split()
        return not (
            self.reg.knows(text)
            or people.is_title(text)
            or text in lexicon.word_list("function_words.txt")
            or organizations.head_word_kind(text) is not None
            or words[-1] in organizations.body_nouns()
        )

    def _split_coordination(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`the Transitional Presidential Council and the Provisional Electoral Council` is two names."""
        text = self.body[start:end]
        match = _COORDINATOR.search(text) if "and" in text else None
        if match is None or gazetteer.country(text) or gazetteer.fold(text) in self.reg.known_orgs:
            return False
        if self._titled_pair(start, end, sentence, record):
            return True
        words = text.split(" ")
        if any(" and " in " ".join(words[:n]) and gazetteer.country(" ".join(words[:n])) for n in range(3, 6)):
            return False  # `Antigua and Barbuda Defence Force`: the `and` is inside a country's name
        left, right = text[: match.start()], text[match.end() :]
        org_words = lexicon.org_words()
        if self._portfolio_goes_on(left, right, match.group()):
            return False
        head = right.split()[-1]  # (`Airlines and Caribbean Airlines`: two names of one kind, not a remit)
        if left in org_words and head in org_words and head != left and " " in right and not self.reg.knows(right):
            return False  # `Administration and Internal Security Committee`: one committee's remit, not two bodies
        bodies = [
            any(w in org_words for w in part.split()) or _is_place(part) or organizations.is_country_department(part)
            for part in (left, right)
        ]
        known = [self.reg.knows(part) for part in (left, right)]
        definite = match.group().rstrip().endswith("the")  # `... Investigations and the Bureau of ...`
        lone = " " not in left and left.lower() not in self.doc.lower_words and right.split()[-1] in org_words
        lone = lone and not left.startswith(_MODIFIER_PREFIXES)  # `Counter-Terrorism and … Branch`: one remit
        # `Mercy Corps and Action Against Hunger`: a name closed by its head word, then another name
        closed = left.split()[-1] in org_words and not any(w.islower() for w in left.split()) and right[:1].isupper()
        if not (all(bodies) or (bodies[1] and (definite or known[0] or lone)) or (bodies[0] and (known[1] or closed))):
            return False
        left_key = self.resolve(start, start + len(left), sentence, record)
        right_key = self.resolve(start + match.end(), end, sentence, record)
        if lone and left_key is None and right_key is not None and not self.reg.knows(left):
            # `JetBlue and American Airlines`: a lone name beside a body is a body of its kind
            key = self.reg.organization(left, self.reg.actors[right_key].type)
            if record:
                self.reg.add_mention(key, start, start + len(left), sentence)
        elif closed and right_key is None and not self.reg.knows(right) and not _is_place(right):
            kind = organizations.head_word_kind(left) if " " in left else None
            key = self.reg.organization(right, kind or "organization")  # the other name is a body of its kind
            if record:
                self.reg.add_mention(key, start + match.end(), end, sentence)
        return True

    def _split_of_the(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`the 49th Regular Meeting of the Conference of Heads of Government` (an event of a body: only the body is
        named) and `the Standing Finance Committee of the House of Representatives` (a committee of a chamber:
        two bodies), split at the first `of the`."""
        text = self.body[start:end]
        at = text.find(" of the ")
        left, right = text[:at], text[at + 8 :]
        events = lexicon.word_list("event_heads.txt")
        if " " in left and any(w in events for w in left.split()[1:]):
            if organizations.head_word_kind(right) or self.reg.knows(right):
                self.resolve(start + at + 8, end, sentence, record)
                return True
            return False
        roles = dict(lexicon.tsv_rows("committee_chambers.tsv"))
        chamber = next((w for w in right.split() if w in lexicon.org_words()), "")
        if " " in left and roles.get(left.rsplit(" ", 1)[-1]) == "committee" and roles.get(chamber) == "chamber":
            self.resolve(start, start + at, sentence, record)
            self.resolve(start + at + 8, end, sentence, record)
            return True
        return False

    def _portfolio_goes_on(self, left: str, right: str, coordinator: str) -> bool:
        """`Ministry of Interior and National Administration`, `Ministry of Foreign and Diaspora Affairs`: after a
        head word and `of`, an `and` without `the` joins the parts of one body's remit, when the words after it
        open no body, country, place or known actor of their own."""
        head, of, remit = left.partition(" of ")
        org_words = lexicon.org_words()
        if not of or coordinator.rstrip().endswith("the") or not any(w in org_words for w in head.split()):
            return False
        first = right.split(" ", 1)[0]
        if any(w in org_words for w in remit.split()) or first in org_words:
            return False
        return not (
            _is_place(right)
            or _is_place(first)
            or first in gazetteer.demonyms()
            or self.reg.knows(right)
            or self.reg.knows(first)
        )

    def _split_trailing_person(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`Deputy Inspector-General of the Kenya Police Service Eliud Lagat`, `Treasury Principal Secretary Chris
        Kiptoo`, `Police Constable Evans Omondi`: titles (and the body they are `of`) before a person's full name
        — a first name and one or two more name words closing the phrase — are that person's role, not an
        organization's name. The body after `of` is read on its own and is the person's affiliation."""
        text = self.body[start:end]
        words = text.split(" ")
        if len(words) < 3 or not any(w in people.titles_by_first_word() for w in words[:-2]):
            return False
        k = next(
            (
                k
                for k in range(max(1, len(words) - 3), len(words) - 1)
                if people.is_first_name(words[k])
                and words[k - 1] not in CONNECTORS
                and people.looks_like_person(words[k:], self.doc.lower_words)
            ),
            None,
        )
        if k is None and self._name_after_head(words):
            k = len(words) - 2  # `… Police Service Eliud Lagat`: two name words after a body's head word
        if k is None or self.reg.knows(text) or people.titled_person(self.reg, start, end, dry=True) is not None:
            return False  # `CARICOM Secretary-General Dr X`: a title the person rule reads with its owner
        prefix = " ".join(words[:k])
        title, of, owner = prefix.partition(" of ")
        owner = _without_remit(owner.removeprefix("the ")) if of else ""
        owner = owner if organizations.head_word_kind(owner) or self.reg.knows(owner) else ""
        if not any(w in people.titles_by_first_word() for w in title.split(" ")):
            return False
        name_start = start + len(prefix) + 1
        country, opening = people.title_owner(self.reg, text)  # `Narok West MP X`, `St Kitts and Nevis Prime …`
        role = _without_place_before_title(prefix[opening:]).split(" ")
        while len(role) > 1 and role[-1] in lexicon.word_list("honorifics.txt"):
            role.pop()  # `Prime Minister Dr X`: the courtesy title is no part of the role
        key = self.reg.person(self.body[name_start:end], role=" ".join(role), country=country)
        if opening and record:
            self._prefix_mention(start, start + opening)
        if owner:
            owner_start = start + prefix.rfind(owner)  # (`the Treasury` of `… of the Treasury for …`: not the end)
            owner_key = self.resolve(owner_start, owner_start + len(owner), sentence, record)
            if owner_key and not self.reg.actors[key].affiliation:
                self.reg.actors[key].affiliation = owner_key
        if record:
            self.reg.add_mention(key, name_start, end, sentence)
        return True

    def _name_after_head(self, words: list[str]) -> bool:
        """Do the last two words look like a name (capitalised, no head, title, month, place or known word of
        another kind) right after a body's head word or a title's last word?"""
        before, name = words[-3], words[-2:]
        if not before[:1].isupper() or (before not in lexicon.org_words() and before not in people.title_last_words()):
            return False
        org_words, title_words = lexicon.org_words(), people.title_word_sets()[1]
        return people.looks_like_person(["Jean", *name], self.doc.lower_words) and not any(
            w in org_words or w in title_words or _is_place(w) or self.reg.knows(w) for w in name
        )

    def _titled_pair(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`Economy and Finance Minister X Y and Interior Minister Z W`: two titled people joined by `and` (the
        `and` after the first name, not the one inside the portfolio) are two people."""
        text = self.body[start:end]
        for match in _COORDINATOR.finditer(text):
            left_end, right_start = start + match.start(), start + match.end()
            if match.group().rstrip().endswith("the"):
                continue
            right = people.titled_person(self.reg, right_start, end, dry=True)
            if right is None:
                continue
            left_start = start
            if people.titled_person(self.reg, start, left_end, dry=True) is None:
                inner = _COORDINATOR.search(text, 0, match.start())  # `Economy and Finance Minister X and …`
                left_start = start + inner.end() if inner else left_end
                if people.titled_person(self.reg, left_start, left_end, dry=True) is None:
                    continue
            self.resolve(left_start, left_end, sentence, record)
            self.resolve(right_start, end, sentence, record)
            return True
        return False

    def _split_members(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`Republicans on the House Foreign Affairs Committee`, `Members of the Law Society`: a plural noun
        before `on the`/`of the` and a body is the members of that body, so only the body is named."""
        text = self.body[start:end]
        match = _MEMBERS_OF.match(text) if " the " in text else None
        if match is None or (match.group(1) or match.group(2)) in lexicon.org_words() or self.reg.knows(text):
            return False
        right = text[match.end() :]
        if organizations.head_word_kind(right) is None and gazetteer.fold(right) not in self.reg.known_orgs:
            return False
        self.resolve(start + match.end(), end, sentence, record)
        return True

    def _split_titled_of(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`Chief of Mission of the IOM`, `Deputy Assistant Secretary Jane Doe of the Bureau of …`, `Prime
        Minister X of Jamaica`: a title (with or without its name) and the body or country it belongs to
        are two phrases, not one organization. Only where what follows `of` is a known name or a body."""
        text = self.body[start:end]
        by_word = people.titles_by_first_word()
        first = text.split(" ", 1)[0]
        title = next((t for t in by_word.get(first, ()) if text.startswith(t + " ")), None)
        if title is None or people.names_after_title_complement(text):
            return False
        second = self._second_title_of(text)
        if second is not None:  # `Special Representative of the … and Head of the United Nations … Office`
            self.resolve(start, start + second[0], sentence, record)
            self.resolve(start + second[1], end, sentence, record)
            return True
        of = text.find(" of ", len(title) - 1) if text.startswith(" of ", len(title)) else text.find(" of ", len(title))
        while of > 0:
            rest = of + 4 + (4 if text.startswith("the ", of + 4) else 0)
            if self._known_body(text[rest:]) and (
                of == len(title) or people.titled_person(self.reg, start, start + of) is not None
            ):
                if of > len(title):
                    self.resolve(start, start + of, sentence, record)
                self.resolve(start + rest, end, sentence, record)
                return True
            of = text.find(" of ", of + 1)
        return False

    def _owner_of_title(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`IOM Chief of Mission`, `UN Special Envoy`, `U.S. Secretary of State` with no name after them: a
        title names nobody, so only the body or country that owns it is named."""
        last = self.body.rfind(" ", start, end)
        if last < 0 or self.body[last + 1 : end] not in people.title_last_words():
            return False  # most phrases do not end with a title's last word: no split, no look-ups
        words = self.body[start:end].split(" ")
        for size in range(min(3, len(words) - 1), 0, -1):
            head, rest = " ".join(words[:size]), " ".join(words[size:])
            if people.is_title(rest) and (self.reg.knows(head) or gazetteer.country(head)):
                self.resolve(start, start + len(head), sentence, record)
                return True
        return False

    def _abbreviated_title(self, start: int, end: int) -> int | None:
        """Where the surname starts in `SAIG Wekesa`, `DCI Amin`: an all-capitals word that names no actor of the
        article, before the surname of a person it has named in full; else None."""
        space = self.body.find(" ", start, end)
        if space < 0 or self.body.find(" ", space + 1, end) >= 0:
            return None
        head, surname = self.body[start:space], self.body[space + 1 : end]
        if surname not in self.reg.surnames or not _ABBREVIATION.fullmatch(head) or self.reg.knows(head):
            return None
        return space + 1

    def _second_title_of(self, text: str) -> tuple[int, int] | None:
        """(end of the first title's part, start of the body) in `Title of X and Title of the Body`: two titles
        of one person, the second `of` a body; else None."""
        by_word = people.titles_by_first_word()
        for match in _COORDINATOR.finditer(text):
            at = match.end()
            word = text[at:].split(" ", 1)[0]
            title = next((t for t in by_word.get(word, ()) if text.startswith(t + " of ", at)), None)
            if title is None:
                continue
            rest = at + len(title) + 4
            rest += 4 if text.startswith("the ", rest) else 0
            if self._known_body(text[rest:]):
                return match.start(), rest
        return None

    def _known_body(self, text: str) -> bool:
        """Does a phrase name a known actor, a country or a body by its head word (`Bureau of …`)?"""
        return bool(self.reg.knows(text) or organizations.head_word_kind(text) or self.reg.knows(text.split(" ")[0]))

    def _prefix_mention(self, start: int, name_start: int) -> None:
        """`Kenyan President X`, `CARICOM Secretary-General X`: the prefix is a mention of its actor too."""
        reg = self.reg
        head = self.body[start:name_start].split(" ")
        for size in (4, 3, 2, 1):  # `St Kitts and Nevis Prime Minister X`
            part = " ".join(head[:size])
            iso3 = gazetteer.country(part)
            key = reg.country(iso3) if iso3 else reg.acronyms.get(part)
            if key is None and gazetteer.fold(part) in reg.known_orgs:
                key = reg.organization(*reg.known_orgs[gazetteer.fold(part)])
            if key is None and size < 3 and " " not in self.body[start + len(part) + 1 : name_start].strip():
                key = places.place_key(reg, part, start, start + len(part), True)  # `Nandi Senator X`
            if key:
                reg.add_mention(key, start, start + len(part), reg.sentence_at(start))
                return

    def _split(self, words: list[tuple[int, int]], sentence: int, record: bool) -> None:
        """Resolve the longest known sub-phrases of a phrase that is not known as a whole."""
        i = 0
        # `Ministry Press Briefing`: an event's title names a new body in none of its parts, only known ones
        event = self.body[words[-1][0] : words[-1][1]] in lexicon.word_list("event_heads.txt")
        while i < len(words):
            # a demonym counts as a country only where a name may start: `Kenyans`, `PNH and Kenyans`,
            # not `Latin American`
            if i == 0 or self.body[words[i - 1][0] : words[i - 1][1]] in CONNECTORS:
                self._part_start = words[i][0]
            for j in range(len(words), i, -1):
                start, end = words[i][0], words[j - 1][1]
                part = self.body[start:end].split(" ")
                if part[-1] in CONNECTORS or part[0] in CONNECTORS:
                    continue
                if (
                    event
                    and organizations.head_word_kind(self.body[start:end])
                    and not self.reg.knows(self.body[start:end])
                ):
                    continue
                key = self.whole(self.body[start:end], start, end, part=True)
                if key is not None:
                    if record:
                        self.reg.add_mention(key, start, end, sentence)
                    i = j
                    break
            else:
                i += 1

    def _agency(self, start: int) -> bool:
        """Is this the agency of the dateline the Doc found (`Santo Domingo, Oct 3 (EFE).-`)? A story's
        source, not one of its actors."""
        line = self.doc.dateline
        return line is not None and line.agency is not None and line.agency.start == start

    def whole(self, text: str, start: int, end: int, part: bool = False) -> str | None:
        """Key of the actor that `text` names as a whole, or None."""
        reg = self.reg
        if people.is_title(text) or organizations.in_dateline(self.body, start, end) or self._agency(start):
            return None
        if self.body.startswith("$", end) or _AMOUNT.fullmatch(text):
            return None  # `US$250,000`, `TT$5 million`, `Sh100,000`: a currency, not the country nor a body
        if text in reg.acronyms:
            return reg.acronyms[text]
        if text in reg.apposed:  # `X Global, the company run by …`
            return reg.apposed[text]
        government = _GOVERNMENT_OF.fullmatch(text) or _NATIONAL_GOVERNMENT.fullmatch(text)
        if government is not None and gazetteer.country(government.group(1)):
            return reg.country(gazetteer.country(government.group(1)))  # `the Government of Canada` is Canada
        if known_organization(reg.known_orgs, text) is not None:  # named as written, typed by the lexicon
            return reg.organization(text, "organization")
        if text in reg.person_names or text in reg.surnames:
            return reg.person_names.get(text) or reg.surnames[text]
        if text.isupper() and len(text) > 3 and text.title() in reg.surnames:  # `DORVAL:` after `Ketly Dorval`
            return reg.surnames[text.title()]
        if f"group:{text}" in reg.actors:  # `the Kokorat San Ras gang` … `Kokorat San Ras, which …`
            return f"group:{text}"
        key = places.place_key(reg, text, start, end, not part or start == self._part_start, part)
        if key is not None:
            return key
        key = places.facility_key(reg, text, start)
        if key is not None:
            return key
        kind = organizations.head_word_kind(text)
        if kind is not None:
            return reg.organization(text, kind)
        words = text.split()
        body_type = organizations.body_nouns().get(words[-1])
        if body_type is not None and len(words) > 1:
            return reg.organization(text, body_type)
        if organizations.undefined_acronym(self.body, text, start, end):
            return reg.organization(text, "organization")
        if words[-1] in lexicon.word_list("law_nouns.txt"):
            return None  # `Executive Order 14024`, `the Special Economic Measures Act`: an instrument, no person
        opened = len(words) > 1 and words[0].lower() in lexicon.word_list("name_articles.txt")
        if opened and (text in self.speakers or people.looks_like_person(words, self.doc.lower_words)):
            return reg.organization(text, "organization")  # `Le Nouvelliste reported`: an article opens no name
        if self._named_as_body(start) and not people.looks_like_person(words, self.doc.lower_words):
            return reg.organization(text, "organization")  # `a Florida-based company, Ameri-Shield Defense,`
        if people.looks_like_person(words, self.doc.lower_words):
            return reg.person(text)
        if people.named_by_context(self.body, words, start, end, self.doc.lower_words):
            return reg.person(text)
        if len(words) == 2 and self._surname_abroad(words, start):
            return reg.person(text)  # `Ketly Dorval runs …`: a name whose surname is a town in no country in play
        if len(words) == 3 and self._given_name_before(words):
            return reg.person(text)  # `Gian Carlo Loffredo`, `Kamina Johnson Smith`: a given name the lists lack
        if len(words) == 2 and self._national_branch(words) and (text in self.speakers or not self._opens(start)):
            return reg.organization(text, "organization")  # `Digicel Haiti said`: a firm's national branch
        if self._after_role(words, start, end):
            return reg.person(text)  # `Police chief Délva`, `its president, Faith Odhiambo`
        if self._surname_speaks(text, words):
            key = reg.person(text)
            if words[0] in self.speakers:  # a surname written first names the person alone later
                reg.surnames.setdefault(words[0], key)
            return key
        if text in self.speakers and len(words) <= 3 and not reg.knows(words[0]):  # `UN Anne Loret said`: two names
            if len(words) == 1 and not self._named_person(text):
                return reg.organization(text, "organization")  # `Natcom said`: a body, no person's name
            return reg.person(text)
        return None

    def _opens(self, start: int) -> bool:
        """Does a sentence start at `start`?"""
        sentence = self.doc.sentence_at(start)
        return sentence is not None and sentence.start == start

    def _named_as_body(self, start: int) -> bool:
        """Is the name set off right after a noun of bodies (`a … company, X`, `the firm called X`)?"""
        if not self.body.endswith((", ", "called ", "named "), 0, start):
            return False  # most names follow no such noun: no search
        found = _NOUN_BEFORE_NAME.search(self.body, max(0, start - 24), start)
        return found is not None and found.group(1) in lexicon.word_list("body_nouns_before_name.txt")

    def _surname_abroad(self, words: list[str], start: int) -> bool:
        """A name-shaped word before a foreign town's name, no locative before them (`Ketly Dorval runs …`, where
        Dorval is a town in Canada and the story is set in Haiti), reads as a first name and surname."""
        first, last = words
        city = gazetteer.city(last)
        if city is None or city.capital_of or gazetteer.fold(last) in gazetteer.haitian_places():
            return False
        if city.iso3 == places.dateline_country(self.reg) or places.after_locative(self.body, start):
            return False
        return (
            people.name_shaped(words, self.doc.lower_words)
            and not _is_place(first)
            and not self.reg.knows(first)
            and gazetteer.city_in(" ".join(words), self.reg.about) is None
        )

    def _given_name_before(self, words: list[str]) -> bool:
        """An unknown capitalised word right before a first name and a surname, itself no place, country,
        title or known word of another kind, is a given name of the same person."""
        first = words[0]
        city = gazetteer.city(first)
        return (
            people.looks_like_person(words[1:], self.doc.lower_words)
            and people.name_shaped(words[:1], self.doc.lower_words)
            and (city is None or city.iso3 not in self.reg.about)  # `Kamina` is a town in no country in play
            and not gazetteer.country(first)
            and gazetteer.fold(first) not in gazetteer.haitian_places()
        )

    def _national_branch(self, words: list[str]) -> bool:
        """`Digicel Haiti`, `Natcom Haiti`: an unknown name that is no person's before a country's name."""
        first, country = words
        if not country[:1].isupper() or not gazetteer.country_names().get(gazetteer.fold(country)):
            return False
        if people.is_first_name(first):
            return False
        return not _is_place(first) and not self.reg.knows(first) and people.name_shaped([first], self.doc.lower_words)

    def _after_role(self, words: list[str], start: int, end: int) -> bool:
        """One to three name-shaped words right after a role that only a person holds (`Police chief Délva`,
        `, its president, Faith Odhiambo.`)."""
        before = self.body[max(0, start - 24) : start].rsplit(None, 1)
        apposed = self.body.startswith(", ", end) and len(words) > 1  # `X Y, a Haiti analyst at …`
        delegate = self.body.startswith(" (", end) and len(words) > 1  # `Amara Koroma (Sierra Leone), speaking …`
        if delegate:
            close = self.body.find(")", end, end + 40)
            delegate = close > 0 and bool(gazetteer.country(self.body[end + 2 : close]))
        if not (apposed or delegate) and (
            not before or not (before[-1].endswith(",") or before[-1].lower() in roles.role_nouns())
        ):
            return False  # no role noun or comma before, no apposition or delegation after: no look-ups
        inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w.lower() in people.PARTICLES)]
        if len(inner) > 3 or not people.named_by_context(self.body, inner, start, end, self.doc.lower_words, True):
            return False
        if delegate or (apposed and (roles.role_after(self.body, end) or roles.title_after(self.body, end))):
            return True  # `X Y, a researcher at …`, `X Y Z, Executive Director of …`, `X Y (Panama)`
        sentence = self.doc.sentence_at(start)
        floor = sentence.start if sentence is not None else 0
        near = max(floor, start - 60)
        if roles.role_before(self.body[near:start], near == floor):
            return True
        return self.body.endswith(", ", 0, start) and bool(roles.role_before_comma(self.body, near, start)[0])

    def _surname_speaks(self, text: str, words: list[str]) -> bool:
        """`Wang Hongbo, China's deputy envoy, ...` then `Wang noted`: two name-like words, one of which speaks
        alone elsewhere (the surname, first or last by the naming order), none a known word of another kind."""
        return (
            len(words) == 2
            and (words[0] in self.speakers or words[-1] in self.speakers)
            and all(people.is_name_word(w) for w in words)
            and people.could_be_speaker(text, self.doc.lower_words)
        )

    def _named_person(self, word: str) -> bool:
        """Is one capitalised word that speaks a person's name: a first name, a known surname, or the last word
        of a longer name the article writes somewhere (`Moïse said … Jovenel Moïse`)?"""
        if people.is_first_name(word) or gazetteer.fold(word) in people.surnames():
            return True
        if self._last_words is None:  # (and the first: surname-first names, `Wang Hongbo`, speak as `Wang`)
            self._last_words = {w for m in _FULL_NAME.finditer(self.body) for w in (m.group().split()[0], m.group(1))}
        return word in self._last_words


def _without_place_before_title(role: str) -> str:
    """`Narok West MP` -> `MP`: capitalised words before the first title are kept only when they name its
    portfolio or service (`Treasury Principal Secretary`, `Interior CS`); otherwise they name a place."""
    by_word, words = people.titles_by_first_word(), role.split(" ")
    at = next((i for i, w in enumerate(words) if _title_at(role, words, i, by_word)), 0)
    leading = words[:at]
    if not 1 <= at <= 2 or any(w.isupper() for w in leading):
        return role  # `Foreign and CARICOM Affairs Minister`: a portfolio of its own words
    if people.portfolio_before_title(role, by_word) == " ".join(leading):
        return role
    return " ".join(words[at:])


def _title_at(role: str, words: list[str], i: int, by_word: dict[str, tuple[str, ...]]) -> bool:
    offset = len(" ".join(words[:i])) + bool(i)
    return any(role.startswith(t, offset) for t in by_word.get(words[i], ()))


#: prefixes of a compound modifier (`Counter-Terrorism`, `Anti-Gang`): such a word names no body of its own
_MODIFIER_PREFIXES = ("Counter-", "Anti-", "Non-", "Pro-", "Cross-", "Inter-", "Trans-", "Post-", "Pre-")
_GOVERNMENT_OF = re.compile(r"(?:The |the )?Government of (?:the )?([A-Z][\w .’'-]+)")
#: `the Ghanaian Government`, `the Barbados Government`: a country's word before `Government` is that country too
_NATIONAL_GOVERNMENT = re.compile(r"(?:The |the )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) Government")
_DESIGNATED = re.compile(r"\b(?:designated|designation|listed|branded)(?: it)?(?: as)? (?:a|an) $")
_DESIGNATION_ENDS = ("a ", "an ")
_NOUN_BEFORE_NAME = re.compile(r"\b([A-Za-z]+)(?:,| called| named)\s+$")
_CONJUNCT_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _conjuncts(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """`the Kraze Baryè and Canaan gangs`, `the Ti Bwa, Grand Ravine and Village de Dieu gangs`: the spans of
    the names a plural body noun closes (one span when the name holds no `and` or comma)."""
    spans, at = [], start
    for match in _CONJUNCT_BREAK.finditer(body, start, end):
        spans.append((at, match.start()))
        at = match.end()
    spans.append((at, end))
    return [(a, b) for a, b in spans if b > a]


#: `Sh100` of `Sh100,000`, `KSh2.4`: a shilling amount written as one word with its currency
_AMOUNT = re.compile(r"(?:K?Sh|Ksh|KES)\d[\d,.]*")


_PORTFOLIO_HEADS = frozenset(["Ministry", "Department"])  # bodies named by a portfolio, which may be a list


def _list_item(text: str, org_words: dict[str, str], remit: bool = False) -> bool:
    """A one-word item of a serial list, or its last item `X and Y`, which may end with a head word; in a
    body's remit the last item may be a topic of two words (`Defence and Foreign Relations`)."""
    if remit and " and " in text and len(text.split()) <= 5:
        return True
    return " " not in text.replace(" and ", "", 1) or (" and " in text and text.rsplit(" ", 1)[-1] in org_words)


_OF_THE = re.compile(r" of (?:the )?")
#: ` (MARNDR)` right after a name: an acronym in brackets
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,8})\)")
#: what sets the parts of one long name apart: `, `, ` and `, `, and `
_LIST_GAP = re.compile(r",? and |, ")


def _letters(text: str) -> list[str]:
    """The initials of a name's capitalised words (hyphenated parts too), sorted: an acronym's letters in any
    order."""
    words = re.split(r"[ ,-]+", text)
    return sorted(w[0] for w in words if w[:1].isupper())


def _names_no_body(body: str, start: int, end: int) -> bool:
    """`designated a Foreign Terrorist Organization`: a category a body is put in names no actor, nor do its
    parts. (`Heads of Government` stays a body: the consolidation of a summit's reports leans on it.)"""
    # (the article before the name first: most names follow none, and skip the search)
    return (
        body.endswith(_DESIGNATION_ENDS, 0, start) and _DESIGNATED.search(body, max(0, start - 30), start) is not None
    )


def _without_remit(owner: str) -> str:
    """`Treasury for Terrorism and Financial Intelligence` -> `Treasury`: in a title (`Under Secretary of the
    Treasury for …`) a one-word body is followed by the title's remit, which is no part of the body's name
    (`Office for the Coordination of …`, with `the`, is a name)."""
    head, sep, remit = owner.partition(" for ")
    return head if sep and " " not in head and not remit.startswith("the ") else owner


def _is_place(text: str) -> bool:
    """Does a conjunct name a place by itself (`Artibonite and Centre` is two departments)?"""
    return bool(gazetteer.country(text) or gazetteer.city(text) or gazetteer.fold(text) in gazetteer.haitian_places())


def _names_a_country(bracketed: str) -> bool:
    """`Miguel Ortega (Mexico)`: a country in brackets after a name is its delegation, never its acronym."""
    return gazetteer.country(bracketed) is not None
