"""Actors across a whole article, round 2: bare agents ("Rebels", "Troops", "The minister") of a story that has
named one country are that country's, a body named in full once is the same body when later called "the
commission", a town crossed on a route ("marched through Kano") is no person, and a base is of the place it
stands in, not of its visitor. Sentences are written here, in news style."""

from __future__ import annotations

from functools import partial

from mention_helpers import actor_codes as _codes
from mention_helpers import mentions_of

_mentions = partial(mentions_of, date="2024-05-14")


def test_bare_rebels_and_gunmen_take_the_one_country_of_the_story() -> None:
    found = _mentions(
        "Malian troops clashed with jihadists near the town of Gao on Monday.",
        "Rebels attacked an army post on Tuesday, killing four soldiers.",
        "Gunmen later abducted 12 traders on the road.",
    )
    assert _codes(found, 1)["Rebels"] == "MLIREB"
    assert _codes(found, 1)["soldiers"] == "MLIMIL"
    assert _codes(found, 2)["Gunmen"] == "MLIREB"


def test_the_dateline_alone_places_bare_rebels() -> None:
    found = _mentions("Rebels shelled the airport on Sunday, the army said.", filed_in="COD")
    assert _codes(found, 0)["Rebels"] == "CODREB"


def test_a_bare_minister_of_a_one_country_story_is_its_own() -> None:
    found = _mentions(
        "Soldiers fired on protesters in the Kenyan capital on Thursday.",
        "The minister said the troops had acted in self-defence.",
    )
    assert _codes(found, 1)["The minister"] == "KENGOV"
    assert _codes(found, 1)["the troops"] == "KENMIL"


def test_two_countries_named_leave_bare_agents_without_one() -> None:
    found = _mentions(
        "Ethiopia accused Sudan of arming fighters along their shared border.",
        "Nigeria's foreign ministry urged restraint on Monday.",
        "Rebels attacked a border post overnight.",
    )
    assert _codes(found, 2)["Rebels"] == "REB"


def test_no_story_country_leaves_bare_troops_open() -> None:
    found = _mentions("Troops fired warning shots at a crowd on Friday.")
    assert _codes(found, 0)["Troops"] == "MIL"


def test_the_commission_is_the_body_named_in_full_before() -> None:
    found = _mentions(
        "The Independent National Electoral Commission postponed the governorship vote in Nigeria.",
        "The commission said ballots had been burned in two districts.",
        "Opposition parties accused the commission of bias.",
    )
    assert _codes(found, 0)["The Independent National Electoral Commission"] == "NGAGOV"
    assert _codes(found, 1)["The commission"] == "NGAGOV"
    assert _codes(found, 2)["the commission"] == "NGAGOV"
    assert any(m.actor.via == "body named before in the story" for m in found.in_paragraph(1))


def test_a_commission_with_its_own_of_phrase_is_another_body() -> None:
    found = _mentions(
        "The Independent National Electoral Commission postponed the governorship vote in Nigeria.",
        "The commission of inquiry into the riots will report in June.",
    )
    assert not any(m.actor.via == "body named before in the story" for m in found.in_paragraph(1))


def test_a_commission_nobody_named_stays_unlinked() -> None:
    found = _mentions("The commission said it would publish the final tally on Friday.")
    assert not any(m.actor.via == "body named before in the story" for m in found.in_paragraph(0))


def test_a_city_crossed_on_a_route_is_no_person() -> None:
    found = _mentions(
        "Protesters marched through Kano on Friday.",
        "Crowds later moved towards Maiduguri.",
        filed_in="NGA",
    )
    roles = {m.actor.text: m.role for p in (0, 1) for m in found.in_paragraph(p)}
    assert roles["Kano"] == "place"
    assert roles["Maiduguri"] == "place"


def test_a_person_reached_through_a_spokesman_stays_a_person() -> None:
    found = _mentions("The governor answered reporters through Garba Shehu, his spokesman.", filed_in="NGA")
    roles = {m.actor.text: m.role for m in found.in_paragraph(0)}
    assert roles["Garba Shehu"] == "actor"


def test_a_base_is_of_the_place_it_stands_in_not_of_its_visitor() -> None:
    found = _mentions("U.S. Defense Secretary Lloyd Austin visited an air base outside Madrid.", date="2023-05-02")
    codes = _codes(found, 0)
    assert codes["Lloyd Austin"] == "USAGOV"
    assert codes["an air base"] == "ESPMIL"


def test_a_base_at_a_place_the_gazetteer_cannot_place_borrows_nobody() -> None:
    found = _mentions("U.S. Defense Secretary Lloyd Austin toured a naval base near Qqzville.", date="2023-05-02")
    assert _codes(found, 0)["a naval base"] == "MIL"


def test_a_counterpart_and_a_destination_lend_no_country_to_the_visitor() -> None:
    found = _mentions(
        "Foreign Minister Jorge Quintana said the trawler had been seized illegally.",
        "Quintana will fly to Lima next week to meet his Peruvian counterpart.",
    )
    assert _codes(found, 1)["Quintana"] != "PERGOV"


def test_a_state_named_as_the_speaker_s_own_still_lends() -> None:
    found = _mentions(
        "Foreign Minister Jorge Quintana said the trawler had been seized illegally.",
        "Quintana said Peru would not accept the fine.",
    )
    assert _codes(found, 1)["Quintana"] == "PERGOV"


def test_a_thing_ending_in_a_sector_word_takes_no_country() -> None:
    found = _mentions("Kenyan police said on Monday.", "Army units moved in. All ad units were sold.")
    codes = _codes(found, 1)
    assert codes["Army units"] == "KENMIL"
    assert codes.get("All ad units") in {None, "MIL"}


def test_several_governments_are_not_the_story_s_own() -> None:
    found = _mentions(
        "A Ghanaian court ruled on Monday that the detention was unlawful.",
        "Several governments have ignored such rulings in the past.",
        "The government said it would appeal.",
    )
    assert _codes(found, 1)["Several governments"] == "GOV"
    assert _codes(found, 2)["The government"] == "GHAGOV"


def test_returning_to_a_state_still_lends_it() -> None:
    found = _mentions("Former Defence Minister Jorge Quintana has refused to return to Peru.", date="2024-05-14")
    assert _codes(found, 0)["Jorge Quintana"].startswith("PER")
