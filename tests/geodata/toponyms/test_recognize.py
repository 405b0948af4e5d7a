"""Span rules of :mod:`geodata.toponyms.recognize`, end to end with the real model and gazetteer."""
from __future__ import annotations

import pytest

from geodata import geoparse


def _texts(text: str) -> dict[str, object]:
    return {m.text: m for m in geoparse(text)}


def test_the_first_word_of_a_longer_unknown_name_is_not_a_place_of_its_own() -> None:
    found = _texts("Workers were killed in an explosion at a gas facility in Ras Laffan Industrial City, Qatar.")
    assert "Ras" not in found  # not the Indian village of Ras
    whole = found["Ras Laffan Industrial City"]
    assert whole.lat is None and whole.country_code is None
    assert found["Qatar"].country_code == "QA"


def test_a_place_inside_a_facilitys_name_stays_a_place() -> None:
    found = _texts("She was crowned at the Walker County Fair and spoke at the Mount Pleasant Civic Center.")
    assert found["Walker County"].feature == "admin2"
    assert found["Mount Pleasant"].lat is not None
    found = _texts("Flooding hit New York City and Kansas City; an air strike hit Gaza City.")
    assert {"New York City", "Kansas City", "Gaza City"} <= found.keys()


def test_an_abbreviation_that_ends_a_sentence_is_no_longer_names_head() -> None:
    found = _texts("He was taken in Chowchilla, Calif. Olson, the radical, was later freed.")
    assert found["Calif."].admin1 == "California"


def test_a_hyphenated_name_is_read_whole() -> None:
    found = _texts("Bombs exploded at the embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania.")
    assert found["Dar-es-Salaam"].country_code == "TZ"
    assert "Salaam" not in found


def test_a_party_named_for_an_idea_is_no_hamlet() -> None:
    found = _texts("Ethiopia's election board says prime minister Abiy Ahmed's Prosperity Party will win a majority.")
    assert "Prosperity" not in found
    assert found["Ethiopia"].country_code == "ET"
    assert _texts("The Kentucky Democratic Party met in Frankfort.")["Kentucky"].feature == "admin1"


def test_a_country_after_its_peoples_word_in_an_organisation_like_span() -> None:
    found = _texts("Citizens of Suriname vote to elect 51 seats of the National Assembly.")
    assert found["Suriname"].country_code == "SR"
    assert "America" not in _texts("She cashed checks at the Bank of America branch.")


def test_a_town_after_in_closing_an_organisation_like_span() -> None:
    # the tagger reads "Harper's Supermarket in Kokomo" as one organisation: the town is the address
    found = _texts("Three people are killed in a shooting at a Harper's Supermarket in Kokomo, Indiana, United States.")
    assert found["Kokomo"].admin1 == "Indiana" and found["Kokomo"].feature == "city"


def test_a_venue_kind_ending_a_facilitys_name_is_no_place() -> None:
    # "Bar" is a town and a municipality of Montenegro; here it is the kind of the venue
    found = _texts("Police said the men had been drinking at the Brick Street Bar on Saturday.")
    assert "Bar" not in found
    assert all(m.country_code != "ME" for m in found.values())


def test_a_plazas_kind_word_is_no_town() -> None:
    # "Plaza" is another name of a Polish village and of Salem: here the kind of the square
    found = _texts("Thousands of protesters gathered at Freedom Plaza in Washington on Saturday.")
    assert "Plaza" not in found
    assert found["Washington"].country_code == "US"


def test_a_facility_with_its_address_is_not_the_town_its_name_shares() -> None:
    # the airport is in Windsor Locks: "Bradley" is its name (a person's), not a town called
    # Bradley, nor where the name comes again
    found = _texts("A cargo plane skidded off the runway at Bradley International Airport in Windsor Locks, "
                   "Connecticut, on Monday. Bradley Airport was closed for six hours.")
    assert "Bradley" not in found
    assert found["Windsor Locks"].admin1 == "Connecticut"


def test_a_place_named_after_a_state_is_not_the_state() -> None:
    # "Tennessee Colony" is a Texas community the gazetteer does not know: not the state
    found = _texts("The truck overturned on FM 645 in the Tennessee Colony area on Friday.")
    assert "Tennessee" not in found and "Tennessee Colony" not in found
    # the state with a type word or a direction before it is still the state
    found = _texts("Storms hit Northeast Tennessee and the Ohio Valley on Friday.")
    assert found["Tennessee"].admin1 == "Tennessee"


