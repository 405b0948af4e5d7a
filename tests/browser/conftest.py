"""Browser tests: the gazetteer index is ready before the app's server starts (it would
otherwise build it while the browser waits for the first page)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def index_ready(gazetteer_index) -> None:
    """Build the session's gazetteer index before the app's server starts."""
