"""The parse stages, in order: one article's text becomes one `Doc` holding everything found in it.

Owns the order of the stages and nothing else. Segmentation builds the Doc; then each stage is a
function of the Doc that returns its findings, which the pipeline stores on the Doc under the stage's
name, so later stages read what earlier ones found. Adding a stage is one line of `STAGES`. Turning
findings into table rows is `briefing.corpus.rows`.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.parse.actors import find_actors
from briefing.parse.dateline import find_dateline, is_signoff
from briefing.parse.dates import find_dates
from briefing.parse.doc import Doc
from briefing.parse.events import find_events
from briefing.parse.models import SourceDocument
from briefing.parse.relations import find_relations
from briefing.parse.segment import paragraphs, sentences
from briefing.parse.speech import find_speech


@dataclass(frozen=True, slots=True)
class Stage:
    """A named step: `run(doc)` returns what the Doc keeps under `name`."""

    name: str
    run: Callable[[Doc], Any]
    needs: tuple[str, ...] = ()


STAGES: tuple[Stage, ...] = (
    Stage("actors", find_actors),
    Stage("quotes", find_speech, needs=("actors",)),
    Stage("dates", find_dates),
    Stage("events", find_events, needs=("dates",)),
    Stage("relations", find_relations, needs=("actors",)),
)


def segment(body: str, source: SourceDocument | None = None) -> Doc:
    """A Doc with paragraphs, dateline and sentences (none from a byline or sign-off), before any finding."""
    paras = paragraphs(body)
    published = source.meta.published if source is not None else None
    signoffs = frozenset(i for i, p in enumerate(paras) if is_signoff(body[p.start : p.end]))
    return Doc(body, published, paras, sentences(body, paras, signoffs), find_dateline(body, paras))


def parse(source: SourceDocument, stages: tuple[Stage, ...] = STAGES) -> Doc:
    """Every stage over one article, in order."""
    doc = segment(source.body, source)
    for stage in stages:
        setattr(doc, stage.name, stage.run(doc))
    _freeze_loaded()
    return doc


@functools.cache
def _freeze_loaded() -> None:
    """After the first article of a process: move every object alive now (above all the lexicons, gazetteers and
    compiled patterns that article loaded, some 160,000 objects kept for the life of the process) out of the
    garbage collector's sight (`gc.freeze`), so its full collections stop walking them again and again. Each of
    those took 0.13-0.16 CPU s and came every 300-1,000 articles (about 5 % of a 300-article parse). Worker
    processes fork from a server that did so already (`corpus.warmed`); this is for a parse in the calling
    process (one worker, a small corpus, the tests, the benchmarks).

    Notes: what is frozen is never collected; a cycle of the first article that dies later stays in memory,
    a few kilobytes once per process.
    """
    gc.freeze()
