"""`dyadwatch ingest`: walking inputs, idempotent reruns, errors, Ctrl-C and resume, on articles written here."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import dyadwatch.ingest as ingest_module
from dyadwatch.corpus_cli import register
from dyadwatch.ingest import discover_inputs
from dyadwatch.model import DocumentError
from dyadwatch.store import open_store, read_events

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@click.group()
def cli() -> None:
    """A bare group carrying the corpus commands, as dyadwatch's main group will."""


register(cli)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("ingest") / "corpus.db"
    code, _, err = run("ingest", str(CORPUS), "--db", str(db))
    assert code == 0, err
    return db, err


def test_directory_is_walked_and_every_document_accounted_for(ingested: tuple[Path, str]) -> None:
    db, err = ingested
    assert "7 documents: 6 stored (1 syndicated copies), 0 already stored, 1 errors" in err
    assert "batch.jsonl:3: empty document" in err
    with open_store(db) as store:
        counts = store.counts()
        assert counts["articles"] == 6 and counts["errors"] == 1
        assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 1
    assert any(e["source"] and e["source"]["country"] == "RUS" and e["cameo_root"] == "19" for e in read_events(db))


def test_rerun_changes_nothing_and_codes_nothing(ingested: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = ingested
    with open_store(db) as store:
        before = store.counts()

    def must_not_code(*_: object, **__: object) -> None:
        raise AssertionError("a stored document was coded again")

    monkeypatch.setattr(ingest_module, "code_raw", must_not_code)
    code, _, err = run("ingest", str(CORPUS), "--db", str(db))
    assert code == 0
    assert "0 stored" in err and "6 already stored" in err
    with open_store(db) as store:
        assert store.counts() == before


def test_ctrl_c_keeps_what_was_committed_and_a_rerun_resumes(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "interrupted.db"
    real_code_raw = ingest_module.code_raw
    calls = {"n": 0}

    def interrupt_third(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_code_raw(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "code_raw", interrupt_third)
    code, _, err = run("ingest", str(CORPUS), "--db", str(db))
    assert code == 130
    assert "interrupted; 2 new articles" in err and "run the same command again" in err
    with open_store(db) as store:
        assert store.counts()["articles"] == 2
    monkeypatch.setattr(ingest_module, "code_raw", real_code_raw)
    code, _, err = run("ingest", str(CORPUS), "--db", str(db))
    assert code == 0 and "4 stored" in err and "2 already stored" in err


def test_globs_and_repeated_paths_give_each_file_once(tmp_path: Path) -> None:
    pattern = str(CORPUS / "wire" / "*.txt")
    found = list(discover_inputs([pattern, str(CORPUS / "wire"), str(CORPUS / "wire" / "caspian_pact_copy.txt")]))
    assert [Path(p).name for p in found if isinstance(p, str)] == ["caspian_pact_copy.txt",
                                                                  "caspian_pact_northline.txt"]


def test_hidden_entries_and_other_suffixes_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    shutil.copy(CORPUS / "caspian_pact.txt", tmp_path / ".cache" / "hidden.txt")
    shutil.copy(CORPUS / "caspian_pact.txt", tmp_path / "notes.md")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    shutil.copy(CORPUS / "kharkiv_shelling.html", tmp_path / "deep" / "er" / "k.html")
    assert [Path(str(p)).name for p in discover_inputs([str(tmp_path)])] == ["k.html"]


def test_missing_inputs_are_one_line_errors(tmp_path: Path) -> None:
    results = list(discover_inputs([str(tmp_path / "nope.html"), str(tmp_path / "*.nothing")]))
    assert all(isinstance(r, DocumentError) for r in results)
    assert "no such file or directory" in str(results[0]) and "no file matches" in str(results[1])
    code, _, err = run("ingest", str(tmp_path / "nope.html"), "--db", str(tmp_path / "x.db"))
    assert code == 1 and "nope.html: no such file or directory" in err and "Traceback" not in err


def test_store_in_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(CORPUS), "--db", str(tmp_path / "no" / "such" / "x.db"))
    assert code == 2 and "does not exist" in err


def test_query_commands_refuse_a_missing_store(tmp_path: Path) -> None:
    for args in (("dyads", "IRN", "RUS"), ("top-dyads",), ("export", "--format", "csv")):
        code, _, err = run(*args, "--db", str(tmp_path / "absent.db"))
        assert code == 2 and "no such store" in err


def test_dyads_and_export_from_the_cli(ingested: tuple[Path, str]) -> None:
    db, _ = ingested
    code, out, _ = run("dyads", "irn", "rus", "--db", str(db), "--json")
    assert code == 0 and '"SUPPORT": 1' in out
    code, out, _ = run("top-dyads", "--db", str(db), "--since", "2024-01-01")
    assert code == 0 and "IRN\tRUS\t1" in out
    code, _, err = run("dyads", "IRN", "RUS", "--db", str(db), "--since", "last year")
    assert code == 2 and "not a date" in err


WARC_PAGE = (
    "<!doctype html><html><head><title>Egypt mediates between Sudan rivals</title></head><body><article>"
    "<p>CAIRO (Nile Ledger) - Egypt hosted envoys of Sudan's army in Cairo on Sunday for talks on a ceasefire, "
    "the Egyptian foreign ministry said.</p><p>A second round is planned next month.</p></article></body></html>"
)
RSS_FEED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Nile Ledger</title><item>"
    "<title>Jordan condemns strike</title><link>https://nileledger.example/jordan</link>"
    "<pubDate>Mon, 11 Mar 2024 07:00:00 GMT</pubDate><description>&lt;p&gt;AMMAN (Nile Ledger) - Jordan "
    "condemned an Israeli air strike on a village near the border on Monday, the foreign ministry said."
    "&lt;/p&gt;</description></item></channel></rss>"
)


def write_one_page_warc(path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://nileledger.example/egypt-sudan", "response",
                                                      payload=io.BytesIO(WARC_PAGE.encode()), http_headers=headers))


