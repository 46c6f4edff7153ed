"""Compile ``dyadwatch/data/cameo.tsv`` from the CAMEO code list and the PLOVER 2021 crosswalk.

Run by hand when the reference tables change (never at run time; the repo does not ship them):

    .venv/bin/python scripts/build_cameo_table.py ../shared/reference dyadwatch/data/cameo.tsv

Inputs, in the reference folder: ``cameo_codes.tsv`` (code, root, level, GDELT name, CAMEO 1.1b3 manual
name, Goldstein, QuadClass, note) and ``cameo2plover_2021.tsv`` (cameo_code, plover_event, mode, context,
comment). The decisions this script makes (names, PLOVER types for codes the crosswalk leaves out, the
``intent`` column) are explained in ``dyadwatch/data/README.md``; the code below is their single source.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

COLUMNS = (
    "code", "root", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context", "intent",
)

# GDELT's lookup shifted the names of 101-108 to an older CAMEO draft; the codes' children (1011-1014,
# 1051-1056) and their 02x twins follow the 1.1b3 manual, so for these the manual's name is the right one.
MANUAL_NAME_CODES = frozenset({"101", "102", "103", "104", "105", "106", "107", "108"})

# Root 02 (appeal) is absent from the 2021 crosswalk; PLOVER's REQUEST covers appeals as well as demands.
# 02x mirrors 10x digit for digit, so mode and context come from the 10x twin, except:
APPEAL_MODE_OVERRIDES = {"025": "yield"}  # the crosswalk gives 105 "change" but every 105x child "yield"

# Spelling slips in GDELT's lookup, fixed so the names read cleanly.
NAME_FIXES = {"matyerial": "material", "radiologicalweapons": "radiological weapons", "  ": " "}

# Codes missing from the crosswalk whose inherited mode would be wrong for what they name.
MODE_OVERRIDES = {"1834": "explosives"}  # location bombing: a bombing like 1832/1833, not a suicide attack

# Four rows of the 2021 crosswalk disagree with PLOVER's type definitions and with the PLOVER project's own
# gold-standard records, which we follow: imposing an embargo or sanctions is SANCTION (the crosswalk says
# COERCE/restrict), easing a curfew or a state of emergency is CONCEDE like the rest of 081x (the crosswalk
# lists both after its 084-087 RETREAT block, with the note that "ease" is no longer a mode), and occupying
# territory (192, "troops captured the town") is ASSAULT like the rest of root 19, keeping the mode "seize".
TYPE_OVERRIDES: dict[str, tuple[str, str, str]] = {
    "163": ("SANCTION", "", "diplomatic"),
    "192": ("ASSAULT", "seize", "military"),  # occupying territory by force is fighting, like the rest of 19x
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
}

# The CAMEO code for *intending* (promising, threatening) the action of each material or meeting code.
# Keys are code prefixes; the longest matching prefix wins. Roots 01-03 and 09-13 get no intent form.
INTENT_BY_PREFIX: dict[str, str] = {
    # 04 consult -> 036 express intent to meet or negotiate; mediating -> 039 express intent to mediate
    "04": "036",
    "045": "039",
    # 05 diplomatic cooperation -> 032; signing an agreement -> 030 (intent to cooperate)
    "05": "032",
    "057": "030",
    # 06 material cooperation -> 031 and its four children
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    # 07 aid -> 033 and its four children; asylum is aid of no listed kind
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    # 08 yield -> 035 family; accession to reform -> 034 family
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "0831": "0341",
    "0832": "0342",
    "0833": "0343",
    "0834": "0344",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    # 14 protest -> 133 threaten political dissent, protest
    "14": "133",
    # 15 force posture -> 138 threaten to use military force
    "15": "138",
    # 16 reduce relations -> 131 threaten non-force family
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    # 17 coerce -> 130 threaten (no specific threat code for seizing, arresting, deporting or cyber attack)
    "17": "130",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "175": "137",
    # 18 unconventional violence -> 1383
    "18": "1383",
    # 19 fight -> 1384 conventional attack; blockade and occupation have their own threat codes
    "19": "1384",
    "191": "1381",
    "192": "1382",
    # 20 mass violence -> 1383; weapons of mass destruction -> 1385
    "20": "1383",
    "204": "1385",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [{key: (value or "").strip() for key, value in row.items()} for row in reader]


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    """code -> (PLOVER type, mode, context); the first line wins where the crosswalk repeats a code.

    The crosswalk lists root ``08`` twice (CONCEDE, then RETREAT as the heading of 084-087); the root code
    itself keeps the first, CONCEDE, and each 08x child has its own line.
    """
    crosswalk: dict[str, tuple[str, str, str]] = {}
    for row in read_tsv(path):
        crosswalk.setdefault(row["cameo_code"], (row["plover_event"], row["mode"], row["context"]))
    return crosswalk


def ancestors(code: str) -> list[str]:
    """The code's proper prefixes that are CAMEO codes, nearest first (``0231`` -> ``023``, ``02``)."""
    return [code[:length] for length in range(len(code) - 1, 1, -1)]


