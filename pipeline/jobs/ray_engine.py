"""NLP on a Ray cluster: `baochi process --engine ray [--address ADDR]`.

The driver (this process, the warehouse's single writer) selects pending articles exactly as
the local engine does, cuts them into partitions and sends each partition's texts to a Ray
task. A task runs `analyse_article` (the local engine's own function) over its articles and
returns the results as one Parquet file's bytes; the driver writes it atomically to
`<data>/nlp-parts/nlp_version=<V>/part-<hash>.parquet`, loads it with the local engine's
`write_results` (one transaction per partition) and then deletes it.

Idempotent and resumable per partition:
- a task whose worker dies is retried by Ray (`max_retries`); a partition that still fails is
  split into one task per article, and an article whose task keeps killing its worker is
  recorded as failed (`WorkerDied`), as the local engine does;
- the driver killed after writing a part but before its transaction committed: the next run
  loads that part (rows whose article and content hash are still pending) without analysing
  again; a part whose articles were all loaded is deleted;
- the driver killed anywhere else: the transaction rolled back, the next run selects the same
  pending articles again. So a rerun gives the same tables as an uninterrupted run.

A local cluster is started bound to 127.0.0.1 with `num_cpus=workers`, no dashboard and thus
no job-submission port (both run code sent to them). `--address` joins an existing cluster
(`ray start --head` on the Ray machine, see docs/scale.md); its workers need baochi installed.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from baochi.pipeline.errors import CannotRun
from baochi.pipeline.jobs.process import (
    ArticleResult,
    ArticleText,
    ProcessResult,
    _fetch,
    _pending_ids,
    analyse_article,
    write_results,
)
from baochi.pipeline.warehouse.snapshot import paths_db

PARTS_FOLDER = "nlp-parts"
TASK_RETRIES = 3
SCHEMA = pa.schema([
    ("article_id", pa.string()), ("content_hash", pa.string()), ("status", pa.string()),
    ("error", pa.string()), ("rows", pa.string()),
])


def parts_dir(data_dir: Path, nlp_version: str) -> Path:
    return data_dir / PARTS_FOLDER / f"nlp_version={nlp_version}"


def results_to_parquet(results: list[ArticleResult], hashes: dict[str, str]) -> bytes:
    table = pa.table({
        "article_id": [r.article_id for r in results],
        "content_hash": [hashes.get(r.article_id) for r in results],
        "status": [r.status for r in results],
        "error": [r.error for r in results],
        "rows": [json.dumps(r.rows, ensure_ascii=False, default=str) for r in results],
    }, schema=SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def read_part(path: Path) -> list[tuple[ArticleResult, str | None]]:
    table = pq.read_table(path, schema=SCHEMA)
    out = []
    for row in table.to_pylist():
        result = ArticleResult(row["article_id"], row["status"], row["error"], json.loads(row["rows"]))
        out.append((result, row["content_hash"]))
    return out


def analyse_partition(articles: list[ArticleText], hashes: dict[str, str], nlp_version: str) -> bytes:
    """The Ray task: analyse a partition, return it as Parquet bytes."""
    return results_to_parquet([analyse_article(a, nlp_version) for a in articles], hashes)


def _write_atomically(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".tmp")
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, path)


def _part_name(ids: list[str], hashes: dict[str, str]) -> str:
    digest = hashlib.sha1("\n".join(f"{i}\t{hashes.get(i)}" for i in ids).encode("utf-8")).hexdigest()
    return f"part-{digest[:20]}.parquet"


def _hashes(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    rows = con.execute("SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?))",
                       [ids]).fetchall()
    return {r[0]: r[1] for r in rows}


def _load_part(con: duckdb.DuckDBPyConnection, path: Path, pending: dict[str, str], version: str,
               result: ProcessResult) -> set[str]:
    """Load the rows of a part whose article is still pending with the same content; delete it."""
    try:
        rows = read_part(path)
    except (OSError, pa.ArrowException):  # a torn file cannot happen (atomic rename); be safe
        path.unlink(missing_ok=True)
        return set()
    wanted = [r for r, content in rows if r.article_id in pending and pending[r.article_id] == content]
    if wanted:
        write_results(con, wanted, version, result)
    path.unlink(missing_ok=True)
    return {r.article_id for r in wanted}


def _token_available() -> bool:
    """Whether a Ray auth token is at hand where Ray looks for one."""
    if os.environ.get("RAY_AUTH_TOKEN"):
        return True
    path = os.environ.get("RAY_AUTH_TOKEN_PATH") or os.path.expanduser("~/.ray/auth_token")
    return os.path.isfile(path)


def _refused_token(exc: BaseException | None) -> bool:
    """Ray reports a refused token as text several exceptions down the chain."""
    while exc is not None:
        if "InvalidAuthToken" in str(exc) or type(exc).__name__ == "AuthenticationError":
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _join_cluster(ray: Any, address: str) -> None:
    """Join `ray start --head`'s cluster, with its token when there is one.

    `ray start --head` (Ray 2.5x+) turns token authentication on by itself when it finds a
    token (`~/.ray/auth_token`, `RAY_AUTH_TOKEN[_PATH]`), but a driver's `ray.init` sends one
    only in `RAY_AUTH_MODE=token`: the same user on the same machine was refused with
    `InvalidAuthToken`. A driver in token mode also joins a cluster without authentication,
    so token mode is chosen whenever a token is at hand and the operator chose no mode (before
    Ray is imported: it reads the mode then).
    """
    try:
        ray.init(address=address, log_to_driver=False, include_dashboard=False)
    except (ConnectionError, RuntimeError, ray.exceptions.AuthenticationError) as exc:
        hint = ("the cluster refused this machine's token: put the cluster's token in ~/.ray/auth_token or "
                "RAY_AUTH_TOKEN here" if _refused_token(exc)
                else "is `ray start --head` running there, and is its port reachable from here?")
        raise CannotRun(f"could not join the Ray cluster at {address}: {hint}") from exc


def _start_ray(workers: int, address: str | None) -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no reports sent anywhere
    if address and "RAY_AUTH_MODE" not in os.environ and _token_available():
        os.environ["RAY_AUTH_MODE"] = "token"  # see _join_cluster
    import ray

    if ray.is_initialized():
        return ray, False
    if address:
        _join_cluster(ray, address)
    else:
        # address="local": always a new cluster of our own, never one that `ray start` left
        # registered on this machine (ray.init() alone would join that one).
        ray.init(address="local", num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False, namespace="baochi")
    return ray, True


def process_pending_ray(  # noqa: C901 -- batching, retries and cluster faults in one loop; owner: jobs (issue 13)
    con: duckdb.DuckDBPyConnection,
    *,
    workers: int = 2,
    address: str | None = None,
    batch_size: int = 200,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ProcessResult:
    """The Ray engine's `process_pending` (same selection, same writes, same result)."""
    from baochi import nlp

    db = paths_db(con)
    if db is None:
        raise ValueError("--engine ray needs a warehouse file (its parts folder lives beside it)")
    version = nlp.NLP_VERSION
    folder = parts_dir(db.parent, version)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.tmp"):
        stale.unlink(missing_ok=True)
    result = ProcessResult()
    pending_ids = _pending_ids(con, version, limit)
    pending = _hashes(con, pending_ids) if pending_ids else {}
    total, done = len(pending), 0
    # Parts a killed driver wrote but did not load: load them without analysing again.
    for path in sorted(folder.glob("part-*.parquet")):
        loaded = _load_part(con, path, pending, version, result)
        for article_id in loaded:
            pending.pop(article_id, None)
        done += len(loaded)
        if progress and loaded:
            progress(done, total)
    if not pending:
        return result
    remaining = sorted(pending)
    size = max(10, min(batch_size, math.ceil(len(remaining) / (4 * max(1, workers)))))
    partitions = [remaining[i:i + size] for i in range(0, len(remaining), size)]
    ray, started = _start_ray(workers, address)
    task = ray.remote(max_retries=TASK_RETRIES, num_cpus=1)(analyse_partition)
    single = ray.remote(max_retries=1, num_cpus=1)(analyse_partition)
    try:
        in_flight: dict[Any, tuple[list[str], bool]] = {}
        queue = list(partitions)
        window = 2 * max(1, workers)

        def submit(ids: list[str], one: bool = False) -> None:
            hashes = {i: pending[i] for i in ids}
            ref = (single if one else task).remote(_fetch(con, ids), hashes, version)
            in_flight[ref] = (ids, one)

        while queue or in_flight:
            while queue and len(in_flight) < window:
                submit(queue.pop(0))
            ready, _ = ray.wait(list(in_flight), num_returns=1)
            ref = ready[0]
            ids, one = in_flight.pop(ref)
            try:
                data = ray.get(ref)
            except (ray.exceptions.WorkerCrashedError, ray.exceptions.RayTaskError,
                    ray.exceptions.NodeDiedError) as exc:
                if not one and len(ids) > 1:
                    for article_id in ids:  # find the article that kills its worker
                        submit([article_id], one=True)
                    continue
                hashes = {i: pending[i] for i in ids}
                data = results_to_parquet([ArticleResult(i, "failed", _died(exc)) for i in ids], hashes)
            path = folder / _part_name(ids, pending)
            _write_atomically(path, data)
            done += len(_load_part(con, path, pending, version, result))
            if progress:
                progress(done, total)
    finally:
        if started:
            ray.shutdown()
    return result


def _died(exc: BaseException) -> str:
    text = f"WorkerDied: the NLP worker died on this article ({type(exc).__name__})"
    return text[:500]
