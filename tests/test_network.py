"""The actor network and the dyad plot, over de-duplicated events built directly (no NLP), from Python and the CLI."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from dyadwatch.aggregate import dyad_report
from dyadwatch.corpus_cli import register
from dyadwatch.network import build_network, write_network
from dyadwatch.plot import plot_dyad_report
from dyadwatch.store import Store, content_hash, open_store

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from corpus_records import make_article, make_event, story


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    articles = [
        ("a", [make_event("IRN", "RUS", "040", "2024-01-10")]),  # consult: mutual
        ("b", [make_event("RUS", "IRN", "040", "2024-01-10")]),  # the same talks, the other way round
        ("c", [make_event("IRN", "RUS", "112", "2024-01-20")]),  # IRN accuses RUS
        ("d", [make_event("RUS", "UKR", "194", "2024-02-03"), make_event("RUS", "UKR", "194", "2024-02-20")]),
        ("e", [make_event("IRN", "RUS", "051", "2024-02-05", modality="future")]),
        ("f", [make_event("TUR", "EGY", "040", "2023-06-01")]),
    ]
    with open_store(path) as store:
        for number, (key, events) in enumerate(articles):
            store.add_article(make_article(key, story(number), events, published=None, sitename=key),
                              content_hash(key))
    return path


def open_db(path: Path) -> Store:
    return open_store(path)


def test_edges_carry_counts_goldstein_and_mutual_events(db: Path) -> None:
    with open_db(db) as store:
        graph = build_network(store.conn)
    assert sorted(graph.edges) == [("EGY", "TUR"), ("IRN", "RUS"), ("RUS", "IRN"), ("RUS", "UKR"), ("TUR", "EGY")]
    irn_rus = graph.edges["IRN", "RUS"]
    assert (irn_rus["weight"], irn_rus["mutual"], irn_rus["cooperation"], irn_rus["conflict"]) == (2, 1, 1, 1)
    assert irn_rus["goldstein_sum"] == pytest.approx(1.0 - 2.0)
    assert graph.edges["RUS", "IRN"]["weight"] == 1  # the talks count both ways, the accusation one way
    assert graph.edges["RUS", "UKR"]["weight"] == 2 and graph.edges["RUS", "UKR"]["goldstein_mean"] == -10.0
    assert graph.nodes["RUS"]["events"] == 4 and graph.nodes["IRN"]["events"] == 2  # each event once


def test_date_range_modalities_and_min_events(db: Path) -> None:
    with open_db(db) as store:
        assert "TUR" not in build_network(store.conn, since="2024-01-01")
        assert sorted(build_network(store.conn, until="2024-01-31").edges) == [
            ("EGY", "TUR"), ("IRN", "RUS"), ("RUS", "IRN"), ("TUR", "EGY")]
        assert build_network(store.conn, all_modalities=True).edges["IRN", "RUS"]["weight"] == 3
        assert sorted(build_network(store.conn, min_events=2).edges) == [("IRN", "RUS"), ("RUS", "UKR")]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_written_graph_reads_back(db: Path, fmt: str) -> None:
    with open_db(db) as store:
        graph = build_network(store.conn)
    buffer = io.BytesIO()
    write_network(graph, buffer, fmt)
    buffer.seek(0)
    back = nx.read_graphml(buffer) if fmt == "graphml" else nx.read_gexf(buffer)
    assert back.number_of_edges() == graph.number_of_edges()
    assert int(back.edges["RUS", "UKR"]["weight"]) == 2
    with pytest.raises(ValueError, match="unknown network format"):
        write_network(graph, buffer, "dot")


def test_plot_writes_png_and_svg_and_refuses_other_suffixes(db: Path, tmp_path: Path) -> None:
    with open_db(db) as store:
        report = dyad_report(store.conn, "IRN", "RUS", by="month", all_modalities=True)
        empty = dyad_report(store.conn, "KEN", "ETH")
    png = plot_dyad_report(report, tmp_path / "dyad.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot_dyad_report(empty, tmp_path / "empty.svg")
    assert "<svg" in svg.read_text(encoding="utf-8")[:500]
    with pytest.raises(ValueError, match=r"use \.png, \.svg or \.pdf"):
        plot_dyad_report(report, tmp_path / "dyad.jpg")


@click.group()
def cli() -> None:
    """A bare group carrying the corpus commands."""


register(cli)


def test_cli_network_and_plot(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["network", "--db", str(db), "--since", "2024-01-01", "--format", "gexf"])
    assert result.exit_code == 0 and "<gexf" in result.stdout and "TUR" not in result.stdout
    out = tmp_path / "g.graphml"
    result = runner.invoke(cli, ["network", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0 and "5 actors, 5 edges" in result.stderr
    assert nx.read_graphml(out).number_of_nodes() == 5
    result = runner.invoke(cli, ["dyads", "IRN", "RUS", "--db", str(db), "--plot", str(tmp_path / "d.svg")])
    assert result.exit_code == 0 and (tmp_path / "d.svg").is_file() and "2024-01" in result.stdout
    result = runner.invoke(cli, ["dyads", "IRN", "RUS", "--db", str(db), "--plot", str(tmp_path / "d.gif")])
    assert result.exit_code == 2 and "use a .png, .svg or .pdf" in result.stderr
    result = runner.invoke(cli, ["network", "--db", str(db), "--until", "soon"])
    assert result.exit_code == 2 and "not a date" in result.stderr
