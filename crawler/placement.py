"""Which CPUs the crawl's thread and its parse workers run on.

The crawl's thread hands every article page to a parse worker through a socket and the worker
answers through it (crawler/parse_channel.py): a producer and a consumer that wake each other
hundreds of times a second. Linux tends to wake a task on the CPU of the task that woke it, so
the worker was often queued behind the crawl's thread on one CPU while the other ran the site's
server or nothing, and on a two-CPU machine the crawl reached 0.65 of a bare spider's rate with
CPU to spare (benchmarks/README, crawl round 5). Keeping the crawl's thread on one CPU and the
workers on the others removes that queueing.

`BAOCHI_CPU_PLACEMENT` (setting or environment): `auto` (the default) places them when the crawl
may use two CPUs or more, has parse workers and no shared frontier (several crawl processes on
one machine are better balanced by the kernel than by fixed places); `off` leaves it to the
kernel. The crawl's own CPU set is restored when the crawl ends, so a process that crawls and
then does other work (tests, the nightly job) gets all its CPUs back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTING = "BAOCHI_CPU_PLACEMENT"
MODES = ("auto", "off")
WORKER_CPUS_SETTING = "BAOCHI_PARSE_WORKER_CPUS"  # set by `placed` for parsing.parser_options


@dataclass(frozen=True)
class Placement:
    reactor: int  # the CPU the crawl's thread stays on
    workers: frozenset[int]  # the CPUs the parse workers may use


def plan(allowed: set[int], current: int | None) -> Placement | None:
    """The crawl's thread stays where it runs now (the kernel chose that CPU), the workers get
    every other allowed CPU; None with fewer than two CPUs."""
    if len(allowed) < 2:
        return None
    reactor = current if current in allowed else min(allowed)
    return Placement(reactor, frozenset(allowed - {reactor}))


def current_cpu(stat_file: Path = Path("/proc/thread-self/stat")) -> int | None:
    """The CPU this thread last ran on (field 39 of its stat line), None where unreadable."""
    try:
        text = stat_file.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    fields = text.rsplit(")", 1)[-1].split()  # after the command name, which may hold spaces
    try:
        return int(fields[36])  # field 39 counted from 1, the first two are before ")"
    except (IndexError, ValueError):
        return None


def mode(settings: Any) -> str:
    """`auto` or `off`, from the crawl's settings, else the environment (ValueError otherwise)."""
    value = (settings.get(SETTING) or os.environ.get(SETTING) or "auto").strip().lower()
    if value not in MODES:
        raise ValueError(f"{SETTING} must be one of {', '.join(MODES)}, not {value!r}")
    return value


def supported() -> bool:
    return hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity")


@contextmanager
def placed(settings: Any, *, workers: int, frontier: bool) -> Iterator[Placement | None]:
    """Keep this thread (the crawl's reactor) on one CPU while the block runs and tell the parse
    workers (through `WORKER_CPUS_SETTING`) the others; restore this thread's CPUs after."""
    if mode(settings) == "off" or workers <= 0 or frontier or not supported():
        yield None
        return
    before = os.sched_getaffinity(0)
    placement = plan(set(before), current_cpu())
    if placement is None:
        yield None
        return
    try:
        os.sched_setaffinity(0, {placement.reactor})
    except OSError:  # a container that forbids it: the kernel decides, as before
        yield None
        return
    settings.set(WORKER_CPUS_SETTING, sorted(placement.workers), priority="cmdline")
    try:
        yield placement
    finally:
        os.sched_setaffinity(0, before)


def place_worker(cpus: frozenset[int] | None) -> None:
    """In a parse worker: run on `cpus` (None: wherever the kernel puts it)."""
    if cpus and supported():
        with suppress(OSError):
            os.sched_setaffinity(0, cpus)
