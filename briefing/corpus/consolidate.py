"""From the raw tables (each article's findings as it alone gives them) to the published tables.

Owns the order of the consolidation steps, not their rules: identities first (one actor under every
form, its id rewritten everywhere), then roles (which read the joined ids), then developments (which
read the joined actors of events). Each step is a function of the raw tables alone, so consolidating
the raw tables of a corpus extended by uploads gives what building everything at once gives.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from briefing.corpus import developments, identities, roles, schema


def consolidate(raw: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The published tables (`schema.TABLES`, in its order); tables nothing changes are `raw`'s own."""
    links, mapping = identities.find_links(raw["actors"])
    tables = identities.rewrite(raw, mapping)
    tables["identities"] = identities.identities_table(links, mapping, raw)
    tables["roles"] = roles.roles_table(raw["article_actors"], raw["articles"], mapping)
    tables = developments.develop(tables)  # reads the events' joined actor ids, adds `development_id`
    return {name: tables[name] if name in tables else schema.frame(name, []) for name in schema.TABLES}
