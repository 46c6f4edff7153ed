"""Pattern families narrowed or split in round 9 (H139), each tested with sentences written here: a positive that
must code the family's CAMEO code (or must no longer code the over-broad one) and a near miss that keeps the old
reading.

Families:
- a stop-over (042) is a traveller stopping in a place; forces that stop infiltrators or smugglers in a region visit
  nobody;
- calling a thing by a name ("what it calls bamboo diplomacy", "called the accord a turning point for ties") is a
  comment, neither a phone call (041) nor a request (020); phoning a leader and calling for calm keep theirs;
- the departure of foreign troops demanded or called for is a demand to de-escalate (1056, 0256), not for a new
  leader (1041, 0241), which the departure of a president stays;
- crowds that rally for the withdrawal of foreign troops or an end to a war demonstrate for a policy change (1412),
  for reform of the courts or police for a change in institutions (1414); rallies for rights stay 1413;
- narrowed: a court "sitting in" a city and a man who "sat in prison" stage no sit-in (141); a law that requires
  candidates or companies to do something is a rule, no demand (100), and holding a degree detains nobody (173).
- "what he called American hostility" is criticism of the US (111), no fighting (190) and no phone call (041).
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- stop-overs -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Indian soldiers opened fire to stop infiltrators in the Uri sector of Kashmir.",
    "Algerian border guards stopped smugglers in the southern desert.",
    "Greek police stopped migrants in Evros on Sunday.",
])
def test_stopping_people_in_a_place_is_no_visit(sentence: str) -> None:
    assert "042" not in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The French president stopped in Dakar on his way to Abidjan.",
    "The Japanese prime minister stopped in Manila before the summit in Jakarta.",
])
def test_a_traveller_stopping_in_a_place_visits_it(sentence: str) -> None:
    assert "042" in codes_of(sentence)


# --- naming is no call ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'Hanoi practises what it calls "bamboo diplomacy" with Washington and Beijing.',
    "Moscow launched what it calls a special military operation in Ukraine.",
    "The Turkish president called the agreement a turning point for relations with Greece.",
    "The Kenyan president called the loan deal a milestone for Kenya and China.",
])
def test_calling_a_thing_by_a_name_is_neither_phone_call_nor_request(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "041" not in codes
    assert not any(code.startswith("02") for code in codes)


@pytest.mark.parametrize("sentence", [
    "The Turkish president called the Russian president on Tuesday.",
    "The Indian prime minister called his Japanese counterpart on Monday.",
])
def test_phoning_a_leader_stays_a_phone_call(sentence: str) -> None:
    assert "041" in codes_of(sentence)


def test_calling_for_calm_stays_an_appeal() -> None:
    assert "0256" in codes_of("The Nigerian president called for calm in Lagos.")


# --- departure of troops or of a leader -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Protesters in Niamey demanded the departure of French troops.",
    "Opposition parties in Bamako demanded the departure of French soldiers.",
])
def test_demanding_troops_leave_is_a_demand_to_de_escalate(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "1056" in codes
    assert "1041" not in codes


def test_calling_for_troops_to_leave_is_an_appeal_to_de_escalate() -> None:
    codes = codes_of("The opposition called for the departure of Belgian troops.")
    assert "0256" in codes
    assert "0241" not in codes


def test_demanding_a_presidents_departure_stays_a_leadership_demand() -> None:
    assert "1041" in codes_of("Protesters in Dakar demanded the departure of the president.")


# --- protest demand sub-codes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Protesters rallied for the withdrawal of Russian troops.",
    "Thousands of Georgians rallied against the presence of Russian troops.",
    "Students demonstrated for an end to the war in Sudan.",
])
def test_rallies_against_troops_or_war_demand_a_policy_change(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "1412" in codes
    assert "1411" not in codes


def test_marching_for_reform_of_the_courts_demands_a_change_in_institutions() -> None:
    assert "1414" in codes_of("Thousands marched for reform of the judiciary in Warsaw.")


def test_rallies_for_rights_stay_rights_demonstrations() -> None:
    codes = codes_of("Women rallied for equal rights in Tehran.")
    assert "1413" in codes
    assert "1412" not in codes


# --- sitting courts, rules that require -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The East African Court of Justice, sitting in Arusha, said Kenya had violated the treaty.",
    "The Kenyan opposition leader has sat in prison since March.",
])
def test_a_court_sitting_in_a_city_or_a_man_in_jail_stages_no_sit_in(sentence: str) -> None:
    assert "141" not in codes_of(sentence)


def test_students_sitting_in_at_a_ministry_still_protest() -> None:
    assert "141" in codes_of("Kenyan students sat in at the education ministry to protest fee increases.")


@pytest.mark.parametrize("sentence", [
    "Turkish law requires presidential candidates to hold a university degree.",
    "Kenyan rules require foreign companies to register with the central bank.",
])
def test_a_rule_that_requires_is_no_demand_nor_detention(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "100" not in codes and "173" not in codes


def test_a_lender_requiring_a_country_to_act_still_demands() -> None:
    assert "100" in codes_of("The IMF required Pakistan to raise taxes before releasing the loan.")


def test_what_a_leader_calls_hostility_is_criticism_not_fighting() -> None:
    codes = codes_of("The Iranian president spoke of what he called American hostility.")
    assert "111" in codes
    assert "190" not in codes and "041" not in codes
