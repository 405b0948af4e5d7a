"""Fetching articles from the web, refusing requests to the machine's own network (SSRF).

Every connection goes to an address this module resolved and checked itself: loopback,
private, link-local (cloud metadata at 169.254.169.254 included), shared, reserved and
multicast addresses are refused before a socket is opened, on the first request and on
every redirect. The checked IP is the one connected to (no second DNS lookup an attacker
could answer differently), while the Host header and TLS SNI keep the URL's host name.
Responses are capped in size and time, must have a text/HTML (or, for feeds, XML)
content type, and transient failures (timeouts, 429, 502-504) are retried a bounded
number of times with a polite back-off. The size cap counts decoded bytes: a compressed
body (one layer of gzip or deflate; stacked encodings are refused) is inflated a bounded
piece at a time and reading stops at the cap. The time cap is one deadline for the whole
document: name resolution, connecting, TLS, every read and write of headers and body, on
every redirect and retry, each waits at most until the deadline (a server that sends
one byte at a time cannot stretch it). An address with an IPv4 address inside (IPv4-mapped,
6to4, Teredo, NAT64) is judged by that IPv4 address too. ``allow`` names hosts the user trusts explicitly
(``--allow-host``): a name, an IP address or a network such as ``10.0.0.0/8``.

>>> try:
...     fetch_article("http://127.0.0.1/story.html")
... except UnsafeURLError as exc:
...     print(exc)
refused http://127.0.0.1/story.html: 127.0.0.1 is a loopback address (use --allow-host 127.0.0.1 to trust it)
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx

from timeline.errors import InputError
from timeline.model import Article

logger = logging.getLogger(__name__)

USER_AGENT = "timeline-ingest/1.0 (news event extraction; one request at a time)"
MAX_BYTES = 5_000_000  # a news page is far smaller; a feed too (decoded bytes)
DECODE_PIECE = 64 * 1024  # compressed bodies are inflated this many bytes at a time
MAX_REDIRECTS = 5
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 15.0
TOTAL_TIMEOUT_S = 45.0  # for one document, redirects and retries included
RETRIES = 2
BACKOFF_S = 1.0
MAX_RETRY_AFTER_S = 10.0
RETRY_STATUSES = {429, 502, 503, 504}
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")
# Named metadata endpoints are refused even when they resolve to something else.
METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data", "metadata.azure.internal"}
METADATA_ADDRESSES = {ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254",
                                                         "100.100.100.200", "192.0.0.192")}
# IPv6 prefixes whose last 32 bits are an IPv4 address a gateway connects to.
NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215, local use: never public
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d
ENCODINGS = ("gzip", "x-gzip", "deflate")  # what Accept-Encoding offers and this module decodes

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(InputError):
    """A URL that could not be fetched: bad scheme, HTTP error, too big, too slow, wrong type."""


class UnsafeURLError(FetchError):
    """A URL refused before any request: it points at a loopback, private or metadata address."""


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the URL asked for, where it ended up, its type and bytes."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes


class HostPolicy:
    """Which hosts may be connected to: public addresses, plus those explicitly allowed."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.names: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allow:
            entry = entry.strip().lower().strip("[]")
            if not entry:
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.names.add(entry.rstrip("."))

    def allows_name(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.names

    def allows_address(self, address: Address) -> bool:
        return any(address in network for network in self.networks if network.version == address.version)

    def refusal(self, host: str, address: Address) -> str | None:
        """Why connecting to ``address`` (``host`` resolved) is refused, or None when it is fine."""
        if self.allows_name(host) or self.allows_address(address):
            return None
        return address_refusal(address)


def embedded_ipv4(address: Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (IPv4-mapped or -compatible, 6to4, Teredo
    server and client, NAT64's well-known prefix): a gateway may connect to them."""
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    found = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
    if address in NAT64_WELL_KNOWN or (address in IPV4_COMPATIBLE and int(address) > 0xFFFF):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF))
    return [inner for inner in found if inner is not None]


def address_refusal(address: Address) -> str | None:
    """What kind of non-public address this is (None for a public one)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for inner in embedded_ipv4(address):
        why = address_refusal(inner)
        if why:
            return f"{why} (it embeds {inner})"
    if address in NAT64_LOCAL:
        return "not a public address"
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if address.is_unspecified:
        return "not a public address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified or address.is_reserved or not address.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int, *, timeout: float | None = None) -> list[Address]:
    """Every address ``host`` resolves to (an IP literal is itself), within ``timeout`` seconds."""
    try:
        return [ipaddress.ip_address(host.strip("[]").split("%")[0])]
    except ValueError:
        pass
    try:
        infos = _getaddrinfo(host, port, timeout)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})") from None
    addresses: list[Address] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def _getaddrinfo(host: str, port: int, timeout: float | None) -> list:
    """``socket.getaddrinfo``, given up after ``timeout`` seconds (the system resolver has
    no time limit of its own; the lookup left behind ends in its own time, in a daemon thread)."""
    if timeout is None:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    outcome: list = []

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as exc:  # handed to the waiting thread, which raises it
            outcome.append(exc)

    worker = threading.Thread(target=look_up, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(max(timeout, 0.0))
    if not outcome:
        raise FetchError(f"cannot resolve host {host!r} (no answer in time)")
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]


def check_url(url: str, policy: HostPolicy, *, deadline: float | None = None) -> list[Address]:
    """Refuse a URL that is not http(s) or whose host is not public; return its checked addresses
    (its name resolved by ``deadline``, a ``time.monotonic()`` time, when given)."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"refused {url}: only http and https URLs can be fetched")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError(f"{url}: the URL has no host")
    if parts.username or parts.password:
        raise UnsafeURLError(f"refused {url}: URLs with a user name or password are not fetched")
    if host.lower() in METADATA_HOSTS and not policy.allows_name(host):
        raise UnsafeURLError(f"refused {url}: {host} is a cloud metadata host")
    addresses = resolve(host, port, timeout=None if deadline is None else deadline - time.monotonic())
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    for address in addresses:
        why = policy.refusal(host, address)
        if why:
            literal = str(address) == host.strip("[]")
            where = f"{host} is {why}" if literal else f"{host} resolves to {address}, {why}"
            raise UnsafeURLError(f"refused {url}: {where} (use --allow-host {host.strip('[]')} to trust it)")
    return addresses


def _within(timeout: float | None, deadline: float, timeout_error: type[Exception]) -> float:
    """The time a socket operation may wait: its own timeout, cut at the deadline."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise timeout_error("the time for this document ran out")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read, write and TLS handshake ends by one deadline.

    httpcore's own read timeout starts again with each read, so a server sending a byte
    at a time (in the headers or the body) would never meet it."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout=_within(timeout, self._deadline, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout=_within(timeout, self._deadline, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname=server_hostname,
                                        timeout=_within(timeout, self._deadline, httpcore.ConnectTimeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _CheckedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses the policy accepts, and
    only until the deadline (a ``time.monotonic()`` time).

    httpcore passes the URL's host here and uses it for SNI and certificate checks itself;
    this backend resolves it, checks every address, and connects to a checked one.
    """

    def __init__(self, policy: HostPolicy, deadline: float) -> None:
        self.policy = policy
        self.deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        addresses = check_url(f"http://{_bracket(host)}:{port}/", self.policy, deadline=self.deadline)
        failures: list[Exception] = []
        for address in addresses:
            try:
                stream = super().connect_tcp(str(address), port,
                                             timeout=_within(timeout, self.deadline, httpcore.ConnectTimeout),
                                             local_address=local_address, socket_options=socket_options)
                return _DeadlineStream(stream, self.deadline)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failures.append(exc)
        if failures:
            raise failures[-1]
        raise httpcore.ConnectError(f"no address for {host}")


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def ssl_context() -> ssl.SSLContext:
    """Certificates are checked against certifi's CA bundle, for the URL's host name (which
    is also sent as SNI), never for the address connected to."""
    return ssl.create_default_context(cafile=certifi.where())


class _CheckedTransport(httpx.HTTPTransport):
    """httpx's transport over :class:`_CheckedBackend`; never uses proxies from the environment."""

    def __init__(self, policy: HostPolicy, deadline: float) -> None:
        super().__init__(retries=0, trust_env=False)
        self._pool.close()  # httpx's own pool, replaced by one over the checking backend
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context(), max_connections=4,
                                             network_backend=_CheckedBackend(policy, deadline), retries=0)


