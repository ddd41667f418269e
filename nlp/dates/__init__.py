"""Dates and periods in press text, resolved against the publication date.

Passes run per sentence over the folded text (lower case, one tone placement, same length as
the NFC text) in priority order; a span taken by an earlier pass is not reused by a later one.

Conventions (documented in the README):

* the span includes the part of day ("Chiều 9-7"), a weekday, a written "ngày", "từ … đến …",
  "giai đoạn", "quý", "tháng", "năm";
* a day-month without a year takes the year (publication year −1, 0, +1) nearest the
  publication date; likewise a month or quarter without a year;
* "6 tháng đầu/cuối năm" without a year takes a year written on its own in the same sentence
  ("Năm 2019, …"), else the publication year; a year inside another period does not count
  ("… 6 tháng cuối năm 2024 và thống nhất nhiệm vụ 6 tháng đầu năm", published in 2025);
* relative words inside quotes (slogans) and "hôm nay" right after a proper name ("thôn Đông
  Hòa hôm nay", the place as it is now) are not dates;
* relative expressions (hôm nay, chiều qua, tuần qua, tháng trước …) resolve only with a
  publication date; without one they are returned with null values, never guessed;
* "tuần qua" is the seven days before publication; "tuần trước" the previous Monday–Sunday;
* several days ("9 & 10/9", "ngày 9, 10/9") and "từ … đến …" give granularity ``range``;
  "từ ngày 15/8 đến nay" ends on the publication date (null without one);
* lunar dates are computed with the lunar calendar of ``baochi.nlp.lunar`` (UTC+7), never guessed:
  "Tết Nguyên đán Tân Sửu", "Tết Giáp Thìn 2024" is day 1 of that lunar year (a can chi alone
  takes the year nearest publication, unresolved without one; a bare "Tết Nguyên đán" is not a
  date); "mùng 5 Tết Ất Tỵ" is day 5 of that lunar year; "ngày 15/2 âm lịch" is converted,
  the lunar year nearest publication;
* a bare day-month needs a cue before it ("dịp", "từ", "lễ", "Quốc khánh" …) or a named day
  that is the occasion of the news ("Nhân Ngày Nhà giáo Việt Nam 20/11, …"); a holiday's own
  day written with its name otherwise ("chào mừng Ngày Nhà giáo Việt Nam 20/11", "Ngày Thương
  binh - Liệt sĩ (ngày 27/7)") is the recurring holiday, not a date; "tháng 4 năm ngoái",
  "quý I năm nay" are one month or quarter of the relative year;
* durations ("5 năm", "10 năm qua", "hai tuần trước") and school years are not extracted;
  a school year named in an undated article places its months (August–December in the first
  year); crop seasons ("vụ Hè 2024") and page stamps ("… 08:11 [GMT+7]") are not dates.

Real press forms (issue 14), each a pass of ``PASSES`` with a test in
``tests/nlp/test_real_dates.py``:

* one mention for a relative day and its date ("Hôm nay, 15/3/2026", "chiều nay 9/7", "Sáng nay
  20.7": the date's value) and for a date with its lunar gloss ("Ngày 10/1 (tức ngày 1/12 âm
  lịch)", "Ngày 2/2 (tức mùng 5 Tết Ất Tỵ)": the solar date, the gloss in the span);
* lists: days of one month ("Ngày 18 và 19-3", "sáng 9, 10.9") and months that run on
  ("tháng 7 và 8", "tháng 6-8/2023") are one range; years ("các năm 2016, 2017") and quarters
  ("quý III và IV") are one mention each;
* ranges of years however joined ("từ năm 2016 đến hết năm 2020", "từ 2016 - 2020", "các năm
  2018 - 2022", "5 năm 2021-2025") and to the publication date ("giai đoạn 2021 - nay", "từ
  (đầu) tháng 7 đến nay", "từ nay đến cuối năm", "từ nay đến cuối tháng 10"); "từ tháng
  2/2010 đến tháng 6/2012"; days with the month written out after "từ" ("từ 17 đến 19 tháng 3
  năm 2021", "từ 17 tháng 3 đến ngày 19 tháng 3");
* weekdays with their qualifier ("thứ Bảy vừa qua": the last one; "Thứ Năm tới": the next;
  "thứ Hai tuần trước": of that week); recurring ones ("các ngày thứ Bảy", "Chủ nhật hằng
  tuần", "thứ 7 hoặc Chủ nhật") are not dates; "ngày 1/7 tới" is the next 1 July;
* "năm/tháng/tuần vừa qua"; "năm qua" is the year the paragraph writes, else no date (it may be
  the last twelve months); "9 tháng năm 2022" is January–September 2022 ("9 tháng đầu năm");
* lunar months ("tháng Giêng", "tháng Chạp": their solar days, the lunar year nearest
  publication; "rằm tháng Giêng" is a festival); a season or campaign edition with its year
  ("Xuân Giáp Thìn 2024", "Tháng Thanh niên 2019", "Chiến dịch Giờ Trái đất 2024");
* dotted day-months after a cue or in a range ("đến 30.6", "Từ ngày 12.5 đến 15.5"), never
  before a quantity ("12.5 tỷ", "từ 12.5 đến 15.5 tạ/ha");
* the year of a day-month: without a publication date, the article's year, else the school
  year, a year's turn ("tổng kết năm 2019, triển khai nhiệm vụ năm 2020") or review ("tổng kết
  công tác năm 2018" on 10 January: 2019), the year a congress's term says it is held in ("Đại
  hội … nhiệm kỳ 2020 – 2025": 2020; "Đại hội Thi đua … giai đoạn 2020 – 2025": 2025;
  ``years.congress_year``) or the one year of the page address's path, also a
  dated folder "/202008/" (``address_year``); with one, an earlier year its sentence names when
  the year nearest publication would put the event after the page's date (a reprint);
* not dates: "hôm nay" after a content word ("thế hệ trẻ hôm nay": nowadays), a named day in an
  anniversary ("kỷ niệm 111 năm Ngày Quốc tế Phụ nữ 8/3"), a day or month said to recur
  ("ngày 15/5 hàng năm", "ngày 15/2 âm lịch hằng năm", whatever the publication date), fractions
  after a cue ("chiếm đến 1/3 số hộ"), rates ("0,7%/tháng", "3 lần/tháng"), a month without a
  year inside a quoted title ("“Chương trình Đối thoại tháng 5”"), "năm sau … năm trước"
  comparisons;
* an undated text that carries its page's own stamp ("10:24 06/08/2022 Tối 5-8, …", a listing
  teaser's "… 22/08/2020 05:19 Từ đầu năm đến nay …") is dated by it (``stamps.stamp_date``;
  two different stamps date nothing); a quarter without a year in an undated article takes the
  article's year; "giai đoạn sau năm 2020" is no year, "từ 1-1,5%" no day;
* an event or a season with its edition year ("Cuộc chạy vì trẻ em Hà Nội 2016", "mùa huấn
  luyện 2019", "Noel 2016": 25 December) is that year (day), also quoted after its trigger
  ("Chiến dịch “Mùa hè xanh 2017”") or after an ordinal ("lần thứ 24-2019");
* round 8: a crop season with its years is none ("vụ Đông Xuân năm 2023 – 2024"), nor a year
  inside an association's name ("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh …"); vague parts
  of months in a range ("từ trung tuần tháng 10 đến hết tháng 12/2023"); a gloss after "nhằm";
  a press credit's day ("(TTXVN/VietnamPlus.vn 22/9)"); update stamps and page stamps inside or
  closing a headline line; a bracketed dotted range glossing a period ("đầu tháng sáu vừa qua
  (01.06 - 04.06)"); a lower-case named day after "nhân dịp"; "Tết Nguyên đán 2023" as one of
  an undated article's years; "24 tháng 3" is no month; "vui Tết Tân Sửu" is no date;
* round 10: a relative day and its date joined by a dash or a comma, the date followed by a comma
  ("Sáng nay - 23/9, …", "Sáng nay, 10-11, …"), are one day, the written one; a standing text's
  date ("Chỉ thị số 05-CT/TW ngày 15-5-2016") is no year of the article (a plan's still is); a
  bracketed span of twenty years or more ("Lịch sử … (1930 - 2025)") runs to the article's year;
  a term written "nhiệm kì"; a year of birth written "SN 1962"; a day and month written without
  their slash before a year ("Ngày 2310/2023", only when one split makes a date); a month said to
  be an occasion ("tháng 3 là dịp …") is every year's;
* round 11: a final review's day in an undated article takes its period's last year ("tổng kết …
  giai đoạn 2019 - 2024", ``years.review_year``); an edition year closing a quoted event's name
  ("Cuộc thi “… 2023”"); "năm sau khi", "đồng/năm sau" are no year; the lunar days glossing a
  range are one mention; a stamp merged into a headline with a dash and seconds is metadata; the
  things of the holiday ("quà Tết Ất Tỵ", "chợ Tết") are no date; "năm nay" after an ordinal edition
  ("lần thứ 4 năm nay") is this year; a bracketed lunar day without "tức" glosses the day before it;
  a range said to recur ("từ ngày 15/4-15/5 hàng năm") is none; a blank "ngày" before a month range
  ("từ ngày tháng 4/2024 đến …") is no day;
* round 12: "thứ Ba" after a noun an ordinal counts ("Kỳ họp thứ Ba", "phiên họp thứ Năm", "năm
  thứ Ba") is no weekday; a bare year closing a year's theme ("chủ đề năm An toàn cho phụ nữ và trẻ
  em 2020", ``editions.pass_theme_year``) or a call-up ("nhập ngũ 2025", "giao nhận quân 2024",
  ``editions.pass_call_up_year``, also a training year: "ra quân huấn luyện 2025") is that year, and
  so is a bare year right after "chủ đề" or after a programme's or theme's closing quote ("chương
  trình “…” 2025"); a quarter whose "quý" is mistyped one letter off,
  written with its year ("quá 1/2020", ``periods.pass_typo_quarters``);
* round 14: a year the text only implies is never after this year (``years.this_year``): an
  emulation congress whose term ends later opens it ("Đại hội Thi đua … lần thứ VII, giai đoạn
  2024 - 2029": 2024), a period not over has no final review, the article's year hint is dropped;
  "từ đầu năm 2017 đến nay" without a publication date keeps its start; "từ trung tuần tháng 3 đến
  nay" is one range; a bracketed lunar day-month with "Tết", "âm lịch" or its lunar year glosses
  the day before it ("Ngày 27/01/2023 (ngày 06/01 Tết Nguyên đán Quý Mão năm 2023)",
  ``merge._LUNAR_BRACKET``); "hôm nay" set against the future ("cho hôm nay mà cho cả các thế hệ
  mai sau") is no day;
* round 15: a page stamp whose clock time has AM/PM ("05:37 PM 03/05/2023 | Lượt xem …") is
  metadata (``stamps._CLOCK``); a day, month or span said to be a named day or month ("Tháng 3 là
  tháng thanh niên", "từ ngày 10/11 - 10/12 là Tháng hành động …", "ngày 26/3 là ngày thành lập
  Đoàn") or given its holiday's name in apposition as a clause's subject ("Ngày 26/3, ngày Thành
  lập Đoàn … đã trở thành …") recurs every year (``filters.said_to_recur``; a deadline "là ngày
  cuối cùng …" and an event's own day "Sáng 26/3, ngày thành lập Đoàn, …" stay dates); a named day
  with a comma or slash in its name ("Nhân ngày Thế giới phòng, chống AIDS (1-12)") is the
  occasion of the news like any other; a capitalised "Tháng N" right after a programme's, drive's
  or event's head and followed by a word of the name ("Chương trình Tháng 3 biên giới", "Giải
  chạy Tháng 5 vì biển đảo") is part of that name (``periods._month_in_name``); the page of an
  edition closing with its year ("Facebook Tự hào hàng Việt 2016", "Fanpage … 2023") is that
  year (``editions.CAMPAIGN_EDITION``).
* round 25: the page's own date (its opening stamp, a dated folder or a CMS stamp in the address,
  ``years.page_year``) dates an undated day-month before a congress's term or a review's period
  does; a final review of a period written in brackets ("tổng kết ba năm thi đua … (2016 -
  2018)") gives its last year; the term of a congress whose resolution is only carried out
  ("thực hiện Nghị quyết Đại hội lần thứ XIV … nhiệm kỳ 2016-2021") neither dates nor blocks the
  congress held; days of one month alone in a bracket ("kéo dài 2 ngày (18 và 19-11)", "cuối
  tuần qua (16 và 17-11)") are one range (``day_ranges.pass_bracket_joined_days``); a relative
  day apposed to a range's first day ("từ sáng nay 14/10 đến 17/10") is in the range; a fixed
  lunar festival with its year ("lễ Vu Lan báo hiếu 2019", "Tết Trung thu 2022", "Rằm tháng
  Giêng năm 2023") is its solar day (``lunar_forms.pass_lunar_festival_year``); a year before
  1900 after "năm" ("năm 1785") and a bracketed history opening before 1900 ("(1789-2024)") are
  dates, and so is a year run into "năm" ("năm2021"); not dates: "năm nay" of a crop season
  ("vụ chiêm năm nay"), "vui đón Tết Giáp Ngọ", "một cái Tết Quý Mão", an amount after "tháng"
  ("mỗi tháng 1.500.000 đồng"). A can chi alone still dates nothing in an
  undated article, even beside a solar day its lunar gloss fixes or a year the page gives (the
  adjudicated labels of batches 37–40).

Layout (issue 14, item 5): an ordered list of small passes (``PASSES``) over one candidate type
(``mention.Collector``: a span of the sentence with its resolved period; a span taken by an
earlier pass is not reused by a later one) with one resolver (``resolve``: calendar arithmetic
against the publication date). A new failure kind is a new pass with its own test.

* ``grammar``: the regular-expression pieces every pass shares (day parts, weekdays, day-months,
  can chi);
* ``mention``: the candidate and its sentence context (``Collector``);
* ``resolve``: days, months, quarters, years, ranges, lunar days and relative words resolved
  against the publication date;
* ``years``: the year a text gives elsewhere (the article's year, a school year, a year's turn,
  the page address, the year a sentence is about);
* ``filters``: what is not a date (counts, shares, quantities, recurring days, durations, names);
* the passes, one module per family: ``stamps`` (page metadata), ``lunar_forms``, ``day_ranges``,
  ``days``, ``dotted``, ``relative`` (relative words, weekdays), ``periods`` (halves, quarters,
  months, years and their lists), ``period_ranges``, ``editions`` (a season or an event with its
  year); ``merge`` joins mentions written side by side as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from baochi.nlp.dates.day_ranges import (
    pass_bracket_joined_days,
    pass_day_to_year,
    pass_dm_dash_range,
    pass_full_ranges,
    pass_joined_dash,
    pass_joined_days,
    pass_range_to,
    pass_since,
    pass_until_from_now,
    pass_worded_from,
    pass_written_range,
    pass_year_to_day,
)
from baochi.nlp.dates.days import (
    pass_day,
    pass_paren_relative,
    pass_run_together_day,
    pass_two_digit_year,
)
from baochi.nlp.dates.dotted import (
    pass_cued_dotted,
    pass_dotted_day,
    pass_dotted_range,
    pass_dotted_relative,
    pass_occasion_dotted,
)
from baochi.nlp.dates.editions import (
    pass_call_up_year,
    pass_campaign_edition,
    pass_can_chi_year,
    pass_christmas,
    pass_edition_year,
    pass_quoted_edition,
    pass_season_year,
    pass_spring_year,
    pass_summer_edition,
    pass_theme_year,
)
from baochi.nlp.dates.grammar import DIGIT, DM_HINT
from baochi.nlp.dates.lunar_forms import (
    pass_lunar_day,
    pass_lunar_festival_year,
    pass_lunar_months,
    pass_lunar_named_month_day,
    pass_lunar_numbered_month,
    pass_lunar_written_day,
    pass_tet,
)
from baochi.nlp.dates.mention import Collector
from baochi.nlp.dates.merge import merge_apposed
from baochi.nlp.dates.period_ranges import (
    pass_bracket_years,
    pass_month_range,
    pass_month_year_range,
    pass_since_month,
    pass_until_month_end,
    pass_until_year_end,
    pass_year_ranges,
    pass_ytd_to_month,
)
from baochi.nlp.dates.periods import (
    pass_birth_year,
    pass_event_bracket_year,
    pass_founding_bracket_year,
    pass_halves,
    pass_horizon_year,
    pass_month_list,
    pass_month_words,
    pass_months,
    pass_new_year,
    pass_quarter_list,
    pass_quarters,
    pass_typo_quarters,
    pass_year_list,
    pass_years,
)
from baochi.nlp.dates.relative import (
    pass_hours_ago,
    pass_old_year,
    pass_relative,
    pass_relative_year_period,
    pass_weekday,
    pass_year_end,
)
from baochi.nlp.dates.stamps import pass_gmt_stamp, pass_stamp, stamp_date
from baochi.nlp.dates.years import SENTENCE_YEAR, YEAR_HINT, address_year, sentence_year, year_hints
from baochi.nlp.model import DateMention
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet
from baochi.nlp.tokens import TextView

__all__ = ["PASSES", "address_year", "extract"]
PASSES: tuple[Callable[[Collector, str, date | None], None], ...] = (
    pass_stamp,
    pass_gmt_stamp,
    pass_tet,
    pass_lunar_day,
    pass_lunar_written_day,
    pass_lunar_named_month_day,
    pass_written_range,
    pass_worded_from,
    pass_full_ranges,
    pass_day_to_year,
    pass_year_to_day,
    pass_since,
    pass_until_from_now,
    pass_since_month,
    pass_until_year_end,
    pass_until_month_end,
    pass_month_year_range,
    pass_ytd_to_month,
    pass_month_range,
    pass_month_list,
    pass_range_to,
    pass_dm_dash_range,
    pass_dotted_range,
    pass_paren_relative,
    pass_dotted_relative,
    pass_bracket_joined_days,
    pass_joined_days,
    pass_joined_dash,
    pass_two_digit_year,
    pass_day,
    pass_run_together_day,
    pass_dotted_day,
    pass_cued_dotted,
    pass_occasion_dotted,
    pass_halves,
    pass_weekday,
    pass_relative_year_period,
    pass_relative,
    pass_old_year,
    pass_year_end,
    pass_quarter_list,
    pass_quarters,
    pass_typo_quarters,
    pass_year_ranges,
    pass_bracket_years,
    pass_lunar_numbered_month,
    pass_months,
    pass_month_words,
    pass_lunar_months,
    pass_new_year,
    pass_christmas,
    pass_lunar_festival_year,
    pass_spring_year,
    pass_can_chi_year,
    pass_year_list,
    pass_years,
    pass_birth_year,
    pass_founding_bracket_year,
    pass_event_bracket_year,
    pass_horizon_year,
    pass_summer_edition,
    pass_edition_year,
    pass_campaign_edition,
    pass_theme_year,
    pass_call_up_year,
    pass_quoted_edition,
    pass_season_year,
    pass_hours_ago,
)


# the passes that can find a date in a sentence without a digit (words only: "hôm qua", "thứ
# Bảy", "quý I", "sáu tháng đầu năm", "tháng Giêng", "Tết Tân Sửu", "vài giờ trước" …); a
# sentence without digits runs only these, in the same order
_WORD_PASSES = tuple(r for r in PASSES if r in {
    pass_tet, pass_until_year_end, pass_weekday, pass_relative_year_period, pass_relative, pass_old_year,
    pass_year_end, pass_halves, pass_quarter_list, pass_quarters, pass_month_words, pass_lunar_months,
    pass_hours_ago})


def _sentence_dates(c: Collector, sent: str, pub: date | None) -> None:
    c.has_digit = DIGIT.search(sent) is not None
    c.has_dm = c.has_digit and DM_HINT.search(sent) is not None
    token = SENTENCE_YEAR.set(sentence_year(sent, pub) if c.has_digit else None)
    try:
        for step in PASSES if c.has_digit else _WORD_PASSES:
            step(c, sent, pub)
    finally:
        SENTENCE_YEAR.reset(token)
    merge_apposed(c)


def extract(view: TextView, pub: date | None, quotes: list[Quote] | None = None,
            address: str | None = None) -> list[DateMention]:
    """Dates of every sentence; ``quotes`` (quoted spans) keep relative words of slogans out;
    ``address`` (the page address, when that is what the caller knows of the source) gives the
    article's year when neither ``pub`` nor the text does (``address_year``)."""
    quoted = SpanSet([(q.start, q.end) for q in quotes or []])
    if pub is not None and not 1900 <= pub.year <= 2100:
        pub = None  # an absurd page date ("0001-01-01") is no publication date to resolve against
    if pub is None:
        pub = stamp_date(view.text)  # a listing page's own stamp in the text dates its teaser
    hints = year_hints(view.fold, address) if pub is None else None
    token = YEAR_HINT.set(hints)
    try:
        out = _extract(view, pub, quoted)
    finally:
        YEAR_HINT.reset(token)
    if hints is not None and all(v is None for v in hints._replace(tet=None)):
        # an undated article whose only year is an edition's ("mùa giải 2023", "Mùa hè xanh
        # 2023", "lần thứ X - 2023" read by the passes, not by the hints): that year dates its
        # day-months too, as a year written elsewhere in the paragraph does
        years = {d.date_start[:4] for d in out if d.granularity == "year" and d.date_start}
        if len(years) == 1 and any(d.date_start is None for d in out):
            token = YEAR_HINT.set(hints._replace(year=int(years.pop())))
            try:
                out = _extract(view, pub, quoted)
            finally:
                YEAR_HINT.reset(token)
    return out


def _extract(view: TextView, pub: date | None, quoted: SpanSet) -> list[DateMention]:
    out: list[DateMention] = []
    for idx, (s_start, s_end) in enumerate(view.sentence_spans):
        sent = view.fold[s_start:s_end]
        if not DIGIT.search(sent) and not _RELATIVE_HINT.search(sent):
            continue
        c = Collector(view, s_start, s_end, idx, quoted)
        c.pub = pub
        _sentence_dates(c, sent, pub)
        out.extend(c.out)
    out.sort(key=lambda d: (d.start, d.end))
    return out


_RELATIVE_HINT = re.compile(r"nay|qua|mai|tuần|tháng|năm|hôm|quý|quí|tết|thứ|chủ nhật")
