"""Language detection, the non-English pipelines' places and the multilingual dates (own sentences)."""
from __future__ import annotations

import pytest

from geodata.language.detect import detect_language
from timeline.dates.multilingual import find_dates_in


@pytest.mark.parametrize(("text", "language"), [
    ("Police arrested 14 people in Nairobi on Tuesday.", "en"),
    ("Putin, Kim, Lavrov", "en"),
    ("Российские войска обстреляли Харьков.", "ru"),
    ("Російські війська обстріляли Харків.", "uk"),
    ("러시아군이 하르키우를 공격했다.", "ko"),
    ("Las tropas rusas atacaron la ciudad de Járkov durante la noche, según las autoridades ucranianas, "
     "que informaron de varios heridos en el centro de la ciudad y de daños en edificios residenciales. "
     "El alcalde pidió a los vecinos que permanecieran en los refugios hasta el final de la alerta aérea "
     "y anunció que los servicios de emergencia seguían trabajando en la zona afectada por el ataque.", "es"),
    ("Les troupes russes ont frappé la ville de Kharkiv pendant la nuit, selon les autorités ukrainiennes, "
     "qui ont fait état de plusieurs blessés dans le centre et de dégâts dans des immeubles d'habitation. "
     "Le maire a demandé aux habitants de rester dans les abris jusqu'à la fin de l'alerte aérienne et a "
     "annoncé que les secours poursuivaient leur travail dans le quartier touché par l'attaque.", "fr"),
])
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Встреча прошла 12 июля 2025 года.", [("12 июля 2025 года", "2025-07-12", "day")]),
    ("ru", "В июле обстрелы усилились.", [("июле", "2025-07", "month")]),
    ("ru", "Вчера и в 2024 году.", [("Вчера", "2025-07-12", "day"), ("2024 году", "2024", "year")]),
    ("uk", "У суботу, 12 липня, та минулого тижня.",
     [("суботу", "2025-07-12", "day"), ("12 липня", "2025-07-12", "day"), ("минулого тижня", "2025-W27", "week")]),
    ("ko", "지난해 7월과 12일, 2025년 3월 1일.",
     [("지난해 7월", "2024-07", "month"), ("12일", "2025-07-12", "day"), ("2025년 3월 1일", "2025-03-01", "day")]),
    ("es", "El pasado sábado y en julio de 2024; el año pasado.",
     [("El pasado sábado", "2025-07-12", "day"), ("julio de 2024", "2024-07", "month"),
      ("el año pasado", "2024", "year")]),
    ("ru", "12 июля прошли переговоры. На следующий день Лавров улетел.",
     [("12 июля", "2025-07-12", "day"), ("На следующий день", "2025-07-13", "day")]),
    ("es", "Hace dos años, el 3 de mayo; al día siguiente.",
     [("Hace dos años", "2023", "year"), ("el 3 de mayo", "2025-05-03", "day"), ("al día siguiente", "2025-05-04", "day")]),
    ("ko", "이날 회담이 열렸다. 전날 도착했다.", [("이날", "2025-07-13", "day"), ("전날", "2025-07-12", "day")]),
    ("fr", "Le 1er mai, hier et la semaine dernière.",
     [("Le 1er mai", "2025-05-01", "day"), ("hier", "2025-07-12", "day"), ("la semaine dernière", "2025-W27", "week")]),
])
def test_dates_keep_their_precision(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(m.text, m.value, m.precision) for m in find_dates_in(text, "2025-07-13", language)]
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "places"), [
    ("ru", "Удары по Белгородской области и по Харькову.", [("Белгородской области", 578071), ("Харькову", 706483)]),
    ("uk", "Вибухи у Чернівцях і в Запорізькій області.", [("Чернівцях", 710719), ("Запорізькій області", 687699)]),
    ("ko", "북한 원산에서 회담이 열렸다.", [("북한 원산", 1866923)]),  # an address: the country, then the city
    ("es", "Los ministros se reunieron en Francia y en Corea del Norte.", [("Francia", 3017382), ("Corea del Norte", 1873107)]),
])
def test_places_resolve_to_the_english_ids(language: str, text: str, places: list[tuple[str, int]]) -> None:
    from geodata import geoparse

    found = [(m.text, m.geonameid) for m in geoparse(text, language=language) if m.role == "name"]
    assert found == places
