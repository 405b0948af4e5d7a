"""URL and feed fetching against a real HTTP server on 127.0.0.1 (allowed explicitly), and
the address checks that must refuse everything local before any connection is made."""
from __future__ import annotations

import datetime as dt
import gzip
import http.server
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import pytest

from timeline.errors import InputError, PublicationDateError
from timeline.sources import fetch as fetch_module
from timeline.sources.feeds import read_url
from timeline.sources.fetch import FetchError, UnsafeURLError, fetch, fetch_article
from tests.hostile import ScriptedServer, drip_body, drip_headers, gzip_of_zeros, send_body

PAGE = """<!doctype html><html><head><title>Flood in Porto Alegre | Demo Wire</title>
<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Flood in Porto Alegre {n}</h1>
<p>Rivers burst their banks in Porto Alegre on Sunday, forcing thousands of residents from their homes.</p>
<p>The state governor said rescue teams had reached most of the flooded districts by Monday morning.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Demo Wire</title>
<item><title>One</title><link>{base}/article/1</link><pubDate>Tue, 08 Jul 2025 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>{base}/article/2</link><pubDate>Wed, 09 Jul 2025 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link><pubDate>Wed, 09 Jul 2025 11:00:00 GMT</pubDate></item>
</channel></rss>"""


class Site:
    """Routes of the test server, and every request it received (path, Host header)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.flaky = 0  # answer 503 this many times first
        self.base = ""

    def respond(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path
        self.requests.append((path, handler.headers.get("Host", "")))
        if self.flaky > 0:
            self.flaky -= 1
            return self._send(handler, 503, b"busy", "text/plain", {"Retry-After": "0"})
        if path.startswith("/article/"):
            return self._send(handler, 200, PAGE.format(n=path.rsplit("/", 1)[-1]).encode(), "text/html; charset=utf-8")
        if path == "/feed.xml":
            return self._send(handler, 200, FEED.format(base=self.base).encode(), "application/rss+xml")
        if path == "/redirect-local":
            port = handler.server.server_address[1]
            return self._send(handler, 302, b"", "text/plain", {"Location": f"http://127.0.0.2:{port}/article/9"})
        if path == "/redirect-ok":
            return self._send(handler, 301, b"", "text/plain", {"Location": "/article/7"})
        if path == "/huge":
            return self._send(handler, 200, b"<p>" + b"word " * 1_300_000 + b"</p>", "text/html")
        if path == "/bomb":
            body = gzip.compress(b"<p>" + b"a" * 12_000_000)
            return self._send(handler, 200, body, "text/html", {"Content-Encoding": "gzip"})
        if path == "/badgzip":
            return self._send(handler, 200, b"not gzip at all", "text/html", {"Content-Encoding": "gzip"})
        if path == "/loop":
            return self._send(handler, 302, b"", "text/plain", {"Location": "/loop"})
        if path == "/image":
            return self._send(handler, 200, b"\x89PNG\r\n", "image/png")
        if path == "/slow":
            time.sleep(1.5)
            return self._send(handler, 200, PAGE.format(n="slow").encode(), "text/html")
        return self._send(handler, 404, b"not here", "text/plain")

    @staticmethod
    def _send(handler, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            state.respond(self)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


LOCAL = ["127.0.0.1"]


def test_article_from_an_allowed_local_server(site) -> None:
    article = fetch_article(f"{site.base}/article/1", allow=LOCAL)
    assert article.title.startswith("Flood in Porto Alegre")
    assert article.published == dt.date(2024, 5, 6) and article.published_from == "metadata"
    assert "Rivers burst their banks" in article.text
    assert article.url == f"{site.base}/article/1"


def test_user_date_wins_over_page_metadata(site) -> None:
    assert fetch_article(f"{site.base}/article/1", allow=LOCAL, published="2024-05-07").published == dt.date(2024, 5, 7)


@pytest.mark.parametrize("url, words", [
    ("http://127.0.0.1:{port}/article/1", "127.0.0.1 is a loopback address"),
    ("http://localhost:{port}/article/1", "localhost resolves to"),
    ("http://10.1.2.3/article", "10.1.2.3 is a private address"),
    ("http://192.168.0.10/", "private address"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
    ("http://[::1]:{port}/article/1", "::1 is a loopback address"),
    ("http://[::ffff:127.0.0.1]/", "loopback address"),
    ("http://[fd00:ec2::254]/", "cloud metadata address"),
    ("http://0.0.0.0:{port}/", "not a public address"),
    ("http://2130706433:{port}/", "loopback"),  # 127.0.0.1 written as one number
    ("http://metadata.google.internal/computeMetadata/v1/", "metadata host"),
    ("ftp://example.org/file", "only http and https"),
    ("http://user:pw@example.org/", "user name or password"),
    # IPv6 forms with a local IPv4 address inside: 6to4, NAT64, IPv4-compatible, Teredo
    ("http://[2002:7f00:1::]/", "loopback address \\(it embeds 127.0.0.1\\)"),
    ("http://[2002:a9fe:a9fe::1]/", "metadata address \\(it embeds 169.254.169.254\\)"),
    ("http://[64:ff9b::7f00:1]/", "loopback address \\(it embeds 127.0.0.1\\)"),
    ("http://[64:ff9b::a00:1]/", "private address \\(it embeds 10.0.0.1\\)"),
    ("http://[64:ff9b:1::808:808]/", "not a public address"),
    ("http://[::7f00:1]/", "embeds 127.0.0.1"),
    ("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "loopback address \\(it embeds 127.0.0.1\\)"),
])
def test_local_addresses_are_refused_before_any_connection(site, monkeypatch, url, words) -> None:
    def no_connection(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", no_connection)
    monkeypatch.setattr(socket.socket, "connect", no_connection)
    port = site.base.rsplit(":", 1)[1]
    with pytest.raises(UnsafeURLError, match=words):
        fetch_article(url.format(port=port))
    assert site.requests == []


def test_a_name_is_checked_after_resolution(monkeypatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 80))])
    with pytest.raises(UnsafeURLError, match="news.example.com resolves to 10.0.0.5, a private address"):
        fetch("http://news.example.com/story")


def test_the_checked_address_is_connected_to_and_the_host_name_kept(site, monkeypatch) -> None:
    port = int(site.base.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    looked_up = []

    def fake_dns(host, *args, **kwargs):
        looked_up.append(host)
        if host == "news.example.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    fetched = fetch(f"http://news.example.test:{port}/article/3", allow=["news.example.test"])
    assert b"Porto Alegre" in fetched.body
    assert site.requests == [("/article/3", f"news.example.test:{port}")]
    # the name is resolved only by the checks; the socket is opened on the checked IP itself
    assert set(looked_up) == {"news.example.test", "127.0.0.1"} and looked_up[-1] == "127.0.0.1"


def test_every_redirect_is_checked(site) -> None:
    ok = fetch(f"{site.base}/redirect-ok", allow=LOCAL)
    assert ok.final_url.endswith("/article/7")
    with pytest.raises(UnsafeURLError, match="127.0.0.2 is a loopback address"):
        fetch(f"{site.base}/redirect-local", allow=LOCAL)
    assert [path for path, _ in site.requests] == ["/redirect-ok", "/article/7", "/redirect-local"]


@pytest.mark.parametrize("path, words", [
    ("/huge", "larger than 5 MB"),
    ("/bomb", "larger than 5 MB"),
    ("/image", "content type 'image/png'"),
    ("/missing", "HTTP 404"),
    ("/badgzip", "/badgzip: "),
    ("/loop", "more than 5 redirects"),
])
def test_caps_and_content_checks(site, path, words) -> None:
    with pytest.raises(FetchError, match=words):
        fetch_article(f"{site.base}{path}", allow=LOCAL)


def test_time_cap(site, monkeypatch) -> None:
    monkeypatch.setattr(fetch_module, "READ_TIMEOUT_S", 0.3)
    monkeypatch.setattr(fetch_module, "BACKOFF_S", 0.01)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{site.base}/slow", allow=LOCAL, retries=1)
    assert time.monotonic() - started < 3


def test_transient_errors_are_retried_a_bounded_number_of_times(site, monkeypatch) -> None:
    monkeypatch.setattr(fetch_module, "BACKOFF_S", 0.01)
    site.flaky = 2
    assert fetch(f"{site.base}/article/1", allow=LOCAL, retries=2).body
    assert len(site.requests) == 3
    site.requests.clear()
    site.flaky = 5
    with pytest.raises(FetchError, match="HTTP 503 \\(after 3 attempts\\)"):
        fetch(f"{site.base}/article/1", allow=LOCAL, retries=2)
    assert len(site.requests) == 3


def test_feed_entries_are_fetched_and_dated_by_the_feed(site) -> None:
    result = read_url(f"{site.base}/feed.xml", allow=LOCAL)
    assert [(a.title.split(" | ")[0], a.published) for a in result.articles] == [
        ("Flood in Porto Alegre 1", dt.date(2025, 7, 8)), ("Flood in Porto Alegre 2", dt.date(2025, 7, 9))]
    assert all(a.published_from == "feed" for a in result.articles)
    assert len(result.skipped) == 1 and "HTTP 404" in result.skipped[0][1]


def test_feed_entry_links_are_checked_too(site) -> None:
    from timeline.sources.feeds import articles_from_feed

    feed = FEED.format(base="http://10.9.9.9").encode()

    def fetch_entry(link, day):
        return fetch_article(link, published=day, allow=LOCAL)

    with pytest.raises(InputError, match="none of its 3 entries.*private address"):
        articles_from_feed(feed, feed_url="test", fetch_entry=fetch_entry)


def test_plain_text_pages_need_a_date(site, monkeypatch) -> None:
    fetched = fetch_module.Fetched(url="u", final_url="http://x/a", content_type="text/plain", charset="utf-8",
                                   body=b"Rivers burst their banks in Porto Alegre on Sunday.")
    with pytest.raises(PublicationDateError):
        fetch_module.article_from_fetched(fetched)
    assert fetch_module.article_from_fetched(fetched, published="2024-05-06").published == dt.date(2024, 5, 6)


class _TLSSite:
    """An HTTPS server on 127.0.0.1 whose certificate names ``cert_name``; it records the
    SNI name each handshake sent."""

    def __init__(self, ca, cert_name: str) -> None:
        self.sni: list[str | None] = []
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(cert_name).configure_cert(context)
        context.sni_callback = lambda sock, name, ctx: self.sni.append(name)

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = PAGE.format(n=9).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def tls_ca(monkeypatch):
    """A throwaway CA that fetch trusts instead of certifi's bundle, and DNS that sends
    news.example.test to 127.0.0.1."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()

    def trusting() -> ssl.SSLContext:
        context = ssl.create_default_context()
        ca.configure_trust(context)
        return context

    monkeypatch.setattr(fetch_module, "ssl_context", trusting)
    real = socket.getaddrinfo

    def fake_dns(host, port, *args, **kwargs):
        if host == "news.example.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    return ca


