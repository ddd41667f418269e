"""Analyst commands: `trends`, `sql`, `export` and `report`.

All four read through `baochi.pipeline.warehouse.snapshot.connect_reader`: the published read snapshot
(`<data>/baochi.read.duckdb`) when there is one, so they never hold the file a load or the
NLP stage needs, and never fail because one is running.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from baochi.pipeline.cli.analyst_options import (
    BomOption,
    FormatOption,
    OutOption,
    ResultFormat,
    SinceOption,
    SourceOption,
    UntilOption,
    analyst_errors,
    duckdb_message,
    needs_file,
    note,
    resolve_names,
    resolve_sources,
    write,
)
from baochi.pipeline.cli.app import (
    EXIT_CANNOT_RUN,
    EXIT_FAILURES,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    Entity,
    Grain,
    console,
    fail,
    handles_errors,
    out,
    parse_day,
    show_progress,
)
from baochi.pipeline.paths import resolve_paths


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    json = "json"
    xlsx = "xlsx"


def check_range(since: str | None, until: str | None):
    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    if start and end and start > end:
        raise fail(f"--since {start} is after --until {end}; swap them", EXIT_USAGE)
    return start, end


@handles_errors
@analyst_errors
def trends(
    entity: Annotated[Entity, typer.Argument(help="campaigns or organisations.")] = Entity.campaigns,
    by: Annotated[Grain, typer.Option(help="Period length.")] = Grain.month,
    top: Annotated[int, typer.Option(min=0, help="Top N by articles in range (0: all).")] = 10,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    match: Annotated[list[str] | None, typer.Option(
        help="A campaign or organisation: part of its name, an acronym or alias, accents optional."
             " Repeat to compare several (one column each).")] = None,
    by_source: Annotated[bool, typer.Option("--by-source", help="One row per paper and period.")] = False,
    fmt: FormatOption = ResultFormat.table,
    out_path: OutOption = None,
    bom: BomOption = True,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Coverage per period: articles mentioning each campaign or organisation and their share
    of all articles of the period (zeros included; periods cut by --since/--until are partial)."""
    from baochi.pipeline.warehouse.snapshot import connect_reader
    from baochi.pipeline.warehouse.trends import pivot, trend_table

    start, end = check_range(since, until)
    needs_file(fmt, out_path)
    con = connect_reader(resolve_paths(db).db)
    try:
        sources = resolve_sources(con, source)
        ids = resolve_names(con, entity.value, match, "--match") if match else None
        if ids is not None and top and len(ids) > top:
            note(f"showing the top {top} of {len(ids)} matched by articles in range; --top 0 shows all")
        frame = trend_table(con, entity.value, by.value, top=top or None, since=start, until=end,
                            source=sources, ids=ids, by_source=by_source)
        if frame.empty or not frame["articles_in_period"].any():
            span = con.execute("SELECT min(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::DATE,"
                               " max(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::DATE FROM articles"
                               + (" WHERE source_id IN (SELECT unnest(?))" if sources else ""),
                               [sources] if sources else []).fetchone() or (None, None)
            raise fail(f"no dated article in the range asked; the articles run from {span[0]} to {span[1]}"
                       " — widen --since/--until", EXIT_FAILURES)
    finally:
        con.close()
    if fmt is ResultFormat.table:  # the terminal compares: one column per name, share beside count
        frame = pivot(frame, entity.value)
    write(frame, fmt, out_path, bom=bom)

