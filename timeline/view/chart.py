"""The scrollable, zoomable timeline: event records -> an Altair (Vega-Lite) chart.

Each event is a horizontal span from ``date_start`` to the end of ``date_end`` (dates are
inclusive), so an event known only to the month is drawn a month wide and one known to
the day a day wide; a marker at the middle of the span keeps short events visible and
is hollow when the date is imprecise. Rows group events by type, actor or country.
Scrolling zooms the time axis and dragging pans it (an interval selection bound to the
scales); clicking an event selects it through the point selection ``event_pick``, which
Streamlit returns with ``on_select="rerun"`` as ``{"selection": {"event_pick":
[{"event_id": ...}]}}`` (:func:`selected_event_id` reads it).

Vega-Lite ships inside Streamlit, so the chart renders with no network. Every date a
store can hold is drawn, from 0001-01-01 to 9999-12-31: times are kept at second
resolution (nanoseconds end in 1677 and 2262) and the day after 9999-12-31, which neither
Python nor the browser can write, is the last second of that day (:func:`day_after`).

>>> chart = build_timeline([{"id": "e1", "event_type": "visit", "actors": ["Lavrov"],
...                          "date_start": "2025-07-11", "date_end": "2025-07-13",
...                          "date_precision": "day", "sentence": "..."}])
>>> chart.to_dict()["layer"][0]["mark"]["type"]
'bar'
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from geodata.export.records import event_interval, format_date_interval, record_actors
from geodata.export.palette import event_colour

Record = Mapping[str, Any]

SELECTION_NAME = "event_pick"
ZOOM_NAME = "time_zoom"
GROUPINGS = {"event_type": "Event type", "actor": "Actor", "country": "Country"}
ROW_HEIGHT = 26
NO_ACTOR = "(no actor)"
NO_COUNTRY = "(no place)"
SENTENCE_CHARS = 160

COLUMNS = ["event_id", "group", "event_type", "start", "end", "mid", "precision", "exact", "one_day",
           "dates", "date_text", "actors", "place", "sentence", "selected", "lane"]
#: Above this many rows the events timeline is drawn on a canvas (Streamlit's own switch
#: comes at 2,000 marks a layer); below, as SVG, each mark an element with its label.
CANVAS_FROM_ROWS = 400
#: One day in milliseconds: the time axis never ticks more often (a day-zoomed axis would
#: repeat a date's label for each of its hours).
DAY_MS = 86_400_000


#: The last instant the chart draws: 9999-12-31 is the last day a store can hold, and a
#: browser cannot read a date in year 10000 written the ISO way.
LAST_INSTANT = pd.Timestamp("9999-12-31T23:59:59").as_unit("s")


@functools.lru_cache(maxsize=8192)
def day_start(day: dt.date) -> pd.Timestamp:
    """The first instant of ``day``, at second resolution (any year from 1 to 9999);
    remembered (a timeline's events share few days, and a Timestamp costs 40 µs)."""
    return pd.Timestamp(day).as_unit("s")


def day_after(day: dt.date) -> pd.Timestamp:
    """The end of ``day`` as a chart draws it: the first instant of the next day, or the
    last second of 9999-12-31."""
    return LAST_INSTANT if day >= dt.date.max else day_start(day + dt.timedelta(days=1))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_frame(records: Iterable[Record], *, group_by: str = "event_type",
                   selected_id: str | None = None) -> pd.DataFrame:
    """One row per (event, group) for the chart; undated events are left out.

    ``start`` is the first day and ``end`` the day after the last (a half-open
    interval, so a one-day event has a width of one day); ``mid`` is the middle.
    With ``group_by="actor"`` an event appears once per actor.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {sorted(GROUPINGS)}, not {group_by!r}")
    rows: list[dict[str, Any]] = []
    for record in records:
        interval = event_interval(record)
        if interval is None:
            continue
        first, last = interval
        start = day_start(first)
        end = day_after(last)
        actors = record_actors(record)
        if group_by == "actor":
            groups = actors or [NO_ACTOR]
        elif group_by == "country":
            groups = [str(record.get("country_code") or NO_COUNTRY)]
        else:
            groups = [str(record.get("event_type") or "event")]
        precision = str(record.get("date_precision") or "unknown")
        for group in groups:
            rows.append({
                "event_id": str(record.get("id")),
                "group": group,
                "event_type": str(record.get("event_type") or "event"),
                "start": start,
                "end": end,
                "mid": start,  # set below, for all rows at once
                "precision": precision,
                "exact": precision == "day" and first == last,
                "one_day": first == last,
                "dates": format_date_interval(record),
                "date_text": str(record.get("date_text") or ""),
                "actors": ", ".join(actors),
                "place": str(record.get("place_name") or ""),
                "sentence": _shorten(str(record.get("sentence") or ""), SENTENCE_CHARS),
                "selected": selected_id is not None and record.get("id") == selected_id,
                "lane": 0,
            })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("start", "end"):  # one resolution for every row, whatever its year
        frame[column] = frame[column].astype("datetime64[s]")
    frame["mid"] = frame["start"] + (frame["end"] - frame["start"]) / 2
    frame["lane"] = lanes(frame)
    return mark_looks(frame)


def mark_looks(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns the chart draws each mark with: a bar's ``fill_opacity`` (faint when its
    dates are imprecise), ``stroke`` and ``stroke_width`` (black and wider when selected),
    a dot's ``dot_fill`` (white when imprecise) and ``shape`` (a diamond when selected)."""
    colours = frame["event_type"].map(event_colour)
    selected, exact = frame["selected"].astype(bool), frame["exact"].astype(bool)
    frame["fill_opacity"] = np.where(exact | frame["one_day"].astype(bool), 0.9, 0.25)
    frame["stroke"] = np.where(selected, "#000000", colours)
    frame["stroke_width"] = np.where(selected, 2.5, 1.2)
    frame["dot_fill"] = np.where(exact, colours, "white")
    frame["shape"] = np.where(selected, "diamond", "circle")
    return frame


def lanes(frame: pd.DataFrame) -> list[int]:
    """Each row's lane within its group: events of one row whose dates overlap (two attacks
    on one day, in Odesa and in Kursk) go on lanes of their own instead of hiding each
    other; the first free lane is taken, in order of start."""
    lane_of = [0] * len(frame)
    if frame.empty:
        return lane_of
    order = frame.sort_values(["group", "start", "end"], kind="stable")
    ends: dict[str, list[pd.Timestamp]] = {}
    for position, group, start, end in zip(range(len(order)), order["group"], order["start"], order["end"]):
        taken = ends.setdefault(group, [])
        for lane, busy_until in enumerate(taken):
            if busy_until <= start:
                taken[lane] = end
                break
        else:
            lane = len(taken)
            taken.append(end)
        lane_of[frame.index.get_loc(order.index[position])] = lane
    return lane_of


def zoom_domain(selection_state: Any) -> tuple[str, str] | None:
    """The time range the chart was zoomed or panned to, from its selection state
    (``selection.time_zoom``: the interval over the x field), as ISO strings; else None."""
    selection = selection_state.get("selection") if hasattr(selection_state, "get") else None
    zoom = selection.get(ZOOM_NAME) if hasattr(selection, "get") else None
    if not zoom or not hasattr(zoom, "values"):
        return None
    for values in zoom.values():
        if isinstance(values, (list, tuple)) and len(values) == 2:
            try:
                first, last = (pd.Timestamp(v, unit="ms") if isinstance(v, (int, float)) else pd.Timestamp(v)
                               for v in values)
            except (ValueError, TypeError):
                return None
            return first.isoformat(), last.isoformat()
    return None


def focus_domain(frame: pd.DataFrame, *, share: float = 0.9) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The time range to show first when a few outliers would squash the rest, else None.

    Articles mention the distant past ("the 1990 protests"); drawing 35 years to show one
    such event leaves this week's events as a single pixel column. The focus covers the
    events whose middle lies in the central ``share`` of all middles, padded by 5 %. It
    is only used when it is less than half of the full range; zooming out shows the rest.
    """
    if frame.empty:
        return None
    full = frame["end"].max() - frame["start"].min()
    tail = round((1.0 - share) / 2, 6)  # 0.05, not 0.04999…, which would pick the next event
    # "lower"/"higher": the bounds are real events, so a handful of events is never trimmed.
    low = frame["mid"].quantile(tail, interpolation="lower")
    high = frame["mid"].quantile(1.0 - tail, interpolation="higher")
    core = frame[(frame["mid"] >= low) & (frame["mid"] <= high)]
    first, last = core["start"].min(), core["end"].max()
    pad = max((last - first) * 0.05, pd.Timedelta(days=1))
    first, last = first - pad, last + pad
    if (last - first) >= full * 0.5:
        return None
    return first, last


def outside_focus(records: Iterable[Record]) -> int:
    """How many dated events lie wholly outside the timeline's first view."""
    frame = timeline_frame(records).drop_duplicates("event_id")
    domain = focus_domain(frame)
    if domain is None:
        return 0
    first, last = domain
    return int(((frame["end"] <= first) | (frame["start"] >= last)).sum())


def build_timeline(records: Iterable[Record], *, group_by: str = "event_type",
                   selected_id: str | None = None, focus: bool = True,
                   window: tuple[dt.date, dt.date] | None = None,
                   dates: tuple[dt.date, dt.date] | None = None,
                   max_height: int | None = None) -> alt.LayerChart:
    """The timeline chart of ``records`` grouped by ``group_by`` (see :data:`GROUPINGS`).

    The chart carries the selections ``event_pick`` (click an event) and ``time_zoom``
    (scroll to zoom, drag to pan the time axis). ``selected_id`` outlines that event.
    With ``focus`` the first view is :func:`focus_domain` when outliers would squash it.
    ``window`` (first, last day) is shaded: the part of the time line the map shows.
    ``dates`` (first, last day: the view's date range) is the first view instead, so the
    timeline shows what the date control chose. ``max_height`` (pixels) thins the rows
    of a chart that would be taller.
    """
    frame = timeline_frame(records, group_by=group_by, selected_id=selected_id)
    if dates is not None:
        x_scale = alt.Scale(domain=list(day_domain(dates)))
    else:
        domain = focus_domain(frame) if focus else None
        x_scale = (alt.Scale(domain=[domain[0].isoformat(), domain[1].isoformat()])
                   if domain is not None else alt.Undefined)
    types = sorted(frame["event_type"].unique()) if len(frame) else []
    groups = list(frame.groupby("group")["start"].min().sort_values().index) if len(frame) else []

    pick = alt.selection_point(name=SELECTION_NAME, fields=["event_id"], on="click",
                               clear="dblclick", empty=False)
    zoom = alt.selection_interval(name=ZOOM_NAME, bind="scales", encodings=["x"])

    # Colours by family (geodata.export.palette); the map's legend names them, so the chart
    # needs no legend of its own (one that would be cut on a phone).
    colour = alt.Color("event_type:N", title="Event type",
                       scale=alt.Scale(domain=types, range=[event_colour(t) for t in types]), legend=None)
    tooltip = [
        alt.Tooltip("event_type:N", title="type"),
        alt.Tooltip("dates:N", title="date"),
        alt.Tooltip("date_text:N", title="date text"),
        alt.Tooltip("actors:N", title="actors"),
        alt.Tooltip("place:N", title="place"),
        alt.Tooltip("sentence:N", title="evidence"),
    ]
    lanes_used = int(frame["lane"].max()) + 1 if len(frame) else 1
    base = alt.Chart(frame).encode(
        y=alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelLimit=180)),
        yOffset=alt.YOffset("lane:O", scale=alt.Scale(domain=list(range(lanes_used)))),
        color=colour,
        tooltip=tooltip,
    )
    # An interval is drawn as an interval: a bar over its days, hollow (outlined, faint)
    # when the dates are imprecise; a dot marks only one-day events, which a zoomed-out
    # axis would draw too thin to see. The marks' looks are columns of the frame (see
    # :func:`mark_looks`), read as they are (no scale): Streamlit's Vega evaluates an
    # expression per mark through its interpreter, slowly.
    spans = base.mark_bar(cornerRadius=2, height={"band": 0.75}, clip=True, strokeWidth=1.5).encode(
        x=alt.X("start:T", title=None, scale=x_scale,
                axis=alt.Axis(format="%Y-%m-%d", labelOverlap=True, grid=True, tickMinStep=DAY_MS)),
        x2="end:T",
        fillOpacity=alt.FillOpacity("fill_opacity:Q", scale=None),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.55)),
        stroke=alt.Stroke("stroke:N", scale=None),
        strokeWidth=alt.StrokeWidth("stroke_width:Q", scale=None),
    ).add_params(pick, zoom)
    marks = base.transform_filter("datum.one_day").mark_point(size=70, strokeWidth=2, clip=True).encode(
        x="mid:T",
        fill=alt.Fill("dot_fill:N", scale=None),
        shape=alt.Shape("shape:N", scale=None),
        opacity=alt.value(1.0),
    )
    layers: list[alt.Chart] = [spans, marks]
    if window is not None:
        layers.insert(0, _window_layer(window))
    # A step per row (its lanes), not a fixed height: Streamlit's theme squeezes a fixed-height band scale.
    chart = alt.layer(*layers).properties(height=alt.Step(row_step(len(groups), lanes_used, max_height)))
    if len(frame) > CANVAS_FROM_ROWS:
        # Drawn on a canvas, without an ARIA label per mark: 1,500 bars as SVG elements,
        # each with its description, cost a playback step about half a second in the browser.
        chart = chart.properties(usermeta={"embedOptions": {"renderer": "canvas"}}).configure_mark(aria=False)
    return chart


