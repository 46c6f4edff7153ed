"""Violence one side reports the other did to it ("The Kyrgyz border service said Tajik forces had shelled a
Kyrgyz border post") is that side's unconfirmed claim: alleged. Near misses: a side reporting its own act, and a
third party's report, stay asserted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, summary

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
194  shell
190  shoot down
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def test_an_attack_told_by_its_victim_is_alleged(patterns: PatternSet) -> None:
    text = "Kyrgyzstan's border service said Tajik forces had shelled a Kyrgyz border post on Friday."
    assert ("194", "TJK", "KGZ", "alleged") in summary(code_text(text, patterns))


def test_a_side_reporting_its_own_act_is_asserted(patterns: PatternSet) -> None:
    # near miss: Ukraine's air force tells what it did itself
    text = "Ukraine's air force said it had shot down 14 Russian drones overnight."
    assert ("190", "UKR", "RUS", "asserted") in summary(code_text(text, patterns))


def test_a_third_partys_report_is_asserted(patterns: PatternSet) -> None:
    # near miss: the reporter is neither side
    text = "Turkey said Tajik forces had shelled a Kyrgyz border post on Friday."
    assert ("194", "TJK", "KGZ", "asserted") in summary(code_text(text, patterns))
