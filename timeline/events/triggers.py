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

from itertools import islice

from spacy.tokens import Span, Token

from geodata.gazetteer.index import country_named
from geodata.language.pipeline import doc_text, is_headline, opens_paragraph

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
    "second": "support",  # "seconded the call" (see verb_type)
    "announce": "statement", "confirm": "statement", "reiterate": "statement", "express": "statement", "declare": "statement", "urge": "statement",
    "stress": "statement", "emphasize": "statement", "emphasise": "statement", "assure": "statement",
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
    "task": "other",  # "tasked with forming the new government" (see verb_type)
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
# Appeals and warnings: what they name is their topic ("urged allies to impose sanctions",
# "called for a ceasefire"), not a happening of its own.
APPEAL_VERBS = {"urge", "call", "demand", "appeal", "ask", "press", "warn", "threaten", "caution"}
SAY_VERBS = {"say", "tell", "state", "add", "note", "write", "report", "claim", "insist"}
#: Verbs of speaking that tell a saying only when the speaker's words follow them quoted in full
#: ("the chief spoke of the deal: \"...\"", "the minister replied, \"...\""): with no quotation
#: they tell no words of the speaker's ("spoke at the ceremony"). Not "commented": a remark made
#: on a thing seen, more often an account or a bystander's aside than a party's position.
QUOTE_VERBS = {"remark", "speak", "explain", "reply", "respond", "observe", "answer"}
#: Titles of one who speaks for a body, not in their own name ("a ministry spokeswoman said"):
#: the one list the office, body and speaker word sets of features, actors and extract take them from.
SPOKESPERSON_TITLES = {"spokesman", "spokeswoman", "spokesperson"}
#: The kind words a body noun may carry that make it a local one ("the city council", "the
#: school board"): actors' named-body kinds and the core of locate's local-body words.
BODY_KIND_WORDS = {"city", "county", "town", "district", "borough", "parish", "village", "state", "school"}

# When a sentence has several triggers, the most specific happening wins.
TYPE_RANK = {t: i for i, t in enumerate((
    "attack", "violence_against_civilians", "riot", "protest", "arrest", "sanction", "disaster", "accident",
    "deploy", "supply", "aid", "visit", "meet", "agree", "election", "warn", "condemn",
    "support", "statement", "other",
))}

#: Modals of mere possibility (not of a plan: "will", "would", "is to").
MAY_MODALS = {"can", "could", "may", "might"}
#: Words that make a happening hypothetical: the modals of possibility but "can" (of an active
#: verb, an ability: "police can detain anyone"; a participle after any of them is read by
#: :func:`only_possible_participle`), "should", and adverbs of possibility.
_MODAL_HYPOTHETICAL = (MAY_MODALS - {"can"}) | {"should", "possibly", "perhaps"}
# "would" in reported speech is the future seen from the past: "said it would send troops".
_MODAL_FUTURE = {"will", "shall", "'ll", "would", "wo"}
_PLAN_VERBS = {"plan", "intend", "prepare", "expect", "aim", "schedule", "set", "hope", "seek",
               "propose", "want", "consider", "promise", "agree", "decide"}
_THREAT_VERBS = {"threaten"}
#: triggers that are themselves a threat of the speaker's own act when they take an infinitive
_THREAT_TRIGGERS = {"threaten", "vow"}
_REVENGE = {"revenge", "retaliation", "vengeance", "retribution", "reprisal", "reprisals"}
#: "would" with an "if" clause: a consequence of a condition ("would be killed if deported");
#: "could" and "might" are hypothetical with or without one (_MODAL_HYPOTHETICAL)
_MODAL_CONDITIONAL = {"would"}
_IF = {"if", "unless"}
#: conjunctions that join verbs of contrasting polarity ("would not say but confirmed")
_CONTRAST = {"but", "yet"}
#: Verbs by which a party denies a happening ("denied the officers had met"): its denial (codebook §2)
DENY_VERBS = {"deny", "reject", "refute", "dismiss"}
_FUTURE_ADJ = {"upcoming", "planned", "proposed", "future", "forthcoming", "next", "expected",
               "potential", "possible"}


#: (lemma, form) the lemmatiser gets wrong -> the verb's lemma ("fined" is not a form of "fin")
_LEMMA_REPAIRS = {("fin", "fined"): "fine", ("fin", "fining"): "fine"}


def _met_by_no_party(token: Token) -> bool:
    """"Meet" in the passive with no party on the other side: an encounter or a reception ("the
    clerk was met by a man with a gun", "the plan was met with criticism"), no meeting. Not "was met
    at the airport by Foreign Minister Ana Ruiz" (a named person or a body)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    others = [o for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
              for o in c.children if o.dep_ == "pobj"]
    return bool(others) and not any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                    for o in others)


#: what one meets without meeting anybody ("met the deadline", "meets the requirements")
_MET_STANDARDS = {"test", "tests", "deadline", "deadlines", "requirement", "requirements", "criteria", "criterion",
                  "standard", "standards", "goal", "goals", "target", "targets", "need", "needs", "demand", "demands",
                  "expectation", "expectations", "threshold", "obligation", "obligations", "quota", "condition",
                  "conditions", "definition", "qualifications", "challenge", "cost", "costs", "payroll", "end", "ends",
                  "fate", "death"}  # (the object's own head: "met relatives of the man whose death ..." is a meeting)
#: animals whose attacks are mishaps, not an armed actor's violence (singular lemmas)
_ANIMALS = {"dog", "pitbull", "rottweiler", "bear", "shark", "alligator", "crocodile", "snake", "bee", "hornet",
            "wasp", "cougar", "lion", "tiger", "leopard", "wolf", "wolves", "elephant", "hippo", "bison", "moose",
            "coyote", "horse", "bull", "cow", "boar", "jaguar", "puma", "monkey", "baboon", "animal"}
_ANIMAL_HARM_VERBS = {"attack", "kill", "injure", "wound", "maul", "bite", "trample", "gore", "sting"}


#: What a body invites a party into when the invitation is its decision to admit or a
#: meeting, a visit or a negotiation it opens ("invited Ukraine to join the alliance", "invited
#: Modi to visit", "invited three states to start accession talks").
_INVITED_INTO = {"join", "accede", "visit", "attend", "meet", "come", "travel", "sign", "participate", "take",
                 "start", "begin", "open"}


def _invited_to_act(verb: Token) -> bool:
    """An invitation to do something other than join a body or come to a meeting or a visit
    ("the two governments invited the rebels to return to the talks", "the bishop invited
    everyone to welcome the pope"): a call on others (codebook: appeals and calls are
    statements), not an agreement; "invited Ukraine to join the alliance" or "to start
    accession talks" stays an admission (agree), "invited the minister to visit Rome" the
    visit it arranges."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return bool(acts) and not any(a.lemma_.lower() in _INVITED_INTO for a in acts)


#: Acts of one state's lawmaking that its leader signs into force (no party's agreement with another).
_ENACTMENTS = {"law", "bill", "decree", "legislation", "ordinance", "statute"}


def _signs_a_law(verb: Token) -> bool:
    """A verb "sign" whose object is a law, a bill or a decree ("Putin signs a law allowing
    ...", "the governor signed the bill on Friday") or that signs something "into law": a
    state's own measure (codebook: other, policy measures), not an agreement between parties."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ENACTMENTS for c in verb.children) \
        or "law" in _prep_object_words(verb, "into")


def _animal_doer(verb: Token) -> bool:
    """The verb's doer (active subject or passive agent) is an animal ("a shark attacked", "mauled by dogs")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        doers = [verb.head]
    return any((d.lemma_.lower() in _ANIMALS or d.lower_.rstrip("s") in _ANIMALS)
               and d.pos_ != "PROPN" and not d.ent_type_  # not "the Tamil Tigers"
               and not {t.lower_ for t in d.lefts} & _RIDDEN_BY_FORCES for d in doers)


#: What a mandate to form is a government of.
_GOVERNMENTS = {"government", "cabinet", "coalition"}


def _forms_a_government(verb: Token) -> bool:
    """The verb's "with forming X" (or "to form X") names a government ("tasked with forming
    the new government", "was tasked to form a cabinet")."""
    forming = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pcomp"]
    forming += [c for c in verb.children if c.dep_ == "xcomp"]
    return any(f.lemma_.lower() == "form" and _object_words(f) & _GOVERNMENTS for f in forming)


def _animal_victim(verb: Token) -> bool:
    """The passive's subject (the one harmed) is an animal ("the horse was killed", "two dogs
    were injured"): with no doer named, an animal's or a mishap's doing, no armed attack."""
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not victims and verb.dep_ in ("pcomp", "advcl", "conj", "xcomp"):
        # "a horse was killed after being attacked": the clause's victim is the main verb's
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        victims = [c for c in head.children if c.dep_ == "nsubjpass"]
    return any((v.lemma_.lower() in _ANIMALS or v.lower_.rstrip("s") in _ANIMALS)
               and v.pos_ != "PROPN" and not v.ent_type_ for v in victims)


#: Road users whose harm with no doer named is a road mishap ("a cyclist was injured").
_ROAD_USERS = {"motorist", "motorists", "motorcyclist", "motorcyclists", "cyclist", "cyclists", "bicyclist",
               "bicyclists", "biker", "bikers", "pedestrian", "pedestrians"}
#: Words that tell of an attacker or a weapon: then the harm may be an attack.
_ASSAULT_WORDS = {"shot", "shoot", "shooting", "gun", "gunman", "gunmen", "stab", "stabbed", "stabbing", "knife",
                  "bomb", "blast", "attack", "attacked", "attacker", "assault", "assaulted", "beaten", "beat",
                  "suspect", "robbed", "robber", "murder", "murdered", "fight", "fighting", "strike", "airstrike",
                  "missile", "drone", "shelling", "charged", "arrested"}  # (not "police said": they report crashes)


#: Verbs of dying: a mishap's toll told with no other word for the mishap (see :func:`_death_in_mishap`).
DEATH_VERBS = {"die", "perish"}
#: Words of violence or illness that make a death no mishap's: "died after being tasered",
#: "died of cancer", "died in the attack".
_NO_MISHAP_DEATH = _ASSAULT_WORDS | {"kill", "killed", "killing", "slain", "taser", "tasered", "stun", "custody",
                                     "jail", "prison", "illness", "cancer", "disease", "suicide", "overdose",
                                     "execution", "executed", "war", "battle", "wounds", "injuries", "age"}


_MISHAP_TYPES = {"VERB": VERB_TYPES, "NOUN": NOUN_TYPES}


def _circumstance(child: Token) -> bool:
    """A verb's dependent that is a clause of the circumstance it came in: "when the ice gave
    way", "trying to reach the coast", "after being run over" (not an aim: "to give her son
    freedom")."""
    if child.dep_ == "prep" and child.lower_ in CAUSE_MARKS:
        return any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in child.children)
    return child.dep_ in ("advcl", "xcomp", "ccomp") and child.pos_ in ("VERB", "AUX") and not to_infinitive(child)


def _death_in_mishap(verb: Token) -> bool:
    """A death told as done with the circumstance it came in, a clause of its own ("An old man
    dies after being run over in a car park", "two hikers died when the ice gave way", "her
    parents died trying to reach the coast"), in a sentence with no word of violence, illness or
    custody and no word of its own for the mishap: a mishap (codebook: accident) of which the
    death is the toll. Not a wish or a view ("wanted to die", "the right to die"), a negation
    or modal, nor a bare death ("died on Tuesday at his home": an obituary's)."""
    if verb.dep_ not in ("ROOT", "conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False
    if not any(_circumstance(c) for c in verb.children):
        return False
    if any(t.i != verb.i and _MISHAP_TYPES.get(t.pos_, {}).get(t.lemma_.lower()) in ("accident", "disaster")
           for t in verb.sent):
        return False  # "died when their boat sank": the mishap's own word tells it
    return not {t.lower_ for t in verb.sent} & _NO_MISHAP_DEATH


def _road_user_harmed(verb: Token) -> bool:
    """A harm with no doer (no agent or object; as a participle, its subject is the one harmed)
    in a sentence about a road user or a vehicles' collision and no attacker or weapon: "Family
    finds motorcyclist injured in ditch", "a pedestrian was killed on Route 9 on Friday", "five
    are killed when a car collides with a bus" tell a road mishap (codebook: accident), not an
    armed actor's attack."""
    if any(c.dep_ in ("agent", "dobj") or c.dep_ == "nsubj" and verb.tag_ != "VBN" for c in verb.children):
        return False
    words = {t.lower_ for t in verb.sent}
    return bool(words & _ROAD_USERS or _vehicles_collide(verb.sent, words)) and not words & _ASSAULT_WORDS


#: Word forms of a collision that the tagger may misread ("a car jumps a median and collides
#: with a bus", "after a truck rams motorcycles"): with a vehicle, the mishap the harm came in.
_COLLISION_WORDS = {"collide", "collides", "collided", "colliding", "collision", "ram", "rams", "rammed", "crash",
                    "crashes", "crashed", "plough", "ploughs", "ploughed", "plow", "plows", "plowed", "overturn",
                    "overturns", "overturned", "derail", "derails", "derailed", "plunge", "plunges", "plunged"}


def _vehicles_collide(sentence: Span, forms: set[str]) -> bool:
    """The sentence tells of a civilian vehicle colliding, ramming, crashing or overturning
    ("five are killed when a car collides with a bus", "killed after a truck rams motorcycles"),
    with no weapon or armed party in it ("Russian jets struck", "a car bomb"): the harm is that
    mishap's toll. Not when a word read as the mishap's names it ("killed in a bus crash"):
    that word is the event. ``forms`` is the caller's set of the sentence's lowercased word
    forms; the lemmas are added here."""
    words = forms | {t.lemma_.lower() for t in sentence}
    if not words & _COLLISION_WORDS or words & _ARMED_HARM_WORDS:
        return False
    if any(_MISHAP_TYPES.get(t.pos_, {}).get(t.lemma_.lower()) == "accident" for t in sentence):
        return False
    return any(t.lemma_.lower() in _MOTOR_DOERS and not _armed_vehicle(t) for t in sentence)


#: The nouns of people protesting, both spellings: the core of the protest doers, the protest's
#: crowd and the crowds of clashes and marches below.
PROTESTER_NOUNS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators"}
#: Doers whose visit to a place is a protest action.
_PROTEST_DOERS = PROTESTER_NOUNS | {"activist", "activists", "campaigner", "campaigners", "picketer", "picketers"}


def _protesters_act(token: Token) -> bool:
    """The doer of a visit is a body of protesters ("activists visited the homes of bank
    executives", "a busload of activists paid visits to their homes"): a protest action
    (codebook: disruptive actions), not a party's trip. For the noun, the doer is the subject of
    the verb it is the object of ("paying visits")."""
    verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
    if token.pos_ in ("NOUN", "PROPN") and verb is token:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(t.lower_ in _PROTEST_DOERS for s in subjects for t in s.subtree):
        return True
    # "Dozens of campaigners -- outnumbered by reporters -- paid visits to the homes of the
    # mill's owners to protest the closure": a call made to protest is the protest itself
    return any(c.dep_ == "advcl" and c.lemma_.lower() in _CROWD_VERBS - {"rally"}
               and to_infinitive(c) for c in verb.children)


#: Animals that carry a force ("mounted police horses trampled protesters"): the force acts.
_RIDDEN_BY_FORCES = {"police", "mounted", "army", "military", "cavalry"}


def _cause_type(token: Token, subject: Token | None) -> str | None:
    """``disaster`` or ``accident`` when a killing's doer, or the doer of the clause that tells
    what led to it, is a natural hazard or a mishap: "bootleg alcohol kills 37 people", "a man
    is killed after high winds cause a tree to fall on his car", "five are killed when a soil
    collapse buries a house", or when a "due to" / "because of" phrase names a hazard ("ten
    people are killed due to strong winds and heavy rain"). None when no such cause is named
    ("gunmen killed six", "killed after an argument", "artillery fire killed 19")."""
    causes = [subject] if subject is not None and subject.dep_ == "nsubj" else []
    # (the clause may hang on a joined verb: "five are killed and three are injured when ...")
    for clause in (c for verb in _joined_verbs(token) for c in verb.children):
        if _vehicle_mishap_clause(clause):
            return "accident"  # "ten are killed after a bus falls down a ravine"
        if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS
                                          for m in clause.children):
            causes += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject is None or subject.dep_ != "nsubj":
        # "ten people are killed ... due to strong winds and heavy rain": a hazard named by a
        # phrase of cause in the harm's own clause (weather words too: no word of its own names
        # the disaster then)
        for phrase in _cause_phrases(token):
            for cause in phrase:
                if cause.lemma_.lower() in _WEATHER | _HAZARDS or cause.lower_ in _WEATHER | _HAZARDS:
                    return "disaster"
            causes += phrase
    # (a storm, a quake, a fire or a crash is a happening's word of its own: the sentence's
    # disaster or accident is that word's event, the killing its toll; "artillery fire" kills
    # in an attack)
    for cause in causes:
        word = cause.lemma_.lower()
        if word in _NATURAL_CAUSES or (word == "collapse" and any(c.lemma_.lower() in _NATURAL_GROUND
                                                                  for c in cause.lefts)):
            return "disaster"
        if word in _MISHAP_CAUSES:
            return "accident"
    return None


def _joined_verbs(verb: Token) -> tuple[Token, ...]:
    """The verb and the verbs joined to it, whose clauses may tell what led to its harm: "five
    are killed and three are injured when ..." (a conjunct), and, where the parser reads a list
    of tolls as a clause of its next item ("One person is killed, five others are rescued and
    nine are reported missing when a truck falls off a bridge": "killed" a ccomp of "rescued"),
    the verb it hangs from and that verb's conjuncts."""
    joined = (verb, *verb.conjuncts)
    head = verb.head
    if verb.dep_ == "ccomp" and verb.i < head.i and head.pos_ == "VERB" and any(
            c.dep_ == "nsubjpass" for c in head.children):
        joined += (head, *head.conjuncts)
    return joined


#: Verbs of a vehicle's (or a thing's) mishap when they tell what led to a harm: "killed after
#: a multicab falls into rocky terrain", "injured when the jeepney overturns".
_MISHAP_MOTIONS = {"fall", "plunge", "overturn", "capsize", "veer", "skid", "derail", "flip", "topple", "careen"}


def _vehicle_mishap_clause(clause: Token) -> bool:
    """A clause of what led to a harm ("after ...", "when ...") whose doer is a vehicle of no
    army, in a sentence with no weapon, armed party or assault ("ten are killed after a bus
    falls down a ravine", "injured when a minibus overturned"): the harm is a road (or
    rail, air, water) mishap's toll (codebook: accident), whatever verb tells the mishap. Not
    "killed when Russian jets struck" nor "when their helicopter was shot down". The parser
    may join the clause to the harm as a conjunct ("killed and injured after a bus falls")."""
    if clause.dep_ not in ("advcl", "conj") or clause.pos_ not in ("VERB", "AUX") or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS and m.i < clause.i for m in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and (c.lemma_.lower() in _MOTOR_DOERS or _thing_in_mishap(c, clause))
               and c.ent_type_ != "PERSON" and not _armed_vehicle(c) for c in clause.children):
        return False
    return no_violence_told(clause.sent)


def _thing_in_mishap(subject: Token, clause: Token) -> bool:
    """A common noun (no name, no pronoun) doing a verb of a mishap's motion
    (:data:`_MISHAP_MOTIONS`): "a multicab falls into rocky terrain", "the jeepney overturns" --
    a vehicle of a kind no list names, or a thing that gives way."""
    return clause.lemma_.lower() in _MISHAP_MOTIONS and subject.pos_ == "NOUN"


def no_violence_told(sentence: Span) -> bool:
    """The sentence names no word of :data:`_ARMED_HARM_WORDS` (as written or as its lemma)."""
    return not any(t.lower_ in _ARMED_HARM_WORDS or t.lemma_.lower() in _ARMED_HARM_WORDS for t in sentence)


def _toll_of_the_mishap_before(verb: Token) -> str | None:
    """``accident`` or ``disaster`` for a harm told as a bare toll (a passive with no doer:
    "At least 17 migrants are killed.", "In the north, 40 more are also confirmed killed") right
    after a sentence of the same paragraph that tells a mishap or a natural disaster by its own
    word ("A boat capsizes off the coast.", "The toll from the floods rises to 900."), with no
    weapon, armed party or assault in either sentence: the harm is that mishap's toll (or a
    like one's nearby), not an attack. None otherwise ("A bomb exploded. Five were killed.")."""
    # (the victims may be the subject of a passive verb of telling: "are confirmed killed")
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.tag_ == "VBN" else verb
    victims = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if verb.tag_ != "VBN" or not victims or any(
            c.dep_ in ("agent", "dobj", "neg") for v in (verb, clause) for c in v.children):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for v in victims for c in v.children):
        return None  # "No residents were injured": no toll
    sentence = verb.sent
    if sentence.start == 0 or any(t.lemma_.lower() not in _HARM_BY_VEHICLE and _MISHAP_TYPES.get(
            t.pos_, {}).get(t.lemma_.lower()) in ("accident", "disaster") for t in sentence):
        return None  # ("killed in a house fire": the sentence's own word tells the mishap)
    before = verb.doc[sentence.start - 1].sent
    if opens_paragraph(sentence, doc_text(verb.doc)):
        return None  # another paragraph (a digest's next item)
    if not no_violence_told(sentence) or not no_violence_told(before):
        return None
    for token in before:
        if token.lemma_.lower() in _HARM_BY_VEHICLE:
            continue  # (a toll of its own, not the mishap's word)
        kind = noun_type(token) if token.pos_ == "NOUN" else verb_type(token) if token.pos_ == "VERB" else None
        if kind in ("accident", "disaster"):
            return kind
    return None


#: Phrases of cause before their object: "due to", "owing to", "because of".
_CAUSE_PHRASES = {("due", "to"), ("owing", "to"), ("because", "of")}


def _cause_phrases(verb: Token) -> list[list[Token]]:
    """The objects of the phrases of cause ("due to strong winds and heavy rain", "because of a
    landslide") in the verb's clause (its own words and those of verbs joined to it, wherever
    the parser hangs the phrase there), each phrase's objects with the nouns joined to them."""
    words = {t.i for v in (verb, *verb.conjuncts) for t in v.subtree}
    phrases = []
    for token in verb.sent:
        if token.i not in words or token.i == 0 or (verb.doc[token.i - 1].lower_, token.lower_) not in _CAUSE_PHRASES:
            continue
        # (the parser may hang the object on the first word: "due[to] winds")
        objects = [c for w in (verb.doc[token.i - 1], token) for c in w.children if c.dep_ == "pobj"]
        phrases.append([t for o in objects for t in (o, *o.conjuncts)])
    return phrases


#: Gear one deploys without moving any force: "deployed sandbags", "a portable wall system".
_DEPLOYED_GEAR = {"system", "systems", "wall", "walls", "barrier", "barriers", "sandbag", "sandbags", "pump", "pumps",
                  "boom", "booms", "airbag", "airbags", "parachute", "parachutes", "software", "technology", "camera",
                  "cameras", "app", "tool", "tools", "fence", "fences", "dike", "dikes", "levee", "levees",
                  "generator", "generators", "net", "nets", "sensor", "sensors", "network", "platform"}
#: Missiles and rockets: weapons both as arms fired (:data:`_WEAPON_WORDS`) and as gear deployed
#: (:data:`_WEAPON_GEAR`).
_MISSILE_WORDS = {"missile", "missiles", "rocket", "rockets"}
#: Modifiers that make such gear a weapon whose deployment is a military one: "air defence systems".
_WEAPON_GEAR = _MISSILE_WORDS | {"defense", "defence", "air", "weapon", "weapons", "radar", "anti-missile",
                                 "antimissile", "artillery", "launch", "patriot", "thaad", "naval", "military"}
#: Verbs of winning a contest whose participle "beating X" names the loser.
_CONTEST_WINS = {"win", "take", "capture", "claim", "secure", "retain", "keep"}


