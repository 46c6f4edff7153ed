"""Places of meetings told after the sentence that places the gathering (issue 5, round 9): "X and Y arrived in
Samarkand for the summit." then "X and Y met and agreed to ..." happened in Samarkand, not at the dateline. Each
case with near misses: other parties, a telephone call, a sentence between, a later day, a place of its own."""

from __future__ import annotations

from functools import cache

from dyadwatch.model import Event
from dyadwatch.pipeline import code_article

PUBLISHED = "2023-06-09"


@cache
def _events(text: str) -> tuple[Event, ...]:
    return tuple(code_article(text, published=PUBLISHED).events)


def _places(text: str, trigger: str) -> set[str | None]:
    found = [event for event in _events(text) if event.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.cameo) for e in _events(text)]}"
    return {event.location.name if event.location else None for event in found}


ARRIVAL = ("MOSCOW (Reuters) - Indian Prime Minister Narendra Modi arrived in Tashkent on Thursday for talks with "
           "Uzbek President Shavkat Mirziyoyev.")


def test_meeting_after_an_arrival_takes_the_gathering_place() -> None:
    text = ARRIVAL + "\n\nModi and Mirziyoyev met at the presidential palace and agreed to expand trade."
    assert _places(text, "arrived") == {"Tashkent"}
    assert _places(text, "met") == {"Tashkent"}
    assert _places(text, "agreed") == {"Tashkent"}


def test_pact_signed_by_the_same_leaders_takes_the_gathering_place() -> None:
    text = ARRIVAL + " Modi and Mirziyoyev signed a defence cooperation pact on Thursday."
    assert _places(text, "signed") == {"Tashkent"}


def test_act_of_other_parties_keeps_the_dateline() -> None:
    # near miss: the next sentence is about other countries, so the subject has changed
    text = ARRIVAL + "\n\nRussia and China signed a gas supply deal on Thursday."
    assert _places(text, "signed") == {"Moscow"}


def test_act_on_another_day_keeps_the_dateline() -> None:
    # near miss: the same leaders, but on a day other than the gathering's
    text = ARRIVAL + "\n\nModi and Mirziyoyev signed a defence cooperation pact on Monday."
    assert _places(text, "signed") == {"Moscow"}


def test_telephone_call_places_no_gathering() -> None:
    # near miss: a call is no gathering, even when its sentence names a city
    text = ("MOSCOW (Reuters) - In Tashkent on Thursday, Indian Prime Minister Narendra Modi spoke by phone with "
            "Uzbek President Shavkat Mirziyoyev.\n\nModi and Mirziyoyev agreed to expand trade.")
    assert _places(text, "spoke") == {"Tashkent"}
    assert _places(text, "agreed") == {"Moscow"}


def test_a_sentence_between_ends_the_gathering() -> None:
    # near miss: a sentence of other acts between the gathering and the agreement breaks the telling
    text = ARRIVAL + (" Police detained 20 protesters in Moscow on Thursday.\n\nModi and Mirziyoyev agreed to "
                      "expand trade on Thursday.")
    assert "Tashkent" not in _places(text, "agreed")


def test_a_follow_on_sentence_with_its_own_place_keeps_it() -> None:
    text = ARRIVAL + "\n\nModi and Mirziyoyev later met in Samarkand and agreed to expand trade."
    assert _places(text, "met") == {"Samarkand"}
