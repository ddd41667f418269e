"""The parse worker process: same result as parsing in the crawl's process; dies with the crawl."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import psutil
from baochi.crawler.parsing import PageParser
from baochi.crawler.sources import get_source

from tests.conftest import REPO
from tests.crawler.fault_server import BODY, TITLE, page


def test_worker_and_in_process_parse_agree() -> None:
    source = get_source("baothanhhoa")
    body = page("100001").encode()
    url = "http://127.0.0.1:1/bai-viet-100001.htm"

    async def both() -> tuple:
        here, there = PageParser(source, 0), PageParser(source, 1)
        try:
            first = await here.read(body, "text/html; charset=utf-8", url)
            await there.ready()  # else the first pages are parsed here while the worker starts
            with mock.patch("baochi.crawler.parsing.read_page", side_effect=AssertionError("parsed here")):
                return first, await there.read(body, "text/html; charset=utf-8", url)  # in the worker
        finally:
            there.close()

    here, there = asyncio.run(both())
    assert here.article == there.article and there.article.title == TITLE
    assert there.article.body == "\n\n".join(BODY) and there.verdict.status == "ok"
    assert gzip.decompress(there.raw_gz) == body and there.charset == "utf-8"


def test_a_dead_worker_fails_only_the_pages_it_held() -> None:
    from baochi.crawler.parsing import WorkerDied

    source = get_source("baothanhhoa")
    body = page("100002").encode()
    url = "http://127.0.0.1:1/bai-viet-100002.htm"

    async def scenario() -> tuple:
        parser = PageParser(source, 1)
        try:
            await parser.ready()
            [pid] = parser.worker_pids()
            os.kill(pid, signal.SIGSTOP)  # holds the page it is sent
            held = asyncio.ensure_future(parser.read(body, "text/html", url))
            await asyncio.sleep(0.2)
            os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(WorkerDied):
                await held
            died = held.exception()
            await parser.ready()  # a new worker
            [second] = parser.worker_pids()
            after = await parser.read(body, "text/html", url)
            return died, second != pid, after
        finally:
            parser.close()

    died, replaced, after = asyncio.run(scenario())
    assert isinstance(died, WorkerDied) and replaced
    assert after.article.title == TITLE


def test_worker_dies_with_a_killed_crawl(sample_dir: Path, tmp_path: Path) -> None:
    from baochi.crawler.sample_site import serve

    with serve(sample_dir / "site", delay=0.1) as site:
        proc = subprocess.Popen(
            [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", site.base_url,
             "--no-throttle", "--db", str(tmp_path / "baochi.duckdb")],
            cwd=REPO, env={**os.environ, "BAOCHI_RENDER": "0"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        raw = tmp_path / "raw" / "baothanhhoa"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (raw.is_dir() and any(raw.glob("*.html.gz"))):
            time.sleep(0.05)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children, "no parse worker was started"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, [p.cmdline() for p in alive]
