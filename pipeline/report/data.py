"""The report's numbers: small DataFrames read through the analyst views and trend tables.

Shares, not counts: a paper that published twice as much in May is not twice as interested
in a campaign, so every comparison is "articles mentioning it / all articles of the period
(and paper)". Periods cut by --since/--until count only the days inside (trends.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb
import pandas as pd
from baochi.crawler.health import markup_drift
from baochi.pipeline.jobs.health import HISTORY
from baochi.pipeline.warehouse.export import typed_frame
from baochi.pipeline.warehouse.trends import trend_table


@dataclass(frozen=True)
class Filters:
    campaign_ids: tuple[str, ...] | None = None
    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = []
        if self.since or self.until:
            parts.append(f"{self.since or 'first article'} to {self.until or 'latest article'}")
        if self.sources:
            parts.append("papers: " + ", ".join(self.sources))
        if self.campaign_ids is not None:
            parts.append(f"{len(self.campaign_ids)} chosen campaign(s)")
        return "; ".join(parts)


@dataclass
class ReportData:
    summary: dict
    filters: Filters
    quarter: dict  # {"current": date, "previous": date, "partial": bool}
    gains: pd.DataFrame  # campaign, shares this and last quarter, change, papers that gained
    monthly: pd.DataFrame  # trend_table rows: share of articles per month (quarter on long ranges)
    by_paper: pd.DataFrame  # campaign × paper share over the range
    pairs: pd.DataFrame  # campaign × organisation articles, ordered by co-occurrence
    campaigns: pd.DataFrame  # the campaign table
    profiles: dict = field(default_factory=dict)  # campaign_id → search.campaign_profile
    health: list[dict] = field(default_factory=list)  # per source: the latest crawl's extraction health
    by_category: pd.DataFrame = field(default_factory=pd.DataFrame)  # paper × category share with coverage


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    return typed_frame(con.execute(sql, params or []))


def _where(filters: Filters, params: dict, alias: str = "a") -> str:
    clauses = ["TRUE"]
    day = f"CAST({alias}.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)"
    if filters.since:
        clauses.append(f"{day} >= $since")
        params["since"] = filters.since
    if filters.until:
        clauses.append(f"{day} <= $until")
        params["until"] = filters.until
    if filters.sources:
        clauses.append(f"{alias}.source_id IN (SELECT unnest($sources))")
        params["sources"] = list(filters.sources)
    return " AND ".join(clauses)


def _chosen(ids: list[str] | None, params: dict, alias: str = "m") -> str:
    """The SQL clause keeping the chosen campaigns' mentions (none when all are chosen)."""
    if ids is None:
        return ""
    params["ids"] = ids
    return f"AND {alias}.campaign_id IN (SELECT unnest($ids))"


