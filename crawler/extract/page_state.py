"""The article a JavaScript front end ships as JSON inside its page (Next.js's `__NEXT_DATA__`).

Sites built on such front ends print the byline and the section as bare elements with hashed
class names (`article_meta__b2`), and often declare neither in `<meta>` nor JSON-LD; the JSON the
page hydrates from still holds the article as the CMS stored it. It is read only for fields no
declaration gave, and only from the node that holds the page's own title, so a list of related
articles in the same JSON never lends its author.
"""

from __future__ import annotations

import json
from typing import Any

from baochi.crawler.extract import query
from baochi.crawler.extract.text import clean_text
from parsel import Selector

_STATE_QUERIES = ("script#__NEXT_DATA__::text",)
_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "authorName", "author_name", "byline", "writer", "tacGia", "tac_gia")
_CATEGORY_KEYS = ("category", "categoryName", "category_name", "section", "zone", "chuyenMuc", "chuyen_muc")
_MAX_NODES = 20_000  # a page's state is a few hundred nodes; a hostile one is walked no further


def _name(value: Any) -> str | None:
    """A person's or a section's name: a string, a node's `name`/`title`, or a list of these."""
    if isinstance(value, str):
        return clean_text(value) or None
    if isinstance(value, dict):
        for key in ("name", "title", "fullName", "displayName"):
            if isinstance(value.get(key), str):
                return clean_text(value[key]) or None
        return None
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:5]) if n]
        return ", ".join(names) or None
    return None


def _article_node(data: Any, title: str) -> dict[str, Any] | None:
    """The first object (breadth first) whose title is the page's title."""
    wanted = clean_text(title).casefold()
    queue: list[Any] = [data]
    seen = 0
    while queue and seen < _MAX_NODES:
        node = queue.pop(0)
        seen += 1
        if isinstance(node, dict):
            if any(isinstance(node.get(k), str) and clean_text(node[k]).casefold() == wanted for k in _TITLE_KEYS):
                return node
            queue.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            queue.extend(v for v in node if isinstance(v, (dict, list)))
    return None


def page_state_fields(sel: Selector, title: str | None) -> dict[str, str | None]:
    """`author` and `category` of the page's own article in its front end's state (None each
    when absent or when the page ships no state)."""
    found: dict[str, str | None] = {"author": None, "category": None}
    if not title:
        return found
    for state_query in _STATE_QUERIES:
        for raw in query.css(sel, state_query):
            try:
                data = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            node = _article_node(data, title)
            if node is None:
                continue
            for field, keys in (("author", _AUTHOR_KEYS), ("category", _CATEGORY_KEYS)):
                found[field] = next((n for k in keys if (n := _name(node.get(k)))), None)
            return found
    return found
