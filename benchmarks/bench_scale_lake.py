"""Parquet lake refresh: the incremental refresh after a 1,000-article load vs that load, on a
synthetic warehouse (benchmarks/synth_warehouse.py) of `size` articles with 5 campaign and 5
organisation mentions each, whose lake was written before.

    python -m benchmarks.bench_scale_lake [--size BASE_ARTICLES] [--json]

"load" is `load_staging` of 1,000 staged articles (2.5 KB bodies) plus the aggregates' sync,
as `baochi load` does; "refresh" is `baochi.pipeline.warehouse.lake.refresh` right after it
(fingerprints every partition, rewrites the changed ones). Both on the same connection.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, main_for, row, write_staging
from benchmarks.synth_warehouse import build

DEFAULT_SIZE = 100_000
NEW_ARTICLES = 1000


def run(size: int | None = None) -> list[Row]:
    from baochi.pipeline.warehouse import aggregates, lake
    from baochi.pipeline.warehouse.connect import connect
    from baochi.pipeline.warehouse.load import load_staging

    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = root / "data" / "baochi.duckdb"
        db.parent.mkdir()
        build(db, n, quiet=True)
        con = connect(db)
        try:
            lake.refresh(con, root / "lake")
            write_staging(root / "data" / "staging", NEW_ARTICLES)
            started = time.perf_counter()
            load_staging(con, root / "data" / "staging", root / "data" / "loaded")
            aggregates.sync_after_load(con)
            load_s = time.perf_counter() - started
            started = time.perf_counter()
            done = lake.refresh(con, root / "lake")
            refresh_s = time.perf_counter() - started
        finally:
            con.close()
    return [row(f"lake refresh after a {NEW_ARTICLES:,}-article load, {n:,}-article warehouse"
                f" ({done['partitions_written']} partitions rewritten)",
                round(refresh_s, 3), round(load_s, 3), "s", "≤ 2")]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
