"""Aggregation: dyad time series and the busiest dyads, counted over de-duplicated events (clusters).

This module owns the arithmetic of dyad questions: counts per QuadClass and PLOVER type, Goldstein sum and
mean, and the cooperation-conflict index ``(cooperation - conflict) / total`` (QuadClass 1-2 against 3-4)
per period. Each real-world event counts once, however many articles reported it. Queries group in SQL by
day over the ``clusters_dyad`` index and roll days up into weeks, months or years here, so a dyad in a store
of a million events answers in milliseconds; the busiest dyads come from the store's per-month summary
(``dyad_months``). It does no formatting beyond plain dicts and text tables.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .events.ontology import PLOVER_TYPES, QUAD_CLASS_NAMES

__all__ = ["PERIODS", "DyadPeriod", "DyadReport", "dyad_report", "format_dyad_report", "period_of", "top_dyads"]

PERIODS = ("week", "month", "year")


def period_of(day: str, by: str) -> str:
    """The period label of an ISO day: ``2024-W09`` (ISO week), ``2024-03`` or ``2024``."""
    if by == "year":
        return day[:4]
    if by == "month":
        return day[:7]
    if by == "week":
        iso = date.fromisoformat(day[:10]).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    raise ValueError(f"unknown period {by!r} (use one of {', '.join(PERIODS)})")


@dataclass(slots=True)
class DyadPeriod:
    """One period of a dyad series."""

    period: str
    total: int = 0
    quad_class: dict[int, int] = field(default_factory=lambda: dict.fromkeys(QUAD_CLASS_NAMES, 0))
    plover: dict[str, int] = field(default_factory=dict)
    goldstein_sum: float = 0.0

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.total if self.total else 0.0

    @property
    def coop_conflict_index(self) -> float:
        """(cooperation - conflict) / total, in [-1, 1]: +1 all cooperation, -1 all conflict."""
        if not self.total:
            return 0.0
        coop = self.quad_class[1] + self.quad_class[2]
        conflict = self.quad_class[3] + self.quad_class[4]
        return (coop - conflict) / self.total

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "total": self.total,
            "quad_class": {str(k): v for k, v in self.quad_class.items()},
            "plover": {k: self.plover[k] for k in sorted(self.plover, key=_plover_order)},
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_mean, 3),
            "coop_conflict_index": round(self.coop_conflict_index, 3),
        }


def _plover_order(name: str) -> int:
    return PLOVER_TYPES.index(name) if name in PLOVER_TYPES else len(PLOVER_TYPES)


@dataclass(slots=True)
class DyadReport:
    """A dyad's series, plus what could not be placed in time."""

    actor_a: str
    actor_b: str
    by: str
    directed: bool
    periods: list[DyadPeriod]
    undated: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "dyad": [self.actor_a, self.actor_b],
            "by": self.by,
            "directed": self.directed,
            "undated": self.undated,
            "periods": [p.to_dict() for p in self.periods],
        }


def _dyad_branches(actor_a: str, actor_b: str, directed: bool) -> list[tuple[str, tuple[str, str], str]]:
    """(where-clause, params) pieces whose union is the dyad, each able to use the clusters_dyad index.

    Symmetric clusters are stored with their two sides sorted, so B->A matches them in a directed query too.
    """
    branches = [("source_key = ? AND target_key = ?", (actor_a, actor_b), "")]
    if actor_a != actor_b:
        extra = " AND symmetric = 1" if directed else ""
        branches.append(("source_key = ? AND target_key = ?", (actor_b, actor_a), extra))
    return branches


