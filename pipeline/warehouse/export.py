"""Result tables and whole tables/views out of the warehouse: CSV, JSON, Parquet, xlsx.

Query results (`baochi sql`, `baochi trends`) go through pandas with the warehouse's types
kept: DATE stays a date (`2024-07-01`, not a midnight timestamp), instants keep their offset
(`+07:00`), whole-number sums stay integers. Whole tables and views (`baochi export`) are
streamed in record batches (CSV, JSON lines) or by DuckDB's own COPY (Parquet), never held
whole in memory; `articles` to a
directory becomes Hive-partitioned Parquet (`source_id=…/year=…/month=…/`, local calendar),
the layout DuckDB, Spark and Trino read as one dataset (design.md, "Scale path").
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
from baochi.pipeline.errors import UsageError as BaochiUsageError
from rich.console import Console

FORMATS = ("table", "csv", "json", "parquet", "xlsx")
EXPORT_FORMATS = ("csv", "parquet", "json", "xlsx")
LOCAL_TZ = "Asia/Ho_Chi_Minh"
# one documented timestamp format per output type (docs/analytics.md, "Formats"); Vietnam has
# had no daylight saving since 1975, so local time is always +07:00
TIMESTAMP_FORMATS = {
    "json": "ISO-8601 with offset, local time: 2025-01-15T09:30:00+07:00",
    "csv": "local time with offset: 2025-01-15 09:30:00+07:00",
    "xlsx": "Excel date-time in local time (Asia/Ho_Chi_Minh), shown yyyy-mm-dd hh:mm",
    "parquet": "TIMESTAMP WITH TIME ZONE (UTC instant); readers show it in their zone",
    "table": "local time: 2025-01-15 09:30",
}
XLSX_MAX_ROWS = 1_048_575
BATCH_ROWS = 50_000
PARTITIONED = {
    # table → the SELECT that adds the partition columns (local calendar of publication)
    "articles": (
        "SELECT *, year(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS year,"
        " month(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month FROM articles",
        ("source_id", "year", "month"),
    ),
}


class ExportError(BaochiUsageError):
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


def localise(frame: pd.DataFrame, fmt: str) -> pd.DataFrame:
    """Instants (tz-aware columns) in the output type's documented format (TIMESTAMP_FORMATS)."""
    frame = frame.copy()
    for column in frame.columns:
        series = frame[column]
        if not isinstance(series.dtype, pd.DatetimeTZDtype):
            continue
        local = series.dt.tz_convert(LOCAL_TZ)
        if fmt == "xlsx":
            frame[column] = local.dt.tz_localize(None)
        elif fmt == "json":
            frame[column] = [None if pd.isna(v) else v.isoformat() for v in local]
        elif fmt == "csv":
            frame[column] = [None if pd.isna(v) else v.isoformat(sep=" ") for v in local]
        elif fmt == "table":
            frame[column] = [None if pd.isna(v) else v.strftime("%Y-%m-%d %H:%M") for v in local]
    return frame


