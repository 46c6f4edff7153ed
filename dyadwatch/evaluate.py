"""Gold readers and the metrics behind ``dyadwatch eval``.

This module owns reading gold files into :class:`GoldRecord` values, running a coder over them and scoring
what it returns. It does not code text itself (the caller passes a :data:`Coder`; :func:`pipeline_coder`
wraps the project's pipeline, imported only when asked for), does not print (the CLI prints
:func:`format_report` or :meth:`EvalReport.to_dict`) and never touches spaCy directly.

Gold formats (JSON lines; the format is recognised per record):

- PLOVER gold standard: ``expected[]`` items carry ``plover2021`` (the type) and CAMEO-style actor codes in
  ``source``/``target``; the CAMEO root is ``cameo_inferred.code[:2]`` when the record has it, else unknown.
- CAMEO-coded records (PETRARCH/TABARI validation, and the generic format): ``expected[]`` items carry a CAMEO
  ``code``; root = ``code[:2]``, PLOVER type from our crosswalk (:func:`dyadwatch.events.ontology.plover_of`).
  ``no_event: true`` or an empty ``expected`` means nothing is expected; ``evaluate: false`` records are
  skipped; ``suite`` selects one suite. Dates like ``19950101`` become ``1995-01-01``.
- CAMEO codebook examples: ``code`` and ``example`` (the text), no actors: scored on type and root only.
- Event gold: ``expected[]`` items carry ``plover``, ``cameo_root``, ISO ``source_country``/``target_country``
  and optionally ``cameo`` (the full code), ``date``, ``location``, ``location_country`` and ``modality``;
  ``published`` is the publication date. Its texts may be whole articles (paragraphs split by blank lines).

Records with an empty text are skipped; a repeated id gets ``#LINE`` appended so that ids stay unique.

Actor codes: the first three letters are the country (CAMEO's non-ISO ones mapped, ``JAP`` -> ``JPN``), the
rest a sector that is not scored. ``IGO``, ``NGO``, ``IMG``, ... (:data:`ORG_HEADS`) and ``---`` (country
unknown) match an actor with ``org`` set or without a country. A gold actor that is null matches anything.

Metrics, for a split of the gold records (every event the coder returns counts; filter in the coder):

- **PLOVER type**: an output event is correct if some expected event of the same record has its type; an
  expected event is recalled if some output event of the record has its type. Precision = correct outputs /
  outputs, recall = recalled expected / expected, F1 their harmonic mean. Outputs on records that expect no
  event are wrong. Events without a PLOVER type (root 01, codes outside CAMEO) carry the label ``None``: they
  count in the micro figures but are not a type of their own in the per-type table or the macro average.
  *Micro* pools all events; *macro* is the unweighted mean of per-type P, R and F1 over the PLOVER types
  present in gold or output, where an undefined value (no outputs, or no gold, of that type) counts as 0.
- **CAMEO root**: the same on two-digit roots, over records whose expected events all carry a root.
- **Dyad**: the same with "matches the source and target actor" in place of "has the type"; for a
  :data:`~dyadwatch.events.ontology.SYMMETRIC_PLOVER` type (of the expected event) either direction counts.
  Records whose gold names no actors are left out.
- **Event** (type and dyad): the same requiring both on one output event.
- **Type + dyad 1:1** (``paired``): the event metric counted one to one, as a scorer that pairs each gold event
  with one output does: an act told twice, or a reciprocal act coded both ways round, proves one gold event and
  the second copy is a wrong output.
- **Actor accuracy**: over expected events whose type was recalled and whose gold gives that actor, the share
  where some output event of that type has the right source country (target country); for a symmetric type
  the actor may sit on either side.
- **No-event specificity**: records expecting nothing that got nothing / records expecting nothing.
- **Date / location accuracy** (event gold only): over expected events with a date (location), the share where
  an output event matching type and dyad (any output, if none does) has that date (a place of that name and
  country), as the project's public scorer counts it.
- **Modality accuracy** (event gold with ``modality``): over expected events that some output matches in type
  and dyad, the share where one of those outputs carries the gold's modality (asserted, future, negated, ...).
- **Asserted only** (``--asserted``): output events not flagged asserted are dropped, and so are gold events whose
  ``modality`` is not ``asserted``; this scores what the aggregates count by default.

Every record with an error (a missed or extra type, a missed dyad, an event where none is expected, a coder
error) is listed in :attr:`EvalReport.missed` with what was expected and what came back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadwatch.events.ontology import PLOVER_TYPES, SYMMETRIC_PLOVER, plover_of
from dyadwatch.model import Actor, Event

if TYPE_CHECKING:
    from dyadwatch.pipeline import Options

__all__ = [
    "CAMEO_TO_ISO",
    "MODALITIES",
    "ORG_HEADS",
    "SPLITS",
    "Coder",
    "EvalReport",
    "GoldEvent",
    "GoldFileError",
    "GoldRecord",
    "MetricBlock",
    "MissedRecord",
    "actor_matches",
    "dyad_matches",
    "evaluate",
    "format_report",
    "json_object_lines",
    "pipeline_coder",
    "read_gold",
    "split_of",
]

# (text, published ISO date or None, record id) -> the events coded from the text
Coder = Callable[[str, str | None, str], list[Event]]

SPLITS = ("all", "tune", "heldout")

# CAMEO country codes that are not ISO 3166-1 alpha-3 (or are retired ISO codes), mapped to ISO.
CAMEO_TO_ISO: dict[str, str] = {
    "JAP": "JPN", "ITL": "ITA", "VTN": "VAT", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR",
}  # fmt: skip

# Three-letter heads of CAMEO actor codes that name an organisation or group rather than a country.
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical", "alleged", "denied")
ORG_HEADS = frozenset({"IGO", "NGO", "IMG", "ISM", "UNO", "MNC", "UAF", "REB", "OPP"})
_NO_COUNTRY = "---"


class GoldFileError(ValueError):
    """A gold file that cannot be read; the message names the file (and line) and the problem."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. Actor codes are CAMEO-style (``HUNGOV``, ``IGO``) or ISO countries; None = any."""

    plover: str | None
    root: str | None
    code: str | None = None
    source: str | None = None
    target: str | None = None
    actors_known: bool = True  # False when the gold names no actors at all: no dyad or actor scoring
    date: str | None = None
    location: str | None = None
    location_country: str | None = None
    modality: str | None = None  # event gold only: asserted, future, negated, alleged, ...; None = not given

    @property
    def asserted(self) -> bool:
        """Whether the gold says (or, saying nothing, implies) that the event happened."""
        return self.modality in (None, "asserted")

    def to_dict(self) -> dict[str, Any]:
        record = {"plover": self.plover, "root": self.root, "code": self.code, "source": self.source,
                  "target": self.target}
        if self.modality is not None:
            record["modality"] = self.modality
        return record


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold text and the events expected from it (none for a no-event record)."""

    record_id: str
    text: str
    published: str | None
    expected: tuple[GoldEvent, ...]
    suite: str | None = None
    origin: str = ""  # "path:line", for messages

    @property
    def no_event(self) -> bool:
        return not self.expected


@dataclass(slots=True)
class _Tally:
    """Counts per label for one metric: outputs, correct outputs, expected, recalled expected."""

    out: dict[str | None, int] = field(default_factory=dict)
    out_ok: dict[str | None, int] = field(default_factory=dict)
    exp: dict[str | None, int] = field(default_factory=dict)
    exp_hit: dict[str | None, int] = field(default_factory=dict)

    def add_output(self, label: str | None, correct: bool) -> None:
        self.out[label] = self.out.get(label, 0) + 1
        self.out_ok[label] = self.out_ok.get(label, 0) + int(correct)

    def add_expected(self, label: str | None, recalled: bool) -> None:
        self.exp[label] = self.exp.get(label, 0) + 1
        self.exp_hit[label] = self.exp_hit.get(label, 0) + int(recalled)

    def block(self, macro_labels: Iterable[str]) -> MetricBlock:
        """Micro figures over every label, macro and per-label figures over ``macro_labels`` present."""
        micro = _prf(sum(self.out_ok.values()), sum(self.out.values()),
                     sum(self.exp_hit.values()), sum(self.exp.values()))
        per_label: dict[str, LabelScore] = {}
        for label in macro_labels:
            out, exp = self.out.get(label, 0), self.exp.get(label, 0)
            if out or exp:
                p, r, f = _prf(self.out_ok.get(label, 0), out, self.exp_hit.get(label, 0), exp)
                per_label[label] = LabelScore(label, exp, out, p, r, f)
        if per_label:
            scores = per_label.values()
            macro_p = sum(_zero(s.p) for s in scores) / len(per_label)
            macro_r = sum(_zero(s.r) for s in scores) / len(per_label)
            macro_f = sum(_zero(s.f1) for s in scores) / len(per_label)
        else:
            macro_p = macro_r = macro_f = None
        return MetricBlock(
            n_expected=sum(self.exp.values()), n_output=sum(self.out.values()),
            n_recalled=sum(self.exp_hit.values()), n_correct=sum(self.out_ok.values()),
            micro_p=micro[0], micro_r=micro[1], micro_f1=micro[2],
            macro_p=macro_p, macro_r=macro_r, macro_f1=macro_f, per_label=per_label,
        )


def _zero(value: float | None) -> float:
    return 0.0 if value is None else value


def _prf(ok: int, out: int, hit: int, exp: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1; None where the denominator is empty (F1 needs both)."""
    p = ok / out if out else None
    r = hit / exp if exp else None
    if p is None or r is None:
        return p, r, None
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _rate(ok: int, n: int) -> float | None:
    return ok / n if n else None


