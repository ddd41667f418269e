"""The garbage collector's settings while a crawl runs.

A crawl allocates many short-lived container objects a page (requests, headers, deferreds,
futures, the record read back from a parse worker), so CPython's cycle collector runs often,
and each of its oldest-generation passes walks every object the process holds: the modules,
the catalogue, the registry, all loaded before the first request. Measured on the sample site
(benchmarks/README, crawl round 6), collection took 0.3–0.5 ms a page of the crawl's thread
against 0.1–0.25 ms for a bare Scrapy spider: most of the gap between the two.

While the crawl runs, `tuned` moves what exists at its start into the permanent generation
(`gc.freeze`: never walked again; nothing is freed that would have been, since those objects
live for the whole crawl anyway) and collects the youngest generation every `GEN0_THRESHOLD`
allocations instead of CPython's 700, so most short-lived objects are freed by reference
counting before a pass looks at them. Both are undone when the crawl ends, so a process that
crawls and then does other work (tests, the nightly job) gets the interpreter's defaults back.

`BAOCHI_GC_TUNING` (setting or environment): `on` (the default) or `off`.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SETTING = "BAOCHI_GC_TUNING"
MODES = ("on", "off")
GEN0_THRESHOLD = 20_000


def mode(settings: Any) -> str:
    """`on` or `off`, from the crawl's settings, else the environment (ValueError otherwise)."""
    value = str(settings.get(SETTING) or os.environ.get(SETTING) or "on").strip().lower()
    if value not in MODES:
        raise ValueError(f"{SETTING} must be one of {', '.join(MODES)}, not {value!r}")
    return value


@contextmanager
def tuned(settings: Any) -> Iterator[bool]:
    """Freeze what exists now and collect the youngest generation less often while the block
    runs; yields whether it did. Thresholds and the frozen objects are restored after."""
    if mode(settings) == "off":
        yield False
        return
    before = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0  # somebody else's frozen objects are left as they are
    if freeze:
        gc.collect()  # what the crawl's set-up left as garbage is freed now, not frozen
        gc.freeze()
    gc.set_threshold(max(before[0], GEN0_THRESHOLD), *before[1:])
    try:
        yield True
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.unfreeze()
