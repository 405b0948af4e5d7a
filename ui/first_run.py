"""The first start: the place-name index is built (once, with its progress shown) and the demo
articles are read into a fresh default store, once; the demo can be removed as a whole.

The demo goes only into a store that is fresh (no article, never offered the demo before) and
is the default store (``$TIMELINE_DB`` unset), or any fresh store with ``TIMELINE_DEMO=1``;
``TIMELINE_DEMO=0`` never loads it. A user's own store is never given the demo, and demo events
the user deleted do not come back.
"""
from __future__ import annotations

import os
import threading

import streamlit as st

from timeline.store.database import Store
from ui.keys import ADD_MESSAGE
from ui.store_view import language_pipeline

DEMO_OFFERED = "demo_offered"
_lock = threading.Lock()


def demo_wanted(path: str) -> bool:
    """Whether the store at ``path`` gets the demo articles now (see the module's rule)."""
    setting = os.environ.get("TIMELINE_DEMO", "")
    if setting == "0" or (setting != "1" and os.environ.get("TIMELINE_DB")):
        return False
    with Store(path) as store:
        return store.flag(DEMO_OFFERED) is None and not store.counts().get("articles")


@st.cache_resource(show_spinner=False)
def _checked(path: str) -> list[bool]:
    """Per process and store: whether the first-run check is done ([done])."""
    return [False]


def first_run(path: str) -> None:
    """Once per process: build what a first start needs, with its progress on the page."""
    done = _checked(path)
    if done[0]:
        return
    with _lock:
        if done[0]:
            return
        from geodata.gazetteer.index import ensure_index, index_built

        wanted = demo_wanted(path)
        if not wanted and index_built():
            done[0] = True
            return
        with st.status("First start: preparing (this happens once)…", expanded=True) as status:
            bar = st.progress(0.0, text="Starting…")
            if not index_built():
                ensure_index(progress=lambda step, share: bar.progress(
                    0.6 * share, text=f"Building the place-name index, once (about 30 s): {step}…"))
            if wanted:
                bar.progress(0.6, text="Loading the language model…")
                language_pipeline()
                from timeline.run.pipeline import ensure_demo

                with Store(path) as store:
                    ensure_demo(store, progress=lambda i, n, _article: bar.progress(
                        0.65 + 0.35 * i / n, text=f"Reading the demo articles: {i} of {n}"))
                    store.set_flag(DEMO_OFFERED, "1")
            bar.progress(1.0, text="Done.")
            status.update(label="First start done: the place-name index is built"
                                + (" and the demo articles are loaded" if wanted else "") + " (once).",
                          state="complete", expanded=False)
        done[0] = True


def demo_controls(path: str) -> None:
    """"Remove the demo articles" in the sidebar while the store holds them."""
    with Store(path) as store:
        demo = store.demo_article_ids()
    if not demo:
        return
    if st.sidebar.button(f"Remove the demo articles ({len(demo)})", key="remove_demo", icon=":material/delete:",
                         help="Delete the bundled demo articles and their events from this store (they are not "
                              "loaded again)."):
        with Store(path) as store:
            removed = store.delete_articles(store.demo_article_ids())
            store.set_flag(DEMO_OFFERED, "1")
        st.session_state[ADD_MESSAGE] = f"Removed the demo articles ({removed} events)."
        st.rerun()
