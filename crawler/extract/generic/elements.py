"""Element helpers and what is page chrome (navigation, teasers, advertising), never the article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from baochi.crawler.extract.text import clean_text, element_text
from lxml import html as lxml_html
from parsel import Selector

# Paragraphs inside these are navigation, teasers or chrome, never the article body.
_CHROME_TAGS = {"a", "li", "aside", "nav", "footer", "header", "figure", "figcaption"}


# Table cells: a data table inside the body is no body text, but old portals (ASP.NET, table
# layouts) hold the whole article in a cell, so a cell only counts below the chosen block.
_CELL_TAGS = {"td", "th"}


CHROME_CLASS = re.compile(
    r"relat|lien-quan|tin-khac|other|comment|binh-luan|footer|sidebar|menu|caption|teaser|"
    r"story(?![-_]*(?:body|content|detail|text|main))|widget|share|tags?\b|author|tac-?gia|byline|"
    r"(?<![a-z])ads?(?![a-z])|advert|quang-?cao|adsbygoogle", re.I)


def attr(node: lxml_html.HtmlElement | Selector, name: str) -> str | None:
    """An attribute, or None: lxml refuses to read attributes whose names hold control
    characters, which hostile or broken pages do have."""
    try:
        return node.attrib.get(name)
    except ValueError:
        return None


def classes(element: lxml_html.HtmlElement) -> str:
    return f"{attr(element, 'class') or ''} {attr(element, 'id') or ''}"


@lru_cache(maxsize=4)
def _form_is_chrome(form: lxml_html.HtmlElement) -> bool:
    """A comment or search form is chrome; the one form ASP.NET WebForms pages (many provincial
    portals and older papers) wrap around the whole page is not: it holds the headline, an
    article or main element, or the page's text (a comment form holds a few lines). Cached for
    the few forms of the page in hand: the question is asked once per paragraph."""
    if form.find(".//h1") is not None or form.find(".//article") is not None or form.find(".//main") is not None:
        return False
    text = prose = 0
    for node in form.iter():
        if node.tag not in ("script", "style"):
            text += len((node.text or "").strip())
        text += len((node.tail or "").strip()) if node is not form else 0
        prose += node.tag == "p" and len(element_text(node)) >= 30
        if text >= _PAGE_FORM_TEXT or prose >= 3:
            return False
    return True


# A comment, search, poll or newsletter form holds a few labels and a question or two.
_PAGE_FORM_TEXT = 400


def is_chrome(element: lxml_html.HtmlElement, stop: lxml_html.HtmlElement | None = None,
               cells: bool = False) -> bool:
    """Inside navigation, teasers or page chrome (below `stop`); with `cells`, inside a table cell too."""
    node = element.getparent()
    while node is not None and node is not stop:
        if not isinstance(node.tag, str):
            break
        if node.tag in _CHROME_TAGS or (cells and node.tag in _CELL_TAGS) or CHROME_CLASS.search(classes(node)) \
                or (node.tag == "form" and _form_is_chrome(node)):
            return True
        node = node.getparent()
    return CHROME_CLASS.search(classes(element)) is not None and element.tag != "p"


_ADVERT_CLASS = re.compile(r"(?<![a-z])ads?(?![a-z])|advert|quang-?cao|adsbygoogle", re.I)


def in_advert(p: lxml_html.HtmlElement, stop: lxml_html.HtmlElement | None, levels: int = 8) -> bool:
    """Inside an advertising block below the body's container `stop` (within a few levels): a
    paper's own body selector takes the block with the article, so its paragraphs are left out
    here for every layer."""
    node = p
    for _ in range(levels):
        node = node.getparent()
        if node is None or node is stop or not isinstance(node.tag, str):
            return False
        if _ADVERT_CLASS.search(classes(node)):
            return True
    return False


def short_text(node: lxml_html.HtmlElement, cap: int) -> str | None:
    """The element's text (as `element_text` reads it) when it is at most `cap` characters, else
    None — looking at no more than `cap` elements and `4 × cap` characters: a block holding a
    whole page, or thousands of nested wrappers, is not read to learn that it is long."""
    pieces: list[str] = []
    raw = 0
    for count, element in enumerate(node.iter()):
        if count > cap:
            return None
        if isinstance(element.tag, str) and element.text:
            pieces.append(element.text)
            raw += len(element.text)
        if element is not node and element.tail:
            pieces.append(element.tail)
            raw += len(element.tail)
        if raw > 8 * cap:
            return None
    text = clean_text("".join(pieces))
    return text if len(text) <= cap else None


def following(node: lxml_html.HtmlElement) -> Iterable[lxml_html.HtmlElement]:
    """The elements after `node` in document order (not inside it)."""
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def teaser_share(html_root: lxml_html.HtmlElement, paragraphs: list[str]) -> float:
    """Share of `paragraphs` that are text of small link blocks (teasers of other articles):
    a page without a body hands a generic extractor its related-article list instead."""
    blocks: list[str] = []
    for a in html_root.iter("a"):
        node = a
        while node is not None and node.tag in ("a", "span", "strong", "em", "b", "i", "h2", "h3", "h4", "h5"):
            node = node.getparent()
        if node is None or node.tag == "p":
            continue
        text = element_text(node)
        link = element_text(a)
        # a link inside running text (a tag link in a paragraph written as a div) is no teaser:
        # a teaser opens with its title's link, or is mostly link
        if link and not text.startswith(link) and len(link) < len(text) / 4:
            continue
        # a teaser is a link with at most a lead; a short article's own container (a byline
        # link straight inside it) holds its paragraphs and is no teaser
        if text and len(text) < 800 and sum(1 for _ in node.iter("p")) <= 2:
            blocks.append(text)
    if not paragraphs:
        return 0.0
    joined = "\n".join(blocks)
    teasers = sum(1 for p in paragraphs if p.rstrip(".… ")[:80] in joined)
    return teasers / len(paragraphs)