@handles_errors
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run on a read-only connection.")],
    fmt: FormatOption = ResultFormat.table,
    out_path: OutOption = None,
    bom: BomOption = True,
    allow_dir: Annotated[list[Path] | None, typer.Option("--allow-dir", help="Let the query read files under this folder (Parquet exports, the lake); repeatable.")] = None,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Run one SQL statement against the warehouse, read-only (the read snapshot when there is one).

    The connection cannot write, attach, install or load anything, read files outside the
    warehouse (except under --allow-dir) or reach the network; a refusal exits 2 and names
    the command that does the job (e.g. `baochi export` instead of COPY).
    """
    import duckdb
    from baochi.pipeline.warehouse.export import typed_frame
    from baochi.pipeline.warehouse.snapshot import connect_reader
    from baochi.pipeline.warehouse.user_sql import SqlRefused, refusal_for, single_statement

    needs_file(fmt, out_path)
    con = connect_reader(resolve_paths(db).db, allowed_directories=allow_dir or ())
    try:
        single_statement(con, query)  # a syntax error: DuckDB's own message, below
        frame = typed_frame(con.execute(query))
    except duckdb.Error as exc:
        if debug:
            raise
        raise fail(refusal_for(exc) or duckdb_message(exc), EXIT_USAGE) from None
    except SqlRefused:
        raise
    except (OverflowError, ValueError) as exc:  # a value pandas cannot hold (year 9999)
        if debug:
            raise
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise fail(f"the result holds a value the output cannot show ({first}); cast that column"
                   " to VARCHAR in the query", EXIT_USAGE) from None
    finally:
        con.close()
    write(frame, fmt, out_path, bom=bom)

@handles_errors
def export(
    relation: Annotated[str | None, typer.Argument(metavar="TABLE_OR_VIEW", help="Table or view to export (not with --lake).")] = None,
    lake: Annotated[Path | None, typer.Option("--lake", help="Keep DIR a Hive-partitioned Parquet copy of articles and every mention table, refreshed incrementally here and after every later load/process (docs/scale.md).")] = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv, parquet, json (one object per line) or xlsx.")] = ExportFormat.parquet,
    out_path: Annotated[Path, typer.Option("--out", help="File, or directory (articles as Parquet: Hive-partitioned source_id=/year=/month=).")] = Path("export"),
    overwrite: Annotated[bool, typer.Option(help="Replace an existing file or export directory.")] = False,
    bom: BomOption = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Export a whole table or view as CSV, Parquet, JSON lines or Excel (progress on a terminal),
    or keep a Parquet lake up to date with --lake DIR."""
    if lake is not None:
        from baochi.pipeline.warehouse.lake import refresh_lake_command

        out.print_json(data=refresh_lake_command(resolve_paths(db), lake))
        return
    if relation is None:
        raise typer.BadParameter("name a table or view, or use --lake DIR", param_hint="TABLE_OR_VIEW")
    import duckdb
    from baochi.pipeline.progress import progress_bar
    from baochi.pipeline.warehouse.export import ExportError, export_relation
    from baochi.pipeline.warehouse.snapshot import connect_reader

    # The locked reader may write only where this export goes (the project's own COPY;
    # no user SQL runs on this connection).
    con = connect_reader(resolve_paths(db).db, allowed_directories=[out_path.resolve().parent])
    try:
        with progress_bar(f"Exporting {relation}", enabled=show_progress(quiet), console=console) as update:
            done = export_relation(con, relation, fmt.value, out_path, overwrite=overwrite, bom=bom,
                                   progress=update)
    except ExportError as exc:
        if debug:
            raise
        raise fail(str(exc), EXIT_USAGE) from None
    except (duckdb.IOException, OSError) as exc:
        raise fail(f"cannot write {out_path}: {str(exc).splitlines()[0]}", EXIT_CANNOT_RUN) from None
    finally:
        con.close()
    out.print_json(data=done)

@handles_errors
@analyst_errors
def report(
    out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for baochi-report.html and campaigns/*.html. Default: <data>/reports.")] = None,
    campaign: Annotated[list[str] | None, typer.Option(help="Only these campaigns (name, part, alias; repeat).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    db: DbOption = None,
    debug: DebugOption = False,
) -> None:
    """Write the offline HTML report: campaigns that gained coverage this quarter and where,
    share of articles over time, papers compared, campaign × organisation heatmap, a page per campaign."""
    from baochi.pipeline.report import write_report
    from baochi.pipeline.report.data import Filters
    from baochi.pipeline.warehouse.snapshot import connect_reader, reader_source

    start, end = check_range(since, until)
    paths = resolve_paths(db)
    origin = reader_source(paths.db)
    con = connect_reader(paths.db)
    try:
        sources = resolve_sources(con, source)
        ids = resolve_names(con, "campaigns", campaign, "--campaign") if campaign else None
        filters = Filters(tuple(ids) if ids is not None else None, start, end, tuple(sources))
        path = write_report(con, out_dir or paths.reports, source_file=origin, filters=filters)
    finally:
        con.close()
    out.print(str(path), highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(trends)
    app.command()(sql)
    app.command()(export)
    app.command()(report)
