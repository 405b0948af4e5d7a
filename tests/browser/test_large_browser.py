"""The real app in headless Chromium with more events than the map draws one by one.

6,000 events: the map draws grid cells (the aggregated path); clicking a cell narrows the
view to the cell's box, after which the map draws that box's events one by one and a
button brings the whole map back. A filter change swaps the events layer without
reloading the map page. Skipped when Chromium or Playwright is missing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.server import ARTIFACTS, CHROMIUM, recorded_page, streamlit_app
from tests.conftest import fill_store, make_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

N = 6_000
PATH = "() => document.documentElement.dataset.eventMapPath"
# The pixel position (in the map frame) of the busiest cell that a click reaches, and its
# count. A cell under the legend, the zoom buttons, the scale or the attribution (the map's
# controls) or outside the map's box is passed over: a click there never reaches the cell.
BUSIEST_CELL = """() => {
    let best = null;
    const size = window.map.getSize();
    const box = window.map.getContainer().getBoundingClientRect();
    window.map.eachLayer(layer => {
        const p = layer.feature && layer.feature.properties;
        if (!p || !p.area || (best && p.count <= best.count)) return;
        const point = window.map.latLngToContainerPoint(layer.getLatLng());
        if (point.x < 0 || point.y < 0 || point.x >= size.x || point.y >= size.y) return;
        const under = document.elementFromPoint(box.left + point.x, box.top + point.y);
        if (!under || under.closest('.leaflet-control')) return;
        best = {count: p.count, x: box.left + point.x, y: box.top + point.y};
    });
    return best;
}"""


@pytest.fixture
def large_url(tmp_path: Path) -> Iterator[str]:
    events = [make_event(f"ev-{i}", lat=-40 + (i % 80) + 0.25, lon=-100 + (i % 200) + 0.25,
                         event_type=("meet", "attack", "protest")[i % 3], sentence=f"Synthetic event number {i}.",
                         date_start=dt.date(2025, 1, 1) + dt.timedelta(days=i % 150),
                         date_end=dt.date(2025, 1, 1) + dt.timedelta(days=i % 150)) for i in range(N)]
    store = fill_store(tmp_path / "large.sqlite", events)
    with streamlit_app(store, tmp_path) as url:
        yield url


def test_cells_zoom_into_their_events(large_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    with recorded_page(1400, 1400) as recorded:
        page = recorded.page
        page.goto(large_url)
        page.get_by_text(f"{N:,} of {N:,} events shown").wait_for(timeout=120_000)
        iframe = page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
        frame = iframe.content_frame()
        assert frame is not None
        frame.wait_for_function(f"() => ({PATH})() === 'aggregated'", timeout=60_000)
        page.wait_for_timeout(500)
        cell = frame.evaluate(BUSIEST_CELL)
        assert cell and 1 < cell["count"] < N, cell
        frame.evaluate("() => { window.__sameMapPage = true; }")  # gone if the map page reloads

        box = iframe.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + cell["x"], box["y"] + cell["y"])
        page.get_by_text("Showing the events in one area of the map").wait_for(timeout=30_000)
        page.get_by_text(f"{cell['count']:,} of {N:,} events shown").wait_for(timeout=30_000)
        frame.wait_for_function(f"() => ['detailed', 'lean'].includes(({PATH})())"
                                f" && document.documentElement.dataset.eventMapCount === '{cell['count']}'",
                                timeout=30_000)
        # The events layer was swapped in the same map page (Leaflet was not loaded again).
        assert frame.evaluate("() => window.__sameMapPage") is True
        assert "area=" in page.url
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "large-area.png"), full_page=True)

        # Clicking an event of the cell selects it.
        if frame.evaluate(f"({PATH})()") == "detailed":
            markers = frame.locator("path.event-marker")
            if markers.count():
                markers.first.click(force=True)
                popup = frame.wait_for_selector(".leaflet-popup-content", timeout=10_000)
                event_id = popup.inner_text().strip().rsplit("event ", 1)[-1]
                page.get_by_text(f"event {event_id} ·").wait_for(timeout=20_000)

        page.get_by_role("button", name="Whole map").click()
        page.get_by_text(f"{N:,} of {N:,} events shown").wait_for(timeout=30_000)
        frame.wait_for_function(f"() => ({PATH})() === 'aggregated'", timeout=30_000)

    assert not recorded.page_errors, recorded.page_errors
    assert not recorded.outside(), recorded.outside()
