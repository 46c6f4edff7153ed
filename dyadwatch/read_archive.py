"""Reading web archives and news feeds: WARC(.gz) files and RSS/Atom feeds -> :class:`RawDocument` values.

This module owns recognising a WARC file or a feed (by name, then by its first bytes), walking a WARC's
response records through warcio (HTML pages only, HTTP 200 only; images, scripts, redirects and revisits are
skipped without counting as documents), and turning each feed entry into a document through feedparser (its
full content when the feed carries it, else its summary, with its link, title and published date). Everything
else goes to :func:`dyadwatch.read.read_inputs`, so :func:`read_documents` is a drop-in replacement for it.
It never fetches anything: fetching URLs is :mod:`dyadwatch.fetch`'s job, and that module hands its bytes here.
"""

from __future__ import annotations

import gzip
import html
import re
import time
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from .model import DocumentError, RawDocument
from .read import decode_bytes, looks_like_html, read_inputs

__all__ = [
    "ARCHIVE_SUFFIXES",
    "feed_documents",
    "is_feed",
    "is_warc",
    "read_documents",
    "read_feed",
    "read_warc",
    "sniff_feed",
]

# What a directory walk should also pick up besides read.py's suffixes (".xml" only when it sniffs as a feed).
ARCHIVE_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz", ".rss", ".atom", ".rss.gz", ".atom.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
_FEED_SUFFIXES = (".rss", ".atom", ".rss.gz", ".atom.gz")
_XML_SUFFIXES = (".xml", ".xml.gz")
_SNIFF_BYTES = 4096
# An RSS 2.0, RSS 1.0 (RDF) or Atom root element after an optional XML declaration, comments and doctype.
_FEED_ROOT = re.compile(rb"\A(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*"
                        rb"<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>]|(?:\w+:)?feed[\s>])", re.DOTALL | re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def _lower_name(path: str) -> str:
    return Path(path).name.lower()


def _head(path: str) -> bytes:
    """The first bytes of a file, decompressed when it is gzip; empty when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(2)
            handle.seek(0)
            if start == b"\x1f\x8b":
                with gzip.open(handle) as unzipped:
                    return unzipped.read(_SNIFF_BYTES)
            return handle.read(_SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return b""


def sniff_feed(head: bytes) -> bool:
    """True when these first bytes open an RSS or Atom document."""
    return _FEED_ROOT.match(head.removeprefix(b"\xef\xbb\xbf")) is not None


def is_warc(path: str) -> bool:
    """True for a WARC file: named ``.warc``/``.warc.gz``, or opening with a ``WARC/1.x`` record header."""
    name = _lower_name(path)
    if name.endswith(_WARC_SUFFIXES):
        return True
    return _head(path).startswith(b"WARC/")


def is_feed(path: str) -> bool:
    """True for an RSS/Atom file: named ``.rss``/``.atom``, or XML whose root element is a feed's."""
    name = _lower_name(path)
    if name.endswith(_FEED_SUFFIXES):
        return True
    if name.endswith(_XML_SUFFIXES):
        return sniff_feed(_head(path))
    return False


def read_documents(paths: Sequence[str]) -> Iterator[RawDocument | DocumentError]:
    """Like :func:`dyadwatch.read.read_inputs`, but WARC files and feeds yield one document per page or entry."""
    for path in paths:
        if path != "-" and Path(path).is_file():
            if is_warc(path):
                yield from read_warc(path)
                continue
            if is_feed(path):
                yield from read_feed(path)
                continue
        yield from read_inputs([path])


# ----------------------------------------------------------------------------------------------------------
# WARC
# ----------------------------------------------------------------------------------------------------------


def read_warc(path: str) -> Iterator[RawDocument | DocumentError]:
    """One document per HTML response in a WARC (or gzipped WARC), streamed: memory does not grow with the file.

    The source is ``path#N`` (N counts response records from 1) so that an error names the record.
    """
    try:
        handle = open(path, "rb")  # closed in the finally below, once the generator ends
    except OSError as error:
        yield DocumentError(path, f"cannot read: {error.strerror or error}")
        return
    if not _head(path).startswith(b"WARC/"):  # warcio would read anything as an old ARC file
        handle.close()
        yield DocumentError(path, "not a valid WARC file: it does not open with a WARC/1.x record")
        return
    try:
        yield from _warc_records(handle, path)
    finally:
        handle.close()


def _warc_records(stream: BinaryIO, path: str) -> Iterator[RawDocument | DocumentError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
        """warcio writes a warning to stderr on a bad record length; we count it instead."""

        INC_RECORD = ""

    number = 0
    iterator = QuietArchiveIterator(stream)
    try:
        for record in iterator:
            if record.rec_type not in ("response", "resource"):
                continue
            number += 1
            source = f"{path}#{number}"
            document = _warc_document(record, source)
            if document is not None:
                yield document
    except ArchiveLoadFailed as error:
        yield DocumentError(f"{path}#{number + 1}", f"not a valid WARC file: {_one_line(error)}")
    except (OSError, EOFError, zlib.error) as error:
        yield DocumentError(f"{path}#{number + 1}", f"truncated or corrupt WARC data: {_one_line(error)}")
        return
    if iterator.err_count:
        yield DocumentError(path, f"{iterator.err_count} WARC records had a wrong Content-Length; "
                                  "pages read from them may be incomplete")


def _warc_document(record: Any, source: str) -> RawDocument | DocumentError | None:
    """A response record's page as a document; None for what is not an article page (assets, redirects)."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http_headers = record.http_headers
        if http_headers is None:
            return None
        status = http_headers.get_statuscode()
        if status != "200":
            return None
        content_type = http_headers.get_header("Content-Type") or ""
    else:  # a resource record stores the page itself, typed in the WARC header
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type and not content_type.lower().startswith(_HTML_TYPES):
        return None
    payload = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:  # the record's declared length was never reached
        return DocumentError(source, "truncated WARC record")
    if not payload.strip():
        return DocumentError(source, "empty document")
    text = _decode(payload, content_type)
    if text is None:
        return DocumentError(source, "cannot decode: not text in any known encoding")
    if not content_type and not looks_like_html(text):
        return None  # an untyped resource that is not a page
    return RawDocument(source=source, content=text, is_html=True, url=url or None)


def _decode(payload: bytes, content_type: str) -> str | None:
    """The charset the server declared when it decodes the bytes cleanly, else read.py's detection."""
    declared = _CHARSET.search(content_type)
    if declared:
        try:
            return payload.decode(declared.group(1)).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload)


# ----------------------------------------------------------------------------------------------------------
# RSS and Atom
# ----------------------------------------------------------------------------------------------------------


def read_feed(path: str) -> Iterator[RawDocument | DocumentError]:
    """One document per entry of an RSS or Atom file (gzip allowed); the source is ``path#N`` (N from 1)."""
    try:
        data = Path(path).read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
    except OSError as error:
        yield DocumentError(path, f"cannot read: {error.strerror or error}")
        return
    except (EOFError, zlib.error) as error:
        yield DocumentError(path, f"not valid gzip data: {error}")
        return
    yield from feed_documents(data, path)


def feed_documents(data: bytes, origin: str, base_url: str | None = None) -> Iterator[RawDocument | DocumentError]:
    """The entries of a feed given as bytes (a file's, or a fetched URL's) as documents.

    Bytes only: feedparser given a string that looks like a URL or a path would fetch or open it.
    """
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            yield DocumentError(origin, f"not a valid RSS or Atom feed: {_one_line(problem)}")
        else:
            yield DocumentError(origin, "feed has no entries")
        return
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, f"{origin}#{number}")


