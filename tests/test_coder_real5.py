"""Coder classes the fifth real-page audit found (issue 4, brief H73): acts another is made or let to do, modals
shared across "and", inverted conditions after their clause, nouns modifying a noun of people, appositive
descriptions of a name, and guards that see a shared object or the noun a participle modifies. Every sentence is
written for these tests; each class has a near miss that must still be coded."""

from __future__ import annotations

import pytest
from coder_helpers import asserted_roots, sentence_events

from dyadwatch.events.coder import _modality
from dyadwatch.language import parse_text
from dyadwatch.pipeline import code_article

_events = sentence_events
_asserted_roots = asserted_roots


# 1. an act somebody is only trying to get, let or make another do is not that other's asserted act
def test_act_another_is_to_be_let_do_is_not_asserted() -> None:
    sentence = "Diplomats kept up the pressure for Moscow to allow the Red Cross to deliver aid to Mariupol."
    assert "07" not in _asserted_roots(sentence), _events(sentence)


def test_act_an_effort_tries_to_get_done_is_not_asserted() -> None:
    sentence = "The envoy led the State Department's efforts to get Serbia to investigate the Kosovo border attack."
    assert "09" not in _asserted_roots(sentence), _events(sentence)


def test_allowed_act_near_miss_is_still_asserted() -> None:
    sentence = "Syria allowed the Red Cross to deliver aid to Aleppo on Monday."
    assert "07" in _asserted_roots(sentence), _events(sentence)


# 2. "should be X and Y-ed": the second verb shares the modal, unless it is a tensed clause of its own
@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            "Critics in Ankara say Israel should be condemned by the United Nations and sanctioned by the EU.",
            "hypothetical",
        ),
        ("Critics in Ankara say Israel was condemned by the United Nations and sanctioned by the EU.", "asserted"),
        ("Turkey should condemn Israel and the EU sanctioned Israel.", "asserted"),
    ],
)
def test_coordinated_verb_shares_only_an_untensed_modal(sentence: str, modality: str) -> None:
    sanctioned = next(t for t in parse_text(sentence) if t.lower_ == "sanctioned")
    assert _modality(sanctioned)[0] == modality


# 10. an inverted condition that follows its clause
@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy paired generous offers of aid with tougher sanctions should Tehran not accede.",
        "The envoy has assumed the role of a tough negotiator, pairing generous offers of aid with tougher "
        "sanctions should Tehran not accede to his terms.",
    ],
)
def test_inverted_condition_after_its_clause_is_no_refusal(sentence: str) -> None:
    codes = _events(sentence)
    assert not any(code.startswith("12") for code, *_ in codes), codes
    assert not {"08", "12"} & _asserted_roots(sentence), codes


def test_inverted_condition_near_miss_refusal_is_coded() -> None:
    sentence = "Beijing refused to accede to the terms of the trade pact."
    assert "12" in _asserted_roots(sentence), _events(sentence)


# 5. a noun that modifies a noun naming people by their work
def test_noun_modifying_agents_is_no_event() -> None:
    sentence = "The senator said Texas needs more border patrol agents near El Paso."
    assert "15" not in _asserted_roots(sentence), _events(sentence)


def test_patrol_noun_near_miss_is_coded() -> None:
    sentence = "Russian warships began a patrol near the Latvian coast on Monday."
    assert "15" in _asserted_roots(sentence), _events(sentence)


# 4. an appositive that describes a name is no news of an event
def test_appositive_description_of_a_name_is_no_event() -> None:
    sentence = (
        "A spokesman for Desert Lance, the French military operation against al Qaeda in Mali, told reporters "
        "that convoys were moving."
    )
    assert "19" not in _asserted_roots(sentence), _events(sentence)


def test_operation_near_miss_as_the_subject_is_coded() -> None:
    sentence = "A French military operation against al Qaeda killed twelve militants in Mali on Sunday."
    assert "19" in _asserted_roots(sentence), _events(sentence)


# 6. a guard sees the noun a participle modifies
def test_guard_sees_the_noun_a_participle_modifies() -> None:
    sentence = "The defendant turned down a plea bargain offered by federal prosecutors in Ohio."
    assert "03" not in {code[:2] for code, *_ in _events(sentence)}, _events(sentence)


def test_participle_near_miss_offer_of_talks_is_coded() -> None:
    sentence = "Iran rejected the talks offered by France."
    assert _events(sentence), _events(sentence)