def _deployed_gear(verb: Token) -> bool:
    """A verb "deploy" whose object is gear set up, not forces or weapons ("Fargo deployed a
    portable wall system to hold back the river", "crews deployed sandbags"): no deployment
    of forces (codebook: deployments, troop movements)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        words = {t.lower_ for t in obj.subtree if t.i <= obj.i}
        if obj.lower_ in _DEPLOYED_GEAR and not words & _WEAPON_GEAR:
            return True
    return False


#: property wrecked by hand ("smashed the windscreen", "shop windows were smashed")
_SMASHED_PROPERTY = {"window", "windows", "windscreen", "windscreens", "windshield", "windshields", "door", "doors",
                     "shopfront", "shopfronts", "storefront", "storefronts", "glass", "car", "cars", "vehicle",
                     "vehicles", "headlights", "mirror", "mirrors", "furniture", "cameras", "camera", "shrine",
                     "statue", "statues", "gravestones", "headstones"}
#: who an election declares ("declared the winner", "proclaimed president-elect")
_WINNERS = {"winner", "winners", "victor", "president-elect", "governor-elect", "mayor-elect"}
#: what a court blocks in a ruling ("a judge blocks the executive order", "the court blocked the law")
_BLOCKED_MEASURES = {"order", "orders", "law", "laws", "ban", "rule", "rules", "policy", "plan", "decision",
                     "deportation", "deportations", "extradition", "execution", "merger", "sale", "release",
                     "trial", "measure", "directive", "decree", "regulation", "regulations", "move", "freeze", "pause"}


def _subject_lemmas(verb: Token) -> set[str]:
    subject = _subject_or_agent(verb, ("nsubj",))
    return {t.lemma_.lower() for t in subject.subtree} if subject is not None else set()


def _court_blocks(verb: Token) -> bool:
    """A court or a judge blocks a measure: a ruling, the codebook's legal measure ("A federal
    judge in Boston temporarily blocks the governor's executive order to freeze school funding",
    "the court blocked the new law"). Not "tried to block his return" (an attempt told as such),
    nor a judge blocking a road with his car."""
    if verb.dep_ == "xcomp" or verb.head.lemma_.lower() in ("attempt", "bid", "effort", "battle", "fight"):
        return False  # "tried to block the boy's return", "their battle to block it": no ruling yet
    subject = _subject_or_agent(verb, ("nsubj",))
    doer = {t.lower_ for t in subject.subtree} if subject is not None else set()
    # its direct objects only (unlike :func:`_object_words`, no passive subject or attribute)
    return bool(doer & _RULING_BENCH and _phrase_words(verb, ("dobj",)) & _BLOCKED_MEASURES)


#: What one is charged with aiding ("aiding terrorism", "financing terrorists").
_CRIMES_AIDED = {"terrorism", "terrorist", "terrorists", "escape", "enemy", "insurgency", "insurgents", "smuggling",
                 "trafficking", "extremism", "extremists"}


#: Places a participle of hosting describes ("a hotel hosting the talks", "the ground hosting a fair").
_HOSTING_PLACES = {"ground", "grounds", "venue", "hotel", "hall", "building", "stadium", "arena", "centre", "center",
                   "site", "facility", "base", "camp", "complex", "school", "church", "mosque", "theatre",
                   "theater", "palace", "resort", "city", "town", "village", "area", "field", "range", "square",
                   "park", "compound", "house", "home", "restaurant", "club", "auditorium"}


def verb_type(token: Token) -> str | None:
    """The event type a verb names, or None.

    The verbs of the general coverage (_COVERAGE_VERB_LEMMAS) are asked of
    :func:`_coverage_verb_type` first; it decides those whose sense its phrase settles
    ("called him a liar" condemns, "called the summit a success" does not) and leaves the
    rest to the rules here. Verbs whose sense depends on their object are checked: "launch"/"fire"
    name an attack only with a weapon, "send" is a deployment with troops and a supply with goods,
    "deliver"/"provide" are supplies only with goods, "receive" is a meeting only with a
    person, "call" as "call for" (or, in the coverage rules, as an insulting label).
    """
    lemma = _LEMMA_REPAIRS.get((token.lemma_.lower(), token.lower_), token.lemma_.lower())
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "re" \
            and "re" + lemma in VERB_TYPES:
        lemma = "re" + lemma  # "rebels re-take the airport": the tokenizer splits "re-take" in three
    if lemma in _BACKING_VERBS and _body_vote(token):
        return "agree"  # "the council backed the plan": a sitting body's vote, not verbal support
    if lemma in _COVERAGE_VERB_LEMMAS:
        covered = _coverage_verb_type(token, lemma)
        if covered is not _UNDECIDED:
            return covered
    if lemma == "agree" and _agreed_thing(token):
        return None  # "instead of the 600 agreed to in the truce": what an earlier deal set
    if lemma == "deploy" and _deployed_gear(token):
        return None  # "the city deployed a portable flood wall": equipment set up, no forces moved
    if lemma == "meet" and {c.lower_ for c in token.children if c.dep_ in ("dobj", "nsubjpass")} & _MET_STANDARDS:
        return None  # "met the test", "met the deadline", "meets the criteria": no meeting
    if lemma in ("aid", "fund") and (
            _object_words(token) & _CRIMES_AIDED or any(c.lemma_.lower() == "abet" for c in token.conjuncts)):
        # "arrested for aiding terrorism", "charged with aiding and abetting the escape": an
        # offence one is charged with, no aid given (codebook "aid": humanitarian or financial)
        return None
    if lemma == "host" and token.dep_ == "acl" and token.head.pos_ == "NOUN" and token.head.ent_type_ == "" \
            and token.head.lemma_.lower() in _HOSTING_PLACES:
        # "a strike on a training ground hosting an industry fair": the participle says what
        # the place held; a meeting there is told by its own noun ("talks"), no host is named
        return None
    if lemma == "meet" and _met_by_no_party(token):
        return None  # "he was met by a man with a gun", "the plan was met with criticism": no meeting
    if VERB_TYPES.get(lemma) in PHYSICAL_TYPES and _called_to_stop(token):
        return None  # '"we have to stop attacking each other"', "stop killing civilians!": an appeal
    if lemma in _ANIMAL_HARM_VERBS and _animal_doer(token):
        return "accident"  # "a shark attacked a swimmer", "was mauled by a dog": no armed actor
    if lemma in ("sting", "maul", "bite", "gore", "trample") and _agentless_passive(token):
        return "accident"  # "a cyclist was stung dozens of times", "was bitten near the lake": an animal's doing
    if lemma in _ANIMAL_HARM_VERBS and _agentless_passive(token) and _animal_victim(token):
        return "accident"  # "a horse was killed after being attacked": an animal harmed by no named party
    if lemma in ("injure", "kill") and _road_user_harmed(token):
        return "accident"  # "passers-by find cyclist injured by roadside": a road mishap, no attacker
    if lemma == "visit" and _protesters_act(token):
        return "protest"  # "activists visited the banker's house": a protest action, no party's visit
    if lemma == "sign" and (any(c.dep_ == "neg" for c in token.children) or token.dep_ == "xcomp"
                            and token.head.lemma_.lower() in ("refuse", "decline")):
        # "the tenants refused to sign the lease", "the union has still not signed the contract": a
        # party's refusal (a measure or a position, the codebook's other), no agreement
        return "other"
    if lemma == "sign" and _signs_a_law(token):
        # "the president signs a law banning casinos", "signed the bill into law": one
        # executive's enactment, a policy measure (the codebook's other), no agreement between parties
        return "other"
    if lemma == "invite" and _invited_to_act(token):
        return "statement"  # "invited the rebels to return to the talks": a call, not an agreement
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
    if lemma == "task":
        # "the party leader is tasked by the president with forming the new government": a
        # mandate that changes a country's leadership (the codebook's other); not "the committee
        # is tasked with developing a bill"
        return "other" if _forms_a_government(token) else None
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
        subject = _head_subject(token)
        return "agree" if subject is not None and _state_subject(subject) and _object_words(token) & _BLOCS \
            else None
    if lemma in ("appear", "reappear"):
        # "appeared in Meigs County Court", "is scheduled to appear before a magistrate",
        # "to appear April 9 in Hamilton Municipal Court" (the parser hangs "in" on the date)
        if token.head.lemma_.lower() in ("failure", "fail"):
            return None  # "wanted for failure to appear in court": no appearance took place
        return "arrest" if _court_attached(token) else None
    if lemma in DEATH_VERBS:
        return "accident" if _death_in_mishap(token) else None
    if lemma == "drown":
        if any(c.dep_ == "prt" for c in token.children):
            return None  # "drowned out the speech"
        return "attack" if any(c.dep_ == "dobj" for c in token.children) else "accident"  # "drowning his wife"
    if lemma == "capture":
        return _capture_type(token)
    if lemma in ("launch", "attack") and _fought_without_foe(token):
        return None  # "firefighters launched an attack on the flames", "attacked the blaze"
    if lemma == "raid" and _police_doer(token):
        return "arrest"  # "police raided several homes and arrested two men": a search, no armed attack
    if lemma == "seize" and _confiscation(token):
        return None  # "police seized a car bomb", "the bank was seized by regulators": no armed capture
    if lemma == "seize" and _object_words(token) & _CHANCES:
        return None  # "opportunities like this must be seized": a chance taken, no capture
    if lemma == "demonstrate" and any(c.dep_ == "dobj" for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("against", "outside", "in", "at", "near", "for") for c in token.children):
        return None  # "an effort by Sununu to keep his job by demonstrating his backing": showing, no protest
    if lemma == "kill" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children):
        return None  # "people who want to kill themselves": a suicide, no attack
    if lemma == "seize" and (_object_words(token) | _participle_head_words(token)) & _SEIZED_GOODS:
        # "seized bank statements", "seized 1,248 bags of heroin", "370 horns seized in a year":
        # evidence or contraband, no attack
        return None
    if lemma in ("battle", "fight") and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "has been battling to keep him in the United States": a struggle, no combat
    if lemma in ("battle", "fight") and _object_words(token) & _NOT_FOES:
        return None  # "firefighters battled a blaze", "fought cancer": the fire is the happening
    if lemma == "flee" and _no_flight_of_power(token):
        return None  # "fled the scene", "fled on foot", "people fleeing the villages"
    if lemma == "support" and _support_in_prospect(token):
        return None  # "voted to support the bill", "a plan both sides can support": no backing given
    if lemma in ("accuse", "blame") and _claim_of_a_legal_act(token):
        return None  # "files a lawsuit, accusing the firm of fraud", "in the suit, X accused Y": the suit's claim
    if lemma == "accuse" and _agentless_passive(token):
        return None  # "a man accused of murder", "is accused of fraud": an allegation, nobody's condemnation
    if lemma == "target" and not _armed_subject(token):
        return None  # "a telephone campaign targeted the chairwoman": no attack
    if lemma == "protest" and any(c.dep_ == "dobj" and abstract_noun(c) for c in token.children) \
            and not _street_protest(token):
        return None  # "residents protested the owner's plans": an objection in words, no demonstration
    if lemma == "charge" and _charged_a_price(token):
        return None  # "will charge heavy users a premium", "charges $5 for parking": a price
    if lemma == "hit" and any(c.dep_ == "dobj" and c.lemma_.lower() in _HIT_IDIOMS for c in token.children):
        return None  # "hit the road", "hit a record", "hit the shelves"
    if lemma == "hit" and any(_bare_singular(c) for c in token.children if c.dep_ == "dobj") \
            and not is_headline(token.sent):  # headlines drop articles: "Truck hits pedestrian"
        return None  # "before students hit school", "hit town", "hit bottom": idioms of arriving, reaching
    if lemma in _HARM_BY_VEHICLE and _pathogen_doer(token):
        return None  # "the virus had killed at least 813": an epidemic's running toll, no attack
    if lemma in _IMPACT_VERBS or lemma in _HARM_BY_VEHICLE:
        # a harm verb's passive subject is its victim ("Ford was killed by gunmen"): only its doer
        subject = _subject_or_agent(token, ("nsubj", "nsubjpass") if lemma in _IMPACT_VERBS else ("nsubj",))
        if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in ("that", "which") \
                and token.dep_ == "relcl":
            subject = _bearer_of_measure(token.head)  # "a pickup that struck Corbin"
        if subject is None and token.dep_ in ("acl", "relcl"):
            subject = token.head  # "the second snowstorm to hit the Plains"
        # (what it is hit with: a bomb, a stone, gunfire: "were hit with small arms fire")
        thrown = _prep_object_words(token, "with") & (_BOMBS | _WEAPON_WORDS | _MISSILES_OF_RIOTERS | _WEAPONS)
        if subject is not None and subject.lemma_.lower() in _MOTOR_DOERS and subject.ent_type_ != "PERSON" \
                and not _armed_vehicle(subject) and not (thrown and subject.dep_ == "nsubjpass"):
            # (not "a police car was hit with petrol bombs": the bombs are thrown at it)
            return "accident"  # "a train ran into a goods train", "was hit by a bus", "the pickup that killed"
        if any(_hit_and_run(t) for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj")
               for t in c.subtree):
            return "accident"  # "killed in a hit-and-run crash" (not "a man wanted for a hit-and-run killed")
        if lemma in _HARM_BY_VEHICLE and (cause := _cause_type(token, subject)) is not None:
            return cause  # "bootleg alcohol kills 37", "is killed after high winds cause a tree to fall"
        if lemma in _HARM_BY_VEHICLE and (mishap := _toll_of_the_mishap_before(token)) is not None:
            return mishap  # "A boat capsizes off the coast. At least 17 migrants are killed."
        if lemma not in _IMPACT_VERBS:
            return VERB_TYPES.get(lemma)
        agent = _subject_or_agent(token, ())  # "the town was hit by a tornado": the passive's doer
        for doer in (subject, agent):
            if doer is not None and doer.lemma_.lower() in _FIRES:
                return "accident"  # "home hit by fire a second time"
            if doer is not None and _hazard_doer(doer):
                return "disaster"  # "the second snowstorm to hit the Plains", "struck by a cyclone", "floodwaters hit"
        objects = {t.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        tried = token.dep_ == "xcomp" and token.head.lemma_.lower() in ("try", "attempt")
        if lemma in ("hit", "strike") and objects & _CAR_THINGS and not objects & _WEAPON_WORDS \
                and not _armed_striker(subject) and not thrown and not tried:
            # (not "he tried to hit the trooper with his car": a crash is not tried for)
            return "accident"  # "struck a car stopped along the interstate", "hit a 2003 Honda"
    if lemma == "smash" and _object_words(token) & _SMASHED_PROPERTY and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "the windscreen of his pickup was smashed", "youths smashed shop windows": property
        # wrecked by hand (a crowd's doing is a riot, one vandal's an attack); a car that smashes
        # into a wall is the crash the branch above settles. A verb with no subject of its own is
        # most often a participle misread ("found broken glass and smashed furniture"): damage seen
        return "riot" if _subject_lemmas(token) & _CROWD_SUBJECTS else "attack"
    if lemma in ("set", "burn", "torch") and (lemma != "set" or any(
            c.dep_ in ("dobj", "npadvmod") and c.lower_ in ("fire", "ablaze") for c in token.children)
            or "fire" in _prep_object_words(token, "on")  # "the office was set on fire"
            or any(c.dep_ in ("oprd", "advmod", "acomp") and c.lower_ in ("ablaze", "alight", "afire") for c in token.children)):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None and _burnt_in_an_attack(token):
            return "attack"  # "set ablaze during strikes": the attack's damage
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
        # "a bomb exploded", "blew up the embassy": an attack; "a gas tank exploded": an accident;
        # "a patrol car exploded on a mine", "exploded by a roadside device": the bomb is the cause
        return "attack" if (_clause_words(token) | _prep_object_words(token, "on") | _prep_object_words(token, "by")) \
            & _BOMBS or lemma == "detonate" or (lemma == "blow" and _blown_up_by_someone(token)) else "accident"
    if lemma in ("run", "file", "stand"):
        # "runs for governor", "filed for the seat", "stood for parliament": a candidacy
        return "election" if _prep_object_words(token, "for") & _OFFICES else None
    if lemma == "lose" and _lost_control_of_a_vehicle(token):
        return "accident"  # "a bus loses control and crashes into a barrier"
    if lemma in ("win", "lose", "contest", "seek"):
        return "election" if _object_words(token) & _OFFICES else None
    if lemma in ("free", "release") and not any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ == "PERSON" or c.lemma_.lower() in _DETAINEES) for c in token.children):
        return None  # "released a statement", "free trade"
    if lemma == "suspend" and not _object_words(token) & _MEASURES and (
            _object_words(token) & _POSTS or _human_object(token)) and _suspended_by_office(token):
        return "other"  # "the president suspends the police commissioner": a leadership change
    if lemma in ("withdraw", "suspend", "impose") and not _object_words(token) & _MEASURES:
        return None  # "withdrew from the talks" is no measure unless it names one
    if lemma == "throw":
        return "riot" if _object_words(token) & _MISSILES_OF_RIOTERS else None
    if lemma in ("send", "dispatch") and _relief_goods(token):
        return "aid"  # "sent medical supplies to Nairobi", "has dispatched 100 tons of humanitarian aid"
    if lemma == "send":
        objects = _object_words(token)
        if objects & _FORCES:
            return "deploy"
        if objects & _GOODS:
            return "supply"
        if objects & _RELIEF_TEAMS and (objects & _RELIEF_WORDS or _purpose_words(token) & _HELP_VERBS):
            return "aid"  # "sent a rescue team to Nairobi", "sent doctors to help the victims"
        return None
    if lemma in _NEEDS_GOODS and not _object_words(token) & _GOODS:
        return None
    if lemma == "supply" and _object_words(token) \
            and not (_object_words(token) | _prep_object_words(token, "with")) & _GOODS:
        # "supplied passenger information", "supplied the names": no weapons or equipment change
        # hands (the codebook's supply); "supplied Ukraine with air defence systems" does
        return None
    if lemma == "receive" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in token.children):
        return None
    if lemma == "second" and not _object_heads(token) & _SECONDED_APPEALS:
        return None  # "seconded the motion" (a step of a vote), "seconded to the ministry" (a posting)
    if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) \
            and not _calls_for_clause(token):
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
    if lemma in ("expand", "enlarge") and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "include" and any(
                g.dep_ == "dobj" and g.ent_type_ == "GPE" for g in c.children) for c in token.children):
        return "agree"  # "the customs union was enlarged to include Armenia in 2015": states join a bloc
    if lemma in _STRENGTHEN:
        # "is bolstering its military presence in the Gulf", "boosted its forces near the border",
        # "increased the number of troops"; not "expand cooperation ... for their armed forces"
        # (the forces only benefit from what grows: no force moves)
        objects = _object_words(token)
        heads = _object_heads(token) | {w for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                                        for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj" for w in (o.lower_, o.lemma_.lower())}
        military = heads & _FORCES or ("presence" in heads and objects & _MILITARY)
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
#: What is shot in no attack: "shot a three-pointer", "shot a film".
_SHOT_NOT_AT_PEOPLE = {"three-pointer", "pointer", "basket", "baskets", "hoop", "hoops", "skeet", "film", "films",
                      "video", "videos", "photo", "photos", "photograph", "scene", "scenes", "movie", "footage",
                      "ball", "puck", "goal", "par", "round", "documentary", "episode", "commercial"}
#: What one seizes without force: a chance ("seized the opportunity", "must be seized").
_CHANCES = {"opportunity", "opportunities", "chance", "chances", "moment", "initiative", "momentum", "occasion",
            "day", "advantage"}
_REFLEXIVES = {"himself", "herself", "themselves", "myself", "yourself", "ourselves", "oneself", "themself"}
_SEIZED_GOODS = {"statement", "statements", "notice", "notices", "record", "records", "report", "reports",
                 "document", "documents", "computer", "computers", "heroin", "cocaine", "marijuana", "drug",
                 "drugs", "cash", "money", "assets", "property", "bags", "pounds", "kilograms", "evidence",
                 "files", "phone", "phones", "opportunity", "initiative", "moment", "chance", "momentum",
                 # contraband: wildlife parts, substances, smuggled goods
                 "substance", "substances", "contraband", "goods", "items", "horns", "ivory", "tusks",
                 "skins", "pelts", "scales", "cigarettes", "counterfeit", "fentanyl", "methamphetamine", "opium",
                 "cannabis", "tons", "tonnes", "kilos", "grams"}
#: What is "hit" in no attack: "hit the road", "hit a record high", "hit the shelves", "hit a milestone".
_HIT_IDIOMS = {"road", "record", "high", "low", "shelf", "store", "market", "headline", "jackpot", "mark", "gear",
               "bottom", "wall", "button", "note", "ceiling", "peak", "stride", "milestone", "threshold", "benchmark",
               "snag", "trail", "level", "goal", "quota"}
_IMPACT_VERBS = {"hit", "run", "crash", "ram", "slam", "plough", "plow", "strike", "collide", "smash", "overrun"}
_VEHICLES = {"train", "bus", "car", "truck", "lorry", "plane", "aircraft", "jet", "helicopter", "ship",
             "boat", "ferry", "vessel", "tanker", "vehicle", "van", "minibus", "coach", "tram", "motorcycle"}
#: "an exchange of fire", "the line of fire" (not "the cause of the fire")
_GUNFIRE_HEADS = {"exchange", "line", "hail", "burst", "volley", "round", "rounds", "barrage", "crossfire"}
#: harm verbs whose doer may be a vehicle: "the vehicle that killed Terry Corbin" is an accident
_HARM_BY_VEHICLE = {"kill", "injure", "wound", "maim"}
#: a car named by its kind or maker
_CAR_MODELS = {"pickup", "suv", "sedan", "honda", "toyota", "ford", "chevrolet", "cadillac", "dodge", "nissan"}
_CAR_WORDS = _CAR_MODELS | {"motorist", "pedestrian", "cyclist", "bicyclist", "motorcyclist", "guardrail", "pole",
                            "tree", "bumper", "fender", "windshield", "windscreen", "tailgate"}
_WEAPON_WORDS = _MISSILE_WORDS | {"drone", "drones", "bomb", "bombs", "shell", "shells", "strike", "strikes",
                                  "airstrike", "airstrikes"}
_WEATHER = {"storm", "snowstorm", "blizzard", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods",
            "earthquake", "quake", "tsunami", "wildfire", "landslide", "mudslide", "rain", "rains", "snow"}
#: moving water that strikes a place (a hazard, not an attacker)
_FLOODWATERS = {"floodwaters", "floodwater", "flooding", "torrent", "torrents", "surge", "mudslides", "landslides",
                "flash-flood", "flash-floods"}
#: What kills in a disaster when it is the doer of a killing or of the clause that led to it
#: ("high winds cause a tree to fall", "a soil collapse buries a house", "a boulder rolled down")
_NATURAL_CAUSES = {"wind", "winds", "gust", "gusts", "sinkhole", "boulder", "boulders", "rockfall",
                   "rock", "rocks", "avalanche", "lightning", "wave", "waves", "tree", "trees", "mud", "soil"}
#: what gives way in a natural collapse ("a soil collapse"; "a bridge collapse" is an accident)
_NATURAL_GROUND = {"soil", "land", "rock", "hill", "hillside", "mountain", "mountainside", "cliff", "ground", "earth",
                   "mud", "slope"}
#: What kills by mishap, not by anyone's design ("bootleg alcohol kills 37")
_MISHAP_CAUSES = {"alcohol", "liquor", "methanol", "moonshine", "poisoning", "leak", "fumes", "monoxide"}
#: The conjunctions of a clause that tells what led to a killing ("killed after ...", "when ...").
CAUSE_MARKS = {"after", "when", "as", "because", "while"}
_CROWD_VERBS = {"march", "rally", "demonstrate", "protest"}
#: What one "seconds" in backing another's appeal: "Merkel seconded Macron's call" (support), not
#: a motion (a step of a vote) or a posting ("seconded to the ministry").
_SECONDED_APPEALS = {"call", "calls", "appeal", "appeals", "proposal", "proposals", "recommendation",
                     "recommendations", "suggestion", "idea", "plea", "demand", "demands", "request"}
_RESCUE_CALLS = {"backup", "back-up", "help", "reinforcements", "assistance", "ambulance", "ambulances", "medics"}
#: Verbs that make a deployment of armed forces when their object is forces or a military presence.
_STRENGTHEN = {"bolster", "boost", "beef", "strengthen", "increase", "expand", "enlarge"}
#: Armed men by their lemma: the doers of armed acts here and, in actors, the sides of a fight
#: (actors.ARMED_SIDES adds police and other armed men).
ARMED_MEN = {"fighter", "rebel", "troop", "soldier", "militant", "gunman", "insurgent", "jihadist"}
#: Armed doers by their lemma: armed men and the bodies and arms they move in. (FORCES, above, is
#: another concept: the word forms of what a deployment sends, workers and warships too.)
_ARMED = ARMED_MEN | {"force", "army", "militia", "unit", "column", "tank"}
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
#: the people a government compensates after a happening (not a court's award to a plaintiff)
_BEREAVED = {"victims", "families", "deceased", "injured", "survivors", "relatives", "bereaved", "dead",
             "wounded", "displaced"}
#: what police fire at a crowd (not a blaze)
_CROWD_WEAPONS = {"tear", "teargas", "water", "rubber", "pellets", "stun", "pepper", "plastic", "baton"}
#: the crowd of a protest
_PROTESTERS = PROTESTER_NOUNS | {"marchers", "protest", "protests", "protesting", "demonstration", "demonstrations",
                                 "rally", "strikers"}
_NEEDS_GOODS = {"deliver", "provide", "transfer", "sell", "ship"}


_BOMBS = {"bomb", "bombs", "grenade", "grenades", "device", "devices", "explosive", "explosives", "mine", "mines",
          "ied", "rocket", "rockets", "missile", "missiles", "shell", "shells", "bomber", "bombers", "suicide",
          "car-bomb", "truck-bomb", "landmine", "landmines", "tripwire", "ieds", "trip-wire", "booby-trap"}
_TERROR = {"terrorist", "terror", "militant", "insurgent"}
#: Words of a weapon, an armed party, terror or an assault: a sentence naming none tells no violence
#: (:func:`no_violence_told`), so its harm is a mishap's toll, not an attack's
_ARMED_HARM_WORDS = frozenset(_WEAPON_WORDS | _BOMBS | _ARMED | _TERROR | _ASSAULT_WORDS)
#: Words before a blast that make it a bombing ("the bombings of the embassies ... The blast in
#: Nairobi"), not a gas explosion.
_BOMBING_WORDS = frozenset({"bomb", "bombs", "bombing", "bombings", "bomber", "bombers", "car-bomb", "truck-bomb",
                            "terrorist", "terrorists"})


def _told_of_bombing(token: Token) -> bool:
    """Whether the text before ``token`` speaks of bombs or terrorists."""
    return any(t.lower_ in _BOMBING_WORDS for t in token.doc[:token.i])


#: Industrial sites whose blasts are mishaps: "an explosion at a coal mine", "the blast at the port".
_WORKS = {"mine", "mines", "colliery", "plant", "factory", "refinery", "warehouse", "depot", "port", "pipeline",
          "workshop", "foundry", "quarry", "mill", "facility", "silo", "chemical", "chemicals", "fireworks"}


def _works_of_blast(token: Token) -> set[str]:
    """The mine, plant, factory, refinery, port or the like an explosion's own phrase sets it at
    ("An explosion at an illegal coal mine kills 25 people", "the death toll from yesterday's
    explosion at the port rises to 40"), as lower-cased words, or none. With no other bomb word in
    its sentence such a blast is an industrial mishap (codebook: accident), whatever bombings a
    digest's earlier items told of (:func:`_item_lead`); "mine" there is the site, no land mine."""
    return {o.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
            for o in c.children if o.dep_ == "pobj" and o.lower_ in _WORKS}


def _item_lead(token: Token) -> bool:
    """The word's sentence tells its news in the present ("An explosion at a coal mine kills 25
    people", "The toll from the blast rises to 40"), as a digest's item does, so the bombings the
    text told of before it are another item's; a wire story tells its later sentences in the past
    ("The explosion at the factory killed five": the bombing the story told of before)."""
    return token.sent.root.tag_ in ("VBZ", "VBP")


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


def _phrase_words(verb: Token, deps: tuple[str, ...]) -> set[str]:
    """Lower-cased words of the verb's phrases that hang from it by one of ``deps`` (each
    phrase whole: "blocked the governor's executive order" → {"the", "governor", "'s",
    "executive", "order"} for ``("dobj",)``). One walk for :func:`_object_words`,
    :func:`_clause_words` and :func:`_court_blocks`."""
    return {t.lower_ for c in verb.children if c.dep_ in deps for t in c.subtree}


#: The dependencies of a verb's object phrases: its object, passive subject or attribute
_OBJECT_PHRASE_DEPS = ("dobj", "nsubjpass", "attr")
#: ... and of its whole clause: those, its subject and a passive's "by" phrase
_CLAUSE_PHRASE_DEPS = ("nsubj", "nsubjpass", "dobj", "agent", "attr")


def _clause_words(verb: Token) -> set[str]:
    """Lower-cased words of a verb's subject, object and their modifiers ("a car bomb exploded")."""
    return _phrase_words(verb, _CLAUSE_PHRASE_DEPS)


#: Nouns of the vote by which a body fills a post ("in a 51-50 vote", "by secret ballot").
_VOTE_NOUNS = {"vote", "ballot", "election"}
#: Verbs of electing someone to a post ("is re-elected as party leader").
ELECT_LEMMAS = frozenset({"elect", "reelect", "re-elect"})
#: How a participle clause hangs on the verb whose subject does it ("struck the market, causing
#: a fire", "is elected chair, replacing Y", "files a suit, accusing the firm").
PARTICIPLE_CLAUSE_DEPS = ("advcl", "xcomp", "conj")


def participle_clause(verb: Token) -> bool:
    """Whether the verb is an "-ing" participle heading a clause hung on another verb (see
    :data:`PARTICIPLE_CLAUSE_DEPS`): "causing" in "a drone struck the market, causing a fire"."""
    return verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_CLAUSE_DEPS


def _appointment_by_its_vote(verb: Token) -> bool:
    """An appointment told together with the vote that makes it, in one clause: "is confirmed
    as defence secretary in a 51-50 vote", "is elected party chair, replacing the acting
    chair". The vote or election is the happening (the codebook's election|other); the
    appointment verb tells it again, not a second happening."""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VOTE_NOUNS for g in c.children) for c in verb.children):
        return True
    return participle_clause(verb) and verb.head.lemma_.lower() in ELECT_LEMMAS | {"vote"}


def _calls_for_clause(verb: Token) -> bool:
    """True when "call" takes a "for X to do" clause, which the parser reads as a clause marked by
    "for" rather than a "for" phrase: "Both the council and the government called for his death to
    be investigated", "The envoy calls for the militia's leader to halt attacks" (an appeal)."""
    return any(c.dep_ in ("advcl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i and m.i == verb.i + 1
                       for m in c.children)
               for c in verb.children)


def _prep_object_words(verb: Token, preposition: str) -> set[str]:
    """Lower-cased words of the verb's "``preposition`` X" phrases."""
    return {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition for t in c.subtree}


def _prep_heads(verb: Token, preposition: str) -> set[str]:
    """Lower-cased head nouns of the verb's "``preposition`` X" phrases, common nouns only: "to
    [the streets]", not the words of a phrase hanging from them ("to the library on Elm
    Street") nor a named place ("to Elm Street")."""
    return {o.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition
            for o in c.children if o.dep_ == "pobj" and o.pos_ != "PROPN"
            and not any(m.dep_ == "compound" and m.pos_ == "PROPN" for m in o.children)}


def _armed_subject(verb: Token) -> bool:
    """The verb's doer could fight: not a campaign, an ad, a law or a policy ("a telephone
    campaign targeted ..."); no subject at all (a passive: "were targeted") also counts."""
    subject = _subject_or_agent(verb, ("nsubj",))
    return subject is None or subject.lemma_.lower() not in _NOT_FIGHTERS


#: Heads of a striker's name that make it a fighting force ("the Israeli Air Force", "the navy").
_FIGHTING_HEADS = {"force", "forces", "military", "army", "navy", "air", "airforce", "troops", "militia"}


def _armed_striker(subject: Token | None) -> bool:
    """Whoever strikes a vehicle is a fighting force, a state or a weapon ("the Air Force
    strikes a convoy", "Israel struck a car in Gaza", "a drone hit a bus"): an attack, not a
    crash."""
    if subject is None or subject.lemma_.lower() in _MOTOR_DOERS or subject.lower_ in _VEHICLES:
        return False  # "a military truck struck a minibus", "an Air India jet hit a truck": a crash
    words = {subject.lemma_.lower(), subject.lower_} | {
        t.lemma_.lower() for t in subject.lefts if t.dep_ in ("compound", "amod")}
    return bool(words & _FIGHTING_WORDS) or subject.ent_type_ in ("GPE", "NORP")


def _country_name(token: Token) -> bool:
    """A proper name of a country the tagger missed ("Cyprus joined ...")."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return False
    return country_named(token.text) is not None


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


#: Who or what makes a getaway after a crime: its flight is a detail of the crime.
_GETAWAY_DOERS = {"robber", "mugger", "suspect", "gunman", "attacker", "assailant", "thief", "burglar", "shooter",
                  "killer", "perpetrator", "carjacker", "culprit", "vehicle", "car", "truck", "van", "suv", "driver"}
#: Persons one flees from in a private quarrel ("fled from him").
_PERSON_OBJECTS = {"him", "her", "them", "me", "us", "husband", "wife", "boyfriend", "girlfriend"}
#: Headings of a getaway ("fled northbound").
_HEADINGS = {"northbound", "southbound", "eastbound", "westbound", "away"}


def _no_flight_of_power(verb: Token) -> bool:
    """A flight that is no happening of its own (codebook: 'other' is a change of power, such
    as a ruler fleeing the country): a suspect's flight from the scene or the police ("fled
    the scene", "fled on foot", "fled from officers") is a detail of the crime or the arrest,
    and people fleeing their homes or villages are a migration flow, which is not coded. So is
    the getaway of a crime's doer or vehicle ("the robber grabbed the bag and fled
    northbound", "the mugger flees with $40", "the car fled"), a flight from a person ("she
    had fled from him during an argument") and the offence of "fleeing or evading police"."""
    words = _object_words(verb) | set().union(*(_prep_object_words(verb, p) for p in ("from", "on", "in")))
    if words & _ESCAPED_FROM:
        return True
    if _prep_object_words(verb, "from") & _PERSON_OBJECTS or any(
            c.dep_ == "advmod" and c.lower_ in _HEADINGS for c in verb.children):
        return True  # "fled from him", "fled northbound on Lowry Avenue"
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(t.ent_type_ == "MONEY" or t.text == "$" for t in c.subtree)
           for c in verb.children):
        return True  # "flees with $15": the loot of a robbery
    if any(c.lemma_.lower() in ("evade", "elude") for c in verb.conjuncts):
        return True  # "charged with fleeing or evading police": an offence
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "people fleeing Cuba"
    node = verb
    while subject is None and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "the robber picked up the wallet and fled"
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in (_FLEEING_CROWDS | _GETAWAY_DOERS):
        return True
    return not _fled_somewhere(verb)


#: Prepositions of the place a flight leaves or seeks: "fled to Moscow", "fled from Syria".
_FLIGHT_PLACE_PREPS = {"to", "into", "across", "from", "toward", "towards"}


def _fled_somewhere(verb: Token) -> bool:
    """A verb of flight that names what is fled or where to ("fled the country", "fled to
    Moscow", "fled into exile", "fled abroad"). A bare flight ("then fled up the bridge",
    "party-goers fled when police arrived", "reburying the gun and fleeing") is a detail of the
    happening it follows, no change of power (codebook: 'other')."""
    # ("fled up London Bridge", "fled down the street": a route taken, the particle's object)
    route = any(c.dep_ == "prt" for c in verb.children)
    if any((c.dep_ == "dobj" and not route) or (c.dep_ == "advmod" and c.lower_ in ("abroad", "overseas"))
           for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _FLIGHT_PLACE_PREPS and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children)


#: Verbs whose infinitive "to support ..." is a commitment to back: the backing itself.
_COMMITTING = {"agree", "decide", "vow", "pledge", "promise", "continue", "reaffirm", "resolve", "undertake",
               "commit", "offer", "swear"}
#: Modals that make a relative clause's backing a possibility ("a plan both sides can support").
_POSSIBLE = MAY_MODALS | {"would"}


