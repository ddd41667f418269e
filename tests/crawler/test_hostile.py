"""The crawler against a hostile site on loopback (issue 15 §6 and §4): off-site redirects,
decompression bombs, oversized pages, records that break the contract, a bad byte in UTF-8,
bodies that are not prose — each ends in its exact outcome, and the counts add up."""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import REPO
from tests.crawler.helpers import assert_accounted, staged_records
from tests.crawler.hostile_server import (
    BODY,
    CAPTION,
    HOSTILE,
    LEAD,
    TITLE,
    TRAP_PAGES_FETCHED_AT_MOST,
    TRAPS,
    HostileServer,
    article_path,
)

pytestmark = pytest.mark.slow  # one crawl of about 20 s shared by the module

ENV = {"BAOCHI_RENDER": "0", "BAOCHI_DOWNLOAD_TIMEOUT": "10", "BAOCHI_RETRY_TIMES": "1",
       "BAOCHI_RETRY_BACKOFF_BASE": "0.1"}
MAX_TREE_RSS = 1.5e9


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def _crawl(base_url: str, data: Path) -> tuple[int, str, str, int]:
    """`baochi crawl` as a subprocess; returns code, stdout, stderr and the tree's peak RSS."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", base_url,
         "--no-throttle", "--db", str(data / "baochi.duckdb")],
        cwd=REPO, env={**os.environ, **ENV}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    peak = [0]
    watched = psutil.Process(proc.pid)

    def watch() -> None:
        while proc.poll() is None:
            try:
                peak[0] = max(peak[0], _tree_rss(watched))
            except psutil.Error:
                return
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, err = proc.communicate(timeout=600)
    watcher.join()
    return proc.returncode, out, err, peak[0]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    import json

    data = tmp_path_factory.mktemp("hostile")
    with HostileServer() as server:
        code, out, err, peak = _crawl(server.base_url, data)
        hits, elsewhere = dict(server.hits), dict(server.elsewhere_hits)
    summary = json.loads(out) if out.strip().startswith("{") else {}
    return code, summary, err, staged_records(data), hits, elsewhere, peak, data


def test_finishes_with_failures_and_no_traceback(hostile) -> None:
    code, summary, err, *_ = hostile
    assert code == 1, err[-3000:]  # too_large and failed articles are failures
    assert "Traceback" not in err, err[-3000:]
    assert "pages/s" not in err  # no progress line when standard error is not a terminal


def test_every_article_ends_in_its_exact_outcome(hostile) -> None:
    _, summary, _, records, *_ = hostile
    expected: dict[str, int] = {}
    for _, outcome, _ in HOSTILE.values():
        expected[outcome] = expected.get(outcome, 0) + 1
    assert summary["articles_scheduled"] == len(HOSTILE), summary
    for outcome, count in expected.items():
        assert summary[f"articles_{outcome}"] == count, (outcome, summary)
    assert_accounted(summary)
    staged = {r["source_article_id"]: r for r in records}
    assert set(staged) == {i for i, (_, outcome, _) in HOSTILE.items() if outcome == "staged"}
    assert summary["failed_too_large"] == 3
    assert summary["failed_invalid_record"] == 2  # the 300-digit id and the lone surrogate
    # not staged as an article with no title and a `missing` body
    assert summary["failed_not_html"] == 1 and summary["failed_empty_page"] == 1
    assert summary["failed_bad_content_encoding"] == 1
    assert summary["failed_headers_too_large"] == 1  # not kept growing until the download timeout
    assert summary["article_urls_too_long"] == 1  # not scheduled: Scrapy would drop it uncounted


def test_nothing_off_site_is_fetched_or_staged(hostile) -> None:
    _, summary, _, records, hits, elsewhere, *_ = hostile
    assert elsewhere == {}, elsewhere
    assert summary["offsite_refused"] == 4  # two to another host, two to file:
    assert all(r["url"].startswith("http://127.0.0.1:") and "elsewhere" not in r["title"] for r in records)
    assert not any(p.startswith("/bai-viet-\u0661") for p in hits)  # ids are ASCII: not an article


def test_raw_pages_are_kept_for_staged_articles_only(hostile) -> None:
    """The parse worker writes each page's raw copy under a part name; staging renames it, a
    dropped or failed article's copy (an off-site page, a record that broke the contract) is
    removed: nothing half-written or foreign stays in raw/."""
    _, _, _, records, *_, data = hostile
    raw = data / "raw" / "baothanhhoa"
    kept = sorted(p.name for p in raw.iterdir()) if raw.is_dir() else []
    assert kept == sorted(f"{r['source_article_id']}.html.gz" for r in records)
    assert not any(name.endswith(".part") for name in kept)


def test_bombs_stay_bounded(hostile) -> None:
    peak = hostile[6]
    assert 0 < peak < MAX_TREE_RSS, f"peak RSS of the crawl's process tree {peak / 1e6:.0f} MB"


def test_endless_pagination_stops_where_the_listing_repeats_itself(hostile) -> None:
    code, summary, err, records, hits, elsewhere, peak, data = hostile
    for path in TRAPS:
        assert 1 <= hits.get(path, 0) <= TRAP_PAGES_FETCHED_AT_MOST, (path, hits.get(path))


def test_a_chain_of_sitemap_indexes_is_cut(hostile) -> None:
    code, summary, err, records, hits, elsewhere, peak, data = hostile
    chain = sorted(p for p in hits if p.startswith("/sitemap-chain-"))
    assert chain == [f"/sitemap-chain-{n}.xml" for n in range(5)]  # robots' index and four levels below


def test_robots_forbidden_is_counted_not_fetched(hostile) -> None:
    _, summary, _, _, hits, *_ = hostile
    forbidden = next(i for i, (kind, _, _) in HOSTILE.items() if kind == "forbidden")
    assert hits.get(article_path(forbidden), 0) == 0
    assert summary["articles_robots_forbidden"] == 1


def test_bodies_are_prose_or_say_why_not(hostile) -> None:
    _, _, _, records, *_ = hostile
    by_kind = {HOSTILE[r["source_article_id"]][0]: r for r in records}
    for kind, record in by_kind.items():
        assert record["body_status"] == HOSTILE[record["source_article_id"]][2], (kind, record)
        if record["body_status"] != "ok":
            assert record["body"] is None and record["body_reason"], (kind, record)
    assert by_kind["hex-body"]["body_reason"] == "hex_tokens"
    assert by_kind["teasers"]["body_reason"] == "teasers"
    assert by_kind["lone-date"]["body_reason"] == "lone_date"
    assert by_kind["cipher-body"]["body"] == "\n\n".join(BODY)  # decoded natively
    assert by_kind["caption-in-body"]["body"] == "\n\n".join(BODY)
    assert CAPTION in by_kind["caption-in-body"]["captions"]


def test_one_bad_byte_in_utf8_is_not_mojibake(hostile) -> None:
    _, _, _, records, *_ = hostile
    record = next(r for r in records if HOSTILE[r["source_article_id"]][0] == "utf8-one-bad-byte")
    assert (record["title"], record["lead"], record["body"]) == (TITLE, LEAD, "\n\n".join(BODY))
    assert record["charset"] == "utf-8"


def test_a_second_crawl_of_the_source_exits_3(tmp_path) -> None:
    """A manual crawl while another (the nightly's) crawls the same source: one line, exit 3,
    and the other crawl's job queue is left alone."""
    lock = tmp_path / "jobs" / "baothanhhoa" / "crawl.lock"
    queue = tmp_path / "jobs" / "baothanhhoa" / "job" / "requests.queue"
    queue.mkdir(parents=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, b"4242\n")
        done = subprocess.run(
            [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url",
             "http://127.0.0.1:9", "--no-throttle", "--db", str(tmp_path / "baochi.duckdb")],
            cwd=REPO, env={**os.environ, **ENV}, capture_output=True, text=True, timeout=120,
        )
    finally:
        os.close(fd)
    assert done.returncode == 3, done.stderr[-2000:]
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and "4242" in lines[0] and "baothanhhoa" in lines[0], lines
    assert queue.is_dir()
