"""Mentions of one happening merged into one event (codebook §2, "One event per happening"):
invented sentences with a pinned publication date, run through the real pipeline."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline import extract_events
from timeline.model import Event

pytestmark = pytest.mark.slow


def _attacks(text: str, published: str) -> list[Event]:
    return [e for e in extract_events(text, published=published) if e.event_type == "attack"]


def test_a_named_victim_shot_again_in_the_text_is_the_same_shooting() -> None:
    text = ("Judge Peter Odhiambo was shot dead outside his home in Mombasa on March 3. Hundreds of lawyers "
            "marched in Nairobi on Monday to demand an inquiry. The Law Society called for a strike. The chief "
            "justice met the interior minister on Tuesday. Parliament debated court security on Wednesday. The "
            "president promised more guards. Opposition leaders criticised the police. Donors pledged money for "
            "the courts. On Thursday, detectives told reporters in Nairobi that Peter Odhiambo, 61, had been "
            "shot with a pistol.")
    [attack] = _attacks(text, "2025-03-20")
    assert attack.date_start == dt.date(2025, 3, 3)
    assert len(attack.evidence) == 1


def test_another_attack_on_the_same_person_stays_apart() -> None:
    text = ("Gunmen shot and wounded Judge Peter Odhiambo in Mombasa in January. Hundreds of lawyers marched "
            "in Nairobi on Monday. The Law Society called for a strike. Parliament debated court security on "
            "Wednesday. The president promised more guards. Opposition leaders criticised the police. Donors "
            "pledged money for the courts. On Thursday, a second gunman shot Peter Odhiambo in Nairobi.")
    assert len(_attacks(text, "2025-03-20")) == 2


#: Sentences about other things, so the retelling comes well after the first telling.
_FILLER = ("The city council debated its budget. The mayor promised more parks. Teachers asked for higher pay. "
           "A new bridge opened to traffic. The library extended its hours. Farmers complained about the weather. ")


def test_an_undated_retelling_joins_the_attack_whose_sentence_named_the_victim() -> None:
    # the victim's full name only in the dated attack's sentence (no victim of its own there);
    # the later undated retelling is that shooting, not one on the publication day
    text = ("Police in Leeds issued a warrant on Tuesday for Colin Marsh, a drifter wanted in Canada. "
            "Marsh was charged last year in the March 2021 shooting death of Dr. Alan Verne, a surgeon in Leeds. "
            "He is also wanted in the shooting of two nurses in Glasgow. " + _FILLER +
            "Verne was killed by a single bullet fired through the window of his kitchen.")
    attacks = _attacks(text, "2023-05-09")
    assert [a.date_start for a in attacks if a.place_name == "Leeds"] == [dt.date(2021, 3, 1)], \
        [(a.date_start, a.place_name, a.actor2) for a in attacks]


def test_an_undated_retelling_on_a_victim_of_a_named_death_joins_the_lead_attack() -> None:
    # the lead's attack names nobody ("the slaying of a surgeon"); the victim is introduced by
    # "the death of Dr. Alan Verne", and "Verne, 58, was shot" retells that slaying
    text = ("A drifter was charged with murder on Tuesday in the slaying of a surgeon who was shot in his "
            "kitchen.\n\n\"We believe this man is responsible for the death of Dr. Alan Verne,\" a detective said.\n\n"
            "Investigators have hunted the drifter since the Oct. 12 slaying.\n\n"
            "Police in Canada said the drifter is a suspect in sniper shootings that wounded surgeons in November "
            "in Toronto and Ottawa.\n\n" + _FILLER +
            "Police said the discovery of a rifle near the Verne home was a breakthrough. Verne, 58, was shot "
            "with a rifle.")
    attacks = _attacks(text, "2023-05-09")
    assert dt.date(2023, 5, 9) not in [a.date_start for a in attacks], \
        [(a.date_start, a.place_name, a.actor2) for a in attacks]


def test_deeds_of_two_states_on_one_page_are_two_events() -> None:
    # two items of a news digest: doers of two countries, neither the other's target
    text = ("Iran says it has attacked American military bases in Bahrain with drones.\n\n"
            "The Israeli military says its air force struck weapon depots in the Gaza Strip.")
    attacks = _attacks(text, "2026-07-24")
    assert len(attacks) == 2, [(a.actor1, a.place_name) for a in attacks]


def test_deeds_of_two_named_doers_told_as_todays_news_are_two_events() -> None:
    # two digest items that share words (one story to the paragraph test), each with its own doer
    text = ("Russian Armed Forces launch drones at Odesa, breaking the energy truce.\n\n"
            "The Russian Ministry of Defence says Ukraine attacked an oil depot, breaking the energy truce.")
    doers = {a.actor1 for a in _attacks(text, "2025-03-19")}
    assert doers == {"Russian Armed Forces", "Ukraine"}, doers


def test_one_clash_told_in_the_past_from_its_two_sides_stays_one_event() -> None:
    text = "Troops fought the rebels near Goma on Monday.\n\nThe rebels fired back at the army near Goma."
    assert len(_attacks(text, "2025-03-19")) == 1


@pytest.mark.parametrize("text", [
    "The Japanese coast guard arrests the captain of a Chinese fishing boat.\n\n"
    "Former Norwegian minister Erik Lund is charged with corruption over a Chinese fishing firm.",
    "Police arrest a former mayor over a bribery scheme.\n\nAna Ruiz is charged with fraud over the bribery scheme."])
def test_arrests_of_two_people_told_as_todays_news_are_two_events(text: str) -> None:
    arrests = [e for e in extract_events(text, published="2025-03-19") if e.event_type == "arrest"]
    assert len(arrests) == 2, [(a.actor1, a.actor2) for a in arrests]


def test_strikes_on_a_strip_of_land_and_on_a_country_are_two_events() -> None:
    text = ("A tanker was attacked in the Strait of Hormuz, the embassy reports.\n\n"
            "Drones strike a fuel depot in the Gaza Strip, killing two guards.\n\n"
            "Missiles hit an air base in Bahrain.")
    places = {a.place_name for a in _attacks(text, "2026-07-24")}
    assert {"Gaza Strip", "Bahrain"} <= places, places


def test_killings_a_digest_places_in_two_countries_are_two_events() -> None:
    # the crash's toll verb has no place of its own, but its clause names India; the fire's, China
    text = ("Four people are killed in a house fire in Changsha, Hunan, China.\n\n"
            "Seven people are killed and 20 are injured as a bus crashes into a truck in Siliguri, West Bengal, India.")
    accidents = [e for e in extract_events(text, published="2026-06-21") if e.event_type == "accident"]
    by_place = {e.place_name: e for e in accidents}
    assert set(by_place) == {"Changsha", "Siliguri"}, [(e.place_name, e.sentence) for e in accidents]
    assert by_place["Changsha"].evidence == []


def test_a_toll_and_the_crash_its_clause_tells_are_one_event() -> None:
    text = "Seven people are killed and 20 are injured as a bus crashes into a truck in Siliguri, West Bengal, India."
    accidents = [e for e in extract_events(text, published="2026-06-21") if e.event_type == "accident"]
    assert len(accidents) == 1, [(e.trigger, e.place_name) for e in accidents]
    assert accidents[0].place_name == "Siliguri"


def test_a_digest_paragraph_naming_a_possessed_attack_takes_up_the_attack_before() -> None:
    # "Syria's rocket attacks" is the attack the paragraph before tells, not a new item's
    text = ("Syria fires rockets at Jordan in response to the raids.\n\n"
            "Five people are killed and 40 others injured in Jordan after Syria's rocket attacks.\n\n")
    assert len(_attacks(text, "2025-11-27")) == 1, [(e.trigger, e.place_name) for e in _attacks(text, "2025-11-27")]


def test_a_bare_toll_in_a_paragraph_of_its_own_goes_on_with_the_attack_before() -> None:
    # "Three gunmen are killed." names no place, day or cause: the storming's toll, no new item
    text = ("Six officers are killed and 20 people are injured when gunmen storm a police station in "
            "Peshawar, Pakistan.\n\nThree gunmen are killed.\n\nFloods hit Lagos, Nigeria.\n\n")
    attacks = _attacks(text, "2025-11-27")
    assert len(attacks) == 1, [(e.trigger, e.place_name) for e in attacks]


def test_a_possessed_noun_points_back_to_its_possessors_happening_before_a_later_doerless_one() -> None:
    # the pilgrims' arrival is told last, but "The Pope's visit" is the Pope's
    text = ("This is the eve of the Pope's visit to Kenya, and Nairobi is ready. Today, thousands of pilgrims "
            "began to arrive in Nairobi. The Pope's visit is important for the church.")
    visits = [e for e in extract_events(text, published="2025-11-27")
              if e.event_type == "visit" and e.actor1 == "Pope"]
    assert len(visits) == 1, [(e.sentence, e.place_name) for e in visits]


def test_a_toll_and_the_mishap_a_verb_of_causing_makes_happen_are_one_event() -> None:
    # "cause a riverboat to capsize": the capsizing hangs off the boat (or the verb of causing),
    # which hangs off the toll's "after" clause
    text = "Twenty people are killed after heavy winds cause a riverboat to capsize on Lake Kivu in Rwanda."
    mishaps = [e for e in extract_events(text, published="2025-11-27") if e.event_type in ("accident", "disaster")]
    assert len(mishaps) == 1, [(e.event_type, e.place_name) for e in mishaps]


@pytest.mark.parametrize("text", [
    "The Austrian chancellor paid a visit to Rome on Tuesday, where she met the Italian prime minister.",
    "The senator said she would travel to Brussels and meet with European officials next week.",
])
def test_a_meeting_told_in_a_visits_clause_is_the_visit(text: str) -> None:
    # what was done on the trip is the trip, one event (visit and meet are one kind, codebook §4)
    events = [e for e in extract_events(text, published="2026-06-23") if e.event_type in ("visit", "meet")]
    assert len(events) == 1, [(e.event_type, e.sentence) for e in events]


def test_a_deed_of_another_doer_in_a_digests_next_item_is_another_event() -> None:
    # the second paragraph takes up nothing of the first: a new item, by another doer
    text = ("The Israeli military conducts air strikes on Rafah, killing at least 20 Palestinians.\n\n"
            "Al-Shabaab fighters overrun an army base after a night of fighting.")
    attacks = _attacks(text, "2025-03-19")
    assert len(attacks) == 2, [(a.trigger, a.actor1, len(a.evidence)) for a in attacks]
    assert all(a.evidence == [] for a in attacks)


def _arrest_cues(text: str) -> list:
    from timeline.events.extract import candidate_events
    return [c for c in candidate_events(text, published="2025-03-20") if c.event.event_type == "arrest"]


@pytest.mark.parametrize("opening, joins", [("The arrest", True), ("The latest arrest", False)])
def test_the_latest_arrest_takes_up_no_earlier_arrest_outright(opening: str, joins: bool) -> None:
    from timeline.events.coref import _referent
    text = (f"Police arrested a man in Leeds on Monday over the stabbing of a teenager. "
            f"{opening} brings to four the number of people held over the stabbing.")
    first, *rest = _arrest_cues(text)
    later = next(c for c in rest if c.trigger.lower_ == "arrest")
    assert (_referent([[first]], later) is not None) == joins


def test_a_definite_attack_noun_points_back_to_the_attack_told_not_to_a_crime_named_as_a_charge() -> None:
    # the murder is only the charge's crime, told aside in a sentence whose happening is the
    # charge; "the shooting" is the one told first (coref._latest_told_first)
    from timeline.events.coref import _referent
    from timeline.events.extract import candidate_events
    text = ("A gunman shot and killed Dr. Ellen Marsh at her home in Tessborough on March 2. "
            "The city council debated its budget. "
            "Jan Peeters and Luc Janssens are charged with murder, conspiracy to commit murder and fraud. "
            "Before the shooting, the gunman had worked as a cook.")
    killed, murder, shooting = [c for c in candidate_events(text, published="2025-03-20")
                                if c.event.event_type == "attack"]
    assert not murder.chosen
    told, aside = [killed], [murder]
    assert _referent([told, aside], shooting) is told


@pytest.mark.parametrize("opening, joins", [
    ('"A fire burned through these dry hills in an hour," the chief said on Monday.', True),
    ("Crews could not stop a fire on such a dry day, the chief said on Monday.", False)])
def test_a_fire_that_took_place_takes_up_no_denied_fire_outright(opening: str, joins: bool) -> None:
    from timeline.events.coref import _referent
    from timeline.events.extract import candidate_events
    text = f"{opening} The fire started Thursday near Oak Ridge and burned 40 homes."
    first, later = [c for c in candidate_events(text, published="2025-03-20") if c.event.event_type == "accident"]
    assert (_referent([[first]], later) is not None) == joins


def test_two_digest_items_told_in_the_present_passive_are_two_events() -> None:
    # "are killed" is a digest's present like "kills": the second item is its own happening
    text = ("Two people are killed in a shooting at a bar in Leeds, England.\n\n"
            "Six soldiers are killed in an ambush by militants.")
    assert len(_attacks(text, "2021-06-10")) == 2


def test_a_deed_told_with_also_is_another_one_of_its_kind() -> None:
    # 'also' on the verb adds a second act of praise, not the first told again
    text = ("President Ann Lee said on Monday that Dunmore wants peace talks with its neighbour. She praised the "
            "efforts of the envoy John Ruiz. Lee also lauded the efforts of the former envoy Peter Hale to end the "
            "border war.")
    events = extract_events(text, published="2025-07-16")
    assert any(e.trigger == "lauded" for e in events), [(e.event_type, e.trigger) for e in events]


def test_where_a_happening_was_told_is_not_where_it_happened() -> None:
    # "Smith was charged with murder on Thursday ... His stepmother said from her home in Irving:
    # 'I would like to see him come forward'": a statement merged into the charge keeps its
    # words, not its place; a further mention of the same kind still fills the place
    from timeline.events.extract import _absorb
    from timeline.model import Event

    def event(event_type: str, place: str | None) -> Event:
        return Event(id=event_type, event_type=event_type, actors=[], date_start=None, date_end=None,
                     date_precision="unknown", date_text=None, lat=32.8 if place else None,
                     lon=-96.9 if place else None, place_name=place, country_code="US" if place else None,
                     geo_precision="city" if place else None, sentence="", start=0 if place is None else 40,
                     end=10, confidence=0.5, place_derivation="'in Irving' → Irving (city)" if place else None)

    charge = event("arrest", None)
    _absorb(charge, event("statement", "Irving"))
    assert charge.place_name is None
    _absorb(charge, event("arrest", "Irving"))
    assert charge.place_name == "Irving"


def test_a_happening_of_a_past_year_and_one_told_as_todays_news_are_two_events() -> None:
    # the digest's items share "the perpetrator", so they read as one story; the arson of 2019
    # is the court item's background, the shooting today's news
    text = ("The Osaka District Court finalizes the death sentence for Kenji Mori, the perpetrator of the "
            "arson attack on a Kobe Robotics office in 2019, after he withdraws his appeal.\n\n"
            "Three people, including the perpetrator, are killed and two police officers are injured in a "
            "mass shooting at a Harper's Supermarket in Kokomo, Indiana, United States.")
    attacks = _attacks(text, "2025-01-28")
    assert len(attacks) == 2, [(a.place_name, a.date_start) for a in attacks]
    shooting = next(a for a in attacks if a.sentence.startswith("Three people"))
    assert shooting.place_name == "Kokomo" and str(shooting.date_start) == "2025-01-28"
    assert any(a.date_start.year == 2019 for a in attacks)


def test_two_paragraph_leads_told_in_the_present_are_two_events_though_they_share_a_place() -> None:
    # a digest's items on one region follow each other: the second takes up "Tessen" from the
    # first (so it is no new story), yet each paragraph's main verb in the present is a
    # happening of its own: the ban and the jailing are two events
    text = ("Tessen authorities ban foreign fishing boats from the bay and order banks to freeze the "
            "accounts of smugglers.\n\n"
            "A court in Tessen jails two smugglers for bribing port officials.\n\n"
            "Rebels seize the airport in Lorvik.")
    events = extract_events(text, published="2025-03-19")
    kinds = [e.event_type for e in events]
    assert "sanction" in kinds and "arrest" in kinds, [(e.event_type, e.trigger, len(e.evidence)) for e in events]


def test_a_day_of_the_clause_a_retold_assault_hangs_from_does_not_make_it_another() -> None:
    # "On March 9" is the call's day and "on Monday" the arrest's: the assault is the February
    # one each time (coref.outer_clause_date)
    text = ("Millbrook police arrested a 41-year-old man on Monday on a charge of assaulting a woman. Sgt. Ann "
            "Lee said the woman was assaulted on February 28 in her apartment. On March 9, police received a "
            "call from a neighbor reporting that a woman had been assaulted.")
    [attack] = _attacks(text, "2025-03-20")
    assert attack.date_start == dt.date(2025, 2, 28)


def test_a_charge_of_an_attack_told_before_is_no_new_attack_of_the_charge_day() -> None:
    text = ("A tanker was attacked by drones off the coast of Oman on July 20. The crew was unhurt. "
            "Oman's navy on Thursday charged two fishermen with attacking the tanker.")
    [attack] = _attacks(text, "2025-07-25")
    assert attack.date_start == dt.date(2025, 7, 20)
    assert attack.actor1 is None  # the navy charged; it did not attack


def test_a_happening_named_as_why_people_are_in_custody_is_no_second_event() -> None:
    # the custody is the news; "the shooting" is the one the text tells with its day, not an
    # attack of its own (extract._custody_ground)
    text = ("Police arrested a woman in Dunmore on Friday.\n\nOfficials said on Saturday that four people "
            "were in custody for questioning about the shooting.\n\nA gunman shot two guards at a mall in "
            "Dunmore on March 2.")
    attacks = _attacks(text, "2025-03-08")
    assert len(attacks) == 1, [(e.trigger, e.sentence) for e in attacks]
    assert attacks[0].date_start == dt.date(2025, 3, 2)


def test_an_election_of_a_past_year_is_not_the_election_at_hand() -> None:
    text = ("Voters in Harlow Falls turned out in large numbers for the town council election. "
            "About 3,100 residents cast ballots, clerk Dana Morrow said. "
            "Morrow said the national election in 2024 may have drawn new voters to the polls.")
    elections = [e for e in extract_events(text, published="2025-04-09") if e.event_type == "election"]
    assert len(elections) == 2
    assert sorted(e.date_start.year for e in elections) == [2024, 2025]


@pytest.mark.parametrize("text", [
    # the defendants face the charges (extract._defendants_own)
    "Two Milford men were charged with burglary after a string of break-ins in Milford, police said. "
    "Tom Reyes, 31, and Sam Ortiz, 27, each face four charges of burglary.",
    # they plead to them
    "Two Dunmore women were charged with assault after a fight at a bar, police said. Ann Hobbs, 24, "
    "and Lee Marsh, 22, pleaded not guilty to the assault charges on Monday.",
    # he admits them
    "A Leeds man was charged with fraud after a raid on his home in Leeds, police said. Carl Hobbs, 44, "
    "admitted two charges of fraud.",
])
def test_a_defendant_in_a_further_mention_of_the_case_is_not_its_doer(text: str) -> None:
    # the one who faces, pleads to or admits the charges is the one charged: no doer of the
    # charging the text names
    [arrest] = [e for e in extract_events(text, published="2025-03-12") if e.event_type == "arrest"]
    assert len(arrest.evidence) == 1
    assert arrest.actor1 is None


def test_a_time_limit_of_the_clause_around_a_happenings_noun_does_not_make_it_another() -> None:
    # "by Monday afternoon" is until when the cause was unknown, not the fighting's day: the
    # fighting is the brawl told before, with the brawl's day (coref._deadline)
    text = ("Rival fans brawl in Dunmore. Police were called early Saturday to break up a brawl among 150 fans "
            "outside a bar in Dunmore. Several officers were hurt. A cause for the fighting had not been "
            "determined by Monday afternoon.")
    events = [e for e in extract_events(text, published="2025-03-10") if e.event_type in ("attack", "riot")]
    assert len(events) == 1
    assert events[0].date_start == dt.date(2025, 3, 8)


def test_an_announcement_that_people_were_arrested_is_the_arrest_not_a_statement_beside_it() -> None:
    # codebook §2: what a verb of announcing tells as done in its clause is the happening
    text = "The Kenyan police announced on Monday that six men were arrested over the theft of cattle in Narok."
    events = extract_events(text, published="2024-05-08")
    assert [e.event_type for e in events] == ["arrest"]


def test_copies_of_one_mention_for_two_places_that_end_at_one_place_are_one_event() -> None:
    # "in Canada and the United States" names where the announcers are; the copy made for the
    # announcers' first country and the mention itself both end there: one arrest per place
    text = ("Customs officials in Canada and the United States announced on Tuesday that 41 people were arrested "
            "in a raid on a cigarette smuggling ring.")
    arrests = [e for e in extract_events(text, published="2024-05-08") if e.event_type == "arrest"]
    places = [e.place_name for e in arrests]
    assert len(places) == len(set(places))


def test_a_lawsuit_is_named_by_its_filing_not_by_what_the_complaint_says() -> None:
    text = ("On Thursday, the Riverside Tenants Union filed a lawsuit against the city of Dayton over its new "
            "eviction rules. The complaint notes that many tenants in Dayton cannot reach the housing office "
            "by bus.")
    suits = [e for e in extract_events(text, published="2024-05-12") if "lawsuit" in e.sentence]
    assert [(e.event_type, e.date_start) for e in suits] == [("other", dt.date(2024, 5, 9))]


#: A roundup told item by item, two attacks in it, so no item's toll is the only attack told.
_ROUNDUP = ("Rebels shell the town of Uvira in eastern Congo, killing nine civilians.\n\n"
            "Israeli forces kill Hamas commander Omar Saleh in an airstrike on a car in Gaza City.\n\n"
            "Four other people were also killed in {} attack, and 25 more injured.\n\n"
            "Floods in northern Nigeria kill 12 people and destroy 300 homes.")


def test_a_toll_told_in_the_attack_is_the_toll_of_the_attack_told_before() -> None:
    # "killed in the attack": the definite noun of the toll's "in" names the airstrike told
    # above, whatever its verb's "also" says (codebook §2: the toll is part of the attack)
    attacks = [e for e in _attacks(_ROUNDUP.format("the"), "2025-12-14") if e.place_name == "Gaza"]
    assert len(attacks) == 1


def test_a_toll_told_in_an_attack_may_be_another_one() -> None:
    attacks = [e for e in _attacks(_ROUNDUP.format("an"), "2025-12-14") if e.place_name == "Gaza"]
    assert len(attacks) == 2


def test_an_announcement_set_after_another_happening_is_the_one_told_before() -> None:
    # the day the sentence gives is the report's, not the announcement's: one statement, Sunday's
    text = ("On Sunday, the Czech prime minister announced that the government would raise pensions. "
            "This announcement comes after a report on poverty was published on Saturday.")
    [statement] = [e for e in extract_events(text, published="2025-03-20") if e.event_type == "statement"]
    assert statement.date_start == dt.date(2025, 3, 16)


def test_a_resignation_set_after_others_is_not_the_swearing_in_still_to_come() -> None:
    text = ("The governor of Ostrava province, Karel Novak, resigned on Monday after a dispute with his party. "
            "He said it would be best for the region. Novak had served as governor since 2015. "
            "Jan Dvorak will be sworn in as governor on Thursday. "
            "The resignation follows a string of dismissals in January in Brno.")
    events = [e for e in extract_events(text, published="2025-03-20") if e.event_type == "other"]
    assert sorted(e.mode for e in events) == ["asserted", "planned"]
    [resignation] = [e for e in events if e.mode == "asserted"]
    assert resignation.date_start == dt.date(2025, 3, 17)
