"""False events from real pages, two classes: a noun trigger in a headline or caption fragment with no predicate
("4. Border security funding and shifting promises") names a topic, not an act; and a noun trigger named only
as background, described by an appositive or copula ("the border war, a long and bitter conflict, ...") or held
by a relative clause that states a stance on it ("the ceasefire talks, which Norway has long backed"), is no new
event. Each class has sentences where the rule must fire and near misses where the event must stay. The
patterns are a small set written here, so the tests measure the coder, not the shipped patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
070  aid:n
070  funding:n
036  negotiation:n
036  talk:n
190  war:n
190  ambush:n
195  strike
195  bomb
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def codes(text: str, patterns: PatternSet) -> set[str]:
    return {e.code.code for e in code_text(text, patterns)}


# ------------------------------------------------------------- a fragment with no predicate


def test_numbered_topic_line_without_a_verb_is_no_event(patterns: PatternSet) -> None:
    assert codes("3. Japanese flood aid and growing doubts", patterns) == set()


def test_caption_fragment_without_a_verb_is_no_event(patterns: PatternSet) -> None:
    assert codes("Canadian wildfire funding", patterns) == set()


def test_title_case_fragment_whose_verb_form_only_modifies_a_noun_is_no_event(patterns: PatternSet) -> None:
    assert codes("Japanese Flood Aid And Growing Doubts", patterns) == set()


def test_title_case_headline_with_a_predicate_stays_coded(patterns: PatternSet) -> None:
    assert codes("Japanese Flood Aid Arrives In Manila", patterns) == {"070"}


def test_headline_with_a_verb_stays_coded(patterns: PatternSet) -> None:
    assert codes("Israel strikes Gaza power station", patterns) == {"195"}


def test_noun_event_in_a_sentence_with_a_verb_stays_coded(patterns: PatternSet) -> None:
    assert "070" in codes("Japan announced new flood aid for the Philippines.", patterns)


# ------------------------------------------------------------- background descriptions


def test_appositive_description_of_a_war_is_no_event(patterns: PatternSet) -> None:
    text = "Officials said the Yemeni war, a long and bloody conflict, could end within months."
    assert "190" not in codes(text, patterns)


def test_copula_description_of_a_war_is_no_event(patterns: PatternSet) -> None:
    assert "190" not in codes("The Yemeni war is a long and bloody conflict.", patterns)


def test_described_act_that_acts_on_someone_stays_coded(patterns: PatternSet) -> None:
    text = "The Israeli war, a brief but bloody conflict, killed hundreds of Lebanese civilians."
    assert "190" in codes(text, patterns)


def test_war_without_a_description_stays_coded(patterns: PatternSet) -> None:
    assert "190" in codes("Officials said the war between Sudan and Chad had resumed on Sunday.", patterns)


def test_relative_clause_stance_on_talks_is_no_event(patterns: PatternSet) -> None:
    text = "Oslo hopes for the success of the Colombian peace negotiations, which Norway stands ready to support."
    assert "036" not in codes(text, patterns)


def test_relative_clause_long_backed_is_no_event(patterns: PatternSet) -> None:
    text = "The minister praised the Sudanese peace talks, which Egypt has long backed."
    assert "036" not in codes(text, patterns)


def test_talks_that_began_stay_coded(patterns: PatternSet) -> None:
    text = "Peace negotiations between Colombia and the rebels began in Havana on Monday."
    assert "036" in codes(text, patterns)


def test_relative_clause_in_which_the_talks_act_stays_coded(patterns: PatternSet) -> None:
    text = "Peace negotiations between Colombia and Venezuela, which opened in Havana on Monday, will resume today."
    assert "036" in codes(text, patterns)
