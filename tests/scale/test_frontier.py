"""Two crawl workers sharing one Redis frontier against the sample site on loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.crawler.helpers import staged_records

pytestmark = pytest.mark.slow


def _worker(base_url: str, data: Path, frontier: str, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", base_url,
         "--no-throttle", "--frontier", frontier, "--db", str(data / "baochi.duckdb"), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        env={**os.environ, "BAOCHI_FRONTIER_TTL": "2", **(env or {})},
    )


def _summary(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out)


def _flush(url: str) -> None:
    import redis

    with redis.Redis.from_url(url) as client:
        client.flushdb()


def _staged(*folders: Path) -> list[dict]:
    return [r for folder in folders for r in staged_records(folder)]


def test_two_workers_stage_every_article_once(sample_dir, manifest, redis_url, tmp_path) -> None:
    """Each worker has its own data directory, as on two machines."""
    from baochi.crawler.sample_site import serve

    _flush(redis_url)
    one, two = tmp_path / "one", tmp_path / "two"
    with serve(sample_dir / "site", delay=0.01) as site:
        a = _worker(site.base_url, one, redis_url)
        time.sleep(0.5)
        b = _worker(site.base_url, two, redis_url)
        first, second = _summary(a), _summary(b)
    records = _staged(one, two)
    ids = Counter(r["source_article_id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == [], "an article was staged twice"
    assert set(ids) == {a["id"] for a in manifest["articles"]}
    # both did real work: the queue was shared, not crawled twice or by one alone
    assert first["articles_staged"] > 0 and second["articles_staged"] > 0, (first, second)
    assert first["articles_staged"] + second["articles_staged"] == len(manifest["articles"])
    forbidden = {d["id"] for d in manifest["disallowed"]}
    assert forbidden and not forbidden & set(ids)
    assert first["robots_forbidden"] + second["robots_forbidden"] >= 1
    assert first["articles_failed"] == second["articles_failed"] == 0
    # Staged ids wait in the frontier's done-set until loaded; each load (BAOCHI_FRONTIER set)
    # takes out what its warehouse now holds, so the set is the unloaded backlog, not every
    # article ever crawled.
    import redis

    def done() -> set[str]:
        with redis.Redis.from_url(redis_url) as client:
            return {m.decode() for m in client.smembers("baochi:baothanhhoa:done")}

    assert done() == set(ids)
    for folder in (one, two):
        loaded = subprocess.run(
            [sys.executable, "-m", "baochi.pipeline", "load", "--db", str(folder / "baochi.duckdb"), "--quiet"],
            capture_output=True, text=True, cwd=REPO, timeout=300, env={**os.environ, "BAOCHI_FRONTIER": redis_url})
        assert loaded.returncode == 0, loaded.stderr[-2000:]
        if folder == one:
            assert done() == {r["source_article_id"] for r in staged_records(two)}
    assert done() == set()


def test_a_worker_killed_mid_crawl_then_a_rerun_stages_the_rest(sample_dir, manifest, redis_url, tmp_path) -> None:
    from baochi.crawler.sample_site import serve

    _flush(redis_url)
    small = {"BAOCHI_STAGING_BATCH": "5"}
    one, two, three = tmp_path / "victim", tmp_path / "survivor", tmp_path / "rerun"
    with serve(sample_dir / "site", delay=0.03) as site:
        victim = _worker(site.base_url, one, redis_url, env=small)
        time.sleep(0.5)
        survivor = _worker(site.base_url, two, redis_url, env=small)
        deadline = time.monotonic() + 120
        while len(list((one / "staging").glob("*.jsonl.gz"))) < 3:
            assert time.monotonic() < deadline, "the victim staged nothing"
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        first = _summary(survivor)
        before = _staged(one, two)
        missing = {a["id"] for a in manifest["articles"]} - {r["source_article_id"] for r in before}
        assert missing, "the kill came too late to lose anything: the test proves nothing"
        assert first["articles_staged"] > 0
        # A third worker on a third "machine": it knows what the others staged only through Redis.
        rerun = _summary(_worker(site.base_url, three, redis_url))
        # The victim's machine crawls again: a batch the victim published but was killed before
        # renaming is renamed now (its ids were skipped by everyone as staged); nothing new.
        again = _summary(_worker(site.base_url, one, redis_url))
        assert again["articles_staged"] == 0
    records = _staged(one, two, three)
    ids = Counter(r["source_article_id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == [], "an article was staged twice"
    assert set(ids) == {a["id"] for a in manifest["articles"]}
    assert rerun["articles_staged"] == len(missing)
    assert not {d["id"] for d in manifest["disallowed"]} & set(ids)


def test_a_batch_published_but_not_renamed_is_renamed_by_its_machine_only(redis_url, tmp_path) -> None:
    """The window a SIGKILL can hit between publishing a batch's ids and renaming it, made
    deterministic: the marked `.part` is kept, an unmarked one is not, another machine's mark
    stays for that machine."""
    import redis
    from baochi.crawler.frontier import keys, promote_marked
    from baochi.crawler.staging import StagingWriter

    _flush(redis_url)
    staging = tmp_path / "staging"
    marks = keys("baothanhhoa")["committing"]

    class Killed(Exception):
        pass

    def killed_after_publishing(part: Path) -> None:
        with redis.Redis.from_url(redis_url) as client:
            client.sadd(marks, part.name.removesuffix(".part"))
        raise Killed

    def killed_before_publishing(part: Path) -> None:
        raise Killed

    for run, hook in (("run-a", killed_after_publishing), ("run-b", killed_before_publishing)):
        writer = StagingWriter(staging, run, batch_size=10, before_commit=hook)
        writer.write({"source_article_id": "1", "run": run})
        with pytest.raises(Killed):
            writer.flush()
    with redis.Redis.from_url(redis_url, decode_responses=True) as client:
        client.sadd(marks, "run-elsewhere-0001.jsonl.gz")
        assert promote_marked(client, marks, staging) == 1
        assert promote_marked(client, marks, staging) == 0
        assert client.smembers(marks) == {"run-elsewhere-0001.jsonl.gz"}
    assert sorted(p.name for p in staging.iterdir()) == ["run-a-0001.jsonl.gz", "run-b-0001.jsonl.gz.part"]
    assert [r["run"] for r in staged_records(tmp_path)] == ["run-a"]


def _requests_per_second(site_dir: Path, redis_url: str, data: Path) -> float:
    """Two politeness-on workers on `site_dir` for 24 s: the site's request rate from 4 s to 24 s."""
    from baochi.crawler.sample_site import serve

    _flush(redis_url)
    with serve(site_dir) as site:
        handler = site._server.RequestHandlerClass  # record when each request arrives
        times: list[float] = []
        respond = handler._respond

        def timed(self, send_body: bool) -> None:
            times.append(time.monotonic())
            respond(self, send_body)

        handler._respond = timed
        workers = [subprocess.Popen(
            [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", site.base_url,
             "--frontier", redis_url, "--render", "off", "--db", str(data / name / "baochi.duckdb")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO,
            env={**os.environ, "BAOCHI_FRONTIER_TTL": "3"}) for name in ("a", "b")]
        try:
            deadline = time.monotonic() + 90
            while (not times or time.monotonic() - times[0] < 24) and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            for proc in workers:
                proc.send_signal(signal.SIGTERM)
            for proc in workers:
                proc.wait(timeout=60)
    assert times, "no request reached the site"
    return len([t for t in times if times[0] + 4 <= t <= times[0] + 24]) / 20


def test_a_crawl_delay_is_a_total_across_workers(sample_dir, redis_url, tmp_path) -> None:
    """robots.txt's `Crawl-delay: 2` with two workers: about one request every two seconds in
    total, not one every two seconds from each."""
    import shutil

    site_dir = tmp_path / "site"
    shutil.copytree(sample_dir / "site", site_dir)
    robots = site_dir / "robots.txt"
    robots.write_text(robots.read_text("utf-8").replace("User-agent: *\n", "User-agent: *\nCrawl-delay: 2\n"),
                      "utf-8")
    rate = _requests_per_second(site_dir, redis_url, tmp_path)
    assert 0.2 < rate <= 0.65, f"{rate * 20:.0f} requests in 20 s"  # each worker on its own: about 1/s


def test_politeness_is_a_total_across_workers(sample_dir, redis_url, tmp_path) -> None:
    """Politeness on (the default: about one request per second per host): two workers
    together stay near that rate instead of doubling it."""
    rate = _requests_per_second(sample_dir / "site", redis_url, tmp_path)
    # Measured: 16 requests in the window with the sharing, 32 with it switched off.
    assert 0.3 < rate <= 1.2, f"{rate * 20:.0f} requests in 20 s"
