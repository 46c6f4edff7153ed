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
