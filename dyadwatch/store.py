"""The embedded corpus store: one SQLite file (WAL) holding articles, event mentions, event clusters and errors.

This module owns the schema, its migrations (``PRAGMA user_version``), the transaction boundary (one article
and all its mentions commit together or not at all) and the readers the CLI and library use. Deciding which
mentions belong to one real-world event is :mod:`dyadwatch.dedupe`'s job; this module only calls it inside the
article's transaction. It does no NLP and knows nothing about how articles are read.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .model import Actor, Article, Event, Place

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "actor_key",
    "content_hash",
    "open_store",
    "read_clusters",
    "read_events",
]

DEFAULT_DB = "dyadwatch.db"


class StoreError(Exception):
    """A store that cannot be opened or used: the message names the file and the problem."""


# Each migration takes the schema from version N-1 to N. Never edit a shipped one: add the next.
_MIGRATION_1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,            -- the pipeline's article_id (stable for the same text and url)
    content_hash TEXT NOT NULL UNIQUE,    -- sha256 of the raw document: what makes ingest idempotent
    url TEXT,
    title TEXT,
    published TEXT,
    source TEXT,                          -- where it was read from (path, path:line)
    outlet TEXT,                          -- site name or url host; one per article when unknown
    text TEXT NOT NULL,
    coded_at TEXT NOT NULL
);
CREATE INDEX articles_key ON articles(article_key);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    date TEXT,
    date_precision TEXT NOT NULL,
    source_key TEXT NOT NULL,             -- the dyad side: country, else organisation, else code ('' unknown)
    target_key TEXT NOT NULL,
    source_json TEXT,
    target_json TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    plover TEXT,
    plover_mode TEXT,
    plover_context TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    location_json TEXT,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    trigger TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);

CREATE TABLE event_clusters (
    id INTEGER PRIMARY KEY,
    source_key TEXT NOT NULL,             -- sorted with target_key when the PLOVER type is symmetric
    target_key TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    family TEXT NOT NULL,                 -- PLOVER type, or 'cameo:<root>' when the code has none
    modality TEXT NOT NULL,
    date TEXT,                            -- the anchor date: the first mention's
    date_last TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    location_json TEXT,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT
);

CREATE TABLE cluster_members (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES event_clusters(id)
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);

CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE(source, message)
);
"""

# Version 2: syndicated-copy links and the LSH buckets that find them, plus the query indexes.
_MIGRATION_2 = """
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
CREATE TABLE article_bands (
    band TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_bands_band ON article_bands(band);
CREATE INDEX clusters_match ON event_clusters(family, source_key, target_key, modality, date);
CREATE INDEX clusters_dyad ON event_clusters(source_key, target_key, modality, date, quad_class, plover, goldstein);
CREATE INDEX clusters_date ON event_clusters(date);
"""

# Version 3: the registry of actors learned from the text (dyadwatch.actors.registry). One row per distinct
# reading of a person (name, country, sector, title: '' when unknown, so UNIQUE holds); conflicting readings
# are separate rows, never overwritten. Evidence rows say which article and sentence showed each reading.
_MIGRATION_3 = """
CREATE TABLE learned_actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,               -- the name folded (case and accents), what lookups use
    country TEXT NOT NULL,
    sector TEXT NOT NULL,
    title TEXT NOT NULL,
    aliases TEXT NOT NULL,                -- JSON list of the surface forms seen
    first_seen TEXT,
    last_seen TEXT,
    mentions INTEGER NOT NULL,
    UNIQUE(name_key, country, sector, title)
);
CREATE TABLE learned_actor_evidence (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES learned_actors(id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    seen TEXT,
    surface TEXT NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX learned_actor_evidence_actor ON learned_actor_evidence(actor_id);
"""

# Version 4: dyad_months, per unordered pair of known sides, month and modality, the de-duplicated event
# count, cooperation and conflict counts and Goldstein sum. Triggers keep it equal to a GROUP BY over
# event_clusters whatever writes there, so `top-dyads` sums a few hundred thousand rows instead of scanning
# every event (dyadwatch.aggregate reads it for whole months, and event_clusters for partial edge months).
_DYAD_MONTH_ROW = "(NEW.source_key != '' AND NEW.target_key != '' AND NEW.source_key != NEW.target_key" \
                  " AND NEW.date IS NOT NULL)"
