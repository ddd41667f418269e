"""Generic evidence for papers whose markup the registry does not describe.

Each function reads structure every news CMS has in some form — a block of paragraphs, a
breadcrumb, a dateline, a byline — without class names from any one paper. They rank below a
paper's own selectors and its declared metadata, and above the text-only fallbacks
(trafilatura, htmldate), because they know which element a paragraph came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from baochi.crawler.extract.query import attrib, css
from baochi.crawler.extract.text import SITE_SELF_NAME, clean_text, element_text
from lxml import etree
from lxml import html as lxml_html
from parsel import Selector

# Paragraphs inside these are navigation, teasers or chrome, never the article body.
_CHROME_TAGS = {"a", "li", "aside", "nav", "footer", "header", "figure", "figcaption"}
# Table cells: a data table inside the body is no body text, but old portals (ASP.NET, table
# layouts) hold the whole article in a cell, so a cell only counts below the chosen block.
_CELL_TAGS = {"td", "th"}
_CHROME_CLASS = re.compile(
    r"relat|lien-quan|tin-khac|other|comment|binh-luan|footer|sidebar|menu|caption|teaser|"
    r"story(?![-_]*(?:body|content|detail|text|main))|widget|share|tags?\b|author|tac-?gia|byline|"
    r"(?<![a-z])ads?(?![a-z])|advert|quang-?cao|adsbygoogle", re.I)
_CAPTION_QUERIES = ("figcaption", "[class*=caption i]", "[class*=chu-thich i]", "[class*=desc-img i]")
BREADCRUMB_QUERIES = (
    "[itemtype*=BreadcrumbList] a", "nav[aria-label*=readcrumb] a", "[class*=breadcrumb i] a",
    "[class*=bread i] a", "[class*=crumb i] a", "[class*=duong-dan i] a",
)
AUTHOR_QUERIES = (
    "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", "[class*=author i]",
    "[class*=byline i]", "[class*=tac-gia i]", "[class*=tacgia i]", "[class*=but-danh i]",
)
DATELINE_QUERIES = (
    "time", "[class*=date i]", "[class*=time i]", "[class*=ngay i]", "[class*=publish i]", "[class*=meta i]",
)
LEAD_QUERIES = (
    "[itemprop=description]:not(meta)", "[class*=sapo i]", "[class*=summary i]", "[class*=tom-tat i]",
    "[class*=tomtat i]", "[class*=excerpt i]", "[class*=lead i]:not(meta)", "[class*=desc i]:not(meta)",
    "[class*=intro i]", "[class*=chapeau i]", "[class*=abstract i]",
)
HOME_NAMES = {"trang chủ", "trang chu", "home", "trang nhất"}
# "Bài và ảnh: NAME", "Bài, ảnh: NAME", "Bài: NAME", "Tin, ảnh: NAME", "Theo NAME".
_BYLINE = re.compile(
    r"^(?:(?:bài|tin|ảnh|video|clip)(?:\s*(?:và|,|/|-)\s*(?:ảnh|video|clip))?\s*:\s*|theo\s+|"
    r"(?:tác giả|phóng viên|nhóm phóng viên|pv|btv|ctv)\s*:\s*)"
    r"(?P<name>[^:]{2,60}?)\s*[.]?$", re.I)


def attr(node: lxml_html.HtmlElement | Selector, name: str) -> str | None:
    """An attribute, or None: lxml refuses to read attributes whose names hold control
    characters, which hostile or broken pages do have."""
    try:
        return node.attrib.get(name)
    except ValueError:
        return None


def _classes(element: lxml_html.HtmlElement) -> str:
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


def _is_chrome(element: lxml_html.HtmlElement, stop: lxml_html.HtmlElement | None = None,
               cells: bool = False) -> bool:
    """Inside navigation, teasers or page chrome (below `stop`); with `cells`, inside a table cell too."""
    node = element.getparent()
    while node is not None and node is not stop:
        if not isinstance(node.tag, str):
            break
        if node.tag in _CHROME_TAGS or (cells and node.tag in _CELL_TAGS) or _CHROME_CLASS.search(_classes(node)) \
                or (node.tag == "form" and _form_is_chrome(node)):
            return True
        node = node.getparent()
    return _CHROME_CLASS.search(_classes(element)) is not None and element.tag != "p"


# The outlet's tag that opens a lead: "(Dân trí) - ", "(Baothanhhoa.vn) – ", "TTO - ",
# "VOV.VN - ", "GD&TĐ - ". Unbracketed, only a token with two capitals in a row or an
# address, followed by a spaced dash ("COVID-19 …" is no tag).
_OUTLET_TAG = re.compile(
    r"^\s*(?:\([^()]{2,30}\)\s*[-–—]+|(?:(?=\S*[A-ZĐ]{2})[\w.&]{2,16}|[\w-]{2,30}\.[vV][nN])\s+[-–—]+)\s+(?=\S)")


def strip_outlet_tag(lead: str) -> str:
    """The lead without the outlet's opening tag, for any paper (a registered paper's own
    `lead_prefix` runs first)."""
    return _OUTLET_TAG.sub("", lead, count=1)


def byline_name(text: str) -> str | None:
    """The name in a byline line ("Bài và ảnh: Lê Hợi" → "Lê Hợi"), or None."""
    match = _BYLINE.match(clean_text(text))
    if not match:
        return None
    name = match.group("name").strip(" .-–—")
    return name if name and len(name.split()) <= 8 else None


def _bold_signature(p: lxml_html.HtmlElement) -> str | None:
    """A short, right-aligned or wholly bold paragraph: how many papers sign the last line."""
    text = element_text(p)
    if not text or len(text) > 60 or len(text.split()) > 8 or text.endswith((".", "?", "!", ":")):
        return None
    style = (attr(p, "style") or "").replace(" ", "").lower()
    right = "text-align:right" in style or (attr(p, "align") or "").lower() == "right" or \
        "right" in (attr(p, "class") or "").lower()
    bold = [clean_text("".join(b.itertext())) for b in p.iter("strong", "b")]
    if right or (bold and clean_text(" ".join(bold)) == text):
        return text
    return None


# A closing line shaped like names only: "Minh Anh", "MINH ANH", "Q.H", "PV", "Nhóm PV",
# "Lê Hợi (TTXVN)", "Minh Anh - Hồng Nhung": how most papers sign without bold or a label.
_AGENCY_AFTER = re.compile(r"\s*[(\[][^()\[\]]{2,30}[)\]]$")
_NAMES_SPLIT = re.compile(r"\s*(?:[-–—,;/&]|\bvà\b)\s*")
_STAFF = re.compile(r"^(?:nhóm\s+)?(?:pv|ptv|btv|ctv|phóng viên)$", re.I)
_END_MARKS = {"hết", "the end", "end"}


def _name_word(word: str) -> bool:
    return word[0].isupper() and all(ch.isalpha() or ch == "." for ch in word)


def name_line(text: str) -> str | None:
    """The line itself when it is only names (each word capitalised, or initials), else None."""
    line = clean_text(text).strip(" .")
    if not line or len(line) > 60 or line.casefold() in _END_MARKS:
        return None
    names = [n for n in _NAMES_SPLIT.split(_AGENCY_AFTER.sub("", line)) if n]
    if not 1 <= len(names) <= 4:
        return None
    for name in names:
        words = name.split()
        if _STAFF.match(name):
            continue
        if not 1 <= len(words) <= 6 or not all(_name_word(w) for w in words):
            return None
        if len(words) == 1 and not (words[0].isupper() or "." in words[0]):
            return None  # one capitalised word ("Tóm lại") is no signature; "PV", "Q.H", "THANH" are
    return line


def signature(p: lxml_html.HtmlElement) -> str | None:
    """The author named by a body paragraph that is a byline, in any common form."""
    text = element_text(p)
    return byline_name(text) or _bold_signature(p) or name_line(text) or source_line(text)


# "(Nguồn: Báo Nhân Dân)", "Theo TTXVN": where the article was taken from, not who wrote it.
_SOURCE_LINE = re.compile(r"^[(\[]?\s*(?:nguồn|theo)\b\s*:?\s*(?P<name>[^()\[\]]*?)\s*[)\]]?\s*[.]?$", re.I)


_CREDITED_SOURCE = re.compile(r"^[(\[]?\s*nguồn\s*:\s*(?P<name>[^()\[\]]{2,60}?)\s*[)\]]?\s*\.?$", re.I)


def source_line(text: str) -> str | None:
    """The source a closing "(Nguồn: Báo X)" line credits ("Theo X" is a byline's form)."""
    match = _CREDITED_SOURCE.match(clean_text(text))
    return match.group("name") if match and len(match.group("name").split()) <= 8 else None


def closing_author(signatures: list[tuple[str, str]]) -> str | None:
    """The author among the closing lines taken off a body, (line, name) from the last line up:
    the writer's name wins over a source line after it ("Minh Anh" then "(Nguồn: Báo X)"); a
    source line alone names the source, as "Theo TTXVN" always has."""
    for line, name in reversed(signatures):
        if not _SOURCE_LINE.match(line):
            return name
    for line, name in reversed(signatures):
        match = _SOURCE_LINE.match(line)
        return (match.group("name") if match else None) or name
    return None


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
        if len(text) < 30 or _is_chrome(p):
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
                  and not _is_chrome(p, stop=block, cells=True) and not _CHROME_CLASS.search(_classes(p))]
    paragraphs, captions = body_paragraphs(paragraphs, captions, block)
    signatures: list[tuple[str, str]] = []
    while paragraphs and (name := signature(paragraphs[-1][0])):
        signatures.append((paragraphs.pop()[1], name))
    texts = [t for _, t in paragraphs if t not in captions]
    return ("\n\n".join(texts) or None), captions, closing_author(signatures)


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
        if _ADVERT_CLASS.search(_classes(node)):
            return True
    return False


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
        if len(text) < 30 or _is_chrome(element):
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
              if e is block or not _is_chrome(e, stop=block, cells=True)]
    # a block written with <br> is itself the text: its pictures sit beside it, in its parent
    scope = block.getparent() if any(e is block for e, _ in inside) and block.getparent() is not None else block
    captions = _captions(scope)
    inside = [(e, text) for e, text in inside if text not in captions]
    inside, captions = body_paragraphs(inside, captions, block)
    signatures: list[tuple[str, str]] = []
    while inside:
        element, text = inside[-1]
        whole = element.tag == "p" or element_text(element) == text
        if not (name := _piece_signature(element, text, whole)):
            break
        signatures.append((text, name))
        inside.pop()
    return [text for e, text in inside if e.tag == "p" or len(text) >= 30], captions, closing_author(signatures)


