"""Normalisation of Vietnamese text for comparison.

Surface text is always kept as written; these functions build comparison keys and ids.

Two kinds of output:

* ``key``/``slug``: comparison key and ASCII id (lengths change).
* ``same_length_fold``: a string of exactly the same length as its NFC input, with one tone-mark
  placement and lower case, so that regular expressions can run over it and the match offsets
  remain valid offsets into the NFC text.

Tone-mark convention: the tone sits on the first vowel of an open ``oa``/``oe``/``uy`` syllable
(``hòa``, ``hòe``, ``thủy``, ``ủy``, ``Hóa``), i.e. ``hoà``, ``thuỷ``, ``uỷ`` and ``Hoá`` are
rewritten. The rule is applied to every syllable (see ``_place_tone``), so any placement in the
input gives the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "nfc", "key", "slug", "tone_normalise", "same_length_fold", "lower_same_length",
    "strip_diacritics", "reading_form",
]

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED = set("ăâêôơư")
_QUOTES = "“”\"«»‘’„‟'`´"
_QUOTE_RE = re.compile(r"[“”\"«»‘’„‟`´]|(?<![^\W\d_])'|'(?![^\W\d_])")
# an apostrophe inside a word, however typed ("M’Đrắk", "Đắk R'lấp", "Ch‘ơm"): one letter of the
# Central Highlands' place names, kept by the key as "'" (a quote elsewhere is dropped)
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’‘`´](?=[^\W\d_])")
_DASH_RE = re.compile(r"\s*[-‐‑‒–—―−]+\s*")
_SPACE_RE = re.compile(r"\s+")
_SYLLABLE_RE = re.compile(r"[^\W\d_]+")


# Letters that look like "Đ"/"đ" and stand for them in real text: Icelandic eth (U+00D0/U+00F0),
# left by legacy-encoding (VNI, TCVN3) conversions and some keyboards ("huyện Cờ Ðỏ"), and the
# African D (U+0189/U+0256). One character each way, so offsets survive the substitution.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ"})
_LOOKALIKE_RE = re.compile("[\u00d0\u00f0\u0189\u0256]")


# "T.P Sông Công", "T.X Nghĩa Lộ": a city's or town's level written with a dot between its
# initials, read as the usual "TP." / "TX." (the same length: "T.P" -> "TP.")
_DOTTED_LEVEL = re.compile(r"(?<![^\W_])T\.(?P<l>[PX])(?=\s+[A-ZĐ])")


def _dotted_level(m: re.Match) -> str:
    return f"T{m.group('l')}."


# an armed unit's echelon written in title case before its number ("Quân Đoàn 4", "Sư Đoàn
# 312", "Quân Khu 7"), read as the usual "Quân đoàn 4" (the same length)
_TITLED_ECHELON = re.compile(r"(?<![^\W_])(?:Tiểu|Trung|Đại|Hải|Lữ|Sư|Quân|Binh)\s+(?:Đội|Đoàn|Khu)"
                             r"(?=\s+(?:\d|[IVX]+(?![^\W_])))")


def _echelon(m: re.Match) -> str:
    head, _, word = m.group(0).rpartition(" ")
    return f"{head} {word.lower()}"


def reading_form(text: str) -> str:
    """``text`` with look-alike letters read as the Vietnamese ones and a level's dotted
    initials as the usual short form, the same length (the same object when there are none):
    the rules are written for "Đảng", "Đoàn", "Đỏ", "TP. X", "Quân đoàn 4", and a page typed with
    an eth, "T.P" or "Quân Đoàn 4" must be read as they are, while its surfaces stay as written."""
    if _LOOKALIKE_RE.search(text):
        text = text.translate(_LOOKALIKES)
    if "T." in text:
        text = _DOTTED_LEVEL.sub(_dotted_level, text)
    if ("Đoàn" in text or "Đội" in text or "Khu" in text) and _TITLED_ECHELON.search(text):
        text = _TITLED_ECHELON.sub(_echelon, text)
    return text


def nfc(text: str) -> str:
    """NFC form of ``text``; every offset the package reports indexes into this string."""
    return unicodedata.normalize("NFC", text)


def _split_tone(syllable: str) -> tuple[str | None, str]:
    """(tone mark or None, NFC base without it); ("", "") when there are two tones."""
    tone = None
    base_chars: list[str] = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            if tone is not None:  # two tones: not a Vietnamese syllable
                return "", ""
            tone = ch
        else:
            base_chars.append(ch)
    return tone, unicodedata.normalize("NFC", "".join(base_chars))


def _nucleus(lower: str) -> tuple[int, int]:
    """[start, end) of the vowel nucleus: the first run of vowels, after treating "qu" and "gi"
    (+ vowel) as consonants; start >= end when there is none."""
    start = 0
    while start < len(lower) and lower[start] not in _VOWELS:
        start += 1
    if start >= len(lower):
        return start, start
    if start > 0 and lower[start - 1] == "q" and lower[start] == "u" or (
        start > 0
        and lower[start - 1] == "g"
        and lower[start] == "i"
        and start + 1 < len(lower)
        and lower[start + 1] in _VOWELS
    ):
        start += 1
    end = start
    while end < len(lower) and lower[end] in _VOWELS:
        end += 1
    return start, end


def _tone_position(nucleus: str, has_final: bool) -> int:
    modified = [i for i, ch in enumerate(nucleus) if ch in _MODIFIED]
    if modified:
        return modified[-1]
    if len(nucleus) == 1:
        return 0
    if has_final:
        return len(nucleus) - 1
    return 1 if len(nucleus) == 3 else 0


def _place_tone(syllable: str) -> str:
    """Return ``syllable`` (one word of letters, any case) with its tone on the chosen vowel."""
    tone, base = _split_tone(syllable)
    if not tone:
        return syllable
    lower = base.lower()
    if len(lower) != len(base):
        return syllable
    start, end = _nucleus(lower)
    if start >= end:
        return syllable
    idx = start + _tone_position(lower[start:end], end < len(lower))
    target = unicodedata.normalize("NFC", base[idx] + tone)
    if len(target) != 1:
        return syllable
    out = base[:idx] + target + base[idx + 1 :]
    return out if len(out) == len(syllable) else syllable


@lru_cache(maxsize=65536)
def _tone_word(word: str) -> str:
    return _place_tone(word)


# Only syllables with two adjacent vowels can carry a tone on either of them (hoà/hòa,
# thuỷ/thủy, hoè/hòe, and misplaced tones in other pairs such as "cuả"); a syllable with one
# vowel has a single possible place, so only the former are rewritten.
_V = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_TWO_VOWELS_RE = re.compile(
    f"[^\\W\\d_]*[{_V}{_V.upper()}][{_V}{_V.upper()}][^\\W\\d_]*"
)


def tone_normalise(text: str) -> str:
    """NFC text with one tone placement per syllable; same length and case as the NFC input."""
    return _TWO_VOWELS_RE.sub(lambda m: _tone_word(m.group(0)), text)


def lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def same_length_fold(text_nfc: str) -> str:
    """Tone-normalised, lower-cased copy of an NFC string with exactly the same length."""
    return lower_same_length(tone_normalise(text_nfc))


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparison key: NFC, look-alikes read (``reading_form``), one tone placement, lower case, no
    quotes, one dash form, one space."""
    s = reading_form(nfc(text))
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    s = tone_normalise(s)
    s = s.casefold() if "ß" not in s else s.lower()
    s = nfc(s)
    s = _INNER_APOSTROPHE.sub("'", s)
    s = _QUOTE_RE.sub(" ", s)
    s = _DASH_RE.sub(" - ", s)
    s = _SPACE_RE.sub(" ", s).strip(" ")
    if s.startswith("- "):
        s = s[2:]
    if s.endswith(" -"):
        s = s[:-2]
    return s


def strip_diacritics(text: str) -> str:
    s = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII id: the key without diacritics (đ→d), runs of anything else as one hyphen."""
    s = strip_diacritics(key(text)).lower()
    return _NON_ALNUM.sub("-", s).strip("-")
