"""Condemnations of an act the story has told ("condemned the launch", "denounced the detentions") and appeals to
undo it ("called for the release of the detained leaders", "urged an end to the shelling") are aimed at who did
it: world reactions follow the lede by several sentences and name the act, not its author. Each rule has a near
miss: an act never told, an owner named in the phrase, an act the condemner did itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
020  urge
0253 call +for release
036  meet
120  reject
111  condemn
111  denounce
150  fire missile
161  expel diplomat
173  detain
190  shell
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_a_condemned_launch_targets_who_fired(patterns: PatternSet) -> None:
    text = "North Korea fired a ballistic missile into the sea on Thursday.\nJapan strongly condemned the launch."
    assert dyads_of(code_text(text, patterns), "111") == {("JPN", "PRK")}


def test_condemned_detentions_target_who_detained(patterns: PatternSet) -> None:
    text = (
        "Belarusian police detained three Lithuanian journalists in Minsk on Friday.\n"
        "Lithuania denounced the detentions on Saturday and summoned the Belarusian charge d'affaires."
    )
    assert ("LTU", "BLR") in dyads_of(code_text(text, patterns), "111")


def test_the_act_may_lie_several_sentences_back(patterns: PatternSet) -> None:
    # the lede, then figures and a quote, then the reaction: a reply still reaches the act the story leads with
    text = (
        "Armenian forces shelled positions in Azerbaijan's Kalbajar district on Tuesday, Baku said.\n"
        "Two soldiers were wounded, the ministry said.\n"
        "The shells landed near a road used by supply trucks.\n"
        "\"We are ready for any escalation,\" a spokesman said.\n"
        "Turkey condemned the shelling on Wednesday."
    )
    assert ("TUR", "ARM") in dyads_of(code_text(text, patterns), "111")


def test_an_act_never_told_leaves_the_condemnation_without_target(patterns: PatternSet) -> None:
    # near miss: the story told a meeting, not a launch
    text = "Japan met China on Thursday.\nJapan condemned the launch."
    assert dyads_of(code_text(text, patterns), "111") == {("JPN", None)}


def test_an_owner_named_in_the_phrase_keeps_its_own_target(patterns: PatternSet) -> None:
    # near miss: "Pyongyang's launch" names its owner, so no earlier act is looked for
    text = "Russia fired a missile on Thursday.\nJapan condemned Pyongyang's launch."
    assert ("JPN", "RUS") not in dyads_of(code_text(text, patterns), "111")


def test_a_condemner_is_never_its_own_target(patterns: PatternSet) -> None:
    # near miss: the only launch told is the condemner's own
    text = "Japan fired a missile on Thursday.\nJapan condemned the launch."
    assert ("JPN", "JPN") not in dyads_of(code_text(text, patterns), "111")


def test_a_call_for_the_release_of_detainees_targets_who_holds_them(patterns: PatternSet) -> None:
    text = (
        "Myanmar's military detained Aung San Suu Kyi and other leaders on Monday.\n"
        "Australia's foreign minister called for the release of the detained leaders.\n"
        "France called for their immediate release."
    )
    assert dyads_of(code_text(text, patterns), "0253") == {("AUS", "MMR"), ("FRA", "MMR")}


def test_an_appeal_to_end_an_act_targets_who_does_it(patterns: PatternSet) -> None:
    text = "Armenian forces shelled villages in Azerbaijan on Tuesday.\nFrance urged an end to the shelling."
    assert ("FRA", "ARM") in dyads_of(code_text(text, patterns), "020")


def test_a_call_for_a_release_with_no_detention_told_has_no_target(patterns: PatternSet) -> None:
    # near miss: nothing was detained in the story, so there is no holder to aim at
    text = "Japan met China on Thursday.\nGermany called for the release of the data."
    assert dyads_of(code_text(text, patterns), "0253") == {("DEU", None)}


# --- a time clause with its own named doer tells a second act ----------------------------------------------


def test_an_act_in_a_time_clause_with_a_named_doer_is_its_own_event(patterns: PatternSet) -> None:
    text = "Russia expelled two Czech diplomats on Sunday, a day after Prague expelled 18 Russian diplomats."
    assert dyads_of(code_text(text, patterns), "161") == {("RUS", "CZE"), ("CZE", "RUS")}


def test_a_condition_clause_tells_no_second_act(patterns: PatternSet) -> None:
    # near miss: "if" tells what may happen, not a second act
    text = "Russia will expel Czech diplomats if Prague expels Russian diplomats."
    assert ("CZE", "RUS") not in dyads_of(code_text(text, patterns), "161")


# --- "the move", "the decision": whatever another just did --------------------------------------------------


def test_a_criticised_decision_targets_who_took_it(patterns: PatternSet) -> None:
    text = "Belarusian police detained three Lithuanian journalists on Friday.\nLithuania denounced the move."
    assert ("LTU", "BLR") in dyads_of(code_text(text, patterns), "111")


def test_the_repliers_own_act_is_not_the_move_it_condemns(patterns: PatternSet) -> None:
    # near miss: the last act told is the condemner's own; the one before it is what "the move" names
    text = (
        "Belarusian police detained three Lithuanian journalists on Friday.\n"
        "Lithuania detained two Belarusian diplomats on Saturday.\n"
        "Lithuania also denounced the move."
    )
    assert dyads_of(code_text(text, patterns), "111") == {("LTU", "BLR")}


def test_rejected_protests_target_who_protested(patterns: PatternSet) -> None:
    text = (
        "Pakistan's foreign ministry denounced India on Tuesday.\n"
        "New Delhi has repeatedly rejected such protests."
    )
    assert ("IND", "PAK") in dyads_of(code_text(text, patterns), "120")
