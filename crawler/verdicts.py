"""The two exceptions that carry an article's outcome through Scrapy's own machinery.

They subclass Scrapy's `DropItem` and `IgnoreRequest`, so they live apart from
`baochi.crawler.contract`: the parse worker (crawler/parsing.py) builds records with the
contract in a fresh interpreter, and importing Scrapy there (about 0.2 s of the worker's start,
measured with `python -X importtime`) delayed the moment it could take pages from the crawl.
"""

from __future__ import annotations

from baochi.crawler.contract import Outcome
from scrapy.exceptions import DropItem, IgnoreRequest


class Drop(DropItem):
    """An item pipeline's verdict on an article: not staged, with its outcome and reason."""

    def __init__(self, outcome: Outcome, reason: str = "") -> None:
        super().__init__(f"{outcome.value}: {reason}" if reason else outcome.value, log_level="DEBUG")
        self.outcome = outcome
        self.reason = reason or outcome.value


class OffsiteRedirect(IgnoreRequest):
    """A redirect (HTTP 30x or meta refresh) to a host outside the source: not followed."""
