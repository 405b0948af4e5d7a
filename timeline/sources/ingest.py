"""Turning user input (pasted text, .txt and .html files) into :class:`Article` records.

HTML goes through trafilatura for the main text, the title and the publication date from
the page's metadata. The publication date comes from the user first, else from the HTML
metadata; when neither gives one a :class:`PublicationDateError` asks for it. Nothing here
ever falls back to today's date. Every string an article carries must be storable as
UTF-8 (:func:`check_text`): a lone surrogate, which a JSON escape such as ``"\\udfff"`` can
make, is refused here rather than failing the store's write later; a file name that is
not UTF-8 is shown with U+FFFD in its place (:func:`readable_name`). An article's address
tells its source's numeric date order (:func:`source_day_first`: "bbc.co.uk" writes the day
first, "nytimes.com" the month).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from timeline.errors import InputError, PublicationDateError
from timeline.model import Article
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
MAX_BYTES = 20_000_000
MIN_ARTICLE_WORDS = 8  # fewer words of main text is navigation, not an article
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FOREIGN = re.compile("[^\x00-\x7f\ufffd]")  # non-ASCII characters other than U+FFFD


def check_text(value: str | None, what: str) -> None:
    """Refuse a string that cannot be stored as UTF-8 (it holds a lone surrogate)."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    found = _SURROGATE.search(value)
    if found:
        raise InputError(f"{what} is not valid Unicode text (a lone surrogate U+{ord(found.group()):04X} "
                         f"at character {found.start()})")


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that were not UTF-8 (which
    Python keeps as lone surrogates) become U+FFFD."""
    try:
        return os.fsencode(name).decode("utf-8", "replace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", name)


def from_text(text: str, *, published: dt.date | dt.datetime | str | None, title: str | None = None,
              url: str | None = None, source: str | None = "pasted") -> Article:
    """An article from plain text. A first line on its own (no final stop) is the headline.

    >>> from_text("Flood in Porto Alegre\\n\\nRivers rose on Tuesday.", published="2025-07-10").title
    'Flood in Porto Alegre'
    """
    text = _clean_text(text)
    day = parse_published(published)
    for value, what in ((title, "the title"), (url, "the URL"), (source, "the source name")):
        check_text(value, what)
    if title is None:
        title = _headline(text)
    else:
        title = _CONTROL.sub(" ", title).strip() or None
    if url is not None:
        url = _CONTROL.sub("", url).strip() or None
    return Article(text=text, published=day, title=title, url=url, source=source)


def from_html(html: str | bytes, *, published: dt.date | dt.datetime | str | None = None,
              url: str | None = None, source: str | None = None) -> Article:
    """An article from an HTML page: main text, title and metadata date through trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text or "").strip() if document is not None else ""
    if len(re.findall(r"[^\W\d_]{2,}", text)) < MIN_ARTICLE_WORDS:
        raise InputError(f"{source or 'the HTML page'}: no article text found in the HTML")
    title = (document.title or "").strip() or None
    page_date = document.date if document is not None else None
    published_from = "user"
    if published is None or (isinstance(published, str) and not published.strip()):
        if not page_date:
            raise PublicationDateError(
                f"{source or 'the HTML page'}: the page gives no publication date; enter it (YYYY-MM-DD)")
        published, published_from = page_date, "metadata"
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    article = from_text(text, published=published, title=title, url=url or (document.url if document else None),
                        source=source or (document.sitename if document else None))
    article.published_from = published_from
    return article


