"""The registry of actors learned from the text, kept in the corpus store across articles.

When ``ingest`` stores an article, each person the article introduced with a title ("Iranian Chief of Staff
Mohammad Baqeri": ``Actor.kind == "person"`` resolved ``via`` "title in text") is upserted here: name, the
surface forms seen, country, sector, title, first and last date seen, and evidence (article and sentence).
A reading that disagrees with an earlier one (another country, sector or title) becomes its own row: the
registry keeps conflicting evidence instead of overwriting it. This module owns those tables' reads and
writes (the schema is migration 3 in :mod:`dyadwatch.store`); it does not find or resolve mentions.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Actor, Article
from .knowledge import _fold

__all__ = ["LearnedActor", "is_learned", "list_learned", "record_actors", "show_learned"]


@dataclass(slots=True)
class LearnedActor:
    """One reading of one person, with the evidence behind it."""

    id: int
    name: str
    country: str | None
    sector: str | None
    title: str | None
    aliases: list[str]
    first_seen: str | None
    last_seen: str | None
    mentions: int
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "country": self.country, "sector": self.sector, "title": self.title,
            "aliases": self.aliases, "first_seen": self.first_seen, "last_seen": self.last_seen,
            "mentions": self.mentions, "evidence": self.evidence,
        }  # fmt: skip


def is_learned(actor: Actor) -> bool:
    """Whether an actor is a person the text itself introduced with a title (not one from the tables)."""
    return (
        actor.kind == "person"
        and bool(actor.name and actor.title)
        and bool(actor.country or actor.sector)  # a bare name with no reading teaches nothing
        and (actor.via or "").startswith("title in text")
    )


def _sentence_of(article: Article, actor: Actor) -> str:
    """The sentence holding the actor's first mention, for the evidence row."""
    if actor.start is not None:
        for sentence in article.sentences:
            if sentence.start <= actor.start < sentence.end:
                return sentence.text
        paragraph_start = article.text.rfind("\n", 0, actor.start) + 1
        paragraph_end = article.text.find("\n", actor.start)
        return article.text[paragraph_start : paragraph_end if paragraph_end >= 0 else None].strip()
    return ""


def _article_row(conn: sqlite3.Connection, article: Article) -> int | None:
    row = conn.execute(
        "SELECT id FROM articles WHERE article_key = ? ORDER BY id DESC LIMIT 1", (article.article_id,)
    ).fetchone()
    return int(row[0]) if row else None


def record_actors(conn: sqlite3.Connection, article: Article, article_row: int | None = None) -> int:
    """Upsert the persons ``article`` introduced with a title; return how many readings were recorded.

    Call it inside the transaction that stores the article (``article_row`` is its row id; looked up by
    ``article_id`` when not given). The same (name, country, sector, title) seen again widens first/last
    seen, adds surface forms and an evidence row; any other combination is a new row.
    """
    if article_row is None:
        article_row = _article_row(conn, article)
    seen = article.published
    recorded = 0
    for actor in article.actors:
        if not is_learned(actor):
            continue
        name = actor.name or actor.text
        key = (_fold(name), actor.country or "", actor.sector or "", actor.title or "")
        surfaces = list(dict.fromkeys(form for form in (actor.text, name) if form))
        row = conn.execute(
            "SELECT id, aliases, first_seen, last_seen FROM learned_actors"
            " WHERE name_key = ? AND country = ? AND sector = ? AND title = ?",
            key,
        ).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO learned_actors (name, name_key, country, sector, title, aliases, first_seen, last_seen,"
                " mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (name, *key, json.dumps(surfaces, ensure_ascii=False), seen, seen),
            )
            actor_id = int(cursor.lastrowid or 0)
        else:
            actor_id = int(row[0])
            aliases = list(dict.fromkeys([*json.loads(row[1]), *surfaces]))
            dates = [d for d in (row[2], row[3], seen) if d]
            conn.execute(
                "UPDATE learned_actors SET aliases = ?, first_seen = ?, last_seen = ?, mentions = mentions + 1"
                " WHERE id = ?",
                (
                    json.dumps(aliases, ensure_ascii=False),
                    min(dates) if dates else None,
                    max(dates) if dates else None,
                    actor_id,
                ),
            )
        conn.execute(
            "INSERT INTO learned_actor_evidence (actor_id, article_id, seen, surface, sentence) VALUES (?, ?, ?, ?, ?)",
            (actor_id, article_row, seen, actor.text, _sentence_of(article, actor)),
        )
        recorded += 1
    return recorded


