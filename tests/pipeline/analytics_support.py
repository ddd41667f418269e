"""Shared by the analytics tests: one real demo warehouse per test session, the CLI as a
subprocess, and a tiny hand-made warehouse for tests that must not depend on the NLP."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import REPO


def baochi(*args: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", *args], capture_output=True, text=True, cwd=REPO,
        timeout=timeout, env=env,
    )


def demo_warehouse(factory: pytest.TempPathFactory) -> Path:
    """`baochi demo` once per session (about 30 s); later callers reuse its data directory.
    Tests that write must copy it first (`copy_warehouse`)."""
    folder = factory.getbasetemp() / "analytics-demo"
    db = folder / "baochi.duckdb"
    done = folder / "done"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        run = baochi("demo", "--db", str(db), "--quiet", timeout=600)
        assert run.returncode == 0, (run.stdout[-2000:], run.stderr[-2000:])
        (folder / "demo.out").write_text(run.stdout, "utf-8")
        done.touch()
    return db


def copy_warehouse(db: Path, target_dir: Path) -> Path:
    """A private copy of a warehouse (main file only; no snapshot) to write to."""
    target_dir.mkdir(parents=True, exist_ok=True)
    copy = target_dir / "baochi.duckdb"
    shutil.copyfile(db, copy)
    return copy


def tiny_warehouse(db: Path) -> Path:
    """Three months of a hand-made paper: 6 dated articles (one undated), 2 campaigns,
    1 organisation — every number in it is known."""
    from baochi.pipeline.warehouse import aggregates
    from baochi.pipeline.warehouse.connect import connect

    con = connect(db)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    con.execute("INSERT INTO sources VALUES ('paper', 'The Paper', 'Thanh Hóa', 'http://127.0.0.1')")
    articles = [  # id, published (UTC+7 local), category
        ("1", "2024-01-05 09:00:00+07", "Thời sự"),
        ("2", "2024-01-20 09:00:00+07", "Thời sự"),
        ("3", "2024-01-31 23:30:00+07", "Kinh tế"),  # still January locally (UTC: Jan 31 16:30)
        ("4", "2024-03-01 06:00:00+07", "Kinh tế"),  # March locally, February 29 in UTC
        ("5", "2024-03-10 09:00:00+07", "Thời sự"),
        ("6", "2024-03-11 09:00:00+07", "Thời sự"),
        ("7", None, "Thời sự"),
    ]
    for number, published, category in articles:
        con.execute(
            "INSERT INTO articles (article_id, source_id, source_article_id, url, canonical_url"
            ", title, lead, body, author, category, category_slug, published_at, body_status, extraction, content_hash, first_seen_at, fetched_at, run_id)"
            " VALUES (?, 'paper', ?, ?, NULL, ?, NULL, 'body', NULL, ?, NULL,"
            " ?::TIMESTAMPTZ, 'ok', NULL, ?, ?, ?, 'r1')",
            [f"paper:{number}", number, f"http://127.0.0.1/{number}.htm", f"Title {number}", category,
             published, f"hash{number}", now, now],
        )
    con.execute("INSERT INTO campaigns VALUES ('green', 'Xanh sạch đẹp', 'xanh sach dep', 'phong trào'),"
                " ('roads', 'Đường đẹp', 'duong dep', 'cuộc vận động')")
    con.execute("INSERT INTO organisations VALUES ('union', 'Đoàn Thanh niên', 'ĐTN', 'Thanh Hóa', 'đoàn thể')")
    campaign_mentions = [("1", "green", 0), ("1", "green", 50), ("2", "green", 0), ("3", "roads", 0),
                         ("5", "green", 0), ("7", "green", 0)]
    for number, campaign, start in campaign_mentions:
        surface = {"green": "phong trào Xanh sạch đẹp", "roads": "cuộc vận động Đường đẹp"}[campaign]
        con.execute("INSERT INTO campaign_mentions VALUES (?, 'v1', 'body', ?, ?, ?, ?, 0)",
                    [f"paper:{number}", start, start + len(surface), campaign, surface])
    for number in ("1", "3"):
        con.execute("INSERT INTO organisation_mentions VALUES (?, 'v1', 'body', 10, 15, 'union', 'ĐTN', 0)",
                    [f"paper:{number}"])
    con.execute("BEGIN TRANSACTION")
    aggregates.rebuild(con)
    con.execute("COMMIT")
    con.close()
    return db


# campaign_timeline and campaign_organisations as they were written on the base tables before
# migration 003: the views over the aggregates must return exactly these rows.
BASE_CAMPAIGN_TIMELINE = """
    WITH per_campaign AS (
        SELECT campaign_id, count(DISTINCT article_id) AS articles, count(*) AS mentions
        FROM campaign_mentions GROUP BY ALL
    ), seen AS (
        SELECT m.campaign_id, min(a.published_at) AS first_seen_at, max(a.published_at) AS last_seen_at,
               count(DISTINCT a.source_id) AS sources
        FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) m
        JOIN articles a USING (article_id) GROUP BY ALL
    ), monthly AS (
        SELECT m.campaign_id, CAST(date_trunc('month', a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE)
               AS period_start, count(*) AS articles
        FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) m
        JOIN articles a USING (article_id) WHERE a.published_at IS NOT NULL GROUP BY ALL
    ), peak AS (
        SELECT campaign_id, first(period_start ORDER BY articles DESC, period_start) AS peak_month,
               max(articles) AS peak_month_articles, count(*) AS months_with_coverage
        FROM monthly GROUP BY ALL
    )
    SELECT c.campaign_id, c.name, c.kind, p.articles, p.mentions, s.first_seen_at, s.last_seen_at,
           peak.peak_month, peak.peak_month_articles, s.sources, peak.months_with_coverage
    FROM per_campaign p JOIN campaigns c USING (campaign_id) JOIN seen s USING (campaign_id)
    LEFT JOIN peak USING (campaign_id)
"""

BASE_CAMPAIGN_ORGANISATIONS = """
    WITH pairs AS (
        SELECT cm.campaign_id, om.organisation_id, cm.article_id
        FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) cm
        JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
    ), campaign_articles AS (
        SELECT campaign_id, count(DISTINCT article_id) AS campaign_articles FROM campaign_mentions GROUP BY ALL
    )
    SELECT p.campaign_id, c.name, p.organisation_id, o.name, count(*) AS articles,
           min(a.published_at), max(a.published_at), count(*) / any_value(ca.campaign_articles)
    FROM pairs p
    JOIN campaigns c ON c.campaign_id = p.campaign_id
    JOIN organisations o ON o.organisation_id = p.organisation_id
    JOIN articles a ON a.article_id = p.article_id
    JOIN campaign_articles ca ON ca.campaign_id = p.campaign_id
    GROUP BY ALL
"""


def views_differ_from_base(con) -> dict[str, int]:
    """Rows that differ between campaign_timeline / campaign_organisations and the same
    figures computed from the base tables (0 and 0 when the aggregates behind them are exact)."""
    found = {}
    for view, base in (("campaign_timeline", BASE_CAMPAIGN_TIMELINE),
                       ("campaign_organisations", BASE_CAMPAIGN_ORGANISATIONS)):
        found[view] = con.execute(
            f"SELECT count(*) FROM (({base}) EXCEPT ALL (SELECT * FROM {view})"
            f" UNION ALL ((SELECT * FROM {view}) EXCEPT ALL ({base})))"
        ).fetchone()[0]
    return found
