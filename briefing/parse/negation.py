"""Is a statement denied or only hypothetical? `Kenya did not lead`, `has yet to fund`, `refused to back`,
`never supplied`; `would contribute … only if`, `is considering funding`.

Owns one question, asked by the relation finders of the words that lead up to a cue phrase: is there a
negator (`lexicons/negations.txt`) in the clause before it? A relation that is denied is not a relation,
so the finder drops it rather than stating the opposite of what the text says. A hypothetical one
(`lexicons/hypothetical_markers.tsv`) is not a fact either, and is dropped the same way.

Notes: a negator anywhere in the window counts, so a negated subordinate phrase before the verb
(`Kenya, not Canada, leads`) also drops the relation, and a denial after the cue (`funds nothing`) or
across sentences is not seen. Negation by meaning (`halted its funding`) is not a negator.
"""

from __future__ import annotations

import functools
import re

from briefing.parse import lexicon

#: Where the clause holding a subject begins, searching back from the cue: a clause never reaches back past these.
_CLAUSE_START = re.compile(r"[;:.!?]\s|,\s(?:but|while|although|whereas|though)\b")
_WINDOW = 40  # characters before the subject that still belong to its clause (`Neither Canada nor Brazil`)
_REACH = 200  # never more than this before the cue's end: each question costs at most this much
# At most three words from a deliberation word to the cue's end (`T&T`, `U.S.` are one word), auxiliaries not
# counted (`whether Canada had ever contributed to`), so `weighing cuts to the funding` is no deliberation on it
_AUXILIARY = r"(?:\s+(?:had|has|have|did|ever|already)\b)*"  # of tense only: `will continue` is counted
_GOVERNED = re.compile(rf"{_AUXILIARY}(?:\s+[\w’'&.-]+{_AUXILIARY}){{1,3}}\s*")


@functools.cache
def _negator() -> re.Pattern[str]:
    words = sorted(lexicon.word_list("negations.txt"), key=len, reverse=True)
    plain = "|".join(re.escape(w) for w in words if "'" not in w)
    # `n't` ends a word (`didn't`, `hasn’t`), with either apostrophe
    contracted = "|".join(re.escape(w).replace("'", "['’]") for w in words if "'" in w)
    return re.compile(rf"\b(?:{plain})\b" + (rf"|(?<=[a-z])(?:{contracted})\b" if contracted else ""), re.IGNORECASE)


def denied(body: str, subject_start: int, cue_end: int, floor: int = 0) -> bool:
    """Does a negator stand between the start of the subject's clause and the end of the cue (so that
    `yet to` counts before the cue `to fund`)?

    `subject_start` is where the subject (or, for a passive, the head the cue acts on) begins; the window
    reaches back `_WINDOW` characters before it, never before `floor` (the sentence's start) or past a
    clause break, nor more than `_REACH` characters before the cue's end, so each question costs a
    bounded amount and a stage asking once per cue stays linear in the article's length."""
    start = max(floor, subject_start - _WINDOW, cue_end - _REACH)
    window = body[start:cue_end]
    breaks = list(_CLAUSE_START.finditer(window, 0, max(0, subject_start - start)))
    if breaks:
        window = window[breaks[-1].end() :]
    return _negator().search(window) is not None


@functools.cache
def _markers() -> dict[str, re.Pattern[str]]:
    kinds: dict[str, list[str]] = {}
    for word, kind in lexicon.tsv_rows("hypothetical_markers.tsv"):
        kinds.setdefault(kind, []).append(word)
    return {
        kind: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)
        for kind, words in kinds.items()
    }


def hypothetical(body: str, subject_start: int, cue_end: int, sentence_end: int, floor: int = 0) -> bool:
    """Is the statement only a possibility: a modal in its clause before the cue and a condition after it in the
    sentence (`would contribute $10 million if …`), a sole condition after it (`… only if`, `on condition that`),
    or a word of deliberation before the cue (`was studying a contribution`)? The clause window is the one
    `denied` reads; the condition is looked for up to the sentence's
    end (at most `_REACH` characters after the cue)."""
    start = max(floor, subject_start - _WINDOW, cue_end - _REACH)
    window = body[start:cue_end]
    breaks = list(_CLAUSE_START.finditer(window, 0, max(0, subject_start - start)))
    if breaks:
        window = window[breaks[-1].end() :]
    markers = _markers()
    deliberation = markers["deliberation"].search(window)
    # the deliberation must govern the cue: `considering funding`, `studying a donation to`, not `weighing cuts to
    # the funding` (which deliberates on the cuts and states the funding)
    if deliberation and _GOVERNED.fullmatch(window, deliberation.end()):
        return True
    after = body[cue_end : min(sentence_end, cue_end + _REACH)]
    if markers["sole_condition"].search(after):
        return True  # `comes from Canada only if the council agrees`: a condition that alone makes it a possibility
    return markers["modal"].search(window) is not None and markers["condition"].search(after) is not None
