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
from baochi.pipeline.cli.app import (
    EXIT_CANNOT_RUN,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    Entity,
    Grain,
    fail,
    handles_errors,
    out,
    parse_day,
)
from baochi.pipeline.paths import resolve_paths


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    json = "json"


FormatOption = Annotated[
    ResultFormat, typer.Option("--format", help="table, csv, json (array of objects) or parquet (needs --out).")
]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")]


def _write(frame, fmt: ResultFormat, out_path: Path | None) -> None:
    from baochi.pipeline.warehouse.export import ExportError, write_result

    try:
        write_result(frame, fmt.value, out_path, out)
    except ExportError as exc:
        raise fail(str(exc), EXIT_USAGE) from None


def register(app: typer.Typer) -> None:
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
        fmt: FormatOption = ResultFormat.table,
        out_path: OutOption = None,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Coverage per period: articles mentioning each campaign or organisation (zeros included)."""
        from baochi.pipeline.warehouse.snapshot import connect_reader
        from baochi.pipeline.warehouse.trends import trend_table

        start, end = parse_day(since, "--since"), parse_day(until, "--until")
        if start and end and start > end:
            raise typer.BadParameter(f"--since {start} is after --until {end}", param_hint="--since")
        if fmt is ResultFormat.parquet and out_path is None:
            raise fail("--format parquet needs --out FILE (Parquet is binary)", EXIT_USAGE)
        con = connect_reader(resolve_paths(db).db)
        try:
            frame = trend_table(con, entity.value, by.value, top=top or None, since=start, until=end,
                                source=source, match=match)
        finally:
            con.close()
        if fmt is ResultFormat.table:  # ids are for machines; the terminal shows names
            frame = frame.drop(columns=[c for c in frame.columns if c.endswith("_id")])
            frame["share_of_articles"] = frame["share_of_articles"].round(3)
        _write(frame, fmt, out_path)

    @app.command()
    @handles_errors
    def sql(
        query: Annotated[str, typer.Argument(help="SQL to run on a read-only connection.")],
        fmt: FormatOption = ResultFormat.table,
        out_path: OutOption = None,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Run SQL against the warehouse, read-only (the read snapshot when there is one)."""
        import duckdb
        from baochi.pipeline.warehouse.export import typed_frame
        from baochi.pipeline.warehouse.snapshot import connect_reader

        if fmt is ResultFormat.parquet and out_path is None:
            raise fail("--format parquet needs --out FILE (Parquet is binary)", EXIT_USAGE)
        con = connect_reader(resolve_paths(db).db)
        try:
            frame = typed_frame(con.execute(query))
        except duckdb.Error as exc:
            raise fail(str(exc).splitlines()[0], EXIT_USAGE) from None
        finally:
            con.close()
        _write(frame, fmt, out_path)

    @app.command()
    @handles_errors
    def export(
        relation: Annotated[str, typer.Argument(metavar="TABLE_OR_VIEW", help="Table or view to export.")],
        fmt: Annotated[ExportFormat, typer.Option("--format", help="csv, parquet or json (one object per line).")] = ExportFormat.parquet,
        out_path: Annotated[Path, typer.Option("--out", help="File, or directory (articles as Parquet: Hive-partitioned source_id=/year=/month=).")] = Path("export"),
        overwrite: Annotated[bool, typer.Option(help="Replace an existing file or export directory.")] = False,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Export a whole table or view as CSV, Parquet or JSON lines."""
        import duckdb
        from baochi.pipeline.warehouse.export import ExportError, export_relation
        from baochi.pipeline.warehouse.snapshot import connect_reader

        con = connect_reader(resolve_paths(db).db)
        try:
            done = export_relation(con, relation, fmt.value, out_path, overwrite=overwrite)
        except ExportError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        except (duckdb.IOException, OSError) as exc:
            raise fail(f"cannot write {out_path}: {str(exc).splitlines()[0]}", EXIT_CANNOT_RUN) from None
        finally:
            con.close()
        out.print_json(data=done)

    @app.command()
    @handles_errors
    def report(
        out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for baochi-report.html. Default: <data>/reports.")] = None,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Write the offline HTML report (charts and campaign table; opens without network)."""
        from baochi.pipeline.report import write_report
        from baochi.pipeline.warehouse.snapshot import connect_reader, reader_source

        paths = resolve_paths(db)
        source = reader_source(paths.db)
        con = connect_reader(paths.db)
        try:
            path = write_report(con, out_dir or paths.reports, source_file=source)
        finally:
            con.close()
        out.print(str(path), highlight=False, soft_wrap=True)
