"""Event dates and places, round 9 (issue 5): counts framed by the current period, states that run "until" a
day, apostrophes in gazetteer names, disputed areas placed by their container, areas the tagger missed,
summoned envoys, and shows of force told from another country's bureau. Each rule with a near miss."""

from __future__ import annotations

import pytest
from where_helpers import coded_events, event_on

from dyadwatch.language import parse_text
from dyadwatch.model import Place
from dyadwatch.when import resolve_event_date
from dyadwatch.where import choose_event_location, english_name, get_gazetteer


def _place_of(text: str, trigger: str) -> Place | None:
    sent = next(parse_text(text).sents)
    return choose_event_location(sent, next(token for token in sent if token.text == trigger))


# --- when: the current period a count runs in ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the weekday dates the act; "this week" only frames the count
    ("Chile summoned Bolivia's ambassador for the second time this week on Thursday over the border row.",
     "summoned", ("2021-03-11", "day")),
    ("Peru recalled its envoy from Quito for the third time this month on Tuesday.", "recalled",
     ("2021-03-09", "day")),
    # alone, the framed period leaves the act on the news day
    ("Police raided the opposition offices for the fourth time this month.", "raided", ("2021-03-11", "day")),
    ("Officials said the swap was the sixth they had brokered this year.", "swap", ("2021-03-11", "day")),
    ("Rebels shelled the airport three times this week.", "shelled", ("2021-03-11", "day")),
])
def test_a_count_framed_by_this_period_is_no_date(sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2021-03-11", sentence.index(trigger)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two governments signed the fishing accord this week.", ("2021-03-08", "week")),
    ("The militia has launched more than 40 drones so far this year.", ("2021-01-01", "year")),
    ("The first convoy this month reached the besieged town on Monday.", ("2021-03-08", "day")),
])
def test_the_current_period_still_dates_an_uncounted_act(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2021-03-11") == expected


# --- when: "until DATE" ends a state ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # not last year's May 3, and not the act's day at all
    ("The navy launched a drill that runs until May 3.", ("2021-04-28", "day")),
    ("The electoral board postponed the runoff until March 28.", ("2021-03-11", "day")),
    ("Troops began exercises on Monday that will last till Sunday.", ("2021-03-08", "day")),
])
def test_a_lone_until_date_is_no_acts_day(sentence: str, expected: tuple[str, str]) -> None:
    published = "2021-04-28" if "May 3" in sentence else "2021-03-11"
    assert resolve_event_date(sentence, published) == expected


def test_a_range_until_its_end_keeps_its_start() -> None:
    assert resolve_event_date("Delegates met in Vienna from Monday until Wednesday.", "2021-03-11") == (
        "2021-03-08", "week")


# --- where: names as English news writes them ------------------------------------------------------------------

def test_a_typographic_apostrophe_in_a_gazetteer_name_is_folded() -> None:
    assert english_name("Cox\u2019s Bazar") == "Cox's Bazar"
    place = get_gazetteer().lookup("Cox's Bazar")
    assert place is not None and place.name == "Cox's Bazar" and place.country == "BGD"
    assert english_name("\u2018Afr\u012bn") == "Afrin"  # a leading ayn mark is still dropped, not made a quote
    assert english_name("Ma\u2019rib") == "Ma\u2019rib"  # an ayn inside a name is no possessive


# --- where: a disputed area placed by its container ------------------------------------------------------------

def test_a_disputed_area_of_a_named_country_takes_that_country() -> None:
    place = _place_of("Chinese road crews were confronted by soldiers in the Doklam plateau of Bhutan on Monday.",
                      "confronted")
    assert place is not None and (place.name, place.country, place.precision) == ("Doklam", "BTN", "region")


def test_a_disputed_area_alone_stays_without_a_country() -> None:
    place = _place_of("Chinese troops attacked Indian soldiers in the Galwan Valley on Monday.", "attacked")
    assert place is not None and place.name == "Galwan Valley" and place.country is None


# --- where: an area the tagger missed, known through its container ---------------------------------------------

