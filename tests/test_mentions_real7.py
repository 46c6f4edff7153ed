"""Actor rules from the seventh real-page audit of issue 3 (H84): a titled person the tables lack is not of the
counterparts he meets in the same sentence but of the story's home (its dateline) or of none; a bare "the Queen" is
the one monarch reigning under that title, and her relatives are of her country; a person's staff are his own
people; a news outlet's home does not become the story's country. Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.language import ParsedParagraph, parse_text

coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


def coded_filed_in(*paragraphs: str, filed_in: str) -> list[dict[str, str | None]]:
    """Each paragraph's actor texts and codes, for an article whose dateline is in ``filed_in``."""
    parsed, offset = [], 0
    for index, text in enumerate(paragraphs):
        parsed.append(ParsedParagraph(index=index, offset=offset, doc=parse_text(text)))
        offset += len(text) + 2
    found = find_mentions(parsed, "2019-11-20", filed_in=filed_in)
    return [
        {m.actor.text: m.actor.code for m in found.in_paragraph(index) if m.role == "actor"}
        for index in range(len(paragraphs))
    ]


# ------------------------------------------------------------------ a titled person and his counterparts


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Defense Secretary Karl Brenner met Polish officials in Warsaw on Tuesday.", "Karl Brenner"),
        ("Interior Minister Hans Vogt held talks with the Czech foreign minister in Prague.", "Hans Vogt"),
        ("Trade Minister Lena Ostrow hosted Kenyan officials at a dinner on Friday.", "Lena Ostrow"),
    ],
)
def test_a_titled_person_is_not_of_his_counterparts(sentence: str, person: str) -> None:
    found = coded(sentence)
    assert found.get(person) == "GOV"  # no country the text gives him, so none


def test_a_titled_person_takes_the_home_of_the_dateline_and_keeps_it() -> None:
    first, later = coded_filed_in(
        "Defense Secretary Karl Brenner met Polish officials in Warsaw on Tuesday.",
        "Brenner said the talks had gone well.",
        filed_in="USA",
    )
    assert first["Karl Brenner"] == "USAGOV"
    assert first["Polish officials"] == "POLGOV"
    assert later["Brenner"] == "USAGOV"


def test_a_titled_person_beside_a_state_name_still_takes_its_country() -> None:
    # near miss: a bare adjective naming no other agent still places him ("Polish Defense Minister")
    found = coded("Polish Defense Minister Karl Brenner met officials in Warsaw on Tuesday.")
    assert found.get("Karl Brenner") == "POLGOV"


def test_sector_words_still_take_the_sentence_country() -> None:
    # near miss: the rule is for titled people only; "police" beside Polish officials stay Polish
    found = coded("Police guarded Polish officials in Warsaw on Tuesday.")
    assert found.get("Police") == "POLCOP"


# ------------------------------------------------------------------ the Queen, bare


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("The Queen's grandson Prince Harry visited troops in Kenya.", "The Queen", "GBRGOV"),
        ("The Queen's grandson Prince Harry visited troops in Kenya.", "Prince Harry", "GBRELI"),
        ("The Queen thanked nurses at a hospital in Malta.", "The Queen", "GBRGOV"),
    ],
)
def test_the_bare_queen_is_the_one_monarch_reigning_as_queen(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


def test_a_bare_king_with_several_reigning_is_not_guessed_from_the_tables() -> None:
    # near miss: in 2019 many kings reign, so "the King" is not pinned to one of them
    found = coded("The King received the new ambassador on Monday.")
    assert found.get("The King") in {None, "GOV"}


def test_the_queen_after_her_reign_is_not_elizabeth() -> None:
    # near miss: the title alone names nobody the tables list once the reign is over
    found = mention_helpers.codes_in_last("The Queen opened a bridge in Kent.", date="2024-05-02")
    assert found.get("The Queen") != "GBRGOV"


# ------------------------------------------------------------------ a person's staff


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Schiff's staff met the whistleblower before the hearing.", "Schiff's staff", "USALEG"),
        ("Putin's aides said the summit would go ahead.", "Putin's aides", "RUSGOV"),
        ("Schiff denied that his staff had coached the witness.", "his staff", "USALEG"),
    ],
)
def test_a_persons_staff_are_his_own_people(sentence: str, phrase: str, code: str) -> None:
    assert coded(sentence).get(phrase) == code


def test_a_bodys_staff_are_not_an_officeholders() -> None:
    # near miss: "the hospital's staff" belong to no officeholder
    found = coded("Senator Adam Fields said the hospital's staff had worked for days.")
    assert found.get("hospital's staff") != "LEG"


# ------------------------------------------------------------------ a news outlet's home


def test_a_news_agency_does_not_set_the_storys_country() -> None:
    found = coded(
        "Three demonstrators were killed in clashes with Bolivian police on Tuesday.",
        "An Associated Press photographer nearby reported gunfire near the plant.",
        "A nurse said she treated several injured demonstrators at the clinic.",
    )
    assert found.get("several injured demonstrators") == "BOLOPP"


def test_a_state_named_after_the_agency_still_sets_it() -> None:
    # near miss: a sentence that names a state beside the agency makes that state the story's
    found = coded(
        "Three demonstrators were killed in clashes with Bolivian police on Tuesday.",
        "An Associated Press journalist said Peruvian troops had crossed the border.",
        "A nurse said she treated several injured demonstrators at the clinic.",
    )
    assert found.get("several injured demonstrators") == "PEROPP"


def test_without_a_dateline_a_titled_person_takes_the_country_the_story_names_most() -> None:
    found = mention_helpers.mentions_of(
        "American lawmakers and the U.S. Senate pressed the White House on Monday.",
        "Defense Secretary Karl Brenner met Polish officials in Warsaw on Tuesday.",
        "Brenner said the talks had gone well.",
        date="2019-11-20",
    )
    codes = [{m.actor.text: m.actor.code for m in found.in_paragraph(i) if m.role == "actor"} for i in (1, 2)]
    assert codes[0]["Karl Brenner"] == "USAGOV"
    assert codes[1]["Brenner"] == "USAGOV"


def test_a_story_naming_two_countries_alike_leaves_him_unplaced() -> None:
    # near miss: no country is named most, so none is the story's home
    found = mention_helpers.mentions_of(
        "Czech diplomats and German diplomats prepared for the visit.",
        "Defense Secretary Karl Brenner met Polish officials in Warsaw on Tuesday.",
        date="2019-11-20",
    )
    codes = {m.actor.text: m.actor.code for m in found.in_paragraph(1) if m.role == "actor"}
    assert codes["Karl Brenner"] == "GOV"


def test_a_news_agencys_reporter_lends_no_country_to_a_story_set_elsewhere() -> None:
    found = coded(
        "Bolivian soldiers fired on a crowd near La Paz on Tuesday.",
        "An Associated Press photographer nearby saw protesters near the plant.",
    )
    assert found.get("protesters") == "BOLOPP"


def test_a_news_agency_before_any_country_still_lends_its_home() -> None:
    # near miss: nothing named yet, and an outlet mostly reports at home
    found = coded("An Associated Press photographer nearby saw protesters near the plant.")
    assert found.get("protesters") == "USAOPP"