def fetch(url: str, *, allow: Iterable[str] = (), accept: Iterable[str] = HTML_TYPES + FEED_TYPES,
          max_bytes: int = MAX_BYTES, timeout: float = TOTAL_TIMEOUT_S, retries: int = RETRIES) -> Fetched:
    """GET ``url`` safely (see the module docstring); raise :class:`FetchError` when it fails."""
    policy = HostPolicy(allow)
    deadline = time.monotonic() + timeout
    check_url(url, policy, deadline=deadline)  # before any client exists: a refused URL sends nothing
    accept = tuple(accept)
    client = httpx.Client(transport=_CheckedTransport(policy, deadline), follow_redirects=False, trust_env=False,
                          timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
                          headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1",
                                   "Accept-Encoding": ", ".join(e for e in ENCODINGS if e != "x-gzip")})
    with client:
        current = url
        redirects = 0
        attempt = 0
        while True:
            if time.monotonic() >= deadline:
                raise FetchError(f"{url}: gave up after {timeout:.0f} s")
            try:
                outcome = _get(client, current, accept=accept, max_bytes=max_bytes, deadline=deadline)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                if time.monotonic() >= deadline:
                    raise FetchError(f"{url}: gave up after {timeout:.0f} s") from None
                if attempt >= retries:
                    raise FetchError(f"{current}: {_describe(exc)} (after {attempt + 1} attempts)") from None
                attempt += 1
                _pause(BACKOFF_S * 2 ** (attempt - 1), deadline)
                continue
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # bad encoding, protocol errors: not retried
                raise FetchError(f"{current}: {exc or type(exc).__name__}") from None
            if isinstance(outcome, _Redirect):
                redirects += 1
                if redirects > MAX_REDIRECTS:
                    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
                current = urljoin(current, outcome.location)
                check_url(current, policy, deadline=deadline)  # the connection check runs again too
                continue
            if isinstance(outcome, _Retry):
                if attempt >= retries:
                    raise FetchError(f"{current}: HTTP {outcome.status} (after {attempt + 1} attempts)")
                attempt += 1
                _pause(outcome.wait if outcome.wait is not None else BACKOFF_S * 2 ** (attempt - 1), deadline)
                continue
            return Fetched(url=url, final_url=current, content_type=outcome[0], charset=outcome[1], body=outcome[2])


