"""Staging files → warehouse, one transaction per file, idempotent.

DuckDB reads the gzip JSON Lines itself (`read_json`), which is two to three orders of
magnitude faster than inserting rows from Python. A file moves to `loaded/` only after its
transaction commits, so a load killed at any point leaves the file in `staging/` and the next
load repeats it with the same result: rows are upserted on `article_id`, and content that
changed since the stored version first copies the stored version to `article_versions`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

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

    def counts(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped_invalid": self.skipped_invalid,
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


def _stage(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in STAGING_COLUMNS.items()) + "}"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE stage AS
        SELECT source_id || ':' || source_article_id AS article_id, source_id, source_article_id,
               url, canonical_url, title, lead,
               CASE WHEN body_status = 'ok' THEN body END AS body,
               author, category, category_slug,
               TRY_CAST(published_at AS TIMESTAMPTZ) AS published_at,
               coalesce(body_status, 'missing') AS body_status, extraction, content_hash,
               CAST(fetched_at AS TIMESTAMPTZ) AS fetched_at, run_id
        FROM read_json(?, columns = {columns}, format = 'newline_delimited')
        WHERE source_id IS NOT NULL AND source_article_id IS NOT NULL AND url IS NOT NULL
          AND content_hash IS NOT NULL AND fetched_at IS NOT NULL
        QUALIFY row_number() OVER (
            PARTITION BY source_id, source_article_id ORDER BY fetched_at DESC, content_hash) = 1
        """,
        [str(path)],
    )
    total = con.execute(
        "SELECT count(*) FROM read_json(?, columns = {'source_id': 'VARCHAR'}, format = 'newline_delimited')",
        [str(path)],
    ).fetchone()[0]
    return int(total)


def load_file(con: duckdb.DuckDBPyConnection, path: Path, result: LoadResult) -> None:
    """Load one staging file in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        total = _stage(con, path)
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
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    result.rows += staged
    result.new += new
    result.updated += updated
    result.unchanged += unchanged
    result.skipped_invalid += total - staged


def move_to_loaded(path: Path, loaded: Path) -> Path:
    loaded.mkdir(parents=True, exist_ok=True)
    target = loaded / path.name
    os.replace(path, target)
    return target


def load_staging(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    loaded: Path,
    files: list[Path] | None = None,
) -> LoadResult:
    """Load every complete staging file (or `files`), moving each to `loaded/` after commit."""
    result = LoadResult()
    for path in files if files is not None else staged_files(staging):
        load_file(con, path, result)
        result.files.append(move_to_loaded(path, loaded))
    return result
