"""Months spelled like acts: "in March 2018" and "on 3 March" are dates, not marches; "May" the month is no
request. A lower-case "march" and a named March are still read as they are."""

from __future__ import annotations

from coder_helpers import sentence_events

from dyadwatch.events.coder import _month_name
from dyadwatch.language import parse_text


def _codes(sentence: str) -> list[str]:
    return [code for code, _, _, _ in sentence_events(sentence)]


def test_a_month_with_its_year_is_no_protest() -> None:
    sentence = "Kenyan opposition leader Raila Odinga took office in March 2018 after a deal with the president."
    assert not any(code.startswith("14") for code in _codes(sentence))


def test_month_names_are_recognised_by_their_numbers() -> None:
    doc = parse_text("Kenyan teachers held a march on 3 March and another in May 2021.")
    months = [t for t in doc if _month_name(t)]
    assert [t.text for t in months] == ["March", "May"]


def test_a_lower_case_march_is_still_a_protest() -> None:
    # near miss: the act itself, not the month
    doc = parse_text("Kenyan teachers held a march on 3 March.")
    assert not _month_name(next(t for t in doc if t.text == "march"))
