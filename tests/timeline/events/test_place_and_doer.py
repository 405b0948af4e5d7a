"""The event's place and doer chosen by the codebook's syntactic principles (§3): the place is
where it happened (a strike where it hit, a deployment its destination, talks their venue), and
a party of the happening (its subject and the subject's conjuncts, its possessor, its object or
counterpart) is not where it happened; the doer is a party, never a place where."""
from __future__ import annotations

import pytest

from timeline import extract_events
from timeline.events.extract import candidate_events
from timeline.events.actor_options import acting_place
from timeline.events.locate import body_nation, party_role
from timeline.events.nlp import parse

pytestmark = pytest.mark.slow


def _event(text: str, event_type: str, published: str = "2021-03-10"):
    events = [e for e in extract_events(text, published=published) if e.event_type == event_type]
    assert events, [(e.event_type, e.place_name) for e in extract_events(text, published=published)]
    return events[0]


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, place, trigger, event_type, expected", [
    # the subject and its conjuncts
    ("Chile and Peru agreed to open the border on Monday.", "Peru", "agreed", "agree", "its subject"),
    ("Chile and Peru agreed to open the border on Monday.", "Chile", "agreed", "agree", "its subject"),
    # the possessor of a noun trigger
    ("Peru's decision to close the border surprised its neighbours.", "Peru", "decision", "other", "its possessor"),
    # the object or passive subject of a happening done to a party
    ("Norway condemned Peru on Monday.", "Peru", "condemned", "condemn", "its object"),
    ("Peru was warned on Monday.", "Peru", "warned", "warn", "its passive subject"),
    # a counterpart
    ("Chile signed a treaty with Peru on Monday.", "Peru", "treaty", "agree", "its counterpart"),
    # a place where or a place struck is no party
    ("Chile signed a treaty in Lima on Monday.", "Lima", "treaty", "agree", None),
    ("Rebels shelled Mosul on Monday.", "Mosul", "shelled", "attack", None),
    ("Mosul was shelled on Monday.", "Mosul", "shelled", "attack", None),
    ("Mosul came under fire on Monday.", "Mosul", "fire", "attack", None),
    # the electorate votes where it lives
    ("Peru voted on Sunday.", "Peru", "voted", "election", None),
])
def test_party_role(text, place, trigger, event_type, expected) -> None:
    doc = parse(text)
    assert party_role(_token(doc, place), _token(doc, trigger), event_type) == expected


def test_a_conjunct_of_the_subject_is_no_venue() -> None:
    event = _event("Chile and Peru agreed on Tuesday to reopen their border crossings.", "agree")
    assert event.place_name not in ("Chile", "Peru"), event.place_derivation


def test_the_object_of_a_condemnation_is_no_venue() -> None:
    event = _event("Norway condemned Peru on Monday over the arrests.", "condemn")
    assert event.place_name is None, event.place_derivation


def test_a_locative_makes_a_party_the_venue_again() -> None:
    event = _event("Chile signed a trade treaty with Peru in Lima on Monday.", "agree")
    assert event.place_name == "Lima", event.place_derivation


@pytest.mark.parametrize("text, word, acting", [
    ("Moscow warned its neighbours on Monday.", "Moscow", True),
    ("Lima's decision to close the border surprised its neighbours.", "Lima", True),
    ("The minister came under criticism in Berlin on Monday.", "Berlin", False),
    ("The minister flew to Berlin on Monday.", "Berlin", False),
])
def test_a_place_acts_only_as_subject_owner_or_agent(text, word, acting) -> None:
    assert acting_place(_token(parse(text), word)) is acting


def test_a_place_after_a_locative_is_never_the_doer() -> None:
    event = _event("The minister came under criticism in Berlin on Monday for the plan.", "condemn")
    assert event.actor1 != "Berlin" and event.place_name == "Berlin"


@pytest.mark.parametrize("text, patient, named_target", [
    ("Councilman arrested after brawl at city hall.", "councilman", True),
    ("Teacher jailed for tax fraud.", "teacher", False),
    ("A smuggler arrested on Friday near the port was charged with bribery.", "smuggler", True),
])
def test_the_subject_of_a_reduced_passive_is_the_patient(text, patient, named_target) -> None:
    # before the rule, the headline's subject was taken for the doer of its own arrest
    event = _event(text, "arrest")
    assert (event.actor1 or "").lower() != patient, event.actor1
    if named_target:
        assert (event.actor2 or "").lower() == patient, event.actor2


def test_an_active_arrest_keeps_its_doer() -> None:
    event = _event("Police arrested two smugglers in Leeds on Monday.", "arrest")
    assert event.actor1 and "olice" in event.actor1


@pytest.mark.parametrize("text, noun, doer, patient", [
    ("The capture of the town by rebels on Monday alarmed the capital.", "capture", "rebels", "town"),
    ("The killing of a farmer by soldiers sparked protests on Sunday.", "killing", "soldiers", "farmer"),
    ("Chile's defeat by Peru in the final angered its fans.", "defeat", "Peru", "Chile"),
])
def test_the_by_phrase_of_a_happening_noun_is_its_doer(text, noun, doer, patient) -> None:
    from timeline.events.actors import ActorResolver
    from timeline.events.places import PlaceTokens

    doc = parse(text)
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    agent, target = resolver._noun_actors(_token(doc, noun))
    assert agent is not None and agent.text == doer
    assert target is not None and target.text == patient


@pytest.mark.parametrize("text, word, preposition", [
    ("A ferry sank off the coast of Senegal on Monday.", "Senegal", "off"),
    ("Rebels attacked an army post in the north of Mali on Sunday.", "Mali", "in"),
    ("Gunmen opened fire in parts of Lagos on Sunday.", "Lagos", "in"),
])
def test_a_part_or_an_edge_of_a_place_is_in_it(text, word, preposition) -> None:
    from timeline.events.locate import governing_preposition

    assert governing_preposition(_token(parse(text), word)) == preposition


def test_the_first_party_of_a_reciprocal_happening_is_its_doer() -> None:
    event = _event("Television showed a meeting on Friday between Prime Minister Ivan Petrov "
                   "and the regional leader, Omar Aliev.", "meet")
    assert event.actor1 == "Ivan Petrov"


def test_between_names_the_parties_of_a_reciprocal_noun() -> None:
    from timeline.events.actors import ActorResolver
    from timeline.events.places import PlaceTokens

    doc = parse("Talks between the rebels and the army resumed in the capital on Monday.")
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    doer, other = resolver._noun_actors(_token(doc, "Talks"))
    assert doer is not None and doer.text == "rebels"
    assert other is not None and other.text == "army"


@pytest.mark.parametrize("text, doer", [
    ("Kidnappers killed a shop owner in Lagos on Friday.", "Kidnappers"),
    ("Robbers attacked a bank in Nairobi on Monday.", "Robbers"),
])
def test_the_doers_of_violence_named_by_what_they_do_are_actors(text, doer) -> None:
    assert _event(text, "attack").actor1 == doer


def test_the_place_of_what_was_agreed_is_not_where_it_was_agreed() -> None:
    text = "Chile and Peru agreed on Tuesday to send engineers to Bolivia."
    events = extract_events(text, published="2021-03-10")
    agree = next(e for e in events if e.event_type == "agree")
    assert agree.place_name is None, agree.place_derivation  # no venue stated
    send = next(e for e in events if e.event_type == "deploy")
    assert send.place_name == "Bolivia"  # the destination is the sending's place


