"""Hand-curated places the GeoNames-derived packages lack or represent badly.

Rivers, seas, peninsulas, supranational and disputed regions, abbreviations of countries
and of US states / Canadian provinces, and demonyms not covered by ``countryinfo``.
Coordinates are representative points (for rivers: the mouth, as GeoNames and Wikipedia
give them). Everything here is general knowledge, written for this project.
"""
from __future__ import annotations

# name, aliases, lat, lon, feature, country_code (or None), population-like weight
CuratedPlace = tuple[str, tuple[str, ...], float, float, str, "str | None", int]

CURATED_PLACES: tuple[CuratedPlace, ...] = (
    # ---- seas, oceans, gulfs, straits, lakes
    ("Black Sea", (), 43.0, 35.0, "water", None, 5_000_000),
    ("Sea of Azov", ("Azov Sea",), 46.0, 36.5, "water", None, 2_000_000),
    ("Caspian Sea", (), 41.7, 50.6, "water", None, 3_000_000),
    ("Mediterranean Sea", ("Mediterranean",), 35.0, 18.0, "water", None, 5_000_000),
    ("Red Sea", (), 20.0, 38.5, "water", None, 3_000_000),
    ("Dead Sea", (), 31.5, 35.5, "water", None, 1_000_000),
    ("Sea of Galilee", (), 32.82, 35.59, "water", "IL", 500_000),
    ("Baltic Sea", (), 58.0, 20.0, "water", None, 3_000_000),
    ("North Sea", (), 56.0, 3.0, "water", None, 3_000_000),
    ("Arabian Sea", (), 15.0, 65.0, "water", None, 3_000_000),
    ("Persian Gulf", ("Arabian Gulf",), 26.0, 52.0, "water", None, 3_000_000),
    ("Gulf of Aden", (), 12.5, 48.0, "water", None, 2_000_000),
    ("Gulf of Oman", (), 24.5, 58.5, "water", None, 2_000_000),
    ("Gulf of Mexico", (), 25.0, -90.0, "water", None, 5_000_000),
    ("Gulf of Guinea", (), 2.0, 4.0, "water", None, 2_000_000),
    ("Gulf of Thailand", (), 9.5, 102.0, "water", None, 2_000_000),
    ("Caribbean Sea", (), 15.0, -75.0, "water", None, 3_000_000),
    ("Atlantic Ocean", ("Atlantic",), 0.0, -30.0, "water", None, 9_000_000),
    ("Pacific Ocean", ("Pacific",), 0.0, -160.0, "water", None, 9_000_000),
    ("Indian Ocean", (), -20.0, 80.0, "water", None, 9_000_000),
    ("Arctic Ocean", (), 85.0, 0.0, "water", None, 5_000_000),
    ("Southern Ocean", (), -60.0, 0.0, "water", None, 3_000_000),
    ("South China Sea", (), 12.0, 113.0, "water", None, 5_000_000),
    ("East China Sea", (), 29.0, 125.0, "water", None, 3_000_000),
    ("Yellow Sea", (), 35.0, 123.0, "water", None, 3_000_000),
    ("Sea of Japan", ("East Sea",), 40.0, 135.0, "water", None, 3_000_000),
    ("Sea of Okhotsk", (), 55.0, 148.0, "water", None, 2_000_000),
    ("Bering Sea", (), 58.0, -175.0, "water", None, 2_000_000),
    ("Barents Sea", (), 75.0, 40.0, "water", None, 2_000_000),
    ("Aegean Sea", (), 39.0, 25.0, "water", None, 2_000_000),
    ("Adriatic Sea", (), 43.0, 15.0, "water", None, 2_000_000),
    ("Strait of Hormuz", (), 26.57, 56.25, "water", None, 2_000_000),
    ("Bosphorus", ("Bosporus",), 41.12, 29.07, "water", "TR", 1_000_000),
    ("Taiwan Strait", (), 24.5, 119.5, "water", None, 2_000_000),
    ("Strait of Malacca", (), 4.0, 100.5, "water", None, 2_000_000),
    ("English Channel", (), 50.2, -1.0, "water", None, 2_000_000),
    ("Kerch Strait", (), 45.3, 36.5, "water", None, 1_000_000),
    ("Suez Canal", (), 30.5, 32.35, "water", "EG", 2_000_000),
    ("Panama Canal", (), 9.08, -79.68, "water", "PA", 2_000_000),
    ("Chesapeake Bay", (), 37.8, -76.1, "water", "US", 1_000_000),
    ("Puget Sound", (), 47.6, -122.4, "water", "US", 1_000_000),
    ("Lake Michigan", (), 44.0, -87.0, "water", "US", 1_000_000),
    ("Lake Erie", (), 42.2, -81.2, "water", None, 1_000_000),
    ("Lake Superior", (), 47.7, -87.5, "water", None, 1_000_000),
    ("Lake Huron", (), 44.8, -82.4, "water", None, 1_000_000),
    ("Lake Ontario", (), 43.7, -77.9, "water", None, 1_000_000),
    ("Great Lakes", (), 45.0, -84.0, "water", None, 1_000_000),
    ("Lake Victoria", (), -1.0, 33.0, "water", None, 1_000_000),
    ("Lake Tahoe", (), 39.1, -120.04, "water", "US", 500_000),
    ("Lake Okeechobee", (), 26.95, -80.8, "water", "US", 500_000),
    ("Great Salt Lake", (), 41.1, -112.5, "water", "US", 500_000),
    # ---- rivers (mouths)
    ("Tumen River", ("Tumen", "Tuman River"), 42.29, 130.7, "water", None, 1_000_000),
    ("Yalu River", ("Yalu",), 39.9, 124.3, "water", None, 1_000_000),
    ("Taedong River", (), 38.7, 125.2, "water", "KP", 500_000),
    ("Imjin River", (), 37.76, 126.68, "water", None, 500_000),
    ("Han River", (), 37.55, 126.98, "water", "KR", 500_000),
    ("Amur River", ("Amur",), 52.95, 141.1, "water", None, 1_000_000),
    ("Dnieper River", ("Dnieper", "Dnipro River"), 46.5, 32.3, "water", "UA", 1_000_000),
    ("Dniester River", ("Dniester",), 46.35, 30.2, "water", None, 500_000),
    ("Don River", (), 47.1, 39.3, "water", "RU", 500_000),
    ("Volga River", ("Volga",), 45.7, 47.9, "water", "RU", 1_000_000),
    ("Danube River", ("Danube",), 45.2, 29.7, "water", None, 1_000_000),
    ("Rhine River", ("Rhine",), 51.9, 4.0, "water", None, 1_000_000),
    ("River Thames", ("Thames", "Thames River"), 51.5, 0.6, "water", "GB", 1_000_000),
    ("Seine River", ("Seine",), 49.43, 0.2, "water", "FR", 500_000),
    ("Nile River", ("Nile", "River Nile"), 30.1, 31.2, "water", None, 1_000_000),
    ("Euphrates River", ("Euphrates",), 31.0, 47.4, "water", None, 1_000_000),
    ("Tigris River", ("Tigris",), 31.0, 47.4, "water", None, 1_000_000),
    ("Jordan River", (), 31.76, 35.56, "water", None, 500_000),
    ("Litani River", (), 33.34, 35.25, "water", "LB", 300_000),
    ("Yangtze River", ("Yangtze",), 31.4, 121.9, "water", "CN", 1_000_000),
    ("Yellow River", (), 37.76, 119.16, "water", "CN", 1_000_000),
    ("Mekong River", ("Mekong",), 10.2, 106.7, "water", None, 1_000_000),
    ("Ganges River", ("Ganges",), 22.0, 88.6, "water", "IN", 1_000_000),
    ("Indus River", ("Indus",), 24.0, 67.5, "water", "PK", 1_000_000),
    ("Amazon River", (), -0.5, -50.0, "water", "BR", 1_000_000),
    ("Mississippi River", (), 29.15, -89.25, "water", "US", 1_000_000),
    ("Missouri River", (), 38.81, -90.12, "water", "US", 500_000),
    ("Ohio River", (), 36.99, -89.13, "water", "US", 500_000),
    ("Potomac River", ("Potomac",), 38.0, -76.3, "water", "US", 500_000),
    ("Hudson River", (), 40.7, -74.02, "water", "US", 500_000),
    ("Colorado River", (), 31.8, -114.8, "water", "US", 500_000),
    ("Rio Grande", (), 25.96, -97.15, "water", None, 500_000),
    ("Columbia River", (), 46.25, -124.05, "water", "US", 500_000),
    ("Chattahoochee River", ("Chattahoochee",), 30.9, -84.9, "water", "US", 300_000),
    ("Tennessee River", (), 37.07, -88.56, "water", "US", 300_000),
    ("Cumberland River", (), 37.14, -88.41, "water", "US", 300_000),
    ("Kanawha River", (), 38.84, -82.14, "water", "US", 300_000),
    ("Savannah River", (), 32.03, -80.85, "water", "US", 300_000),
    ("Red River", (), 31.0, -91.7, "water", "US", 300_000),
    # ---- peninsulas, mountains, deserts, islands groups
    ("Korean Peninsula", (), 37.5, 127.5, "landform", None, 5_000_000),
    ("Crimean Peninsula", (), 45.3, 34.4, "landform", "UA", 2_000_000),
    ("Sinai Peninsula", ("Sinai",), 29.5, 33.8, "landform", "EG", 2_000_000),
    ("Arabian Peninsula", (), 23.0, 45.0, "landform", None, 3_000_000),
    ("Iberian Peninsula", (), 40.0, -4.0, "landform", None, 3_000_000),
    ("Balkans", ("Balkan Peninsula",), 42.0, 21.0, "landform", None, 3_000_000),
    ("Kamchatka Peninsula", ("Kamchatka",), 56.0, 160.0, "landform", "RU", 300_000),
    ("Himalayas", ("Himalaya",), 28.0, 84.0, "landform", None, 1_000_000),
    ("Alps", (), 46.5, 10.0, "landform", None, 1_000_000),
    ("Andes", (), -32.0, -70.0, "landform", None, 1_000_000),
    ("Rocky Mountains", ("Rockies",), 45.0, -110.0, "landform", "US", 1_000_000),
    ("Appalachian Mountains", ("Appalachians",), 37.0, -80.0, "landform", "US", 1_000_000),
    ("Golan Heights", ("Golan",), 33.0, 35.75, "landform", None, 1_000_000),
    ("Sahara", ("Sahara Desert",), 23.0, 13.0, "landform", None, 1_000_000),
    ("Caucasus", ("Caucasus Mountains",), 42.5, 44.0, "landform", None, 2_000_000),
    ("Siberia", (), 60.0, 100.0, "region", "RU", 3_000_000),
    # ---- major islands (centre points)
    ("Java", (), -7.5, 110.0, "landform", "ID", 3_000_000),
    ("Sumatra", (), -0.5, 101.5, "landform", "ID", 3_000_000),
    ("Borneo", (), 0.5, 114.0, "landform", None, 3_000_000),
    ("Sulawesi", ("Celebes",), -2.0, 121.0, "landform", "ID", 2_000_000),
    ("Bali", (), -8.4, 115.2, "landform", "ID", 2_000_000),
    ("Lombok", (), -8.6, 116.3, "landform", "ID", 500_000),
    ("New Guinea", (), -5.5, 141.0, "landform", None, 2_000_000),
    ("Luzon", (), 16.0, 121.0, "landform", "PH", 2_000_000),
    ("Mindanao", (), 7.5, 125.0, "landform", "PH", 2_000_000),
    ("Visayas", (), 11.0, 123.5, "landform", "PH", 1_000_000),
    ("Cebu Island", (), 10.3, 123.8, "landform", "PH", 300_000),
    ("Bohol", (), 9.85, 124.15, "landform", "PH", 300_000),
    ("Palawan", (), 9.5, 118.5, "landform", "PH", 300_000),
    ("Hokkaido", (), 43.5, 142.8, "landform", "JP", 1_000_000),
    ("Honshu", (), 36.0, 138.0, "landform", "JP", 1_000_000),
    ("Kyushu", (), 32.8, 130.8, "landform", "JP", 1_000_000),
    ("Shikoku", (), 33.7, 133.5, "landform", "JP", 500_000),
    ("Okinawa Island", (), 26.5, 127.9, "landform", "JP", 500_000),
    ("Hainan Island", (), 19.2, 109.7, "landform", "CN", 500_000),
    ("Sakhalin", ("Sakhalin Island",), 50.0, 143.0, "landform", "RU", 500_000),
    ("Tasmania", (), -42.0, 146.5, "landform", "AU", 1_000_000),
    ("North Island", (), -38.5, 176.0, "landform", "NZ", 1_000_000),
    ("South Island", (), -43.5, 170.5, "landform", "NZ", 1_000_000),
    ("Greenland", (), 72.0, -40.0, "landform", "GL", 3_000_000),
    ("Sicily", (), 37.5, 14.0, "landform", "IT", 2_000_000),
    ("Sardinia", (), 40.0, 9.0, "landform", "IT", 1_000_000),
    ("Corsica", (), 42.15, 9.1, "landform", "FR", 1_000_000),
    ("Crete", (), 35.2, 24.9, "landform", "GR", 1_000_000),
    ("Rhodes Island", (), 36.2, 28.0, "landform", "GR", 300_000),
    ("Mallorca", ("Majorca",), 39.6, 3.0, "landform", "ES", 500_000),
    ("Ibiza", (), 38.98, 1.43, "landform", "ES", 300_000),
    ("Tenerife", (), 28.27, -16.6, "landform", "ES", 300_000),
    ("Isle of Wight", (), 50.67, -1.3, "landform", "GB", 300_000),
    ("Isle of Man", (), 54.23, -4.55, "landform", "IM", 300_000),
    ("Anglesey", (), 53.27, -4.35, "landform", "GB", 100_000),
    ("Zanzibar", (), -6.1, 39.3, "landform", "TZ", 500_000),
    ("Hispaniola", (), 19.0, -71.0, "landform", None, 1_000_000),
    ("Long Island", (), 40.8, -73.2, "landform", "US", 1_000_000),
    ("Staten Island", (), 40.58, -74.15, "landform", "US", 300_000),
    ("Martha's Vineyard", (), 41.4, -70.6, "landform", "US", 100_000),
    ("Nantucket", (), 41.28, -70.1, "landform", "US", 100_000),
    ("Vancouver Island", (), 49.6, -125.5, "landform", "CA", 300_000),
    ("Newfoundland", (), 49.0, -56.0, "landform", "CA", 500_000),
    ("Prince Edward Island", (), 46.4, -63.2, "landform", "CA", 500_000),
    ("Baffin Island", (), 68.0, -70.0, "landform", "CA", 300_000),
    ("Tierra del Fuego", (), -54.0, -68.5, "landform", None, 300_000),
    ("Jeju Island", ("Jeju-do",), 33.4, 126.55, "landform", "KR", 300_000),
    ("Waiheke Island", ("Waiheke",), -36.8, 175.1, "landform", "NZ", 100_000),
    ("Rügen", ("Rugen",), 54.42, 13.4, "landform", "DE", 100_000),
    ("Gotland", (), 57.5, 18.5, "landform", "SE", 100_000),
    ("Lesbos", ("Lesvos",), 39.2, 26.3, "landform", "GR", 100_000),
    ("Lampedusa", (), 35.5, 12.6, "landform", "IT", 100_000),
    ("Phuket Island", (), 7.9, 98.35, "landform", "TH", 100_000),
    ("Hawaii Island", (), 19.6, -155.5, "landform", "US", 300_000),
    ("Maui", (), 20.8, -156.3, "landform", "US", 300_000),
    ("Oahu", ("O'ahu",), 21.47, -157.98, "landform", "US", 300_000),
    ("Kauai", (), 22.05, -159.5, "landform", "US", 100_000),
    ("Guadalcanal", (), -9.6, 160.15, "landform", "SB", 100_000),
    ("Timor", (), -9.3, 125.0, "landform", None, 300_000),
    # ---- archipelagos and island groups
    ("Canary Islands", (), 28.3, -16.0, "landform", "ES", 1_000_000),
    ("Balearic Islands", ("Balearics",), 39.5, 3.0, "landform", "ES", 1_000_000),
    ("Azores", (), 38.5, -28.0, "landform", "PT", 500_000),
    ("Madeira", (), 32.75, -17.0, "landform", "PT", 500_000),
    ("Faroe Islands", ("Faroes",), 62.0, -6.8, "landform", "FO", 300_000),
    ("Shetland Islands", ("Shetland",), 60.3, -1.3, "landform", "GB", 100_000),
    ("Orkney Islands", ("Orkney",), 59.0, -3.0, "landform", "GB", 100_000),
    ("Hebrides", ("Outer Hebrides", "Western Isles"), 57.8, -7.0, "landform", "GB", 100_000),
    ("British Isles", (), 54.0, -4.0, "landform", None, 1_000_000),
    ("Channel Islands", (), 49.4, -2.4, "landform", None, 300_000),
    ("Falkland Islands", ("Falklands",), -51.75, -59.0, "landform", "FK", 500_000),
    ("Galapagos Islands", ("Galapagos", "Galápagos Islands"), -0.7, -90.3, "landform", "EC", 500_000),
    ("Hawaiian Islands", (), 21.0, -157.0, "landform", "US", 1_000_000),
    ("Aleutian Islands", ("Aleutians",), 52.0, -175.0, "landform", "US", 300_000),
    ("Florida Keys", (), 24.7, -81.0, "landform", "US", 300_000),
    ("Outer Banks", (), 35.5, -75.5, "landform", "US", 100_000),
    ("Kuril Islands", ("Kurils", "Kuriles"), 46.5, 151.0, "landform", "RU", 300_000),
    ("Spratly Islands", ("Spratlys",), 10.0, 114.3, "landform", None, 300_000),
    ("Paracel Islands", ("Paracels",), 16.5, 112.0, "landform", None, 300_000),
    ("Senkaku Islands", ("Diaoyu Islands",), 25.75, 123.5, "landform", None, 300_000),
    ("Andaman Islands", ("Andaman and Nicobar Islands",), 12.0, 92.8, "landform", "IN", 300_000),
    ("Moluccas", ("Maluku Islands", "Spice Islands"), -3.2, 129.0, "landform", "ID", 300_000),
    ("Cyclades", (), 37.0, 25.2, "landform", "GR", 100_000),
    ("Dodecanese", (), 36.4, 27.5, "landform", "GR", 100_000),
    ("Lesser Antilles", (), 15.0, -61.0, "landform", None, 300_000),
    ("Greater Antilles", (), 19.0, -75.0, "landform", None, 300_000),
    ("West Indies", (), 18.0, -70.0, "region", None, 1_000_000),
    ("Polynesia", (), -15.0, -150.0, "region", None, 1_000_000),
    ("Melanesia", (), -9.0, 160.0, "region", None, 1_000_000),
    ("Oceania", (), -15.0, 150.0, "region", None, 5_000_000),
    ("Svalbard", ("Spitsbergen",), 78.0, 16.0, "landform", "SJ", 300_000),
    ("Tristan da Cunha", (), -37.1, -12.3, "landform", "SH", 100_000),
    # ---- mountain ranges, plateaus, deserts, valleys, deltas
    ("Ural Mountains", ("Urals",), 60.0, 59.5, "landform", "RU", 1_000_000),
    ("Pyrenees", (), 42.7, 1.0, "landform", None, 1_000_000),
    ("Carpathian Mountains", ("Carpathians",), 47.5, 24.5, "landform", None, 1_000_000),
    ("Apennines", (), 43.0, 12.8, "landform", "IT", 500_000),
    ("Hindu Kush", (), 35.5, 70.5, "landform", None, 1_000_000),
    ("Karakoram", (), 35.8, 76.5, "landform", None, 500_000),
    ("Pamir Mountains", ("Pamirs",), 38.5, 73.0, "landform", None, 500_000),
    ("Tian Shan", ("Tien Shan",), 42.0, 80.0, "landform", None, 500_000),
    ("Atlas Mountains", (), 31.5, -6.0, "landform", None, 500_000),
    ("Zagros Mountains", (), 33.5, 47.0, "landform", "IR", 500_000),
    ("Tibetan Plateau", (), 33.0, 88.0, "landform", "CN", 1_000_000),
    ("Sierra Nevada", (), 37.8, -119.5, "landform", "US", 500_000),
    ("Cascade Range", (), 45.0, -121.8, "landform", "US", 300_000),
    ("Great Plains", (), 40.0, -100.0, "region", "US", 1_000_000),
    ("Great Smoky Mountains", ("Smoky Mountains", "Smokies"), 35.6, -83.5, "landform", "US", 300_000),
    ("Blue Ridge Mountains", (), 37.5, -79.5, "landform", "US", 300_000),
    ("Ozarks", ("Ozark Mountains",), 36.5, -92.5, "landform", "US", 300_000),
    ("Adirondacks", ("Adirondack Mountains",), 44.1, -74.0, "landform", "US", 300_000),
    ("Catskills", ("Catskill Mountains",), 42.1, -74.4, "landform", "US", 300_000),
    ("Grand Canyon", (), 36.1, -112.1, "landform", "US", 500_000),
    ("Death Valley", (), 36.5, -117.0, "landform", "US", 300_000),
    ("Mojave Desert", ("Mojave",), 35.0, -116.0, "landform", "US", 300_000),
    ("Everglades", (), 25.9, -80.9, "landform", "US", 300_000),
    ("Atacama Desert", ("Atacama",), -24.0, -69.5, "landform", "CL", 300_000),
    ("Gobi Desert", ("Gobi",), 43.0, 105.0, "landform", None, 500_000),
    ("Kalahari Desert", ("Kalahari",), -23.0, 22.0, "landform", None, 300_000),
    ("Negev", ("Negev Desert",), 30.8, 34.8, "landform", "IL", 300_000),
    ("Amazon Rainforest", ("Amazonia", "Amazon Basin"), -3.5, -62.0, "region", "BR", 1_000_000),
    ("Patagonia", (), -45.0, -69.0, "region", None, 500_000),
    ("Great Rift Valley", ("Rift Valley",), 0.5, 36.0, "landform", None, 500_000),
    ("Danube Delta", (), 45.1, 29.4, "landform", "RO", 100_000),
    ("Nile Delta", (), 30.9, 31.0, "landform", "EG", 300_000),
    ("Niger Delta", (), 5.0, 6.0, "region", "NG", 1_000_000),
    ("Mekong Delta", (), 10.0, 105.8, "region", "VN", 1_000_000),
    ("Ganges Delta", (), 22.5, 89.5, "region", None, 300_000),
    ("Mount Everest", ("Everest",), 27.99, 86.93, "landform", None, 500_000),
    ("Mount Kilimanjaro", ("Kilimanjaro",), -3.07, 37.35, "landform", "TZ", 300_000),
    ("Mount Fuji", (), 35.36, 138.73, "landform", "JP", 300_000),
    ("Mount Etna", ("Etna",), 37.75, 14.99, "landform", "IT", 300_000),
    ("Mount St. Helens", ("Mount Saint Helens",), 46.2, -122.19, "landform", "US", 100_000),
    ("Lake Titicaca", (), -15.9, -69.3, "water", None, 300_000),
    ("Lake Pontchartrain", (), 30.18, -90.1, "water", "US", 300_000),
    ("Lake Baikal", (), 53.5, 108.2, "water", "RU", 500_000),
    ("Lake Tanganyika", (), -6.0, 29.5, "water", None, 300_000),
    ("Lake Malawi", ("Lake Nyasa",), -12.0, 34.5, "water", None, 300_000),
    ("Lake Chad", (), 13.0, 14.5, "water", None, 300_000),
    ("Lake Geneva", (), 46.45, 6.5, "water", None, 300_000),
    ("Aral Sea", (), 45.0, 60.0, "water", None, 300_000),
    # ---- historical and informal regions
    ("Americas", ("the Americas",), 19.0, -96.0, "region", None, 50_000_000),
    ("Soviet Union", ("USSR", "U.S.S.R."), 61.0, 99.0, "region", None, 5_000_000),
    ("Zaire", (), -3.0, 23.0, "region", "CD", 1_000_000),
    ("Yugoslavia", (), 44.0, 20.5, "region", None, 1_000_000),
    ("Indochina", (), 15.0, 105.0, "region", None, 1_000_000),
    ("Jutland", (), 56.0, 9.2, "landform", "DK", 300_000),
    ("Scottish Highlands", (), 57.3, -4.8, "region", "GB", 300_000),
    ("Lapland", (), 67.5, 25.0, "region", None, 300_000),
    ("Punjab Region", (), 31.0, 74.0, "region", None, 300_000),
    ("Bengal", (), 23.5, 89.0, "region", None, 300_000),
    ("Anatolia", ("Asia Minor",), 39.0, 33.0, "region", "TR", 500_000),
    ("Levant", (), 33.5, 36.0, "region", None, 1_000_000),
    ("Maghreb", (), 31.0, 3.0, "region", None, 1_000_000),
    ("Mesopotamia", (), 33.0, 44.0, "region", None, 300_000),
    ("Baltic States", ("Baltics",), 57.0, 24.0, "region", None, 1_000_000),
    ("Nordic Countries", (), 63.0, 15.0, "region", None, 1_000_000),
    ("Iberia", (), 40.0, -4.0, "region", None, 300_000),
    ("Deep South", (), 32.5, -88.0, "region", "US", 300_000),
    ("American South", (), 33.0, -86.0, "region", "US", 300_000),
    ("Great Lakes Region", (), 45.0, -84.0, "region", "US", 100_000),
    ("Rust Belt", (), 41.0, -82.0, "region", "US", 100_000),
    ("Corn Belt", (), 41.5, -92.0, "region", "US", 100_000),
    ("Bible Belt", (), 34.0, -88.0, "region", "US", 100_000),
    ("Sun Belt", (), 33.0, -97.0, "region", "US", 100_000),
    ("Arctic Circle", (), 66.56, 0.0, "region", None, 100_000),
    ("Antarctic", ("Antarctic Peninsula",), -75.0, 0.0, "region", None, 300_000),
    ("Kurdistan Region", ("Iraqi Kurdistan",), 36.2, 44.0, "region", "IQ", 500_000),
    ("Kashmir Valley", (), 34.0, 74.8, "region", "IN", 100_000),
    # ---- regions: supranational, disputed, informal
    ("Middle East", ("Mideast", "Near East"), 29.0, 41.0, "region", None, 50_000_000),
    ("European Union", ("EU", "E.U."), 50.85, 4.35, "region", None, 50_000_000),
    ("Donbas", ("Donbass",), 48.0, 38.0, "region", "UA", 5_000_000),
    ("Crimea", (), 45.3, 34.4, "region", "UA", 5_000_000),
    ("Gaza Strip", (), 31.42, 34.36, "region", "PS", 5_000_000),
    ("West Bank", (), 31.95, 35.3, "region", "PS", 5_000_000),
    ("Kashmir", (), 34.0, 76.0, "region", None, 5_000_000),
    ("Kurdistan", (), 36.5, 44.0, "region", None, 5_000_000),
    ("Darfur", (), 13.0, 25.0, "region", "SD", 5_000_000),
    ("Transnistria", (), 47.25, 29.4, "region", "MD", 500_000),
    ("Abkhazia", (), 43.0, 41.0, "region", "GE", 500_000),
    ("South Ossetia", (), 42.3, 44.0, "region", "GE", 500_000),
    ("Nagorno-Karabakh", ("Karabakh",), 39.8, 46.75, "region", "AZ", 500_000),
    ("Scandinavia", (), 62.0, 14.0, "region", None, 5_000_000),
    ("Southeast Asia", ("South-East Asia", "South East Asia"), 5.0, 110.0, "region", None, 50_000_000),
    ("East Asia", (), 35.0, 115.0, "region", None, 50_000_000),
    ("South Asia", (), 22.0, 78.0, "region", None, 50_000_000),
    ("Central Asia", (), 45.0, 68.0, "region", None, 50_000_000),
    ("Eastern Europe", (), 50.0, 30.0, "region", None, 50_000_000),
    ("Western Europe", (), 48.0, 5.0, "region", None, 50_000_000),
    ("Latin America", (), -10.0, -65.0, "region", None, 50_000_000),
    ("Central America", (), 13.0, -86.0, "region", None, 50_000_000),
    ("Sub-Saharan Africa", (), 0.0, 20.0, "region", None, 50_000_000),
    ("West Africa", (), 12.0, -2.0, "region", None, 50_000_000),
    ("East Africa", (), 0.0, 37.0, "region", None, 50_000_000),
    ("North Africa", (), 27.0, 14.0, "region", None, 50_000_000),
    ("Southern Africa", (), -25.0, 25.0, "region", None, 50_000_000),
    ("Horn of Africa", (), 8.0, 46.0, "region", None, 5_000_000),
    ("Sahel", (), 14.0, 5.0, "region", None, 5_000_000),
    ("Arctic", (), 80.0, 0.0, "region", None, 1_000_000),
    ("Caribbean", (), 15.0, -75.0, "region", None, 5_000_000),
    ("Balochistan", ("Baluchistan",), 28.5, 65.0, "region", None, 1_000_000),
    ("Tibet", (), 31.0, 89.0, "region", "CN", 3_000_000),
    ("Midwest", ("Middle West",), 41.5, -90.0, "region", "US", 5_000_000),
    ("New England", (), 43.5, -71.5, "region", "US", 5_000_000),
    ("Pacific Northwest", (), 46.0, -121.0, "region", "US", 5_000_000),
    ("Gulf Coast", (), 29.5, -90.0, "region", "US", 5_000_000),
    ("Appalachia", (), 38.0, -81.0, "region", "US", 1_000_000),
    ("Silicon Valley", (), 37.4, -122.05, "region", "US", 1_000_000),
    ("Bay Area", ("San Francisco Bay Area",), 37.8, -122.3, "region", "US", 1_000_000),
    ("Upper Peninsula", (), 46.5, -87.0, "region", "US", 300_000),
    ("Korean Demilitarized Zone", ("DMZ", "Demilitarized Zone"), 38.0, 127.0, "region", None, 500_000),
    ("Panmunjom", ("Panmunjeom",), 37.956, 126.677, "city", "KP", 300_000),
    # ---- seats of government and venues of talks, at their own point: "talks at the White
    # House" were held in Washington (not in White House, Tennessee, nor in Casablanca, whose
    # Arabic name means "white house"); "met at the Kremlin" in Moscow
    ("White House", (), 38.8977, -77.0365, "city", "US", 1_000_000),
    ("Kremlin", ("Moscow Kremlin",), 55.752, 37.6175, "city", "RU", 1_000_000),
    ("Pentagon", (), 38.8719, -77.0563, "city", "US", 500_000),
    ("Downing Street", ("10 Downing Street",), 51.5034, -0.1276, "city", "GB", 500_000),
    ("Elysee Palace", ("Élysée Palace", "Elysée Palace"), 48.8704, 2.3167, "city", "FR", 500_000),
    ("Camp David", (), 39.6482, -77.465, "city", "US", 300_000),
    ("Blue House", ("Cheong Wa Dae",), 37.5866, 126.9748, "city", "KR", 300_000),
    ("Zhongnanhai", (), 39.9134, 116.3831, "city", "CN", 300_000),
)

