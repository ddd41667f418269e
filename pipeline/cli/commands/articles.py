"""Reaching the articles: `articles` (search), `campaign NAME` and `organisation NAME` (one
page each in the terminal: timeline, papers, who appears with it, latest articles with links)."""

from __future__ import annotations

from typing import Annotated

import pandas as pd
import typer
from baochi.pipeline.cli.analyst_options import (
    BomOption,
    FormatOption,
    OutOption,
    ResultFormat,
    SinceOption,
    SourceOption,
    UntilOption,
    analyst_errors,
    needs_file,
    note,
    resolve_names,
    resolve_sources,
    write,
)
from baochi.pipeline.cli.app import (
    EXIT_FAILURES,
    EXIT_USAGE,
    DbOption,
    DebugOption,
    fail,
    handles_errors,
    out,
    parse_day,
)
from baochi.pipeline.paths import resolve_paths
from rich.table import Table

LimitOption = Annotated[int, typer.Option(min=0, help="At most this many articles, newest first (0: all).")]


def _range(since: str | None, until: str | None):
    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    if start and end and start > end:
        raise fail(f"--since {start} is after --until {end}; swap them", EXIT_USAGE)
    return start, end


def _bar(value: float, peak: float, width: int = 30) -> str:
    return "█" * max(1 if value else 0, round(width * value / peak)) if peak else ""


def _local(ts: object, fmt: str = "%Y-%m-%d") -> str:
    if ts is None or (isinstance(ts, float) and pd.isna(ts)) or ts is pd.NaT:
        return ""
    stamp = pd.Timestamp(ts)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("Asia/Ho_Chi_Minh")
    return stamp.strftime(fmt)


def _pick(con, entity: str, name: str) -> str:
    """The one campaign/organisation a page is about: the exact name if given, else the
    match with most articles; the others are named on stderr."""
    from baochi.pipeline.warehouse.names import fold, resolve

    match = resolve(con, entity, name)
    exact = [i for i, n in zip(match.ids, match.names, strict=True) if fold(n) == fold(name)]
    if exact or len(match.ids) == 1:
        return (exact or list(match.ids))[0]
    table = "campaign_mentions" if entity == "campaigns" else "organisation_mentions"
    id_col = "campaign_id" if entity == "campaigns" else "organisation_id"
    counts = dict(con.execute(
        f"SELECT {id_col}, count(DISTINCT article_id) FROM {table} WHERE {id_col} IN (SELECT unnest(?)) GROUP BY 1",
        [list(match.ids)]).fetchall())
    best = max(match.ids, key=lambda i: (counts.get(i, 0), -match.ids.index(i)))
    others = [n for i, n in zip(match.ids, match.names, strict=True) if i != best]
    note(f"{name!r} matched {len(match.ids)}; showing the one with most articles. Also matched: "
         + "; ".join(others[:8]) + (" …" if len(others) > 8 else "") + " — give more of the name to choose")
    return best


def _page(profile: dict, entity: str) -> None:
    s = profile["summary"]
    noun = "campaign" if entity == "campaigns" else "organisation"
    title = s.get(f"{noun}_name", "")
    kind = s.get(f"{noun}_kind") or ""
    acronym = f" ({s['acronym']})" if s.get("acronym") else ""
    out.print(f"[bold]{title}[/]{acronym}  [dim]{kind}[/]", highlight=False)
    if not s.get("articles"):
        out.print(f"No article mentions this {noun} yet.", highlight=False)
        return
    out.print(f"{s['articles']} articles, {s.get('mentions', 0)} mentions, {s.get('sources', 0)} paper(s); "
              f"first {_local(s.get('first_seen_at'))}, latest {_local(s.get('last_seen_at'))}"
              " (dates local, Asia/Ho_Chi_Minh)", highlight=False)
    timeline = profile["timeline"]
    if not timeline.empty:
        table = Table(title="Articles per month (share of all articles of the month)", title_justify="left")
        table.add_column("month")
        table.add_column("articles", justify="right")
        table.add_column("share", justify="right")
        table.add_column("")
        peak = float(timeline["articles"].max())
        for row in timeline.itertuples(index=False):
            table.add_row(f"{row.month:%Y-%m}", str(row.articles), f"{row.share_of_articles:.0%}",
                          _bar(float(row.articles), peak))
        out.print(table)
    papers = profile["papers"]
    if not papers.empty:
        out.print("Papers: " + "; ".join(f"{r.paper or r.source_id} ({r.source_id}) {r.articles}"
                                        for r in papers.itertuples(index=False)), highlight=False)
    with_ = profile["with"]
    if not with_.empty:
        other = "Organisations" if entity == "campaigns" else "Campaigns"
        table = Table(title=f"{other} named in the same articles", title_justify="left")
        name_col = with_.columns[0]
        table.add_column(other[:-1].lower())
        table.add_column("articles", justify="right")
        for row in with_.itertuples(index=False):
            table.add_row(str(getattr(row, name_col)), str(row.articles))
        out.print(table)
    _articles_table(profile["articles"], "Latest articles")


