"""Trend tables from the analyst views: coverage per period, with empty periods as zero.

A period without coverage is a fact analysts plot ("nothing in March"), so trend output lists
every period between the first and last article in range (or from --since to --until), not
only periods with mentions. Everything is read from the per-period aggregates behind the
coverage views, so a trend over a million articles takes milliseconds.

`--since`/`--until` are exact: a period only partly inside the range (the month of
2025-01-15 when the range starts then) is counted from the day aggregates of the days inside
the range — mentions, articles and the denominator alike — and marked `partial`, so a share
in an edge period compares like with like. Periods wholly inside are read at their own grain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import duckdb
import pandas as pd

GRAINS = ("day", "week", "month", "quarter", "year")
STEPS = {"day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH",
         "quarter": "INTERVAL 3 MONTH", "year": "INTERVAL 1 YEAR"}
ENTITIES = {
    "campaigns": ("campaign_coverage", "campaign_id", "campaign_name"),
    "organisations": ("organisation_coverage", "organisation_id", "organisation_name"),
}
EARLIEST, LATEST = date(1, 1, 1), date(9999, 12, 31)


def _in_range(relation: str, step: str, source_filter: str, *, bounded: bool = True) -> str:
    """Rows of `relation` (a coverage view or period_articles) for the range: periods wholly
    inside at their grain, plus the days inside the range of the edge periods, re-labelled with
    the period they belong to. Unbounded (no --since/--until): the grain's rows only."""
    if not bounded:
        return f"SELECT * FROM {relation} WHERE period_grain = $grain {source_filter}"
    end = f"CAST(period_start + {step} - INTERVAL 1 DAY AS DATE)"
    day_period = "CAST(date_trunc($grain, period_start) AS DATE)"
    day_end = f"CAST(date_trunc($grain, period_start) + {step} - INTERVAL 1 DAY AS DATE)"
    return f"""
        SELECT * FROM {relation}
        WHERE period_grain = $grain {source_filter}
          AND period_start >= $since AND {end} <= $until
        UNION ALL
        SELECT * REPLACE ({day_period} AS period_start) FROM {relation}
        WHERE period_grain = 'day' AND $grain <> 'day' {source_filter}
          AND period_start BETWEEN $since AND $until
          AND NOT ({day_period} >= $since AND {day_end} <= $until)"""