def test_the_place_of_what_was_said_is_not_where_it_was_said() -> None:
    # a statement is placed where it was made if the text says so (codebook §3); the town the
    # condemnation is about is no venue, so no place rather than a wrong one
    text = "The Estonian foreign minister on Tuesday condemned the shelling of schools in Tartu and called for an inquiry."
    condemn = _event(text, "condemn", published="2024-03-15")
    assert condemn.place_name is None, condemn.place_derivation
    said = _event("The Estonian foreign minister condemned the shelling at a news conference in Tartu on Tuesday.",
                  "condemn", published="2024-03-15")
    assert said.place_name == "Tartu", said.place_derivation  # where it was said
    # a phrase that sets the scene is no content: the thanks were given at the talks in Tartu
    scene = _event("During talks in Tartu on Saturday, the Latvian foreign minister Anna Berzina thanked Estonia "
                   "for its help.", "support", published="2024-03-15")
    assert scene.place_name == "Tartu", scene.place_derivation


@pytest.mark.parametrize("text, venue", [
    ("Talks between Warsaw and Vilnius resumed on Monday.", None),  # the governments, no venue
    ("Talks between Warsaw and Vilnius resumed on Monday in Riga.", "Riga"),
])
def test_the_capitals_of_the_parties_to_talks_are_not_their_venue(text, venue) -> None:
    meet = _event(text, "meet", published="2024-03-15")
    assert meet.place_name == venue, meet.place_derivation


@pytest.mark.parametrize("text, place, precision", [
    # a state speaking from no stated venue: its country, not the town the story is set in
    (("Floods swept through Tartu on Monday, killing three people. Estonia condemned the slow response of "
      "the rescue services on Tuesday."), "Estonia", "country"),
    # a state's body whose country the article does not name: no place rather than the strike's town
    (("Missiles struck Kharkiv overnight, killing three people. The foreign ministry condemned the attack "
      "on Tuesday."), None, None),
])
def test_a_state_body_without_a_venue_is_placed_in_its_country(text, place, precision) -> None:
    condemn = _event(text, "condemn", published="2024-03-15")
    assert (condemn.place_name, condemn.geo_precision) == (place, precision), condemn.place_derivation


@pytest.mark.parametrize("text, place", [
    # a body the text names as the country's ("Estonia's X"), no venue stated: its country
    ("Estonia's electoral commission reports that the ruling party will keep its majority.", "Estonia"),
    ("Latvia's interior ministry said on Monday that the border crossing will reopen in April.", "Latvia"),
    # a person the country's name introduces travels: no place rather than a guess
    ("Estonia's Kaja Kallas says the talks will resume in spring.", None),
])
def test_a_body_named_as_a_countrys_speaks_in_that_country(text, place) -> None:
    statement = _event(text, "statement", published="2024-03-15")
    assert statement.place_name == place, statement.place_derivation


@pytest.mark.parametrize("text, place", [
    # a town's district the gazetteer knows only as a namesake in another town: the town written with it
    ("Two people are killed in a missile strike on Shevchenkivskyi District, Kharkiv.", "Kharkiv"),
    # the district of the town it is written with stays
    ("Two people are killed in a missile strike on Shevchenkivskyi District in Kyiv.", "Shevchenkivskyi"),
])
def test_a_town_part_resolved_far_from_its_town_gives_way_to_the_town(text, place) -> None:
    attack = _event(text, "attack", published="2026-01-01")
    assert attack.place_name == place, attack.place_derivation


def test_a_happening_put_in_another_state_takes_no_guess_from_the_story() -> None:
    # "in another state": somewhere the text does not name, not the dateline's town
    text = ("MILLTOWN — A Milltown man faces murder charges in the death of his neighbor, police said "
            "Tuesday. Smith was arrested and convicted of a relatively minor charge in another state, "
            "according to prosecutors.")
    arrest = _event(text, "arrest", published="2026-01-01")
    assert arrest.place_name is None, arrest.place_derivation


def test_a_place_the_words_name_is_not_where_they_were_said() -> None:
    # "urged residents of Tartu": the town the appeal is about, not its venue; the speaker's
    # country is (its body spoke from no stated venue)
    text = "Estonia's interior minister on Sunday urged residents of Tartu to stay indoors."
    statement = _event(text, "statement", published="2024-03-15")
    assert statement.place_name != "Tartu", statement.place_derivation
    assert statement.place_derivation.startswith(("no venue", "a state's body", "no place")), statement.place_derivation


def test_a_state_mentioned_around_the_happening_yields_to_the_town_of_the_story() -> None:
    # "angry Indiana residents" names the state only in passing; the story's town inside it is
    # where the arrest was (codebook §3: the town, not its province, when the text names the town)
    text = ("Boaters crowd the marina in Gary every summer. Gary residents have long complained about the noise. "
            "Police arrested two boaters on Monday after complaints by angry Indiana residents.")
    [arrest] = [c.event for c in candidate_events(text, published="2024-03-15") if c.trigger.text == "arrested"]
    assert arrest.place_name == "Gary", arrest.place_derivation


@pytest.mark.parametrize("text, court", [
    ("The man was arraigned in Bantam Superior Court on Tuesday.", "Bantam Superior Court"),
    ("The two men pleaded not guilty in Leeds Crown Court on Monday.", "Leeds Crown Court"),
])
def test_the_court_before_which_one_appears_is_the_doer(text, court) -> None:
    assert _event(text, "arrest").actor1 == court


@pytest.mark.parametrize("text", [
    "Jones was arraigned in court on Tuesday.",
    "The suspect appeared before the court in Leeds on Monday.",
])
def test_a_court_named_by_a_common_noun_is_no_doer(text) -> None:
    assert "court" not in (_event(text, "arrest").actor1 or "").lower()


def test_the_venue_of_another_clause_is_not_the_happenings_place() -> None:
    # "in Ankara" is where the leaders met, in a clause of its own: the rules give the attack
    # the story's place, not Ankara
    text = ("Russian drones struck the port of Odesa overnight, killing two people. The attack came a day after "
            "the Ukrainian president met his Turkish counterpart in Ankara.")
    candidates = candidate_events(text, published="2024-03-12")
    [attack] = [c.event for c in candidates if c.trigger.text == "attack"]
    [meeting] = [c.event for c in candidates if c.event.event_type == "meet"]
    assert attack.place_name != "Ankara" and meeting.place_name == "Ankara"


def test_who_tells_of_a_happening_is_not_its_doer() -> None:
    # "..., residents said": the source of the account; "forcing families to flee" names no
    # doer of the push either
    [attack] = [e for e in extract_events("In Khan Younis, tanks pushed into the eastern part of the city overnight, "
                                          "residents said, forcing hundreds of families to flee.",
                                          published="2024-08-05") if e.event_type == "attack"]
    assert attack.actor1 is None  # nobody named pushed in


def test_a_nations_vote_is_placed_in_its_country_not_the_last_story_town() -> None:
    # items of a digest: the vote is told by its voters' nationality alone
    text = ("A bus crashed into a truck near Gdynia, Poland, killing six people.\n\n"
            "Chileans vote in the second round to choose a new president.")
    [vote] = [e for e in extract_events(text, published="2026-06-21") if e.event_type == "election"]
    assert vote.country_code == "CL", vote.place_derivation


def test_a_capital_visited_to_meet_someone_is_the_meetings_place_not_a_party() -> None:
    events = extract_events("Zelensky visited Washington on Tuesday to meet Trump.", published="2026-07-24")
    assert all(e.place_name == "Washington" for e in events if e.event_type in ("meet", "visit")), \
        [(e.event_type, e.place_name) for e in events]


