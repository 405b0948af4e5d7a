"""Property-based tests (hypothesis): whatever the input, ingestion gives an article or a
:class:`TimelineError` with a one-line message, never another exception; the store stays
idempotent; URL checks never open a connection to a refused address."""
from __future__ import annotations

import datetime as dt
import io
import ipaddress
import json
import socket

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline.errors import InputError, TimelineError
from timeline.model import Article, Event
from timeline.sources.batches import article_from_record, read_jsonl, read_zip
from timeline.sources.feeds import articles_from_feed
from timeline.sources.fetch import HostPolicy, UnsafeURLError, address_refusal, check_url
from timeline.sources.ingest import decode, from_html, from_text, from_upload
from timeline.sources.pubdate import parse_published
from timeline.store.database import Store

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def one_line(exc: Exception) -> bool:
    return bool(str(exc).strip()) and "\n" not in str(exc).strip()


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.dates(), st.integers(), st.none(), st.floats()))
def test_publication_dates_parse_or_say_why(value) -> None:
    try:
        day = parse_published(value)
    except TimelineError as exc:
        assert one_line(exc)
    else:
        assert dt.date(1800, 1, 1) <= day <= dt.date(2200, 12, 31)


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_is_an_article_or_an_input_error(text) -> None:
    try:
        article = from_text(text, published="2025-07-10")
    except InputError as exc:
        assert one_line(exc)
    else:
        assert article.text == article.text.strip() and article.id
        # the id ignores layout: the same words re-spaced are the same article
        assert from_text("  \n".join(article.text.split()), published="2025-07-10").id == article.id


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a", "a.pdf"]))
def test_any_bytes_are_an_article_or_an_input_error(data, name) -> None:
    try:
        article = from_upload(name, data, published="2025-07-10")
    except InputError as exc:
        assert one_line(exc)
    else:
        assert isinstance(article, Article) and article.text


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_gives_text_or_refuses(data) -> None:
    try:
        assert isinstance(decode(data, name="x"), str)
    except InputError as exc:
        assert one_line(exc)


@SETTINGS
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["div", "b", "table", "p"]))
def test_deep_html_is_read_or_refused(depth, tag) -> None:
    html = f"<html><body>{'<' + tag + '>' * depth}Police arrested protesters in Nairobi on Tuesday after the " \
           f"march through the city centre ended.{('</' + tag + '>') * depth}</body></html>"
    try:
        from_html(html, published="2025-07-10")
    except InputError as exc:
        assert one_line(exc)


@SETTINGS
@given(json_values)
def test_any_json_record_is_an_article_or_names_its_line(record) -> None:
    try:
        article_from_record(json.dumps(record), label="b.jsonl:7", default_date=dt.date(2025, 7, 10), source="b")
    except InputError as exc:
        assert str(exc).startswith("b.jsonl:7: ") and one_line(exc)


@SETTINGS
@given(st.lists(st.binary(max_size=200), max_size=6))
def test_any_jsonl_bytes_with_skip_invalid_never_raise(lines) -> None:
    batch = read_jsonl(io.BytesIO(b"\n".join(lines)), name="b.jsonl", default_date=dt.date(2025, 7, 10),
                       skip_invalid=True)
    assert all(label.startswith("b.jsonl:") for label, _ in batch.skipped)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_zip_are_refused_cleanly(data) -> None:
    try:
        read_zip(io.BytesIO(b"PK\x03\x04" + data), default_date=dt.date(2025, 7, 10), name="x.zip")
    except InputError as exc:
        assert one_line(exc)


@SETTINGS
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: f"<rss><channel><item>{t}</item></channel></rss>".encode()))
def test_any_feed_bytes_give_articles_or_an_input_error(data) -> None:
    try:
        result = articles_from_feed(data, feed_url="f", published="2025-07-10", fetch_entry=None)
    except InputError as exc:
        assert one_line(exc)
    else:
        assert result.articles


@SETTINGS
@given(st.ip_addresses())
def test_only_public_addresses_pass(address) -> None:
    why = address_refusal(address)
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    if not address.is_global or address.is_multicast or (mapped is not None and not mapped.is_global):
        assert why is not None  # everything not public is refused (reserved ranges too)
    if why is None:
        assert address.is_global and not address.is_private and not address.is_loopback


@SETTINGS
@given(st.ip_addresses().filter(lambda a: address_refusal(a) is not None), st.integers(1, 65535))
def test_refused_addresses_never_get_a_connection(monkeypatch, address, port) -> None:
    def no_connection(*args, **kwargs):
        raise AssertionError("connection attempted")

    monkeypatch.setattr(socket, "create_connection", no_connection)
    host = f"[{address}]" if address.version == 6 else str(address)
    with pytest.raises(UnsafeURLError):
        check_url(f"http://{host}:{port}/", HostPolicy())


article_texts = st.lists(st.text(alphabet="abcdefgh .\n", min_size=3, max_size=40).filter(lambda t: t.strip()),
                         min_size=1, max_size=5)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_texts)
def test_storing_twice_is_storing_once(tmp_path_factory, texts) -> None:
    articles = []
    for text in texts:
        try:
            articles.append(from_text(text + " words here", published="2025-07-10"))
        except InputError:
            continue
    assume(articles)
    path = tmp_path_factory.mktemp("store") / "s.sqlite"
    with Store(path) as store:
        for _ in range(2):
            for article in articles:
                store.add_article(article, [Event(
                    id=f"{article.id}-0", event_type="statement", actors=[], date_start=None, date_end=None,
                    date_precision="unknown", date_text=None, lat=None, lon=None, place_name=None,
                    country_code=None, geo_precision=None, sentence=article.text[:50], start=0, end=1,
                    confidence=0.5)])
        unique = len({a.id for a in articles})
        assert store.counts() == {"articles": unique, "events": unique}
        assert store.check() == []