_DYAD_MONTH_KEY = ("a = min({r}.source_key, {r}.target_key) AND b = max({r}.source_key, {r}.target_key)"
                   " AND month = substr({r}.date, 1, 7) AND modality = {r}.modality")
_DYAD_MONTH_ADD = """
    INSERT INTO dyad_months (a, b, month, modality, events, cooperation, conflict, goldstein)
    VALUES (min(NEW.source_key, NEW.target_key), max(NEW.source_key, NEW.target_key), substr(NEW.date, 1, 7),
            NEW.modality, 1, NEW.quad_class <= 2, NEW.quad_class >= 3, NEW.goldstein)
    ON CONFLICT (month, modality, a, b) DO UPDATE SET events = events + 1,
        cooperation = cooperation + excluded.cooperation, conflict = conflict + excluded.conflict,
        goldstein = goldstein + excluded.goldstein;
"""
_DYAD_MONTH_REMOVE = f"""
    UPDATE dyad_months SET events = events - 1, cooperation = cooperation - (OLD.quad_class <= 2),
        conflict = conflict - (OLD.quad_class >= 3), goldstein = goldstein - OLD.goldstein
    WHERE {_DYAD_MONTH_KEY.format(r="OLD")};
    DELETE FROM dyad_months WHERE {_DYAD_MONTH_KEY.format(r="OLD")} AND events <= 0;
"""
_MIGRATION_4 = f"""
CREATE TABLE dyad_months (
    a TEXT NOT NULL,                      -- the smaller side key; b the larger (pairs are unordered)
    b TEXT NOT NULL,
    month TEXT NOT NULL,                  -- YYYY-MM of the cluster's anchor date
    modality TEXT NOT NULL,
    events INTEGER NOT NULL,
    cooperation INTEGER NOT NULL,         -- QuadClass 1-2
    conflict INTEGER NOT NULL,            -- QuadClass 3-4
    goldstein REAL NOT NULL,
    PRIMARY KEY (month, modality, a, b)
) WITHOUT ROWID;
INSERT INTO dyad_months (a, b, month, modality, events, cooperation, conflict, goldstein)
    SELECT min(source_key, target_key), max(source_key, target_key), substr(date, 1, 7), modality, COUNT(*),
           SUM(quad_class <= 2), SUM(quad_class >= 3), SUM(goldstein)
    FROM event_clusters
    WHERE source_key != '' AND target_key != '' AND source_key != target_key AND date IS NOT NULL
    GROUP BY 1, 2, 3, 4;
CREATE TRIGGER dyad_months_insert AFTER INSERT ON event_clusters WHEN {_DYAD_MONTH_ROW}
BEGIN{_DYAD_MONTH_ADD}END;
CREATE TRIGGER dyad_months_delete AFTER DELETE ON event_clusters WHEN {_DYAD_MONTH_ROW.replace("NEW.", "OLD.")}
BEGIN{_DYAD_MONTH_REMOVE}END;
CREATE TRIGGER dyad_months_update_old
AFTER UPDATE OF source_key, target_key, date, modality, quad_class, goldstein ON event_clusters
WHEN {_DYAD_MONTH_ROW.replace("NEW.", "OLD.")}
BEGIN{_DYAD_MONTH_REMOVE}END;
CREATE TRIGGER dyad_months_update_new
AFTER UPDATE OF source_key, target_key, date, modality, quad_class, goldstein ON event_clusters
WHEN {_DYAD_MONTH_ROW}
BEGIN{_DYAD_MONTH_ADD}END;
"""

MIGRATIONS: tuple[str, ...] = (_MIGRATION_1, _MIGRATION_2, _MIGRATION_3, _MIGRATION_4)
SCHEMA_VERSION = len(MIGRATIONS)


def content_hash(content: str, url: str | None = None) -> str:
    """The identity of a raw document: the same file (or JSONL record) always hashes the same."""
    return hashlib.sha256(((url or "") + "\x00" + content).encode("utf-8")).hexdigest()