@dataclass(frozen=True, slots=True)
class LabelScore:
    """P/R/F1 for one label (a PLOVER type or a CAMEO root); None where undefined."""

    label: str
    n_expected: int
    n_output: int
    p: float | None
    r: float | None
    f1: float | None


@dataclass(frozen=True, slots=True)
class MetricBlock:
    """Micro, macro and per-label precision/recall/F1 for one way of matching events."""

    n_expected: int
    n_output: int
    n_recalled: int
    n_correct: int
    micro_p: float | None
    micro_r: float | None
    micro_f1: float | None
    macro_p: float | None
    macro_r: float | None
    macro_f1: float | None
    per_label: dict[str, LabelScore]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_expected": self.n_expected, "n_output": self.n_output,
            "n_recalled": self.n_recalled, "n_correct": self.n_correct,
            "micro": {"precision": _round(self.micro_p), "recall": _round(self.micro_r),
                      "f1": _round(self.micro_f1)},
            "macro": {"precision": _round(self.macro_p), "recall": _round(self.macro_r),
                      "f1": _round(self.macro_f1)},
            "per_label": {
                label: {"n_expected": s.n_expected, "n_output": s.n_output, "precision": _round(s.p),
                        "recall": _round(s.r), "f1": _round(s.f1)}
                for label, s in self.per_label.items()
            },
        }


