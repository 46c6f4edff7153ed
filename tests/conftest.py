"""Shared test set-up: no test sees the developer's own user dictionaries, and importing tests get their own."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dyadwatch.actors.knowledge import reload_knowledge
from dyadwatch.events.patterns import PatternSet, load_patterns


@pytest.fixture(scope="session", autouse=True)
def _empty_user_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point DYADWATCH_HOME at an empty directory for the whole run, so whatever a developer imported into
    ~/.local/share/dyadwatch never changes a test's result (one directory: the knowledge cache stays warm)."""
    home = tmp_path_factory.mktemp("dyadwatch-home")
    previous = os.environ.get("DYADWATCH_HOME")
    os.environ["DYADWATCH_HOME"] = str(home)
    reload_knowledge()
    yield home
    if previous is None:
        os.environ.pop("DYADWATCH_HOME", None)
    else:
        os.environ["DYADWATCH_HOME"] = previous
    reload_knowledge()


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private DYADWATCH_HOME for a test that imports dictionaries; the knowledge is reloaded before and
    after, so no imported entry leaks into another test."""
    home = tmp_path / "home"
    monkeypatch.setenv("DYADWATCH_HOME", str(home))
    reload_knowledge()
    yield home
    monkeypatch.undo()
    reload_knowledge()


@pytest.fixture(scope="session")
def event_record_keys() -> frozenset[str]:
    """The keys every event record promises its readers (CLI JSON, library `to_dict`): one list for every test."""
    return frozenset(
        "event_id article_id date date_precision source target cameo cameo_root plover quad_class goldstein"
        " location negated sentence span".split()
    )


@pytest.fixture(scope="session")
def compile_patterns(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], PatternSet]:
    """Compile a test module's own pattern text, so its coder tests do not move when the shipped patterns do."""

    def compile_text(text: str) -> PatternSet:
        folder = tmp_path_factory.mktemp("patterns")
        (folder / "test.txt").write_text(text, encoding="utf-8")
        return load_patterns(folder)

    return compile_text
