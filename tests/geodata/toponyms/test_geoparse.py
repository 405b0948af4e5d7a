"""End-to-end geoparsing with the real spaCy model and gazetteer."""
from __future__ import annotations

import subprocess
import sys

import pytest

from geodata import PlaceMention, geoparse

TEXT = (
    "Russian troops shelled Russia\u2019s Kursk region on Tuesday, while the North Korean "
    "envoy met officials in Wonsan near the Tumen River. Springfield, Ill. and Louisville, "
    "Ky. were quiet. The Palestinians in the Gaza Strip waited. Chernivtsi, in western "
    "Ukraine, hosted talks with the U.S. and the European Union."
)


@pytest.fixture(scope="module")
def mentions() -> dict[str, PlaceMention]:
    return {m.text: m for m in geoparse(TEXT)}


def test_offsets_point_into_the_text(mentions: dict[str, PlaceMention]) -> None:
    for m in mentions.values():
        assert TEXT[m.start:m.end] == m.text


def test_document_order() -> None:
    starts = [m.start for m in geoparse(TEXT)]
    assert starts == sorted(starts)


def test_adjectival_demonyms(mentions: dict[str, PlaceMention]) -> None:
    assert mentions["Russian"].role == "adjectival" and mentions["Russian"].country_code == "RU"
    assert mentions["North Korean"].country_code == "KP"
    assert mentions["Palestinians"].role == "adjectival"


def test_possessive_stripped_and_country_not_ohio(mentions: dict[str, PlaceMention]) -> None:
    russia = mentions["Russia"]
    assert russia.feature == "country" and russia.geonameid == 2017370


def test_kursk_region_is_the_oblast(mentions: dict[str, PlaceMention]) -> None:
    kursk = mentions["Kursk region"]
    assert kursk.feature == "admin1" and kursk.country_code == "RU"


def test_city_with_state_abbreviation(mentions: dict[str, PlaceMention]) -> None:
    springfield = mentions["Springfield"]
    assert springfield.country_code == "US" and springfield.admin1 == "Illinois"
    assert abs(springfield.lat - 39.8) < 0.3
    assert mentions["Ky."].name == "Kentucky"


def test_chernivtsi_is_ukrainian_city(mentions: dict[str, PlaceMention]) -> None:
    m = mentions["Chernivtsi"]
    assert m.country_code == "UA" and m.feature == "city"
    assert m.candidates and m.candidates[0]["name"] == m.name
    assert 0.0 <= m.score <= 1.0


def test_curated_places(mentions: dict[str, PlaceMention]) -> None:
    assert mentions["Tumen River"].feature == "water"
    assert mentions["Gaza Strip"].resolved
    assert mentions["European Union"].feature == "region"
    assert mentions["U.S."].country_code == "US"


def test_reuses_a_given_doc() -> None:
    from geodata.language.pipeline import load_pipeline

    doc = load_pipeline()(TEXT)
    assert [m.text for m in geoparse(TEXT, doc=doc)] == [m.text for m in geoparse(TEXT)]


@pytest.mark.parametrize("text", ["", "   ", "12 345 6789", "Привет, как дела? 你好",
                                  "\x00\x01 weird \ufffd bytes"])
def test_odd_input_returns_a_list(text: str) -> None:
    assert isinstance(geoparse(text), list)


def test_long_input_is_chunked() -> None:
    text = ("Officials in Kyiv, Ukraine, spoke with envoys from Paris.\n" * 2500)
    assert len(text) > 100_000  # more than one chunk
    mentions = geoparse(text)
    assert len(mentions) >= 7000
    assert all(text[m.start:m.end] == m.text for m in mentions[-5:])


