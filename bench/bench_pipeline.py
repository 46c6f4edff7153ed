"""How long each stage takes per article, and what actors + coder add on top of spaCy's own parse.

Run:  python bench/bench_pipeline.py [--repeat 5] [FILES...]
Default corpus: the articles written for this repo (tests/fixtures/*.txt|*.html, examples/*.html), each coded
once to load the tables, then timed ``--repeat`` times; prints the median per stage in milliseconds per article.
The actor stage's memoised lookups are cleared before each article, so it is timed as if the article were new.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.mentions import find_mentions
from dyadwatch.events.coder import code_paragraphs
from dyadwatch.events.patterns import load_patterns
from dyadwatch.extract import extract
from dyadwatch.language import get_nlp, parse_article
from dyadwatch.model import Article, RawDocument
from dyadwatch.pipeline import code_parsed
from dyadwatch.read import looks_like_html

ROOT = Path(__file__).resolve().parents[1]


def corpus(paths: list[str]) -> list[Article]:
    files = [Path(p) for p in paths] or sorted(
        [*ROOT.glob("tests/fixtures/*.txt"), *ROOT.glob("tests/fixtures/*.html"), *ROOT.glob("examples/*.html")]
    )
    articles = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        raw = RawDocument(source=str(path), content=text, is_html=looks_like_html(text), published="2024-05-17")
        result = extract(raw)
        if isinstance(result, Article):
            articles.append(result)
    return articles


def copy(article: Article) -> Article:
    return Article(
        article_id=article.article_id,
        text=article.text,
        paragraphs=list(article.paragraphs),
        published=article.published,
        dateline=article.dateline,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    t0 = time.perf_counter()
    get_nlp()
    load_patterns()
    print(f"model + patterns load: {time.perf_counter() - t0:.2f} s")
    articles = corpus(args.files)
    if not articles:
        sys.exit("no articles to time")
    for article in articles:  # load every table and matcher (knowledge, gazetteer, dateparser)
        code_parsed(copy(article))
    knowledge = load_knowledge()
    stages: dict[str, list[float]] = {"spacy parse": [], "actors": [], "coder": [], "whole pipeline": []}
    for _ in range(args.repeat):
        parse_time = actor_time = coder_time = whole_time = 0.0
        for article in articles:
            a = copy(article)
            t = time.perf_counter()
            parsed = parse_article(a)
            parse_time += time.perf_counter() - t
            knowledge.clear_caches()  # each article's lookups start cold: no credit for having seen it before
            t = time.perf_counter()
            mentions = find_mentions(parsed, a.published)
            actor_time += time.perf_counter() - t
            t = time.perf_counter()
            code_paragraphs(parsed, mentions)
            coder_time += time.perf_counter() - t
            t = time.perf_counter()
            code_parsed(copy(article))
            whole_time += time.perf_counter() - t
        n = len(articles)
        stages["spacy parse"].append(1000 * parse_time / n)
        stages["actors"].append(1000 * actor_time / n)
        stages["coder"].append(1000 * coder_time / n)
        stages["whole pipeline"].append(1000 * whole_time / n)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"{len(articles)} articles, {words:.0f} words on average, median of {args.repeat} runs (ms/article):")
    medians = {name: statistics.median(values) for name, values in stages.items()}
    for name, value in medians.items():
        print(f"  {name:<16} {value:8.1f}")
    parse = medians["spacy parse"]
    print(
        f"  actors add {100 * medians['actors'] / parse:.0f}% and the coder {100 * medians['coder'] / parse:.0f}% "
        "to spaCy's own time"
    )
    without_actors = medians["whole pipeline"] - medians["actors"]
    print(f"  actors add {100 * medians['actors'] / without_actors:.1f}% to the rest of the pipeline's time (issue 3)")


if __name__ == "__main__":
    main()
