"""Pattern families added in round 7b (H111) for misses of the whole-article gold, each tested with sentences
written here: a positive that must code the family's CAMEO code and a near miss that must not.

Families:
- ordering embassy employees, journalists or other foreigners to leave the country expels those people (174),
  in the active and in the passive; an order to diplomats stays a cut in relations (161, as expelling them is);
  residents told to leave their homes are no expulsion;
- calling a move a threat, a setback, a blow or interference is criticism (111), neither a phone call (041) nor
  a threat made (130); "called for" stays an appeal;
- pledging to destroy or dismantle one's own weapons is intent to disarm (0356), not a pledge of military aid
  (0332);
- investigations and cases opened into vote rigging, terrorism or espionage are criminal probes (091);
- announcing or joining a hunger strike is one (142);
- asking leaders to keep their supporters from violence is an appeal to ease unrest (0252);
- challenging a ruling or verdict is a legal action (115); challenging a decision stays
  disapproval (110) and a boxer's challenge is none.
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- expulsion orders -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Moscow ordered 14 employees of the Polish embassy to leave the country by Friday.",
    "Ethiopia ordered seven senior UN officials to leave the country within 72 hours.",
    "Two BBC journalists were ordered to leave the country within 48 hours.",
])
def test_an_order_to_leave_the_country_expels_those_people(sentence: str) -> None:
    assert "174" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Peru ordered two Chilean diplomats to leave the country within 72 hours.",
    "Three Dutch diplomats in Tehran were ordered to leave the country within a week.",
])
def test_an_order_to_diplomats_stays_a_cut_in_relations(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "161" in codes
    assert "174" not in codes


@pytest.mark.parametrize("sentence", [
    "Florida's governor ordered residents to leave their homes before the hurricane.",
    "The commander ordered his troops to leave the town before dawn.",
])
def test_leaving_homes_or_a_town_is_no_expulsion(sentence: str) -> None:
    assert "174" not in codes_of(sentence)


# --- calling a move a threat ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'Guyana\'s president called the troop deployment "a direct threat" to his country.',
    "Japan's foreign minister called the nuclear test a grave threat to regional peace.",
    "The German foreign ministry called the arrest a serious setback for democracy in Turkey.",
    "Beijing called the arms sale blatant interference in China's internal affairs.",
])
def test_calling_a_move_a_threat_or_interference_is_criticism(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "111" in codes
    assert "041" not in codes


@pytest.mark.parametrize("sentence", [
    "Egypt called for an end to the threat of war in the region.",
    "Israel's army called the attack a success.",
])
def test_calling_for_an_end_to_a_threat_or_naming_an_attack_is_no_criticism(sentence: str) -> None:
    assert "111" not in codes_of(sentence)


# --- pledges to destroy one's own weapons ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Syria pledged to destroy its chemical weapons stockpile by the middle of next year.",
    "Libya promised to dismantle its nuclear weapons programme under international supervision.",
])
def test_a_pledge_to_destroy_own_weapons_is_intent_to_disarm(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "0356" in codes
    assert "0332" not in codes


def test_a_pledge_to_send_weapons_stays_military_aid() -> None:
    codes = codes_of("Germany pledged to send more weapons to Ukraine.")
    assert "0356" not in codes


# --- criminal probes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Russia's Investigative Committee opened a terrorism case after the blast.",
    "Kenyan prosecutors opened an investigation into vote rigging in two counties.",
    "Polish prosecutors launched an espionage investigation into the two officers.",
])
def test_probes_into_rigging_terrorism_or_espionage_are_criminal_probes(sentence: str) -> None:
    assert "091" in codes_of(sentence)


def test_a_scientific_study_is_no_probe() -> None:
    assert "091" not in codes_of("Scientists in Norway opened a study into the decline of salmon stocks.")


# --- hunger strikes -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Senegal's jailed opposition leader announced a hunger strike from his cell.",
    "Dozens of detained migrants joined a hunger strike at the Greek camp.",
])
def test_announcing_or_joining_a_hunger_strike_is_one(sentence: str) -> None:
    assert "142" in codes_of(sentence)


def test_a_labour_strike_is_no_hunger_strike() -> None:
    assert "142" not in codes_of("Nigerian doctors announced a strike over unpaid wages.")


# --- restraining one's supporters -----------------------------------------------------------------------------

def test_asking_leaders_to_restrain_their_supporters_is_an_appeal_to_ease_unrest() -> None:
    sentence = "Britain urged Kenyan political leaders to prevent their supporters from resorting to violence."
    assert "0252" in codes_of(sentence)


def test_asking_the_police_to_prevent_violence_is_no_appeal_to_ease_unrest() -> None:
    assert "0252" not in codes_of("The UN urged Nigeria's police to prevent violence at polling stations.")


# --- legal challenges -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Kenya's government said it would challenge the ruling.",
    "The Bolivian opposition leader will contest the verdict before the constitutional court.",
])
def test_challenging_a_ruling_or_verdict_is_a_legal_action(sentence: str) -> None:
    assert "115" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Nigeria's opposition challenged the decision of the electoral commission.",
    "Mexico's boxing champion will challenge the ruling champion for the title.",
])
def test_a_political_or_sporting_challenge_is_no_lawsuit(sentence: str) -> None:
    assert "115" not in codes_of(sentence)
