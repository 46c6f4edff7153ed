"""Actor sectors, round 7 (H110): well-known companies are their home state's business (BUS), and a firm's name
on a product ("a Boeing 737", "Google Maps") is no actor; a named body's sector comes from its field words, not
from "council" or "association" alone; a sub-national office title names its place's state ("Kurgan regional
governor ..."). Every rule has a near miss. Sentences are written here, in news style."""

from __future__ import annotations

from mention_helpers import codes_in_last

from dyadwatch.actors.mentions import resolve_text


def _code(text: str) -> str | None:
    actor = resolve_text(text, "2024-03-05")
    return actor.code if actor is not None else None


def _codes(*paragraphs: str) -> dict[str, str | None]:
    return codes_in_last(*paragraphs, date="2024-03-05")


# ------------------------------------------------------------------ companies


def test_big_firms_are_their_home_states_business() -> None:
    assert _code("Google") == "USABUS"  # not Topeka's joke alias in the gazetteer (USACVL)
    assert _code("Samsung") == "KORBUS"
    assert _code("Lufthansa") == "DEUBUS"
    assert _code("Turkish Airlines") == "TURBUS"  # the airline, not Turkey
    assert _code("Bank of China") == "CHNBUS"  # a state-owned lender; the central bank stays GOV
    assert _code("the People's Bank of China") == "CHNGOV"


def test_firm_acting_in_a_sentence_is_business() -> None:
    codes = _codes("Samsung sued a Dutch chipmaker in a Seoul court on Monday over its patents.")
    assert codes.get("Samsung") == "KORBUS"


def test_a_firm_named_on_its_product_is_no_actor() -> None:
    codes = _codes("Russian troops used Google Maps to find the bridge, a Ukrainian officer said.")
    assert "Google Maps" not in codes and "Google" not in codes
    assert _code("a Boeing 737") is None
    assert _code("Airbus A320") is None


def test_a_firm_with_a_role_after_it_stays_the_firm() -> None:
    assert _code("Google CEO Sundar Pichai") == "USABUS"
    assert _code("Pfizer Inc") == "USABUS"


def test_a_bare_word_or_place_name_is_not_a_firm() -> None:
    assert _code("Santander") != "ESPBUS"  # a Spanish city; only "Banco Santander" is the bank
    assert _code("Oracle") != "USABUS"


# ------------------------------------------------------------------ named bodies: the field decides


def test_named_council_with_a_field_word_takes_the_field() -> None:
    assert _code("The Coastal Health Council of South Australia") == "AUSHLH"
    assert _code("the Business Council of Canada") == "CANBUS"
    assert _code("Queensland Council of Unions") == "AUSLAB"


def test_named_association_and_society_take_the_field() -> None:
    assert _code("the Kenya Medical Association") == "KENHLH"
    assert _code("the Law Society of Kenya") == "KENJUD"
    assert _code("the Ghana Bar Association") == "GHAJUD"


def test_state_councils_keep_their_sector() -> None:
    assert _code("the UN Security Council") == "IGO"
    assert _code("Moscow City Council") == "RUSLEG"
    assert _code("China's State Council") == "CHNGOV"  # the cabinet
    assert _code("Kano State council") == "NGALEG"  # a Nigerian state's council, not a cabinet


def test_named_body_without_a_field_word_keeps_the_head_reading() -> None:
    assert _code("the Legislative Council") == "LEG"
    assert _code("the National Rifle Association") is None


# ------------------------------------------------------------------ sub-national office titles


def test_regional_title_names_the_places_state() -> None:
    codes = _codes("Kurgan regional governor Vadim Shumkov said floods had forced 5,000 people from their homes.")
    assert codes.get("Vadim Shumkov") == "RUSGOV"
    codes = _codes("Sinaloa Governor Ruben Vargas said soldiers had arrested two gang leaders.")
    assert codes.get("Ruben Vargas") == "MEXGOV"
    assert _code("Ontario Premier Dana Ford") == "CANGOV"
    assert _code("Governor Jane Roe of Texas") == "USAGOV"


def test_title_without_a_clear_place_gets_no_state() -> None:
    assert _code("Chelsea manager Jose Almeida") is None  # a club, not a town
    assert _codes("Governor Pavel Orlov said the dam would hold.").get("Pavel Orlov") == "GOV"  # no place, no state


# ------------------------------------------------------------------ presiding officers of a legislature


def test_senate_president_is_a_legislator() -> None:
    codes = _codes("Nigerian Senate President Emeka Okafor signed the budget on Monday.")
    assert codes.get("Emeka Okafor") == "NGALEG"
    assert _code("the president of the Senate") == "LEG"


def test_president_of_the_state_stays_government() -> None:
    codes = _codes("Nigerian President Emeka Okafor signed the budget on Monday.")
    assert codes.get("Emeka Okafor") == "NGAGOV"


# ------------------------------------------------------------------ a body's title in front of a name


def test_association_president_in_front_of_a_name_heads_the_association() -> None:
    codes = _codes("Ohio State Teachers Association President Jo Lee told teachers that lawmakers must act.")
    assert codes.get("Jo Lee") == "USAEDU"


def test_state_office_in_front_of_a_name_stays_government() -> None:
    codes = _codes("Ohio Governor Jo Lee told teachers that lawmakers must act.")
    assert codes.get("Jo Lee") == "USAGOV"


# ------------------------------------------------------------------ firms do not set the story's state


def test_a_firm_does_not_make_later_critics_its_nationals() -> None:
    codes = _codes(
        "Samsung released a folding phone this year.",
        "Critics said the hinge broke too easily.",
    )
    assert codes.get("Critics") != "KOROPP"


def test_a_state_named_before_still_places_later_critics() -> None:
    codes = _codes(
        "South Korean regulators fined a phone maker on Monday.",
        "Critics said the fine was too small.",
    )
    assert codes.get("Critics") == "KOROPP"


# ------------------------------------------------------------------ business leaders, by date


def test_business_leaders_are_their_firms_business() -> None:
    assert resolve_text("Jeff Bezos", "2022-06-01").code == "USABUS"  # type: ignore[union-attr]
    assert resolve_text("Jack Ma", "2022-06-01").code == "CHNBUS"  # type: ignore[union-attr]


def test_a_business_leader_in_office_is_government_then() -> None:
    assert resolve_text("Elon Musk", "2025-03-01").code == "USAGOV"  # type: ignore[union-attr]
    assert resolve_text("Elon Musk", "2021-03-01").code == "USABUS"  # type: ignore[union-attr]


def test_a_person_named_like_a_firm_stays_a_person() -> None:
    assert _code("Nikola Tesla") != "USABUS"


def test_a_platform_or_shop_is_no_actor() -> None:
    codes = _codes("Viewers watched the new drama on Netflix, and many bought the box set at Walmart.")
    assert "Netflix" not in codes and "Walmart" not in codes
    assert _codes("Netflix said on Monday it would raise prices.").get("Netflix") == "USABUS"


def test_a_tycoon_does_not_place_the_others_in_his_story() -> None:
    codes = _codes(
        "Jack Ma spoke at a conference on Monday.",
        "Critics said the speech was too long.",
    )
    assert codes.get("Critics") != "CHNOPP"


def test_a_product_described_by_its_maker_is_no_officer() -> None:
    codes = _codes("Orbit, Samsung's new folding phone, goes on sale today.")
    assert codes.get("Orbit") != "KORBUS"
    codes = _codes("Ruth Berg, Samsung's chief financial officer, said sales would grow.")
    assert codes.get("Ruth Berg") == "KORBUS"  # a role of the firm: its officer, business not police
