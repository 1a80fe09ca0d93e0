"""Screenshots of every page, on the bundled seeds and on a synthetic corpus, for a person to look at.

Starts the dashboard twice (the seeds, and `--articles` synthetic articles through `BRIEFING_SEEDS`),
opens each page of the navigation in headless Chromium, waits until it has finished drawing, and
saves the whole page as `docs/screenshots/<page>.png` (seeds) and `<page>_<n>.png` (synthetic). The
Briefing page on the seeds is also the README's picture. Uses Debian's /usr/bin/chromium through
Playwright; every request that does not go to this machine is refused.

Usage: python benchmarks/screenshots.py [--articles 300] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

from common import REPO, corpus, progress, results_argument
from dashboard_browser import CHROMIUM, CHROMIUM_ARGS, Server, _new_page
from page_speed_browser import settled
from playwright.sync_api import sync_playwright

TALLEST = 8000  # pixels: a page longer than this is cut (Chromium's limit is far above; the file stays readable)


def _whole_page(page, path: Path) -> None:
    height = page.evaluate(
        "() => Math.max(...Array.from(document.querySelectorAll("
        '\'[data-testid="stMain"], [data-testid="stMainBlockContainer"]\')).map(e => e.scrollHeight), 1000)'
    )
    page.set_viewport_size({"width": 1440, "height": min(int(height) + 80, TALLEST)})
    page.wait_for_timeout(800)
    settled(page, 120)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1440, "height": 1000})


def shoot(browser, seeds: Path | None, suffix: str, out: Path, work: Path) -> list[Path]:
    cache = work / f"screenshot-cache{suffix or '-seeds'}"
    saved = []
    with Server(seeds, cache, work / "screenshots.log") as server:
        server.wait_healthy(600)
        context, page = _new_page(browser)
        page.goto(server.url, timeout=600_000)
        settled(page, 600)
        links = page.locator('[data-testid="stSidebarNav"] a')
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        for href in hrefs:
            name = urlsplit(href).path.strip("/") or "briefing"
            page.goto(href if href.startswith("http") else server.url + href.lstrip("/"), timeout=300_000)
            settled(page, 300)
            page.wait_for_timeout(1500)  # charts finish their transitions
            path = out / f"{name}{suffix}.png"
            _whole_page(page, path)
            saved.append(path)
            progress(f"saved {path}")
        context.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="size of the synthetic corpus (0: seeds only)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    results_argument(parser)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            shoot(browser, None, "", args.out, args.work)
            if args.articles:
                shoot(browser, corpus(args.articles, args.work), f"_{args.articles}", args.out, args.work)
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
