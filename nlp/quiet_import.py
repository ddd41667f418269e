"""underthesea without its side effect on logging.

Importing underthesea runs ``logging.basicConfig(format="%(message)s")`` (its classification
module), which puts a handler on the root logger. In a process that also crawls (``baochi
run``, the nightly job, a notebook) Scrapy then sets the root level to NOTSET and that handler
prints every INFO and DEBUG line of every library on standard error, whatever the crawl's log
level. ``baochi.nlp`` takes that handler off again once its modules are imported; underthesea's
own warnings still reach standard error through Python's last-resort handler.
"""

from __future__ import annotations

import logging
import sys

_MODULE = "underthesea.pipeline.classification"


def drop_underthesea_log_handler() -> None:
    """Remove the root handler underthesea's import installed (a stream handler with its format)."""
    fmt = getattr(sys.modules.get(_MODULE), "FORMAT", None)
    if fmt is None:
        return
    for handler in list(logging.root.handlers):
        formatter = handler.formatter
        if type(handler) is logging.StreamHandler and formatter is not None and formatter._fmt == fmt:
            logging.root.removeHandler(handler)