@dataclass(frozen=True, slots=True)
class MissedRecord:
    """A record the coder got wrong somewhere: what was expected, what came back, and what differed."""

    record_id: str
    text: str
    expected: tuple[GoldEvent, ...]
    got: tuple[dict[str, Any], ...]
    problems: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.record_id, "text": self.text, "expected": [e.to_dict() for e in self.expected],
                "got": list(self.got), "problems": list(self.problems)}


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Everything one evaluation measured; :meth:`to_dict` is the ``--json`` form."""

    split: str
    n_records: int
    n_no_event_records: int
    plover: MetricBlock
    root: MetricBlock
    dyad: MetricBlock
    event: MetricBlock
    paired: MetricBlock
    source_accuracy: float | None
    source_n: int
    target_accuracy: float | None
    target_n: int
    no_event_specificity: float | None
    date_accuracy: float | None
    date_n: int
    location_accuracy: float | None
    location_n: int
    modality_accuracy: float | None
    modality_n: int
    errors: tuple[tuple[str, str], ...]
    missed: tuple[MissedRecord, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "n_records": self.n_records,
            "n_no_event_records": self.n_no_event_records,
            "plover": self.plover.to_dict(),
            "root": self.root.to_dict(),
            "dyad": self.dyad.to_dict(),
            "event": self.event.to_dict(),
            "paired": self.paired.to_dict(),
            "source_accuracy": _round(self.source_accuracy),
            "source_n": self.source_n,
            "target_accuracy": _round(self.target_accuracy),
            "target_n": self.target_n,
            "no_event_specificity": _round(self.no_event_specificity),
            "date_accuracy": _round(self.date_accuracy),
            "date_n": self.date_n,
            "location_accuracy": _round(self.location_accuracy),
            "location_n": self.location_n,
            "modality_accuracy": _round(self.modality_accuracy),
            "modality_n": self.modality_n,
            "errors": [{"id": rid, "message": message} for rid, message in self.errors],
            "missed": [m.to_dict() for m in self.missed],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# ---------------------------------------------------------------------------------------------- gold reading


def split_of(record_id: str) -> str:
    """``"tune"`` or ``"heldout"``: a fixed half of the ids, by sha1 of the id, so a split never drifts."""
    return "tune" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"


def _iso_date(value: Any) -> str | None:
    """``19950101`` or ``1995-01-01`` -> ``1995-01-01``; anything else (odd PETRARCH dates) -> None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    return None