def write_xlsx(frame: pd.DataFrame, path: Path, *, sheet: str = "baochi") -> None:
    """One sheet, bold frozen header, readable column widths, dates as Excel dates."""
    if len(frame) > XLSX_MAX_ROWS:
        raise ExportError(f"{len(frame)} rows do not fit in one Excel sheet (max {XLSX_MAX_ROWS});"
                          " use --format csv or parquet")
    from openpyxl.styles import Font

    frame = localise(frame, "xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=sheet[:31], index=False)
        sheet_obj = writer.sheets[sheet[:31]]
        sheet_obj.freeze_panes = "A2"
        for cell in sheet_obj[1]:
            cell.font = Font(bold=True)
        for i, column in enumerate(frame.columns, start=1):
            values = [str(column)] + [str(v) for v in frame[column].head(200)]
            letter = sheet_obj.cell(row=1, column=i).column_letter
            sheet_obj.column_dimensions[letter].width = min(60, max(8, *(len(v) for v in values)) + 2)
            if pd.api.types.is_datetime64_any_dtype(frame[column]):
                for cell in sheet_obj[letter][1:]:
                    cell.number_format = "yyyy-mm-dd hh:mm"


def write_result(frame: pd.DataFrame, fmt: str, path: Path | None, console: Console, *,
                 bom: bool = True) -> None:
    """Write a result table: `table` (terminal), `csv`, `json` (array of objects), `parquet`
    or `xlsx` (both need a file). A CSV written to a file starts with a UTF-8 BOM unless
    `bom` is false, so Excel opens Vietnamese text correctly; stdout never gets one."""
    if fmt == "table":
        from baochi.pipeline.output import write_frame

        write_frame(localise(frame, "table"), "table", path, console)
        return
    if fmt in ("parquet", "xlsx") and path is None:
        raise ExportError(f"--format {fmt} needs --out FILE (it is a binary format)")
    if fmt == "parquet":
        assert path is not None
        frame.to_parquet(path, index=False)
        return
    if fmt == "xlsx":
        assert path is not None
        write_xlsx(frame, path)
        return
    if fmt == "csv":
        text = localise(frame, "csv").to_csv(index=False)
    elif fmt == "json":
        text = json.dumps(frame_records(localise(frame, "json")), ensure_ascii=False, indent=1) + "\n"
    else:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if path is None:
        console.file.write(text)
        console.file.flush()
    else:
        path.write_text(text, encoding="utf-8-sig" if fmt == "csv" and bom else "utf-8")


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


def _stream(con: duckdb.DuckDBPyConnection, name: str, fmt: str, target: Path, rows: int, *,
            bom: bool, progress: Callable[[int, int], None]) -> None:
    """CSV, JSON lines or xlsx through pandas in batches: local timestamps in the documented
    format of the output type, progress after every batch, memory bounded for CSV and JSON."""
    reader = con.sql(f"SELECT * FROM {_quote(name)}").to_arrow_reader(BATCH_ROWS)
    done = 0
    progress(0, rows)
    if fmt == "xlsx":
        if rows > XLSX_MAX_ROWS:
            raise ExportError(f"{name} has {rows} rows, more than one Excel sheet holds ({XLSX_MAX_ROWS});"
                              " use --format csv or parquet")
        frames = []
        for batch in reader:
            frames.append(batch.to_pandas())
            done += batch.num_rows
            progress(done, rows)
        columns = con.sql(f"SELECT * FROM {_quote(name)} LIMIT 0").columns
        write_xlsx(pd.concat(frames) if frames else pd.DataFrame(columns=columns), target, sheet=name)
        return
    with open(target, "w", encoding="utf-8-sig" if fmt == "csv" and bom else "utf-8", newline="") as handle:
        first = True
        for batch in reader:
            frame = localise(batch.to_pandas(), fmt)
            if fmt == "csv":
                handle.write(frame.to_csv(index=False, header=first))
            else:
                for record in frame_records(frame):
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            first = False
            done += batch.num_rows
            progress(done, rows)
        if first and fmt == "csv":
            columns = con.sql(f"SELECT * FROM {_quote(name)} LIMIT 0").columns
            handle.write(pd.DataFrame(columns=columns).to_csv(index=False))


def export_relation(
    con: duckdb.DuckDBPyConnection, name: str, fmt: str, out: Path, *, overwrite: bool = False,
    bom: bool = True, progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Export one table or view. Returns {"relation", "format", "path", "rows", "partitioned"}.

    `articles` as Parquet to a directory (an existing directory, or a path without a suffix)
    is Hive-partitioned. The directory must be new or empty unless `overwrite`; then the new
    export is written beside it and swapped in, so a failed export leaves the old one intact.
    Parquet is written by DuckDB's COPY; CSV, JSON lines and xlsx in batches with local
    timestamps (TIMESTAMP_FORMATS) and `progress(done, total)` after each batch.
    """
    report = progress or (lambda done, total: None)
    known = relations(con)
    if name not in known:
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"did you mean {' or '.join(close)}?" if close else f"known: {', '.join(known)}"
        raise ExportError(f"no table or view named {name!r}; {hint}")
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    rows = int(con.execute(f"SELECT count(*) FROM {_quote(name)}").fetchall()[0][0])
    as_directory = out.is_dir() or (out.suffix == "" and fmt == "parquet")
    if as_directory and fmt == "parquet" and name in PARTITIONED:
        select, keys = PARTITIONED[name]
        if out.exists() and any(out.iterdir()) and not overwrite:
            raise ExportError(f"{out} is not empty; choose a new directory or pass --overwrite")
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.with_name(f".{out.name}.exporting")
        shutil.rmtree(staging, ignore_errors=True)
        report(0, rows)
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
        report(rows, rows)
        return {"relation": name, "format": fmt, "path": str(out), "rows": rows, "partitioned": list(keys)}
    suffix = "jsonl" if fmt == "json" else fmt
    target = out / f"{name}.{suffix}" if as_directory else out
    if target.exists() and not overwrite:
        raise ExportError(f"{target} exists; choose another path or pass --overwrite")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        if fmt == "parquet":
            report(0, rows)
            con.execute(f"COPY (SELECT * FROM {_quote(name)}) TO {_literal(partial)} (FORMAT parquet)")
            report(rows, rows)
        else:
            _stream(con, name, fmt, partial, rows, bom=bom, progress=report)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return {"relation": name, "format": fmt, "path": str(target), "rows": rows, "partitioned": []}
