"""Actor rules from the fourth real-page audit of issue 3 (H61): a country-less phrase takes the country of the
actor it stands with, not any country of its sentence (clients of lawyers, targets of sanctions); members under
"its"/"their" are of the body just named; an envoy *to* a state is of the story's country; sector compounds
opening a sentence ("Riot police") are no person; untitled names get no country from their shape. Each rule has a
near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

mentions_of = partial(mention_helpers.mentions_of, date="2021-03-02")
coded = partial(mention_helpers.codes_in_last, date="2021-03-02")


# ------------------------------------------------------------------- a phrase stands with whom it represents


@pytest.mark.parametrize(
    ("paragraphs", "phrase"),
    [
        (("Britain's High Court heard the case on Monday.", "Lawyers for Maxwell's accusers welcomed the ruling."),
         "Lawyers"),
        (("A French judge opened an inquiry into the fund.", "Attorneys for Dunmore's victims asked for a delay."),
         "Attorneys"),
        (("The Kenyan court adjourned the hearing.", "Lawyers for Okafor's family said they would appeal."),
         "Lawyers"),
    ],
)
def test_lawyers_for_a_private_person_borrow_no_country(paragraphs: tuple[str, ...], phrase: str) -> None:
    code = coded(*paragraphs).get(phrase)
    assert code is not None and code.startswith("JUD"), code


def test_lawyers_for_a_national_take_the_clients_country() -> None:
    # near miss: the client has a country, and the lawyers stand with it even beside another state
    assert coded("Lawyers for the Turkish journalist urged Germany to act.")["Lawyers"] == "TURJUD"


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed sanctions on officials deemed responsible for the crackdown.",
        "The US Senate backed a travel ban on officials accused of rigging the vote.",
        "Canada sanctioned officers blamed for the killings.",
    ],
)
def test_targets_of_sanctions_are_not_the_sanctioning_state(text: str) -> None:
    found = coded(text)
    phrase = next(p for p in found if p.startswith(("officials", "officers")))
    assert found[phrase] in {"GOV", "COP", "MIL"}, found


def test_a_domestic_act_still_lends_the_sentence_country() -> None:
    # near miss: arrests and detentions are done at home, so the detained are of the same country
    assert coded("Turkish police detained protesters in the capital.")["protesters"] == "TUROPP"


# ------------------------------------------------------------------------------ members of the body named


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Taliban said its commanders had seized the district.", "its commanders", "AFGREB"),
        ("Hezbollah and its fighters withdrew from the ridge.", "its fighters", "LBNREB"),
        ("The army and its officers refused to obey the order.", "its officers", "MIL"),
        ("The police and its officers were praised.", "its officers", "COP"),
    ],
)
def test_members_under_its_are_of_the_body_named(text: str, phrase: str, code: str) -> None:
    assert coded(text).get(phrase) == code


def test_staff_of_an_international_organisation_keep_their_reading() -> None:
    # near miss: "the UN and its officials" are no peacekeepers and no state's government
    assert coded("The UN and its officials were blamed for the delay.").get("its officials") == "GOV"


# ------------------------------------------------------------------------------------------------ envoys


@pytest.mark.parametrize(
    ("before", "text", "name", "code"),
    [
        ("The White House denied the claims on Tuesday.",
         "Mark Halden, the former special envoy to Ukraine, testified on Thursday.", "Mark Halden", "USAELI"),
        ("Downing Street said the talks would resume.",
         "Anna Brisk, the special envoy to Yemen, flew to the region.", "Anna Brisk", "GBRGOV"),
        ("The Kremlin welcomed the proposal.",
         "Ivan Perov, an envoy to Syria, met the delegation.", "Ivan Perov", "RUSGOV"),
    ],
)
def test_an_envoy_to_a_state_is_of_the_story_country(before: str, text: str, name: str, code: str) -> None:
    assert coded(before, text).get(name) == code


def test_an_envoy_to_the_story_country_gets_no_country() -> None:
    # near miss: the story so far is the destination's, and the sender is never named
    found = coded("Ukraine's parliament met on Tuesday.",
                  "Mark Halden, the former special envoy to Ukraine, testified on Thursday.")
    assert found.get("Mark Halden") == "ELI"


# ------------------------------------------------------------------------ sector compounds opening a sentence


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Riot police fired tear gas at the crowd.", "Riot police", "COP"),
        ("Border guards detained twelve migrants near the river.", "Border guards", "MIL"),
        ("Coast guard officers rescued the crew on Friday.", "Coast guard officers", "COP"),
    ],
)
def test_a_role_compound_at_sentence_start_is_no_person(text: str, phrase: str, sector: str) -> None:
    found = mentions_of(text).in_paragraph(0)
    mention = next(m for m in found if m.actor.text == phrase)
    assert mention.actor.kind == "sector" and mention.actor.sector == sector


def test_a_real_name_before_a_role_stays_a_person() -> None:
    # near miss: "Riot Smith" is no listed phrase, so the tagger's person stands
    found = mentions_of("Riot Smith, a senator, spoke on Monday.").in_paragraph(0)
    assert any(m.actor.kind == "person" and m.actor.text == "Riot Smith" for m in found)


# --------------------------------------------------------------------------------- names with no title


@pytest.mark.parametrize(
    "text",
    [
        "Tran Minh Quang was sentenced to nine years on Friday.",
        "Nguyen Thi Lan said she would appeal.",
        "Le Van Hung spoke to reporters after the hearing.",
    ],
)
def test_a_name_shape_gives_no_country(text: str) -> None:
    """Vietnamese family names are carried by large diasporas (US, Australia, France): a country read from the
    shape of a name would often be wrong, and a wrong country is worse than none."""
    found = mentions_of(text).in_paragraph(0)
    assert all(m.actor.country is None for m in found if m.actor.kind == "person")


def test_a_titled_name_takes_the_country_of_its_title() -> None:
    # near miss: the title, not the name's shape, gives the country
    found = coded("Vietnamese activist Tran Minh Quang was sentenced on Friday.")
    assert found.get("Tran Minh Quang", "").startswith("VNM")


def test_its_points_back_at_one_body_not_at_a_plural() -> None:
    # near miss: the hostages named between the group and "its commanders" are no body with members
    found = coded("The Taliban swapped two hostages for three of its commanders held by the government.")
    assert found.get("its commanders") == "AFGREB"


# ----------------------------------------------------------------------------- US regulators named in full


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The firm faces scrutiny from the U.S. Securities and Exchange Commission over its filing.",
         "U.S. Securities and Exchange Commission"),
        ("The Federal Trade Commission sued the retailer on Monday.", "Federal Trade Commission"),
        ("The FCC fined the broadcaster for the broadcast.", "FCC"),
    ],
)
def test_a_us_regulator_is_the_us_government(text: str, phrase: str) -> None:
    assert coded(text).get(phrase) == "USAGOV"


def test_bare_sec_is_no_regulator() -> None:
    # near miss: "SEC" alone is also a college sports conference
    assert "SEC" not in coded("Alabama won the SEC title game on Saturday.")
