"""How fast the workbench draws large event sets, and which rendering path serves each size.

Two parts, synthetic events (no spaCy needed):

1. In process, per size: a filter change re-render (filter the records, build the map and
   the timeline, serialise both as the browser gets them) and the path the map and the
   timeline took.
2. In the real app (``streamlit run app.py`` + headless /usr/bin/chromium), per size: first
   paint (page open -> map drawn and timeline drawn, the server already up) and page
   complete (the filter controls drawn too: a session's first run sends the map and the
   timeline, the controls follow when the map is drawn, ``app.controls_deferred``); a
   filter change (type in "Text contains" -> new caption, map and timeline redrawn); and a
   playback step (the date control's step button -> the next month's caption, map and
   timeline). Beside them, in the same run, the first paint of a one-line Streamlit app.

    python benchmarks/bench_workbench.py --sizes 10000 100000 1000000    # targets: 3 s, 1 s
    python benchmarks/bench_workbench.py --sizes 1000 --no-browser
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import machine_speed_s  # noqa: E402

from geodata.export.webmap import EVENT_TYPE_COLOURS, PRECISION_STYLES, build_event_layer, rendering_path  # noqa: E402
from tests.browser.server import ARTIFACTS, CHROMIUM, launch_chromium, streamlit_app  # noqa: E402
from timeline.model import Article, Event  # noqa: E402
from timeline.view.chart import build_count_timeline, build_timeline, count_frame_arrays, timeline_path  # noqa: E402
from timeline.view.filters import EventFilter, RecordIndex, matches  # noqa: E402


def synthetic_events(n: int, *, seed: int = 7) -> list[Event]:
    return list(iter_synthetic_events(n, seed=seed))


def iter_synthetic_events(n: int, *, seed: int = 7) -> Iterator[Event]:
    rng = random.Random(seed)
    # Confidences from 0.6: every event is above the page's likely-event threshold, so the
    # default view shows the whole store. The store holds an article per 100k events, and
    # events of different articles with the same type, mode, doer, country and dates are
    # one happening to the page (timeline.events.corroborate): each article's doers are its
    # own, or a million random events would collapse into about 890,000.
    types = sorted(EVENT_TYPE_COLOURS)
    precisions = sorted(PRECISION_STYLES)
    base = dt.date(2025, 1, 1)
    for i in range(n):
        start = base + dt.timedelta(days=rng.randrange(200))
        event_type, actor = rng.choice(types), f"actor {rng.randrange(40)}-{i // 100_000}"
        yield (Event(
            id=f"e{i}", event_type=event_type, actors=[actor], actor1=actor,
            date_start=start, date_end=start + dt.timedelta(days=rng.randrange(3)), date_precision="day",
            date_text=None, lat=rng.uniform(-50, 60), lon=rng.uniform(-120, 140), place_name=f"place {i % 5000}",
            country_code="XX", geo_precision=rng.choice(precisions), sentence=f"Evidence sentence number {i}.",
            start=0, end=10, confidence=round(0.6 + 0.4 * rng.random(), 2), mode=rng.choice(["asserted", "planned"]),
            source_title=f"source {i % 20}"))


def rerender_ms(index: RecordIndex, flt: EventFilter) -> tuple[float, int, str, str, int]:
    """One filter-change re-render as the app does it on a cache miss: filter through the
    store's :class:`RecordIndex` (built once per store version in the app), build the map's
    events layer as the script streamlit-folium swaps in, and the timeline's Vega-Lite spec
    (counts from arrays on the counts path)."""
    import folium
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec
    from streamlit_folium import _get_feature_group_string

    start = time.perf_counter()
    positions = index.positions(flt)
    on_map = positions[index.located[positions]]
    map_path = rendering_path(len(on_map))
    arrays = None
    if map_path == "aggregated":
        arrays = (index.lat[on_map], index.lon[on_map], index.categories("event_type", on_map, empty="event"))
    layer = _get_feature_group_string(build_event_layer(index.select(on_map) if arrays is None else (), cluster=True,
                                                        path=map_path, arrays=arrays), folium.Map(tiles=None))
    dated = positions[index.dated[positions]]
    if timeline_path(len(dated)) == "counts":
        kinds = index.categories("event_type", dated, empty="event")
        chart = build_count_timeline((), counted=count_frame_arrays(index.start_days(dated), kinds, kinds))
    else:
        chart = build_timeline(index.select(dated))
    spec = _convert_altair_to_vega_lite_spec(chart)
    elapsed = 1000 * (time.perf_counter() - start)
    return elapsed, len(positions), map_path, timeline_path(len(dated)), len(layer) + len(str(spec))


def fill(path: Path, n: int) -> None:
    from timeline.store.database import Store

    events = iter_synthetic_events(n)
    with Store(path) as store:
        for part in range(0, n, 100_000):  # an article per 100k events: fewer objects at once
            article = Article(text=f"synthetic {n}, part {part}", published=dt.date(2025, 8, 1), title="synthetic")
            chunk = list(itertools.islice(events, 100_000))
            for event in chunk:
                event.article_id = article.id
            store.add_article(article, chunk)


#: The events layer sets these on the map page's <html> when it is drawn (geodata.export.webmap).
LAYER_DRAWN = ("([path, count]) => document.documentElement.dataset.eventMapPath === path"
               " && document.documentElement.dataset.eventMapCount === String(count)")
CHART = "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"


def two_frames(frame: object) -> None:
    """Wait until the browser has painted what the last script changed."""
    frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # type: ignore[attr-defined]


#: The sidebar's text filter: drawn with the other controls, after the map and the
#: timeline in a session's first run (app.controls_deferred).
CONTROLS = "input[aria-label='Text contains']"


def first_paints(browser: object, url: str, ready: Any, runs: int) -> tuple[list[float], list[float], list[float]]:
    """``runs`` first visits of ``url``, each in a new context (nothing cached), after one
    that warms the server's caches: (browser-clock first paints, page completes, the
    driver's first paints), in seconds. ``ready(page)`` waits for the first paint."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})  # type: ignore[attr-defined]
    page.goto(url)
    ready(page, 180_000)
    page.close()
    driver, browser_clock, complete = [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1440, "height": 900})  # type: ignore[attr-defined]
        page.add_init_script(DRAWN_AT_JS)
        start = time.perf_counter()
        page.goto(url)
        ready(page, 60_000)
        driver.append(time.perf_counter() - start)
        page.wait_for_function("() => window.__paintedAt", timeout=30_000)
        origin = page.evaluate("performance.timeOrigin")
        browser_clock.append((page.evaluate("window.__paintedAt") - origin) / 1000)
        if page.evaluate("() => !!window.__controlsAt") or page.query_selector(CONTROLS):
            page.wait_for_function("() => window.__controlsAt", timeout=30_000)
            complete.append((page.evaluate("window.__controlsAt") - origin) / 1000)
        page.close()
    return browser_clock, complete, driver


