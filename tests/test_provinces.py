"""First-level divisions added to provinces.tsv for Germany, Spain, Italy, France, Poland, Japan, South Korea,
Argentina, Peru, Kenya, South Africa, Egypt, Saudi Arabia, Turkey and Ethiopia: one lookup per country, the
names they share with cities, seas and other countries' divisions, and events placed in them end to end.

The table's general shape and the ranking rules are tested in tests/test_where.py; this file checks the rows.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest

from dyadwatch import code_article
from dyadwatch.where import COUNTRIES_FILE, PROVINCES_FILE, Gazetteer, _read_tsv, get_gazetteer

ADDED_COUNTRIES = ("DEU", "ESP", "ITA", "FRA", "POL", "JPN", "KOR", "ARG", "PER", "KEN", "ZAF", "EGY", "SAU",
                   "TUR", "ETH")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(("name", "expected", "iso3"), [
    ("Bavaria", "Bavaria", "DEU"),
    ("North Rhine-Westphalia", "North Rhine-Westphalia", "DEU"),
    ("Sachsen", "Saxony", "DEU"),
    ("Andalusia", "Andalusia", "ESP"),
    ("Valencia region", "Valencian Community", "ESP"),
    ("Lombardy", "Lombardy", "ITA"),
    ("Puglia", "Apulia", "ITA"),
    ("Brittany", "Brittany", "FRA"),
    ("Île-de-France", "Ile-de-France", "FRA"),
    ("Masovia", "Masovia", "POL"),
    ("Podkarpackie province", "Subcarpathia", "POL"),
    ("Aichi Prefecture", "Aichi", "JPN"),
    ("Ishikawa Prefecture", "Ishikawa", "JPN"),
    ("Fukushima Prefecture", "Fukushima", "JPN"),
    ("Gyeonggi Province", "Gyeonggi", "KOR"),
    ("North Gyeongsang", "North Gyeongsang", "KOR"),
    ("Buenos Aires province", "Buenos Aires", "ARG"),
    ("Entre Ríos", "Entre Rios", "ARG"),
    ("Ayacucho region", "Ayacucho", "PER"),
    ("Ucayali", "Ucayali", "PER"),
    ("Rift Valley", "Rift Valley", "KEN"),
    ("Nyanza", "Nyanza", "KEN"),
    ("KwaZulu-Natal", "KwaZulu-Natal", "ZAF"),
    ("Gauteng", "Gauteng", "ZAF"),
    ("Beheira", "Beheira", "EGY"),
    ("Menoufia", "Monufia", "EGY"),
    ("Asir", "Asir", "SAU"),
    ("Al-Qassim", "Qassim", "SAU"),
    ("Diyarbakir province", "Diyarbakir", "TUR"),
    ("Şanlıurfa province", "Sanliurfa", "TUR"),
    ("Central Ethiopia Region", "Central Ethiopia Region", "ETH"),
])
def test_each_country_has_its_divisions(gazetteer: Gazetteer, name: str, expected: str, iso3: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country, place.precision) == (expected, iso3, "region")


@pytest.mark.parametrize(("name", "context", "expected", "iso3", "precision"), [
    # a division named like its own capital: the city keeps its place, the division word asks for the division
    ("Kyoto", (), "Kyoto", "JPN", "city"),
    ("Kyoto prefecture", (), "Kyoto", "JPN", "region"),
    ("Buenos Aires", (), "Buenos Aires", "ARG", "city"),
    ("Lima", (), "Lima", "PER", "city"),
    ("Lima region", (), "Lima", "PER", "region"),
    ("Lublin", (), "Lublin", "POL", "city"),
    ("Lublin province", (), "Lublin", "POL", "region"),
    ("Alexandria", (), "Alexandria", "EGY", "city"),
    ("Berlin", (), "Berlin", "DEU", "city"),
    ("Berlin state", (), "Berlin", "DEU", "region"),
    ("Hamburg", (), "Hamburg", "DEU", "city"),
    # a foreign city the division must not displace
    ("Alexandria", ("USA",), "Alexandria", "USA", "city"),
    ("Valencia", (), "Valencia", "VEN", "city"),
    ("Valencia", ("ESP",), "Valencia", "ESP", "city"),
    ("Kochi", (), "Kochi", "IND", "city"),
    ("Kochi province", (), "Kochi", "JPN", "region"),
    ("San Juan", (), "San Juan", "PRI", "city"),
    ("San Juan province", (), "San Juan", "ARG", "region"),
    ("Santa Cruz province", ("ARG",), "Santa Cruz", "ARG", "region"),
    ("Natal", (), "Natal", "BRA", "city"),
    ("La Rioja", (), "La Rioja", "ARG", "city"),
    ("La Rioja region", ("ESP",), "La Rioja", "ESP", "region"),
    ("Formosa", (), "Taiwan", "TWN", "country"),
    ("Formosa province", (), "Formosa", "ARG", "region"),
    # names another country's division (or a sea) owns
    ("Amazonas", (), "Amazonas", "BRA", "region"),
    ("Amazonas region", ("PER",), "Amazonas", "PER", "region"),
    ("Al Jawf", (), "Al Jawf", "YEM", "region"),
    ("Al Jouf", (), "Al Jouf", "SAU", "region"),
    ("Red Sea governorate", (), "Red Sea", "EGY", "region"),
    ("Red Sea state", (), "Red Sea state", "SDN", "region"),
    ("North West province", (), "North West", "ZAF", "region"),
    ("Eastern Province", (), "Eastern Province", "SAU", "region"),
    ("Eastern Province", ("LKA",), "Eastern Province", "LKA", "region"),
    ("Eastern Province", ("Kenya",), "Eastern Province", "KEN", "region"),
])
def test_collisions(gazetteer: Gazetteer, name: str, context: tuple[str, ...], expected: str, iso3: str,
                    precision: str) -> None:
    place = gazetteer.lookup(name, context)
    assert place is not None
    assert (place.name, place.country, place.precision) == (expected, iso3, precision)


def test_the_red_sea_alone_is_still_the_sea(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Red Sea")
    assert place is not None and place.country is None and place.precision == "region"


@pytest.mark.parametrize("name", ["North West", "New Valley", "Bavarian", "Baveria", "Central", "Western"])
def test_common_words_and_near_misses_are_not_divisions(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is None or place.precision != "region" or place.country not in ADDED_COUNTRIES


def _added_rows() -> list[list[str]]:
    return [row for row in _read_tsv(PROVINCES_FILE) if row[0] in ADDED_COUNTRIES]


def test_added_rows_are_near_their_country() -> None:
    """A swapped sign or a slipped digit puts a division in another continent; the country's own point is a
    cheap check (Tierra del Fuego, about 2,200 km from Argentina's centre, is the farthest)."""
    centres = {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv(COUNTRIES_FILE)}
    far = [(row[0], row[1]) for row in _added_rows()
           if _distance_km(float(row[3]), float(row[4]), *centres[row[0]]) > 2500]
    assert far == []


def test_added_rows_are_unique_and_well_formed() -> None:
    rows = _added_rows()
    assert len(rows) >= 260
    assert all(len(row) in (5, 6) and (len(row) == 5 or row[5] == "suffixed") for row in rows)
    repeated = [key for key, count in Counter((row[0], row[1]) for row in rows).items() if count > 1]
    assert repeated == []
    per_country = Counter(row[0] for row in rows)
    assert per_country["DEU"] == 16 and per_country["POL"] == 16 and per_country["ZAF"] == 9
    assert per_country["JPN"] == 45 and per_country["PER"] == 25 and per_country["ARG"] == 24


@pytest.mark.parametrize(("text", "expected", "iso3"), [
    ("MUNICH (Reuters) - German police arrested three men in Bavaria on Tuesday over a plot to attack a "
     "synagogue, prosecutors said.", "Bavaria", "DEU"),
    ("Spanish police detained 14 people in Andalusia on Monday in a raid on a hashish smuggling ring.",
     "Andalusia", "ESP"),
    ("Peruvian troops clashed with farmers in Ayacucho region on Friday, killing six people.",
     "Ayacucho", "PER"),
    ("South African police arrested 20 suspects in KwaZulu-Natal on Saturday after a wave of killings.",
     "KwaZulu-Natal", "ZAF"),
    ("Egyptian security forces killed 10 militants in Beheira on Sunday, the interior ministry said.",
     "Beheira", "EGY"),
    ("South Korean prosecutors raided offices in Gyeonggi Province on Monday.", "Gyeonggi", "KOR"),
    # "prefecture" is a division word: the tagger's split of "Fukushima Prefecture" no longer leaves the city
    ("Japanese police arrested 12 protesters in Fukushima Prefecture on Monday.", "Fukushima", "JPN"),
])
def test_events_are_placed_in_the_new_divisions(text: str, expected: str, iso3: str) -> None:
    article = code_article(text, published="2024-03-05")
    places = [(event.location.name, event.location.country, event.location.precision)
              for event in article.events if event.location is not None]
    assert places and places[0] == (expected, iso3, "region")
