"""Bylines and closing signatures: who wrote an article, in the forms Vietnamese papers print."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from baochi.crawler.extract.generic.elements import attr
from baochi.crawler.extract.query import attrib, css
from baochi.crawler.extract.text import clean_text, element_text
from lxml import html as lxml_html
from parsel import Selector

AUTHOR_QUERIES = (
    "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", "[class*=author i]",
    "[class*=byline i]", "[class*=tac-gia i]", "[class*=tacgia i]", "[class*=but-danh i]",
    # HTML5's contact of the article's author (the page footer's address is outside the article)
    "article address",
)


# "Bài và ảnh: NAME", "Bài, ảnh: NAME", "Bài: NAME", "Tin, ảnh: NAME", "Theo NAME".
T = TypeVar("T")

_BYLINE = re.compile(
    r"^(?:(?:bài|tin|ảnh|video|clip)(?:\s*(?:và|,|/|-)\s*(?:ảnh|video|clip))?\s*:\s*|theo\s+|"
    r"(?:tác giả|phóng viên|nhóm phóng viên|pv|btv|ctv)\s*:\s*)"
    r"(?P<name>[^:]{2,60}?)\s*[.]?$", re.I)


# The outlet's tag that opens a lead: "(Dân trí) - ", "(Baothanhhoa.vn) – ", "TTO - ",
# "VOV.VN - ", "GD&TĐ - ". Unbracketed, only a token with two capitals in a row or an
# address, followed by a spaced dash ("COVID-19 …" is no tag).
_OUTLET_TAG = re.compile(
    r"^\s*(?:\([^()]{2,30}\)\s*[-–—]+|(?:(?=\S*[A-ZĐ]{2})[\w.&]{2,16}|[\w-]{2,30}\.[vV][nN])\s+[-–—]+)\s+(?=\S)")


def strip_outlet_tag(lead: str) -> str:
    """The lead without the outlet's opening tag, for any paper (a registered paper's own
    `lead_prefix` runs first)."""
    return _OUTLET_TAG.sub("", lead, count=1)


def byline_name(text: str) -> str | None:
    """The name in a byline line ("Bài và ảnh: Lê Hợi" → "Lê Hợi"), or None."""
    match = _BYLINE.match(clean_text(text))
    if not match:
        return None
    name = match.group("name").strip(" .-–—")
    return name if name and len(name.split()) <= 8 else None


def leading_byline(paragraphs: list[tuple[T, str]]) -> tuple[list[tuple[T, str]], str | None]:
    """The body's paragraphs without a labelled byline opening them ("Bài và ảnh: NAME" printed
    as the first paragraph), and the name it gives. Only a label with a colon: an opening
    "Theo báo cáo của …" is a sentence."""
    if len(paragraphs) > 1:
        text = paragraphs[0][1]
        if ":" in text and not text.lower().startswith("theo") and (name := byline_name(text)):
            return paragraphs[1:], name
    return paragraphs, None


def _bold_signature(p: lxml_html.HtmlElement) -> str | None:
    """A short, right-aligned or wholly bold paragraph: how many papers sign the last line."""
    text = element_text(p)
    if not text or len(text) > 60 or len(text.split()) > 8 or text.endswith((".", "?", "!", ":")):
        return None
    style = (attr(p, "style") or "").replace(" ", "").lower()
    right = "text-align:right" in style or (attr(p, "align") or "").lower() == "right" or \
        "right" in (attr(p, "class") or "").lower()
    bold = [clean_text("".join(b.itertext())) for b in p.iter("strong", "b")]
    if right or (bold and clean_text(" ".join(bold)) == text):
        return text
    return None


# A closing line shaped like names only: "Minh Anh", "MINH ANH", "Q.H", "PV", "Nhóm PV",
# "Lê Hợi (TTXVN)", "Minh Anh - Hồng Nhung": how most papers sign without bold or a label.
_AGENCY_AFTER = re.compile(r"\s*[(\[][^()\[\]]{2,30}[)\]]$")


_NAMES_SPLIT = re.compile(r"\s*(?:[-–—,;/&]|\bvà\b)\s*")


_STAFF = re.compile(r"^(?:nhóm\s+)?(?:pv|ptv|btv|ctv|phóng viên)$", re.I)


_END_MARKS = {"hết", "the end", "end"}


def _name_word(word: str) -> bool:
    return word[0].isupper() and all(ch.isalpha() or ch == "." for ch in word)


def name_line(text: str) -> str | None:
    """The line itself when it is only names (each word capitalised, or initials), else None."""
    line = clean_text(text).strip(" .")
    if not line or len(line) > 60 or line.casefold() in _END_MARKS:
        return None
    names = [n for n in _NAMES_SPLIT.split(_AGENCY_AFTER.sub("", line)) if n]
    if not 1 <= len(names) <= 4:
        return None
    for name in names:
        words = name.split()
        if _STAFF.match(name):
            continue
        if not 1 <= len(words) <= 6 or not all(_name_word(w) for w in words):
            return None
        if len(words) == 1 and not (words[0].isupper() or "." in words[0]):
            return None  # one capitalised word ("Tóm lại") is no signature; "PV", "Q.H", "THANH" are
    return line


def signature(p: lxml_html.HtmlElement) -> str | None:
    """The author named by a body paragraph that is a byline, in any common form."""
    text = element_text(p)
    return byline_name(text) or _bold_signature(p) or name_line(text) or source_line(text)


# "(Nguồn: Báo Nhân Dân)", "Theo TTXVN": where the article was taken from, not who wrote it.
_SOURCE_LINE = re.compile(r"^[(\[]?\s*(?:nguồn|theo)\b\s*:?\s*(?P<name>[^()\[\]]*?)\s*[)\]]?\s*[.]?$", re.I)


_CREDITED_SOURCE = re.compile(r"^[(\[]?\s*nguồn\s*:\s*(?P<name>[^()\[\]]{2,60}?)\s*[)\]]?\s*\.?$", re.I)


def source_line(text: str) -> str | None:
    """The source a closing "(Nguồn: Báo X)" line credits ("Theo X" is a byline's form)."""
    match = _CREDITED_SOURCE.match(clean_text(text))
    return match.group("name") if match and len(match.group("name").split()) <= 8 else None


def closing_author(signatures: list[tuple[str, str]]) -> str | None:
    """The author among the closing lines taken off a body, (line, name) from the last line up:
    the writer's name wins over a source line after it ("Minh Anh" then "(Nguồn: Báo X)"); a
    source line alone names the source, as "Theo TTXVN" always has."""
    for line, name in reversed(signatures):
        if not _SOURCE_LINE.match(line):
            return name
    for line, name in reversed(signatures):
        match = _SOURCE_LINE.match(line)
        return (match.group("name") if match else None) or name
    return None


# What a CMS prints in its author slot when nobody signed: the posting account, not a byline
# (WordPress's "bởi admin", a portal's "Quản trị viên").
_POSTED_BY = re.compile(r"^(?:đăng bởi|viết bởi|người đăng|người viết|bởi|by|posted by|written by)\s*:?\s+", re.I)


CMS_ACCOUNTS = frozenset({"admin", "administrator", "quản trị", "quản trị viên", "quantri", "webmaster",
                          "editor", "biên tập viên", "root", "user", "super user", "superuser"})


def _usable_name(text: str | None, site_names: Iterable[str | None]) -> str | None:
    """A byline's name, or None for the paper's own name, an address, a CMS account (a known
    account word, or a login with no capital letter: press names are capitalised), or a text
    with digits (an author block that also holds the dateline: its name element is read next)."""
    if not text:
        return None
    text = clean_text(text)
    name = _POSTED_BY.sub("", byline_name(text) or text.strip(" .-–—"))
    lowered = name.lower()
    banned = {s.lower() for s in site_names if s}
    if not name or len(name) > 60 or lowered in banned or lowered.startswith(("báo ", "www.")) \
            or re.search(r"\.(?:vn|com|net|org)\b", lowered) \
            or lowered in CMS_ACCOUNTS or name == lowered or any(c.isdigit() for c in name):
        return None
    return name


def generic_author(sel: Selector, site_names: Iterable[str | None]) -> tuple[str | None, str | None]:
    """A byline element's name (never the site's own name), and the query that found it."""
    names = list(site_names)
    for query in AUTHOR_QUERIES:
        for node in css(sel, query):
            if node.tag in ("meta", "link"):
                name = _usable_name(attrib(node, "content"), names)
            else:
                name = _usable_name(element_text(node), names)
            if name:
                return name, query
    return None, None


def usable_author(text: str | None, site_names: Iterable[str | None]) -> str | None:
    return _usable_name(text, site_names)
