"""Staging files → warehouse, one transaction per file, idempotent, nothing lost.

DuckDB reads the gzip JSON Lines itself (`read_json`), which is two to three orders of
magnitude faster than inserting rows from Python. A file moves to `loaded/` only after its
transaction commits, so a load killed at any point leaves the file in `staging/` and the next
load repeats it with the same result: rows are upserted on `article_id`, and content that
changed since the stored version first copies the stored version to `article_versions`.

Two kinds of failure, handled differently:

- **Content faults are decided per line.** Every line passes one validation, written once in
  SQL (`_REASONS`) and applied to both paths: the fast path, where DuckDB reads the staging
  files as they are, and the line-by-line path, where Python first copies the lines DuckDB can
  parse at all (valid UTF-8, JSON, an object, no lone surrogate) to a clean file. A line that
  fails is quarantined in `<data>/rejected/<file>.rejected.jsonl` with its reason; the good
  lines of the same file load. Only a file that is itself damaged (truncated gzip, not gzip)
  moves to `rejected/`, after its readable lines are committed.
- **Environmental faults never move data.** No space, an I/O error, a read-only or
  unwritable directory, an interrupt: the transaction is rolled back, every staging file
  stays where it was, and `EnvironmentFault` says what happened and what to do. The same load,
  run again once the fault is cleared, loads everything.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
from baochi.pipeline.jobs.faults import crash_point
from baochi.pipeline.warehouse.environment import EnvironmentFault, as_environment_fault

# The staged record's fields this load reads (the crawler may stage more; they are ignored).
STAGING_COLUMNS = {
    "source_id": "VARCHAR",
    "source_article_id": "VARCHAR",
    "url": "VARCHAR",
    "canonical_url": "VARCHAR",
    "title": "VARCHAR",
    "lead": "VARCHAR",
    "body": "VARCHAR",
    "author": "VARCHAR",
    "category": "VARCHAR",
    "category_slug": "VARCHAR",
    "published_at": "VARCHAR",
    "body_status": "VARCHAR",
    "extraction": "JSON",
    "content_hash": "VARCHAR",
    "fetched_at": "VARCHAR",
    "run_id": "VARCHAR",
    # since migration 004: how far to trust the row
    "published_precision": "VARCHAR",
    "body_reason": "VARCHAR",
    "charset": "VARCHAR",
    "captions": "JSON",
    "http_status": "JSON",
}
TEXT_FIELDS = tuple(k for k, v in STAGING_COLUMNS.items() if v == "VARCHAR")
REQUIRED_FIELDS = ("source_id", "source_article_id", "url", "content_hash")
BODY_STATUSES = ("ok", "encoded", "missing", "failed")
# Instants outside this range are not news: a `fetched_at` there is a content fault, a
# `published_at` there is unknown (NULL). The upper bound is the end of tomorrow.
EARLIEST = "1945-01-01"

# A line longer than this is rejected rather than loaded: DuckDB's own default, since read_json
# allocates read buffers of this size per file (64 MB made large loads measurably slower).
MAX_LINE_BYTES = 16 * 1024 * 1024

ARTICLE_COLUMNS = (
    "article_id, source_id, source_article_id, url, canonical_url, title, lead, body, author,"
    " category, category_slug, published_at, body_status, extraction, content_hash,"
    " first_seen_at, fetched_at, run_id, published_precision, body_reason, captions, charset,"
    " http_status"
)

# A stored article is replaced only by a newer fetch, and a readable body is never replaced by
# a fetch that could not read one (an encoded or missing body is a fetch problem, not news).
_REPLACES = (
    "s.fetched_at > a.fetched_at AND NOT (a.body_status = 'ok' AND s.body_status <> 'ok')"
)


@dataclass
class LoadResult:
    files: list[Path] = field(default_factory=list)
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_invalid: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    files_rejected: list[Path] = field(default_factory=list)
    # Files left in staging after an error that is neither the data's nor the environment's
    # (a bug): the next load tries them again; the rest of the load goes on.
    files_kept: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped_invalid": self.skipped_invalid,
            "rejected_lines": sum(self.rejected.values()),
            "files_quarantined": len(self.files_rejected),
            "files_kept": len(self.files_kept),
            **{f"rejected_{reason}": n for reason, n in sorted(self.rejected.items())},
        }

    def add_merged(self, staged: int, new: int, updated: int, unchanged: int) -> None:
        """Count one committed merge (either load path)."""
        self.rows += staged
        self.new += new
        self.updated += updated
        self.unchanged += unchanged

    def reject(self, reason: str, count: int = 1) -> None:
        self.rejected[reason] = self.rejected.get(reason, 0) + count


def staged_files(staging: Path) -> list[Path]:
    """Complete staging files, oldest first (`.part` files are unfinished batches)."""
    if not staging.is_dir():
        return []
    return sorted(p for p in staging.glob("*.jsonl.gz") if p.is_file())


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Any) -> None:
    for source_id, name, province, base_url in sources:
        con.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET"
            " name = excluded.name, province = excluded.province, base_url = excluded.base_url"
            # An unchanged source is not rewritten: opening the warehouse then writes nothing.
            " WHERE (sources.name, sources.province, sources.base_url)"
            " IS DISTINCT FROM (excluded.name, excluded.province, excluded.base_url)",
            [source_id, name, province, base_url],
        )


FILES_PER_TRANSACTION = 20  # staging files (500 articles each by default) per load transaction


class _NeedsCleaning(Exception):
    """The fast path found a line it cannot load as is: take the line-by-line path."""


# -- the one validation ---------------------------------------------------------------------------


def _id_group(pattern: str) -> str | None:
    """The text of the `(?P<id>…)` group of a registry URL pattern."""
    start = pattern.find("(?P<id>")
    if start < 0:
        return None
    i, depth, in_class, out = start + len("(?P<id>"), 1, False, []
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return "".join(out)
        out.append(char)
        i += 1
    return None


@cache
def source_id_patterns() -> dict[str, str]:
    """source_id → the pattern its article ids match (ASCII), from the registry's URL patterns."""
    from baochi.crawler.sources import load_registry

    patterns: dict[str, str] = {}
    for source_id, source in load_registry().items():
        groups = [g for g in (_id_group(p.pattern) for p in source.article_patterns) if g]
        usable = []
        for group in groups:
            try:
                re.compile(group, re.ASCII)
            except re.error:
                continue
            usable.append(group)
        patterns[source_id] = "(?:" + "|".join(usable) + ")" if usable else "[!-~]+"
    return patterns


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _in_range(expr: str) -> str:
    return f"({expr} >= TIMESTAMPTZ '{EARLIEST} 00:00:00+00' AND {expr} < current_date + INTERVAL 2 DAY)"


