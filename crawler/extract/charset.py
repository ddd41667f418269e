"""Bytes → text for Vietnamese pages whose declared charset may be missing or wrong.

Provincial servers still send windows-1258 (Vietnamese with combining tone marks), sometimes
without a charset and sometimes under a charset that lies. Valid UTF-8 is taken as UTF-8 (a
Vietnamese windows-1258 page is practically never valid UTF-8); otherwise every candidate
(declared header, `<meta charset>`, windows-1258, windows-1252) is decoded and scored by how
Vietnamese the result looks, and the best wins. Decoding never raises.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)

# Letters only Vietnamese uses (after NFC): a page rich in them decoded correctly.
_VIET = set(
    "ăắằặẳẵâấầậẩẫđêếềệểễôốồộổỗơớờợởỡưứừựửữáàạảãéèẹẻẽíìịỉĩóòọỏõúùụủũýỳỵỷỹ"
    "ĂẮẰẶẲẴÂẤẦẬẨẪĐÊẾỀỆỂỄÔỐỒỘỔỖƠỚỜỢỞỠƯỨỪỰỬỮÁÀẠẢÃÉÈẸẺẼÍÌỊỈĨÓÒỌỎÕÚÙỤỦŨÝỲỴỶỸ"
)
# Characters that show up when Vietnamese bytes are read in the wrong code page.
_MOJIBAKE = set("ÃÂÄÅÆÇÐÑÒÕÖ×ØÞßþðæ¼½¾¿¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\ufffd")


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    found = []
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        found.append(m.group(1))
    if meta := _META_CHARSET.search(body[:4096]):
        found.append(meta.group(1).decode("ascii", "replace"))
    return [name for name in (_lookup(n) for n in found) if name]


def _score(text: str) -> float:
    sample = text[:20000]
    viet = sum(ch in _VIET for ch in sample)
    bad = sum(ch in _MOJIBAKE for ch in sample)
    controls = sum(unicodedata.category(ch) == "Cc" and ch not in "\r\n\t" for ch in sample)
    return viet - 3 * bad - 5 * controls


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page as NFC text and the encoding used."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return unicodedata.normalize("NFC", body.decode(name, "replace").lstrip("\ufeff")), name
    try:
        return unicodedata.normalize("NFC", body.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [*declared_charsets(body, content_type), "cp1258", "cp1252", "latin-1"]
    best: tuple[float, str, str] | None = None
    for name in dict.fromkeys(candidates):
        if name in ("utf-8", "utf_8"):
            continue
        try:
            text = unicodedata.normalize("NFC", body.decode(name))
        except (UnicodeDecodeError, LookupError):
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None:  # unreachable: latin-1 decodes anything
        return body.decode("utf-8", "replace"), "utf-8"
    return best[1], best[2]
