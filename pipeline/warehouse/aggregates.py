"""Aggregates behind the analyst views, maintained incrementally where the data changes.

Monthly coverage of all campaigns computed from the base tables costs about a second at
1M articles / 5M mentions (design.md), a campaign's all-time totals and first/last instants
several seconds, campaign × organisation co-occurrence over ten; read from these tables they
cost milliseconds. The aggregates are kept exact by one invariant:

    aggregates = Σ over the articles in `coverage_articles` of the contribution of the
                 article's *current* mentions, counted under the (source, local day,
                 instant) recorded for it in `coverage_articles`.

Counts are additive: an article falls in exactly one period per grain and one source, and
names a campaign (or a campaign and an organisation together) or not, so every count is a sum
of 0/1 per article and can be maintained with signed deltas:

* `period_article_counts`, `campaign_period_counts`, `organisation_period_counts` (migration
  002): dated articles and mentions per period grain, period and source;
* `campaign_source_counts`, `campaign_organisation_counts` (migration 003): all-time articles
  (undated included) per campaign and source, and per campaign and organisation, with the
  first and last publication instant.

First/last instants are not additive. Adding articles takes least/greatest. Removing one
that held a key's first (or last) instant marks the key dirty; if the same operation adds an
article at or beyond that instant again (a re-analysis that still finds the campaign, the
usual case) the key is clean again, otherwise it is recomputed at the end of the operation,
when aggregates and base tables agree again: for a campaign and source from the day
aggregates (the first and last day with coverage are exact at day grain) plus the articles
of those two days; for a campaign and organisation from the two mention tables restricted to
that campaign and organisation.

Two places change what is counted:

* the NLP stage replaces an article's mentions (`baochi.pipeline.jobs.process.write_results`): it calls
  `remove_mentions` before deleting them and `add_mentions` after inserting the new ones,
  inside its own transaction, so readers never see one without the other;
* a load adds articles or changes an article's publication time or source: `sync_articles`
  (called after each load, and before each NLP write) diffs `articles` against
  `coverage_articles` — one hash join over the articles, cheap next to copying them — and
  moves the changed articles' contributions.

`rebuild` recomputes everything from the base tables; `differences` compares the aggregates
with a recomputation (tests, and `python -m baochi.pipeline.warehouse.aggregates --check DB`).
"""

from __future__ import annotations

import sys

import duckdb

GRAINS_SQL = "(VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)"
LOCAL_DAY = "CAST(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)"
PERIOD = "CAST(date_trunc(g.period_grain, c.published_on) AS DATE)"
ENTITY_TABLES = {  # per-period tables: (mention table, entity key)
    "campaign_period_counts": ("campaign_mentions", "campaign_id"),
    "organisation_period_counts": ("organisation_mentions", "organisation_id"),
}
BOUNDED_TABLES = {  # all-time tables with first/last instants: their key columns
    "campaign_source_counts": ("campaign_id", "source_id"),
    "campaign_organisation_counts": ("campaign_id", "organisation_id"),
}
TABLES = ("coverage_articles", "period_article_counts", *ENTITY_TABLES, *BOUNDED_TABLES)

_IDS = "aggregate_ids"
# The current mentions of the articles in aggregate_ids, one row per article and entity.
_ARTICLE_ENTITIES = {"campaign_id": "aggregate_article_campaigns", "organisation_id": "aggregate_article_organisations"}

# What the articles of aggregate_ids contribute to each all-time table (from _ARTICLE_ENTITIES).
_BOUNDED_DELTAS = {
    "campaign_source_counts": """
        SELECT m.campaign_id, c.source_id, count(*) AS articles, sum(m.mentions) AS mentions,
               min(c.published_at) AS first_published_at, max(c.published_at) AS last_published_at
        FROM aggregate_article_campaigns m JOIN coverage_articles c USING (article_id)
        GROUP BY ALL""",
    "campaign_organisation_counts": """
        SELECT cm.campaign_id, om.organisation_id, count(*) AS articles,
               min(c.published_at) AS first_published_at, max(c.published_at) AS last_published_at
        FROM aggregate_article_campaigns cm JOIN aggregate_article_organisations om USING (article_id)
        JOIN coverage_articles c USING (article_id)
        GROUP BY ALL""",
}

