"""Hostile HTTP servers on 127.0.0.1 for the fetch tests and ``benchmarks/hostile.py``: each
connection gets a scripted answer written straight to the socket (slow headers, a body a
byte at a time, compression bombs), which ``http.server`` cannot send. And a CSV file read
as a spreadsheet reads it (:func:`spreadsheet_cells`), to find cells it would run.

>>> server = ScriptedServer(send_body(b"<p>hello</p>"))
>>> import urllib.request
>>> urllib.request.urlopen(server.url()).read()
b'<p>hello</p>'
>>> server.close()
"""
from __future__ import annotations

import csv
import io
import socket
import threading
import time
import zlib
from collections.abc import Callable

Script = Callable[[socket.socket], None]


class ScriptedServer:
    """A TCP server answering every connection with ``script(connection)`` (after reading
    the request's first bytes); it counts the connections it got."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.settimeout(5)
                connection.recv(65536)
                self.script(connection)
            except OSError:  # the client gave up: that is what these servers wait for
                pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._listener.close()


def drip_headers(interval: float, *, seconds: float | None = None) -> Script:
    """The status line, then a header one byte every ``interval`` seconds, for ``seconds``
    (None: until the client leaves)."""
    def script(connection: socket.socket) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
        stop = None if seconds is None else time.monotonic() + seconds
        while stop is None or time.monotonic() < stop:
            time.sleep(interval)
            connection.sendall(b"a")
    return script


def drip_body(interval: float, length: int = 100_000) -> Script:
    """Whole headers at once, then the body one byte every ``interval`` seconds."""
    def script(connection: socket.socket) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                           + f"Content-Length: {length}\r\n\r\n".encode())
        for _ in range(length):
            time.sleep(interval)
            connection.sendall(b"a")
    return script


def send_body(body: bytes, headers: dict[str, str] | None = None, content_type: str = "text/html") -> Script:
    """A complete 200 response with ``body`` as it is (already compressed, if it says so)."""
    head = {"Content-Type": content_type, "Content-Length": str(len(body)), "Connection": "close",
            **(headers or {})}
    message = "HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n"

    def script(connection: socket.socket) -> None:
        connection.sendall(message.encode("latin-1") + body)
    return script


def gzip_of_zeros(size: int, *, layers: int = 1) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times, made a megabyte at a time (4 GiB of
    zeros is 4 MB gzipped once and about 7 kB twice)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = []
    left = size
    while left > 0:
        parts.append(packer.compress(block[:min(left, len(block))]))
        left -= len(block)
    data = b"".join(parts) + packer.flush()
    for _ in range(layers - 1):
        packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        data = packer.compress(data) + packer.flush()
    return data


FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cells(data: bytes) -> list[list[float | str | tuple[str, str]]]:
    """The cells as a spreadsheet reads a CSV file: a cell that reads as a number is a
    number; other text is a formula when, its leading spaces aside, it starts with = + - @
    (or a tab or carriage return), and is kept as ``("formula", text)``."""
    rows = []
    for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
        cells: list[float | str | tuple[str, str]] = []
        for text in row:
            try:
                cells.append(float(text))
            except ValueError:
                formula = text.startswith(FORMULA_FIRST) or text.lstrip().startswith(FORMULA_FIRST)
                cells.append(("formula", text) if formula else text)
        rows.append(cells)
    return rows
