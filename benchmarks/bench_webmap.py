"""How long the offline map and the timeline take to build, and how much the browser gets.

Synthetic located events (no spaCy needed). Prints one line per size:

    python benchmarks/bench_webmap.py --sizes 100 1000
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geodata.export.webmap import EVENT_TYPE_COLOURS, PRECISION_STYLES, build_event_map  # noqa: E402
from timeline.view.chart import build_timeline  # noqa: E402


def synthetic_events(n: int, *, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    types = sorted(EVENT_TYPE_COLOURS)
    precisions = sorted(PRECISION_STYLES)
    events = []
    for i in range(n):
        day = 1 + rng.randrange(28)
        events.append({
            "id": f"e{i}", "event_type": rng.choice(types), "actors": [f"actor {rng.randrange(30)}"],
            "date_start": f"2025-07-{day:02d}", "date_end": f"2025-07-{min(day + rng.randrange(3), 28):02d}",
            "date_precision": "day", "lat": rng.uniform(-50, 60), "lon": rng.uniform(-120, 140),
            "geo_precision": rng.choice(precisions), "place_name": f"place {i}",
            "sentence": "A sentence of evidence about what happened " * 2,
        })
    return events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args(argv)
    import streamlit_folium

    for n in args.sizes:
        events = synthetic_events(n)
        start = time.perf_counter()
        fmap = build_event_map(events, cluster=True)
        built = time.perf_counter()
        fmap.get_root().render()
        script = streamlit_folium._get_map_string(fmap)
        rendered = time.perf_counter()
        assets = sum(len(url) for element in [fmap, *fmap._children.values()]
                     for _, url in getattr(element, "default_js", []) + getattr(element, "default_css", []))
        chart_start = time.perf_counter()
        spec = build_timeline(events).to_json()
        chart_done = time.perf_counter()
        print(f"events={n} map_build_ms={1000 * (built - start):.0f} map_render_ms={1000 * (rendered - built):.0f} "
              f"map_script_kB={len(script) / 1e3:.0f} asset_data_uris_kB={assets / 1e3:.0f} "
              f"timeline_ms={1000 * (chart_done - chart_start):.0f} timeline_spec_kB={len(spec) / 1e3:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
