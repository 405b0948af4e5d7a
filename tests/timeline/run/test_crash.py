"""Crash safety: ``kill -9`` a real ``python -m timeline extract`` at random moments.

After every kill the store must open, pass SQLite's integrity check and hold each article
either with all its events or not at all; re-running the same command must then reach
exactly the store a clean run makes (nothing lost, nothing duplicated). Most trials use
the cheap fake extractor (``TIMELINE_FAKE_EXTRACTOR``) so that a kill can land anywhere
among many transactions; one trial runs the real spaCy pipeline.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.sources.demo import DEMO_DIR

ROOT = Path(__file__).resolve().parents[3]


def _env(fake: str | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("TIMELINE_FAKE_EXTRACTOR", None)
    if fake:
        env["TIMELINE_FAKE_EXTRACTOR"] = fake
    return env


def _command(corpus: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "timeline", "extract", str(corpus), "--db", str(db), "--quiet",
            "--workers", str(workers)]


def _snapshot(db: Path) -> dict[str, list[tuple[str, str]]]:
    """article id -> its (event id, event record) pairs, read with plain sqlite3."""
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = {row[0]: [] for row in connection.execute("SELECT id FROM articles")}
        for article_id, event_id, data in connection.execute(
                "SELECT article_id, id, data FROM events ORDER BY article_id, seq"):
            assert article_id in articles, "an event without its article"
            articles[article_id].append((event_id, data))
        n_events = connection.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        assert n_events == len({e for events in articles.values() for e, _ in events}), "duplicated events"
    finally:
        connection.close()
    return articles


def _kill_at_random(command: list[str], env: dict[str, str], *, after: tuple[float, float],
                    rng: random.Random) -> bool:
    """Run ``command`` and kill -9 it after a random delay; True if it was still running."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    delay = rng.uniform(*after)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the process and any workers it started
        process.wait()
        killed = True
    else:
        assert process.returncode == 0, process.stderr.read().decode()
        killed = False
    process.stderr.close()
    return killed


def _clean_run(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started


def _trial(tmp_path: Path, corpus: Path, reference: dict, seconds: float, env: dict[str, str], workers: int,
           rng: random.Random, name: str) -> None:
    db = tmp_path / f"{name}.sqlite"
    command = _command(corpus, db, workers)
    for _ in range(2):  # killed while ingesting, then killed again while resuming
        _kill_at_random(command, env, after=(0.2 * seconds, 0.95 * seconds), rng=rng)
        if db.exists():
            partial = _snapshot(db)
            for article_id, events in partial.items():
                assert events == reference[article_id], "an article stored without all its events"
    _clean_run(command, env)
    assert _snapshot(db) == reference
    assert _clean_run(command, env) > 0 and _snapshot(db) == reference  # and once more: nothing changes


def _fake_corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            lines = [f"Report {i}: rivers rose in district {i % 7}."] + [
                f"Line {j} of report {i} says crews worked through the night." for j in range(i % 5 + 1)]
            out.write(json.dumps({"text": "\n".join(lines), "published": f"2025-07-{i % 28 + 1:02d}",
                                  "title": f"Report {i}"}) + "\n")
    return path


def test_kill_9_with_the_fake_extractor_at_random_points(tmp_path) -> None:
    rng = random.Random(20250714)
    corpus = _fake_corpus(tmp_path / "corpus.jsonl", 300)
    env = _env("fake:0.004")
    reference_db = tmp_path / "reference.sqlite"
    seconds = _clean_run(_command(corpus, reference_db, 1), env)
    reference = _snapshot(reference_db)
    assert len(reference) == 300
    for trial, workers in enumerate((1, 1, 1, 2)):
        _trial(tmp_path, corpus, reference, seconds, env, workers, rng, f"trial{trial}")


@pytest.mark.slow
def test_kill_9_with_the_real_pipeline(tmp_path) -> None:
    rng = random.Random(7)
    manifest = json.loads((DEMO_DIR / "articles.json").read_text(encoding="utf-8"))
    corpus = tmp_path / "demo.jsonl"
    with corpus.open("w", encoding="utf-8") as out:  # each demo article on 4 days: 36 articles
        for copy in range(4):
            for entry in manifest:
                text = (DEMO_DIR / entry["file"]).read_text(encoding="utf-8")
                published = (dt.date.fromisoformat(entry["published"]) + dt.timedelta(days=copy)).isoformat()
                out.write(json.dumps({"text": text, "published": published, "title": entry.get("title")}) + "\n")
    env = _env(None)
    reference_db = tmp_path / "reference.sqlite"
    seconds = _clean_run(_command(corpus, reference_db, 1), env)
    reference = _snapshot(reference_db)
    assert len(reference) == 4 * len(manifest) and sum(map(len, reference.values())) > len(reference)
    db = tmp_path / "real.sqlite"
    command = _command(corpus, db, 1)
    partial = []  # how many articles each kill left stored
    for _ in range(3):  # killed, then killed again while resuming, and again
        killed = _kill_at_random(command, env, after=(0.3 * seconds, 0.9 * seconds), rng=rng)
        stored = _snapshot(db) if db.exists() else {}
        for article_id, events in stored.items():
            assert events == reference[article_id]
        if killed:
            partial.append(len(stored))
    print("articles stored when killed:", partial, "of", len(reference))
    assert any(0 < n < len(reference) for n in partial), "no kill landed between two stored articles"
    _clean_run(command, env)
    assert _snapshot(db) == reference


def test_workers_end_when_their_parent_is_killed(tmp_path) -> None:
    """``kill -9`` of ``extract --workers 2`` leaves no worker and no resource tracker (#18.8)."""
    import psutil

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Report {i}\n\n" + f"Crews worked in district {i}. " * 100,
                                          "published": "2025-07-10"}) + "\n" for i in range(40)))  # 20 batches
    parent = subprocess.Popen(_command(corpus, tmp_path / "s.sqlite", 2), env=_env("fake:2"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        children: list[psutil.Process] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the two workers and the resource tracker
            children = psutil.Process(parent.pid).children(recursive=True)
            if len(children) >= 3:
                break
            time.sleep(0.1)
        assert len(children) >= 3, children
        time.sleep(0.5)  # the workers are past their initializer, at work
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    def living(process: psutil.Process) -> bool:  # a zombie has ended; only its exit status is left
        try:
            return process.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    deadline = time.monotonic() + 10
    while any(map(living, children)) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = [process for process in children if living(process)]
    for process in alive:
        process.kill()
    assert alive == [], [process.pid for process in alive]
