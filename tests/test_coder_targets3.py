"""Source and target on real pages, third pass: a by-agent on a participle of the act ("tariffs imposed by China
on US goods"), an object in a relative clause ("the embassy which protesters tried to block"), a chain of -ing
clauses sharing the main clause's subject, a subject that suffers a nominal act ("Israel faced criticism",
"came under fire from"), hyphenated pairs ("US-China talks", "the Iran-Iraq war"), a list's last item past an
absolute phrase, the object of an infinitive on the object ("rejected an invitation to attend a meeting of X")
and headline passives of force without their auxiliary ("US helicopter shot down over Iraq"). Each class has
sentences where the rule must fire and near misses where it must not. The patterns are a small set written
here, so the tests measure the coder, not the shipped patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coder_helpers import code_text, dyads_of

from dyadwatch.events.patterns import PatternSet

PATTERNS = """
040  meet
040  talk:n
061  aid:n
071  give aid
111  criticism:n
111  condemnation:n
111  fire:n
111  come +under criticism|pressure
125  reject invitation
039  attend meeting
144  block
161  pull out
163  impose tariff|sanction|duty +on
163  tariff:n
163  sanction:n
163  duty:n
163  up sanction +on
173  detain
173  arrest
186  kill
190  war:n
190  shoot
190  attack
090  prosecution:n
090  investigation:n
045  mediate +between
045  mediation:n
046  host talk
"""


@pytest.fixture(scope="module")
def patterns(compile_patterns: Callable[[str], PatternSet]) -> PatternSet:
    return compile_patterns(PATTERNS)


coded = code_text


dyads = dyads_of


# --------------------------------------------------------------------- a by-agent on a participle of the act


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Tariffs imposed by China on US goods rose sharply last month.", ("CHN", "USA")),
        ("Sanctions imposed by Canada on Iran took effect on Monday.", ("CAN", "IRN")),
        ("Duties imposed by Japan on South Korean steel angered Seoul.", ("JPN", "KOR")),
    ],
)
def test_participle_agent_is_the_doer_of_the_act(text: str, dyad: tuple[str, str], patterns: PatternSet) -> None:
    assert dyad in dyads(coded(text, patterns), "163")


def test_by_phrase_on_the_thing_acted_on_is_the_doer(patterns: PatternSet) -> None:
    events = coded("Duties on imports by the Chinese government rose to 25 percent.", patterns)
    assert ("CHN", None) in dyads(events, "163")


def test_participle_without_agent_names_no_doer(patterns: PatternSet) -> None:
    # near miss: no by-phrase, so only the modifier can name a doer
    events = coded("Tariffs imposed on US goods rose sharply last month.", patterns)
    assert all(e.source is None or e.source.country != "CHN" for e in events)


# ---------------------------------------------------------------------------- an object in a relative clause


@pytest.mark.parametrize(
    ("text", "code", "dyad"),
    [
        ("Police guarded the Israeli embassy which Turkish protesters tried to block.", "144", ("TUR", "ISR")),
        ("Russia condemned the sanctions which Washington imposed on Iran last week.", "163", ("USA", "IRN")),
        ("Police closed roads near the Israeli embassy which Iranian students tried to block.", "144", ("IRN", "ISR")),
    ],
)
def test_relative_clause_subject_acts_on_the_antecedent(
    text: str, code: str, dyad: tuple[str, str], patterns: PatternSet
) -> None:
    assert dyad in dyads(coded(text, patterns), code)


def test_relative_clause_on_an_act_names_its_doer(patterns: PatternSet) -> None:
    events = coded("Ottawa complained about a tariff that Washington planned to impose on Canada.", patterns)
    assert any(e.source and e.source.country == "USA" and e.target and e.target.country == "CAN" for e in events)


def test_relative_clause_whose_subject_is_the_antecedent_is_no_object(patterns: PatternSet) -> None:
    # near miss: "which blocked" has the embassy's protesters as the antecedent doing the act, not suffering it
    events = coded("Turkish protesters, who tried to block the Israeli embassy, were arrested.", patterns)
    assert ("ISR", "TUR") not in dyads(events, "144")


# ------------------------------------------------------------------------- a chain of -ing clauses, one doer


def test_gerund_chain_takes_the_main_subject(patterns: PatternSet) -> None:
    events = coded("Washington is upping sanctions on Iran, killing its general and pulling out of the deal.", patterns)
    assert ("USA", "IRN") in dyads(events, "163")
    assert dyads(events, "186") and all(s == "USA" for s, _ in dyads(events, "186"))
    assert dyads(events, "161") and all(s == "USA" for s, _ in dyads(events, "161"))


def test_gerund_after_violence_stays_its_toll(patterns: PatternSet) -> None:
    # near miss: "attacked ..., killing five" reports one attack and its dead, not a second act
    events = coded("Russian troops attacked the Ukrainian town of Bakhmut, killing five civilians.", patterns)
    assert dyads(events, "190")
    assert not dyads(events, "186")


def test_gerund_with_its_own_subject_is_not_chained(patterns: PatternSet) -> None:
    # near miss: "with Iran pulling out" has a subject of its own
    events = coded("Washington is upping sanctions on Iran, with Tehran pulling out of the deal.", patterns)
    assert all(s != "USA" for s, _ in dyads(events, "161"))


# ------------------------------------------------------------------ a subject that suffers a nominal act


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israel faced Palestinian criticism over the raid.", ("PSE", "ISR")),
        ("Israel came under fire from Turkey over the raid.", ("TUR", "ISR")),
        ("Hungary drew condemnation from Germany on Tuesday.", ("DEU", "HUN")),
    ],
)
def test_subject_suffers_the_act(text: str, dyad: tuple[str, str], patterns: PatternSet) -> None:
    assert dyads(coded(text, patterns), "111") == {dyad}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Italy came under criticism from France over the migrant boats.", ("FRA", "ITA")),
        ("Poland came under pressure from Germany on Friday.", ("DEU", "POL")),
    ],
)
def test_verb_pattern_of_suffering_swaps_the_sides(text: str, dyad: tuple[str, str], patterns: PatternSet) -> None:
    # the pattern is on "come": the from-phrase does the act, the subject suffers it
    assert dyads(coded(text, patterns), "111") == {dyad}


def test_subject_of_an_ordinary_verb_does_the_act(patterns: PatternSet) -> None:
    # near miss: "voiced criticism" is the subject's own act
    events = coded("Turkey issued criticism of Israel over the raid.", patterns)
    assert ("ISR", "TUR") not in dyads(events, "111")


# ------------------------------------------------------------------------------------- hyphenated pairs


def test_hyphenated_pair_consults_each_other(patterns: PatternSet) -> None:
    assert dyads(coded("US-China trade talks resumed on Monday.", patterns), "040") == {("USA", "CHN"), ("CHN", "USA")}


def test_hyphenated_pair_fights_each_other(patterns: PatternSet) -> None:
    assert dyads(coded("The Iran-Iraq war began in 1980.", patterns), "190") == {("IRN", "IRQ"), ("IRQ", "IRN")}


def test_hyphenated_pair_of_one_way_act_is_not_mirrored(patterns: PatternSet) -> None:
    # sanctions are imposed one way: both named, neither made the other's target
    events = coded("EU-US sanctions hit the Russian economy.", patterns)
    assert all(t is None or t == "RUS" for _, t in dyads(events, "163"))


def test_plain_compound_is_one_side(patterns: PatternSet) -> None:
    # near miss: no hyphen, one modifier
    assert dyads(coded("China trade talks resumed on Monday.", patterns), "040") <= {("CHN", None)}


# ----------------------------------------------------------------- the last item of a list past an absolute


def test_list_tail_after_absolute_phrase(patterns: PatternSet) -> None:
    events = coded("The United States gave aid to Egypt, Jordan, Iraq and, with strings attached, Cuba.", patterns)
    assert {t for _, t in dyads(events, "071")} == {"EGY", "JOR", "IRQ", "CUB"}


def test_list_tail_of_two(patterns: PatternSet) -> None:
    events = coded("Japan gave aid to Laos, Cambodia and, with conditions attached, Myanmar.", patterns)
    assert "MMR" in {t for _, t in dyads(events, "071")}


def test_single_partner_takes_no_appended_item(patterns: PatternSet) -> None:
    # near miss: one partner, no list to complete
    events = coded("The United States gave aid to Egypt, with strings attached.", patterns)
    assert {t for _, t in dyads(events, "071")} == {"EGY"}


# ------------------------------------------------------------------------------------- nested objects


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iran rejected an invitation to attend a meeting of the Arab League.", "AL"),
        ("Serbia rejected an invitation to attend a meeting of NATO.", "NATO"),
    ],
)
def test_object_of_infinitive_on_object(text: str, target: str, patterns: PatternSet) -> None:
    events = [e for e in coded(text, patterns) if e.code.code == "125"]
    assert events and all(e.target is not None and e.target.org == target for e in events)


def test_infinitive_with_nothing_to_reach(patterns: PatternSet) -> None:
    # near miss: the meeting names nobody
    events = [e for e in coded("Iran rejected an invitation to attend the meeting.", patterns) if e.code.code == "125"]
    assert all(e.target is None for e in events)


# ------------------------------------------------------------------- headline passives of force


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("US helicopter shot down over Iraq", "190", "USA"),
        ("Journalist arrested in Moscow", "173", "RUS"),
        ("Russian soldiers detained in Kharkiv", "173", "RUS"),
    ],
)
def test_headline_passive_subject_is_acted_on(text: str, code: str, target: str, patterns: PatternSet) -> None:
    events = [e for e in coded(text, patterns) if e.code.code == code]
    assert events
    assert all(e.target is not None and e.target.country == target for e in events)
    assert all(e.source is None or e.source.country != target for e in events)  # the one acted on did nothing


def test_headline_passive_with_by_phrase(patterns: PatternSet) -> None:
    events = [e for e in coded("Activists detained by Belarusian police in Minsk", patterns) if e.code.code == "173"]
    assert events and all(e.source is not None and e.source.country == "BLR" for e in events)


def test_sentence_with_real_subject_keeps_it(patterns: PatternSet) -> None:
    # near miss: a full sentence, its subject does the act
    events = [e for e in coded("Russian troops attacked near Kharkiv on Monday.", patterns) if e.code.code == "190"]
    assert events and all(e.source is not None and e.source.country == "RUS" for e in events)


def test_headline_with_object_is_active(patterns: PatternSet) -> None:
    # near miss: an object makes it an active headline
    events = [e for e in coded("Iranian forces detain British sailors", patterns) if e.code.code == "173"]
    assert events and all(e.source is not None and e.source.country == "IRN" for e in events)


# ------------------------------------------------------- visitors, a trigger inside a name, mediation between


def test_visiting_officials_are_the_source(patterns: PatternSet) -> None:
    events = coded("On Monday, visiting Ukrainian officials met Polish President Andrzej Duda in Warsaw.", patterns)
    assert ("UKR", "POL") in dyads(events, "040")


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Director of Public Prosecution Anna Berg closed the case, the Swedish Prosecution Authority said.",
        "Head of Public Prosecution Lars Holm resigned on Monday, the Danish Prosecution Service said.",
        "The Ukrainian Investigation Bureau said on Monday it had finished its work.",
    ],
)
def test_trigger_inside_an_office_name_is_no_event(text: str, patterns: PatternSet) -> None:
    assert not [e for e in coded(text, patterns) if e.code.code == "090"]


def test_the_same_word_as_an_act_is_coded(patterns: PatternSet) -> None:
    # near miss: a lower-case act, not part of a name
    events = coded("The Ukrainian investigation of Russian war crimes began on Monday.", patterns)
    assert "UKR" in {s for s, _ in dyads(events, "090")}


@pytest.mark.parametrize(
    ("text", "code", "source", "targets"),
    [
        ("Egypt mediated between Israel and Hamas on Sunday.", "045", "EGY", {"ISR", "PSE"}),
        ("Oman hosted talks between Iran and the United States in Muscat.", "046", "OMN", {"IRN", "USA"}),
        ("Qatar mediated between Sudan and Chad last year.", "045", "QAT", {"SDN", "TCD"}),
        ("Oman launched a mediation effort between Iran and Saudi Arabia.", "045", "OMN", {"IRN", "SAU"}),
        ("Kenya opened a mediation initiative between Ethiopia and Eritrea.", "045", "KEN", {"ETH", "ERI"}),
    ],
)
def test_mediator_is_the_source_and_both_sides_targets(
    text: str, code: str, source: str, targets: set[str], patterns: PatternSet
) -> None:
    found = dyads(coded(text, patterns), code)
    assert {s for s, _ in found} == {source}
    assert {t for _, t in found} == targets


# ------------------------------------------------------------- an event noun held in the passive


HELD = "141  hold|stage|stag protest|rally|demonstration\n166  expel diplomat\n"  # "stag": the lemma of "staged"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Teacher protests were held in Bogota on Monday.", "COLEDU"),
        ("Student demonstrations were staged across Chile.", "CHLEDU"),
        ("Opposition rallies were held in Caracas after the vote.", "VENOPP"),
    ],
)
def test_a_held_event_nouns_modifier_is_its_doer(
    text: str, doer: str, compile_patterns: Callable[[str], PatternSet]
) -> None:
    events = [e for e in coded(text, compile_patterns(HELD)) if e.code.code == "141"]
    # the place is no target; a protest at home with none named is aimed at the home state
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events] == [
        (doer, f"{doer[:3]}GOV")
    ]


def test_near_miss_a_passive_patient_is_still_the_target(compile_patterns: Callable[[str], PatternSet]) -> None:
    events = coded("Iranian diplomats were expelled from Germany on Friday.", compile_patterns(HELD))
    assert [(e.source, e.target.country if e.target else None) for e in events] == [(None, "IRN")]
