"""Import actor dictionaries users already have: PETRARCH/TABARI ``.actors`` and ``.agents`` files, and CSV.

This module owns reading those formats and turning each entry into rows of dyadwatch's own tables (people with
office dates, organisations, groups, sector words, extra state names), which :mod:`dyadwatch.actors.user`
writes into the user dictionary directory. It does not resolve mentions and never writes the shipped tables.

PETRARCH/TABARI actor format, as read here: an entry is a name line (words joined by ``_``, trailing ``_``
ignored), optional ``+SYNONYM`` lines, and codes in brackets on the name line or on indented lines after it;
name lines stacked without codes before one set of codes are names of the same actor.
A code is a CAMEO actor code (``RUS``, ``RUSGOV``, ``IGOUNO``) optionally date-bounded: ``[RUSGOV >080508]``
(from), ``[USAGOV <20090120]`` (until), ``[RUSELI 080508-120507]`` (between); dates are YYMMDD (00-30 read as
20YY, else 19YY, as TABARI does) or YYYYMMDD. An undated code after dated ones is the fallback outside them.
``[---]`` is the null code. ``#`` starts a comment; lines starting with ``<`` are skipped. Agents files map
nouns to sector codes (``SOLDIER [~MIL]``, ``TRUCE_MONITOR [IGO~]``), with ``{PLURAL}`` forms and
``!SET! = A, B`` substitution sets used as ``CATTLE!PERSON!``.

How entries become rows: an entry with dated codes is a person (one people row per code, fallback last); an
undated state code alone (``[AFG]``) adds its names to that state; a state plus sector (``[AFGMIL]``) is a
group of that state; ``IGO``/``NGO``/``MNC`` codes are organisations and ``IMG`` codes armed groups, one per
code (a CAMEO code names one actor). Valid entries dyadwatch cannot represent (offices in international
organisations with dates, regional codes such as ``MEA``) are counted as skipped with the reason; malformed
lines become warnings naming file and line (or the error, with ``strict``).

CSV format (header required): ``name,aliases,country,sector,start,end[,kind]``; ``aliases`` separated by
``|``; ``country`` ISO 3166 alpha-3; ``sector`` a CAMEO agent code; ``start``/``end`` ISO dates (YYYY-MM-DD,
YYYY-MM or YYYY), empty for open; ``kind`` ``person`` (default), ``group`` or ``organization`` (no country;
``sector`` optional).
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from .knowledge import SECTOR_CODES, _fold, _parse_date_range, load_knowledge
from .user import UserDictionary, source_stem, user_dictionary_dir, write_user_dictionary

__all__ = ["DictionaryImportError", "ImportResult", "import_dictionary", "parse_actor_csv", "parse_phoenix"]

# CAMEO codes for states that ISO 3166 no longer lists, folded into the continuing state as countries.tsv does.
FORMER_STATE_CODES: dict[str, str] = {
    "USR": "RUS",  # Soviet Union
    "DDR": "DEU",  # German Democratic Republic
    "YUG": "SRB",  # Yugoslavia
    "FRY": "SRB",  # Federal Republic of Yugoslavia
    "SCG": "SRB",  # Serbia and Montenegro
    "CSK": "CZE",  # Czechoslovakia
    "ZAR": "COD",  # Zaire
    "TMP": "TLS",  # East Timor before 2002
    "ROM": "ROU",  # Romania's pre-2002 ISO code
    "KSV": "XKX",  # Kosovo (CAMEO's code; dyadwatch uses XKX)
}
INTERNATIONAL_CODES = frozenset({"IGO", "NGO", "MNC", "IMG"})
# CAMEO religion codes have no place in dyadwatch's sector list: they all read as REL.
RELIGION_CODES = frozenset({"MUS", "CHR", "CTH", "JEW", "HIN", "BUD", "SHI", "SUN", "ORT", "PRO", "JAN", "SIK",
                            "CON", "TAO", "ZRO", "DOX", "ALE", "ITH", "SFI", "MOS", "BAH", "ATH", "NRM"})

_CODE = re.compile(r"^([A-Z0-9~-]+?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?$")
_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_BRACKETS = re.compile(r"\[([^\]}]*)[\]}]")
_BRACES = re.compile(r"\{([^}]*)\}")


class DictionaryImportError(ValueError):
    """A dictionary that cannot be imported; the message is one line naming the file (and line)."""


@dataclass(slots=True)
class ImportResult:
    """What one import produced: the rows to write, problems found, and what was left out and why."""

    dictionary: UserDictionary
    entries: int = 0
    warnings: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    written: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, object]:
        return {
            "source": self.dictionary.source,
            "entries": self.entries,
            "rows": self.dictionary.counts(),
            "warnings": len(self.warnings),
            "skipped": dict(self.skipped),
            "files": [str(path) for path in self.written],
            "seconds": round(self.seconds, 3),
        }


@dataclass(slots=True)
class _Code:
    raw: str
    line: int
    head: str  # the first three letters after former-state folding
    sector: str | None
    start: str | None
    end: str | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(slots=True)
class _Entry:
    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, int]] = field(default_factory=list)
    plurals: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------- small parsers


def _read_text(path: Path, warnings: list[str]) -> str:
    if not path.is_file():
        raise DictionaryImportError(f"{path}: no such file")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        warnings.append(f"{path.name}: not UTF-8 (byte {error.start}); read as Latin-1")
        return data.decode("latin-1")


def phoenix_date(text: str) -> str | None:
    """``080508`` -> ``2008-05-08``, ``19270101`` -> ``1927-01-01``; None when it is no valid date.

    Six digits are YYMMDD with 00-30 read as 20YY and 31-99 as 19YY (the TABARI convention).
    """
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return Date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def display_name(raw: str) -> str:
    """A dictionary name as written in news: ``AFGHAN_NATIONAL_ARMY_`` -> ``Afghan National Army``.

    Short single words and dotted forms (``UN``, ``U.N.``, ``ICJ``) stay in capitals, so they match only in
    capitals (the case rule of the shipped tables); everything else matches case-insensitively.
    """
    words = raw.replace("_", " ").split()
    if len(words) == 1 and ("." in words[0] or any(c.isdigit() for c in words[0]) or len(words[0]) <= 3):
        return words[0].upper()
    out = []
    for word in words:
        if "." in word and len(word) <= 6:
            out.append(word.upper())
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _sector_of_chunks(chunks: list[str]) -> str | None:
    for chunk in chunks:
        if chunk in SECTOR_CODES:
            return chunk
        if chunk in RELIGION_CODES:
            return "REL"
    return None


class _Problem(Exception):
    """A line that cannot be read: becomes a warning, or the error in strict mode."""


def _parse_code(raw: str, line: int) -> _Code | None:
    """One bracket's content; None for the null code ``---``."""
    text = raw.strip()
    if text.strip("-") == "":
        return None
    match = _CODE.match(text)
    if match is None:
        raise _Problem(f"cannot read code [{raw}]")
    code, bound, single, first, last = match.groups()
    start = end = None
    if bound is not None:
        day = phoenix_date(single)
        if day is None:
            raise _Problem(f"bad date {single!r} in [{raw}] (want YYMMDD or YYYYMMDD)")
        start, end = (day, None) if bound == ">" else (None, day)
    elif first is not None:
        start, end = phoenix_date(first), phoenix_date(last)
        if start is None or end is None:
            bad = first if start is None else last
            raise _Problem(f"bad date {bad!r} in [{raw}] (want YYMMDD or YYYYMMDD)")
        if start > end:
            raise _Problem(f"start {start} is after end {end} in [{raw}]")
    code = code.strip("~")
    if len(code) % 3 or not code.isalpha():
        raise _Problem(f"code {code!r} is not a sequence of three-letter CAMEO codes")
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    head = FORMER_STATE_CODES.get(chunks[0], chunks[0])
    return _Code(raw=code, line=line, head=head, sector=_sector_of_chunks(chunks[1:]), start=start, end=end)


