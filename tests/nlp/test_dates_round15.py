"""Date forms of real-text round 15 (batch 13, issue 14). Sentences written for the test (not
press text): a page stamp with AM/PM, a day, month or span said to be a named day or month, a
holiday's name in apposition as a clause's subject, a named day with a comma in its name as the
occasion of the news."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = None, source: str | None = None) -> list[DateRow]:
    return date_rows(text, pub, source)


def test_a_page_stamp_with_am_pm_is_metadata() -> None:
    assert dates("09:15 AM 12/04/2024 | Lượt xem: 120 In bài viết |Xã tổ chức hội nghị.") == []
    assert dates("10:24 06/08/2022 Tối 5-8, hội nghị diễn ra.") == [
        ("Tối 5-8", "2022-08-05", "2022-08-05", "day")]


def test_a_day_month_or_span_said_to_be_a_named_one_recurs() -> None:
    assert dates("Tháng 5 là tháng công nhân, các cấp công đoàn ra quân.", "2024-05-02") == []
    assert dates("Mỗi địa phương chọn từ ngày 1/6 - 30/6 là Tháng hành động vì trẻ em.",
                 "2024-05-02") == []
    assert dates("Ngày 19/5 là ngày Thành lập Đội, các em tổ chức cắm trại.", "2024-05-02") == []
    # a deadline is a day of the text
    assert dates("Tháng 6 là tháng cao điểm của đợt kiểm tra.", "2024-05-02")[0][0] == "Tháng 6"
    assert dates("Ngày 15/6 là ngày cuối cùng nhận hồ sơ.", "2024-05-02") == [
        ("Ngày 15/6", "2024-06-15", "2024-06-15", "day")]


def test_a_holiday_named_in_apposition_as_the_subject_recurs() -> None:
    assert dates("Ngày 15/5, ngày Thành lập Đội đã trở thành dịp vui của thiếu nhi.",
                 "2024-05-20") == []
    # the event's own day, the apposition closed by a comma, is a date
    assert dates("Sáng 15/5, ngày thành lập Đội, liên đội tổ chức lễ kết nạp.", "2024-05-20") == [
        ("Sáng 15/5", "2024-05-15", "2024-05-15", "day")]


def test_a_named_day_with_a_comma_in_its_name_as_the_occasion() -> None:
    rows = dates("Nhân ngày Thế giới phòng, chống lao (24-3), trạm y tế tổ chức tuyên truyền.",
                 None, "https://example.vn/2019/03/tram-y-te-tuyen-truyen.html")
    assert [(r[1], r[3]) for r in rows] == [("2019-03-24", "day")]


def test_a_month_a_programme_s_name_is_made_of() -> None:
    assert dates("Giải chạy Tháng 5 vì biển đảo thu hút 300 vận động viên.", "2024-05-20") == []
    # the month of this year's programme, or a month in lower case, is a date
    assert dates("Chương trình Tháng 5 năm nay diễn ra sôi nổi.", "2024-05-20")[0][0] == \
        "Tháng 5 năm nay"
    assert dates("Chương trình tháng 5 của huyện có nhiều hoạt động.", "2024-05-20")[0][0] == \
        "tháng 5"


def test_the_page_of_an_edition_with_its_year() -> None:
    assert dates("Nhiều bạn trẻ theo dõi Fanpage Tuổi trẻ sáng tạo 2023 của Tỉnh đoàn.") == [
        ("2023", "2023-01-01", "2023-12-31", "year")]
    # a count after a page is no year
    assert dates("Trang facebook của xã có 2016 lượt thích.") == []


def test_a_day_said_to_be_a_festival_s_is_a_date() -> None:
    assert dates("Ngày 15/6 là Ngày hội việc làm của huyện.", "2024-05-20") == [
        ("Ngày 15/6", "2024-06-15", "2024-06-15", "day")]
