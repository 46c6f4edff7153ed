"""The store: schema and migrations, one transaction per article, idempotence, and a kill -9 mid-article."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dyadwatch.store import SCHEMA_VERSION, StoreError, content_hash, open_store, read_clusters, read_events

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from corpus_records import make_article, make_event, story

REPO = Path(__file__).resolve().parents[1]


def two_event_article(key: str = "a1"):
    events = [make_event("RUS", "UKR", "194", "2024-03-05", place="Kharkiv"),
              make_event("IRN", "RUS", "040", "2024-03-05", place="Tehran")]
    return make_article(key, story(1), events)


def test_new_store_is_at_current_schema_in_wal_mode(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "event_clusters", "cluster_members", "errors"} <= tables


def test_old_store_migrates_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path, schema_version=1) as store:
        assert store.schema_version == 1
        store.conn.execute("INSERT INTO errors (source, message, at) VALUES ('x.html', 'empty', 'then')")
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(articles)")}
        assert "duplicate_of" not in columns
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert "duplicate_of" in {r[1] for r in store.conn.execute("PRAGMA table_info(articles)")}
        assert store.counts()["errors"] == 1
        assert store.add_article(two_event_article(), content_hash("doc")) is not None


def test_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this dyadwatch"):
        open_store(path)


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a dyadwatch store"):
        open_store(path)


def test_same_content_hash_adds_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert store.add_article(two_event_article(), content_hash("doc")) is not None
        before = store.counts()
        assert store.has_article(content_hash("doc"))
        assert store.add_article(two_event_article(), content_hash("doc")) is None
        assert store.counts() == before
        assert before["events"] == 2 and before["articles"] == 1


def test_failure_inside_the_transaction_leaves_no_half_article(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        def crash(_: sqlite3.Connection) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            store.add_article(two_event_article(), content_hash("doc"), before_commit=crash)
        assert store.counts() == {"articles": 0, "events": 0, "event_clusters": 0, "cluster_members": 0,
                                  "errors": 0}
        assert store.add_article(two_event_article(), content_hash("doc")) is not None
        assert store.counts()["events"] == 2


def test_kill_9_mid_article_loses_only_that_article(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent / "fixtures" / "corpus")!r})
        from corpus_records import make_article, make_event, story
        from dyadwatch.store import content_hash, open_store
        store = open_store({str(db)!r})
        first = make_article("first", story(1), [make_event("RUS", "UKR", "194", "2024-03-05")])
        store.add_article(first, content_hash("first"))
        second = make_article("second", story(2), [make_event("IRN", "RUS", "040", "2024-03-06"),
                                                    make_event("IRN", "RUS", "051", "2024-03-06")])
        store.add_article(second, content_hash("second"),
                          before_commit=lambda conn: os.kill(os.getpid(), signal.SIGKILL))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr.decode()
    with open_store(db) as store:
        assert store.counts()["articles"] == 1
        assert [e["article_id"] for e in read_events(store)] == ["first"]
        assert not store.has_article(content_hash("second"))
        rerun = make_article("second", story(2), [make_event("IRN", "RUS", "040", "2024-03-06")])
        assert store.add_article(rerun, content_hash("second")) is not None
        assert store.counts()["articles"] == 2


def test_read_events_returns_public_records_with_cluster(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add_article(two_event_article(), content_hash("doc"))
    records = read_events(db)
    assert len(records) == 2
    first = records[0]
    assert first["source"]["country"] == "RUS" and first["cameo"] == "194"
    assert first["location"]["name"] == "Kharkiv" and first["cluster_id"] is not None
    assert len(read_clusters(db)) == 2


def test_read_events_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        read_events(tmp_path / "absent.db")


def test_errors_are_recorded_once_per_source_and_message(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        store.add_error("bad.html", "no article text found")
        store.add_error("bad.html", "no article text found")
        store.add_error("other.html", "empty document")
        assert store.counts()["errors"] == 2
