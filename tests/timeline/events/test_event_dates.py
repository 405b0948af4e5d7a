"""The event's own date (issue #15 item 5): from its clause, the narrative's only when the
discourse carries it, offsets anchored to their event. Example sentences are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline import extract_events
from timeline.events.extract import candidate_events

pytestmark = pytest.mark.slow


def _event(text: str, published: str, trigger: str):
    return next(e for e in extract_events(text, published=published) if e.trigger == trigger)


def _candidate(text: str, published: str, trigger: str):
    """The candidate happening of a trigger, before the event model's pick and merging."""
    return next(c.event for c in candidate_events(text, published=published) if c.event.trigger == trigger)


def _assert_one_day(event, day: dt.date) -> None:
    """Asserts that the event is dated ``day``, that one day only (its derivation tells why not)."""
    assert event.date_start == event.date_end == day, event.date_derivation


def test_a_happening_reported_as_done_this_week_ends_by_the_publication_day() -> None:
    # "this week" is the calendar week; what is reported as done cannot be after publication
    event = _event("Police in Leeds arrested two men this week.", "2025-07-16", "arrested")
    assert (event.date_start, event.date_end) == (dt.date(2025, 7, 14), dt.date(2025, 7, 16)), event.date_derivation


def test_a_denial_this_week_ends_by_the_publication_day() -> None:
    # the denied happening is dated when the denial was made: by the publication day
    event = _candidate("Police in Marlow this week denied that officers had beaten the protesters.", "2025-07-16",
                       "beaten")
    assert event.mode == "denied" and (event.date_start, event.date_end) == (dt.date(2025, 7, 14),
                                                                             dt.date(2025, 7, 16)), event.date_derivation


def test_a_planned_happening_this_week_keeps_the_whole_week() -> None:
    event = _event("The minister will visit Leeds this week.", "2025-07-16", "visit")
    assert event.date_end == dt.date(2025, 7, 20), event.date_derivation


@pytest.mark.parametrize("text, published, day", [
    # the fire is the story's background; the owner's words are current news
    ("Fire destroyed a warehouse in Leeds on June 2. The owner said he would rebuild it.", "2025-07-16",
     dt.date(2025, 7, 16)),
    # a current narrative is continued
    ("Fire destroyed a warehouse in Leeds on Monday. The owner said he would rebuild it.", "2025-07-16",
     dt.date(2025, 7, 14)),
    # "finish" is no happening of its own; its month still dates the content, not the saying
    ("The mayor said it is possible for the crews to repave the road from August to May.", "2025-03-10",
     dt.date(2025, 3, 10)),
    # the day of the saying's own clause
    ("The mayor said on Friday that the builders could finish the bridge in August.", "2025-03-10",
     dt.date(2025, 3, 7)),
    # the occasion of a saying dates it
    ("The minister said during his visit to Leeds on Saturday that the plant would open in July.", "2025-07-14",
     dt.date(2025, 7, 12)),
])
def test_a_statement_is_dated_by_its_own_occasion(text: str, published: str, day: dt.date) -> None:
    said = _event(text, published, "said")
    _assert_one_day(said, day)


def test_of_two_dates_in_apposition_the_day_dates_the_happening() -> None:
    text = ("A farmhand was detained in Hull on March 2. "
            "On Monday, nearly three months later, prosecutors indicted the farmhand on arson charges.")
    indicted = _event(text, "2025-06-10", "indicted")
    _assert_one_day(indicted, dt.date(2025, 6, 9))


def test_a_happening_a_day_is_the_eve_of_is_the_day_after() -> None:
    text = "Customs officers found a crate of rifles in Dover on Sunday, on the eve of the reopening of trade talks."
    talks = next(e for e in extract_events(text, published="2025-07-14") if e.event_type == "meet")
    _assert_one_day(talks, dt.date(2025, 7, 14))


@pytest.mark.parametrize("text, published, start, end", [
    # the anniversary's day counted back by its number of years
    ("Crowds gathered in Havana today, the 39th anniversary of the Bay of Pigs invasion by CIA-trained exiles.",
     "2000-04-17", dt.date(1961, 4, 17), dt.date(1961, 4, 17)),
    # (named again in apposition to the anniversary, as the parse hangs it)
    ("Residents feared the new talks would collapse today, the 40th anniversary of the Harbour Point fiasco, "
     "a failed invasion of the island by hired mercenaries.", "2025-04-17", dt.date(1985, 4, 17), dt.date(1985, 4, 17)),
    ("Villagers marched on Monday to mark the first anniversary of the massacre in Dunmore.",
     "2025-07-15", dt.date(2024, 7, 14), dt.date(2024, 7, 14)),
    ("Villagers marched on Monday to mark the twenty-fifth anniversary of the massacre in Dunmore.",
     "2025-07-15", dt.date(2000, 7, 14), dt.date(2000, 7, 14)),
    ("Villagers marched on Monday to mark the ten-year anniversary of the massacre in Dunmore.",
     "2025-07-15", dt.date(2015, 7, 14), dt.date(2015, 7, 14)),
])
def test_what_a_counted_anniversary_is_of_is_that_many_years_before(text, published, start, end) -> None:
    [event] = [e for e in extract_events(text, published=published) if e.trigger in ("invasion", "massacre")]
    assert (event.date_start, event.date_end) == (start, end), event.date_derivation


def test_an_anniversary_of_a_dated_happening_keeps_the_happenings_date() -> None:
    text = "Villagers marched on Monday to mark the first anniversary of the June 2024 massacre in Dunmore."
    [event] = [e for e in extract_events(text, published="2025-07-15") if e.trigger == "massacre"]
    assert (event.date_start, event.date_end) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30)), event.date_derivation


def test_a_night_already_past_is_not_the_night_of_a_day_still_to_come() -> None:
    # the narrative's last day is a planned Wednesday; the raids told as done were the night
    # before the publication day
    text = ("The envoy is due to travel to the region on Wednesday, officials said. In the West Bank, soldiers "
            "arrested 25 people in overnight raids, a rights group said.")
    [arrest] = [e for e in extract_events(text, published="2024-08-05") if e.event_type == "arrest"]
    assert (arrest.date_start, arrest.date_end) == (dt.date(2024, 8, 4), dt.date(2024, 8, 5))


