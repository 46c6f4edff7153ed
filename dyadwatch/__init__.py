"""dyadwatch: code news articles into political event data, offline.

The public API: :func:`code_article` for one article (HTML or text), :func:`code_articles` for a stream of read
documents, :func:`read_inputs` to read files, JSONL or stdin, and the record types of :mod:`dyadwatch.model`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model import Actor, Article, DocumentError, Event, Place, RawDocument, Sentence
from .pipeline import Options, code_article, code_articles
from .read import read_inputs

__all__ = [
    "Actor",
    "Article",
    "DocumentError",
    "Event",
    "Options",
    "Place",
    "RawDocument",
    "Sentence",
    "__version__",
    "code_article",
    "code_articles",
    "read_inputs",
]
