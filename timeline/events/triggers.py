"""The event ontology: which words name a happening, of which type, and in which mode.

Types are a coarse subset of PLOVER/ACLED, chosen so that an analyst can filter on them:

==========================  =========================================================
type                        examples of trigger words
==========================  =========================================================
meet                        meet, hold talks, host, receive, summit
visit                       visit, arrive, travel, trip, tour
statement                   announce, confirm, say (only with no better trigger)
warn                        warn, threaten, caution
condemn                     condemn, denounce, criticise, accuse
support                     support, pledge, back, thank, praise, vow
agree                       agree, sign, pact, deal, treaty, invite, resume, plan
aid                         aid, assistance, donate
supply                      supply, ship, deliver, shipment, transfer (of arms)
deploy                      deploy, station, mobilise, dispatch troops, reinforce
attack                      attack, strike, shell, bomb, fire (missiles), launch, kill
protest                     protest, demonstrate, march, rally, strike (labour)
riot                        riot, loot, clash with police
violence_against_civilians  massacre, abduct, kidnap, execute, torture
arrest                      arrest, detain, charge, jail, sentence, convict, plead, trial, custody
sanction                    sanction, embargo, blockade, ban
disaster                    flood, earthquake, storm, wildfire, landslide, erupt
accident                    crash, collide, derail, explode (no bomb), sink, fire, blaze
election                    elect, vote, win an election, run for office, candidacy, nomination
other                       resign, appoint, oust, release, deport, extradite, coup
==========================  =========================================================

A mode says how sure the text is: ``asserted`` (it happened), ``planned`` (will,
plans to, upcoming), ``threatened`` (threatens to), ``denied`` (did not, denies) or
``hypothetical`` (may, could, would, if).
"""
from __future__ import annotations

from spacy.tokens import Token

from geodata.gazetteer.index import lookup

EVENT_TYPES = (
    "meet", "visit", "statement", "warn", "condemn", "support", "agree", "aid", "supply",
    "deploy", "attack", "protest", "riot", "violence_against_civilians", "arrest", "sanction",
    "disaster", "accident", "election", "other",
)
MODES = ("asserted", "planned", "threatened", "denied", "hypothetical")

# lemma -> event type, for verbs. Order of preference within a sentence is by TYPE_RANK.
VERB_TYPES: dict[str, str] = {
    # meet / visit
    "meet": "meet", "host": "meet", "receive": "meet", "talk": "meet", "confer": "meet",
    "visit": "visit", "arrive": "visit", "travel": "visit", "tour": "visit", "fly": "visit",
    # statements
    "warn": "warn", "threaten": "warn", "caution": "warn",
    "condemn": "condemn", "denounce": "condemn", "criticize": "condemn", "criticise": "condemn",
    "accuse": "condemn", "blame": "condemn", "rebuke": "condemn",
    "support": "support", "pledge": "support", "back": "support", "thank": "support",
    "praise": "support", "vow": "support", "endorse": "support", "welcome": "support",
    "announce": "statement", "confirm": "statement", "reiterate": "statement", "express": "statement", "declare": "statement", "urge": "statement",
    "call": "statement",
    # cooperation
    "agree": "agree", "sign": "agree", "invite": "agree", "resume": "agree", "ratify": "agree",
    "negotiate": "agree",
    "aid": "aid", "donate": "aid", "fund": "aid",
    "supply": "supply", "ship": "supply", "deliver": "supply", "transfer": "supply",
    "provide": "supply", "sell": "supply",
    "deploy": "deploy", "station": "deploy", "mobilize": "deploy", "mobilise": "deploy",
    "dispatch": "deploy", "reinforce": "deploy",
    # conflict
    "attack": "attack", "strike": "attack", "shell": "attack", "bomb": "attack",
    "fire": "attack", "launch": "attack", "kill": "attack", "wound": "attack", "injure": "attack",
    "hit": "attack", "raid": "attack", "invade": "attack", "shoot": "attack", "assault": "attack",
    "clash": "attack", "ambush": "attack", "capture": "attack", "seize": "attack", "storm": "attack", "overrun": "attack",
    "shoot down": "attack", "target": "attack",
    "protest": "protest", "demonstrate": "protest", "march": "protest", "rally": "protest",
    "riot": "riot", "loot": "riot", "torch": "riot",
    "massacre": "violence_against_civilians", "abduct": "violence_against_civilians",
    "kidnap": "violence_against_civilians", "execute": "violence_against_civilians",
    "torture": "violence_against_civilians", "behead": "violence_against_civilians",
    "arrest": "arrest", "detain": "arrest", "charge": "arrest", "jail": "arrest",
    "sentence": "arrest", "convict": "arrest", "indict": "arrest", "apprehend": "arrest",
    "flood": "disaster", "erupt": "disaster", "collapse": "disaster", "stab": "attack",
    "vandalize": "riot", "vandalise": "riot",
    "crash": "accident", "collide": "accident", "derail": "accident", "explode": "accident",
    "sink": "accident", "capsize": "accident",
    "elect": "election", "vote": "election", "reelect": "election", "campaign": "election",
    "resign": "other", "flee": "other", "quit": "other", "abdicate": "other",
    # killings, battles
    "murder": "attack", "slay": "attack", "assassinate": "attack", "battle": "attack", "bombard": "attack",
    "besiege": "attack",
    # courts: appearances, pleas, trials are the codebook's arrests
    "plead": "arrest", "prosecute": "arrest", "acquit": "arrest", "imprison": "arrest", "arraign": "arrest",
    "appear": "arrest", "reappear": "arrest",  # before a court only (see verb_type)
    "rob": "attack", "drown": "accident",  # "robbed a bank"; "a child drowns" (see verb_type)
    "swear": "other", "pick": "arrest", "join": "agree",  # "sworn in", "picked up for questioning", "joined NATO"
    "assign": "deploy", "patrol": "deploy",  # forces assigned, warships on patrol (see verb_type)
    # government and legal measures
    "appoint": "other", "oust": "other", "overthrow": "other", "topple": "other", "deport": "other",
    "expel": "other", "extradite": "other", "release": "other", "free": "other", "withdraw": "other",
    "suspend": "other", "impose": "other",
    "sanction": "sanction", "embargo": "sanction", "blockade": "sanction", "ban": "sanction",
    "blacklist": "sanction",
    "assail": "condemn", "decry": "condemn", "deplore": "condemn",
    "picket": "protest", "boycott": "protest",
}

