"""Article pages parsed beside the crawl, in worker processes.

Everything the spider does to one article page that needs CPU — decoding the bytes
(`decode_page`), parsing (`parse_article`: selectors, metadata, dates, self-decoding bodies),
the body verdict (`bodycheck.assess_body`) and compressing the raw page for `<data>/raw/` —
runs here. In a worker process it runs on the other core while the reactor keeps fetching
(benchmarks/bench_crawl.py); the worker holds the source's registry block (sent once). An
exception in the worker is raised again in the spider's callback and counted `failed`.
`BAOCHI_PARSE_WORKERS = 0` does the same work in the crawl's own process.

Each worker talks to the crawl over its own socket, read and written by the reactor's event
loop itself (length-prefixed pickles, the framing of `multiprocessing.Connection`). A
`ProcessPoolExecutor` did this through two helper threads; every hand-off then woke a thread
that took the GIL from the reactor (profiled: about 0.3 ms of reactor time per page). Pages
that arrive before a worker has started (a fresh interpreter takes a few tenths of a second)
are parsed in the crawl's process rather than waiting. A worker that dies fails the pages it
held (each counted `failed`) and the next page starts a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gzip
import multiprocessing
import os
import pickle
import signal
import socket
import struct
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from baochi.crawler.bodycheck import BodyVerdict, assess_body
from baochi.crawler.contract import StagedArticle
from baochi.crawler.decode import decode_page
from baochi.crawler.extract.article import ParsedArticle, parse_article
from baochi.crawler.sources import Source

RAW_GZIP_LEVEL = 3
_PR_SET_PDEATHSIG = 1
_READY = b"ready"
MAX_RESTARTS = 3  # workers that may die (each failing only its pages) before pages are parsed here


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


def _die_with(parent_pid: int) -> None:
    """Die with the crawl (kill -9 included), never linger."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the worker ends when its socket closes
        pass
    if os.getppid() != parent_pid:  # the crawl died before prctl took effect
        os._exit(1)


def _reply(conn: Connection, job: bytes, source: Source) -> None:
    body, content_type, url, keep_raw, stamp = pickle.loads(job)
    try:
        answer: tuple[bool, Any] = (True, read_page(body, content_type, url, source, keep_raw, stamp))
    except Exception as exc:  # raised again in the spider's callback, counted `failed`
        answer = (False, exc)
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an exception that does not pickle
        data = pickle.dumps((False, RuntimeError(f"{type(answer[1]).__name__}: {exc}")))
    conn.send_bytes(data)


def _serve(conn: Connection, source: Source, parent_pid: int) -> None:
    """The worker: one page at a time, in order, until the crawl closes the socket."""
    _die_with(parent_pid)
    try:
        conn.send_bytes(_READY)
        while True:
            _reply(conn, conn.recv_bytes(), source)
    except (EOFError, OSError):  # the crawl closed its end (finished, even before we were ready)
        return


def _frame(data: bytes) -> bytes:
    """`multiprocessing.Connection.send_bytes` framing (what `recv_bytes` reads)."""
    if len(data) > 0x7FFFFFFF:
        return struct.pack("!i", -1) + struct.pack("!Q", len(data)) + data
    return struct.pack("!i", len(data)) + data


class _Channel(asyncio.Protocol):
    """The crawl's end of a worker's socket: frames in, each answer to the oldest waiting page."""

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        while len(buffer) >= 4:
            (size,) = struct.unpack_from("!i", buffer)
            start = 4
            if size == -1:
                if len(buffer) < 12:
                    return
                (size,) = struct.unpack_from("!Q", buffer, 4)
                start = 12
            if len(buffer) < start + size:
                return
            frame = bytes(buffer[start:start + size])
            del buffer[:start + size]
            self.worker.frame(frame)

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.ended()


