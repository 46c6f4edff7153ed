"""The command line: parses flags, calls the library functions, formats output. No coding rules live here.

Every command reads from files or stdin and writes results to stdout, messages to stderr, so commands compose
in shell pipelines. Bad input is reported as one line naming the input, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .cli_common import fail, open_existing
from .model import Article, DocumentError, RawDocument
from .output import FORMATS, write_articles
from .pipeline import Options, code_articles
from .read_archive import read_documents
from .when import normalize_published

__all__ = ["main"]


def _load_resources() -> None:
    """Load the shipped data once up front, so a broken install is one clear message, not a per-document error."""
    from .actors.knowledge import load_knowledge
    from .events.patterns import load_patterns
    from .language import get_nlp

    try:
        get_nlp()
        load_knowledge()
        load_patterns()
    except (ValueError, RuntimeError, OSError) as exc:
        fail(f"cannot load dyadwatch's data: {exc}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyadwatch")
def main() -> None:
    """dyadwatch: code news articles into political event data (CAMEO, PLOVER) offline."""


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for every input; overrides the input's own.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format; default: table on a terminal, jsonl otherwise.",
)
@click.option("--explain", is_flag=True, help="Show the pattern, parse path and actor resolution of each event.")
@click.option("--statements", is_flag=True, help="Also code CAMEO root 01 statements (no PLOVER type).")
@click.option("--asserted-only", is_flag=True, help="Keep asserted events only (no negated, future, alleged...).")
@click.option("--strict", is_flag=True, help="Exit with status 1 if any document fails.")
@click.option("--db", help="Resolve bare names through the people this store's corpus introduced (read only).")
def code_command(
    paths: tuple[str, ...],
    published: str | None,
    fmt: str | None,
    explain: bool,
    statements: bool,
    asserted_only: bool,
    strict: bool,
    db: str | None,
) -> None:
    """Code articles (HTML, text, JSONL, WARC, RSS/Atom feeds; '-' for stdin) into events."""
    learned = None
    if db is not None:
        from .actors.registry import learned_people

        store = open_existing(db)
        learned = learned_people(store.conn)
        store.close()
    override = None
    if published:
        override = normalize_published(published)
        if override is None:
            fail(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    _load_resources()
    options = Options(statements=statements, include_modal=not asserted_only)
    failures = 0
    successes = 0

    def documents() -> Iterator[RawDocument | DocumentError]:
        for doc in read_documents(list(paths)):  # files, JSONL, stdin, and WARC archives and feeds
            if override and isinstance(doc, RawDocument):
                doc.published = override
            yield doc

    def articles() -> Iterator[Article]:
        nonlocal failures, successes
        for result in code_articles(documents(), options, learned):
            if isinstance(result, DocumentError):
                failures += 1
                click.echo(f"dyadwatch: {result}", err=True)
            else:
                successes += 1
                yield result

    write_articles(articles(), fmt, sys.stdout, explain=explain)
    if failures and (strict or not successes):
        sys.exit(1)


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--suite", help="Only records of this suite (petrarch_validation.jsonl).")
@click.option(
    "--split",
    type=click.Choice(["all", "tune", "heldout"]),
    default="all",
    help="A fixed half of the records: tune on one, report the other.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as one JSON object.")
@click.option("--missed", default=20, show_default=True, help="How many missed records to list.")
@click.option("--statements", is_flag=True, help="Also code root 01 statements, as `code --statements` does.")
@click.option("--asserted", is_flag=True,
              help="Score only events that happened: drop flagged outputs and gold events of another modality.")
def eval_command(gold: str, suite: str | None, split: str, as_json: bool, missed: int, statements: bool,
                 asserted: bool) -> None:
    """Score the coder against a gold file: precision, recall and F1 for type, root and dyad."""
    from .evaluate import evaluate, format_report, pipeline_coder, read_gold
    from .pipeline import Options

    if not Path(gold).is_file():
        fail(f"{gold}: no such file")
    try:
        records = read_gold(gold, suite=suite)
    except ValueError as exc:
        fail(str(exc))
    report = evaluate(records, pipeline_coder(Options(statements=statements)), split=split, asserted_only=asserted)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(format_report(report, show_missed=missed))


@main.command("actor")
@click.argument("text")
@click.option("--date", help="Resolve as of this date (YYYY-MM-DD); default: today.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (always JSON for '-').")
def actor_command(text: str, date: str | None, as_json: bool) -> None:
    """Resolve an actor description; '-' reads one text per line from stdin."""
    from .actors.mentions import resolve_text

    when = normalize_published(date) if date else None
    if date and when is None:
        fail(f"--date {date!r} is not a date (use YYYY-MM-DD)")
    texts = [line.rstrip("\n") for line in sys.stdin] if text == "-" else [text]
    for item in texts:
        actor = resolve_text(item, when) if item.strip() else None
        record = {
            "text": item,
            "name": None,
            "country": None,
            "org": None,
            "sector": None,
            "code": None,
            "confidence": 0.0,
        }
        if actor is not None:
            record.update(actor.to_dict())
            record["text"] = item
            record["confidence"] = actor.confidence
        if as_json or text == "-":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"{record['code'] or '?'}\t{record['name'] or '-'}\t{record['confidence']}")


@main.group("patterns")
def patterns_group() -> None:
    """Inspect the event patterns."""


@patterns_group.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
def patterns_check(directory: str | None) -> None:
    """Lint the pattern files (the packaged ones, or those in DIRECTORY)."""
    from .events.patterns import check_patterns

    count, problems = check_patterns(Path(directory) if directory else None)
    for problem in problems:
        click.echo(problem)
    click.echo(f"{count} patterns, {len(problems)} problems")
    sys.exit(1 if problems else 0)


@main.command("place")
@click.argument("name")
@click.option("--context", multiple=True, help="A country (name or ISO3) the text is about; repeatable.")
def place_command(name: str, context: tuple[str, ...]) -> None:
    """Look a place up in the offline gazetteer."""
    from .actors.knowledge import country_for_text
    from .where import get_gazetteer

    countries = [c.upper() if len(c) == 3 and c.isalpha() and c.isupper() else country_for_text(c) for c in context]
    place = get_gazetteer().lookup(name, [c for c in countries if c])
    click.echo(json.dumps(place.to_dict() if place else None, ensure_ascii=False))
    sys.exit(0 if place else 1)


@main.command("when")
@click.argument("text")
@click.option("--published", help="Publication date (YYYY-MM-DD) the expression is relative to.")
def when_command(text: str, published: str | None) -> None:
    """Resolve a date expression ("on Tuesday") against a publication date."""
    from .when import resolve_event_date

    base = normalize_published(published) if published else None
    if published and base is None:
        fail(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    date, precision = resolve_event_date(text, base)
    click.echo(json.dumps({"text": text, "published": base, "date": date, "date_precision": precision}))


def _register_corpus_commands() -> None:
    """ingest, dyads, top-dyads and export live in corpus_cli.py beside the store they drive."""
    from .corpus_cli import register

    register(main)


_register_corpus_commands()


def _register_actor_commands() -> None:
    """actors import/list/show/sources and eval-actors live in actors_cli.py."""
    from .actors_cli import register

    register(main)


_register_actor_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
