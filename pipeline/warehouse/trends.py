"""Trend tables from the analyst views: coverage per period, with empty periods as zero.

A period without coverage is a fact analysts plot ("nothing in March"), so trend output lists
every period between the first and last article in range (or from --since to --until), not
only periods with mentions. Everything is read from the per-period aggregates behind the
coverage views, so a trend over a million articles takes milliseconds.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

GRAINS = ("day", "week", "month", "quarter", "year")
ENTITIES = {
    "campaigns": ("campaign_coverage", "campaign_id", "campaign_name"),
    "organisations": ("organisation_coverage", "organisation_id", "organisation_name"),
}


def trend_table(
    con: duckdb.DuckDBPyConnection,
    entity: str = "campaigns",
    by: str = "month",
    *,
    top: int | None = 10,
    since: date | None = None,
    until: date | None = None,
    source: str | None = None,
    match: str | None = None,
) -> pd.DataFrame:
    """Long table: one row per (period, entity) with articles, mentions and share; zeros filled."""
    if by not in GRAINS:
        raise ValueError(f"--by must be one of {', '.join(GRAINS)}")
    view, id_col, name_col = ENTITIES[entity]
    filters = ["period_grain = $grain"]
    params: dict[str, object] = {"grain": by}
    if since:
        filters.append("period_start >= date_trunc($grain, $since::DATE)")
        params["since"] = since
    if until:
        filters.append("period_start <= $until::DATE")
        params["until"] = until
    if source:
        filters.append("source_id = $source")
        params["source"] = source
    where = " AND ".join(filters)
    match_filter = ""
    if match:
        match_filter = (  # đ is a letter of its own, not d with an accent: fold it too
            f"WHERE replace(strip_accents(lower({name_col})), 'đ', 'd')"
            " LIKE '%' || replace(strip_accents(lower($match)), 'đ', 'd') || '%'"
        )
        params["match"] = match
    limit = f"LIMIT {int(top)}" if top else ""
    totals_filter = "AND source_id = $source" if source else ""
    lo = "min(date_trunc($grain, $since::DATE))" if since else "min(period_start)"
    hi = "max(date_trunc($grain, $until::DATE))" if until else "max(period_start)"
    sql = f"""
    WITH filtered AS (SELECT * FROM {view} WHERE {where}),
    chosen AS (
        SELECT {id_col}, any_value({name_col}) AS {name_col}, sum(articles) AS total_articles
        FROM filtered {match_filter} GROUP BY {id_col}
        ORDER BY total_articles DESC, {id_col} {limit}
    ),
    totals AS (
        SELECT period_start, sum(articles) AS articles_in_period
        FROM period_articles
        WHERE period_grain = $grain {totals_filter}
          {"AND period_start >= date_trunc($grain, $since::DATE)" if since else ""}
          {"AND period_start <= $until::DATE" if until else ""}
        GROUP BY period_start
    ),
    span AS (SELECT {lo} AS lo, {hi} AS hi FROM totals),
    all_periods AS (
        SELECT CAST(p AS DATE) AS period_start
        FROM span, generate_series(span.lo::TIMESTAMP, span.hi::TIMESTAMP,
            CASE $grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY
                        WHEN 'month' THEN INTERVAL 1 MONTH WHEN 'quarter' THEN INTERVAL 3 MONTH
                        ELSE INTERVAL 1 YEAR END) AS t(p)
    ),
    sums AS (
        SELECT period_start, {id_col}, sum(articles) AS articles, sum(mentions) AS mentions
        FROM filtered GROUP BY ALL
    )
    SELECT ap.period_start, c.{id_col}, c.{name_col},
           coalesce(s.articles, 0)::BIGINT AS articles, coalesce(s.mentions, 0)::BIGINT AS mentions,
           coalesce(t.articles_in_period, 0)::BIGINT AS articles_in_period,
           CASE WHEN coalesce(t.articles_in_period, 0) = 0 THEN 0
                ELSE coalesce(s.articles, 0) / t.articles_in_period END AS share_of_articles
    FROM all_periods ap CROSS JOIN chosen c
    LEFT JOIN sums s ON s.period_start = ap.period_start AND s.{id_col} = c.{id_col}
    LEFT JOIN totals t ON t.period_start = ap.period_start
    ORDER BY ap.period_start, c.total_articles DESC, c.{id_col}
    """
    frame = con.execute(sql, params).df()
    if not frame.empty:
        frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    return frame


def pivot(frame: pd.DataFrame, entity: str = "campaigns") -> pd.DataFrame:
    """Wide table for terminals: periods down, entities across, article counts in cells."""
    _, _, name_col = ENTITIES[entity]
    if frame.empty:
        return frame
    wide = frame.pivot_table(index="period_start", columns=name_col, values="articles",
                             aggfunc="sum", fill_value=0, sort=False)
    return wide
