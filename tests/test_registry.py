"""Tests for dyadwatch.actors.registry: persons learned from titles, kept across articles in the store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.actors.registry import is_learned, list_learned, record_actors, show_learned
from dyadwatch.cli import main
from dyadwatch.ingest import ingest
from dyadwatch.model import Actor, Article, Sentence
from dyadwatch.store import SCHEMA_VERSION, open_store


def _article(key: str, published: str, actor: Actor, text: str) -> Article:
    return Article(
        article_id=key,
        text=text,
        published=published,
        actors=[actor],
        sentences=[Sentence(index=0, text=text, start=0, end=len(text))],
    )


def _minister(country: str, title: str) -> Actor:
    return Actor(
        text="Ingrida Salmane",
        name="Ingrida Salmane",
        country=country,
        sector="GOV",
        kind="person",
        title=title,
        start=len(title) + 1,
        end=len(title) + 16,
        via="title in text",
    )


def test_only_titled_persons_from_the_text_are_learned() -> None:
    assert is_learned(_minister("LVA", "Latvian Interior Minister"))
    assert not is_learned(
        Actor(
            text="Vladimir Putin",
            name="Vladimir Putin",
            country="RUS",
            sector="GOV",
            kind="person",
            title="President",
            via="people",
        )
    )
    assert not is_learned(Actor(text="Lithuanian", name="Lithuanian", kind="person", via="title in text"))


def test_same_reading_merges_and_conflicting_reading_is_a_new_row(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as store:
        assert store.schema_version == SCHEMA_VERSION
        first = "Latvian Interior Minister Ingrida Salmane met Lithuanian officials."
        later = "Latvian Interior Minister Ingrida Salmane inspected the border."
        other = "Estonian Interior Minister Ingrida Salmane visited Narva."
        with store.transaction() as conn:
            assert (
                record_actors(conn, _article("a", "2024-03-02", _minister("LVA", "Latvian Interior Minister"), first))
                == 1
            )
            record_actors(conn, _article("b", "2024-01-15", _minister("LVA", "Latvian Interior Minister"), later))
            record_actors(conn, _article("c", "2024-05-10", _minister("EST", "Estonian Interior Minister"), other))
        learned = list_learned(store.conn)
        assert [(a.country, a.mentions, a.first_seen, a.last_seen) for a in learned] == [
            ("LVA", 2, "2024-01-15", "2024-03-02"),
            ("EST", 1, "2024-05-10", "2024-05-10"),
        ]
        shown = show_learned(store.conn, "salmane")  # the surname finds every reading
        assert len(shown) == 2
        assert shown[0].evidence[0]["sentence"] == first


def test_ingest_records_learned_persons_and_cli_lists_them(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps(
            {
                "text": "Latvian Interior Minister Ingrida Salmane criticised Russia on Tuesday.",
                "published": "2024-06-11",
                "url": "https://example.org/lv",
            }
        )
        + "\n"
        + json.dumps(
            {
                "text": "Estonian Interior Minister Ingrida Salmane visited Tallinn on Friday.",
                "published": "2024-05-10",
                "url": "https://example.org/ee",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "corpus.db"
    with open_store(db) as store:
        ingest([str(news)], store)
    runner = CliRunner()
    listed = runner.invoke(main, ["actors", "list", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert sorted((r["name"], r["country"], r["sector"]) for r in rows) == [
        ("Ingrida Salmane", "EST", "GOV"),
        ("Ingrida Salmane", "LVA", "GOV"),
    ]
    shown = runner.invoke(main, ["actors", "show", "Ingrida Salmane", "--db", str(db), "--json"])
    evidence = [e for reading in json.loads(shown.output) for e in reading["evidence"]]
    assert {e["url"] for e in evidence} == {"https://example.org/lv", "https://example.org/ee"}
    missing = runner.invoke(main, ["actors", "show", "Nobody", "--db", str(db)])
    assert missing.exit_code == 1 and "not in the registry" in missing.output
    no_store = runner.invoke(main, ["actors", "list", "--db", str(tmp_path / "none.db")])
    assert no_store.exit_code == 2 and "no such store" in no_store.output


def test_later_articles_resolve_names_through_the_registry(tmp_path: Path) -> None:
    first = tmp_path / "a1.txt"
    first.write_text("Brazilian Defence Minister Tomas Ferreira praised Chile on Monday.\n", encoding="utf-8")
    later = tmp_path / "a2.txt"
    later.write_text("Tomas Ferreira praised Peru on Tuesday.\n", encoding="utf-8")

    def ferreira_codes(db: Path, paths: list[Path]) -> list[str | None]:
        with open_store(db) as store:
            ingest([str(p) for p in paths], store)
            rows = store.conn.execute("SELECT source_json FROM events").fetchall()
        codes = []
        for (source,) in rows:
            actor = json.loads(source) if source else None
            if actor and "Ferreira" in (actor.get("name") or ""):
                codes.append(actor.get("code"))
        return codes

    assert ferreira_codes(tmp_path / "alone.db", [later]) == []  # unknown alone: no political actor, no event
    assert ferreira_codes(tmp_path / "corpus.db", [first, later]) == ["BRAGOV", "BRAGOV"]


def test_code_resolves_bare_names_through_a_stores_registry(tmp_path: Path) -> None:
    introduced = tmp_path / "a1.txt"
    introduced.write_text("Kenyan Foreign Minister Amina Wekesa praised Uganda on Monday.\n", encoding="utf-8")
    db = tmp_path / "corpus.db"
    with open_store(db) as store:
        ingest([str(introduced)], store)
    bare = tmp_path / "a2.txt"
    bare.write_text("Amina Wekesa thanked Tanzania on Thursday.\n", encoding="utf-8")
    runner = CliRunner()

    def sources(*extra: str) -> list[str | None]:
        result = runner.invoke(main, ["code", str(bare), "--format", "jsonl", *extra])
        assert result.exit_code == 0, result.output
        events = [json.loads(line) for line in result.output.splitlines() if line.strip()]
        return [(e["source"] or {}).get("code") for e in events]

    assert sources() == [None]  # alone, "Amina Wekesa" is nobody known
    assert sources("--db", str(db)) == ["KENGOV"]
    missing = runner.invoke(main, ["code", str(bare), "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output
