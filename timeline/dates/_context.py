"""What a relative date expression is resolved against: the publication date, the previous
date of the narrative, and the tense of the sentence around it."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.dates._setting import named_countries, setting_day_first

#: (the opening lookahead only spares the lookbehinds at every other position)
_SENTENCE_END = re.compile(r"""(?=[.!?\n])(?:(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No|vs|Lt))(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Maj|Adm))(?<!\b(?:Sept|Capt|Prof))[.!?]["')\]]*\s+(?=["'(\[]*[A-Z0-9`])|\n\s*\n)""")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

_FUTURE_WORDS = frozenset("""will wo shall 'll would may might upcoming
scheduled scheduling planned planning plans plan intends supposed intend expects expect expected hopes hope
due aims aim tomorrow soon slated gonna
starts begins opens reopens resumes expires convenes reconvenes ends
start begin reopen resume expire convene reconvene""".split())
#: Phrases that put what follows ahead: a change taking effect, an invitation, a farewell.
_FUTURE_PHRASE = re.compile(r"\b(?:(?:comes?|enters?|goes?)\s+into\s+(?:force|effect)|takes?\s+effect|kicks?\s+off|"
                            r"let's|let\s+us|see\s+you|meet\s+me|join\s+us)\b", re.IGNORECASE)
#: A text this short with no tense cue is a phrase on its own (a form field, a chat reply,
#: a search box): what it names lies ahead ("monday", "on the 15th", "next 3 days").
_STANDALONE_WORDS = 8
#: The words a date phrase standing alone is made of ("the first tuesday of october",
#: "3 years from today", "end of month"); any other word ("the plant shut in mid january")
#: makes the text a clause, told from its own tense.
_TIME_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun day days week weeks weekend
weekends month months year years yr yrs quarter quarters qtr decade decades century centuries
fortnight fortnights hour hours morning afternoon evening night tonight today tomorrow
yesterday now next last this past previous coming upcoming following current early earlier late
later mid middle end beginning start rest half first second third fourth fifth sixth seventh
eighth ninth tenth eleventh twelfth st nd rd th the a an of on in at by from to until till through
thru before after ago hence between and or around about since for within during spring summer
fall autumn winter one two three four five six seven eight nine ten eleven twelve twenty
thirty few several couple christmas xmas eve easter thanksgiving halloween new year's
valentine's eid al fitr adha ramadan diwali hanukkah passover lunar chinese ides
am pm noon midnight midday o'clock
""".split())
#: "to" after these makes the clause about what is to come ("is set to meet Friday").
_FUTURE_BEFORE_TO = frozenset("""set going due expected scheduled planning plans plan is are
forecast projected predicted poised likely unlikely bound tipped slated about""".split())
_PAST_WORDS = frozenset("""said was were had did told announced reported added declared
stated confirmed denied met arrived left began ended died killed took came went gave
made held fell rose ago last yesterday earlier since brought sent saw won lost paid sold
bought led struck spoke wrote thought knew felt found got ran became broke chose drove flew
fought grew kept rode shot sought stood stole swore taught threw withdrew spent built
caught drew fled froze hid sank sat swept tore undertook upheld wore
heard arose awoke became bled blew bred dealt dug drank ate flung forbade forgot
forgave knelt laid meant proved rang sang shook shone shrank slept slid sped spun
sprang stuck stung strode strove swam swung understood woke wove wept withheld oversaw
overheard overtook overcame rebuilt retook mistook foresaw""".split())
_PRESENT_AUX = frozenset("is are am be been being".split())
#: Verbs news puts in the simple present for what is on the schedule ("the minister flies
#: to Moscow on Monday", "the two leaders meet Friday", "the team plays Arsenal on Saturday"):
#: right before a date, in its own clause, they put the date ahead. The -s forms (a singular
#: subject) read as verbs unless a determiner makes them nouns ("his visits", "tax returns"
#: has none, but no date follows it close); the bare forms only after a name or a plural
#: subject ("Arafat meet", "the leaders meet"), since "a state visit Monday" is a noun.
_SCHEDULE_VERBS_S = frozenset("""meets visits travels flies heads leaves arrives returns hosts faces
plays testifies tours goes runs closes continues gives delivers announces decides votes holds publishes
hears unveils celebrates observes commemorates""".split())
_SCHEDULE_VERBS = frozenset("""meet visit travel fly head leave arrive return host face play testify tour go open close
continue give deliver announce decide vote hold publish hear unveil celebrate observe commemorate""".split())
#: "come(s)" is on the schedule only with its particle ("results come out on Monday"; "the
#: move comes after Sunday's vote" is no plan).
_COME_PARTICLES = frozenset("out back home up together".split())
#: The present progressive of the schedule ("I'm flying out Saturday", "the team is playing
#: Friday"): after a form of "be", these put the date ahead as the simple present does.
_SCHEDULE_VERBS_ING = frozenset("""meeting visiting travelling traveling flying heading leaving arriving
returning hosting facing playing testifying touring going coming moving opening closing starting""".split())
_BE_BEFORE_ING = frozenset("am is are i'm we're you're they're he's she's it's".split())
_SCHEDULE_SUBJECTS = frozenset("they we you i both".split())
#: How close before (or after) the date a schedule verb must be, in words, with no comma between.
_SCHEDULE_REACH = 6
_FUTURE_NOUNS = frozenset("plan plans planned hope hopes aim aims".split())
#: Verbs in the present by which a party makes known a coming act of its own ("The council
#: announces a referendum on the new charter in September", "the union unveils a general
#: strike for October"): a bare month or weekday after the act they announce, in their
#: clause, lies ahead however far the verb stands from it (codebook: an announcement of a
#: plan is that plan), unless a nearer word gives the clause a tense of its own ("announces
#: that 40 people died in December") or the date hangs on a happening before the
#: announcement ("announces a state of emergency after floods in December").
_ANNOUNCE_PLAN_S = frozenset("announces unveils proposes".split())
#: Words between such a verb and the date that put the date on an earlier happening.
_BACKGROUND_BEFORE_DATE = frozenset("""after since following amid over despite during because
death deaths killing killings arrest arrests results toll""".split())
#: Verbs in the present that commit a party to an act the infinitive after them names ("The
#: junta agrees to hold elections in November", "the rebels vow to retake the city by
#: Friday"): the act lies ahead of the day it is told.
_COMMIT_BEFORE_TO = frozenset("""agrees agree vows vow pledges pledge promises promise threatens threaten
decides decide votes vote offers offer proposes propose prepares prepare seeks seek""".split())
_DETERMINERS = frozenset("a an the this that these those its his her their our still".split())
#: Words after which "hope", "plans", "aim" are nouns: prepositions and quantifiers ("a
#: speech of hope to the players", "with no plans to").
_NOUN_BEFORE = frozenset("of for with without no any some new our my your".split())
_NOT_PAST_ED = frozenset("""need indeed speed feed seed bed red proceed exceed succeed
hundred kindred bred shed breed united limited based""".split())


#: A past verb in a clause of time under a future seen from the past ("analysts said funds
#: were likely to buy the stock as soon as trading opened Monday", "she said she would resign
#: once the board approved the merger on Friday"): the backshifted verb tells what was still
#: to come when it was said, so the date lies ahead, not behind ("would have" is no future).
_FUTURE_IN_PAST = re.compile(r"\b(?:would(?!\s+have\b)|(?:likely|expected|going|due|set|poised)\s+to)\s+"
                             r"[^,;:.!?()]{0,60}?\b(?:as\s+soon\s+as|once|when|until|till|before)\s+"
                             r"(?:[A-Za-z']+\s+){0,3}[a-z]{3,}ed\s+(?:[A-Za-z']+\s+){0,3}(?:on\s+)?$")
_SOON_AS = re.compile(r"\bas\s+(?:early|soon|late)\s+as\s+$|\w\s+until\s+$|\bahead\s+of\s+(?:the\s+|this\s+)?$")
#: "until" after a verb in the past ("the heat wave lasted until Sunday", "stayed there until
#: March") ends a stretch that is over; not a passive of the present ("the road is closed until
#: Monday") nor a date something was moved to (see :data:`_MOVED_TO`).
_PAST_UNTIL = re.compile(r"\b(\w+)\s+(\w+)\s+(?:on\s+|there\s+|open\s+|closed\s+|in\s+place\s+)?(?:until|till)\s+$", re.I)
_PAST_BEFORE_UNTIL = frozenset("lasted stayed remained held kept ran went sat stood slept was were had".split())
#: Words before a participle that keep the clause in the present or ahead ("is closed until",
#: "will remain closed until", "to be extended until").
_NOT_PAST_AUX = frozenset("is are am be been being remain remains stay stays will to keep keeps get gets 's 're".split())
_MOVED = frozenset("moved postponed delayed extended rescheduled adjourned deferred suspended pushed put brought".split())


#: Verbs of telling and talking whose object may be a happening still to come ("told oil
#: companies of a cutback in September", "had been talking about the planned visit in
#: September"): their past tense is the telling's, not the happening's.
_TELLING = re.compile(r"\b(?:told|informed|notified|warned|talked|talking|spoke|discussed)\b", re.I)


def told_of_happening(text: str) -> bool:
    """Whether the text (the sentence up to a date) ends in a verb of telling or talking and
    its object, a noun phrase naming a happening ("told airlines of a rise in fees in"), with
    no other past verb and no reported clause between: the date is the happening's, which the
    telling's tense leaves open ("told reporters in" dates the telling; "told them that fees
    rose in" has a past verb of its own)."""
    tellings = list(_TELLING.finditer(text))
    if not tellings:
        return False
    verb = tellings[-1]  # the last verb of telling before the date
    words = _WORD.findall(text[verb.end():])
    if not any(w.lower() in ("a", "an", "the") for w in words):
        return False  # "told reporters in August": no happening between
    for i, word in enumerate(words):
        low = word.lower()
        if low in ("that", "which", "who", "when", "because") or low in _PAST_WORDS:
            return False
        if (low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED
                and not (i and words[i - 1].lower() in _DETERMINERS)):
            return False  # a past verb of the object's own ("told them of cuts that followed in")
    return True


def past_until(text: str) -> bool:
    """Whether the text (up to a date) ends with "until" after a past verb."""
    m = _PAST_UNTIL.search(text)
    if m is None:
        return False
    aux, verb = m.group(1).lower(), m.group(2).lower()
    past = verb in _PAST_BEFORE_UNTIL or (verb.endswith("ed") and len(verb) > 4 and verb not in _NOT_PAST_ED)
    return past and verb not in _MOVED and aux not in _NOT_PAST_AUX


#: A date a change takes effect ("effective Feb. 1") is announced ahead of it; a "by" date
#: is a deadline when the clause is a goal or an obligation ("to pay down the loan by
#: February", "must be purchased by Thursday"), not in a narrative ("contained by Friday").
_EFFECTIVE = re.compile(r"\beffective\s+$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
#: A date something was moved to ("postponed to Sept. 3", "extended until Friday"): the
#: new date lies ahead though the verb is past.
#: The verb may take its object first ("the court adjourned the case till Tuesday", "postponed the
#: vote until Monday": up to three words, no clause break) and "rescheduled" names the new date
#: with "for" ("the match was rescheduled for Saturday").
_MOVED_TO = re.compile(r"\b(?:(?:moved|postponed|delayed|extended|pushed\s+back|rescheduled|re-scheduled|adjourned|put\s+off|"
                       r"deferred|brought\s+forward)(?:\s+(?!(?:to|until|till|for|on|and|or|but|after|before|since|from|in)\b)[\w'’-]+){0,3}"
                       r"\s+(?:again\s+)?(?:to|until|till)|(?:rescheduled|re-scheduled|reset|moved)\s+(?:again\s+)?for)\s+(?:the\s+)?$", re.I)
#: What the text tells of a moved-to day once it came: a clause on that day with a verb in the past
#: ("the vote was postponed until Thursday, when it passed", "adjourned to Monday, at which point the
#: judge threw out the case"). The day has been reached, so it lies on or before the day it is told.
_REACHED_CLAUSE = re.compile(r"\s*,?\s*(?:when|at\s+which\s+(?:point|time)|on\s+which\s+day|by\s+which\s+time)\s+", re.I)
#: How many words after "when" the past verb may stand ("when heavy rain again forced ...").
_REACHED_REACH = 6
#: "The vote is on Thursday", "the hearing is set for the 3rd", "the gig is fri night": a present
#: copula right before a date puts it on the schedule (what is over is told with "was").
_IS_ON = re.compile(r"\b(?:is|are|'s|'re)\s+(?:(?:set|scheduled|slated|planned|due)\s+)?(?:on|for)\s+(?:the\s+)?$|\b(?:is|are)\s+$", re.IGNORECASE)
_GOAL = re.compile(r"\b(?:to\s+[a-z]+|must|should|need\s+to|needs\s+to|has\s+to|have\s+to)\b(?![^.;]*\b(?:had|was|were)\b)", re.IGNORECASE)


#: A past verb right before the preposition of a date ("and receded by the 9th"): a verb
#: between two dates of one sentence, though "-ed by" is mostly a participle ("led by").
_VERB_BY_DATE = re.compile(r"\b[a-z]{3,}ed\s+(?:by|on|until|till)\s+(?:the\s+)?$")
#: The head of a chronology's entry: a day and month, then a dash or a colon ("Jan. 7 - ", "7 January: ").
_CHRONOLOGY_HEAD = re.compile(r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?)\s*(?:[-–—]|:)\s")
#: What may open a sentence before a year that frames it: "In 1991, ...", "By early 2004, ...".
_FRONTING = re.compile(r"\s*[\"'(]*(?:In|By|During|Throughout|Since|Until|Through|Early\s+in|Late\s+in)\s+(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
#: The first two numbers of a numeric date with a year ("30/12/2017", "3.14.2015").
_NUMERIC_PAIR = re.compile(r"(?=\d)(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)")
#: A day and month in digits without a year ("23/8", "on 7/18"): unambiguous when one
#: number is over 12 (not "24/7", open round the clock).
_SLASH_PAIR = re.compile(r"(?=\d)(?<![\d/.-])(?!24/7)(\d{1,2})/(\d{1,2})(?![\d/])")
#: Written dates that show the text's order: "5 April 2021" (day first), "April 5, 2021".
_WRITTEN_DMY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES}(?:,?\s+\d{{4}})?\b")
_WRITTEN_MDY = re.compile(rf"\b{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}\b")

#: Spellings of British and Commonwealth English, whose writers put the day first ("the
#: organisers' parade on 06/12/2025", "the colour guard"), and their American forms. A
#: text's wording decides a numeric date's order only when its dates show none.
_BRITISH_SPELLING = re.compile(r"\b(?:(?:col|fav|hon|harb|behavi|neighb|lab|rum|vig)our(?:s|ed|ing|ite|ites|hood|able)?|"
                               r"(?:organi|recogni|apologi|critici|emphasi|mobili|authori|legali|privati|moderni|stabili|prioriti|reali)s(?:e|es|ed|ing|ation|ations|ers?)|"
                               r"programmes?|centres?|theatres?|(?:kilo)?metres?|defence|offence|licence|travelled|travelling|whilst|amongst|"
                               r"analyse[d]?|analysing|practise[ds]?|jewellery|tyres?|kerb|aluminium|storey|pyjamas|cheque)\b", re.I)
_AMERICAN_SPELLING = re.compile(r"\b(?:color(?:s|ed|ful)?|(?:fav|hon|harb|behavi|neighb|rum|vig)or(?:s|ed|ing|ite|ites|hood|able)?|"
                                r"(?:organi|recogni|apologi|critici|emphasi|mobili|authori|legali|privati|moderni|stabili|prioriti|reali)z(?:e|es|ed|ing|ation|ations|ers?)|"
                                r"centers?|theaters?|(?:kilo)?meters|defense|offense|traveled|traveling|analyze[ds]?|jewelry|tires|aluminum|pajamas|checkbook)\b", re.I)
@dataclass(frozen=True)
class Point:
    """The narrative's latest point-in-time mention of any precision."""

    day: dt.date  # its first day
    precision: str  # "day", "month", "year", ...
    end: int  # where the mention ends in the text
    desc: str  # how it reads in a derivation: "1998-02 (previous date in the text, 'February')"
    deictic: bool = False  # counted from the publication ("earlier this month", "last year")


_UNJUDGED = object()


class DateContext:
    """Per-document state while mentions are normalised in document order."""

    def __init__(self, text: str, published: dt.date, *, day_first: bool | None = None,
                 countries: Sequence[str | None] | None = None) -> None:
        self.text = text
        self.published = published
        self._day_first = day_first
        #: the countries of the places the text is set in, when the caller geoparsed it
        self._countries = countries
        self._setting_day_first: bool | None | object = _UNJUDGED
        self._day_first_judged = day_first is not None
        self._ends: list[int] | None = None
        #: the latest mention at day precision: (date, its text), for "the following day"
        self.last_day: tuple[dt.date, str] | None = None
        #: where that mention ends
        self.last_day_end: int | None = None
        #: the latest vague span ("days before"): (start, end, its text), for "the following day"
        self.last_vague: tuple[dt.date, dt.date, str] | None = None
        #: the latest quarter mentioned: (year, quarter, offset), for "a year earlier" in results
        self.last_quarter: tuple[int, int, int] | None = None
        #: offsets of quarter mentions of a company's fiscal year, and of "the quarter" back to
        #: one whose calendar quarter is unknown (see the_quarter in _rules)
        self.fiscal_quarters: set[int] = set()
        self.unknown_quarters: set[int] = set()
        #: where the latest results period longer than a quarter was mentioned ("the first
        #: nine months", "the first half"): "a year earlier" after it compares whole years
        self.last_long_period: int | None = None
        #: the latest point-in-time mention of any precision
        self.last_point: Point | None = None
        self.has_quarters = bool(re.search(r"\bquarter|\bperiod\b", text, re.I))
        #: the latest date with a year of its own: (first day, precision, start, end, text)
        self.last_explicit: tuple[dt.date, str, int, int, str] | None = None
        #: where the first expression resolved against the publication date ended
        self.last_deictic_end: int | None = None
        self._standalone: bool | None = None

    # ------------------------------------------------------------------ sentences
    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence containing ``pos``."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past' or None for the clause around the span ``start``..``end``.

        The nearest tense cue before the span decides ("will meet Friday", "said Friday");
        without one, the nearest cue after it within the sentence.
        """
        s_start, s_end = self.sentence_bounds(start)
        near = self.text[max(s_start, start - 20):start].lower()
        if self._moved_reached(start, end, s_start, s_end):
            return "past"  # "the vote was postponed until Thursday, when it passed"
        if _SOON_AS.search(near) and not past_until(self.text[max(s_start, start - 50):start]):
            return "future"
        if _EFFECTIVE.search(near):
            return "future"
        if _IS_ON.search(near) or _MOVED_TO.search(self.text, max(s_start, start - 50), start):
            return "future"
        if _BY.search(near) and _GOAL.search(self.text[max(s_start, start - 70):start]):
            return "future"
        if _FUTURE_PHRASE.search(self.text[max(s_start, start - 60):start]):
            return "future"
        if _FUTURE_IN_PAST.search(self.text[max(s_start, start - 140):start]):
            return "future"
        before = _WORD.findall(self.text[max(s_start, start - 120):start])
        for i in range(len(before) - 1, -1, -1):
            cue = _cue(before, i) or (len(before) - i <= _SCHEDULE_REACH and self._same_clause(start, len(before) - i)
                                      and _schedule_verb(before, i)) \
                or (self._same_clause(start, len(before) - i) and _announced_plan(before, i))
            if cue == "future" and any(w.lower() == "had" for w in before[max(0, i - 5):i]):
                return "past"  # "had been due to expire Friday", "was to meet Monday"
            if cue:
                return cue
        after = _WORD.findall(self.text[end:min(s_end, end + 160)])
        for i in range(len(after)):
            if after[i] == "planned" and i > 0 and after[i - 1].lower() not in _PRESENT_AUX | _DETERMINERS:
                return "past"  # "On Friday, the government planned to pay": planning on that day
            cue = _cue(after, i) or (i < _SCHEDULE_REACH and self._same_clause(end, i + 1, after=True)
                                     and _schedule_verb(after, i))
            if cue:
                return cue
        return None

    def moved_to(self, start: int) -> bool:
        """Whether the date at ``start`` is one something was moved to ("the talks were adjourned
        until Wednesday", "the court adjourned the case till Tuesday"): a new date, always after
        the day the move is reported, so a weekday there is never the publication day itself."""
        s_start, _ = self.sentence_bounds(start)
        moved = _MOVED_TO.search(self.text, max(s_start, start - 50), start)
        # "the trial, which had been adjourned until Monday, resumed on Monday": a move told in
        # the past perfect may have reached its day
        return bool(moved) and not re.search(r"\bhad\s+(?:been\s+|\w+ly\s+)?$", self.text[max(s_start, moved.start() - 20):moved.start()])

    def _moved_reached(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether the date at ``start``..``end`` is one something was moved to and the text goes
        on to tell, in the past, what happened on it ("the vote was postponed until Thursday, when
        it passed"; not "..., when it is expected to pass", "..., when they will meet again")."""
        if not _MOVED_TO.search(self.text, max(s_start, start - 50), start):
            return False
        clause = _REACHED_CLAUSE.match(self.text, end, s_end)
        if clause is None:
            return False
        for word in _WORD.findall(self.text[clause.end():s_end])[:_REACHED_REACH]:
            low = word.lower()
            if low in _FUTURE_WORDS or low in _PRESENT_AUX or low in ("has", "have", "to"):
                return False  # "when it is expected to pass", "when they will meet", "when it has to"
            if low in _PAST_WORDS or (low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED and word[0].islower()):
                return True
        return False

    def _same_clause(self, pos: int, n_words: int, *, after: bool = False) -> bool:
        """No comma, colon, semicolon or bracket in the ``n_words`` words before ``pos`` (or,
        ``after``, following it: there one comma right after the date is allowed, "On
        Monday, the minister flies ...")."""
        gap = self.text[pos:pos + 80] if after else self.text[max(0, pos - 80):pos]
        words = list(_WORD.finditer(gap))
        if len(words) < n_words:
            return False
        if after:
            between = gap[:words[n_words - 1].end()].lstrip().lstrip(",").lstrip()
        else:
            between = gap[words[-n_words].start():]
        return not re.search(r"[,;:()]", between)

    def direction(self, start: int, end: int, default: str = "past") -> str:
        """'future' when the clause is about what is to come, else ``default`` ('future'
        for a phrase standing alone, see :attr:`standalone`)."""
        tense = self.tense(start, end)
        if tense == "future":
            return "future"
        if tense == "past":
            return "past"
        return "future" if self.standalone else default

    @property
    def day_first(self) -> bool | None:
        """Whether the text writes the day before the month: the caller's word for the
        source when given, else the text's own evidence (numeric dates that can be read one
        way only, "5 April 2021" against "April 5, 2021"), else its spelling ("the organisers",
        "the colour guard" against "the organizers", "the color guard"); None when it shows none
        (then the separator and :attr:`setting_day_first` decide)."""
        if not self._day_first_judged:
            self._day_first_judged = True
            dmy = mdy = 0
            for a, b in _NUMERIC_PAIR.findall(self.text) + _SLASH_PAIR.findall(self.text):
                a, b = int(a), int(b)
                dmy += a > 12 and 0 < b <= 12
                mdy += b > 12 and 0 < a <= 12
            dmy += len(_WRITTEN_DMY.findall(self.text))
            mdy += len(_WRITTEN_MDY.findall(self.text))
            if dmy == mdy:  # no dates to tell by: the spelling of the text's English
                # (words in lower case only: a name keeps its own spelling, "the Israel Defense
                # Forces" in a British paper, "the Ministry of Defence" in an American one)
                dmy, mdy = (sum(m.group()[0].islower() for m in spelling.finditer(self.text))
                            for spelling in (_BRITISH_SPELLING, _AMERICAN_SPELLING))
            self._day_first = None if dmy == mdy else dmy > mdy
        return self._day_first

    @property
    def setting_day_first(self) -> bool | None:
        """Whether the country the text is set in writes the day first ("the fair on 01/03/2026
        in Leeds": a British setting), for a numeric date that :attr:`day_first` leaves open: the
        caller's countries (its geoparser's), else a light gazetteer lookup (see
        :mod:`timeline.dates._setting`); None when the places say nothing or disagree."""
        if self._setting_day_first is _UNJUDGED:
            countries = self._countries if self._countries is not None else named_countries(self.text)
            self._setting_day_first = setting_day_first(countries)
        return self._setting_day_first

    @property
    def standalone(self) -> bool:
        """True when the whole text is a short phrase without any tense ("next friday",
        "on the 15th", "see you monday" has its own cue): no narrative to look back from."""
        if self._standalone is None:
            words = _WORD.findall(self.text)
            self._standalone = (len(words) <= _STANDALONE_WORDS and not re.search(r"[.!?;]\s+\S", self.text)
                                and all(w.lower() in _TIME_WORDS for w in words))
        return self._standalone

    # ------------------------------------------------------------------ anchors
    def note(self, start: int, end: int, first_day: dt.date | None, precision: str, *, explicit: bool,
             deictic: bool) -> None:
        """Record a normalised mention: a date with its own year becomes the narrative's
        date for later days and months without one; a date counted from publication ends
        that narrative."""
        if explicit and first_day is not None and precision in ("day", "month", "year", "season"):
            self.last_explicit = (first_day, precision, start, end, self.text[start:end])
        elif deictic and self.last_deictic_end is None:
            self.last_deictic_end = end

    def narrative_date(self, pos: int) -> tuple[dt.date, str, str] | None:
        """The date a day or month without a year at ``pos`` belongs near, when the story
        is told from a date of its own ("Fighting began on July 12th, 2014. On July 13th,
        ..."): the latest date before ``pos`` that gives its year, within the same or the
        two sentences before, in a text that has dated nothing from its publication before
        ``pos`` (news tells from its publication, a chronicle from its own dates), in a
        clause that is not about the future, with a year other than the publication's. A bare year counts in the same sentence only
        ("In 2016, exports fell in March"). Returns (date, precision, description)."""
        if self.last_explicit is None:
            return None
        day, precision, start, end, text = self.last_explicit
        if end > pos or day.year == self.published.year:
            return None
        if self.last_deictic_end is not None and self.last_deictic_end <= pos:
            return None  # the text dates things from its publication: it is news, not a chronicle
        if self.tense(pos, pos) == "future" and day <= self.published and not self._chronology_entry(pos):
            return None  # "will join NATO on March 12": ahead of the publication (unless the story's own date is)
        s_start, _ = self.sentence_bounds(pos)
        if start >= s_start:
            # In one sentence a narrative needs a verb between the two ("arrested on October
            # 3, 2019 and released on October 10"); without one they are a list ("18 Feb
            # 1997, the 20th of July and 4 days from today"), each from the publication.
            between = _WORD.findall(self.text[end:pos])
            if (not any(_cue(between, i) for i in range(len(between))) and not re.search(r"[(;]", self.text[end:pos])
                    and not _VERB_BY_DATE.search(self.text, end, pos)):
                return None  # (a restatement in brackets, "5 April 2021 (between 5 - 6 April)", and a clause after a semicolon keep the year)
        if precision == "year":
            if start < s_start and not (start >= self.sentence_bounds(max(0, s_start - 1))[0] and self._fronted(start, end)):
                return None
        else:
            earlier = s_start
            for _ in range(2):
                if earlier <= start:
                    break
                earlier, _ = self.sentence_bounds(max(0, earlier - 1))
            if start < earlier:
                return None
        return day, precision, f"{day.isoformat()} (the narrative's date, {text!r})"

    def _chronology_entry(self, pos: int) -> bool:
        """Whether the date at ``pos`` heads an entry of a chronology ("Jan. 5, 2009 - Bank
        fails. Jan. 7 - Bank reopens."): it opens its sentence and a dash or a colon follows
        it. Such entries tell the past in the present, so their tense does not look ahead."""
        s_start, _ = self.sentence_bounds(pos)
        return (not self.text[s_start:pos].strip(" \t\n\"'(")
                and _CHRONOLOGY_HEAD.match(self.text, pos) is not None)

    def _fronted(self, start: int, end: int) -> bool:
        """Whether the date at ``start``..``end`` opens its sentence as a framing adverbial
        ("In 1991, the Soviet Union collapsed."): it dates the sentences that follow it, where
        a year at the end of a clause ("was founded in 1990.") does not."""
        s_start, _ = self.sentence_bounds(start)
        return (_FRONTING.fullmatch(self.text, s_start, start) is not None
                and re.match(r"\s*,", self.text[end:end + 3]) is not None)

    def previous_sentence_start(self, pos: int) -> int:
        """Where the sentence before the one holding ``pos`` starts (its own start, if first)."""
        s_start, _ = self.sentence_bounds(pos)
        return self.sentence_bounds(max(0, s_start - 1))[0]

    def recent_coarse_point(self, pos: int, unit: str | None = None) -> tuple[dt.date, str, str] | None:
        """The narrative's latest date when it is a month or a year given in the same or the
        previous sentence as ``pos`` ("He was elected in 2010. Two years earlier, ..."):
        (its first day, its precision, description); else None. Not, for an amount of days or
        weeks counted back (``unit`` "D", "W"), a month or year counted from the publication ("a
        railway blast earlier this month. ... troops shot a day earlier"): it names no day of
        the narrative to count from, the report's day is the reference ("two weeks later" after
        "last year" still counts within that year: ``unit`` None)."""
        point = self.last_point
        if point is None or point.precision not in ("month", "year"):
            return None
        if point.deictic and unit in ("D", "W"):
            return None
        if self.tense(pos, pos) == "future":
            return None  # "will return to Earth 13 days later": from the day of the plan
        if not self.previous_sentence_start(pos) <= point.end <= pos:
            return None
        return point.day, point.precision, point.desc

    def recent_explicit(self, pos: int) -> tuple[dt.date, str, str] | None:
        """The latest date with a year of its own ("in 2010", "October 2010", "March 3,
        2010") when it stands in the same or the previous sentence as ``pos``: (its first
        day, its precision, its text); else None. "By the end of the year" after it is
        the end of that year."""
        if self.last_explicit is None:
            return None
        day, precision, start, end, text = self.last_explicit
        if not (self.previous_sentence_start(pos) <= start and end <= pos):
            return None
        if self.tense(pos, pos) == "future":
            return None  # "expects a deal by the end of the year": the publication's year
        return day, precision, text

    def reference_day(self) -> tuple[dt.date, str]:
        """The previous date of the narrative, else the publication date, with a description."""
        if self.last_day is not None:
            day, text = self.last_day
            return day, f"{day.isoformat()} (previous date in the text, {text!r})"
        return self.published, f"publication date {self.published.isoformat()}"


def _schedule_verb(words: list[str], i: int) -> str | None:
    """'future' when ``words[i]`` is a present-tense verb of the schedule (see
    :data:`_SCHEDULE_VERBS_S`)."""
    word = words[i]
    low = word.lower()
    prev = words[i - 1].lower() if i > 0 else ""
    if not word[0].islower() and i > 0:
        return None  # "Travels With Charley", a name
    place = i + 1 < len(words) and words[i + 1].lower() == "place"
    if low == "takes" and place:
        low = "meets"  # "the vote takes place Sunday"
    elif low == "take" and place:
        low = "meet"
    if low in ("comes", "come") and i + 1 < len(words) and words[i + 1].lower() in _COME_PARTICLES:
        low = "goes" if low == "comes" else "go"  # "results come out on monday"
    if low == "runs" and (i + 1 >= len(words) or words[i + 1].lower() not in ("through", "thru", "until", "till", "to", "from")):
        return None  # "the festival runs through Sunday", not "home runs"
    if low in _SCHEDULE_VERBS_ING:
        return "future" if prev in _BE_BEFORE_ING else None
    if low in _SCHEDULE_VERBS_S:
        if prev in _DETERMINERS or prev in ("my", "your", "to") or (i + 1 < len(words) and words[i + 1].lower() == "of"):
            return None  # "his visits", "heads of state"
        return "future"
    if low in _SCHEDULE_VERBS and i > 0:
        before = words[i - 1]
        if len(before) < 2:
            return None  # "the minister's visit": a possessive's s, a noun after it
        subject = (before.lower() in _SCHEDULE_SUBJECTS or before[0].isupper()
                   or (before.endswith("s") and not before.endswith("ss") and before.lower() not in _DETERMINERS
                       and before.lower() not in ("is", "was", "has", "as", "this", "its", "his", "us", "plus", "thus")))
        if subject and before.lower() not in ("to", "the"):
            return "future"
    return None


def _announced_plan(words: list[str], i: int) -> str | None:
    """'future' when ``words[i]`` is a verb in the present that announces the party's own
    coming act (see :data:`_ANNOUNCE_PLAN_S`) and no word between it and the date puts the
    date on an earlier happening."""
    word = words[i]
    if word.lower() not in _ANNOUNCE_PLAN_S or not word[0].islower():
        return None
    if i > 0 and (words[i - 1].lower() in _DETERMINERS or words[i - 1].lower() in ("my", "your", "to")):
        return None  # "his announces" is no verb
    if any(w.lower() in _BACKGROUND_BEFORE_DATE for w in words[i + 1:]):
        return None
    return "future"


#: Verbs whose simple past is their bare form ("the river burst its banks", "a storm hit the
#: town"): after a singular subject, where the present would take -s, and before their object
#: or particle (not the nouns "a tax cut on Friday", "the power cut in May"), they are past.
_BARE_PAST = frozenset("burst hit cut put set shut hurt split spread quit cost beat cast".split())
_SUBJECT_DETERMINERS = frozenset("the a an its his her their this that".split())
_OBJECT_AFTER_BARE_PAST = frozenset("the a an its his her their our this that these those into through out off down up".split())


_NOT_IN_SUBJECT = _FUTURE_WORDS | _PRESENT_AUX | frozenset("to and or not who which that has have had do does did can".split())


def _bare_past(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a verb of :data:`_BARE_PAST` in the past: "the river burst its
    banks", "a gas leak shut the school" (a determiner, a singular noun and its modifier, the
    verb, its object)."""
    if i < 2 or i + 1 >= len(words) or words[i].lower() not in _BARE_PAST or not words[i][0].islower():
        return False
    if words[i + 1].lower() not in _OBJECT_AFTER_BARE_PAST or words[i - 1].endswith("s"):
        return False
    for k in (2, 3):
        nouns = words[i - k + 1:i]
        if i - k >= 0 and words[i - k].lower() in _SUBJECT_DETERMINERS \
                and all(w.islower() and w not in _NOT_IN_SUBJECT for w in nouns):
            return True
    return False


#: Words after "soon" that make it a sequence of happenings, not a time ahead ("soon after
#: arriving at the hotel Monday night, police found ...": as soon after in the past as ahead).
_SEQUENCE_AFTER_SOON = frozenset("after afterwards afterward thereafter before".split())
#: Participles of a plan or an expectation that, after "as", compare what happened with what
#: was planned ("the offensive began as previously planned Saturday night", "the governor
#: signed the bill as expected on Monday", "the plane landed as scheduled on Sunday"): the
#: comparison says nothing of where the day lies, the clause's own verb does.
_AS_PLANNED = frozenset("planned expected scheduled intended anticipated hoped promised".split())


def _no_cue(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a word of :data:`_FUTURE_WORDS`, says nothing of the tense here:
    "soon" opening a sequence ("soon after arriving Monday night") or a participle of a plan in
    a comparison with "as" ("as planned", "as previously planned", "as expected")."""
    low = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    prev = words[i - 1].lower() if i > 0 else ""
    if low == "soon":
        return nxt in _SEQUENCE_AFTER_SOON
    if low in _AS_PLANNED:
        return prev == "as" or (i > 1 and words[i - 2].lower() == "as" and (prev.endswith("ly") or prev == "earlier"))
    return False


def _up_for(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is "up" in "is up for" + a happening ("the seat is up for
    re-election in November", "the licence is up for renewal in May"): a present copula with
    what is coming to it, ahead of the day it is told."""
    return (words[i].lower() == "up" and 0 < i and i + 1 < len(words) and words[i + 1].lower() == "for"
            and words[i - 1].lower() in ("is", "are", "'s", "'re", "am"))


def _cue(words: list[str], i: int) -> str | None:
    word = words[i]
    low = word.lower()
    if _bare_past(words, i):
        return "past"  # "Two days after Christmas, the river burst its banks"
    if _up_for(words, i):
        return "future"  # "his seat is up for re-election in November"
    if low in _FUTURE_WORDS and _no_cue(words, i):
        return None  # "soon after arriving Monday night", "as previously planned Saturday"
    if (low in _FUTURE_WORDS and word not in ("May", "Will")) or low.endswith("'ll"):
        if low in _FUTURE_NOUNS and i > 0 and (words[i - 1].lower() in _DETERMINERS
                                               or (low != "planned" and words[i - 1].lower() in _NOUN_BEFORE)):
            return None  # a noun or adjective ("announced the plan", "the planned sale", "a speech of hope to")
        if low in _FUTURE_NOUNS and low != "planned" and (i + 1 >= len(words) or words[i + 1].lower() != "to"):
            return None  # a noun ("vacation plans"); the verb takes "to" ("plans to meet")
        return "future"
    if low == "to" and i > 0 and words[i - 1].lower() in _FUTURE_BEFORE_TO:
        return "future"
    if low == "to" and i > 0 and words[i - 1].lower() in _COMMIT_BEFORE_TO and words[i - 1][0].islower() \
            and (i < 2 or words[i - 2].lower() not in _DETERMINERS | _NOUN_BEFORE):
        return "future"  # "agrees to hold elections in November", not "after a vote to expel him in December"
    if low == "must" and (i + 1 >= len(words) or words[i + 1].lower() != "have"):
        return "future"  # an obligation ("must be filed by March 31"), not "must have been"
    participle = low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED and word[0].islower()
    if low in _PAST_WORDS or participle:
        aux = words[i - 1].lower() if i > 0 else ""
        if aux.endswith("ly") and i > 1:
            aux = words[i - 2].lower()  # "is largely expected", "was quickly sold"
        if aux in ("be", "been", "being", "is", "are", "am"):
            return None  # a passive ("to be published", "is paid"): the auxiliary decides
        if i + 1 < len(words) and words[i + 1].lower() == "by" and low not in ("said", "was", "were", "had", "did"):
            return None  # a participle ("the parade led by the VFW"), not the verb of the clause
        if participle and i > 0 and words[i - 1].lower() in _DETERMINERS:
            return None  # an adjective ("a still unspecified date", "the proposed merger")
        return "past"
    return None
