"""Ingest: find input files and URLs, code each new document once and store it with its events.

This module owns walking inputs (files, directories recursively, glob patterns), skipping documents whose
content hash is already stored (so a rerun after Ctrl-C or ``kill -9`` resumes where it stopped, without
re-coding anything), and counting what happened. Reading a file is :mod:`dyadwatch.read`'s and
:mod:`dyadwatch.read_archive`'s job (WARC and feeds), fetching a URL :mod:`dyadwatch.fetch`'s, coding
:mod:`dyadwatch.pipeline`'s, and the transaction :mod:`dyadwatch.store`'s; progress display is the CLI's.
"""

from __future__ import annotations

import glob
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .actors.registry import learned_people, record_actors, remember
from .fetch import FetchLimits, fetch_documents
from .model import Actor, DocumentError, RawDocument
from .pipeline import Options, code_raw
from .read_archive import ARCHIVE_SUFFIXES, is_feed, read_documents
from .store import Store, content_hash

__all__ = ["INPUT_SUFFIXES", "IngestStats", "discover_inputs", "ingest", "ingest_documents"]

# What a directory walk picks up; a file named explicitly is read whatever its suffix.
INPUT_SUFFIXES: tuple[str, ...] = (
    ".html", ".htm", ".xhtml", ".txt", ".jsonl", ".ndjson",
    ".html.gz", ".htm.gz", ".txt.gz", ".jsonl.gz", ".ndjson.gz", *ARCHIVE_SUFFIXES,
)  # fmt: skip
_XML_SUFFIXES = (".xml", ".xml.gz")  # walked only when the file is an RSS or Atom feed
_GLOB_CHARS = frozenset("*?[")


@dataclass(slots=True)
class IngestStats:
    """Running totals of one ingest run; ``stored + skipped + errors == documents``."""

    documents: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (same content hash)
    duplicates: int = 0  # stored, but linked as a syndicated copy of an earlier article
    events: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def docs_per_second(self) -> float:
        elapsed = self.seconds
        return self.documents / elapsed if elapsed > 0 else 0.0


def _wanted(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(_XML_SUFFIXES):
        return is_feed(str(path))
    return name.endswith(INPUT_SUFFIXES)


def discover_inputs(paths: Sequence[str]) -> Iterator[str | DocumentError]:
    """Expand the command line into input files, in a stable order; a path that matches nothing is an error.

    Directories are walked recursively (hidden entries skipped) for the suffixes in :data:`INPUT_SUFFIXES`;
    patterns containing ``*``, ``?`` or ``[`` are globbed (``**`` recurses). Each file is given once.
    """
    seen: set[str] = set()

    def emit(path: Path) -> Iterator[str]:
        key = str(path.resolve())
        if key not in seen:
            seen.add(key)
            yield str(path)

    for given in paths:
        if given == "-":
            yield given
            continue
        if _GLOB_CHARS & set(given) and not Path(given).exists():
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield DocumentError(given, "no file matches this pattern")
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    for inner in _walk(match_path):
                        yield from emit(inner)
                else:
                    yield from emit(match_path)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for inner in _walk(path):
                found = True
                yield from emit(inner)
            if not found:
                yield DocumentError(given, "directory holds no .html, .txt, .jsonl, WARC or feed files")
        elif path.exists():
            yield from emit(path)
        else:
            yield DocumentError(given, "no such file or directory")


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and _wanted(path):
            yield path


def ingest(
    paths: Sequence[str],
    store: Store,
    options: Options | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    stats: IngestStats | None = None,
    urls: Sequence[str] = (),
    fetch_limits: FetchLimits | None = None,
) -> IngestStats:
    """Code and store every new document under ``paths`` and at ``urls``; return the totals.

    Each article commits with its events in one transaction, so an interruption (KeyboardInterrupt, kill)
    loses at most the article being written; the interruption propagates after the rollback. Pass ``stats``
    to keep the totals readable after an interruption. A URL whose page is already stored is not fetched again.
    """
    documents = _from_paths(paths)
    if urls:
        documents = itertools.chain(documents, _from_urls(urls, store, fetch_limits or FetchLimits()))
    return ingest_documents(documents, store, options, on_progress, on_error, stats)


def _from_paths(paths: Sequence[str]) -> Iterator[RawDocument | DocumentError]:
    for item in discover_inputs(paths):
        if isinstance(item, DocumentError):
            yield item
        else:
            yield from read_documents([item])


def _from_urls(urls: Sequence[str], store: Store, limits: FetchLimits) -> Iterator[RawDocument | DocumentError]:
    for url in urls:
        if store.conn.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone():
            yield _ALREADY_STORED
            continue
        yield from fetch_documents([url], limits)


# A marker for a URL skipped without fetching: counted as a document already stored.
_ALREADY_STORED = RawDocument(source="", content="", is_html=False)


def ingest_documents(
    documents: Iterable[RawDocument | DocumentError],
    store: Store,
    options: Options | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Code and store a stream of read documents (errors are recorded as they come); return the totals."""
    totals = stats if stats is not None else IngestStats()
    options = options if options is not None else Options()
    learned = learned_people(store.conn)  # people earlier articles introduced, for names seen bare later

    def fail(error: DocumentError) -> None:
        totals.errors += 1
        store.add_error(error.source, error.message)
        if on_error is not None:
            on_error(error)

    for doc in documents:
        totals.documents += 1
        if isinstance(doc, DocumentError):
            fail(doc)
        elif doc is _ALREADY_STORED:
            totals.skipped += 1
        else:
            _ingest_document(doc, store, options, totals, fail, learned)
        if on_progress is not None:
            on_progress(totals)
    return totals


def _ingest_document(doc: RawDocument, store: Store, options: Options, totals: IngestStats,
                     fail: Callable[[DocumentError], None], learned: dict[str, Actor]) -> None:
    digest = content_hash(doc.content, doc.url)
    if store.has_article(digest):
        totals.skipped += 1
        return
    result = code_raw(doc, options, learned)
    if isinstance(result, DocumentError):
        fail(result)
        return
    if result.source is None:
        result.source = doc.source
    stored = store.add_article(result, digest, before_commit=lambda conn: record_actors(conn, result))
    if stored is None:  # another process stored it between the check and the write
        totals.skipped += 1
        return
    remember(learned, result)
    totals.stored += 1
    totals.events += stored.events
    if stored.duplicate_of is not None:
        totals.duplicates += 1
