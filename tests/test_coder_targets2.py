"""Source, target and mode on real pages, second pass: a place named only as the topic of talks ("talks on the
Cyprus question", "meetings relating to Ukraine policy") is no partner; an act told at second hand
("reportedly shelled", "is believed to have attacked") is PLOVER's alleged mode; a clash between two parties is
done by each to the other; the content clause of a criticism lends the criticism no partner; and a headline
passive without its auxiliary ("Activists threatened with arrest") has its subject as the one acted on. Each
class has sentences where the rule must fire and near misses where it must not. The patterns are a small set
written here, so the tests measure the coder, not the shipped patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
040  hold talk|meeting|consultation +with
040  meeting:n
040  meet
190  attack
190  fight
145  clash
145  clash:n
194  shell
071  pay
111  criticism:n
062  sell drone|weapon
137  threaten
173  charge
173  hit +with
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


coded = code_text


def of_code(text: str, patterns: PatternSet, code: str) -> list[CodedEvent]:
    found = [e for e in coded(text, patterns) if e.code.code == code]
    assert found, f"no {code} event in {text!r}"
    return found


def dyads(events: list[CodedEvent]) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


# ------------------------------------------------------------------------------ a place named as the topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Turkish diplomats attended a meeting on the Cyprus question.", "CYP"),
        ("French officials held a meeting about Syria policy.", "SYR"),
        ("Kenyan diplomats called a meeting on the Somalia situation.", "SOM"),
        ("The Swiss envoy joined a meeting on the Kosovo issue.", "XKX"),
    ],
)
def test_place_modifying_a_topic_noun_is_no_partner(text: str, topic: str, patterns: PatternSet) -> None:
    assert all(t != topic for _, t in dyads(of_code(text, patterns, "040")))


def test_meetings_relating_to_a_place_do_not_meet_it(patterns: PatternSet) -> None:
    text = "Canadian officials complained of their exclusion from meetings relating to Ukraine policy."
    assert all(e.target is None or e.target.country != "UKR" for e in coded(text, patterns))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Japan held talks with China on the Taiwan issue.", "CHN"),  # the partner stays, the topic goes
        ("Kenya held talks with Somalia regarding the border.", "SOM"),
        ("Egyptian officials held talks with Sudan.", "SDN"),
    ],
)
def test_near_miss_partner_named_beside_a_topic(text: str, partner: str, patterns: PatternSet) -> None:
    assert partner in {t for _, t in dyads(of_code(text, patterns, "040"))}


# ------------------------------------------------------------------------------ hearsay is the alleged mode


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Russian army reportedly shelled Ukrainian positions near Bakhmut.", "194"),
        ("Iranian agents are believed to have attacked the Saudi embassy in Tehran.", "190"),
        ("Turkish officials were said to have met Syrian envoys in Moscow.", "040"),
        ("Qatar allegedly paid Hamas leaders millions of dollars.", "071"),
    ],
)
def test_act_told_at_second_hand_is_alleged(text: str, code: str, patterns: PatternSet) -> None:
    assert {e.modality for e in of_code(text, patterns, code)} == {"alleged"}


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        ("Turkish officials said they met Syrian envoys in Moscow.", "040", "asserted"),  # their own word
        ("The Syrian army shelled the town, which reportedly angered Russia.", "194", "asserted"),  # other clause
        ("Syrian troops reportedly did not attack the town.", "190", "negated"),
    ],
)
def test_near_miss_hearsay_elsewhere_or_negated(text: str, code: str, modality: str, patterns: PatternSet) -> None:
    assert {e.modality for e in of_code(text, patterns, code)} == {modality}


# ------------------------------------------------------------------------------ clashes are mutual


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A soldier died during a clash between Armenian and Azerbaijani troops.", "190"),  # armed: 190
        ("Despite the talks, Indian and Chinese troops clashed on the border.", "190"),
        ("A student was hurt in a clash between Chilean protesters and Chilean police.", "145"),
        ("Sudanese and Chadian soldiers fought along the border on Sunday.", "190"),
    ],
)
def test_a_clash_is_done_by_each_side_to_the_other(text: str, code: str, patterns: PatternSet) -> None:
    found = dyads(of_code(text, patterns, code))
    if code == "145":  # both sides of one country: each still the other's target
        assert {e.target.sector if e.target else None for e in of_code(text, patterns, code)} == {"OPP", "COP"}
        return
    pairs = {("ARM", "AZE"), ("IND", "CHN"), ("SDN", "TCD")}
    pair = next(p for p in pairs if p[0] in {s for s, _ in found})
    assert {pair, pair[::-1]} <= found


def test_near_miss_joint_attack_is_not_mirrored(patterns: PatternSet) -> None:
    found = dyads(of_code("Indian and Pakistani troops attacked a militant camp.", patterns, "190"))
    assert ("IND", "PAK") not in found and ("PAK", "IND") not in found


def test_near_miss_fighting_a_third_party_targets_it(patterns: PatternSet) -> None:
    found = dyads(of_code("Kenyan and Ethiopian troops fought al-Shabaab militants in Somalia.", patterns, "190"))
    assert found == {("KEN", "SOM"), ("ETH", "SOM")}


# ------------------------------------------------------------------------------ what a criticism says


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The senator wants to avoid Republican criticism that he is caving to Beijing.", "CHN"),
        ("Israel faced criticism that it had sold drones to Azerbaijan.", "AZE"),
        ("The minister shrugged off criticism that she had been soft on Moscow.", "RUS"),
    ],
)
def test_content_clause_of_a_criticism_is_no_partner(text: str, named: str, patterns: PatternSet) -> None:
    found = [e for e in coded(text, patterns) if e.code.code == "111"]
    assert all(e.target is None or e.target.country != named for e in found)


def test_act_inside_a_criticism_is_alleged(patterns: PatternSet) -> None:
    found = of_code("Israel faced criticism that it had sold drones to Azerbaijan.", patterns, "062")
    assert {(e.modality, e.target.country if e.target else None) for e in found} == {("alleged", "AZE")}


def test_near_miss_criticism_aimed_at_a_state(patterns: PatternSet) -> None:
    assert ("JOR", "ISR") in dyads(of_code("Jordanian criticism against Israel mounted on Monday.", patterns, "111"))


# ------------------------------------------------------------------------------ headline passives


@pytest.mark.parametrize(
    ("text", "code", "victim"),
    [
        ("Kenyan activists threatened with arrest over protest", "137", "KEN"),
        ("Ugandan opposition leader charged with treason after rally", "173", "UGA"),
        ("Chilean students hit with fines after march on Santiago", "173", "CHL"),
    ],
)
def test_headline_passive_subject_is_acted_on(text: str, code: str, victim: str, patterns: PatternSet) -> None:
    found = of_code(text, patterns, code)
    assert {(e.source, e.target.country if e.target else None) for e in found} == {(None, victim)}


@pytest.mark.parametrize(
    ("text", "code", "dyad"),
    [
        ("Russia threatened Ukraine with retaliation.", "137", ("RUS", "UKR")),  # an object: active
        ("Kenyan police charged the Somali activist with sedition.", "173", ("KEN", "SOM")),
        ("The Iraqi minister was charged with corruption.", "173", ("IRQ", "IRQ")),  # the implied state charges
    ],
)
def test_near_miss_active_with_verbs(text: str, code: str, dyad: tuple[str | None, str], patterns: PatternSet) -> None:
    assert dyad in dyads(of_code(text, patterns, code))
