"""Output formats for coded articles: table (rich), JSONL (one event a line), JSON (whole article), CSV.

It owns turning model records into text on a stream; it does no coding. Field names come from
:meth:`dyadwatch.model.Event.to_dict` so every format says the same thing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .model import Actor, Article, Event

__all__ = ["CSV_COLUMNS", "FORMATS", "write_articles"]

FORMATS = ("table", "jsonl", "json", "csv")
CSV_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "source_code", "source_name", "source_country",
    "source_sector", "target_code", "target_name", "target_country", "target_sector", "cameo", "cameo_root",
    "cameo_name", "plover", "quad_class", "goldstein", "location_name", "location_country", "lat", "lon",
    "geonames_id", "negated", "modality", "sentence", "dead", "injured", "arrested",
)  # fmt: skip


def _actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    label = actor.code or "?"
    name = actor.name or actor.text
    return f"{label} ({name})" if name else label


def _actor_columns(role: str, actor: Actor | None) -> dict[str, str | None]:
    """One actor as flat columns (code, name, country, sector), so a spreadsheet can filter on each."""
    fields = ("code", "name", "country", "sector")
    return {f"{role}_{field}": getattr(actor, field) if actor else None for field in fields}


def _csv_row(event: Event) -> dict[str, Any]:
    loc = event.location
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "date": event.date,
        "date_precision": event.date_precision,
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "cameo_name": event.cameo_name,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "negated": event.negated,
        "modality": event.modality,
        "sentence": event.sentence,
        "dead": event.attributes.get("dead"),
        "injured": event.attributes.get("injured"),
        "arrested": event.attributes.get("arrested"),
    }


def _attributes_line(attributes: dict[str, Any]) -> str:
    """The material details in a few words for the table: "dead 12, injured 30; USD 50000000; 3 items"."""
    parts = [f"{name} {attributes[name]}" for name in ("dead", "injured", "arrested") if name in attributes]
    if "crowd_size" in attributes:
        crowd = attributes["crowd_size"]
        parts.append(f"crowd {'>=' if crowd.get('approximate') else ''}{crowd['count']}")
    if "money" in attributes:
        parts.append(f"{attributes['money']['currency']} {attributes['money']['amount']:,}")
    if "arms_deal" in attributes:
        deal = attributes["arms_deal"]
        parts.append(f"arms deal {deal.get('seller') or '?'} -> {deal.get('buyer') or '?'}: {', '.join(deal['items'])}")
    elif "equipment" in attributes:
        parts.append("equipment: " + ", ".join(item["item"] for item in attributes["equipment"]))
    return "; ".join(parts)


def _table(article: Article, console: Console, explain: bool) -> None:
    title = article.title or article.source or article.article_id
    table = Table(title=f"{title}  [{article.published or 'date unknown'}]", show_lines=explain, expand=False)
    for column in ("date", "source", "event", "target", "where", "sentence"):
        table.add_column(column, overflow="fold")
    for event in article.events:
        what = f"{event.cameo} {event.cameo_name}\n{event.plover or '-'}"
        if event.modality != "asserted":
            what += f" [{event.modality}]"
        details = _attributes_line(event.attributes)
        if details:
            what += f"\n{details}"
        where = event.location.name if event.location else "-"
        sentence = event.sentence
        if explain:
            ex = event.explanation
            sentence += (
                f"\n-- pattern {ex.get('pattern')!r} ({ex.get('pattern_file')}), trigger {ex.get('trigger')!r}"
                f"\n-- source via {ex.get('source_path')} [{ex.get('source_via')}]"
                f"; target via {ex.get('target_path') or '-'} [{ex.get('target_via')}]"
            )
        table.add_row(event.date or "?", _actor_label(event.source), what, _actor_label(event.target), where, sentence)
    console.print(table)
    if not article.events:
        console.print(f"[dim]{title}: no events coded[/dim]")


def write_articles(articles: Iterable[Article], fmt: str, stream: IO[str], explain: bool = False) -> int:
    """Write coded articles in ``fmt``; returns the number of events written."""
    count = 0
    writer: csv.DictWriter[str] | None = None
    console = Console(file=stream, width=160) if fmt == "table" else None
    for article in articles:
        if fmt == "jsonl":
            for event in article.events:
                stream.write(json.dumps(event.to_dict(explain=explain), ensure_ascii=False) + "\n")
        elif fmt == "json":
            stream.write(json.dumps(article.to_dict(explain=explain), ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS))
                writer.writeheader()
            for event in article.events:
                writer.writerow(_csv_row(event))
        elif console is not None:
            _table(article, console, explain)
        else:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        count += len(article.events)
        stream.flush()
    return count