@cache
def _type_reason_sql() -> str:
    """A CASE naming the first field of a raw line (JSON columns, alias `r`) whose type is not
    the contract's. Columns are read as JSON so that a title of 123 or a body that is a list
    is seen for what it is instead of being cast to text. DuckDB keeps a JSON value as its
    minified text: a string starts with a quote, an object with a brace (a prefix test is
    several times cheaper than json_type)."""
    checks = [(f"NOT starts_with(r.{f}::VARCHAR, '\"')", f"bad_type_{f}") for f in TEXT_FIELDS]
    checks.append(("NOT starts_with(r.extraction::VARCHAR, '{')", "bad_type_extraction"))
    checks.append(("NOT starts_with(r.captions::VARCHAR, '[')", "bad_type_captions"))
    checks.append(("TRY_CAST(r.captions AS VARCHAR[]) IS NULL AND r.captions IS NOT NULL", "bad_type_captions"))
    checks.append(("NOT regexp_full_match(r.http_status::VARCHAR, '[0-9]{1,3}')", "bad_type_http_status"))
    return "CASE " + " ".join(f"WHEN {cond} THEN {_literal(reason)}" for cond, reason in checks) + " END"


@cache
def _value_reason_sql() -> str:
    """A CASE naming the first rule the extracted values of a line break (NULL: loadable):
    required fields, known source, the source's id pattern, sane instants, body status."""
    patterns = source_id_patterns()
    known = ", ".join(_literal(s) for s in sorted(patterns)) or "NULL"
    id_match = " ".join(
        f"WHEN {_literal(s)} THEN regexp_full_match(source_article_id, {_literal(p)})"
        for s, p in sorted(patterns.items())
    )
    statuses = ", ".join(_literal(s) for s in BODY_STATUSES)
    checks = [(f"nullif(trim({f}), '') IS NULL", f"missing_{f}") for f in REQUIRED_FIELDS]
    checks.append((f"source_id NOT IN ({known})", "unknown_source"))
    checks.append((
        "NOT regexp_full_match(source_article_id, '[!-~]+')"
        f" OR NOT coalesce(CASE source_id {id_match} END, false)",
        "bad_source_article_id",
    ))
    checks.append(("fetched IS NULL", "bad_fetched_at"))
    checks.append((f"NOT {_in_range('fetched')}", "fetched_at_out_of_range"))
    checks.append((f"body_status NOT IN ({statuses})", "bad_body_status"))
    return "CASE " + " ".join(f"WHEN {cond} THEN {_literal(reason)}" for cond, reason in checks) + " END"


