"""Tests for dyadwatch.extract, round 8: ledes outside the main text and other stories' teasers in the body.

The pages are small ones written for these tests, in the shapes real news sites use: a summary box before the
body container, "Also on <site>" / "MORE:" / "Related:" teaser lines, tagged teaser headlines, a pop-up card
of headline links inside a sentence, and a list of headline links. Each shape has a near miss that must stay.
"""

from __future__ import annotations

import pytest

from dyadwatch.extract import clean_plain_text, extract_html

LEDE = (
    "Two protesters were killed in clashes with riot police outside the parliament in Valmera on Monday, "
    "after talks between the government and opposition leaders broke down."
)
BODY = [
    "The interior ministry said 40 officers had been injured when demonstrators threw stones and petrol "
    "bombs at a police cordon near the building.",
    "The national ombudsman called on the government to withdraw army units from policing duties and to "
    "open an independent inquiry into the deaths.",
    "Opposition leader Marta Ilves accused the prime minister of ordering the crackdown and said her party "
    "would boycott the next session of parliament.",
    "The prime minister's office said security forces had acted with restraint and blamed the violence on "
    "what it called organised provocateurs from abroad.",
]
DEK = "A government under pressure faces its hardest week since the election, with more protests planned."


def page(body_html: str, description: str = LEDE, before_body: str = "") -> str:
    """A news page: head with a meta description, a headline, optional markup before the body container."""
    return f"""<!DOCTYPE html><html><head><title>Two killed in Valmera clashes</title>
<meta name="description" content="{description}">
<meta property="og:description" content="{description}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Two killed in Valmera clashes</h1>{before_body}
<div class="article-body">{body_html}</div></article></main>
<footer><p>Copyright Valmera Daily Courier</p></footer></body></html>"""


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


# -- the lede outside the main container -----------------------------------------------------------------------


def test_lede_in_summary_box_before_body_is_first_paragraph() -> None:
    html = page(paragraphs_html(BODY), before_body=f'<div class="article-summary">{LEDE}</div>')
    _, paragraphs = extract_html(html)
    assert paragraphs[0] == LEDE
    assert paragraphs[1:] == BODY


def test_dek_in_header_followed_by_byline_is_not_body() -> None:
    header = f'<p class="dek">{DEK}</p><div class="byline">By Jonas Karu, Valmera correspondent</div>'
    _, paragraphs = extract_html(page(paragraphs_html(BODY), description=DEK, before_body=header))
    assert DEK not in paragraphs
    assert paragraphs == BODY


def test_lede_already_in_body_is_not_repeated() -> None:
    html = page(paragraphs_html([LEDE, *BODY]), before_body=f'<div class="article-summary">{LEDE}</div>')
    _, paragraphs = extract_html(html)
    assert paragraphs.count(LEDE) == 1


def test_description_that_is_a_question_is_not_a_lede() -> None:
    question = "Why did the talks between the government and the opposition in Valmera break down so fast?"
    html = page(paragraphs_html(BODY), description=question,
                before_body=f'<div class="article-summary">{question}</div>')
    assert extract_html(html)[1] == BODY


# -- teaser lines inside the body -------------------------------------------------------------------------------

TEASERS = [
    "Also on valmeradaily.com Opposition MPs threatened with arrest as parliament session is suspended",
    "READ MORE: Valmera parliament suspends session after protest",
    "MORE: Who is Marta Ilves, the opposition leader behind the boycott?",
    "Related: Valmera's long road to a coalition government",
    "[Related: Ombudsman criticises police over earlier protests]",
    "SEE MORE: Protesters camp outside the parliament for a third night",
    "DON'T MISS",
    "Valmera police chief resigns over protest deaths [INSIGHT]",
    "Neighbouring states close border crossings amid unrest [VIDEO]",
    "Enjoyed this article? Pass it on to a colleague.",
]


