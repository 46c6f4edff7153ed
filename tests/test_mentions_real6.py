"""Actor rules from the sixth real-page audit of issue 3 (H75): a bare "the embassy" is the mission the story named
before, not the sentence's country; a royal's relative is an elite of the royal's country, not a civilian; people
held who carry an armed group's name ("Taliban prisoners") are that group's. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


# ------------------------------------------------------------------ the embassy named before


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "code"),
    [
        (("Bolivia's embassy in Madrid has hosted the dissident since March.",
          "Spanish police arrested two men outside the embassy on Friday."), "the embassy", "BOLGOV"),
        (("Demonstrators marched to the Turkish consulate in Berlin.", "The consulate condemned German officials."),
         "The consulate", "TURGOV"),
        (("The Peruvian embassy in Quito closed for a week.", "Ecuadorean guards said the embassy would reopen."),
         "the embassy", "PERGOV"),
    ],
)
def test_a_bare_mission_is_the_one_named_before(paragraphs: tuple[str, ...], phrase: str, code: str) -> None:
    assert coded(*paragraphs).get(phrase) == code


def test_a_mission_with_its_own_owner_keeps_it() -> None:
    # near miss: "the Japanese embassy" names its own owner, whatever embassy came before
    found = coded("Bolivia's embassy in Madrid has hosted the dissident since March.",
                  "Spanish police also guarded the Japanese embassy on Friday.")
    assert found.get("the Japanese embassy") == "JPNGOV"


def test_a_bare_mission_with_none_named_before_is_left_to_the_sentence() -> None:
    # near miss: no mission earlier in the story, so the rule does not apply
    found = coded("Kenyan police guarded the embassy on Friday.")
    assert found.get("the embassy") != "BOLGOV"


# ------------------------------------------------------------------ a royal's relative


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "code"),
    [
        (("Crowds cheered as Queen Elizabeth's granddaughter opened a school in Kenya.",), "granddaughter", "GBRELI"),
        (("The talks were hosted by Emperor Naruhito's younger brother in Osaka.",), "younger brother", "JPNELI"),
        (("King Salman's son met the French president in Paris.",), "son", "SAUELI"),
    ],
)
def test_a_royals_relative_is_an_elite_of_the_royals_state(
    paragraphs: tuple[str, ...], phrase: str, code: str
) -> None:
    found = coded(*paragraphs)
    assert found.get(phrase) == code, found


def test_a_royals_child_from_a_sector_word_is_no_civilian() -> None:
    found = coded("Reporters asked whether Charles, Queen Elizabeth II's eldest child, would speak.")
    assert found.get("II's eldest child") == "GBRELI", found


def test_a_royal_placed_only_by_the_sentence_lends_nothing() -> None:
    # near miss: a king the tables do not know takes the sentence's country, too weak to place his son
    found = coded("Crowds cheered as King Harald's son opened a school in Tromso.")
    assert "son" not in found, found


def test_a_presidents_son_is_not_a_royal() -> None:
    # near miss: a president is no royal, so his son gets no elite code from him
    found = coded("President Macron's son met farmers in Lyon.")
    assert not any(v and v.endswith("ELI") for k, v in found.items() if "son" in k.split()), found


# ------------------------------------------------------------------ people held under an armed group's name


def test_an_armed_groups_prisoners_are_its_members() -> None:
    found = coded("The Afghan government released five Taliban prisoners on Sunday.")
    assert found.get("Taliban prisoners") == "AFGREB", found


def test_an_armed_groups_hostages_are_not_its_members() -> None:
    # near miss: hostages are the people the group holds, not its fighters
    found = coded("Negotiators sought the release of the Hamas hostages on Sunday.")
    assert not (found.get("the Hamas hostages") or "").endswith("REB"), found


# ------------------------------------------------------------------ a people raiding an armed group's base


def test_a_group_whose_base_a_foreign_people_raid_is_not_theirs() -> None:
    found = coded(
        "Houthi fighters shelled a market in Taiz on Monday.",
        "The Saudis tried to raid a militia base near the port, but their jets were driven off.",
    )
    assert found.get("militia") == "YEMREB", found


def test_a_people_supplying_a_groups_base_is_left_to_other_rules() -> None:
    # near miss: no harm is done to the base, so this rule leaves the sentence's reading alone (whatever it is)
    found = coded("Houthi fighters shelled a market in Taiz on Monday.",
                  "The Saudis wanted to supply a militia base near the port.")
    assert found.get("militia") != "YEMREB", found