def _text_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _modality_of(item: dict[str, Any], where: str) -> str | None:
    value = _text_or_none(item.get("modality"))
    if value is not None and value not in MODALITIES:
        raise GoldFileError(f"{where}: unknown modality {value!r} (one of {', '.join(MODALITIES)})")
    return value


def _gold_events(record: dict[str, Any], where: str) -> tuple[GoldEvent, ...]:
    """The expected events of one parsed gold line, whichever format it is in."""
    if "example" in record and "text" not in record:  # CAMEO codebook example: a code, no actors
        code = str(record.get("code") or "").strip()
        if not code:
            raise GoldFileError(f"{where}: codebook example has no code")
        return (GoldEvent(plover=plover_of(code), root=code[:2], code=code, actors_known=False),)
    expected = record.get("expected") or []
    if not isinstance(expected, list):
        raise GoldFileError(f"{where}: 'expected' is not a list")
    if record.get("no_event") is True:
        return ()
    inferred = record.get("cameo_inferred")
    inferred_code = str(inferred.get("code") or "") if isinstance(inferred, dict) else ""
    events: list[GoldEvent] = []
    for item in expected:
        if not isinstance(item, dict):
            raise GoldFileError(f"{where}: an 'expected' item is not an object")
        if "plover2021" in item:  # PLOVER gold standard
            events.append(GoldEvent(
                plover=_text_or_none(item.get("plover2021")), root=inferred_code[:2] or None,
                code=inferred_code or None, source=_text_or_none(item.get("source")),
                target=_text_or_none(item.get("target")),
            ))
        elif "plover" in item or "source_country" in item:  # event gold with ISO countries
            cameo_code = _text_or_none(item.get("cameo"))
            events.append(GoldEvent(
                plover=_text_or_none(item.get("plover")) or (plover_of(cameo_code) if cameo_code else None),
                root=_text_or_none(item.get("cameo_root")) or (cameo_code[:2] if cameo_code else None),
                code=cameo_code, source=_text_or_none(item.get("source_country")),
                target=_text_or_none(item.get("target_country")), date=_iso_date(item.get("date")),
                location=_text_or_none(item.get("location")),
                location_country=_text_or_none(item.get("location_country")),
                modality=_modality_of(item, where),
            ))
        else:  # CAMEO-coded: PETRARCH/TABARI validation and the generic format
            code = _text_or_none(item.get("code"))
            if code is None:
                raise GoldFileError(f"{where}: an expected event has no 'code', 'plover' or 'plover2021'")
            events.append(GoldEvent(plover=plover_of(code), root=code[:2], code=code,
                                    source=_text_or_none(item.get("source")),
                                    target=_text_or_none(item.get("target"))))
    return tuple(events)


