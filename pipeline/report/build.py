"""Render the report: `baochi-report.html` plus one page per campaign, all offline.

The main page inlines plotly.js (about 4.8 MB) once, so it opens from disk, from an e-mail
attachment or on a machine without network: no CDN, no font, no request at all. Campaign
pages (`campaigns/<campaign_id>.html`) draw their timeline as inline SVG and link back, so
the whole set stays small and offline. Its first screen answers "which campaigns gained
coverage this quarter, and in which papers" — shares of articles, not raw counts.
Dates are local (Asia/Ho_Chi_Minh); tables sort by a click on their header.
"""

from __future__ import annotations

import html
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from baochi.crawler.health import FIELDS as HEALTH_FIELDS
from baochi.pipeline.report.data import Filters, ReportData, gather
from plotly.offline import get_plotlyjs

REPORT_NAME = "baochi-report.html"
PAGES_DIR = "campaigns"
LOCAL_TZ = "Asia/Ho_Chi_Minh"
_CONFIG = {"displaylogo": False, "responsive": True}
_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
       max-width: 1200px; padding: 16px 24px; color: #1f2933; background: #ffffff; }
h1 { margin: 0 0 4px; font-size: 24px; } h2 { margin-top: 32px; border-bottom: 1px solid #d9e2ec; font-size: 19px; }
.meta { color: #52606d; margin: 0 0 8px; font-size: 14px; } .chart { height: 480px; }
.empty { color: #9aa5b1; font-style: italic; } .up { color: #0b7a3e; } .down { color: #b42318; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; cursor: pointer; user-select: none; white-space: nowrap; }
th[data-order="asc"]::after { content: " ▲"; } th[data-order="desc"]::after { content: " ▼"; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.d { white-space: nowrap; } a { color: #1d4ed8; }
tr.drift td { background: #fef3f2; } .mix { display: block; color: #52606d; font-size: 12px; }
.bar rect { fill: #3b82f6; } .bar text { font-size: 11px; fill: #52606d; }
"""
_SORT_JS = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, i) {
    th.title = 'Sort by ' + th.textContent;
    th.addEventListener('click', function () {
      var asc = th.dataset.order !== 'asc';
      table.querySelectorAll('th').forEach(function (h) { delete h.dataset.order; });
      th.dataset.order = asc ? 'asc' : 'desc';
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var num = /^-?[0-9]+(\\.[0-9]+)?$/;
      rows.sort(function (a, b) {
        var x = a.cells[i].dataset.sort || a.cells[i].textContent, y = b.cells[i].dataset.sort || b.cells[i].textContent;
        var c = num.test(x) && num.test(y) ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, 'vi');
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def _short(name: str, limit: int = 42) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _local(ts: object, fmt: str = "%Y-%m-%d") -> str:
    if ts is None or ts is pd.NaT or (isinstance(ts, float) and pd.isna(ts)):
        return ""
    stamp = pd.Timestamp(ts)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert(LOCAL_TZ)
    return stamp.strftime(fmt)


def _quarter(day) -> str:
    return f"Q{(day.month - 1) // 3 + 1} {day.year}"


def _page_href(campaign_id: str, prefix: str = "") -> str:
    return f"{prefix}{PAGES_DIR}/{html.escape(campaign_id, quote=True)}.html"


Cell = tuple[str, str, str]  # (html, sort key, css class)


def _table(table_id: str, headers: list[str], rows: list[list[Cell]], empty: str,
           row_classes: list[str] | None = None) -> str:
    if not rows:
        return f'<p class="empty">{_esc(empty)}</p>'
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    classes = row_classes or [""] * len(rows)
    body = "".join(
        (f'<tr class="{css_row}">' if css_row else "<tr>")
        + "".join(f'<td class="{css}" data-sort="{html.escape(key, quote=True)}">{text}</td>'
                  for text, key, css in row) + "</tr>"
        for row, css_row in zip(rows, classes, strict=True))
    return f'<table id="{table_id}" class="sortable"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _text(value: object) -> Cell:
    return _esc(value), "" if value is None else str(value), ""


def _num(value: float | int, shown: str | None = None) -> Cell:
    return _esc(shown if shown is not None else value), f"{float(value):.6f}", "n"


def _date(ts: object) -> Cell:
    return _esc(_local(ts)), _local(ts, "%Y-%m-%dT%H:%M"), "d"


def _chart(fig: go.Figure, div_id: str, height: int = 480) -> str:
    fig.update_layout(margin={"l": 60, "r": 20, "t": 40, "b": 60}, template="plotly_white", height=height)
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=_CONFIG,
                       default_height=f"{height}px")


def gains_table(data: ReportData, limit: int = 10) -> str:
    gains = data.gains
    if gains.empty:
        return '<p class="empty">No campaign coverage in the last two quarters of the range.</p>'
    rising = gains[gains["change"] > 0].head(limit)
    rows = []
    for r in (rising if not rising.empty else gains.head(limit)).itertuples(index=False):
        papers = ", ".join(f"{_esc(s)} +{c * 100:.1f} pp ({n})" for s, c, n in r.papers) or "—"
        css = "up" if r.change > 0 else "down" if r.change < 0 else ""
        rows.append([
            (f'<a href="{_page_href(r.campaign_id)}">{_esc(r.campaign_name)}</a>', r.campaign_name, ""),
            _num(r.share_now, f"{r.share_now:.1%}"),
            _num(r.share_before, f"{r.share_before:.1%}"),
            (f'<span class="{css}">{r.change * 100:+.1f} pp</span>', f"{r.change:.6f}", "n"),
            _num(r.articles_now),
            (papers, papers, ""),
        ])
    q = data.quarter
    headers = ["Campaign", f"Share {_quarter(q['current'])}", f"Share {_quarter(q['previous'])}", "Change",
               f"Articles {_quarter(q['current'])}", "Papers where it gained most (change, articles)"]
    return _table("gains-table", headers, rows, "No campaign gained coverage.")


def coverage_chart(monthly: pd.DataFrame) -> str | None:
    if monthly.empty:
        return None
    fig = go.Figure()
    grain = "quarter" if len(set(p.month for p in monthly["period_start"])) <= 4 and all(
        p.month in (1, 4, 7, 10) for p in monthly["period_start"]) else "month"
    for name, rows in monthly.groupby("campaign_name", sort=False):
        partial = ["" if not p else f" (part of the {grain})" for p in rows["partial"]]
        fig.add_trace(go.Scatter(
            x=[str(p) for p in rows["period_start"]], y=rows["share_of_articles"] * 100, mode="lines+markers",
            name=_short(str(name)),
            customdata=list(zip([str(name)] * len(rows), rows["articles"], rows["articles_in_period"], partial, strict=True)),
            hovertemplate="%{customdata[0]}<br>%{x}%{customdata[3]}: %{y:.1f}% of articles"
                          " (%{customdata[1]} of %{customdata[2]})<extra></extra>",
        ))
    fig.update_layout(title=f"Share of all articles mentioning each campaign, by {grain}",
                      xaxis_title=f"{grain} (first day)", yaxis_title="% of articles", legend={"orientation": "h", "y": -0.25})
    return _chart(fig, "coverage-over-time")


def _paper_bars(frame: pd.DataFrame, group: str, share: str, part: str, whole: str, what: str,
                axis: str, title: str, div_id: str) -> str | None:
    """One bar per `group` value and paper: the share of the paper's articles that `what`."""
    if frame.empty:
        return None
    fig = go.Figure()
    names = list(dict.fromkeys(frame[group]))
    for source, rows in frame.groupby("source_id", sort=True):
        rows = rows.set_index(group).reindex(names)
        fig.add_trace(go.Bar(
            x=[_short(n, 28) for n in names], y=rows[share].fillna(0) * 100, name=str(source),
            customdata=list(zip(names, rows[part].fillna(0), rows[whole].fillna(0), strict=True)),
            hovertemplate=f"{_esc(source)}<br>%{{customdata[0]}}: %{{y:.1f}}% {what}"
                          " (%{customdata[1]} of %{customdata[2]})<extra></extra>",
        ))
    fig.update_layout(barmode="group", title=title, yaxis_title=axis, margin={"b": 140})
    return _chart(fig, div_id)


def paper_chart(by_paper: pd.DataFrame) -> str | None:
    return _paper_bars(by_paper, "campaign_name", "share_of_articles", "articles", "articles_in_period",
                       "of the paper's articles", "% of the paper's articles",
                       "Share of each paper's articles mentioning the campaign, whole range", "coverage-by-paper")


def heatmap_chart(grid: pd.DataFrame) -> str | None:
    if grid.empty:
        return None
    rows, cols = [str(i) for i in grid.index], [str(c) for c in grid.columns]
    full = [[(r, c) for c in cols] for r in rows]
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=[_short(c, 30) for c in cols], y=[_short(r, 40) for r in rows],
        customdata=full, colorscale="Blues", colorbar={"title": "articles"},
        hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{z} articles name both<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(title="Articles naming both the campaign and the organisation (ordered by co-occurrence)",
                      margin={"l": 300, "b": 200})
    return _chart(fig, "campaign-organisation-heatmap", height=600)


def category_chart(frame: pd.DataFrame) -> str | None:
    return _paper_bars(frame, "category", "share_with_campaigns", "articles_with_campaigns", "articles",
                       "of the section's articles mention a campaign", "% of the section's articles",
                       "Share of each section's articles mentioning a campaign, per paper", "coverage-by-category")


def campaign_table(data: ReportData) -> str:
    rows = []
    for r in data.campaigns.itertuples(index=False):
        link = (f'<a href="{_page_href(r.campaign_id)}">{_esc(r.campaign_name)}</a>'
                if r.campaign_id in data.profiles else _esc(r.campaign_name))
        rows.append([(link, r.campaign_name, ""), _text(r.campaign_kind), _num(r.articles), _num(r.mentions),
                     _num(r.papers), _date(r.first_seen_at), _date(r.last_seen_at),
                     (_esc(_local(r.peak_month, "%Y-%m")), _local(r.peak_month, "%Y-%m"), "d")])
    return _table("campaign-table", ["Campaign", "Kind", "Articles", "Mentions", "Papers", "First seen",
                                     "Last seen", "Peak month"], rows, "No campaign mentioned in this range.")


def _share_cell(share: float, layers: dict[str, float]) -> Cell:
    """A field's share of articles, with the layers that produced it (selector, metadata,
    generic, url, decoder, render, fallback) beneath."""
    mix = " · ".join(f"{family} {layer * 100:.0f}%" for family, layer in sorted(layers.items(), key=lambda kv: -kv[1]))
    shown = f"{share * 100:.0f}%" + (f'<span class="mix">{_esc(mix)}</span>' if mix else "")
    return shown, f"{share:.6f}", "n"


def health_table(data: ReportData) -> str:
    """Per source, the latest crawl's share of articles with each field and the layer mix;
    a row whose usual layer collapsed against the earlier crawls is flagged as markup drift."""
    if not data.health:
        return '<p class="empty">No crawl with extraction health recorded yet (baochi nightly records it).</p>'
    rows = []
    for entry in data.health:
        drift = "; ".join(entry["drift"])
        rows.append([_text(entry["source_id"]), _date(entry["crawled_at"]), _num(entry["articles"])]
                    + [_share_cell(entry["fields"].get(name, 0.0), entry["layers"].get(name, {}))
                       for name in HEALTH_FIELDS]
                    + [(f"<strong>markup drift</strong>: {_esc(drift)}" if drift else "none", drift, "")])
    return _table("health-table", ["Paper", "Crawled", "Articles", *[n.replace("_", " ") for n in HEALTH_FIELDS],
                                   "Markup drift"], rows, "", ["drift" if e["drift"] else "" for e in data.health])


def _page(title: str, body: str, *, plotly: bool) -> str:
    script = f'<script type="text/javascript">{get_plotlyjs()}</script>' if plotly else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{_esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_STYLE}</style>
{script}
</head><body>
{body}
<script>{_SORT_JS}</script>
</body></html>
"""


def render(data: ReportData, *, source_file: Path | None = None) -> str:
    s = data.summary
    when = (f"{_local(s['first_published_at'])} to {_local(s['last_published_at'])}"
            if s["first_published_at"] is not None else "no dated articles")
    generated = datetime.now(tz=UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    origin = f" from <code>{_esc(source_file)}</code>" if source_file else ""
    chosen = f" Filters: {_esc(data.filters.describe())}." if data.filters.describe() else ""
    q = data.quarter
    heading = (f"Which campaigns gained coverage in {_quarter(q['current'])}"
               f"{' (so far)' if q.get('partial') else ''} compared with {_quarter(q['previous'])}, and in which papers"
               if q else "Which campaigns gained coverage")
    sections = [f'<h2 id="gains">{_esc(heading)}</h2>'
                '<p class="meta">Share = articles mentioning the campaign ÷ all articles of the quarter;'
                ' change in percentage points (pp). Click a campaign for its page, a header to sort.</p>'
                + gains_table(data)]
    for title, chart in (
        ("Share of articles over time", coverage_chart(data.monthly)),
        ("Papers compared", paper_chart(data.by_paper)),
        ("Sections of each paper", category_chart(data.by_category)),
        ("Campaigns × organisations", heatmap_chart(data.pairs)),
    ):
        sections.append(f"<h2>{title}</h2>" + (chart or '<p class="empty">No data in this range.</p>'))
    sections.append("<h2>All campaigns in the range</h2>" + campaign_table(data))
    sections.append('<h2 id="health">Extraction health</h2>'
                    '<p class="meta">Per paper, its latest crawl: the share of articles with each field and'
                    ' the layer that found it. Markup drift = a field, or its usual layer, fell sharply'
                    ' against the crawls before (the nightly then exits 1).</p>' + health_table(data))
    body = f"""<h1>Campaign coverage in the provincial press</h1>
<p class="meta">{s['articles']} articles ({s['dated_articles']} dated) from {s['sources']} paper(s), {when};
{s['campaigns']} campaigns ({s['campaign_mentions']} mentions), {s['organisations']} organisations.{chosen}
Dates are local (Asia/Ho_Chi_Minh). Generated {generated}{origin}.</p>
{''.join(sections)}"""
    return _page("baochi report", body, plotly=True)


def _svg_bars(timeline: pd.DataFrame) -> str:
    if timeline.empty:
        return '<p class="empty">No dated article.</p>'
    width, height, gap = 900, 160, 2
    step = width / len(timeline)
    peak = max(float(timeline["share_of_articles"].max()), 1e-9)
    bars = []
    for i, r in enumerate(timeline.itertuples(index=False)):
        h = (height - 20) * float(r.share_of_articles) / peak
        label = f"{r.month:%Y-%m}: {r.articles} articles, {r.share_of_articles:.1%} of the month's articles"
        bars.append(f'<rect x="{i * step:.1f}" y="{height - 20 - h:.1f}" width="{max(step - gap, 1):.1f}"'
                    f' height="{h:.1f}"><title>{_esc(label)}</title></rect>')
        if len(timeline) <= 24 or i % 3 == 0:
            bars.append(f'<text x="{i * step:.1f}" y="{height - 5}">{r.month:%Y-%m}</text>')
    return (f'<svg class="bar" id="timeline" viewBox="0 0 {width} {height}" width="100%" role="img"'
            f' aria-label="share of articles per month">{"".join(bars)}</svg>')


def campaign_page(profile: dict) -> str:
    s = profile["summary"]
    name = s.get("campaign_name", "")
    papers = [[_text(r.paper or r.source_id), _text(r.source_id), _num(r.articles)]
              for r in profile["papers"].itertuples(index=False)]
    orgs = [[_text(r.organisation_name), _num(r.articles), _num(r.share_of_campaign_articles, f"{r.share_of_campaign_articles:.0%}")]
            for r in profile["with"].itertuples(index=False)]
    articles = [[_date(r.published_at), _text(r.source_id),
                 (f'<a href="{html.escape(str(r.url), quote=True)}">{_esc(r.title)}</a>', str(r.title), ""),
                 _text(r.matched)]
                for r in profile["articles"].itertuples(index=False)]
    body = f"""<p><a href="../{REPORT_NAME}">← all campaigns</a></p>
<h1>{_esc(name)}</h1>
<p class="meta">{_esc(s.get('campaign_kind') or '')} · {s.get('articles', 0)} articles, {s.get('mentions', 0)} mentions
in {s.get('sources', 0)} paper(s); first {_local(s.get('first_seen_at'))}, latest {_local(s.get('last_seen_at'))}
(all time; dates local, Asia/Ho_Chi_Minh).</p>
<h2>Share of articles per month</h2>{_svg_bars(profile['timeline'])}
<h2>Papers</h2>{_table('papers-table', ['Paper', 'Source id', 'Articles'], papers, 'No paper.')}
<h2>Organisations named in the same articles</h2>{_table('organisations-table', ['Organisation', 'Articles', 'Share of the campaign articles'], orgs, 'None named with it.')}
<h2>Latest articles</h2>{_table('articles-table', ['Date', 'Paper', 'Title', 'Mentions'], articles, 'No article.')}"""
    return _page(f"{name} — baochi", body, plotly=False)


def write_report(con: duckdb.DuckDBPyConnection, out_dir: Path, *, source_file: Path | None = None,
                 filters: Filters | None = None) -> Path:
    """Write `<out_dir>/baochi-report.html` and `<out_dir>/campaigns/*.html`. Each file is
    written beside its target and renamed, so a half-written page never shows; pages of
    campaigns no longer in the report are removed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = gather(con, filters)
    pages = out_dir / PAGES_DIR
    staging = out_dir / f".{PAGES_DIR}.{os.getpid()}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for campaign_id, profile in data.profiles.items():
        (staging / f"{campaign_id}.html").write_text(campaign_page(profile), encoding="utf-8")
    retired = out_dir / f".{PAGES_DIR}.{os.getpid()}.old"
    if pages.exists():
        pages.rename(retired)
    staging.rename(pages)
    shutil.rmtree(retired, ignore_errors=True)
    target = out_dir / REPORT_NAME
    partial = out_dir / f".{REPORT_NAME}.{os.getpid()}.partial"
    partial.write_text(render(data, source_file=source_file), encoding="utf-8")
    partial.replace(target)
    return target


def demo_report(con: duckdb.DuckDBPyConnection, db: Path, reports: Path) -> Path:
    """`baochi demo`'s last step: publish the read snapshot (so it holds the finished demo run)
    and write the report from the writer's connection."""
    from baochi.pipeline.warehouse.snapshot import publish

    publish(con, db)
    return write_report(con, reports, source_file=db)
