"""Actor rules from the eighth real-page audit of issue 3 (H90): a bare "held firm" or "used excessive force" names
no body; a court in front of the ruling it issued is the actor; "leaders of" a body with a sector of its own lead
that body; a party that "dominates" a legislature does not own it; a bare "the helicopter" is the one the story
named with its owner. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


# ------------------------------------------------------------------ adjectives and manners read as nouns


@pytest.mark.parametrize(
    "sentence",
    [
        "The space agency has held firm despite criticism from lawmakers.",
        "The ministry stood firm on its plan to close the mines.",
    ],
)
def test_held_firm_names_no_company(sentence: str) -> None:
    found = coded(sentence)
    assert "firm" not in found
    assert not any(code and code.endswith("BUS") for code in found.values())


def test_a_firm_with_a_determiner_is_still_a_company() -> None:
    # near miss: "held the firm" and "a Dutch firm" are companies
    assert coded("A Dutch firm won the contract to build the bridge.").get("A Dutch firm") == "NLDBUS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police used brutal force to break up the sit-in.",
        "The guards dispersed the crowd by force on Monday.",
    ],
)
def test_abstract_force_is_no_military(sentence: str) -> None:
    found = coded(sentence)
    assert not any("force" in text for text in found)


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("A Kenyan force crossed the border into Somalia on Monday.", "A Kenyan force", "KENMIL"),
        ("The security force opened fire on the crowd in Mosul.", "The security force", "IRQCOP"),
    ],
)
def test_a_force_with_a_determiner_is_still_a_body(sentence: str, phrase: str, code: str) -> None:
    # near miss: a determiner or a noun in front makes "force" a unit again
    found = coded(sentence)
    assert found.get(phrase, "").endswith(code[3:])


# ------------------------------------------------------------------ the court that issued a ruling


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Beijing criticised a Hong Kong court ruling on the face-mask ban.", "Hong Kong court", "HKGJUD"),
        ("The minister defied a Kenyan court order to reopen the station.", "court", "KENJUD"),
    ],
)
def test_a_court_in_front_of_its_ruling_is_the_actor(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


def test_a_court_in_front_of_a_building_is_not_an_actor() -> None:
    # near miss: "court building" is a place the court sits in, not something it issued
    found = coded("Protesters gathered outside a Kenyan court building in Nairobi.")
    assert not any(code and code.endswith("JUD") for code in found.values())


# ------------------------------------------------------------------ leaders of a body


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Leaders of the Senate said they would vote on the budget next week.", "Leaders of the Senate", "LEG"),
        ("The leader of the army said the troops would stay in their barracks.", "The leader of the army", "MIL"),
        ("The leaders of the police met the mayor on Friday.", "The leaders of the police", "COP"),
    ],
)
def test_leaders_of_a_body_lead_that_body(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


def test_leaders_of_a_country_stay_government() -> None:
    # near miss: a country has no sector of its own, so its leaders stay GOV
    assert coded("The leaders of the country met in Lagos on Friday.").get("The leaders of the country") == "GOV"


def test_a_party_dominating_a_legislature_does_not_own_it() -> None:
    found = coded("Leaders of the Labour-dominated Legislature rejected the plan on Monday.")
    assert found.get("Leaders of the Labour-dominated Legislature") == "LEG"


def test_a_party_leading_its_own_members_is_still_the_party() -> None:
    # near miss: "leaders of the Labour Party" are the party's own
    found = coded("Leaders of the Labour Party rejected the plan on Monday.")
    assert found.get("Leaders of the Labour Party", "").endswith("PTY")


# ------------------------------------------------------------------ a craft the story named before


def test_the_helicopter_is_the_one_named_with_its_owner() -> None:
    found = coded(
        "A US Chinook helicopter crashed in Logar province on Tuesday.",
        "Insurgents in the valley said they had brought down the helicopter.",
    )
    assert found.get("the helicopter") == "USAMIL"


def test_a_helicopter_the_story_never_owned_keeps_the_sentence_country() -> None:
    # near miss: with no owned helicopter before, the sentence's country still places it
    found = coded(
        "Fighting went on in Logar province on Tuesday.",
        "Insurgents in the valley said they had brought down the helicopter.",
    )
    assert found.get("the helicopter") == "AFGMIL"


# ------------------------------------------------------------------ a listed company abroad


def test_a_foreign_company_does_not_place_the_court_of_the_story() -> None:
    found = coded(
        "Indian bank shares rose in Mumbai on Monday.",
        "JP Morgan called the Supreme Court decision a landmark judgment.",
    )
    assert found.get("Supreme Court") == "INDJUD"
    assert found.get("JP Morgan") == "USABUS"


def test_a_company_before_the_story_names_a_country_still_places_it() -> None:
    # near miss: with no country named yet, the company's home is the best guess, as for a news outlet
    found = coded("JP Morgan called the Supreme Court decision a landmark judgment.")
    assert found.get("Supreme Court") == "USAJUD"

