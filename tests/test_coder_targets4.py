"""Source and target, fourth pass, on sentences whose target is not the direct object: a passive whose "by"
phrase the parser hung on the prepositional object ("was hit with sanctions by the United States"), a thing
acted on that names its state before a pattern's place preposition ("a Greek tanker was seized in the Gulf"),
a country adjective on a thing whose phrase names only where it is ("US bases in Syria"), a pattern word inside
another's owned act ("voiced concern over Pakistan's support"), the parties a mediator stands between, the owner
of an act answered in a passive ("Vietnam's protest was rejected by Beijing"), the partner of a protested deal,
a noun of will that makes its owner's act an intent, and a comma-set relative clause ("the envoy, whom it
accused of bias"), whose act the writer asserts apart and whose "it" is not the noun it describes. Each class
has sentences where the rule must fire and near misses where it must not. The patterns are a small set written
here, so the tests measure the coder, not the shipped patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
163  hit +with sanction|tariff
171  seize ship|vessel|tanker +in|off|near
194  shell
195  launch drone +against|at
032  voice support +for
051  praise
040  welcome talk
046  resume talk
039  agree mediate
120  reject
1412 protest +against deal|law
161  expel envoy|ambassador
112  accuse
173  detain
084  release
083  agree +to demand
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


coded = code_text


dyads = dyads_of


# ------------------------------------------------------------- a "by" phrase hung on the passive's object


def test_by_phrase_on_the_prepositional_object_is_the_passive_doer(patterns: PatternSet) -> None:
    events = coded("Cuba was hit with new sanctions by the United States on Friday.", patterns)
    assert dyads(events, "163") == {("USA", "CUB")}


def test_passive_without_by_phrase_names_no_doer(patterns: PatternSet) -> None:
    # near miss: nothing says who hit Cuba, so no doer is guessed
    events = coded("Cuba was hit with new sanctions on Friday.", patterns)
    assert all(source is None for source, _ in dyads(events, "163"))


# ------------------------------------------------------- the thing acted on before the pattern's place


def test_thing_naming_its_state_outranks_the_place_preposition(patterns: PatternSet) -> None:
    events = coded("A British tanker was seized by Iranian commandos in the Gulf of Oman.", patterns)
    assert ("IRN", "GBR") in dyads(events, "171")


def test_thing_naming_no_state_leaves_the_place(patterns: PatternSet) -> None:
    # near miss: "a tanker" names no state, so where it was seized is the target
    events = coded("Iranian commandos seized a tanker off Yemen on Sunday.", patterns)
    assert ("IRN", "YEM") in dyads(events, "171")


# -------------------------------------------------------------- the owner of a thing, not where it is


def test_country_adjective_on_the_thing_outranks_its_location(patterns: PatternSet) -> None:
    events = coded("Iraqi militias launched drones against US bases in Syria and Jordan.", patterns)
    assert dyads(events, "195") == {("IRQ", "USA")}


def test_location_counts_when_the_thing_has_no_owner(patterns: PatternSet) -> None:
    # near miss: "a hotel" names no state, so the place in its phrase is the target
    events = coded("Rebels launched drones against a hotel in Jordan.", patterns)
    assert {target for _, target in dyads(events, "195")} == {"JOR"}


# ------------------------------------------------------------------- a pattern word in another's act


def test_pattern_word_in_an_owned_act_under_a_preposition_is_not_the_subjects(patterns: PatternSet) -> None:
    events = coded("Japan voiced concern over China's support for the junta.", patterns)
    assert ("JPN", "CHN") not in dyads(events, "032")


def test_pattern_word_in_a_clause_of_an_owned_noun_is_not_the_subjects(patterns: PatternSet) -> None:
    events = coded("France welcomed Russia's readiness to resume talks with Kyiv.", patterns)
    assert not dyads(events, "040")


def test_owned_object_of_the_trigger_stays_the_triggers(patterns: PatternSet) -> None:
    # near miss: the owned phrase is the trigger's own partner ("agreed to Beijing's demands")
    events = coded("The United States agreed to China's demands on tariffs.", patterns)
    assert ("USA", "CHN") in dyads(events, "083")


def test_unowned_support_keeps_its_pattern(patterns: PatternSet) -> None:
    # near miss: nobody else owns the support that Japan voiced
    events = coded("Japan voiced support for Taiwan on Monday.", patterns)
    assert ("JPN", "TWN") in dyads(events, "032")


# --------------------------------------------------------------------- a noun of will makes an intent


def test_owners_readiness_to_act_is_its_intent(patterns: PatternSet) -> None:
    events = coded("France welcomed Russia's readiness to resume talks with Kyiv.", patterns)
    assert {e.code.code for e in events if e.source and e.source.country == "RUS"} == {"036"}


def test_an_act_that_is_feared_is_no_intent(patterns: PatternSet) -> None:
    # near miss: a fear is no will of the one feared
    events = coded("Poland voiced fears that Russia could resume talks with Belarus.", patterns)
    assert "036" not in {e.code.code for e in events}


# --------------------------------------------------------------------------- the parties mediated


def test_mediator_acts_on_the_parties_between(patterns: PatternSet) -> None:
    events = coded("Norway agreed to mediate between the Colombian government and the rebels.", patterns)
    assert ("NOR", "COL") in dyads(events, "039")


def test_mediator_without_between_has_no_target(patterns: PatternSet) -> None:
    # near miss: "in Colombia" says where, not between whom
    events = coded("Norway agreed to mediate in the crisis on Monday.", patterns)
    assert dyads(events, "039") == {("NOR", None)}


# ---------------------------------------------------------------- the owner of an act answered in a passive


def test_owner_of_the_rejected_act_is_the_target(patterns: PatternSet) -> None:
    events = coded("Vietnam's protest over Chinese survey ships was rejected by Beijing on Monday.", patterns)
    assert dyads(events, "120") == {("CHN", "VNM")}


def test_owned_thing_that_is_no_act_is_no_target(patterns: PatternSet) -> None:
    # near miss: a market's figures are not an act of India's
    events = coded("India's export figures were rejected by Pakistan as false.", patterns)
    assert ("PAK", "IND") not in dyads(events, "120")


# --------------------------------------------------------------------- the partner of a protested deal


def test_partner_of_the_protested_deal_is_no_target(patterns: PatternSet) -> None:
    events = coded("Thousands of Armenians protested in Yerevan against the border deal with Azerbaijan.", patterns)
    assert ("ARM", "AZE") not in dyads(events, "1412")


def test_owner_of_the_protested_law_is_the_target(patterns: PatternSet) -> None:
    # near miss: an owner of the protested thing is still protested against
    events = coded("Thousands of Georgians protested against Russia's new law on Abkhazia.", patterns)
    assert ("GEO", "RUS") in dyads(events, "1412")


# ------------------------------------------------------------------ a relative clause set off by a comma


def test_non_restrictive_relative_clause_is_an_event_of_its_own(patterns: PatternSet) -> None:
    # "it" is Mali, not the UN the clause describes, and the accusation is not swallowed by the expulsion
    events = coded("Mali expelled the UN envoy, whom it accused of bias.", patterns)
    accusations = {(e.source.country if e.source else None, e.target.org if e.target else None)
                   for e in events if e.code.code == "112"}
    assert accusations == {("MLI", "UN")}


def test_passive_relative_clause_stays_background(patterns: PatternSet) -> None:
    # near miss: ", who was detained for a day" tells what befell him before the release
    events = coded("Polish police released the Italian reporter, who was detained for a day.", patterns)
    assert not dyads(events, "173")
