"""Acts that are only the content of something else, found auditing real pages (issue 4, brief H67): a denied
charge (a statement that wins absorbs its items even with statements off), the content of a noun of knowledge
or possibility ("reports that", "fears that", "the chances of"), a disposition ("willingness to"), an earlier
event named as a time reference ("since the ceasefire"), support pressed for ("pushing for the US to
support"), and a vowed act the parser hangs as an adverbial clause ("have sworn to fight until ...").
Patterns and sentences are written here; each class has a near miss that must still be coded."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from coder_helpers import code_text, summary

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
016  deny|reject charge|accusation|allegation
112  charge:n
112  accusation:n
112  accuse
202  commit genocide|massacre
195  bomb
190  attack
190  fight
183  shell
046  resume talk
0871 ceasefire:n
057  accord:n
057  deal:n
057  sign accord|deal
051  support
036  negotiate
040  negotiate
138  swear|vow fight
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


code = partial(code_text, date="2024-06-18")


coded = summary


def asserted(events: list[CodedEvent]) -> list[CodedEvent]:
    return [e for e in events if e.modality == "asserted"]


# 1. a denial (a statement) absorbs the charge it denies and the act inside it, with statements off too
@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow denied charges that its army is committing genocide in Ukraine.",
        "Israel rejected accusations that its jets had bombed a school in Rafah.",
        "The Sudanese army denied allegations that its soldiers attacked a camp in Darfur.",
    ],
)
def test_denied_charge_is_no_accusation_and_no_act(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not events, coded(events)


def test_denial_is_still_coded_with_statements_on(patterns: PatternSet) -> None:
    events = code("Moscow denied charges that its army is committing genocide in Ukraine.", patterns, statements=True)
    assert {e.code.code for e in events} == {"016"}, coded(events)


def test_accusation_near_miss_is_still_coded(patterns: PatternSet) -> None:
    events = code("Kyiv accused Moscow of committing genocide in Ukraine.", patterns)
    assert ("112", "UKR", "RUS", "asserted") in coded(events), coded(events)


def test_denial_beside_an_act_leaves_the_act(patterns: PatternSet) -> None:
    events = code("Moscow denied the charges, and its army shelled Kharkiv on Sunday.", patterns)
    assert any(e.code.code == "183" and e.modality == "asserted" for e in events), coded(events)


# 2. the content clause of a noun of knowledge is alleged, of a noun of fear or expectation hypothetical
@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("There were reports that Iranian drones bombed a tanker off Oman.", "alleged"),
        ("Kyiv released an estimate that Russian forces attacked Kharkiv forty times in May.", "alleged"),
        ("There are growing fears that Russia will attack Moldova.", "hypothetical"),
        ("The minister voiced concern that Serbia might attack Kosovo.", "hypothetical"),
    ],
)
def test_act_in_content_of_noun_is_not_asserted(sentence: str, patterns: PatternSet, modality: str) -> None:
    events = code(sentence, patterns)
    violent = [e for e in events if e.code.root in {"18", "19"}]
    assert violent and {e.modality for e in violent} == {modality}, coded(events)
    assert not any(e.code.root == "13" for e in events), coded(events)  # feared is nobody's threat


def test_act_told_outright_near_miss_is_asserted(patterns: PatternSet) -> None:
    events = code("Iranian drones bombed a tanker off Oman, officials said.", patterns)
    assert any(e.code.code == "195" and e.modality == "asserted" for e in events), coded(events)


# 3. acts under nouns of possibility or will have not happened
@pytest.mark.parametrize(
    "sentence",
    [
        "The chances of resuming talks between Israel and Hamas look slim.",
        "Prospects for a ceasefire between Armenia and Azerbaijan dimmed on Monday.",
        "Romania fears Russia's readiness to attack Moldova.",
        "Serbia's willingness to attack Kosovo alarmed NATO.",
    ],
)
def test_act_under_noun_of_possibility_or_will_is_not_asserted(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert events and not asserted(events), coded(events)


def test_resumed_talks_near_miss_are_asserted(patterns: PatternSet) -> None:
    events = code("Israel and Hamas resumed talks in Cairo on Monday.", patterns)
    assert any(e.code.code == "046" and e.modality == "asserted" for e in events), coded(events)


# 4. an earlier event named as a time reference is background, or historical when it has its own date
@pytest.mark.parametrize(
    "sentence",
    [
        "Armenia and Azerbaijan have traded accusations since the ceasefire between them.",
        "Clashes have continued since the accord between Sudan and South Sudan.",
    ],
)
def test_event_after_since_is_background(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not any(e.code.code in {"0871", "057"} for e in events), coded(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran has expanded enrichment after the 2015 nuclear deal between Iran and the United States.",
        "Ethiopia and Eritrea have kept the peace since the July 2018 accord between them.",
    ],
)
def test_dated_time_reference_is_historical(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    named = [e for e in events if e.code.code == "057"]
    assert named and {e.modality for e in named} == {"historical"}, coded(events)


def test_accord_signed_near_miss_is_asserted(patterns: PatternSet) -> None:
    events = code("Sudan and South Sudan signed an accord on Monday.", patterns)
    assert ("057", "SDN", "SSD", "asserted") in coded(events), coded(events)


# 5. support pressed for is a demand of it, not support given
@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Kyiv is pushing hard for the United States to support Ukraine.", "UKR", "USA"),
        ("Poland campaigned for Germany to support Ukraine.", "POL", "DEU"),
        ("Estonia is lobbying Washington to support Ukraine.", "EST", "USA"),
    ],
)
def test_support_pressed_for_is_a_demand(sentence: str, source: str, target: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not any(e.code.root == "05" for e in events), coded(events)
    assert any(e.code.root == "10" and (source, target) == (e.source.country, e.target.country)
               for e in events if e.source and e.target), coded(events)


def test_support_given_near_miss_is_support(patterns: PatternSet) -> None:
    events = code("Germany is pushing for a deal and supports Ukraine.", patterns)
    assert ("051", "DEU", "UKR", "asserted") in coded(events), coded(events)


# 6. a vowed act hung as an adverbial clause is the vow's
@pytest.mark.parametrize(
    "sentence",
    [
        "Houthi leaders have sworn to fight until Israel ends the war.",
        "Hamas commanders vowed to fight on until Israel leaves Gaza.",
        "The rebels swore to attack until the army withdraws from Darfur.",
    ],
)
def test_vowed_act_under_advcl_is_the_vow(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert events and {e.code.root for e in events} == {"13"}, coded(events)
    assert not any(e.code.root == "19" for e in events), coded(events)


def test_fighting_near_miss_is_fighting(patterns: PatternSet) -> None:
    events = code("Houthi fighters attacked Saudi border posts until dawn.", patterns)
    assert any(e.code.root == "19" and e.modality == "asserted" for e in events), coded(events)


@pytest.mark.parametrize(
    ("text", "code", "dyad"),
    [
        ("Germany called for Russia to withdraw its troops from Ukraine.", "041", None),
        ("Putin called Erdogan on Tuesday to discuss the war in Syria.", "041", ("RUS", "TUR")),
    ],
)
def test_a_guard_word_sees_the_for_that_marks_a_clause(
    text: str, code: str, dyad: tuple[str, str] | None, compile_patterns: Callable[[str], PatternSet]
) -> None:
    events = code_text(text, compile_patterns("041  call -for\n"))
    found = {(e.source.country if e.source else None, e.target.country if e.target else None)
             for e in events if e.code.code == code}
    assert found == ({dyad} if dyad else set())


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Ukraine doubted Moscow's will to agree to a ceasefire.", "RUS"),
        # near miss: "its" will is the subject's own, the same doer as before
        ("Ukraine expressed its will to agree to a ceasefire.", "UKR"),
    ],
)
def test_the_owner_of_a_will_noun_is_the_one_disposed_to_act(
    sentence: str, doer: str, compile_patterns: Callable[[str], PatternSet]
) -> None:
    events = code_text(sentence, compile_patterns("0356 agree ceasefire\n"))
    assert {(e.source.country if e.source else None, e.modality) for e in events} == {(doer, "future")}