# lemma -> event type, for nouns that name a happening ("the visit", "an attack").
NOUN_TYPES: dict[str, str] = {
    "meeting": "meet", "talks": "meet", "summit": "meet", "conference": "meet",
    "visit": "visit", "trip": "visit", "arrival": "visit", "tour": "visit",
    "warning": "warn", "threat": "warn",
    "condemnation": "condemn",
    "pledge": "support", "support": "support", "backing": "support", "solidarity": "support",
    "agreement": "agree", "pact": "agree", "treaty": "agree", "deal": "agree", "accord": "agree",
    "invitation": "agree",
    "aid": "aid", "assistance": "aid",
    "shipment": "supply", "delivery": "supply", "supplies": "supply",
    "deployment": "deploy", "mobilization": "deploy",
    "attack": "attack", "strike": "attack", "airstrike": "attack", "assault": "attack",
    "bombing": "attack", "shelling": "attack", "offensive": "attack", "raid": "attack",
    "barrage": "attack", "clashes": "attack", "clash": "attack", "fighting": "attack",
    "casualties": "attack", "casualty": "attack",
    "protest": "protest", "demonstration": "protest", "rally": "protest", "march": "protest",
    "riot": "riot", "unrest": "riot",
    "massacre": "violence_against_civilians", "abduction": "violence_against_civilians",
    "kidnapping": "violence_against_civilians",
    "arrest": "arrest", "detention": "arrest", "arraignment": "arrest", "robbery": "attack", "stampede": "accident",
    "flood": "disaster", "flooding": "disaster", "floods": "disaster", "earthquake": "disaster",
    "quake": "disaster", "storm": "disaster", "hurricane": "disaster", "typhoon": "disaster",
    "cyclone": "disaster", "wildfire": "disaster", "landslide": "disaster", "eruption": "disaster",
    "drought": "disaster", "tornado": "disaster",
    "crash": "accident", "collision": "accident", "explosion": "accident", "derailment": "accident",
    "blast": "accident", "fire": "accident", "blaze": "accident", "accident": "accident",
    "election": "election", "vote": "election", "referendum": "election", "candidacy": "election",
    "nomination": "election", "primary": "election", "runoff": "election", "ballot": "election",
    "shooting": "attack", "shootout": "attack", "firefight": "attack", "gunfight": "attack", "gunfire": "attack",
    "battle": "attack", "war": "attack", "murder": "attack", "slaying": "attack", "homicide": "attack",
    "killing": "attack", "assassination": "attack", "stabbing": "attack", "ambush": "attack",
    "bombardment": "attack", "invasion": "attack", "incursion": "attack", "siege": "attack",
    "custody": "arrest", "trial": "arrest", "indictment": "arrest", "charges": "arrest", "plea": "arrest",
    "verdict": "arrest", "conviction": "arrest", "sentencing": "arrest",
    "sanctions": "sanction", "embargo": "sanction", "blockade": "sanction", "ban": "sanction",
    "ceasefire": "agree", "cease-fire": "agree", "truce": "agree", "armistice": "agree",
    "coup": "other", "resignation": "other", "appointment": "other", "ouster": "other",
    "deportation": "other", "extradition": "other",
    "exercises": "deploy", "drills": "deploy", "exercise": "deploy", "drill": "deploy",
    "statement": "statement", "announcement": "statement",
    "sit-in": "protest", "walkout": "protest", "picket": "protest", "vigil": "protest",
    "demonstrations": "protest", "protests": "protest",
}

# Verbs of saying: an event only when the sentence has nothing better.
SAY_VERBS = {"say", "tell", "state", "add", "note", "write", "report", "claim", "insist"}

# When a sentence has several triggers, the most specific happening wins.
TYPE_RANK = {t: i for i, t in enumerate((
    "attack", "violence_against_civilians", "riot", "protest", "arrest", "sanction", "disaster", "accident",
    "deploy", "supply", "aid", "visit", "meet", "agree", "election", "warn", "condemn",
    "support", "statement", "other",
))}

_MODAL_HYPOTHETICAL = {"may", "might", "could", "should", "possibly", "perhaps"}
# "would" in reported speech is the future seen from the past: "said it would send troops".
_MODAL_FUTURE = {"will", "shall", "'ll", "would", "wo"}
_PLAN_VERBS = {"plan", "intend", "prepare", "expect", "aim", "schedule", "set", "hope", "seek",
               "propose", "want", "consider", "promise", "agree", "decide"}
_THREAT_VERBS = {"threaten"}
_DENY_VERBS = {"deny", "reject", "refute", "dismiss"}
_FUTURE_ADJ = {"upcoming", "planned", "proposed", "future", "forthcoming", "next", "expected",
               "potential", "possible"}


