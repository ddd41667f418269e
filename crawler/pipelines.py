"""The spider's filters as Scrapy item pipelines, in order (see settings.ITEM_PIPELINES).

Each takes a `StagedArticle` the spider built and either passes it on or drops it with its
outcome (`verdicts.Drop`). `OutcomeCounter` counts every drop and every pipeline exception
through Scrapy's `item_dropped` / `item_error` signals, so no article vanishes: an exception in
any pipeline ends the article as `failed` with reason `exception_<Error>`; the raw page the parse
worker wrote for such an article is removed (only staged articles keep theirs).

1. `AcceptPipeline` (100): robots.txt checked again on the final URL, an off-site final URL,
   the same article through another URL (`duplicate`), a page date outside `--since/--until`.
2. `BodyQualityPipeline` (200): a body that is not Vietnamese prose is never `ok`
   (`baochi.crawler.bodycheck`); captions are moved out of body paragraphs.
3. `baochi.crawler.staging.StagingPipeline` (300): checks the contract and writes the record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from baochi.crawler.bodycheck import BodyVerdict, assess_body
from baochi.crawler.contract import InvalidRecord, Outcome, StagedArticle, record_outcome
from baochi.crawler.extract.article import content_hash
from baochi.crawler.parsing import discard_raw_part
from baochi.crawler.verdicts import Drop
from scrapy import signals
from scrapy.crawler import Crawler
from twisted.python.failure import Failure


class OutcomeCounter:
    """Extension: counts the outcome of every dropped or broken item."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        crawler.signals.connect(self.dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.error, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutcomeCounter:
        return cls(crawler)

    def dropped(self, item: Any, response: Any, exception: BaseException, spider: Any = None) -> None:
        discard_raw_part(getattr(item, "raw_part", None))
        if isinstance(exception, Drop):
            record_outcome(self.stats, exception.outcome, exception.reason)
        else:  # somebody else's DropItem
            record_outcome(self.stats, Outcome.FAILED, "dropped")

    def error(self, item: Any, response: Any, failure: Failure, spider: Any = None) -> None:
        discard_raw_part(getattr(item, "raw_part", None))
        exc = failure.value
        reason = "invalid_record" if isinstance(exc, InvalidRecord) else f"exception_{type(exc).__name__}"
        record_outcome(self.stats, Outcome.FAILED, reason)


class _SpiderPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider


class AcceptPipeline(_SpiderPipeline):
    """Dedupe on (source, id) after redirects and canonical links; robots; --since/--until."""

    def process_item(self, item: StagedArticle) -> StagedArticle:
        spider = self.spider
        stats = self.crawler.stats
        if urlsplit(item.url).netloc not in spider.hosts:
            raise Drop(Outcome.OFFSITE_REDIRECT, item.url)
        if spider.robots_forbid(item.url):
            stats.inc_value("baochi/robots_forbidden_after_fetch")
            spider.logger.warning("robots.txt forbids %s: fetched but not staged", item.url)
            raise Drop(Outcome.ROBOTS_FORBIDDEN, "after fetch")
        article_id = item.source_article_id
        if article_id in spider.staged_ids or (
            article_id != (item.requested_id or article_id) and article_id in spider.known_ids and not spider.refetch
        ):
            raise Drop(Outcome.DUPLICATE, article_id)
        if item.published_at and (spider.since or spider.until):
            published = datetime.fromisoformat(item.published_at)
            if (spider.since and published < spider.since) or (spider.until and published > spider.until):
                raise Drop(Outcome.OUT_OF_RANGE, item.published_at)
        spider.staged_ids.add(article_id)
        return item


class BodyQualityPipeline(_SpiderPipeline):
    """Only Vietnamese prose is an `ok` body; other schemes decoded natively where possible."""

    def process_item(self, item: StagedArticle) -> StagedArticle:
        if item.body_status != "ok":
            return item
        verdict = item.body_verdict  # computed beside the parse (crawler/parsing.py) …
        item.body_verdict = None
        if not isinstance(verdict, BodyVerdict):  # … or here (a rendered page)
            verdict = assess_body(item.body, self.spider.source.decoder.alphabets)
        if verdict.captions:
            item.captions = [*item.captions, *(c for c in verdict.captions if c not in item.captions)]
        if verdict.status == "ok":
            if verdict.body != item.body:
                item.body = verdict.body
                item.content_hash = content_hash(item.title, item.lead, item.body)
            if verdict.decoder:
                item.extraction = {**item.extraction, "body": f"{verdict.decoder}+{item.extraction.get('body', '')}"}
                self.crawler.stats.inc_value(f"baochi/body_decoded/{verdict.decoder}")
            return item
        self.crawler.stats.inc_value(f"baochi/body_rejected/{verdict.reason}")
        item.body_status = verdict.status
        item.body_reason = verdict.reason
        item.body = None
        item.content_hash = content_hash(item.title, item.lead, None)
        return item
