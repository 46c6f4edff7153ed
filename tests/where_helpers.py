"""What the place tests share: the event place chosen for one trigger word of a parsed sentence, as the
pipeline chooses it (a dateline and the article's context countries optional)."""

from __future__ import annotations

from spacy.language import Language

from dyadwatch.model import Place
from dyadwatch.where import choose_event_location, dateline_place


def locate(nlp: Language, text: str, trigger: str, dateline: str | None = None,
           context: tuple[str, ...] = ()) -> tuple[str, str | None] | None:
    """(place name, country) chosen for the first token spelled ``trigger``, or None when nothing places it."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    place: Place | None = choose_event_location(doc[:], token, context, dateline_place(dateline, context))
    return (place.name, place.country) if place is not None else None
