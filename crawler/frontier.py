"""A crawl frontier shared through Redis: several crawl processes, one queue, one seen-set.

`baochi crawl --frontier redis://HOST:PORT/DB` (or BAOCHI_FRONTIER) swaps Scrapy's scheduler
and duplicate filter for scrapy-redis's, so every worker that crawls the same source pops from
one request queue and consults one request seen-set. On top of that, this module adds what
baochi's guarantees need:

- **One fetch per article id across workers.** Article requests are deduplicated by article id
  (the spider's own id set is per process), with one Redis set per source
  (`baochi:<source>:articles`); an item guard (`baochi:<source>:staged`) keeps a page that
  redirects to an id another worker staged from being staged twice.
- **Generations.** Workers register under `baochi:<source>:workers:<id>` with a TTL refreshed by
  a heartbeat. The first worker to start when none is alive opens a new generation: it clears
  the queue and the sets. A worker killed with -9 loses the requests it had popped; its key
  expires after the TTL, and the next run (any worker) starts a new generation whose seed
  re-discovers everything, while the known-id set (warehouse + staged files) skips what any
  worker already staged. So the guarantee is over runs: the next run stages the rest, and no
  article is staged twice.
- **Politeness as a total.** With politeness on (the default), each worker multiplies the
  per-host delay by the number of live workers and divides the per-host concurrency by it, so
  the host sees the configured rate in total. `--no-throttle` (own sites only) shares nothing.
- **No early exit.** A worker whose queue is empty stays open while another live worker is still
  busy (it may push more requests), and closes once all are idle.

Listing walks are always walked to their end under a frontier (the "walked before" shortcut
is per machine and cannot know what a killed worker on another machine missed).
"""

from __future__ import annotations

import gzip
import json
import os
import secrets
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import redis
from baochi.crawler.staging import batch_committed, batch_committing, rename_synced
from itemadapter import ItemAdapter
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, DropItem, NotConfigured
from scrapy.settings import Settings
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from twisted.internet import task

FRONTIER_ENV = "BAOCHI_FRONTIER"
TTL_ENV = "BAOCHI_FRONTIER_TTL"
DEFAULT_TTL = 15.0
NUDGE_SECONDS = 0.1
PREFIX = "baochi"


class FrontierError(ValueError):
    """The frontier address is not a redis:// URL."""


def frontier_url(settings: Settings | None = None) -> str | None:
    """The frontier address from the settings (BAOCHI_FRONTIER) or the environment, or None."""
    url = (settings.get("BAOCHI_FRONTIER") if settings is not None else None) or os.environ.get(FRONTIER_ENV)
    if not url:
        return None
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        raise FrontierError(f"--frontier must be a redis:// URL, not {url!r} (e.g. redis://10.0.0.5:6379/0)")
    return str(url)


def keys(source_id: str) -> dict[str, str]:
    base = f"{PREFIX}:{source_id}"
    return {"requests": f"{base}:requests", "dupefilter": f"{base}:dupefilter", "articles": f"{base}:articles",
            "staged": f"{base}:staged", "workers": f"{base}:workers:", "lock": f"{base}:generation-lock",
            "generation": f"{base}:generation", "done": f"{base}:done", "committing": f"{base}:committing"}


def configure(settings: Settings) -> bool:
    """Turn a run's settings into a frontier worker's when a frontier is configured.

    Called by `baochi.crawler.run.crawl` just before the crawler starts; returns False (and
    changes nothing) without a frontier."""
    url = frontier_url(settings)
    if url is None:
        return False
    prio = "cmdline"
    settings.set("BAOCHI_FRONTIER", url, priority=prio)
    settings.set("REDIS_URL", url, priority=prio)
    settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority=prio)
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority=prio)
    settings.set("SCHEDULER_PERSIST", True, priority=prio)  # generations decide when to clear
    settings.set("SCHEDULER_FLUSH_ON_START", False, priority=prio)
    settings.set("SCHEDULER_QUEUE_KEY", f"{PREFIX}:%(spider)s:requests", priority=prio)
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{PREFIX}:%(spider)s:dupefilter", priority=prio)
    settings.set("JOBDIR", "", priority=prio)  # the queue lives in Redis, not on this disk
    polite = settings.getbool("AUTOTHROTTLE_ENABLED") or settings.getfloat("DOWNLOAD_DELAY") > 0
    settings.set("BAOCHI_FRONTIER_SHARE_POLITENESS", polite, priority=prio)
    for name, path, order in (
        ("EXTENSIONS", f"{__name__}.FrontierWorker", 0),
        ("SPIDER_MIDDLEWARES", f"{__name__}.ArticleClaimMiddleware", 950),
        ("DOWNLOADER_MIDDLEWARES", f"{__name__}.SharedPolitenessMiddleware", 1),
        ("ITEM_PIPELINES", f"{__name__}.StagedOnceGuard", 290),  # after the accept/quality filters
    ):
        current = dict(settings.getdict(name))
        current[path] = order
        settings.set(name, current, priority=prio)
    return True


