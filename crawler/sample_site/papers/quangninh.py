"""Báo Quảng Ninh shape: article markup unknown to the registry (reference §2), so the crawler
reads title and lead from metadata and the body through trafilatura; RSS under
`/rss/news/<cat>.rss`; listing links in `article.card`. Every fourth page has no
`article:published_time`, only a `<time datetime>` day (htmldate fallback)."""

from __future__ import annotations

import random

from baochi.crawler.sample_site.pages import attr, esc
from baochi.crawler.sample_site.papers import Doc, Shape, html_document, og_head, rss

CATEGORIES = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}


def article(d: Doc, related: list[Doc]) -> str:
    head = og_head(d, d.lead) + f'<meta property="article:section" content="{attr(d.category_name)}">'
    if d.variant != "day-only":
        head += f'<meta property="article:published_time" content="{d.published.isoformat()}">'
    cards = "".join(f'<article class="card"><div class="card-content"><a href="{attr(o.path)}">{esc(o.title)}</a></div></article>'
                    for o in related)
    body = (
        '<header class="site"><nav><a href="/">Báo Quảng Ninh</a> <a href="/chinh-tri">Chính trị</a> '
        '<a href="/kinh-te">Kinh tế</a> <a href="/multimedia">Multimedia</a></nav></header>\n'
        '<main><div class="detail">\n'
        f'<h1 class="detail__title">{esc(d.title)}</h1>\n'
        f'<p class="detail__meta">{esc(d.author)} · <time datetime="{d.published:%Y-%m-%d}">{d.published:%d/%m/%Y}</time></p>\n'
        f'<p class="detail__sapo"><strong>{esc(d.lead)}</strong></p>\n'
        f'<div class="detail__content">\n{d.body_html()}\n</div>\n'
        "</div>\n"
        f'<aside class="more"><h3>Tin khác</h3>{cards}</aside></main>\n'
        '<footer><p>Báo Quảng Ninh - cơ quan của Đảng bộ tỉnh Quảng Ninh.</p></footer>\n'
    )
    return html_document(d.title, head, body)


def listing(name: str, docs: list[Doc], next_href: str | None) -> str:
    items = "".join(f'<article class="card"><div class="card-content"><a href="{attr(d.path)}">{esc(d.title)}</a></div></article>'
                    for d in docs)
    nxt = f'<a rel="next" href="{attr(next_href)}">Trang sau</a>' if next_href else ""
    return html_document(name, "", f"<h1>{esc(name)}</h1>{items}{nxt}")


def finish(docs: list[Doc], rng: random.Random) -> dict[str, str]:
    files = {"robots.txt": "User-agent: *\nDisallow: /users\n"}
    for cat, name in CATEGORIES.items():
        items = sorted((d for d in docs if d.category == cat), key=lambda d: d.published, reverse=True)
        files[f"rss/news/{cat}.rss"] = rss(name, items)
    return files


SHAPE = Shape(
    source="baoquangninh", categories=CATEGORIES, new_id=lambda rng, i: str(3354000 + i * 29 + rng.randrange(20)),
    path=lambda d: f"/{d.slug}-{d.id}.html" if int(d.id) % 2 else f"/{d.slug}-post{d.id}.html",
    article=article, listing=listing, finish=finish,
    variant=lambda rng, i: "day-only" if i % 4 == 2 else "meta",
    expected_published=lambda d: d.published.replace(hour=0, minute=0, second=0).isoformat()
    if d.variant == "day-only" else d.published.isoformat(),
)
