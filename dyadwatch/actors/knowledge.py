"""Actor knowledge: the shipped tables of states, organisations, groups, sector words and office holders.

This module owns reading and validating ``dyadwatch/data/actors/*.tsv`` (format in that folder's README) and
answering exact questions about them: which entries a surface form names (:meth:`Knowledge.lookup`), which
sector a role noun belongs to (:meth:`Knowledge.sector_of`), who held an office on a date
(:meth:`Knowledge.people_named`), and a quick country resolver for short free text (:func:`country_for_text`).
It does not find mentions in running text, does not use spaCy, and does not decide between competing readings
in context: callers get every candidate with an ``ambiguous`` flag and choose.

User dictionaries (imported PETRARCH/CSV entries, see :mod:`dyadwatch.actors.user`) are merged after the shipped
tables: their entries take part in every lookup with their dates, and where a user entry and a shipped entry
share an exact alias both are kept, the user's first and the shipped one flagged ambiguous.

Case rules: an alias written in capitals ("US", "U.S.", "NATO") matches only in capitals, so "us" and "who"
never become states or organisations; every other alias matches case- and accent-insensitively; a leading
"the " is optional on both sides.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path

__all__ = [
    "BODY_MEMBER_NOUNS",
    "GENERIC_HEADS",
    "SECTOR_CODES",
    "SECTOR_USES",
    "CountryEntry",
    "Knowledge",
    "KnowledgeHit",
    "OrgEntry",
    "OrgEra",
    "PersonEntry",
    "country_for_text",
    "load_knowledge",
    "reload_knowledge",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

# CAMEO agent (sector) codes dyadwatch accepts in the data files. MED is media (CAMEO's meaning), HLH health.
SECTOR_CODES: frozenset[str] = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "UAF", "PTY", "ELI",
        "BUS", "MNC", "MED", "EDU", "REL", "CVL", "LAB", "REF", "CRM", "HLH", "ENV", "AGR", "DEV",
        "HRI", "NGO", "IGO", "IMG", "MOD", "RAD", "SET",
    }
)  # fmt: skip

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2010": "-"})


# ------------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A state or territory; ``iso3`` (ISO 3166-1 alpha-3) is dyadwatch's CAMEO country code."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    ambiguous: bool
    ambiguous_forms: tuple[str, ...] = ()  # the surface forms that are often not this state


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """An international organisation (``kind`` "igo"), a non-state group ("group") or a political party."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # "igo" | "group" | "party"
    country: str | None
    sector: str | None
    cameo: str | None
    eras: tuple[OrgEra, ...] = ()  # periods coded with another sector (group_eras.tsv), oldest first

    def sector_on(self, date: str | None) -> str | None:
        """The sector on ``date``: an armed group that took power is the government while it holds it.

        ``date=None`` means "unknown, assume today", as for people: only an era without an end applies.
        """
        for era in self.eras:
            if era.covers(date):
                return era.sector
        return self.sector

    def country_on(self, date: str | None) -> str | None:
        """The home country on ``date``: a movement that founded a state belonged to the old one before."""
        for era in self.eras:
            if era.covers(date):
                return era.country or self.country
        return self.country


@dataclass(frozen=True, slots=True)
class OrgEra:
    """A period in which a group is coded with another sector than its row's (the Taliban in power: GOV)."""

    sector: str
    start: str
    end: str | None
    country: str | None = None  # the home country in this era when it is not the row's

    def covers(self, date: str | None) -> bool:
        """Whether ``date`` (ISO, or YYYY-MM / YYYY) falls in the era; a partial date must fall in it whole,
        so a year that only ends in the era does not change the group's reading."""
        query = _parse_date_range(date) if date else None
        if query is None:  # unknown date: "assume today"
            return self.end is None
        first, last = query
        if first < _parse_date_range(self.start)[0]:  # type: ignore[index]
            return False
        return self.end is None or last < _parse_date_range(self.end)[0]  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One person in one office over one period; a person with several offices has several entries.

    A national office has ``country`` (ISO3) and no ``org``; an office of an international organisation (UN
    Secretary-General, NATO Secretary General, ...) has ``org`` (a code of organizations.tsv) and no country,
    so the person is coded as that organisation, the way its name is.
    """

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    role: str
    start: str | None
    end: str | None  # None: still in office
    note: str = ""
    org: str | None = None

    def starts_after(self, date: str | None) -> bool:
        """Whether this office began after ``date`` entirely (False when either date is unknown)."""
        query = _parse_date_range(date) if date else None
        if query is None or self.start is None:
            return False
        return query[1] < _parse_date_range(self.start)[0]  # type: ignore[index]

    def active_on(self, date: str | None) -> bool:
        """Whether this person held this office on ``date`` (ISO, or YYYY-MM / YYYY for a whole period).

        ``date=None`` means "unknown, assume today": only current holders (no ``end``) count. A partial date
        counts when any day of it falls in office; a partial start or end is read as generously as possible.
        """
        query = _parse_date_range(date) if date else None
        if query is None:  # unknown date: "assume today"
            return self.end is None
        first, last = query
        if self.start is not None and last < _parse_date_range(self.start)[0]:  # type: ignore[index]
            return False
        if self.end is not None and first > _parse_date_range(self.end)[1]:  # type: ignore[index]
            return False
        return True


Entry = CountryEntry | OrgEntry | PersonEntry


@dataclass(frozen=True, slots=True)
class KnowledgeHit:
    """One reading of a surface form: what it names, through which alias, and whether that alias misleads."""

    kind: str  # "country" | "adjective" | "capital" | "org" | "group" | "person"
    entry: Entry
    alias: str  # the alias as written in the data
    ambiguous: bool
    user: bool = False  # from a user dictionary (wins over a shipped entry with the same alias)

    @property
    def country(self) -> str | None:
        """The ISO code this hit implies, if any (IGOs have none)."""
        if isinstance(self.entry, CountryEntry):
            return self.entry.iso3
        return self.entry.country


# ------------------------------------------------------------------------------------------- helpers


def _strip_accents(text: str) -> str:
    """``Nausėda`` -> ``Nauseda``: the same spelling without combining marks, case kept."""
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


@functools.lru_cache(maxsize=1 << 16)  # the same words are folded again and again, paragraph after paragraph
def _fold(text: str) -> str:
    """The case- and accent-insensitive key of a surface form (leading "the " dropped)."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split())
    return _THE.sub("", text).casefold()


