"""NLP stage: analyse every article that the current NLP version has not analysed yet.

NLP runs outside the crawler, in a process pool: underthesea is CPU-bound and Scrapy uses one
core. Only this process writes to DuckDB (a single writer); workers are pure functions over
text. Work is selected by (article, NLP version, content hash), so a re-run does nothing, a
new NLP version re-analyses everything, and a changed article is analysed again. Articles
are read and written in batches, so memory stays flat as the corpus grows.
"""

from __future__ import annotations

import multiprocessing
import os
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pandas as pd
from baochi.pipeline.jobs.parent_death import exit_when_process_dies
from baochi.pipeline.settings import get_settings
from baochi.pipeline.warehouse import aggregates

FIELDS = ("title", "lead", "body")
SEPARATOR = "\n\n"
# Press articles run to a few thousand words; a page far longer is garbage (a concatenated
# archive, a broken template) and NLP time grows faster than linearly with it, so one such
# page could stall the nightly run for hours. It is recorded as failed with the reason; the
# limit is `Settings.nlp_max_chars` (BAOCHI_NLP_MAX_CHARS, baochi.pipeline.settings).
MENTION_TABLES = (
    "campaign_mentions", "organisation_mentions", "date_mentions", "honour_mentions",
    "document_mentions",
)


@dataclass
class ArticleText:
    article_id: str
    source_id: str
    title: str | None
    lead: str | None
    body: str | None
    published_at: str | None


@dataclass
class ArticleResult:
    article_id: str
    status: str
    error: str | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class ProcessResult:
    analysed: int = 0
    failed: int = 0
    mentions: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"analysed": self.analysed, "failed": self.failed, **self.mentions}


def _joined(article: ArticleText) -> tuple[str, list[tuple[str, int, int]]]:
    """Title, lead and body as one text (so context crosses fields) and each field's span."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for name in FIELDS:
        value = getattr(article, name)
        if not value:
            continue
        value = unicodedata.normalize("NFC", value)
        if parts:
            offset += len(SEPARATOR)
        spans.append((name, offset, offset + len(value)))
        parts.append(value)
        offset += len(value)
    return SEPARATOR.join(parts), spans


def _locate(spans: list[tuple[str, int, int]], start: int, end: int) -> tuple[str, int, int] | None:
    for name, lo, hi in spans:
        if lo <= start and end <= hi:
            return name, start - lo, end - lo
    return None


def analyse_article(article: ArticleText, nlp_version: str) -> ArticleResult:
    """Analyse one article and turn its mentions into warehouse rows (per field offsets)."""
    from baochi import nlp

    try:
        text, spans = _joined(article)
        if len(text) > (limit := get_settings().nlp_max_chars):
            return ArticleResult(article.article_id, "failed", (
                f"TooLong: {len(text)} characters, more than the {limit} the NLP stage "
                "analyses (BAOCHI_NLP_MAX_CHARS)"))
        analysis = nlp.analyse(text, article.published_at, article.source_id).to_dict()
        rows = _rows(article, analysis, spans, nlp_version)
    except Exception as exc:  # one bad article must not stop the stage; it is recorded
        return ArticleResult(article.article_id, "failed", _error_text(exc))
    return ArticleResult(article.article_id, "ok", rows=rows)


def _error_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 500 else text[:497] + "..."


def _rows(
    article: ArticleText, analysis: dict[str, Any], spans: list[tuple[str, int, int]], nlp_version: str
) -> dict[str, list[dict[str, Any]]]:
    """Mentions → warehouse rows, each with offsets into its own field."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in MENTION_TABLES}
    rows["campaigns"], rows["organisations"] = [], []
    for kind, table in (
        ("campaigns", "campaign_mentions"), ("organisations", "organisation_mentions"),
        ("dates", "date_mentions"), ("honours", "honour_mentions"),
        ("documents", "document_mentions"),
    ):
        seen: set[tuple[str, int]] = set()
        for mention in analysis.get(kind, []):
            where = _locate(spans, mention["start"], mention["end"])
            if where is None or (where[0], where[1]) in seen:
                continue
            seen.add((where[0], where[1]))
            row: dict[str, Any] = {
                "article_id": article.article_id, "nlp_version": nlp_version,
                "field": where[0], "char_start": where[1], "char_end": where[2],
                "surface": mention["surface"], "sentence_index": mention.get("sentence"),
            }
            if kind == "campaigns":
                row["campaign_id"] = mention["campaign_id"]
                rows["campaigns"].append(
                    {"campaign_id": mention["campaign_id"], "name": mention["name"],
                     "key": mention["key"], "kind": mention.get("kind")}
                )
            elif kind == "organisations":
                row["organisation_id"] = mention["organisation_id"]
                rows["organisations"].append(
                    {"organisation_id": mention["organisation_id"], "name": mention["name"],
                     "acronym": mention.get("acronym"), "province": mention.get("province"),
                     "kind": mention.get("kind")}
                )
            elif kind == "dates":
                row.update(date_start=mention.get("date_start"), date_end=mention.get("date_end"),
                           granularity=mention.get("granularity"),
                           part_of_day=mention.get("part_of_day"))
            elif kind == "honours":
                row["name"] = mention.get("name")
            else:
                row.update(kind=mention.get("kind"), number=mention.get("number"),
                           issuer=mention.get("issuer"), subject=mention.get("subject"))
            rows[table].append(row)
    return rows


