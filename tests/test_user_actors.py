"""Tests for dyadwatch.actors.user: where user dictionaries live, how they are written, listed and merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.actors.knowledge import load_knowledge, reload_knowledge
from dyadwatch.actors.user import (
    UserDictionary,
    list_sources,
    user_dictionary_dir,
    user_files,
    write_user_dictionary,
)


def test_directory_follows_dyadwatch_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DYADWATCH_HOME", str(tmp_path))
    assert user_dictionary_dir() == tmp_path / "actors"
    monkeypatch.delenv("DYADWATCH_HOME")
    assert user_dictionary_dir() == Path.home() / ".local" / "share" / "dyadwatch" / "actors"


def test_the_test_session_never_sees_the_developers_dictionaries() -> None:
    assert not any(user_files(user_dictionary_dir()).values())
    assert str(Path.home() / ".local") not in str(user_dictionary_dir())


def test_write_replaces_an_earlier_import_and_lists_sources(tmp_path: Path) -> None:
    first = UserDictionary(source="/data/baltic.actors")
    first.add("people", ("Valdis Ozolkalns", "Ozolkalns", "LVA", "GOV", "minister", "2019", "2023", "note"))
    first.add("aliases", ("Riga\tcity", "LVA", "capital", ""))  # a tab in a cell must not split the row
    written = write_user_dictionary(first, tmp_path)
    assert sorted(p.name for p in written) == ["baltic.actors.aliases.tsv", "baltic.actors.people.tsv"]
    assert "Riga city\tLVA" in (tmp_path / "baltic.actors.aliases.tsv").read_text(encoding="utf-8")
    second = UserDictionary(source="/elsewhere/baltic.actors")
    second.add("sectors", ("harbour pilot", "BUS", ""))
    write_user_dictionary(second, tmp_path)
    assert [p.name for paths in user_files(tmp_path).values() for p in paths] == ["baltic.actors.sectors.tsv"]
    assert list(list_sources(tmp_path)) == [("baltic.actors", {"sectors": 1})]
    with pytest.raises(ValueError, match="needs 3 cells"):
        second.add("sectors", ("too", "few", "cells", "here"))


def test_user_tables_merge_after_the_shipped_ones(user_home: Path) -> None:
    shipped = load_knowledge()
    table = user_home / "actors"
    table.mkdir(parents=True)
    (table / "a.groups.tsv").write_text(
        "code\tname\taliases\tcountry\tsector\tnote\nLVA-HG\tBaltic Harbour Guard\tHarbour Guard\tLVA\tCOP\t\n",
        encoding="utf-8")
    (table / "b.groups.tsv").write_text(
        "code\tname\taliases\tcountry\tsector\tnote\nLVA-HG\tRiga Harbour Guard\t\tLVA\tCOP\t\n", encoding="utf-8")
    (table / "a.sectors.tsv").write_text("phrase\tsector\tnote\nharbour pilot\tBUS\t\n", encoding="utf-8")
    reload_knowledge()
    merged = load_knowledge()
    assert merged is not shipped and load_knowledge() is merged
    guard = merged.organizations["LVA-HG"]  # one code in two files is one actor with every name
    assert guard.aliases == ("Harbour Guard", "Riga Harbour Guard")
    assert merged.country_for_text("the Riga Harbour Guard") == "LVA"
    assert merged.sector_of("harbour pilots") == "BUS"
    assert load_knowledge(include_user=False).sector_of("harbour pilot") != "BUS"
    (table / "c.groups.tsv").write_text(
        "code\tname\taliases\tcountry\tsector\tnote\nNATO\tNot NATO\t\tLVA\tMIL\t\n", encoding="utf-8")
    reload_knowledge()
    with pytest.raises(ValueError, match=r"^c.groups.tsv line 2: code NATO is already a shipped"):
        load_knowledge()


def test_matchers_get_every_spelling_with_and_without_accents() -> None:
    spellings = {form for form, hit in load_knowledge().aliases() if hit.entry.name == "Gitanas Nausėda"}
    assert {"Gitanas Nausėda", "Gitanas Nauseda", "Nauseda"} <= spellings
