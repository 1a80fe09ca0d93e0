"""Write a reproducible synthetic corpus of news articles about the Haiti crisis.

Why: the parser needs thousands of varied, realistic-looking articles for speed
and robustness benchmarks, and real articles are few and cannot be shipped in
bulk. Every name, quote, outlet and event comes from the invented pools and
templates in ``corpus_data/pools.json``; this file holds only the assembly
logic, so no fact of any real article is hard-coded here.

Usage::

    python benchmarks/make_corpus.py N --out DIR [--seed 0]

or, from a benchmark script, ``generate(n, out_dir, seed)``. Article ``i`` is
generated from its own ``random.Random`` seeded with ``(seed, i)``, so it is
byte-identical whatever ``N`` is, and different seeds never share articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "corpus_data" / "pools.json"

PUB_START = dt.date(2023, 1, 1)
PUB_DAYS = (dt.date(2026, 12, 31) - PUB_START).days + 1
MIN_PARAS, MAX_PARAS = 5, 12
MIN_BYTES, MAX_BYTES = 1500, 4000

# Paragraph kinds after the lead, with how often each is drawn.
BODY_KINDS = {
    "quote": 3.0,
    "context": 2.0,
    "relation": 2.2,
    "numbers": 1.3,
    "dates": 1.4,
    "indirect": 1.4,
    "anon": 1.0,
    "partial": 1.1,
    "multi": 0.6,
    "social": 0.4,
}
# Paragraph kinds that may take extra background sentences, and where those come from.
EXTENDABLE = {"lead", "context", "relation", "numbers", "dates", "indirect", "closing"}
FILLER_KINDS = (["context", "relation", "numbers", "dates"], [3.0, 5.0, 6.5, 8.0])
# Kinds after which the same speaker may go on (pronoun or bare quote paragraph).
QUOTED_KINDS = {"quote", "multi", "social"}
# Date phrase shapes: weekday, month+day, full date, month, mid-/end of month,
# early/late year, bare year, and relative phrases such as "last month".
DATE_KINDS = {
    "weekday": 3.0,
    "md": 3.0,
    "mdy": 1.5,
    "month": 1.5,
    "mid": 0.8,
    "end": 0.8,
    "early": 0.8,
    "year": 0.8,
    "rel": 2.0,
}
# "on Feb. 23, 2022 on several" -> "on Feb. 23, 2022, on several" (AP comma after the year).
YEAR_COMMA = re.compile(r"(\d, \d{4}) (?=[a-z])")
# Pools whose entries should not repeat within one article.
ARTICLE_UNIQUE = {"claim", "partial", "anon", "reason", "outlet"}


def _cum(weights: list[float]) -> list[float]:
    """Cumulative weights, so rng.choices does not rebuild them every call."""
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


@functools.lru_cache(maxsize=1)
def load_data() -> dict[str, Any]:
    """Load pools once and precompute the weighted tables used per article."""
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    pools = data["pools"]
    pools["hcity"] = data["haiti_cities"]
    pools["fcity"] = data["foreign_cities"]
    # Outlet names read "told the Island Wire Service" in running text.
    pools["outlet"] = [o if o.startswith("The ") else f"the {o}" for o in data["outlets"]]
    countries = data["countries"]
    data["focus"] = next(c for c in countries if c.get("group") == "focus")
    data["by_name"] = {c["name"]: c for c in countries}
    data["caribbean"] = [c for c in countries if c.get("group") == "caribbean"]
    data["others"] = [c for c in countries if c.get("group") != "focus"]
    for key in ("lead", "backer"):
        pool = [c for c in countries if c.get(key, 0) > 0]
        data[f"{key}_pool"] = (pool, _cum([c[key] for c in pool]))
    roles = data["roles"]
    data["role_cum"] = _cum([r["w"] for r in roles])
    lead_roles = [r for r in roles if r["lead"]]
    data["lead_roles"] = (lead_roles, _cum([r["w"] for r in lead_roles]))
    regions = list(data["region_weights"])
    data["region_pool"] = (regions, _cum([data["region_weights"][r] for r in regions]))
    data["kind_pool"] = (list(BODY_KINDS), _cum(list(BODY_KINDS.values())))
    data["date_pool"] = (list(DATE_KINDS), _cum(list(DATE_KINDS.values())))
    return data


def _a_adj(adj: str) -> str:
    """Indefinite article for a demonym ("an Argentine", "a U.S.", "a European")."""
    vowel = adj[:1] in "AEIOU" and not adj.startswith(("U.", "Eu", "Uni"))
    return f"{'an' if vowel else 'a'} {adj}"


class Entity:
    """An organization or mission: full name with acronym first, short forms after."""

    __slots__ = ("first", "first_plain", "later", "later_plain", "seen")

    def __init__(
        self,
        first: list[str],
        later: list[str],
        first_plain: list[str] | None = None,
        later_plain: list[str] | None = None,
    ) -> None:
        self.first, self.later = first, later
        self.first_plain = first_plain or first
        self.later_plain = later_plain or later
        self.seen = False

    def mention(self, rng: random.Random, plain: bool = False) -> str:
        """Return the next mention; plain forms never carry an "X-led" prefix."""
        if not self.seen:
            self.seen = True
            return rng.choice(self.first_plain if plain else self.first)
        return rng.choice(self.later_plain if plain else self.later)


class Person:
    """A cast member: introduced with title once, then by last name."""

    __slots__ = ("app", "first", "gender", "last", "own", "pre", "seen", "voice")

    def __init__(
        self,
        first: str,
        last: str,
        gender: str,
        voice: str,
        pre: str | None,
        app: str | None,
        own: dict[str, str],
    ) -> None:
        self.first, self.last, self.gender, self.voice = first, last, gender, voice
        self.pre, self.app, self.own = pre, app, own
        self.seen = False


class _Chain(dict):
    """A person's own keys (country, spokes...) in front of the article slots."""

    def __init__(self, own: dict[str, str], slots: Slots) -> None:
        super().__init__(own)
        self.slots = slots

    def __missing__(self, key: str) -> str:
        return self.slots[key]


