"""Export layouts: GDELT 2.0 (61 columns in codebook order), ICEWS (20 with header), CSV, PLOVER JSONL, Parquet."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from dyadwatch.export import (
    CSV_COLUMNS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    export_events,
    export_parquet,
    read_events,
)
from dyadwatch.store import Store, content_hash, open_store

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from corpus_records import make_article, make_event, story


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "e.db")
    first = make_article("a", story(1), [make_event("RUS", "UKR", "194", "2024-03-05", place="Kharkiv",
                                                    source_sector="MIL")],
                         url="https://northline.example/a", sitename="Northline")
    second = make_article("b", story(2), [make_event("RUS", "UKR", "194", "2024-03-05", sentence_index=3)],
                          url="https://ledger.example/b", sitename="Eastern Ledger")
    third = make_article("c", story(3), [make_event("IRN", "RUS", "040", "2024-03-06", modality="future")])
    for key, article in (("a", first), ("b", second), ("c", third)):
        store.add_article(article, content_hash(key))
    return store


def export(store: Store, fmt: str, **options: object) -> str:
    out = io.StringIO()
    export_events(store.conn, fmt, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_gdelt_has_61_columns_in_codebook_order() -> None:
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    expected_at = {0: "GLOBALEVENTID", 1: "SQLDATE", 4: "FractionDate", 5: "Actor1Code", 7: "Actor1CountryCode",
                   14: "Actor1Type3Code", 15: "Actor2Code", 25: "IsRootEvent", 26: "EventCode",
                   29: "QuadClass", 30: "GoldsteinScale", 31: "NumMentions", 32: "NumSources", 33: "NumArticles",
                   34: "AvgTone", 35: "Actor1Geo_Type", 39: "Actor1Geo_ADM2Code", 42: "Actor1Geo_FeatureID",
                   43: "Actor2Geo_Type", 51: "ActionGeo_Type", 52: "ActionGeo_FullName", 53: "ActionGeo_CountryCode",
                   56: "ActionGeo_Lat", 57: "ActionGeo_Long", 58: "ActionGeo_FeatureID", 59: "DATEADDED",
                   60: "SOURCEURL"}
    assert {i: GDELT_COLUMNS[i] for i in expected_at} == expected_at


def test_gdelt_rows_fill_what_we_know(store: Store) -> None:
    lines = export(store, "gdelt").splitlines()
    assert len(lines) == 1  # the future talks are left out; the two attack reports are one event
    row = dict(zip(GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    assert row["SQLDATE"] == "20240305" and row["MonthYear"] == "202403" and row["Year"] == "2024"
    assert row["FractionDate"] == "2024.1781"
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("194", "194", "19")
    assert (row["QuadClass"], row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("4", "2", "2", "2")
    assert row["IsRootEvent"] == "1" and row["AvgTone"] == ""
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("4", "Kharkiv", "UP")
    assert row["ActionGeo_FeatureID"] == "706483" and row["Actor1Geo_Type"] == ""
    assert len(row["DATEADDED"]) == 14 and row["SOURCEURL"] == "https://northline.example/a"
    assert len(export(store, "gdelt", all_modalities=True).splitlines()) == 2


def test_csv_has_a_header_and_one_row_per_event(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, "csv", all_modalities=True))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["cameo"], r["num_mentions"], r["modality"]) for r in rows] == [("194", "2", "asserted"),
                                                                            ("040", "1", "future")]
    assert rows[0]["location"] == "Kharkiv" and rows[1]["symmetric"] == "1"


def test_plover_jsonl_carries_type_actors_and_all_evidence(store: Store) -> None:
    (line,) = export(store, "plover-jsonl").splitlines()
    record = json.loads(line)
    assert record["event_type"] == "ASSAULT" and record["event_date"] == "2024-03-05"
    assert (record["actor1_country"], record["actor1_role"], record["actor2_country"]) == ("RUS", "MIL", "UKR")
    assert [m["url"] for m in record["mentions"]] == ["https://northline.example/a", "https://ledger.example/b"]
    assert record["num_articles"] == 2


def test_since_and_unknown_format(store: Store) -> None:
    assert export(store, "gdelt", since="2024-03-06") == ""
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xlsx")
    with pytest.raises(ValueError, match="written to a file"):
        export(store, "parquet")


def test_icews_has_its_20_columns_under_a_header(store: Store) -> None:
    assert ICEWS_COLUMNS == (
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
        "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
        "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")
    header, *lines = export(store, "icews", all_modalities=True).splitlines()
    assert header.split("\t") == list(ICEWS_COLUMNS)
    rows = [dict(zip(ICEWS_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(rows) == 2
    attack, talks = rows
    assert (attack["Event Date"], attack["CAMEO Code"], attack["Intensity"]) == ("2024-03-05", "194", "-10")
    assert (attack["Source Name"], attack["Source Sectors"], attack["Source Country"]) == (
        "Military (Russia)", "Military", "Russia")
    assert (attack["Target Name"], attack["Target Country"]) == ("Ukraine", "Ukraine")
    assert (attack["Story ID"], attack["Sentence Number"], attack["Publisher"]) == ("a", "1", "northline")
    assert (attack["City"], attack["Province"], attack["Country"]) == ("Kharkiv", "", "Ukraine")
    assert (attack["Latitude"], attack["Longitude"]) == ("49.98", "36.25")
    assert attack["Event Text"] and talks["City"] == "" and talks["Latitude"] == ""


def test_parquet_and_read_events_share_the_typed_table(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export_parquet(store.conn, str(path), all_modalities=True) == 2
    table = pq.read_table(path)
    assert table.column_names == list(CSV_COLUMNS) and table.num_rows == 2
    assert str(table.schema.field("date").type) == "date32[day]"
    assert table.column("num_mentions").to_pylist() == [2, 1]
    frame = read_events(store)
    assert list(frame.columns) == list(CSV_COLUMNS) and len(frame) == 1
    assert str(frame["date"].dtype).startswith("datetime64") and frame["lat"].iloc[0] == pytest.approx(49.98)
    assert frame["symmetric"].dtype == bool and int(frame["quad_class"].iloc[0]) == 4
    store.close()
    assert len(read_events(tmp_path / "e.db", all_modalities=True)) == 2  # by path, opening the store itself
