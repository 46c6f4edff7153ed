"""Tests for dyadwatch.extract: the plain-text boilerplate filter, datelines, HTML and the stage."""

from __future__ import annotations

from pathlib import Path

import pytest

import dyadwatch.extract as extract_module
from dyadwatch.extract import clean_plain_text, extract, extract_html, normalize_paragraph, split_dateline
from dyadwatch.model import Article, DocumentError, RawDocument, article_id_for

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "iran-russia-defense-ties.txt"

BODY_ONE = "Indonesia and Malaysia signed a maritime border agreement in Jakarta on Thursday, officials said."
BODY_TWO = "The deal settles a dispute over fishing grounds in the Sulawesi Sea that dates back to the 1960s."
BODY_THREE = "Both navies will hold joint patrols along the new line from next year, the navy said."


def body(text: str) -> list[str]:
    return clean_plain_text(text)[1]


def fixture_article(name: str, **fields: str) -> Article:
    content = (FIXTURES / name).read_text(encoding="utf-8")
    article = extract(RawDocument(source=name, content=content, is_html=name.endswith(".html"), **fields))
    assert isinstance(article, Article), article
    return article


# -- headline ----------------------------------------------------------------------------------------------


def test_headline_is_title_not_body() -> None:
    text = f"Indonesia, Malaysia settle sea border\n\n{BODY_ONE}\n\n{BODY_TWO}\n"
    title, paragraphs, _ = clean_plain_text(text)
    assert title == "Indonesia, Malaysia settle sea border"
    assert paragraphs == [BODY_ONE, BODY_TWO]


def test_first_line_with_final_period_is_body() -> None:
    title, paragraphs, _ = clean_plain_text(f"{BODY_ONE}\n\n{BODY_TWO}\n")
    assert title is None
    assert paragraphs == [BODY_ONE, BODY_TWO]


def test_lone_line_is_body_not_headline() -> None:
    title, paragraphs, _ = clean_plain_text("Turkish troops shelled Kurdish positions near the border\n")
    assert title is None
    assert paragraphs == ["Turkish troops shelled Kurdish positions near the border"]


def test_hard_wrapped_first_sentence_is_not_a_headline() -> None:
    text = (
        "Indonesia and Malaysia signed a maritime border agreement\nin Jakarta on Thursday, officials said."
    )
    title, paragraphs, _ = clean_plain_text(text)
    assert title is None
    assert paragraphs == [BODY_ONE]


def test_long_first_line_without_period_is_body() -> None:
    long_line = " ".join(["Officials from both countries met again"] * 8)
    title, paragraphs, _ = clean_plain_text(f"{long_line}\n\n{BODY_ONE}\n")
    assert title is None
    assert paragraphs[0] == long_line


# -- lines dropped -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By", "By John Smith", "by Amira Hassan and Daniel Tesfaye", "By JANE DOE, Harbour Wire",
        "-", "—", "|",
        "Staff Writer", "Editorial Staff", "IFP Editorial Staff", "Harbour Wire Staff", "Staff Reporter",
        "Reporting by Jane Doe; Editing by John Smith",
        "(Reporting by Jane Doe in Kyiv; Editing by Tom Brown)",
        "Editing by Paul Grant", "Additional reporting by Omar Khalid",
        "Share", "Tweet", "Facebook", "WhatsApp", "Share on Facebook", "Share this article",
        "Facebook Twitter Email",
        "Sign up", "Sign up for our newsletter", "Follow us on Telegram",
        "We use cookies to improve your experience. By using this site you accept our cookie policy.",
        "This website uses cookies.", "Accept all cookies",
        "Advertisement", "ADVERTISEMENT", "Read more", "READ MORE: Ethiopia completes dam filling",
        "Also read: Sudan talks stall", "Story continues below advertisement",
        "https://harbourwire.example/africa/story-123", "www.harbourwire.example", "desk@harbourwire.example",
        "Home » World » Middle East", "World | Africa | Sport", "Updated 3 hours ago", "(AP Photo/Jane Doe)",
        "Photo: Harbour Wire", "Copyright © 2023 Harbour Wire", "All rights reserved.",
        "Published: 14 Aug 2023, 10:34 GMT", "August 14, 2023", "Monday, 14 August 2023 | 09:30",
    ],
)
def test_boilerplate_line_is_dropped(line: str) -> None:
    assert body(f"{BODY_ONE}\n\n{line}\n\n{BODY_TWO}\n") == [BODY_ONE, BODY_TWO]


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, the talks had collapsed and both delegations had left the capital.",
        "Share prices in Moscow fell sharply after the sanctions were announced.",
        "Facebook said it had removed dozens of accounts linked to the military.",
        "Reporters were told the meeting had been postponed.",
        "Staff at the embassy were evacuated overnight, the ministry said.",
        "The report is composed of three chapters on the border clashes.",
        "Subscribers to the state newspaper were told to expect price rises.",
        "In 2019, the two countries signed a border treaty.",
        "The talks took place on October 20, 2021.",
        "Copyright disputes between the two broadcasters went to court last year.",
    ],
)
def test_body_sentence_resembling_boilerplate_is_kept(sentence: str) -> None:
    assert body(f"{BODY_ONE}\n\n{sentence}\n\n{BODY_TWO}\n") == [BODY_ONE, sentence, BODY_TWO]


