"""Office holders of 1980-1999 in people.tsv (issue 3, H41): the G20, issue 3's focus states, the Soviet Union, East
Germany, and the heads of the UN, NATO and the European Commission, resolved at the date of the story.

Each case is a short phrase as a wire story of the time writes it, with the story's date: the date picks the office
(in office: its sector; after it: ELI; a namesake of another decade: the other person), and a surname the table
leaves out on purpose (an English word, a common name) stays unknown on its own.
"""

from __future__ import annotations

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.mentions import resolve_text


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        # the Soviet Union is RUS, East Germany DEU (countries.tsv folds them)
        ("Soviet leader Mikhail Gorbachev", "1986-10-11", "Mikhail Gorbachev", "RUSGOV"),
        ("Gorbachev", "1991-06-01", "Mikhail Gorbachev", "RUSGOV"),
        ("Brezhnev", "1981-11-23", "Leonid Brezhnev", "RUSGOV"),
        ("Soviet Foreign Minister Andrei Gromyko", "1983-09-07", "Andrei Gromyko", "RUSGOV"),
        ("Yeltsin", "1993-10-04", "Boris Yeltsin", "RUSGOV"),
        ("Defense Minister Pavel Grachev", "1994-12-20", "Pavel Grachev", "RUSGOV"),
        ("East German leader Erich Honecker", "1987-09-07", "Erich Honecker", "DEUGOV"),
        ("Chancellor Helmut Kohl", "1990-10-03", "Helmut Kohl", "DEUGOV"),
        ("Genscher", "1989-11-10", "Hans-Dietrich Genscher", "DEUGOV"),
        ("Prime Minister Margaret Thatcher", "1982-05-04", "Margaret Thatcher", "GBRGOV"),
        ("Mitterrand", "1990-01-15", "Francois Mitterrand", "FRAGOV"),
        ("Premier Jacques Chirac", "1987-06-01", "Jacques Chirac", "FRAGOV"),
        ("Secretary of State James Baker", "1990-09-01", "James Baker", "USAGOV"),
        ("Reagan", "1986-10-11", "Ronald Reagan", "USAGOV"),
        ("Deng Xiaoping", "1985-04-02", "Deng Xiaoping", "CHNGOV"),
        ("Premier Li Peng", "1990-05-01", "Li Peng", "CHNGOV"),
        ("Prime Minister Rajiv Gandhi", "1987-07-29", "Rajiv Gandhi", "INDGOV"),
        ("Nakasone", "1985-01-02", "Yasuhiro Nakasone", "JPNGOV"),
        ("Mulroney", "1988-01-02", "Brian Mulroney", "CANGOV"),
        ("Hawke", "1988-01-26", "Bob Hawke", "AUSGOV"),
        ("President Turgut Ozal", "1991-01-17", "Turgut Ozal", "TURGOV"),
        ("Roh Tae-woo", "1990-06-04", "Roh Tae-woo", "KORGOV"),
        ("Carlos Menem", "1995-05-14", "Carlos Menem", "ARGGOV"),
        ("Suharto", "1997-12-01", "Suharto", "IDNGOV"),
        ("Mandela", "1995-06-24", "Nelson Mandela", "ZAFGOV"),
        ("Vice President Hosni Mubarak", "1980-06-01", "Hosni Mubarak", "EGYGOV"),
        # heads of international organisations are coded as the organisation while in office
        ("Perez de Cuellar", "1988-08-20", "Javier Perez de Cuellar", "IGO"),
        ("NATO Secretary-General Manfred Woerner", "1990-07-06", "Manfred Worner", "IGOMIL"),
        ("Delors", "1989-06-26", "Jacques Delors", "IGOGOV"),
        # the same person in another office at another date
        ("Boutros-Ghali", "1985-03-01", "Boutros Boutros-Ghali", "EGYGOV"),
        ("Boutros-Ghali", "1994-03-01", "Boutros Boutros-Ghali", "IGO"),
        ("Waldheim", "1980-03-01", "Kurt Waldheim", "IGO"),
        ("Waldheim", "1988-03-01", "Kurt Waldheim", "AUTGOV"),
        ("Carrington", "1981-02-01", "Lord Carrington", "GBRGOV"),
        ("Carrington", "1986-02-01", "Lord Carrington", "IGOMIL"),
    ],
)
def test_office_holders_of_the_1980s_and_1990s_resolve_by_date(text: str, date: str, name: str, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and (actor.name, actor.code) == (name, code), (text, date, actor)


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        ("Gorbachev", "1995-03-01", "Mikhail Gorbachev", "RUSELI"),
        ("Thatcher", "1993-05-01", "Margaret Thatcher", "GBRELI"),
        ("Reagan", "1992-03-01", "Ronald Reagan", "USAELI"),
        ("Chirac", "1991-06-01", "Jacques Chirac", "FRAELI"),  # between his premiership and his presidency
        ("Perez de Cuellar", "1995-01-01", "Javier Perez de Cuellar", "ELI"),  # a former UN head speaks for no one
    ],
)
def test_a_holder_after_leaving_office_is_eli(text: str, date: str, name: str, code: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and (actor.name, actor.code) == (name, code), (text, date, actor)


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("President George Bush", "1990-08-10", "George H. W. Bush"),
        ("President George Bush", "2005-03-01", "George W. Bush"),
        ("Bush", "1985-06-01", "George H. W. Bush"),  # then vice president
        ("Bush", "2006-02-01", "George W. Bush"),
        ("Trudeau", "1982-04-17", "Pierre Trudeau"),
        ("Trudeau", "2016-01-01", "Justin Trudeau"),
        ("Roh", "1990-01-01", "Roh Tae-woo"),
        ("Roh", "2005-01-01", "Roh Moo-hyun"),
        ("Herzog", "1996-01-01", "Roman Herzog"),
        ("Herzog", "1990-01-01", "Chaim Herzog"),
        ("Kono", "1995-01-01", "Yohei Kono"),
        ("Kono", "2018-01-01", "Taro Kono"),
    ],
)
def test_namesakes_of_different_decades_are_told_apart_by_date(text: str, date: str, name: str) -> None:
    actor = resolve_text(text, date)
    assert actor is not None and actor.name == name and actor.sector == "GOV", (text, date, actor)


