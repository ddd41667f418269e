"""The Parquet lake: written by `baochi export --lake`, refreshed after process, read back by
DuckDB and pyarrow (the documented queries) and equal to the warehouse."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.scale.warehouse_support import baochi, demo

pytestmark = pytest.mark.slow

MENTIONS = ("campaign_mentions", "organisation_mentions", "date_mentions", "honour_mentions", "document_mentions")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    db = demo(tmp_path_factory.mktemp("lake-demo"))
    lake = db.parent.parent / "lake"
    done = baochi("export", "--lake", str(lake), "--db", str(db))
    assert done.returncode == 0, done.stderr[-3000:]
    return db, lake


def _warehouse(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(con.execute(sql).fetchall(), key=repr)
    finally:
        con.close()


def _lake(lake: Path, table: str, exclude: str) -> list[tuple]:
    rows = duckdb.sql(f"SELECT * EXCLUDE ({exclude}) FROM read_parquet('{lake}/{table}/*/*/*/*.parquet',"
                      " hive_partitioning = true)").fetchall()
    return sorted(rows, key=repr)


def assert_lake_equals_warehouse(db: Path, lake: Path) -> None:
    duckdb.sql("SET TimeZone = 'UTC'")
    assert _lake(lake, "articles", "year, month") == _warehouse(
        db, "SELECT * EXCLUDE (source_id), source_id FROM articles")
    for table in MENTIONS:
        assert _lake(lake, table, "source_id, year, month") == _warehouse(db, f"SELECT * FROM {table}"), table
    for table in ("campaigns", "organisations"):
        assert sorted(duckdb.sql(f"SELECT * FROM '{lake}/{table}/data_0.parquet'").fetchall(), key=repr) == \
            _warehouse(db, f"SELECT * FROM {table}")


def test_the_lake_equals_the_warehouse(exported) -> None:
    db, lake = exported
    assert_lake_equals_warehouse(db, lake)
    manifest = json.loads((lake / "manifest.json").read_text("utf-8"))
    counts = dict(_warehouse(db, " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in ("articles", *MENTIONS))))
    assert {t: manifest["row_counts"][t] for t in counts} == counts
    assert manifest["schema_version"] == _warehouse(db, "SELECT max(version) FROM schema_migrations")[0][0]
    assert manifest["last_run"]["partitions_written"] > 0
    months = _warehouse(db, "SELECT DISTINCT year(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh'),"
                            " month(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') FROM articles")
    folders = sorted((lake / "articles" / "source_id=baothanhhoa").glob("year=*/month=*"))
    assert len(folders) == len(months)


def test_pyarrow_reads_what_the_warehouse_holds(exported) -> None:
    import pyarrow.dataset as ds

    db, lake = exported
    table = ds.dataset(lake / "articles", format="parquet", partitioning="hive").to_table()
    frame = table.to_pandas().sort_values("article_id").reset_index(drop=True)
    expected = _warehouse(db, "SELECT article_id, title, body, source_id FROM articles ORDER BY article_id")
    assert list(frame[["article_id", "title", "body", "source_id"]].itertuples(index=False, name=None)) == sorted(expected)
    for name in MENTIONS:
        got = ds.dataset(lake / name, format="parquet", partitioning="hive").count_rows()
        assert got == _warehouse(db, f"SELECT count(*) FROM {name}")[0][0], name


def _doc_block(tag: str) -> str:
    text = (REPO / "docs" / "scale.md").read_text("utf-8")
    match = re.search(r"```\w+\n(?:--|#) lake-query: " + tag + r"\n(.*?)```", text, re.S)
    assert match, f"docs/scale.md lost its {tag} example"
    return match.group(1)


def test_the_documented_duckdb_query_runs(exported) -> None:
    db, lake = exported
    sql = _doc_block("duckdb").replace("/srv/lake", str(lake))
    got = duckdb.sql(sql).fetchall()
    expected = _warehouse(db, """
        SELECT m.campaign_id, c.name, year(a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), count(DISTINCT m.article_id)
        FROM campaign_mentions m JOIN articles a USING (article_id) JOIN campaigns c USING (campaign_id)
        WHERE a.source_id = 'baothanhhoa' GROUP BY ALL""")
    assert got and sorted(got, key=repr) == expected


def test_the_documented_pyarrow_query_runs(exported) -> None:
    db, lake = exported
    scope: dict = {}
    exec(_doc_block("pyarrow").replace("/srv/lake", str(lake)), scope)  # noqa: S102 (our own docs)
    expected = dict(_warehouse(db, """
        SELECT m.campaign_id, count(DISTINCT m.article_id) FROM campaign_mentions m JOIN articles a USING (article_id)
        WHERE a.source_id = 'baothanhhoa' AND year(a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') >= 2025
        GROUP BY ALL"""))
    assert len(scope["recent"]) > 0
    assert scope["counts"].to_dict() == expected


def test_process_refreshes_only_what_changed(exported, tmp_path) -> None:
    """Three articles change (as a re-crawl that found edits would leave them): after
    `baochi process` re-analyses them, the remembered lake is refreshed, only their partitions
    are rewritten, and the lake equals the warehouse again."""
    import shutil

    source_db, _ = exported
    db = tmp_path / "data" / "baochi.duckdb"
    db.parent.mkdir()
    shutil.copyfile(source_db, db)
    lake = tmp_path / "lake"
    assert baochi("export", "--lake", str(lake), "--db", str(db)).returncode == 0
    first = json.loads((lake / "manifest.json").read_text("utf-8"))["last_run"]
    con = duckdb.connect(str(db))
    con.execute("""
        UPDATE articles SET body = body || ' Hưởng ứng phong trào thi đua "Cả nước chung tay vì người nghèo".',
                            content_hash = md5(content_hash || 'edited')
        WHERE article_id IN (SELECT article_id FROM articles ORDER BY published_at DESC LIMIT 3)""")
    con.close()
    done = baochi("process", "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout)["analysed"] == 3
    last = json.loads((lake / "manifest.json").read_text("utf-8"))["last_run"]
    assert last["finished_at"] > first["finished_at"]
    assert 0 < last["partitions_written"] < first["partitions_written"]
    assert_lake_equals_warehouse(db, lake)
