"""Regular-expression building blocks shared by the extractors.

Catalogue phrases become patterns over the tone-normalised text (``TextView.tn``): words are
joined by ``\\s+``, punctuation by ``\\s*``; a dash matches any dash; acronyms (all-capital
tokens) stay case-sensitive while the rest ignores case.
"""

from __future__ import annotations

import re

from baochi.nlp.normalise import nfc, tone_normalise

WORD_BOUNDARY_BEFORE = r"(?<![^\W_])"
WORD_BOUNDARY_AFTER = r"(?![^\W_])"
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
DASHES = "-–—‐‑−"


_ABBR_SEPS = set("&,." + DASHES)
_ABBR_SEP_PATTERN = r"(?:[&,." + re.escape(DASHES) + r"]\s*)?"


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper() and tok[0].isalnum()


def phrase_pattern(phrase: str) -> str:
    """Regex source matching ``phrase`` with flexible spacing, dashes, case and tone placement."""
    tokens = _TOKEN.findall(tone_normalise(nfc(phrase)))
    out: list[str] = []
    prev_word = False
    for i, tok in enumerate(tokens):
        is_word = tok[0].isalnum()
        if out:
            out.append(r"\s+" if (is_word and prev_word) else r"\s*")
        if tok in _ABBR_SEPS and 0 < i < len(tokens) - 1 and _is_acronym(tokens[i - 1]) \
                and _is_acronym(tokens[i + 1]):
            # inside an abbreviation the separator varies or is dropped: "Sở VH,TT&DL" is also
            # written "Sở VH-TT&DL", "Sở VHTT&DL", "Sở VH, TT&DL"
            out.append(_ABBR_SEP_PATTERN)
        elif tok in DASHES:
            out.append(f"[{DASHES}]")
        elif is_word and len(tok) >= 2 and tok.isupper():
            out.append(f"(?-i:{re.escape(tok)})")
        elif tok == ".":
            out.append(r"\.?")
        else:
            out.append(re.escape(tok))
        prev_word = is_word
    return "".join(out)


def alternation(phrases: list[str]) -> str:
    """Alternation of phrase patterns, longest phrase first (Python takes the first that fits)."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in unique)


def is_upper_initial(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isupper()


_FIRST = re.compile(r"[^\W_]+")


class PrefixScanner:
    """Run ``regex.match`` only where a syllable can start one of ``phrases``.

    A big alternation tried at every character is slow in Python's ``re``; trying it only at
    the syllables that begin a catalogue phrase keeps the cost proportional to the hits.
    Matches do not overlap (scanning left to right, like ``finditer``).
    """

    def __init__(self, phrases: list[str], regex: re.Pattern) -> None:
        self.first = {
            m.group(0) for p in phrases if (m := _FIRST.search(tone_normalise(nfc(p)).lower()))
        }
        self.regex = regex

    def finditer(self, view):  # view: nlp.tokens.TextView
        last = -1
        first = self.first
        target = view.tn
        for (a, _b), word in zip(view.syllable_spans, view.syllable_words, strict=True):
            if a < last or word not in first:
                continue
            m = self.regex.match(target, a)
            if m:
                last = m.end()
                yield m
