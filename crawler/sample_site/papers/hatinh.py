"""Báo Hà Tĩnh shape (the CMS shared with nhandan.vn): `/<slug>-post<id>.html`, `.cms-title`,
`.zce-content-body`, listing links `a.cms-link`, dates `25/01/2026 07:06`. Old-platform URLs
`/<cat>/<slug>/<old id>.htm` answer with a 301 to the current URL (reference §2)."""

from __future__ import annotations

import json
import random

from baochi.crawler.sample_site.pages import attr, esc
from baochi.crawler.sample_site.papers import Doc, Shape, html_document, og_head, robots, sitemap

CATEGORIES = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}


def article(d: Doc, related: list[Doc]) -> str:
    others = "".join(f'<li><a class="cms-link" href="{attr(o.path)}">{esc(o.title)}</a></li>' for o in related)
    body = (
        '<header><a href="/">Báo Hà Tĩnh</a> <a href="/multimedia/">Multimedia</a></header>\n'
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> <a href="/{d.category}">{esc(d.category_name)}</a></div>\n'
        '<article class="article">\n'
        f'<h1 class="article__title cms-title">{esc(d.title)}</h1>\n'
        f'<div class="article__meta"><time class="time">{d.published:%d/%m/%Y %H:%M}</time>'
        f'<span class="article__author"><span class="name">{esc(d.author)}</span></span></div>\n'
        f'<div class="article__sapo cms-desc">{esc(d.lead_displayed)}</div>\n'
        f'<div class="article__body zce-content-body cms-body">\n{d.body_html()}\n</div>\n'
        "</article>\n"
        f'<div class="related"><h3>Tin liên quan</h3><ul>{others}</ul></div>\n'
    )
    return html_document(d.title, og_head(d, d.lead_displayed), body)


def listing(name: str, docs: list[Doc], next_href: str | None) -> str:
    items = "".join(
        f'<article class="story"><h2><a class="cms-link" href="{attr(d.alt_paths[0] if d.alt_paths else d.path)}">'
        f"{esc(d.title)}</a></h2><time>{d.published:%d/%m/%Y %H:%M}</time></article>" for d in docs)
    nxt = f'<a rel="next" href="{attr(next_href)}">Trang sau</a>' if next_href else ""
    return html_document(name, "", f'<a href="/tin-moi.html">Tin mới</a><h1>{esc(name)}</h1>{items}{nxt}')


def finish(docs: list[Doc], rng: random.Random) -> dict[str, str]:
    redirects = {}
    for i, d in enumerate(docs):
        if i % 3 == 0:  # old platform link: 301 to the current URL, other id
            old = f"/{d.category}/{d.slug}/{90000 + i * 13}.htm"
            redirects[old] = d.path
            d.alt_paths.append(old)
    return {"robots.txt": robots(True), "sitemap.xml": sitemap(docs),
            "_redirects.json": json.dumps(redirects, indent=1)}


SHAPE = Shape(
    source="baohatinh", categories=CATEGORIES, new_id=lambda rng, i: str(306000 + i * 11 + rng.randrange(10)),
    path=lambda d: f"/{d.slug}-post{d.id}.html", article=article, listing=listing, finish=finish,
    expected_published=lambda d: d.published.replace(second=0).isoformat(), lead_prefix="(Baohatinh.vn) - ",
)
