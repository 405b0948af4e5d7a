"""The event model's cues of a candidate (:mod:`timeline.events.features`): invented sentences
with a pinned publication date, run through the real pipeline."""
from __future__ import annotations

import pytest

from timeline import extract_events
from timeline.events.extract import candidate_events
from timeline.events.features import candidate_features

pytestmark = pytest.mark.slow


def _cues(text: str, lemma: str) -> dict[str, float]:
    cue = next(c for c in candidate_events(text, published="2025-03-12") if c.trigger.lemma_.lower() == lemma)
    return candidate_features(cue)


def test_a_condition_inside_what_was_said_does_not_make_the_saying_conditional() -> None:
    # the condition is part of the senator's position; the saying itself happened
    text = "State Sen. Mark Ellis said the county would lose 300 jobs if the mill closed."
    assert "conditional" not in _cues(text, "say")
    statements = [e for e in extract_events(text, published="2025-03-12") if e.event_type == "statement"]
    assert [e.actor1 for e in statements] == ["Mark Ellis"]


def test_a_condition_on_the_happening_itself_is_still_conditional() -> None:
    text = "If the talks fail, the union will strike at the mill next week."
    assert "conditional" in _cues(text, "strike")


def test_a_happening_that_continues_is_told_in_the_tense_of_its_aspect_verb() -> None:
    # "continue to protest" is under way, told in the present like "protest", not a plan's infinitive
    cues = _cues("For the third day, farmers continue to protest in Lyon against the new tax.", "protest")
    assert "tag:VBP" in cues and "present_simple" in cues and "tag:VB" not in cues
    # a plan's infinitive keeps its own tag
    assert "tag:VB" in _cues("Farmers plan to protest in Lyon against the new tax.", "protest")
