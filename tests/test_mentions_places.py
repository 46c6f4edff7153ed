"""Actors whose country is in their own words, places named as actors, and sub-national office holders (issue 3,
H54). Each rule has sentences of its own and a near miss; see "Places in actor phrases" in the actors README."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

from dyadwatch.actors.mentions import resolve_text

mentions_of = partial(mention_helpers.mentions_of, date="2023-05-10")
actors_in = partial(mention_helpers.actors_in_last, date="2023-05-10")
coded = partial(mention_helpers.codes_in_last, date="2023-05-10")


# ----------------------------------------------------------------------- an institution named after its place


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Amherst College suspended two student groups on Friday.", "Amherst College", "USAEDU"),
        ("Lagos State House of Assembly passed the budget bill.", "State House of Assembly", "NGALEG"),
        ("The Odesa port authority halted grain shipments overnight.", "The Odesa port authority", "UKRGOV"),
    ],
)
def test_an_institution_named_after_its_place_takes_its_country(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_a_listed_institution_keeps_its_table_row_over_a_namesake_capital() -> None:
    # Georgetown is Guyana's capital; the university is a groups.tsv row in the United States
    assert coded("Georgetown University said it would review the grant.").get("Georgetown University") == "USAEDU"


def test_a_person_named_like_a_city_is_no_place() -> None:
    found = actors_in("Paris Hilton sued the magazine over the photographs.")
    assert all(m.actor.country != "FRA" for m in found)


# -------------------------------------------------------------------------------------------- a role of a place


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The mayor of Kharkiv said three people were wounded.", "The mayor of Kharkiv", "UKRGOV"),
        (
            "The deputy governor of the Tyumen region resigned on Monday.",
            "The deputy governor of the Tyumen region",
            "RUSGOV",
        ),
        ("Tyumen regional police detained two men on Monday.", "Tyumen regional police", "RUSCOP"),
    ],
)
def test_a_role_of_a_place_takes_the_places_country(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_a_small_namesake_town_gives_a_role_phrase_no_country() -> None:
    # Mercedes is a small town in Uruguay and Argentina: in front of "executives" it is the carmaker
    found = coded("Mercedes executives met the union leaders on Tuesday.")
    assert found.get("Mercedes executives") == "BUS"


# ---------------------------------------------------------------------------------- places named as actors


def test_a_state_of_a_federation_acting_is_its_sub_national_government() -> None:
    assert coded("Texas sued the administration over the border rules.").get("Texas") == "USAGOV"


def test_a_city_acting_is_its_people() -> None:
    assert coded("Sydney celebrated the victory with fireworks.").get("Sydney") == "AUSCVL"


def test_a_city_the_verb_only_describes_stays_a_place() -> None:
    found = mentions_of("Kharkiv lies 30 kilometres from the border.").in_paragraph(0)
    assert not any(m.role == "actor" and m.actor.text == "Kharkiv" for m in found)


def test_a_capital_named_as_actor_stays_the_government() -> None:
    assert coded("Moscow rejected the proposal on Monday.").get("Moscow") == "RUSGOV"


# ------------------------------------------------------------------- sub-national office holders by the date


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Babagana Zulum", "2021-03-02", "NGAGOV"),
        ("Matawalle", "2020-12-12", "NGAGOV"),
        ("Wike", "2024-01-15", "NGAGOV"),
        ("Syniehubov", "2024-05-11", "UKRGOV"),
        ("Vitaliy Kim", "2022-03-29", "UKRGOV"),
        ("Oleksandr Prokudin", "2023-11-20", "UKRGOV"),
        ("Devendra Fadnavis", "2016-05-01", "INDGOV"),
        ("M. K. Stalin", "2022-01-10", "INDGOV"),
        ("Usman Buzdar", "2020-06-01", "PAKGOV"),
        ("Claudia Sheinbaum", "2020-04-01", "MEXGOV"),
        ("Clara Brugada", "2025-01-20", "MEXGOV"),
    ],
)
def test_sub_national_office_holders_are_their_states_government(text: str, date: str, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ganduje", "2024-02-01"),  # Kano's governor until 2023-05-29
        ("Usman Buzdar", "2023-06-01"),  # Punjab's chief minister until 2022-04-30
        ("Gehlot", "2024-03-01"),  # Rajasthan's chief minister until 2023-12-15
    ],
)
def test_a_governor_after_the_term_is_a_former_office_holder(text: str, date: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.sector == "ELI"


@pytest.mark.parametrize("surname", ["Bello", "Yusuf", "Kumar", "Patel", "Reddy"])
def test_common_surnames_are_no_bare_aliases(surname: str) -> None:
    actor = resolve_text(surname, "2021-06-01")
    assert actor is None or actor.kind != "person" or actor.country is None


def test_a_city_given_alone_as_an_actor_is_its_people_but_an_area_is_only_its_country() -> None:
    city = resolve_text("Kharkiv", "2023-05-10")
    area = resolve_text("Donbas", "2023-05-10")
    assert city is not None and city.code == "UKRCVL"
    assert area is not None and area.code == "UKR"


def test_a_city_team_in_a_game_report_is_no_acting_city() -> None:
    found = coded("Senators 4, Canucks 2: Calgary held on to beat Edmonton on Saturday night.")
    assert "Calgary" not in found and "Edmonton" not in found


def test_a_dateline_city_is_no_acting_city() -> None:
    found = coded("Indianapolis – Several thousand nurses marched to the statehouse on Tuesday.")
    assert "Indianapolis" not in found
