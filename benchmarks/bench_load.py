"""Load: staging → warehouse (our upserting `baochi load`) versus DuckDB's own bulk read of the
same files into a bare table, same run. Targets: ≥ 0.7 of DuckDB's rate (issue 16), ≥ 20,000 articles/s.
Ours validates every line (types, ids, sources, times) and upserts; the bare read does neither."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import duckdb

from benchmarks.common import Row, main_for, row, timed, write_staging

DEFAULT_SIZE = 50_000


def run(size: int | None = None) -> list[Row]:
    from baochi.pipeline.jobs.stages import open_warehouse
    from baochi.pipeline.paths import resolve_paths
    from baochi.pipeline.warehouse.load import STAGING_COLUMNS, load_staging

    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = write_staging(root / "source", n)
        columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in STAGING_COLUMNS.items()) + "}"
        bare = duckdb.connect(str(root / "bare.duckdb"))
        baseline_s, _ = timed(lambda: bare.execute(
            f"CREATE TABLE bare AS SELECT * FROM read_json(?, columns = {columns}, format = 'newline_delimited')",
            [[str(f) for f in files]],
        ))
        bare.close()
        paths = resolve_paths(root / "w" / "baochi.duckdb")
        shutil.copytree(root / "source", paths.staging)
        con = open_warehouse(paths)
        ours_s, result = timed(lambda: load_staging(con, paths.staging, paths.loaded))
        con.close()
        assert result.new == n
    ours_rate, base_rate = n / ours_s, n / baseline_s
    return [
        row(f"load: {n:,} articles vs bare read_json",
            ours_rate, base_rate, "articles/s", "≥ 0.7"),
        row("load: absolute rate vs 20,000/s", ours_rate, 20_000, "articles/s", "≥ 1 (20,000/s)"),
    ]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
