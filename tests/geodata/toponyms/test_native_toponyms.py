"""Places in Ukrainian text (:mod:`geodata.toponyms.native`): the spans NER-UK's convention
asks for. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

KYIV_OBLAST = 703446
LUHANSK_OBLAST = 702657
UKRAINE = 690791
KRAKOW = 3094802


def places(text: str, language: str = "uk") -> list[tuple[str, int | None]]:
    from geodata.toponyms.native import geoparse_native

    return [(m.text, m.geonameid) for m in geoparse_native(text, language) if m.role == "name"]


def test_a_type_word_the_ner_left_out_joins_the_name() -> None:
    assert places("Пожежу загасили в Київській області.") == [("Київській області", KYIV_OBLAST)]


def test_a_place_ending_the_name_of_an_office_is_no_place() -> None:
    assert places("Рішення ухвалив Господарський суд Київської області.") == []
    assert places("Верховна Рада України зібралася, а на території України тихо.") == [("України", UKRAINE)]
    assert places("Про це повідомили в Інституті історії НАН України.") == []


def test_a_country_ending_an_organisations_name_ties_it_to_the_country() -> None:
    from geodata.toponyms.native import geoparse_native

    found = [(m.text, m.role, m.geonameid) for m in geoparse_native("Міністерство оборони України звітувало.", "uk")]
    assert found == [("України", "adjectival", UKRAINE)]


def test_a_place_in_quoted_speech_is_a_place_but_not_in_a_quoted_title() -> None:
    assert places("Він сказав: «Ми довго чекали на цю зустріч у Кракові й нарешті поїхали».") == [
        ("Кракові", KRAKOW)]
    assert places("Компанія «Ліси України» звітувала.") == []


def test_the_united_states_is_a_ukrainian_name_too() -> None:
    # the curated "США" is Russian and Ukrainian: the names index keeps it for both
    assert [name for name, _ in places("Делегація прилетіла до США.")] == ["США"]
    assert [name for name, _ in places("Делегация прилетела в США.", "ru")] == ["США"]


def test_a_first_name_the_dictionary_knows_as_a_town_stays_a_person() -> None:
    assert places("Як зазначив Володимир Коваленко, ремонт триває.") == []


def test_a_part_of_a_land_keeps_its_adjective() -> None:
    assert places("Родина переїхала у Західну Україну.") == [("Західну Україну", UKRAINE)]


def test_coordinated_oblasts_are_one_span() -> None:
    assert places("Снігопади пройшли в Донецькій та Луганській областях.") == [
        ("Донецькій та Луганській областях", LUHANSK_OBLAST)]


def test_an_abbreviated_oblast() -> None:
    assert places("Склад у Краматорську (Донецька обл.) зачинили.") == [
        ("Краматорську", 704508), ("Донецька обл", 709716)]


def test_everyday_names_of_oblasts_and_lands() -> None:
    assert places("Врожай на Харківщині кращий, ніж на Волині.") == [("Харківщині", 706482), ("Волині", 689064)]


def test_words_that_only_look_like_small_towns() -> None:
    # a pronoun opening a sentence (not Togo), a surname after an initial, an adjective of a
    # longer name, a common noun (not the French town Dole)
    assert places("Того ж дня гетьман Б. Хмельницького шанували.") == []
    assert places("Керівник Луганського гарнізону прибув.") == []
    assert places("Доля була до нього прихильна.") == []


def test_a_street_address_is_one_place_without_coordinates() -> None:
    # with its initials, its house number, and no town of the gazetteer inside it
    assert places("Кав'ярня відкрилася на вул. Р. Люксембург, 12/1 у Києві.") == [
        ("вул. Р. Люксембург, 12/1", None), ("Києві", 703448)]
    assert places("Ремонт триває на вулиці 50 років Жовтня, 3а.") == [("вулиці 50 років Жовтня, 3а", None)]
    assert places("На вулицях Києва тихо.") == [("Києва", 703448)]


def test_a_small_place_that_is_also_a_common_word_needs_a_preposition() -> None:
    # "Доля" (fate) is also a village: not as a subject, but "у селі Доля" still names it
    assert places("Сама Доля постукала в двері.") == []
    assert [name for name, _ in places("Делегація з Луцька приїхала до Бучі.")] == ["Луцька", "Бучі"]


def test_a_place_after_a_state_office_and_a_preposition_is_part_of_its_name() -> None:
    assert places("Працівник управління СБУ у Волинській області прибув до Луцька.") == [("Луцька", 702569)]
    assert places("Він живе у місті Києві.") == [("Києві", 703448)]


def test_a_town_after_m_and_a_hyphenated_town() -> None:
    # the splitter may end a sentence at "м."; "Івано-Франківськ" is no mixed-case abbreviation
    assert places("Він отримав гроші у м. Дніпрі.") == [("Дніпрі", 709930)]
    assert places("Фірма зареєстрована в Івано-Франківську за адресою.") == [("Івано-Франківську", 707471)]


def test_a_town_and_its_oblast_are_two_places_not_a_name() -> None:
    assert places("Він народився у Жмеринці Вінницької області.") == [
        ("Жмеринці", 687116), ("Вінницької області", 689559)]
    assert places("Армія звільнила значну частину Західної України.") == [("Західної України", UKRAINE)]
    assert places("Суд Печерського району м. Києва ухвалив рішення.") == []


def test_one_word_of_a_longer_unknown_name_is_not_a_place() -> None:
    # "Високий Замок" (a hill in Lviv) is not in the gazetteer; "Високий" alone is a village
    assert places("Вони гуляли у Високому Замку.") == []
    assert [name for name, _ in places("Прем'єр Росії Дмитро Медведєв прибув.")] == ["Росії"]


def test_an_abbreviation_before_a_name_the_index_knows_with_it() -> None:
    assert places("Тендер провели в АР Крим.") == [("АР Крим", 703883)]