def test_warc_and_feed_files_are_walked_and_stored_with_their_urls(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_one_page_warc(inputs / "crawl.warc.gz")
    (inputs / "nile.xml").write_text(RSS_FEED, encoding="utf-8")
    (inputs / "sitemap.xml").write_text("<?xml version='1.0'?><urlset/>", encoding="utf-8")  # not walked
    db = tmp_path / "c.db"
    code, _, err = run("ingest", str(inputs), "--db", str(db), "--quiet")
    assert code == 0 and "2 documents: 2 stored" in err, err
    with open_store(db) as store:
        rows = dict(store.conn.execute("SELECT url, published FROM articles").fetchall())
    assert rows == {"https://nileledger.example/egypt-sudan": None, "https://nileledger.example/jordan": "2024-03-11"}
    code, _, err = run("ingest", str(inputs), "--db", str(db), "--quiet")
    assert code == 0 and "2 already stored" in err


def test_url_ingest_refuses_loopback_unless_allowed(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = (RSS_FEED if self.path == "/feed" else WARC_PAGE).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if self.path == "/feed" else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        db = tmp_path / "u.db"
        code, _, err = run("ingest", "--url", base + "/egypt", "--db", str(db), "--quiet")
        assert code == 1 and "loopback address 127.0.0.1; refused" in err and "Traceback" not in err
        args = ("ingest", "--url", base + "/egypt", "--url", base + "/feed", "--allow-private", "--db", str(db))
        code, _, err = run(*args)
        assert code == 0 and "2 documents: 2 stored" in err, err
        code, _, err = run(*args)  # the page is not fetched again; the feed's entry is skipped by content
        assert code == 0 and "2 already stored" in err
    finally:
        httpd.shutdown()
        httpd.server_close()
    code, _, err = run("ingest", "--db", str(tmp_path / "n.db"))
    assert code == 2 and "nothing to ingest" in err


def test_document_estimate_for_the_eta() -> None:
    from dyadwatch.corpus_cli import estimate_documents

    corpus = Path(__file__).parent / "fixtures" / "corpus"
    files = sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", ".html"})
    jsonl = sorted(corpus.rglob("*.jsonl"))
    expected = len(files) + sum(
        1 for path in jsonl for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert estimate_documents([str(corpus)]) == expected
    assert estimate_documents(["-"]) is None
