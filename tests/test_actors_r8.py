"""Actor sectors, round 8 (H116): an office title held in a body of another sector takes that body's sector ("the
president of the union" is labour, not the state); sector rows written with a hyphen match the tokenizer's split
form ("non-governmental organisations", "ex-president"); offices and occupations that had no row (company
officers, "secretary general", entertainers and athletes). Every rule has a near miss. Sentences are written
here, in news style."""

from __future__ import annotations

from mention_helpers import codes_in_last

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.mentions import resolve_text


def _sector(text: str) -> str | None:
    actor = resolve_text(text, "2024-03-05")
    return actor.sector if actor is not None else None


def _codes(*paragraphs: str) -> dict[str, str | None]:
    return codes_in_last(*paragraphs, date="2024-03-05")


# ------------------------------------------------------------------ an office in a body of another sector


def test_title_of_a_body_takes_the_bodys_sector() -> None:
    assert _sector("the president of the union") == "LAB"
    assert _sector("a spokesman for the hospital") == "HLH"
    assert _sector("the secretary general of the party") == "PTY"
    assert _sector("president of the chamber of commerce") == "BUS"  # the body's "of" phrase says its field


def test_possessor_or_noun_in_front_names_the_body() -> None:
    assert _sector("the university's president") == "EDU"
    assert _sector("the firm's chief financial officer") == "BUS"  # not a police officer
    assert _sector("a union general secretary") == "LAB"


def test_title_of_a_state_body_stays_the_states() -> None:
    assert _sector("a spokeswoman for the health ministry") == "GOV"  # the ministry is the government
    assert _sector("the president of the country") == "GOV"
    assert _sector("the nation's president") == "GOV"
    assert _sector("a police officer") == "COP"
    assert _sector("a spokesman for the army") == "MIL"


def test_person_with_a_body_title_takes_the_bodys_sector() -> None:
    codes = _codes("Jo Bloggs, the general secretary of the dockworkers' union, called the strike on Monday.")
    assert codes.get("Jo Bloggs") == "LAB"
    assert resolve_text("Ana Ruiz, a spokeswoman for the hospital", "2024-03-05").sector == "HLH"
    assert resolve_text("Ana Ruiz, a spokeswoman for the ministry", "2024-03-05").sector == "GOV"


# ------------------------------------------------------------------ hyphenated rows


def test_hyphenated_rows_match_the_split_tokens() -> None:
    assert _sector("non-governmental organisations") == "NGO"
    assert _sector("the ex-president") == "ELI"
    assert _sector("the state-run news agency") == "GOV"
    assert _sector("the editor-in-chief") == "MED"
    assert _sector("neo-nazis") == "RAD"


def test_hyphen_rows_near_misses() -> None:
    assert _sector("the president") == "GOV"  # no "ex-" in front: still in office
    assert _sector("the news agency") == "MED"  # not marked as the state's


def test_spaced_form_of_a_hyphen_row_is_loaded() -> None:
    sectors = load_knowledge().sectors
    assert sectors["non governmental organisation"] == sectors["non-governmental organisation"] == "NGO"


# ------------------------------------------------------------------ offices and occupations


def test_company_officers_and_secretaries_general() -> None:
    assert _sector("the chief operating officer") == "BUS"
    assert _sector("board members") == "BUS"
    assert _sector("the secretary general") == "GOV"


def test_people_described_by_what_they_do() -> None:
    assert _sector("footballers") == "CVL"
    assert _sector("a novelist") == "CVL"
    assert _sector("the actress") == "CVL"
    assert _sector("a celebrity") == "ELI"  # stars keep their elite row


def test_ordinary_words_stay_unread() -> None:
    assert _sector("a key player") is None  # no "player" row: a diplomatic "player" is no athlete
    assert _sector("the coach") is None  # a bus coach as often as a trainer


def test_occupation_in_a_sentence() -> None:
    codes = _codes("Kenyan athletes protested outside the federation's offices in Nairobi on Tuesday.")
    assert codes.get("Kenyan athletes") == "KENCVL"


# ------------------------------------------------------------------ a mistyped role noun, a stance place


