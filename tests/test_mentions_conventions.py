"""CAMEO sector conventions and mention shapes added for issue 3 (H34): peoples living in a state, "X-led"
coalitions and forces, state-backed militias, armed groups named by the places they hold, national Red Cross and
Red Crescent societies, ruling and opposition parties, old demonyms and agent nouns. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.mentions import resolve_text

mentions_of = partial(mention_helpers.mentions_of, date="2019-06-04")
actors_in = partial(mention_helpers.actors_in_last, date="2019-06-04")
coded = partial(mention_helpers.codes_in_last, date="2019-06-04")


# ------------------------------------------------------------------------------------ peoples living in a state


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Thousands of Iraqi Kurds rallied in the city on Sunday.", "Iraqi Kurds", "IRQCVL"),
        ("Israeli Arabs staged a general strike on Tuesday.", "Israeli Arabs", "ISRCVL"),
        ("Moldovan Russians voted in large numbers on Sunday.", "Moldovan Russians", "MDACVL"),
        ("Bosnian Serbs demanded a halt to the offensive.", "Bosnian Serbs", "BIHCVL"),
    ],
)
def test_a_people_in_a_state_is_that_states_civilians(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_a_people_word_in_front_of_a_role_leaves_the_role_alone() -> None:
    codes = coded("Hundreds of Kurd refugees crossed into Turkey on Monday.")
    assert codes.get("Kurd refugees") == "TURREF" or any(c and c.endswith("REF") for c in codes.values())
    assert "CVL" not in {c[-3:] for c in codes.values() if c}


def test_a_demonym_alone_stays_the_state() -> None:
    codes = coded("The Russians and the Ukrainians met in Istanbul.")
    assert codes.get("Russians") == "RUS" and codes.get("Ukrainians") == "UKR"


# ------------------------------------------------------------------------------- "-led" coalitions and forces


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The US-led coalition struck militant positions on Friday.", "The US-led coalition", "USAMIL"),
        ("A Saudi-led military coalition struck targets on Friday.", "A Saudi-led military coalition", "SAUMIL"),
    ],
)
def test_a_coalition_led_by_a_state_is_military(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_a_coalition_led_by_the_opposition_stays_political() -> None:
    assert coded("An opposition-led coalition won the vote in parliament.").get("An opposition-led coalition") == "PTY"


def test_forces_led_by_a_stateless_people_are_insurgents_and_by_a_state_its_military() -> None:
    stateless = [m.actor for m in actors_in("Kurdish-led forces captured the dam on Monday.")]
    assert [a.sector for a in stateless] == ["REB"]
    state = [m.actor for m in actors_in("Vietnamese-led forces shelled the border villages on Tuesday.")]
    assert [(a.country, a.sector) for a in state] == [("VNM", "MIL")]


def test_forces_led_by_an_organisation_keep_their_sector() -> None:
    actors = [m.actor for m in actors_in("NATO-led forces patrolled the capital.")]
    assert all(a.sector == "MIL" for a in actors)


# ------------------------------------------------------------------------------------------------ militias


@pytest.mark.parametrize(
    "text",
    ["A pro-government militia torched the village on Monday.", "Army-backed militias torched the village."],
)
def test_a_militia_on_the_states_side_is_military(text: str) -> None:
    assert "MIL" in {m.actor.sector for m in actors_in(text)}


def test_a_militia_without_a_side_stays_rebel() -> None:
    assert [m.actor.sector for m in actors_in("A militia torched the village on Monday.")] == ["REB"]


# ----------------------------------------------------------------------------- armed groups by what they hold


def test_an_armed_word_on_a_place_it_holds_names_the_group() -> None:
    codes = coded("Artillery pounded Kampuchean guerrilla camps near the border.")
    assert codes.get("Kampuchean guerrilla") == "KHMREB"


def test_a_police_word_on_a_building_is_no_armed_group() -> None:
    codes = coded("Artillery pounded the police compound near the border.")
    assert "REB" not in {c[-3:] for c in codes.values() if c}


# ------------------------------------------------------------------------- Red Cross and Red Crescent societies


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenya Red Cross Society trucked water to the camp.", "KENNGO"),
        ("The Afghan Red Crescent Society sent medics to the valley.", "AFGNGO"),
        ("The Red Crescent Society of Iran flew tents to the quake zone.", "IRNNGO"),
        ("A Red Crescent Society convoy reached the town.", "NGO"),
    ],
)
def test_a_national_society_is_its_states_ngo(text: str, code: str) -> None:
    actors = actors_in(text)
    assert [m.actor.code for m in actors][:1] == [code]
    assert all(m.actor.org is None for m in actors)


def test_the_movement_itself_stays_the_international_body() -> None:
    actor = resolve_text("the Red Cross")
    assert actor is not None and actor.org == "ICRC" and actor.country is None


# --------------------------------------------------------------------------------------- parties and agents


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the ruling party", "GOV"),
        ("the governing party", "GOV"),
        ("the ruling coalition", "GOV"),
        ("the party leader", "PTY"),  # near miss: a party in general stays a party
        ("an opposition party leader", "OPP"),
        ("three prisoners of war", "MIL"),
        ("two army deserters", "OPP"),
        ("the defectors", "OPP"),
        ("striking picketers", "OPP"),
        ("four airmen", "MIL"),
        ("the thieves", "CRM"),
        ("the immigrants", "CVL"),
        ("the French prefect", "GOV"),
        ("the chargé d'affaires", "GOV"),
    ],
)
def test_sector_conventions(text: str, sector: str) -> None:
    actor = resolve_text(text)
    assert actor is not None and actor.sector == sector, (text, actor)


# ------------------------------------------------------------------------------------------- old demonyms


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Ceylonese officials", "LKA"),
        ("Dahomeyan troops", "BEN"),
        ("Formosan officials", "TWN"),
        ("Tanganyikan officials", "TZA"),
        ("Moldavian officials", "MDA"),
        ("Upper Voltan soldiers", "BFA"),
    ],
)
def test_demonyms_of_old_names(text: str, iso3: str) -> None:
    actor = resolve_text(text, "1965-05-01")
    assert actor is not None and actor.country == iso3, (text, actor)


def test_people_rows_are_head_only() -> None:
    knowledge = load_knowledge()
    assert knowledge.sector_of("kurds") == "CVL"
    assert knowledge.modifier_sector("kurds") is None


def test_a_short_text_headed_by_people_is_civilians_of_the_place() -> None:
    actor = resolve_text("people in the UK")
    assert actor is not None and (actor.country, actor.sector) == ("GBR", "CVL")
    near_miss = resolve_text("a stadium in Leeds")
    assert near_miss is None or near_miss.sector is None
