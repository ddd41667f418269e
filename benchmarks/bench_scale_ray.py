"""NLP on Ray: `baochi process --engine ray` with 2 workers vs the local engine with 2 workers,
and vs Ray with 1 worker, on the same staged sample-corpus articles, same run.

    python -m benchmarks.bench_scale_ray [--size ARTICLES] [--json]

Wall time of the whole command, so the Ray figures include starting a local cluster (about
3–7 s here) and each Ray worker's first import of the NLP stack.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, main_for, row, write_staging

DEFAULT_SIZE = 2000


def _rate(root: Path, source: Path, name: str, n: int, *args: str) -> float:
    from baochi.pipeline.jobs.stages import open_warehouse
    from baochi.pipeline.paths import resolve_paths
    from baochi.pipeline.warehouse.load import load_staging

    paths = resolve_paths(root / name / "baochi.duckdb")
    shutil.copytree(source, paths.staging)
    con = open_warehouse(paths)
    load_staging(con, paths.staging, paths.loaded)
    con.close()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "baochi.pipeline", "process", "--db", str(paths.db), "--quiet", *args],
                   check=True, capture_output=True)
    return n / (time.perf_counter() - started)


def run(size: int | None = None) -> list[Row]:
    n = size or DEFAULT_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_staging(root / "source", n)
        local2 = _rate(root, root / "source", "local2", n, "--workers", "2")
        ray2 = _rate(root, root / "source", "ray2", n, "--engine", "ray", "--workers", "2")
        ray1 = _rate(root, root / "source", "ray1", n, "--engine", "ray", "--workers", "1")
    return [
        row(f"process --engine ray, 2 workers vs local engine, 2 workers ({n} articles)", round(ray2, 1),
            round(local2, 1), "articles/s", "≥ 0.85"),
        row(f"process --engine ray, 2 workers vs 1 Ray worker ({n} articles)", round(ray2, 1), round(ray1, 1),
            "articles/s", "≥ 1.3"),
    ]


if __name__ == "__main__":
    main_for(run, __doc__ or "")
