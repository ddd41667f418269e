"""Words and levels every organisation reader shares: syllable keys, initials, the
levels of districts and communes, and where a place follows a level word."""

from __future__ import annotations

import re

from baochi.nlp.normalise import nfc, tone_normalise
from baochi.nlp.tokens import syllable_key

COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
LEVEL_CANON = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã",
               "t.x": "thị xã", "t.x.": "thị xã", "h": "huyện", "q": "quận", "q.": "quận",
               "tt": "thị trấn", "tt.": "thị trấn"}


def place_follows(tn: str, after: int) -> bool:
    """A place is written after the level word ending at ``after``: after a space, or right
    after a dot ("TP.Biên Hòa", "H.Cô Tô", "TX.Kỳ Anh")."""
    return after + 1 < len(tn) and (tn[after] == " " or (tn[after] == "."
                                                         and tn[after + 1].isupper()))


def skey(text: str) -> str:
    return syllable_key(tone_normalise(nfc(text)).lower())


SYL = re.compile(r"[^\W_]+")


def initials(surface: str) -> list[str]:
    """One initial per syllable; an all-capital token (an acronym) gives all its letters."""
    out = []
    for tok in SYL.findall(surface):
        if len(tok) >= 2 and tok.isupper():
            out.append(tok)
        else:
            out.append(tok[0].upper())
    return out


DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố"})
# the commonest family names: a capitalised name opening with one is a person's, not a unit's
# ("Công ty TNHH Hòa Lâm, giám đốc Nguyễn Văn A"; "trưởng thôn Hoàng Văn B")
COMMON_SURNAMES = frozenset(("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
                             "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
                             "Lương", "Đào", "Thái", "Cao", "Lâm", "Mai", "Hà", "Tạ", "Chu"))


LOCAL_LEVELS = frozenset({"huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})


# a capital letter of Vietnamese, its marks included ("Ấ", "Ứ", "Ý"), as a regex class: the
# press's proper names open with any of them, not only A–Z and Đ
CAPITAL = "[A-ZĐ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA))
                           if c.isupper() and c.isalpha() and c not in "×") + "]"
