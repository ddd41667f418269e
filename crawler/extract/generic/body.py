"""The article body from markup no registry block describes: its block, paragraphs, captions and signature."""

from __future__ import annotations

import re

from baochi.crawler.extract.generic.elements import CHROME_CLASS, classes, in_advert, is_chrome
from baochi.crawler.extract.generic.signatures import (
    byline_name,
    closing_author,
    leading_byline,
    name_line,
    signature,
    source_line,
)
from baochi.crawler.extract.query import css
from baochi.crawler.extract.text import clean_text, element_text
from lxml import etree
from lxml import html as lxml_html

_CAPTION_QUERIES = ("figcaption", "[class*=caption i]", "[class*=chu-thich i]", "[class*=desc-img i]")


# A paragraph that points at other articles: "Xem thêm: …", ">> …", "Tin liên quan:".
_POINTER = re.compile(
    r"^\s*(?:>>|»|(?:xem|đọc)\s+(?:thêm|tiếp)\b|(?:tin|bài)\s+(?:liên quan|cùng chuyên mục|đọc nhiều|khác)\b)", re.I)


_LINE_END = (".", "!", "?", ";", "…", "\"", "”")


def is_pointer(p: lxml_html.HtmlElement, text: str) -> bool:
    """A paragraph that is a pointer to other articles, or one link shaped like a headline (no
    sentence's end): navigation written inside the body, never body text."""
    if _POINTER.match(text):
        return True
    if text.rstrip().endswith(_LINE_END):
        return False
    linked = sum(len(clean_text("".join(a.itertext()))) for a in p.iter("a") if a.get("href"))
    return linked >= 0.9 * len(text) > 0


def _styled_throughout(element: lxml_html.HtmlElement, tags: frozenset[str]) -> bool:
    """All of the element's text lies inside one of `tags` (through wrappers such as `span`),
    and there is some. One walk with a depth count, no recursion: a paragraph nested a thousand
    levels deep (a hostile page) must not stop the parse."""
    inside = 0
    seen = False
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            inside += node.tag in tags
            if (node.text or "").strip():
                if not inside:
                    return False
                seen = True
        else:
            inside -= node.tag in tags
            if node is not element and (node.tail or "").strip():
                if not inside:
                    return False
                seen = True
    return seen


_ITALIC = frozenset({"em", "i"})


_BOLD = frozenset({"strong", "b"})


_PHOTO_CREDIT = re.compile(r"(?:\(|\b)(?:ảnh|nguồn ảnh|ảnh minh họa)\s*:\s*[^.]{2,40}\)?\s*$", re.I)


def is_caption(p: lxml_html.HtmlElement, text: str) -> bool:
    """A paragraph that captions a picture: in italics holding the picture or right after it
    (the way most provincial papers write captions without a caption class), or holding the
    picture and ending with its credit ("… Ảnh: Lê Hợi")."""
    if len(text) > 400:
        return False
    holds_picture = p.find(".//img") is not None
    if holds_picture and _PHOTO_CREDIT.search(text):
        return True
    if not holds_picture:  # the cheap test first: most paragraphs are neither beside nor around a picture
        before = p.getprevious()
        if before is None or not isinstance(before.tag, str) or not (
                before.tag == "img" or before.find(".//img") is not None) or element_text(before):
            return False
    return _styled_throughout(p, _ITALIC)


