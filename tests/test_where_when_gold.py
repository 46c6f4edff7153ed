"""Where and when, measured: the whole pipeline over tests/fixtures/where_when_gold.jsonl.

The gold file holds news-style sentences written for this project, each with a publication date and one
expected event (type, CAMEO root, source/target country, event date, location name and ISO3 country) fixed
by hand. Its ``suite`` field splits it by position: records 1-80 are ``tune`` and records 81-172
``heldout`` (looked at only to report); records 173-252 are ``tune2``, written later when ``tune`` was
nearly exhausted, with new places and constructions (datelines, "in the X region of Y", "off the coast of",
"outside the capital", provinces, islands, disputed areas, topic-only places); records 253-332 are ``tune3``
(places as modifiers, "X's capital", journeys from one place to another, namesakes, datelines with the event
elsewhere, sentences with no place); records 333-412 are ``tune4`` (wire copy of 1985-2026: "the capital Kabul",
old state names and spellings such as Kampuchea, Rangoon, Leningrad, Kiev; "in waters near", "across the border
in", rebel-held places, summit sidelines, embassies, airports, bases, camps, prisons and border crossings; calls
and statements; places in relative clauses; US namesakes; ambiguous towns; seas; and dates that need care:
"late Sunday", "overnight ... said on Sunday", year ranges, dates in asides, "last Sunday" on a Sunday); records
413-492 are ``tune5`` (long wire sentences of 1985-2026 with attributions and two or three places of which one
is the event's: events named by nouns ("the bombardment of X", "a raid on a camp near Y"), passives, participle
triggers ("..., killing 19"), verbs such as rammed, stormed, torched, ambushed, airlifted, sentenced, hosted;
datelines in several formats with the place only there; places as adjectives ("the Kabul government",
"Beijing-backed"), at the end of long prepositional chains, in appositives ("X, a town east of Y"), districts,
counties and states outside the big countries, names with hyphens, apostrophes and diacritics; ten with no place
and fifteen dates that need care: "the previous day", "on 7 July", "Sept. 13", "on the night of December 11",
"in early March", dates in restrictive relative clauses); records 493-572 are ``tune6`` (1985-2026, simple dates,
varying how the place is named: landmarks, buildings and squares ("outside the Knesset", "on the Maidan", "at the
Pentagon"), descriptions ("the Ivorian commercial capital", "his home town of X", "some 40 km north of X",
"X province's Y district"), places named only by a possessive ("Mali's far north"), old names and transliterations
(Peking, Saigon, Kharkov, Alma-Ata, Canton, Madras, Sverdlovsk, Pnom Penh), namesakes settled by the actors
(Victoria, Perth, Georgetown, Merida, Kingston), states, provinces and oblasts, islands, mountains, passes and
lakes, and ten with no place); records 573-632 are ``tune7`` (60 sentences, 1985-2026, the daily mix of a news
wire: short and long, politics, protest, crime, courts, diplomacy and disasters with a political act, from Africa,
Latin America, South and Southeast Asia, Europe and the former Soviet Union; datelines in several formats ("LA
PAZ, Bolivia, Nov. 12 (AP) -", "Lima, Peru -", "Dakar (AFP) -"), places named twice, a country named only by a
capital or a region ("Addis", "Rio's north zone", "Central Java"), trailing attributions with a place of their own
("..., the ministry said in Bogota"), courts that report a sentence, eight sentences whose only place is the actor's
demonym (no place), and ten dates that need care: "two days ago", "Easter Sunday", "a day after the election",
"until Saturday morning", "in late March", "after Friday prayers"); records 633-692 are ``tune8`` (60 sentences,
1981-2024: long wire sentences whose event place is not the first named, places as modifiers ("a Baghdad court",
"a Kabul-bound convoy", "a Minsk opposition rally"), regions named relative to a country ("the country's restive
south-west", "the north of Burkina Faso"), places inside quotes, "about 25 kilometres west of", "12 miles (19 km)
south of", "just outside the Iraqi city of", old names (Salisbury, Calcutta, Dacca, Bangalore), US states and
Indian, Nigerian and Mexican states, ships and aircraft at sea ("in the Gulf of Aden", "over the Black Sea", "off
the coast of Somalia"), datelines with the event elsewhere, eight sentences with no place, and ten dates that need
care: "late last month", "on the eve of Sunday's election", "the following day", "from Monday to Wednesday",
"between March 8 and 10", "on April 24, the anniversary of", "in the early hours of Thursday", "on New Year's Eve",
"on the night of Friday to Saturday", "late last year"); records 693-732 are ``tune9`` (40 sentences, 1989-2021:
participle clauses after the place of the main verb ("..., killing three"), places on the subject noun ("Protesters in
central Bangkok clashed"), towns named in several countries settled by the acting party's nationality ("Scottish
nationalists ... in Perth", "New Zealand police ... in Hamilton", near miss "Australian police arrested a Scottish
backpacker in Perth"), "the country's north-east" / "the country's capital" of the country the article is about, old
names in apposition ("Istanbul, once Constantinople", "Chennai, formerly Madras"), "about 20 km south of X", and
dates: acts "in the wake of" / "following" / "after" a dated other event, "accused ... of blocking access from Aug.
10", "confirmed an Oct. 11 announcement that they had reached a deal", "are expected to sign ..., although talks hit a
snag last week"); records 733-777 are ``tune10`` (45 sentences, 1985-2024, Africa, Latin America, South, Central
and Southeast Asia, the Balkans and the Caucasus: "near the border with X" with no other place, "off the coast of X",
"in the northern city of X", "a London-based group said", bases, ports, airports and camps as the place, islands and
rivers, old names (Kiev, Bombay, Rangoon, Saigon: the gold names the city by its modern name, as tune4 does), towns
named like bigger foreign ones (Puno, Santiago in Cuba, Victoria in Canada, Córdoba in Argentina, Hyderabad in
Pakistan), "the country's restive far north", "the south-east of the country", two places in one sentence, and
dates: "late last year", "two weeks ago" (week, its Monday), "on the 15th" (day), "this weekend" (week, its
Saturday), "overnight", "early Saturday", "from March 3 to 5" (week, the 3rd), "since Sunday" (week, the Sunday),
"last month's elections" (another thing's date), "a year ago" (month: the same month a year back)); records 778-807
are ``tune11`` (30 sentences, 2010-2024: datelines over an act of one state's forces on another's craft or troops, at
sea, in the air or on a border ("LIMA - Peru's navy boarded a Chilean trawler", no place), with near misses whose act
on foreign envoys or citizens stays at the dateline ("expelled Venezuela's ambassador", "arrested two French
citizens"); participle and noun triggers ("..., killing 30", "the shelling of a hospital in Aleppo", "an air strike
on a house in Khan Younis"); "in the Krasnodar region"; places on the subject in the lede ("Police in Nairobi on
Tuesday fired"); a town named like a foreign one settled by the actors (Moura)). Rules in ``when.py``/``where.py``
were tuned on the tune blocks only.

Conventions of the gold answers (see the file itself for every case):

- no time expression: the publication day (news reports what just happened);
- a weekday: the latest such day on or before publication ("last Tuesday": strictly before); a month-day
  without a year: the latest one on or before publication;
- coarser expressions are dated to the first day of their period: "last week" / "earlier this week" the
  Monday, "in March" / "earlier this month" / "in August 2008" the 1st, "in 2022" January 1
  (``date_precision`` in the gold says which, so day-precise accuracy is reported on its own);
- the location is where the event happened (the sentence's own locative phrase, else the dateline city);
  a place named only as a topic or actor ("discussed Syria", "Moscow accused Kyiv") gives ``location:
  null``; shared waters and disputed areas (Strait of Hormuz, Line of Control, Jerusalem) have
  ``location_country: null`` and are scored on the name only.

Scores: ``evaluate``'s date and location accuracy (location = name and country), plus, from the same
outputs, the location country alone, the share of topic-only sentences given no place, and date accuracy
over day-precise gold. The floors are what the code reached, rounded down; run with ``-s`` to see the table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from dyadwatch.evaluate import Coder, EvalReport, GoldRecord, evaluate, pipeline_coder, read_gold
from dyadwatch.model import Event

GOLD = Path(__file__).resolve().parent / "fixtures" / "where_when_gold.jsonl"
TUNE_SIZE = 80
HELDOUT_END = 172
TUNE2_END = 252
TUNE3_END = 332
TUNE4_END = 412
TUNE5_END = 492
TUNE6_END = 572
TUNE7_END = 632
TUNE8_END = 692
TUNE9_END = 732
TUNE10_END = 777
SPLITS = ("tune", "heldout", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11")

# Floors per split: (date exact, date exact on day-precise gold, location name+country, location country,
# no place for topic-only sentences). What the pipeline reached when this file was last tuned, rounded down.
# Reached: tune 0.963 / 0.984 / 0.867 / 0.894 / 0.800, held out 0.978 / 0.974 / 0.860 / 0.897 / 1.000 (before
# the tuning of where.py on the tune half: location 0.653 and 0.721, location country 0.712 and 0.795; after it,
# with the coder of that day, tune location was 0.880 / 0.909: later coder changes moved one tune sentence's
# event). Every date miss is a sentence the coder found no event in, so there was no event to date.
# Second pass (provinces table, spelling variants, unlisted towns, "opened fire on", planned movements), tuned on
# the tune half only: tune 0.963 / 0.984 / 0.960 / 0.955 / 1.000, held out 0.978 / 0.974 / 0.884 / 0.910 / 1.000.
# Third pass (tune2 written; topic verbs' event nouns, "the X area of Y", "the Armenian border town of X",
# "X island", "X city", boundary lines, "of" chains from participants, tagger-PERSON names after "near",
# "the capital" / "the country" of the article's own country), tuned on tune and tune2 only: tune 0.963 /
# 0.984 / 0.960 / 0.955 / 1.000, tune2 0.963 / 0.959 / 0.944 / 0.955 / 1.000 (before this pass: 0.963 /
# 0.959 / 0.778 / 0.818 / 0.625), held out 0.978 / 0.974 / 0.895 / 0.923 / 1.000.
# Fourth pass (tune3 written: places as modifiers, provinces, compass parts, "X's capital" / "the capital of X",
# datelines with the event elsewhere, journeys, namesakes, topic-only and placeless sentences; rules: named
# countries' capitals, passive agents' and partitive subjects' places, "the northwest of the country", a
# country owning a thing ("a US base") is no place, division names tagged as peoples, small namesakes in a
# context country, "investigation" as an event noun, a topic verb's event noun is talked about), tuned on
# tune, tune2 and tune3 only: tune3 1.000 / 1.000 / 0.868 / 0.955 / 0.917 before, 1.000 on every figure after
# (floors 0.98 leave one sentence of room); tune and tune2 unchanged; held out unchanged at 0.978 / 0.974 /
# 0.895 / 0.923 / 1.000.
# Fifth pass (tune4 written, records 333-412; rules: "blame" is a topic verb, an origin in an actor's relative
# clause is no place, a nationality adjective is no place, a proper noun naming a crossing or checkpoint is an
# (unlisted) place, a known name tagged DATE after "near" is a place, capitalised X-tagged words ("Sana'a") can be
# names, GeoNames' leading ayn mark is dropped, landform names are no towns, Kampuchea and five seas/regions in
# the tables; in when.py year ranges, dates in relative-clause asides, and "overnight"/"yesterday" counted from
# a dated statement), tuned on the tune blocks only: tune4 0.938 / 0.943 / 0.929 / 0.954 / 0.900 before, 0.988 /
# 0.986 / 0.986 / 1.000 / 1.000 after (the one location and date miss left is a verb the coder does not code);
# with that day's coder, tune 0.988 / 0.984 / 1.000 / 1.000 / 1.000, tune2 0.988 / 0.986 / 0.972 / 0.985 /
# 1.000, tune3 1.000 on every figure.
# Sixth pass (tune5 written, records 413-492, long attributed wire sentences; rules in where.py: the clause a
# participle trigger hangs on and the trigger's conjoined verbs locate it, conjoined objects share a place,
# prepositions' verb-like objects ("at striking workers in X"), "for" chains and an event noun's "by" agents, an
# attack noun's "of" target, "fought their way into", "out of", a subject that is the event itself ("an air
# strike on X killed"), participle and relative clauses on objects, intent verbs' plans are no place, a known
# place tagged DATE after "in"/"at", "ram" as an attack and "kidnapped from", settlement appositives mark names,
# "X, a town east of Y" / "X, in the state of Y," / "the X district of Y" keep X, "the Paris suburb of X" is X,
# "across the Dnipro" is the river, a host's country when no place is named, old names of big cities make no
# small namesakes; in when.py "the previous day" from the statement day and a subject's restrictive relative
# clause as background), tuned on the tune blocks only: tune5 0.850 / 0.840 / 0.500 / 0.559 / 0.900 before,
# 0.875 / 0.867 / 0.814 / 0.824 / 1.000 after. What tune5 still misses is almost all outside these files: eight
# sentences the coder finds no event in (so no date and no place), two datelines extract.py does not split
# ("(AP) NAIROBI, Kenya -", "Kabul, Afghanistan --"), two weekdays the pipeline blanks before dating ("on Tuesday
# night", "on Wednesday afternoon"), "riot police" coded as a riot, and one parse ("Doctors Without Borders
# hospital in X"). The other tune blocks kept their figures.
# Seventh pass (tune6 written, records 493-572, places named by landmarks, descriptions, possessives, old names
# and namesakes; rules in where.py: a curated landmark or site after "the" is no river ("outside the Knesset"),
# "on" a listed square or site and "on Mount X" are places, "west of X" (a compass adverb's "of") is placed by X,
# what an event verb went "into" and what is "set fire to" are where it happened, "the X commercial capital" is
# the country's biggest city, a country's capital is no small namesake at home, a hyphen inside a name keeps it
# whole ("Alma-Ata"), "X island" prefers the island to a town with that alternate name, "the village of X" with X
# tagged a common noun and "Y province's X district" name unlisted towns, "on islands in X" reaches X, an entity
# spanning "on"/"in"/"at" is split; gazetteer rows for squares (Tahrir, Taksim, Azadi, ...), the Khyber and Salang
# passes, Tora Bora, the Sinjar mountains and Victoria in the Seychelles), tuned on the tune blocks only: tune6
# 0.912 / 0.912 / 0.586 / 0.701 / 1.000 before, 0.912 / 0.912 / 0.829 / 0.851 / 1.000 after (record 522's gold name
# follows the file's convention for spelling variants, "Marib" as the article writes it). What tune6 still misses:
# seven sentences the coder finds no event in ("stormed the Red Mosque", "stormed the American University in the
# Afghan capital", "destroyed a camp some 40 km north of",
# "seized the oilfield", "abducted ... in Zamfara's", "killed ... in Plateau state", "crossed the Euphrates"), old
# names that are also spelling variants keep the article's spelling ("Odessa", "Kharkov"), "the country's restive
# north" read as the first actor's country, a parse that makes "pilgrims" a clause, and "Scottish police ... in
# Perth" (a context town under 100,000 people beside a namesake five times its size counts as no context).
# tune5 rose to 0.950 / 0.947 / 0.857 / 0.882 / 1.000; the other tune blocks kept their figures.
# Eighth pass (tune7 written, records 573-632, the daily mix of a wire; rules in where.py: a trailing attribution's
# place ("..., the ministry said in Bogota") ranks after the event clause's own, a common-noun appositive right
# after ", Name" describes that name whatever the parser hung it on ("in Culiacan, the capital of Sinaloa,"),
# institutions named by their building ("outside Congress") are no unlisted towns, "Y's X district" keeps X, a
# landform before a division word ("the Mekong Delta province of X") is no division name, a possessive name before
# a part of a place ("Rio's north zone") is the place even when tagged an organisation, a court that reports a
# sentence ("..., a court in Gomel ruled") places it, a final "h" after a vowel is a spelling mark ("Darnah" /
# "Derna"); in when.py a clause after a comma ("..., a court in X ruled on Tuesday") is no reduced relative on the
# object; provinces of Indonesia, Vietnam, Chile and Moldova, Kabylie and the Sulu region in the tables), tuned on
# the tune blocks only: tune7 0.950 / 0.948 / 0.788 / 0.923 / 1.000 before, 0.967 / 0.966 / 0.962 / 0.981 / 1.000
# after. What tune7 still misses is outside these files or a name only: "police beat ... graduates" (the coder
# finds no event), "after Friday prayers" (pipeline.py blanks a weekday that modifies a noun before dating), and
# "Gomel" (placed right, but named by GeoNames' "Homyel'"). tune6 rose to 0.988 / 0.988 / 0.886 / 0.910 / 1.000;
# the other tune blocks kept their figures.
# Ninth pass (tune8 written, records 633-692; rules in where.py: a known name tagged LANGUAGE after "in"/"at" is a
# place ("a hospital in Aleppo"), a court named by its city ("a Baghdad court sentenced") places the sentence, a
# distance whose compass word hangs in an appositive ("12 miles (19 km) south of X") is placed by X, aircraft are
# where they fly ("a drone over the Black Sea"), a place modifying an event noun that describes a person ("a suspect
# in the Brussels museum shooting") names that other event, a cut or restored supply line is placed where it ends
# ("reduced food supplies to a camp in X"), GeoNames names of Arab countries are also indexed without the article
# ("Qamishli" for "Al Qamishli"); in when.py "on the eve of" / "the day before" a date is the day before it, "the
# following day" counts from the date before it, fixed-date holidays ("New Year's Eve", "Christmas Day")), tuned on
# the tune blocks only: tune8 0.950 / 0.946 / 0.885 / 0.917 / 1.000 before, 0.983 / 0.982 / 1.000 / 1.000 / 1.000
# after. What tune8 still misses is outside these files: "on the eve of Sunday's presidential election"
# (pipeline.py blanks a weekday that modifies a noun before dating). The other tune blocks kept their figures.
# Tenth pass (tune9 written, records 693-732; rules in where.py: a town named in several countries is the acting
# party's (the nationality word on the trigger's subject or passive agent, with Scottish, Welsh, Catalan, ... for
# parts of countries) unless the other is a capital, "the country's capital" is the home country's capital, "past"
# is locative ("marched past the Hagia Sophia in Istanbul"), a compass word misparsed as the object of a noun read
# as a clause ("the Jazal oilfield some 30 km north-west of Palmyra"), a place inside the dated event an act came
# after ("in the wake of the December 13, 2001 attack on India's parliament") is that event's; in when.py an act
# "in the wake of" / "after" / "following" a dated event is dated the publication day when the article is within a
# year of that date, else to that date's year (the earliest it can be; we chose this over the publication day,
# which for background years later is no date of the act), a future act is not dated by a past-pointing
# expression ("last week"), an open "from DATE" in the trigger's complement dates the state reported, not the
# accusation; in pipeline.py such anchor dates and the date of a report noun that announces the act in its own
# clause ("an Oct. 11 announcement that they had reached a deal": on or before it, dated the announcement's day)
# are kept for when.py), tuned on the tune blocks only: tune9 0.825 / 0.868 / 0.879 / 0.909 / 0.714 before, 1.000 /
# 1.000 / 0.970 / 1.000 / 1.000 after (the miss left is "Palmyra", placed right but named by GeoNames' "Tadmur").
# tune6 rose to 0.988 / 0.988 / 0.929 / 0.955 / 1.000; the other tune blocks kept their figures. Held-out outputs
# were identical before and after these rules (the held-out date figure moved with other files' changes that day).
# Eleventh pass (tune10 written, records 733-777; rules in where.py: "near the border with X" with no other place is
# the acting party's country when that is not X, "the Pacific port of X" / "the Black Sea resort of X" is X when the
# gazetteer knows X ("resort" a settlement word), "the Georgian town of X" states Georgia although the actor tables
# call the country's name ambiguous (an adjective only one country has), "the country's" is the acting party's
# country before the article's most named one, a place name the tagger ran into a DATE ("Zhanaozen late last year")
# is read as a place; in when.py "on the 15th" is the latest such day, "N weeks ago" is that week's Monday and "a
# year ago" that month's 1st at month precision, a past "this weekend" its Saturday, "since Sunday" a span to the
# news), tuned on the tune blocks only: tune10 0.933 / 0.974 / 0.867 / 0.889 / 1.000 before, 1.000 / 1.000 / 0.978
# / 0.978 / 1.000 after (the miss left: "on the banks of the Putumayo river", rivers are not in the gazetteer). The
# other tune blocks kept their figures.
# Twelfth pass (tune11 written, records 778-807; rules in where.py: a clash of two states' forces or craft is not at
# the dateline; a capital named so itself beats a town of the article's countries that has its name only as another
# name (Islamabad / Anantnag); an annexation is placed in the land taken; an act noun's "of" object carries its place
# ("the assassination of the prime minister in Beirut"), "the downing of a jet over X"; in pipeline.py: a follow-on
# act of an incident in the next sentence, on the same day, takes the scene the previous sentence named rather than
# the dateline): tune11 0.800 / 0.793 / 0.750 / 0.750 / 0.000 before, 0.800 / 0.793 / 0.750 / 0.750 / 0.667 after
# (the misses left are sentences the coder finds no event in, and one whose trigger is a noun phrase's head).
FLOORS: dict[str, dict[str, float]] = {
    "tune": {"date": 0.96, "date_day": 0.98, "location": 0.95, "location_country": 0.95, "no_location": 1.0},
    "heldout": {"date": 0.97, "date_day": 0.97, "location": 0.89, "location_country": 0.92, "no_location": 1.0},
    "tune2": {"date": 0.96, "date_day": 0.95, "location": 0.94, "location_country": 0.95, "no_location": 1.0},
    "tune3": {"date": 0.98, "date_day": 0.98, "location": 0.98, "location_country": 0.98, "no_location": 1.0},
    "tune4": {"date": 0.98, "date_day": 0.98, "location": 0.98, "location_country": 0.98, "no_location": 1.0},
    "tune5": {"date": 0.87, "date_day": 0.86, "location": 0.81, "location_country": 0.82, "no_location": 1.0},
    "tune6": {"date": 0.91, "date_day": 0.91, "location": 0.82, "location_country": 0.85, "no_location": 1.0},
    "tune7": {"date": 0.96, "date_day": 0.96, "location": 0.96, "location_country": 0.98, "no_location": 1.0},
    "tune8": {"date": 0.98, "date_day": 0.98, "location": 1.0, "location_country": 1.0, "no_location": 1.0},
    "tune9": {"date": 1.0, "date_day": 1.0, "location": 0.96, "location_country": 1.0, "no_location": 1.0},
    "tune10": {"date": 1.0, "date_day": 1.0, "location": 0.97, "location_country": 0.97, "no_location": 1.0},
    "tune11": {"date": 0.8, "date_day": 0.79, "location": 0.75, "location_country": 0.75, "no_location": 0.66},
}


@dataclass(frozen=True, slots=True)
class SplitScore:
    """The figures reported for one split; ``n_*`` is how many gold events each rate is over."""

    report: EvalReport
    date_day: float
    n_date_day: int
    location_country: float
    n_location_country: int
    no_location: float
    n_no_location: int

    def rates(self) -> dict[str, float]:
        return {
            "date": self.report.date_accuracy or 0.0,
            "date_day": self.date_day,
            "location": self.report.location_accuracy or 0.0,
            "location_country": self.location_country,
            "no_location": self.no_location,
        }


def _raw_records() -> dict[str, dict[str, object]]:
    """The gold lines by id, for the fields ``read_gold`` does not keep (precision, explicit null place)."""
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, filter(str.strip, lines))}


def _caching(coder: Coder, store: dict[str, list[Event]]) -> Coder:
    """The coder, remembering each record's events so the extra figures need no second run."""

    def code(text: str, published: str | None, record_id: str) -> list[Event]:
        store[record_id] = events = coder(text, published, record_id)
        return events

    return code


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _candidates(events: Sequence[Event], plover: object) -> Sequence[Event]:
    """The events of the expected type, or all of them when the coder found another type."""
    return [event for event in events if event.plover == plover] or events


