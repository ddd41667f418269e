"""The frames that make a name something other than a campaign: a fund, contest, prize,
title, theme, slogan, model or document before it (``_blocked_before``, ``_TRAP_BEFORE``), a
board or office named after the campaign it runs (``_in_board_name``), an event called
"chương trình" (``_EVENT_WORDS``, ``_ONE_EVENING``), a battle (``_military``), a saying built on
a campaign's name (``_slogan_on_name``).
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _OPENING, _before_quote, _Ctx
from baochi.nlp.campaigns.catalogue import campaign_key, index
from baochi.nlp.campaigns.variants import (
    _EDITION_SURFACE,
    _edition_stripped,
    _place_stripped,
    canonical,
)
from baochi.nlp.quotes import Quote
from baochi.nlp.tokens import TextView

_BLOCKERS = re.compile(
    r"(?<![^\W_])(?:(?<!gây\s)quỹ|giải(?:\s+thưởng)?(?!\s+(?:ngân|quyết|pháp|phóng|tỏa|thể|cứu|đáp|trình))|cuộc\s+thi|hội\s+thi|danh\s+hiệu|chủ\s+đề|khẩu\s+hiệu|"
    r"thông\s+điệp|mô\s+hình|dự\s+án|đề\s+án|câu\s+lạc\s+bộ|clb|ngày\s+hội|lễ\s+hội|hội\s+nghị|"
    r"hội\s+thảo|tác\s+phẩm|cuốn\s+sách|sản\s+phẩm|chuyên\s+mục|chương\s+trình|tọa\s+đàm|"
    r"chỉ\s+thị|nghị\s+quyết|kết\s+luận|kế\s+hoạch|quyết\s+định|slogan|bài\s+hát|bộ\s+phim|"
    r"tiêu\s+chí|tiêu\s+chuẩn|đạt\s+chuẩn|cụm\s+từ|dòng\s+chữ|biểu\s+ngữ|băng\s+rôn|"
    r"trang(?!\s+(?:trọng|phục|bị|trải|trí|điểm|hoàng|nghiêm))|tài\s+khoản|nhãn\s+hiệu|"
    r"thương\s+hiệu|hội\s+chợ|phiên\s+chợ|chợ|gian\s+hàng|giải\s+đấu|festival|tuần\s+lễ|ngày|phương\s+châm|"
    # a policy or principle quoted after "chủ trương" ("theo chủ trương “3 liên kết”"): a motto;
    # so is the role a people's group lives up to ("phát huy vai trò “Tuổi cao - gương sáng”")
    r"chủ\s+trương|vai\s+trò|"
    # the work a quote right after "công tác" names ("về công tác “chăm sóc, phụng dưỡng …”"): a
    # task, not the movement of those words
    r"công\s+tác(?=\s*$)|"
    r"tinh\s+thần|lời\s+kêu\s+gọi|công\s+trình|phần\s+việc|chuyên\s+đề|sân\s+chơi|"
    # a study session's title ("đợt sinh hoạt chính trị “…”", "buổi sinh hoạt chuyên đề “…”")
    r"sinh\s+hoạt\s+(?:chính\s+trị|chuyên\s+đề|chi\s+bộ)|đợt\s+sinh\s+hoạt|buổi\s+sinh\s+hoạt|"
    r"hành\s+trình|diễn\s+đàn|liên\s+hoan|hội\s+diễn|triển\s+lãm|đêm\s+nhạc|ứng\s+dụng|"
    r"chuyên\s+trang|biểu\s+trưng|tiết\s+mục|phim|ca\s+khúc|phóng\s+sự|vở(?:\s+diễn|\s+kịch)?|"
    r"tiểu\s+phẩm|bức\s+tranh|bộ\s+ảnh|album|clip|video|podcast|điển\s+hình|"
    # a call for works ("cuộc vận động sáng tác văn học “…”"): a contest of works, not a drive
    r"sáng\s+tác|"
    # a team's own name right after "đội hình" ("ra mắt đội hình “Bình dân học vụ số”"); with
    # words between ("đội hình tình nguyện “Mùa hè xanh”") the quote may cite the campaign
    r"tấm\s+gương|đội\s+hình(?=\s*$)|"
    # a title a family, clan or hamlet is recognised with ("được công nhận “Gia đình học tập”")
    r"công\s+nhận|"
    # trade and politics: an advertising or tourism promotion, a sales promotion, a price plan,
    # an election bid ("chiến dịch quảng cáo “…”", "chiến dịch quảng bá “…”", "chương trình
    # khuyến mãi “…”", "gói cước “…”")
    r"quảng\s+cáo|quảng\s+bá|xúc\s+tiến|kích\s+cầu|marketing|khuyến\s+mãi|ưu\s+đãi|gói\s+cước|"
    r"tranh\s+cử)(?![^\W_])"
)


# a blocker word, then at most three more words or years (a comma between them: "mô hình,
# điển hình “…”", "chủ đề năm 2024 “…”"), none opening a clause or a trigger, right before
# the quote or name
_BLOCKED_BEFORE = re.compile(
    _BLOCKERS.pattern
    + r"(?:(?:\s*,\s*|\s+)(?!(?:triển|phát|hưởng|thực|tổ|tham|về|sơ|tổng|phong|cuộc|chiến|"
    + r"gắn|với|của|cho|trong|nhân|chào)\s)(?:[^\W\d_]+|(?:19|20)\d{2})){0,3}\s*:?\s*$"
)


# a contest or prize and its subject, up to eight words before the quote ("Cuộc thi trực
# tuyến tìm hiểu về “…”"), with no trigger word between
_CONTEST_BEFORE = re.compile(
    r"(?<![^\W_])(?:cuộc\s+thi|hội\s+thi|giải\s+thưởng|"
    # a prize named by its field ("Giải báo chí về “…”", "giải chạy vì …"), not the verbs and nouns
    # "giải" opens ("giải quyết", "giải pháp", "giải ngân" …)
    r"giải(?!\s+(?:ngân|quyết|pháp|phóng|tỏa|toả|thể|cứu|đáp|trình|trí|thích|phẫu|tán|nhiệt|"
    r"độc|oan|vây|thoát|khát|mã|nghệ|thưởng)(?![^\W_])))(?![^\W_])"
    r"(?:\s+(?!(?:phong|chiến|đợt|tháng)\s|cuộc\s+vận)[^\W\d_]+){0,8}\s*:?\s*$")


# a theme, slogan or motto given after "là" or a colon: "chủ đề của Tháng … năm nay là “…”"
_BLOCKED_IS = re.compile(
    r"(?<![^\W_])(?:chủ\s+đề|khẩu\s+hiệu|thông\s+điệp|phương\s+châm)(?![^\W_])"
    r"[^.;!?“”\"]{0,60}?(?:\s(?:là|rằng)|:)\s*$")


# the end of an earlier quoted item of the same list: "Quỹ “A”, “B” và “C”"
_LIST_BEFORE = re.compile(r"[”\"»’]\s*(?:[,;]\s*)?(?:(?:và|cùng|hoặc)\s+)?$")


# a noun naming a thing — a group, a publication, a page or channel, a place or object, a letter,
# a class, a token of honour — right before a quote or name: the quote names that thing ("ra mắt
# tủ sách “Kế hoạch nhỏ”", "nhóm Zalo “Mùa hè xanh”", "bức thư “…”"), even in a campaign's words;
# one cites a campaign by its trigger, a launching verb or a preposition, not by a thing's noun
_NAMED_THING = re.compile(
    r"(?<![^\W_])(?:nhóm(?:\s+zalo|\s+facebook)?|đội|tổ|lớp(?:\s+học)?|khóa\s+học|"
    # an association named after the movement it runs ("Hội Khuyến học huyện"): the body
    r"(?<!ngày\s)(?<!đại\s)(?<!lễ\s)(?<!liên\s)hội|"
    r"(?:tủ\s+|tập\s+|bộ\s+|quyển\s+)?sách|tài\s+liệu|cẩm\s+nang|sổ\s+tay|kỷ\s+yếu|ấn\s+phẩm|"
    r"bản\s+tin|tập\s+san|chuyên\s+san|tạp\s+chí|tuyển\s+tập|tờ\s+rơi|áp\s+phích|poster|pano|"
    r"bài\s+(?:viết|báo|thơ)|loạt\s+bài|website|fanpage|hashtag|kênh|phần\s+mềm|nền\s+tảng|"
    r"(?:ngôi\s+)?nhà|con\s+đường|tuyến\s+(?:đường|phố|xe)|tủ|góc|không\s+gian|cổng|bếp(?:\s+ăn)?|"
    r"vườn(?:\s+(?:hoa|cây|rau|ươm))?|thư\s+viện|chuyến\s+(?:xe|tàu)|"
    r"xe(?:\s+(?:lưu\s+động|buýt|khách|cứu\s+thương))?|quán(?:\s+cà\s+phê)?|cửa\s+hàng|công\s+viên|"
    r"bằng\s+khen|giấy\s+khen|huy\s+hiệu|"
    # a medal, a flag or a banner of honour named with a movement's words ("Huy chương Quân kỳ
    # Quyết thắng", "cờ thi đua Quyết thắng", "Quân kỳ Quyết thắng"): the award, not the movement
    r"(?:huy|huân)\s+chương(?:\s+quân\s+kỳ)?|quân\s+kỳ|cờ(?:\s+thi\s+đua)?|"
    # the money or goods a drive raises ("số tiền “kế hoạch nhỏ”", "nguồn quỹ “…”", "phế liệu
    # “Kế hoạch nhỏ”"): what it collected, not the movement
    r"(?:số\s+)?tiền|nguồn(?:\s+(?:quỹ|tiền|kinh\s+phí))?|phế\s+liệu|giấy\s+vụn|"
    r"kỷ\s+niệm\s+chương|cúp|logo|biểu\s+tượng|áo|tem|thẻ|biển|(?:lá\s+|bức\s+)?thư|"
    r"câu\s+(?:nói|chuyện)|lời\s+(?:dạy|bác|căn\s+dặn)|cam\s+kết|giao\s+ước(?:\s+thi\s+đua)?|"
    r"biển\s+hiệu|bảng\s+vàng|mã(?:\s+qr)?|bộ\s+sưu\s+tập|hội\s+trại|trại\s+hè|đêm|vòng|"
    r"gameshow|talkshow|tour(?:\s+du\s+lịch)?|ấn\s+phẩm(?:\s+đặc\s+biệt)?)"
    # the thing's name given by a naming verb ("ngôi nhà có tên “…”", "mang tên")
    r"(?:\s+(?:có|mang|với|được\s+đặt)\s+tên(?:\s+gọi)?(?:\s+là)?)?\s*:?\s*$"
    # words written on a thing ("tấm biển ghi: “…”", "áo in chữ “…”", "dòng chữ")
    r"|(?<![^\W_])(?:ghi|in(?:\s+(?:chữ|hình|dòng\s+chữ))?|khắc(?:\s+chữ)?)\s*:?\s*$")


# a named period right after "chủ đề", "thông điệp" or "khẩu hiệu" whose theme is given after it
# ("chủ đề Tháng Hành động năm nay là “…”"): the quote is the theme, the period the campaign whose
# theme it is — cited, not trapped
_THEME_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:chủ\s+đề|thông\s+điệp|khẩu\s+hiệu)\s+$")
_THEME_GIVEN_AFTER = re.compile(r"[^.;!?“”\"]{0,60}?(?:\s(?:là|rằng)|:)\s*[“\"«]")
_PERIOD_WORD = re.compile(r"(?:tháng|tuần\s+lễ)(?![^\W_])")


def _theme_of_period(view: TextView, a: int, b: int) -> bool:
    """The named period at ``a``–``b`` is the campaign a theme word before it and a quoted theme
    after it belong to ("chủ đề Tháng hành động … là “…”")."""
    return _PERIOD_WORD.match(view.fold, a) is not None \
        and _THEME_WORD_BEFORE.search(view.fold, max(0, a - 16), a) is not None \
        and _THEME_GIVEN_AFTER.match(view.fold, b) is not None


# a turnout given a distinctive campaign's whole name as its theme ("ra quân tổng dọn vệ sinh với
# chủ đề “Ngày chủ nhật xanh”"): the turnout is that campaign's action, the campaign is cited
_TURNOUT_THEME_BEFORE = re.compile(
    r"(?<![^\W_])ra\s+quân(?![^\W_])[^.;!?“”\"]{0,90}?(?<![^\W_])chủ\s+đề\s*:?\s*$")


def turnout_theme(view: TextView, pos: int) -> bool:
    """The quote opening at (or whose text starts at) ``pos`` is the theme of a turnout and the
    whole name of a distinctive catalogue campaign (``Entry.anywhere``)."""
    text = view.text
    start = _before_quote(text, pos)
    inner = _after_quote(text, start)
    if inner == start or _TURNOUT_THEME_BEFORE.search(view.fold, max(0, start - 140), start) is None:
        return False
    close = min((i for i in (text.find(c, inner, inner + 80) for c in "”\"»") if i > 0), default=-1)
    entry = index().by_key.get(campaign_key(text[inner:close])) if close > 0 else None
    return entry is not None and entry.anywhere


_OPENS_WITH_TRIGGER = re.compile(
    r"(?:tháng\s+(?:hành\s+động|cao\s+điểm)|phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch)\s")


def _after_quote(text: str, pos: int) -> int:
    """The first character inside the opening quote at ``pos`` (``pos`` when none opens there)."""
    while pos < len(text) and text[pos] in _OPENING:
        pos += 1
    return pos


def _blocked_before(view: TextView, pos: int) -> bool:
    """A blocker word ("Quỹ", "cuộc thi", "mô hình" …) right before ``pos`` or before the
    opening quote at ``pos`` ("Quỹ “Vì người nghèo”" is a fund wherever the name recurs), or
    before the first quote of the list ``pos`` continues ("các quỹ “A”, “B”")."""
    text = view.text
    if _theme_of_period(view, pos, pos) or turnout_theme(view, pos):
        return False  # "chủ đề Tháng Thanh niên năm nay là “…”": the month is cited
    quoted = _before_quote(text, pos)
    follow = quoted != pos or (pos < len(text) and text[pos] in _OPENING)
    pos = quoted
    if _NAMED_THING.search(view.fold, max(0, pos - 24), pos) is not None:
        return True
    for _ in range(6):
        if _BLOCKED_BEFORE.search(view.fold, max(0, pos - 40), pos) is not None \
                or _BLOCKED_IS.search(view.fold, max(0, pos - 80), pos) is not None \
                or _CONTEST_BEFORE.search(view.fold, max(0, pos - 70), pos) is not None:
            return True
        prev = _LIST_BEFORE.search(text, max(0, pos - 12), pos) if follow else None
        if prev is None or _OPENS_WITH_TRIGGER.match(view.fold, _after_quote(text, pos)):
            # "Với chủ đề “…”, “Tháng hành động vì …” năm nay …": a quote opening with its own
            # trigger names itself, it is no further item of the theme's or fund's list
            return False
        lo = max(0, prev.start() - 120)
        opening = max(text.rfind(c, lo, prev.start()) for c in _OPENING)
        if opening < 0:
            return False
        pos = _before_quote(text, opening + 1)
    return False


# an appeal named by the campaign it launched, the name unquoted right after it ("hưởng ứng lời
# kêu gọi Tết trồng cây của Chủ tịch Hồ Chí Minh"): the appeal for that campaign cites it; a quote
# after it is the appeal's own words
_APPEAL_FOR = re.compile(r"(?<![^\W_])lời\s+kêu\s+gọi\s+$")


_CAMPAIGN_DAY = re.compile(r"(?<![^\W_])ngày\s+hội\s*$")


def _campaign_day_before(view: TextView, pos: int) -> bool:
    """"Ngày hội" right before ``pos``: with a campaign that has its own day (``Entry.day``:
    "Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”") the day cites the campaign; named after any
    other campaign it is a festival ("Ngày hội “Tuổi trẻ sáng tạo”")."""
    return _CAMPAIGN_DAY.search(view.fold, max(0, pos - 12), pos) is not None


# what a one-off event's name opens with: "chương trình “Phiên chợ nghĩa tình”", "“Đêm nhạc
# …”", "“Giao lưu …”", an honouring ceremony ("Tôn vinh …", "Tự hào …") and a charity run or
# walk ("Chạy vì trẻ em", "Đi bộ từ thiện": a morning's sport that raises money) are events;
# "chương trình “Xuân yêu thương”" is a drive
_EVENT_WORDS = (
    r"phiên\s+chợ|chợ|đêm|lễ|hội\s+(?:nghị|thảo|thi|diễn|chợ|ngộ)|giao\s+lưu|gặp\s+mặt|gặp\s+gỡ|"
    r"họp\s+mặt|tọa\s+đàm|tuyên\s+truyền|tập\s+huấn|khám|ngày\s+hội|liên\s+hoan|"
    r"biểu\s+diễn|triển\s+lãm|nghệ\s+thuật|ca\s+nhạc|văn\s+nghệ|cuộc\s+thi|đối\s+thoại|"
    r"diễn\s+đàn|tổng\s+kết|sơ\s+kết|kỷ\s+niệm|mít\s+tinh|tôn\s+vinh|vinh\s+danh|tự\s+hào|"
    r"chạy|đi\s+bộ|đạp\s+xe|marathon|giải\s+(?:chạy|đi|đua)|"
    # a fun day or festival night ("Vui Tết Trung thu", "Đêm hội trăng rằm", a gala) and a
    # round of a contest ("Chung kết …", "Vòng sơ khảo …")
    r"vui|(?:tết\s+)?trung\s+thu|trăng\s+rằm|rước\s+đèn|gala|hội\s+trại|"
    r"(?:vòng\s+)?(?:chung|bán)\s+kết|vòng\s+(?:sơ\s+khảo|loại)|"
    # a game show or a broadcast playground ("Chương trình Sân chơi …", "Game show …"): a show
    # whose episodes are contests, not a drive
    r"sân\s+chơi|game\s*show|gameshow|talk\s*show|talkshow")


_EVENT_HEAD = re.compile(rf"(?:{_EVENT_WORDS})(?![^\W_])")


# a quoted name opening with "Văn nghệ" is as often a long-running programme ("Văn nghệ … về cơ
# sở") as a show, so only the unquoted "chương trình văn nghệ" is taken for a show
_QUOTED_EVENT_HEAD = re.compile(rf"(?!văn\s+nghệ)(?:{_EVENT_WORDS})(?![^\W_])")


# one answers, launches or carries out a drive, never a show: "hưởng ứng chương trình “Văn nghệ
# … về cơ sở”" is a programme although its name opens with an event word
_DRIVE_VERB = re.compile(r"(?<![^\W_])(?:hưởng\s+ứng|phát\s+động|"
                         r"(?<!được\s)thực\s+hiện|duy\s+trì|nhân\s+rộng)\s+(?:các\s+|những\s+)?$")


# what follows the name of a one-evening show: "chương trình “…” được truyền hình trực tiếp",
# "… diễn ra tối 17/10", "… phát sóng trên VTV1"
_ONE_EVENING = re.compile(
    r"[^.;!?]{0,40}?(?<![^\W_])(?:(?:được\s+)?truyền\s+hình\s+trực\s+tiếp|phát\s+sóng|"
    r"lên\s+sóng|diễn\s+ra\s+(?:vào\s+)?(?:tối|đêm)|tổ\s+chức\s+(?:vào\s+)?(?:tối|đêm))"
    r"(?![^\W_])")
# a programme broadcast or staged ("Đài phát chương trình “…”", "dàn dựng chương trình …"),
# or one that honours ("chương trình “…” tôn vinh …"): a show or ceremony
_SHOWN_BEFORE = re.compile(
    r"(?<![^\W_])(?:phát(?!\s+động)|phát\s+sóng|truyền\s+hình(?:\s+trực\s+tiếp)?|dàn\s+dựng|"
    r"xem|theo\s+dõi|dẫn)\s+(?:các\s+|những\s+)?$")
_HONOURING_AFTER = re.compile(r"\s*,?\s*(?:nhằm\s+|để\s+)?(?:tôn\s+vinh|vinh\s+danh|tri\s+ân)"
                              r"(?![^\W_])")
# an evening written before the programme in its sentence: "Tối 6/9, Đoàn phường tổ chức
# chương trình “…”" (a show or party, not a drive)
_EVENING_BEFORE = re.compile(
    r"(?<![^\W_])(?:tối|đêm)\s+(?:nay|qua|hôm\s+qua|mai|ngày\s+\d{1,2}|"
    r"\d{1,2}\s*[/.-]\s*\d{1,2})(?![^\W_])")


# a children's programme named with its edition year ("chương trình “Sắc màu tuổi thơ 2017”",
# "“Vui hội thiếu nhi 2019”"): a day or a weekend of games and gifts a club or school holds for
# the children, not a drive
_CHILDREN = r"(?:tuổi\s+thơ|thiếu\s+nhi|nhi\s+đồng|trẻ\s+thơ|thiếu\s+niên)"
_CHILDRENS_EDITION = re.compile(
    rf"(?:[^\W\d_]+\s+)*?{_CHILDREN}(?:\s+[^\W\d_]+)*\s+(?:năm\s+)?(?:19|20)\d{{2}}\s*")


# an instalment of a show, a meeting series or a broadcast written right after its name ("“Cà phê
# doanh nhân” kỳ 5", "“Tiếng hát học đường” mùa 2", "số 12", "tập 3", "năm thứ 24"): a drive has no
# instalments
_INSTALMENT_AFTER = re.compile(
    r"\s*(?:\(\s*)?(?:kỳ|mùa|số|tập|phiên|năm\s+thứ)\s+(?:\d{1,3}|thứ\s+[^\W_]+|[ivx]{1,4})(?![^\W_])"
    # or a contest's winners and rounds in its clause ("… tìm ra quán quân"; not its candidates:
    # a drive helps "thí sinh" too)
    r"|[^.;!?“”\"]{0,60}?(?<![^\W_])(?:quán\s+quân|á\s+quân|vòng\s+(?:thi|loại|chung\s+kết))"
    r"(?![^\W_])")


# a programme one is at ("tại Chương trình “…”", "Phát biểu tại chương trình …"): a gathering
# held on a day, not a drive (a catalogue programme keeps its gift days)
_AT_BEFORE = re.compile(r"(?<![^\W_])tại\s+$")


# a programme whose prizes are given ("lễ trao giải thưởng chương trình “…”", "đoạt giải chương
# trình …", "giải thưởng của chương trình …"): an award programme, a prize (GUIDE: `giải thưởng`)
_PRIZE_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:trao|công\s+bố|nhận|đoạt|đạt|tổng\s+kết)\s+(?:các\s+)?giải(?:\s+thưởng)?|"
    r"giải\s+thưởng)(?:\s+(?:của|trong|tại|thuộc))?\s+$")


def prize_programme(view: TextView, trig_start: int) -> bool:
    """The "chương trình" at ``trig_start`` is named as the programme whose prizes are given."""
    return _PRIZE_BEFORE.search(view.fold, max(0, trig_start - 40), trig_start) is not None


def _programme_is_event(view: TextView, trig_start: int, q: Quote) -> bool:
    """"chương trình “…”" at ``trig_start`` is a one-off event: its name opens with an event
    word ("Phiên chợ …", "Vui Tết Trung thu"), it is a children's programme with its edition
    year ("Sắc màu tuổi thơ 2017"), it is broadcast, staged or honours someone, one is at it
    ("tại Chương trình “…”", unless the catalogue knows it), or
    it is held one evening (said after the name, or before it in its sentence) — unless one
    answers, launches or carries it out, which one does only to a drive."""
    fold = view.fold
    if _DRIVE_VERB.search(fold, max(0, trig_start - 40), trig_start):
        return False
    if _CHILDRENS_EDITION.fullmatch(fold, q.start, q.end) or prize_programme(view, trig_start):
        return True
    if _INSTALMENT_AFTER.match(fold, q.close_end):
        return True  # "chương trình “…” kỳ 5", "… mùa 2": one instalment of a show or series
    if _QUOTED_EVENT_HEAD.match(fold, q.start) and not canonical(view.text[q.start:q.end])[2] \
            or _ONE_EVENING.match(fold, q.close_end) \
            or _HONOURING_AFTER.match(fold, q.close_end) \
            or _SHOWN_BEFORE.search(fold, max(0, trig_start - 30), trig_start):
        return True
    if _AT_BEFORE.search(fold, max(0, trig_start - 8), trig_start) \
            and not canonical(view.text[q.start:q.end])[2]:
        return True  # "tại Chương trình “…” 2022 vừa được tổ chức": a gathering one is at
    s0 = view.sentence_spans[view.sentence_of(trig_start)][0]
    return _EVENING_BEFORE.search(fold, s0, trig_start) is not None \
        or one_day_for_an_occasion(view, trig_start, view.text[q.start:q.end], q.close_end)


# a programme held on one day its sentence opens with ("Sáng 13/02, …", "Chiều ngày 5-1, …") for
# a holiday named right after its name ("… tổ chức chương trình “…” nhân dịp Tết Nguyên đán", "…
# đón Trung thu"): that day's gift-giving or party, not a drive — a drive is carried out over weeks,
# whatever day one of its gift days falls on
_DAY_OPENING = re.compile(
    r"\W{0,3}(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:nay|qua|hôm\s+qua|ngày\s+\d{1,2}|\d{1,2})"
    r"|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2})(?![^\W_])")
_HELD_BEFORE = re.compile(r"(?<![^\W_])tổ\s+chức\s+(?:các\s+|những\s+)?$")
_OCCASION_AFTER = re.compile(
    r"(?:\s+của\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)?"  # "… của xã nhân dịp Tết"
    r"\s*,?\s*(?:nhân\s+dịp|dịp|chào\s+đón|đón|mừng|vui)\s+(?:đón\s+|mừng\s+)?(?:tết|xuân|trung\s+thu|"
    r"năm\s+mới|giáng\s+sinh|noel)(?![^\W_])")


def one_day_for_an_occasion(view: TextView, trig_start: int, name: str, end: int) -> bool:
    """"Sáng 13/02, Ủy ban MTTQ xã tổ chức chương trình “…” nhân dịp Tết …": the programme
    ``name`` (ending at ``end``, its closing quote included) after the trigger at ``trig_start``
    is a gathering held on the day the sentence opens with, for the holiday named after it
    (``_OCCASION_AFTER``) — unless its name is a catalogue programme ("Tết Sum vầy": one of its
    many gift days)."""
    fold = view.fold
    s0 = view.sentence_spans[view.sentence_of(trig_start)][0]
    return _OCCASION_AFTER.match(fold, end) is not None \
        and _HELD_BEFORE.search(fold, max(s0, trig_start - 14), trig_start) is not None \
        and _DAY_OPENING.match(fold, s0) is not None \
        and not canonical(name)[2]


# what a capitalised word after "Chương trình" names when it is not a drive: a plan or
# document ("Chương trình Hành động", "Chương trình công tác"), a curriculum, a body
# ("Chương trình Phát triển Liên hợp quốc"), the national target programmes, an event
_NOT_A_DRIVE = re.compile(
    r"(?:hành\s+động|công\s+tác|phối\s+hợp|phát\s+triển|giáo\s+dục|gdpt|mục\s+tiêu|mtqg|"
    r"ctmtqg|số|nghị\s+sự|lương\s+thực|khung|đào\s+tạo|hợp\s+tác|toàn\s+quốc|quốc\s+gia|"
    r"ký\s+kết|liên\s+kết|làm\s+việc|tổng\s+thể|kế\s+hoạch|" + _EVENT_WORDS + r")(?![^\W_])")


# battles of the wars: "chiến dịch" + a place or a front ("Chiến dịch Điện Biên Phủ", "chiến
# dịch Hồ Chí Minh", "Chiến dịch Biên giới 1950") is a military campaign, not a movement
_FRONTS = frozenset(["hồ chí minh", "biên giới", "tây nguyên", "việt bắc", "mậu thân",
                     "đường 9 nam lào", "trị thiên", "thượng lào", "tây bắc", "quảng trị",
                     "điện biên phủ", "hòa bình", "tây nam", "điện biên phủ trên không",
                     "biên giới thu đông", "việt bắc thu đông", "trần hưng đạo", "quang trung",
                     "hoàng hoa thám", "lê hồng phong", "khe sanh", "bình giã", "đồng xoài",
                     "trung lào", "hạ lào", "nam lào", "đường 9", "xuân mậu thân"])


# a year of the wars closing a campaign's name: no emulation drive was called "chiến dịch"
# before the youth volunteer campaigns of the 1990s
_WARTIME_YEAR = re.compile(r"(?<!\d)19(?:[0-6]\d|7[0-5])$")


def _military(ctx: _Ctx, kind: str, name: str) -> bool:
    """A "chiến dịch" named by a place or a front of the wars (``_FRONTS``), by its victory
    ("Chiến thắng …") or with a year of the wars."""
    if kind != "chiến dịch":
        return False
    key = campaign_key(name)
    if key.startswith("chiến thắng ") or _WARTIME_YEAR.search(key):
        return True  # "Chiến dịch “Chiến thắng Đường 9 - Nam Lào”", "… 1954": a battle
    k = (_edition_stripped(key) or [key])[0]
    k = re.sub(r" lịch sử$", "", k)
    # places joined ("Chiến dịch Huế - Đà Nẵng") are a front too
    if k in _FRONTS or not _place_stripped(k, ctx.idx):
        return True
    # a front with the clause read on after it ("Chiến dịch Điện Biên Phủ kết thúc thắng lợi",
    # "Trong chiến dịch Tây Nguyên, đơn vị …"): the battle, the unquoted name ran on
    fold = name.lower()
    return any(fold.startswith(f) and _CLAUSE_AFTER_FRONT.match(fold, len(f)) for f in _FRONTS)


_CLAUSE_AFTER_FRONT = re.compile(
    r"\s*[,;:(]|\s+(?:lịch\s+sử|kết\s+thúc|toàn\s+thắng|thắng\s+lợi|giành|mở\s+màn|diễn\s+ra|nổ\s+ra|"
    r"bắt\s+đầu|đã|năm|đánh|tiêu\s+diệt|chiến\s+thắng|là|của|đơn\s+vị|được|với|và)(?![^\W_])")


# a board or office named after the campaign it runs: "Ban Chỉ đạo thực hiện phong trào …",
# "Ban Chỉ đạo phòng, chống tội phạm … và xây dựng phong trào …", "Cục Xây dựng phong trào …",
# "Văn phòng Điều phối chương trình …", the organising committee of one ("Ban Tổ chức Hành trình Đỏ
# Trung ương")
_BOARD_HEAD = re.compile(
    r"(?<![^\W_])(?:ban\s+chỉ\s+đạo|ban\s+chỉ\s+huy|ban\s+điều\s+hành|ban\s+vận\s+động|"
    r"ban\s+quản\s+lý|ban\s+tổ\s+chức|"
    r"văn\s+phòng\s+điều\s+phối|cục\s+xây\s+dựng)(?![^\W_])")


# (a remit's words may be joined by a hyphen: "Ban Chỉ đạo phòng-chống tội phạm, … và xây dựng
# phong trào toàn dân bảo vệ an ninh Tổ quốc xã X")
_BOARD_GAP = re.compile(
    r"(?:(?:\s*[,\-–]\s*|\s+)[^\W\d_]+){0,14}?(?:\s+(?:thực\s+hiện|xây\s+dựng|về|các))?\s+$")


_BOARD_BREAK = re.compile(
    r"(?<![^\W_])(?:tỉnh|huyện|xã(?!\s+hội)|phường|thành\s+phố|trung\s+ương|đã|đang|sẽ|vừa|cần|phải|"
    r"tiếp\s+tục|phát\s+động|tổ\s+chức|triển\s+khai|hưởng\s+ứng|chỉ\s+đạo|đẩy\s+mạnh|"
    r"yêu\s+cầu|đề\s+nghị|giao|ban\s+hành|tăng\s+cường|làm\s+việc|họp)(?![^\W_])")


# a trigger phrase right before a name inside a board's name: "Ban Chỉ huy chiến dịch tình
# nguyện Mùa hè xanh quận …"
_TRAILING_TRIGGER = re.compile(
    r"\s(?:phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chiến\s+dịch|chương\s+trình)"
    r"(?:\s+[^\W\d_]+){0,2}\s*$")


def _in_board_name(view: TextView, pos: int) -> bool:
    """The trigger at ``pos`` is part of a board's or office's name (see ``_BOARD_HEAD``): the
    words between the head and it name the board's remit, with no place, verb or clause."""
    fold = view.fold
    heads = list(_BOARD_HEAD.finditer(fold, max(0, pos - 110), pos))
    if not heads:
        return False
    # the opening quote of a name inside the board's name ("Ban vận động “Ngày vì người
    # nghèo” Hà Tĩnh") is no word of the gap
    gap = _TRAILING_TRIGGER.sub(" ", fold[heads[-1].end():pos].rstrip(_OPENING + " "))
    if gap.strip() == "":
        return True
    return _BOARD_GAP.fullmatch(gap) is not None and gap.rstrip().endswith(
        ("thực hiện", "xây dựng", "về", "các")) and not _BOARD_BREAK.search(gap)


