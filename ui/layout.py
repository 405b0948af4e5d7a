"""The page's layout rules: at 1440×900 the map, the timeline docked under it and the evidence
beside them fit on one screen; on a phone (≤ 640 px) the columns stack and every control stays
reachable."""
from __future__ import annotations

import streamlit as st

#: Pixel heights: the map, the timeline's box under it, the evidence box beside them
#: (map + timeline + the date control's row, so the three end together).
MAP_HEIGHT = 370
TIMELINE_HEIGHT = 215
SIDE_PANEL_HEIGHT = MAP_HEIGHT + TIMELINE_HEIGHT + 12
#: Map column : side column.
MAIN_COLUMNS = (2.8, 1.0)

PAGE_CSS = """
<style>
/* One screen at 1440x900: less room above the page and around the title. */
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem; padding-bottom: 2rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 1.45rem; padding: 0.2rem 0 0 0; }
[data-testid="stMainBlockContainer"] h3 { font-size: 1.05rem; padding: 0.1rem 0; }
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] { gap: 0.55rem; }
@media (max-width: 640px) {
  /* A phone: the columns stack (Streamlit's own rule); controls wrap instead of hiding. */
  [data-testid="stMainBlockContainer"] { padding-left: 0.6rem; padding-right: 0.6rem; padding-top: 3.2rem; }
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] { min-width: 100% !important; }
  [data-testid="stHorizontalBlock"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] {
    min-width: 0 !important; }
}
</style>
"""


def page_style() -> None:
    """The layout rules above (a style element only; nothing is drawn)."""
    st.html(PAGE_CSS)
