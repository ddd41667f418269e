"""One source's crawl in its own process, for `baochi nightly`.

Scrapy's Twisted reactor starts once per process, so the nightly job runs each source's crawl
as `python -m baochi.pipeline.jobs.crawl_worker SOURCE --db DB …` and reads one JSON line from its stdout:
run id, start time, counts and staging files. The worker dies with the nightly process
(see `baochi.pipeline.jobs.parent_death`), so a killed nightly leaves no crawl writing behind it.

Counts add to the crawl's own the articles whose page made the spider's callback raise
(Scrapy logs and swallows those exceptions; they are counted here as `failed_exception_<Error>`),
so every scheduled article is accounted for: staged, known, failed by reason or ignored.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from baochi.pipeline.paths import resolve_paths


def crawl_counts(counts: dict[str, int], stats: dict[str, Any]) -> dict[str, int]:
    """The crawl's counts plus callback exceptions and the operator names (discovered, …)."""
    out = dict(counts)
    for key, value in stats.items():
        if key.startswith("spider_exceptions/") and key != "spider_exceptions/count":
            reason = "exception_" + key.split("/", 1)[1]
            out[f"failed_{reason}"] = out.get(f"failed_{reason}", 0) + int(value)
            out["articles_failed"] = out.get("articles_failed", 0) + int(value)
    out["discovered"] = out.get("articles_scheduled", 0) + out.get("articles_known_skipped", 0)
    out["fetched"] = out.get("articles_staged", 0)
    out["encoded"] = out.get("body_encoded", 0)
    out["gone"] = out.get("articles_gone", 0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m baochi.pipeline.jobs.crawl_worker")
    parser.add_argument("source")
    parser.add_argument("--db", required=True)
    parser.add_argument("--base-url")
    parser.add_argument("--no-throttle", action="store_true")
    parser.add_argument("--refetch", action="store_true")
    parser.add_argument("--refetch-days", type=int, default=0)
    parser.add_argument("--max-articles", type=int)
    parser.add_argument("--parent-pid", type=int)
    args = parser.parse_args(argv)

    from baochi.pipeline.jobs.parent_death import die_with_parent

    die_with_parent(args.parent_pid)

    import baochi.crawler.run as crawler_run
    from baochi.pipeline.jobs.stages import run_crawl

    captured: list[Any] = []
    original = crawler_run.crawl

    def crawl_keeping_stats(*a: Any, **kw: Any) -> Any:
        batch = os.environ.get("BAOCHI_STAGING_BATCH")
        if batch:  # smaller staging files, for tests that kill a crawl between batches
            kw["settings"] = {"BAOCHI_STAGING_BATCH": int(batch), **(kw.get("settings") or {})}
        result = original(*a, **kw)
        captured.append(result)
        return result

    crawler_run.crawl = crawl_keeping_stats
    summary = run_crawl(
        resolve_paths(args.db), args.source, base_url=args.base_url,
        throttle=not args.no_throttle, refetch=args.refetch, refetch_days=args.refetch_days,
        max_articles=args.max_articles,
    )
    stats = captured[0].stats if captured else {}
    line = {
        "run_id": summary.run_id,
        "source_id": summary.source_id,
        "started_at": summary.started_at.isoformat(),
        "counts": crawl_counts(summary.counts, stats),
        "staging_files": [str(p) for p in summary.staging_files],
    }
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