# Exact first/last instants of the dirty keys (aggregate_dirty_keys), recomputed when the
# aggregates and base tables agree. A campaign's first and last day per source come from the
# day aggregates; only the articles of those two days are looked at.
_BOUNDS = {
    "campaign_source_counts": """
        WITH days AS (
            SELECT k.campaign_id, k.source_id, min(p.period_start) AS first_day, max(p.period_start) AS last_day
            FROM aggregate_dirty_keys k
            JOIN campaign_period_counts p ON p.period_grain = 'day' AND p.campaign_id = k.campaign_id
                 AND p.source_id = k.source_id AND p.articles > 0
            GROUP BY ALL
        ), candidates AS (
            SELECT d.campaign_id, d.source_id, d.first_day, d.last_day, c.article_id, c.published_on, c.published_at
            FROM days d JOIN coverage_articles c
                 ON c.source_id = d.source_id AND (c.published_on = d.first_day OR c.published_on = d.last_day)
        )
        SELECT k.campaign_id, k.source_id,
               min(x.published_at) FILTER (WHERE x.published_on = x.first_day) AS first_published_at,
               max(x.published_at) FILTER (WHERE x.published_on = x.last_day) AS last_published_at
        FROM aggregate_dirty_keys k
        LEFT JOIN (SELECT candidates.* FROM candidates
                   JOIN (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions
                         WHERE campaign_id IN (SELECT campaign_id FROM aggregate_dirty_keys)) m
                   USING (article_id, campaign_id)) x USING (campaign_id, source_id)
        GROUP BY ALL""",
    "campaign_organisation_counts": """
        SELECT k.campaign_id, k.organisation_id,
               min(x.published_at) AS first_published_at, max(x.published_at) AS last_published_at
        FROM aggregate_dirty_keys k
        LEFT JOIN (
            SELECT cm.campaign_id, om.organisation_id, c.published_at
            FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions
                  WHERE campaign_id IN (SELECT campaign_id FROM aggregate_dirty_keys)) cm
            JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions
                  WHERE organisation_id IN (SELECT organisation_id FROM aggregate_dirty_keys)) om USING (article_id)
            JOIN aggregate_dirty_keys USING (campaign_id, organisation_id)
            JOIN coverage_articles c USING (article_id)
        ) x USING (campaign_id, organisation_id)
        GROUP BY ALL""",
}


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _dirty(table: str) -> str:
    return f"aggregate_dirty_{table}"


def _load_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_IDS} (article_id VARCHAR)")
    if ids:
        con.execute(f"INSERT INTO {_IDS} SELECT unnest(?::VARCHAR[])", [ids])