def test_cli_json_and_errors(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Protests spread from Kyiv to Lviv.", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "geodata", "geoparse", str(path), "--json"],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and '"Kyiv"' in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "geodata", "geoparse", str(tmp_path / "missing.txt")],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def _places(text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in geoparse(text)}


def test_place_labelled_org_after_locative_preposition() -> None:
    m = _places("Fighters killed at least 19 civilians in El Fasher on Monday.")["El Fasher"]
    assert m.country_code == "SD" and m.feature == "city"


def test_longest_multiword_name_wins() -> None:
    found = _places("Floods hit Rio Grande do Sul, where Porto Alegre was flooded.")
    assert found["Rio Grande do Sul"].country_code == "BR"
    assert "Sul" not in found


def test_city_named_in_body_after_blanked_dateline() -> None:
    text = " " * 30 + "\nFloods spread as Porto Alegre was flooded on Monday."
    assert _places(text)["Porto Alegre"].country_code == "BR"


def test_part_of_a_longer_unknown_name_is_not_resolved_elsewhere() -> None:
    found = geoparse("A train crashed near Bahanaga Bazar station in Odisha.")
    assert all(m.country_code in (None, "IN") for m in found)


def test_ambiguous_country_name_follows_the_other_places() -> None:
    found = geoparse("Goma, the largest city in eastern Congo, fell. Officials in Kinshasa "
                     "said Congo would fight.")
    assert [m.country_code for m in found if m.text == "Congo"] == ["CD", "CD"]


def test_type_word_before_the_name() -> None:
    m = _places("Protesters gathered in the city of Sagaing on Friday.")["Sagaing"]
    assert m.feature == "city" and m.country_code == "MM"


def test_acronyms_and_direction_adjectives_are_not_places() -> None:
    found = _places("NATO allies met as Western governments protested.")
    assert "NATO" not in found and "Western" not in found


def test_alternate_spelling_and_english_display_name() -> None:
    found = _places("Israeli strikes hit Khan Younis in Gaza. Lavrov flew to Wonsan.")
    assert found["Khan Younis"].country_code == "PS"
    assert found["Wonsan"].name == "Wonsan"


def test_home_state_inferred_from_towns_and_counties() -> None:
    # no state is named, but only Texas has a Henderson County, an Athens and a Frankston
    text = ("Henderson County deputies arrested a man near Frankston on Monday. He was "
            "taken to the jail in Athens, where he remains.")
    athens = _places(text)["Athens"]
    assert athens.country_code == "US" and athens.admin1 == "Texas"


def test_home_state_beats_a_world_city_in_local_news() -> None:
    text = ("Alexandria police arrested two people on Sunday. Officers from Pineville and "
            "Rapides Parish deputies helped. Both live in Alexandria, Louisiana officials said.")
    alexandria = [m for m in geoparse(text) if m.text == "Alexandria"]
    assert alexandria and all(m.country_code == "US" and m.admin1 == "Louisiana"
                              for m in alexandria)


def test_world_capital_kept_in_foreign_news() -> None:
    found = _places("Protesters marched in Paris on Saturday as France debated the law.")
    assert found["Paris"].country_code == "FR"


def test_home_region_needs_agreement() -> None:
    from geodata.gazetteer.index import get_gazetteer
    from geodata.toponyms.recognize import Toponym
    from geodata.toponyms.resolve import candidates_for, home_region

    gaz = get_gazetteer()
    lone = [Toponym(0, 9, "Mansfield", label="GPE")]
    assert home_region(lone, [candidates_for(t, gaz) for t in lone]) is None
    local = [Toponym(0, 16, "Henderson County", label="GPE", type_word="county"),
             Toponym(20, 26, "Athens", label="GPE"), Toponym(30, 39, "Frankston", label="GPE")]
    home = home_region(local, [candidates_for(t, gaz) for t in local])
    assert home is not None and home[0] == "US.TX"


def test_islands_and_ranges_are_known() -> None:
    found = _places("Floods hit Java and Sumatra, while snow fell in the Ural Mountains.")
    assert found["Java"].country_code == "ID" and found["Java"].feature == "landform"
    assert found["Sumatra"].country_code == "ID"
    assert found["Ural Mountains"].country_code == "RU"


def test_currency_codes_and_first_names_are_not_places() -> None:
    found = _places("The plan costs US$58 million. Powder was found at the Michael J. "
                    "Dillon courthouse.")
    assert "US" not in found and "US$" not in found and "Michael" not in found


def test_the_entry_point_stays_a_function_after_first_use() -> None:
    import geodata

    geodata.geoparse("Floods hit Porto Alegre.")
    from geodata import geoparse as again

    assert callable(again) and not isinstance(again, type(geodata))


def test_a_surname_is_not_a_place_when_the_person_was_named() -> None:
    text = "Doctors said Maya Harden died on Monday. According to the report, Harden was a pupil in Buffalo."
    names = [m.text for m in geoparse(text)]
    assert "Buffalo" in names
    assert "Harden" not in names


def test_a_surname_that_is_also_a_big_place_is_the_person_when_it_acts() -> None:
    text = ("A plea deal is discussed for Elizabeth Fairfield, accused of poisoning. Fairfield has rejected one "
            "plea deal. Fairfield's trial starts on May 4. She lived in Fairfield until 2005.")
    starts = [m.start for m in geoparse(text) if m.text == "Fairfield"]
    assert starts == [text.rindex("Fairfield")]  # only the town she lived in


def test_a_small_town_name_the_text_has_speak_is_the_speaker_everywhere() -> None:
    # "Time reported": the magazine (not Time, a village in Norway), also after "according to"
    text = ("Time reported on Tuesday that sales of the phone had doubled. The figures came, according to "
            "Time, from the maker. She moved to Oslo in May.")
    assert [m.text for m in geoparse(text)] == ["Oslo"]


def test_the_longest_known_name_takes_and() -> None:
    names = [m.text for m in geoparse("Security was tightened across Jammu and Kashmir on Friday.")]
    assert "Jammu and Kashmir" in names


def test_place_in_a_newspaper_name_is_not_a_mention() -> None:
    found = _places("An official told the Los Angeles Times and China Daily that the farms "
                    "near Fresno were closed.")
    assert "Fresno" in found
    assert not any(name in found for name in ("Los Angeles", "Angeles", "China"))


def test_newspaper_rule_spares_streets_and_landmarks() -> None:
    found = _places("Crowds filled Times Square in New York on Sunday.")
    assert "New York" in found


def test_place_in_a_person_named_institution_is_not_a_mention() -> None:
    found = _places("Pupils of Franklin Elementary and students of Smith College in "
                    "Northampton raised money for the Belk Foundation.")
    assert "Northampton" in found
    assert not {"Franklin", "Smith", "Belk"} & set(found)


def test_state_university_keeps_the_state() -> None:
    found = _places("Researchers at Ohio State University found the virus in geese.")
    assert any(m.admin1 == "Ohio" or m.name == "Ohio" for m in found.values())


def test_broadcaster_is_not_a_place() -> None:
    found = [(m.start, m.text) for m in geoparse(
        "Officials in Seoul said Radio Pyongyang reported the tests. Pyongyang denied it.")]
    assert (30, "Pyongyang") not in found and any(t == "Pyongyang" for _, t in found)


def test_titled_person_is_not_a_place() -> None:
    found = _places("Judge Anderson said the case in Dallas was closed.")
    assert "Dallas" in found and "Anderson" not in found


def test_lower_case_words_are_not_places() -> None:
    found = _places("The swan was discovered on March 29 near Glasgow. Officials said the "
                    "swan had died.")
    assert "Glasgow" in found and "swan" not in found


def test_known_city_tagged_as_nationality() -> None:
    # spaCy's small model tags this accented city name NORP
    m = _places("Dead swans were found in the northern town of Toruń last week.")["Toruń"]
    assert m.country_code == "PL" and m.role == "name"


def test_hyphenated_subdivision_tagged_as_organisation() -> None:
    m = _places("Cases rose in the South African region KwaZulu-Natal this year.")["KwaZulu-Natal"]
    assert m.country_code == "ZA" and m.feature == "admin1"


def test_subdivision_after_a_place_and_comma() -> None:
    found = _places("Hogs died at a farm in Pandi, Bulacan in Central Luzon.")
    assert found["Bulacan"].country_code == "PH"


def test_state_named_like_a_country_does_not_make_a_home_alone() -> None:
    text = ("The prime minister of Georgia resigned. Georgia will hold new elections, "
            "and Georgia's parliament meets on Monday.")
    assert {m.country_code for m in geoparse(text) if m.text.startswith("Georgia")} == {"GE"}


def test_name_used_like_a_towns_is_the_town_not_the_country() -> None:
    text = ("A Palestine man was arrested by Palestine police on Friday. The Palestine "
            "council will meet next week.")
    found = [m for m in geoparse(text) if m.text == "Palestine"]
    assert found and {(m.country_code, m.feature) for m in found} == {("US", "city")}


def test_country_name_without_local_use_stays_the_country() -> None:
    found = _places("Talks on Palestine and Jordan resumed in Cairo.")
    assert found["Jordan"].feature == "country" and found["Jordan"].country_code == "JO"


def test_disease_named_after_a_place_is_not_a_place() -> None:
    found = _places("Because Marburg kills slowly, doctors in Angola feared more cases of "
                    "West Nile and Ebola. The virus was first studied in Marburg, Germany.")
    marburg = [m for m in geoparse("Because Marburg kills slowly, doctors feared it. "
                                   "It was first studied in Marburg, Germany.") if m.text == "Marburg"]
    assert "Angola" in found and "Nile" not in found and "West Nile" not in found
    assert "Ebola" not in found
    assert len(marburg) == 1 and marburg[0].country_code == "DE"


def test_a_place_named_again_by_its_institution_is_dropped() -> None:
    text = ("Five pupils at Franklin Elementary fell ill. A teacher at Franklin said the "
            "children near Franklin were tested in Santa Ana.")
    names = [m.text for m in geoparse(text)]
    assert "Santa Ana" in names and "Franklin" not in names


def test_university_named_for_a_state_keeps_the_state() -> None:
    found = _places("She taught at Ohio University before moving to Smith College.")
    assert found["Ohio"].feature == "admin1" and "Smith" not in found


def test_country_initialisms_without_dots() -> None:
    found = _places("Aid reached the DRC and the UAE sent doctors from Dubai.")
    assert found["DRC"].country_code == "CD" and found["UAE"].country_code == "AE"


def test_town_before_its_police_tagged_as_organisation() -> None:
    # spaCy tags "Roselle" ORG here
    found = _places("A spokesman said Roselle police would add patrols near the school.")
    assert found["Roselle"].feature == "city" and found["Roselle"].country_code == "US"


def test_a_town_and_its_county_named_apart_resolve_together() -> None:
    # neither the state nor "Paris, Henry County" is written: the county tells which Paris
    text = ("A Paris man was arrested Sunday on burglary charges. He was taken to the Henry County jail, "
            "where he remains on bond.")
    found = {m.text: m for m in geoparse(text)}
    assert (found["Paris"].country_code, round(found["Paris"].lat), round(found["Paris"].lon)) == ("US", 36, -88)
    assert (round(found["Henry County"].lat), round(found["Henry County"].lon)) == (36, -88)
    # without a county that holds one of them, Paris keeps its prior sense
    [paris] = [m for m in geoparse("A Paris man was arrested Sunday on burglary charges.") if m.text == "Paris"]
    assert (round(paris.lat), round(paris.lon)) != (36, -88)


@pytest.mark.parametrize("name", ["Warren", "Orange"])
def test_a_name_that_is_a_town_and_its_own_county_does_not_pair_with_itself(name: str) -> None:
    # "Warren" is also a shire of New South Wales holding a town of that name: one name
    # offering both is no evidence that the text names the town and its county
    [place] = {m.text: m for m in geoparse(f"The fire in {name} destroyed two homes on Monday.")}.values()
    assert place.country_code != "AU", (place.lat, place.lon, place.feature)


def test_a_surname_before_the_persons_hearing_or_trial_is_no_place() -> None:
    text = ("New delay in Fairfield hearing.\nA plea deal is being weighed for Marcia Fairfield, who is "
            "accused of killing her neighbor in May 2011. Fairfield is charged with murder.")
    assert [m.text for m in geoparse(text)] == []
    assert [m.text for m in geoparse("The hearing was moved to Fairfield, Connecticut, on Monday.")][:1] == ["Fairfield"]


def test_a_street_is_a_place_without_coordinates_not_the_town_of_its_name() -> None:
    found = geoparse("She entered the fire station at 1517 Locust Street in Kansas City on Sunday.")
    street = next(m for m in found if m.text == "Locust Street")
    assert street.lat is None and street.lon is None
    assert [m.text for m in found if m.lat is not None] == ["Kansas City"]


@pytest.mark.parametrize("text, name, point", [
    ("The talks were held at the White House on Monday.", "White House", (39, -77)),
    ("Putin received the envoy at the Kremlin on Tuesday.", "Kremlin", (56, 38)),
])
def test_a_seat_of_government_is_its_own_building(text: str, name: str, point: tuple[int, int]) -> None:
    # not White House, Tennessee, nor Casablanca (whose Arabic name means "white house")
    found = {m.text: m for m in geoparse(text)}
    assert (round(found[name].lat), round(found[name].lon)) == point


def test_a_citys_own_name_outranks_a_capitals_ancient_name() -> None:
    # "Philadelphia" is also an alternate (ancient) name of Amman, a capital
    [place] = [m for m in geoparse("Two men were shot in Philadelphia on Monday.") if m.text == "Philadelphia"]
    assert place.country_code == "US"
    [amman] = [m for m in geoparse("Officials in Amman said the road was closed.") if m.text == "Amman"]
    assert amman.country_code == "JO"


def test_a_name_after_a_personal_title_is_a_person_throughout_the_text() -> None:
    # "Bush" is also a town in Egypt; the title names the person once, for every mention
    text = ("President Bush ordered more troops to Saudi Arabia on Tuesday. Bush said the "
            "deployment was defensive. Bush's spokesman said Baghdad must withdraw.")
    names = _places(text)
    assert "Bush" not in names
    assert {"Saudi Arabia", "Baghdad"} <= set(names)
    # without a title anywhere, a big city keeps its sense after a person of that name
    assert "Washington" in _places("Mayor Smith flew to Washington on Monday.")


@pytest.mark.parametrize("text, place", [
    ("The chairman of the Duma's foreign affairs committee criticized the protocol.", None),
    ("Deputies of the Duma voted on Friday.", None),
    ("The Knesset approved the budget.", None),
    ("Shells fell in Duma on Monday, residents said.", "Duma"),
])
def test_a_parliament_is_not_the_town_of_its_name(text: str, place: str | None) -> None:
    names = [m.text for m in geoparse(text)]
    assert names == ([place] if place else [])


def test_a_courts_qualifier_is_not_a_town() -> None:
    # Supreme, Louisiana exists; "the state Supreme Court" names no place
    text = "The state Supreme Court this month denied an earlier request, the Ohio attorney said."
    assert "Supreme" not in _places(text)


def test_one_weak_vote_is_no_country_context() -> None:
    # "San Fernando City" is a Philippine city's name; it must not carry Los Angeles there
    text = ("The proposal failed on Thursday as Los Angeles election officials completed "
            "their tally. San Fernando City Councilwoman Ada Reyes beat him.")
    [la] = [m for m in geoparse(text) if m.text == "Los Angeles"]
    assert la.country_code == "US"


def test_a_leaders_administration_is_no_town() -> None:
    assert [m.text for m in geoparse("The Clinton administration might send marshals to Miami.")] == ["Miami"]
    # a country's administration is still the country
    assert "Kenya" in _places("The Kenya administration closed schools in Nairobi.")


@pytest.mark.parametrize("text", [
    "The Communist Party daily Granma compared the boy with a hero.",
    "With the yacht Granma behind him, he spoke for an hour.",
    "A red Dodge Durango pulled up next to them.",
])
def test_a_newspaper_ship_or_car_is_no_place(text: str) -> None:
    assert [m.text for m in geoparse(text)] == []


@pytest.mark.parametrize("text", [
    "A silver Chevrolet Colorado sped off. Witnesses said the Colorado ran a red light.",
    "Police stopped a Dodge Durango on the bridge. Officers searched the Durango for an hour.",
])
def test_a_cars_name_after_a_determiner_is_the_car_again_even_a_big_places(text: str) -> None:
    assert [m.text for m in geoparse(text)] == []


@pytest.mark.parametrize(("text", "place"), [
    ("A Hyundai Tucson was stolen in Tucson on Monday.", "Tucson"),
    ("The ship Nassau docked in Nassau.", "Nassau"),
    ("The chemical attack on Duma killed dozens.", "Duma"),
    ("Gov. Jackson said flooding hit Jackson on Monday.", "Jackson"),
    ("The Kabul administration rejected the plan.", "Kabul"),
    ("St. Cloud's police chief resigned.", "St. Cloud"),
])
def test_the_person_or_thing_readings_leave_the_place_where_it_is_one(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_place_inside_a_newspapers_longer_name_stays_a_place_elsewhere() -> None:
    text = "The daily Jerusalem Post reported the shooting. Police in Jerusalem arrested two men."
    assert "Jerusalem" in _places(text)


@pytest.mark.parametrize("text", [
    "Families marched in the St. Patrick's Day parade downtown.",
    "She was taken to St. Mary's Hospital after the crash.",
    "Volunteers painted the hall of St. Luke's Episcopal Church.",
])
def test_a_saint_in_the_possessive_names_what_is_dedicated_to_the_saint(text: str) -> None:
    assert [m.text for m in geoparse(text)] == []


def test_a_saints_possessive_that_is_a_place_name_stays_a_place() -> None:
    places = _places("Her son moved to St. Mary's County last year.")
    assert "St. Mary's County" in places


def test_a_big_city_named_for_a_saint_keeps_its_possessive() -> None:
    assert "St. Petersburg" in _places("Officials said St. Petersburg's harbour reopened.")


@pytest.mark.parametrize(("text", "word"), [
    ("The Ismaili council opened a new hall downtown.", "Ismaili"),
    ("A Christian charity handed out blankets.", "Christian"),
])
def test_a_faith_tagged_as_a_place_is_no_place(text: str, word: str) -> None:
    # the tagger sometimes calls a faith's name a place: the gazetteer knows "Ismaili" as an
    # alternate name of Ismayilli (Azerbaijan), "Christian" as one of Moundridge (Kansas)
    assert _recognized_as_place(text, word) == []


def _recognized_as_place(text: str, word: str) -> list[str]:
    """The toponyms recognised in ``text`` when the tagger calls ``word`` a place (GPE)."""
    from spacy.tokens import Span

    from geodata.gazetteer.index import get_gazetteer
    from geodata.language.pipeline import load_pipeline
    from geodata.toponyms.recognize import recognize

    doc = load_pipeline(with_parser=False)(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [Span(doc, i, i + 1, label="GPE")]
    return [t.text for t in recognize(text, doc, get_gazetteer())]


def test_a_name_known_only_for_places_without_inhabitants_is_weak_evidence() -> None:
    # the gazetteer's only "Titan" is an Afghan hamlet of population 0
    assert _recognized_as_place("The Titan rocket lifted off at dawn.", "Titan") == []
    assert _recognized_as_place("Troops patrolled in Titan at dawn.", "Titan") == ["Titan"]


def test_a_subdivision_name_shared_with_towns_abroad_is_no_evidence_of_its_country() -> None:
    # "Berea" is a district of Lesotho and towns of Kentucky and Ohio: the Kentucky county
    # and town around it decide
    text = "Police in Berea arrested a man on Tuesday. Madison County deputies helped, and Richmond officers came."
    assert _places(text)["Berea"].country_code == "US"


def test_a_byline_first_name_is_not_the_country() -> None:
    # "BY CHAD ..." opens a byline: the writer, not the Republic of Chad
    text = "Market reopens after flood. BY CHAD WOZNIAK Staff Writer April 2, 2010 The market in Toledo, Ohio, reopened."
    found = [p for p in geoparse(text) if p.resolved]
    assert not any(p.country_code == "TD" for p in found)
    assert any(p.name == "Toledo" for p in found)


def test_a_name_after_a_kinship_noun_is_a_person() -> None:
    # "her sister Charlotte" names a person, not the North Carolina city
    text = "Hail dented the trucks that she and her sister Charlotte's crew parked near Salina, Kansas."
    assert "Charlotte" not in {p.text for p in geoparse(text) if p.resolved}


def test_a_generic_side_name_is_no_small_district_abroad() -> None:
    # "the North Side" of a US city is not the North Side district of the Cayman Islands,
    # nor a town that has it for another name
    text = ("Residents of the North Side packed the meeting in Dayton, Ohio. Dayton commissioners said "
            "the North Side would get new sidewalks.")
    found = {p.text: p for p in geoparse(text)}
    north = found["North Side"]
    assert not north.resolved or (north.name == "North Side" and north.country_code == "US")


def test_a_generic_side_name_needs_no_country_named_to_stay_home() -> None:
    # no country is pointed to at all: still no small district abroad for "the North Side"
    found = {p.text: p for p in geoparse("Two hurt in North Side shooting. Police said the gunman fled on foot.")}
    assert not found["North Side"].resolved


def test_a_country_inside_a_sentence_after_by_is_the_country() -> None:
    # no byline: "by" inside a headline's sentence, the country's army after it
    found = [p for p in geoparse("REBELS ROUTED BY CHAD ARMY NEAR BORDER. Fighting went on for days.") if p.resolved]
    assert any(p.country_code == "TD" for p in found)


@pytest.mark.parametrize("text, name, country", [
    # a country's name with another country as its container is a town of that country
    ("A bus crashed near Armenia, Colombia, on Sunday.", "Armenia", "CO"),
    # a list of countries is no container
    ("Envoys from Armenia, Georgia and Azerbaijan met.", "Armenia", "AM"),
    ("Pilots flew for China, Canada, Britian and the Soviet Union.", "China", "CN"),
    ("Cases were found in Egypt, Bulgaria, and Nicaragua.", "Egypt", "EG"),
    # two countries that go on into a clause are its subjects
    ("Lebanon, US discuss military aid on Tuesday.", "Lebanon", "LB"),
])
def test_a_country_name_inside_another_country(text: str, name: str, country: str) -> None:
    found = {m.text: m for m in geoparse(text)}
    assert found[name].country_code == country


def test_context_informs_the_resolution_but_is_not_returned() -> None:
    # a dateline kept out of the text ("FAIRFIELD, Conn. --") says which Fairfield the story means
    text = "Officers said they were called to the couple's Fairfield home on Sunday night."
    [alone] = geoparse(text)
    assert alone.admin1 != "Connecticut"  # the most prominent Fairfield is a district of Sydney
    [with_context] = geoparse(text, context="In Fairfield, Conn.")
    assert (with_context.text, with_context.country_code, with_context.admin1) == ("Fairfield", "US", "Connecticut")
    assert (with_context.start, with_context.end) == (alone.start, alone.end)
    assert geoparse(text, context="") == geoparse(text)


def test_home_region_counts_a_name_by_its_reading_as_a_place() -> None:
    # "Suit over Worthington plant raid dismissed ... agents arrested workers in Worthington"
    # (made up): the headline's name, tagged as a facility's, does not hide the town it is later
    from geodata.gazetteer.index import get_gazetteer
    from geodata.toponyms.recognize import Toponym
    from geodata.toponyms.resolve import candidates_for, home_region

    gaz = get_gazetteer()
    names = [Toponym(-16, -5, "Minneapolis", label="GPE"), Toponym(10, 21, "Worthington", label="FAC"),
             Toponym(80, 91, "Worthington", label="GPE")]
    home = home_region(names, [candidates_for(t, gaz) for t in names])
    assert home is not None and home[0] == "US.MN"


def test_two_towns_set_the_home_of_american_local_news() -> None:
    # (made up) "Hopkinton is the latest town hit ... The police in Hillsboro arrested two men,
    # the sheriff's office said": each town is in several states, New Hampshire has both
    from geodata.gazetteer.index import get_gazetteer
    from geodata.toponyms.recognize import Toponym
    from geodata.toponyms.resolve import candidates_for, country_cues, resolve

    gaz = get_gazetteer()
    names = [Toponym(0, 9, "Hopkinton", label="GPE"), Toponym(60, 69, "Hillsboro", label="GPE")]
    cues = country_cues("The police arrested two men, the sheriff's office said.")
    hopkinton, hillsboro = resolve(names, gaz, cues=cues)
    assert (hopkinton["admin1"], hillsboro["admin1"]) == ("New Hampshire", "New Hampshire")
    # without the wording of local news two such towns are no home of their own
    assert resolve(names, gaz)[0]["admin1"] != "New Hampshire"
