"""Finding articles: keywords (accent-insensitive, phrases, AND/OR/NOT), campaigns,
organisations, sources and dates — and the one-page profile of a campaign or organisation.

Keywords are compared on folded text (lower case, no accents, đ → d, punctuation as spaces)
word by word, so `nong thon moi` finds "nông thôn mới" and `UBND` does not find "UBNDX".
Query syntax: words and "quoted phrases" must all appear (AND); `OR` between two of them
accepts either; `NOT word` or `-word` excludes. `a b OR c` reads as a AND (b OR c).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd
from baochi.nlp.normalise import slug
from baochi.pipeline.warehouse.export import typed_frame

FOLDED = ("(' ' || regexp_replace(replace(strip_accents(lower(coalesce({col}, ''))), 'đ', 'd'),"
          " '[^a-z0-9]+', ' ', 'g') || ' ')")


class QueryError(ValueError):
    """A keyword query that cannot be read (an OR or NOT with nothing after it)."""


@dataclass(frozen=True)
class Term:
    text: str  # as typed
    folded: str  # ' nong thon moi '
    negated: bool = False


def fold_words(text: str) -> str:
    return " " + slug(text).replace("-", " ") + " "


def parse_query(query: str) -> list[list[Term]]:
    """AND of OR-groups of terms: `a "b c" OR d -e` → [[a], [b c, d], [NOT e]]."""
    try:
        tokens = shlex.split(query)
    except ValueError as exc:
        raise QueryError(f"cannot read the keywords {query!r}: {exc}; close the quotes") from None
    groups: list[list[Term]] = []
    join_next = negate_next = False
    for token in tokens:
        if token == "OR":
            if not groups or negate_next:
                raise QueryError(f"OR needs a word on each side in {query!r}")
            join_next = True
            continue
        if token in ("NOT", "AND"):
            negate_next = token == "NOT"
            continue
        negated = negate_next or (token.startswith("-") and len(token) > 1)
        text = token[1:] if token.startswith("-") and len(token) > 1 else token
        folded = fold_words(text)
        if not folded.strip():
            continue
        term = Term(text, folded, negated)
        if join_next and not negated:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = negate_next = False
    if join_next or negate_next:
        raise QueryError(f"{query!r} ends with OR or NOT; add the word it applies to")
    if not groups:
        raise QueryError(f"no word to search for in {query!r}")
    return groups


def keyword_sql(groups: list[list[Term]], params: dict[str, object]) -> tuple[str, str]:
    text = FOLDED.format(col="a.title || ' ' || coalesce(a.lead, '') || ' ' || coalesce(a.body, '')")
    clauses = []
    for g, group in enumerate(groups):
        alternatives = []
        for t, term in enumerate(group):
            name = f"kw_{g}_{t}"
            params[name] = term.folded
            test = f"contains(folded, ${name})"
            alternatives.append(f"NOT {test}" if term.negated else test)
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return f"(SELECT {text} AS folded)", " AND ".join(clauses)


def find_articles(
    con: duckdb.DuckDBPyConnection,
    *,
    keywords: str | None = None,
    campaign_ids: Sequence[str] | None = None,
    organisation_ids: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 50,
) -> pd.DataFrame:
    """Newest first: published_at, source_id, title, url, matched (the mentions and keywords
    that made the article match), article_id. Dates are calendar days in Asia/Ho_Chi_Minh."""
    params: dict[str, object] = {}
    where = ["TRUE"]
    lateral = ""
    terms: list[Term] = []
    if keywords:
        groups = parse_query(keywords)
        lateral, condition = keyword_sql(groups, params)
        lateral = f", LATERAL {lateral} AS k"
        where.append(condition)
        terms = [t for g in groups for t in g if not t.negated]
    local_day = "CAST(a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)"
    if since:
        where.append(f"{local_day} >= $since")
        params["since"] = since
    if until:
        where.append(f"{local_day} <= $until")
        params["until"] = until
    if sources:
        where.append("a.source_id IN (SELECT unnest($sources))")
        params["sources"] = list(sources)
    if campaign_ids is not None:
        where.append("a.article_id IN (SELECT article_id FROM campaign_mentions WHERE campaign_id IN (SELECT unnest($campaigns)))")
        params["campaigns"] = list(campaign_ids)
    if organisation_ids is not None:
        where.append("a.article_id IN (SELECT article_id FROM organisation_mentions"
                     " WHERE organisation_id IN (SELECT unnest($organisations)))")
        params["organisations"] = list(organisation_ids)
    mentions = []
    if campaign_ids is not None:
        mentions.append("SELECT article_id, c.name AS name, m.surface, m.field, m.char_start FROM campaign_mentions m"
                        " JOIN campaigns c USING (campaign_id) WHERE campaign_id IN (SELECT unnest($campaigns))")
    if organisation_ids is not None:
        mentions.append("SELECT article_id, o.name, m.surface, m.field, m.char_start FROM organisation_mentions m"
                        " JOIN organisations o USING (organisation_id)"
                        " WHERE organisation_id IN (SELECT unnest($organisations))")
    matched = "NULL::VARCHAR"
    joins = ""
    if mentions:  # only for the articles shown: the hits are chosen first
        joins = f"""LEFT JOIN (
            SELECT article_id, string_agg(name || ' ← ' || surfaces, '; ' ORDER BY name) AS names
            FROM (SELECT article_id, name, string_agg(DISTINCT '“' || surface || '”', ', ') AS surfaces
                  FROM ({' UNION ALL '.join(mentions)}) WHERE article_id IN (SELECT article_id FROM hits)
                  GROUP BY ALL) GROUP BY article_id) mm ON mm.article_id = a.article_id"""
        matched = "mm.names"
    sql = f"""
        WITH hits AS (
            SELECT a.article_id, a.published_at FROM articles a {lateral}
            WHERE {' AND '.join(where)}
            ORDER BY a.published_at DESC NULLS LAST, a.article_id
            {f'LIMIT {int(limit)}' if limit else ''})
        SELECT a.published_at, a.source_id, a.title, coalesce(a.canonical_url, a.url) AS url,
               {matched} AS matched, a.article_id,
               a.title || ' ' || coalesce(a.lead, '') || ' ' || coalesce(a.body, '') AS text
        FROM hits h JOIN articles a ON a.article_id = h.article_id {joins}
        ORDER BY a.published_at DESC NULLS LAST, a.article_id"""
    frame = typed_frame(con.execute(sql, params))
    if terms:
        found = [[t.text for t in terms if t.folded in fold_words(text)] for text in frame["text"]]
        frame["matched"] = [
            "; ".join([*([m] if isinstance(m, str) and m else []), *(f"“{w}”" for w in words)])
            for m, words in zip(frame["matched"], found, strict=True)]
    return frame.drop(columns=["text"])


def count_articles(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> dict:
    result = con.execute(sql, params)
    columns = [d[0] for d in result.description or []]
    row = result.fetchone()
    return dict(zip(columns, row, strict=True)) if row else {}


def _timeline(con: duckdb.DuckDBPyConnection, entity: str, entity_id: str) -> pd.DataFrame:
    """Every month from its first to its last mention (zeros included), share of all articles."""
    from baochi.pipeline.warehouse.trends import trend_table

    frame = trend_table(con, entity, "month", top=None, ids=[entity_id])
    if frame.empty or not frame["articles"].any():
        return pd.DataFrame(columns=["month", "articles", "share_of_articles"])
    covered = frame.index[frame["articles"] > 0]
    frame = frame.loc[covered.min():covered.max()]
    return frame.rename(columns={"period_start": "month"})[["month", "articles", "share_of_articles"]].reset_index(drop=True)


def _papers(con: duckdb.DuckDBPyConnection, entity: str, entity_id: str) -> pd.DataFrame:
    """Articles per paper mentioning a campaign or organisation (`entity`: its table's prefix)."""
    if entity not in ("campaign", "organisation"):
        raise ValueError(f"no coverage table for {entity!r}")
    return typed_frame(con.execute(
        f"SELECT c.source_id, s.name AS paper, sum(c.articles)::BIGINT AS articles FROM {entity}_coverage c"
        f" LEFT JOIN sources s USING (source_id) WHERE period_grain = 'year' AND {entity}_id = ?"
        " GROUP BY ALL ORDER BY articles DESC, source_id", [entity_id]))


def campaign_profile(con: duckdb.DuckDBPyConnection, campaign_id: str, *, latest: int = 8) -> dict:
    """Everything `baochi campaign NAME` shows: totals, monthly timeline, papers,
    organisations named in the same articles, latest articles."""
    summary = _one(con, "SELECT * FROM campaign_timeline WHERE campaign_id = ?", [campaign_id])
    if not summary:
        summary = _one(con, "SELECT campaign_id, name AS campaign_name, kind AS campaign_kind, 0 AS articles"
                       " FROM campaigns WHERE campaign_id = ?", [campaign_id])
    timeline = _timeline(con, "campaigns", campaign_id)
    papers = _papers(con, "campaign", campaign_id)
    organisations = typed_frame(con.execute(
        "SELECT organisation_name, articles, share_of_campaign_articles FROM campaign_organisations"
        " WHERE campaign_id = ? ORDER BY articles DESC, organisation_name LIMIT 10", [campaign_id]))
    articles = find_articles(con, campaign_ids=[campaign_id], limit=latest)
    return {"summary": summary, "timeline": timeline, "papers": papers, "with": organisations,
            "articles": articles}


def organisation_profile(con: duckdb.DuckDBPyConnection, organisation_id: str, *, latest: int = 8) -> dict:
    """Everything `baochi organisation NAME` shows: totals, monthly timeline, papers,
    campaigns named in the same articles, latest articles."""
    summary = _one(con, """
        SELECT o.organisation_id, o.name AS organisation_name, o.acronym, o.kind AS organisation_kind,
               count(DISTINCT m.article_id) AS articles, count(m.article_id) AS mentions,
               min(a.published_at) AS first_seen_at, max(a.published_at) AS last_seen_at,
               count(DISTINCT a.source_id) AS sources
        FROM organisations o LEFT JOIN organisation_mentions m USING (organisation_id)
        LEFT JOIN articles a USING (article_id)
        WHERE o.organisation_id = ? GROUP BY ALL""", [organisation_id])
    timeline = _timeline(con, "organisations", organisation_id)
    papers = _papers(con, "organisation", organisation_id)
    campaigns = typed_frame(con.execute(
        "SELECT campaign_name, articles FROM campaign_organisations"
        " WHERE organisation_id = ? ORDER BY articles DESC, campaign_name LIMIT 10", [organisation_id]))
    articles = find_articles(con, organisation_ids=[organisation_id], limit=latest)
    return {"summary": summary, "timeline": timeline, "papers": papers, "with": campaigns,
            "articles": articles}


_SPACE = re.compile(r"\s+")


def one_line_text(text: object, width: int = 90) -> str:
    s = _SPACE.sub(" ", str(text or "")).strip()
    return s if len(s) <= width else s[: width - 1] + "…"
