"""The headline, the lines printed under it (dateline, byline, a lead as a heading) and the breadcrumb."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from baochi.crawler.extract.generic.body import body_block
from baochi.crawler.extract.generic.elements import attr, classes, following, short_text
from baochi.crawler.extract.generic.signatures import byline_name
from baochi.crawler.extract.generic.visible_dates import dateline_text
from baochi.crawler.extract.query import attrib, css
from baochi.crawler.extract.text import SITE_SELF_NAME, clean_text, element_text
from lxml import html as lxml_html
from parsel import Selector

BREADCRUMB_QUERIES = (
    "[itemtype*=BreadcrumbList] a", "nav[aria-label*=readcrumb] a", "[class*=breadcrumb i] a",
    "[class*=bread i] a", "[class*=crumb i] a", "[class*=duong-dan i] a",
)


LEAD_QUERIES = (
    "[itemprop=description]:not(meta)", "[class*=sapo i]", "[class*=summary i]", "[class*=tom-tat i]",
    "[class*=tomtat i]", "[class*=excerpt i]", "[class*=lead i]:not(meta)", "[class*=desc i]:not(meta)",
    "[class*=intro i]", "[class*=chapeau i]", "[class*=abstract i]",
)


HOME_NAMES = {"trang chủ", "trang chu", "home", "trang nhất"}


def headline(sel: Selector, site_names: Iterable[str | None]) -> tuple[str | None, str | None]:
    """The article's `h1`: not a logo (the site's name, or a link home, or inside a header)."""
    banned = {s.lower() for s in site_names if s}
    first = None
    for node in css(sel, "h1"):
        text = element_text(node)
        if not text:
            continue
        first = first or text
        in_header = any(isinstance(a.tag, str) and (a.tag == "header" or "logo" in classes(a).lower())
                        for a in node.iterancestors())
        links_home = any(attr(a, "href") in ("/", "./") for a in node.iter("a"))
        if text.lower() not in banned and not in_header and not links_home and "logo" not in classes(node):
            return text, "h1"
    if first:
        return first, "h1"
    return _title_element(sel, banned) or _title_tag(sel, banned)


# Class names are matched without regard to case: old portals write "ContentTitle",
# "NewsDate", "Summary" (cssselect's `i` flag).
_TITLE_CLASSES = "[class*=title i], [class*=tieu-de i], [class*=tieude i]"


def _title_element(sel: Selector, banned: set[str]) -> tuple[str, str] | None:
    """A page without `h1` (portals on old CMSs) names its title in an element classed as one
    ("title-news-detail", "tieu-de"): the first that is no link, list item, menu or header."""
    node = title_element(sel, banned)
    return (element_text(node), _TITLE_CLASSES) if node is not None else None


def title_element(sel: Selector, banned: set[str] | None = None) -> lxml_html.HtmlElement | None:
    """The element `_title_element` reads (for the probe, which proposes a selector for it)."""
    for node in css(sel, _TITLE_CLASSES):
        if isinstance(node, str) or node.tag in ("a", "li", "title", "meta", "ul", "body", "html") \
                or any(True for _ in node.iterdescendants("a", "li", "p", "div", "img")):
            continue
        if any(isinstance(a.tag, str) and a.tag in ("a", "li", "header", "nav", "footer") for a in node.iterancestors()):
            continue
        text = element_text(node)
        if 15 <= len(text) <= 300 and text.lower() not in (banned or ()) and not SITE_SELF_NAME.match(text):
            return node
    return None


_SITE_PART = re.compile(r"^(?:báo|cổng|trang|tạp chí|đài|website)\b", re.I)


_TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+")


def _title_tag(sel: Selector, banned: set[str]) -> tuple[str | None, str | None]:
    """The page's `<title>` without the site's name after its last separator ("Tiêu đề - Cổng
    thông tin điện tử xã X"): the last resort of a page without `h1` or metadata."""
    found = css(sel, "title")
    text = element_text(found[0]) if found and not isinstance(found[0], str) else ""
    separators = list(_TITLE_SEPARATOR.finditer(text))
    if separators:
        tail = text[separators[-1].end():]
        if tail.lower() in banned or _SITE_PART.match(tail):
            text = text[:separators[-1].start()]
    text = text.strip()
    if not text or text.lower() in banned or SITE_SELF_NAME.match(text):  # the site's own name
        return None, None
    return text, "title-tag"


def breadcrumb(sel: Selector, title: str | None) -> tuple[str | None, str | None, str | None]:
    """(name, href, query) of the breadcrumb's most specific item that is a section: the last
    one, skipping the home link and the article's own title."""
    skip = {clean_text(title).lower()} if title else set()
    for query in BREADCRUMB_QUERIES:
        items = []
        for node in css(sel, query):
            name = element_text(node)
            href = attrib(node, "href")
            if not name or name.lower() in HOME_NAMES or name.lower() in skip or href in ("/", "./"):
                continue
            items.append((name, href))
        if items:
            return items[-1][0], items[-1][1], query
    return None, None, None


# a picture's description carries lead-like classes too ("image_desc", "photo-desc")
_PICTURE_CLASS = re.compile(r"caption|image|img|photo|picture|figure|chu-?thich|(?<![a-z])anh(?![a-z])", re.I)


def _describes_picture(node: lxml_html.HtmlElement) -> bool:
    """The element, or one of its three nearest containers, is a picture's box or caption (a
    picture's table is a small one without paragraphs, not a whole page laid out in a table)."""
    for box in (node, *islice(node.iterancestors(), 3)):
        if not isinstance(box.tag, str):
            continue
        if box.tag in ("figure", "figcaption") or _PICTURE_CLASS.search(classes(box)) \
                or (box.tag == "table" and next(box.iter("img"), None) is not None
                    and sum(1 for _ in box.iter("tr")) <= 3 and next(box.iter("p"), None) is None):
            return True
    return False


def classed_lead(sel: Selector) -> tuple[str | None, str | None]:
    """(text, query) of the first element classed as the lead (`sapo`, `summary`, `desc` …) that
    is neither a picture's description nor in another article's box (a related list's teaser
    `desc`): those carry the same classes."""
    for query in LEAD_QUERIES:
        for node in css(sel, query):
            if isinstance(node, str) or _describes_picture(node) or _off_article(node):
                continue
            if text := element_text(node):
                return text, query
    return None, None


_POST_CLASS = re.compile(r"(?<![\w-])(?:post|hentry|type-post|single-post)(?![\w-])", re.I)


def post_category(sel: Selector) -> tuple[str | None, str | None, str | None]:
    """(name, href, query) of the first category a blog CMS marks on the post itself
    (WordPress's `rel="category tag"` links in the post's meta or footer): only inside the
    headline's own `article` or post box, never a sidebar's list of other posts."""
    h1 = _headline_element(sel.root)
    if h1 is None:
        return None, None, None
    for box in h1.iterancestors():
        if box.tag == "article" or _POST_CLASS.search(classes(box)):
            for a in box.iter("a"):
                if "category" in (attrib(a, "rel") or "").lower().split():
                    name = element_text(a)
                    if name and name.lower() not in HOME_NAMES:
                        return name, attrib(a, "href"), "a[rel~=category]"
            break
    return None, None, None


_HEADER_TAGS = frozenset({"span", "div", "p", "time", "small", "em", "i", "strong", "b", "dd", "dt", "td", "li",
                          "address", "section", "header", "h3", "h4", "h5", "h6", "a"})


_OFF_ARTICLE = re.compile(r"relat|lien-quan|tin-khac|other|comment|binh-luan|footer|sidebar|menu|widget", re.I)


def _off_article(node: lxml_html.HtmlElement) -> bool:
    """In navigation, a sidebar, the footer or another article's box (a `header` is no chrome
    here: an article's own header holds its headline and dateline)."""
    for ancestor in (node, *node.iterancestors()):
        if isinstance(ancestor.tag, str) and (ancestor.tag in ("nav", "aside", "footer")
                                              or _OFF_ARTICLE.search(classes(ancestor))):
            return True
    return False


def _headline_element(root: object) -> lxml_html.HtmlElement | None:
    """The page's first `h1` outside navigation, sidebars, footers and other articles' boxes."""
    if not isinstance(root, lxml_html.HtmlElement):
        return None
    return next((h for h in root.iter("h1") if not _off_article(h)), None)


def near_title(sel: Selector, limit: int = 40) -> list[tuple[lxml_html.HtmlElement, str]]:
    """(element, text) of the short elements right after the headline, before the body starts:
    where papers without date, time or byline classes print the dateline and the byline
    ("<span>14:20</span> | <span>05/12/2026</span>", "Đăng ngày … bởi NAME", "Bài và ảnh: …")."""
    root = sel.root
    head = _headline_element(root)
    if head is None:
        return []
    body = body_block(root)
    lines: list[tuple[lxml_html.HtmlElement, str]] = []
    for seen, node in enumerate(following(head)):
        if len(lines) >= limit or seen >= _NEAR_TITLE_NODES or node is body \
                or (node.tag == "p" and node.getparent() is body):
            break  # the body's own dates are the news's, not the article's
        if not isinstance(node.tag, str) or node.tag not in _HEADER_TAGS:
            continue
        text = short_text(node, 200)
        if text is None:
            if node.tag == "p" or not len(node):
                break  # the lead or the body: the header lines are over
            continue  # a block holding the rest of the article: its lines come next
        if text and not _off_article(node):
            lines.append((node, text))
    return lines


# How far after the headline its lines are looked for: a page nested thousands of levels deep
# (a hostile one) must cost what an ordinary page costs.
_NEAR_TITLE_NODES = 200


def heading_lead(sel: Selector) -> tuple[str | None, str | None]:
    """The lead printed as a heading under the headline (`<h2>` without a class, as many CMSs
    print the sapo), before any paragraph of the body: a heading of sentence length. Later
    headings are the body's intertitles."""
    head = _headline_element(sel.root)
    if head is None:
        return None, None
    for seen, node in enumerate(following(head)):
        if seen > 200 or not isinstance(node.tag, str) or node.tag == "h1":
            break
        if node.tag in ("h2", "h3"):
            text = short_text(node, 600)
            if text and len(text) >= 60 and len(text.split()) >= 12 and not _off_article(node):
                return text, node.tag
        elif node.tag == "p" and (short_text(node, 59) is None):
            break  # the body began
    return None, None


_TRAILING_BY = re.compile(r"\b(?:bởi|by|người đăng|người viết)\s*:?\s+(?P<name>[^\d|:,]{2,40}?)\s*$", re.I)


# Drupal's and WordPress's submitted line: "Gửi bởi NAME vào T7, 05/12/2026 - 08:15", "Đăng bởi NAME lúc …"
_LEADING_BY = re.compile(r"^(?:gửi|đăng|viết|submitted|posted)\s+(?:bởi|by)\s+(?P<name>[^\d|:,]{2,40}?)\s+"
                         r"(?:vào|lúc|ngày|on|at)\b", re.I)


def near_title_byline(lines: list[tuple[lxml_html.HtmlElement, str]]) -> str | None:
    """A labelled byline among the headline's lines ("Bài và ảnh: NAME", "Tác giả: NAME"), or
    the name closing a dateline line ("Đăng ngày 05/12/2026 lúc 14:20 bởi NAME")."""
    for _node, text in lines:
        if len(text) > 120:
            continue
        if (name := byline_name(text)) and not text.lower().startswith("theo "):
            return name
        if (match := _TRAILING_BY.search(text)) and dateline_text(text[:match.start()]):
            return match.group("name").strip(" .-–—")
        if (match := _LEADING_BY.match(text)) and dateline_text(text[match.end():]):
            return match.group("name").strip(" .-–—")
    return None
