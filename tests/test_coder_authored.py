"""A visit or meeting (root 04) nobody is named as making ("flew 1,000 km before landing in waters near Japan",
"is due to travel to Santiago" with the traveller unknown) is no event: a dyad cannot hold it. Near miss: a named
visitor keeps the visit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
042  land +in
042  travel +to
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_a_landing_with_no_visitor_is_no_visit(patterns: PatternSet) -> None:
    text = (
        "The missile was launched from near Pyongyang and flew about 1,000 km before landing in waters between "
        "the Korean peninsula and Japan."
    )
    assert dyads_of(code_text(text, patterns), "042") == set()


def test_a_named_visitor_keeps_the_visit(patterns: PatternSet) -> None:
    # near miss: the traveller is named
    text = "Peru's foreign minister is due to travel to Chile next week."
    assert ("PER", "CHL") in dyads_of(code_text(text, patterns), "042")