def body_block(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element holding the most paragraph text outside navigation, teasers and chrome."""
    scores: dict[lxml_html.HtmlElement, int] = {}
    for p in root.iter("p"):
        text = element_text(p)
        if len(text) < 30 or is_chrome(p):
            continue
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(text)
    if not scores:
        return None
    best, score = max(scores.items(), key=lambda kv: kv[1])
    return best if score >= 200 else None


def bold_lead(root: lxml_html.HtmlElement, body: str) -> tuple[str, str] | None:
    """(lead, rest of the body) when the body's first paragraph is bold throughout: the way a
    portal or a CMS without a lead field writes the sapo. Never the whole body."""
    first, sep, rest = body.partition("\n\n")
    if not sep or not rest.strip() or len(first) < 40:
        return None
    for p in root.iter("p"):
        if element_text(p) == first:
            return (first, rest) if _styled_throughout(p, _BOLD) else None
    return None


def _captions(block: lxml_html.HtmlElement) -> list[str]:
    """Captions by their classes, and the text cells of a picture's table (old CMSs put a
    picture and its line in a two-row table)."""
    captions: list[str] = []
    for query in _CAPTION_QUERIES:
        for node in css(block, query):
            text = element_text(node)
            if text and text not in captions:
                captions.append(text)
    for table in block.iter("table"):
        cells = list(table.iter("td", "th"))
        pictures = [cell for cell in cells if cell.find(".//img") is not None]
        if pictures and len(cells) <= 4:
            for cell in cells:
                text = element_text(cell)
                if cell not in pictures and text and text not in captions:
                    captions.append(text)
    return captions


def generic_body(root: lxml_html.HtmlElement) -> tuple[str | None, list[str], str | None]:
    """(body, captions, author from a signature line) from the densest paragraph block; on a
    page without such a block, from its text blocks (`text_blocks_body`)."""
    block = body_block(root)
    if block is None:
        return text_blocks_body(root)
    captions = _captions(block)
    paragraphs = [(p, text) for p in block.iter("p") if (text := element_text(p))
                  and not is_chrome(p, stop=block, cells=True) and not CHROME_CLASS.search(classes(p))]
    paragraphs, captions = body_paragraphs(paragraphs, captions, block)
    paragraphs, opened_by = leading_byline(paragraphs)
    signatures: list[tuple[str, str]] = []
    while paragraphs and (name := signature(paragraphs[-1][0])):
        signatures.append((paragraphs.pop()[1], name))
    texts = [t for _, t in paragraphs if t not in captions]
    return ("\n\n".join(texts) or None), captions, closing_author(signatures) or opened_by


def body_paragraphs(paragraphs: list[tuple[lxml_html.HtmlElement, str]], captions: list[str],
                    container: lxml_html.HtmlElement | None = None
                    ) -> tuple[list[tuple[lxml_html.HtmlElement, str]], list[str]]:
    """The (element, text) paragraphs that are body text, and the captions with those of the
    paragraphs that caption a picture; pointers to other articles are neither."""
    captions = list(captions)
    kept = []
    for p, text in paragraphs:
        if not isinstance(p.tag, str):  # a comment a paper's selector matched: no caption, no pointer
            kept.append((p, text))
        elif in_advert(p, container):
            continue
        elif is_caption(p, text):
            if text not in captions:
                captions.append(text)
        elif not is_pointer(p, text):
            kept.append((p, text))
    return kept, captions


# An element holding one of these is a container, not a paragraph.
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4",
                         "h5", "h6", "blockquote", "figure", "header", "footer", "nav", "aside", "form", "dl",
                         "pre", "main"})


def _br_pieces(element: lxml_html.HtmlElement) -> list[str]:
    """The element's text cut at each `<br>`: the paragraphs of a block written with line breaks."""
    pieces: list[str] = []
    current = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag == "br":
            pieces.append("".join(current))
            current = [child.tail or ""]
            continue
        if isinstance(child.tag, str):
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    pieces.append("".join(current))
    return [text for text in (clean_text(piece) for piece in pieces) if text]