@pytest.mark.parametrize("text, trigger, day", [
    # news told as it happens, in the simple present: the report's day, not the earlier item's
    ("Police in Marlow arrested a city councillor two days ago.\n\n"
     "Gunmen kill six villagers in a raid on a farm near Dunmore.", "kill", dt.date(2025, 7, 16)),
    ("Police in Marlow arrested a city councillor two days ago.\n\n"
     "At least nine people are killed in a bus crash near Dunmore.", "crash", dt.date(2025, 7, 16)),
    # the past tense continues the narrative's day (in a paragraph of the same story: it names Marlow again)
    ("Police in Marlow arrested a city councillor on Monday.\n\n"
     "Gunmen killed six villagers in a raid on a farm near Marlow.", "killed", dt.date(2025, 7, 14)),
    # so does the present perfect
    ("Police in Marlow arrested a city councillor on Monday.\n\n"
     "Gunmen have killed six villagers in a raid on a farm near Marlow.", "killed", dt.date(2025, 7, 14)),
    # a noun under a present verb that is no happening keeps the story's day
    ("Police arrested 20 people in Marlow on Monday. The arrests follow days of riots in the city.", "riots",
     dt.date(2025, 7, 14)),
])
def test_a_happening_told_in_the_present_is_the_reports_own_time(text: str, trigger: str, day: dt.date) -> None:
    event = _event(text, "2025-07-16", trigger)
    _assert_one_day(event, day)


@pytest.mark.parametrize("text, trigger", [
    ("The two sides reach a truce in the valley, the first lasting truce since November 2023.", "reach"),
    ("Rebels launched their largest attack on the port since 2019.", "launched"),
    ("The army shelled the town, marking the heaviest shelling since March.", "shelled"),
    ("The two ministers met in Porto on Monday, their first meeting since 2019.", "met"),
])
def test_a_record_since_a_date_is_not_dated_by_it(text: str, trigger: str) -> None:
    # the date bounds the record (the last such happening), not this happening
    event = _event(text, "2025-07-16", trigger)
    assert event.date_start >= dt.date(2025, 7, 9), event.date_derivation


@pytest.mark.parametrize("text, trigger, day", [
    ("Police have detained the suspect in Leeds since March 3.", "detained", dt.date(2025, 3, 3)),
    # the subject's words make no record ("most" of the detainees)
    ("Most protesters have been detained since Monday, activists said.", "detained", dt.date(2025, 7, 14)),
])
def test_a_state_since_a_date_still_starts_then(text: str, trigger: str, day: dt.date) -> None:
    event = _event(text, "2025-07-16", trigger)
    assert event.date_start == day, event.date_derivation


@pytest.mark.parametrize("text, trigger, day", [
    # a 'since' phrase of another clause is when that state began, not the march's day
    ("The rebels have stepped up raids on the border since their defeat in a short war last August and plan "
     "a series of marches beginning on April 9.", "marches", dt.date(2026, 4, 9)),
    # a 'since' phrase that bounds a record ("most ... since") is not the remarks' time
    ("In her most detailed remarks since her arrest last month, Ann Lee told reporters on Tuesday that she "
     "was innocent.", "remarks", dt.date(2026, 3, 17)),
])
def test_a_since_phrase_of_another_word_does_not_date_the_happening(text: str, trigger: str, day: dt.date) -> None:
    event = _event(text, "2026-03-18", trigger)
    _assert_one_day(event, day)


@pytest.mark.parametrize("text, trigger, day", [
    # the day possesses the meeting, not the condemnation that tells of it
    ("The rebels in Marlow kept up their condemnation of Friday's meeting between the two ministers.",
     "condemnation", dt.date(2026, 3, 18)),
    # the year possesses the blasts the arrest is connected with, not the arrest
    ("A man from Leeds was arrested in connection with last year's bombings of two banks in Marlow.",
     "arrested", dt.date(2026, 3, 18)),
])
def test_a_date_possessing_another_noun_does_not_date_the_happening(text: str, trigger: str, day: dt.date) -> None:
    start, end, why = _candidate_date(text, trigger)
    assert start == end == day, why


@pytest.mark.parametrize("text, trigger, start, end", [
    # the occasion of the happening keeps its day
    ("At Monday's meeting in Marlow, the council approved the new budget.", "approved",
     dt.date(2026, 3, 16), dt.date(2026, 3, 16)),
    # so does the doer whose day it is
    ("Monday's protest by farmers blocked the road to Marlow.", "blocked", dt.date(2026, 3, 16), dt.date(2026, 3, 16)),
    # and a happening of the same kind, maybe the same one told again
    ("Ann Lee won a second term following Saturday's election in Marlow.", "won",
     dt.date(2026, 3, 14), dt.date(2026, 3, 14)),
])
def test_a_date_possessing_the_happenings_occasion_still_dates_it(text: str, trigger: str, start: dt.date,
                                                                 end: dt.date) -> None:
    got_start, got_end, why = _candidate_date(text, trigger)
    assert (got_start, got_end) == (start, end), why


def test_a_happening_named_as_what_came_before_another_is_not_dated_by_it() -> None:
    # Friday is the meeting's; the bombings it followed came before it
    start, end, why = _candidate_date("The minister met his aides on Friday following the bombings in Marlow.",
                                      "bombings")
    assert start == end == dt.date(2026, 3, 18), why


def test_a_day_written_after_the_noun_of_what_came_before_may_still_be_its_own() -> None:
    # "on March 6" may hang from the fire however the parse attaches it
    start, end, why = _candidate_date("Crews began demolishing the old hall following a fire in Marlow on March 6.",
                                      "fire")
    assert start == end == dt.date(2026, 3, 6), why


@pytest.mark.parametrize("text, trigger, day", [
    ("A gunman shot a shopkeeper in Marlow last month. The shopkeeper was shot on Feb. 12 outside his store, "
     "police said.", "shot", dt.date(2026, 2, 12)),
    ("Two banks in Marlow were bombed this month. The bombs went off on March 3 in the city centre.", "bombed",
     dt.date(2026, 3, 3)),
])
def test_a_further_mention_with_a_day_narrows_a_happening_dated_by_its_month(text: str, trigger: str,
                                                                            day: dt.date) -> None:
    # the day is the finer date of the same happening, as a town is the finer place
    event = _event(text, "2026-03-18", trigger)
    _assert_one_day(event, day)