def row_step(rows: int, lanes_used: int, max_height: int | None) -> float:
    """Pixels per lane (the step of the chart's innermost band: a row holds ``lanes_used``):
    a row is :data:`ROW_HEIGHT` high for one lane, three lanes' room at most (thinner lanes
    beyond), and thinner when ``max_height`` would be passed (12 px a row at least)."""
    lanes = max(lanes_used, 1)
    row = ROW_HEIGHT * min(lanes, 3)
    if max_height and rows:
        row = min(row, max((max_height - 40) // rows, 12))
    return round(row / lanes, 2)


def day_domain(dates: tuple[dt.date, dt.date]) -> tuple[str, str]:
    """A date range as a time axis's domain: from the first day's start to the last day's
    end (any day a store can hold, :func:`day_start`, :func:`day_after`)."""
    first, last = dates
    return day_start(first).isoformat(), day_after(last).isoformat()


# -- large sets: counts per period instead of one bar per event --------------------------

#: Above this many dated events the timeline shows counts per period (stacked by type)
#: instead of one bar per event: a Vega-Lite spec of 100k rows would be tens of MB, and
#: drawing 1,500 bars took a playback step at 10k events (a month, ~1,600 events) about
#: 0.7 s of the browser's time on a 2-core machine, against ~0.1 s for their counts. More
#: than 1,000 bars in the docked timeline's 200-odd pixels are not read one by one anyway:
#: a narrower date range brings them back.
EVENTS_MAX = 1_000


def timeline_path(n_dated: int) -> str:
    """'events' (one bar per event) or 'counts' (events per period), by size."""
    return "events" if n_dated <= EVENTS_MAX else "counts"


def count_frame(records: Iterable[Record], *, group_by: str = "event_type") -> tuple[pd.DataFrame, str]:
    """Dated events counted per (period, group, event type), and the period: 'day' when
    the dates span up to 120 days, 'week' up to three years, else 'month'. Each event
    counts at its first day (with ``group_by="actor"`` once per actor)."""
    import numpy as np

    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {sorted(GROUPINGS)}, not {group_by!r}")
    starts: list[str] = []
    groups: list[str] = []
    types: list[str] = []
    for record in records:
        start, end = record.get("date_start"), record.get("date_end")
        if start.__class__ is str and end.__class__ is str and start <= end:
            first = start[:10]  # ISO strings, the store's form: no parsing needed
        else:
            interval = event_interval(record)
            if interval is None:
                continue
            first = interval[0].isoformat()
        kind = record.get("event_type") or "event"
        if group_by == "actor":
            for name in record_actors(record) or [NO_ACTOR]:
                starts.append(first)
                groups.append(name)
                types.append(kind)
            continue
        starts.append(first)
        groups.append(kind if group_by == "event_type" else str(record.get("country_code") or NO_COUNTRY))
        types.append(kind)
    return count_frame_arrays(np.array(starts, dtype="datetime64[D]"), groups, types)


def count_frame_arrays(days: Any, groups: Any, types: Any) -> tuple[pd.DataFrame, str]:
    """:func:`count_frame` of events given as arrays: each event's first day
    (``datetime64[D]``), its row (group) and its event type."""
    import numpy as np

    days = np.asarray(days, dtype="datetime64[D]")
    if not len(days):
        return pd.DataFrame(columns=["start", "end", "group", "event_type", "count"]), "day"
    span = int((days.max() - days.min()).astype(int))
    if span <= 120:
        period, first_days, next_days = "day", days, days + 1
    elif span <= 3 * 365:
        # 1970-01-01 was a Thursday: shift so that weeks start on Monday.
        first_days = days - ((days.astype(np.int64) + 3) % 7).astype("timedelta64[D]")
        period, next_days = "week", first_days + 7
    else:
        months = days.astype("datetime64[M]")
        period, first_days, next_days = "month", months.astype("datetime64[D]"), (months + 1).astype("datetime64[D]")
    # Seconds, not nanoseconds: a year before 1677 or after 2262 is a date like any other.
    last = np.datetime64(LAST_INSTANT.to_datetime64(), "s")
    frame = pd.DataFrame({"start": first_days.astype("datetime64[s]"),
                          "end": np.minimum(next_days.astype("datetime64[s]"), last),
                          "group": groups, "event_type": types})
    counts = (frame.groupby(["start", "end", "group", "event_type"], sort=True, observed=True).size()
              .rename("count").reset_index())
    counts["group"] = counts["group"].astype(str)
    counts["event_type"] = counts["event_type"].astype(str)
    return counts[["start", "end", "group", "event_type", "count"]], period


def build_count_timeline(records: Iterable[Record], *, group_by: str = "event_type",
                         window: tuple[dt.date, dt.date] | None = None,
                         counted: tuple[pd.DataFrame, str] | None = None,
                         dates: tuple[dt.date, dt.date] | None = None,
                         max_height: int | None = None) -> alt.LayerChart:
    """Events per period as stacked bars in one row per group, coloured by type (the
    timeline of a large set). Carries the ``time_zoom`` selection; no per-event pick.
    ``counted`` is the :func:`count_frame` of the records when it is already made (for
    instance by :func:`count_frame_arrays`); the records are not read then."""
    counts, period = counted if counted is not None else count_frame(records, group_by=group_by)
    types = sorted(counts["event_type"].unique()) if len(counts) else []
    groups = list(counts.groupby("group")["count"].sum().sort_values(ascending=False).index) if len(counts) else []
    zoom = alt.selection_interval(name=ZOOM_NAME, bind="scales", encodings=["x"])
    # One ready-made tooltip line per bar: the browser evaluates one field per bar, not
    # an object of four formatted fields (Vega's expression interpreter is slow at that).
    # (ISO text, not strftime: "%Y" writes the year 1 as "1")
    when = {"day": ("on ", 10), "week": ("in the week of ", 10)}.get(period, ("in ", 7))
    counts = counts.assign(tip=[
        f"{kind}: {count} event{'' if count == 1 else 's'} {when[0]}{start.isoformat()[:when[1]]}"
        + ("" if group == kind else f" · {group}")
        for start, group, kind, count in zip(counts["start"], counts["group"], counts["event_type"], counts["count"])])
    bars = alt.Chart(counts).mark_bar(clip=True).encode(
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y-%m-%d", labelOverlap=True, grid=True,
                                                     tickMinStep=DAY_MS),
                scale=alt.Scale(domain=list(day_domain(dates))) if dates is not None else alt.Undefined),
        x2="end:T",
        y=alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelLimit=180)),
        color=alt.Color("event_type:N", title="Event type",
                        scale=alt.Scale(domain=types, range=[event_colour(t) for t in types]), legend=None),
        opacity=alt.Opacity("count:Q", title=f"events per {period}", scale=alt.Scale(range=[0.25, 1.0]),
                            legend=None),
        tooltip=alt.Tooltip("tip:N"),
    ).add_params(zoom)
    layers = [bars]
    if window is not None:
        layers.insert(0, _window_layer(window))
    return alt.layer(*layers).properties(height=alt.Step(row_step(len(groups), 1, max_height)))


