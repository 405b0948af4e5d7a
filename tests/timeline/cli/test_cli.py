"""The command line as a user runs it: a real subprocess, real files, a real store."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus" / "lavrov-wonsan-2025.txt"
DEMO = ROOT / "timeline" / "sources" / "demo"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=env)


@pytest.mark.parametrize("command", [[], ["extract"], ["export"], ["dates"]])
def test_help_and_usage_errors(command) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["extract", "missing.txt", "--published", "2025-07-14"], "no such file"),
    (["extract", "{txt}", "--published", "2025-02-30"], "not a real date"),
    (["extract", "{txt}", "--published", "14.07.2025"], "YYYY-MM-DD"),
    (["extract", "{txt}"], "publication date"),
    (["extract", "{empty}", "--published", "2025-07-14"], "empty"),
    (["extract", "{binary}", "--published", "2025-07-14"], "binary"),
    (["extract", "{txt}", "--published", "2025-07-14", "-o", "out.xyz"], "unknown output format"),
    (["export", "--db", "{nostore}", "-o", "-"], "no store"),
])
def test_bad_input_is_one_line_on_stderr_exit_2(tmp_path, args, words) -> None:
    (tmp_path / "a.txt").write_text("Police arrested 14 people in Nairobi on Tuesday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    names = {"txt": str(tmp_path / "a.txt"), "empty": str(tmp_path / "empty.txt"),
             "binary": str(tmp_path / "binary.txt"), "nostore": str(tmp_path / "none.sqlite")}
    result = run(*[a.format(**names) for a in args], cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bad_input_among_good_ones_changes_nothing_stored(tmp_path) -> None:
    db = tmp_path / "events.sqlite"
    good = tmp_path / "good.txt"
    good.write_text("Police arrested 14 people in Nairobi on Tuesday.", encoding="utf-8")
    assert run("extract", str(good), "--published", "2025-07-10", "--db", str(db), "--quiet").returncode == 0
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    other = tmp_path / "other.txt"
    other.write_text("Protesters marched in Lagos on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = run("extract", str(other), str(bad), "--published", "2025-07-10", "--db", str(db), "--quiet")
    assert result.returncode == 2
    after = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert before == after >= 1
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_seed_article_to_geojson_and_store(tmp_path) -> None:
    out = tmp_path / "events.geojson"
    db = tmp_path / "events.sqlite"
    result = run("extract", str(CORPUS), "--published", "2025-07-14", "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    collection = json.loads(out.read_text(encoding="utf-8"))
    places = {f["properties"]["place_name"] for f in collection["features"]}
    for expected in ("Wonsan", "Kursk", "Chernivtsi", "Kuala Lumpur", "Minsk", "Kyiv"):
        assert any(expected in (p or "") for p in places), (expected, sorted(p for p in places if p))
    for feature in collection["features"]:
        props = feature["properties"]
        assert props["start"] <= props["end"]
        assert props["published"] == "2025-07-14"
    # a second run stores nothing new
    again = run("extract", str(CORPUS), "--published", "2025-07-14", "--db", str(db), "--quiet")
    assert again.returncode == 0
    assert "0 new of 1 articles" in again.stderr
    exported = run("export", "--db", str(db), "-o", "-", "--type", "attack")
    assert exported.returncode == 0
    types = {f["properties"]["event_type"] for f in json.loads(exported.stdout)["features"]}
    assert types == {"attack"}


def test_folder_and_html_inputs(tmp_path) -> None:
    out = tmp_path / "events.csv"
    result = run("extract", str(DEMO / "kellogg-kyiv.html"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,event_date")
    assert len(lines) > 2


def test_dates_command(tmp_path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Drones struck Chernivtsi on Tuesday. A second wave came the following day.", encoding="utf-8")
    result = run("dates", str(text), "--published", "2025-07-10", "--json")
    assert result.returncode == 0, result.stderr
    values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert values == ["2025-07-08", "2025-07-09"]


# ---- issue 7: URLs, feeds, batches, workers (the fake extractor keeps these fast) ----

def run_fake(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_FAKE_EXTRACTOR": "fake"}
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=env)


@pytest.fixture
def news_site():
    import http.server
    import threading

    hits: list[str] = []
    page = (DEMO / "kellogg-kyiv.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            if self.path == "/feed.xml":
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
                        f'<item><title>A</title><link>{base}/a.html</link><pubDate>Mon, 14 Jul 2025 08:00:00 GMT'
                        f'</pubDate></item><item><title>B</title><link>{base}/b.html</link>'
                        f'<pubDate>Tue, 15 Jul 2025 08:00:00 GMT</pubDate></item></channel></rss>').encode()
                kind = "application/rss+xml"
            else:
                body, kind = page, "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_url_and_feed_inputs_with_an_allowed_local_host(tmp_path, news_site) -> None:
    base, hits = news_site
    db = tmp_path / "events.sqlite"
    result = run_fake("extract", f"{base}/story.html", f"{base}/feed.xml", "--allow-host", "127.0.0.1",
                      "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    rows = sqlite3.connect(db).execute("SELECT published, published_from FROM articles ORDER BY published").fetchall()
    # the page is dated 2025-07-14 by its metadata; the feed's entries link to the same page,
    # dated by the feed: the one dated 2025-07-14 is the same article and is stored once
    assert rows == [("2025-07-14", "metadata"), ("2025-07-15", "feed")]
    assert "2 new of 3 articles" in result.stderr
    assert hits == ["/story.html", "/feed.xml", "/a.html", "/b.html"]


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "[::1]", "10.0.0.7", "169.254.169.254", "localhost:{port}"])
def test_local_urls_are_refused_without_allow_host(tmp_path, news_site, host) -> None:
    base, hits = news_site
    port = base.rsplit(":", 1)[1]
    db = tmp_path / "events.sqlite"
    result = run_fake("extract", f"http://{host.format(port=port)}/story.html", "--db", str(db), "--quiet")
    assert result.returncode == 2
    assert "refused" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hits == [] and not db.exists()


def test_jsonl_zip_and_workers_give_the_same_store(tmp_path) -> None:
    import zipfile

    lines = [json.dumps({"text": f"Report {i}\n\nCrews worked in district {i} on Monday.", "published": "2025-07-10",
                         "title": f"Report {i}"}) for i in range(30)]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as archive:
        archive.writestr("x/one.txt", "Protesters marched in Lagos on Monday.")
        archive.writestr("y/batch.jsonl", "\n".join(lines[:5]))
    for workers in ("1", "2"):
        result = run_fake("extract", str(tmp_path / "batch.jsonl"), str(tmp_path / "more.zip"), "--published",
                          "2025-07-11", "--db", str(tmp_path / f"w{workers}.sqlite"), "--workers", workers)
        assert result.returncode == 0, result.stderr
        assert "31 new of 36 articles" in result.stderr
    dumps = [sqlite3.connect(tmp_path / f"w{w}.sqlite").execute(
        "SELECT id, article_id, data FROM events ORDER BY id").fetchall() for w in ("1", "2")]
    assert dumps[0] == dumps[1] and len(dumps[0]) == 30 * 2 + 1


@pytest.mark.parametrize("args, words", [
    (["--workers", "0"], "at least 1"),
    (["--workers", "two"], "whole number"),
    (["--scheduler", "tcp://10.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "spark"], "invalid choice"),
])
def test_bad_engine_options(tmp_path, args, words) -> None:
    (tmp_path / "a.txt").write_text("Police arrested 14 people in Nairobi on Tuesday.", encoding="utf-8")
    result = run_fake("extract", str(tmp_path / "a.txt"), "--published", "2025-07-10", *args)
    assert result.returncode == 2 and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
