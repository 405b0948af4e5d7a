"""What the event model reads about a candidate happening: a few dozen named cues from its
trigger, its clause, its sentence and what the extractor found for it (actors, place, date).

Every cue is general (a grammatical role, a mode, a kind of speaker, whether a date is the
clause's own), never a name from a particular story, so that a model fitted on one set of
articles carries over to others. :mod:`timeline.events.scoring` weighs them.

>>> sorted(candidate_features(cue))[:3]      # doctest: +SKIP
['actor1:named', 'bias', 'date:own']
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from geodata.language.pipeline import doc_text
from timeline.events.actors import OFFICE_TITLES, with_speaker
from timeline.events.triggers import SAY_VERBS, to_infinitive
from timeline.model import Event

GROUPS = {
    "attack": "violence", "violence_against_civilians": "violence", "riot": "violence", "protest": "contention",
    "arrest": "coercion", "sanction": "coercion", "deploy": "military", "meet": "diplomacy", "visit": "diplomacy",
    "agree": "diplomacy", "aid": "material", "supply": "material", "statement": "verbal", "warn": "verbal",
    "condemn": "verbal", "support": "verbal", "disaster": "hazard", "accident": "hazard", "election": "vote",
    "other": "other",
}
# Speakers whose words the codebook does not code: opinions of experts and witnesses,
# private persons' quotes.
COMMENTATORS = {"analyst", "expert", "witness", "resident", "neighbor", "neighbour", "professor", "researcher",
                "meteorologist", "economist", "observer", "commentator", "scholar", "villager", "relative",
                "friend", "student", "passenger", "survivor", "victim", "mother", "father", "son", "daughter",
                "wife", "husband", "brother", "sister", "owner", "man", "woman", "customer", "shopkeeper",
                "driver", "worker", "farmer", "teacher", "doctor", "nurse", "lawyer", "attorney", "source",
                "diplomat", "newspaper", "paper", "report", "media", "television", "agency", "commentary"}
GENERIC_CUES = {"often", "usually", "frequently", "routinely", "regularly", "repeatedly", "sometimes", "always",
                "never", "typically", "generally", "traditionally", "every", "each", "whenever", "rarely"}
REPORTING = {"according", "reportedly", "allegedly", "apparently"}
#: verbs of a happening's course whose infinitive is the happening itself ("continue to protest")
ASPECT_VERBS = {"continue", "begin", "start", "resume", "keep"}
#: verbs that tell whether their infinitive was done, each a deed of its own in its own tense
#: (implicative verbs: "lawyers moved to dismiss the suit", "the family refused to sign the
#: deal", "the council voted to close the school", "she tried to restore the funding")
IMPLICATIVE_VERBS = {"try", "attempt", "refuse", "decline", "fail", "manage", "move", "vote"}
#: verbs whose tense an infinitive after them is told in
TENSE_CARRYING_VERBS = ASPECT_VERBS | IMPLICATIVE_VERBS
#: Words that rank a doer among those who did a thing: "the first leader to address", "the only
#: lawmaker to introduce"
RANKING_WORDS = {"first", "only", "last", "second", "third", "fourth", "fifth", "latest"}
MODALS = {"could", "may", "might", "would", "should", "must", "can", "will", "shall"}
QUOTES = "\"“”«»`'"
#: "vec:0", "vec:1", ...: the names of the token vector's cues, made once (not for every candidate)
_VEC_NAMES: list[str] = []


def _vec_names(width: int) -> list[str]:
    """At least ``width`` names of the token vector's cues, in order."""
    while len(_VEC_NAMES) < width:
        _VEC_NAMES.append(f"vec:{len(_VEC_NAMES)}")
    return _VEC_NAMES