def _window_layer(window: tuple[dt.date, dt.date]) -> alt.Chart:
    """A shaded band over the time window that filters the map."""
    first, last = window
    band = pd.DataFrame({"start": [day_start(first)], "end": [day_after(last)]})
    return alt.Chart(band).mark_rect(color="#ffd54f", opacity=0.18).encode(x="start:T", x2="end:T")


def selected_event_id(selection_state: Any) -> str | None:
    """The event id clicked in the chart, from ``st.altair_chart(..., on_select="rerun")``'s
    return value (a dict-like with ``selection.event_pick``), or None."""
    if not selection_state:
        return None
    selection = selection_state.get("selection") if hasattr(selection_state, "get") else None
    if not selection:
        return None
    picked = selection.get(SELECTION_NAME) or []
    if isinstance(picked, Mapping):  # some Streamlit versions return {field: [values]}
        values = picked.get("event_id") or []
        return str(values[0]) if values else None
    for item in picked:
        if isinstance(item, Mapping) and item.get("event_id"):
            return str(item["event_id"])
    return None


# -- briefing: counts over time by type family, actor or country --------------------------

#: What a briefing chart counts by -> its label.
BRIEF_BY = {"family": "Type family", "actor": "Actor", "country": "Country"}
#: Rows beyond these many most frequent ones are counted together as "other".
BRIEF_TOP = 7
BRIEF_OTHER = "(other)"
#: Colour-blind-safe colours (Okabe-Ito) for the top actors or countries, grey for the rest.
BRIEF_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def top_labels(labels: list[str], *, top: int = BRIEF_TOP) -> list[str]:
    """The labels with all but the ``top`` most frequent replaced by :data:`BRIEF_OTHER`."""
    import collections

    kept = {label for label, _ in collections.Counter(labels).most_common(top)}
    return [label if label in kept else BRIEF_OTHER for label in labels]