# -- trailing zone -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    ["Subscribe", "RELATED ARTICLES", "RELATED ARTICLESMORE FROM AUTHOR", "MORE FROM AUTHOR", "LEAVE A REPLY",
     "Leave a comment", "Please enter your comment!", "Related stories", "You may also like"],
)
def test_trailing_zone_drops_everything_after(marker: str) -> None:
    after = (
        "Estonia opens new border posts on its eastern frontier\n\n"
        "Latvia to reintroduce conscription next year\n\n"
        "Please enter your name here\n"
    )
    assert body(f"{BODY_ONE}\n\n{BODY_TWO}\n\n{marker}\n\n{after}") == [BODY_ONE, BODY_TWO]


def test_author_bio_ends_the_article() -> None:
    text = (
        f"{BODY_ONE}\n\n{BODY_TWO}\n\n"
        "Jane Doe is a journalist based in Jakarta who has covered Southeast Asian politics since 2010.\n\n"
        "Estonia opens new border posts on its eastern frontier\n"
    )
    assert body(text) == [BODY_ONE, BODY_TWO]


@pytest.mark.parametrize(
    "bio",
    [
        "The Harbour Wire Editorial Staff is composed of reporters and editors in twelve capitals.",
        "Omar Khalid is a senior correspondent covering the Gulf.",
        "Amira Hassan has covered the Nile basin for a decade.",
        "Daniel Tesfaye can be contacted at the Addis Ababa bureau.",
    ],
)
def test_bio_phrasings(bio: str) -> None:
    assert body(f"{BODY_ONE}\n\n{BODY_TWO}\n\n{bio}\n") == [BODY_ONE, BODY_TWO]


def test_newsletter_box_mid_article_does_not_end_it() -> None:
    long_one = BODY_TWO + " " + BODY_THREE
    long_two = BODY_THREE + " " + BODY_ONE
    text = f"{BODY_ONE}\n\nSubscribe to our daily newsletter\n\n{long_one}\n\n{long_two}\n"
    assert body(text) == [BODY_ONE, long_one, long_two]


def test_subscribe_before_the_body_is_navigation() -> None:
    text = f"Subscribe\nSign in\n\nSea border deal signed\n\n{BODY_ONE}\n\n{BODY_TWO}\n"
    title, paragraphs, _ = clean_plain_text(text)
    assert title == "Sea border deal signed"
    assert paragraphs == [BODY_ONE, BODY_TWO]


def test_mid_article_bio_lookalike_does_not_cut_the_story() -> None:
    lookalike = "Ali Rahimi is a journalist who was detained in Tehran last year, his lawyer said."
    later = [BODY_TWO + " " + BODY_THREE, BODY_THREE + " " + BODY_ONE]
    text = "\n\n".join([BODY_ONE, lookalike, *later])
    assert body(text)[-2:] == later


# -- paragraphs and characters -----------------------------------------------------------------------------


