"""Actor rules from the fifth real-page audit of issue 3 (H70): the head of a named non-state body ("the president
of the Lakeside Teachers Union") is that body's, not the state's and not the president last named; a region spelt
right ("Indiana") is no typing slip for a state ("Indian"). Each rule has a near miss."""

from __future__ import annotations

from functools import partial

import mention_helpers
import pytest

coded = partial(mention_helpers.codes_in_last, date="2019-11-20")


# ------------------------------------------------------------------ the head of a named non-state body


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "code"),
    [
        (("President Obama met farm leaders on Monday.", "The president of the Ohio Dairy Farmers Association "
          "asked him for help."), "The president of the Ohio Dairy Farmers Association", "AGR"),
        (("The Kenyan president spoke in Nairobi.", "The president of the Rift Valley Dockworkers Union rejected "
          "the offer."), "The president of the Rift Valley Dockworkers Union", "LAB"),
        (("President Macron opened the summit.", "The president of the Sorbonne University welcomed the plan."),
         "The president of the Sorbonne University", "EDU"),
    ],
)
def test_head_of_a_named_private_body_takes_its_sector(paragraphs: tuple[str, ...], phrase: str, code: str) -> None:
    found = coded(*paragraphs).get(phrase)
    assert found is not None and found.endswith(code) and "GOV" not in found, found


def test_head_of_an_unnamed_sector_body_is_not_the_president_last_named() -> None:
    found = coded("President Obama met farm leaders on Monday.",
                  "The president of the Bluegrass Hunters Association praised him.")
    assert found.get("The president of the Bluegrass Hunters Association") in {None, "USA"}, found


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "code"),
    [
        (("President Obama spoke on Monday.", "The president of the United States said the talks would go on."),
         "The president of the United States", "USAGOV"),
        (("President Macron spoke on Monday.", "The president said the talks would go on."), "The president",
         "FRAGOV"),
        (("Talks opened in Moscow.", "The president of the Russian Federation signed the decree."),
         "The president of the Russian Federation", "RUSGOV"),
    ],
)
def test_head_of_a_state_keeps_the_state(paragraphs: tuple[str, ...], phrase: str, code: str) -> None:
    # near miss: a state, or no "of" at all, is still the state's office
    assert coded(*paragraphs).get(phrase) == code


# ------------------------------------------------------------------ a region spelt right is no slip


def test_a_us_state_is_not_a_misspelt_demonym() -> None:
    found = coded("Ohio's teachers walked out in the spring.", "Indiana's largest nurse strike began on Monday.")
    assert "IND" not in " ".join(v or "" for v in found.values()), found
    assert found.get("nurse") == "USAHLH", found


def test_a_misspelt_state_still_reads_as_the_state() -> None:
    # near miss: a slip that names no region stays the state it was meant to be
    assert coded("Troops were sent to Afganistan in the spring.", "Afganistan's army took the pass.").get(
        "Afganistan"
    ) == "AFG"


# ------------------------------------------------------------------ a person titled by such a body


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Gina Ortiz, the president of the Harbour Dockworkers Union, said the talks had failed.", "Gina Ortiz",
         "LAB"),
        ("Jane Roe, the president of Harvard University, said the talks had failed.", "Jane Roe", "USAEDU"),
    ],
)
def test_person_heading_a_private_body_is_not_gov(text: str, name: str, code: str) -> None:
    assert coded(text).get(name) == code


def test_person_with_a_state_title_keeps_it() -> None:
    # near miss: a state's president introduced the same way is GOV
    assert coded("Felix Tshisekedi, the president of Congo, said the talks had failed.").get(
        "Felix Tshisekedi"
    ) == "CODGOV"


def test_the_president_is_not_a_lobby_head_named_since() -> None:
    found = coded("President Obama met farm leaders in Iowa.",
                  "Writing to the president last spring, Ray Dunn, the president of the Prairie Growers Association, "
                  "asked for aid.")
    assert found.get("the president") == "USAGOV", found
    assert "GOV" not in (found.get("Ray Dunn") or ""), found


def test_a_lobby_head_does_not_take_the_next_bare_title() -> None:
    # near miss: with no state president in the story "the president" stays a plain state title
    found = coded("Ray Dunn, the president of the Prairie Growers Association, asked for aid.",
                  "The president later said he would not meet him.")
    assert found.get("The president") != "AGR", found


def test_a_body_named_by_its_trade_takes_the_trades_sector() -> None:
    # "Farm Bureau": a farmers' body, read through the agent noun of its field
    found = coded("Ray Dunn, the president of the Canadian Farm Bureau, asked for aid.")
    assert found.get("Ray Dunn") == "CANAGR", found


def test_a_body_whose_name_says_no_trade_gets_no_sector() -> None:
    # near miss: no word of "Prairie Rifle Association" names a trade, so no sector is guessed
    found = coded("Ray Dunn, the president of the Prairie Rifle Association, asked for aid.")
    assert found.get("Ray Dunn") is None, found
