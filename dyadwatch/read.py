"""Reading inputs: files, JSONL records and stdin -> :class:`RawDocument` values (or :class:`DocumentError`).

This module owns getting bytes off disk or stdin, decoding them to text, deciding whether a document is HTML,
plain text or a JSONL batch, and turning every failure into a one-line :class:`DocumentError` so that one bad
input never stops a batch. It does not look inside a document: boilerplate removal, metadata, dates and
datelines belong to :mod:`dyadwatch.extract`. Directories are refused here; walking them is ``ingest``'s job.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from dyadwatch.model import DocumentError, RawDocument

__all__ = ["STDIN_SOURCE", "decode_bytes", "looks_like_html", "read_inputs"]

STDIN_SOURCE = "<stdin>"

_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# An HTML document may open with comments or an XML declaration before its doctype; skip those when sniffing.
_HTML_PREAMBLE = re.compile(r"\A(?:\s+|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the text opens as an HTML document (``<!doctype html`` or ``<html`` after whitespace)."""
    preamble = _HTML_PREAMBLE.match(text)
    start = preamble.end() if preamble else 0
    return _HTML_START.match(text, start) is not None


def decode_bytes(data: bytes) -> str | None:
    """Decode document bytes: UTF-8 (BOM stripped) when valid, else charset-normalizer's best guess.

    Returns None when no encoding explains the bytes (binary data), so the caller can report it.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input pays for it

        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            return None
        # Short texts often score the same in several single-byte code pages; among equals take the one the
        # web actually uses (windows-1252, which browsers also use for pages labelled latin-1).
        tied = {match.encoding: match for match in matches
                if match.chaos == best.chaos and match.coherence >= best.coherence}
        preferred = next((tied[name] for name in _PREFERRED_LEGACY if name in tied), best)
        text = str(preferred)
    text = text.removeprefix("\ufeff")
    # NUL bytes do not occur in text of any of the encodings we accept; they mean a binary file.
    if "\x00" in text:
        return None
    return text


def read_inputs(
    paths: Sequence[str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[RawDocument | DocumentError]:
    """Yield one RawDocument (or DocumentError) per input document, in the order the paths are given.

    ``-`` reads ``stdin`` (``sys.stdin`` when None). A ``.jsonl`` file yields one value per non-empty line.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin)
        else:
            yield from _read_path(path)


def _read_path(path: str) -> Iterator[RawDocument | DocumentError]:
    file = Path(path)
    if file.is_dir():
        yield DocumentError(path, "is a directory (use `dyadwatch ingest` for directories)")
        return
    if not file.exists():
        yield DocumentError(path, "no such file")
        return
    try:
        data = file.read_bytes()
    except OSError as error:
        yield DocumentError(path, f"cannot read: {error.strerror or error}")
        return
    suffixes = [suffix.lower() for suffix in file.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            yield DocumentError(path, f"not valid gzip data: {error}")
            return
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    text = decode_bytes(data)
    if text is None:
        yield DocumentError(path, "cannot decode: not text in any known encoding")
        return
    if not text.strip():
        yield DocumentError(path, "empty document")
        return
    if suffix in _JSONL_SUFFIXES:
        yield from _read_jsonl(text, path)
        return
    is_html = suffix in _HTML_SUFFIXES or looks_like_html(text)
    yield RawDocument(source=path, content=text, is_html=is_html)


def _read_stdin(stdin: TextIO | BinaryIO | None) -> Iterator[RawDocument | DocumentError]:
    stream: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    data = stream.read()
    if isinstance(data, bytes):
        text = decode_bytes(data)
        if text is None:
            yield DocumentError(STDIN_SOURCE, "cannot decode: not text in any known encoding")
            return
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        yield DocumentError(STDIN_SOURCE, "empty document")
        return
    if _is_jsonl(text):
        yield from _read_jsonl(text, STDIN_SOURCE)
        return
    yield RawDocument(source=STDIN_SOURCE, content=text, is_html=looks_like_html(text))


def _is_jsonl(text: str) -> bool:
    """Stdin is JSONL when every non-empty line is a JSON object (a news text never is)."""
    seen_line = False
    for line in io.StringIO(text):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("{"):
            return False
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError:
            return False
        if not isinstance(record, dict):
            return False
        seen_line = True
    return seen_line


def _read_jsonl(text: str, origin: str) -> Iterator[RawDocument | DocumentError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        yield _jsonl_record(line, origin, number)


def _jsonl_record(line: str, origin: str, number: int) -> RawDocument | DocumentError:
    source = f"{origin}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return DocumentError(source, f"not valid JSON: {error.msg} (column {error.colno})")
    if not isinstance(record, dict):
        return DocumentError(source, "not a JSON object")
    html, text = record.get("html"), record.get("text")
    if _usable(html):
        content, is_html = html, True
    elif _usable(text):
        # Scrapers sometimes put a whole page in "text"; treat it as what it is.
        content, is_html = text, looks_like_html(text)
    elif isinstance(html, str) or isinstance(text, str):
        return DocumentError(source, "empty document")
    elif html is not None or text is not None:
        return DocumentError(source, "'text' or 'html' is not a string")
    else:
        return DocumentError(source, "no 'text' or 'html' field")
    published = record.get("published")
    if published in (None, ""):
        published = record.get("date")
    return RawDocument(
        source=source,
        content=content.removeprefix("\ufeff"),
        is_html=is_html,
        doc_id=_optional_str(record.get("id")),
        url=_optional_str(record.get("url")),
        published=_optional_str(published),
        title=_optional_str(record.get("title")),
    )


def _usable(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _optional_str(value: object) -> str | None:
    """JSONL fields as strings: ids may be numbers, and null or "" mean absent."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