@dataclass
class Cue:
    """A candidate as the extractor saw it."""

    event: Event
    trigger: Token
    sentence: Span
    sentence_index: int  # 0 for the article's first sentence
    chosen: bool  # the rules' own pick for the sentence
    rank: int  # order among the sentence's candidates (0 = the rules' first)
    candidates_in_sentence: int
    strength: float
    coordinated: bool
    actor1_kind: str | None
    actor2: bool
    place_explicit: bool
    #: the sentence dates something in or near the mention's clause (a cue of the event model;
    #: a date of a participant's relative clause counts here though it does not date the event)
    own_date: bool
    published: dt.date
    #: which story of the article the sentence belongs to: 0, then one more at each headline and
    #: at each paragraph that takes up nothing of the story so far (a digest's next item)
    story: int = 0
    #: the index of the sentence that opened its story when that was a paragraph taking up
    #: nothing of the story so far (a digest's next item), else 0: the mention's position is
    #: counted from there ("Thousands protest in Kyiv." is a digest item's lead, not an
    #: article's twentieth sentence)
    story_start: int = 0
    #: the precision and first day of a date the sentence gives near the mention that the event
    #: does not take (a participant's clause's, "a woman accused of killing her son in June
    #: 2007"): the model reads it as the sentence's date, as it did before such dates were set aside
    date_cue: tuple[str, dt.date | None] | None = None
    #: the first and last day of the narrative's date before a new paragraph went back to the
    #: lead's day, when the event took the lead's day only by that return (else None)
    aside_date: tuple[dt.date, dt.date] | None = None
    #: the cues once read (:func:`candidate_features`), kept: they depend on the candidate alone
    cues: dict[str, float] | None = field(default=None, repr=False, compare=False)
    #: the countries its clause places something in, once read (:func:`timeline.events.coref.scene_countries`)
    scene: frozenset[str] | None = field(default=None, repr=False, compare=False)
    #: the lower-case lemmas of its sentence, once read (:func:`timeline.events.coref.pair_features`)
    lemmas: frozenset[str] | None = field(default=None, repr=False, compare=False)
    #: (test, trigger index, sentence start) -> what a test of the trigger and its sentence
    #: alone found, once read (:func:`timeline.events.coref._new_cue` and the like, which meet
    #: the cue once for every group)
    read: dict[tuple[str, int, int], bool] = field(default_factory=dict, repr=False, compare=False)
    #: the mention as the happening it names back was told apart by: a definite noun joined to the
    #: happening it names, with the day or place its sentence gives for something else set aside
    #: (:func:`timeline.events.coref._referent`), else None
    told_as: "Cue | None" = field(default=None, repr=False, compare=False)


def in_digest(cue: Cue) -> bool:
    """Whether a mention is told in a digest (a roundup, a live blog, a day of the current-events
    portal: a text the locator reads item by item), not in a whole article whose paragraphs go on
    with one story. As far as the locator has read the text: a text may turn out a digest only
    at a later paragraph, so the answer is the whole text's once
    :func:`timeline.events.extract.candidate_events` has run (as ``select_events`` asks it), the
    text's so far while it runs (as :func:`digest_item` asks it)."""
    locator = getattr(cue, "locator", None)
    return bool(locator is not None and locator.digest_item)


def digest_item(cue: Cue) -> int:
    """The digest item a mention is told in, as the offset of its paragraph's line break: each
    paragraph of a digest (a roundup or live blog, a text whose locator reads it item by item)
    is an item of its own; 0 for any mention of a text that is no digest (its paragraphs go on
    with one story)."""
    if not in_digest(cue):
        return 0
    return cue.sentence.doc.text.rfind("\n", 0, cue.sentence.start_char) + 1


def candidate_features(cue: Cue) -> dict[str, float]:
    """The cues of one candidate as ``{name: value}`` (most are 1.0), read once."""
    if cue.cues is None:
        cue.cues = _read_cues(cue)
    return cue.cues


