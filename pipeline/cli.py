"""The `baochi` command: thin wrappers that parse arguments, call a stage, print the result.

Exit codes: 0 ok; 1 finished with failures; 2 usage error; 3 could not run (database locked
past the retry window, path not writable, misconfigured).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from pipeline.paths import resolve_paths

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_CANNOT_RUN = 0, 1, 2, 3

app = typer.Typer(
    name="baochi",
    help="Analytics pipeline over Vietnamese provincial press: crawl, analyse, load into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Warehouse file; its folder is the data directory. Default: $BAOCHI_DB or data/baochi.duckdb."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]

F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Grain(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class Entity(str, Enum):
    campaigns = "campaigns"
    organisations = "organisations"


def fail(message: str, code: int) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn known failures into one-line messages and documented exit codes."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from crawler.sources import RegistryError
        from pipeline.warehouse.connect import DatabaseBusy, DatabaseUnavailable

        debug = kwargs.get("debug", False)
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except RegistryError as exc:
            if debug:
                raise
            raise fail(str(exc), EXIT_USAGE) from None
        except (DatabaseBusy, DatabaseUnavailable, PermissionError) as exc:
            if debug:
                raise
            raise fail(str(exc), EXIT_CANNOT_RUN) from None

    return wrapper  # type: ignore[return-value]


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def show_progress(quiet: bool) -> bool:
    return not quiet and console.is_terminal


# -- commands -------------------------------------------------------------------------------


@app.command()
@handles_errors
def demo(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port of the sample site; 0 picks a free one.")] = 0,
    seed: Annotated[int, typer.Option(help="Seed of the generated sample site.")] = 20200709,
    articles: Annotated[int, typer.Option(help="Articles in the generated sample site.")] = 320,
    workers: Annotated[int, typer.Option(help="NLP worker processes.")] = 2,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Generate the sample site, serve it on 127.0.0.1, crawl, load, analyse and report."""
    from pipeline.demo import run_demo

    code = run_demo(
        resolve_paths(db), port=port, seed=seed, n_articles=articles, workers=workers,
        progress=show_progress(quiet), console=console, out=out,
    )
    raise typer.Exit(code)


