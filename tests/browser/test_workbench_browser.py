"""Issue 17, the map and timeline an analyst works in all day: one browser test per item.

One app (``streamlit run app.py``) on a store of hand-made events serves the module: a cluster
of events of three types in Kerr County, two attacks of one day (Odesa and Kursk), a year-long
deployment, an event of 1990 among those of 2025, events between Russia and Ukraine, a
country-level event at China's centre, and one bundled-demo article. Every test starts a new
browser context (a first visit). Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.server import ARTIFACTS, CHROMIUM, download_from_popover, recorded_page, streamlit_app
from tests.conftest import PUBLISHED, make_event
from timeline.model import Article
from timeline.store.database import DEMO_MARK, Store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

MAP_FRAME = "iframe[title*='st_folium']"
CHART = "[data-testid='stVegaLiteChart']"
KERR = (30.05, -99.14)


def workbench_events() -> list[Any]:
    day = dt.date(2025, 7, 10)
    events = [
        make_event("ev-kerr-flood", event_type="disaster", actors=["Guadalupe River"], lat=30.06, lon=-99.13,
                   place_name="Kerr County", country_code="US", geo_precision="admin2",
                   date_start=dt.date(2025, 7, 4), date_end=dt.date(2025, 7, 4), date_text="on Friday",
                   sentence="Flash floods swept through Kerr County on Friday."),
        make_event("ev-kerr-aid", event_type="aid", actors=["FEMA"], lat=30.04, lon=-99.15,
                   place_name="Kerrville", country_code="US", geo_precision="city",
                   date_start=dt.date(2025, 7, 6), date_end=dt.date(2025, 7, 6),
                   sentence="FEMA sent rescue teams to Kerrville."),
        make_event("ev-kerr-statement", event_type="statement", actors=["Greg Abbott"], lat=30.05, lon=-99.14,
                   place_name="Kerrville", country_code="US", geo_precision="city",
                   date_start=dt.date(2025, 7, 7), date_end=dt.date(2025, 7, 7),
                   sentence="The governor spoke in Kerrville."),
        make_event("ev-odesa", event_type="attack", actors=["Russia", "Ukraine"], lat=46.48, lon=30.72,
                   place_name="Odesa", country_code="UA", geo_precision="city", date_start=day, date_end=day,
                   sentence="Russia struck Odesa overnight."),
        make_event("ev-kursk", event_type="attack", actors=["Ukraine", "Russia"], lat=51.73, lon=36.19,
                   place_name="Kursk", country_code="RU", geo_precision="city", date_start=day, date_end=day,
                   sentence="Ukraine struck Kursk the same night."),
        make_event("ev-condemn", event_type="condemn", actors=["Ukraine"], lat=50.45, lon=30.52,
                   place_name="Kyiv", country_code="UA", geo_precision="city",
                   date_start=dt.date(2025, 7, 11), date_end=dt.date(2025, 7, 11),
                   sentence="Kyiv condemned the strike."),
        make_event("ev-meet", actors=["Russia", "North Korea"]),
        make_event("ev-year", event_type="deploy", actors=["North Korea"], lat=51.7, lon=36.2,
                   place_name="Kursk Oblast", country_code="RU", geo_precision="admin1",
                   date_start=dt.date(2025, 1, 1), date_end=dt.date(2025, 12, 31), date_precision="year",
                   date_text="in 2025", sentence="North Korean troops were deployed to Kursk in 2025."),
        make_event("ev-china", event_type="statement", actors=["China"], lat=35.0, lon=103.0,
                   place_name="China", country_code="CN", geo_precision="country",
                   date_start=dt.date(2025, 7, 9), date_end=dt.date(2025, 7, 9),
                   sentence="China called for restraint."),
        make_event("ev-1990", event_type="protest", actors=["students"], lat=50.45, lon=30.52,
                   place_name="Kyiv", country_code="UA", geo_precision="city",
                   date_start=dt.date(1990, 10, 2), date_end=dt.date(1990, 10, 2), date_text="in October 1990",
                   sentence="Students in Kyiv protested in October 1990."),
    ]
    events += [make_event(f"ev-july-{i}", event_type=("meet", "agree", "support", "warn")[i % 4],
                          actors=["Russia"] if i % 2 else ["Ukraine"], lat=48 + i * 0.3, lon=25 + i * 0.7,
                          place_name=f"Town {i}", country_code="UA",
                          date_start=dt.date(2025, 7, 1) + dt.timedelta(days=i),
                          date_end=dt.date(2025, 7, 1) + dt.timedelta(days=i)) for i in range(20)]
    return events


@pytest.fixture(scope="module")
def workbench_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("workbench")
    store_path = folder / "events.sqlite"
    article = Article(text="Workbench article.", published=PUBLISHED, title="Workbench source", source="test",
                      url="https://example.org/workbench")
    demo = Article(text="A demo article.", published=PUBLISHED, title="Demo article", source="Demo Wire")
    demo.published_from = DEMO_MARK
    with Store(store_path) as store:
        events = workbench_events()
        for event in events:
            event.article_id = article.id
        store.add_article(article, events)
        demo_event = make_event("ev-demo", event_type="visit", article_id=demo.id)
        store.add_article(demo, [demo_event])
    with streamlit_app(store_path, folder) as url:
        yield url


def open_page(recorded: Any, url: str) -> tuple[Any, Any]:
    """Open ``url``; wait for the map, the timeline and the controls; return (page, map frame)."""
    page = recorded.page
    page.goto(url)
    frame = page.wait_for_selector(MAP_FRAME, timeout=60_000).content_frame()
    frame.wait_for_function("() => document.documentElement.dataset.eventMapPath", timeout=30_000)
    page.get_by_label("Text contains").wait_for(timeout=60_000)
    page.wait_for_selector(f"{CHART} svg, {CHART} canvas", timeout=30_000)
    page.wait_for_timeout(1000)
    return page, page.wait_for_selector(MAP_FRAME).content_frame()


def shown_count(page: Any) -> int:
    caption = page.get_by_text(re.compile(r"\d+ of \d+ events shown")).first.inner_text()
    return int(caption.split(" of ")[0].replace(",", ""))


# -- 1. an offline basemap to read at city zoom --------------------------------------------

def test_item1_offline_basemap_reads_at_city_zoom_light_and_dark(workbench_url: str, shared_basemap: Path) -> None:
    assert shared_basemap is not None, "the basemap's data packages are installed by requirements.txt"
    with recorded_page(1440, 900) as recorded:
        page, frame = open_page(recorded, workbench_url)
        frame.evaluate(f"() => window.map.setView([{KERR[0]}, {KERR[1]}], 9, {{animate: false}})")
        frame.wait_for_function("() => document.querySelectorAll('canvas.basemap-tile[data-drawn]').length >= 6",
                                timeout=20_000)
        page.wait_for_timeout(500)
        # Place names, rivers and county lines come from the tiles: the label tiles of zoom 8+
        # and the geometry of data zoom 6 were fetched, from this server only.
        fetched = [url for kind, url in recorded.requests if "webmap_basemap" in url]
        assert any("/L8/" in url for url in fetched) and any("/6/" in url for url in fetched)
        assert not recorded.outside()
        colours = frame.evaluate("""() => {
            const seen = new Set();
            for (const tile of document.querySelectorAll('canvas.basemap-tile[data-drawn]')) {
                const data = tile.getContext('2d').getImageData(0, 0, tile.width, tile.height).data;
                for (let i = 0; i < data.length; i += 4 * 37) seen.add(data[i] + ',' + data[i + 1] + ',' + data[i + 2]);
            }
            return seen.size;
        }""")
        assert colours > 20  # land, water, lines and label text, not one beige field
        assert frame.evaluate("document.documentElement.dataset.basemapTheme") == "light"
        frame.locator(".leaflet-container").screenshot(path=str(ARTIFACTS / "issue17-basemap-kerr-z9.png"))
    with recorded_page(1440, 900, color_scheme="dark") as recorded:
        page, frame = open_page(recorded, workbench_url)
        frame.wait_for_function("() => document.documentElement.dataset.basemapTheme === 'dark'", timeout=20_000)
        frame.wait_for_selector("canvas.basemap-tile[data-drawn]", timeout=20_000)
        page.screenshot(path=str(ARTIFACTS / "issue17-dark.png"))


# -- 2. a legend; colours that do not collide; clusters show their mix ------------------------

def test_item2_legend_type_colours_and_cluster_mix(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, frame = open_page(recorded, workbench_url)
        legend = frame.locator(".event-legend")
        legend.locator("summary").click()
        text = legend.inner_text()
        for words in ("Attacks and violence", "Warnings and condemnations", "Meetings and agreements",
                      "faint dashed disc", "arc from origin", "hollow: imprecise date", "types it holds"):
            assert words in text
        # The Kerr County events (disaster, aid, statement) cluster at this zoom: the cluster's
        # ring shows three colours.
        frame.wait_for_selector(".event-cluster-ring", timeout=10_000)
        mixes = frame.evaluate("() => [...document.querySelectorAll('.event-cluster-ring')]"
                               ".map(r => r.dataset.colours.split(' ').length)")
        assert max(mixes) >= 3
        frame.evaluate("() => window.map.setView([49, 33], 6, {animate: false})")
        page.wait_for_timeout(800)
        fills = frame.evaluate("""() => Object.fromEntries([...document.querySelectorAll('path.event-marker')]
            .map(p => [p.getAttribute('fill'), 1]))""")
        attack, condemn = "#D55E00", "#E69F00"
        assert attack in fills and condemn in fills  # Odesa/Kursk attacks and Kyiv's condemnation differ


# -- 3. a selection brings the map there; the timeline keeps its zoom; drag is not click ------

def test_item3_selection_pans_to_event_and_opens_its_cluster(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, frame = open_page(recorded, workbench_url)
        assert frame.evaluate("() => window.map.getZoom()") <= 4  # the Kerr events are one cluster
        page.goto(workbench_url + "?event=ev-kerr-aid")  # as a table or feed row selects it
        frame = page.wait_for_selector(MAP_FRAME, timeout=60_000).content_frame()
        frame.wait_for_function("() => document.documentElement.dataset.eventMapFocus === 'ev-kerr-aid'",
                                timeout=30_000)
        assert frame.evaluate("() => window.map.getZoom()") >= 8
        # Its cluster is open: the event's own marker is drawn, outlined, inside the view.
        inside = frame.evaluate("""() => {
            const box = document.querySelector('.leaflet-container').getBoundingClientRect();
            return [...document.querySelectorAll("path.event-marker[stroke='#000000']")].some(p => {
                const r = p.getBoundingClientRect();
                return r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top
                    && r.bottom <= box.bottom;
            });
        }""")
        assert inside


def test_item3_timeline_keeps_its_zoom_and_a_drag_does_not_select(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url)
        chart = page.locator(CHART).first
        box = chart.bounding_box()
        page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.5)
        for _ in range(4):
            page.mouse.wheel(0, -250)
            page.wait_for_timeout(150)
        page.wait_for_timeout(1500)
        zoomed = axis_labels(page)
        # A drag that ends on an event pans; nothing is selected.
        page.mouse.move(box["x"] + box["width"] * 0.65, box["y"] + box["height"] * 0.5)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5, steps=10)
        page.mouse.up()
        page.wait_for_timeout(2500)
        assert page.get_by_text("Selected event").count() == 0
        panned = axis_labels(page)
        assert panned != zoomed
        # A click selects; the rerun keeps the panned domain.
        targets = page.evaluate(f"""() => {{
            const chart = document.querySelector("{CHART}"), frame = chart.querySelector("svg").getBoundingClientRect();
            return [...chart.querySelectorAll(".mark-symbol path")].map(p => p.getBoundingClientRect())
                .filter(r => r.width > 0 && r.left > frame.left + 60 && r.right < frame.right - 10)
                .map(r => [r.x + r.width / 2, r.y + r.height / 2]);
        }}""")
        assert len(targets) >= 2, "events are in view after the pan"
        # (Clicking the very event a drag ended on changes no selection, so no update is
        # sent: click the first two in view.)
        for target in targets[:2]:
            page.mouse.click(*target)
            page.wait_for_timeout(2500)
        page.get_by_text("Selected event").wait_for(timeout=20_000)
        page.wait_for_timeout(1500)
        assert axis_labels(page) == panned


def axis_labels(page: Any) -> list[str]:
    return page.evaluate(f"""() => [...document.querySelector("{CHART}").querySelectorAll(".role-axis-label text")]
                          .map(t => t.textContent)""")


# -- 4. map, timeline and evidence on one screen; a phone --------------------------------------

def test_item4_map_timeline_and_evidence_on_one_screen(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url + "?event=ev-odesa")
        page.get_by_text("Selected event").wait_for(timeout=20_000)
        page.wait_for_timeout(1000)
        map_box = page.locator(MAP_FRAME).bounding_box()
        chart_box = page.locator(CHART).first.bounding_box()
        evidence = page.get_by_text("Evidence", exact=True).last.bounding_box()
        assert map_box["width"] >= 700
        for box in (map_box, chart_box, evidence):
            assert box["y"] >= 0 and box["y"] + box["height"] <= 900, box
        assert chart_box["y"] > map_box["y"] + map_box["height"] - 5  # docked under the map
        page.screenshot(path=str(ARTIFACTS / "issue17-1440x900.png"))
    with recorded_page(390, 844) as recorded:
        page, _ = open_page(recorded, workbench_url)
        toggle = page.get_by_text("Import events").bounding_box()
        assert toggle and toggle["x"] >= 0 and toggle["x"] + 40 <= 390
        chart_box = page.locator(CHART).first.bounding_box()
        assert chart_box["x"] >= 0 and chart_box["x"] + chart_box["width"] <= 390 + 1
        legends = page.evaluate(f"""() => document.querySelector("{CHART}").querySelectorAll(".role-legend").length""")
        assert legends == 0  # the timeline has no legend to cut; the map's explains its colours
        page.screenshot(path=str(ARTIFACTS / "issue17-phone.png"), full_page=True)


# -- 5. one date control, its default range where the events are, playback ---------------------

def test_item5_one_date_control_dense_default_and_playback(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url)
        assert page.get_by_text("Time window").count() == 0
        slider = page.get_by_text("Dates (filters the map, the timeline")
        assert slider.count() == 1
        # The 1990 event does not stretch the track: its ends are in 2025, and the page says
        # where the outlier is.
        ends = page.locator("[data-testid='stSliderTickBar']").first.inner_text().split()
        assert len(ends) == 2 and all(text.startswith("2025") for text in ends), ends
        assert page.get_by_text("earliest event 1990-10-02").count() == 1
        before = shown_count(page)
        page.locator(".st-key-time_play button").first.click()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and shown_count(page) == before:
            page.wait_for_timeout(300)
        assert shown_count(page) != before  # the range moved on by itself
        page.locator(".st-key-time_play button").first.click()
        # A day-zoomed axis labels each day once.
        box = page.locator(CHART).first.bounding_box()
        page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
        for _ in range(6):  # about a week in view
            page.mouse.wheel(0, -300)
            page.wait_for_timeout(100)
        page.wait_for_timeout(1500)
        labels = axis_labels(page)
        dates = [label for label in labels if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label)]
        assert len(dates) >= 2 and len(dates) == len(set(dates)), labels


# -- 6. events between actors; overlapping events; intervals as intervals -----------------------

def test_item6_actor_pairs_lanes_and_intervals(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url + "?actor=Russia&actor=Ukraine")
        any_of_them = shown_count(page)
        page.get_by_text("Only events between these actors").click()
        page.wait_for_function("() => location.search.includes('between=1')", timeout=20_000)
        page.wait_for_timeout(1500)
        assert shown_count(page) == 2 < any_of_them  # the Odesa and Kursk strikes
        # The two attacks of one day sit on two lanes: two symbols, at different heights.
        page.goto(workbench_url + "?type=attack&type=deploy")
        page.wait_for_selector(f"{CHART} .mark-symbol path", timeout=30_000)
        page.wait_for_timeout(1500)
        symbols = page.evaluate(f"""() => [...document.querySelector("{CHART}").querySelectorAll(".mark-symbol path")]
            .map(p => p.getBoundingClientRect()).map(r => [Math.round(r.x), Math.round(r.y)])""")
        assert len(symbols) == 2 and symbols[0][1] != symbols[1][1], symbols  # no dot for the year
        bars = page.evaluate(f"""() => [...document.querySelector("{CHART}").querySelectorAll(".mark-rect path")]
            .map(p => p.getBoundingClientRect().width)""")
        assert max(bars) > 5 * min(bars)  # the year-long deployment is a long bar


# -- 7. what analysts brief from: counts, a feed, a report -------------------------------------

def test_item7_counts_feed_and_report(workbench_url: str, tmp_path: Path) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url)
        page.get_by_role("tab", name="Feed").click()
        feed = page.locator("[data-testid='stDataFrame']").first
        feed.wait_for(timeout=10_000)
        assert page.get_by_text("Counts over time", exact=True).count() == 1
        page.get_by_text("Show the counts over time").scroll_into_view_if_needed()
        page.get_by_text("Show the counts over time").click()
        page.wait_for_function(f"""() => document.querySelectorAll("{CHART}").length >= 2""", timeout=20_000)
        download = download_from_popover(page, page.get_by_text(re.compile(r"Export \d+ events shown")),
                                         re.compile(r"Download Report"))
        report = tmp_path / "report.html"
        download.save_as(report)
        text = report.read_text(encoding="utf-8")
        assert "<svg" in text and "srcdoc=" in text and "Russia struck Odesa overnight." in text
        assert "https://example.org/wonsan" in text  # each event's source
        assert not re.search(r"""(src|href)=["']https?://""", text.split("srcdoc=")[0])
        report_page = recorded.page.context.new_page()
        report_page.goto(report.as_uri())
        report_page.wait_for_selector("table tbody tr", timeout=10_000)
        assert report_page.locator("table tbody tr").count() == shown_count(page)
        report_page.screenshot(path=str(ARTIFACTS / "issue17-report.png"))


# -- 8. the first start and the demo; plain captions; honest coordinates ------------------------

def test_item8_plain_caption_demo_removal_and_country_centroid(workbench_url: str) -> None:
    with recorded_page(1440, 900) as recorded:
        page, _ = open_page(recorded, workbench_url + "?event=ev-china")
        caption = page.get_by_text(re.compile(r"\d+ of \d+ events shown")).first.inner_text()
        assert "store:" not in caption and "map:" not in caption and ".sqlite" not in caption
        where = page.get_by_text(re.compile(r"^China \(CN\)")).first.inner_text()
        assert "35° N, 103° E" in where and "35.0000" not in where
        before = shown_count(page)
        page.get_by_role("button", name=re.compile("Remove the demo articles")).click()
        page.get_by_text("Removed the demo articles (1 events).").wait_for(timeout=20_000)
        # The message is drawn before the caption below it: wait for the caption's rerun.
        page.get_by_text(re.compile(rf"^{before - 1:,} of \d[\d,]* events shown")).first.wait_for(timeout=20_000)
        assert shown_count(page) == before - 1
        page.get_by_role("button", name=re.compile("Remove the demo articles")).wait_for(state="detached",
                                                                                        timeout=20_000)
