"""Several processes opening one new store at once: each gets the store (switching a new file
to WAL needs it to itself, and SQLite answers "locked" at once instead of waiting)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OPEN = "import sys; from timeline.store.database import Store; Store(sys.argv[1]).close()"


def test_processes_opening_a_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(40):  # the race showed in about 3 trials of 40 before the fix
        db = str(tmp_path / f"events-{trial}.sqlite")
        openers = [subprocess.Popen([sys.executable, "-c", OPEN, db], env=env, stderr=subprocess.PIPE, text=True)
                   for _ in range(4)]
        errors = [opener.communicate(timeout=120)[1] for opener in openers]
        assert [opener.returncode for opener in openers] == [0, 0, 0, 0], errors
