"""Who did what to whom: the doer (actor1) and the target or counterpart (actor2) of a trigger.

Actors are named (a person, organisation or state from the NER) or nominal ("police",
"North Korean troops", "unidentified gunmen"). Within an article a short name is merged
into its full form ("Lavrov" → "Sergey Lavrov"), a pronoun subject takes the most recent
named actor, and an actor is tied to a country when the text says so: a state name, a
capital or institution standing for the state ("Pyongyang", "the Kremlin"), or a demonym
("North Korean troops").
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span, Token

from geodata.gazetteer.index import is_capital, place_for_demonym
from geodata.model import PlaceMention
from timeline.events.places import PlaceTokens
from timeline.events.triggers import (ARMED_MEN, BODY_KIND_WORDS, DEATH_VERBS, ELECT_LEMMAS, SPOKESPERSON_TITLES,
                                      passing_chamber)

NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "attr", "oprd"}
COUNTERPART_PREPS = {"with", "against", "on", "to", "at", "by"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which", "that", "him", "her", "them"}
_GENERIC_HEADS = {"people", "one", "some", "many", "part", "all", "both", "others", "this", "that",
                  "these", "those", "which", "what", "it", "there"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_DET = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her)\s+", re.I)

#: Documents that enact a measure ("a decree banning face veils", "a law creating a curfew")
ENACTMENTS = {"decree", "law", "order", "bill", "resolution", "act", "ordinance", "directive", "regulation",
              "legislation", "edict", "proclamation"}
#: Verbs of enacting such a document, whose doer is the measure's doer
ENACTING_VERBS = {"sign", "issue", "pass", "adopt", "approve", "enact", "introduce", "publish", "promulgate"}
# Nouns whose infinitive says what their holder means to do ("plans to resume flights").
INTENTIONS = {"plan", "decision", "intention", "proposal", "bid", "effort", "promise", "pledge", "commitment",
              "readiness", "offer", "agreement", "deal", "threat", "move"}

#: Verbs of taking office whose passive subject is the doer: "was sworn in", "was inaugurated"
OFFICE_VERBS = {"swear", "inaugurate"}
#: Verbs of being given an office whose passive subject, a person, is the doer when no "by"
#: agent names who gave it: "she was first elected to the House in 2006", "he was appointed
#: to fill the seat" (the codebook's coders name the one who wins or takes the post)
PERSON_OFFICE_VERBS = {"elect", "reelect", "re-elect", "appoint"}

# Subjects that are the weapon, not the actor.
INSTRUMENTS = {"fire", "shelling", "strike", "airstrike", "missile", "drone", "rocket", "shell", "bomb",
               "attack", "explosion", "blast", "barrage", "gunfire", "shot", "raid", "bombardment"}
# Heads whose "of" phrase says whom they stand for (not features.OFFICES, the words of an
# official voice).
REPRESENTING_HEADS = {"minister", "leader", "official", "representative", "envoy", "delegation", "head", "chief",
           "government", "president", "ambassador", "forces", "force", "troop", "army", "police"}
#: Plural nouns of the members of a body or side whose "of" names it ("deputies of the Sejm",
#: "soldiers of the Norland Army")
MEMBER_NOUNS = {"deputy", "lawmaker", "legislator", "soldier", "officer", "fighter", "militant", "supporter",
                "employee", "worker", "activist", "delegate"}
#: Nouns of something done to someone: their possessor is the one it was done to ("Rabin's
#: assassination", "the suspect's arrest"), not the doer as with "Russia's attack".
PATIENT_NOUNS = frozenset({"assassination", "murder", "killing", "slaying", "death", "arrest", "detention",
                           "kidnapping", "abduction", "execution", "capture", "extradition", "trial",
                           "conviction", "sentencing", "rescue", "release", "funeral", "injury", "beating",
                           "shooting", "stabbing", "deportation", "expulsion", "indictment", "prosecution", "impeachment"})
_LEFT_DEPS = {"compound", "amod", "nmod", "npadvmod", "poss", "case", "punct", "hmod", "hyph"}

#: Nouns of an unnamed group whose "of" says who its members are ("a group of Saudi clerics")
GROUP_NOUNS = {"group", "band", "coalition"}

#: Machines that strike or carry: no actors themselves, their owner is ("its aircraft").
MACHINES = {"aircraft", "plane", "jet", "helicopter", "warplane", "warship", "ship", "boat", "vessel", "tank",
            "train", "bus", "car", "truck", "vehicle", "drone", "submarine", "bomber", "fighter-bomber"}
# The people who steer a vehicle: in an accident they are its doer when named ("the driver");
# the vehicle itself is no actor (a "Ford Bronco", "the boat").
VEHICLES = {"driver", "pilot", "captain", "motorist", "trucker"}
#: Entity labels of no party: dates, numbers, amounts, and laws, events, products and works
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LAW", "EVENT", "PRODUCT",
               "WORK_OF_ART", "LANGUAGE"}
#: Head words of a name that names a thing, not a party: a law or measure ("the Clean
#: Rivers Amendment"), a legal state ("Federal Custody"), a notice ("an Amber Alert")
THING_HEADS = {"amendment", "act", "bill", "law", "ordinance", "resolution", "referendum", "proposition",
               "custody", "alert", "warning", "program", "programme", "budget", "tax"}
#: The heads among them that name a measure or a legal state even in a name the tagger makes an
#: organisation.
MEASURE_HEADS = {"amendment", "act", "bill", "law", "ordinance", "resolution", "referendum", "proposition", "custody"}
# Heads of a crowd: in a protest or riot, the crowd is its protesters or rioters.
CROWD_HEADS = {"people", "thousand", "thousands", "hundred", "hundreds", "ten", "tens", "dozen", "dozens",
               "crowd", "crowds", "resident", "residents", "citizen", "citizens", "supporter", "supporters",
               "youth", "youths", "man", "men", "woman", "women", "demonstrator", "demonstrators", "mob"}
CROWD_ACTOR = {"protest": "protesters", "riot": "rioters"}
#: Counts of a crowd, whose "of" says who is in it ("thousands of farmers")
CROWD_COUNTS = {"thousands", "hundreds", "tens", "dozens", "scores", "millions", "crowd", "crowds", "group",
                "groups"}
#: Plural nouns of people who take to the street as who they are: a protest's doer is named
#: by them ("Cuban exiles protesting", "striking miners marched"), not "protesters".
PEOPLE_GROUPS = {"exile", "refugee", "migrant", "pensioner", "retiree", "teacher", "nurse", "doctor", "farmer",
                 "miner", "worker", "student", "veteran", "employee", "trader", "merchant", "driver", "lawyer",
                 "unemployed", "parent", "mother", "woman", "activist", "supporter", "opponent", "fan",
                 "journalist", "villager", "resident", "islamist", "nationalist", "monk", "priest", "indigenous"}
HAZARD_VERBS = {"flood": "floods"}
HAZARDS = {"flooding": "floods", "flood": "floods", "floods": "floods", "quake": "earthquake",
           "landslides": "landslide", "mudslide": "landslide", "wildfires": "wildfire", "storms": "storm"}

#: Nouns whose "of" names who moves: "the arrival of envoy Keith Kellogg".
MOVER_NOUNS = {"arrival", "visit", "trip", "tour", "departure", "deployment", "return"}
#: Nouns of giving up one's own post, whose "of" names who gives it up ("the resignation of
#: Governor Rhee": Rhee resigned; not "the ouster of", which names whom others removed)
QUITTER_NOUNS = {"resignation", "retirement", "abdication"}
#: Nouns whose "of" object is their doer: who moves or who quits
OF_DOER_NOUNS = MOVER_NOUNS | QUITTER_NOUNS

#: Heads of a definite description that names a party the article introduced by that title
#: or kind: "Foreign Minister Sergei Lavrov ... the minister", "the M23 rebel group ... the group".
#: (Its persons' titles, OFFICE_TITLES, are also extract's ITEM_TITLES' core.)
OFFICE_TITLES = {"minister", "president", "leader", "chancellor", "premier", "secretary", "envoy", "ambassador",
                 "general", "commander", "governor", "mayor", "senator", "king", "prince", "emperor", "pope",
                 "chairman", "chief", "director", "prosecutor", "judge", "sheriff", "lawmaker", "candidate",
                 "diplomat", "official"} | SPOKESPERSON_TITLES
#: Kinds of organisation a definite description names ("the group", "the company")
ORGANISATION_KINDS = {"group", "movement", "militia", "organisation", "organization", "alliance", "party", "bloc",
                      "coalition", "company", "firm", "agency"}
#: Nouns of a body that sits and decides: the words "members" may be the members of ("council
#: members", "members of the board")
BODY_WORDS = {"board", "council", "commission", "committee", "legislature", "assembly", "panel", "court", "jury"}
TITLE_HEADS = (OFFICE_TITLES | ORGANISATION_KINDS | {"rebel", "militant", "union", "insurgent", "jihadist", "separatist"}
               # deliberative bodies: "the Oakdale School Board ... the board"
               | (BODY_WORDS - {"court", "jury"}))
#: Members of a deliberative body, who act as the body when they vote or decide ("commissioners
#: voted", "council members approved"): the member noun -> the words naming the body.
BODY_MEMBERS = {"commissioner": {"commission", "commissioner"}, "supervisor": {"supervisor"},
                "councilman": {"council"}, "councilwoman": {"council"}, "councilmember": {"council"},
                "councilor": {"council"}, "councillor": {"council"}, "alderman": {"alderman", "aldermen", "council"},
                "selectman": {"selectman", "selectmen"}, "trustee": {"trustee"}, "regent": {"regent"},
                "freeholder": {"freeholder"}, "legislator": {"legislature"}}

# Heads of nominal actor phrases: people, groups and bodies that can act (with the spokespersons,
# the kinds of organisation and the members of a deliberative body, :data:`BODY_MEMBERS`).
AGENTS = {
    "police", "policeman", "policemen", "officer", "troop", "soldier", "force", "army", "military",
    "navy", "militant", "gunman", "gunmen", "rebel", "insurgent", "fighter", "attacker", "settler",
    "assailant", "protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "student",
    "worker", "resident", "villager", "farmer", "civilian", "people", "person", "man", "woman",
    "men", "women", "child", "children", "youth", "government", "administration",
    "authority", "official", "minister", "ministry", "president", "leader", "prime", "envoy",
    "diplomat", "ambassador", "delegation", "lawmaker", "parliament", "senator", "congress", "court",
    "judge", "prosecutor", "intelligence", "service", "union", "opposition",
    "country", "state", "nation", "ally", "partner", "regime", "junta",
    "guard", "commander", "general", "unit", "brigade", "battalion", "pilot", "sailor", "marine",
    "engineer", "builder", "team", "rescuer", "firefighter", "medic", "doctor", "nurse", "voter",
    "candidate", "mayor", "governor", "council", "committee", "board",
    "activist", "journalist", "reporter", "expert", "analyst",
    "suspect", "criminal", "gang", "smuggler", "pirate", "terrorist", "jihadist", "separatist",
    "neighbour", "neighbor", "friend", "side", "investigator", "detective", "sheriff", "deputy",
    # the doers of violence and crime by what they do ("kidnappers killed", "extremists bombed")
    "kidnapper", "abductor", "bandit", "killer", "murderer", "assassin", "shooter", "sniper", "bomber",
    "robber", "burglar", "thief", "intruder", "hijacker", "arsonist", "looter", "raider", "perpetrator",
    "extremist", "radical", "guerrilla", "vigilante", "paramilitary", "mercenary", "loyalist", "gendarme",
    "trooper", "marcher", "poacher", "agent", "jury",
    # people named by their office or side ("city attorneys rejected", "directors voted")
    "attorney", "lawyer", "director", "supporter", "opponent", "chairman", "chairwoman", "chairperson",
    "secretary", "administrator", "negotiator", "representative", "delegate", "regulator", "critic",
    # the deliberative bodies whose members these are
    "commission", "legislature",
} | SPOKESPERSON_TITLES | ORGANISATION_KINDS | set(BODY_MEMBERS)
#: Person nouns a headline opens with for the one its article names ("Woman charged ...", "Mum jailed ...").
HEADLINE_PERSONS = {"woman", "man", "mum", "mom", "mother", "dad", "father", "teen", "teenager", "boy", "girl",
                    "attorney", "lawyer", "driver", "pensioner", "student", "grandmother", "grandfather"}
#: How far (tokens) after its headline the article must name the person.
HEADLINE_REACH = 60
#: Events whose headline person is their target or victim, not their doer ("Man faces charges",
#: "Man cited after crash"): the police or court act, and the headline noun stands as it was.
HEADLINE_TARGET_TYPES = {"arrest", "accident"}
#: A body's decisions told without their maker ("approval was given to the ordinance", "the
#: appointment of Jo Bell as city manager"): the verbs and nouns, made by the story's body.
BODY_DECISIONS = {"approval", "appointment", "vote", "approve", "appoint", "adopt", "pass"}
#: Verbs by which the members of a body decide for it.
VOTE_VERBS = {"vote", "approve", "reject", "adopt"}
#: Nouns a named body ends in that stand alone for it once named ("the council", "Council backs
#: ..."); not a panel, a court or a jury (adding "court" changed nothing on the development splits).
NAMED_BODY_HEADS = BODY_WORDS - {"panel", "court", "jury"}
#: Singular subjects that name a body, not a person a later "he" or "she" could take up: the
#: bodies that sit and decide but a legislature, an assembly and a panel, with the bodies of
#: state, a company and a party
BODY_SUBJECTS = (BODY_WORDS - {"legislature", "assembly", "panel"}) | {
    "police", "government", "army", "military", "ministry", "agency", "department", "office", "company", "party",
    "parliament"}
#: Kind words of a place named by their "of" ("the state of Oregon", "the city of Tulsa").
PLACE_KINDS = {"state", "city", "county", "province", "town", "village", "municipality", "commonwealth",
               "territory", "region", "district", "emirate", "prefecture", "canton", "borough", "parish"}
#: How far back (in tokens) a definite description looks for the party it names.
TITLE_REACH = 400

# Institutions and seats of government that stand for their state.
INSTITUTIONS = {
    "kremlin": "RU", "white house": "US", "pentagon": "US", "state department": "US",
    "downing street": "GB", "whitehall": "GB", "elysee": "FR", "élysée": "FR", "quai d'orsay": "FR",
    "blue house": "KR", "zhongnanhai": "CN", "knesset": "IL", "bundestag": "DE",
}


# ACLED's actor categories by the head word of a nominal actor ("Kenyan police" → state forces).
CATEGORIES = {
    "state forces": {"police", "policeman", "policemen", "officer", "officers", "troop", "troops", "soldier",
                     "soldiers", "force", "forces", "army", "military", "navy", "guard", "guards", "gendarme",
                     "gendarmes", "marine", "marines", "unit", "brigade", "battalion", "commander", "sheriff",
                     "deputy", "deputies", "gardai", "garda", "trooper", "troopers", "agent", "agents"},
    "rebel group": {"rebel", "rebels", "insurgent", "insurgents", "separatist", "separatists", "guerrilla",
                    "guerrillas", "jihadist", "jihadists", "militant", "militants", "terrorist", "terrorists"},
    "militia": {"militia", "militias", "militiaman", "militiamen", "vigilante", "vigilantes"},
    "unidentified armed group": {"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                                 "bandit", "bandits", "kidnapper", "kidnappers", "killer", "shooter", "bomber",
                                 "bombers"},
    "protesters": {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                   "marcher", "marchers", "activist", "activists", "student", "students", "worker", "workers"},
    "rioters": {"rioter", "rioters", "mob", "mobs", "looter", "looters"},
    "civilians": {"civilian", "civilians", "resident", "residents", "villager", "villagers", "people", "man",
                  "men", "woman", "women", "child", "children"},
    "government": {"government", "administration", "ministry", "minister", "president", "authority",
                   "authorities", "official", "officials", "parliament", "court", "judge", "prosecutor",
                   "council", "mayor", "governor", "cabinet"} | SPOKESPERSON_TITLES,
}
_CATEGORY_OF = {word: category for category, words in CATEGORIES.items() for word in words}


def actor_category(actor: "Actor") -> str | None:
    """ACLED's kind of actor for a nominal one (state forces, rebel group, militia, unidentified
    armed group, protesters, rioters, civilians, government), "state" for a state, None else."""
    if actor.category is not None:
        return actor.category
    if actor.kind == "state":
        return "state"
    if actor.kind != "nominal":
        return None
    words = actor.name.lower().replace("(", " ").replace(")", " ").split()
    return next((_CATEGORY_OF[w] for w in reversed(words) if w in _CATEGORY_OF), None)


@dataclass
class Actor:
    name: str
    country_code: str | None = None
    kind: str = "named"  # named | nominal | state
    #: ACLED's kind when the words do not tell it ("ethnic Albanians" marching are protesters)
    category: str | None = None
    #: a named person (not an organisation or a state)
    person: bool = False

    def to_dict(self) -> dict[str, str | bool | None]:
        found: dict[str, str | bool | None] = {"name": self.name, "country_code": self.country_code,
                                               "kind": self.kind, "category": actor_category(self)}
        if self.person:
            found["person"] = True
        return found


class ActorResolver:
    """Finds actor phrases around a trigger and names them consistently within one article."""

    def __init__(self, doc: Doc, places: PlaceTokens, *, headline: bool = False) -> None:
        ents = doc.ents  # spaCy builds the spans anew on every access
        #: the end of the article's first sentence when that sentence is its headline, else 0
        self._headline_end = next(iter(doc.sents)).end if headline and len(doc) else 0
        self._ents = ents
        self._ent_starts = [ent.start for ent in ents]
        self._entity_of: dict[int, Span] = {}
        for ent in ents:
            for i in range(ent.start, ent.end):
                self._entity_of[i] = ent
        self._full_names = self._person_full_names(ents)
        self._place_at = places.at
        self._person_country = self._person_countries(ents)
        self._last_named: Actor | None = None
        self._last_person: Actor | None = None  # "he", "she": the last named doer who is a person
        #: the named doers who are persons, in the order they were last remembered
        self._recent_persons: list[Actor] = []
        #: full name -> "m" or "f", where the article itself says which (:func:`_person_genders`)
        self._gender = _person_genders(ents, self._full_names)
        self._quoted = _quoted_tokens(doc)
        self._persons: set[str] = set()
        #: trigger index -> its (doer, target) tokens
        self._arguments_of: dict[int, tuple[Token | None, Token | None]] = {}
        #: (end token, title and kind words, entity) of every named person or organisation
        self._titled = self._titles(ents)
        #: the organisations named by more than one word ("Harlan County Board of Supervisors")
        self._bodies = [ent for ent in ents if ent.label_ == "ORG" and len(ent) > 1]
        #: head token -> (its words, actor) of the nominal parties with a name ("the M23 rebel group")
        self._introduced: dict[int, tuple[frozenset[str], Actor]] = {}

    # -- public -------------------------------------------------------------------

    def actors_for(self, trigger: Token, event_type: str | None = None, *,
                   remember: bool = True) -> tuple[Actor | None, Actor | None]:
        """(doer, target-or-counterpart) of the trigger; either may be None. A named doer is
        remembered for later pronouns unless ``remember`` is false (a mere candidate).

        Coding conventions as ACLED's: the crowd of a protest or riot is its protesters or
        rioters ("tens of thousands of people rallied" → protesters), and the doer of a
        natural disaster is the hazard itself ("floods").
        """
        doer, target = self._arguments(trigger)
        actor1 = self._actor(doer) if doer is not None else None
        actor2 = self._actor(target) if target is not None else None
        if doer is not None and event_type not in HEADLINE_TARGET_TYPES:
            actor1 = self.headline_person(doer) or actor1
        if event_type in CROWD_ACTOR and doer is not None:
            actor1 = self._people_group(doer, CROWD_ACTOR[event_type]) or actor1
        if event_type in CROWD_ACTOR and actor1 is not None and actor_category(actor1) == "state forces":
            actor1, actor2 = None, actor1  # "police fired tear gas at protesters": the crowd protests
        if event_type in CROWD_ACTOR and (actor1 is None or _head_word(actor1.name) in CROWD_HEADS):
            country = actor1.country_code if actor1 is not None else None
            actor1 = Actor(name=CROWD_ACTOR[event_type], country_code=country, kind="nominal")
        if event_type == "disaster" and actor1 is None and trigger.pos_ == "NOUN":
            actor1 = Actor(name=HAZARDS.get(trigger.lower_, trigger.lemma_.lower()), kind="hazard")
        elif event_type == "disaster" and actor1 is None and trigger.lemma_.lower() in HAZARD_VERBS:
            # "..., flooding the city centre": the hazard is the doer
            actor1 = Actor(name=HAZARD_VERBS[trigger.lemma_.lower()], kind="hazard")
        if event_type == "deploy" and actor1 is None and actor2 is not None \
                and actor_category(actor2) in ("state", "state forces"):
            # "Russian troops were deployed to Belarus", "they were sent to Kursk": the forces
            # deploy (ACLED's "Military Forces of Russia"); nobody is their target
            actor1, actor2 = actor2, None
        if actor1 is None and actor2 is not None and doer is None and trigger.pos_ in ("VERB", "AUX") \
                and trigger.lemma_.lower() in OFFICE_VERBS and event_type in ("other", "election") \
                and actor2.kind in ("named", "nominal") and actor_category(actor2) != "state forces":
            # "Jane Roe is sworn in as president", "he was inaugurated": the one who takes office
            # does so (ACLED and the codebook code the new office-holder, not the oath's giver)
            actor1, actor2 = actor2, None
        if actor1 is None and actor2 is not None and doer is None and self._office_taker(trigger, actor2):
            actor1, actor2 = actor2, None
        if actor1 is None and actor2 is not None and doer is None and event_type == "election" \
                and declared_winner(trigger) and actor2.kind in ("named", "nominal"):
            # "Jane Roe was declared the winner of the mayoral race": the winner is the
            # election's doer (the codebook's coders name the winner, not the count's officials)
            actor1, actor2 = actor2, None
        if event_type == "arrest" and trigger.pos_ in ("VERB", "AUX") and (
                doer is None or trigger.lemma_.lower() in DEFENDANT_VERBS):
            court = court_of(trigger)
            court_actor = self._actor(court) if court is not None else None
            if court_actor is not None:
                # "appeared in Hamilton Municipal Court", "was arraigned in Superior Court": the
                # court acts; the one who appears before it is its counterpart
                actor1, actor2 = court_actor, actor2 or actor1
        if event_type == "arrest" and actor1 is not None and doer is not None and doer.dep_ == "nsubj" \
                and actor1.kind == "nominal" and defendant_of(trigger) == doer \
                and actor1.name == getattr(self._actor(doer), "name", None):
            # "Man pleads guilty to robbery", "a Riverton woman made her first court appearance":
            # an unnamed one who pleads or appears is the defendant, the counterpart of the
            # police or court that acts; no court named, no doer (a named defendant stands: the
            # codebook's coders keep "Jane Roe pleaded innocent" as Roe's)
            actor1, actor2 = None, actor1
        if event_type == "arrest" and trigger.pos_ == "NOUN":
            court = charged_before(trigger)
            court_actor = self._actor(court) if court is not None else None
            if court_actor is not None:
                # "were brought before Carrick District Court on charges of ...": the court acts
                actor1, actor2 = court_actor, actor2 or actor1
        if event_type == "arrest":
            court = ruling_court(trigger)
            court_actor = self._actor(court) if court is not None else None
            if court_actor is not None:
                # "a Brenton court ruled that the two men should stay in custody": the court
                # keeps them; they are its counterpart
                actor1, actor2 = court_actor, actor2 or actor1
        if actor1 is None and doer is None and trigger.pos_ == "NOUN":
            state = self.state_modifier(trigger, event_type)
            if state is not None:
                # "a Ukrainian missile and drone attack": the demonym on the first joined noun
                actor1 = self._actor(state)
        if actor1 is None and event_type not in ("statement", "warn", "condemn", "support"):
            announcer = announcer_of(trigger)
            announcer_actor = self._actor(announcer) if announcer is not None else None
            if announcer_actor is not None:
                # "Governor Ann Roe announced that a special election will be held": her plan
                actor1 = announcer_actor
        holder = season_holder(trigger) if event_type == "election" else None
        holder_actor = self._actor(holder) if holder is not None else None
        if holder_actor is not None and (doer is None or doer.i in self._place_at):
            # "the party will carry on its season with the Ohio primary": the party's vote
            # (Ohio, named before the vote, is where it is held: no doer)
            actor1 = holder_actor
        party = contest_party(trigger) if event_type == "election" else None
        if party is not None and doer is not None and doer.i == party.i and actor1 is not None \
                and actor1.kind == "named" and not actor1.name.endswith("Party"):
            # "the next Republican primary is scheduled for March 3": the party's own vote (a
            # demonym, "the French primary", is a state's: where it is held)
            actor1 = Actor(name=f"{actor1.name} Party", kind="named")
        approver = approver_of(trigger) if event_type in ("agree", "election", "other") else None
        approver_actor = self._actor(approver) if approver is not None else None
        if approver_actor is not None:
            # "the plan won approval from the county council": the council approves the plan
            actor1, actor2 = approver_actor, actor2 if doer is None else self._actor(doer)
        if actor1 is None:
            body = self.decision_body(trigger, event_type)
            body_actor = self._actor(body) if body is not None else None
            if body_actor is not None:
                # "Unanimous approval was given to the ordinance": the council whose meeting it is
                actor1 = body_actor
        if event_type == "arrest" and actor1 is None and trigger.lemma_.lower() in COURT_STEPS and (
                trigger.pos_ in ("VERB", "AUX") or trigger.dep_ == "dobj"):
            # (a step told in its own clause, "she made her first court appearance", not one
            # named in passing, "before his court appearance Friday")
            judge = self.sole_judge
            judge_actor = self._actor(judge) if judge is not None else None
            if judge_actor is not None and (actor2 is None or actor2.name != judge_actor.name):
                # "Jan Kowal was sentenced Friday to two years ... District Judge Ann Roe": in a
                # court story the one judge it names is the court that sentences or hears him
                # (not when that judge is the one sentenced: "Judge Ann Roe ... she was convicted")
                actor1 = judge_actor
        body = spoken_for(doer) if doer is not None else None
        body_actor = self._actor(body) if body is not None else None
        if body_actor is not None and body_actor.kind in ("named", "state"):
            # "Zentex spokesman Karl Vogel said", "Vogel, a spokesman for Zentex, said": the
            # body speaks through its spokesperson (codebook: its alt is the body a person speaks
            # for, so the body is right whichever of the two the coder chose)
            actor1 = body_actor
        denier = denier_of(trigger)
        denier_actor = self._actor(denier) if denier is not None else None
        if denier_actor is not None:
            # "Roe denied that the officers had met": the denier is the doer of the denied
            # happening (codebook: mode denied, the denier as actor1); who was said to do it is
            # the counterpart
            actor1, actor2 = denier_actor, actor2 or actor1
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor2 = None
        by_agent = doer is not None and doer.dep_ == "pobj" and doer.head.dep_ == "agent"
        if remember and actor1 is not None and actor1.kind in ("named", "state"):
            self._last_named = actor1
            if actor1.name in self._persons and not by_agent:
                # (not the "by" agent of a passive: "Yevdokimov was appointed by Putin ... he
                # said" goes on about Yevdokimov, the clause's subject)
                self._last_person = actor1
                self._recent_persons = [p for p in self._recent_persons if p.name != actor1.name] + [actor1]
        return actor1, actor2

    def _office_taker(self, trigger: Token, patient: Actor) -> bool:
        """Whether the trigger is a passive verb of being given an office
        (:data:`PERSON_OFFICE_VERBS`) with no "by" agent and its patient is a named person:
        "Jane Roe was elected to the Senate in 2012", "when elected in 2001 as a member of
        Parliament", "she was appointed to fill the seat" → Roe, the one who took the post."""
        return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in PERSON_OFFICE_VERBS \
            and trigger.tag_ == "VBN" and patient.kind == "named" \
            and (patient.person or patient.name in self._persons)

    def ents_in(self, span: Span) -> list[Span]:
        """``span.ents`` (the entities wholly inside it, up to the first that runs past its
        end) from the Doc's entities as read once, not rebuilt on every call."""
        found = []
        for ent in self._ents[bisect_left(self._ent_starts, span.start):]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a token names (a pronoun: the last named doer; a relative pronoun: the
        party its clause tells of), or None. (Only the actor model's options read a relative
        pronoun so; the rules' own pick, which groups the mentions, keeps the last named.)"""
        antecedent = _relative_antecedent(token)
        if antecedent is not None:
            return self._actor(antecedent)
        return self._actor(token)

    def co_doers(self, trigger: Token) -> list[Actor]:
        """The parties joined by "and" as the trigger's doers, each named on its own, the first
        one first: "Ruiz and the party's chairman, Tom Bell, condemned the verdict" → Ruiz, Tom
        Bell; "the vote was welcomed by Oslo and Helsinki" → Oslo, Helsinki; "Ruiz and Bell
        announced their support" → Ruiz, Bell (the doers "their" stands for). Empty for a
        single doer; not the parts of one name ("Trinidad and Tobago"), nor a party named twice,
        nor unnamed people ("police and firefighters said": their account, not their statements)."""
        doer, _ = self._arguments(trigger)
        if doer is not None and doer.lower_ in ("their", "they"):
            doer = _plural_clause_subject(doer)
        elif trigger.pos_ not in ("VERB", "AUX"):
            return []  # ("Bushnell, Kimotho and others had just ended a news conference": one)
        if doer is None or doer.pos_ == "PRON":
            return []
        entity = self._entity_of.get(doer.i)
        found: list[Actor] = []
        for token in sorted([doer, *doer.conjuncts], key=lambda t: t.i):
            if (token.i != doer.i and entity is not None and entity.start <= token.i < entity.end) \
                    or token.pos_ == "PRON":
                continue
            actor = self._actor(token)
            if actor is None or actor.name in {a.name for a in found} or not (
                    actor.kind in ("named", "state") or actor_category(actor) == "government"):
                continue  # (a body of government speaks for itself: "the council and the government")
            found.append(actor)
        return found if len(found) > 1 else []

    def actor_token_ids(self, trigger: Token) -> set[int]:
        """Token indices inside the actor phrases of a trigger and their conjuncts
        ("The United States and Ukraine signed"): these places are actors, not locations."""
        ids: set[int] = set()
        doer, target = self._arguments(trigger)
        for token in (doer, target):
            if token is not None:
                ids.update(t.i for t in self._phrase(token))
                ids.update(t.i for t in token.conjuncts)
                ids.update(t.i for c in token.conjuncts for t in self._phrase(c))
        return ids

    # -- finding the tokens -----------------------------------------------------------

    def _arguments(self, trigger: Token) -> tuple[Token | None, Token | None]:
        """The doer and target tokens of a trigger, found once per trigger (they depend on
        the parse alone; :meth:`actors_for` and :meth:`actor_token_ids` both ask)."""
        found = self._arguments_of.get(trigger.i)
        if found is None:
            found = self._arguments_of[trigger.i] = (
                self._verb_actors(trigger) if trigger.pos_ in ("VERB", "AUX") else self._noun_actors(trigger))
        return found

    def _verb_actors(self, verb: Token) -> tuple[Token | None, Token | None]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # A misparse can give two subjects ("fire by the ... Forces killed"): prefer the agent.
        subject = next((c for c in subjects if c.lemma_.lower() not in INSTRUMENTS), subjects[0] if subjects else None)
        passive = subject is not None and (subject.dep_ == "nsubjpass" or (
            subject.dep_ == "nsubj" and (_reduced_passive(verb) or self._headline_past(verb))))
        # ("Man charged in robberies", "Man shot twice in robbery")
        agent = None
        for child in verb.children:
            if child.dep_ == "agent":
                agent = next((g for g in child.children if g.dep_ == "pobj"), None)
        # "killed in clashes with cartel gunmen": the other side; "killed in attacks by the
        # rebels", "injured in Russian drone strikes": the attacker
        fight_side = clash_party(verb) or attack_party(verb)
        if agent is None:
            agent = shared_agent(verb)  # "were killed and 30 more injured by rebel gunmen"
        if agent is None and subject is not None and subject.dep_ == "nsubjpass":
            agent = fight_side
        if agent is None and subject is not None and subject.dep_ == "nsubjpass":
            # "Doe was charged in a civil suit filed by the Trade Commission": the suit's filer
            agent = case_party(verb)
        alleged = alleged_doer(verb) if subject is None else None
        if alleged is not None:
            # "Roe accuses Norland of shelling the village": Norland shelled it, not Roe
            return alleged, next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        if subject is None:
            subject = with_speaker(verb)  # "..., with Mayor Jane Doe stating that ...": the mayor
        elif subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            # "troops conducted an operation that killed 60": the operation's conductor
            subject = _attack_conductor(verb.head) or subject
        node = verb
        hops = 0
        # Participles, infinitives and conjoined verbs share the subject of their head; so does
        # a gerund after a preposition ("before meeting with the victims, she ...", "after
        # touring Dar es Salaam, the chief said").
        while subject is None and node.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp") \
                and hops < 3:
            if node.dep_ == "pcomp":
                if node.head.dep_ != "prep" or node.head.head.pos_ not in ("VERB", "AUX"):
                    break
                node = node.head  # the preposition; the verb it hangs from is taken below
            if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                subject = copula_subject(node.head) or node.head
                enactor = enacted_by(node) if node.i == verb.i else None
                if enactor is not None:
                    subject = enactor  # "Roe signed a decree banning face veils": Roe bans them
                    break
                if node.i == verb.i and _reduced_passive(verb, acl=True):
                    # "a suspect arrested on Monday", "aid sent by Japan": the noun a past
                    # participle describes is what was done to; its doer is the "by" agent
                    passive = True
                    break
                if subject.lemma_.lower() in INTENTIONS and subject.dep_ in ("dobj", "nsubjpass") \
                        and subject.head.pos_ in ("VERB", "AUX"):
                    # "Lavrov confirmed plans to resume flights": the one who has the plans
                    subject = next((c for c in subject.head.children if c.dep_ in ("nsubj", "agent")), subject)
                    if subject.dep_ == "agent":
                        subject = next((g for g in subject.children if g.dep_ == "pobj"), subject)
                break
            node = node.head
            hops += 1
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # A passive participle shares its head's subject as its patient: "Clark was on
            # probation, having been sentenced by Judge Roe", "she was in jail after being
            # indicted by a grand jury", "Smith was arrested and charged by state police". Only
            # where an agent (or a fight's other side) names the doer: without one the head's
            # subject stays the candidate doer (turning it to none cost event F1 on train/dev2)
            passive = subject is not None and (agent is not None or fight_side is not None) and (
                any(c.dep_ == "auxpass" for c in verb.children)
                or (subject.dep_ == "nsubjpass" and verb.tag_ == "VBN" and verb.dep_ in ("conj", "xcomp")
                    and not any(c.dep_ in ("aux", "dobj") for c in verb.children)))
        if agent is None and (passive or subject is None) and verb.lemma_.lower() in ELECT_LEMMAS:
            # "Ann Lee is elected as floor leader of the Labour Party": the body whose post it
            # is elected her (no "by" agent names another)
            body = self.electing_body(verb)
            if body is not None:
                return body, subject
        obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        if obj is None:
            obj = self._prep_object(verb)
        if subject is None and agent is None and fight_side is not None and joined_to_loss(verb):
            # "the church is damaged and set ablaze during Russian strikes": the attacker's doing
            return fight_side, None
        if passive:
            # "51 people were reported killed in clashes between police and rebels"
            return agent if agent is not None else fight_side, subject
        if verb.lemma_.lower() in DEATH_VERBS:
            return None, subject  # "two hikers died when ...": the one who died underwent it
        return subject, obj

    def electing_body(self, verb: Token) -> Token | None:
        """The named organisation of the post someone is elected to, told by the post's "of"
        phrase: "is elected as floor leader of the Labour Party", "is re-elected General
        Secretary of the Workers' Party" (the party); not a town's or a state's post ("elected
        mayor of Springfield": its voters elect), nor a post with no body named."""
        posts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pobj"]
        posts += [c for c in verb.children if c.dep_ in ("oprd", "attr")]
        for post in posts:
            body = _of_object(post)
            ent = self._entity_of.get(body.i) if body is not None else None
            if ent is not None and ent.label_ == "ORG":
                return body
        return None

    def _noun_actors(self, noun: Token) -> tuple[Token | None, Token | None]:
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in _NOT_ACTORS), None)
        agent = _by_agent(noun)
        if agent is not None and self._actor(agent) is not None:
            # "Georgia's defeat by Russia", "the killings of Albanians by Serb police": the "by"
            # phrase of a happening's noun is its doer; an owner is then the one it befell
            patient = possessor or next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                         for g in c.children if g.dep_ == "pobj"), None)
            return agent, patient
        if possessor is not None and noun.lemma_.lower() in PATIENT_NOUNS:
            # "Rabin's assassination", "Kopp's arrest": the one it happened to
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            return agent, possessor
        doer = possessor
        if doer is None:
            doer = culprit(noun)
        if doer is None:
            doer = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.ent_type_ not in _NOT_ACTORS
                         and (c.i in self._entity_of or c.i in self._place_at) and not self.names_where(c)), None)
        if doer is None:
            doer = armed_modifier(noun)
        if doer is None:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    doer = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ == "prep" and child.lower_ == "of" and noun.lemma_.lower() in OF_DOER_NOUNS:
                    # "the arrival of envoy Keith Kellogg": the one who arrives; "the resignation
                    # of Rumen Radev": the one who resigns
                    doer = next((g for g in child.children if g.dep_ == "pobj"), None)
        if doer is None:
            # "a meeting between Putin and Aliyev", "clashes between police and rebels": the
            # first of the parties of a reciprocal happening, the other its counterpart
            between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
            first = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
            if first is not None and self._actor(first) is not None:
                other = next((c for c in first.children if c.dep_ == "conj"), None)
                return first, other
        if doer is None:
            side = fight_side(noun)
            if side is not None and self._actor(side) is not None:
                # "a brief but devastating war with Russia": the one side a fight names fought it
                return side, None
        if doer is None and noun.lemma_.lower() in _BORNE_NOUNS and _borne(noun):
            # "the lawmaker faced criticism from voters", "came under criticism": the one who
            # bears it is criticised; the critic is the "from" object, else unnamed
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            source = next((g for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj"), None)
            bearer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return source, bearer
        if doer is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            # ("convicted of plotting a school shooting": the one convicted, :func:`alleged_doer`)
            doer = next((c for c in noun.head.children if c.dep_ in ("nsubj",)), None) or enacted_by(noun.head) \
                or alleged_doer(noun.head)
            if doer is not None and doer.lemma_.lower() in MOVER_NOUNS:
                # "Lavrov's visit followed meetings with Rubio": the visitor met Rubio
                doer = next((c for c in doer.children if c.dep_ == "poss"), None)
        if doer is None and noun.dep_ == "advcl" and noun.head.pos_ in ("VERB", "AUX"):
            # "Arriving in Wonsan, Lavrov was received": a participle mistagged as a noun
            doer = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = self._prep_object(noun)
        if target is None and noun.lemma_.lower() in PATIENT_NOUNS:
            target = self._of_person(noun)
        return doer, target

    def _of_person(self, noun: Token) -> Token | None:
        """The named person a happening's noun befell, given by its "of" ("the slaying of Dr. Ann
        Roe", "the killing of Tomas Brandt"): the one it happened to, as its possessor is ("Roe's
        slaying"), so that "Roe was shot at her home" told later is that attack (coref's
        same-victim link)."""
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if person is None or person.i not in self._entity_of or self._entity_of[person.i].label_ != "PERSON":
            return None
        return person

    def _prep_object(self, head: Token) -> Token | None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPS:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.i in self._entity_of and self._entity_of[pobj.i].label_ in ("PERSON", "ORG", "NORP")):
                    return pobj
                if pobj is not None and child.lower_ in ("with", "against") and pobj.pos_ in ("PROPN", "NOUN"):
                    return pobj
        return None

    # -- naming ------------------------------------------------------------------------

    def _phrase(self, token: Token) -> list[Token]:
        """The words naming an actor: its modifiers to the left ("Rwanda-backed M23 rebels"),
        and for an office "of" its state ("the foreign ministers of Britain and France")."""
        ent = self._entity_of.get(token.i)
        if ent is not None:
            return list(ent)
        words = [t for t in _left_modifiers(token)]
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if token.lemma_.lower() in MEMBER_NOUNS and token.tag_ == "NNS" and of is not None and any(
                g.dep_ == "pobj" and (g.i in self._entity_of or g.pos_ == "PROPN") for g in of.children):
            # "forty deputies of the Polish Sejm left the party": whose deputies they are
            words.append(of)
            words.extend(t for t in of.subtree if t.i != of.i and t.dep_ != "punct")
        elif token.lemma_.lower() in REPRESENTING_HEADS:
            if of is not None:
                words.append(of)
                words.extend(t for t in of.subtree if t.i != of.i and t.dep_ not in ("punct",) or t.text == ",")
        return sorted(set(words + [token]), key=lambda t: t.i)

    def _actor(self, token: Token) -> Actor | None:
        if token.lower_ in PRONOUNS or token.pos_ == "PRON":
            owner = _clause_person(token)
            if owner is not None:
                return self._actor(owner)
            speaker = _speaker_of(token)
            if speaker is not None and not self._agrees(self._entity_of.get(speaker.i), token):
                speaker = None  # "Biden said she would campaign": she is not Biden
            if speaker is not None and token.lower_ in ("he", "she", "they", "we", "it", "its", "their"):
                # "M23 rebels said they had taken Goma", "the army said its aircraft had
                # bombed": the pronoun is the speaker; "Russia's Defence Ministry said it had
                # struck ...": the state whose body it is
                state = next((c for c in speaker.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")),
                             None) if token.lower_ == "it" and _state_body(speaker) else None
                return self._actor(state if state is not None else speaker)
            if token.lower_ in ("he", "she"):
                # "Evans is charged with ... She was remanded": the latest person who was a
                # clause's subject, as long as no other subject came between
                subject = self._subject_before(token)
                if subject is not None:
                    return subject
            if token.lower_ in ("he", "she"):
                # "The court upheld the sentence for Jan Kowal after he withdrew his appeal": the
                # one person its own sentence named before it, where no person was the subject
                person = self._sole_person_before(token)
                if person is not None:
                    return person
            if token.lower_ in ("he", "she") and self._last_person is not None:
                # "Albright ... the FBI ... she told the staffers": a person, the latest one the
                # pronoun can stand for ("Biden praised Warren ... she dropped out": not Biden)
                return next((p for p in reversed(self._recent_persons) if self._agrees_name(p.name, token)), None)
            if token.lower_ == "they" and self._last_named is not None and self._last_named.name in self._persons:
                # "Elian's relatives in Miami have fought to keep the boy. They said they would
                # appeal": "they" is no one person (the last named doer), but the latest plural
                # subject before it; none when there is none
                return self._plural_subject_before(token)
            if _open_question_who(token):
                return None  # "a panel to investigate who shot down the plane": no one known
            if token.lower_ in ("he", "she", "they", "we", "who") and self._last_named is not None:
                return self._last_named
            return None
        if _weapon(token):
            # "Artillery fire by the Rapid Support Forces killed ...", "the army said its
            # aircraft had bombed ...", "Russian jets struck ...": the one behind the weapon
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is None:
                # "a drone launched by the rebels struck the town": the participle's agent
                agent = next((g for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                             None)
            if agent is None and token.dep_ == "dobj" and token.head.pos_ == "VERB" \
                    and token.head.lemma_.lower() in LAUNCH_VERBS:
                # "the group said it launched a missile attack targeting a warship": who launched it
                agent = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if agent is None:
                # a state's or a body's, not a person's ("the deputy's vehicle struck a car")
                agent = next((c for c in token.children if (c.dep_ == "poss" and (
                    c.lower_ in ("its", "their") or c.ent_type_ in ("ORG", "GPE", "NORP") or c.i in self._place_at))
                    or (c.dep_ in ("amod", "compound", "nmod") and c.i in self._place_at
                        and not self.names_where(c))), None)
            if agent is None:
                # "rebel attacks killed five soldiers": the armed men the attack is named for
                agent = armed_modifier(token)
            if agent is None:
                # "killed by a Rapid Support Forces drone strike": the force named in the modifiers
                agent = next((t for t in reversed(_left_modifiers(token)) if t.dep_ in ("compound", "amod")
                              and t.ent_type_ in ("ORG", "NORP") and t.i in self._entity_of
                              and self._entity_of[t.i].end - 1 == t.i), None)
            return self._actor(agent) if agent is not None else None
        own = self._speakers_own_forces(token)
        if own is not None:
            return own
        ent = self._entity_of.get(token.i)
        if ent is None and token.pos_ == "PROPN":
            # Titles before a name ("President Donald Trump"): the parser heads them on the title.
            ent = next((self._entity_of[c.i] for c in token.subtree if c.i in self._entity_of
                        and self._entity_of[c.i].label_ == "PERSON"), None)
            if ent is None:
                ent = self._holder_after_seat(token)
        if ent is not None and ent.label_ in _NOT_ACTORS:
            full = self._full_names.get(_clean(ent.text).lower()) if len(ent) == 1 else None
            if full is not None:
                # "Fire Marshal Jo January ... according to January": a last name mistaken for a date
                self._persons.add(full)
                return Actor(name=full, country_code=self._person_country.get(full), kind="named", person=True)
            return None  # "in the December slaying", "the Clean Water Act": no party
        body = self._named_body(token, ent)
        if body is not None:
            return body
        if ent is not None and ent.label_ == "PERSON":
            body = self._voting_members(token)
            if body is not None:
                return body
        if ent is not None:
            return self._with_place_name(ent)
        place = self._named_place_of_kind(token)
        if place is not None:
            return place
        members = self._group_members(token)
        if members is not None:
            return members
        named = self._named_apposition(token)
        if named is not None:
            return self._actor(named)
        described = self._described(token)
        if described is not None:
            return described
        body = self._body_of_members(token)
        if body is not None:
            return body
        if token.lower_ in _GENERIC_HEADS:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            target = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            return self._actor(target) if target is not None else None
        if token.pos_ not in ("NOUN", "PROPN") and not (
                token.dep_ in ("nsubj", "nsubjpass", "pobj") and token.lemma_.lower() in AGENTS):
            return None  # (the tagger reads "the Israeli military conducts" as an adjective)
        words = self._phrase(token)
        named = next((self._entity_of[t.i] for t in words if t.i in self._entity_of
                      and self._entity_of[t.i].label_ in ("PERSON", "ORG", "GPE")), None)
        if named is None and token.pos_ == "PROPN" and _capitalised_common_word(token, words):
            return None  # "Mass protests are held across the country": a lead's first word, no name
        if named is None and token.pos_ == "PROPN":
            # A proper name the NER missed ("Claudia Sheinbaum won ..."); a last name alone
            # is the person named in full elsewhere in the article.
            name = _clean(" ".join(t.text for t in words))
            name = _full_name(name, self._full_names)
            return Actor(name=name, country_code=self._person_country.get(name), kind="named")
        if token.lemma_.lower() not in AGENTS and token.lower_ not in AGENTS and token.lemma_.lower() not in VEHICLES:
            # "a UN report stated": the organisation speaks; "the statement underscores": nobody;
            # "a Kabul car bombing killed five": where it was, not who did it
            return self._named(named) if named is not None and not self.names_where(named.root) else None
        name = _clean(" ".join(t.text for t in words))
        if not name:
            return None
        country = None
        for t in words:
            place = self._place_at.get(t.i)
            if place is not None and place.country_code:
                country = place.country_code
        actor = Actor(name=name, country_code=country, kind="nominal")
        if any(t.pos_ == "PROPN" for t in _left_modifiers(token)) and token.lemma_.lower() in TITLE_HEADS:
            # "the M23 rebel group": a party of its own name that "the group" may name later
            self._introduced[token.i] = (frozenset(t.lemma_.lower() for t in words), actor)
        return actor

    def _speakers_own_forces(self, token: Token) -> Actor | None:
        """The armed men "its" or "their" gives to the speaker of the clause they are in (see
        :func:`_speakers_forces`): a group's are the group ("the Tarbo rebels said their
        militants seized the base" → Tarbo rebels); a state's are its forces, named for it and not
        for the country where they fought ("Russia says its forces have taken Toretsk" → forces
        of Russia); else None."""
        owner = _speakers_forces(token)
        owner_actor = self._actor(owner) if owner is not None else None
        if owner_actor is None:
            return None
        if owner_actor.kind == "named" or actor_category(owner_actor) in ARMED_CATEGORIES:
            return owner_actor
        if owner_actor.kind == "state" and owner_actor.country_code:
            name = _clean(" ".join(t.text for t in self._phrase(token)))
            return Actor(name=name, country_code=owner_actor.country_code, kind="nominal") if name else None
        return None

    def _named_place_of_kind(self, token: Token) -> Actor | None:
        """The place a kind word's "of" names: "the state of Oregon held elections", "the
        U.S. state of Vermont sued", "the city of Tulsa issued an order" → Oregon, Vermont,
        Tulsa (the place acts through its government; the kind word is no party's name). A
        town or county named so is a party too, as the subject of a deed; None when the "of"
        object is no place."""
        if token.lemma_.lower() not in PLACE_KINDS or token.i in self._entity_of:
            return None
        named = _of_object(token)
        if named is None or named.i not in self._place_at:
            return None
        actor = self._actor(named)
        if actor is not None:
            return actor
        place = self._place_at[named.i]
        if not place.resolved:
            return None
        ent = self._entity_of.get(named.i)
        name = _clean(ent.text) if ent is not None else place.name or named.text
        return Actor(name=name, country_code=place.country_code, kind="named")

    def _group_members(self, token: Token) -> Actor | None:
        """The people "a group of" names: "a group of Saudi clerics urged ..." → Saudi clerics
        (not "group"); None unless the head is an indefinite group noun with a plural "of"
        object."""
        if token.lemma_.lower() not in GROUP_NOUNS or token.i in self._entity_of \
                or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children):
            return None
        members = _of_object(token)
        if members is None or members.tag_ not in ("NNS", "NNPS"):
            return None
        actor = self._actor(members)
        if actor is not None:
            return actor
        words = [t for t in self._phrase(members) if not t.like_num]
        name = _clean(" ".join(t.text for t in words))
        if not name:
            return None
        country = next((self._place_at[t.i].country_code for t in words if t.i in self._place_at), None)
        return Actor(name=name, country_code=country, kind="nominal")

    def _people_group(self, token: Token, category: str) -> Actor | None:
        """The crowd of a protest or riot named as a group of people ("some 1,500 ethnic
        Albanians marched", "Cuban exiles protesting", "the unemployed rallied"): the words
        that name it, numbers left out; None for a single person or a body."""
        if token.lower_ in CROWD_COUNTS:
            # "tens of thousands of Cuban women marched": the women, however many
            members = _of_object(token)
            return self._people_group(members, category) if members is not None else None
        ent = self._entity_of.get(token.i)
        plural = token.tag_ in ("NNS", "NNPS") or token.lower_ == "unemployed"
        if ent is not None and ent.label_ == "NORP" and plural:
            pass  # "Albanians", "Protestants", "Kurds": people, not their state
        elif ent is not None or not plural or token.lemma_.lower() not in PEOPLE_GROUPS:
            return None
        words = [t for t in _left_modifiers(token) if t.like_num is False and t.pos_ != "NUM"] + [token]
        name = _clean(" ".join(t.text for t in sorted(set(words), key=lambda t: t.i)))
        return Actor(name=name, kind="nominal", category=category) if name else None

    def _named(self, ent: Span) -> Actor | None:
        name = _clean(ent.text)
        head = name.split()[-1].lower() if name else ""
        if ent.label_ != "PERSON" and head in THING_HEADS and (ent.label_ != "ORG" or head in MEASURE_HEADS):
            # "the Clean Rivers Amendment", "Federal Custody": a thing; an organisation
            # named for its work ("the World Food Programme", "International Alert") is a party
            return None
        if ent.label_ == "PERSON" or (len(name.split()) == 1 and name.lower() in self._full_names
                                      and ent.label_ in ("ORG", "NORP", "GPE") and ent.start not in self._place_at):
            # "Lavrov" (sometimes tagged as an organisation) → "Sergey Lavrov"
            name = _full_name(name, self._full_names)
            self._persons.add(name)
            return Actor(name=name, country_code=self._person_country.get(name), kind="named",
                         person=ent.label_ == "PERSON")
        place = self._place_at.get(ent.start)
        if place is not None and ent.label_ == "ORG" and self._place_at.get(ent.end - 1) is not place:
            place = None  # "Bantam Superior Court", "Hamilton City Council": a body named after its town
        institution = INSTITUTIONS.get(_LEADING_DET.sub("", name).lower())
        if institution is not None:
            return Actor(name=name, country_code=institution, kind="state")
        if place is not None and place.resolved:
            if place.feature in ("country",) or (place.role == "adjectival"):
                return Actor(name=place.name or name, country_code=place.country_code, kind="state")
            if place.feature == "city" and _is_capital(place):
                # A capital standing for its government: "Pyongyang sent troops".
                return Actor(name=name, country_code=place.country_code, kind="state")
            if place.feature in ("city", "admin2"):
                # A town or a county is where something happens, not who does it ("DeLand",
                # "ROANOKE" of a dateline, "Birmingham"): ACLED's actors are groups and people.
                return None
            return Actor(name=name, country_code=place.country_code, kind="named")
        return Actor(name=name, kind="named")

    def _holder_after_seat(self, title: Token) -> Span | None:
        """The person a title names after the seat it holds, where the entity joins the seat to
        the name ("United States Senator from Vermont Bernie Sanders ended his bid": the parser
        hangs "Vermont Bernie Sanders" on "from" as one organisation): the name's last two
        words, when the last is the surname of a person the article names ("Sanders said ...").
        The holder, not the office, is the doer ("Senator" alone names no one)."""
        if title.lemma_.lower() not in OFFICE_TITLES:
            return None
        seat = next((g for c in title.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for g in c.children if g.dep_ == "pobj" and g.i in self._entity_of), None)
        if seat is None:
            return None
        ent = self._entity_of[seat.i]
        name = ent.doc[max(ent.start, ent.end - 2):ent.end]
        if ent.label_ == "PERSON" or len(ent) < 3 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            return None
        return Span(ent.doc, name.start, name.end, label="PERSON") if name[-1].lower_ in self._surnames else None

    @functools.cached_property
    def _surnames(self) -> frozenset[str]:
        """The last words, lower-cased, of the person names the article's entities give; found
        at the first ask."""
        return frozenset(_clean(e.text).split()[-1].lower() for e in self._ents
                         if e.label_ == "PERSON" and _clean(e.text))

    def _with_place_name(self, ent: Span) -> Actor | None:
        """The named party, an organisation's name with the place's name before it that the
        entity left out: "the United States Senate" read as "Senate" → "United States Senate",
        the body of that state (and of its country), not any senate."""
        start = ent.start
        while ent.label_ == "ORG" and start > 0:
            word = ent.doc[start - 1]
            if word.pos_ != "PROPN" or word.dep_ != "compound" or not start <= word.head.i < ent.end \
                    or word.i in self._entity_of or word.i not in self._place_at:
                break
            start -= 1
        if start == ent.start:
            return self._named(ent)
        actor = self._named(Span(ent.doc, start, ent.end, label=ent.label_))
        place = self._place_at[start]
        if actor is not None and actor.country_code is None and place.feature == "country":
            actor.country_code = place.country_code
        return actor

    def _subject_before(self, pronoun: Token) -> Actor | None:
        """The named person who was the subject of the latest clause with a subject before
        ``pronoun`` in its sentence or the two before it, if that subject was a person."""
        earliest = _window_start(pronoun)
        outside = pronoun.i not in self._quoted  # a narrator's pronoun takes up no subject of a quotation
        subjects = [t for t in pronoun.doc[earliest:pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")
                    and t.pos_ in ("PROPN", "NOUN") and not (outside and t.i in self._quoted)]
        if not subjects:
            return None
        for last in reversed(subjects):
            ent = self._entity_of.get(last.i)
            if ent is None or ent.label_ != "PERSON":
                return None
            if self._agrees(ent, pronoun):
                return self._named(ent)
        return None  # (a subject of the other gender is passed over: "Mr Ruiz ... She said")

    def _sole_person_before(self, pronoun: Token) -> Actor | None:
        """The person named before ``pronoun`` in its own sentence when that sentence names just
        one (however often) and no clause before it had a subject that could be that person (a
        singular common noun, "the man ... when he crashed", or a pronoun), or None."""
        for t in pronoun.doc[pronoun.sent.start:pronoun.i]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in self._entity_of and t.tag_ not in ("NNS", "NNPS") \
                    and t.lemma_.lower() not in BODY_SUBJECTS:
                return None
        persons = [ent for ent in self.ents_in(pronoun.doc[pronoun.sent.start:pronoun.i])
                   if ent.label_ == "PERSON" and self._agrees(ent, pronoun)]
        names = {_clean(ent.text) for ent in persons}
        names = {self._full_names.get(name.split()[-1].lower(), name) if name else name for name in names}
        if len(names) != 1 or not next(iter(names)):
            return None
        return self._named(persons[0])

    def _agrees(self, ent: Span | None, pronoun: Token) -> bool:
        """The person an entity names may be what a gendered pronoun stands for: not a person
        the article gives the other gender ("Mrs Roe" for "he"); anyone else may."""
        if ent is None or ent.label_ != "PERSON":
            return True
        name = _clean(ent.text)
        return self._agrees_name(_full_name(name, self._full_names), pronoun)

    def _agrees_name(self, name: str, pronoun: Token) -> bool:
        """``name``'s gender, where the article tells it, is the gendered pronoun's ("he", "his":
        a man; "she", "her": a woman); a pronoun of no gender agrees with anyone."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        return wanted is None or self._gender.get(name, wanted) == wanted

    def _plural_subject_before(self, pronoun: Token) -> Actor | None:
        """The party named by the latest plural noun that was a clause's subject before
        ``pronoun`` in its sentence or the two before it ("Prosecutors are demanding ... They
        said ..." → prosecutors), or None."""
        earliest = _window_start(pronoun)
        last = next((t for t in reversed(pronoun.doc[earliest:pronoun.i]) if t.dep_ in ("nsubj", "nsubjpass")
                     and t.tag_ in ("NNS", "NNPS")), None)
        if last is None:
            return None
        ent = self._entity_of.get(last.i)
        if ent is not None:
            return self._named(ent) if ent.label_ in ("ORG", "NORP") else None
        words = [t for t in _left_modifiers(last) if t.dep_ != "poss" and not t.like_num
                 and t.i not in self._entity_of] + [last]
        name = _clean(" ".join(t.text for t in sorted(set(words), key=lambda t: t.i)))
        return Actor(name=name, kind="nominal") if name else None

    @staticmethod
    def _titles(ents: tuple[Span, ...]) -> list[tuple[int, frozenset[str], Span]]:
        """The title and kind words each named person or organisation is introduced with:
        its modifiers ("Russian Foreign Minister Sergei Lavrov" → foreign, minister), the noun
        it modifies ("the M23 rebel group" → rebel, group) and its appositions ("Lavrov,
        Russia's foreign minister")."""
        titled = []
        for ent in ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            root = ent.root
            words = [t for t in root.subtree if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
            if ent.label_ == "ORG":
                words.extend(ent)  # "the M23 rebel group" tagged whole
            if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= ent.end:
                words.append(root.head)
                words.extend(t for t in root.head.lefts if t.i >= ent.end and t.dep_ in ("compound", "amod"))
            for child in root.children:
                if child.dep_ == "appos":
                    words.extend(t for t in child.subtree if t.dep_ in ("compound", "amod", "appos", "ROOT")
                                 or t.i == child.i)
            lemmas = frozenset(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ"))
            if lemmas & TITLE_HEADS:
                titled.append((ent.end, lemmas, ent))
        return titled

    def _named_apposition(self, token: Token) -> Token | None:
        """The name set in apposition to a kind word ("Ghana's ruling party, the New Patriotic
        Party, won 40 seats", "a rebel group, the Popular Front, attacked the town"): the named
        party is the most specific one the clause gives (the codebook's doer), not its kind."""
        if token.tag_ != "NN" or token.i in self._entity_of or token.lemma_.lower() not in TITLE_HEADS:
            return None  # (a plural kind's names are several parties: "his counterparts, Ann Lee and ...")
        return next((c for c in token.children if c.dep_ == "appos" and c.i in self._entity_of
                     and self._entity_of[c.i].label_ in ("ORG", "PERSON")), None)

    def _described(self, token: Token) -> Actor | None:
        """The party a definite description names ("the minister", "the group", "the
        rebels"): the latest named person or organisation before it introduced with that
        title or kind, within :data:`TITLE_REACH` tokens; None when none was."""
        head = token.lemma_.lower()
        # (a lowercase word the tagger calls a proper noun is a common one: "the president
        # himself met the envoy" is tagged so)
        if not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)) or head not in TITLE_HEADS \
                or token.i in self._entity_of:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        if any(c.dep_ in ("compound", "amod", "poss") and (c.i in self._entity_of or c.i in self._place_at)
               for c in token.children):
            return None  # "the Iranian foreign minister", "Russia's president": another party
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the leader of the opposition"
        plural = token.tag_ == "NNS"
        latest: tuple[int, Actor | None] | None = None
        for end, lemmas, ent in reversed(self._titled):
            if (plural or head in ORGANISATION_KINDS) and ent.label_ == "PERSON":
                continue  # "the ministers" are not one of them; "the party" is not its spokesman
            if _clean(ent.text).lower() in TITLE_HEADS:
                continue  # "Party spokesman Jan Roe": a capitalised kind word, no name
            if end <= token.i and token.i - end <= TITLE_REACH and head in lemmas:
                latest = (end, None)
                break
        for at, (lemmas, actor) in self._introduced.items():
            if at < token.i and token.i - at <= TITLE_REACH and head in lemmas and (latest is None or at >= latest[0]):
                latest = (at, actor)
        if latest is None:
            return self._sole_organisation_before(token) if head in ORGANISATION_KINDS and not plural else None
        if latest[1] is not None:
            return latest[1]
        return self._named(next(ent for end, _, ent in self._titled if end == latest[0]))

    def _sole_organisation_before(self, token: Token) -> Actor | None:
        """The organisation "the group", "the alliance" or "the company" takes up when no party
        was introduced by that kind: the one organisation named before it in its own sentence
        and the one before ("Riverside Mining posted a loss ... the company said"; "Saudi jets
        struck Houthi sites ..., while the militant group vowed to retaliate"), or None when
        none or several were."""
        start = token.sent.start
        if start:
            start = token.doc[start - 1].sent.start  # the sentence before
        found = [ent for ent in self.ents_in(token.doc[start:token.i]) if ent.label_ == "ORG"
                 and ent.start not in self._place_at
                 and _clean(ent.text).lower() not in ORGANISATION_KINDS]  # ("Party spokesman ...": no name)
        names = {_clean(ent.text) for ent in found}
        if len(names) != 1:
            return None
        return self._named(found[-1])

    @functools.cached_property
    def story_body(self) -> Token | None:
        """The deliberative body a meeting story is about: the root of the council, board or
        commission the article names most often (at least twice, and more often than any
        other), or None; found at the first ask."""
        counts: dict[str, int] = {}
        roots: dict[str, Token] = {}
        for ent in self._bodies:
            if ent[-1].lemma_.lower() not in NAMED_BODY_HEADS:
                continue
            name = _clean(ent.text)
            counts[name] = counts.get(name, 0) + 1
            roots.setdefault(name, ent.root)
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        found = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        return roots[ranked[0][0]] if found else None

    def decision_body(self, trigger: Token, event_type: str | None) -> Token | None:
        """The story's body (:attr:`story_body`) as the maker of a decision told without one:
        a passive "approve", "appoint", "adopt" or "pass" with no "by" agent, or the noun
        "approval", "appointment" or "vote" with no owner, "by" or "from" party ("Unanimous
        approval was given to the ordinance", "the appointment of Jo Bell as city manager");
        else None."""
        if event_type not in ("agree", "election", "other") or trigger.lemma_.lower() not in BODY_DECISIONS:
            return None
        if trigger.pos_ in ("VERB", "AUX"):
            if not any(c.dep_ == "auxpass" for c in trigger.children) or any(
                    c.dep_ == "agent" for c in trigger.children):
                return None
        elif trigger.pos_ == "NOUN":
            if any(c.dep_ in ("poss", "compound", "amod") and (c.i in self._entity_of or c.pos_ == "PROPN")
                   for c in trigger.children) or any(c.dep_ == "prep" and c.lower_ in ("by", "from")
                                                     for c in trigger.children):
                return None
        else:
            return None
        return self.story_body

    def names_where(self, modifier: Token) -> bool:
        """True for a town's or a province's own name modifying an attack's noun: "a Kabul car
        bombing", "the Gdansk stabbing" name where it happened, not who did it (a country's name
        or a demonym may name the state that acts: "U.S. strikes", "Russian strikes", see
        :meth:`state_modifier`; other nouns keep their place: "the Iowa caucuses" are Iowa's)."""
        place = self._place_at.get(modifier.i)
        return modifier.dep_ in ("compound", "amod", "nmod") and modifier.head.lemma_.lower() in ASSAULT_NOUNS \
            and place is not None and place.resolved \
            and place.role != "adjectival" and place.feature != "country"

    def named_force(self, noun: Token) -> Token | None:
        """The organisation an attack's noun is named for by its proper name: "an Al-Qaeda
        suicide attack", "a Hezbollah rocket barrage" → the name's last word; its doer, as the
        armed men of "rebel attacks" are (:func:`armed_modifier`). None for a place's name ("a
        Kabul bombing" names where) and for other nouns."""
        if noun.lemma_.lower() not in ATTACK_NOUNS:
            return None
        return next((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                     and c.i in self._entity_of and self._entity_of[c.i].label_ in ("ORG", "NORP")
                     and self._entity_of[c.i].end - 1 == c.i and c.i not in self._place_at
                     # only common words between ("suicide", "car bomb"): not a headline's run of
                     # capitalised words ("OSCE Envoy Condemns Dvani Attack")
                     and all(t.is_lower or t.text == "-" for t in noun.doc[c.i + 1:noun.i])), None)

    def state_modifier(self, noun: Token, event_type: str | None) -> Token | None:
        """The state an armed or supplying happening's noun is named for by its demonym:
        "Russian strikes on Kyiv", "the Israeli offensive", "a Ukrainian missile and drone
        attack" (the demonym on the first of two joined nouns), "American arms sales to
        Taiwan" → that word; a state's own deeds (ACLED's "Military Forces of Russia"), as an
        armed group's are ("rebel attacks", :func:`armed_modifier`). None for other kinds ("the
        French election" names where), for a toll ("North Korean casualties" are what they
        lost), for a place's name ("the Kyiv attack", "the Tanzania bombing" name where), and
        for a deed of two states together ("an Israeli–U.S. airstrike": no one of them is
        the doer)."""
        if event_type not in STATE_DEED_TYPES or noun.pos_ != "NOUN" or noun.lower_ in CONSEQUENCE_NOUNS:
            return None
        nouns = [noun] + ([noun.head] if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else [])
        for head in nouns:
            states = [child for child in head.children if child.dep_ in ("amod", "compound", "nmod")
                      and child.i < head.i
                      and child.i in self._place_at and self._place_at[child.i].resolved
                      and (self._place_at[child.i].role == "adjectival"
                           or self._place_at[child.i].feature == "country")]
            if len(states) > 1:
                return None
            if states and self._place_at[states[0].i].role == "adjectival":
                return states[0]
        return None

    @functools.cached_property
    def sole_judge(self) -> Token | None:
        """The one judge a court story names by title ("... was sentenced Friday by District
        Judge Ann Roe. ... Roe said"): the root of the only person named after "Judge" or
        "Magistrate" (however often), or None when none or several are; found at the first ask."""
        judges: dict[str, Token] = {}
        for ent in self._ents:
            if ent.label_ != "PERSON" or ent.start == 0:
                continue
            if ent[0].lower_ in JUDGE_TITLES:
                ent = ent[1:]  # "Judge Ann Roe" tagged whole
            elif ent.doc[ent.start - 1].lower_ not in JUDGE_TITLES:
                continue
            name = _clean(ent.text)
            if name:
                judges.setdefault(self._full_names.get(name.split()[-1].lower(), name), ent.root)
        return next(iter(judges.values())) if len(judges) == 1 else None

    def _voting_members(self, token: Token) -> Actor | None:
        """The body whose members, named one by one under their plural title, vote
        ("Commissioners Jan Roe and Tom Reed voted against the plan", "Council members Ann Roe,
        Tom Reed and Jo Bell voted 'no'"): the body votes through them, as when the title stands
        alone (:meth:`_body_of_members`); None for any other verb or title."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in VOTE_VERBS:
            return None
        # (a capitalised title is tagged a singular proper noun: "Commissioners Jan Roe")
        title = next((c for c in token.lefts if c.dep_ == "compound" and c.i not in self._entity_of and (
            c.tag_ in ("NNS", "NNPS") or (c.tag_ == "NNP" and c.lower_.endswith("s")))), None)
        if title is None:
            return None
        lemma = title.lemma_.lower() if title.tag_ != "NNP" else title.lower_.removesuffix("s")
        return self._body_of_members(title, lemma)

    def _body_of_members(self, token: Token, lemma: str | None = None) -> Actor | None:
        """The deliberative body whose members a plural noun names ("commissioners voted",
        "council members approved", "the members of the board decided"): the body acts through
        its members' vote. Named as the article named it last before (the latest organisation
        whose name holds one of the body's words, "the Greenfield Planning Commission ...
        commissioners", however far back: a story of a meeting has one such body); None when the
        article names no such body (the words stand as written)."""
        if (token.tag_ not in ("NNS", "NNPS") and lemma is None) or token.i in self._entity_of:
            return None
        lemma = lemma or token.lemma_.lower()
        words = BODY_MEMBERS.get(lemma)
        if words is None and lemma == "member":
            words = {t.lemma_.lower() for t in token.lefts if t.dep_ == "compound"} & BODY_WORDS
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            body = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if not words and body is not None and body.lemma_.lower() in BODY_WORDS:
                return self._actor(body)  # "members of the Elmwood City Council", "of the board"
        if not words:
            return None
        if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.i in self._entity_of
                                    and c.lemma_.lower() not in BODY_WORDS) for c in token.children):
            return None  # "Madison County commissioners", "the county's commissioners": their own words
        for ent in reversed(self._bodies):
            if ent.end <= token.i and {t.lemma_.lower().removesuffix("s") for t in ent} & words:  # "Board of Commissioners"
                return self._named(ent)
        return None

    def _headline_past(self, verb: Token) -> bool:
        """A headline tells a deed in the present ("Police shoot man"): its main verb in the
        past form, with no auxiliary and no object, is a passive whose "be" is left out and
        which the tagger took for a simple past ("Man shot twice in robbery", "Clerk stabbed
        at store"): its subject is its patient (see :func:`_reduced_passive`)."""
        return verb.i < self._headline_end and verb.tag_ == "VBD" and verb.dep_ in ("ROOT", "conj") \
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children)

    def headline_person(self, token: Token) -> Actor | None:
        """The person a headline's bare noun stands for ("Woman accused of stabbing neighbour.
        Jane Roe, 31, was charged ...", "Attorney insists client not fit for trial. Public
        defender John Doe is arguing ..."): the first person the article names after its
        headline, within :data:`HEADLINE_REACH` tokens; None unless the noun opens the article
        with no article or owner of its own."""
        if token.i != 0 or token.tag_ not in ("NN", "NNP") \
                or token.lower_ not in HEADLINE_PERSONS or not token.text[:1].isupper():
            return None
        if any(c.dep_ in ("det", "poss") for c in token.children):
            return None
        end = token.sent.end
        person = next((ent for ent in token.doc.ents if ent.label_ == "PERSON" and ent.start >= end), None)
        if person is None or person.start - end > HEADLINE_REACH:
            return None
        return self._named(person)

    def _named_body(self, token: Token, ent: Span | None) -> Actor | None:
        """The named body a bare body noun stands for ("Council backs bypass plan. The Ashdale
        District Council voted ...", "residents welcomed the council's 9-0 vote"): the latest
        organisation before it whose name ends in that noun, else (a headline's noun) the first
        one after; None when the noun carries its own name or the article names no such body."""
        lemma = token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()
        if lemma not in NAMED_BODY_HEADS or token.tag_ in ("NNS", "NNPS"):
            return None
        if ent is not None and (len(ent) > 1 or ent.label_ != "ORG"):
            return None  # "the Ashdale District Council": its own name
        modifiers = set()
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                if child.i in self._entity_of or child.i in self._place_at or child.pos_ == "PROPN":
                    return None  # "the Ashdale council", "Ashdale's council": another party's words
                modifiers.add(child.lemma_.lower())
            elif child.dep_ == "poss":
                return None
        if not modifiers <= BODY_KIND_WORDS:
            return None  # "the advisory board", "the school board" may be another body
        matching = [b for b in self._bodies if b[-1].lower_ == lemma
                    and modifiers <= {t.lemma_.lower() for t in b}]
        before = [b for b in matching if b.end <= token.i]
        body = before[-1] if before else next((b for b in matching if b.start > token.i), None)
        return self._named(body) if body is not None else None

    def _person_countries(self, ents: tuple[Span, ...]) -> dict[str, str]:
        """Full name -> the country the article's title for the person names ("Russian
        Foreign Minister Sergey Lavrov" → RU), from the doc's entities."""
        countries: dict[str, str] = {}
        if not any(place.country_code and (place.role == "adjectival" or place.feature == "country")
                   for place in self._place_at.values()):
            return countries  # no place here could give a person a country
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            name = None  # worked out at the first country found
            for child in ent.root.lefts:
                if child.i >= ent.start:
                    continue
                for token in child.subtree:
                    place = self._place_at.get(token.i)
                    if place is not None and place.country_code and (place.role == "adjectival" or place.feature == "country"):
                        if name is None:
                            text = ent.text
                            name = self._full_names.get(_clean(text).split()[-1].lower(), _clean(text)) \
                                if text.strip() else ""
                        countries.setdefault(name, place.country_code)
        return countries

    @staticmethod
    def _person_full_names(ents: tuple[Span, ...]) -> dict[str, str]:
        """Last name -> the longest full name that ends with it in this article (given its entities)."""
        full: dict[str, str] = {}
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean(ent.text)
            parts = name.split()
            if len(parts) >= 2:
                key = parts[-1].lower()
                if len(name) > len(full.get(key, "")):
                    full[key] = name
        return full


#: The gender of a pronoun that tells one: a man's or a woman's
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: Words before or beside a name that tell its holder's gender: honorifics ("Mrs Roe", "Sir
#: John"), gendered titles and role nouns ("Congresswoman Ann Roe", "his wife, Ann Roe")
GENDER_WORDS = {
    "m": frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "duke", "congressman", "chairman", "spokesman",
                    "councilman", "assemblyman", "businessman", "actor", "father", "husband", "son", "brother",
                    "uncle", "nephew", "grandfather", "grandson", "boyfriend", "man", "boy", "emperor"}),
    "f": frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess",
                    "congresswoman", "chairwoman", "spokeswoman", "councilwoman", "assemblywoman", "businesswoman",
                    "actress", "mother", "wife", "daughter", "sister", "aunt", "niece", "grandmother",
                    "granddaughter", "girlfriend", "woman", "girl", "empress", "widow"}),
}


