"""Score the coder on every gold file and print the accuracy tables of BENCHMARKS.md (Markdown rows).

    python bench/eval_all.py            # the gold files in ../shared/eval, our news_precision suites, then
                                        # our whole-article gold (news_articles.jsonl) in a second table

One command so that the table is regenerated, not retyped: each row is ``dyadwatch eval FILE --split S`` (or
``--suite S``) with the same numbers ``--json`` prints. Files that are absent are skipped with a note.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dyadwatch.evaluate import EvalReport, evaluate, pipeline_coder, read_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"

# (label, file, suite, split)
ROWS: tuple[tuple[str, Path, str | None, str], ...] = (
    ("plover_gsr_cameo tune", SHARED / "plover_gsr_cameo.jsonl", None, "tune"),
    ("**plover_gsr_cameo heldout**", SHARED / "plover_gsr_cameo.jsonl", None, "heldout"),
    ("plover_gsr_cameo all", SHARED / "plover_gsr_cameo.jsonl", None, "all"),
    ("cameo_examples tune", SHARED / "cameo_examples.jsonl", None, "tune"),
    ("**cameo_examples heldout**", SHARED / "cameo_examples.jsonl", None, "heldout"),
    ("petrarch_validation, suite udpetrarch-petr2-gsr, all", SHARED / "petrarch_validation.jsonl",
     "udpetrarch-petr2-gsr", "all"),
    ("news_precision (ours, `--suite tune`)", ROOT / "tests" / "fixtures" / "news_precision.jsonl", "tune", "all"),
    ("news_precision (ours, `--suite heldout`)", ROOT / "tests" / "fixtures" / "news_precision.jsonl", "heldout",
     "all"),
)

ARTICLES = ROOT / "tests" / "fixtures" / "news_articles.jsonl"
# (label, split, asserted only)
ARTICLE_ROWS: tuple[tuple[str, str, bool], ...] = (
    ("news_articles tune", "tune", False),
    ("**news_articles heldout**", "heldout", False),
    ("news_articles tune, `--asserted`", "tune", True),
    ("**news_articles heldout, `--asserted`**", "heldout", True),
)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table_row(label: str, report: EvalReport) -> str:
    """One Markdown row: records, PLOVER P/R/F1, macro F1, root P/R/F1, dyad F1, actor accuracy, specificity."""
    plover, root, dyad = report.plover, report.root, report.dyad
    cells = [
        label,
        str(report.n_records),
        f"{_num(plover.micro_p)} / {_num(plover.micro_r)} / {_num(plover.micro_f1)}",
        _num(plover.macro_f1),
        f"{_num(root.micro_p)} / {_num(root.micro_r)} / {_num(root.micro_f1)}",
        _num(dyad.micro_f1) if dyad.n_expected else "-",
        _num(report.source_accuracy),
        _num(report.target_accuracy),
        _num(report.no_event_specificity),
    ]
    return "| " + " | ".join(cells) + " |"


def article_row(label: str, report: EvalReport) -> str:
    """One Markdown row of the article table: what a whole-article coding gets right, event by event."""
    plover, event = report.plover, report.event
    cells = [
        label,
        str(report.n_records),
        f"{_num(plover.micro_p)} / {_num(plover.micro_r)} / {_num(plover.micro_f1)}",
        _num(report.root.micro_f1),
        f"{_num(event.micro_p)} / {_num(event.micro_r)} / {_num(event.micro_f1)}",
        _num(report.paired.micro_f1),
        _num(report.source_accuracy),
        _num(report.target_accuracy),
        _num(report.date_accuracy),
        _num(report.location_accuracy),
        _num(report.modality_accuracy),
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    coder = pipeline_coder()
    print("| file and split | records | PLOVER P / R / F1 | PLOVER macro F1 | root P / R / F1 | dyad F1 "
          "| source acc. | target acc. | no-event spec. |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, path, suite, split in ROWS:
        if not path.is_file():
            print(f"(skipped {label}: {path} is absent)", file=sys.stderr)
            continue
        report = evaluate(read_gold(path, suite=suite), coder, split=split)
        print(table_row(label, report))
    print()
    print("| article gold and split | articles | PLOVER P / R / F1 | root F1 | type + dyad P / R / F1 "
          "| type + dyad 1:1 F1 | source acc. | target acc. | date acc. | location acc. | modality acc. |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    articles = read_gold(ARTICLES)
    for label, split, asserted in ARTICLE_ROWS:
        print(article_row(label, evaluate(articles, coder, split=split, asserted_only=asserted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