def text_blocks_body(root: lxml_html.HtmlElement) -> tuple[str | None, list[str], str | None]:
    """The body of a page whose paragraphs are not `p` siblings (`text_block`)."""
    block = text_block(root)
    if block is None:
        return None, [], None
    paragraphs, captions, author = block_paragraphs(block)
    return ("\n\n".join(paragraphs) or None), captions, author


# What a CMS prints in its author slot when nobody signed: the posting account, not a byline
# (WordPress's "bởi admin", a portal's "Quản trị viên").
_POSTED_BY = re.compile(r"^(?:đăng bởi|viết bởi|người đăng|người viết|bởi|by|posted by|written by)\s*:?\s+", re.I)
CMS_ACCOUNTS = frozenset({"admin", "administrator", "quản trị", "quản trị viên", "quantri", "webmaster",
                          "editor", "biên tập viên", "root", "user", "super user", "superuser"})


def _usable_name(text: str | None, site_names: Iterable[str | None]) -> str | None:
    """A byline's name, or None for the paper's own name, an address, a CMS account (a known
    account word, or a login with no capital letter: press names are capitalised), or a text
    with digits (an author block that also holds the dateline: its name element is read next)."""
    if not text:
        return None
    text = clean_text(text)
    name = _POSTED_BY.sub("", byline_name(text) or text.strip(" .-–—"))
    lowered = name.lower()
    banned = {s.lower() for s in site_names if s}
    if not name or len(name) > 60 or lowered in banned or lowered.startswith(("báo ", "www.")) \
            or re.search(r"\.(?:vn|com|net|org)\b", lowered) \
            or lowered in CMS_ACCOUNTS or name == lowered or any(c.isdigit() for c in name):
        return None
    return name


