"""Tests for dyadwatch.actors.phoenix: reading PETRARCH/TABARI and CSV dictionaries into user tables."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.actors.knowledge import load_knowledge, reload_knowledge
from dyadwatch.actors.phoenix import (
    DictionaryImportError,
    display_name,
    import_dictionary,
    parse_actor_csv,
    parse_phoenix,
    phoenix_date,
)
from dyadwatch.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "actors"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PHOENIX = SHARED / "dictionaries" / "phoenix_petrarch2"


def test_dates_follow_the_tabari_century_rule() -> None:
    assert phoenix_date("080508") == "2008-05-08"
    assert phoenix_date("300101") == "2030-01-01"
    assert phoenix_date("310101") == "1931-01-01"
    assert phoenix_date("20090120") == "2009-01-20"
    assert phoenix_date("20090231") is None
    assert phoenix_date("2004017") is None


def test_display_names_keep_acronyms_in_capitals() -> None:
    assert display_name("AFGHAN_NATIONAL_ARMY_") == "Afghan National Army"
    assert display_name("BNG") == "BNG"
    assert display_name("U.N._") == "U.N."
    assert display_name("KASSYM-JOMART_TOKAYEV") == "Kassym-Jomart Tokayev"


def test_actor_entries_become_people_groups_organisations_and_state_names() -> None:
    result = parse_phoenix(FIXTURES / "borduria.actors")
    rows = result.dictionary.rows
    assert ("Borduria", "EST", "country", "borduria.actors line 5") in rows["aliases"]
    tasch = [row for row in rows["people"] if row[0] == "Kurvi Tasch"]
    # dated offices first, the undated fallback last, each with its dates
    assert [(r[3], r[5], r[6]) for r in tasch] == [
        ("MIL", "1995-03-01", "2003-06-15"),
        ("GOV", "2003-06-16", ""),
        ("ELI", "", ""),
    ]
    assert "Tasch" in tasch[0][1].split("|")
    gladz = [row for row in rows["people"] if row[0] == "Pleksz Gladz" or row[0] == "Plekszy Gladz"]
    assert gladz and set(gladz[0][1].split("|")) >= {"President Plekszy Gladz", "Gladz"}
    assert ("Zorrino Van Der Berg", "", "EST", "OPP", "ESTOPP", "", "2007-01-01") == rows["people"][-1][:7]
    guard = next(row for row in rows["groups"] if row[1] == "Bordurian National Guard")
    assert guard[0] == "ESTMIL" and guard[3:5] == ("EST", "MIL") and guard[2] == "BNG"
    mission = next(row for row in rows["organizations"] if row[0] == "IGOSYL")
    assert mission[1] == "Syldavian Monitoring Mission" and set(mission[2].split("|")) == {"SMM", "Klow Observer Group"}
    brigade = next(row for row in rows["groups"] if row[0] == "IMGREB")
    assert brigade[3:5] == ("", "REB")


def test_malformed_lines_are_warnings_naming_file_and_line() -> None:
    result = parse_phoenix(FIXTURES / "borduria.actors")
    assert any(w.startswith("borduria.actors line 36:") and "no code" in w for w in result.warnings)
    assert any(w.startswith("borduria.actors line 34:") and "bad date" in w for w in result.warnings)
    with pytest.raises(DictionaryImportError, match=r"^borduria.actors line 34: bad date"):
        parse_phoenix(FIXTURES / "borduria.actors", strict=True)


def test_agents_become_sector_words_with_substitutions_and_plurals() -> None:
    result = parse_phoenix(FIXTURES / "borduria.agents")
    sectors = {row[0]: row[1] for row in result.dictionary.rows["sectors"]}
    assert sectors["border warden"] == "COP"
    assert sectors["lighthouse keepers"] == "CVL"
    assert sectors["harbourman"] == "LAB" and sectors["harbourwoman"] == "LAB"
    assert sectors["truce observer"] == "IGO"
    assert sectors["cathedral canon"] == "REL"  # CAMEO religion codes read as REL
    assert "market crowd" not in sectors
    assert result.skipped["agent code PPL has no dyadwatch sector"] == 1


def test_csv_rows_by_kind_and_errors_by_line() -> None:
    result = parse_actor_csv(FIXTURES / "ministers.csv")
    rows = result.dictionary.rows
    assert rows["people"][0][:7] == ("Valdis Ozolkalns", "Ozolkalns", "LVA", "GOV", "GOV", "2019-03-01", "2023-08-15")
    assert rows["groups"][0][1:5] == ("Baltic Harbour Guard", "BHG", "LVA", "COP")
    assert rows["organizations"][0][1:5] == ("Northern Shipping Council", "NSC", "IGO", "BUS")
    bad = parse_actor_csv(FIXTURES / "bad.csv")
    assert len(bad.dictionary.rows["people"]) == 1
    assert bad.warnings == [
        "bad.csv line 3: unknown country 'ZZZ' (want an ISO 3166 alpha-3 code)",
        "bad.csv line 4: bad start date '2020-13-01' (want YYYY-MM-DD, YYYY-MM or YYYY)",
    ]


def test_missing_file_and_bad_header_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(DictionaryImportError, match="no such file"):
        import_dictionary(tmp_path / "absent.actors", tmp_path)
    header = tmp_path / "people.csv"
    header.write_text("who,what\nx,y\n", encoding="utf-8")
    with pytest.raises(DictionaryImportError, match=r"^people.csv line 1: header must be name,aliases"):
        import_dictionary(header, tmp_path)


def test_import_writes_user_tables_that_resolution_uses_with_dates(user_home: Path) -> None:
    from dyadwatch.actors.mentions import resolve_text

    assert resolve_text("Marshal Kurvi Tasch", "2001-05-01").country is None  # type: ignore[union-attr]
    result = import_dictionary(FIXTURES / "borduria.actors")
    assert all(path.parent == user_home / "actors" for path in result.written)
    reload_knowledge()
    wartime = resolve_text("Marshal Kurvi Tasch", "2001-05-01")
    assert wartime is not None and (wartime.country, wartime.sector) == ("EST", "MIL")
    later = resolve_text("Kurvi Tasch", "2010-05-01")
    assert later is not None and later.code == "ESTGOV"
    assert load_knowledge().country_for_text("troops from Borduria") == "EST"
    # a re-import replaces the earlier files instead of adding a second copy
    again = import_dictionary(FIXTURES / "borduria.actors")
    assert sorted(p.name for p in again.written) == sorted(p.name for p in result.written)
    reload_knowledge()
    assert len([p for p in load_knowledge().people if p.name == "Kurvi Tasch"]) == 3


def test_user_entry_wins_on_exact_alias_and_the_shipped_one_is_kept(user_home: Path) -> None:
    shipped = load_knowledge().lookup("Kremlin")
    assert shipped and shipped[0].country == "RUS"
    table = user_home / "actors"
    table.mkdir(parents=True)
    (table / "mine.aliases.tsv").write_text("alias\tiso3\tkind\tnote\nKremlin\tEST\tcapital\ta test override\n",
                                             encoding="utf-8")
    reload_knowledge()
    hits = load_knowledge().lookup("Kremlin")
    assert hits[0].user and hits[0].country == "EST" and not hits[0].ambiguous
    assert any(h.country == "RUS" and h.ambiguous and not h.user for h in hits)
    assert load_knowledge().country_for_text("the Kremlin said") == "EST"


def test_broken_user_file_names_file_and_line(user_home: Path) -> None:
    table = user_home / "actors"
    table.mkdir(parents=True)
    (table / "mine.people.tsv").write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\tnote\nA Person\t\tRUS\tGOV\tminister\t2020-13\t\t\n",
        encoding="utf-8",
    )
    reload_knowledge()
    with pytest.raises(ValueError, match=r"^mine.people.tsv line 2: bad start date '2020-13'"):
        load_knowledge()


def test_cli_import_then_actor_resolves_an_imported_only_person(user_home: Path) -> None:
    runner = CliRunner()
    before = runner.invoke(main, ["actor", "President Plekszy Gladz", "--date", "2010-06-01", "--json"])
    assert json.loads(before.output)["country"] is None
    done = runner.invoke(main, ["actors", "import", "phoenix", str(FIXTURES / "borduria.actors"), "--json"])
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout.splitlines()[-1])
    assert summary["rows"]["people"] >= 5 and summary["warnings"] == 2
    after = runner.invoke(main, ["actor", "President Plekszy Gladz", "--date", "2010-06-01", "--json"])
    record = json.loads(after.output)
    assert (record["country"], record["sector"], record["code"]) == ("EST", "GOV", "ESTGOV")
    out_of_office = json.loads(runner.invoke(main, ["actor", "Plekszy Gladz", "--date", "2015-06-01", "--json"]).output)
    assert out_of_office["sector"] == "ELI"
    sources = runner.invoke(main, ["actors", "sources"])
    assert "borduria.actors\t" in sources.output


def test_cli_import_errors_are_one_line(tmp_path: Path, user_home: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["actors", "import", "csv", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 1
    assert missing.output.strip().endswith("nope.csv: no such file") and "Traceback" not in missing.output
    strict = runner.invoke(main, ["actors", "import", "csv", str(FIXTURES / "bad.csv"), "--strict"])
    assert strict.exit_code == 1
    assert strict.output.strip() == "dyadwatch: bad.csv line 3: unknown country 'ZZZ' (want an ISO 3166 alpha-3 code)"


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="needs ../shared/dictionaries")
def test_the_phoenix_dictionaries_import_and_load(user_home: Path) -> None:
    reload_knowledge()
    started = time.perf_counter()
    shipped = load_knowledge()
    shipped_seconds = time.perf_counter() - started
    totals: dict[str, int] = {}
    for path in sorted(PHOENIX.glob("*.txt")):
        result = import_dictionary(path)
        for kind, count in result.dictionary.counts().items():
            totals[kind] = totals.get(kind, 0) + count
    reload_knowledge()
    started = time.perf_counter()
    merged = load_knowledge()
    merged_seconds = time.perf_counter() - started
    print(f"phoenix import rows {totals}; load {shipped_seconds:.2f} s shipped, {merged_seconds:.2f} s merged")
    assert totals["people"] > 20000 and totals["sectors"] > 3000 and totals["organizations"] > 500
    assert len(merged.people) > len(shipped.people) + 20000
    assert merged_seconds < 10
    # a person only PETRARCH's tables know, at a date inside his office
    from dyadwatch.actors.mentions import resolve_text

    actor = resolve_text("Ivo Josipovic", "2013-03-01")
    assert actor is not None and actor.code == "HRVGOV"
