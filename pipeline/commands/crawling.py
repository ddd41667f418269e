"""Crawling commands: `crawl` and `sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli import (
    EXIT_FAILURES,
    EXIT_OK,
    DbOption,
    DebugOption,
    QuietOption,
    handles_errors,
    out,
)
from pipeline.paths import resolve_paths


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def crawl(
        source: Annotated[str, typer.Argument(help="Source id from the registry (see `baochi sources`).")],
        base_url: Annotated[str | None, typer.Option(help="Crawl this host instead of the registry's base URL (a mirror or test site).")] = None,
        refetch: Annotated[bool, typer.Option(help="Fetch articles already known too.")] = False,
        max_articles: Annotated[int | None, typer.Option(help="Stop after scheduling this many articles.")] = None,
        no_throttle: Annotated[bool, typer.Option("--no-throttle", help="No delays: only for your own local sites.")] = False,
        db: DbOption = None,
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        """Crawl one paper into staging files (the warehouse is not touched)."""
        from crawler.sources import get_source
        from pipeline.stages import run_crawl

        get_source(source)
        paths = resolve_paths(db)
        summary = run_crawl(
            paths, source, base_url=base_url, throttle=not no_throttle, refetch=refetch,
            max_articles=max_articles, log_level="INFO" if debug else "WARNING",
        )
        out.print_json(data={"run_id": summary.run_id, "source": source, **summary.counts,
                             "staging_files": [str(p) for p in summary.staging_files]})
        raise typer.Exit(EXIT_FAILURES if summary.counts.get("articles_failed") else EXIT_OK)


    @app.command()
    @handles_errors
    def sources(debug: DebugOption = False) -> None:
        """List the papers in the source registry."""
        from rich.table import Table

        from crawler.sources import load_registry

        table = Table("source", "name", "province", "base URL")
        for source in load_registry().values():
            table.add_row(source.source_id, source.name, source.province, source.base_url)
        out.print(table)
