"""Material acts the coder used to drop (issue 4): armed men storming any building or named place, forces
destroying a fighting group's camp (also when the parser splits "a Boko Haram camp" into a clause), forces
seizing an oilfield, and communal violence (a band of herdsmen or militants killing many villagers), whose
victims are the place's civilians. Each class has sentences written here where the event must be coded and
near misses (a non-violent sense of the same verb) where nothing may be. These run the shipped patterns through
the public ``code_article``, so they measure the patterns and the coder together."""

from __future__ import annotations

import pytest

from dyadwatch.pipeline import code_article

PUBLISHED = "2024-03-05"


def _coded(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of one sentence."""
    article = code_article(sentence, published=PUBLISHED)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in article.events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # storming by armed men: an assault on the place's state (a domestic operation too), not a riot
        ("Pakistani commandos stormed a seminary in Lahore on Tuesday.", ("190", "PAKMIL", "PAK")),
        ("Al Shabaab gunmen stormed a hotel in Mogadishu on Sunday.", ("190", "SOMREB", "SOM")),
        ("Taliban fighters stormed the Intercontinental Hotel in Kabul.", ("190", "AFGREB", "AFG")),
        ("Malian soldiers stormed a mosque in Timbuktu where militants were hiding.", ("190", "MLIMIL", None)),
        # destroying a fighting group's camp, also when the parser reads "a Boko Haram | camp" as a clause
        ("Afghan troops destroyed a Taliban training camp north of Kandahar.", ("190", "AFGMIL", None)),
        ("Nigerian troops destroyed a Boko Haram camp some 40 km north of Maiduguri on Monday.",
         ("190", "NGAMIL", "NGAREB")),
        ("Kenyan soldiers destroyed an al Shabaab camp some 20 km west of Kismayo on Friday.",
         ("190", "KENMIL", "SOMREB")),
        ("Colombian soldiers destroyed a rebel hideout near the Venezuelan border.", ("190", "COLMIL", None)),
        # seizing an oilfield is taking territory
        ("Iraqi troops seized the Rumaila oilfield west of Basra on Monday.", ("192", "IRQMIL", "IRQ")),
        ("Libyan forces seized the Sharara oilfield in the south of the country.", ("192", "LBYMIL", None)),
        # communal violence: a band killing many; victims coded like their attackers become civilians
        ("Herdsmen killed 40 farmers in Benue state.", ("190", "NGAAGR", "NGACVL")),
        ("Cattle herders killed eleven farmers in Adamawa state on Sunday.", ("190", "NGAAGR", "NGACVL")),
        ("Islamist militants killed 20 villagers in Borno state.", ("190", "NGAREB", "NGACVL")),
        ("Gunmen killed dozens of villagers in Kaduna state on Saturday.", ("202", "NGAREB", "NGACVL")),
        # abductions by unnamed gunmen
        ("Gunmen abducted 300 students in Zamfara state.", ("181", "NGAREB", "NGAEDU")),
        ("Bandits abducted dozens of schoolchildren in Katsina state.", ("181", None, "NGAEDU")),
    ],
)
def test_material_act_is_coded(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    code, source, target = expected
    events = _coded(sentence)
    assert any(
        e[0] == code and (source is None or e[1] == source) and (target is None or e[2] == target) for e in events
    ), f"{sentence!r}: expected {expected}, got {events}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans stormed the pitch after the final whistle in Madrid.",
        "Storm clouds gathered over Brussels as ministers met.",
        "The French minister stormed out of the meeting in Paris.",
        "The Spanish team stormed to victory in Berlin.",
        "The scandal destroyed the senator's chances of re-election in Ohio.",
        "The Brazilian striker seized the moment in the final in Lisbon.",
        "A farmer killed his neighbour in Benue state.",
    ],
)
def test_near_miss_codes_nothing(sentence: str) -> None:
    assert _coded(sentence) == []


def test_crowd_storming_stays_a_riot() -> None:
    """Protesters storming parliament are a violent protest (145); only armed men storming is force."""
    assert [e[0] for e in _coded("Protesters stormed the parliament building in Belgrade.")] == ["145"]


def test_killing_a_bill_is_no_violence() -> None:
    """"killed the bill" is a rejection (129), never an assault."""
    codes = [code for code, _, _ in _coded("Nigerian senators killed the bill in Abuja.")]
    assert all(not code.startswith(("18", "19", "20")) for code in codes)
