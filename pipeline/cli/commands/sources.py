"""The `sources` command group: list the registry, probe a paper that is not in it yet."""

from __future__ import annotations

from typing import Annotated

import typer
from baochi.pipeline.cli.app import EXIT_CANNOT_RUN, DebugOption, fail, handles_errors, out


def _list() -> None:
    from baochi.crawler.sources import load_registry
    from rich.table import Table

    table = Table()
    table.add_column("source", no_wrap=True)
    for column in ("name", "province", "base URL", "discovery", "decoder", "render"):
        table.add_column(column)
    for s in load_registry().values():
        d = s.discovery
        routes = [name for name, on in (
            ("sitemaps", d.sitemaps), ("rss", bool(d.feed_urls())), ("listings", bool(d.listing_urls())),
            ("home", bool(d.start_paths))) if on]
        table.add_row(s.source_id, s.name, s.province, s.base_url, ", ".join(routes),
                      f"{len(s.decoder.alphabets)} alphabet(s)" if s.decoder.enabled else "-",
                      s.render.policy)
    out.print(table)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        invoke_without_command=True, no_args_is_help=False,
        help="List the papers in the source registry (crawler/sources.toml); `probe` a new one.",
    )

    @group.callback()
    @handles_errors
    def sources(ctx: typer.Context, debug: DebugOption = False) -> None:
        """List the papers in the source registry (crawler/sources.toml).

        Example: baochi sources
        """
        if ctx.invoked_subcommand is None:
            _list()

    @group.command("list")
    @handles_errors
    def list_sources(debug: DebugOption = False) -> None:
        """List the papers in the source registry (crawler/sources.toml).

        Example: baochi sources list
        """
        _list()

    @group.command()
    @handles_errors
    def probe(
        url: Annotated[str, typer.Argument(help="The paper's home page, e.g. https://baothanhhoa.vn")],
        source_id: Annotated[str | None, typer.Option("--id", help="Block name to propose (default: from the host).")] = None,
        delay: Annotated[float, typer.Option(min=0, help="Seconds between requests (robots.txt's Crawl-delay wins when longer).")] = 2.0,
        max_articles: Annotated[int, typer.Option(min=1, max=10, help="Articles to sample for selectors.")] = 3,
        debug: DebugOption = False,
    ) -> None:
        """Probe a paper's site politely (robots.txt obeyed) and print a registry block to review.

        It fetches the home page and a few articles one at a time and proposes feeds, sitemaps,
        listings, article URL patterns and the selectors that worked; add the reviewed block to
        crawler/sources.toml.

        Example: baochi sources probe https://baothanhhoa.vn > new-block.toml
        """
        from baochi.crawler.probe import ProbeError, registry_block
        from baochi.crawler.probe import probe as run_probe

        try:
            result = run_probe(url, delay=delay, max_articles=max_articles)
        except ProbeError as exc:
            raise fail(str(exc), EXIT_CANNOT_RUN) from None
        if source_id:
            result.source_id = source_id
        typer.echo(registry_block(result), nl=False)

    app.add_typer(group, name="sources")
