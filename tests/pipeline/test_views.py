"""The analyst views and the aggregates behind them, on real DuckDB files.

The coverage views, campaign_timeline and campaign_organisations read aggregates that the
pipeline maintains incrementally; the tests compare them (and those views) with a
recomputation from the base tables after every kind of change: a migration over existing
data, the NLP stage, a load that moves an article to another period or instant, a
re-analysis that changes mentions, a failed write. tests/pipeline/test_aggregates.py adds
targeted and randomised sequences of changes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from baochi.pipeline.warehouse import aggregates
from baochi.pipeline.warehouse.connect import connect

from tests.pipeline.analytics_support import (
    copy_warehouse,
    demo_warehouse,
    tiny_warehouse,
    views_differ_from_base,
)

VIEW_COLUMNS = {  # the public contract (design.md): these names and columns must stay
    "campaign_coverage": ["period_grain", "period_start", "source_id", "campaign_id", "campaign_name",
                          "campaign_kind", "articles", "mentions", "articles_in_period", "share_of_articles"],
    "organisation_coverage": ["period_grain", "period_start", "source_id", "organisation_id",
                              "organisation_name", "acronym", "articles", "mentions",
                              "articles_in_period", "share_of_articles"],
    "campaign_organisations": ["campaign_id", "campaign_name", "organisation_id", "organisation_name",
                               "articles", "first_published_at", "last_published_at"],
    "campaign_timeline": ["campaign_id", "campaign_name", "campaign_kind", "articles", "mentions",
                          "first_seen_at", "last_seen_at", "peak_month", "peak_month_articles"],
    "article_entities": ["article_id", "source_id", "published_at", "title", "entity_type", "entity_id",
                         "entity_name", "field", "char_start", "char_end", "surface", "sentence_index",
                         "date_start", "date_end", "granularity"],
    "article_periods": ["article_id", "source_id", "period_grain", "period_start"],
}

BASE_COVERAGE = """
    WITH p AS (
        SELECT a.article_id, a.source_id, g.period_grain,
               CAST(date_trunc(g.period_grain, a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE) AS period_start
        FROM articles a CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) g(period_grain)
        WHERE a.published_at IS NOT NULL),
    t AS (SELECT period_grain, period_start, source_id, count(*) AS n FROM p GROUP BY ALL)
    SELECT p.period_grain, p.period_start, p.source_id, m.campaign_id,
           count(DISTINCT m.article_id) AS articles, count(*) AS mentions, any_value(t.n) AS articles_in_period
    FROM campaign_mentions m JOIN p USING (article_id) JOIN t USING (period_grain, period_start, source_id)
    GROUP BY ALL