def _analyse_chunk(chunk: list[ArticleText], nlp_version: str) -> list[ArticleResult]:
    return [analyse_article(a, nlp_version) for a in chunk]


def _pending_ids(con: duckdb.DuckDBPyConnection, nlp_version: str, limit: int | None) -> list[str]:
    sql = (
        "SELECT a.article_id FROM articles a LEFT JOIN article_analyses aa"
        " ON aa.article_id = a.article_id AND aa.nlp_version = ? AND aa.content_hash = a.content_hash"
        " WHERE aa.article_id IS NULL ORDER BY a.article_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in con.execute(sql, [nlp_version]).fetchall()]


def _fetch(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[ArticleText]:
    rows = con.execute(
        "SELECT article_id, source_id, title, lead, body,"
        " strftime(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', '%Y-%m-%dT%H:%M:%S') || '+07:00'"
        " FROM articles WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id",
        [ids],
    ).fetchall()
    return [ArticleText(*row) for row in rows]


_COLUMNS = {
    "campaign_mentions": "article_id, nlp_version, field, char_start, char_end, campaign_id, surface, sentence_index",
    "organisation_mentions": "article_id, nlp_version, field, char_start, char_end, organisation_id, surface, sentence_index",
    "date_mentions": "article_id, nlp_version, field, char_start, char_end, surface, sentence_index, date_start, date_end, granularity, part_of_day",
    "honour_mentions": "article_id, nlp_version, field, char_start, char_end, name, surface, sentence_index",
    "document_mentions": "article_id, nlp_version, field, char_start, char_end, kind, number, issuer, subject, surface, sentence_index",
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], columns: str, conflict: str = "") -> None:
    if not rows:
        return
    names = [c.strip() for c in columns.split(",")]
    frame = pd.DataFrame(rows, columns=names).astype(object)
    frame = frame.where(frame.notna(), None)
    con.register("incoming_rows", frame)
    try:
        casts = ", ".join(
            f"CAST({n} AS DATE) AS {n}" if n in ("date_start", "date_end") else n for n in names
        )
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {casts} FROM incoming_rows {conflict}")
    finally:
        con.unregister("incoming_rows")


def write_results(
    con: duckdb.DuckDBPyConnection, results: list[ArticleResult], nlp_version: str, result: ProcessResult
) -> None:
    """Replace the mentions of these articles with the new ones, in one transaction."""
    ids = [r.article_id for r in results]
    now = datetime.now(tz=UTC)
    con.execute("BEGIN TRANSACTION")
    try:
        aggregates.remove_mentions(con, ids)  # hook (analytics): coverage aggregates, same transaction
        for table in MENTION_TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
        campaigns: dict[str, dict] = {}
        organisations: dict[str, dict] = {}
        per_table: dict[str, list[dict]] = {t: [] for t in MENTION_TABLES}
        for item in results:
            for row in item.rows.get("campaigns", []):
                campaigns.setdefault(row["campaign_id"], row)
            for row in item.rows.get("organisations", []):
                organisations.setdefault(row["organisation_id"], row)
            for table in MENTION_TABLES:
                per_table[table].extend(item.rows.get(table, []))
        _insert(con, "campaigns", list(campaigns.values()), "campaign_id, name, key, kind",
                "ON CONFLICT (campaign_id) DO NOTHING")
        _insert(con, "organisations", list(organisations.values()),
                "organisation_id, name, acronym, province, kind",
                "ON CONFLICT (organisation_id) DO NOTHING")
        for table in MENTION_TABLES:
            _insert(con, table, per_table[table], _COLUMNS[table])
            result.mentions[table] = result.mentions.get(table, 0) + len(per_table[table])
        con.execute(
            "INSERT INTO article_analyses"
            " SELECT a.article_id, ?, a.content_hash, ?, r.status, r.error"
            " FROM articles a JOIN (SELECT unnest(?) AS article_id, unnest(?) AS status,"
            " unnest(?) AS error) r USING (article_id)"
            " ON CONFLICT (article_id, nlp_version) DO UPDATE SET content_hash = excluded.content_hash,"
            " analysed_at = excluded.analysed_at, status = excluded.status, error = excluded.error",
            [nlp_version, now, ids, [r.status for r in results], [r.error for r in results]],
        )
        aggregates.add_mentions(con, ids)  # hook (analytics): coverage aggregates, same transaction
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    result.analysed += sum(r.status == "ok" for r in results)
    result.failed += sum(r.status != "ok" for r in results)


def _write_in_flight(
    con: duckdb.DuckDBPyConnection,
    in_flight: tuple[list[str], list[Future[list[ArticleResult]]]],
    version: str,
    result: ProcessResult,
) -> int:
    batch_ids, futures = in_flight
    write_results(con, [r for future in futures for r in future.result()], version, result)
    return len(batch_ids)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has already imported the NLP stack: no fork of this
    (multi-threaded, DuckDB-holding) process, and no per-worker import cost as with spawn."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["nlp"])
    return context


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # Workers exit when this process dies, so a killed run leaves no idle worker (nor fork
    # server) waiting on its queue forever.
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=_pool_context(), initializer=exit_when_process_dies,
        initargs=(os.getpid(),),
    )


