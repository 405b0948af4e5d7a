"""Long texts are extracted a slice at a time, with offsets into the whole text (#18.3)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.events.slices import extract_in_slices, text_slices
from timeline.model import Event, article_id

PUBLISHED = dt.date(2025, 7, 14)


@pytest.mark.parametrize("text", [
    "Para one.\n\nPara two is here.\n\n" * 40,
    "One long line. " * 300,
    "x" * 1000,  # no place to cut: cut at the size
    "",
])
def test_slices_cover_the_text_in_order_within_the_size(text: str) -> None:
    pieces = list(text_slices(text, size=100))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= 100 for a, b in pieces)
    assert all(b == c for (_, b), (c, _) in zip(pieces, pieces[1:]))


def test_a_cut_falls_after_a_blank_line_then_a_sentence() -> None:
    text = "First paragraph. Still first.\n\nSecond paragraph goes on. And on and on."
    assert [text[a:b] for a, b in text_slices(text, size=45)] == [
        "First paragraph. Still first.\n\n", "Second paragraph goes on. And on and on."]
    text = "Sentence one. Sentence two. Sentence three."
    assert text[slice(*next(text_slices(text, size=30)))] == "Sentence one. Sentence two. "


def sentence_events(text: str, *, published: dt.date, title: str | None, url: str | None) -> list[Event]:
    """A stand-in extractor: one event per sentence that names Kharkiv, evidence on the next."""
    events = []
    for match in re.finditer(r"[^.\n]*Kharkiv[^.\n]*\.", text):
        following = re.compile(r"[^.]+\.").search(text, match.end())
        evidence = [{"sentence": following.group(), "start": following.start(), "end": following.end()}] \
            if following else []
        events.append(Event(id=f"{match.start()}", event_type="attack", actors=[], date_start=published,
                            date_end=published, date_precision="day", date_text=None, lat=None, lon=None,
                            place_name=None, country_code=None, geo_precision=None, sentence=match.group(),
                            start=match.start(), end=match.end(), confidence=0.5, evidence=evidence,
                            article_id=article_id(text, published)))
    return events


def test_events_of_slices_point_into_the_whole_text() -> None:
    text = "".join(f"Troops shelled Kharkiv for the {n}th time. Officials counted {n} dead.\n\n"
                   for n in range(300))
    assert len(text) > 4 * 5_000
    events = extract_in_slices(text, sentence_events, published=PUBLISHED, size=5_000)
    assert len(events) == 300
    for n, event in enumerate(events):
        assert text[event.start:event.end] == event.sentence == f"Troops shelled Kharkiv for the {n}th time."
        mention = event.evidence[0]
        assert text[mention["start"]:mention["end"]] == mention["sentence"]
    assert len({event.id for event in events}) == 300
    assert {event.article_id for event in events} == {article_id(text, PUBLISHED)}


@pytest.mark.slow
def test_a_long_article_is_extracted_slice_by_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline over the nine demo stories in one text, cut into slices of 6,000
    characters (as a text over 50,000 is): every event's offsets point at its sentence."""
    from timeline import extract_events
    from timeline.events import extract
    from timeline.sources.demo import load_demo_articles

    text = "\n\n".join(article.text for article in load_demo_articles())
    whole = extract_events(text, published=PUBLISHED)
    monkeypatch.setattr(extract, "SLICE_CHARS", 6_000)
    sliced = extract_events(text, published=PUBLISHED)
    assert len(text) > 2 * 6_000 and len(sliced) >= 0.8 * len(whole)
    for event in sliced:
        assert " ".join(text[event.start:event.end].split()) == " ".join(event.sentence.split())
        for mention in event.evidence:
            if "start" in mention and "sentence" in mention:
                assert " ".join(text[mention["start"]:mention["end"]].split()) == " ".join(mention["sentence"].split())
    assert len({event.id for event in sliced}) == len(sliced)
    assert {event.article_id for event in sliced} == {article_id(text, PUBLISHED)}
