"""One source's crawl in its own process, for `baochi nightly`.

Scrapy's Twisted reactor starts once per process, so the nightly job runs each source's crawl
as `python -m baochi.pipeline.jobs.crawl_worker SOURCE --db DB --result FILE …`. The worker hands
its `baochi.crawler.contract.CrawlReport` (run id, start time, counts, staging files) back in
FILE, written atomically: the parent reads a complete report or none, never scans output.
The worker dies with the nightly process (see `baochi.pipeline.jobs.parent_death`), so a killed
nightly leaves no crawl writing behind it.

Exit codes: 0 crawled (the counts say how it went), 3 another crawl of the source holds its job
directory, anything else: the crawl broke (stderr says why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from baochi.pipeline.errors import EXIT_CANNOT_RUN
from baochi.pipeline.paths import resolve_paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m baochi.pipeline.jobs.crawl_worker")
    parser.add_argument("source")
    parser.add_argument("--db", required=True)
    parser.add_argument("--result", required=True, help="where to write the crawl report (JSON)")
    parser.add_argument("--base-url")
    parser.add_argument("--no-throttle", action="store_true")
    parser.add_argument("--refetch", action="store_true")
    parser.add_argument("--refetch-days", type=int, default=0)
    parser.add_argument("--max-articles", type=int)
    parser.add_argument("--parent-pid", type=int)
    args = parser.parse_args(argv)

    from baochi.pipeline.jobs.parent_death import die_with_parent

    die_with_parent(args.parent_pid)

    from baochi.crawler.run import CrawlLocked, crawl
    from baochi.pipeline.jobs.stages import known_article_ids

    paths = resolve_paths(args.db)
    known = set() if args.refetch else known_article_ids(paths, args.source, args.refetch_days)
    try:
        result = crawl(
            args.source, paths.data_dir, base_url=args.base_url, throttle=not args.no_throttle,
            known_ids=known, max_articles=args.max_articles, refetch=args.refetch,
        )
    except CrawlLocked as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_CANNOT_RUN
    result.report().write(Path(args.result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
