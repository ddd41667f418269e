"""A synthetic warehouse at scale: 1M articles and 5M mentions by default.

Built entirely with set-based DuckDB SQL over `range()` (no Python loop over rows), through
the real migrations, so the schema, views and aggregates are the ones users get. Shapes are
press-like: 4 sources, 12 categories, ten years of publication times, a skewed (Zipf-like)
popularity of 300 campaigns and 400 organisations, about 5 campaign and 5 organisation
mentions per article on average, deterministic for a given size.

    python -m benchmarks.synth_warehouse --out /tmp/synth/baochi.duckdb [--articles N] [--mentions N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from baochi.pipeline.warehouse import aggregates
from baochi.pipeline.warehouse.connect import connect

SOURCES = ("baothanhhoa", "baonghean", "baohatinh", "baoquangbinh")
CAMPAIGNS = 300
ORGANISATIONS = 400
YEARS = 10


def build(db: Path, articles: int = 1_000_000, mentions: int | None = None, *, quiet: bool = False) -> dict:
    """Create `db` (replacing it) with `articles` articles and `mentions` campaign mentions
    (default 5 per article) plus as many organisation mentions. Returns counts and seconds."""
    mentions = 5 * articles if mentions is None else mentions
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    began = time.monotonic()
    con = connect(db)
    sources = ", ".join(f"('{s}', '{s}', 'Tỉnh {i}', 'http://127.0.0.1/{s}')" for i, s in enumerate(SOURCES))
    con.execute(f"INSERT INTO sources VALUES {sources}")
    con.execute(f"""
        INSERT INTO campaigns
        SELECT 'campaign-' || i, 'Phong trào thi đua số ' || i, 'phong trao thi dua so ' || i,
               CASE i % 3 WHEN 0 THEN 'phong trào thi đua' WHEN 1 THEN 'cuộc vận động' ELSE 'chương trình' END
        FROM range({CAMPAIGNS}) t(i)""")
    con.execute(f"""
        INSERT INTO organisations
        SELECT 'organisation-' || i, 'Cơ quan số ' || i, 'CQ' || i, 'Thanh Hóa', 'cơ quan'
        FROM range({ORGANISATIONS}) t(i)""")
    n_sources = len(SOURCES)
    source_case = " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(SOURCES))
    con.execute(f"""
        INSERT INTO articles (article_id, source_id, source_article_id, url, canonical_url, title, lead, body, author, category, category_slug, published_at, body_status, extraction, content_hash, first_seen_at, fetched_at, run_id)
        SELECT src || ':' || i, src, i::VARCHAR, 'http://127.0.0.1/' || src || '/' || i || '.htm', NULL,
               'Tiêu đề bài báo số ' || i, 'Sapo ' || i, NULL, 'Phóng viên', 'Chuyên mục ' || (i % 12),
               'chuyen-muc-' || (i % 12),
               TIMESTAMPTZ '2016-01-01 00:00:00+07' + to_seconds((hash(i) % {YEARS * 365 * 86400})::BIGINT),
               'ok', NULL, md5(i::VARCHAR), now(), now(), 'synthetic'
        FROM (SELECT i, CASE i % {n_sources} {source_case} END AS src FROM range({articles}) t(i))""")
    # Mention j belongs to article (j * a prime) mod N, so every article gets about
    # mentions/articles of them; the entity is drawn Zipf-like from a hash of j.
    for table, prefix, count in (
        ("campaign_mentions", "campaign-", CAMPAIGNS),
        ("organisation_mentions", "organisation-", ORGANISATIONS),
    ):
        con.execute(f"""
            INSERT INTO {table}
            SELECT src || ':' || a, 'synthetic', 'body', j::INTEGER, j::INTEGER + 20,
                   '{prefix}' || floor({count} * pow((hash(j, '{table}') % 1000003) / 1000003.0, 3))::INTEGER,
                   'surface', 0
            FROM (SELECT j, a, CASE a % {n_sources} {source_case} END AS src
                  FROM (SELECT j, (j * 7919) % {articles} AS a FROM range({mentions}) t(j)))""")
    con.execute("INSERT INTO article_analyses SELECT article_id, 'synthetic', content_hash, now(), 'ok', NULL FROM articles")
    loaded = time.monotonic() - began
    con.execute("BEGIN TRANSACTION")
    aggregates.rebuild(con)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()
    result = {"articles": articles, "campaign_mentions": mentions, "organisation_mentions": mentions,
              "seconds_base_tables": round(loaded, 1), "seconds_total": round(time.monotonic() - began, 1)}
    if not quiet:
        print(result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/synth/baochi.duckdb"))
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--mentions", type=int, default=None, help="campaign mentions (default 5 per article); as many organisation mentions")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    build(args.out, args.articles, args.mentions)


if __name__ == "__main__":
    main()
