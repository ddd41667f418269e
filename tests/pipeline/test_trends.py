"""`baochi trends` and `baochi sql` as a subprocess on a hand-made warehouse with known numbers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from baochi.pipeline.warehouse.trends import trend_table

from tests.pipeline.analytics_support import baochi, tiny_warehouse


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    return tiny_warehouse(tmp_path_factory.mktemp("tiny") / "baochi.duckdb")


def test_months_without_coverage_are_zero_rows(tiny: Path) -> None:
    done = baochi("trends", "campaigns", "--by", "month", "--format", "json", "--db", str(tiny))
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    got = [(r["period_start"], r["campaign_id"], r["articles"], r["mentions"], r["articles_in_period"]) for r in rows]
    assert got == [
        ("2024-01-01", "green", 2, 3, 3), ("2024-01-01", "roads", 1, 1, 3),
        ("2024-02-01", "green", 0, 0, 0), ("2024-02-01", "roads", 0, 0, 0),  # no article at all in February
        ("2024-03-01", "green", 1, 1, 3), ("2024-03-01", "roads", 0, 0, 3),
    ]
    assert rows[0]["share_of_articles"] == pytest.approx(2 / 3)


def test_since_until_source_match_top(tiny: Path) -> None:
    done = baochi("trends", "campaigns", "--by", "quarter", "--since", "2023-10-01", "--until", "2024-06-30",
                  "--source", "paper", "--match", "duong", "--format", "csv", "--db", str(tiny))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["period_start"], r["campaign_name"], r["articles"]) for r in rows] == [
        ("2023-10-01", "Đường đẹp", "0"), ("2024-01-01", "Đường đẹp", "1"), ("2024-04-01", "Đường đẹp", "0")]
    top1 = baochi("trends", "organisations", "--by", "year", "--top", "1", "--format", "csv", "--db", str(tiny))
    assert top1.returncode == 0 and top1.stdout.splitlines()[1].startswith("2024-01-01,union,Đoàn Thanh niên,2,2,6")


def test_trend_table_every_grain(tiny: Path) -> None:
    con = duckdb.connect(str(tiny), read_only=True)
    try:
        for grain, periods in (("day", 67), ("week", 11), ("month", 3), ("quarter", 1), ("year", 1)):
            frame = trend_table(con, "campaigns", grain, top=None)
            assert frame["period_start"].nunique() == periods, grain
            assert frame.groupby("campaign_id")["articles"].sum().to_dict() == {"green": 3, "roads": 1}
    finally:
        con.close()


def test_parquet_output_keeps_types(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.parquet"
    done = baochi("trends", "campaigns", "--format", "parquet", "--out", str(out), "--db", str(tiny))
    assert done.returncode == 0, done.stderr
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()}
    assert types["period_start"] == "DATE" and types["articles"] == "BIGINT"
    assert baochi("trends", "campaigns", "--format", "parquet", "--db", str(tiny)).returncode == 2


def test_table_format_is_readable(tiny: Path) -> None:
    done = baochi("trends", "campaigns", "--db", str(tiny))
    assert done.returncode == 0 and "Xanh" in done.stdout and "2024-02" in done.stdout


def test_sql_formats_and_read_only(tiny: Path, tmp_path: Path) -> None:
    query = "SELECT period_start, sum(articles) AS articles FROM period_articles WHERE period_grain = 'month' GROUP BY 1 ORDER BY 1"
    done = baochi("sql", query, "--format", "json", "--db", str(tiny))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"period_start": "2024-01-01", "articles": 3},
                                       {"period_start": "2024-03-01", "articles": 3}]
    assert baochi("sql", query, "--format", "csv", "--db", str(tiny)).stdout.splitlines()[1] == "2024-01-01,3"
    out = tmp_path / "q.parquet"
    assert baochi("sql", query, "--format", "parquet", "--out", str(out), "--db", str(tiny)).returncode == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchall()[0][0] == 2
    instants = json.loads(baochi("sql", "SELECT published_at FROM articles WHERE article_id = 'paper:3'",
                                 "--format", "json", "--db", str(tiny)).stdout)
    assert instants == [{"published_at": "2024-01-31T23:30:00+07:00"}]
    refused = baochi("sql", "DELETE FROM articles", "--db", str(tiny))
    assert refused.returncode == 2 and "read-only" in refused.stderr.lower() and "Traceback" not in refused.stderr
    assert baochi("sql", "SELEC 1", "--db", str(tiny)).returncode == 2


def test_missing_database_exits_3(tmp_path: Path) -> None:
    for args in (["trends", "campaigns"], ["sql", "SELECT 1"], ["export", "articles"], ["report"]):
        done = baochi(*args, "--db", str(tmp_path / "none" / "baochi.duckdb"))
        assert done.returncode == 3 and "Traceback" not in done.stderr, args
