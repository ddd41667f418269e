"""Article pages parsed beside the crawl, in a worker process.

Everything the spider does to one article page that needs CPU — decoding the bytes
(`decode_page`), parsing (`parse_article`: selectors, metadata, dates, self-decoding bodies),
the body verdict (`bodycheck.assess_body`) and compressing the raw page for `<data>/raw/` —
runs here. In a worker process it runs on the other core while the reactor keeps fetching
(benchmarks/bench_crawl.py); the worker holds the source's registry block (sent once). An
exception in the worker is raised again in the spider's callback and counted `failed`.
`BAOCHI_PARSE_WORKERS = 0` does the same work in the crawl's own process.
"""

from __future__ import annotations

import asyncio
import ctypes
import gzip
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from baochi.crawler.bodycheck import BodyVerdict, assess_body
from baochi.crawler.decode import decode_page
from baochi.crawler.extract.article import ParsedArticle, parse_article
from baochi.crawler.sources import Source

RAW_GZIP_LEVEL = 3
_PR_SET_PDEATHSIG = 1

_source: Source | None = None


@dataclass
class ParsedPage:
    article: ParsedArticle
    charset: str
    verdict: BodyVerdict | None  # on the body the extractors found, when they found one `ok`
    raw_gz: bytes | None  # the page as received, gzipped (None when not kept)


def read_page(body: bytes, content_type: str, url: str, source: Source, keep_raw: bool) -> ParsedPage:
    html, charset = decode_page(body, content_type)
    article = parse_article(html, url, source)
    verdict = assess_body(article.body, source.decoder.alphabets) if article.body_status == "ok" else None
    raw = gzip.compress(body, compresslevel=RAW_GZIP_LEVEL, mtime=0) if keep_raw else None
    return ParsedPage(article, charset, verdict, raw)


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


def _read(body: bytes, content_type: str, url: str, keep_raw: bool) -> ParsedPage:
    assert _source is not None
    return read_page(body, content_type, url, _source, keep_raw)


class PageParser:
    """`await parser.read(body, content_type, url)` → ParsedPage, in `workers` processes (0: here)."""

    def __init__(self, source: Source, workers: int, keep_raw: bool = True) -> None:
        self.source = source
        self.workers = max(0, workers)
        self.keep_raw = keep_raw
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a fork of a process running a reactor and threads is not safe
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(self.source, os.getpid()),
            )
        return self._pool

    def warm_up(self) -> None:
        """Start the workers now (while robots.txt and listings download), not at the first article."""
        if self.workers:
            self._executor().submit(_ready)

    async def read(self, body: bytes, content_type: str, url: str) -> ParsedPage:
        if not self.workers:
            return read_page(body, content_type, url, self.source, self.keep_raw)
        future: Any = self._executor().submit(_read, body, content_type, url, self.keep_raw)
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
