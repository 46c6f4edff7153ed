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
    "read_events",
    "read_inputs",
]


def __getattr__(name: str) -> object:
    """``read_events`` imports pandas and pyarrow: load them only when it is asked for."""
    if name == "read_events":
        from .export import read_events

        return read_events
    raise AttributeError(f"module 'dyadwatch' has no attribute {name!r}")
