"""Experiment: would a learned detector of indirect speech generalise to an unseen writer better than the rules?

    PYTHONPATH=/tmp/learn14/pylib python benchmarks/learned_indirect_probe.py

Task (sentence level): does a sentence hold the start of a gold `kind: indirect` quote (its `starts_with`)?
The rules answer yes when the parser's own indirect quote starts in the sentence; the model is a logistic
regression over features of the sentence (words and bigrams next to reporting verbs, whether a word is in
the project's speech-verb lexicons, where the verb sits, `, X said.`, capitalised words before the verb,
`that` after it, `according to`, quotation marks, position in the paragraph). Trained leave-one-set-out over
journalism/heldout/heldout2/heldout3/heldout4 (the heldout4 fold is "train on everything else, test on the
unseen writer"). Prints markdown tables: rules, model, and rules OR model per set, sentence-level precision
and recall on exactly the same sentences; then task B, the speaker of an explicit indirect quote picked among
its sentence's actor mentions by a second regression, against the rules' speaker.

Notes: an experiment, not part of the app. Needs scikit-learn (pinned in benchmarks/requirements.txt).
The 16 first gold articles carry no indirect gold, so they are left out (their labels are unknown).
No sentence of any article is in this file; features are built from the text at run time.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from common import REPO  # makes `briefing` importable
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from briefing.corpus.scores import norm
from briefing.parse import lexicon
from briefing.parse.pipeline import parse
from briefing.parse.read import read_file

SETS = ("journalism", "heldout", "heldout2", "heldout3", "heldout4")
ARTICLES = Path(REPO) / "tests" / "articles"
TOKEN = re.compile(r"\w+(?:[’']\w+)*|[^\w\s]")
QUOTE_MARKS = set('“”"«»')
THRESHOLDS = (0.5, 0.3)


@dataclass(frozen=True)
class Example:
    """One sentence: its features, the gold label and the rules' answer."""

    article: str
    features: dict[str, float]
    gold: bool
    rules: bool
    cues: tuple[str, ...] = ()  # the gold cue words of the indirect quotes starting here


@dataclass(frozen=True)
class SpeakerCase:
    """Task B, one gold indirect quote with an explicit speaker: the actor mentions of its sentence as candidates
    (features, is it the gold speaker) and whether the rules' quote holding it names the right speaker."""

    article: str
    candidates: list[tuple[dict[str, float], bool]]
    rules_right: bool


def _verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    speech = frozenset(lexicon.word_list("speech_verbs.txt")) | frozenset(lexicon.attribution_verbs())
    indirect = frozenset(lexicon.word_list("indirect_verbs.txt"))
    nouns = frozenset(lexicon.word_list("speech_verbs_also_nouns.txt"))
    return speech, indirect, nouns


def _shape(word: str) -> str:
    if not word[0].isalpha():
        return "num" if word[0].isdigit() else "punct"
    return "cap" if word[0].isupper() else "low"


def features(text: str, first_in_paragraph: bool, verbs: tuple[frozenset[str], ...]) -> dict[str, float]:
    """Features of one sentence (no gold, no parser output): general cues only, no fact of an article."""
    speech, indirect, nouns = verbs
    words = TOKEN.findall(text)
    low = [w.lower() for w in words]
    out: dict[str, float] = {"bias_first_in_paragraph": float(first_in_paragraph)}
    out[f"len_bin={min(len(words) // 10, 6)}"] = 1.0
    out["has_quote_mark"] = float(any(c in QUOTE_MARKS for c in text))
    out["according_to"] = float("according to" in " ".join(low))
    for w in low:
        out[f"w={w}"] = 1.0
    for a, b in itertools.pairwise(low):
        out[f"bi={a}_{b}"] = 1.0
    n = len(words)
    for i, w in enumerate(low):
        if w not in speech and w not in indirect:
            continue
        tag = "iv" if w in indirect else "sv"
        out[f"{tag}_any"] = 1.0
        out[f"{tag}={w}"] = 1.0
        if w in nouns:
            out["sv_also_noun"] = 1.0
        out[f"{tag}_pos_bin={min(int(5 * i / max(n, 1)), 4)}"] = 1.0
        prev = low[i - 1] if i else "<s>"
        nxt = low[i + 1] if i + 1 < n else "</s>"
        out[f"{tag}_prev={prev}"] = 1.0
        out[f"{tag}_next={nxt}"] = 1.0
        out[f"{tag}_prev_shape={_shape(words[i - 1]) if i else 'start'}"] = 1.0
        out[f"{tag}_next_shape={_shape(words[i + 1]) if i + 1 < n else 'end'}"] = 1.0
        if nxt == "that" or (i + 2 < n and low[i + 2] == "that"):
            out[f"{tag}_then_that"] = 1.0
        if i + 1 < n and words[i + 1] in {".", ","}:
            out[f"{tag}_then_stop"] = 1.0  # `..., X said.`
        before = words[max(0, i - 4) : i]
        if "," in before:
            out[f"{tag}_comma_before"] = 1.0  # `..., the police said`
        caps = sum(1 for x in before if x[:1].isupper())
        out[f"{tag}_caps_before={min(caps, 3)}"] = 1.0
        if any(c in QUOTE_MARKS for c in " ".join(words[max(0, i - 3) : i + 3])):
            out[f"{tag}_near_quote_mark"] = 1.0
    return out


