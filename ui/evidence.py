"""The selected event's evidence and derivations, and the analyst's corrections: edit, merge,
delete, undo, restore."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import streamlit as st

from geodata.export.records import (
    PRECISION_LABELS,
    event_interval,
    event_mode,
    format_coordinates,
    format_date_interval,
    record_actors,
)
from timeline.errors import TimelineError
from timeline.store import corrections
from timeline.view.filters import EventFilter
from ui.keys import ADD_MESSAGE, EDIT_FOR, SELECTED
from ui.store_view import StoreView

KEEP_PLACE = corrections.KEEP_PLACE
ENTER_COORDINATES = corrections.ENTER_COORDINATES
EDIT_KEYS = ("edit_place", "edit_place_name", "edit_lat", "edit_lon", "edit_start", "edit_end",
             "edit_precision", "edit_type", "edit_mode", "edit_actors", "edit_note", "edit_merge_other")


def detail_panel(record: Mapping[str, Any] | None) -> None:
    """Provenance of the selected event. Record text goes through st.text (no Markdown/HTML)."""
    if record is None:
        st.info("Click an event on the map, the timeline or the table to see its evidence.")
        return
    st.subheader("Selected event")
    st.text(f"{record.get('event_type') or 'event'} ({record.get('mode') or 'asserted'})"
            f" — {', '.join(record_actors(record)) or 'no actor'}")
    st.markdown("**Evidence**" + (f" ({record['language']})" if record.get("language") not in (None, "en") else ""))
    st.text(record.get("sentence") or "")
    if record.get("gloss"):
        st.text(f"In English: {record['gloss']}")
    st.markdown("**Article**")
    st.text(" · ".join(str(v) for v in (record.get("source_title"), record.get("published")) if v) or "unknown")
    if record.get("source_url"):
        st.text(str(record["source_url"]))
    others = [s for s in record.get("sources") or [] if s.get("article_id") != record.get("article_id")]
    if others:
        st.markdown(f"**Also reported by {len(others)} other article(s)**")
        st.text("\n".join(f"{s.get('source_title') or s.get('source_url') or '?'} · {s.get('published') or ''}\n"
                          f"  “{s.get('sentence') or ''}”" for s in others))
    st.markdown("**When**")
    st.text(format_date_interval(record)
            + (f" — from “{record['date_text']}”" if record.get("date_text") else "")
            + (f"\n{record['date_derivation']}" if record.get("date_derivation") else ""))
    st.markdown("**Where**")
    if record.get("lat") is not None and record.get("lon") is not None:
        where = (f"{record.get('place_name') or '?'} ({record.get('country_code') or '?'}), "
                 f"{PRECISION_LABELS.get(str(record.get('geo_precision')), 'unknown')} precision, "
                 f"{format_coordinates(record)}")
    else:
        where = "no location found"
    if record.get("place_derivation"):
        where += f"\n{record['place_derivation']}"
    st.text(where)
    if record.get("corrected"):
        st.text(f"Corrected by an analyst: {', '.join(record['corrected'])}"
                + (f" — {record['correction_note']}" if record.get("correction_note") else ""))
    if record.get("merged_from"):
        st.text(f"Merged with: {', '.join(record['merged_from'])}")
    st.caption(f"event {record.get('id')} · confidence {float(record.get('confidence') or 0):.2f}"
               + (" · from the bundled demo articles" if record.get("demo") else ""))


def _reset_edit_form(record: Mapping[str, Any]) -> None:
    """Fill the edit widgets from ``record`` when another event is selected."""
    if st.session_state.get(EDIT_FOR) == record.get("id"):
        return
    for key in EDIT_KEYS:
        st.session_state.pop(key, None)
    interval = event_interval(record)
    st.session_state.update({
        EDIT_FOR: record.get("id"),
        "edit_place": KEEP_PLACE,
        "edit_place_name": str(record.get("place_name") or ""),
        "edit_lat": float(record["lat"]) if record.get("lat") is not None else None,
        "edit_lon": float(record["lon"]) if record.get("lon") is not None else None,
        "edit_start": interval[0] if interval else None,
        "edit_end": interval[1] if interval else None,
        "edit_precision": str(record.get("date_precision") or "unknown"),
        "edit_type": str(record.get("event_type") or ""),
        "edit_mode": event_mode(record) if event_mode(record) in corrections.MODES else "asserted",
        "edit_actors": "; ".join(record_actors(record)),
        "edit_note": "",
    })


def merge_candidates(view: StoreView, flt: EventFilter, record: Mapping[str, Any],
                     limit: int = 200) -> list[dict[str, Any]]:
    """The shown events other than ``record``, nearest in time first (duplicates of one
    happening are reported close together; undated ones last), at most ``limit``."""
    index = view.index
    positions = view.positions(flt)
    positions = positions[positions != index.position.get(str(record.get("id")), -1)]
    anchor = event_interval(record)
    if anchor:
        distance = np.where(index.dated[positions], np.abs(index.start_day[positions] - anchor[0].toordinal()), 10 ** 9)
        positions = positions[np.argsort(distance, kind="stable")]
    return index.select(positions[:limit])  # type: ignore[return-value]


def edit_panel(record: Mapping[str, Any], others: Sequence[Mapping[str, Any]], path: str) -> None:
    """Correct the selected event (place, date, type, mode, actors), delete it, merge
    another into it, or undo its corrections. Stored in the corrections table, so they
    survive re-ingesting the article."""
    _reset_edit_form(record)
    event_id = str(record.get("id"))
    with st.expander("Edit event", expanded=False, icon=":material/edit:"):
        place_text = record.get("place_text") or record.get("place_name")
        candidates = corrections.place_candidates(str(place_text)) if place_text else []
        with st.form("edit_form", clear_on_submit=False):
            st.selectbox(f"Place (gazetteer candidates for “{place_text or '—'}”)",
                         [KEEP_PLACE] + [c["label"] for c in candidates] + [ENTER_COORDINATES], key="edit_place")
            left, right = st.columns(2)
            left.number_input("Latitude", min_value=-90.0, max_value=90.0, format="%.5f", key="edit_lat")
            right.number_input("Longitude", min_value=-180.0, max_value=180.0, format="%.5f", key="edit_lon")
            st.text_input("Place name (with coordinates)", key="edit_place_name")
            left, right = st.columns(2)
            left.date_input("Start date", key="edit_start", format="YYYY-MM-DD", min_value=dt.date.min,
                            max_value=dt.date.max)  # any date a store can hold (imports go from 0001)
            right.date_input("End date", key="edit_end", format="YYYY-MM-DD", min_value=dt.date.min,
                             max_value=dt.date.max)
            st.selectbox("Date precision", corrections.DATE_PRECISIONS, key="edit_precision")
            left, right = st.columns(2)
            left.text_input("Event type", key="edit_type")
            right.selectbox("Mode", corrections.MODES, key="edit_mode")
            st.text_input("Actors (separated by ;)", key="edit_actors")
            st.text_input("Note (why)", key="edit_note")
            save = st.form_submit_button("Save corrections", key="edit_submit")
        if save:
            state = st.session_state
            form = {"place": state.get("edit_place"), "lat": state.get("edit_lat"), "lon": state.get("edit_lon"),
                    "place_name": state.get("edit_place_name"), "date_start": state.get("edit_start"),
                    "date_end": state.get("edit_end"), "date_precision": state.get("edit_precision"),
                    "event_type": state.get("edit_type"), "mode": state.get("edit_mode"),
                    "actors": state.get("edit_actors")}
            try:
                changes = corrections.form_changes(record, form, candidates)
                if changes:
                    corrections.save_correction(path, event_id, changes,
                                                note=(state.get("edit_note") or "").strip() or None)
            except TimelineError as exc:
                st.error(str(exc))
            else:
                if not changes:
                    st.info("Nothing changed.")
                else:
                    st.session_state.pop(EDIT_FOR, None)
                    st.session_state[ADD_MESSAGE] = f"Corrected event {event_id}: {', '.join(sorted(changes))}."
                    st.rerun()
        labels = {str(r.get("id")): f"{format_date_interval(r)} · {r.get('event_type')} · "
                                     f"{', '.join(record_actors(r))[:40]} · {r.get('place_name') or '?'}" for r in others}
        left, right = st.columns([3, 1])
        other = left.selectbox("Merge another event into this one", [""] + list(labels), key="edit_merge_other",
                               format_func=lambda key: labels.get(key, "—"))
        if right.button("Merge", key="edit_merge", disabled=not other):
            corrections.merge_events(path, event_id, str(other))
            st.session_state.pop("edit_merge_other", None)
            st.session_state[ADD_MESSAGE] = f"Merged event {other} into {event_id}."
            st.rerun()
        left, right = st.columns(2)
        if left.button("Delete this event", key="edit_delete", type="secondary"):
            corrections.delete_event(path, event_id)
            st.session_state.pop(SELECTED, None)
            st.session_state[ADD_MESSAGE] = f"Deleted event {event_id} (restore it under “Deleted events”)."
            st.rerun()
        if right.button("Undo all corrections", key="edit_restore", disabled=not record.get("corrected")):
            corrections.restore_event(path, event_id)
            st.session_state.pop(EDIT_FOR, None)
            st.session_state[ADD_MESSAGE] = f"Event {event_id} is as extracted again."
            st.rerun()


def deleted_panel(path: str) -> None:
    """Deleted and merged-away events, each restorable."""
    gone = {eid: c for eid, c in corrections.load_corrections(path).items() if c.get("deleted")}
    if not gone:
        return
    with st.sidebar.expander(f"Deleted events ({len(gone)})"):
        pick = st.selectbox("Deleted event", sorted(gone), key="restore_pick",
                            format_func=lambda eid: eid + (f" (merged into {gone[eid]['merged_into']})"
                                                           if gone[eid].get("merged_into") else ""))
        if st.button("Restore", key="restore_submit"):
            corrections.save_correction(path, pick, {"deleted": False, "merged_into": None})
            st.session_state[ADD_MESSAGE] = f"Restored event {pick}."
            st.rerun()
