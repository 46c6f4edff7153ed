"""Actors across a whole article, round 7 (H105): a bare generic body ("the new government", "Officials") is the
state the story is about, not the one far state the sentence before it named; forces named by a people or region
without a state ("Tigrayan commanders", "forces from the northern region of Tigray") are that state's insurgents,
not its army; and the allies in a "backed by" clause lend their state to nobody. Every rule has a near miss.
Sentences are written here, in news style."""

from __future__ import annotations

from functools import partial

from mention_helpers import actor_codes as _codes
from mention_helpers import mentions_of

_mentions = partial(mentions_of, date="2021-06-08")


# ------------------------------------------------------------------ bare generic bodies: the story's state


def test_new_government_is_the_story_state_not_the_far_one_named_before() -> None:
    found = _mentions(
        "Former Peruvian president Alan Ortega was charged with graft in Lima on Monday.",
        "Prosecutors say Ortega took bribes from a Peruvian builder while in office.",
        "In 2016 he said the money was a gift from a Brazilian businessman.",
        "The new government has since reopened the case.",
    )
    assert _codes(found, 3)["The new government"] == "PERGOV"


def test_bare_officials_acting_on_foreign_authorities_are_the_story_state() -> None:
    found = _mentions(
        "Kenyan police arrested a former minister in Nairobi on Tuesday over a missing fund.",
        "Kenya's anti-graft agency said the money had been moved abroad.",
        "Some of it went to a bank owned by a Dutch investor.",
        "Officials have sought help from authorities in France, Germany and Italy.",
    )
    codes = _codes(found, 3)
    assert codes["Officials"] == "KENGOV"
    assert "ITAGOV" in codes.values()  # the authorities acted on keep their own state


def test_near_miss_a_government_named_with_its_state_keeps_it() -> None:
    found = _mentions(
        "Kenyan police arrested a former minister in Nairobi on Tuesday over a missing fund.",
        "Kenya's anti-graft agency said the money had been moved abroad.",
        "Uganda's government has since frozen two accounts.",
    )
    assert _codes(found, 2)["Uganda's government"] == "UGAGOV"


def test_near_miss_a_government_after_a_story_about_that_state_stays_with_it() -> None:
    # the state named last is the story's own: nothing to correct
    found = _mentions(
        "Ghana's parliament passed the budget in Accra on Friday.",
        "Ghanaian officials said spending on roads would double.",
        "The government also promised to cut fuel taxes.",
    )
    assert _codes(found, 2)["The government"] == "GHAGOV"


def test_near_miss_a_specific_body_is_not_generic() -> None:
    found = _mentions(
        "Former Peruvian president Alan Ortega was charged with graft in Lima on Monday.",
        "Prosecutors say Ortega took bribes from a Peruvian builder while in office.",
        "In 2016 he said the money was a gift from a Brazilian businessman.",
        "Rebel officials have since denied the claim.",
    )
    assert _codes(found, 3).get("Rebel officials") != "PERGOV"


# ------------------------------------------------------------------ regional peoples' forces: insurgents


def test_forces_from_a_region_are_insurgents_of_its_state() -> None:
    found = _mentions(
        "Ethiopia's government and forces from the northern region of Tigray signed a truce in Nairobi on Friday."
    )
    codes = _codes(found, 0)
    assert codes["forces"] == "ETHREB"
    assert codes["Ethiopia's government"] == "ETHGOV"


def test_regional_people_commanders_keep_their_state_beside_a_foreign_army() -> None:
    found = _mentions("Tigrayan commanders said they would not disarm while Eritrean soldiers stayed in the region.")
    codes = _codes(found, 0)
    assert codes["Tigrayan commanders"] == "ETHREB"
    assert codes["Eritrean soldiers"] == "ERIMIL"


def test_kurdish_fighters_are_insurgents_of_the_place_they_fight_in() -> None:
    found = _mentions("Kurdish fighters ambushed a patrol near the town of Qamishli in Syria on Sunday.")
    codes = _codes(found, 0)
    assert codes["Kurdish fighters"] == "SYRREB"


def test_near_miss_a_state_adjective_keeps_the_army() -> None:
    found = _mentions("Forces from the Ethiopian army retook the town on Friday.")
    assert _codes(found, 0).get("Forces") != "ETHREB"
    found = _mentions("Somali troops from the southern port of Kismayo joined the offensive.")
    assert _codes(found, 0)["Somali troops"] == "SOMMIL"


# ------------------------------------------------------------------ backers lend no state


def test_backed_by_foreign_soldiers_leaves_federal_troops_with_the_story_state() -> None:
    found = _mentions(
        "Ethiopian federal forces and regional militias fought for control of the north on Monday.",
        "Ethiopia's army said it had retaken the airport.",
        "In recent weeks federal troops, backed by soldiers from neighbouring Eritrea, captured several towns.",
    )
    codes = _codes(found, 2)
    assert codes["federal troops"] == "ETHMIL"
    assert codes["soldiers"] == "ERIMIL"


def test_near_miss_troops_without_a_backing_clause_take_the_sentence_state() -> None:
    found = _mentions(
        "Ethiopian federal forces and regional militias fought for control of the north on Monday.",
        "Ethiopia's army said it had retaken the airport.",
        "Troops from neighbouring Eritrea captured several towns.",
    )
    assert _codes(found, 2)["Troops"] == "ERIMIL"


# ------------------------------------------------------------------ "the people of X": a place, not a person


def test_the_people_of_a_region_is_no_person_named_like_it() -> None:
    found = _mentions(
        "Kassa told reporters in Mekelle on Friday that the deal would hold.",
        '"The people of Tigray deserve to live in peace," he said.',
        "The war began when Abiy sent troops into Tigray.",
    )
    assert "Tigray" not in _codes(found, 1)
    assert "Tigray" not in _codes(found, 2)  # no coreference to a "person" Tigray either
    assert _codes(found, 2)["troops"] == "ETHMIL"


def test_near_miss_the_family_of_a_person_keeps_the_person() -> None:
    found = _mentions("The family of Ahmed Nur said he was innocent.")
    assert "Ahmed Nur" in _codes(found, 0)


# ------------------------------------------------------------------ a spokesman *for* a non-state body


def test_a_spokesman_for_an_armed_group_is_of_the_group() -> None:
    found = _mentions("Haile Berhe, a spokesman for the Tigray People's Liberation Front, rejected the plan.")
    assert _codes(found, 0)["Haile Berhe"] == "ETHREB"


def test_near_miss_a_spokesman_for_a_seat_of_government_stays_government() -> None:
    found = _mentions("Ivan Sokolov, a spokesman for the Kremlin, rejected the plan.")
    assert _codes(found, 0)["Ivan Sokolov"] == "RUSGOV"


def test_near_miss_forces_from_an_ordinary_region_stay_the_army() -> None:
    found = _mentions("Ukrainian forces from the Kherson region crossed the river on Sunday.")
    assert _codes(found, 0)["Ukrainian forces"] == "UKRMIL"
    found = _mentions("Russia said forces from the Kherson region had pulled back.")
    assert _codes(found, 0).get("forces") != "UKRREB"
