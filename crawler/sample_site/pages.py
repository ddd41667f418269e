"""HTML/XML rendering of the sample site (string templates, no dependencies).

Absolute URLs (canonical, og:url, RSS links, sitemap locs, robots Sitemap line) use the literal
placeholder `__BASE_URL__`, replaced by the server at serve time; every other link is
root-relative.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape

from baochi.crawler.sample_site import vocab as V

BASE = "__BASE_URL__"


def esc(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


@dataclass
class Figure:
    after: int  # index of the paragraph the figure follows
    src: str
    caption: str  # full figcaption text (with the "Ảnh: NAME" credit when present)
    alt: str


@dataclass
class Page:
    """One article (or disallowed article-shaped page) ready to render."""

    id: int
    category: str
    slug: str
    path_old: str
    path_new: str
    canonical_path: str
    title: str
    lead: str
    lead_prefixed: bool
    paragraphs: list[str]
    figures: list[Figure]
    author: str
    published_at: datetime
    visible_time: str
    has_meta_time: bool
    print_path: str
    tags: list[str]
    markup_seed: str
    related: list[tuple[str, str, str]] = field(default_factory=list)  # (href, title, lead cut)
    encoding: tuple[str, int] | None = None  # (alphabet, shift) of a self-decoding body

    @property
    def lead_displayed(self) -> str:
        return (V.LEAD_PREFIX + self.lead) if self.lead_prefixed else self.lead

    @property
    def category_name(self) -> str:
        return V.CATEGORIES[self.category]


def cut(text: str, words: int = 22) -> str:
    parts = text.split(" ")
    if len(parts) <= words:
        return text
    return " ".join(parts[:words]).rstrip(",;:") + "..."


def iso(dt: datetime) -> str:
    return dt.isoformat()


def list_time(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S")


# ---- chrome -------------------------------------------------------------------------------

def nav() -> str:
    links = "".join(f'<a href="/{slug}">{esc(name)}</a>' for slug, name in V.CATEGORIES.items())
    return f'<nav class="main-menu">{links}</nav>'


def header() -> str:
    return (
        '<header><div class="logo"><a href="/">Báo Thanh Hóa</a></div>'
        f"{nav()}"
        '<form class="search" action="/tim-kiem" method="get">'
        '<input type="text" name="q" placeholder="Tìm kiếm"></form></header>'
    )


FOOTER = (
    "<footer><p>Báo Thanh Hóa - trang mẫu tổng hợp phục vụ kiểm thử baochi.</p>"
    "<p>Nội dung do máy sinh ra, không phải tin thật.</p>"
    '<p><a href="/rss/thoi-su.xml">RSS</a> <a href="/video">Video</a> '
    '<a href="/podcast">Podcast</a></p></footer>'
)


def document(title: str, head_extra: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def story(href: str, title: str, lead: str, dt: datetime) -> str:
    return (
        f'<div class="story"><h3 class="story-title"><a href="{attr(href)}">{esc(title)}</a></h3>'
        f'<p class="story-sapo">{esc(cut(lead))}</p>'
        f'<span class="story-time">{list_time(dt)}</span></div>'
    )


# ---- article -------------------------------------------------------------------------------

def _word_cuts(text: str) -> list[int]:
    """Positions of single spaces: ranges [a, b) between them are whole whitespace tokens."""
    return [i for i, ch in enumerate(text) if ch == " "]


def paragraph_html(text: str, rng: random.Random, tags: list[str]) -> str:
    """A <p> whose concatenated text nodes (whitespace-collapsed) equal `text` exactly."""
    spaces = _word_cuts(text)
    roll = rng.random()
    if roll < 0.08:
        return f"<p><strong>{esc(text)}</strong></p>"
    span = None
    if roll < 0.5 and len(spaces) >= 4:
        for _ in range(4):  # a few words, never across a sentence end
            i = rng.randrange(0, len(spaces) - 2)
            j = min(len(spaces) - 1, i + rng.randint(1, 4))
            a, b = spaces[i] + 1, spaces[j]
            if ". " not in text[a:b] and not text[a:b].endswith("."):
                span = (a, b)
                break
    if span is not None:
        a, b = span
        if roll < 0.22:
            open_tag, close_tag = "<strong>", "</strong>"
        elif roll < 0.36:
            open_tag, close_tag = "<em>", "</em>"
        else:
            tag = rng.choice(tags)
            open_tag, close_tag = f'<a href="/tag/{tag}">', "</a>"
        inner = f"{esc(text[:a])}{open_tag}{esc(text[a:b])}{close_tag}{esc(text[b:])}"
    else:
        inner = esc(text)
    if rng.random() < 0.2 and " " in inner:
        # a source line break inside the paragraph: collapses back to one space
        k = inner.find(" ", len(inner) // 2)
        if k > 0 and inner.rfind("<", 0, k) <= inner.rfind(">", 0, k):
            inner = inner[:k] + "\n  " + inner[k + 1:]
    return f"<p>{inner}</p>"


def figure_html(fig: Figure) -> str:
    return (
        f'<figure class="image"><img src="{attr(fig.src)}" alt="{attr(fig.alt)}">'
        f"<figcaption>{esc(fig.caption)}</figcaption></figure>"
    )


def encoded_fragment(page: Page) -> str:
    """The plaintext a self-decoding page carries (reference §1.4): pTitle, pHead (the sapo
    without the site prefix), pBody paragraphs and pCaption images."""
    rng = random.Random(page.markup_seed)
    figures = {f.after: f for f in page.figures}
    parts = [f'<h1 class="pTitle">{esc(page.title)}</h1>', f'<p class="pHead">{esc(page.lead)}</p>']
    for i, para in enumerate(page.paragraphs):
        parts.append('<p class="pBody">' + paragraph_html(para, rng, page.tags)[3:])
        if i in figures:
            fig = figures[i]
            parts.append(f'<p class="pCaption"><img class="dthumb iCenter" src="{attr(fig.src)}"'
                         f' alt="{attr(fig.alt)}" />{esc(fig.caption)}</p>')
    return "".join(parts)


def encoded_article_block(page: Page) -> str:
    from baochi.crawler.sample_site.encoded import decoder_script, encode

    assert page.encoding is not None
    alphabet, shift = page.encoding
    target = f"content-{page.id}"
    blob = encode(encoded_fragment(page), alphabet, shift)
    return (
        f'<article class="detail" data-id="{page.id}">\n'
        f'<h1 class="detail-title">{esc(page.title)}</h1>\n'
        f'<div class="detail-time">{esc(page.visible_time)}</div>\n'
        f'<h2 class="detail-sapo">{esc(page.lead_displayed)}</h2>\n'
        f'<div class="detail-content" id="{target}"></div>\n'
        f'<p class="detail-author">{esc(page.author)}</p>\n'
        f"{decoder_script(blob, alphabet, shift, target)}\n"
        f'<a class="print" href="{attr(page.print_path)}">In bài</a>\n'
        "</article>"
    )


def article_block(page: Page) -> str:
    if page.encoding is not None:
        return encoded_article_block(page)
    rng = random.Random(page.markup_seed)
    content: list[str] = []
    figures = {f.after: f for f in page.figures}
    for i, para in enumerate(page.paragraphs):
        content.append(paragraph_html(para, rng, page.tags))
        if i in figures:
            content.append(figure_html(figures[i]))
    content.append(f'<p class="detail-author">{esc(page.author)}</p>')
    body = "\n".join(content)
    return (
        f'<article class="detail" data-id="{page.id}">\n'
        f'<h1 class="detail-title">{esc(page.title)}</h1>\n'
        f'<div class="detail-time">{esc(page.visible_time)}</div>\n'
        f'<h2 class="detail-sapo">{esc(page.lead_displayed)}</h2>\n'
        f'<div class="detail-content">\n{body}\n</div>\n'
        f'<a class="print" href="{attr(page.print_path)}">In bài</a>\n'
        "</article>"
    )


def article_head(page: Page) -> str:
    canonical = BASE + page.canonical_path
    parts = [
        f'<meta property="og:title" content="{attr(page.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{attr(canonical)}">',
        f'<meta name="description" content="{attr(page.lead_displayed)}">',
    ]
    if page.has_meta_time:
        parts.append(
            f'<meta property="article:published_time" content="{iso(page.published_at)}">'
        )
    parts.append(f'<link rel="canonical" href="{attr(canonical)}">')
    return "".join(parts)


def article_page(page: Page) -> str:
    related = "".join(
        f'<li><a href="{attr(href)}">{esc(title)}</a><p>{esc(lead)}</p></li>'
        for href, title, lead in page.related
    )
    body = (
        f"{header()}\n"
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> '
        f'<a href="/{page.category}">{esc(page.category_name)}</a></div>\n'
        f"{article_block(page)}\n"
        f'<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div>\n'
        '<div class="comment-box"><h3>Bình luận</h3><p>Xin vui lòng gõ tiếng Việt có dấu</p>'
        "<form><textarea></textarea></form></div>\n"
        f"{FOOTER}"
    )
    return document(f"{page.title} - {V.SITE_NAME}", article_head(page), body)


def print_page(page: Page) -> str:
    """Same content, minimal chrome (no menu, no related box, no comments)."""
    head = (f'<link rel="canonical" href="{attr(BASE + page.canonical_path)}">'
            '<meta name="robots" content="noindex">')
    return document(f"{page.title} - {V.SITE_NAME}", head,
                    f'<div class="print-view">{article_block(page)}</div>')


# ---- listings ------------------------------------------------------------------------------

def listing_page(title: str, heading: str, stories: list[str], *, next_href: str | None,
                 aside: str = "") -> str:
    nxt = (f'<div class="pagination"><a class="next" rel="next" href="{attr(next_href)}">'
           "Xem thêm</a></div>") if next_href else ""
    body = (
        f"{header()}\n<main><h1 class=\"cat-title\">{esc(heading)}</h1>\n"
        f'<div class="story-list">\n' + "\n".join(stories) + "\n</div>\n"
        f"{nxt}</main>\n{aside}{FOOTER}"
    )
    head = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/rss/{slug}.xml">'
        for slug in V.CATEGORIES
    ) if heading == "Tin mới nhất" else ""
    return document(f"{title} - {V.SITE_NAME}", head, body)


def internal_box(links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for h, t in links)
    return f'<aside class="internal"><h3>Bản tin nội bộ</h3><ul>{items}</ul></aside>\n'


def home_aside(tags: dict[str, str], internal: list[tuple[str, str]]) -> str:
    tag_links = " ".join(f'<a href="/tag/{slug}">{esc(name)}</a>' for slug, name in tags.items())
    return (
        f'<aside class="tags"><h3>Chủ đề</h3>{tag_links}</aside>\n'
        '<aside class="quick"><a href="/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi">'
        'Tìm: nông thôn mới</a> <a href="/video">Video</a> <a href="/podcast">Podcast</a></aside>\n'
        f"{internal_box(internal)}"
    )


def simple_page(title: str, message: str) -> str:
    body = f"{header()}\n<main><h1>{esc(title)}</h1><p>{esc(message)}</p></main>\n{FOOTER}"
    return document(f"{title} - {V.SITE_NAME}", "", body)


# ---- feeds ---------------------------------------------------------------------------------

def rss(category: str, items: list[tuple[str, str, str, datetime, str]]) -> str:
    """items: (title, href path, description, published, guid path)."""
    name = V.CATEGORIES[category]
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{esc(name)} - {V.SITE_NAME}</title>",
        f"<link>{BASE}/{category}</link>",
        f"<description>Tin {esc(name)} mới nhất</description>",
        "<language>vi</language>",
    ]
    for title, href, description, published, guid in items:
        out.append(
            f"<item><title>{esc(title)}</title><link>{BASE}{esc(href)}</link>"
            f"<description>{esc(description)}</description>"
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<guid>{BASE}{esc(guid)}</guid></item>"
        )
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def sitemap(entries: list[tuple[str, datetime]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path, dt in entries:
        out.append(f"<url><loc>{BASE}{esc(path)}</loc><lastmod>{iso(dt)}</lastmod></url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def robots() -> str:
    return (
        "User-agent: *\n"
        "Disallow: /noi-bo/\n"
        "Disallow: /tim-kiem\n"
        "\n"
        f"Sitemap: {BASE}/sitemap.xml\n"
    )
