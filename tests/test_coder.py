"""The coder's mechanics with a small pattern set written here: frames, specificity, who-to-whom, compounds,
passives, nominal events, relative clauses, intent and modality. The shipped patterns are tested elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import CodedEvent, code_paragraphs, frame_of
from dyadwatch.events.patterns import PatternSet, parse_pattern_line
from dyadwatch.language import ParsedParagraph, parse_text

PATTERNS = """
030  pledge
0312 pledge deepen|expand cooperation military|defense|naval
036  agree meet
040  meet
040  hold talk +with
040  talk:n +with|between
040  sit talk
042  visit
043  host
051  praise
051  thank
057  sign agreement|treaty +with
062  boost cooperation military
130  threaten
163  impose sanction +on|against
173  arrest
111  condemn
1123 accuse +of shelling|attack
112  accuse
150  hold drill
190  attack
190  kill
183  bombing:n
195  strike:n +on
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


def code(text: str, patterns: PatternSet, date: str = "2023-05-10") -> list[CodedEvent]:
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text(text))]
    return code_paragraphs(parsed, find_mentions(parsed, date), patterns)


def dyads(events: list[CodedEvent]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.code.code, e.source.country if e.source else None, e.target.country if e.target else None) for e in events
    }


def test_frame_stays_inside_the_clause() -> None:
    doc = parse_text("Turkey signed an agreement with Greece after officials said talks had failed.")
    signed = next(t for t in doc if t.lemma_ == "sign")
    words = {t.lower_ for t in frame_of(signed)}
    assert {"agreement", "with", "greece"} <= words
    assert "officials" not in words and "failed" not in words


def test_subject_object_and_prepositional_target(patterns: PatternSet) -> None:
    assert dyads(code("Turkey signed a trade agreement with Greece on Monday.", patterns)) == {("057", "TUR", "GRC")}
    assert dyads(code("The European Union imposed new sanctions on Belarus.", patterns)) == {("163", None, "BLR")}


def test_most_specific_pattern_wins(patterns: PatternSet) -> None:
    events = code("Kazakhstan pledged to deepen naval cooperation with Azerbaijan.", patterns)
    assert {e.code.code for e in events} == {"0312"}


def test_compound_subject_is_coded_both_ways_for_cooperation(patterns: PatternSet) -> None:
    events = code("Egypt and Jordan held talks with Israel in Cairo.", patterns)
    assert dyads(events) == {("040", "EGY", "ISR"), ("040", "JOR", "ISR")}
    events = code("Peru and Chile pledged closer ties.", patterns)
    assert dyads(events) == {("030", "PER", "CHL"), ("030", "CHL", "PER")}


def test_conflict_codes_are_not_mirrored(patterns: PatternSet) -> None:
    # a compound subject of a hostile act names no target of its own; "each other" would (test_coder_roles.py)
    events = code("Armenia and Azerbaijan threatened the monitors.", patterns)
    assert all(e.target is None for e in events)


def test_conflict_codes_done_to_each_other_run_both_ways(patterns: PatternSet) -> None:
    # "threatened each other" says both threatened: each side is the other's target
    events = code("Armenia and Azerbaijan threatened each other.", patterns)
    assert {(e.source.country, e.target.country) for e in events if e.source and e.target} == {
        ("ARM", "AZE"),
        ("AZE", "ARM"),
    }


def test_passive_voice_swaps_roles(patterns: PatternSet) -> None:
    events = code("Several Ukrainian villages were attacked by Russian troops overnight.", patterns)
    assert ("190", "RUS", "UKR") in dyads(events)


def test_nominal_events(patterns: PatternSet) -> None:
    assert ("195", "RUS", "UKR") in dyads(code("Russia's strikes on Ukraine continued for a third day.", patterns))
    events = code("The talks between Serbia and Kosovo ended without a deal.", patterns)
    assert {("040", "SRB", "XKX"), ("040", "XKX", "SRB")} <= dyads(events)


def test_relative_clause_subject_and_locative_place_is_not_an_actor(patterns: PatternSet) -> None:
    text = (
        "Indian Defence Minister Arjun Mehta and French Armed Forces Minister Claire Dubois, who sat down for "
        "talks in Paris on Monday, praised the deal."
    )
    events = code(text, patterns)
    assert ("040", "IND", "FRA") in dyads(events)
    assert all(e.target is None or e.target.text != "Paris" for e in events)