def _read_cues(cue: Cue) -> dict[str, float]:
    event, token, sentence = cue.event, cue.trigger, cue.sentence
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str, value: float = 1.0) -> None:
        f[name] = value

    kind = event.event_type
    on(f"type:{kind}")
    on(f"group:{GROUPS.get(kind, 'other')}")
    on(f"lemma:{token.lemma_.lower()}")
    on(f"pos:{'verb' if token.pos_ in ('VERB', 'AUX') else 'noun'}")
    on(f"dep:{token.dep_}")
    on(f"type_pos:{kind}:{token.pos_}")
    on(f"mode:{event.mode}")
    on(f"type_mode:{kind}:{event.mode}")
    on("chosen" if cue.chosen else "not_chosen")
    on(f"rank:{min(cue.rank, 3)}")
    on(f"candidates:{min(cue.candidates_in_sentence, 4)}")
    on("strength", cue.strength)
    if cue.coordinated:
        on("coordinated")
    depth = sum(1 for _ in token.ancestors)
    on(f"depth:{min(depth, 4)}")
    # A root is its own head, so a root reads "head_dep:ROOT": the cue as the model was trained
    # (the code once meant "self" for it, but compared Tokens by identity, never true in spaCy;
    # "self" without a refit lost F1: dev .7836 -> .7804)
    on(f"head_dep:{token.head.dep_}")
    position = cue.sentence_index - cue.story_start  # (a digest item's lead is its story's first sentence)
    on(f"position:{0 if position == 0 else 1 if position <= 2 else 2 if position <= 6 else 3}")

    # -- the trigger word's own shape
    if token.tag_ in ("NNS", "NNPS"):
        on("plural_noun")
    if token.dep_ == "compound" or (token.dep_ == "amod" and token.pos_ != "VERB"):
        on("modifier")  # "assault rifles", "strike force"
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    if determiners & {"the", "this", "that", "these", "those"}:
        on("definite")
    elif determiners & {"a", "an", "another"}:
        on("indefinite")
    if token.pos_ in ("VERB", "AUX"):
        tense = token
        if token.tag_ == "VB" and token.dep_ == "xcomp" and token.head.lemma_.lower() in TENSE_CARRYING_VERBS:
            # "thousands continue to protest": told as the aspect verb is, not as a plan; "the
            # family refused to sign": the refusal is told, in the tense of "refused"
            tense = token.head
        elif _ranked_infinitive(token) is not None:
            tense = _ranked_infinitive(token)  # "became the first leader to address the assembly": as "became" is
        on(f"tag:{tense.tag_}")
        auxiliaries = {c.lemma_.lower() for c in tense.children if c.dep_ in ("aux", "auxpass")}
        if "have" in auxiliaries:
            on("perfect")
        for modal in auxiliaries & MODALS:
            on(f"modal:{modal}")
        if tense.tag_ in ("VBZ", "VBP") and "have" not in auxiliaries and not auxiliaries & MODALS:
            on("present_simple")
    if any(c.dep_ == "neg" for c in token.children) or any(c.dep_ == "neg" for c in token.head.children):
        on("negated")

    # -- the clause around it: reported speech, conditions, purpose
    # Up to four heads, the root's own head being the root again; a root trigger is thus read
    # as its own governor ("The ministry said ...": "said" is under_saying, with its speaker):
    # the cues as the model was trained (the walk once meant to stop at the root, but compared
    # Tokens by identity, never true in spaCy; not reading a root trigger as under itself
    # without a refit lost F1: train .7479 -> .7461, dev2 .6855 -> .6825)
    governor = token.head
    hops = 0
    while hops < 4:
        if governor.lemma_.lower() in SAY_VERBS or governor.lemma_.lower() in ("tell", "announce", "claim"):
            on("under_saying")
            speaker = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker is not None:
                on(f"speaker:{_speaker_kind(speaker)}")
            break
        governor = governor.head
        hops += 1
    if token.lemma_.lower() in SAY_VERBS:
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        on(f"says:{_speaker_kind(subject) if subject is not None else 'none'}")
        _statement_cues(token, subject, on)
    lowers = {t.lower_ for t in sentence}
    if lowers & GENERIC_CUES:
        on("generic_cue")
    if lowers & REPORTING:
        on("reporting_cue")
    if ("if" in lowers or "unless" in lowers) and not _condition_said(token, sentence):
        on("conditional")
    text = doc_text(sentence.doc)[sentence.start_char:sentence.end_char].strip()
    if text.endswith("?"):
        on("question")
    if inside_quotes(sentence, token):
        on("in_quotes")
        speaker = _quoted_speaker(sentence)
        if speaker is not None:
            on(f"quoted:{_speaker_kind(speaker)}")
            words = {t.lower_ for t in speaker.subtree} | {t.lower_ for c in speaker.head.children
                                                           if c.dep_ == "appos" for t in c.subtree}
            if words & OFFICES:
                on("quoted_office")
    if text[:1] in QUOTES:
        on("starts_with_quote")
    if token.dep_ in ("relcl", "acl") or token.head.dep_ in ("relcl", "acl"):
        on("in_relative_clause")
    if token.dep_ == "pobj" and token.head.lower_ in ("since", "after", "before", "during", "following", "amid"):
        on(f"after_prep:{token.head.lower_}")

    # -- the trigger in context: the parser's token vector (its meaning in this sentence)
    tensor = token.doc.tensor
    if tensor is not None and len(tensor) == len(token.doc) and tensor.shape[1]:
        f.update(zip(_vec_names(tensor.shape[1]), tensor[token.i].tolist()))

    # -- what was found for it
    on(f"actor1:{cue.actor1_kind or 'none'}")
    if cue.actor2:
        on("actor2")
    if event.lat is None:
        on("place:none")
    elif cue.place_explicit:
        on("place:explicit")
    elif (event.place_derivation or "").startswith("no "):
        on("place:inherited")
    else:
        on("place:mentioned")
    if cue.own_date:
        on("date:own")
        precision, start = cue.date_cue or (event.date_precision, event.date_start)
        on(f"date_precision:{precision}")
        if start is not None:
            days = (cue.published - start).days
            on(f"date_age:{'future' if days < 0 else 'week' if days <= 7 else 'month' if days <= 31 else 'year' if days <= 366 else 'older'}")
    elif (event.date_derivation or "").startswith("no date in the sentence"):
        on("date:narrative")
    else:
        on("date:publication")
    return f