def test_a_day_still_to_come_does_not_date_a_happening_told_as_done() -> None:
    # the protests vowed for the summer are no date of the march the report tells as done
    event = _event("Farmers in Marlow vowed to join each other's protests this summer. Police stopped a crowd "
                   "from attacking the farmers as they marched through Marlow.", "2026-03-18", "marched")
    _assert_one_day(event, dt.date(2026, 3, 18))


def test_a_since_phrase_of_the_verb_over_the_happenings_noun_still_dates_it() -> None:
    # the moratorium is the object of the verb the 'since' phrase hangs from: its own state
    event = _event("Chad has maintained a moratorium on executions since 2019, when it signed the charter.",
                   "2026-03-18", "moratorium")
    assert (event.date_start, event.date_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31)), event.date_derivation


def test_a_past_month_below_a_happening_told_as_it_happens_is_an_earlier_acts() -> None:
    # the month is the election's, the earlier act the nomination follows
    start, end, why = _candidate_date("Ann Lee is nominated by the king to lead the new cabinet, following the "
                                      "general election in November 2025.", "nominated")
    assert start == end == dt.date(2026, 3, 18), why


@pytest.mark.parametrize("text, trigger", [
    # the parse may hang the month from the verb or a noun above the phrase: it ends the phrase
    ("Dozens of students are arrested during protests across Marlow after the murder of the town's mayor "
     "earlier this month.", "arrested"),
    ("Police are deployed across Marlow after the killing of a teacher by a gang earlier this month.", "deployed"),
    ("A snap election is held in Marlow following the collapse of the coalition in January.", "election"),
])
def test_a_past_month_closing_an_after_phrase_is_the_earlier_acts(text: str, trigger: str) -> None:
    # told as it happens, the happening is the report's; the month is the murder's, killing's, collapse's
    start, end, why = _candidate_date(text, trigger)
    assert start == end == dt.date(2026, 3, 18), why


def test_a_past_year_in_a_clause_beside_a_happening_told_as_it_happens_is_not_its() -> None:
    # the year is the song's; the bail, told in the participle of "upholds", is the report's day
    start, end, why = _candidate_date("A court in Marlow upholds a jail term for the singer for insulting the king "
                                      "in a 2021 song, while granting her bail pending an appeal.", "granting")
    assert start == end == dt.date(2026, 3, 18), why


def test_a_past_month_below_a_past_verb_still_dates_it() -> None:
    start, end, why = _candidate_date("She was caught in Leeds after a raid on her home last November.", "caught")
    assert (start, end) == (dt.date(2025, 11, 1), dt.date(2025, 11, 30)), why


def _candidate_date(text: str, trigger: str):
    c = _candidate(text, "2026-03-18", trigger)
    return c.date_start, c.date_end, c.date_derivation


def test_a_past_happening_after_a_sentence_gone_back_to_a_year_is_of_that_year() -> None:
    # "In 2019, ..." sets the scene of the next sentence told in the past, as a day or month does
    start, end, why = _candidate_date("Rebels shelled Marlow on Monday. In 2019, the rebels seized the old bridge "
                                      "at Marlow. The rebels burned the market in Marlow.", "burned")
    assert (start, end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31)), why


def test_a_participants_relative_clause_does_not_send_the_story_back() -> None:
    # what a participant did in 2019 describes her; the story stays in its own days
    start, end, why = _candidate_date("Rebels shelled Marlow on Monday. Ann Lee, who fled Marlow in March 2019, said "
                                      "the rebels were back. The rebels burned the market in Marlow.", "burned")
    assert start == end == dt.date(2026, 3, 16), why


def test_a_since_phrase_still_dates_the_happening_inside_it() -> None:
    event = _event("In her most detailed remarks since her arrest last month, Ann Lee told reporters on Tuesday "
                   "that she was innocent.", "2026-03-18", "arrest")
    assert (event.date_start, event.date_end) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28)), event.date_derivation


def test_a_paragraph_that_takes_up_nothing_of_the_story_does_not_inherit_its_date() -> None:
    # a digest's next item (a portal of current events, a news ticker) is a story of its own
    text = ("Thousands of people marched in Lyon on Monday against the pension reform.\n\n"
            "A bus crashed into a truck on a mountain road, killing six.")
    crash = _event(text, "2026-06-25", "crashed")
    assert crash.date_start != dt.date(2026, 6, 22), crash.date_derivation
    assert "story so far" not in (crash.place_derivation or ""), crash.place_derivation


#: a wire story: the lead's day (Tuesday), an aside to the day before, then the lead's story again
_ASIDE_STORY = ("LYON, France (AP) _\n\nPrime Minister Claire Dubois told farmers in Lyon Tuesday that every "
                "flooded farm of the Rhone valley would be rebuilt.\n\n"
                "Engineers, meanwhile, inspected the flooded dams of the Rhone valley. The regional water authority "
                "said Monday that the dams had held and that no further flooding was expected in the valley.\n\n"
                "Dubois then flew to Grenoble. She told rescue workers at the airport that the nation was proud of "
                "them.\n\n")


def test_a_paragraph_after_an_aside_to_an_earlier_day_returns_to_the_leads_day() -> None:
    # the aside's Monday ends with its paragraph: the flight is Tuesday's, as the lead's words
    flight = _event(_ASIDE_STORY, "2025-03-18", "flew")
    assert flight.date_start == dt.date(2025, 3, 18), flight.date_derivation


def test_a_paragraph_that_names_the_story_again_inherits_its_date() -> None:
    text = ("Thousands of people marched in Lyon on Monday against the pension reform.\n\n"
            "The marchers later clashed with police near the city hall.")
    clash = _event(text, "2026-06-25", "clashed")
    assert (clash.date_start, clash.place_name) == (dt.date(2026, 6, 22), "Lyon"), clash.date_derivation


_BOMBING = ("A car bomb killed 12 people outside the courthouse in Dunmore on Aug. 7, 2025. "
            "Police arrested a suspect in Dunmore on Thursday. ")


