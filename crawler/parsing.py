"""Article pages parsed beside the crawl, in a worker process.

Everything the spider does to one article page that needs CPU — decoding the bytes
(`decode_page`), parsing (`parse_article`: selectors, metadata, dates, self-decoding bodies),
the typed record, its contract check (`StagedArticle.from_parsed`) and its staged JSON line, the body verdict
(`bodycheck.assess_body`) and compressing the raw page and writing it beside its final name in
`<data>/raw/<source>/` (`<id>.html.gz.<token>.part`, renamed into place when the article is
staged, so the crawl's thread only renames) — runs here. In a
worker process it runs on the other core while the reactor keeps fetching
(benchmarks/bench_crawl.py); the worker holds the source's registry block (sent once). An
exception in the worker is raised again in the spider's callback and counted `failed`.
`BAOCHI_PARSE_WORKERS = 0` does the same work in the crawl's own process.

Pages that arrive before the worker has started (a fresh interpreter and its imports take a
few tenths of a second) are parsed in the crawl's process rather than waiting for it. A worker
that dies (killed, out of memory) fails the pages it held, each counted `failed`; the next page
starts a new one (at most `MAX_RESTARTS` times, then pages are parsed in the crawl's process).

The hand-off goes through `parse_channel.Channel` (a socket pair read and written by the
reactor's own event loop), not a `ProcessPoolExecutor`: the executor's two helper threads took
the interpreter's lock from the reactor at every system call, and the crawl's process spent
about 0.5 ms more CPU per page with them (benchmarks/bench_crawl.py, 2026-12-06).
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baochi.crawler.bodycheck import BodyVerdict, assess_body
from baochi.crawler.contract import StagedArticle
from baochi.crawler.decode import decode_page
from baochi.crawler.extract.article import ParsedArticle, parse_article
from baochi.crawler.parse_channel import Channel, WorkerDied
from baochi.crawler.placement import WORKER_CPUS_SETTING, place_worker
from baochi.crawler.sources import Source

RAW_GZIP_LEVEL = 3
MAX_RESTARTS = 3  # workers that may be started (each death failing only its pages) before pages are parsed here

_source: Source | None = None
_part_numbers = itertools.count(1)

__all__ = ["PageParser", "ParsedPage", "WorkerDied", "read_page"]


@dataclass
class ParsedPage:
    article: ParsedArticle | None  # None once the record holds it (the crawl reads the record only)
    charset: str
    verdict: BodyVerdict | None  # on the body the extractors found, when they found one `ok`
    raw_gz: bytes | None  # the page as received, gzipped (None when not kept or written)
    record: StagedArticle | None = None  # the typed record, when the fetch's stamp was given
    raw_part: str | None = None  # … or written, gzipped, here (renamed into place when staged)


def write_raw_part(raw_root: Path, source_id: str, article_id: str, raw_gz: bytes) -> str:
    """`<raw_root>/<source>/<id>.html.gz.<pid>-<n>.part`: a name no other page of this crawl
    takes (two URLs of one article may be in flight at once); the staging pipeline renames it
    to `<id>.html.gz`, a dropped or failed article's part is removed (`discard_raw_part`), and
    a killed run's leftovers are pruned by retention."""
    folder = raw_root / source_id
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"{article_id}.html.gz.{os.getpid()}-{next(_part_numbers)}.part"
    part.write_bytes(raw_gz)
    return str(part)


def discard_raw_part(part: str | None) -> None:
    """The raw page of an article that was not staged (dropped, failed) is not kept."""
    if part:
        Path(part).unlink(missing_ok=True)


def read_page(body: bytes, content_type: str, url: str, source: Source, keep_raw: bool,
              stamp: dict[str, Any] | None = None, raw_root: Path | None = None) -> ParsedPage:
    """`stamp`: what the record takes from the fetch (StagedArticle.from_parsed's keywords);
    with it the record is built and checked here too (InvalidRecord raised), and with
    `raw_root` too the raw page is written here as a part file (`write_raw_part`)."""
    html, charset = decode_page(body, content_type)
    article = parse_article(html, url, source)
    record = StagedArticle.from_parsed(article, charset=charset, **stamp) if stamp is not None else None
    if record is not None:
        record.staged_gz = record.staged_member()  # checked just now; kept unless a staged field changes
    verdict = assess_body(article.body, source.decoder.alphabets) if article.body_status == "ok" else None
    raw = gzip.compress(body, compresslevel=RAW_GZIP_LEVEL, mtime=0) if keep_raw else None
    kept = article if record is None else None  # not sent back twice from the worker
    if raw is not None and record is not None and raw_root is not None:
        part = write_raw_part(raw_root, record.source_id, record.source_article_id, raw)
        return ParsedPage(kept, charset, verdict, None, record, part)
    return ParsedPage(kept, charset, verdict, raw, record)


def _worker_setup(source: Source, cpus: frozenset[int] | None = None) -> Callable[..., ParsedPage]:
    """In the worker process: hold the registry block (sent once) and read pages with it, on
    the CPUs the crawl left it (crawler/placement.py)."""
    global _source
    _source = source
    place_worker(cpus)
    return _read