def _articles_table(frame: pd.DataFrame, title: str | None = None) -> None:
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("paper", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("matched", overflow="fold")
    table.add_column("url", overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(_local(row.published_at), row.source_id, str(row.title or ""), str(row.matched or ""),
                      f"[link={row.url}]{row.url}[/link]" if row.url else "")
    out.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    @analyst_errors
    def articles(
        keywords: Annotated[list[str] | None, typer.Argument(
            help='Words that must all appear (accents optional); an argument with spaces is a phrase;'
                 ' OR between alternatives; NOT word or -word excludes.')] = None,
        campaign: Annotated[list[str] | None, typer.Option(help="Articles mentioning this campaign (name, part, alias); repeat for any of several.")] = None,
        organisation: Annotated[list[str] | None, typer.Option(help="Articles mentioning this organisation (name, part, acronym such as UBND).")] = None,
        source: SourceOption = None,
        since: SinceOption = None,
        until: UntilOption = None,
        limit: LimitOption = 50,
        fmt: FormatOption = ResultFormat.table,
        out_path: OutOption = None,
        bom: BomOption = True,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Find articles: date, paper, title, matched mentions and URL, newest first."""
        from baochi.pipeline.warehouse.search import QueryError, find_articles
        from baochi.pipeline.warehouse.snapshot import connect_reader

        start, end = _range(since, until)
        needs_file(fmt, out_path)
        query = " ".join(f'"{k}"' if " " in k.strip() and '"' not in k else k for k in keywords or []) or None
        if not (query or campaign or organisation or source or since or until):
            raise fail("say what to find: keywords, --campaign, --organisation, --source or --since/--until"
                       " (baochi articles --help)", EXIT_USAGE)
        con = connect_reader(resolve_paths(db).db)
        try:
            sources = resolve_sources(con, source)
            campaigns = resolve_names(con, "campaigns", campaign, "--campaign") if campaign else None
            organisations = resolve_names(con, "organisations", organisation, "--organisation") if organisation else None
            try:
                frame = find_articles(con, keywords=query, campaign_ids=campaigns, organisation_ids=organisations,
                                      sources=sources, since=start, until=end, limit=limit or None)
            except QueryError as exc:
                raise fail(str(exc), EXIT_USAGE) from None
        finally:
            con.close()
        if frame.empty:
            raise fail("no article matches these filters; loosen them (fewer words, wider --since/--until)",
                       EXIT_FAILURES)
        if limit and len(frame) == limit:
            note(f"showing the newest {limit}; --limit 0 shows all")
        if fmt is ResultFormat.table and out_path is None:
            _articles_table(frame)
            return
        write(frame, fmt, out_path, bom=bom)

    @app.command()
    @handles_errors
    @analyst_errors
    def campaign(
        name: Annotated[str, typer.Argument(help="The campaign: its name or part of it, an alias; accents optional.")],
        latest: LatestOption = 8,
        fmt: PageFormatOption = ResultFormat.table,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """One page about a campaign: monthly timeline with share of articles, papers,
        organisations named in the same articles, latest articles with links."""
        _show_profile("campaigns", name, latest, fmt, db)

    @app.command()
    @handles_errors
    @analyst_errors
    def organisation(
        name: Annotated[str, typer.Argument(help="The organisation: its name or part of it, an acronym (UBND); accents optional.")],
        latest: LatestOption = 8,
        fmt: PageFormatOption = ResultFormat.table,
        db: DbOption = None,
        debug: DebugOption = False,
    ) -> None:
        """One page about an organisation: monthly timeline with share of articles, papers,
        campaigns named in the same articles, latest articles with links."""
        _show_profile("organisations", name, latest, fmt, db)


LatestOption = Annotated[int, typer.Option(min=1, help="How many of the latest articles to list.")]
PageFormatOption = Annotated[ResultFormat, typer.Option("--format", help="table (one page) or json.")]


def _show_profile(entity: str, name: str, latest: int, fmt: ResultFormat, db) -> None:
    from baochi.pipeline.warehouse.export import frame_records, localise
    from baochi.pipeline.warehouse.search import campaign_profile, organisation_profile
    from baochi.pipeline.warehouse.snapshot import connect_reader

    noun = "campaign" if entity == "campaigns" else "organisation"
    if fmt not in (ResultFormat.table, ResultFormat.json):
        raise fail(f"--format {fmt.value} is not offered for a page; use table or json"
                   f" (baochi articles --{noun} NAME --format {fmt.value} lists the articles)", EXIT_USAGE)
    con = connect_reader(resolve_paths(db).db)
    try:
        chosen = _pick(con, entity, name)
        build = campaign_profile if entity == "campaigns" else organisation_profile
        profile = build(con, chosen, latest=latest)
    finally:
        con.close()
    if fmt is ResultFormat.json:
        summary = localise(pd.DataFrame([profile["summary"]]), "json")
        data = {"summary": frame_records(summary)[0]}
        data.update({k: frame_records(localise(v, "json")) for k, v in profile.items() if k != "summary"})
        out.print_json(data=data)
        return
    _page(profile, entity)
