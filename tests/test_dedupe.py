"""De-duplication: one real-world event across articles is one cluster; different events stay apart."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dyadwatch.dedupe import jaccard, places_compatible, shingles
from dyadwatch.store import Store, content_hash, open_store, read_clusters

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from corpus_records import CITIES, make_article, make_event, story

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_dedupe.py"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "d.db")


def add(store: Store, key: str, events: list, text: str | None = None, published: str = "2024-03-05",
        sitename: str | None = None) -> None:
    article = make_article(key, text or story(len(key) * 31 + sum(map(ord, key))), events, published,
                           sitename=sitename or key)
    assert store.add_article(article, content_hash(key)) is not None


def test_same_attack_reported_three_times_is_one_event(store: Store) -> None:
    add(store, "a", [make_event("RUS", None, "194", "2024-03-05", place="Kharkiv")])
    add(store, "b", [make_event("RUS", None, "195", "2024-03-06", place="Kharkiv")], published="2024-03-06")
    add(store, "c", [make_event("RUS", None, "190", "2024-03-05")])  # no place: compatible
    (cluster,) = read_clusters(store)
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (3, 3, 3)
    assert cluster["location"]["name"] == "Kharkiv" and cluster["date"] == "2024-03-05"


def test_same_dyad_and_code_same_day_in_different_cities_stay_distinct(store: Store) -> None:
    add(store, "a", [make_event("RUS", None, "194", "2024-03-05", place="Kharkiv")])
    add(store, "b", [make_event("RUS", None, "194", "2024-03-05", place="Odesa")])
    add(store, "c", [make_event("RUS", None, "194", "2024-03-05", place="Odesa")])
    assert sorted(c["num_mentions"] for c in read_clusters(store)) == [1, 2]


def test_dates_outside_the_window_and_other_families_stay_distinct(store: Store) -> None:
    add(store, "a", [make_event("IRN", "RUS", "040", "2024-03-05")])
    add(store, "b", [make_event("IRN", "RUS", "040", "2024-03-08")])  # three days later
    add(store, "c", [make_event("IRN", "RUS", "112", "2024-03-05")])  # accuse: another family
    add(store, "d", [make_event("IRN", "RUS", "040", "2024-03-05", modality="future")])
    assert len(read_clusters(store)) == 4


def test_mutual_events_match_in_either_order_but_directed_ones_do_not(store: Store) -> None:
    add(store, "a", [make_event("IRN", "RUS", "040", "2024-03-05")])
    add(store, "b", [make_event("RUS", "IRN", "040", "2024-03-05")])  # consult is symmetric
    add(store, "c", [make_event("IRN", "RUS", "112", "2024-03-05")])
    add(store, "d", [make_event("RUS", "IRN", "112", "2024-03-05")])  # accuse is directed
    counts = sorted((c["family"], c["num_mentions"]) for c in read_clusters(store))
    assert counts == [("ACCUSE", 1), ("ACCUSE", 1), ("CONSULT", 2)]


def test_government_and_army_of_one_country_are_one_side(store: Store) -> None:
    add(store, "a", [make_event("RUS", None, "194", "2024-03-05", source_sector="MIL")])
    add(store, "b", [make_event("RUS", None, "194", "2024-03-05", source_sector="GOV")])
    assert [c["num_mentions"] for c in read_clusters(store)] == [2]


def test_syndicated_copy_is_linked_and_not_counted_twice(store: Store) -> None:
    body = story(3) + " " + story(4)
    add(store, "orig", [make_event("RUS", None, "194", "2024-03-05")], text=body, sitename="Northline")
    add(store, "copy", [make_event("RUS", None, "194", "2024-03-05")], text=body + " Distributed by Northline.",
        sitename="Aggregator")
    add(store, "own", [make_event("RUS", None, "194", "2024-03-05")], sitename="Eastern Ledger")
    rows = dict(store.conn.execute("SELECT article_key, duplicate_of FROM articles").fetchall())
    original_row = store.conn.execute("SELECT id FROM articles WHERE article_key = 'orig'").fetchone()[0]
    assert rows == {"orig": None, "copy": original_row, "own": None}
    (cluster,) = read_clusters(store)
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (3, 2, 2)


def test_shingle_similarity() -> None:
    text = story(5)
    assert jaccard(shingles(text), shingles(text + " Distributed by Northline.")) >= 0.9
    assert jaccard(shingles(text), shingles(story(6))) < 0.5
    assert shingles("Too short") == {"too short"}


def test_place_compatibility() -> None:
    assert places_compatible(CITIES["Kharkiv"], None)
    assert places_compatible(CITIES["Kharkiv"], CITIES["Ukraine"])
    assert not places_compatible(CITIES["Kharkiv"], CITIES["Odesa"])
    assert not places_compatible(CITIES["Tehran"], CITIES["Ukraine"])


def test_labelled_set_floor(tmp_path: Path) -> None:
    """A small version of bench/bench_dedupe.py through the real pipeline: pairwise P and R >= 0.9."""
    spec = importlib.util.spec_from_file_location("bench_dedupe", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_dedupe"] = bench
    spec.loader.exec_module(bench)
    corpus = bench.generate(12, seed=3)
    result = bench.measure(corpus, tmp_path / "labelled.db")
    assert result["mentions_scored"] >= 0.8 * len(corpus.articles)
    assert result["precision"] >= 0.9 and result["recall"] >= 0.9
    assert result["copies_linked"] == result["syndicated_copies"]
