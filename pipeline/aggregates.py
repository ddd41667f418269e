"""Per-period coverage aggregates, maintained incrementally where the data changes.

Monthly coverage of all campaigns computed from the base tables costs about a second at
1M articles / 5M mentions (design.md); read from `campaign_period_counts` it costs a few
milliseconds. The aggregates are kept exact by one invariant:

    aggregates = Σ over the articles in `coverage_articles` of the contribution of the
                 article's *current* mentions, counted under the (source, local day)
                 recorded for it in `coverage_articles`.

Article counts are additive: an article falls in exactly one period per grain and one
source, so "articles mentioning X in period P" is a sum of 0/1 per article and can be
maintained with signed deltas. Two places change what is counted:

* the NLP stage replaces an article's mentions (`pipeline.process.write_results`): it calls
  `remove_mentions` before deleting them and `add_mentions` after inserting the new ones,
  inside its own transaction, so readers never see one without the other;
* a load adds articles or changes an article's publication time or source: `sync_articles`
  (called after each load, and before each NLP write) diffs `articles` against
  `coverage_articles` — one hash join over the articles, cheap next to copying them — and
  moves the changed articles' contributions to their new periods.

`rebuild` recomputes everything from the base tables; `differences` compares the aggregates
with a recomputation (tests, and `python -m pipeline.aggregates --check DB`).
"""

from __future__ import annotations

import sys

import duckdb

GRAINS_SQL = "(VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)"
LOCAL_DAY = "CAST(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)"
PERIOD = "CAST(date_trunc(g.period_grain, c.published_on) AS DATE)"
ENTITY_TABLES = {
    "campaign_period_counts": ("campaign_mentions", "campaign_id"),
    "organisation_period_counts": ("organisation_mentions", "organisation_id"),
}
_IDS = "aggregate_ids"


def _load_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_IDS} (article_id VARCHAR)")
    if ids:
        con.execute(f"INSERT INTO {_IDS} SELECT unnest(?::VARCHAR[])", [ids])


def _apply_mentions(con: duckdb.DuckDBPyConnection, sign: int) -> None:
    """Add (sign +1) or subtract (−1) the current mentions of the articles in aggregate_ids."""
    for table, (mentions, key) in ENTITY_TABLES.items():
        con.execute(
            f"""
            INSERT INTO {table} AS t
            SELECT g.period_grain, {PERIOD}, c.source_id, m.{key},
                   {sign} * count(*), {sign} * sum(m.mentions)
            FROM (SELECT article_id, {key}, count(*) AS mentions FROM {mentions}
                  WHERE article_id IN (SELECT article_id FROM {_IDS}) GROUP BY ALL) m
            JOIN coverage_articles c USING (article_id)
            CROSS JOIN {GRAINS_SQL}
            GROUP BY ALL
            ON CONFLICT DO UPDATE SET articles = t.articles + excluded.articles,
                                      mentions = t.mentions + excluded.mentions
            """
        )


def _apply_totals(con: duckdb.DuckDBPyConnection, sign: int) -> None:
    con.execute(
        f"""
        INSERT INTO period_article_counts AS t
        SELECT g.period_grain, {PERIOD}, c.source_id, {sign} * count(*)
        FROM coverage_articles c CROSS JOIN {GRAINS_SQL}
        WHERE c.article_id IN (SELECT article_id FROM {_IDS})
        GROUP BY ALL
        ON CONFLICT DO UPDATE SET articles = t.articles + excluded.articles
        """
    )