@pytest.mark.parametrize("find, published, text, trigger, day", [
    # a sentence goes back to a day of the story's background; the next one, told in the
    # past without a date, tells of that day, not of the report's recent narrative
    (_event, "2026-03-18", "A farmer was charged in Leeds on Monday with dangerous driving. The farmer fled a "
     "police stop near Leeds on Sept. 21. He crashed his tractor into a wall a mile further on.", "crashed",
     dt.date(2025, 9, 21)),
    # a clause without a tense of its own is told in the tense of the clause it hangs from
    (_event, "2026-03-18", "A farmer was charged in Leeds on Monday with dangerous driving. The farmer fled a "
     "police stop near Leeds on Sept. 21. He braked hard near the bridge, causing the police car to crash into his "
     "tractor.", "crash", dt.date(2025, 9, 21)),
    # a happening told again: a definite mention of the happening told before ("the bomb") is
    # of the day it was dated (the candidate, before merging)
    (_candidate, "2026-03-20", _BOMBING + "The bomb went off at rush hour.", "went", dt.date(2025, 8, 7)),
    (_candidate, "2026-03-20", _BOMBING + "The death toll in the blast has risen to 14, officials in Dunmore said "
     "on Thursday.", "blast", dt.date(2025, 8, 7)),
    # an indefinite one is another happening, of the narrative's day
    (_candidate, "2026-03-20", _BOMBING + "A second bomb went off in Dunmore.", "went", dt.date(2026, 3, 19)),
])
def test_an_undated_happening_after_a_day_told_before_is_of_that_day(find, published: str, text: str, trigger: str,
                                                                      day: dt.date) -> None:
    _assert_one_day(find(text, published, trigger), day)


@pytest.mark.parametrize("text, trigger, start, end", [
    # a past month or year is the story's background however recent: the next sentence told
    # in the past without a date of its own tells of that time, not of the report's day
    ("The council of Dunmore voted last year to build a new car park. "
     "After protests by shopkeepers, the council withdrew the car park plan.", "withdrew", dt.date(2025, 1, 1),
     dt.date(2025, 12, 31)),
    ("A Leeds court convicted the builder of fraud in March. His lawyers immediately appealed to a higher court.",
     "appealed", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
])
def test_an_undated_deed_after_a_recent_past_month_or_year_is_of_that_time(text: str, trigger: str,
                                                                        start: dt.date, end: dt.date) -> None:
    event = _candidate(text, "2026-04-03", trigger)
    assert (event.date_start, event.date_end) == (start, end), event.date_derivation


def test_a_noun_after_a_recent_past_year_keeps_the_reports_time() -> None:
    # only a deed told by its verb goes back to a recent month or year; a noun ("the visit")
    # whose sentence only describes it stays in the story's own time
    text = ("The council of Dunmore voted last year to build a new car park. "
            "A major goal of the council's visit to Leeds was a car park deal.")
    event = _candidate(text, "2026-02-27", "visit")
    assert event.date_start.year == 2026, event.date_derivation


def test_a_court_step_after_a_background_day_is_the_stories_news() -> None:
    # the plea is the court story's latest step, not the day of the theft it went back to
    text = ("Two men appeared at Leeds Crown Court on Monday. They had stolen a van in Leeds on Sept. 21. "
            "The men pleaded guilty to theft.")
    plea = _candidate(text, "2026-03-18", "pleaded")
    _assert_one_day(plea, dt.date(2026, 3, 16))


@pytest.mark.parametrize("text, trigger", [
    # the old date is a thing's (the strike the march marks), not the sentence's own time
    ("Thousands marched in Lyon on Monday to mark the anniversary of a May 3, 1968 strike. "
     "Police fired tear gas at the marchers in Lyon.", "fired"),
    # the old date bounds a record, it is not the time the sentence tells of
    ("Rebels fired 300 rockets at the port of Dunmore on Monday, the most in a single day since the war began "
     "in May 2022. The rockets killed four dockers in Dunmore.", "killed"),
])
def test_an_old_date_of_a_thing_or_a_record_is_no_background_day(text: str, trigger: str) -> None:
    event = _candidate(text, "2026-06-25", trigger)
    _assert_one_day(event, dt.date(2026, 6, 22))


def test_a_happening_told_again_as_the_doer_of_a_dated_clause_takes_that_clauses_day() -> None:
    # "the storm" is the subject of the clause that dates it: its own day, not the earlier one
    text = ("A storm flooded the harbour in Dunmore on March 2. "
            "The storm dropped a foot of snow on Dunmore on Monday.")
    storm = _candidate(text, "2026-03-20", "storm")
    _assert_one_day(storm, dt.date(2026, 3, 16))


@pytest.mark.parametrize("aside", [
    # the shelter's state lasts to the report: the story is not told from Jan. 1
    "The shelter has stayed open since Jan. 1 on donations.",
    "The shelter has stayed open as of Jan. 1 on donations.",
    # the previous day is the old figure's; the story is not told from it
    "The shelter housed 42 people, down from 60 the previous day.",
    "The shelter housed 42 people, compared with 60 the day before.",
])
def test_a_day_the_story_is_not_told_from_is_not_the_narratives_day(aside: str) -> None:
    text = ("Volunteers in Leeds raised money for the shelter on Tuesday. "
            f"{aside} The council in Leeds approved a grant for the shelter.")
    approved = _candidate(text, "2026-03-20", "approved")
    _assert_one_day(approved, dt.date(2026, 3, 17))


def test_a_digest_item_told_in_the_present_takes_no_date_from_another_item() -> None:
    # two items of a news digest; the arrest told in the present is today's news, not of the
    # other item's year, even when the two arrests are taken for one happening
    text = ("Bangladesh police arrest the leader of a rebel group in Dhaka, accusing him of leading attacks "
            "against the army since 2016.\n\n"
            "Istanbul mayor Ekrem Imamoglu, the main opposition figure, is arrested by Turkish gendarmes along "
            "with more than 100 other people for alleged corruption.")
    for event in extract_events(text, published="2025-03-19"):
        if "Imamoglu" in event.sentence:
            assert event.date_start == dt.date(2025, 3, 19), event.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # the date is of what a relative or participial clause tells of a participant
    ("A new plea deal is being discussed for Jane Roe, a Leeds woman accused of killing her son in June 2023.",
     "deal"),
    ("John Doe, a 30-year-old who was convicted of robbing two banks in Leeds in 2021, was sentenced to 9 years.",
     "sentenced"),
])
def test_a_date_of_a_participants_clause_does_not_date_the_happening(text: str, trigger: str) -> None:
    event = _candidate(text, "2025-07-16", trigger)
    assert event.date_start == dt.date(2025, 7, 16), event.date_derivation


def test_a_date_written_before_the_happening_stays_its_own() -> None:
    # "the May 3, 2021, bombing": however the parse hangs the date, it is the bombing's
    event = _candidate("Police questioned two men charged in the May 3, 2021, bombing of a bus in Leeds.",
                       "2025-07-16", "bombing")
    assert event.date_start == dt.date(2021, 5, 3), event.date_derivation