def verb_type(token: Token) -> str | None:
    """The event type a verb names, or None.

    Verbs whose sense depends on their object are checked: "launch"/"fire" name an attack
    only with a weapon, "send" is a deployment with troops and a supply with goods,
    "deliver"/"provide" are supplies only with goods, "receive" is a meeting only with a
    person, "call" only as "call for".
    """
    lemma = token.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "control" for c in token.children):
        return "attack"  # "took control of Goma"
    if lemma == "rally" and any(c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in token.children):
        return "support"  # "the West rallies behind Ukraine"
    if lemma in _CROWD_VERBS:
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in _ARMED:
            return None  # "fighters marched into the centre" is no protest
    if lemma == "shoot" and _object_words(token) & _SHOT_NOT_AT_PEOPLE:
        return None  # "shoot a three-pointer", "shooting skeet", "shot a film"
    if lemma == "resume" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                 and (c.lemma_.lower() in NOUN_TYPES or c.lower_ in NOUN_TYPES) for c in token.children):
        return None  # "the trial resumes", "resumed airstrikes", "talks resumed": the happening named
    if lemma == "assign":
        return "deploy" if _object_words(token) & (_FORCES | {"agent", "agents"}) else None  # "assigned more agents"
    if lemma == "patrol":
        # "the carrier is patrolling the Gulf" (troops on patrol tell where a deployment went:
        # see timeline.events.extract._refine_deployment)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return "deploy" if subject is not None and subject.lemma_.lower() in _NAVAL else None
    if lemma == "swear":
        return "other" if any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children) else None
    if lemma == "pick":
        # "were picked up for questioning"
        up = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        return "arrest" if up and _prep_object_words(token, "for") & {"questioning", "interrogation"} else None
    if lemma == "join":
        # "Cyprus joined the European Union in 2004"; not "she joined the city council"
        state = any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP") or _country_name(c))
                    for c in token.children)
        return "agree" if state and _object_words(token) & _BLOCS else None
    if lemma in ("appear", "reappear"):
        # "appeared in Meigs County Court", "is scheduled to appear before a magistrate",
        # "to appear April 9 in Hamilton Municipal Court" (the parser hangs "in" on the date)
        if token.head.lemma_.lower() in ("failure", "fail"):
            return None  # "wanted for failure to appear in court": no appearance took place
        return "arrest" if _court_attached(token) else None
    if lemma == "drown":
        if any(c.dep_ == "prt" for c in token.children):
            return None  # "drowned out the speech"
        return "attack" if any(c.dep_ == "dobj" for c in token.children) else "accident"  # "drowning his wife"
    if lemma == "capture":
        return _capture_type(token)
    if lemma in ("launch", "mount", "attack", "begin", "start") and _fought_without_foe(token):
        return None  # "firefighters launched an attack on the flames", "attacked the blaze"
    if lemma == "seize" and _confiscation(token):
        return None  # "police seized a car bomb", "the bank was seized by regulators": no armed capture
    if lemma == "seize" and _object_words(token) & _SEIZED_GOODS:
        return None  # "seized bank statements", "seized 1,248 bags of heroin": evidence, no attack
    if lemma in ("battle", "fight") and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "has been battling to keep him in the United States": a struggle, no combat
    if lemma in ("battle", "fight") and _object_words(token) & _NOT_FOES:
        return None  # "firefighters battled a blaze", "fought cancer": the fire is the happening
    if lemma == "execute" and _object_words(token) & _EXECUTED_THINGS:
        return None  # "executed a search warrant", "executed the plan": carried out, nobody killed
    if lemma == "flee" and _no_flight_of_power(token):
        return None  # "fled the scene", "fled on foot", "people fleeing the villages"
    if lemma == "accuse" and _agentless_passive(token):
        return None  # "a man accused of murder", "is accused of fraud": an allegation, nobody's condemnation
    if lemma == "target" and not _armed_subject(token):
        return None  # "a telephone campaign targeted the chairwoman": no attack
    if lemma == "hit" and any(c.dep_ == "dobj" and c.lemma_.lower() in _HIT_IDIOMS for c in token.children):
        return None  # "hit the road", "hit a record", "hit the shelves"
    if lemma in _IMPACT_VERBS or lemma in _HARM_BY_VEHICLE:
        # a harm verb's passive subject is its victim ("Ford was killed by gunmen"): only its doer
        subject = _subject_or_agent(token, ("nsubj", "nsubjpass") if lemma in _IMPACT_VERBS else ("nsubj",))
        if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in ("that", "which") \
                and token.dep_ == "relcl":
            subject = token.head  # "a pickup that struck Corbin"
        if subject is None and token.dep_ in ("acl", "relcl"):
            subject = token.head  # "the second snowstorm to hit the Plains"
        if subject is not None and subject.lemma_.lower() in _VEHICLES | _CAR_MODELS and subject.ent_type_ != "PERSON" \
                and not _armed_vehicle(subject):
            return "accident"  # "a train ran into a goods train", "was hit by a bus", "the pickup that killed"
        if any(_hit_and_run(t) for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj")
               for t in c.subtree):
            return "accident"  # "killed in a hit-and-run crash" (not "a man wanted for a hit-and-run killed")
        if lemma not in _IMPACT_VERBS:
            return VERB_TYPES.get(lemma)
        agent = _subject_or_agent(token, ())  # "the town was hit by a tornado": the passive's doer
        for doer in (subject, agent):
            if doer is not None and doer.lemma_.lower() in _FIRES:
                return "accident"  # "home hit by fire a second time"
            if doer is not None and doer.lemma_.lower() in _WEATHER:
                return "disaster"  # "the second snowstorm to hit the Plains", "struck by a cyclone"
        objects = {t.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        if lemma in ("hit", "strike") and objects & (_VEHICLES | _CAR_WORDS) and not objects & _WEAPON_WORDS:
            return "accident"  # "struck a car stopped along the interstate", "hit a 2003 Honda"
    if lemma in ("set", "burn", "torch") and (lemma != "set" or any(
            c.dep_ in ("dobj", "npadvmod") and c.lower_ in ("fire", "ablaze") for c in token.children)
            or any(c.dep_ in ("oprd", "advmod", "acomp") and c.lower_ in ("ablaze", "alight", "afire") for c in token.children)):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return "riot" if lemma != "burn" else None
        head = subject.lemma_.lower()
        if head in ("fire", "blaze", "wildfire", "flame", "bushfire", "forest") or subject.lower_ == "it":
            return "disaster"  # "unless it burned closer": a thing burns, people set fires
        return "riot" if head in _CROWD_SUBJECTS else "attack"
    if lemma == "set":
        return None
    if lemma == "sit":
        return "protest" if _sit_in(token) else None
    if lemma in ("explode", "detonate", "blow"):
        if lemma == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
            return None
        # "a bomb exploded", "blew up the embassy": an attack; "a gas tank exploded": an accident
        return "attack" if _clause_words(token) & _BOMBS or lemma != "explode" else "accident"
    if lemma in ("run", "file", "stand"):
        # "runs for governor", "filed for the seat", "stood for parliament": a candidacy
        return "election" if _prep_object_words(token, "for") & _OFFICES else None
    if lemma in ("win", "lose", "contest", "seek"):
        return "election" if _object_words(token) & _OFFICES else None
    if lemma in ("free", "release") and not any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ == "PERSON" or c.lemma_.lower() in _DETAINEES) for c in token.children):
        return None  # "released a statement", "free trade"
    if lemma in ("withdraw", "suspend", "impose") and not _object_words(token) & _MEASURES:
        return None  # "withdrew from the talks" is no measure unless it names one
    if lemma == "throw":
        return "riot" if _object_words(token) & _MISSILES_OF_RIOTERS else None
    if lemma == "send":
        objects = _object_words(token)
        if objects & _FORCES:
            return "deploy"
        if objects & _GOODS:
            return "supply"
        return None
    if lemma in _NEEDS_GOODS and not _object_words(token) & _GOODS:
        return None
    if lemma == "receive" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in token.children):
        return None
    if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return None
    if lemma == "call" and _prep_object_words(token, "for") & _RESCUE_CALLS:
        return None  # "called for backup", "called for help": rescue work, no appeal (codebook §1)
    if lemma in ("launch", "fire") and not _has_weapon_object(token):
        return None
    if lemma == "back" and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return None
    if lemma == "reinforce" and any(c.dep_ == "dobj" for c in token.children) \
            and not _object_words(token) & (_FORCES | _PLACES_HELD):
        return None  # "reinforces security pacts": no troops move
    if lemma in _STRENGTHEN:
        # "is bolstering its military presence in the Gulf", "boosted its forces near the border"
        objects = _object_words(token)
        military = objects & _FORCES or ("presence" in objects and objects & _MILITARY)
        return "deploy" if military else None
    return VERB_TYPES.get(lemma)


