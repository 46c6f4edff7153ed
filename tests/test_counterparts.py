"""Implied targets from the story (dyadwatch.events.counterparts): an act whose sentence names nobody it is
aimed at takes the other side of a two-state story, or the state a one-state story is about. Near misses: a
third state in a two-state story, a party named in the act's object that the tables do not know, a story of
three states, a criticism inside a friendly pair, a statement, and a condemned act of violence whose doer
the story does not name. Second pass: an organisation as a side, two states that hold a story evenly with one
coded act between them, one act at home making a one-state story, and violence told around an act of violence;
near misses: a third state beside an organisation standoff, a state named once, a state that never acts at
home."""

from __future__ import annotations

import pytest

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import CodedEvent, code_paragraphs
from dyadwatch.events.counterparts import story_sides, with_story_targets
from dyadwatch.events.patterns import PatternSet, load_patterns
from dyadwatch.language import ParsedParagraph, parse_text

BORDER_CLASH = """\
Thai and Cambodian troops exchanged fire along their disputed border on Monday, and Cambodia accused Thailand \
of shelling an ancient temple.
Thailand accused Cambodia of firing rockets at villages in Surin province.
Cambodian officials threatened them with retaliation.
Thai commanders met on Wednesday to discuss a ceasefire.
Malaysia criticised the fighting on Tuesday.
Cambodia held talks with Sok Dara on Thursday."""

POLITICAL_CRISIS = """\
Peruvian police arrested opposition leader Keiko Fujimori in Lima on Thursday.
Peru's government accused the opposition of plotting a coup.
President Pedro Castillo rejected the demand on Friday.
Lawmakers called for his resignation.
Canada called for restraint.
Peru's foreign minister said on Friday that the country was calm.
President Pedro Castillo called it a cowardly terrorist attack."""

THREE_STATES = """\
Serbia accused Kosovo of provoking violence on Monday, and Kosovo accused Serbia of backing armed gangs.
Russia accused Kosovo of stoking tension, and Kosovo accused Russia of meddling in the Balkans.
Kosovo rejected the demand on Tuesday."""

FRIENDLY_PAIR = """\
Hungary and China signed 18 agreements on Thursday, and Hungary praised China for its investment.
China pledged to build a railway in Hungary.
Hungary rejected the plan on Friday."""

ORGANISATION_STANDOFF = """\
ECOWAS imposed sanctions on Niger on Sunday after the coup.
Niger's military government accused ECOWAS of preparing an invasion.
ECOWAS threatened Niger with the use of force on Wednesday.
Niger's military government warned of an immediate response.
Mali rejected the sanctions on Friday."""

THIN_PAIR = """\
Venezuelan troops attacked a Guyanese army post on Wednesday.
Venezuela's president threatened to annex the disputed region on Monday.
Venezuela's defence minister warned of a response."""

HEAVY_PAIR = THIN_PAIR + """
Guyana's president put the army on high alert on Tuesday.
Guyana's foreign minister said the country would defend itself.
The United Nations said it was following events with concern."""

WARTIME_TRIAL = """\
Colombian police arrested opposition leader Maria Gomez in Bogota on Thursday.
Colombia's government accused the opposition of plotting a coup.
A judge said soldiers had raped at least 30 women before the killings."""

OUTBREAK = """\
Ugandan police arrested dozens of traders in Kampala on Monday.
Ugandan President Yoweri Museveni rejected calls for a nationwide lockdown.
The United States pledged $10 million to fight the outbreak."""


@pytest.fixture(scope="module")
def patterns() -> PatternSet:
    return load_patterns()


def coded_story(text: str, patterns: PatternSet) -> tuple[list[CodedEvent], list[CodedEvent]]:
    """The coder's events of a short article (one paragraph a line), before and after the story's targets."""
    paragraphs = [ParsedParagraph(index=i, offset=0, doc=parse_text(line)) for i, line in enumerate(text.split("\n"))]
    actors = find_mentions(paragraphs, "2024-03-05")
    coded = code_paragraphs(paragraphs, actors, patterns, statements=True)
    return coded, with_story_targets(coded, actors)


def by_trigger(events: list[CodedEvent], word: str) -> CodedEvent:
    return next(event for event in events if event.trigger.text == word)


def dyad(event: CodedEvent) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def test_a_two_state_story_aims_a_sides_untargeted_acts_at_the_other_side(patterns: PatternSet) -> None:
    before, after = coded_story(BORDER_CLASH, patterns)
    assert by_trigger(before, "shelling").target is None
    assert dyad(by_trigger(after, "shelling")) == ("THA", "KHM")  # the alleged act, the accused's
    assert dyad(by_trigger(after, "firing")) == ("KHM", "THA")
    assert dyad(by_trigger(after, "threatened")) == ("KHM", "THA")  # "threatened them": a pronoun left empty
    assert dyad(by_trigger(after, "met")) == ("THA", "KHM")


def test_an_implied_target_is_marked_so_users_can_filter_it(patterns: PatternSet) -> None:
    _, after = coded_story(BORDER_CLASH, patterns)
    event = by_trigger(after, "threatened")
    assert event.target is not None
    assert event.target.confidence <= 0.5
    assert event.target.via == "story counterpart"
    assert event.target.code == "THA" and event.target.sector is None
    assert str(event.explanation["target_path"]).startswith("story counterpart")
    assert event.explanation["target_via"] == "story counterpart"  # shown by `code --explain`


def test_a_third_state_in_a_two_state_story_gets_no_target(patterns: PatternSet) -> None:
    # near miss: Malaysia is no side of the Thai-Cambodian clash; its criticism stays untargeted
    _, after = coded_story(BORDER_CLASH, patterns)
    assert dyad(by_trigger(after, "criticised")) == ("MYS", None)


