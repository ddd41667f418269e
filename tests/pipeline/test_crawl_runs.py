"""`baochi crawl` on its own records its `runs` row like the nightly's crawl stage: extraction
health per source, judged for markup drift against earlier crawls, shown by `baochi runs`; and
when a nightly holds the warehouse the row waits on disk instead of being lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baochi.pipeline", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=300, env={**os.environ, "BAOCHI_RENDER": "0"})


def _crawl(site_dir: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    from baochi.crawler.sample_site import serve

    with serve(site_dir) as served:
        return _cli("crawl", "baothanhhoa", "--base-url", served.base_url, "--no-throttle", "--render", "off",
                    "--quiet", "--db", str(db), *extra)


def _crawl_rows(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT run_id, parent_run_id, source_id, status, ended_at, counts FROM runs"
                           " WHERE stage = 'crawl' ORDER BY started_at").fetchall()
    finally:
        con.close()


def test_standalone_crawl_records_its_run_and_drift(tmp_path: Path) -> None:
    from baochi.crawler.sample_site import generate_site
    from baochi.crawler.sample_site.unseen import generate_unseen

    db = tmp_path / "w" / "baochi.duckdb"
    generate_site(tmp_path / "before", n_articles=24, encoded_share=0.0)
    first = _crawl(tmp_path / "before" / "site", db)
    assert first.returncode == 0, first.stderr[-3000:]
    summary = json.loads(first.stdout)
    [(run_id, parent, source, status, ended, counts)] = _crawl_rows(db)
    assert (run_id, parent, source, status) == (summary["run_id"], None, "baothanhhoa", "ok")
    assert ended is not None
    counts = json.loads(counts)
    assert counts["articles_staged"] == summary["articles_staged"] == 24
    health = counts["extraction_health"]["baothanhhoa"]
    assert health["articles"] == 24 and health["layers"]["body"] == {"selector": 1.0}

    # The same paper after a redesign: judged against the standalone crawl before it.
    generate_unseen(tmp_path / "after", "b", n_articles=24)
    second = _crawl(tmp_path / "after" / "site", db)
    assert second.returncode == 1, second.stderr[-3000:]
    assert "markup drift: baothanhhoa body from selector 100% → 0%" in second.stderr, second.stderr[-3000:]
    rows = _crawl_rows(db)
    assert [row[3] for row in rows] == ["ok", "failed"]
    assert json.loads(rows[1][5])["extraction_health"]["baothanhhoa"]["layers"]["body"] == {"generic": 1.0}

    shown = _cli("runs", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert "body 100% (generic 100%)" in shown.stdout and "body 100% (selector 100%)" in shown.stdout


def test_crawl_row_waits_while_the_warehouse_is_held(tmp_path: Path) -> None:
    from baochi.crawler.sample_site import generate_site
    from baochi.pipeline.jobs.runs import flush_deferred_runs
    from baochi.pipeline.warehouse.connect import connect

    db = tmp_path / "w" / "baochi.duckdb"
    generate_site(tmp_path / "site", n_articles=12, encoded_share=0.0)
    db.parent.mkdir(parents=True)
    holder = duckdb.connect(str(db))  # as a nightly's load would hold it
    try:
        done = _crawl(tmp_path / "site" / "site", db)
    finally:
        holder.close()
    assert done.returncode == 0, done.stderr[-3000:]
    run_id = json.loads(done.stdout)["run_id"]
    pending = db.parent / "jobs" / "runs-pending.jsonl"
    [record] = [json.loads(line) for line in pending.read_text("utf-8").splitlines()]
    assert (record["run_id"], record["stage"], record["status"]) == (run_id, "crawl", "ok")
    assert record["counts"]["extraction_health"]["baothanhhoa"]["articles"] == 12

    con = connect(db)  # the next run that opens the warehouse writes it
    try:
        assert flush_deferred_runs(con, pending.parent) == 1
        assert con.execute("SELECT run_id, status FROM runs").fetchall() == [(run_id, "ok")]
    finally:
        con.close()
    assert not list(pending.parent.glob("runs-pending.jsonl*"))
