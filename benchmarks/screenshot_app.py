"""Take the README's screenshot: the app on the demo corpus.

    python benchmarks/screenshot_app.py [--out benchmarks/screenshots/app.png]

Loads the bundled demo articles into a temporary store, runs ``streamlit run app.py`` on
it, drives Debian's Chromium (/usr/bin/chromium) with Playwright at 1440×900 and saves a
screenshot with an event selected (the first on the timeline, or ``--event ID``). Prints
how long the first paint took. The offline basemap is built first if needed (once).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.server import launch_chromium, streamlit_app  # noqa: E402
from timeline.run.pipeline import ensure_demo  # noqa: E402
from timeline.store.database import Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "screenshots" / "app.png"))
    parser.add_argument("--event", help="an event id to select (the app reads it from the URL)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from geodata.gazetteer.basemap_tiles import ensure_tiles

    print(f"basemap: {ensure_tiles()}")
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "events.sqlite"
        with Store(store_path) as store:
            print(f"demo events stored: {ensure_demo(store)}")
        with streamlit_app(store_path, Path(tmp)) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            started = time.perf_counter()
            page.goto(url + (f"?event={args.event}" if args.event else ""))
            frame = page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000).content_frame()
            frame.wait_for_selector("path.event-marker", timeout=60_000)
            page.wait_for_selector("[data-testid='stVegaLiteChart']", timeout=60_000)
            print(f"first paint (map markers and timeline): {time.perf_counter() - started:.2f} s")
            page.get_by_label("Text contains").wait_for(timeout=60_000)  # the controls follow the map
            page.wait_for_timeout(3000)  # the first reruns settle
            if not args.event:  # select an event: the evidence panel and the map's focus
                page.locator("[data-testid='stVegaLiteChart'] .mark-symbol path").first.click(force=True)
                page.get_by_text("Selected event").wait_for(timeout=30_000)
            frame = page.wait_for_selector("iframe[title*='st_folium']").content_frame()
            frame.wait_for_selector("canvas.basemap-tile[data-drawn]", timeout=60_000)
            page.wait_for_timeout(4000)
            page.screenshot(path=args.out, full_page=False)
            browser.close()
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
