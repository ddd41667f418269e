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

(Measured, benchmarks/bench_crawl.py: a hand-made channel with the worker's socket read by the
reactor's own event loop cost the same reactor CPU per page as the executor's helper threads
and was slower in wall-clock time, so the executor stays.)
"""

from __future__ import annotations

import asyncio
import ctypes
import gzip
import itertools
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
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
_part_numbers = itertools.count(1)


class WorkerDied(RuntimeError):
    """The parse worker ended (killed, out of memory) while it held this page."""


@dataclass
class ParsedPage:
    article: ParsedArticle
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
        record.staged_line = record.to_json()  # checked just now; kept unless a staged field changes
    verdict = assess_body(article.body, source.decoder.alphabets) if article.body_status == "ok" else None
    raw = gzip.compress(body, compresslevel=RAW_GZIP_LEVEL, mtime=0) if keep_raw else None
    if raw is not None and record is not None and raw_root is not None:
        part = write_raw_part(raw_root, record.source_id, record.source_article_id, raw)
        return ParsedPage(article, charset, verdict, None, record, part)
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


def _read(body: bytes, content_type: str, url: str, keep_raw: bool, stamp: dict[str, Any] | None,
          raw_root: Path | None) -> ParsedPage:
    assert _source is not None
    return read_page(body, content_type, url, _source, keep_raw, stamp, raw_root)


class PageParser:
    """`await parser.read(body, content_type, url)` → ParsedPage, in `workers` processes (0: here)."""

    def __init__(self, source: Source, workers: int, keep_raw: bool = True, raw_root: Path | None = None) -> None:
        self.source = source
        self.workers = max(0, workers)
        self.keep_raw = keep_raw
        self.raw_root = raw_root  # with it, raw pages are written beside the parse (`write_raw_part`)
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
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp, self.raw_root)
        pool = self._executor()
        if self._warming is not None and not self._warming.done():  # starting: here, not waiting
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp, self.raw_root)
        try:
            future: Any = pool.submit(_read, body, content_type, url, self.keep_raw, stamp, self.raw_root)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            if pool is self._pool:
                self._broken()
            raise WorkerDied("the parse worker ended while it held this page") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# A parser started before the crawl's engine: `baochi crawl` starts its worker while Scrapy
# builds the crawler (about a quarter of a second), so the worker's interpreter start and
# imports overlap that instead of the first pages, which would otherwise be parsed in the
# crawl's own thread while it starts.
_prestarted: dict[str, PageParser] = {}


def parser_options(settings: Any) -> tuple[int, bool, Path]:
    """(workers, keep_raw, raw_root) from a crawl's Scrapy settings, for `prestart` and `take`."""
    return (settings.getint("BAOCHI_PARSE_WORKERS", 1), settings.getbool("BAOCHI_KEEP_RAW_HTML", True),
            Path(settings.get("BAOCHI_DATA_DIR", "data")) / "raw")


def prestart(source: Source, workers: int, keep_raw: bool, raw_root: Path | None) -> None:
    """Start the worker of the coming crawl of `source` now; the spider takes it (`take`)."""
    if workers > 0 and source.source_id not in _prestarted:
        parser = PageParser(source, workers, keep_raw, raw_root)
        parser.warm_up()
        _prestarted[source.source_id] = parser


def take(source: Source, workers: int, keep_raw: bool, raw_root: Path | None) -> PageParser:
    """The prestarted parser when it was started for exactly this, else a new one."""
    parser = _prestarted.pop(source.source_id, None)
    if parser is not None and (parser.source, parser.workers, parser.keep_raw, parser.raw_root) == (
            source, max(0, workers), keep_raw, raw_root):
        return parser
    if parser is not None:
        parser.close()
    return PageParser(source, workers, keep_raw, raw_root)


def close_prestarted() -> None:
    """Stop a prestarted worker no spider took (the crawl failed before it opened)."""
    while _prestarted:
        _prestarted.popitem()[1].close()
