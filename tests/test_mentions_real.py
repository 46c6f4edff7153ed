"""Actor rules from audits of real news pages (issue 3, H45): title coreference takes the holder of that title,
a country comes only from an actor who speaks for a state, names of laws, wars and ranks are no actors, things
with a country adjective are no media, a possessor is not its head noun's actor, forces hit at a place are that
place's, and protesters at a foreign embassy are the host country's. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.language import ParsedParagraph, parse_text

mentions_of = partial(mention_helpers.mentions_of, date="2019-11-20")
coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


# ------------------------------------------------------------------- "the president" is a holder of that title


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "code"),
    [
        (
            ("President Donald Trump sent his lawyer abroad.",
             "The envoy met the president's lawyer Rudy Giuliani in Warsaw on Friday.",
             "Later the president telephoned the envoy from the Oval Office."),
            "the president",
            "USAGOV",
        ),
        (
            ("President Donald Trump spoke with Ukrainian President Volodymyr Zelensky in July.",
             "Trump complained about the election, aides said.",
             "The president then asked for a favor."),
            "The president",
            "USAGOV",
        ),
        (
            ("Former Vice President Joe Biden campaigned in Iowa, while President Donald Trump held a rally.",
             "The president mocked his rivals on Thursday."),
            "The president",
            "USAGOV",
        ),
    ],
)
def test_the_title_resolves_to_a_holder_of_that_title(paragraphs: tuple[str, ...], phrase: str, code: str) -> None:
    assert coded(*paragraphs).get(phrase) == code


def test_near_miss_the_title_of_a_possessor_is_not_the_holders() -> None:
    """No president named: "the president" is not the lawyer whose title says "the president's lawyer"."""
    found = coded("The envoy met the president's lawyer Rudy Giuliani in Warsaw on Friday.",
                  "Later the president telephoned the envoy.")
    assert found.get("the president") != "USAJUD"


def test_near_miss_a_matching_title_still_resolves() -> None:
    """The head rule must not stop "the secretary of state" from finding the secretary of state."""
    found = coded("Secretary of State Mike Pompeo flew to Brussels on Monday.",
                  "The secretary of state met NATO ministers.")
    assert found.get("The secretary of state") == "USAGOV"


# ------------------------------------------------------------- a country comes from actors that speak for one


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Aseem Rao, a professor at Stanford University, studies air pollution in Delhi.",
         "To clean the air, Rao said the government could pay farmers to stop burning stubble."),
        ("Mira Das, director of a think tank at Columbia University, grew up in Mumbai.",
         "Das said the government should tax coal."),
        ("Tariq Nasser, an economist at Harvard University, has advised Cairo for years.",
         "Nasser said the government would cut subsidies next month."),
    ],
)
def test_a_private_persons_country_is_not_the_governments(paragraphs: tuple[str, ...]) -> None:
    found = coded(*paragraphs)
    assert found.get("the government") == "GOV"


def test_near_miss_an_officeholder_names_the_governments_country() -> None:
    assert coded("Indian Prime Minister Narendra Modi said the government would act.").get(
        "the government"
    ) == "INDGOV"


# ------------------------------------------------------------------ names of laws, wars and ranks are no actors


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Congress passed the Hong Kong Human Rights and Democracy Act on Wednesday.", "HKG"),
        ("Veterans of the Falklands War marched in London on Sunday.", "FLK"),
        ("Iraq War veterans rallied outside the Capitol.", "IRQ"),
        ("Lawmakers debated the Ukraine Security Assistance Act late into the night.", "UKR"),
    ],
)
def test_a_state_inside_the_name_of_a_law_or_war_is_no_actor(text: str, state: str) -> None:
    found = coded(text)
    assert not any(code and code.startswith(state) for code in found.values()), found


def test_near_miss_a_state_next_to_a_law_still_acts() -> None:
    assert coded("China condemned the act, the foreign ministry said.").get("China") == "CHN"


@pytest.mark.parametrize(
    "text",
    [
        "Femi Adeyemi, a Senior Advocate of Nigeria, filed the appeal on Monday.",
        "The court heard Chidi Okafor, Senior Advocate of Nigeria, for the defence.",
        "She was made an Officer of the Order of Australia in 2015.",
    ],
)
def test_a_rank_named_after_a_state_is_not_the_state(text: str) -> None:
    assert not any(code and code[:3] in {"NGA", "AUS"} for code in coded(text).values())


def test_near_miss_an_office_of_a_state_is_the_state() -> None:
    code = coded("The Attorney General of Nigeria filed the appeal.").get("The Attorney General of Nigeria")
    assert code is not None and code.startswith("NGA")


# ----------------------------------------------------------------------- things with a country adjective


@pytest.mark.parametrize(
    "text",
    [
        "Sales of Chinese televisions rose sharply in Europe last year.",
        "Retailers cut the price of Japanese radios ahead of the holiday.",
        "Customs officers seized a shipment of Korean TVs at the port.",
    ],
)
def test_devices_are_not_the_media(text: str) -> None:
    assert not any(code and code.endswith("MED") for code in coded(text).values())


def test_near_miss_state_television_is_still_the_state() -> None:
    assert coded("Chinese television reported the launch.").get("Chinese television") == "CHNMED"


# --------------------------------------------------------------------- a possessor is not the head's actor


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Trump's defenders attacked the report on Tuesday.", "Trump's defenders", "CVL"),
        ("Putin's critics were detained in Moscow.", "Putin's critics", "OPP"),
        ("Erdogan's supporters rallied outside the court.", "Erdogan's supporters", "CVL"),
    ],
)
def test_a_possessor_does_not_give_the_head_its_actor(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_near_miss_a_possessor_of_a_thing_is_still_named() -> None:
    assert coded("Trump's decision angered allies.").get("Trump") == "USAGOV"


# ------------------------------------------------------------------------ a hyphenated word names nobody


@pytest.mark.parametrize(
    "text",
    [
        "The senator held an in-person meeting with the envoy.",
        "Both leaders called for more people-to-people exchanges.",
        "The talks moved to a person-to-person format on Monday.",
    ],
)
def test_a_hyphenated_person_is_no_actor(text: str) -> None:
    found = coded(text)
    assert not any(phrase.lower() in {"person", "people"} for phrase in found), found


def test_near_miss_a_person_noun_still_names_a_person() -> None:
    assert coded("Police arrested a person near the embassy.").get("a person") == "CVL"


# ------------------------------------------------------------------- forces hit at a place are that place's


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Gunmen killed 71 soldiers in an attack on a camp in Niger.", "soldiers", "NERMIL"),
        ("Seven police officers were killed in an ambush near Kandahar.", "police officers", "AFGCOP"),
        ("Militants attacked soldiers at a checkpoint in Mosul on Sunday.", "soldiers", "IRQMIL"),
    ],
)
def test_forces_hit_at_a_place_are_that_places(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_near_miss_attacking_troops_abroad_stay_without_the_place() -> None:
    assert coded("Troops attacked a militant camp in Niger.").get("Troops") == "MIL"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Three peacekeepers were killed in an attack in northern Mali.", "peacekeepers", "MIL"),
        ("An envoy was attacked in Kabul on Monday.", "An envoy", "GOV"),
        ("Two diplomats were wounded in a blast in Beirut.", "diplomats", "GOV"),
    ],
)
def test_near_miss_envoys_and_peacekeepers_hit_abroad_keep_no_country(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


# ------------------------------------------------------------- protesters at a foreign embassy are the host's


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protesters scaled the walls of the U.S. embassy in Baghdad.", "IRQOPP"),
        ("Demonstrators stormed the British embassy in Tehran on Tuesday.", "IRNOPP"),
        ("Protesters threw stones at the Chinese consulate in Karachi.", "PAKOPP"),
    ],
)
def test_protesters_at_an_embassy_are_the_host_countrys(text: str, code: str) -> None:
    found = coded(text)
    assert code in found.values(), found


def test_near_miss_the_embassy_is_still_its_owner() -> None:
    found = coded("Protesters scaled the walls of the U.S. embassy in Baghdad.")
    assert found.get("the U.S. embassy") == "USAGOV"
    assert "USAOPP" not in coded("Protesters gathered outside the U.S. embassy.").values()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed dozens of villagers in Plateau state on Saturday.", "NGA"),
        ("Police arrested twelve protesters in Taraba state on Monday.", "NGA"),  # not Turabah in Saudi Arabia
        ("Soldiers clashed with militants in Helmand province.", "AFG"),
    ],
)
def test_a_name_with_its_division_word_is_that_division(text: str, country: str) -> None:
    doc = parse_text(text)
    found = find_mentions([ParsedParagraph(index=0, offset=0, doc=doc)], "2020-06-01")
    places = [m for m in found.in_paragraph(0) if m.role == "place"]
    assert places and places[0].actor.country == country
    assert not [m for m in found.in_paragraph(0) if m.role == "actor" and m.actor.sector == "GOV"]


def test_a_state_government_keeps_its_government() -> None:
    doc = parse_text("The Kano State government imposed a curfew on Monday.")
    found = find_mentions([ParsedParagraph(index=0, offset=0, doc=doc)], "2020-06-01")
    assert [m.actor.code for m in found.in_paragraph(0) if m.role == "actor"] == ["NGAGOV"]
