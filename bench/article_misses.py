"""Event by event, what the coder found in whole articles against their hand coding: the tuning view.

Run:  python bench/article_misses.py [--file tests/fixtures/news_articles.jsonl] [--id art-a01 ...]

``dyadwatch eval`` scores a whole article at once; to fix rules one needs each gold event beside the output
event that matches it (same PLOVER type and dyad), with what differs (code, date, place, modality), then the
output events no gold event explains, with their sentences. Only the tune half is shown: the held-out half of
an article gold is for ``dyadwatch eval --split heldout`` totals, never for reading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dyadwatch.evaluate import GoldEvent, dyad_matches, read_gold, split_of
from dyadwatch.model import Event
from dyadwatch.pipeline import code_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "tests" / "fixtures" / "news_articles.jsonl"


def _actor(actor: object) -> str:
    if actor is None:
        return "-"
    return getattr(actor, "code", None) or getattr(actor, "country", None) or getattr(actor, "text", "?")


def _out_line(event: Event) -> str:
    place = f"{event.location.name}/{event.location.country}" if event.location else "-"
    return (f"{event.cameo} {_actor(event.source)}->{_actor(event.target)} {event.date or '-'} {place} "
            f"{event.modality} [{event.trigger}] {event.sentence[:140]!r}")


def _gold_line(gold: GoldEvent, sentence: str) -> str:
    place = f"{gold.location}/{gold.location_country}" if gold.location else "-"
    return (f"{gold.code or gold.root} {gold.source or '*'}->{gold.target or '*'} {gold.date or '-'} {place} "
            f"{gold.modality or '?'} {sentence[:140]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT_FILE))
    parser.add_argument("--id", nargs="*", help="Only these record ids (tune half only).")
    args = parser.parse_args(argv)
    import json

    sentences = {}
    for line in Path(args.file).read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            sentences[raw["id"]] = [item.get("sentence", "") for item in raw.get("expected", [])]
    for record in read_gold(args.file):
        if split_of(record.record_id) != "tune" or (args.id and record.record_id not in args.id):
            continue
        got = code_article(record.text, published=record.published, article_id=record.record_id).events
        used: set[int] = set()
        print(f"=== {record.record_id} (published {record.published})")
        for gold, sentence in zip(record.expected, sentences.get(record.record_id, []), strict=False):
            match = next((i for i, e in enumerate(got) if e.plover == gold.plover and dyad_matches(e, gold)),
                         None)
            if match is None:
                print(f"  MISS  {_gold_line(gold, sentence)}")
                continue
            used.add(match)
            event = got[match]
            diffs = []
            if gold.code and event.cameo != gold.code:
                diffs.append(f"code {event.cameo}")
            if gold.date and event.date != gold.date:
                diffs.append(f"date {event.date}")
            if gold.location and not (event.location and event.location.country == gold.location_country):
                diffs.append(f"place {event.location.name if event.location else '-'}")
            if gold.modality and event.modality != gold.modality:
                diffs.append(f"modality {event.modality}")
            print(f"  {'ok   ' if not diffs else 'DIFF '} {_gold_line(gold, sentence)}"
                  + (f"\n         got {', '.join(diffs)}" if diffs else ""))
        for i, event in enumerate(got):
            if i not in used:
                print(f"  EXTRA {_out_line(event)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
