"""Which word fills source and target, from the actor audits of real pages: a pronoun followed to the person it
stands for (a subject "he" continues the last subject, an object "him" is the last person named who is not its
own clause's subject), acts done to "each other" by a compound subject (both directions), a state's aid named
with a sector word ("US military aid to Ukraine": the state gives, the to-phrase receives), a noun event under
another noun's light verb ("is expected to take decisions on two cases against Israel": the cases are not the
court's), and a lone attacker's violence (18x, not 190). Each class has a sentence where the rule must fire and
a near miss where it must not. The patterns are a small set written here, so the tests measure the coder."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
051  praise
112  accuse
042  visit
036  invite
1622 withhold|freeze aid|assistance
072  aid:n military|security
115  case:n +against
190  wound
190  injure
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


coded = code_text


dyads = dyads_of


def codes(events: list[CodedEvent]) -> set[str]:
    return {e.code.code for e in events}


# ------------------------------------------------------------------------------------------------ pronouns


def test_subject_pronoun_of_a_new_sentence_is_the_last_subject(patterns: PatternSet) -> None:
    text = (
        "French President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee on Monday. "
        "He praised the Kenyan government for its role in Haiti."
    )
    assert dyads(coded(text, patterns), "051") == {("FRA", "KEN")}


def test_subject_pronoun_in_the_same_sentence_keeps_the_nearest_person(patterns: PatternSet) -> None:
    # near miss: a person named in the pronoun's own sentence is still the one it follows
    text = "Macron hosted Scholz on Monday. Afterwards Indian Prime Minister Narendra Modi said he praised Kenya."
    assert dyads(coded(text, patterns), "051") == {("IND", "KEN")}


def test_object_pronoun_is_not_its_own_clauses_subject(patterns: PatternSet) -> None:
    text = (
        "Indian Prime Minister Narendra Modi hosted Turkish President Recep Tayyip Erdogan in Delhi, and "
        "Russian President Vladimir Putin later praised him."
    )
    assert dyads(coded(text, patterns), "051") == {("RUS", "TUR")}


def test_object_pronoun_with_another_subject_is_the_person_named(patterns: PatternSet) -> None:
    # near miss: "Japan" is the subject, so "him" is the one person named, Modi
    text = "Indian Prime Minister Narendra Modi arrived in Tokyo, where Japan praised him for the deal."
    assert dyads(coded(text, patterns), "051") == {("JPN", "IND")}


# ------------------------------------------------------------------------------------------ each other


def test_hostile_act_to_each_other_runs_both_ways(patterns: PatternSet) -> None:
    events = coded("Armenia and Azerbaijan accused each other of shelling border villages on Sunday.", patterns)
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= dyads(events, "112")


def test_hostile_act_without_each_other_is_not_mirrored(patterns: PatternSet) -> None:
    # near miss: both accuse, but nobody says whom
    events = coded("Armenia and Azerbaijan accused the monitors of bias on Sunday.", patterns)
    assert ("ARM", "AZE") not in dyads(events, "112")


# ------------------------------------------------------------------------------------ a state's aid


def test_withheld_military_aid_goes_to_the_to_phrase(patterns: PatternSet) -> None:
    events = coded("The president withheld US military aid to Ukraine for weeks.", patterns)
    assert all(target == "UKR" for _, target in dyads(events, "1622"))
    assert dyads(events, "1622")


def test_sector_word_on_aid_stands_for_the_state(patterns: PatternSet) -> None:
    events = coded("British military aid to Ukraine arrived in Lviv on Tuesday.", patterns)
    sources = {e.source.code for e in events if e.code.code == "072" and e.source}
    assert sources == {"GBR"}


def test_military_as_the_doer_keeps_its_sector(patterns: PatternSet) -> None:
    # near miss: the army itself acts, no aid noun
    events = coded("The Nigerian military wounded three gunmen near Maiduguri.", patterns)
    assert {e.source.code for e in events if e.source} == {"NGAMIL"}


# ------------------------------------------------------------------- another noun's light verb


def test_decisions_on_cases_do_not_make_the_court_their_accuser(patterns: PatternSet) -> None:
    events = coded("The ICJ is due to take final decisions on three cases against Myanmar next month.", patterns)
    # nobody here files the cases, so they are no event at all (brief H86): above all not the court's
    assert [e for e in events if e.code.code == "115"] == []


def test_own_case_under_a_light_verb_keeps_its_doer(patterns: PatternSet) -> None:
    # near miss: the case hangs on the verb itself ("brought a case against"), so the subject brought it
    events = coded("South Africa took a case against Israel to the court in December.", patterns)
    assert dyads(events, "115") == {("ZAF", "ISR")}


# ------------------------------------------------------------------------------ a lone attacker


def test_lone_attackers_wounding_is_not_military_force(patterns: PatternSet) -> None:
    events = coded("A gunman wounded four German tourists outside a cafe in Vienna, police said.", patterns)
    assert "190" not in codes(events)
    assert "180" in codes(events)


def test_soldiers_wounding_civilians_stays_military_force(patterns: PatternSet) -> None:
    # near miss: a state's soldiers, no lone attacker
    events = coded("Israeli soldiers wounded four Palestinian farmers near Nablus, medics said.", patterns)
    assert "190" in codes(events)


# ------------------------------------------------------------------------------------ "whose" phrases


def test_whose_government_acts_for_the_antecedents_state(patterns: PatternSet) -> None:
    text = "Sweden praised the Chinese envoy, whose government accused Lithuania of provocation."
    assert ("CHN", "LTU") in dyads(coded(text, patterns), "112")


def test_whose_father_is_no_state(patterns: PatternSet) -> None:
    # near miss: a relative of the antecedent is a private person, not the antecedent's state
    text = "Sweden praised the Chinese envoy, whose father accused Lithuania of provocation."
    assert ("CHN", "LTU") not in dyads(coded(text, patterns), "112")
