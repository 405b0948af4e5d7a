"""RSS and Atom feeds: each entry's link fetched as an article, dated by the entry.

The feed itself and every entry's page go through :mod:`timeline.sources.fetch` (address checks,
size and time caps). feedparser only ever sees bytes, so it never fetches anything
itself. An entry's publication date is its ``published`` (else ``updated``) date; when
the entry has none, the date given by the user, else the page's own metadata. An entry
without a link is read from its content when that is a whole article. Entries that fail
are skipped and reported (:attr:`FeedArticles.skipped`); a feed none of whose entries
can be read is an error.

>>> feed = b'''<rss version="2.0"><channel><title>Demo</title><item><title>Floods</title>
... <pubDate>Tue, 08 Jul 2025 10:00:00 GMT</pubDate><description>Rivers burst their banks
... in Porto Alegre on Sunday and thousands of residents left their homes for shelters
... run by the state.</description></item></channel></rss>'''
>>> result = articles_from_feed(feed, feed_url="https://example.org/rss", fetch_entry=None)
>>> [(a.title, a.published.isoformat()) for a in result.articles]
[('Floods', '2025-07-08')]
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.errors import InputError, PublicationDateError
from timeline.model import Article
from timeline.sources.fetch import FEED_TYPES, HTML_TYPES, Fetched, FetchError, article_from_fetched, fetch
from timeline.sources.ingest import check_text
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)

MAX_ENTRIES = 500
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)

EntryFetcher = Callable[[str, "dt.date | None"], Article]


@dataclass
class FeedArticles:
    """The articles read from a feed and the entries that could not be read (link, reason)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def is_feed(fetched: Fetched) -> bool:
    """A feed by its content type, or by its first element when served as HTML or XML."""
    if fetched.content_type in FEED_TYPES and fetched.content_type not in ("application/xml", "text/xml"):
        return True
    return bool(_FEED_SNIFF.search(fetched.body[:2048]))


def read_url(url: str, *, published: dt.date | dt.datetime | str | None = None, allow: Iterable[str] = (),
             max_entries: int = MAX_ENTRIES) -> FeedArticles:
    """The article at ``url``, or every article of the feed at ``url``."""
    allow = tuple(allow)
    fetched = fetch(url, allow=allow, accept=HTML_TYPES + FEED_TYPES)
    if not is_feed(fetched):
        return FeedArticles(articles=[article_from_fetched(fetched, published=published)])

    def fetch_entry(link: str, day: dt.date | None) -> Article:
        page = fetch(link, allow=allow, accept=HTML_TYPES)
        return article_from_fetched(page, published=day)

    return articles_from_feed(fetched.body, feed_url=fetched.final_url, published=published,
                              fetch_entry=fetch_entry, max_entries=max_entries)


def articles_from_feed(data: bytes, *, feed_url: str, published: dt.date | dt.datetime | str | None = None,
                       fetch_entry: EntryFetcher | None, max_entries: int = MAX_ENTRIES) -> FeedArticles:
    """Articles from a feed's bytes; ``fetch_entry(link, date)`` reads an entry's page
    (None: use only the entries' own content, as the tests and the fuzzer do)."""
    import feedparser

    if not isinstance(data, bytes):
        raise InputError(f"{feed_url}: a feed is read from bytes")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"{feed_url}: no entries in this feed" + (f" ({_short(reason)})" if reason else ""))
    if len(entries) > max_entries:
        logger.warning("%s: %d entries, reading the first %d", feed_url, len(entries), max_entries)
        entries = entries[:max_entries]
    fallback = parse_published(published) if published else None
    result = FeedArticles()
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        link = _text(entry.get("link"))
        label = link or f"{feed_url} entry {number}"
        try:
            day = _entry_date(entry) or fallback
            if link and fetch_entry is not None:
                if link in seen:
                    continue
                seen.add(link)
                article = fetch_entry(link, day)
            else:
                article = _from_content(entry, day=day, feed_url=feed_url, link=link)
            if article.title is None and _text(entry.get("title")):
                article.title = _text(entry.get("title"))
                check_text(article.title, "the entry's title")
            if day is not None and article.published_from == "user":
                article.published_from = "feed"
            result.articles.append(article)
        except InputError as exc:  # FetchError and PublicationDateError included
            # info, not warning: the caller reports FeedArticles.skipped (the CLI once each)
            logger.info("skipped %s: %s", label, exc)
            result.skipped.append((label, str(exc)))
    if not result.articles:
        first = result.skipped[0][1] if result.skipped else "no readable entries"
        raise InputError(f"{feed_url}: none of its {len(entries)} entries could be read (first: {first})")
    return result


def _from_content(entry: dict, *, day: dt.date | None, feed_url: str, link: str | None) -> Article:
    from timeline.sources.ingest import from_html

    content = entry.get("content") or []
    body = _text(content[0].get("value")) if content and isinstance(content[0], dict) else None
    body = body or _text(entry.get("summary"))
    if not body:
        raise InputError("the entry has no link and no content")
    title = _text(entry.get("title"))
    check_text(title, "the entry's title")
    page = f"<html><head><title>{_escape(title or '')}</title></head><body><article>" \
           f"{'<h1>' + _escape(title) + '</h1>' if title else ''}<p>{body}</p></article></body></html>"
    if day is None:
        raise PublicationDateError("the entry has no date; give one with --published")
    article = from_html(page, published=day, url=link, source=feed_url)
    if title:
        article.title = title
    return article


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return parse_published(dt.date(value.tm_year, value.tm_mon, value.tm_mday))
            except (ValueError, OverflowError, AttributeError, PublicationDateError) as exc:
                logger.info("entry date %r unusable: %s", value, exc)
    return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(exc: object) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


__all__ = ["FeedArticles", "FetchError", "articles_from_feed", "is_feed", "read_url"]