def test_single_newline_lines_ending_in_punctuation_are_paragraphs() -> None:
    assert body(f"{BODY_ONE}\n{BODY_TWO}\n{BODY_THREE}\n") == [BODY_ONE, BODY_TWO, BODY_THREE]


def test_hard_wrapped_lines_join_and_blank_line_ends_paragraph() -> None:
    text = (
        f"{BODY_ONE}\n\n"
        "The defence ministers met for three hours\nand agreed to extend the joint patrols\n\n"
        "An unfinished sentence without a period\n\n"
        f"{BODY_TWO}\n"
    )
    assert body(text) == [
        BODY_ONE,
        "The defence ministers met for three hours and agreed to extend the joint patrols",
        "An unfinished sentence without a period",
        BODY_TWO,
    ]


def test_kickers_and_navigation_before_the_body_are_not_body() -> None:
    text = (
        "Skip to main content\nExpand / Collapse search\n\nComments\nTrending\n\n"
        "Ceasefire holds in the south as aid convoys move\n\n"
        f"{BODY_ONE}\n\n{BODY_TWO}\n\nComments\n\nOther story headline that should go\n"
    )
    assert body(text) == [BODY_ONE, BODY_TWO]


def test_menu_items_and_subheads_are_not_body() -> None:
    text = f"World\nAsia\nBusiness\nSport\n\n{BODY_ONE}\n\nFishing rights\n{BODY_TWO}\n"
    assert body(text) == [BODY_ONE, BODY_TWO]


def test_short_lines_alone_are_the_body() -> None:
    assert body("Russia shells Kharkiv\n") == ["Russia shells Kharkiv"]


def test_dateline_alone_on_its_line_opens_the_first_paragraph() -> None:
    text = f"Sea border deal signed\n\nJAKARTA (Reuters) -\n{BODY_ONE}\n"
    assert clean_plain_text(text) == ("Sea border deal signed", [BODY_ONE], "Jakarta")


def test_closing_quote_after_period_ends_a_paragraph() -> None:
    quote = "“We will not give up a single island,” the minister said."
    quoted_end = "The minister added: “Our patience has limits.”"
    assert body(f"{quoted_end}\n{quote}\n") == [quoted_end, quote]


def test_zero_width_and_whitespace_are_normalised_and_curly_quotes_kept() -> None:
    text = "Egypt\u2019s minister\u00a0urged  a\u200b “fair\u200d deal”\tfor\u2009the basin.\n\n" + BODY_ONE
    assert body(text)[0] == "Egypt’s minister urged a “fair deal” for the basin."
    assert normalize_paragraph(" a\u00ad\u2060b \r\n c ") == "ab c"


def test_windows_line_endings() -> None:
    assert body(f"Sea deal\r\n\r\n{BODY_ONE}\r\n{BODY_TWO}\r\n") == [BODY_ONE, BODY_TWO]


def test_date_line_before_the_body_is_the_publication_date() -> None:
    text = f"Sea border deal signed\nPublished: 14 Aug 2023, 10:34 GMT\n\n{BODY_ONE}\n{BODY_TWO}\n"
    assert clean_plain_text(text) == ("Sea border deal signed", [BODY_ONE, BODY_TWO], None)
    article = extract(RawDocument(source="x", content=text, is_html=False))
    assert isinstance(article, Article) and article.published == "2023-08-14"
    given = extract(RawDocument(source="x", content=text, is_html=False, published="2023-08-15"))
    assert isinstance(given, Article) and given.published == "2023-08-15"


def test_date_line_after_the_body_starts_is_not_the_publication_date() -> None:
    text = f"{BODY_ONE}\n\nAugust 14, 2023\n\n{BODY_TWO}\n"
    article = extract(RawDocument(source="x", content=text, is_html=False))
    assert isinstance(article, Article)
    assert article.published is None and article.paragraphs == [BODY_ONE, BODY_TWO]


