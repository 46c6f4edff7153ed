"""Titles and honorifics before a known person's name, and a person named before the office the table knows."""

from __future__ import annotations

import pytest

from dyadwatch.actors.mentions import resolve_text


@pytest.mark.parametrize(
    ("text", "date", "code", "name"),
    [
        # a title the tagger kept inside the name: the name after it is looked up
        ("Sheikh Tamim bin Hamad Al Thani", "2019-03-01", "QATGOV", "Tamim bin Hamad Al Thani"),
        ("Emir Sheikh Tamim bin Hamad", "2021-05-11", "QATGOV", "Tamim bin Hamad Al Thani"),
        ("Prince Mohammed bin Salman", "2023-09-09", "SAUGOV", "Mohammed bin Salman"),
        # "Sheikh" is an honorific: no cleric's sector for a known office holder
        ("Sheikh Mohammed bin Rashid", "2020-02-02", "AREGOV", "Mohammed bin Rashid"),
    ],
)
def test_a_title_inside_the_name_leaves_the_name_to_look_up(text: str, date: str, code: str, name: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and (actor.code, actor.name) == (code, name)


def test_an_unknown_sheikh_is_still_a_cleric() -> None:
    actor = resolve_text("a Sunni sheikh", "2020-02-02")
    assert actor is not None and actor.sector == "REL"


def test_a_person_before_the_known_office_is_not_called_its_former_holder() -> None:
    before = resolve_text("Volodymyr Zelensky", "2016-04-01")
    after = resolve_text("Volodymyr Zelensky", "2019-06-01")
    assert before is not None and before.country == "UKR"
    assert before.via == "people (before taking office)" and not (before.title or "").startswith("former")
    assert after is not None and after.code == "UKRGOV"


def test_a_person_after_the_office_is_its_former_holder() -> None:
    actor = resolve_text("Angela Merkel", "2023-03-01")
    assert actor is not None and actor.code == "DEUELI" and (actor.title or "").startswith("former")


def test_an_honorific_names_no_office_for_a_known_person_out_of_office() -> None:
    actor = resolve_text("Sheikh Mohamed bin Zayed", "2019-03-01")  # his known office starts in 2022
    assert actor is not None and actor.country == "ARE" and actor.sector != "REL"


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        # a person with a national and an international office: the title says which one speaks
        ("UN Secretary-General Boutros Boutros-Ghali", None, "IGO"),
        ("UN Secretary-General Boutros Boutros-Ghali", "1994-06-01", "IGO"),
        ("Foreign Minister Boutros Boutros-Ghali", None, "EGYGOV"),
        ("Boutros Boutros-Ghali", "1985-06-01", "EGYGOV"),
        # "former" keeps him out of office, whatever the title names
        ("former UN Secretary-General Boutros Boutros-Ghali", "2005-01-01", "ELI"),
    ],
)
def test_the_office_named_in_the_title_picks_the_persons_row(text: str, date: str | None, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.code == code