def candidate_features(body: str, sentence: tuple[int, int], mention: tuple[int, int], clause: int, verbs) -> dict:
    """Features of one actor mention as the speaker of the reported clause starting at `clause`: where it sits
    against the clause and the nearest reporting verb, what is just before and after it."""
    speech, indirect, _ = verbs
    start, end = sentence
    before = TOKEN.findall(body[start : mention[0]])
    after = TOKEN.findall(body[mention[1] : end])
    low_after = [w.lower() for w in after]
    low_before = [w.lower() for w in before]
    said = speech | indirect
    out: dict[str, float] = {
        "before_clause": float(mention[1] <= clause),
        "first_in_sentence": float(not any(w[:1].isupper() for w in before)),
        f"words_before_bin={min(len(before) // 3, 6)}": 1.0,
        f"prev={low_before[-1] if before else '<s>'}": 1.0,
        f"next={low_after[0] if after else '</s>'}": 1.0,
        f"next2={'_'.join(low_after[:2])}": 1.0,
        f"len={min(len(TOKEN.findall(body[mention[0] : mention[1]])), 5)}": 1.0,
        "according_to_before": float(low_before[-2:] == ["according", "to"]),
        "in_quotation": float(body[start : mention[0]].count("“") > body[start : mention[0]].count("”")),
    }
    verb_after = next((i for i, w in enumerate(low_after) if w in said), None)
    verb_before = next((i for i, w in enumerate(reversed(low_before)) if w in said), None)
    if verb_after is not None:
        out[f"verb_after_dist={min(verb_after, 8)}"] = 1.0
        out["comma_before_verb_after"] = float("," in after[:verb_after])
    if verb_before is not None:
        out[f"verb_before_dist={min(verb_before, 8)}"] = 1.0
    return out


def _gold_starts(body: str, gold: list[dict]) -> tuple[list[tuple[int, str]], int]:
    """Where each gold indirect quote starts in the body (the first unused occurrence) with its cue, and how many
    were not found."""
    starts: list[tuple[int, str]] = []
    missing = 0
    for item in gold:
        if item["kind"] != "indirect":
            continue
        at = body.find(item["starts_with"])
        while at != -1 and any(at == a for a, _ in starts):
            at = body.find(item["starts_with"], at + 1)
        if at == -1:
            missing += 1
        else:
            starts.append((at, item.get("cue", "").lower()))
    return starts, missing


def _speaker_cases(article: str, doc, gold: list[dict], verbs) -> list[SpeakerCase]:
    names: dict[str, set[str]] = {
        key: {norm(actor.name), *(norm(a) for a in actor.aliases)} for key, actor in doc.actors.actors.items()
    }
    cases = []
    used: set[int] = set()
    for item in gold:
        if item["kind"] != "indirect" or item.get("attribution") != "explicit":
            continue
        at = doc.body.find(item["starts_with"])
        sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
        if at == -1 or sentence is None:
            continue
        wanted = norm(item["speaker"])
        mentions = [m for m in doc.actors.mentions if m.sentence == sentence.index]
        candidates = [
            (
                candidate_features(doc.body, (sentence.start, sentence.end), (m.start, m.end), at, verbs),
                wanted in {norm(m.text), *names.get(m.key, set())},
            )
            for m in mentions
        ]
        prefix = norm(item["starts_with"])
        hit = next(
            (i for i, q in enumerate(doc.quotes) if q.kind == "indirect" and i not in used and prefix in norm(q.text)),
            None,
        )
        right = False
        if hit is not None:
            used.add(hit)
            quote = doc.quotes[hit]
            right = wanted in {norm(quote.speaker), *names.get(quote.speaker_key, set())}
        cases.append(SpeakerCase(article, candidates, right))
    return cases