@dataclass
class _Redirect:
    location: str


@dataclass
class _Retry:
    status: int
    wait: float | None


def _get(client: httpx.Client, url: str, *, accept: tuple[str, ...], max_bytes: int,
         deadline: float) -> _Redirect | _Retry | tuple[str, str | None, bytes]:
    with client.stream("GET", url) as response:
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"{url}: HTTP {status} redirect without a Location")
            return _Redirect(location)
        if status in RETRY_STATUSES:
            return _Retry(status, _retry_after(response.headers.get("retry-after")))
        if status >= 400:
            raise FetchError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip())
        if status != 200:
            raise FetchError(f"{url}: unexpected HTTP {status}")
        content_type = response.headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if media_type not in accept:
            raise FetchError(f"{url}: content type {media_type or 'missing'!r} is not an article or a feed")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"{url}: larger than {max_bytes // 1_000_000} MB")
        decoder = _decoder(url, response.headers.get("content-encoding", ""))
        body = bytearray()
        received = 0
        # Raw bytes, inflated here a bounded piece at a time: httpx's own decoding inflates
        # a whole network read at once (gigabytes from a few kilobytes of stacked gzip).
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > max_bytes:
                raise FetchError(f"{url}: larger than {max_bytes // 1_000_000} MB")
            for piece in decoder.feed(chunk):
                body += piece
                if len(body) > max_bytes:
                    raise FetchError(f"{url}: larger than {max_bytes // 1_000_000} MB (decompressed)")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: download too slow, gave up")
        return media_type, response.charset_encoding, bytes(body)