def _read_json_sql() -> str:
    columns = {k: "JSON" for k in STAGING_COLUMNS} | {"_line": "BIGINT"}
    spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in columns.items()) + "}"
    return (f"read_json(?, columns = {spec}, format = 'newline_delimited',"
            f" maximum_object_size = {MAX_LINE_BYTES}, compression = 'auto_detect')")


def _stage(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> tuple[int, int]:
    """Read `paths` into the temp table `stage_all` (every line, with its rejection reason or
    NULL) and `stage` (loadable lines, newest record per article); (lines, rejected)."""
    # Each value is extracted and cast once (innermost), the rules read the extracted values
    # (middle), and the outer query shapes the row as `articles` wants it.
    text = ", ".join(f"(r.{f} ->> '$') AS {f}" for f in TEXT_FIELDS if f not in ("published_at", "fetched_at"))
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE stage_all AS
        SELECT line, reason, source_id || ':' || source_article_id AS article_id, source_id,
               source_article_id, url, canonical_url, title, lead,
               CASE WHEN body_status = 'ok' THEN body END AS body,
               author, category, category_slug,
               CASE WHEN {_in_range('published')} THEN published END AS published_at,
               coalesce(body_status, 'missing') AS body_status, extraction, content_hash,
               fetched AS fetched_at, run_id, published_precision,
               CASE WHEN body_status <> 'ok' THEN body_reason END AS body_reason,
               coalesce(captions, []) AS captions, charset, http_status
        FROM (
            SELECT *, coalesce(type_reason, {_value_reason_sql()}) AS reason
            FROM (
                SELECT r._line AS line, {_type_reason_sql()} AS type_reason, {text},
                       TRY_CAST(r.published_at ->> '$' AS TIMESTAMPTZ) AS published,
                       TRY_CAST(r.fetched_at ->> '$' AS TIMESTAMPTZ) AS fetched, r.extraction,
                       TRY_CAST(r.captions AS VARCHAR[]) AS captions,
                       TRY_CAST(r.http_status AS INTEGER) AS http_status
                FROM {_read_json_sql()} r
            )
        )
        """,
        [[str(path) for path in paths]],
    )
    total, rejected, distinct = con.execute(
        "SELECT count(*), count(reason), count(DISTINCT article_id) FILTER (WHERE reason IS NULL)"
        " FROM stage_all"
    ).fetchone() or (0, 0, 0)
    if rejected == 0 and distinct == total:
        # The common case (every line sound, each article once): no second copy needed.
        con.execute("ALTER TABLE stage_all RENAME TO stage")
        return int(total), 0
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE stage AS
        SELECT * FROM stage_all WHERE reason IS NULL
        QUALIFY row_number() OVER (
            PARTITION BY article_id ORDER BY fetched_at DESC, content_hash) = 1
        """
    )
    return int(total), int(rejected)


