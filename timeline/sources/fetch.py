"""Fetching articles from the web, refusing requests to the machine's own network (SSRF).

Every connection goes to an address this module resolved and checked itself: loopback,
private, link-local (cloud metadata at 169.254.169.254 included), shared, reserved and
multicast addresses are refused before a socket is opened, on the first request and on
every redirect. The checked IP is the one connected to (no second DNS lookup an attacker
could answer differently), while the Host header and TLS SNI keep the URL's host name.
Responses are capped in size and time, must have a text/HTML (or, for feeds, XML)
content type, and transient failures (timeouts, 429, 502-504) are retried a bounded
number of times with a polite back-off. ``allow`` names hosts the user trusts explicitly
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
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx

from timeline.errors import InputError
from timeline.model import Article

logger = logging.getLogger(__name__)

USER_AGENT = "timeline-ingest/1.0 (news event extraction; one request at a time)"
MAX_BYTES = 5_000_000  # a news page is far smaller; a feed too
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


def address_refusal(address: Address) -> str | None:
    """What kind of non-public address this is (None for a public one)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
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


def resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` resolves to (an IP literal is itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]").split("%")[0])]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})") from None
    addresses: list[Address] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_url(url: str, policy: HostPolicy) -> list[Address]:
    """Refuse a URL that is not http(s) or whose host is not public; return its checked addresses."""
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
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    for address in addresses:
        why = policy.refusal(host, address)
        if why:
            literal = str(address) == host.strip("[]")
            where = f"{host} is {why}" if literal else f"{host} resolves to {address}, {why}"
            raise UnsafeURLError(f"refused {url}: {where} (use --allow-host {host.strip('[]')} to trust it)")
    return addresses


class _CheckedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses the policy accepts.

    httpcore passes the URL's host here and uses it for SNI and certificate checks itself;
    this backend resolves it, checks every address, and connects to a checked one.
    """

    def __init__(self, policy: HostPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        addresses = check_url(f"http://{_bracket(host)}:{port}/", self.policy)
        failures: list[Exception] = []
        for address in addresses:
            try:
                return super().connect_tcp(str(address), port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)
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

    def __init__(self, policy: HostPolicy) -> None:
        super().__init__(retries=0, trust_env=False)
        self._pool.close()  # httpx's own pool, replaced by one over the checking backend
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context(),
                                             max_connections=4, network_backend=_CheckedBackend(policy), retries=0)


def fetch(url: str, *, allow: Iterable[str] = (), accept: Iterable[str] = HTML_TYPES + FEED_TYPES,
          max_bytes: int = MAX_BYTES, timeout: float = TOTAL_TIMEOUT_S, retries: int = RETRIES) -> Fetched:
    """GET ``url`` safely (see the module docstring); raise :class:`FetchError` when it fails."""
    policy = HostPolicy(allow)
    check_url(url, policy)  # before any client exists: a refused URL sends nothing
    accept = tuple(accept)
    deadline = time.monotonic() + timeout
    client = httpx.Client(transport=_CheckedTransport(policy), follow_redirects=False, trust_env=False,
                          timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
                          headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"})
    with client:
        current = url
        redirects = 0
        attempt = 0
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: gave up after {timeout:.0f} s")
            try:
                outcome = _get(client, current, accept=accept, max_bytes=max_bytes, deadline=deadline)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
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
                check_url(current, policy)  # the connection check runs again too
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
        body = bytearray()
        for chunk in response.iter_bytes():  # decoded (gzip) bytes: a compressed bomb is capped too
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(f"{url}: larger than {max_bytes // 1_000_000} MB")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: download too slow, gave up")
        return media_type, response.charset_encoding, bytes(body)


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
