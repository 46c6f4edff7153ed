"""Pattern families of round 8 (H123) where the CAMEO code used to be picked from the verb alone and now depends
on its object, each tested with sentences written here: a positive that must code the family's code and a near
miss that must not.

Families:
- calling, describing or branding a move inappropriate, unfair, wrong or misguided, or regarding it as unlawful,
  is criticism (111); calling someone on the phone stays a phone call, named illegal settlements or migrants
  are no judgement, and the passive 'is widely regarded as illegal' is background consensus, nobody's act;
- warning of unspecified consequences or repercussions is a plain threat (130); a warning of sanctions or tariffs
  stays a threat of economic sanctions (1312);
- demanding an explanation or answers is a demand (100), not intelligence cooperation (1014); asking for one is a
  plain request (020), not a request for intelligence (0214); demanding or seeking data keeps 1014 / 0214;
- prosecutors dropping or abandoning an investigation into an allegation against someone or into an office-holder
  ease a legal sanction (081); opening one is an investigation (090), concluding one is no concession, and a
  dropped inquiry into a theft yields to nobody;
- exonerating a convict of a crime releases a person (0841); an inquiry clearing an official of wrongdoing does not.
- live rounds or bullets fired at protesters are repression (175), not heavy weapons (194); rounds fired at troops
  or positions stay 194;
- a state stopping the movement of aid, fuel or people, or blocking a border crossing point, restricts movement
  (191); crowds blocking a highway or a border crossing stay a protest blockade (144).
"""

from __future__ import annotations

import pytest

from tests.coder_helpers import sentence_events


def codes_of(sentence: str) -> set[str]:
    """The CAMEO codes of every event the whole pipeline codes in one sentence."""
    return {code for code, _, _, _ in sentence_events(sentence)}


# --- judging a move by an adjective ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Moscow called the Ukrainian request inappropriate.",
    "France described the Russian raid as unfair.",
    "Tokyo described the Chinese ban as unfair and counterproductive.",
    "Britain regards the Russian annexation of Crimea as unlawful.",
])
def test_judging_a_move_unfair_or_unlawful_is_criticism(sentence: str) -> None:
    assert "111" in codes_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Russia called the Ukrainian minister on Tuesday.",
    "Japan considered the Chinese proposal at a cabinet meeting.",
    "Israel regards the Jordanian king as a partner.",
    "The Russian annexation of Crimea is widely regarded as illegal.",
    "The Russian annexation of Crimea is considered illegal by most countries.",
])
def test_a_phone_call_a_neutral_view_or_the_consensus_is_no_criticism(sentence: str) -> None:
    assert "111" not in codes_of(sentence)


# --- warnings of consequences ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Jordan warned Washington of dangerous consequences.",
    "Iran warned Saudi Arabia of serious repercussions.",
])
def test_warning_of_unnamed_consequences_is_a_plain_threat(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "130" in codes
    assert "1312" not in codes


@pytest.mark.parametrize("sentence", [
    "Iran warned Washington of tough sanctions.",
    "Beijing warned Canberra of new tariffs on Australian wine.",
])
def test_warning_of_sanctions_stays_a_threat_of_sanctions(sentence: str) -> None:
    assert "1312" in codes_of(sentence)


# --- demands and requests for an explanation ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "China demanded an explanation from Japan.",
    "Peru demanded answers from Chile over the spying case.",
])
def test_demanding_an_explanation_is_a_demand_not_intelligence(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "100" in codes
    assert "1014" not in codes


def test_seeking_clarification_is_a_plain_request() -> None:
    codes = codes_of("Peru sought clarification from Chile about the naval exercise.")
    assert "020" in codes
    assert "0214" not in codes


@pytest.mark.parametrize(("sentence", "code"), [
    ("Germany demanded evidence from Russia.", "1014"),
    ("Peru sought information from Chile about the missing fishermen.", "0214"),
])
def test_demanding_or_seeking_data_stays_intelligence(sentence: str, code: str) -> None:
    assert code in codes_of(sentence)


# --- dropped investigations --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Danish prosecutors have dropped their inquiry into a fraud allegation against the Canadian businessman.",
    "Italian prosecutors dropped the investigation into the former Libyan minister.",
])
def test_dropping_an_investigation_eases_a_legal_sanction(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "081" in codes
    assert "090" not in codes


@pytest.mark.parametrize("sentence", [
    "Swedish prosecutors have opened an investigation into the Australian activist.",
    "The Swedish committee concluded its inquiry into the Australian activist.",
    "Brazilian police dropped the inquiry into the theft of the jewels.",
])
def test_opening_or_concluding_an_investigation_is_no_concession(sentence: str) -> None:
    assert "081" not in codes_of(sentence)


# --- exoneration -------------------------------------------------------------------------------------------------

def test_exonerating_a_convict_of_murder_releases_a_person() -> None:
    assert "0841" in codes_of("A Texas court exonerated the Mexican prisoner of murder.")


@pytest.mark.parametrize("sentence", [
    "An Israeli inquiry exonerated the Brazilian minister.",
    "The Brazilian minister was exonerated by an Israeli special counsel.",
])
def test_clearing_an_official_of_wrongdoing_releases_nobody(sentence: str) -> None:
    assert "0841" not in codes_of(sentence)


# --- live rounds fired at protesters -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Iraqi police fired live rounds at protesters in Baghdad.",
    "Sudanese troops fired bullets into the crowd of demonstrators outside the army headquarters.",
])
def test_live_rounds_fired_at_protesters_are_repression(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "175" in codes
    assert "194" not in codes


@pytest.mark.parametrize("sentence", [
    "Syrian troops fired rounds at Turkish positions.",
    "Russian forces fired artillery rounds at Ukrainian troops.",
])
def test_rounds_fired_at_troops_stay_heavy_weapons(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "194" in codes
    assert "175" not in codes


# --- states stopping movement ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Israeli forces blocked the movement of aid into Gaza.",
    "Israeli forces halted the flow of fuel into Gaza.",
    "Turkey blocked the Bab al-Hawa crossing point.",
])
def test_stopping_aid_or_shutting_a_crossing_point_restricts_movement(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "191" in codes
    assert "144" not in codes


@pytest.mark.parametrize("sentence", [
    "Syrian protesters blocked the main highway into Damascus.",
    "French farmers blocked the border crossing with Spain.",
])
def test_crowds_blocking_roads_stay_a_protest_blockade(sentence: str) -> None:
    codes = codes_of(sentence)
    assert "144" in codes
    assert "191" not in codes
