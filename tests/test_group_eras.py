"""Groups coded by the date of the event: an armed movement in power is the government while it holds it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dyadwatch.actors.knowledge import DATA_DIR, load_knowledge
from dyadwatch.actors.mentions import resolve_text
from dyadwatch.pipeline import code_article


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("the Taliban", "1999-03-02", "AFGGOV"),  # first time in power
        ("the Taliban", "2009-07-14", "AFGREB"),  # insurgency
        ("the Taliban", "2023-02-20", "AFGGOV"),  # back in Kabul
        ("the Taliban", "2001", "AFGREB"),  # a year that only starts in power does not count as in power
        ("the Rapid Support Forces", "2019-06-03", "SDNMIL"),  # a state paramilitary then
        ("the Rapid Support Forces", "2024-05-10", "SDNREB"),  # at war with the army
        ("the SPLM", "1998-08-01", "SDNREB"),  # Sudan's rebels before the peace agreement
        ("the SPLM", "2008-08-01", "SDNPTY"),  # in Sudan's unity government
        ("the SPLM", "2016-08-01", "SSDPTY"),  # South Sudan's ruling party
        ("Hayat Tahrir al-Sham", "2022-10-01", "SYRREB"),
        ("Hayat Tahrir al-Sham", "2025-02-01", "SYRGOV"),
    ],
)
def test_a_group_is_coded_by_the_era_of_the_date(text: str, date: str, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.code == code


def test_a_group_without_eras_keeps_its_row() -> None:
    for date in ("1995-01-01", "2024-01-01"):
        actor = resolve_text("Hezbollah", date)
        assert actor is not None and actor.code == "LBNREB"


def test_an_event_of_the_taliban_in_power_has_a_government_source() -> None:
    text = "KABUL - The Taliban hosted a Chinese delegation for talks on mining in Kabul on Monday."
    then = code_article(text, published="2022-06-14").events
    before = code_article(text, published="2012-06-14").events
    assert then and then[0].source is not None and then[0].source.code == "AFGGOV"
    assert before and before[0].source is not None and before[0].source.code == "AFGREB"


def _copy_with_eras(tmp_path: Path, rows: str) -> Path:
    data = tmp_path / "actors"
    shutil.copytree(DATA_DIR, data)
    header = (data / "group_eras.tsv").read_text(encoding="utf-8").splitlines()[:6]
    (data / "group_eras.tsv").write_text("\n".join([*header, rows]) + "\n", encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("NOSUCHGROUP\tGOV\t\t2001-01-01\t\t", "unknown group code"),
        ("TALIBAN\tGOV\t\t2005-01-01\t2001-01-01\t", "not after start"),
        ("TALIBAN\tGOV\tXXX\t2005-01-01\t\t", "unknown iso3"),
        ("TALIBAN\tGOV\t\t\t\t", "needs a sector and a start"),
        ("TALIBAN\tKING\t\t2005-01-01\t\t", "sector"),
    ],
)
def test_a_bad_era_row_names_the_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        load_knowledge(_copy_with_eras(tmp_path, row), include_user=False)
    assert "group_eras.tsv line 7" in str(error.value)
