"""NLP stage throughput: `baochi process` articles per second with 1 and 2 workers on the
sample corpus, same run (the ratio shows how much the second core buys)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, main_for, row, write_staging

DEFAULT_SIZE = 1000


def _process_rate(root: Path, source: Path, workers: int, n: int) -> float:
    from baochi.pipeline.jobs.stages import open_warehouse
    from baochi.pipeline.paths import resolve_paths
    from baochi.pipeline.warehouse.load import load_staging

    paths = resolve_paths(root / f"w{workers}" / "baochi.duckdb")
    shutil.copytree(source, paths.staging)
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    con.close()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "baochi.pipeline", "process", "--db", str(paths.db), "--workers", str(workers), "--quiet"],
        check=True, capture_output=True,
    )
    return n / (time.perf_counter() - start)


def run(size: int | None = None) -> list[Row]:
    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_staging(root / "source", n)
        one = _process_rate(root, root / "source", 1, n)
        two = _process_rate(root, root / "source", 2, n)
    return [row(f"process: {n} articles, 2 workers vs 1", two, one, "articles/s", "> 1 (uses both cores)")]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
