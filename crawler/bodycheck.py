"""Is a body Vietnamese prose? Never store garbage as a body (issue 15 §4).

A body the extractors found is checked before staging. Prose passes; anything else gets a
reason and, where a native decoder can read it, is decoded:

- `cipher`: letters substituted by a rotation of a cipher alphabet (reference §1.4 E1/E2
  without the base64 layer) — decoded when some registered alphabet and shift give prose;
- `hex_tokens`: hex tokens separated by `x` (reference §1.4 E3) — decoded when the tokens read
  as code points or UTF-8 bytes that give prose;
- `teasers`: a run of other stories' teasers (cut with `…`) — the page had no body;
- `lone_date`: only a date or time;
- `not_prose`: anything else whose words are mostly not Vietnamese syllables.

Ciphers and hex stay `encoded` (a render or a later decoder may read them); teasers, lone
dates and other non-prose become `failed`. Caption lines inside body paragraphs ("Ảnh: …",
"… (Ảnh: …)") move to the captions.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from baochi.crawler.decode import rotate

_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_VIET_MARKED = set("ăâđêôơư")
_HEX_TOKENS = re.compile(r"^\s*[0-9a-fA-F]{1,6}(?:\s*[xX]\s*[0-9a-fA-F]{1,6}){3,}\s*$")
_DATE_ONLY = re.compile(
    r"^[\W_]*(?:(?:thứ\s+\w+|chủ nhật)[,\s]*)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[\sT,|-]+\d{1,2}[:h]\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:gmt|utc)?[+-]?\d{0,2}:?\d{0,2})?[\W_]*$", re.I)
_CAPTION_LINE = re.compile(r"^\(?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|video)\s*:", re.I)
_CAPTION_TAIL = re.compile(r"\s*\((?:ảnh|nguồn)\s*:\s*[^()]{1,80}\)\s*\.?\s*$", re.I)

MIN_SYLLABLE_RATIO = 0.7  # share of words that are Vietnamese syllables
MIN_MARKED_RATIO = 0.12  # share of words with a Vietnamese diacritic
MIN_WORDS = 8
MIN_LETTER_SHARE = 0.7  # letters among the characters that are not spaces
MIN_MEAN_WORD = 2.0  # Vietnamese syllables average about 3.5 letters


def _plain_word(word: str) -> str:
    """Lowercase, tone marks and vowel marks removed, đ → d."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(_plain_word(word)) is not None


