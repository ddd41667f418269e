"""Staging files → warehouse, one transaction per file, idempotent.

DuckDB reads the gzip JSON Lines itself (`read_json`), which is two to three orders of
magnitude faster than inserting rows from Python. A file moves to `loaded/` only after its
transaction commits, so a load killed at any point leaves the file in `staging/` and the next
load repeats it with the same result: rows are upserted on `article_id`, and content that
changed since the stored version first copies the stored version to `article_versions`.

A malformed line never blocks its file: the load falls back to reading the file line by line,
loads the good lines and quarantines the bad ones in `<data>/rejected/` with a reason.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
from baochi.pipeline.jobs.faults import crash_point

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
}

# A line longer than this is rejected rather than loaded (DuckDB's default limit is 16 MB).
MAX_LINE_BYTES = 64 * 1024 * 1024

ARTICLE_COLUMNS = (
    "article_id, source_id, source_article_id, url, canonical_url, title, lead, body, author,"
    " category, category_slug, published_at, body_status, extraction, content_hash,"
    " first_seen_at, fetched_at, run_id"
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
            **{f"rejected_{reason}": n for reason, n in sorted(self.rejected.items())},
        }


def staged_files(staging: Path) -> list[Path]:
    """Complete staging files, oldest first (`.part` files are unfinished batches)."""
    if not staging.is_dir():
        return []
    return sorted(p for p in staging.glob("*.jsonl.gz") if p.is_file())


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[tuple[str, str, str, str]]) -> None:
    for source_id, name, province, base_url in sources:
        con.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET"
            " name = excluded.name, province = excluded.province, base_url = excluded.base_url",
            [source_id, name, province, base_url],
        )


FILES_PER_TRANSACTION = 20  # staging files (500 articles each by default) per load transaction


class _NeedsCleaning(Exception):
    """The fast path found a line it cannot load as is: take the line-by-line path."""


_READ_JSON = (
    "read_json(?, columns = {columns}, format = 'newline_delimited',"
    f" maximum_object_size = {MAX_LINE_BYTES})"
)


def _stage(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> tuple[int, int]:
    """Read `paths` into the temp table `stage` (newest record per article); (lines, invalid)."""
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in STAGING_COLUMNS.items()) + "}"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE stage_all AS
        SELECT source_id || ':' || source_article_id AS article_id, source_id, source_article_id,
               url, canonical_url, title, lead,
               CASE WHEN body_status = 'ok' THEN body END AS body,
               author, category, category_slug,
               TRY_CAST(published_at AS TIMESTAMPTZ) AS published_at,
               coalesce(body_status, 'missing') AS body_status, extraction, content_hash,
               TRY_CAST(fetched_at AS TIMESTAMPTZ) AS fetched_at, run_id,
               (source_id IS NOT NULL AND source_article_id IS NOT NULL AND url IS NOT NULL
                AND content_hash IS NOT NULL AND TRY_CAST(fetched_at AS TIMESTAMPTZ) IS NOT NULL)
                 AS valid
        FROM {_READ_JSON.format(columns=columns)}
        """,
        [[str(path) for path in paths]],
    )
    total, invalid, distinct = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT valid),"
        " count(DISTINCT article_id) FILTER (WHERE valid) FROM stage_all"
    ).fetchone()
    if invalid == 0 and distinct == total:
        # The common case (every line sound, each article once): no second copy needed.
        con.execute("ALTER TABLE stage_all RENAME TO stage")
        return int(total), 0
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE stage AS
        SELECT * FROM stage_all WHERE valid
        QUALIFY row_number() OVER (
            PARTITION BY source_id, source_article_id ORDER BY fetched_at DESC, content_hash) = 1
        """
    )
    con.execute("DROP TABLE stage_all")
    return int(total), int(invalid)


def _merge(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int, int]:
    """Upsert the temp table `stage` into `articles`, keeping replaced content as versions."""
    staged = con.execute("SELECT count(*) FROM stage").fetchone()[0]
    new, updated, unchanged = con.execute(
        f"""
        SELECT count(*) FILTER (WHERE a.article_id IS NULL),
               count(*) FILTER (WHERE a.article_id IS NOT NULL AND {_REPLACES}
                                AND a.content_hash <> s.content_hash),
               count(*) FILTER (WHERE a.article_id IS NOT NULL AND NOT ({_REPLACES}
                                AND a.content_hash <> s.content_hash))
        FROM stage s LEFT JOIN articles a USING (article_id)
        """
    ).fetchone()
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
    con.execute(
        f"""
        INSERT INTO articles ({ARTICLE_COLUMNS})
        SELECT article_id, source_id, source_article_id, url, canonical_url, title, lead, body,
               author, category, category_slug, published_at, body_status, extraction,
               content_hash, now(), fetched_at, run_id
        FROM stage
        ON CONFLICT (article_id) DO UPDATE SET
            url = excluded.url, canonical_url = excluded.canonical_url,
            title = excluded.title, lead = excluded.lead, body = excluded.body,
            author = excluded.author, category = excluded.category,
            category_slug = excluded.category_slug, published_at = excluded.published_at,
            body_status = excluded.body_status, extraction = excluded.extraction,
            content_hash = excluded.content_hash, fetched_at = excluded.fetched_at,
            run_id = excluded.run_id
        WHERE excluded.fetched_at > articles.fetched_at
          AND NOT (articles.body_status = 'ok' AND excluded.body_status <> 'ok')
        """
    )
    con.execute("DROP TABLE stage")
    return staged, new, updated, unchanged


# -- the line-by-line path: load what is good, quarantine what is not -----------------------------


@dataclass
class _Cleaned:
    clean: Path
    lines: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    broken_file: str | None = None  # why the file itself is damaged (truncated, not gzip)


def _iso(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def check_record(line: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """A staging line → (record with the loaded columns, None) or (None, rejection reason)."""
    if len(line) > MAX_LINE_BYTES:
        return None, "too_large"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None, "invalid_utf8"
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, "invalid_json"
    if not isinstance(data, dict):
        return None, "not_an_object"
    record = {key: data.get(key) for key in STAGING_COLUMNS}
    for key in ("source_id", "source_article_id"):
        if isinstance(record[key], int | float) and not isinstance(record[key], bool):
            record[key] = str(record[key])
    for key in ("source_id", "source_article_id", "url", "content_hash"):
        if not isinstance(record[key], str) or not record[key].strip():
            return None, f"missing_{key}"
    record["fetched_at"] = _iso(record["fetched_at"])
    if record["fetched_at"] is None:
        return None, "bad_fetched_at"
    if record["published_at"] is not None:
        record["published_at"] = _iso(record["published_at"])
    if not isinstance(record["extraction"], dict):
        record["extraction"] = None
    return record, None


def _clean_copy(path: Path, work: Path, rejected_dir: Path) -> _Cleaned:
    """Copy the loadable lines of `path` to a plain JSON Lines file; quarantine the others.

    The quarantine file is named after the staging file and written whole (`.part`, rename),
    so repeating a load after a crash rewrites it instead of doubling it.
    """
    work.mkdir(parents=True, exist_ok=True)
    cleaned = _Cleaned(clean=work / (path.name.removesuffix(".gz") + ".clean"))
    bad: list[dict[str, Any]] = []
    with open(cleaned.clean, "w", encoding="utf-8") as out:
        try:
            with gzip.open(path, "rb") as handle:
                for number, line in enumerate(handle, start=1):
                    cleaned.lines = number
                    if not line.strip():
                        continue
                    record, reason = check_record(line.rstrip(b"\r\n"))
                    if record is None:
                        cleaned.rejected[reason] = cleaned.rejected.get(reason, 0) + 1
                        bad.append({"file": path.name, "line": number, "reason": reason,
                                    "text": line[:100_000].decode("utf-8", "backslashreplace")})
                        continue
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        except (OSError, EOFError, zlib.error) as exc:
            cleaned.broken_file = f"{type(exc).__name__}: {exc}"
    if bad:
        rejected_dir.mkdir(parents=True, exist_ok=True)
        target = rejected_dir / (path.name.removesuffix(".jsonl.gz") + ".rejected.jsonl")
        part = target.with_name(target.name + ".part")
        part.write_text(
            "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in bad), "utf-8"
        )
        os.replace(part, target)
    return cleaned


def _load_clean_path(
    con: duckdb.DuckDBPyConnection, path: Path | list[Path], result: LoadResult
) -> None:
    """Load one file, or several in one transaction (counts added only once committed)."""
    paths = path if isinstance(path, list) else [path]
    con.execute("BEGIN TRANSACTION")
    try:
        total, invalid = _stage(con, paths)
        if invalid:
            raise _NeedsCleaning(f"{invalid} of {total} lines cannot be loaded as they are")
        staged, new, updated, unchanged = _merge(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    result.rows += staged
    result.new += new
    result.updated += updated
    result.unchanged += unchanged


def load_file(
    con: duckdb.DuckDBPyConnection, path: Path, result: LoadResult, rejected_dir: Path | None = None
) -> bool:
    """Load one staging file in one transaction; True when the file itself is sound.

    Fast path: DuckDB reads the gzip file directly. If any line is malformed (bad JSON, not
    an object, a required field missing, an unreadable time) or the file is damaged, the
    transaction is rolled back and the file is read line by line instead: good lines are
    loaded, bad ones are counted by reason and copied to `rejected/`, so one bad line never
    blocks the rest of its file.
    """
    rejected_dir = rejected_dir or path.parent.parent / "rejected"
    try:
        _load_clean_path(con, path, result)
        return True
    except (duckdb.Error, _NeedsCleaning):
        pass
    work = path.parent.parent / "jobs" / "load"
    cleaned = _clean_copy(path, work, rejected_dir)
    try:
        try:
            _load_clean_path(con, cleaned.clean, result)
        except (duckdb.Error, _NeedsCleaning) as exc:
            # Lines we wrote ourselves still failed: quarantine the whole file rather than
            # retry it forever. Nothing of it is loaded; all of it is kept in rejected/.
            cleaned.broken_file = f"load_error: {str(exc).splitlines()[0]}"
            cleaned.rejected = {"load_error": max(cleaned.lines, 1)}
    finally:
        cleaned.clean.unlink(missing_ok=True)
    for reason, count in cleaned.rejected.items():
        result.rejected[reason] = result.rejected.get(reason, 0) + count
    result.skipped_invalid += sum(cleaned.rejected.values())
    if cleaned.broken_file is not None:
        reason = "damaged_file" if not cleaned.broken_file.startswith("load_error") else "unloadable_file"
        result.rejected[reason] = result.rejected.get(reason, 0) + 1
        return False
    return True


def move_to(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    os.replace(path, target)
    return target


def move_to_loaded(path: Path, loaded: Path) -> Path:
    return move_to(path, loaded)


def load_staging(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    loaded: Path,
    files: list[Path] | None = None,
    rejected: Path | None = None,
) -> LoadResult:
    """Load every complete staging file (or `files`), moving each out of staging after commit.

    A sound file moves to `loaded/`; a damaged one (truncated gzip, not gzip at all) moves to
    `rejected/` once whatever could be read from it is committed.
    """
    rejected = rejected or staging.parent / "rejected"
    result = LoadResult()
    pending = files if files is not None else staged_files(staging)
    for start in range(0, len(pending), FILES_PER_TRANSACTION):
        group = pending[start:start + FILES_PER_TRANSACTION]
        # Crawls write many small batch files: loading a group in one transaction saves the
        # per-statement cost; any problem in the group falls back to one file at a time.
        if len(group) > 1:
            try:
                _load_clean_path(con, group, result)
            except (duckdb.Error, _NeedsCleaning):
                pass
            else:
                crash_point("load:committed")
                result.files.extend(move_to(path, loaded) for path in group)
                continue
        for path in group:
            sound = load_file(con, path, result, rejected)
            crash_point("load:committed")
            if sound:
                result.files.append(move_to(path, loaded))
            else:
                result.files_rejected.append(move_to(path, rejected))
    return result
