"""The README's cluster steps with real processes on loopback (#18.12): ``dask scheduler``,
``dask worker ADDRESS --nworkers 2 --nthreads 1``, then ``extract ... --engine dask
--scheduler ADDRESS``. The project is "installed" for them as pip lays it out
(:func:`tests.package.build_package`), run from another folder, so that only what the
install gives is importable. Extraction is the cheap stand-in (``TIMELINE_FAKE_EXTRACTOR``
on the workers): what is tested is the cluster, not spaCy; the real pipeline on Dask is
compared with the local one in test_parallel.py.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from tests.package import build_package
from timeline.sources.demo import load_demo_articles

DASK = shutil.which("dask", path=str(Path(sys.executable).parent))


@contextmanager
def running(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> Iterator[subprocess.Popen]:
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield process
    finally:  # a dask worker's nanny stops its workers on SIGTERM
        process.terminate()
        for left in psutil.wait_procs([psutil.Process(process.pid)], timeout=15)[1]:
            left.kill()
        process.wait()


def scheduler_address(info: Path, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if info.is_file() and info.stat().st_size:
            return json.loads(info.read_text())["address"]
        time.sleep(0.2)
    raise AssertionError("the scheduler did not start")


def environment(site: Path | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return {**env, "TIMELINE_FAKE_EXTRACTOR": "fake"}


def extract(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m timeline extract demo.jsonl`` (the demo articles) with the installed project."""
    corpus = cwd / "demo.jsonl"
    if not corpus.exists():
        corpus.write_text("".join(json.dumps({"text": a.text, "published": a.published.isoformat(), "title": a.title})
                                  + "\n" for a in load_demo_articles()), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "timeline", "extract", corpus.name, "--quiet", *args],
                          env=environment(site), cwd=cwd, capture_output=True, text=True, timeout=300)


def stored(db: Path) -> list[tuple]:
    return sorted(sqlite3.connect(db).execute("SELECT id, article_id, seq, data FROM events"))


@pytest.mark.skipif(DASK is None, reason="the dask command is not installed")
def test_the_readme_cluster_steps_on_loopback(tmp_path: Path) -> None:
    site = build_package(tmp_path / "site")
    work = tmp_path / "work"
    work.mkdir()

    # A scheduler without the project: one clear line, exit 2, nothing stored.
    info = tmp_path / "bare.json"
    with running([DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                  "--scheduler-file", str(info)], environment(None), work, tmp_path / "bare.log") as bare:
        address = scheduler_address(info, bare)
        refused = extract(site, work, "--engine", "dask", "--scheduler", address, "--db", str(work / "bare.sqlite"))
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip().splitlines() == [
        f"error: the Dask scheduler {address} cannot import this project (No module named 'timeline'): "
        "install the project there as on this machine (pip install . in its folder)"]

    # The project on the scheduler and the workers: the local run's events, exactly.
    local = extract(site, work, "--db", str(work / "local.sqlite"))
    assert local.returncode == 0, local.stderr
    info = tmp_path / "scheduler.json"
    with running([DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                  "--scheduler-file", str(info)], environment(site), work, tmp_path / "scheduler.log") as scheduler:
        address = scheduler_address(info, scheduler)
        with running([DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
                      "--host", "127.0.0.1"], environment(site), work, tmp_path / "workers.log"):
            done = extract(site, work, "--engine", "dask", "--scheduler", address, "--db", str(work / "dask.sqlite"))
    assert done.returncode == 0, done.stderr + (tmp_path / "workers.log").read_text()[-2000:]
    assert stored(work / "dask.sqlite") == stored(work / "local.sqlite") != []
    assert done.stderr.strip().endswith(f"{len(stored(work / 'local.sqlite'))} events stored in {work / 'dask.sqlite'}")


def test_a_cluster_without_workers_is_one_line_not_a_wait_for_ever(monkeypatch: pytest.MonkeyPatch) -> None:
    from dask.distributed import LocalCluster

    from timeline.errors import InputError
    from timeline.run import distributed

    monkeypatch.setattr(distributed, "NO_WORKERS_S", 1.0)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        started = time.monotonic()
        with pytest.raises(InputError, match="has had no worker for 1 s"):
            list(distributed.extract_with_dask(load_demo_articles()[:2], scheduler=cluster.scheduler_address))
    assert time.monotonic() - started < 15
