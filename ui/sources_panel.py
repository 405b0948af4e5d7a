"""Adding to the store from the page: articles (pasted text, .txt/.html uploads) and coded
datasets (GeoJSON, ACLED-style CSV); every input is checked before anything is stored."""
from __future__ import annotations

from typing import Any

import streamlit as st

from timeline.errors import TimelineError
from timeline.sources.pubdate import EARLIEST, LATEST
from timeline.store.database import Store
from ui.keys import ADD_MESSAGE, SHOW_ADD, SHOW_IMPORT
from ui.store_view import language_pipeline


def panel_toggles(row: Any) -> tuple[bool, bool]:
    """The "Add articles" and "Import events" toggles, side by side in ``row``: whether
    each panel is open. Toggles, not expanders: an expander's contents are sent (and
    drawn by the browser) on every run even while it is closed; a panel's widgets are
    sent only while its toggle is on."""
    box = row.container(horizontal=True, gap="large")
    return (box.toggle("Add articles", key=SHOW_ADD),
            box.toggle("Import events", key=SHOW_IMPORT, help="GeoJSON or ACLED-style CSV files"))


def add_articles_panel(path: str) -> None:
    """Paste text or upload files, give the publication date, process, report."""
    from timeline.sources import ingest

    with st.container(border=True):
        with st.form("add_form", clear_on_submit=False):
            text = st.text_area("Paste article text", key="add_text", height=150)
            title = st.text_input("Title (optional, for pasted text)", key="add_title")
            files = st.file_uploader("…or upload .txt / .html files", type=["txt", "html", "htm"],
                                     accept_multiple_files=True, key="add_files")
            published = st.date_input(
                "Publication date", value=None, key="add_published", format="YYYY-MM-DD",
                min_value=EARLIEST, max_value=LATEST,
                help="Needed for pasted text and .txt files. HTML pages usually give their own "
                     "date; a date entered here is used instead of it.")
            submitted = st.form_submit_button("Process articles", key="add_submit")
        if not submitted:
            return
        articles = []
        errors: list[str] = []
        if text.strip() or not files:
            try:
                articles.append(ingest.from_text(text, published=published, title=title.strip() or None))
            except TimelineError as exc:
                errors.append(f"Pasted text: {exc}")
        for upload in files or []:
            try:
                articles.append(ingest.from_upload(upload.name, upload.getvalue(), published=published))
            except TimelineError as exc:
                errors.append(str(exc))
        if errors:
            for message in errors:
                st.error(message)
            st.info("Nothing was stored. Fix the input above and process again.")
            return
        from timeline.run.pipeline import ingest_articles

        with st.spinner("Loading the language model…"):
            language_pipeline()
        bar = st.progress(0.0, text=f"Processing {len(articles)} article(s)…")

        def progress(i: int, n: int, article: Any) -> None:
            # Counts only: st.progress renders Markdown, and titles are untrusted page text.
            bar.progress(i / n, text=f"{i} of {n} article(s) processed")

        try:
            with Store(path) as store:
                report = ingest_articles(articles, store, progress=progress)
        except TimelineError as exc:
            st.error(str(exc))
            return
        dates = ", ".join(sorted({f"{a.published.isoformat()} ({a.published_from})" for a in articles}))
        st.session_state[ADD_MESSAGE] = (
            f"Processed {report.articles} article(s), {report.new_articles} new: "
            f"{report.new_events} new event(s). Publication date(s): {dates}.")
        st.rerun()


def import_panel(path: str) -> None:
    """Upload GeoJSON or ACLED-style CSV events into the store (as an imported source)."""
    from timeline.store.importing import import_events, read_events_file

    with st.container(border=True):
        with st.form("import_form", clear_on_submit=True):
            files = st.file_uploader("GeoJSON or CSV files", type=["geojson", "json", "csv"],
                                     accept_multiple_files=True, key="import_files")
            submitted = st.form_submit_button("Import", key="import_submit")
        if not submitted:
            return
        if not files:
            st.error("Choose at least one file to import.")
            return
        loaded = []
        for upload in files:
            try:
                data = upload.getvalue()
                read_events_file(upload.name, data)
                loaded.append((upload.name, data))
            except TimelineError as exc:
                st.error(str(exc))
        if len(loaded) < len(files):
            st.info("Nothing was imported. Fix the files above and import again.")
            return
        with Store(path) as store:
            reports = [import_events(store, name, data) for name, data in loaded]
        st.session_state[ADD_MESSAGE] = "Imported " + "; ".join(
            f"{r.name}: {r.events} event(s), {r.new_events} new" for r in reports) + "."
        st.rerun()