FORCES = _FORCES = {"troop", "troops", "soldier", "soldiers", "force", "forces", "engineer", "engineers",
           "personnel", "unit", "units", "battalion", "battalions", "brigade", "brigades", "fighter",
           "fighters", "worker", "workers", "builder", "builders", "police", "officer", "officers",
           "marine", "marines", "army", "sailor", "sailors", "warship", "warships", "jet", "jets"}
_GOODS = {"weapon", "weapons", "arm", "arms", "missile", "missiles", "shell", "shells", "ammunition",
          "munition", "munitions", "drone", "drones", "rocket", "rockets", "artillery", "tank", "tanks",
          "system", "systems", "aid", "supplies", "supply", "equipment", "fuel", "food", "grain", "oil",
          "gas", "vehicle", "vehicles", "aircraft", "jet", "jets", "round", "rounds", "battery",
          "batteries", "interceptor", "interceptors", "medicine", "medicines", "vaccine", "vaccines",
          "technology", "shipment", "shipments", "assistance", "package", "tents", "water"}
_PLACES_HELD = {"position", "positions", "line", "lines", "front", "border", "garrison", "defences",
                "defenses", "flank", "base", "bases", "presence"}
_CROWD_SUBJECTS = {"rioter", "protester", "demonstrator", "mob", "crowd", "youth", "people", "resident",
                   "supporter", "student", "villager", "man", "men"}
#: What is "hit" in no attack: "hit the road", "hit a record high", "hit the shelves".
_SHOT_NOT_AT_PEOPLE = {"three-pointer", "pointer", "basket", "baskets", "hoop", "hoops", "skeet", "film", "films",
                      "video", "videos", "photo", "photos", "photograph", "scene", "scenes", "movie", "footage",
                      "ball", "puck", "goal", "par", "round", "documentary", "episode", "commercial"}
_SEIZED_GOODS = {"statement", "statements", "notice", "notices", "record", "records", "report", "reports",
                 "document", "documents", "computer", "computers", "heroin", "cocaine", "marijuana", "drug",
                 "drugs", "cash", "money", "assets", "property", "bags", "pounds", "kilograms", "evidence",
                 "files", "phone", "phones", "opportunity", "initiative", "moment", "chance", "momentum"}
_HIT_IDIOMS = {"road", "record", "high", "low", "shelf", "store", "market", "headline", "jackpot", "mark", "gear",
               "bottom", "wall", "button", "note", "ceiling", "peak", "stride"}
_IMPACT_VERBS = {"hit", "run", "crash", "ram", "slam", "plough", "plow", "strike", "collide", "smash"}
_VEHICLES = {"train", "bus", "car", "truck", "lorry", "plane", "aircraft", "jet", "helicopter", "ship",
             "boat", "ferry", "vessel", "tanker", "vehicle", "van", "minibus", "coach", "tram", "motorcycle"}
#: "an exchange of fire", "the line of fire" (not "the cause of the fire")
_GUNFIRE_HEADS = {"exchange", "line", "hail", "burst", "volley", "round", "rounds", "barrage", "crossfire"}
#: harm verbs whose doer may be a vehicle: "the vehicle that killed Terry Corbin" is an accident
_HARM_BY_VEHICLE = {"kill", "injure", "wound", "maim"}
#: a car named by its kind or maker
_CAR_MODELS = {"pickup", "suv", "sedan", "honda", "toyota", "ford", "chevrolet", "cadillac", "dodge", "nissan"}
_CAR_WORDS = _CAR_MODELS | {"motorist", "pedestrian", "cyclist", "bicyclist", "motorcyclist", "guardrail", "pole",
                            "tree"}
_WEAPON_WORDS = {"missile", "missiles", "rocket", "rockets", "drone", "drones", "bomb", "bombs", "shell", "shells",
                 "strike", "strikes", "airstrike", "airstrikes"}
_WEATHER = {"storm", "snowstorm", "blizzard", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods",
            "earthquake", "quake", "tsunami", "wildfire", "landslide", "mudslide", "rain", "rains", "snow"}
