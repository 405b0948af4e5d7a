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


def test_an_infinitive_after_an_implicative_verb_is_told_in_that_verbs_tense() -> None:
    # "refused to sign", "moved to dismiss": the refusal and the motion happened, told as "refused"
    # and "moved" are, not as a plan's bare infinitive
    cues = _cues("The landlords refused to sign the new lease with the city on Monday.", "sign")
    assert "tag:VBD" in cues and "tag:VB" not in cues
    cues = _cues("Lawyers for the county moved to dismiss the lawsuit against the sheriff.", "dismiss")
    assert "tag:VBD" in cues and "tag:VB" not in cues
    # a verb of planning keeps the plan's infinitive
    assert "tag:VB" in _cues("The landlords plan to sign the new lease with the city on Monday.", "sign")


def test_a_doer_ranked_first_to_do_a_thing_is_told_as_the_ranking_verb_is() -> None:
    # "the first mayor to sign" says the signing happened: the tense of "became", not a plan's infinitive
    cues = _cues("Anna Berg became the first mayor of Tromso to sign the climate pact on Monday.", "sign")
    assert "tag:VBD" in cues and "tag:VB" not in cues
    # an infinitive of purpose after a plain noun keeps its own tag
    assert "tag:VB" in _cues("Anna Berg had the power to sign the climate pact on Monday.", "sign")


# a digest of three items of their own (each paragraph opens a story the earlier ones do not take up)
_DIGEST = ("Flooding cuts the main road into Marlow after two days of rain.\n\n"
           "Farmers block a motorway near Lyon in protest over a new diesel tax. Police clear the road by night.\n\n"
           "A tanker catches fire off the coast of Malta. The crew of eleven is rescued by a fishing boat.")


def test_a_digest_items_first_sentence_is_read_as_a_lead() -> None:
    # "A tanker catches fire" opens the third item: its position counts from the item's start
    cue = next(c for c in candidate_events(_DIGEST, published="2025-03-12") if c.trigger.lemma_.lower() == "fire")
    assert cue.sentence_index > 0 and cue.story_start == cue.sentence_index
    assert "position:0" in candidate_features(cue)


def test_a_wire_storys_later_paragraph_keeps_its_place_in_the_article() -> None:
    # one new paragraph on its own is no digest: the aside is still told deep in the story
    text = ("Farmers blocked a motorway near Lyon on Monday in protest over a new diesel tax.\n\n"
            "The farmers' union said the tax would cost each farm 3,000 euros a year. Its leader said more blockades "
            "would follow.\n\n"
            "A tanker sank off the coast of Malta.")
    cue = next(c for c in candidate_events(text, published="2025-03-12") if c.trigger.lemma_.lower() == "sink")
    assert cue.story > 0 and cue.story_start == 0 and "position:0" not in candidate_features(cue)


def test_the_present_passive_is_told_as_today_only_when_the_caller_asks() -> None:
    # a digest's "are killed" is its present (coref's _told_as_today asks with passive=True);
    # "were killed" and "have been killed" are not, nor a passive when only the active is asked for
    from timeline.events.features import told_in_simple_present
    from timeline.events.nlp import parse

    def told(text: str, **passive: bool) -> bool:
        sentence = next(parse(text).sents)
        return told_in_simple_present(sentence, sentence.root, **passive)

    assert told("Thirteen militants are killed in fighting in Bari.", passive=True)
    assert not told("Thirteen militants are killed in fighting in Bari.")
    assert not told("Thirteen militants were killed in fighting in Bari.", passive=True)
    assert not told("Thirteen militants have been killed in fighting in Bari.", passive=True)
    assert told("Rebels seize the airport in Bari.") and told("Rebels seize the airport in Bari.", passive=True)


def test_a_public_prosecutor_speaks_for_an_office_not_as_a_private_lawyer() -> None:
    # "District Attorney" is a prosecutor's office; a defendant's lawyer is still a commentator
    cues = _cues("Wade County District Attorney Laura Benson said on Monday the charges would stand.", "say")
    assert "says:person" in cues and "says:commentator" not in cues and "speaker_commentator" not in cues
    cues = _cues("Defense attorney Laura Benson said on Monday the charges would not stand.", "say")
    assert "says:commentator" in cues


def test_a_relative_clause_about_the_speaker_is_no_title_of_the_speaker() -> None:
    # the senator speaks as a senator, whatever the relative clause tells of her son
    cues = _cues("State Sen. Laura Benson, who lost her son in the fire, said on Monday the mill must close.", "say")
    assert "says:person" in cues and "says:commentator" not in cues


def test_a_name_the_ner_missed_speaks_as_a_person() -> None:
    # "Tesslow" is a proper noun with no entity type: a person's name, as the doer found for it
    cues = _cues("As the other incumbent in District B, Tesslow said that the board needs to hire more teachers.", "say")
    assert "says:person" in cues and "says:nominal" not in cues
