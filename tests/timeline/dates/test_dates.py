"""Tests for timeline.dates: recognition, normalisation, anchoring and bad input.

Every case pins its publication date; nothing depends on today's date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates, governing_date
from timeline.errors import PublicationDateError

PUB = "2025-07-14"  # a Monday, ISO week 2025-W29
D = dt.date


def only(text: str, published: str = PUB):
    """The single mention found in ``text``."""
    mentions = find_dates(text, published)
    assert len(mentions) == 1, [(m.text, m.value) for m in mentions]
    return mentions[0]


def find(text: str, phrase: str, published: str = PUB):
    """The mention whose text is ``phrase``."""
    for m in find_dates(text, published):
        if m.text == phrase:
            return m
    raise AssertionError(f"{phrase!r} not found in {[(m.text, m.value) for m in find_dates(text, published)]}")


# text, published, mention text, value, start_date, end_date, precision
POINT_CASES = [
    # explicit
    ("The accord was signed on March 12, 1998.", PUB, "March 12, 1998", "1998-03-12", D(1998, 3, 12), D(1998, 3, 12), "day"),
    ("Elections were held in 2024.", PUB, "2024", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("The plant opened in July 1997.", PUB, "July 1997", "1997-07", D(1997, 7, 1), D(1997, 7, 31), "month"),
    ("Prices rose in fiscal 1989.", PUB, "fiscal 1989", "1989", D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("Unrest grew in the 1990s.", PUB, "the 1990s", "199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("It was released on 2013-03-22.", PUB, "2013-03-22", "2013-03-22", D(2013, 3, 22), D(2013, 3, 22), "day"),
    ("The vote is set for Aug. 7.", PUB, "Aug. 7", "2025-08-07", D(2025, 8, 7), D(2025, 8, 7), "day"),
    ("Fighting resumed in the summer of 2013.", PUB, "the summer of 2013", "2013-SU", D(2013, 6, 1), D(2013, 8, 31), "season"),
    # deictic, relative to publication
    ("Rebels attacked the town yesterday.", PUB, "yesterday", "2025-07-13", D(2025, 7, 13), D(2025, 7, 13), "day"),
    ("The minister arrives today.", PUB, "today", "2025-07-14", D(2025, 7, 14), D(2025, 7, 14), "day"),
    ("The talks resume tomorrow.", PUB, "tomorrow", "2025-07-15", D(2025, 7, 15), D(2025, 7, 15), "day"),
    ("Troops withdrew last week.", PUB, "last week", "2025-W28", D(2025, 7, 7), D(2025, 7, 13), "week"),
    ("Output fell this year.", PUB, "this year", "2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("Output fell last year.", PUB, "last year", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("The envoy left two days ago.", PUB, "two days ago", "2025-07-12", D(2025, 7, 12), D(2025, 7, 12), "day"),
    ("A new round starts next month.", PUB, "next month", "2025-08", D(2025, 8, 1), D(2025, 8, 31), "month"),
    ("Sales grew in the third quarter.", PUB, "the third quarter", "2025-Q3", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ("Turnout was higher a year ago.", PUB, "a year ago", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    # "over"/"more than" N units ago: a bound; the span runs from the unit before up to it
    ("The depot closed over four years ago.", PUB, "over four years ago", "2021", D(2020, 1, 1), D(2021, 7, 14), "year"),
    ("The ferry sank more than two months ago.", PUB, "more than two months ago", "2025-05", D(2025, 4, 1), D(2025, 5, 14), "month"),
    # "earlier this month": the month's value, the days of it before publication
    ("Strikes spread earlier this month.", PUB, "earlier this month", "2025-07", D(2025, 7, 1), D(2025, 7, 13), "month"),
    ("Protests are planned for this summer.", PUB, "this summer", "2025-SU", D(2025, 6, 1), D(2025, 8, 31), "season"),
    # weekdays: nearest past unless the clause is about the future; same day = publication
    ("The talks ended Tuesday.", PUB, "Tuesday", "2025-07-08", D(2025, 7, 8), D(2025, 7, 8), "day"),
    ("The summit opened Monday.", PUB, "Monday", "2025-07-14", D(2025, 7, 14), D(2025, 7, 14), "day"),
    ("The leaders will meet on Thursday.", PUB, "Thursday", "2025-07-17", D(2025, 7, 17), D(2025, 7, 17), "day"),
    ("Shelling intensified Sunday night.", PUB, "Sunday night", "2025-07-13", D(2025, 7, 13), D(2025, 7, 13), "day"),
    ("The day before last Tuesday's hearing, he flew home.", "2000-02-24", "The day before last Tuesday",
     "2000-02-21", D(2000, 2, 21), D(2000, 2, 21), "day"),
    # "plans" without "to" is a noun, no cue for the future
    ("On Friday, the minister cancels his vacation plans.", PUB, "Friday", "2025-07-11",
     D(2025, 7, 11), D(2025, 7, 11), "day"),
    # months without a year: past by default, forward in a future or modal clause
    ("Troops arrived in July.", "2025-03-02", "July", "2024-07", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("The army may deploy more troops in July.", "2025-03-02", "July", "2025-07", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("Talks began in May.", PUB, "May", "2025-05", D(2025, 5, 1), D(2025, 5, 31), "month"),
    # tense: irregular past verbs, passives after a modal, adjectives in -ed, deadlines
    ("In January, the company brought in a new chief executive.", "1989-10-27", "January", "1989-01",
     D(1989, 1, 1), D(1989, 1, 31), "month"),
    ("The split would be paid on a still unspecified date in January.", "1989-10-26", "January", "1990-01",
     D(1990, 1, 1), D(1990, 1, 31), "month"),
    ("The company agreed to pay down the loan by February.", "1989-10-30", "February", "1990-02",
     D(1990, 2, 1), D(1990, 2, 28), "month"),
    ("The rebels had taken the town by March.", PUB, "March", "2025-03", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("The bank also named a new chairman, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01",
     D(1990, 2, 1), D(1990, 2, 1), "day"),
    # "Aug." does not end the sentence; "the plan" is a noun, not a clause about the future
    ("The thrift announced the plan Aug. 21. Among other reasons, fees rose.", "1989-10-27", "Aug. 21",
     "1989-08-21", D(1989, 8, 21), D(1989, 8, 21), "day"),
    # a part of a month keeps the month's value; its interval is that part
    ("Castro said she was forced to make the late-November trip.", "2000-01-28", "late-November", "1999-11",
     D(1999, 11, 21), D(1999, 11, 30), "month"),
    # years
    ("The state kept one share after selling its stake in 1984 -- a common practice.", PUB, "1984", "1984",
     D(1984, 1, 1), D(1984, 12, 31), "year"),
    ("A 1996 law tightened the embargo.", PUB, "1996", "1996", D(1996, 1, 1), D(1996, 12, 31), "year"),
    ("Atlanta, nineteen ninety-six. A bomb blast shocked the games.", PUB, "nineteen ninety-six", "1996",
     D(1996, 1, 1), D(1996, 12, 31), "year"),
    # a spoken year of the 2000s after "in"/"since", ending its phrase
    ("The league was founded in two thousand and four.", PUB, "two thousand and four", "2004",
     D(2004, 1, 1), D(2004, 12, 31), "year"),
    ("Since two thousand nine, the port has grown.", PUB, "two thousand nine", "2009",
     D(2009, 1, 1), D(2009, 12, 31), "year"),
    ("The deal is expected to close by year end.", "1989-10-30", "year end", "1989",
     D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("Rules should be in place by year's end.", "1989-10-26", "year's end", "1989",
     D(1989, 1, 1), D(1989, 12, 31), "year"),
    # holidays
    ("Violence will be a theme of the campaign until Election Day.", "1998-10-26", "Election Day",
     "1998-11-03", D(1998, 11, 3), D(1998, 11, 3), "day"),
    # weeks: bare "the week" is an unspecified week (TimeBank: YYYY-WXX), interval the
    # publication week; "the current week" stays the ISO week
    ("For the week, the index fell 3.8%.", "1989-10-30", "the week", "1989-WXX",
     D(1989, 10, 30), D(1989, 11, 5), "week"),
    ("Stocks were steady during the current week.", "1989-10-30", "the current week", "1989-W44",
     D(1989, 10, 30), D(1989, 11, 5), "week"),
]


@pytest.mark.parametrize("text,published,phrase,value,start,end,precision", POINT_CASES)
def test_point_in_time(text, published, phrase, value, start, end, precision):
    m = find(text, phrase, published)
    assert (m.value, m.start_date, m.end_date, m.precision) == (value, start, end, precision)
    assert m.type in ("DATE", "TIME")
    assert text[m.start:m.end] == m.text
    assert m.anchor


@pytest.mark.parametrize("text,phrase,value", [
    ("Inflation is now falling.", "now", "PRESENT_REF"),
    ("Prices are currently stable.", "currently", "PRESENT_REF"),
    ("The group recently split.", "recently", "PAST_REF"),
    ("Such raids were common in the past.", "the past", "PAST_REF"),
    ("Talks may resume in the future.", "the future", "FUTURE_REF"),
    ("Profits may suffer in the near term.", "the near term", "FUTURE_REF"),
    ("Costs could rise in the long term.", "the long term", "FUTURE_REF"),
    ("It will seek financing at a later date.", "a later date", "FUTURE_REF"),
    ("They want the boy back as soon as possible.", "as soon as possible", "FUTURE_REF"),
    ("It does not bode well for coming quarters.", "coming quarters", "FUTURE_REF"),
    ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF"),
    ("There were sell programs in past years, too.", "past years", "PAST_REF"),
    ("Holders may buy shares at half the then current market price.", "current", "PAST_REF"),
])
def test_vague_references_have_no_interval(text, phrase, value):
    m = find(text, phrase)
    assert (m.value, m.start_date, m.end_date, m.precision) == (value, None, None, "unknown")


@pytest.mark.parametrize("text,phrase,value", [
    ("The siege lasted three days.", "three days", "P3D"),
    ("He served for 12 years.", "12 years", "P12Y"),
    ("The strike lasted one day.", "one day", "P1D"),
])
def test_durations(text, phrase, value):
    m = find(text, phrase)
    assert (m.type, m.value, m.start_date, m.end_date) == ("DURATION", value, None, None)


def test_daily_is_a_set_but_the_newspaper_is_not():
    m = find("Protesters gather daily outside the home.", "daily")
    assert (m.type, m.value, m.start_date, m.end_date) == ("SET", "P1D", None, None)
    assert find_dates("The party daily Granma printed the letter.", PUB) == []


# Quarterly results: "a year earlier" is the same quarter a year before once a quarter has
# been named, the previous year after a longer period ("the first nine months") or when no
# quarter was named; a forecast quarter ("through the third quarter of 1990") is no anchor.
@pytest.mark.parametrize("text,published,phrase,value,start,end", [
    ("Net for the third quarter rose to $5 million from $3 million a year earlier.", "1989-11-02",
     "a year earlier", "1988-Q3", D(1988, 7, 1), D(1988, 9, 30)),
    ("Net for the third quarter rose 5%. In the first nine months, net was $306 million, "
     "compared with $195 million a year earlier.", "1989-11-02",
     "a year earlier", "1988", D(1988, 1, 1), D(1988, 12, 31)),
    ("Third-quarter sales rose. For the nine months, it lost $608,413, compared with year-earlier "
     "net income of $967,809.", "1989-11-02", "year-earlier", "1988", D(1988, 1, 1), D(1988, 12, 31)),
    ("Third-quarter sales rose, but year-earlier net income was higher.", "1989-11-02", "year-earlier",
     "1988-Q3", D(1988, 7, 1), D(1988, 9, 30)),
    ("Wages were 3.8 percent higher than a year earlier. Growth in the quarter slowed.", "1998-02-06",
     "a year earlier", "1997", D(1997, 1, 1), D(1997, 12, 31)),
    ("Losses will continue through the third quarter of 1990.  In the year-ago period, the company "
     "earned $101 million.", "1989-10-26", "the year-ago period", "1988-Q3", D(1988, 7, 1), D(1988, 9, 30)),
    ("Net income was C$4.7 million for the fiscal-first quarter ended Sept. 30, against a loss "
     "a year ago.", "1989-10-26", "a year ago", "1988-Q1", D(1988, 1, 1), D(1988, 3, 31)),
    ("Net income was C$4.7 million for the fiscal-first quarter ended Sept. 30.", "1989-10-26",
     "the fiscal-first quarter", "1989-Q1", D(1989, 1, 1), D(1989, 3, 31)),
])
def test_results_periods(text, published, phrase, value, start, end):
    m = find(text, phrase, published)
    assert (m.value, m.start_date, m.end_date) == (value, start, end)


@pytest.mark.parametrize("text,phrase,value,anchor_part", [
    ("Rebels seized the town on July 9. The following day, the army counterattacked.",
     "The following day", "2025-07-10", "2025-07-09"),
    ("Rebels seized the town on July 9. Two days later, the army counterattacked.",
     "Two days later", "2025-07-11", "2025-07-09"),
    ("Rebels seized the town on July 9. The day before, shots were heard.",
     "The day before", "2025-07-08", "2025-07-09"),
    ("The deal was signed in June 1998 and collapsed later that year.",
     "later that year", "1998", "1998-06"),
])
def test_anchored_on_previous_date(text, phrase, value, anchor_part):
    m = find(text, phrase)
    assert m.value == value
    assert anchor_part in m.anchor and "previous date" in m.anchor


def test_weekday_anchor_says_how():
    m = find("The talks ended Tuesday.", "Tuesday")
    assert m.anchor == "Tuesday → nearest past Tuesday before publication date 2025-07-14"


@pytest.mark.parametrize("text,first,start,end", [
    ("Fighting raged from March to May.", "March", D(2025, 3, 1), D(2025, 5, 31)),
    ("A ceasefire may hold in July or August.", "July", D(2025, 7, 1), D(2025, 8, 31)),
    ("Prices doubled between 1990 and 1995.", "1990", D(1990, 1, 1), D(1995, 12, 31)),
])
def test_ranges_and_alternatives_span_both_parts(text, first, start, end):
    m = find(text, first)
    assert (m.start_date, m.end_date) == (start, end)


@pytest.mark.parametrize("text", [
    "We may go there if they agree.",
    "About 40% of 1,500 voters backed him.",
    "The laptop runs Windows 2000 and version 2.1 of the driver.",
    "Thousands march to the capital.",
    "It was the first time the second team won.",
    "They counted 2000 people at the rally.",
    "Flooding damaged roofs in two thousand three hundred homes.",
    "Turnout rose by two thousand.",
])
def test_false_positives_rejected(text):
    assert [(m.text, m.value) for m in find_dates(text, PUB) if m.type in ("DATE", "TIME")] == []


def test_document_order_and_offsets():
    text = "On Friday rebels attacked; on March 3, 2024 they had withdrawn; now calm returns."
    mentions = find_dates(text, PUB)
    assert [m.text for m in mentions] == ["Friday", "March 3, 2024", "now"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_text(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The deadline was 31 February 2020.",
    "It was February 30.",
    "In the year 99999 nothing happens.",
    "On 13/45/2020 the order expired.",
])
def test_absurd_dates_are_skipped(text):
    for m in find_dates(text, PUB):
        assert m.start_date is None or D(1000, 1, 1) <= m.start_date <= D(2999, 12, 31)
        assert "99999" not in m.value and "-02-3" not in m.value


@pytest.mark.parametrize("published", [None, "", "yesterday", "2025-13-01", "2025-02-30", 20250714])
def test_bad_publication_date_raises(published):
    with pytest.raises(PublicationDateError):
        find_dates("The talks ended Tuesday.", published)


@pytest.mark.parametrize("published", [D(2025, 7, 14), dt.datetime(2025, 7, 14, 9, 30), "2025-07-14"])
def test_publication_date_forms(published):
    assert only("The talks ended Tuesday.", published).value == "2025-07-08"


def test_governing_date_inside_then_before():
    text = "On Monday rebels attacked the base. They withdrew at dusk. In 2024 a truce held."
    mentions = find_dates(text, "2025-07-16")
    second = text.index("They")
    third = text.index("In 2024")
    assert governing_date(mentions, 0, second).value == "2025-07-14"
    assert governing_date(mentions, second, third).value == "2025-07-14"  # carried forward
    assert governing_date(mentions, third, len(text)).value == "2024"
    assert governing_date([], 0, len(text)) is None


def test_governing_date_ignores_vague_and_durations():
    text = "Fighting now has lasted three days."
    assert governing_date(find_dates(text, PUB), 0, len(text)) is None


# --------------------------------------------------------------------------- second pass rules

@pytest.mark.parametrize("text,published,phrase,value,start,end", [
    # "the quarter ended <month day>": the calendar quarter holding most of its three months
    ("The retailer lost money in the quarter ended July 31.", "1989-10-30", "the quarter",
     "1989-Q2", D(1989, 4, 1), D(1989, 6, 30)),
    ("The bank earned $4 million for the quarter ended Sept. 30.", "1989-10-30", "the quarter",
     "1989-Q3", D(1989, 7, 1), D(1989, 9, 30)),
    # ... unless the quarter was just named: a quarter back to a fiscal one is a quarter of
    # the company's year, which calendar quarter unknown (its number is the fiscal one's), and
    # so is "a year ago" set against it; the fiscal quarter itself keeps its number
    ("It earned $5 million in the fiscal first quarter, on sales of $538 million for the quarter "
     "ended Sept. 29.", "1989-10-26", "the quarter", "1989-QX", D(1989, 1, 1), D(1989, 12, 31)),
    ("Acme earned $5 million in the fiscal second quarter. Sales rose in the quarter ended Sept. 30 "
     "to $9 million from $8 million a year ago.", "1989-10-26", "a year ago", "1988-QX",
     D(1988, 1, 1), D(1988, 12, 31)),
    ("Acme earned $5 million in the fiscal second quarter. Sales rose in the quarter ended Sept. 30 "
     "to $9 million.", "1989-10-26", "the fiscal second quarter", "1989-Q2", D(1989, 4, 1), D(1989, 6, 30)),
    ("Acme earned $5 million in the second quarter. Sales rose in the quarter to $9 million from "
     "$8 million a year ago.", "1989-10-26", "a year ago", "1988-Q2", D(1988, 4, 1), D(1988, 6, 30)),
    # a half-year named by its quarters
    ("Losses will continue through the first two quarters of 2026.", PUB,
     "the first two quarters of 2026", "2026-H1", D(2026, 1, 1), D(2026, 6, 30)),
    # "that quarter" and "the comparable year-ago quarter" are quarters too
    ("Sales fell in the third quarter. Results for that quarter included a charge.", "1989-10-27",
     "that quarter", "1989-Q3", D(1989, 7, 1), D(1989, 9, 30)),
    ("Sales fell in the third quarter, against a profit in the comparable year-ago quarter.",
     "1989-10-27", "the comparable year-ago quarter", "1988-Q3", D(1988, 7, 1), D(1988, 9, 30)),
])
def test_quarters_second_pass(text, published, phrase, value, start, end):
    m = find(text, phrase, published)
    assert (m.value, m.start_date, m.end_date) == (value, start, end)


@pytest.mark.parametrize("text,published,phrase,value,mtype", [
    # a part of the day of the narrative: the previous day mentioned, else publication
    ("Markets fell on Friday. Dealers sold heavily in the morning.", PUB, "the morning",
     "2025-07-11TMO", "TIME"),
    ("By mid afternoon, officials had confirmed the blast.", PUB, "mid afternoon", "2025-07-14TAF", "TIME"),
    # "in N units" in a clause about the future: the point that far ahead (TimeML DATE)
    ("The notes will be redeemed in five years.", PUB, "five years", "2030", "DATE"),
    ("The plant will reopen in two months.", PUB, "two months", "2025-09", "DATE"),
    # ellipsis: "this year as last"
    ("The payout will be twice as high this year as last.", PUB, "last", "2024", "DATE"),
    # "since year-end" is the last year-end; a high "for the year of $42" is this year
    ("The index is up 12% since year-end.", PUB, "year-end", "2024-12-31", "DATE"),
    ("The stock hit a high for the year of $42.87 in June.", PUB, "the year", "2025", "DATE"),
    # "post-1959", "Easter week", "a week or so ago" (a day, about then), "The March accession"
    ("Families were split by post-1959 politics.", PUB, "post-1959", "1959", "DATE"),
    ("Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16", "DATE"),
    ("A week or so ago, the general picked a date.", "1991-02-25", "A week or so ago", "1991-02-18", "DATE"),
    ("The March accession will enlarge the alliance.", "1999-02-10", "March", "1999-03", "DATE"),
    ("The offer was advertised in today's editions of the paper.", PUB, "today", "2025-07-14", "DATE"),
])
def test_second_pass_points(text, published, phrase, value, mtype):
    m = find(text, phrase, published)
    assert (m.value, m.type) == (value, mtype)
    assert text[m.start:m.end] == m.text


def test_conjoined_days_are_two_dates_the_first_spanning_both():
    mentions = find_dates("The summit will be held on April 24 and 25, 2026.", PUB)
    assert [(m.text, m.value) for m in mentions] == [("April 24", "2026-04-24"), ("25, 2026", "2026-04-25")]
    assert (mentions[0].start_date, mentions[0].end_date) == (D(2026, 4, 24), D(2026, 4, 25))
    # a count after "and" is no day
    assert [m.text for m in find_dates("Rallies on May 3 and 4 others followed.", PUB)] == ["May 3"]


@pytest.mark.parametrize("text,phrase", [
    ("Over the past several quarters, growth slowed.", "the past several quarters"),
    ("Rates have fallen in the last few months.", "the last few months"),
])
def test_the_last_few_units_are_the_recent_past(text, phrase):
    m = find(text, phrase)
    assert (m.type, m.value, m.start_date) == ("DATE", "PAST_REF", None)


@pytest.mark.parametrize("text", [
    "This is VOA Today.",
    "Readers of USA Today were polled.",
    "We would choose the people of tomorrow.",
    "For Poland, high noon has come.",
    "Police found his 1987 Chevrolet Cavalier near the border.",
    "The airline will add 700 seats a week on the route.",
])
def test_second_pass_false_positives(text):
    assert [(m.text, m.value) for m in find_dates(text, PUB) if m.type in ("DATE", "TIME")] == []


def test_in_n_units_in_the_past_stays_a_duration():
    m = find("Sales rose by the most in two years.", "two years")
    assert (m.type, m.value) == ("DURATION", "P2Y")


@pytest.mark.parametrize("text,value", [
    # the planning happened on the day named before "planned"
    ("On Friday, the government planned to pay the first claims.", "2025-07-11"),
    # a plan for the day named after it
    ("The team planned to leave the capital on Thursday.", "2025-07-17"),
    ("The vote is planned for Friday.", "2025-07-18"),
])
def test_planned_looks_ahead_only_before_the_date(text, value):
    m = [m for m in find_dates(text, PUB) if m.precision == "day"][0]
    assert m.value == value


def test_clock_in_words_of_the_day():
    m = find("The father will leave at 4 in the morning on Thursday.", "4 in the morning on Thursday")
    assert (m.type, m.value, m.start_date) == ("TIME", "2025-07-17T04:00", D(2025, 7, 17))


def test_two_rules_rejecting_one_span_do_not_loop() -> None:
    """"435 and 23rd" is a conjoined day to two rules, and both reject it: each match is
    offered once (this text used to hang find_dates, and with it the whole extraction)."""
    import threading

    found: list = []
    worker = threading.Thread(target=lambda: found.append(find_dates(
        "The truck pulled over near Interstate 435 and 23rd Street and the driver called 911.",
        dt.date(2009, 3, 23))), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive() and found == [[]]


@pytest.mark.parametrize("text", [
    "The road reopened on Friday, according to June, a county engineer.",
    '"We will rebuild," said April.',
])
def test_a_month_name_that_names_a_source_is_no_date(text) -> None:
    assert [m.text for m in find_dates(text, PUB) if m.text in ("June", "April", "August")] == []


@pytest.mark.parametrize("text", [
    "The road is open again, said Mark January with the county road department.",
    "The burn ban is over, a spokeswoman, Ellen April, told reporters.",
])
def test_a_month_name_after_a_given_name_is_a_surname(text) -> None:
    assert [m.text for m in find_dates(text, PUB) if m.text in ("January", "April")] == []


@pytest.mark.parametrize("text, phrase", [
    ("The bill cleared the Senate in January and the House April.", "April"),
    ("Until January the road was closed.", "January"),
    ("He left Sunday January 4 for Paris.", "Sunday January 4"),
])
def test_a_month_after_a_noun_or_a_temporal_word_stays_a_date(text, phrase) -> None:
    assert find(text, phrase).start_date is not None


@pytest.mark.parametrize("text", [
    "The driver was sentenced to 18 months on probation and fined.",
    "She was ordered to two years on parole.",
])
def test_a_term_on_probation_is_no_later_date(text) -> None:
    assert [m.text for m in find_dates(text, PUB) if m.start_date is not None] == []


def test_n_units_on_from_a_happening_stays_later() -> None:
    assert find("The flood hit in 2020. Ten years on from the flood, the town is rebuilt.",
                "Ten years on").start_date == D(2030, 1, 1)


@pytest.mark.parametrize("text", [
    "The coach said in a weekend interview that he would stay.",
    "A driver who fled after a weekend traffic stop turned himself in.",
])
def test_a_weekend_before_a_noun_after_a_preposition_is_the_last_weekend(text) -> None:
    # told on Monday 2025-07-14: the weekend just gone
    m = find(text, "a weekend")
    assert (m.start_date, m.end_date) == (D(2025, 7, 12), D(2025, 7, 13))


@pytest.mark.parametrize("text", [
    "They built the shed in a weekend.",
    "They built the shed in a weekend and sold it.",
    "He works once a weekend.",
    "After a weekend of talks, the strike ended.",
])
def test_a_weekend_as_a_length_a_habit_or_a_stretch_is_no_date(text) -> None:
    assert [m.text for m in find_dates(text, PUB) if "weekend" in m.text] == []


@pytest.mark.parametrize("text, phrase", [
    ("According to officials, the plant closed in June.", "June"),
    ("Early January was cold.", "Early January"),
    ("They met on Thursday January 5.", "Thursday January 5"),
])
def test_a_month_beside_a_source_or_a_capitalised_word_stays_a_date(text, phrase) -> None:
    assert find(text, phrase).start_date is not None


@pytest.mark.parametrize("text, phrase, day", [
    # a past clause dates a weekday before publication: an irregular past verb is a past cue
    # like a regular one ("heard", not only "-ed")
    ("A committee heard testimony Friday on a bill that would raise the tax.", "Friday", D(2025, 7, 11)),
    ("The choir sang Sunday at a service that will be broadcast.", "Sunday", D(2025, 7, 13)),
    # "hope", "plans" after a preposition are nouns, not "hope to" of the future
    ("The coach gave a speech of hope to the players Sunday morning.", "Sunday morning", D(2025, 7, 13)),
    ("Officials with plans to expand the port met Friday.", "Friday", D(2025, 7, 11)),
    # a verb of hoping or a planned date still looks ahead
    ("They hope to meet Friday.", "Friday", D(2025, 7, 18)),
    ("Both cases are considered in the context of planned July 20 rally.", "July 20", D(2025, 7, 20)),
    # a clock time of a named day keeps it
    ("The fire started at 9 p.m. near the mill on Friday.", "9 p.m.", D(2025, 7, 11)),
    ("A 6 a.m. raid on Friday netted two men.", "6 a.m.", D(2025, 7, 11)),
])
def test_the_clause_and_the_named_day_decide_a_weekdays_or_a_clock_times_day(text, phrase, day) -> None:
    assert find(text, phrase).start_date == day


def test_a_clock_time_as_an_attribute_names_no_day() -> None:
    # "a 9 p.m. closing time" is a time of every day, not the day the text last named
    m = find("On the 3rd, the village board adopted a 9 p.m. closing time for its parks.", "9 p.m.")
    assert m.start_date is None and m.value == "T21:00"


def test_a_range_from_a_month_to_a_day_takes_the_days_year() -> None:
    # "from August to May 1, 2027": the August before that May, the range to its end
    m = find("The crews expect to repave the road from August to May 1, 2027.", "August")
    assert (m.start_date, m.end_date) == (D(2026, 8, 1), D(2027, 5, 1))


def test_a_month_beside_a_day_without_from_is_no_range() -> None:
    m = find("Sales rose in August to May 1 levels.", "August")
    assert m.end_date == D(m.start_date.year, 8, 31)


def test_a_bit_is_no_past_tense() -> None:
    # "a bit colder on Friday" is the coming Friday: "bit" here is no verb
    assert find("It will be a bit colder on Friday.", "Friday").start_date == D(2025, 7, 18)


@pytest.mark.parametrize("text", ["A nor'easter buried the coast in snow.", "A nor’easter buried the coast in snow."])
def test_a_feasts_name_at_the_end_of_a_word_is_no_date(text) -> None:
    # "nor'easter" is a storm; its last letters are not Easter
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text", ["John Doe, 34, of 1205 Lone Oak Road Lot 12, was arrested.",
                                  "Firefighters were called to 1830 N. Maple Street.",
                                  "Jane Roe, of 1410 Broad St., was charged.",
                                  "The shop at 2100 5th Avenue closed."])
def test_a_house_number_before_a_street_is_no_year(text) -> None:
    # a number of four digits before a street's name is the house's number
    assert find_dates(text, PUB) == []


def test_a_year_after_in_before_a_street_name_stays_a_year() -> None:
    # "In 2004 Main Street was rebuilt": "in" takes a time, not a house number
    assert find("In 2004 Main Street was rebuilt.", "2004").value == "2004"


@pytest.mark.parametrize("text, year", [
    # a past progressive and its object right before the day: the past one, though the
    # coming one is nearer (told on July 14)
    ("The officer was escorting a funeral procession July 20 when his motorcycle crashed.", 2024),
    ("Crews were repairing the bridge July 20 when it collapsed.", 2024),
    # scheduling keeps the coming day
    ("The hearing was set for July 20.", 2025),
    ("They were expecting a ruling July 20.", 2025),
    # an incident named by its day has happened: last year's, though the coming one is nearer
    ("John Doe, the only survivor of the July 20 crash, is charged with murder.", 2024),
    ("Police are still looking into the July 20 shooting.", 2024),
    # not what is to come
    ("The July 20 event will feature a band.", 2025),
    ("Voters head to the polls in the July 20 election.", 2025),
])
def test_a_past_verb_before_a_day_or_an_incident_named_by_it_pulls_it_to_the_past(text, year) -> None:
    assert find(text, "July 20").start_date.year == year


# ---------------------------------------------------------------- fifth adversarial round (issue #16)

def test_a_date_something_was_moved_to_is_never_the_publication_day() -> None:
    # told on a Wednesday: the talks were moved to next week's Wednesday, not today
    assert find("The talks were adjourned until Wednesday.", "Wednesday", "2026-05-20").value == "2026-05-27"
    # the verb's object may come between it and the new date; "rescheduled for" names it too
    assert find("The court adjourned the case till Tuesday.", "Tuesday", "2026-05-20").value == "2026-05-26"
    assert find("The match was called off and rescheduled for Saturday.", "Saturday", "2026-05-20").value == "2026-05-23"
    # a move told in the past perfect may have reached its day
    assert find("The trial, which had been adjourned until Monday, resumed on Monday.", "Monday",
                "2026-05-18").value == "2026-05-18"
    # a day the adjournment happened on is no new date
    assert find("The court adjourned on Wednesday after hearing evidence.", "Wednesday", "2026-05-20").value == "2026-05-20"


def test_the_final_quarter_is_the_fourth_and_an_economy_rebounds_in_it() -> None:
    assert find("Revenue in the final quarter is expected to beat forecasts.", "the final quarter",
                "2025-12-30").value == "2025-Q4"
    assert not find_dates("They led in the final quarter of the match.", "2026-05-20")
    assert find("The firm expects a rebound in the third quarter.", "the third quarter", "2026-05-20").value == "2026-Q3"
    assert not find_dates("He grabbed ten rebounds in the third quarter.", "2026-05-20")


def test_a_shopping_days_sales_are_on_the_day() -> None:
    assert find("Boxing Day sales drew large crowds.", "Boxing Day", "2025-12-30").value == "2025-12-26"
    assert not find_dates("Christmas sales rose 3%.", "2025-12-30")  # a season's trade


def test_british_spelling_puts_the_day_first_when_the_dates_do_not_tell() -> None:
    assert only("The parade on 06/12/2025 was led by the colour guard.", "2025-12-30").value == "2025-12-06"
    assert only("The parade on 06/12/2025 was led by the color guard.", "2025-12-30").value == "2025-06-12"
    # the text's own dates outweigh its spelling
    assert find("The organisers moved the 03/04/2026 rally, officials said on April 5, 2026.", "03/04/2026",
                "2026-05-20").value == "2026-03-04"
    # a name keeps its own spelling whoever writes it: "the Ministry of Defence" says nothing
    assert only("The Ministry of Defence drill on 06/12/2025 went ahead.", "2025-12-30").value == "2025-06-12"


def test_the_sources_country_decides_a_numeric_dates_order() -> None:
    from timeline.sources.ingest import source_day_first

    text = "The order of 03/04/2026 was upheld."
    for url, value in (("https://www.bbc.co.uk/news/world-1", "2026-04-03"), ("https://www.lemonde.fr/a", "2026-04-03"),
                       ("https://www.nytimes.com/2026/x", "2026-03-04")):
        assert find_dates(text, "2026-05-20", day_first=source_day_first(url))[0].value == value
    assert find_dates(text, "2026-05-20", day_first=False)[0].value == "2026-03-04"


# ---------------------------------------------------------------- session 18 (issue #16)

def test_a_moved_date_the_text_says_was_reached_is_not_pushed_ahead() -> None:
    # told on that Thursday (and on the Friday after it): the day came, and the vote passed on it
    assert find("The vote was postponed until Thursday, when it passed by 52 votes to 48.", "Thursday",
                "2026-05-21").value == "2026-05-21"
    assert find("The vote was postponed until Thursday, when it passed by 52 votes to 48.", "Thursday",
                "2026-05-22").value == "2026-05-21"
    assert find("The hearing was moved to Monday, at which point the judge threw out the case.", "Monday",
                "2026-05-20").value == "2026-05-18"
    assert find("The summit was postponed until October, when leaders met in Cairo.", "October",
                "2025-11-07").value == "2025-10"
    # what is still to happen on it keeps the day ahead
    assert find("The talks were adjourned until Wednesday, when the two sides will meet again.", "Wednesday",
                "2026-05-20").value == "2026-05-27"
    assert find("The vote was postponed until Thursday, when it is expected to pass.", "Thursday",
                "2026-05-20").value == "2026-05-21"
    assert find("The talks were adjourned until Wednesday, when they resume.", "Wednesday", "2026-05-20").value == "2026-05-27"


def test_the_country_a_text_is_set_in_orders_its_numeric_dates(gazetteer_index) -> None:
    from timeline.dates._setting import country_day_first, setting_day_first
    from timeline.sources.ingest import source_day_first

    # no address, no dates or spelling to tell by: the places the text names decide
    assert only("The craft fair on 01/03/2026 in Leeds drew 2,000 visitors.", "2026-03-10").value == "2026-03-01"
    assert only("The craft fair on 01/03/2026 in Denver drew 2,000 visitors.", "2026-03-10").value == "2026-01-03"
    assert only("LEEDS, England - The craft fair on 01/03/2026 drew 2,000 visitors.", "2026-03-10").value == "2026-03-01"
    assert only("The craft fair on 01/03/2026 drew 2,000 visitors.", "2026-03-10").value == "2026-01-03"
    # a caller that geoparsed the text passes its countries; none found means none
    text = "The order of 03/04/2026 was upheld."
    assert find_dates(text, "2026-05-20", countries=["IE"])[0].value == "2026-04-03"
    assert find_dates(text, "2026-05-20", countries=["US", "GB", "US"])[0].value == "2026-03-04"
    assert find_dates("The fair on 01/03/2026 in Leeds.", "2026-03-10", countries=[])[0].value == "2026-01-03"
    # the text's own dates and its spelling come before the setting
    assert find("The fair in Leeds ran from March 30, 2026 to 04/02/2026.", "04/02/2026", "2026-05-20").value == "2026-04-02"
    assert only("The colour run on 03/02/2026 in Chicago was cancelled.", "2026-03-10").value == "2026-02-03"
    assert [country_day_first(c) for c in ("GB", "IN", "AU", "US", "PH", "CA", "JP", None)] == [
        True, True, True, False, False, None, None, None]
    assert setting_day_first(["GB", "US"]) is None and setting_day_first(["FR", "GB", "US"]) is True
    # dots are day first wherever the text is set
    assert only("The fair on 04.03.2026 in Denver drew crowds.", "2026-05-10").value == "2026-03-04"
    # a known American outlet keeps the month first wherever the story is set
    assert find_dates("The fair on 01/03/2026 in Leeds.", "2026-03-10",
                      day_first=source_day_first("https://www.nytimes.com/2026/03/x"))[0].value == "2026-01-03"


def test_the_verb_of_a_happening_names_it_for_an_offset() -> None:
    text = "A bomb exploded on 2 September. A week after the explosion, the market reopened."
    assert find(text, "A week after", "2026-09-16").value == "2026-09-09"
    text = "The dam failed on 2 September. A week after the failure, residents were allowed home."
    assert find(text, "A week after", "2026-09-16").value == "2026-09-09"


def test_a_verb_whose_past_is_its_bare_form_is_past_after_a_singular_subject() -> None:
    assert find("The river burst its banks at Christmas.", "Christmas", "2026-09-16").value == "2025-12-25"
    assert find("Two days after Christmas, the river burst its banks.", "Christmas", "2026-09-16").value == "2025-12-25"
    assert find("A gas leak shut the school on Christmas Eve.", "Christmas Eve", "2026-09-16").value == "2025-12-24"
    # a noun ("a tax cut"), a plural subject, a modal: no past
    assert find("A tax cut at Christmas is planned.", "Christmas", "2026-09-16").value == "2026-12-25"
    assert find("The company will cut its dividend in March.", "March", "2026-09-16").value == "2027-03"


def test_the_light_lookup_of_the_setting_never_builds_the_gazetteer(monkeypatch) -> None:
    import geodata.gazetteer.index as index

    monkeypatch.setattr(index, "index_built", lambda: False)
    monkeypatch.setattr(index, "get_gazetteer", lambda: pytest.fail("the index was asked for"))
    # without the index the setting says nothing: month first, as before
    assert only("The craft fair on 01/03/2026 in Leeds drew 2,000 visitors.", "2026-03-10").value == "2026-01-03"


@pytest.mark.parametrize("text, phrase, value, start, end", [
    # "later that year" is the rest of the year after the date it follows: the value (the
    # year) stays as TimeML writes it, the interval begins at that date
    ("The deal was signed in June 1998 and collapsed later that year.", "later that year", "1998",
     D(1998, 6, 1), D(1998, 12, 31)),
    # "earlier that month": the part of the month before the day told of
    ("The plant closed on March 12, 2003. Earlier that month, workers had struck.", "Earlier that month", "2003-03",
     D(2003, 3, 1), D(2003, 3, 12)),
    # a bare "that year" is all of it
    ("The deal was signed in June 1998 and collapsed that year.", "that year", "1998", D(1998, 1, 1),
     D(1998, 12, 31)),
])
def test_later_or_earlier_that_unit_is_the_part_after_or_before_its_date(text, phrase, value, start, end):
    m = find(text, phrase)
    assert (m.value, m.start_date, m.end_date) == (value, start, end), m.anchor


@pytest.mark.parametrize("text", [
    "Aides said it was only a matter of days before the ceasefire talks collapsed.",
    "It is just a matter of weeks after the vote before the new council sits.",
])
def test_a_matter_of_days_before_is_how_soon_not_a_date(text) -> None:
    assert [(m.text, m.value) for m in find_dates(text, PUB)] == []
    # a bare "days before" a happening is still an offset from it
    assert find("Rebels struck days before the vote.", "days before").value == "XXXX-XX-XX"


def test_an_offset_from_an_undated_happening_beside_a_month_is_in_that_month() -> None:
    text = "In January, a week after the anniversary of the ruling, a clinic in Birmingham was bombed."
    m = find(text, "a week after", "1998-10-25")
    assert (m.value, m.start_date, m.end_date, m.precision) == ("1998-01", D(1998, 1, 1), D(1998, 1, 31), "month")
    # beside a day it is that day; without a date beside it, it stays unresolved
    assert find("On Friday, two days after the shooting, they marched.", "two days after", "1998-10-25").value == "1998-10-23"
    assert find("A week after the anniversary of the ruling, a clinic was bombed.", "A week after",
                "1998-10-25").value == "XXXX-XX-XX"


@pytest.mark.parametrize("text, first", [
    # a month or year counted from the publication names no day to count days or weeks from:
    # "a day earlier" is the day before the report's
    ("Lithuania expels two diplomats over a rail sabotage earlier this month.\n\n"
     "One of three police officers who were shot in Vilnius a day earlier dies.", dt.date(2026, 3, 19)),
    ("The ferry company's offices were raided earlier this year. Two weeks earlier, its chief had resigned.",
     dt.date(2026, 3, 6)),
])
def test_days_earlier_after_a_month_counted_from_publication_count_from_the_report(text, first) -> None:
    found = find_dates(text, "2026-03-20")
    mention = found[-1]
    assert mention.start_date == mention.end_date == first, mention.anchor


@pytest.mark.parametrize("text, year", [
    # a year the text names, and any year counted on from ("later"), is the narrative's to count
    # from: a day of it, which one unknown
    ("He was elected in 2010. Three days later, he resigned.", 2010),
    ("The ferry company went bankrupt last year. Two weeks later, its chief was arrested.", 2025),
])
def test_days_after_a_year_stay_within_that_year(text, year) -> None:
    mention = find_dates(text, "2026-03-20")[-1]
    assert mention.start_date.year == year and mention.precision == "unknown", mention.anchor


def test_a_month_a_scheduling_clause_names_lies_ahead() -> None:
    # "scheduling ... for November", like "scheduled for", names a month still to come
    mention = find_dates("The governor signs an order scheduling a referendum on the new charter for November.",
                         "2026-06-15")[0]
    assert (mention.text, mention.value) == ("November", "2026-11"), mention.anchor


@pytest.mark.parametrize("text, phrase, value", [
    # a period told as the one to come begins on the next such day, even in a clause of saying
    ("The mayor said she is hopeful about restoring money for parks in the new fiscal year beginning July 1.",
     "July 1", "2026-07-01"),
    ("Teachers said they had worked hard on the upcoming school year starting Aug. 24.",
     "Aug. 24", "2026-08-24"),
])
def test_the_day_a_coming_period_begins_lies_ahead(text, phrase, value) -> None:
    mention = find(text, phrase, "2026-03-15")
    assert mention.value == value, mention.anchor


def test_a_clock_time_told_in_the_present_takes_no_day_named_sentences_before() -> None:
    # what happens every day ("is collected ... about 5 p.m.") is no time of a day the text
    # named two sentences before; a clock told in the past still takes that day
    text = ("The shelter has stayed open since Feb. 2 thanks to volunteers. It serves forty meals. "
            "Each evening the food is collected by a church van about 5 p.m.")
    assert find(text, "5 p.m.", "2026-03-15").start_date == D(2026, 3, 15)
    past = ("The shelter closed on Feb. 2 after a fire. It served forty meals. "
            "The last van left the kitchen about 5 p.m.")
    assert find(past, "5 p.m.", "2026-03-15").start_date == D(2026, 2, 2)


@pytest.mark.parametrize("text", [
    # an n-th weekday of every year or month is a calendar rule, no day: neither the weekday
    # nor a weekday counted from it is dated
    "The charter change would hold town votes on the first Tuesday after the first Monday in even-numbered years.",
    "The library board gathers on the third Thursday of every month.",
])
def test_an_nth_weekday_of_every_year_or_month_is_no_day(text) -> None:
    found = find_dates(text, "2026-03-18")
    assert not [m for m in found if m.type in ("DATE", "TIME")], [(m.text, m.value) for m in found]


@pytest.mark.parametrize("text, phrase, day", [
    # the same time told in another zone, in brackets, is an aside: the day after it is the clock's
    ("The guard was stabbed at about 3am local time (0200 UTC) on Friday by an inmate.", "3am", D(2025, 7, 11)),
    ("A ferry sank at 14:30 local time (1230 GMT) on Sunday off the coast.", "14:30", D(2025, 7, 13)),
])
def test_a_clock_time_told_again_in_another_zone_keeps_the_day_after_it(text, phrase, day) -> None:
    assert find(text, phrase).start_date == day
