"""Incremental, bounded and interrupted runs, through the CLI as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from baochi.crawler.sample_site import generate_site, serve

from tests.conftest import REPO
from tests.crawler.helpers import assert_accounted, crawl_cli, staged_records

pytestmark = pytest.mark.slow

NO_BROWSER = {"BAOCHI_RENDER": "0"}


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("small")
    manifest = json.loads(generate_site(out, n_articles=120).read_text("utf-8"))
    return out / "site", manifest


def test_second_run_fetches_no_article_page(sample_site, manifest, tmp_path) -> None:
    first, summary = crawl_cli("baothanhhoa", sample_site.base_url, tmp_path, env=NO_BROWSER)
    assert first.returncode == 0 and summary["articles_staged"] == len(manifest["articles"])
    second, again = crawl_cli("baothanhhoa", sample_site.base_url, tmp_path, env=NO_BROWSER)
    assert second.returncode == 0, second.stderr[-2000:]
    assert again["article_pages_fetched"] == 0 and again["articles_staged"] == 0
    assert again["articles_known_skipped"] == len(manifest["articles"])
    # listings walked to their end last time stop at the first page with nothing new
    assert again["listing_walks_stopped"] >= 1 and again["requests"] < summary["requests"] / 5


def test_since_until_and_max_articles(small_site, tmp_path) -> None:
    site_dir, manifest = small_site
    since, until = date(2025, 6, 1), date(2026, 2, 28)
    wanted = {a["id"] for a in manifest["articles"]
              if since <= datetime.fromisoformat(a["published_at"]).date() <= until}
    with serve(site_dir) as site:
        done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path / "range",
                                  "--since", since.isoformat(), "--until", until.isoformat(), env=NO_BROWSER)
        assert done.returncode == 0, done.stderr[-2000:]
        assert {r["source_article_id"] for r in staged_records(tmp_path / "range")} == wanted
        assert summary["article_pages_fetched"] < len(manifest["articles"])  # dates read before fetching
        assert_accounted(summary)
        capped, small = crawl_cli("baothanhhoa", site.base_url, tmp_path / "cap", "--max-articles", "7", env=NO_BROWSER)
        assert capped.returncode == 0 and small["articles_staged"] == 7
        bad = crawl_cli("baothanhhoa", site.base_url, tmp_path / "bad", "--since", "yesterday")[0]
        assert bad.returncode == 2


def _start(base_url: str, data: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, **NO_BROWSER, "BAOCHI_STAGING_BATCH": "10"}
    return subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", base_url,
         "--no-throttle", "--db", str(data / "baochi.duckdb"), *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_raw(data: Path, count: int, proc: subprocess.Popen) -> None:
    raw = data / "raw" / "baothanhhoa"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if raw.is_dir() and len(list(raw.glob("*.html.gz"))) >= count:
            return
        time.sleep(0.05)
    pytest.fail("the crawl never got going (or finished before it could be stopped)")


def _ids(data: Path) -> list[str]:
    return [r["source_article_id"] for r in staged_records(data)]


def test_killed_run_then_rerun_stages_every_article_once(small_site, tmp_path) -> None:
    site_dir, manifest = small_site
    with serve(site_dir, delay=0.15) as site:
        proc = _start(site.base_url, tmp_path)
        _wait_for_raw(tmp_path, 35, proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        partial = _ids(tmp_path)
        assert 0 < len(partial) < len(manifest["articles"])  # complete batches survived
        done, summary = crawl_cli("baothanhhoa", site.base_url, tmp_path, env=NO_BROWSER, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    ids = _ids(tmp_path)
    assert len(ids) == len(set(ids)), "an article was staged twice across runs"
    assert set(ids) == {a["id"] for a in manifest["articles"]}
    assert summary["article_pages_fetched"] == len(manifest["articles"]) - len(partial)


def test_clean_stop_then_resume(small_site, tmp_path) -> None:
    site_dir, manifest = small_site
    with serve(site_dir, delay=0.15) as site:
        proc = _start(site.base_url, tmp_path)
        _wait_for_raw(tmp_path, 30, proc)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        first = json.loads(out)
        assert (tmp_path / "jobs" / "baothanhhoa" / "job").is_dir(), err[-2000:]
        assert 0 < first["articles_staged"] < len(manifest["articles"])
        done, resumed = crawl_cli("baothanhhoa", site.base_url, tmp_path, "--resume", env=NO_BROWSER, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    ids = _ids(tmp_path)
    assert len(ids) == len(set(ids)) and set(ids) == {a["id"] for a in manifest["articles"]}
    # nothing fetched twice, nothing robots.txt forbids fetched: requests restored from the job
    # queue wait for robots.txt like any other (crawler/middlewares.py RobotsTxtMiddleware)
    assert first["article_pages_fetched"] + resumed["article_pages_fetched"] == len(manifest["articles"])
    assert first["robots_forbidden_after_fetch"] == resumed["robots_forbidden_after_fetch"] == 0
    assert not (tmp_path / "jobs" / "baothanhhoa" / "job").exists()  # finished: nothing to resume
