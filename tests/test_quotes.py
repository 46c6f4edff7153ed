"""Quotes: direct quotations and reported speech with their speakers, on articles written here."""

from __future__ import annotations

from pathlib import Path

from dyadwatch import code_article
from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.quotes import find_quotes, link_quotes
from dyadwatch.language import parse_article
from dyadwatch.model import Article, Event, Quote

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "iran-russia-defense-ties.txt"

STORY = "\n\n".join(
    [
        "Turkish President Recep Tayyip Erdogan said on Monday that Ankara would buy more air defence systems.",
        "“We will not bow to pressure from anyone,” he told reporters in Ankara. “The decision is ours.”",
        'Foreign Minister Mevlut Cavusoglu said: "Turkey is a sovereign country and makes its own choices.',
        '"No one can dictate to us which weapons we buy," Cavusoglu added.',
        "The opposition called the purchase a “strategic mistake” and demanded a vote in parliament.",
    ]
)


def quotes_of(text: str) -> tuple[Article, list[Quote]]:
    article = Article(article_id="t", text=text, published="2024-06-10")
    parsed = parse_article(article)
    return article, find_quotes(parsed, find_mentions(parsed, article.published))


def test_direct_quote_after_the_words_with_pronoun_speaker() -> None:
    article, quotes = quotes_of(STORY)
    first = next(q for q in quotes if q.text.startswith("We will not bow"))
    assert first.direct and first.verb == "tell"
    assert first.speaker is not None and first.speaker.name == "Recep Tayyip Erdogan"
    assert article.text[first.span[0] : first.span[1]] == first.text
    assert first.text == "We will not bow to pressure from anyone"


def test_second_quote_of_a_paragraph_keeps_the_attribution_before_it() -> None:
    _, quotes = quotes_of(STORY)
    second = next(q for q in quotes if q.text.startswith("The decision"))
    assert second.verb == "tell" and second.speaker is not None and second.speaker.country == "TUR"


def test_quote_introduced_by_colon_and_running_into_the_next_paragraph() -> None:
    _, quotes = quotes_of(STORY)
    colon = next(q for q in quotes if q.text.startswith("Turkey is a sovereign country"))
    assert colon.verb == "say" and colon.speaker is not None and colon.speaker.name == "Mevlut Cavusoglu"
    added = next(q for q in quotes if q.text.startswith("No one can dictate"))
    assert added.verb == "add" and added.speaker is not None and added.speaker.name == "Mevlut Cavusoglu"


def test_reported_speech_is_the_that_clause() -> None:
    _, quotes = quotes_of(STORY)
    reported = next(q for q in quotes if not q.direct)
    assert reported.text == "Ankara would buy more air defence systems"
    assert reported.verb == "say" and reported.speaker is not None and reported.speaker.name == "Recep Tayyip Erdogan"
    assert reported.sentence_index == 0


def test_scare_quotes_are_not_quotations() -> None:
    _, quotes = quotes_of(STORY)
    assert not any("strategic mistake" in q.text for q in quotes)


def test_adding_that_is_said_by_the_subject_of_the_sentence() -> None:
    _, quotes = quotes_of(
        "Chinese Foreign Minister Wang Yi welcomed the proposal, adding that Beijing was ready to host the talks."
    )
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].verb == "add" and quotes[0].speaker is not None and quotes[0].speaker.country == "CHN"


def test_text_without_speech_has_no_quotes() -> None:
    assert quotes_of("Troops crossed the border at dawn and shelled two villages.")[1] == []


def test_link_quotes_takes_events_whose_trigger_lies_inside() -> None:
    quote = Quote(speaker=None, text="x", verb="say", sentence_index=0, span=(10, 50))
    inside = Event(
        event_id="in", article_id="a", cameo="040", cameo_root="04", cameo_name="Consult", plover="CONSULT",
        quad_class=1, goldstein=1.0, source=None, target=None, sentence="s", sentence_index=0, span=(20, 25),
        trigger="talks",
    )  # fmt: skip
    outside = Event(**{**{f: getattr(inside, f) for f in inside.__slots__}, "event_id": "out", "span": (60, 65)})
    link_quotes([quote], [inside, outside])
    assert quote.event_ids == ["in"]


def test_pipeline_fills_quotes_and_links_their_events() -> None:
    article = code_article(
        "Russian Defense Minister Sergei Shoigu met Iranian armed forces chief Mohammad Baqeri in Moscow on Tuesday."
        "\n\n“Moscow is ready to expand military cooperation with Tehran,” Shoigu said after the talks.",
        published="2021-10-20",
    )
    direct = [q for q in article.quotes if q.direct]
    assert direct and direct[0].speaker is not None and direct[0].speaker.country == "RUS"
    record = article.to_dict()["quotes"][0]
    assert set(record) >= {"speaker", "text", "verb", "span", "event_ids"}
    linked = {i for q in article.quotes for i in q.event_ids}
    assert linked <= {e.event_id for e in article.events}
