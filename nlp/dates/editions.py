"""Passes over a season or an event named with its edition year ("Hè 2012", "Tháng Thanh
niên 2019", "Chiến dịch Giờ Trái đất 2024", "mùa huấn luyện 2019", "Xuân Giáp Thìn 2024",
"Noel 2016"): that year (Noel: 25 December); a crop season or a quoted name is not.
"""

from __future__ import annotations

import re
from datetime import date

from baochi.nlp.dates.filters import CROP_BEFORE, quantity_after
from baochi.nlp.dates.grammar import CAN_CHI, CAN_CHI_KEYS, FLAGS
from baochi.nlp.dates.mention import Collector

_SUMMER_EDITION = re.compile(r"(?<![^\W\d_])[Hh]è\s+(?P<y>(?:19|20)\d{2})(?!\d)")


def pass_summer_edition(c: Collector, sent: str, pub: date | None) -> None:
    """A campaign's summer edition ("Chiến dịch … Hè 2012"): that year (a bare four-digit
    year is otherwise not read)."""
    if "è" not in sent:
        return
    for m in _SUMMER_EDITION.finditer(sent):
        if c.free(m.start("y"), m.end()) and not CROP_BEFORE.search(sent, 0, m.start()):
            y = int(m.group("y"))
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


_EDITION = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?:thanh\s+niên|công\s+nhân|nhân\s+đạo)|xuân\s+tình\s+nguyện|mùa\s+hè\s+xanh"
    r"|tình\s+nguyện\s+mùa\s+đông)\s+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)  # "… 2023." too
_EDITION_TRIGGERS = ("chiến dịch", "chương trình", "phong trào", "vận động", "tháng hành", "tháng cao",
                     "cuộc chạy", "cuộc thi", "hội thi", "hội thao", "hội diễn", "liên hoan", "lễ hội",
                     "tuần lễ", "ngày hội", "festival", "giải", "triển lãm", "hội chợ",
                     "facebook", "fanpage", "website", "hashtag")
