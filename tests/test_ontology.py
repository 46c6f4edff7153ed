"""Tests for dyadwatch.events.ontology and the cameo.tsv it loads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dyadwatch.events.ontology import (
    CAMEO_TABLE,
    PLOVER_TYPES,
    QUAD_CLASS_NAMES,
    SYMMETRIC_PLOVER,
    CameoCode,
    all_codes,
    cameo,
    plover_of,
    quad_class_name,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "reference"


def test_table_loads_every_code_once_and_caches() -> None:
    codes = all_codes()
    assert len(codes) == 319
    assert all_codes() is codes
    assert list(codes) == sorted(codes)
    assert all(key == entry.code for key, entry in codes.items())


def test_fields_of_a_known_code() -> None:
    visit = cameo("042")
    assert visit == CameoCode(
        code="042", root="04", name="Make a visit", goldstein=1.9, quad_class=1, plover="CONSULT",
        plover_mode="visit", plover_context=None, intent="036",
    )
    assert visit.quad_class_name == "Verbal cooperation"


def test_every_row_is_well_formed() -> None:
    quad_by_root = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2),
                    **dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)}
    for entry in all_codes().values():
        assert entry.code.isdigit() and 2 <= len(entry.code) <= 4, entry
        assert entry.root == entry.code[:2]
        assert entry.root in all_codes(), entry
        assert entry.name and entry.name == entry.name.strip(), entry
        assert -10.0 <= entry.goldstein <= 10.0, entry
        assert entry.quad_class == quad_by_root[int(entry.root)], entry
        assert entry.plover is None or entry.plover in PLOVER_TYPES, entry


def test_public_statements_have_no_plover_type_and_everything_else_has_one() -> None:
    for entry in all_codes().values():
        assert (entry.plover is None) == (entry.root == "01"), entry


def test_appeals_are_requests_mirroring_their_demand_twin() -> None:
    for entry in all_codes().values():
        if entry.root == "02" and entry.code != "02":
            twin = cameo("10" + entry.code[2:])
            assert entry.plover == "REQUEST"
            assert entry.plover_context == twin.plover_context, entry
    assert cameo("0231").plover_mode == "assist"
    assert cameo("026").plover_mode == "meet"
    assert cameo("025").plover_mode == "yield"


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("08", "CONCEDE"), ("081", "CONCEDE"), ("0813", "CONCEDE"), ("0841", "RETREAT"), ("0871", "RETREAT"),
        ("09", "ACCUSE"), ("163", "SANCTION"), ("161", "SANCTION"), ("1712", "ASSAULT"), ("175", "ASSAULT"),
        ("191", "COERCE"), ("201", "ASSAULT"), ("155", "MOBILIZE"), ("176", "COERCE"), ("1951", "ASSAULT"),
        ("1213", "REJECT"),
    ],
)
def test_crosswalk_quirks_and_inherited_types(code: str, plover: str) -> None:
    assert cameo(code).plover == plover


def test_codes_missing_from_gdelt_get_an_ancestor_weight() -> None:
    assert cameo("155").goldstein == cameo("15").goldstein
    assert cameo("1834").goldstein == cameo("183").goldstein
    assert cameo("1834").plover_mode == "explosives"


def test_demand_block_uses_the_manual_names() -> None:
    assert cameo("101").name.startswith("Demand material cooperation")
    assert cameo("106").name == "Demand meeting, negotiation"
    assert cameo("108").name == "Demand mediation"
    assert "matyerial" not in cameo("033").name


def test_intent_codes_are_verbal_promises_or_threats_of_material_actions() -> None:
    for entry in all_codes().values():
        if entry.intent is None:
            continue
        assert entry.root in {"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}, entry
        intent = cameo(entry.intent)
        assert intent.root in {"03", "13"}, entry
        assert intent.intent is None
        wanted = "AGREE" if entry.quad_class in (1, 2) else "THREATEN"
        assert intent.plover == wanted, entry


@pytest.mark.parametrize(
    ("code", "intent"),
    [
        ("042", "036"), ("045", "039"), ("061", "0311"), ("062", "0312"), ("06", "031"), ("071", "0331"),
        ("074", "0334"), ("081", "0351"), ("0841", "0353"), ("0871", "0356"), ("161", "1313"),
        ("162", "1311"), ("163", "1312"), ("164", "134"), ("1722", "1322"), ("173", "130"), ("183", "1383"),
        ("190", "1384"),
        ("191", "1381"), ("192", "1382"), ("2041", "1385"), ("141", "133"), ("154", "138"),
    ],
)
def test_intent_of(code: str, intent: str) -> None:
    assert cameo(code).intent == intent


@pytest.mark.parametrize("code", ["010", "0231", "036", "09", "112", "120", "138"])
def test_verbal_codes_have_no_intent_form(code: str) -> None:
    assert cameo(code).intent is None


def test_unknown_code_raises_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="unknown CAMEO code '999'"):
        cameo("999")
    with pytest.raises(KeyError, match="unknown CAMEO code '42'"):
        cameo("42")
    assert plover_of("999") is None
    assert plover_of("010") is None
    assert plover_of("0874") == "RETREAT"


def test_plover_types_and_quad_classes() -> None:
    assert len(PLOVER_TYPES) == 16 and len(set(PLOVER_TYPES)) == 16
    assert PLOVER_TYPES[:4] == ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")
    assert PLOVER_TYPES[-1] == "ASSAULT"
    assert SYMMETRIC_PLOVER <= set(PLOVER_TYPES)
    assert "ASSAULT" not in SYMMETRIC_PLOVER and "CONSULT" in SYMMETRIC_PLOVER
    assert {entry.plover for entry in all_codes().values()} - {None} == set(PLOVER_TYPES)
    assert [quad_class_name(q) for q in (1, 2, 3, 4)] == list(QUAD_CLASS_NAMES.values())
    assert quad_class_name(4) == "Material conflict"
    with pytest.raises(KeyError, match="unknown QuadClass 5"):
        quad_class_name(5)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not present")
def test_build_script_reproduces_the_shipped_table(tmp_path: Path) -> None:
    script = REPO / "scripts" / "build_cameo_table.py"
    spec = importlib.util.spec_from_file_location("build_cameo_table", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_cameo_table"] = module
    spec.loader.exec_module(module)
    output = tmp_path / "cameo.tsv"
    assert module.main([str(REFERENCE), str(output)]) == 0
    assert output.read_text(encoding="utf-8") == CAMEO_TABLE.read_text(encoding="utf-8")


# Where our table follows PLOVER's definitions and gold standard over the 2021 crosswalk (data/README.md)
DELIBERATE_DEPARTURES = {"163": "SANCTION", "0813": "CONCEDE", "0814": "CONCEDE", "192": "ASSAULT"}


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not present")
def test_table_agrees_with_the_crosswalk_where_it_speaks() -> None:
    seen: set[str] = set()
    for line in (REFERENCE / "cameo2plover_2021.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, plover = line.split("\t")[:2]
        if code in seen:  # the crosswalk repeats 08 (CONCEDE, then RETREAT) and 175; the first wins
            continue
        seen.add(code)
        if code in DELIBERATE_DEPARTURES:
            assert cameo(code).plover == DELIBERATE_DEPARTURES[code] != plover, code
            continue
        assert cameo(code).plover == plover, code