@pytest.mark.parametrize("text, places", [
    # the names after a place that qualify its address are no further places
    ("Protesters rallied in Fastiv, Kyiv Oblast, on Sunday.", ["Fastiv"]),
    ("Protesters rallied in Nairobi, Kenya, on Sunday.", ["Nairobi"]),
    # a list of places is one happening per place, addresses and all
    ("Protesters rallied in Torrington, Connecticut, and Weston, Massachusetts, on Sunday.", ["Torrington", "Weston"]),
    # a town or quarter, then after a bare comma the city it is part of: one place
    ("Protesters rallied in Kadikoy, Istanbul, on Sunday.", ["Kadıköy"]),
    # but towns listed with commas alone are one happening each
    ("Protesters rallied in Ankara, Izmir, Istanbul on Sunday.", ["Ankara", "Izmir", "Istanbul"]),
])
def test_the_rest_of_an_address_is_no_place_of_its_own(text: str, places: list[str]) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == "protest"]
    assert [e.place_name for e in events] == places


@pytest.mark.parametrize("text, places", [
    # a quarter, the borough and the city it is part of: one address, the quarter
    ("Two men were wounded in a shooting in Williamsburg, Brooklyn, New York City, on Sunday.", ["Williamsburg"]),
    # a city that bears its province's name stands for the province that holds the place
    ("A drone struck a fuel depot in Al Dhafra, Abu Dhabi, on Sunday.", ["Al Dhafra"]),
    # a division the gazetteer read as a town abroad, before the place's own country
    ("Gunmen attacked a checkpoint in Mayadin, Deir ez-Zor Governorate, Syria, on Sunday.", ["Al Mayadin"]),
    # towns of a list stay one happening each
    ("Gunmen attacked police posts in Atlixco, Cholula and Tehuacan on Sunday.", ["Atlixco", "Cholula", "Tehuacan"]),
])
def test_an_address_chain_is_one_happening_at_its_finest_place(text: str, places: list[str]) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == "attack"]
    assert sorted(e.place_name for e in events) == sorted(places)


@pytest.mark.parametrize("text, kind, places", [
    # a town told as lying near a city is where it happened, the city only its bearing
    ("A cargo plane crashed into a warehouse in Karaj, near Tehran, on Monday, killing nine people.", "accident",
     ["Karaj"]),
    ("A fire destroyed a school in Ramla, outside Tel Aviv, on Sunday.", "accident", ["Ramla"]),
])
def test_a_place_told_near_another_is_one_happening(text: str, kind: str, places: list[str]) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == kind]
    assert [e.place_name for e in events] == places


def test_the_town_of_an_address_is_read_in_the_division_it_names() -> None:
    # "Sumy Raion" is a step of several words; the Mykolaivka of Sumy Oblast, not of Donetsk Oblast
    events = [e for e in extract_events("A drone strike hit a bus in Mykolaivka, Sumy Raion, Sumy Oblast, Ukraine, "
                                        "on Sunday.", published="2026-06-23") if e.event_type == "attack"]
    assert [e.place_name for e in events] == ["Mykolaivka"]
    assert events[0].lat > 50.5  # (Sumy Oblast lies in the north-east)


@pytest.mark.parametrize("text, kind, place", [
    # a town the gazetteer files under its own governorate, beside the region its address names:
    # the town, not the region
    ("Israeli troops raided a house in Tulkarm, West Bank, on Tuesday, killing two men.", "attack", "Tulkarm"),
    # a town that is also its province's name ("Jenin": the governorate) is the first name of
    # its address, no place apart from the region after it
    ("Israeli troops raided a house in Jenin, West Bank, on Tuesday, killing two men.", "attack", "Jenin"),
    # a county the gazetteer knows only abroad (Berkshire, Massachusetts), between the town and
    # the town's own country, is the town's county: no second fire
    ("A fire broke out at a warehouse in Bracknell, Berkshire, UK, on Tuesday.", "accident", "Bracknell"),
    # a named district followed by a country, even one not its own, is one address
    ("Three people were killed when a gas cylinder exploded in Sylhet District, India, on Tuesday.", "accident",
     "Sylhet"),
    # an appositive telling what kind of place the town is and where it lies gives its address
    ("A fire broke out at a warehouse on Tuesday in Tver, a city in the Volga region of Russia.", "accident",
     "Tver"),
])
def test_the_first_name_of_an_address_is_the_place(text: str, kind: str, place: str) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == kind]
    assert [e.place_name for e in events] == [place], [(e.place_name, e.place_derivation) for e in events]


@pytest.mark.parametrize("text, kind, places", [
    # what a strike falls "on" is where it happened: one event per town of the list
    ("The air force carried out strikes on Jabalia and Deir al-Balah on Tuesday, killing 12 people.", "attack",
     ["Deir El Balah", "Jabalya"]),
    # "killing ... and injuring ... in Kabul and Peshawar": the toll is part of the quake, and the
    # towns it names are where it struck: one quake per town
    ("A strong earthquake struck Afghanistan and Pakistan on Friday, killing 12 people and injuring six others "
     "in Kabul and Peshawar.", "disaster", ["Kabul", "Peshawar"]),
    # the object of "strikes" is where the tornado struck, not a party: one tornado per town
    ("A large tornado strikes Tulsa and Norman, Oklahoma, killing three people.", "disaster", ["Norman", "Tulsa"]),
])
def test_a_happening_at_a_list_of_towns_is_one_happening_per_town(text, kind, places) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == kind]
    assert sorted(e.place_name for e in events) == places, [(e.place_name, e.place_derivation) for e in events]


def test_a_place_told_to_lie_in_a_region_after_its_address_is_no_place_of_its_own() -> None:
    # "in Tomsk, Tomsk Oblast in the Siberia region": the region is where the address lies
    text = "Drones struck a power plant in Tomsk, Tomsk Oblast in the Siberia region, on Sunday."
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == "attack"]
    assert [e.place_name for e in events] == ["Tomsk"], [(e.place_name, e.place_derivation) for e in events]


def test_a_district_before_its_city_is_one_place() -> None:
    # "Kyivskyi District, Odesa": the city after the comma holds the district
    for text, kind in (("Protesters rallied in Kyivskyi District, Odesa, on Sunday.", "protest"),
                       ("Two people are killed in drone strikes on Shevchenkivskyi District, Kharkiv, Ukraine.", "attack")):
        events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == kind]
        assert len(events) == 1, [(e.place_name, e.place_derivation) for e in events]


@pytest.mark.parametrize("text", [
    # the ends of the journey a happening was on are not where it happened (codebook §3: no
    # place rather than a wrong one)
    "Ten people died when their boat sank on the way from Haiti to the United States on Tuesday.",
    "A ferry sank during the crossing from Dover to Calais on Tuesday, killing four.",
    "Ten migrants fleeing Haiti drowned when their boat capsized on Tuesday.",
])
def test_a_happening_on_a_journey_is_at_neither_end(text: str) -> None:
    accident = _event(text, "accident", published="2024-03-06")
    assert accident.place_name is None, accident.place_derivation


def test_a_journeys_end_is_no_bar_to_where_it_happened() -> None:
    # a place named as where it happened stays, with travellers' home towns beside it
    accident = _event("A bus crashed in Dover on Tuesday, killing four people from Calais.", "accident",
                      published="2024-03-06")
    assert accident.place_name == "Dover", accident.place_derivation


