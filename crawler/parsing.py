"""Article pages parsed beside the crawl, in a worker process.

Everything the spider does to one article page that needs CPU — decoding the bytes
(`decode_page`), parsing (`parse_article`: selectors, metadata, dates, self-decoding bodies),
the typed record and its contract check (`StagedArticle.from_parsed`), the body verdict
(`bodycheck.assess_body`) and compressing the raw page for `<data>/raw/` — runs here. In a
worker process it runs on the other core while the reactor keeps fetching
(benchmarks/bench_crawl.py); the worker holds the source's registry block (sent once). An
exception in the worker is raised again in the spider's callback and counted `failed`.
`BAOCHI_PARSE_WORKERS = 0` does the same work in the crawl's own process.

Pages that arrive before the worker has started (a fresh interpreter and its imports take a
few tenths of a second) are parsed in the crawl's process rather than waiting for it. A worker
that dies (killed, out of memory) fails the pages it held, each counted `failed`; the next page
starts a new one (at most `MAX_RESTARTS` times, then pages are parsed in the crawl's process).

(Measured, benchmarks/bench_crawl.py: a hand-made channel with the worker's socket read by the
reactor's own event loop cost the same reactor CPU per page as the executor's helper threads
and was slower in wall-clock time, so the executor stays.)
"""

from __future__ import annotations

import asyncio
import ctypes
import gzip
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from baochi.crawler.bodycheck import BodyVerdict, assess_body
from baochi.crawler.contract import StagedArticle
from baochi.crawler.decode import decode_page
from baochi.crawler.extract.article import ParsedArticle, parse_article
from baochi.crawler.sources import Source

RAW_GZIP_LEVEL = 3
MAX_RESTARTS = 3  # worker pools that may break (each failing only its pages) before pages are parsed here
_PR_SET_PDEATHSIG = 1

_source: Source | None = None


class WorkerDied(RuntimeError):
    """The parse worker ended (killed, out of memory) while it held this page."""


@dataclass
class ParsedPage:
    article: ParsedArticle
    charset: str
    verdict: BodyVerdict | None  # on the body the extractors found, when they found one `ok`
    raw_gz: bytes | None  # the page as received, gzipped (None when not kept)
    record: StagedArticle | None = None  # the typed record, when the fetch's stamp was given


def read_page(body: bytes, content_type: str, url: str, source: Source, keep_raw: bool,
              stamp: dict[str, Any] | None = None) -> ParsedPage:
    """`stamp`: what the record takes from the fetch (StagedArticle.from_parsed's keywords);
    with it the record is built and checked here too (InvalidRecord raised)."""
    html, charset = decode_page(body, content_type)
    article = parse_article(html, url, source)
    record = StagedArticle.from_parsed(article, charset=charset, **stamp) if stamp is not None else None
    verdict = assess_body(article.body, source.decoder.alphabets) if article.body_status == "ok" else None
    raw = gzip.compress(body, compresslevel=RAW_GZIP_LEVEL, mtime=0) if keep_raw else None
    return ParsedPage(article, charset, verdict, raw, record)


def _init_worker(source: Source, parent_pid: int) -> None:
    """Hold the registry block; die with the crawl (kill -9 included), never linger."""
    global _source
    _source = source
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the worker ends when its queue closes
        pass
    if os.getppid() != parent_pid:  # the crawl died before prctl took effect
        os._exit(1)


def _ready() -> bool:
    return _source is not None


def _read(body: bytes, content_type: str, url: str, keep_raw: bool, stamp: dict[str, Any] | None) -> ParsedPage:
    assert _source is not None
    return read_page(body, content_type, url, _source, keep_raw, stamp)


class PageParser:
    """`await parser.read(body, content_type, url)` → ParsedPage, in `workers` processes (0: here)."""

    def __init__(self, source: Source, workers: int, keep_raw: bool = True) -> None:
        self.source = source
        self.workers = max(0, workers)
        self.keep_raw = keep_raw
        self._pool: ProcessPoolExecutor | None = None
        self._warming: Future[bool] | None = None
        self._pools = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pools += 1
            # spawn: a fork of a process running a reactor and threads is not safe
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(self.source, os.getpid()),
            )
            self._warming = self._pool.submit(_ready)
        return self._pool

    def warm_up(self) -> None:
        """Start the workers now (while robots.txt and listings download), not at the first article."""
        if self.workers:
            self._executor()

    async def ready(self) -> None:
        """Wait until the workers have started (for tests: pages then go to a worker)."""
        self.warm_up()
        if self._warming is not None:
            await asyncio.wrap_future(self._warming)

    def _broken(self) -> None:
        """The pool broke (a worker died): pages it held have failed; the next starts another."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool, self._warming = None, None
        if self._pools > MAX_RESTARTS:  # workers keep dying: parse here from now on
            self.workers = 0

    async def read(self, body: bytes, content_type: str, url: str,
                   stamp: dict[str, Any] | None = None) -> ParsedPage:
        """The parsed page; with `stamp` (StagedArticle.from_parsed's keywords) its record too."""
        if not self.workers:
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp)
        pool = self._executor()
        if self._warming is not None and not self._warming.done():  # starting: here, not waiting
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp)
        try:
            future: Any = pool.submit(_read, body, content_type, url, self.keep_raw, stamp)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            if pool is self._pool:
                self._broken()
            raise WorkerDied("the parse worker ended while it held this page") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
