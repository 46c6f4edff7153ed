"""Tests for dyadwatch.read: files, JSONL, stdin, encodings and the one-line errors for bad input."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from dyadwatch.model import DocumentError, RawDocument
from dyadwatch.read import decode_bytes, looks_like_html, read_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures"

NEWS_TEXT = (
    "Chile and Peru agreed on Monday to open a joint border post, the Chilean interior ministry said.\n\n"
    "The two governments will share customs staff at the crossing from next year.\n"
)


def read_all(
    paths: list[str], stdin: io.StringIO | io.BytesIO | None = None
) -> list[RawDocument | DocumentError]:
    return list(read_inputs(paths, stdin=stdin))


def only(values: list[RawDocument | DocumentError]) -> RawDocument | DocumentError:
    assert len(values) == 1, values
    return values[0]


# -- files -------------------------------------------------------------------------------------------------


def test_html_suffix_is_html() -> None:
    raw = only(read_all([str(FIXTURES / "black_sea_grain_talks.html")]))
    assert isinstance(raw, RawDocument)
    assert raw.is_html
    assert raw.source == str(FIXTURES / "black_sea_grain_talks.html")
    assert "Hakan Fidan" in raw.content


def test_txt_file_is_plain_text() -> None:
    raw = only(read_all([str(FIXTURES / "baltic_air_patrol.txt")]))
    assert isinstance(raw, RawDocument)
    assert not raw.is_html
    assert raw.content.startswith("NATO jets scramble")


@pytest.mark.parametrize(
    "content",
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "\n\n  <html lang='en'><body>x</body></html>",
     "<!-- saved page --><!doctype html><html></html>"],
)
def test_txt_file_that_sniffs_as_html_is_html(tmp_path: Path, content: str) -> None:
    page = tmp_path / "saved_page.txt"
    page.write_text(content, encoding="utf-8")
    raw = only(read_all([str(page)]))
    assert isinstance(raw, RawDocument) and raw.is_html


def test_unknown_suffix_is_plain_text(tmp_path: Path) -> None:
    article = tmp_path / "wire_story.story"
    article.write_text(NEWS_TEXT, encoding="utf-8")
    raw = only(read_all([str(article)]))
    assert isinstance(raw, RawDocument) and not raw.is_html
    assert raw.content == NEWS_TEXT


def test_looks_like_html() -> None:
    assert looks_like_html("  <!doctype HTML>\n<html>")
    assert looks_like_html("<html>")
    assert not looks_like_html("The <html> tag was discussed at the summit.")
    assert not looks_like_html("<p>A fragment is not a page.</p>")


def test_missing_file() -> None:
    error = only(read_all(["/nonexistent/dyadwatch/article.txt"]))
    assert error == DocumentError("/nonexistent/dyadwatch/article.txt", "no such file")


def test_directory_is_refused(tmp_path: Path) -> None:
    error = only(read_all([str(tmp_path)]))
    assert isinstance(error, DocumentError)
    assert error.source == str(tmp_path)
    assert error.message.startswith("is a directory")
    assert "ingest" in error.message


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    assert only(read_all([str(empty)])) == DocumentError(str(empty), "empty document")


def test_binary_file_cannot_be_decoded(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    error = only(read_all([str(binary)]))
    assert isinstance(error, DocumentError)
    assert error.message.startswith("cannot decode")


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = (
        "BOGOTÁ (Harbour Wire) - El presidente de Colombia se reunió el martes con el ministro de Defensa "
        "de Perú para hablar de la cooperación en la frontera amazónica. Según el comunicado, ambos países "
        "acordaron reforzar la vigilancia de los ríos y compartir información sobre el narcotráfico. "
        "La reunión, celebrada en Bogotá, duró más de tres horas y terminó con una declaración conjunta.\n"
    )
    article = tmp_path / "latin1.txt"
    article.write_bytes(text.encode("latin-1"))
    raw = only(read_all([str(article)]))
    assert isinstance(raw, RawDocument)
    assert raw.content == text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    article = tmp_path / "bom.txt"
    article.write_bytes(b"\xef\xbb\xbf" + NEWS_TEXT.encode("utf-8"))
    raw = only(read_all([str(article)]))
    assert isinstance(raw, RawDocument)
    assert raw.content == NEWS_TEXT


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    article = tmp_path / "utf16.txt"
    article.write_bytes(NEWS_TEXT.encode("utf-16"))
    raw = only(read_all([str(article)]))
    assert isinstance(raw, RawDocument)
    assert raw.content == NEWS_TEXT


def test_decode_bytes_prefers_utf8() -> None:
    assert decode_bytes("Kyiv’s “grain” corridor".encode()) == "Kyiv’s “grain” corridor"


def test_gzipped_html(tmp_path: Path) -> None:
    page = tmp_path / "story.html.gz"
    page.write_bytes(gzip.compress((FIXTURES / "sahel_summit.html").read_bytes()))
    raw = only(read_all([str(page)]))
    assert isinstance(raw, RawDocument) and raw.is_html
    assert "Bola Tinubu" in raw.content


def test_broken_gzip(tmp_path: Path) -> None:
    page = tmp_path / "story.txt.gz"
    page.write_bytes(b"this was never compressed")
    error = only(read_all([str(page)]))
    assert isinstance(error, DocumentError)
    assert error.message.startswith("not valid gzip data")


def test_several_paths_in_order_with_errors_between(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    values = read_all([str(FIXTURES / "nile_dam_talks.txt"), missing, str(FIXTURES / "sahel_summit.html")])
    assert [type(value).__name__ for value in values] == ["RawDocument", "DocumentError", "RawDocument"]
    assert [value.source for value in values] == [
        str(FIXTURES / "nile_dam_talks.txt"), missing, str(FIXTURES / "sahel_summit.html"),
    ]


# -- JSONL -------------------------------------------------------------------------------------------------


def test_jsonl_fixture_three_records_one_broken() -> None:
    path = str(FIXTURES / "batch_three.jsonl")
    first, broken, third = read_all([path])
    assert isinstance(first, RawDocument)
    assert first.source == f"{path}:1"
    assert first.doc_id == "101"  # a numeric id becomes a string
    assert first.published == "2023-03-17"
    assert first.url == "https://harbourwire.example/asia/japan-korea-talks"
    assert not first.is_html
    assert first.content.startswith("Japan and South Korea agreed")
    assert isinstance(broken, DocumentError)
    assert broken.source == f"{path}:2"
    assert broken.message.startswith("not valid JSON: ")
    assert isinstance(third, RawDocument)
    assert third.source == f"{path}:3"
    assert third.doc_id == "hw-103"
    assert third.is_html
    assert third.published == "March 21, 2023"


def test_jsonl_fields(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "a1", "text": "Iraq and Syria reopened a border crossing.", "date": "2022-05-01", '
        '"title": "Border reopens", "url": "https://example.org/a1"}\n'
        "\n"
        '{"text": "Chad expelled a French diplomat.", "published": "2022-05-02", "date": "2022-01-01"}\n',
        encoding="utf-8",
    )
    first, second = read_all([str(batch)])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.doc_id, first.published, first.title, first.url) == (
        "a1", "2022-05-01", "Border reopens", "https://example.org/a1",
    )
    assert second.source == f"{batch}:3"  # line numbers count blank lines too
    assert second.doc_id is None
    assert second.published == "2022-05-02"  # "published" wins over "date"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": 7, "summary": "no body here"}', "no 'text' or 'html' field"),
        ('["a", "list"]', "not a JSON object"),
        ('{"text": "   "}', "empty document"),
        ('{"text": 42}', "'text' or 'html' is not a string"),
        ("{not json at all", "not valid JSON: "),
    ],
)
def test_jsonl_bad_line_does_not_stop_the_file(tmp_path: Path, line: str, message: str) -> None:
    batch = tmp_path / "batch.jsonl"
    good = '{"id": 1, "text": "Kenya recalled its ambassador."}'
    batch.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    first, bad, third = read_all([str(batch)])
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert isinstance(bad, DocumentError)
    assert bad.source == f"{batch}:2"
    assert bad.message.startswith(message)


def test_jsonl_text_holding_a_whole_page_is_html(tmp_path: Path) -> None:
    batch = tmp_path / "pages.jsonl"
    page = "<!doctype html><html><body><p>Hi</p></body></html>"
    batch.write_text(f'{{"id": 1, "text": "{page}"}}\n', encoding="utf-8")
    raw = only(read_all([str(batch)]))
    assert isinstance(raw, RawDocument) and raw.is_html


def test_empty_jsonl_file(tmp_path: Path) -> None:
    batch = tmp_path / "none.jsonl"
    batch.write_text("\n\n", encoding="utf-8")
    assert only(read_all([str(batch)])) == DocumentError(str(batch), "empty document")


# -- stdin -------------------------------------------------------------------------------------------------


def test_stdin_plain_text() -> None:
    raw = only(read_all(["-"], stdin=io.StringIO(NEWS_TEXT)))
    assert isinstance(raw, RawDocument)
    assert (raw.source, raw.is_html, raw.content) == ("<stdin>", False, NEWS_TEXT)


def test_stdin_html_bytes() -> None:
    page = (FIXTURES / "sahel_summit.html").read_bytes()
    raw = only(read_all(["-"], stdin=io.BytesIO(page)))
    assert isinstance(raw, RawDocument)
    assert raw.is_html and raw.source == "<stdin>"


def test_stdin_latin1_bytes() -> None:
    text = "Le président du Niger a été reçu à Paris. Les deux pays ont signé un accord de défense."
    raw = only(read_all(["-"], stdin=io.BytesIO(text.encode("latin-1"))))
    assert isinstance(raw, RawDocument)
    assert raw.content == text


def test_stdin_jsonl() -> None:
    stdin = io.StringIO(
        '{"id": 1, "text": "Ghana and Togo held talks."}\n\n'
        '{"id": 2, "html": "<p>Mali closed its border.</p>"}\n'
    )
    first, second = read_all(["-"], stdin=stdin)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.source, first.doc_id, first.is_html) == ("<stdin>:1", "1", False)
    assert (second.source, second.doc_id, second.is_html) == ("<stdin>:3", "2", True)


def test_stdin_with_one_json_line_among_text_is_text() -> None:
    content = '{"id": 1, "text": "x"}\nThe minister said the deal was done.\n'
    raw = only(read_all(["-"], stdin=io.StringIO(content)))
    assert isinstance(raw, RawDocument)
    assert raw.content == content and not raw.is_html


def test_empty_stdin() -> None:
    assert only(read_all(["-"], stdin=io.StringIO("   \n"))) == DocumentError("<stdin>", "empty document")


def test_stdin_text_bom_is_stripped() -> None:
    raw = only(read_all(["-"], stdin=io.StringIO("\ufeff" + NEWS_TEXT)))
    assert isinstance(raw, RawDocument) and raw.content == NEWS_TEXT


def test_stdin_between_files() -> None:
    values = read_all([str(FIXTURES / "nile_dam_talks.txt"), "-"], stdin=io.StringIO(NEWS_TEXT))
    assert [value.source for value in values] == [str(FIXTURES / "nile_dam_talks.txt"), "<stdin>"]