# Representative points of large countries, following the convention of Wikipedia's
# article coordinates where the Factbook centres in ``countryinfo`` differ by > 150 km.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (40.0, -100.0), "RU": (60.0, 90.0), "CN": (35.0, 103.0), "AU": (-25.0, 133.0),
    "BR": (-10.0, -52.0), "SD": (15.0, 32.0), "LY": (27.0, 17.0), "NG": (8.0, 10.0),
    "JP": (35.0, 136.0), "CA": (60.0, -95.0), "IN": (21.0, 78.0), "KZ": (48.0, 68.0),
    "AR": (-34.0, -64.0), "DZ": (28.0, 2.0), "CD": (-3.0, 23.0), "GB": (55.0, -3.0),
}

# Continents: Wikipedia's article coordinates where GeoNames' point lies far off-centre.
CONTINENT_POINTS: dict[str, tuple[float, float]] = {
    "Europe": (51.0, 17.5), "North America": (54.77, -105.64),
}

# Country names and abbreviations GeoNames lists poorly; value: ISO alpha-2.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "U.S": "US", "US": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "the States": "US",
    "U.K.": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "UAE": "AE", "U.A.E.": "AE", "DRC": "CD", "D.R.C.": "CD", "DR Congo": "CD",
    "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG",
    "DPRK": "KP", "D.P.R.K.": "KP", "North Korea": "KP", "South Korea": "KR", "ROK": "KR",
    "Korea": "KR", "Russia": "RU", "Russian Federation": "RU", "Iran": "IR", "Syria": "SY",
    "Vietnam": "VN", "Viet Nam": "VN", "Laos": "LA", "Burma": "MM", "Myanmar": "MM",
    "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Czech Republic": "CZ", "Czechia": "CZ",
    "Holland": "NL", "the Netherlands": "NL", "PRC": "CN", "Mainland China": "CN",
    "Taiwan": "TW", "Palestine": "PS", "Palestinian Territories": "PS",
    "Palestinian territories": "PS", "Vatican": "VA", "Vatican City": "VA",
    "East Timor": "TL", "Macedonia": "MK", "North Macedonia": "MK", "Moldova": "MD",
    "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Micronesia": "FM",
    "Swaziland": "SZ", "Eswatini": "SZ", "Cape Verde": "CV", "Kosovo": "XK",
    "Brunei": "BN", "Gambia": "GM", "The Gambia": "GM", "Bahamas": "BS",
}

