"""What every command group shares: the one-line failure and opening a store that must already exist.

Kept apart from cli.py so the command modules (corpus_cli, actors_cli) can use it without importing the main
group they register into.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .store import Store, StoreError, open_store

__all__ = ["fail", "open_existing"]


def fail(message: str, status: int = 2) -> NoReturn:
    """Print one line naming the input and the problem, and exit: bad input never shows a traceback."""
    click.echo(f"dyadwatch: {message}", err=True)
    sys.exit(status)


def open_existing(db: str) -> Store:
    """Query commands never create a store: a missing file is a typo, not an empty corpus."""
    if not Path(db).is_file():
        fail(f"{db}: no such store (create it with `dyadwatch ingest ... --db {db}`)")
    try:
        return open_store(db)
    except StoreError as exc:
        fail(str(exc))
