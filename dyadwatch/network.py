"""The actor network for ``dyadwatch network``: who acts on whom, as a weighted directed graph (networkx).

This module owns the graph's shape: one node per dyad side (country, else organisation or code, as the store
keys them), one edge per ordered pair with the number of de-duplicated events, their Goldstein sum and mean,
and cooperation and conflict counts. A mutual event (a symmetric PLOVER type, stored with its sides sorted)
adds to both directions. Counting happens in SQL over the ``event_clusters`` table, so the graph of a million
events builds from a few thousand grouped rows. Writing GraphML or GEXF is networkx's job.
"""

from __future__ import annotations

import sqlite3
from typing import IO, Any

from .aggregate import KNOWN_PAIR, cluster_filter

__all__ = ["NETWORK_FORMATS", "build_network", "write_network"]

NETWORK_FORMATS = ("graphml", "gexf")


def build_network(conn: sqlite3.Connection, since: str | None = None, until: str | None = None,
                  all_modalities: bool = False, min_events: int = 1) -> Any:
    """A ``networkx.DiGraph`` of de-duplicated events between known actors in the date range.

    Edge attributes: ``weight`` (events), ``goldstein_sum``, ``goldstein_mean``, ``cooperation``, ``conflict``
    and ``mutual`` (how many of the events were mutual). Node attributes: ``events`` (each event it takes part
    in, once) and ``goldstein_sum``. Edges with fewer than ``min_events`` events are left out.
    """
    import networkx as nx

    clauses, values = cluster_filter(since, until, all_modalities, list(KNOWN_PAIR))
    sql = ("SELECT source_key, target_key, symmetric, COUNT(*), SUM(goldstein), SUM(quad_class <= 2),"
           f" SUM(quad_class >= 3) FROM event_clusters WHERE {' AND '.join(clauses)}"
           " GROUP BY source_key, target_key, symmetric")
    edges: dict[tuple[str, str], dict[str, float]] = {}
    nodes: dict[str, list[float]] = {}  # actor -> [events it takes part in, their Goldstein sum], each once
    for source, target, symmetric, count, goldstein, coop, conflict in conn.execute(sql, values):
        for node in (source, target):
            totals = nodes.setdefault(node, [0, 0.0])
            totals[0] += count
            totals[1] += goldstein or 0.0
        pairs = [(source, target), (target, source)] if symmetric else [(source, target)]
        for pair in pairs:
            edge = edges.setdefault(pair, {"weight": 0, "goldstein_sum": 0.0, "cooperation": 0, "conflict": 0,
                                           "mutual": 0})
            edge["weight"] += count
            edge["goldstein_sum"] += goldstein or 0.0
            edge["cooperation"] += coop or 0
            edge["conflict"] += conflict or 0
            if symmetric:
                edge["mutual"] += count
    graph = nx.DiGraph(since=since or "", until=until or "")
    for (source, target), edge in sorted(edges.items()):
        if edge["weight"] < min_events:
            continue
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=node, events=int(nodes[node][0]),
                               goldstein_sum=round(nodes[node][1], 3))
        graph.add_edge(source, target, weight=int(edge["weight"]), goldstein_sum=round(edge["goldstein_sum"], 3),
                       goldstein_mean=round(edge["goldstein_sum"] / edge["weight"], 3),
                       cooperation=int(edge["cooperation"]), conflict=int(edge["conflict"]),
                       mutual=int(edge["mutual"]))
    return graph


def write_network(graph: Any, out: IO[bytes], fmt: str) -> None:
    """Write the graph as GraphML or GEXF to a binary stream."""
    import networkx as nx

    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    else:
        raise ValueError(f"unknown network format {fmt!r} (use one of {', '.join(NETWORK_FORMATS)})")
