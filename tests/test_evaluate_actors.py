"""Tests for dyadwatch.evaluate_actors: reading NGEC-style cases, scoring country and sector, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import main
from dyadwatch.evaluate_actors import evaluate_actors, format_actor_report, read_actor_cases
from dyadwatch.model import Actor

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "actors" / "resolution_cases.jsonl"
NGEC = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ngec_actor_resolution_tests.jsonl"


def test_cases_read_dates_context_and_what_is_scored() -> None:
    cases = {case.case_id.split("|")[0]: case for case in read_actor_cases(FIXTURE)}
    assert cases["t_minister"].date == "2021-10-19" and cases["t_minister"].sector == "GOV"
    assert cases["t_context"].date is None and cases["t_context"].context == "Estonian"
    assert cases["t_wrong"].date == "2022-05-01"
    assert (cases["t_nothing"].country, cases["t_nothing"].sector) == ("", "")
    assert cases["t_unscorable"].sector is None and cases["t_unscorable"].sector_unscorable
    assert cases["t_title"].country is None and cases["t_title"].title == "United Nations"
    dated = {case.case_id.split("|")[0]: case for case in read_actor_cases(FIXTURE, today="2022-06-01")}
    assert dated["t_context"].date == "2022-06-01" and dated["t_minister"].date == "2021-10-19"


def test_scores_with_a_stub_resolver() -> None:
    answers = {
        "Latvian border guards": Actor(text="x", country="LVA", sector="COP"),
        "Russian Defense Minister Sergei Shoigu": Actor(text="x", country="RUS", sector="GOV"),
        "the interior ministry": Actor(text="x", sector="GOV"),
        "North Atlantic Treaty Organization": Actor(text="x", name="NATO", org="NATO", code="IGOMIL", kind="igo"),
        "Latvian farmers": Actor(text="x", country="LVA", sector="AGR"),
        "The United Nations": Actor(text="x", name="United Nations", org="UN", code="IGO"),
    }
    report = evaluate_actors(read_actor_cases(FIXTURE), lambda text, date: answers.get(text))
    data = report.to_dict()
    assert data["cases"] == 8 and data["sector_unscorable"] == 1
    # country: 7 scored, only t_wrong (FIN) missed; sector: 4 scored, all right
    assert (data["country_cases"], data["country_accuracy"]) == (7, round(6 / 7, 4))
    assert (data["sector_cases"], data["sector_accuracy"]) == (4, 1.0)
    assert (data["name_cases"], data["name_accuracy"]) == (1, 1.0)
    assert data["by_method"]["agent_to_code"]["country_cases"] == 5
    assert [miss["text"] for miss in data["misses"]] == ["Latvian farmers"]
    assert "overall" in format_actor_report(report)


def test_bad_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "cases.jsonl"
    bad.write_text('{"method": "x", "args": []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^cases.jsonl:1: 'args' must be a list starting with the text$"):
        read_actor_cases(bad)
    result = CliRunner().invoke(main, ["eval-actors", str(bad)])
    assert result.exit_code == 2 and result.output.strip().startswith("dyadwatch: cases.jsonl:1:")


def test_cli_runs_the_real_resolver_on_the_fixture() -> None:
    result = CliRunner().invoke(main, ["eval-actors", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["country_cases"] == 7 and data["country_accuracy"] >= 5 / 7


@pytest.mark.skipif(not NGEC.is_file(), reason="needs ../shared/eval")
def test_ngec_cases_meet_the_floor() -> None:
    cases = read_actor_cases(NGEC)
    assert len(cases) == 413
    report = evaluate_actors(cases, split="heldout").to_dict()
    print(f"NGEC heldout: country {report['country_accuracy']} sector {report['sector_accuracy']}")
    assert report["country_accuracy"] >= 0.60 and report["sector_accuracy"] >= 0.55


def test_ngec_plover_codes_are_read_as_dyadwatch_codes(tmp_path: Path) -> None:
    """NGEC writes PLOVER's MED (medical) and JRN (press); dyadwatch's are HLH and MED."""
    path = tmp_path / "codes.jsonl"
    lines = [
        {"test": "t_medic", "method": "agent_to_code", "args": ["field medics"], "expected": {"code_1": "MED"}},
        {"test": "t_press", "method": "agent_to_code", "args": ["reporters"], "expected": {"code_1": "JRN"}},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    sectors = {case.text: case.sector for case in read_actor_cases(path)}
    assert sectors == {"field medics": "HLH", "reporters": "MED"}