def _client(crawler: Crawler) -> redis.Redis:
    return redis.Redis.from_url(crawler.settings["REDIS_URL"], decode_responses=True,
                                socket_timeout=30, socket_connect_timeout=10)


class FrontierWorker:
    """Registers this process as a live worker, opens generations, keeps the spider open while
    others work, and counts the live workers for the politeness middleware."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.ttl = float(os.environ.get(TTL_ENV, crawler.settings.getfloat("BAOCHI_FRONTIER_TTL", DEFAULT_TTL)))
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.live_workers = 1
        self.status = "busy"
        self.keys: dict[str, str] = {}
        self.client: redis.Redis | None = None
        self.beat: task.LoopingCall | None = None
        self.nudge: task.LoopingCall | None = None
        self.staging: Path | None = None
        self.run_id = ""
        self.recorded: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.batch_committing, signal=batch_committing)
        crawler.signals.connect(self.batch_committed, signal=batch_committed)
        crawler.signals.connect(self.became_busy, signal=signals.request_scheduled)
        crawler.signals.connect(self.became_busy, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierWorker:
        if not crawler.settings.get("BAOCHI_FRONTIER"):
            raise NotConfigured
        worker = cls(crawler)
        crawler.baochi_frontier = worker  # type: ignore[attr-defined]
        return worker

    # -- registration ---------------------------------------------------------------------

    def _worker_key(self) -> str:
        return self.keys["workers"] + self.worker_id

    def _others(self) -> dict[str, str]:
        assert self.client is not None
        found: dict[str, str] = {}
        for key in self.client.scan_iter(match=self.keys["workers"] + "*", count=100):
            if key != self._worker_key():
                value = self.client.get(key)
                if value is not None:
                    found[str(key)] = str(value)
        return found

    def spider_opened(self, spider: Spider) -> None:
        self.client = _client(self.crawler)
        self.keys = keys(spider.name)
        lock = self.keys["lock"]
        deadline = time.monotonic() + 30
        while not self.client.set(lock, self.worker_id, nx=True, px=10_000):
            if time.monotonic() > deadline:
                raise RuntimeError(f"frontier generation lock {lock} held for 30 s; is another worker stuck?")
            time.sleep(0.05)
        try:
            others = self._others()
            if not others:
                self.client.delete(*(self.keys[k] for k in ("requests", "dupefilter", "articles", "staged")))
                generation = self.client.incr(self.keys["generation"])
                spider.logger.info("frontier: new generation %s for %s", generation, spider.name)
                self.crawler.stats.set_value("baochi/frontier_new_generation", 1)
            self.client.set(self._worker_key(), "busy", px=int(self.ttl * 1000))
            self.live_workers = 1 + len(others)
        finally:
            if self.client.get(lock) == self.worker_id:
                self.client.delete(lock)
        # "Walked to its end before" is local knowledge: a worker killed elsewhere may have
        # held part of a listing, so walk every listing under a frontier.
        spider._load_walks = lambda: None  # type: ignore[attr-defined]
        # Ids any worker staged in a committed batch (on any machine, not loaded yet) are known.
        if not getattr(spider, "refetch", False):
            done = self.client.smembers(self.keys["done"])
            spider.known_ids = set(getattr(spider, "known_ids", set())) | set(done)  # type: ignore[attr-defined]
        self.staging = Path(self.crawler.settings.get("BAOCHI_DATA_DIR", "data")) / "staging"
        self.run_id = str(getattr(spider, "run_id", ""))
        recovered = promote_marked(self.client, self.keys["committing"], self.staging)
        if recovered:
            spider.logger.info("frontier: %d batch(es) a killed run published but did not rename, renamed",
                               recovered)
            self.crawler.stats.set_value("baochi/frontier_batches_recovered", recovered)
        self.beat = task.LoopingCall(self.heartbeat)
        self.beat.start(max(0.2, self.ttl / 3), now=False)
        self.nudge = task.LoopingCall(self.poll_when_idle)
        self.nudge.start(NUDGE_SECONDS, now=False)

    def poll_when_idle(self) -> None:
        """An engine pulls from its scheduler when one of its own downloads ends (or on Scrapy's
        5 s heartbeat); requests another worker pushes to the shared queue wake nobody. So poll
        the queue often while this worker has free download slots, and re-check closing while
        it is idle, so that all workers close together soon after the last one is done."""
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        if engine is None or engine.spider is None or slot is None or not hasattr(slot, "nextcall"):
            return
        if not engine.downloader.needs_backout():
            slot.nextcall.schedule()

    def heartbeat(self) -> None:
        if self.client is None:
            return
        engine = self.crawler.engine
        try:
            idle = engine is not None and engine.spider is not None and engine.spider_is_idle()
        except RuntimeError:
            idle = False
        self.status = "idle" if idle else "busy"
        try:
            self.record_committed()
            self.client.set(self._worker_key(), self.status, px=int(self.ttl * 1000))
            self.live_workers = 1 + len(self._others())
        except redis.RedisError as exc:  # keep crawling; the key may lapse meanwhile
            self.crawler.stats.inc_value("baochi/frontier_heartbeat_failed")
            if engine is not None and engine.spider is not None:
                engine.spider.logger.warning("frontier heartbeat failed: %s", exc)

    def became_busy(self, *args: Any, **kwargs: Any) -> None:
        if self.status == "idle" and self.client is not None:
            self.status = "busy"
            self.client.set(self._worker_key(), "busy", px=int(self.ttl * 1000))

    def spider_idle(self, spider: Spider) -> None:
        """Stay open while another live worker may still push requests."""
        if self.client is None:
            return
        self.status = "idle"
        self.client.set(self._worker_key(), "idle", px=int(self.ttl * 1000))
        others = self._others()
        self.live_workers = 1 + len(others)
        if any(value == "busy" for value in others.values()) or self.client.zcard(self.keys["requests"]):
            raise DontCloseSpider

    def spider_closed(self, spider: Spider, reason: str) -> None:
        for loop in (self.beat, self.nudge):
            if loop is not None and loop.running:
                loop.stop()
        if self.client is not None:
            self.record_committed()  # the last batch was renamed by the staging pipeline's close
            self.client.delete(self._worker_key())
            self.client.close()

    def batch_committing(self, path: Path) -> None:
        """Publish a finished batch's ids before it is renamed (see `promote_marked`)."""
        if self.client is None:
            return
        final = path.name.removesuffix(".part")
        ids = _batch_ids(path)
        pipe = self.client.pipeline(transaction=True)
        pipe.sadd(self.keys["committing"], final)
        if ids:
            pipe.sadd(self.keys["done"], *ids)
        pipe.execute()
        self.recorded.add(final)

    def batch_committed(self, path: Path) -> None:
        if self.client is not None and path.name in self.recorded:
            self.client.srem(self.keys["committing"], path.name)
        self.record_committed(path.name)

    def record_committed(self, name: str | None = None) -> None:
        """Add the ids of this run's committed staging batches to the persistent done-set, so a
        run on any machine treats them as known until they are loaded."""
        if self.client is None or self.staging is None or not self.run_id:
            return
        paths = [self.staging / name] if name else sorted(self.staging.glob(f"{self.run_id}-*.jsonl.gz"))
        for path in paths:
            if path.name in self.recorded or not path.is_file():
                continue
            ids = _batch_ids(path)
            if ids:
                self.client.sadd(self.keys["done"], *ids)
            self.recorded.add(path.name)


