"""The sidebar: the filters (the less used in a "More filters" popover) and the display options."""
from __future__ import annotations

from typing import Any

import streamlit as st

from geodata.gazetteer.basemap import country_names
from timeline.view.chart import GROUPINGS
from timeline.view.filters import DEFAULT_MIN_CONFIDENCE, EventFilter
from ui.keys import SHOW_ALL
from ui.state import current_filter, likely_threshold


def _more_filters_in_use(flt: EventFilter) -> int:
    """How many of the filters in the "More filters" popover narrow ``flt``."""
    slider = float(st.session_state.get("filter_confidence") or DEFAULT_MIN_CONFIDENCE)
    return sum((bool(flt.modes), bool(flt.sources), slider != DEFAULT_MIN_CONFIDENCE,
                not flt.include_undated, bool(flt.languages)))


def sidebar_filters(found: Any, flt: EventFilter) -> EventFilter:
    """The filter widgets (choices from ``found``, the store's facets; ``flt`` is the filter
    their state holds, :func:`ui.state.filter_from_state`); returns the filter the map,
    timeline, table and export follow: the widgets' values once drawn."""
    names = country_names()
    sidebar = st.sidebar
    sidebar.header("Filters")
    sidebar.multiselect("Actors", found.actors, key="filter_actors")
    if len(flt.actors) > 1:
        sidebar.toggle("Only events between these actors", key="filter_actors_between",
                       help="Events in which at least two of the chosen actors take part (actor pairs), "
                            "instead of events involving any of them.")
    sidebar.multiselect("Event types", found.event_types, key="filter_types")
    sidebar.multiselect("Countries", found.countries, key="filter_countries",
                        format_func=lambda code: f"{names.get(code, code)} ({code})")
    sidebar.text_input("Text contains", key="filter_text")
    likely = likely_threshold()
    if likely > 0:
        sidebar.toggle("Show all events, also the unlikely ones", key=SHOW_ALL,
                       help=f"Off: only events of confidence {likely:.2f} or more are shown. An event's confidence "
                            "is the share of such events that were real on the project's real-news "
                            f"development sets; those below {likely:.2f} were a coin toss. "
                            "Imported events count as certain.")
    # The less used filters sit in a popover (the browser draws its widgets when it is
    # opened); its label counts the ones in use, so that none is active unseen. Dates have
    # one control, above the map (ui.time_control).
    active = _more_filters_in_use(flt)
    more = sidebar.popover("More filters" + (f" ({active} in use)" if active else ""),
                           icon=":material/filter_list:", width="stretch")
    more.multiselect("Mode", found.modes, key="filter_modes",
                     help="asserted, planned, threatened, denied, hypothetical")
    more.multiselect("Source", found.sources, key="filter_sources",
                     help="The article title (or the imported file)")
    more.multiselect("Language", found.languages, key="filter_languages",
                     help="The language of the source article (ISO 639-1: en, ru, uk, ko, fr, es)")
    st.session_state.setdefault("filter_confidence", DEFAULT_MIN_CONFIDENCE)
    more.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="filter_confidence")
    more.checkbox(f"Include undated events ({found.undated})", value=True, key="filter_undated")
    return current_filter()


def display_options() -> tuple[str, bool, bool]:
    """The "Display options" popover: (timeline grouping, online tiles, clustering) as drawn.
    A popover: the browser draws its widgets only when it is opened."""
    display = st.sidebar.popover("Display options", icon=":material/tune:", width="stretch")
    group = display.selectbox("Group timeline by", list(GROUPINGS), format_func=GROUPINGS.get, key="timeline_group")
    tiles = display.toggle("OpenStreetMap tiles (needs internet)", value=False, key="map_tiles")
    cluster = display.toggle("Cluster nearby markers", value=True, key="map_cluster")
    return group, bool(tiles), bool(cluster)
