"""Drawing a dyad's series for ``dyadwatch dyads ... --plot FILE``: PNG, SVG or PDF through matplotlib.

This module owns the figure: per period, stacked bars of de-duplicated events by QuadClass (verbal and
material cooperation above the axis, verbal and material conflict below it, so the balance is visible at a
glance), and under them the cooperation-conflict index and the mean Goldstein score. It draws on a bare
``matplotlib.figure.Figure`` (the Agg and SVG canvases, no pyplot, no display, no global backend state).
The numbers come from :mod:`dyadwatch.aggregate`; this module computes nothing new.
"""

from __future__ import annotations

from pathlib import Path

from .aggregate import DyadReport
from .events.ontology import QUAD_CLASS_NAMES

__all__ = ["PLOT_SUFFIXES", "plot_dyad_report"]

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
_QUAD_COLOURS = {1: "#9ecae1", 2: "#3182bd", 3: "#fdae6b", 4: "#d94801"}


def plot_dyad_report(report: DyadReport, path: str | Path) -> Path:
    """Draw ``report`` into ``path`` (format from its suffix); return the path. ValueError for other suffixes."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValueError(f"{target}: cannot draw a {suffix or 'suffix-less'} file (use .png, .svg or .pdf)")
    from matplotlib.figure import Figure  # imported here: only --plot pays for matplotlib

    labels = [period.period for period in report.periods]
    positions = list(range(len(labels)))
    figure = Figure(figsize=(max(6.0, 0.35 * len(labels) + 3), 6.5), layout="constrained")
    counts_axis, index_axis = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    arrow = "\u2192" if report.directed else "\u2194"
    figure.suptitle(f"{report.actor_a} {arrow} {report.actor_b}: de-duplicated events by {report.by}")

    above = [0.0] * len(labels)
    below = [0.0] * len(labels)
    for quad in (1, 2, 3, 4):
        values = [float(period.quad_class.get(quad, 0)) for period in report.periods]
        if quad <= 2:
            counts_axis.bar(positions, values, bottom=above, color=_QUAD_COLOURS[quad], label=QUAD_CLASS_NAMES[quad])
            above = [a + v for a, v in zip(above, values, strict=True)]
        else:
            negative = [-v for v in values]
            counts_axis.bar(positions, negative, bottom=below, color=_QUAD_COLOURS[quad],
                            label=QUAD_CLASS_NAMES[quad])
            below = [b + n for b, n in zip(below, negative, strict=True)]
    counts_axis.axhline(0, color="black", linewidth=0.8)
    counts_axis.set_ylabel("events (conflict below 0)")
    counts_axis.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize="small", ncols=4, frameon=False)

    index_values = [period.coop_conflict_index for period in report.periods]
    goldstein_values = [period.goldstein_mean for period in report.periods]
    index_axis.plot(positions, index_values, marker="o", color="#31a354", label="cooperation-conflict index")
    index_axis.set_ylim(-1.05, 1.05)
    index_axis.set_ylabel("index")
    index_axis.axhline(0, color="black", linewidth=0.8)
    goldstein_axis = index_axis.twinx()
    goldstein_axis.plot(positions, goldstein_values, marker="s", linestyle="--", color="#756bb1",
                        label="Goldstein mean")
    goldstein_axis.set_ylim(-10.5, 10.5)
    goldstein_axis.set_ylabel("Goldstein mean")
    handles = index_axis.get_legend_handles_labels()
    more = goldstein_axis.get_legend_handles_labels()
    index_axis.legend(handles[0] + more[0], handles[1] + more[1], loc="lower left", fontsize="small")
    index_axis.set_xticks(positions, labels, rotation=60 if len(labels) > 8 else 0, fontsize="small")
    if not labels:
        counts_axis.text(0.5, 0.5, "no dated events", transform=counts_axis.transAxes, ha="center")
    figure.savefig(target, format=suffix[1:])
    return target