def test_a_year_written_before_a_participants_noun_does_not_date_the_happening() -> None:
    # "a 2001 graduate": the year tells what the woman is, not when the fire broke out
    event = _candidate("Jane Roe, a 2001 graduate of Leeds High School, was the only person home at the time of "
                       "the fire.", "2025-07-16", "fire")
    assert event.date_start == dt.date(2025, 7, 16), event.date_derivation


def test_a_year_written_before_a_happenings_noun_keeps_dating_it() -> None:
    # "the 2021 bombing that killed one": the bombing's year dates the killing it tells of
    event = _candidate("He is also charged in the 2021 bombing that killed one person in Leeds.", "2025-07-16",
                       "killed")
    assert event.date_start == dt.date(2021, 1, 1), event.date_derivation


def test_a_sentence_of_a_text_without_paragraphs_that_takes_up_nothing_is_a_new_item() -> None:
    # a text flattened to one line marks no paragraph: a sentence that names nothing of the
    # story so far is the next item (not the story's place), told on the narrative's day
    text = ("Police arrested a man in Leeds on Monday after a robbery at a bank. "
            "A bus crashed into a wall, injuring five passengers.")
    crash = next(c for c in candidate_events(text, published="2025-07-16") if c.event.trigger == "crashed")
    # (grouping still reads one story: with no paragraph marked, a detail far below that names
    # nothing of the lead may tell the lead's happening again, test_happenings)
    assert crash.story == 0
    assert "the place of the story so far" not in crash.event.place_derivation
    assert crash.event.date_start == dt.date(2025, 7, 14), crash.event.date_derivation


def test_a_british_sources_numeric_date_is_read_day_first() -> None:
    # the article's address gives the source's convention (issue #16): 01/03/2026 is 1 March in a
    # British paper, 3 January in an American one
    text = "Police arrested two men in Leeds on 01/03/2026."
    uk = next(c.event for c in candidate_events(text, published="2026-03-04", url="https://www.bbc.co.uk/news/x")
              if c.event.trigger == "arrested")
    us = next(c.event for c in candidate_events(text, published="2026-03-04", url="https://www.nytimes.com/x")
              if c.event.trigger == "arrested")
    assert (uk.date_start, us.date_start) == (dt.date(2026, 3, 1), dt.date(2026, 1, 3))


def test_a_digest_item_sharing_only_a_common_noun_is_another_story() -> None:
    # "corruption" again, undetermined, takes up nothing told before: the next item is its own
    # story and does not inherit the first item's Monday (a definite "the arrests" would)
    text = ("Police arrested 14 people in Nairobi on Monday over a corruption scheme.\n\n"
            "A fire destroyed a market in Lagos, Nigeria, where traders blame corruption for lax inspections.")
    [fire] = [e for e in extract_events(text, published="2026-06-25") if e.event_type == "accident"]
    assert str(fire.date_start) == "2026-06-25", fire.date_derivation


def test_a_paragraph_sharing_a_common_noun_and_naming_no_new_place_goes_on_with_the_story() -> None:
    # a wire story's next paragraph need not name anything again: with no place of its own it
    # is told of the same day as the story ("Zelenskiy said the timing was deliberate")
    text = ("Police arrested 14 people in Nairobi on Monday over a corruption scheme.\n\n"
            "Hundreds of protesters marched against corruption and clashed with riot police.")
    [march] = [e for e in extract_events(text, published="2026-06-25") if e.event_type == "protest"]
    assert str(march.date_start) == "2026-06-22", march.date_derivation

def test_a_known_happening_in_another_clause_takes_the_day_the_text_gives_it_later() -> None:
    # the bombing is told first as what interrupted the talks (dated Wednesday), its day only later
    text = ("The ambassador on Wednesday finished the talks that were interrupted by the bombing of the embassy. "
            "On Aug. 7, the ambassador had just ended a news conference in Dunmore. "
            "They were talking when the bomb went off, killing 20 people.")
    event = _candidate(text, "2025-08-27", "bombing")
    assert event.date_start == dt.date(2025, 8, 7), event.date_derivation


def test_a_happening_dated_only_by_its_month_takes_the_one_day_the_text_gives_it() -> None:
    # "the June 2023 murder" is the murder the text dates June 3
    text = ("Police raised the reward for information on the June 2023 murder of a Dunmore man to $5,000. "
            "The man was shot dead outside his home on June 3, 2023.")
    event = _candidate(text, "2025-03-19", "murder")
    assert event.date_start == dt.date(2023, 6, 3), event.date_derivation


def test_a_date_of_what_a_participant_is_does_not_date_the_happening() -> None:
    # "in 2019" tells who Jane Roe is (an apposition to her name), not when the court rules
    text = ("A court in Dunmore upholds the death sentence for Jane Roe, the perpetrator of an arson attack on "
            "a film studio in 2019, after she withdraws her appeal.")
    event = _candidate(text, "2025-01-28", "upholds")
    assert event.date_start == dt.date(2025, 1, 28), event.date_derivation


def test_a_date_in_apposition_to_the_happening_still_dates_it() -> None:
    text = "The almost simultaneous attacks, Aug. 7, at the embassies in Dunmore killed 20 people."
    event = _candidate(text, "2025-08-13", "killed")
    assert event.date_start == dt.date(2025, 8, 7), event.date_derivation


def test_the_places_the_story_names_order_its_numeric_dates() -> None:
    # no address, no other date, no spelling to tell by: the geoparser's Leeds puts the day first
    assert _event("Leeds police arrested two men on 01/03/2026 after a brawl outside a pub.", "2026-03-10",
                  "arrested").date_start == dt.date(2026, 3, 1)
    assert _event("Denver police arrested two men on 01/03/2026 after a brawl outside a bar.", "2026-03-10",
                  "arrested").date_start == dt.date(2026, 1, 3)


def test_a_quoted_today_does_not_move_the_story_to_the_publication_day() -> None:
    # the mayor spoke yesterday; her quoted "today" is that day, so the story's day stays yesterday
    text = ("The mayor of Dunmore yesterday defended her decision to close the library. "
            "\"Everyone who phoned me today was supportive,\" she said. "
            "Protesters marched through the town centre.")
    event = _candidate(text, "2025-07-16", "marched")
    assert (event.date_start, event.date_end) == (dt.date(2025, 7, 15), dt.date(2025, 7, 15)), event.date_derivation


