"""De-duplication: which event mentions report the same real-world event, and which articles are copies.

This module owns two decisions. (1) A mention joins an existing event cluster when it has the same dyad (in
either order for PLOVER's mutual types), the same event family (PLOVER type, else CAMEO root), the same
modality, a date within ``DATE_WINDOW_DAYS`` of the cluster's first mention and a compatible place (the same
city, or one side vague or unknown); otherwise it starts a new cluster. So one kidnapping reported by a hundred
outlets is one event, while two strikes by the same side on the same day in different cities stay two. (2) An
article whose 5-word-shingle Jaccard similarity with a stored one is at least ``DUPLICATE_JACCARD`` is a
syndicated copy: it is linked (``articles.duplicate_of``) and its mentions do not add articles or sources.
Candidates are found with MinHash/LSH buckets so that the check stays cheap as the store grows.

It works on an open SQLite connection inside the caller's transaction (see :mod:`dyadwatch.store`); it does no
NLP and commits nothing itself.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from datetime import date, timedelta
from functools import lru_cache

from .events.ontology import SYMMETRIC_PLOVER
from .model import Event, Place

__all__ = [
    "DATE_WINDOW_DAYS",
    "DUPLICATE_JACCARD",
    "article_bands",
    "assign_cluster",
    "cluster_key",
    "find_duplicate_article",
    "index_article_bands",
    "jaccard",
    "places_compatible",
    "shingles",
]

DATE_WINDOW_DAYS = 1
DUPLICATE_JACCARD = 0.9
SHINGLE_WORDS = 5
_BANDS = 10
_ROWS = 6  # 10 bands x 6 rows: a pair at Jaccard 0.9 shares a band with probability > 0.999, at 0.5 ~0.15
_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+")
_PRECISION_RANK = {"city": 3, "region": 2, "country": 1}


def shingles(text: str, width: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``width``-word windows of the lower-cased words (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= width:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + width]) for i in range(len(words) - width + 1)}


def jaccard(left: set[str], right: set[str]) -> float:
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


@lru_cache(maxsize=1)
def _permutations() -> tuple[tuple[int, int], ...]:
    """Fixed hash functions (seeded), so buckets written by one run match those of the next."""
    rng = random.Random(20240601)
    return tuple((rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(_BANDS * _ROWS))


def article_bands(text: str) -> list[str]:
    """The article's LSH bucket keys: articles sharing any key are checked for near-duplication."""
    values = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
              for s in shingles(text)]
    if not values:
        return []
    signature = [min((a * x + b) % _PRIME for x in values) for a, b in _permutations()]
    keys = []
    for band in range(_BANDS):
        chunk = signature[band * _ROWS:(band + 1) * _ROWS]
        digest = hashlib.blake2b(repr(chunk).encode("ascii"), digest_size=8).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys


def find_duplicate_article(conn: sqlite3.Connection, article_row: int, text: str, bands: list[str]) -> int | None:
    """The stored original that ``text`` copies (Jaccard >= DUPLICATE_JACCARD), or None.

    A copy of a copy points at the first original, so every syndication family has one canonical article.
    """
    if not bands:
        return None
    marks = ", ".join("?" for _ in bands)
    candidates = conn.execute(
        f"SELECT DISTINCT a.id, a.text, a.duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id"
        f" WHERE b.band IN ({marks}) AND a.id != ?", (*bands, article_row),
    ).fetchall()
    if not candidates:
        return None
    mine = shingles(text)
    best: tuple[float, int] | None = None
    for candidate_id, candidate_text, original in candidates:
        score = jaccard(mine, shingles(candidate_text))
        if score >= DUPLICATE_JACCARD and (best is None or score > best[0]):
            best = (score, int(original or candidate_id))
    return best[1] if best else None


def index_article_bands(conn: sqlite3.Connection, article_row: int, bands: list[str]) -> None:
    conn.executemany("INSERT INTO article_bands (band, article_id) VALUES (?, ?)",
                     [(band, article_row) for band in bands])


def cluster_key(event: Event) -> tuple[str, str, str, bool, str]:
    """(family, source side, target side, symmetric, modality): what two mentions must share to be one event."""
    from .store import actor_key

    family = event.plover or f"cameo:{event.cameo_root}"
    source, target = actor_key(event.source), actor_key(event.target)
    symmetric = event.plover in SYMMETRIC_PLOVER
    if symmetric and target < source:
        source, target = target, source
    return family, source, target, symmetric, event.modality


def _as_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def mention_day(event: Event, published: str | None) -> date | None:
    """The day a mention is about: its own resolved date, else the article's publication date."""
    return _as_day(event.date) or _as_day(published)


