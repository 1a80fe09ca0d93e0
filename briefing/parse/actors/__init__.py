"""Find the actors an article names — people, organizations, countries, places, missions, groups —
and every mention of them, with offsets.

Owns actor recognition within one article, split by job:

- `tokens`: the Doc's words as name tokens, joined into capitalised phrases;
- `registry`: the article's actors, aliases, acronyms, surnames and mentions; `actor_id`;
- `people`: titles, speakers and names by shape;
- `organizations`: head words, body nouns, acronyms and references back to a mission (and its fund);
- `places`: countries, demonyms, cities and capitals standing for governments;
- `resolver`: the order in which those rules decide each phrase;
- `affiliations`: the body or country each person belongs to, where the text states it.

Notes: rule-based, in the spirit of gazetteer-plus-pattern recognisers (GATE's ANNIE); no
statistical model. A person named only by a single word that no title or full name introduces
is not found; names in lower case are not found.
"""

from __future__ import annotations

from briefing.parse.actors.registry import actor_id
from briefing.parse.actors.resolver import Resolver
from briefing.parse.doc import ArticleActors, Doc

__all__ = ["actor_id", "find_actors"]


def find_actors(doc: Doc) -> ArticleActors:
    """Actors named in one article and all their mentions, in order of appearance."""
    return Resolver(doc).run()
