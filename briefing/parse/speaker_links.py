"""The last, general step from a speaker phrase to an actor: link what the form-by-form rules left as text.

`speakers` turns an attributing phrase into a speaker by the construction it recognises; where it keeps the
words as written with no actor (`the epidemiologist`, `the Council`, `Maître X`), this module tries, in
order, one general normalisation and one chain of links that do not depend on the construction:
- the phrase is cut to its noun phrase: leading determiners, titles and honorifics off (from the title
  lexicons), and everything from `, which|who|whose`, a parenthesis or an apposition on;
- exact name or alias of an actor; a surname that names exactly one person;
- a role noun (`the epidemiologist`, `the Cabinet Secretary`) that names a person the article introduced
  with that role: by the title before the name, the actor's role, or the apposition after a mention
  (`Dr X, an epidemiologist at ...`); several such people give the one mentioned last before the words;
- a capitalised short back-reference (`the Council`, `The Office`) whose word is in the name of a
  longer organization or mission named before; several give the one mentioned last before the words.

Notes: unnamed sources stay as written (`a diplomat who asked not to be named`): an indefinite phrase links
only when the text sets it off after a person's name as that person's description. A phrase that names
nobody the article introduced is left as it was. The links read the Doc's actors and mentions only.
"""

from __future__ import annotations

import bisect
import functools
import re

from briefing.parse import lexicon
from briefing.parse.doc import Doc

Speaker = tuple[str, str, str]  # (speaker, actor key, attribution), as `speakers` gives it

_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s")
_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+")
# a possessive owner before a body's name (`Ghana’s`, `the country’s` is left to the roles)
_OWNER = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+(?P<rest>\S.*)")
_CUT = re.compile(r",|\s+\(|\s+(?:which|who|whose)\b")  # where a noun phrase stops
_ROLE_OF_BODY = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;:]*)")
_COMPLEMENT = re.compile(r"\s+(?:of|for|with|at|from|in|on|to)\s")  # `the director of ...`: the head before it
# a mention's apposition: `X, an epidemiologist with the country office,` / `X, bâtonnier of the Bar,`
_APPOSITION = re.compile(r",\s+(?:(?:an?|the)\s+)?(?P<role>[a-zà-ÿ][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*){0,3})")
_LOWER_BEFORE = re.compile(r"(?:^|\s)((?:[a-zà-ÿ][\w’'-]*\s+){1,3})$")  # `CEP councillor ` before a name
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_PERSON_TYPES = ("person",)
_PERSONS_LOOKED_BACK = 60  # mentions of people read back for a description set beside a name
_BODY_TYPES = ("organization", "mission")
_MAX_ROLE_WORDS = 4


@functools.cache
def _titles() -> frozenset[str]:
    """Title and honorific words that open a name without being it (`Me`, `Maître`, `Dr`, `Lt`, `Col`)."""
    words: set[str] = set()
    for name in ("titles.txt", "honorifics.txt", "courtesy_forms.txt"):
        for title in lexicon.word_list(name):
            words.update(title.split())
    return frozenset(words)


@functools.cache
def _stop_role_words() -> frozenset[str]:
    """Words that never head a role (`said`, `who`, pronouns): an apposition read as a role must not be one."""
    return frozenset(lexicon.word_list("function_words.txt")) | {"who", "which", "whose", "said", "says"}


def noun_phrase(phrase: str) -> str:
    """The noun phrase a speaker phrase opens with: cut at `, which|who|whose`, a parenthesis or a comma."""
    return _CUT.split(phrase.strip(), maxsplit=1)[0].strip()


@functools.cache
def _reporting_verb() -> re.Pattern[str]:
    """A reporting verb as a word of a speaker phrase, before any relative clause (where it is the clause's own:
    `a diplomat who asked not to be named`)."""
    verbs = lexicon.word_list("indirect_verbs.txt") | lexicon.word_list("speech_verbs.txt")
    verbs -= lexicon.word_list("speech_verbs_also_nouns.txt")  # `a note circulated ...`: a noun here
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"^(?P<head>(?:(?!\b(?:who|which|that|whose)\b).)+?)\s+(?:{alternation})\b")


def initials(name: str) -> str:
    """`Caribbean Relief Agency` -> `CRA`, `Office for the Coordination of Relief` -> `OCR`: the capitals of a
    body's name words, function words left out."""
    return "".join(w[0] for w in re.findall(r"[\w’'-]{2,}", name) if w[:1].isupper())  # (not `U.S.`)