# ------------------------------------------------------------------------------------------- PETRARCH


def _entries(text: str, name: str, result: ImportResult, strict: bool) -> tuple[list[_Entry], bool]:
    """The entries of a PETRARCH file and whether it is an agents file (its codes carry ``~``)."""
    substitutions: dict[str, list[str]] = {}
    entries: list[_Entry] = []
    current: _Entry | None = None
    agents = False
    in_xml_comment = False
    for number, raw_line in enumerate(text.splitlines(), start=1):
        stripped_raw = raw_line.strip()
        if in_xml_comment:
            in_xml_comment = "-->" not in stripped_raw
            continue
        if stripped_raw.startswith("<"):
            in_xml_comment = stripped_raw.startswith("<!--") and "-->" not in stripped_raw
            continue
        line = raw_line.split("#", 1)[0]
        stripped = line.strip()
        if not stripped:
            continue
        substitution = _SUBSTITUTION.match(stripped)
        if substitution:
            substitutions[substitution.group(1)] = [w.strip() for w in substitution.group(2).split(",") if w.strip()]
            continue
        head, bracket, rest = stripped.partition("[")
        rest = bracket + rest
        codes = _BRACKETS.findall(rest)
        if any("~" in code for code in codes):
            agents = True
        plurals = [p.strip() for p in _BRACES.findall(head)]
        head = _BRACES.sub(" ", head).strip()
        if head.startswith("+"):
            if current is None:
                _warn(result, strict, f"{name} line {number}: synonym {head!r} before any entry")
                continue
            if head[1:].strip():
                current.synonyms.append(head[1:].strip())
            current.codes += [(code, number) for code in codes]
        elif not head:
            if current is None:
                _warn(result, strict, f"{name} line {number}: code {rest.strip()!r} before any entry")
                continue
            current.codes += [(code, number) for code in codes]
        elif current is not None and not current.codes and not agents:
            # TABARI blocks: name lines stacked before one set of codes are names of one actor
            current.synonyms.append(head)
            current.codes += [(code, number) for code in codes]
        else:
            current = _Entry(name=head, line=number, codes=[(c, number) for c in codes], plurals=plurals)
            entries.append(current)
    if substitutions:
        entries = _expand_substitutions(entries, substitutions)
    return entries, agents


