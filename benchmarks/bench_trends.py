"""Analyst queries at scale: p50/p95 of each view's typical query against a hand-written
query on the base tables, in the same run on the same synthetic warehouse.

    python -m benchmarks.bench_trends [--size N] [--db PATH] [--repeat R]

`run(size)` builds (or reuses) `data/synth/baochi-<size>.duckdb` with `size` articles and
5 × size mentions of each kind (benchmarks/synth_warehouse.py) and returns one row per
figure: {"figure", "ours", "baseline", "unit", "ratio", "target", "p95", "baseline_p95"}.
`ours` and `baseline` are p50 milliseconds; ratio = ours / baseline (below 1: faster than
hand-written SQL on the base tables). The "view overhead" rows compare a view with a
hand-written query on the aggregate tables themselves: the cost of the view's joins (target
ratio ≤ 1.2).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import duckdb
from baochi.pipeline.warehouse.connect import connect
from baochi.pipeline.warehouse.trends import trend_table

from benchmarks.synth_warehouse import build

DEFAULT_SIZE = 1_000_000
LOCAL_MONTH = "CAST(date_trunc('month', a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE)"

# (figure, our query, hand-written baseline, target)
QUERIES: list[tuple[str, str, str, str]] = [
    (
        "campaign_coverage: monthly, all campaigns and sources",
        "SELECT period_start, source_id, campaign_id, campaign_name, articles, mentions, share_of_articles"
        " FROM campaign_coverage WHERE period_grain = 'month'",
        f"""WITH totals AS (SELECT source_id, {LOCAL_MONTH} AS period_start, count(*) AS n
                            FROM articles a WHERE published_at IS NOT NULL GROUP BY ALL)
            SELECT {LOCAL_MONTH} AS period_start, a.source_id, m.campaign_id, c.name,
                   count(DISTINCT m.article_id) AS articles, count(*) AS mentions,
                   count(DISTINCT m.article_id) / any_value(t.n) AS share_of_articles
            FROM campaign_mentions m JOIN articles a USING (article_id)
            JOIN campaigns c USING (campaign_id)
            JOIN totals t ON t.source_id = a.source_id AND t.period_start = {LOCAL_MONTH}
            WHERE a.published_at IS NOT NULL GROUP BY ALL""",
        "p50 ≤ 100 ms",
    ),
    (
        "campaign_coverage: monthly, one campaign",
        "SELECT period_start, source_id, articles, mentions, share_of_articles FROM campaign_coverage"
        " WHERE period_grain = 'month' AND campaign_id = 'campaign-7'",
        f"""WITH totals AS (SELECT source_id, {LOCAL_MONTH} AS period_start, count(*) AS n
                            FROM articles a WHERE published_at IS NOT NULL GROUP BY ALL)
            SELECT {LOCAL_MONTH} AS period_start, a.source_id, count(DISTINCT m.article_id) AS articles,
                   count(*) AS mentions, count(DISTINCT m.article_id) / any_value(t.n) AS share_of_articles
            FROM campaign_mentions m JOIN articles a USING (article_id)
            JOIN totals t ON t.source_id = a.source_id AND t.period_start = {LOCAL_MONTH}
            WHERE m.campaign_id = 'campaign-7' AND a.published_at IS NOT NULL GROUP BY ALL""",
        "",
    ),
    (
        "organisation_coverage: quarterly, all organisations and sources",
        "SELECT period_start, source_id, organisation_id, articles, mentions, share_of_articles"
        " FROM organisation_coverage WHERE period_grain = 'quarter'",
        """WITH q AS (SELECT article_id, source_id,
                             CAST(date_trunc('quarter', published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE) AS period_start
                      FROM articles WHERE published_at IS NOT NULL),
                totals AS (SELECT source_id, period_start, count(*) AS n FROM q GROUP BY ALL)
            SELECT q.period_start, q.source_id, m.organisation_id, count(DISTINCT m.article_id) AS articles,
                   count(*) AS mentions, count(DISTINCT m.article_id) / any_value(t.n) AS share_of_articles
            FROM organisation_mentions m JOIN q USING (article_id) JOIN totals t USING (source_id, period_start)
            GROUP BY ALL""",
        "",
    ),
    (
        "campaign_timeline: all campaigns",
        "SELECT * FROM campaign_timeline",
        """SELECT m.campaign_id, count(DISTINCT m.article_id), count(*), min(a.published_at), max(a.published_at)
           FROM campaign_mentions m JOIN articles a USING (article_id) GROUP BY ALL""",
        "ratio ≤ 1.2",
    ),
    (
        "campaign_organisations: top 20 pairs",
        "SELECT campaign_name, organisation_name, articles FROM campaign_organisations ORDER BY articles DESC LIMIT 20",
        """SELECT cm.campaign_id, om.organisation_id, count(*) AS articles
           FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) cm
           JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
           GROUP BY ALL ORDER BY articles DESC LIMIT 20""",
        "ratio ≤ 1.2",
    ),
    (
        "campaign_organisations: one campaign, all columns",
        "SELECT * FROM campaign_organisations WHERE campaign_id = 'campaign-7'",
        """WITH cm AS (SELECT DISTINCT article_id FROM campaign_mentions WHERE campaign_id = 'campaign-7')
           SELECT om.organisation_id, count(*) AS articles, min(a.published_at), max(a.published_at),
                  count(*) / any_value(n.n)
           FROM cm JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
           JOIN articles a USING (article_id) CROSS JOIN (SELECT count(*) AS n FROM cm) n
           GROUP BY ALL""",
        "",
    ),
    (
        "article_entities: one article",
        "SELECT entity_type, entity_name, surface FROM article_entities WHERE article_id = 'baothanhhoa:4242'",
        """SELECT 'campaign', c.name, m.surface FROM campaign_mentions m JOIN campaigns c USING (campaign_id)
           WHERE m.article_id = 'baothanhhoa:4242'
           UNION ALL SELECT 'organisation', o.name, m.surface FROM organisation_mentions m
           JOIN organisations o USING (organisation_id) WHERE m.article_id = 'baothanhhoa:4242'""",
        "",
    ),
    (
        "view overhead: campaign_timeline vs the same query written on the aggregates",
        "SELECT * FROM campaign_timeline",
        """WITH t AS (SELECT campaign_id, sum(articles) AS articles, sum(mentions) AS mentions,
                          min(first_published_at) AS f, max(last_published_at) AS l, count(*) AS sources
                   FROM campaign_source_counts GROUP BY ALL),
                m AS (SELECT campaign_id, period_start, sum(articles) AS articles FROM campaign_period_counts
                      WHERE period_grain = 'month' GROUP BY ALL),
                p AS (SELECT campaign_id, arg_max(period_start, (articles, -epoch(period_start))) AS peak,
                             max(articles) AS peak_articles, count(*) AS months FROM m GROUP BY ALL)
           SELECT t.campaign_id, c.name, c.kind, t.articles, t.mentions, t.f, t.l, p.peak, p.peak_articles,
                  t.sources, p.months
           FROM t JOIN campaigns c USING (campaign_id) LEFT JOIN p USING (campaign_id)""",
        "ratio ≤ 1.2",
    ),
    (
        "view overhead: campaign_coverage vs the same join written on the aggregates",
        "SELECT period_start, source_id, campaign_id, campaign_name, articles, mentions, share_of_articles"
        " FROM campaign_coverage WHERE period_grain = 'month'",
        """SELECT k.period_start, k.source_id, k.campaign_id, c.name, k.articles, k.mentions, k.articles / t.articles
           FROM campaign_period_counts k JOIN period_article_counts t USING (period_grain, period_start, source_id)
           JOIN campaigns c USING (campaign_id) WHERE k.period_grain = 'month'""",
        "ratio ≤ 1.2",
    ),
]


def _fetch(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return con.sql(sql).to_arrow_table().num_rows


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _time_pair(run_ours, run_baseline, repeat: int, budget_s: float = 20.0) -> tuple[list[float], list[float]]:
    """Interleaved runs (drift affects both alike) after one warm-up; slow pairs stop after
    `budget_s` seconds with at least 3 runs each."""
    run_ours(), run_baseline()
    ours: list[float] = []
    base: list[float] = []
    began = time.monotonic()
    for n in range(repeat):
        if n >= 3 and time.monotonic() - began > budget_s:
            break
        for fn, bucket in ((run_ours, ours), (run_baseline, base)):
            started = time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - started) * 1000)
    return ours, base


def _row(figure: str, ours: list[float], base: list[float], target: str) -> dict:
    o50, o95 = _percentiles(ours)
    b50, b95 = _percentiles(base)
    return {"figure": figure, "ours": round(o50, 2), "baseline": round(b50, 2), "unit": "ms p50",
            "ratio": round(o50 / b50, 3) if b50 else None, "target": target,
            "p95": round(o95, 2), "baseline_p95": round(b95, 2), "runs": len(ours)}


def warehouse(size: int, db: Path | None = None) -> Path:
    """The synthetic warehouse of `size` articles, built once and reused; one built by an
    older version gets the pending migrations (e.g. 003's aggregates) before it is read."""
    db = db or Path("data/synth") / f"baochi-{size}.duckdb"
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        try:
            reuse = con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == size
        except duckdb.Error:
            reuse = False
        finally:
            con.close()
        if reuse:
            connect(db).close()  # migrates when needed, a no-op otherwise
            return db
    db.parent.mkdir(parents=True, exist_ok=True)
    build(db, size, quiet=True)
    return db


def run(size: int | None = None, *, db: Path | None = None, repeat: int | None = None) -> list[dict]:
    size = size or DEFAULT_SIZE
    repeat = repeat or (15 if size >= 100_000 else 5)
    path = warehouse(size, db)
    con = connect(path, read_only=True)
    rows = []
    try:
        for figure, ours_sql, base_sql, target in QUERIES:
            ours, base = _time_pair(lambda q=ours_sql: _fetch(con, q), lambda q=base_sql: _fetch(con, q), repeat)
            rows.append(_row(figure, ours, base, target))
        trend_base = QUERIES[0][2]
        ours, base = _time_pair(lambda: trend_table(con, "campaigns", "month", top=10),
                                lambda: _fetch(con, trend_base), repeat)
        rows.append(_row("trend_table (baochi trends campaigns --by month --top 10)", ours, base, ""))
    finally:
        con.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="p50/p95 of the analyst views at scale")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="articles (5 mentions each of campaigns and organisations)")
    parser.add_argument("--db", type=Path, default=None, help="warehouse to use/build (default data/synth/baochi-<size>.duckdb)")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="one JSON object per row (benchmarks/run.py)")
    args = parser.parse_args()
    rows = run(args.size, db=args.db, repeat=args.repeat)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    print(f"{'figure':<78} {'ours p50':>9} {'p95':>8} {'base p50':>9} {'p95':>8} {'ratio':>7}  target")
    for r in rows:
        print(f"{r['figure']:<78} {r['ours']:>9.1f} {r['p95']:>8.1f} {r['baseline']:>9.1f} {r['baseline_p95']:>8.1f}"
              f" {r['ratio']:>7.3f}  {r['target']}")


if __name__ == "__main__":
    main()
