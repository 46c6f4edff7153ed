"""The one record model every stage shares: articles, sentences, actors, places and events.

This module owns the field names. Stages fill an :class:`Article` one after another (read -> extract ->
language -> actors -> events -> when/where) and never invent their own record shapes; output, evaluation
and the store all go through ``to_dict``. It does no I/O and knows nothing about spaCy.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "DocumentError",
    "Event",
    "Place",
    "Quote",
    "RawDocument",
    "Sentence",
    "article_id_for",
]


def article_id_for(text: str, url: str | None = None) -> str:
    """A stable id for an article without one: the same text (and url) always gives the same id."""
    digest = hashlib.sha1(((url or "") + "\n" + text).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(slots=True)
class RawDocument:
    """One input document as read, before extraction: either HTML or plain text, plus what the input said."""

    source: str  # the path, "<stdin>" or "path:line" for JSONL, used in error messages
    content: str
    is_html: bool
    doc_id: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime as given
    title: str | None = None


@dataclass(slots=True)
class DocumentError:
    """A document that could not be coded, kept as a value so one bad input never stops a batch."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(slots=True)
class Sentence:
    """A body sentence with its character offsets in :attr:`Article.text`."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(slots=True)
class Actor:
    """Who: a state, organisation, armed group, sector or person, coded CAMEO-style.

    ``text`` is the surface form in the article; ``name`` the canonical name; ``country`` ISO 3166-1 alpha-3;
    ``org`` an acronym for international organisations and non-state groups; ``sector`` a CAMEO-style agent
    code (GOV, MIL, ...); ``code`` the combined CAMEO-style code such as ``RUSGOV``.
    """

    text: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "state"  # state | igo | group | person | sector | unknown
    confidence: float = 1.0
    title: str | None = None
    start: int | None = None  # character offsets of this mention in Article.text
    end: int | None = None
    entity_id: str | None = None  # the same id for every mention of one real actor within an article
    via: str | None = None  # how it was resolved: gazetteer, title, coreference, registry, ...

    def to_dict(self) -> dict[str, Any]:
        """The public actor record of the event schema."""
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "org": self.org,
            "sector": self.sector,
            "code": self.code,
        }

    def to_full_dict(self) -> dict[str, Any]:
        """Every field, for ``--format json`` and ``--explain``."""
        return asdict(self)


@dataclass(slots=True)
class Place:
    """Where: a gazetteer entry, with the precision of the match (city, region or country)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str = "city"  # city | region | country
    text: str | None = None  # the surface form in the article

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "precision": self.precision,
        }


@dataclass(slots=True)
class Quote:
    """Who said what: a quotation or reported statement with its speaker, as GDELT's GKG quotations."""

    speaker: Actor | None
    text: str
    verb: str
    sentence_index: int
    span: tuple[int, int]  # character offsets of the quoted text in Article.text
    direct: bool = True  # True for words in quotation marks, False for reported speech ("said that ...")
    event_ids: list[str] = field(default_factory=list)  # events coded from the quoted words

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "verb": self.verb,
            "sentence_index": self.sentence_index,
            "span": list(self.span),
            "direct": self.direct,
            "event_ids": list(self.event_ids),
        }


@dataclass(slots=True)
class Event:
    """Who did what to whom, when and where, with the sentence that proves it."""

    event_id: str
    article_id: str
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    sentence: str
    sentence_index: int
    span: tuple[int, int]  # character offsets of the trigger in Article.text
    trigger: str
    date: str | None = None
    date_precision: str = "unknown"  # day | week | month | year | unknown
    location: Place | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted | negated | future | hypothetical | historical | alleged | denied
    plover_mode: str | None = None
    plover_context: str | None = None
    pattern: str | None = None  # the pattern that fired, for --explain
    reported_by: str | None = None  # event_id of the accusation an alleged event is reported in
    explanation: dict[str, Any] = field(default_factory=dict)
    # material details: dead, injured, arrested, crowd_size, money, equipment [{item, quantity}], arms_deal
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The JSONL event record; its field names are the public contract."""
        record: dict[str, Any] = {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "plover_context": self.plover_context,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "reported_by": self.reported_by,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "span": list(self.span),
            "trigger": self.trigger,
            "attributes": self.attributes,
        }
        if explain:
            record["pattern"] = self.pattern
            record["explanation"] = self.explanation
        return record


@dataclass(slots=True)
class Article:
    """One article as it moves through the pipeline; each stage fills its own fields."""

    article_id: str
    text: str  # the clean body text: paragraphs joined by blank lines; offsets point into it
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    author: str | None = None
    sitename: str | None = None
    source: str | None = None  # where it was read from
    dateline: str | None = None  # e.g. "TEHRAN" from "TEHRAN (Reuters) -"
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The whole article, for ``--format json``."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "author": self.author,
            "sitename": self.sitename,
            "source": self.source,
            "dateline": self.dateline,
            "text": self.text,
            "actors": [a.to_full_dict() for a in self.actors],
            "events": [e.to_dict(explain=explain) for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