class Slots(dict):
    """Template values: fixed article keys plus keys drawn on demand.

    A dict subclass so that ``str.format_map`` can resolve fixed keys directly
    and fall back to ``__missing__`` for people, entities, dates and pools.
    ``{key^}`` capitalizes the first letter of any value.
    """

    def __init__(
        self,
        rng: random.Random,
        data: dict[str, Any],
        pub: dt.date,
        fixed: dict[str, str],
        entities: dict[str, Entity],
    ) -> None:
        super().__init__(fixed)
        self.rng, self.data, self.pub = rng, data, pub
        self.entities = entities
        self.persons: dict[str, Person] = {}
        self.voice = "official"
        self.ap = rng.random() < 0.7  # AP style: "Sept. 30" rather than "September 30"
        self.para_used: dict[str, set[str]] = {}
        self.article_used: dict[str, set[str]] = {}
        self.quotes_used: set[str] = set()

    # -- public -----------------------------------------------------------
    def fill(self, template: str) -> str:
        """Render one paragraph or title; capitalize its first letter."""
        self.para_used = {}
        text = template.format_map(self)
        if ", 20" in text:
            text = YEAR_COMMA.sub(r"\1, ", text)
        return text[:1].upper() + text[1:] if text[:1].islower() else text

    # -- lookup -----------------------------------------------------------
    def __missing__(self, key: str) -> str:
        if key.endswith("^"):
            value = self[key[:-1]]
            return value[:1].upper() + value[1:]
        head, _, suffix = key.partition("_")
        if head in self.persons:
            return self._person(self.persons[head], suffix)
        if key in self.entities:
            return self.entities[key].mention(self.rng)
        if key == "mission_plain":
            return self.entities["mission"].mention(self.rng, plain=True)
        if key in ("past_when", "past_bare", "future_when", "future_bare"):
            return self._date(key.startswith("future"), key.endswith("bare"))
        if key == "year_past":
            return str(self.pub.year - self.rng.randint(1, 8))
        if key in ("money", "money_big"):
            return self._money(big=key == "money_big")
        if key in ("qc", "qp"):
            return self._quote("," if key == "qc" else ".")
        if key in self.data["numbers"]:
            return self._number(self.data["numbers"][key])
        if key in self.data["pools"]:
            return self._pool(key)
        raise KeyError(f"unknown template key {{{key}}}")

    def _person(self, p: Person, suffix: str) -> str:
        if suffix == "last":
            return p.last
        if suffix == "full":
            return f"{p.first} {p.last}"
        if suffix in ("pron", "poss", "obj"):
            forms = self.data["pronouns"][p.gender]
            return forms[("pron", "poss", "obj").index(suffix)]
        if p.seen:
            return p.last
        p.seen = True
        full = f"{p.first} {p.last}"
        if p.pre is not None:
            return f"{p.pre.format_map(_Chain(p.own, self))} {full}"
        if not suffix or p.app is None:
            return full
        app = p.app.format_map(_Chain(p.own, self))
        return f"{full}, {app}," if suffix == "subj" else f"{full}, {app}"

    def _pool(self, key: str) -> str:
        """Pick from a pool, avoiding repeats in the paragraph (or article)."""
        seen = (self.article_used if key in ARTICLE_UNIQUE else self.para_used).setdefault(key, set())
        pool = self.data["pools"][key]
        value = self.rng.choice(pool)
        for _ in range(4):
            if value not in seen:
                break
            value = self.rng.choice(pool)
        seen.add(value)
        return value.format_map(self) if "{" in value else value

    def _number(self, spec: dict[str, Any]) -> str:
        if "choices" in spec:
            n = self.rng.choice(spec["choices"])
        else:
            n = f"{self.rng.randrange(spec['min'], spec['max'] + 1, spec['step']):,}"
        return self.rng.choice(spec["fmt"]).format(n=n)

    def _money(self, big: bool) -> str:
        rng = self.rng
        if big:
            if rng.random() < 0.6:
                return f"${rng.randint(400, 950)} million"
            return f"${_tenths(rng.randint(10, 25))} billion"
        r = rng.random()
        if r < 0.5:
            return f"${rng.randint(2, 150)} million"
        if r < 0.68:
            return f"${_tenths(rng.randint(11, 99))} million"
        if r < 0.78:
            return f"${_tenths(rng.randint(11, 29))} billion"
        if r < 0.92:
            return f"${rng.randint(50, 950) * 1000:,}"
        return f"€{rng.randint(2, 80)} million"

    def _quote(self, end: str) -> str:
        """One or two sentences in the current speaker's voice, closed by end."""
        pool = self.data["quotes"][self.voice]
        parts = [self._fresh_quote(pool)]
        if self.rng.random() < 0.25:
            parts.append(self._fresh_quote(pool))
        text = " ".join(p if p[-1] in "?!" else p + "." for p in parts[:-1])
        text = f"{text} {parts[-1]}" if text else parts[-1]
        text = text.format_map(self) if "{" in text else text
        return text if text[-1] in "?!" else text + end

    def _fresh_quote(self, pool: list[str]) -> str:
        value = self.rng.choice(pool)
        for _ in range(6):
            if value not in self.quotes_used:
                break
            value = self.rng.choice(pool)
        self.quotes_used.add(value)
        return value

    # -- dates ------------------------------------------------------------
    def _md(self, d: dt.date, year: bool) -> str:
        months = self.data["months_ap"] if self.ap else self.data["months"]
        text = f"{months[d.month - 1]} {d.day}"
        return f"{text}, {d.year}" if year else text

    def _date(self, future: bool, bare: bool) -> str:
        """A date phrase relative to the publication date, with or without preposition."""
        rng, pub, data = self.rng, self.pub, self.data
        sign = 1 if future else -1
        kinds, cum = data["date_pool"]
        kind = rng.choices(kinds, cum_weights=cum)[0]
        prep = "in"
        if kind == "rel":
            key = ("future_" if future else "past_") + ("bare" if bare else "when")
            return rng.choice(data["relative_dates"][key])
        if kind == "year":
            text = str(pub.year + sign * rng.randint(1, 2 if future else 5))
        elif kind == "early":
            if future:
                word, year = rng.choice((("early", pub.year + 1), ("late", pub.year + (pub.month > 8))))
            else:
                word, year = rng.choice((("early", pub.year - (pub.month < 5)), ("late", pub.year - 1)))
            text = f"{word} {year}"
        else:
            span = {"weekday": (1 if future else 0, 6), "md": (7, 200), "mdy": (20, 400 if future else 700)}
            lo, hi = span.get(kind, (25, 330))
            d = pub + dt.timedelta(days=sign * rng.randint(lo, hi))
            month = data["months"][d.month - 1]
            year = f" {d.year}" if d.year != pub.year else ""
            if kind == "weekday":
                text, prep = data["weekdays"][d.weekday()], "on"
            elif kind in ("md", "mdy"):
                text, prep = self._md(d, kind == "mdy" or d.year != pub.year), "on"
            elif kind == "month":
                text = f"{month}{year}"
            elif kind == "mid":
                text = f"mid-{month}{year}"
            else:  # end
                text, prep = f"the end of {month}{year}", "at"
        if bare:
            return text
        if future and kind != "weekday" and rng.random() < 0.3:
            prep = "by"
        return f"{prep} {text}"