def _person_genders(ents: tuple[Span, ...], full_names: dict[str, str]) -> dict[str, str]:
    """Full name -> "m" or "f" for the persons the article itself tells the gender of, from a
    gendered word before or beside the name ("Mrs Ann Roe", "Congresswoman Roe", "Roe, his
    wife") and from the pronoun that takes the name up when the person is a clause's subject
    ("Roe announced she would run", "Roe ended her campaign"); the more frequent wins, a tie
    tells nothing. No list of first names: a person the text says nothing of agrees with both."""
    votes: dict[str, list[int]] = {}
    persons = [ent for ent in ents if ent.label_ == "PERSON"]
    for k, ent in enumerate(persons):
        name = _clean(ent.text)
        if not name:
            continue
        tally = votes.setdefault(_full_name(name, full_names), [0, 0])
        next_person = persons[k + 1].start if k + 1 < len(persons) else len(ent.doc)
        for gender, count in _gender_cues(ent, next_person):
            tally[gender == "f"] += count
    return {name: "m" if m > f else "f" for name, (m, f) in votes.items() if m != f}


def _full_name(name: str, full_names: dict[str, str]) -> str:
    """A one-word name as the article's full name ending with it ("Roe" -> "Ann Roe"; see
    :meth:`ActorResolver._person_full_names`), any other name as it is."""
    return full_names.get(name.lower(), name) if len(name.split()) == 1 else name


