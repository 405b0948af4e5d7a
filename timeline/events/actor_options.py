"""Who did it: every party that could be an event's doer (actor1), with the cues an actor
model weighs (:mod:`timeline.events.scoring`), and ``None`` (no doer named).

The options are the rules' own pick, the trigger's grammatical subject or agent, the
possessor or modifier of a noun trigger, the subject of the verb a noun trigger depends on,
the speaker of a reported clause, the other named parties of the sentence, and the doers of
the article's earlier events. Each option is described by its relation to the trigger, its
kind (a named person, an organisation, a state, a nominal group), its entity label and how
often the article names it; names never are cues.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from timeline.events.actors import (AGENTS, COURT_STEPS, HEADLINE_TARGET_TYPES, NAMED_PARTY_LABELS, OF_DOER_NOUNS,
                                    Actor, ActorResolver, _weapon, announcer_of, approver_of, armed_modifier,
                                    attack_party, by_object, case_party, charged_before, clash_party, copula_subject,
                                    alleged_doer, court_of, enacted_by,
                                    credited_doer, culprit, defendant_of, fight_side, denier_of, joined_to_loss,
                                    loss_within, ruling_court, season_holder, shared_agent, spoken_for)
from timeline.events.features import GROUPS
from timeline.events.places import coordination_head
from timeline.events.triggers import ELECT_LEMMAS, SAY_VERBS

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Tags of a finite verb (past or present), never a participle
FINITE_TAGS = ("VBD", "VBZ", "VBP")


@dataclass
class ActorOption:
    actor: Actor | None
    relation: str
    features: dict[str, float]


def _governor(token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.head.i == node.i:  # (a Token is a new object on each access: never `is`)
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def gerund_subject(trigger: Token) -> Token | None:
    """The doer of an active gerund after a preposition, which is the subject of the active
    verb it hangs from: "the rebels entered Marlow after overrunning army posts", "Tarbo
    violated the truce by launching drones" → the rebels, Tarbo. None for a passive gerund
    ("after being beaten"), or when the verb it hangs from is passive or a reduced passive:
    the one "accused of killing" or "charged with shooting" is not thereby its doer (one
    convicted of it is, and an active allegation's object: :func:`alleged_doer`). A gerund
    joined to another shares its doer: "after touring the port and meeting the mayor, the
    envoy said" → the envoy met the mayor. So is an active participle clause hung on the verb
    with or without a conjunction: "Chile announced measures, suspending a treaty and
    expelling diplomats", "the court upheld the ruling while granting him bail" → Chile, the
    court."""
    alleged = alleged_doer(trigger)
    if alleged is not None:
        return alleged
    if trigger.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trigger.children):
        return None
    first = trigger
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    if first.dep_ not in ("pcomp", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in first.children):
        return None
    if first.dep_ == "advcl":
        verb = first.head  # "Chile announced measures, suspending a treaty": the verb's subject
    else:
        prep = first.head
        verb = prep.head
        if prep.dep_ != "prep":
            return None
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBN" \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    # (a gerund hung on a decree's participle is the decree's issuer's: "Roe issues a decree
    # dissolving the council a day after fleeing the capital" → Roe fled)
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) \
        or (enacted_by(verb) if first.dep_ == "pcomp" else None)


def conjunct_subject(trigger: Token) -> Token | None:
    """The doer of an active verb joined to an earlier active one, which is that verb's named
    subject: "the Norland Border Guard boarded a trawler and arrested its captain" → the
    Norland Border Guard. None when the verb has a subject of its own, when either verb is
    passive ("Man arrested and charged": their patient), or when the subject names no party
    ("a man broke into the shop and stole cash": the codebook names no doer)."""
    if trigger.dep_ != "conj" or any(c.dep_ in SUBJECTS or c.dep_ == "auxpass" for c in trigger.children):
        return None
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or not (subject.ent_type_ in NAMED_PARTY_LABELS or any(
            t.ent_type_ in NAMED_PARTY_LABELS for t in subject.lefts)):
        return None
    return subject


def controller_subject(trigger: Token) -> Token | None:
    """The doer of a verb's open complement, which is the subject of the active verb it
    completes: "the rebels moved to seize the airport", "the army re-took the town" (parsed
    "re" + "take") → the rebels, the army. None when the verb has a subject of its own, when
    the verb it completes has an object (that object does it: "police urged residents to
    leave") or is passive, or is a saying (what is quoted is no act of the speaker's)."""
    if trigger.dep_ != "xcomp" or any(c.dep_ in SUBJECTS for c in trigger.children):
        return None
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    between = trigger.doc[min(verb.i, trigger.i) + 1:max(verb.i, trigger.i)]
    if any(t.is_quote or t.text in (",", ":", ";") for t in between) or (
            verb.lemma_.lower() in SAY_VERBS and not _own_deed_claimed(trigger)):
        return None  # "Amos said, 'Strike the tent pegs'": words quoted, not the speaker's act
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children):
        # "the party doubled its membership and hopes to win seats": the completed verb shares the
        # subject of the verb it is joined to
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _own_deed_claimed(trigger: Token) -> bool:
    """The open complement of a verb of saying is a perfect infinitive: the speaker tells of
    a deed of its own ("the army claims to have killed 40 fighters", "police claimed to have
    arrested the gang")."""
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)


