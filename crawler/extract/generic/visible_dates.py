"""Visible datelines in the forms Vietnamese CMSs print, read to a day or a minute, and dates in URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from baochi.crawler.extract.generic.elements import classes, short_text
from baochi.crawler.extract.query import attrib, css
from baochi.crawler.extract.text import element_text
from lxml import html as lxml_html
from parsel import Selector

DATELINE_QUERIES = (
    "time", "[class*=date i]", "[class*=time i]", "[class*=ngay i]", "[class*=publish i]", "[class*=meta i]",
)


_MERIDIEM = r"(?:\s*(am|pm|sa|ch|sáng|chiều|tối)\b)?"  # 12-hour clocks; SA/CH as .NET writes them in Vietnamese


_CLOCK = r"(\d{1,2})(?:[:hg]|\s*giờ\s*)(\d{2})(?::(\d{2}))?"  # 14:20, 14h20, 14g20, 14 giờ 20


_DATE_TIME = (
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\D{0,12}?" + _CLOCK + _MERIDIEM, re.I), "dmy-hm"),
    (re.compile(_CLOCK + _MERIDIEM + r"\D{0,16}?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})",
                re.I), "hm-dmy"),
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"), "dmy"),
)


# "05 tháng 12 năm 2026", "5 tháng 12, 2026"; WordPress's Vietnamese month names in its two
# usual formats, "5 Tháng Mười Hai, 2026" and "Tháng Mười Hai 5, 2026".
_WORDS_DATE = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*(?:năm\s+)?|năm\s+)(\d{4})", re.I)


_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


_MONTH_NAME = r"tháng\s+(mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"


_NAMED_MONTH_DATES = (
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH_NAME + r"\s*,\s*(\d{4})", re.I), (0, 1, 2)),
    (re.compile(_MONTH_NAME + r"\s+(\d{1,2})\s*,\s*(\d{4})", re.I), (1, 0, 2)),
)


def _named_months(text: str) -> str:
    """Month names written in words turned into `d/m/YYYY`."""
    for pattern, (day, month, year) in _NAMED_MONTH_DATES:
        def numeric(m: re.Match[str], day: int = day, month: int = month, year: int = year) -> str:
            g = m.groups()
            return f"{g[day]}/{_MONTH_WORDS[' '.join(g[month].lower().split())]}/{g[year]}"
        text = pattern.sub(numeric, text)
    return text


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$)")


def _hour_of_day(hour: str, meridiem: str | None) -> int:
    """`3:20 PM` / `3:20 CH` is 15:20; `12:05 AM` is 00:05."""
    value = int(hour)
    if meridiem and value <= 12:
        afternoon = meridiem.lower() in ("pm", "ch", "chiều", "tối")
        value = value % 12 + (12 if afternoon else 0)
    return value


# "Cập nhật" / "Updated": when the article was last edited, not when it was published.
_UPDATED = re.compile(r"(?:cập nhật|cap nhat|sửa đổi|chỉnh sửa|hiệu chỉnh|updated?|modified|last edit)", re.I)


_UPDATED_CLASS = re.compile(r"updat|modif|cap-?nhat|capnhat|sua-?doi", re.I)


# the label of the publication time in a line that may hold the update's too
_PUBLISHED_LABEL = re.compile(r"(?<![^\W_])(?:ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|đăng|xuất\s+bản|"
                              r"published|posted\s+on|posted)(?![^\W_])\s*:?", re.I)


def dateline_text(text: str) -> tuple[str, str] | None:
    """A visible dateline normalised to `dd/mm/YYYY HH:MM[:SS]` with its precision
    ("12/3/2025 08:15", "08:15 | 12/3/2025", "ngày 12 tháng 3 năm 2025, 08:15", "2025-03-12
    08:15", "12/03/2025 3:20 PM"). In "Ngày đăng: 05/12/2025 | Cập nhật: 14:30 06/12/2025" only
    the part before the update label is read, and in "Cập nhật: … | Đăng: …" the part after the
    publication label: the edit's time is no publication time."""
    published = _PUBLISHED_LABEL.search(text)
    if published is not None:
        # the publication label's own date, up to an update label after it ("Cập nhật: 06/12
        # 09:00 | Đăng: 05/12 14:20": the update written first)
        rest = text[published.end():]
        cut = _UPDATED.search(rest)
        if (labelled := _read_dateline(rest[:cut.start()] if cut else rest)) is not None:
            return labelled
    updated = _UPDATED.search(text)
    if updated and updated.start() > 0 and (before := _read_dateline(text[:updated.start()])):
        return before
    return _read_dateline(text)


def _read_dateline(text: str) -> tuple[str, str] | None:
    text = _ISO_DATE.sub(r"\3/\2/\1 ", _WORDS_DATE.sub(r"\1/\2/\3", _named_months(text)))
    for pattern, kind in _DATE_TIME:
        match = pattern.search(text)
        if not match:
            continue
        g = match.groups()
        if kind == "dmy-hm":
            day, month, year, hour, minute, second, meridiem = g
        elif kind == "hm-dmy":
            hour, minute, second, meridiem, day, month, year = g
        else:
            return f"{int(g[0]):02d}/{int(g[1]):02d}/{g[2]}", "day"
        clock = _hour_of_day(hour, meridiem)
        if not (0 <= clock < 24 and 0 <= int(minute) < 60):
            continue
        stamp = f"{int(day):02d}/{int(month):02d}/{year} {clock:02d}:{minute}"
        return (stamp + f":{second}", "second") if second else (stamp, "minute")
    return None


def datelines(sel: Selector) -> Iterable[tuple[str, str, str]]:
    """(normalised text, precision, query) for each visible dateline, best evidence first. A
    dateline that only says when the article was updated ("Cập nhật: …", a class naming the
    update) is used only when the page shows no other: time beats a bare day elsewhere, and an
    edit's time would beat the publication day."""
    updates: list[tuple[str, str, str]] = []
    found_any = False
    for query in DATELINE_QUERIES:
        for node in css(sel, query):
            if node.tag in ("meta", "script", "style", "link"):
                continue
            found = _node_dateline(node)
            if found is None:
                continue
            if found[1] == "day" and (whole := _line_with_time(node, found[0])):
                found = whole
            if _is_update(node, found[2]):
                updates.append((found[0], found[1], query))
                continue
            found_any = True
            yield found[0], found[1], query
    if not found_any:
        yield from updates


def near_title_dateline(lines: list[tuple[lxml_html.HtmlElement, str]]) -> tuple[str, str] | None:
    """The first dateline among the headline's lines (a publication stamp, not an update's)."""
    for _node, text in lines:
        if len(text) <= 120 and (found := dateline_text(text)) and not _is_update_text(text):
            return found
    return None


def _is_update_text(text: str) -> bool:
    """A text that opens with the update label (no publication date before it, nor a publication
    label after it: "Cập nhật: … | Đăng: …" says both)."""
    label = _UPDATED.search(text)
    return label is not None and not _read_dateline(text[:label.start()]) \
        and _PUBLISHED_LABEL.search(text, label.end()) is None


def _node_dateline(node: lxml_html.HtmlElement) -> tuple[str, str, str] | None:
    """(normalised text, precision, the text read) of one element, or None."""
    # `<time datetime>`, and the microformat `<abbr class="published" title="2026-12-05T14:20…">`
    # older blog themes print (its text a day without the year)
    stamp = attrib(node, "datetime") or (attrib(node, "title") if node.tag == "abbr" else None)
    if stamp and re.match(r"\d{4}-\d{2}-\d{2}", stamp):  # ISO 8601, maybe with an offset
        return stamp.strip(), "minute" if "T" in stamp else "day", stamp
    raw = stamp or element_text(node)
    if raw and len(raw) <= 120 and (found := dateline_text(raw)):
        return found[0], found[1], raw
    return None


def _line_with_time(node: lxml_html.HtmlElement, day: str) -> tuple[str, str, str] | None:
    """The day's element and the time printed beside it in a sibling ("<span class=date>05/12/2026
    </span> <span class=time>14:20</span>"): the enclosing line read whole, when it is the same day."""
    parent = node.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return None
    text = short_text(parent, 120)
    if not text or not (found := dateline_text(text)) or found[1] == "day" or not found[0].startswith(day):
        return None
    return found[0], found[1], text


def _is_update(node: lxml_html.HtmlElement, text: str) -> bool:
    """The element says when the article was edited: its class, its itemprop, or a text that
    opens with the update label (no publication label before it)."""
    if (attrib(node, "itemprop") or "").lower() == "datemodified" or _UPDATED_CLASS.search(classes(node)):
        return True
    return _is_update_text(text)


_URL_DATES = (
    re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/(20\d{2})-(\d{2})-(\d{2})/"),
    re.compile(r"/d(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d*\.htm"),
)


def url_date(path: str) -> tuple[str, str] | None:
    """A publication day (or minute) some papers write into their article URLs."""
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match:
            g = match.groups()
            if len(g) == 5:
                return f"{g[2]}/{g[1]}/{g[0]} {g[3]}:{g[4]}", "minute"
            return f"{int(g[2]):02d}/{int(g[1]):02d}/{g[0]}", "day"
    return None