def test_a_surname_of_the_story_is_no_hamlet_of_that_name() -> None:
    # Kopp is a village of 200 in Germany; here it is the suspect, named in full before
    text = ("Police named a suspect, anti-abortion activist James Kopp, on Thursday. The charges have "
            "intensified interest in Kopp as a suspect in three other sniper attacks.")
    assert "Kopp" not in _texts(text)


def test_a_state_bureau_names_its_state() -> None:
    # "the Georgia Bureau of Investigation": a state's agency, so the state is named
    found = _texts("An Albany police SWAT team and Georgia Bureau of Investigation agents raided the home.")
    assert (found["Georgia"].country_code, found["Georgia"].feature) == ("US", "admin1")
    assert found["Albany"].admin1 == "Georgia"


def test_a_town_tagged_an_organisation_before_in_and_its_country_is_that_town() -> None:
    found = _texts("A rocket hit Eilat in southern Israel on Sunday. Gunmen attacked Erbil in northern Iraq.")
    assert found["Eilat"].country_code == "IL" and found["Erbil"].country_code == "IQ"
    assert "Chevron" not in _texts("Chevron in Texas announced layoffs.")  # no town of that name there


def test_a_towns_name_before_its_people_is_the_town() -> None:
    # local news names its town by its people: "Chicopee residents", "Chicopee voters" (a town
    # of 55,000, below what the gazetteer pass takes from a capitalised word alone)
    found = _texts("Chicopee residents discuss a plan for a park. The council met on Monday.")
    assert (found["Chicopee"].admin1, found["Chicopee"].feature) == ("Massachusetts", "city")
    found = _texts("Police said Chicopee voters were told on Monday.")
    assert found["Chicopee"].admin1 == "Massachusetts"
    # an English word opening a sentence is no town ("Most", a town in Czechia)
    assert "Most" not in _texts("Most residents said they were happy with the plan.")


def test_a_towns_city_government_names_the_town() -> None:
    # "<Town> City Council", "<Town> City Manager": the town's government, not a place called
    # "Dublin City" (Ireland's county) or "Boulder City" (a smaller Nevada town)
    found = _texts("The Dublin City Council met Monday. Boulder City Council offered the job to "
                   "then Dublin City Manager Ann Lee, a councilman said.")
    assert "Dublin City" not in found and "Boulder City" not in found
    assert found["Dublin"].country_code == "US"  # (American local news: a councilman)
    assert found["Boulder"].admin1 == "Colorado"
    # a town called "<Name> City" keeps its name when it is the bigger place
    found = _texts("The Kansas City Council voted on Tuesday.")
    assert "Kansas City" in found
    # ... and so does a name the gazetteer knows for one town of the name, not the biggest
    found = _texts("The Springfield City Council approved the renewal plan on Monday.")
    assert found["Springfield City"].admin1 == "Massachusetts"  # not Missouri's bigger Springfield


def test_a_piece_of_a_longer_hyphenated_name_is_no_place_of_its_own() -> None:
    # the gazetteer does not know the strait: "Bab" is not Al Bab in Syria, the whole is kept
    # without coordinates; names merely paired by a hyphen stay places
    found = _texts("Rebels said they had closed the Bab-el-Mandeb to tankers.")
    assert "Bab" not in found
    assert found["Bab-el-Mandeb"].lat is None
    found = _texts("Talks on the Israel-Hamas war moved to Dar-es-Salaam, a Kyiv-bound convoy waited.")
    assert {"Israel", "Dar-es-Salaam", "Kyiv"} <= found.keys()


def test_a_lone_name_spelt_with_a_diacritic_is_the_town_of_its_plain_spelling() -> None:
    # "Ōfunato" (Ofunato, a town of 35,000) untagged by the model: a word with a macron is
    # no English word, and its plain spelling names a town
    found = _texts("A tornado damaged homes in Texas.\n\nŌfunato issued an evacuation order for 2,000 residents.")
    assert (found["Ōfunato"].country_code, found["Ōfunato"].feature) == ("JP", "city")
    # the plain spelling alone is no such evidence (a town that small, untagged, stays out)
    assert "Ofunato" not in _texts("A tornado damaged homes in Texas.\n\nOfunato issued an evacuation order.")
    # a word garbled by a wrong decoding is no such name ("It's" read as "Itâ s": not Itá, Paraguay)
    assert "Itâ" not in _texts("Roads are in rough shape. Itâ s not even traffic, he said.")


