"""The event kinds' colours can be told apart: by eye, and under simulated colour-blind vision.

CIEDE2000 differences (coloraide) between every two kinds' colours, as drawn and as a protan, deutan
(Machado et al. 2009) or tritan (Brettel et al. 1997) viewer would see them.
"""

from __future__ import annotations

import itertools

import pytest
from coloraide import Color

from briefing.parse import vocab

KINDS = vocab.colours(vocab.EVENT_KINDS)
VISIONS = {"protan": "machado", "deutan": "machado", "tritan": "brettel"}
# CIEDE2000: about 2 is just noticeable; 20 reads as another colour (the old deadline red and violence
# dark red, which read alike, were 18.7 apart, and 1.9 under protan vision for hearing and decision).
BY_EYE, COLOUR_BLIND = 20, 4.5


def _difference(a: str, b: str, vision: str | None) -> float:
    first, second = Color(a), Color(b)
    if vision:
        first, second = first.filter(vision, method=VISIONS[vision]), second.filter(vision, method=VISIONS[vision])
    return first.delta_e(second, method="2000")


def test_every_kind_has_a_colour():
    assert set(KINDS) == set(vocab.names(vocab.EVENT_KINDS))


@pytest.mark.parametrize("vision", [None, *VISIONS])
def test_every_two_kinds_differ(vision):
    floor = BY_EYE if vision is None else COLOUR_BLIND
    close = [
        (a, b, round(_difference(KINDS[a], KINDS[b], vision), 1))
        for a, b in itertools.combinations(KINDS, 2)
        if _difference(KINDS[a], KINDS[b], vision) < floor
    ]
    assert not close, f"kinds that read alike ({vision or 'normal vision'}): {close}"


def test_deadline_and_violence_are_far_apart():
    assert min(_difference(KINDS["deadline"], KINDS["violence"], v) for v in [None, *VISIONS]) > 40