def _exact(text: str) -> str:
    """The case-sensitive key of an acronym alias (quotes and spacing normalised, leading "the " dropped)."""
    return _THE.sub("", " ".join(text.translate(_QUOTES).split()))


def _is_acronym(alias: str) -> bool:
    """Aliases written in capitals ("US", "U.S.", "UAE", "G7") match case-sensitively."""
    bare = _THE.sub("", alias)
    return any(ch.isalpha() for ch in bare) and bare == bare.upper()


def _parse_date_range(text: str) -> tuple[Date, Date] | None:
    """The first and last day a possibly partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    match = _DATE.match(text.strip()[:10])
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return Date(year, 1, 1), Date(year, 12, 31)
        if day is None:
            following = Date(year + 1, 1, 1) if month == 12 else Date(year, month + 1, 1)
            return Date(year, month, 1), Date.fromordinal(following.toordinal() - 1)
        exact = Date(year, month, day)
        return exact, exact
    except ValueError:
        return None


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a dyadwatch TSV as (line number, {column: cell}); raises ValueError naming file and line."""
    name = path.name
    if not path.is_file():
        raise ValueError(f"{path}: file not found")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise ValueError(f"{name}: not UTF-8 ({error.reason} at byte {error.start})") from None
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.rstrip("\r\n").split("\t")]
        if header is None:
            header = [cell.lower() for cell in cells]
            if tuple(header) != columns:
                raise ValueError(
                    f"{name} line {number}: header must be {' '.join(columns)!r}, found {' '.join(header)!r}"
                )
            continue
        if len(cells) > len(columns):
            raise ValueError(
                f"{name} line {number}: expected {len(columns)} tab-separated columns, found {len(cells)}"
            )
        cells += [""] * (len(columns) - len(cells))
        yield number, dict(zip(columns, cells, strict=True))
    if header is None:
        raise ValueError(f"{name}: empty file (no header row)")


def _check_date(name: str, number: int, column: str, value: str) -> str | None:
    if not value:
        return None
    if _parse_date_range(value) is None:
        raise ValueError(
            f"{name} line {number}: bad {column} date {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)"
        )
    return value


def _check_sector(name: str, number: int, value: str, *, required: bool) -> str | None:
    if not value:
        if required:
            raise ValueError(f"{name} line {number}: sector is empty")
        return None
    if value not in SECTOR_CODES:
        raise ValueError(f"{name} line {number}: unknown sector code {value!r}")
    return value


# ------------------------------------------------------------------------------------------- loaders


def _load_countries(path: Path) -> dict[str, CountryEntry]:
    columns = ("iso3", "name", "aliases", "adjectives", "capitals", "ambiguous")
    countries: dict[str, CountryEntry] = {}
    owner: dict[str, tuple[str, bool, int]] = {}  # folded form -> (iso3, ambiguous there, line)
    for number, row in _read_tsv(path, columns):
        iso3 = row["iso3"]
        if not _ISO3.match(iso3):
            raise ValueError(f"{path.name} line {number}: iso3 {iso3!r} is not three capital letters")
        if iso3 in countries:
            raise ValueError(f"{path.name} line {number}: duplicate iso3 {iso3}")
        if not row["name"]:
            raise ValueError(f"{path.name} line {number}: name is empty")
        aliases, adjectives, capitals = (_split_list(row[c]) for c in ("aliases", "adjectives", "capitals"))
        flag = row["ambiguous"]
        every_form = (row["name"], *aliases, *adjectives, *capitals)
        if flag in ("", "0"):
            ambiguous_forms: tuple[str, ...] = ()
        elif flag == "1":
            ambiguous_forms = (row["name"],)
        else:
            ambiguous_forms = _split_list(flag)
            known = {_fold(form) for form in every_form}
            for form in ambiguous_forms:
                if _fold(form) not in known:
                    raise ValueError(
                        f"{path.name} line {number}: ambiguous form {form!r} is not a name, alias, adjective "
                        "or capital of this row (use 1 to flag the name)"
                    )
        flagged = {_fold(form) for form in ambiguous_forms}
        for form in every_form:
            key = _fold(form)
            previous = owner.get(key)
            if previous is not None and previous[0] != iso3 and not (previous[1] and key in flagged):
                raise ValueError(
                    f"{path.name} line {number}: {form!r} already names {previous[0]} (line {previous[2]}); "
                    "flag it in the ambiguous column of both rows"
                )
            owner[key] = (iso3, key in flagged, number)
        countries[iso3] = CountryEntry(
            iso3=iso3,
            name=row["name"],
            aliases=aliases,
            adjectives=adjectives,
            capitals=capitals,
            ambiguous=bool(ambiguous_forms),
            ambiguous_forms=ambiguous_forms,
        )
    return countries