def test_a_quoted_today_still_dates_a_story_without_a_day_of_its_own() -> None:
    # no earlier day in the story: the quoted "today" is the only day told
    text = ("\"We closed the library today,\" the mayor of Dunmore said. Protesters marched through the town centre.")
    event = _candidate(text, "2025-07-16", "marched")
    assert "today" in event.date_derivation, event.date_derivation


def test_what_was_told_as_done_is_no_later_than_the_day_it_was_told() -> None:
    # the saying's day is not the detention's, but the detention told of then was by then
    text = "Officials in Dunmore said last week that six people were in custody over the bombing."
    event = _candidate(text, "2025-07-16", "custody")
    assert (event.date_start, event.date_end) == (dt.date(2025, 7, 7), dt.date(2025, 7, 13)), event.date_derivation


def test_the_days_of_a_saying_and_of_its_happening_stay_apart_when_the_story_is_earlier() -> None:
    # the story's day (Monday) is before the saying's: the happening keeps the story's day
    text = ("Gunmen attacked a police station in Dunmore on Monday. "
            "Officials said on Tuesday that six people were in custody.")
    event = _candidate(text, "2025-07-16", "custody")
    assert event.date_start == dt.date(2025, 7, 14), event.date_derivation


def test_a_day_after_the_report_does_not_date_a_statement_told_as_made() -> None:
    # the interview was given by the report's day; the weeks of what was said are still to come
    event = _candidate("Col. Ann Lee, a veteran of the border war, said in an interview with a local radio station "
                       "at her base that she hopes to reopen the bridge within the next two weeks.", "2025-03-12",
                       "said")  # (the saying is the statement's mention, the interview its occasion)
    _assert_one_day(event, dt.date(2025, 3, 12))


@pytest.mark.parametrize("text, published, trigger, day", [
    # a plan told in the past still names its own day
    ("The council said the vote was set for May 12.", "2025-03-18", "vote", dt.date(2025, 5, 12)),
    # so does the happening a past announcement plans
    ("The minister announced plans to visit Leeds on May 12.", "2025-03-18", "visit", dt.date(2025, 5, 12)),
])
def test_a_day_still_to_come_of_a_plan_told_in_the_past_is_kept(text: str, published: str, trigger: str,
                                                                day: dt.date) -> None:
    event = _candidate(text, published, trigger)
    assert event.date_start == day, event.date_derivation


@pytest.mark.parametrize("text, trigger, start", [
    # a past date on the infinitive a saying asks for is the saying's: what it asks is still to come
    ("The mediators urged the rebels to return to the talks two weeks ago.", "urged", dt.date(2025, 7, 2)),
    ("The minister invited the rebel leaders to rejoin the peace talks last week.", "invited", dt.date(2025, 7, 7)),
])
def test_a_past_date_on_the_asked_infinitive_dates_the_saying(text: str, trigger: str, start: dt.date) -> None:
    event = _candidate(text, "2025-07-16", trigger)
    assert event.date_start == start, event.date_derivation


def test_a_past_date_on_the_infinitive_of_an_invitation_dates_the_invitation() -> None:
    # not the later day of the main clause: the joining was still to come when they were invited
    text = "Three countries, which were invited to join the alliance at a summit in July 2023, will formally join it on March 12."
    event = _candidate(text, "2025-02-27", "invited")
    assert (event.date_start, event.date_end) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31)), event.date_derivation


def test_a_later_date_on_the_asked_infinitive_stays_the_content_s() -> None:
    # "to vote in September": the asked deed's month, not the appeal's
    event = _candidate("The opposition urged voters to reject the charter in September.", "2025-07-16", "urged")
    assert event.date_start != dt.date(2025, 9, 1), event.date_derivation


@pytest.mark.parametrize("text", [
    "The immigration agency extended its deadline until 9 a.m. Friday.",
    "The council extended the curfew in Dunmore until July 31.",
])
def test_the_end_of_what_a_done_verb_set_is_not_its_day(text: str) -> None:
    # "until Friday" ends the span the extension set; the extension itself is told as done
    event = _candidate(text, "2025-07-16", "extended")
    assert event.date_start <= dt.date(2025, 7, 16), event.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("A warrant issued by the Lorvik court charged Jan Kowal with attempted murder in the 2019 stabbing of a "
     "shop owner.", "charged"),
    ("Ann Roe was arrested in the June 2023 killing of her neighbour.", "arrested"),
])
def test_the_date_of_the_crime_charged_is_not_the_charges(text, trigger) -> None:
    # the year or month in the phrase of the crime the charge names dates the crime, not the charge
    event = _candidate(text, "2025-03-12", trigger)
    assert event.date_start is not None and event.date_start.year == 2025, event.date_derivation


#: A made-up digest of one-paragraph items told in the present, as a news portal's day page.
_DIGEST = ("Floods kill twelve people in Sylhet, Bangladesh.\n\n"
           "A bus crashes into a river near Cusco, Peru, killing nine passengers.\n\n"
           "Rebels say they have killed General Omar Diallo, the army chief of Mali who was appointed to his post "
           "three days ago.\n\n"
           "The president of Chad calls for a ceasefire in Mali amid its war with the rebels. "
           "The rebels reject the ultimatum.\n\n"
           "A court in Nairobi sentences two men to life in prison for a bank robbery.")


def test_a_day_in_a_relative_clause_of_a_digest_item_does_not_carry_on() -> None:
    # "three days ago" is when the general was appointed: the next item's ultimatum is today's
    event = _candidate(_DIGEST, "2026-03-10", "ultimatum")
    assert event.date_start == event.date_end == dt.date(2026, 3, 10), event.date_derivation


def test_a_deed_of_another_kind_does_not_date_a_happening_told_in_the_present() -> None:
    # grouped or not, the appointment three days ago cannot give today's call its day
    from timeline.events.extract import _may_date
    candidates = {c.event.trigger: c for c in candidate_events(_DIGEST, published="2026-03-10")}
    assert not _may_date(candidates["appointed"], candidates["calls"])


def test_a_year_describing_the_subject_does_not_date_the_happening() -> None:
    # the election's year tells who the victim is, not when the stabbing is
    event = _candidate("Opposition senator and candidate in the 2027 presidential election Ana Ruiz is stabbed "
                       "during a rally in Cali, Colombia.", "2026-03-10", "stabbed")
    assert event.mode == "asserted" and event.date_start == event.date_end == dt.date(2026, 3, 10), \
        event.date_derivation