def json_object_lines(path: Path, label: str | None = None) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, "FILE:N" for messages, record) for each non-blank line of a JSONL file of objects: every gold
    and case file is read this way, so a bad line gets the same message naming file and line in each of them."""
    label = label or str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GoldFileError(f"{label}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise GoldFileError(f"{label}: cannot read ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFileError(f"{where}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise GoldFileError(f"{where}: each line must be a JSON object")
        yield number, where, record


def read_gold(path: str | Path, suite: str | None = None) -> list[GoldRecord]:
    """Every gold record of a JSONL file (of one ``suite`` if given); GoldFileError names what is wrong."""
    gold_path = Path(path)
    records: list[GoldRecord] = []
    suites: set[str] = set()
    example_counts: dict[str, int] = {}
    seen_ids: set[str] = set()
    for number, where, raw in json_object_lines(gold_path):
        record_suite = raw.get("suite") if isinstance(raw.get("suite"), str) else None
        if record_suite:
            suites.add(record_suite)
        if suite is not None and record_suite != suite:
            continue
        if raw.get("evaluate") is False:  # validation records marked as not to be scored
            continue
        text = raw.get("text", raw.get("example"))
        if not isinstance(text, str):
            raise GoldFileError(f"{where}: record has no 'text' string")
        if not text.strip():  # a gap in the source data (one PETRARCH record): nothing to code or score
            continue
        expected = _gold_events(raw, where)
        record_id = str(raw["id"]) if raw.get("id") is not None else None
        if record_id is None and "example" in raw:
            code = expected[0].code or ""
            example_counts[code] = example_counts.get(code, 0) + 1
            record_id = f"cameo-{code}-{example_counts[code]}"
        record_id = record_id or f"{gold_path.stem}-{number}"
        if record_id in seen_ids:  # ids must be unique: the coder's events are keyed by them
            record_id = f"{record_id}#{number}"
        seen_ids.add(record_id)
        records.append(GoldRecord(
            record_id=record_id, text=text,
            published=_iso_date(raw.get("published", raw.get("date"))), expected=expected,
            suite=record_suite, origin=where,
        ))
    if suite is not None and not records:
        known = ", ".join(sorted(suites)) or "none"
        raise GoldFileError(f"{gold_path}: no records of suite {suite!r} (suites in the file: {known})")
    if not records:
        raise GoldFileError(f"{gold_path}: no gold records")
    return records


# ---------------------------------------------------------------------------------------------- matching


def actor_matches(actor: Actor | None, code: str | None) -> bool:
    """Whether an output actor fits a gold actor code (CAMEO-style or ISO); a null gold code fits anything."""
    if not code:
        return True
    if actor is None:
        return False
    head = code[:3].upper()
    if head in ORG_HEADS or head == _NO_COUNTRY:
        return bool(actor.org) or not actor.country
    return actor.country == CAMEO_TO_ISO.get(head, head)


def dyad_matches(event: Event, gold: GoldEvent) -> bool:
    """Whether an output event has the gold's source and target (either way round for a symmetric type)."""
    if actor_matches(event.source, gold.source) and actor_matches(event.target, gold.target):
        return True
    if gold.plover in SYMMETRIC_PLOVER and gold.target:
        return actor_matches(event.target, gold.source) and actor_matches(event.source, gold.target)
    return False


def _side_matches(events: Sequence[Event], gold: GoldEvent, side: str) -> bool:
    """Whether some event has the gold's source (or target) actor; either side for symmetric types."""
    code = gold.source if side == "source" else gold.target
    for event in events:
        actor = event.source if side == "source" else event.target
        if actor_matches(actor, code):
            return True
        other = event.target if side == "source" else event.source
        if gold.plover in SYMMETRIC_PLOVER and actor_matches(other, code):
            return True
    return False


