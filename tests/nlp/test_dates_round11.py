"""Date failure kinds of real-text round 11 (issue 14: the kinds held-out batch 10 showed, its new
outlets now dev). Every sentence here was written for these tests (no press text). Each test is
one kind — a final review's day dated by its period's last year, an edition year closing a quoted
event's name, "năm sau khi", the lunar days glossing a range, a stamp merged into a headline, a
year inside a steering committee's name — plus the forms around each that must keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import date_rows

PUB = "2024-06-12T08:00:00+07:00"


def dates(text: str, pub: str | None = None) -> list[tuple[str, str | None, str | None, str]]:
    return date_rows(text, pub)


def test_a_final_reviews_day_takes_its_periods_last_year():
    assert dates("Sáng 20/12, Hội Nông dân tỉnh tổng kết phong trào nông dân thi đua sản xuất, kinh doanh "
                 "giỏi giai đoạn 2019 - 2024.") == [
        ("Sáng 20/12", "2024-12-20", "2024-12-20", "day"),
        ("giai đoạn 2019 - 2024", "2019-01-01", "2024-12-31", "range")]
    assert dates("Ngày 15/11, huyện tổ chức hội nghị tổng kết 20 năm thực hiện phong trào ở khu dân cư "
                 "giai đoạn 2004 – 2024.")[0] == ("Ngày 15/11", "2024-11-15", "2024-11-15", "day")
    # an interim review falls inside the period: no year of its own
    assert dates("Ngày 15/11, huyện sơ kết Chương trình xây dựng nông thôn mới giai đoạn 2021-2025.")[0] == (
        "Ngày 15/11", None, None, "day")
    # a publication date, or a year the paragraph writes, wins
    assert dates("Sáng 20/12, tỉnh tổng kết phong trào giai đoạn 2019 - 2024.", "2025-01-05T08:00:00+07:00")[0] == (
        "Sáng 20/12", "2024-12-20", "2024-12-20", "day")
    # two reviews of different periods give none
    assert dates("Sáng 20/12, xã tổng kết phong trào giai đoạn 2019 - 2024 và tổng kết đề án giai đoạn "
                 "2016 - 2020.")[0] == ("Sáng 20/12", None, None, "day")


def test_an_edition_year_closing_a_quoted_events_name():
    assert dates("Sáng 12/10, hội trao giải Cuộc thi “Giọng hát hay - Quê hương 2023” cho 12 thí sinh.",
                 "2023-10-12T08:00:00+07:00") == [
        ("Sáng 12/10", "2023-10-12", "2023-10-12", "day"), ("2023", "2023-01-01", "2023-12-31", "year")]
    assert dates("Hội thi “Nhà nông đua tài 2019” thu hút 10 đội tham gia.") == [
        ("2019", "2019-01-01", "2019-12-31", "year")]
    # a title's year after another word is left alone
    assert dates("Xã đạt danh hiệu “Xã văn hóa 2021” sau 3 năm phấn đấu.") == []


def test_nam_sau_opening_sau_khi_is_no_year():
    assert dates("Mỗi hộ thu 200 triệu đồng/năm sau khi trừ chi phí.", PUB) == []
    assert dates("Một năm sau khi thành lập, hợp tác xã có 40 thành viên.", PUB) == []
    assert dates("Hai năm sau đó, anh mở rộng trang trại.", PUB) == []
    # next year is still next year
    assert dates("Năm sau, xã sẽ xây thêm 2 phòng học.", PUB) == [("Năm sau", "2025-01-01", "2025-12-31", "year")]
    assert dates("Kế hoạch năm sau được trình hội đồng.", PUB) == [("năm sau", "2025-01-01", "2025-12-31", "year")]


def test_the_lunar_days_glossing_a_range_are_one_mention():
    assert dates("Hội làng diễn ra trong ngày 8 và 9-12 (tức ngày 8 và 9-11 Âm lịch) tại đình.", PUB) == [
        ("ngày 8 và 9-12 (tức ngày 8 và 9-11 Âm lịch)", "2024-12-08", "2024-12-09", "range")]
    assert dates("Lễ hội diễn ra từ ngày 8 đến 9-12 (tức ngày 8 đến 9-11 âm lịch) tại đình làng.", PUB) == [
        ("từ ngày 8 đến 9-12 (tức ngày 8 đến 9-11 âm lịch)", "2024-12-08", "2024-12-09", "range")]
    # a second range that is no gloss stays a mention of its own
    assert dates("Lễ hội diễn ra ngày 8 và 9-12; ngày 20 và 21-6 xã tổng kết.", PUB) == [
        ("ngày 8 và 9-12", "2024-12-08", "2024-12-09", "range"),
        ("ngày 20 và 21-6", "2024-06-20", "2024-06-21", "range")]


def test_a_stamp_merged_into_a_headline_is_metadata():
    assert dates("Hội thăm gia đình khó khăn12/06/2024 - 10:15:00 Sáng nay 12/6, Hội Phụ nữ huyện trao quà "
                 "cho 20 hộ.", PUB) == [("Sáng nay 12/6", "2024-06-12", "2024-06-12", "day")]
    assert dates("Trao quà cho học sinh nghèo 03/09/2023 - 08:05:12 Chiều 2/9, xã trao 50 suất quà.",
                 "2023-09-03T08:00:00+07:00") == [("Chiều 2/9", "2023-09-02", "2023-09-02", "day")]
    # a date with a time of day in the text is still a date
    assert dates("Ngày 12/06/2024 lúc 10:15, đoàn đến xã.", PUB)[0][:2] == ("Ngày 12/06/2024", "2024-06-12")


def test_a_year_inside_a_steering_committees_name_is_a_year():
    assert dates("Ban Chỉ đạo Chiến dịch Thanh niên tình nguyện hè 2016 tỉnh họp phiên đầu tiên.") == [
        ("2016", "2016-01-01", "2016-12-31", "year")]
    # a year in an association's standing name is none (round 8)
    assert dates("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Nghệ An gặp mặt hội viên.") == []


def test_things_named_after_a_lunar_new_year_date_nothing():
    assert dates("Hội trao quà Tết Ất Tỵ cho 100 hộ nghèo.") == []
    assert dates("Hội trao quà Tết Ất Tỵ cho 100 hộ nghèo.", "2025-01-20T08:00:00+07:00") == []
    assert dates("Bà con đi chợ Tết Giáp Thìn từ sáng sớm.") == []
    # the occasion of the news stays a date (null without a publication date), and the numbered
    # year is always one
    assert dates("Nhân dịp Tết Ất Tỵ, hội trao 100 suất quà.") == [("Tết Ất Tỵ", None, None, "day")]
    assert dates("Hội trao quà Tết Ất Tỵ 2025 cho 100 hộ.") == [("Tết Ất Tỵ 2025", "2025-01-29", "2025-01-29", "day")]


def test_nam_nay_after_an_ordinal_edition_is_this_year():
    pub = "2022-09-20T08:00:00+07:00"
    assert dates("Ngày Chủ nhật xanh lần thứ 4 năm nay thu hút 500 đoàn viên.", pub) == [
        ("năm nay", "2022-01-01", "2022-12-31", "year")]
    assert dates("Hội thi lần thứ 3 năm nay có 20 đội tham gia.", pub) == [
        ("năm nay", "2022-01-01", "2022-12-31", "year")]
    # a count before it is a duration, as before
    assert dates("Gần 5 năm nay, hội đã giúp 30 hộ thoát nghèo.", pub) == []
    assert dates("Sau 4 năm qua, xã đã có 3 mô hình.", pub) == []


def test_a_blank_day_before_a_month_range_is_no_day():
    assert dates("Dự án triển khai từ ngày tháng 4/2024 đến hết tháng 8/2024 tại 10 xã.") == [
        ("từ ngày tháng 4/2024 đến hết tháng 8/2024", "2024-04-01", "2024-08-31", "range")]
    assert dates("Từ tháng 2/2010 đến tháng 6/2012, xã xây 3 trường.") == [
        ("Từ tháng 2/2010 đến tháng 6/2012", "2010-02-01", "2012-06-30", "range")]


def test_a_bracketed_lunar_day_glosses_the_day_before_it():
    assert dates("Các tỉnh tổ chức lễ phát động năm mới Bính Ngọ 2026 vào ngày 22/2 (mùng 6 Tết Bính Ngọ).") == [
        ("năm mới Bính Ngọ 2026", "2026-01-01", "2026-12-31", "year"),
        ("ngày 22/2 (mùng 6 Tết Bính Ngọ)", "2026-02-22", "2026-02-22", "day")]
    # a lunar day that is no gloss stays a mention of its own
    assert dates("Ngày 22/2, xã trồng cây; mùng 6 Tết Bính Ngọ, huyện ra quân.") == [
        ("Ngày 22/2", None, None, "day"), ("mùng 6 Tết Bính Ngọ", None, None, "day")]


def test_a_range_said_to_recur_is_no_date():
    pub = "2024-04-20T08:00:00+07:00"
    assert dates("Tháng hành động diễn ra từ ngày 15/4-15/5 hàng năm trên cả nước.", pub) == []
    assert dates("Chiến dịch diễn ra trong tháng 7 và 8 hằng năm.", pub) == []
    # with its year it is that year's range
    assert dates("Tháng hành động diễn ra từ ngày 15/4 đến 15/5/2024.", pub) == [
        ("từ ngày 15/4 đến 15/5/2024", "2024-04-15", "2024-05-15", "range")]
