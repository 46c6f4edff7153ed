"""The coder on sentences as whole articles tell them, with a small pattern set written here: names and
descriptions that hold an act word but report no act, replies whose target is who did the act they answer,
bare appeals coded by what they ask for, and an accusation's act as alleged. Each rule has a near miss."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of, summary

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
020  urge
020  call +on
0256 urge withdraw|pull troop|force
033  provide aid
036  meet
074  mission:n peacekeeping
074  peacekeeping:n
087  withdraw troop|force
111  condemn
111  call provocation
112  accuse
120  reject
120  dismiss
130  warn
141  fill street|square|avenue
161  expel diplomat
183  bombing:n
190  fight
190  fight war
190  war:n
190  declare war
195  bomb
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def codes(events: list[CodedEvent]) -> set[str]:
    return {e.code.code for e in events}


# --- names and descriptions that hold an act word ----------------------------------------------------------


def test_an_organisation_named_for_its_work_does_no_such_work_when_it_speaks(patterns: PatternSet) -> None:
    events = code_text("The U.N. peacekeeping mission in Lebanon said Israeli jets had bombed a village.", patterns)
    assert "074" not in codes(events)
    assert "195" in codes(events)
    spokesman = code_text("A spokesman for the peacekeeping mission in Mali said the convoy was safe.", patterns)
    assert "074" not in codes(spokesman)


def test_a_peacekeeping_mission_that_is_sent_is_still_coded(patterns: PatternSet) -> None:
    # near miss: the act noun is the subject of an act, not of a saying
    events = code_text("Ghana's peacekeeping mission in Lebanon began on Monday.", patterns)
    assert "074" in codes(events)


def test_a_war_that_dates_another_act_is_no_word_of_that_act(patterns: PatternSet) -> None:
    events = code_text("Eritrea declared independence from Ethiopia in 1993, two years after a war.", patterns)
    assert "190" not in codes(events)


def test_declaring_war_is_still_coded(patterns: PatternSet) -> None:
    events = code_text("Ethiopia declared war on Eritrea after the border clash.", patterns)
    assert ("190", "ETH", "ERI") in {(c, s, t) for c, s, t, _ in summary(events)}


def test_a_noun_placed_along_a_street_is_not_what_is_filled(patterns: PatternSet) -> None:
    events = code_text("Russians and Iranians now fill cafes along the main avenue of Yerevan.", patterns)
    assert "141" not in codes(events)


def test_protesters_filling_an_avenue_still_protest(patterns: PatternSet) -> None:
    events = code_text("Thousands of Armenians filled the main avenue of Yerevan on Sunday.", patterns)
    assert "141" in codes(events)


def test_wars_counted_over_the_years_are_no_act_of_today(patterns: PatternSet) -> None:
    events = code_text("India and Pakistan have fought two wars over Kashmir.", patterns)
    assert "190" not in codes(events)


def test_a_war_fought_on_a_date_is_still_coded(patterns: PatternSet) -> None:
    # near misses: one dated war, and counted acts of a day that may be this week's
    events = code_text("India and Pakistan fought a war over Kashmir in 1999.", patterns)
    assert ("IND", "PAK") in dyads_of(events, "190")
    counted = code_text("Israeli jets have bombed Syria three times this week.", patterns)
    assert "195" in codes(counted)


def test_the_purpose_of_troops_described_is_no_fight(patterns: PatternSet) -> None:
    events = code_text(
        "Protesters in Niamey condemned France, whose troops are stationed in Niger to fight militants.", patterns
    )
    assert "190" not in codes(events)
    assert "111" in codes(events)


def test_a_fight_told_in_a_relative_clause_is_still_coded(patterns: PatternSet) -> None:
    events = code_text("French troops, who fight militants in Mali, condemned the coup.", patterns)
    assert "190" in codes(events) or "111" in codes(events)


# --- replies take who did the act they answer --------------------------------------------------------------


def test_a_rejected_warning_targets_who_warned(patterns: PatternSet) -> None:
    text = "Greece warned Turkey on Monday over drilling near Crete.\nTurkey rejected the warning on Tuesday."
    assert ("TUR", "GRC") in dyads_of(code_text(text, patterns), "120")


def test_a_reply_to_an_expulsion_targets_who_expelled(patterns: PatternSet) -> None:
    text = "Latvia expelled a Russian diplomat on Monday.\nRussia called the expulsion a provocation."
    assert ("RUS", "LVA") in dyads_of(code_text(text, patterns), "111")


def test_a_reply_with_the_owner_named_or_nothing_told_keeps_its_own_target(patterns: PatternSet) -> None:
    # near misses: the warning's owner is in the phrase, and no warning was told before
    named = "Greece warned Turkey on Monday.\nTurkey rejected the Cypriot warning on Tuesday."
    assert ("TUR", "GRC") not in dyads_of(code_text(named, patterns), "120")
    untold = "Greece met Turkey on Monday.\nTurkey rejected the warning on Tuesday."
    assert dyads_of(code_text(untold, patterns), "120") == {("TUR", None)}


# --- bare appeals coded by what they ask -------------------------------------------------------------------


def test_an_appeal_takes_the_code_of_the_act_it_asks_for(patterns: PatternSet) -> None:
    events = code_text("Germany urged Japan to provide aid to the flood victims.", patterns)
    assert ("023", "DEU", "JPN") in {(c, s, t) for c, s, t, _ in summary(events)}
    assert "020" not in codes(events) and "033" not in codes(events)
    meet = code_text("Kenya called on Ethiopia to meet the rebels.", patterns)
    assert "026" in codes(meet)


def test_an_appeal_for_an_act_with_no_appeal_code_stays_generic(patterns: PatternSet) -> None:
    # near miss: fighting has no appeal form, and a specific appeal pattern is left as it is
    events = code_text("Germany urged Japan to fight the drought.", patterns)
    assert "020" in codes(events)
    withdraw = code_text("Germany urged Russia to withdraw its troops from the border.", patterns)
    assert "0256" in codes(withdraw)


# --- accusations: the act is alleged, by the accused -------------------------------------------------------


def test_an_accused_bombing_is_alleged_of_the_accused(patterns: PatternSet) -> None:
    events = code_text("Spain accused Morocco of bombing a fishing village in Ceuta.", patterns)
    assert ("112", "ESP", "MAR", "asserted") in summary(events)
    assert any(e.code.root == "19" and e.source and e.source.country == "MAR" and e.modality == "alleged"
               for e in events)