def _support_in_prospect(verb: Token) -> bool:
    """"Support" told as the content of a vote or the purpose of another act ("the council
    voted to support the bid", "collected signatures to support his campaign") or as what a
    thing could win ("a plan both sides can support"): no backing is given here (the vote is the
    happening; a purpose or a possibility is none, codebook §1). Not a commitment to back ("agreed
    to support the bid", "vowed to support Ukraine")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in auxes):
        return verb.head.lemma_.lower() not in _COMMITTING
    return verb.dep_ == "relcl" and any(a.lower_ in _POSSIBLE for a in auxes)


#: Words of what infects: a disease's or pathogen's name (with :data:`_DISEASES`) or its spread.
_PATHOGENS = {"coronavirus", "sars", "mers", "hiv", "aids", "cov-2", "sars-cov-2", "bacteria", "bacterium",
              "pathogen", "infection", "infections", "pandemic", "epidemic", "outbreak", "strain", "variant"}


def _pathogen_doer(verb: Token) -> bool:
    """The doer of a verb of harm is a disease or a pathogen ("the virus had killed at least
    813", "SARS-CoV-2 has killed more than 1,000 people", "was killed by the outbreak"): the
    toll of an epidemic (codebook §1: cumulative tolls), never an attack."""
    doer = _subject_or_agent(verb, ("nsubj",))
    if doer is None:
        return False
    words = {t.lower_ for t in doer.subtree if t.dep_ in ("compound", "amod") or t.i == doer.i}
    return bool(words & (_DISEASES | _PATHOGENS)) or any(w.endswith("virus") for w in words)


#: Who seizes things by law: a confiscation or a takeover, not an armed capture.
#: Federal law-enforcement agencies named by their initials ("FBI agents raided the house").
FEDERAL_AGENCIES = {"fbi", "dea", "atf", "ice"}
_LAW_SEIZERS = {"police", "policeman", "officer", "agent", "customs", "regulator", "authority", "official",
                "commission", "bureau",  # "the Anti-Corruption Commission raids ...", "the bureau raided"
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


def _police_doer(verb: Token) -> bool:
    """The verb's doer is the police or law enforcement ("police raided the house", "the homes
    were raided by FBI agents"), not an army ("troops raided the village")."""
    doer = _subject_or_agent(verb, ("nsubj",))
    return doer is not None and (doer.lemma_.lower() in _LAW_SEIZERS or doer.lower_ in _LAW_SEIZERS
                                 or doer.lower_ in FEDERAL_AGENCIES)


#: Words that make a raid law enforcement's search: its doers ("the raids by immigration
#: agents") or the case its clause ties it to ("the raid followed an investigation").
_SEARCH_RAID_WORDS = {"immigration", "drug", "drugs", "narcotics", "investigation", "warrant", "warrants", "probe",
                      "inquiry"} | FEDERAL_AGENCIES


def _law_enforcement_raid(noun: Token, modifiers: set[str]) -> bool:
    """A raid by the police or other law enforcement, not an armed attack: "the raids by
    immigration agents", "The raid followed a 10-month investigation into forged identity
    papers" (codebook "arrest": a search is part of the case). (A kind word alone, "an
    immigration raid", is left to the verb it goes with: "dismissed claims over an
    immigration raid" is the court's act.)"""
    by = _prep_object_words(noun, "by")
    words = by | {t.lower_ for t in noun.head.subtree} if noun.dep_ == "nsubj" else by
    return bool(words & (_LAW_SEIZERS | _SEARCH_RAID_WORDS | {"police", "agents", "officers"}))


def _participle_head_words(verb: Token) -> set[str]:
    """The words of the noun a past participle describes, its object ("370 horns seized in the
    same period" -> horns); empty for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.lower_ for t in verb.head.subtree if t.i < verb.i}


def _confiscation(verb: Token) -> bool:
    """'Seize' done by the police, customs, regulators or a court ("police seized a car bomb",
    "the thrift was seized by regulators", "authorities shut and seized the site": the subject
    the verb shares with the one it is joined to), unless what is seized is a place (a raid on
    a town)."""
    doer = _subject_or_agent(verb, ("nsubj",))
    if doer is None and verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        doer = _head_subject(verb)
    # (whoever seizes a thing and arrests its keeper enforces the law: "the fisheries agency
    # seized a trawler and arrested its captain")
    arrests = any(c.lemma_.lower() in ("arrest", "detain") for c in verb.conjuncts)
    if not arrests and (doer is None or doer.lemma_.lower() not in _LAW_SEIZERS):
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


#: Pronouns of people, who blow things up ("it" and "that" may be the thing that explodes).
_PERSON_PRONOUNS = {"i", "you", "he", "she", "we", "they", "who"}
#: The kinds a storm's name follows ("Hurricane Lorenzo", "Typhoon Hagibis", "Tropical Storm Imelda").
_STORM_KINDS = {"hurricane", "typhoon", "cyclone", "storm"}


def _hazard_doer(doer: Token) -> bool:
    """The doer of a verb of striking is a natural hazard, no attacker: a hazard's word
    (:data:`_DISASTER_DOERS`, :data:`_FLOODWATERS`: "struck by a cyclone", "floodwaters hit")
    or a storm's proper name after its kind ("as Hurricane Lorenzo hit the Azores", "Typhoon
    Hagibis struck Tokyo"): a disaster, with no doer (codebook: disaster)."""
    if doer.lemma_.lower() in _DISASTER_DOERS or doer.lower_ in _FLOODWATERS:
        return True
    return doer.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _STORM_KINDS for c in doer.children)


#: Verbs of ceasing one is called on to do: "stop attacking", "cease firing", "quit fighting".
_CEASINGS = {"stop", "cease", "quit"}
#: Verbs of obligation before "to" ("we have to stop", "they need to stop").
_OBLIGATIONS = {"have", "need", "ought"}


def _called_to_stop(verb: Token) -> bool:
    """A harm's verb after a verb of ceasing that is itself called for: an imperative ("Stop
    killing our children!"), an obligation ("we have to stop attacking each other", "they must
    cease firing") or an appeal ("urged both sides to stop fighting"). It tells what a
    speaker asks for, no happening (codebook §1: the appeal is the statement); "the army
    stopped shelling the town" tells one that was going on."""
    stop = verb.head
    if verb.dep_ != "xcomp" or stop.lemma_.lower() not in _CEASINGS or stop.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in stop.children):
        return True
    while True:
        if stop.dep_ == "xcomp" and stop.head.lemma_.lower() in _OBLIGATIONS | _URGING:
            return True
        if stop.dep_ != "conj" or stop.head.pos_ != "VERB":
            break
        stop = stop.head  # "put aside differences and stop attacking": the first verb's frame
    # an imperative: a bare verb with no subject opening its clause
    return stop.tag_ == "VB" and stop.dep_ in ("ROOT", "ccomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in stop.children)


def _blown_up_by_someone(blow: Token) -> bool:
    """"Blow up" said of what someone blows up: a transitive use ("rebels blew up the
    bridge"), a passive ("the pipeline was blown up") or a clause with no subject of its own
    ("the officers she attempted to blow up"), an attack. Only the intransitive said of a thing
    ("the plane blew up in the air", "it just blew up") tells a thing exploding, as "exploded"
    does (:func:`verb_type` reads its cause from the clause)."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in blow.children):
        return True
    subject = next((c for c in blow.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.ent_type_ in ("PERSON", "NORP", "ORG") or subject.lower_ in _PERSON_PRONOUNS \
        or subject.lemma_.lower() in _PEOPLE | _ARMED | _TERROR


def _hit_and_run(token: Token) -> bool:
    """The word "hit-and-run" (one token, or "hit - and - run")."""
    return token.lower_ == "hit-and-run" or (token.lower_ == "run" and token.i > 1 and token.nbor(-1).lower_ == "-"
                                              and token.nbor(-2).lower_ == "and")


#: Nouns of a thing's size or power, which a relative clause may hang on in place of the thing.
_SIZE_NOUNS = {"magnitude", "intensity", "strength", "speed", "category"}


def _bearer_of_measure(noun: Token) -> Token:
    """The noun a measure noun of a "with"/"of" phrase belongs to ("a powerful earthquake with
    reported magnitude 6.3 that struck southern Philippines": the parser hangs "that struck" on
    "magnitude", but what struck is the earthquake); else the noun itself."""
    if noun.lemma_.lower() in _SIZE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "of") \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


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
#: verbs of setting off a fire ("causing a massive fire", "sparked a blaze")
_FIRE_STARTERS = {"cause", "spark", "trigger", "start", "ignite"}


def _attack_word(token: Token) -> bool:
    """A word naming an attack or its weapon: "strikes", "the shelling", "a drone", or a verb the
    trigger tables read as an attack ("struck the market")."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        return verb_type(token) == "attack"
    return lemma in _WEAPON_WORDS or token.lower_ in _WEAPON_WORDS or NOUN_TYPES.get(lemma) == "attack"


def _fire_of_an_attack(noun: Token) -> bool:
    """A fire an attack set off: "a drone struck the market, causing a massive fire", "the strike
    sparked a blaze", "fires set by strikes". The fire is the attack's damage (codebook §2: damage
    is part of the attack that caused it), no accident of its own."""
    if noun.lemma_.lower() not in _FIRES:
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in _FIRE_STARTERS | {"set"} and any(
            a.dep_ == "agent" and any(o.dep_ == "pobj" and _attack_word(o) for o in a.children) for a in c.children)
           for c in noun.children):
        return True  # "fires set by strikes", "a blaze caused by the shelling"
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _FIRE_STARTERS:
        return False
    starter = noun.head
    doers = [c for c in starter.children if c.dep_ == "nsubj"]
    if not doers and starter.dep_ in PARTICIPLE_CLAUSE_DEPS:
        doers = [starter.head]  # the clause the participle hangs on: "struck the market, causing ..."
    return any(_attack_word(d) for d in doers)


def _burnt_in_an_attack(verb: Token) -> bool:
    """A thing set on fire with no doer, in or during an attack: "the cathedral is set ablaze
    during Russian strikes", "an office set on fire in an arson attack". The burning is the
    attack's damage, not a crowd's arson."""
    return any(o.dep_ == "pobj" and _attack_word(o) for c in verb.children
               if c.dep_ == "prep" and c.lower_ in ("during", "in") for o in c.children)


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
#: common nouns that name a state as a whole ("the island joined the European Union")
_STATE_NOUNS = {"country", "nation", "state", "island", "republic", "kingdom"}


def _state_subject(subject: Token) -> bool:
    """The subject of joining a bloc is a state: a named one ("Cyprus joined the EU"), a noun
    naming one ("the island ... and joined the European Union in 2004", the subject shared by a
    joined verb) or "it" ("since 1996, when it joined the Council of Europe"); not a person
    ("she joined the city council")."""
    return subject.ent_type_ in ("GPE", "NORP") or _country_name(subject) \
        or subject.lower_ == "it" or subject.lemma_.lower() in _STATE_NOUNS


#: where a defendant appears
_COURT_WORDS = {"court", "courthouse", "courtroom", "judge", "magistrate", "jury", "tribunal"}
#: who rules on a measure: a court's words and the justices (see :func:`_court_blocks`)
_RULING_BENCH = _COURT_WORDS | {"justice", "justices"}


def _bench_finding(rule: Token, subject: Token | None) -> bool:
    """True when a court or a judge "rules" an object with what it finds of it: "a judge ruled
    the law unconstitutional", "the judge ruled the practice is unlawful" (the parser makes the
    small clause's subject the verb's object); a bench rules no country, as a ruler does."""
    if subject is None or subject.lemma_.lower() not in _RULING_BENCH:
        return False
    return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX"))
               for c in rule.children)


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


def _claim_of_a_legal_act(verb: Token) -> bool:
    """An accusation told as what a lawsuit or complaint claims: a participle after the verb
    filing it ("filed a lawsuit against the firm, accusing it of fraud") or a clause set in it
    ("In the suit, the agency accused him of fraud"): the legal act is the happening (its own
    trigger), the accusation its content, no condemnation of its own."""
    if participle_clause(verb) and any(c.dep_ == "dobj" and c.lower_ in LEGAL_ACTS for c in verb.head.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ in LEGAL_ACTS
                                                            for o in p.children)
               for p in verb.children)


def _person_object(verb: Token, people: set[str]) -> bool:
    """The verb's object, or its subject in the passive, is a person: a named one or one of
    the ``people`` words."""
    return any(child.dep_ in ("dobj", "nsubjpass") and (child.ent_type_ == "PERSON" or child.lower_ in people
                                                        or child.lemma_.lower() in people)
               for child in verb.children)


def _captures_a_person(verb: Token) -> bool:
    """The verb's object, or its subject in the passive, is a named person or a wanted man."""
    return _person_object(verb, _WANTED)


def _armed_vehicle(vehicle: Token) -> bool:
    """A vehicle of a state or an army: "Russian jets", "its aircraft", "Israeli warplanes",
    "army helicopters" strike in an attack, not a crash."""
    for child in vehicle.children:
        if child.ent_type_ in ("NORP", "GPE", "ORG") and child.lower_ not in _CAR_MODELS \
                or child.lower_ in ("its", "their") \
                or child.lemma_.lower() in _ARMED | _MILITARY | {"enemy"}:
            return True  # not a person's: "the deputy's vehicle struck the back of his car"
    return vehicle.lemma_.lower() in ("warplane", "warship", "gunship", "bomber")


#: Who is sent to give relief, and what names them as relief, and the verbs of a purpose of help.
_RELIEF_TEAMS = {"team", "teams", "experts", "specialists", "doctors", "medics", "rescuers", "paramedics", "workers",
                 "volunteers", "nurses", "surgeons", "crews"}
_RELIEF_WORDS = {"rescue", "relief", "medical", "aid", "humanitarian", "emergency", "disaster", "search"}
_HELP_VERBS = {"help", "assist", "aid", "treat", "rescue", "support", "feed", "care"}


def _purpose_words(verb: Token) -> set[str]:
    """Lower-cased lemmas of the verbs of a purpose clause of the verb or of its object ("sent
    doctors to help the victims", "sent a team to assist")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return {c.lemma_.lower() for h in heads for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB"}


def _object_words(verb: Token) -> set[str]:
    """Lower-cased words of the verb's object (or passive subject) phrase."""
    return _phrase_words(verb, _OBJECT_PHRASE_DEPS)


def _relief_goods(verb: Token) -> bool:
    """True when what the verb sends is goods named as relief, no troops ("medical supplies",
    "humanitarian aid", "relief food"): humanitarian aid (the codebook's aid), not a supply of
    arms or a deployment."""
    objects = _object_words(verb)
    return bool(objects & _GOODS and objects & _RELIEF_WORDS) and not objects & _FORCES


def _suspended_by_office(token: Token) -> bool:
    """A suspension by an office holder or a state ("the president suspends the police chief",
    "the commissioner was suspended"), not a school's or a club's discipline ("the school
    suspended the council president")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return any(c.dep_ == "nsubjpass" for c in token.children)
    return subject.ent_type_ in ("PERSON", "GPE") or subject.lemma_.lower() in _POSTS | {
        "government", "cabinet", "ministry", "parliament", "authorities", "state"}


#: who loses control of a vehicle in a mishap ("the driver lost control"; not "the army lost control of the town")
_AT_THE_WHEEL = {"driver", "drivers", "motorist", "motorists", "pilot", "pilots", "motorcyclist", "cyclist",
                 "bicyclist", "trucker", "captain"}


def _lost_control_of_a_vehicle(token: Token) -> bool:
    """"A bus loses control", "the driver lost control of his car": a road mishap, not a
    town or a party lost to someone."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    of = {t.lemma_.lower() for c in token.children if c.dep_ == "dobj" for p in c.children
          if p.dep_ == "prep" and p.lower_ == "of" for t in p.children if t.dep_ == "pobj"}
    return (subject is not None and subject.ent_type_ != "PERSON" and not _armed_vehicle(subject)
            and (subject.lemma_.lower() in _MOTOR_DOERS or subject.lower_ in _AT_THE_WHEEL)) \
        or bool(of & _MOTOR_DOERS)


def _ended(token: Token) -> bool:
    """The happening is what is ended or halted: "an end to military operations", "agreed to
    halt ground operations" (a truce's terms, not a fight)."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ in ("to", "of"):
        head = head.head
    return head.lemma_.lower() in _ENDINGS


#: What a robber or a kidnapper demands: the demand is part of the crime, no statement.
_DEMANDED_LOOT = {"money", "cash", "ransom", "wallet", "wallets", "purse", "keys", "valuables", "phone", "phones",
                  "drugs", "jewelry", "jewellery"}
#: Limits a state or an official lifts besides its measures (_MEASURES): "lifted the deadline".
_LIFTED_LIMITS = {"deadline", "deadlines", "lockdown", "quarantine", "cap", "freeze"}
#: A state's or a body's measures it may end ("ends the VAT exemption", "ended its fuel subsidy").
_ENDED_MEASURES = {"exemption", "exemptions", "subsidy", "subsidies", "moratorium", "lockdown", "curfew",
                   "quarantine", "waiver", "waivers", "policy", "program", "programme", "mandate"}
_ENDINGS = {"end", "halt", "stop", "cease", "cessation", "suspend", "suspension", "pause", "freeze", "wind"}
#: what makes an operation a fight
_COMBAT_OPERATIONS = {"military", "offensive", "combat", "ground", "counter-terrorism", "counterterrorism",
                      "counterinsurgency", "counter-insurgency", "counteroffensive", "counter-offensive"}
#: present-tense mishap verbs the tagger takes for plural nouns after a vehicle ("A tram derails in Sarajevo")
_MISTAGGED_MISHAPS = {"derails", "capsizes", "overturns", "collides", "plunges"}


#: Words of a court case or a hearing: allegations in a sentence with one are what the case
#: is about ("the allegations were heard by an administrative law judge"), not a condemnation.
_CASE_SETTINGS = {"court", "courts", "judge", "judges", "trial", "jury", "conviction", "hearing", "hearings",
                  "lawsuit", "suit", "case", "magistrate", "tribunal"}


#: What makes a trip a private outing, not a party's visit: "on a personal trip to Rome",
#: "free yacht trips", "a family vacation tour".
_LEISURE_TRIPS = {"personal", "private", "yacht", "boat", "fishing", "hunting", "camping", "shopping", "ski",
                  "skiing", "vacation", "holiday", "honeymoon", "pleasure", "sightseeing", "cruise", "golf",
                  "golfing", "road",
                  # a migrant's passage is a migration flow, not coded (codebook §1): "an ill-fated
                  # migrant smuggling trip across the straits"
                  "migrant", "migrants", "smuggling", "refugee", "refugees"}


#: Spots on a road where vehicles stop or move ("stopped at a light", "in the wrong lane").
_ROAD_SPOTS = {"light", "lights", "stoplight", "sign", "intersection", "lane", "lanes", "crosswalk", "ramp",
               "shoulder", "median", "curb", "kerb", "junction", "roundabout", "traffic", "tollbooth"}


def _road_spot(verb: Token) -> bool:
    """The verb's "at", "in" or "on" phrase names a spot on a road ("at a light", "in the
    wrong lane", "on the shoulder", "stopped a block away at a light")."""
    phrases = [c for c in verb.children if c.dep_ == "prep"] + [
        g for c in verb.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"]
    return any(c.lower_ in ("at", "in", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _ROAD_SPOTS for o in c.children) for c in phrases)


def _sent_moving(send: Token) -> bool:
    """A verb "send" whose object is set moving, told by a participle ("the blast sent debris
    flying across the street", "sending gallons of water cascading onto the road", "sent
    shares tumbling"): a force's effect, no shipment of goods."""
    if any(c.dep_ in ("advcl", "xcomp", "ccomp", "oprd") and c.tag_ == "VBG" for c in send.children):
        return True
    for obj in (c for c in send.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            if t.dep_ == "acl" and t.tag_ == "VBG":
                return True
    return False


#: what an election noun compounded before it can stand for: a time of the election or its
#: campaign ("the election day", "election night", "during the election campaign")
_ELECTION_PARTS = {"day", "night", "eve", "date", "year", "season", "cycle", "campaign"}


def _election_as_modifier(token: Token) -> bool:
    """"election" as the first word of a compound naming the election's day or campaign ("Nov. 4
    is no longer the election day", "especially during the election campaign"): the phrase
    names a time or the run-up, not a vote held; the head noun has its own rules ("launched his
    election campaign"). A dated one is a background election with its own time ("over his 2007
    election campaign funds", codebook §2)."""
    if token.lemma_.lower() != "election" or token.dep_ != "compound" \
            or token.head.lemma_.lower() not in _ELECTION_PARTS:
        return False
    phrase = token.head if token.head.dep_ != "compound" else token.head.head
    return not any(t.ent_type_ == "DATE" for t in phrase.subtree if t.i < phrase.i)


#: Verbs that move, call off or bring about an election: that act is the happening ("signed an
#: order delaying the election", "dissolved parliament, triggering the elections").
_ELECTION_CHANGES = {"delay", "postpone", "cancel", "suspend", "annul", "trigger", "reschedule", "defer"}
#: Prepositions that make an election the setting of what a noun names ("a poor performance
#: during the election", "his role in the election").
_SETTING_PREPS = {"during", "in", "following", "after", "before", "ahead"}


def _election_as_setting(token: Token) -> bool:
    """An election or vote noun that is the object of another act that changes it ("signed an
    order delaying the election until June": the order is the news, coded other), or the time
    or setting of another noun ("steps down following a poor performance during the
    election"): the sentence reports that act, the election is only named. A dated one is a
    happening with its own time ("an advantage in the votes cast before Tuesday") and is kept."""
    if token.lemma_.lower() not in _VOTE_NOUNS:
        return False
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _ELECTION_CHANGES:
        return True
    return token.dep_ == "pobj" and head.lower_ in _SETTING_PREPS and head.head.pos_ == "NOUN" \
        and head.head.lemma_.lower() not in _ELECTION_WORDS and not any(t.ent_type_ == "DATE" for t in token.subtree)


def _kind_of_denial(token: Token) -> bool:
    """"denial" named by what is denied, with no article, possessor or "by" phrase ("a bill
    against genocide denial", "laws on Holocaust denial"): a kind of speech, a stance or an
    offence, not a party's denial on an occasion."""
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in token.children) and not any(
        c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)


def noun_type(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    text = token.lower_
    if _election_as_modifier(token) or _election_as_setting(token):
        return None
    if lemma == "operation":
        # "began offensive operations in the region", "a ground operation in Rafah" (not a
        # rescue, police or surgical operation: their happenings have words of their own)
        return "attack" if {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")} \
            & _COMBAT_OPERATIONS and not _ended(token) else None
    if lemma == "fire" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in _CROWD_WEAPONS:
        # "police fire tear gas at demonstrators": the present-tense verb read as a noun; the
        # police's crowd control is part of the protest it meets, no blaze
        return "protest" if {t.lower_ for t in token.sent} & _PROTESTERS else None
    if lemma == "fire" and token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() == "set":
        return None  # "the office was set on fire": the verb "set" names the arson
    if _fire_of_an_attack(token):
        return None  # "a drone struck the market, causing a massive fire": the attack's damage
    if lemma == "bombing" and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "water"
                                  for c in token.children):
        return None  # "water bombing by aircraft": dropping water on a fire from the air, no attack
    if lemma == "compensation":
        # "announces compensation payments to the victims' families": relief money (not a
        # court's award, nor "executive compensation")
        return "aid" if {t.lower_ for t in token.sent} & _BEREAVED else None
    if text in _MISTAGGED_MISHAPS:
        # (a mishap verb read as a plural noun: its vehicle is the compound before it)
        return "accident" if token.tag_ == "NNS" and any(
            c.dep_ == "compound" and c.lemma_.lower() in _MOTOR_DOERS for c in token.children) else None
    covered = _coverage_noun_type(token, lemma, text)
    if covered is not _UNDECIDED:
        return covered
    if lemma == "denial" and _kind_of_denial(token):
        return None  # "penalties for genocide denial": a kind of speech, no one's denial
    if lemma == "rally" and any(c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in token.children):
        return "support"  # "rallies behind Ukraine" (also when the tagger makes the verb a noun)
    if lemma == "fire" and _ceasefire_tail(token):
        return "agree"  # "the two sides declared unilateral cease-fires": a truce, no blaze
    if token.text == "March" and _month_march(token):
        return None  # "NATO will admit Poland in early March": the month, no march
    if lemma == "tour" and _tour_of_duty(token):
        return None  # "he served two tours in Iraq": a soldier's posting, no visit
    if lemma in ("trip", "tour") and {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")} \
            & _LEISURE_TRIPS:
        return None  # "while on a personal trip to Rome", "free yacht trips": a private outing, no party's visit
    if lemma in ("support", "backing") and _support_held(token):
        return None  # "he has lost much of his support among Republicans": a following, no act
    if lemma == "battle" and any(
            c.dep_ == "acl" and to_infinitive(c) for c in token.children):
        return None  # "the government's battle to secure the boy's return": an effort, no combat
    if lemma == "sit":
        return "protest" if _sit_in(token) else None
    if lemma == "visit" and _protesters_act(token):
        return "protest"  # "a busload of activists paid visits to the executives' homes": a protest action
    if lemma in ("attack", "mauling") and ({c.lemma_.lower() for c in token.children if c.dep_ in (
            "compound", "amod", "nmod", "poss")} | {w.rstrip("s") for w in _prep_object_words(token, "by")}) & _ANIMALS:
        return "accident"  # "a bee attack", "the attack by a pit bull"
    if lemma in ("agreement", "deal", "accord", "truce", "ceasefire") and any(
            a.lemma_.lower() == "agree" and _agreed_thing(a) for a in islice(token.ancestors, 3)):
        return None  # "instead of the 600 agreed to in the truce": the earlier deal that set them
    if lemma == "charge" and token.i + 1 < len(token.doc) and token.nbor(1).lower_.startswith(("d'", "d’")):
        return None  # "told ambassadors and charges d'affaires": envoys, no criminal charges
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    works = _works_of_blast(token) if lemma in ("explosion", "blast") else set()
    if lemma in ("explosion", "blast") and (modifiers & (_BOMBS | _TERROR)
                                            or (_sentence_words(token) | _hyphened_words(token.sent)) & _BOMBS - works
                                            or (_told_of_bombing(token) and not (works and _item_lead(token)))):
        return "attack"  # "the blast" of a bomb; "the embassy blast" of an article on the bombings
    if lemma == "fire" and (token.head.lemma_.lower() in ("open", "exchange", "return", "come")
                            or token.head.lower_ == "under"
                            or (token.head.lower_ == "of" and token.head.head.lemma_.lower() in _GUNFIRE_HEADS)
                            or modifiers & {"artillery", "rocket", "sniper", "mortar", "machine-gun", "tank",
                                            "arms", "gun", "rifle"}):
        return "attack"  # "opened fire", "came under fire", "small arms fire"
    if lemma == "raid" and _law_enforcement_raid(token, modifiers):
        return "arrest"  # "the raid followed a 10-month investigation": a search, no armed attack
    if lemma == "accident" and token.head.lower_ == "by":
        return None  # "by accident"
    if lemma == "strike" and (modifiers & _LABOUR or token.head.lower_ == "on" and not any(
            c.dep_ in ("det", "poss") for c in token.children)):
        return "protest"  # "a general strike", "workers went on strike" (not "commented on the strike")
    if lemma in ("conference", "briefing") and modifiers & {"news", "press"}:
        return "statement"
    if lemma in ("exercise", "exercises", "drill", "drills") and not modifiers & _MILITARY \
            and not {"live", "fire"} <= modifiers:
        return None  # "an exercise in futility" (not "live fire exercises": a force's training)
    if lemma in ("trial", "plea", "verdict", "conviction", "sentencing", "charges", "custody") and modifiers & {
            "clinical", "drug", "vaccine", "field", "child"}:
        return None
    if lemma in ("statement", "release") and token.head.lower_ == "to" \
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
    if lemma == "threat" and _danger(token):
        return None  # "posed a threat to the officers", "the threat of punishment": a danger, no warning
    if lemma == "statement" and _statement_in_a_case(token):
        return None  # "provided a statement to deputies", "made no statement during sentencing"
    if lemma in ("attack", "assault", "offensive", "battle") and any(
            o.lower_ in _NOT_FOES or o.lemma_.lower() in _NOT_FOES for p in token.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children if o.dep_ == "pobj"):
        return None  # "an initial attack on the flames", "the fight against the wildfire"
    if lemma == "custody" and token.head.head.lemma_.lower() in ("die", "death"):
        return None  # "died in police custody": a death, not an arrest
    if lemma == "custody" and _guardianship(token):
        return None  # "has custody of his son", "fighting for permanent custody": a family matter
    if lemma == "custody" and token.dep_ == "compound":
        return None  # "the custody battle", "a custody hearing": a family case, not an arrest
    if lemma in ("battle", "war"):
        if modifiers & _NOT_COMBAT:
            return None  # "a legal battle", "the custody fight", "a budget war"
        contest = {t.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over", "with", "against")
                   for t in c.subtree}
        if contest & _OFFICES:
            return "election"  # "the battle for the seat", "a fight with the winner of the nomination"
        over = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "over"
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if any(g.pos_ == "VERB" or g.lemma_.lower() in LAW_TEXTS | _PUBLIC_MONEY | {
                "right", "rights", "policy", "policies", "rule", "rules", "zoning", "issue", "funding"} for g in over):
            return None  # "the battle over raising the tax", "a war over the budget": a political contest
    if lemma == "war" and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return None  # "the war in Ukraine" is background; "a five-day war last August" a happening
    return NOUN_TYPES.get(text) or NOUN_TYPES.get(lemma)


#: Verbs whose object "threat" is a danger someone or something is, not a warning made ("posed a threat").
_DANGER_VERBS = {"pose", "present", "face", "represent", "constitute", "remain"}
#: Verbs whose object "threat" is a warning a party makes ("issued a threat of sanctions").
_THREAT_MADE = {"issue", "make", "renew", "repeat", "deliver", "send", "voice", "level", "utter"}


def _danger(token: Token) -> bool:
    """The noun "threat" as a danger, not a warning a party made: what someone or something is
    or poses ("was found to be a threat to doctors", "posed a greater threat to the country"),
    or with no one making it, the danger of a thing or to someone ("the threat of punishment",
    "an imminent threat of torture", "no information on a threat to the boy"). A threat with its
    maker ("the rebels' threat", "threats from the group") or of an act ("a threat to expel
    him") stays a warning."""
    if token.dep_ == "attr" or (token.dep_ == "dobj" and token.head.lemma_.lower() in _DANGER_VERBS):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _THREAT_MADE:
        return False  # "issued a threat of sanctions": a warning made
    if any(c.dep_ == "poss" or c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
           for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "to") and any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in c.children) for c in token.children)


#: Verbs whose object "support" is a following one has, not an act of backing ("lost his support").
_SUPPORT_HELD = {"lose", "seek", "need", "enjoy", "lack", "garner", "gain", "have", "win", "build", "muster",
                 "drum", "shore", "erode", "want", "retain", "keep", "get", "earn", "regain", "deserve"}
#: Verbs whose object "support" is a following shown ("demonstrating his backing among
#: Republicans") unless it names whom it backs: "showed their support for Ukraine" is the act.
_SUPPORT_SHOWN = {"show", "demonstrate"}


def _support_held(support: Token) -> bool:
    """'Support' as a following held, sought or lost ("he has lost much of his support among
    Republicans", "prompted him to seek support from the network"), or as a person's role
    ("women have become the sole support of their families"): no one backs anything here."""
    head = support.head
    if support.dep_ == "dobj" and head.lemma_.lower() in _SUPPORT_HELD:
        return True
    if support.dep_ == "dobj" and head.lemma_.lower() in _SUPPORT_SHOWN:
        return not any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in support.children)
    if support.dep_ == "pobj" and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in _SUPPORT_HELD \
            and head.head.lower_ in ("much", "most", "some", "part", "all", "none", "bulk"):
        return True  # "lost much of his support"
    return support.dep_ == "attr" and head.lemma_.lower() in ("be", "become", "remain")


