"""Pattern families added in round 7 (H106), each with sentences written here: a positive that must code the
family's CAMEO code and a near miss that must not.

Families:
- a deadline handed to the other side (139 ultimatum; 161 when an envoy is given the time to leave);
- calling a vote or decision unlawful or unacceptable (111);
- asking one's own followers or protesters to calm down or end a protest (0252, not military de-escalation);
- putting off a protest or strike (082);
- "call" alone with talks judges them: neither a phone call (041) nor calling them off (164 needs "off"), and
  calling off talks after an attack is no halt of the attack (087);
- "an attempt to assassinate" (185);
- pledging or promising to crush the other side (138) or to keep fighting (1246), as vowing to is;
- "recognised as a world leader" in a field is no diplomatic recognition (054);
- troop or military movements near a border are a build-up of forces (154).
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


def events_with(sentence: str, code: str) -> list[tuple[str, str | None, str | None, str]]:
    """The events of one sentence that carry one CAMEO code."""
    return [event for event in sentence_events(sentence) if event[0] == code]


# --- deadlines: "gave X 48 hours to leave" -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mali's junta gave French troops 48 hours to leave the country.",
    "Venezuela gave foreign oil companies three months to withdraw from the disputed area.",
])
def test_a_time_limit_given_to_the_other_side_is_an_ultimatum(sentence: str) -> None:
    assert "139" in codes_of(sentence), sentence_events(sentence)


def test_the_ultimatum_targets_the_side_given_the_time() -> None:
    found = events_with("Mali's junta gave French troops 48 hours to leave the country.", "139")
    assert [(source, target) for _, source, target, _ in found] == [("MLIGOV", "FRAMIL")]


def test_a_time_limit_given_to_an_envoy_is_an_expulsion() -> None:
    found = events_with("Niger's junta gave the French ambassador 48 hours to leave.", "161")
    assert [(source, target) for _, source, target, _ in found] == [("NERGOV", "FRAGOV")]


@pytest.mark.parametrize("sentence", [
    "The Kenyan government gave civil servants three days off for the national holiday.",
    "Germany's labour ministry gave new fathers two weeks of paternity leave.",
])
def test_days_off_and_leave_are_no_ultimatum(sentence: str) -> None:
    assert not codes_of(sentence) & {"139", "161"}, sentence_events(sentence)


# --- calling a vote or decision unlawful ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Guatemala's Congress called the ruling unconstitutional.",
    "Samoa's opposition called the vote illegal.",
    "Turkey's foreign ministry called the decision unacceptable.",
])
def test_calling_an_act_unlawful_or_unacceptable_is_criticism(sentence: str) -> None:
    assert "111" in codes_of(sentence), sentence_events(sentence)


@pytest.mark.parametrize("sentence", [
    "Germany's chancellor called the talks with France constructive.",
    "Italy's interior minister called illegal crossings a growing problem for the coast guard.",
])
def test_praise_or_naming_illegal_crossings_is_no_criticism_of_an_act(sentence: str) -> None:
    assert not codes_of(sentence) & {"111", "164", "041"}, sentence_events(sentence)


def test_calling_off_talks_reduces_relations_whatever_attack_is_named_near() -> None:
    codes = codes_of("Pakistan called off talks with India after the attack.")
    assert "164" in codes and "087" not in codes


# --- asking followers or protesters to calm down or end a protest ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ethiopian opposition leader Jawar Mohammed urged his supporters to stay calm and end the protests.",
    "Kenya's opposition leader Raila Odinga called on protesters to go home.",
    "Thai Prime Minister Prayuth Chan-ocha appealed to demonstrators to end their sit-in.",
])
def test_asking_protesters_to_stand_down_is_an_appeal_to_ease_dissent(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "0252" in codes and "0256" not in codes, sentence_events(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya's opposition leader Raila Odinga urged his supporters to vote on Tuesday.",
    "Ethiopian opposition leader Jawar Mohammed urged his supporters to join the protests.",
])
def test_asking_followers_to_turn_out_is_no_appeal_to_ease_dissent(sentence: str) -> None:
    assert "0252" not in codes_of(sentence), sentence_events(sentence)


# --- putting off a protest or strike --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Nigeria's teachers' union postponed its planned strike.",
    "South Korean unions suspended their protest after the government offered talks.",
])
def test_putting_off_a_protest_or_strike_eases_dissent(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "082" in codes and "143" not in codes, sentence_events(sentence)


@pytest.mark.parametrize("sentence", [
    "The US Air Force postponed strikes on Syrian targets.",
    "Russia's defence ministry postponed the military parade in Moscow.",
])
def test_putting_off_air_strikes_or_a_parade_is_no_easing_of_dissent(sentence: str) -> None:
    assert "082" not in codes_of(sentence), sentence_events(sentence)


# --- an attempt to assassinate ---------------------------------------------------------------------------------------

def test_an_attempt_to_assassinate_is_an_attempted_assassination() -> None:
    assert "185" in codes_of("Gunmen made an attempt to assassinate the Pakistani interior minister on Friday.")


def test_an_attempt_to_revive_talks_is_no_assassination() -> None:
    assert "185" not in codes_of("Pakistan's interior minister made an attempt to revive talks with the Taliban.")


# --- pledging to strike back or to fight on ------------------------------------------------------------------------

def test_pledging_to_crush_the_other_side_is_a_threat_of_force() -> None:
    found = events_with("Israel's prime minister pledged to crush Hamas.", "138")
    assert [(source, target) for _, source, target, _ in found] == [("ISRGOV", "PSEREB")]


def test_pledging_to_keep_fighting_refuses_de_escalation() -> None:
    assert "1246" in codes_of("Taliban fighters pledged to continue their war against the Afghan government.")


@pytest.mark.parametrize("sentence", [
    "The Afghan president pledged to continue the fight against corruption.",
    "Nigeria's president promised to fight corruption and inflation.",
])
def test_pledging_to_fight_corruption_is_no_threat(sentence: str) -> None:
    assert not codes_of(sentence) & {"138", "1246"}, sentence_events(sentence)


# --- recognising a leader, not a field's leader ---------------------------------------------------------------------

def test_recognising_a_rival_president_is_diplomatic_recognition() -> None:
    assert "054" in codes_of("Brazil recognised Juan Guaido as Venezuela's interim president.")


def test_being_recognised_as_a_world_leader_in_a_field_is_no_recognition() -> None:
    assert "054" not in codes_of("Denmark is recognised as a world leader in wind power.")


# --- troop movements near a border ---------------------------------------------------------------------------------

def test_military_movements_along_a_frontier_are_a_build_up() -> None:
    found = events_with("Chinese military movements along the Indian frontier worried New Delhi.", "154")
    assert [(source, target) for _, source, target, _ in found] == [("CHNMIL", "IND")]


@pytest.mark.parametrize("sentence", [
    "Kenya eased restrictions on the movement of goods across the Somali border.",
    "The movement of Syrian refugees toward the Turkish border continued.",
])
def test_goods_or_refugees_moving_are_no_build_up(sentence: str) -> None:
    assert "154" not in codes_of(sentence), sentence_events(sentence)
