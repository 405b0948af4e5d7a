"""How sure the text is that a happening took place (codebook §3, mode): the sentence's wording
(:func:`timeline.events.triggers.mode_of`) and, for the chosen event, its own date."""
from __future__ import annotations

import pytest

from timeline import extract_events
from timeline.events.nlp import parse
from timeline.events.triggers import mode_of

pytestmark = pytest.mark.slow

PUBLISHED = "2025-04-01"


def _mode(sentence: str, word: str) -> str:
    doc = parse(sentence)
    return mode_of(next(t for t in doc if t.text == word))


def _modes(sentence: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.mode) for e in extract_events(sentence, published=PUBLISHED)]


def test_the_month_may_is_no_modal() -> None:
    # "May" names a month here; "may" the helper would make the vote hypothetical
    assert _mode("Two members will appear on the May 12 ballot for a special election.", "ballot") == "planned"
    assert _mode("Police raided several homes last May and arrested two men.", "raided") == "asserted"
    assert _mode("Voters may cast ballots at their polling places.", "cast") == "hypothetical"


@pytest.mark.parametrize("sentence, word", [
    ('"Anyone who breaks the curfew can be arrested on the spot," the mayor said.', "arrested"),
    ("Holt may have fled to Mexico, police said.", "fled"),
    ("Drivers who refuse the test are more likely to be arrested.", "arrested"),
])
def test_a_participle_after_a_modal_of_possibility_is_hypothetical(sentence: str, word: str) -> None:
    # "can/could/may/might" + "be"/"have" + participle, or a compared "likely to be": what can
    # or may have been done, no happening told as done
    assert _mode(sentence, word) == "hypothetical"


def test_a_plain_likely_is_no_mere_possibility() -> None:
    # "is likely to be signed on Friday" is expected (a plan, codebook §3), not a mere chance
    assert _mode("The trade agreement is likely to be signed on Friday.", "signed") != "hypothetical"


def test_a_consequence_of_a_condition_is_hypothetical() -> None:
    # "would" with an "if" clause is no plan: the killing is what would follow a deportation
    assert _mode("They told the nuns they would be killed if they were deported.", "killed") == "hypothetical"
    assert _mode("Officials said the army would be deployed to the border.", "deployed") == "planned"


@pytest.mark.parametrize("sentence, word", [
    ("The opposition party is threatening to push for his expulsion.", "threatening"),
    ("The militant group vows to retaliate against the strikes.", "vows"),
])
def test_a_threat_of_ones_own_act_is_threatened(sentence: str, word: str) -> None:
    assert _mode(sentence, word) == "threatened"


@pytest.mark.parametrize("sentence, word", [
    ("Ruritania did not threaten to attack the ships on Friday.", "threaten"),
    ("Ruritania did not threaten to attack the ships on Friday.", "attack"),
    ("Ruritania denied threatening to attack the ships on Friday.", "threatening"),
    ("Ruritania denied threatening to attack the ships on Friday.", "attack"),
])
def test_a_threat_said_not_to_have_been_made_is_denied(sentence: str, word: str) -> None:
    assert _mode(sentence, word) == "denied"


def test_a_vow_of_support_is_no_threat() -> None:
    assert _mode("The minister vowed to support the farmers.", "vowed") != "threatened"


@pytest.mark.parametrize("sentence", [
    "The assembly could not override the governor's veto.",
    "The envoy did not comment on the bombing in the capital.",
])
def test_a_definite_noun_presupposes_its_happening(sentence: str) -> None:
    # what is negated or doubted is the act around the noun, not the veto or the bombing
    word = "veto" if "veto" in sentence else "bombing"
    assert _mode(sentence, word) == "asserted"
    assert _mode("The assembly did not pass a veto.", "veto") == "denied"


def test_a_presupposed_noun_keeps_a_future_or_a_condition() -> None:
    assert _mode("He said he would attend the summit in Brussels.", "summit") == "planned"
    assert _mode("They said they would hand the boy over if his father made the trip.", "trip") == "hypothetical"


def test_a_verb_joined_by_but_has_its_own_polarity() -> None:
    sentence = "The spokesman would not name the town but said the man was sentenced there."
    assert _mode(sentence, "sentenced") == "asserted"
    assert _mode("Police did not arrest or charge the driver.", "charge") == "denied"


def test_an_event_dated_after_the_report_is_planned() -> None:
    assert _modes("Voters go to the polls in the April 26 election.") == [("go", "planned")]


def test_a_past_verb_keeps_its_mode_whatever_date_the_sentence_gives() -> None:
    # the date is the building's, not the vote's
    assert ("voted", "asserted") in _modes("The board voted 5-0 on Monday to let the developers begin building on May 20.")


@pytest.mark.parametrize("sentence, kind", [
    ("An EU summit is unlikely to take place in the next three months, the minister said on Tuesday.", "meet"),
    ("A ceasefire was possible by Friday, the mediators said.", "agree"),
    ("Their military planning was built around the possibility of a ground assault toward the west.", "attack"),
])
def test_a_happening_told_only_as_a_possibility_is_no_event(sentence: str, kind: str) -> None:
    assert kind not in [e.event_type for e in extract_events(sentence, published=PUBLISHED)]


def test_a_likely_or_a_real_happening_stays() -> None:
    assert ("deal", "agree", "planned") in [(e.trigger, e.event_type, e.mode)
                                            for e in extract_events("A deal is likely to be signed on Friday.",
                                                                    published=PUBLISHED)]
    assert "meet" in [e.event_type for e in extract_events("The summit took place in Brussels on Monday.",
                                                           published=PUBLISHED)]
