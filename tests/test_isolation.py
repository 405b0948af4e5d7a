"""The suite never writes the user's store or cache (tests/conftest.py points them elsewhere),
and a session that does write there fails."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ISOLATED_ENV
from timeline.store.database import default_db_path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "TIMELINE_ISOLATION_PROBE"


def test_the_default_store_and_cache_are_the_sessions_own(tmp_path) -> None:
    from geodata.gazetteer.index import cache_dir

    home = Path.home()
    assert default_db_path().is_relative_to(tmp_path)
    for name in ISOLATED_ENV:
        assert not Path(os.environ[name]).is_relative_to(home), name
    assert not cache_dir().is_relative_to(home)


def test_a_cli_run_without_db_writes_the_tests_store(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police arrested 14 people in Nairobi on Tuesday.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_FAKE_EXTRACTOR": "fake"}
    result = subprocess.run([sys.executable, "-m", "timeline", "extract", str(article), "--published",
                             "2025-07-10", "--quiet", "-o", str(tmp_path / "out.csv")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "timeline", "import", str(tmp_path / "out.csv")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert default_db_path().is_file() and default_db_path().is_relative_to(tmp_path)


@pytest.mark.skipif(not os.environ.get(PROBE), reason="run only by test_a_session_that_writes_the_user_store_fails")
def test_probe_writes_the_user_store() -> None:
    Path(os.environ[PROBE]).write_text("written by a test", encoding="utf-8")


def test_a_session_that_writes_the_user_store_fails(tmp_path) -> None:
    user_store = tmp_path / "user" / "events.sqlite"
    user_store.parent.mkdir()
    env = {**os.environ, "TIMELINE_DB": str(user_store), PROBE: str(user_store)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_isolation.py::test_probe_writes_the_user_store"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "changed the user's store or cache" in result.stdout
    assert str(user_store) in result.stdout