# Short names shared by two countries; the document's other places decide between them
# (the larger country wins without context).
SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "Congo": ("CD", "CG"), "Republic of Congo": ("CG",), "Democratic Republic of Congo": ("CD",),
}

# US state and Canadian province abbreviations (AP style and postal), value: "CC.ADMIN1".
ADMIN1_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Cal.": "US.CA",
    "Colo.": "US.CO", "Conn.": "US.CT", "Del.": "US.DE", "Fla.": "US.FL", "Ga.": "US.GA",
    "Ill.": "US.IL", "Ind.": "US.IN", "Kan.": "US.KS", "Kans.": "US.KS", "Ky.": "US.KY",
    "La.": "US.LA", "Md.": "US.MD", "Mass.": "US.MA", "Mich.": "US.MI", "Minn.": "US.MN",
    "Miss.": "US.MS", "Mo.": "US.MO", "Mont.": "US.MT", "Neb.": "US.NE", "Nebr.": "US.NE",
    "Nev.": "US.NV", "N.H.": "US.NH", "N.J.": "US.NJ", "N.M.": "US.NM", "N.Mex.": "US.NM",
    "N.Y.": "US.NY", "N.C.": "US.NC", "N.D.": "US.ND", "N.Dak.": "US.ND", "Okla.": "US.OK",
    "Ore.": "US.OR", "Oreg.": "US.OR", "Pa.": "US.PA", "Penn.": "US.PA", "R.I.": "US.RI",
    "S.C.": "US.SC", "S.D.": "US.SD", "S.Dak.": "US.SD", "Tenn.": "US.TN", "Tex.": "US.TX",
    "Vt.": "US.VT", "Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV", "W. Va.": "US.WV",
    "Wis.": "US.WI", "Wisc.": "US.WI", "Wyo.": "US.WY", "D.C.": "US.DC", "DC": "US.DC",
    "B.C.": "CA.02", "Alta.": "CA.01", "Sask.": "CA.11", "Man.": "CA.03", "Ont.": "CA.08",
    "Que.": "CA.10", "N.S.": "CA.07", "N.B.": "CA.04", "Nfld.": "CA.05", "P.E.I.": "CA.09",
    "NSW": "AU.02", "N.S.W.": "AU.02",
}

