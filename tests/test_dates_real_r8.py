"""Event dates in whole articles, round 8: acts the text tells as earlier do not take the publication day.

A past act with no date of its own used to get the day the article came out. These rules give it the date the
text ties it to ("Since 2009, when police arrested ...", "a March 3 meeting ... when the envoy threatened ...")
or, where the text says only that it is earlier (past perfect, "at a recent summit", the act a person was
sentenced for), no day at all. Each rule has a positive case and a near miss, in sentences written here.
"""

from __future__ import annotations

from dyadwatch.pipeline import code_article

PUBLISHED = "2021-06-10"


def _dated(text: str, trigger: str) -> list[tuple[str | None, str, str]]:
    """(date, precision, modality) of each event the trigger word codes."""
    return [(event.date, event.date_precision, event.modality)
            for event in code_article(text, published=PUBLISHED).events if event.trigger == trigger]


def test_a_when_clause_on_a_year_takes_that_year() -> None:
    text = "Back in 2009, when Iranian police arrested hundreds of protesters in Tehran, the opposition went quiet."
    assert _dated(text, "arrested") == [("2009-01-01", "year", "historical")]


def test_a_bare_year_before_when_is_read_as_that_year() -> None:
    text = "Ever since 2014, when Russia annexed Crimea, the Ukrainian government has courted NATO."
    assert _dated(text, "annexed") == [("2014-01-01", "year", "historical")]


def test_a_when_clause_near_miss_after_no_date_keeps_the_news_day() -> None:
    text = "Iranian police arrested hundreds of protesters in Tehran when the opposition marched on parliament."
    assert _dated(text, "arrested") == [(PUBLISHED, "day", "asserted")]


def test_a_when_clause_on_a_dated_gathering_takes_its_day() -> None:
    text = ("The minister described a March 3 meeting in Geneva when the Russian envoy threatened the Georgian "
            "delegation with sanctions.")
    assert _dated(text, "threatened") == [("2021-03-03", "day", "historical")]


def test_a_dated_gathering_near_miss_a_when_clause_after_another_noun() -> None:
    text = ("The Russian envoy threatened the Georgian delegation with sanctions when the talks in Geneva "
            "collapsed.")
    assert _dated(text, "threatened") == [(PUBLISHED, "day", "asserted")]


def test_the_past_perfect_is_before_the_news_on_no_known_day() -> None:
    text = "Ethiopian troops had shelled the border town of Humera, forcing thousands to flee into Sudan."
    assert _dated(text, "shelled") == [(None, "unknown", "asserted")]


def test_the_past_perfect_near_miss_a_reported_one_is_the_news() -> None:
    text = "Sudanese officials said Ethiopian troops had shelled the border town of Humera."
    assert _dated(text, "shelled") == [(PUBLISHED, "day", "asserted")]


def test_the_past_perfect_with_a_day_of_its_own_keeps_it() -> None:
    text = "Ethiopian troops had shelled the border town of Humera on Monday, forcing thousands to flee."
    assert _dated(text, "shelled") == [("2021-06-07", "day", "asserted")]


def test_an_act_at_a_recent_gathering_has_no_known_day() -> None:
    text = "At a recent summit in Nairobi, Kenya's president accused Sudan of arming the rebels."
    assert _dated(text, "accused") == [(None, "unknown", "asserted")]


def test_a_recent_gathering_near_miss_a_plain_gathering_is_the_news() -> None:
    text = "At a summit in Nairobi, Kenya's president accused Sudan of arming the rebels."
    assert _dated(text, "accused") == [(PUBLISHED, "day", "asserted")]


def test_the_act_a_person_was_sentenced_for_is_earlier() -> None:
    text = "The gunman who attacked the French ambassador in Ankara was sentenced to life in prison."
    assert _dated(text, "attacked") == [(None, "unknown", "asserted")]
    assert _dated(text, "sentenced") == [(PUBLISHED, "day", "asserted")]


def test_the_act_near_miss_a_person_arrested_for_it_may_be_today() -> None:
    text = "The gunman who attacked the French ambassador in Ankara was arrested by Turkish police."
    assert _dated(text, "attacked") == [(PUBLISHED, "day", "asserted")]


def test_the_crime_a_plea_is_for_is_earlier() -> None:
    text = "Carlineo, 55, pleaded guilty to threatening a United States senator."
    assert _dated(text, "threatening") == [(None, "unknown", "asserted")]


def test_the_crime_near_miss_a_threat_told_as_going_on_is_the_news() -> None:
    text = "Carlineo, 55, went on threatening a United States senator."
    assert _dated(text, "threatening") == [(PUBLISHED, "day", "asserted")]


def test_the_past_perfect_near_miss_in_an_after_clause_is_the_main_acts_time() -> None:
    text = "After Ethiopian troops had shelled the border town of Humera, Sudan recalled its ambassador."
    assert _dated(text, "shelled") == [(PUBLISHED, "day", "asserted")]


