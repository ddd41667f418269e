"""Disk full at load and at process, on a small tmpfs really filled by the test.

Environmental faults never move data: the load (or the NLP stage) stops with exit code 3 and
one line naming the cause and the fix, every staging file stays where it was, nothing goes to
`rejected/`, and the same command loads (or analyses) everything once space is freed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import duckdb
import pytest

from tests.pipeline.chaos_support import (
    baochi,
    error_lines,
    fill,
    line,
    staged_record,
    tmpfs,
    write_lines,
)

__all__ = ["tmpfs"]  # the fixture, imported for pytest


def _count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def _prepare(tmpfs: Path, articles: int) -> tuple[Path, Path]:
    """A warehouse on the tmpfs and one sound staging file of `articles` articles."""
    from baochi.pipeline.jobs.stages import open_warehouse
    from baochi.pipeline.paths import resolve_paths

    paths = resolve_paths(tmpfs / "data" / "baochi.duckdb")
    open_warehouse(paths).close()
    rng = random.Random(16)
    staged = write_lines(paths.staging / "run-0001.jsonl.gz",
                         [line(staged_record(1000 + n, rng)) for n in range(articles)])
    return paths.db, staged


def test_disk_full_during_load_moves_nothing_and_the_next_load_loads_everything(tmpfs: Path) -> None:
    db, staged = _prepare(tmpfs, 320)
    filler = fill(tmpfs, leave=128 * 1024)

    done = baochi("load", "--db", str(db), "--retry-seconds", "1")

    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = error_lines(done.stderr)
    assert len(lines) == 1, lines
    assert "no space left on device" in lines[0] and "staging files are kept" in lines[0]
    assert "free disk space" in lines[0]
    assert staged.exists(), "a sound file must stay in staging when the disk is full"
    assert not list((db.parent / "rejected").glob("*")) if (db.parent / "rejected").exists() else True
    assert not (db.parent / "loaded").exists() or not list((db.parent / "loaded").iterdir())

    filler.unlink()
    again = baochi("load", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["new"] == 320
    assert _count(db) == 320
    assert not staged.exists() and (db.parent / "loaded" / staged.name).exists()
    assert not (db.parent / "rejected").exists() or not list((db.parent / "rejected").iterdir())


def test_a_full_disk_before_the_load_starts_exits_3_with_one_line(tmpfs: Path) -> None:
    db, staged = _prepare(tmpfs, 40)
    filler = fill(tmpfs)

    done = baochi("load", "--db", str(db), "--retry-seconds", "1")

    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = error_lines(done.stderr)
    assert len(lines) == 1 and "no space left on device" in lines[0], lines
    assert staged.exists()
    filler.unlink()
    assert baochi("load", "--db", str(db)).returncode == 0
    assert _count(db) == 40


@pytest.mark.slow
def test_disk_full_during_process_loses_nothing(tmpfs: Path) -> None:
    from baochi.pipeline.jobs.stages import open_warehouse, run_process
    from baochi.pipeline.paths import resolve_paths
    from baochi.pipeline.warehouse.environment import EnvironmentFault

    db, _ = _prepare(tmpfs, 12)
    assert baochi("load", "--db", str(db)).returncode == 0
    con = open_warehouse(resolve_paths(db))
    filler = fill(tmpfs)
    try:
        with pytest.raises(EnvironmentFault) as caught:
            run_process(con, workers=1)
    finally:
        con.close()
    assert "no space left on device" in str(caught.value) and "nothing was lost" in str(caught.value)

    # The command line: the same fault is exit code 3 and one line, never a traceback.
    done = baochi("process", "--db", str(db), "--workers", "1", "--quiet", "--retry-seconds", "1")
    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(error_lines(done.stderr)) == 1, done.stderr
    assert "no space left on device" in done.stderr

    filler.unlink()
    again = baochi("process", "--db", str(db), "--workers", "1", "--quiet")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["analysed"] == 12
    assert _count(db, "SELECT count(DISTINCT article_id) FROM article_analyses WHERE status = 'ok'") == 12
    assert _count(db) == 12


@pytest.mark.slow
def test_the_nightly_reports_a_full_disk_in_its_summary_and_runs(tmpfs: Path) -> None:
    import socket

    from tests.pipeline.nightly_support import log_lines, run_nightly, summary

    db, staged = _prepare(tmpfs, 320)
    with socket.socket() as probe:  # a port nothing listens on: the crawl finds no site
        probe.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    filler = fill(tmpfs, leave=256 * 1024)

    done = run_nightly(db, base_url, "--no-report", "--retry-seconds", "1")

    assert done.returncode == 3, done.stdout[-2000:] + done.stderr[-3000:]
    # The nightly's own lines carry no traceback (the crawl's child process, relayed as
    # `crawl output`, may fail however the full disk makes it fail: that is counted).
    own = [line for line in log_lines(done.stderr) if line.get("msg") != "crawl output"]
    assert own and "Traceback" not in json.dumps(own)
    result = summary(done)
    assert result["status"] == "error"
    assert "no space left on device" in result["error"] and "staging files are kept" in result["error"]
    assert staged.exists(), "the nightly must not move a sound file when the disk is full"

    filler.unlink()
    again = run_nightly(db, base_url, "--no-report", "--retry-seconds", "1")
    assert again.returncode in (0, 1), again.stderr[-3000:]
    assert summary(again)["new"] == 320 and not staged.exists()
    history = duckdb.connect(str(db), read_only=True).execute(
        "SELECT status, error FROM runs WHERE stage = 'nightly' ORDER BY started_at").fetchall()
    assert history[0][0] == "error" and "no space left on device" in history[0][1], history