def _ceasefire_tail(fire: Token) -> bool:
    """'fire(s)' after "cease -" (the tokenizer splits "cease-fires" in three)."""
    doc = fire.doc
    return fire.i >= 2 and doc[fire.i - 1].text in ("-", "\u2010", "\u2011") and doc[fire.i - 2].lower_ == "cease"


#: Words before a month's name ("in early March", "since March", "by mid-March").
_MONTH_MARKS = {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
                "early", "late", "mid", "mid-", "last", "next", "this", "each", "every", "between", "and", "to"}


def _month_march(march: Token) -> bool:
    """The capitalised word "March" names the month: tagged a date, after "in", "early", "since",
    ..., or before a day or a year ("on March 3", "March 2009"). "The March for Life", "the Long
    March", "a March on Washington" are marches: a determiner or a "for"/"on" phrase."""
    if march.i == march.sent.start:
        return march.ent_type_ == "DATE"
    if any(c.dep_ in ("det", "poss") for c in march.children) or any(
            c.dep_ == "prep" and c.lower_ in ("for", "on", "against", "through", "to") for c in march.children):
        return False
    if march.ent_type_ == "DATE":
        return True
    doc = march.doc
    before = doc[march.i - 1].lower_
    after = doc[march.i + 1] if march.i + 1 < len(doc) else None
    return before in _MONTH_MARKS or (after is not None and after.like_num)


#: Ordinals and counts of a soldier's tours ("his third tour", "two tours in Iraq").
_TOUR_COUNTS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "previous", "last", "multiple",
                "several", "consecutive", "combat", "overseas", "military"}


def _tour_of_duty(tour: Token) -> bool:
    """A tour of duty: counted or ordered ("served two tours", "his third tour in Afghanistan"),
    "of duty", or the object of "serve", "complete", "finish", "do"."""
    if tour.dep_ == "dobj" and tour.head.lemma_.lower() in ("serve", "complete", "finish", "do", "begin", "start"):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "duty" for g in c.children) for c in tour.children):
        return True
    return any(c.dep_ == "nummod" or c.lower_ in _TOUR_COUNTS for c in tour.children if c.dep_ in ("nummod", "amod"))


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


def _agreed_thing(verb: Token) -> bool:
    """A reduced relative "agreed (to/upon)" after a noun names a thing by the deal that set
    it ("the port let in 40 lorries a day instead of the 90 agreed to in the truce", "the terms
    agreed upon in March"): the deal is told elsewhere or by its own noun, no agreeing here."""
    if verb.dep_ not in ("acl", "amod") or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return verb.head.pos_ in ("NOUN", "NUM", "PROPN") and verb.head.i < verb.i


def _sentence_words(token: Token) -> set[str]:
    return {t.lower_ for t in token.sent}


def _hyphened_words(sentence: Span) -> set[str]:
    """The sentence's words written with a hyphen that the tokenizer split: "a trip-wire"
    (three tokens, "trip" "-" "wire") is the word "trip-wire"."""
    return {f"{sentence.doc[t.i - 1].lower_}-{sentence.doc[t.i + 1].lower_}" for t in sentence
            if t.tag_ == "HYPH" and sentence.start < t.i < sentence.end - 1}


# Clause roles a noun takes only when the tagger has mistaken a participle for one:
# "Arriving in Wonsan, Lavrov was received ..." (advcl).
_CLAUSE_DEPS = {"advcl", "xcomp", "ccomp", "pcomp", "relcl", "acl"}


#: Types of physical happenings: a blow, a crash, a fire, a seizure of a body.
PHYSICAL_TYPES = {"attack", "accident", "riot", "violence_against_civilians"}
#: Abstract nouns with no body to strike or collide with: laws, policies and money matters,
#: ideas, states and processes ("clashes with the zoning plan", "a battle over the tax", "the
#: mill town's collision with a harsh economy").
ABSTRACT_NOUNS = {
    "tax", "taxes", "law", "laws", "bill", "bills", "policy", "policies", "plan", "plans", "proposal", "proposals",
    "budget", "budgets", "ordinance", "measure", "regulation", "regulations", "rule", "rules", "reform", "reforms",
    "legislation", "amendment", "initiative", "program", "programme", "zoning", "mandate", "spending",
    "funding", "cuts", "deficit", "debt", "prices", "rates", "reality", "realities", "idea", "ideas", "notion",
    "concept", "principle", "principles", "values", "tradition", "traditions", "culture", "identity", "vision",
    "past", "history", "truth", "freedom", "progress", "change", "changes", "growth",
    "economy", "recession", "crisis", "downturn", "slump", "inflation", "unemployment", "problem", "problems",
    "issue", "issues", "question", "questions", "challenge", "challenges", "gap", "trend", "trends", "expectations", "goal", "goals", "deadline", "limit", "fate",
    "conscience", "logic", "science", "evidence", "facts", "perception", "image", "reputation", "interests",
    # views and acts of office, the targets of words: "his politics clashed with the leaders'
    # stances", "attacked the impeachment investigation", "attacked the proclamation"
    "politics", "stance", "stances", "view", "views", "opinion", "opinions", "ideology", "rhetoric",
    "investigation", "inquiry", "proclamation", "declaration", "decision", "ruling", "verdict",
    "announcement", "remark", "remarks", "comment", "comments", "claim", "claims",
}
#: Endings of abstract nouns (names of processes, states and doctrines).
_ABSTRACT_ENDINGS = ("ization", "isation", "ness", "ism")
_CONCRETE_WITH_ENDING = {"organization", "organisation", "witness", "business", "harness", "wilderness", "mechanism",
                         "organism", "baptism"}
#: Whose weapons are words: their attacks and targets are criticism ("critics are targeting its owner").
SPEECH_ROLES = {"critic", "critics", "opponent", "opponents", "proponent", "proponents", "supporter", "supporters",
                "advocate", "advocates", "skeptic", "skeptics", "sceptic", "sceptics", "detractor", "detractors",
                "commentator", "commentators", "pundit", "pundits", "editorial", "editorials", "columnist"}


def abstract_noun(token: Token) -> bool:
    """A noun that names a law, a policy, an idea, a state or a process, nothing with a body."""
    word, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    if word in ABSTRACT_NOUNS or lemma in ABSTRACT_NOUNS:
        return True
    return word.endswith(_ABSTRACT_ENDINGS) and word not in _CONCRETE_WITH_ENDING and lemma not in _CONCRETE_WITH_ENDING


#: Lemmas that show a protest took to the street: marching, rallying, a crowd, signs.
_STREET_SIGNS = {"march", "rally", "demonstrate", "demonstration", "street", "crowd", "sign", "placard", "chant",
                 "banner", "picket", "sit-in", "blockade", "block"}
#: Subjects that are a crowd by their number ("hundreds", "thousands of people").
_CROWD_NUMBERS = {"hundreds", "thousands", "dozens", "scores", "tens", "crowd", "crowds"}


def _street_protest(token: Token) -> bool:
    """True when the sentence shows a protest in the street: a word of marching or rallying
    (by lemma, so "marched", "rallied"; the month "March", a name, does not count), or a crowd
    or people counted in hundreds as its subject ("hundreds of people protested the plan")."""
    if any(t.lemma_.lower() in _STREET_SIGNS and t.pos_ in ("VERB", "NOUN") for t in token.sent):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _CROWD_NUMBERS or subject.lower_ in _CROWD_WORDS)


#: Quantifiers that stand for a part of the noun after their "of": "some of the stances".
PARTITIVES = {"some", "many", "most", "all", "several", "one", "none", "each", "any", "few", "much", "part"}


def partitive_whole(noun: Token, quantifiers: set[str] = PARTITIVES) -> Token:
    """The noun a quantifier of ``quantifiers`` takes a part of ("some of the stances" ->
    "stances"), else the noun itself (the whole is the "of" phrase's pobj, as the quantifier is
    its own preposition's)."""
    if noun.lower_ not in quantifiers:
        return noun
    whole = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    return noun if whole is None else whole


def figurative(token: Token, event_type: str) -> bool:
    """A physical happening's word used of abstract things, a metaphor (codebook §1): its
    counterpart after "with" or "against" (or its object) is a law, an idea or a process ("the
    new depot clashes with modernization", "the mill town's collision with a harsh economy"), or, with no
    one to fight, what it is "over" or "about" is ("a long battle over raising the levy"), or
    its doer fights with words ("critics are targeting its owner"). What a fight between people
    is over is its cause, not a metaphor ("protesters clashed with police over the fuel tax")."""
    if event_type not in PHYSICAL_TYPES:
        return False
    issue = False
    people = False  # someone to fight: a concrete counterpart or doer
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "against", "between"):
            for obj in map(partitive_whole, child.children):
                if obj.dep_ == "pobj" and abstract_noun(obj) and child.lower_ != "between":
                    return True  # "clashes with modernization", "a collision with a harsh economy"
                if obj.dep_ == "pobj":
                    people = True
        elif child.dep_ == "prep" and child.lower_ in ("over", "about"):
            for obj in child.children:
                if (obj.dep_ == "pobj" and abstract_noun(obj)) or (obj.dep_ == "pcomp" and obj.tag_ == "VBG"):
                    issue = True  # "the fight over the budget", "a battle over raising the levy"
        elif child.dep_ in ("poss", "compound", "amod") and not abstract_noun(child) and child.pos_ in ("PROPN", "NOUN"):
            people = True  # "police clashes", "the rebels' attack"
        if child.dep_ == "dobj" and abstract_noun(child) and token.pos_ in ("VERB", "AUX"):
            return True  # "attacked the plan", "hit a new high of inflation"
    if token.pos_ in ("VERB", "AUX"):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in SPEECH_ROLES or subject.lemma_.lower() in SPEECH_ROLES
                                    or abstract_noun(subject)):
            return True  # "critics are targeting the owner", "the reform hit a wall"
        if subject is not None:
            people = True
    return issue and not people


def to_infinitive(verb: Token) -> bool:
    """True for a verb marked as an infinitive by "to" ("urged them *to leave*", "sent troops
    *to attack* the town"): the one test of the parse's ``aux`` "to" every stage asks."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
        if lemma and lemma in VERB_TYPES and lemma not in _NEEDS_GOODS and lemma not in _COVERAGE_VERB_LEMMAS \
                and lemma not in ("launch", "fire", "send",
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


#: Adjectives of likelihood whose infinitive may be told as a chance: "they are more likely to be arrested".
_LIKELY = {"likely", "unlikely"}
#: Comparatives that make "likely" a chance compared, no expectation: "more likely to be arrested".
_COMPARED = {"more", "less", "most", "least"}


def _a_chance(adjective: Token) -> bool:
    """"unlikely", or a compared "likely" ("more likely"); not a plain "likely", an expectation
    ("a deal is likely to be signed on Friday" is a plan, codebook §3)."""
    return adjective.lower_ == "unlikely" or (adjective.lower_ == "likely"
                                              and any(c.lower_ in _COMPARED for c in adjective.children))


def only_possible_participle(trigger: Token) -> bool:
    """A participle told only as what can or may have been done ("anyone can be arrested for
    it", "others could have been charged", "the activist may have fled to Mexico", "they are
    more likely to be arrested", "he is unlikely to be charged"): a possibility, no happening
    (codebook §1: hypothetical happenings and speculation are part of the words that voice
    them), with or without a negation ("he cannot be extradited")."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MAY_MODALS for c in trigger.children):
        return True
    head = trigger if trigger.dep_ != "conj" else trigger.head
    return head.dep_ == "xcomp" and (
        (head.head.lemma_.lower() in _LIKELY and _a_chance(head.head))
        or any(c.lower_ in _LIKELY and _a_chance(c) for c in head.head.children))


def mode_of(trigger: Token) -> str:
    """How sure the sentence is that the happening took place."""
    head_chain = [trigger]
    node = trigger
    while node.head != node and len(head_chain) < 4 and node.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "pobj", "prep", "dobj"):
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _CONTRAST for c in node.head.children):
            # "He would not name the town but said the man was sentenced there": a verb joined
            # by "but" has its own polarity and modality, not its contrasting partner's
            break
        node = node.head
        head_chain.append(node)
    lemma = trigger.lemma_.lower()
    if (lemma == "threaten" and any(c.dep_ == "xcomp" for c in trigger.children)) or (lemma in _THREAT_TRIGGERS and (
            any(c.dep_ == "xcomp" and c.lemma_.lower() in _THREATENED_ACTS for c in trigger.children)
            or {c.lower_ for c in trigger.children if c.dep_ == "dobj"} & _REVENGE)):
        # "the party is threatening to push for his expulsion", "the group vows to retaliate":
        # a threat of one's own act (codebook §3: mode threatened); one said not to have been
        # made is denied ("Ruritania did not threaten to strike", "denied threatening to strike")
        if any(c.dep_ == "neg" for c in trigger.children) or any(
                node.lemma_.lower() in DENY_VERBS for node in head_chain[1:]):
            return "denied"
        return "threatened"
    if only_possible_participle(trigger):
        return "hypothetical"
    presupposed = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in trigger.children)
    for node in head_chain:
        children = list(node.children)
        # a modal is a helper or an adverb, not the month ("the May 12 ballot")
        lowers = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "advmod") or c.tag_ == "MD"}
        if node != trigger and node.lemma_.lower() in DENY_VERBS:
            return "denied"
        if node != trigger and node.lemma_.lower() in _THREAT_VERBS:
            # (a threat said not to have been made is denied: "did not threaten to strike")
            return "denied" if any(c.dep_ == "neg" for c in children) or any(
                later.lemma_.lower() in DENY_VERBS for later in head_chain[head_chain.index(node) + 1:]) \
                else "threatened"
        if presupposed and node != trigger:
            # "the House could not override the governor's veto": a definite noun presupposes
            # its happening; what is negated, doubted or hoped for is the act around it, not the
            # veto (only a future or a condition the noun shares stays: "will attend the summit",
            # "if he makes the trip")
            if node.dep_ == "advcl" and any(c.lower_ in _IF for c in children):
                return "hypothetical"
            if lowers & _MODAL_FUTURE:
                return "planned"
            continue
        elif any(c.dep_ == "neg" for c in children):
            return "denied"
        elif lowers & _MODAL_HYPOTHETICAL:
            return "hypothetical"
        if lowers & _MODAL_CONDITIONAL and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF
                                                                          for m in c.children) for c in children):
            # "they would be killed if they were deported": a consequence of a condition, not a
            # plan (codebook §1: hypothetical happenings)
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


# ---------------------------------------------------------------------------------------------
# General trigger coverage (issue #15: recall on unseen news). How news English names the
# happenings of each type of the codebook, beyond the words the rules above grew from: plain
# words in _COVERAGE_VERBS / _COVERAGE_NOUNS, words with a second sense that is no happening
# decided by _coverage_verb_type / _coverage_noun_type, which :func:`verb_type` and
# :func:`noun_type` ask first (they return _UNDECIDED for a word they leave to the rules above).
# ---------------------------------------------------------------------------------------------
_UNDECIDED = object()

#: verbs of the general coverage and the type they name; a verb with a second sense that names no
#: happening (slam, hail, promise, approve, unveil, commute, gun) is also in _COVERAGE_VERB_LEMMAS,
#: and :func:`_coverage_verb_type` decides it first by its phrase
_COVERAGE_VERBS: dict[str, str] = {
    # meet
    "convene": "meet", "huddle": "meet", "telephone": "meet", "phone": "meet",
    # visit
    "depart": "visit",
    # statements
    "proclaim": "statement",
    # condemn
    "lambast": "condemn", "lambaste": "condemn", "castigate": "condemn", "censure": "condemn", "chastise": "condemn",
    "berate": "condemn", "excoriate": "condemn", "reprimand": "condemn", "reproach": "condemn", "vilify": "condemn",
    "slam": "condemn",  # "slammed the decision" (a vehicle that slams into something: _IMPACT_VERBS)
    # support
    "reaffirm": "support", "applaud": "support", "commend": "support", "congratulate": "support", "laud": "support",
    "hail": "support", "promise": "support",
    # agree
    "approve": "agree", "accede": "agree", "normalize": "agree", "normalise": "agree",
    # deploy
    "redeploy": "deploy", "amass": "deploy",
    # attack
    "strafe": "attack", "retake": "attack", "recapture": "attack", "repel": "attack", "repulse": "attack",
    "firebomb": "attack", "hijack": "attack", "carjack": "attack", "snipe": "attack", "gun": "attack",
    "bludgeon": "attack", "strangle": "attack", "stab": "attack",
    # violence against civilians
    "rape": "violence_against_civilians", "molest": "violence_against_civilians",
    "lynch": "violence_against_civilians",
    # riot
    "rampage": "riot", "ransack": "riot", "pelt": "riot",
    # arrest
    "nab": "arrest", "remand": "arrest", "handcuff": "arrest", "exonerate": "arrest", "re-arrest": "arrest",
    "rearrest": "arrest", "incarcerate": "arrest",
    # sanction
    "outlaw": "sanction",
    # disaster
    "inundate": "disaster",
    # accident
    "electrocute": "accident",
    # election
    "re-elect": "election", "unseat": "election",
    # other: leadership, legal and policy measures
    "impeach": "other", "pardon": "other", "veto": "other", "enact": "other", "repeal": "other", "revoke": "other",
    "abolish": "other", "defect": "other", "repatriate": "other", "sue": "other", "overrule": "other",
    "uphold": "other", "legalize": "other", "legalise": "other", "nationalize": "other", "nationalise": "other",
    "annul": "other", "commute": "other",
    "tweet": "statement", "fault": "condemn", "chide": "condemn", "scold": "condemn", "crash-land": "accident",
    "jackknife": "accident", "reshuffle": "other", "reconvene": "meet", "maul": "accident",
    # a state's claim to another's land: a change of who governs it
    "annex": "other", "secede": "other",
}

#: nouns of the general coverage and the type they name; a noun with a second sense that names no
#: happening (charter, loan, journey, takeover, declaration, voting, polling, restrictions, ruling, ...)
#: is decided first by :func:`_coverage_noun_type` from its phrase
_COVERAGE_NOUNS: dict[str, str] = {
    # meet
    "negotiations": "meet", "negotiation": "meet", "consultations": "meet", "roundtable": "meet",
    # visit
    "journey": "visit", "stopover": "visit",
    # statements
    "remarks": "statement", "speech": "statement", "declaration": "statement", "communique": "statement",
    "communiqué": "statement", "proclamation": "statement", "denial": "statement",
    # warn
    "ultimatum": "warn",
    # condemn
    "criticism": "condemn", "accusation": "condemn", "accusations": "condemn", "denunciation": "condemn",
    "rebuke": "condemn", "censure": "condemn", "reprimand": "condemn", "allegation": "condemn",
    "allegations": "condemn",
    # support
    "praise": "support", "endorsement": "support", "congratulations": "support", "condolences": "support",
    # agree
    "memorandum": "agree", "charter": "agree", "compromise": "agree", "ratification": "agree",
    "accords": "agree",
    # aid
    "donation": "aid", "donations": "aid", "compensation": "aid", "loan": "aid", "bailout": "aid", "airlift": "aid",
    # supply
    "consignment": "supply",
    # deploy
    "redeployment": "deploy", "reinforcements": "deploy", "maneuvers": "deploy", "manoeuvres": "deploy",
    # attack
    "skirmish": "attack", "skirmishes": "attack", "crossfire": "attack", "hostilities": "attack",
    "onslaught": "attack", "counteroffensive": "attack", "counter-offensive": "attack", "counterattack": "attack",
    "gunbattle": "attack", "beating": "attack", "hijacking": "attack", "carjacking": "attack", "mugging": "attack",
    "arson": "attack", "airstrikes": "attack", "air-strike": "attack",
    # violence against civilians
    "rape": "violence_against_civilians", "lynching": "violence_against_civilians",
    "beheading": "violence_against_civilians", "atrocities": "violence_against_civilians",
    "atrocity": "violence_against_civilians", "genocide": "violence_against_civilians",
    "hostage-taking": "violence_against_civilians", "molestation": "violence_against_civilians",
    # riot
    "rioting": "riot", "looting": "riot", "vandalism": "riot", "rampage": "riot", "brawl": "riot",
    "melee": "riot", "scuffle": "riot", "scuffles": "riot", "stone-throwing": "riot",
    # protest
    "boycott": "protest", "counter-protest": "protest", "counterprotest": "protest", "stoppage": "protest",
    # arrest
    "acquittal": "arrest", "crackdown": "arrest",
    "retrial": "arrest", "re-arrest": "arrest", "manhunt": "arrest",
    # sanction
    "sanction": "sanction", "restrictions": "sanction", "blacklisting": "sanction",
    # disaster
    "blizzard": "disaster", "avalanche": "disaster", "tsunami": "disaster", "mudslide": "disaster",
    "mudslides": "disaster", "rockslide": "disaster", "rockfall": "disaster", "rockfalls": "disaster",
    "snowstorm": "disaster", "windstorm": "disaster",
    "hailstorm": "disaster", "thunderstorm": "disaster", "rainstorm": "disaster", "heatwave": "disaster",
    "famine": "disaster", "epidemic": "disaster", "pandemic": "disaster", "tremor": "disaster",
    "aftershock": "disaster", "bushfire": "disaster", "sinkhole": "disaster", "twister": "disaster",
    "deluge": "disaster", "downpour": "disaster", "downpours": "disaster", "monsoon": "disaster",
    "landslides": "disaster", "tornadoes": "disaster",
    # accident
    "wreck": "accident", "pileup": "accident", "pile-up": "accident", "rollover": "accident", "mishap": "accident",
    "inferno": "accident", "poisoning": "accident", "sinking": "accident", "capsizing": "accident",
    "drowning": "accident", "electrocution": "accident", "hit-and-run": "accident", "mauling": "accident",
    # election
    "caucus": "election", "caucuses": "election", "by-election": "election", "byelection": "election",
    "re-election": "election", "reelection": "election", "recount": "election", "voting": "election",
    "polling": "election",
    # other
    "impeachment": "other", "takeover": "other", "defection": "other", "curfew": "other", "expulsion": "other",
    "repatriation": "other", "ruling": "other", "decree": "other", "lawsuit": "other", "veto": "other",
    "pardon": "other", "swearing-in": "other", "reshuffle": "other", "purge": "other", "moratorium": "other",
    "dismissal": "other", "sacking": "other",
    "torture": "violence_against_civilians", "mistrial": "arrest", "shipwreck": "accident", "pilgrimage": "visit",
    "accession": "agree", "mou": "agree", "amnesty": "other", "lockdown": "other",
    "annexation": "other", "secession": "other", "go-slow": "protest", "work-to-rule": "protest",
}

VERB_TYPES.update({k: v for k, v in _COVERAGE_VERBS.items() if k not in VERB_TYPES})
NOUN_TYPES.update({k: v for k, v in _COVERAGE_NOUNS.items() if k not in NOUN_TYPES})

#: people as the object of a blow or of a dismissal ("beat a man", "fired the coach")
_PEOPLE = {"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers",
           "child", "children", "him", "her", "them", "victim", "victims", "wife", "husband", "girlfriend",
           "boyfriend", "student", "students", "protester", "protesters", "demonstrator", "demonstrators", "officer",
           "officers", "prisoner", "prisoners", "civilian", "civilians", "journalist", "journalists", "resident",
           "residents", "person", "people", "son", "daughter", "mother", "father", "infant", "baby", "toddler"}
#: office holders one dismisses, names or appoints
_POSTS = {"minister", "secretary", "chief", "head", "director", "coach", "manager", "commander", "general",
          "ambassador", "envoy", "governor", "chairman", "chairwoman", "chair", "president", "ceo", "executive",
          "superintendent", "official", "officials", "prosecutor", "judge", "premier", "deputy", "adviser",
          "advisor", "spokesman", "spokeswoman", "administrator", "commissioner", "editor", "aide", "aides",
          "cabinet", "successor", "candidate",
          "nominee", "leader", "justice", "attorney", "mayor"}
#: a workforce: laying it off changes no office holder
_STAFF = {"staff", "staffer", "staffers", "employee", "employees", "worker", "workers", "team", "board", "workforce",
          "people", "jobs", "contractors", "personnel"}
_ELECTION_WORDS = {"election", "elections", "primary", "runoff", "race", "vote", "votes", "ballot", "poll", "polls",
                   "electoral", "re-election", "reelection", "caucus", "caucuses"}
_ACCOUNT_GIVERS = {"police", "prosecutor", "prosecutors", "authority", "authorities", "investigator", "officer",
                   "detective", "deputy", "indictment", "complaint", "report", "warrant",
                   "it", "sheriff", "officials", "official"}
LEGAL_ACTS = {"lawsuit", "suit", "complaint", "motion", "appeal", "brief", "petition", "claim", "claims",
               "injunction", "grievance"}
_CASE_WORDS = {"case", "cases", "charge", "charges", "indictment", "appeal", "appeals", "lawsuit", "suit", "motion",
               "conviction", "verdict", "ruling", "sentence", "complaint", "petition", "claim", "claims", "count",
               "counts"}
LAW_TEXTS = {"bill", "bills", "law", "laws", "resolution", "resolutions", "measure", "measures", "amendment",
              "amendments", "budget", "declaration", "charter", "constitution", "treaty", "text", "statute",
              "legislation", "ordinance", "referendum", "plan", "proposal", "accord", "agreement", "convention",
              "protocol", "framework", "roadmap", "document", "ban", "sanctions", "reform", "reforms"}
_DEAL_WORDS = {"deal", "deals", "agreement", "agreements", "accord", "treaty", "pact", "ceasefire", "truce",
               "talks", "negotiations", "contract", "settlement", "compromise", "memorandum", "alliance"}
_TIES = {"ties", "relations", "relationship", "contacts"}
_WEAPON_GOODS = {"weapon", "weapons", "arms", "missile", "missiles", "rocket", "rockets", "ammunition", "munitions",
                 "tank", "tanks", "jet", "jets", "aircraft", "drone", "drones", "artillery", "rifles", "guns",
                 "equipment", "helicopters", "warships", "submarines", "systems"}
_FLYING = {"plane", "planes", "aircraft", "jet", "jets", "helicopter", "helicopters", "drone", "drones", "airliner",
           "fighter", "warplane", "warplanes", "missile", "missiles", "bomber", "bombers"}
_DISEASES = {"cholera", "measles", "flu", "influenza", "ebola", "virus", "disease", "salmonella", "plague",
             "typhoid", "dengue", "malaria", "meningitis", "e.", "coli", "listeria", "covid", "covid-19",
             "polio", "mumps", "tuberculosis", "hepatitis", "legionnaires", "anthrax", "swine", "bird"}
_VIOLENCE_WORDS = {"violence", "war", "fighting", "hostilities", "clashes", "rioting", "unrest", "conflict"}
_EMERGENCIES = {"emergency", "curfew", "martial", "independence", "disaster", "lockdown"}
_JAIL_WORDS = {"jail", "prison", "custody", "lockup", "cell", "detention", "bail", "bond", "charges", "charge",
               "suspicion", "murder", "counts", "count", "warrant", "jailhouse"}
_CROWD_WORDS = PROTESTER_NOUNS | {"crowd", "crowds", "rioters", "mob", "students", "workers", "activists", "marchers",
                                 "supporters", "thousands", "hundreds", "strikers", "opponents", "youths", "villagers",
                                 "residents", "farmers", "truckers", "miners", "teachers"}
_LABOUR_SUBJECTS = {"worker", "workers", "union", "unions", "employee", "employees", "teacher", "teachers", "nurse",
                    "nurses", "doctor", "doctors", "miner", "miners", "driver", "drivers", "pilot", "pilots",
                    "staff", "dockers", "truckers", "strikers", "students", "porters", "controllers", "machinists"}

_HOSTAGES = {"hostage", "hostages", "captive", "captives"}
#: who is called up besides troops
_CALLED_UP = {"reservist", "reservists", "reserves", "reserve", "conscripts", "conscript", "recruits", "guardsmen",
              "guard", "draftees"}
#: what one imposes as a sanction (a curfew or lockdown is a policy measure: other)
_SANCTION_WORDS = {"sanction", "sanctions", "embargo", "embargoes", "blockade", "asset", "freeze", "freezes",
                   "ban", "bans", "blacklist"}
#: the dignitaries one receives (beside office holders)
_DIGNITARIES = {"prince", "king", "queen", "emir", "sultan", "pope", "delegation", "counterpart", "envoy",
                "premier", "chancellor", "sheikh", "monarch", "dalai"}
#: relief goods (medicine and supplies may go to an army: a supply unless called aid); weapons make a supply
_AID_GOODS = {"aid", "relief", "food", "humanitarian", "blankets", "tents", "flour", "rice", "meals", "rations"}
#: who gives relief goods: a state, its forces, an agency or a charity (not a bakery delivering food)
_AID_GIVERS = {"government", "governments", "agency", "agencies", "un", "army", "military", "troops", "navy",
               "charity", "charities", "country", "countries", "ngo", "ngos", "cross", "crescent", "programme",
               "program", "ministry", "administration", "nations", "unicef", "wfp", "unhcr", "usaid", "organization",
               "organisation", "donors", "donor"}
_AID_MONEY = {"aid", "assistance", "relief", "loan", "loans", "funding", "funds", "grant", "grants", "humanitarian",
              "bailout", "reconstruction", "million", "billion", "$"}
#: hazards that hit a region (the storms and quakes of _WEATHER are read by verb_type)
_HAZARDS = (_WEATHER - {"snow"}) | {"drought", "droughts", "heatwave", "heat", "famine", "frost", "hailstorm",
                                    "avalanche", "tremor", "aftershock", "flooding", "wildfires", "bushfire",
                                    "monsoon", "downpour", "epidemic", "outbreak", "cold"}
#: Unions read per verb (built once, not at each call)
_DISASTER_DOERS = _WEATHER | _HAZARDS
_MOTOR_DOERS = _VEHICLES | _CAR_MODELS
_CAR_THINGS = _VEHICLES | _CAR_WORDS
_FIGHTING_WORDS = _FIGHTING_HEADS | _ARMED | _WEAPON_WORDS
#: what office holders gather for when they meet ("gathered for talks"; not "for a photo")
_MEETING_PURPOSES = {"talks", "meeting", "meetings", "summit", "conference", "session", "consultations",
                     "negotiations", "discuss", "negotiate", "talk", "meet", "confer"}
#: office holders who meet when they gather
_OFFICIALS = {"ministers", "leaders", "delegates", "delegations", "officials", "representatives", "envoys",
              "negotiators", "heads", "diplomats", "lawmakers", "legislators", "senators", "chiefs", "generals",
              "presidents", "premiers", "mediators", "commanders", "governors", "mayors"}
