"""Inputs that pass a first look but that the store cannot hold, and what the command line
says about them: one line, exit 2, the store byte for byte as it was (#18.4, #18.11).

The extraction is the cheap deterministic stand-in (``TIMELINE_FAKE_EXTRACTOR``): what is
tested is what reaches the store, not what spaCy finds.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile import ScriptedServer, send_body

ROOT = Path(__file__).resolve().parents[3]
STORY = "Police arrested 14 people in Nairobi on Tuesday.\nProtesters marched in Lagos on Monday."


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_FAKE_EXTRACTOR": "fake"}
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)


def digest(path: Path) -> str:
    """The store's bytes (WAL checkpointed by the last writer's close)."""
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store holding one article, written by the command line itself."""
    (tmp_path / "first.txt").write_text("Drones struck Chernivtsi overnight.\nOfficials said on Monday.")
    db = tmp_path / "events.sqlite"
    done = run("extract", "first.txt", "--published", "2025-07-09", "--db", str(db), "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return db


def jsonl(*records: str) -> str:
    return "".join(record + "\n" for record in records)


GOOD = json.dumps({"text": STORY, "published": "2025-07-10", "title": "ok"})


@pytest.mark.parametrize("second, words", [
    ('{"text": "Protesters marched in Lagos.", "published": "2025-07-10", "title": "t\\udfff"}',
     "b.jsonl:2: the title is not valid Unicode text"),
    ('{"text": "Protesters marched in Lagos.", "published": "2025-07-10", "url": "http://x.example/\\ud800"}',
     "b.jsonl:2: the URL is not valid Unicode text"),
    ('{"text": "Protesters \\ud800 marched in Lagos.", "published": "2025-07-10"}',
     "b.jsonl:2: the article text is not valid Unicode text"),
    ('{"text": "Protesters marched.", "n": ' + "5" * 5000 + "}", "b.jsonl:2: not readable JSON"),
])
def test_a_line_the_store_could_not_hold_changes_nothing(store: Path, second: str, words: str) -> None:
    folder = store.parent
    (folder / "b.jsonl").write_text(jsonl(GOOD, second), encoding="utf-8")
    before = digest(store)
    done = run("extract", "b.jsonl", "--db", str(store), "--quiet", cwd=folder)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [f"error: {done.stderr.split('error: ', 1)[1].strip()}"]
    assert words in done.stderr
    assert digest(store) == before
    skipped = run("extract", "b.jsonl", "--db", str(store), "--quiet", "--skip-invalid", cwd=folder)
    assert skipped.returncode == 0, skipped.stderr
    lines = skipped.stderr.strip().splitlines()
    assert lines[0].startswith("skipped b.jsonl:2: ") and lines[0].count("b.jsonl:2") == 1
    assert lines[1:] == [f"1 new of 1 articles, 2 events stored in {store}"]


def test_a_file_named_in_latin1_is_stored_with_a_readable_name(store: Path) -> None:
    folder = store.parent / "articles"
    folder.mkdir()
    (folder / "a_first.txt").write_text(STORY)
    Path(os.fsdecode(bytes(folder) + b"/b_caf\xe9.txt")).write_text(STORY + "\nRivers rose in Porto Alegre.")
    done = run("extract", str(folder), "--published", "2025-07-10", "--db", str(store), "--quiet", cwd=store.parent)
    assert done.returncode == 0, done.stderr
    import sqlite3

    sources = sorted(row[0] for row in sqlite3.connect(store).execute("SELECT source FROM articles"))
    assert sources == ["a_first.txt", "b_caf\ufffd.txt", "first.txt"]


def test_import_of_a_good_and_a_bad_file_changes_nothing(store: Path) -> None:
    folder = store.parent
    point = {"type": "Point", "coordinates": [30.5, 50.4]}
    (folder / "good.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": point, "properties": {"start": "2025-07-01"}},
        {"type": "Feature", "geometry": point, "properties": {"start": "2025-07-02"}}]}))
    (folder / "bad.geojson").write_text(json.dumps({"type": "Feature", "geometry": point,
                                                    "properties": {"country_code": ["UA", "RU"]}}))
    before = digest(store)
    done = run("import", "good.geojson", "bad.geojson", "--db", str(store), cwd=folder)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == ("error: bad.geojson: feature 0: \"country_code\" must be text or a number, "
                                   "not a list (['UA', 'RU'])")
    assert digest(store) == before


def test_published_with_trailing_words_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    done = run("extract", "a.txt", "--published", "2025-07-14 lol", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        "error: publication date '2025-07-14 lol': 'lol' is not a time of day (HH:MM[:SS])"]


def test_a_feed_whose_entries_are_all_refused_is_one_line(tmp_path: Path) -> None:
    items = "".join(f"<item><title>Story {i}</title><link>http://10.0.0.{i}/a</link>"
                    "<pubDate>Tue, 08 Jul 2025 10:00:00 GMT</pubDate></item>" for i in range(10))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    server = ScriptedServer(send_body(feed.encode(), content_type="application/rss+xml"))
    try:
        done = run("extract", server.url("/feed.xml"), "--allow-host", "127.0.0.1", cwd=tmp_path)
    finally:
        server.close()
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "none of its 10 entries could be read" in lines[0]


WRITER = """
import sys
from timeline.cli.main import main
sys.exit(main(["extract", sys.argv[1], "--db", sys.argv[2], "--quiet"]))
"""


def test_two_writers_at_once_report_only_what_each_stored(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Police arrested {n} people in Nairobi on Tuesday.", "published": "2025-07-10"})
             for n in range(60)]
    (tmp_path / "b.jsonl").write_text(jsonl(*lines))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_FAKE_EXTRACTOR": "fake:0.02"}
    db = str(tmp_path / "events.sqlite")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "b.jsonl"), db], env=env,
                                stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = [writer.communicate(timeout=300)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], reports
    new = [int(report.strip().splitlines()[-1].split(" new of ")[0]) for report in reports]
    assert sum(new) == 60, reports