def generic_author(sel: Selector, site_names: Iterable[str | None]) -> tuple[str | None, str | None]:
    """A byline element's name (never the site's own name), and the query that found it."""
    names = list(site_names)
    for query in AUTHOR_QUERIES:
        for node in css(sel, query):
            if node.tag in ("meta", "link"):
                name = _usable_name(attrib(node, "content"), names)
            else:
                name = _usable_name(element_text(node), names)
            if name:
                return name, query
    return None, None


def usable_author(text: str | None, site_names: Iterable[str | None]) -> str | None:
    return _usable_name(text, site_names)


def headline(sel: Selector, site_names: Iterable[str | None]) -> tuple[str | None, str | None]:
    """The article's `h1`: not a logo (the site's name, or a link home, or inside a header)."""
    banned = {s.lower() for s in site_names if s}
    first = None
    for node in css(sel, "h1"):
        text = element_text(node)
        if not text:
            continue
        first = first or text
        in_header = any(isinstance(a.tag, str) and (a.tag == "header" or "logo" in _classes(a).lower())
                        for a in node.iterancestors())
        links_home = any(attr(a, "href") in ("/", "./") for a in node.iter("a"))
        if text.lower() not in banned and not in_header and not links_home and "logo" not in _classes(node):
            return text, "h1"
    if first:
        return first, "h1"
    return _title_element(sel, banned) or _title_tag(sel, banned)