#: whom one addresses in a speech
_AUDIENCES = {"nation", "parliament", "congress", "assembly", "lawmakers", "rally", "crowd", "crowds", "conference",
              "summit", "reporters", "journalists", "supporters", "country", "session", "meeting", "people",
              "legislature", "senate", "troops", "delegates", "forum", "gathering", "convention", "nations",
              "citizens", "americans", "britons", "graduates", "audience", "public"}
#: people exchanged in a swap
_CAPTIVES = {"prisoners", "prisoner", "captives", "detainees", "pows", "hostages", "spies", "inmates"}
#: crowds and things that flood a place without water
_FLOCKING = {"fans", "people", "thousands", "hundreds", "tourists", "visitors", "shoppers", "refugees", "migrants",
             "calls", "letters", "emails", "complaints", "children", "pilgrims", "spectators", "mourners", "buyers",
             "investors", "orders", "applications"}
#: where an emergency call sends an officer
_CALL_SITES = {"scene", "home", "house", "residence", "apartment", "area", "address", "location", "report", "call",
               "store", "business", "school", "hospital", "intersection", "road", "street", "neighborhood"}
#: goods on their way (what arrives as a supply)
_CONSIGNMENTS = {"shipment", "shipments", "batch", "consignment", "consignments", "delivery", "deliveries", "cargo",
                 "convoy", "convoys", "package", "packages"}
#: guns whose fire is gunfire
_GUNS = {"mortar", "artillery", "rocket", "tank", "sniper", "gun", "machine-gun", "machinegun", "automatic",
         "small-arms", "enemy", "cannon", "howitzer", "anti-aircraft", "heavy"}
#: heavy arms one moves to a front like troops
_HEAVY_ARMS = {"tanks", "artillery", "armour", "armor", "launchers", "batteries", "warships", "missiles", "howitzers",
               "vehicles", "jets", "bombers", "aircraft"}
#: nouns of armed attack that a light verb carries ("carried out airstrikes")
_ATTACK_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "bombing",
                 "bombings", "offensive", "assault", "assaults", "bombardment", "ambush", "incursion", "incursions",
                 "counteroffensive", "counterattack", "shelling"}
#: who carries out such attacks
_ATTACKERS = {"army", "troops", "forces", "military", "militants", "rebels", "insurgents", "jets", "warplanes",
              "aircraft", "navy", "soldiers", "gunmen", "fighters", "militia", "militias", "air", "drones",
              "police", "commandos", "coalition"}
#: verbs of urging: what they urge is no happening yet
_URGING = {"urge", "call", "ask", "press", "demand", "push", "want", "encourage", "appeal", "implore", "beg", "tell"}
#: what falls down in an accident
_STRUCTURES = {"building", "buildings", "bridge", "roof", "mine", "dam", "structure", "stage", "crane", "wall",
               "tunnel", "house", "school", "factory", "tower", "ceiling", "balcony", "stadium", "scaffolding",
               "hotel", "block", "church", "mosque", "temple", "overpass", "flyover", "footbridge", "walkway",
               "plant", "warehouse", "shaft"}
#: the acts one vows in a threat ("vowed to retaliate")
_THREATENED_ACTS = {"retaliate", "avenge", "crush", "destroy", "punish", "annihilate", "wipe", "strike", "attack",
                    "eliminate"}
#: bodies and texts of a state that a junta or a government dissolves or suspends
_INSTITUTIONS = {"parliament", "assembly", "legislature", "congress", "senate", "cabinet", "government",
                 "constitution", "council", "court", "party", "parties", "commission", "militia", "militias"}
#: whom one evacuates as an act of a state (not residents before a storm: rescue work)
_EVACUEES = {"foreigners", "nationals", "citizens", "diplomats", "embassy", "westerners", "americans", "britons",
             "expatriates", "expats"}


#: the offices and ballots that make a race an election race ("the race for governor"; not "the 100-metre race")
_RACE_OFFICES = {"presidential", "mayoral", "gubernatorial", "senate", "congressional", "parliamentary", "governor",
                 "mayor", "president", "presidency", "senator", "seat", "office", "leadership", "nomination",
                 "council", "house", "primary", "election", "vote", "ballot", "campaign", "candidate", "candidates"}


#: who concedes defeat in an election (not a team: "the Lakers conceded defeat")
_CANDIDATES = {"incumbent", "candidate", "challenger", "nominee", "contender", "opposition", "president", "mayor",
               "governor", "senator", "congressman", "congresswoman", "premier", "minister"}


def _election_context(token: Token) -> bool:
    """The sentence speaks of an election: a ballot word, or a race for an office."""
    words = _sentence_words(token)
    return bool(words & (_ELECTION_WORDS - {"race"}) or "race" in words and words & _RACE_OFFICES)


def _human_object(verb: Token) -> bool:
    """The verb's object (or passive subject) is a person: a named one, a pronoun or a word for people."""
    return _person_object(verb, _PEOPLE)


#: what one condemns by slamming it, beside people and organisations
_SLAMMED = {"decision", "decisions", "policy", "policies", "plan", "plans", "statement", "statements", "move",
            "government", "administration", "party", "proposal", "ruling", "remark", "remarks", "comment", "comments",
            "bill", "law", "deal", "report", "handling", "response", "attack", "attacks", "regime", "leadership",
            "critic", "critics", "opposition", "union", "company", "court", "judge", "minister", "ban", "measure",
            "sanction", "sanctions", "tariff", "tariffs", "approach", "idea", "claim", "claims", "verdict"}

_PARTICLES = {"down", "out", "up", "over", "off", "back", "in", "away"}


def _particle(verb: Token) -> str | None:
    """The verb's particle ("gunned down"), also when the parser made it an adverb ("stepped down")."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in _PARTICLES and 0 < c.i - verb.i <= 3)), None)


#: Bodies whose vote a bill passes ("passed the Senate", "passes through Congress", "passed in the House").
_CHAMBERS = {"house", "senate", "congress", "parliament", "assembly", "legislature", "council", "committee",
             "chamber", "duma", "knesset", "diet", "bundestag", "lawmakers", "legislators", "commission", "board"}


def passing_chamber(verb: Token) -> Token | None:
    """The body a law text passes, for "pass" with a law text for subject and the body that voted
    it as object or in a phrase ("This bill passed the Senate on Tuesday", "A bill passes through
    Congress", "Her bill has passed out of the House", "the measure passed in the assembly"):
    the body's vote approving the text (codebook: parliamentary votes, approvals of a common
    text), told from the text's side. None for "the deadline passed", "the storm passed through
    the county"."""
    subject = _head_subject(verb)
    if verb.lemma_.lower() != "pass" or subject is None or subject.lemma_.lower() not in LAW_TEXTS:
        return None
    bodies = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "in", "out", "by")
        for o in c.subtree if o.dep_ == "pobj"]
    return next((b for b in bodies if b.lemma_.lower() in _CHAMBERS), None)


def text_passes_a_chamber(verb: Token) -> bool:
    """"This bill passed the Senate": a law text passes the body that voted it (:func:`passing_chamber`)."""
    return passing_chamber(verb) is not None


def _subject_words(verb: Token) -> set[str]:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = verb.head
    return {t.lower_ for t in subject.subtree} if subject is not None else set()


def _object_heads(verb: Token) -> set[str]:
    """The head words (text and lemma) of the verb's object or passive subject: "the party's account" is an account."""
    return {w for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for w in (c.lower_, c.lemma_.lower())}


def _doer_words(verb: Token, head_only: bool = False) -> set[str]:
    """Lower-cased words of the verb's doer: its active subject or its passive agent (only its head with head_only)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ in ("acl", "relcl", "conj"):
        head = _head_subject(verb)
        doers = [head] if head is not None else []
    if head_only:
        return {w for d in doers for w in (d.lower_, d.lemma_.lower())}
    return {t.lower_ for d in doers for t in d.subtree}


def _doer_gpe(verb: Token) -> bool:
    """The verb's doer is a state or a people ("Jordan airdropped food", "Egyptian trucks")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.ent_type_ in ("GPE", "NORP") for d in doers)


def _fallen_words(verb: Token) -> set[str]:
    """Lower-cased words of what a verb of falling down ("collapse", "give way") tells has
    fallen: its subject ("a building collapsed"); for a relative clause, the noun phrase it
    closes, the parser's nearer noun and the noun that noun's phrase hangs on ("the
    destruction of Bridge 9 over Elm Creek, which collapsed in 2005"); and the object of its
    transitive use ("the fire collapsed the tower")."""
    words = _subject_words(verb) | _object_words(verb)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # (the phrase the clause closes: "Bridge 9 over Elm Creek")
        clause = {t.i for t in verb.subtree}
        words |= {t.lower_ for t in noun.subtree if t.i not in clause}
    return words


#: Verbs of a trip whose subject may be a craft instead of a person: "the plane was flying to ...".
CRAFT_MOVES = {"fly", "arrive", "travel"}
#: Makers whose name stands for an aircraft: "a Cessna 208B Grand Caravan".
_AIRCRAFT_MAKERS = {"cessna", "boeing", "airbus", "beechcraft", "piper", "embraer", "bombardier", "antonov",
                    "tupolev", "ilyushin", "sukhoi", "learjet", "gulfstream"}


def craft_moving(verb: Token) -> bool:
    """A verb of travel whose subject is a craft, an aircraft, a ship or a vehicle, not owned
    by anyone the sentence names ("the single-engine plane was flying to El Cajon when it
    crashed"; "a Cessna that went missing while flying over the sound"; "a plane carrying
    relief supplies arrives in the capital"): the craft's movement, the setting of a mishap or
    of a delivery, no person's trip to a place (codebook §1: visit is a person's trip). Not
    "the president's plane arrived in Kyiv" (a possessor who travels in it). It is kept as a
    mention (judged in :func:`timeline.events.extract.select_events`), so that the places it
    owns stay its own, not the mishap's."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CRAFT_MOVES:
        return False
    node = verb
    while node.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) \
            and node.head.i != node.i:
        node = node.head  # "went missing while flying": the subject of the clause it hangs from
    subject = _head_subject(node)
    if subject is None or any(c.dep_ == "poss" for c in subject.children):
        return False
    words = {subject.lower_, subject.lemma_.lower()}
    if subject.pos_ == "PROPN":  # a model's name: its maker before it ("a Cessna 172 Skyhawk")
        words |= {t.lower_ for t in subject.subtree if t.i < subject.i}
    return bool(words & (_VEHICLES | _FLYING | _AIRCRAFT_MAKERS))


def _head_subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in ("acl", "relcl", "conj"):
        return verb.head if verb.dep_ != "conj" else _head_subject(verb.head)
    return subject


#: labels that condemn whom they name ("called him a liar"); a praising label ("called the summit a success") does not
_NEGATIVE_LABELS = {"criminal", "criminals", "terrorist", "terrorists", "traitor", "traitors", "liar", "liars",
                    "disgrace", "disgraceful", "failure", "obstructionist", "obstructionists", "mafia", "thug", "thugs",
                    "fascist", "fascists", "nazi", "nazis", "racist", "racists", "murderer", "murderers", "killer",
                    "killers", "fraud", "crook", "crooks", "puppet", "puppets", "dictator", "tyrant", "butcher",
                    "corrupt", "illegal", "illegitimate", "shameful", "outrageous", "unacceptable", "provocation",
                    "extremist", "extremists", "bandit", "bandits", "gangster", "gangsters", "clown", "coward",
                    "cowards", "enemy", "enemies", "threat", "mistake", "hypocrite", "hypocrites", "disaster",
                    "lie", "lies", "sham", "hoax", "farce", "insult", "betrayal", "crime", "crimes", "genocide",
                    "aggression", "aggressor", "invader", "invaders", "occupier", "occupiers", "radical", "radicals",
                    "stupid", "incompetent", "reckless", "dangerous", "irresponsible", "hostile", "absurd",
                    # dehumanising names: "the mayor called the attackers animals"
                    "animal", "animals", "monster", "monsters", "savage", "savages"}


def _label_words(verb: Token) -> set[str]:
    """The words of the label a verb of naming gives ("called him a liar": liar)."""
    words = set()
    for c in verb.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (c.dep_ == "dobj" and any(
                d.dep_ == "dobj" or d.dep_ == "dative" for d in verb.children if d.i != c.i)):
            words |= {t.lemma_.lower() for t in c.subtree} | {t.lower_ for t in c.subtree}
        if c.dep_ == "prep" and c.lower_ == "as":
            words |= {t.lemma_.lower() for t in c.subtree} | {t.lower_ for t in c.subtree}
    return words


#: quotation marks as the tokenizer gives them
_QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''"}
#: verbs that characterise a thing "as" something (with "call", "label", "brand": see :func:`quoted_label`)
_CHARACTERISING = {"characterize", "characterise", "describe"}


def _describes_scene_or_person(verb: Token) -> bool:
    """A verb of characterising whose object is a place, a person or a body ("described the
    area as \"one huge pit of junk\"", "described the White House as \"a collection of small
    groups\"", "described him as \"quiet\""): an account of a scene or a portrait, not a
    position on a happening or an act ("characterized the strike as \"a violation\"")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") or o.pos_ == "PRON" and o.lower_ != "it"
               or o.lower_ in _PEOPLE or o.lemma_.lower() in _HOSTING_PLACES for o in objects)


def quoted_label(verb: Token) -> Token | None:
    """The head of the label a verb of naming gives when the label is a direct quotation, the
    speaker's own words ("called the border agreement \"null and void\"": null; "characterised
    the deaths as \"crushing\"": as, also when the parser hangs it on the object): a position
    the speaker states (codebook §2: a statement whose content is the speaker's own position),
    not the reporter's paraphrase ("described the suspect as a man in his 30s"). None otherwise,
    and None for a participle that names a thing ("a think tank called \"Sustain\"") or a
    passive ("was described as \"knife-obsessed\" by the police": an account of a person)."""
    if verb.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in [*verb.children, *(c for o in objects for c in o.children)]:
        if (child.dep_ == "oprd" and child.head.i == verb.i) or (child.dep_ == "prep" and child.lower_ == "as"):
            tokens = list(child.subtree)
            if any(t.text in _QUOTE_MARKS for t in tokens) \
                    or (tokens[0].i > 0 and tokens[0].nbor(-1).text in _QUOTE_MARKS):
                return child
    return None


def _names_as(verb: Token) -> bool:
    """"called the exiles criminals", "labeling him an obstructionist": an object and a name for it."""
    deps = {c.dep_ for c in verb.children}
    named = {c.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "dobj")}
    if named & {"police", "authority", "department", "witness", "suspect", "ambulance", "911", "sheriff"}:
        return False  # "called police", "was called a witness": no label
    if named & {"what", "which", "that"}:
        return False  # "thanked Kim for what he called the heroism of ...": a phrase inside another act
    return "oprd" in deps and bool(deps & {"dobj", "nsubjpass", "dative"}) or {"dative", "dobj"} <= deps


#: what breaks out or erupts, and the happening it is
_OUTBREAKS = {
    **dict.fromkeys(("fighting", "clashes", "clash", "gunfire", "battle", "battles", "hostilities", "war", "shooting",
                     "firefight", "gunbattle", "skirmishes", "shelling"), "attack"),
    **dict.fromkeys(("riots", "riot", "rioting", "unrest", "violence", "looting", "brawl", "scuffles"), "riot"),
    **dict.fromkeys(("protests", "protest", "demonstrations", "demonstration", "strikes"), "protest"),
    **dict.fromkeys(("fire", "fires", "blaze", "flames", "explosion", "explosions"), "accident"),
    **dict.fromkeys(("volcano", "mount", "mountain", "crater", "geyser", "volcanoes"), "disaster"),
}
#: who holds up a bank or a bus as a robbery (roadworks or a storm hold up traffic)
_ROBBERS = {"robber", "robbers", "gunman", "gunmen", "gang", "gangs", "suspect", "suspects", "bandit", "bandits",
            "thief", "thieves", "assailant", "assailants", "pirates", "armed", "masked"}
#: what robbers hold up
_HELD_UP = {"bank", "banks", "store", "stores", "shop", "shops", "station", "restaurant", "pharmacy", "bar",
            "casino", "jeweler", "jewellery", "jewelry", "truck", "van", "bus", "train", "convenience", "clerk",
            "cashier", "teller", "motorist", "driver", "taxi"}


def _outbreak_type(verb: Token) -> str | None:
    """The happening a verb of breaking out names by its subject; a subject that is itself the
    happening's noun ("clashes erupted") is left to be the trigger (the verb then names nothing)."""
    subject = _head_subject(verb)
    if subject is None:
        return None
    head, head_lemma = subject.lower_, subject.lemma_.lower()
    if head in NOUN_TYPES or head_lemma in NOUN_TYPES:
        return None
    compounds = [c.lower_ for c in subject.children if c.dep_ == "compound"]  # "Mount Etna"
    for word in (head, head_lemma, *compounds):  # the head noun only: not "a row over the fire"
        if word in _OUTBREAKS:
            return _OUTBREAKS[word]
    return "disaster" if subject.ent_type_ in ("LOC", "FAC") and verb.lemma_.lower() == "erupt" else None


#: What a seller or an authority charges: a price, not a crime.
_PRICES = {"price", "prices", "fee", "fees", "premium", "premiums", "rate", "rates", "rent", "toll", "tolls",
           "tuition", "interest", "fare", "fares", "dollar", "dollars", "cent", "cents", "money", "more", "less"}


def _charged_a_price(verb: Token) -> bool:
    """'Charge' in its sense of asking a price: an object that is a price, a sum or the
    customers asked to pay ("charge heavy users a premium", "charged $5", "charge more")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod")]
    # the object's head and its number words only: "charged a man who stole $500" asks no price
    return any(o.lemma_.lower() in _PRICES or o.lower_ in _PRICES or o.ent_type_ == "MONEY"
               or any(t.ent_type_ == "MONEY" for t in o.children if t.dep_ in ("nummod", "compound", "quantmod"))
               for o in objects)


def _bare_singular(noun: Token) -> bool:
    """A singular common noun with no determiner or modifier ("school", "town", "home"): a
    place or a state as an idiom's object, not a thing struck ("a school", "the town", "Gaza")."""
    return noun.tag_ == "NN" and not noun.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod", "prep", "relcl", "acl", "conj")
        for c in noun.children)


def _talk_partner(verb: Token) -> bool:
    """"Talk" with someone to talk to: a partner after "with" or "to" ("talked with the
    envoy"), or a doer of several ("the two sides talked", "Kim and Moon talked")."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") and any(o.dep_ == "pobj" for o in c.children)
           for c in verb.children):
        return True
    subject = _head_subject(verb)
    if subject is None:
        return False
    if any(c.dep_ == "conj" for c in subject.children) or _sentence_words(verb) & {"each", "one"} and \
            _sentence_words(verb) & {"other", "another"}:
        return True  # "Kim and Moon talked", "they talked to each other"
    # a plural doer talks together unless what they talk about is all there is ("officials
    # talked about the budget" is speaking; "the two sides talked for hours" is a meeting)
    return subject.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "prep" and c.lower_ in ("about", "of", "up") for c in verb.children)


def _court_orders_custody(order: Token, subject: Token | None, objects: set[str]) -> bool:
    """A court or judge orders someone's arrest or sends someone into custody: "the high court
    orders the arrest of two ministers", "a judge orders the former mayor into pre-trial
    detention" (codebook: arrest, by the court that ordered it), not a measure of its own."""
    if subject is None or subject.lemma_.lower() not in _COURT_WORDS:
        return False
    return bool(objects & {"arrest", "arrests", "detention"}
                or (_prep_object_words(order, "into") | _prep_object_words(order, "to")) & _LOCKUPS)


#: where a convict or suspect is sent or from where one is released
_LOCKUPS = {"jail", "prison", "custody", "detention", "lockup", "jailhouse", "penitentiary", "captivity", "cell"}
#: the public money a body cuts ("cut funding for the program"): a policy measure
_PUBLIC_MONEY = {"funding", "funds", "budget", "budgets", "spending", "subsidy", "subsidies", "grant", "grants",
                 "tax", "taxes", "benefits", "appropriation", "appropriations", "allocation"}
#: public bodies whose measures are their own (the core the sets below share)
_PUBLIC_BODIES = {"government", "ministry", "authorities", "state", "administration", "department", "agency",
                  "council"}
#: public bodies whose decisions are policy measures ("the city decided it would build a hotel")
_DECIDING_BODIES = _PUBLIC_BODIES | {"cabinet", "city", "county", "board", "commission", "parliament", "legislature",
                                     "municipality", "town"}
#: authorities whose confiscation is a measure of their own (not the police's or an army's)
_CONFISCATING_BODIES = _PUBLIC_BODIES | {"officials", "customs", "city", "court", "judge", "regime", "junta"}
#: bodies whose ending of a measure is a measure ("the ministry ended the visa exemption")
_ENDING_BODIES = _PUBLIC_BODIES | {"cabinet", "parliament", "court"}
#: helpers that make a decision a prospect or a duty, not one taken ("the council must decide")
_DECISION_MODALS = {"must", "should", "could", "might", "may", "would", "will", "can", "to"}
#: what an authority grants besides asylum or bail: a permit, an exemption (a policy measure, the codebook's other)
_PERMITS = {"permit", "permits", "license", "licence", "licenses", "licences", "variance", "waiver", "exemption",
            "exemptions", "rezoning", "zoning", "concession", "concessions", "extension", "citizenship",
            "residency", "clemency", "parole", "pardon", "immunity"}


#: what people are trapped in or under in an accident ("trapped under the rubble")
_TRAPPING_PLACES = _STRUCTURES | {"rubble", "debris", "wreckage", "shaft", "landfill", "cave", "elevator", "lift",
                                  "mudslide", "landslide", "collapse"}
#: what a body or a party decides on when it rejects it
_DECIDED_REQUESTS = {"request", "requests", "application", "applications", "offer", "offers", "proposal", "proposals",
                     "settlement", "bill", "bills", "motion", "motions", "plan", "plans", "petition", "petitions",
                     "appeal", "appeals", "bid", "bids", "nomination", "nominee", "agreement", "deal", "budget",
                     "ordinance", "amendment", "resolution", "permit", "license", "licence"}
#: what someone withdraws that was theirs to decide on: a request or a bid of theirs, or a candidacy
#: or resignation ("the mayor withdrew her application", "he withdrew his resignation")
_WITHDRAWN_REQUESTS = _DECIDED_REQUESTS | {"candidacy", "resignation"}
#: what an institution publishes when it releases something ("released video footage", "released
#: its annual report"); a statement is itself the noun's happening and is not here
_RELEASED_RECORDS = {"tape", "tapes", "video", "videos", "footage", "recording", "recordings", "report", "reports",
                     "transcript", "transcripts", "document", "documents", "figures", "data", "findings", "letter",
                     "letters", "audit", "results", "memo", "emails", "files", "records"}
#: who publishes as a matter of course: their releases are the news's sources, no statement
#: ("the state broadcaster released footage of the summit")
_PUBLISHERS = {"media", "newspaper", "newspapers", "agency", "television", "tv", "broadcaster", "channel",
               "outlet", "outlets", "website", "studio", "label", "band", "author", "publisher"}


#: what a court, a coroner or a review finds a happening to be ("the death was ruled a
#: homicide", "shooting ruled justifiable")
_FINDINGS = {"justifiable", "justified", "accidental", "lawful", "unlawful", "legal", "illegal", "constitutional",
             "unconstitutional", "invalid", "void", "inadmissible", "admissible", "homicide", "suicide"}


#: who leaves a party or a government ("two ministers quit the cabinet"), and the words that make a
#: party a political one ("left the opposition party"; not "left the birthday party")
_POLITICIANS = {"deputy", "deputies", "lawmaker", "lawmakers", "mp", "mps", "member", "members", "minister",
                "ministers", "senator", "senators", "legislator", "legislators", "politician", "politicians",
                "councillor", "councillors", "councilor", "councilors", "leader", "leaders", "congressman",
                "congresswoman", "representatives"}
_PARTY_WORDS = {"ruling", "governing", "opposition", "conservative", "labour", "labor", "socialist", "communist",
                "democratic", "republican", "liberal", "green", "nationalist", "coalition", "political"}


#: what a ruler or a state gives up when it hands over rule ("relinquished control of Hong Kong")
_RULE_WORDS = {"control", "power", "powers", "sovereignty", "office", "presidency", "throne", "crown", "command",
               "leadership", "authority", "rule", "premiership"}
#: distinctions and rights an authority takes back ("stripped him of his citizenship")
_STRIPPED_HONOURS = {"honour", "honor", "honours", "honors", "title", "titles", "citizenship", "nationality", "award",
                     "medal", "knighthood", "order", "licence", "license", "accreditation", "immunity", "rank",
                     "passport", "mandate", "seat", "post"}
#: members of a body who may be removed from it
_REMOVED_MEMBERS = {"legislator", "legislators", "lawmaker", "lawmakers", "mp", "mps", "member", "members",
                    "councillor", "councillors", "councilor", "councilors", "senator", "senators"}
#: verbs that forecast an outcome ("is projected to become prime minister": a vote's forecast, no office taken)
_FORECASTS = {"project", "expect", "predict", "tip", "forecast", "favour", "favor"}


def _change_of_office(token: Token, lemma: str, objects: set[str]):
    """A leadership change told by a common verb (the codebook's other): "the military installs
    General X as interim leader", "Cardinal Farrell becomes the acting head of Vatican City", "the
    assembly removed two legislators from office", "the British relinquished control of Hong Kong",
    "the president strips Y of the country's highest honour". Not "became the first leader to
    visit ..." (a record, the visit is the happening), "is projected to become prime minister"
    (a forecast of a vote), "removed the debris", "relinquished custody", "stripped naked";
    _UNDECIDED for the verbs' other uses."""
    if lemma == "install":
        return "other" if _prep_object_words(token, "as") & (_POSTS | _OFFICES) else None
    if lemma == "become":
        # the post is one of a state, a city or a body the phrase names ("head of Vatican City"),
        # not a rank in a team ("became a team leader")
        posts = [c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in _POSTS - {
            "candidate", "nominee", "successor", "official", "officials", "aide", "aides", "adviser", "advisor"}
                 and any(t.ent_type_ in ("GPE", "ORG", "NORP", "LOC") for t in c.subtree)]
        forecast = token.dep_ == "xcomp" and token.head.lemma_.lower() in _FORECASTS
        record = any(t.dep_ in ("acl", "relcl") for c in token.children if c.dep_ in ("attr", "conj")
                     for t in c.subtree)  # "the first leader [...] to visit the region"
        if posts and not forecast and not record:
            return "other"
        return _UNDECIDED
    if lemma == "remove" and token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() == "vote":
        return None  # "the council votes to remove the prime minister": the vote tells it (_appointment_by_its_vote)
    if lemma == "remove":
        # (not "plan to remove Elian": a person taken away, no office lost)
        holders = _object_heads(token) & (_POSTS | _REMOVED_MEMBERS)  # (not "removed the tag from the manager's title")
        return "other" if holders or _prep_object_words(token, "from") & (_OFFICES | _RULE_WORDS) else None
    if lemma == "relinquish":
        return "other" if _object_heads(token) & _RULE_WORDS else None
    if lemma == "strip":
        return "other" if (objects | _prep_object_words(token, "of")) & _STRIPPED_HONOURS else None
    return _UNDECIDED


#: posts one serves as, beside _POSTS ("the first woman to serve as Speaker")
_HELD_POSTS = _POSTS | {"speaker", "chancellor", "pope", "king", "queen", "senator", "congressman", "congresswoman"}
#: verbs that start a tenure told by "serve" ("began serving as governor")
_TENURE_STARTS = {"begin", "start", "commence"}


def _tenure_start(token: Token) -> bool:
    """ "serve as" a post told with the time it began: "Rosselló began serving as governor on
    January 2, 2017", "had served as Murmansk governor since 1996", "became the first woman to
    serve as Speaker in 2007" (a leadership change, the codebook's other, dated by its start).
    Not "served as governor" alone, a biography with no time, nor "served as a volunteer
    firefighter" (no public post), nor "since then" (no time of its own)."""
    if not _prep_object_words(token, "as") & _HELD_POSTS:
        return False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _TENURE_STARTS:
        return True
    if token.dep_ in ("acl", "relcl") and token.head.dep_ == "attr" and token.head.head.lemma_.lower() == "become":
        return True  # "became the first woman to serve as Speaker in 2007": the record is the office taken
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(t.ent_type_ == "DATE" for t in c.subtree)
               for c in token.children)