def _gender_cues(ent: Span, next_person: int) -> Iterator[tuple[str, int]]:
    """The gender cues of one mention of a person (see :func:`_person_genders`), each with its
    weight: a gendered word counts 3, a pronoun 1. ``next_person`` is where the next person
    named after it begins (the end of the text if none is)."""
    doc = ent.doc
    root = ent.root
    words = [ent[0]] + [doc[ent.start - 1]] * (ent.start > ent.sent.start)  # "Mrs Ann Roe", "Mrs" tagged or not
    words += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head)  # "his wife, Ann Roe"
    for gender, nouns in GENDER_WORDS.items():
        if any(t.lower_ in nouns for t in words):
            yield gender, 3
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return
    bound = next((t for t in root.head.subtree if t.lower_ in ("his", "her") and t.dep_ == "poss"
                  and t.i > ent.end and _clause_person(t) == root), None)
    if bound is not None:
        yield PRONOUN_GENDER[bound.lower_], 1  # "Roe ended her campaign"
    reported = next((t for t in ent.sent if t.i > ent.end and t.lower_ in ("he", "she") and _reporter(t) == root), None)
    if reported is not None:
        yield PRONOUN_GENDER[reported.lower_], 1  # "Roe praised the plan, saying she would back it"
    nxt = doc[ent.sent.end].sent.end if ent.sent.end < len(doc) else ent.sent.end
    pronoun = next((t for t in doc[ent.end:min(nxt, next_person)] if t.lower_ in ("he", "she")
                    and t.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is not None and not _speaker_aside(pronoun) \
            and not any(t.is_quote for t in doc[ent.end:pronoun.i]):
        yield PRONOUN_GENDER[pronoun.lower_], 1  # "Roe announced she would run"


def _reporter(pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause the pronoun is the subject of,
    or of the clause that verb is joined to ("Roe praised the plan, stating she ...", "Roe
    thanked Baker and said she ..."): whom a reported "he" or "she" mostly stands for."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    verb = pronoun.head.head
    if verb.lemma_.lower() not in _SAYING:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _quoted_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens inside quotation marks ("'The economy has slipped into
    recession,' she said": economy is the speaker's word, not the narrator's subject); a
    paragraph break closes a quotation left open."""
    quoted: set[int] = set()
    inside = False
    for t in doc:
        if t.is_quote or t.text in ("``", "''"):
            inside = not inside if t.text in ('"', "``", "''") else t.text in ("“", "‘‘")
        elif "\n\n" in t.text or (t.is_space and t.text.count("\n") > 1):
            inside = False
        elif inside:
            quoted.add(t.i)
    return quoted


def _speaker_aside(pronoun: Token) -> bool:
    """The pronoun is the subject of an attribution after what it says ("Ann did well in
    school, he said"): the speaker, often another than the person the sentence names."""
    verb = pronoun.head
    return verb.lemma_.lower() in _SAYING and any(c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i
                                                  for c in verb.children)


_SAYING = {"say", "tell", "state", "claim", "announce", "insist", "add", "confirm", "report", "declare", "write"}


#: nouns of a judgement that one can bear: "faced criticism", "came under fire"
_BORNE_NOUNS = {"criticism", "condemnation", "rebuke", "censure", "backlash", "reprimand", "denunciation",
                "accusation", "accusations", "allegation", "allegations"}
BEARING_VERBS = {"face", "draw", "receive", "attract", "meet", "suffer", "incur", "endure", "weather"}


#: Quantity words a sentence may open with, capitalised ("Dozens of protesters ..."), beside
#: the common adjectives of the model's lemmatizer word index
_QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens"})


@functools.lru_cache(maxsize=1)
def _common_adjectives() -> frozenset[str]:
    """The common English adjectives ("mass", "several", "heavy"): the model's rule
    lemmatizer's adjective index, read once; empty when the model ships none."""
    from geodata.language.pipeline import lemma_lookups

    lookups = lemma_lookups()
    return frozenset(lookups.get_table("lemma_index").get("adj", ())) if lookups is not None else frozenset()


def _capitalised_common_word(token: Token, words: list[Token]) -> bool:
    """True for a one-word "name" the NER left alone that is capitalised only because it opens
    its sentence, and is a common adjective or quantity word ("Mass protests and a strike are
    held across the country", "Several rallies took place", "Heavy fighting broke out"): no
    party. A demonym stays a party ("Israeli strikes hit ..." names Israel's forces)."""
    if len(words) != 1 or not token.text[:1].isupper():
        return False
    start = token.sent.start
    if any(not (t.is_punct or t.is_space) for t in token.doc[start:token.i]):
        return False  # not the sentence's first word: "... said Mass", a name
    word = token.lower_
    if word not in _QUANTITY_WORDS and word not in _common_adjectives():
        return False
    return place_for_demonym(word) is None


def _borne(noun: Token) -> bool:
    """The noun is what its clause's subject bears: "faced criticism", "drew criticism", "came under criticism"."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in BEARING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in ("come", "be")


#: Courts and tribunals, before which the law's happenings take place
COURTS = {"court", "tribunal", "magistrates", "magistrate"}
#: Verbs whose subject stands before a court ("appeared in court", "pleaded not guilty")
DEFENDANT_VERBS = {"appear", "reappear", "plead", "stand"}


def _window_start(token: Token) -> int:
    """Where the window a pronoun looks back over begins: the start of the second sentence
    before the token's (or of the text, when fewer sentences come before it)."""
    start = token.sent.start
    for _ in range(2):
        if start:
            start = token.doc[start - 1].sent.start
    return start


#: what an election's result makes its winner ("declared the winner", "proclaimed president-elect")
WINNER_WORDS = frozenset({"winner", "winners", "victor", "victors", "president-elect", "governor-elect", "mayor-elect"})


def declared_winner(trigger: Token) -> bool:
    """Whether a passive "declare"/"proclaim" names its subject the winner: "Jane Roe was
    declared the winner of the runoff", "Ken Ode is proclaimed president-elect"."""
    if trigger.lemma_.lower() not in ("declare", "proclaim") or not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return False
    return any(c.dep_ in ("dobj", "oprd", "attr", "xcomp") and c.lower_ in WINNER_WORDS for c in trigger.children)


def court_of(trigger: Token) -> Token | None:
    """The court named in the trigger's own clause after "in", "at" or "before" ("appeared in
    Hamilton Municipal Court", "before the Supreme Court"), else None; a court by a common
    noun ("arraigned in court", "before the court") names no party."""
    for token in trigger.subtree:
        if token.lemma_.lower() not in COURTS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.pos_ != "PROPN" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
            continue
        node = token
        while node.dep_ in ("compound", "conj", "appos") and node.head != node:
            node = node.head
        if node.dep_ != "pobj" or node.head.lower_ not in ("in", "at", "before"):
            continue
        verb = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i == trigger.i:
            return node
    return None


#: A court's steps with a defendant before it: who sentences, takes the plea or hears the
#: appearance is the court, named in a court story by its judge.
COURT_STEPS = {"sentence", "plea", "plead", "appearance", "appear", "arraign", "arraignment", "jail", "imprison",
               "convict"}
#: Titles a judge's name follows ("District Judge Ann Roe", "Magistrate Jan Kowal").
JUDGE_TITLES = {"judge", "magistrate"}


#: Nouns of a defendant's step before a court, with the light verb they take ("made her first
#: court appearance", "entered a plea of not guilty")
DEFENDANT_NOUNS = {"appearance", "plea"}


def defendant_of(trigger: Token) -> Token | None:
    """The subject who stands before a court by the trigger: of a defendant's verb ("Doe pleaded
    guilty", "two men appeared in court", "he will stand trial") or of the light verb of a
    defendant's noun ("Doe made a court appearance", "entered a guilty plea"); else None."""
    if trigger.pos_ in ("VERB", "AUX"):
        verb = trigger if trigger.lemma_.lower() in DEFENDANT_VERBS else None
    elif trigger.lemma_.lower() in DEFENDANT_NOUNS and trigger.dep_ == "dobj":
        verb = trigger.head
    else:
        verb = None
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


#: Verbs of a punishment whose "for" (or "of") names the crime its subject committed: "Roe
#: was jailed for the robbery", "Doe is scheduled to die for the stabbing", "convicted of the
#: murder". (Not "charged", "accused" or "arrested": an allegation does not make its doer.)
PUNISHED_VERBS = {"convict", "sentence", "jail", "imprison", "execute", "hang", "die", "punish"}
#: Nouns of a punishment served for a crime ("serving a life sentence for the murder")
PUNISHMENT_NOUNS = {"sentence", "term"}
#: Verbs by which one serves or is given a punishment ("is serving a sentence for")
SERVING_VERBS = {"serve", "receive", "get", "begin"}
#: Nouns of the one who did a crime, whose "of" names it ("Roe, the perpetrator of the attack")
PERPETRATOR_NOUNS = {"perpetrator", "killer", "murderer", "assassin", "culprit", "mastermind"}


def _plural_clause_subject(pronoun: Token) -> Token | None:
    """The coordinated subject of the clause a "they" or "their" stands in, which it refers to:
    "Ruiz and Bell announced their support" → Ruiz (with Bell as its conjunct); None when that
    subject is not coordinated."""
    node = pronoun
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
            return subject if subject is not None and any(c.dep_ == "conj" for c in subject.children) else None
    return None


def with_speaker(verb: Token) -> Token | None:
    """The named speaker of a saying verb in a "with" clause of its own: "The council approves
    the budget, with Mayor Jane Doe stating that the cuts were unavoidable" (the mayor's
    statement is a happening of its own, beside the council's approval). The parser hangs the
    speaker on "with" and the participle on the verb before, or the participle on "with" with
    the speaker as its subject; either way the speaker is a name just before the participle."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    speaker = verb.doc[verb.i - 1]
    if speaker.pos_ != "PROPN" or speaker.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    if speaker.dep_ == "nsubj" and speaker.head.i == verb.i and verb.head.lower_ == "with":
        return speaker
    if speaker.dep_ == "pobj" and speaker.head.lower_ == "with" and verb.dep_ == "advcl":
        return speaker
    return None


def copula_subject(noun: Token) -> Token | None:
    """The named subject a noun is said to be or become, when it is the attribute of a copula:
    "Pelosi became the first woman to serve as Speaker" (the woman who serves is Pelosi); None
    otherwise, or when the subject is a pronoun ("it was the police who fired")."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become", "remain"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` or, for an infinitive or participle without one, of the verb it
    completes ("Doe is scheduled to die"); the noun a relative clause tells of for "who"."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in ("who", "that") and node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
                return node.head
            return subject
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "Roe, convicted of the murder, ...": the noun described
        if node.dep_ not in ("xcomp", "conj", "acl"):
            return None
        node = node.head
    return None


def punished_for(noun: Token) -> Token | None:
    """The one punished for the crime a happening's noun names, who did it: "Amir is serving
    a life sentence for the 1995 assassination of Rabin", "Roe is scheduled to die in May for
    the stabbing of a neighbour", "Doe was convicted of the murder", "Jan Kowal, the perpetrator
    of the arson attack on a bakery" → Amir, Roe, Doe, Kowal; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and lemma in PUNISHED_VERBS and (prep.lower_ == "for" or lemma == "convict"):
        return _clause_subject(head)
    if head.pos_ == "ADJ" and head.lower_ == "guilty" and prep.lower_ == "of" and head.head.pos_ in ("VERB", "AUX"):
        return _clause_subject(head.head)  # "Roe was found guilty of the murder"
    if head.pos_ == "NOUN" and lemma in PUNISHMENT_NOUNS and prep.lower_ == "for" and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in SERVING_VERBS:
        return _clause_subject(head.head)
    if head.pos_ in ("VERB", "AUX") and lemma in SERVING_VERBS and prep.lower_ == "for" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PUNISHMENT_NOUNS for c in head.children):
        return _clause_subject(head)  # (the "for" hung on the verb: "serving [a sentence] [for ...]")
    if head.pos_ == "NOUN" and lemma in PERPETRATOR_NOUNS and prep.lower_ == "of":
        if head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN"):
            return head.head  # "Jan Kowal, the perpetrator of the attack"
        if head.dep_ == "attr" and head.head.lemma_.lower() == "be":
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # "Kowal was the killer of"
    return None


#: Verbs that lay a deed, told by an "of", "for" or "with" gerund, on their object: "accused
#: Thailand of shooting", "blamed the rebels for shelling", "convicted Roe of killing"
ALLEGATION_VERBS = {"accuse", "blame", "charge", "suspect", "indict"} | PUNISHED_VERBS


def alleged_doer(gerund: Token) -> Token | None:
    """The named party an allegation or a verdict lays the deed of its gerund on: the verb's
    object when it is active ("Roe accuses Norland of shelling the village and killing two
    farmers" → Norland, not Roe, the accuser); the one punished when the verb is a passive
    verdict (:data:`PUNISHED_VERBS`: "Kowal was convicted of stabbing a guard", "Jan Kowal, a
    34-year-old who was convicted of stabbing" → Kowal), as for a crime's noun
    (:func:`punished_for`). None for another verb, for a passive allegation ("Roe is accused of
    killing": an allegation does not make its doer), or when that party is not named (a
    person, an organisation or a state): "police charged a teenager with stealing"."""
    first = gerund
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "of shooting and killing a villager"
    if gerund.tag_ != "VBG" or first.dep_ != "pcomp" or first.head.lower_ not in ("of", "for", "with") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return None
    verb = first.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in ALLEGATION_VERBS:
        return None
    if verb.tag_ == "VBN" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        party = _clause_subject(verb) if lemma in PUNISHED_VERBS else None
        if party is not None and party.lower_ in ("who", "that") and verb.dep_ == "relcl":
            party = verb.head  # "a 34-year-old who was convicted of ..."
    else:
        party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if party is not None and party.dep_ == "appos" and party.pos_ in ("NOUN", "ADJ"):
        party = party.head  # "Jan Kowal, a 34-year-old who was convicted of ...": Kowal
    if party is None or not (party.ent_type_ in NAMED_PARTY_LABELS or party.pos_ == "PROPN"):
        return None
    return party


#: Links of a clause to the clause or noun it belongs to
CLAUSE_LINKS = ("ccomp", "xcomp", "acl", "relcl", "conj", "advcl")


def denier_of(trigger: Token) -> Token | None:
    """The subject of "deny" whose object or clause holds the trigger's clause ("Roe denied
    that the officers had met", "denied the killing", "Tarbo denied reports that it had closed
    the strait and was seeking to close it", "he denied speculation that he would step down");
    else None. A happening's noun inside the denied clause (the shooting in "denied that they had
    met to discuss the shooting") is no denied one."""
    node = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _deny_subject(trigger.head) if trigger.dep_ == "dobj" else None
    for _ in range(4):
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            # "reports that it had closed the strait": the noun the clause tells, denied
            return _deny_subject(node.head) if node.dep_ == "dobj" else None
        denier = _deny_subject(node)
        if denier is not None:
            return denier
    return None


def _deny_subject(verb: Token) -> Token | None:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "deny":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def culprit(noun: Token) -> Token | None:
    """The subject a happening's noun is laid on by "be behind" or "be responsible for" ("the
    rebels were behind Monday's bombing", "police believe the Falcon Brigade is responsible for
    the attacks" → the rebels, the brigade), the one punished for it (:func:`punished_for`) or
    the one who claims it (:func:`_claimed_by`: "the Front claimed responsibility for a series
    of bombings"); else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    punished = punished_for(noun)
    if punished is not None:
        return punished
    claimer = _claimed_by(_past_series(noun).head)
    if claimer is not None:
        return claimer
    verb = None
    if prep.lower_ == "behind":
        verb = prep.head
    elif prep.lower_ == "for" and prep.head.lower_ == "responsible" and prep.head.dep_ == "acomp":
        verb = prep.head.head
    if verb is None or verb.lemma_.lower() != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that", "which"):
        # "the gang that was behind the raids": the noun the clause tells of; "vowed to hunt down
        # those who were responsible for the bombings", "who was behind it is not known": nobody
        subject = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    return subject


#: Verbs by which a party owns a deed: "claimed responsibility for", "took credit for"
CLAIM_VERBS = {"claim", "accept", "take", "admit"}
#: What such a verb's object owns
CLAIMED_NOUNS = {"responsibility", "credit"}


#: Nouns of a run of like happenings, whose "of" names them: "a series of attacks"
SERIES_NOUNS = {"series", "string", "spate", "wave", "number", "couple", "pair"}


def _past_series(noun: Token) -> Token:
    """The noun of the run a happening's plural noun is counted in ("a series of deadly attacks",
    "a spate of bombings" → series, spate), which stands in its clause for it; else the noun."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SERIES_NOUNS \
            and of.head.pos_ == "NOUN" and of.head.dep_ == "pobj":
        return of.head
    return noun


def _claimed_by(prep: Token) -> Token | None:
    """The subject of "claim responsibility" (or "credit") whose "for" names a happening: "the
    Tarbo Front claimed responsibility for the attacks" → the Tarbo Front, who did them (the
    "for" hung on the noun or on the verb). None when nobody claims it ("no group has claimed
    responsibility for the blast") or the subject is a pronoun or a "who"."""
    if prep.lower_ != "for":
        return None
    head = prep.head
    if head.lemma_.lower() in CLAIMED_NOUNS and head.dep_ == "dobj":
        verb = head.head
    elif head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_NOUNS
                                              for c in head.children):
        verb = head
    else:
        return None
    if verb.lemma_.lower() not in CLAIM_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in ("nobody", "none", "one") \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None
    return subject


def charged_before(noun: Token) -> Token | None:
    """The court named in the clause a law's noun hangs from by a preposition ("were brought
    before Carrick District Court on charges of theft", "will go to trial in Lake County Circuit
    Court"): the court hears the case; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return court_of(prep.head)


def case_party(verb: Token) -> Token | None:
    """The party a passive's "in" names by the participle that credits its case or operation:
    "Doe was charged in a civil suit filed by the Trade Commission", "two men were arrested in
    a raid carried out by the Border Guard" → the commission, the guard; else None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "under"):
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    party = credited_doer(noun)
                    if party is not None:
                        return party
    return None


#: Verbs by which a party makes its own plan known: the announcer is the doer of the planned
#: happening its clause tells (codebook §2: an announcement of the speaker's own action or plan
#: is coded as that action).
ANNOUNCING_VERBS = {"announce"}


def announcer_of(trigger: Token) -> Token | None:
    """The subject of "announce" whose clause tells of a planned happening that names no doer
    of its own ("Governor Ann Roe announced that a special election will be held on May 4",
    "the ministry announced that new aid would be sent to the region" → Roe, the ministry);
    else None. The happening must be the clause's passive or intransitive subject noun, or its
    passive verb without a "by" agent, and the clause must be future ("will", "would", "is to")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = trigger.head
    else:
        verb = trigger
        if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
            return None
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return None
    if not any(c.lower_ in ("will", "would", "shall") or (c.lemma_ == "be" and c.dep_ == "aux" and any(
            g.lower_ == "to" for g in verb.children)) for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def season_holder(noun: Token) -> Token | None:
    """The one who holds a vote that a "with" phrase tells as the step of its verb: "the Green
    Party will carry on its season with the Ohio primary on May 5", "the party is due to open
    its campaign with caucuses in Iowa" (the party holds them: its season goes on with them);
    the verb's subject, or the subject of the verb it completes. Else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return _clause_subject(prep.head)


#: Votes one party holds among its own members ("the Republican primary", "the Labour leadership
#: election"): the party's adjective before them names the party that holds them.
PARTY_CONTESTS = {"primary", "primaries", "caucus", "caucuses", "nomination", "leadership"}


def contest_party(noun: Token) -> Token | None:
    """The party adjective before a vote one party holds among its members: "the next
    Republican primary election or caucus", "the Democratic caucuses in Nevada", "the Labour
    leadership election" → "Republican" / "Democratic" / "Labour" (a single capitalised word
    the tagger reads as a group's name). None for a vote of no party's kind ("the Republican
    vote") and for other nouns."""
    if noun.pos_ != "NOUN":
        return None
    words = [noun, *_left_modifiers(noun)]
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        words += [noun.head, *_left_modifiers(noun.head)]  # "the Republican primary or caucus"
    if not any(w.lower_ in PARTY_CONTESTS for w in [*words, *noun.conjuncts]):
        return None
    return next((w for w in words if w.ent_type_ == "NORP" and w.ent_iob_ == "B" and w.is_title
                 and (w.i + 1 >= len(w.doc) or w.doc[w.i + 1].ent_iob_ != "I")), None)


#: Nouns of a body's consent, and the verbs by which a plan or a party comes by it.
APPROVAL_NOUNS = {"approval", "backing", "endorsement", "consent", "go-ahead", "nod"}
GAINING_VERBS = {"win", "receive", "get", "gain", "secure", "earn", "obtain", "clear"}


def approver_of(trigger: Token) -> Token | None:
    """The party a consent comes "from" ("the plan won approval from the county council", "the
    bypass received final approval from the planning board", "approval from the board came on
    Monday"): it approves; the plan that wins it is what it approves. So does the body a law
    text passes ("the bill passed the Senate": :func:`passing_chamber`). Else None."""
    chamber = passing_chamber(trigger) if trigger.pos_ == "VERB" else None
    if chamber is not None:
        return chamber
    if trigger.pos_ in ("VERB", "AUX"):
        if trigger.lemma_.lower() not in GAINING_VERBS:
            return None
        noun = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_NOUNS), None)
    else:
        noun = trigger if trigger.lemma_.lower() in APPROVAL_NOUNS else None
    if noun is None:
        return None
    heads = [noun] + ([trigger] if trigger.i != noun.i else [])
    return next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"), None)


#: Verbs of a court's ruling, whose clause tells what the court decided
RULING_VERBS = {"rule", "order", "decide"}


def ruling_court(trigger: Token) -> Token | None:
    """The court whose ruling the trigger's clause tells ("a Brenton court ruled on Friday that
    the two men should stay in custody", "the tribunal ordered that she be detained"): the
    court decides it; else None."""
    for verb in trigger.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in RULING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in COURTS:
                return subject
            return None
    return None


#: Nouns of a fight between two sides, in which one side's losses are the other's doing
CLASH_NOUNS = {"clash", "fighting", "fight", "battle", "gunfight", "shootout", "firefight", "skirmish",
               "gunbattle", "confrontation", "exchange"}
#: Nouns of a fight or war between two sides, whichever began it
WAR_NOUNS = CLASH_NOUNS | {"war"}
#: Nouns of armed men, who fight when they are killed in a fight (civilians caught in it do not)
ARMED_SIDES = ARMED_MEN | {"police", "policeman", "officer", "militiaman", "guard", "separatist", "paramilitary",
                           "trooper", "gendarme", "marine", "guerrilla"}
#: Prepositions that set a loss in a fight: "killed in clashes", "wounded during a gunfight"
CLASH_PREPS = {"in", "during", "following", "after", "amid"}


#: Kinds of happening a state's demonym before their noun names the doer of
#: (:meth:`ActorResolver.state_modifier`): strikes, deployments, arms and aid a state sends
STATE_DEED_TYPES = frozenset({"attack", "deploy", "supply", "aid"})
#: Words for the toll of a happening ("North Korean casualties": what the North Koreans lost)
CONSEQUENCE_NOUNS = frozenset({"casualties", "casualty", "deaths", "dead", "death", "toll", "injuries", "victims",
                               "damage"})

#: Armed men outside a state's forces an attack's noun can be named for ("rebel attacks",
#: "settler violence"); not police or army, whom the article names more precisely elsewhere
#: ("Police shooting in Riverton" → the Riverton police)
ARMED_MODIFIERS = frozenset({"rebel", "militant", "settler", "insurgent", "jihadist", "guerrilla", "militia",
                             "separatist", "gunman", "paramilitary"})


def armed_modifier(noun: Token) -> Token | None:
    """The armed side a happening's noun is named for by a common-noun modifier: "settler
    attacks injured ten Palestinians" → settler, "a rebel raid on the camp" → rebel; else
    None (a named force is read from the entities)."""
    return next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                 and c.lemma_.lower() in ARMED_MODIFIERS and c.pos_ in ("NOUN", "ADJ")), None)


def _of_object(token: Token) -> Token | None:
    """The object of the noun's "of" ("a group of clerics" → clerics), or None."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def clash_party(verb: Token) -> Token | None:
    """The side a passive loss was suffered against, named by the fight it came in: "seven
    soldiers were killed in clashes with rebels" → rebels; "51 people were killed in fighting
    between police and militants" → police (the first side named); else None."""
    for fight in _came_in((verb,), CLASH_PREPS, CLASH_NOUNS):
        for side in fight.children:
            if side.dep_ == "prep" and side.lower_ in ("with", "between", "against"):
                party = next((g for g in side.children if g.dep_ == "pobj"), None)
                if party is not None and party.pos_ in ("NOUN", "PROPN"):
                    return party
        # "two soldiers and five insurgents were killed in a shootout": both sides lost; the
        # first side named fought the other
        lost = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        other = next((c for c in lost.children if c.dep_ == "conj"), None) if lost is not None else None
        if other is not None and lost.lemma_.lower() in ARMED_SIDES and other.lemma_.lower() in ARMED_SIDES \
                and lost.lemma_.lower() != other.lemma_.lower():
            return lost
    return None


def fight_side(noun: Token) -> Token | None:
    """The one side a fight's noun names, the other being the story's own: "a brief but
    devastating war with Russia", "clashes with the rebels" → Russia, the rebels; None for any
    other noun, and where an owner or a "between" names the sides."""
    if noun.lemma_.lower() not in WAR_NOUNS or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "between")
                                                   for c in noun.children):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def _came_in(verbs: Iterable[Token], preps: set[str], nouns: set[str]) -> Iterator[Token]:
    """The nouns of the fights or attacks a loss came in: the objects of the verbs' ``preps``
    whose lemma is one of ``nouns`` ("killed in clashes", "wounded during shelling")."""
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                yield from (n for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in nouns)


#: Nouns of a one-sided attack, in which a passive loss is the attacker's doing
# (not INSTRUMENTS, on purpose: those are weapons that stand as a subject for their user, "a
# missile hit the port"; these are attacks whose noun names the attacker, "killed in a rebel ambush";
# "gunfire" is both: one side's shooting, "wounded in Indian gunfire"; an "operation" is one
# side's, "killed during an operation carried out by the army")
ATTACK_NOUNS = {"attack", "strike", "airstrike", "shelling", "bombing", "bombardment", "raid", "assault", "ambush",
                "offensive", "barrage", "gunfire", "operation"}
#: Nouns of an armed or violent assault, on which a town's name says where it was ("a Kabul car bombing")
ASSAULT_NOUNS = ATTACK_NOUNS | {"shooting", "stabbing", "massacre", "blast", "explosion"}
#: Entity labels of a party that can carry out an attack ("Russian drone strikes", "an ISIS attack")
#: Entity labels of a named party (an attacker, a doer a participle credits, a joined verb's subject)
NAMED_PARTY_LABELS = ("NORP", "GPE", "ORG", "PERSON")


#: Losses an attack inflicts: their passive's doer is the attacker ("killed in an airstrike").
LOSS_VERBS = {"kill", "wound", "injure", "die", "destroy", "damage", "hurt", "maim"}
#: The prepositions of an attack a loss came in ("killed in attacks by the rebels", "wounded
#: during Russian shelling", "killed after an ambush by the rebels", "wounded from Indian
#: attacks"); a loss is the attack's doing, though not all that came after it ("three men were
#: arrested after an ISIS attack": the arrest is not the attacker's, and no loss verb).
ATTACK_PREPS = {"in", "during", "after", "following", "from"}


def attack_party(verb: Token) -> Token | None:
    """The party whose attack a passive loss came in, named in the attack's noun: "15 people
    were killed in attacks by the rebels" → rebels; "one person is killed and another injured in
    Russian drone strikes on the city" → Russian; "died in an Israeli airstrike" → Israeli;
    else None. The preposition may hang on a verb joined to the trigger ("killed and injured in"),
    and the attack's noun may be joined to a weapon's ("in a Russian missile and drone attack")."""
    if verb.lemma_.lower() not in LOSS_VERBS and not joined_to_loss(verb):
        return None  # "a curfew was imposed in Jos following a raid by gunmen": not the raiders' curfew
    heads = (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    for attack in _came_in(heads, ATTACK_PREPS, ATTACK_NOUNS | INSTRUMENTS):
        for noun in (attack, *(c for c in attack.children if c.dep_ == "conj")):
            if noun.lemma_.lower() not in ATTACK_NOUNS:
                continue
            by = _by_agent(noun)
            if by is not None:
                return by
            for child in noun.children:
                if child.dep_ == "poss" and child.ent_type_ in NAMED_PARTY_LABELS:
                    return child
            modifiers = [t for t in _left_modifiers(noun) if t.ent_type_ in NAMED_PARTY_LABELS] or [
                # "in a Russian missile and drone attack": the first conjunct's modifiers are
                # the whole phrase's
                t for t in _left_modifiers(attack) if t.ent_type_ in NAMED_PARTY_LABELS]
            if modifiers:
                return modifiers[-1]
    return None


def joined_to_loss(verb: Token) -> bool:
    """True for a verb joined to a loss verb before it, sharing its passive subject: "the church
    was damaged and set ablaze during Russian strikes" → set (what befell the church befell it
    in the same attack)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
        and verb.head.lemma_.lower() in LOSS_VERBS and verb.head.i < verb.i


def enacted_by(verb: Token) -> Token | None:
    """The party that enacts the document a present participle describes, who thereby does what
    the document does: "Roe signed a decree banning face veils" (banning → Roe); "the assembly
    passed an act creating a curfew" → the assembly; "a bill banning tips was adopted by the
    senate" → the senate; None for any other clause ("critics attacked a law banning tips")."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.lemma_.lower() not in ENACTMENTS \
            or document.dep_ not in ("dobj", "nsubjpass") or document.head.lemma_.lower() not in ENACTING_VERBS:
        return None
    enactor = document.head
    if document.dep_ == "nsubjpass":
        return next((g for c in enactor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return next((c for c in enactor.children if c.dep_ == "nsubj"), None)


def shared_agent(verb: Token) -> Token | None:
    """The "by" agent a passive verb shares with a passive participle joined after it, the
    agent written once at the end: "two men were arrested and charged by state police",
    "twelve people were killed and 30 more injured by rebel gunmen" (the participle hung on
    the second patient) → state police, rebel gunmen; None when the verb has an agent of its
    own or is no passive."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i:
            continue
        participles = [conj] if conj.tag_ == "VBN" else [
            c for c in conj.children if c.dep_ == "acl" and c.tag_ == "VBN"] if conj.pos_ in ("NOUN", "NUM") else []
        for participle in participles:
            by = next((c for c in participle.children if c.dep_ == "agent"), None)
            pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return None


def loss_within(noun: Token) -> list[Token]:
    """The noun a happening's noun is the "in" phrase of: "defeat" in "the town's defeat by the
    rebels in a two-day battle"; else nothing."""
    return [noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.head.head.pos_ == "NOUN" else []


def by_object(head: Token) -> Token | None:
    """The object of a word's "by" phrase ("defeat by the rebels", "was seized by police"), or None."""
    by = next((c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _by_agent(noun: Token) -> Token | None:
    """The "by" phrase of a happening's noun ("the capture of the town by rebels"), also where
    the parser hangs it on the noun's "of" object ("the killings of civilians by police"), or on
    the loss the happening came "in" ("the town's defeat by the rebels in a two-day battle")."""
    for head in (noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), *loss_within(noun)):
        pobj = by_object(head)
        if pobj is not None and pobj.ent_type_ not in _NOT_ACTORS and pobj.pos_ in ("NOUN", "PROPN"):
            return pobj
    return credited_doer(noun)


#: Participles that credit a happening's noun to its doer with "to" or "on": "attacks
#: attributed to the rebels", "a bombing blamed on the militia"
CREDIT_VERBS = {"attribute": "to", "blame": "on", "ascribe": "to"}
#: Participles whose "by" agent did the happening their noun names: "an attack carried out by
#: the rebels", "a rally organised by the union" (not "an attack condemned by the UN")
DOING_VERBS = {"launch", "fire", "conduct", "carry", "mount", "stage", "unleash", "drop", "claim", "commit",
               "perpetrate", "organize", "organise", "lead", "make", "issue", "order", "hold", "call", "sign",
               "announce", "impose", "attend", "cause", "file", "bring"}


def credited_doer(noun: Token) -> Token | None:
    """The doer a past participle after a happening's noun names: its "by" agent ("an attack
    carried out by the rebels", "the raid claimed by the Ansar Brigade") or the party it is put
    down to ("attacks attributed to the Delta Front", "a bombing blamed on the militia"), else None."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if (child.dep_ == "agent" and lemma in DOING_VERBS) or (
                    child.dep_ == "prep" and child.lower_ == CREDIT_VERBS.get(lemma)):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in NAMED_PARTY_LABELS:
                    return pobj  # a named party, not "a fire caused by a worker"
    return None


def _reduced_passive(verb: Token, *, acl: bool = False) -> bool:
    """A past participle without an auxiliary or an object is a passive whose "be" is left
    out, as in headlines ("Councilwoman arrested after incident", "Man charged in robberies")
    and after a noun ("a suspect arrested on Monday"): its subject or noun is its patient."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # a headline after a place and a colon: "Ashford: Mum jailed for fake passport"
    return acl or verb.dep_ in ("ROOT", "conj", "ccomp", "csubj")  # "Man arrested in bar had a gun"


#: Heads of a state's own bodies: "Russia's Defence Ministry", "Iran's foreign ministry".
STATE_BODY_HEADS = {"ministry", "government", "military", "army", "navy", "cabinet", "presidency", "kremlin",
                    "administration"}


#: Titles of one who speaks for a body, not in their own name.
SPOKESPERSONS = SPOKESPERSON_TITLES | {"spokesmen", "spokeswomen", "spokespeople"}
#: Kinds of names a spokesperson speaks for (a firm, a ministry, a government, "the White House").
_BODY_ENTS = ("ORG", "GPE", "NORP", "FAC")


def spoken_for(doer: Token) -> Token | None:
    """The named body a spokesperson speaks for, when the doer is one by title: "Zentex Media
    spokesman Karl Vogel said" (the title a compound of the name), "Karl Vogel, a spokesman for
    Zentex Media, said" or "..., a Zentex Media spokesman," (an apposition), "a spokeswoman for
    the Vale Health Ministry said" (the title itself the doer); with no body beside the title,
    the organisation whose plan or position the words are ("Party spokesman Karl Vogel said the
    Farmers League would challenge the fine"), not one whose past act they tell of ("Zentex
    closed the forum, spokesman Karl Vogel said": the closing is the event, its teller only its
    source); None for anyone else."""
    titles = [doer] if doer.lower_ in SPOKESPERSONS else [
        c for c in doer.children if c.dep_ in ("compound", "appos") and c.lower_ in SPOKESPERSONS]
    for title in titles:
        for child in title.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
                body = next((o for o in child.children if o.dep_ == "pobj"), None)
            elif child.dep_ in ("compound", "nmod", "poss") and child.i < title.i:
                body = child
            else:
                continue
            if body is not None and body.ent_type_ in _BODY_ENTS and not body.is_sent_start:
                # (not a capitalised first word: "Party spokesman Karl Vogel said")
                return body
            if body is not None and body.pos_ == "NOUN" and body.lemma_.lower() in ORGANISATION_KINDS \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in body.children):
                return body  # "a spokesman for the company": the company named before
    if titles and doer.dep_ == "nsubj" and doer.head.lemma_.lower() in _SAYING:
        # "Party spokesman Karl Vogel said the Farmers League would appeal": the organisation
        # that is the subject of the reported clause
        say = doer.head
        clause = say.head if say.dep_ in ("parataxis", "ccomp") and say.head.i < say.i else next(
            (c for c in say.children if c.dep_ == "ccomp"), None)
        if clause is not None and (clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                                                 for c in clause.children)):
            clause = None  # "Zentex closed the forum, spokesman Vogel said": the closing's source
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subject is not None and subject.ent_type_ == "ORG":
            return subject
    return None


def _state_body(speaker: Token) -> bool:
    """The speaker is a body of the state that possesses it ("Russia's Defence Ministry"), not a
    party, a firm or a region of that state ("South Africa's ruling ANC", "Iraq's Kurdish
    regional government", "Canada's Ontario province")."""
    words = {t.lemma_.lower() for t in speaker.subtree if t.dep_ != "poss" and t.head.dep_ != "poss"}
    return speaker.lemma_.lower() in STATE_BODY_HEADS and speaker.ent_type_ not in ("PERSON",) \
        and not words & NOT_THE_STATES


#: Words that make a body a region's, a town's or a party's, not the state's own.
NOT_THE_STATES = frozenset({"regional", "provincial", "local", "state", "city", "municipal", "county", "party"})


def _relative_antecedent(token: Token) -> Token | None:
    """The party a relative pronoun stands for: "Ann Roe, a former mayor who leads the
    marches", "the Harbour Union, which says it will strike" → Ann Roe, the Harbour Union;
    None for any other token, for a thing ("the ferry, which sank": it does nothing) and for
    the subject of a passive ("Roe, who was appointed in May": she is who it was done to); for
    an attack a party conducted, that party ("troops launched a raid that killed six")."""
    if token.lower_ not in ("who", "which", "that") or token.dep_ != "nsubj" or token.head.dep_ != "relcl" \
            or token.head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    antecedent = token.head.head
    while antecedent.dep_ == "appos" and antecedent.head.pos_ in ("NOUN", "PROPN"):
        antecedent = antecedent.head
    conductor = _attack_conductor(antecedent)
    if conductor is not None:
        return conductor
    if token.lower_ == "who" or antecedent.ent_type_ in ("ORG", "GPE", "NORP") \
            or (antecedent.pos_ == "NOUN" and antecedent.lemma_.lower() in AGENTS):
        return antecedent
    return None


def _attack_conductor(noun: Token) -> Token | None:
    """The subject of the verb of doing an attack's noun is the object of: "the forces conducted
    an operation that killed 60 fighters", "troops launched an airstrike that killed 12" → the
    forces, troops (what the attack did is its conductor's doing); else None."""
    if noun.lemma_.lower() not in ATTACK_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DOING_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _open_question_who(pronoun: Token) -> bool:
    """The "who" of an open question a verb or adjective governs right before it ("a panel to
    investigate who shot down the plane", "it is not known who fired the shots"): it asks for
    the doer and names no one; not a relative "who" after its noun ("Roe -- who drove a taxi")."""
    clause = pronoun.head
    return pronoun.lower_ == "who" and clause.dep_ in ("ccomp", "csubj", "csubjpass", "pcomp") \
        and pronoun.i > 0 and pronoun.doc[pronoun.i - 1].i == clause.head.i


def named_speaker_of(pronoun: Token) -> Token | None:
    """The speaker a pronoun in the clause it reports stands for, when the speaker is told by a
    name ("Yemen's Houthis say that they launched ...", "the Houthi movement claims it fired
    ..."): the pronoun's antecedent is in its own sentence, so it takes up no one told before."""
    speaker = _speaker_of(pronoun)
    if speaker is None or not any(t.pos_ == "PROPN" for t in speaker.subtree if t.i <= speaker.i):
        return None
    return speaker


def _clause_person(pronoun: Token) -> Token | None:
    """The subject a possessive "his" or "her" is bound to: the named person (or the "he" or
    "she") who is the subject of the clause the pronoun's noun is in ("Sanders ended his
    presidential bid", "In her first speech as mayor, Ann Roe promised ..." → Sanders's bid,
    Roe's speech), as English binds a possessive in a clause to that clause's subject; None when
    that subject is a common noun ("the court upheld his sentence": his is another's), the clause
    has none (then "his" is read as before, from the speaker or not at all), or the noun is a
    step done to him ("his arrest", "his court appearance": the police or the court act)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    if pronoun.head.lemma_.lower() in PATIENT_NOUNS | COURT_STEPS:
        return None  # "Kowal made his first court appearance": his own, but the court acts
    node = pronoun.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            return None
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i == pronoun.i:
        return None
    if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "")):
        return subject
    if subject.lower_ == {"his": "he", "her": "she"}[pronoun.lower_]:
        return subject  # "he ended his campaign": whoever "he" is
    return None


def _speaker_of(pronoun: Token) -> Token | None:
    """The subject of a verb of saying whose reported clause the pronoun is the subject of (or
    the possessor of that subject: "the army said its aircraft had bombed")."""
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"):
        pronoun = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or speaker.lower_ in PRONOUNS:
        return None
    if pronoun.lower_ == "they" and speaker.tag_ not in ("NNS", "NNPS") and speaker.lower_ not in AGENTS \
            and not _agrees_in_plural(clause.head):
        return None  # "they" for a plural group only
    if pronoun.lower_ == "it" and not (speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lemma_.lower() in AGENTS):
        return None  # "it" for a state or a body that acts ("Iran says it attacked"), not "the report said it found"
    return speaker


def _agrees_in_plural(verb: Token) -> bool:
    """The verb's finite form agrees with a plural subject: the present without the third
    person's -s, on the verb or its first auxiliary ("Yemen's Houthis say", "the Peshmerga
    have said"), where the tagger reads a group's proper name as singular; not a bare form
    after a modal ("Hamas will say")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if aux is not None:
        return aux.tag_ == "VBP"
    return verb.tag_ in ("VBP", "VB")


#: ACLED's kinds of armed actor whose men a party can own ("its forces", "their militants")
ARMED_CATEGORIES = ("state forces", "rebel group", "militia")


def _speakers_forces(token: Token) -> Token | None:
    """The speaker whose own armed men an "its" or "their" owns in the clause it reports:
    "Russia says its forces have taken Toretsk", "the rebels said their militants seized the
    base" → Russia, the rebels (the speaker's forces, not the place's state); else None. (A
    state body as the speaker, "Russia's defence ministry said its forces", names the state
    in the extractor's naming: ``extract._forces_state``.)"""
    if token.pos_ != "NOUN" or _CATEGORY_OF.get(token.lower_) not in ARMED_CATEGORIES:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    speaker = _speaker_of(owner) if owner is not None else None
    return speaker if speaker is not None and not _state_body(speaker) else None


#: Verbs whose object is a weapon or an attack their subject sets off ("launched a missile
#: attack", "fired rockets", "carried out an airstrike")
LAUNCH_VERBS = {"launch", "fire", "conduct", "carry", "mount", "stage", "unleash", "drop"}


def _weapon(token: Token) -> bool:
    """The token names a weapon, an attack or a machine (an instrument, not a party), also as
    a capitalised plural the tagger takes for a name ("Drones target Erbil")."""
    lemma = token.lemma_.lower()
    if lemma in INSTRUMENTS or lemma in MACHINES:
        return True
    word = token.lower_
    return token.pos_ == "PROPN" and word.endswith("s") and (word[:-1] in INSTRUMENTS or word[:-1] in MACHINES)


def _left_modifiers(token: Token) -> list[Token]:
    """Compound and adjective modifiers left of a head, recursively ("National Guard soldiers")."""
    words: list[Token] = []
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            words.extend(t for t in child.subtree if t.dep_ not in ("det", "predet", "nummod", "quantmod", "cc", "prep", "pobj") or t == child)
    return words


def _head_word(name: str) -> str:
    words = name.lower().split()
    if "of" in words:  # "tens of thousands of people"
        return words[-1]
    return words[-1] if words else ""


def _clean(name: str) -> str:
    name = " ".join(name.split())
    name = _POSSESSIVE.sub("", name)
    name = _LEADING_DET.sub("", name)
    return name.strip(" ,.;:“”\"'’‘()")


def _is_capital(place: PlaceMention) -> bool:
    return bool(place.geonameid) and is_capital(place.geonameid)


#: Nouns of the one who carried out an attack, whom an article may go on to name ("the attacker,
#: identified as ...", "the gunman, Jan Kowal, surrendered")
ATTACKER_NOUNS = {"attacker", "assailant", "gunman", "shooter", "stabber", "bomber", "killer", "suspect",
                  "perpetrator", "murderer", "assassin"}
#: Verbs that put a name to someone told of before ("later identified as", "named as")
NAMING_VERBS = {"identify", "name"}
#: Verbs of taking someone into custody, whose patient a naming may then identify
CUSTODY_VERBS = {"arrest", "detain", "apprehend"}
#: Verbs of charging someone with a crime ("charged with murder", "indicted on charges of murder")
CHARGING_VERBS = {"charge", "indict"}
#: Crimes of an attack on a person, whose charge makes its defendant the attack's alleged doer
ATTACK_CRIMES = {"murder", "manslaughter", "homicide", "assault", "stabbing", "shooting", "killing"}


def _attacker_noun(noun: Token) -> bool:
    """The noun is one who carried out an attack: an attacker's noun ("the gunman"), the one
    taken into custody ("police detained the man"), or the agent of a passive ("was shot by a
    prisoner")."""
    return noun.lemma_.lower() in ATTACKER_NOUNS \
        or (noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in CUSTODY_VERBS) \
        or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


def _identified_noun(name: Token) -> Token | None:
    """The noun a person's name identifies: "the attacker, identified as Sudesh Amman", "detained
    the man, later identified as Khairi Saadallah" (the participle hung on the verb: its
    object), "a prisoner, suspected to be Louis De Zoysa", "the gunman, Jan Kowal"."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        return name.head
    verb = None
    if name.dep_ == "pobj" and name.head.lower_ == "as" and name.head.head.lemma_.lower() in NAMING_VERBS:
        verb = name.head.head
    elif name.dep_ == "attr" and name.head.dep_ == "xcomp" and name.head.head.lemma_.lower() == "suspect":
        verb = name.head.head
    if verb is None:
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ in ("dep", "advcl") and verb.tag_ == "VBN" and verb.head.pos_ == "VERB":
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "the attacker was identified as"


def _charged_with_attack(name: Token) -> bool:
    """The person's name is the defendant of a charge of an attack on a person: "Tarrant appeared
    in court, charged with murder", "indicted Rodney Smith on charges of murder", "a charge of
    murder against Stefan W", "Doe was charged with assault"."""
    def of_attack(head: Token, skip: Token) -> bool:
        skipped = {s.i for s in skip.subtree}
        return any(t.lemma_.lower() in ATTACK_CRIMES for t in head.subtree if t.i not in skipped)
    nominal = name.head if name.dep_ == "appos" else name
    if nominal.dep_ == "pobj" and nominal.head.lower_ == "against":
        # ("a charge of murder against Doe": "against" may hang on the crime or on the charge)
        charge = next((a for a in islice(nominal.head.ancestors, 3) if a.lemma_.lower() == "charge"), None)
        return charge is not None and of_attack(charge, nominal)
    verb = nominal.head
    if nominal.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in CHARGING_VERBS:
        return of_attack(verb, nominal)
    if nominal.dep_ == "nsubj":
        return any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBN" and c.lemma_.lower() in CHARGING_VERBS
                   and of_attack(c, nominal) for c in verb.children)
    return False


def named_attacker(doc: Doc) -> str | None:
    """The one person an article names as the doer of the attack it tells of, though the attack's
    own sentence names none ("An individual has been arrested after the mayor was stabbed"): a
    name put to an attacker's noun ("The attacker, identified as Sudesh Amman", "detained the man,
    later identified as Khairi Saadallah", "shot by a prisoner, suspected to be Louis De Zoysa")
    or the defendant of a charge of murder or assault ("A charge of murder against Stefan W"). A
    news story names who is held for its attack; None when it names no one, or two or more
    different people (two suspects, or a story of several crimes)."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 and ent.root.is_lower:
            continue
        root = ent.root
        noun = _identified_noun(root)
        if (noun is not None and _attacker_noun(noun)) or _charged_with_attack(root):
            if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children) \
                    or sum(c.dep_ == root.dep_ for c in root.head.children) > 1:
                return None  # "Fhimah and al-Megrahi are charged with murder": two suspects
            name = _clean(ent.text)
            surname = name.split()[-1].lower() if name else ""
            if surname and len(name) > len(found.get(surname, "")):
                found[surname] = name
    return next(iter(found.values())) if len(found) == 1 else None
