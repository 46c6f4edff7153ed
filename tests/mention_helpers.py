"""Shared helpers for the actor tests that read several paragraphs of one story: parse the paragraphs as the
pipeline does (offsets with a blank line between them) and list each paragraph's actor codes by their text."""

from __future__ import annotations

from dyadwatch.actors.mentions import ArticleActors, find_mentions
from dyadwatch.language import ParsedParagraph, parse_text


def story_mentions(*paragraphs: str, date: str = "2024-05-14", filed_in: str | None = None) -> ArticleActors:
    """The actor mentions of a story made of ``paragraphs``, as of ``date``, filed from ``filed_in`` (ISO3)."""
    parsed, offset = [], 0
    for index, text in enumerate(paragraphs):
        parsed.append(ParsedParagraph(index=index, offset=offset, doc=parse_text(text)))
        offset += len(text) + 2
    return find_mentions(parsed, date, filed_in=filed_in)


def actor_codes(found: ArticleActors, para: int) -> dict[str, str | None]:
    """Each actor mention of paragraph ``para`` by its text, with its CAMEO-style code."""
    return {m.actor.text: m.actor.code for m in found.in_paragraph(para) if m.role == "actor"}