def actor_key(actor: Actor | None) -> str:
    """The dyad side of an actor: its country, else its organisation, else its code; '' when unknown.

    Dyads are asked about as countries ("IRN RUS"), so Russia's government and its army are the same side.
    """
    if actor is None:
        return ""
    return actor.country or actor.org or actor.code or ""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _outlet(article: Article) -> str | None:
    if article.sitename:
        return article.sitename.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return None


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements (executescript would commit on its own, outside our transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]!r}")


def _migrate(conn: sqlite3.Connection, path: str, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema up to ``target``, each step in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: schema version {version} is newer than this dyadwatch ({SCHEMA_VERSION}); "
                         "upgrade dyadwatch")
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def open_store(path: str | Path = DEFAULT_DB, schema_version: int = SCHEMA_VERSION) -> Store:
    """Open (creating and migrating as needed) the store at ``path``.

    ``schema_version`` below the current one is for testing migrations from an older file.
    """
    name = str(path)
    parent = Path(name).parent
    if not parent.is_dir():
        raise StoreError(f"{name}: directory {str(parent)!r} does not exist")
    try:
        conn = sqlite3.connect(name, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, name, schema_version)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{name}: not a dyadwatch store ({exc})") from None
    return Store(conn, name)


@dataclass(slots=True)
class StoredArticle:
    """What :meth:`Store.add_article` did: the row id, its mentions and the original it copies, if any."""

    article_id: int
    events: int
    duplicate_of: int | None


