"""`--url` fetching against a local server on 127.0.0.1 only: address guard, redirects, size and time limits."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyadwatch.fetch import FetchError, FetchLimits, check_url, fetch, fetch_documents
from dyadwatch.model import DocumentError, RawDocument

ARTICLE = (b"<!doctype html><html><head><title>Peru and Chile resume fishing talks</title></head><body><article>"
           b"<p>LIMA (Harbour Wire) - Peru and Chile resumed talks on fishing rights on Friday, the two foreign "
           b"ministries said in a joint statement.</p></article></body></html>")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour Wire</title>"
        b"<item><title>Peru and Chile resume fishing talks</title><link>https://harbourwire.example/a</link>"
        b"<pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate><description>Peru and Chile resumed talks on fishing "
        b"rights on Friday.</description></item>"
        b"<item><title>Second</title><link>https://harbourwire.example/b</link><description>Bolivia protested "
        b"on Friday.</description></item></channel></rss>")


class Handler(BaseHTTPRequestHandler):
    """Routes for each behaviour under test."""

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self.send(200, ARTICLE)
        elif path == "/feed":
            self.send(200, FEED, "application/rss+xml")
        elif path == "/moved":
            self.send(302, b"", headers={"Location": "/article.html"})
        elif path.startswith("/loop"):
            self.send(302, b"", headers={"Location": "/loop"})
        elif path == "/to-ftp":
            self.send(301, b"", headers={"Location": "ftp://files.example/a.txt"})
        elif path == "/big":
            self.send(200, b"<p>" + b"x" * 300_000 + b"</p>")
        elif path == "/gzip-bomb":
            self.send(200, gzip.compress(b" " * 3_000_000), headers={"Content-Encoding": "gzip"})
        elif path == "/gzipped":
            self.send(200, gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"})
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, ARTICLE)
        elif path == "/logo.png":
            self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self.send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local server on 127.0.0.1 that stops after the module, or by itself after 60 s at the latest."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    watchdog = threading.Timer(60.0, httpd.shutdown)
    watchdog.daemon = True
    watchdog.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    watchdog.cancel()
    httpd.shutdown()
    httpd.server_close()


LOCAL = FetchLimits(allow_private=True, timeout=5.0)


def test_loopback_private_and_link_local_are_refused_without_allow_private(server: str) -> None:
    for url in (server + "/article.html", "http://localhost/", "http://10.1.2.3/", "http://192.168.0.7/x",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
                "http://[::ffff:127.0.0.1]/"):
        with pytest.raises(FetchError, match="refused"):
            check_url(url)
    (error,) = list(fetch_documents([server + "/article.html"]))
    assert isinstance(error, DocumentError) and error.source == server + "/article.html"
    assert "loopback address 127.0.0.1; refused" in error.message and "--allow-private" in error.message
    assert check_url("http://8.8.8.8/")[2] == ["8.8.8.8"]  # a public address passes the guard


def test_only_http_and_https(server: str) -> None:
    for url in ("ftp://files.example/a", "file:///etc/passwd", "/relative/path", "http:///nohost"):
        with pytest.raises(FetchError):
            check_url(url, allow_private=True)
    with pytest.raises(FetchError, match="only http and https"):
        fetch(server + "/to-ftp", LOCAL)  # every redirect hop goes through the guard


def test_page_and_redirect_with_allow_private(server: str) -> None:
    (doc,) = list(fetch_documents([server + "/moved"], LOCAL))
    assert isinstance(doc, RawDocument) and doc.is_html and "fishing rights" in doc.content
    assert doc.url == server + "/article.html" and doc.source == server + "/moved"
    (doc,) = list(fetch_documents([server + "/gzipped"], LOCAL))
    assert isinstance(doc, RawDocument) and "fishing rights" in doc.content


def test_feed_url_gives_one_document_per_entry(server: str) -> None:
    docs = list(fetch_documents([server + "/feed"], LOCAL))
    assert [d.url for d in docs if isinstance(d, RawDocument)] == ["https://harbourwire.example/a",
                                                                  "https://harbourwire.example/b"]
    assert docs[0].source == server + "/feed#1" and docs[0].published == "2024-03-08"


def test_limits_and_http_errors_are_one_line(server: str) -> None:
    cases = {
        "/loop": (FetchLimits(allow_private=True, max_redirects=3), "more than 3 redirects"),
        "/big": (FetchLimits(allow_private=True, max_bytes=100_000), "over the 100000-byte limit"),
        "/gzip-bomb": (FetchLimits(allow_private=True, max_bytes=100_000), "over the 100000-byte limit"),
        "/slow": (FetchLimits(allow_private=True, timeout=0.3), "timed out"),
        "/nothing": (LOCAL, "HTTP 404"),
        "/logo.png": (LOCAL, "not a page or feed (Content-Type image/png)"),
    }
    for path, (limits, message) in cases.items():
        (error,) = list(fetch_documents([server + path], limits))
        assert isinstance(error, DocumentError), path
        assert message in error.message and "\n" not in str(error), (path, error.message)
    (error,) = list(fetch_documents(["http://no-such-host.invalid/"], LOCAL))
    assert isinstance(error, DocumentError) and "cannot resolve host" in error.message
