"""Regular-expression building blocks shared by the extractors.

Catalogue phrases become patterns over the tone-normalised text (``TextView.tn``): words are
joined by ``\\s+``, punctuation by ``\\s*``; a dash matches any dash; acronyms (all-capital
tokens) stay case-sensitive while the rest ignores case.
"""

from __future__ import annotations

import re

from nlp.normalise import nfc, tone_normalise

WORD_BOUNDARY_BEFORE = r"(?<![^\W_])"
WORD_BOUNDARY_AFTER = r"(?![^\W_])"
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
DASHES = "-–—‐‑−"


def phrase_pattern(phrase: str) -> str:
    """Regex source matching ``phrase`` with flexible spacing, dashes, case and tone placement."""
    tokens = _TOKEN.findall(tone_normalise(nfc(phrase)))
    out: list[str] = []
    prev_word = False
    for tok in tokens:
        is_word = tok[0].isalnum()
        if out:
            out.append(r"\s+" if (is_word and prev_word) else r"\s*")
        if tok in DASHES:
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