#: First paint on the browser's clock: the page (and every frame) notes, every 5 ms, when
#: what ``window.__firstPaintReady`` tests is there, and when the controls are; the time is
#: taken two animation frames later, when it has been painted.
DRAWN_AT_JS = """
(() => {
  const note = (name, test) => {
    const timer = setInterval(() => {
      let found = false;
      try { found = test(); } catch (error) { found = false; }
      if (!found) return;
      clearInterval(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => { window[name] = performance.timeOrigin + performance.now(); }));
    }, 5);
  };
  if (window.top !== window) {  // the map's frame: its events layer drawn
    note("__mapAt", () => document.documentElement.dataset.eventMapCount !== undefined);
    return;
  }
  note("__paintedAt", () => {
    const chart = document.querySelector(%(chart)s);
    const map = document.querySelector("iframe[title*='st_folium']");
    const frame = map && map.contentWindow;
    return document.querySelector(%(hello)s) || (chart && frame && frame.__mapAt);
  });
  note("__controlsAt", () => document.querySelector(%(controls)s));
})();
""" % {"chart": json.dumps(CHART), "controls": json.dumps(CONTROLS), "hello": json.dumps("[data-testid='stMarkdown']")}


def app_ready(n: int) -> Any:
    def ready(page: Any, timeout: int) -> None:
        frame = page.wait_for_selector("iframe[title*='st_folium']", timeout=timeout).content_frame()
        frame.wait_for_function(LAYER_DRAWN, arg=[rendering_path(n), n], timeout=timeout)
        two_frames(frame)
        page.wait_for_selector(CHART, timeout=timeout)
        two_frames(page)
    return ready


