"""The act in the to-clause of a verb that asks another ("called on allies to send air defences", "urged Germany
to deliver tanks") is the asked party's, never the asker's, even when the parser hangs "on" as a particle and no
appeal pattern fires. Near miss: a verb of one's own intent ("decided to send") keeps its subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
072  send system|weapon|tank
111  condemn
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_the_asked_party_does_the_asked_act(patterns: PatternSet) -> None:
    text = "Ukraine condemned the strike and urged Germany to send more air defence systems."
    assert ("UKR", None) not in dyads_of(code_text(text, patterns), "072")
    assert all(source != "UKR" for source, _ in dyads_of(code_text(text, patterns), "072"))


def test_an_unnamed_asked_party_is_not_the_asker(patterns: PatternSet) -> None:
    text = (
        'President Volodymyr Zelenskiy condemned the strike on Lviv as "pure terror against sleeping people" '
        "and called on allies to send more air defence systems."
    )
    assert all(source != "UKR" for source, _ in dyads_of(code_text(text, patterns), "072"))


def test_ones_own_intent_keeps_its_subject(patterns: PatternSet) -> None:
    # near miss: "decided to send" is Germany's own act (coded as its intent to give military aid)
    text = "Germany decided to send more air defence systems to Ukraine."
    assert ("DEU", "UKR") in dyads_of(code_text(text, patterns), "0332")
