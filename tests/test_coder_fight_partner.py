"""A harm told in the passive with no "by" phrase but inside a fight ("were killed in a clash with Chinese troops",
"wounded in an attack by Taliban fighters") was done by the other side of that fight. Near misses: a mishap
is no fight, and a "by" phrase on the verb still names the doer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
190  kill
190  wound
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_killed_in_a_clash_with_troops_names_the_troops(patterns: PatternSet) -> None:
    text = "Twenty Indian soldiers were killed in a clash with Chinese troops in Ladakh on Monday."
    assert dyads_of(code_text(text, patterns), "190") == {("CHN", "IND")}


def test_wounded_in_an_attack_by_fighters_names_the_fighters(patterns: PatternSet) -> None:
    text = "Three Afghan policemen were wounded in an attack by Taliban fighters on Sunday."
    assert dyads_of(code_text(text, patterns), "190") == {("AFG", "AFG")}
    event = next(e for e in code_text(text, patterns) if e.code.code == "190")
    assert event.source is not None and event.source.sector == "REB"


def test_a_mishap_is_no_fight(patterns: PatternSet) -> None:
    # near miss: an accident with a truck has no other side
    text = "Two Indian soldiers were killed in an accident with a truck in Ladakh on Monday."
    assert ("CHN", "IND") not in dyads_of(code_text(text, patterns), "190")
    assert all(source is None or source == "IND" for source, _ in dyads_of(code_text(text, patterns), "190"))


def test_a_by_phrase_still_names_the_doer(patterns: PatternSet) -> None:
    # near miss: the verb's own "by" phrase wins over the fight it happened in
    text = "Two Syrian soldiers were killed by Turkish drones in a clash with Kurdish fighters."
    assert ("TUR", "SYR") in dyads_of(code_text(text, patterns), "190")
