"""Operator commands: `runs`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli import (
    DbOption,
    DebugOption,
    handles_errors,
    out,
)
from pipeline.paths import resolve_paths


def register(app: typer.Typer) -> None:
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
