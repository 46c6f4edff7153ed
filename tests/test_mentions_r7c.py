"""Actor resolution in long articles, round 7c (H113): a party name several states share is the story's state's
party (party_names.tsv), an armed group at home in several theatres is the theatre's, and no state's abroad
(transnational_groups.tsv), a group with no state is no IGO, and a firm's name where something is bought, used or
streamed is no actor while a group company named after its parent acts. Every rule has a near miss. Sentences
are written here, in news style."""

from __future__ import annotations

import pytest
from mention_helpers import actors_in_last, codes_in_last

from dyadwatch.actors.knowledge import group_theatres, load_knowledge, party_name_key, shared_party_names


def _codes(*paragraphs: str) -> dict[str, str | None]:
    return codes_in_last(*paragraphs, date="2023-02-20")


# ------------------------------------------------------------------ party names several states share


def test_shared_party_name_is_the_story_states_party() -> None:
    codes = _codes(
        "Voters in Nigeria queued for hours on Saturday in a close presidential race.",
        "The Labour Party said its agents were turned away from polling units in Lagos.",
    )
    assert codes.get("Labour Party") == "NGAPTY"  # not Britain's


def test_shared_party_name_in_the_rows_own_state_keeps_the_row() -> None:  # near miss
    codes = _codes(
        "Britain's prime minister faced a revolt in parliament on Tuesday.",
        "The Labour Party said it would vote against the budget in London.",
    )
    assert codes.get("Labour Party") == "GBRPTY"


def test_shared_party_name_in_a_state_without_one_is_no_states() -> None:
    codes = _codes(
        "Voters in Ghana queued for hours on Saturday in a close presidential race.",
        "The Labour Party said the count was rigged.",
    )
    assert codes.get("Labour Party") == "PTY"  # Ghana has no Labour Party: neither GHA nor GBR


def test_a_partys_own_state_beats_the_sentences_other_states() -> None:
    found = actors_in_last(
        "Nigeria's Labour Party met British Labour Party officials in London on Monday.",
        date="2023-02-20",
    )
    pairs = [(m.actor.text, m.actor.code) for m in found]
    assert pairs[1] == ("Labour Party", "NGAPTY")  # after "Nigeria"
    assert "GBRPTY" in {code for _, code in pairs[2:]}  # the British party and its officials stay British


def test_a_role_of_a_shared_party_takes_its_state() -> None:
    codes = _codes(
        "Voters in Nigeria queued for hours on Saturday in a close presidential race.",
        "A Labour Party official was shot dead near a polling unit in Lagos.",
    )
    assert codes.get("A Labour Party official") == "NGAPTY"


def test_party_names_table_loads_and_knows_its_states() -> None:
    names = shared_party_names()
    assert "NGA" in names[party_name_key("Labour Party")]
    assert names[party_name_key("Peoples' Democratic Party")] == names[party_name_key("Peoples Democratic Party")]
    knowledge = load_knowledge(include_user=False)
    for key, states in names.items():
        assert len(states) > 1, key
        assert all(knowledge.country(state) is not None for state in states), key


# ------------------------------------------------------------------ transnational armed groups


def test_a_group_acting_abroad_has_no_home_state() -> None:
    codes = _codes(
        "Gunmen opened fire in a shopping centre near Moscow on Friday, killing dozens of people.",
        "Islamic State said its fighters carried out the attack.",
    )
    assert codes.get("Islamic State") == "REB"  # not Syria's rebels


def test_a_group_in_one_of_its_theatres_is_that_states() -> None:  # near miss
    codes = _codes("Iraqi troops fought Islamic State militants in the desert west of Mosul on Tuesday.")
    assert codes.get("Islamic State") == "IRQREB"


def test_a_group_with_no_state_in_sight_keeps_its_row() -> None:
    codes = _codes("Islamic State has lost nearly all the land it once held.")
    assert codes.get("Islamic State") == "SYRREB"


def test_a_group_without_a_state_is_no_igo() -> None:
    codes = _codes("Al-Qaeda praised the attack in an online statement.")
    assert codes.get("Al-Qaeda") == "REB"


def test_theatres_table_names_known_groups() -> None:
    knowledge = load_knowledge(include_user=False)
    for code, states in group_theatres().items():
        assert code in knowledge.organizations, code
        assert all(knowledge.country(state) is not None for state in states), code


# ------------------------------------------------------------------ firms where something is got or used


@pytest.mark.parametrize(
    "sentence",
    [
        "She bought the trainers from Walmart last week, her lawyer said.",
        "Older versions of Spotify will stop working on Friday, the regulator said.",
        "The documentary will stream on Disney + from next month.",
    ],
)
def test_a_firm_where_something_is_got_or_used_is_no_actor(sentence: str) -> None:
    codes = _codes(sentence)
    assert not any(code and code.endswith("BUS") for code in codes.values()), codes


def test_a_firm_that_speaks_or_acts_stays_an_actor() -> None:  # near misses
    assert _codes("A statement from Walmart said the store would reopen.").get("Walmart") == "USABUS"
    assert _codes("Spotify removed the podcast after complaints from listeners.").get("Spotify") == "SWEBUS"


def test_a_group_company_named_after_its_parent_acts() -> None:
    codes = _codes("Hanwha Q Cells will build a solar panel factory in Georgia, the company said.")
    assert codes.get("Hanwha") == "KORBUS"


def test_a_product_named_after_its_maker_stays_no_actor() -> None:  # near miss
    codes = _codes("Russian troops used Google Maps to find the bridge, a Ukrainian officer said.")
    assert "Google" not in codes


def test_a_story_that_named_a_theatre_keeps_the_groups_home() -> None:  # near miss
    codes = _codes(
        "The United States has kept troops at a desert base in Syria since 2016.",
        "The Pentagon said the base was used in the campaign against the Islamic State group.",
    )
    assert codes.get("Islamic State group") == "SYRREB"  # the Pentagon is the fighter, not the theatre


def test_a_product_arriving_is_no_group_company() -> None:  # near miss
    codes = _codes("Google Stadia launches next month with several features still absent, reviewers said.")
    assert "Google" not in codes


# ------------------------------------------------------------------ headlines in capitals


def test_an_acronym_in_a_shouted_headline_is_a_word() -> None:
    assert "IS" not in _codes("WHO IS THE FRONT-RUNNER IN THE RACE?")


def test_an_acronym_in_an_ordinary_sentence_stays_the_group() -> None:  # near miss
    assert _codes("IS fighters attacked an army post near Raqqa in Syria.").get("IS") == "SYRREB"
