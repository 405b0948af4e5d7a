"""Russian, Ukrainian, Korean, French and Spanish articles: events with the English contract.

Every text here was written for these tests (none is copied from an article or a gold set).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from timeline import extract_events
from timeline.events.corroborate import corroborate

pytestmark = pytest.mark.slow

PUBLISHED = "2025-07-13"  # a Sunday

WONSAN = 1866923
KHARKIV = 706483
CASES = {
    "ru": ("Министр иностранных дел России Сергей Лавров в пятницу прибыл в Вонсан. "
           "Российские войска 10 июля обстреляли Харьков."),
    "uk": ("Міністр закордонних справ Росії Сергій Лавров у п’ятницю прибув до Вонсана. "
           "Російські війська 10 липня завдали удару по Харкову."),
    "ko": "라브로프 외무장관은 11일 원산에 도착했다. 러시아군이 10일 하르키우를 공격했다.",
    "fr": "Le ministre russe Sergueï Lavrov est arrivé vendredi à Wonsan. La Russie a frappé Kharkiv jeudi.",
    "es": "El ministro ruso Serguéi Lavrov llegó el viernes a Wonsan. Rusia atacó Járkov el jueves.",
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_visit_and_a_strike_in_each_language(language: str) -> None:
    text = CASES[language]
    events = extract_events(text, published=PUBLISHED)
    assert [e.event_type for e in events] == ["visit", "attack"]
    visit, attack = events
    assert {e.language for e in events} == {language}
    assert (visit.geonameid, visit.date_start, visit.date_precision) == (WONSAN, dt.date(2025, 7, 11), "day")
    assert visit.actor1 == "Sergei Lavrov"
    assert (attack.geonameid, attack.date_start, attack.actor1) == (KHARKIV, dt.date(2025, 7, 10), "Russia")
    for event in events:  # the evidence is the original sentence, at its offsets
        assert text[event.start:event.end] == event.sentence
        assert event.gloss and event.place_name in event.gloss
    assert visit.gloss == "visit: Sergei Lavrov — Wonsan (KP) — 2025-07-11"


def test_denied_and_planned_modes() -> None:
    denied = extract_events("Министерство обороны не атаковало Харьков.", published=PUBLISHED)
    planned = extract_events("Лавров планирует посетить Пхеньян в августе.", published=PUBLISHED)
    assert [e.mode for e in denied] == ["denied"]
    assert [(e.event_type, e.mode, e.date_start) for e in planned] == [("visit", "planned", dt.date(2025, 8, 1))]


def test_a_korean_place_the_gazetteer_lacks_pins_no_event() -> None:
    # 경복궁 is a place to the learned recogniser, but no entry of the index: the event keeps its
    # date and actor and stays off the map rather than landing somewhere wrong
    events = extract_events("라브로프 외무장관은 11일 경복궁을 방문했다.", published=PUBLISHED)
    assert [(e.event_type, e.actor1, e.date_start) for e in events] == [
        ("visit", "Sergei Lavrov", dt.date(2025, 7, 11))]
    assert (events[0].lat, events[0].geonameid) == (None, None)


def test_a_statement_is_not_placed_where_its_quotation_says_something_happened() -> None:
    events = extract_events("Речник міністерства заявив: «Уранці в Харкові відновили світло на всіх підстанціях».",
                            published=PUBLISHED)
    assert [(e.event_type, e.place_name) for e in events] == [("statement", None)]


def test_a_country_ending_an_organisations_name_is_its_doer_not_a_place() -> None:
    events = extract_events("Міністерство оборони України 3 липня уклало угоду з Польщею.", published=PUBLISHED)
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [("agree", "Ukraine", "Poland")]


def test_a_street_without_coordinates_locates_no_event() -> None:
    events = extract_events("Поліція затримала чоловіка на вул. Садовій, 5.", published=PUBLISHED)
    assert [(e.event_type, e.lat, e.place_name) for e in events] == [("arrest", None, None)]


def test_one_happening_reported_in_english_and_russian_is_one_event() -> None:
    english = extract_events("Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister "
                             "Choe Son Hui in Wonsan on Saturday.", published=PUBLISHED)
    russian = extract_events("В субботу министр иностранных дел России Сергей Лавров провел в Вонсане "
                             "переговоры с Чвэ Сон Хи.", published=PUBLISHED)
    records = []
    for source, events in (("en", english), ("ru", russian)):
        for event in events:
            event.article_id = source
            records.append(json.loads(json.dumps(event.to_dict())))
    meetings = [r for r in corroborate(records) if r["event_type"] == "meet"]
    assert len(meetings) == 1 and meetings[0]["corroboration"] == 2
    assert {s["article_id"] for s in meetings[0]["sources"]} == {"en", "ru"}


def test_an_english_run_loads_no_other_language() -> None:
    code = ("import sys\nfrom timeline import extract_events\n"
            "events = extract_events('Police arrested 14 people in Nairobi on Tuesday.', published='2025-07-10')\n"
            "assert events and events[0].language == 'en'\n"
            "print(sorted(m for m in ('natasha', 'kiwipiepy', 'pymorphy3', 'langdetect', 'slovnet', 'navec',"
            " 'geodata.gazetteer.names', 'geodata.toponyms.korean_model', 'timeline.events.multilingual')"
            " if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_russian_subject_after_its_verb_is_the_doer() -> None:
    # "как заявил ... Денис Пушилин": the speaker follows the verb; he is the doer, not the target
    [event] = extract_events("Как заявил в понедельник представитель властей ДНР Денис Пушилин, ополченцы не "
                             "будут наступать на Мариуполь.", published="2015-02-16")
    assert event.language == "ru" and event.actor1 == "Denis Pushilin" and event.actors[0] == "Denis Pushilin"
