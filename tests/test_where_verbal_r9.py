"""Where verbal acts happen (issue 5, round 9): where they were said, not where what they say took place.

A statement, appeal, accusation, protest or rejection is placed by a "speaking at ..." participle or a speech it was
made in, never by a place named only inside what was said, and a dateline places it only when the speaker is of the
dateline's country or one of the story's own sides. Sentences are written for these tests, in news style.
"""

from __future__ import annotations

import pytest

from dyadwatch.model import Event
from dyadwatch.pipeline import code_article

_VERBAL = ("01", "02", "03", "10", "11", "12", "13")


def _verbal_events(text: str, source: str) -> list[Event]:
    article = code_article(text, published="2024-03-05")
    events = [event for event in article.events if event.cameo_root in _VERBAL
              and event.source is not None and event.source.country == source]
    assert events, f"no verbal act by {source} in {text!r}: {[(e.cameo, e.source) for e in article.events]}"
    return events


def _places(text: str, source: str) -> set[str | None]:
    return {event.location.name if event.location is not None else None for event in _verbal_events(text, source)}


@pytest.mark.parametrize(("text", "source", "place"), [
    ("Speaking to reporters in Geneva, the Iranian foreign minister rejected the US proposal.", "IRN", "Geneva"),
    ("The Iranian foreign minister rejected the US proposal, speaking to reporters in Geneva.", "IRN", "Geneva"),
    ("PARIS, March 4 (Reuters) - Speaking at a summit in Lisbon, President Emmanuel Macron said France rejected "
     "the proposal.", "FRA", "Lisbon"),
    ("The German foreign minister condemned the attacks in a speech in Warsaw.", "DEU", "Warsaw"),
])
def test_a_place_of_saying_places_the_act(text: str, source: str, place: str) -> None:
    assert _places(text, source) == {place}


def test_speaking_about_a_place_is_no_place_of_saying() -> None:
    places = _places("Speaking about the fighting in Gaza, the Egyptian foreign minister condemned Israel.", "EGY")
    assert "Gaza" not in places


@pytest.mark.parametrize(("text", "source", "content_place"), [
    ("Ukraine's foreign minister accused Russia on Monday of shelling grain ports in Odesa overnight.", "UKR",
     "Odesa"),
    ("Poland condemned the Russian strike on a hospital in Lviv.", "POL", "Lviv"),
    ("Japan protested to China over the deployment of ships near the Senkaku islands.", "JPN", "Senkaku Islands"),
])
def test_a_place_inside_what_was_said_does_not_place_the_act(text: str, source: str, content_place: str) -> None:
    assert content_place not in _places(text, source)


def test_a_place_attached_to_the_act_itself_still_places_it() -> None:
    """Near miss: the envoy summoned in the capital, the statement made in the city, keep their places."""
    assert _places("Pakistan's foreign ministry summoned India's deputy high commissioner in Islamabad on Tuesday.",
                   "PAK") == {"Islamabad"}
    assert _places("The Dutch foreign minister told reporters in Luxembourg on Monday that the Netherlands rejected "
                   "the verdict.", "NLD") == {"Luxembourg"}


_CARACAS_STORY = (
    "CARACAS, March 4 (Reuters) - Venezuela's government expelled three U.S. diplomats on Monday, accusing them "
    "of plotting with the opposition.\n\n"
    "Venezuelan officials said the diplomats had met opposition leaders in secret. The United States denied the "
    "charge and said Venezuela had no evidence. Washington has imposed sanctions on Venezuelan oil exports.\n\n"
)


def test_a_foreign_reaction_is_not_placed_at_the_dateline() -> None:
    text = _CARACAS_STORY + ("Russia's foreign ministry warned the United States against any military intervention "
                             "in Venezuela.")
    assert _places(text, "RUS") == {None}


def test_a_speaker_of_the_dateline_country_keeps_the_dateline() -> None:
    """Near miss: the dateline's own government speaks at home."""
    text = _CARACAS_STORY + "Venezuela's foreign minister urged Washington to respect the country's sovereignty."
    assert _places(text, "VEN") == {"Caracas"}


def test_one_of_the_story_sides_keeps_the_dateline() -> None:
    """Near miss: a visiting leader, one of the story's own sides, speaks where the story is filed."""
    text = (
        "BUDAPEST, May 9 (Reuters) - Chinese President Xi Jinping arrived in Budapest on Thursday for talks with "
        "Hungarian Prime Minister Viktor Orban.\n\n"
        "China and Hungary signed 18 agreements on energy and rail. Chinese officials said more deals would "
        "follow.\n\n"
        "Xi urged the European Union to reject protectionism."
    )
    assert "Budapest" in {event.location.name for event in _verbal_events(text, "CHN") if event.location is not None}
