"""The command line: every command, every output format, stdin, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
CASPIAN = str(FIXTURES / "caspian_naval_talks.txt")
EXAMPLE = str(Path(__file__).resolve().parents[1] / "examples" / "ankara_cairo_talks.html")


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_code_jsonl_records(event_record_keys: frozenset[str]) -> None:
    code, out, _ = run("code", CASPIAN, "--published", "2024-05-17", "--format", "jsonl")
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert events and all(event_record_keys <= set(e) for e in events)
    assert all(set(e["source"]) >= {"text", "name", "country", "org", "sector", "code"} for e in events if e["source"])
    talks = [e for e in events if e["plover"] == "CONSULT" and e["location"]]
    assert talks[0]["location"]["name"] == "Baku" and talks[0]["date"] == "2024-05-16"


def test_code_json_table_and_csv() -> None:
    code, out, _ = run("code", CASPIAN, "--published", "2024-05-17", "--format", "json")
    article = json.loads(out)
    assert code == 0 and article["title"].startswith("Kazakhstan") and article["actors"] and article["events"]
    code, out, _ = run("code", EXAMPLE, "--format", "table")
    assert code == 0 and "CONSULT" in out and "Ankara" in out
    code, out, _ = run("code", CASPIAN, "--published", "2024-05-17", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and rows[0]["cameo"] and "sentence" in rows[0]


def test_code_explain() -> None:
    code, out, _ = run("code", CASPIAN, "--published", "2024-05-17", "--format", "jsonl", "--explain")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert all(e["pattern"] and e["explanation"]["trigger"] for e in events)
    code, out, _ = run("code", CASPIAN, "--published", "2024-05-17", "--format", "table", "--explain")
    assert "-- pattern" in out and "source via" in out


def test_code_from_stdin() -> None:
    text = (FIXTURES / "caspian_naval_talks.txt").read_text(encoding="utf-8")
    code, out, _ = run("code", "-", "--published", "2024-05-17", "--format", "jsonl", stdin=text)
    assert code == 0 and any(json.loads(line)["plover"] == "CONSULT" for line in out.splitlines())


def test_jsonl_input_ids_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps(
            {"id": "a1", "text": "Japan and South Korea held talks in Seoul on Monday.", "published": "2023-03-08"}
        )
        + "\n{not json\n"
        + json.dumps({"id": "a3", "text": "Russian troops attacked Ukrainian positions near Bakhmut."})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run("code", str(path), "--format", "jsonl")
    assert code == 0
    ids = {json.loads(line)["article_id"] for line in out.splitlines()}
    assert ids == {"a1", "a3"}
    assert err.count("\n") == 1 and "in.jsonl:2" in err and "Traceback" not in err


def test_missing_file_is_one_line_and_fails() -> None:
    code, out, err = run("code", "no/such/article.txt")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "no/such/article.txt" in err and "Traceback" not in err


def test_bad_published_date() -> None:
    code, _, err = run("code", CASPIAN, "--published", "someday")
    assert code == 2 and "--published 'someday' is not a date" in err


def test_eval_on_a_small_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "Egypt and Jordan held talks in Amman on Sunday.",
                "date": "2022-06-01",
                "expected": [{"source": "EGY", "target": "JOR", "code": "040"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("eval", str(gold), "--json")
    report = json.loads(out)
    assert code == 0 and report["n_records"] == 1
    code, out, _ = run("eval", str(gold))
    assert code == 0 and "PLOVER type" in out
    code, _, err = run("eval", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "no such file" in err


def test_eval_statements_codes_root_01_for_gold_that_expects_it(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    record = {"id": "s1", "text": "Chile said on Monday that it would review the treaty with Bolivia.",
              "date": "2022-06-01", "expected": [{"source": "CHL", "target": None, "code": "010"}]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    _, out, _ = run("eval", str(gold), "--json")
    assert json.loads(out)["root"]["micro"]["recall"] == 0.0  # statements have no PLOVER type: off by default
    code, out, _ = run("eval", str(gold), "--json", "--statements")
    assert code == 0 and json.loads(out)["root"]["micro"]["recall"] == 1.0


def test_actor_command_single_and_stdin() -> None:
    code, out, _ = run("actor", "Turkish Foreign Minister Hakan Fidan", "--date", "2023-07-04", "--json")
    record = json.loads(out)
    assert code == 0 and record["country"] == "TUR" and record["sector"] == "GOV"
    code, out, _ = run("actor", "-", stdin="the Kremlin\nNATO\n\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in lines] == ["the Kremlin", "NATO", ""]
    assert lines[0]["country"] == "RUS" and lines[1]["org"] == "NATO" and lines[2]["code"] is None


def test_patterns_check_place_and_when() -> None:
    code, out, _ = run("patterns", "check")
    assert code == 0 and out.strip().endswith("0 problems")
    code, out, _ = run("place", "Tripoli", "--context", "Lebanon")
    assert code == 0 and json.loads(out)["country"] == "LBN"
    code, out, _ = run("when", "on Tuesday", "--published", "2021-10-20")
    assert json.loads(out)["date"] == "2021-10-19"