class Store:
    """A connection to one store file. Writes go through :meth:`add_article` and :meth:`add_error` only."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing, even on KeyboardInterrupt: the rollback runs for any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def has_article(self, digest: str) -> bool:
        """True when a document with this content hash is stored: ingest skips it without coding it."""
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone() is not None

    def add_article(self, article: Article, digest: str,
                    before_commit: Callable[[sqlite3.Connection], None] | None = None) -> StoredArticle | None:
        """Store an article, its event mentions and their clusters in one transaction.

        Returns None when the content hash is already stored (nothing changes). ``before_commit`` runs inside
        the transaction after everything is written; tests use it to interrupt at the worst moment.
        """
        from .dedupe import article_bands, assign_cluster, find_duplicate_article, index_article_bands

        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone():
                return None
            outlet = _outlet(article)
            cursor = conn.execute(
                "INSERT INTO articles (article_key, content_hash, url, title, published, source, outlet, text,"
                " coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.article_id, digest, article.url, article.title, article.published, article.source,
                 outlet, article.text, _now()),
            )
            row_id = int(cursor.lastrowid or 0)
            bands = article_bands(article.text)
            duplicate_of = find_duplicate_article(conn, row_id, article.text, bands)
            if duplicate_of is not None:
                conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (duplicate_of, row_id))
            index_article_bands(conn, row_id, bands)
            for event in article.events:
                mention_id = _insert_event(conn, row_id, event)
                assign_cluster(conn, mention_id, event, article.published)
            if before_commit is not None:
                before_commit(conn)
        return StoredArticle(row_id, len(article.events), duplicate_of)

    def add_error(self, source: str, message: str) -> None:
        """Record a document that failed; the same failure seen again only updates its time."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO errors (source, message, at) VALUES (?, ?, ?)"
                " ON CONFLICT(source, message) DO UPDATE SET at = excluded.at",
                (source, message, _now()),
            )

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries and tests."""
        tables = ("articles", "events", "event_clusters", "cluster_members", "errors")
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


def _json(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value is not None else None


def _insert_event(conn: sqlite3.Connection, article_row: int, event: Event) -> int:
    cursor = conn.execute(
        "INSERT INTO events (article_id, event_id, date, date_precision, source_key, target_key, source_json,"
        " target_json, cameo, cameo_root, cameo_name, plover, plover_mode, plover_context, quad_class,"
        " goldstein, location_json, negated, modality, sentence, sentence_index, span_start, span_end, trigger)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_row, event.event_id, event.date, event.date_precision, actor_key(event.source),
         actor_key(event.target), _json(event.source.to_dict() if event.source else None),
         _json(event.target.to_dict() if event.target else None), event.cameo, event.cameo_root,
         event.cameo_name, event.plover, event.plover_mode, event.plover_context, event.quad_class,
         event.goldstein, _json(event.location.to_dict() if event.location else None), int(event.negated),
         event.modality, event.sentence, event.sentence_index, event.span[0], event.span[1], event.trigger),
    )
    return int(cursor.lastrowid or 0)


def place_from_json(text: str | None) -> Place | None:
    """A stored location back as a Place."""
    if not text:
        return None
    data = json.loads(text)
    return Place(name=data["name"], country=data.get("country"), lat=data.get("lat"), lon=data.get("lon"),
                 geonames_id=data.get("geonames_id"), precision=data.get("precision") or "city")


def _connect_readonly(db: str | Path | Store) -> tuple[sqlite3.Connection, bool]:
    if isinstance(db, Store):
        return db.conn, False
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{db}: no such store")
    store = open_store(path)
    return store.conn, True


def read_events(db: str | Path | Store) -> list[dict[str, Any]]:
    """Every stored event mention as its public record (``Event.to_dict`` fields) plus store context.

    Added keys: ``cluster_id`` (the de-duplicated event it belongs to), ``url``, ``published``, ``outlet``
    and ``duplicate_of`` of its article.
    """
    conn, owned = _connect_readonly(db)
    try:
        rows = conn.execute(
            "SELECT e.event_id, a.article_key, e.date, e.date_precision, e.source_json, e.target_json, e.cameo,"
            " e.cameo_root, e.cameo_name, e.plover, e.plover_mode, e.plover_context, e.quad_class, e.goldstein,"
            " e.location_json, e.negated, e.modality, e.sentence, e.sentence_index, e.span_start, e.span_end,"
            " e.trigger, m.cluster_id, a.url, a.published, a.outlet, a.duplicate_of"
            " FROM events e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN cluster_members m ON m.event_id = e.id ORDER BY e.id"
        ).fetchall()
    finally:
        if owned:
            conn.close()
    records = []
    for row in rows:
        records.append({
            "event_id": row[0], "article_id": row[1], "date": row[2], "date_precision": row[3],
            "source": json.loads(row[4]) if row[4] else None, "target": json.loads(row[5]) if row[5] else None,
            "cameo": row[6], "cameo_root": row[7], "cameo_name": row[8], "plover": row[9],
            "plover_mode": row[10], "plover_context": row[11], "quad_class": row[12], "goldstein": row[13],
            "location": json.loads(row[14]) if row[14] else None, "negated": bool(row[15]),
            "modality": row[16], "sentence": row[17], "sentence_index": row[18], "span": [row[19], row[20]],
            "trigger": row[21], "cluster_id": row[22], "url": row[23], "published": row[24], "outlet": row[25],
            "duplicate_of": row[26],
        })
    return records


_CLUSTER_COLUMNS = (
    "id", "source_key", "target_key", "symmetric", "family", "modality", "date", "date_last", "cameo",
    "cameo_root", "plover", "quad_class", "goldstein", "location_json", "num_mentions", "num_sources",
    "num_articles", "first_seen", "last_seen",
)  # fmt: skip


def iter_clusters(conn: sqlite3.Connection, since: str | None = None) -> Iterator[dict[str, Any]]:
    """De-duplicated events in id order, streamed (exports of large stores never hold them all)."""
    sql = f"SELECT {', '.join(_CLUSTER_COLUMNS)} FROM event_clusters"
    params: tuple[str, ...] = ()
    if since:
        sql += " WHERE date >= ?"
        params = (since,)
    for row in conn.execute(sql + " ORDER BY id", params):
        record = dict(zip(_CLUSTER_COLUMNS, row, strict=True))
        record["symmetric"] = bool(record["symmetric"])
        record["location"] = json.loads(record.pop("location_json")) if row[13] else None
        record.pop("location_json", None)
        yield record


def read_clusters(db: str | Path | Store) -> list[dict[str, Any]]:
    """Every de-duplicated event (cluster) with its counts, as dicts."""
    conn, owned = _connect_readonly(db)
    try:
        return list(iter_clusters(conn))
    finally:
        if owned:
            conn.close()
