"""Page metadata layer: `<link rel=canonical>`, `og:*`, `article:*`, JSON-LD NewsArticle,
microdata, and a JavaScript front end's page state (crawler/extract/page_state.py).

Metadata is what CMSs fill for social networks and search engines, so it survives template
changes that break CSS selectors; it is the second layer after the site's own selectors.
"""

from __future__ import annotations

import json
from typing import Any

from baochi.crawler.extract import query
from baochi.crawler.extract.page_state import page_state_fields
from baochi.crawler.extract.text import SITE_SELF_NAME, element_text
from lxml import etree
from parsel import Selector

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting"}


def _json_ld_articles(sel: Selector) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The article nodes of the page's JSON-LD, and every node with an `@id` by that id (Yoast
    and other SEO plugins write `"author": {"@id": "…#/schema/person/…"}` and the person apart
    in the same `@graph`)."""
    found: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
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
            if isinstance(node.get("@id"), str) and len(node) > 1:
                by_id.setdefault(node["@id"], node)
            kind = node.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & _ARTICLE_TYPES:
                found.append(node)
    return found, by_id


def _author_name(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The name of an author value: a string, a node with a name, a reference to a node of the
    same graph (`{"@id": …}`), or a list of these."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        name = value.get("name")
        if name is None and by_id and isinstance(value.get("@id"), str):
            referred = by_id.get(value["@id"])
            name = referred.get("name") if referred is not None and referred is not value else None
        return _author_name(name) if isinstance(name, (str, list)) else None
    if isinstance(value, list) and value:
        names = [n for n in (_author_name(v, by_id) for v in value) if n]
        return ", ".join(names) or None
    return None


# The `<meta>`/`<link>` declarations read, as (tag, attribute, value) → the attribute holding
# the declared value: `link[rel=canonical]::attr(href)`, `meta[property='og:title']::attr(content)`.
_DECLARED: dict[tuple[str, str, str | None], str] = {
    ("link", "rel", "canonical"): "href",
    **{("meta", "property", name): "content" for name in (
        "og:title", "og:description", "article:published_time", "article:section", "og:site_name")},
    **{("meta", "name", name): "content" for name in ("description", "article:published_time", "author")},
}
_DECLARING = (("link", "rel"), ("meta", "property"), ("meta", "name"))


def _declared(sel: Selector) -> dict[tuple[str, str, str | None], str]:
    """Each declaration's first value in document order, in one walk over the page's
    `<meta>` and `<link>` elements — what the CSS query `tag[attribute=value]::attr(x)` finds
    first, without nine walks over the whole page (the parse worker's costliest queries)."""
    root = query.root_of(sel)
    found: dict[tuple[str, str, str | None], str] = {}
    if root is None:
        return found
    for element in root.iter("meta", "link"):
        for tag, attribute in _DECLARING:
            if element.tag != tag:
                continue
            key = (tag, attribute, element.get(attribute))
            wanted = _DECLARED.get(key)
            if wanted is not None and key not in found and (value := element.get(wanted)) is not None:
                found[key] = value
    return found


def _stripped(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def page_metadata(sel: Selector) -> dict[str, str | None]:
    """Field values the page declares about itself, each None when absent."""
    declared = _declared(sel)

    def first(tag: str, attribute: str, value: str) -> str | None:
        return _stripped(declared.get((tag, attribute, value)))

    meta: dict[str, str | None] = {
        "canonical_url": first("link", "rel", "canonical"),
        "title": first("meta", "property", "og:title"),
        "lead": first("meta", "property", "og:description") or first("meta", "name", "description"),
        "published": first("meta", "property", "article:published_time")
        or first("meta", "name", "article:published_time"),
        "author": first("meta", "name", "author"),
        "category": first("meta", "property", "article:section"),
    }
    # Microdata (`itemprop`): a time without an offset is the paper's local time.
    microdata = _microdata(sel)
    published = microdata.get("datePublished", [])
    meta["published_microdata"] = (
        _stripped(_first_attribute(published, "content"))
        or _stripped(_first_attribute(published, "datetime"))
        or _stripped(_first_text(published))
    )
    meta["site_name"] = first("meta", "property", "og:site_name")
    articles, by_id = _json_ld_articles(sel)
    for node in articles:
        if publisher := _author_name(node.get("publisher") if isinstance(node.get("publisher"), dict) else None, by_id):
            meta["publisher"] = publisher
        meta["title"] = meta["title"] or (node.get("headline") or None)
        meta["lead"] = meta["lead"] or (node.get("description") or None)
        # JSON-LD carries an explicit offset: prefer it over article:published_time.
        if isinstance(node.get("datePublished"), str):
            meta["published_jsonld"] = node["datePublished"]
        meta["author"] = meta["author"] or _author_name(node.get("author"), by_id)
        section = node.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        meta["category"] = meta["category"] or section
    # Microdata a CMS writes when it has neither Open Graph nor JSON-LD (Joomla's
    # `itemprop=headline`, `articleSection`/`genre`); read only when still missing.
    meta["title"] = meta["title"] or _microdata_text(microdata, "headline")
    meta["category"] = (meta["category"] or _microdata_text(microdata, "articleSection")
                        or _microdata_text(microdata, "genre"))
    if meta["lead"] and SITE_SELF_NAME.match(meta["lead"]):
        meta["lead"] = None  # the site's own description, the same on every page
    if not (meta["author"] and meta["category"]):
        # a JavaScript front end's own state (Next.js), the article found by its title
        state = page_state_fields(sel, meta["title"] or _first_heading(sel))
        meta["author"] = meta["author"] or state["author"]
        meta["category"] = meta["category"] or state["category"]
    return meta


def _first_heading(sel: Selector) -> str | None:
    root = query.root_of(sel)
    h1 = next(root.iter("h1"), None) if root is not None else None
    return element_text(h1) if h1 is not None else None


_ITEMPROPS = etree.XPath("descendant-or-self::*[@itemprop]")
_TEXT_NODES = etree.XPath("text()", smart_strings=False)


def _microdata(sel: Selector) -> dict[str, list[Any]]:
    """The page's `itemprop` elements by property name (as written), in document order, from
    one walk — what `[itemprop=name]` finds for each name, without five walks over the page."""
    root = query.root_of(sel)
    found: dict[str, list[Any]] = {}
    if root is None:
        return found
    for element in _ITEMPROPS(root):
        found.setdefault(element.get("itemprop"), []).append(element)
    return found


def _first_attribute(elements: list[Any], name: str) -> str | None:
    """`[…]::attr(name)`'s first match: the first element that has the attribute."""
    return next((value for element in elements if (value := query.attrib(element, name)) is not None), None)


def _first_text(elements: list[Any]) -> str | None:
    """`[…]::text`'s first match: the first text node directly inside a matching element."""
    return next((texts[0] for element in elements if (texts := _TEXT_NODES(element))), None)


def _microdata_text(microdata: dict[str, list[Any]], prop: str) -> str | None:
    """The first `itemprop=prop` value: a `meta`'s content, else the element's text."""
    for node in microdata.get(prop, []):
        value = query.attrib(node, "content") if node.tag == "meta" else element_text(node)
        if value and value.strip():
            return value.strip()
    return None
