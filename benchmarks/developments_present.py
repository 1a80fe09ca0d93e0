"""How long the dashboard's developments work takes on a large corpus: what a rerun of the Timeline and
the Briefing computes from the developments table (present layer, no Streamlit).

Builds the synthetic corpus (seed 0) once with the developments step, then times, each `--repeat`
times and as the pages call them: a filter's developments (`FilteredTables["developments"]`, a country
facet set), the Briefing's rows (`developments.agenda_rows`) and its four lists, the Timeline's figure
and one grid page of display rows, and one development's detail. Prints the medians and the counts.

Usage: python benchmarks/developments_present.py [--sizes 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

from common import corpus, median, print_table, progress

from briefing.corpus.ingest import load_corpus
from briefing.present import agenda, charts
from briefing.present import developments as dev
from briefing.present.asof import newest_publication
from briefing.present.filters import Filter


def _timed(repeat: int, make, *args) -> tuple[float, object]:
    """The median time of `make(*args)` over `repeat` calls, and what it made."""
    times, made = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        made = make(*args)
        times.append(time.perf_counter() - start)
    return median(times), made


def _lists(rows, articles, actors, day) -> tuple:
    """The Briefing's four lists, as the page asks for them."""
    return (
        agenda.next_deadline(rows, articles, day),
        agenda.funding_lines(rows, actors, day),
        agenda.latest_developments(rows, day),
        agenda.new_since(rows, day),
    )


def _kept(flt: Filter, tables) -> object:
    return flt.apply(tables)["developments"]


def measure(n: int, repeat: int) -> tuple[str, ...]:
    tables = load_corpus([corpus(n)], workers=0).tables
    developments, events, articles = tables["developments"], tables["events"], tables["articles"]
    progress(f"{n:,} articles: {len(events):,} events, {len(developments):,} developments")
    day = newest_publication(articles)
    country = events["countries"].dropna().str.split(";").explode().value_counts().index[0]
    t_filter, kept = _timed(repeat, _kept, Filter(countries=(country,)), tables)
    t_rows, rows = _timed(repeat, dev.agenda_rows, developments, events)
    t_lists, made = _timed(repeat, _lists, rows, articles, tables["actors"], day)
    t_counts, _ = _timed(repeat, charts.developments_figure, developments, articles, day)
    t_marks, _ = _timed(repeat, charts.developments_figure, kept.head(charts.TIMELINE_DETAIL_LIMIT), articles, day)
    t_page, _ = _timed(repeat, dev.developments_display, developments.head(100), None, day)
    busiest = developments.sort_values("reports", ascending=False, kind="stable")["development_id"].iloc[0]
    t_detail, found = _timed(repeat, dev.detail, busiest, developments, events, articles)
    return (
        f"{n:,}",
        f"{len(developments):,}",
        f"{len(kept):,} ({country})",
        f"{t_filter:.3f}",
        f"{t_rows:.3f}",
        f"{t_lists:.3f}",
        f"{t_counts:.3f}",
        f"{t_marks:.3f}",
        f"{t_page:.3f}",
        f"{t_detail:.3f} ({len(found.reports)})",
        f"{len(made[3]):,}",
    )


HEADER = (
    "articles",
    "developments",
    "kept by a country",
    "filter s",
    "agenda rows s",
    "4 lists s",
    "figure (counts) s",
    "figure (150 marks) s",
    "grid page s",
    "detail s (reports)",
    "new since",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_table(HEADER, [measure(n, args.repeat) for n in args.sizes])


if __name__ == "__main__":
    main()
