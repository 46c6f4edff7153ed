"""A crowd named only by number or kind ("Hundreds of his supporters gathered outside the court", "thousands of
people marched") protests as the people of the place it protests in; nobody is guessed where no place is told,
and only protests take such a source."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
020  urge
141  gather +outside|at|in parliament|court|embassy
141  march
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_a_crowd_protests_as_the_people_of_its_place(patterns: PatternSet) -> None:
    text = "Hundreds of his supporters gathered outside the court building in Kuala Lumpur on Friday."
    events = code_text(text, patterns)
    assert {source for source, _ in dyads_of(events, "141")} == {"MYS"}
    assert next(e for e in events if e.code.code == "141").source.sector == "CVL"


def test_people_by_kind_march_where_they_are(patterns: PatternSet) -> None:
    events = code_text("Students marched through the centre of Dhaka on Sunday.", patterns)
    assert {source for source, _ in dyads_of(events, "141")} == {"BGD"}


def test_a_crowd_with_no_place_told_is_nobody_guessed(patterns: PatternSet) -> None:
    # near miss: no place and no dateline, so no country is invented
    events = code_text("Hundreds of his supporters gathered outside the court on Friday.", patterns)
    assert dyads_of(events, "141") in (set(), {(None, None)})


def test_only_protests_take_the_crowd_of_the_place(patterns: PatternSet) -> None:
    # near miss: an appeal by a crowd is not given the place's people as its author
    events = code_text("Hundreds of residents urged the mayor to resign at a meeting in Nairobi on Friday.", patterns)
    assert all(source != "KEN" for source, _ in dyads_of(events, "020"))


# --- a protest at home with no target is aimed at the state that rules there -------------------------------


def test_a_protest_at_home_targets_its_own_state(patterns: PatternSet) -> None:
    events = code_text("Kenyan students marched through Nairobi on Tuesday.", patterns)
    assert dyads_of(events, "141") == {("KEN", "KEN")}
    assert next(e for e in events if e.code.code == "141").target.sector == "GOV"


def test_a_protest_with_a_target_keeps_it(patterns: PatternSet) -> None:
    # near miss: a crowd outside another state's embassy protests against that state
    events = code_text("Kenyan students gathered outside the French embassy in Nairobi on Tuesday.", patterns)
    assert ("KEN", "KEN") not in dyads_of(events, "141")