# Class names are matched without regard to case: old portals write "ContentTitle",
# "NewsDate", "Summary" (cssselect's `i` flag).
_TITLE_CLASSES = "[class*=title i], [class*=tieu-de i], [class*=tieude i]"


def _title_element(sel: Selector, banned: set[str]) -> tuple[str, str] | None:
    """A page without `h1` (portals on old CMSs) names its title in an element classed as one
    ("title-news-detail", "tieu-de"): the first that is no link, list item, menu or header."""
    node = title_element(sel, banned)
    return (element_text(node), _TITLE_CLASSES) if node is not None else None


def title_element(sel: Selector, banned: set[str] | None = None) -> lxml_html.HtmlElement | None:
    """The element `_title_element` reads (for the probe, which proposes a selector for it)."""
    for node in css(sel, _TITLE_CLASSES):
        if isinstance(node, str) or node.tag in ("a", "li", "title", "meta", "ul", "body", "html") \
                or any(True for _ in node.iterdescendants("a", "li", "p", "div", "img")):
            continue
        if any(isinstance(a.tag, str) and a.tag in ("a", "li", "header", "nav", "footer") for a in node.iterancestors()):
            continue
        text = element_text(node)
        if 15 <= len(text) <= 300 and text.lower() not in (banned or ()) and not SITE_SELF_NAME.match(text):
            return node
    return None