def _summary(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict:
    params: dict = {}
    where = _where(filters, params)
    row = con.execute(f"""
        SELECT count(*), count(published_at), count(DISTINCT source_id), min(published_at), max(published_at),
               (SELECT count(DISTINCT campaign_id) FROM campaign_mentions m JOIN articles a USING (article_id) WHERE {where}),
               (SELECT count(DISTINCT organisation_id) FROM organisation_mentions m JOIN articles a USING (article_id) WHERE {where}),
               (SELECT count(*) FROM campaign_mentions m JOIN articles a USING (article_id) WHERE {where})
        FROM articles a WHERE {where}""", params).fetchone()
    keys = ("articles", "dated_articles", "sources", "first_published_at", "last_published_at",
            "campaigns", "organisations", "campaign_mentions")
    return dict(zip(keys, row or (0,) * len(keys), strict=True))


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _previous_quarter(start: date) -> date:
    return date(start.year - 1, 10, 1) if start.month == 1 else date(start.year, start.month - 3, 1)


def gains(con: duckdb.DuckDBPyConnection, filters: Filters, reference: date) -> tuple[dict, pd.DataFrame]:
    """Change of share of articles from the previous quarter to the quarter of `reference`
    (the last day of the range), overall and per paper — the report's first screen."""
    current = _quarter_start(reference)
    previous = _previous_quarter(current)
    ids = list(filters.campaign_ids) if filters.campaign_ids is not None else None
    frame = trend_table(con, "campaigns", "quarter", top=None, since=previous, until=reference,
                        source=list(filters.sources), ids=ids, by_source=True)
    quarter = {"current": current, "previous": previous,
               "partial": bool(frame["partial"].any()) if not frame.empty else False}
    if frame.empty:
        return quarter, pd.DataFrame()
    frame["when"] = ["now" if p == current else "before" for p in frame["period_start"]]
    per_paper = frame.pivot_table(index=["campaign_id", "campaign_name", "source_id"], columns="when",
                                  values=["articles", "articles_in_period"], aggfunc="sum", fill_value=0)
    per_paper.columns = [f"{a}_{b}" for a, b in per_paper.columns]
    per_paper = per_paper.reset_index()
    for col in ("articles_now", "articles_before", "articles_in_period_now", "articles_in_period_before"):
        if col not in per_paper.columns:
            per_paper[col] = 0

    def share(articles: pd.Series, total: pd.Series) -> pd.Series:
        return (articles / total.where(total > 0)).fillna(0.0)

    per_paper["change"] = (share(per_paper["articles_now"], per_paper["articles_in_period_now"])
                           - share(per_paper["articles_before"], per_paper["articles_in_period_before"]))
    overall = per_paper.groupby(["campaign_id", "campaign_name"], as_index=False)[
        ["articles_now", "articles_before", "articles_in_period_now", "articles_in_period_before"]].sum()
    overall["share_now"] = share(overall["articles_now"], overall["articles_in_period_now"])
    overall["share_before"] = share(overall["articles_before"], overall["articles_in_period_before"])
    overall["change"] = overall["share_now"] - overall["share_before"]
    papers = []
    for campaign_id in overall["campaign_id"]:
        rows = per_paper[(per_paper["campaign_id"] == campaign_id) & (per_paper["change"] > 0)]
        rows = rows.sort_values(["change", "source_id"], ascending=[False, True]).head(3)
        papers.append([(r.source_id, float(r.change), int(r.articles_now)) for r in rows.itertuples()])
    overall["papers"] = papers
    overall = overall[(overall["articles_now"] > 0) | (overall["articles_before"] > 0)]
    overall = overall.sort_values(["change", "articles_now", "campaign_name"], ascending=[False, False, True])
    return quarter, overall.reset_index(drop=True)


def by_paper(con: duckdb.DuckDBPyConnection, filters: Filters, ids: list[str]) -> pd.DataFrame:
    """Share of each paper's articles over the whole range mentioning each chosen campaign."""
    if not ids:
        return pd.DataFrame()
    frame = trend_table(con, "campaigns", "year", top=None, since=filters.since, until=filters.until,
                        source=list(filters.sources), ids=ids, by_source=True)
    if frame.empty:
        return frame
    sums = frame.groupby(["source_id", "campaign_id", "campaign_name"], as_index=False, sort=False)[
        ["articles", "articles_in_period"]].sum()
    sums["share_of_articles"] = (sums["articles"] / sums["articles_in_period"].where(sums["articles_in_period"] > 0)).fillna(0.0)
    return sums


def co_occurrence(con: duckdb.DuckDBPyConnection, filters: Filters, ids: list[str], size: int) -> pd.DataFrame:
    """Articles naming both a campaign and an organisation, for the chosen campaigns and the
    organisations that co-occur with them most; rows and columns ordered by co-occurrence."""
    if not ids:
        return pd.DataFrame()
    params: dict = {"ids": ids}
    where = _where(filters, params)
    pairs = _frame(con, f"""
        WITH cm AS (SELECT DISTINCT m.article_id, m.campaign_id FROM campaign_mentions m
                    JOIN articles a USING (article_id)
                    WHERE m.campaign_id IN (SELECT unnest($ids)) AND {where}),
             om AS (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions
                    WHERE article_id IN (SELECT article_id FROM cm))
        SELECT c.name AS campaign_name, o.name AS organisation_name, count(*) AS articles
        FROM cm JOIN om USING (article_id)
        JOIN campaigns c ON c.campaign_id = cm.campaign_id
        JOIN organisations o ON o.organisation_id = om.organisation_id
        GROUP BY ALL""", params)
    if pairs.empty:
        return pairs
    top_orgs = pairs.groupby("organisation_name")["articles"].sum().sort_values(ascending=False).head(size)
    pairs = pairs[pairs["organisation_name"].isin(top_orgs.index)]
    grid = pairs.pivot_table(index="campaign_name", columns="organisation_name", values="articles",
                             aggfunc="sum", fill_value=0)
    rows = grid.sum(axis=1).sort_values(ascending=False).index
    grid = grid.loc[rows]
    # columns by barycentre: an organisation sits near the campaigns it appears with most
    weights = grid.to_numpy()
    positions = (weights * pd.Series(range(len(rows))).to_numpy()[:, None]).sum(axis=0) / weights.sum(axis=0)
    order = sorted(range(len(grid.columns)), key=lambda i: (positions[i], -weights[:, i].sum(), grid.columns[i]))
    return grid.iloc[:, order]


def campaign_table(con: duckdb.DuckDBPyConnection, filters: Filters, ids: list[str] | None) -> pd.DataFrame:
    params: dict = {}
    where = _where(filters, params)
    chosen = _chosen(ids, params)
    return _frame(con, f"""
        WITH per_article AS (
            SELECT m.campaign_id, m.article_id, count(*) AS mentions, any_value(a.published_at) AS published_at,
                   any_value(a.source_id) AS source_id
            FROM campaign_mentions m JOIN articles a USING (article_id)
            WHERE {where} {chosen} GROUP BY ALL
        ), monthly AS (
            SELECT campaign_id, date_trunc('month', published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month,
                   count(*) AS n FROM per_article WHERE published_at IS NOT NULL GROUP BY ALL
        ), peak AS (
            SELECT campaign_id, first(month ORDER BY n DESC, month) AS peak_month FROM monthly GROUP BY ALL
        )
        SELECT p.campaign_id, c.name AS campaign_name, c.kind AS campaign_kind,
               count(*) AS articles, sum(p.mentions)::BIGINT AS mentions,
               count(DISTINCT p.source_id) AS papers,
               min(p.published_at) AS first_seen_at, max(p.published_at) AS last_seen_at,
               any_value(peak.peak_month) AS peak_month
        FROM per_article p JOIN campaigns c USING (campaign_id) LEFT JOIN peak USING (campaign_id)
        GROUP BY ALL ORDER BY articles DESC, campaign_name""", params)


def by_category(con: duckdb.DuckDBPyConnection, filters: Filters, ids: list[str] | None,
                limit: int = 15) -> pd.DataFrame:
    """Per paper and section, the share of its articles that mention a campaign (the chosen ones
    under --campaign): where in a paper coverage sits. The `limit` sections with most articles
    overall are kept; the rest are summed as "(other sections)" so no article is dropped."""
    params: dict = {}
    where = _where(filters, params)
    chosen = _chosen(ids, params)
    frame = _frame(con, f"""
        SELECT a.source_id, coalesce(nullif(trim(a.category), ''), '(no section)') AS category,
               count(*) AS articles,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM campaign_mentions m
                                              WHERE m.article_id = a.article_id {chosen})) AS articles_with_campaigns
        FROM articles a WHERE {where}
        GROUP BY ALL""", params)
    if frame.empty:
        return frame
    totals = frame.groupby("category")["articles"].sum().sort_values(ascending=False, kind="stable")
    kept = set(totals.head(limit).index)
    frame["category"] = [c if c in kept else "(other sections)" for c in frame["category"]]
    frame = frame.groupby(["source_id", "category"], as_index=False)[["articles", "articles_with_campaigns"]].sum()
    frame["share_with_campaigns"] = frame["articles_with_campaigns"] / frame["articles"]
    order = {c: i for i, c in enumerate([*totals.head(limit).index, "(other sections)"])}
    frame["rank"] = frame["category"].map(order)
    return frame.sort_values(["rank", "source_id"]).drop(columns="rank").reset_index(drop=True)


def extraction_health(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """Per source, the extraction health of its latest crawl that staged articles (the nightly
    stores it in `runs.counts`), with the markup-drift lines the nightly judged it by: the same
    comparison against the median of the crawls before it (crawler/health.py)."""
    rows = con.execute(f"""
        SELECT source_id, started_at, counts FROM runs
        WHERE stage = 'crawl' AND status IN ('ok', 'failed') AND counts IS NOT NULL
          AND source_id IS NOT NULL {"AND source_id IN (SELECT unnest(?))" if filters.sources else ""}
        ORDER BY source_id, started_at DESC""", [list(filters.sources)] if filters.sources else []).fetchall()
    history: dict[str, list[tuple[Any, dict[str, Any]]]] = {}
    for source_id, started_at, counts in rows:
        data = json.loads(counts) if isinstance(counts, str) else counts
        health = data.get("extraction_health") if isinstance(data, dict) else None
        if isinstance(health, dict) and isinstance(health.get(source_id), dict):
            history.setdefault(source_id, []).append((started_at, health))
    found = []
    for source_id, runs in history.items():
        crawled_at, latest = runs[0]
        earlier = [health for _, health in runs[1:HISTORY + 1]]
        drift = markup_drift({source_id: latest[source_id]}, earlier)
        found.append({"source_id": source_id, "crawled_at": crawled_at, **latest[source_id],
                      "drift": [line.removeprefix(f"markup drift: {source_id} ") for line in drift]})
    return found


def gather(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, top_campaigns: int = 8,
           heatmap_size: int = 15, pages: int = 60) -> ReportData:
    from baochi.pipeline.warehouse.search import campaign_profile

    filters = filters or Filters()
    summary = _summary(con, filters)
    ids = list(filters.campaign_ids) if filters.campaign_ids is not None else None
    table = campaign_table(con, filters, ids)
    chosen = list(table["campaign_id"].head(top_campaigns)) if ids is None else ids
    reference = filters.until
    if reference is None and summary["last_published_at"] is not None:
        reference = pd.Timestamp(summary["last_published_at"]).tz_convert("Asia/Ho_Chi_Minh").date()
    quarter, gained = gains(con, filters, reference) if reference else ({}, pd.DataFrame())
    grain = "month"
    if summary["first_published_at"] is not None and reference is not None:
        first = pd.Timestamp(summary["first_published_at"]).tz_convert("Asia/Ho_Chi_Minh").date()
        if (reference - max(first, filters.since or first)).days > 550:  # long ranges: quarters read better
            grain = "quarter"
    monthly = trend_table(con, "campaigns", grain, top=None, since=filters.since, until=filters.until,
                          source=list(filters.sources), ids=chosen) if chosen else pd.DataFrame()
    profiles = {cid: campaign_profile(con, cid, latest=10) for cid in table["campaign_id"].head(pages)}
    return ReportData(summary, filters, quarter, gained, monthly, by_paper(con, filters, chosen),
                      co_occurrence(con, filters, list(table["campaign_id"].head(heatmap_size)) if ids is None else ids,
                                    heatmap_size),
                      table, profiles, extraction_health(con, filters), by_category(con, filters, ids))
