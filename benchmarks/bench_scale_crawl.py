"""Shared crawl frontier: two crawl workers sharing one Redis queue vs one worker, against the
sample site served with a fixed delay per response (100 ms), so that the crawl waits on the
network as it does on the internet rather than on this machine's two cores.

    python -m benchmarks.bench_scale_crawl [--size ARTICLES] [--json]

Both runs crawl as `baochi crawl --no-throttle --frontier redis://…` does (own loopback site:
no politeness, so the second worker adds concurrency), each worker in its own process with its
own data directory; figures are articles staged per second of crawl time, from the first
spider opened to the last one closed (the few seconds of Python start-up are left out: they are
the same for one worker or two). Needs Debian's `redis-server`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, main_for, row

DEFAULT_SIZE = 1500
DELAY = 0.1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _redis(folder: Path) -> tuple[subprocess.Popen, str]:
    import redis

    port = _free_port()
    server = subprocess.Popen(
        [shutil.which("redis-server") or "redis-server", "--port", str(port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    client.close()
    return server, url


WORKER = """
import json, sys
from pathlib import Path
from baochi.crawler.run import crawl
result = crawl("baothanhhoa", Path(sys.argv[2]), base_url=sys.argv[1], throttle=False, render=False)
stats = result.stats
print(json.dumps({"staged": result.staged, "start": stats["start_time"].timestamp(),
                  "finish": stats["finish_time"].timestamp()}))
"""


def _crawl(base_url: str, root: Path, frontier: str, workers: int) -> tuple[float, int]:
    """Crawl time (first spider opened to last spider closed: Python start-up excluded, it is
    the same for one worker or two) and articles staged, over all workers."""
    import json

    import redis

    with redis.Redis.from_url(frontier) as client:
        client.flushdb()
    env = {**os.environ, "BAOCHI_FRONTIER": frontier, "BAOCHI_FRONTIER_TTL": "3"}
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, base_url, str(root / f"w{workers}-{i}")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for i in range(workers)]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(err[-2000:])
        reports.append(json.loads(out.strip().splitlines()[-1]))
    seconds = max(r["finish"] for r in reports) - min(r["start"] for r in reports)
    return seconds, sum(int(r["staged"]) for r in reports)


def run(size: int | None = None) -> list[Row]:
    from baochi.crawler.sample_site import generate_site, serve

    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate_site(root / "sample", n_articles=n)
        server, url = _redis(root)
        try:
            with serve(root / "sample" / "site", delay=DELAY) as site:
                one_s, one_n = _crawl(site.base_url, root, url, 1)
                two_s, two_n = _crawl(site.base_url, root, url, 2)
        finally:
            server.terminate()
            server.wait(timeout=10)
    if one_n != two_n:
        raise RuntimeError(f"one worker staged {one_n} articles, two staged {two_n}")
    return [row(f"frontier crawl: 2 workers vs 1, {one_n} articles, {int(DELAY * 1000)} ms per response",
                round(two_n / two_s, 1), round(one_n / one_s, 1), "articles/s", "≥ 1.7")]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
