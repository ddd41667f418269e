"""Date forms of real-text round 5 (issue 14): a holiday's own day-month is not a date unless the
holiday is the occasion of what the sentence reports, rates are not months, "từ nay đến cuối
tháng M" is a range. Sentences written for the test (not press text)."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2025-11-10") -> list[DateRow]:
    return date_rows(text, pub)


def test_holiday_gloss_is_not_a_date():
    # the holiday named with its own day, celebrated or defined: every year's day
    assert dates("Giải bóng đá là hoạt động thường niên chào mừng Ngày Nhà giáo Việt Nam 20/11.") == []
    assert dates("Ngày Nhà giáo Việt Nam 20-11 là dịp học trò tri ân thầy cô.") == []
    assert dates("Các lớp thi đua hướng về ngày Nhà giáo Việt Nam 20/11 bằng nhiều việc tốt.") == []
    assert dates("Đoàn viên dâng hương nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7).") == []
    assert dates("Xã tổ chức gặp mặt chào mừng Ngày Thương binh - Liệt sĩ (ngày 27/7).") == []
    assert dates("Các trường phát động thi đua hưởng ứng Ngày Pháp luật Việt Nam 9/11.") == []


def test_holiday_as_the_occasion_is_this_years_day():
    assert dates("Nhân Ngày Doanh nhân Việt Nam (13-10), hội gặp mặt hội viên.", pub="2025-10-12") == [
        ("(13-10)", "2025-10-13", "2025-10-13", "day")]
    assert dates("Nhân dịp Ngày Nhà giáo Việt Nam 20/11, huyện thăm các trường.") == [
        ("20/11", "2025-11-20", "2025-11-20", "day")]
    # a year written, or the event's own part of day, dates the text whatever comes before
    assert dates("Chào mừng Ngày Nhà giáo Việt Nam 20/11/2025, trường tổ chức hội diễn.") == [
        ("20/11/2025", "2025-11-20", "2025-11-20", "day")]
    assert dates("Chào mừng Ngày Nhà giáo Việt Nam, sáng 19/11 trường tổ chức hội diễn.") == [
        ("sáng 19/11", "2025-11-19", "2025-11-19", "day")]


def test_rates_are_not_months():
    assert dates("Lãi suất cho vay 0,6%/tháng, tức 7,2%/năm.") == []
    assert dates("Phí cho vay là 0,7%/tháng  8,4%/năm, thời hạn 36 tháng.") == []
    assert dates("Tổ vệ sinh đường làng 2 lần/ tháng 3 buổi mỗi lần.") == []
    assert dates("Hội nghị giao ban vào tháng 8, mức phí giữ nguyên.") == [
        ("tháng 8", "2025-08-01", "2025-08-31", "month")]


def test_from_now_to_the_end_of_a_month():
    assert dates("Từ nay đến cuối tháng 12, hội tiếp tục trao 5 căn nhà.") == [
        ("Từ nay đến cuối tháng 12", "2025-11-10", "2025-12-31", "range")]
    assert dates("Từ nay đến hết tháng 3/2026, huyện ra quân dọn vệ sinh.") == [
        ("Từ nay đến hết tháng 3/2026", "2025-11-10", "2026-03-31", "range")]
    # a month already past this year is next year's
    assert dates("Từ nay đến tháng 2, xã hoàn thành 10 km đường.") == [
        ("Từ nay đến tháng 2", "2025-11-10", "2026-02-28", "range")]
    assert dates("Từ nay đến cuối tháng 12, hội trao nhà.", pub=None) == [
        ("Từ nay đến cuối tháng 12", None, None, "range")]


def test_national_day_as_gloss_or_occasion():
    assert dates("Cả nước kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 trong niềm tự hào.",
                 pub="2025-08-25") == []
    assert dates("Dịp nghỉ lễ Quốc khánh 2/9, khu du lịch đón 20.000 lượt khách.", pub="2025-08-25") == [
        ("2/9", "2025-09-02", "2025-09-02", "day")]


def test_a_school_year_after_a_programme_is_no_edition_year():
    assert dates("Liên đội thực hiện Chương trình công tác Đội năm học 2024 - 2025 với nhiều hoạt động.") == []
    assert dates("Tỉnh đoàn phát động Chiến dịch Giờ Trái đất 2025 tại quảng trường.") == [
        ("2025", "2025-01-01", "2025-12-31", "year")]


def test_a_listing_stamp_between_headline_and_lead_is_no_date():
    assert dates("Hội trao 20 suất quà cho hội viên 15/09/2024 08:30 Sáng 14/9, hội tổ chức trao quà.",
                 pub=None) == [("Sáng 14/9", "2024-09-14", "2024-09-14", "day")]
    # a date and a time written in a sentence stay a date
    assert dates("Hội nghị khai mạc ngày 15/09/2024 lúc 08:30 tại hội trường.", pub=None) == [
        ("ngày 15/09/2024", "2024-09-15", "2024-09-15", "day")]


def test_the_year_of_a_day_without_one_and_without_a_publication_date():
    # a dated folder in the page address ("/202008/") is the article's year
    assert [d[1] for d in date_rows("Đại hội được tổ chức vào ngày 16/8 tại hội trường huyện.", None,
                                    "https://dai.vn/xay-dung-dang/202008/bai-viet-e45/")] == ["2020-08-16"]
    # a year's review is held from its December to the next spring
    assert dates("Chiều ngày 12.1, xã tổ chức hội nghị tổng kết công tác năm 2018.", pub=None) == [
        ("ngày 12.1", "2019-01-12", "2019-01-12", "day"), ("năm 2018", "2018-01-01", "2018-12-31", "year")]
    assert dates("Chiều ngày 20.12, xã tổ chức hội nghị tổng kết công tác năm 2018.", pub=None) == [
        ("ngày 20.12", "2018-12-20", "2018-12-20", "day"), ("năm 2018", "2018-01-01", "2018-12-31", "year")]
    # a lunar year written with its number names the article's year
    assert dates("Sáng 3/2, hội trao quà dịp Tết Nguyên đán Bính Ngọ 2026.", pub=None)[0] == (
        "Sáng 3/2", "2026-02-03", "2026-02-03", "day")


def test_an_edition_year_before_a_full_stop():
    assert dates("Tỉnh phát động Tháng công nhân 2025. Các cấp công đoàn hưởng ứng.", pub=None) == [
        ("2025", "2025-01-01", "2025-12-31", "year")]


def test_a_range_of_days_with_the_month_written_out_after_tu():
    assert dates("Hội thi diễn ra từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021 tại huyện.") == [
        ("từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021", "2021-03-17", "2021-03-19", "range")]
    assert dates("Đợt thi đua kéo dài từ 5 đến 25 tháng 4 năm 2024.") == [
        ("từ 5 đến 25 tháng 4 năm 2024", "2024-04-05", "2024-04-25", "range")]
    assert dates("Đợt cao điểm từ 20 tháng 12 đến 15 tháng 1 năm 2025.") == [
        ("từ 20 tháng 12 đến 15 tháng 1 năm 2025", "2024-12-20", "2025-01-15", "range")]
    assert dates("Trẻ từ 2 đến 3 tháng tuổi được tiêm vắc xin.") == []


def test_the_holiday_break_is_the_occasion():
    assert dates("Trong kỳ nghỉ lễ Quốc khánh 2/9, tỉnh đón 30.000 lượt khách.", pub="2025-09-04") == [
        ("2/9", "2025-09-02", "2025-09-02", "day")]
    # dotted the same way
    assert dates("Cả nước kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2.9.", pub="2025-08-25") == []
    assert dates("Dịp nghỉ lễ Quốc khánh 2.9, khu du lịch đón khách.", pub="2025-08-25") == [
        ("2.9", "2025-09-02", "2025-09-02", "day")]