def test_intent_governor_recodes_the_dependent(patterns: PatternSet) -> None:
    events = code("Japan agreed to meet South Korea next month.", patterns)
    assert dyads(events) == {("036", "JPN", "KOR")}


def test_intent_without_a_governing_trigger(patterns: PatternSet) -> None:
    events = code("Poland is ready to boost military cooperation with Lithuania.", patterns)
    assert [e.code.code for e in events] == ["0312"]


def test_modality_negated_future_hypothetical(patterns: PatternSet) -> None:
    (negated,) = code("Police in Georgia did not arrest the opposition leader.", patterns)
    assert negated.negated and negated.modality == "negated"
    (future,) = code("The Chinese president will visit Brazil in July.", patterns)
    assert future.modality == "future" and not future.negated
    assert future.code.code == "036"  # an announced visit is coded as the intent to meet
    assert future.explanation["recoded_from"] == "042"
    events = code("If talks fail, Israel would attack Iran.", patterns)
    assert [(e.code.code, e.modality) for e in events] == [("1384", "hypothetical")]


def test_refusing_to_cooperate_is_a_rejection(patterns: PatternSet) -> None:
    (event,) = code("Hungary will not host the Serbian delegation.", patterns)
    assert event.code.code == "125" and event.modality == "asserted"


def test_must_in_reported_speech_is_a_demand(patterns: PatternSet) -> None:
    events = code("The French foreign minister said Iran must release the detained journalists.", patterns)
    assert ("100", "FRA", "IRN") in dyads(events)


def test_no_actor_means_no_event(patterns: PatternSet) -> None:
    assert code("The striker said the team would attack more in the second half.", patterns) == []


def test_explanation_names_pattern_and_paths(patterns: PatternSet) -> None:
    (event,) = code("Germany praised Norway.", patterns)
    assert event.explanation["pattern"] == "051  praise"
    assert event.explanation["source_path"].endswith("nsubj")
    assert event.explanation["target_path"] == "dobj"


def test_a_generic_violent_verb_takes_the_code_of_its_instrument(patterns: PatternSet) -> None:
    events = code("Rebels killed three Afghan soldiers in a roadside bombing near Kandahar.", patterns)
    assert [e.code.code for e in events] == ["183"]


def test_a_passive_subject_is_shared_with_the_next_verb(patterns: PatternSet) -> None:
    events = code("The Chinese envoy was welcomed by Cuban officials and will visit Brazil next week.", patterns)
    assert ("036", "CHN", "BRA") in dyads(events)


def test_events_need_a_political_actor_outside_violence_and_protest(patterns: PatternSet) -> None:
    assert code("Small investors in Hong Kong praised the deal.", patterns) == []
    assert dyads(code("Hong Kong officials praised the deal.", patterns)) == {("051", "HKG", None)}


def test_sports_sentences_are_not_coded(patterns: PatternSet) -> None:
    text = "Brazil attacked Argentina throughout the second half of the World Cup semifinal in Doha."
    assert code(text, patterns) == []
    assert code("Brazil attacked Argentina.", patterns)


def test_it_only_refers_to_a_state_named_close_by(patterns: PatternSet) -> None:
    text = "Serbia praised Norway. The weather was fine for days. It praised the new stadium."
    events = code(text, patterns)
    assert [e.trigger.i for e in events if e.source and e.source.country == "SRB"] == [1]


def test_a_pattern_preposition_naming_nobody_falls_back_to_the_object(patterns: PatternSet) -> None:
    events = code("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant on Friday.", patterns)
    assert dyads(events) == {("1123", "UKR", "RUS")}


def test_the_place_of_a_condemned_act_or_a_drill_is_its_target(patterns: PatternSet) -> None:
    assert dyads(code("France condemned the coup in Niger.", patterns)) == {("111", "FRA", "NER")}
    assert dyads(code("China held military drills around Taiwan on Saturday.", patterns)) == {("150", "CHN", "TWN")}


def test_a_sports_word_does_not_hide_what_authorities_did(patterns: PatternSet) -> None:
    text = "Kenyan police arrested twenty fans after a football tournament final in Nairobi."
    assert ("173", "KEN", "KEN") in dyads(code(text, patterns))  # unnamed fans: the people police govern