"""


EXACT = {t: 0 for t in aggregates.TABLES}
VIEWS_EXACT = {"campaign_timeline": 0, "campaign_organisations": 0}


def _assert_exact(con: duckdb.DuckDBPyConnection) -> None:
    assert aggregates.differences(con) == EXACT
    assert views_differ_from_base(con) == VIEWS_EXACT


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return demo_warehouse(tmp_path_factory)


def _query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _differences(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    try:
        return {**aggregates.differences(con), **views_differ_from_base(con)}
    finally:
        con.close()


def test_views_keep_their_contract_columns(demo_db: Path) -> None:
    for view, columns in VIEW_COLUMNS.items():
        found = [r[0] for r in _query(demo_db, "SELECT column_name FROM duckdb_columns() WHERE table_name = ?"
                                               " ORDER BY column_index", [view])]
        assert found[: len(columns)] == columns, view


def test_demo_aggregates_equal_a_recomputation(demo_db: Path) -> None:
    assert _differences(demo_db) == {**EXACT, **VIEWS_EXACT}
    assert _query(demo_db, "SELECT count(*) FROM campaign_organisations")[0][0] > 10
    view = _query(demo_db, "SELECT period_grain, period_start, source_id, campaign_id, articles, mentions,"
                           " articles_in_period FROM campaign_coverage")
    assert len(view) > 100
    assert sorted(view) == sorted(_query(demo_db, BASE_COVERAGE))


def test_every_view_answers_on_the_demo(demo_db: Path) -> None:
    for view in (*VIEW_COLUMNS, "period_articles"):
        assert _query(demo_db, f"SELECT count(*) FROM {view}")[0][0] > 0, view


def test_tiny_warehouse_numbers(tmp_path: Path) -> None:
    db = tiny_warehouse(tmp_path / "baochi.duckdb")
    rows = _query(db, "SELECT strftime(period_start, '%Y-%m'), campaign_id, articles, mentions, articles_in_period,"
                      " share_of_articles FROM campaign_coverage WHERE period_grain = 'month' ORDER BY 1, 2")
    # January: articles 1, 2, 3 (3 is 23:30 local on the 31st); March: 4 (local day), 5, 6.
    assert rows == [("2024-01", "green", 2, 3, 3, 2 / 3), ("2024-01", "roads", 1, 1, 3, 1 / 3),
                    ("2024-03", "green", 1, 1, 3, 1 / 3)]
    timeline = _query(db, "SELECT campaign_id, articles, mentions, peak_month, peak_month_articles, months_with_coverage"
                          " FROM campaign_timeline ORDER BY 1")
    # the undated article 7 counts in the campaign's totals but in no month
    assert [r[:3] for r in timeline] == [("green", 4, 5), ("roads", 1, 1)]
    assert str(timeline[0][3]) == "2024-01-01" and timeline[0][4:] == (2, 2)
    pairs = _query(db, "SELECT campaign_id, organisation_id, articles, share_of_campaign_articles FROM campaign_organisations ORDER BY 1")
    assert pairs == [("green", "union", 1, 0.25), ("roads", "union", 1, 1.0)]
    weeks = _query(db, "SELECT DISTINCT strftime(period_start, '%a') FROM period_articles WHERE period_grain = 'week'")
    assert weeks == [("Mon",)]
    entity_types = dict(_query(db, "SELECT entity_type, count(*) FROM article_entities GROUP BY ALL"))
    assert entity_types == {"campaign": 6, "organisation": 2}


def test_migration_counts_an_existing_version_1_warehouse(tmp_path: Path) -> None:
    """A warehouse made before the aggregates existed gets them filled by migration 002."""
    from importlib import resources

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL)")
    con.execute(resources.files("baochi.pipeline.warehouse").joinpath("migrations/001_initial.sql").read_text("utf-8"))
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial', now())")
    con.execute("INSERT INTO articles (article_id, source_id, source_article_id, url, published_at, body_status,"
                " content_hash, first_seen_at, fetched_at) VALUES"
                " ('p:1', 'p', '1', 'u1', TIMESTAMPTZ '2024-05-31 20:00:00+00', 'ok', 'h', now(), now()),"
                " ('p:2', 'p', '2', 'u2', TIMESTAMPTZ '2024-05-02 08:00:00+07', 'ok', 'h', now(), now())")
    con.execute("INSERT INTO campaigns VALUES ('c', 'C', 'c', NULL)")
    con.execute("INSERT INTO campaign_mentions VALUES ('p:1', 'v', 'body', 0, 3, 'c', 'C', 0)")
    con.close()
    con = connect(db)  # migrates
    try:
        _assert_exact(con)
        # 2024-05-31 20:00 UTC is June 1st in Vietnam
        assert con.execute("SELECT strftime(period_start, '%Y-%m') FROM campaign_coverage"
                           " WHERE period_grain = 'month'").fetchall() == [("2024-06",)]
    finally:
        con.close()


def test_migration_003_recounts_a_version_2_warehouse(tmp_path: Path) -> None:
    """A warehouse with the coverage aggregates of 002 (one of them stale, as after a load whose
    sync never ran) gets the all-time aggregates of 003 and exact coverage aggregates."""
    from importlib import resources

    db = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(db))
    con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL)")
    for version, name in ((1, "initial"), (2, "coverage_aggregates")):
        con.execute(resources.files("baochi.pipeline.warehouse").joinpath(f"migrations/00{version}_{name}.sql").read_text("utf-8"))
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
    con.execute("INSERT INTO articles (article_id, source_id, source_article_id, url, published_at, body_status,"
                " content_hash, first_seen_at, fetched_at) VALUES"
                " ('p:1', 'p', '1', 'u1', TIMESTAMPTZ '2024-05-31 20:00:00+00', 'ok', 'h', now(), now()),"
                " ('p:2', 'p', '2', 'u2', TIMESTAMPTZ '2024-05-02 08:00:00+07', 'ok', 'h', now(), now()),"
                " ('q:3', 'q', '3', 'u3', NULL, 'ok', 'h', now(), now())")
    con.execute("INSERT INTO campaigns VALUES ('c', 'C', 'c', NULL)")
    con.execute("INSERT INTO organisations VALUES ('o', 'O', NULL, NULL, NULL)")
    con.execute("INSERT INTO campaign_mentions VALUES ('p:1', 'v', 'body', 0, 3, 'c', 'C', 0),"
                " ('p:2', 'v', 'body', 0, 3, 'c', 'C', 0), ('q:3', 'v', 'body', 0, 3, 'c', 'C', 0)")
    con.execute("INSERT INTO organisation_mentions VALUES ('p:2', 'v', 'body', 9, 10, 'o', 'O', 0),"
                " ('q:3', 'v', 'body', 9, 10, 'o', 'O', 0)")
    # aggregates as of before p:2 was loaded
    con.execute("INSERT INTO coverage_articles VALUES ('p:1', 'p', DATE '2024-06-01')")
    con.execute("INSERT INTO period_article_counts SELECT g, date_trunc(g, DATE '2024-06-01'), 'p', 1"
                " FROM unnest(['day', 'week', 'month', 'quarter', 'year']) t(g)")
    con.close()
    con = connect(db)  # migrates
    try:
        _assert_exact(con)
        assert con.execute("SELECT articles, mentions, sources, first_seen_at, last_seen_at FROM campaign_timeline"
                           ).fetchone() == (3, 3, 2, datetime(2024, 5, 2, 1, tzinfo=UTC), datetime(2024, 5, 31, 20, tzinfo=UTC))
        assert con.execute("SELECT articles, first_published_at, share_of_campaign_articles FROM campaign_organisations"
                           ).fetchone() == (2, datetime(2024, 5, 2, 1, tzinfo=UTC), 2 / 3)
    finally:
        con.close()


def test_aggregates_follow_loads_and_reanalysis(demo_db: Path, tmp_path: Path) -> None:
    """Move an article to another month and source day, move the first and the last article of
    a campaign, shift one within its day, re-analyse others with different mentions, delete
    one's date: the incremental maintenance must equal a recomputation."""
    from baochi.pipeline.jobs.process import ArticleResult, ProcessResult, write_results

    db = copy_warehouse(demo_db, tmp_path)
    con = connect(db)
    try:
        _assert_exact(con)
        moved, reanalysed, undated = [r[0] for r in con.execute(
            "SELECT DISTINCT article_id FROM campaign_mentions ORDER BY article_id LIMIT 3").fetchall()]
        con.execute("UPDATE articles SET published_at = published_at - INTERVAL 200 DAY WHERE article_id = ?", [moved])
        con.execute("UPDATE articles SET published_at = NULL WHERE article_id = ?", [undated])
        assert aggregates.sync_after_load(con) == 2
        _assert_exact(con)
        # the first and last article of the most covered campaign move inwards, so its
        # first/last instants must come from other articles; another shifts within its day
        top = con.execute("SELECT campaign_id FROM campaign_timeline ORDER BY articles DESC LIMIT 1").fetchone()[0]
        first, last = con.execute(
            "SELECT arg_min(a.article_id, a.published_at), arg_max(a.article_id, a.published_at)"
            " FROM campaign_mentions m JOIN articles a USING (article_id) WHERE m.campaign_id = ?", [top]).fetchone()
        con.execute("UPDATE articles SET published_at = published_at + INTERVAL 30 DAY WHERE article_id = ?", [first])
        con.execute("UPDATE articles SET published_at = published_at - INTERVAL 30 DAY WHERE article_id = ?", [last])
        con.execute("UPDATE articles SET published_at = published_at + INTERVAL 1 MINUTE WHERE article_id = ?", [reanalysed])
        assert aggregates.sync_after_load(con) == len({first, last, reanalysed})
        _assert_exact(con)
        campaign = con.execute("SELECT campaign_id, name, key, kind FROM campaigns LIMIT 1").fetchone()
        rows = {"campaign_mentions": [
            {"article_id": reanalysed, "nlp_version": "test", "field": "title", "char_start": s, "char_end": s + 3,
             "campaign_id": campaign[0], "surface": "x", "sentence_index": 0} for s in (0, 10, 20)],
            "campaigns": [dict(zip(("campaign_id", "name", "key", "kind"), campaign, strict=True))]}
        write_results(con, [ArticleResult(reanalysed, "ok", rows=rows)], "test", ProcessResult())
        _assert_exact(con)
        write_results(con, [ArticleResult(reanalysed, "failed", "boom")], "test", ProcessResult())
        _assert_exact(con)
        # re-analyse the campaign's new first article and find nothing in it any more
        first = con.execute(
            "SELECT arg_min(a.article_id, a.published_at) FROM campaign_mentions m JOIN articles a USING (article_id)"
            " WHERE m.campaign_id = ?", [top]).fetchone()[0]
        write_results(con, [ArticleResult(first, "ok", rows={})], "test", ProcessResult())
        _assert_exact(con)
        assert con.execute("SELECT count(*) FROM campaign_period_counts WHERE articles <= 0").fetchone()[0] == 0
        for table in aggregates.BOUNDED_TABLES:
            assert con.execute(f"SELECT count(*) FROM {table} WHERE articles <= 0").fetchone()[0] == 0
        con.execute("BEGIN TRANSACTION")
        aggregates.rebuild(con)
        con.execute("COMMIT")
        _assert_exact(con)
    finally:
        con.close()


