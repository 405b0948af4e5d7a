"""The doer of an event as the article names it (issue #15, item 4): a deliberative body that
acts through its members' vote, a body named again by a definite description, and a body's
own name, to which no country is added."""
from __future__ import annotations

from collections import Counter

import pytest

from timeline import extract_events
from timeline.events.actor_options import actor_options
from timeline.events.actors import Actor, ActorResolver, actor_category
from timeline.events.extract import _absorb, _name_country, candidate_events
from timeline.events.nlp import parse
from timeline.events.places import PlaceTokens
from timeline.model import Event

pytestmark = pytest.mark.slow

PUBLISHED = "2021-03-10"


def _doers(text: str) -> list[str | None]:
    return [e.actor1 for e in extract_events(text, published=PUBLISHED)]


@pytest.mark.parametrize("text, body", [
    ("The Harlan County Board of Supervisors met on Monday. Supervisors voted 4-1 to turn down a bid "
     "from Sheriff Tom Reed for two new cruisers.", "Harlan County Board of Supervisors"),
    ("The Lakeview County Commission met on Monday. Commissioners voted to reject a bid from "
     "Constable Ann Pike for a new truck.", "Lakeview County Commission"),
    # a body whose name holds the members' word, however far back the article named it
    ("The Ellis County Commissioners Court met on Tuesday. " + "The agenda was long. " * 120
     + "Commissioners voted to reject a plan from Judge Al Kerr for a new clerk.", "Ellis County Commissioners Court"),
])
def test_members_who_vote_act_as_their_body(text, body) -> None:
    doers = _doers(text)
    assert len(doers) >= 2 and doers[-1] == body, doers  # not the one who made the request


@pytest.mark.parametrize("text, named", [
    ("Ghana's ruling party, the New Patriotic Party of President Ann Lee, won 55 of 145 seats on Sunday.",
     "New Patriotic Party"),
    ("A rebel group, the Popular Front, attacked the town of Koro on Monday.", "Popular Front"),
])
def test_a_name_in_apposition_to_a_kind_word_is_the_doer(text, named) -> None:
    assert _doers(text)[0] == named, _doers(text)


def test_a_definite_description_names_the_body_introduced_before() -> None:
    # the parser hangs "named" on "board" as a reduced relative: the board still names her
    doers = _doers("The Oakdale School Board held its meeting Monday. "
                   "The board named Sara Kline as the new superintendent.")
    assert doers[-1] == "Oakdale School Board", doers


@pytest.mark.parametrize("text, nth", [
    # a headline's bare noun: the body the article names after it
    ("Council backs new bypass plan. The Ashdale District Council voted on Monday to back a plan "
     "for a new bypass road.", 0),
    # "the council's vote" far from the name: the body named before
    ("Brookfield City Council members met on Monday. Still, residents said the council's 9-0 vote "
     "to approve the plan was welcome.", -1),
])
def test_a_bare_body_noun_is_the_body_the_article_names(text, nth) -> None:
    doers = _doers(text)
    assert doers and doers[nth] in ("Ashdale District Council", "Brookfield City Council"), doers


@pytest.mark.parametrize("text, person", [
    ("Woman accused of stabbing neighbour with knife. A shop clerk was arrested Monday after she was accused "
     "of stabbing a neighbour. Jane Roberts, 31, was charged with assault.", "Jane Roberts"),
    ("Attorney insists client not fit for trial. The lawyer for a man accused of robbing a bank wants a new "
     "hearing. Public defender John Dorsey is arguing that the man is unfit.", "John Dorsey"),
])
def test_a_headlines_bare_person_noun_is_the_person_the_article_names(text, person) -> None:
    assert _doers(text)[0] == person


def test_a_headline_participle_without_object_stays_passive() -> None:
    # "Man charged with theft": the man is charged, he is not the doer
    events = extract_events("Carpenter charged with theft.", published=PUBLISHED)
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [("arrest", None, "Carpenter")]


@pytest.mark.parametrize("title, body", [
    ("Elmwood man shot twice in attempted holdup", "The man was taken to a hospital on Sunday night."),
    ("Teenager stabbed near school on Friday", "Police are looking for a suspect after the fight."),
])
def test_a_headlines_past_verb_without_object_is_a_passive(title, body) -> None:
    # headlines tell deeds in the present ("Police shoot man"): a past form with no object and
    # no "be", tagged a simple past, is the passive's participle; its subject is the victim
    events = [e for e in extract_events(f"{title}. {body}", published=PUBLISHED, title=title)
              if e.event_type == "attack"]
    assert events and all(e.actor1 is None for e in events), [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text", [
    "The Northern Football Association said on Friday it had opened an inquiry. Its board agreed to set up a "
    "panel to investigate who attacked the referee after the match.",
    "Governor Ann Roe said on Monday that the state would help. A commission will investigate who bombed the "
    "Elm Street bridge in March.",
])
def test_the_who_of_an_open_question_names_no_doer(text) -> None:
    # an open question asks for the doer: its "who" is no one the article has named
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"]
    assert events and all(e.actor1 is None for e in events), [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("name, expected", [
    ("police", "Police Forces of Kenya"),  # ACLED's name for a state's police
    ("protesters", "protesters (Kenya)"),  # a crowd: the country of the event
    ("Harbour Authority board", "Harbour Authority board"),  # a body's own name says who it is
])
def test_a_body_named_by_its_own_name_gets_no_country(name, expected) -> None:
    category = actor_category(Actor(name=name, kind="nominal"))
    event = Event(id="e1", event_type="other", actors=[name], date_start=None, date_end=None,
                  date_precision="day", date_text=None, lat=None, lon=None, place_name="Mombasa",
                  country_code="KE", geo_precision="city", sentence="", start=0, end=0, confidence=0.5,
                  actor1=name,
                  actor_details=[{"name": name, "country_code": None, "kind": "nominal", "category": category}])
    _name_country(event)
    assert event.actor1 == expected


def test_who_issues_an_arrest_warrant_is_the_doer_of_the_arrest() -> None:
    events = [e for e in extract_events("Kenyan authorities issued an arrest warrant on Monday for the former mayor.",
                                        published=PUBLISHED) if e.event_type == "arrest"]
    assert events and "authorities" in (events[0].actor1 or ""), [(e.event_type, e.actor1) for e in events]


def test_the_members_of_a_named_body_are_that_body() -> None:
    doers = _doers("Members of the Elmwood City Council voted on Monday to turn down a proposal from Mayor Joe Park.")
    assert doers and doers[0] == "Elmwood City Council", doers


def _actor_of(text: str, word: str, nth: int = -1):
    doc = parse(text)
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    token = [t for t in doc if t.text == word][nth]
    return resolver.actor_of(token)


@pytest.mark.parametrize("text, word", [
    ("The December slaying of a shop owner shocked the town.", "December"),  # a date is no party
    ("The Clean Rivers Amendment calls for a statewide vote on the dam.", "Amendment"),  # a measure
    ("Two smugglers were taken into Federal Custody on Monday.", "Custody"),  # a legal state
])
def test_dates_and_things_are_no_doers(text, word) -> None:
    assert _actor_of(text, word) is None


def test_a_last_name_mistaken_for_a_date_is_the_person() -> None:
    text = "Nora August, the harbor master, reopened the pier on Monday. According to August, the tide is low."
    actor = _actor_of(text, "August")
    assert actor is not None and actor.name == "Nora August"


@pytest.mark.parametrize("text, doer", [
    # a state or a body that reports its own deed is its doer
    ("Iran says it has attacked American bases in Bahrain.", "Iran"),
    ("Portugal said it had shot down two drones over Porto.", "Portugal"),
    ("The militia says it seized the town of Marlow.", "militia"),
])
def test_a_party_telling_of_its_own_deed_is_its_doer(text: str, doer: str) -> None:
    assert any(d and doer in d for d in _doers(text)), _doers(text)


def test_they_after_a_group_named_in_the_plural_is_that_group_not_the_last_items_party() -> None:
    # the tagger reads a group's proper name ("Darod") as singular; its plural verb ("say",
    # not "says") shows "they" stands for it, not for the party of the digest's item before
    text = ("Russia launches a drone attack on cities across Ukraine.\n\n"
            "Somalia's Darod say that they shelled an army post near Garowe.\n\n"
            "Floods kill 12 people in northern Nigeria.\n")
    events = extract_events(text, published="2026-03-02")
    shelling = next(e for e in events if "shelled" in e.sentence and e.event_type == "attack")
    assert shelling.actor1 == "Darod", [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    # "it" is the state only for the state's own body; a party or a region keeps its name
    ("Russia's Defence Ministry said it had struck two airfields in Ukraine.", "Russia"),
    ("Iraq's Kurdish regional government said it had arrested 12 suspects in Erbil.", "Kurdish regional government"),
    ("Spain's ruling party said it expelled two senators on Monday.", "party"),
])
def test_it_names_the_state_only_for_the_states_own_body(text: str, doer: str) -> None:
    assert any(d and doer in d for d in _doers(text)), _doers(text)


