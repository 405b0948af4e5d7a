"""Mentions grouped into happenings and parted again (codebook §2, "One event per
happening"): invented articles with a pinned publication date, run through the real
pipeline (the event model and its pair model included)."""
from __future__ import annotations

import pytest

from timeline import extract_events
from timeline.model import Event

pytestmark = pytest.mark.slow


def _sentences(event: Event) -> list[str]:
    return [event.sentence] + [e["sentence"] for e in event.evidence]


def test_an_arraignment_and_the_assault_it_charges_are_two_events() -> None:
    # the pair model chains the headline's charge, the arraignment and the assault into one
    # group; an arrest and an attack are no one happening, so the arraignment stays an event
    text = ("Carpenter charged with assault. LAKEVILLE — A Salisbury carpenter was arraigned in Lakeville "
            "Superior Court Tuesday on charges he assaulted a neighbor with a hammer two years ago. Mark Dolan, "
            "41, stood before Judge Ellen Price for his first court appearance. He is scheduled to appear in "
            "court again on April 7.")
    events = extract_events(text, published="2025-03-26")
    arraigned = [e for e in events if any("was arraigned" in s for s in _sentences(e))]
    assert {e.event_type for e in arraigned} >= {"arrest", "attack"}
