"""Contention with real processes: two nightly runs at once, a lock holder killed with -9,
the database held by another process at the start of a run and during its load."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.pipeline.nightly_support import child_env, nightly_args, run_nightly, runs_rows, summary

pytestmark = pytest.mark.slow

N_ARTICLES = 20

HOLDER = """
import sys, duckdb
sys.stdin.readline()                      # wait for "go"
con = duckdb.connect(sys.argv[1])         # a writer: nobody else can open the file now
print("held", flush=True)
sys.stdin.readline()                      # wait for "release" (or EOF)
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    from baochi.crawler.sample_site import generate_site, serve

    folder = tmp_path_factory.mktemp("contention-site")
    generate_site(folder, n_articles=N_ARTICLES)
    with serve(folder / "site") as served:
        yield served


def _wait_for(process: subprocess.Popen, message: str) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        try:
            if json.loads(line).get("msg") == message:
                return
        except ValueError:
            continue
    raise AssertionError(f"the nightly ended before logging {message!r}")


def test_a_second_nightly_exits_at_once_saying_already_running(site, tmp_path: Path) -> None:
    db = tmp_path / "baochi.duckdb"
    first = subprocess.Popen(nightly_args(db, site.base_url), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=child_env())
    try:
        _wait_for(first, "crawl started")
        second = run_nightly(db, site.base_url)
        assert second.returncode == 3, second.stderr
        assert "already running" in second.stderr and f"pid {first.pid}" in second.stderr
        assert summary(second)["status"] == "locked"
    finally:
        assert first.stderr is not None
        first.stderr.read()
        assert first.wait(timeout=300) == 0
    assert summary(run_nightly(db, site.base_url))["status"] == "ok"  # the lock was released
    assert len([r for r in runs_rows(db) if r[2] == "nightly"]) == 2  # the refused run wrote nothing


def test_a_lock_held_by_a_killed_process_does_not_block(site, tmp_path: Path) -> None:
    db = tmp_path / "baochi.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from baochi.pipeline.jobs.lock import run_lock\n"
         "with run_lock(Path(sys.argv[1])):\n print('locked', flush=True); time.sleep(600)",
         str(db.parent / "baochi.lock")],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    assert run_nightly(db, site.base_url).returncode == 3
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    done = run_nightly(db, site.base_url)
    assert done.returncode == 0, done.stderr[-3000:]


def test_a_busy_database_stops_the_run_before_it_crawls(site, tmp_path: Path) -> None:
    db = tmp_path / "baochi.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "held"
        done = run_nightly(db, site.base_url, "--retry-seconds", "1")
        assert done.returncode == 3, done.stderr[-3000:]
        assert "in use by another process" in done.stderr
        assert not list((tmp_path / "staging").glob("*.jsonl.gz"))  # nothing was crawled
    finally:
        holder.kill()
        holder.wait()
    after = run_nightly(db, site.base_url)
    assert after.returncode == 0, after.stderr[-3000:]
    statuses = [(r[2], r[3]) for r in runs_rows(db) if r[2] == "nightly"]
    assert statuses == [("nightly", "error"), ("nightly", "ok")]  # the refused run is in the history


def test_a_database_held_during_the_load_keeps_staging_for_the_next_run(site, tmp_path: Path) -> None:
    db = tmp_path / "baochi.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    nightly = subprocess.Popen(nightly_args(db, site.base_url, "--retry-seconds", "2"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                               env=child_env())
    try:
        _wait_for(nightly, "crawl started")  # the run has closed the database to crawl
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "held"
        out, err = nightly.communicate(timeout=300)
        assert nightly.returncode == 3, err[-3000:]
        assert "in use by another process" in err and "staging files are kept" in err
        assert json.loads(out.strip().splitlines()[-1])["status"] == "error"
        staged = list((tmp_path / "staging").glob("*.jsonl.gz"))
        assert staged, "the crawl's staging files must wait for the next run"
    finally:
        holder.kill()
        holder.wait()
        if nightly.poll() is None:
            nightly.kill()
    after = run_nightly(db, site.base_url)
    assert after.returncode == 0, after.stderr[-3000:]
    counts = summary(after)
    assert counts["new"] == N_ARTICLES and counts["fetched"] == 0  # staged ids were not refetched
    assert not list((tmp_path / "staging").glob("*.jsonl.gz"))
    history = runs_rows(db)
    nightlies = [r for r in history if r[2] == "nightly"]
    assert [r[3] for r in nightlies] == ["error", "ok"]
    assert "in use by another process" in nightlies[0][5]
    first_crawl = [r for r in history if r[2] == "crawl" and r[1] == nightlies[0][0]]
    assert first_crawl and json.loads(first_crawl[0][4])["fetched"] == N_ARTICLES  # deferred row kept
