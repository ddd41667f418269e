"""The year an anniversary counted without its year falls in ("kỷ niệm 88 năm Ngày thành lập Hội
Nông dân Việt Nam": 1930 + 88 = 2018), from the founding years of the country's national bodies
and days (``catalogues/foundings.toml``), read in the text or in the page address's words. A
hint of last resort for dates without a year: press pages often print the anniversary in the
headline and the day ("Tối 10.10, …") in the body, with no year anywhere."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

from baochi.nlp.catalogues import load
from baochi.nlp.normalise import strip_diacritics

# "kỷ niệm 88 năm", "88 năm Ngày", "(88 năm)", "1984 năm khởi nghĩa …": the count and the words
# after it (the words after the count are looked at, not consumed: a second count may follow in them)
_COUNT = re.compile(r"(?<![\w])(?P<n>\d{1,4})\s+năm\s+(?:ngày\s+)?(?=(?P<rest>[^\W\d_][^.;:()\"“”]{0,80}))")
_COUNT_PLAIN = re.compile(r"(?<![a-z0-9])(?P<n>\d{1,4})\s+nam\s+(?:ngay\s+)?(?=(?P<rest>[a-z][a-z ]{0,80}))")


def plain(text: str) -> str:
    """Lower case without accents, "đ" as "d": how a page address writes Vietnamese words."""
    return strip_diacritics(text).lower()


@cache
def _foundings() -> tuple[tuple[str, str, int], ...]:
    """(folded key, plain key, year), longest keys first."""
    keys = [(" ".join(a.lower().split()), year)
            for entry in load("foundings").get("founding", []) for a in entry["after"]
            for year in (int(entry["year"]),)]
    keys.sort(key=lambda k: -len(k[0]))
    return tuple((k, " ".join(plain(k).replace("-", " ").replace(",", " ").split()), y) for k, y in keys)


def _year_of(count: int, rest: str, plain_words: bool, this_year: int) -> int | None:
    rest = " ".join(rest.split())
    for key, key_plain, founded in _foundings():
        if (rest.startswith(key_plain) if plain_words else rest.startswith(key)):
            year = founded + count
            return year if founded < year <= this_year else None
    return None


def anniversary_year(fold: str, address: str | None, this_year: int) -> int | None:
    """The one year the anniversaries of the text, or else of the address, fall in; none when
    they disagree or none is of a known founding."""
    years = set()
    for m in _COUNT.finditer(fold):
        y = _year_of(int(m.group("n")), m.group("rest"), False, this_year)
        if y is not None:
            years.add(y)
    if not years and address:
        words = " ".join(re.split(r"[^a-z0-9]+", plain(unquote(address).split("?", 1)[0])))
        for m in _COUNT_PLAIN.finditer(words):
            y = _year_of(int(m.group("n")), m.group("rest"), True, this_year)
            if y is not None:
                years.add(y)
    return years.pop() if len(years) == 1 else None