def _load_orgs(
    path: Path,
    countries: dict[str, CountryEntry],
    organizations: dict[str, OrgEntry],
    *,
    groups: bool,
    shipped: Container[str] = (),
) -> list[OrgEntry]:
    """Add the rows of organizations.tsv (``groups=False``) or groups.tsv to ``organizations``; return them.

    For a user file ``shipped`` holds the codes of the shipped tables, which a user row may not reuse; a code
    repeated across user files is one actor (CAMEO codes name actors), so its names are merged into one entry.
    """
    loaded: list[OrgEntry] = []
    if groups:
        columns: tuple[str, ...] = ("code", "name", "aliases", "country", "sector", "note")
    else:
        columns = ("code", "name", "aliases", "cameo", "sector", "members_note")
    for number, row in _read_tsv(path, columns):
        code = row["code"]
        if not _ORG_CODE.match(code):
            raise ValueError(f"{path.name} line {number}: code {code!r} must be letters, digits, '-' or '_'")
        if code in shipped:
            raise ValueError(f"{path.name} line {number}: code {code} is already a shipped organisation or group; "
                             "give the user entry its own code")
        if code in organizations and not shipped:
            raise ValueError(
                f"{path.name} line {number}: duplicate code {code} (codes are unique across files)"
            )
        if not row["name"]:
            raise ValueError(f"{path.name} line {number}: name is empty")
        sector = _check_sector(path.name, number, row["sector"], required=groups)
        if groups:
            country = row["country"] or None
            if country is not None and country not in countries:
                raise ValueError(f"{path.name} line {number}: unknown iso3 {country!r}")
            kind, cameo = ("party" if sector == "PTY" else "group"), None
        else:
            country, kind, cameo = None, "igo", row["cameo"] or None
        entry = OrgEntry(
            code=code,
            name=row["name"],
            aliases=_split_list(row["aliases"]),
            kind=kind,
            country=country,
            sector=sector,
            cameo=cameo,
        )
        earlier = organizations.get(code)
        if earlier is not None:  # the same user code in two files: one actor with every name
            extra = tuple(form for form in (entry.name, *entry.aliases) if form not in earlier.aliases)
            entry = replace(earlier, aliases=earlier.aliases + extra)
            loaded = [entry if item.code == code else item for item in loaded]
        else:
            loaded.append(entry)
        organizations[code] = entry
    return loaded


def _load_org_eras(path: Path, countries: dict[str, CountryEntry], organizations: dict[str, OrgEntry]) -> None:
    """Attach the dated sectors of group_eras.tsv to their groups in ``organizations`` (in place)."""
    eras: dict[str, list[OrgEra]] = {}
    for number, row in _read_tsv(path, ("code", "sector", "country", "start", "end", "note")):
        code = row["code"]
        if code not in organizations:
            raise ValueError(f"{path.name} line {number}: unknown group code {code!r}")
        country = row["country"] or None
        if country is not None and country not in countries:
            raise ValueError(f"{path.name} line {number}: unknown iso3 {country!r}")
        sector = _check_sector(path.name, number, row["sector"], required=True)
        start = _check_date(path.name, number, "start", row["start"])
        if sector is None or start is None:
            raise ValueError(f"{path.name} line {number}: an era needs a sector and a start date")
        end = _check_date(path.name, number, "end", row["end"])
        if end is not None and _parse_date_range(end)[0] <= _parse_date_range(start)[0]:  # type: ignore[index]
            raise ValueError(f"{path.name} line {number}: end {end} is not after start {start}")
        eras.setdefault(code, []).append(OrgEra(sector=sector, start=start, end=end, country=country))
    for code, periods in eras.items():
        periods.sort(key=lambda era: _parse_date_range(era.start)[0])  # type: ignore[index]
        organizations[code] = replace(organizations[code], eras=tuple(periods))


# Where a sector row may stand (the ``:modifier`` / ``:head`` marker of its sector cell, see the README).
SECTOR_USES = ("modifier", "head")