def _office_and_court_step(token: Token, lemma: str, objects: set[str]):
    """The codebook's 'other' (appointments, releases, laws and measures) and court
    steps named by common verbs whose sense their arguments decide; _UNDECIDED for the rest."""
    if lemma in ("install", "become", "remove", "relinquish", "strip"):
        return _change_of_office(token, lemma, objects)
    if lemma == "serve" and _tenure_start(token):
        return "other"
    if lemma == "send" and _object_heads(token) & LAW_TEXTS and particle_free(token):
        return "other"  # "the bill was sent to the governor for signature": a step of law-making
    if lemma == "send" and _prep_object_words(token, "to") & _LOCKUPS and _person_object(
            token, _PEOPLE | _WANTED | {"he", "she", "they", "defendant", "defendants", "convict", "convicts",
                                        "suspects", "men", "women", "offender", "offenders"}):
        return "arrest"  # "a judge sent him to jail", "was sent to prison for five years"
    if lemma in ("release", "free", "parole") and (_prep_object_words(token, "from") & _LOCKUPS
                                                   or _prep_object_words(token, "into") & {"custody", "care"}):
        # "he was released from prison on Friday", "was released into the care of his aunt"
        # (a pronoun is no named detainee)
        return "other"
    if lemma == "reject" and _object_heads(token) & _DECIDED_REQUESTS:
        # "the planning board rejected the developer's request", "the judge rejected a motion to
        # dismiss", "the county rejected a settlement offer": a body's or a party's decision
        # (not "rejected the allegations": a denial, see mode_of)
        return "other"
    if lemma == "release" and particle_free(token) and _object_heads(token) & _RELEASED_RECORDS \
            and _head_subject(token) is not None and not _subject_words(token) & _PUBLISHERS:
        return "statement"  # "the transit authority released footage of the derailment": an institution's publication
    if lemma == "parole":
        return "other" if _human_object(token) or any(c.dep_ == "nsubjpass" for c in token.children) else None
    if lemma == "hire":
        # "the board hired a new superintendent", "hired him as deputy manager"; not "hired a lawyer"
        posts = _POSTS | {"principal", "chancellor", "provost", "dean", "treasurer", "clerk", "auditor"}
        post = any(c.dep_ == "dobj" and c.lemma_.lower() in posts for c in token.children)
        # a public body's hiring is its decision whoever it takes on: "the city council will hire
        # outside consultants to review the budget", "the county commission hired a law firm"
        # (not a family's or a company's: "the family hired a lawyer")
        subject = _head_subject(token)
        body = subject is not None and subject.lemma_.lower() in (_DECIDING_BODIES | _VOTING_BODIES) \
            and any(c.dep_ == "dobj" for c in token.children)
        return "other" if post or body or _prep_object_words(token, "as") & posts else None
    if lemma == "introduce":
        # "introduced a bill to raise the minimum wage": a step of law-making (the codebook's policy measures)
        return "other" if objects & {"bill", "bills", "legislation", "ordinance", "amendment", "resolution",
                                     "measure", "law"} else None
    if lemma == "confirm" and _prep_object_words(token, "as") & _POSTS:
        # "was confirmed as ambassador": an appointment, not a statement
        return None if _appointment_by_its_vote(token) else "other"
    if lemma in ("cut", "slash") and particle_free(token) and objects & _PUBLIC_MONEY:
        return "other"  # "the state cut funding for the program", "slashed the police budget"
    if lemma in ("hit", "strike", "target", "slap", "punish") and _prep_object_words(token, "with"):
        # "hit Russia with new sanctions", "was hit with fraud charges", "was slapped with a lawsuit":
        # the measure the phrase names, not a blow
        measure = {c.lemma_.lower() for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                   for c in p.children if c.dep_ == "pobj"}
        if measure & _SANCTION_WORDS:
            return "sanction"
        if measure & {"charge", "indictment", "count", "fine", "penalty", "citation", "summons"}:
            return "arrest"
        if measure & {"lawsuit", "suit", "complaint", "subpoena", "tariff", "tariffs", "injunction"}:
            return "other"
    if lemma == "strike" and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) \
            and _subject_words(token) & _LABOUR_SUBJECTS and not _subject_words(token) & _ARMED:
        # (the one labour-strike rule of the verb: _coverage_verb_type settles every other "strike"
        # at its "overturn, reverse, quash, strike" rule)
        return "protest"  # "workers struck for higher pay": a labour strike
    if lemma == "join" and _prep_object_words(token, "as") & (_POSTS | {"principal", "treasurer", "clerk"}):
        return "other"  # "he joined the county as deputy manager": an appointment
    if lemma == "offer" and objects & {"position", "post", "job"} and (
            _prep_object_words(token, "as") | {t.lower_ for c in token.children if c.dep_ == "dobj"
                                               for t in c.subtree}) & (_POSTS | {"principal"}):
        return "other"  # "the council offered her a position as its city manager": an appointment
    if lemma == "agree" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("plead", "testify")
                                for c in token.children):
        return None  # "agreed to plead guilty": the plea (a court step) is the happening, not a deal
    if lemma == "throw" and _particle(token) == "out" and objects & (_CASE_WORDS | {"conviction", "convictions",
                                                                                  "verdict", "sentence"}):
        return "arrest"  # "the court threw out the case", "his convictions were thrown out": a court's step
    if lemma == "grant" and objects & _PERMITS:
        return "other"  # "the council granted the developer a permit"
    if lemma in ("confiscate", "impound"):
        # "camp officials confiscated the band's instruments", "the ministry confiscated the
        # paper's presses": an authority's measure on someone's property; the police's or an
        # army's seizure is told with its arrest or its raid
        subject = _head_subject(token)
        return "other" if subject is not None and {subject.lemma_.lower(), subject.lower_} & _CONFISCATING_BODIES \
            else None
    if lemma == "decide":
        # "in 2003 the city decided it would build a hotel", "the cabinet decided on Monday to
        # close the schools": a state's or a public body's decision, a policy measure; not a
        # person's ("the couple decided to reopen"), an alliance's (its agreement), a case
        # decided by a court, one not taken ("decided against it", "did not decide") or a prospect
        subject = _head_subject(token)
        if subject is None or token.dep_ not in ("ROOT", "conj", "ccomp") or any(
                c.dep_ in ("neg", "auxpass", "nsubjpass") or c.dep_ == "aux" and c.lower_ in _DECISION_MODALS
                for c in token.children):
            return None
        body = subject.lemma_.lower() in _DECIDING_BODIES or subject.ent_type_ == "GPE"
        decided = any(c.dep_ in ("xcomp", "ccomp") for c in token.children) and not _prep_object_words(
            token, "against")
        return "other" if body and decided else None
    if lemma == "testify":
        # "testified before the grand jury", "to testify at the inquest": a step of a court case
        return "arrest" if _court_attached(token) or (_prep_object_words(token, "at") | _prep_object_words(
            token, "before") | _prep_object_words(token, "in")) & (_COURT_WORDS | _HEARINGS | {
                "inquiry", "jury", "retrial"}) else None
    if lemma == "approve" and objects & (LAW_TEXTS | _DEAL_WORDS | _BODY_DECISIONS) and not any(
            c.dep_ == "aux" and c.lower_ in ("must", "should", "could", "might", "may", "would") for c in token.children
    ) and (
            _doer_words(token) & (_VOTING_BODIES | {"house", "voters", "shareholders", "members", "delegates"})):
        return "agree"  # "the city council approved a motion", "commissioners approved a contract": a body's vote
    if lemma == "appeal" and (_prep_object_words(token, "to") & (_COURT_WORDS | {"appeals", "circuit"})):
        return "other"  # "appealed to the 11th Circuit Court of Appeals": a legal case (not an appeal for calm)
    if lemma == "appeal" and not any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp") for c in token.children) \
            and _sentence_words(token) & (_CRIMINAL_CASE_WORDS | _COURT_WORDS | {"ruling", "decision", "case",
                                                                                  "lawyers", "attorneys"}):
        return "other"  # "his lawyers said they would appeal", "plan to appeal the ruling": the legal case
    return _UNDECIDED


def particle_free(verb: Token) -> bool:
    """The verb has no particle ("cut funding", not "cut off", "cut back on" is still a cut)."""
    return _particle(verb) in (None, "back")


