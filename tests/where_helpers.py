"""What the place and date tests share: the event place chosen for one trigger word of a parsed sentence, as the
pipeline chooses it (a dateline and the article's context countries optional), and an article's coded events
looked up by trigger word."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from dyadwatch.model import Event, Place
from dyadwatch.pipeline import code_article
from dyadwatch.where import choose_event_location, dateline_place


def locate(nlp: Language, text: str, trigger: str, dateline: str | None = None,
           context: tuple[str, ...] = ()) -> tuple[str, str | None] | None:
    """(place name, country) chosen for the first token spelled ``trigger``, or None when nothing places it."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    place: Place | None = choose_event_location(doc[:], token, context, dateline_place(dateline, context))
    return (place.name, place.country) if place is not None else None


@cache
def coded_events(text: str, published: str) -> tuple[Event, ...]:
    """The events of one article, coded once per test session."""
    return tuple(code_article(text, published=published).events)


def event_on(text: str, published: str, trigger: str) -> Event:
    """The first event of an article whose trigger is ``trigger``; fails the test, naming the triggers, if none."""
    found = [event for event in coded_events(text, published) if event.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[e.trigger for e in coded_events(text, published)]}"
    return found[0]
