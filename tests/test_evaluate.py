"""Tests for dyadwatch.evaluate: gold readers, metrics (every number worked out by hand) and the report.

The coder here is a fake: a dict from text to the events it "codes", so no spaCy is needed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.evaluate import (
    Coder,
    EvalReport,
    GoldFileError,
    actor_matches,
    evaluate,
    format_report,
    read_gold,
    split_of,
)
from dyadwatch.events.ontology import cameo
from dyadwatch.model import Actor, Event, Place

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

MEET = "Japan's prime minister met the Chinese president in Beijing on Monday, officials said."
CLASH = "Rebel fighters attacked an army convoy near the northern border town on Tuesday."
STUDY = "The ministry said on Wednesday it was still studying the proposal."
ARREST = "Police in the capital held a routine training exercise on Thursday."
DEMAND = "France demanded on Friday that Iran release the detained sailors without delay."


def actor(country: str | None = None, org: str | None = None) -> Actor:
    return Actor(text=country or org or "someone", country=country, org=org)


def event(code: str, source: Actor | None, target: Actor | None, *, date: str | None = None,
          location: Place | None = None, modality: str = "asserted") -> Event:
    """An event with its CAMEO fields taken from the ontology, as the coder builds them."""
    entry = cameo(code)
    return Event(
        event_id=f"e-{code}", article_id="a", cameo=entry.code, cameo_root=entry.root, cameo_name=entry.name,
        plover=entry.plover, quad_class=entry.quad_class, goldstein=entry.goldstein, source=source,
        target=target, sentence="", sentence_index=0, span=(0, 1), trigger="x", date=date, location=location,
        plover_mode=entry.plover_mode, plover_context=entry.plover_context, modality=modality,
    )


def fake_coder(outputs: Mapping[str, Sequence[Event]]) -> Coder:
    def code(text: str, published: str | None, record_id: str) -> list[Event]:
        return list(outputs.get(text, []))

    return code


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture()
def small_gold(tmp_path: Path) -> Path:
    """Five CAMEO-coded records: three with one event each, two expecting nothing."""
    return write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "r1", "text": MEET, "date": "20210104",
         "expected": [{"source": "JAPGOV", "target": "CHNGOV", "code": "040"}]},
        {"id": "r2", "text": CLASH, "date": "20210105",
         "expected": [{"source": "SDNREB", "target": "SDNMIL", "code": "190"}]},
        {"id": "r3", "text": STUDY, "date": "20210106", "expected": [], "no_event": True},
        {"id": "r4", "text": ARREST, "date": "20210107", "expected": []},
        {"id": "r5", "text": DEMAND, "date": "20210108",
         "expected": [{"source": "FRAGOV", "target": "IRNGOV", "code": "1053"}]},
    ])


SMALL_OUTPUTS = {
    MEET: [event("042", actor("CHN"), actor("JPN")),  # CONSULT, reversed: fine for a symmetric type
           event("051", actor("JPN"), actor("CHN"))],  # SUPPORT: wrong type, right dyad
    CLASH: [event("193", actor("SDN"), actor("USA"))],  # ASSAULT: right type, wrong target
    ARREST: [event("173", actor("POL"), None)],  # COERCE where nothing is expected
}


@pytest.fixture()
def small_report(small_gold: Path) -> EvalReport:
    return evaluate(read_gold(small_gold), fake_coder(SMALL_OUTPUTS))


def test_read_gold_cameo_coded_records(small_gold: Path) -> None:
    records = read_gold(small_gold)
    assert [r.record_id for r in records] == ["r1", "r2", "r3", "r4", "r5"]
    first = records[0]
    assert first.published == "2021-01-04"
    assert first.expected[0].plover == "CONSULT" and first.expected[0].root == "04"
    assert first.expected[0].source == "JAPGOV"
    assert records[2].no_event and records[3].no_event
    assert records[4].expected[0].plover == "REQUEST" and records[4].expected[0].root == "10"


def test_plover_type_metrics(small_report: EvalReport) -> None:
    block = small_report.plover
    # outputs CONSULT ok, SUPPORT wrong, ASSAULT ok, COERCE wrong;
    # expected CONSULT and ASSAULT hit, REQUEST missed
    assert (block.n_output, block.n_correct, block.n_expected, block.n_recalled) == (4, 2, 3, 2)
    assert block.micro_p == pytest.approx(0.5)
    assert block.micro_r == pytest.approx(2 / 3)
    assert block.micro_f1 == pytest.approx(4 / 7)  # 2 * 1/2 * 2/3 / (1/2 + 2/3)
    assert list(block.per_label) == ["CONSULT", "SUPPORT", "REQUEST", "COERCE", "ASSAULT"]
    consult, support = block.per_label["CONSULT"], block.per_label["SUPPORT"]
    request = block.per_label["REQUEST"]
    assert (consult.p, consult.r, consult.f1) == (1.0, 1.0, 1.0)
    assert (support.n_expected, support.n_output, support.p, support.r, support.f1) == (0, 1, 0.0, None, None)
    assert (request.n_expected, request.n_output, request.p, request.r) == (1, 0, None, 0.0)
    # macro: CONSULT and ASSAULT score 1, SUPPORT, REQUEST and COERCE 0 (undefined counts as 0) -> 2/5
    assert (block.macro_p, block.macro_r, block.macro_f1) == (pytest.approx(0.4),) * 3


def test_root_metrics(small_report: EvalReport) -> None:
    block = small_report.root
    # outputs 04 ok, 05 wrong, 19 ok, 17 wrong; expected 04 and 19 hit, 10 missed
    assert (block.micro_p, block.micro_r) == (pytest.approx(0.5), pytest.approx(2 / 3))
    assert list(block.per_label) == ["04", "05", "10", "17", "19"]
    assert block.macro_f1 == pytest.approx(0.4)


def test_dyad_metrics(small_report: EvalReport) -> None:
    block = small_report.dyad
    # outputs: 042 CHN->JPN ok (symmetric CONSULT), 051 JPN->CHN ok, 193 SDN->USA wrong, 173 wrong (no event)
    # expected: r1 hit, r2 missed (target), r5 missed (no output)
    assert (block.n_output, block.n_correct, block.n_expected, block.n_recalled) == (4, 2, 3, 1)
    assert block.micro_p == pytest.approx(0.5)
    assert block.micro_r == pytest.approx(1 / 3)
    assert block.micro_f1 == pytest.approx(0.4)
    # per type: CONSULT P1 R1, SUPPORT P1 R-, REQUEST P- R0, COERCE P0 R-, ASSAULT P0 R0
    assert block.macro_p == pytest.approx(0.4)
    assert block.macro_r == pytest.approx(0.2)
    assert block.macro_f1 == pytest.approx(0.2)


def test_type_and_dyad_metrics(small_report: EvalReport) -> None:
    block = small_report.event
    # only the CONSULT output has both the type and the dyad of an expected event
    assert (block.n_correct, block.n_output, block.n_recalled, block.n_expected) == (1, 4, 1, 3)
    assert block.micro_p == pytest.approx(0.25)
    assert block.micro_f1 == pytest.approx(2 / 7)  # 2 * 1/4 * 1/3 / (1/4 + 1/3)


def test_actor_accuracy_and_specificity(small_report: EvalReport) -> None:
    # type recalled for r1 (CONSULT) and r2 (ASSAULT); r1's actors sit reversed, allowed for CONSULT
    assert (small_report.source_accuracy, small_report.source_n) == (1.0, 2)
    assert (small_report.target_accuracy, small_report.target_n) == (0.5, 2)  # r2's target USA, not SDN
    assert small_report.no_event_specificity == 0.5  # r3 got nothing, r4 got a COERCE
    assert small_report.n_no_event_records == 2
    assert small_report.n_records == 5
    assert small_report.date_n == 0 and small_report.date_accuracy is None


def test_missed_records_say_what_went_wrong(small_report: EvalReport) -> None:
    missed = {m.record_id: m for m in small_report.missed}
    assert sorted(missed) == ["r1", "r2", "r4", "r5"]
    assert missed["r1"].problems == ("extra type SUPPORT (051)",)
    assert missed["r2"].problems == ("ASSAULT found but not the dyad SDNREB->SDNMIL",)
    assert missed["r4"].problems == ("event where none is expected: COERCE (173)",)
    assert missed["r5"].problems == ("missed type REQUEST",)
    assert missed["r5"].got == ()
    assert missed["r2"].got[0] == {"cameo": "193", "plover": "ASSAULT", "source": "SDN", "target": "USA",
                                   "trigger": "x"}


def test_to_dict_is_json_and_rounded(small_report: EvalReport) -> None:
    data = json.loads(json.dumps(small_report.to_dict()))
    assert data["split"] == "all" and data["n_records"] == 5
    assert data["plover"]["micro"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714}
    assert data["plover"]["per_label"]["REQUEST"] == {"n_expected": 1, "n_output": 0, "precision": None,
                                                      "recall": 0.0, "f1": None}
    assert data["dyad"]["macro"]["recall"] == 0.2
    assert data["source_accuracy"] == 1.0 and data["target_accuracy"] == 0.5
    assert data["no_event_specificity"] == 0.5
    assert [m["id"] for m in data["missed"]] == ["r1", "r2", "r4", "r5"]
    assert data["missed"][3]["expected"] == [{"plover": "REQUEST", "root": "10", "code": "1053",
                                             "source": "FRAGOV", "target": "IRNGOV"}]


def test_format_report_shows_the_numbers(small_report: EvalReport) -> None:
    text = format_report(small_report, show_missed=2)
    assert "5 records (split all), 3 expected events, 4 output events" in text
    assert "PLOVER type micro            0.500   0.667   0.571" in text
    assert "no-event specificity         0.500  (of 2)" in text
    assert "CONSULT          1     1   1.000   1.000   1.000" in text
    assert "REQUEST          1     0     -     0.000     -  " in text
    assert "records with errors (first 2 of 4):" in text
    assert "  r1: " + MEET in text and "r4:" not in text
    assert "    expected: CONSULT JAPGOV->CHNGOV (040)" in text
    assert "records with errors" not in format_report(small_report, show_missed=0)


def test_perfect_and_empty_coders(small_gold: Path) -> None:
    gold = read_gold(small_gold)
    perfect = {
        MEET: [event("040", actor("JPN"), actor("CHN"))],
        CLASH: [event("190", actor("SDN"), actor("SDN"))],
        DEMAND: [event("1053", actor("FRA"), actor("IRN"))],
    }
    report = evaluate(gold, fake_coder(perfect))
    for block in (report.plover, report.root, report.dyad, report.event):
        assert (block.micro_p, block.micro_r, block.micro_f1, block.macro_f1) == (1.0, 1.0, 1.0, 1.0)
    assert report.no_event_specificity == 1.0 and report.missed == ()
    empty = evaluate(gold, fake_coder({}))
    assert empty.plover.micro_p is None and empty.plover.micro_r == 0.0 and empty.plover.micro_f1 is None
    assert empty.plover.macro_f1 == 0.0  # three types in gold, none found
    assert empty.no_event_specificity == 1.0 and len(empty.missed) == 3


def test_directional_types_need_the_right_direction(small_gold: Path) -> None:
    gold = read_gold(small_gold)
    reversed_attack = {CLASH: [event("190", actor("USA"), actor("SDN"))]}
    report = evaluate(gold, fake_coder(reversed_attack))
    assert report.dyad.n_recalled == 0  # source SDN expected; USA attacking SDN is another event
    assert report.target_accuracy == 1.0 and report.source_accuracy == 0.0


def test_plover_gold_standard_format(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gsr.jsonl", [
        {"id": "g1", "text": "Senior Dutch and Belgian officials agreed to cooperate on river flooding.",
         "date": "2000-01-01", "cameo_inferred": None, "no_event": False,
         "expected": [{"source": "NLDGOV", "target": None, "code": "AGREE", "plover2021": "AGREE"},
                      {"source": "BELGOV", "target": None, "code": "AGREE", "plover2021": "AGREE"}]},
        {"id": "g2", "text": "The Asian trade forum will open a research office in Tokyo, officials said.",
         "date": "2000-01-01", "cameo_inferred": {"code": "0311", "similarity": 0.9}, "no_event": False,
         "expected": [{"source": "IGO", "target": "JAP", "code": "AGREE", "plover2021": "AGREE"}]},
    ])
    gold = read_gold(path)
    assert gold[0].expected[0].root is None and gold[1].expected[0].root == "03"
    outputs = {
        gold[0].text: [event("030", actor("BEL"), actor("NLD"))],
        gold[1].text: [event("0311", actor(org="APEC"), actor("JPN"))],
    }
    report = evaluate(gold, fake_coder(outputs))
    assert report.plover.micro_p == 1.0 and report.plover.micro_r == 1.0
    # g1 has no root: only g2 is scored on roots
    assert (report.root.n_expected, report.root.n_output, report.root.micro_r) == (1, 1, 1.0)
    # BEL->NLD fits BELGOV->* (a null gold target fits anything) but not NLDGOV->*: reading a dyad
    # backwards needs a gold target, as in the public scorer
    assert (report.dyad.n_expected, report.dyad.n_recalled) == (3, 2)
    assert report.source_n == 3 and report.source_accuracy == 1.0  # symmetric: NLD found on the target side
    assert report.target_n == 1 and report.target_accuracy == 1.0  # JAP -> JPN


def test_codebook_examples_are_scored_on_type_and_root_only(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "examples.jsonl", [
        {"code": "042", "name": "visit", "example": "The Kenyan president arrived in Kampala on Sunday."},
        {"code": "042", "name": "visit", "example": "The minister flew to Seoul for two days of talks."},
        {"code": "0111", "name": "not CAMEO", "example": "Officials gave no comment to reporters."},
    ])
    gold = read_gold(path)
    assert [r.record_id for r in gold] == ["cameo-042-1", "cameo-042-2", "cameo-0111-1"]
    assert gold[2].expected[0].plover is None and gold[2].expected[0].root == "01"
    outputs = {gold[0].text: [event("042", actor("KEN"), actor("UGA"))],
               gold[1].text: [event("043", None, None)],
               gold[2].text: [event("011", None, None)]}
    report = evaluate(gold, fake_coder(outputs))
    assert report.plover.micro_p == 1.0 and report.plover.micro_r == 1.0  # 011 and 0111: both without type
    assert list(report.plover.per_label) == ["CONSULT"]
    assert report.root.micro_r == 1.0
    assert report.dyad.n_expected == 0 and report.dyad.micro_p is None and report.source_n == 0


def test_event_gold_with_dates_and_places(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "events.jsonl", [
        {"id": "n1", "text": "Turkish troops shelled positions near Kobani on Saturday.",
         "published": "2022-11-21",
         "expected": [{"source_country": "TUR", "target_country": "SYR", "plover": "ASSAULT",
                       "cameo_root": "19", "date": "2022-11-19", "location": "Kobani, Syria",
                       "location_country": "SYR"}]},
        {"id": "n2", "text": "Greece will host Albanian ministers for talks in Athens next week.",
         "published": "2022-11-21",
         "expected": [{"source_country": "GRC", "target_country": "ALB", "plover": "AGREE",
                       "cameo_root": "03", "date": "2022-11-21", "location": "Athens",
                       "location_country": "GRC"}]},
    ])
    gold = read_gold(path)
    assert gold[0].published == "2022-11-21" and gold[0].expected[0].location_country == "SYR"
    kobani = Place(name="Kobani", country="SYR")
    outputs = {gold[0].text: [event("194", actor("TUR"), actor("SYR"), date="2022-11-19",
                                    location=kobani)],
               gold[1].text: [event("036", actor("GRC"), actor("ALB"), date="2022-11-28",
                                    location=Place(name="Athens", country="USA"))]}
    report = evaluate(gold, fake_coder(outputs))
    assert report.event.micro_r == 1.0
    assert (report.date_accuracy, report.date_n) == (0.5, 2)
    assert (report.location_accuracy, report.location_n) == (0.5, 2)  # Athens, but in the wrong country


ARTICLE = ("Kenya and Somalia agreed on Monday to reopen their border.\n\n"
           "Somali officials said the two sides would meet again in Nairobi next month.\n\n"
           "Kenyan police denied that officers had beaten traders at the crossing.")


def test_modality_accuracy_and_asserted_only(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "articles.jsonl", [
        {"id": "a1", "text": ARTICLE, "published": "2023-05-10", "expected": [
            {"cameo": "057", "source_country": "KEN", "target_country": "SOM", "modality": "asserted"},
            {"cameo": "036", "source_country": "SOM", "target_country": "KEN", "modality": "future"},
            {"cameo": "180", "source_country": "KEN", "target_country": "KEN", "modality": "alleged"},
        ]},
        {"id": "a2", "text": "Chile will open an embassy in Hanoi next year.", "published": "2023-05-10",
         "expected": [{"cameo": "064", "source_country": "CHL", "target_country": "VNM", "modality": "future"}]},
    ])
    gold = read_gold(path)
    assert [g.modality for g in gold[0].expected] == ["asserted", "future", "alleged"]
    kenya, somalia, chile, vietnam = actor("KEN"), actor("SOM"), actor("CHL"), actor("VNM")
    outputs = {ARTICLE: [event("057", kenya, somalia),
                         event("036", somalia, kenya, modality="asserted"),  # the plan coded as done
                         event("180", kenya, kenya, modality="alleged")],
               gold[1].text: [event("064", chile, vietnam, modality="future")]}
    everything = evaluate(gold, fake_coder(outputs))
    assert everything.plover.micro_p == 1.0 and everything.plover.micro_r == 1.0
    assert (everything.modality_accuracy, everything.modality_n) == (0.75, 4)
    assert "modality accuracy" in format_report(everything)
    happened = evaluate(gold, fake_coder(outputs), asserted_only=True)
    # gold keeps the agreement; output keeps the agreement and the wrongly asserted plan; a2 now expects nothing
    assert (happened.plover.n_expected, happened.plover.n_output) == (1, 2)
    assert happened.plover.micro_p == 0.5 and happened.plover.micro_r == 1.0
    assert happened.no_event_specificity == 1.0 and happened.n_no_event_records == 1


def test_unknown_modality_is_a_clear_gold_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [{"id": "x", "text": "Peru recalled its envoy.", "expected": [
        {"cameo": "161", "source_country": "PER", "target_country": "MEX", "modality": "rumoured"}]}])
    with pytest.raises(GoldFileError, match=r"bad\.jsonl:1: unknown modality 'rumoured'"):
        read_gold(path)


@pytest.mark.parametrize(
    ("code", "found", "expected"),
    [
        (None, None, True), ("USAGOV", None, False), ("USAGOV", actor("USA"), True),
        ("USA", actor("GBR"), False),
        ("JAPGOV", actor("JPN"), True), ("ITL", actor("ITA"), True), ("IGOUNO", actor(org="UN"), True),
        ("IGO", actor("FRA"), False), ("NGO", actor(), True), ("---GOV", actor(), True),
        ("---GOV", actor("IRQ"), False), ("PSE***", actor("PSE"), True),
    ],
)
def test_actor_matches(code: str | None, found: Actor | None, expected: bool) -> None:
    assert actor_matches(found, code) is expected


def test_split_is_a_stable_half(small_gold: Path) -> None:
    ids = [f"record-{n}" for n in range(400)]
    tune = [i for i in ids if split_of(i) == "tune"]
    assert {split_of(i) for i in ids} == {"tune", "heldout"}
    assert 160 < len(tune) < 240
    assert split_of("r1") == split_of("r1")
    gold = read_gold(small_gold)
    halves = [evaluate(gold, fake_coder(SMALL_OUTPUTS), split=s) for s in ("tune", "heldout")]
    assert [h.split for h in halves] == ["tune", "heldout"]
    assert halves[0].n_records + halves[1].n_records == 5
    assert halves[0].plover.n_expected + halves[1].plover.n_expected == 3
    with pytest.raises(ValueError, match="split must be one of all, tune, heldout, not 'test'"):
        evaluate(gold, fake_coder({}), split="test")


def test_suites_skips_and_duplicate_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "validation.jsonl", [
        {"id": "A-1", "text": "Ruritania recalled its envoy from Freedonia.", "date": "19950101",
         "suite": "one",
         "expected": [{"source": "RUR", "target": "FRE", "code": "161"}]},
        {"id": "A-1", "text": "Ruritania praised Freedonia.", "date": "19950101", "suite": "one",
         "expected": [{"source": "RUR", "target": "FRE", "code": "051"}]},
        {"id": "A-2", "text": "", "date": "19950101", "suite": "one", "expected": []},
        {"id": "A-3", "text": "A configuration record.", "suite": "one", "evaluate": False, "expected": []},
        {"id": "B-1", "text": "Freedonia threatened Ruritania.", "date": "950101", "suite": "two",
         "expected": [{"source": "FRE", "target": "RUR", "code": "138"}]},
    ])
    one = read_gold(path, suite="one")
    assert [r.record_id for r in one] == ["A-1", "A-1#2"]
    assert one[0].expected[0].plover == "SANCTION"
    two = read_gold(path, suite="two")
    assert two[0].published is None  # a six-digit date is not a date
    assert len(read_gold(path)) == 3
    with pytest.raises(GoldFileError, match=r"no records of suite 'three' \(suites in the file: one, two\)"):
        read_gold(path, suite="three")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x", "text": "Talks began."\n', r"bad\.jsonl:1: not valid JSON"),
        ('["a list"]\n', r"bad\.jsonl:1: each line must be a JSON object"),
        ('{"id": "x"}\n', r"bad\.jsonl:1: record has no 'text' string"),
        ('\n{"id": "x", "text": "Talks began.", "expected": {"code": "040"}}\n',
         r"bad\.jsonl:2: 'expected' is not"),
        ('{"id": "x", "text": "Talks began.", "expected": [{"source": "USA"}]}\n',
         r"bad\.jsonl:1: an expected"),
        ("\n\n", r"bad\.jsonl: no gold records"),
    ],
)
def test_bad_gold_files_give_one_clear_message(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=message):
        read_gold(path)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"missing\.jsonl: no such file"):
        read_gold(tmp_path / "missing.jsonl")


def test_a_failing_coder_is_reported_not_raised(small_gold: Path) -> None:
    def flaky(text: str, published: str | None, record_id: str) -> list[Event]:
        if record_id == "r2":
            raise RuntimeError("parser gave up")
        return list(SMALL_OUTPUTS.get(text, []))

    report = evaluate(read_gold(small_gold), flaky)
    assert report.errors == (("r2", "RuntimeError: parser gave up"),)
    assert report.plover.n_recalled == 1  # r2's ASSAULT is now missed
    missed = {m.record_id: m for m in report.missed}
    assert "coder error: RuntimeError: parser gave up" in missed["r2"].problems
    assert "coder errors: 1 (first: r2: RuntimeError: parser gave up)" in format_report(report)


def test_coder_gets_text_iso_date_and_id(small_gold: Path) -> None:
    calls: list[tuple[str, str | None, str]] = []

    def recording(text: str, published: str | None, record_id: str) -> list[Event]:
        calls.append((text, published, record_id))
        return []

    evaluate(read_gold(small_gold), recording)
    assert calls[0] == (MEET, "2021-01-04", "r1") and len(calls) == 5


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize(
    ("name", "suite", "n_records"),
    [("plover_gsr_cameo.jsonl", None, 322), ("petrarch_validation.jsonl", "udpetrarch-petr2-gsr", 77),
     ("cameo_examples.jsonl", None, 307)],
)
def test_shared_gold_files_read(name: str, suite: str | None, n_records: int) -> None:
    gold = read_gold(SHARED / "eval" / name, suite=suite)
    assert len(gold) == n_records
    assert len({r.record_id for r in gold}) == n_records
    report = evaluate(gold, fake_coder({}))
    assert report.plover.n_expected == sum(len(r.expected) for r in gold)
    assert report.plover.micro_r == 0.0


def test_type_and_dyad_one_to_one_counts_a_repeated_act_once(tmp_path: Path) -> None:
    text = ("Ethiopian and Eritrean envoys met in Asmara on Monday; the two envoys met again on Tuesday. "
            "Ethiopian jets struck a depot in Tigray.")
    path = write_jsonl(tmp_path / "article.jsonl", [
        {"id": "a1", "text": text, "published": "2021-03-02",
         "expected": [{"cameo": "040", "source_country": "ETH", "target_country": "ERI"},
                      {"cameo": "040", "source_country": "ETH", "target_country": "ERI"},
                      {"cameo": "195", "source_country": "ETH", "target_country": "ETH"}]},
    ])
    gold = read_gold(path)
    # one meeting coded both ways round, the strike coded three times, nothing for the second meeting
    outputs = {text: [event("040", actor("ETH"), actor("ERI")), event("040", actor("ERI"), actor("ETH")),
                      event("195", actor("ETH"), actor("ETH")), event("195", actor("ETH"), actor("ETH")),
                      event("195", actor("ETH"), actor("ETH"))]}
    report = evaluate(gold, fake_coder(outputs))
    assert (report.event.micro_p, report.event.micro_r) == (1.0, 1.0)  # any-match: copies look right
    # one to one: the reversed meeting proves the second gold meeting (symmetric type), the strike once
    assert (report.paired.n_correct, report.paired.n_output) == (3, 5)
    assert (report.paired.n_recalled, report.paired.n_expected) == (3, 3)
    assert "type + dyad 1:1 micro" in format_report(report)
    assert report.to_dict()["paired"]["micro"]["precision"] == 0.6
