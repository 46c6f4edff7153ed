"""Recall classes of the coder found by reading the misses of the tune halves: a gathering noun tied to the
verb of the crowd's own movement ("thousands converged on the capital for a rally"), and the place of a
violent act found down a chain of locative phrases under the noun that says how ("killed soldiers in an attack
on a camp in the north of Niger"). Each class has sentences where the rule must fire and near misses where it
must not. The patterns are a small set written here, so the tests measure the coder, not the shipped
patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text

from dyadwatch.events.coder import CodedEvent
from dyadwatch.events.patterns import PatternSet

PATTERNS = """
190  strike
190  kill
141  rally:n
141  demonstration:n +outside|against
141  protest:n +against|outside
040  talk:n +with
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def coded(text: str, patterns: PatternSet, code: str) -> list[CodedEvent]:
    return [e for e in code_text(text, patterns) if e.code.code == code]


def dyads(text: str, patterns: PatternSet, code: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) countries of the events of ``code`` coded from ``text``."""
    found = coded(text, patterns, code)
    assert found, f"no {code} event in {text!r}"
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in found}


# -------------------------------------------------------------- a gathering tied to the crowd's own movement


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands of Kenyans gathered for a rally in Nairobi against the new tax law.", "KEN"),
        ("Several thousand Georgians assembled for a demonstration outside parliament in Tbilisi.", "GEO"),
        ("Hundreds of Serbian students converged on Belgrade for a protest against the government.", "SRB"),
    ],
)
def test_the_crowd_that_gathers_holds_the_rally(text: str, source: str, patterns: PatternSet) -> None:
    assert source in {s for s, _ in dyads(text, patterns, "141")}


def test_talks_the_leaders_gathered_for_are_theirs(patterns: PatternSet) -> None:
    text = "Leaders of Iran and Iraq gathered for talks with Turkey in Ankara."
    assert dyads(text, patterns, "040") == {("IRN", "TUR"), ("IRQ", "TUR")}


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans gathered for a concert in Nairobi.",  # no gathering of the patterns
        "Thousands of Kenyans gathered in Nairobi on Sunday.",  # a crowd, but no rally named
    ],
)
def test_a_crowd_gathering_for_no_rally_is_no_protest(text: str, patterns: PatternSet) -> None:
    assert coded(text, patterns, "141") == []


# ---------------------------------------------------- the place of a violent act down a chain of locatives


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russian warplanes struck in a raid on a fuel depot in the west of Ukraine.", ("RUS", "UKR")),
        ("Israeli jets struck in a raid on a convoy in the Bekaa valley of Lebanon.", ("ISR", "LBN")),
        ("Russian bombers struck overnight in a wave of raids on power plants in the south of Ukraine.",
         ("RUS", "UKR")),
    ],
)
def test_the_place_hangs_below_the_raid(text: str, want: tuple[str, str], patterns: PatternSet) -> None:
    assert dyads(text, patterns, "190") == {want}


def test_a_country_named_in_a_locative_chain_is_a_place(patterns: PatternSet) -> None:
    # two countries in the sentence leave the attackers and victims without one; the region's country is
    # where the attack was, and so whom it hit
    text = (
        "Islamist militants killed 71 soldiers in an attack on a camp in the Tillaberi region of western Niger"
        " near the border with Mali."
    )
    assert {target for _, target in dyads(text, patterns, "190")} == {"NER"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes struck in a raid on the embassy of Ukraine.",  # whose embassy, not where
        "Russian warplanes struck in a raid on a convoy of Ukraine.",  # whose convoy
    ],
)
def test_an_of_phrase_on_a_thing_is_no_place(text: str, patterns: PatternSet) -> None:
    assert dyads(text, patterns, "190") == {("RUS", None)}

