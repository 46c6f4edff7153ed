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
    assert "batch.jsonl:3: line 3: empty document" in err
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