# the subject of a document ("Chỉ thị 05-CT/TW … về đẩy mạnh học tập và làm theo …") is not
# a mention of the campaign
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:chỉ\s+thị|nghị\s+quyết|kết\s+luận|kế\s+hoạch|quy\s+định|hướng\s+dẫn|"
    r"đề\s+án|chuyên\s+đề)(?![^\W_])[^.;:!?]{0,60}?\s(?:về|số\s+\S+)\s+(?:việc\s+)?"
    r"(?:tiếp\s+tục\s+)?(?:đẩy\s+mạnh\s+)?(?:việc\s+)?$")


# the frames that make any name after them something else — a fund, contest, prize, title,
# theme, slogan or model — with at most two words between ("Quỹ khuyến học “…”", "mô hình,
# điển hình “…”"); weaker blockers ("chương trình", "ngày", "tinh thần") are left to the
# passes, which know their trigger
_TRAP_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<!gây\s)quỹ|cuộc\s+thi|hội\s+thi|giải\s+thưởng|danh\s+hiệu|chủ\s+đề|"
    # a scholarship named after a movement ("học bổng “Khuyến học”"): the award, as a prize is
    r"học\s+bổng|"
    # a study theme of the year ("chuyên đề (năm 2015) Học tập và làm theo tấm gương …"): the
    # theme's title, also where it opens with a campaign's words
    r"chuyên\s+đề|"
    # the content an activity is given ("hoạt động với nội dung “Học tập và làm theo …”"): its theme
    r"với\s+nội\s+dung|"
    r"khẩu\s+hiệu|thông\s+điệp|mô\s+hình|điển\s+hình|phương\s+châm|chủ\s+trương|phiên\s+chợ|chợ|"
    # a standard a family, road or place is held to ("gia đình đạt tiêu chuẩn “5 không 3 sạch”"):
    # the criteria a campaign set, not a mention of the campaign
    r"tiêu\s+chí|tiêu\s+chuẩn|đạt\s+chuẩn)(?![^\W_])"
    r"(?:(?:\s*,\s*|\s+)(?!(?:phong|cuộc|chiến|tháng|đợt|của|cho|với|trong|về|gắn|"
    r"triển|phát|hưởng|thực|tham)\s)(?:[^\W\d_]+|(?:19|20)\d{2})){0,2}\s*:?\s*$"
    # the criteria of a household or place, named with what they build ("các tiêu chí xây dựng
    # gia đình “5 không 3 sạch”", "tiêu chuẩn hộ gia đình “…”"): the standard, not the campaign
    r"|(?<![^\W_])(?:tiêu\s+chí|tiêu\s+chuẩn)(?:\s+(?:xây\s+dựng|của))?\s+(?:hộ\s+)?"
    r"(?:gia\s+đình|khu\s+dân\s+cư|thôn|xóm|bản|tuyến\s+đường|đường|trường|lớp)(?:\s+[^\W\d_]+)?"
    r"\s*:?\s*$")


