"""Corpus commands: ``ingest``, ``dyads``, ``top-dyads`` and ``export``, registered on the main CLI group.

This module owns flags, progress display and messages for the corpus workflow; the work is done by
:mod:`dyadwatch.ingest`, :mod:`dyadwatch.aggregate`, :mod:`dyadwatch.export` and :mod:`dyadwatch.store`.
Results go to stdout, progress and messages to stderr; bad input is one line naming it, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from .store import DEFAULT_DB, Store, StoreError, open_store

__all__ = ["register"]

_DB_OPTION = click.option("--db", "db", default=DEFAULT_DB, show_default=True, help="The store file.")


def _fail(message: str, status: int = 2) -> NoReturn:
    click.echo(f"dyadwatch: {message}", err=True)
    sys.exit(status)


def _open_existing(db: str) -> Store:
    """Query commands never create a store: a missing file is a typo, not an empty corpus."""
    if not Path(db).is_file():
        _fail(f"{db}: no such store (create it with `dyadwatch ingest ... --db {db}`)")
    try:
        return open_store(db)
    except StoreError as exc:
        _fail(str(exc))


def _check_date(value: str | None, flag: str) -> None:
    from datetime import date

    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        _fail(f"{flag} {value!r} is not a date (use YYYY-MM-DD)")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_DB_OPTION
@click.option("--statements", is_flag=True, help="Also code CAMEO root 01 statements (no PLOVER type).")
@click.option("--quiet", is_flag=True, help="No progress display; only errors and the summary.")
def ingest_command(paths: tuple[str, ...], db: str, statements: bool, quiet: bool) -> None:
    """Code files, directories (recursive) and globs into the store; reruns skip what is stored."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .cli import _load_resources
    from .ingest import IngestStats, ingest
    from .model import DocumentError
    from .pipeline import Options

    try:
        store = open_store(db)
    except StoreError as exc:
        _fail(str(exc))
    _load_resources()
    console = Console(stderr=True, highlight=False)
    stats = IngestStats()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[docs]} documents ({task.fields[stored]} new, {task.fields[skipped]} stored "
                   "before) | {task.fields[events]} events | {task.fields[errors]} errors | "
                   "{task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
    )
    task = progress.add_task("ingest", total=None, docs=0, stored=0, skipped=0, events=0, errors=0, rate=0.0)

    def show(totals: IngestStats) -> None:
        progress.update(task, docs=totals.documents, stored=totals.stored, skipped=totals.skipped,
                        events=totals.events, errors=totals.errors, rate=totals.docs_per_second)

    def report_error(error: DocumentError) -> None:
        console.print(f"dyadwatch: {error}", markup=False, soft_wrap=True)

    options = Options(statements=statements)
    try:
        with progress:
            ingest(list(paths), store, options, on_progress=show, on_error=report_error, stats=stats)
    except KeyboardInterrupt:
        store.close()
        console.print(f"dyadwatch: interrupted; {stats.stored} new articles ({stats.events} events) are stored "
                      f"in {db}; run the same command again to resume", markup=False, soft_wrap=True)
        sys.exit(130)
    store.close()
    console.print(
        f"{stats.documents} documents: {stats.stored} stored ({stats.duplicates} syndicated copies), "
        f"{stats.skipped} already stored, {stats.errors} errors; {stats.events} events; "
        f"{stats.seconds:.1f} s ({stats.docs_per_second:.1f} docs/s) -> {db}", markup=False, soft_wrap=True)
    if stats.errors and not stats.stored and not stats.skipped:
        sys.exit(1)


@click.command("dyads")
@click.argument("actor_a")
@click.argument("actor_b")
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--all-modalities", is_flag=True, help="Also count negated, future, hypothetical... events.")
@click.option("--directed", is_flag=True, help="Only ACTOR_A acting on ACTOR_B (mutual events count both ways).")
@click.option("--since", help="First day (YYYY-MM-DD).")
@click.option("--until", help="Last day (YYYY-MM-DD).")
def dyads_command(actor_a: str, actor_b: str, by: str, db: str, as_json: bool, all_modalities: bool,
                  directed: bool, since: str | None, until: str | None) -> None:
    """Events between two actors (ISO3 countries or organisation codes) per period, counted once each."""
    from .aggregate import dyad_report, format_dyad_report

    _check_date(since, "--since")
    _check_date(until, "--until")
    with _open_existing(db) as store:
        report = dyad_report(store.conn, actor_a, actor_b, by=by, all_modalities=all_modalities,
                             directed=directed, since=since, until=until)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_dyad_report(report))


@click.command("top-dyads")
@click.option("--since", help="First day (YYYY-MM-DD).")
@click.option("--until", help="Last day (YYYY-MM-DD).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@click.option("--all-modalities", is_flag=True, help="Also count negated, future, hypothetical... events.")
def top_dyads_command(since: str | None, until: str | None, limit: int, db: str, as_json: bool,
                      all_modalities: bool) -> None:
    """The pairs of actors with the most de-duplicated events."""
    from .aggregate import top_dyads

    _check_date(since, "--since")
    _check_date(until, "--until")
    with _open_existing(db) as store:
        rows = top_dyads(store.conn, since=since, until=until, limit=limit, all_modalities=all_modalities)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row))
        else:
            a, b = row["dyad"]
            click.echo(f"{a}\t{b}\t{row['events']}\tcoop {row['cooperation']}\tconflict {row['conflict']}\t"
                       f"index {row['coop_conflict_index']:+.2f}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "csv", "plover-jsonl"]), required=True)
@_DB_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--since", help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--all-modalities", is_flag=True, help="Also export negated, future, hypothetical... events.")
def export_command(fmt: str, db: str, output: str | None, since: str | None, all_modalities: bool) -> None:
    """Write the de-duplicated events as GDELT 2.0 events (61 columns), CSV or PLOVER JSONL."""
    from .export import export_events

    _check_date(since, "--since")
    with _open_existing(db) as store:
        if output:
            try:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    count = export_events(store.conn, fmt, handle, since=since, all_modalities=all_modalities)
            except OSError as exc:
                _fail(f"{output}: cannot write: {exc.strerror or exc}")
            click.echo(f"{count} events -> {output}", err=True)
        else:
            export_events(store.conn, fmt, sys.stdout, since=since, all_modalities=all_modalities)


def register(main: click.Group) -> None:
    """Add the corpus commands to dyadwatch's main command group."""
    for command in (ingest_command, dyads_command, top_dyads_command, export_command):
        main.add_command(command)
