"""Catalogue growth: `baochi catalogue candidates`.

Names the extractor read but the catalogue could not place — campaign names seen after a trigger
("phong trào “…”", "chiến dịch …") that no catalogue entry holds, and bodies read by their
structure only ("Hội … tỉnh", "Trường THPT …", "Head Name (ACR)") — with how often and where,
for a person to review and add to `nlp/catalogues/*.toml`. The warehouse keeps mentions, not
the extractor's doubts, so the articles are read again (through the read snapshot, like the
other read commands) and analysed with the current NLP version.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Annotated

import duckdb
import pandas as pd
import typer
from baochi.pipeline.cli.analyst_options import (
    BomOption,
    FormatOption,
    OutOption,
    ResultFormat,
    SinceOption,
    analyst_errors,
    needs_file,
    note,
    write,
)
from baochi.pipeline.cli.app import (
    EXIT_FAILURES,
    DbOption,
    DebugOption,
    fail,
    handles_errors,
    parse_day,
)
from baochi.pipeline.paths import resolve_paths

EXAMPLES = 3
COLUMNS = ["kind", "name", "mentions", "articles", "example_articles", "example_surface"]


def _articles(con: duckdb.DuckDBPyConnection, since: date | None, limit: int | None):
    sql = (
        "SELECT article_id, source_id, title, lead, body,"
        " strftime(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', '%Y-%m-%dT%H:%M:%S') || '+07:00'"
        " FROM articles"
    )
    params: list = []
    if since is not None:
        sql += " WHERE (published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::DATE >= ?"
        params.append(since)
    sql += " ORDER BY published_at DESC NULLS LAST, article_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    while rows := cur.fetchmany(500):
        yield from rows


def candidates(con: duckdb.DuckDBPyConnection, since: date | None = None,
               limit: int | None = None) -> tuple[pd.DataFrame, int]:
    """(one row per unplaced name with counts and example article ids, articles read)."""
    from baochi import nlp
    from baochi.pipeline.jobs.process import ArticleText, _joined

    mentions: dict[tuple[str, str], int] = defaultdict(int)
    articles: dict[tuple[str, str], list[str]] = defaultdict(list)
    surface: dict[tuple[str, str], str] = {}
    read = 0
    for row in _articles(con, since, limit):
        article = ArticleText(*row)
        text, _spans = _joined(article)
        read += 1
        for u in nlp.analyse(text, article.published_at, article.source_id).unplaced:
            k = (u.kind, u.name)
            mentions[k] += 1
            if article.article_id not in articles[k]:
                articles[k].append(article.article_id)
            surface.setdefault(k, u.surface)
    rows = [{"kind": k[0], "name": k[1], "mentions": n, "articles": len(articles[k]),
             "example_articles": " ".join(articles[k][:EXAMPLES]), "example_surface": surface[k]}
            for k, n in mentions.items()]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if not frame.empty:
        frame = frame.sort_values(["articles", "mentions", "kind", "name"],
                                  ascending=[False, False, True, True]).reset_index(drop=True)
    return frame, read


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Grow the NLP catalogues from what the extractor read.",
                        no_args_is_help=True)
    app.add_typer(group, name="catalogue")

    @group.command("candidates")
    @handles_errors
    @analyst_errors
    def candidates_command(
        since: SinceOption = None,
        kind: Annotated[str | None, typer.Option(help="Only campaign or organisation.")] = None,
        min_articles: Annotated[int, typer.Option(min=1, help="Only names seen in at least this many articles.")] = 1,
        limit: Annotated[int | None, typer.Option(min=1, help="Read at most this many articles (the newest).")] = None,
        fmt: FormatOption = ResultFormat.table,
        out_path: OutOption = None,
        bom: BomOption = True,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Names the extractor read but the catalogue could not place: campaign names after a
        trigger and bodies read by their structure, with counts and example article ids.

        Exit codes: 0 listed; 1 no candidate in the articles read; 2 wrong option; 3 the
        warehouse cannot be opened."""
        from baochi.pipeline.warehouse.snapshot import connect_reader

        if kind is not None and kind not in ("campaign", "organisation"):
            raise typer.BadParameter("use campaign or organisation", param_hint="--kind")
        start = parse_day(since, "--since")
        needs_file(fmt, out_path)
        con = connect_reader(resolve_paths(db).db)
        try:
            frame, read = candidates(con, start, limit)
        finally:
            con.close()
        if kind is not None:
            frame = frame[frame["kind"] == kind]
        frame = frame[frame["articles"] >= min_articles].reset_index(drop=True)
        note(f"{read} articles read{f' since {start}' if start else ''}; "
             f"{len(frame)} names the catalogue does not hold")
        if frame.empty:
            raise fail("no candidate: every name read is in the catalogue (or no article was read)",
                       EXIT_FAILURES)
        write(frame, fmt, out_path, bom=bom)
