"""Pattern families added in round 8 (H115) for acts the coder found one level off or not at all, each tested with
sentences written here: a positive that must code the family's CAMEO code and a near miss that must not.

Families:
- pledging or offering troops, personnel or police officers, or offering to lead a multinational force, is intent
  to provide peacekeeping or protection (0334); money for a force stays economic aid;
- crowds chanting for a leader to step down, or chanting slogans against the government, demonstrate for a change
  in leadership (1411); chanting alone stays a demonstration (141);
- being held in detention or custody is detention (173), and "since March" is no march (141); a news conference
  held in a prison is no detention;
- killing or wounding people in a bomb attack is a bombing (183; car 1832, roadside 1833); a bombing raid by jets
  or a missile attack stays conventional force;
- an air operation against a foe, an air campaign or air offensive employs aerial weapons (195); evacuation, rescue
  and leaflet flights are no attack;
- gunmen releasing abducted pupils release persons (0841); a school sending pupils home early does not;
- fighters turning back from their advance retreat (0874), no dissent (140); turning back an enemy's advance is
  neither;
- promising to lift restrictions on imports or exports is intent to ease economic sanctions (0354); restrictions
  on rallies stay political (0351);
- denying a permit, licence or accreditation rejects the request (120); denying an allegation does not.
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- pledged troops and police ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Jamaica and Bangladesh also pledged personnel to the Haiti mission.",
    "Rwanda pledged 400 police officers to the UN mission in the Central African Republic.",
    "Chad offered 2,000 troops to the African force in Mali.",
    "Kenya offered to lead the multinational force in Haiti.",
])
def test_pledging_troops_or_police_is_intent_to_provide_peacekeeping(sentence: str) -> None:
    assert "0334" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Japan pledged 200 million dollars in support for the Kenyan force.",
    "Nigeria offered to lead the talks between the two sides.",
    "The Ghanaian minister promised soldiers better pay.",
])
def test_money_for_a_force_or_leading_talks_is_no_peacekeeping_pledge(sentence: str) -> None:
    assert "0334" not in codes_of(sentence)


# --- chanting for a leader to go -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Crowds of Venezuelans filled the avenue, chanting for Maduro to step down.",
    "Serbian protesters chanted slogans against President Vucic outside the assembly.",
])
def test_chanting_for_a_leader_to_go_demonstrates_for_leadership_change(sentence: str) -> None:
    assert "1411" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Thousands of Georgians chanted for an hour outside parliament.",
    "Armenian fans chanted for the coach to resign after the defeat.",
])
def test_chanting_alone_or_about_a_coach_is_no_demand_for_leadership_change(sentence: str) -> None:
    assert "1411" not in codes_of(sentence)


# --- held in detention -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The former Malaysian prime minister has been held in pre-trial detention since March.",
    "Egyptian police have held the blogger in custody since October.",
])
def test_being_held_in_detention_is_detention(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "173" in codes
    assert "141" not in codes


def test_a_news_conference_in_a_prison_is_no_detention() -> None:
    assert "173" not in codes_of("Iran's judiciary held a news conference in Evin prison on Monday.")


def test_a_march_held_in_march_stays_a_demonstration() -> None:
    assert "141" in codes_of("The Venezuelan opposition held a march in Caracas in March.")


# --- bomb attacks ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "code"), [
    ("Separatist fighters wounded three Spanish police officers in a bomb attack near Bilbao on Friday.", "183"),
    ("Taliban insurgents killed four Afghan policemen in a car bomb attack in Kandahar.", "1832"),
    ("Iraqi militants killed three US soldiers in a roadside bomb attack near Tikrit.", "1833"),
    ("Al-Shabaab militants killed 12 Somali soldiers in a suicide attack on a base near Mogadishu.", "1831"),
])
def test_killing_or_wounding_in_a_bomb_attack_is_a_bombing(sentence: str, code: str) -> None:
    codes = codes_of(sentence)
    assert code in codes
    assert "190" not in codes


@pytest.mark.parametrize("sentence", [
    "Israeli jets killed ten Palestinians in a bombing raid on Gaza.",
    "Russian forces killed six Ukrainian civilians in a missile attack on Odesa.",
])
def test_a_bombing_raid_or_missile_attack_is_no_bombing(sentence: str) -> None:
    codes = codes_of(sentence)
    assert not codes & {"183", "1831", "1832", "1833"}


# --- air operations --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Turkey's air operation against Kurdish militants in Syria destroyed 89 targets.",
    "Russia launched an air campaign against Syrian rebels in September.",
])
def test_an_air_operation_or_campaign_employs_aerial_weapons(sentence: str) -> None:
    assert "195" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The US air operation to evacuate Afghans from Kabul ended on Monday.",
    "The Italian air rescue operation on the flooded island ended on Monday.",
    "The Israeli army's air campaign to drop leaflets over Gaza was criticised.",
])
def test_evacuation_or_leaflet_flights_are_no_air_attack(sentence: str) -> None:
    assert "195" not in codes_of(sentence)


# --- released abductees ----------------------------------------------------------------------------------------

def test_gunmen_releasing_abducted_pupils_release_persons() -> None:
    assert "0841" in codes_of("Nigerian gunmen released 130 pupils abducted from a school in Kaduna.")


def test_a_school_sending_pupils_home_early_releases_no_persons() -> None:
    assert "0841" not in codes_of("The Kenyan education ministry released pupils early because of the heat.")


# --- turning back from an advance ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Wagner column turned back from its march on Moscow.",
    "The rebel commander ordered his fighters to turn back from their advance on the capital of Chad.",
])
def test_turning_back_from_an_advance_is_a_military_retreat(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "0874" in codes
    assert "140" not in codes


def test_turning_back_an_enemy_advance_is_neither_retreat_nor_dissent() -> None:
    codes = codes_of("Ukrainian troops turned back a Russian advance near Kharkiv.")
    assert not codes & {"0874", "140"}


# --- lifting trade restrictions --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "China agreed to lift restrictions on French cognac imports.",
    "Beijing promised to ease curbs on Australian wine exports.",
])
def test_promising_to_lift_trade_restrictions_is_intent_to_ease_economic_sanctions(sentence: str) -> None:
    assert "0354" in codes_of(sentence)


def test_promising_to_lift_restrictions_on_rallies_stays_political() -> None:
    codes = codes_of("The Thai junta agreed to lift restrictions on political rallies.")
    assert "0351" in codes
    assert "0354" not in codes


# --- denied permits --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Turkish authorities denied a permit for the Kurdish festival in Istanbul.",
    "Russia denied accreditation to two BBC journalists.",
])
def test_denying_a_permit_or_accreditation_is_a_rejection(sentence: str) -> None:
    assert "120" in codes_of(sentence)


def test_denying_an_allegation_is_no_rejection_of_a_request() -> None:
    assert "120" not in codes_of("Turkey's government denied the allegations of torture in its prisons.")
