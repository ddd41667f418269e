"""A parse worker process and the channel the crawl's event loop talks to it through.

The crawl hands each article page to a worker process and awaits its result. The standard
`ProcessPoolExecutor` does the hand-off with two helper threads in the crawl's process (a
manager and a queue feeder), and every page wakes both: they take the interpreter's lock from
the reactor's thread at each of its system calls (connect, send, the wake-up pipe), so the
reactor waited on them for about as long as the parse itself saved it. Here there are no
helper threads: requests and results are length-prefixed pickles on a socket pair, written and
read by the reactor's own asyncio loop (crawl settings use the asyncio reactor), and the worker
is a plain loop reading one page, parsing it and writing the result back.

Frames: a header (payload length, page number, ok flag; `struct` ">IIB"), then a pickle. To
the worker: the page's arguments; from it: the result, or the exception raised for that page
(ok = 0), and once at start an empty frame numbered `READY`. The number is outside the pickle,
so a result that cannot be read back still fails its own page, and only that one. A worker ends when its socket closes (the crawl closed or died;
`PR_SET_PDEATHSIG` covers kill -9 of the crawl).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import socket
import struct
from collections.abc import Callable
from typing import Any

READY = 0
_HEADER = struct.Struct(">IIB")
_PR_SET_PDEATHSIG = 1


def frame(seq: int, value: Any, ok: bool = True) -> bytes:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload), seq, ok) + payload


def _die_with_parent(parent_pid: int) -> None:
    """Die with the crawl (kill -9 included), never linger."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the worker ends when its socket closes
        pass
    if os.getppid() != parent_pid:  # the crawl died before prctl took effect
        os._exit(1)


def _result_frame(seq: int, handler: Callable[..., Any], args: tuple) -> bytes:
    try:
        return frame(seq, handler(*args))
    except Exception as exc:  # noqa: BLE001 (raised again in that page's callback, counted `failed`)
        try:
            return frame(seq, exc, ok=False)
        except Exception:  # noqa: BLE001 (an exception that cannot be pickled: its text travels)
            return frame(seq, RuntimeError(f"{type(exc).__name__}: {exc}"), ok=False)


def worker_main(sock: socket.socket, setup: Callable[..., Callable[..., Any]], setup_args: tuple,
                parent_pid: int) -> None:
    """The worker's loop: `setup(*setup_args)` returns the page handler, then one page at a time."""
    _die_with_parent(parent_pid)
    handler = setup(*setup_args)
    sock.setblocking(True)
    sock.sendall(frame(READY, None))
    reader = sock.makefile("rb")
    while True:
        header = reader.read(_HEADER.size)
        if len(header) < _HEADER.size:  # the crawl closed the channel
            return
        length, seq, _ = _HEADER.unpack(header)
        sock.sendall(_result_frame(seq, handler, pickle.loads(reader.read(length))))


class WorkerDied(RuntimeError):
    """The parse worker ended (killed, out of memory) while it held this page."""


class Channel(asyncio.Protocol):
    """One worker process and its socket; `send(args)` → an awaitable of that page's result."""

    def __init__(self, setup: Callable[..., Callable[..., Any]], setup_args: tuple) -> None:
        mine, theirs = socket.socketpair()
        # spawn: a fork of a process running a reactor and threads is not safe
        self.process = multiprocessing.get_context("spawn").Process(
            target=worker_main, args=(theirs, setup, setup_args, os.getpid()), daemon=True,
            name="baochi-parse-worker")
        self.process.start()
        theirs.close()
        self._sock: socket.socket | None = mine
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._seq = 0
        self.pending: dict[int, tuple[tuple, asyncio.Future[Any]]] = {}
        self.ready = False
        self.dead = False

    async def attach(self) -> None:
        """Read and write through the running event loop (once; the worker may still be starting)."""
        if self._sock is not None:
            sock, self._sock = self._sock, None
            await asyncio.get_running_loop().create_connection(lambda: self, sock=sock)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        start, size = 0, _HEADER.size
        while len(buffer) - start >= size:
            length, seq, ok = _HEADER.unpack_from(buffer, start)
            end = start + size + length
            if len(buffer) < end:
                break
            self._deliver(seq, bool(ok), bytes(buffer[start + size:end]))
            start = end
        del buffer[:start]

    def _deliver(self, seq: int, ok: bool, payload: bytes) -> None:
        if seq == READY:
            self.ready = True
            return
        entry = self.pending.pop(seq, None)
        if entry is None or entry[1].done():
            return
        try:
            value = pickle.loads(payload)
        except Exception as exc:  # noqa: BLE001 (a result that cannot be read back fails its page alone)
            ok, value = False, exc
        if ok:
            entry[1].set_result(value)
        else:
            entry[1].set_exception(value)

    def connection_lost(self, exc: Exception | None) -> None:
        self.dead = True
        pending, self.pending = self.pending, {}
        for _, waiter in pending.values():
            if not waiter.done():
                died = WorkerDied("the parse worker ended while it held this page")
                died.__cause__ = exc
                waiter.set_exception(died)

    def send(self, args: tuple) -> asyncio.Future[Any]:
        assert self._transport is not None, "attach() first"
        self._seq += 1
        waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[self._seq] = (args, waiter)
        self._transport.write(frame(self._seq, args))
        return waiter

    def close(self, timeout: float = 10.0) -> list[tuple[tuple, asyncio.Future[Any]]]:
        """End the worker; the pages it still held (their args and waiters) are returned."""
        pending, self.pending = list(self.pending.values()), {}
        if self._transport is not None:  # shut down now: the loop may not run again to close it
            with contextlib.suppress(OSError):
                self._transport.get_extra_info("socket").shutdown(socket.SHUT_RDWR)
            self._transport.abort()
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout)
        self.dead = True
        return pending
