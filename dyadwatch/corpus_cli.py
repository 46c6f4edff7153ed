"""Corpus commands: ``ingest``, ``dyads``, ``top-dyads``, ``export`` and ``network`` on the main CLI group.

This module owns flags, progress display and messages for the corpus workflow; the work is done by
:mod:`dyadwatch.ingest`, :mod:`dyadwatch.aggregate`, :mod:`dyadwatch.plot`, :mod:`dyadwatch.network`,
:mod:`dyadwatch.export` and :mod:`dyadwatch.store`.
Results go to stdout, progress and messages to stderr; bad input is one line naming it, never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from .cli_common import fail, open_existing
from .store import DEFAULT_DB, StoreError, open_store

__all__ = ["register"]

_DB_OPTION = click.option("--db", "db", default=DEFAULT_DB, show_default=True, help="The store file.")


def _check_date(value: str | None, flag: str) -> None:
    from datetime import date

    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        fail(f"{flag} {value!r} is not a date (use YYYY-MM-DD)")


@click.command("ingest")
@click.argument("paths", nargs=-1)
@_DB_OPTION
@click.option("--url", "urls", multiple=True, metavar="URL",
              help="Fetch a page or RSS/Atom feed (http/https; repeat for more).")
@click.option("--allow-private", is_flag=True, help="Let --url fetch from loopback, private and link-local addresses.")
@click.option("--max-bytes", default=10 * 1024 * 1024, show_default=True, type=click.IntRange(min=1),
              help="Largest response --url reads.")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds for each --url fetch, redirects included.")
@click.option("--max-redirects", default=5, show_default=True, type=click.IntRange(min=0))
@click.option("--statements", is_flag=True, help="Also code CAMEO root 01 statements (no PLOVER type).")
@click.option("--quiet", is_flag=True, help="No progress display; only errors and the summary.")
def ingest_command(paths: tuple[str, ...], db: str, urls: tuple[str, ...], allow_private: bool, max_bytes: int,
                   timeout: float, max_redirects: int, statements: bool, quiet: bool) -> None:
    """Code files, directories (recursive), globs, WARC files, feeds and URLs into the store.

    Reruns skip what is stored.
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .cli import _load_resources
    from .fetch import FetchLimits
    from .ingest import IngestStats, ingest
    from .model import DocumentError
    from .pipeline import Options

    if not paths and not urls:
        fail("nothing to ingest: give files, directories or globs, or --url URL")
    limits = FetchLimits(max_bytes=max_bytes, timeout=timeout, max_redirects=max_redirects,
                         allow_private=allow_private)
    try:
        store = open_store(db)
    except StoreError as exc:
        fail(str(exc))
    _load_resources()
    console = Console(stderr=True, highlight=False)
    stats = IngestStats()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[docs]} documents ({task.fields[stored]} new, {task.fields[skipped]} stored "
                   "before) | {task.fields[events]} events | {task.fields[errors]} errors | "
                   "{task.fields[rate]:.1f} docs/s"),
        BarColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
    )
    expected = None if urls else estimate_documents(paths)  # None: unknown, the bar pulses and shows no ETA
    task = progress.add_task("ingest", total=expected, docs=0, stored=0, skipped=0, events=0, errors=0, rate=0.0)

    def show(totals: IngestStats) -> None:
        progress.update(task, completed=totals.documents, docs=totals.documents, stored=totals.stored,
                        skipped=totals.skipped, events=totals.events, errors=totals.errors,
                        rate=totals.docs_per_second)

    def report_error(error: DocumentError) -> None:
        console.print(f"dyadwatch: {error}", markup=False, soft_wrap=True)

    options = Options(statements=statements)
    try:
        with progress:
            ingest(list(paths), store, options, on_progress=show, on_error=report_error, stats=stats,
                   urls=list(urls), fetch_limits=limits)
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


def estimate_documents(paths: Sequence[str]) -> int | None:
    """How many documents the inputs hold, for the progress bar's ETA: one per HTML or text file, one per line of
    a plain JSONL file. None when a part cannot be counted cheaply (stdin, compressed JSONL, WARC, feeds)."""
    from .ingest import discover_inputs

    total = 0
    for item in discover_inputs(list(paths)):
        if not isinstance(item, str) or item == "-":
            return None
        name = item.lower()
        if name.endswith((".jsonl", ".ndjson")):
            with open(item, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif name.endswith((".html", ".htm", ".txt")):
            total += 1
        else:
            return None
    return total


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
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False),
              help="Also draw the series into this .png, .svg or .pdf file.")
