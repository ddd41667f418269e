"""`baochi nightly` end to end on the sample site: counts, history, idempotence, changed
articles kept as versions, usage errors, `baochi runs`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.pipeline.nightly_support import log_lines, run_nightly, summary

pytestmark = pytest.mark.slow

N_ARTICLES = 24


@pytest.fixture
def site(tmp_path: Path):
    """A private copy of a small sample site (the changed-article test edits its files)."""
    from baochi.crawler.sample_site import generate_site, serve

    generate_site(tmp_path / "sample", n_articles=N_ARTICLES)
    with serve(tmp_path / "sample" / "site") as served:
        yield served, tmp_path / "sample"


def baochi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baochi.pipeline", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=300)


def test_nightly_runs_the_job_records_it_and_repeats_as_a_no_op(site, tmp_path: Path) -> None:
    served, _ = site
    db = tmp_path / "w" / "baochi.duckdb"
    first = run_nightly(db, served.base_url)
    assert first.returncode == 0, first.stderr[-3000:]
    counts = summary(first)
    assert counts["status"] == "ok" and counts["fetched"] == N_ARTICLES and counts["new"] == N_ARTICLES
    assert counts["analysed"] == N_ARTICLES and counts["nlp_errors"] == 0 and counts["failed"] == {}
    assert {"crawl:baothanhhoa", "load", "process", "retention"} <= set(counts["stages"])
    logs = log_lines(first.stderr)
    assert logs and all({"ts", "level", "msg", "run_id"} <= set(line) for line in logs)
    assert (db.parent / "baochi.lock").read_text().strip().isdigit()  # the pid, for messages

    second = run_nightly(db, served.base_url)
    assert second.returncode == 0, second.stderr[-3000:]
    again = summary(second)
    assert again["fetched"] == 0 and again["new"] == 0 and again["analysed"] == 0

    shown = baochi("runs", "--db", str(db), "--format", "json", "--last", "5")
    assert shown.returncode == 0, shown.stderr
    history = json.loads(shown.stdout)
    nightlies = [r for r in history if r["stage"] == "nightly"]
    assert [r["run_id"] for r in nightlies] == [again["run_id"], counts["run_id"]]
    assert all(r["status"] == "ok" and r["ended_at"] for r in history)
    stages = {r["stage"] for r in history if r["parent_run_id"] == counts["run_id"]}
    assert {"crawl", "load", "process", "retention"} <= stages
    crawl = next(r for r in history if r["stage"] == "crawl" and r["parent_run_id"] == counts["run_id"])
    for key in ("discovered", "fetched", "articles_failed", "encoded", "gone"):
        assert key in crawl["counts"], key
    table = baochi("runs", "--db", str(db))
    assert table.returncode == 0 and "nightly" in table.stdout and "└ load" in table.stdout


def _retitle(site_dir: Path, manifest: dict) -> tuple[str, str, str]:
    """Change one article's title in every file that serves it; (id, old, new)."""
    article = manifest["articles"][3]
    article_id, old = str(article["id"]), article["title"]
    new = "Đính chính: " + old
    changed = 0
    for path in site_dir.rglob(f"*{article_id}.htm"):
        text = path.read_text("utf-8")
        if old in text:
            path.write_text(text.replace(old, new), "utf-8")
            changed += 1
    assert changed, "the article's files were not found"
    return article_id, old, new


def test_a_changed_article_is_updated_and_its_earlier_version_kept(site, tmp_path: Path) -> None:
    served, sample = site
    db = tmp_path / "w" / "baochi.duckdb"
    assert run_nightly(db, served.base_url).returncode == 0
    manifest = json.loads((sample / "manifest.json").read_text("utf-8"))
    article_id, old, new = _retitle(sample / "site", manifest)

    done = run_nightly(db, served.base_url, "--refetch")
    assert done.returncode == 0, done.stderr[-3000:]
    counts = summary(done)
    assert counts["updated"] == 1 and counts["new"] == 0 and counts["unchanged"] == N_ARTICLES - 1
    assert counts["analysed"] == 1  # only the changed article is analysed again

    con = duckdb.connect(str(db), read_only=True)
    try:
        key = f"baothanhhoa:{article_id}"
        assert con.execute("SELECT title FROM articles WHERE article_id = ?", [key]).fetchall() == [(new,)]
        assert con.execute("SELECT version, title FROM article_versions").fetchall() == [(1, old)]
        hashes = con.execute(
            "SELECT a.content_hash = aa.content_hash FROM articles a JOIN article_analyses aa USING (article_id)"
            " WHERE article_id = ?", [key]).fetchall()
        assert hashes == [(True,)]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == N_ARTICLES
    finally:
        con.close()

    # A third run with nothing changed keeps everything as it is.
    third = summary(run_nightly(db, served.base_url, "--refetch"))
    assert third["updated"] == 0 and third["unchanged"] == N_ARTICLES and third["analysed"] == 0


@pytest.mark.parametrize("args", [
    ["--source", "no-such-paper"],
    ["--base-url", "http://127.0.0.1:9"],  # every source: --base-url needs exactly one
    ["--source", "baothanhhoa", "--workers", "0"],
    ["--source", "baothanhhoa", "--keep-raw-days", "-1"],
])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    done = baochi("nightly", "--db", str(tmp_path / "baochi.duckdb"), *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_misconfigured_retention_exits_3(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, BAOCHI_KEEP_RAW_DAYS="forever")
    done = subprocess.run([sys.executable, "-m", "baochi.pipeline", "nightly", "--db", str(tmp_path / "b.duckdb"),
                           "--source", "baothanhhoa"], capture_output=True, text=True, cwd=REPO, env=env)
    assert done.returncode == 3 and "BAOCHI_KEEP_RAW_DAYS" in done.stderr


def test_unusable_data_directory_exits_3(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    done = baochi("nightly", "--db", str(blocker / "baochi.duckdb"), "--source", "baothanhhoa")
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr


def test_runs_needs_a_database(tmp_path: Path) -> None:
    done = baochi("runs", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 3 and "no database" in done.stderr
    shutil.rmtree(tmp_path, ignore_errors=True)
