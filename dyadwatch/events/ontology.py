"""The CAMEO event ontology and its PLOVER crosswalk, read from ``dyadwatch/data/cameo.tsv``.

This module owns the facts about event codes: each CAMEO code's root, name, Goldstein weight, QuadClass,
PLOVER type/mode/context and its *intent* code (the CAMEO code for promising or threatening the action). It
does no pattern matching and no coding; it loads the table once and answers lookups. How the table was
compiled, and the judgement calls in it, are in ``dyadwatch/data/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "PLOVER_TYPES",
    "QUAD_CLASS_NAMES",
    "SYMMETRIC_PLOVER",
    "CameoCode",
    "all_codes",
    "cameo",
    "plover_of",
    "quad_class_name",
]

CAMEO_TABLE = Path(__file__).resolve().parent.parent / "data" / "cameo.tsv"
_COLUMNS = (
    "code", "root", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context", "intent",
)  # fmt: skip

# PLOVER v2's 16 event types in its own order: verbal cooperation, material cooperation, verbal conflict,
# material conflict.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# Types whose events are mutual: "A and B met / agreed / cooperated / signed" is coded both ways for a
# compound actor, and a dyad is right in either direction. SUPPORT is here because its 057 (sign formal
# agreement) is mutual; praise (051) is not, but a scorer cannot tell the two apart from the type alone.
# The set matches the one the project's public scorer uses, so `dyadwatch eval` and it agree on dyads.
SYMMETRIC_PLOVER: frozenset[str] = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})

QUAD_CLASS_NAMES: dict[int, str] = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with everything an event record needs from the ontology."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None  # None for root 01 (public statements): PLOVER dropped them
    plover_mode: str | None
    plover_context: str | None
    intent: str | None  # the CAMEO code for intending this action ("will visit" -> 036), None if none

    @property
    def quad_class_name(self) -> str:
        return QUAD_CLASS_NAMES[self.quad_class]


def _parse_row(line: str, line_number: int) -> CameoCode:
    """One table line -> CameoCode; a malformed line is a packaging bug, so say exactly where it is."""
    values = line.rstrip("\n").split("\t")
    if len(values) != len(_COLUMNS):
        raise ValueError(f"{CAMEO_TABLE}:{line_number}: expected {len(_COLUMNS)} columns, got {len(values)}")
    row = dict(zip(_COLUMNS, values, strict=True))
    try:
        return CameoCode(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
            intent=row["intent"] or None,
        )
    except ValueError as error:
        raise ValueError(f"{CAMEO_TABLE}:{line_number}: {error}") from None


@lru_cache(maxsize=1)
def all_codes() -> dict[str, CameoCode]:
    """Every CAMEO code in the table, keyed by code, in CAMEO's order; loaded once per process."""
    lines = CAMEO_TABLE.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != _COLUMNS:
        raise ValueError(f"{CAMEO_TABLE}: header is not {' '.join(_COLUMNS)}")
    codes: dict[str, CameoCode] = {}
    for line_number, line in enumerate(lines[1:], start=2):
        if line.strip():
            entry = _parse_row(line, line_number)
            codes[entry.code] = entry
    return codes


def cameo(code: str) -> CameoCode:
    """The entry for one CAMEO code such as ``"042"``; KeyError naming the code if it is not CAMEO."""
    try:
        return all_codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r} (not in {CAMEO_TABLE.name})") from None


def plover_of(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, or None for unknown codes and for root 01 (no PLOVER type)."""
    entry = all_codes().get(code)
    return entry.plover if entry else None


def quad_class_name(q: int) -> str:
    """The name of a QuadClass number: 1 "Verbal cooperation" ... 4 "Material conflict"."""
    try:
        return QUAD_CLASS_NAMES[q]
    except KeyError:
        raise KeyError(f"unknown QuadClass {q!r} (expected 1, 2, 3 or 4)") from None