def _merge(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int, int]:
    """Upsert the temp table `stage` into `articles`, keeping replaced content as versions."""
    staged, new, updated = con.execute(
        f"""
        SELECT count(*), count(*) FILTER (WHERE a.article_id IS NULL),
               count(*) FILTER (WHERE a.article_id IS NOT NULL AND {_REPLACES}
                                AND a.content_hash <> s.content_hash)
        FROM stage s LEFT JOIN articles a USING (article_id)
        """
    ).fetchone() or (0, 0, 0)
    if new < staged:  # some staged articles are stored already: keep what they replace
        con.execute(
            f"""
            INSERT INTO article_versions
            SELECT a.article_id, coalesce(v.last_version, 0) + 1, a.content_hash, a.title, a.lead,
                   a.body, a.fetched_at, now()
            FROM articles a JOIN stage s USING (article_id)
            LEFT JOIN (SELECT article_id, max(version) AS last_version
                       FROM article_versions GROUP BY article_id) v USING (article_id)
            WHERE {_REPLACES} AND a.content_hash <> s.content_hash
            """
        )
    # Only new articles (the usual crawl): a plain insert, without the upsert's conflict path.
    upsert = "" if new == staged else """
        ON CONFLICT (article_id) DO UPDATE SET
            url = excluded.url, canonical_url = excluded.canonical_url,
            title = excluded.title, lead = excluded.lead, body = excluded.body,
            author = excluded.author, category = excluded.category,
            category_slug = excluded.category_slug, published_at = excluded.published_at,
            body_status = excluded.body_status, extraction = excluded.extraction,
            content_hash = excluded.content_hash, fetched_at = excluded.fetched_at,
            run_id = excluded.run_id, published_precision = excluded.published_precision,
            body_reason = excluded.body_reason, captions = excluded.captions,
            charset = excluded.charset, http_status = excluded.http_status
        WHERE excluded.fetched_at > articles.fetched_at
          AND NOT (articles.body_status = 'ok' AND excluded.body_status <> 'ok')"""
    con.execute(
        f"""
        INSERT INTO articles ({ARTICLE_COLUMNS})
        SELECT article_id, source_id, source_article_id, url, canonical_url, title, lead, body,
               author, category, category_slug, published_at, body_status, extraction,
               content_hash, now(), fetched_at, run_id, published_precision, body_reason,
               captions, charset, http_status
        FROM stage {upsert}
        """
    )
    con.execute("DROP TABLE IF EXISTS stage")
    con.execute("DROP TABLE IF EXISTS stage_all")
    return int(staged), int(new), int(updated), int(staged - new - updated)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is open; a failed commit has already ended it."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _raise_if_environment(exc: BaseException) -> None:
    fault = as_environment_fault("load", exc)
    if fault is not None and not isinstance(exc, KeyboardInterrupt):
        raise fault from exc


# -- the line-by-line path: load what is good, quarantine what is not -----------------------------


