"""`dyads` query time over a store of 1,000,000 de-duplicated events, built synthetically by bulk insert.

The events are written straight into ``event_clusters`` (one mention each is not needed by the query) with a
skewed dyad distribution over 60 countries and dates over ten years, then ``dyad_report`` is timed for the
busiest dyad and for a typical one (median of 5 runs each).

    .venv/bin/python bench/bench_store.py [--events 1000000] [--db /tmp/bench_store.db]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dyadwatch.aggregate import dyad_report, top_dyads
from dyadwatch.events.ontology import all_codes
from dyadwatch.store import open_store

COUNTRIES = ("IRN", "RUS", "USA", "CHN", "UKR", "ISR", "TUR", "EGY", "IND", "PAK", "FRA", "DEU", "GBR", "JPN",
             "KOR", "PRK", "SAU", "SYR", "IRQ", "AFG", "BRA", "ARG", "MEX", "NGA", "KEN", "ETH", "ZAF", "SDN",
             "LBY", "YEM", "QAT", "ARE", "JOR", "LBN", "AZE", "ARM", "GEO", "BLR", "POL", "ITA", "ESP", "CAN",
             "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "KAZ", "UZB", "VEN", "COL", "CUB",
             "PER", "CHL", "MAR", "DZA")


def build(db: Path, count: int, seed: int = 11) -> float:
    """Bulk-insert ``count`` clusters; return seconds taken."""
    if db.exists():
        db.unlink()
    rng = random.Random(seed)
    codes = [c for c in all_codes().values() if c.plover]
    weights = [1.0 / (rank + 1) for rank in range(len(COUNTRIES))]  # a few countries dominate, as in news
    start = date(2015, 1, 1)
    started = time.perf_counter()
    with open_store(db) as store:
        conn = store.conn
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        batch = []
        for number in range(count):
            a, b = rng.choices(COUNTRIES, weights, k=2)
            code = rng.choice(codes)
            day = (start + timedelta(days=rng.randrange(3650))).isoformat()
            modality = "asserted" if rng.random() < 0.85 else "future"
            batch.append((a, b, 0, code.plover, modality, day, day, code.code, code.root, code.plover,
                          code.quad_class, code.goldstein, 1, 1, 1, day, day))
            if len(batch) == 50_000 or number == count - 1:
                conn.executemany(
                    "INSERT INTO event_clusters (source_key, target_key, symmetric, family, modality, date,"
                    " date_last, cameo, cameo_root, plover, quad_class, goldstein, num_mentions, num_sources,"
                    " num_articles, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch)
                batch.clear()
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    return time.perf_counter() - started


def time_query(db: Path, a: str, b: str, by: str, runs: int = 5) -> tuple[float, int]:
    times, total = [], 0
    with open_store(db) as store:
        for _ in range(runs):
            started = time.perf_counter()
            report = dyad_report(store.conn, a, b, by=by)
            times.append(time.perf_counter() - started)
            total = sum(p.total for p in report.periods)
    return statistics.median(times), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/dyadwatch_bench_store.db")
    args = parser.parse_args()
    db = Path(args.db)
    build_seconds = build(db, args.events)
    result: dict[str, object] = {"events": args.events, "build_seconds": round(build_seconds, 1),
                                 "db_mb": round(db.stat().st_size / 1e6, 1)}
    for a, b, by in (("IRN", "RUS", "month"), ("IRN", "RUS", "week"), ("KEN", "ETH", "month")):
        median, total = time_query(db, a, b, by)
        result[f"dyads {a} {b} --by {by}"] = {"median_ms": round(median * 1000, 1), "events": total}
    with open_store(db) as store:
        started = time.perf_counter()
        top_dyads(store.conn, since="2021-01-01")
        result["top-dyads --since 2021-01-01 ms"] = round((time.perf_counter() - started) * 1000, 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
