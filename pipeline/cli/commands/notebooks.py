"""`baochi notebooks`: run the analyst notebooks and save executed copies (outputs kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from baochi.pipeline.cli.app import (
    EXIT_FAILURES,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    fail,
    handles_errors,
    out,
)
from baochi.pipeline.paths import resolve_paths


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def notebooks(
        names: Annotated[list[str] | None, typer.Argument(help="Notebooks to run (default: all of notebooks/).")] = None,
        out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for the executed copies. Default: <data>/notebooks.")] = None,
        timeout: Annotated[int, typer.Option(min=1, help="Seconds a cell may take.")] = 600,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Run the analyst notebooks against the warehouse and save executed copies (charts and
        tables included) to open in Jupyter or VS Code."""
        from baochi.pipeline.report.notebooks import run_notebooks

        paths = resolve_paths(db)
        if not paths.db.exists():
            raise fail(f"no warehouse at {paths.db}; run baochi demo or baochi nightly first, or pass --db", 3)
        try:
            results = run_notebooks(paths.db, out_dir or paths.db.parent / "notebooks", names, timeout=timeout)
        except ValueError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        for result in results:
            status = "ok" if result.ok else f"failed: {result.error}"
            out.print(f"{result.path}  ({status})", highlight=False, soft_wrap=True)
        if not all(r.ok for r in results):
            raise typer.Exit(EXIT_FAILURES)