def _collect_mentions(con: duckdb.DuckDBPyConnection) -> None:
    """Read the current mentions of the articles in aggregate_ids once (one scan per table)."""
    for (mentions, key) in ENTITY_TABLES.values():
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {_ARTICLE_ENTITIES[key]} AS
            SELECT article_id, {key}, count(*) AS mentions FROM {mentions}
            WHERE article_id IN (SELECT article_id FROM {_IDS}) GROUP BY ALL
            """
        )


def _apply_period_mentions(con: duckdb.DuckDBPyConnection, sign: int) -> None:
    for table, (_, key) in ENTITY_TABLES.items():
        con.execute(
            f"""
            INSERT INTO {table} AS t
            SELECT g.period_grain, {PERIOD}, c.source_id, m.{key},
                   {sign} * count(*), {sign} * sum(m.mentions)
            FROM {_ARTICLE_ENTITIES[key]} m
            JOIN coverage_articles c USING (article_id)
            CROSS JOIN {GRAINS_SQL}
            WHERE c.published_on IS NOT NULL
            GROUP BY ALL
            ON CONFLICT DO UPDATE SET articles = t.articles + excluded.articles,
                                      mentions = t.mentions + excluded.mentions
            """
        )


def _apply_bounded(con: duckdb.DuckDBPyConnection, table: str, sign: int) -> None:
    keys = BOUNDED_TABLES[table]
    match = " AND ".join(f"d.{k} = t.{k}" for k in keys)
    dirty = _dirty(table)
    con.execute(f"CREATE OR REPLACE TEMP TABLE aggregate_delta AS {_BOUNDED_DELTAS[table]}")
    counts = [c for c in ("articles", "mentions") if table == "campaign_source_counts" or c == "articles"]
    if sign < 0:
        # The removed articles held the key's first (last) instant: it may be gone now.
        con.execute(
            f"""
            INSERT INTO {dirty}
            SELECT {", ".join(f"t.{k}" for k in keys)}, 'first' FROM aggregate_delta d JOIN {table} t ON {match}
            WHERE d.first_published_at <= t.first_published_at
            UNION ALL
            SELECT {", ".join(f"t.{k}" for k in keys)}, 'last' FROM aggregate_delta d JOIN {table} t ON {match}
            WHERE d.last_published_at >= t.last_published_at
            """
        )
        bounds = ""
    else:
        # An added article at or beyond a dirty key's old bound makes that bound exact again.
        con.execute(
            f"""
            DELETE FROM {dirty} x USING aggregate_delta d, {table} t
            WHERE {match} AND {" AND ".join(f"x.{k} = t.{k}" for k in keys)}
              AND ((x.side = 'first' AND d.first_published_at <= t.first_published_at)
                OR (x.side = 'last' AND d.last_published_at >= t.last_published_at))
            """
        )
        bounds = (", first_published_at = least(t.first_published_at, excluded.first_published_at),"
                  " last_published_at = greatest(t.last_published_at, excluded.last_published_at)")
    con.execute(
        f"""
        INSERT INTO {table} AS t
        SELECT {", ".join(keys)}, {", ".join(f"{sign} * {c}" for c in counts)},
               first_published_at, last_published_at
        FROM aggregate_delta
        ON CONFLICT DO UPDATE SET {", ".join(f"{c} = t.{c} + excluded.{c}" for c in counts)}{bounds}
        """
    )
    con.execute("DROP TABLE aggregate_delta")


def _apply_mentions(con: duckdb.DuckDBPyConnection, sign: int) -> None:
    """Add (sign +1) or subtract (−1) the mentions collected by _collect_mentions."""
    _ensure_dirty_tables(con)
    _apply_period_mentions(con, sign)
    for table in BOUNDED_TABLES:
        _apply_bounded(con, table, sign)


def _ensure_dirty_tables(con: duckdb.DuckDBPyConnection) -> None:
    for table, keys in BOUNDED_TABLES.items():
        columns = ", ".join(f"{k} VARCHAR" for k in keys)
        con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_dirty(table)} ({columns}, side VARCHAR)")


def _resolve_bounds(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the first/last instants of the dirty keys. Only call when the aggregates
    agree with the base tables again (end of a sync, after add_mentions)."""
    _ensure_dirty_tables(con)
    for table, keys in BOUNDED_TABLES.items():
        dirty = _dirty(table)
        if not _count(con, f"SELECT count(*) FROM {dirty}"):
            continue
        con.execute(f"CREATE OR REPLACE TEMP TABLE aggregate_dirty_keys AS SELECT DISTINCT {', '.join(keys)} FROM {dirty}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE aggregate_bounds AS {_BOUNDS[table]}")
        con.execute(
            f"""
            UPDATE {table} AS t SET first_published_at = b.first_published_at,
                                    last_published_at = b.last_published_at
            FROM aggregate_bounds b WHERE {" AND ".join(f"b.{k} = t.{k}" for k in keys)}
            """
        )
        con.execute(f"DELETE FROM {dirty}")
        con.execute("DROP TABLE aggregate_bounds")
        con.execute("DROP TABLE aggregate_dirty_keys")


def _apply_totals(con: duckdb.DuckDBPyConnection, sign: int) -> None:
    con.execute(
        f"""
        INSERT INTO period_article_counts AS t
        SELECT g.period_grain, {PERIOD}, c.source_id, {sign} * count(*)
        FROM coverage_articles c CROSS JOIN {GRAINS_SQL}
        WHERE c.article_id IN (SELECT article_id FROM {_IDS}) AND c.published_on IS NOT NULL
        GROUP BY ALL
        ON CONFLICT DO UPDATE SET articles = t.articles + excluded.articles
        """
    )


