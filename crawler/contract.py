"""The crawl contract: what a crawl stages, how each article ends, and what the crawl reports.

- `StagedArticle` is the one declared record type of a staged article; `WAREHOUSE_FIELDS` are
  its staged fields, every one of which `baochi.pipeline.warehouse.load` keeps (the last five
  since warehouse migration 004).
- `Outcome` is the one enum of how an article the crawl found ends. Every article request
  the spider schedules ends in exactly one of `FETCH_OUTCOMES`:
  `articles_scheduled == sum(articles_<outcome> for outcome in FETCH_OUTCOMES)`.
- `CrawlReport` is what a crawl returns; `counts_from_stats` names its counters, once, for
  `baochi crawl`, `baochi nightly`, the `runs` table and the report. The crawl worker hands
  it to its parent as a result file written atomically (`write`/`read`).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

# The registered papers' ids are 5–8 digits; a WordPress site's id is its post's slug, which
# WordPress cuts at 200 characters. The id names the raw page's file, so it stays under 255.
MAX_ID_LENGTH = 200


def safe_file_name(article_id: str) -> bool:
    """Whether an id can name a file in its source's folder as it is: no separator, not `.` or
    `..` or a hidden name."""
    return "/" not in article_id and "\\" not in article_id and not article_id.startswith(".")


class Outcome(StrEnum):
    """How one article found by discovery ends. Counter: `articles_<value>`."""

    # not fetched
    KNOWN = "known_skipped"  # already in the warehouse or staged (see --refetch)
    OUT_OF_RANGE_UNFETCHED = "out_of_range_unfetched"  # listing/feed/sitemap date outside --since/--until
    # fetched (scheduled): exactly one of these each
    STAGED = "staged"
    DUPLICATE = "duplicate"  # the same article through another URL, redirect or canonical link
    OUT_OF_RANGE = "out_of_range"  # the page's own date outside --since/--until
    GONE = "gone"  # 404 / 410
    ROBOTS_FORBIDDEN = "robots_forbidden"
    OFFSITE_REDIRECT = "offsite_redirect"  # HTTP 30x or meta refresh to a host outside the source
    TOO_LARGE = "too_large"  # over DOWNLOAD_MAXSIZE, on the wire or once decompressed
    HTTP_ERROR = "http_error"  # any other non-2xx after retries
    FAILED = "failed"  # timeouts, redirect loops, truncated bodies, invalid records, exceptions

    @property
    def counter(self) -> str:
        return f"articles_{self.value}"


FETCH_OUTCOMES = (
    Outcome.STAGED, Outcome.DUPLICATE, Outcome.OUT_OF_RANGE, Outcome.GONE, Outcome.ROBOTS_FORBIDDEN,
    Outcome.OFFSITE_REDIRECT, Outcome.TOO_LARGE, Outcome.HTTP_ERROR, Outcome.FAILED,
)
# Outcomes that make a crawl "finished with failures" (exit 1); each has `failed_<reason>` counts.
FAILURES = (Outcome.TOO_LARGE, Outcome.HTTP_ERROR, Outcome.FAILED)

STAT_PREFIX = "baochi/"


def record_outcome(stats: Any, outcome: Outcome, reason: str | None = None) -> None:
    """Count one article's outcome in the crawl's Scrapy stats (the only place that does)."""
    stats.inc_value(STAT_PREFIX + outcome.counter)
    if outcome in FAILURES:
        stats.inc_value(f"{STAT_PREFIX}failed/{reason or outcome.value}")


class InvalidRecord(ValueError):
    """A record that breaks the contract (bad id, text that is not valid Unicode, …)."""


@dataclass(slots=True)
class StagedArticle:
    """One staged article, one JSON line in `<data>/staging/<run_id>-<seq>.jsonl.gz`."""

    # -- kept by the warehouse (load.py STAGING_COLUMNS) --
    source_id: str
    source_article_id: str
    url: str
    canonical_url: str | None
    title: str | None
    lead: str | None
    body: str | None
    author: str | None
    category: str | None
    category_slug: str | None
    published_at: str | None  # ISO 8601 with offset
    body_status: str  # ok | encoded | missing | failed
    extraction: dict[str, str]  # field → layer that produced it
    content_hash: str | None
    fetched_at: str  # ISO 8601 UTC
    run_id: str
    # -- loaded since warehouse migration 004 --
    published_precision: str | None = None  # second | minute | day
    captions: list[str] = field(default_factory=list)
    body_reason: str | None = None  # why a body is not ok (cipher, hex_tokens, teasers, …)
    charset: str | None = None
    http_status: int | None = None
    # -- carried to the pipelines, never staged --
    requested_id: str | None = field(default=None, repr=False, compare=False, metadata={"staged": False})
    raw_gz: bytes | None = field(default=None, repr=False, compare=False, metadata={"staged": False})
    raw_part: str | None = field(default=None, repr=False, compare=False, metadata={"staged": False})
    body_verdict: Any = field(default=None, repr=False, compare=False, metadata={"staged": False})
    # the staged JSON line (with its newline) as one gzip member, built beside the parse
    # (crawler/parsing.py) where the record was checked, so the crawl's thread only appends it to
    # the staging file (a file of gzip members is one gzip file to every reader); assigning any
    # staged field clears it, so a record changed later (a rendered body, a rejected one) is
    # checked and serialised again when it is staged
    staged_gz: bytes | None = field(default=None, repr=False, compare=False, metadata={"staged": False})

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _STAGED_NAMES:
            object.__setattr__(self, "staged_gz", None)
        object.__setattr__(self, name, value)

    def __setstate__(self, state: Any) -> None:
        """Unpickled (every record the parse worker sends back) field by field as it was
        pickled, `staged_gz` included, without `__setattr__`'s clearing: a checked record stays
        checked across the worker's socket, at less cost in the crawl's thread."""
        _, slots = state if isinstance(state, tuple) else (None, state)
        for name, value in slots.items():
            object.__setattr__(self, name, value)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> StagedArticle:
        """The record the extractors built, checked against the contract (InvalidRecord)."""
        names = _FIELD_NAMES
        article = cls(**{k: v for k, v in record.items() if k in names})
        article.check()
        return article

    @classmethod
    def from_parsed(cls, parsed: Any, *, requested_id: str, run_id: str, http_status: int | None,
                    charset: str | None, fetched_at: str) -> StagedArticle:
        """The record of a parsed page (extract.article.ParsedArticle) fetched by this crawl:
        the id the request was scheduled with when the page names none (built in the parse
        worker, crawler/parsing.py, or in the spider for a rendered page)."""
        # shallow: dataclasses.asdict() deep-copies every list and dict (profiled)
        record = {name: getattr(parsed, name) for name in _FIELD_NAMES if hasattr(parsed, name)}
        if not record.get("source_article_id"):
            record["source_article_id"] = requested_id
        record.update(run_id=run_id, http_status=http_status, charset=charset, requested_id=requested_id,
                      fetched_at=fetched_at)
        return cls.from_record(record)

    def check(self) -> None:
        article_id = self.source_article_id
        if not isinstance(article_id, str) or not article_id:
            raise InvalidRecord("no article id")
        if not article_id.isascii() or len(article_id) > MAX_ID_LENGTH or not article_id.isprintable():
            raise InvalidRecord("id_not_ascii" if not article_id.isascii() else "id_too_long")
        if not safe_file_name(article_id):
            raise InvalidRecord("id_not_a_file_name")
        if self.body_status not in BODY_STATUSES:
            raise InvalidRecord(f"body_status {self.body_status!r}")
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None and not _valid_unicode(value):
                raise InvalidRecord(f"invalid_text_{name}")
        if any(not _valid_unicode(c) for c in self.captions) or any(
                not _valid_unicode(str(v)) for v in self.extraction.values()):
            raise InvalidRecord("invalid_text")
        if self.published_at is not None:
            try:
                datetime.fromisoformat(self.published_at)
            except ValueError:
                raise InvalidRecord("published_at not ISO 8601") from None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in STAGED_FIELDS}

    def staged_member(self, level: int = 6) -> bytes:
        """The staged line and its newline as one gzip member (a lone surrogate fails here)."""
        return gzip.compress((self.to_json() + "\n").encode("utf-8"), compresslevel=level, mtime=0)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


BODY_STATUSES = frozenset({"ok", "encoded", "missing", "failed"})
_FIELD_NAMES = frozenset(f.name for f in fields(StagedArticle))
_TEXT_FIELDS = ("source_id", "url", "canonical_url", "title", "lead", "body", "author", "category",
                "category_slug", "content_hash", "run_id")
STAGED_FIELDS = tuple(f.name for f in fields(StagedArticle) if f.metadata.get("staged", True))
_STAGED_NAMES = frozenset(STAGED_FIELDS)
WAREHOUSE_FIELDS = STAGED_FIELDS


def _valid_unicode(text: str) -> bool:
    """No lone surrogates (they cannot be written as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- what a crawl reports --------------------------------------------------------------------

def counts_from_stats(stats: dict[str, Any]) -> dict[str, int]:
    """The crawl's counters, named once for every place that shows them."""

    def stat(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    out = {o.counter: stat(STAT_PREFIX + o.counter) for o in Outcome}
    out["articles_scheduled"] = stat("baochi/articles_scheduled")
    for key, value in stats.items():
        if key.startswith("baochi/failed/"):
            out["failed_" + key.removeprefix("baochi/failed/")] = int(value)
        elif key.startswith("baochi/body_status/"):
            out["body_" + key.rsplit("/", 1)[1]] = int(value)
    for status in sorted(BODY_STATUSES):
        out.setdefault("body_" + status, 0)
    out["failures"] = sum(out[o.counter] for o in FAILURES)
    # the operator's summary names (also used by `nightly` and `runs`)
    out["discovered"] = (out["articles_scheduled"] + out[Outcome.KNOWN.counter]
                         + out[Outcome.OUT_OF_RANGE_UNFETCHED.counter])
    out["fetched"] = out[Outcome.STAGED.counter]  # articles staged (new or changed)
    out["encoded"] = out["body_encoded"]
    out["gone"] = out[Outcome.GONE.counter]
    out.update(
        article_pages_fetched=stat("baochi/article_pages_fetched"),
        published_missing=stat("baochi/published_missing"),
        listing_failed=stat("baochi/listing_failed"),
        listing_walks_stopped=stat("baochi/listing_walks_stopped"),
        render_requests=stat("baochi/render_requests"),
        render_ok=stat("baochi/render_ok"),
        render_failed=stat("baochi/render_failed"),
        render_blocked_requests=stat("playwright/request_count/aborted"),
        requests=stat("downloader/request_count"),
        retries=stat("retry/count"),
        robots_forbidden=stat("robotstxt/forbidden"),  # every request, listings included
        robots_unreachable=stat("baochi/robots_unreachable"),
        article_urls_too_long=stat("baochi/article_urls_too_long"),  # links over URLLENGTH_LIMIT: not scheduled  # hosts whose robots.txt failed: nothing fetched
        robots_forbidden_after_fetch=stat("baochi/robots_forbidden_after_fetch"),
        offsite_refused=stat("baochi/offsite_refused"),  # every request, listings included
    )
    return out


def unaccounted(counts: dict[str, int]) -> int:
    """Scheduled articles with no outcome (0 when the counts add up)."""
    return counts["articles_scheduled"] - sum(counts[o.counter] for o in FETCH_OUTCOMES)


@dataclass
class CrawlReport:
    """What one crawl did: the crawl worker's result file and `baochi crawl`'s output."""

    run_id: str
    source_id: str
    started_at: str
    finish_reason: str
    counts: dict[str, int]
    staging_files: list[str]

    def write(self, path: Path) -> None:
        """Atomically: the parent reads a complete report or none."""
        part = path.with_name(path.name + ".part")
        part.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), "utf-8")
        with open(part, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(part, path)

    @classmethod
    def read(cls, path: Path) -> CrawlReport:
        data = json.loads(path.read_text("utf-8"))
        return cls(**{f.name: data[f.name] for f in fields(cls)})