_SITE_PART = re.compile(r"^(?:báo|cổng|trang|tạp chí|đài|website)\b", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+")


def _title_tag(sel: Selector, banned: set[str]) -> tuple[str | None, str | None]:
    """The page's `<title>` without the site's name after its last separator ("Tiêu đề - Cổng
    thông tin điện tử xã X"): the last resort of a page without `h1` or metadata."""
    found = css(sel, "title")
    text = element_text(found[0]) if found and not isinstance(found[0], str) else ""
    separators = list(_TITLE_SEPARATOR.finditer(text))
    if separators:
        tail = text[separators[-1].end():]
        if tail.lower() in banned or _SITE_PART.match(tail):
            text = text[:separators[-1].start()]
    text = text.strip()
    if not text or text.lower() in banned or SITE_SELF_NAME.match(text):  # the site's own name
        return None, None
    return text, "title-tag"


def breadcrumb(sel: Selector, title: str | None) -> tuple[str | None, str | None, str | None]:
    """(name, href, query) of the breadcrumb's most specific item that is a section: the last
    one, skipping the home link and the article's own title."""
    skip = {clean_text(title).lower()} if title else set()
    for query in BREADCRUMB_QUERIES:
        items = []
        for node in css(sel, query):
            name = element_text(node)
            href = attrib(node, "href")
            if not name or name.lower() in HOME_NAMES or name.lower() in skip or href in ("/", "./"):
                continue
            items.append((name, href))
        if items:
            return items[-1][0], items[-1][1], query
    return None, None, None


_MERIDIEM = r"(?:\s*(am|pm|sa|ch|sáng|chiều|tối)\b)?"  # 12-hour clocks; SA/CH as .NET writes them in Vietnamese
_CLOCK = r"(\d{1,2})(?:[:hg]|\s*giờ\s*)(\d{2})(?::(\d{2}))?"  # 14:20, 14h20, 14g20, 14 giờ 20
_DATE_TIME = (
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\D{0,12}?" + _CLOCK + _MERIDIEM, re.I), "dmy-hm"),
    (re.compile(_CLOCK + _MERIDIEM + r"\D{0,16}?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})",
                re.I), "hm-dmy"),
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"), "dmy"),
)


# "05 tháng 12 năm 2026", "5 tháng 12, 2026"; WordPress's Vietnamese month names in its two
# usual formats, "5 Tháng Mười Hai, 2026" and "Tháng Mười Hai 5, 2026".
_WORDS_DATE = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*(?:năm\s+)?|năm\s+)(\d{4})", re.I)
_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_NAME = r"tháng\s+(mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
_NAMED_MONTH_DATES = (
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH_NAME + r"\s*,\s*(\d{4})", re.I), (0, 1, 2)),
    (re.compile(_MONTH_NAME + r"\s+(\d{1,2})\s*,\s*(\d{4})", re.I), (1, 0, 2)),
)


def _named_months(text: str) -> str:
    """Month names written in words turned into `d/m/YYYY`."""
    for pattern, (day, month, year) in _NAMED_MONTH_DATES:
        def numeric(m: re.Match[str], day: int = day, month: int = month, year: int = year) -> str:
            g = m.groups()
            return f"{g[day]}/{_MONTH_WORDS[' '.join(g[month].lower().split())]}/{g[year]}"
        text = pattern.sub(numeric, text)
    return text
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$)")


def _hour_of_day(hour: str, meridiem: str | None) -> int:
    """`3:20 PM` / `3:20 CH` is 15:20; `12:05 AM` is 00:05."""
    value = int(hour)
    if meridiem and value <= 12:
        afternoon = meridiem.lower() in ("pm", "ch", "chiều", "tối")
        value = value % 12 + (12 if afternoon else 0)
    return value


# "Cập nhật" / "Updated": when the article was last edited, not when it was published.
_UPDATED = re.compile(r"(?:cập nhật|cap nhat|sửa đổi|chỉnh sửa|hiệu chỉnh|updated?|modified|last edit)", re.I)
_UPDATED_CLASS = re.compile(r"updat|modif|cap-?nhat|capnhat|sua-?doi", re.I)


def dateline_text(text: str) -> tuple[str, str] | None:
    """A visible dateline normalised to `dd/mm/YYYY HH:MM[:SS]` with its precision
    ("12/3/2025 08:15", "08:15 | 12/3/2025", "ngày 12 tháng 3 năm 2025, 08:15", "2025-03-12
    08:15", "12/03/2025 3:20 PM"). In "Ngày đăng: 05/12/2025 | Cập nhật: 14:30 06/12/2025" only
    the part before the update label is read: the edit's time is no publication time."""
    updated = _UPDATED.search(text)
    if updated and updated.start() > 0 and (before := _read_dateline(text[:updated.start()])):
        return before
    return _read_dateline(text)


def _read_dateline(text: str) -> tuple[str, str] | None:
    text = _ISO_DATE.sub(r"\3/\2/\1 ", _WORDS_DATE.sub(r"\1/\2/\3", _named_months(text)))
    for pattern, kind in _DATE_TIME:
        match = pattern.search(text)
        if not match:
            continue
        g = match.groups()
        if kind == "dmy-hm":
            day, month, year, hour, minute, second, meridiem = g
        elif kind == "hm-dmy":
            hour, minute, second, meridiem, day, month, year = g
        else:
            return f"{int(g[0]):02d}/{int(g[1]):02d}/{g[2]}", "day"
        clock = _hour_of_day(hour, meridiem)
        if not (0 <= clock < 24 and 0 <= int(minute) < 60):
            continue
        stamp = f"{int(day):02d}/{int(month):02d}/{year} {clock:02d}:{minute}"
        return (stamp + f":{second}", "second") if second else (stamp, "minute")
    return None