def places_compatible(left: Place | None, right: Place | None) -> bool:
    """Same city, or at least one side vague (country or region) or unknown and not in another country."""
    if left is None or right is None:
        return True
    if left.country and right.country and left.country != right.country:
        return False
    if left.precision == "city" and right.precision == "city":
        if left.geonames_id is not None and right.geonames_id is not None:
            return left.geonames_id == right.geonames_id
        return left.name.casefold() == right.name.casefold()
    if left.precision == "region" and right.precision == "region":
        return left.name.casefold() == right.name.casefold()
    return True


def _same_place(left: Place | None, right: Place | None) -> bool:
    return left is not None and right is not None and left.precision == right.precision and \
        left.name.casefold() == right.name.casefold()


def assign_cluster(conn: sqlite3.Connection, mention_row: int, event: Event, published: str | None) -> int:
    """Put a stored mention into its cluster (an existing one when compatible, else a new one); return its id."""
    from .store import place_from_json

    family, source, target, symmetric, modality = cluster_key(event)
    day = mention_day(event, published)
    place = event.location
    if day is None:
        rows = conn.execute(
            "SELECT id, date, location_json, num_mentions FROM event_clusters WHERE family = ? AND source_key = ?"
            " AND target_key = ? AND modality = ? AND date IS NULL", (family, source, target, modality),
        ).fetchall()
    else:
        low = (day - timedelta(days=DATE_WINDOW_DAYS)).isoformat()
        high = (day + timedelta(days=DATE_WINDOW_DAYS)).isoformat()
        rows = conn.execute(
            "SELECT id, date, location_json, num_mentions FROM event_clusters WHERE family = ? AND source_key = ?"
            " AND target_key = ? AND modality = ? AND date BETWEEN ? AND ?",
            (family, source, target, modality, low, high),
        ).fetchall()
    best: tuple[tuple[int, int, int], int, Place | None] | None = None
    for cluster_id, cluster_date, location_json, mentions in rows:
        cluster_place = place_from_json(location_json)
        if not places_compatible(cluster_place, place):
            continue
        anchor = _as_day(cluster_date)
        distance = abs((anchor - day).days) if anchor and day else 0
        rank = (distance, 0 if _same_place(cluster_place, place) else 1, -int(mentions))
        if best is None or rank < best[0]:
            best = (rank, int(cluster_id), cluster_place)
    location_json = json.dumps(place.to_dict(), ensure_ascii=False, sort_keys=True) if place else None
    if best is None:
        cursor = conn.execute(
            "INSERT INTO event_clusters (source_key, target_key, symmetric, family, modality, date, date_last,"
            " cameo, cameo_root, plover, quad_class, goldstein, location_json, num_mentions, num_sources,"
            " num_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
            (source, target, int(symmetric), family, modality, day.isoformat() if day else None,
             day.isoformat() if day else None, event.cameo, event.cameo_root, event.plover, event.quad_class,
             event.goldstein, location_json),
        )
        cluster_id = int(cursor.lastrowid or 0)
    else:
        _, cluster_id, cluster_place = best
        if place is not None and (cluster_place is None or _PRECISION_RANK.get(place.precision, 0)
                                  > _PRECISION_RANK.get(cluster_place.precision, 0)):
            conn.execute("UPDATE event_clusters SET location_json = ? WHERE id = ?", (location_json, cluster_id))
        if day is not None:
            conn.execute("UPDATE event_clusters SET date_last = max(coalesce(date_last, ?), ?) WHERE id = ?",
                         (day.isoformat(), day.isoformat(), cluster_id))
    conn.execute("INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?)", (mention_row, cluster_id))
    refresh_cluster_counts(conn, cluster_id)
    return cluster_id


def refresh_cluster_counts(conn: sqlite3.Connection, cluster_id: int) -> None:
    """Recount a cluster from its members: copies count as their original's article and outlet."""
    conn.execute(
        """
        UPDATE event_clusters SET (num_mentions, num_articles, num_sources, first_seen, last_seen) = (
            SELECT COUNT(*), COUNT(DISTINCT c.id), COUNT(DISTINCT coalesce(c.outlet, 'article:' || c.id)),
                   min(coalesce(a.published, substr(a.coded_at, 1, 10))),
                   max(coalesce(a.published, substr(a.coded_at, 1, 10)))
            FROM cluster_members m
            JOIN events e ON e.id = m.event_id
            JOIN articles a ON a.id = e.article_id
            JOIN articles c ON c.id = coalesce(a.duplicate_of, a.id)
            WHERE m.cluster_id = ?)
        WHERE id = ?
        """,
        (cluster_id, cluster_id),
    )