def build_brief_chart(days: Any, labels: list[str], *, by: str, colours: Mapping[str, str] | None = None) -> alt.Chart:
    """Events per period as stacked bars, one colour per label (an event's family, actor or
    country): the counts an analyst briefs from (ACLED's dashboard). ``days`` are the
    events' first days (``datetime64[D]``), ``labels`` theirs (one per day; an event with
    two actors counts for each). ``colours`` fixes a label's colour (the families')."""
    counts, period = count_frame_arrays(days, labels, labels)
    order = list(counts.groupby("group")["count"].sum().sort_values(ascending=False).index) if len(counts) else []
    if colours is None:
        named = [label for label in order if label != BRIEF_OTHER]
        colours = {label: BRIEF_COLOURS[i % len(BRIEF_COLOURS)] for i, label in enumerate(named)}
    domain = [label for label in order]
    scale = alt.Scale(domain=domain, range=[colours.get(label, "#999999") for label in domain])
    return alt.Chart(counts).mark_bar().encode(
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y-%m-%d", labelOverlap=True, tickMinStep=DAY_MS)),
        x2="end:T",
        y=alt.Y("sum(count):Q", title=f"events per {period}"),
        color=alt.Color("group:N", title=BRIEF_BY.get(by, by), scale=scale,
                        legend=alt.Legend(orient="bottom", columns=4, labelLimit=160)),
        order=alt.Order("group:N"),
        tooltip=[alt.Tooltip("group:N", title=BRIEF_BY.get(by, by)), alt.Tooltip("start:T", title="from",
                                                                                    format="%Y-%m-%d"),
                 alt.Tooltip("count:Q", title="events")],
    ).properties(height=220)
