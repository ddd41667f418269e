"""Date forms of real-text round 6 (issue 14: campaign batch 15, provincial papers). Sentences
written for the test (not press text): a new spring named with its can chi and number, a number
range ending in a decimal, the year an open period starts after, a quarter or day-month in an
undated article (the year the article makes clear: a quarter turn, an anniversary range's end)."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2021-11-20") -> list[DateRow]:
    return date_rows(text, pub)


def test_new_spring_with_can_chi_and_number():
    assert dates("Những ngày đầu xuân mới Kỷ Hợi 2019, công nhân nhà máy ra quân sản xuất.", None) == [
        ("xuân mới Kỷ Hợi 2019", "2019-01-01", "2019-12-31", "year")]
    assert dates("Ban biên tập chúc bạn đọc năm mới Canh Tý 2020 an khang.", None) == [
        ("năm mới Canh Tý 2020", "2020-01-01", "2020-12-31", "year")]
    # without the number it is no date; with the can chi only, as before
    assert dates("Những ngày đầu xuân mới Kỷ Hợi, công nhân ra quân.", None) == []
    assert dates("Đón Xuân Giáp Thìn 2024, xã trao 200 suất quà.", None) == [
        ("Xuân Giáp Thìn 2024", "2024-01-01", "2024-12-31", "year")]


def test_number_range_ending_in_a_decimal_is_no_date():
    assert dates("Tỉnh phấn đấu đến cuối năm 2022 giảm tỷ lệ hộ nghèo thêm từ 1-1,5%.") == [
        ("cuối năm 2022", "2022-01-01", "2022-12-31", "year")]
    assert dates("Năng suất tăng từ 2-2,5 lần so với giống cũ.") == []
    # a day-month range after "từ" is still a range
    assert dates("Từ 1-12 đến 15-12, huyện ra quân dọn vệ sinh.") == [
        ("Từ 1-12 đến 15-12", "2021-12-01", "2021-12-15", "range")]


def test_year_an_open_period_starts_after_is_no_date():
    assert dates("Ban Dân vận đề ra phương hướng cho giai đoạn sau năm 2025.") == []
    assert dates("Thời kỳ sau năm 2030, tỉnh tập trung phát triển du lịch.") == []
    # an event after a year still names that year
    assert dates("Sau năm 1986, hợp tác xã chuyển sang cơ chế mới.") == [
        ("năm 1986", "1986-01-01", "1986-12-31", "year")]


def test_quarter_in_undated_article_takes_the_articles_year():
    text = ("Sáng 8/4, Ban Thường vụ Huyện ủy đánh giá công tác quý I, triển khai nhiệm vụ công "
            "tác quý II/2023.")
    assert dates(text, None) == [
        ("Sáng 8/4", "2023-04-08", "2023-04-08", "day"),
        ("quý I", "2023-01-01", "2023-03-31", "quarter"),
        ("quý II/2023", "2023-04-01", "2023-06-30", "quarter")]


def test_anniversary_range_gives_the_articles_year():
    # the range's first day is history: the anniversary's year is the article's
    text = ("Nhân kỷ niệm 79 năm Ngày thành lập ngành (28/8/1945 – 28/8/2024), chiều ngày 27/8, "
            "lãnh đạo huyện đến thăm, chúc mừng cán bộ ngành.")
    assert dates(text, None) == [
        ("28/8/1945 – 28/8/2024", "1945-08-28", "2024-08-28", "range"),
        ("chiều ngày 27/8", "2024-08-27", "2024-08-27", "day")]


def test_a_listing_stamp_in_the_text_dates_an_undated_teaser():
    # the page's own stamp between a teaser's headline and lead is its publication date
    text = ("Hội Nông dân trao 40 con bò giống cho hội viên 14/09/2021 08:30 Từ đầu năm đến nay, "
            "hội đã hỗ trợ 120 hộ thoát nghèo.")
    assert dates(text, None) == [("Từ đầu năm đến nay", "2021-01-01", "2021-09-14", "range")]
    assert dates("09:15 03/03/2023 Sáng nay, xã ra quân Tết trồng cây tại đồi thông.", None) == [
        ("Sáng nay", "2023-03-03", "2023-03-03", "day")]
    # a page date given wins; two different stamps (two teasers) date nothing
    assert dates("Tin 14/09/2021 08:30 Từ đầu năm đến nay, hội hỗ trợ 120 hộ.", "2021-10-01") == [
        ("Từ đầu năm đến nay", "2021-01-01", "2021-10-01", "range")]
    two = ("Tin A 14/09/2021 08:30 Từ đầu năm đến nay, hội hỗ trợ 120 hộ. Tin B 02/10/2021 09:00 "
           "Xã trao quà.")
    assert dates(two, None) == [("Từ đầu năm đến nay", None, None, "range")]
