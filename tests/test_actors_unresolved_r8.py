"""Actor sides left empty although the text names them, round 8 (H125): a named person the tables do not know,
placed by police or prosecutors of the story's one state; "we"/"I" inside a quote with a named speaker; a
group word with the states it means in apposition. Every rule has a near miss. Sentences are written here, in
news style."""

from __future__ import annotations

from functools import partial

from mention_helpers import mentions_of

from dyadwatch.actors.mentions import ArticleActors, Mention

DATE = "2023-06-14"
_mentions = partial(mentions_of, date=DATE)


def _by_text(found: ArticleActors, para: int = 0) -> dict[str, Mention]:
    return {m.actor.text: m for m in found.in_paragraph(para) if m.role in {"actor", "pair"}}


# ------------------------------------------------------------------ unknown named people at home


def test_named_person_charged_by_bare_home_prosecutors_takes_the_state_weakly() -> None:
    found = _mentions(
        "Federal prosecutors in Denver said on Monday that Marla Quint and Derek Olsen had forged voter records.",
        "Police arrested Olsen at his home on Tuesday.",
    )
    first = _by_text(found, 0)
    assert first["Marla Quint"].actor.country == "USA"
    assert first["Marla Quint"].actor.sector is None  # the name says no role
    assert first["Marla Quint"].actor.confidence <= 0.3  # a weak reading, and it says so
    later = _by_text(found, 1)
    assert later["Olsen"].actor.country == "USA"
    assert later["Olsen"].actor.confidence <= 0.3
    assert later["Police"].actor.code == "USACOP"  # the bare name lends the sentence no country of its own


def test_named_person_beside_a_state_acting_gets_no_country() -> None:
    # the state itself, or its prosecutors named with their nationality, say nothing of the suspect's
    found = _mentions("Sweden dropped its inquiry into Marla Quint on Tuesday.")
    assert _by_text(found)["Marla Quint"].actor.country is None
    found = _mentions("Swedish prosecutors said on Tuesday that Marla Quint had forged the records.")
    assert _by_text(found)["Marla Quint"].actor.country is None


def test_one_word_name_or_two_states_story_gets_no_country() -> None:
    found = _mentions("Police in Ohio said Quint had forged the records.")  # one capitalised word
    assert _by_text(found)["Quint"].actor.country is None
    found = _mentions(
        "Canada and the United States signed a border accord on Monday.",
        "Police said Marla Quint had forged the records.",
    )
    assert _by_text(found, 1)["Marla Quint"].actor.country is None  # a story of two states: whose is she?


# ------------------------------------------------------------------ first person inside a quote


def test_quoted_we_is_the_named_speakers_side() -> None:
    found = _mentions(
        'Foreign Minister Penny Wong said, "We firmly reject the claims made by China about the reef."'
    )
    we = _by_text(found)["We"].actor
    assert we.code == "AUSGOV"
    assert we.kind == "sector"  # the body she speaks for, not a person a later "she" could mean
    assert we.confidence < 1.0


def test_quoted_i_after_the_quote_is_the_speaker() -> None:
    found = _mentions('"I told Russia that the talks were over," Foreign Minister Penny Wong said.')
    assert _by_text(found)["I"].actor.code == "AUSGOV"


def test_quoted_we_without_a_named_speaker_or_a_party_stays_empty() -> None:
    found = _mentions('Supporters of the plan chanted "we will never give up" outside the hall.')
    assert "we" not in _by_text(found)
    # a named speaker, but the words act on nobody: talk, not an act
    found = _mentions('"We talk about this every day," Foreign Minister Penny Wong said.')
    assert "We" not in _by_text(found)


# ------------------------------------------------------------------ states in apposition


def test_group_word_with_states_in_apposition_stands_for_them() -> None:
    found = _mentions("The two neighbours, Egypt and Jordan, sharply criticised the decision on Monday.")
    group = next(m for m in found.in_paragraph(0) if m.actor.text.startswith("The two neighbours"))
    assert group.role == "pair"
    assert {a.code for a in group.members} == {"EGY", "JOR"}


def test_group_word_with_a_person_in_apposition_is_left_alone() -> None:
    found = _mentions("The officials, including Egypt's envoy, sharply criticised the decision on Monday.")
    assert all(m.role != "pair" for m in found.in_paragraph(0))
