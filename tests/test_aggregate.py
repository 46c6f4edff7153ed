"""Dyad series and top dyads, counted over de-duplicated events built directly (no NLP)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dyadwatch.aggregate import dyad_report, format_dyad_report, period_of, top_dyads
from dyadwatch.store import Store, content_hash, open_store

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from corpus_records import make_article, make_event, story


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "a.db")
    articles = [
        ("a", [make_event("IRN", "RUS", "040", "2024-01-10"), make_event("RUS", "IRN", "040", "2024-01-10")]),
        ("b", [make_event("IRN", "RUS", "040", "2024-01-10")]),  # the same talks again: counted once
        ("c", [make_event("IRN", "RUS", "112", "2024-01-20")]),  # IRN accuses RUS
        ("d", [make_event("RUS", "IRN", "112", "2024-02-03")]),  # RUS accuses IRN
        ("e", [make_event("IRN", "RUS", "051", "2024-02-05", modality="future")]),
        ("f", [make_event("IRN", "RUS", "040", None)]),
        ("g", [make_event("TUR", "EGY", "040", "2024-02-01"), make_event("TUR", "EGY", "112", "2024-02-09")]),
    ]
    for number, (key, events) in enumerate(articles):
        article = make_article(key, story(number), events, published=None, sitename=key)
        store.add_article(article, content_hash(key))
    return store


def test_month_series_counts_each_event_once(store: Store) -> None:
    report = dyad_report(store.conn, "IRN", "RUS", by="month")
    january, february = report.periods
    assert (january.period, january.total, february.period, february.total) == ("2024-01", 2, "2024-02", 1)
    assert january.quad_class == {1: 1, 2: 0, 3: 1, 4: 0}
    assert january.plover == {"CONSULT": 1, "ACCUSE": 1}
    assert january.goldstein_sum == pytest.approx(1.0 - 2.0)
    assert january.coop_conflict_index == 0.0 and february.coop_conflict_index == -1.0
    assert report.undated == 1


def test_modalities_direction_and_dates(store: Store) -> None:
    everything = dyad_report(store.conn, "irn", "rus", by="year", all_modalities=True)
    assert [p.total for p in everything.periods] == [4]
    directed = dyad_report(store.conn, "IRN", "RUS", by="year", directed=True)
    assert directed.periods[0].plover == {"CONSULT": 1, "ACCUSE": 1}  # mutual talks count both ways
    reverse = dyad_report(store.conn, "RUS", "IRN", by="year", directed=True)
    assert reverse.periods[0].plover == {"CONSULT": 1, "ACCUSE": 1}
    assert dyad_report(store.conn, "IRN", "RUS", since="2024-02-01").periods[0].period == "2024-02"
    weeks = dyad_report(store.conn, "IRN", "RUS", by="week")
    assert [p.period for p in weeks.periods] == ["2024-W02", "2024-W03", "2024-W05"]


def test_report_formats_and_serialises(store: Store) -> None:
    report = dyad_report(store.conn, "IRN", "RUS")
    text = format_dyad_report(report)
    assert text.splitlines()[0] == "IRN <-> RUS by month" and "1 undated events not shown" in text
    data = report.to_dict()
    assert data["periods"][0]["plover"] == {"CONSULT": 1, "ACCUSE": 1}
    assert "(no events)" in format_dyad_report(dyad_report(store.conn, "USA", "CHN"))


def test_period_labels() -> None:
    assert period_of("2024-12-30", "week") == "2025-W01"
    assert period_of("2024-03-05", "month") == "2024-03" and period_of("2024-03-05", "year") == "2024"
    with pytest.raises(ValueError, match="unknown period"):
        period_of("2024-03-05", "decade")


def test_top_dyads_ranks_unordered_pairs(store: Store) -> None:
    rows = top_dyads(store.conn)
    assert [(r["dyad"], r["events"]) for r in rows] == [(["IRN", "RUS"], 4), (["EGY", "TUR"], 2)]  # one undated
    assert rows[1]["coop_conflict_index"] == 0.0
    assert [r["dyad"] for r in top_dyads(store.conn, since="2024-02-01", limit=1)] == [["EGY", "TUR"]]


def _insert_random_clusters(store: Store, count: int, seed: int) -> None:
    import random

    rng = random.Random(seed)
    sides = ["IRN", "RUS", "UKR", "TUR", "EGY", "", "NATO"]
    rows = []
    for _ in range(count):
        a, b = rng.choice(sides), rng.choice(sides)
        day = None if rng.random() < 0.05 else f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        quad = rng.randint(1, 4)
        rows.append((a, b, day, day, "asserted" if rng.random() < 0.8 else "future", quad,
                     rng.choice([-10.0, -2.0, 1.0, 3.5])))
    store.conn.executemany(
        "INSERT INTO event_clusters (source_key, target_key, symmetric, family, modality, date, date_last, cameo,"
        " cameo_root, plover, quad_class, goldstein, num_mentions, num_sources, num_articles)"
        " VALUES (?, ?, 0, 'X', ?, ?, ?, '040', '04', 'CONSULT', ?, ?, 1, 1, 1)",
        [(a, b, modality, day, day_last, quad, goldstein) for a, b, day, day_last, modality, quad, goldstein in rows],
    )


def _scan_top_dyads(store: Store, since: str | None, until: str | None, all_modalities: bool) -> list[object]:
    """The old full scan, as the reference the month summary must agree with."""
    clauses = ["source_key != ''", "target_key != ''", "source_key != target_key"]
    values: list[str] = []
    if not all_modalities:
        clauses.append("modality = 'asserted'")
    if since:
        clauses.append("date >= ?")
        values.append(since)
    if until:
        clauses.append("date <= ?")
        values.append(until)
    sql = ("SELECT min(source_key, target_key) a, max(source_key, target_key) b, COUNT(*), SUM(quad_class <= 2),"
           f" SUM(goldstein) FROM event_clusters WHERE {' AND '.join(clauses)} GROUP BY a, b")
    return sorted((a, b, n, coop, round(g, 6)) for a, b, n, coop, g in store.conn.execute(sql, values))


def _top(store: Store, since: str | None, until: str | None, all_modalities: bool) -> list[object]:
    rows = top_dyads(store.conn, since=since, until=until, limit=1000, all_modalities=all_modalities)
    return sorted((r["dyad"][0], r["dyad"][1], r["events"], r["cooperation"],
                   round(r["goldstein_mean"] * r["events"], 6)) for r in rows)


RANGES = [(None, None), ("2023-01-01", None), ("2023-03-15", None), (None, "2023-06-30"), (None, "2023-06-14"),
          ("2023-02-10", "2023-11-05"), ("2023-04-01", "2023-04-30"), ("2023-04-03", "2023-04-20"),
          ("2023-04-03", "2023-05-20"), ("2023-12-01", "2023-12-31")]


def test_top_dyads_from_the_month_summary_match_a_full_scan_through_updates_and_deletes(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        _insert_random_clusters(store, 3000, seed=5)
        for since, until in RANGES:
            for all_modalities in (False, True):
                expected = _scan_top_dyads(store, since, until, all_modalities)
                assert [r[:4] for r in _top(store, since, until, all_modalities)] == [r[:4] for r in expected]
        store.conn.execute("DELETE FROM event_clusters WHERE id % 7 = 0")
        store.conn.execute("UPDATE event_clusters SET date = '2023-12-30', quad_class = 4 WHERE id % 11 = 0")
        store.conn.execute("UPDATE event_clusters SET source_key = 'TUR' WHERE id % 13 = 0")
        store.conn.execute("UPDATE event_clusters SET num_mentions = 9 WHERE id % 3 = 0")  # no effect on counts
        for since, until in RANGES:
            got, expected = _top(store, since, until, True), _scan_top_dyads(store, since, until, True)
            assert [r[:4] for r in got] == [r[:4] for r in expected]
            assert all(abs(g[4] - e[4]) <= 0.001 * e[2] for g, e in zip(got, expected, strict=True))
        summary = store.conn.execute("SELECT COUNT(*), MIN(events) FROM dyad_months").fetchone()
        assert summary[0] > 0 and summary[1] > 0  # emptied months are removed, never left at zero


def test_month_summary_is_backfilled_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path, schema_version=3) as store:
        _insert_random_clusters(store, 500, seed=9)
        expected = _scan_top_dyads(store, "2023-02-01", None, False)
    with open_store(path) as store:
        assert [r[:4] for r in _top(store, "2023-02-01", None, False)] == [r[:4] for r in expected]
