"""The page's tests: the gazetteer index is ready before any page loads (an AppTest run has
60 s, and the session's own index takes about 30 s to build)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def index_ready(gazetteer_index) -> None:
    """Build the session's gazetteer index before the test's first page load."""
