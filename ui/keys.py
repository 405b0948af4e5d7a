"""The session-state keys the page's pieces share (widget keys are named where the widget is drawn)."""
from __future__ import annotations

#: The selected event's id (the latest click on the map, the timeline or the table wins).
SELECTED = "selected_event_id"
#: The event ids of the table page on screen, row by row.
TABLE_IDS = "_table_event_ids"
#: A message for the next run to show (set before ``st.rerun()``).
ADD_MESSAGE = "_add_message"
#: The event the edit form was filled from.
EDIT_FOR = "_edit_for"
SHOW_ADD = "show_add_articles"
SHOW_IMPORT = "show_import"
SHOW_TABLE = "show_table"
#: The box of the aggregated map's clicked cell (south, west, north, east).
MAP_AREA = "map_area"
#: Set once a session's first run is over (see :func:`ui.state.controls_deferred`).
FIRST_RUN_DONE = "_first_run_done"
#: Set once the URL's view has been read into the widgets' state.
VIEW_LOADED = "_view_loaded"
#: The one date control's range (first, last day): the filter's date_from/date_to.
DATE_RANGE = "filter_dates"
#: Whether the date control plays (steps forward on a timer).
PLAYING = "time_playing"
#: Whether the date control's track spans every dated event (else the dense range).
WHOLE_TRACK = "time_whole_track"
#: The timeline's visible time range, kept across reruns (ISO start and end).
TIMELINE_DOMAIN = "_timeline_domain"
#: The event ids of the feed's lines, in order.
FEED_IDS = "_feed_event_ids"
#: Whether the page shows every event, also those below the likely-event threshold
#: (:func:`ui.state.likely_threshold`); off by default.
SHOW_ALL = "filter_show_all"