def _batch_ids(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [str(json.loads(line).get("source_article_id")) for line in handle if line.strip()]


def promote_marked(client: redis.Redis, committing_key: str, staging: Path) -> int:
    """Rename into place the `.part` batches of this machine whose ids a killed run published.

    A batch's ids go to the done-set (and its name to the committing set) before its rename, so
    every other machine skips them at once; a run killed between the two leaves the complete,
    fsynced `.part` that only this machine holds. Renaming it here keeps those articles (the
    done-set already says they are staged); an unmarked `.part` was never published, its
    articles are fetched again, and retention prunes it. Names of other machines' batches are
    left alone. Returns how many batches were renamed."""
    renamed = 0
    for name in sorted(client.smembers(committing_key)):
        name = name.decode() if isinstance(name, bytes) else str(name)
        final, part = staging / name, staging / f"{name}.part"
        if part.is_file():
            rename_synced(part, final)
            renamed += 1
        if final.is_file():
            client.srem(committing_key, name)
    return renamed


def _worker(crawler: Crawler) -> FrontierWorker | None:
    return getattr(crawler, "baochi_frontier", None)


class ArticleClaimMiddleware(BaseSpiderMiddleware):
    """Claims each article id once per generation across all workers; a request for an id
    another worker already claimed is dropped before it reaches the shared queue."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        if not crawler.settings.get("BAOCHI_FRONTIER"):
            raise NotConfigured
        self.client = _client(crawler)

    def get_processed_request(self, request: Request, response: Any) -> Request | None:
        article_id = request.meta.get("source_article_id")
        if article_id is None or "pending" in request.meta:  # not an article, or a render pass
            return request
        spider = self.crawler.spider
        assert spider is not None
        if self.client.sadd(keys(spider.name)["articles"], str(article_id)):
            return request
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("baochi/articles_scheduled", -1)  # the spider counted it; another worker has it
        stats.inc_value("baochi/frontier_claimed_elsewhere")
        return None


class StagedOnceGuard:
    """An item pipeline before staging: an id another worker staged in this generation (reached
    through a redirect or a canonical link) is not staged again."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.client = _client(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StagedOnceGuard:
        if not crawler.settings.get("BAOCHI_FRONTIER"):
            raise NotConfigured
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        assert spider is not None
        article_id = str(ItemAdapter(item).get("source_article_id"))
        if self.client.sadd(keys(spider.name)["staged"], article_id):
            return item
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("baochi/articles_duplicate")
        raise DropItem(f"already staged by another frontier worker: {article_id}")


class SharedPolitenessMiddleware:
    """Per-host delay × live workers and per-host concurrency ÷ live workers, so that the host
    sees the configured politeness in total (only when politeness is on)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.base_delay = max(settings.getfloat("DOWNLOAD_DELAY"), settings.getfloat("AUTOTHROTTLE_START_DELAY")
                              if settings.getbool("AUTOTHROTTLE_ENABLED") else 0.0)
        self.base_concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        if not crawler.settings.getbool("BAOCHI_FRONTIER_SHARE_POLITENESS"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        worker = _worker(self.crawler)
        engine = self.crawler.engine
        if worker is None or engine is None:
            return None
        workers = max(1, worker.live_workers)
        _, slot = engine.downloader._get_slot(request)
        slot.delay = max(slot.delay, self.base_delay * workers)
        slot.concurrency = max(1, self.base_concurrency // workers)
        return None


def forget_loaded(url: str, loaded: Callable[[str, list[str]], set[str]]) -> int:
    """Take out of every source's done-set the ids the warehouse now holds; returns how many.

    The done-set makes a run on any machine treat a staged batch's articles as known until they
    are loaded; once loaded the warehouse's known-id set covers them, so `baochi load` (with
    BAOCHI_FRONTIER set) trims the set to the staged-but-unloaded backlog instead of letting it
    grow by every article ever crawled. `loaded(source_id, ids)` says which ids are loaded.
    """
    removed = 0
    with redis.Redis.from_url(url) as client:
        for key in client.scan_iter(match=f"{PREFIX}:*:done", count=100):
            name = key.decode() if isinstance(key, bytes) else str(key)
            source_id = name[len(PREFIX) + 1:-len(":done")]
            members = [m.decode() if isinstance(m, bytes) else str(m) for m in client.smembers(key)]
            gone = sorted(loaded(source_id, members)) if members else []
            for start in range(0, len(gone), 10_000):
                removed += int(client.srem(key, *gone[start:start + 10_000]))
    return removed
