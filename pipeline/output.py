"""Writing result tables as a terminal table, CSV or JSON, to stdout or a file."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.table import Table


def _jsonable(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))


def write_frame(
    frame: pd.DataFrame, fmt: str, path: Path | None, console: Console, *, index: bool = False
) -> None:
    if fmt == "csv":
        text = frame.to_csv(index=index)
    elif fmt == "json":
        text = json.dumps(_jsonable(frame.reset_index() if index else frame), ensure_ascii=False, indent=1) + "\n"
    else:
        table = Table(show_lines=False)
        shown = frame.reset_index() if index else frame
        for column in shown.columns:
            numeric = pd.api.types.is_numeric_dtype(shown[column]) and not pd.api.types.is_bool_dtype(shown[column])
            table.add_column(str(column), overflow="fold", justify="right" if numeric else "left")
        for row in shown.itertuples(index=False):
            table.add_row(*("" if pd.isna(v) else str(v) for v in row))
        if path is None:
            console.print(table)
            return
        with open(path, "w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(table)
        return
    if path is None:
        console.file.write(text)
    else:
        path.write_text(text, encoding="utf-8")