_CROWD_VERBS = {"march", "rally", "demonstrate", "protest"}
_RESCUE_CALLS = {"backup", "back-up", "help", "reinforcements", "assistance", "ambulance", "ambulances", "medics"}
#: Verbs that make a deployment of armed forces when their object is forces or a military presence.
_STRENGTHEN = {"bolster", "boost", "beef", "strengthen", "increase", "expand"}
_ARMED = {"fighter", "rebel", "troop", "soldier", "militant", "force", "army", "gunman", "insurgent",
          "militia", "jihadist", "unit", "column", "tank"}
_MISSILES_OF_RIOTERS = {"stone", "stones", "rock", "rocks", "brick", "bricks", "bottle", "bottles",
                        "bomb", "bombs", "molotov", "firework", "fireworks", "flare", "flares", "projectiles"}
# Verbs that name the harm, not the happening: with a disaster or accident in the sentence
# ("an earthquake killed 300"), the disaster is the event.
HARM_VERBS = {"kill", "wound", "injure", "die", "hurt", "destroy", "damage", "bury"}
# Ways of dispersing a crowd: "police fired tear gas at protesters" is a protest event
# (ACLED: protest with intervention), not an attack.
CROWD_CONTROL = {"tear", "gas", "teargas", "water", "cannon", "cannons", "rubber", "pellets", "baton",
                 "batons", "protester", "protesters", "demonstrator", "demonstrators", "crowd", "crowds",
                 "protesting", "marchers"}
_NEEDS_GOODS = {"deliver", "provide", "transfer", "sell", "ship"}

#: Every lower-cased lemma for which :func:`verb_type` can return a type, plus the verbs of
#: saying: a verb whose lemma is not here is no trigger, so the extractor need not visit it.
#: Keep in step with the branches of :func:`verb_type`.
VERB_TRIGGER_LEMMAS = frozenset(VERB_TYPES) | {"take", "rally", "set", "burn", "torch", "throw", "send", "detonate",
                                               "blow", "run", "file", "stand", "win", "lose", "contest", "seek", "sit"} \
    | _IMPACT_VERBS | SAY_VERBS | _STRENGTHEN
#: Every lower-cased word or lemma for which :func:`noun_type` can return a type.
NOUN_TRIGGER_WORDS = frozenset(NOUN_TYPES) | {"rally", "campaign", "briefing", "sit", "buildup", "build-up",
                                              "appearance"}


_BOMBS = {"bomb", "bombs", "grenade", "grenades", "device", "devices", "explosive", "explosives", "mine", "mines",
          "ied", "rocket", "rockets", "missile", "missiles", "shell", "shells", "bomber", "bombers", "suicide",
          "car-bomb", "truck-bomb"}
_TERROR = {"terrorist", "terror", "militant", "insurgent"}
#: Words before a blast that make it a bombing ("the bombings of the embassies ... The blast in
#: Nairobi"), not a gas explosion.
_BOMBING_WORDS = frozenset({"bomb", "bombs", "bombing", "bombings", "bomber", "bombers", "car-bomb", "truck-bomb",
                            "terrorist", "terrorists"})


def _told_of_bombing(token: Token) -> bool:
    """Whether the text before ``token`` speaks of bombs or terrorists."""
    return any(t.lower_ in _BOMBING_WORDS for t in token.doc[:token.i])


_OFFICES = {"office", "president", "presidency", "governor", "mayor", "seat", "seats", "election", "elections",
            "re-election", "reelection", "nomination", "senate", "congress", "parliament", "council", "post",
            "race", "primary", "vote", "votes", "ballot", "runoff", "term", "legislature", "assembly", "chair",
            "chairmanship", "leadership", "majority", "nod"}
_DETAINEES = {"hostage", "hostages", "prisoner", "prisoners", "detainee", "detainees", "captive", "captives",
              "suspect", "suspects", "inmate", "inmates", "activist", "activists", "journalist", "journalists",
              "soldier", "soldiers", "man", "men", "woman", "women", "people", "crew", "sailors", "citizen",
              "citizens"}
_MEASURES = {"sanction", "sanctions", "curfew", "ban", "embargo", "tariff", "tariffs", "restriction",
             "restrictions", "emergency", "martial", "law", "troops", "forces", "ambassador", "envoy",
             "membership", "aid", "funding", "cooperation", "treaty", "agreement", "deal", "accord"}


def _clause_words(verb: Token) -> set[str]:
    """Lower-cased words of a verb's subject, object and their modifiers ("a car bomb exploded")."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr"):
            words.update(t.lower_ for t in child.subtree)
    return words


def _prep_object_words(verb: Token, preposition: str) -> set[str]:
    """Lower-cased words of the verb's "``preposition`` X" phrases."""
    return {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition for t in c.subtree}


def _armed_subject(verb: Token) -> bool:
    """The verb's doer could fight: not a campaign, an ad, a law or a policy ("a telephone
    campaign targeted ..."); no subject at all (a passive: "were targeted") also counts."""
    subject = _subject_or_agent(verb, ("nsubj",))
    return subject is None or subject.lemma_.lower() not in _NOT_FIGHTERS


