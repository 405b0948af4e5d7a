"""Take the README's screenshot: the app on the demo corpus.

    python benchmarks/screenshot_app.py [--out benchmarks/screenshots/app.png]

Loads the bundled demo articles into a temporary store, runs ``streamlit run app.py`` on
it, drives Debian's Chromium (/usr/bin/chromium) with Playwright and saves a screenshot
(pass ``--event ID`` to open with that event selected). Prints how long the first paint took.
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

    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "events.sqlite"
        with Store(store_path) as store:
            print(f"demo events stored: {ensure_demo(store)}")
        with streamlit_app(store_path, Path(tmp)) as url, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 1300})
            started = time.perf_counter()
            page.goto(url + (f"?event={args.event}" if args.event else ""))
            frame = page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000).content_frame()
            frame.wait_for_selector("path.event-marker", timeout=60_000)
            page.wait_for_selector("[data-testid='stVegaLiteChart']", timeout=60_000)
            print(f"first paint (map markers and timeline): {time.perf_counter() - started:.2f} s")
            page.get_by_label("Text contains").wait_for(timeout=60_000)  # the controls follow the map
            page.wait_for_timeout(6000)  # the first reruns settle (the map reports its bounds)
            page.screenshot(path=args.out, full_page=False)
            browser.close()
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