def _expand_substitutions(entries: list[_Entry], substitutions: dict[str, list[str]]) -> list[_Entry]:
    """``CATTLE!PERSON!`` with ``!PERSON! = MAN, WOMAN`` becomes CATTLEMAN and CATTLEWOMAN."""
    expanded = []
    for entry in entries:
        names = [entry.name]
        for key, values in substitutions.items():
            marker = f"!{key}!"
            if any(marker in n for n in names):
                names = [n.replace(marker, v, 1) for n in names for v in values]
        for name in names:
            expanded.append(_Entry(name=name, line=entry.line, synonyms=entry.synonyms, codes=entry.codes,
                                   plurals=entry.plurals))
    return expanded


def _warn(result: ImportResult, strict: bool, message: str) -> None:
    if strict:
        raise DictionaryImportError(message)
    result.warnings.append(message)


def parse_phoenix(path: str | Path, *, strict: bool = False) -> ImportResult:
    """Read a PETRARCH/TABARI ``.actors`` or ``.agents`` file into user dictionary rows (see module docstring)."""
    path = Path(path)
    started = time.perf_counter()
    result = ImportResult(UserDictionary(source=str(path)))
    text = _read_text(path, result.warnings)
    entries, agents = _entries(text, path.name, result, strict)
    result.entries = len(entries)
    if agents:
        _agent_rows(entries, path.name, result, strict)
    else:
        _actor_rows(entries, path.name, result, strict)
    result.seconds = time.perf_counter() - started
    return result


def _agent_rows(entries: list[_Entry], name: str, result: ImportResult, strict: bool) -> None:
    seen: set[str] = set()
    for entry in entries:
        if not entry.codes:
            _warn(result, strict, f"{name} line {entry.line}: {entry.name!r} has no code")
            continue
        raw, number = entry.codes[0]
        try:
            code = _parse_code(raw, number)
        except _Problem as problem:
            _warn(result, strict, f"{name} line {number}: {problem}")
            continue
        if code is None:
            result.skipped["null code"] += 1
            continue
        sector = code.head if code.head in SECTOR_CODES else _sector_of_chunks([code.head]) or code.sector
        if sector is None:
            result.skipped[f"agent code {code.raw} has no dyadwatch sector"] += 1
            continue
        for phrase in (entry.name, *entry.synonyms, *entry.plurals):
            words = " ".join(phrase.replace("_", " ").lower().split())
            if words and words not in seen:
                seen.add(words)
                result.dictionary.add("sectors", (words, sector, f"{name} line {entry.line}: [{raw.strip()}]"))