def test_a_step_of_a_case_is_at_the_courts_seat_not_the_story_town() -> None:
    # the court is named after the town it sits in, which the geoparser does not read in it
    text = ("Police in Fairfield, Connecticut, said a woman stole a car on Monday. "
            "She was arraigned in Bridgeport Superior Court on Tuesday.")
    [arrest] = [e for e in extract_events(text, published="2009-03-17") if e.event_type == "arrest"]
    assert (arrest.place_name, arrest.country_code) == ("Bridgeport", "US"), arrest.place_derivation


def test_words_told_after_a_gathering_are_said_there() -> None:
    text = ("The school board held a public forum in Alexandria, Virginia, on Monday night. "
            "Superintendent Morton Sherman said the schools need 40 more teachers to close the achievement gap.")
    [statement] = [e for e in extract_events(text, published="2009-03-25") if e.event_type == "statement"]
    assert statement.place_name == "Alexandria", statement.place_derivation


def test_a_letter_written_after_a_gathering_is_not_said_there() -> None:
    text = ("The school board held a public forum in Alexandria, Virginia, on Monday night. "
            "Superintendent Morton Sherman also wrote to the governor on Tuesday, asking for more money.")
    [statement] = [e for e in extract_events(text, published="2009-03-25") if e.event_type == "statement"]
    assert statement.place_name is None, statement.place_derivation


@pytest.mark.parametrize("text, event_type, place", [
    # a locative after a finer place names where that place is: the finer place is where it happened
    ("Rebels shelled Goma in eastern Congo on Monday.", "attack", "Goma"),
    ("Five people are found dead near the ski resort of Zermatt in Valais, Switzerland, following an avalanche.",
     "disaster", "Zermatt"),
    # someone's home town is not made where it happened by its address
    ("Police said John Smith, 39, of Pomeroy in Meigs County, was charged with burglary on Monday.", "arrest",
     "Meigs County"),
])
def test_a_place_qualified_by_a_wider_one_is_where_it_happened(text: str, event_type: str, place: str) -> None:
    event = _event(text, event_type, published="2025-05-25")
    assert event.place_name == place, event.place_derivation


@pytest.mark.parametrize("text, event_type, country", [
    ("Chile closed its airspace for six hours on Tuesday after a radar failure.", "other", "CL"),
    ("Peruvian authorities issued an arrest warrant for the former mayor on Monday.", "arrest", "PE"),
])
def test_a_happening_the_text_places_nowhere_is_in_its_doers_country(text: str, event_type: str,
                                                                     country: str) -> None:
    event = _event(text, event_type, published="2024-05-08")
    assert (event.country_code, event.geo_precision) == (country, "country")


def test_a_strike_the_text_places_nowhere_is_not_in_its_doers_country() -> None:
    assert _event("Russia launched a wave of drones overnight, officials said.", "attack",
                  published="2024-05-08").lat is None
    # nor a visit told as one abroad (a state visit)
    assert _event("Polish President Andrzej Duda began a state visit on Friday.", "visit",
                  published="2024-05-08").lat is None


#: a digest whose first item is set in one country; the next items name no place of their own
_DIGEST_LEAD = "Rebels shelled the market in Goma on Monday, killing six people. Goma was shelled again.\n\n"


@pytest.mark.parametrize("item, event_type, country", [
    # a nationality naming the body that does it: the nation, not the digest's earlier place
    ("Incumbent Peruvian president Ivo Stanek is unanimously re-elected by the parliament on Tuesday.",
     "election", "Peruvian"),
    ("The Chilean government releases 40 political prisoners who were jailed during protests last year.",
     "arrest", "Chilean"),
    ("A South African court temporarily halts the parliament's impeachment inquiry into the president.",
     "other", "South African"),
    # ... with a word of its rank between the nationality and the body ("Supreme"), and "The"
    ("The Chilean Supreme Court sentences former mayor Ana Rojas to six years in prison for fraud.",
     "arrest", "Chilean"),
    # a people voting
    ("Peruvians vote on Tuesday to elect a new parliament.", "election", "Peruvian"),
    # the sentence's only place names another party, not where it happened
    ("Chilean authorities issued a nationwide arrest warrant on Tuesday for a U.S. fugitive.", "arrest", "Chilean"),
])
def test_a_domestic_happening_named_only_by_its_nation_is_in_that_country(item: str, event_type: str,
                                                                          country: str) -> None:
    codes = {"Peruvian": "PE", "Chilean": "CL", "South African": "ZA"}
    event = _event(_DIGEST_LEAD + item, event_type, published="2025-10-14")
    assert (event.country_code, event.geo_precision) == (codes[country], "country"), event.place_derivation


@pytest.mark.parametrize("item, event_type, country", [
    # where the man is sent: the extradition is no movement, the court acted at home
    ("A Chilean court orders the extradition of businessman Ivo Stanek to Argentina to face fraud charges.",
     "other", "Chilean"),
    # where the alleged deed went, in a clause of the charges, not where the indictment was
    ("Former Peruvian president Ana Rojas is indicted on charges alleging that she ordered weapons to be "
     "smuggled into Bolivia.", "arrest", "Peruvian"),
])
def test_a_nations_body_acts_at_home_not_where_what_it_names_goes(item: str, event_type: str,
                                                                   country: str) -> None:
    codes = {"Peruvian": "PE", "Chilean": "CL"}
    event = _event(item, event_type, published="2025-10-14")
    assert (event.country_code, event.geo_precision) == (codes[country], "country"), event.place_derivation


@pytest.mark.parametrize("text, event_type", [
    # regions of several countries from the gazetteer's own list, which have no geonameid
    ("A storm killed three people in Western Europe on Sunday.", "disaster"),
    ("Troops clashed with rebels in Kashmir on Sunday.", "attack"),
])
def test_a_region_of_several_countries_without_a_geonameid_is_no_place(text: str, event_type: str) -> None:
    event = _event(text, event_type, published="2025-11-16")
    assert event.lat is None, event.place_derivation


def test_a_hyphenated_nationality_is_read_whole() -> None:
    # "Bissau-Guinean" is Guinea-Bissau's, not Guinea's ("Guinean" alone)
    doc = parse("The Bissau-Guinean government releases 40 political prisoners.")
    assert {body_nation(t, "arrest") for t in doc} - {None} == {"GW"}


def test_a_nationality_of_people_arrested_is_not_where_they_were_arrested() -> None:
    # "Mexican nationals" names no body of Mexico: the arrest stays with the story's place
    event = _event("Police shut a drug lab in Goma on Monday. Goma police said two Mexican nationals were "
                   "arrested there on Tuesday.", "arrest", published="2025-10-14")
    assert event.country_code != "MX", event.place_derivation


def test_a_nationality_in_a_groups_name_is_not_its_nation() -> None:
    # "the Irish Republican Army" is an armed group's name, not a body of Ireland
    event = _event(_DIGEST_LEAD + "Two members of the Irish Republican Army were arrested on Tuesday.", "arrest",
                   published="2025-10-14")
    assert event.country_code != "IE", event.place_derivation


_TOWN_STORY = ("Police in Milltown said on Monday they were still investigating. Milltown police said the "
               "suspect was held in Milltown.\n")


def test_a_happening_at_a_thing_of_the_state_is_in_the_storys_town_inside_it() -> None:
    # "a North Carolina nursing home" names whose home it is, not where in the state: the
    # story's town in that state (Carthage, made up wording)
    text = _TOWN_STORY.replace("Milltown", "Carthage") + \
        "A gunman shot and killed eight people in a North Carolina nursing home on Sunday."
    event = _event(text, "attack", published="2009-03-30")
    assert (event.place_name, event.geo_precision) == ("Carthage", "city"), event.place_derivation


