"""Publication times as printed by provincial papers → timezone-aware datetimes.

Papers print local time without an offset, in day-first order, wrapped in weekday names,
pipes and "GMT+7" markers. A naive time is the source's local time; an instant that would
lie before the web era or in the future is rejected rather than stored, because a wrong
publication time silently corrupts every trend built on it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

DEFAULT_FORMATS = (
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d-%m-%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%d/%m/%Y",
    "%Y-%m-%d",
)
EARLIEST_YEAR = 1995

_WEEKDAY = re.compile(r"^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn)\s*[,-]?\s*", re.I)
_NOISE = re.compile(r"\(?\s*GMT\s*\+\s*7\s*\)?|\bUTC\s*\+\s*7\b|\|", re.I)
_DATE_TIME_DASH = re.compile(r"(\d{1,4}[/-]\d{1,2}[/-]\d{1,4})\s+-\s+(\d{1,2}:\d{2})")


def clean_date_text(text: str) -> str:
    """Strip weekday names, pipes and GMT markers so that strptime formats can apply."""
    text = " ".join(text.split())
    text = _WEEKDAY.sub("", text)
    text = _NOISE.sub(" ", text)
    text = _DATE_TIME_DASH.sub(r"\1 \2", text)
    text = text.replace(" lúc ", " ").replace(",", " ")
    return " ".join(text.split())


def _sane(moment: datetime, now: datetime | None) -> datetime | None:
    now = now or datetime.now(tz=ZoneInfo("UTC"))
    if moment.year < EARLIEST_YEAR or moment > now + timedelta(days=1):
        return None
    return moment


def parse_published(
    text: str | None,
    timezone: str = "Asia/Ho_Chi_Minh",
    formats: tuple[str, ...] = (),
    now: datetime | None = None,
    *,
    distrust_utc: bool = False,
) -> datetime | None:
    """An aware datetime in the source's zone, or None when the text holds no usable time.

    `distrust_utc` reads a trailing `Z` as local time: some CMSs (OneCMS) print local time and
    mark it UTC, which would shift every article by seven hours.
    """
    if not text or not text.strip():
        return None
    zone = ZoneInfo(timezone)
    raw = text.strip()
    if distrust_utc and raw.endswith(("Z", "z")):
        raw = raw[:-1]
    # ISO 8601 first (metadata layers): keep a real offset, localise a naive one.
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is not None:
        moment = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment
        return _sane(moment.astimezone(zone), now)
    cleaned = clean_date_text(raw)
    for fmt in (*formats, *DEFAULT_FORMATS):
        try:
            moment = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return _sane(moment.replace(tzinfo=zone), now)
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return _sane(moment.astimezone(zone), now)