def _actor_rows(entries: list[_Entry], name: str, result: ImportResult, strict: bool) -> None:
    countries = load_knowledge(include_user=False).countries
    merged: dict[str, tuple[str, list[str], str, str]] = {}  # code -> (name, aliases, kind, note) for IGO etc.
    group_counts: Counter[str] = Counter()
    for entry in entries:
        codes: list[_Code] = []
        for raw, number in entry.codes:
            try:
                code = _parse_code(raw, number)
            except _Problem as problem:
                _warn(result, strict, f"{name} line {number}: {problem}")
                continue
            if code is not None:
                codes.append(code)
        if not codes:
            if not entry.codes:
                _warn(result, strict, f"{name} line {entry.line}: {entry.name!r} has no code")
            else:
                result.skipped["null code"] += 1
            continue
        names = _names(entry)
        if not names:
            _warn(result, strict, f"{name} line {entry.line}: empty name")
            continue
        note = f"{name} line {entry.line}"
        # a bare sector code ([ELI]) takes the state of the entry's other codes
        home = next((c.head for c in codes if c.head in countries), None)
        if any(c.dated for c in codes):
            _person_rows(names, codes, home, countries, note, result)
            continue
        code = codes[0]
        head = code.head if code.head in countries or code.head in INTERNATIONAL_CODES else home
        if code.head in SECTOR_CODES and code.head not in INTERNATIONAL_CODES:
            code.sector, head = code.head, home
        if head is None:
            result.skipped[f"code without a state dyadwatch knows ({code.raw[:3]})"] += 1
            continue
        if head in INTERNATIONAL_CODES:
            known = merged.get(code.raw)
            if known is None:
                merged[code.raw] = (names[0], names[1:], head, note)
            else:
                known[1].extend(n for n in names if n != known[0] and n not in known[1])
            continue
        if code.sector is None:
            for alias in names:
                result.dictionary.add("aliases", (alias, head, "country", note))
            continue
        group_counts[code.raw] += 1
        group_code = code.raw if group_counts[code.raw] == 1 else f"{code.raw}-{group_counts[code.raw]}"
        result.dictionary.add("groups", (group_code, names[0], "|".join(names[1:]), head, code.sector, note))
    for code, (first, aliases, head, note) in merged.items():
        sector = _sector_of_chunks([code[i : i + 3] for i in range(3, len(code), 3)])
        alias_cell = "|".join(dict.fromkeys(aliases))
        if head == "IMG":
            result.dictionary.add("groups", (code, first, alias_cell, "", sector or "REB", note))
        else:
            result.dictionary.add("organizations", (code, first, alias_cell, head, sector or "", note))


def _names(entry: _Entry) -> list[str]:
    """The entry's name and synonyms as news writes them, without duplicates."""
    out: dict[str, str] = {}
    for raw in (entry.name, *entry.synonyms):
        shown = display_name(raw)
        if shown:
            out.setdefault(_fold(shown), shown)
    return list(out.values())


def _person_rows(
    names: list[str], codes: list[_Code], home: str | None, countries: dict[str, object], note: str,
    result: ImportResult,
) -> None:
    """One people row per office (dated codes in file order, then undated fallbacks, as PETRARCH reads them)."""
    ordered = [c for c in codes if c.dated] + [c for c in codes if not c.dated]
    for code in ordered:
        country = code.head if code.head in countries else None
        sector = code.sector
        if code.head in SECTOR_CODES and code.head not in INTERNATIONAL_CODES:
            country, sector = home, code.head
        if country is None:
            reason = "office in an international organisation" if code.head in INTERNATIONAL_CODES else "no state"
            result.skipped[f"person code with {reason}"] += 1
            continue
        if sector is None:
            result.skipped["person code without a sector"] += 1
            continue
        result.dictionary.add(
            "people",
            (names[0], "|".join(names[1:]), country, sector, code.raw, code.start or "", code.end or "",
             f"{note}: [{code.raw}{_bound_text(code)}]"),
        )


def _bound_text(code: _Code) -> str:
    if code.start and code.end:
        return f" {code.start}..{code.end}"
    if code.start:
        return f" from {code.start}"
    if code.end:
        return f" until {code.end}"
    return ""


# ------------------------------------------------------------------------------------------- CSV

CSV_COLUMNS = ("name", "aliases", "country", "sector", "start", "end")
_CSV_KINDS = ("person", "group", "organization")


