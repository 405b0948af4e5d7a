"""Resolution rules of :mod:`geodata.toponyms.resolve`, end to end with the real model and gazetteer."""
from __future__ import annotations

from geodata import geoparse


def _by_text(text: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for m in geoparse(text):
        found.setdefault(m.text, []).append(m)
    return found


def test_a_place_outside_its_written_province_is_left_unresolved() -> None:
    # the gazetteer knows Luxis in Yunnan, Jiangxi, Anhui ... but none in Hunan: no place
    # rather than a namesake in another province, for a later bare mention too
    found = _by_text("Six people died in a house fire in Luxi County, Hunan, China. Luxi County officials said "
                     "the fire began at night.")
    assert [m.lat for m in found["Luxi County"]] == [None, None]
    assert found["Hunan"][0].feature == "admin1" and found["Hunan"][0].country_code == "CN"


def test_a_place_inside_its_written_state_still_resolves() -> None:
    found = _by_text("A tornado hit Paris, Tenn., and Springfield, Ill., on Monday.")
    assert found["Paris"][0].admin1 == "Tennessee"
    assert found["Springfield"][0].admin1 == "Illinois"


def test_a_list_of_states_is_no_container() -> None:
    found = _by_text("Storms hit Ohio, Michigan.")
    assert found["Ohio"][0].name == "Ohio" and found["Ohio"][0].feature == "admin1"


def test_a_province_type_word_means_the_province_not_the_capitals_own_division() -> None:
    found = _by_text("A drone struck a warehouse in Fastiv, Kyiv Oblast, Ukraine.")
    assert found["Kyiv Oblast"][0].name == "Kyivska oblast"
    assert found["Fastiv"][0].admin1 == "Kyivska oblast"


def test_other_spellings_of_a_province_name_the_same_province() -> None:
    # the gazetteer gives "Kyiv region" only to the city's own division
    found = _by_text("Shelling hit the Kyiv region overnight.")
    assert found["Kyiv region"][0].name == "Kyivska oblast"
    found = _by_text("Drones fell on the Moscow Region overnight.")
    assert found["Moscow Region"][0].name == "Moscow Oblast"


def test_the_capital_itself_stays_the_city() -> None:
    assert _by_text("He lives in Kyiv.")["Kyiv"][0].feature == "city"


def test_american_wording_points_to_the_united_states() -> None:
    # no other name says which Georgia: a state's ethics rules and "Gov." are American wording
    found = _by_text("Georgia's newest utility regulator could face fines for state ethics violations, "
                     "the commission said.")
    assert (found["Georgia"][0].country_code, found["Georgia"][0].feature) == ("US", "admin1")
    # a town of the United States, not the district of Lesotho, though no state is named
    found = _by_text("A woman was robbed behind an apartment complex in the 800 block of Oak Drive, "
                     "Berea police said.")
    assert found["Berea"][0].country_code == "US"


def test_country_cues() -> None:
    from geodata.toponyms.resolve import country_cues

    assert country_cues("Sheriff's deputies found the car; Gov. Smith spoke.") == {"US": 1.0}
    assert country_cues("The Berea Police Department asked for help.") == {"US": 1.0}
    # Canadian news has police departments too
    assert country_cues("RCMP officers and the Delta Police Department were there.") == {}
    assert country_cues("The High Sheriff of Cambridgeshire gave awards at the town council.") == {}
    # a typographic apostrophe, sales tax, a state's high-school finals, an abbreviated street
    assert country_cues("the Sheriff\u2019s Office said") == {"US": 1.0}
    assert country_cues("Sales tax revenue is down.") == {"US": 1.0}
    assert country_cues("Winchester was denied a third straight trip to the state finals.") == {"US": 1.0}
    assert country_cues("A fire broke out at 3125 Clarksville St. on Tuesday.") == {"US": 1.0}
    assert country_cues("A fire broke out at 12 High Street on Tuesday.") == {}
    # a county coroner, a school grade
    assert country_cues("the Butler County Coroner's Office said") == {"US": 1.0}
    assert country_cues("Danielle, an 11th-grade student, will dance.") == {"US": 1.0}
    assert country_cues("The fifth graders raised money.") == {"US": 1.0}


def test_a_bare_name_is_the_county_the_article_names_for_short() -> None:
    found = _by_text("A man died in the parking lot of a Westmoreland County grocery store on Monday. "
                     "The driver was taken to Westmoreland Hospital.")
    bare = found["Westmoreland"][0]
    assert (bare.country_code, bare.feature, bare.admin1) == ("US", "admin2", "Pennsylvania")  # not Jamaica's parish
    # a town of the county's state keeps its name
    found = _by_text("DeKalb County deputies said the DeKalb man was arrested in Sycamore, Ill.")
    assert found["DeKalb"][0].feature == "city"


def test_a_town_written_with_its_state_is_no_home_of_the_article() -> None:
    # the state a town is written with ("Kings County, N.Y.") marks it as out of the paper's
    # state: it does not make "Charleston" the namesake in New York; the article's own towns do
    found = _by_text("Charleston police arrested a Charleston man outside a motel in Kanawha City on Friday. "
                     "He had served time for burglary in Kings County, N.Y., records show.")
    assert [m.admin1 for m in found["Charleston"]] == ["West Virginia", "West Virginia"]
    assert found["Kings County"][0].admin1 == "New York"


def test_a_dateline_with_its_state_still_sets_the_home() -> None:
    # (a guard: the dateline's state is the paper's own, not somewhere else)
    found = _by_text("SALEM, Ore. - A Salem man was hurt in a crash, police said. Salem police closed the road.")
    assert [m.admin1 for m in found["Salem"]] == ["Oregon", "Oregon"]


def test_a_state_named_like_a_country_votes_in_american_local_news() -> None:
    # "Georgia" is a country and a state; county commissioners make the text American local
    # news, so it is the state, and "Atlanta" its city rather than the Texas town
    found = _by_text("Atlanta city council members voted Monday to expand a hotline for needy Georgia residents, "
                     "the county commissioners said. A similar line in Texas serves 2 million callers, Atlanta "
                     "officials said.")
    assert [m.admin1 for m in found["Atlanta"]] == ["Georgia", "Georgia"]
    assert found["Texas"][0].admin1 == "Texas"


def test_a_capital_keeps_its_lead_when_the_article_points_to_none_of_its_names_countries() -> None:
    # the article's countries are European: no reading of "Washington" is local to them, so
    # the capital is not set back against the American state of the name
    found = _by_text("Poland, Hungary and the Czech Republic will join the alliance in March, an official "
                     "said in Brussels. A ceremony will be held at the Washington summit in April.")
    assert (found["Washington"][0].feature, found["Washington"][0].admin1) == ("city", "District of Columbia")


def test_a_countrys_name_is_the_home_states_town_when_nothing_else_of_the_country_is_named() -> None:
    # Zionsville (and a councilman: American local news) puts the article in Indiana, which has
    # a town called Lebanon; the text names nothing else of the country Lebanon
    text = ("Lebanon schedules its spring clean-up. The Lebanon street department will pick up limbs in April, "
            "and Lebanon's drop-off site opens Saturday. Zionsville holds its own day in May, a councilman said.")
    found = _by_text(text)
    assert [(m.country_code, m.admin1) for m in found["Lebanon"]] == [("US", "Indiana")] * 3
    # ... but the country when the article speaks of it otherwise too
    found = _by_text(text + " Lebanese families sent aid.")
    assert {m.country_code for m in found["Lebanon"]} == {"LB"}


def test_a_big_foreign_citys_name_counts_for_the_home_when_the_article_points_elsewhere() -> None:
    # Dublin (Ireland's capital) says nothing of the home by itself, but in an American article
    # that points nowhere near Ireland its Ohio town agrees with Cuyahoga Falls against
    # Jerome Township's Idaho
    found = _by_text("Dublin schools will open late on Monday, a councilman said. Dublin parents may use pools "
                     "in Jerome Township and in Cuyahoga Falls.")
    assert [m.admin1 for m in found["Dublin"]] == ["Ohio", "Ohio"]
    # (a guard: big cities abroad stay abroad)
    found = _by_text("Tourists in London and Paris spent more this year, a Chicago firm said.")
    assert (found["London"][0].country_code, found["Paris"][0].country_code) == ("GB", "FR")


def test_selectmen_make_the_article_new_englands_local_news() -> None:
    # only New England towns have selectmen: "Clinton" is then Connecticut's (with New Haven),
    # not the biggest Clinton elsewhere
    found = _by_text("CLINTON - A couple living near First Selectman Ann Lee was charged with selling drugs, "
                     "Clinton police said. Both were held in New Haven.")
    assert {m.admin1 for m in found["Clinton"]} == {"Connecticut"}
    assert found["CLINTON"][0].admin1 == "Connecticut"


def test_a_river_or_creek_is_no_other_name_of_a_town() -> None:
    # GeoNames lists "Big Creek" and "James" among other towns' old names (Coker, Alabama;
    # Gray, Georgia): a creek or river named whole is neither; a town of the name stays
    found = _by_text("The county will get $36,000 for the bridge over Big Creek, and a barge ran aground on the "
                     "James River. Firefighters from Battle Creek helped.")
    assert found["Big Creek"][0].lat is None and found["James River"][0].lat is None
    assert found["Battle Creek"][0].name == "Battle Creek"


def test_neighbouring_towns_support_each_other_where_each_name_alone_says_nothing() -> None:
    # Middletown and Hartford each name towns in many states, but only in Connecticut do the
    # two lie a short drive apart: the Middletown of the story is Connecticut's
    found = _by_text("Middletown police said the driver was taken to a Hartford hospital after the crash.")
    assert found["Middletown"][0].admin1 == "Connecticut"
    assert found["Hartford"][0].admin1 == "Connecticut"


def test_a_county_next_to_the_town_is_that_states_county() -> None:
    # Columbus, Georgia and Harris County, Georgia are neighbours; Columbus, Ohio and Harris
    # County, Texas are not anyone's neighbours
    found = _by_text("Columbus voters chose a new judge, and deputies in Harris County reported a quiet "
                     "election day.")
    assert found["Columbus"][0].admin1 == "Georgia"
    assert found["Harris County"][0].admin1 == "Georgia"


def test_neighbour_towns() -> None:
    """The largest group of names with towns close together, when one state's group is largest."""
    from geodata.toponyms.recognize import Toponym
    from geodata.toponyms.resolve import neighbour_towns

    ids = iter(range(1, 100))

    def town(state: str, lat: float, lon: float) -> dict:
        return {"id": next(ids), "feature": "city", "match": "name", "admin1_code": state, "lat": lat, "lon": lon,
                "population": 5_000}

    names = [Toponym(text=n, start=i * 20, end=i * 20 + len(n), label="GPE") for i, n in enumerate(("Aa", "Bb", "Cc"))]
    near = [[town("US.XX", 40.0, -75.0), town("US.YY", 35.0, -90.0)],
            [town("US.XX", 40.2, -75.1), town("US.ZZ", 30.0, -100.0)],
            [town("US.YY", 38.0, -90.0)]]
    # the two neighbouring towns of Aa and Bb, not Aa's namesake elsewhere
    assert neighbour_towns(names, near) == ("US.XX", 2.0, {1, 3})
    # two states with a pair of neighbouring namesakes each: no neighbourhood
    tie = near[:2] + [[town("US.YY", 35.1, -90.1)]]
    assert neighbour_towns(names, tie) is None



def test_a_neighbourhood_gives_way_to_named_countries_and_states() -> None:
    """Neighbouring namesakes are local context only in a story that names no other country and
    no other state: a story of many countries, or one naming its states, is not that local news."""
    from collections import Counter

    from geodata.toponyms.recognize import Toponym
    from geodata.toponyms.resolve import _neighbourhood

    names = [Toponym(text=n, start=i * 20, end=i * 20 + len(n), label="GPE") for i, n in enumerate(("Aa", "Bb"))]
    cands = [[{"id": 1, "feature": "city", "match": "name", "admin1_code": "US.XX", "lat": 40.0, "lon": -75.0,
               "population": 5_000}],
             [{"id": 2, "feature": "city", "match": "name", "admin1_code": "US.XX", "lat": 40.2, "lon": -75.1,
               "population": 5_000}]]
    assert _neighbourhood(names, cands, str.lower, Counter({"US": 1.0}), Counter()) == ("US.XX", 2.0, {1, 2})
    assert _neighbourhood(names, cands, str.lower, Counter({"US": 1.0, "AU": 2.0}), Counter()) is None
    assert _neighbourhood(names, cands, str.lower, Counter({"US": 1.0}), Counter({"US.YY": 1.0})) is None
