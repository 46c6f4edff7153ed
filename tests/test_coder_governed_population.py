"""Acts of control by a state's agents with no target named (curfews, arrests of unnamed people, repression,
threats of martial law) are aimed at the people they govern: the place of the act's people, else the agents'
own country. Near misses: a target the text names, a non-state doer, and a ban of one politician."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
172  impose curfew
1722 impeachment:n
173  detain
1323 threaten curfew
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_a_curfew_with_nobody_named_governs_the_agents_own_people(patterns: PatternSet) -> None:
    events = code_text("The Sri Lankan government imposed a nationwide curfew on Sunday.", patterns)
    assert dyads_of(events, "172") == {("LKA", "LKA")}
    assert next(e for e in events if e.code.code == "172").target.sector == "CVL"


def test_a_threatened_curfew_governs_the_people_of_its_place(patterns: PatternSet) -> None:
    events = code_text("The Iraqi government threatened a curfew in Baghdad on Sunday.", patterns)
    assert dyads_of(events, "1323") == {("IRQ", "IRQ")}


def test_unnamed_people_detained_by_police_are_their_own_people(patterns: PatternSet) -> None:
    events = code_text("Kenyan police detained at least 14 people on Tuesday.", patterns)
    assert dyads_of(events, "173") == {("KEN", "KEN")}


def test_a_named_target_is_kept(patterns: PatternSet) -> None:
    # near miss: the detained woman's nationality is in the text
    events = code_text("Turkish police detained a Syrian woman on Monday.", patterns)
    assert dyads_of(events, "173") == {("TUR", "SYR")}


def test_a_non_state_doer_governs_nobody(patterns: PatternSet) -> None:
    # near miss: rebels who detain people are not a state acting on its public
    events = code_text("Houthi rebels detained 12 people on Monday.", patterns)
    assert dyads_of(events, "173") == {("YEM", None)}


def test_a_ban_of_one_politician_is_not_aimed_at_the_public(patterns: PatternSet) -> None:
    # near miss: an impeachment (1722) targets an office holder, never the population
    events = code_text("The U.S. House of Representatives began an impeachment inquiry on Tuesday.", patterns)
    assert dyads_of(events, "1722") == {("USA", None)}