def dyad_report(conn: sqlite3.Connection, actor_a: str, actor_b: str, by: str = "month",
                all_modalities: bool = False, directed: bool = False, since: str | None = None,
                until: str | None = None) -> DyadReport:
    """The dyad A-B (both directions unless ``directed``) per period, from de-duplicated events.

    Only asserted events count unless ``all_modalities`` (negated, future, hypothetical... are then included).
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r} (use one of {', '.join(PERIODS)})")
    actor_a, actor_b = actor_a.upper(), actor_b.upper()
    periods: dict[str, DyadPeriod] = {}
    undated = 0
    for where, params, extra in _dyad_branches(actor_a, actor_b, directed):
        clauses, values = cluster_filter(since, until, all_modalities, [where + extra], list(params))
        sql = ("SELECT date, quad_class, plover, COUNT(*), SUM(goldstein) FROM event_clusters"
               f" WHERE {' AND '.join(clauses)} GROUP BY date, quad_class, plover")
        for day, quad, plover, count, goldstein in conn.execute(sql, values):
            if day is None:
                undated += count
                continue
            label = period_of(day, by)
            bucket = periods.get(label)
            if bucket is None:
                bucket = periods[label] = DyadPeriod(label)
            bucket.total += count
            bucket.quad_class[quad] = bucket.quad_class.get(quad, 0) + count
            key = plover or "STATEMENT"
            bucket.plover[key] = bucket.plover.get(key, 0) + count
            bucket.goldstein_sum += goldstein or 0.0
    return DyadReport(actor_a, actor_b, by, directed, [periods[k] for k in sorted(periods)], undated)


def format_dyad_report(report: DyadReport) -> str:
    """A plain text table: one line per period."""
    arrow = "->" if report.directed else "<->"
    lines = [f"{report.actor_a} {arrow} {report.actor_b} by {report.by}"]
    header = f"{'period':<9} {'total':>6} {'VC':>5} {'MC':>5} {'VK':>5} {'MK':>5} {'gold.sum':>9} " \
             f"{'gold.mean':>9} {'coop-conf':>9}  plover"
    lines.append(header)
    for p in report.periods:
        types = ", ".join(f"{k} {v}" for k, v in p.to_dict()["plover"].items())
        lines.append(f"{p.period:<9} {p.total:>6} {p.quad_class[1]:>5} {p.quad_class[2]:>5} {p.quad_class[3]:>5} "
                     f"{p.quad_class[4]:>5} {p.goldstein_sum:>9.1f} {p.goldstein_mean:>9.2f} "
                     f"{p.coop_conflict_index:>9.2f}  {types}")
    if not report.periods:
        lines.append("(no events)")
    if report.undated:
        lines.append(f"{report.undated} undated events not shown")
    return "\n".join(lines)


def top_dyads(conn: sqlite3.Connection, since: str | None = None, until: str | None = None, limit: int = 20,
              all_modalities: bool = False) -> list[dict[str, Any]]:
    """The dyads with the most de-duplicated events (unordered pairs of known sides), busiest first.

    Whole months come from the ``dyad_months`` summary the store keeps by trigger; the days of a partial first
    or last month are counted from ``event_clusters`` over its date index. Undated events count only when no
    date range is given, as a date filter excludes them.
    """
    totals: dict[tuple[str, str], list[float]] = {}
    if _has_month_summary(conn):
        first_month, last_month = _whole_months(since, until)
        if first_month is None or last_month is None or first_month <= last_month:
            _add_month_rows(conn, totals, first_month, last_month, all_modalities)
            for start, end in _edge_ranges(since, until, first_month, last_month):
                _add_cluster_rows(conn, totals, start, end, all_modalities)
        else:  # the range lies inside one month: no whole month to take from the summary
            _add_cluster_rows(conn, totals, since, until, all_modalities)
        if since is None and until is None:
            _add_cluster_rows(conn, totals, None, None, all_modalities, undated=True)
    else:  # a store opened below its current schema (migration tests): count from the events themselves
        _add_cluster_rows(conn, totals, since, until, all_modalities, include_undated=True)
    ranked = sorted(totals.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    result = []
    for (a, b), (total, coop, conflict, goldstein) in ranked:
        result.append({
            "dyad": [a, b], "events": int(total), "cooperation": int(coop), "conflict": int(conflict),
            "goldstein_mean": round(goldstein / total, 3),
            "coop_conflict_index": round((coop - conflict) / total, 3),
        })
    return result


def _has_month_summary(conn: sqlite3.Connection) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dyad_months'"
    return conn.execute(query).fetchone() is not None


def _whole_months(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The first and last months (YYYY-MM) wholly inside [since, until]; None for an open end."""
    first = last = None
    if since:
        day = date.fromisoformat(since[:10])
        first = f"{day.year:04d}-{day.month:02d}" if day.day == 1 else _month_after(day)
    if until:
        day = date.fromisoformat(until[:10])
        last = f"{day.year:04d}-{day.month:02d}" if (day + timedelta(days=1)).month != day.month \
            else _month_before(day)
    return first, last