def report_first_paint(name: str, clock: list[float], complete: list[float], driver: list[float]) -> None:
    runs = len(clock)
    print(f"browser first_paint {name} seconds={statistics.median(clock):.2f} median of {runs} (browser clock, "
          f"navigation start -> map and timeline drawn; runs {' '.join(f'{x:.2f}' for x in clock)}) (target <= 3 s)")
    if complete:
        print(f"browser page_complete {name} seconds={statistics.median(complete):.2f} median of {len(complete)} "
              f"(the filter controls drawn too; runs {' '.join(f'{x:.2f}' for x in complete)})")
    print(f"browser first_paint {name} driver_seconds={statistics.median(driver):.2f} (as the test driver sees it, "
          f"its round trips included; runs {' '.join(f'{x:.2f}' for x in driver)})")


def baseline_first_paint(workdir: Path, runs: int = 5) -> None:
    """The first paint of a one-line Streamlit app (``st.write``) on this machine, now."""
    from playwright.sync_api import sync_playwright

    script = workdir / "one_line_app.py"
    script.write_text('import streamlit as st\nst.write("Hello")\n', encoding="utf-8")

    def ready(page: Any, timeout: int) -> None:
        page.get_by_text("Hello").wait_for(timeout=timeout)
        two_frames(page)

    with streamlit_app(workdir / "unused.sqlite", workdir, script=str(script)) as url, \
            sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        report_first_paint("one-line-app", *first_paints(browser, url, ready, runs))
        browser.close()


def shown(n_kept: int, n: int) -> str:
    return f"{n_kept:,} of {n:,} events shown"


def browser_size(n: int, workdir: Path, runs: int = 5) -> None:
    """First paint, filter changes and playback steps with ``n`` events in the store."""
    from playwright.sync_api import sync_playwright

    db = workdir / f"events-{n}.sqlite"
    started = time.perf_counter()
    fill(db, n)
    print(f"store filled events={n} seconds={time.perf_counter() - started:.0f}")
    with streamlit_app(db, workdir) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        started = time.perf_counter()
        # A link to every synthetic date: the date control's default (the dense range) may
        # leave a few events out, and every view here is of the whole store.
        whole = url + "?from=2025-01-01&to=2025-12-31"
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(whole)
        app_ready(n)(page, 900_000)
        print(f"server first load events={n} seconds={time.perf_counter() - started:.0f} "
              f"(reading the store once per store version, before any user's first paint)")
        page.close()
        report_first_paint(f"events={n}", *first_paints(browser, whole, app_ready(n), runs))

        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(whole)
        page.get_by_text(shown(n, n)).wait_for(timeout=180_000)
        frame = page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000).content_frame()
        frame.wait_for_function(LAYER_DRAWN, arg=[rendering_path(n), n], timeout=60_000)
        page.wait_for_selector(CONTROLS, timeout=60_000)  # the session's second run drawn too
        page.wait_for_timeout(1500)
        queries = dict.fromkeys(("number 1", "number 12", "number 3", "number 2", "number 4", "number 5"), 0)
        filters = {query: EventFilter(text=query) for query in queries}
        for event in iter_synthetic_events(n):  # one pass, no list of a million records
            record = event.to_dict()
            for query, flt in filters.items():
                queries[query] += matches(record, flt)
        gc.collect()
        gc.freeze()
        timings = []
        for query, kept in queries.items():
            box = page.get_by_label("Text contains")
            start = time.perf_counter()
            box.fill(query)
            box.press("Enter")
            elapsed = redrawn(page, kept, n, start)
            timings.append(elapsed)
            print(f"browser filter_change events={n} query={query!r} kept={kept} map_and_chart_s={elapsed:.2f} "
                  f"map_path={rendering_path(kept)} (target <= 1 s)")
        print(f"browser filter_change events={n} median_s={statistics.median(timings):.2f} max_s={max(timings):.2f} "
              f"over {len(timings)} new queries (as the test driver sees them, its round trips included)")
        page.close()

        # Playback: a month's range stepped forward a month at a time.
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(url + "?from=2025-01-01&to=2025-01-31")
        page.wait_for_selector(CONTROLS, timeout=180_000)
        page.wait_for_timeout(1500)
        steps = []
        index = RecordIndexForDays(n)
        first = dt.date(2025, 1, 1)
        for _ in range(3):
            first += dt.timedelta(days=31)
            kept = index.overlapping(first, first + dt.timedelta(days=30))
            page.wait_for_timeout(1500)  # the previous step's run settles (the table, counts below)
            start = time.perf_counter()
            page.locator(".st-key-time_forward button").first.click()
            elapsed = redrawn(page, kept, n, start)
            steps.append(elapsed)
            print(f"browser playback_step events={n} range={first}..{first + dt.timedelta(days=30)} kept={kept} "
                  f"map_and_chart_s={elapsed:.2f} (target <= 1 s)")
        print(f"browser playback_step events={n} median_s={statistics.median(steps):.2f} max_s={max(steps):.2f}")
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / f"bench-{n}.png"))
        browser.close()