class _Worker:
    """One worker process and the crawl's end of its socket."""

    def __init__(self, source: Source) -> None:
        context = multiprocessing.get_context("spawn")  # a fork of a running reactor is unsafe
        ours, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(theirs, source, os.getpid()),
                                       name="baochi-parse", daemon=True)
        self.process.start()
        theirs.close()
        self.sock = socket.socket(fileno=os.dup(ours.fileno()))
        ours.close()
        self.pending: deque[asyncio.Future[ParsedPage]] = deque()
        self.ready = False
        self.alive = True
        self.transport: asyncio.BaseTransport | None = None
        self.connected = asyncio.get_running_loop().create_task(self._connect())

    async def _connect(self) -> None:
        self.sock.setblocking(False)
        try:
            self.transport, _ = await asyncio.get_running_loop().create_unix_connection(
                lambda: _Channel(self), sock=self.sock)
        except OSError:
            self.ended()

    def frame(self, data: bytes) -> None:
        if not self.ready:
            self.ready = data == _READY
            return
        if not self.pending:
            return
        future = self.pending.popleft()
        try:
            ok, value = pickle.loads(data)
        except Exception as exc:  # a result that does not unpickle fails its page only
            ok, value = False, RuntimeError(f"parse worker answer unreadable: {exc}")
        if future.done():  # cancelled (the crawl is closing)
            return
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

    def ended(self) -> None:
        self.alive = self.ready = False
        while self.pending:
            future = self.pending.popleft()
            if not future.done():
                future.set_exception(WorkerDied("the parse worker ended while it held this page"))
        if self.transport is not None:
            self.transport.close()

    async def read(self, body: bytes, content_type: str, url: str, keep_raw: bool,
                   stamp: dict[str, Any] | None) -> ParsedPage:
        transport = self.transport
        assert isinstance(transport, asyncio.WriteTransport)
        future: asyncio.Future[ParsedPage] = asyncio.get_running_loop().create_future()
        self.pending.append(future)
        transport.write(_frame(pickle.dumps((body, content_type, url, keep_raw, stamp),
                                            protocol=pickle.HIGHEST_PROTOCOL)))
        return await future

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # end of input now: the worker returns
        if self.transport is not None:
            self.transport.close()
        else:
            self.sock.close()
        self.connected.cancel()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)


class PageParser:
    """`await parser.read(body, content_type, url)` → ParsedPage, in `workers` processes (0: here)."""

    def __init__(self, source: Source, workers: int, keep_raw: bool = True) -> None:
        self.source = source
        self.workers = max(0, workers)
        self.keep_raw = keep_raw
        self._workers: list[_Worker] = []
        self._started = 0

    def _start(self) -> None:
        self._workers = [w for w in self._workers if w.alive]
        if self._started >= self.workers + MAX_RESTARTS:  # workers keep dying: parse here
            self.workers = 0
            return
        while len(self._workers) < self.workers:
            self._workers.append(_Worker(self.source))
            self._started += 1

    def warm_up(self) -> None:
        """Start the workers now (while robots.txt and listings download), not at the first
        article. Call from the running event loop."""
        if self.workers:
            self._start()

    async def ready(self) -> None:
        """Wait until every worker has started (for tests: pages then go to a worker)."""
        self.warm_up()
        while self.workers and not all(w.ready for w in self._workers):
            if not all(w.alive for w in self._workers):
                raise WorkerDied("a parse worker ended while starting")
            await asyncio.sleep(0.01)

    async def read(self, body: bytes, content_type: str, url: str,
                   stamp: dict[str, Any] | None = None) -> ParsedPage:
        """The parsed page; with `stamp` (StagedArticle.from_parsed's keywords) its record too."""
        if self.workers and (len(self._workers) < self.workers or not all(w.alive for w in self._workers)):
            self._start()
        ready = [w for w in self._workers if w.ready]
        if not ready:  # none yet (starting): here, rather than wait
            return read_page(body, content_type, url, self.source, self.keep_raw, stamp)
        worker = min(ready, key=lambda w: len(w.pending))
        return await worker.read(body, content_type, url, self.keep_raw, stamp)

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.close()
        self._workers = []
