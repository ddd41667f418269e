"""Generic layers for markup the site's selectors miss: trafilatura for the body, htmldate for
the publication day.

They come last because they guess: trafilatura may keep a caption or drop a short paragraph,
and htmldate usually knows only the day. The `extraction` record says when they were used, and
a day-only date is flagged with `published_precision = "day"`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from baochi.crawler.extract.text import clean_text

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def generic_body(html: str, url: str, skip: tuple[str | None, ...] = ()) -> str | None:
    """Main text as paragraphs joined by blank lines, without lines equal to title or lead."""
    import trafilatura

    try:
        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True,
            output_format="txt", deduplicate=False,
        )
    except Exception:  # trafilatura must never take the crawl down on odd markup
        return None
    if not text:
        return None
    unwanted = {clean_text(s) for s in skip if s}
    paragraphs = [p for p in (clean_text(line) for line in text.splitlines()) if p and p not in unwanted]
    return "\n\n".join(paragraphs) or None


def generic_date(html: str, url: str, timezone: str, now: datetime | None = None) -> datetime | None:
    """The publication day from htmldate (metadata and markup heuristics, no free-text scan)."""
    import htmldate

    now = now or datetime.now(tz=ZoneInfo(timezone))
    try:
        found = htmldate.find_date(
            html, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
            min_date="1995-01-01", max_date=now.strftime("%Y-%m-%d"),
        )
    except Exception:
        return None
    if not found:
        return None
    return datetime.fromisoformat(found).replace(tzinfo=ZoneInfo(timezone))
