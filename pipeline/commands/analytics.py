"""Analyst commands: `trends` and `sql`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import (
    EXIT_USAGE,
    DbOption,
    DebugOption,
    Entity,
    Format,
    Grain,
    fail,
    handles_errors,
    out,
    parse_day,
)
from pipeline.paths import resolve_paths


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
