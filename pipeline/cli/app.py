"""The `baochi` command: thin wrappers that parse arguments, call a stage, print the result.

Exit codes: 0 ok; 1 finished with failures; 2 usage error; 3 could not run (database locked
past the retry window, path not writable, misconfigured).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

# The exit codes live in baochi.pipeline.errors; command modules take them from here too.
from baochi.pipeline.errors import EXIT_CANNOT_RUN as EXIT_CANNOT_RUN
from baochi.pipeline.errors import EXIT_FAILURES as EXIT_FAILURES
from baochi.pipeline.errors import EXIT_OK as EXIT_OK
from baochi.pipeline.errors import EXIT_USAGE as EXIT_USAGE
from baochi.pipeline.errors import exit_code_for, one_line
from baochi.pipeline.paths import resolve_paths
from rich.console import Console

app = typer.Typer(
    name="baochi",
    help="Analytics pipeline over Vietnamese provincial press: crawl, analyse, load into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Warehouse file; its folder is the data directory. Default: $BAOCHI_DB or data/baochi.duckdb."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]

F = TypeVar("F", bound=Callable[..., Any])


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class Grain(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class Entity(StrEnum):
    campaigns = "campaigns"
    organisations = "organisations"


def fail(message: str, code: int) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn known failures into one-line messages and their exit codes (baochi.pipeline.errors
    decides which); anything else is a bug and keeps its traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = kwargs.get("debug", False)
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except Exception as exc:
            code = exit_code_for(exc)
            if code is None or debug:
                raise
            raise fail(one_line(exc), int(code)) from None

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
    from baochi.pipeline.jobs.demo import run_demo

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

    from baochi.crawler.sample_site import generate_site, serve

    paths = resolve_paths(db)
    generate_site(paths.sample_site, seed=seed, n_articles=articles)
    site = serve(paths.sample_site / "site", port=port)
    try:  # Ctrl-C may come as soon as the address is printed: stop cleanly from here on
        out.print(f"Sample site at {site.base_url}/  (manifest: {paths.sample_site / 'manifest.json'})")
        out.print(f"Crawl it with: baochi crawl baothanhhoa --base-url {site.base_url}")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.stop()


@app.command()
@handles_errors
def load(
    db: DbOption = None,
    retry_seconds: Annotated[float, typer.Option(help="How long to wait for a busy database.")] = 30.0,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Load staging files into the warehouse (idempotent; files move to loaded/ after commit).

    On a terminal a bar counts the staging files (none with --quiet or when piped).

    Bad lines go to <data>/rejected/ with their reason; the good lines of the same file load.
    Exit codes: 0 loaded (rejected lines are counted); 1 a file was kept in staging after an
    unexpected error (it loads next time); 3 could not run (database busy, disk full, I/O
    error, interrupted) — every staging file not yet loaded stays where it was.
    """
    from baochi.pipeline.jobs.stages import open_warehouse, run_load
    from baochi.pipeline.progress import progress_bar
    from baochi.pipeline.warehouse.environment import environment_faults

    paths = resolve_paths(db)
    try:
        with environment_faults("load"):
            con = open_warehouse(paths, retry_seconds)
        try:
            with progress_bar("Loading staging files", enabled=show_progress(quiet), console=console) as update:
                result = run_load(con, paths, progress=update)
        finally:
            con.close()
    except KeyboardInterrupt:
        raise fail("load interrupted; staging files are kept; run `baochi load` again", EXIT_CANNOT_RUN) from None
    out.print_json(data=result.counts())
    for error in result.errors:
        console.print(f"[yellow]kept in staging:[/] {error}", highlight=False)
    if result.files_kept:
        raise typer.Exit(EXIT_FAILURES)


@app.command()
@handles_errors
def process(
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="NLP worker processes.")] = 2,
    engine: Annotated[str, typer.Option(help="local (a process pool, the default) or ray (a Ray cluster; docs/scale.md).")] = "local",
    address: Annotated[str | None, typer.Option(help="With --engine ray: the cluster to join (HOST:PORT); default: a local one of --workers CPUs.")] = None,
    limit: Annotated[int | None, typer.Option(help="Analyse at most this many articles.")] = None,
    retry_seconds: Annotated[float, typer.Option(help="How long to wait for a busy database.")] = 30.0,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Analyse articles the current NLP version has not analysed yet."""
    from baochi.pipeline.jobs.stages import open_warehouse, run_process

    if engine not in ("local", "ray"):
        raise typer.BadParameter("use local or ray", param_hint="--engine")
    from baochi.pipeline.progress import progress_bar

    paths = resolve_paths(db)
    con = open_warehouse(paths, retry_seconds)
    try:
        with progress_bar("Analysing", enabled=show_progress(quiet), console=console) as update:
            result = run_process(con, workers=workers, limit=limit, progress=update, engine=engine, address=address)
    finally:
        con.close()
    out.print_json(data=result.counts())
    raise typer.Exit(EXIT_FAILURES if result.failed else EXIT_OK)


def _register_command_modules() -> None:
    """Commands of each area live in their own module (`pipeline/cli/commands/*.py`), each with a
    `register(app)` function, so the CLI stays thin and areas do not edit one file."""
    import importlib
    import pkgutil

    import baochi.pipeline.cli.commands as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"baochi.pipeline.cli.commands.{info.name}")
        module.register(app)


_register_command_modules()


def main() -> None:
    """Console entry point. A usage error (unknown option, bad value, missing argument) is one
    line naming the problem and where the fix is, exit 2 — not click's framed box."""
    import sys

    from rich.text import Text

    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as exc:  # click's UsageError/BadParameter and friends
        context = getattr(exc, "ctx", None)
        hint = f"; see '{context.command_path} --help'" if context is not None else ""
        message = " ".join((exc.format_message() if hasattr(exc, "format_message") else str(exc)).split())
        if message:  # no message: the help was printed (baochi with no command)
            console.print(Text.assemble(("error: ", "bold red"), message.rstrip(".") + hint))
        sys.exit(getattr(exc, "exit_code", EXIT_USAGE))
    sys.exit(code if isinstance(code, int) else EXIT_OK)

