"""Actor rules from the third audit of real news pages (issue 3, H58): family names that look like words or
peoples, family-name-first bare mentions, US-style abbreviated titles, curly apostrophes in listed names, one
national named by a demonym, home offices taking the story's country, names the tagger missed that carry an
organisation's post, and names of buildings that are no people. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

mentions_of = partial(mention_helpers.mentions_of, date="2019-11-20")
coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


# ------------------------------------------------------- name parts that read as pronouns, words or peoples


@pytest.mark.parametrize(
    ("paragraphs", "name", "code"),
    [
        (("Liu He said the tariff talks in Washington had been constructive.",), "Liu He", "CHNGOV"),
        (("Exporters pinned their hopes on a call between the envoy and Liu He.",), "Liu He", "CHNGOV"),
        (("Wang Yi told the forum in Jakarta that Beijing wanted calm seas.",), "Wang Yi", "CHNGOV"),
        (("Li Keqiang opened the trade fair in Shanghai. Li said exports would grow.",), "Li", "CHNGOV"),
        (("Chinese Vice Premier Liu He landed in Washington on Thursday.",
          "Liu said both teams had narrowed their differences."), "Liu", "CHNGOV"),
        (("South Korean President Moon Jae-in flew to Pyongyang.",
          "Moon said the visit would open a new era."), "Moon", "KORGOV"),
    ],
)
def test_family_names_that_look_like_words(paragraphs: tuple[str, ...], name: str, code: str) -> None:
    assert coded(*paragraphs).get(name) == code


def test_family_name_read_as_a_people_stays_in_the_name() -> None:
    found = coded("Han Zheng met the visiting delegation in Beijing on Monday.")
    assert "Han Zheng" in found


def test_near_miss_a_people_before_a_noun_is_no_name() -> None:
    found = mentions_of("Han Chinese traders crowded the market in Kashgar.")
    assert not any(m.actor.kind == "person" for m in found.in_paragraph(0))


def test_near_miss_pronoun_he_stays_a_pronoun_after_liu_he() -> None:
    found = coded("Liu He met the delegation.", "He said the talks would resume in May.")
    assert found == {}


def test_near_miss_family_name_first_only_for_states_that_write_it() -> None:
    # "Angela Merkel ... Angela" is no reading: Germany writes the given name first
    found = coded("German Chancellor Angela Merkel arrived in Paris.", "Angela said the summit was useful.")
    assert found.get("Angela") != "DEUGOV"


# ------------------------------------------------------------------------ abbreviated US titles before a name


@pytest.mark.parametrize(
    ("paragraphs", "name", "code"),
    [
        (("A Buffalo man admitted threatening Rep. Dana Whitfield in voicemails.",), "Dana Whitfield", "USALEG"),
        (("Sen. Marcus Bell blocked the nomination on Tuesday.",), "Marcus Bell", "USALEG"),
        (("Gov. Linda Ortez declared an emergency after the floods.",), "Linda Ortez", "USAGOV"),
        (("Rep. Dana Whitfield criticised the bill.", "Rep. Whitfield said she would vote no."),
         "Whitfield", "USALEG"),
        (("Philippine police raided the offices of the newspaper in Manila.",
          "Sen. Ramon Dizon called the raid an attack on the press."), "Ramon Dizon", "PHLLEG"),
    ],
)
def test_abbreviated_titles_name_the_office_and_its_country(
    paragraphs: tuple[str, ...], name: str, code: str
) -> None:
    assert coded(*paragraphs).get(name) == code


def test_near_miss_a_name_without_such_a_title_gets_no_country() -> None:
    found = coded("Dana Whitfield criticised the bill on Tuesday.")
    assert found.get("Dana Whitfield") in {None, "CVL"}


# ------------------------------------------------------------------------ curly apostrophes in listed names


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Protesters marched in Hong Kong. The People\u2019s Liberation Army garrison stayed in barracks.",
         "People\u2019s Liberation Army", "CHNMIL"),
        ("The People\u2019s Liberation Army could be sent onto the city\u2019s streets, Liu said.",
         "People\u2019s Liberation Army", "CHNMIL"),
        ("Peoples Liberation Army troops cleared barricades near the campus.", "Peoples Liberation Army",
         "CHNMIL"),
        ("The Kurdistan Workers\u2019 Party attacked an outpost near the border.", "Kurdistan Workers\u2019 Party",
         "TURREB"),
    ],
)
def test_named_state_forces_keep_their_state(text: str, name: str, code: str) -> None:
    found = mentions_of(text)
    codes = {m.actor.text: m.actor.code for para in found.by_paragraph.values() for m in para}
    assert codes.get(name) == code


def test_near_miss_an_unnamed_army_in_a_hong_kong_story_is_not_the_pla() -> None:
    found = coded("Protesters marched in Hong Kong on Sunday.", "Police fired tear gas at the crowd.")
    assert found.get("Police") == "HKGCOP"


# --------------------------------------------------------------------------- one national named by a demonym


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The 52-year-old Australian was deported in March.", "Australian", "AUSCVL"),
        ("An American was among the hostages freed on Friday.", "American", "USACVL"),
        ("Border guards detained a 30-year-old Briton at the crossing.", "Briton", "GBRCVL"),
        ("The elderly Frenchman said he had been robbed twice.", "Frenchman", "FRACVL"),
    ],
)
def test_one_national_is_a_private_person(text: str, name: str, code: str) -> None:
    assert coded(text).get(name) == code


@pytest.mark.parametrize(
    "text",
    [
        "The Australian reported the deal on its front page.",  # the newspaper
        "An Australian company won the contract for the port.",  # the demonym belongs to another noun
    ],
)
def test_near_miss_demonym_that_is_no_person(text: str) -> None:
    found = coded(text)
    assert "AUSCVL" not in found.values()


# --------------------------------------------------------------- home offices taking the story's country


@pytest.mark.parametrize(
    ("paragraphs", "name", "code"),
    [
        (("Bolivian troops cleared a blockade near Cochabamba on Friday.",
          "The Ombudsman's office said it would investigate the deaths."), "The Ombudsman", "BOLHRI"),
        (("Bolivian troops cleared a blockade near Cochabamba on Friday.",
          "Public Ombudsman Maria Torres\u2019s office said six people had been shot."), "Maria Torres", "BOLHRI"),
        (("Bolivian troops cleared a blockade near Cochabamba on Friday.",
          "Unions urged the \u201cinterim\u201d government to withdraw the army."),
         "the \u201cinterim\u201d government", "BOLGOV"),
        (("Bolivian troops cleared a blockade near Cochabamba on Friday.",
          "The new government promised elections within 90 days."), "The new government", "BOLGOV"),
    ],
)
def test_home_offices_take_the_story_country(paragraphs: tuple[str, ...], name: str, code: str) -> None:
    assert coded(*paragraphs).get(name) == code


def test_near_miss_two_countries_before_leave_the_office_without_one() -> None:
    found = coded("Bolivian and Peruvian troops met at the border.", "The new government promised elections.")
    assert found.get("The new government") == "GOV"


def test_a_building_named_after_nobody_is_no_person() -> None:
    found = mentions_of("Hanoi police arrested a blogger.", "He was taken to the city\u2019s Hoa Lo prison.")
    assert not any(m.actor.kind == "person" for m in found.in_paragraph(1))


def test_near_miss_a_person_naming_his_administration_stays() -> None:
    assert coded("The Trump administration imposed new tariffs on steel.").get("Trump") == "USAGOV"


# ------------------------------------------------------------ a missed name with an organisation's post


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kenzo Oshima, UN Emergency Relief Coordinator, said aid convoys were blocked.", "Kenzo Oshima", "IGO"),
        ("Aid convoys were blocked, said Kenzo Oshima, UN Emergency Relief Coordinator.", "Kenzo Oshima", "IGO"),
        ("Maria Lopez, WHO regional director, warned of a cholera outbreak.", "Maria Lopez", "IGOHLH"),
    ],
)
def test_person_with_an_igo_post_is_the_igo(text: str, name: str, code: str) -> None:
    assert coded(text).get(name) == code


def test_near_miss_an_institution_with_a_role_in_apposition_is_no_person() -> None:
    found = mentions_of("Harvard University, a private school, rejected the demand.")
    assert not any(m.actor.kind == "person" for m in found.in_paragraph(0))


# ------------------------------------------------ a surname alias that is a word needs its country in the story


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("NASA chief Ellen Park spoke in Washington.", "NASA plans a crewed Moon landing in 2024, officials said."),
        ("NASA chief Ellen Park spoke in Washington.", "The Mars-Moon program was delayed again, she said."),
        ("Engineers in Houston tested the capsule.", "The crew will train for a Moon landing next year."),
    ],
)
def test_a_word_alias_outside_its_country_story_is_the_word(paragraphs: tuple[str, ...]) -> None:
    assert "KORGOV" not in coded(*paragraphs).values()


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (("South Korean President Moon Jae-in flew to Pyongyang.", "Moon said the visit would open a new era."),
         "Moon"),
        (("South Korean President Moon Jae-in flew to Pyongyang.", "The Moon government approved the budget."),
         "Moon"),
        (("Seoul announced new talks.", "The visit was Moon's first since the summit."), "Moon"),
    ],
)
def test_near_miss_the_word_alias_in_its_own_country_story_stays_the_person(
    paragraphs: tuple[str, ...], name: str
) -> None:
    assert coded(*paragraphs).get(name) == "KORGOV"


def test_near_miss_a_subject_surname_stays_the_person_in_a_foreign_story() -> None:
    assert coded("Iran rejected the offer.", "Trump said the sanctions would stay.").get("Trump") == "USAGOV"


# ------------------------------------------------------------ the state an envoy is sent to is not his own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paul Brandt, the former special envoy to Ukraine, testified before the committee.", "Paul Brandt"),
        ("Paul Brandt, the former special envoy to Ukraine, and a National Security Council aide testified.",
         "a National Security Council aide"),
        ("Mark Lowe, envoy for Afghanistan, said talks would resume in Doha.", "Mark Lowe"),
    ],
)
def test_envoy_destination_gives_no_country(text: str, name: str) -> None:
    code = coded(text).get(name)
    assert code is not None and not code.startswith(("UKR", "AFG"))


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Russian ambassador to Ukraine met officials on Monday.", "The Russian ambassador", "RUSGOV"),
        ("Ukraine's ambassador said the talks in Vienna were useful.", "Ukraine's ambassador", "UKRGOV"),
    ],
)
def test_near_miss_an_envoy_keeps_his_own_state(text: str, name: str, code: str) -> None:
    assert coded(text).get(name) == code


def test_near_miss_two_states_with_an_envoy_still_leave_others_without_a_country() -> None:
    assert coded("The Russian ambassador to Ukraine met officials on Monday.").get("officials") == "GOV"
