"""Self-decoding article bodies (reference §1.4): detect them and decode variant E1 natively.

On Báo Thanh Hóa the body is a base64 blob that the page's own script turns into HTML: base64 →
UTF-8 → every character of a 215-character alphabet rotated by a per-page shift `k`. Where the
page keeps `k` is unknown, so we try every shift of every alphabet the registry lists and accept
only a plaintext that starts with the known prefix (`<h1 class="pTitle">`) *and* whose title
equals the page's own title: a wrong alphabet or shift never passes both checks. A blob we
cannot decode is left to a browser render (crawler/render.py) or stored as `encoded` — it is
never stored as body text.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from baochi.crawler.extract.charset import declared_charsets, decode_html
from baochi.crawler.extract.text import clean_text, element_text
from baochi.crawler.sources import Decoder
from lxml import html as lxml_html
from parsel import Selector

# Runs of base64 characters anywhere in the raw HTML (visible text, attribute or script).
_BASE64_RUN = r"[A-Za-z0-9+/]{%d,}={0,2}"
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Decoded:
    """A decoded fragment and how it was found."""

    fragment: str
    alphabet: int  # 1-based index into the registry's alphabets; 0 when read from a render
    shift: int
    title: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)

    @property
    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs) or None


def _norm(text: str | None) -> str:
    return clean_text(unescape(_TAGS.sub(" ", text or ""))).casefold()


def find_blobs(html: str, min_length: int = 200) -> list[str]:
    """Base64 runs of at least `min_length` characters that decode to UTF-8 text, longest first.

    The whole raw page is searched, not only the visible text: the blob may sit in a script or
    an attribute (reference §1.4, "Detection").
    """
    found = []
    for match in re.finditer(_BASE64_RUN % min_length, html):
        blob = match.group(0)
        if _utf8(blob) is not None:
            found.append(blob)
    return sorted(found, key=len, reverse=True)


def _utf8(blob: str) -> str | None:
    padded = blob + "=" * (-len(blob) % 4)
    try:
        return base64.b64decode(padded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def rotate(text: str, alphabet: str, shift: int) -> str:
    """Rotate every character of `alphabet` in `text` back by `shift`; others pass through."""
    return text.translate(_rotation(alphabet, shift))


@lru_cache(maxsize=256)
def _rotation(alphabet: str, shift: int) -> dict[int, str]:
    """`str.translate`'s table for `rotate` (a character repeated in the alphabet takes its last
    place, as an index of the alphabet would): one C call a body instead of a Python step a
    character, which the parse worker paid on every self-decoding page."""
    size = len(alphabet)
    index = {ch: i for i, ch in enumerate(alphabet)}
    return {ord(ch): alphabet[(i - shift) % size] for ch, i in index.items()}


def _rotate_prefix_matches(cipher: str, alphabet: str, prefix: str) -> list[int]:
    """Shifts that turn the start of `cipher` into `prefix` (cheap check before a full rotate)."""
    head = cipher[: len(prefix)]
    if len(head) < len(prefix):
        return []
    index = {ch: i for i, ch in enumerate(alphabet)}
    shifts: set[int] | None = None
    for c, p in zip(head, prefix, strict=True):
        if p not in index:
            if c != p:
                return []
            continue
        if c not in index:
            return []
        shift = (index[c] - index[p]) % len(alphabet)
        shifts = {shift} if shifts is None else shifts & {shift}
        if not shifts:
            return []
    return sorted(shifts) if shifts is not None else list(range(len(alphabet)))


def parse_fragment(fragment: str, decoder: Decoder) -> tuple[str | None, str | None, list[str], list[str]]:
    """Title, lead, body paragraphs and captions of a decoded fragment (lenient HTML parser:
    older items leave `<p>` unclosed)."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    sel = Selector(root=root)
    title = next((t for t in (element_text(n.root) for n in sel.css(decoder.title)) if t), None)
    lead = next((t for t in (element_text(n.root) for n in sel.css(decoder.lead)) if t), None)
    paragraphs = [t for t in (element_text(n.root) for n in sel.css(decoder.body)) if t]
    captions = [t for t in (element_text(n.root) for n in sel.css(decoder.captions)) if t]
    return title, lead, paragraphs, captions