def test_an_untagged_area_of_a_country_is_the_place_in_that_country() -> None:
    place = _place_of("Turkish commandos pushed into the Zap area of northern Iraq on Wednesday.", "pushed")
    assert place is not None and (place.name, place.country, place.precision) == ("Zap", "IRQ", "region")


def test_an_unlisted_area_of_a_country_is_in_that_country_not_the_actors() -> None:
    event = event_on("Turkish commandos pushed into the Metina area of northern Iraq on Wednesday.", "2021-03-12",
                   "pushed")
    assert event.location is not None and (event.location.name, event.location.country) == ("Metina", "IRQ")


def test_an_unlisted_area_alone_is_in_the_actors_country() -> None:
    event = event_on("Kenyan troops raided the Kolbio area on Wednesday.", "2021-03-12", "raided")
    assert event.location is not None and (event.location.name, event.location.country) == ("Kolbio", "KEN")


def test_a_listed_division_of_a_country_is_looked_up_as_before() -> None:
    place = _place_of("Russian troops shelled villages in the Kharkiv region of Ukraine on Monday.", "shelled")
    assert place is not None and (place.name, place.country) == ("Kharkiv", "UKR")


def test_a_generic_part_of_a_country_names_no_area() -> None:
    place = _place_of("Troops shelled villages in the northern part of Syria on Monday.", "shelled")
    assert place is not None and (place.name, place.country) == ("Syria", "SYR")


# --- where: a summoned envoy is summoned at the summoner's ministry --------------------------------------------

def test_a_state_summons_an_envoy_in_its_own_capital() -> None:
    event = event_on("Norway's foreign ministry summoned Belarus's ambassador on Monday over the detentions.",
                   "2021-03-11", "summoned")
    assert event.location is not None and (event.location.name, event.location.country) == ("Oslo", "NOR")


def test_a_summons_told_from_the_summoned_states_bureau_is_still_at_home() -> None:
    event = event_on("MINSK (Reuters) - Lithuania summoned Belarus's charge d'affaires on Monday.", "2021-03-11",
                   "summoned")
    assert event.location is not None and (event.location.name, event.location.country) == ("Vilnius", "LTU")


def test_a_summons_of_someone_else_is_not_placed_at_a_capital() -> None:
    events = coded_events("Prosecutors summoned the opposition leader for questioning on Monday.", "2021-03-11")
    assert all(event.location is None for event in events if event.trigger == "summoned")


def test_a_summons_placed_by_its_own_sentence_keeps_that_place() -> None:
    event = event_on("Lithuania summoned Belarus's ambassador in Kaunas on Monday.", "2021-03-11", "summoned")
    assert event.location is not None and event.location.name == "Kaunas"


# --- where: a show of force told from another country's bureau -------------------------------------------------

def test_a_show_of_force_by_a_foreign_party_is_not_at_the_bureau() -> None:
    event = event_on("TOKYO (Reuters) - North Korea fired a ballistic missile into the sea on Friday, Japan's defence "
                   "ministry said.", "2021-03-12", "fired")
    assert event.plover == "MOBILIZE" and event.location is None


def test_a_show_of_force_by_the_bureau_countrys_own_forces_stays_there() -> None:
    event = event_on("TOKYO (Reuters) - Japan's navy staged drills with US warships on Friday.", "2021-03-12",
                   "staged")
    assert event.location is not None and event.location.country == "JPN"


# --- where: witnesses at a place report what they saw there ---------------------------------------------------

def test_an_act_reported_by_witnesses_in_a_town_is_placed_there() -> None:
    event = event_on("Residents in Goma said rebels shelled the airport on Friday.", "2023-05-12", "shelled")
    assert event.location is not None and (event.location.name, event.location.country) == ("Goma", "COD")


def test_a_town_named_with_the_act_beats_the_witnesses_town() -> None:
    event = event_on("Residents in Goma said rebels shelled the airport in Bunia on Friday.", "2023-05-12", "shelled")
    assert event.location is not None and event.location.name == "Bunia"


def test_a_town_beats_a_river_it_stands_on_when_witnesses_are_there() -> None:
    place = _place_of("Residents of Malakal said government troops were deployed on the barges moored along the "
                      "Nile.", "deployed")
    assert place is not None and (place.name, place.country) == ("Malakal", "SSD")


