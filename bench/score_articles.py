"""Our whole-article gold scored the way each release's hidden set is: with the project's public scorer.

    python bench/score_articles.py     # needs ../shared/tools/score.py; prints one JSON line per half

The hidden set of real news articles is scored by ``../shared/tools/score.py events``, whose metrics differ from
``dyadwatch eval``: recall is any-match (a gold event counts when any output event of its article has its PLOVER
type, its root, its two countries, or all of these, ``full_recall``), precision is per PLOVER type only, and
date and place are checked on the fully matching events first. This script writes each half of
``tests/fixtures/news_articles.jsonl`` in that scorer's gold and input formats, codes the input with the
``dyadwatch code`` command of this checkout, and runs the scorer on it, so the release score has a stand-in
anyone can rerun. The scorer is called, not copied.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from dyadwatch.evaluate import split_of
from dyadwatch.events.ontology import plover_of

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "news_articles.jsonl"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
SPLITS = ("tune", "heldout")


def _scorer_event(event: dict[str, str | None]) -> dict[str, str | None]:
    """One gold event in the scorer's "events" format (PLOVER type and root from our CAMEO code)."""
    code = str(event["cameo"])
    return {
        "source_country": event.get("source_country"),
        "target_country": event.get("target_country"),
        "plover": plover_of(code),
        "cameo_root": code[:2],
        "date": event.get("date"),
        "location": event.get("location"),
        "location_country": event.get("location_country"),
    }


def write_halves(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Write each half's gold and input JSONL under ``folder``; return {split: (gold, input)}."""
    paths = {split: (folder / f"{split}.gold.jsonl", folder / f"{split}.in.jsonl") for split in SPLITS}
    handles = {split: (gold.open("w", encoding="utf-8"), given.open("w", encoding="utf-8"))
               for split, (gold, given) in paths.items()}
    try:
        for line in ARTICLES.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold, given = handles[split_of(record["id"])]
            expected = [_scorer_event(event) for event in record["expected"]]
            gold.write(json.dumps({"id": record["id"], "text": record["text"], "published": record["published"],
                                   "expected": expected}) + "\n")
            given.write(json.dumps({"id": record["id"], "text": record["text"],
                                    "published": record["published"]}) + "\n")
    finally:
        for gold, given in handles.values():
            gold.close()
            given.close()
    return paths


def main() -> int:
    if not SCORER.is_file():
        print(f"score_articles: the public scorer {SCORER} is absent; nothing to score", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for split, (gold, given) in write_halves(folder).items():
            coded = folder / f"{split}.out.jsonl"
            with coded.open("w", encoding="utf-8") as out:
                subprocess.run([sys.executable, "-m", "dyadwatch.cli", "code", str(given), "--format", "jsonl"],
                               stdout=out, check=True, cwd=ROOT)
            scored = subprocess.run([sys.executable, str(SCORER), "events", str(gold), str(coded)],
                                    capture_output=True, text=True, check=True)
            print(f"{split}: {scored.stdout.splitlines()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
