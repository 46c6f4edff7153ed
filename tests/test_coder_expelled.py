"""Foreigners expelled in the passive ("Three Dutch diplomats in Tehran were ordered to leave the country") were
expelled by the state where they served, never their own; the people acted on are no "held event" whose
modifier did it. Near miss: with no place or dateline told, nobody is guessed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
161  order diplomat leave
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_diplomats_ordered_out_are_expelled_by_the_host(patterns: PatternSet) -> None:
    text = "Three Dutch diplomats in Tehran were ordered to leave the country within a week."
    assert dyads_of(code_text(text, patterns), "161") == {("IRN", "NLD")}


def test_no_place_told_guesses_no_expeller(patterns: PatternSet) -> None:
    # near miss: the diplomats' own state is never their expeller
    text = "Three Dutch diplomats were ordered to leave the country within a week."
    assert all(source != "NLD" for source, _ in dyads_of(code_text(text, patterns), "161"))
