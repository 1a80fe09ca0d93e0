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
from briefing.parse.actors.registry import Registry, countries_named
from briefing.parse.actors.tokens import CONNECTORS, Phrase, all_phrases, tokenise, trim
from briefing.parse.doc import ArticleActors, Doc

_COORDINATOR = re.compile(r"\s+and\s+(?:the\s+)?")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
#: `Jovenel Moïse`, `Rose-Andrée Dupiton`: a capitalised word after another, the last word of a full name
_FULL_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]+ ([A-ZÀ-Þ][\w’'-]+)")
_MEMBERS_OF = re.compile(r"([A-Z][a-z]+s) (?:on|of) the ")


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
        found = self._join_serial(self._join_known(found))
        authors, byline_spans = people.bylines(self.body)
        if authors:
            found = [
                p
                for p in found
                if self.body[p.start : p.end] not in authors and not any(a <= p.start < b for a, b in byline_spans)
            ]
        self.speakers = people.speaker_names(self.body, self.doc.lower_words)
        reg.about = countries_named([self.body[p.start : p.end] for p in found])
        people.named_by_shape(reg)
        organizations.lower_case_bodies(reg)
        for phrase in found:  # first pass: what the article defines
            self._learn(phrase)
        covered = organizations.numbered_names(reg)
        for phrase in found:
            if not covered or not any(a <= phrase.start < b for a, b in covered):
                self.resolve(phrase.start, phrase.end, phrase.sentence)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        organizations.led_references(reg)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        organizations.nominal_references(reg)
        reg.mentions.sort(key=lambda m: (m.start, m.end))
        if organizations.fund_references(reg):
            reg.mentions.sort(key=lambda m: (m.start, m.end))
        roles.find_roles(reg)
        affiliations.find_affiliations(reg)
        roles.complement_affiliations(reg)
        return ArticleActors(reg.actors, reg.mentions)

    def _join_known(self, found: list[Phrase]) -> list[Phrase]:
        """`United Nations Integrated Office in Haiti`: two phrases joined by `in` are one when the gazetteer
        knows the whole (`in` is no connector: `the Security Council in New York` is two names)."""
        body, known = self.body, self.reg.known_orgs
        joined: list[Phrase] = []
        for phrase in found:
            last = joined[-1] if joined else None
            if (
                last is not None
                and last.sentence == phrase.sentence
                and body[last.end : phrase.start] == " in "
                and gazetteer.fold(body[last.start : phrase.end]) in known
            ):
                joined[-1] = Phrase(last.start, phrase.end, last.sentence, last.initial)
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
            while (
                j < len(found)
                and found[j].sentence == first.sentence
                and body[found[j - 1].end : found[j].start] == ", "
                and _list_item(body[found[j].start : found[j].end], org_words)
            ):
                j += 1
            last = found[j - 1]
            items = [body[p.start : p.end] for p in found[i + 1 : j]]
            words = body[first.start : first.end].split()
            if j - i > 1 and " and " in items[-1] and all(" and " not in item for item in items[:-1]):
                parts = [w for item in items for w in item.split(" and ")]
                complement = " of " in body[first.start : first.end] and any(w in org_words for w in words)
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
        if definition and len(text.split()) > 1:
            key = self.resolve(phrase.start, phrase.end, phrase.sentence, record=False)
            if key:
                acronym = definition.group(1) or definition.group(2)
                self.reg.acronyms[acronym] = key
                self.reg.actors[key].aliases.add(acronym)
        people.titled_person(self.reg, phrase.start, phrase.end)

    def resolve(self, start: int, end: int, sentence: int, record: bool = True) -> str | None:
        """Decide what body[start:end] names; record mentions; return the key of a whole-span actor."""
        reg = self.reg
        # both nouns are a lower-case word after one space: most names have none, and skip both look-ups
        noun_follows = self.body.startswith(" ", end) and "a" <= self.body[end + 1 : end + 2] <= "z"
        if noun_follows and places.place_noun_after(self.body, end) and not reg.knows(self.body[start:end]):
            return self._named_place(start, end, sentence, record)
        noun = organizations.body_noun_after(self.body, end) if noun_follows else None
        if noun is not None and self.body[start:end] in lexicon.word_list("function_words.txt"):
            return None  # `“A force without salaries …”`: a word, not a name before a body noun
        if noun is not None and not reg.knows(self.body[start:end]):
            if noun[1] == "group":  # `the Gran Grif gang`: the gang is Gran Grif
                key = reg.organization(self.body[start:end], "group")
                if record:
                    reg.add_mention(key, start, end, sentence)
                return key
            end += 1 + len(noun[0])  # `the Trump administration`, `the Multinational Security Support mission`
        if self._split_coordination(start, end, sentence, record) or self._split_members(start, end, sentence, record):
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
        if len(words) > 1:
            self._split(words, sentence, record)
        return None

    def _named_place(self, start: int, end: int, sentence: int, record: bool) -> str | None:
        """`the Solino neighbourhood`, `Nippes department`: a place by the noun after it, known or not."""
        if self._split_coordination(start, end, sentence, record):
            return None
        text = self.body[start:end]
        key = places.place_key(self.reg, text, start, end, True)
        if key is None or not key.startswith("place:"):
            key = self.reg.city(gazetteer.Place("place", text.removeprefix("The "), "", None, None))
        if record:
            noun = places.place_noun_after(self.body, end) or ""
            self.reg.add_mention(key, start, end + 1 + len(noun), sentence)
        return key

    def _split_coordination(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`the Transitional Presidential Council and the Provisional Electoral Council` is two names."""
        text = self.body[start:end]
        match = _COORDINATOR.search(text) if "and" in text else None
        if match is None or gazetteer.country(text) or gazetteer.fold(text) in self.reg.known_orgs:
            return False
        left, right = text[: match.start()], text[match.end() :]
        org_words = lexicon.org_words()
        bodies = [
            any(w in org_words for w in part.split()) or _is_place(part) or organizations.is_country_department(part)
            for part in (left, right)
        ]
        known = [self.reg.knows(part) for part in (left, right)]
        definite = match.group().rstrip().endswith("the")  # `... Investigations and the Bureau of ...`
        lone = " " not in left and left.lower() not in self.doc.lower_words and right.split()[-1] in org_words
        if not (all(bodies) or (bodies[1] and (definite or known[0] or lone)) or (bodies[0] and known[1])):
            return False
        left_key = self.resolve(start, start + len(left), sentence, record)
        right_key = self.resolve(start + match.end(), end, sentence, record)
        if lone and left_key is None and right_key is not None and not self.reg.knows(left):
            # `JetBlue and American Airlines`: a lone name beside a body is a body of its kind
            key = self.reg.organization(left, self.reg.actors[right_key].type)
            if record:
                self.reg.add_mention(key, start, start + len(left), sentence)
        return True

    def _split_members(self, start: int, end: int, sentence: int, record: bool) -> bool:
        """`Republicans on the House Foreign Affairs Committee`, `Members of the Law Society`: a plural noun
        before `on the`/`of the` and a body is the members of that body, so only the body is named."""
        text = self.body[start:end]
        match = _MEMBERS_OF.match(text) if " the " in text else None
        if match is None or match.group(1) in lexicon.org_words() or self.reg.knows(text):
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

    def _known_body(self, text: str) -> bool:
        """Does a phrase name a known actor, a country or a body by its head word (`Bureau of …`)?"""
        return bool(self.reg.knows(text) or organizations.head_word_kind(text) or self.reg.knows(text.split(" ")[0]))

    def _prefix_mention(self, start: int, name_start: int) -> None:
        """`Kenyan President X`, `CARICOM Secretary-General X`: the prefix is a mention of its actor too."""
        reg = self.reg
        head = self.body[start:name_start].split(" ")
        for size in (3, 2, 1):
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
        while i < len(words):
            # a demonym counts as a country only where a name may start: `Kenyans`, `PNH and Kenyans`,
            # not `Latin American`
            if i == 0 or self.body[words[i - 1][0] : words[i - 1][1]] in CONNECTORS:
                self._part_start = words[i][0]
            for j in range(len(words), i, -1):
                start, end = words[i][0], words[j - 1][1]
                if self.body[start:end].split(" ")[-1] in CONNECTORS:
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
        folded = gazetteer.fold(text)
        if people.is_title(text) or organizations.in_dateline(self.body, start, end) or self._agency(start):
            return None
        if text in reg.acronyms:
            return reg.acronyms[text]
        if folded in reg.known_orgs:
            return reg.organization(*reg.known_orgs[folded])
        if text in reg.person_names or text in reg.surnames:
            return reg.person_names.get(text) or reg.surnames[text]
        key = places.place_key(reg, text, start, end, not part or start == self._part_start)
        if key is not None:
            return key
        key = places.facility_key(reg, text)
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
        opened = len(words) > 1 and words[0].lower() in lexicon.word_list("name_articles.txt")
        if opened and (text in self.speakers or people.looks_like_person(words, self.doc.lower_words)):
            return reg.organization(text, "organization")  # `Le Nouvelliste reported`: an article opens no name
        if people.looks_like_person(words, self.doc.lower_words):
            return reg.person(text)
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


def _list_item(text: str, org_words: dict[str, str]) -> bool:
    """A one-word item of a serial list, or its last item `X and Y`, which may end with a head word."""
    return " " not in text.replace(" and ", "", 1) or (" and " in text and text.rsplit(" ", 1)[-1] in org_words)


def _is_place(text: str) -> bool:
    """Does a conjunct name a place by itself (`Artibonite and Centre` is two departments)?"""
    return bool(gazetteer.country(text) or gazetteer.city(text) or gazetteer.fold(text) in gazetteer.haitian_places())
