"""Crawl progress: one line on a terminal, nothing when standard error is a pipe."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from baochi.crawler.progress import progress_line

from tests.conftest import REPO, read_terminal


def test_progress_line_names_the_counts() -> None:
    stats = {"response_received_count": 1204, "baochi/articles_staged": 830,
             "baochi/articles_known_skipped": 310, "baochi/articles_http_error": 2,
             "baochi/articles_too_large": 1, "baochi/articles_duplicate": 5}
    assert progress_line("baothanhhoa", stats, 29.0) == (
        "baothanhhoa  1,204 pages  830 staged  310 known  3 failed  41.5 pages/s")


def _crawl(base_url: str, data: Path, stderr: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", base_url,
         "--no-throttle", "--max-articles", "60", "--db", str(data / "baochi.duckdb"), *extra],
        cwd=REPO, env={**os.environ, "BAOCHI_RENDER": "0"}, stdout=subprocess.PIPE, stderr=stderr,
    )


@pytest.mark.slow
def test_progress_on_a_terminal_only(sample_dir: Path, tmp_path: Path) -> None:
    from baochi.crawler.sample_site import serve

    with serve(sample_dir / "site", delay=0.3) as site:  # lasts past the first 1 s tick
        primary, secondary = pty.openpty()
        proc = _crawl(site.base_url, tmp_path / "tty", secondary)
        os.close(secondary)
        seen = read_terminal(primary)
        proc.wait(timeout=300)
        piped = subprocess.run(
            [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", site.base_url,
             "--no-throttle", "--max-articles", "60", "--db", str(tmp_path / "pipe" / "baochi.duckdb")],
            cwd=REPO, env={**os.environ, "BAOCHI_RENDER": "0"}, capture_output=True, text=True, timeout=300,
        )
    assert proc.returncode == 0, seen[-2000:]
    assert b"pages/s" in seen and b"staged" in seen, seen[-2000:]
    assert piped.returncode == 0 and "pages/s" not in piped.stderr, piped.stderr[-2000:]