def name_head(name: str) -> list[str]:
    """The words of a body's name that say what it is: those before its first complement (`Office` in `Office
    for the Coordination of ...`, `Council` in `Council for Trade`), or all of them (`Provisional Electoral
    Council`), so `the Council` is never a body whose name only holds the word (`Security Council Affairs
    Division`)."""
    return _COMPLEMENT.split(name.split(",")[0], maxsplit=1)[0].split()


def before_verb(phrase: str) -> str:
    """`the Office made known through a` -> `the Office`: a phrase that ran on into its verb stops before it."""
    if _INDEFINITE.match(phrase):
        return phrase  # `a note circulated to member states`: an unnamed source keeps its words, participles too
    found = _reporting_verb().match(phrase)
    if found is None or _DETERMINER.fullmatch(found.group("head") + " "):
        return phrase
    return found.group("head")


def without_titles(phrase: str) -> str:
    """`Maître Dorsainvil` -> `Dorsainvil`, `the Lt Col Andrew Maynard` -> `Andrew Maynard`: leading determiner
    and title words off, so long as a capitalised word is left."""
    words = _DETERMINER.sub("", phrase, count=1).split()
    while len(words) > 1 and words[0].rstrip(".") in _titles() | {w.rstrip(".") for w in _titles()}:
        words = words[1:]
    return " ".join(words)


def role_words(phrase: str) -> list[str]:
    """The lower-cased words of a role phrase's head (`the director of the DAP` -> [director]), or [] when the
    phrase is no role noun phrase (a name, or too long)."""
    body = _DETERMINER.sub("", phrase.strip(), count=1)
    head = _COMPLEMENT.split(body, maxsplit=1)[0].strip()
    words = head.split()
    if not words or len(words) > _MAX_ROLE_WORDS or words[-1].lower() in _stop_role_words():
        return []
    if not all(re.fullmatch(r"[\w’'-]+", w) for w in words):
        return []
    return [w.lower() for w in words]


@functools.cache
def _ranks() -> frozenset[str]:
    return lexicon.word_list("role_ranks.txt")


def holds_role(role: list[str], wanted: list[str]) -> bool:
    """Does a person's role phrase end with the wanted role, not as another office (`deputy director`)?"""
    n = len(wanted)
    if len(role) < n or role[-n:] != wanted:
        return False
    return len(role) == n or role[-n - 1] not in _ranks()