# money raised for a quoted name right after "gây quỹ" ("thu gom phế liệu gây quỹ “Kế hoạch
# nhỏ”"): the fund the collection feeds — unless a drive's trigger opens the clause ("Chiến dịch
# quyên góp gây quỹ “…”": the drive's name)
_RAISED_FOR = re.compile(r"(?<![^\W_])gây\s+quỹ\s*:?\s*$")
_DRIVE_OPENS = re.compile(
    r"(?<![^\W_])(?:chiến\s+dịch|chương\s+trình|cuộc\s+vận\s+động|phong\s+trào|đợt)(?![^\W_])"
    r"[^.;,:!?“”\"]*$")


def raised_for_fund(view: TextView, pos: int) -> bool:
    """The quote opening at (or whose text starts at) ``pos`` names the fund "gây quỹ" raises
    money for, no drive being named in its clause."""
    start = _before_quote(view.text, pos)
    m = _RAISED_FOR.search(view.fold, max(0, start - 12), start)
    return m is not None and _DRIVE_OPENS.search(view.fold, max(0, m.start() - 60), m.start()) is None


# words of a clause: a quotation that says something ("“Mùa xuân là Tết trồng cây, làm cho đất
# nước càng ngày càng xuân”", a leader's words, a motto) and is not a name
_SAYING_WORDS = re.compile(
    r"(?<![^\W_])(?:là|thì|mà|làm\s+cho|hãy|phải|cần|đã|đang|sẽ|được|bị|rất|đều|vẫn|còn|càng|"
    r"không\s+chỉ)(?![^\W_])")


def _inside_saying(view: TextView, q: Quote, a: int, b: int) -> bool:
    """The name at ``a``–``b`` lies inside the longer quotation ``q`` whose other words make a
    clause ("lời dạy của Bác “Mùa xuân là Tết trồng cây, …”"): the saying uses the campaign's
    words, it does not cite the campaign."""
    fold = view.fold
    return q.start <= a and b <= q.end and (a, b) != (q.start, q.end) and (
        _SAYING_WORDS.search(fold, q.start, a) is not None
        or _SAYING_WORDS.search(fold, b, q.end) is not None)


def _slogan_on_name(text: str, a: int, b: int, quoted: dict[int, int]) -> bool:
    """The name opens a longer quotation ("“Dân vận khéo thì việc gì cũng thành công”"): a
    slogan or saying built on the name, not a mention of the campaign."""
    end = quoted.get(a)
    if end is None or end <= b:
        return False
    rest = text[b:end].strip(" ,-–—")
    return bool(rest) and _EDITION_SURFACE.fullmatch(" " + rest) is None
