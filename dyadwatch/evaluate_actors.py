"""Actor resolution accuracy on short texts with known answers (the NGEC test cases' JSONL layout).

This module owns reading such a file (one JSON object a line: ``method``, ``args`` = [text, context, date],
``kwargs`` (``query_date``), ``expected`` with ``country``/``cc`` and sometimes ``code_1``/``title``),
resolving each text with :func:`dyadwatch.actors.mentions.resolve_text` at its date, and scoring country and
sector overall and per method, on all records or a fixed half (:func:`dyadwatch.evaluate.split_of`). It does
not change resolution; the tables in ``dyadwatch/data/actors`` are where accuracy is won.

Scoring rules: an expected country of ``""`` (or ``__result__: null``) means "no country"; NGEC writes
``IGO``/``NGO`` (and for some bodies ``UNO`` or ``EUR``) as the country of organisations, so an organisation
without a state scores with its CAMEO type, and counts as right where NGEC names a body code that is no state.
NGEC's PLOVER agent codes ``MED`` (medical) and ``JRN`` (journalists) are read as dyadwatch's ``HLH`` and
``MED``. Sector scores where ``code_1`` is a dyadwatch sector code, empty, or NGEC's ``UNK``/``JNK`` (no sector);
NGEC's own additions (``PRE`` partially recognised state, ``PRM`` paramilitary, ``SOC``, ...) are not
dyadwatch codes and are left out, counted as ``sector_unscorable``. A ``context`` argument ("Mexican") gives
a country to a resolution that found none, as the country of the story would.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .actors.knowledge import SECTOR_CODES
from .model import Actor

__all__ = ["ActorCase", "ActorReport", "evaluate_actors", "format_actor_report", "read_actor_cases"]

Resolver = Callable[[str, str | None], Actor | None]
_NO_SECTOR = frozenset({"", "UNK", "JNK"})
_RELIGIONS = frozenset({"BUD", "MUS", "CHR", "CTH", "JEW", "HIN"})  # CAMEO religion codes read as REL
# NGEC's agent codes follow PLOVER, where MED is medical staff and JRN the press; in CAMEO and dyadwatch MED is
# the media and HLH health. Every MED case of the NGEC file is a medic, a paramedic, an ambulance or a clinic.
_NGEC_CODES = {"MED": "HLH", "JRN": "MED"}
_ORG_TYPES = ("IGO", "NGO", "MNC")


@dataclass(frozen=True, slots=True)
class ActorCase:
    """One test text and what it should resolve to; ``None`` in a field means "not scored"."""

    case_id: str
    method: str
    text: str
    date: str | None
    context: str | None
    country: str | None  # "" = no country expected
    sector: str | None  # "" = no sector expected
    title: str | None  # the expected canonical name (a Wikipedia title), when that is all the case says
    sector_unscorable: bool = False


@dataclass(slots=True)
class _Tally:
    country_right: int = 0
    country_total: int = 0
    sector_right: int = 0
    sector_total: int = 0
    name_right: int = 0
    name_total: int = 0

    def to_dict(self) -> dict[str, Any]:
        def ratio(right: int, total: int) -> float | None:
            return round(right / total, 4) if total else None

        return {
            "country_accuracy": ratio(self.country_right, self.country_total),
            "country_cases": self.country_total,
            "sector_accuracy": ratio(self.sector_right, self.sector_total),
            "sector_cases": self.sector_total,
            "name_accuracy": ratio(self.name_right, self.name_total),
            "name_cases": self.name_total,
        }


@dataclass(slots=True)
class ActorReport:
    """Accuracy overall and per method, with the misses for inspection."""

    split: str
    cases: int = 0
    sector_unscorable: int = 0
    overall: _Tally = field(default_factory=_Tally)
    by_method: dict[str, _Tally] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "cases": self.cases,
            "sector_unscorable": self.sector_unscorable,
            **self.overall.to_dict(),
            "by_method": {method: tally.to_dict() for method, tally in sorted(self.by_method.items())},
            "misses": self.misses,
        }


def _iso_or_none(value: Any, today: str | None = None) -> str | None:
    """A date argument as ISO; "today" is ``today`` (None: resolution uses current office holders)."""
    from .when import normalize_published

    if isinstance(value, str) and value.strip().lower() in {"today", "now"}:
        return today
    if not isinstance(value, str) or not value.strip():
        return None
    return normalize_published(value.strip())


def read_actor_cases(path: str | Path, today: str | None = None) -> list[ActorCase]:
    """The cases of a JSONL file; raises ValueError naming file and line for a record it cannot read.

    ``today`` is the date a case written as "Today" means: test suites are written on a day, and who holds
    an office changes after it. None reads it as the real today (current office holders).
    """
    from .evaluate import json_object_lines

    path = Path(path)
    cases = []
    for _, where, record in json_object_lines(path, path.name):
        args = record.get("args")
        if not isinstance(args, list) or not args or not isinstance(args[0], str):
            raise ValueError(f"{where}: 'args' must be a list starting with the text")
        expected = record.get("expected") or {}
        if not isinstance(expected, dict):
            raise ValueError(f"{where}: 'expected' must be an object")
        kwargs = record.get("kwargs") or {}
        date = _iso_or_none(kwargs.get("query_date") if isinstance(kwargs, dict) else None, today)
        date = date or _iso_or_none(args[2] if len(args) > 2 else None, today)
        context = args[1] if len(args) > 1 and isinstance(args[1], str) and args[1].strip() else None
        if isinstance(kwargs, dict):
            context = context or kwargs.get("country") or kwargs.get("known_country")
        nothing = "__result__" in expected and expected["__result__"] is None
        country = expected.get("country", expected.get("cc"))
        country = "" if nothing else (country if isinstance(country, str) else None)
        code = "" if nothing else expected.get("code_1")
        sector, unscorable = None, False
        if isinstance(code, str):
            code = "REL" if code in _RELIGIONS else _NGEC_CODES.get(code, code)
            if code in _NO_SECTOR:
                sector = ""
            elif code in SECTOR_CODES:
                sector = code
            else:
                unscorable = True
        title = expected.get("title") if isinstance(expected.get("title"), str) else None
        method = str(record.get("method") or "unknown")
        cases.append(ActorCase(
            case_id=f"{record.get('test')}|{args[0]}", method=method, text=args[0], date=date, context=context,
            country=country, sector=sector, title=title, sector_unscorable=unscorable,
        ))
    return cases


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().split())


def predicted_country(actor: Actor | None, context: str | None) -> str:
    """The country a resolution gives, NGEC-style: a state, else the organisation's CAMEO type, else ""."""
    from .actors.knowledge import country_for_text

    if actor is not None and actor.country:
        return actor.country
    if actor is not None and actor.org and actor.code and actor.code[:3] in _ORG_TYPES:
        return actor.code[:3]
    if context:
        return country_for_text(context) or ""
    return ""


