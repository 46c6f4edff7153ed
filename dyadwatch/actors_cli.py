"""Actor commands: ``actors import``, ``actors list``, ``actors show``, ``actors sources`` and ``eval-actors``.

This module owns flags and messages for importing user dictionaries, inspecting the registry of learned actors
and scoring actor resolution; the work is done by :mod:`dyadwatch.actors.phoenix`, :mod:`dyadwatch.actors.user`,
:mod:`dyadwatch.actors.registry` and :mod:`dyadwatch.evaluate_actors`. Results go to stdout, warnings and
summaries to stderr; bad input is one line naming it, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from .cli_common import fail, open_existing
from .store import DEFAULT_DB

__all__ = ["register"]

_SHOWN_WARNINGS = 20


@click.group("actors")
def actors_group() -> None:
    """Import actor dictionaries and inspect the actors learned from ingested text."""


@actors_group.command("import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["phoenix", "csv"]))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--into", type=click.Path(file_okay=False),
              help="User dictionary directory; default $DYADWATCH_HOME/actors or ~/.local/share/dyadwatch/actors.")
@click.option("--strict", is_flag=True, help="Stop at the first malformed line instead of warning and skipping it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary per file.")
def import_command(fmt: str, files: tuple[str, ...], into: str | None, strict: bool, as_json: bool) -> None:
    """Import PETRARCH/TABARI .actors/.agents files (FORMAT phoenix) or CSV files into the user dictionary."""
    from .actors.knowledge import load_knowledge, reload_knowledge
    from .actors.phoenix import DictionaryImportError, import_dictionary

    for path in files:
        try:
            result = import_dictionary(path, into, fmt=fmt, strict=strict)
        except DictionaryImportError as exc:
            fail(str(exc), 1)
        for warning in result.warnings[:_SHOWN_WARNINGS]:
            click.echo(f"dyadwatch: warning: {warning}", err=True)
        if len(result.warnings) > _SHOWN_WARNINGS:
            click.echo(f"dyadwatch: ... {len(result.warnings) - _SHOWN_WARNINGS} more warnings", err=True)
        summary = result.summary()
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False))
        else:
            rows = ", ".join(f"{count} {kind}" for kind, count in summary["rows"].items() if count)  # type: ignore[union-attr]
            skipped = sum(result.skipped.values())
            click.echo(f"{path}: {result.entries} entries -> {rows}; {len(result.warnings)} warnings, {skipped} "
                       f"skipped; {result.seconds:.2f} s -> {Path(result.written[0]).parent}", err=True)
    reload_knowledge()
    try:  # the merged tables must load: a broken import is reported now, not at the next `code`
        load_knowledge(Path(into) if into else None)
    except ValueError as exc:
        fail(f"the imported dictionary does not load: {exc}", 1)


@actors_group.command("sources")
@click.option("--into", type=click.Path(file_okay=False), help="User dictionary directory to list.")
def sources_command(into: str | None) -> None:
    """List the imported dictionaries and their row counts."""
    from .actors.user import list_sources, user_dictionary_dir

    directory = Path(into) if into else user_dictionary_dir()
    for stem, counts in list_sources(directory):
        click.echo(f"{stem}\t" + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


_DB_OPTION = click.option("--db", "db", default=DEFAULT_DB, show_default=True, help="The store file.")


@actors_group.command("list")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per learned reading.")
def list_command(db: str, as_json: bool) -> None:
    """The persons learned from titles in ingested articles, one line per reading."""
    from .actors.registry import list_learned

    with open_existing(db) as store:
        learned = list_learned(store.conn)
    for actor in learned:
        if as_json:
            click.echo(json.dumps(actor.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{actor.name}\t{actor.country or '-'}\t{actor.sector or '-'}\t{actor.title or '-'}\t"
                       f"{actor.first_seen or '?'}..{actor.last_seen or '?'}\t{actor.mentions}")


@actors_group.command("show")
@click.argument("name")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show_command(name: str, db: str, as_json: bool) -> None:
    """Every reading of NAME in the registry with its evidence (articles and sentences)."""
    from .actors.registry import show_learned

    with open_existing(db) as store:
        found = show_learned(store.conn, name)
    if not found:
        fail(f"{name!r}: not in the registry of {db}", 1)
    if as_json:
        click.echo(json.dumps([actor.to_dict() for actor in found], ensure_ascii=False, indent=2))
        return
    for actor in found:
        click.echo(f"{actor.name}: {actor.country or '-'} {actor.sector or '-'} ({actor.title or 'no title'}), "
                   f"seen {actor.first_seen or '?'}..{actor.last_seen or '?'}, {actor.mentions} articles; "
                   f"also {', '.join(actor.aliases)}")
        for evidence in actor.evidence:
            click.echo(f"  {evidence['seen'] or '?'} {evidence['url'] or evidence['article'] or ''}: "
                       f"{evidence['sentence']}")


@click.command("eval-actors")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--split", type=click.Choice(["all", "tune", "heldout"]), default="all",
              help="A fixed half of the records: tune on one, report the other.")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as one JSON object.")
@click.option("--missed", default=20, show_default=True, help="How many misses to list.")
@click.option("--today", help="The date (YYYY-MM-DD) cases written as 'Today' mean; default: the real today.")
def eval_actors_command(file: str, split: str, as_json: bool, missed: int, today: str | None) -> None:
    """Score actor resolution (country, sector) on short texts with known answers (NGEC test JSONL)."""
    from .cli import _load_resources
    from .evaluate_actors import evaluate_actors, format_actor_report, read_actor_cases
    from .when import normalize_published

    when = normalize_published(today) if today else None
    if today and when is None:
        fail(f"--today {today!r} is not a date (use YYYY-MM-DD)")
    try:
        cases = read_actor_cases(file, today=when)
    except ValueError as exc:
        fail(str(exc))
    _load_resources()
    report = evaluate_actors(cases, split=split)
    if as_json:
        data = report.to_dict()
        data["misses"] = data["misses"][:missed]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_actor_report(report, show_missed=missed))


def register(main: click.Group) -> None:
    """Add the actor commands to dyadwatch's main command group."""
    main.add_command(actors_group)
    main.add_command(eval_actors_command)