def _country_name(token: Token) -> bool:
    """A proper name of a country the tagger missed ("Cyprus joined ...")."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return False
    found = lookup(token.text, limit=1)
    return bool(found) and found[0]["feature"] == "country"


#: What is executed without anyone being killed.
_EXECUTED_THINGS = {"warrant", "warrants", "order", "orders", "plan", "plans", "search", "strategy", "contract",
                    "contracts", "will", "trade", "trades", "transaction", "transactions", "deal", "maneuver",
                    "manoeuvre", "move", "program", "programme", "policy", "agreement", "command", "commands"}
#: A suspect's flight from the scene or the police, a detail of the crime or of the arrest.
_ESCAPED_FROM = {"scene", "area", "foot", "police", "officers", "officer", "deputies", "deputy", "troopers",
                 "trooper", "authorities", "agents", "pursuit", "checkpoint"}
#: Who flees in a migration flow (codebook §1: not coded), not a ruler leaving power.
_FLEEING_CROWDS = {"people", "resident", "residents", "civilian", "civilians", "family", "families", "villager",
                   "villagers", "thousands", "hundreds", "dozens", "refugee", "refugees", "migrant", "migrants",
                   "inhabitant", "inhabitants", "man", "men", "woman", "women", "child", "children", "student",
                   "students", "worker", "workers"}


def _no_flight_of_power(verb: Token) -> bool:
    """A flight that is no happening of its own (codebook: 'other' is a change of power, such
    as a ruler fleeing the country): a suspect's flight from the scene or the police ("fled
    the scene", "fled on foot", "fled from officers") is a detail of the crime or the arrest,
    and people fleeing their homes or villages are a migration flow, which is not coded."""
    words = _object_words(verb) | set().union(*(_prep_object_words(verb, p) for p in ("from", "on", "in")))
    if words & _ESCAPED_FROM:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "people fleeing Cuba"
    return subject is not None and subject.lemma_.lower() in _FLEEING_CROWDS


#: Who seizes things by law: a confiscation or a takeover, not an armed capture.
_LAW_SEIZERS = {"police", "policeman", "officer", "agent", "customs", "regulator", "authority", "official",
                "investigator", "deputy", "trooper", "prosecutor", "court", "detective", "sheriff", "inspector"}


#: Who takes a witness's statement, and the hearings a statement is part of.
_STATEMENT_TAKERS = {"police", "officer", "officers", "deputy", "deputies", "detective", "detectives", "investigator",
                     "investigators", "trooper", "troopers", "sheriff", "agent", "agents"}
_HEARINGS = {"sentencing", "trial", "hearing", "inquest", "arraignment"}


def _statement_in_a_case(noun: Token) -> bool:
    """A statement that is evidence in a case, not a party's position: given to the police
    ("provided a statement to deputies") or in a hearing ("make a statement during
    sentencing")."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() not in ("give", "provide", "make", "write", "sign", "take"):
        return False
    preps = [p for p in (*head.children, *noun.children) if p.dep_ in ("prep", "dative")]
    words = {o.lower_ for p in preps for o in p.children if o.dep_ == "pobj"} | \
            {t.lower_ for p in preps if p.lower_ == "to" for t in p.subtree}
    return bool(words & (_STATEMENT_TAKERS | _HEARINGS))


def _fought_without_foe(verb: Token) -> bool:
    """The verb's object, or what its object is aimed at, is a fire or a flood ("attacked the
    blaze", "launched an attack on the flames"), not a foe."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
              for o in p.children if o.dep_ == "pobj"]
    return any(h.lower_ in _NOT_FOES or h.lemma_.lower() in _NOT_FOES for h in heads)


def _confiscation(verb: Token) -> bool:
    """'Seize' done by the police, customs, regulators or a court ("police seized a car bomb",
    "the thrift was seized by regulators"), unless what is seized is a place (a raid on a town)."""
    doer = _subject_or_agent(verb, ("nsubj",))
    if doer is None or doer.lemma_.lower() not in _LAW_SEIZERS:
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(c.ent_type_ in ("GPE", "LOC", "FAC") for h in held for c in h.subtree)


def _agentless_passive(verb: Token) -> bool:
    """A passive whose doer is not named: "the man accused of the killing", "she is accused of
    fraud", the headline's "Farmer accused of theft" (not "accused by the ministry of lying",
    not "the ministry accused him")."""
    if any(c.dep_ in ("agent", "dobj") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in verb.children)):
        return True
    # a headline drops the "is": the verb has no object of its own, only what it is accused of
    return verb.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def _hit_and_run(token: Token) -> bool:
    """The word "hit-and-run" (one token, or "hit - and - run")."""
    return token.lower_ == "hit-and-run" or (token.lower_ == "run" and token.i > 1 and token.nbor(-1).lower_ == "-"
                                              and token.nbor(-2).lower_ == "and")


def _subject_or_agent(verb: Token, subjects: tuple[str, ...]) -> Token | None:
    """The verb's first child in one of the ``subjects`` relations or its "by" agent (the
    agent's noun), whichever comes first; None without either."""
    child = next((c for c in verb.children if c.dep_ in subjects or c.dep_ == "agent"), None)
    if child is not None and child.dep_ == "agent":
        return next((g for g in child.children if g.dep_ == "pobj"), None)
    return child


_NOT_FIGHTERS = {"campaign", "ad", "advertisement", "law", "policy", "bill", "measure", "program", "programme",
                 "plan", "rule", "regulation", "tax", "proposal", "study", "report", "survey", "scheme", "scam",
                 "letter", "email", "website", "marketing", "company", "firm", "store", "retailer"}


#: what is battled or fought without a foe
_NOT_FOES = {"fire", "fires", "blaze", "blazes", "flames", "wildfire", "wildfires", "flood", "floods", "flooding",
             "cancer", "illness", "disease", "addiction", "traffic", "odds", "cold", "heat", "snow"}
_FIRES = {"fire", "blaze", "flames", "wildfire"}
#: an accusation's own words: "charges that ...", "bitter charges", "repeated charges"
_ACCUSING_VERBS = {"repeat", "level", "make", "trade", "exchange", "rebut", "counter"}


def _accusation(noun: Token) -> bool:
    """'Charges' in the sense of accusations, not of a criminal case."""
    if any(c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
           for c in noun.children):
        return True  # "charges that his relatives had offered him money"
    if any(c.dep_ == "amod" and c.lower_ in ("bitter", "wild", "unfounded", "baseless", "false", "political")
           for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ACCUSING_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "against" for c in (*noun.children, *noun.head.children))


#: ships of a navy
_NAVAL = {"carrier", "warship", "destroyer", "frigate", "submarine", "vessel", "vessels", "ship", "ships", "cruiser",
          "navy", "fleet"}
#: what a state joins by treaty
_BLOCS = {"union", "nato", "alliance", "council", "organization", "organisation", "bloc", "treaty", "convention",
          "eu", "wto", "commonwealth", "eurozone"}