def _read(body: bytes, content_type: str, url: str, keep_raw: bool, stamp: dict[str, Any] | None,
          raw_root: Path | None) -> ParsedPage:
    assert _source is not None
    return read_page(body, content_type, url, _source, keep_raw, stamp, raw_root)


class PageParser:
    """`await parser.read(body, content_type, url)` → ParsedPage, in `workers` processes (0: here)."""

    def __init__(self, source: Source, workers: int, keep_raw: bool = True, raw_root: Path | None = None,
                 cpus: frozenset[int] | None = None) -> None:
        self.source = source
        self.workers = max(0, workers)
        self.keep_raw = keep_raw
        self.raw_root = raw_root  # with it, raw pages are written beside the parse (`write_raw_part`)
        self.cpus = cpus  # where the workers run (crawler/placement.py); None: where the kernel puts them
        self._channels: list[Channel] = []
        self._started = 0  # workers started so far (restarts included)

    def _start(self) -> None:
        while len(self._channels) < self.workers:
            self._started += 1
            self._channels.append(Channel(_worker_setup, (self.source, self.cpus)))

    def warm_up(self) -> None:
        """Start the workers now (while robots.txt and listings download), not at the first article."""
        if self.workers:
            self._start()

    def worker_pids(self) -> list[int]:
        return [pid for channel in self._channels if (pid := channel.process.pid) is not None]

    async def ready(self) -> None:
        """Wait until the workers have started (for tests: pages then go to a worker)."""
        self._drop_dead()
        self.warm_up()
        for channel in self._channels:
            await channel.attach()
            while not channel.ready and not channel.dead:
                await asyncio.sleep(0.01)

    def _drop_dead(self) -> None:
        """A worker died: the pages it held have failed; the next page starts another (at most
        `MAX_RESTARTS` times, then pages are parsed here)."""
        dead = [channel for channel in self._channels if channel.dead]
        for channel in dead:
            self._channels.remove(channel)
            channel.close()
        if dead and self._started > MAX_RESTARTS:
            self.workers = 0

    async def read(self, body: bytes, content_type: str, url: str,
                   stamp: dict[str, Any] | None = None) -> ParsedPage:
        """The parsed page; with `stamp` (StagedArticle.from_parsed's keywords) its record too."""
        self._drop_dead()
        if not self.workers:
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp, self.raw_root)
        self._start()
        for channel in self._channels:
            await channel.attach()
        ready = [channel for channel in self._channels if channel.ready and not channel.dead]
        if not ready:  # starting: here, not waiting
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp, self.raw_root)
        channel = min(ready, key=lambda c: len(c.pending))
        result: ParsedPage = await channel.send((body, content_type, url, self.keep_raw, stamp, self.raw_root))
        return result

    def close(self) -> None:
        """Pages a worker still held (a crawl stopped mid-way) are parsed here, not lost."""
        channels, self._channels = self._channels, []
        for channel in channels:
            for (body, content_type, url, keep_raw, stamp, raw_root), waiter in channel.close():
                if waiter.done():
                    continue
                try:
                    waiter.set_result(read_page(body, content_type, url, self.source, keep_raw, stamp, raw_root))
                except Exception as exc:  # noqa: BLE001 (raised in that page's callback, counted `failed`)
                    waiter.set_exception(exc)


# A parser started before the crawl's engine: `baochi crawl` starts its worker while Scrapy
# builds the crawler (about a quarter of a second), so the worker's interpreter start and
# imports overlap that instead of the first pages, which would otherwise be parsed in the
# crawl's own thread while it starts.
_prestarted: dict[str, PageParser] = {}


def parser_options(settings: Any) -> tuple[int, bool, Path, frozenset[int] | None]:
    """(workers, keep_raw, raw_root, cpus) from a crawl's Scrapy settings, for `prestart` and `take`."""
    cpus = settings.getlist(WORKER_CPUS_SETTING)
    return (settings.getint("BAOCHI_PARSE_WORKERS", 1), settings.getbool("BAOCHI_KEEP_RAW_HTML", True),
            Path(settings.get("BAOCHI_DATA_DIR", "data")) / "raw",
            frozenset(int(cpu) for cpu in cpus) if cpus else None)


def prestart(source: Source, workers: int, keep_raw: bool, raw_root: Path | None,
             cpus: frozenset[int] | None = None) -> None:
    """Start the worker of the coming crawl of `source` now; the spider takes it (`take`)."""
    if workers > 0 and source.source_id not in _prestarted:
        parser = PageParser(source, workers, keep_raw, raw_root, cpus)
        parser.warm_up()
        _prestarted[source.source_id] = parser


def take(source: Source, workers: int, keep_raw: bool, raw_root: Path | None,
         cpus: frozenset[int] | None = None) -> PageParser:
    """The prestarted parser when it was started for exactly this, else a new one."""
    parser = _prestarted.pop(source.source_id, None)
    if parser is not None and (parser.source, parser.workers, parser.keep_raw, parser.raw_root, parser.cpus) == (
            source, max(0, workers), keep_raw, raw_root, cpus):
        return parser
    if parser is not None:
        parser.close()
    return PageParser(source, workers, keep_raw, raw_root, cpus)


def close_prestarted() -> None:
    """Stop a prestarted worker no spider took (the crawl failed before it opened)."""
    while _prestarted:
        _prestarted.popitem()[1].close()