#: a story set in one state's town that names one town of another state (made up wording)
_OTHER_STATE_TOWN = ("Investigators in Denver said on Monday the two cases may be linked. Denver police are "
                     "still searching for the suspect. The jail in Tulsa was locked down on Friday.\n")


@pytest.mark.parametrize("sentence", [
    "An inmate was stabbed in a northern Oklahoma jail on Sunday.",
    "A bomb exploded at an Oklahoma medical clinic on Sunday.",
])
def test_a_thing_of_a_state_is_in_the_one_town_the_article_names_inside_it(sentence: str) -> None:
    # the story's town (Denver) is in another state; the only Oklahoma town it names is Tulsa
    event = _event(_OTHER_STATE_TOWN + sentence, "attack", published="2009-03-30")
    assert (event.place_name, event.geo_precision) == ("Tulsa", "city"), event.place_derivation


@pytest.mark.parametrize("text", [
    # told in the state itself
    _TOWN_STORY.replace("Milltown", "Carthage") + "A gunman shot and killed eight people in North Carolina on Sunday.",
    # a thing of a state the article names several towns of
    _OTHER_STATE_TOWN.replace("The jail in Tulsa was", "The jails in Tulsa and Norman were")
    + "An inmate was stabbed in a northern Oklahoma jail on Sunday.",
])
def test_a_happening_of_the_state_with_no_one_town_of_it_stays_in_the_state(text: str) -> None:
    event = _event(text, "attack", published="2009-03-30")
    assert event.geo_precision == "admin1", event.place_derivation


def test_a_state_naming_someones_home_is_not_one_of_its_towns() -> None:
    # "an Oklahoma man's death": the state names where he lived, not a thing in one of its towns
    event = _event(_OTHER_STATE_TOWN + "A nurse is being prosecuted in an Oklahoma man's death.", "arrest",
                   published="2009-03-30")
    assert event.place_name != "Tulsa", event.place_derivation


#: a digest: paragraphs that are items of their own, the first one's place named most
_DIGEST = ("Rebels shelled the market in Goma on Monday, killing six people. Goma was shelled again.\n\n"
           "A fire destroys a market in Lagos, Nigeria.\n\n"
           "Floods kill twelve people in Sylhet, Bangladesh.\n\n")


def test_a_digests_later_item_does_not_take_the_place_the_digest_names_most() -> None:
    event = _event(_DIGEST + "Forty deputies leave the ruling party in a dispute over the budget.", "other",
                   published="2025-10-14")
    assert event.lat is None, event.place_derivation  # not Goma: no place rather than a wrong one
    # the nation whose body does it, when the item names it
    event = _event(_DIGEST + "The Chilean government releases 40 political prisoners.", "other",
                   published="2025-10-14")
    assert (event.country_code, event.geo_precision) == ("CL", "country"), event.place_derivation


@pytest.mark.parametrize("item, event_type, code", [
    # a strike by the nation's military that names no place: in that nation, not the item before's
    ("The Chilean military conducts airstrikes against a rebel camp, killing 12 fighters.", "attack", "CL"),
    # a raid by the nation's army
    ("The Peruvian army kills 12 civilians in a raid on a village.", "attack", "PE"),
    # the nation of those who run for its offices ("an opposition presidential candidate")
    ("Ecuadorian opposition presidential candidate Pedro Soto says police have detained 20 of his aides.",
     "arrest", "EC"),
])
def test_a_digest_item_naming_no_place_is_set_in_the_nation_whose_body_does_it(item: str, event_type: str,
                                                                               code: str) -> None:
    events = [e for e in extract_events(_DIGEST + item, published="2025-10-14")
              if e.event_type == event_type and e.sentence == item]
    assert events and all((e.country_code, e.geo_precision) == (code, "country") for e in events), \
        [(e.event_type, e.sentence, e.place_derivation) for e in extract_events(_DIGEST + item, published="2025-10-14")]


def test_a_strike_keeps_the_place_its_sentence_names_over_the_nation_of_its_doer() -> None:
    # the nation of the doer is only a guess for a strike told with no place at all
    item = "The Chilean military conducts airstrikes on a rebel camp in Peru."
    events = [e for e in extract_events(_DIGEST + item, published="2025-10-14")
              if e.event_type == "attack" and e.sentence == item]
    assert events and all(e.country_code == "PE" for e in events), [e.place_derivation for e in events]


#: items of a digest told in the present, each set somewhere of its own
_ITEMS = "A fire destroys a market in Lagos, Nigeria.\n\nFloods kill twelve people in Sylhet, Bangladesh.\n\n"


def test_a_digest_item_sharing_only_a_title_with_the_item_before_is_another_story() -> None:
    # "Prime Minister" said of another office-holder takes up no one of the Oslo item
    text = _ITEMS + ("Police fire tear gas on Monday at protesters in Oslo who rally against Prime Minister "
                     "Lars Holm's budget.\n\nPresident Ana Ruiz appoints Pedro Soto as the new Prime Minister.")
    event = _event(text, "other", published="2026-06-25")
    assert event.place_name != "Oslo" and event.lat is None, event.place_derivation


def test_a_digest_item_with_a_nation_of_its_own_is_another_story() -> None:
    # "corruption" again, undetermined, and a nation the items before did not name: another arrest
    text = _ITEMS + ("Police arrest 14 people in Nairobi on Monday over a corruption scheme.\n\n"
                     "A Norwegian former minister is charged with corruption.")
    arrests = [e for e in extract_events(text, published="2026-06-25") if e.event_type == "arrest"]
    assert sorted(e.place_name for e in arrests) == ["Nairobi", "Norway"], [e.place_derivation for e in arrests]


def test_a_digest_item_whose_pronoun_refers_to_its_own_name_does_not_take_the_place_before() -> None:
    # "her" and "its" are the item's own names' (Maria Soto's, Acme Mining's), not words taking up
    # the Nairobi item: no place rather than Nairobi
    for item in ("Maria Soto resigns after her party loses a vote.",
                 "Acme Mining closes its mine after a gas blast kills four workers."):
        text = _ITEMS + "Police arrest 14 people in Nairobi on Monday over a corruption scheme.\n\n" + item
        events = [e for e in extract_events(text, published="2026-06-25") if e.sentence == item]
        assert events and all(e.place_name != "Nairobi" for e in events), [e.place_derivation for e in events]


def test_a_digests_first_item_does_not_take_the_place_the_digest_names_most() -> None:
    # the digest's shape is read ahead: its first item is a story of its own too, not set in Busan
    text = ("A military court sentences two bloggers to prison terms for spreading propaganda.\n\n"
            "A fire destroys a market in Busan, South Korea.\n\nFloods kill twelve people in Busan after heavy rain."
            "\n\nRebels seize the airport in Goma, Congo.")
    event = _event(text, "arrest", published="2026-06-25")
    assert event.place_name != "Busan", event.place_derivation


def test_a_wire_storys_paragraphs_keep_the_storys_place() -> None:
    # one paragraph that takes up nothing of the story is an aside, not a digest's item
    text = ("Rebels shelled the market in Goma on Monday, killing six people. Goma was shelled again.\n\n"
            "The rebels said the market held army supplies.\n\n"
            "Forty deputies leave the ruling party in a dispute over the budget.")
    event = _event(text, "other", published="2025-10-14")
    assert event.place_name == "Goma", event.place_derivation