# Postal codes, recognised only right after "Town, " ("Columbus, OH").
US_POSTAL = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()

# Demonyms and adjectives not (or badly) in countryinfo; value: ISO alpha-2, or
# "@Name" for a curated/continent place, or "CC.ADMIN1" for a first-level subdivision.
EXTRA_DEMONYMS: dict[str, str] = {
    "American": "US", "Americans": "US", "British": "GB", "Briton": "GB", "Britons": "GB",
    "English": "GB", "Scottish": "GB", "Scots": "GB", "Welsh": "GB",
    "Palestinian": "PS", "Palestinians": "PS", "Israeli": "IL", "Israelis": "IL",
    "North Korean": "KP", "North Koreans": "KP", "South Korean": "KR", "South Koreans": "KR",
    "Korean": "KR", "Koreans": "KR", "Soviet": "RU", "Dutch": "NL", "Filipino": "PH",
    "Filipinos": "PH", "Emirati": "AE", "Saudi": "SA", "Saudis": "SA", "Swiss": "CH",
    "Chinese": "CN", "Japanese": "JP", "Vietnamese": "VN", "Lebanese": "LB", "Sudanese": "SD",
    "Congolese": "CD", "Taiwanese": "TW", "Iraqi": "IQ", "Iraqis": "IQ", "Afghan": "AF",
    "Afghans": "AF", "Pakistani": "PK", "Pakistanis": "PK", "Bangladeshi": "BD",
    "Kuwaiti": "KW", "Qatari": "QA", "Yemeni": "YE", "Yemenis": "YE", "Omani": "OM",
    "Thai": "TH", "Greek": "GR", "Greeks": "GR", "Turkish": "TR", "Turks": "TR",
    "French": "FR", "Irish": "IE", "Spanish": "ES", "Portuguese": "PT", "Danish": "DK",
    "Danes": "DK", "Swedish": "SE", "Swedes": "SE", "Finnish": "FI", "Finns": "FI",
    "Norwegian": "NO", "Polish": "PL", "Poles": "PL", "Czech": "CZ", "Slovak": "SK",
    "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS", "Serbs": "RS",
    "Croatian": "HR", "Croats": "HR", "Bosnian": "BA", "Albanian": "AL", "Kosovar": "XK",
    "Ukrainian": "UA", "Ukrainians": "UA", "Belarusian": "BY", "Russian": "RU",
    "Russians": "RU", "Georgian": "GE", "Georgians": "GE", "Armenian": "AM", "Azerbaijani": "AZ",
    "Azeri": "AZ", "Kazakh": "KZ", "Uzbek": "UZ", "Iranian": "IR", "Iranians": "IR",
    "Persian": "IR", "Syrian": "SY", "Syrians": "SY", "Jordanian": "JO", "Egyptian": "EG",
    "Egyptians": "EG", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA",
    "Somali": "SO", "Somalis": "SO", "Ethiopian": "ET", "Eritrean": "ER", "Kenyan": "KE",
    "Ugandan": "UG", "Rwandan": "RW", "Nigerian": "NG", "Ghanaian": "GH", "Malian": "ML",
    "Zimbabwean": "ZW", "South African": "ZA", "Mexican": "MX", "Mexicans": "MX",
    "Canadian": "CA", "Canadians": "CA", "Cuban": "CU", "Cubans": "CU", "Haitian": "HT",
    "Haitians": "HT", "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR",
    "Colombian": "CO", "Venezuelan": "VE", "Peruvian": "PE", "Chilean": "CL",
    "Australian": "AU", "Australians": "AU", "New Zealander": "NZ", "Indonesian": "ID",
    "Malaysian": "MY", "Singaporean": "SG", "Indian": "IN", "Indians": "IN",
    "Sri Lankan": "LK", "Sri Lankans": "LK", "Nepalese": "NP", "Nepali": "NP",
    "Mongolian": "MN", "German": "DE", "Germans": "DE", "Italian": "IT", "Italians": "IT",
    "Austrian": "AT", "Belgian": "BE", "Icelandic": "IS", "Estonian": "EE", "Latvian": "LV",
    "Lithuanian": "LT", "Moldovan": "MD", "Chechen": "RU.12", "Chechens": "RU.12",
    "South Ossetian": "@South Ossetia", "Ossetian": "@South Ossetia",
    "Abkhaz": "@Abkhazia", "Abkhazian": "@Abkhazia", "Kurdish": "@Kurdistan", "Kurds": "@Kurdistan",
    "European": "@Europe", "Europeans": "@Europe", "African": "@Africa", "Africans": "@Africa",
    "Asian": "@Asia", "Asians": "@Asia", "Latin American": "@Latin America",
    "Middle Eastern": "@Middle East", "Tibetan": "@Tibet", "Tibetans": "@Tibet",
    "Texan": "US.TX", "Texans": "US.TX", "Californian": "US.CA", "Californians": "US.CA",
    "Floridian": "US.FL", "Floridians": "US.FL", "Ohioan": "US.OH", "Ohioans": "US.OH",
    "Kentuckian": "US.KY", "Kentuckians": "US.KY", "Hoosier": "US.IN", "Hoosiers": "US.IN",
    "Iowan": "US.IA", "Iowans": "US.IA", "Minnesotan": "US.MN", "Minnesotans": "US.MN",
    "Nebraskan": "US.NE", "Nebraskans": "US.NE", "Tennessean": "US.TN", "Tennesseans": "US.TN",
    "Oklahoman": "US.OK", "Oklahomans": "US.OK", "Michigander": "US.MI", "Michiganders": "US.MI",
    "Kansan": "US.KS", "Kansans": "US.KS", "Missourian": "US.MO", "Missourians": "US.MO",
    "Virginian": "US.VA", "Virginians": "US.VA", "West Virginian": "US.WV",
    "West Virginians": "US.WV", "New Yorker": "US.NY", "New Yorkers": "US.NY",
    "Alaskan": "US.AK", "Alaskans": "US.AK", "Hawaiian": "US.HI", "Arizonan": "US.AZ",
    "Coloradan": "US.CO", "Oregonian": "US.OR", "Pennsylvanian": "US.PA",
    "Alabamian": "US.AL", "Mississippian": "US.MS", "Louisianan": "US.LA",
    "Wisconsinite": "US.WI", "Illinoisan": "US.IL", "Utahn": "US.UT", "Nevadan": "US.NV",
    "Vermonter": "US.VT", "Marylander": "US.MD",
}