def trend_table(
    con: duckdb.DuckDBPyConnection,
    entity: str = "campaigns",
    by: str = "month",
    *,
    top: int | None = 10,
    since: date | None = None,
    until: date | None = None,
    source: str | Sequence[str] | None = None,
    match: str | None = None,
    ids: Sequence[str] | None = None,
    by_source: bool = False,
) -> pd.DataFrame:
    """Long table: one row per period (× source with `by_source`) × entity with articles,
    mentions, all articles of the period and the share; zeros filled; `partial` marks a
    period cut by --since/--until (counted over the days inside only).

    `ids` chooses the entities (as resolved by baochi.pipeline.warehouse.names); otherwise
    the `top` by articles in range, optionally among names containing `match`."""
    if by not in GRAINS:
        raise ValueError(f"--by must be one of {', '.join(GRAINS)}")
    view, id_col, name_col = ENTITIES[entity]
    step = STEPS[by]
    sources = [source] if isinstance(source, str) else list(source or [])
    bounded = bool(since or until)
    params: dict[str, object] = {"grain": by}
    if bounded:
        params.update(since=since or EARLIEST, until=until or LATEST)
    source_filter = ""
    if sources:
        source_filter = "AND source_id IN (SELECT unnest($sources))"
        params["sources"] = sources
    chosen_filter = ""
    if ids is not None:
        chosen_filter = f"WHERE {id_col} IN (SELECT unnest($ids))"
        params["ids"] = list(ids)
    elif match:
        chosen_filter = (  # đ is a letter of its own, not d with an accent: fold it too
            f"WHERE replace(strip_accents(lower({name_col})), 'đ', 'd')"
            " LIKE '%' || replace(strip_accents(lower($match)), 'đ', 'd') || '%'"
        )
        params["match"] = match
    limit = f"LIMIT {int(top)}" if top else ""
    lo = "CAST(date_trunc($grain, $since::DATE) AS DATE)" if since else "min_p"
    hi = "CAST(date_trunc($grain, $until::DATE) AS DATE)" if until else "max_p"
    src = "source_id, " if by_source else ""
    src_join = "AND s.source_id = ps.source_id" if by_source else ""
    tot_join = "AND t.source_id = ps.source_id" if by_source else ""
    partial = "FALSE"
    if bounded:
        partial = f"(ap.period_start < $since OR CAST(ap.period_start + {step} - INTERVAL 1 DAY AS DATE) > $until)"
    names = f"SELECT {id_col}, name AS {name_col} FROM {entity}"
    sql = f"""
    WITH filtered AS ({_in_range(view, step, source_filter, bounded=bounded)}),
    totals_rows AS ({_in_range('period_articles', step, source_filter, bounded=bounded)}),
    known AS ({names}),
    ranked AS (
        SELECT {id_col}, sum(articles) AS total_articles FROM filtered GROUP BY {id_col}
    ),
    chosen AS (
        SELECT k.{id_col}, k.{name_col}, coalesce(r.total_articles, 0) AS total_articles
        FROM known k LEFT JOIN ranked r USING ({id_col})
        {chosen_filter or "WHERE r.total_articles > 0"}
        ORDER BY total_articles DESC, k.{id_col} {limit}
    ),
    totals AS (
        SELECT period_start, {src} sum(articles) AS articles_in_period
        FROM totals_rows GROUP BY ALL
    ),
    span AS (SELECT {lo} AS lo, {hi} AS hi FROM (SELECT min(period_start) AS min_p, max(period_start) AS max_p FROM totals)),
    all_periods AS (
        SELECT CAST(p AS DATE) AS period_start
        FROM span, generate_series(span.lo::TIMESTAMP, span.hi::TIMESTAMP, {step}) AS t(p)
    ),
    period_sources AS (
        SELECT ap.period_start {", src.source_id" if by_source else ""}
        FROM all_periods ap
        {"CROSS JOIN (SELECT DISTINCT source_id FROM totals_rows) src" if by_source else ""}
    ),
    sums AS (
        SELECT period_start, {src} {id_col}, sum(articles) AS articles, sum(mentions) AS mentions
        FROM filtered GROUP BY ALL
    )
    SELECT ps.period_start, {"ps.source_id, " if by_source else ""} c.{id_col}, c.{name_col},
           coalesce(s.articles, 0)::BIGINT AS articles, coalesce(s.mentions, 0)::BIGINT AS mentions,
           coalesce(t.articles_in_period, 0)::BIGINT AS articles_in_period,
           CASE WHEN coalesce(t.articles_in_period, 0) = 0 THEN 0
                ELSE coalesce(s.articles, 0) / t.articles_in_period END AS share_of_articles,
           {partial.replace("ap.", "ps.")} AS partial
    FROM period_sources ps CROSS JOIN chosen c
    LEFT JOIN sums s ON s.period_start = ps.period_start AND s.{id_col} = c.{id_col} {src_join}
    LEFT JOIN totals t ON t.period_start = ps.period_start {tot_join}
    ORDER BY ps.period_start, {"ps.source_id, " if by_source else ""} c.total_articles DESC, c.{id_col}
    """
    frame = con.execute(sql, params).df()
    if not frame.empty:
        frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    return frame


def pivot(frame: pd.DataFrame, entity: str = "campaigns", *, max_columns: int = 4) -> pd.DataFrame:
    """Table for terminals: periods (× sources) down, one column per entity with its article
    count and share of all articles of the period, all articles last. More entities than
    `max_columns` would wrap every name over lines: then one row per period and entity."""
    _, _, name_col = ENTITIES[entity]
    if frame.empty:
        return frame
    if frame[name_col].nunique() > max_columns:
        long = pd.DataFrame({
            "period": [f"{p}{' (partial)' if x else ''}" for p, x in zip(frame["period_start"], frame["partial"], strict=True)],
            **({"source": frame["source_id"]} if "source_id" in frame.columns else {}),
            entity[:-1]: frame[name_col],
            "articles": frame["articles"],
            "share": [f"{v:.1%}" for v in frame["share_of_articles"]],
            "all articles": frame["articles_in_period"],
        })
        return long
    keys = ["period_start", *(["source_id"] if "source_id" in frame.columns else [])]
    cells = frame.assign(cell=[f"{a} ({s:.0%})" if t else "0" for a, s, t in
                               zip(frame["articles"], frame["share_of_articles"], frame["articles_in_period"], strict=True)])
    wide = cells.pivot_table(index=keys, columns=name_col, values="cell", aggfunc="first", sort=False)
    wide = wide[list(dict.fromkeys(frame[name_col]))]
    extra = frame.groupby(keys, sort=False).agg(all_articles=("articles_in_period", "first"), partial=("partial", "first"))
    wide = wide.join(extra)
    wide["period_start"] = [
        f"{k[0] if isinstance(k, tuple) else k}{' (partial)' if p else ''}" for k, p in zip(wide.index, wide["partial"], strict=True)]
    if "source_id" in keys:
        wide["source"] = [k[1] for k in wide.index]
    wide = wide.drop(columns=["partial"]).reset_index(drop=True)
    front = ["period_start", *(["source"] if "source_id" in keys else [])]
    return wide[front + [c for c in wide.columns if c not in front]].rename(columns={"period_start": "period", "all_articles": "all articles"})
