"""An event's type follows the happening its phrase tells, decided by who does it and to what,
not by the verb alone. Invented sentences, read through the public path."""
from __future__ import annotations

import pytest

from timeline import extract_events

PUBLISHED = "2021-06-10"


def kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_events(text, published=PUBLISHED)]


# A court or judge that blocks a measure rules on it: a legal measure (the codebook's other).
@pytest.mark.parametrize("sentence", [
    "A federal judge in Boston temporarily blocks the governor's executive order to freeze school funding.",
    "On Monday the state supreme court blocked the new law on river dredging.",
])
def test_a_court_blocking_a_measure_is_a_ruling(sentence):
    assert "other" in kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Relatives of the boy said on Monday they are trying to block his return to Cuba.",
    "A judge parked his car and blocked the driveway of the school in Dayton on Monday.",
])
def test_blocking_without_a_ruling_is_none(sentence):
    assert "other" not in kinds(sentence)


# Property wrecked by hand: one vandal's doing is an attack, a crowd's a riot; a crash is not.
def test_a_smashed_windscreen_is_an_attack():
    assert "attack" in kinds("Mr Hale said his pickup was first damaged two days after he bought it in October, "
                             "when the windscreen was smashed.")


def test_a_crowd_smashing_windows_is_a_riot():
    assert "riot" in kinds("Youths smashed shop windows in the town centre of Leeds on Saturday night.")


@pytest.mark.parametrize("sentence", [
    "Reporters were allowed inside on Monday and found broken glass and smashed furniture throughout the hall.",
    "She smashed the course record in Leeds on Sunday.",
])
def test_smashed_without_a_vandal_is_no_attack(sentence):
    assert not {"attack", "riot"} & set(kinds(sentence))


# Declaring the winner is the vote's result, not a statement beside it.
@pytest.mark.parametrize("sentence", [
    "Former president Peter Mwale is declared the winner of the presidential election, winning 57% of the vote.",
    "The electoral commission in Lilongwe declared Peter Mwale the winner on Sunday.",
])
def test_declaring_the_winner_is_the_election(sentence):
    assert kinds(sentence) == ["election"]


def test_declaring_a_thing_safe_stays_a_statement():
    assert kinds("The minister declared the bridge in Lilongwe safe on Sunday.") == ["statement"]
