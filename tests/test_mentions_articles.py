"""Actors across a whole article: home bodies keep the story's country when they act on foreigners, executive
councils are the government, "its neighbour" is the bordering state the story named, and an official the tables
lack is the dateline's when the sentence names two states. Sentences are written here, in news style."""

from __future__ import annotations

from functools import partial

from mention_helpers import actor_codes as _codes
from mention_helpers import mentions_of

_mentions = partial(mentions_of, date="2024-05-14")


def test_police_acting_on_a_foreigner_are_of_the_dateline() -> None:
    found = _mentions("Police arrested an Afghan man suspected of stabbing two commuters.", filed_in="AUT")
    codes = _codes(found, 0)
    assert codes["Police"] == "AUTCOP"
    assert codes["an Afghan man"].startswith("AFG")


def test_passive_arrest_by_police_keeps_the_police_at_home() -> None:
    found = _mentions("The Georgian lorry driver was arrested by police at the border crossing.", filed_in="POL")
    assert _codes(found, 0)["police"] == "POLCOP"


def test_prosecutors_asking_another_state_are_not_of_it() -> None:
    found = _mentions(
        "Peru's top court upheld the sentence of a former mayor on Monday.",
        "Prosecutors have asked Spain to hand over a businessman who fled there in 2021.",
        filed_in="PER",
    )
    assert _codes(found, 1)["Prosecutors"] == "PERJUD"


def test_the_story_so_far_beats_the_dateline_for_a_home_body() -> None:
    found = _mentions(
        "Syria's interior ministry announced a curfew in the coastal city on Sunday.",
        "Police detained a British reporter near the port.",
        filed_in="GBR",
    )
    assert _codes(found, 1)["Police"] == "SYRCOP"


def test_own_adjective_and_own_place_still_win() -> None:
    found = _mentions(
        "Hungarian police detained a Serbian truck driver.",
        "Police in Vienna questioned a Slovak tourist.",
        filed_in="DEU",
    )
    assert _codes(found, 0)["Hungarian police"] == "HUNCOP"
    assert _codes(found, 1)["Police"] == "AUTCOP"


def test_a_home_body_acted_on_keeps_the_sentence_country() -> None:
    # near miss: the police are the ones attacked, not the ones acting on the foreign protesters
    found = _mentions("Serbian police were attacked by protesters.", filed_in="BIH")
    assert _codes(found, 0)["Serbian police"] == "SRBCOP"


def test_without_a_story_country_the_sentence_still_lends() -> None:
    found = _mentions("Police detained a Syrian woman.")
    assert _codes(found, 0)["Police"] == "SYRCOP"


def test_defence_and_security_councils_are_the_government() -> None:
    found = _mentions(
        "Mali's Supreme Defence Council ordered a curfew in the north.",
        "Ukraine's National Security and Defence Council imposed sanctions on six companies.",
        "Lebanon's Council of Ministers approved the budget.",
        "The city council voted to close the bridge.",
    )
    assert _codes(found, 0)["Mali's Supreme Defence Council"] == "MLIGOV"
    assert _codes(found, 1)["Ukraine's National Security and Defence Council"] == "UKRGOV"
    assert _codes(found, 2)["Lebanon's Council of Ministers"] == "LBNGOV"
    assert _codes(found, 3)["The city council"].endswith("LEG")


def test_its_neighbour_is_the_one_bordering_state_named() -> None:
    found = _mentions(
        "Mali, Burkina Faso and Niger formed a new alliance last year.",
        "Algeria shut its border with its neighbour on Friday.",
        "Nigeria cut electricity supplies to its neighbour.",
    )
    # Algeria borders Mali and Niger: two candidates, so the phrase stays open (and is no Algerian body)
    first = next(m for m in found.in_paragraph(1) if m.actor.text.startswith("its neighbour"))
    assert first.actor.code is None and first.actor.sector is None
    # of Mali, Burkina Faso, Niger and Algeria, only Niger borders Nigeria
    second = next(m for m in found.in_paragraph(2) if m.actor.text.startswith("its neighbour"))
    assert second.actor.code == "NER"


def test_its_neighbour_skips_named_states_without_a_border() -> None:
    found = _mentions(
        "Rwanda and Uganda traded accusations on Monday.",
        "Kenya cut power supplies to its neighbour.",
    )
    neighbour = next(m for m in found.in_paragraph(1) if m.actor.text.startswith("its neighbour"))
    # Uganda borders Kenya, Rwanda does not: Uganda is the one bordering state named
    assert neighbour.actor.code == "UGA"