def load_set(name: str, verbs: tuple[frozenset[str], ...]) -> tuple[list[Example], int, list[SpeakerCase]]:
    examples: list[Example] = []
    cases: list[SpeakerCase] = []
    missing = 0
    for gold_path in sorted((ARTICLES / name).glob("*.expected.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["quotes"]
        if not any(q["kind"] == "indirect" for q in gold):
            continue
        doc = parse(read_file(gold_path.with_name(gold_path.name.removesuffix(".expected.json") + ".txt")))
        starts, lost = _gold_starts(doc.body, gold)
        missing += lost
        cases += _speaker_cases(gold_path.name, doc, gold, verbs)
        ruled = [q.start for q in doc.quotes if q.kind == "indirect"]
        previous_paragraph = -1
        for s in doc.sentences:
            cues = tuple(cue for at, cue in starts if s.start <= at < s.end)
            examples.append(
                Example(
                    article=gold_path.name,
                    features=features(doc.body[s.start : s.end], s.paragraph != previous_paragraph, verbs),
                    gold=bool(cues),
                    rules=any(s.start <= at < s.end for at in ruled),
                    cues=cues,
                )
            )
            previous_paragraph = s.paragraph
    return examples, missing, cases


def _pr(pred: list[bool], gold: list[bool]) -> tuple[str, str, int, int, int]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    npred, ngold = sum(pred), sum(gold)
    precision = f"{tp / npred:.2f}" if npred else "—"
    recall = f"{tp / ngold:.2f}" if ngold else "—"
    return precision, recall, tp, npred, ngold


def _unlexicalised(feats: dict[str, float]) -> dict[str, float]:
    """The ablation: no plain word or bigram features, only lexicon, shape, punctuation and position cues."""
    return {k: v for k, v in feats.items() if not k.startswith(("w=", "bi="))}


def _fit(train: list[Example], keep=lambda f: f) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([keep(e.features) for e in train])
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(x, [e.gold for e in train])
    return vectorizer, model


def _scores(train: list[Example], test: list[Example], keep=lambda f: f) -> list[float]:
    vectorizer, model = _fit(train, keep)
    return [float(p) for p in model.predict_proba(vectorizer.transform([keep(e.features) for e in test]))[:, 1]]


def _threshold_for(data: dict[str, list[Example]], names: list[str], precision: float) -> float:
    """The lowest threshold whose precision reaches `precision` on out-of-set scores of the training sets only
    (each training set scored by a model of the other training sets): chosen without seeing the test set."""
    scored: list[tuple[float, bool]] = []
    for name in names:
        train = [e for other in names if other != name for e in data[other]]
        scored += zip(_scores(train, data[name]), (e.gold for e in data[name]), strict=True)
    scored.sort(reverse=True)
    best, tp = 1.0, 0
    for n, (p, g) in enumerate(scored, start=1):
        tp += g
        if tp / n >= precision:
            best = p
    return best


def _bootstrap(test: list[Example], a: list[bool], b: list[bool], rounds: int = 2000) -> tuple[float, float]:
    """95 % interval of recall(a) - recall(b), resampling whole articles (seeded, so the figures repeat)."""

    rng = random.Random(0)
    articles = sorted({e.article for e in test})
    rows: dict[str, list[int]] = {name: [] for name in articles}
    for i, e in enumerate(test):
        rows[e.article].append(i)
    diffs = []
    for _ in range(rounds):
        picked = [i for name in rng.choices(articles, k=len(articles)) for i in rows[name]]
        gold = sum(test[i].gold for i in picked)
        if gold:
            diffs.append(
                (sum(a[i] and test[i].gold for i in picked) - sum(b[i] and test[i].gold for i in picked)) / gold
            )
    diffs.sort()
    return diffs[int(0.025 * len(diffs))], diffs[int(0.975 * len(diffs)) - 1]


def _speaker_table(speakers: dict[str, list[SpeakerCase]]) -> None:
    """Task B: pick the speaker among the sentence's actor mentions (the highest-scoring one), leave-one-set-out,
    against the rules' speaker, on the quotes whose gold speaker is among the candidates (the only ones the model
    can get right)."""
    print("\n### Task B: the speaker of an explicit indirect quote among its sentence's actor mentions\n")
    print(
        "| test set | explicit indirect quotes | gold speaker among mentions | rules right (all) "
        "| rules right (covered) | model right (covered) | either right, oracle (covered) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in SETS:
        train = [c for other in SETS if other != name for case in speakers[other] for c in case.candidates]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=1.0, max_iter=2000)
        model.fit(vectorizer.fit_transform([f for f, _ in train]), [y for _, y in train])
        cases = speakers[name]
        covered = [c for c in cases if any(y for _, y in c.candidates)]
        model_right = 0
        either = 0
        for case in covered:
            probs = model.predict_proba(vectorizer.transform([f for f, _ in case.candidates]))[:, 1]
            best = max(range(len(probs)), key=lambda i, probs=probs: probs[i])
            model_right += case.candidates[best][1]
            either += case.candidates[best][1] or case.rules_right
        rules_all = sum(c.rules_right for c in cases)
        rules_cov = sum(c.rules_right for c in covered)
        n = len(covered)
        print(
            f"| {name} | {len(cases)} | {n} | {rules_all} ({rules_all / len(cases):.2f}) | {rules_cov} "
            f"({rules_cov / n:.2f}) | {model_right} ({model_right / n:.2f}) | {either} ({either / n:.2f}) |"
        )


def main() -> None:
    verbs = _verbs()
    data: dict[str, list[Example]] = {}
    lost: dict[str, int] = {}
    speakers: dict[str, list[SpeakerCase]] = {}
    for name in SETS:
        data[name], lost[name], speakers[name] = load_set(name, verbs)
    lines = [
        "| test set (trained on the others) | sentences | gold | system | precision | recall | correct | predicted |",
        "|---|---:|---:|---|---:|---:|---:|---:|",
    ]
    pooled: dict[str, tuple[list[bool], list[bool]]] = {}
    kept: dict[str, list[bool]] = {}
    for name in SETS:
        others = [o for o in SETS if o != name]
        train = [e for other in others for e in data[other]]
        test = data[name]
        scores = _scores(train, test)
        plain = _scores(train, test, _unlexicalised)
        matched = _threshold_for(data, others, 0.97)
        gold = [e.gold for e in test]
        rules = [e.rules for e in test]
        systems = {"rules": rules}
        for t in THRESHOLDS:
            learned = [p >= t for p in scores]
            systems[f"model (p≥{t})"] = learned
            systems[f"rules OR model (p≥{t})"] = [r or m for r, m in zip(rules, learned, strict=True)]
        systems[f"model, threshold for precision 0.97 on training sets (p≥{matched:.2f})"] = [
            p >= matched for p in scores
        ]
        systems["model without word features (p≥0.5)"] = [p >= 0.5 for p in plain]
        for system, pred in systems.items():
            precision, recall, tp, npred, ngold = _pr(pred, gold)
            lines.append(f"| {name} | {len(test)} | {ngold} | {system} | {precision} | {recall} | {tp} | {npred} |")
            key = system.split(" (p≥")[0] if system.startswith("model, threshold") else system
            if name != "heldout4":
                p, g = pooled.setdefault(key, ([], []))
                p.extend(pred)
                g.extend(gold)
        if name == "heldout4":
            kept = systems
    for system, (pred, gold) in pooled.items():
        precision, recall, tp, npred, ngold = _pr(pred, gold)
        lines.append(
            f"| four written-against sets pooled | {len(gold)} | {ngold} | {system} | {precision} | {recall} "
            f"| {tp} | {npred} |"
        )
    print("\n".join(lines))
    test = data["heldout4"]
    low, high = _bootstrap(test, kept["model (p≥0.5)"], kept["rules"])
    print(f"\nheldout4, recall(model p≥0.5) - recall(rules), 95 % article bootstrap: [{low:+.2f}, {high:+.2f}]")
    low, high = _bootstrap(test, kept["rules OR model (p≥0.5)"], kept["rules"])
    print(f"heldout4, recall(rules OR model p≥0.5) - recall(rules), 95 % article bootstrap: [{low:+.2f}, {high:+.2f}]")
    print("\nheldout4 gold sentences by gold cue: found by rules / by model p≥0.5 / by neither\n")
    print("| cue | gold | rules | model | neither |\n|---|---:|---:|---:|---:|")
    by_cue: dict[str, list[int]] = {}
    for e, r, m in zip(test, kept["rules"], kept["model (p≥0.5)"], strict=True):
        if e.gold:
            row = by_cue.setdefault(e.cues[0], [0, 0, 0, 0])
            row[0] += 1
            row[1] += r
            row[2] += m
            row[3] += not (r or m)
    for cue, row in sorted(by_cue.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"| {cue} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    false_model = sum(m and not e.gold for e, m in zip(test, kept["model (p≥0.5)"], strict=True))
    false_rules = sum(r and not e.gold for e, r in zip(test, kept["rules"], strict=True))
    print(f"\nheldout4 false alarms: rules {false_rules}, model p≥0.5 {false_model}")
    _speaker_table(speakers)
    print(f"\nGold indirect quotes whose `starts_with` was not found in the body (left unlabelled): {lost}")


if __name__ == "__main__":
    main()
