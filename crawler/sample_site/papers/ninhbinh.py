"""Báo Ninh Bình shape (new front end): `/<slug>-<15 digits>.html`, `h1.header-title`,
`#content_detail`. Every fifth page carries no publication time at all: the crawler must store
it as missing, never as the crawl time."""

from __future__ import annotations

import random

from baochi.crawler.sample_site.pages import attr, esc
from baochi.crawler.sample_site.papers import Doc, Shape, html_document, og_head, robots, sitemap

CATEGORIES = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}


def article(d: Doc, related: list[Doc]) -> str:
    head = og_head(d, d.lead) + f'<meta name="author" content="{attr(d.author)}">'
    if d.variant != "no-date":
        head += f'<meta property="article:published_time" content="{d.published.isoformat()}">'
    others = "".join(f'<li><a href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in related)
    body = (
        '<div class="menu"><a href="/">Báo Ninh Bình</a> <a href="/bao-in">Báo in</a> <a href="/video">Video</a></div>\n'
        f'<h1 class="header-title">{esc(d.title)}</h1>\n'
        f'<div class="sapo">{esc(d.lead)}</div>\n'
        f'<div id="content_detail">\n{d.body_html()}\n</div>\n'
        f'<div class="other-news"><ul>{others}</ul></div>\n'
    )
    return html_document(d.title, head, body)


def listing(name: str, docs: list[Doc], next_href: str | None) -> str:
    items = "".join(f'<div class="item"><a href="{attr(d.path)}">{esc(d.title)}</a></div>' for d in docs)
    nxt = f'<a rel="next" href="{attr(next_href)}">Xem tiếp</a>' if next_href else ""
    return html_document(name, "", f'<h1>{esc(name)}</h1>{items}{nxt}<a href="/dang-nhap">Đăng nhập</a>')


def finish(docs: list[Doc], rng: random.Random) -> dict[str, str]:
    return {"robots.txt": robots(True), "sitemap.xml": sitemap(docs)}


SHAPE = Shape(
    source="baoninhbinh", categories=CATEGORIES,
    new_id=lambda rng, i: str(511000000000000 + i * 7919 + rng.randrange(100)),
    path=lambda d: f"/{d.slug}-{d.id}.html", article=article, listing=listing, finish=finish,
    variant=lambda rng, i: "no-date" if i % 5 == 4 else "meta",
    expected_published=lambda d: None if d.variant == "no-date" else d.published.isoformat(),
)
