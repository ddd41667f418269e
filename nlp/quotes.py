"""Quoted spans: curly, straight, guillemets, low-9, mixed (a straight opening, a curly closing;
a right double quote typed as the opening mark, after a space and before a capital).

``Quote.start``/``end`` delimit the content (quotes excluded, surrounding spaces trimmed);
``open_start``/``close_end`` include the quote characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“\"«„‟"
_DOUBLE_CLOSE = "”\"»“‟"
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_MAX_LEN = 300
_ANY_OPEN = re.compile("[" + re.escape(_DOUBLE_OPEN + _SINGLE_OPEN) + "”]")
# a right double quote typed as the opening mark ("Phong trào ” Nuôi heo đất – Giúp bạn tới
# trường”"): after a space or at the start, before a capital, and closed by another on the line
_RIGHT_AS_OPEN = re.compile(r"(?:(?<=\s)|^)”\s?(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Quote:
    open_start: int
    start: int
    end: int
    close_end: int


def _letter(ch: str) -> bool:
    return ch.isalnum()


def _close_set(text: str, i: int) -> str | None:
    """The closing marks for an opening mark at ``i``, or None when it opens nothing (an
    apostrophe inside a word)."""
    ch, n = text[i], len(text)
    if ch in _DOUBLE_OPEN:
        return _DOUBLE_CLOSE
    if ch == "”":
        m = _RIGHT_AS_OPEN.match(text, i) if i == 0 or text[i - 1].isspace() else None
        return "”" if m and text[m.end()].isupper() else None
    if ch in _SINGLE_OPEN and (i == 0 or not _letter(text[i - 1])) and i + 1 < n \
            and _letter(text[i + 1]):
        return _SINGLE_CLOSE
    return None


def _opens_here(text: str, j: int) -> bool:
    """A left double quote after a space and before a letter opens a quote ("… là “Vì …”"), so
    it cannot close an earlier one left open; as a closing mark (“A“, „A“) it is followed by a
    space or punctuation."""
    return 0 < j < len(text) - 1 and text[j - 1].isspace() and _letter(text[j + 1])


def _closing(text: str, i: int, close_set: str) -> int:
    """Index of the mark closing the quote opened at ``i`` on the same line, or -1."""
    n = len(text)
    for j in range(i + 1, min(n, i + 1 + _MAX_LEN)):
        c = text[j]
        if c in "\n\r":
            return -1
        if c in close_set and not (
            close_set is _SINGLE_CLOSE and j + 1 < n and _letter(text[j + 1])
        ):
            if c == "“" and _opens_here(text, j):
                return -1  # the quote opened at i is never closed; a new one opens at j
            return j
        if close_set is _DOUBLE_CLOSE and c in "«„" and c != text[i]:
            return -1
    return -1


def find_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        nxt = _ANY_OPEN.search(text, i)
        if nxt is None:
            break
        i = nxt.start()
        close_set = _close_set(text, i)
        found = _closing(text, i, close_set) if close_set is not None else -1
        if found < 0:
            i += 1
            continue
        a, b = i + 1, found
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Quote(i, a, b, found + 1))
        i = found + 1
    return out
