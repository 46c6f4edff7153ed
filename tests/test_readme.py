"""The README's promises: its example record is what the bundled example really gives, its commands exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_set_up_commands_match_ci() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"^    (\S.*)$", README.split("## Use")[0], flags=re.MULTILINE)
    install, tests = blocks[0], blocks[1]
    assert install in ci and tests in ci
    assert tests == ".venv/bin/python -m pytest -q"


def test_example_record_is_real() -> None:
    shown = json.loads(re.search(r"```json\n(.*?)```", README, flags=re.DOTALL).group(1))
    result = CliRunner().invoke(
        main, ["code", str(ROOT / "examples" / "ankara_cairo_talks.html"), "--format", "jsonl", "--explain"]
    )
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines()]
    matching = [e for e in events if e["trigger"] == shown["trigger"] and e["cameo"] == shown["cameo"]]
    assert matching, events
    event = matching[0]
    for key in ("date", "date_precision", "source", "target", "plover", "quad_class", "goldstein"):
        assert event[key] == shown[key], key
    for key in ("name", "country", "lat", "lon", "geonames_id"):
        assert event["location"][key] == shown["location"][key]
    for key, value in shown["explanation"].items():
        assert event["explanation"][key] == value


def test_every_command_in_the_use_section_exists() -> None:
    use = README.split("## Use")[1].split("From Python")[0]
    commands = set(re.findall(r"^    dyadwatch ([a-z-]+)", use, flags=re.MULTILINE))
    assert {"code", "eval", "ingest", "dyads", "export", "actors"} <= commands
    for command in commands:
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