def _drop_zeros(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("period_article_counts", *ENTITY_TABLES, *BOUNDED_TABLES):
        con.execute(f"DELETE FROM {table} WHERE articles = 0")


def remove_mentions(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Before these articles' mentions are deleted: take their contribution out.

    The articles are synced first, so a load whose sync did not run (a crash between its
    commit and the sync) is caught up here, before the mentions change. First/last instants
    this removal may have invalidated are settled by `add_mentions`, which must follow in the
    same transaction.
    """
    sync_articles(con, article_ids)
    _load_ids(con, article_ids)
    _collect_mentions(con)
    _apply_mentions(con, -1)


def add_mentions(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """After these articles' new mentions are inserted: count them (same transaction)."""
    _load_ids(con, article_ids)
    _collect_mentions(con)
    _apply_mentions(con, +1)
    _drop_zeros(con)
    _resolve_bounds(con)


def sync_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> int:
    """Move articles whose source or publication instant changed (or that are new or gone)
    to what they are counted under now. Returns how many articles moved.

    Runs in the caller's transaction when there is one; `article_ids` limits the diff.
    """
    scope = ""
    if article_ids is not None:
        _load_ids(con, article_ids)
        con.execute(f"CREATE OR REPLACE TEMP TABLE aggregate_scope AS SELECT * FROM {_IDS}")
        scope = "WHERE article_id IN (SELECT article_id FROM aggregate_scope)"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE aggregate_moves AS
        SELECT coalesce(a.article_id, c.article_id) AS article_id, a.source_id, a.published_at
        FROM (SELECT article_id, source_id, published_at FROM articles {scope}) a
        FULL JOIN (SELECT article_id, source_id, published_at FROM coverage_articles {scope}) c USING (article_id)
        WHERE a.article_id IS NULL OR c.article_id IS NULL
           OR a.source_id <> c.source_id OR a.published_at IS DISTINCT FROM c.published_at
        """
    )
    moved = _count(con, "SELECT count(*) FROM aggregate_moves")
    if moved:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {_IDS} AS SELECT article_id FROM aggregate_moves")
        _collect_mentions(con)  # mentions do not change here: the same rows leave and come back
        _apply_mentions(con, -1)
        _apply_totals(con, -1)
        con.execute("DELETE FROM coverage_articles WHERE article_id IN (SELECT article_id FROM aggregate_moves)")
        con.execute(
            f"INSERT INTO coverage_articles SELECT article_id, source_id, {LOCAL_DAY}, published_at"
            " FROM aggregate_moves WHERE source_id IS NOT NULL"
        )
        _apply_totals(con, +1)
        _apply_mentions(con, +1)
        _drop_zeros(con)
        _resolve_bounds(con)
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
    _ensure_dirty_tables(con)
    for table in (*TABLES, *(_dirty(t) for t in BOUNDED_TABLES)):
        con.execute(f"DELETE FROM {table}")
    sync_articles(con)


def recomputed(table: str) -> str:
    """SQL recomputing one aggregate table (its columns, in order) from the base tables."""
    if table == "coverage_articles":
        return f"SELECT article_id, source_id, {LOCAL_DAY}, published_at FROM articles"
    if table == "period_article_counts":
        return f"""
            SELECT g.period_grain, CAST(date_trunc(g.period_grain, {LOCAL_DAY}) AS DATE), source_id, count(*)
            FROM articles CROSS JOIN {GRAINS_SQL} WHERE published_at IS NOT NULL GROUP BY ALL"""
    if table in ENTITY_TABLES:
        mentions, key = ENTITY_TABLES[table]
        return f"""
            SELECT g.period_grain, CAST(date_trunc(g.period_grain, {LOCAL_DAY}) AS DATE) AS period_start,
                   a.source_id, m.{key}, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
            FROM {mentions} m JOIN articles a USING (article_id) CROSS JOIN {GRAINS_SQL}
            WHERE a.published_at IS NOT NULL GROUP BY ALL"""
    if table == "campaign_source_counts":
        return """
            SELECT m.campaign_id, a.source_id, count(DISTINCT m.article_id), count(*),
                   min(a.published_at), max(a.published_at)
            FROM campaign_mentions m JOIN articles a USING (article_id) GROUP BY ALL"""
    if table == "campaign_organisation_counts":
        return """
            SELECT cm.campaign_id, om.organisation_id, count(*), min(a.published_at), max(a.published_at)
            FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) cm
            JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
            JOIN articles a USING (article_id) GROUP BY ALL"""
    raise KeyError(table)


def differences(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows that differ between each aggregate and a recomputation from the base tables."""
    found = {}
    for table in TABLES:
        sql = recomputed(table)
        found[table] = _count(
            con,
            f"SELECT count(*) FROM (({sql}) EXCEPT ALL (SELECT * FROM {table})"
            f" UNION ALL ((SELECT * FROM {table}) EXCEPT ALL ({sql})))",
        )
    return found


if __name__ == "__main__":  # python -m baochi.pipeline.warehouse.aggregates --check|--rebuild DB
    from pathlib import Path

    from baochi.pipeline.warehouse.connect import connect

    action, path = sys.argv[1], Path(sys.argv[2])
    connection = connect(path)
    if action == "--rebuild":
        connection.execute("BEGIN TRANSACTION")
        rebuild(connection)
        connection.execute("COMMIT")
    diff = differences(connection)
    print(diff)
    sys.exit(1 if any(diff.values()) else 0)