def _location_matches(event: Event, gold: GoldEvent) -> bool:
    place = event.location
    if place is None or gold.location is None:
        return False
    name, want = place.name.lower(), gold.location.lower()
    same_name = bool(name) and (name in want or want.split(",")[0].strip() in name)
    same_country = not gold.location_country or place.country == gold.location_country
    return same_name and same_country


def _actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.code or actor.country or actor.org or actor.name or actor.text


def _event_summary(event: Event) -> dict[str, Any]:
    return {"cameo": event.cameo, "plover": event.plover, "source": _actor_label(event.source),
            "target": _actor_label(event.target), "trigger": event.trigger}


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class _Scorer:
    """Accumulates every count over the records of one evaluation."""

    plover: _Tally = field(default_factory=_Tally)
    dyad: _Tally = field(default_factory=_Tally)
    event: _Tally = field(default_factory=_Tally)
    paired: _Tally = field(default_factory=_Tally)  # type + dyad, each event and each gold used once
    source: list[int] = field(default_factory=lambda: [0, 0])  # [correct, scored]
    target: list[int] = field(default_factory=lambda: [0, 0])
    no_event: list[int] = field(default_factory=lambda: [0, 0])
    date: list[int] = field(default_factory=lambda: [0, 0])
    location: list[int] = field(default_factory=lambda: [0, 0])
    modality: list[int] = field(default_factory=lambda: [0, 0])
    missed: list[MissedRecord] = field(default_factory=list)

    def score(self, record: GoldRecord, got: list[Event], error: str | None) -> None:
        problems: list[str] = [f"coder error: {error}"] if error else []
        expected = record.expected
        if not expected:
            self.no_event[1] += 1
            self.no_event[0] += not got
            for event in got:
                self.plover.add_output(event.plover, False)
                self.dyad.add_output(event.plover, False)
                self.event.add_output(event.plover, False)
                problems.append(f"event where none is expected: {event.plover or '-'} ({event.cameo})")
            self._note(record, got, problems)
            return
        types = {gold.plover for gold in expected}
        with_actors = all(gold.actors_known for gold in expected)
        for event in got:
            self.plover.add_output(event.plover, event.plover in types)
            if event.plover not in types:
                problems.append(f"extra type {event.plover or '-'} ({event.cameo})")
            if with_actors:
                self.dyad.add_output(event.plover, any(dyad_matches(event, gold) for gold in expected))
                self.event.add_output(event.plover, any(
                    event.plover == gold.plover and dyad_matches(event, gold) for gold in expected))
        if with_actors:
            self._pair(expected, got)
        for gold in expected:
            same_type = [event for event in got if event.plover == gold.plover]
            self.plover.add_expected(gold.plover, bool(same_type))
            if not same_type:
                problems.append(f"missed type {gold.plover or '-'}")
            if not with_actors:
                continue
            dyad_hit = any(dyad_matches(event, gold) for event in got)
            self.dyad.add_expected(gold.plover, dyad_hit)
            full = [event for event in same_type if dyad_matches(event, gold)]
            self.event.add_expected(gold.plover, bool(full))
            if same_type and not full:
                dyad = f"{gold.source or '*'}->{gold.target or '*'}"
                problems.append(f"{gold.plover} found but not the dyad {dyad}")
            if same_type:
                for side, counts in (("source", self.source), ("target", self.target)):
                    if (gold.source if side == "source" else gold.target):
                        counts[1] += 1
                        counts[0] += _side_matches(same_type, gold, side)
            if full and gold.modality:
                self.modality[1] += 1
                self.modality[0] += any(event.modality == gold.modality for event in full)
            candidates = full or got
            if gold.date:
                self.date[1] += 1
                self.date[0] += any(event.date == gold.date for event in candidates)
            if gold.location:
                self.location[1] += 1
                self.location[0] += any(_location_matches(event, gold) for event in candidates)
        self._note(record, got, problems)

    def _pair(self, expected: Sequence[GoldEvent], got: Sequence[Event]) -> None:
        """Type + dyad counted one to one: an output event proves at most one gold event and a gold event
        is proved by at most one output, so an act told twice or a reciprocal act coded both ways round
        counts once (the greatest such pairing, by augmenting paths; articles are small)."""
        fits = [[j for j, event in enumerate(got) if event.plover == gold.plover and dyad_matches(event, gold)]
                for gold in expected]
        owner: dict[int, int] = {}  # output index -> gold index

        def claim(gold_index: int, seen: set[int]) -> bool:
            for j in fits[gold_index]:
                if j not in seen:
                    seen.add(j)
                    if j not in owner or claim(owner[j], seen):
                        owner[j] = gold_index
                        return True
            return False

        proved = {i for i in range(len(expected)) if claim(i, set())}
        for j, event in enumerate(got):
            self.paired.add_output(event.plover, j in owner)
        for i, gold in enumerate(expected):
            self.paired.add_expected(gold.plover, i in proved)

    def _note(self, record: GoldRecord, got: list[Event], problems: list[str]) -> None:
        if problems:
            self.missed.append(MissedRecord(record.record_id, record.text, record.expected,
                                            tuple(_event_summary(event) for event in got), tuple(problems)))