def test_a_people_facing_a_hardship_puts_it_in_their_country() -> None:
    # "Somalis" is the subject of a hardship: it befalls them at home
    doc = parse("More than two million Somalis face hunger amid a severe drought.")
    assert body_nation(_token(doc, "Somalis"), "disaster") == "SO"
    assert body_nation(_token(doc, "Somalis"), "attack") is None  # (not for what they do abroad)
    assert _event("More than two million Somalis face hunger amid a severe drought.", "disaster").place_name == "Somalia"


def test_a_capital_used_for_its_state_is_still_the_city_a_locative_names() -> None:
    """An article may use a capital for its state ("Havana rejected ... Havana said"), yet a
    happening "in" the capital (or a quarter of it) took place in the city, not the country."""
    text = ("Havana rejected the offer from Washington on Monday, and Havana said the talks had failed. "
            "Havana also recalled its envoy. Cuba has long opposed the embargo. Police in Santiago de Cuba "
            "arrested two activists on Sunday. In Old Havana, hundreds of children marched on Tuesday "
            "to demand the boy's return.")
    event = _event(text, "protest", published="2024-03-05")
    assert (event.place_name, event.geo_precision) == ("Havana", "city")


def test_a_place_in_what_a_further_mention_says_is_not_where_the_words_were_said() -> None:
    # the statement is named by an earlier sentence; the place comes from a later mention of
    # it, inside what she says ("the women in Moldova"): not where she spoke (codebook §3)
    text = ("Lisa Brand reports from Vienna.\n\nAn exiled Moldovan lawyer, Ana Rusu, leads a group called the "
            "Working Group on Women. Ms. Rusu says women have been victims of severe violations of their rights "
            "for ten years. She says the plight of women in the villages is greater than in the towns. She says "
            "this puts the very existence of families at risk. Ms. Rusu says the women of Chisinau symbolize the "
            "suffering of all the women in Moldova.\n\nMs. Rusu says that is the primary focus of her group.")
    statements = [e for e in extract_events(text, published="1998-03-05") if e.event_type == "statement"]
    assert statements and all(e.place_name is None for e in statements), \
        [(e.place_name, e.place_derivation) for e in statements]


def test_a_that_clause_after_a_noun_of_words_is_what_they_say() -> None:
    # "charges that officials in Tartu had taken bribes": Tartu is in what the charges say; a
    # participle after the noun sets the scene instead ("a statement issued in Tartu")
    from timeline.events.locate import in_what_was_said
    doc = parse("The Estonian foreign minister on Tuesday repeated charges that officials in Tartu had taken bribes.")
    assert in_what_was_said(_token(doc, "Tartu"), _token(doc, "charges"))
    doc = parse("The Estonian foreign minister on Tuesday read a statement issued in Tartu.")
    assert not in_what_was_said(_token(doc, "Tartu"), _token(doc, "statement"))


@pytest.mark.parametrize("text, event_type, place", [
    # the owner in a possessive address is where the place lies, no second fire
    ("A barn fire broke out on Tuesday in Jefferson County's Union Township.", "accident", "Jefferson County"),
    # a relative clause on the one sentenced tells of him, not of the sentence
    ("Dorn, who has received asylum in Spain, was sentenced to a ten-year prison term in Ohio last year.",
     "arrest", "Ohio"),
    # the sides of a border are no places of a shooting near it
    ("A smuggler was shot dead near the Chad–Sudan border in Adre on Tuesday.", "attack", "Adre"),
])
def test_a_place_that_is_not_where_it_happened_does_not_copy_a_happening(text: str, event_type: str,
                                                                           place: str) -> None:
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type == event_type]
    assert [e.place_name for e in events] == [place], [(e.place_name, e.place_derivation) for e in events]


def test_the_places_of_another_happening_outside_the_triggers_phrase_do_not_copy_it() -> None:
    # "the bombings in Aleppo and Idlib" hang off the verb the strike is the subject of: they
    # place the bombings, not the strike
    text = "Officials said the air strike on Homs is not linked with the inquiry into the bombings in Aleppo and Idlib."
    candidates = candidate_events(text, published="2026-06-23")
    assert not [c for c in candidates if c.trigger.text == "strike" and c.split]
    assert [c.event.place_name for c in candidates if c.trigger.text == "bombings"] == ["Aleppo", "Idlib"]


def test_places_singled_out_after_the_triggers_area_are_further_places_of_it() -> None:
    # "especially in Parana and Santa Catarina" hangs off the toll, but it names where the
    # flooding of southern Brazil struck most: one flooding per state, and the region's
    text = "The death toll from last week's flooding in southern Brazil, especially in Parana and Santa Catarina, rises to 40."
    events = [e for e in extract_events(text, published="2025-10-14") if e.event_type == "disaster"]
    assert sorted(e.place_name for e in events) == ["Brazil", "Parana", "Santa Catarina"], \
        [(e.place_name, e.place_derivation) for e in events]


def test_the_actor_model_ranks_only_where_the_rules_doer_is_not_stated() -> None:
    # "Police arrested ...": the trigger's own subject stands, the model ranks nothing; "Two men
    # were arrested on Monday, police said": no doer is stated, the model ranks the options
    from timeline.events.extract import ranked_actor_options
    stated = next(c for c in candidate_events("Police arrested two men on Monday.", published="2021-03-10")
                  if c.trigger.text == "arrested")
    assert ranked_actor_options(stated) is None
    told = next(c for c in candidate_events("Two men were arrested in Nairobi on Monday, police said.",
                                            published="2021-03-10") if c.trigger.text == "arrested")
    ranked = ranked_actor_options(told)
    assert ranked and any(o.actor is None for o in ranked)


@pytest.mark.parametrize("text, event_type, place", [
    # a happening over the whole state: the state, not the town the story has been in
    ("Smith campaigned in Dayton, Ohio, on Monday. The lone Democrat in the race for the governor's job, "
     "Smith is counting on donors to help him win the election in November.", "election", "Ohio"),
    ("Hundreds of people marched in Dayton, Ohio, on Monday. Flags flew at half-staff across the state "
     "on Tuesday.", "other", "Ohio"),
    # over the whole country: the country
    ("Police arrested two men in Lyon, France, on Monday. On Tuesday, protests broke out across the "
     "country.", "protest", "France"),
])
def test_a_state_wide_or_nation_wide_happening_is_placed_in_the_state_or_country(text, event_type, place) -> None:
    events = [e for e in extract_events(text, published="2024-03-15") if e.event_type == event_type]
    assert events[-1].place_name == place, events[-1].place_derivation


def test_a_happening_in_the_town_keeps_the_towns_place() -> None:
    text = "Police arrested two men in Lyon, France, on Monday. On Tuesday, protests broke out in the city."
    [protest] = [e for e in extract_events(text, published="2024-03-15") if e.event_type == "protest"]
    assert protest.place_name == "Lyon", protest.place_derivation


def test_a_country_that_did_a_deed_by_it_is_no_place() -> None:
    # "since Chile's defeat by Peru": Peru is the doer of another deed, a party, not where the
    # protests are; the story's place (the dateline's city) stays
    text = ("SANTIAGO, Chile -- Police arrested ten opposition members on Monday. The opposition has stepped up "
            "pressure on the president since Chile's defeat by Peru in a short war last year and plans a series "
            "of protests next month.")
    protest = _event(text, "protest")
    assert protest.place_name == "Santiago", protest.place_derivation