# 7. a guard sees the object a verb shares with the next verb of its coordination
def test_guard_sees_an_object_shared_across_and() -> None:
    sentence = "Two Chinese soldiers on the border killed and ate a wild boar last week."
    assert "19" not in {code[:2] for code, *_ in _events(sentence)}, _events(sentence)


def test_shared_object_near_miss_is_coded() -> None:
    sentence = "Chinese soldiers killed and wounded Indian troops on the border last week."
    assert "19" in _asserted_roots(sentence), _events(sentence)


# 4. a nominal event that others only expect, or a hope holds, is not reported as done
def test_deal_that_was_supposed_to_be_is_not_asserted() -> None:
    sentence = "A trade deal between Japan and South Korea was supposed to be a modest pact."
    assert "06" not in _asserted_roots(sentence), _events(sentence)


def test_talks_expected_to_resume_are_not_asserted() -> None:
    sentence = "Talks between Serbia and Kosovo are expected to resume in May."
    assert "04" not in _asserted_roots(sentence), _events(sentence)


def test_held_talks_near_miss_are_asserted() -> None:
    sentence = "Peace talks between Israel and Hamas were held in Cairo."
    assert "04" in _asserted_roots(sentence), _events(sentence)


def test_hope_for_the_success_of_talks_is_not_asserted() -> None:
    sentence = "The prisoner release gives us hope for the success of peace negotiations between Kabul and the Taliban."
    assert not {"03", "04"} & _asserted_roots(sentence), _events(sentence)


def test_success_of_talks_without_a_hope_near_miss_is_asserted() -> None:
    sentence = "The envoy spoke of the success of peace negotiations between Kabul and the Taliban."
    assert "04" in _asserted_roots(sentence), _events(sentence)


# 9. statements off: a statement pattern that wins takes its word; a weaker pattern codes only words of its own
def test_statement_off_does_not_fall_back_to_a_weaker_reading() -> None:
    sentence = "The Iraqi government ruled out any involvement of Iranian militias in the bombing."
    assert "12" not in {code[:2] for code, *_ in _events(sentence)}, _events(sentence)


def test_statement_off_near_miss_keeps_a_demand_of_its_own() -> None:
    sentence = "Basque separatists issued a communique demanding that the Spanish government free the prisoners."
    assert "10" in {code[:2] for code, *_ in _events(sentence)}, _events(sentence)


# 3. another story's headline or link inside the body text is no event of this article
_LEAD = "Kosovo police arrested three Serbian officials on Monday, the interior ministry said."
_CLOSE = "The officials were released later that day."


def _codes_of(paragraph: str) -> list[str]:
    article = code_article(f"{_LEAD}\n\n{paragraph}\n\n{_CLOSE}", published="2024-03-05")
    return [e.cameo for e in article.events if paragraph[:20] in e.sentence]


def test_unpunctuated_headline_in_the_body_is_no_event() -> None:
    assert _codes_of("Serbia drops border protest laws after lawsuit") == []


def test_labelled_link_in_the_body_is_no_event() -> None:
    assert _codes_of("SEE MORE: Kosovo police arrest Serbian protesters in Mitrovica") == []


def test_labelled_near_miss_a_punctuated_update_is_coded() -> None:
    assert _codes_of("UPDATE: Serbia expelled two Kosovo diplomats from Belgrade on Tuesday.")


def test_headline_near_miss_a_punctuated_sentence_is_coded() -> None:
    assert "0832" in _codes_of("Serbia dropped its border protest laws after a lawsuit.")


# 11. held people as the subject of their release are no hostage-taking
def test_released_hostages_are_no_abduction() -> None:
    sentence = "Two French hostages who had been held by al-Shabaab in Somalia since 2019 were released on Tuesday."
    assert not {"17", "18"} & _asserted_roots(sentence), _events(sentence)


def test_holding_hostages_in_the_main_clause_near_miss_is_coded() -> None:
    sentence = "Al-Shabaab has held two French hostages in Somalia since 2019."
    assert _asserted_roots(sentence) & {"17", "18"}, _events(sentence)


def test_hostages_taken_near_miss_is_an_abduction() -> None:
    sentence = "Two French hostages were taken by al-Shabaab in Somalia on Tuesday."
    assert "181" in {code for code, *_ in _events(sentence)}, _events(sentence)