def attack_of_participle(trigger: Token) -> Token | None:
    """The attack or weapon an active participle describes ("launched a missile attack targeting
    a warship", "a drone striking a depot"): its doer is whoever is behind the attack (the
    resolver names the launcher, the weapon's owner or its "by" agent); None for anything else."""
    head = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in SUBJECTS for c in trigger.children):
        return None
    return head if _weapon(head) else None


#: names and name words of news outlets
OUTLET_NAMES = {"cnn", "bbc", "ap", "afp", "reuters", "npr", "xinhua", "tass", "interfax", "upi", "abc", "nbc", "cbs",
                "fox", "rte", "itv", "msnbc"}
OUTLET_NAME_WORDS = {"times", "journal", "post", "news", "herald", "tribune", "gazette", "newspaper", "press",
                     "television", "tv", "radio", "broadcasting", "magazine", "telegraph"}


def _medium(ent: Span) -> bool:
    """True for a news outlet named as the one told or the channel ("told the AP", "in an
    interview with CNN", "said on Radio Sahel"): it carries the words, it does nothing."""
    words = {w.lower() for w in ent.text.split()}
    if not (words & OUTLET_NAMES or words & OUTLET_NAME_WORDS):
        return False
    root = coordination_head(ent.root)
    return root.dep_ in ("pobj", "dobj", "dative") or (root.dep_ in ("compound", "nmod") and root.head.dep_ == "pobj")


def _opposed(token: Token) -> bool:
    """True for the object of "against" (or one joined to it): "the rallies against President
    Ann Roe", "a campaign against the Harbour Union" name who is opposed, not who acts."""
    node = coordination_head(token)
    return node.dep_ == "pobj" and node.head.lower_ == "against"


def acting_place(token: Token) -> bool:
    """True when a place's name stands for its government as a doer: the subject of a verb
    ("Moscow warned", "Egypt and Syria agreed"), an owner ("Syria's decision"), an agent ("by
    Washington") or the modifier of a party ("the Kenya police"). Elsewhere, above all after
    a preposition of place ("in Berlin", "to Kyiv"), a place is where, never who."""
    node = coordination_head(token)
    if node.dep_ in ("nsubj", "poss"):
        return True
    if node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ == "by"):
        return True
    return node.dep_ in ("compound", "amod", "nmod") and node.head.lemma_.lower() in AGENTS