def test_a_spokesman_in_a_capital_is_no_witness() -> None:
    place = _place_of("A spokesman in Kinshasa said rebels shelled the airport on Friday.", "shelled")
    assert place is None or place.name != "Kinshasa"


def test_a_witnessed_scene_is_not_carried_to_the_next_sentence() -> None:
    text = ("NAIROBI (Reuters) - Witnesses in the Kibera slum said police fired tear gas at stone-throwing youths on "
            "Wednesday.\n\nThousands of protesters marched along the city's main avenue on Wednesday.")
    witnessed = event_on(text, "2019-01-24", "fired")
    assert witnessed.location is not None and witnessed.location.name == "Kibera"
    event = event_on(text, "2019-01-24", "marched")
    assert event.location is not None and event.location.name == "Nairobi"


# --- where: a clash of two states' forces told on the actor's noun --------------------------------------------

def test_a_clash_coded_on_its_subject_noun_is_not_at_the_bureau() -> None:
    events = coded_events("NEW DELHI (Reuters) - Indian warplanes shot down a Pakistani fighter jet on Tuesday, "
                          "the air force said.", "2021-03-12")
    assert events and all(event.location is None for event in events if event.plover == "ASSAULT")


def test_an_arrest_of_foreigners_keeps_the_bureau() -> None:
    event = event_on("NEW DELHI (Reuters) - Indian police detained two Pakistani smugglers on Tuesday.", "2021-03-12",
                   "detained")
    assert event.location is not None and event.location.name == "New Delhi"


# --- where: which name a town goes by ------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "context", "expected"), [
    # a respelling of a town or of a capital stays as written
    ("Jenin", (), ("Jenin", "PSE")),
    ("Naypyitaw", (), ("Naypyitaw", "MMR")),
])
def test_a_town_is_named_as_the_article_spells_it(written: str, context: tuple[str, ...],
                                                  expected: tuple[str, str]) -> None:
    place = get_gazetteer().lookup(written, context)
    assert place is not None and (place.name, place.country) == expected


@pytest.mark.parametrize(("written", "expected"), [
    # a city of a million or a capital goes by its own name, not an old one
    ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Kiev", "Kyiv"), ("Bombay", "Mumbai"),
    # another name of a town, a compass word, a qualifier: the gazetteer's name
    ("Axum", "Aksum"), ("eastern Beirut", "Beirut"), ("Paris, Texas", "Paris"),
])
def test_a_town_keeps_its_gazetteer_name(written: str, expected: str) -> None:
    place = get_gazetteer().lookup(written)
    assert place is not None and place.name == expected


# --- where: "the country" of the officials who report a foreign force's act ------------------------------------

def test_the_country_is_the_reporting_officials_when_a_foreign_force_acts() -> None:
    place = _place_of("US drones struck militant camps in the country's south on Friday, Somali officials said.",
                      "struck")
    assert place is not None and (place.country, place.precision) == ("SOM", "country")


def test_the_country_stays_the_actors_when_its_own_army_reports() -> None:
    place = _place_of("Cameroonian troops killed 30 militants in the country's far north, the army said.", "killed")
    assert place is not None and place.country == "CMR"


# --- when: "N days after X and Y did": the names' "and" is no second clause --------------------------------------

def test_an_act_counted_back_from_a_coordinated_subject() -> None:
    sentence = "The ambush came two days after Mali and Niger signed a border pact."
    assert resolve_event_date(sentence, "2019-08-06", sentence.index("signed")) == ("2019-08-04", "day")


def test_an_act_counted_back_past_an_until_date() -> None:
    sentence = "The test came a day after the allies began drills that run until May 3."
    assert resolve_event_date(sentence, "2019-04-23", sentence.index("began")) == ("2019-04-22", "day")


def test_a_second_clause_after_and_is_not_counted_back() -> None:
    sentence = "The ambush came two days after troops withdrew and rebels attacked the town."
    assert resolve_event_date(sentence, "2019-08-06", sentence.index("attacked")) == ("2019-08-06", "day")