# -- datelines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "city", "rest"),
    [
        ("TEHRAN (Reuters) - Iran said on Monday", "Tehran", "Iran said on Monday"),
        ("MOSCOW, Oct 19 (AP) -- Russia said", "Moscow", "Russia said"),
        ("KYIV — Ukraine said", "Kyiv", "Ukraine said"),
        ("KYIV, Ukraine (AP) — Ukraine said", "Kyiv", "Ukraine said"),
        ("NEW YORK, March 3, 2023 (Harbour Wire) – The UN said", "New York", "The UN said"),
        ("BEIRUT/ANKARA (Reuters) - Turkey said", "Beirut/Ankara", "Turkey said"),
        ("ST. PETERSBURG, Russia, 19 October 2021 — Officials said", "St. Petersburg", "Officials said"),
        ("ISLAMABAD: Pakistan said", "Islamabad", "Pakistan said"),
        ("N'DJAMENA, Chad (AFP) - Chad said", "N'Djamena", "Chad said"),
        ("Tehran, Oct 19 (IRNA) - Iran said", "Tehran", "Iran said"),
        ("WASHINGTON--The White House said", "Washington", "The White House said"),
        ("(AP) LAGOS, Nigeria - Troops said", "Lagos", "Troops said"),  # the agency before the city
        ("Kandahar, Afghanistan -- Elders said", "Kandahar", "Elders said"),  # title case with its country
        ("Springfield, Illinois - The governor said", "Springfield", "The governor said"),  # or its US state
        ("Jakarta (Harbour Wire)Police said", "Jakarta", "Police said"),  # an agency tag glued to the text
    ],
)
def test_dateline_is_split(paragraph: str, city: str, rest: str) -> None:
    assert split_dateline(paragraph) == (city, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO-member Norway said it would send air defences.",
        "Iran - a country of 85 million - has rejected the claim.",
        "UPDATE: The talks have been postponed.",
        "US - Mexico talks resumed on Monday.",
        "Moscow — which denies the charge — said nothing.",
        "The UN Security Council met on Friday.",
        "Warren, Sanders - and the rest of the field - attacked the plan.",  # title case, no country after it
        "Nvidia (NVDA)Shares rose on Monday.",  # a ticker glued to the text, and no place
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_agency_tag_without_city_is_removed() -> None:
    assert split_dateline("(Reuters) - Iran said on Monday") == (None, "Iran said on Monday")


def test_dateline_taken_from_first_body_paragraph_only() -> None:
    text = f"Headline here\n\nJAKARTA (Harbour Wire) - {BODY_ONE}\n\nKUALA LUMPUR — {BODY_TWO}\n"
    title, paragraphs, dateline = clean_plain_text(text)
    assert (title, dateline) == ("Headline here", "Jakarta")
    assert paragraphs == [BODY_ONE, f"KUALA LUMPUR — {BODY_TWO}"]


# -- fixtures ----------------------------------------------------------------------------------------------


def test_scraped_fixture_baltic() -> None:
    article = fixture_article("baltic_air_patrol.txt")
    assert article.title == "NATO jets scramble over Baltic as Russian bombers near airspace"
    assert article.dateline == "Vilnius"
    assert article.paragraphs[0].startswith("NATO fighter jets based in Lithuania")
    assert article.paragraphs[1].startswith("Two Spanish jets")
    assert article.paragraphs[2].startswith("Lithuania’s defence minister")
    assert article.paragraphs[-1].startswith("Latvia and Estonia said")
    assert len(article.paragraphs) == 5
    furniture_words = ("Editorial Staff", "Subscribe", "Share", "RELATED", "LEAVE A", "composed", "http")
    for furniture in furniture_words:
        assert furniture not in article.text


def test_scraped_fixture_nile() -> None:
    article = fixture_article("nile_dam_talks.txt")
    assert article.title == "Egypt and Ethiopia resume talks on Nile dam filling"
    assert article.dateline == "Cairo"
    assert article.paragraphs[0].startswith("Egyptian and Ethiopian water ministers met in Cairo on Tuesday")
    assert article.paragraphs[0].endswith("the Egyptian foreign ministry said.")
    assert article.paragraphs[1] == (
        "Egypt’s foreign minister called on Addis Ababa to stop unilateral filling of the reservoir "
        "while the talks go on."
    )
    assert article.paragraphs[-1].startswith("Ethiopia’s water minister told reporters")
    assert len(article.paragraphs) == 6  # the newsletter box mid-article does not end it
    furniture_words = ("cookie", "Advertisement", "Read more", "harbourwire", "Reporting", "Sudan army")
    for furniture in furniture_words:
        assert furniture not in article.text


@pytest.mark.parametrize(
    ("name", "title", "first", "last", "furniture"),
    [
        (
            "black_sea_grain_talks.html",
            "Turkey hosts Black Sea grain talks as Kyiv seeks new corridor",
            "Turkish Foreign Minister Hakan Fidan hosted",
            "Diplomats said a second round could take place in Geneva",
            ["cookie", "Opinion", "Sign in", "Odesa ports", "Finally some diplomacy", "All rights reserved",
             "Sign up for our daily briefing", "Tweet"],
        ),
        (
            "sahel_summit.html",
            "West African leaders meet in Abuja over Niger crisis",
            "West African heads of state met in the Nigerian capital",
            "Mali and Burkina Faso, both ruled by military governments",
            ["cookie", "Floods close roads", "Most read", "Advertisement", "Read more", "Tags",
             "Leave a Reply", "Advertise", "Please enter"],
        ),
    ],
)
def test_html_fixture(name: str, title: str, first: str, last: str, furniture: list[str]) -> None:
    article = fixture_article(name)
    assert article.title == title
    assert article.paragraphs[0].startswith(first)
    assert article.paragraphs[-1].startswith(last)
    for text in furniture:
        assert text not in article.text


def test_html_metadata() -> None:
    grain = fixture_article("black_sea_grain_talks.html")
    assert grain.published == "2023-08-14"
    assert grain.author == "Selin Aydemir"
    assert grain.sitename == "Harbour Wire"
    assert grain.url == "https://harbourwire.example/world/black-sea-grain-talks"
    assert grain.dateline == "Istanbul"
    sahel = fixture_article("sahel_summit.html")
    assert sahel.published == "2023-08-10"
    assert sahel.dateline == "Abuja"
    assert len(sahel.paragraphs) == 5


def test_extract_html_returns_metadata_and_paragraphs() -> None:
    metadata, paragraphs = extract_html((FIXTURES / "sahel_summit.html").read_text(encoding="utf-8"))
    assert metadata["title"] == "West African leaders meet in Abuja over Niger crisis"
    assert metadata["date"] == "2023-08-10"
    assert paragraphs[0].startswith("ABUJA, Aug 10 (Savanna Daily) -- West African heads of state")


def test_extract_html_uses_given_url_when_page_has_none() -> None:
    page = (FIXTURES / "sahel_summit.html").read_text(encoding="utf-8")
    metadata, _ = extract_html(page, url="https://savanna.example/niger")
    assert metadata["url"] == "https://savanna.example/niger"


def test_lxml_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_trafilatura", lambda html, url: None)
    page = (
        "<html><head><title>Short item</title><meta name='author' content='Desk'></head><body>"
        "<nav><p>Home | World | Sport</p></nav>"
        f"<div><p>{BODY_ONE}</p><p>Advertisement</p><p>{BODY_TWO}</p></div>"
        "<footer><p>Copyright 2023 Harbour Wire</p></footer></body></html>"
    )
    metadata, paragraphs = extract_html(page)
    assert paragraphs == [BODY_ONE, BODY_TWO]
    assert metadata["title"] == "Short item"
    assert metadata["author"] == "Desk"


def test_short_html_page_still_extracts() -> None:
    page = f"<html><body><p>{BODY_ONE}</p></body></html>"
    article = extract(RawDocument(source="short.html", content=page, is_html=True))
    assert isinstance(article, Article)
    assert article.paragraphs == [BODY_ONE]


# -- the stage ---------------------------------------------------------------------------------------------


def test_extract_fills_article_from_plain_text() -> None:
    content = f"Sea border deal\n\n{BODY_ONE}\n{BODY_TWO}\n"
    raw = RawDocument(source="wire.txt", content=content, is_html=False)
    article = extract(raw)
    assert isinstance(article, Article)
    assert article.text == f"{BODY_ONE}\n\n{BODY_TWO}"
    assert article.paragraphs == [BODY_ONE, BODY_TWO]
    assert article.article_id == article_id_for(article.text, None)
    assert (article.title, article.source, article.published, article.url) == (
        "Sea border deal", "wire.txt", None, None,
    )


def test_paragraph_offsets_point_into_text() -> None:
    article = fixture_article("nile_dam_talks.txt")
    offset = 0
    for paragraph in article.paragraphs:
        assert article.text[offset:offset + len(paragraph)] == paragraph
        offset += len(paragraph) + 2


def test_article_id_from_doc_id_and_url() -> None:
    with_id = extract(RawDocument(source="x", content=BODY_ONE, is_html=False, doc_id="hw-9"))
    assert isinstance(with_id, Article) and with_id.article_id == "hw-9"
    with_url = extract(RawDocument(source="x", content=BODY_ONE, is_html=False, url="https://example.org/a"))
    assert isinstance(with_url, Article)
    assert with_url.article_id == article_id_for(BODY_ONE, "https://example.org/a")
    assert with_url.url == "https://example.org/a"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("2021-10-20", "2021-10-20"), ("2021-10-20T23:15:00+03:30", "2021-10-20"), ("20211020", "2021-10-20"),
     ("October 20, 2021", "2021-10-20"), ("not a date", None)],
)
def test_published_is_normalised(given: str, expected: str | None) -> None:
    article = extract(RawDocument(source="x", content=BODY_ONE, is_html=False, published=given))
    assert isinstance(article, Article)
    assert article.published == expected