def _analyse_in_pool(
    pool: ProcessPoolExecutor, workers: int, articles: list[ArticleText], version: str, chunk_size: int
) -> tuple[list[ArticleResult], ProcessPoolExecutor]:
    """Analyse a batch in the pool; if a worker dies (native crash, OOM killer), find the
    article that kills it, record it as failed, and analyse the rest: the stage goes on."""
    chunks = [articles[i:i + chunk_size] for i in range(0, len(articles), chunk_size)]
    try:
        return [r for part in pool.map(_analyse_chunk, chunks, [version] * len(chunks)) for r in part], pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
    pool = _new_pool(workers)
    results: list[ArticleResult] = []
    for article in articles:
        try:
            results.extend(pool.submit(_analyse_chunk, [article], version).result())
        except BrokenProcessPool:
            results.append(ArticleResult(
                article.article_id, "failed", "WorkerDied: the NLP worker process died on this article"))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _new_pool(workers)
    return results, pool


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def process_pending(
    con: duckdb.DuckDBPyConnection,
    *,
    workers: int = 2,
    batch_size: int = 200,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    engine: str = "local",
    address: str | None = None,
) -> ProcessResult:
    """Analyse pending articles; `progress(done, total)` is called after each batch.
    `engine="ray"` runs the analysis on a Ray cluster (`address`, or a local one)."""
    if engine == "ray":
        from baochi.pipeline.jobs.ray_engine import process_pending_ray

        return process_pending_ray(con, workers=workers, address=address, batch_size=batch_size,
                                   limit=limit, progress=progress)
    from baochi import nlp

    version = nlp.NLP_VERSION
    pending = _pending_ids(con, version, limit)
    result = ProcessResult()
    if not pending:
        return result
    chunk_size = 10
    use_pool = workers > 1 and len(pending) > 2 * chunk_size
    pool = _new_pool(workers) if use_pool else None
    done = 0
    try:
        # The next batch is analysed by the workers while this process writes the previous
        # one, so the single writer never leaves both cores idle.
        in_flight: tuple[list[str], list[Future[list[ArticleResult]]]] | None = None
        for batch_ids in _chunks(pending, batch_size):
            articles = _fetch(con, batch_ids)
            if pool is None:
                write_results(con, _analyse_chunk(articles, version), version, result)
                done += len(batch_ids)
                if progress:
                    progress(done, len(pending))
                continue
            futures = [
                pool.submit(_analyse_chunk, articles[i:i + chunk_size], version)
                for i in range(0, len(articles), chunk_size)
            ]
            if in_flight is not None:
                done += _write_in_flight(con, in_flight, version, result)
                if progress:
                    progress(done, len(pending))
            in_flight = (batch_ids, futures)
        if in_flight is not None:
            done += _write_in_flight(con, in_flight, version, result)
            if progress:
                progress(done, len(pending))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return result