#: where a defendant appears
_COURT_WORDS = {"court", "courthouse", "courtroom", "judge", "magistrate", "jury", "tribunal"}


def _court_attached(token: Token) -> bool:
    """A court is where the word's own phrases put it: a court word in a phrase on "in",
    "before" or "at" hanging from the word or from its bare date ("appear April 9 in ...
    Court"), not in a clause of its own ("appeared calm as the judge read the verdict")."""
    heads = [token] + [c for c in token.children if c.dep_ in ("npadvmod", "advmod") and c.i > token.i]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "before", "at") and
               {t.lower_ for t in c.subtree} & _COURT_WORDS for h in heads for c in h.children)
#: words for a wanted person ("the suspect was captured")
_WANTED = {"suspect", "fugitive", "gunman", "killer", "escapee", "inmate", "man", "woman", "teen", "robber",
           "murderer", "shooter", "bomber", "he", "she", "him", "her"}


def _capture_type(verb: Token) -> str | None:
    """What "capture" names: a person captured is arrested ("Clark was captured following a
    manhunt"), a share of the vote won is an election ("captured 1.3 percent of the vote"),
    a capture on video is none; a town captured is an attack."""
    if _prep_object_words(verb, "on") & {"video", "camera", "film", "tape", "cctv"}:
        return None  # "the man was captured on video stealing a bike"
    if _captures_a_person(verb):
        return "arrest"
    if _object_words(verb) & {"vote", "votes", "percent", "seat", "seats", "%"}:
        return "election"
    return VERB_TYPES["capture"]


def _captures_a_person(verb: Token) -> bool:
    """The verb's object, or its subject in the passive, is a person: a named one or a wanted man."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and (child.ent_type_ == "PERSON" or child.lower_ in _WANTED
                                                    or child.lemma_.lower() in _WANTED):
            return True
    return False


def _armed_vehicle(vehicle: Token) -> bool:
    """A vehicle of a state or an army: "Russian jets", "its aircraft", "Israeli warplanes",
    "army helicopters" strike in an attack, not a crash."""
    for child in vehicle.children:
        if child.ent_type_ in ("NORP", "GPE", "ORG") and child.lower_ not in _CAR_MODELS \
                or child.lower_ in ("its", "their") \
                or child.lemma_.lower() in _ARMED | _MILITARY | {"enemy"}:
            return True  # not a person's: "the deputy's vehicle struck the back of his car"
    return vehicle.lemma_.lower() in ("warplane", "warship", "gunship", "bomber")


def _object_words(verb: Token) -> set[str]:
    """Lower-cased words of the verb's object (or passive subject) phrase."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            words.update(t.lower_ for t in child.subtree)
    return words


