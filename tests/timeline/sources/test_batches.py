"""Batches: folders, .jsonl and .zip, with their limits and their error messages."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from timeline.errors import InputError, PublicationDateError
from timeline.sources import batches
from timeline.sources.batches import read_inputs, read_jsonl, read_zip

STORY = "Police arrested 14 people in Nairobi on Tuesday after the protest."


def jsonl(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def test_jsonl_lines_with_their_own_dates_titles_and_urls() -> None:
    data = jsonl({"text": STORY, "published": "2025-07-10", "title": "Arrests", "url": "https://example.org/a"},
                 b"", {"text": STORY + " More.", "title": ""})
    batch = read_jsonl(io.BytesIO(data), name="b.jsonl", default_date=dt.date(2025, 7, 11))
    first, second = batch.articles
    assert (first.title, first.url, first.published, first.published_from) == (
        "Arrests", "https://example.org/a", dt.date(2025, 7, 10), "jsonl")
    assert (second.title, second.published, second.published_from) == (None, dt.date(2025, 7, 11), "user")


@pytest.mark.parametrize("line, words", [
    (b"{not json", "b.jsonl:2: not valid JSON"),
    (b"[1, 2]", "needs a \"text\" string"),
    (json.dumps({"text": 5}).encode(), "needs a \"text\" string"),
    (json.dumps({"text": STORY, "title": ["x"]}).encode(), "\"title\" must be a string"),
    (json.dumps({"text": STORY, "published": 20250710}).encode(), "publication date must be"),
    (json.dumps({"text": STORY, "published": "2025-13-40"}).encode(), "not a real date"),
    (json.dumps({"text": STORY, "published": "99999-01-01"}).encode(), "YYYY-MM-DD"),
    (json.dumps({"text": "   "}).encode(), "empty"),
    (b"\xff\xfe{\"text\": 1}", "not UTF-8"),
    (b"[" * 100_000, "not valid JSON"),
    # values that pass as JSON but that the store could not write (#18.4, #18.7)
    (b'{"text": "' + STORY.encode() + b'", "published": "2025-07-10", "n": ' + b"9" * 5000 + b"}",
     "b.jsonl:2: not readable JSON \\(Exceeds the limit"),
    (b'{"text": "Bad \\ud800 text in Nairobi.", "published": "2025-07-10"}', "lone surrogate U\\+D800"),
    (b'{"text": "' + STORY.encode() + b'", "published": "2025-07-10", "title": "t\\udfff"}',
     "b.jsonl:2: the title is not valid Unicode text"),
    (b'{"text": "' + STORY.encode() + b'", "published": "2025-07-10", "url": "https://x.example/\\udc80"}',
     "the URL is not valid Unicode text"),
])
def test_bad_jsonl_lines_name_the_line(line, words) -> None:
    with pytest.raises(InputError, match=words):
        read_jsonl(io.BytesIO(jsonl({"text": STORY, "published": "2025-07-10"}) + line),
                   name="b.jsonl", default_date=None)


def test_a_line_without_a_date_and_no_default_asks_for_one() -> None:
    with pytest.raises(PublicationDateError, match="b.jsonl:1"):
        read_jsonl(io.BytesIO(jsonl({"text": STORY})), name="b.jsonl", default_date=None)


def test_an_over_long_line_is_refused_and_can_be_skipped(monkeypatch) -> None:
    monkeypatch.setattr(batches, "MAX_LINE_BYTES", 1000)
    data = jsonl({"text": "word " * 500, "published": "2025-07-10"}, {"text": STORY, "published": "2025-07-10"})
    with pytest.raises(InputError, match="b.jsonl:1: line longer than"):
        read_jsonl(io.BytesIO(data), name="b.jsonl", default_date=None)
    batch = read_jsonl(io.BytesIO(data), name="b.jsonl", default_date=None, skip_invalid=True)
    assert [a.text for a in batch.articles] == [STORY]
    assert batch.skipped[0][0] == "b.jsonl:1"


def make_zip(members: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_zip_of_text_html_and_jsonl() -> None:
    archive = make_zip({"a/one.txt": STORY.encode(), "two.jsonl": jsonl({"text": STORY + " Two.", "published": "2025-07-09"}),
                        "picture.png": b"\x89PNG", "nested.zip": make_zip({"x.txt": b"hidden"}).getvalue()})
    batch = read_zip(archive, default_date=dt.date(2025, 7, 10), name="news.zip")
    assert sorted(a.published.isoformat() for a in batch.articles) == ["2025-07-09", "2025-07-10"]


@pytest.mark.parametrize("members, words", [
    ({"picture.png": b"x"}, "no .txt, .html or .jsonl files"),
    ({"a.txt": b""}, "a.txt is empty"),
    ({"a.txt": bytes(range(256)) * 8}, "binary"),
])
def test_bad_zip_members(members, words) -> None:
    with pytest.raises(InputError, match=words):
        read_zip(make_zip(members), default_date=dt.date(2025, 7, 10), name="news.zip")


def test_a_member_bigger_than_the_cap_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(batches, "MAX_MEMBER_BYTES", 10_000)
    bomb = make_zip({"bomb.txt": b"a" * 5_000_000})  # compresses to a few kB
    with pytest.raises(InputError, match="member too large"):
        read_zip(bomb, default_date=dt.date(2025, 7, 10), name="bomb.zip")


def test_not_a_zip(tmp_path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"PK\x03\x04 but not really a zip")
    with pytest.raises(InputError, match="not a readable .zip"):
        read_inputs([str(path)], published="2025-07-10")


def test_folders_take_jsonl_and_zip_and_skip_invalid(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_bytes(jsonl({"text": STORY + " B.", "published": "2025-07-08"}))
    (tmp_path / "sub" / "c.zip").write_bytes(make_zip({"c.txt": (STORY + " C.").encode()}).getvalue())
    (tmp_path / "bad.txt").write_bytes(b"")
    with pytest.raises(InputError, match="bad.txt is empty"):
        read_inputs([str(tmp_path)], published="2025-07-10")
    batch = read_inputs([str(tmp_path)], published="2025-07-10", skip_invalid=True)
    assert len(batch.articles) == 3
    assert [label.endswith("bad.txt") for label, _ in batch.skipped] == [True]


def test_non_http_urls_are_refused() -> None:
    with pytest.raises(InputError, match="only http and https"):
        read_inputs(["file:///etc/passwd"], published="2025-07-10")


def test_skip_invalid_leaves_out_exactly_the_lines_the_store_could_not_hold() -> None:
    good = {"text": STORY, "published": "2025-07-10"}
    data = (jsonl(good) + b'{"text": "Bad \\ud800 text in Nairobi.", "published": "2025-07-10"}\n'
            + b'{"text": "x", "n": ' + b"1" * 5000 + b"}\n"
            + jsonl({**good, "text": STORY + " Again."}))
    batch = read_jsonl(io.BytesIO(data), name="b.jsonl", default_date=None, skip_invalid=True)
    assert [a.text for a in batch.articles] == [STORY, STORY + " Again."]
    assert [label for label, _ in batch.skipped] == ["b.jsonl:2", "b.jsonl:3"]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_replacement(tmp_path) -> None:
    import os

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_first.txt").write_text(STORY, encoding="utf-8")
    latin = os.fsdecode(bytes(folder) + b"/b_caf\xe9.txt")
    Path(latin).write_text(STORY + " More.", encoding="utf-8")
    batch = read_inputs([str(folder)], published="2025-07-10")
    assert [a.source for a in batch.articles] == ["a_first.txt", "b_caf\ufffd.txt"]
    for article in batch.articles:
        article.source.encode("utf-8")  # storable


def test_a_run_holds_at_most_so_much_article_text_whatever_skip_invalid_says(monkeypatch) -> None:
    """A 2 MB zip can unpack to 40 valid 19 MB articles; all are held from the check to the
    write, so the run is refused once they pass the cap (#18.3)."""
    monkeypatch.setattr(batches, "MAX_RUN_TEXT_BYTES", 5_000)
    lines = b"".join(jsonl({"text": STORY + f" Line {n}. " + "Words here. " * 100, "published": "2025-07-10"})
                     for n in range(10))
    for skip in (False, True):
        with pytest.raises(InputError, match="more than 0 MB of article text; give them in several runs"):
            read_inputs_from(lines, skip_invalid=skip)
    monkeypatch.setattr(batches, "MAX_RUN_TEXT_BYTES", 1_000_000)
    assert len(read_inputs_from(lines).articles) == 10


def read_inputs_from(data: bytes, *, skip_invalid: bool = False):
    import tempfile

    folder = Path(tempfile.mkdtemp())
    (folder / "b.jsonl").write_bytes(data)
    return read_inputs([str(folder / "b.jsonl")], published=None, skip_invalid=skip_invalid)