def test_an_agent_noun_the_tagger_reads_as_an_adjective_is_still_the_doer() -> None:
    # the small model tags "military" in "the Israeli military conducts" as an adjective
    doers = _doers("The Israeli military conducts airstrikes on Rafah, killing at least 20 people.")
    assert any(d and "Israel" in d for d in doers), doers


@pytest.mark.parametrize("text, doer", [
    ("Four soldiers were killed in clashes with Tarbo rebels in the north on Monday.", "Tarbo rebels"),
    ("At least 12 people were reported killed in fighting between Serb police and militants on Monday.",
     "Police Forces of Serbia"),  # (a state's police, named as ACLED names them)
])
def test_a_loss_in_a_fight_is_the_other_sides_doing(text, doer) -> None:
    # the fight names the sides: the one the victims fought against is the doer
    events = extract_events(text, published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [doer], [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    # a passive participle shares its head's subject as its patient; the "by" agent acts
    ("Clark was on probation at the time, having been sentenced by Judge Ann Roe to two years on Monday.",
     "Ann Roe"),
    ("Fairfield was already in jail after being indicted by the Boone County grand jury on Monday.",
     "Boone County grand jury"),
])
def test_a_passive_participle_is_done_by_its_agent(text, doer) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"]
    assert events and events[0].actor1 and doer.split()[-2] in events[0].actor1, [(e.event_type, e.actor1) for e in events]


def test_agents_are_a_party() -> None:
    # "Immigration agents arrested ...": the agents, not nobody
    events = extract_events("Immigration agents arrested 40 people in Tarville on Monday.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "arrest"] == ["Immigration agents"], \
        [(e.event_type, e.actor1) for e in events]


def test_he_after_a_passive_is_its_subject_not_its_agent() -> None:
    # the passive's subject is what the story goes on about
    events = extract_events("Mayor Tom Reed met state auditors on Friday. Tom Reed had served as the town's mayor since 1996 and was appointed by Governor Ann "
                            "Lowe to a fourth term in 2007. The town is small. Its budget is tight. On Saturday, he said he "
                            "would resign.", published=PUBLISHED)
    assert events[-1].actor1 == "Tom Reed", [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    ("A group of Saudi clerics urged the information minister on Sunday to ban the show.", "Saudi clerics"),
    ("A group of armed men attacked a village in Tarbo on Monday.", "armed men"),
])
def test_a_group_of_people_is_named_by_its_members(text, doer) -> None:
    # "a group of X": X says who acted, "group" says nothing
    events = extract_events(text, published=PUBLISHED)
    assert events and events[0].actor1 == doer, [(e.event_type, e.actor1) for e in events]


