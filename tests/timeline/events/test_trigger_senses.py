"""Senses of event words that name no happening (issue #15: "not a word sense, a generic
claim, a negation, an opinion, a metaphor"). Invented sentences, read through the public path;
each rule has a sentence it drops and one it keeps."""
from __future__ import annotations

import pytest

from timeline import extract_events

PUBLISHED = "2021-06-10"


def kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_events(text, published=PUBLISHED)]


# A happening's noun that only classifies the noun after it names a kind of thing, no happening.
@pytest.mark.parametrize("sentence", [
    "The town opened a new fire station on Elm Street on Monday.",
    "The plant in Dayton once made fire hydrants and valves.",
    "He must get a permit from the fire department in Toledo.",
    "A new detention center planned for downtown Macon worries the mayor.",
])
def test_a_classifying_modifier_is_no_happening(sentence):
    assert not {"accident", "arrest"} & set(kinds(sentence))


@pytest.mark.parametrize("sentence, kind", [
    ("A fire destroyed the fire station in Toledo on Monday.", "accident"),
    ("The crash victims were taken to a hospital in Toledo on Monday after the bus crashed.", "accident"),
])
def test_the_happening_itself_is_kept(sentence, kind):
    assert kind in kinds(sentence)