def test_the_neighbouring_country_and_a_sea_neighbour() -> None:
    found = _mentions(
        "Bolivia and Paraguay held talks on river trade.",
        "Argentina said the neighbouring country had closed two crossings.",
        "Japan lodged a protest. South Korea said its neighbour had no claim to the islands.",
    )
    first = next(m for m in found.in_paragraph(1) if "neighbouring" in m.actor.text)
    assert first.actor.code is None and first.actor.sector is None  # both border Argentina: left open
    second = next(m for m in found.in_paragraph(2) if m.actor.text.startswith("its neighbour"))
    assert second.actor.code == "JPN"


def test_people_next_door_stay_people() -> None:
    found = _mentions("Residents said their neighbours had fled the shelling.")
    assert _codes(found, 0)["their neighbours"] == "CVL"


def test_unplaced_official_among_two_states_is_of_the_dateline() -> None:
    found = _mentions(
        "Ecuador's foreign ministry summoned Colombia's ambassador on Tuesday.",
        "Trade Minister Julio Prado said the cargo had been seized in Ecuadorean waters and taken to a Colombian port.",
        "Prado is due to travel to Bogota next week to meet his Colombian counterpart, Marta Lucia Reyes.",
        filed_in="ECU",
    )
    assert _codes(found, 1)["Julio Prado"] == "ECUGOV"
    assert _codes(found, 2)["Prado"] == "ECUGOV"


def test_unplaced_official_outside_the_dateline_states_is_not_given_it() -> None:
    found = _mentions(
        "Trade Minister Luis Arroyo said the cargo had been seized in Peruvian waters and taken to a Colombian port.",
        filed_in="ECU",
    )
    assert _codes(found, 0)["Luis Arroyo"] in {"GOV", None}


def test_what_a_body_says_about_a_state_is_no_act_on_it() -> None:
    # near miss: "warned that any attack on Niger ..." is speech, and the sentence before named the junta's state
    found = _mentions(
        "Nigerian President Bola Tinubu told the summit that no option was off the table.",
        "Niger's ruling council has refused to meet envoys. The junta has warned that any attack on Niger would "
        "meet an immediate response.",
        filed_in="NGA",
    )
    assert _codes(found, 1)["The junta"] == "NERGOV"


def test_the_sentence_before_in_the_paragraph_is_the_story() -> None:
    found = _mentions(
        "Thai authorities extended the state of emergency on Monday.",
        "Cambodia's interior ministry opened an inquiry into the scam compounds. Police detained a Thai national "
        "at one of them.",
        filed_in="THA",
    )
    assert _codes(found, 1)["Police"] == "KHMCOP"


def test_an_electoral_commission_is_the_story_state_government() -> None:
    found = _mentions(
        "Malawi's opposition rejected the provisional count on Sunday.",
        "Hundreds of protesters marched to the offices of the Independent Electoral Commission, waving flags.",
    )
    assert _codes(found, 1)["the Independent Electoral Commission"] == "MWIGOV"


def test_an_electoral_commission_after_two_states_stays_open() -> None:
    found = _mentions(
        "Zambia and Malawi both hold elections this year.",
        "Observers met the electoral commission on Monday.",
    )
    assert _codes(found, 1)["the electoral commission"] == "GOV"


def test_the_attorney_general_is_of_the_story_state() -> None:
    found = _mentions(
        "A Chilean court jailed two former army officers on Tuesday.",
        "Relatives of the victims wept outside the building.",
        "The Attorney General's office said it was investigating six more officers.",
    )
    assert _codes(found, 2)["The Attorney General"] == "CHLGOV"


def test_the_first_of_two_surnames_names_the_person_later() -> None:
    found = _mentions(
        "Colombian Interior Minister Alfonso Prada Gil met protest leaders in Cali.",
        "Prada said the talks would resume on Friday.",
    )
    assert _codes(found, 1)["Prada"] == "COLGOV"


def test_a_middle_name_outside_two_surname_states_names_nobody() -> None:
    found = _mentions(
        "U.S. Senator John Walker Smith criticised the bill.",
        "Walker said the vote would be close.",
    )
    assert "Walker" not in _codes(found, 1) or _codes(found, 1)["Walker"] != "USALEG"