#: Words of an office or a body of state that make a speaker an official voice: the titles of
#: office (actors.OFFICE_TITLES) but a monarch's, a pope's, a chancellor's, an envoy's, a
#: diplomat's, a lawmaker's and a candidate's, with police ranks, other officers' words ("attorney",
#: "deputy", "head", "officials") and the bodies of state.
OFFICES = (OFFICE_TITLES - {"king", "prince", "emperor", "pope", "chancellor", "envoy", "diplomat", "lawmaker",
                            "candidate"}) \
    | {"officials", "attorney", "lieutenant", "lt.", "sgt.", "captain", "inspector", "superintendent", "deputy",
       "head"} \
    | {"police", "agency", "ministry", "department", "government", "council", "party", "army", "military", "court",
       "office", "embassy", "authorities"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}
POSITION_WORDS = {"should", "must", "will", "would", "shall", "need", "needs", "demand", "demands", "urge", "call",
                  "accuse", "accused", "deny", "denied", "condemn", "reject", "rejected", "support", "oppose",
                  "warn", "warned", "never", "cannot", "won't"}


def _statement_cues(say: Token, speaker: Token | None, on) -> None:
    """Cues of a verb of saying: who speaks (an office or a private voice) and what the
    reported clause holds (a position of the speaker's own, or facts about a happening)."""
    if speaker is not None:
        words = _title_words(speaker) | {t.lower_ for t in speaker.head.children if t.dep_ == "appos"
                                         for t in t.subtree}
        if words & OFFICES:
            on("speaker_office")
        if words & COMMENTATORS:
            on("speaker_commentator")
    content = [t for c in say.children if c.dep_ in ("ccomp", "xcomp", "dobj") for t in c.subtree]
    if not content:
        content = [t for t in say.sent if t.i != say.i and not (speaker is not None and t.i in
                                                                {s.i for s in speaker.subtree})]
    lowers = {t.lower_ for t in content}
    if lowers & FIRST_PERSON:
        on("content_first_person")
    if lowers & POSITION_WORDS:
        on("content_position")
    if any(t.dep_ == "neg" for t in content):
        on("content_negation")
    if any(t.ent_type_ in ("CARDINAL", "QUANTITY") for t in content):
        on("content_numbers")
    if say.i > say.sent.start + (say.sent.end - say.sent.start) * 0.6 and with_speaker(say) is None:
        # (not "..., with Mayor Jane Doe stating that ...": the mayor's own clause, its content after)
        on("said_at_end")  # "..., the ministry said": attribution
    if any(c.ent_type_ in ("DATE", "TIME") for c in say.children):
        on("said_on_a_day")  # "said Friday"


#: The dependents of a verb of saying that hold what was said.
SAID_DEPS = {"ccomp", "xcomp", "dobj", "parataxis"}


def _condition_said(say: Token, sentence: Span) -> bool:
    """Every "if" or "unless" of the sentence is inside what a verb of saying says: the
    condition is part of the speaker's position ("said the party will appeal if it has to"),
    not a condition on the saying, which did happen."""
    if say.lemma_.lower() not in SAY_VERBS:
        return False
    said = {t.i for c in say.children if c.dep_ in SAID_DEPS for t in c.subtree}
    return all(t.i in said for t in sentence if t.lower_ in ("if", "unless"))


def _ranked_infinitive(token: Token) -> Token | None:
    """The verb that ranks the doer of an infinitive among those who did it ("Al-Sharaa becomes
    the first Syrian leader to address the General Assembly", "she was the only senator to vote
    against the bill"), or None: the happening is told as done, in that verb's tense, not as a
    plan (a bare infinitive otherwise reads as one). The parser hangs the infinitive on the
    noun or on the verb ("became the first mayor to sign": an xcomp of "became")."""
    if token.tag_ != "VB" or not to_infinitive(token):
        return None
    if token.dep_ in ("relcl", "acl"):
        nouns, verb = [token.head], token.head.head
    elif token.dep_ == "xcomp":
        verb = token.head
        nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj") and c.i < token.i]
    else:
        return None
    ranked = any(n.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in RANKING_WORDS
                                                     for c in n.children) for n in nouns)
    return verb if ranked and verb.i != token.i and verb.pos_ in ("VERB", "AUX") else None


#: Words before "attorney" that make it a public prosecutor's office, not a private lawyer's
#: ("Moore County District Attorney Jane Roe", "the U.S. attorney"; "Attorney General" too)
PUBLIC_ATTORNEY_WORDS = {"district", "county", "city", "state", "state's", "commonwealth's", "u.s.", "federal",
                         "prosecuting"}
