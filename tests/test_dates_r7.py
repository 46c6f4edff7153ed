"""Event dates in whole articles, round 7: deadlines, designated days and acts counted back in weeks.

Each rule has a positive case and a near miss, in sentences written here in news style.
"""

from __future__ import annotations

from dyadwatch.pipeline import code_article
from dyadwatch.when import resolve_event_date

PUBLISHED = "2021-04-18"  # a Sunday


def _dates(text: str, published: str, trigger: str) -> list[str | None]:
    return [event.date for event in code_article(text, published=published).events if event.trigger == trigger]


def test_a_deadline_for_another_verb_does_not_date_the_act() -> None:
    text = ("OSLO, April 18 (Reuters) - The Norwegian foreign ministry summoned the Belarusian envoy and told him "
            "the two attaches must leave by the end of Monday.")
    assert _dates(text, PUBLISHED, "summoned") == ["2021-04-18"]  # not the Monday before


def test_a_deadline_near_miss_the_act_itself_by_a_day_keeps_it() -> None:
    text = "OSLO, April 18 (Reuters) - Rebel fighters had seized the border town by Saturday, the army said."
    assert _dates(text, PUBLISHED, "seized") == ["2021-04-17"]


def test_a_day_a_designating_verb_names_is_not_the_acts_day() -> None:
    text = ("LIMA, March 23 (Reuters) - The president condemned the bombing of the market and declared Sunday "
            "a national day of mourning.")
    assert _dates(text, "2024-03-23", "condemned") == ["2024-03-23"]  # not last Sunday


def test_a_designating_verb_near_miss_a_day_as_adjunct_dates_the_act() -> None:
    text = "LIMA, March 23 (Reuters) - On Thursday the president condemned the bombing of the market."
    assert _dates(text, "2024-03-23", "condemned") == ["2024-03-21"]


def test_an_act_a_week_before_the_dated_one_is_counted_back() -> None:
    sentence = "Ethiopia closed its border with Sudan on Monday, a week after Sudanese forces seized a farm area."
    assert resolve_event_date(sentence, "2024-05-09", sentence.index("seized")) == ("2024-04-29", "week")
    two_weeks = "Kenya recalled its envoy on Wednesday, two weeks after Ugandan troops shelled a village."
    assert resolve_event_date(two_weeks, "2024-05-09", two_weeks.index("shelled")) == ("2024-04-24", "week")


def test_counting_back_near_misses_the_main_act_and_days_keep_their_day() -> None:
    sentence = "Ethiopia closed its border with Sudan on Monday, a week after Sudanese forces seized a farm area."
    assert resolve_event_date(sentence, "2024-05-09", sentence.index("closed")) == ("2024-05-06", "day")
    days = "Turkey expelled two diplomats on Thursday, two days after Iran detained a Turkish reporter."
    assert resolve_event_date(days, "2024-05-09", days.index("detained")) == ("2024-05-07", "day")
