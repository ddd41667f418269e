"""`--refetch-days`: recent known articles are fetched again so that edits become versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from baochi.pipeline.jobs.stages import known_article_ids, open_warehouse
from baochi.pipeline.paths import resolve_paths
from baochi.pipeline.warehouse.load import load_staging

from tests.pipeline.test_load import record, write_staging


def test_recent_articles_are_not_known_inside_the_window(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "baochi.duckdb")
    now = datetime.now(tz=UTC)
    recent = record("1", "Tin mới", now.isoformat())
    recent["published_at"] = (now - timedelta(days=1)).isoformat()
    old = record("2", "Tin cũ", now.isoformat())
    old["published_at"] = (now - timedelta(days=40)).isoformat()
    undated = record("3", "Tin không ngày", now.isoformat())
    undated["published_at"] = None
    write_staging(paths.staging, "a-0001.jsonl.gz", [recent, old, undated])
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    con.close()
    assert known_article_ids(paths, "baothanhhoa") == {"1", "2", "3"}
    assert known_article_ids(paths, "baothanhhoa", refetch_days=3) == {"2", "3"}
    assert known_article_ids(paths, "baothanhhoa", refetch_days=60) == {"3"}
