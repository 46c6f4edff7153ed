"""Modality of acts that are supposed, denied in part, suspected, pressed for or only talked about, and the
non-violent senses of violent verbs: false events found on real pages (issue 4, brief H50). Every sentence here
is written for these tests; each class has a near miss that must still be coded as asserted."""

from __future__ import annotations

import pytest
from coder_helpers import asserted_roots, sentence_events

_events = sentence_events
_asserted_roots = asserted_roots


# 1. conditions and counterfactuals: supposed, neither asserted nor recoded as an intent or a refusal
@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Israel won concessions from Egypt that Cairo might not otherwise have agreed to.", {"03", "12"}),
        ("Should China not accede to the terms, the talks in Geneva would collapse.", {"08", "12"}),
        ("If Russia had attacked Ukraine, NATO would have responded.", {"13", "19"}),
        ("Had Israel bombed Iran's reactors, Tehran would have retaliated.", {"13", "18", "19"}),
        ("Unless Serbia recognizes Kosovo, the EU will not admit Belgrade.", {"05"}),
    ],
)
def test_conditions_are_not_asserted(sentence: str, wrong: set[str]) -> None:
    assert not _asserted_roots(sentence) & wrong, _events(sentence)
    assert not any(code.startswith("138") for code, *_ in _events(sentence)), _events(sentence)


def test_condition_near_miss_still_codes_the_asserted_act() -> None:
    found = _events("Russia attacked Ukraine on Monday, witnesses said.")  # (Kyiv saying it would be its claim)
    assert ("190", "RUS", "UKR", "asserted") in found, found


# 2. negation: an act not done yet is no refusal, and a negated presence does not negate the event
@pytest.mark.parametrize(
    "sentence",
    [
        "Iran hasn't committed to any specifics so far.",
        "Russia and Ukraine have not yet committed to a ceasefire.",
        "Hungary has not pledged support to Kyiv so far.",
    ],
)
def test_not_yet_is_no_refusal(sentence: str) -> None:
    assert "12" not in _asserted_roots(sentence), _events(sentence)


def test_refusal_near_miss_is_still_a_rejection() -> None:
    assert "12" in _asserted_roots("Iran refused to commit to a ceasefire."), _events("Iran refused to commit.")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("I was not on the July phone call between Trump and Zelensky.", ("USA", "UKR")),
        ("Putin was not at the summit between Biden and Xi.", ("USA", "CHN")),
        ("The Kenyan envoy was not at the meeting between Macron and Scholz.", ("FRA", "DEU")),
    ],
)
def test_negated_presence_does_not_negate_the_event(sentence: str, pair: tuple[str, str]) -> None:
    found = _events(sentence)
    assert not any(code.startswith("12") for code, *_ in found), found
    assert any(
        # not negated: it happened ("the July phone call", months before the news, is historical)
        code.startswith("04") and (s or "")[:3] in pair and (t or "")[:3] in pair and m in {"asserted", "historical"}
        for code, s, t, m in found
    ), found


def test_negated_event_near_miss_stays_negated() -> None:
    found = _events("Biden and Xi did not meet in Lima.")
    assert not any(m == "asserted" and code.startswith("04") for code, _, _, m in found), found


# 3. suspicion: acts inside clauses of suggest, speculate, rumours and theories are alleged at most
@pytest.mark.parametrize(
    "sentence",
    [
        "Conspiracy theories suggesting he had been murdered by Russian agents spread online.",
        "Rumours that the general was poisoned by Iranian agents swept Baghdad.",
        "Bloggers speculated that Israeli jets had bombed the Syrian depot.",
    ],
)
def test_suspicions_are_not_asserted(sentence: str) -> None:
    assert not _asserted_roots(sentence) & {"18", "19"}, _events(sentence)


def test_suspicion_near_miss_reports_the_act() -> None:
    found = _events("Israeli jets bombed a Syrian depot near Damascus.")
    assert any(code.startswith("19") or code.startswith("18") for code, *_ in found), found


# 4. acts pressed for or attempted on others: the presser's wish, not the act
@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Israel will try to force the Palestinians to capitulate.", "08"),
        ("Washington is pushing Kyiv to negotiate with Moscow.", "04"),
        ("The EU pressured Serbia to recognize Kosovo.", "05"),
    ],
)
def test_acts_pressed_for_are_not_asserted(sentence: str, wrong: str) -> None:
    assert wrong not in _asserted_roots(sentence), _events(sentence)


def test_accomplished_forcing_near_miss_entails_the_act() -> None:
    found = _events("Israel forced Hamas to surrender.")
    assert any(code.startswith("08") and m == "asserted" for code, _, _, m in found), found


# 5. verbs whose only complement is a that-clause report a view, and idioms of "it"
@pytest.mark.parametrize(
    "sentence",
    [
        "Iran must recognize that making concessions to the United States is necessary.",
        "French union leaders have long warned that wages in France are falling.",
        "Ankara recognized that the Syrian economy was collapsing.",
        "When it came to Ukraine, Biden was firm.",
    ],
)
def test_bare_clause_complements_are_no_events(sentence: str) -> None:
    assert not _asserted_roots(sentence) & {"04", "05", "08", "13"}, _events(sentence)


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Russia warned Ukraine against joining NATO.", "13"),
        ("Russia warned that it would retaliate against Ukraine.", "13"),
        ("Bhutan recognized the state of Palestine on Friday.", "05"),
        ("Macron came to Berlin on Monday.", "04"),
    ],
)
def test_bare_clause_near_misses_stay_events(sentence: str, root: str) -> None:
    assert root in _asserted_roots(sentence), _events(sentence)


# 6. non-violent senses of harm, hurt, blow up, battle; killings of protesters are repression
@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas will never be able to harm Israel again.",
        "Israel's army hurt itself by misreading Hamas.",
        "The Kremlin's outbursts are blowing up on Russian social media.",
        "Assange is battling extradition to the United States.",
        "The Pakistani minister is battling corruption charges in Lahore.",
    ],
)
def test_non_violent_senses_are_not_assaults(sentence: str) -> None:
    assert not _asserted_roots(sentence) & {"17", "18", "19"}, _events(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russian soldiers hurt three Ukrainian civilians.", "182"),
        ("Syrian troops battled rebels near Aleppo.", "190"),
        ("Rebels blew up a bridge in Mali.", "1712"),
        ("The killing of protesters by Iranian police sparked outrage.", "175"),
    ],
)
def test_violent_near_misses_still_code(sentence: str, code: str) -> None:
    found = _events(sentence)
    assert any(c == code and m == "asserted" for c, _, _, m in found), found