def datelines(sel: Selector) -> Iterable[tuple[str, str, str]]:
    """(normalised text, precision, query) for each visible dateline, best evidence first. A
    dateline that only says when the article was updated ("Cập nhật: …", a class naming the
    update) is used only when the page shows no other: time beats a bare day elsewhere, and an
    edit's time would beat the publication day."""
    updates: list[tuple[str, str, str]] = []
    found_any = False
    for query in DATELINE_QUERIES:
        for node in css(sel, query):
            if node.tag in ("meta", "script", "style", "link"):
                continue
            found = _node_dateline(node)
            if found is None:
                continue
            if found[1] == "day" and (whole := _line_with_time(node, found[0])):
                found = whole
            if _is_update(node, found[2]):
                updates.append((found[0], found[1], query))
                continue
            found_any = True
            yield found[0], found[1], query
    if not found_any:
        yield from updates


_HEADER_TAGS = frozenset({"span", "div", "p", "time", "small", "em", "i", "strong", "b", "dd", "dt", "td", "li",
                          "address", "section", "header", "h3", "h4", "h5", "h6", "a"})


_OFF_ARTICLE = re.compile(r"relat|lien-quan|tin-khac|other|comment|binh-luan|footer|sidebar|menu|widget", re.I)


def _off_article(node: lxml_html.HtmlElement) -> bool:
    """In navigation, a sidebar, the footer or another article's box (a `header` is no chrome
    here: an article's own header holds its headline and dateline)."""
    for ancestor in (node, *node.iterancestors()):
        if isinstance(ancestor.tag, str) and (ancestor.tag in ("nav", "aside", "footer")
                                              or _OFF_ARTICLE.search(_classes(ancestor))):
            return True
    return False


def _headline_element(root: object) -> lxml_html.HtmlElement | None:
    """The page's first `h1` outside navigation, sidebars, footers and other articles' boxes."""
    if not isinstance(root, lxml_html.HtmlElement):
        return None
    return next((h for h in root.iter("h1") if not _off_article(h)), None)


def near_title(sel: Selector, limit: int = 40) -> list[tuple[lxml_html.HtmlElement, str]]:
    """(element, text) of the short elements right after the headline, before the body starts:
    where papers without date, time or byline classes print the dateline and the byline
    ("<span>14:20</span> | <span>05/12/2026</span>", "Đăng ngày … bởi NAME", "Bài và ảnh: …")."""
    root = sel.root
    head = _headline_element(root)
    if head is None:
        return []
    body = body_block(root)
    lines: list[tuple[lxml_html.HtmlElement, str]] = []
    for seen, node in enumerate(_following(head)):
        if len(lines) >= limit or seen >= _NEAR_TITLE_NODES or node is body \
                or (node.tag == "p" and node.getparent() is body):
            break  # the body's own dates are the news's, not the article's
        if not isinstance(node.tag, str) or node.tag not in _HEADER_TAGS:
            continue
        text = short_text(node, 200)
        if text is None:
            if node.tag == "p" or not len(node):
                break  # the lead or the body: the header lines are over
            continue  # a block holding the rest of the article: its lines come next
        if text and not _off_article(node):
            lines.append((node, text))
    return lines


# How far after the headline its lines are looked for: a page nested thousands of levels deep
# (a hostile one) must cost what an ordinary page costs.
_NEAR_TITLE_NODES = 200


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


def heading_lead(sel: Selector) -> tuple[str | None, str | None]:
    """The lead printed as a heading under the headline (`<h2>` without a class, as many CMSs
    print the sapo), before any paragraph of the body: a heading of sentence length. Later
    headings are the body's intertitles."""
    head = _headline_element(sel.root)
    if head is None:
        return None, None
    for seen, node in enumerate(_following(head)):
        if seen > 200 or not isinstance(node.tag, str) or node.tag == "h1":
            break
        if node.tag in ("h2", "h3"):
            text = short_text(node, 600)
            if text and len(text) >= 60 and len(text.split()) >= 12 and not _off_article(node):
                return text, node.tag
        elif node.tag == "p" and (short_text(node, 59) is None):
            break  # the body began
    return None, None


