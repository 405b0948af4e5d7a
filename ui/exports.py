"""The sidebar's export popover: one download per format, of the events the filters keep."""
from __future__ import annotations

import streamlit as st

from geodata.export.formats import EXPORT_FORMATS, export_bytes
from timeline.view.filters import EventFilter
from ui.store_view import StoreView, store_view

#: (suffix, file name, key) of the sidebar download buttons.
DOWNLOADS = ((".geojson", "events.geojson", "download_geojson"), (".csv", "events.csv", "download_csv"),
             (".parquet", "events.parquet", "download_parquet"), (".kml", "events.kml", "download_kml"),
             (".timelinejs.json", "events.timelinejs.json", "download_timelinejs"),
             (".html", "events-map.html", "download_html"), (".report.html", "events.report.html", "download_report"))


def export_buttons(view: StoreView, flt: EventFilter, path: str) -> None:
    """One download per format, in a popover; each file is made only when its button is
    pressed, from the store as it is then (``flt`` applied): a button of an earlier run,
    still on the page while a correction's rerun is drawn, exports the corrected events."""
    positions = view.positions(flt)
    n_shown = len(positions)
    n_located = int(view.index.located[positions].sum())
    n_dated = int(view.index.dated[positions].sum())
    box = st.sidebar.popover(f"Export {n_shown} event{'' if n_shown == 1 else 's'} shown",
                             icon=":material/download:", width="stretch")
    for suffix, file_name, key in DOWNLOADS:
        label, mime, _writer = EXPORT_FORMATS[suffix]
        count = {".csv": (n_shown, f"{n_shown}"), ".report.html": (n_shown, f"{n_shown}"),
                 ".timelinejs.json": (n_dated, f"{n_dated} dated")}.get(suffix, (n_located, f"{n_located} located"))
        box.download_button(
            f"Download {label} ({count[1]})",
            data=lambda name=file_name: export_bytes(store_view(path).select(flt), name),
            file_name=file_name, mime=mime, key=key, on_click="ignore", disabled=not count[0])
    if n_shown > n_located:
        box.caption(f"{n_shown - n_located} event(s) without a location are not in the map formats.")
