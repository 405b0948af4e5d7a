"""The page's view of the store: its cache shared by the page's run and the prefetch, and
chart specs as Streamlit sends them."""
from __future__ import annotations

import datetime as dt
import threading
import time

from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

from timeline.view.chart import build_timeline
from ui.store_view import StoreView, vega_lite_spec


def records(n: int) -> list[dict[str, object]]:
    day = dt.date(2025, 7, 1)
    return [{"id": f"ev-{i}", "event_type": "attack" if i % 2 else "meet", "actors": [f"actor {i % 3}"],
             "date_start": (day + dt.timedelta(days=i % 9)).isoformat(),
             "date_end": (day + dt.timedelta(days=i % 9 + i % 2)).isoformat(), "date_precision": "day",
             "lat": 50.0 + i / 100, "lon": 30.0, "place_name": f"place {i}", "sentence": f"Sentence {i}."}
            for i in range(n)]


def test_a_key_being_made_is_waited_for_not_made_twice() -> None:
    view = StoreView(records(3))
    calls: list[int] = []
    started = threading.Event()

    def slow() -> str:
        calls.append(1)
        started.set()
        time.sleep(0.3)
        return "layer"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(view.cached("k", slow)))
    first.start()
    started.wait(5)
    results.append(view.cached("k", slow))  # asked while the first thread makes it
    first.join(5)
    assert results == ["layer", "layer"] and calls == [1]


def test_a_failed_make_lets_the_waiting_thread_make_it() -> None:
    view = StoreView(records(3))
    started, release = threading.Event(), threading.Event()

    def failing() -> str:
        started.set()
        release.wait(5)
        raise RuntimeError("broken")

    errors: list[Exception] = []

    def first() -> None:
        try:
            view.cached("k", failing)
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=first)
    thread.start()
    started.wait(5)
    threading.Timer(0.2, release.set).start()
    assert view.cached("k", lambda: "made again") == "made again"
    thread.join(5)
    assert len(errors) == 1


def test_one_prefetch_at_a_time_and_its_failures_do_not_escape() -> None:
    view = StoreView(records(3))
    release = threading.Event()
    done: list[str] = []

    def boom() -> None:
        raise ValueError("a guess ahead that fails")

    assert view.prefetch(lambda: release.wait(5), boom, lambda: done.append("after the failure"))
    assert not view.prefetch(lambda: done.append("second"))  # the first is still running
    release.set()
    deadline = time.monotonic() + 5
    while not done and time.monotonic() < deadline:
        time.sleep(0.02)
    assert done == ["after the failure"]


def test_vega_lite_spec_is_streamlits_conversion_without_validation() -> None:
    chart = build_timeline(records(40))
    assert vega_lite_spec(chart) == _convert_altair_to_vega_lite_spec(build_timeline(records(40)))
    assert "to_dict" not in vars(chart)  # the chart is left as it was
    assert chart.to_dict()["layer"]
