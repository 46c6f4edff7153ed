"""Event patterns: the compiler and linter for the pattern files in ``dyadwatch/data/patterns/``.

The pattern language is documented in ``dyadwatch/data/patterns/README.md``; this module only turns each line into
a :class:`Pattern` and indexes them by trigger lemma. Matching against a parse is the coder's job
(``dyadwatch.events.coder``). Lint from the command line with ``dyadwatch patterns check`` (or
``python -m dyadwatch.events.patterns``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .ontology import all_codes

__all__ = ["Pattern", "PatternError", "PatternSet", "check_patterns", "load_patterns", "parse_pattern_line"]

_WORD = re.compile(r"^[^\W\d_][\w'.-]*$")
_CODE = re.compile(r"^\d{2,4}$")


class PatternError(ValueError):
    """A malformed pattern line; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern: a trigger lemma plus the words its frame must (not) contain."""

    code: str
    trigger: str
    noun: bool
    required: tuple[frozenset[str], ...]
    target_preps: frozenset[str]
    excluded: frozenset[str]
    origin: str  # "04_consult.txt:12", for --explain and lint messages
    text: str

    @property
    def specificity(self) -> tuple[int, int]:
        """How much of the frame the pattern pins down: more required words, then a more specific code."""
        return (len(self.required) + (1 if self.target_preps else 0), len(self.code))


@dataclass(slots=True)
class PatternSet:
    """Patterns indexed by (trigger lemma, is-noun) for constant-time candidate lookup."""

    patterns: list[Pattern]
    _index: dict[tuple[str, bool], list[Pattern]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for pattern in self.patterns:
            self._index.setdefault((pattern.trigger, pattern.noun), []).append(pattern)

    def for_trigger(self, lemma: str, noun: bool) -> list[Pattern]:
        return self._index.get((lemma, noun), [])

    @property
    def triggers(self) -> set[tuple[str, bool]]:
        return set(self._index)

    def __len__(self) -> int:
        return len(self.patterns)


def _alternatives(item: str, origin: str) -> frozenset[str]:
    """``a|b|c`` -> {a, b, c}; a word may end in ``:n`` or ``:v`` to ask for a noun or a verb."""
    words = item.split("|")
    for word in words:
        bare = word.removesuffix(":n").removesuffix(":v")
        if not _WORD.match(bare) or word != word.lower():
            raise PatternError(f"{origin}: {word!r} is not a lower-case lemma")
    return frozenset(words)


def parse_pattern_line(line: str, origin: str) -> list[Pattern]:
    """Compile one line into one pattern per trigger alternative; ``[]`` for blank and comment lines."""
    body = line.split("#", 1)[0].strip()
    if not body:
        return []
    fields = body.split()
    if len(fields) < 2:
        raise PatternError(f"{origin}: expected 'CODE PATTERN', got {body!r}")
    code, trigger, *items = fields
    if not _CODE.match(code):
        raise PatternError(f"{origin}: {code!r} is not a CAMEO code")
    if code not in all_codes():
        raise PatternError(f"{origin}: unknown CAMEO code {code}")
    noun = trigger.endswith(":n")
    triggers = _alternatives(trigger.removesuffix(":n").removesuffix(":v"), origin)
    if any(t.endswith((":n", ":v")) for t in triggers):
        raise PatternError(f"{origin}: write ':n' once, after the last trigger alternative")
    required: list[frozenset[str]] = []
    preps: set[str] = set()
    excluded: set[str] = set()
    for item in items:
        if item.startswith("+"):
            if preps:
                raise PatternError(f"{origin}: only one '+prep' item is allowed")
            preps |= _alternatives(item[1:], origin)
        elif item.startswith("-"):
            excluded |= _alternatives(item[1:], origin)
        else:
            required.append(_alternatives(item, origin))
    return [
        Pattern(
            code=code,
            trigger=lemma,
            noun=noun,
            required=tuple(required),
            target_preps=frozenset(preps),
            excluded=frozenset(excluded),
            origin=origin,
            text=body,
        )
        for lemma in sorted(triggers)
    ]


def _pattern_files(directory: Path | None) -> list[tuple[str, str]]:
    if directory is not None:
        return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.txt"))]
    root = resources.files("dyadwatch") / "data" / "patterns"
    return [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in sorted(root.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    ]


def _compile(files: Iterable[tuple[str, str]]) -> list[Pattern]:
    patterns: list[Pattern] = []
    for name, content in files:
        for number, line in enumerate(content.splitlines(), start=1):
            patterns.extend(parse_pattern_line(line, f"{name}:{number}"))
    return patterns


@functools.lru_cache(maxsize=4)
def load_patterns(directory: Path | None = None) -> PatternSet:
    """Compile every pattern file once per process; a malformed line raises :class:`PatternError`."""
    return PatternSet(_compile(_pattern_files(directory)))


def _signature(pattern: Pattern) -> tuple[object, ...]:
    return (
        pattern.trigger,
        pattern.noun,
        tuple(sorted(tuple(sorted(alt)) for alt in pattern.required)),
        tuple(sorted(pattern.target_preps)),
        tuple(sorted(pattern.excluded)),
    )


def check_patterns(directory: Path | None = None) -> tuple[int, list[str]]:
    """Lint the pattern files: malformed lines, unknown codes, duplicates and conflicting codes.

    Returns the number of valid patterns and the problems found (empty when clean).
    """
    problems: list[str] = []
    patterns: list[Pattern] = []
    for name, content in _pattern_files(directory):
        root = name[:2]
        for number, line in enumerate(content.splitlines(), start=1):
            origin = f"{name}:{number}"
            try:
                compiled = parse_pattern_line(line, origin)
            except PatternError as exc:
                problems.append(str(exc))
                continue
            if not compiled:
                continue
            first = compiled[0]
            if root.isdigit() and first.code[:2] != root:
                problems.append(f"{origin}: code {first.code} does not belong in a root-{root} file")
            if any(first.excluded & alt for alt in first.required):
                problems.append(f"{origin}: a word is both required and excluded")
            patterns.extend(compiled)
    seen: dict[tuple[object, ...], Pattern] = {}
    for pattern in patterns:
        key = _signature(pattern)
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = pattern
        elif earlier.code == pattern.code:
            problems.append(f"{pattern.origin}: duplicate of {earlier.origin}")
        else:
            problems.append(
                f"{pattern.origin}: same pattern as {earlier.origin} with another code "
                f"({pattern.code} vs {earlier.code})"
            )
    return len(patterns), problems


if __name__ == "__main__":  # pragma: no cover - thin convenience wrapper
    import sys

    count, found = check_patterns(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for problem in found:
        print(problem)
    print(f"{count} patterns, {len(found)} problems")
    sys.exit(1 if found else 0)
