"""Render the report as one HTML file that works offline.

plotly.js (about 4.8 MB) is inlined once in a <script> element and every chart is a
`Plotly.newPlot` call on a div, so the file opens from disk, from an e-mail attachment or on
a machine without network: no CDN, no external font, no request at all.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from baochi.pipeline.report.data import ReportData, gather
from plotly.offline import get_plotlyjs

REPORT_NAME = "baochi-report.html"
_CONFIG = {"displaylogo": False, "responsive": True}
_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
       max-width: 1200px; padding: 24px; color: #1f2933; background: #ffffff; }
h1 { margin-bottom: 4px; } h2 { margin-top: 40px; border-bottom: 1px solid #d9e2ec; }
.meta { color: #52606d; } .chart { height: 480px; } .empty { color: #9aa5b1; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 8px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
"""


def _short(name: str, limit: int = 42) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _chart(fig: go.Figure, div_id: str) -> str:
    fig.update_layout(margin={"l": 60, "r": 20, "t": 40, "b": 60}, template="plotly_white")
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=_CONFIG,
                       default_height="480px")


def coverage_chart(monthly: pd.DataFrame) -> str | None:
    if monthly.empty:
        return None
    fig = go.Figure()
    for name, rows in monthly.groupby("campaign_name", sort=False):
        fig.add_trace(go.Scatter(
            x=[str(p) for p in rows["period_start"]], y=rows["articles"], mode="lines+markers",
            name=_short(str(name)), hovertext=str(name),
        ))
    fig.update_layout(title="Articles mentioning each of the top campaigns, by month",
                      xaxis_title="month", yaxis_title="articles", legend={"orientation": "h", "y": -0.25})
    return _chart(fig, "coverage-over-time")


def heatmap_chart(pairs: pd.DataFrame) -> str | None:
    if pairs.empty:
        return None
    grid = pairs.pivot_table(index="campaign_name", columns="organisation_name", values="articles",
                             aggfunc="sum", fill_value=0)
    fig = go.Figure(go.Heatmap(
        z=grid.values, x=[_short(c, 30) for c in grid.columns], y=[_short(i, 40) for i in grid.index],
        colorscale="Blues", colorbar={"title": "articles"},
        hovertemplate="%{y}<br>%{x}<br>%{z} articles<extra></extra>",
    ))
    fig.update_layout(title="Articles naming both the campaign and the organisation",
                      height=560, margin={"l": 280, "b": 180})
    return _chart(fig, "campaign-organisation-heatmap")


def category_chart(by_category: pd.DataFrame) -> str | None:
    if by_category.empty:
        return None
    fig = go.Figure()
    for source, rows in by_category.groupby("source_id", sort=True):
        fig.add_trace(go.Bar(x=rows["category"], y=rows["articles_with_campaigns"], name=f"{source}: with campaigns"))
        fig.add_trace(go.Bar(x=rows["category"], y=rows["articles"] - rows["articles_with_campaigns"],
                             name=f"{source}: without", opacity=0.35))
    fig.update_layout(barmode="stack", title="Articles by source and category, with and without campaign coverage",
                      yaxis_title="articles")
    return _chart(fig, "coverage-by-category")


def _table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return '<p class="empty">No campaign mentioned yet.</p>'
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
            cells.append(f'<td class="n">{html.escape(text)}</td>' if numeric else f"<td>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table id="campaign-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def render(data: ReportData, *, source_file: Path | None = None) -> str:
    s = data.summary
    when = f"{s['first_published_at']:%Y-%m-%d} to {s['last_published_at']:%Y-%m-%d}" if s["first_published_at"] else "no dated articles"
    sections = []
    for title, chart in (
        ("Coverage over time", coverage_chart(data.monthly)),
        ("Campaigns × organisations", heatmap_chart(data.pairs)),
        ("Coverage by source and category", category_chart(data.by_category)),
    ):
        sections.append(f"<h2>{title}</h2>" + (chart or '<p class="empty">No data yet.</p>'))
    sections.append("<h2>Campaigns: first and last seen</h2>" + _table(data.campaigns))
    generated = datetime.now(tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
    origin = f" from <code>{html.escape(str(source_file))}</code>" if source_file else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>baochi report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_STYLE}</style>
<script type="text/javascript">{get_plotlyjs()}</script>
</head><body>
<h1>baochi — campaign coverage in the provincial press</h1>
<p class="meta">{s['articles']} articles ({s['dated_articles']} dated) from {s['sources']} source(s), {when};
{s['campaigns']} campaigns ({s['campaign_mentions']} mentions), {s['organisations']} organisations.
Generated {generated}{origin}. Dates are local (Asia/Ho_Chi_Minh).</p>
{''.join(sections)}
</body></html>
"""


def write_report(con: duckdb.DuckDBPyConnection, out_dir: Path, *, source_file: Path | None = None) -> Path:
    """Write `<out_dir>/baochi-report.html` (atomically: a half-written report never shows)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / REPORT_NAME
    partial = out_dir / f".{REPORT_NAME}.{os.getpid()}.partial"
    partial.write_text(render(gather(con), source_file=source_file), encoding="utf-8")
    partial.replace(target)
    return target


def demo_report(con: duckdb.DuckDBPyConnection, db: Path, reports: Path) -> Path:
    """`baochi demo`'s last step: publish the read snapshot (so it holds the finished demo run)
    and write the report from the writer's connection."""
    from baochi.pipeline.warehouse.snapshot import publish

    publish(con, db)
    return write_report(con, reports, source_file=db)