def _drop_zeros(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("period_article_counts", *ENTITY_TABLES):
        con.execute(f"DELETE FROM {table} WHERE articles = 0")


def remove_mentions(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Before these articles' mentions are deleted: take their contribution out.

    The articles are synced first, so a load whose sync did not run (a crash between its
    commit and the sync) is caught up here, before the mentions change.
    """
    sync_articles(con, article_ids)
    _load_ids(con, article_ids)
    _apply_mentions(con, -1)


def add_mentions(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """After these articles' new mentions are inserted: count them (same transaction)."""
    _load_ids(con, article_ids)
    _apply_mentions(con, +1)
    _drop_zeros(con)


def sync_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> int:
    """Move articles whose source or local publication day changed (or that are new, gone or
    lost their date) to their current periods. Returns how many articles moved.

    Runs in the caller's transaction when there is one; `article_ids` limits the diff.
    """
    scope_a = scope_c = ""
    if article_ids is not None:
        _load_ids(con, article_ids)
        con.execute(f"CREATE OR REPLACE TEMP TABLE aggregate_scope AS SELECT * FROM {_IDS}")
        scope_a = "AND article_id IN (SELECT article_id FROM aggregate_scope)"
        scope_c = "WHERE article_id IN (SELECT article_id FROM aggregate_scope)"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE aggregate_moves AS
        SELECT coalesce(a.article_id, c.article_id) AS article_id, a.source_id, a.published_on
        FROM (SELECT article_id, source_id, {LOCAL_DAY} AS published_on FROM articles
              WHERE published_at IS NOT NULL {scope_a}) a
        FULL JOIN (SELECT * FROM coverage_articles {scope_c}) c USING (article_id)
        WHERE a.article_id IS NULL OR c.article_id IS NULL
           OR a.source_id <> c.source_id OR a.published_on <> c.published_on
        """
    )
    moved = con.execute("SELECT count(*) FROM aggregate_moves").fetchone()[0]
    if moved:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {_IDS} AS SELECT article_id FROM aggregate_moves")
        _apply_mentions(con, -1)
        _apply_totals(con, -1)
        con.execute("DELETE FROM coverage_articles WHERE article_id IN (SELECT article_id FROM aggregate_moves)")
        con.execute(
            "INSERT INTO coverage_articles SELECT article_id, source_id, published_on"
            " FROM aggregate_moves WHERE source_id IS NOT NULL"
        )
        _apply_totals(con, +1)
        _apply_mentions(con, +1)
        _drop_zeros(con)
    con.execute("DROP TABLE IF EXISTS aggregate_moves")
    con.execute("DROP TABLE IF EXISTS aggregate_scope")
    return int(moved)


def sync_after_load(con: duckdb.DuckDBPyConnection) -> int:
    """The load hook: one transaction that brings the aggregates up to the loaded articles."""
    con.execute("BEGIN TRANSACTION")
    try:
        moved = sync_articles(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return moved


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every aggregate from the base tables (in the caller's transaction, if any)."""
    for table in ("coverage_articles", "period_article_counts", *ENTITY_TABLES):
        con.execute(f"DELETE FROM {table}")
    sync_articles(con)


def _recomputed(entity_table: str) -> str:
    mentions, key = ENTITY_TABLES[entity_table]
    return f"""
        SELECT g.period_grain, CAST(date_trunc(g.period_grain, {LOCAL_DAY}) AS DATE) AS period_start,
               a.source_id, m.{key}, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM {mentions} m JOIN articles a USING (article_id) CROSS JOIN {GRAINS_SQL}
        WHERE a.published_at IS NOT NULL GROUP BY ALL
    """


def differences(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows that differ between each aggregate and a recomputation from the base tables."""
    checks = {
        "period_article_counts": f"""
            SELECT g.period_grain, CAST(date_trunc(g.period_grain, {LOCAL_DAY}) AS DATE), source_id, count(*)
            FROM articles CROSS JOIN {GRAINS_SQL} WHERE published_at IS NOT NULL GROUP BY ALL""",
        **{table: _recomputed(table) for table in ENTITY_TABLES},
    }
    found = {}
    for table, sql in checks.items():
        found[table] = con.execute(
            f"SELECT count(*) FROM (({sql}) EXCEPT ALL (SELECT * FROM {table})"
            f" UNION ALL ((SELECT * FROM {table}) EXCEPT ALL ({sql})))"
        ).fetchone()[0]
    return found


if __name__ == "__main__":  # python -m pipeline.aggregates --check|--rebuild DB
    from pathlib import Path

    from pipeline.warehouse.connect import connect

    action, path = sys.argv[1], Path(sys.argv[2])
    connection = connect(path)
    if action == "--rebuild":
        connection.execute("BEGIN TRANSACTION")
        rebuild(connection)
        connection.execute("COMMIT")
    diff = differences(connection)
    print(diff)
    sys.exit(1 if any(diff.values()) else 0)