@dataclass
class _Cleaned:
    clean: Path
    lines: int = 0
    bad: list[dict[str, Any]] = field(default_factory=list)
    broken_file: str | None = None  # why the file itself is damaged (truncated, not gzip)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def check_line(line: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """What Python decides before DuckDB reads a line: (record, None) or (None, reason).

    Only what DuckDB cannot read at all is decided here (bytes, JSON, an object, lone
    surrogates); every rule about the fields is in `_reason_sql`, shared with the fast path.
    """
    if len(line) > MAX_LINE_BYTES:
        return None, "too_large"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None, "invalid_utf8"
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None, "invalid_json"
    if not isinstance(data, dict):
        return None, "not_an_object"
    record = {key: data.get(key) for key in STAGING_COLUMNS}
    try:
        json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8")  # 1e400 is inf
    except UnicodeEncodeError:  # "\ud800": JSON may escape it, no text can hold it
        return None, "invalid_unicode"
    except (ValueError, RecursionError):
        return None, "invalid_json"
    return record, None


def _clean_copy(path: Path, work: Path) -> _Cleaned:
    """Copy the lines DuckDB can read to a plain JSON Lines file, each with its line number.

    Reading errors of the file itself (truncated gzip, not gzip) mark the file damaged; an
    operating-system error (reading or writing) is raised, since it says nothing about the data.
    """
    work.mkdir(parents=True, exist_ok=True)
    cleaned = _Cleaned(clean=work / (path.name.removesuffix(".gz") + ".clean"))
    with open(cleaned.clean, "w", encoding="utf-8") as out, gzip.open(path, "rb") as handle:
        lines = enumerate(handle, start=1)
        while True:
            try:
                number, line = next(lines)
            except StopIteration:
                break
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                cleaned.broken_file = f"{type(exc).__name__}: {exc}"
                break
            except OSError as exc:
                if exc.errno is not None:
                    raise
                cleaned.broken_file = f"{type(exc).__name__}: {exc}"
                break
            cleaned.lines = number
            if not line.strip():
                continue
            record, reason = check_line(line.rstrip(b"\r\n"))
            if record is None:
                cleaned.bad.append({"file": path.name, "line": number, "reason": reason,
                                    "text": line[:100_000].decode("utf-8", "backslashreplace")})
                continue
            record["_line"] = number
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return cleaned


def _raw_lines(path: Path, wanted: set[int]) -> dict[int, str]:
    """The text of some lines of a staging file (for the quarantine file)."""
    found: dict[int, str] = {}
    try:
        with gzip.open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if number in wanted:
                    found[number] = line[:100_000].decode("utf-8", "backslashreplace").rstrip("\r\n")
                    if len(found) == len(wanted):
                        break
    except (EOFError, zlib.error, gzip.BadGzipFile):
        pass
    return found


def _write_quarantine(path: Path, rejected_dir: Path, bad: list[dict[str, Any]]) -> None:
    """`rejected/<file>.rejected.jsonl`, written whole (`.part`, rename): a repeated load
    rewrites it instead of doubling it."""
    rejected_dir.mkdir(parents=True, exist_ok=True)
    target = rejected_dir / (path.name.removesuffix(".jsonl.gz") + ".rejected.jsonl")
    part = target.with_name(target.name + ".part")
    with open(part, "w", encoding="utf-8") as handle:
        for item in sorted(bad, key=lambda i: i["line"]):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, target)


def _load_group(con: duckdb.DuckDBPyConnection, paths: list[Path], result: LoadResult) -> None:
    """The fast path: several staging files in one transaction, as DuckDB reads them."""
    con.execute("BEGIN TRANSACTION")
    try:
        total, rejected = _stage(con, paths)
        if rejected:
            raise _NeedsCleaning(f"{rejected} of {total} lines cannot be loaded as they are")
        staged, new, updated, unchanged = _merge(con)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    result.add_merged(staged, new, updated, unchanged)


def _load_cleaned(
    con: duckdb.DuckDBPyConnection, path: Path, cleaned: _Cleaned, result: LoadResult, rejected_dir: Path
) -> None:
    """The line-by-line path: the clean copy in one transaction; rejected lines quarantined."""
    bad = list(cleaned.bad)
    con.execute("BEGIN TRANSACTION")
    try:
        _total, rejected = _stage(con, [cleaned.clean])
        if rejected:
            refused = con.execute("SELECT line, reason FROM stage_all WHERE reason IS NOT NULL").fetchall()
            texts = _raw_lines(path, {int(line) for line, _ in refused})
            bad += [{"file": path.name, "line": int(line), "reason": reason, "text": texts.get(int(line), "")}
                    for line, reason in refused]
        staged, new, updated, unchanged = _merge(con)
        if bad:
            _write_quarantine(path, rejected_dir, bad)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    result.add_merged(staged, new, updated, unchanged)
    for item in bad:
        result.reject(item["reason"])
    result.skipped_invalid += len(bad)


def load_file(
    con: duckdb.DuckDBPyConnection, path: Path, result: LoadResult, rejected_dir: Path | None = None
) -> bool:
    """Load one staging file in one transaction; True when the file itself is sound.

    Raises `EnvironmentFault` (nothing committed, nothing moved) when the environment stops it.
    """
    rejected_dir = rejected_dir or path.parent.parent / "rejected"
    try:
        _load_group(con, [path], result)
        return True
    except _NeedsCleaning:
        pass
    except duckdb.Error as exc:
        _raise_if_environment(exc)
    work = path.parent.parent / "jobs" / "load"
    try:
        cleaned = _clean_copy(path, work)
    except OSError as exc:
        _raise_if_environment(exc)
        raise
    try:
        _load_cleaned(con, path, cleaned, result, rejected_dir)
    except (duckdb.Error, OSError) as exc:
        _raise_if_environment(exc)
        raise
    finally:
        cleaned.clean.unlink(missing_ok=True)
    if cleaned.broken_file is not None:
        result.reject("damaged_file")
        return False
    return True


def move_to(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    os.replace(path, target)
    return target


def move_to_loaded(path: Path, loaded: Path) -> Path:
    return move_to(path, loaded)


def _moved(path: Path, folder: Path) -> Path:
    """Move after commit; a failure is the environment's (the file stays and loads again)."""
    try:
        return move_to(path, folder)
    except OSError as exc:
        _raise_if_environment(exc)
        raise