def _following(node: lxml_html.HtmlElement) -> Iterable[lxml_html.HtmlElement]:
    """The elements after `node` in document order (not inside it)."""
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def near_title_dateline(lines: list[tuple[lxml_html.HtmlElement, str]]) -> tuple[str, str] | None:
    """The first dateline among the headline's lines (a publication stamp, not an update's)."""
    for _node, text in lines:
        if len(text) <= 120 and (found := dateline_text(text)) and not _is_update_text(text):
            return found
    return None


_TRAILING_BY = re.compile(r"\b(?:bởi|by|người đăng|người viết)\s*:?\s+(?P<name>[^\d|:,]{2,40}?)\s*$", re.I)
# Drupal's and WordPress's submitted line: "Gửi bởi NAME vào T7, 05/12/2026 - 08:15", "Đăng bởi NAME lúc …"
_LEADING_BY = re.compile(r"^(?:gửi|đăng|viết|submitted|posted)\s+(?:bởi|by)\s+(?P<name>[^\d|:,]{2,40}?)\s+"
                         r"(?:vào|lúc|ngày|on|at)\b", re.I)


def near_title_byline(lines: list[tuple[lxml_html.HtmlElement, str]]) -> str | None:
    """A labelled byline among the headline's lines ("Bài và ảnh: NAME", "Tác giả: NAME"), or
    the name closing a dateline line ("Đăng ngày 05/12/2026 lúc 14:20 bởi NAME")."""
    for _node, text in lines:
        if len(text) > 120:
            continue
        if (name := byline_name(text)) and not text.lower().startswith("theo "):
            return name
        if (match := _TRAILING_BY.search(text)) and dateline_text(text[:match.start()]):
            return match.group("name").strip(" .-–—")
        if (match := _LEADING_BY.match(text)) and dateline_text(text[match.end():]):
            return match.group("name").strip(" .-–—")
    return None


def _is_update_text(text: str) -> bool:
    """A text that opens with the update label (no publication label before it)."""
    label = _UPDATED.search(text)
    return label is not None and not _read_dateline(text[:label.start()])


def _node_dateline(node: lxml_html.HtmlElement) -> tuple[str, str, str] | None:
    """(normalised text, precision, the text read) of one element, or None."""
    stamp = attrib(node, "datetime")
    if stamp and re.match(r"\d{4}-\d{2}-\d{2}", stamp):  # ISO 8601, maybe with an offset
        return stamp.strip(), "minute" if "T" in stamp else "day", stamp
    raw = stamp or element_text(node)
    if raw and len(raw) <= 120 and (found := dateline_text(raw)):
        return found[0], found[1], raw
    return None


def _line_with_time(node: lxml_html.HtmlElement, day: str) -> tuple[str, str, str] | None:
    """The day's element and the time printed beside it in a sibling ("<span class=date>05/12/2026
    </span> <span class=time>14:20</span>"): the enclosing line read whole, when it is the same day."""
    parent = node.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return None
    text = short_text(parent, 120)
    if not text or not (found := dateline_text(text)) or found[1] == "day" or not found[0].startswith(day):
        return None
    return found[0], found[1], text


def _is_update(node: lxml_html.HtmlElement, text: str) -> bool:
    """The element says when the article was edited: its class, its itemprop, or a text that
    opens with the update label (no publication label before it)."""
    if (attrib(node, "itemprop") or "").lower() == "datemodified" or _UPDATED_CLASS.search(_classes(node)):
        return True
    return _is_update_text(text)


_URL_DATES = (
    re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/(20\d{2})-(\d{2})-(\d{2})/"),
    re.compile(r"/d(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d*\.htm"),
)


def url_date(path: str) -> tuple[str, str] | None:
    """A publication day (or minute) some papers write into their article URLs."""
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match:
            g = match.groups()
            if len(g) == 5:
                return f"{g[2]}/{g[1]}/{g[0]} {g[3]}:{g[4]}", "minute"
            return f"{int(g[2]):02d}/{int(g[1]):02d}/{g[0]}", "day"
    return None


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