CAMPAIGN_EDITION = re.compile(
    r"(?<![^\W\d_])(?:chiến\s+dịch|chương\s+trình|phong\s+trào|cuộc\s+vận\s+động|tháng\s+(?:hành\s+động|cao\s+điểm)"
    r"|cuộc\s+chạy|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|liên\s+hoan|lễ\s+hội|tuần\s+lễ|ngày\s+hội|festival"
    r"|giải|triển\s+lãm|hội\s+chợ"
    # a page or tag of an edition ("Facebook Tự hào hàng Việt Nam 2016", "fanpage …")
    r"|facebook|fanpage|website|hashtag)"
    # the name's words may be joined by a dash ("Festival Hạ Long–Quảng Ninh 2022": two places)
    r"\s+(?P<name>[^\W\d_]+(?:(?:[ \t]*[-–][ \t]*|[ \t]+)[^\W\d_]+){0,10}?)[ \t]+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)


# a school year after a programme's name ("Chương trình công tác Đội … năm học 2022 - 2023"):
# not an edition year (school years are not dates)
_SCHOOL_YEAR_END = re.compile(r"\s*[-–]\s*(?:19|20)?\d{2}(?!\d)")


def pass_campaign_edition(c: Collector, sent: str, pub: date | None) -> None:
    """A campaign or an event named unquoted after its trigger and followed by its edition year
    ("Chiến dịch Giờ Trái đất 2024", "Tháng hành động vì trẻ em 2023", "Cuộc chạy vì trẻ em Hà
    Nội 2016", "Liên hoan các đội tuyên truyền lưu động tỉnh Quảng Ninh 2009", the page of an
    edition: "Facebook Tự hào hàng Việt 2016"): that year. The
    name must be capitalised or the trigger so (a lower-case run is a clause, not a name)."""
    if not c.has_digit or not any(w in sent for w in _EDITION_TRIGGERS):
        return
    for m in CAMPAIGN_EDITION.finditer(sent):
        text = c.view.text
        name_start = c.s_start + m.start("name")
        if not (text[name_start].isupper() or text[c.s_start + m.start()].isupper()) \
                or m.group("name").split()[-1] in ("năm", "tháng", "ngày", "học") \
                or _SCHOOL_YEAR_END.match(sent, m.end()) \
                or not c.free(m.start("y"), m.end()) or quantity_after(sent, m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        y = int(m.group("y"))
        c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


SEASON_YEAR = re.compile(
    r"(?<![^\W\d_])mùa(?:\s+[^\W\d_]+){1,3}?\s+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)


def pass_season_year(c: Collector, sent: str, pub: date | None) -> None:
    """A season named with its year ("mùa huấn luyện 2019", "mùa mưa bão 2024", "mùa thi 2023"):
    that year (with "năm" the year rule reads it)."""
    if "mùa" not in sent or not c.has_digit:
        return
    for m in SEASON_YEAR.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end()) and not quantity_after(sent, m.end()) \
                and not c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


def pass_edition_year(c: Collector, sent: str, pub: date | None) -> None:
    """A named month or season campaign with its edition year, unquoted ("Tháng Thanh niên
    2019", "Xuân tình nguyện 2026"): that year, as "Hè 2012"."""
    if not c.has_digit or ("tháng" not in sent and "xuân" not in sent and "mùa" not in sent
                           and "tình nguyện" not in sent):
        return
    for m in _EDITION.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end()) and not c.quoted.overlaps(c.s_start + m.start(),
                                                                    c.s_start + m.end()):
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


def pass_spring_year(c: Collector, sent: str, pub: date | None) -> None:
    """"Xuân Giáp Thìn 2024", "Xuân mới 2024", "xuân mới Kỷ Hợi 2019", "xuân 2026": the year (a
    season named with its year; without the year, "Xuân Ất Tỵ", it is no date). A crop ("vụ Xuân 2024") is not, and
    neither is a quoted programme name."""
    if "xuân" not in sent or not c.has_digit:
        return
    for m in SPRING_YEAR.finditer(sent):
        y = int(m.group("y"))
        if CROP_BEFORE.search(sent, 0, m.start()) \
                or not c.free(m.start(), m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


# a lunar year's can chi written with its number and no season or holiday word before it
# ("Canh Tý 1960, Bác Hồ phát động …", "năm Giáp Thìn 2024"): that year, as "Xuân Giáp Thìn 2024"
# is; the number must be the can chi's own year (a mismatch is no such mention)
CAN_CHI_YEAR = re.compile(
    rf"(?<![^\W\d_])(?P<cc>{CAN_CHI})(?:\s*[-–—]\s*|\s+)(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d|[/.\-]\d)", FLAGS)
_CHI_SPELLINGS = {"tị": "tỵ", "mẹo": "mão"}


def pass_can_chi_year(c: Collector, sent: str, pub: date | None) -> None:
    """"Canh Tý 1960": the year (``CAN_CHI_YEAR``); runs after the holiday and spring passes,
    which keep their own readings ("Tết Canh Tý 2020" is a day)."""
    if not c.has_digit:
        return
    for m in CAN_CHI_YEAR.finditer(sent):
        y = int(m.group("y"))
        can, chi = m.group("cc").split()
        if f"{can} {_CHI_SPELLINGS.get(chi, chi)}" != CAN_CHI_KEYS[(y + 6) % 10][(y + 8) % 12] \
                or not c.free(m.start(), m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        c.add(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)


CHRISTMAS = re.compile(
    r"(?<![^\W\d_])(?:lễ\s+)?(?:noel|giáng\s+sinh)\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)


def pass_christmas(c: Collector, sent: str, pub: date | None) -> None:
    """"(lễ) Noel 2016", "Giáng sinh năm 2024": 25 December of that year (without a year it is
    the feast, not a date)."""
    if "noel" not in sent and "giáng sinh" not in sent:
        return
    for m in CHRISTMAS.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start(), m.end()):
            c.add(m.start(), m.end(), date(y, 12, 25), date(y, 12, 25), "day", None)


SPRING_YEAR = re.compile(
    rf"(?<![^\W\d_])xuân\s+(?:mới\s+)?(?:{CAN_CHI}(?:\s*[-–—]\s*|\s+))?(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d|[/.\-]\d)",
    FLAGS)  # "xuân Giáp Thìn – 2024": the can chi and its year joined by a dash too


# a campaign, programme or event (a contest, festival, fair …) quoted right after its trigger with
# its edition year closing the quote ("Chiến dịch “Mùa hè xanh 2017”", "chương trình “Sắc màu
# tuổi thơ 2017”", "Cuộc thi “Duyên dáng … Quê hương 2023”"): that year, as unquoted;
# a quote holding another number ("“Tình nguyện mùa đông 2025 - Xuân tình nguyện 2026”") or
# after another word (a title, "danh hiệu “… 2021”") is left alone
_QUOTED_EDITION = re.compile(
    r"(?<![^\W\d_])(?:chiến\s+dịch|chương\s+trình|phong\s+trào|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi"
    r"|hội\s+thao|hội\s+diễn|liên\s+hoan|lễ\s+hội|ngày\s+hội|tuần\s+lễ|festival|giải|triển\s+lãm)"
    # a word or two of its kind between ("Chương trình tình nguyện “… 2026”")
    r"(?:\s+(?!(?:danh\s+hiệu|chủ\s+đề|khẩu\s+hiệu|với|có|là|của)(?![^\W\d_]))[^\W\d_A-ZĐ]+){0,3}?\s*[“\"«]\s*"
    r"[^\W\d_][^”\"»\d]{2,80}?\s+(?P<y>(?:19|20)\d{2})\s*[”\"»]", FLAGS)
# an event's ordinal edition with its year ("Liên hoan PT-TH Nghệ An lần thứ 24-2019", "Giải bóng
# đá … lần thứ 12/2022"), also closing the sentence
_ORDINAL_EDITION = re.compile(
    r"(?<![^\W\d_])lần\s+(?:thứ\s+[^\W_]+|[ivxl]+)\s*[-–/]\s*(?P<y>(?:19|20)\d{2})(?![\d/\-]|\.\d)", FLAGS)


def pass_quoted_edition(c: Collector, sent: str, pub: date | None) -> None:
    """The edition year of a quoted campaign or programme and of a numbered event (see
    ``_QUOTED_EDITION``, ``_ORDINAL_EDITION``): that year, as "Hè 2025" unquoted."""
    if not c.has_digit or ("lần " not in sent and not any(
            ch in sent for ch in "“\"«")):
        return
    for rx in (_QUOTED_EDITION, _ORDINAL_EDITION):
        for m in rx.finditer(sent):
            y = int(m.group("y"))
            if c.free(m.start("y"), m.end("y")):
                c.add(m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31), "year", None)


# a year's theme named unquoted with its year after "chủ đề (năm)" or "Năm" ("thực hiện chủ đề năm
# An toàn cho phụ nữ và trẻ em 2020", "Năm Dân vận khéo 2021"): that year, as a campaign's edition
_THEME_YEAR = re.compile(
    r"(?<![^\W\d_])(?:chủ\s+đề\s+(?:năm\s+)?|năm\s+)(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,11}?)"
    r"[ \t]+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)
# what may follow a theme's closing year: punctuation or a clause's next word — not a noun counted
# by the number ("Trong năm Hội vận động 2020 hội viên …": a count)
_CLAUSE_IN_NAME = re.compile(r"(?<![^\W\d_])(?:đã|được|đạt|có|giúp|sẽ|đang)(?![^\W\d_])")
_THEME_YEAR_END = re.compile(
    r"\s*(?:[,.;:)”\"»!?]|$|(?:được|với|của|đã|đang|sẽ|và|tại|trong|nhằm|là|theo|ở|vừa|do|diễn\s+ra|"
    r"cho)(?![^\W\d_]))")


# a bare year right after "chủ đề" ("chủ đề 2024 “Năm chuyển đổi số”"), or right after the closing
# quote of a programme, campaign, event or theme ("chương trình “Xuân Biên phòng ấm lòng dân bản”
# 2025", "chủ đề “Năm an toàn cho phụ nữ và trẻ em” 2020"): the edition's or the theme's year
_THEME_BARE_YEAR = re.compile(
    r"(?<![^\W\d_])chủ\s+đề[ \t]+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)"
    r"|(?<![^\W\d_])(?:chiến\s+dịch|chương\s+trình|phong\s+trào|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi"
    r"|hội\s+thao|hội\s+diễn|liên\s+hoan|lễ\s+hội|ngày\s+hội|tuần\s+lễ|festival|giải|triển\s+lãm|chủ\s+đề)"
    r"\s*[“\"«][^”\"»\d]{2,120}[”\"»][ \t]+(?P<y2>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)


def pass_theme_year(c: Collector, sent: str, pub: date | None) -> None:
    """The year closing a year's theme named after "chủ đề (năm)" or "Năm" (``_THEME_YEAR``); the
    theme capitalised (a lower-case run is a clause: "năm nay tăng 2020 …" is no name), not
    quoted, the year closing its clause (``_THEME_YEAR_END``: no count after it); a bare year
    right after "chủ đề" or after a quoted programme's or theme's closing quote
    (``_THEME_BARE_YEAR``)."""
    if not c.has_digit or ("năm" not in sent and "chủ đề" not in sent
                           and not any(ch in sent for ch in "”\"»")):
        return
    text = c.view.text
    for m in _THEME_YEAR.finditer(sent):
        if not text[c.s_start + m.start("name")].isupper() \
                or m.group("name").split()[-1] in ("năm", "tháng", "ngày", "học") \
                or _CLAUSE_IN_NAME.search(m.group("name")) \
                or not c.free(m.start("y"), m.end()) or not _THEME_YEAR_END.match(sent, m.end()) \
                or c.quoted.overlaps(c.s_start + m.start(), c.s_start + m.end()):
            continue
        y = int(m.group("y"))
        c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)
    for m in _THEME_BARE_YEAR.finditer(sent):
        g = "y" if m.group("y") else "y2"
        if c.free(m.start(g), m.end(g)) and (g == "y" or _THEME_YEAR_END.match(sent, m.end())):
            y = int(m.group(g))
            c.add(m.start(g), m.end(g), date(y, 1, 1), date(y, 12, 31), "year", None)


# a call-up or a training year written with its year and no "năm" ("thanh niên lên đường nhập ngũ
# 2025", "Lễ giao nhận quân 2024", "tuyển quân 2023", "ra quân huấn luyện 2025"): that year
_CALL_UP_YEAR = re.compile(
    r"(?<![^\W\d_])(?:nhập\s+ngũ|tòng\s+quân|giao\s+(?:nhận\s+)?quân|tuyển\s+quân|(?:ra\s+quân\s+)?huấn\s+luyện|"
    r"nghĩa\s+vụ\s+(?:quân\s+sự|công\s+an(?:\s+nhân\s+dân)?)|nvqs|nvca)"
    r"[ \t]+(?P<y>(?:19|20)\d{2})(?!\d|[/.\-]\d)", FLAGS)


def pass_call_up_year(c: Collector, sent: str, pub: date | None) -> None:
    """The year of a call-up named with it (``_CALL_UP_YEAR``), not before a count."""
    if not c.has_digit or ("ngũ" not in sent and "quân" not in sent and "nghĩa vụ" not in sent
                           and "nv" not in sent and "huấn" not in sent):
        return
    for m in _CALL_UP_YEAR.finditer(sent):
        y = int(m.group("y"))
        if c.free(m.start("y"), m.end()) and not quantity_after(sent, m.end()) \
                and (_THEME_YEAR_END.match(sent, m.end()) or "huấn" not in m.group(0)):
            c.add(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", None)
