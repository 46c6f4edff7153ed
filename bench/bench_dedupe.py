"""De-duplication quality on a labelled corpus generated here from templates.

Each real-world event (an attack on a city, talks, arrests, a signed agreement, an accusation) is reported by
2-5 articles from different outlets with different wording, dates phrased differently ("on Tuesday",
"yesterday", none) and published on the day or one or two days later; some stories are also syndicated verbatim.
Hard negatives are built in: the same side attacking a second city the same day, and the same dyad doing the
same thing again a week later. The articles go through the real pipeline and ``ingest``; every coded mention
whose family and dyad match its article's labelled event is scored, and clustering is measured as pairwise
precision and recall over those mentions. Mentions the coder got wrong are counted, not scored.

    .venv/bin/python bench/bench_dedupe.py [--events 120] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dyadwatch.ingest import ingest
from dyadwatch.store import open_store, read_events

# ISO3: (name, adjective, cities)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "TUR": ("Turkey", "Turkish", ("Ankara", "Istanbul")),
    "EGY": ("Egypt", "Egyptian", ("Cairo", "Alexandria")),
    "IND": ("India", "Indian", ("New Delhi", "Mumbai")),
    "PAK": ("Pakistan", "Pakistani", ("Islamabad", "Karachi")),
    "BRA": ("Brazil", "Brazilian", ("Brasilia", "Sao Paulo")),
    "ARG": ("Argentina", "Argentine", ("Buenos Aires", "Cordoba")),
    "FRA": ("France", "French", ("Paris", "Lyon")),
    "DEU": ("Germany", "German", ("Berlin", "Munich")),
    "JPN": ("Japan", "Japanese", ("Tokyo", "Osaka")),
    "KEN": ("Kenya", "Kenyan", ("Nairobi", "Mombasa")),
    "NGA": ("Nigeria", "Nigerian", ("Abuja", "Lagos")),
    "CHN": ("China", "Chinese", ("Beijing", "Shanghai")),
}
ATTACKED_CITIES = ("Kharkiv", "Odesa", "Kherson", "Dnipro", "Sumy", "Zaporizhzhia", "Mykolaiv", "Poltava")
OUTLETS = ("Northline", "Gulf Courier", "Harbour Times", "Eastern Ledger", "Meridian Wire", "Coastal Post",
           "Capital Daily", "Frontier Herald")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SYMMETRIC_FAMILIES = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE"})

TEMPLATES: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "{a_adj} forces shelled {city}{when}, killing {n} people, local officials said.",
        "{a_adj} artillery pounded {city}{when}, damaging homes and a school.",
        "{a_adj} troops fired rockets at {city}{when}, the regional governor said.",
        "{a_name} launched missile strikes on {city}{when}, officials said.",
    ),
    "CONSULT": (
        "The {a_adj} foreign minister met his {b_adj} counterpart in {city}{when}.",
        "{a_name} and {b_name} held talks in {city}{when}.",
        "{b_adj} and {a_adj} officials met in {city}{when} to discuss trade.",
    ),
    "COERCE": (
        "{a_adj} police arrested {n} protesters in {city}{when}.",
        "{a_adj} authorities detained {n} activists in {city}{when}.",
        "{a_adj} police arrested {n} demonstrators in {city}{when}, a rights group said.",
    ),
    "SUPPORT": (
        "{a_name} and {b_name} signed a trade agreement in {city}{when}.",
        "The leaders of {b_name} and {a_name} signed a trade deal in {city}{when}.",
        "{a_name} and {b_name} signed an energy agreement in {city}{when}, officials said.",
    ),
    "ACCUSE": (
        "{a_name} accused {b_name}{when} of violating the border agreement.",
        "{a_adj} officials accused {b_name} of violating the border agreement{when}.",
        "{a_name} accused {b_name}{when} of breaching the border deal.",
    ),
}
FILLER = (
    "Markets in the region were calm, traders said.",
    "The statement gave no further details.",
    "Neither side published a full account of the day.",
    "Reporters were not allowed to enter the area.",
    "Diplomats expect more meetings before the end of the year.",
    "The weather in the region was mild for the season.",
    "Local newspapers carried the story on their front pages.",
    "Observers said the coming weeks would be decisive.",
    "Traffic on the main roads moved slowly through the afternoon.",
    "Schools and shops opened as usual in most districts.",
    "Regional television showed footage of crowded streets in the evening.",
    "Analysts cautioned that official figures were often revised later.",
    "The central bank left its main rate unchanged at its last meeting.",
    "Opposition lawmakers demanded a full briefing in parliament next week.",
)


@dataclass(slots=True)
class LabelledEvent:
    gold: int
    family: str
    side_a: str
    side_b: str
    city: str | None
    day: date


@dataclass(slots=True)
class LabelledArticle:
    doc_id: str
    gold: int
    copy_of: str | None
    record: dict[str, str]


def _event_plan(count: int, rng: random.Random) -> list[LabelledEvent]:
    """``count`` events, with hard negatives: a second city the same day, the same dyad a week later."""
    events: list[LabelledEvent] = []
    start = date(2024, 1, 8)
    codes = list(COUNTRIES)
    while len(events) < count:
        family = rng.choice(list(TEMPLATES))
        day = start + timedelta(days=rng.randrange(0, 150))
        if family == "ASSAULT":
            first, second = rng.sample(ATTACKED_CITIES, 2)
            events.append(LabelledEvent(len(events), family, "RUS", "", first, day))
            if len(events) < count:  # the same side, the same day, another city: a different event
                events.append(LabelledEvent(len(events), family, "RUS", "", second, day))
            continue
        a, b = rng.sample(codes, 2)
        if family == "COERCE":
            events.append(LabelledEvent(len(events), family, a, a, rng.choice(COUNTRIES[a][2]), day))
            continue
        city = None if family == "ACCUSE" else rng.choice(COUNTRIES[a][2] + COUNTRIES[b][2])
        events.append(LabelledEvent(len(events), family, a, b, city, day))
        if len(events) < count and rng.random() < 0.3:  # the same dyad and family again a week later
            events.append(LabelledEvent(len(events), family, a, b, city, day + timedelta(days=7)))
    return events


def _when(event_day: date, published: date, rng: random.Random) -> str:
    lag = (published - event_day).days
    if lag == 0:
        return rng.choice(("", " on " + WEEKDAYS[event_day.weekday()]))
    if lag == 1 and rng.random() < 0.5:
        return " yesterday"
    return " on " + WEEKDAYS[event_day.weekday()]


@dataclass(slots=True)
class LabelledCorpus:
    events: dict[int, LabelledEvent]
    articles: list[LabelledArticle]


def generate(count: int, seed: int = 7) -> LabelledCorpus:
    """Articles for ``count`` labelled events (2-5 reports each, ~15% also syndicated verbatim)."""
    rng = random.Random(seed)
    articles: list[LabelledArticle] = []
    plan = _event_plan(count, rng)
    for event in plan:
        reports = rng.randint(2, 5)
        outlets = rng.sample(OUTLETS, reports)
        templates = TEMPLATES[event.family]
        for number, outlet in enumerate(outlets):
            published = event.day + timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            a_name, a_adj, _ = COUNTRIES.get(event.side_a, ("Russia", "Russian", ()))
            b_name, b_adj, _ = COUNTRIES.get(event.side_b, ("", "", ()))
            if event.family in SYMMETRIC_FAMILIES and rng.random() < 0.5:
                a_name, a_adj, b_name, b_adj = b_name, b_adj, a_name, a_adj  # mutual: either order
            lead = templates[(number + event.gold) % len(templates)].format(
                a_name=a_name, a_adj=a_adj, b_name=b_name, b_adj=b_adj, city=event.city or "",
                when=_when(event.day, published, rng), n=rng.randint(3, 40))
            lead = lead[0].upper() + lead[1:]
            dateline = (event.city or a_name).upper()
            filler = rng.sample(FILLER, 6)
            text = (f"{dateline} ({outlet}) - {lead}\n\n{filler[0]} {filler[1]} {filler[2]}\n\n"
                    f"{filler[3]} {filler[4]} {filler[5]} This is report {event.gold}-{number} from the "
                    f"{outlet} desk.")
            doc_id = f"ev{event.gold}-{number}"
            slug = outlet.lower().replace(" ", "-")
            record = {"id": doc_id, "url": f"https://{slug}.example/{doc_id}", "published": published.isoformat(),
                      "title": f"{outlet}: world news {doc_id}", "text": text}
            articles.append(LabelledArticle(doc_id, event.gold, None, record))
            if rng.random() < 0.15:  # a syndicated copy on another site, a credit line added
                copy = dict(record, id=doc_id + "-syn", url=f"https://aggregator.example/{doc_id}",
                            text=text + f"\n\nDistributed by {outlet}.")
                articles.append(LabelledArticle(doc_id + "-syn", event.gold, doc_id, copy))
    return LabelledCorpus({e.gold: e for e in plan}, articles)


def _sides(record: dict[str, object]) -> tuple[str, str]:
    def side(actor: object) -> str:
        if not isinstance(actor, dict):
            return ""
        return str(actor.get("country") or actor.get("org") or actor.get("code") or "")
    return side(record["source"]), side(record["target"])


def measure(corpus: LabelledCorpus, db: Path) -> dict[str, float | int]:
    """Ingest the corpus into ``db`` and score the clustering of the correctly coded mentions."""
    articles, events = corpus.articles, corpus.events
    plan = {a.doc_id: a for a in articles}
    jsonl = db.parent / "labelled.jsonl"
    jsonl.write_text("".join(json.dumps(a.record) + "\n" for a in articles), encoding="utf-8")
    started = time.perf_counter()
    with open_store(db) as store:
        stats = ingest([str(jsonl)], store)
    seconds = time.perf_counter() - started
    scored: list[tuple[int, int]] = []  # (gold event, cluster)
    wrong = 0
    for record in read_events(db):
        article = plan[record["article_id"]]
        event = events[article.gold]
        sides = _sides(record)
        wanted = (event.side_a, event.side_b)
        same_dyad = sides == wanted or (event.family in SYMMETRIC_FAMILIES and sides == wanted[::-1])
        if record["plover"] != event.family or not same_dyad or record["modality"] != "asserted":
            wrong += 1
            continue
        scored.append((article.gold, int(record["cluster_id"])))
    tp = fp = fn = 0
    for (gold_a, cluster_a), (gold_b, cluster_b) in combinations(scored, 2):
        if cluster_a == cluster_b and gold_a == gold_b:
            tp += 1
        elif cluster_a == cluster_b:
            fp += 1
        elif gold_a == gold_b:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    copies = sum(1 for a in articles if a.copy_of)
    with open_store(db) as store:
        linked = store.conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    return {
        "events": len(events), "articles": len(articles), "syndicated_copies": copies,
        "copies_linked": int(linked), "mentions_scored": len(scored), "mentions_miscoded": wrong,
        "precision": round(precision, 4), "recall": round(recall, 4), "pairs_true": tp, "pairs_false": fp,
        "pairs_missed": fn, "errors": stats.errors, "ingest_seconds": round(seconds, 2),
        "docs_per_second": round(len(articles) / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = generate(args.events, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        result = measure(corpus, Path(folder) / "dedupe.db")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