def _score(records: Sequence[GoldRecord], coder: Coder, raw: dict[str, dict[str, object]]) -> SplitScore:
    outputs: dict[str, list[Event]] = {}
    report = evaluate(records, _caching(coder, outputs))
    day_hits = day_total = country_hits = country_total = none_hits = none_total = 0
    for record in records:
        gold = raw[record.record_id]["expected"][0]  # type: ignore[index]
        events = _candidates(outputs.get(record.record_id, []), gold["plover"])
        if gold["date_precision"] == "day":
            day_total += 1
            day_hits += any(event.date == gold["date"] for event in events)
        if gold["location"] is None:
            none_total += 1
            none_hits += bool(events) and all(event.location is None for event in events)
        elif gold["location_country"]:
            country_total += 1
            country_hits += any(event.location is not None
                                and event.location.country == gold["location_country"] for event in events)
    return SplitScore(report, _rate(day_hits, day_total), day_total, _rate(country_hits, country_total),
                      country_total, _rate(none_hits, none_total), none_total)


@pytest.fixture(scope="module")
def scores() -> dict[str, SplitScore]:
    records = read_gold(GOLD)
    raw = _raw_records()
    coder = pipeline_coder()
    by_split = {split: [r for r in records if raw[r.record_id]["suite"] == split] for split in SPLITS}
    result = {split: _score(chosen, coder, raw) for split, chosen in by_split.items()}
    print()
    print(f"{'split':8}{'records':>8}{'date':>7}{'date/day':>9}{'location':>9}{'country':>8}{'no-place':>9}")
    for split, score in result.items():
        rates = score.rates()
        print(f"{split:8}{score.report.n_records:>8}{rates['date']:>7.3f}{rates['date_day']:>9.3f}"
              f"{rates['location']:>9.3f}{rates['location_country']:>8.3f}{rates['no_location']:>9.3f}")
    return result