def dyads_command(actor_a: str, actor_b: str, by: str, db: str, as_json: bool, all_modalities: bool,
                  directed: bool, since: str | None, until: str | None, plot_path: str | None) -> None:
    """Events between two actors (ISO3 countries or organisation codes) per period, counted once each."""
    from .aggregate import dyad_report, format_dyad_report

    _check_date(since, "--since")
    _check_date(until, "--until")
    if plot_path:
        from .plot import PLOT_SUFFIXES

        if Path(plot_path).suffix.lower() not in PLOT_SUFFIXES:
            fail(f"--plot {plot_path}: use a .png, .svg or .pdf file name")
        if not Path(plot_path).resolve().parent.is_dir():
            fail(f"--plot {plot_path}: directory does not exist")
    with open_existing(db) as store:
        report = dyad_report(store.conn, actor_a, actor_b, by=by, all_modalities=all_modalities,
                             directed=directed, since=since, until=until)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_dyad_report(report))
    if plot_path:
        from .plot import plot_dyad_report

        try:
            plot_dyad_report(report, plot_path)
        except OSError as exc:
            fail(f"{plot_path}: cannot write: {exc.strerror or exc}")
        click.echo(f"plot -> {plot_path}", err=True)


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
    with open_existing(db) as store:
        rows = top_dyads(store.conn, since=since, until=until, limit=limit, all_modalities=all_modalities)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row))
        else:
            a, b = row["dyad"]
            click.echo(f"{a}\t{b}\t{row['events']}\tcoop {row['cooperation']}\tconflict {row['conflict']}\t"
                       f"index {row['coop_conflict_index']:+.2f}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "icews", "csv", "plover-jsonl", "parquet"]),
              required=True)
@_DB_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--since", help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--all-modalities", is_flag=True, help="Also export negated, future, hypothetical... events.")
def export_command(fmt: str, db: str, output: str | None, since: str | None, all_modalities: bool) -> None:
    """Write the de-duplicated events as GDELT 2.0 events (61 columns), ICEWS, CSV, PLOVER JSONL or Parquet."""
    from .export import BINARY_FORMATS, export_events, export_parquet

    _check_date(since, "--since")
    if fmt in BINARY_FORMATS and not output:
        fail(f"--format {fmt} writes a file: give -o FILE")
    with open_existing(db) as store:
        if output:
            try:
                if fmt in BINARY_FORMATS:
                    count = export_parquet(store.conn, output, since=since, all_modalities=all_modalities)
                else:
                    with open(output, "w", encoding="utf-8", newline="") as handle:
                        count = export_events(store.conn, fmt, handle, since=since, all_modalities=all_modalities)
            except OSError as exc:
                fail(f"{output}: cannot write: {exc.strerror or exc}")
            click.echo(f"{count} events -> {output}", err=True)
        else:
            export_events(store.conn, fmt, sys.stdout, since=since, all_modalities=all_modalities)


@click.command("network")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default="graphml", show_default=True)
@_DB_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--since", help="First day (YYYY-MM-DD).")
@click.option("--until", help="Last day (YYYY-MM-DD).")
@click.option("--min-events", default=1, show_default=True, type=click.IntRange(min=1),
              help="Leave out edges with fewer events.")
@click.option("--all-modalities", is_flag=True, help="Also count negated, future, hypothetical... events.")
def network_command(fmt: str, db: str, output: str | None, since: str | None, until: str | None,
                    min_events: int, all_modalities: bool) -> None:
    """The actor network: nodes are actors, edges weighted by event counts and Goldstein scores."""
    from .network import build_network, write_network

    _check_date(since, "--since")
    _check_date(until, "--until")
    with open_existing(db) as store:
        graph = build_network(store.conn, since=since, until=until, all_modalities=all_modalities,
                              min_events=min_events)
    if output:
        try:
            with open(output, "wb") as handle:
                write_network(graph, handle, fmt)
        except OSError as exc:
            fail(f"{output}: cannot write: {exc.strerror or exc}")
        click.echo(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges -> {output}", err=True)
    else:
        write_network(graph, sys.stdout.buffer, fmt)
        sys.stdout.flush()


def register(main: click.Group) -> None:
    """Add the corpus commands to dyadwatch's main command group."""
    for command in (ingest_command, dyads_command, top_dyads_command, export_command, network_command):
        main.add_command(command)
