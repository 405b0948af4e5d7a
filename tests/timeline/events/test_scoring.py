"""The event models' confidence: calibrated apart for digests' items and whole articles."""
from __future__ import annotations

import dataclasses

from timeline.events.extract import candidate_events, select_events
from timeline.events.scoring import EventModel, load_model

DIGEST = ((0.5, 0.85), (1.0, 0.95))
ARTICLE = ((0.5, 0.6), (1.0, 0.9))


def test_an_articles_event_takes_the_article_calibration_and_a_digests_the_digest_one() -> None:
    model = EventModel(weights={}, keep_threshold=0.5, calibration=DIGEST, article_calibration=ARTICLE)
    assert model.confidence(0.4) == 0.85
    assert model.confidence(0.4, article=True) == 0.6
    assert model.confidence(0.7, article=True) == 0.9
    # a model calibrated on one kind only uses that table for both
    assert dataclasses.replace(model, article_calibration=()).confidence(0.4, article=True) == 0.85


# a wire story: its paragraphs go on with one happening
STORY = ("Protesters marched through the centre of Nairobi on Monday, police said.\n\n"
         "Police fired tear gas at the crowd near parliament, witnesses said.\n\n"
         "The protest was the third this month against the finance bill.")
# a digest: each paragraph a story of its own, told in the present
DIGEST_TEXT = ("Protesters march through the centre of Nairobi against a finance bill.\n\n"
               "An earthquake of magnitude 6.1 strikes off the coast of Hokkaido, Japan.\n\n"
               "Police in Lima arrest a former minister over bribes paid by a builder.\n\n"
               "A court in Dhaka sentences a former general to ten years in prison.\n\n"
               "Floods in the Brazilian state of Bahia kill twelve people.\n\n"
               "Voters in Iceland go to the polls in a general election.")


def _confidences(text: str) -> set[float]:
    model = dataclasses.replace(load_model(), calibration=((1.0, 0.55),), article_calibration=((1.0, 0.35),))
    return {event.confidence for event in select_events(candidate_events(text, published="2025-06-24"), model)}


def test_the_extractor_calibrates_a_whole_articles_events_with_the_article_table() -> None:
    assert _confidences(STORY) == {0.35}


def test_the_extractor_calibrates_a_digests_events_with_the_digest_table() -> None:
    assert _confidences(DIGEST_TEXT) == {0.55}