def _successor_named(verb: Token) -> bool:
    """A passive "succeeded by" or "replaced by" whose agent and whose subject are people, in a
    sentence that names a post: "Starmer resigns as prime minister and is succeeded by Andy
    Burnham", "the governor is set to be replaced by Ana Ruiz, the justice secretary" (the
    successor takes office). Not "the old bridge was replaced by a new one", nor a sentence
    without a post ("the midfielder was replaced by Diaz")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(a.ent_type_ == "PERSON" for a in agents) and subject is not None \
        and subject.ent_type_ == "PERSON" and bool(_sentence_words(verb) & (_POSTS | _OFFICES))


#: what a candidate leaves or enters ("dropped out of the race", "entered the contest")
_RACES = {"race", "races", "contest", "primary", "primaries", "nomination", "running", "runoff"}
#: what a candidate ends or starts ("suspended his campaign", "ended her bid for the presidency")
_CANDIDACIES = {"campaign", "campaigns", "bid", "bids", "candidacy", "candidacies", "candidature"}
#: verbs by which a candidate leaves a race, ends a campaign or starts one
_RACE_EXITS = {"withdraw", "drop", "pull", "bow", "exit"}
_CAMPAIGN_STEPS = {"suspend", "end", "abandon", "drop", "halt", "launch"}


def _election_story(token: Token) -> bool:
    """The sentence or the article it belongs to speaks of an election ("the primary", "the vote"):
    a race there is a race for an office, not a sports race."""
    return _election_context(token) or bool({t.lower_ for t in token.doc} & (_ELECTION_WORDS - {"race"}))


def _candidacy_step(token: Token, lemma: str, objects: set[str], particle: str | None) -> bool:
    """A candidate leaves or enters an election race (the codebook's candidacies, election):
    "she dropped out of the race in early March", "three candidates withdrew from the race",
    "Yang and Bennet suspended their campaigns", "ended her bid for the nomination", "he would not
    enter the race", "launched his presidential campaign". Not "the horse pulled out of the race"
    in a story of no election, "ended its bombing campaign" (no candidate's campaign), "withdrew
    from the talks" (_coverage_verb_type's withdrawals)."""
    if not (objects & (_RACES | _CANDIDACIES) or lemma in _RACE_EXITS) or not _election_story(token):
        return False
    left = _prep_object_words(token, "from") | _prep_object_words(token, "out") | _prep_object_words(token, "of")
    if lemma in _RACE_EXITS and (left & _RACES or lemma == "exit" and _object_heads(token) & _RACES):
        return True  # "withdrew from the race", "dropped out of the contest", "exited the race"
    if lemma == "enter" and _object_heads(token) & _RACES:
        return True  # "entered the race for governor"
    # "suspended their campaigns", "ended her presidential bid": a candidate's own campaign
    return lemma in _CAMPAIGN_STEPS and particle is None and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _CANDIDACIES and (
            any(m.dep_ == "poss" and (m.lower_ in ("his", "her", "their") or m.ent_type_ == "PERSON")
                for m in c.children)
            or any(m.dep_ == "amod" and m.lower_ in _RACE_OFFICES for m in c.children))
        for c in token.children)


def _coverage_verb_type(token: Token, lemma: str):
    """The type of a verb of the general coverage whose sense its phrases decide, None when it
    names no happening there, _UNDECIDED when the rules of :func:`verb_type` decide."""
    particle = _particle(token)
    objects = _object_words(token)
    if _candidacy_step(token, lemma, objects, particle):
        return "election"
    office_steps = _office_and_court_step(token, lemma, objects)
    if office_steps is not _UNDECIDED:
        return office_steps
    if lemma in ("fly", "lower") and (_subject_words(token) | objects) & {"flag", "flags"}:
        # "flags flew at half-staff over City Hall", "the town lowered its flags to half-mast":
        # an official mourning order, no flight
        half = (_prep_object_words(token, "at") | _prep_object_words(token, "to")) & {"half-staff", "half-mast",
                                                                                       "staff", "mast"}
        return "other" if half else None
    if lemma == "lower":
        return None
    if lemma == "hold" and (objects & _HOSTAGES or _prep_object_words(token, "as") & _HOSTAGES):
        return "violence_against_civilians"  # "is holding thousands of Westerners as hostages"
    if lemma == "call" and particle == "up" and objects & (_FORCES | _CALLED_UP):
        return "deploy"  # "called up 50,000 reservists"
    if lemma in ("impose", "slap", "levy", "reimpose", "re-impose", "extend", "tighten"):
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _URGING:
            return _UNDECIDED if lemma == "impose" else None  # "urged allies to tighten sanctions": the appeal
        if objects & _SANCTION_WORDS:
            return "sanction"  # "imposed sanctions on Belarus", "slapped an arms embargo on Libya"
        if lemma == "extend" and _object_heads(token) & {"deadline", "deadlines", "act", "moratorium", "mandate",
                                                         "curfew", "lockdown", "ban", "program", "programme"}:
            return "other"  # "the ministry extended the filing deadline to May", "voted to extend the moratorium"
        return _UNDECIDED if lemma == "impose" else None
    if lemma in ("speak", "chat", "confer") and (_prep_object_words(token, "by") | _prep_object_words(
            token, "over") | _prep_object_words(token, "on")) & {"phone", "telephone", "videolink", "video"}:
        return "meet"  # "Biden spoke by phone with Putin"
    if lemma in ("speak", "chat"):
        return _UNDECIDED
    if lemma == "receive" and any(c.dep_ == "dobj" and (c.lemma_.lower() in _POSTS | _DIGNITARIES) for c in token.children):
        subject = _head_subject(token)
        host = subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                        or subject.lemma_.lower() in _POSTS | _DIGNITARIES)
        return "meet" if host else _UNDECIDED  # "the president received the Saudi crown prince"
    if lemma == "receive":
        return _UNDECIDED
    if lemma == "add" and _prep_object_words(token, "to") & {"list", "blacklist", "lists", "blacklists"} \
            and _sentence_words(token) & {"sanctions", "sanction", "terrorist", "terror", "blacklist", "entity",
                                          "entities", "embargo"}:
        return "sanction"  # "added ten people to its sanctions list"
    if lemma == "add":
        return _UNDECIDED  # "he added": a verb of saying
    if lemma in ("deliver", "send", "ship", "truck", "fly", "distribute", "airdrop", "parachute", "drop"):
        if objects & _AID_GOODS and not objects & (_WEAPON_GOODS | {"military"}):
            # relief goods are aid when called aid or sent by a state, its forces or an agency
            # ("the bakery delivered food to the school" is none); "drop" only from the air
            airborne = "air" in _sentence_words(token) or _doer_words(token) & {"aircraft", "planes", "plane",
                                                                               "helicopters", "helicopter", "jets"}
            if lemma == "drop" and not airborne:
                return None  # "he dropped food on the floor"
            if objects & {"aid", "relief", "humanitarian"} or _doer_words(token, head_only=True) & _AID_GIVERS \
                    or _doer_gpe(token) or lemma in ("drop", "airdrop", "parachute"):
                return "aid"  # "delivered food aid to Tigray", "airdropped food into Gaza"
            return None  # "delivered food aid to Tigray", "airdropped food into Gaza"
        if lemma in ("airdrop", "parachute"):
            return "supply" if objects & (_WEAPON_GOODS | _GOODS) else None
        if lemma in ("deliver", "ship") and objects & (_HEAVY_ARMS | {"interceptors"}):
            return "supply"  # "Washington delivered 12 HIMARS launchers to Ukraine"
        if lemma == "send" and _sent_moving(token):
            return None  # "the dam burst, sending water cascading into the valley": caused motion, no supply
        return _UNDECIDED
    if lemma in ("pledge", "promise") and (objects & _AID_MONEY or _prep_object_words(token, "in") & _AID_MONEY
                                           or any(t.ent_type_ == "MONEY" for c in token.children
                                                  if c.dep_ == "dobj" for t in c.subtree)):
        if objects & (_WEAPON_GOODS | {"military"}):
            return "supply"  # "pledged $400 million in military aid"
        return "aid"  # "pledged $100 million in humanitarian aid"
    if lemma == "pledge":
        return _UNDECIDED
    if lemma == "burst" and objects & {"bank", "banks", "levee", "levees"}:
        return "disaster"  # "the river burst its banks"
    if lemma == "burst":
        return _UNDECIDED
    if lemma in ("hit", "strike", "slam") and _subject_words(token) & {"fire", "shells", "shelling"} \
            and _subject_words(token) & _GUNS:
        return "attack"  # "mortar fire hit the camp": no blaze
    if lemma in ("hit", "strike", "grip", "scorch", "parch", "blanket"):
        subject = _head_subject(token)
        agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if any(t is not None and t.lemma_.lower() in _HAZARDS for t in (subject, agent)):
            return "disaster"  # "a drought has hit the Horn of Africa", "a heatwave gripped Europe"
        if lemma in ("grip", "scorch", "parch", "blanket"):
            return None
        if lemma == "hit" and not (particle == "out" and _prep_object_words(token, "at")):
            return _UNDECIDED
    if lemma in ("erupt", "flare") or lemma == "break" and particle == "out":
        # "fighting erupted", "violence flared", "riots broke out", "Mount Etna erupted"; not
        # "a row erupted", "anger flared"
        return _outbreak_type(token)
    if lemma in ("gather", "assemble", "convene") and _subject_words(token) & _OFFICIALS and (
            lemma == "convene" or not _prep_object_words(token, "for")
            or _prep_object_words(token, "for") & _MEETING_PURPOSES):
        return "meet"  # "NATO defence ministers gathered in Brussels"; not "gathered for a photo"  # "NATO defence ministers gathered in Brussels"
    if lemma in ("gather", "assemble"):
        return None  # "crowds gathered", "gathered evidence", "assembled the furniture"
    if lemma == "shake" and objects & {"hands", "hand"}:
        subject = _head_subject(token)
        return "meet" if subject is not None and (subject.ent_type_ in ("PERSON", "NORP", "GPE")
                                                  or subject.lemma_.lower() in _POSTS | {"leader"}) else None
    if lemma == "shuttle" and _prep_object_words(token, "between"):
        return "visit"  # "the envoy shuttled between Cairo and Jerusalem"
    if lemma == "address" and objects & _AUDIENCES and particle is None:
        return "statement"  # "the president addressed the nation"; not "addressed the problem"
    if lemma == "address":
        return None
    if lemma in ("hit", "lash") and particle == "out" and _prep_object_words(token, "at"):
        return "condemn"  # "Beijing hit out at Washington", "lashed out at critics"
    if lemma == "blast":
        if _subject_words(token) & (_BOMBS | _WEAPON_WORDS | {"explosion", "blast"}) or objects & {
                "hole", "holes", "way", "music", "horn", "horns", "rock", "rocks"} or particle:
            return _UNDECIDED
        target = any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.lemma_.lower() in _PEOPLE | _POSTS | _SLAMMED
            | {"visit", "trip"}) for c in token.children)
        return "condemn" if target or _prep_object_words(token, "as") or _prep_object_words(token, "for") else None
    if lemma == "pay" and objects & {"tribute", "homage", "tributes"}:
        # "leaders paid tribute to the victims"; a crowd's tribute is no party's support
        subject = _head_subject(token)
        party = subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lemma_.lower()
                                         in _POSTS | _OFFICIALS | {"leader", "government", "minister"})
        return "support" if party and not _subject_words(token) & (_CROWD_WORDS | {"people", "thousands"}) else None
    if lemma in ("exchange", "swap", "trade") and objects & _CAPTIVES:
        return "other"  # "Russia and Ukraine exchanged prisoners": a release
    if lemma == "go" and particle == "down" and _subject_words(token) & (_FLYING | _VEHICLES | {"chopper"}):
        return "accident"  # "a small plane went down in a field"
    if lemma == "topple":
        # "the army toppled the president": a coup; "a crane toppled onto a building": an accident
        if objects & (_POSTS | _INSTITUTIONS | {"regime", "president", "leader", "dictator", "junta", "ruler", "king",
                                                "monarchy", "premier"}):
            return "other"
        if not objects and _subject_words(token) & (_STRUCTURES | _VEHICLES | {"crane", "tree", "trees", "pole",
                                                                                "scaffold", "tractor-trailer"}):
            return "accident"
        return None
    if lemma == "rupture" and _subject_words(token) & {"gas", "pipeline", "pipe", "main", "line", "dam", "tank",
                                                       "levee", "tanker", "valve", "boiler", "reservoir"}:
        return "accident"  # "a gas line ruptured in Dallas"
    if lemma in ("put", "place") and (_prep_object_words(token, "on") & {"probation", "trial"}
                                      or _prep_object_words(token, "under") & {"arrest", "investigation"}):
        return "arrest"  # "was put on probation", "placed under arrest"
    if lemma in ("put", "place", "rupture"):
        return None
    if lemma == "flood":
        # "heavy rains flooded Jakarta"; not "fans flooded the streets", "the army flooded the fields"
        subject = _head_subject(token)
        if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _subject_words(token) & (
                _CROWD_WORDS | _FLOCKING) or subject.lemma_.lower() in _ARMED | _FORCES | {"authority", "government"}):
            return None
        return _UNDECIDED
    if lemma == "blame" and (_prep_object_words(token, "on") | objects) & (_HAZARDS | _WEATHER | {
            "weather", "ice", "fog", "conditions", "snow", "heat", "wind", "winds", "lightning"}):
        return None  # "two deaths were blamed on the storm": a cause, no accusation
    if lemma == "dispatch" and _prep_object_words(token, "to") & _CALL_SITES:
        return None  # "a deputy was dispatched to the home": an emergency call, no deployment
    if lemma in ("travel", "stop", "arrive", "land") and _road_spot(token):
        # "stopped at a red light on Main Street", "also traveled in the wrong lane": a movement
        # in traffic (a driver's, a crime's detail), no person's trip to a place
        return None
    if lemma == "travel" and _subject_words(token) & (_VEHICLES | _CAR_MODELS | {"driver", "motorist", "vehicle",
                                                                                 "suspect", "storm", "hurricane"}):
        return None  # "the driver traveled in the wrong lane"
    if lemma == "support" and objects & {"operations", "operation", "mission", "missions", "combat", "weight",
                                         "family", "families", "economy", "growth", "claim", "claims", "theory"}:
        return None  # "killed while supporting combat operations", "supports the weight"
    if lemma in ("transport", "escort", "take", "bring", "transfer", "move") and _prep_object_words(token, "to") & {
            "jail", "prison", "lockup", "jailhouse", "detention", "penitentiary", "precinct"}:
        return "arrest"  # "he was transported to the county jail"
    if lemma in ("transport", "escort"):
        return None
    if lemma == "cut" and particle == "off" and objects & {"electricity", "power", "water", "fuel", "gas", "supplies",
                                                          "aid", "internet", "food"}:
        return "other"  # "the government cut off electricity to Gaza": a measure against a place
    if lemma == "swear" and (particle == "in" or any(c.dep_ == "prep" and c.lower_ == "in" and not any(
            g.dep_ == "pobj" for g in c.children) for c in token.children) or _prep_object_words(token, "in") & (
            _POSTS | {"government", "cabinet", "ministers", "members", "lawmakers", "judges", "governors"})):
        return "other"  # "the king swore in the new government"
    if lemma == "set" and particle == "up" and objects & {"hospital", "hospitals", "clinic", "clinics", "shelter",
                                                          "shelters", "kitchen", "kitchens"}:
        return "aid"  # "the Red Cross set up field hospitals"
    if lemma == "fund" and objects & {"education", "tuition", "school", "studies", "college", "lifestyle", "habit",
                                      "habits", "addiction", "wedding", "retirement", "vacation", "purchase"}:
        return None  # "funding her daughter's education": a private expense, no aid
    if lemma == "elect" and (_prep_object_words(token, "for") & {"trial"} or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("stand", "face", "go", "have", "be") for c in token.children)):
        return None  # "pleaded not guilty and elected for trial": a defendant's choice, no election
    if lemma == "intercept" and objects & (_FLYING | _BOMBS | {"projectiles", "shells", "rocket", "rockets"}):
        return "attack"  # "air defences intercepted 20 drones over Moscow"
    if lemma in ("hurl", "lob", "toss"):
        if objects & {"grenade", "grenades", "bomb", "bombs", "explosives", "explosive", "device", "devices"}:
            return "attack"  # "assailants hurled a grenade at a police post"
        return "riot" if objects & _MISSILES_OF_RIOTERS else None
    if lemma in ("carry", "conduct", "mount", "stage", "stag", "launch", "unleash") and (
            particle == "out" or lemma != "carry") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ATTACK_NOUNS for c in token.children) \
            and _subject_words(token) & _ATTACKERS | {t.lower_ for c in token.children if c.dep_ == "nsubj"
                                                      and c.ent_type_ in ("GPE", "NORP", "ORG") for t in c.subtree}:
        return "attack"  # "the army carried out airstrikes", "troops conducted raids"
    if lemma in ("sail", "steam", "cruise") and _subject_words(token) & _NAVAL and (
            _prep_object_words(token, "into") or _prep_object_words(token, "to") or _prep_object_words(token, "toward")
            or _prep_object_words(token, "through")):
        return "deploy"  # "the carrier sailed into the Mediterranean"
    if lemma in ("sail", "steam", "cruise", "hurl", "lob", "toss", "intercept"):
        return None
    if lemma == "rap" and token.lower_ in ("raped", "rapes", "raping"):
        if any(c.lemma_.lower() in ("kill", "murder", "stab", "shoot", "strangle", "slay") for c in token.conjuncts):
            return None  # "raped and killed her": one happening, named by the killing
        return "violence_against_civilians"  # the tagger's lemma for "raped"
    if lemma == "rap":
        return None
    if lemma == "hold" and particle == "up" and objects & _HELD_UP and _doer_words(token) & _ROBBERS:
        return "attack"  # "robbers held up a bank": an armed robbery
    if lemma == "collapse" or lemma == "give" and objects & {"way"}:
        # "a building collapsed in Lagos", "the bridge gave way": an accident, unless a quake or
        # a storm brought it down (then the disaster is the happening)
        if _fallen_words(token) & _STRUCTURES and not _sentence_words(token) & _HAZARDS:
            return "accident"
        return _UNDECIDED if lemma == "collapse" else None
    if lemma == "clash" and _subject_words(token) & (_CROWD_WORDS | {"rioters", "mob", "fans", "hooligans",
                                                                        "youths", "supporters"}) \
            and not _subject_words(token) & {"troops", "soldiers", "rebels", "militants", "forces", "fighters"}:
        return "riot"  # "protesters clashed with police": a violent crowd
    if lemma in ("vow", "threaten") and objects & _REVENGE:
        return "warn"  # "Hamas vowed revenge"
    if lemma == "vow" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _THREATENED_ACTS for c in token.children):
        return "warn"  # "vowed to retaliate", "vowed to crush the rebellion"
    if lemma in ("dissolve", "suspend", "disband") and _object_heads(token) & _INSTITUTIONS:
        return "other"  # "the junta dissolved parliament", "suspended the constitution"
    if lemma in ("dissolve", "disband"):
        return None  # "dissolved the powder", "the band disbanded"
    if lemma == "withdraw" and _object_heads(token) & _WITHDRAWN_REQUESTS:
        return "other"  # "after criticism, the mayor withdrew her application"
    if lemma == "withdraw" and _prep_object_words(token, "from") & (_DEAL_WORDS | {"initiative", "convention",
                                                                                  "protocol", "pact"}):
        return "other"  # "Russia withdrew from the grain deal"
    if lemma == "walk" and (_prep_object_words(token, "off") | (objects if particle == "off" else set())) & {
            "job", "jobs"}:
        return "protest"  # "workers walked off the job"
    if lemma == "evacuate" and _subject_words(token) & _EVACUEES and any(c.dep_ == "nsubjpass" for c in token.children):
        return "other"  # "thousands of foreigners were evacuated from Kabul"
    if lemma == "grant" and objects & {"bail"}:
        return "arrest"  # "a judge granted him bail": a step of the criminal case
    if lemma == "gun":
        return "attack" if particle == "down" else None  # "gunned down"; not "gunning for"
    if lemma == "round":
        return "arrest" if particle == "up" and not objects & {"figure", "figures", "number", "numbers"} else None
    if lemma == "lock":
        return "arrest" if particle == "up" and _human_object(token) else None
    if lemma == "step":
        return "other" if particle == "down" else None  # "stepped down as leader"
    if lemma == "stand" and particle == "down":
        return "other"
    if lemma == "walk":
        return "protest" if particle == "out" and _subject_words(token) & (_LABOUR_SUBJECTS | _CROWD_WORDS
                                                                            | {"delegates", "delegation"}) else None
    if lemma == "head":
        # "the minister headed to Beijing", "heads for talks"; not "headed the commission"
        subject = _head_subject(token)
        person = subject is not None and (subject.ent_type_ in ("PERSON", "NORP") or subject.lower_ in _POSTS
                                          or subject.lemma_.lower() in _POSTS | {"delegation"})
        to = any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children) \
            or any(c.dep_ == "advmod" and c.lower_ in ("home", "abroad") for c in token.children)
        return "visit" if person and to and not objects else None
    if lemma in ("arrive", "land"):
        subject = _head_subject(token)
        if subject is not None and (subject.lower_ in _FORCES or subject.lemma_.lower() in _FORCES):
            return "deploy"  # "U.S. troops arrived in Poland", "marines landed": forces, not a visit
        if lemma == "arrive" and subject is not None and subject.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
                and subject.lemma_.lower() in _WEAPON_GOODS | _CONSIGNMENTS | _AID_GOODS:
            # "the first batch of Leopard tanks arrived in Ukraine", "an aid shipment arrived"
            words = _subject_words(token)
            return "supply" if words & _WEAPON_GOODS or not words & _AID_GOODS else "aid"
        if lemma == "arrive":
            return _UNDECIDED
    if lemma == "leave" and _object_heads(token) & {"party", "coalition", "government", "cabinet", "caucus",
                                                    "faction"} and (_subject_words(token) & _POLITICIANS or any(
            g.dep_ in ("amod", "compound", "nmod") and (g.pos_ == "PROPN" or g.lower_ in _PARTY_WORDS)
            for c in token.children if c.dep_ == "dobj" for g in c.children)):
        return "other"  # "six senators leave the governing coalition": a defection, a change of government
    if lemma == "retire":
        # "the county manager retired in December": an office holder leaves office; not "retired
        # his jersey", "a retired teacher"
        person = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _POSTS
                                            or c.lower_ in ("he", "she")) for c in token.children)
        return "other" if person and not any(c.dep_ == "dobj" for c in token.children) else None
    if lemma == "trap" and (any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
                            or token.dep_ == "acl" and token.tag_ == "VBN") \
            and (_prep_object_words(token, "in") | _prep_object_words(token, "under")) & _TRAPPING_PLACES:
        # "nine workers trapped in a flooded tunnel", "were trapped under the rubble"
        return "accident"
    if lemma == "trap":
        return None
    if lemma in ("land", "leave", "return", "stop"):
        # "Albright landed in Nairobi", "left for Tehran", "returned to Havana"; a person's trip
        subject = _head_subject(token)
        person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _POSTS
                                          or subject.lemma_.lower() in ("delegation", "envoy", "mission"))
        preposition = {"land": ("in", "at"), "leave": ("for",), "return": ("to",), "stop": ("in", "at")}[lemma]
        place = any(c.dep_ == "prep" and c.lower_ in preposition and any(
            g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree) for c in token.children)
        if lemma in ("return", "stop") and (objects or particle):
            return None  # "returned fire", "returned the boy": not a trip
        if lemma == "leave" and any(c.dep_ == "dobj" for c in token.children):
            return None  # "left Malaysia for Pyongyang": the place left is no destination
        return "visit" if person and place else None
    if lemma == "discuss":
        # "Clinton discussed the crisis with Blair": a meeting or a call between two parties
        phrases = [c for c in token.children if c.dep_ == "prep"] + [
            g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
        partner = any(c.lower_ == "with" and any(
            g.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or g.lemma_.lower() in _POSTS for g in c.subtree)
            for c in phrases)
        return "meet" if partner else None
    if lemma == "appeal":
        to_whom = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
        human = any(g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or g.lemma_.lower() in (
            _PEOPLE | _POSTS | _CROWD_WORDS | {"public", "citizen", "community", "government", "authority",
                                              "nation", "country", "people", "population", "international",
                                              "parent", "voter", "witness", "leader", "member"}) for g in to_whom)
        if _prep_object_words(token, "for") - _RESCUE_CALLS or human and any(
                c.dep_ in ("xcomp", "ccomp") for c in token.children):
            return "statement"  # "appealed for calm", "appealed to the public to stay calm"
        if to_whom:
            return None  # "the menu appealed to young diners": pleased them
        return "other" if objects & _CASE_WORDS or _prep_object_words(token, "against") else None
    if lemma in ("label", "brand"):
        # "labeled him an obstructionist", "branded the group terrorists"
        named = _names_as(token) or any(c.dep_ in ("xcomp", "ccomp") for c in token.children) \
            or _prep_object_words(token, "as")
        return "condemn" if named and _label_words(token) & _NEGATIVE_LABELS else None
    if lemma == "call" and _names_as(token):
        # "called the exiles criminals", "called him a liar": an insult, verbal; "called the
        # summit a success" praises, and is no condemnation; a label in the speaker's quoted
        # words ('called Roe a "decent man"') is still the speaker's stated position (§2)
        if _label_words(token) & _NEGATIVE_LABELS:
            return "condemn"
        return "statement" if quoted_label(token) is not None else None
    if lemma in _CHARACTERISING:
        # "characterized the attack as \"a serious violation of our sovereignty\""
        label = quoted_label(token)
        if label is None or label.dep_ != "prep" or _describes_scene_or_person(token):
            return None
        return "condemn" if {t.lemma_.lower() for t in label.subtree} & _NEGATIVE_LABELS else "statement"
    if lemma == "summon":
        return "condemn" if objects & {"ambassador", "envoy", "charge", "chargé", "d'affaires", "diplomat",
                                       "diplomats", "representative", "attaché"} else None
    if lemma == "object":
        return "condemn" if _prep_object_words(token, "to") else None
    if lemma == "become":
        # "Poland became a full member of NATO": a state joins a bloc
        attr = {t.lower_ for c in token.children if c.dep_ == "attr" for t in c.subtree}
        return "agree" if attr & {"member", "members"} and attr & _BLOCS else None
    if lemma in ("provide", "give", "offer"):
        if objects & {"shelter", "relief", "blankets", "tents", "food", "water", "meals", "housing", "medicine",
                      "medical", "humanitarian", "aid", "assistance", "clothing", "supplies"} and not objects & _WEAPON_GOODS:
            return "aid"  # "the Red Cross provided shelter", "gave humanitarian aid"
        if lemma == "offer" and objects & {"condolences", "sympathy", "support", "congratulations", "prayers"}:
            return "support"
        return _UNDECIDED if lemma == "provide" else None
    if lemma == "arrive":
        return _UNDECIDED
    if lemma == "withdraw" and (objects & _FORCES or _subject_words(token) & _FORCES and not objects):
        return "deploy"  # "withdrew its troops", "the troops withdrew from the town": a troop movement
    if lemma == "recall" and objects & {"ambassador", "envoy", "ambassadors", "envoys", "diplomats"}:
        return "condemn"  # "recalled its ambassador": a protest by diplomatic means
    if lemma == "sit" and _particle(token) == "down" and _prep_object_words(token, "with"):
        return "meet"  # "sat down with the rebels' leaders"
    if lemma == "commute":
        return "other" if objects & {"sentence", "sentences"} else None  # "commuted his death sentence"
    if lemma == "allege":
        # "the relatives alleged that he abused the boy"; the police's or a charge sheet's
        # account of a crime is no accusation by a party
        subject = _head_subject(token)
        return "condemn" if subject is not None and subject.lemma_.lower() not in _ACCOUNT_GIVERS else None
    if lemma == "pass" and text_passes_a_chamber(token):
        return "agree"  # "the bill passed the Senate on Tuesday": the chamber's vote approving it
    if lemma in ("adopt", "pass"):
        # "the council adopted a resolution", "parliament passed the bill"; not "adopted a child",
        # "passed the ball", "passed away"
        if lemma == "pass" and particle is None and objects & {"motion", "vote"} and (objects & {
                "no-confidence", "censure", "impeachment"} or "confidence" in objects and "no" in objects):
            return "election"  # "parliament passed a motion of no confidence": a parliamentary vote
        return "agree" if objects & LAW_TEXTS and particle is None else None
    if lemma in ("finalize", "finalise", "implement") and _object_heads(token) & {"reform", "reforms"}:
        return "other"  # "the cabinet finalizes pension reforms": a policy measure
    if lemma in ("conclude", "seal", "clinch", "broker", "finalize", "finalise", "strike", "reach", "hammer",
                 "settle"):
        if objects & {"plea"}:
            return None if lemma != "strike" else _UNDECIDED  # "struck a plea deal"
        if objects & _DEAL_WORDS or (lemma == "settle" and objects & (_CASE_WORDS | {"dispute", "differences"})):
            return "agree"  # "concluded a deal", "brokered a truce", "settled the lawsuit"
        if lemma != "strike":
            return None
    if lemma in ("establish", "restore", "resume", "normalize", "normalise", "sever", "cut", "break", "upgrade",
                 "elevate"):
        # (two states raising their ties a step, "upgrade bilateral relations to a strategic
        # partnership", agree on it as they do on restoring them)
        if objects & _TIES and objects & {"diplomatic", "ties", "relations", "bilateral"}:
            return "other" if lemma in ("sever", "cut", "break") else "agree"
        if lemma == "establish" and objects & {"embassy", "consulate", "mission"}:
            return "other"
        return _UNDECIDED if lemma == "resume" else None
    if lemma == "accept":
        if objects & {"plea"}:
            return None  # "accepted a plea deal": the noun names the criminal case's step
        if objects & {"resignation"}:
            return "other"
        return "agree" if objects & (_DEAL_WORDS | {"proposal", "offer", "plan", "terms", "invitation"}) else None
    if lemma in ("contribute", "grant", "allocate", "earmark", "donate"):
        if objects & {"asylum", "amnesty", "bail", "clemency", "parole", "pardon", "visa", "visas", "access"}:
            return "other"  # "granted asylum"
        money = objects & {"aid", "money", "funds", "funding", "loan", "loans", "million", "billion", "$",
                           "dollars", "euros", "grant", "assistance", "relief"} or any(
            t.ent_type_ == "MONEY" for c in token.children if c.dep_ == "dobj" for t in c.subtree)
        return "aid" if money else None
    if lemma in ("arm", "equip"):
        return "supply" if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) \
            and (lemma == "arm" or _prep_object_words(token, "with") & _WEAPON_GOODS) else None
    if lemma in ("export", "airlift"):
        if objects & _FORCES:
            return "deploy"
        return "supply" if objects & (_WEAPON_GOODS | _GOODS) else None
    if lemma == "pull" and objects & {"gun", "guns", "knife", "pistol", "handgun", "rifle", "weapon", "shotgun",
                                      "revolver", "machete"}:
        return "attack"  # "pulled a gun on another man"
    if lemma in ("move", "position", "rush", "mass", "pull", "commit"):
        if lemma == "pull" and particle in ("out", "back") and objects & _FORCES:
            return "deploy"
        if lemma == "pull" and particle == "out" and _prep_object_words(token, "of") & _DEAL_WORDS:
            return "other"  # "pulled out of the treaty"
        return "deploy" if lemma != "pull" and objects & (_FORCES | _HEAVY_ARMS) else None
    if lemma in ("pound", "batter", "lash", "ravage", "devastate", "swamp", "sweep", "engulf", "rage", "submerge",
                 "roll", "pour", "push", "advance", "intervene"):
        subject = _head_subject(token)
        head = subject.lemma_.lower() if subject is not None else ""
        if lemma in ("sweep", "roll", "pour", "push", "advance", "intervene") and head in _ARMED | {
                "troop", "tank", "militant", "insurgent", "rebel", "warplane", "jet", "army", "division"}:
            # "Russian troops swept into Prague", "rebels advanced on the capital"
            if lemma == "advance" or lemma == "intervene" or _prep_object_words(token, "into") \
                    or _prep_object_words(token, "across") or _prep_object_words(token, "toward") \
                    or _prep_object_words(token, "towards") or _prep_object_words(token, "on") \
                    or _prep_object_words(token, "through"):
                return "attack"  # (and "militias swept through the valley")
        if lemma in ("roll", "pour", "push", "advance", "intervene"):
            return None
        if head in _WEATHER or head in ("rain", "wind", "winds", "wave", "waves", "water", "waters", "river",
                                        "floodwaters", "floodwater", "flooding", "torrent", "torrents", "surge"):
            return "disaster"  # "the storm battered the coast", "floodwaters swept through"
        if head in _FIRES | {"flame", "flames", "bushfire", "inferno"}:
            return "disaster" if head in ("wildfire", "bushfire") else "accident"
        if lemma in ("pound", "batter") and _prep_object_words(token, "with") & (_BOMBS | _WEAPON_WORDS | _GUNS | {
                "shells", "artillery", "fire", "bombs"}):
            return "attack"  # "Israel pounded Gaza with airstrikes"
        if lemma in ("pound", "batter") and (head in _ARMED | {"artillery", "jet", "jets", "warplane", "warplanes",
                                                              "aircraft", "tank", "tanks", "gunship"}
                                             or (lemma == "batter" and _human_object(token))):
            return "attack"  # "artillery pounded the town", "battered a man"
        return None
    if lemma == "beat" and _object_words(token) & {"odds", "record", "clock", "heat", "traffic", "deadline",
                                                     "expectations", "estimates", "forecasts", "rush", "drum"}:
        return None  # "beat the odds"
    if lemma == "beat" and _particle(token) == "out":
        return None  # "won two posts, beating out a rival who had held the seat": a win, no beating
    if lemma == "beat" and token.dep_ in ("advcl", "conj", "xcomp", "acl") and any(
            a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _CONTEST_WINS for a in islice(token.ancestors, 2)):
        return None  # "Gray and McKee won the two seats, beating Ann Roe": a contest won, no beating
    if lemma == "beat" and _election_context(token):
        return "election"  # "beat the incumbent in the primary"
    if lemma in ("beat", "punch", "kick", "choke", "slash", "assault", "pistol-whip", "hack"):
        if particle in ("off", "out", "in", "back") and lemma in ("kick", "hack"):
            return None  # "kicked off the campaign", "hacked into"
        if _prep_object_words(token, "to") & {"death"}:
            return "attack"  # "beaten to death", "hacked to death"
        if lemma == "assault":
            return _UNDECIDED
        return "attack" if _human_object(token) and lemma != "hack" else None
    if lemma in ("occupy", "liberate"):
        subject = _head_subject(token)
        head = subject.lemma_.lower() if subject is not None else ""
        if head in _CROWD_SUBJECTS | {"protester", "demonstrator", "activist", "student", "worker"}:
            return "protest"  # "protesters occupied the square"
        return "attack" if head in _ARMED | {"militant", "insurgent", "rebel", "army"} or (
            subject is not None and subject.ent_type_ in ("NORP", "GPE")) else None
    if lemma == "down":
        return "attack" if objects & _FLYING else None  # "downed a helicopter"
    if lemma == "fight":
        if objects & _NOT_FOES or any(c.dep_ == "xcomp" for c in token.children):
            return None
        if _prep_object_words(token, "for") and not objects:
            return None  # "fought for independence"
        foe = _prep_object_words(token, "with") | _prep_object_words(token, "against") | objects
        subject = _head_subject(token)
        armed = subject is not None and subject.lemma_.lower() in _ARMED | {"militant", "rebel", "troop", "police"}
        return "attack" if armed or foe & {"troops", "rebels", "militants", "insurgents", "police", "forces",
                                           "army", "soldiers", "fighters", "gunmen", "officers"} else (
            "riot" if foe & _PEOPLE or _human_object(token) or any(  # "began fighting with Joe Hart and his cousins"
                g.ent_type_ == "PERSON" for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.subtree) else None)
    if lemma in ("slaughter", "massacre"):
        return "violence_against_civilians" if _human_object(token) or objects & {"villagers", "civilians",
                                                                                  "worshippers"} else (
            _UNDECIDED if lemma == "massacre" else None)
    if lemma == "poison":
        return "attack" if _human_object(token) else None
    if lemma == "fire":
        if objects & _STAFF:
            return None  # "fired 200 employees": a layoff, no change of an office holder
        if objects & _PEOPLE or objects & _POSTS or _human_object(token):
            return "other"  # "fired the coach", "was fired by the city"
        if not objects and (_prep_object_words(token, "on") or _prep_object_words(token, "at")
                            or _prep_object_words(token, "into")):
            return "attack"  # "soldiers fired on the crowd", "fired at police"
        return _UNDECIDED
    if lemma == "sack":
        if objects & _STAFF:
            return None
        return "other" if objects & (_POSTS | _PEOPLE) or _human_object(token) else None
    if lemma == "dismiss":
        if objects & {"charge", "charges", "indictment", "count", "counts", "case", "cases", "conviction"}:
            return None  # "dismissed the charges": the criminal case is named by its own noun
        if objects & _CASE_WORDS:
            return "other"  # "dismissed the lawsuit", "dismissed the appeal"
        return "other" if objects & _POSTS or _human_object(token) else _UNDECIDED
    if lemma in ("nominate", "name", "tap", "designate"):
        pp = _prep_object_words(token, "as") | _prep_object_words(token, "to") | _prep_object_words(token, "for")
        complement = {t.lower_ for c in token.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")
                      for t in c.subtree}
        words = pp | complement
        if lemma == "designate" and (words | _label_words(token) | objects) & {"terrorist", "terror", "terrorists"}:
            return "sanction"  # "designated a terrorist organization"
        if words & {"award", "awards", "emmy", "emmys", "oscar", "oscars", "grammy", "prize", "medal"}:
            return None  # "nominated for an Emmy"
        if lemma == "nominate" and words & (_OFFICES | {"candidate", "nominee"}) and not words & {
                "court", "secretary", "minister", "ambassador", "judge", "justice", "cabinet", "board"}:
            return "election"  # "nominated for president"
        if lemma == "name" and _prep_object_words(token, "after"):
            return None  # "named after his grandfather"
        return "other" if words & (_POSTS | _OFFICES | {"court", "cabinet", "bench"}) or (
            lemma == "nominate" and _human_object(token)) else None
    if lemma in ("succeed", "replace"):
        if _appointment_by_its_vote(token):
            return None
        return "other" if (_prep_object_words(token, "as") & (_POSTS | _OFFICES)
                           or objects & _POSTS and any(c.ent_type_ == "PERSON" for c in token.children)
                           or _successor_named(token)) else None
    if lemma == "inaugurate":
        return "other" if _human_object(token) or _prep_object_words(token, "as") & (_POSTS | _OFFICES) else None
    if lemma in ("defeat", "concede"):
        if lemma == "concede" and (objects & {"race", "election"} or "defeat" in objects and _doer_words(
                token, head_only=True) & _CANDIDATES):
            return "election"  # "the incumbent conceded defeat"
        return "election" if _election_context(token) else None
    if lemma == "vote" and (_prep_object_words(token, "on") | _prep_object_words(token, "over")) & (
            LAW_TEXTS | {"motion", "motions", "nomination", "confirmation", "impeachment"}):
        return None  # "voting on the bill": a legislature's vote, no election
    if lemma == "cast":
        return "election" if objects & {"ballot", "ballots", "vote", "votes"} else None
    if lemma == "go":
        if particle == "off" and _subject_words(token) & _BOMBS:
            return "attack"  # "a bomb went off outside the embassy"
        return "election" if _prep_object_words(token, "to") & {"polls"} else None  # "went to the polls"
    if lemma == "find":
        verdict = _phrase_words(token, ("acomp", "oprd", "xcomp", "ccomp"))
        if verdict & {"guilty", "innocent"}:
            return "arrest"  # "was found guilty of murder": a verdict
        return "other" if verdict & {"liable", "responsible"} and _sentence_words(token) & _COURT_WORDS else None
    if lemma == "hand" and particle == "over":
        if objects & {"power", "control", "presidency"}:
            return "other"  # "handed over power"
        if _prep_object_words(token, "to") & {"police", "authorities", "prosecutors", "fbi", "interpol"}:
            return "arrest"  # "was handed over to police"
        if objects & (_HOSTAGES | _DETAINEES | {"remains", "bodies", "body"}):
            return "other"  # "the militia hands two hostages over to the Red Cross": a release
        return None
    if lemma == "turn" and particle == "in" and objects & {"himself", "herself", "themselves"}:
        return "arrest"  # "turned himself in to police"
    if lemma == "ring" and particle == "out" and _subject_words(token) & {"shots", "shot", "gunfire", "gunshots",
                                                                          "gunshot"}:
        return "attack"  # "shots rang out"
    if lemma == "set" and particle == "off" and objects & _BOMBS:
        return "attack"  # "set off a car bomb"
    if lemma in ("plunge", "plummet", "skid", "veer", "flip", "swerve", "careen", "ground"):
        subject = _head_subject(token)
        head = subject.lemma_.lower() if subject is not None else ""
        return "accident" if head in _VEHICLES | _CAR_MODELS | {"driver", "airliner", "chopper", "suv",
                                                                "freighter", "trawler"} else None
    if lemma == "run" and any(c.lower_ == "aground" for c in token.children):
        return "accident"  # "the ferry ran aground"
    if lemma == "talk" and _prep_object_words(token, "by") & {"phone", "telephone", "video", "videolink"}:
        return "meet"  # "the two leaders talked by phone"
    if lemma == "talk" and not _talk_partner(token):
        return None  # "we are talking about the youth", "I'm talking the truth": speaking, no talks
    if lemma in ("book", "hold", "jail"):
        # "was booked into the county jail", "is being held without bail on murder charges"
        words = _prep_object_words(token, "into") | _prep_object_words(token, "in") | \
            _prep_object_words(token, "on") | _prep_object_words(token, "without") | _prep_object_words(token, "for")
        if lemma == "hold" and (objects & {"talks", "meeting", "meetings", "rally", "election", "elections", "vote",
                                           "referendum", "summit", "conference", "protest", "demonstration"}):
            return _UNDECIDED  # "held talks": the noun is the happening
        if lemma == "hold" and any(c.dep_ == "dobj" for c in token.children) and not _human_object(token):
            return None  # "holds the record"
        return "arrest" if words & _JAIL_WORDS else (_UNDECIDED if lemma == "jail" else None)
    if lemma == "catch":
        if objects & {"fire", "flames"}:
            # "the house caught fire"; "a depot is hit by drones and catches fire": the fire is
            # the damage of the strike it is joined to (codebook §2), an attack
            struck = token.head if token.dep_ == "conj" else None
            if struck is not None and (_prep_object_words(struck, "by") | _subject_words(struck) | {
                    t.lower_ for c in struck.children if c.dep_ == "agent" for t in c.subtree}) & (
                    _WEAPON_WORDS | _BOMBS | {"strike", "strikes", "airstrike", "airstrikes", "shelling"}):
                return "attack"
            return "accident"
        if _prep_object_words(token, "on") & {"camera", "video", "tape", "film"}:
            return None
        return "arrest" if _captures_a_person(token) and any(c.dep_ == "nsubjpass" for c in token.children) else None
    if lemma == "bust":
        return "arrest" if _human_object(token) or objects & {"ring", "gang", "lab", "operation"} else None
    if lemma == "try":
        # "was tried for murder"; not "tried to flee"
        return "arrest" if any(c.dep_ == "nsubjpass" for c in token.children) and not any(
            c.dep_ == "xcomp" for c in token.children) else None
    if lemma == "fine":
        # "fined him", "fined the bank $1 billion", "was fined $500"; a headline's "Man fined for speeding"
        # (no object: a passive)
        return "arrest" if _human_object(token) or any(c.dep_ in ("nsubjpass", "auxpass") or (
            c.dep_ in ("dobj", "dative") and c.ent_type_ != "MONEY" and c.pos_ in ("NOUN", "PROPN")) for c in token.children) or (
            any(c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ == "dobj" for c in token.children)
            and _prep_object_words(token, "for")) else None
    if lemma in ("authorize", "authorise", "empower"):
        # "the cabinet authorised the coast guard to board smuggling boats", "parliament authorised
        # the use of force": a policy measure (the act it allows has not happened: see
        # timeline.events.extract._asked_for)
        allowed = any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or objects & {"use", "deployment"}
        subject = _head_subject(token)
        party = subject is not None and (subject.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or subject.lemma_.lower()
                                         in _INSTITUTIONS | _POSTS | {"government", "ministry", "court", "council"})
        return "other" if allowed and (party or any(c.dep_ == "nsubjpass" for c in token.children)) else None
    if lemma in ("cite", "ticket"):
        # "was cited for reckless driving", "the officer ticketed him for speeding"
        if lemma == "ticket":  # "ticketed the driver for speeding" (the "for" may hang on the driver)
            return "arrest" if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children) else None
        return "arrest" if _prep_object_words(token, "for") and (_human_object(token) or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in token.children)) else None
    if lemma == "surrender":
        if _prep_object_words(token, "to") & {"police", "authorities", "fbi", "deputies", "officers", "agents",
                                                "marshals", "sheriff"} or _subject_words(token) & _WANTED \
                or _prep_object_words(token, "on") & {"warrant", "warrants", "charge", "charges", "indictment"}:
            # "the suspect surrendered to police"; "both men will surrender on the charges Friday"
            return "arrest"
        return "other" if _subject_words(token) & {"troops", "rebels", "forces", "army", "fighters",
                                                   "militants", "garrison", "soldiers"} else None
    if lemma == "rule":
        # "the court ruled that ...", "the judge ruled the shooting justified"; not "ruled the
        # country", "ruled out talks"
        subject = _head_subject(token)
        if particle is not None or (any(c.dep_ == "dobj" for c in token.children) and not _bench_finding(token, subject)):
            return None
        body = subject is not None and (subject.lemma_.lower() in _COURT_WORDS | {"justice", "panel", "board",
                                                                                   "commission", "arbitrator"}
                                        or subject.ent_type_ == "ORG")
        finding = any(c.dep_ == "nsubjpass" for c in token.children) and any(
            c.dep_ in ("oprd", "acomp", "attr", "xcomp") for c in token.children)
        # a headline drops the passive's "was": "Deputy's shooting ruled justified" (the parser
        # makes the shooting the subject and the finding an adverb)
        finding = finding or any(c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ in _FINDINGS
                                 for c in token.children)
        return "other" if body or finding else None  # "the shooting was ruled justifiable"
    if lemma in ("overturn", "reverse", "quash", "strike"):
        if objects & (_CASE_WORDS | {"decision", "ban", "law", "order", "election", "result", "results"}):
            return "other"  # "overturned the conviction"
        if lemma == "overturn":
            subject = _head_subject(token)
            return "accident" if subject is not None and subject.lemma_.lower() in _MOTOR_DOERS else None
        return _UNDECIDED if lemma == "strike" else None
    if lemma == "file":
        if objects & {"charge", "charges"}:
            return "arrest"  # "prosecutors filed charges"
        return "other" if objects & LEGAL_ACTS else _UNDECIDED  # "filed a lawsuit"
    if lemma == "take":
        if objects & {"hostage", "hostages", "captive", "captives"} or _prep_object_words(token, "as") & {
                "hostage", "hostages"}:
            return "violence_against_civilians"  # "took hostages", "taken hostage"
        if objects & {"power"} or (particle == "over" and objects & {"government", "power", "country", "presidency"}):
            return "other"  # "the army took power"
        if _prep_heads(token, "to") & {"streets", "street"}:
            return "protest"  # "took to the streets"; not "takes a bus to the library on Elm Street"
        if objects & {"office", "oath", "helm", "reins"} or (particle == "over" and _prep_object_words(token, "as")
                                                            & (_POSTS | _OFFICES)):
            return "other"  # "took office", "took the helm", "took over as president"
        return _UNDECIDED
    if lemma == "seize" and objects & {"power"}:
        return "other"  # "seized power": a coup
    if lemma == "assume" :
        return "other" if objects & {"office", "power", "presidency", "command", "leadership", "post"} else None
    if lemma == "declare" and objects & _EMERGENCIES:
        return "other"  # "declared a state of emergency", "declared martial law"
    if lemma in ("declare", "proclaim") and (objects | {t.lower_ for c in token.children if c.dep_ in (
            "oprd", "xcomp", "ccomp", "attr") for t in c.subtree}) & _WINNERS:
        return "election"  # "Ms Okafor is declared the winner of the runoff": the vote's result, no statement
    if lemma == "declare" and objects & {"war"}:
        return "attack"
    if lemma == "lift" :
        if objects & {"sanctions", "embargo", "ban", "blockade"}:
            return "sanction"  # the lifting of sanctions is a sanctions event
        # "the attorney general lifted the deadline", "Peru lifts its lockdown": a measure undone
        return "other" if objects & (_MEASURES | {"restrictions", "moratorium", "order"} | _LIFTED_LIMITS) else None
    if lemma == "demand":
        # "The prosecutors demanded that the senator repay the money", "the committee demanded to
        # see the reports": a party's demand, a statement (codebook §2); not a robber's "demanded
        # cash", nor a crowd's or a rally's demand, which is what its protest asked for
        # ("protesters demanding his return"), nor an infinitive or participle of another deed,
        # nor a demand told inside what someone said ("he said the minority demanded a settlement")
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ in ("VBN", "VBG") and any(
            c.dep_ == "aux" for c in token.children)
        doer = _doer_words(token, head_only=True)
        if not finite or token.dep_ not in ("ROOT", "conj") or not doer \
                or doer & (_CROWD_WORDS | _PROTESTERS | {"robber", "robbers", "gunman", "gunmen", "kidnapper",
                                                          "kidnappers", "suspect", "suspects"}) \
                or objects & _DEMANDED_LOOT:
            return None
        return "statement"
    if lemma == "end":
        # "Norway ends its fuel subsidy for fishing boats", "the ministry ended the visa
        # exemption": a state's or a body's measure undone; not "the talks ended", "ended the
        # game", "ended his speech"
        if _object_heads(token) & _ENDED_MEASURES and (
                _doer_gpe(token) or _doer_words(token, head_only=True) & (_POSTS | _ENDING_BODIES)):
            return "other"
        return None
    if lemma == "freeze":
        return "sanction" if objects & {"assets", "accounts", "funds", "holdings"} else None
    if lemma == "bar":
        if _subject_words(token) & {"police", "troops", "guards", "security", "officers", "soldiers"}:
            return None  # "police barred the crowd from reaching the consulate": crowd control
        return "sanction" if _prep_object_words(token, "from") and (objects or any(
            c.dep_ == "nsubjpass" for c in token.children)) else None
    if lemma in ("close", "open") and _subject_words(token) & {"polls", "polling", "booths"}:
        return "election"  # "polls closed in Turkey on Sunday"
    if lemma in ("close", "shut", "reopen"):
        if objects & {"bridge", "bridges", "checkpoint", "checkpoints", "corridor", "passage", "strait", "straits",
                      "canal", "seaport"} and _doer_gpe(token):
            return "other"  # "Hungary closes the Danube bridge crossing": a state's measure against a crossing
        if objects & {"border", "borders", "embassy", "embassies", "airspace", "crossing", "crossings", "consulate",
                      "mission", "port", "ports", "airport", "internet", "newspaper", "broadcaster",
                      "parliament"} and not objects & {"gas", "power", "police", "fire", "petrol", "bus",
                                                               "radio", "tv", "train", "space"}:
            return "other"  # "closed its embassy", "shut the border crossing"
        return None
    if lemma == "order":
        # "Clinton ordered an assessment", "embassies were ordered to tighten security"; not
        # "ordered a pizza"
        if objects & {"pizza", "food", "meal", "meals", "drink", "drinks", "copies", "book", "books", "parts",
                      "items", "goods", "products", "lunch", "dinner", "breakfast", "coffee"}:
            return None
        if any(c.dep_ == "xcomp" for c in token.children) and objects & _FORCES:
            return "deploy"  # "ordered troops to the border"
        subject = _head_subject(token)
        if _court_orders_custody(token, subject, objects):
            return "arrest"
        ordered = any(c.dep_ == "nsubjpass" for c in token.children) or subject is not None and (
            subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lemma_.lower() in _POSTS
            | _COURT_WORDS | _PUBLIC_BODIES)
        return "other" if ordered and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children) else None
    if lemma == "evacuate":
        return "other" if objects & {"embassy", "embassies", "staff", "diplomats", "personnel", "citizens",
                                     "nationals"} else None
    if lemma == "stone":
        return "riot" if objects or any(c.dep_ == "nsubjpass" for c in token.children) else None
    if lemma == "block":
        if _court_blocks(token):
            return "other"  # "a federal judge temporarily blocks the executive order": a ruling
        return "protest" if _subject_words(token) & _CROWD_WORDS else None
    if lemma == "chant":
        return "protest" if _subject_words(token) & _CROWD_WORDS else None
    if lemma == "execute":
        if _sentence_words(token) & {"lethal", "injection", "penalty", "death", "chair", "row", "sentence",
                                     "sentenced", "court", "hanging", "hanged"} and not _sentence_words(token) & {
                "militants", "rebels", "gunmen", "insurgents", "militia", "squad", "extremists"}:
            return "arrest"  # a state's execution after a court's sentence: the criminal case
        if objects & _EXECUTED_THINGS:
            return None  # "executed a search warrant", "executed the plan": carried out, nobody killed
        return _UNDECIDED
    if lemma == "explode" and _subject_words(token) & {"violence", "anger", "protests", "controversy", "row"}:
        return None  # "violence exploded": the metaphor names no blast
    if lemma == "promise":
        # "promised support to Kyiv"; a pledge to act ("promised to rebuild the bridge") is no
        # support for a party
        return "support" if objects & {"support", "backing", "solidarity"} else None
    if lemma == "hail":
        # "hailed the deal"; not "hailed a taxi", "hails from Ohio"
        if objects & {"taxi", "taxis", "cab", "cabs", "ride", "car", "bus", "uber", "rickshaw", "vehicle"} \
                or _prep_object_words(token, "from"):
            return None
        return "support" if objects or any(c.dep_ in ("nsubjpass",) for c in token.children) else None
    if lemma == "slam":
        if _prep_object_words(token, "into") or _prep_object_words(token, "against") or particle:
            doer = _subject_words(token)
            if doer & _DISASTER_DOERS:
                return "disaster"  # "Hurricane Ian slammed into Florida"
            if doer & (_BOMBS | _WEAPON_WORDS | _FLYING) and not doer & _VEHICLES:
                return "attack"  # "a missile slammed into an apartment block"
            return _UNDECIDED if doer & (_VEHICLES | _CAR_MODELS | _CAR_WORDS | {"driver", "motorist"}) else None
        # "slammed the decision", "slammed Trump for ..."; not "slammed the door"
        target = any(c.dep_ in ("dobj", "nsubjpass") and (
            c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.lemma_.lower() in _PEOPLE | _POSTS | _SLAMMED)
            for c in token.children)
        return "condemn" if target or objects and _prep_object_words(token, "for") else None
    if lemma == "unveil":
        return "statement" if objects & {"plan", "plans", "proposal", "proposals", "policy", "policies", "strategy",
                                         "strategies", "package", "measures", "reform", "reforms", "initiative",
                                         "roadmap", "blueprint", "agenda", "budget", "program", "programme",
                                         "framework", "bill", "legislation", "manifesto", "platform"} else None
    if lemma == "approve":
        if objects & {"plea"}:
            return None  # a court approving a plea agreement: the criminal case's step
        if objects & _WEAPON_GOODS and objects & {"sale", "sales", "package", "transfer", "delivery", "deliveries",
                                                 "export", "exports"}:
            return "supply"  # "approved a $1 billion arms package for Taiwan"
        if objects & {"loan", "loans", "bailout", "aid", "assistance", "grant", "tranche", "disbursement"}:
            return "aid"  # "the World Bank approved a $500 million loan to Kenya"
        return "agree" if objects & (LAW_TEXTS | _DEAL_WORDS | {"enlargement", "expansion", "membership",
                                                                 "budget", "deployment",
                                                                 "strike", "strikes"}) or any(
            c.dep_ == "nsubjpass" and c.lower_ in LAW_TEXTS for c in token.children) else None
    return _UNDECIDED


