"""People of the 2009-2026 news beyond heads of government (issue 3, H39): resolution by the event date.

Each case is a short text and a date; the expected reading is the person's country (or organisation) and the
CAMEO sector of the office held on that date. Near misses check that the date, not the name alone, decides:
the same person before the role began, after it ended, and namesakes the date tells apart.
"""

from __future__ import annotations

import pytest

from dyadwatch.actors.mentions import resolve_text


@pytest.mark.parametrize(
    ("text", "date", "country", "org", "sector"),
    [
        # United States: cabinet, intelligence, Congress, governors, candidates
        ("Treasury Secretary Scott Bessent", "2025-04-09", "USA", None, "GOV"),
        ("FBI Director Christopher Wray", "2019-07-23", "USA", None, "COP"),
        ("Haspel", "2019-02-12", "USA", None, "SPY"),
        ("Senate Majority Leader Chuck Schumer", "2022-08-07", "USA", None, "LEG"),
        ("Pelosi", "2022-08-02", "USA", None, "LEG"),
        ("Governor Gavin Newsom", "2024-06-10", "USA", None, "GOV"),
        ("Karoline Leavitt", "2025-03-04", "USA", None, "GOV"),
        ("Vance", "2025-02-14", "USA", None, "GOV"),
        ("Clinton", "2016-09-26", "USA", None, "PTY"),
        ("Obama", "2008-06-03", "USA", None, "PTY"),
        # Russia, Ukraine, Israel, Iran, Turkey, Europe, India
        ("Kremlin official Maria Zakharova", "2023-03-01", "RUS", None, "GOV"),
        ("Nabiullina", "2022-02-28", "RUS", None, "GOV"),
        ("Patrushev", "2005-06-01", "RUS", None, "SPY"),
        ("Yermak", "2023-02-01", "UKR", None, "GOV"),
        ("Budanov", "2023-05-29", "UKR", None, "SPY"),
        ("Ben-Gvir", "2023-05-01", "ISR", None, "GOV"),
        ("Ghalibaf", "2024-04-14", "IRN", None, "LEG"),
        ("Kalin", "2024-01-15", "TUR", None, "SPY"),
        ("Rachel Reeves", "2025-03-26", "GBR", None, "GOV"),
        ("Amit Shah", "2021-01-01", "IND", None, "GOV"),
        # EU and UN: coded as the organisation while in office
        ("Metsola", "2023-01-17", None, "EP", "LEG"),
        ("Vestager", "2018-07-18", None, "EC", "GOV"),
        ("Lazzarini", "2024-01-28", None, "UNRWA", "REF"),
        ("Grandi", "2012-01-01", None, "UNRWA", "REF"),
        ("Grandi", "2020-06-20", None, "UNHCR", "REF"),
        # one person, several roles: the date picks the row
        ("Ben-Gvir", "2025-02-01", "ISR", None, "PTY"),
        ("Gantz", "2024-01-10", "ISR", None, "GOV"),
        ("Gantz", "2024-08-01", "ISR", None, "OPP"),
        ("Pushilin", "2020-01-01", "UKR", None, "SEP"),
        ("Pushilin", "2023-01-01", "RUS", None, "GOV"),
        ("Guterres", "2010-06-20", None, "UNHCR", "REF"),
        ("Guterres", "2020-06-20", None, "UN", "IGO"),
    ],
)
def test_people_resolve_by_date(text: str, date: str, country: str | None, org: str | None, sector: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None, (text, date)
    assert (actor.country, actor.org, actor.sector) == (country, org, sector), (text, date, actor)


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        # a surname two people share at different times: the date picks the holder
        ("Powell", "2020-03-15", "Jerome Powell"),
        ("Powell", "2003-02-05", "Colin Powell"),
        ("Le Pen", "2002-04-21", "Jean-Marie Le Pen"),
        ("Le Pen", "2017-05-07", "Marine Le Pen"),
    ],
)
def test_namesakes_are_told_apart_by_date(text: str, date: str, name: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.name == name, (text, date, actor)


@pytest.mark.parametrize(
    ("text", "date", "office_sector"),
    [
        ("Budanov", "2018-03-01", "SPY"),  # before he led military intelligence
        ("Yermak", "2026-01-15", "GOV"),  # after he resigned as head of the presidential office
        ("Wray", "2025-06-01", "COP"),  # after he left the FBI
        ("Trump", "2022-01-10", "PTY"),  # between his presidency and his second campaign
    ],
)
def test_outside_the_term_the_office_is_not_given(text: str, date: str, office_sector: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.sector != office_sector, (text, date, actor)


def test_surnames_that_are_words_places_or_common_stay_unknown() -> None:
    # "Clapper", "Sturgeon", "Cleverly" and "Bolton" are words or a town; "Patel" and "Shah" are common names
    for text in ("Clapper", "Sturgeon", "Cleverly", "Bolton", "Patel", "Shah"):
        actor = resolve_text(text, "2019-06-01")
        assert actor is None or actor.kind != "person" or actor.country is None, (text, actor)


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Hong Kong Chief Executive Carrie Lam", "2019-10-01", "HKGGOV"),  # not a company's chief executive
        ("Carrie Lam", "2023-10-01", "HKGELI"),
        ("Leung Chun-ying", "2014-09-30", "HKGGOV"),
    ],
)
def test_hong_kong_chief_executives_by_date(text: str, date: str, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.code == code
