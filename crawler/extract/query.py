"""CSS queries over one parsed page, compiled once per query and evaluated straight on lxml.

The article parse asks ~30 CSS queries of every page (a paper's selectors, metadata, generic
evidence). Through `parsel.Selector.css` each one is translated, evaluated with lxml's EXSLT
regular-expression functions registered (half of an evaluation's cost on a news page, though a
translated CSS query never calls them) and every match is wrapped in a new `Selector`. Here
the same translation (parsel's `HTMLTranslator`, so `::text` and `::attr(x)` work as before)
is compiled once into an `etree.XPath` without those functions, and matches come back as the
lxml elements and strings themselves, in the same order: the results are the ones
`Selector.css` gives, at about half the cost (benchmarks/bench_crawl.py).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

_TRANSLATOR = HTMLTranslator()


@lru_cache(maxsize=1024)
def _compiled(query: str) -> etree.XPath:
    xpath = _TRANSLATOR.css_to_xpath(query)
    try:
        return etree.XPath(xpath, smart_strings=False, regexp=False)
    except etree.XPathError as exc:  # as parsel reports it
        raise ValueError(f"XPath error: {exc} in {xpath}") from exc


def root_of(node: Selector | etree._Element | str) -> Any:
    """The lxml element a query runs on, None when there is none (a text match). A JSON
    Selector is refused (ValueError) as parsel refuses it."""
    if isinstance(node, Selector):
        if node.type not in ("html", "xml", "text"):
            raise ValueError(f"Cannot use css on a Selector of type {node.type!r}")
        node = node.root
    return node if hasattr(node, "xpath") else None


def css(node: Selector | etree._Element | str, query: str) -> list[Any]:
    """What `Selector.css(query)` matches, unwrapped: elements, and strings for `::text` and
    `::attr(x)`. `node`: a Selector (its root is used), an lxml element, or a string (a text
    match: it holds no elements)."""
    node = root_of(node)
    if node is None:
        return []
    try:
        result = _compiled(query)(node)
    except etree.XPathError as exc:
        raise ValueError(f"XPath error: {exc} in {query}") from exc
    return result if isinstance(result, list) else [result]


def first(node: Selector | etree._Element, query: str) -> Any:
    """The first match of `query` as `Selector.css(query).get()` gives it (None when none)."""
    found = css(node, query)
    if not found:
        return None
    value = found[0]
    if isinstance(value, str):
        return value
    return etree.tostring(value, method="html", encoding="unicode", with_tail=False)


def attrib(element: Any, name: str) -> str | None:
    """An attribute as `Selector.attrib.get(name)` reads it (None for a string match, or when
    lxml refuses the element's attribute names)."""
    if isinstance(element, str):
        return None
    try:
        return dict(element.attrib).get(name)
    except ValueError:
        return None


def getall(node: Selector | etree._Element, query: str) -> list[str]:
    """Every match of `query` as `Selector.css(query).getall()` gives it: strings as found,
    elements serialised."""
    return [value if isinstance(value, str)
            else etree.tostring(value, method="html", encoding="unicode", with_tail=False)
            for value in css(node, query)]


_STRING_VALUE = etree.XPath("string()", smart_strings=False)


def string_value(element: Any) -> str:
    """XPath's `string()` of a match, as `Selector.xpath("string()").get()` gives it (a string
    match is its own value)."""
    return element if isinstance(element, str) else _STRING_VALUE(element)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def links_under_classes(node: Selector | etree._Element, words: tuple[str, ...]) -> list[list[Any]]:
    """For each word, the `a` elements inside an element whose class holds it, whatever its
    ASCII case: what `[class*=word i] a` matches, in document order. One walk over the page
    instead of one XPath pass per word that case-folds every element's class (the crawl's
    thread asked five such queries of every listing page for its pagination)."""
    root = root_of(node)
    found: list[list[Any]] = [[] for _ in words]
    if root is None:
        return found
    inside = [0] * len(words)  # open elements whose class holds each word
    opened: list[tuple[int, ...]] = []  # per open element, the words its class holds
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions: no class, never an `a`
        if event == "end":
            for index in opened.pop():
                inside[index] -= 1
            continue
        if element.tag == "a":
            for index, count in enumerate(inside):
                if count:
                    found[index].append(element)
        classes = (element.get("class") or "").translate(_ASCII_LOWER)
        holds = tuple(index for index, word in enumerate(words) if classes and word in classes)
        for index in holds:
            inside[index] += 1
        opened.append(holds)
    return found
