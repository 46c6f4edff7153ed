"""False events that only the coder can stop, found by auditing real pages (issue 4, brief H62): denied past
intent, acts named inside threats and plots, principles stated for nobody in particular, visits named as topics
or settings, money inside one state, questions put, trips at home, and plural pronouns with one or several
candidates. Patterns and sentences are written here; each class has a near miss that must still be coded."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from coder_helpers import code_text, summary

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
030  intend
030  pledge
036  agree meet
040  meet
040  summit:n
042  visit
042  visit:n +to
042  travel +to
070  provide|give|send aid|assistance +to
071  provide|give|grant money|billion|funding|loan
020  ask
0256 ask halt|stop
112  charge:n
130  threat:n
130  make threat
138  threaten
1246 boycott talk|summit
183  bomb
190  attack
190  invade
190  harm
186  kill
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


code = partial(code_text, date="2024-05-14")


coded = summary


def roots(events: list[CodedEvent]) -> set[str]:
    return {e.code.root for e in events}


# 1. a denied past intent is no rejection; a refusal still is one
@pytest.mark.parametrize(
    "sentence",
    [
        "President Putin never intended to attack Ukraine, the Kremlin said.",
        "Russia did not intend to invade Georgia, its foreign minister said.",
        "The Iranian general had never intended to meet the Saudi envoy.",
    ],
)
def test_denied_past_intent_is_no_rejection(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert "12" not in roots(events), coded(events)
    assert not events, coded(events)


def test_refusing_near_miss_is_still_a_rejection(patterns: PatternSet) -> None:
    events = code("The Iranian general will not meet the Saudi envoy.", patterns)
    assert "12" in roots(events), coded(events)


# 2. the infinitive of a threat or a plot is no act done, unless the threat was carried out
@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish police detained a man over threats to harm Greek diplomats.",
        "The court heard of his threats to bomb the Israeli embassy in Athens.",
        "Militants issued a warning to attack the French embassy in Niger.",
    ],
)
def test_act_inside_a_threat_is_not_coded(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not roots(events) & {"18", "19"}, coded(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Nairobi uncovered a plot to kill President Ruto of Kenya.",
        "Egyptian prosecutors described a conspiracy to bomb the Israeli embassy in Cairo.",
        "The generals hatched a scheme to invade Guyana, Venezuelan exiles said.",
    ],
)
def test_act_inside_a_plot_is_not_asserted(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert all(e.modality != "asserted" for e in events if e.code.root in {"18", "19"}), coded(events)


def test_threat_carried_out_near_miss_is_the_act(patterns: PatternSet) -> None:
    events = code("Hamas militants carried out their threat to bomb the Israeli embassy in Cyprus.", patterns)
    assert any(e.code.root == "18" and e.modality == "asserted" for e in events), coded(events)


# 3. a rule for nobody in particular is no event
@pytest.mark.parametrize(
    "sentence",
    [
        "No country should invade its neighbour, the Brazilian president said.",
        "Individuals must not make threats against American lawmakers.",
        "Countries should never attack Ukrainian power plants, the UN envoy said.",
        "The law requires that nobody attack Nigerian polling stations.",
    ],
)
def test_principles_for_generic_subjects_are_no_events(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not roots(events) & {"13", "19"}, coded(events)


def test_principle_near_miss_keeps_a_named_subject(patterns: PatternSet) -> None:
    events = code("Russia should not invade Ukraine, the Brazilian president said.", patterns)
    assert any("RUS" in {e.source.country if e.source else None, e.target.country if e.target else None}
               for e in events), coded(events)


# 4. a visit thought about is no intent to visit, and a summit as the setting takes no intent from a pledge
@pytest.mark.parametrize(
    "sentence",
    [
        "Consider what we know about President Macron's visit to Algeria.",
        "Analysts in Delhi are considering Prime Minister Modi's visit to Washington.",
        "Let us consider what was said about the Chinese premier's visit to Australia.",
    ],
)
def test_visit_under_thought_is_no_intent(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert not any(e.code.code.startswith("03") for e in events), coded(events)


def test_summit_as_setting_is_no_intent(patterns: PatternSet) -> None:
    events = code("At the recent African Union summit, Kenyan President Ruto pledged to cut emissions.", patterns)
    assert not any(e.code.code == "036" for e in events), coded(events)


def test_intent_near_miss_agreeing_to_meet(patterns: PatternSet) -> None:
    events = code("Egypt agreed to meet Israel in Cairo next week.", patterns)
    assert ("036", "EGY", "ISR", "asserted") in coded(events), coded(events)


# 5. money between one state's own bodies is no aid
@pytest.mark.parametrize(
    "sentence",
    [
        "Neither the House nor the Senate has provided all the money NASA requested.",
        "The U.S. Congress gave the Pentagon $5 billion for new ships.",
        "The Indian parliament granted the Indian army new funding on Tuesday.",
    ],
)
def test_money_at_home_is_no_aid(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert "07" not in roots(events), coded(events)


def test_aid_near_miss_between_two_states(patterns: PatternSet) -> None:
    events = code("The United States provided aid to Ukraine on Monday.", patterns)
    assert any(e.code.root == "07" and e.target and e.target.country == "UKR" for e in events), coded(events)


# 6. a question put is no appeal
@pytest.mark.parametrize(
    "sentence",
    [
        '"What is the contingency for the launch?" Senator Graham asked.',
        "Senator Graham asked again.",
        "\u201cWhere did the money go?\u201d the Kenyan minister asked.",
    ],
)
def test_question_put_is_no_appeal(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert "02" not in roots(events), coded(events)
    assert "02" not in roots(code(sentence, patterns, statements=True)), coded(events)


def test_appeal_near_miss_asks_someone_for_something(patterns: PatternSet) -> None:
    events = code("Senator Graham asked Israel to halt the strikes.", patterns)
    assert any(e.code.root == "02" and e.target and e.target.country == "ISR" for e in events), coded(events)


# 7. "they"/"their" take the one plural candidate of the sentence before, and nobody when there are several
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran and Russia met in Tehran on Monday. They said they would boycott the summit.", {"IRN", "RUS"}),
        ("Syrian rebels gathered near Idlib on Sunday. They said they would attack Turkey.", {"SYR"}),
        ("Chinese and Russian envoys met in Beijing. Their charges against Japan were repeated.", {"CHN", "RUS"}),
    ],
)
def test_plural_pronoun_takes_the_one_candidate(text: str, expected: set[str], patterns: PatternSet) -> None:
    events = [e for e in code(text, patterns) if e.trigger.sent.start > 0]
    assert {e.source.country for e in events if e.source} == expected, coded(events)


def test_plural_pronoun_near_miss_with_two_candidates_is_left(patterns: PatternSet) -> None:
    text = "Iran and Russia met in Tehran, and Syria and Turkey met in Ankara. They said they would boycott the summit."
    events = [e for e in code(text, patterns) if e.trigger.sent.start > 0]
    assert not any(e.source for e in events), coded(events)


# 8. a trip at home visits no state; a visit abroad does
@pytest.mark.parametrize(
    "sentence",
    [
        "President Biden spent the week visiting Nevada and Iowa before South Carolina.",
        "Indian Prime Minister Modi is traveling to Mumbai for a conference.",
        "President Biden visited Texas on Friday.",
    ],
)
def test_trip_at_home_is_no_visit(sentence: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert "04" not in roots(events), coded(events)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("President Biden visited France on Friday.", "FRA"),
        ("Indian Prime Minister Modi is traveling to Japan for a summit.", "JPN"),
    ],
)
def test_visit_abroad_near_miss(sentence: str, target: str, patterns: PatternSet) -> None:
    events = code(sentence, patterns)
    assert any(e.code.code == "042" and e.target and e.target.country == target for e in events), coded(events)


def test_appeal_near_miss_in_the_passive(patterns: PatternSet) -> None:
    events = code("Israel was asked by Egypt on Monday.", patterns)
    assert any(e.code.root == "02" for e in events), coded(events)


# 9. violence by the state's forces of order in the street is repression, not a riot
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Belarusian riot police smashed the windows of the protesters' cars in Minsk.", "175"),
        ("Iranian security forces rioted in Tehran after the vote.", "175"),
        ("Belarusian protesters smashed the windows of police cars in Minsk.", "145"),  # near miss: a crowd riots
        ("Angry French farmers rioted outside the parliament in Paris.", "145"),
    ],
)
def test_the_forces_of_order_repress_rather_than_riot(
    sentence: str, code: str, compile_patterns: Callable[[str], PatternSet]
) -> None:
    events = code_text(sentence, compile_patterns("145  smash window|car\n145  riot\n"))
    assert {e.code.code for e in events} == {code}
