"""Actors hidden in compounds and modifiers (issue 3, H65): a sector noun in front of a collective action is who
takes it ("teacher protests"); the opposition's forces and fighters are rebels; an armed group a foreign force
acts on takes the place's country, never the attacker's; peoples and faiths are civilians or religious groups of
where they are, while a people's adjective on a state body names that body. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

mentions_of = partial(mention_helpers.mentions_of, date="2022-05-10")
coded = partial(mention_helpers.codes_in_last, date="2022-05-10")


# ------------------------------------------------------------- a sector noun in front of a collective action


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Teacher protests were held in Bogota on Monday.", "Teacher", "COLEDU"),
        ("Student demonstrations spread across Chile on Friday.", "Student", "CHLEDU"),
        ("Farmer blockades shut roads across France this week.", "Farmer", "FRAAGR"),
        ("Trucker convoys blocked roads into Ottawa.", "Trucker", "CANLAB"),
        ("Opposition rallies drew thousands in Caracas.", "Opposition", "VENOPP"),
        ("Thousands joined nurse walkouts in Nairobi on Tuesday.", "nurse", "KENHLH"),
    ],
)
def test_sector_noun_before_a_collective_action_is_its_actor(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # the action is aimed at the government, not taken by it
        ("Anti-government protests were held in Bogota on Monday.", "government"),
        # a state body does not take up a protest by being named in front of one
        ("Army convoys moved north from Kyiv overnight.", "Army"),
        # a sector noun in front of anything else stays a modifier: the head decides
        ("Teacher salaries were frozen in Bogota on Monday.", "Teacher"),
    ],
)
def test_sector_noun_before_other_nouns_is_no_actor(sentence: str, phrase: str) -> None:
    assert phrase not in coded(sentence)


# ------------------------------------------------------------------------------------------ armed opposition


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Opposition forces seized a town near Aleppo in Syria.", "Opposition forces"),
        ("Opposition fighters shelled an army base in Idlib, Syria.", "Opposition fighters"),
        ("Armed opposition groups attacked Syrian troops near Hama.", "Armed opposition groups"),
    ],
)
def test_armed_opposition_is_rebels(sentence: str, phrase: str) -> None:
    assert coded(sentence).get(phrase) == "SYRREB"


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Opposition parties boycotted the vote in Kenya.", "Opposition parties", "KENOPP"),
        ("Opposition lawmakers walked out of parliament in Kenya.", "Opposition lawmakers", "KENOPP"),
        ("The Syrian opposition rejected the talks.", "The Syrian opposition", "SYROPP"),
    ],
)
def test_political_opposition_stays_opposition(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


def test_rebel_held_names_the_rebels() -> None:
    assert coded("Jets bombed the rebel-held town of Douma in Syria.").get("rebel") == "SYRREB"


# ---------------------------------------------------------------------- no country lent across a fight


def test_group_killed_by_a_foreign_force_takes_the_place() -> None:
    found = coded("US special forces raided a compound in Somalia, killing several mujahideen.")
    assert found["US special forces"] == "USAMIL"
    assert found["several mujahideen"] == "SOMREB"


def test_group_killed_by_a_force_with_no_place_or_story_is_of_the_forces_country() -> None:
    # with nothing else to go on, a state's forces fight at home far more often than abroad
    found = coded("Turkish troops killed six Kurdish rebels in clashes overnight.")
    assert found["Kurdish rebels"] == "TURREB"


def test_group_killed_by_a_force_abroad_takes_the_story_country_not_the_forces() -> None:
    found = coded("Fighting flared again in Somalia this week.",
                  "US special forces raided a compound overnight, killing several mujahideen.")
    assert found["several mujahideen"] == "SOMREB"


def test_group_takes_the_story_country_before_the_attacker() -> None:
    found = coded("Fighting flared again in northern Mali this week.",
                  "French commandos raided a camp, killing a dozen militants.")
    assert found["a dozen militants"] == "MLIREB"


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        # a listed group keeps its own row
        ("Nigerian troops killed Boko Haram militants near the border.", "Boko Haram", "NGAREB"),
        # the place says whose militants they are
        ("Nigerian troops killed militants in Borno.", "militants", "NGAREB"),
        # militants that act, not acted on, still take the sentence's country
        ("Afghan militants attacked a checkpoint in the east.", "Afghan militants", "AFGREB"),
    ],
)
def test_home_fights_keep_their_country(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


# ------------------------------------------------------------------------------ peoples and faiths as actors


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Thousands of Rohingya fled Myanmar's army last year.", "Rohingya", "MMRCVL"),
        ("Uighurs in Xinjiang were detained by Chinese police.", "Uighurs", "CHNCVL"),
        ("Kurds in Syria protested on Friday.", "Kurds", "SYRCVL"),
        ("Shiite militias attacked a base in Iraq.", "Shiite militias", "IRQREB"),
        ("Christians in Nineveh returned to their villages.", "Christians", "IRQREL"),
    ],
)
def test_peoples_and_faiths_take_where_they_are(sentence: str, phrase: str, code: str) -> None:
    found = coded(sentence)
    assert any(phrase in text and value == code for text, value in found.items()), found


def test_a_peoples_adjective_on_a_state_body_names_the_body() -> None:
    found = coded("The Kurdish regional government rejected Baghdad's demand.")
    assert found.get("Kurdish regional government") == "IRQGOV"
    assert not any(code and code.endswith("CVL") for code in found.values())