#: The dependents of a speaker's name that tell of something else than who the speaker is: a
#: relative clause ("Ann Roe, who lost her son in the fire", not a mother speaking as such)
NOT_THE_SPEAKERS_TITLE = {"relcl", "acl"}


def _title_words(token: Token, *, lemmas: bool = False) -> set[str]:
    """The words that name a speaker and the speaker's title: the name's phrase and its
    apposition ("Dr. Ann Roe, a professor of law"), without what a relative clause says of the
    speaker ("Sen. Ann Roe, who spoke at her son's funeral, said ...": a senator, no parent
    speaking as one); a public prosecutor's "attorney" read as "prosecutor" ("Ada County
    Attorney Jan Roe said ...": an office, not a defendant's lawyer)."""
    heads = [token] + [c for c in token.children if c.dep_ == "appos"]
    skip: set[int] = set()
    for head in heads:
        for t in head.subtree:
            if t.dep_ in NOT_THE_SPEAKERS_TITLE and t.i != head.i:
                skip.update(x.i for x in t.subtree)
    words: set[str] = set()
    doc = token.doc
    for head in heads:
        for t in head.subtree:
            if t.i in skip:
                continue
            word = t.lemma_.lower() if lemmas else t.lower_
            if t.lemma_.lower() == "attorney" and (
                    (t.i > 0 and doc[t.i - 1].lower_ in PUBLIC_ATTORNEY_WORDS)
                    or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "general")):
                word = "prosecutor"
            words.add(word)
    return words


def _speaker_kind(token: Token) -> str:
    if token.pos_ == "PRON" or token.lower_ in ("he", "she", "they", "it", "we", "i", "who"):
        return "pronoun"
    # a name the NER missed ("As the other incumbent, Tesslow said the board must act") is a
    # person's, as the doer found for it is (not a sentence's first word: "Police said ...")
    missed_name = token.pos_ == "PROPN" and not token.ent_type_ and token.i > token.sent.start and token.is_title
    if token.ent_type_ == "PERSON" or missed_name:
        titles = _title_words(token, lemmas=True)
        return "commentator" if titles & COMMENTATORS else "person"
    if token.ent_type_ in ("ORG", "GPE", "NORP"):
        return "organisation"
    lemma = token.lemma_.lower()
    if lemma in COMMENTATORS:
        return "commentator"
    return "nominal"


def _quoted_speaker(sentence: Span) -> Token | None:
    """The subject of the verb of saying that attributes a quotation in the sentence (or in
    the next one: “...,” he said.)"""
    doc = sentence.doc
    for span in (sentence, doc[sentence.end:min(len(doc), sentence.end + 40)]):
        for token in span:
            if token.lemma_.lower() in SAY_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None:
                    return subject
    return None


def inside_quotes(sentence: Span, token: Token) -> bool:
    """True when an odd number of quotation marks precede the trigger in its sentence."""
    before = doc_text(sentence.doc)[sentence.start_char:token.idx]
    straight = before.count('"') + before.count("``") + before.count("''")
    curly = before.count("“") - before.count("”")
    return straight % 2 == 1 or curly > 0


#: The tags of a verb in the simple present, the bare form included (the tagger's reading of
#: many a present: "Twelve councillors leave the coalition").
PRESENT_TAGS = ("VBZ", "VBP", "VB")


def told_in_simple_present(sentence: Span, verb: Token, tags: tuple[str, ...] = PRESENT_TAGS, *,
                           passive: bool = False) -> bool:
    """The verb is told in the simple present, outside quotation marks, with no auxiliary
    ("Israel announces ...", "Rebels seize the airport"; not "has killed", "will meet", nor
    "are killed": a passive may be a wire story's account of its own happening). With
    ``passive``, a passive verb is read in the present passive instead: its participle with one
    auxiliary, of the passive, in the present ("Thirteen militants are killed in fighting in
    Bari", as a digest tells it; not "were killed", nor "have been killed"). How the sentence
    tells the verb (a headline's or a digest's present), not only its tense: unlike
    :func:`timeline.events.extract._simple_present` (the tag of a clause's verb, past-tagged
    forms shared with the present such as "when they hit" counted, auxiliaries and quotes left
    to its callers), a verb tagged as past is never a present here."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if passive and any(c.dep_ == "auxpass" for c in auxiliaries):
        told = verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].tag_ in ("VBZ", "VBP")
    else:
        told = verb.tag_ in tags and not auxiliaries
    return told and not inside_quotes(sentence, verb)