def decode_e1(blob: str, decoder: Decoder, expected_titles: list[str]) -> Decoded | None:
    """Try every alphabet and every shift; accept the plaintext with the prefix and the title."""
    text = _utf8(blob) if decoder.base64 else blob
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    wanted = {_norm(t) for t in expected_titles if t and _norm(t)}
    for number, alphabet in enumerate(decoder.alphabets, start=1):
        for shift in _rotate_prefix_matches(text.lstrip(), alphabet, decoder.prefix):
            plain = rotate(text, alphabet, shift).strip()
            if not plain.startswith(decoder.prefix):
                continue
            title, lead, paragraphs, captions = parse_fragment(plain, decoder)
            if not title or (wanted and _norm(title) not in wanted):
                continue
            return Decoded(plain, number, shift, title, lead, paragraphs, captions)
    return None


@dataclass
class Detection:
    blob: str | None
    decoded: Decoded | None

    @property
    def encoded(self) -> bool:
        return self.blob is not None


def detect_and_decode(html: str, decoder: Decoder, expected_titles: list[str]) -> Detection:
    """Look for a blob (only worth doing when the selectors found no body) and decode it."""
    if not decoder.enabled:
        return Detection(None, None)
    blobs = find_blobs(html, decoder.min_blob)
    for blob in blobs:
        decoded = decode_e1(blob, decoder, expected_titles)
        if decoded is not None:
            return Detection(blob, decoded)
    return Detection(blobs[0] if blobs else None, None)


def read_rendered(html: str, decoder: Decoder) -> Decoded | None:
    """The fragment a page's own script wrote into `decoder.container` (after a render)."""
    if not decoder.container:
        return None
    sel = Selector(text=html)
    for node in sel.css(decoder.container):
        inner = node.get()
        title, lead, paragraphs, captions = parse_fragment(inner, decoder)
        if paragraphs:
            return Decoded(inner, 0, -1, title, lead, paragraphs, captions)
    return None


# -- page bytes → text ------------------------------------------------------------------------

# A page declared UTF-8 is read as UTF-8 (with U+FFFD for bad bytes) unless so many bytes are
# invalid that it is really another charset mislabelled (windows-1258 sent as UTF-8).
MAX_INVALID_UTF8_SHARE = 0.002


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page as NFC text and the encoding used (`decode_html`, but an invalid byte or two in
    a page declared UTF-8 no longer turns the whole page into cp1258 mojibake)."""
    try:
        return unicodedata.normalize("NFC", body.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if "utf-8" in declared_charsets(body, content_type) and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = body.decode("utf-8", "replace")
        invalid = text.count("\ufffd")
        if invalid <= max(2, MAX_INVALID_UTF8_SHARE * len(body)):
            return unicodedata.normalize("NFC", text), "utf-8"
    return decode_html(body, content_type)


_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|article|meta|title)\b", re.IGNORECASE)


def not_a_page(body: bytes, content_type: str | None) -> str | None:
    """Why an article URL's answer is no HTML page (`empty_page`, `not_html`), or None.

    Such an answer was staged as an article with no title and a `missing` body: a row in the
    warehouse for a page nobody saw, counted as fetched; counted `failed` with its reason instead,
    the run says what went wrong (and the next run tries the address again either way).
    A server that labels HTML with another type (`application/octet-stream`, none at all) is
    believed by the markup it sent, not by the label."""
    if not body.strip():
        return "empty_page"
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media and ("html" in media or "xml" in media or media.startswith("text/")):
        return None
    return None if _MARKUP.search(body[:4096]) else "not_html"
