"""Browser tests share one build of the offline basemap (the real build, from the installed
packages, about 40 s once per test session) in a temporary folder, and find the session's
gazetteer index ready before the app's server starts (it would otherwise build it while the
browser waits for the first page)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from geodata.gazetteer import basemap_tiles


@pytest.fixture(scope="session", autouse=True)
def shared_basemap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | None]:
    """``$TIMELINE_BASEMAP_DIR`` for every app a browser test starts, built once here."""
    if not basemap_tiles.sources_available():
        yield None
        return
    folder = tmp_path_factory.mktemp("basemap") / "tiles"
    previous = os.environ.get("TIMELINE_BASEMAP_DIR")
    os.environ["TIMELINE_BASEMAP_DIR"] = str(folder)
    try:
        assert basemap_tiles.ensure_tiles() == folder
        yield folder
    finally:
        if previous is None:
            os.environ.pop("TIMELINE_BASEMAP_DIR", None)
        else:
            os.environ["TIMELINE_BASEMAP_DIR"] = previous


@pytest.fixture(autouse=True)
def index_ready(gazetteer_index) -> None:
    """Build the session's gazetteer index before the app's server starts."""
