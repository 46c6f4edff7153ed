"""What the actor-mention tests share: a test article's paragraphs parsed and run through the mention finder,
and what it made of the last paragraph. Each test module binds its own article date with functools.partial."""

from __future__ import annotations

from dyadwatch.actors.mentions import ArticleActors, Mention, find_mentions
from dyadwatch.language import ParsedParagraph, parse_text


def mentions_of(*paragraphs: str, date: str, filed_in: str | None = None) -> ArticleActors:
    """The mentions of an article made of these paragraphs, published on ``date``, filed from ``filed_in``."""
    parsed, offset = [], 0
    for index, text in enumerate(paragraphs):
        parsed.append(ParsedParagraph(index=index, offset=offset, doc=parse_text(text)))
        offset += len(text) + 2
    return find_mentions(parsed, date, filed_in=filed_in)


def actors_in_last(*paragraphs: str, date: str) -> list[Mention]:
    """The actor mentions (not places or people's pronouns) of the last paragraph."""
    found = mentions_of(*paragraphs, date=date)
    return [m for m in found.in_paragraph(len(paragraphs) - 1) if m.role == "actor"]


def codes_in_last(*paragraphs: str, date: str) -> dict[str, str | None]:
    """Each actor mention's text in the last paragraph mapped to its code."""
    return {m.actor.text: m.actor.code for m in actors_in_last(*paragraphs, date=date)}


def actor_codes(found: ArticleActors, para: int) -> dict[str, str | None]:
    """Each actor mention's text in paragraph ``para`` mapped to its code."""
    return {m.actor.text: m.actor.code for m in found.in_paragraph(para) if m.role == "actor"}
