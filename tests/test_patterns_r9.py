"""Pattern families added or narrowed in round 9 (H131), each tested with sentences written here: a positive that
must code the family's CAMEO code (or must no longer code the over-broad one) and a near miss that keeps the old
reading.

Families:
- warning shots are a show of force (150), no shooting at a foe (193) and no spoken warning (130); shots fired at
  positions stay 193;
- food, medicine or relief parcels dropped from the air are humanitarian aid (073); dropped leaflets, bombs and
  charges are not;
- tanks or troops sent into a country's own streets are a show of force (150), no arms transfer (072); tanks sent to
  another country stay 072;
- vowing punishment or reprisals (the nouns) is a threat (130), as vowing to punish is; swearing allegiance is none;
- vowing harsh, tough or decisive action against someone is a threat (130); tough action on inflation is none;
- crowds attacking with rioters' missiles (rocks, bottles, bricks, petrol bombs) riot (145); stones alone keep the
  assault reading (182) and guns or machetes are no riot;
- a "counter-terrorist operation regime" declared over a place is emergency rule (1724);
- sinking a trawler or ferry, or ramming a vessel, is a use of force (190); a bill rammed through parliament is none;
- calling an act shocking, barbaric or cowardly is criticism (111), no phone call (041); calling talks productive is
  none;
- narrowed: what an act "is met with" (a response, resistance) is no meeting (040); crimes "committed" are no
  commitment (030); a missile landing in the sea is no visit (042); kickbacks received are no hosting (043);
  "any attack on X" (a hypothetical one) is no attack (190); "agreed to call off the strike after talks" is no
  pledge to meet (036); police seeking suspects make no request (020); an arrival that names neither a place nor
  a visit, talks or a meeting ("when the lawmakers arrived") is no visit (042).
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- warning shots -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Peruvian navy fired warning shots at a Bolivian patrol boat on Lake Titicaca.",
    "Greek coast guard vessels fired warning shots near a Turkish fishing trawler.",
    "South Korean soldiers fired warning shots after North Korean troops crossed the border.",
])
def test_warning_shots_are_a_show_of_force(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "150" in codes
    assert "193" not in codes and "130" not in codes


@pytest.mark.parametrize("sentence", [
    "Thai troops fired shots at Cambodian positions near the disputed temple.",
    "Venezuelan soldiers fired rifles at Colombian smugglers on the river.",
])
def test_shots_fired_at_a_foe_stay_small_arms_fire(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "193" in codes
    assert "150" not in codes


# --- aid dropped from the air ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Indian air force planes dropped food parcels over flooded villages in Bangladesh.",
    "French transport aircraft airdropped medicine into besieged towns in Syria.",
])
def test_relief_dropped_from_the_air_is_humanitarian_aid(sentence: str) -> None:
    assert "073" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Ethiopian jets dropped leaflets over Mekelle on Tuesday.",
    "Turkish prosecutors dropped the charges against the German reporter.",
    "Saudi jets dropped bombs on a market in Yemen.",
])
def test_leaflets_bombs_and_charges_dropped_are_no_aid(sentence: str) -> None:
    assert "073" not in codes_of(sentence)


# --- tanks in the streets ----------------------------------------------------------------------------------------

def test_tanks_sent_into_the_streets_are_a_show_of_force() -> None:
    codes = codes_of("The Bolivian president sent tanks into the streets of La Paz after the strike began.")
    assert "150" in codes
    assert "072" not in codes


def test_tanks_sent_to_another_country_stay_an_arms_transfer() -> None:
    assert "072" in codes_of("Germany sent tanks to Ukraine in the spring.")


# --- vowed punishment -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "President Erdogan vowed severe punishment for the officers behind the coup attempt.",
    "Pakistan's army chief vowed reprisals against India.",
])
def test_vowing_punishment_or_reprisals_is_a_threat(sentence: str) -> None:
    assert any(code.startswith("13") for code in codes_of(sentence))


def test_swearing_allegiance_is_no_threat() -> None:
    codes = codes_of("The new Thai ministers swore allegiance to the king on Monday.")
    assert not any(code.startswith("13") for code in codes)


# --- narrowed: met with, committed, landed, received ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Israeli troops met fierce resistance from Hamas fighters in Jenin.",
    "The Chinese proposal met with scepticism from Washington.",
])
def test_what_an_act_is_met_with_is_no_meeting(sentence: str) -> None:
    assert "040" not in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Macron met Scholz in Berlin on Monday.",
    "Erdogan met with Putin in Sochi.",
])
def test_leaders_meeting_stay_a_meeting(sentence: str) -> None:
    assert "040" in codes_of(sentence)


def test_abuses_committed_are_no_commitment() -> None:
    codes = codes_of("Sudan and the RSF both committed abuses against civilians in Darfur, Human Rights Watch said.")
    assert not any(code.startswith("03") for code in codes)


def test_troops_committed_stay_a_pledge() -> None:
    assert "0334" in codes_of("Japan committed troops to the UN mission in Cambodia.")


def test_a_missile_landing_in_the_sea_is_no_visit() -> None:
    assert "042" not in codes_of("The North Korean missile landed in waters off Japan's coast.")


def test_a_leader_landing_in_a_capital_is_a_visit() -> None:
    assert "042" in codes_of("The Chinese president landed in Brasilia for a state visit.")


def test_kickbacks_received_are_no_hosting() -> None:
    codes = codes_of("Peruvian prosecutors said President Vizcarra had received kickbacks from builders in Moquegua.")
    assert "043" not in codes


def test_a_delegation_received_stays_a_consultation() -> None:
    assert any(code.startswith("04") for code in codes_of("Peru's president received a Chilean delegation in Lima."))


# --- narrowed: "any attack" ------------------------------------------------------------------------------------

def test_any_attack_that_would_meet_a_response_is_no_attack_nor_meeting() -> None:
    codes = codes_of("Any attack on Iran would meet a crushing response, Iran's army chief said.")
    assert "190" not in codes and "040" not in codes


def test_an_attack_on_a_base_stays_an_attack() -> None:
    assert "190" in codes_of("The attack on the Iraqi army base killed four soldiers, the Iraqi military said.")


def test_a_warning_that_any_attack_would_be_answered_stays_a_threat() -> None:
    codes = codes_of("Tehran warned that any attack on its nuclear sites would be met with a crushing response.")
    assert any(code.startswith("13") for code in codes)


# --- rioters' missiles --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Albanian protesters attacked the Serbian embassy with bricks and firebombs.",
    "Kosovo police said Serb protesters hit officers with rocks.",
])
def test_attacks_with_rioters_missiles_are_a_riot(sentence: str) -> None:
    assert "145" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Settlers attacked Palestinian farmers with stones near Nablus.",
    "Gunmen attacked a Nigerian village with rifles and machetes.",
])
def test_stones_alone_or_weapons_are_no_riot(sentence: str) -> None:
    assert "145" not in codes_of(sentence)


# --- vowed harsh action -------------------------------------------------------------------------------------------

def test_vowing_tough_action_against_someone_is_a_threat() -> None:
    assert "130" in codes_of("The Thai army vowed harsh action against the insurgents in the south.")


def test_vowing_action_on_prices_is_no_threat() -> None:
    codes = codes_of("The Turkish finance minister vowed tough action on inflation.")
    assert not any(code.startswith("13") for code in codes)


# --- counter-terrorist operation regime ---------------------------------------------------------------------------

def test_a_counter_terrorist_operation_regime_is_emergency_rule() -> None:
    assert "1724" in codes_of("Russian authorities declared a counter-terrorist operation regime in Makhachkala.")


def test_a_regime_declared_illegitimate_is_no_emergency_rule() -> None:
    assert "1724" not in codes_of("The Syrian opposition declared the regime illegitimate on Monday.")


# --- agreed after talks -------------------------------------------------------------------------------------------

def test_ending_a_strike_agreed_after_talks_is_no_pledge_to_meet() -> None:
    codes = codes_of("Kenyan unions agreed to call off the strike after talks with the government.")
    assert "036" not in codes
    assert "0352" in codes


def test_agreeing_to_talks_stays_a_pledge_to_meet() -> None:
    assert "036" in codes_of("Armenia agreed to talks with Azerbaijan on the border.")


# --- an act called shocking; suspects sought ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Putin called the attack shocking in its cruelty.",
    "Germany described the killings in Bucha as barbaric.",
])
def test_calling_an_act_shocking_or_barbaric_is_criticism(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "111" in codes
    assert "041" not in codes


def test_calling_talks_productive_is_no_criticism() -> None:
    assert "111" not in codes_of("Macron called the talks with Scholz productive.")


def test_police_seeking_suspects_make_no_request() -> None:
    codes = codes_of("Czech police said they were seeking two men in connection with the explosions in Vrbetice.")
    assert not any(code.startswith("02") for code in codes)


def test_seeking_help_from_a_neighbour_stays_an_appeal() -> None:
    assert "023" in codes_of("Ukraine sought help from Poland after the floods.")


# --- arrivals ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Samoan lawmakers arrived at dawn and found the doors of parliament locked.",
    "Rescue teams from Turkey arrived after the quake.",
])
def test_an_arrival_naming_no_visit_is_no_visit(sentence: str) -> None:
    assert "042" not in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The Indian prime minister arrived on Monday on a three-day visit to Japan.",
    "Blinken arrived for talks with Netanyahu.",
    "Xi Jinping arrived in Hanoi on Tuesday.",
])
def test_an_arrival_for_a_visit_or_in_a_capital_is_a_visit(sentence: str) -> None:
    assert "042" in codes_of(sentence)


# --- vessels sunk or rammed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2016 the Argentine coast guard sank a Chinese trawler.",
    "A Chinese coast guard vessel rammed a Philippine supply boat near the shoal.",
])
def test_sinking_or_ramming_a_vessel_is_force(sentence: str) -> None:
    assert "190" in codes_of(sentence)


def test_a_bill_rammed_through_parliament_is_no_force() -> None:
    codes = codes_of("Hungary's government rammed the bill through parliament on Tuesday.")
    assert not any(code.startswith("19") for code in codes)
