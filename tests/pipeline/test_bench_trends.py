"""Smoke test of the benchmark at a tiny size: it builds a warehouse and reports every figure
(timings are printed by `python -m benchmarks.bench_trends`, never asserted)."""

from __future__ import annotations

from pathlib import Path

from baochi.pipeline.warehouse import aggregates
from baochi.pipeline.warehouse.connect import connect

from benchmarks import bench_trends


def test_bench_runs_at_tiny_size(tmp_path: Path) -> None:
    rows = bench_trends.run(2000, db=tmp_path / "synth.duckdb", repeat=3)
    assert len(rows) == len(bench_trends.QUERIES) + 1
    for row in rows:
        assert {"figure", "ours", "baseline", "unit", "ratio", "target"} <= row.keys()
        assert row["ours"] > 0 and row["baseline"] > 0
    con = connect(tmp_path / "synth.duckdb", read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2000
        assert con.execute("SELECT count(*) FROM campaign_mentions").fetchone()[0] == 10000
        assert set(aggregates.differences(con).values()) == {0}
    finally:
        con.close()
