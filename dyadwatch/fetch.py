"""Fetching pages and feeds for ``dyadwatch ingest --url``: guarded HTTP(S) GETs -> documents.

This module owns the network guard: only ``http`` and ``https`` URLs; the host is resolved first and every
address it resolves to must be public (loopback, private, link-local, multicast, reserved and unspecified
addresses are refused unless ``allow_private``), and the connection goes to the address that was checked, so a
second DNS answer cannot redirect it (TLS still verifies the host name). Every redirect hop is checked the same
way, and there are limits on redirects, response size (counted after decompression) and total time. A fetched
feed is handed to :mod:`dyadwatch.read_archive`, a page becomes one :class:`RawDocument`. Each failure is one
:class:`DocumentError` naming the URL. Coding and storing are other modules' jobs.
"""

from __future__ import annotations

import gzip
import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .model import DocumentError, RawDocument
from .read import decode_bytes, looks_like_html
from .read_archive import feed_documents, sniff_feed

__all__ = ["FetchError", "FetchLimits", "FetchedPage", "check_url", "fetch", "fetch_documents"]

_USER_AGENT = "dyadwatch/0.1 (+event coding; one request per URL)"
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that cannot be fetched; the message is one line without the URL (the caller names it)."""


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Bounds on one fetch: redirects followed, bytes read (decompressed), and seconds for the whole fetch."""

    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What a fetch returned: the final URL (after redirects), its content type and body bytes."""

    url: str
    content_type: str
    body: bytes


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not public, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for reason, flag in (("loopback", address.is_loopback), ("link-local", address.is_link_local),
                         ("private", address.is_private), ("multicast", address.is_multicast),
                         ("unspecified", address.is_unspecified), ("reserved", address.is_reserved)):
        if flag:
            return reason
    if not address.is_global:
        return "private"  # shared address space (100.64/10) and the like
    return None


def check_url(url: str, allow_private: bool = False) -> tuple[str, int, list[str]]:
    """Check a URL before connecting: (host, port, addresses to connect to); raises FetchError when refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError(f"not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    if port is None:
        port = 443 if parts.scheme == "https" else 80
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve host {host!r} ({getattr(error, 'strerror', None) or error})") from None
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]
        if address in addresses:
            continue
        reason = _refused(ipaddress.ip_address(address))
        if reason and not allow_private:
            raise FetchError(f"host {host!r} resolves to {reason} address {address}; refused "
                             "(use --allow-private to fetch from this network)")
        addresses.append(address)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    return host, port, addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand, whatever DNS says now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a checked address; the certificate is still verified against the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(url: str, limits: FetchLimits = FetchLimits()) -> FetchedPage:
    """GET a URL within the limits, following redirects (each hop checked); raises FetchError."""
    deadline = time.monotonic() + limits.timeout
    current = url
    for _hop in range(limits.max_redirects + 1):
        host, port, addresses = check_url(current, limits.allow_private)
        parts = urlsplit(current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {limits.timeout:g} s")
        connection_type = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        connection = connection_type(host, port, addresses[0], timeout=remaining)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        try:
            connection.request("GET", target, headers={
                "User-Agent": _USER_AGENT, "Accept-Encoding": "gzip", "Connection": "close",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                          "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})
            response = connection.getresponse()
            status = response.status
            if status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location")
                current = urljoin(current, location)
                continue
            if status != 200:
                raise FetchError(f"HTTP {status} {response.reason}".strip())
            body = _read_body(response, limits, deadline)
            return FetchedPage(current, response.getheader("Content-Type") or "", body)
        except TimeoutError:
            raise FetchError(f"timed out after {limits.timeout:g} s") from None
        except ssl.SSLError as error:
            raise FetchError(f"TLS error: {error.reason or error}") from None
        except (OSError, http.client.HTTPException) as error:
            raise FetchError(f"connection failed: {getattr(error, 'strerror', None) or error}") from None
        finally:
            connection.close()
    raise FetchError(f"more than {limits.max_redirects} redirects")


def _read_body(response: http.client.HTTPResponse, limits: FetchLimits, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"response is {int(declared)} bytes, over the {limits.max_bytes}-byte limit")
    gzipped = (response.getheader("Content-Encoding") or "").lower() in ("gzip", "x-gzip")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {limits.timeout:g} s")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, limits.max_bytes + 1 - size)
            except zlib.error as error:
                raise FetchError(f"bad gzip body: {error}") from None
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"response is over the {limits.max_bytes}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_documents(urls: Sequence[str], limits: FetchLimits = FetchLimits()) -> Iterator[RawDocument | DocumentError]:
    """Fetch each URL: a feed yields one document per entry, a page one document; failures are errors."""
    for url in urls:
        try:
            page = fetch(url, limits)
        except FetchError as error:
            yield DocumentError(url, str(error))
            continue
        yield from page_documents(url, page)


def page_documents(url: str, page: FetchedPage) -> Iterator[RawDocument | DocumentError]:
    """A fetched body as documents: feed entries, an HTML page or plain text."""
    content_type = page.content_type.split(";", 1)[0].strip().lower()
    body = page.body
    if body[:2] == b"\x1f\x8b":  # a .gz served as is
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError, zlib.error) as error:
            yield DocumentError(url, f"not valid gzip data: {error}")
            return
    if not body.strip():
        yield DocumentError(url, "empty document")
        return
    if sniff_feed(body[:4096]):  # by content, not by type: servers label feeds text/html and pages text/xml
        yield from feed_documents(body, url, base_url=page.url)
        return
    if content_type and not (content_type.startswith("text/") or "html" in content_type or "xml" in content_type):
        yield DocumentError(url, f"not a page or feed (Content-Type {content_type})")
        return
    text = decode_bytes(body)
    if text is None:
        yield DocumentError(url, "cannot decode: not text in any known encoding")
        return
    is_html = "html" in content_type or looks_like_html(text)
    yield RawDocument(source=url, content=text, is_html=is_html, url=page.url)
