"""Precision of the coder on news-style sentences written for this suite (tests/fixtures/news_precision.jsonl).

Half of the sentences report a political event and half report none (markets, company deals, sport, culture,
commentary, feelings, background). The ``tune`` half was used to shape the coder's rules; the ``heldout`` half
was only measured. The floors are the measured values rounded down, so a rule that brings back false events
on real news fails here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from dyadwatch.evaluate import EvalReport, evaluate, pipeline_coder, read_gold
from dyadwatch.pipeline import code_article

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "news_precision.jsonl"

# suite -> (PLOVER micro precision, PLOVER micro recall, no-event specificity), measured and rounded down
FLOORS = {
    "tune": (0.89, 0.95, 0.90),  # recall 0.948 after H71's 60 new sentences, 0.985 after H72's patterns
    "heldout": (0.88, 0.95, 0.93),
}


@cache
def _report(suite: str) -> EvalReport:
    return evaluate(read_gold(FIXTURE, suite=suite), pipeline_coder())


def test_fixture_has_enough_event_and_no_event_sentences() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 120
    assert sum(1 for row in rows if row.get("no_event")) >= 60
    assert {row["suite"] for row in rows} == {"tune", "heldout"}
    for row in rows:
        assert row["text"] and row["published"]
        assert bool(row.get("no_event")) == (not row["expected"])
        for event in row["expected"]:
            assert event["code"][:2].isdigit() and event["source"]


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_precision_recall_and_specificity_stay_above_floors(suite: str) -> None:
    report = _report(suite)
    precision_floor, recall_floor, specificity_floor = FLOORS[suite]
    assert report.plover.micro_p is not None and report.plover.micro_p >= precision_floor
    assert report.plover.micro_r is not None and report.plover.micro_r >= recall_floor
    assert report.no_event_specificity is not None and report.no_event_specificity >= specificity_floor


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    events = code_article(text, published="2024-05-02", article_id="t").events
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events]


def test_a_thing_owned_by_an_actor_is_not_the_actor() -> None:
    # "X's endorsement offers a reminder": the endorsement offers, not X
    assert _codes("Lincoln's speech offers a useful lesson for the country's current leaders.") == []


def test_an_agent_owned_by_a_country_still_acts() -> None:
    # the head word names an agent ("foreign minister"), so the owner's country is the source
    codes = _codes("Spain's foreign minister praised Morocco for its cooperation on migration.")
    assert ("051", "ESP", "MAR") in codes