def parse_actor_csv(path: str | Path, *, strict: bool = False) -> ImportResult:
    """Read the plain CSV format (module docstring) into user dictionary rows."""
    path = Path(path)
    started = time.perf_counter()
    result = ImportResult(UserDictionary(source=str(path)))
    text = _read_text(path, result.warnings)
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    countries = load_knowledge(include_user=False).countries
    codes: Counter[str] = Counter()
    for row in reader:
        number = reader.line_num
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in row]
        if header is None:
            header = [cell.lower() for cell in cells]
            if tuple(header[:6]) != CSV_COLUMNS or header[6:] not in ([], ["kind"]):
                raise DictionaryImportError(
                    f"{path.name} line {number}: header must be {','.join(CSV_COLUMNS)}[,kind], found {','.join(cells)}"
                )
            continue
        result.entries += 1
        try:
            _csv_row(cells, len(header), countries, codes, result, f"{path.name} line {number}")
        except _Problem as problem:
            _warn(result, strict, f"{path.name} line {number}: {problem}")
    if header is None:
        raise DictionaryImportError(f"{path.name}: empty file (no header row)")
    result.seconds = time.perf_counter() - started
    return result


def _csv_row(cells: list[str], width: int, countries: dict[str, object], codes: Counter[str], result: ImportResult,
             note: str) -> None:
    if len(cells) > width:
        raise _Problem(f"expected {width} columns, found {len(cells)}")
    cells += [""] * (width - len(cells))
    name, aliases, country, sector, start, end = cells[:6]
    kind = (cells[6] if width > 6 else "") or "person"
    if kind not in _CSV_KINDS:
        raise _Problem(f"kind {kind!r} must be one of {', '.join(_CSV_KINDS)}")
    if not name:
        raise _Problem("name is empty")
    country = country.upper()
    if kind == "organization":
        if country:
            raise _Problem("an organization has no country (use kind group for a national body)")
    elif country not in countries:
        raise _Problem(f"unknown country {country!r} (want an ISO 3166 alpha-3 code)")
    sector = sector.upper()
    if sector and sector not in SECTOR_CODES:
        raise _Problem(f"unknown sector code {sector!r}")
    if not sector and kind != "organization":
        raise _Problem("sector is empty")
    start, end = _csv_date(start, "start"), _csv_date(end, "end")
    if start and end and _parse_date_range(start)[0] > _parse_date_range(end)[1]:  # type: ignore[index]
        raise _Problem(f"start {start} is after end {end}")
    alias_cell = "|".join(a.strip() for a in aliases.split("|") if a.strip())
    if kind == "person":
        result.dictionary.add("people", (name, alias_cell, country, sector, sector, start, end, note))
        return
    if start or end:
        raise _Problem("only a person has start and end dates")
    code = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()[:40] or "ACTOR"
    codes[code] += 1
    code = code if codes[code] == 1 else f"{code}-{codes[code]}"
    if kind == "group":
        result.dictionary.add("groups", (code, name, alias_cell, country, sector, note))
    else:
        result.dictionary.add("organizations", (code, name, alias_cell, "IGO", sector, note))


def _csv_date(value: str, column: str) -> str:
    if not value:
        return ""
    if len(value) == 8 and value.isdigit():
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if _parse_date_range(value) is None:
        raise _Problem(f"bad {column} date {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


# ------------------------------------------------------------------------------------------- entry point


def import_dictionary(
    path: str | Path, into: str | Path | None = None, *, fmt: str = "auto", strict: bool = False
) -> ImportResult:
    """Import one dictionary file into the user dictionary directory (``into``, default the user's).

    ``fmt`` is ``phoenix``, ``csv`` or ``auto`` (``.csv`` files are CSV, everything else PETRARCH). The rows
    replace an earlier import of the same file name. Call :func:`dyadwatch.actors.knowledge.reload_knowledge`
    before resolving in the same process.
    """
    path = Path(path)
    if fmt == "auto":
        fmt = "csv" if path.suffix.lower() == ".csv" else "phoenix"
    if fmt not in ("phoenix", "csv"):
        raise DictionaryImportError(f"{path}: unknown format {fmt!r} (phoenix or csv)")
    started = time.perf_counter()
    result = parse_phoenix(path, strict=strict) if fmt == "phoenix" else parse_actor_csv(path, strict=strict)
    if not any(result.dictionary.counts().values()):
        raise DictionaryImportError(f"{path}: no importable entries found ({len(result.warnings)} warnings)")
    directory = Path(into) if into is not None else user_dictionary_dir()
    try:
        result.written = write_user_dictionary(result.dictionary, directory, source_stem(path))
    except ValueError as exc:
        raise DictionaryImportError(str(exc)) from None
    result.seconds = time.perf_counter() - started
    return result