class _Inflater:
    """A gzip or deflate body inflated at most :data:`DECODE_PIECE` bytes at a time (a
    gzip body may hold several members, one after another; each is inflated the same way).
    Without an encoding it passes the bytes on."""

    def __init__(self, url: str, encoding: str | None) -> None:
        self.url = url
        self.encoding = encoding
        self._inflate = self._new() if encoding else None
        self._started = False

    def _new(self, raw_deflate: bool = False):
        if self.encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        return zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inflate is None:
            yield data
            return
        try:
            yield from self._pieces(data)
        except zlib.error as exc:
            raise FetchError(f"{self.url}: the body is not valid {self.encoding} ({exc})") from None

    def _pieces(self, data: bytes) -> Iterator[bytes]:
        if self.encoding == "deflate" and not self._started and data:
            self._started = True
            # "deflate" is zlib-wrapped by the standard, bare in some servers
            if not (len(data) > 1 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0):
                self._inflate = self._new(raw_deflate=True)
        while True:
            piece = self._inflate.decompress(data, DECODE_PIECE)
            if piece:
                yield piece
            data = self._inflate.unconsumed_tail
            if self._inflate.eof:
                rest = self._inflate.unused_data + data
                if not rest.startswith(b"\x1f\x8b") or self.encoding == "deflate":
                    return  # padding or trailing bytes after the body, ignored as browsers do
                self._inflate, data = self._new(), rest  # the next gzip member
                continue
            if not data and len(piece) < DECODE_PIECE:
                return  # all input taken, no output held back
            # more input left, or output held back by the piece limit: go on


def _decoder(url: str, header: str) -> _Inflater:
    """The inflater for a Content-Encoding header: none, gzip or deflate; more than one
    encoding (``gzip, gzip``: a bomb inside a bomb) or any other is refused."""
    encodings = [part.strip().lower() for part in header.split(",") if part.strip()]
    encodings = [e for e in encodings if e != "identity"]
    if len(encodings) > 1:
        raise FetchError(f"{url}: the body is encoded more than once ({header.strip()}); refused")
    if encodings and encodings[0] not in ENCODINGS:
        raise FetchError(f"{url}: unsupported content encoding {encodings[0]!r}")
    return _Inflater(url, encodings[0] if encodings else None)


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return min(float(value.strip()), MAX_RETRY_AFTER_S)
    return None


def _pause(seconds: float, deadline: float) -> None:
    seconds = min(seconds, max(0.0, deadline - time.monotonic()))
    if seconds > 0:
        time.sleep(seconds)


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return f"connection failed ({exc})" if str(exc) else "connection failed"


def decode_body(fetched: Fetched) -> str:
    """The document as text: its declared charset, else UTF-8, else Windows-1252."""
    from timeline.sources.ingest import decode

    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            logger.info("%s: declared charset %s does not decode; guessing", fetched.url, fetched.charset)
    return decode(fetched.body, name=fetched.url)


def fetch_article(url: str, *, published: dt.date | dt.datetime | str | None = None,
                  allow: Iterable[str] = (), source: str | None = None) -> Article:
    """The article at ``url``: main text, title and publication date (``published`` wins over
    the page's metadata). Raises :class:`UnsafeURLError` for a refused address and
    :class:`FetchError`/:class:`InputError` for anything else that goes wrong.
    """
    fetched = fetch(url, allow=allow, accept=HTML_TYPES)
    return article_from_fetched(fetched, published=published, source=source)


def article_from_fetched(fetched: Fetched, *, published: dt.date | dt.datetime | str | None = None,
                         source: str | None = None) -> Article:
    """An :class:`Article` from a fetched HTML or plain-text document."""
    from timeline.errors import PublicationDateError
    from timeline.sources.ingest import from_html, from_text

    text = decode_body(fetched)
    source = source or urlsplit(fetched.final_url).hostname
    if fetched.content_type == "text/plain":
        if published is None:
            raise PublicationDateError(f"{fetched.url}: a plain-text page has no publication date; give it (YYYY-MM-DD)")
        return from_text(text, published=published, url=fetched.final_url, source=source)
    return from_html(text, published=published, url=fetched.final_url, source=source)
