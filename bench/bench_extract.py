"""Benchmark HTML extraction on the scrapinghub article-extraction set (../shared/extraction/scrapinghub).

Scores ``dyadwatch.extract.extract_html``'s body text against the ground-truth ``articleBody`` of each page as
bags of words (token precision, recall and F1, the measure the benchmark's authors use), and the pages per
second extraction runs at. Prints a summary; exits quietly with a note when the shared data is absent.

``--plain`` also scores the plain-text filter (``clean_plain_text``) on each page's visible text (every text
node of <body>, one block element a line, as a copy of the whole page would give), against keeping that
text unfiltered: a harder input than the scraped article text the filter is written for.

    .venv/bin/python bench/bench_extract.py [--limit N] [--show-worst K] [--plain]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dyadwatch.extract import clean_plain_text, extract_html  # noqa: E402
from dyadwatch.read import decode_bytes  # noqa: E402

DATA = REPO.parent / "shared" / "extraction" / "scrapinghub"
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of a text, as a bag (multiset)."""
    return Counter(_WORD.findall(text.lower()))


def score(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of the predicted body against the expected one."""
    got, want = tokens(predicted), tokens(expected)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = overlap / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    parser.add_argument("--show-worst", type=int, default=0, help="list the K pages with the lowest F1")
    parser.add_argument("--plain", action="store_true", help="also score clean_plain_text on page text")
    args = parser.parse_args()
    truth_file = DATA / "ground-truth.json"
    if not truth_file.exists():
        print(f"bench_extract: skipped, {DATA} is absent")
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = sorted(truth.items())
    if args.limit:
        pages = pages[: args.limit]
    html_pages = []
    for page_id, record in pages:
        text = decode_bytes(gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()))
        if text is not None:
            html_pages.append((page_id, record.get("url"), text, record.get("articleBody") or ""))
    extract_html("<html><body><p>Warm-up so imports are not timed.</p></body></html>")
    results: list[tuple[str, float, float, float]] = []
    started = time.perf_counter()
    for page_id, url, html, expected in html_pages:
        _metadata, paragraphs = extract_html(html, url)
        results.append((page_id, *score("\n".join(paragraphs), expected)))
    elapsed = time.perf_counter() - started
    precisions = [r[1] for r in results]
    recalls = [r[2] for r in results]
    f1s = [r[3] for r in results]
    print(f"pages {len(results)}  undecodable {len(pages) - len(html_pages)}")
    print(f"precision mean {statistics.mean(precisions):.3f}  recall mean {statistics.mean(recalls):.3f}")
    print(f"F1 mean {statistics.mean(f1s):.3f}  median {statistics.median(f1s):.3f}")
    print(f"speed {len(results) / elapsed:.1f} docs/s ({elapsed:.1f} s)")
    for page_id, precision, recall, f1 in sorted(results, key=lambda r: r[3])[: args.show_worst]:
        print(f"  {f1:.3f}  P {precision:.3f}  R {recall:.3f}  {page_id[:16]}")
    if args.plain:
        bench_plain(html_pages)
    return 0


_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
               "header", "footer", "nav", "aside", "blockquote", "ul", "ol", "table", "form", "figure"}


def page_text(html: str) -> str:
    """The visible text of a page, one block element a line (what copying the whole page gives)."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html)
    for element in tree.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return tree.text_content()


def bench_plain(html_pages: list[tuple[str, str | None, str, str]]) -> None:
    filtered, unfiltered = [], []
    started = time.perf_counter()
    for _page_id, _url, html, expected in html_pages:
        text = page_text(html)
        _title, paragraphs, _dateline = clean_plain_text(text)
        filtered.append(score("\n".join(paragraphs), expected))
        unfiltered.append(score(text, expected))
    elapsed = time.perf_counter() - started
    for name, results in (("page text, unfiltered", unfiltered), ("page text, clean_plain_text", filtered)):
        print(
            f"{name:28s} P {statistics.mean(r[0] for r in results):.3f}  "
            f"R {statistics.mean(r[1] for r in results):.3f}  "
            f"F1 mean {statistics.mean(r[2] for r in results):.3f}"
            f"  median {statistics.median(r[2] for r in results):.3f}"
        )
    print(f"plain filter speed {len(html_pages) / elapsed:.1f} pages/s (page text included)")


if __name__ == "__main__":
    raise SystemExit(main())
