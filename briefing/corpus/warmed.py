"""Importing this module loads the parser's word lists, gazetteer and patterns, by parsing one made-up text.

The parser loads each lexicon the first time a stage needs it, which costs seconds. The fork server
that `workers` and `timed` share imports this module (`workers.PRELOAD`), so every process forked from
it parses its first file at full speed. Nothing else should import it.
"""

from __future__ import annotations

import gc
import logging

from briefing.corpus.rows import parse_document
from briefing.parse.read import read_bytes

# Made up, and built to reach every stage: a dateline, dates, a quote with its speaker, an indirect
# quote, organizations, countries, places (cities abroad and a department too) and a relation.
_SAMPLE = (
    "---\ntitle: Warm-up\nsource: Example Wire\npublished: 2025-01-15\n---\n"
    "PORT-AU-PRINCE, Haiti (Example Wire) — The United Nations Security Council voted on Monday to extend "
    "the mission led by Kenya until October 2, 2025, officials said.\n\n"
    "“We will stay as long as we are needed,” said Maria Example, a spokesperson for the Organization of "
    "American States. Police in Pétion-Ville said gangs attacked a school last week, according to a report.\n\n"
    "The United States pledged $15 million to the force, and Canada said it would send advisers in March. "
    "Prosecutors in Miami and in Santiago, Dominican Republic, charged two men in the Artibonite department.\n"
)

try:
    parse_document(read_bytes("warm-up.txt", _SAMPLE.encode("utf-8")))
except Exception:  # a parser bug: the fork server must still start; each child then loads what it needs
    logging.getLogger(__name__).exception("could not warm the parser up")

gc.freeze()  # children forked from here: the collector leaves the parser's objects (and their pages) alone