# Diseases and viruses named after places; such a name is the disease unless the text
# places it ("in Marburg", "Lyme, Connecticut").
DISEASE_PLACE_NAMES: frozenset[str] = frozenset(
    ["west nile", "marburg", "ebola", "lassa", "zika", "nipah", "hendra", "lyme", "chagas",
     "norwalk", "coxsackie", "hantaan", "machupo", "junin", "omsk", "kyasanur"])

# Words that are capitalised place names in GeoNames but almost never places in news text.
NON_PLACE_WORDS: frozenset[str] = frozenset(
    """
    a an the of and or in on at to for by with from as is it he she we they i you me my our
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday god jesus
    christ lord president governor senator mayor police sheriff officer officers man woman
    mr mrs ms dr st mt ft new old north south east west northern southern eastern western
    city county state town village university college school church hospital court street
    road avenue highway park center centre hall house office department news times post
    daily democrat democrats republican republicans congress senate council board people
    national international federal american christian muslim islamic jewish catholic
    protestant english spanish french german latin arabic hebrew black white red blue green
    gold silver brown young union liberty victory independence freedom hope faith grace
    unity harmony friendship commerce industry enterprise progress providence concord
    way gulf act region wash can part lions mound superior titan valley republic delta
    plateau central midlands province home western eastern
    justice defense defence agriculture health energy interior treasury labor labour
    supreme appellate appeals circuit magistrates crown constitutional
    """.split()
)