def test_a_party_named_in_the_object_is_not_replaced_by_the_counterpart(patterns: PatternSet) -> None:
    # near miss: "talks with Sok Dara" names someone the tables do not know, not Thailand
    _, after = coded_story(BORDER_CLASH, patterns)
    assert dyad(by_trigger(after, "held")) == ("KHM", None)


def test_a_one_state_story_aims_its_own_acts_at_that_state(patterns: PatternSet) -> None:
    before, after = coded_story(POLITICAL_CRISIS, patterns)
    assert by_trigger(before, "rejected").target is None
    rejected = by_trigger(after, "rejected")
    assert dyad(rejected) == ("PER", "PER")
    assert rejected.target is not None and rejected.target.via == "domestic story"
    lawmakers = next(e for e in after if e.trigger.text == "called" and e.code.root == "02"
                     and e.source is not None and e.source.country == "PER")
    assert dyad(lawmakers) == ("PER", "PER")


def test_a_foreign_reaction_to_a_one_state_story_is_aimed_at_that_state(patterns: PatternSet) -> None:
    _, after = coded_story(POLITICAL_CRISIS, patterns)
    reaction = next(e for e in after if e.source is not None and e.source.country == "CAN")
    assert dyad(reaction) == ("CAN", "PER")


def test_a_statement_takes_no_implied_target(patterns: PatternSet) -> None:
    # near miss: a plain statement (root 01) is aimed at nobody
    _, after = coded_story(POLITICAL_CRISIS, patterns)
    assert dyad(by_trigger(after, "said")) == ("PER", None)


def test_a_condemned_attack_is_not_aimed_at_the_state_it_happened_in(patterns: PatternSet) -> None:
    # near miss: "called it a terrorist attack" is aimed at the attackers, whom the story does not name
    _, after = coded_story(POLITICAL_CRISIS, patterns)
    condemned = next(e for e in after if e.trigger.text == "called" and e.code.root == "11")
    assert condemned.target is None


def test_a_story_of_three_states_has_no_pair_of_sides(patterns: PatternSet) -> None:
    # near miss: Kosovo quarrels with Serbia and with Russia alike; whom it rejected is not implied
    before, after = coded_story(THREE_STATES, patterns)
    sides = story_sides(before)
    assert sides.pair is None and sides.home is None
    assert dyad(by_trigger(after, "rejected")) == ("XKX", None)


def test_a_friendly_pair_implies_cooperation_but_not_conflict(patterns: PatternSet) -> None:
    _, after = coded_story(FRIENDLY_PAIR, patterns)
    assert dyad(by_trigger(after, "build")) == ("CHN", "HUN")
    # near miss: no act of conflict between the two was coded, so the rejection may be aimed at anyone
    assert dyad(by_trigger(after, "rejected")) == ("HUN", None)


def test_a_story_with_no_events_has_no_sides() -> None:
    sides = story_sides([])
    assert sides.pair is None and sides.home is None


def test_an_organisation_can_be_a_side_of_the_story(patterns: PatternSet) -> None:
    before, after = coded_story(ORGANISATION_STANDOFF, patterns)
    assert story_sides(before).pair == ("NER", "ECOWAS")
    warned = by_trigger(after, "warned")
    assert warned.target is not None and warned.target.org == "ECOWAS" and warned.target.country is None
    assert warned.target.via == "story counterpart" and warned.target.confidence <= 0.5


def test_a_third_state_in_an_organisation_standoff_gets_no_target(patterns: PatternSet) -> None:
    # near miss: Mali is neither ECOWAS nor Niger; whose sanctions it rejected is left to the reader
    _, after = coded_story(ORGANISATION_STANDOFF, patterns)
    assert dyad(by_trigger(after, "rejected")) == ("MLI", None)


def test_two_states_that_hold_the_story_evenly_are_its_sides(patterns: PatternSet) -> None:
    # one clash coded between them, too few to lead by count; but Venezuela and Guyana hold the story
    before, after = coded_story(HEAVY_PAIR, patterns)
    assert story_sides(before).pair == ("GUY", "VEN")
    assert dyad(by_trigger(after, "threatened")) == ("VEN", "GUY")
    assert dyad(by_trigger(after, "warned")) == ("VEN", "GUY")


def test_a_state_named_once_is_no_side(patterns: PatternSet) -> None:
    # near miss: Guyana is named in one event only; one clash sets up no pair
    before, after = coded_story(THIN_PAIR, patterns)
    assert story_sides(before).pair is None
    assert dyad(by_trigger(after, "warned")) == ("VEN", None)


def test_violence_told_after_an_act_of_violence_does_not_hide_its_target(patterns: PatternSet) -> None:
    # "raped ... before the killings" is the act itself, not a condemned attack by someone unnamed
    _, after = coded_story(WARTIME_TRIAL, patterns)
    assert dyad(by_trigger(after, "raped")) == ("COL", "COL")


def test_one_act_at_home_makes_a_one_state_story(patterns: PatternSet) -> None:
    # Uganda holds the story and its police act on its own people once: a story about Uganda
    before, after = coded_story(OUTBREAK, patterns)
    assert story_sides(before).home == "UGA"
    assert dyad(by_trigger(after, "rejected")) == ("UGA", "UGA")
    assert dyad(by_trigger(after, "pledged")) == ("USA", "UGA")


def test_a_state_that_never_acts_at_home_makes_no_one_state_story(patterns: PatternSet) -> None:
    # near miss: without the arrests nothing in the story is Uganda acting on itself
    text = OUTBREAK.split("\n", 1)[1]
    before, after = coded_story(text, patterns)
    assert story_sides(before).home is None
    assert dyad(by_trigger(after, "pledged")) == ("USA", None)