def _month_after(day: date) -> str:
    return f"{day.year + day.month // 12:04d}-{day.month % 12 + 1:02d}"


def _month_before(day: date) -> str:
    return f"{day.year - (day.month == 1):04d}-{(day.month - 2) % 12 + 1:02d}"


def _edge_ranges(since: str | None, until: str | None, first_month: str | None,
                 last_month: str | None) -> list[tuple[str, str]]:
    """The partial months at either end of the range, as inclusive day ranges."""
    ranges = []
    if since and first_month and since[:10] < f"{first_month}-01":
        ranges.append((since[:10], _last_day_before(first_month)))
    if until and last_month and until[:10] > f"{last_month}-31":
        ranges.append((f"{until[:7]}-01", until[:10]))
    return ranges


def _last_day_before(month: str) -> str:
    return (date.fromisoformat(f"{month}-01") - timedelta(days=1)).isoformat()


def _accumulate(totals: dict[tuple[str, str], list[float]], rows: Any) -> None:
    for a, b, count, coop, conflict, goldstein in rows:
        entry = totals.setdefault((a, b), [0, 0, 0, 0.0])
        entry[0] += count
        entry[1] += coop or 0
        entry[2] += conflict or 0
        entry[3] += goldstein or 0.0


def _add_month_rows(conn: sqlite3.Connection, totals: dict[tuple[str, str], list[float]],
                    first_month: str | None, last_month: str | None, all_modalities: bool) -> None:
    clauses, values = cluster_filter(first_month, last_month, all_modalities, ["events > 0"], column="month")
    sql = ("SELECT a, b, SUM(events), SUM(cooperation), SUM(conflict), SUM(goldstein) FROM dyad_months"
           f" WHERE {' AND '.join(clauses)} GROUP BY a, b")
    _accumulate(totals, conn.execute(sql, values))


def cluster_filter(since: str | None, until: str | None, all_modalities: bool,
                   clauses: list[str] | None = None, values: list[Any] | None = None,
                   column: str = "date") -> tuple[list[str], list[Any]]:
    """SQL conditions shared by every aggregate: modality and a range on ``column`` (the event's date in
    event_clusters, the month in dyad_months)."""
    clauses = list(clauses or [])
    values = list(values or [])
    if not all_modalities:
        clauses.append("modality = 'asserted'")
    if since:
        clauses.append(f"{column} >= ?")
        values.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        values.append(until)
    return clauses, values


KNOWN_PAIR = ("source_key != ''", "target_key != ''", "source_key != target_key")


def _add_cluster_rows(conn: sqlite3.Connection, totals: dict[tuple[str, str], list[float]], since: str | None,
                      until: str | None, all_modalities: bool, undated: bool = False,
                      include_undated: bool = False) -> None:
    """Count straight from event_clusters: dated events in [since, until], or only the undated ones."""
    clauses, values = cluster_filter(since, until, all_modalities, list(KNOWN_PAIR))
    if undated:
        clauses.append("date IS NULL")
    elif not include_undated:
        clauses.append("date IS NOT NULL")
    sql = (
        "SELECT min(source_key, target_key) AS a, max(source_key, target_key) AS b, COUNT(*),"
        " SUM(quad_class <= 2), SUM(quad_class >= 3), SUM(goldstein)"
        f" FROM event_clusters WHERE {' AND '.join(clauses)} GROUP BY a, b"
    )
    _accumulate(totals, conn.execute(sql, values))