def _holding_blocks(root: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """Every element with a block element somewhere inside it, in one pass up from each block
    (a climb stops at an ancestor already marked): linear in the page, whatever its nesting."""
    marked: set[lxml_html.HtmlElement] = set()
    for block in root.iter(*_BLOCK_TAGS):
        node = block.getparent()
        while node is not None and node not in marked:
            marked.add(node)
            node = node.getparent()
    return marked


def _container(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The block a paragraph counts for: its parent, or past wrappers that hold only it
    (`<div class="para"><p>…</p></div>`), the first ancestor holding more."""
    node = element.getparent()
    while node is not None and node.getparent() is not None \
            and sum(1 for child in node if isinstance(child.tag, str)) == 1:
        node = node.getparent()
    return node


def _text_units(root: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, lxml_html.HtmlElement, str]]:
    """(element, the block it counts for, text) of every paragraph-like piece in document order:
    a `p`, a `div`/`td`/`section` with no block inside it, or each line of one written with `<br>`."""
    units: list[tuple[lxml_html.HtmlElement, lxml_html.HtmlElement, str]] = []
    containers = _holding_blocks(root)
    in_p = {d for p in root.iter("p") for d in p.iterdescendants()}
    for element in root.iter("p", "div", "td", "section"):
        if element.tag != "p" and (element in containers or element in in_p):
            continue
        pieces = [element_text(element)] if element.tag == "p" else _br_pieces(element)
        parent = element if len(pieces) > 1 else _container(element)
        if parent is None:
            continue
        units.extend((element, parent, text) for text in pieces if text)
    return units


def _piece_signature(element: lxml_html.HtmlElement, text: str, whole: bool) -> str | None:
    """A closing byline: the element's own signature form, or a line that is a byline or a short
    bold name ("<br><b>Minh Anh</b>")."""
    if whole:
        return signature(element)
    if name := byline_name(text) or name_line(text) or source_line(text):
        return name
    short = len(text) <= 60 and len(text.split()) <= 8 and not text.endswith((".", "?", "!", ":"))
    bold = any(clean_text("".join(b.itertext())) == text for b in element.iter("strong", "b"))
    return text if short and bold else None


def text_block(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The block holding the page's text when its paragraphs are not `p` siblings: each wrapped
    in its own `div`, written as `div`s, or as lines of one block cut by `<br>`. The block with
    the most text wins, half of each piece's length counted for the block above (readability's
    rule), so paragraphs wrapped one by one still add up; pieces under 30 characters count for
    nothing."""
    scores: dict[lxml_html.HtmlElement, float] = {}
    for element, parent, text in _text_units(root):
        if len(text) < 30 or is_chrome(element):
            continue
        scores[parent] = scores.get(parent, 0) + len(text)
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + len(text) / 2
    if not scores:
        return None
    block, score = max(scores.items(), key=lambda kv: kv[1])
    return block if score >= 200 else None


def block_paragraphs(block: lxml_html.HtmlElement) -> tuple[list[str], list[str], str | None]:
    """(paragraphs, captions, author from a closing signature) of a body container, whatever
    its paragraphs are written as: `p`, `div`s, or lines cut by `<br>`; tables, captions and
    chrome inside it are left out, and so are pieces under 30 characters that are no `p`."""
    inside = [(e, text) for e, _parent, text in _text_units(block)
              if e is block or not is_chrome(e, stop=block, cells=True)]
    # a block written with <br> is itself the text: its pictures sit beside it, in its parent
    scope = block.getparent() if any(e is block for e, _ in inside) and block.getparent() is not None else block
    captions = _captions(scope)
    inside = [(e, text) for e, text in inside if text not in captions]
    inside, captions = body_paragraphs(inside, captions, block)
    inside, opened_by = leading_byline(inside)
    signatures: list[tuple[str, str]] = []
    while inside:
        element, text = inside[-1]
        whole = element.tag == "p" or element_text(element) == text
        if not (name := _piece_signature(element, text, whole)):
            break
        signatures.append((text, name))
        inside.pop()
    return ([text for e, text in inside if e.tag == "p" or len(text) >= 30], captions,
            closing_author(signatures) or opened_by)


def text_blocks_body(root: lxml_html.HtmlElement) -> tuple[str | None, list[str], str | None]:
    """The body of a page whose paragraphs are not `p` siblings (`text_block`)."""
    block = text_block(root)
    if block is None:
        return None, [], None
    paragraphs, captions, author = block_paragraphs(block)
    return ("\n\n".join(paragraphs) or None), captions, author
