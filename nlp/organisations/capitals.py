"""Names written in capitals (a school's or a commune's heading: "LIÊN ĐỘI THCS X", "CHI ĐOÀN
TRƯỜNG PT DTBT Y") are read as the same words written in the ordinary way.

Every run of two or more capitalised words is written again in title case, at the same offsets:
a word that spells a Vietnamese syllable keeps its first letter capital ("LƯƠNG" → "Lương"), an
acronym ("THCS", "UBND", "DTBT": no syllable) stays as it is, and the common words of a
heading that are no name ("tích cực", "tham gia", "tổ chức", "năm học" …) go to lower case so a
name read from capitals stops where it would in ordinary text. The passes read that text again
and a reading that covers a capitalised word is added, behind every reading of the text itself.
Work only for texts with such a run (one regular expression over the text)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from baochi.nlp.organisations.candidates import Ctx
from baochi.nlp.tokens import build

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_CAP_WORD = rf"[{_UPPER}]{{2,}}(?![^\W\d_])"
# two capitalised words in a row, at least one of them a syllable (checked below)
_RUN = re.compile(rf"(?<![^\W_]){_CAP_WORD}(?:[ \t]+(?:[\d/.\-–]+[ \t]+)?{_CAP_WORD})+")
_WORD = re.compile(rf"[{_UPPER}]+")
# a Vietnamese syllable, without its tone (an acronym spells none: "THCS", "UBND", "DTBT")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:[aăâeêioôơuưy]{1,3})(?:ng|nh|ch|[cmnpt])?")
# words of a heading that are no part of a name ("… TÍCH CỰC THAM GIA PHONG TRÀO …"): written
# in lower case, so a name read from capitals ends before them as it would in ordinary text
_COMMON_WORDS = """
của và với cho tại trong các những một số có được đã đang sẽ là để về từ đến theo ra vào
tích cực tham gia tổ chức chào mừng hưởng ứng phát động ra quân triển khai thực hiện tổng kết
sơ kết nghị lễ kỷ niệm ngày năm tháng tuần học kỳ đợt hoạt động phong trào kế hoạch nhỏ
chương trình thi đua trao tặng quà thăm hỏi vui tết xuân mừng gặp mặt tuyên dương khen thưởng
thông báo tin tức bài viết cùng nhau vì sôi nổi hiệu quả tốt giỏi mới thành công nhiệm vụ
tình nguyện giáo dục kỹ năng sống cuộc thi giải hội thao văn nghệ họp tập huấn
"""
_COMMON = frozenset(_COMMON_WORDS.split())
# two-word heads whose second word is written in lower case ("Chi đoàn", "Liên đội", "Đảng ủy")
_HEAD_PAIRS = frozenset({("chi", "đoàn"), ("chi", "hội"), ("chi", "bộ"), ("chi", "đội"),
                         ("liên", "đội"), ("công", "đoàn"), ("đảng", "ủy"), ("đảng", "uỷ"),
                         ("ủy", "ban"), ("uỷ", "ban"), ("đảng", "bộ"), ("hội", "đồng")})


def _fold(word: str) -> str:
    """The word's letters without tone marks (vowel marks kept), lower case."""
    low = unicodedata.normalize("NFD", word.lower())
    low = "".join(ch for ch in low if ch not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", low)


def _rewrite(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each capitalised run in title case, and the spans of the words rewritten."""
    out = list(text)
    spans: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        words = list(_WORD.finditer(text, run.start(), run.end()))
        syllables = [w for w in words if _SYLLABLE.fullmatch(_fold(w.group()))]
        if not syllables:
            continue
        before = ""
        for i, w in enumerate(syllables):
            word = w.group()
            low = word.lower()
            if len(low) != len(word):
                continue  # keep offsets
            lower = i and (low in _COMMON or (before, low) in _HEAD_PAIRS)
            title = low if lower else word[0] + low[1:]
            before = low
            out[w.start():w.end()] = title
            spans.append((w.start(), w.end()))
    return "".join(out), spans


def through_capitals(ctx: Ctx, passes: Iterable[Callable[[Ctx], None]]) -> None:
    """Readings of the bodies written in capitals, added behind the readings of the text."""
    text = ctx.text
    if not _RUN.search(text):
        return
    rewritten, spans = _rewrite(text)
    if not spans:
        return
    inner = Ctx(build(rewritten), ctx.cat, ctx.source_province, [], {}, [], ctx.address)
    for run in passes:
        run(inner)
    first = len(ctx.cands)
    for c in inner.cands:
        if not any(c.start < e and s < c.end for s, e in spans):
            continue  # read from the text as it is already
        if any(o.start <= c.start and c.end <= o.end for o in ctx.cands[:first]):
            continue
        rivals = [o for o in ctx.cands[:first] if o.start < c.end and c.start < o.end
                  and any(o.start < e and s < o.end for s, e in spans)]
        if rivals and not (all(c.start <= o.start and o.end <= c.end for o in rivals)
                           and any(s < c.end <= e for s, e in spans)):
            # the text as it is already reads these capitals ("tạp chí HỒNG LĨNH" is not "…
            # Hồng Lĩnh số 120"), unless the capitals go on with the name ("ĐOÀN TNCS HỒ CHÍ
            # MINH TRƯỜNG THCS X": the school's union)
            continue
        ctx.cands.append(c)
    for c in ctx.cands:
        if any(c.start < e and s < c.end for s, e in spans):
            # a place read as written ("xã AN NHƠN") is named in title case
            c.name = _CAP_NAME_WORD.sub(_title, c.name)
            if c.place:
                c.place = _CAP_NAME_WORD.sub(_title, c.place)


_CAP_NAME_WORD = re.compile(rf"(?<![^\W_])[{_UPPER}]{{2,}}(?![^\W_])")


def _title(m: re.Match[str]) -> str:
    word = m.group()
    if not _SYLLABLE.fullmatch(_fold(word)) or len(word.lower()) != len(word):
        return word
    return word[0] + word[1:].lower()
