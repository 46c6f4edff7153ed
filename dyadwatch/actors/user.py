"""User dictionaries: where imported actor entries live, how their files are named, written and listed.

A user dictionary is a directory (default ``$DYADWATCH_HOME/actors``, else ``~/.local/share/dyadwatch/actors``)
of TSV files in dyadwatch's own formats, one set per imported source: ``SOURCE.people.tsv``,
``SOURCE.organizations.tsv``, ``SOURCE.groups.tsv`` and ``SOURCE.sectors.tsv`` have the columns of the shipped
tables of the same name; ``SOURCE.aliases.tsv`` (``alias iso3 kind note``) adds names to shipped states.
:func:`dyadwatch.actors.knowledge.load_knowledge` merges them after the shipped tables. This module does not
parse foreign formats (:mod:`dyadwatch.actors.phoenix` does) and does not resolve anything.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

__all__ = [
    "FILE_KINDS",
    "UserDictionary",
    "remove_source",
    "user_dictionary_dir",
    "user_files",
    "write_user_dictionary",
]

# kind -> the columns its TSV file has (the shipped header, or the aliases format for extra state names)
FILE_KINDS: dict[str, tuple[str, ...]] = {
    "people": ("name", "aliases", "country", "sector", "role", "start", "end", "note"),
    "organizations": ("code", "name", "aliases", "cameo", "sector", "members_note"),
    "groups": ("code", "name", "aliases", "country", "sector", "note"),
    "sectors": ("phrase", "sector", "note"),
    "aliases": ("alias", "iso3", "kind", "note"),
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def user_dictionary_dir() -> Path:
    """Where user dictionaries live: ``$DYADWATCH_HOME/actors``, else ``~/.local/share/dyadwatch/actors``.

    Read at every call (it is one environment lookup), so tests and users can point it elsewhere at any time.
    """
    home = os.environ.get("DYADWATCH_HOME")
    base = Path(home).expanduser() if home else Path.home() / ".local" / "share" / "dyadwatch"
    return base / "actors"


def user_files(directory: Path) -> dict[str, list[Path]]:
    """The user dictionary files in ``directory`` by kind, each list in name order (a stable merge order)."""
    found: dict[str, list[Path]] = {kind: [] for kind in FILE_KINDS}
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        parts = path.name.rsplit(".", 2)
        if len(parts) == 3 and parts[2] == "tsv" and parts[1] in found:
            found[parts[1]].append(path)
    return found


@dataclass(slots=True)
class UserDictionary:
    """The rows of one imported source, by file kind, ready to be written; cells as the TSV holds them."""

    source: str  # the file the rows came from, recorded in each written file's header comment
    rows: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: {kind: [] for kind in FILE_KINDS})

    def add(self, kind: str, row: Sequence[str]) -> None:
        columns = FILE_KINDS[kind]
        if len(row) != len(columns):
            raise ValueError(f"a {kind} row needs {len(columns)} cells, got {len(row)}")
        self.rows[kind].append(tuple(_cell(value) for value in row))

    def counts(self) -> dict[str, int]:
        return {kind: len(rows) for kind, rows in self.rows.items()}


def _cell(value: str) -> str:
    """A TSV cell: tabs and line breaks would break the row, so they become spaces."""
    return " ".join(str(value).replace("\t", " ").split())


def source_stem(source: str | Path) -> str:
    """The file-name stem for an imported source: its name, made safe for every file system."""
    stem = _UNSAFE.sub("_", Path(source).name).strip("._") or "imported"
    return stem


def remove_source(directory: Path, stem: str) -> list[Path]:
    """Delete the files an earlier import of ``stem`` wrote (a re-import replaces, never duplicates)."""
    removed = []
    for kind in FILE_KINDS:
        path = directory / f"{stem}.{kind}.tsv"
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def write_user_dictionary(dictionary: UserDictionary, directory: Path, stem: str | None = None) -> list[Path]:
    """Write ``dictionary`` as ``STEM.KIND.tsv`` files into ``directory`` (created if missing); return them.

    Files of an earlier import of the same stem are replaced. Kinds without rows get no file. Each file is
    written to a temporary name first and renamed, so a reader never sees half a file.
    """
    stem = stem or source_stem(dictionary.source)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"{directory}: cannot create the user dictionary directory ({exc.strerror or exc})") from None
    remove_source(directory, stem)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    written = []
    for kind, rows in dictionary.rows.items():
        if not rows:
            continue
        path = directory / f"{stem}.{kind}.tsv"
        lines = [
            f"# imported by dyadwatch from {dictionary.source} on {stamp}; format: dyadwatch/data/actors/README.md",
            "\t".join(FILE_KINDS[kind]),
            *("\t".join(row) for row in rows),
        ]
        temporary = path.with_name(path.name + ".part")
        try:
            temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
            temporary.replace(path)
        except OSError as exc:
            raise ValueError(f"{path}: cannot write ({exc.strerror or exc})") from None
        written.append(path)
    return written


def list_sources(directory: Path) -> Iterable[tuple[str, dict[str, int]]]:
    """Each imported source in ``directory`` with its row counts by kind (for ``dyadwatch actors sources``)."""
    by_stem: dict[str, dict[str, int]] = {}
    for kind, paths in user_files(directory).items():
        for path in paths:
            stem = path.name[: -len(f".{kind}.tsv")]
            rows = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
            by_stem.setdefault(stem, {})[kind] = max(rows - 1, 0)  # minus the header
    return sorted(by_stem.items())