@pytest.mark.parametrize("text", [
    "The finance minister is splashed with paint after leaving a press conference building in Tartu, Estonia "
    "in which he criticized the new fuel tax.",
    "The finance minister is splashed with paint after leaving a hotel in Tartu in which he criticized the new "
    "fuel tax.",
    "Protesters throw eggs at the finance minister outside a theatre in Tartu, Estonia in which he criticized "
    "the fuel tax.",
])
def test_a_happening_in_which_clause_is_placed_in_the_town_of_its_hall(text) -> None:
    # "a hall in Tartu in which he criticized": the criticism was made in the hall, in Tartu
    # (the town, not the country written after it)
    condemn = _event(text, "condemn", published="2026-04-23")
    assert condemn.place_name == "Tartu", condemn.place_derivation


def test_a_town_issuing_its_own_measure_is_where_it_was_taken() -> None:
    # the town is the doer and also the place: its authority acts within its bounds (not the
    # country named in the sentence before)
    event = _event("Heavy rain fell across Japan on Monday.\n\nŌfunato issued an evacuation order for 2,000 residents.",
                   "other", published="2021-06-10")
    assert (event.actor1, event.place_name, event.country_code) == ("Ōfunato", "Ōfunato", "JP")


def test_a_place_of_the_act_whose_purpose_clause_names_the_killing_is_not_its_place() -> None:
    # "taken to a laboratory in Dover to find out if it had been used to kill": Dover is where
    # the rifle went, not where the farmer was killed
    attack = _event("The rifle was taken to a laboratory in Dover to find out if it had been used to kill the farmer.",
                    "attack", published="2021-03-10")
    assert attack.place_name != "Dover", attack.place_derivation


def test_a_place_of_a_clause_joined_to_the_one_a_killing_dates_is_not_its_place() -> None:
    # "vanished after the shooting, and the car was found at an airport in Dover": the shooting
    # only dates the vanishing; Dover is where the car was found
    attack = _event("The suspect vanished after the shooting, and his car was found abandoned at an airport in Dover "
                    "in December.", "attack", published="2021-03-10")
    assert attack.place_name != "Dover", attack.place_derivation


def test_a_place_of_the_act_a_happening_dates_is_shared_by_it() -> None:
    # "found dead near Zermatt following an avalanche": the avalanche was there too
    disaster = _event("Five skiers were found dead near Zermatt on Sunday following an avalanche.", "disaster",
                      published="2021-03-10")
    assert disaster.place_name == "Zermatt", disaster.place_derivation


@pytest.mark.parametrize("text, place", [
    # a state or a country named as someone's home is not where the happening was: the story's town is
    ("BOWLING GREEN, Ky. (AP) -- An Ohio man was arrested on Sunday after a traffic stop near the interstate.",
     "Bowling Green"),
    ("BOWLING GREEN, Ky. (AP) -- Two Tennessee teenagers were arrested on Saturday after a fight at a bar.",
     "Bowling Green"),
    ("BOWLING GREEN, Ky. (AP) -- John Harlan, 52, of Vermont, was charged on Saturday with burglary.",
     "Bowling Green"),
])
def test_a_visitors_home_state_is_not_where_it_happened(text: str, place: str) -> None:
    arrest = _event(text, "arrest", published="2025-03-20")
    assert arrest.place_name == place, arrest.place_derivation


@pytest.mark.parametrize("text, event_type, place", [
    # the reporter's "here" is the dateline's city: on the words' own verb, over a wider region named
    ("HELSINKI, March 3 (Xinhua) --\n\nThe new treaty will change the balance of power in northern Europe, the "
     "Finnish prime minister Matti Virtanen said here Friday.", "statement", "Helsinki"),
    # elsewhere in a sentence that names no place, over the story's earlier place
    ("WASHINGTON (AP) --\n\nA doctor who performed abortions was shot dead in Albany, N.Y., last fall.\n\n"
     "On Friday, police officers here watched the crowd of protesters at the annual rally against abortion.",
     "protest", "Washington"),
])
def test_here_is_the_datelines_city(text: str, event_type: str, place: str) -> None:
    event = _event(text, event_type, published="2025-03-07")
    assert event.place_name == place, event.place_derivation


@pytest.mark.parametrize("text, place", [
    # what an appeal asks for is not where the meeting was: no place rather than the appeal's
    ("A United Nations envoy meets Egyptian president Abdel Fattah el-Sisi and urges an end to fighting "
     "across Sudan.", None),
    ("Qatar repeats its call for a truce in Sudan during an Arab League meeting.", None),
    # the meeting's own venue still stands
    ("The two leaders met in Cairo and called for a ceasefire in Sudan.", "Cairo"),
])
def test_the_place_an_appeal_asks_about_is_not_the_meetings(text: str, place: str | None) -> None:
    meet = _event(text, "meet", published="2026-08-03")
    assert meet.place_name == place, meet.place_derivation


@pytest.mark.parametrize("text, event_type, place", [
    # a town's name before a happening's noun is where it happened, and where what the noun's
    # phrase tells of it happened, over the story's own town
    ("DENVER (AP) -- A man was arrested in Denver on Tuesday, Denver police said.\n\n"
     "He is also charged in two Phoenix shootings, including a 2019 ambush that killed a guard.",
     "attack", "Phoenix"),
    ("OMAHA, Neb. (AP) -- Omaha police arrested a woman on Monday at her Omaha home.\n\n"
     "She is also charged in three Tulsa attacks, including a bombing that injured four people in 2018.",
     "attack", "Tulsa"),
])
def test_a_town_before_a_happenings_noun_is_where_it_happened(text: str, event_type: str, place: str) -> None:
    event = _event(text, event_type, published="2021-03-10")
    assert event.place_name == place, event.place_derivation


def test_a_country_set_after_a_town_by_a_comma_is_the_towns_address() -> None:
    # the parser hangs the "when" clause off the town, bringing the country nearer the trigger
    text = "Six people are killed and nine more are injured in Ghent, Belgium, when a bus hits a tram."
    event = _event(text, "accident", published="2025-11-27")
    assert event.place_name == "Gent", event.place_derivation  # (GeoNames spells it so)


def test_a_digests_words_do_not_take_the_place_the_digest_names_most() -> None:
    # a later item's warning naming no place: not Goma, the place of the first item
    event = _event(_DIGEST + "Senator Erik Lund warns that the income tax will rise next year.", "warn",
                   published="2025-10-14")
    assert event.lat is None, event.place_derivation


def test_the_place_a_visit_visits_is_where_it_was() -> None:
    # the object of "visits" is also read as the visit's counterpart; it is still the place visited
    event = _event("Chancellor Erik Lund visits Norway to discuss the Baltic Sea crisis with the Norwegian prime "
                   "minister.", "visit", published="2026-04-03")
    assert event.place_name == "Norway", event.place_derivation


def test_a_digest_items_election_without_a_place_is_in_the_country_its_paragraph_names() -> None:
    # the item's first sentence names the country (as its parliament's owner); the election
    # told after it, with no place of its own, is held there
    text = _DIGEST + ("Forty deputies leave the ruling party in a dispute over the budget.\n\n"
                      "Malawi's parliament approves a constitutional amendment that extends presidential terms. "
                      "The reform would take effect after the June presidential election.")
    event = _event(text, "election", published="2025-10-14")
    assert (event.country_code, event.geo_precision) == ("MW", "country"), event.place_derivation