def test_https_sends_the_host_name_as_sni_and_checks_the_certificate_for_it(tls_ca) -> None:
    site = _TLSSite(tls_ca, "news.example.test")
    try:
        fetched = fetch(f"https://news.example.test:{site.port}/article/9", allow=["news.example.test"])
    finally:
        site.close()
    assert b"Porto Alegre 9" in fetched.body
    assert site.sni == ["news.example.test"]  # the name, although the socket went to 127.0.0.1


def test_https_certificate_for_another_name_is_refused(tls_ca) -> None:
    site = _TLSSite(tls_ca, "other.example.test")
    try:
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed|hostname"):
            fetch(f"https://news.example.test:{site.port}/article/9", allow=["news.example.test"], retries=0)
    finally:
        site.close()


# -- compression and time: the caps hold whatever the server does ----------------------

@pytest.fixture
def scripted():
    """Start scripted servers; each is closed at the end of the test."""
    servers: list[ScriptedServer] = []

    def start(script) -> ScriptedServer:
        servers.append(ScriptedServer(script))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def test_stacked_compression_is_refused_before_inflating(scripted) -> None:
    body = gzip_of_zeros(64 << 20, layers=2)  # a few kB that would inflate to 64 MB
    server = scripted(send_body(body, {"Content-Encoding": "gzip, gzip"}))
    with pytest.raises(FetchError, match="encoded more than once"):
        fetch(server.url(), allow=LOCAL)


