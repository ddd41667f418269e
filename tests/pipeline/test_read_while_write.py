"""Reading while the pipeline writes, with real processes on both sides.

DuckDB refuses a second process while one holds the file, readers included. Readers open the
published snapshot (`baochi.read.duckdb`) instead, so: an analyst's open connection does not
make `baochi load`/`process` fail, and `baochi sql` works while `baochi process` holds the
warehouse. A reader that stays open keeps its consistent (older) snapshot.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.pipeline.analytics_support import baochi, copy_warehouse, demo_warehouse

pytestmark = pytest.mark.slow

READER = """
import sys
from pathlib import Path
from baochi.pipeline.warehouse.snapshot import connect_reader
con = connect_reader(Path(sys.argv[1]))
print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
sys.stdin.readline()  # hold the connection open until told
print(con.execute("SELECT count(*) FROM articles").fetchone()[0],
      con.execute("SELECT sum(articles) FROM campaign_coverage WHERE period_grain = 'year'").fetchone()[0], flush=True)
con.close()
"""


def stage_new_articles(demo_db: Path, data: Path, prefix: str, limit: int) -> int:
    """A staging file of the demo's articles under new ids: new work for load and process."""
    source = sorted((demo_db.parent / "loaded").glob("*.jsonl.gz"))[0]
    (data / "staging").mkdir(parents=True, exist_ok=True)
    count = 0
    with gzip.open(source, "rt", encoding="utf-8") as inp, \
            gzip.open(data / "staging" / f"{prefix}-0001.jsonl.gz", "wt", encoding="utf-8") as out:
        for line in inp:
            if count == limit:
                break
            record = json.loads(line)
            record["source_article_id"] = prefix + str(record["source_article_id"])
            record["run_id"] = prefix
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def sql_count(db: Path, query: str = "SELECT count(*) AS n FROM articles") -> int:
    done = baochi("sql", query, "--format", "json", "--db", str(db), timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)[0]["n"]


def holds_lock(db: Path) -> bool:
    try:
        duckdb.connect(str(db), read_only=True).close()
        return False
    except duckdb.IOException as exc:
        return "lock" in str(exc).lower()


@pytest.fixture()
def warehouse(tmp_path_factory, tmp_path: Path) -> tuple[Path, Path]:
    demo_db = demo_warehouse(tmp_path_factory)
    db = copy_warehouse(demo_db, tmp_path / "data")
    first = baochi("load", "--db", str(db))  # nothing to load: publishes the first snapshot
    assert first.returncode == 0, first.stderr
    assert (db.parent / "baochi.read.duckdb").exists()
    return demo_db, db


def test_an_open_reader_does_not_break_load_or_process(warehouse) -> None:
    demo_db, db = warehouse
    before = sql_count(db)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert int(reader.stdout.readline()) == before  # the reader holds the snapshot open
        added = stage_new_articles(demo_db, db.parent, "77", 30)
        load = baochi("load", "--db", str(db), "--retry-seconds", "5")
        assert load.returncode == 0, load.stderr
        assert json.loads(load.stdout)["new"] == added
        process = baochi("process", "--db", str(db), "--retry-seconds", "5", "--quiet", timeout=300)
        assert process.returncode == 0, process.stderr
        # the open session still answers, from the snapshot it opened
        still, covered = reader.communicate("go\n", timeout=60)[0].split()
        assert reader.returncode == 0 and int(still) == before and int(covered) > 0
    finally:
        if reader.poll() is None:
            reader.kill()
    # a new reader sees the published, newer snapshot
    assert sql_count(db) == before + added
    assert sql_count(db, "SELECT count(DISTINCT article_id) AS n FROM campaign_mentions") > 0


def test_readers_work_while_process_holds_the_warehouse(warehouse) -> None:
    demo_db, db = warehouse
    staged = stage_new_articles(demo_db, db.parent, "88", 120)
    assert baochi("load", "--db", str(db)).returncode == 0
    before = sql_count(db, "SELECT count(*) AS n FROM article_analyses")
    writer = subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "process", "--db", str(db), "--workers", "1", "--quiet"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not holds_lock(db) and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert holds_lock(db), "the NLP stage never held the warehouse"
        answered = 0
        while writer.poll() is None and answered < 2:
            # The snapshot before the stage, or (once the stage has published, in the moment
            # before its process exits) the one after it: never a half-written stage.
            assert sql_count(db, "SELECT count(*) AS n FROM article_analyses") in (before, before + staged)
            trends = baochi("trends", "campaigns", "--format", "csv", "--db", str(db), timeout=60)
            assert trends.returncode == 0, trends.stderr
            answered += 1
        assert answered >= 1, "process finished before any reader ran; make it longer"
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    finally:
        if writer.poll() is None:
            writer.kill()
    assert sql_count(db, "SELECT count(*) AS n FROM article_analyses") > before