def test_a_titles_undated_happening_takes_the_day_its_lead_gives() -> None:
    # a headline tells in short, in the present, the happening its lead tells in full and dates:
    # the crash is Tuesday's, not the publication day's
    title = "Oakdale man injured in crash on county road"
    text = (f"{title}. A pickup went off the road in Mill Creek Township early Tuesday morning. "
            "Neighbours found the driver in a ditch about a mile from his farm. He remains in the hospital.")
    crash = next(e for e in extract_events(text, published="2025-06-08", title=title) if e.trigger == "crash")
    _assert_one_day(crash, dt.date(2025, 6, 3))


def test_a_titles_undated_happening_takes_the_day_of_the_first_lead_sentence_that_dates_anything() -> None:
    # the lead's first sentence dates nothing; the next one dates the criticism the title tells of
    title = "Parents group criticizes school board's budget"
    text = (f"{title}. OAKDALE - The school board's spending plan shortchanges reading programs and leans too "
            "heavily on one-time grants, parents said. The Oakdale Parents Council said in a letter sent Tuesday "
            "to board members that the plan cuts tutoring for the third year in a row. "
            "The board will vote on the plan next month.")
    criticizes = next(e for e in extract_events(text, published="2025-06-08", title=title)
                      if e.trigger == "criticizes")
    _assert_one_day(criticizes, dt.date(2025, 6, 3))


def test_the_day_of_an_open_question_does_not_date_a_happening_outside_it() -> None:
    # codebook §1: what "whether" asks is not reported; its day is not the vote's
    text = ("The parks committee voted 6-1 to renew the marina lease, although members asked whether the "
            "tenant could repair the docks by June 30, 2027.")
    vote = _candidate(text, "2026-04-09", "voted")
    assert vote.date_start is None or vote.date_start <= dt.date(2026, 4, 9), vote.date_derivation


def test_a_when_clause_after_a_date_takes_that_date_whatever_the_parse() -> None:
    # "in 2019 when ...": "when" takes up the year, so the order is of 2019, even when the parse
    # hangs the year from a participial clause of a noun and the "when" clause from another verb
    import spacy
    from spacy.tokens import Doc

    from timeline.dates import find_dates
    from timeline.events.extract import _date_claims, _governing_date
    words = ["The", "farmer", "got", "his", "wrist", "slapped", "in", "2019", "when", "the", "judge", "ordered",
             "him", "to", "refund", "the", "town", "for", "sand", "he", "spread", "on", "a", "lane", "."]
    heads = [1, 2, 20, 4, 2, 4, 5, 6, 11, 10, 11, 20, 11, 14, 11, 16, 14, 14, 17, 20, 20, 20, 23, 21, 20]
    deps = ["det", "nsubj", "ccomp", "poss", "dobj", "acl", "prep", "pobj", "advmod", "det", "nsubj", "advcl",
            "dobj", "aux", "xcomp", "det", "dobj", "prep", "pobj", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PRON", "NOUN", "VERB", "ADP", "NUM", "SCONJ", "DET", "NOUN", "VERB", "PRON",
           "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 23 + [False, False], heads=heads, deps=deps, pos=pos)
    dates = find_dates(doc.text, "2026-03-10")
    ordered = doc[11]
    claims = _date_claims(doc, dates, ordered, {ordered.i}, "other", published=dt.date(2026, 3, 10))
    found = _governing_date(claims)
    assert found is not None and found.start_date == dt.date(2019, 1, 1), found


def test_a_sentence_opening_on_today_comma_does_not_carry_the_story_to_the_publication_day() -> None:
    # "Today," set against the past is "nowadays": the quote after it is still of Saturday's forum
    text = ("County officials held a public forum on the 1972 dam collapse Saturday in Millbrook. "
            "Dozens of engineers inspected the valley back then but could not agree on a cause. "
            "Today, the collapse is still a sore point for many families, the officials said. "
            "\"It is not just old history,\" said Ann Lee, who chairs the county water board.")
    said = _event(text, "2025-06-08", "said")
    _assert_one_day(said, dt.date(2025, 6, 7))


def test_a_saying_takes_the_day_its_speakers_quotation_after_it_is_tagged_with() -> None:
    # the quotation is what the criticism said: "she said late Tuesday" dates the criticism, not
    # the narrative's Wednesday
    text = ("Senators met on Wednesday to debate the new water plan. "
            "Ann Lee, who chairs the farm committee, criticized the plan as wasteful. "
            "\"It will not bring a single drop to the valley,\" she said late Tuesday, a local radio station reported.")
    _assert_one_day(_event(text, "2025-06-08", "criticized"), dt.date(2025, 6, 3))


def test_a_later_undated_mention_does_not_date_a_happening_told_in_the_present() -> None:
    # the airstrike told in the present is today's; the president's later account of its toll
    # only carries the narrative's Monday along
    text = ("Two fishing boats sank off the coast of Oman on Monday. The navy carries out an airstrike on a "
            "smuggling boat near the coast. The president says that five people were killed in the airstrike.")
    from timeline.events.extract import _may_date
    candidates = {c.event.trigger: c for c in candidate_events(text, published="2026-03-11")}
    assert not _may_date(candidates["killed"], candidates["carries"])
    _assert_one_day(_event(text, "2026-03-11", "carries"), dt.date(2026, 3, 11))


def test_what_led_to_a_happening_told_in_the_present_is_of_the_same_day() -> None:
    # "after a bus struck a mine": the past only sets the blast before the deaths told in the
    # present, today's news, not within the span the paragraph before gave
    text = ("Fighting between rebels and the army in northern Mali went on over the past four days.\n\n"
            "Seven people are killed after a bus struck a mine on a road near Gao, Mali.")
    _assert_one_day(_candidate(text, "2026-03-11", "struck"), dt.date(2026, 3, 11))


def test_another_digest_items_date_does_not_date_a_happening_not_told_in_the_past() -> None:
    # the sentence of the next item (a murder on 3 December) is another item's news: even taken
    # for the same arrest, it does not give the surrender item's arrest its day
    from timeline.events.extract import _may_date
    digest = ("Floods kill twelve people in Sylhet, Bangladesh.\n\n"
              "Two senators in Manila surrender to police after an anti-graft court orders their arrest on bribery "
              "charges.\n\n"
              "A court in Leeds sentences a man to life in prison for killing a student in Hull on 3 December 2025.\n\n"
              "A bus crashes into a river near Cusco, Peru, killing nine passengers.")
    candidates = candidate_events(digest, published="2026-03-10")
    sentences = next(c for c in candidates if c.event.trigger == "sentences")
    # (the court's order of the arrest: "orders", the verb the parse read as a noun, or "arrest")
    arrest = next(c for c in candidates if c.event.event_type == "arrest" and "surrender" in c.event.sentence)
    assert not _may_date(sentences, arrest)


def test_a_mention_set_before_the_story_does_not_date_its_happening() -> None:
    # "previously hosting the Nordic summit in 2004" tells of an earlier summit: today's summit,
    # told in the present, keeps the report's day
    text = ("The 12th Baltic summit is held at Parnu in Estonia. Parnu becomes the first town to host a Baltic or "
            "Nordic summit twice, previously hosting the Nordic summit in 2004.")
    _assert_one_day(_event(text, "2026-06-15", "summit"), dt.date(2026, 6, 15))


def test_the_day_of_a_saying_in_its_clause_of_time_does_not_date_what_it_reports() -> None:
    # "officials said as dawn broke Tuesday": Tuesday is when the toll was told, not when the
    # people were killed (the date hangs from the time clause of the verb of saying)
    from timeline.events.coref import date_assumed
    text = "At least 40 people were killed and 300 hurt in Karsk, officials said as dawn broke Tuesday."
    event = _candidate(text, "2026-04-08", "killed")
    assert date_assumed(event), event.date_derivation


def test_a_sayings_own_day_does_not_date_a_happening_of_another_kind_it_joins() -> None:
    # the headline's shooting, undated, joined by the statement "police said Monday": the day
    # the police told of it is not the day of the shooting (as the teller is not its doer)
    import copy
    from timeline.events.extract import _absorb
    text = "Guard shot at Leeds bank.\n\nThe robbery was a hoax, police in Leeds said Monday."
    candidates = candidate_events(text, published="2026-04-08")
    shot = next(c.event for c in candidates if c.event.event_type == "attack")
    said = next(c.event for c in candidates if c.event.event_type == "statement" and c.event.date_text == "Monday")
    twin = copy.deepcopy(shot)
    _absorb(twin, said)
    assert (twin.date_start, twin.date_end, twin.date_precision) == (shot.date_start, shot.date_end,
                                                                     shot.date_precision), twin.date_derivation


def test_an_undated_offset_counts_back_from_its_clauses_day() -> None:
    # no date in the sentence: the joining takes the report's day, the declaration three days before
    text = "A former senator joins the Green Party, three days after he declared support for its leader."
    _assert_one_day(_candidate(text, "2025-05-18", "support"), dt.date(2025, 5, 15))
    # a month of another clause in the sentence is not the anchor's day
    text = ("The minister accuses the army of shooting a farmer near the border, two days after a soldier was "
            "injured by a land mine, straining the truce agreed in July.")
    _assert_one_day(_candidate(text, "2025-05-18", "injured"), dt.date(2025, 5, 16))
    # an offset counts from what follows it, not from the clause before it
    text = "The council votes to remove the mayor, two weeks before the council is set to dissolve."
    _assert_one_day(_candidate(text, "2025-05-18", "votes"), dt.date(2025, 5, 18))


def test_a_relative_clause_telling_the_happening_was_done_dates_its_noun() -> None:
    # "which the two presidents signed last March" tells when the treaty itself was made, though
    # the sentence around it is in the present and the parse hangs the clause from "patrols"
    event = _candidate("The dispute concerns a border treaty calling for joint patrols, which the two presidents "
                       "signed last March.", "2024-10-09", "treaty")
    assert (event.date_start, event.date_end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31)), event.date_derivation