def noun_type(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    text = token.lower_
    if lemma == "rally" and any(c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in token.children):
        return "support"  # "rallies behind Ukraine" (also when the tagger makes the verb a noun)
    if lemma == "sit":
        return "protest" if _sit_in(token) else None
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in ("explosion", "blast") and (modifiers & (_BOMBS | _TERROR) or _sentence_words(token) & _BOMBS
                                            or _told_of_bombing(token)):
        return "attack"  # "the blast" of a bomb; "the embassy blast" of an article on the bombings
    if lemma == "fire" and (token.head.lemma_.lower() in ("open", "exchange", "return", "come")
                            or token.head.lower_ == "under"
                            or (token.head.lower_ == "of" and token.head.head.lemma_.lower() in _GUNFIRE_HEADS)
                            or modifiers & {"artillery", "rocket", "sniper",
                                                                                      "mortar", "machine-gun", "tank"}):
        return "attack"  # "opened fire", "came under fire"
    if lemma == "accident" and token.head.lower_ == "by":
        return None  # "by accident"
    if lemma == "strike" and (modifiers & _LABOUR or token.head.lower_ == "on"):
        return "protest"  # "a general strike", "workers went on strike"
    if lemma in ("conference", "briefing") and modifiers & {"news", "press"}:
        return "statement"
    if lemma in ("exercise", "exercises", "drill", "drills") and not modifiers & _MILITARY:
        return None  # "an exercise in futility"
    if lemma in ("trial", "plea", "verdict", "conviction", "sentencing", "charges", "custody") and modifiers & {
            "clinical", "drug", "vaccine", "field", "child"}:
        return None
    if lemma in ("statement", "report", "release") and token.head.lower_ == "to" \
            and token.head.head.lower_ == "according":
        return None  # "according to a statement by the prosecutor": the source of another happening
    if lemma in ("charge", "charges") and _accusation(token):
        return "condemn"  # "repeated charges that his relatives had offered him money"
    if lemma == "plea" and token.dep_ == "dobj" and token.head.lemma_.lower() in ("make", "issue", "launch", "renew"):
        return "statement"  # "made a plea Saturday" for information: an appeal, not a plea in court
    if lemma == "campaign" and modifiers & {"military", "bombing", "air", "terror", "terrorist"}:
        return "attack"
    if lemma in ("buildup", "build-up"):
        # "the U.S. military buildup in the Gulf", "a buildup of troops"; not of stocks or debt
        of = {t.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
        return "deploy" if modifiers & (_MILITARY | _FORCES) or of & _FORCES else None
    if lemma == "appearance":
        # "a court appearance", "a pending appearance in Middlesex Superior Court"; not a
        # singer's appearance on a show
        return "arrest" if modifiers & _COURT_WORDS or _court_attached(token) else None
    if lemma in ("statement", "statements") and _statement_in_a_case(token):
        return None  # "provided a statement to deputies", "made no statement during sentencing"
    if lemma in ("attack", "assault", "offensive", "battle", "fight") and any(
            o.lower_ in _NOT_FOES or o.lemma_.lower() in _NOT_FOES for p in token.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children if o.dep_ == "pobj"):
        return None  # "an initial attack on the flames", "the fight against the wildfire"
    if lemma == "custody" and token.head.head.lemma_.lower() in ("die", "death"):
        return None  # "died in police custody": a death, not an arrest
    if lemma == "custody" and _guardianship(token):
        return None  # "has custody of his son", "fighting for permanent custody": a family matter
    if lemma == "custody" and token.dep_ == "compound":
        return None  # "the custody battle", "a custody hearing": a family case, not an arrest
    if lemma in ("battle", "fight", "war"):
        if modifiers & _NOT_COMBAT:
            return None  # "a legal battle", "the custody fight", "a budget war"
        contest = {t.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over", "with", "against")
                   for t in c.subtree}
        if contest & _OFFICES:
            return "election"  # "the battle for the seat", "a fight with the winner of the nomination"
    if lemma == "war" and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return None  # "the war in Ukraine" is background; "a five-day war last August" a happening
    return NOUN_TYPES.get(text) or NOUN_TYPES.get(lemma)


#: Kinds of custody of a child, not of a suspect.
_GUARDIANSHIPS = {"temporary", "permanent", "joint", "sole", "full", "legal", "physical", "shared", "primary"}
#: Verbs whose object is custody of a child ("seek custody", "won custody", "has custody of him").
_GUARDIANSHIP_VERBS = {"have", "seek", "win", "lose", "gain", "grant", "award", "share", "regain", "get", "give",
                       "keep", "retain"}


def _guardianship(custody: Token) -> bool:
    """'Custody' of a child by a parent or relative: a possessor ("his custody"), an "of"
    complement ("custody of the boy"), a kind ("temporary custody"), or the object of a verb
    of having or seeking it. A suspect is "in custody", "taken into custody", "remanded to
    custody"."""
    if any(c.dep_ == "poss" for c in custody.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in custody.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _GUARDIANSHIPS for c in custody.children):
        return True
    head = custody.head
    if custody.dep_ == "dobj" and head.lemma_.lower() in _GUARDIANSHIP_VERBS:
        return True
    return custody.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("fight", "battle", "sue", "petition", "file")


#: Modifiers of "battle", "fight", "war" that make it no armed one.
_NOT_COMBAT = {"custody", "legal", "court", "courtroom", "political", "electoral", "budget", "uphill", "bureaucratic",
               "ratings", "bidding", "takeover", "proxy", "price", "trade", "tariff", "culture", "turf", "public",
               "relations", "propaganda", "verbal", "word", "words"}
_LABOUR = {"general", "hunger", "labour", "labor", "teachers", "workers", "nationwide", "national", "transport",
           "rail", "doctors", "nurses", "miners", "truckers", "union"}
_MILITARY = {"military", "naval", "joint", "army", "air", "war", "live-fire", "combat", "missile", "nuclear",
             "amphibious", "defence", "defense"}


def _sit_in(token: Token) -> bool:
    """"a sit-in" (split by the tokenizer into sit - in) or "staged a sit in"."""
    doc = token.doc
    following = [t.lower_ for t in doc[token.i + 1:token.i + 3]]
    return following[:2] == ["-", "in"] or following[:1] == ["in"] and token.pos_ == "NOUN"


def _sentence_words(token: Token) -> set[str]:
    return {t.lower_ for t in token.sent}


# Clause roles a noun takes only when the tagger has mistaken a participle for one:
# "Arriving in Wonsan, Lavrov was received ..." (advcl).
_CLAUSE_DEPS = {"advcl", "xcomp", "ccomp", "pcomp", "relcl", "acl"}


def could_be_gerund(lower: str) -> bool:
    """True when a word has the shape :func:`gerund_type` reads as a verb ("arriving")."""
    return lower.endswith("ing") and len(lower) >= 6


def gerund_type(token: Token) -> str | None:
    """The event type of an "-ing" word tagged as a noun that heads a clause of its own
    ("Arriving in Wonsan, ..."), read as the verb it is; None otherwise."""
    text = token.lower_
    if token.pos_ != "NOUN" or token.dep_ not in _CLAUSE_DEPS or not text.endswith("ing") or len(text) < 6:
        return None
    stem = text[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if lemma and lemma in VERB_TYPES and lemma not in _NEEDS_GOODS and lemma not in ("launch", "fire", "send",
                                                                                       "receive", "call", "back"):
            return VERB_TYPES[lemma]
    return None


_WEAPONS = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "shell", "shells",
            "attack", "strike", "strikes", "offensive", "assault", "barrage", "salvo", "round",
            "rounds", "projectile", "projectiles", "bomb", "bombs", "artillery", "fire", "shot", "shots"}


def _has_weapon_object(token: Token) -> bool:
    for child in token.subtree:
        if child.lower_ in _WEAPONS or child.lemma_.lower() in _WEAPONS:
            return True
    return False


def mode_of(trigger: Token) -> str:
    """How sure the sentence is that the happening took place."""
    head_chain = [trigger]
    node = trigger
    while node.head != node and len(head_chain) < 4 and node.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "pobj", "prep", "dobj"):
        node = node.head
        head_chain.append(node)
    for node in head_chain:
        children = list(node.children)
        lowers = {c.lower_ for c in children}
        if node != trigger and node.lemma_.lower() in _DENY_VERBS:
            return "denied"
        if node != trigger and node.lemma_.lower() in _THREAT_VERBS:
            return "threatened"
        if any(c.dep_ == "neg" for c in children):
            return "denied"
        if lowers & _MODAL_HYPOTHETICAL:
            return "hypothetical"
        if lowers & _MODAL_FUTURE or "going" in lowers and node == trigger:
            return "planned"
        if node != trigger and node.lemma_.lower() in _PLAN_VERBS:
            return "planned"
        if node != trigger and node.lower_ == "due" and any(c.dep_ == "xcomp" for c in children):
            return "planned"  # "is due to appear in court"; not "damage due to the storm"
        if node.pos_ == "NOUN" and any(c.lower_ in _FUTURE_ADJ for c in children):
            return "planned"
        if node.dep_ in ("advcl",) and any(c.lower_ == "if" for c in children):
            return "hypothetical"
    return "asserted"
