"""`baochi export` as a subprocess: CSV, JSON lines, Parquet, Hive-partitioned articles."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from tests.pipeline.analytics_support import baochi, tiny_warehouse


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    return tiny_warehouse(tmp_path_factory.mktemp("tiny") / "baochi.duckdb")


def test_articles_as_hive_partitioned_parquet(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles"
    done = baochi("export", "articles", "--format", "parquet", "--out", str(out), "--db", str(tiny))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["partitioned"] == ["source_id", "year", "month"]
    assert (out / "source_id=paper" / "year=2024" / "month=1").is_dir()
    # article 4 is 2024-02-29 in UTC but March 1st in Vietnam: partitions use the local calendar
    assert (out / "source_id=paper" / "year=2024" / "month=3").is_dir()
    assert not (out / "source_id=paper" / "year=2024" / "month=2").exists()
    rows = duckdb.sql(f"SELECT article_id, source_id, year, month FROM read_parquet('{out}/**/*.parquet',"
                      " hive_partitioning = true) ORDER BY article_id").fetchall()
    assert len(rows) == 7 and rows[3] == ("paper:4", "paper", 2024, 3)
    again = baochi("export", "articles", "--format", "parquet", "--out", str(out), "--db", str(tiny))
    assert again.returncode == 2 and "--overwrite" in again.stderr
    replaced = baochi("export", "articles", "--format", "parquet", "--out", str(out), "--overwrite", "--db", str(tiny))
    assert replaced.returncode == 0, replaced.stderr
    assert len(list(out.rglob("*.parquet"))) == 3


def test_views_as_csv_json_and_parquet(tiny: Path, tmp_path: Path) -> None:
    for fmt, name in (("csv", "coverage.csv"), ("json", "coverage.jsonl"), ("parquet", "coverage.parquet")):
        target = tmp_path / name
        done = baochi("export", "campaign_coverage", "--format", fmt, "--out", str(target), "--db", str(tiny))
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["rows"] == 15
    assert (tmp_path / "coverage.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    with open(tmp_path / "coverage.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 15 and rows[0].keys() >= {"period_grain", "campaign_name", "share_of_articles"}
    lines = (tmp_path / "coverage.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 15 and json.loads(lines[0])["campaign_name"] in ("Xanh sạch đẹp", "Đường đẹp")
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'coverage.parquet'}'").fetchall() == [(15,)]


def test_a_table_into_a_directory_gets_its_name(tiny: Path, tmp_path: Path) -> None:
    done = baochi("export", "campaigns", "--format", "csv", "--out", str(tmp_path), "--db", str(tiny))
    assert done.returncode == 0 and (tmp_path / "campaigns.csv").exists()


def test_unknown_relation_is_a_usage_error(tiny: Path, tmp_path: Path) -> None:
    done = baochi("export", "no_such_view", "--out", str(tmp_path / "x"), "--db", str(tiny))
    assert done.returncode == 2 and "campaign_coverage" in done.stderr and "Traceback" not in done.stderr
