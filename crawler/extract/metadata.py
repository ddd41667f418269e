"""Page metadata layer: `<link rel=canonical>`, `og:*`, `article:*` and JSON-LD NewsArticle.

Metadata is what CMSs fill for social networks and search engines, so it survives template
changes that break CSS selectors; it is the second layer after the site's own selectors.
"""

from __future__ import annotations

import json
from typing import Any

from baochi.crawler.extract import query
from parsel import Selector

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting"}


def _first(sel: Selector, css: str) -> str | None:
    value = query.first(sel, css)
    return value.strip() if value and value.strip() else None


def _json_ld_articles(sel: Selector) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for raw in query.css(sel, "script[type='application/ld+json']::text"):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if not isinstance(node, dict):
                continue
            if isinstance(node.get("@graph"), list):
                stack.extend(node["@graph"])
            kind = node.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & _ARTICLE_TYPES:
                found.append(node)
    return found


def _author_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _author_name(value.get("name"))
    if isinstance(value, list) and value:
        names = [n for n in (_author_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(sel: Selector) -> dict[str, str | None]:
    """Field values the page declares about itself, each None when absent."""
    meta: dict[str, str | None] = {
        "canonical_url": _first(sel, "link[rel=canonical]::attr(href)"),
        "title": _first(sel, "meta[property='og:title']::attr(content)"),
        "lead": _first(sel, "meta[property='og:description']::attr(content)")
        or _first(sel, "meta[name=description]::attr(content)"),
        "published": _first(sel, "meta[property='article:published_time']::attr(content)")
        or _first(sel, "meta[name='article:published_time']::attr(content)"),
        "author": _first(sel, "meta[name=author]::attr(content)"),
        "category": _first(sel, "meta[property='article:section']::attr(content)"),
    }
    # Microdata (`itemprop`): a time without an offset is the paper's local time.
    meta["published_microdata"] = (
        _first(sel, "[itemprop=datePublished]::attr(content)")
        or _first(sel, "[itemprop=datePublished]::attr(datetime)")
        or _first(sel, "[itemprop=datePublished]::text")
    )
    meta["site_name"] = _first(sel, "meta[property='og:site_name']::attr(content)")
    for node in _json_ld_articles(sel):
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta["publisher"] = publisher["name"]
        meta["title"] = meta["title"] or (node.get("headline") or None)
        meta["lead"] = meta["lead"] or (node.get("description") or None)
        # JSON-LD carries an explicit offset: prefer it over article:published_time.
        if isinstance(node.get("datePublished"), str):
            meta["published_jsonld"] = node["datePublished"]
        meta["author"] = meta["author"] or _author_name(node.get("author"))
        section = node.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        meta["category"] = meta["category"] or section
    return meta