@pytest.mark.parametrize(
    ("surname", "date"),
    [
        ("Baker", "1990-09-01"),  # an English word: James Baker only by his full name
        ("Major", "1992-04-10"),
        ("Carter", "1980-01-01"),  # a common name
        ("Zhao", "1988-01-01"),
        ("Gandhi", "1987-07-29"),  # Indira, Rajiv, Sonia, Rahul and the Mahatma
        ("Botha", "1986-01-01"),  # P. W. and Pik Botha served together
    ],
)
def test_left_out_surnames_stay_unknown(surname: str, date: str) -> None:
    actor = resolve_text(surname, date)
    assert actor is None or actor.country is None, (surname, actor)


def test_full_names_behind_left_out_surnames_are_known() -> None:
    knowledge = load_knowledge()
    for full, date in (("James Baker", "1990-09-01"), ("John Major", "1992-04-10"), ("Jimmy Carter", "1980-01-01")):
        people = knowledge.people_named(full, date)
        assert people and people[0].active_on(date), full
    assert not knowledge.people_named("Baker") and not knowledge.people_named("Major")


def test_early_rows_end_where_the_next_holder_starts() -> None:
    """Successive holders of one office in this section do not overlap: a date never finds two at once."""
    knowledge = load_knowledge()
    for name, date in (("Gorbachev", "1985-03-12"), ("Yeltsin", "1992-01-01"), ("Kohl", "1982-10-02")):
        people = knowledge.people_named(name, date)
        assert sum(person.active_on(date) for person in people) == 1, name
    soviet_leaders = ["Brezhnev", "Andropov", "Chernenko", "Gorbachev"]
    for day in ("1982-11-11", "1984-02-10", "1985-03-10"):  # the days between one death and the next election
        holders = [n for n in soviet_leaders if any(p.active_on(day) for p in knowledge.people_named(n, day))]
        assert len(holders) <= 1, (day, holders)
