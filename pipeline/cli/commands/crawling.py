"""Crawling commands: `crawl` and `parse-html` (`sources` lives in sources.py)."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from baochi.pipeline.cli.app import (
    EXIT_CANNOT_RUN,
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    QuietOption,
    console,
    fail,
    handles_errors,
    out,
    parse_day,
)
from baochi.pipeline.paths import resolve_paths


class RenderMode(StrEnum):
    auto = "auto"
    require = "require"
    off = "off"


def _saved_page(file: Path) -> bytes:
    """A saved page's bytes, unpacked when gzipped; a one-line usage error (exit 2) when it
    cannot be read, does not unpack within the crawl's page cap, or is no HTML page."""
    from baochi.crawler import settings as crawl_settings
    from baochi.crawler.decode import not_a_page
    from scrapy.utils.gz import gunzip

    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}", EXIT_USAGE) from None
    if raw[:2] == b"\x1f\x8b":
        try:  # capped as the crawl caps a page: a gzip bomb stops at the cap
            raw = gunzip(raw, max_size=crawl_settings.DOWNLOAD_MAXSIZE)
        except Exception as exc:  # OSError, EOFError, zlib.error or the size cap
            raise fail(f"cannot unpack {file}: {exc}", EXIT_USAGE) from None
    if (problem := not_a_page(raw, None)) is not None:
        raise fail(f"{file} is no HTML page ({problem})", EXIT_USAGE)
    return raw


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def crawl(
        source: Annotated[str, typer.Argument(help="Source id from the registry (see `baochi sources`).")],
        base_url: Annotated[str | None, typer.Option(help="Crawl this host instead of the registry's base URL (a mirror or test site).")] = None,
        refetch: Annotated[bool, typer.Option(help="Fetch articles already known too.")] = False,
        refetch_days: Annotated[int, typer.Option(min=0, help="Fetch again known articles published in the last N days (edits become new versions).")] = 0,
        max_articles: Annotated[int | None, typer.Option(help="Stop after scheduling this many articles.")] = None,
        since: Annotated[str | None, typer.Option(help="Only articles published on or after this day (YYYY-MM-DD); listings are walked back no further.")] = None,
        until: Annotated[str | None, typer.Option(help="Only articles published on or before this day (YYYY-MM-DD).")] = None,
        resume: Annotated[bool, typer.Option(help="Continue the run a clean stop (Ctrl-C) interrupted, from <data>/jobs/<source>/job.")] = False,
        render: Annotated[RenderMode, typer.Option(help="Chromium for self-decoding pages the decoder cannot read: auto (when installed), require (fail without it), off.")] = RenderMode.auto,
        chromium: Annotated[str | None, typer.Option(help="Chromium executable for render mode. Default: $BAOCHI_CHROMIUM or /usr/bin/chromium.")] = None,
        no_throttle: Annotated[bool, typer.Option("--no-throttle", help="No delays: only for your own local sites.")] = False,
        frontier: Annotated[str | None, typer.Option(envvar="BAOCHI_FRONTIER", help="Share one request queue and seen-set with other crawl workers through Redis: redis://HOST:PORT/DB (docs/scale.md).")] = None,
        db: DbOption = None,
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        """Crawl one paper into staging files; the warehouse gets only the crawl's `runs` row.

        Example: baochi crawl baothanhhoa --since 2025-01-01 --max-articles 200
        """
        from baochi.crawler.run import CrawlLocked, RenderUnavailable
        from baochi.crawler.sources import get_source
        from baochi.pipeline.jobs.stages import run_crawl

        get_source(source)
        since_day, until_day = parse_day(since, "--since"), parse_day(until, "--until")
        if since_day and until_day and since_day > until_day:
            raise typer.BadParameter("--since is after --until", param_hint="--since")
        paths = resolve_paths(db)
        if quiet:  # no progress line (crawler/progress.py)
            os.environ["BAOCHI_PROGRESS"] = "0"
        if frontier:  # read by baochi.crawler.frontier when the crawler starts
            from baochi.crawler.frontier import FrontierError, frontier_url

            os.environ["BAOCHI_FRONTIER"] = frontier
            try:
                frontier_url()
            except FrontierError as exc:
                raise typer.BadParameter(str(exc), param_hint="--frontier") from None
        try:
            summary = run_crawl(
                paths, source, base_url=base_url, throttle=not no_throttle, refetch=refetch,
                refetch_days=refetch_days,
                max_articles=max_articles, log_level="INFO" if debug else "WARNING",
                since=since_day, until=until_day, resume=resume, browser=chromium,
                render={"auto": None, "require": True, "off": False}[render.value],
            )
        except (RenderUnavailable, CrawlLocked) as exc:
            raise fail(str(exc), EXIT_CANNOT_RUN) from None
        from baochi.pipeline.jobs.health import record_standalone_crawl

        # Its `runs` row with extraction health, as the nightly's crawl stage writes it.
        record, drift = record_standalone_crawl(
            paths.db, paths.data_dir / "jobs", run_id=summary.run_id, source_id=source,
            started_at=summary.started_at, counts=summary.counts, staging_files=summary.staging_files,
        )
        for line in drift:
            console.print(line, highlight=False)
        out.print_json(data={"run_id": summary.run_id, "source": source, **summary.counts,
                             "staging_files": [str(p) for p in summary.staging_files]})
        raise typer.Exit(EXIT_OK if record["status"] == "ok" else EXIT_FAILURES)

    @app.command("parse-html")
    @handles_errors
    def parse_html(
        file: Annotated[Path, typer.Argument(help="A saved article page (.html or .html.gz).")],
        url: Annotated[str, typer.Option(help="The address the page was fetched from (ids, canonical, category come from it).")],
        source: Annotated[str | None, typer.Option(help="Source id; default: the registry block whose host matches --url.")] = None,
        debug: DebugOption = False,
    ) -> None:
        """Parse a saved article page as the crawler would and print the article as JSON.

        Example: baochi parse-html data/raw/baothanhhoa/226583.html.gz --url https://baothanhhoa.vn/x-226583.htm
        """
        from baochi.crawler.decode import decode_page
        from baochi.crawler.extract.article import parse_article
        from baochi.crawler.sources import generic_source, get_source, source_for_url

        raw = _saved_page(file)
        # A paper outside the registry parses with the generic profile (crawler/sources.py).
        block = get_source(source) if source else (source_for_url(url) or generic_source(url))
        html, encoding = decode_page(raw)
        record = parse_article(html, url, block).to_dict()
        record["charset"] = encoding
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
