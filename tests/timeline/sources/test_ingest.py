from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import InputError, PublicationDateError
from timeline.sources.demo import DEMO_DIR, load_demo_articles
from timeline.sources.ingest import from_text, from_upload, read_file, source_day_first

ARTICLE_HTML = b"""<!doctype html><html><head><title>Flood in Porto Alegre | Demo Wire</title>
<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Flood in Porto Alegre</h1>
<p>Rivers burst their banks in Porto Alegre on Sunday, forcing thousands of residents from their homes.</p>
<p>The state governor said rescue teams had reached most of the flooded districts by Monday morning.</p>
</article><footer>Copyright Demo Wire</footer></body></html>"""


def test_text_headline_becomes_title() -> None:
    article = from_text("Flood in Porto Alegre\n\nRivers rose on Sunday.", published="2024-05-06")
    assert article.title == "Flood in Porto Alegre"
    assert article.published == dt.date(2024, 5, 6)
    assert article.source == "pasted"


def test_a_first_sentence_is_not_a_title() -> None:
    assert from_text("Rivers rose on Sunday.\nMore rain fell.", published="2024-05-06").title is None


def test_same_text_and_date_give_the_same_id() -> None:
    a = from_text("Rivers rose  on Sunday.", published="2024-05-06")
    b = from_text("Rivers rose on Sunday.\n", published="2024-05-06")
    c = from_text("Rivers rose on Sunday.", published="2024-05-07")
    assert a.id == b.id != c.id


def test_html_main_text_title_and_metadata_date() -> None:
    article = from_upload("flood.html", ARTICLE_HTML)
    assert article.published == dt.date(2024, 5, 6)
    assert article.published_from == "metadata"
    assert article.title.startswith("Flood in Porto Alegre")
    assert "Rivers burst their banks" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_user_date_wins_over_metadata() -> None:
    article = from_upload("flood.html", ARTICLE_HTML, published="2024-05-07")
    assert article.published == dt.date(2024, 5, 7)
    assert article.published_from == "user"


def test_html_without_a_date_asks_for_one() -> None:
    html = ARTICLE_HTML.replace(b'<meta property="article:published_time" content="2024-05-06T09:00:00Z">', b"")
    with pytest.raises(PublicationDateError, match="no publication date"):
        from_upload("flood.html", html)


def test_text_file_without_a_date_asks_for_one() -> None:
    with pytest.raises(PublicationDateError, match="publication date"):
        from_upload("a.txt", b"Rivers rose on Sunday in Porto Alegre.")


@pytest.mark.parametrize("name, data, words", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t ", "empty"),
    ("image.txt", bytes(range(256)) * 4, "binary"),
    ("nav.html", b"<html><body><nav>Home | World</nav><p>Subscribe</p></body></html>", "no article text"),
    ("numbers.txt", b"123 456 789", "no words"),
    ("sheet.xlsx", b"PK plain words here", "only .txt and .html"),
])
def test_bad_input_is_refused_with_a_message(name, data, words) -> None:
    with pytest.raises(InputError, match=words):
        from_upload(name, data, published="2025-07-14")


def test_windows_1252_text_is_decoded() -> None:
    article = from_upload("a.txt", "Caf\xe9 owners protested in Montr\xe9al on Friday.".encode("cp1252"),
                          published="2025-07-14")
    assert "Montréal" in article.text


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(Path("/nonexistent/article.txt"), published="2025-07-14")


def test_demo_corpus_loads_with_dates_and_titles() -> None:
    articles = load_demo_articles()
    assert len(articles) >= 7
    assert all(a.title and a.published.year == 2025 for a in articles)
    assert len({a.id for a in articles}) == len(articles)


def test_demo_html_page_gives_the_same_story_as_its_text() -> None:
    html = from_upload("kellogg-kyiv.html", (DEMO_DIR / "kellogg-kyiv.html").read_bytes())
    text = (DEMO_DIR / "kellogg-kyiv.txt").read_text(encoding="utf-8")
    assert html.published == dt.date(2025, 7, 14)
    body_first_paragraph = text.split("\n\n")[1].strip()
    assert body_first_paragraph[:80] in html.text


def test_one_bad_byte_in_utf8_text_is_replaced_not_the_whole_file_misread(caplog) -> None:
    text = "Київ: drones struck Kyiv on Tuesday, officials in Chernivtsi said. Café owners fled."
    data = text.encode("utf-8").replace(b"fled", b"fl\xffed")
    with caplog.at_level("WARNING"):
        article = from_upload("a.txt", data, published="2025-07-10")
    assert article.text.startswith("Київ: drones") and "fl\ufffded" in article.text
    assert "1 byte(s) are not valid UTF-8" in caplog.text


def test_a_lone_surrogate_is_refused_with_the_field_named() -> None:
    with pytest.raises(InputError, match="the article text is not valid Unicode text"):
        from_text("Police arrested 14 people in Nairobi \ud800 on Tuesday.", published="2025-07-10")
    with pytest.raises(InputError, match="the title is not valid Unicode text"):
        from_text("Police arrested 14 people in Nairobi on Tuesday.", published="2025-07-10", title="t\udfff")


@pytest.mark.parametrize("text", [
    "  Police  arrested\t14 people\n\nin Nairobi.  ", "a\x1cb\x85c\u3000d\u2028e", "one", " \n x \r\n y ",
])
def test_the_id_reads_whitespace_as_str_split_does(text: str) -> None:
    """Ids are the store's keys: one_line() must be exactly " ".join(text.split())."""
    import hashlib

    from timeline.model import article_id, one_line, word_count

    assert one_line(text) == " ".join(text.split()) and word_count(text * 30_000) == len((text * 30_000).split())
    expected = hashlib.sha256(b"2025-07-10\0" + " ".join(text.split()).encode()).hexdigest()[:16]
    assert article_id(text, dt.date(2025, 7, 10)) == expected


def test_an_address_tells_its_sources_numeric_date_order() -> None:
    # a day-first country's domain or outlet, an American one, and a generic domain that says nothing
    assert [source_day_first(u) for u in ("theguardian.com/world", "https://www.state.gov/x", "en.wikipedia.org/wiki/A",
                                          None, "abc.net.au/news", "www3.nhk.or.jp/news", "https://www.lemonde.fr/a",
                                          "https://www.nytimes.com/2026/x")] == [True, False, None, None, True, False,
                                                                                  True, False]