def test_given_published_wins_over_html_metadata() -> None:
    content = (FIXTURES / "black_sea_grain_talks.html").read_text(encoding="utf-8")
    article = extract(RawDocument(source="x", content=content, is_html=True, published="2023-08-15"))
    assert isinstance(article, Article)
    assert article.published == "2023-08-15"


def test_given_title_wins_and_is_not_repeated_in_body() -> None:
    content = f"Sea deal signed\n{BODY_ONE}\n"
    raw = RawDocument(source="x", content=content, is_html=False, title="Sea deal signed")
    article = extract(raw)
    assert isinstance(article, Article)
    assert article.title == "Sea deal signed"
    assert article.paragraphs == [BODY_ONE]


@pytest.mark.parametrize(
    ("content", "is_html"),
    [
        ("By Jane Doe\nShare\nTweet\nSubscribe\n", False),
        ("  \n\u200b\n", False),
        ("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>", True),
    ],
)
def test_no_body_text_is_an_error(content: str, is_html: bool) -> None:
    result = extract(RawDocument(source="empty-page", content=content, is_html=is_html))
    assert result == DocumentError("empty-page", "no article text found")


def test_jsonl_records_extract(tmp_path: Path) -> None:
    from dyadwatch.read import read_inputs

    results = [raw if isinstance(raw, DocumentError) else extract(raw)
               for raw in read_inputs([str(FIXTURES / "batch_three.jsonl")])]
    first, broken, third = results
    assert isinstance(first, Article) and first.article_id == "101" and first.published == "2023-03-17"
    assert isinstance(broken, DocumentError)
    assert isinstance(third, Article) and third.article_id == "hw-103" and third.published == "2023-03-21"
    assert third.text.startswith("Brazil and Argentina signed an agreement")


# -- the founding article ----------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_article_filter() -> None:
    title, paragraphs, dateline = clean_plain_text(SEED.read_text(encoding="utf-8"))
    assert title == "Iran, Russia stress need to bolster defense ties"
    assert dateline is None
    # Eight body paragraphs: two of them are one line each in one blank-line block.
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("The Islamic Republic of Iran")
    assert paragraphs[-1].startswith("He added that")
    assert paragraphs[-1].endswith("South Caucasus")
    text = "\n".join(paragraphs)
    for furniture in ("Subscribe", "Editorial Staff", "ifpnews", "composed of", "RELATED", "LEAVE A REPLY",
                      "Please enter"):
        assert furniture not in text