def _tenths(v: int) -> str:
    """11 -> "1.1", 20 -> "2" (no trailing ".0" in money amounts)."""
    return f"{v // 10}.{v % 10}" if v % 10 else str(v // 10)


def _country_keys(prefix: str, c: dict[str, Any]) -> dict[str, str]:
    return {
        prefix: c["the"],
        f"{prefix}_adj": c["adj"],
        f"{prefix}_aadj": _a_adj(c["adj"]),
        f"{prefix}_led": c["led"],
        f"{prefix}_poss": c["poss"],
        f"{prefix}_city": c["capital"],
        f"{prefix}_name": c["name"],
    }


def _org_entity(org: dict[str, Any]) -> Entity:
    acr = f"the {org['acr']}" if org["acr_the"] else org["acr"]
    later = [acr, acr, f"the {org['generic']}", *org.get("alt", [])]
    return Entity([f"the {org['name']} ({org['acr']})"], later)


def _mission_entity(m: dict[str, Any], led: str) -> Entity:
    first = [f"the {led}-led {m['full']}", f"the {m['full']}"]
    later = [m["short"], f"the {m['generic']}", f"the {led}-led {m['generic']}"]
    return Entity(first, later, [f"the {m['full']}"], [m["short"], f"the {m['generic']}"])


class Article:
    """Everything drawn for one article: countries, cast, entities, paragraphs."""

    def __init__(self, rng: random.Random, data: dict[str, Any]) -> None:
        self.rng, self.data = rng, data
        self.pub = PUB_START + dt.timedelta(days=rng.randrange(PUB_DAYS))
        self.source = rng.choice(data["outlets"])
        haiti = data["focus"]
        pool, cum = data["lead_pool"]
        self.a = rng.choices(pool, cum_weights=cum)[0]
        pool, cum = data["backer_pool"]
        self.b = self.a
        while self.b is self.a:
            self.b = rng.choices(pool, cum_weights=cum)[0]
        self.c = self.a
        while self.c is self.a or self.c is self.b:
            self.c = rng.choice(data["others"])
        mission = rng.choice(data["missions"])
        orgs = data["orgs"]
        org = rng.choice(orgs["bloc"])
        fixed = {
            "haiti": haiti["the"],
            "haiti_adj": haiti["adj"],
            "capital": haiti["capital"],
            "gang": rng.choice(data["gangs"]),
            "coalition": rng.choice(data["coalitions"]),
            "org_acr": org["acr"],
            "mission_bare": mission["bare"],
            **_country_keys("A", self.a),
            **_country_keys("B", self.b),
            **_country_keys("C", self.c),
        }
        entities = {
            "org": _org_entity(org),
            "hum": _org_entity(rng.choice(orgs["hum"])),
            "ngo": _org_entity(rng.choice(orgs["ngo"])),
            "police": _org_entity(rng.choice(orgs["police"])),
            "mission": _mission_entity(mission, self.a["led"]),
        }
        self.slots = Slots(rng, data, self.pub, fixed, entities)
        own = self.source if self.source.startswith("The ") else f"the {self.source}"
        self.slots.article_used["outlet"] = {own}
        self.cast = self._cast()
        self.used: dict[str, set[int]] = {}

    # -- cast -------------------------------------------------------------
    def _cast(self) -> list[Person]:
        rng, data = self.rng, self.data
        roles, lead_pool = data["roles"], data["lead_roles"]
        chosen = [rng.choices(lead_pool[0], cum_weights=lead_pool[1])[0]]
        size = rng.randint(3, 5)
        while len(chosen) < size:
            role = rng.choices(roles, cum_weights=data["role_cum"])[0]
            if role not in chosen:
                chosen.append(role)
        cast: list[Person] = []
        lasts: set[str] = set()
        for role in chosen:
            person = self._person(role, lasts)
            lasts.add(person.last)
            cast.append(person)
        return cast

    def _role_country(self, role: dict[str, Any]) -> dict[str, Any] | None:
        rng, data = self.rng, self.data
        where = role["where"]
        trio = [data["focus"], self.a, self.b, self.c]
        country = {
            "haiti": data["focus"],
            "lead": self.a,
            "backer": self.b,
            "us": data["by_name"].get("United States"),
            "caribbean": rng.choice(data["caribbean"]),
            "any": rng.choice(trio),
        }.get(where)
        exclude = role.get("exclude", [])
        if country is not None and country["name"] in exclude:
            allowed = [c for c in trio if c["name"] not in exclude]
            country = rng.choice(allowed or [c for c in data["others"] if c["name"] not in exclude])
        return country

    def _person(self, role: dict[str, Any], lasts: set[str]) -> Person:
        rng, data = self.rng, self.data
        country = self._role_country(role)
        if country is not None:
            region = country["region"]
        else:
            regions, cum = data["region_pool"]
            region = rng.choices(regions, cum_weights=cum)[0]
        names = data["names"][region]
        gender = rng.choice("fm")
        first = rng.choice(names["female" if gender == "f" else "male"])
        last = rng.choice(names["last"])
        while last in lasts:
            last = rng.choice(names["last"])
        pre = app = None
        if role["pre"] and (not role["app"] or rng.random() < 0.5):
            pre = rng.choice(role["pre"])
        else:
            app = rng.choice(role["app"])
        c = country or data["focus"]
        own = {
            "c": c["the"],
            "c_adj": c["adj"],
            "c_aadj": _a_adj(c["adj"]),
            "c_poss": c["poss"],
            "spokes": data["spokes"]["n" if rng.random() < 0.3 else gender],
        }
        return Person(first, last, gender, role["voice"], pre, app, own)

    # -- paragraphs -------------------------------------------------------
    def _template(self, group: str, kind: str) -> Any:
        """Pick a template of this kind not yet used in the article, if any is left."""
        options = self.data[group][kind]
        used = self.used.setdefault(f"{group}.{kind}", set())
        free = [i for i in range(len(options)) if i not in used] or list(range(len(options)))
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    def _speaker(self, voices: tuple[str, ...] | None = None) -> Person | None:
        cands = [p for p in self.cast if voices is None or p.voice in voices]
        if not cands:
            return None
        weights = [(3.0 if p is self.cast[0] else 1.5) * (1.0 if p.seen else 1.6) for p in cands]
        return self.rng.choices(cands, weights=weights)[0]

    def _set_speaker(self, s: Person) -> None:
        others = [p for p in self.cast if p is not s]
        self.slots.persons["S"] = s
        self.slots.persons["O"] = self.rng.choice(others)
        self.slots.voice = s.voice

    def _block(self, kind: str, speaker: Person | None) -> list[str]:
        """Render one block (one paragraph, or two for a multi-paragraph quote)."""
        slots = self.slots
        if kind in ("indirect", "partial"):
            speaker = self._speaker(("official", "analyst"))
            if speaker is None:
                kind = "anon"
        elif kind in QUOTED_KINDS:
            speaker = self._speaker()
        if speaker is not None:
            self._set_speaker(speaker)
        if kind == "anon":
            slots.voice = "official"
        if kind == "quote":
            return [slots.fill(self._template("quote_patterns", "named"))]
        if kind in ("social", "pronoun", "noverb", "anon", "partial", "indirect"):
            return [slots.fill(self._template("quote_patterns", kind))]
        if kind == "multi":
            return [slots.fill(t) for t in self._template("quote_patterns", "multi")]
        return [slots.fill(self._template("templates", kind))]

    def _extend(self, paragraph: str, wanted: float) -> str:
        """Add background sentences to a short paragraph, in reading order."""
        kinds, cum = FILLER_KINDS
        sentences = 1
        while len(paragraph.encode()) < 0.8 * wanted and sentences < 3:
            kind = self.rng.choices(kinds, cum_weights=cum)[0]
            paragraph += " " + self.slots.fill(self._template("templates", kind))
            sentences += 1
        return paragraph

    def render(self) -> str:
        """Lead, a required quote and relation, then random blocks, sized to a target."""
        rng, slots = self.rng, self.slots
        slots.persons["L"] = self.cast[0]
        self._set_speaker(self.cast[0])
        want = rng.randint(MIN_PARAS, MAX_PARAS)
        target = rng.randint(max(MIN_BYTES + 150, 190 * want), min(MAX_BYTES - 250, 330 * want))
        kinds, cum = self.data["kind_pool"]
        pending = ["quote", "relation"]
        rng.shuffle(pending)
        blocks: list[list[str]] = []
        size = n_paras = 0
        kind, speaker = "lead", None
        follow: Person | None = None
        while True:
            block = self._block(kind, speaker)
            if len(block) == 1 and kind in EXTENDABLE:
                block[0] = self._extend(block[0], (target - size) / max(1, want - n_paras))
            follow = slots.persons["S"] if kind in QUOTED_KINDS else None
            blocks.append(block)
            n_paras += len(block)
            size += sum(len(p.encode()) + 1 for p in block)
            if n_paras >= MAX_PARAS or (n_paras >= want and size >= MIN_BYTES + 100):
                break
            speaker = None
            if follow is not None and rng.random() < 0.4:
                kind, speaker = rng.choice(("pronoun", "pronoun", "noverb")), follow
            elif pending:
                kind = pending.pop()
            else:
                kind = rng.choices(kinds, cum_weights=cum)[0]
            if kind == "multi" and n_paras + 2 > MAX_PARAS:
                kind = "context"
        if n_paras < MAX_PARAS and size < MAX_BYTES - 250 and rng.random() < 0.35:
            block = self._block("closing", None)
            blocks.append(block)
            n_paras += 1
            size += len(block[0].encode()) + 1
        while size > MAX_BYTES - 150 and n_paras - len(blocks[-1]) >= MIN_PARAS:
            dropped = blocks.pop()
            n_paras -= len(dropped)
            size -= sum(len(p.encode()) + 1 for p in dropped)
        title = slots.fill(rng.choice(self.data["titles"]))
        body = "\n".join(p for block in blocks for p in block)
        return f"---\ntitle: {title}\nsource: {self.source}\npublished: {self.pub.isoformat()}\n---\n{body}\n"


def make_article(index: int, seed: int = 0) -> str:
    """Text of article ``index``; depends only on (seed, index), never on N."""
    rng = random.Random(f"{seed}:{index}")
    return Article(rng, load_data()).render()


def generate(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write articles 0..n-1 as out_dir/00000.txt ... and return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out_dir / f"{i:05d}.txt"
        path.write_bytes(make_article(i, seed).encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """CLI entry point: generate, then report count, size and time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    start = time.perf_counter()
    paths = generate(args.n, args.out, args.seed)
    secs = time.perf_counter() - start
    total = sum(p.stat().st_size for p in paths)
    stale = sum(1 for p in args.out.glob("*.txt") if p.stem.isdigit() and int(p.stem) >= args.n)
    print(f"wrote {len(paths)} articles ({total:,} bytes) to {args.out} in {secs:.2f}s")
    if stale:
        print(f"note: {args.out} also holds {stale} older article files beyond N", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