def test_a_gzip_bomb_is_inflated_in_bounded_pieces(scripted) -> None:
    import tracemalloc

    body = gzip_of_zeros(256 << 20)  # 256 MB of zeros in 250 kB: a network read inflated whole is ~64 MB
    server = scripted(send_body(body, {"Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="larger than 5 MB"):
            fetch(server.url(), allow=LOCAL)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16_000_000, f"peak {peak / 1e6:.0f} MB while refusing a gzip bomb"


@pytest.mark.parametrize("encoding, pack", [
    ("gzip", lambda data: gzip.compress(data)),
    ("deflate", lambda data: __import__("zlib").compress(data)),
    ("deflate", lambda data: __import__("zlib").compress(data)[2:-4]),  # bare deflate, as some servers send
    ("gzip", lambda data: gzip.compress(data[:5000]) + gzip.compress(data[5000:])),  # two gzip members
])
def test_compressed_pages_are_read_whole(scripted, encoding, pack) -> None:
    page = PAGE.format(n="z").encode() * 40
    server = scripted(send_body(pack(page), {"Content-Encoding": encoding}))
    assert fetch(server.url(), allow=LOCAL).body == page


def test_an_unknown_encoding_is_refused(scripted) -> None:
    server = scripted(send_body(b"????", {"Content-Encoding": "br"}))
    with pytest.raises(FetchError, match="unsupported content encoding 'br'"):
        fetch(server.url(), allow=LOCAL)


# (the servers stop after 20 s, so that a regression fails rather than hangs)
@pytest.mark.parametrize("script", [drip_headers(0.2, seconds=20), drip_body(0.2, length=100)],
                         ids=["slow headers", "slow body"])
def test_one_deadline_for_the_whole_request_however_slowly_bytes_come(scripted, script) -> None:
    server = scripted(script)
    started = time.monotonic()
    with pytest.raises(FetchError, match="gave up after 2 s"):
        fetch(server.url(), allow=LOCAL, timeout=2.0)
    assert time.monotonic() - started < 2.5


def test_a_read_timeout_never_stretches_the_deadline(scripted, monkeypatch) -> None:
    # Each byte comes before the read timeout, so only the deadline can end the wait.
    monkeypatch.setattr(fetch_module, "READ_TIMEOUT_S", 1.4)
    server = scripted(drip_body(1.2))
    started = time.monotonic()
    with pytest.raises(FetchError, match="gave up"):
        fetch(server.url(), allow=LOCAL, timeout=1.5)
    assert time.monotonic() - started < 1.9


def test_a_hanging_name_lookup_ends_by_the_deadline(monkeypatch) -> None:
    def slow_dns(*args, **kwargs):
        time.sleep(3)
        raise socket.gaierror("too late")

    monkeypatch.setattr(socket, "getaddrinfo", slow_dns)
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer in time"):
        fetch("http://news.example.test/story", timeout=0.5)
    assert time.monotonic() - started < 1.0