def _default_resolver() -> Resolver:
    from .actors.mentions import resolve_text

    return resolve_text


def evaluate_actors(cases: Sequence[ActorCase], resolver: Resolver | None = None, split: str = "all",
                    max_misses: int = 200) -> ActorReport:
    """Resolve every case (of ``split``: all, tune or heldout) and count what came out right."""
    from .actors.knowledge import load_knowledge
    from .evaluate import split_of

    resolve = resolver or _default_resolver()
    states = load_knowledge().countries
    report = ActorReport(split=split)
    for case in cases:
        if split != "all" and split_of(case.case_id) != split:
            continue
        report.cases += 1
        report.sector_unscorable += case.sector_unscorable
        actor = resolve(case.text, case.date) if case.text.strip() else None
        tallies = (report.overall, report.by_method.setdefault(case.method, _Tally()))
        country = predicted_country(actor, case.context)
        sector = (actor.sector or "") if actor is not None else ""
        wrong = []
        if case.country is not None:
            right = country == case.country or (
                country in _ORG_TYPES and case.country not in states and case.country not in ("", *_ORG_TYPES)
            )
            for tally in tallies:
                tally.country_total += 1
                tally.country_right += right
            if not right:
                wrong.append("country")
        if case.sector is not None:
            right = sector == case.sector
            for tally in tallies:
                tally.sector_total += 1
                tally.sector_right += right
            if not right:
                wrong.append("sector")
        if case.title is not None and case.country is None:
            right = actor is not None and _fold(actor.name or "") == _fold(case.title)
            for tally in tallies:
                tally.name_total += 1
                tally.name_right += right
            if not right:
                wrong.append("name")
        if wrong and len(report.misses) < max_misses:
            report.misses.append({
                "id": case.case_id, "method": case.method, "text": case.text, "date": case.date, "wrong": wrong,
                "expected": {"country": case.country, "sector": case.sector, "name": case.title},
                "got": {"country": country, "sector": sector, "name": actor.name if actor else None,
                        "code": actor.code if actor else None, "via": actor.via if actor else None},
            })
    return report


def format_actor_report(report: ActorReport, show_missed: int = 20) -> str:
    """A plain-text table of the report, the misses listed last."""

    def pct(value: float | None) -> str:
        return "   -  " if value is None else f"{value:6.1%}"

    lines = [f"actor resolution ({report.split}): {report.cases} cases, "
             f"{report.sector_unscorable} with a non-dyadwatch sector left out of sector"]
    lines.append(f"{'method':<22} {'country':>8} {'n':>5} {'sector':>8} {'n':>5} {'name':>8} {'n':>5}")
    rows = [("overall", report.overall), *sorted(report.by_method.items())]
    for method, tally in rows:
        data = tally.to_dict()
        lines.append(f"{method:<22} {pct(data['country_accuracy']):>8} {data['country_cases']:>5} "
                     f"{pct(data['sector_accuracy']):>8} {data['sector_cases']:>5} "
                     f"{pct(data['name_accuracy']):>8} {data['name_cases']:>5}")
    if show_missed and report.misses:
        lines.append("")
        lines.append(f"missed (first {min(show_missed, len(report.misses))} of {len(report.misses)}):")
        for miss in report.misses[:show_missed]:
            got, want = miss["got"], miss["expected"]
            lines.append(f"  {miss['text']!r} [{miss['method']}] {'/'.join(miss['wrong'])}: got "
                         f"{got['country'] or '-'} {got['sector'] or '-'} {got['name'] or ''} "
                         f"want {want['country'] if want['country'] is not None else '?'} "
                         f"{want['sector'] if want['sector'] is not None else '?'} {want['name'] or ''}".rstrip())
    return "\n".join(lines)