@lru_cache(maxsize=65536)
def _is_marked(word: str) -> bool:
    lowered = word.casefold()
    return any(ch in _VIET_MARKED for ch in lowered) or any(
        unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", lowered))


def prose_score(text: str) -> tuple[float, float, int]:
    """(syllable ratio, diacritic ratio, words) of a text; (0, 0, n) when it is not made of
    words at all (mostly digits or punctuation, or one-letter fragments).

    Each distinct word is judged once and weighted by its count: prose repeats its syllables,
    so this is about half the calls of judging every word (the parse worker's hottest loop)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0.0, 0
    letters = len("".join(words))
    visible = len("".join(text.split()))
    if letters < MIN_LETTER_SHARE * visible or letters < MIN_MEAN_WORD * len(words):
        return 0.0, 0.0, len(words)
    syllables = marked = 0
    for word, count in Counter(words).items():
        if _is_syllable(word):
            syllables += count
        if _is_marked(word):
            marked += count
    return syllables / len(words), marked / len(words), len(words)


def is_prose(text: str, min_words: int = MIN_WORDS) -> bool:
    syllable_ratio, marked_ratio, n = prose_score(text)
    return n >= min_words and syllable_ratio >= MIN_SYLLABLE_RATIO and marked_ratio >= MIN_MARKED_RATIO


@dataclass
class BodyVerdict:
    status: str  # ok | encoded | failed
    reason: str | None = None
    body: str | None = None  # the body to stage (decoded, captions removed); None unless ok
    captions: list[str] = field(default_factory=list)  # caption lines moved out of the body
    decoder: str | None = None  # "cipher" / "hex" when a native decoder produced the body


def split_captions(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Body paragraphs without caption lines, and the captions taken out."""
    kept, captions = [], []
    for paragraph in paragraphs:
        if _CAPTION_LINE.match(paragraph) and len(paragraph) < 400:
            captions.append(paragraph)
            continue
        tail = _CAPTION_TAIL.search(paragraph)
        if tail and len(paragraph) < 400 and paragraph.count(". ") < 2:
            captions.append(paragraph)  # a short photo caption with its credit
            continue
        kept.append(paragraph)
    return kept, captions


def _decode_hex(text: str) -> str | None:
    tokens = [t for t in re.split(r"\s*[xX]\s*|\s+", text.strip()) if t]
    if not all(re.fullmatch(r"[0-9a-fA-F]{1,6}", t) for t in tokens):
        return None
    candidates = []
    with contextlib.suppress(ValueError, OverflowError):
        candidates.append("".join(chr(int(t, 16)) for t in tokens))
    if all(len(t) % 2 == 0 for t in tokens):
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            candidates.append(bytes.fromhex("".join(tokens)).decode("utf-8"))
    for candidate in candidates:
        candidate = unicodedata.normalize("NFC", candidate)
        if is_prose(candidate):
            return candidate
    return None


def _decode_cipher(text: str, alphabets: tuple[str, ...]) -> str | None:
    """The rotation of a registered alphabet that turns `text` into prose, if any."""
    sample = text[:600]
    for alphabet in alphabets:
        members = set(alphabet)
        if sum(ch in members for ch in sample) < 0.8 * len(sample.replace("\n", "")):
            continue
        best: tuple[float, int] | None = None
        for shift in range(1, len(alphabet)):
            syllable_ratio, marked_ratio, n = prose_score(rotate(sample, alphabet, shift))
            if n >= MIN_WORDS and syllable_ratio >= MIN_SYLLABLE_RATIO and marked_ratio >= MIN_MARKED_RATIO:
                score = syllable_ratio + marked_ratio
                if best is None or score > best[0]:
                    best = (score, shift)
        if best is not None:
            plain = rotate(text, alphabet, best[1])
            if is_prose(plain):
                return plain
    return None


def _teasers(paragraphs: list[str]) -> bool:
    cut = sum(p.rstrip().endswith(("...", "…")) for p in paragraphs)
    return len(paragraphs) >= 2 and cut >= max(2, (len(paragraphs) + 1) // 2)


def assess_body(body: str | None, alphabets: tuple[str, ...] = ()) -> BodyVerdict:
    """The verdict on an extracted body; `alphabets`: the source decoder's cipher alphabets."""
    if not body or not body.strip():
        return BodyVerdict("missing", "empty")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    kept, captions = split_captions(paragraphs)
    text = "\n\n".join(kept)
    if not kept:
        return BodyVerdict("failed", "captions_only", captions=captions)
    if _DATE_ONLY.match(text):
        return BodyVerdict("failed", "lone_date", captions=captions)
    if _teasers(kept):
        return BodyVerdict("failed", "teasers", captions=captions)
    if is_prose(text, min_words=1 if len(text) < 200 else MIN_WORDS):
        return BodyVerdict("ok", None, text, captions)
    if _HEX_TOKENS.match(text.replace("\n", " ")):
        decoded = _decode_hex(text.replace("\n", " "))
        if decoded is not None:
            return BodyVerdict("ok", None, decoded, captions, decoder="hex")
        return BodyVerdict("encoded", "hex_tokens", captions=captions)
    if alphabets:
        decoded = _decode_cipher(text, alphabets)
        if decoded is not None:
            return BodyVerdict("ok", None, decoded, captions, decoder="cipher")
    words = _WORD.findall(text)
    marked = sum(_is_marked(w) for w in words) / max(1, len(words))
    letters = sum(ch.isalpha() for ch in text)
    if words and letters / max(1, len(text)) > 0.6 and marked >= MIN_MARKED_RATIO:
        # Vietnamese letters, but not in Vietnamese syllables: a substitution cipher
        return BodyVerdict("encoded", "cipher", captions=captions)
    return BodyVerdict("failed", "not_prose", captions=captions)
