"""Coder classes the seventh real-page audit found (issue 4, brief H86): nominal events only avoided, resisted or
ended, meetings called off in their own relative clause, agreements on a thing named as a relative clause's
antecedent, acts somebody only tries to force on others, verb forms inside capitalised names, demands of things,
legal-action nouns nobody files, state forces out in the streets, and withheld pledges. Every sentence is written
for these tests; each class has a near miss that must still be coded."""

from __future__ import annotations

from coder_helpers import asserted_roots, sentence_events

_events = sentence_events
_asserted_roots = asserted_roots


def _roots(sentence: str) -> set[str]:
    return {code[:2] for code, _, _, _ in _events(sentence)}


# 1. a nominal event under a verb of avoiding, resisting or ending is not done, and not refused or intended either
def test_avoided_extradition_is_not_an_act() -> None:
    sentence = "Gupta, who denies the charges, has avoided extradition to South Africa since he fled to Dubai in 2018."
    assert "06" not in _roots(sentence) and "12" not in _roots(sentence), _events(sentence)


def test_resisted_extradition_is_no_intent_to_cooperate() -> None:
    sentence = "The Mexican cartel leader is fighting extradition to the United States, which indicted him in 2019."
    assert "03" not in _roots(sentence) and "06" not in _asserted_roots(sentence), _events(sentence)


def test_end_to_deportations_is_no_deportation() -> None:
    sentence = "Germany announced an end to deportations of Afghan refugees last week."
    assert "17" not in _asserted_roots(sentence), _events(sentence)


def test_fended_near_miss_granted_extradition_is_coded() -> None:
    sentence = "Croatia granted the extradition of the former Serbian general to Serbia on Monday."
    assert "06" in _asserted_roots(sentence), _events(sentence)


# 2. a meeting its own relative clause calls off did not take place
def test_meeting_that_was_cancelled_is_not_held() -> None:
    sentence = "Officials are trying to reschedule a meeting between Mr. Modi and Pakistan's Imran Khan in Geneva " \
        "that was cancelled because of the floods."
    assert "04" not in _asserted_roots(sentence), _events(sentence)


def test_meeting_near_miss_held_in_relative_clause_is_coded() -> None:
    sentence = "A meeting between Mr. Modi and Pakistan's Imran Khan, which took place in Geneva, ended calmly."
    assert "04" in _asserted_roots(sentence), _events(sentence)


# 3. an agreement on a thing named as the relative clause's antecedent is not an agreement among the agreeing
def test_agreement_on_relative_antecedent_is_not_reciprocal() -> None:
    sentence = "Sanctions pushed ministers from Brazil, Chile and Peru to accept terms they had long resisted " \
        "and later agreed to."
    pairs = {(s, t) for code, s, t, _ in _events(sentence) if code.startswith("03")}
    assert not any(s and t for s, t in pairs), _events(sentence)


def test_agreement_near_miss_with_each_other_is_reciprocal() -> None:
    sentence = "Brazil and Chile agreed on Tuesday to share hydropower."
    pairs = {(s, t) for code, s, t, _ in _events(sentence) if code.startswith("03")}
    assert ("BRA", "CHL") in pairs, _events(sentence)


# 4. what a forcer only tries to force on others is neither their act nor their intent
def test_tried_to_force_surrender_is_not_the_forced_partys_act() -> None:
    sentence = "Moscow is trying to force Ukraine to surrender and give up its eastern regions."
    assert not any(code.startswith("08") and s == "UKR" for code, s, _, _ in _events(sentence)), _events(sentence)


def test_forced_near_miss_forced_withdrawal_is_coded() -> None:
    sentence = "The offensive forced Russia to withdraw its troops from Kherson."
    assert "08" in _asserted_roots(sentence), _events(sentence)


# 5. a verb form inside a capitalised name in mid-sentence is part of the name
def test_verb_inside_a_proper_name_is_no_act() -> None:
    sentence = "The rover is part of NASA's Minerals Investigating Lunar Exploration Rover (MILER) mission, which " \
        "flies in 2025."
    assert "09" not in _roots(sentence), _events(sentence)


def test_name_near_miss_lowercase_verb_is_coded() -> None:
    sentence = "Kenyan police are investigating the attack on the Westgate Mall."
    assert "09" in _asserted_roots(sentence), _events(sentence)


# 6. "<speech verb> that <Y> must|should" demands of Y only when Y is an actor
def test_demand_of_a_thing_is_no_demand() -> None:
    sentence = "The Austrian minister said the palace's future use by the army should send a clear message to " \
        "extremists."
    assert "10" not in _roots(sentence), _events(sentence)


def test_demand_near_miss_of_an_actor_is_coded() -> None:
    sentence = "Italy's interior minister said Libya should stop the boats leaving Tripoli."
    assert "10" in _roots(sentence), _events(sentence)


# 7. a legal-action noun needs a filer or a filing verb to be an event
def test_legal_action_noun_without_filer_is_no_event() -> None:
    sentence = "The new rules were seen as an effort to shape the outcome of several lawsuits against Turkey."
    assert "11" not in _roots(sentence), _events(sentence)


def test_legal_action_near_miss_filed_is_coded() -> None:
    sentence = "Armenia filed two lawsuits against Turkey at the European court on Monday."
    assert "11" in _asserted_roots(sentence), _events(sentence)


# 8. a state force taking to the streets is no protest
def test_troops_in_the_streets_are_no_protest() -> None:
    sentence = "Soldiers of the Myanmar army took to the streets of Yangon to remove barricades on Sunday."
    assert "14" not in _roots(sentence), _events(sentence)


def test_protest_near_miss_students_in_the_streets_are_coded() -> None:
    sentence = "Students in Myanmar took to the streets of Yangon to protest against the junta on Sunday."
    assert "14" in _asserted_roots(sentence), _events(sentence)


# 9. a pledge not made in the past is a withheld pledge, not a rejection
def test_pledge_not_made_is_no_rejection() -> None:
    sentence = "At the summit, Indonesia did not commit to any cuts in coal use."
    assert "12" not in _roots(sentence), _events(sentence)


def test_pledge_near_miss_refused_to_commit_is_a_rejection() -> None:
    sentence = "At the summit, Indonesia refused to commit to any cuts in coal use."
    assert "12" in _roots(sentence), _events(sentence)
