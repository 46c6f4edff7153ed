"""Compound sides of a reciprocal act: one state named twice ("Kyiv" and "Ukraine") is one side, so it makes no
pair with itself; a government and its opposition, or an army and a rebel force, stay two sides."""

from __future__ import annotations

from coder_helpers import sentence_events


def _pairs(sentence: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for _, source, target, _ in sentence_events(sentence)}


def test_a_state_and_its_capital_make_no_pair() -> None:
    pairs = _pairs("Kyiv — Russia and Ukraine exchanged 115 prisoners of war each on Saturday.")
    assert ("UKRGOV", "UKR") not in pairs and ("UKR", "UKRGOV") not in pairs
    assert ("RUS", "UKR") in pairs


def test_a_government_and_its_opposition_are_two_sides() -> None:
    # near miss: the same country, but two sides of a domestic deal
    assert ("KENGOV", "KENOPP") in _pairs("Kenya's government and the opposition agreed to talks on Monday.")


def test_all_parties_are_the_sides_the_story_set_up() -> None:
    from dyadwatch.pipeline import code_article

    text = ("Ethiopian troops shelled Eritrean positions near Badme on Monday. Eritrea accused Ethiopia of "
            "violating the truce. The African Union urged all parties to return to talks.")
    appeals = [e for e in code_article(text, published="2023-05-10").events if e.cameo.startswith("02")]
    assert sorted(e.target.country for e in appeals if e.target) == ["ERI", "ETH"]


def test_all_parties_with_no_sides_told_name_nobody() -> None:
    # near miss: the story has set up no pair, so "all parties" stays unknown
    from dyadwatch.pipeline import code_article

    appeals = code_article("The African Union urged all parties to return to talks on Monday.",
                           published="2023-05-10").events
    assert [e.target for e in appeals] == [None]


_CLASH = ("Ethiopian troops shelled Eritrean positions near Badme on Monday. Eritrea accused Ethiopia of "
          "violating the truce. ")


def test_an_offer_to_mediate_is_aimed_at_the_story_sides() -> None:
    from dyadwatch.pipeline import code_article

    events = code_article(_CLASH + "The African Union has offered to mediate.", published="2023-05-10").events
    offers = [e for e in events if e.cameo == "039"]
    assert sorted(e.target.country for e in offers if e.target) == ["ERI", "ETH"]


def test_one_side_offering_to_mediate_mediates_nobody() -> None:
    # near miss: a party to the conflict is no mediator between itself and the other
    from dyadwatch.pipeline import code_article

    events = code_article(_CLASH + "Ethiopia offered to mediate.", published="2023-05-10").events
    assert [e.target for e in events if e.cameo == "039"] == [None]
