"""Ingest throughput (articles per second on one core) and memory as the corpus grows, on generated news.

Articles are generated from templates written here (a few hundred sentence frames filled with countries,
cities, days and numbers, so no two bodies are the same), written as JSONL files, and ingested with
``dyadwatch.ingest`` into a fresh store in one process; the 181 pages in ``../shared/extraction/scrapinghub``
are ingested first when present. At 2,000, 5,000 and 10,000 documents (or the --checkpoints given) it records
the resident memory (VmRSS), the peak so far (ru_maxrss), the elapsed and CPU seconds; memory is flat when
the RSS at the last checkpoint is within a few percent of the first.

    .venv/bin/python bench/bench_ingest.py [--articles 10000] [--checkpoints 2000,5000,10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dyadwatch.ingest import IngestStats, ingest
from dyadwatch.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED_PAGES = REPO.parent / "shared" / "extraction" / "scrapinghub" / "html"

COUNTRIES = {
    "Iran": ("Tehran", "Iranian"), "Russia": ("Moscow", "Russian"), "Turkey": ("Ankara", "Turkish"),
    "Egypt": ("Cairo", "Egyptian"), "Kenya": ("Nairobi", "Kenyan"), "Ethiopia": ("Addis Ababa", "Ethiopian"),
    "India": ("New Delhi", "Indian"), "Pakistan": ("Islamabad", "Pakistani"), "Ukraine": ("Kyiv", "Ukrainian"),
    "Poland": ("Warsaw", "Polish"), "Japan": ("Tokyo", "Japanese"), "Brazil": ("Brasilia", "Brazilian"),
    "Mexico": ("Mexico City", "Mexican"), "Nigeria": ("Abuja", "Nigerian"), "Qatar": ("Doha", "Qatari"),
    "Jordan": ("Amman", "Jordanian"), "Armenia": ("Yerevan", "Armenian"), "Azerbaijan": ("Baku", "Azerbaijani"),
    "Peru": ("Lima", "Peruvian"), "Chile": ("Santiago", "Chilean"), "Sudan": ("Khartoum", "Sudanese"),
}  # fmt: skip
OUTLETS = ("Harbour Wire", "Lake Courier", "Nile Ledger", "Eastern Ledger", "Northline", "Gulf Courier")
LEADS = (
    "{a} and {b} signed an agreement on {topic} in {city} on {weekday}, officials from both countries said.",
    "{a} accused {b} of violating a ceasefire along their shared border on {weekday}, the {adj_a} foreign "
    "ministry said in a statement.",
    "The {adj_a} foreign minister met his {adj_b} counterpart in {city} on {weekday} to discuss {topic}.",
    "{a} expelled {n} {adj_b} diplomats on {weekday}, accusing them of espionage.",
    "{a} pledged {n} million dollars in aid to {b} on {weekday} after floods displaced thousands of people.",
    "Police in {city} arrested {n} protesters on {weekday} during demonstrations against the government.",
    "{a} threatened on {weekday} to impose sanctions on {b} over its treatment of {topic}.",
    "{adj_a} forces shelled positions held by {adj_b} troops near the border on {weekday}, killing {n} "
    "soldiers, a military spokesman said.",
    "{a} recalled its ambassador to {b} on {weekday} in a dispute over {topic}.",
    "The leaders of {a} and {b} agreed on {weekday} to resume talks on {topic} next month.",
)  # fmt: skip
FOLLOW = (
    "The talks on {topic} lasted {h} hours, according to a spokesman who declined to give details.",
    "Analysts in {city} said the move would complicate relations between the two capitals for months.",
    "A statement from the {adj_b} government said it would respond at an appropriate time.",
    "Officials said a second round could follow within {w} weeks if both sides agreed.",
    "The dispute over {topic} has simmered since at least {year}, diplomats said.",
    "Residents of {city} said they had heard little about the negotiations.",
    "The United Nations called on both sides to show restraint and to keep channels open.",
    "Markets in {city} were calm, and the currency closed slightly higher on the day.",
)  # fmt: skip
TOPICS = ("grain exports", "border crossings", "gas prices", "naval drills", "prisoner swaps", "river water",
          "fishing rights", "air corridors", "rail freight", "election monitors", "mining permits")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def generate_article(number: int, rng: random.Random) -> dict[str, Any]:
    """One news-style record with a dateline, 4 paragraphs and a date; number makes the text unique."""
    a, b = rng.sample(sorted(COUNTRIES), 2)
    city_a, adj_a = COUNTRIES[a]
    city_b, adj_b = COUNTRIES[b]
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(900))
    fill = {"a": a, "b": b, "adj_a": adj_a, "adj_b": adj_b, "city": rng.choice((city_a, city_b)),
            "topic": rng.choice(TOPICS), "weekday": WEEKDAYS[day.weekday()], "n": rng.randint(2, 90),
            "h": rng.randint(2, 11), "w": rng.randint(1, 6), "year": rng.randint(1995, 2020)}
    outlet = rng.choice(OUTLETS)
    lead = rng.choice(LEADS).format(**fill)
    follows = [sentence.format(**fill) for sentence in rng.sample(FOLLOW, 3)]
    body = [f"{city_a.upper()} ({outlet}) - {lead}", *follows,
            f"This report, number {number}, was filed from {fill['city']} by staff correspondent {number % 97}."]
    slug = outlet.lower().replace(" ", "")
    return {"id": f"gen{number}", "url": f"https://{slug}.example/{day:%Y/%m}/{number}", "published": day.isoformat(),
            "title": lead.split(",")[0][:90], "text": "\n\n".join(body)}


def write_corpus(directory: Path, count: int, per_file: int = 500, seed: int = 3) -> list[Path]:
    rng = random.Random(seed)
    files = []
    for start in range(0, count, per_file):
        path = directory / f"generated_{start // per_file:04d}.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for number in range(start, min(count, start + per_file)):
                handle.write(json.dumps(generate_article(number, rng)) + "\n")
        files.append(path)
    return files


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--checkpoints", default="2000,5000,10000")
    parser.add_argument("--keep", help="Write the corpus and store here instead of a temporary directory.")
    args = parser.parse_args()
    checkpoints = sorted(int(c) for c in args.checkpoints.split(","))
    with tempfile.TemporaryDirectory(prefix="dyadwatch_bench_ingest_") as temporary:
        work = Path(args.keep) if args.keep else Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus"
        corpus.mkdir(exist_ok=True)
        files = write_corpus(corpus, args.articles)
        inputs = ([str(SHARED_PAGES)] if SHARED_PAGES.is_dir() else []) + [str(f) for f in files]
        db = work / "bench_ingest.db"
        for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            stale.unlink(missing_ok=True)

        from dyadwatch.cli import _load_resources

        _load_resources()  # the spaCy model and tables, loaded once, outside the timed loop
        baseline = {"rss_mb": round(rss_mb(), 1), "peak_mb": round(peak_mb(), 1)}
        samples: list[dict[str, Any]] = []
        pending = list(checkpoints)
        started_cpu = cpu_seconds()

        def sample(totals: IngestStats) -> None:
            if pending and totals.documents >= pending[0]:
                pending.pop(0)
                samples.append({
                    "documents": totals.documents, "stored": totals.stored, "events": totals.events,
                    "errors": totals.errors, "seconds": round(totals.seconds, 1),
                    "docs_per_s": round(totals.docs_per_second, 1),
                    "docs_per_cpu_s": round(totals.documents / max(cpu_seconds() - started_cpu, 1e-9), 1),
                    "rss_mb": round(rss_mb(), 1), "peak_mb": round(peak_mb(), 1),
                })
                print(json.dumps(samples[-1]), file=sys.stderr, flush=True)

        with open_store(db) as store:
            stats = ingest(inputs, store, on_progress=sample)
            counts = store.counts()
        cpu = cpu_seconds() - started_cpu
        result = {
            "articles_generated": args.articles,
            "shared_pages": len(list(SHARED_PAGES.glob("*"))) if SHARED_PAGES.is_dir() else 0,
            "documents": stats.documents, "stored": stats.stored, "errors": stats.errors, "events": stats.events,
            "seconds": round(stats.seconds, 1), "docs_per_s": round(stats.docs_per_second, 1),
            "docs_per_cpu_s": round(stats.documents / cpu, 1),
            "store": counts, "db_mb": round(db.stat().st_size / 1e6, 1),
            "after_loading_resources": baseline, "checkpoints": samples,
        }
        if len(samples) >= 2:
            first, last = samples[0], samples[-1]
            result["rss_growth_first_to_last_checkpoint_mb"] = round(last["rss_mb"] - first["rss_mb"], 1)
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