@pytest.mark.parametrize("text, place", [
    # the subject that holds the vote ("the state of Oregon held ...") is its electorate: the vote
    # is there, not in the state the story opened in
    ("Voters in Ohio went to the polls on Tuesday. On Wednesday, the state of Oregon held elections "
     "despite a court fight.", "Oregon"),
    # the place named before the election noun is where the caucuses are
    ("Voters in Iowa went to the polls on Monday. The party will continue its season with the Kansas "
     "caucuses on March 7.", "Kansas"),
    # a two-word state name before a modified election noun (parsed as nmod, not compound)
    ("Voters in Iowa went to the polls on Monday. The party will go on with the North Dakota "
     "primary election on March 10.", "North Dakota"),
])
def test_the_electorate_of_a_vote_is_where_it_was(text: str, place: str) -> None:
    events = [e for e in extract_events(text, published="2024-03-01") if e.event_type == "election"]
    assert events[-1].place_name == place, [(e.place_name, e.place_derivation) for e in events]


def test_the_town_in_the_relative_clause_of_the_venue_is_where_it_happened() -> None:
    # "in Tarnow" tells where the hotel is (a clause about the venue, with its own trigger verb
    # "visiting"); the fire was at the hotel, so in Tarnow, not only somewhere in Poland
    text = ("A fire on Sunday night killed three tourists at a hotel the family was visiting to attend "
            "a wedding in Tarnow, southern Poland.")
    event = _event(text, "accident", published="2023-05-08")
    assert event.place_name == "Tarnow" and "venue" in event.place_derivation, event.place_derivation


def test_primaries_in_listed_states_are_one_vote_per_state() -> None:
    # each state's primary is its own vote, held by the party whose season goes on with them
    text = ("The Republican Party is set to continue its primary season on April 14, with primary "
            "elections in Kansas, Iowa and Nebraska.")
    events = [e for e in extract_events(text, published="2024-04-01") if e.event_type == "election"]
    assert sorted((e.place_name, e.actor1) for e in events) == [
        ("Iowa", "Republican Party"), ("Kansas", "Republican Party"), ("Nebraska", "Republican Party")], \
        [(e.place_name, e.actor1, e.place_derivation) for e in events]


def test_words_are_not_said_at_the_articles_setting_unless_it_is_the_dateline() -> None:
    # a story on fires in Chile: "'We stand ready,' tweeted the Italian prime minister" was not
    # said in Chile, the place the text names most (codebook §3: words have no place unless a
    # venue is stated); a Chilean may speak at home; a story filed from Santiago is where its
    # speakers speak
    text = ("Bushfires have burned millions of hectares in Chile this month. Chile has asked for help, and "
            "Chile's forests are shrinking fast.\n\n\"We stand ready to send aircraft,\" tweeted Italian Prime "
            "Minister Giorgia Meloni.")
    cue = next(c for c in candidate_events(text, published="2025-03-12") if c.locator is not None)
    chile = cue.locator.country_mention("CL")
    guessed = f"no place in the sentence: the article's setting, {chile.name}"
    meloni = {"name": "Giorgia Meloni", "kind": "named", "country_code": "IT"}
    assert cue.locator.no_place("statement", chile.geonameid, guessed, doer=meloni, place_country="CL")
    unknown = {"name": "Ana Ruiz", "kind": "named", "country_code": None}
    assert cue.locator.no_place("statement", chile.geonameid, guessed, doer=unknown, place_country="CL") is not None
    # a Chilean may speak in the country the story is set in; only words lose the guess
    chilean = {"name": "Ana Ruiz", "kind": "named", "country_code": "CL"}
    assert cue.locator.no_place("statement", chile.geonameid, guessed, doer=chilean, place_country="CL") is None
    assert cue.locator.no_place("disaster", chile.geonameid, guessed, doer=meloni, place_country="CL") is None
    # a visitor's words told "during his visit" are said at the place visited
    assert cue.locator.no_place("statement", chile.geonameid, guessed, doer=meloni, place_country="CL",
                                sentences=["Meloni, in Santiago on a two-day visit, said aid was coming."]) is None
    filed = "SANTIAGO, Chile (AP) -- " + text.replace("in Chile", "in Santiago")
    cue = next(c for c in candidate_events(filed, published="2025-03-12") if c.locator is not None)
    here = cue.locator.dateline
    assert here is not None and cue.locator.no_place(
        "statement", here.geonameid, f"no place in the sentence: the article's setting, {here.name}",
        doer=meloni, place_country="CL") is None


def test_a_small_town_far_away_is_not_the_place_of_a_facility_its_name_begins() -> None:
    # "Bhera Market" is a market of the Bangladeshi city, not Bhera in Pakistan: one fire, in Sylhet
    text = ("A fire gutted dozens of shops in Sylhet, Bangladesh, on Sunday. "
            "The fire in Bhera Market started shortly after midnight.")
    events = extract_events(text, published="2024-03-04")
    assert {e.place_name for e in events} == {"Sylhet"}


def test_a_digest_item_placed_by_a_nationality_on_its_place_noun_is_in_that_nation() -> None:
    # "in northern Peruvian villages": no place name, but a nationality on a place noun after
    # "in" places the order in Peru, not in the doer's Chile nor in the item before's Sylhet
    item = "The Chilean army issues an evacuation order in northern Peruvian villages ahead of planned airstrikes."
    events = [e for e in extract_events(_DIGEST + item, published="2025-10-14") if e.sentence == item]
    assert events and all(e.country_code == "PE" for e in events), [e.place_derivation for e in events]
    # a nationality on a happening's noun places nothing ("killed in Peruvian strikes")
    item = "Six people are killed in Peruvian strikes, the Chilean army says."
    assert all(e.country_code != "PE" for e in extract_events(_DIGEST + item, published="2025-10-14")
               if e.sentence == item)


@pytest.mark.parametrize("text, trigger, place", [
    # the legislature's members are the doers: at its seat, not in the country the story visited last
    ("Ministers in the United Kingdom clashed over the budget on Monday. The prime minister later flew to "
     "Ireland for talks with the Irish leader. Members of the House of Commons protested by shouting and "
     "holding signs during Tuesday's session.", "protested", "London"),
    # the legislature named with its nation votes in the nation's capital, not just "in Peru"
    ("Lawmakers in Peru met on Monday. The Parliament of Peru voted on Tuesday to remove the president "
     "from office.", "voted", "Lima"),
])
def test_a_happening_of_a_nations_legislature_with_no_place_stated_is_at_its_seat(text: str, trigger: str,
                                                                                   place: str) -> None:
    events = [e for e in extract_events(text, published="2024-03-14") if e.trigger == trigger]
    assert events and events[0].place_name == place, [(e.trigger, e.place_derivation) for e in events]


@pytest.mark.parametrize("body", ["Scottish Parliament", "European Parliament", "state Senate"])
def test_a_regions_or_a_unions_assembly_is_not_at_the_nations_seat(body: str) -> None:
    # the Scottish Parliament sits in Edinburgh, the European Parliament in Strasbourg: never the capital
    text = f"Lawmakers in the United Kingdom met on Monday. Members of the {body} protested by shouting during Tuesday's session."
    assert all("legislature" not in (e.place_derivation or "") for e in extract_events(text, published="2024-03-14"))


def test_a_legislature_a_happening_only_goes_to_is_not_its_place() -> None:
    # "sent the bill to Congress": the body is where the bill goes, not who acted nor where
    text = "The governor of Texas signed a bill in Austin on Monday. The president sent the budget to Congress on Tuesday."
    assert all("legislature" not in (e.place_derivation or "") for e in extract_events(text, published="2024-03-14"))