def _entry_document(entry: Any, source: str) -> RawDocument | DocumentError:
    """A feed entry: its longest content (full text when the feed has it), else its summary."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        candidates.append((value, content.get("type") or ""))
    summary = entry.get("summary") or ""
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, detail.get("type") or "text/html"))
    candidates = [(value, kind) for value, kind in candidates if value.strip()]
    title = _clean_title(entry.get("title"))
    if not candidates:
        return DocumentError(source, "feed entry has no content or summary")
    value = max(candidates, key=lambda item: len(item[0]))[0]
    link = entry.get("link") or None
    published = _entry_date(entry)
    if _TAG.search(value):  # feedparser calls every RSS description text/html, so look at the value
        # A fragment: give extraction a whole page, so the plain <p> pass and metadata work as for any page.
        heading = f"<title>{html.escape(title)}</title>" if title else ""
        content = f"<html><head>{heading}</head><body><article>{value}</article></body></html>"
        return RawDocument(source=source, content=content, is_html=True, url=link, published=published,
                           title=title)
    return RawDocument(source=source, content=value, is_html=False, url=link, published=published, title=title)


def _entry_date(entry: Any) -> str | None:
    """The entry's published (else updated) time as an ISO date; feedparser gives it in UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _clean_title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return text or None


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) or "unreadable"

