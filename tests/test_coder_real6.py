"""Coder classes the sixth real-page audit found (issue 4, brief H81): subjectless gerunds named as a topic,
questions put with a demand verb and research into how something would work, negation fronted as an adverbial,
general present-tense "when" rules, a private person's threat to kill, opinions of charges nobody made here,
armed forces named after "whose", and the past act of a relative clause on an actor. Every sentence is written
for these tests; each class has a near miss that must still be coded."""

from __future__ import annotations

from coder_helpers import asserted_roots, sentence_events

_events = sentence_events
_asserted_roots = asserted_roots


# 1. a gerund with no subject after "about" under a noun is what people talk of, not an act
def test_gerund_named_as_a_topic_is_no_act() -> None:
    sentence = "Schiff risks fatigue with the coverage of celebrity outbursts about blowing up the White House."
    assert not _events(sentence), _events(sentence)


def test_gerund_topic_near_miss_with_its_own_verb_is_coded() -> None:
    sentence = "Militants tried blowing up the bridge near Mosul on Sunday."
    assert "17" in _asserted_roots(sentence) or "18" in _asserted_roots(sentence), _events(sentence)


# 2. a demand verb with a question-word clause asks a question; research into how something would work is no event
def test_demand_with_a_question_word_is_a_question_asked() -> None:
    sentence = "Protesters in Cairo demanded how the government could be so sure about Iran."
    assert "10" not in _asserted_roots(sentence), _events(sentence)


def test_investigating_how_something_would_work_is_research() -> None:
    sentence = "The European Space Agency has investigated how radiation would affect crew health on Mars missions."
    assert "09" not in _asserted_roots(sentence), _events(sentence)


def test_demand_near_miss_with_a_person_asked_is_coded() -> None:
    sentence = "Kenya demanded Somalia explain how the troops crossed the border."
    assert ("100", "KEN", "SOM", "asserted") in _events(sentence), _events(sentence)


# 3. "at no time", "in no way", "no longer" fronted or not negate the act
def test_negation_by_a_no_phrase_negates_the_act() -> None:
    sentence = "In no way did the Serbian minister threaten Kosovo."
    assert "13" not in _asserted_roots(sentence), _events(sentence)


def test_no_phrase_near_miss_at_the_time_stays_asserted() -> None:
    sentence = "At the time the Serbian minister threatened Kosovo."
    assert "13" in _asserted_roots(sentence), _events(sentence)


# 4. a present-tense "when" clause under a present-tense statement is a general rule, not an event
def test_general_when_rule_is_not_an_asserted_act() -> None:
    sentence = "When Canada slaps tariffs on steel, it is not foreign mills that pay the cost."
    assert "16" not in _asserted_roots(sentence), _events(sentence)


def test_past_when_clause_near_miss_is_asserted() -> None:
    sentence = "When Canada slapped tariffs on Chinese steel last week, prices rose sharply."
    assert "16" in _asserted_roots(sentence), _events(sentence)


# 5. a private person's threat to kill is a threat of violence, a state's threat to attack a military threat
def test_private_persons_threat_to_kill_is_not_a_military_threat() -> None:
    codes = {code for code, *_ in _events("A Chicago businessman threatened to kill Senator Dick Durbin.")}
    assert "1383" in codes and "1384" not in codes, codes


def test_states_threat_to_attack_near_miss_stays_military() -> None:
    codes = {code for code, *_ in _events("The Iranian army threatened to strike Israel.")}
    assert "1384" in codes, codes


# 6. an accusation noun that is only judged by a copula or opinion verb, with no accuser, is no accusation
def test_charges_only_judged_are_no_accusation() -> None:
    sentence = "The accusations against Serbia seem baseless, the envoy said."
    assert "11" not in _asserted_roots(sentence), _events(sentence)


def test_charges_with_their_accuser_near_miss_are_coded() -> None:
    sentence = "Kosovo's accusations against Serbia are baseless, the envoy said."
    assert any(code == "112" and source == "XKX" for code, source, _, _ in _events(sentence)), _events(sentence)


# 8. "whose soldiers": the state's armed forces act, not the state at large
def test_whose_soldiers_are_the_states_military() -> None:
    sentence = "Turkey condemned Syria, whose soldiers shelled the border town of Kilis."
    assert any(code.startswith("19") and source == "SYRMIL" for code, source, _, _ in _events(sentence)), _events(
        sentence
    )


def test_whose_government_near_miss_stays_the_state() -> None:
    sentence = "Turkey condemned Syria, whose government expelled the Turkish ambassador."
    assert any(code == "161" and source == "SYR" for code, source, _, _ in _events(sentence)), _events(sentence)


# 9. the past act of a relative clause on an actor is told as fact, not absorbed by the clause's verb
def test_relative_clause_act_of_an_actor_is_coded() -> None:
    sentence = "Kyiv sentenced a Russian soldier who shot at Ukrainian civilians."
    assert any(code.startswith("19") and source == "RUSMIL" for code, source, _, _ in _events(sentence)), _events(
        sentence
    )


def test_relative_clause_near_miss_with_a_modal_is_not_coded() -> None:
    sentence = "Poland sought a Belarusian soldier who would fire on Polish border guards."
    assert "19" not in _asserted_roots(sentence), _events(sentence)


# 1b. "attack" done to a person by no armed party and with no weapon or wound is verbal
def test_attacking_a_politician_without_weapon_is_criticism() -> None:
    codes = {code for code, *_ in _events("Pelosi attacked Trump over the shutdown.")}
    assert "190" not in codes and "111" in codes, codes


def test_attack_near_miss_by_gunmen_stays_force() -> None:
    codes = {code for code, *_ in _events("Taliban fighters attacked the governor of Helmand.")}
    assert "190" in codes, codes


# 7. a verbless headline phrase naming aid is a topic, not an act (round 6 replaced round 5's recipient reading:
# a list heading "Ukraine military aid and mixed messaging" reports no event); with a verb the aid is an act
def test_verbless_aid_headline_is_no_event() -> None:
    assert _events("Ukraine military aid and mixed messaging") == []
    assert _events("US military aid to Ukraine") == []


def test_aid_headline_with_a_verb_keeps_giver_and_recipient() -> None:
    events = _events("US military aid to Ukraine resumes after pause")
    assert any(source == "USA" and target == "UKR" for _, source, target, _ in events), events
