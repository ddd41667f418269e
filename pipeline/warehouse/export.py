"""Result tables and whole tables/views out of the warehouse: CSV, JSON, Parquet.

Query results (`baochi sql`, `baochi trends`) go through pandas with the warehouse's types
kept: DATE stays a date (`2024-07-01`, not a midnight timestamp), instants keep their offset
(`+07:00`), whole-number sums stay integers. Whole tables and views (`baochi export`) are
streamed by DuckDB's own COPY, which never holds the table in memory; `articles` to a
directory becomes Hive-partitioned Parquet (`source_id=…/year=…/month=…/`, local calendar),
the layout DuckDB, Spark and Trino read as one dataset (design.md, "Scale path").
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from pathlib import Path

import duckdb
import pandas as pd
from rich.console import Console

FORMATS = ("table", "csv", "json", "parquet")
EXPORT_FORMATS = ("csv", "parquet", "json")
PARTITIONED = {
    # table → the SELECT that adds the partition columns (local calendar of publication)
    "articles": (
        "SELECT *, year(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS year,"
        " month(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month FROM articles",
        ("source_id", "year", "month"),
    ),
}


class ExportError(ValueError):
    """A usage problem: unknown table, format that needs a file, directory not empty."""


def typed_frame(result: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The result of `con.execute(...)` as a DataFrame with DATE as dates and HUGEINT sums
    as integers (pandas would make them midnight timestamps and floats)."""
    types = {d[0]: str(d[1]) for d in result.description or []}
    frame = result.df()
    for column, kind in types.items():
        if column not in frame.columns:
            continue
        series = frame[column]
        if kind == "DATE" and pd.api.types.is_datetime64_any_dtype(series):
            frame[column] = [None if pd.isna(v) else v.date() for v in series]
        elif (kind in ("HUGEINT", "UHUGEINT") and pd.api.types.is_float_dtype(series)
              and series.dropna().map(float.is_integer).all()):
            frame[column] = series.astype("Int64")
    return frame


def _plain(value: object) -> object:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value if isinstance(value, str | int | float | bool) else str(value)


def frame_records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def write_result(frame: pd.DataFrame, fmt: str, path: Path | None, console: Console) -> None:
    """Write a result table: `table` (terminal), `csv`, `json` (array of objects) or
    `parquet` (needs a file)."""
    if fmt == "table":
        from baochi.pipeline.output import write_frame

        write_frame(frame, "table", path, console)
        return
    if fmt == "parquet":
        if path is None:
            raise ExportError("--format parquet needs --out FILE (Parquet is binary)")
        frame.to_parquet(path, index=False)
        return
    if fmt == "csv":
        text = frame.to_csv(index=False)
    elif fmt == "json":
        text = json.dumps(frame_records(frame), ensure_ascii=False, indent=1) + "\n"
    else:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if path is None:
        console.file.write(text)
        console.file.flush()
    else:
        path.write_text(text, encoding="utf-8")


def relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables and views an analyst may export (the main schema, not DuckDB's internals)."""
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main'"
        " UNION SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
        " ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _copy_options(fmt: str) -> str:
    return {"csv": "FORMAT csv, HEADER true", "json": "FORMAT json", "parquet": "FORMAT parquet"}[fmt]


def export_relation(
    con: duckdb.DuckDBPyConnection, name: str, fmt: str, out: Path, *, overwrite: bool = False
) -> dict:
    """Export one table or view. Returns {"relation", "format", "path", "rows", "partitioned"}.

    `articles` as Parquet to a directory (an existing directory, or a path without a suffix)
    is Hive-partitioned. The directory must be new or empty unless `overwrite`; then the new
    export is written beside it and swapped in, so a failed export leaves the old one intact.
    """
    known = relations(con)
    if name not in known:
        raise ExportError(f"no table or view named {name!r}; known: {', '.join(known)}")
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    rows = con.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0]
    as_directory = out.is_dir() or (out.suffix == "" and fmt == "parquet")
    if as_directory and fmt == "parquet" and name in PARTITIONED:
        select, keys = PARTITIONED[name]
        if out.exists() and any(out.iterdir()) and not overwrite:
            raise ExportError(f"{out} is not empty; choose a new directory or pass --overwrite")
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.with_name(f".{out.name}.exporting")
        shutil.rmtree(staging, ignore_errors=True)
        con.execute(
            f"COPY ({select}) TO {_literal(staging)} (FORMAT parquet, PARTITION_BY ({', '.join(keys)}))"
        )
        if out.exists():
            retired = out.with_name(f".{out.name}.replaced")
            shutil.rmtree(retired, ignore_errors=True)
            out.rename(retired)
            staging.rename(out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(out)
        return {"relation": name, "format": fmt, "path": str(out), "rows": rows, "partitioned": list(keys)}
    target = out / f"{name}.{fmt}" if as_directory else out
    if target.exists() and not overwrite:
        raise ExportError(f"{target} exists; choose another path or pass --overwrite")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    con.execute(f"COPY (SELECT * FROM {_quote(name)}) TO {_literal(partial)} ({_copy_options(fmt)})")
    partial.replace(target)
    return {"relation": name, "format": fmt, "path": str(target), "rows": rows, "partitioned": []}
