"""The offline HTML report: coverage over time, campaign × organisation, sources and
categories, campaign table — one self-contained file (plotly.js inlined, no network)."""

from baochi.pipeline.report.build import REPORT_NAME, write_report

__all__ = ["REPORT_NAME", "write_report"]
