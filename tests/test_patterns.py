"""The pattern compiler and linter: line syntax, specificity, lint findings, and the shipped files being clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.events.patterns import PatternError, check_patterns, load_patterns, parse_pattern_line


def test_parse_full_line() -> None:
    (pattern,) = parse_pattern_line("163  impose sanction|embargo +on|against -lift  # comment", "x.txt:1")
    assert pattern.code == "163"
    assert pattern.trigger == "impose"
    assert not pattern.noun
    assert pattern.required == (frozenset({"sanction", "embargo"}),)
    assert pattern.target_preps == frozenset({"on", "against"})
    assert pattern.excluded == frozenset({"lift"})
    assert pattern.specificity == (2, 3)


def test_noun_trigger_and_comments() -> None:
    assert parse_pattern_line("# only a comment", "x:1") == []
    assert parse_pattern_line("   ", "x:2") == []
    (pattern,) = parse_pattern_line("040 talk:n +with", "x:3")
    assert pattern.noun and pattern.trigger == "talk"


def test_trigger_alternatives_give_one_pattern_each() -> None:
    patterns = parse_pattern_line("0312 bolster|strengthen cooperation military|defence|defense", "x:4")
    assert [p.trigger for p in patterns] == ["bolster", "strengthen"]
    assert all(
        p.required == (frozenset({"cooperation"}), frozenset({"military", "defence", "defense"})) for p in patterns
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("040", "expected 'CODE PATTERN'"),
        ("4x0 meet", "is not a CAMEO code"),
        ("0999 meet", "unknown CAMEO code"),
        ("040 Meet", "is not a lower-case lemma"),
        ("040 meet +with +to", "only one '+prep'"),
        ("040 meet talk|Talks", "is not a lower-case lemma"),
    ],
)
def test_malformed_lines_name_the_place(line: str, message: str) -> None:
    with pytest.raises(PatternError) as info:
        parse_pattern_line(line, "04_consult.txt:7")
    assert "04_consult.txt:7" in str(info.value)
    assert message in str(info.value)


def test_linter_finds_duplicates_conflicts_and_misfiled_codes(tmp_path: Path) -> None:
    (tmp_path / "04_consult.txt").write_text(
        "040 meet\n040 meet\n042 visit\n043 visit\n190 attack\n040 bad Line\n046 negotiate talk -talk\n",
        encoding="utf-8",
    )
    count, problems = check_patterns(tmp_path)
    assert count == 6
    text = "\n".join(problems)
    assert "04_consult.txt:2: duplicate of 04_consult.txt:1" in text
    assert "another code (043 vs 042)" in text
    assert "code 190 does not belong in a root-04 file" in text
    assert "04_consult.txt:6" in text
    assert "both required and excluded" in text


def test_clean_directory_has_no_problems(tmp_path: Path) -> None:
    (tmp_path / "04_consult.txt").write_text("040 meet\n040 hold talk +with\n", encoding="utf-8")
    assert check_patterns(tmp_path) == (2, [])
    patterns = load_patterns(tmp_path)
    assert len(patterns) == 2
    assert [p.code for p in patterns.for_trigger("hold", False)] == ["040"]
    assert patterns.for_trigger("hold", True) == []


def test_shipped_patterns_are_clean_and_cover_every_root() -> None:
    count, problems = check_patterns()
    assert problems == []
    assert count >= 1500
    roots = {p.code[:2] for p in load_patterns().patterns}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