def test_short_text_with_one_slip_in_a_long_role_noun() -> None:
    assert _sector("millitants") == "REB"
    assert _sector("white supremicists") == load_knowledge().sector_of("white supremacists")
    assert _sector("jounalists") == "MED"


def test_short_words_and_right_words_are_not_corrected() -> None:
    assert _sector("readers") is None  # one slip from "leaders", but a word of its own
    assert load_knowledge().misspelled_sector("journalists") is None  # spelled right: nothing to correct


def test_stance_place_gives_no_country() -> None:
    assert resolve_text("a prominent anti-Syria journalist", "2024-03-05").country is None
    assert resolve_text("a pro-Kenya lawyer", "2024-03-05").country is None


def test_place_in_front_still_gives_its_country() -> None:
    assert resolve_text("a Syria journalist", "2024-03-05").country == "SYR"


# ------------------------------------------------------------------ new rows in sentences


def test_attacked_cargo_ship_is_business() -> None:
    codes = _codes("Yemeni gunmen fired missiles at a Greek cargo ship in the Red Sea on Sunday.")
    assert codes.get("a Greek cargo ship") == "GRCBUS"


def test_epithet_for_a_named_person_is_no_row() -> None:
    assert _sector("a felon") is None  # "charged as a felon with a gun" describes the accused
    assert _sector("drug peddlers") == "CRM"


# ------------------------------------------------------------------ a state named only as the side opposed


def test_state_named_as_opposed_lends_a_titled_person_no_country() -> None:
    codes = codes_in_last(
        "Bishop Samuel Okafor on Monday demanded an arms embargo against Nigeria over the hangings.",
        date="1995-11-12",
    )
    assert codes.get("Bishop Samuel Okafor") == "REL"  # speaks about Nigeria, not for it


def test_state_addressed_still_lends_its_country() -> None:
    codes = codes_in_last("Bishop Samuel Okafor on Monday urged Nigeria to free the jailed activists.",
                          date="1995-11-12")
    assert codes.get("Bishop Samuel Okafor") == "NGAREL"
    codes = codes_in_last("Police cracked down against Nigerian protesters in Lagos on Sunday.", date="1995-11-12")
    assert codes.get("Police") == "NGACOP"  # not a person: a crackdown at home stays the state's


# ------------------------------------------------------------------ a mission's staff


def test_staff_of_an_embassy_are_the_sending_states_government() -> None:
    assert resolve_text("20 employees of the Czech embassy in Moscow", "2021-04-18").code == "CZEGOV"
    assert resolve_text("diplomats at the US embassy in Kyiv", "2024-03-05").code == "USAGOV"  # not Ukraine's
    assert _sector("the embassy's staff") == "GOV"


def test_staff_of_other_bodies_keep_their_sector() -> None:
    assert _sector("employees of the bank") == "LAB"
    hospital_staff = resolve_text("staff of the Kenyan hospital", "2024-03-05")
    assert hospital_staff.country == "KEN" and hospital_staff.sector != "GOV"  # a hospital is no mission


# ------------------------------------------------------------------ craft and departments


def test_craft_take_the_force_or_firm_naming_them() -> None:
    assert resolve_text("a Chinese coast guard vessel", "2024-03-05").code == "CHNMIL"
    assert resolve_text("Iranian navy ships", "2024-03-05").code == "IRNMIL"
    assert _sector("police boats") == "COP"


def test_craft_named_by_nobody_are_no_actors() -> None:
    assert resolve_text("a ship", "2024-03-05") is None
    assert resolve_text("Greek ships", "2024-03-05").sector is None  # the state, as a thing naming it
    assert resolve_text("a Boeing 737", "2024-03-05") is None  # a product stays no actor


def test_a_states_department_is_its_government() -> None:
    assert resolve_text("Chile's Labor Department", "2024-03-05").code == "CHLGOV"
    assert _sector("the police department") == "COP"  # its own row
    assert _sector("presidential hopefuls") == "PTY"


def test_officials_named_as_opposed_still_lend_their_country() -> None:
    codes = codes_in_last("Judge Ana Ruiz opened fraud investigations against 12 Chilean government officials.",
                          date="2024-03-05")
    assert codes.get("Ana Ruiz") == "CHLJUD"  # a domestic case: the judge is Chilean
