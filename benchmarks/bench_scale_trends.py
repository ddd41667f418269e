"""Trend views at 10M articles: p50/p95 of every view's typical query (the queries of
bench_trends) on a synthetic warehouse of 10M articles and 50M mentions (25M campaign + 25M
organisation), built once into data/synth/baochi-10m.duckdb (about 16 minutes and 10 GB on
2 cores; `python -m benchmarks.synth_warehouse --out data/synth/baochi-10m.duckdb
--articles 10000000 --mentions 25000000`).

    python -m benchmarks.bench_scale_trends [--size N] [--json]

Only our queries are timed: the hand-written baselines on the base tables take minutes each at
this size (bench_trends reports them at 1M). `ratio` is p95/p50 (the spread).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from baochi.pipeline.warehouse.connect import connect
from baochi.pipeline.warehouse.trends import trend_table

from benchmarks.bench_trends import QUERIES, _fetch, _percentiles
from benchmarks.common import Row, main_for
from benchmarks.synth_warehouse import build

DEFAULT_SIZE = 10_000_000
MENTIONS_PER_ARTICLE = 2.5  # of each kind: 5 per article in all, 50M at 10M articles
TARGETS = {"campaign_coverage: monthly, all campaigns and sources": "p50 ≤ 100 ms"}


def warehouse(size: int) -> Path:
    import duckdb

    name = "baochi-10m.duckdb" if size == DEFAULT_SIZE else f"baochi-scale-{size}.duckdb"
    db = Path("data/synth") / name
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        try:
            reuse = con.execute("SELECT count(*) FROM articles").fetchone() == (size,)
        except duckdb.Error:
            reuse = False
        finally:
            con.close()
        if reuse:
            connect(db).close()  # pending migrations, if any
            return db
    db.parent.mkdir(parents=True, exist_ok=True)
    build(db, size, int(size * MENTIONS_PER_ARTICLE), quiet=True)
    return db


def _time(run, repeat: int, budget_s: float = 60.0) -> list[float]:
    run()  # warm-up
    samples: list[float] = []
    began = time.monotonic()
    for n in range(repeat):
        if n >= 5 and time.monotonic() - began > budget_s:
            break
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run(size: int | None = None, repeat: int = 20) -> list[Row]:
    size = size or DEFAULT_SIZE
    db = warehouse(size)
    con = connect(db, read_only=True)
    rows: list[Row] = []
    seen: set[str] = set()
    try:
        queries = [(figure, sql) for figure, sql, _, _ in QUERIES if not figure.startswith("view overhead")]
        for figure, sql in queries:
            if sql in seen:
                continue
            seen.add(sql)
            samples = _time(lambda q=sql: _fetch(con, q), repeat)
            rows.append(_row(f"{size:,} articles: {figure}", samples, TARGETS.get(figure, "")))
        samples = _time(lambda: trend_table(con, "campaigns", "month", top=10), repeat)
        rows.append(_row(f"{size:,} articles: trend_table (baochi trends campaigns --by month --top 10)", samples, ""))
    finally:
        con.close()
    return rows


def _row(figure: str, samples: list[float], target: str) -> Row:
    p50, p95 = _percentiles(samples)
    return {"figure": figure, "ours": round(p50, 1), "baseline": None, "unit": "ms p50",
            "ratio": round(p95 / p50, 2) if p50 else None, "target": target, "p95": round(p95, 1),
            "runs": len(samples), "stdev": round(statistics.pstdev(samples), 1)}


if __name__ == "__main__":
    main_for(run, __doc__ or "")
