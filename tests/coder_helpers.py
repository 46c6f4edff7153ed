"""What the coder tests share: a short test text (one paragraph per line) parsed, its actors found as of a date,
and coded with a pattern set the test module wrote itself."""

from __future__ import annotations

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import CodedEvent, code_paragraphs
from dyadwatch.events.patterns import PatternSet
from dyadwatch.language import ParsedParagraph, parse_text
from dyadwatch.pipeline import code_article


def code_text(text: str, patterns: PatternSet, date: str = "2023-05-10", statements: bool = False) -> list[CodedEvent]:
    """The events coded from ``text``; each line is a paragraph of one article published on ``date``."""
    paragraphs = [ParsedParagraph(index=i, offset=0, doc=parse_text(line)) for i, line in enumerate(text.split("\n"))]
    return code_paragraphs(paragraphs, find_mentions(paragraphs, date), patterns, statements=statements)


def summary(events: list[CodedEvent]) -> set[tuple[str, str | None, str | None, str]]:
    """Each event as (code, source country, target country, modality): what most coder assertions compare."""
    return {
        (e.code.code, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
        for e in events
    }


def dyads_of(events: list[CodedEvent], code: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events with one CAMEO code: what the target tests compare."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.code.code == code
    }


def sentence_events(sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    """(CAMEO code, source code, target code, modality) of each event the whole pipeline codes in a sentence
    published on a fixed day: the shipped patterns and actors, as a user gets them."""
    article = code_article(sentence, published="2024-03-05")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
        for e in article.events
    ]


def asserted_roots(sentence: str) -> set[str]:
    """The CAMEO roots of a sentence's asserted events."""
    return {code[:2] for code, _, _, modality in sentence_events(sentence) if modality == "asserted"}