def _load_sectors(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The phrases of a sectors file with their codes, and the phrases restricted to one position.

    A sector cell ``COP:modifier`` says the phrase decides a generic head after it ("prison officials") but
    heads no phrase itself; ``LAB:head`` says it heads a phrase ("organised labour") but decides no head after it.
    """
    sectors: dict[str, str] = {}
    uses: dict[str, str] = {}
    for number, row in _read_tsv(path, ("phrase", "sector", "note")):
        phrase = " ".join(row["phrase"].lower().split())
        if not phrase:
            raise ValueError(f"{path.name} line {number}: phrase is empty")
        code, _, use = row["sector"].partition(":")
        if use and use not in SECTOR_USES:
            raise ValueError(
                f"{path.name} line {number}: unknown sector marker {use!r} (want {' or '.join(SECTOR_USES)})"
            )
        sector = _check_sector(path.name, number, code, required=True)
        assert sector is not None
        if phrase in sectors and sectors[phrase] != sector:
            raise ValueError(
                f"{path.name} line {number}: {phrase!r} is already {sectors[phrase]}, not {sector}"
            )
        # the tokenizer splits "non-governmental" at the hyphen, so the spaced form is the key text is looked up
        # by (``_sector_of`` spaces hyphens too); a spaced form listed in its own row keeps that row
        for key in dict.fromkeys((phrase, " ".join(phrase.replace("-", " ").split()))):
            if key != phrase and key in sectors:
                continue
            sectors[key] = sector
            if use:
                uses[key] = use
            else:
                uses.pop(key, None)
    return sectors, uses


def _load_people(
    path: Path, countries: dict[str, CountryEntry], organizations: Container[str] = ()
) -> list[PersonEntry]:
    """People rows; ``country`` is an ISO3 code or, for an office of an international organisation, the code of
    an organisation in ``organizations`` (IGOs only: a group's leader keeps the state of the group's home)."""
    columns = ("name", "aliases", "country", "sector", "role", "start", "end", "note")
    people: list[PersonEntry] = []
    for number, row in _read_tsv(path, columns):
        if not row["name"]:
            raise ValueError(f"{path.name} line {number}: name is empty")
        code = row["country"]
        country, org = (code, None) if code in countries else (None, code)
        if org is not None and org not in organizations:
            raise ValueError(
                f"{path.name} line {number}: country {code!r} is neither an iso3 code of countries.tsv nor an "
                "international organisation code of organizations.tsv"
            )
        if not row["role"]:
            raise ValueError(f"{path.name} line {number}: role is empty")
        sector = _check_sector(path.name, number, row["sector"], required=True)
        assert sector is not None
        start = _check_date(path.name, number, "start", row["start"])
        end = _check_date(path.name, number, "end", row["end"])
        if start and end and _parse_date_range(start)[0] > _parse_date_range(end)[1]:  # type: ignore[index]
            raise ValueError(f"{path.name} line {number}: start {start} is after end {end}")
        people.append(
            PersonEntry(
                name=row["name"],
                aliases=_split_list(row["aliases"]),
                country=country,
                sector=sector,
                role=row["role"],
                start=start,
                end=end,
                note=row["note"],
                org=org,
            )
        )
    return people


# ------------------------------------------------------------------------------------------- Knowledge


_PERSON_SUFFIXES = ("woman", "women", "man", "men")


def _plural_demonyms(adjective: str) -> tuple[str, ...]:
    """Plural nouns of a demonym ("Iranian" -> "Iranians"); none for forms that do not take -s.

    A -man/-men compound of a demonym ("Frenchman", "Scotsmen") makes its plural by vowel change, which the
    data writes out, so no junk "Frenchmens" is made; "German" and "Turkmen" are no such compounds.
    """
    lower = adjective.lower()
    if " " in lower or lower.endswith(("sh", "ch", "ese", "s", "x", "z")):
        return ()
    suffix = next((s for s in _PERSON_SUFFIXES if lower.endswith(s)), None)
    if suffix is not None and lower[: -len(suffix)].endswith(("sh", "ch", "s")):
        return ()
    return (adjective + "s",)


_MONARCH_ROLES = frozenset({"monarch", "king", "queen", "emperor"})


class Knowledge:
    """The loaded actor tables with exact-match indexes; build with :func:`load_knowledge`."""

    def __init__(
        self,
        countries: dict[str, CountryEntry],
        organizations: dict[str, OrgEntry],
        people: list[PersonEntry],
        sectors: dict[str, str],
        *,
        user_entries: tuple[OrgEntry | PersonEntry, ...] = (),
        user_country_forms: tuple[tuple[str, str, CountryEntry], ...] = (),
        sector_uses: dict[str, str] | None = None,
    ) -> None:
        """``user_entries`` must also be in ``organizations``/``people``; ``user_country_forms`` are extra
        (form, kind, state) names from user dictionaries, kind one of country/adjective/capital;
        ``sector_uses`` maps sector phrases restricted to one position to ``"modifier"`` or ``"head"``."""
        self.countries = countries
        self.organizations = organizations
        self.people = people
        self.sectors = sectors
        self.sector_uses = sector_uses or {}
        self._user_ids = {id(entry) for entry in user_entries}
        self._user_country_forms = user_country_forms
        self._exact_index: dict[str, list[KnowledgeHit]] = {}
        self._folded_index: dict[str, list[KnowledgeHit]] = {}
        self._people_index: dict[str, list[PersonEntry]] = {}
        self._monarchs: list[PersonEntry] = []  # the royal roles, for a bare "the Queen" (indexed once, not scanned)
        self._surfaces: dict[tuple[bool, str], dict[str, None]] = {}  # every spelling of a key, for matchers
        self._sector_cache: dict[tuple[str, bool], str | None] = {}
        self._slip_cache: dict[str, CountryEntry | None] = {}
        self._sector_slips: dict[tuple[int, str], list[tuple[str, str, str]]] | None = None
        self._build_indexes()

    # -- indexes

    def _add(self, alias: str, kind: str, entry: Entry, ambiguous: bool, user: bool = False) -> None:
        acronym = _is_acronym(alias)
        index = self._exact_index if acronym else self._folded_index
        key = _exact(alias) if acronym else _fold(alias)
        if not key:
            return
        self._surfaces.setdefault((acronym, key), {})[alias] = None
        hits = index.setdefault(key, [])
        if any(hit.entry is entry and hit.kind == kind for hit in hits):
            return
        hits.append(KnowledgeHit(kind=kind, entry=entry, alias=alias, ambiguous=ambiguous, user=user))

    def _build_indexes(self) -> None:
        for country in self.countries.values():
            flagged = {_fold(form) for form in country.ambiguous_forms}
            for form in (country.name, *country.aliases):
                self._add(form, "country", country, _fold(form) in flagged)
            for form in country.adjectives:
                self._add(form, "adjective", country, _fold(form) in flagged)
                for plural in _plural_demonyms(form):
                    self._add(plural, "adjective", country, _fold(form) in flagged)
            for form in country.capitals:
                self._add(form, "capital", country, _fold(form) in flagged)
        for form, kind, country in self._user_country_forms:
            self._add(form, kind, country, False, user=True)
        for org in self.organizations.values():
            kind = "org" if org.kind == "igo" else "group"
            for form in (
                org.name,
                *org.aliases,
            ):  # codes are identifiers, not press forms: list those as aliases
                self._add(form, kind, org, False, user=id(org) in self._user_ids)
        for person in self.people:
            user = id(person) in self._user_ids
            if person.country and person.role in _MONARCH_ROLES:
                self._monarchs.append(person)
            for form in (person.name, *person.aliases):
                self._add(form, "person", person, False, user=user)
                self._people_index.setdefault(_fold(form), [])
                if person not in self._people_index[_fold(form)]:
                    self._people_index[_fold(form)].append(person)
        for index in (self._exact_index, self._folded_index):
            for key, hits in index.items():
                index[key] = _rank_hits(hits)

    # -- questions

    def lookup(self, phrase: str) -> list[KnowledgeHit]:
        """Every entry ``phrase`` names exactly (case rules in the module docstring); [] when none."""
        hits = list(self._exact_index.get(_exact(phrase), ()))
        hits.extend(self._folded_index.get(_fold(phrase), ()))
        return hits

    def country(self, iso3: str) -> CountryEntry | None:
        return self.countries.get(iso3.upper())

    def sector_of(self, phrase: str, *, head_fallback: bool = True) -> str | None:
        """The sector code of a role or agent noun phrase ("defence ministers" -> "GOV").

        Tries the phrase, then its singular/plural variants; with ``head_fallback`` it then drops leading
        words one at a time ("seoul metropolitan police" -> "police" -> "COP"), so a longer listed phrase
        ("former president" -> ELI) always wins over its head ("president" -> GOV). When only a generic head
        is left ("unit", "officer", "spokesman"), the nearest modifier with a sector of its own decides:
        "army officer" is MIL, "police unit" COP. Callers should try organisations first: "European Union"
        would otherwise fall back to "union" (LAB).
        """
        key = (phrase, head_fallback)
        if key not in self._sector_cache:  # the tables do not change once loaded; phrases recur in every article
            self._sector_cache[key] = self._sector_of(phrase, head_fallback)
        return self._sector_cache[key]

    def clear_caches(self) -> None:
        """Forget memoised lookups (for benchmarks that time a cold article; results never change)."""
        self._sector_cache.clear()
        self._slip_cache.clear()
        _fold.cache_clear()

    def _sector_of(self, phrase: str, head_fallback: bool) -> str | None:
        words = _fold(phrase).replace("-", " ").split()  # "ex-president", "ex - president": "ex president"
        for start in range(len(words) if head_fallback else min(len(words), 1)):
            sector = self._listed_sector(" ".join(words[start:]), "head")
            if sector is None:
                continue
            if start == len(words) - 1 and words[start] in GENERIC_HEADS:
                for modifier in reversed(words[:start]):
                    modifier_sector = self._listed_sector(modifier, "modifier")
                    if modifier_sector is not None:
                        return modifier_sector
            return sector
        return None

    def modifier_sector(self, phrase: str) -> str | None:
        """The sector words in front of a generic head give it ("army" in "army officer", "prison" in "prison
        officials"); rows marked head-only ("labour") give none."""
        return self._listed_sector(_fold(phrase), "modifier")

    def _listed_sector(self, phrase: str, position: str) -> str | None:
        """The sector of a listed phrase (or its number variant) standing at ``position``: rows marked for the
        other position are skipped."""
        for variant in _number_variants(phrase):
            sector = self.sectors.get(variant)
            if sector is not None and self.sector_uses.get(variant, position) == position:
                return sector
        return None

    def is_generic_head(self, word: str) -> bool:
        """Whether a role noun says little on its own ("officer", "leader"), so a modifier's sector decides."""
        lowered = word.lower()
        return (lowered if lowered.isascii() else _fold(word)) in GENERIC_HEADS

    def is_body_member_noun(self, word: str) -> bool:
        """Whether a noun names a member or part of whatever body it is attached to ("officer", "fighters")."""
        lowered = word.lower()  # most calls pass a token's lower-case form: folding only when needed is faster
        return (lowered if lowered.isascii() else _fold(word)) in BODY_MEMBER_NOUNS

    def misspelled_country(self, word: str) -> CountryEntry | None:
        """The state a capitalised word of six or more letters names when it is one typing slip (a letter
        dropped, added, changed or two swapped) away from exactly one state name or demonym ("Kazahks",
        "Afganistan"). Exact names never come here; shorter words are left alone ("Ivan" is not "Iran")."""
        if word not in self._slip_cache:
            self._slip_cache[word] = self._misspelled_country(word)
        return self._slip_cache[word]

    def _misspelled_country(self, word: str) -> CountryEntry | None:
        folded = _fold(word)
        if len(folded) < 6 or not word[:1].isupper() or not folded.isalpha():
            return None
        exact, by_initial = _state_form_index(self)
        if folded in exact:
            return None  # a correct name or demonym ("Russian" is one slip from "Russia", and right as it is)
        found = {
            entry.iso3
            for form, entry in by_initial.get(folded[0], ())
            if abs(len(form) - len(folded)) <= 1 and _one_slip(form, folded)
        }
        return self.countries[found.pop()] if len(found) == 1 else None

    def misspelled_sector(self, phrase: str) -> str | None:
        """The sector of a listed role phrase that ``phrase`` is one typing slip away from in its last word
        ("white supremicists", "paramedcs"), when every such phrase has the same sector. Words of fewer than
        eight letters are left alone: short words are one slip from other real words ("readers" and "leaders",
        "counsel" and "council")."""
        words = _fold(phrase).replace("-", " ").split()
        if not words or len(words[-1]) < 8 or not words[-1].isalpha() or self.sector_of(phrase) is not None:
            return None
        prefix, last = " ".join(words[:-1]), words[-1]
        found = {
            sector
            for listed_prefix, listed_last, sector in self._sector_slip_index().get((len(words), last[0]), ())
            if listed_prefix == prefix and abs(len(listed_last) - len(last)) <= 1 and _one_slip(listed_last, last)
        }
        return found.pop() if len(found) == 1 else None

    def _sector_slip_index(self) -> dict[tuple[int, str], list[tuple[str, str, str]]]:
        """Listed head phrases by word count and the first letter of their last word, built once."""
        if self._sector_slips is None:
            index: dict[tuple[int, str], list[tuple[str, str, str]]] = {}
            for listed, sector in self.sectors.items():
                words = listed.split()
                if self.sector_uses.get(listed) == "modifier" or not words[-1].isalpha():
                    continue
                index.setdefault((len(words), words[-1][0]), []).append((" ".join(words[:-1]), words[-1], sector))
            self._sector_slips = index
        return self._sector_slips

    def people_named(self, name: str, date: str | None = None) -> list[PersonEntry]:
        """Office-holding entries whose name or alias (full name or surname) is ``name``.

        Entries active on ``date`` come first (``None``: current holders first), then the most recent.
        """
        found = list(self._people_index.get(_fold(name), ()))
        found.sort(
            key=lambda person: (
                not person.active_on(date),
                id(person) not in self._user_ids,
                _negated_start(person.start),
            )
        )
        return found

    def sole_monarch(self, title: str, date: str | None) -> PersonEntry | None:
        """The one monarch the tables list in office on ``date`` under the royal ``title`` ("Queen" in 2019 is
        Elizabeth II); None when several reign under it ("King") or none does, so a bare title guesses nobody."""
        prefix = title.strip().lower() + " "
        reigning = {
            person.name: person
            for person in self._monarchs
            if person.active_on(date)
            and any(form.lower().startswith(prefix) for form in (person.name, *person.aliases))
        }
        return next(iter(reigning.values())) if len(reigning) == 1 else None

    def aliases(self) -> Iterator[tuple[str, KnowledgeHit]]:
        """Every surface form with its reading, for building a phrase matcher.

        Forms come without a leading "the " (the matcher should treat it as a determiner). Acronym forms must
        be matched case-sensitively, the others on lower case: ``_is_acronym`` decides, and it is exposed as
        :meth:`is_case_sensitive`.
        """
        for acronym, index in ((True, self._exact_index), (False, self._folded_index)):
            for key, hits in index.items():
                # every spelling the data gives for this key, and each without accents ("Nausėda" and
                # "Nauseda"), so a matcher that folds case only is still accent-insensitive
                spellings = dict.fromkeys(_THE.sub("", form) for form in self._surfaces.get((acronym, key), ()))
                if not acronym:
                    spellings.update(dict.fromkeys(_strip_accents(form) for form in list(spellings)))
                for form in spellings or (_THE.sub("", hits[0].alias),):
                    for hit in hits:
                        yield form, hit

    @staticmethod
    def is_case_sensitive(alias: str) -> bool:
        """Whether ``alias`` is an acronym that must match in capitals only."""
        return _is_acronym(alias)

    def country_for_text(self, text: str, date: str | None = None) -> str | None:
        """The country a short free text names or implies ("Great Britain", "four Saudi men", "the Kremlin").

        Longest match first over the words of ``text``; explicit country names, demonyms and capitals beat
        groups and people; unambiguous forms beat ambiguous ones; IGOs imply no country. ``date`` picks among
        office holders. Returns ``None`` when nothing in ``text`` points at one country.
        """
        tokens = _tokens(text)
        best: tuple[int, int, int] | None = None  # (rank, -length, start) smaller is better
        best_country: str | None = None
        for length in range(min(len(tokens), 8), 0, -1):
            for start in range(len(tokens) - length + 1):
                span = " ".join(tokens[start : start + length])
                hits = self.lookup(span)
                if not hits and length == 1 and span.endswith("'s"):
                    hits = self.lookup(span[:-2])
                candidate = self._country_from_hits(hits, date)
                if candidate is None:
                    continue
                country, rank = candidate
                score = (rank, -length, start)
                if best is None or score < best:
                    best, best_country = score, country
        return best_country

    def _country_from_hits(self, hits: list[KnowledgeHit], date: str | None) -> tuple[str, int] | None:
        """The single country a set of hits implies and how strong that reading is (0 best)."""
        order = {"country": 0, "adjective": 0, "capital": 1, "group": 2, "person": 3, "org": 9}
        by_country: dict[str, int] = {}
        for hit in hits:
            country = hit.country
            if country is None:
                continue
            rank = order[hit.kind] + (4 if hit.ambiguous else 0)
            if isinstance(hit.entry, PersonEntry) and not hit.entry.active_on(date):
                rank += 1
            by_country[country] = min(rank, by_country.get(country, rank))
        if not by_country:
            return None
        ranked = sorted(by_country.items(), key=lambda item: item[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # two countries equally likely: say nothing
        return ranked[0][0], ranked[0][1]


def _rank_hits(hits: list[KnowledgeHit]) -> list[KnowledgeHit]:
    """The readings of one form in the order callers should prefer them, with ambiguity flags settled.

    A form that names more than one real actor is ambiguous whatever the rows say. When a user dictionary names
    the form, its entries come first and decide alone whether the form is ambiguous; the shipped readings are
    kept after them, flagged ambiguous, so the user entry wins on an exact alias without losing the conflict.
    """
    user_hits = [hit for hit in hits if hit.user]
    winners = user_hits or hits
    contested = len({_identity(hit.entry) for hit in winners}) > 1
    ranked = [replace(hit, ambiguous=True) if contested and not hit.ambiguous else hit for hit in winners]
    if user_hits:
        ranked += [replace(hit, ambiguous=True) for hit in hits if not hit.user]
    return ranked


def _identity(entry: Entry) -> str:
    if isinstance(entry, CountryEntry):
        return "country:" + entry.iso3
    if isinstance(entry, OrgEntry):
        return "org:" + entry.code
    return "person:" + entry.name


def _negated_start(start: str | None) -> int:
    """Sort key putting later start dates first."""
    if start is None:
        return 0
    span = _parse_date_range(start)
    return -span[0].toordinal() if span else 0


def _number_variants(phrase: str) -> tuple[str, ...]:
    """The phrase, then plausible singular and plural forms of its last word."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    forms = [last]
    if last.endswith("men"):
        forms.append(last[:-3] + "man")
    elif last.endswith("man"):
        forms.append(last[:-3] + "men")
    if last.endswith("ies") and len(last) > 4:
        forms.append(last[:-3] + "y")
    if last.endswith(("ses", "xes", "ches", "shes")):
        forms.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss"):
        forms.append(last[:-1])
    else:
        forms.append(last + "s")
        if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
            forms.append(last[:-1] + "ies")
    return tuple(dict.fromkeys(prefix + form for form in forms))


# Role nouns that say little on their own: a modifier with a sector of its own ("army officer") decides.
GENERIC_HEADS = frozenset(
    {
        "unit", "units", "force", "forces", "officer", "officers", "official", "officials", "spokesman",
        "spokeswoman", "spokesperson", "spokesmen", "leader", "leaders", "chief", "chiefs", "head", "member",
        "members", "group", "groups", "source", "sources", "personnel", "commander", "commanders",
        "representative", "representatives", "delegation", "staff", "worker", "workers", "faction",
        # ranks serve in a service the modifier names: "a police colonel" is COP, "an army general" MIL
        "general", "generals", "colonel", "colonels", "captain", "captains", "lieutenant", "lieutenants",
        "sergeant", "sergeants", "brigadier", "brigadiers", "corporal", "corporals",
    }
)  # fmt: skip

# Nouns for the people and parts of a body: attached to a named body ("a KGB officer", "a spokesman for the
# Carabinieri", "peshmerga fighters") they take its country, organisation and sector. Role nouns that say more
# than membership ("lawmaker", "lawyer", "priest") are not here and keep their own sector.
BODY_MEMBER_NOUNS = GENERIC_HEADS | frozenset(
    {
        "agent", "agents", "fighter", "fighters", "militant", "militants", "troop", "troops", "soldier",
        "soldiers", "operative", "operatives", "employee", "employees", "aide", "aides", "guard", "guards",
        "gunman", "gunmen", "cadre", "cadres", "recruit", "recruits", "boss", "bosses", "head", "heads",
        "chief", "chiefs", "director", "directors", "deputy", "deputies", "operator", "operators",
        "insider", "insiders", "man", "men", "figure", "figures", "militiaman", "militiamen",
        # work done for whichever body employs them: "an Amnesty International researcher" is the NGO's
        "researcher", "researchers", "investigator", "investigators", "inspector", "inspectors", "monitor",
        "monitors", "observer", "observers", "negotiator", "negotiators", "envoy", "envoys",
        # craft of whichever force or firm names them: "a Chinese coast guard vessel" is MIL, "navy ships" too
        # (not aircraft: "an air force jet downed a drone" made the jet an actor of extra events)
        "vessel", "vessels", "ship", "ships", "boat", "boats",
    }
)  # fmt: skip

_TOKEN = re.compile(r"[\w.'\u2019-]+", re.UNICODE)


@functools.lru_cache(maxsize=8)
def _state_forms(knowledge: Knowledge) -> tuple[tuple[str, CountryEntry], ...]:
    """Every single-word state name and demonym (folded, with plural demonyms), built once per knowledge."""
    forms: dict[str, CountryEntry] = {}
    for entry in knowledge.countries.values():
        names = (entry.name, *entry.aliases, *entry.adjectives)
        plurals = [plural for adjective in entry.adjectives for plural in _plural_demonyms(adjective)]
        for form in (*names, *plurals):
            folded = _fold(form)
            if folded.isalpha() and len(folded) >= 5:
                forms.setdefault(folded, entry)
    return tuple(forms.items())


@functools.lru_cache(maxsize=8)
def _state_form_index(
    knowledge: Knowledge,
) -> tuple[frozenset[str], dict[str, tuple[tuple[str, CountryEntry], ...]]]:
    """The state forms as a set (exact names) and grouped by first letter (slips keep the first letter)."""
    forms = _state_forms(knowledge)
    grouped: dict[str, list[tuple[str, CountryEntry]]] = {}
    for form, entry in forms:
        grouped.setdefault(form[0], []).append((form, entry))
    return frozenset(form for form, _ in forms), {key: tuple(value) for key, value in grouped.items()}


def _one_slip(known: str, typed: str) -> bool:
    """Whether ``typed`` is ``known`` with one letter dropped, added or changed, or two neighbours swapped."""
    if known == typed:
        return False
    if len(known) == len(typed):
        diffs = [i for i, (a, b) in enumerate(zip(known, typed, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and known[diffs[0]] == typed[diffs[1]] and (
            known[diffs[1]] == typed[diffs[0]]
        )
    longer, shorter = (known, typed) if len(known) > len(typed) else (typed, known)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _tokens(text: str) -> list[str]:
    """Words of a short text, keeping "U.S." and "Côte d'Ivoire" whole but dropping a sentence-final dot."""
    words = [word.translate(_QUOTES) for word in _TOKEN.findall(text)]
    return [word[:-1] if word.endswith(".") and word.count(".") == 1 else word for word in words]


# ------------------------------------------------------------------------------------------- entry points


_COUNTRY_FORM_KINDS = ("country", "adjective", "capital")


def _load_country_forms(
    path: Path, countries: dict[str, CountryEntry]
) -> list[tuple[str, str, CountryEntry]]:
    """Rows of a user ``*.aliases.tsv``: extra names of a state (``alias iso3 kind note``)."""
    forms: list[tuple[str, str, CountryEntry]] = []
    for number, row in _read_tsv(path, ("alias", "iso3", "kind", "note")):
        if not row["alias"]:
            raise ValueError(f"{path.name} line {number}: alias is empty")
        country = countries.get(row["iso3"])
        if country is None:
            raise ValueError(f"{path.name} line {number}: unknown iso3 {row['iso3']!r}")
        kind = row["kind"] or "country"
        if kind not in _COUNTRY_FORM_KINDS:
            allowed = ", ".join(_COUNTRY_FORM_KINDS)
            raise ValueError(f"{path.name} line {number}: kind {kind!r} must be one of {allowed}")
        forms.append((row["alias"], kind, country))
    return forms


@functools.lru_cache(maxsize=8)
def _load(data_dir: Path, user_dir: Path | None) -> Knowledge:
    countries = _load_countries(data_dir / "countries.tsv")
    organizations: dict[str, OrgEntry] = {}
    _load_orgs(data_dir / "organizations.tsv", countries, organizations, groups=False)
    _load_orgs(data_dir / "groups.tsv", countries, organizations, groups=True)
    if (data_dir / "group_eras.tsv").is_file():  # optional: a table set without eras codes every group by its row
        _load_org_eras(data_dir / "group_eras.tsv", countries, organizations)
    sectors, sector_uses = _load_sectors(data_dir / "sectors.tsv")
    igo_codes = frozenset(code for code, org in organizations.items() if org.kind == "igo")
    people = _load_people(data_dir / "people.tsv", countries, igo_codes)
    if user_dir is None:
        return Knowledge(countries, organizations, people, sectors, sector_uses=sector_uses)
    from .user import user_files  # the user module owns where user dictionaries live and how they are named

    files = user_files(user_dir)
    shipped_codes = frozenset(organizations)
    user_orgs: dict[str, OrgEntry] = {}
    for path in files["organizations"]:
        _load_orgs(path, countries, user_orgs, groups=False, shipped=shipped_codes)
    for path in files["groups"]:
        _load_orgs(path, countries, user_orgs, groups=True, shipped=shipped_codes)
    user_igo_codes = igo_codes | {code for code, org in user_orgs.items() if org.kind == "igo"}
    user_people = [
        person for path in files["people"] for person in _load_people(path, countries, user_igo_codes)
    ]
    for path in files["sectors"]:  # a user phrase replaces the shipped reading of that phrase, marker included
        user_sectors, user_uses = _load_sectors(path)
        sectors.update(user_sectors)
        for phrase in user_sectors:
            sector_uses.pop(phrase, None)
        sector_uses.update(user_uses)
    country_forms = tuple(form for path in files["aliases"] for form in _load_country_forms(path, countries))
    if not (user_orgs or user_people or country_forms or files["sectors"]):
        return Knowledge(countries, organizations, people, sectors, sector_uses=sector_uses)
    return Knowledge(
        countries,
        {**organizations, **user_orgs},
        people + user_people,
        sectors,
        user_entries=(*user_orgs.values(), *user_people),
        user_country_forms=country_forms,
        sector_uses=sector_uses,
    )


def load_knowledge(
    data_dir: Path | None = None, user_dir: Path | None = None, *, include_user: bool = True
) -> Knowledge:
    """The actor knowledge in ``data_dir`` (default: the package data) merged with the user dictionaries in
    ``user_dir`` (default: :func:`dyadwatch.actors.user.user_dictionary_dir`), loaded and validated once.

    ``include_user=False`` gives the shipped tables alone. After writing a user dictionary in the same process,
    call :func:`reload_knowledge`. Raises ``ValueError("countries.tsv line 12: ...")`` naming the first problem.
    """
    shipped = Path(data_dir).resolve() if data_dir is not None else DATA_DIR
    if not include_user:
        return _load(shipped, None)
    from .user import user_dictionary_dir

    user_dir = Path(user_dir) if user_dir is not None else user_dictionary_dir()
    return _load(shipped, _user_dir_in_use(user_dir))


@functools.lru_cache(maxsize=16)
def _user_dir_in_use(user_dir: Path) -> Path | None:
    """``user_dir`` resolved when it holds dictionaries, else None; remembered, because the coder asks for the
    knowledge many times an article and listing a directory each time cost a tenth of its time.
    :func:`reload_knowledge` forgets it, as after any write of a user dictionary."""
    from .user import user_files

    return user_dir.resolve() if any(user_files(user_dir).values()) else None


def reload_knowledge() -> None:
    """Forget the loaded knowledge (and the phrase matchers built from it) so the next use rereads the files."""
    import sys

    _load.cache_clear()
    _user_dir_in_use.cache_clear()
    mentions = sys.modules.get("dyadwatch.actors.mentions")
    if mentions is not None:
        mentions._matchers.cache_clear()
        mentions._sector_heads.cache_clear()


def country_for_text(text: str, date: str | None = None) -> str | None:
    """The ISO 3166-1 alpha-3 code a short free text names or implies, using the package data."""
    return load_knowledge().country_for_text(text, date)


def party_name_key(text: str) -> str:
    """The key of a party name in party_names.tsv: folded, apostrophes dropped ("Peoples' ..." = "Peoples ...")."""
    return _fold(text).replace("'", "")


@functools.lru_cache(maxsize=4)
def shared_party_names(data_dir: Path = DATA_DIR) -> dict[str, frozenset[str]]:
    """Party names several states' parties share (party_names.tsv), by :func:`party_name_key`, with the states
    that have a party so called: a groups.tsv row gives the name to one state only, so a story about another
    state needs to know whether that state has one too. Raises ValueError naming file and line."""
    return _states_by_key(
        data_dir, "party_names.tsv", ("name", "countries"), party_name_key, 2, "want a name and two or more countries"
    )


@functools.lru_cache(maxsize=4)
def group_theatres(data_dir: Path = DATA_DIR) -> dict[str, frozenset[str]]:
    """Groups of groups.tsv that act outside their home (transnational_groups.tsv), by code, with the states they
    are at home in: an attack abroad is no act of the home state's rebels. Raises ValueError naming file and
    line."""
    return _states_by_key(
        data_dir, "transnational_groups.tsv", ("code", "theatres"), str, 1, "want a group code and its theatres"
    )


def _states_by_key(
    data_dir: Path, file_name: str, columns: tuple[str, str], key_of: Callable[[str], str], minimum: int,
    problem: str,
) -> dict[str, frozenset[str]]:
    """A table of keys with a list of states each (key, states, note), every state checked against
    countries.tsv: the shape of party_names.tsv and transnational_groups.tsv. Raises ValueError naming file and
    line."""
    path = data_dir / file_name
    countries = _load_countries(data_dir / "countries.tsv")
    key_column, list_column = columns
    table: dict[str, frozenset[str]] = {}
    for number, row in _read_tsv(path, (key_column, list_column, "note")):
        codes = _split_list(row[list_column])
        unknown = [code for code in codes if code not in countries]
        if not row[key_column] or len(codes) < minimum or unknown:
            why = f"unknown country {unknown[0]!r}" if unknown else problem
            raise ValueError(f"{path.name} line {number}: {why}")
        table[key_of(row[key_column])] = frozenset(codes)
    return table