def test_a_place_the_tagger_reads_into_a_time_after_it_is_still_a_place() -> None:
    # the tagger may read "Odesa overnight" as one time expression: the city at its front is a place
    found = _texts("The mayor says that the rebels are trying to derail the truce after Rebel Forces "
                   "launched rocket attacks on Odesa overnight after talks between the two sides.")
    assert found["Odesa"].country_code == "UA"
    found = _texts("Officials say the ceasefire is at risk after Russian Armed Forces fired missiles at "
                   "Kharkiv overnight after a meeting in Geneva.")
    assert found["Kharkiv"].country_code == "UA"
    # a date keeps its month, a holiday its name
    assert not _texts("He arrived on March 6 and left on Christmas Day.")


def test_a_district_named_in_full_with_its_type_word_is_a_place_though_tagged_an_organisation() -> None:
    found = _texts("A school building in Pelalawan Regency, Indonesia, caught fire.")
    assert found["Pelalawan Regency"].feature == "admin2"
    assert found["Pelalawan Regency"].country_code == "ID"
    found = _texts("A ferry sank off Kampar Regency, Indonesia, leaving twenty missing.")
    assert found["Kampar Regency"].feature == "admin2"


def test_a_district_whose_name_holds_a_possessive_is_read_whole() -> None:
    found = _texts("Heavy rain flooded a camp in Cox's Bazar District, Bangladesh.")
    assert found["Cox's Bazar District"].country_code == "BD"
    found = _texts("Aid workers reached a village in Cox’s Bazar District on Sunday.")
    assert found["Cox’s Bazar District"].feature == "admin2"


def test_a_town_named_by_a_common_word_before_its_own_police_is_the_town() -> None:
    # "Concord", "Independence" are common words the recogniser skips alone, but before a
    # town's own police or city council they name the town; an adjective ("Federal Police")
    # and a word before another kind of council ("Union Council") stay no place
    found = _texts("Officers of the Concord Police Department searched two homes in Bow on Friday.")
    assert found["Concord"].country_code == "US"
    found = _texts("Independence City Council voted on Monday to repave the square.")
    assert found["Independence"].admin1 == "Missouri"
    found = _texts("The Federal Police detained him in Rosario. Union Council members met on Sunday.")
    assert "Federal" not in found and "Union" not in found
    # the town, not a province of the name (Nigeria's Delta State)
    assert _texts("A Delta police officer will testify at the inquest.")["Delta"].country_code == "CA"
    # the tail of a longer name is no town of its own
    assert "Commerce" not in _texts("He spoke at the Chamber of Commerce Mayor's Breakfast on Friday.")


def test_a_county_heading_a_courts_name_is_named() -> None:
    # "a Belknap County Superior Court judge": the county of the court (with the town of the
    # article's police it makes that town the county's); a bare name before the court stays out
    found = _texts("A Belknap County Superior Court judge ruled on Monday after the Concord Police asked for a warrant.")
    assert found["Belknap County"].admin1 == "New Hampshire"
    assert "Middlesex" not in _texts("He is due to appear in Middlesex Superior Court next week.")


@pytest.mark.parametrize(("text", "county"), [
    ("The driver was held in the Fayette County Detention Center overnight.", "Fayette County"),
    ("He was booked into the Pulaski County Correctional Center on Friday.", "Pulaski County"),
])
def test_a_county_heading_its_jails_name_is_named(text: str, county: str) -> None:
    # "lodged in the Madison County Detention Center": the county of the jail, which pairs
    # with a town of the county the article names; a bare name before a jail stays out
    assert county in _texts(text)


def test_a_given_name_after_a_monarchs_title_is_a_person() -> None:
    # "Britain's Queen Elizabeth II said": the queen, not Elizabeth, New Jersey
    found = _texts("On Monday, Britain's Queen Elizabeth II said she would open the new session.")
    assert "Elizabeth" not in found and "Britain" in found


def test_a_federal_court_district_names_its_state() -> None:
    # "the Southern District of New York": the state's federal court district, not Hong Kong's
    # Southern District nor Israel's Northern District; the state is read on its own
    found = _texts("She pleaded guilty in the Southern District of New York and was sentenced "
                   "in the Northern District of Texas last year.")
    assert not any("District" in text for text in found)
    assert found["New York"].admin1 == "New York" and found["Texas"].feature == "admin1"
    # a country's own district is left alone
    assert "Southern District" in _texts("Rockets struck the Southern District of Israel on Monday.")