def load_staging(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    loaded: Path,
    files: list[Path] | None = None,
    rejected: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load every complete staging file (or `files`), moving each out of staging after commit.

    `progress(done, total)` is called with the number of files dealt with (loaded, rejected or
    kept) after each transaction, so a terminal can show a bar on a long backlog.

    A sound file moves to `loaded/`; a damaged one (truncated gzip, not gzip at all) moves to
    `rejected/` once whatever could be read from it is committed. An environmental fault raises
    `EnvironmentFault` with the partial result as `.result`; the files not yet loaded stay.
    """
    rejected = rejected or staging.parent / "rejected"
    result = LoadResult()
    pending = files if files is not None else staged_files(staging)
    try:
        with _checkpoint_each_transaction(con):
            _load_all(con, pending, loaded, rejected, result, progress or _no_progress)
    except EnvironmentFault as fault:
        fault.result = result
        raise
    return result


@contextlib.contextmanager
def _checkpoint_each_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Checkpoint after every load transaction instead of every 16 MB of WAL.

    Committed rows not yet checkpointed stay in memory, so with small articles a load held
    several transactions' rows at once and its peak memory grew with the load (1.24-1.3x at
    100k vs 10k articles); with 2.5 KB bodies each transaction passes 16 MB anyway, so speed
    does not change. Restored afterwards: the connection may go on to other work."""
    row = con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()
    con.execute("SET checkpoint_threshold = '1MB'")
    try:
        yield
    finally:
        if row is not None:
            with contextlib.suppress(duckdb.Error):
                con.execute(f"SET checkpoint_threshold = {_literal(str(row[0]))}")


def _no_progress(done: int, total: int) -> None:
    return None


def _load_all(con: duckdb.DuckDBPyConnection, pending: list[Path], loaded: Path, rejected: Path,
              result: LoadResult, progress: Callable[[int, int], None]) -> None:
    progress(0, len(pending))
    for start in range(0, len(pending), FILES_PER_TRANSACTION):
        group = pending[start:start + FILES_PER_TRANSACTION]
        _load_one_group(con, group, loaded, rejected, result)
        progress(min(start + len(group), len(pending)), len(pending))


def _load_one_group(con: duckdb.DuckDBPyConnection, group: list[Path], loaded: Path, rejected: Path,
                    result: LoadResult) -> None:
    # Crawls write many small batch files: loading a group in one transaction saves the
    # per-statement cost; any problem in the group falls back to one file at a time.
    if len(group) > 1:
        try:
            _load_group(con, group, result)
        except _NeedsCleaning:
            pass
        except duckdb.Error as exc:
            _raise_if_environment(exc)
        else:
            crash_point("load:committed")
            result.files.extend(_moved(path, loaded) for path in group)
            return
    for path in group:
        try:
            sound = load_file(con, path, result, rejected)
        except (duckdb.Error, OSError) as exc:
            # Neither the data's fault nor the environment's: keep the file, go on.
            result.files_kept.append(path)
            result.errors.append(f"{path.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
            continue
        crash_point("load:committed")
        if sound:
            result.files.append(_moved(path, loaded))
        else:
            result.files_rejected.append(_moved(path, rejected))
