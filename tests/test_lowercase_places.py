"""A common noun the tagger marks as a facility or place ("closed several metro stations") is no town, however a
gazetteer spells one (Metro, Indonesia): neither the actor finder nor the event's place takes it. Near miss: the
same word capitalised as a name is still looked up."""

from __future__ import annotations

from dyadwatch.pipeline import code_article

STORY = (
    "ISTANBUL, March 20 (Reuters) - Turkish police detained the city's mayor on Wednesday.\n\n"
    "The Istanbul governor's office banned all demonstrations in the city on Wednesday and closed several "
    "metro stations near the city hall."
)


def test_a_lowercase_common_noun_is_no_place() -> None:
    events = code_article(STORY, published="2025-03-20").events
    closed = [e for e in events if e.trigger == "closed"]
    assert closed, "the closure is coded"
    assert all(e.location is None or e.location.country == "TUR" for e in closed)
    assert all(e.target is None or e.target.country == "TUR" for e in closed)


def test_a_capitalised_name_is_still_a_place() -> None:
    # near miss: a real town name keeps its own country
    text = "JAKARTA, May 2 (Reuters) - Indonesian police detained two men in Metro on Tuesday."
    events = code_article(text, published="2024-05-02").events
    assert any(e.location is not None and e.location.country == "IDN" for e in events)


def test_the_state_of_a_name_is_that_division() -> None:
    # "the southern state of Delta" is Nigeria's Delta State, not Delta, British Columbia
    text = "LAGOS, Feb 26 (Reuters) - In the southern state of Delta, gunmen shot dead a party official on Sunday."
    events = code_article(text, published="2023-02-26").events
    assert events and all(e.location is not None and e.location.country == "NGA" for e in events)