#: verbs :func:`_coverage_verb_type` may decide (some of them rules above also read)
_COVERAGE_VERB_LEMMAS = frozenset({
    "gun", "round", "lock", "step", "stand", "walk", "head", "land", "leave", "return", "discuss", "appeal",
    "label", "brand", "summon", "object", "allege", "adopt", "pass", "characterize", "characterise", "describe",
    "commute", "call", "stop", "find", "hand", "turn", "ring", "set", "arrive", "withdraw", "recall", "sit", "plunge", "plummet", "skid", "veer", "flip", "swerve", "careen", "ground", "run",
    "talk", "commit", "roll", "pour", "push", "advance", "intervene", "become", "provide", "give",
    "offer", "conclude", "seal", "clinch", "broker",
    "finalize", "finalise", "strike", "reach", "hammer", "settle", "establish", "restore", "resume", "normalize",
    "normalise", "sever", "cut", "break", "upgrade", "elevate", "accept", "contribute", "grant", "allocate",
    "earmark", "donate", "arm",
    "equip", "export", "airlift", "move", "position", "rush", "mass", "pull", "pound", "batter", "lash", "ravage",
    "devastate", "swamp", "sweep", "engulf", "rage", "submerge", "beat", "punch", "kick", "choke", "slash",
    "assault", "pistol-whip", "hack", "occupy", "liberate", "down", "fight", "slaughter", "massacre", "poison",
    "fire", "sack", "dismiss", "nominate", "name", "tap", "designate", "succeed", "replace", "inaugurate",
    "defeat", "concede", "cast", "go", "book", "hold", "jail", "catch", "bust", "try", "fine", "cite", "surrender",
    "rule", "overturn", "reverse", "quash", "file", "take", "seize", "assume", "declare", "lift", "freeze", "bar",
    "close", "shut", "reopen", "order", "evacuate", "stone", "block", "chant", "execute", "explode", "promise",
    "hail", "slam", "approve", "unveil", "vote", "impose", "slap", "levy", "reimpose", "re-impose", "extend",
    "tighten", "speak", "chat", "confer", "receive", "add", "deliver", "send", "ship", "truck", "fly", "distribute",
    "airdrop", "parachute", "drop", "pledge", "burst", "hit", "grip", "scorch", "parch", "blanket",
    "collapse", "clash", "vow", "threaten", "dissolve", "suspend", "disband", "erupt", "flare", "gather",
    "assemble", "shake", "shuttle", "address", "blast", "pay", "exchange", "swap", "trade", "lash", "open",
    "topple", "rupture", "put", "place", "flood", "blame", "dispatch", "travel", "support", "transport", "escort",
    "bring", "transfer", "swear", "fund", "elect", "intercept", "hurl", "lob", "toss", "carry", "conduct",
    "mount", "stage", "stag", "launch", "unleash", "sail", "steam", "cruise", "rap",
    "parole", "hire", "introduce", "testify", "release", "free", "confirm", "throw", "agree", "join", "target", "punish",
    "ticket", "implement", "trap", "reject", "retire", "lower", "authorize", "authorise", "empower", "end",
    "decide", "confiscate", "impound",
    "demand", "install", "remove", "relinquish", "strip", "enter", "exit", "bow", "abandon", "halt", "serve",
})


#: what a council or board decides by a vote besides laws and deals (not a sale: a transaction)
_BODY_DECISIONS = {"motion", "motions", "contract", "contracts", "increase", "hike", "appointment", "appointments",
                   "request", "application", "permit", "rezoning", "zoning", "funding", "spending", "project",
                   "site", "change", "changes", "nomination", "nominee", "designation", "tax", "rate", "rates"}
#: local bodies that hold hearings and vote on motions
_LOCAL_BODIES = {"board", "commission", "committee", "commissioners", "councillors", "councilors", "trustees",
                 "supervisors", "aldermen", "selectmen", "subcommittee"}
#: words that put a sentence in a criminal case
_CRIMINAL_CASE_WORDS = {"judge", "magistrate", "jury", "prosecutor", "prosecutors", "defendant", "plea", "bail",
                        "sentenced", "sentencing", "convicted", "conviction", "verdict", "arraignment", "charged",
                        "indicted", "indictment"}
#: verbs of backing that a voting body's doing turns into a vote
_BACKING_VERBS = {"back", "support", "endorse"}
#: what a voting body backs by a vote: a plan or a text put to it
_PROPOSALS = {"plan", "plans", "proposal", "proposals", "scheme", "schemes", "budget", "ordinance", "ordinances",
              "development", "bid", "option", "recommendation", "recommendations"}


def _body_vote(verb: Token) -> bool:
    """A sitting or local body (its own head word, not "a member of the council") backs a plan or a
    text put to it, with no modal: that is its vote ("Councillors backed their own plan for a rival
    ecotown", "the county board endorsed the zoning change"), not a party's verbal support
    ("the minister backed the plan" stays support)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if not _doer_words(verb, head_only=True) & (_VOTING_BODIES | {"house", "shareholders", "delegates"}):
        return False
    heads = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    return bool(heads & (_PROPOSALS | LAW_TEXTS | _BODY_DECISIONS))


#: bodies that sit in session ("parliament held a session"; not "the band held a session")
_SITTING_BODIES = {"council", "parliament", "assembly", "cabinet", "congress", "senate", "legislature", "parliaments",
                   "councils", "assemblies", "duma", "knesset", "bundestag", "lawmakers", "legislators"}
#: bodies that vote on what is put to them: the sitting bodies and the local ones
_VOTING_BODIES = _SITTING_BODIES | _LOCAL_BODIES


def _coverage_noun_type(token: Token, lemma: str, text: str):
    """The type of a noun of the general coverage whose sense its phrase decides, None when it
    names no happening there, _UNDECIDED when the rules of :func:`noun_type` decide."""
    if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT") \
            and (lemma in _COVERAGE_NOUN_WORDS_ONLY or text in _COVERAGE_NOUN_WORDS_ONLY):
        return None  # "Grant", "Ruling Party": a name
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    of = _prep_object_words(token, "of")
    if lemma in ("storm", "avalanche", "deluge", "barrage", "wave", "flood") and \
            of & {"criticism", "protest", "protests", "complaints", "calls", "questions", "condemnation", "outrage",
                  "controversy", "anger", "publicity", "emails", "letters", "lawsuits", "applications", "requests",
                  "orders", "refugees", "migrants", "immigrants", "support", "praise", "abuse", "insults"}:
        return None  # "a storm of criticism", "a flood of refugees": no disaster
    if lemma in ("violation", "violations", "breach", "breaches"):
        # "ceasefire violations near Donetsk": fire across the line; not "human rights violations",
        # "a breach of contract", "a data breach"
        return "attack" if (modifiers | of) & {"ceasefire", "truce", "cease-fire", "armistice"} else None
    if lemma in _ISSUED_ORDERS:
        # "the town issued an evacuation order", "a judge issued an injunction": an authority's
        # measure (not "in order to", "the new world order", "an order of magnitude")
        return "other" if token.dep_ == "dobj" and token.head.lemma_.lower() == "issue" else None
    if lemma == "protest" and (token.head.lemma_.lower() in ("lodge", "file", "register", "deliver", "submit")
                               or modifiers & {"diplomatic"}):
        return "condemn"  # "lodged a formal protest with Washington": a protest by diplomatic means
    if lemma in ("airdrop", "airdrops", "air-drop", "air-drops"):
        return "supply" if of & _WEAPON_GOODS or modifiers & _WEAPON_GOODS else "aid"  # "airdrops of food"
    if lemma == "campaign" and modifiers & {"awareness", "education", "educational", "information", "outreach",
                                            "advertising", "publicity", "media", "vaccination", "recruitment"}:
        # "launched a public awareness campaign on ticks", "an outreach campaign urging drivers to slow down":
        # an institution's appeal to the public
        return "statement"
    if lemma == "campaign" and (modifiers & {"presidential", "election", "electoral", "re-election", "reelection",
                                             "mayoral", "gubernatorial", "senate", "congressional", "parliamentary",
                                             "leadership"} or _prep_object_words(token, "for") & _OFFICES):
        return "election" if token.head.lemma_.lower() in ("launch", "announce", "begin", "start", "kick",
                                                           "suspend", "end", "open") else None
    if lemma == "session":
        # "held an emergency session", "the council convened a special session"; not a training or
        # photo session
        if modifiers & {"training", "photo", "practice", "jam", "recording", "therapy", "study", "tasting",
                        "autograph", "counseling", "counselling", "information", "q&a", "question", "qualifying",
                        "morning", "afternoon", "trading", "yoga", "workout"}:
            return None
        owners = modifiers | of | {t.lower_ for c in token.children if c.dep_ == "poss" for t in c.subtree}
        if token.dep_ in ("dobj", "nsubjpass"):
            owners |= _subject_words(token.head)
        return "meet" if modifiers & {"emergency", "special", "extraordinary", "plenary", "closed-door", "closed",
                                      "joint", "urgent", "negotiating"} or owners & _SITTING_BODIES else None
    if lemma in ("exchange", "swap") and (modifiers | of) & _CAPTIVES | {"prisoner", "pow", "hostage"} & modifiers:
        return "other"  # "the prisoner exchange took place on Monday"
    if lemma == "demonstration" and (of & {"unity", "support", "strength", "power", "resolve", "commitment",
                                           "solidarity", "force", "fact", "capability", "capabilities", "technology",
                                           "loyalty", "will", "determination", "how", "goodwill", "friendship",
                                           "ability", "product", "products", "skill", "skills", "concept"}
                                     or modifiers & {"clear", "clearest", "practical", "product", "live", "cooking",
                                                     "public", "powerful", "vivid", "further", "strong", "striking"}
                                     and not modifiers & {"street", "mass", "peaceful", "anti-government"}):
        return None  # "the clearest demonstration of the alliance's unity", "a cooking demonstration"
    if lemma in ("assistance", "aid") and token.head.lower_ == "for" and token.head.head.lemma_.lower() in (
            "call", "request", "radio", "plea", "cry", "ask", "appeal", "appeals", "calls", "requests"):
        return None  # "responding to a call for assistance": the call is the happening, if any
    if lemma == "strike" and (token.head.lemma_.lower() in ("stage", "call", "hold", "begin", "launch", "announce",
                                                           "start", "organize", "organise", "join", "end", "stag")
                              or token.head.lower_.startswith("stag")):  # the tagger lemmatizes "staged" as "stag"
        subject = _subject_words(token.head)
        if subject & (_LABOUR_SUBJECTS | {"union", "unions", "federation", "confederation"}) and not subject & _ATTACKERS:
            return "protest"  # "the union staged a strike": a labour strike, no air strike
    if lemma == "evacuation":
        return "other" if (of | modifiers) & (_EVACUEES | {"embassy", "staff", "personnel", "nationals"}) else None
    if lemma == "bail" and token.pos_ == "NOUN" and (token.head.lemma_.lower() in (
            "grant", "deny", "refuse", "set", "post", "release", "free", "revoke", "order") or (
            token.head.lower_ == "on" and token.head.head.lemma_.lower() in ("release", "free"))):
        return "arrest"  # "was denied bail", "released on bail": a step of the criminal case
    if lemma == "landslide" and (token.head.lemma_.lower() in ("victory", "win", "election", "defeat")
                                 or token.dep_ in ("amod", "compound") or of & {"votes"}
                                 or token.head.lemma_.lower() in ("win", "by")):
        return "election" if token.head.lower_ == "by" or token.head.lemma_.lower() == "win" else None
    if lemma in ("victory", "win", "defeat"):
        sentence = _sentence_words(token)
        if modifiers & {"election", "electoral", "landslide", "primary", "runoff", "re-election"} or sentence & {
                "election", "elections", "primary", "runoff", "vote", "votes", "ballot", "polls", "electoral",
                "caucus", "re-election", "reelection"}:
            return "election"
        return None
    if lemma == "bid":
        return "election" if modifiers & {"presidential", "re-election", "reelection", "election", "mayoral",
                                          "gubernatorial", "senate", "congressional", "leadership"} or _prep_object_words(
            token, "for") & _OFFICES else None
    if lemma in ("slide", "wave", "spill", "leak", "snap"):
        if lemma == "slide" and modifiers & {"mud", "rock", "land", "snow", "debris"}:
            return "disaster"
        if lemma == "wave" and modifiers & {"heat", "cold", "tidal"}:
            return "disaster"  # "a heat wave"
        if lemma == "snap" and modifiers & {"cold"}:
            return "disaster"
        if lemma in ("spill", "leak") and modifiers & {"oil", "gas", "chemical", "fuel", "toxic", "radiation",
                                                       "ammonia", "chlorine", "sewage", "crude", "diesel", "monoxide",
                                                       "propane", "methane", "radioactive", "nuclear", "acid"}:
            return "accident"  # "a gas leak", "an oil spill"
        return None
    if lemma == "outbreak":
        if of & _VIOLENCE_WORDS:
            return "attack" if of & {"fighting", "hostilities", "clashes", "war"} else "riot"
        return "disaster" if of & _DISEASES or modifiers & _DISEASES or not of else None
    if lemma in ("deal", "agreement", "bargain") and "plea" in modifiers:
        return "arrest"  # "a plea deal": a step of the criminal case
    if lemma == "collapse":
        what = modifiers | of
        if what & (_STRUCTURES | {"landfill", "dump", "shaft", "pit", "quarry", "embankment"}):
            return "accident"  # "the bridge collapse", "the collapse of a garbage dump"
        return None  # "the collapse of the talks", "economic collapse"
    if lemma == "crush" and modifiers & {"crowd", "stampede"}:
        return "accident"
    if lemma == "gift":
        return "aid" if of & (_GOODS | {"aid", "supplies", "money", "medical", "food"}) else None
    if lemma == "court" and token.head.lower_ in ("in", "before") and token.head.head.lower_ in ("due", "back"):
        return "arrest"  # "is due in court May 11", "due back in court": a court appearance
    if lemma == "landing":
        return "accident" if modifiers & {"emergency", "crash", "hard", "forced", "crash-landing"} else None
    if lemma in ("address", "interview"):
        # "a televised address", "in an interview with the BBC"; not "a home address", a police
        # or job interview
        if modifiers & {"home", "e-mail", "email", "web", "ip", "street", "mailing", "job", "police"} \
                or token.head.lower_ in ("by", "at") or token.dep_ == "compound":
            return None
        if lemma == "address":
            return "statement" if modifiers & {"televised", "national", "radio", "inaugural", "keynote", "television",
                                               "annual", "weekly", "nationwide", "state", "union"} or any(
                c.dep_ == "prep" and c.lower_ in ("to", "before") for c in token.children) else None
        return "statement" if _prep_object_words(token, "with") or modifiers & {"television", "televised", "radio",
                                                                                  "exclusive", "newspaper", "tv"} else None
    if lemma == "call":
        if modifiers & {"phone", "telephone", "video", "conference"}:
            return "meet"  # "in a phone call with Macron"
        words = _prep_object_words(token, "for")
        return "statement" if words and not words & _RESCUE_CALLS and token.tag_ == "NNS" or (
            words and not words & _RESCUE_CALLS and modifiers) else None
    if lemma == "conversation":
        return "meet" if modifiers & {"phone", "telephone", "video"} else None
    if lemma in ("appeal", "plea"):
        if _sentence_words(token) & (_COURT_WORDS | {"conviction", "sentence", "ruling", "verdict", "lawyers",
                                                     "attorney", "attorneys"}):
            return "other" if lemma == "appeal" else _UNDECIDED
        return "statement" if lemma == "appeal" and (_prep_object_words(token, "for") or _prep_object_words(
            token, "to")) else (_UNDECIDED if lemma == "plea" else None)
    if lemma in ("forum", "forums"):
        # "the committee is holding a public forum for all candidates", "a town-hall forum"; not "an online forum"
        if modifiers & {"online", "internet", "web", "discussion", "message"}:
            return None
        host = token.head.lemma_.lower() if token.dep_ in ("dobj", "nsubjpass") else ""
        return "meet" if host in ("hold", "host", "attend", "organize", "organise", "convene", "sponsor", "stage") \
            or modifiers & {"public", "candidate", "candidates", "community", "town", "televised", "open"} else None
    if lemma in ("fine", "fines") and token.pos_ == "NOUN":
        # "could face fines of $500", "was ordered to pay a fine", "imposed a fine on the firm": a penalty
        verb = token.head.lemma_.lower() if token.dep_ in ("dobj", "nsubjpass") else ""
        return "arrest" if verb in ("face", "pay", "impose", "levy", "issue", "receive", "get", "slap", "order") \
            else None
    if lemma in ("approval", "approvals"):
        # "unanimous approval was given to a resolution", "won approval from a council committee";
        # not "approval ratings", "with the approval of his parents"
        if token.dep_ == "compound" or modifiers & {"rating", "ratings", "job", "public", "popular", "parental"}:
            return None
        verb = token.head.lemma_.lower() if token.dep_ in ("dobj", "nsubjpass") else ""
        if verb in ("have", "need", "require", "seek", "await", "lack", "want", "ask", "request"):
            return None  # "has approval from the legislature to spend": a standing permission, or one not yet given
        bodies = _prep_object_words(token, "from") | _prep_object_words(token, "by") | modifiers
        return "agree" if modifiers & {"unanimous", "final", "preliminary", "formal", "narrow", "council",
                                       "committee", "board", "legislative", "congressional", "parliamentary"} \
            or bodies & (_VOTING_BODIES | {"house", "voters"}) \
            or verb in ("give", "win", "grant", "gain", "secure", "receive", "vote") else None
    if lemma == "hearing":
        if modifiers & {"congressional", "senate", "house", "confirmation", "public", "parliamentary", "committee",
                        "hearing"}:
            if modifiers & {"congressional", "senate", "parliamentary", "committee", "confirmation"}:
                return "meet"
            # "the council's committee will hold a public hearing on the application": a body sits
            holders = _subject_words(token.head) if token.dep_ in ("dobj", "nsubjpass") else set()
            holders |= {t.lower_ for c in token.children if c.dep_ == "poss" for t in c.subtree}
            return "meet" if "public" in modifiers and holders & _VOTING_BODIES else None
        if modifiers & {"bail", "bond", "preliminary", "sentencing", "competency", "detention",
                        "court", "extradition", "custody", "probable", "plea", "pretrial",
                        "pre-trial", "arraignment", "probation", "parole", "disciplinary"} or _court_attached(token):
            return "arrest"
        # a bare "hearing" in a sentence about a criminal case is the court's ("the judge set a hearing")
        return "arrest" if not modifiers and _sentence_words(token) & _CRIMINAL_CASE_WORDS else None
    if lemma == "sentence":
        if token.pos_ != "NOUN":
            return None
        heads = token.head.lemma_.lower()
        if heads in ("serve", "complete", "finish"):
            return None  # "is serving a life sentence": a standing, not a happening
        return "arrest" if modifiers & {"life", "prison", "jail", "death", "suspended", "maximum", "mandatory",
                                        "minimum", "lengthy", "light", "harsh", "year", "years", "-year"} or any(
            t.like_num for t in token.subtree) or heads in ("impose", "hand", "receive", "face", "give",
                                                            "get", "commute", "reduce", "appeal") else None
    if lemma in ("execution", "executions"):
        if modifiers & {"mock"} or of & {"plan", "plans", "order", "warrant", "search", "contract", "strategy"}:
            return None
        if _sentence_words(token) & {"lethal", "injection", "penalty", "chair", "row", "sentence", "sentenced",
                                     "court", "hanging", "stay", "clemency", "governor"}:
            return "arrest"  # a court's death sentence carried out: the criminal case
        return "violence_against_civilians"
    if lemma == "release":
        if modifiers & {"press", "news", "media"}:
            return None  # "according to a news release": the source of what it tells
        if of & (_DETAINEES | {"hostage", "hostages"}) or any(t.ent_type_ == "PERSON" for t in token.subtree
                                                                if t.i != token.i):
            return "other"  # "the release of the hostages"
        return None
    if lemma == "suit":
        return "other" if modifiers & {"civil", "federal", "class-action", "class", "wrongful", "lawsuit"} or (
            token.head.lemma_.lower() in ("file", "bring", "settle", "dismiss", "lose", "win")) else None
    if lemma == "complaint":
        return "other" if token.head.lemma_.lower() in ("file", "lodge", "submit", "bring") or modifiers & {
            "criminal", "formal", "federal", "ethics", "civil"} else None
    if lemma == "inauguration":
        return "other" if modifiers & {"presidential", "inaugural"} or any(
            t.ent_type_ == "PERSON" for t in token.subtree if t.i != token.i) or token.dep_ == "poss" or any(
            c.dep_ == "poss" for c in token.children) else None
    if lemma in ("alert",):
        if token.head.lower_ == "on" or modifiers & {"high", "full", "maximum", "heightened", "combat", "red"}:
            return "deploy"  # forces "on high alert"
        if modifiers & {"amber", "silver"}:
            return "statement"
        return "warn" if token.head.lemma_.lower() in ("issue", "sound", "raise") else None
    if lemma == "movement":
        return "deploy" if modifiers & {"troop", "troops", "military"} else None
    if lemma == "sale":
        return "supply" if modifiers & _WEAPON_GOODS or of & _WEAPON_GOODS else None
    if lemma == "transfer":
        return "supply" if modifiers & _WEAPON_GOODS or of & _WEAPON_GOODS else (
            "other" if of & (_DETAINEES | {"power"}) else None)
    if lemma == "relief":
        return "aid" if modifiers & {"disaster", "humanitarian", "emergency", "flood", "earthquake", "famine",
                                     "hurricane", "food", "tsunami", "storm"} else None
    if lemma == "firing":
        if of & (_POSTS | _PEOPLE) or any(t.ent_type_ == "PERSON" for t in token.subtree if t.i != token.i):
            return "other"  # "the firing of the coach"
        return None
    if lemma == "cleansing":
        return "violence_against_civilians" if "ethnic" in modifiers else None
    if lemma == "abuse":
        return "violence_against_civilians" if modifiers & {"sexual", "child"} else None
    if lemma == "assault" and modifiers & {"sexual", "indecent"}:
        return "violence_against_civilians"
    if lemma == "designation":
        return "sanction" if modifiers & {"terrorist", "terror"} or _sentence_words(token) & {"terrorist"} else None
    if lemma == "freeze":
        return "sanction" if modifiers & {"asset", "assets"} else None
    if lemma in ("loan", "donation", "donations") and (token.dep_ == "compound" or token.head.lower_ == "and"
                                                         or any(c.dep_ == "cc" for c in token.children)):
        return None  # "a loan officer", "savings and loan"
    if lemma in ("allegation", "allegations", "accusation", "accusations"):
        if _sentence_words(token) & {"police", "prosecutors", "investigators", "detectives", "deputies"}:
            return None  # the police's account of a crime is no condemnation by a party
        if _sentence_words(token) & _CASE_SETTINGS:
            # "the judge heard the allegations against the clerk", "she rejected allegations
            # that she had lied to the court": what a case is about, no party condemning
            return None
        if token.head.lower_ == "for" and token.head.head.pos_ == "VERB" and verb_type(token.head.head) == "arrest":
            return None  # "fined for a false accusation", "jailed for allegations": the offence punished
        return _UNDECIDED
    if lemma in ("ruling", "decree") and token.dep_ == "amod":
        return None  # "the ruling party"
    if lemma == "ruling" and modifiers & {"party", "coalition", "junta", "elite", "class", "family"}:
        return None
    if {lemma, text, token.lower_} & {"restrictions", "restriction", "curfew"} and modifiers & {"parking", "speed", "age", "weight", "height"}:
        return None
    if lemma == "crackdown" and of & {"speeding", "drivers", "traffic", "parking", "litter"}:
        return None
    if lemma in ("poisoning",) and modifiers & {"lead"} and not _sentence_words(token) & {"died", "killed",
                                                                                          "sickened", "hospitalized"}:
        return None
    if {lemma, text, token.lower_} & {"remarks", "remark", "speech"} and token.head.lower_ in ("of", "freedom"):
        return None  # "freedom of speech"
    if lemma == "speech" and modifiers & {"free", "hate"}:
        return None
    if lemma == "wreck" and token.head.lower_ == "a" and modifiers & {"nervous", "emotional"}:
        return None
    if lemma in ("defection",) and of & {"voters"}:
        return None
    if lemma in ("voting", "polling"):
        # "voting in the runoff", "polling stations opened"; not "voting on the bill", nor an
        # opinion poll ("Polling shows the governor ahead")
        on = _prep_object_words(token, "on") | _prep_object_words(token, "over")
        if on & (LAW_TEXTS | {"motion", "motions", "nomination", "confirmation", "impeachment", "question"}):
            return None
        if lemma == "polling" and not modifiers & {"station", "stations", "booth", "booths", "day", "place",
                                                   "places", "centre", "centres", "center", "centers"} \
                and token.head.lemma_.lower() not in ("station", "booth", "day", "place", "centre", "center",
                                                      "close", "open", "begin", "end"):
            return None
        words = _sentence_words(token)
        return "election" if words & (_ELECTION_WORDS - {"race", "vote", "votes", "poll"} | {
            "voters", "polls", "ballots", "referendum", "turnout", "candidates", "candidate", "stations"}) else None
    if lemma == "charter":
        # "signed the charter"; not "a charter flight", "a charter school"
        if token.dep_ == "compound" or modifiers & {"flight", "flights", "plane", "school", "schools", "boat", "bus",
                                                    "jet", "yacht", "fishing", "city", "club"}:
            return None
        return _UNDECIDED
    if lemma == "loan":
        # a loan between states or from a lender of last resort; not "took out a loan to buy a car"
        lender = any(c.dep_ == "prep" and c.lower_ in ("to", "from", "for") and any(
            g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.subtree) for c in token.children)
        return "aid" if lender or modifiers & {"emergency", "bailout", "imf", "concessional", "reconstruction",
                                               "aid", "multibillion", "multi-billion"} else None
    if lemma == "journey":
        # "the president's journey to Beijing"; not "the journey from Paris to Lyon takes two hours"
        traveller = [c for c in token.children if c.dep_ == "poss"] + [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
        return "visit" if any(t.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or t.lemma_.lower() in _POSTS
                              for t in traveller) else None
    if lemma == "takeover":
        # a seizure of power; not a company's takeover of another
        if modifiers & {"military", "communist", "rebel", "armed", "taliban", "islamist", "army", "junta"} \
                or of & {"power", "government", "country", "capital", "city", "town", "parliament", "state",
                         "province", "region", "airport", "palace", "base"}:
            return "other"
        return None
    if lemma == "declaration":
        # "issued a declaration", "the Beijing declaration"; not a document one buys or exhibits
        if token.head.lemma_.lower() in ("acquire", "buy", "sell", "auction", "display", "exhibit", "own",
                                         "steal", "find", "discover", "donate", "frame", "copy") \
                or token.dep_ == "compound" or modifiers & {"customs", "tax", "asset", "assets", "income"}:
            return None
        return _UNDECIDED
    return _UNDECIDED


#: the measures an authority issues ("issued an evacuation order"; a decree is a measure of its own)
_ISSUED_ORDERS = {"order", "directive", "ordinance", "injunction", "edict"}
#: nouns :func:`_coverage_noun_type` may decide (some of them rules above also read)
_COVERAGE_NOUN_WORDS_ONLY = frozenset(_COVERAGE_NOUNS)
_COVERAGE_NOUN_WORDS = _COVERAGE_NOUN_WORDS_ONLY | _ISSUED_ORDERS | frozenset({
    "victory", "win", "defeat", "bid", "slide", "wave", "spill", "leak", "snap", "outbreak", "landing", "address",
    "interview", "call", "calls", "conversation", "appeal", "hearing", "sentence", "execution",
    "executions", "release", "suit", "complaint", "inauguration", "alert", "movement", "sale",
    "transfer", "relief", "firing", "cleansing", "abuse", "designation", "freeze", "landslide", "assault", "court",
    "deal", "agreement", "bargain", "collapse", "crush", "gift", "violation", "violations", "breach", "breaches",
    "protest", "airdrop", "airdrops", "air-drop", "air-drops", "campaign", "evacuation", "bail", "session",
    "exchange", "swap", "demonstration", "assistance", "aid", "strike", "approval", "approvals", "fine", "fines",
    "forum", "forums",
})

# ---------------------------------------------------------------------------------------------
# The parse gate, defined once all the words above are known (VERB_TYPES and NOUN_TYPES include
# the coverage words by now).
#: Every lower-cased lemma for which :func:`verb_type` can return a type, plus the verbs of
#: saying: a verb whose lemma is not here is no trigger, so the extractor need not visit it.
#: Keep in step with the branches of :func:`verb_type`.
VERB_TRIGGER_LEMMAS = frozenset(VERB_TYPES) | {"take", "rally", "set", "burn", "torch", "throw", "send", "detonate",
                                               "blow", "run", "file", "stand", "win", "lose", "contest", "seek", "sit"} \
    | _IMPACT_VERBS | SAY_VERBS | QUOTE_VERBS | _STRENGTHEN | DEATH_VERBS | _COVERAGE_VERB_LEMMAS | {lemma for lemma, _ in _LEMMA_REPAIRS} | _ANIMAL_HARM_VERBS
#: Verbs that name a happening in a few phrases only ("began serving as governor", "had served
#: as governor since 1996"; not "served food", "served in the army"), by which the parse gate
#: (:mod:`timeline.events.nlp`) lets a sentence through only in the form of a tenure's start
#: ("serving"): "served" alone is a biography's line, read when another word has the sentence parsed.
RIDER_LEMMAS = {"serve": {"serving"}}
#: Every lower-cased word or lemma for which :func:`noun_type` can return a type.
NOUN_TRIGGER_WORDS = frozenset(NOUN_TYPES) | {"rally", "campaign", "briefing", "sit", "buildup", "build-up",
                                              "appearance"} | _COVERAGE_NOUN_WORDS | _MISTAGGED_MISHAPS \
    | {"operation", "operations"}
