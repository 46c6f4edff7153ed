"""The coder on whole-article sentences, round 2, with a small pattern set written here: a decision taken is the
act decided, and a weapon named as the doer says how the fighting was done. Each rule has a near miss."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, summary

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
160  suspend agreement|accord
161  cut tie
190  attack
194  pound
194  shell
194  shoot
195  bomb
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def coded(events: list[CodedEvent]) -> set[tuple[str, str]]:
    return {(e.code.code, e.modality) for e in events}


# --- a decision taken is the act ---------------------------------------------------------------------------------


def test_a_body_that_decided_to_suspend_agreements_has_suspended_them(patterns: PatternSet) -> None:
    events = code_text("Kenya's cabinet decided on Monday to suspend all trade agreements with Tanzania.", patterns)
    assert ("160", "KEN", "TZA", "asserted") in summary(events)
    perfect = code_text("The Kenyan government has decided to cut diplomatic ties with Tanzania.", patterns)
    assert ("161", "asserted") in coded(perfect)


def test_a_decision_still_to_come_or_on_a_condition_is_no_act(patterns: PatternSet) -> None:
    # near misses: nothing is suspended yet
    later = code_text("Kenya will decide next week whether to suspend trade agreements with Tanzania.", patterns)
    assert not any(code == "160" for code, _ in coded(later))
    condition = code_text(
        "Kenya's cabinet decided to suspend all trade agreements with Tanzania if the talks fail.", patterns
    )
    assert ("160", "asserted") not in coded(condition)


def test_deciding_to_attack_is_not_yet_an_attack(patterns: PatternSet) -> None:
    # near miss: deciding performs a suspension, not a bombing
    events = code_text("The Kenyan cabinet decided on Monday to bomb rebel camps in Somalia.", patterns)
    assert ("195", "asserted") not in coded(events)


# --- the weapon as the doer ----------------------------------------------------------------------------------------


def test_warplanes_that_pound_positions_strike_from_the_air(patterns: PatternSet) -> None:
    events = code_text("Israeli warplanes and drones pounded Hezbollah positions in southern Lebanon.", patterns)
    assert "195" in {e.code.code for e in events}
    assert "194" not in {e.code.code for e in events}


def test_troops_that_pound_positions_keep_the_verbs_code(patterns: PatternSet) -> None:
    # near miss: the doer is a force, not a weapon
    events = code_text("Israeli troops pounded Hezbollah positions in southern Lebanon.", patterns)
    assert "194" in {e.code.code for e in events}


def test_mixed_weapons_name_no_one_way_of_fighting(patterns: PatternSet) -> None:
    # near miss: tanks and warplanes together leave the verb's own code
    events = code_text("Israeli tanks and warplanes pounded Hezbollah positions in southern Lebanon.", patterns)
    assert "195" not in {e.code.code for e in events}


def test_a_helicopter_shot_down_in_a_headline_did_no_air_strike(patterns: PatternSet) -> None:
    # near miss: the weapon is what was hit
    events = code_text("US helicopter shot down near Kandahar while trying to land, the Taliban said.", patterns)
    assert "195" not in {e.code.code for e in events}
