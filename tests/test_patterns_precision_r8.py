"""Pattern families of round 8 (H126) that coded acts a demanding analyst would not, each tested with sentences
written here: the act that must no longer code the family's code, and a near miss that must keep coding it.

Families:
- yielding a leadership post (0831) is a resignation, sacking or hand-over under pressure; stepping down or
  leaving office at the end of a term, and replacing ministers or reshuffling a cabinet as routine business,
  are no concession (a replacement after protests or a scandal still is; a sacking still is); a routine
  hand-over of power to an elected successor is none either (080 / 0831), a junta handing power over still is;
- refusing to leave a building or a home is no refusal to yield office (1231) nor to de-escalate (1246); refusing
  to leave office or to step down still is 1231, troops refusing to leave a town still 1246;
- seeking a second term or re-election is a campaign, no appeal (020); seeking arms from a partner still is (0232);
- an election result "ending 30 years of rule" eases no administrative rule (081); ending restrictions and ending
  military or emergency rule still do (081 / 0814);
- cancelling a planned trip or visit reverses no policy (0832); cancelling a planned price increase does;
  a reform shelved "after weeks of strikes" or "after protests" is a policy reversal (0832), not the calling-off
  of a strike (082), which a postponed strike still is;
- voting for a removal, an impeachment or to suspend someone endorses nobody (050 / 051); voting for a resolution
  or a bid still does;
- granting an application to hold a protest or clearing an arms transfer is administration, not endorsement
  (051); approving a partner's plan or proposal still is;
- forces clearing or tearing down barricades show police power (150), not the protest obstruction (144);
  protesters putting up barricades stay 144.
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- leadership change (0831) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Kenya's president Uhuru Kenyatta, who is stepping down after two terms, backed his deputy.",
    "Brazil's president said he would step down at the end of his term in January.",
    "Chile's president will leave office after his four-year term ends in March.",
    "Ghana's president replaced his finance and energy ministers in a cabinet reshuffle on Tuesday.",
    "Peru's prime minister replaced the interior minister in a routine reshuffle.",
])
def test_term_ends_and_routine_reshuffles_are_no_yielding(sentence: str) -> None:
    assert "0831" not in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Mali's prime minister stepped down on Monday after weeks of protests.",
    "Ghana's president replaced his finance minister on Tuesday after weeks of protests.",
    "Ghana's president sacked his finance minister on Tuesday.",
    "Lebanon's prime minister resigned on Tuesday amid mass protests.",
])
def test_resignations_and_sackings_under_pressure_keep_0831(sentence: str) -> None:
    assert "0831" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Nigeria's president Buhari handed over power to his elected successor on Monday.",
    "Ghana's president handed power to the president-elect in a peaceful transition on Saturday.",
])
def test_a_routine_handover_to_an_elected_successor_is_no_yielding(sentence: str) -> None:
    assert not {"080", "0831"} & codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Sudan's military handed over power to a civilian government after months of protests.",
    "The Malian junta transferred power to a civilian government under pressure from ECOWAS.",
])
def test_a_junta_handing_over_power_keeps_0831(sentence: str) -> None:
    assert "0831" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Ghana's president is seeking re-election in December.",
    "Kenya's president, who is seeking a second term in the August election, visited Nairobi.",
])
def test_seeking_a_second_term_is_no_appeal(sentence: str) -> None:
    assert "020" not in codes_of(sentence)


def test_seeking_arms_from_a_partner_keeps_the_appeal() -> None:
    assert "0232" in codes_of("Ukraine's president sought more air defence systems from Germany.")


@pytest.mark.parametrize("sentence", [
    "Peruvian lawmakers, many of whom refused to leave the building, voted on Monday.",
    "Residents of Gaza refused to leave their homes despite the Israeli order.",
])
def test_refusing_to_leave_a_building_or_home_is_no_refusal_to_yield_office(sentence: str) -> None:
    assert not {"1231", "1246"} & codes_of(sentence)


def test_lawmakers_refusing_to_leave_the_chamber_refuse_no_de_escalation() -> None:
    assert not {"1231", "1246"} & codes_of("Peruvian lawmakers refused to leave the building on Monday.")


def test_troops_refusing_to_leave_a_town_keep_1246() -> None:
    assert "1246" in codes_of("Russian troops refused to leave the town of Kherson.")


@pytest.mark.parametrize("sentence", [
    "Sri Lanka's president refused to leave office despite the protests.",
    "Sri Lanka's president refused to step down on Monday.",
])
def test_refusing_to_leave_office_keeps_1231(sentence: str) -> None:
    assert "1231" in codes_of(sentence)


# --- election results are no eased rule (081) --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The opposition party won a majority in the election, ending 30 years of rule by the ruling party.",
    "The opposition candidate won the Lagos mayoralty in 2019, ending two decades of rule by the governing party.",
])
def test_ending_years_of_rule_by_an_election_is_no_easing(sentence: str) -> None:
    assert not {"081", "0814"} & codes_of(sentence)


@pytest.mark.parametrize("sentence, code", [
    ("Thailand's government ended restrictions on foreign tourists on Monday.", "081"),
    ("Myanmar's junta ended military rule on Monday.", "0814"),
])
def test_ending_restrictions_or_military_rule_keeps_easing(sentence: str, code: str) -> None:
    assert code in codes_of(sentence)


# --- cancelled trips and shelved reforms (0832 / 082) ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Iran's president cancelled a planned trip to Turkey on Thursday.",
    "Japan's prime minister scrapped a planned visit to Washington because of the typhoon.",
])
def test_a_cancelled_planned_trip_is_no_policy_reversal(sentence: str) -> None:
    assert "0832" not in codes_of(sentence)


def test_a_cancelled_planned_price_increase_is_a_policy_reversal() -> None:
    assert "0832" in codes_of("Iran's president cancelled a planned fuel price increase after protests.")


@pytest.mark.parametrize("sentence", [
    "Macron was forced to shelve an overhaul of the pension system in 2020 after weeks of strikes.",
    "The Kenyan government shelved the tax bill after protests in Nairobi.",
])
def test_a_reform_shelved_after_strikes_is_a_policy_reversal_not_a_called_off_strike(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "082" not in codes
    assert "0832" in codes


@pytest.mark.parametrize("sentence", [
    "France's unions postponed a nationwide strike on Thursday.",
    "France's rail unions postponed a strike planned for Thursday.",
])
def test_unions_postponing_a_strike_keep_082(sentence: str) -> None:
    assert "082" in codes_of(sentence)


# --- votes against someone (050 / 051) ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'Peruvian lawmakers voted 86 to 0 to suspend the president for "moral incapacity".',
    "Several parties that voted for the removal of the Peruvian president face investigations.",
    "Italian lawmakers voted for a motion to impeach the Italian prime minister.",
])
def test_voting_to_remove_or_suspend_someone_is_no_support(sentence: str) -> None:
    assert not {"050", "051"} & codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Germany voted for the resolution on Ukraine.",
    "France voted for the Ukrainian bid at the meeting in Brussels.",
])
def test_voting_for_a_resolution_or_bid_keeps_support(sentence: str) -> None:
    assert {"050", "051"} & codes_of(sentence)


# --- administrative approvals (051) -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Swedish police approved an application by an Iraqi activist to hold a protest outside the Turkish embassy.",
    "Danish police approved a request by a Syrian activist to stage a rally in Copenhagen.",
    "The United States approved the transfer of tanks from Germany to Poland.",
    "Washington approved the export of Israeli drones to India.",
])
def test_granting_a_permit_or_clearing_a_transfer_is_no_endorsement(sentence: str) -> None:
    assert "051" not in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Japan approved India's plan for a joint naval patrol.",
    "Germany approved the French proposal for a ceasefire.",
])
def test_approving_a_partners_plan_keeps_051(sentence: str) -> None:
    assert "051" in codes_of(sentence)


# --- clearing barricades (150, not 144) --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chinese soldiers took to the streets of Hong Kong to clear barricades on Sunday.",
    "Chilean police cleared barricades from the main highway in Santiago on Monday.",
    "Hong Kong police tore down barricades outside the university on Sunday.",
])
def test_forces_clearing_barricades_are_no_protest_obstruction(sentence: str) -> None:
    assert "144" not in codes_of(sentence)


def test_police_clearing_barricades_show_police_power() -> None:
    assert "150" in codes_of("Chilean police cleared barricades from the main highway in Santiago on Monday.")


@pytest.mark.parametrize("sentence", [
    "Chilean protesters erected barricades on the main highway in Santiago on Monday.",
    "Hong Kong protesters set up barricades outside the university on Sunday.",
])
def test_protesters_putting_up_barricades_keep_144(sentence: str) -> None:
    assert "144" in codes_of(sentence)
