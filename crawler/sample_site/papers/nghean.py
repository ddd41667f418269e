"""Báo Nghệ An (OneCMS / 1cdn) shape: `/<slug>-<8-digit id>.html`, the longform header, JSON-LD
with an offset, `article:published_time` in US order without a zone, and an inline script that
marks local time with a wrong `Z` (reference §2). Some articles are also reachable under their
2022 URL `/<slug>-post<old id>.html`, whose canonical link names the current id."""

from __future__ import annotations

import json
import random

from baochi.crawler.sample_site.pages import attr, esc
from baochi.crawler.sample_site.papers import BASE, Doc, Shape, html_document, og_head, rss

CATEGORIES = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}


def _variant(rng: random.Random, i: int) -> str:
    # every fifth article: no JSON-LD (header date wins); every seventh: only the US-order meta
    return "meta-only" if i % 7 == 3 else "no-jsonld" if i % 5 == 1 else "jsonld"


def _us(d: Doc) -> str:
    p = d.published
    hour = p.hour % 12 or 12
    return f"{p.month}/{p.day}/{p.year} {hour}:{p.minute:02d}:{p.second:02d} {'PM' if p.hour >= 12 else 'AM'}"


def _expected(d: Doc) -> str:
    if d.variant == "no-jsonld":  # header date: minutes only
        return d.published.replace(second=0).isoformat()
    return d.published.isoformat()


def article(d: Doc, related: list[Doc]) -> str:
    head = [og_head(d, d.lead_displayed),
            f'<meta name="author" content="{attr(d.author)}">',
            f'<meta name="article:section" content="{attr(d.category_name)}">',
            f'<meta name="article:published_time" content="{_us(d)}">',
            f'<meta name="dable:item_id" content="{d.id}">']
    if d.variant == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d.title,
              "datePublished": d.published.isoformat(), "author": {"@type": "Person", "name": d.author},
              "mainEntityOfPage": BASE + d.path}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": d.category_name, "item": f"{BASE}/{d.category}"}]}
    head.append(f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>')
    wrong_z = d.published.replace(tzinfo=None).isoformat() + "Z"
    head.append(f'<script>var dataLayer=[{{"item_id":"{d.id}","item_published_time":"{wrong_z}"}}];</script>')
    date_span = "" if d.variant == "meta-only" else \
        f'<span class="sc-longform-header-date">{d.published:%d/%m/%Y %H:%M}</span>'
    body = d.body_html(lambda cap: f'<figure class="image"><img src="https://bna.1cdn.vn/x.jpg" alt="">'
                                   f"<figcaption>{esc(cap)}</figcaption></figure>")
    others = "".join(f'<div class="b-grid"><h3 class="b-grid__title"><a href="{attr(o.path)}">{esc(o.title)}</a></h3></div>'
                     for o in related)
    page = (
        '<header><a href="/">Báo Nghệ An</a> <a href="/en/">English</a> <a href="/video">Video</a></header>\n'
        '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
        f'<li class="breadcrumb-item"><a href="/{d.category}">{esc(d.category_name)}</a></li></ol>\n'
        '<div class="c-news-detail"><div itemprop="articleBody"><article class="entry">\n'
        f'<div class="sc-longform-header"><h1 class="sc-longform-header-title">{esc(d.title)}</h1>'
        f'<span class="sc-longform-header-author">{esc(d.author)}</span>{date_span}'
        f'<p class="sc-longform-header-sapo">{esc(d.lead_displayed)}</p></div>\n'
        '<div class="c-sticky-share"><a href="#">Chia sẻ</a></div>\n'
        f"{body}\n"
        '<div class="c-box"><p>Đọc thêm tin tức trên Báo Nghệ An điện tử.</p></div>\n'
        '<div class="c-tag"><a href="/nong-thon-moi-ptag.html">Nông thôn mới</a></div>\n'
        "</article></div></div>\n"
        f'<div id="detail-news-other" class="onecms_related">{others}</div>\n'
        '<div class="c-comments"><p>Bình luận</p></div>\n'
    )
    return html_document(d.title, "".join(head), page)


def listing(name: str, docs: list[Doc], next_href: str | None) -> str:
    items = "".join(
        f'<div class="b-grid"><div class="b-grid__img"><a href="{attr(d.alt_paths[0] if d.alt_paths and i % 2 else d.path)}">'
        f'<img src="https://bna.1cdn.vn/t.jpg" alt=""></a></div>'
        f'<h3 class="b-grid__title"><a href="{attr(d.path)}">{esc(d.title)}</a></h3></div>'
        for i, d in enumerate(docs))
    nxt = f'<a rel="next" href="{attr(next_href)}">Xem thêm</a>' if next_href else ""
    return html_document(name, "", f'<a href="/tin-moi-nhat">Tin mới nhất</a><h1>{esc(name)}</h1>{items}{nxt}')


def finish(docs: list[Doc], rng: random.Random) -> dict[str, str]:
    for i, d in enumerate(docs):
        if i % 4 == 0:  # reachable under its 2022 URL too (other id, canonical to the new one)
            d.alt_paths.append(f"/{d.slug}-post{200000 + i * 37}.html")
    files = {"robots.txt": "User-agent: *\nDisallow: /dang-nhap\n"}
    for cat, name in CATEGORIES.items():
        items = sorted((d for d in docs if d.category == cat), key=lambda d: d.published, reverse=True)
        files[f"rss/{cat}.xml"] = rss(name, items)
    return files


def _new_id(rng: random.Random, i: int) -> str:
    return str(10230000 + i * 97 + rng.randrange(90))


SHAPE = Shape(
    source="baonghean", categories=CATEGORIES, new_id=_new_id,
    path=lambda d: f"/{d.slug}-{d.id}.html", article=article, listing=listing, finish=finish,
    variant=_variant, expected_published=_expected, lead_prefix="(Baonghean.vn) - ",
)
