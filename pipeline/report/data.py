"""The report's numbers: small DataFrames read through the analyst views."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd
from baochi.pipeline.warehouse.export import typed_frame
from baochi.pipeline.warehouse.trends import trend_table


@dataclass
class ReportData:
    summary: dict
    monthly: pd.DataFrame
    pairs: pd.DataFrame
    by_category: pd.DataFrame
    campaigns: pd.DataFrame


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return typed_frame(con.execute(sql, params or []))


def gather(con: duckdb.DuckDBPyConnection, *, top_campaigns: int = 8, heatmap_size: int = 15) -> ReportData:
    summary = dict(zip(
        ("articles", "dated_articles", "sources", "first_published_at", "last_published_at",
         "campaigns", "organisations", "campaign_mentions"),
        con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(published_at) FROM articles),"
            " (SELECT count(DISTINCT source_id) FROM articles),"
            " (SELECT min(published_at) FROM articles), (SELECT max(published_at) FROM articles),"
            " (SELECT count(DISTINCT campaign_id) FROM campaign_mentions),"
            " (SELECT count(DISTINCT organisation_id) FROM organisation_mentions),"
            " (SELECT count(*) FROM campaign_mentions)"
        ).fetchone(),
        strict=True,
    ))
    monthly = trend_table(con, "campaigns", "month", top=top_campaigns)
    pairs = _frame(con, f"""
        WITH top_c AS (SELECT campaign_id FROM campaign_timeline ORDER BY articles DESC, campaign_id LIMIT {int(heatmap_size)}),
             top_o AS (SELECT organisation_id, count(DISTINCT article_id) AS n FROM organisation_mentions
                       GROUP BY ALL ORDER BY n DESC, organisation_id LIMIT {int(heatmap_size)})
        SELECT campaign_name, organisation_name, articles
        FROM campaign_organisations
        WHERE campaign_id IN (SELECT campaign_id FROM top_c)
          AND organisation_id IN (SELECT organisation_id FROM top_o)
        ORDER BY campaign_name, organisation_name""")
    by_category = _frame(con, """
        WITH covered AS (SELECT DISTINCT article_id FROM campaign_mentions)
        SELECT a.source_id, coalesce(a.category, '(no category)') AS category,
               count(*) AS articles,
               count(c.article_id) AS articles_with_campaigns,
               count(c.article_id) / count(*) AS share_with_campaigns
        FROM articles a LEFT JOIN covered c USING (article_id)
        GROUP BY ALL ORDER BY a.source_id, articles_with_campaigns DESC, category""")
    campaigns = _frame(con, """
        SELECT campaign_name, campaign_kind, articles, mentions,
               strftime(first_seen_at, '%Y-%m-%d') AS first_seen,
               strftime(last_seen_at, '%Y-%m-%d') AS last_seen,
               strftime(peak_month, '%Y-%m') AS peak_month, peak_month_articles
        FROM campaign_timeline ORDER BY articles DESC, campaign_name""")
    return ReportData(summary, monthly, pairs, by_category, campaigns)
