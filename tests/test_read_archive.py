"""WARC and RSS/Atom reading: which records become documents, with what url, date and source; bad files."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.model import DocumentError, RawDocument
from dyadwatch.read_archive import is_feed, is_warc, read_documents, read_feed, read_warc, sniff_feed

PAGE = """<!doctype html><html><head><title>Armenia and Azerbaijan agree to reopen border crossing</title></head>
<body><article><h1>Armenia and Azerbaijan agree to reopen border crossing</h1>
<p>YEREVAN (Lake Courier) - Armenia and Azerbaijan agreed on Tuesday to reopen a border crossing closed since
the last round of fighting, the two foreign ministries said.</p>
<p>The crossing near Ijevan will open to trucks first, officials said.</p></article></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lake Courier world</title><link>https://lakecourier.example/</link>
<item><title>Kenya and Ethiopia sign water-sharing accord</title>
<link>https://lakecourier.example/world/kenya-ethiopia-water</link>
<pubDate>Wed, 06 Mar 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;NAIROBI (Lake Courier) - Kenya and Ethiopia signed an accord on sharing the waters of the Omo
river on Wednesday, officials in both capitals said.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://lakecourier.example/world/empty</link></item>
<item><title>Plain summary</title><link>https://lakecourier.example/world/plain</link>
<pubDate>Thu, 07 Mar 2024 23:30:00 -0300</pubDate>
<description>Chile recalled its ambassador to Peru on Thursday after a dispute over fishing rights.</description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Wire</title><id>urn:harbour</id>
<updated>2024-05-02T10:00:00Z</updated>
<entry><title>Turkey hosts Iraqi premier for talks on oil pipeline</title><id>urn:harbour:1</id>
<link href="https://harbourwire.example/2024/05/turkey-iraq"/>
<published>2024-05-02T08:00:00Z</published><updated>2024-05-02T09:00:00Z</updated>
<summary>Short teaser.</summary>
<content type="html">&lt;p&gt;ANKARA (Harbour Wire) - Turkish President Recep Tayyip Erdogan hosted Iraq's prime
minister in Ankara on Thursday for talks on restarting an oil pipeline, officials said.&lt;/p&gt;
&lt;p&gt;The two leaders also discussed water flows on the Tigris.&lt;/p&gt;</content></entry></feed>"""


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gzipped: bool) -> None:
    """Write (url, status line, content type, body) response records, plus a request record to be skipped."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for url, status, content_type, body in records:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_keeps_html_responses_and_skips_the_rest(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, [
        ("https://lakecourier.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        ("https://lakecourier.example/world/border", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("https://lakecourier.example/gone", "404 Not Found", "text/html", b"<html>missing</html>"),
        ("https://lakecourier.example/latin", "200 OK", "text/html; charset=windows-1252",
         PAGE.replace("Tuesday", "Tuesday \u2013 late").encode("cp1252")),
    ], gzipped)
    assert is_warc(str(path))
    docs = list(read_warc(str(path)))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.url for d in docs] == ["https://lakecourier.example/world/border", "https://lakecourier.example/latin"]
    assert docs[0].source == f"{path}#2" and docs[1].source == f"{path}#4"
    assert docs[0].is_html and "reopen a border crossing" in docs[0].content
    assert "Tuesday \u2013 late" in docs[1].content


def test_warc_sniffed_without_its_suffix_and_truncated_files_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "capture.bin"
    write_warc(path, [("https://x.example/a", "200 OK", "text/html", PAGE.encode())], gzipped=False)
    assert is_warc(str(path)) and not is_feed(str(path))
    assert [d.url for d in read_documents([str(path)]) if isinstance(d, RawDocument)] == ["https://x.example/a"]
    broken = tmp_path / "broken.warc.gz"
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [("https://x.example/a", "200 OK", "text/html", PAGE.encode())] * 3, gzipped=True)
    broken.write_bytes(whole.read_bytes()[:-40])
    results = list(read_warc(str(broken)))
    assert isinstance(results[-1], DocumentError) and str(broken) in results[-1].source
    assert "\n" not in str(results[-1])
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not an archive at all\n" * 5)
    (error,) = list(read_warc(str(garbage)))
    assert isinstance(error, DocumentError) and "not a valid WARC file" in error.message


def test_rss_entries_become_documents_with_link_and_date(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    docs = list(read_feed(str(path)))
    assert len(docs) == 3
    first, empty, plain = docs
    assert isinstance(first, RawDocument) and first.is_html
    assert first.url == "https://lakecourier.example/world/kenya-ethiopia-water"
    assert first.published == "2024-03-06" and first.title == "Kenya and Ethiopia sign water-sharing accord"
    assert "Omo" in first.content and first.source == f"{path}#1"
    assert isinstance(empty, DocumentError) and empty.source == f"{path}#2" and "no content" in empty.message
    assert isinstance(plain, RawDocument) and not plain.is_html
    assert plain.published == "2024-03-08"  # 23:30 at UTC-3 is the next day in UTC


def test_atom_prefers_full_content_over_the_teaser(tmp_path: Path) -> None:
    path = tmp_path / "harbour.xml"
    path.write_text(ATOM, encoding="utf-8")
    assert is_feed(str(path)) and not is_warc(str(path))
    (doc,) = list(read_documents([str(path)]))
    assert isinstance(doc, RawDocument) and doc.published == "2024-05-02"
    assert doc.url == "https://harbourwire.example/2024/05/turkey-iraq"
    assert "oil pipeline" in doc.content and "Short teaser" not in doc.content


def test_feed_sniffing_and_bad_feeds(tmp_path: Path) -> None:
    assert sniff_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0">')
    assert sniff_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not sniff_feed(b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>")
    other = tmp_path / "sitemap.xml"
    other.write_text("<?xml version='1.0'?><urlset></urlset>", encoding="utf-8")
    assert not is_feed(str(other))
    gz = tmp_path / "world.rss.gz"
    gz.write_bytes(gzip.compress(RSS.encode()))
    assert sum(isinstance(d, RawDocument) for d in read_feed(str(gz))) == 2
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item><title>cut off", encoding="utf-8")
    results = list(read_feed(str(broken)))
    assert all(isinstance(r, DocumentError) for r in results)
    empty = tmp_path / "empty.atom"
    empty.write_text("<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title></feed>", encoding="utf-8")
    (error,) = list(read_feed(str(empty)))
    assert isinstance(error, DocumentError) and error.message == "feed has no entries"


def test_other_files_pass_through_to_the_plain_reader(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Chile recalled its ambassador to Peru on Thursday.", encoding="utf-8")
    (doc,) = list(read_documents([str(text), ]))
    assert isinstance(doc, RawDocument) and not doc.is_html and doc.source == str(text)
    (missing,) = list(read_documents([str(tmp_path / "absent.warc")]))
    assert isinstance(missing, DocumentError) and "no such file" in missing.message