def decode(data: bytes, *, name: str = "the file") -> str:
    """Decode bytes as text (UTF-8, UTF-16 with a BOM, then Windows-1252); refuse binary data.

    UTF-8 text with a few invalid bytes stays UTF-8, each bad byte replaced by U+FFFD (and
    a warning says how many); Windows-1252 is for text with no UTF-8 sequences in it."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // 1_000_000} MB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name} starts like UTF-16 text but is not valid UTF-16") from None
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} is a binary file, not text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _mostly_utf8(data, name)
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t")
    if control > len(sample) * 0.01:
        raise InputError(f"{name} looks like a binary file, not text or HTML")
    return text


def _mostly_utf8(data: bytes, name: str) -> str:
    """Text that is not valid UTF-8: UTF-8 with replacement characters when it holds more
    well-formed UTF-8 characters than bad bytes, else Windows-1252."""
    text = data.decode("utf-8-sig", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if len(_FOREIGN.findall(text)) >= bad:
        logger.warning("%s: %d byte(s) are not valid UTF-8; read as UTF-8 with U+FFFD in their place", name, bad)
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{name} cannot be decoded as text (not UTF-8 or Windows-1252)") from None


def from_upload(name: str, data: bytes, *, published: dt.date | dt.datetime | str | None = None,
                url: str | None = None) -> Article:
    """An article from a file's name and bytes (.txt or .html; HTML is also sniffed)."""
    name = readable_name(name)
    text = decode(data, name=name)
    source = os.path.basename(name)
    if name.lower().endswith(HTML_SUFFIXES) or _HTML_SNIFF.match(data[:512]):
        return from_html(text, published=published, url=url, source=source)
    if not name.lower().endswith(TEXT_SUFFIXES) and "." in source:
        raise InputError(f"{source}: only .txt and .html files can be read")
    if published is None:
        raise PublicationDateError(f"{source}: a text file has no publication date; give it (YYYY-MM-DD)")
    return from_text(text, published=published, url=url, source=source)


def read_file(path: str | os.PathLike[str], *, published: dt.date | dt.datetime | str | None = None) -> Article:
    """An article from a .txt or .html file on disk."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return from_upload(str(path), path.read_bytes(), published=published)


def _clean_text(text: str) -> str:
    if not isinstance(text, str):
        raise InputError("article text must be a string")
    check_text(text, "the article text")
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise InputError("the article text is empty")
    if not re.search(r"[^\W\d_]{2}", text):
        raise InputError("the article text has no words")
    return text


def _headline(text: str) -> str | None:
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first) <= 200 and not first.endswith((".", "?", "!", ":", ";", ",")):
        return first
    return None


#: The top-level domains of sources that write the day first: the United Kingdom and Ireland,
#: the Commonwealth, Europe, Latin America, Africa, the Middle East and South Asia; the
#: United States writes the month first (.us, .gov, .mil), as mostly does the Philippines
#: (.ph), and East Asia and Hungary write year, month, day (.jp, .cn, .kr, .tw, .hu): the month
#: before the day too; Canada's English press (.ca) is undecided, and generic domains (.com,
#: .org) say nothing.
_MONTH_FIRST_TLDS = frozenset("us gov mil ph fm jp cn kr tw hu".split())
_UNDECIDED_TLDS = frozenset("com org net info biz io co ca int edu news tv me ly cc app online site".split())
#: Generic-domain outlets known to write the day first.
_DAY_FIRST_HOSTS = frozenset("""bbc.com bbc.co.uk theguardian.com aljazeera.com france24.com dw.com euronews.com
independent.co.uk telegraph.co.uk ft.com economist.com rfi.fr thehindu.com hindustantimes.com dawn.com
scmp.com straitstimes.com theconversation.com abc.net.au news.sky.com""".split())


#: Generic-domain outlets known to write the month first (American papers, agencies and networks):
#: their dates keep the month first wherever the story is set ("the arrests in Leeds on 01/03/2026"
#: in an American paper are of 3 January).
_MONTH_FIRST_HOSTS = frozenset("""nytimes.com washingtonpost.com wsj.com usatoday.com latimes.com apnews.com
cnn.com foxnews.com nbcnews.com cbsnews.com abcnews.go.com npr.org politico.com bloomberg.com nypost.com
chicagotribune.com bostonglobe.com voanews.com""".split())


def source_day_first(url: str | None) -> bool | None:
    """Whether a source writes numeric dates day first, by its address (what extraction passes
    :func:`timeline.dates.find_dates` as ``day_first``): True for a British,
    European or other day-first country's domain ("https://www.bbc.co.uk/news/...",
    "lemonde.fr"), False for an American one (".gov", ".us", a known American outlet such as
    "nytimes.com"), None when the address says nothing (another ".com", no address)."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/")[0].split(":")[0]
    host = host[4:] if host.startswith("www.") else host
    if not host or "." not in host:
        return None
    if host in _DAY_FIRST_HOSTS or any(host.endswith("." + h) for h in _DAY_FIRST_HOSTS):
        return True
    if host in _MONTH_FIRST_HOSTS or any(host.endswith("." + h) for h in _MONTH_FIRST_HOSTS):
        return False
    tld = host.rsplit(".", 1)[1]
    if tld in _MONTH_FIRST_TLDS:
        return False
    if tld in _UNDECIDED_TLDS or not tld.isalpha() or len(tld) != 2:
        return None
    return True