def plover_for(code: str, crosswalk: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """PLOVER (type, mode, context) for a code: the crosswalk's, else derived as the README explains."""
    root = code[:2]
    if root == "01":
        return ("", "", "")  # PLOVER dropped public statements
    if root == "02":
        twin = "10" + code[2:]
        plover, mode, context = crosswalk[twin]
        return (plover, APPEAL_MODE_OVERRIDES.get(code, mode), context)
    if code in TYPE_OVERRIDES:
        return TYPE_OVERRIDES[code]
    if code in crosswalk:
        return crosswalk[code]
    for ancestor in ancestors(code):
        if ancestor in crosswalk:
            plover, mode, context = crosswalk[ancestor]
            return (plover, MODE_OVERRIDES.get(code, mode), context)
    raise SystemExit(f"build_cameo_table: no PLOVER type for {code} or any of its ancestors")


def intent_for(code: str) -> str:
    """The intent code for a material or meeting code (longest matching prefix), else empty."""
    for length in range(len(code), 1, -1):
        if code[:length] in INTENT_BY_PREFIX:
            return INTENT_BY_PREFIX[code[:length]]
    return ""


def add_crosswalk_only_codes(cameo_rows: list[dict[str, str]], crosswalk_rows: list[dict[str, str]]) -> None:
    """Add the manual codes only the crosswalk lists (1213, 1214), weighted and classed like their parent.

    GDELT's lookup skips them, but they are CAMEO 1.1b3 codes and the manual gives examples for them.
    """
    by_code = {row["code"]: row for row in cameo_rows}
    for row in crosswalk_rows:
        code = row["cameo_code"]
        if code in by_code:
            continue
        parent = next(by_code[a] for a in ancestors(code) if a in by_code)
        extra = {"code": code, "root": code[:2], "name_gdelt": "", "name_cameo_manual_1.1b3": row["comment"],
                 "goldstein": parent["goldstein"], "quad_class": parent["quad_class"]}
        cameo_rows.append(extra)
        by_code[code] = extra
    cameo_rows.sort(key=lambda r: r["code"])  # string order is CAMEO's order: 121, 1211, ..., 122


Crosswalk = dict[str, tuple[str, str, str]]


def build_rows(cameo_rows: list[dict[str, str]], crosswalk: Crosswalk) -> list[list[str]]:
    """One output row per CAMEO code, in CAMEO's order."""
    goldstein_by_code = {row["code"]: row["goldstein"] for row in cameo_rows}
    known = set(goldstein_by_code)
    rows: list[list[str]] = []
    for row in cameo_rows:
        code = row["code"]
        gdelt_name, manual_name = row["name_gdelt"], row["name_cameo_manual_1.1b3"]
        name = manual_name if (code in MANUAL_NAME_CODES and manual_name) or not gdelt_name else gdelt_name
        for wrong, right in NAME_FIXES.items():
            name = name.replace(wrong, right)
        goldstein = row["goldstein"]
        if not goldstein:  # manual-only codes: GDELT gives no weight, so take the nearest ancestor's
            goldstein = next(goldstein_by_code[a] for a in ancestors(code) if goldstein_by_code.get(a))
        plover, mode, context = plover_for(code, crosswalk)
        intent = intent_for(code)
        if intent and intent not in known:
            raise SystemExit(f"build_cameo_table: intent {intent} of {code} is not a CAMEO code")
        rows.append([code, row["root"], name, f"{float(goldstein):.1f}", row["quad_class"], plover, mode,
                     context, intent])
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: build_cameo_table.py REFERENCE_DIR OUTPUT_TSV", file=sys.stderr)
        return 2
    reference, output = Path(argv[0]), Path(argv[1])
    cameo_rows = read_tsv(reference / "cameo_codes.tsv")
    crosswalk = read_crosswalk(reference / "cameo2plover_2021.tsv")
    add_crosswalk_only_codes(cameo_rows, read_tsv(reference / "cameo2plover_2021.tsv"))
    rows = build_rows(cameo_rows, crosswalk)
    lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in rows]
    if any(len(line.split("\t")) != len(COLUMNS) or "\n" in line for line in lines):
        raise SystemExit("build_cameo_table: a value holds a tab or newline")
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} codes to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