@app.command("serve-sample")
@handles_errors
def serve_sample(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1; 0 picks a free one.")] = 8765,
    seed: Annotated[int, typer.Option(help="Seed of the generated site.")] = 20200709,
    articles: Annotated[int, typer.Option(help="Number of articles.")] = 320,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Serve the generated sample site on 127.0.0.1 until Ctrl-C (to point a crawler at it)."""
    import time

    from crawler.sample_site import generate_site, serve

    paths = resolve_paths(db)
    generate_site(paths.sample_site, seed=seed, n_articles=articles)
    site = serve(paths.sample_site / "site", port=port)
    out.print(f"Sample site at {site.base_url}/  (manifest: {paths.sample_site / 'manifest.json'})")
    out.print(f"Crawl it with: baochi crawl baothanhhoa --base-url {site.base_url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.stop()


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
def load(
    db: DbOption = None,
    retry_seconds: Annotated[float, typer.Option(help="How long to wait for a busy database.")] = 30.0,
    debug: DebugOption = False,
) -> None:
    """Load staging files into the warehouse (idempotent; files move to loaded/ after commit)."""
    from pipeline.stages import open_warehouse, run_load

    paths = resolve_paths(db)
    con = open_warehouse(paths, retry_seconds)
    try:
        result = run_load(con, paths)
    finally:
        con.close()
    out.print_json(data=result.counts())


@app.command()
@handles_errors
def process(
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="NLP worker processes.")] = 2,
    limit: Annotated[int | None, typer.Option(help="Analyse at most this many articles.")] = None,
    retry_seconds: Annotated[float, typer.Option(help="How long to wait for a busy database.")] = 30.0,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Analyse articles the current NLP version has not analysed yet."""
    from pipeline.progress import progress_bar
    from pipeline.stages import open_warehouse, run_process

    paths = resolve_paths(db)
    con = open_warehouse(paths, retry_seconds)
    try:
        with progress_bar("Analysing", enabled=show_progress(quiet), console=console) as update:
            result = run_process(con, workers=workers, limit=limit, progress=update)
    finally:
        con.close()
    out.print_json(data=result.counts())
    raise typer.Exit(EXIT_FAILURES if result.failed else EXIT_OK)


@app.command()
@handles_errors
def analyse(
    published_at: Annotated[str | None, typer.Option(help="Publication time (ISO 8601) to resolve dates against.")] = None,
    source: Annotated[str | None, typer.Option(help="Source id; fills the province of a bare 'tỉnh'.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read lines of {"id", "text", "published_at", "source"}; write one result per line.')] = False,
    debug: DebugOption = False,
) -> None:
    """Analyse text from stdin and print campaigns, organisations, dates, honours, documents as JSON."""
    import nlp

    if published_at is not None:
        try:
            datetime.fromisoformat(published_at)
        except ValueError:
            raise typer.BadParameter(f"{published_at!r} is not an ISO 8601 time", param_hint="--published-at") from None
    if not jsonl:
        text = sys.stdin.read()
        result = nlp.analyse(text, published_at, source).to_dict()
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            result = nlp.analyse(
                item.get("text") or "", item.get("published_at") or published_at,
                item.get("source") or source,
            ).to_dict()
            result = {"id": item.get("id"), **result}
        except (ValueError, AttributeError) as exc:
            failures += 1
            result = {"id": None, "error": f"line {number}: {exc}"}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    raise typer.Exit(EXIT_FAILURES if failures else EXIT_OK)


@app.command()
@handles_errors
def trends(
    entity: Annotated[Entity, typer.Argument(help="campaigns or organisations.")] = Entity.campaigns,
    by: Annotated[Grain, typer.Option(help="Period length.")] = Grain.month,
    top: Annotated[int, typer.Option(help="Top N by articles in range (0: all).")] = 10,
    since: Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    match: Annotated[str | None, typer.Option(help="Only names containing this text (accents ignored).")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or json.")] = Format.table,
    out_path: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")] = None,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Coverage per period: articles mentioning each campaign or organisation (zeros included)."""
    from pipeline.output import write_frame
    from pipeline.trends import trend_table
    from pipeline.warehouse.connect import connect

    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    paths = resolve_paths(db)
    con = connect(paths.db, read_only=True)
    try:
        frame = trend_table(con, entity.value, by.value, top=top or None, since=start, until=end,
                            source=source, match=match)
    finally:
        con.close()
    write_frame(frame, fmt.value, out_path, out)


@app.command()
@handles_errors
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run on a read-only connection.")],
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or json.")] = Format.table,
    out_path: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")] = None,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Run SQL against the warehouse, read-only."""
    import duckdb

    from pipeline.output import write_frame
    from pipeline.warehouse.connect import connect

    con = connect(resolve_paths(db).db, read_only=True)
    try:
        frame = con.execute(query).df()
    except duckdb.Error as exc:
        raise fail(str(exc).splitlines()[0], EXIT_USAGE) from None
    finally:
        con.close()
    write_frame(frame, fmt.value, out_path, out)


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


@app.command()
@handles_errors
def runs(
    last: Annotated[int, typer.Option(help="Show the last N runs.")] = 20,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Run history: each run and stage with its status and counts."""
    from pipeline.output import write_frame
    from pipeline.warehouse.connect import connect

    con = connect(resolve_paths(db).db, read_only=True)
    try:
        frame = con.execute(
            "SELECT run_id, parent_run_id, stage, source_id, started_at, ended_at, status,"
            " counts, error FROM runs ORDER BY started_at DESC LIMIT ?", [last]
        ).df()
    finally:
        con.close()
    write_frame(frame, "table", None, out)


def main() -> None:
    """Console entry point; usage errors exit 2 (click's convention, kept)."""
    app()


if __name__ == "__main__":
    main()
