"""The floor plotly sets under page_speed_browser's 2x target: the bare page, and the same page with one tiny chart.

Four Streamlit scripts are served side by side: page_speed_browser's bare page; the same with one tiny
`st.plotly_chart` (two points) that changes with the multiselect; the same with one tiny map (one
point and one shaded country) drawn from Natural Earth's 1:110m outlines; and that map from the 1:50m
ones. Each is timed as page_speed_browser times the bare page (first draw: `goto` to a drawn, calm page;
then a multiselect, a search and a segmented control, each to the end of its rerun), in turn, so the
ratios are taken on the same loaded machine. What a page with a chart cannot go below: plotly's
JavaScript chunk (about 4.7 MB) is loaded and parsed on the first chart of a page load, and a chart
whose figure changes is drawn again on the rerun.

Usage: python benchmarks/plotly_floor.py [--runs 3]
"""

from __future__ import annotations

import argparse
import sys

from common import median, print_table, progress, results_argument, write_results
from dashboard_browser import CHROMIUM, CHROMIUM_ARGS, Server
from page_speed_browser import BARE_WIDGETS, bare_page
from playwright.sync_api import sync_playwright

_CHOSEN = 'len(st.session_state.get("c") or [])'  # the figure changes with the multiselect
TINY_CHART = f"""import plotly.graph_objects as go
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2 + {_CHOSEN}], y=[1, 2])), key="tiny")
"""
TINY_MAP = f"""import plotly.graph_objects as go
fig = go.Figure(go.Choropleth(locations=["HTI"], z=[1], locationmode="ISO-3", showscale=False))
fig.add_trace(go.Scattergeo(lon=[-72.3], lat=[18.5 + {_CHOSEN}]))
fig.update_geos(resolution=RESOLUTION, showcountries=True, showocean=True, projection_scale=5,
                center={{"lat": 18.5, "lon": -72.3}}, projection_rotation_lon=-72.3)
st.plotly_chart(fig, key="map", config={{"topojsonURL": "app/static/topojson/"}})
"""
SCRIPTS = {
    "bare": BARE_WIDGETS,
    "tiny chart": BARE_WIDGETS + TINY_CHART,
    "tiny map 1:110m": BARE_WIDGETS + TINY_MAP.replace("RESOLUTION", "110"),
    "tiny map 1:50m": BARE_WIDGETS + TINY_MAP.replace("RESOLUTION", "50"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of every page in turn (median reported)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a page or rerun may take")
    results_argument(parser)
    args = parser.parse_args(argv)

    folder = args.work / "plotly-floor"
    folder.mkdir(parents=True, exist_ok=True)
    log, cache = folder / "servers.log", folder / "cache"
    servers = {}
    for name, text in SCRIPTS.items():
        script = folder / f"{name.replace(' ', '_').replace(':', '')}.py"
        script.write_text(text, encoding="utf-8")
        servers[name] = Server(None, cache, log, script)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in SCRIPTS}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for server in servers.values():
                server.__enter__()
            for server in servers.values():
                server.wait_healthy(120)
            for server in servers.values():
                bare_page(browser, server, args.timeout)  # warm: the first load compiles and caches
            for run in range(args.runs):
                for name, server in servers.items():
                    runs[name].append(bare_page(browser, server, args.timeout))
                progress(f"run {run + 1}/{args.runs} done")
        finally:
            for server in servers.values():
                server.__exit__(None)
            browser.close()

    results = {name: {k: median([r[k] for r in rs]) for k in rs[0]} for name, rs in runs.items()}
    bare = results["bare"]
    print("\nmedian seconds, and the ratio to the bare page's same interaction")
    rows = [
        (name, change, f"{seconds:.2f}", f"{seconds / bare[change]:.2f}×")
        for name, changes in results.items()
        for change, seconds in changes.items()
    ]
    print_table(("page", "interaction", "seconds", "vs bare"), rows)
    write_results(args.results, "plotly_floor", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