def _root_tally(gold: Sequence[GoldRecord], outputs: list[list[Event]]) -> _Tally:
    """CAMEO root counts keyed by root, over records whose expected events all carry a root."""
    tally = _Tally()
    for record, got in zip(gold, outputs, strict=True):
        if record.expected and not all(g.root for g in record.expected):
            continue
        roots = {g.root for g in record.expected}
        for event in got:
            tally.add_output(event.cameo_root, event.cameo_root in roots)
        for g in record.expected:
            tally.add_expected(g.root, any(event.cameo_root == g.root for event in got))
    return tally


def _asserted_only(record: GoldRecord) -> GoldRecord:
    """The record with only the events the gold says happened (a record of plans only then expects nothing)."""
    return replace(record, expected=tuple(gold for gold in record.expected if gold.asserted))


def evaluate(gold: Sequence[GoldRecord], coder: Coder, split: str = "all", asserted_only: bool = False) -> EvalReport:
    """Run ``coder`` over the gold records of ``split`` ("all", "tune", "heldout") and score it.

    ``asserted_only`` scores what aggregates count by default: output events flagged negated, future, alleged,
    ... are dropped, and so are gold events whose ``modality`` says they did not (yet) happen.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    chosen = [record for record in gold if split == "all" or split_of(record.record_id) == split]
    scorer = _Scorer()
    outputs: list[list[Event]] = []
    errors: list[tuple[str, str]] = []
    if asserted_only:
        chosen = [_asserted_only(record) for record in chosen]
    for record in chosen:
        error: str | None = None
        try:
            got = list(coder(record.text, record.published, record.record_id))
        except Exception as exc:  # one failing record must not end the run: it is reported, scored as empty
            error = f"{type(exc).__name__}: {exc}"
            errors.append((record.record_id, error))
            got = []
        if asserted_only:
            got = [event for event in got if event.modality == "asserted"]
        outputs.append(got)
        scorer.score(record, got, error)
    root_tally = _root_tally(chosen, outputs)
    roots_present = sorted({label for label in (*root_tally.out, *root_tally.exp) if label})
    return EvalReport(
        split=split,
        n_records=len(chosen),
        n_no_event_records=scorer.no_event[1],
        plover=scorer.plover.block(PLOVER_TYPES),
        root=root_tally.block(roots_present),
        dyad=scorer.dyad.block(PLOVER_TYPES),
        event=scorer.event.block(PLOVER_TYPES),
        paired=scorer.paired.block(PLOVER_TYPES),
        source_accuracy=_rate(*scorer.source), source_n=scorer.source[1],
        target_accuracy=_rate(*scorer.target), target_n=scorer.target[1],
        no_event_specificity=_rate(*scorer.no_event),
        date_accuracy=_rate(*scorer.date), date_n=scorer.date[1],
        location_accuracy=_rate(*scorer.location), location_n=scorer.location[1],
        modality_accuracy=_rate(*scorer.modality), modality_n=scorer.modality[1],
        errors=tuple(errors),
        missed=tuple(scorer.missed),
    )


def pipeline_coder(options: Options | None = None) -> Coder:
    """The project's own pipeline as a :data:`Coder`, coding what ``dyadwatch code`` outputs by default.

    The pipeline (and spaCy) is imported only here, so scoring a fake coder never loads a model.
    """
    from dyadwatch.pipeline import Options, code_article

    chosen = options if options is not None else Options()

    def code(text: str, published: str | None, record_id: str) -> list[Event]:
        return code_article(text, published=published, article_id=record_id, options=chosen).events

    return code


# ---------------------------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def format_report(report: EvalReport, show_missed: int = 20) -> str:
    """The report as plain text: headline metrics, the per-type table, then the first missed records."""
    lines = [
        f"dyadwatch eval: {report.n_records} records (split {report.split}), "
        f"{report.plover.n_expected} expected events, {report.plover.n_output} output events",
        "",
        f"{'':24}{'precision':>10}{'recall':>8}{'F1':>8}",
    ]
    for title, block in (("PLOVER type", report.plover), ("CAMEO root", report.root), ("dyad", report.dyad),
                         ("type + dyad", report.event), ("type + dyad 1:1", report.paired)):
        lines.append(f"{title + ' micro':24}{_fmt(block.micro_p):>10}{_fmt(block.micro_r):>8}"
                     f"{_fmt(block.micro_f1):>8}")
        lines.append(f"{title + ' macro':24}{_fmt(block.macro_p):>10}{_fmt(block.macro_r):>8}"
                     f"{_fmt(block.macro_f1):>8}")
    lines.append("")
    rates = [
        ("source country accuracy", report.source_accuracy, report.source_n),
        ("target country accuracy", report.target_accuracy, report.target_n),
        ("no-event specificity", report.no_event_specificity, report.n_no_event_records),
        ("date accuracy", report.date_accuracy, report.date_n),
        ("location accuracy", report.location_accuracy, report.location_n),
        ("modality accuracy", report.modality_accuracy, report.modality_n),
    ]
    for title, value, n in rates:
        if n:
            lines.append(f"{title:24}{_fmt(value):>10}  (of {n})")
    if report.errors:
        first_id, first_message = report.errors[0]
        lines.append(f"coder errors: {len(report.errors)} (first: {first_id}: {first_message})")
    if report.plover.per_label:
        lines += ["", f"{'PLOVER type':12}{'gold':>6}{'out':>6}{'P':>8}{'R':>8}{'F1':>8}"]
        for label, score in report.plover.per_label.items():
            lines.append(f"{label:12}{score.n_expected:>6}{score.n_output:>6}{_fmt(score.p):>8}"
                         f"{_fmt(score.r):>8}{_fmt(score.f1):>8}")
    if report.missed and show_missed > 0:
        shown = report.missed[:show_missed]
        lines += ["", f"records with errors (first {len(shown)} of {len(report.missed)}):"]
        for missed in shown:
            text = missed.text if len(missed.text) <= 150 else missed.text[:147] + "..."
            expected = "; ".join(f"{g.plover or '-'} {g.source or '*'}->{g.target or '*'}"
                                 + (f" ({g.code})" if g.code else "") for g in missed.expected) or "nothing"
            got = "; ".join(f"{e['plover'] or '-'} {e['source']}->{e['target']} ({e['cameo']})"
                            for e in missed.got) or "nothing"
            lines += [f"  {missed.record_id}: {text}", f"    expected: {expected}", f"    got:      {got}",
                      f"    problems: {', '.join(missed.problems)}"]
    return "\n".join(lines)
