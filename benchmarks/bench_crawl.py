"""Crawl: our spider (discovery, dedupe, extraction, decoding, staging) versus a bare Scrapy
spider that follows the same kinds of links and yields only each response's length, both on the
local sample site with throttling off, same run. Target: ours ≥ 0.8 of the bare rate (issue 15).

Each crawl runs in its own subprocess (Twisted's reactor cannot restart); pages per second come
from each crawl's own Scrapy stats (responses received / elapsed), so interpreter start-up is
not counted on either side. The two crawls alternate, `REPEATS` times each, and the best rate of
each side is kept (a shared machine only ever slows a run down). Best-of on each side favours
whichever side met a quiet moment, so a third row gives the median of the paired ratios (each
of our crawls against the bare crawl just before it), the steadier figure on a loaded machine.

A second row gives the CPU time the crawl's process spends per page between the spider's
opening and its closing (`WindowCPU`, an extension both crawls get: start-up and shut-down are
not in it, as they are not in the rate; our parse worker process is not in it, its time is
parallel): on a loaded machine this is the steadier measure of the per-page work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python benchmarks/bench_crawl.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Row, main_for, row

DEFAULT_SIZE = 600
WINDOW_EXTENSION = "benchmarks.bench_crawl.WindowCPU"


class WindowCPU:
    """Process CPU from spider_opened to spider_closed, kept in the crawl's stats."""

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.stats = crawler.stats
        self.started = 0.0
        crawler.signals.connect(self.opened, signals.spider_opened)
        crawler.signals.connect(self.closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WindowCPU:
        return cls(crawler)

    def opened(self, spider: Any) -> None:
        import time

        self.started = time.process_time()

    def closed(self, spider: Any, reason: str) -> None:
        import time

        self.stats.set_value("bench/window_cpu", time.process_time() - self.started)


def _with_window(extensions: dict) -> dict:
    return {**extensions, WINDOW_EXTENSION: 0}


REPEATS = 5
REPO = Path(__file__).resolve().parents[1]


def _child_ours(base_url: str, data: str) -> dict:
    import baochi.crawler.frontier  # noqa: F401  (imports outside the timing, as for the bare spider)
    import baochi.crawler.spiders.provincial  # noqa: F401
    from baochi.crawler.run import crawl, crawl_settings

    extensions = _with_window(crawl_settings(Path(data), throttle=False).getdict("EXTENSIONS"))
    result = crawl("baothanhhoa", Path(data), base_url=base_url, throttle=False,
                   settings={"EXTENSIONS": extensions})
    stats = result.stats
    return {"responses": stats.get("response_received_count", 0),
            "elapsed": stats.get("elapsed_time_seconds", 0.0), "staged": result.staged,
            "cpu": stats.get("bench/window_cpu", 0.0)}


def _child_baseline(base_url: str, data: str) -> dict:
    import scrapy
    from baochi.crawler.run import crawl_settings
    from baochi.crawler.sources import get_source
    from scrapy.crawler import CrawlerProcess

    source = get_source("baothanhhoa")
    patterns = source.article_patterns
    disc = source.discovery

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for path in ["/", *disc.listing_urls(), *disc.feed_urls()]:
                yield scrapy.Request(base_url + path, callback=self.parse_listing)

        def parse_listing(self, response):
            yield {"length": len(response.body)}
            if not hasattr(response, "css"):
                return
            for href in response.css("a::attr(href)").getall() + response.xpath("//item/link/text()").getall():
                url = response.urljoin(href)
                path = url[len(base_url):] if url.startswith(base_url) else ""
                if any(p.match(path) for p in patterns) and not source.denied(path):
                    yield scrapy.Request(url, callback=self.parse_article)
            for href in response.css("a[rel=next]::attr(href)").getall():
                yield scrapy.Request(response.urljoin(href), callback=self.parse_listing)

        def parse_article(self, response):
            yield {"length": len(response.body)}

    settings = crawl_settings(Path(data), throttle=False, render=False)
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("EXTENSIONS", _with_window(settings.getdict("EXTENSIONS")), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    return {"responses": stats.get("response_received_count", 0),
            "elapsed": stats.get("elapsed_time_seconds", 0.0), "cpu": stats.get("bench/window_cpu", 0.0)}


def _run_child(kind: str, base_url: str, data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, base_url, str(data)],
        capture_output=True, text=True, cwd=REPO, timeout=1800,
        env={**os.environ, "BAOCHI_SCRAPY_LOG_LEVEL": "WARNING"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} crawl failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(size: int | None = None) -> list[Row]:
    from baochi.crawler.sample_site import generate_site, serve

    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate_site(root / "sample", n_articles=n)
        runs: dict[str, list[dict]] = {"baseline": [], "ours": []}
        with serve(root / "sample" / "site") as site:
            for attempt in range(REPEATS):
                for kind in ("baseline", "ours"):
                    runs[kind].append(_run_child(kind, site.base_url, root / f"{kind}{attempt}"))

    def rate(r: dict) -> float:
        return r["responses"] / max(r["elapsed"], 1e-9)

    def cpu_ms(r: dict) -> float:
        return 1000 * r["cpu"] / max(r["responses"], 1)

    ours, baseline = max(runs["ours"], key=rate), max(runs["baseline"], key=rate)
    pairs = sorted(rate(o) / rate(b) for o, b in zip(runs["ours"], runs["baseline"], strict=True))
    paired = pairs[len(pairs) // 2]
    ours_cpu, base_cpu = min(cpu_ms(r) for r in runs["ours"]), min(cpu_ms(r) for r in runs["baseline"])
    return [
        row(f"crawl: sample site, {n:,} articles ({ours['staged']:,} staged), throttle off",
            rate(ours), rate(baseline), "pages/s", "≥ 0.8"),
        row("crawl: crawl-process CPU per page, spider open to close (lower is better)", ours_cpu, base_cpu, "ms/page",
            "≥ 0.8", ratio=base_cpu / max(ours_cpu, 1e-9)),
        row(f"crawl: median of {len(pairs)} paired ratios (ours / the bare crawl just before)",
            rate(sorted(runs["ours"], key=rate)[len(pairs) // 2]),
            rate(sorted(runs["baseline"], key=rate)[len(pairs) // 2]), "pages/s", "≥ 0.8", ratio=paired),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        kind, base, data_dir = sys.argv[2:]
        result = (_child_ours if kind == "ours" else _child_baseline)(base, data_dir)
        print(json.dumps(result))
    else:
        main_for(run, __doc__ or "")