def test_gold_file_is_split_by_position() -> None:
    """Records 1-80 tune, 81-172 held out, 173-252 tune2, 253-332 tune3, 333-412 tune4, 413-492 tune5, 493-572
    tune6, 573-632 tune7, 633-692 tune8, 693-732 tune9, 733-777 tune10, 778 on tune11."""
    raw = list(_raw_records().values())
    assert len(raw) >= TUNE5_END + 80
    assert [r["suite"] for r in raw[:TUNE_SIZE]] == ["tune"] * TUNE_SIZE
    assert all(r["suite"] == "heldout" for r in raw[TUNE_SIZE:HELDOUT_END])
    assert all(r["suite"] == "tune2" for r in raw[HELDOUT_END:TUNE2_END])
    assert all(r["suite"] == "tune3" for r in raw[TUNE2_END:TUNE3_END])
    assert all(r["suite"] == "tune4" for r in raw[TUNE3_END:TUNE4_END])
    assert all(r["suite"] == "tune5" for r in raw[TUNE4_END:TUNE5_END])
    assert all(r["suite"] == "tune6" for r in raw[TUNE5_END:TUNE6_END])
    assert all(r["suite"] == "tune7" for r in raw[TUNE6_END:TUNE7_END])
    assert all(r["suite"] == "tune8" for r in raw[TUNE7_END:TUNE8_END])
    assert all(r["suite"] == "tune9" for r in raw[TUNE8_END:TUNE9_END])
    assert all(r["suite"] == "tune10" for r in raw[TUNE9_END:TUNE10_END])
    assert all(r["suite"] == "tune11" for r in raw[TUNE10_END:])
    for record in raw:
        gold = record["expected"][0]  # type: ignore[index]
        assert gold["date"] <= record["published"], record["id"]  # type: ignore[operator]
        assert gold["date_precision"] in ("day", "week", "month", "year"), record["id"]
        assert (gold["location"] is None) <= (gold["location_country"] is None), record["id"]


@pytest.mark.parametrize("split", SPLITS)
def test_where_and_when_reach_their_floors(scores: dict[str, SplitScore], split: str) -> None:
    score = scores[split]
    assert not score.report.errors, score.report.errors[:3]
    rates = score.rates()
    below = {name: round(rates[name], 3) for name, floor in FLOORS[split].items() if rates[name] < floor}
    assert not below, f"{split}: below the floor: {below}"
