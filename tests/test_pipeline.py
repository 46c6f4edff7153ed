"""End to end: articles written here (scraped text and HTML) and the founding article, through code_article."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch import Article, Event, code_article
from dyadwatch.pipeline import Options

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "iran-russia-defense-ties.txt"
BOILERPLATE = (
    "subscribe",
    "editorial staff",
    "desk staff",
    "leave a reply",
    "your comment",
    "related articles",
    "more from author",
    "made up of reporters",
)


def countries(event: Event) -> set[str | None]:
    return {event.source.country if event.source else None, event.target.country if event.target else None}


def actors_named(article: Article, key: str) -> list[tuple[str | None, str | None]]:
    found = []
    for event in article.events:
        for actor in (event.source, event.target):
            if actor is not None and key in f"{actor.name} {actor.text}".lower():
                found.append((actor.country, actor.sector))
    return found


@pytest.fixture(scope="module")
def caspian() -> Article:
    text = (FIXTURES / "caspian_naval_talks.txt").read_text(encoding="utf-8")
    return code_article(text, published="2024-05-17")


def test_caspian_title_and_body(caspian: Article) -> None:
    assert caspian.title == "Kazakhstan, Azerbaijan pledge closer naval cooperation"
    assert caspian.text.startswith("Kazakhstan and Azerbaijan have pledged")
    assert "Subscribe" not in caspian.text and "LEAVE A REPLY" not in caspian.text


def test_caspian_talks_are_a_consult_in_baku_on_thursday(caspian: Article) -> None:
    talks = [
        e for e in caspian.events if e.plover == "CONSULT" and countries(e) == {"KAZ", "AZE"} and e.date == "2024-05-16"
    ]
    assert talks, [e.to_dict() for e in caspian.events]
    event = talks[0]
    assert event.cameo_root == "04"
    assert event.location is not None and event.location.name == "Baku"
    assert event.location.country == "AZE"
    assert event.location.lat is not None and 40.0 < event.location.lat < 40.8
    assert event.date_precision == "day"
    assert event.sentence in caspian.text
    start, end = event.span
    assert caspian.text[start:end] == event.trigger


def test_caspian_pledge_is_military_intent(caspian: Article) -> None:
    pledges = [e for e in caspian.events if e.cameo_root == "03" and countries(e) == {"KAZ", "AZE"}]
    assert pledges
    assert any(e.cameo == "0312" for e in pledges)
    assert all(e.plover == "AGREE" and e.quad_class == 1 for e in pledges)


def test_caspian_people_resolved_from_their_titles(caspian: Article) -> None:
    assert ("KAZ", "MIL") in actors_named(caspian, "sadykov")
    assert ("AZE", "GOV") in actors_named(caspian, "mammadli")
    assert ("AZE", "MIL") in actors_named(caspian, "aliyarov")


def test_caspian_nothing_from_boilerplate(caspian: Article) -> None:
    for event in caspian.events:
        assert not any(word in event.sentence.lower() for word in BOILERPLATE)


def test_caspian_event_records_carry_the_ontology(caspian: Article, event_record_keys: frozenset[str]) -> None:
    for event in caspian.events:
        record = event.to_dict()
        assert event_record_keys <= set(record)
        assert record["cameo"].startswith(record["cameo_root"])
        assert isinstance(record["goldstein"], float)


def test_coding_is_deterministic(caspian: Article) -> None:
    again = code_article((FIXTURES / "caspian_naval_talks.txt").read_text(encoding="utf-8"), published="2024-05-17")
    assert [e.event_id for e in again.events] == [e.event_id for e in caspian.events]
    assert again.article_id == caspian.article_id


def test_html_example_article() -> None:
    article = code_article((EXAMPLES / "ankara_cairo_talks.html").read_text(encoding="utf-8"))
    assert article.published == "2023-07-05"
    assert article.title and article.title.startswith("Turkey and Egypt agree")
    assert "cookies" not in article.text and "Related stories" not in article.text
    talks = [e for e in article.events if e.plover == "CONSULT" and countries(e) == {"TUR", "EGY"}]
    assert talks and talks[0].location is not None and talks[0].location.name == "Ankara"
    assert talks[0].date == "2023-07-04"


def test_statements_only_on_request() -> None:
    text = "Brazil's foreign minister said on Monday that the summit would go ahead."
    assert all(e.cameo_root != "01" for e in code_article(text, published="2022-03-09").events)
    with_statements = code_article(text, published="2022-03-09", options=Options(statements=True))
    assert any(e.cameo_root == "01" and e.plover is None for e in with_statements.events)


def test_no_text_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no article text"):
        code_article("   \n\n  ")


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not available")
def test_founding_article() -> None:
    article = code_article(SEED.read_text(encoding="utf-8"), published="2021-10-20")
    irn_rus = [e for e in article.events if countries(e) == {"IRN", "RUS"}]
    consult = [e for e in irn_rus if e.plover == "CONSULT" and e.date == "2021-10-19"]
    assert consult
    assert any(
        e.location is not None
        and e.location.name == "Moscow"
        and e.location.lat is not None
        and 55 < e.location.lat < 56.5
        for e in consult
    )
    assert any(e.plover == "AGREE" and e.cameo == "0312" for e in irn_rus)
    assert ("IRN", "MIL") in actors_named(article, "baqeri")
    assert {s for c, s in actors_named(article, "shoigu") if c == "RUS"} & {"GOV", "MIL"}
    assert ("RUS", "MIL") in actors_named(article, "gerasimov")
    for event in article.events:
        assert not any(word in event.sentence.lower() for word in BOILERPLATE)


def test_a_year_that_dates_another_thing_does_not_date_the_event() -> None:
    article = code_article("Poland condemned the massacre of 1940 at Katyn.", published="2019-04-12")
    assert [(e.date, e.modality) for e in article.events] == [("2019-04-12", "asserted")]
    dated = code_article("Poland condemned the massacre in 1940.", published="2019-04-12")
    assert [e.date[:4] for e in dated.events] == ["1940"]


def test_a_date_modifying_another_noun_does_not_date_the_event() -> None:
    article = code_article("Kenya condemned the March 3 raid by Somali militants.", published="2024-06-12")
    assert [e.date for e in article.events if e.cameo_root == "11"] == ["2024-06-12"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Police fired tear gas at protesters in Nairobi on Wednesday afternoon, witnesses said.", "2024-03-06"),
        ("Rebels attacked an army post near Goma on Tuesday night.", "2024-03-05"),
        ("Kenyan troops shelled a militant camp in Somalia early on Monday morning.", "2024-03-04"),
    ],
)
def test_a_weekday_before_a_time_of_day_dates_the_event(text: str, date: str) -> None:
    article = code_article(text, published="2024-03-08")  # a Friday
    assert article.events and {e.date for e in article.events} == {date}


def test_violence_with_no_doer_and_no_place_is_placed_by_the_dateline() -> None:
    text = "KABUL, Afghanistan -- A truck bomb exploded outside a ministry building on Monday, killing 12 people."
    events = code_article(text, published="2019-09-10").events
    assert [(e.source.code if e.source else None) for e in events if e.cameo_root == "18"] == ["AFGUAF"]
    plain = code_article(text.split("-- ", 1)[1], published="2019-09-10").events  # no dateline: nobody to name
    assert not [e for e in plain if e.source is not None and e.source.sector == "UAF"]


def test_a_weekday_before_prayers_dates_the_event() -> None:
    article = code_article("Police fired tear gas at worshippers in Srinagar after Friday prayers.",
                           published="2024-03-10")  # a Sunday
    assert article.events and {e.date for e in article.events} == {"2024-03-08"}


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Russian police detained 20 opposition activists in Moscow on the eve of Sunday's presidential election.",
         "2018-03-18", "2018-03-17"),
        ("Kenyan police arrested 14 protesters in Nairobi on the eve of Tuesday's vote.", "2022-08-10", "2022-08-08"),
    ],
)
def test_the_eve_of_another_things_day_keeps_that_day_to_count_from(text: str, published: str, date: str) -> None:
    article = code_article(text, published=published)
    assert [event.date for event in article.events] == [date]


def test_another_things_date_is_still_blanked_when_nothing_counts_from_it() -> None:
    text = "Russian police detained the activists in Moscow ahead of Sunday's election, officials said on Friday."
    article = code_article(text, published="2018-03-18")
    assert [event.date for event in article.events] == ["2018-03-16"]


def test_an_act_inside_a_long_past_war_is_historical_with_no_date_we_could_defend() -> None:
    text = "American soldiers killed hundreds of Vietnamese villagers during the Vietnam War, a report said on Tuesday."
    article = code_article(text, published="2019-10-15")
    assert article.events
    assert all(e.modality == "historical" and e.date is None and e.date_precision == "unknown"
               for e in article.events)


def test_a_war_in_another_clause_does_not_date_the_act() -> None:
    text = ("The US defense secretary met Vietnamese officials in Hanoi and visited a prison where American pilots "
            "were held during the Vietnam War.")
    article = code_article(text, published="2019-11-20")
    consults = [e for e in article.events if e.cameo.startswith("04")]
    assert consults and all(e.date == "2019-11-20" and e.modality == "asserted" for e in consults)
