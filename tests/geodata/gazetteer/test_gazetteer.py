"""The offline gazetteer: building, name lookup, countries, demonyms."""
from __future__ import annotations

import pytest

from geodata.gazetteer import index as gazetteer
from geodata.gazetteer.index import country, country_for_demonym, lookup, normalize, place_for_demonym


@pytest.mark.parametrize(
    ("raw", "key"),
    [("Saint-Étienne", "st etienne"), ("U.S.", "us"), ("the Hague", "hague"),
     ("Kharkiv\u2019s", "kharkiv's"), ("Łódź", "lodz"), ("Mount Vernon", "mt vernon")],
)
def test_normalize(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_index_lives_in_the_cache_dir_and_is_versioned() -> None:
    path = gazetteer.index_path()
    assert path.name == f"gazetteer-v{gazetteer.BUILD_VERSION}.sqlite"
    assert gazetteer.get_gazetteer().path == path
    assert path.exists()


def test_build_index_writes_a_queryable_file(tmp_path) -> None:
    target = tmp_path / "g.sqlite"
    gazetteer.build_index(target)
    gaz = gazetteer.Gazetteer(target)
    assert gaz.lookup("Wonsan")[0]["country_code"] == "KP"


def test_country_wins_over_homonymous_town() -> None:
    best = lookup("Russia")[0]
    assert best["feature"] == "country" and best["country_code"] == "RU"
    assert best["geonameid"] == 2017370
    assert any(c["country_code"] == "US" for c in lookup("Russia"))  # Russia, Ohio is known


def test_admin1_with_type_word() -> None:
    best = lookup("Kursk region")[0]
    assert best["feature"] == "admin1" and best["country_code"] == "RU"
    assert 50 < best["lat"] < 53 and 34 < best["lon"] < 38


@pytest.mark.parametrize(("abbr", "state"), [("Ky.", "Kentucky"), ("W.Va.", "West Virginia"),
                                             ("Ill.", "Illinois"), ("B.C.", "British Columbia")])
def test_state_abbreviations(abbr: str, state: str) -> None:
    assert lookup(abbr)[0]["name"] == state


def test_lookup_filters_by_country() -> None:
    cands = lookup("Chernivtsi", country_code="UA")
    assert cands and all(c["country_code"] == "UA" for c in cands)
    assert lookup("no such place xyzzy") == []


def test_curated_water_and_regions() -> None:
    assert lookup("Tumen River")[0]["feature"] == "water"
    assert lookup("Korean Peninsula")[0]["feature"] == "landform"
    assert lookup("Donbas")[0]["country_code"] == "UA"
    assert lookup("European Union")[0]["feature"] == "region"


def test_country_record() -> None:
    ua = country("ua")
    assert ua is not None and ua["name"] == "Ukraine" and ua["geonameid"] == 690791
    assert country("XX") is None


@pytest.mark.parametrize(("demonym", "code"), [("North Korean", "KP"), ("Russians", "RU"),
                                               ("Palestinians", "PS"), ("Ukrainian", "UA"),
                                               ("American", "US")])
def test_demonyms(demonym: str, code: str) -> None:
    assert country_for_demonym(demonym) == code


def test_unknown_demonym() -> None:
    assert country_for_demonym("Martian") is None
    assert place_for_demonym("Texan")["feature"] == "admin1"


def test_english_display_names() -> None:
    assert lookup("Kursk region")[0]["name"] == "Kursk Oblast"
    assert lookup("Wonsan")[0]["name"] == "Wonsan"  # GeoNames: "Wŏnsan"
    assert lookup("Sao Paulo")[0]["name"] == "São Paulo"  # Latin-1 accents kept


def test_transliteration_fold_is_a_second_tier() -> None:
    assert gazetteer.fold("Khan Younis") == gazetteer.fold("Khān Yūnis")
    assert gazetteer.fold("El Fasher") == gazetteer.fold("Al-Fashir")
    assert gazetteer.fold("Ufa") == ""  # too short to fold safely
    cands = gazetteer.get_gazetteer().lookup_fold("Al-Fashir")
    assert cands and cands[0]["country_code"] == "SD" and cands[0]["match"] == "fold"


def test_shared_country_name_has_both_countries() -> None:
    codes = [c["country_code"] for c in lookup("Congo") if c["feature"] == "country"]
    assert codes[:2] == ["CD", "CG"]  # the larger first; context decides in geoparse


def test_is_capital() -> None:
    assert gazetteer.is_capital(lookup("Pyongyang")[0]["geonameid"])
    assert not gazetteer.is_capital(lookup("Wonsan")[0]["geonameid"])
    assert not gazetteer.is_capital(None)


@pytest.mark.parametrize(("name", "feature", "code"),
                         [("Java", "landform", "ID"), ("Mindanao", "landform", "PH"),
                          ("Canary Islands", "landform", "ES"), ("Pyrenees", "landform", None),
                          ("Americas", "region", None), ("Lake Titicaca", "water", None)])
def test_curated_islands_ranges_and_regions(name: str, feature: str, code: str | None) -> None:
    best = lookup(name)[0]
    assert best["feature"] == feature and best["country_code"] == code


def test_capital_of_a_country() -> None:
    from geodata.gazetteer.index import capital_of

    assert capital_of("MY")["name"] == "Kuala Lumpur" and capital_of("my")["geonameid"] == 1735161
    assert capital_of("KP")["name"] == "Pyongyang" and capital_of("UA")["name"] == "Kyiv"
    assert capital_of("XX") is None and capital_of(None) is None


@pytest.mark.parametrize(("name", "cc", "near"), [
    ("Helmand", "AF", (31.6, 64.4)),     # the source put it at Baltimore
    ("Shandong", "CN", (36.4, 118.4)),   # at Oakland
    ("Durango", "MX", (24.5, -104.5)),   # at Durango, Colorado
    ("Kursk Oblast", "RU", (51.7, 36.2)),  # a right point stays
])
def test_a_state_lies_among_its_own_towns(name: str, cc: str, near: tuple[float, float]) -> None:
    [state] = [c for c in lookup(name, limit=10) if c["feature"] == "admin1" and c["country_code"] == cc][:1]
    assert gazetteer.haversine_km(state["lat"], state["lon"], *near) < gazetteer.ADMIN_POINT_MAX_KM


def test_mean_longitude_crosses_the_antimeridian() -> None:
    assert gazetteer.mean_longitude([179.0, -179.0]) in (180.0, -180.0)
    assert gazetteer.mean_longitude([177.0, 179.0, -178.0]) == pytest.approx(179.33, abs=0.01)
    assert gazetteer.mean_longitude([10.0, 20.0]) == 15.0


def test_a_point_beyond_every_town_of_its_country_is_outside_it() -> None:
    towns = gazetteer._CountryTowns(("XA", 10.0 + i / 100, 20.0 + i / 100) for i in range(10))
    assert towns.outside("XA", 40.0, -80.0)             # another continent
    assert towns.outside("XA", 12.0, 20.0)              # 220 km off a country 13 km wide
    assert not towns.outside("XA", 10.3, 20.3)          # among its towns
    assert not towns.outside("XB", 40.0, -80.0)         # no towns known: not judged


def test_a_point_among_a_neighbours_towns_is_in_the_neighbour() -> None:
    # country XA's towns run along 10°N west of 21°E, its neighbour XB's east of it
    towns = gazetteer._CountryTowns([("XA", 10.0, 20.0 + i / 10) for i in range(10)]
                                    + [("XB", 10.0, 21.1 + i / 10) for i in range(10)])
    assert towns.in_neighbour("XA", 10.05, 21.6)        # across the border, among XB's towns
    assert not towns.in_neighbour("XA", 10.05, 20.5)    # among its own towns
    assert not towns.in_neighbour("XA", 10.0, 20.92)    # by the border, its own town nearest
    assert not towns.in_neighbour("XA", 11.0, 21.6)     # 110 km off any town: empty land
    assert not towns.in_neighbour("XC", 10.05, 21.6)    # no towns known: not judged


def test_no_subdivision_shares_its_point_with_another_countrys() -> None:
    points: dict[tuple[float, float], set[str]] = {}
    for lat, lon, cc in gazetteer.get_gazetteer()._conn().execute(
            "SELECT lat, lon, cc FROM places WHERE feature = 'admin1'"):
        points.setdefault((round(lat, 3), round(lon, 3)), set()).add(cc)
    assert not [pt for pt, ccs in points.items() if len(ccs) > 1]


@pytest.mark.parametrize(("name", "cc", "near"), [
    ("Acquaviva", "SM", (43.94, 12.42)),  # the source put it in Molise, Italy
    ("Punjab", "PK", (31.0, 72.7)),       # the source put it at India's Punjab
    ("Adamaoua", "CM", (7.0, 13.3)),      # the source put it at Nigeria's Adamawa
    ("Eastern", "FJ", (-18.0, -179.8)),   # its islands straddle 180°: not at 0° longitude
])
def test_a_subdivision_lies_in_its_own_country(name: str, cc: str, near: tuple[float, float]) -> None:
    [state] = [c for c in lookup(name, limit=50) if c["feature"] == "admin1" and c["country_code"] == cc][:1]
    assert gazetteer.haversine_km(state["lat"], state["lon"], *near) < 100


def test_a_townless_subdivision_placed_abroad_is_left_out() -> None:
    # Saint Lucia's "Canaries" sat on Tenerife, Barbados' "Saint George" in Utah
    assert not [c for c in lookup("Canaries", limit=50) if c["country_code"] == "LC" and c["feature"] == "admin1"]
    assert not [c for c in lookup("Saint George", limit=50) if c["country_code"] == "BB"]


@pytest.mark.parametrize(("word", "place"), [
    ("Market", "Marquette"), ("Part", "Perth"), ("Region", "Calabarzon"), ("Island", "Iceland"),
])
def test_a_generic_word_is_no_alternate_name(word: str, place: str) -> None:
    # the sources list these among the alternate names of a place
    assert place not in [c["name"] for c in lookup(word, limit=20)]
    assert lookup(place, limit=1)[0]["name"] == place


def test_only_a_county_takes_the_word_county() -> None:
    # Jamaica's parish of Westmoreland is no "Westmoreland County": that is Pennsylvania's
    assert {c["country_code"] for c in lookup("Westmoreland County", limit=10)} == {"US"}
    assert gazetteer._admin1_suffixes("Parish") == tuple(s for s in gazetteer._ADMIN1_SUFFIXES if s != "county")
    assert "county" in gazetteer._admin1_suffixes("County")
    assert lookup("Kursk region", limit=1)[0]["country_code"] == "RU"


def test_towns_in_counts_a_provinces_towns() -> None:
    g = gazetteer.get_gazetteer()
    kyiv_city = next(c for c in lookup("Kyiv") if c["feature"] == "admin1" and c["name"] == "Kyiv")
    province = next(c for c in lookup("Kyiv Oblast") if c["name"] == "Kyivska oblast")
    assert g.towns_in(province["admin1_code"]) > g.towns_in(kyiv_city["admin1_code"]) > 0
    assert g.towns_in(None) == 0


def _row(name: str, feature: str, state: str, country_code: str = "US") -> dict:
    return next(c for c in lookup(name, country_code=country_code, limit=None)
                if c["feature"] == feature and c["admin1"] == state)


def test_county_key_leaves_out_the_type_word_and_spelling() -> None:
    assert gazetteer.county_key("St. Louis County") == gazetteer.county_key("Saint Louis") == "st louis"
    assert gazetteer.county_key("Orleans Parish") == "orleans"
    assert gazetteer.county_key("County") == "county"  # a bare type word stays itself


def test_in_county_holds_a_town_of_the_county_in_its_own_state() -> None:
    palestine = _row("Palestine", "city", "Texas")
    assert gazetteer.in_county(palestine, _row("Anderson County", "admin2", "Texas"))
    # the namesake county of another state, another county of the state: not the town's
    assert not gazetteer.in_county(palestine, _row("Anderson County", "admin2", "Tennessee"))
    assert not gazetteer.in_county(palestine, _row("Smith County", "admin2", "Texas"))
    # a county lies in no county, nor a town in a town; the order matters
    assert not gazetteer.in_county(_row("Anderson County", "admin2", "Texas"), palestine)
    assert not gazetteer.in_county(palestine, _row("Tyler", "city", "Texas"))


def test_in_county_matches_the_county_name_as_written_elsewhere() -> None:
    """An online geocoder's county ("St. Louis County", no state code) is the index's
    "Saint Louis County" of Missouri, not Minnesota's."""
    florissant = _row("Florissant", "city", "Missouri")
    online = {"id": "osm-1", "name": "St. Louis County", "feature": "admin2", "country_code": "US",
              "admin1_code": None, "admin1": "Missouri", "admin2": "St. Louis County"}
    assert gazetteer.in_county(florissant, online)
    assert not gazetteer.in_county(florissant, dict(online, admin1="Minnesota"))
    assert not gazetteer.in_county(florissant, dict(online, country_code="CA"))
    town = {"id": "osm-2", "name": "Florissant", "feature": "city", "country_code": "US",
            "admin1_code": None, "admin1": "Missouri", "admin2": "Saint Louis"}
    assert gazetteer.in_county(town, _row("Saint Louis County", "admin2", "Missouri"))
    assert not gazetteer.in_county(town, _row("Saint Louis County", "admin2", "Minnesota"))
