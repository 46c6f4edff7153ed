"""Coder classes from the third round on whole articles: a passive act of state coercion with no doer named is
the state's where it happens ("was arrested at his home on Friday"), and near misses that stay as they were."""

from __future__ import annotations

import pytest
from coder_helpers import sentence_events

from dyadwatch.pipeline import code_article


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan opposition leader Raila Odinga was arrested at his home in Nairobi on Friday.",
         ("173", "KENCOP", "KENOPP")),
        ("The Ugandan opposition politician Kizza Besigye was taken to prison on Tuesday.",
         ("173", "UGACOP", "UGAOPP")),
        ("The Zimbabwean opposition party had been dissolved by decree, the interior minister said.",
         ("1722", "ZWEGOV", "ZWEOPP")),
        ("Kenyan opposition leader Raila Odinga was arrested by police in Nairobi.", ("173", "KENCOP", "KENOPP")),
    ],
)  # fmt: skip
def test_passive_coercion_is_by_the_state_where_it_happens(sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in sentence_events(sentence)


def test_a_charge_is_the_courts() -> None:
    events = sentence_events("Egyptian activist Alaa Abd el-Fattah was charged on Monday with spreading false news.")
    assert [(code, source) for code, source, _, _ in events] == [("173", "EGYJUD")]


def test_a_foreigner_detained_is_detained_by_the_state_of_the_place() -> None:
    events = sentence_events("A Chinese national was detained on Thursday in Manila, police said.")
    assert ("173", "PHLCOP") in {(code, source) for code, source, _, _ in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan opposition leader Raila Odinga was attacked at his home on Friday.",
        "Kenyan opposition leader Raila Odinga was killed at his home on Friday.",
    ],
)
def test_violence_by_nobody_named_gets_no_implied_state(sentence: str) -> None:
    assert all(
        source is None or not source.endswith(("COP", "JUD", "GOV")) for _, source, _, _ in sentence_events(sentence)
    )


def test_a_named_doer_keeps_the_act() -> None:
    events = sentence_events("Kenyan opposition leader Raila Odinga was arrested by rebels on Friday.")
    assert all(source != "KENCOP" for _, source, _, _ in events)
    assert any(code == "173" for code, _, _, _ in events)


def test_explain_names_the_implied_state() -> None:
    article = code_article(
        "Kenyan opposition leader Raila Odinga was arrested at his home in Nairobi on Friday.", published="2024-03-05"
    )
    paths = [e.explanation.get("source_path", "") for e in article.events if e.cameo == "173"]
    assert paths and paths[0].startswith("implied state")


def test_a_place_told_before_gets_no_guess() -> None:
    events = sentence_events("The American pilot was held there for five years after his jet was shot down in 1967.")
    assert all(source != "USACOP" for _, source, _, _ in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Iranian government warned that any attack on Iran would face a decisive response.",
        "The junta in Mali has warned that any aggression against Mali would be met with a crushing response.",
    ],
)
def test_a_warned_answer_to_any_attack_is_a_threat_of_force(sentence: str) -> None:
    events = sentence_events(sentence)
    assert [code for code, _, _, _ in events] == ["1384"]
    assert all(target is None for _, _, target, _ in events)  # the defended country is not the one threatened


def test_a_warning_of_resistance_is_no_threat_of_force() -> None:
    events = sentence_events("The Iranian government warned that prices would meet resistance.")
    assert all(code != "1384" for code, _, _, _ in events)


def test_a_second_act_after_a_reporting_clause_is_kept() -> None:
    events = sentence_events(
        "Around 50 South Sudanese soldiers crossed into Kenya on Sunday and handed over their rifles to Kenyan "
        "police, a Kenyan official said."
    )
    assert ("0874", "SSDMIL") in {(code, source) for code, source, _, _ in events}


def test_an_act_inside_an_agreement_stays_part_of_it() -> None:
    events = sentence_events("Kenya and Uganda agreed on Monday to hold joint exercises and share intelligence.")
    assert all(not code.startswith("06") or modality != "asserted" for code, _, _, modality in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya warned Uganda on Wednesday that it stood ready to slap new sanctions on Kampala over the drilling.",
        "Kenya warned that it would impose sanctions on Uganda.",
    ],
)
def test_a_warning_that_spells_out_sanctions_threatens_them(sentence: str) -> None:
    assert ("1312", "UGA") in {(code, target[:3]) for code, _, target, _ in sentence_events(sentence) if target}


def test_a_warning_of_readiness_to_talk_stays_a_bare_warning() -> None:
    events = sentence_events("Kenyan ministers warned Uganda on Wednesday that they were ready to talk.")
    assert all(code != "1312" for code, _, _, _ in events)