def redrawn(page: Any, kept: int, n: int, start: float) -> float:
    """Seconds from ``start`` until the caption says ``kept`` and the map and timeline are redrawn."""
    page.get_by_text(shown(kept, n)).wait_for(timeout=120_000)
    frame = page.wait_for_selector("iframe[title*='st_folium']").content_frame()
    frame.wait_for_function(LAYER_DRAWN, arg=[rendering_path(kept), kept], timeout=60_000)
    two_frames(frame)
    page.wait_for_selector(CHART, timeout=60_000)
    two_frames(page)
    return time.perf_counter() - start


class RecordIndexForDays:
    """The synthetic events' intervals (regenerated, not kept as objects), to count how many
    overlap a date range."""

    def __init__(self, n: int) -> None:
        import numpy as np

        starts, ends = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
        for i, event in enumerate(iter_synthetic_events(n)):
            starts[i], ends[i] = event.date_start.toordinal(), event.date_end.toordinal()
        self.starts, self.ends = starts, ends

    def overlapping(self, first: dt.date, last: dt.date) -> int:
        return int(((self.ends >= first.toordinal()) & (self.starts <= last.toordinal())).sum())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--no-browser", action="store_true", help="only the in-process figures")
    args = parser.parse_args(argv)
    for n in args.sizes:
        records = [e.to_dict() for e in synthetic_events(n)]
        built = time.perf_counter()
        index = RecordIndex(records)  # built once per store version in the app
        len(index.texts)  # built once per store version in the app
        print(f"in-process index events={n} ms={1000 * (time.perf_counter() - built):.0f} (once per store version)")
        rerender_ms(index, EventFilter())  # warm caches (assets)
        for name, flt in (("none", EventFilter()), ("type+date", EventFilter(
                event_types=("attack", "meet", "protest", "visit", "deploy", "statement"),
                date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 6, 1))), ("text", EventFilter(text="number 1"))):
            ms, kept, map_path, chart_path, size = rerender_ms(index, flt)
            print(f"in-process rerender events={n} filter={name} kept={kept} ms={ms:.0f} map_path={map_path} "
                  f"timeline_path={chart_path} payload_MB={size / 1e6:.2f}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          f"machine speed: 3 million squares summed in {machine_speed_s():.3f} s")
    del records, index  # the browser part runs in this process too (see browser_filter_change)
    if args.no_browser or not CHROMIUM.exists():
        return 0
    with tempfile.TemporaryDirectory() as workdir:
        baseline_first_paint(Path(workdir))
        for n in args.sizes:
            browser_size(n, Path(workdir))
        baseline_first_paint(Path(workdir))  # again at the end: the machine's speed drifts
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