def test_a_counted_crowd_is_named_by_who_is_in_it() -> None:
    # "tens of thousands of Tarbish teachers marched": the teachers, not bare "protesters"
    events = extract_events("In a massive demonstration demanding higher pay, tens of thousands of Tarbish "
                            "teachers marched along the boulevard on Friday.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "protest"] == ["Tarbish teachers"], \
        [(e.event_type, e.actor1) for e in events]


def test_a_headline_participle_the_parser_makes_a_clausal_subject_stays_passive() -> None:
    # "Juvenile arrested in bar had ...": the juvenile was arrested, nobody named did it
    events = extract_events("Juvenile arrested in Tarville bar had mother's blessing.", published=PUBLISHED)
    assert [(e.event_type, e.actor1) for e in events if e.event_type == "arrest"] == [("arrest", None)], \
        [(e.event_type, e.actor1) for e in events]


def test_the_force_named_on_a_weapon_is_its_doer() -> None:
    # "killed by a Rapid Support Forces drone strike": the force behind the strike
    events = extract_events("Fifteen civilians in Tarbo have been killed by a Rapid Support Forces drone strike, "
                            "officials said on Monday.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == ["Rapid Support Forces"], \
        [(e.event_type, e.actor1) for e in events]


def _resolver(text: str):
    doc = parse(text)
    return doc, ActorResolver(doc, PlaceTokens(doc, []))


def _word(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, doer", [
    # the attacker named in the noun of the attack a passive loss came in
    ("At least 15 people were killed in coordinated attacks by the rebels on three villages on Monday.",
     "killed", "rebels"),
    ("One person was killed and another was injured in Russian drone strikes on Kherson on Tuesday.",
     "killed", "Russia"),
    # gunfire is one side's shooting, like shelling: the side its modifier names
    ("Four fishermen were wounded in Indian gunfire along the coast on Tuesday.", "wounded", "India"),
    # the attack noun joined to a weapon's ("a missile and drone attack"): the first one's modifiers
    ("Nine people were killed in a Syrian ballistic missile and drone attack on Idlib on Sunday.", "killed", "Syria"),
    # a loss after or from the attack is its doing too
    ("Eleven villagers were killed after an ambush by Tarbo rebels near Kisoro on Monday.", "killed", "Tarbo"),
    ("Six fishermen were wounded from Indian attacks along the coast on Tuesday.", "wounded", "India"),
])
def test_a_passive_loss_in_an_attack_is_the_attackers_doing(text, word, doer) -> None:
    doc, resolver = _resolver(text)
    actor1, _ = resolver.actors_for(_word(doc, word), "attack")
    assert actor1 is not None and doer in actor1.name, actor1


@pytest.mark.parametrize("text, word, event_type", [
    # what came after an attack is not the attacker's doing
    ("Three men were arrested in Kabul on Friday after an ISIS attack on a mosque.", "arrested", "arrest"),
    ("A curfew was imposed in Jos on Friday during a Fulani raid on a village.", "imposed", "other"),
])
def test_a_passive_step_after_an_attack_is_not_the_attackers(text, word, event_type) -> None:
    doc, resolver = _resolver(text)
    actor1, _ = resolver.actors_for(_word(doc, word), event_type)
    assert actor1 is None or actor1.name not in ("ISIS", "Fulani"), actor1


def test_the_weapon_launched_by_a_party_is_that_partys() -> None:
    # "a drone launched by the rebels struck the port": the participle's agent is behind it
    doc, resolver = _resolver("A drone launched by the rebels struck the port on Tuesday.")
    actor1, _ = resolver.actors_for(_word(doc, "struck"), "attack")
    assert actor1 is not None and actor1.name == "rebels", actor1


def test_an_attack_launched_is_the_launchers() -> None:
    # "targeting" describes the attack; who launched the attack did the targeting
    doc, resolver = _resolver("The rebels launched a missile attack targeting a navy warship on Monday.")
    actor1, _ = resolver.actors_for(_word(doc, "targeting"), "attack")
    assert actor1 is not None and actor1.name == "rebels", actor1


def test_a_capitalised_weapon_is_no_party() -> None:
    # in a longer article the tagger may take a sentence's first plural for a name ("Drones"
    # as a proper noun, its lemma unchanged): still a weapon, no actor
    doc, resolver = _resolver("Drones target Erbil in northern Iraq, with six drones intercepted.")
    doc[0].pos_, doc[0].tag_, doc[0].lemma_ = "PROPN", "NNPS", "Drones"
    assert resolver.actor_of(doc[0]) is None


def test_the_one_sworn_in_takes_office() -> None:
    events = [e for e in extract_events("Maria Lopez was sworn in as mayor of Springfield on Monday.",
                                        published=PUBLISHED)]
    assert events and events[0].actor1 == "Maria Lopez", [(e.event_type, e.actor1, e.actor2) for e in events]


def _event(actor1: str, details: dict) -> Event:
    return Event(id=actor1, event_type="attack", actors=[actor1], date_start=None, date_end=None,
                 date_precision="day", date_text=None, lat=None, lon=None, place_name=None, country_code=None,
                 geo_precision=None, sentence="", start=0, end=0, confidence=0.5, actor1=actor1,
                 actor_details=[dict(details, name=actor1)])


@pytest.mark.parametrize("other, person, country, doer", [
    # "Russia launched missiles at Kyiv ... the Houthis said they launched an attack": another body
    ("Houthi movement", False, None, "Russia"),
    # "Russia struck Kyiv ... Russian Defence Minister Ivan Petrov said": the state's official is
    # the more precise doer
    ("Ivan Petrov", True, "RU", "Ivan Petrov"),
    # "Russia warned Kyiv ... The World's Jane Doe reports on the talks": a person of no state (a
    # reporter) is not the state's voice
    ("Jane Doe", True, None, "Russia"),
])
def test_a_merged_mention_replaces_a_state_only_by_its_official(other, person, country, doer) -> None:
    twin = _event("Russia", {"country_code": "RU", "kind": "state", "category": "state"})
    details = {"country_code": country, "kind": "named", "category": None}
    if person:
        details["person"] = True
    _absorb(twin, _event(other, details))
    assert twin.actor1 == doer


@pytest.mark.parametrize("text, doer", [
    # an active gerund after a preposition is done by the subject of the verb it hangs from
    ("Tarbo rebels entered the town of Marlow on Monday after overrunning army positions north of it.", "Tarbo rebels"),
    ("The Sarnian Defence Ministry says Tarbo violated the ceasefire by launching a drone attack on a fuel depot "
     "in Marlow.", "Tarbo"),
])
def test_the_subject_of_the_verb_a_gerund_hangs_from_does_it(text, doer) -> None:
    events = extract_events(text, published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [doer], [(e.event_type, e.actor1) for e in events]


def test_one_accused_of_a_deed_is_not_named_its_doer_by_the_gerund() -> None:
    # "accused of killing": the verb the gerund hangs from is passive, which tells no doer
    events = extract_events("Ann Roe is accused of killing her neighbour in Marlow in June.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [None], [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    # an active allegation lays the deed on its object, not on the accuser
    ("Bolivian president Ana Lopez accuses Peru of shelling a border post near Desaguadero on Tuesday.", "Peru"),
    # a passive verdict lays it on the one convicted, named through "who" and an apposition
    ("Tom Fenwick, a 34-year-old who was convicted of stabbing two guards in Leeds in 2021, was sentenced to "
     "life on Monday.", "Tom Fenwick"),
    # an unnamed one convicted names no doer
    ("A man who was convicted of stabbing two guards in Leeds in 2021 was sentenced to life on Monday.", None),
])
def test_an_allegations_gerund_is_the_deed_of_the_one_it_is_laid_on(text, doer) -> None:
    events = extract_events(text, published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [doer], [(e.event_type, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    ("The Tarbo Front claimed responsibility for a series of bombings in Mosul on Sunday.", "Tarbo Front"),
    ("The Baloch Liberation Army claimed responsibility for Monday's attack on a train in Quetta.",
     "Baloch Liberation Army"),
    ("No group has claimed responsibility for the blast in Quetta on Monday.", None),  # nobody claims it
])
def test_who_claims_responsibility_for_a_happening_did_it(text, doer) -> None:
    events = extract_events(text, published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type in ("attack", "accident")] == [doer], \
        [(e.event_type, e.actor1) for e in events]


def test_an_attack_described_by_a_participle_is_done_by_who_launched_it() -> None:
    # "a drone attack targeting a depot": the participle's doer is whoever carried out the attack
    doc = parse("The Tarbo rebels say they carried out a drone attack targeting an army depot near Marlow on Monday.")
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    trigger = next(t for t in doc if t.text == "targeting")
    options = actor_options(resolver, trigger.sent, trigger, "attack", None, [], Counter())
    assert ("participle_subject", "Tarbo rebels") in [(o.relation, o.actor and o.actor.name) for o in options]


@pytest.mark.parametrize("text, doer", [
    # people named by their office or side act as such
    ("Two weeks ago, city attorneys rejected a $2 million settlement offer from Harlow Builders.", "city attorneys"),
    ("Directors of the Marlow water district voted on Tuesday to impose mandatory rationing.", "Directors"),
])
def test_people_named_by_their_office_are_doers(text, doer) -> None:
    assert _doers(text) == [doer], _doers(text)


def test_a_natural_disaster_has_no_doer() -> None:
    # codebook §3: actor1 is null for natural disasters; the hazard is no party
    events = extract_events("Flash floods swept through the town of Marlow on Friday, killing three people.",
                            published=PUBLISHED)
    assert [(e.event_type, e.actor1, e.actors) for e in events] == [("disaster", None, [])]


@pytest.mark.parametrize("text", [
    "The Vondel church catches fire in Marlow on Friday.",
    "An Air Marlow jet skidded off the runway in Marlow on Friday, injuring ten.",
])
def test_an_accident_has_no_doer(text: str) -> None:
    # what burned or skidded is no party, nor its owner (the gold codes accidents' doers as
    # null; an airline may stand in actor1_alt)
    events = extract_events(text, published=PUBLISHED)
    assert [(e.event_type, e.actor1) for e in events] == [("accident", None)], \
        [(e.event_type, e.actor1) for e in events]


def test_a_further_mention_gives_the_happening_only_a_doer_the_actor_model_keeps() -> None:
    # "the Tanzania blast" names where the bomb went off, not who set it: the further mention
    # does not fill the bombing's doer with the place the actor model would not take
    text = ("A bomb exploded outside the U.S. embassy in Dar es Salaam on Friday, killing ten people. "
            "The death toll in the Tanzania blast has risen to 12, officials said.")
    assert [(e.event_type, e.actor1) for e in extract_events(text, published=PUBLISHED)] == [("attack", None)]


def test_a_capitalised_adjective_opening_a_sentence_is_no_name() -> None:
    # a digest item's first word, capitalised only for opening its sentence (the tagger reads
    # "Mass" after a paragraph break as a name): an adjective, no party
    text = ("Flooding cuts the main road into Marlow.\n\n"
            "Mass protests and a general strike are held across the country against the new budget.")
    assert _actor_of(text, "Mass", 0) is None
    assert "Mass" not in _doers(text)


def test_the_subject_of_a_verb_does_the_verb_it_completes() -> None:
    # "re-take" is parsed "re" + the open complement "take": the army is who takes the town
    text = "The Ruritanian Army re-take the town of Kelso from the rebels."
    [candidate] = [c for c in candidate_events(text, published=PUBLISHED) if c.trigger.lemma_.lower() == "take"]
    relations = {o.actor.name: o.features for o in candidate.actor_options if o.actor is not None}
    assert {"relation:subject", "also:subject"} & set(relations["Ruritanian Army"])
    # a saying's quoted words are no act of the speaker's
    quoted = "“Amos said, ‘Strike the tent pegs and the camp will fall. ’”"
    assert "Amos" not in _doers(quoted)


def test_the_common_adjectives_are_the_lemmatizers_adjective_index() -> None:
    # "Heavy fighting broke out": a sentence's first word the lemmatizer knows as an adjective names no party
    from geodata.language.pipeline import lemma_lookups
    from timeline.events.actors import _common_adjectives

    assert _common_adjectives() == frozenset(lemma_lookups().get_table("lemma_index")["adj"])
    assert {"heavy", "several", "mass"} <= _common_adjectives()


def test_police_in_a_country_without_a_national_force_are_not_named_after_it() -> None:
    # a US town's police are its own department: no "Police Forces of United States"
    events = extract_events("Police arrested a man in Springfield, Ohio, on Monday.", published=PUBLISHED)
    assert [(e.event_type, e.actor1) for e in events] == [("arrest", "Police")]


@pytest.mark.parametrize("text, doer", [
    # what a news outlet reports is the position of the party it reports on
    ("The Lagos Gazette reports that Ghana will reopen its embassy in Abuja.", "Ghana"),
    ("The Morning Courier reports that Chile will keep the Strait of Magellan closed until the talks are held.",
     "Chile"),
])
def test_a_news_outlet_reporting_a_position_is_not_its_speaker(text: str, doer: str) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "statement"]
    assert [e.actor1 for e in events] == [doer]


def test_a_news_outlet_is_no_doer_of_what_it_reports() -> None:
    # the paper that tells of the deliveries delivers nothing
    events = extract_events("The Baltic Times reports that deliveries of German tanks to Estonia began in May.",
                            published="2026-07-04")
    assert [(e.event_type, e.actor1) for e in events] == [("supply", None)]


def test_a_relative_pronoun_is_the_party_its_clause_tells_of() -> None:
    # "who signed a lease" is Tim Ward, not the mayor named last before him
    events = extract_events("Mayor Tom Fisk backed the drilling plan on Monday. Among those in favor of the site was "
                            "former Mayor Tim Ward, who signed a lease with Delta Drilling last year.", published=PUBLISHED)
    assert [(e.event_type, e.actor1) for e in events if e.event_type == "agree"] == [("agree", "Tim Ward")]


def test_a_peoples_name_in_the_singular_tells_whose_forces() -> None:
    # "Serb police" in Kosovo are Serbia's, not the forces of the place where they clashed
    events = extract_events("Serb police clashed with ethnic Albanians in Pristina on Monday.", published=PUBLISHED)
    assert [e.actor1 for e in events] == ["Police Forces of Serbia"]


def test_a_gerund_joined_to_another_shares_its_doer() -> None:
    # "after touring X and meeting Y, the envoy said": the envoy met them, not the capital she toured
    events = extract_events("After touring Rwandan capital Kigali on Thursday and meeting with Ugandan army leaders "
                            "on Friday, the UN envoy said that she was pleased with the talks.", published=PUBLISHED)
    # (the tour, a deed with its day before a past one, is a visit of her own: see
    # test_a_deed_told_by_a_gerund_after_after_with_its_day_is_an_event)
    assert ("meet", "UN envoy") in [(e.event_type, e.actor1) for e in events]
    assert all(e.actor1 == "UN envoy" for e in events)


def test_who_is_protested_against_is_not_the_doer() -> None:
    # the president the protests are against does not warn anyone by their airing
    events = extract_events("The unusual airing of protests against President Hugo Banzer appeared aimed at warning "
                            "Bolivian citizens that exiles in Miami could still force the reversal of the ruling.",
                            published=PUBLISHED)
    warnings = [e.actor1 for e in events if e.event_type == "warn"]
    assert warnings and "Hugo Banzer" not in warnings, [(e.event_type, e.actor1) for e in events]


def test_the_outlet_an_interview_was_given_to_is_no_doer() -> None:
    # CNN carries the criticism; it does not criticise
    events = extract_events("In an interview with CNN, the boy's mother also criticized how the hearing was handled.",
                            published=PUBLISHED)
    assert [e.event_type for e in events] == ["condemn"] and events[0].actor1 != "CNN"


@pytest.mark.parametrize("text, doer", [
    # a participle after the happening's noun credits it to its doer
    ("Five soldiers died on Tuesday in an attack carried out by the Delta Front near Gao.", "Delta Front"),
    ("The president announced on Monday the reopening of the border post, ending a closure imposed "
     "in 2011 following attacks attributed to al-Shabaab.", "al-Shabaab"),
])
def test_a_participle_crediting_a_happening_names_its_doer(text, doer) -> None:
    assert doer in _doers(text)


def test_a_participle_telling_of_a_reaction_names_no_doer() -> None:
    # the UN condemned the attack; it did not carry it out
    events = extract_events("Five soldiers died on Tuesday in an attack condemned by the UN near Gao.",
                            published=PUBLISHED)
    attacks = [e.actor1 for e in events if e.event_type == "attack"]
    assert attacks and "UN" not in attacks, attacks


def test_a_title_the_tagger_calls_a_proper_noun_names_the_titled_person() -> None:
    # "the president himself": the tagger reads the lowercase title as a proper noun
    doers = _doers("President Ann Roe spoke on Monday. Officials said the president himself met with "
                   "Sununu on Sunday.")
    assert doers[-1] == "Ann Roe", doers


@pytest.mark.parametrize("text", [
    "The two men were brought before Carrick District Court on Monday on charges of assault.",
    "Roe will go to trial in Lake County Circuit Court next month, the prosecutor said on Monday.",
])
def test_the_court_a_charge_or_trial_comes_before_hears_it(text) -> None:
    # the noun of the law's happening hangs from a verb whose clause names the court
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"]
    assert events and events[0].actor1 in ("Carrick District Court", "Lake County Circuit Court"), events


def test_the_court_whose_ruling_tells_of_a_detention_keeps_them() -> None:
    events = extract_events("A Brenton court ruled on Friday that the two men should stay in custody for two "
                            "months.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "arrest"] == ["Brenton court"], events


@pytest.mark.parametrize("text, doer", [
    ("John Doe was charged on Monday in a civil suit filed in federal court by the Trade Commission.",
     "Trade Commission"),
    ("Two men were arrested on Monday in a raid carried out by the Border Guard.", "Border Guard"),
])
def test_a_passive_in_a_case_or_operation_is_done_by_who_the_participle_credits(text, doer) -> None:
    assert _doers(text) == [doer]


@pytest.mark.parametrize("text, doer", [
    ("The Norland Border Guard boarded a trawler on Monday and arrested its captain.", "Norland Border Guard"),
    ("Brenton police searched two houses on Monday and arrested 12 people.", "Brenton police"),
])
def test_a_verb_joined_to_an_active_one_shares_its_named_subject(text, doer) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"]
    assert events and events[0].actor1 == doer, events


@pytest.mark.parametrize("text", [
    "Riverton man pleads guilty to robbery. A 34-year-old Riverton man pleaded guilty on Monday to robbing "
    "a gas station in March.",
    "A young woman accused of stealing a car made her first court appearance on Monday.",
])
def test_an_unnamed_defendant_who_pleads_or_appears_is_no_doer(text) -> None:
    # the man who pleads, the woman who appears: the police's or the court's counterpart
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"]
    assert events and all(e.actor1 is None for e in events), events


def test_a_named_defendant_who_pleads_stands() -> None:
    # the codebook's coders keep a named defendant's plea as the defendant's own
    events = extract_events("Jane Roe pleaded innocent on Monday to charges of fraud.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "arrest"] == ["Jane Roe"], events


def test_they_is_the_plural_subject_before_it_not_the_last_named_person() -> None:
    # the last named doer is one person (the governor); "they" are the prosecutors
    events = extract_events("Governor Ann Roe signed the budget on Monday. Federal prosecutors are demanding a "
                            "new audit of the state's accounts. They said on Tuesday the state had lost $2 million.",
                            published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "statement"] == ["Federal prosecutors"], events


@pytest.mark.parametrize("text, doer", [
    ("Police said on Monday they believe the Falcon Brigade was behind two killings in Ashford last week.",
     "Falcon Brigade"),
    ("Officials said on Monday the rebels were responsible for the bombing of the market in Ashford on Sunday.",
     "rebels"),
])
def test_who_is_behind_or_responsible_for_an_attack_did_it(text, doer) -> None:
    assert [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"] == [doer]


@pytest.mark.parametrize("text, doer", [
    ("Yigal Roe, 27, is serving a life sentence for the 1995 assassination of Mayor Ann Doe at a rally in Ashford.",
     "Yigal Roe"),
    ("Jim Kowal is scheduled to die April 7 for the fatal stabbing of a neighbour in Ashford in 1997.", "Jim Kowal"),
    ("Jan Kowal, the perpetrator of the arson attack on a bakery in Ashford in 2019, withdrew his appeal on Monday.",
     "Jan Kowal"),
])
def test_who_is_punished_for_an_attack_did_it(text, doer) -> None:
    assert [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"] == [doer]


def test_he_is_the_one_person_his_sentence_named_when_a_body_is_its_subject() -> None:
    # the court is the subject; "he" is Kowal, named before it in the sentence, not the person of
    # the item before
    events = extract_events("President Ann Doe resigns on Friday. The Ashford District Court finalizes the death "
                            "sentence for Jan Kowal, the perpetrator of the 2019 arson attack on a bakery, after he "
                            "withdraws his appeal.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "other"] == ["Ann Doe", "Jan Kowal"], events


@pytest.mark.parametrize("text", [
    "Workers at Riverside Mining walked out in Ashford on Monday. The company said on Tuesday it would close the mine.",
    "Riverside Mining posted a loss on Monday. The company announced on Tuesday that it would cut 300 jobs in Ashford.",
])
def test_the_company_is_the_one_organisation_named_just_before(text) -> None:
    # no party was introduced as "a company": the one organisation named in that sentence or
    # the one before is the one "the company" takes up
    assert [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "statement"] \
        == ["Riverside Mining"]


def test_members_of_a_named_body_keep_its_name() -> None:
    events = extract_events("Forty deputies of the Norland Assembly leave the Unity Party as part of a dispute "
                            "between its leaders.", published=PUBLISHED)
    assert [e.actor1 for e in events] == ["deputies of the Norland Assembly"]


@pytest.mark.parametrize("text, kind, doer", [
    ("Chief Jan Kowal on Monday denied that the officers had met in Ashford to discuss the shooting.", "meet",
     "Jan Kowal"),
    ("The Tarbo Front on Monday denied reports that it had attacked a convoy near Ashford.", "attack", "Tarbo Front"),
])
def test_the_denier_is_the_doer_of_the_denied_happening(text, kind, doer) -> None:
    # codebook: a denial is coded as the denied happening, the denier as its doer
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == kind]
    assert [(e.mode, e.actor1) for e in events] == [("denied", doer)]


def test_a_happening_inside_the_denied_clause_is_not_the_deniers() -> None:
    events = extract_events("Chief Jan Kowal on Monday denied that the officers had met in Ashford to discuss the "
                            "shooting.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [None]


def test_those_who_were_responsible_for_an_attack_are_no_one_named() -> None:
    events = extract_events("President Ann Roe vowed on Monday to hunt down those who were responsible for the "
                            "bombing of the market in Ashford on Sunday.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == [None], events


@pytest.mark.parametrize("text, doer", [
    # both armed sides lost men in the fight: the first side named fought the other
    ("Two Norland Army soldiers and five insurgents were killed in a shootout in Ashford on Monday.",
     "Norland Army"),
    # civilians caught in a fight are no side of it
    ("Two civilians and a child were killed in a shootout in Ashford on Monday.", None),
])
def test_two_armed_sides_killed_in_a_fight_are_its_parties(text, doer) -> None:
    doers = [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"]
    assert doers and (doers[0] == doer if doer is None else doer in (doers[0] or "")), doers


@pytest.mark.parametrize("text, body", [
    ("Zentex Media spokesman Karl Vogel said on Thursday the company would appeal the fine.", "Zentex Media"),
    ("Karl Vogel, a spokesman for Zentex Media, said on Thursday the company would appeal the fine.",
     "Zentex Media"),
    ('"We will appeal," said Karl Vogel, a spokesman for the FBI.', "FBI"),
    # no body beside the title: the organisation whose plan the words are
    ("The Farmers League was fined on Monday. Party spokesman Karl Vogel said the Farmers League would "
     "challenge the fine in court.", "Farmers League"),
])
def test_a_spokesperson_speaks_for_the_body_named(text, body) -> None:
    doers = _doers(text)
    assert doers and doers[-1] == body, doers  # not the spokesperson's own name


def test_a_spokesperson_telling_of_a_past_act_names_no_body_from_it() -> None:
    from timeline.events.actors import spoken_for
    doc = parse("Zentex Media closed the forum on Thursday, spokesman Karl Vogel said.")
    vogel = next(t for t in doc if t.text == "Vogel")
    assert spoken_for(vogel) is None  # the closing is the event; he is only its source
    doc = parse("On Friday, spokesman Karl Vogel said the Farmers League would appeal the fine.")
    assert spoken_for(next(t for t in doc if t.text == "Vogel")).text == "League"  # its plan


@pytest.mark.parametrize("text, kind, doer", [
    ("Governor Ann Roe announced on Monday that a special election will be held in Norland on May 4.", "election",
     "Ann Roe"),
    ("The Norland Health Ministry announced on Monday that new aid would be sent to the flooded towns.", "aid",
     "Norland Health Ministry"),
])
def test_the_announcer_of_a_plan_is_the_doer_of_the_planned_happening(text, kind, doer) -> None:
    # codebook §2: an announcement of the speaker's own plan is coded as that action
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == kind]
    assert [e.actor1 for e in events] == [doer], events


def test_a_said_plan_or_a_planned_happening_with_its_own_doer_keeps_its_doer() -> None:
    events = extract_events("Governor Ann Roe announced on Monday that the Tarbo Front will hold a rally in Ashford "
                            "on May 4.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "protest"] != ["Ann Roe"], events


@pytest.mark.parametrize("text, doer", [
    ("Ashford man sentenced for fleeing police. Jan Kowal, 54, of Ashford was sentenced Friday to two years in a "
     "state jail. District Judge Ann Roe said Kowal had a long record.", "Ann Roe"),
    ("Jan Kowal, 54, of Ashford made his first court appearance Thursday on charges of theft. Judge Ann Roe set "
     "his bond at $5,000.", "Ann Roe"),
    # two judges named: which one heard him the text does not say
    ("Jan Kowal, 54, of Ashford made his first court appearance Thursday on charges of theft. Judge Ann Roe set "
     "his bond at $5,000, and Judge Tom Reed will hear the case.", None),
])
def test_the_one_judge_of_a_court_story_sentences_or_hears_the_defendant(text, doer) -> None:
    # codebook: the doer of a court's step is the court, named by its judge
    assert [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"] == [doer]


def test_a_judge_who_is_himself_convicted_is_not_the_court_that_convicts_him() -> None:
    # the one judge the story names is the defendant: nobody named convicted him
    text = ("Municipal Court Judge Tom Reed lost his seat on Tuesday. Reed faced a charge of assault in 2019. "
            "He was convicted of disorderly conduct.")
    events = [e for e in extract_events(text, published=PUBLISHED) if e.trigger == "convicted"]
    assert [e.actor1 for e in events] == [None], events


@pytest.mark.parametrize("text, body", [
    ("The Lakeview County Commission met on Monday. Commissioners Ann Roe and Tom Reed voted against the new "
     "budget.", "Lakeview County Commission"),
    ("The Ashdale City Council met on Monday. Council members Ann Roe, Tom Reed and Jo Bell, along with Mayor Kim "
     "Ford, voted 'no' to the new budget.", "Ashdale City Council"),
])
def test_members_named_under_their_title_vote_for_their_body(text, body) -> None:
    votes = [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "election"]
    assert votes == [body], votes


def test_the_body_a_plan_wins_approval_from_approves_it() -> None:
    events = extract_events("The bypass plan quickly won approval from a County Council committee on Monday, "
                            "setting the stage for a final vote.", published=PUBLISHED)
    assert [e.actor1 for e in events if e.trigger == "won"] == ["County Council committee"], events


def test_a_headline_passive_after_a_place_and_colon_names_the_one_jailed_not_the_jailer() -> None:
    text = ("Headington: Mum jailed for fake passport. A FAILED asylum seeker was jailed for 11 months yesterday "
            "after using a fake passport to work as a carer. Jane Roe, 49, used a fake passport to gain work. Judge "
            "Julian Hall said: \"Rules are rules.\"")
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "arrest"]
    assert [e.actor1 for e in events][:1] == ["Julian Hall"], events


@pytest.mark.parametrize("other_body, doer", [
    ("", "Ashdale City Council"),
    # two bodies named as often: whose decision it was the text does not say
    (" The Harlan Planning Board met on Monday, and the Harlan Planning Board heard from residents.", None),
])
def test_a_decision_told_without_its_maker_is_the_meeting_storys_body(other_body, doer) -> None:
    text = ("The Ashdale City Council met on Tuesday night, and the Ashdale City Council heard from residents on "
            f"the water plan.{other_body} The result was the appointment of Jo Bell as Ashdale's city manager on "
            "Tuesday.")
    assert [e.actor1 for e in extract_events(text, published=PUBLISHED) if e.event_type == "other"] == [doer]


def test_the_one_declared_the_winner_wins_the_election() -> None:
    events = [e for e in extract_events("Jane Roe was declared the winner of the mayoral race on Tuesday.",
                                        published=PUBLISHED)]
    assert events and events[0].event_type == "election" and events[0].actor1 == "Jane Roe", \
        [(e.event_type, e.actor1, e.actor2) for e in events]


@pytest.mark.parametrize("text, body", [
    ("Senator Ana Ruiz is elected as chair of the Green Alliance on Tuesday.", "Green Alliance"),
    ("Veteran lawmaker Tomas Berg is re-elected as the general secretary of the Nordic Labour Federation.",
     "Nordic Labour Federation"),
    ("In Ruritania, lawmaker Jan Kowal is elected as floor leader of the Farmers League on Monday.", "Farmers League"),
    ("Jan Kowal of the Green Party is elected Speaker of the National Assembly of Ruritania on Monday.",
     "National Assembly of Ruritania"),
])
def test_the_body_whose_post_one_is_elected_to_elects(text, body) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "election"]
    assert events and events[0].actor1 == body, [(e.event_type, e.actor1, e.actor2) for e in events]


def test_a_towns_post_names_no_electing_body() -> None:
    events = [e for e in extract_events("Ana Ruiz was elected mayor of Springfield on Tuesday.", published=PUBLISHED)
              if e.event_type == "election"]
    assert events and events[0].actor1 in (None, "Ana Ruiz"), [(e.event_type, e.actor1) for e in events]


def test_armed_men_an_attack_is_named_for_are_its_doer() -> None:
    for text in ("Renewed rebel attacks on the town of Bunia left twelve dead.",
                 "Rebel attacks in the north killed five soldiers on Monday."):
        events = [e for e in extract_events(text, published=PUBLISHED)]
        attacks = [e for e in events if e.event_type == "attack"]
        assert attacks and attacks[0].actor1 and attacks[0].actor1.lower() == "rebel", \
            [(e.event_type, e.trigger, e.actor1, e.actor2) for e in events]


@pytest.mark.parametrize("text, victim", [
    ("Detectives said on Monday they were close to an arrest in the slaying of Dr. Helen Moravec.", "Helen Moravec"),
    ("Hundreds marched in Ashford on Sunday to mark a year since the killing of Tomas Brandt.", "Tomas Brandt"),
])
def test_the_person_of_a_killing_noun_is_the_one_it_befell(text, victim) -> None:
    # "the slaying of Dr. Helen Moravec" names whom it befell, as "Moravec's slaying" does: the
    # target, so that "Moravec was shot at her home" below tells the same attack
    [noun] = [c for c in candidate_events(text, published=PUBLISHED) if c.trigger.lemma_ in ("slaying", "killing")]
    assert noun.event.actor2 == victim and noun.event.actor1 is None


@pytest.mark.parametrize("text, side", [
    ("Trust in the prime minister has fallen since a short but costly war with Armenia last spring.", "Armenia"),
    ("Support for the governor has waned since a bloody war against Chad in 2019.", "Chad"),
])
def test_the_one_side_a_war_names_fought_it(text, side) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.trigger == "war"]
    assert events and events[0].actor1 == side, [(e.trigger, e.actor1) for e in events]


PARTY_STORY = ("Party spokesman Jan Kowal said the Freedom League would appeal the fine. The nationalist party "
               "doubled its membership last year and hopes to win its first seats in parliament in May.")


def test_the_party_is_not_its_spokesman_nor_a_capitalised_kind_word() -> None:
    # "the party" takes up the party named before, not the person introduced as its spokesman
    # nor the sentence's first word "Party" tagged as an organisation
    assert getattr(_actor_of(PARTY_STORY, "party"), "name", None) == "Freedom League"


def test_an_open_complement_of_a_joined_verb_shares_its_subject() -> None:
    # "doubled its membership and hopes to win": the party hopes, and would win
    events = [e for e in extract_events(PARTY_STORY, published=PUBLISHED) if e.trigger == "win"]
    assert events and events[0].actor1 == "Freedom League", [(e.trigger, e.actor1) for e in events]


@pytest.mark.parametrize("text, doer", [
    # the speaker's own armed men ("its troops", "their militants") are the speaker's: a state's
    # forces take its name, not the name of the country where they fought
    ("Russia says its troops have captured the village of Pisky in eastern Ukraine.", "Military Forces of Russia"),
    ("The Tarbo rebels said on Monday that their militants had seized the army base in Kisoro.", "Tarbo rebels"),
])
def test_the_speakers_own_forces_are_the_speakers(text, doer) -> None:
    attacks = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"]
    assert attacks and attacks[0].actor1 == doer, [(e.event_type, e.actor1) for e in attacks]


def test_the_winner_of_a_loss_fought_the_fight_it_came_in() -> None:
    # "X's defeat by Y in a war": the war's "in" phrase hangs on the defeat, whose "by" agent
    # fought it (actors.loss_within)
    text = ("Unions have stepped up pressure on the premier since Lakeland's crushing defeat by Norway "
            "in a brief war last August.")
    wars = [e for e in extract_events(text, published=PUBLISHED) if e.trigger == "war"]
    assert [e.actor1 for e in wars] == ["Norway"]


@pytest.mark.parametrize("text, doer", [
    ("Schools stayed closed in Qamishli on Saturday after Turkish strikes on the town.", "Turkey"),
    # the demonym on the first of two joined nouns ("a Russian missile and drone attack")
    ("Three regions were left without heating on Saturday after a Russian missile and drone attack on "
     "Ukrainian substations.", "Russia"),
])
def test_the_state_an_attack_is_named_for_by_its_demonym_is_its_doer(text, doer) -> None:
    attacks = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "attack"]
    assert [e.actor1 for e in attacks] == [doer], [(e.trigger, e.actor1) for e in attacks]


def test_an_attack_named_for_two_states_names_no_one_of_them_its_doer() -> None:
    # "a Turkish–U.S. airstrike": a joint deed, so neither demonym alone is the doer
    def relations(text: str) -> set[str]:
        [strike] = [c for c in candidate_events(text, published=PUBLISHED) if c.trigger.text == "airstrike"]
        return {r for o in strike.actor_options for r in [o.relation] + [k[5:] for k in o.features
                                                                        if k.startswith("also:")]}
    assert "armed_modifier" in relations("Mourners gathered in Qamishli on Saturday in the aftermath of a Turkish "
                                         "airstrike on the town.")
    assert "armed_modifier" not in relations("Mourners gathered in Qamishli on Saturday in the aftermath of a "
                                             "Turkish–U.S. airstrike on the town.")


def test_the_subject_of_the_verb_a_participle_clause_hangs_from_does_it() -> None:
    # ", suspending a treaty and expelling diplomats": the participles are done by the clause's subject
    events = extract_events("Chile announced measures against Peru on Tuesday, suspending a fishing treaty and "
                            "expelling Peruvian diplomats.", published=PUBLISHED)
    acts = [e for e in events if e.trigger in ("suspending", "expelling")]
    assert len(acts) == 2 and all(e.actor1 == "Chile" for e in acts), [(e.trigger, e.actor1) for e in events]


def test_a_body_named_with_its_state_before_it_keeps_the_states_name() -> None:
    # the recogniser read "the Kenya Senate" only as "Senate": the body is that state's senate
    from geodata.model import PlaceMention
    from spacy.tokens import Span
    text = "The Kenya Senate voted on Tuesday to pass the budget."
    doc = parse(text)
    doc.ents = [Span(doc, 2, 3, label="ORG")]
    kenya = PlaceMention(4, 9, "Kenya", name="Kenya", lat=1.0, lon=38.0, country_code="KE", feature="country")
    resolver = ActorResolver(doc, PlaceTokens(doc, [kenya]))
    senate = resolver.actor_of(doc[2])
    assert (senate.name, senate.country_code) == ("Kenya Senate", "KE")


def test_a_states_toll_names_no_doer() -> None:
    # "Turkish casualties" are what the Turks lost, not a Turkish deed
    events = extract_events("Officials in Ankara put Turkish casualties at more than 400 dead or injured on Monday.",
                            published=PUBLISHED)
    assert all(e.actor1 != "Turkey" for e in events if e.event_type == "attack"), [(e.trigger, e.actor1) for e in events]



@pytest.mark.parametrize("text, doer", [
    # a verb of saying completed by a perfect infinitive: the speaker tells of its own deed
    ("The Malian army claims to have killed 30 rebel fighters near Gao on Monday.", "Military Forces of Mali"),
    ("The Vale Border Guard claimed to have arrested nine smugglers in Marlow on Monday.", "Vale Border Guard"),
])
def test_who_claims_to_have_done_a_deed_did_it(text, doer) -> None:
    assert _doers(text) == [doer]


@pytest.mark.parametrize("text, agent", [
    # the "by" agent written once after two joined passives is the first one's too
    ("Nine villagers were killed and 20 more injured by rebel gunmen in Kelso on Monday.", "gunmen"),
    ("Two clerks were arrested and later charged by the Vale Border Guard in Marlow on Monday.", "Guard"),
])
def test_two_joined_passives_share_the_agent_written_once(text, agent) -> None:
    from timeline.events.actors import shared_agent

    first = next(t for t in parse(text) if t.dep_ == "ROOT")
    assert getattr(shared_agent(first), "text", None) == agent


def test_the_state_whose_strikes_did_two_joined_passives_did_the_first() -> None:
    text = "Nine villagers were killed and 20 more injured by Malian airstrikes near Gao on Monday."
    assert _doers(text) == ["Mali"]


def test_a_military_telling_of_its_own_strike_is_its_doer_when_read_as_an_adjective() -> None:
    # "military" read as an adjective on "states": repaired in the parse, "they" is the speaker's
    text = ("Hamas holds talks in Cairo on Monday. "
            "The Israeli military states that they have struck a weapons depot in Rafah.")
    events = extract_events(text, published=PUBLISHED)
    assert [e.actor1 for e in events if e.event_type == "attack"] == ["Military Forces of Israel"]


def test_one_elected_to_no_bodys_office_has_no_doer_named() -> None:
    assert _doers("Jan Kowal was elected to finish the former mayor's term in February.") == [None]


def test_a_loss_in_an_operation_carried_out_by_a_force_is_that_forces_doing() -> None:
    # an "operation" is a one-sided attack like a raid: a passive loss in it is its doer's
    text = "Six gunmen are killed during a security operation carried out by the Malian Armed Forces near Gao."
    assert _doers(text) == ["Malian Armed Forces"]


@pytest.mark.parametrize("text, doer", [
    ("Coalition forces carried out a raid that killed nine militants near Kelso on Tuesday.", "Coalition forces"),
    ("Rebel fighters mounted an ambush that wounded four soldiers on the Marlow road.", "Rebel fighters"),
])
def test_an_attack_a_relative_clause_tells_the_losses_of_is_its_conductors(text, doer) -> None:
    # "X conducted an operation that killed 60": the relative "that" stands for the attack,
    # whose doer is the subject of the verb of doing it is the object of
    [loss] = [c for c in candidate_events(text, published=PUBLISHED) if c.trigger.lemma_.lower() in ("kill", "wound")]
    assert loss.event.actor1 == doer


@pytest.mark.parametrize("text, pronoun, person", [
    ("After a weak showing in Ohio, Senator Maria Lopez ended her presidential campaign on Tuesday.", "her",
     "Maria Lopez"),
    ("In his first speech as governor, Tomas Brandt promised to cut property taxes.", "his", "Tomas Brandt"),
])
def test_a_possessive_is_bound_to_its_clauses_subject(text: str, pronoun: str, person: str) -> None:
    doc, resolver = _resolver(text)
    actor = resolver._actor(_word(doc, pronoun))
    assert actor is not None and actor.name == person


def test_a_possessive_under_a_common_noun_subject_is_not_bound_to_it() -> None:
    doc, resolver = _resolver("The appeals court upheld his sentence on Monday.")
    assert resolver._actor(_word(doc, "his")) is None


def test_a_candidate_ending_her_own_bid_is_its_doer() -> None:
    text = "Senator Maria Lopez ended her presidential bid on Tuesday after a weak showing in Ohio."
    bids = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "election"]
    assert bids and bids[0].actor1 == "Maria Lopez"


@pytest.mark.parametrize("text, doer", [
    # a place named by its kind word's "of" acts through its government: the place, not "state"
    ("On Monday, the state of Oregon sued the maker of the pesticide over river pollution.", "Oregon"),
    ("The U.S. state of Vermont held elections on Tuesday despite a snowstorm.", "Vermont"),
])
def test_a_place_named_by_its_kind_word_is_the_doer(text: str, doer: str) -> None:
    assert doer in _doers(text), _doers(text)


@pytest.mark.parametrize("text, doer", [
    # the party whose season goes on "with" the vote holds it; the state before it is where
    ("The Republican Party will carry on its primary season with the Kansas caucuses on March 17.",
     "Republican Party"),
    ("The Green Party will open its campaign on May 2 with a primary election in Oregon.", "Green Party"),
])
def test_the_party_whose_season_goes_on_with_a_vote_holds_it(text: str, doer: str) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "election"]
    assert events and all(e.actor1 == doer for e in events), [(e.actor1, e.place_name) for e in events]


@pytest.mark.parametrize("text, doer", [
    # a primary or caucus is one party's own vote: the party adjective before it names the party
    ("The Democratic caucuses in Nevada are set for Saturday, February 22.", "Democratic Party"),
    ("The next Republican primary election or caucus will take place on March 10.", "Republican Party"),
    # a demonym names where the vote is held, not a party
    ("The French presidential primary is set for Saturday.", None),
])
def test_the_party_adjective_on_a_primary_names_the_party_that_holds_it(text: str, doer: str | None) -> None:
    events = [e for e in extract_events(text, published=PUBLISHED) if e.event_type == "election"]
    assert events and all(e.actor1 == doer for e in events), [(e.actor1, e.trigger) for e in events]


def test_the_chamber_a_bill_passes_is_its_doer_and_the_signer_acts_apart() -> None:
    # "the bill passed the House": the House voted it; "and was signed by Governor Ana Ruiz":
    # a second step by a party of its own (two events, two doers)
    events = extract_events("A bill raising the minimum wage passed the Vermont House on Tuesday and was signed "
                            "by Governor Ana Ruiz.", published=PUBLISHED)
    doers = sorted(e.actor1 or "" for e in events if e.event_type == "agree")
    assert len(doers) == 2 and "Ana Ruiz" in doers[0] + doers[1] and any("House" in d for d in doers), doers


def _of_kind(text: str, kind: str) -> list[Event]:
    return [e for e in extract_events(text, published=PUBLISHED) if e.event_type == kind]


@pytest.mark.parametrize("text, doer", [
    # an organisation's proper name on an attack's noun names who carried it out
    ("In 2011, the pipeline was the target of an Al-Shabaab suicide attack.", "Al-Shabaab"),
    ("Two soldiers were wounded on Monday in a Hezbollah rocket barrage near the border.", "Hezbollah"),
    # a town's own name on the noun says where it happened, not who did it
    ("On Monday a Mogadishu car bombing killed seven and wounded 30.", None),
    ("A Kandahar shooting left three police officers dead on Friday.", None),
    # a country's name the parser hangs on the weapon as a nominal modifier ("U.S. military airstrikes")
    ("Two people are killed and three more are injured by U.S. military airstrikes near Hodeidah.",
     "United States"),
    # a loss joined to another shares the attack it came in ("damaged and set ablaze during ...")
    ("The old library is badly damaged and set ablaze during Russian strikes on Kharkiv, officials say.", "Russia"),
])
def test_the_party_named_on_an_attack_or_its_weapon_is_its_doer(text: str, doer: str | None) -> None:
    events = _of_kind(text, "attack")
    assert events and all(e.actor1 == doer for e in events), [(e.actor1, e.sentence) for e in events]


@pytest.mark.parametrize("text, attacker", [
    ("A man was stabbed outside a bakery in Tessen on Monday. The attacker, identified as Jan Kowalczyk, "
     "was detained at the scene. Mayor Ana Ruiz called the stabbing shocking.", "Jan Kowalczyk"),
    ("A teacher was shot in Tessen on Monday. Police detained a man, later identified as Piet Marten. "
     "Governor Ana Ruiz condemned the shooting.", "Piet Marten"),
    ("A cashier was stabbed to death in Tessen on Monday. A charge of murder against Tomas Brandt was filed "
     "on Tuesday.", "Tomas Brandt"),
])
def test_an_attack_is_done_by_the_attacker_the_article_names(text, attacker) -> None:
    """"A man was stabbed ... The attacker, identified as Jan Kowalczyk": the attack's doer is
    the one the article names as its attacker or charges with it, not the official commenting."""
    attacks = _of_kind(text, "attack")
    assert attacks and all(e.actor1 == attacker for e in attacks)


def test_two_suspects_name_no_one_attacker() -> None:
    """Two people charged together leave the attack without a named doer of its own."""
    text = "A guard was shot in Tessen on Monday. Jan Kowal and Piet Marten are charged with murder."
    attacks = _of_kind(text, "attack")
    assert attacks and all(e.actor1 not in ("Jan Kowal", "Piet Marten") for e in attacks)


def test_the_one_named_by_the_of_of_a_resignation_resigns() -> None:
    # "the resignation of X": X resigns (actors.QUITTER_NOUNS), as "the arrival of X" arrives
    events = [e for e in extract_events("Marta Kovac becomes the new president of Croatia following the "
                                        "resignation of Ivo Babic.", published=PUBLISHED) if e.event_type == "other"]
    assert "Ivo Babic" in {e.actor1 for e in events}, [(e.event_type, e.actor1) for e in events]


def test_the_one_a_record_noun_is_said_to_be_is_the_doer() -> None:
    # "X became the first woman to serve as Speaker": the woman who serves is X
    # (actors.copula_subject)
    doers = _doers("Jana Novak became the first woman to serve as Speaker of the regional assembly in 2004.")
    assert doers == ["Jana Novak"]


def test_a_pronoun_does_not_take_up_a_person_the_article_gives_the_other_gender() -> None:
    # "she" is not the man who spoke last ("Mr Tom Baker"), but the woman named before him
    doc, resolver = _resolver("Mrs Ann Roe met Mr Tom Baker on Monday. Baker said she would resign.")
    actor = resolver.actor_of(_word(doc, "she"))
    assert actor is not None and actor.name.endswith("Ann Roe"), actor


def test_a_pronoun_doer_skips_the_last_named_person_of_the_other_gender() -> None:
    # the article says who is who ("Roe said she ...", "he was glad"): "she withdrew" is Roe's
    events = extract_events("Senator Ann Roe said on Tuesday she was backing Tom Baker for governor. Baker thanked "
                            "Roe on Twitter, saying he was glad to have her help. He also promised to work with Roe "
                            "on housing. In Roe's own campaign, she was known for her plans on rent. However, she "
                            "withdrew from the race in March after losing the primary.", published=PUBLISHED)
    assert events[-1].actor1 == "Ann Roe", [(e.event_type, e.actor1) for e in events]


def test_a_narrators_pronoun_takes_up_no_subject_of_a_quotation() -> None:
    # "the council" is the speaker's word; "she" is the mayor told of before the quotation
    doc, resolver = _resolver('Mayor Ann Roe spoke about the budget on Monday. "The council has cut the road fund '
                              'again," she said.')
    actor = resolver.actor_of(_word(doc, "she"))
    assert actor is not None and actor.name == "Ann Roe", actor


def _rules_doer(text: str, word: str, event_type: str) -> str | None:
    doc = parse(text)
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    doer, _ = resolver.actors_for(next(t for t in doc if t.text == word), event_type)
    return doer.name if doer is not None else None


@pytest.mark.parametrize("text, word, doer", [
    ("Maria Lopez was first elected to the state senate in 2014.", "elected", "Maria Lopez"),
    ("In 2011, Tomas Brandt was appointed to fill the vacant seat.", "appointed", "Tomas Brandt"),
    ("Tomas Brandt was appointed by Governor Ann Whitlock in 2011.", "appointed", "Ann Whitlock"),  # the agent stands
    ("A new board was elected in May.", "elected", None),  # no person: no office-taker
])
def test_a_person_given_an_office_without_an_agent_is_its_doer(text, word, doer) -> None:
    assert _rules_doer(text, word, "other" if word == "appointed" else "election") == doer


def test_a_title_with_its_seat_before_the_name_names_the_holder() -> None:
    # "Senator from Ohio Jane Marsh", where the entity joins the seat to the name (as an
    # organisation "Ohio Jane Marsh"): the holder acts, not the office
    from spacy.tokens import Span
    doc = parse("On Tuesday, United States Senator from Ohio Jane Marsh ended her bid for the nomination. "
                "Marsh thanked her supporters.")
    words = [t.text for t in doc]
    ohio, marsh = words.index("Ohio"), len(words) - 1 - words[::-1].index("Marsh")
    doc.ents = [Span(doc, ohio, ohio + 3, label="ORG"), Span(doc, marsh, marsh + 1, label="PERSON")]
    resolver = ActorResolver(doc, PlaceTokens(doc, []))
    actor = resolver.actor_of(next(t for t in doc if t.text == "Senator"))
    assert actor is not None and actor.name == "Jane Marsh", actor


@pytest.mark.parametrize("text, word, doer", [
    ("On Monday, Governor Lena Marsh signed an executive order banning fireworks in state parks.", "banning",
     "Lena Marsh"),
    ("The Riverton council passed an ordinance banning smoking in bars on Tuesday.", "banning",
     "Riverton council"),
])
def test_who_enacts_a_document_does_what_the_document_does(text, word, doer) -> None:
    assert _rules_doer(text, word, "sanction") == doer