class SpeakerLinks:
    """Links of one Doc's speaker phrases to its actors. The indexes are built once per Doc, and each look-up
    reads a bounded number of them, so many phrases in a long text cost linear time."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors = doc.actors.actors
        self.mentions = sorted(doc.actors.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.persons = [m for m in self.mentions if self.actors[m.key].type in _PERSON_TYPES]
        self.person_starts = [m.start for m in self.persons]
        self.starts_of: dict[str, list[int]] = {}
        for mention in self.mentions:
            self.starts_of.setdefault(mention.key, []).append(mention.start)
        self.by_name: dict[str, list[str]] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_initials: dict[str, list[str]] = {}
        self.by_folded: dict[str, list[str]] = {}  # a body's names of two words or more, case folded
        self.heads: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            if actor.type != "place":
                for name in {actor.name} | actor.aliases:
                    self.by_name.setdefault(name, []).append(key)
            if actor.type in _PERSON_TYPES:
                self.by_surname.setdefault(actor.name.split()[-1], []).append(key)
            if actor.type in _BODY_TYPES:
                self.by_initials.setdefault(initials(actor.name), []).append(key)
                for name in {actor.name} | actor.aliases:
                    if " " in name:
                        self.by_folded.setdefault(name.casefold(), []).append(key)
                self.heads[key] = name_head(actor.name)
        self._roles: dict[str, list[list[str]]] | None = None
        self._named_roles: dict[tuple[str, ...], tuple[list[int], list[str]]] = {}

    def link(self, speaker: Speaker, who: str, at: int) -> Speaker:
        """The same speaker, linked to an actor when the general chain finds one; else unchanged. `who` is the
        attributing phrase as written (`The Council`), `speaker` what `speakers` made of it (`Council`)."""
        words, key, attribution = speaker
        if key and _ACRONYM.fullmatch(self.actors[key].name):
            spelled = self._spelled(self.actors[key].name, key)
            return (self.actors[spelled].name, spelled, attribution) if spelled else speaker
        if key or not words or attribution != "explicit":
            return speaker
        whole = self._name_across_comma(who, at)
        if whole is not None:
            return self.actors[whole].name, whole, attribution
        phrase = noun_phrase(words)
        written = noun_phrase(who)
        if written.lower().endswith(phrase.lower()) and len(written) > len(phrase):
            phrase = written  # the determiner `speakers` took off says how the words refer
        found = (
            self._named(phrase)
            or self._apposed_name(who, at)
            or self._by_role(phrase, words, at)
            or self._by_head(phrase, at)
        )
        if found is None:
            named = self._role_named_in_text(phrase, at)
            actor = self._named(named) if named else None  # (the name set beside the role may be an actor's)
            if actor is not None:
                return self.actors[actor].name, actor, attribution
            return (named, "", attribution) if named else (before_verb(words), "", attribution)
        return self.actors[found].name, found, attribution

    def _name_across_comma(self, who: str, at: int) -> str | None:
        """`The Ministry of Agriculture, Natural Resources and Rural Development said`: the phrase opens with, or
        is the tail of, one name the actors stage read across its commas, so the commas are the name's, not an
        apposition's nor an introductory phrase's."""
        lead = _DETERMINER.match(who)
        start = at + (lead.end() if lead else 0)
        i = bisect.bisect_right(self.starts, start)
        if i == 0:
            return None
        mention = self.mentions[i - 1]
        if not mention.start <= start < mention.end or "," not in mention.text:
            return None
        if mention.start < start and not self.doc.body[mention.start : start].rstrip().endswith(","):
            return None  # inside a name but not after one of its commas
        return mention.key if self.actors[mention.key].type in _BODY_TYPES else None

    def _named(self, phrase: str) -> str | None:
        """An actor by its name or alias, once the titles are off (`Maître X Y` -> `X Y`), or a surname that
        names one person only, or an acronym that spells one body's name."""
        name = without_titles(phrase)
        if not name[:1].isupper():
            return None
        exact = self.by_name.get(name, [])
        if len(exact) == 1:
            return exact[0]
        owned = _OWNER.match(name)
        if owned is not None:  # `Haiti’s transitional presidential council`: the body, its owner set before it
            folded = self.by_folded.get(owned.group("rest").casefold(), [])
            if len(set(folded)) == 1:
                return folded[0]
        if " " in name:
            return None
        surnamed = self.by_surname.get(name, [])
        if len(surnamed) == 1:
            return surnamed[0]
        return self._spelled(name, "") if _ACRONYM.fullmatch(name) else None

    def _spelled(self, acronym: str, other_than: str) -> str | None:
        """The one body whose name the acronym spells (`the CRA` for `Caribbean Relief Agency`), when the actors
        stage kept the acronym apart (it was not defined in parentheses)."""
        spelled = [k for k in self.by_initials.get(acronym, []) if k != other_than and self.actors[k].name != acronym]
        return spelled[0] if len(spelled) == 1 else None

    def _apposed_name(self, who: str, at: int) -> str | None:
        """`A spokeswoman for the Ministry (MSPP), Farah X,`: the person set off by commas after the description
        is the source the description introduces."""
        cut = _CUT.search(who)
        if cut is None:
            return None
        body = self.doc.body
        lo = bisect.bisect_left(self.person_starts, at + cut.start())
        for mention in self.persons[lo:]:
            if mention.start >= at + len(who):
                break
            if body.startswith(", ", mention.start - 2):
                return mention.key
        return None

    def _person_roles(self) -> dict[str, list[list[str]]]:
        """Each person's role phrases as the text gives them: the actor's role, the lower-case words before a
        mention (`CEP councillor X`), and the head of the apposition after it (`X, an epidemiologist at`)."""
        if self._roles is not None:
            return self._roles
        roles: dict[str, list[list[str]]] = {}
        body = self.doc.body
        for mention in self.persons:
            actor = self.actors[mention.key]
            found = roles.setdefault(mention.key, [])
            own = role_words(actor.role) if actor.role else []
            if own and own not in found:  # (`Spokesperson for the Secretary-General`: a spokesperson)
                found.append(own)
            before = _LOWER_BEFORE.search(body, max(0, mention.start - 40), mention.start)
            if before is not None:
                found.append(before.group(1).split())
            apposed = _APPOSITION.match(body, mention.end, min(len(body), mention.end + 120))
            if apposed is not None:
                head = role_words(apposed.group("role"))
                if head:
                    found.append(head)
        self._roles = roles
        return roles

    def _by_role(self, phrase: str, words: str, at: int) -> str | None:
        """The person a role noun phrase refers back to (`the bâtonnier`, `the Cabinet Secretary`), or whose
        name the same words were set off after (`X, an epidemiologist with the country office,`)."""
        apposed = self._apposed_to_person(words, at)
        if apposed is not None:
            return apposed
        wanted = role_words(phrase)
        of_body = _ROLE_OF_BODY.fullmatch(phrase)
        if wanted and of_body is not None:  # `The president of the CEP`: who holds that role at that body
            return self._holder_at(wanted, of_body.group("body"), at)
        if not wanted or _COMPLEMENT.search(phrase):
            return None  # `the representative of Guyana`: the complement says whose, which no role list tells
        if _INDEFINITE.match(phrase) or not re.match(r"[Tt]he\s|[A-Z]", phrase):
            return None  # `a spokeswoman said`, `officials`: a new or plain unnamed source, as written
        holders = {key for key, roles in self._person_roles().items() if any(holds_role(r, wanted) for r in roles)}
        return self._last_before(holders, at)

    def _holder_at(self, wanted: list[str], body_name: str, at: int) -> str | None:
        """The person last named before `at` with this role and the body's name beside the name or in the
        actor's role (`CEP president Jacques X`, `Jacques X, president of the CEP`)."""
        text = self.doc.body
        folded = " ".join(body_name.casefold().split())
        office = " ".join(wanted)
        holders = set()
        for mention in self.persons:
            if mention.start >= at:
                break
            role = self.actors[mention.key].role or ""
            near = " ".join(text[max(0, mention.start - 60) : min(mention.end + 80, at)].casefold().split())
            roles = self._person_roles().get(mention.key, [])
            written = (f"{folded} {office}", f"{office} of the {folded}", f"{office} of {folded}")
            if any(holds_role(r, wanted) for r in roles) and any(w in near or w in role.casefold() for w in written):
                holders.add(mention.key)
        return self._last_before(holders, at)

    def _role_named_in_text(self, phrase: str, at: int) -> str | None:
        """`the director` after `The director of the X Directorate, Ines Laporte, said`: a name the text set off
        beside that role, kept as written when no actor holds it (the actors stage did not know the name)."""
        wanted = role_words(phrase)
        if not wanted or _COMPLEMENT.search(phrase) or not re.match(r"[Tt]he\s", phrase):
            return None
        ends, names = self._named_role(tuple(wanted))
        i = bisect.bisect_right(ends, at)
        return names[i - 1] if i else None

    def _named_role(self, wanted: tuple[str, ...]) -> tuple[list[int], list[str]]:
        """Where the text sets a name beside this role, once per role: match ends and names, in order."""
        if wanted in self._named_roles:
            return self._named_roles[wanted]
        role = r"\s+".join(re.escape(w) for w in wanted)
        name = r"([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3})"
        pattern = re.compile(
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?i:{role})\b[^,;:“”\"\n]{{0,100}}?,\s+{name},"
            # (not `Contacted by Le Matin, the minister`: whom the words were given to, before the role's phrase)
            rf"|(?<!\bby\s)(?<!\bto\s)(?<!\bwith\s){name},\s+(?:(?:the|an?)\s+)?(?i:{role})\b"
        )
        ends: list[int] = []
        names: list[str] = []
        for match in pattern.finditer(self.doc.body):
            ends.append(match.end())
            names.append(without_titles(match.group(1) or match.group(2)))  # (`Me X Y`: the person X Y)
        self._named_roles[wanted] = (ends, names)
        return ends, names

    def _apposed_to_person(self, words: str, at: int) -> str | None:
        """The person the text sets these exact words beside, between commas, before the words speak: after the
        name (`X, an epidemiologist at the office,`) or just before it (`A spokeswoman for the ministry, X,`);
        the last such person before the words, among the last persons named."""
        body = self.doc.body
        i = bisect.bisect_left(self.person_starts, at)
        for mention in reversed(self.persons[max(0, i - _PERSONS_LOOKED_BACK) : i]):
            if mention.end <= at and body.startswith(", " + words, mention.end):
                return mention.key
            before = mention.start - len(words) - 2
            if before >= 0 and body.startswith(words + ", ", before) and body.startswith(",", mention.end):
                return mention.key
        return None

    def _by_head(self, phrase: str, at: int) -> str | None:
        """The longer organization or mission a capitalised short back-reference names (`the Council`)."""
        if not re.match(r"[Tt]he\s", phrase):
            return None  # `Police said`: a plain source as written, not the body named `... Police`
        short = phrase[4:]
        words = short.split()
        if not words or len(words) > 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            return None
        holders = {
            key for key, head in self.heads.items() if self.actors[key].name != short and head[-len(words) :] == words
        }
        return self._last_before(holders, at)

    def _last_before(self, keys: set[str], at: int) -> str | None:
        """Of these actors, the one mentioned last before `at`."""
        best, best_start = None, -1
        for key in keys:
            starts = self.starts_of.get(key, [])
            i = bisect.bisect_left(starts, at)
            if i and starts[i - 1] > best_start:
                best, best_start = key, starts[i - 1]
        return best
