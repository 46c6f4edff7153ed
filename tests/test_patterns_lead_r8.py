"""Return and release, round 8: travel home or away ("returning from Qatar", "returned after a visit") and
published counts ("released tallies") are no return or release of people or property; handing back soldiers or
a ship still is."""

from __future__ import annotations

from coder_helpers import sentence_events


def _codes(sentence: str) -> list[str]:
    return [code for code, _, _, _ in sentence_events(sentence)]


def test_a_leader_returning_from_a_trip_returns_nothing() -> None:
    assert not any(code.startswith("084") for code in _codes(
        "Kenyan President William Ruto spoke to reporters on his plane returning from Ethiopia."))


def test_refugees_back_from_a_visit_are_no_release() -> None:
    assert not any(code.startswith("084") for code in _codes(
        "A group of 30 Sudanese refugees returned to Chad on Monday after a two-day visit to Darfur."))


def test_published_tallies_are_no_release() -> None:
    assert not any(code.startswith("084") for code in _codes(
        "Zimbabwe's opposition released tallies from more than 70% of polling stations on Sunday."))


def test_handing_back_soldiers_is_still_a_return() -> None:
    # near miss: a state returning people to another
    assert any(code.startswith("084") for code in _codes("Armenia returned 12 Azerbaijani soldiers to Baku on Friday."))