_COLUMNS = "id, name, country, sector, title, aliases, first_seen, last_seen, mentions"


def _learned(row: tuple[Any, ...]) -> LearnedActor:
    return LearnedActor(
        id=row[0], name=row[1], country=row[2] or None, sector=row[3] or None, title=row[4] or None,
        aliases=json.loads(row[5]), first_seen=row[6], last_seen=row[7], mentions=row[8],
    )  # fmt: skip


def list_learned(conn: sqlite3.Connection) -> list[LearnedActor]:
    """Every learned reading, by name then first seen."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM learned_actors ORDER BY name_key, first_seen, id").fetchall()
    return [_learned(row) for row in rows]


def show_learned(conn: sqlite3.Connection, name: str) -> list[LearnedActor]:
    """The readings whose name, surname or a surface form is ``name`` (case- and accent-insensitive), with
    their evidence."""
    wanted = _fold(name)
    found = []
    for row in conn.execute(f"SELECT {_COLUMNS} FROM learned_actors ORDER BY first_seen, id"):
        actor = _learned(row)
        forms = {_fold(actor.name), _fold(actor.name).split()[-1], *(_fold(alias) for alias in actor.aliases)}
        if wanted in forms:
            found.append(actor)
    for actor in found:
        actor.evidence = [
            {"article": article_key, "url": url, "seen": seen, "surface": surface, "sentence": sentence}
            for article_key, url, seen, surface, sentence in conn.execute(
                "SELECT a.article_key, a.url, e.seen, e.surface, e.sentence FROM learned_actor_evidence e"
                " LEFT JOIN articles a ON a.id = e.article_id WHERE e.actor_id = ? ORDER BY e.id",
                (actor.id,),
            )
        ]
    return found


def learned_people(conn: sqlite3.Connection) -> dict[str, Actor]:
    """Names (lower case: full name and, where only one person has it, surname) -> the most attested reading.

    This is what later articles of the corpus resolve against: a person an earlier article introduced as
    "Brazil's defence minister Tomas Ferreira" is BRAGOV when a later one only says "Ferreira".
    """
    best: dict[str, LearnedActor] = {}
    for reading in list_learned(conn):
        if not (reading.country or reading.sector):
            continue
        key = reading.name.lower()
        current = best.get(key)
        if current is None or (reading.mentions, reading.last_seen or "") > (current.mentions, current.last_seen or ""):
            best[key] = reading
    names: dict[str, Actor] = {}
    surnames: dict[str, list[str]] = {}
    for key, reading in best.items():
        names[key] = _as_actor(reading)
        surnames.setdefault(key.split()[-1], []).append(key)
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in names:
            names[surname] = names[owners[0]]
    return names


def remember(names: dict[str, Actor], article: Article) -> None:
    """Add the people ``article`` introduced with a title to a :func:`learned_people` map, in place."""
    for actor in article.actors:
        if is_learned(actor):
            key = (actor.name or actor.text).lower()
            names.setdefault(key, replace(actor, via="registry (learned from earlier articles)"))
            names.setdefault(key.split()[-1], names[key])


def _as_actor(reading: LearnedActor) -> Actor:
    from .mentions import actor_code

    return Actor(
        text=reading.name,
        name=reading.name,
        country=reading.country,
        sector=reading.sector,
        code=actor_code(reading.country, None, reading.sector),
        kind="person",
        confidence=0.7,
        title=reading.title,
        via="registry (learned from earlier articles)",
    )