#: Parliaments called by a one-word name that a town elsewhere shares ("the Duma" is
#: Russia's parliament, not Duma in Syria): a place only right after a locative
#: preposition with no article ("in Duma"), never "the Duma", "Duma deputies".
LEGISLATURE_NAMES: frozenset[str] = frozenset(
    "duma rada knesset sejm majlis bundestag bundesrat storting riksdag folketing eduskunta "
    "althing oireachtas dail seanad saeima seimas riigikogu sabor skupstina jirga khural "
    "kurultai cortes diet yuan".split()
)

#: Religions, their branches and their followers: a group, not a place, even where a town
#: has the word among its alternate names ("Ismaili" for Ismayilli, "Christian" for
#: Moundridge, "Mormon" for Portola, "Baha'i" spelt like El Bahay).
RELIGIOUS_GROUPS: frozenset[str] = frozenset(
    """ismaili ismailis bahai baha'i bahais baha'is sunni sunnis shia shias shiite shiites alawite
    alawites druze sufi sufis salafi salafis wahhabi wahhabis copt copts coptic maronite maronites
    hindu hindus sikh sikhs jain jains buddhist buddhists muslim muslims moslem moslems christian
    christians catholic catholics protestant protestants mormon mormons amish mennonite mennonites
    quaker quakers baptist baptists methodist methodists lutheran lutherans anglican anglicans
    episcopalian episcopalians presbyterian presbyterians pentecostal pentecostals evangelical
    evangelicals jewish jew jews hasidic hasidim yazidi yazidis zoroastrian zoroastrians
    rastafarian rastafarians ahmadiyya chaldean chaldeans""".split()
)

#: Generic words of geography that some place lists as an alternate name of its own (a
#: translation or a local nickname: "Market" for Marquette, "Part" for Perth, "Island" for
#: Iceland's own "Ísland", "Region" for Calabarzon): as a name of one place they would make
#: the common word a place. The source's alternate names are dropped when they are one of
#: these or a word of NON_PLACE_WORDS.
GENERIC_ALTERNATE_WORDS: frozenset[str] = NON_PLACE_WORDS | frozenset(
    """region regions province district area zone territory island islands lake lakes river
    valley bay harbor harbour port park market camp station beach downtown village town city
    center centre part big little great upper lower middle capital""".split()
)