def test_a_relative_clause_telling_when_a_ruling_is_expected_dates_it() -> None:
    event = _candidate("The family should stay in Leeds to await a high court ruling on the custody case, which "
                       "is expected next month.", "2024-10-09", "ruling")
    assert (event.date_start, event.date_end) == (dt.date(2024, 11, 1), dt.date(2024, 11, 30)), event.date_derivation


def test_a_day_of_the_clause_outranks_a_year_that_names_a_thing() -> None:
    # "the 2024 Booker Prize" names which prize, nearer the verb though it is; Thursday is
    # when the committee announced its winner
    event = _event("On Thursday, the committee of the literary foundation announced the winner of the 2024 "
                   "Booker Prize.", "2024-09-21", "announced")
    _assert_one_day(event, dt.date(2024, 9, 19))


def test_the_year_of_a_contest_does_not_date_a_step_told_with_its_day() -> None:
    # "in the 2024 election" names which contest; the bid was ended on the clause's day
    event = _event("On Tuesday, United States Senator from Ohio Jane Marsh ended her bid for the party's "
                   "nomination in the 2026 United States presidential election.", "2026-03-18", "ended")
    assert event.date_start == event.date_end == dt.date(2026, 3, 17), event.date_derivation


def test_a_then_holders_words_are_of_the_past_the_story_went_back_to() -> None:
    # "in 2004" dates the report; "in 2001" describes the owner; the "then-" chairman spoke then
    start, end, why = _candidate_date(
        "A fire gutted the old mill in Rydal on Monday. The mill closed years ago, with the paper reporting in "
        "2004 that its owner, who had bought the mill in 2001, planned flats. The then-chairman of the Rydal "
        "Society, Tom Pike, called the plan \"a sad loss\" and said the village would suffer.", "called")
    assert (start, end) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31)), why


@pytest.mark.parametrize("text, trigger, day", [
    ("The mayor said in a letter published Tuesday that the bridge would stay closed.", "said", dt.date(2024, 5, 14)),
    ("In a statement issued on Monday, the coast guard confirmed it had towed the ferry to port.", "confirmed",
     dt.date(2024, 5, 13)),
    ("In a letter to the Daily Courier, published on Monday, the union leader said the strike would go on.", "said",
     dt.date(2024, 5, 13)),
])
def test_a_saying_takes_the_day_its_letter_or_statement_was_published(text: str, trigger: str, day: dt.date) -> None:
    # the participle of the saying's occasion ("a letter published Tuesday") dates the words
    _assert_one_day(_candidate(text, "2024-05-16", trigger), day)
