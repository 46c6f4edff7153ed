"""What the coder sees beyond a trigger's own frame: passive subjects, clauses with their own subject, intent
and expectation, acts found missing on real pages, wrong triggers and conjoined clauses (issue 4, brief H40).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from coder_helpers import sentence_events

_events = sentence_events


def _codes(sentence: str) -> set[str]:
    return {code for code, *_ in _events(sentence)}


# 1. the passive subject is the verb's object for matching, and its target
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks were held between Iran and Saudi Arabia in Baghdad on Monday.", ("040", "IRN", "SAU")),
        ("A ceasefire was declared by Israel and Hamas in Gaza.", ("0871", "ISR", None)),
        ("Diplomatic ties between Egypt and Qatar were restored last year.", ("054", "EGY", "QAT")),
        ("The French ambassador was summoned by the Algerian foreign ministry.", ("114", "DZAGOV", "FRAGOV")),
        ("Aid was delivered to Gaza by Jordanian planes.", ("070", "JOR", "PSE")),
    ],
)
def test_passive_subject_counts_as_object(sentence: str, expected: tuple[str, str, str | None]) -> None:
    code, source, target = expected
    found = _events(sentence)
    assert any(c == code and s == source and (target is None or t == target) for c, s, t, _ in found), found


def test_passive_detention_stays_detention() -> None:
    # near miss: people held are still detained; talks held are not
    assert "173" in _codes("Two journalists were held by police in Tehran.")
    assert "173" not in _codes("Talks were held between Iran and Saudi Arabia in Baghdad on Monday.")


# 2. a verb governing a clause with its own subject
def test_clause_subject_is_reachable() -> None:
    assert ("0862", "IRN") in {(c, s) for c, s, _, _ in _events("Iran allowed IAEA inspectors to visit the site.")}
    assert "0831" not in _codes("The Hamas leader ordered its fighters to stand down.")
    found = _events("Pressure from Washington forced Iran to release the tanker.")
    assert any(c.startswith("084") and s == "IRN" for c, s, _, _ in found), found


def test_urging_is_not_the_urged_act() -> None:
    # near miss: "urged Israel to halt" is a request to Israel; the halt has not happened
    found = _events("The United States urged Israel to halt the offensive.")
    assert all(c.startswith("02") for c, *_ in found) and found


# 3. intent and expectation
def test_expected_acts_are_future() -> None:
    found = _events("Israel and Saudi Arabia are expected to sign a peace deal with the United States.")
    assert found and all(m == "future" and c == "057" for c, _, _, m in found), found
    assert {m for *_, m in _events("Blinken is due to visit Beijing next week.")} == {"future"}


def test_determination_is_intent() -> None:
    found = _events("Turkey is determined to mend ties with Egypt.")
    assert found and all(c.startswith("03") for c, *_ in found), found
    # near miss: the act itself, asserted
    assert ("050", "asserted") in {(c, m) for c, _, _, m in _events("Turkey mended ties with Egypt on Monday.")}


# 4. acts found missing on real pages
@pytest.mark.parametrize(
    ("sentence", "root", "source"),
    [
        ("Bombs exploded in a market in Baghdad, killing 12 people.", "18", "IRQUAF"),
        ("A car bomb blew up outside a police station in Mogadishu, killing four officers.", "18", "SOMUAF"),
        ("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", "18", "SOMREB"),
        ("The downing of a Ukrainian jet killed 176 people.", "19", None),
        ("Protesters set fire to a train in Dhaka on Sunday.", "14", "BGDOPP"),
    ],
)
def test_acts_missing_before(sentence: str, root: str, source: str | None) -> None:
    found = _events(sentence)
    assert any(c.startswith(root) and s == source for c, s, _, _ in found), found


def test_downing_victim_is_target_not_doer() -> None:
    found = _events("The downing of a Ukrainian jet killed 176 people.")
    assert all(s != "UKR" for _, s, _, _ in found) and any(t == "UKR" for _, _, t, _ in found), found


def test_quiet_explosion_is_no_attack() -> None:
    # near miss: a blast with no place and no actor is not coded to anybody
    assert _events("A gas cylinder exploded in the kitchen.") == []


# 5. wrong triggers
def test_order_to_own_forces_is_the_act() -> None:
    found = _events("The Myanmar general ordered troops to open fire on protesters.")
    assert [c[:2] for c, *_ in found] == ["17"] and found[0][1] == "MMRMIL", found
    found = _events("Putin ordered Russian troops to withdraw from the Ukrainian city of Kherson.")
    assert any(c.startswith("087") and s == "RUSMIL" for c, s, _, _ in found), found
    # near miss: an order to another state is a demand
    assert "100" in _codes("The court ordered Iran to release the British tanker.")


def test_state_protest_is_official_complaint() -> None:
    assert ("114", "CHN", "JPN") in {e[:3] for e in _events("China protested Japan's claims to the islands.")}
    assert "114" in _codes("The Egyptian foreign ministry protested the raid on its embassy.")
    # near miss: citizens protest in the street
    assert any(c.startswith("14") for c in _codes("Students protested the tuition hike in Santiago."))
    assert any(c.startswith("14") for c in _codes("Thousands of Georgians took to the streets of Tbilisi."))


def test_riot_police_is_no_riot() -> None:
    codes = _codes("Riot police fired tear gas at opposition supporters in Kampala.")
    assert "175" in codes and not any(c.startswith("145") for c in codes)
    assert any(c.startswith("145") for c in _codes("Protesters rioted in Nairobi after the vote."))


# 6. conjoined clauses with their own subjects
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Security forces fired tear gas at the demonstrators and police arrested dozens of students in Tehran.",
            {"175", "173"},
        ),
        ("Police fired tear gas at the crowd in Harare and soldiers beat opposition activists.", {"175"}),
        (
            "Police in Kenya fired tear gas at students, and soldiers detained opposition leaders in Nairobi.",
            {"175", "173"},
        ),
    ],
)
def test_conjoined_clauses_each_coded(sentence: str, expected: set[str]) -> None:
    assert expected <= _codes(sentence)


def test_second_clause_keeps_its_own_subject() -> None:
    found = _events("Police fired tear gas at the crowd in Harare and soldiers beat opposition activists.")
    assert {source for _, source, _, _ in found} >= {"ZWECOP", "ZWEMIL"}, found
