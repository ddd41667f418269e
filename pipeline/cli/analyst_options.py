"""What the analyst commands share: output formats and options, name and source resolution
with its one-line messages, and the error translation (problem and fix on one line)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import duckdb
import pandas as pd
import typer
from baochi.pipeline.cli.app import EXIT_CANNOT_RUN, EXIT_USAGE, console, fail, out

F = TypeVar("F", bound=Callable[..., Any])


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"
    xlsx = "xlsx"


FormatOption = Annotated[
    ResultFormat,
    typer.Option("--format", help="table, csv, json (array of objects), parquet or xlsx (both need --out)."),
]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")]
BomOption = Annotated[
    bool, typer.Option("--bom/--no-bom", help="CSV files written with --out start with a UTF-8 BOM so Excel reads the accents.")
]
SinceOption = Annotated[str | None, typer.Option(help="First day, inclusive (YYYY-MM-DD, local calendar).")]
UntilOption = Annotated[str | None, typer.Option(help="Last day, inclusive (YYYY-MM-DD, local calendar).")]
SourceOption = Annotated[
    list[str] | None, typer.Option("--source", help="Only this paper (source id; repeat for several).")
]


def write(frame: pd.DataFrame, fmt: ResultFormat, out_path: Path | None, *, bom: bool = True) -> None:
    from baochi.pipeline.warehouse.export import ExportError, write_result

    try:
        write_result(frame, fmt.value, out_path, out, bom=bom)
    except ExportError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    except OSError as exc:
        raise fail(f"cannot write {out_path}: {exc.strerror}; choose a writable path", EXIT_CANNOT_RUN) from None


def needs_file(fmt: ResultFormat, out_path: Path | None) -> None:
    if fmt in (ResultFormat.parquet, ResultFormat.xlsx) and out_path is None:
        raise fail(f"--format {fmt.value} needs --out FILE (it is a binary format)", EXIT_USAGE)


def note(message: str) -> None:
    """A line on stderr telling the analyst what a filter did (stdout stays the data)."""
    console.print(message, highlight=False, markup=False, style="dim")


def analyst_errors(func: F) -> F:
    """NotFound → its one line and exit code (2 wrong input, 1 nothing there); a DuckDB error
    → its first line plus DuckDB's "Did you mean" hint."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from baochi.pipeline.warehouse.names import NotFound

        try:
            return func(*args, **kwargs)
        except NotFound as exc:
            if kwargs.get("debug"):
                raise
            raise fail(str(exc), exc.exit_code) from None
        except duckdb.Error as exc:
            if kwargs.get("debug"):
                raise
            raise fail(duckdb_message(exc), EXIT_USAGE) from None

    return wrapper  # type: ignore[return-value]


def duckdb_message(exc: Exception) -> str:
    """DuckDB's first line, plus its "Did you mean …" hint when it has one."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    hints = [line for line in lines[1:] if line.lower().startswith(("did you mean", "candidate"))]
    return " ".join(lines[:1] + hints)


def resolve_sources(con: duckdb.DuckDBPyConnection, values: Sequence[str] | None) -> list[str]:
    from baochi.pipeline.warehouse.names import resolve_source

    chosen = []
    for value in values or []:
        source_id = resolve_source(con, value)
        if source_id != value:
            note(f"--source {value!r} is {source_id}")
        chosen.append(source_id)
    return chosen


def resolve_names(con: duckdb.DuckDBPyConnection, entity: str, queries: Sequence[str], option: str) -> list[str]:
    """Ids of everything the queries name, in the order given; one stderr line per query."""
    from baochi.pipeline.warehouse.names import resolve

    ids: list[str] = []
    for query in queries:
        match = resolve(con, entity, query)
        note(f"{option} {match.describe(entity)}")
        ids.extend(i for i in match.ids if i not in ids)
    return ids
