"""Round 9 actor slips (issue 3): a party's members are of the party's state, a firm is not of the state it trades
with, and "the junta" is the ruling junta of the state whose coup the story tells. Sentences written here."""

from __future__ import annotations

from functools import partial

import mention_helpers

codes_in_last = partial(mention_helpers.codes_in_last, date="2024-05-14")


# ---- a party adjective before legislators names the party's state


def test_us_party_members_are_american_in_a_story_about_another_state() -> None:
    codes = codes_in_last("Republican lawmakers condemned Iran's missile tests on Tuesday.")
    assert codes["Republican lawmakers"] == "USALEG"


def test_us_party_members_are_american_with_no_other_state() -> None:
    codes = codes_in_last("The bill passed after Democratic senators dropped their objections.")
    assert codes["Democratic senators"] == "USALEG"


def test_shared_party_name_goes_to_the_state_the_story_names() -> None:
    codes = codes_in_last(
        "Nigeria's electoral commission postponed the vote.",
        "Labour lawmakers in Abuja accused the commission of bias.",
    )
    assert codes["Labour lawmakers"] == "NGALEG"


def test_plain_legislators_still_take_the_sentence_state() -> None:
    """Near miss: no party word, so the sentence's one state stands."""
    codes = codes_in_last("Iranian lawmakers condemned the sanctions on Tuesday.")
    assert codes["Iranian lawmakers"] == "IRNLEG"


def test_congress_is_no_party_adjective() -> None:
    """Near miss: "Congress" names the body itself (India's party only as "Congress Party")."""
    codes = codes_in_last("Congress leaders in Washington criticised India's tariffs on Monday.")
    assert codes["Congress leaders"] != "INDLEG"


# ---- a firm takes no nationality from the state it ships to or buys from


def test_firm_is_not_of_the_state_it_ships_to() -> None:
    codes = codes_in_last("The carmaker halted shipments to Russia last month, the company said on Friday.")
    assert codes["the company"] != "RUSBUS"


def test_firm_is_not_of_the_state_it_buys_from() -> None:
    codes = codes_in_last("The company stopped buying crude from Venezuela in March.")
    assert codes["The company"] != "VENBUS"


def test_firm_still_takes_the_state_that_speaks_in_its_sentence() -> None:
    """Near miss: a state's own police speak in the sentence, so the firm stays of that state."""
    codes = codes_in_last("Turkish police said the company had closed its Istanbul office.")
    assert codes["the company"] == "TURBUS"


def test_a_trade_named_by_its_people_still_takes_the_sentence_state() -> None:
    """Near miss: "exporters" name a trade, not one firm with a nationality of its own to find."""
    codes = codes_in_last("Grain exporters called for an end to the tariffs on Ukraine.")
    assert codes["Grain exporters"] == "UKRBUS"


# ---- "the junta" is the story's coup state's


def test_bare_junta_is_the_coup_state_not_the_speaking_state() -> None:
    codes = codes_in_last(
        "Soldiers in Niger seized power in a coup in July, detaining the elected president.",
        "Nigeria said on Sunday the junta must restore civilian rule within months.",
    )
    assert codes["the junta"] == "NERGOV"


def test_junta_named_with_its_state_keeps_it() -> None:
    codes = codes_in_last(
        "Soldiers in Niger seized power in a coup in July.",
        "Mali's junta pledged support for its neighbour.",
    )
    assert codes["Mali's junta"] == "MLIGOV"


def test_story_with_several_coups_leaves_the_junta_to_its_sentence() -> None:
    """Near miss: two coup states in the story, so no single story junta overrides the sentence."""
    codes = codes_in_last(
        "Armies in Mali and Burkina Faso seized power in coups in 2021 and 2022.",
        "Mali said on Friday the junta would hold elections in 2026.",
    )
    assert codes["the junta"] == "MLIGOV"


def test_a_state_condemning_a_coup_is_not_the_junta_state() -> None:
    """Near miss: the condemning state is the subject of the coup sentence, not where the coup happened."""
    codes = codes_in_last(
        "The United States condemned the coup on Thursday.",
        "Nigeria said the junta must restore civilian rule.",
    )
    assert codes["the junta"] != "USAGOV"