def actor_options(resolver: ActorResolver, sentence: Span, trigger: Token, event_type: str,
                  rules_actor: Actor | None, earlier: list[Actor], named_counts: Counter,
                  target: Actor | None = None) -> list[ActorOption]:
    """Every party that could be the doer of the event at ``trigger``, and no doer; never
    ``target``, the party the syntax says it was done to ("shootings that injured abortion
    doctors", "Kopp was arrested")."""
    group = GROUPS.get(event_type, "other")
    found: list[tuple[Token | None, str, Actor | None]] = []

    # "Doe pleaded guilty", "Doe made a court appearance": the defendant, not the doer
    defendant = defendant_of(trigger) if event_type == "arrest" else None
    if defendant is not None and (rules_actor is not None or defendant.ent_type_ in NAMED_PARTY_LABELS):
        defendant = None  # a named defendant stands (see ActorResolver.actors_for)

    def add(token: Token | None, relation: str) -> None:
        if token is None or token == defendant:
            return
        actor = resolver.actor_of(token)
        body = spoken_for(token) if relation in ("subject", "speaker") else None
        if body is not None and (body_actor := resolver.actor_of(body)) is not None \
                and body_actor.kind in ("named", "state"):
            actor = body_actor  # "Zentex spokesman Karl Vogel said": the body (as ActorResolver's)
        if event_type not in HEADLINE_TARGET_TYPES:
            actor = resolver.headline_person(token) or actor  # "Woman accused of stabbing ..."
        if actor is not None:
            found.append((token, relation, actor))

    if trigger.pos_ in ("VERB", "AUX"):
        for child in trigger.children:
            if child.dep_ in SUBJECTS:
                add(child, "subject" if child.dep_ != "nsubjpass" else "passive_subject")
            elif child.dep_ == "agent":
                add(next((g for g in child.children if g.dep_ == "pobj"), None), "agent")
            elif child.dep_ in ("dobj", "attr"):
                add(child, "object")
        if not any(c.dep_ == "agent" for c in trigger.children) and (
                any(c.dep_ == "nsubjpass" for c in trigger.children) or (trigger.dep_ == "xcomp" and any(
                    c.dep_ == "nsubjpass" for c in trigger.head.children)) or joined_to_loss(trigger)):
            # "troops were (reported) killed in clashes with rebels", "killed in attacks by rebels"
            add(clash_party(trigger) or attack_party(trigger), "agent")
            add(shared_agent(trigger), "agent")  # "arrested and charged by state police"
            if trigger.dep_ != "xcomp":
                add(case_party(trigger), "agent")  # "charged in a suit filed by the commission"
        if trigger.dep_ == "acl" and trigger.tag_ in FINITE_TAGS and trigger.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in SUBJECTS for c in trigger.children) \
                and any(c.dep_ in ("dobj", "oprd") for c in trigger.children):
            # a finite verb with an object the parser hung on the noun before it as a reduced
            # relative ("the board named Kline as ..."): that noun is its subject (without an
            # object it is a passive, as in a headline: "Man charged with theft")
            add(trigger.head, "subject")
        add(conjunct_subject(trigger), "subject")
        add(gerund_subject(trigger), "gerund_subject")
        add(controller_subject(trigger), "subject")
        if trigger.dep_ in ("relcl", "acl"):
            add(copula_subject(trigger.head), "subject")  # "Roe became the first woman to serve as Speaker"
        add(attack_of_participle(trigger), "participle_subject")
        add(enacted_by(trigger), "subject")  # "Roe signed a decree banning veils": the signer bans them
    else:
        for child in trigger.children:
            if child.dep_ == "poss":
                add(child, "possessor")
            elif child.dep_ in ("compound", "amod") and resolver.names_where(child):
                continue  # "a Kabul car bombing": where it happened, not who did it
            elif child.dep_ in ("compound", "amod"):
                # "settler attacks", "a police raid", "an Al-Qaeda attack": the armed men or the
                # organisation it is named for do it
                add(child, "armed_modifier" if child in (armed_modifier(trigger), resolver.named_force(trigger))
                    else "modifier")
            elif child.dep_ == "prep" and child.lower_ == "by":
                add(next((g for g in child.children if g.dep_ == "pobj"), None), "by")
            elif child.dep_ == "prep" and child.lower_ == "of" and trigger.lemma_.lower() in OF_DOER_NOUNS:
                # "the arrival of envoy Keith Kellogg", "the resignation of Rumen Radev": who moves or quits
                add(next((g for g in child.children if g.dep_ == "pobj"), None), "mover")
        # "Russian strikes", "American arms sales": the state its demonym names does it
        add(resolver.state_modifier(trigger, event_type), "armed_modifier")
        # "attacks attributed to al-Shabaab", "a raid carried out by the rebels": the party the
        # participle after the noun credits it to
        add(credited_doer(trigger), "by")
        for loss in loss_within(trigger):
            # "the town's defeat by the rebels in a two-day battle": who won it fought it
            add(by_object(loss), "by")
        add(culprit(trigger), "subject")  # "the rebels were behind the bombing": its subject
        add(fight_side(trigger), "fight_side")  # "a war with Russia": the one side it names
        governor = _governor(trigger)
        if governor is not None:
            # "exchanged fire", "held a sit-in", "launched an attack": the verb's subject does it
            light = (trigger.dep_ == "dobj" and trigger.head.i == governor.i) or (
                # "issued an arrest warrant": the noun names what the verb's object is for
                trigger.dep_ == "compound" and trigger.head.dep_ == "dobj" and trigger.head.head.i == governor.i)
            for child in governor.children:
                if child.dep_ in SUBJECTS:
                    add(child, "light_verb_subject" if light else "governor_subject")
            if trigger.dep_ == "dobj" and trigger.head.i == governor.i:
                # "convicted of plotting a school shooting": the one convicted plotted it
                add(alleged_doer(governor), "light_verb_subject")
    if event_type == "arrest" and trigger.pos_ in ("VERB", "AUX"):
        add(court_of(trigger), "court")  # "appeared in Hamilton Municipal Court": the court
    if event_type == "arrest" and trigger.pos_ == "NOUN":
        add(charged_before(trigger), "court")  # "brought before Lake County Court on charges"
    if event_type == "arrest":
        add(ruling_court(trigger), "court")  # "the court ruled that they stay in custody"
    if event_type == "arrest" and rules_actor is not None and trigger.lemma_.lower() in COURT_STEPS:
        judge = resolver.sole_judge
        if judge is not None and getattr(resolver.actor_of(judge), "name", None) == rules_actor.name:
            add(judge, "court")  # "sentenced Friday ... by District Judge Ann Roe": the court
    if rules_actor is not None:
        body = resolver.decision_body(trigger, event_type)
        if body is not None and getattr(resolver.actor_of(body), "name", None) == rules_actor.name:
            add(body, "by")  # "approval was given to the ordinance": the story's council
    if event_type in ("agree", "election", "other"):
        add(approver_of(trigger), "by")  # "the plan won approval from the county council"
    if event_type == "election" and trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in ELECT_LEMMAS:
        add(resolver.electing_body(trigger), "by")  # "is elected leader of the Labour Party": the party
    if event_type == "election" and trigger.pos_ in ("NOUN", "PROPN"):
        add(season_holder(trigger), "subject")  # "the party continues its season with the Ohio primary"
    if event_type not in ("statement", "warn", "condemn", "support"):
        add(announcer_of(trigger), "announcer")  # "Roe announced that an election will be held"
    add(denier_of(trigger), "subject")  # "Roe denied that the officers had met": the denier
    saying = next((node for node in trigger.ancestors if node.lemma_.lower() in SAY_VERBS), None)
    if saying is not None:
        add(next((c for c in saying.children if c.dep_ == "nsubj"), None), "speaker")
    for ent in resolver.ents_in(sentence):
        if ent.label_ == "GPE" and not acting_place(ent.root):
            continue  # "came under criticism in Berlin": a place where, not a doer
        if _medium(ent):
            continue  # "told the AP", "in an interview with CNN": where it was said, not who did it
        if _opposed(ent.root):
            continue  # "protests against Governor Ann Roe were meant to warn ...": who is opposed
        if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            add(ent.root, f"sentence_{ent.label_.lower()}")

    options: list[ActorOption] = []
    seen: set[str] = set()
    rules_name = rules_actor.name if rules_actor is not None else None

    def option(actor: Actor, relation: str, token: Token | None) -> None:
        if target is not None and actor.name == target.name and actor.name != rules_name:
            return
        if actor.name in seen:
            for existing in options:
                if existing.actor is not None and existing.actor.name == actor.name:
                    existing.features[f"also:{relation}"] = 1.0
            return
        seen.add(actor.name)
        f = {"bias": 1.0, f"relation:{relation}": 1.0, f"group_relation:{group}:{relation}": 1.0,
             f"kind:{actor.kind}": 1.0, f"group_kind:{group}:{actor.kind}": 1.0}
        if actor.name == rules_name:
            f["rules_choice"] = 1.0
        if token is not None:
            f[f"label:{token.ent_type_ or 'none'}"] = 1.0
            if token.pos_ == "PRON" or token.lower_ in ("he", "she", "they", "we", "it", "who"):
                f["pronoun"] = 1.0
            gap = abs(token.i - trigger.i)
            f[f"gap:{0 if gap <= 2 else 1 if gap <= 6 else 2 if gap <= 14 else 3}"] = 1.0
            if token.i < trigger.i:
                f["before_trigger"] = 1.0
        count = named_counts.get(actor.name, 0)
        f[f"mentions:{min(count, 3)}"] = 1.0
        if earlier and actor.name == earlier[-1].name:
            f["previous_doer"] = 1.0
        if actor.country_code:
            f["has_country"] = 1.0
        options.append(ActorOption(actor, relation, f))

    if rules_actor is not None:
        option(rules_actor, "rules", None)
    for token, relation, actor in found:
        option(actor, relation, token)
    for n, actor in enumerate(reversed(earlier[-3:])):
        option(actor, f"earlier_doer:{n}", None)
    none = {"bias": 1.0, "none": 1.0, f"group_none:{group}": 1.0, f"type_none:{event_type}": 1.0}
    if rules_actor is None:
        none["rules_choice"] = 1.0
    if not found:
        none["nothing_in_sentence"] = 1.0
    options.append(ActorOption(None, "none", none))
    return options