def test_a_failed_nlp_write_leaves_the_aggregates_as_they_were(demo_db: Path, tmp_path: Path) -> None:
    from baochi.pipeline.jobs.process import ArticleResult, ProcessResult, write_results

    db = copy_warehouse(demo_db, tmp_path)
    con = connect(db)
    try:
        def snapshot() -> dict[str, list]:
            return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in aggregates.TABLES}

        before = snapshot()
        # the article holding a campaign's first instant: its removal would make that bound dirty
        article = con.execute("SELECT arg_min(a.article_id, a.published_at) FROM campaign_mentions m"
                              " JOIN articles a USING (article_id)").fetchone()[0]
        bad = {"campaign_mentions": [{"article_id": article, "nlp_version": "t", "field": "body", "char_start": 1,
                                      "char_end": 2, "campaign_id": "c", "surface": "x", "sentence_index": 0}] * 2}
        with pytest.raises(duckdb.Error):  # duplicate key: the whole transaction rolls back
            write_results(con, [ArticleResult(article, "ok", rows=bad)], "t", ProcessResult())
        assert snapshot() == before
        _assert_exact(con)
        # nothing left behind by the failed write spoils the next one
        write_results(con, [ArticleResult(article, "ok", rows={})], "t", ProcessResult())
        _assert_exact(con)
    finally:
        con.close()


def test_week_grain_starts_on_monday_in_local_time(tmp_path: Path) -> None:
    db = tiny_warehouse(tmp_path / "baochi.duckdb")
    # article 4: 2024-03-01 06:00 local = 2024-02-29 23:00 UTC → local week of Monday 2024-02-26
    got = _query(db, "SELECT period_start FROM article_periods WHERE article_id = 'paper:4' AND period_grain IN ('day', 'week') ORDER BY period_start")
    assert [str(r[0]) for r in got] == ["2024-02-26", "2024-03-01"]
    assert datetime(2024, 2, 26, tzinfo=UTC).weekday() == 0