@pytest.mark.parametrize("teaser", TEASERS)
def test_teaser_line_in_html_body_is_dropped(teaser: str) -> None:
    body_html = paragraphs_html([*BODY[:2], teaser, *BODY[2:]])
    _, paragraphs = extract_html(page(body_html, description="Clashes in Valmera."))
    assert paragraphs == BODY


@pytest.mark.parametrize("teaser", TEASERS)
def test_teaser_line_in_plain_text_is_dropped(teaser: str) -> None:
    text = "\n\n".join([*BODY[:2], teaser, *BODY[2:]])
    assert clean_plain_text(text)[1] == BODY


NEAR_MISSES = [
    "More than 300 people have been detained since the protests began, according to a rights group in the "
    "capital.",
    "Also on Tuesday, the foreign ministry summoned the ambassador of a neighbouring state over remarks about "
    "the crackdown.",
    "Related talks between the unions and the transport ministry were postponed until next week, a union "
    "spokesman said.",
    "MORE protests are planned for the weekend, organisers told reporters outside the parliament on Monday.",
    "The minister said the police had acted lawfully [sic] and that an inquiry would clear the officers.",
]


@pytest.mark.parametrize("paragraph", NEAR_MISSES)
def test_real_paragraph_that_begins_like_a_teaser_is_kept(paragraph: str) -> None:
    body_paragraphs = [*BODY[:2], paragraph, *BODY[2:]]
    assert clean_plain_text("\n\n".join(body_paragraphs))[1] == body_paragraphs
    _, paragraphs = extract_html(page(paragraphs_html(body_paragraphs), description="Clashes in Valmera."))
    assert paragraphs == body_paragraphs


# -- link cards and headline-link lists -------------------------------------------------------------------------


def test_popup_card_of_headlines_inside_a_sentence_is_removed() -> None:
    card = (
        '<span class="people-card"><a href="/people/marta-ilves">Marta Ilves</a>'
        '<span class="card-block"><span><a href="/people/marta-ilves">Marta Liisa Ilves</a>'
        '<a href="/news/1">Opposition leader vows boycott of parliament session</a> '
        '<a href="/news/2">Ilves party wins two seats in regional by-elections</a> '
        '<a class="more" href="/people/marta-ilves">MORE</a></span></span></span>'
    )
    first = f"<p>Opposition leader {card} (Freedom Party) accused the prime minister of ordering the crackdown.</p>"
    _, paragraphs = extract_html(page(first + paragraphs_html(BODY), description="Clashes in Valmera."))
    assert paragraphs[0] == (
        "Opposition leader Marta Ilves (Freedom Party) accused the prime minister of ordering the crackdown."
    )


def test_sentence_citing_two_stories_with_links_is_kept() -> None:
    cited = (
        '<p>The ombudsman <span><a href="/a">criticised the police over earlier protests</a> and '
        '<a href="/b">called for an independent inquiry into the deaths</a></span> last year.</p>'
    )
    _, paragraphs = extract_html(page(cited + paragraphs_html(BODY), description="Clashes in Valmera."))
    assert paragraphs[0] == (
        "The ombudsman criticised the police over earlier protests and called for an independent inquiry "
        "into the deaths last year."
    )


def test_list_of_headline_links_is_dropped_but_a_plain_list_is_kept() -> None:
    headlines = (
        '<ul><li><a href="/news/3">Valmera parliament suspends session after protest</a></li>'
        '<li><a href="/news/4">Who is Marta Ilves, the opposition leader?</a></li></ul>'
    )
    casualties = "<ul><li>Two protesters killed in Valmera</li><li>Forty police officers injured</li></ul>"
    body_html = paragraphs_html(BODY[:2]) + casualties + paragraphs_html(BODY[2:]) + headlines
    _, paragraphs = extract_html(page(body_html, description="Clashes in Valmera."))
    text = "\n".join(paragraphs)
    assert "suspends session" not in text and "Who is Marta Ilves" not in text
    assert "Forty police officers injured" in text
    assert all(paragraph in paragraphs for paragraph in BODY)
