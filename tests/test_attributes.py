"""Event attributes: casualties, crowd size, money, equipment and arms deals, on sentences written here.

Most tests build a CodedEvent by hand around a parsed sentence, so they measure this module and not the coder;
two run the whole pipeline (a sentence of the seed's shape, and the seed itself when ../shared is present).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dyadwatch import code_article
from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.attributes import extract_attributes, load_equipment, parse_money
from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.ontology import cameo
from dyadwatch.events.patterns import Pattern
from dyadwatch.language import ParsedParagraph, parse_text
from dyadwatch.model import Actor

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "iran-russia-defense-ties.txt"
PATTERN = Pattern(
    code="000", trigger="test", noun=False, required=(), target_preps=frozenset(), excluded=frozenset(),
    origin="test", text="test pattern",
)  # fmt: skip


def state(iso3: str) -> Actor:
    return Actor(text=iso3, name=iso3, country=iso3, code=iso3, kind="state")


def attributes_of(sentence: str, code: str, source: Actor | None = None, target: Actor | None = None) -> dict[str, Any]:
    doc = parse_text(sentence)
    actors = find_mentions([ParsedParagraph(index=0, offset=0, doc=doc)])
    sent = next(iter(doc.sents))
    coded = CodedEvent(
        code=cameo(code), source=source, target=target, paragraph=0, sentence=sent, trigger=sent.root,
        pattern=PATTERN, modality="asserted", negated=False,
    )  # fmt: skip
    return extract_attributes(coded, actors)


# (CAMEO code, sentence, expected): expected lists every field that must be found; any other field of
# dead/injured/arrested/crowd/money/equipment found counts as a false positive.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("190", "A roadside bomb exploded near a busy bus station, killing at least 14 people and wounding 37 others.",
     {"dead": 14, "injured": 37}),
    ("190", "Six soldiers were wounded and three were killed when rebels ambushed their convoy.",
     {"dead": 3, "injured": 6}),
    ("173", "Riot police detained 52 protesters outside the parliament building on Friday.", {"arrested": 52}),
    ("190", "The death toll from the weekend shelling rose to 41, the health ministry said.", {"dead": 41}),
    ("190", "The explosion left 9 dead and 23 injured.", {"dead": 9, "injured": 23}),
    ("190", "Dozens of villagers were killed in the overnight raid.", {"dead": 24}),
    ("190", "Gunmen killed 11 soldiers and 4 civilians in an attack on a checkpoint.", {"dead": 15}),
    ("173", "Security forces arrested more than 200 people during the night.", {"arrested": 200}),
    ("190", "Twelve people died after militants stormed the hotel.", {"dead": 12}),
    ("190", "An air strike on the market killed 7 and injured 19, medics said.", {"dead": 7, "injured": 19}),
    ("173", "Authorities said 35 suspects had been detained in connection with the bombing.", {"arrested": 35}),
    ("190", "Two police officers were shot dead at a checkpoint in the north.", {"dead": 2}),
    ("190", "Officials put the number of deaths at 27.", {}),
    ("190", "The attack caused at least 18 deaths and dozens of injuries.", {"dead": 18, "injured": 24}),
    ("173", "Soldiers captured 8 fighters after a gun battle near the border.", {"arrested": 8}),
    ("190", "Rebels captured 3 villages in the eastern province.", {}),
    ("190", "Five people are dead after a drone struck a wedding party.", {"dead": 5}),
    ("190", "Twenty-one civilians were injured in the mortar attack.", {"injured": 21}),
    ("190", "The clashes killed a dozen fighters, a monitoring group said.", {"dead": 12}),
    ("173", "Police rounded up 60 migrants in a dawn operation.", {"arrested": 60}),
    ("141", "Thousands of demonstrators rallied in the capital against the new tax law.",
     {"crowd_size": 2000}),
    ("141", "Tens of thousands of protesters marched through the city centre on Saturday.",
     {"crowd_size": 20000}),
    ("141", "About 5,000 people protested outside the embassy.", {"crowd_size": 5000}),
    ("141", "Hundreds of students staged a sit-in at the university.", {"crowd_size": 200}),
    ("141", "Police detained 40 protesters as hundreds of demonstrators gathered in the square.",
     {"arrested": 40, "crowd_size": 200}),
    ("141", "Opposition supporters protested in three cities on Sunday.", {}),
    ("070", "The European Union pledged 2 billion euros in humanitarian aid to the region.",
     {"money": (2_000_000_000, "EUR")}),
    ("070", "Washington announced $50 million in emergency assistance for flood victims.",
     {"money": (50_000_000, "USD")}),
    ("163", "The sanctions freeze assets worth £120 million held by the bank.", {"money": (120_000_000, "GBP")}),
    ("070", "Japan will provide 3.5 billion yen in grants for reconstruction.", {"money": (3_500_000_000, "JPY")}),
    ("057", "The two governments signed a trade deal worth $1.2bn on Tuesday.", {"money": (1_200_000_000, "USD")}),
    ("040", "The ministers met for three hours and agreed to meet again in 2025.", {}),
    ("040", "Twelve ministers attended the talks in Geneva.", {}),
    ("062", "Russia will deliver 24 Su-35 fighter jets and two S-400 systems to Iran under a $2 billion deal.",
     {"equipment": ["Su-35 fighter jets", "S-400 systems"], "money": (2_000_000_000, "USD")}),
    ("057", "India signed a contract for the purchase of 36 Rafale jets from France worth 7.8 billion euros.",
     {"equipment": ["Rafale jets"], "money": (7_800_000_000, "EUR")}),
    ("0312", "Ankara said it would buy more Bayraktar drones and self-propelled howitzers.",
     {"equipment": ["Bayraktar drones", "self-propelled howitzers"]}),
    ("062", "Germany agreed to supply 14 Leopard tanks and ammunition to Ukraine.",
     {"equipment": ["Leopard tanks", "ammunition"]}),
    ("072", "Washington sent Patriot air defense systems and HIMARS launchers to Kyiv.",
     {"equipment": ["Patriot air defense systems", "HIMARS launchers"]}),
    ("057", "The navies signed an agreement on the joint construction of four frigates.", {"equipment": ["frigates"]}),
    ("040", "The generals discussed the purchase of combat helicopters and attack drones.",
     {"equipment": ["combat helicopters", "attack drones"]}),
    ("057", "The two countries signed an agreement on cultural exchanges and tourism.", {}),
    ("190", "Enemy tanks shelled the town, killing 6 civilians.", {"dead": 6}),
    ("062", "Moscow is ready to sell its most advanced missile systems to friendly states.",
     {"equipment": ["missile systems"]}),
    ("043", "Officials said the patriot movement would hold a rally.", {}),
]


def _observed(found: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: found[k] for k in ("dead", "injured", "arrested") if k in found}
    if "crowd_size" in found:
        out["crowd_size"] = found["crowd_size"]["count"]
    if "money" in found:
        out["money"] = (found["money"]["amount"], found["money"]["currency"])
    if "equipment" in found:
        out["equipment"] = [item["item"] for item in found["equipment"]]
    return out


FIELDS = ("dead", "injured", "arrested", "crowd_size", "money", "equipment")


def score() -> dict[str, tuple[float, float, int]]:
    """Precision, recall and support of each field over CASES (exact values)."""
    counts = {f: [0, 0, 0] for f in FIELDS}  # true positives, found, expected
    for code, sentence, expected in CASES:
        got = _observed(attributes_of(sentence, code))
        for name in FIELDS:
            if name in got:
                counts[name][1] += 1
            if name in expected:
                counts[name][2] += 1
                if got.get(name) == expected[name]:
                    counts[name][0] += 1
    return {
        name: (tp / found if found else 1.0, tp / wanted if wanted else 1.0, wanted)
        for name, (tp, found, wanted) in counts.items()
    }


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_precision_and_recall_per_field() -> None:
    results = score()
    for name, (precision, recall, support) in results.items():
        assert support >= 3, name
        assert precision >= 0.85 and recall >= 0.8, (name, precision, recall, results)


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [
        ("A suicide bomber blew himself up at a checkpoint, killing at least 12 people.", "190", {"dead": 12}),
        ("Five soldiers were wounded in the clash.", "190", {"injured": 5}),
        ("Police detained 40 protesters near the ministry.", "173", {"arrested": 40}),
    ],
)
def test_the_brief_examples(sentence: str, code: str, expected: dict[str, int]) -> None:
    found = attributes_of(sentence, code)
    assert {k: found.get(k) for k in expected} == expected, found


def test_vague_crowd_is_a_lower_bound_marked_approximate() -> None:
    found = attributes_of("Thousands of protesters marched on the presidential palace.", "141")
    assert found["crowd_size"] == {"count": 2000, "approximate": True}


def test_vague_casualties_are_listed_as_approximate() -> None:
    found = attributes_of("Dozens of people were killed in the floods and the shelling.", "190")
    assert found["dead"] == 24 and found["approximate"] == ["dead"]


def test_crowd_size_only_for_protests() -> None:
    assert "crowd_size" not in attributes_of("Thousands of protesters marched on the palace.", "040")


def test_a_sentence_without_details_gives_an_empty_dict() -> None:
    assert attributes_of("The foreign ministers held talks in Vienna on Monday.", "040") == {}


def test_equipment_only_for_cooperation_not_for_attacks() -> None:
    assert "equipment" not in attributes_of("Fighter jets bombed the village at dawn.", "195")


def test_equipment_records_category_and_quantity() -> None:
    found = attributes_of("Cairo ordered 12 attack helicopters and 30 armoured vehicles from Washington.", "0312")
    assert found["equipment"] == [
        {"item": "attack helicopters", "category": "helicopter", "quantity": 12},
        {"item": "armoured vehicles", "category": "armour", "quantity": 30},
    ]


def test_seller_and_buyer_follow_the_verb() -> None:
    sold = attributes_of("France sold 24 Rafale jets to Egypt.", "062", state("FRA"), state("EGY"))
    assert (sold["arms_deal"]["seller"], sold["arms_deal"]["buyer"]) == ("FRA", "EGY")
    bought = attributes_of("Egypt bought 24 Rafale jets from France.", "062", state("EGY"), state("FRA"))
    assert (bought["arms_deal"]["seller"], bought["arms_deal"]["buyer"]) == ("FRA", "EGY")


def test_contract_for_the_purchase_of_is_a_purchase_by_the_source() -> None:
    found = attributes_of(
        "The Egyptian defence minister said he discussed a contract for the purchase of fighter jets, "
        "attack helicopters and trainer aircraft during his visit to Paris.",
        "040",
        source=Actor(text="defence minister", country="EGY", sector="MIL", code="EGYMIL", kind="person"),
    )
    deal = found["arms_deal"]
    assert deal["items"] == ["fighter jets", "attack helicopters", "trainer aircraft"]
    assert deal["buyer"] == "EGYMIL" and deal["seller"] == "FRA"  # the other country named: "in Paris"


def test_deal_value_comes_from_the_money_named() -> None:
    found = attributes_of("Qatar signed a $6 billion deal to buy 24 Typhoon jets from Britain.", "057",
                          state("QAT"), state("GBR"))  # fmt: skip
    assert found["arms_deal"]["value"] == {"amount": 6_000_000_000, "currency": "USD"}
    assert found["arms_deal"]["buyer"] == "QAT" and found["arms_deal"]["seller"] == "GBR"


def test_no_deal_without_a_deal_word() -> None:
    found = attributes_of("The two air forces trained together with fighter jets over the desert.", "062")
    assert "equipment" in found and "arms_deal" not in found


def test_money_parser_units_and_currencies() -> None:
    amounts = [(m["amount"], m["currency"]) for m in parse_money("a $3.5bn loan, 400 million euros and US$ 20m")]
    assert amounts == [(3_500_000_000, "USD"), (400_000_000, "EUR"), (20_000_000, "USD")]
    assert parse_money("he paid a dollar") == []


def test_equipment_vocabulary_is_well_formed() -> None:
    terms = load_equipment()
    assert len(terms) >= 100
    assert {"fighter jet", "combat helicopter", "s-400", "howitzer", "drone", "tank"} <= set(terms)


def test_pipeline_attaches_an_arms_deal_to_the_event_of_the_sentence() -> None:
    article = code_article(
        "Egyptian Defence Minister Mohamed Zaki held talks in Paris on Tuesday on a contract for the purchase "
        "of fighter jets, combat helicopters and training jets.",
        published="2024-03-05",
    )
    deals = [e.attributes["arms_deal"] for e in article.events if "arms_deal" in e.attributes]
    assert deals, [e.to_dict() for e in article.events]
    assert deals[0]["items"] == ["fighter jets", "combat helicopters", "training jets"]
    assert deals[0]["buyer"] and deals[0]["buyer"].startswith("EGY")
    assert all(isinstance(e.attributes, dict) for e in article.events)


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_contract_becomes_an_arms_deal_record() -> None:
    article = code_article(SEED.read_text(encoding="utf-8"), published="2021-10-20")
    deals = [e.attributes["arms_deal"] for e in article.events if "arms_deal" in e.attributes]
    assert deals, [e.to_dict() for e in article.events]
    deal = deals[0]
    assert deal["items"] == ["fighter jets", "combat helicopters", "training jets"]
    assert deal["buyer"].startswith("IRN") and deal["seller"] and deal["seller"].startswith("RUS")