def test_an_attack_noun_subject_codes_the_event() -> None:
    lines = ["195  strike:n +on", "190  kill", "1833 bombing:n roadside"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    assert dyads(code("Russia's strikes on Kyiv killed five people.", local)) == {("195", "RUS", "UKR")}
    assert [e.code.code for e in code("A roadside bombing near Samarra killed one U.S. soldier.", local)] == ["1833"]


def test_the_act_an_accusation_names_is_kept_as_alleged_by_the_accused() -> None:
    lines = ["1123 accuse +of shelling|attack", "112  accuse", "112  allege", "194  shell", "190  attack"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    events = code("Moldova accused Russia of shelling Odesa in neighbouring Ukraine.", local)
    assert dyads(events) == {("1123", "MDA", "RUS"), ("194", "RUS", "UKR")}
    accusation, shelling = sorted(events, key=lambda e: e.trigger.i)
    assert (accusation.modality, shelling.modality) == ("asserted", "alleged")
    assert shelling.reported_by is accusation
    # a clause with its own doer keeps it; a planned act is not alleged as done
    events = code("Armenia alleged that Azerbaijani troops had attacked a border post in Armenia.", local)
    assert dyads(events) == {("112", "ARM", "AZE"), ("190", "AZE", "ARM")}
    assert {e.modality for e in events if e.code.code == "190"} == {"alleged"}
    events = code("Seoul accused Pyongyang of planning to attack its ships.", local)
    assert [e.modality for e in events] == ["asserted"]


def test_a_threat_is_aimed_at_whoever_its_condition_names() -> None:
    local = PatternSet([p for line in ["130  threaten", "141  rally", "144  block road"] for p in
                        parse_pattern_line(line, "test")])
    text = "Turkey threatened to close its airspace if Sweden lets the demonstrations continue."
    assert dyads(code(text, local)) == {("130", "TUR", "SWE")}
    # no condition, no target guessed
    assert dyads(code("Turkey threatened to close its airspace.", local)) == {("130", "TUR", None)}


def test_a_protest_is_addressed_to_whom_its_demand_names_or_the_protesters_government() -> None:
    local = PatternSet([p for line in ["141  rally", "144  block road"] for p in parse_pattern_line(line, "test")])
    named = "Thousands of Catalan students rallied in Barcelona to demand a referendum from Spain."
    assert [(e.source.code, e.target.code) for e in code(named, local)] == [("ESPEDU", "ESP")]
    own = "Thousands of Chilean students rallied in Santiago on Thursday to demand free university education."
    assert dyads(code(own, local)) == {("141", "CHL", "CHL")}
    assert [e.target.code for e in code(own, local)] == ["CHLGOV"]
    # no demand: a protest at home is still aimed at the state that rules there (the PLOVER gold codes it so);
    # but a state acting itself is not its own government's petitioner
    assert dyads(code("Thousands of Chilean students rallied in Santiago on Thursday.", local)) == {
        ("141", "CHL", "CHL")
    }
    assert dyads(code("Jordan blocked the road to the Rukban camp on Thursday.", local)) == {("144", "JOR", None)}


def test_a_city_the_tagger_misread_is_the_place_of_a_violent_act(patterns: PatternSet) -> None:
    local = PatternSet([p for line in ["194  shell", "051  praise"] for p in parse_pattern_line(line, "test")])
    assert dyads(code("Russian artillery shelled Kharkiv overnight.", local)) == {("194", "RUS", "UKR")}
    # a bare name praised is a person, whatever town shares it
    assert dyads(code("Kenya praised Jackson.", local)) == {("051", "KEN", None)}


def test_a_cooperative_act_of_more_than_three_parties_is_coded_once_per_party(patterns: PatternSet) -> None:
    three = dyads(code("Brazil, Argentina and Chile agreed to meet in Montevideo.", patterns))
    assert len(three) == 6 and ("036", "BRA", "CHL") in three
    four = dyads(code("Brazil, Argentina, Chile and Peru agreed to meet in Montevideo.", patterns))
    assert four == {("036", c, None) for c in ("BRA", "ARG", "CHL", "PER")}


def test_a_participle_clause_on_an_actor_is_background() -> None:
    local = PatternSet([p for line in ["0841 release", "173  hold captive"] for p in parse_pattern_line(line, "test")])
    text = "Serbian forces on Tuesday released six French peacekeepers held captive since Friday."
    assert dyads(code(text, local)) == {("0841", "SRB", "FRA")}


def test_two_states_drilling_together_cooperate_militarily() -> None:
    lines = ["150  hold drill", "150  launch game"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    joint = dyads(code("Indian and French warships launched five days of war games in the Arabian Sea.", local))
    assert joint == {("062", "IND", "FRA"), ("062", "FRA", "IND")}
    assert dyads(code("Iran held naval drills near the Strait of Hormuz.", local)) == {("150", "IRN", None)}


def test_wanting_another_actor_to_act_is_a_demand_not_the_act() -> None:
    local = PatternSet([p for line in ["072  supply weapon", "166  expel"] for p in parse_pattern_line(line, "test")])
    events = code("Kyiv wants Germany to supply more weapons before the winter.", local)
    assert dyads(events) == {("1032", "UKR", "DEU")}  # the wanted act's intent form, as a demand: 0332 -> 1032
    # wanting to act oneself is intent, coded as such (not a demand)
    assert dyads(code("Poland wants to expel Russian diplomats.", local)) == {("136", "POL", "RUS")}


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        ("063  extradite", "Washington wants Britain to extradite the hacker.", ("1013", "USA", "GBR")),
        ("0841 release prisoner", "Canada wants China to release the prisoners.",
         ("1053", "CAN", "CHN")),
        ("057  sign agreement", "Iran wants France to sign a new agreement.", ("100", "IRN", "FRA")),
    ],
)
def test_a_wanted_act_maps_to_the_demand_that_mirrors_its_intent(line: str, text: str, expected: tuple) -> None:
    local = PatternSet(parse_pattern_line(line, "test"))
    assert expected in dyads(code(text, local))


def test_they_means_several_actors_never_a_state_named_alone(patterns: PatternSet) -> None:
    both = dyads(code("Chile and Peru signed a treaty with Bolivia. They also praised Ecuador.", patterns))
    assert {("051", "CHL", "ECU"), ("051", "PER", "ECU")} <= both
    alone = dyads(code("Chile raised tariffs on steel. Exporters say they praised Ecuador.", patterns))
    assert not any(source == "CHL" and code_ == "051" for code_, source, _ in alone)


def test_a_thing_as_subject_is_no_unknown_actor(patterns: PatternSet) -> None:
    local = PatternSet([p for line in ["070  help", "190  kill"] for p in parse_pattern_line(line, "test")])
    assert code("A prolonged trade war would help Canada.", local) == []
    assert code("That would help Canada.", local) == []
    # an unknown name may be an actor the tables lack; violence with an unknown doer is still violence
    assert dyads(code("Zorbek helped Canada.", local)) == {("070", None, "CAN")}
    assert dyads(code("A roadside bomb killed two Canadian soldiers.", local)) == {("190", None, "CAN")}


def test_two_actors_of_one_code_but_different_organisations_are_two_sides() -> None:
    local = PatternSet([p for line in ["190  fight -corruption|legal"] for p in parse_pattern_line(line, "test")])
    events = code("Kurdish fighters fought Islamic State in Raqqa.", local)
    assert [(e.source.org, e.target.org) for e in events] == [(None, "ISIS")]
    assert code("The minister vowed to fight corruption.", local) == []


def test_a_states_agents_easing_controls_at_home_act_on_their_country() -> None:
    local = PatternSet([p for line in ["0813 lift curfew", "081  ease measure", "194  shell"] for p in
                        parse_pattern_line(line, "test")])
    lifted = "The Ethiopian government on Monday lifted the curfew in Addis Ababa."
    assert dyads(code(lifted, local)) == {("0813", "ETH", "ETH")}
    assert dyads(code("Serbia eased emergency measures in Kosovo province.", local)) == {("081", "SRB", "XKX")}
    # violence is not: the place of one's own forces' shelling is no target
    assert dyads(code("Russian forces shelled Belgorod.", local)) == {("194", "RUS", None)}


def test_a_verb_coordinated_inside_a_threat_is_part_of_it() -> None:
    local = PatternSet([p for line in ["138  threaten attack", "190  attack", "1823 murder", "130  threaten"] for p in
                        parse_pattern_line(line, "test")])
    events = code("Hamas threatened to attack and murder Israeli soldiers.", local)
    assert [e.code.root for e in events] == ["13"]
    # coordinated with the threat, not inside it: both acts are coded
    both = dyads(code("Russia attacked Kyiv and threatened Poland.", local))
    assert {("190", "RUS", "UKR"), ("130", "RUS", "POL")} <= both


def test_force_is_aimed_at_whom_its_purpose_or_its_object_names() -> None:
    lines = ["193  open fire", "1721 prevent demonstration", "138  threaten resume attack", "162  suspend delivery"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    fired = "Kenyan police opened fire to disperse opposition supporters in Kisumu on Friday."
    assert [(e.source.code, e.target.country) for e in code(fired, local)] == [("KENCOP", "KEN")]
    prevented = "Turkish police prevented a demonstration staged by Kurdish students in Ankara."
    assert [(e.source.code, e.target.code) for e in code(prevented, local)] == [("TURCOP", "TUREDU")]
    assert dyads(code("Hezbollah threatened to resume attacks in Israel.", local)) == {("138", "LBN", "ISR")}
    assert dyads(code("The World Food Programme suspended deliveries in Yemen.", local)) == {("162", None, "YEM")}


def test_a_prepositions_object_misparsed_as_a_clause_subject_is_still_its_object() -> None:
    local = PatternSet([p for line in ["075  grant asylum"] for p in parse_pattern_line(line, "test")])
    text = "Ecuador granted asylum to three Colombian army officers holed up in its embassy."
    assert [(e.source.code, e.target.code) for e in code(text, local)] == [("ECU", "COLMIL")]


def test_questions_and_headline_lists_assert_nothing(patterns: PatternSet) -> None:
    assert code("Will Norway praise Sweden?", patterns) == []
    assert code("\u201cWhy would Norway praise Sweden?\u201d", patterns) == []
    assert code("Norway praised Sweden | Denmark praised Finland | Iceland praised Chile", patterns) == []
    assert dyads(code("Norway praised Sweden.", patterns)) == {("051", "NOR", "SWE")}


def test_what_should_or_must_happen_has_not_happened_and_is_no_intent() -> None:
    lines = ["1722 impeach", "087  withdraw", "0312 pledge cooperation", "172  ban", "010  say"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    events = code("Armenia must withdraw its troops from the border.", local)
    assert [(e.code.code, e.modality) for e in events] == [("087", "hypothetical")]
    # a statement verb does not swallow what it reports
    parsed = [ParsedParagraph(index=0, offset=0, doc=parse_text("Moldova banned the party, the government said."))]
    reported = code_paragraphs(parsed, find_mentions(parsed, "2023-05-10"), local, statements=True)
    assert {"010", "172"} <= {e.code.code for e in reported}


def test_a_complaint_targets_what_it_is_about_not_its_addressee() -> None:
    local = PatternSet([p for line in ["114  complain +to"] for p in parse_pattern_line(line, "test")])
    about = "Greece complained to the European Union over Turkish drilling near Crete."
    assert [e.target.country for e in code(about, local)] == ["TUR"]
    assert [e.target.org for e in code("Greece complained to the European Union.", local)] == ["EU"]


def test_violence_by_unnamed_attackers_is_coded_to_unidentified_forces_where_it_happened() -> None:
    local = PatternSet([p for line in ["190  kill", "194  shell"] for p in parse_pattern_line(line, "test")])
    text = "Two Nigerian soldiers were killed by a roadside bomb outside the city of Maiduguri."
    assert [(e.source.code, e.target.code) for e in code(text, local)] == [("NGAUAF", "NGAMIL")]
    # a country inside the victims' own phrase is whose they are, not where it happened
    assert [e.source for e in code("A roadside bomb killed two French soldiers.", local)] == [None]


def test_time_phrases_refugees_and_incursions() -> None:
    lines = ["020  call +on", "041  call", "190  cross +into -flee|safety"]
    local = PatternSet([p for line in lines for p in parse_pattern_line(line, "test")])
    # a preposition of time is no pattern preposition
    assert dyads(code("Macron called Scholz on Sunday.", local)) == {("041", "FRA", "DEU")}
    assert dyads(code("Russian troops crossed into Georgia.", local)) == {("190", "RUS", "GEO")}
    # military force needs someone armed
    assert code("Ukrainian refugees crossed into Poland.", local) == []


def test_nature_is_no_actor() -> None:
    local = PatternSet([p for line in ["194  pound", "190  kill"] for p in parse_pattern_line(line, "test")])
    assert code("The hurricane pounded Cuba on Sunday.", local) == []
    assert code("Three Indian soldiers were killed by an avalanche in Ladakh.", local) == []
    assert dyads(code("Pakistani artillery pounded Indian posts.", local)) == {("194", "PAK", "IND")}


def test_its_striking_that_is_no_strike() -> None:
    local = PatternSet([p for line in ["195  strike"] for p in parse_pattern_line(line, "test")])
    assert code("It's striking that tensions are rising everywhere, the German minister said.", local) == []
    assert dyads(code("Israel is striking Hezbollah targets in Lebanon.", local)) == {("195", "ISR", "LBN")}


def test_peacekeepers_arriving_are_provided_and_received_and_a_visit_targets_its_place() -> None:
    local = PatternSet([p for line in ["042  arrive", "042  visit"] for p in parse_pattern_line(line, "test")])
    text = "A battalion of Nepali peacekeepers arrived in South Sudan on Tuesday."
    assert dyads(code(text, local)) == {("074", "NPL", "SSD"), ("0861", "SSD", "NPL")}
    assert dyads(code("Indonesian officials arrived in Canberra on Monday.", local)) == {("042", "IDN", "AUS")}
    assert dyads(code("Indonesian officials arrived in Bali on Monday.", local)) == {("042", "IDN", None)}


def test_what_might_not_happen_is_no_refusal(patterns: PatternSet) -> None:
    events = code("Ghana might not meet Togo next week.", patterns)
    assert [(e.code.code, e.modality) for e in events] == [("040", "hypothetical")]
    assert [e.code.code for e in code("Ghana would not meet Togo.", patterns)] == ["125"]


def test_a_nominal_event_takes_its_verbs_negation_and_subject() -> None:
    local = PatternSet([p for line in ["057  deal:n +with"] for p in parse_pattern_line(line, "test")])
    assert dyads(code("Serbia will not accept the deal with Kosovo.", local)) == {("120", "SRB", "XKX")}
    assert dyads(code("Serbia accepted the deal with Kosovo.", local)) == {("057", "SRB", "XKX")}


def test_a_nominal_setting_gives_way_to_the_event_held_in_it() -> None:
    local = PatternSet([p for line in ["036  summit:n", "051  praise"] for p in parse_pattern_line(line, "test")])
    assert dyads(code("At the ASEAN summit, Vietnam praised Indonesia.", local)) == {("051", "VNM", "IDN")}


def test_a_nominal_act_with_no_doer_gets_no_unidentified_attackers() -> None:
    local = PatternSet([p for line in ["192  annexation:n", "190  kill"] for p in parse_pattern_line(line, "test")])
    events = code("Critics warned against the annexation of parts of Syria.", local)
    assert all(e.source is None or "UAF" not in (e.source.code or "") for e in events)


def test_a_gerund_used_as_a_noun_takes_no_subject_from_up_the_tree() -> None:
    local = PatternSet([p for line in ["1712 burn"] for p in parse_pattern_line(line, "test")])
    assert code("Nigeria's Supreme Court issued an injunction against crop burning.", local) == []


def test_a_meeting_that_did_not_happen_is_no_refusal(patterns: PatternSet) -> None:
    assert [(e.code.code, e.modality) for e in code("Ghana did not meet Togo last week.", patterns)] == [
        ("040", "negated")
    ]
    assert [e.code.code for e in code("Ghana will not meet Togo.", patterns)] == ["125"]


def test_companies_outlets_and_universities_are_not_political_actors() -> None:
    local = PatternSet([p for line in ["030  offer", "042  visit"] for p in parse_pattern_line(line, "test")])
    assert code("Huawei offered a new phone to customers.", local) == []
    assert dyads(code("Huawei offered new equipment to Kenya.", local)) == {("030", "CHN", "KEN")}
