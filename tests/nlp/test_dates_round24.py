"""Date forms of round 24: a lunar year written with a dash before its number, vague parts of a
month kept in the surface, "9 tháng năm nay", an association named by its short form and a
served year, a named month glossed by its month, anniversaries of international days. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse
from baochi.nlp.dates.anniversaries import anniversary_year


def dates(text: str, published: str | None) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.surface, d.date_start, d.date_end, d.granularity)
            for d in analyse(text, published, "baohaugiang").dates]


# --- a can chi and its year joined by a dash -------------------------------------------------

def test_tet_and_spring_with_a_dashed_year_date_the_undated_paragraph():
    text = ("Nhân dịp Tết Nguyên đán Quý Mão – 2023, sáng nay 15/1, Hội Chữ thập đỏ huyện trao quà "
            "Tết xuân Quý Mão – 2023 cho hộ nghèo.")
    assert dates(text, None) == [
        ("Tết Nguyên đán Quý Mão – 2023", "2023-01-22", "2023-01-22", "day"),
        ("sáng nay 15/1", "2023-01-15", "2023-01-15", "day"),
        ("xuân Quý Mão – 2023", "2023-01-01", "2023-12-31", "year"),
    ]


def test_a_spring_with_a_dashed_year_after_the_day():
    assert dates("Sáng 20/1, hội trao 100 suất quà Xuân Ất Tỵ - 2025.", None) == [
        ("Sáng 20/1", "2025-01-20", "2025-01-20", "day"),
        ("Xuân Ất Tỵ - 2025", "2025-01-01", "2025-12-31", "year"),
    ]


def test_a_tet_without_its_can_chi_takes_no_dashed_number():
    assert dates("Tết Nguyên đán - 2024 hộ được nhận quà.", "2024-01-20") == []


# --- vague parts of a month ---------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, start", [
    ("Trung tuần tháng 7 năm nay, đoàn về thăm nghĩa trang.", "Trung tuần tháng 7 năm nay", "2024-07-01"),
    ("Dịp thượng tuần tháng 8, đoàn về thăm xã.", "thượng tuần tháng 8", "2024-08-01"),
    ("Vào hạ tuần tháng 3/2023, hội nghị diễn ra.", "hạ tuần tháng 3/2023", "2023-03-01"),
    ("Cuối tháng 10 năm nay, hội tổ chức hội thi.", "Cuối tháng 10 năm nay", "2024-10-01"),
    ("Giữa tháng Tám, đoàn đến thăm trường.", "Giữa tháng Tám", "2024-08-01"),
    ("Đầu tháng 5 năm 2023, xã tổ chức ra quân.", "Đầu tháng 5 năm 2023", "2023-05-01"),
])
def test_a_vague_part_of_a_month_is_in_the_surface_and_the_value_is_the_month(text, surface, start):
    (got,) = dates(text, "2024-09-01")
    assert got[0] == surface and got[1] == start and got[3] == "month"


def test_a_vague_part_of_a_month_of_this_year_in_an_undated_paragraph():
    text = "Năm 2020, hội trao 50 suất quà. Dịp trung tuần tháng 7 năm nay, đoàn về thăm nghĩa trang."
    assert dates(text, None)[1] == ("trung tuần tháng 7 năm nay", "2020-07-01", "2020-07-31", "month")


def test_a_month_said_to_be_an_occasion_still_recurs_with_its_part():
    assert dates("Cuối tháng 3 là dịp để tuổi trẻ hành động.", "2024-03-01") == []


# --- "N tháng (đầu) năm nay" ---------------------------------------------------------------------

def test_nine_months_of_this_year_is_the_reporting_period():
    text = "Trong 9 tháng năm nay, đài truyền thanh xã đã phát sóng 75 chuyên mục."
    assert dates(text, "2024-10-05") == [("9 tháng năm nay", "2024-01-01", "2024-09-30", "range")]
    assert dates(text, None) == [("9 tháng năm nay", None, None, "range")]


def test_the_first_half_of_this_year():
    assert dates("6 tháng đầu năm nay, hội kết nạp 20 hội viên.", "2024-07-05") == [
        ("6 tháng đầu năm nay", "2024-01-01", "2024-06-30", "half")]
    assert dates("Nửa cuối năm nay, hội sẽ mở lớp.", "2024-07-05") == [
        ("Nửa cuối năm nay", "2024-07-01", "2024-12-31", "half")]


def test_nine_months_of_this_year_in_an_undated_paragraph_that_writes_its_year():
    text = "Năm 2019 là năm bản lề. 9 tháng năm nay, đài phát 50 tin."
    assert dates(text, None)[1] == ("9 tháng năm nay", "2019-01-01", "2019-09-30", "range")


# --- an association named for a year its members served ------------------------------------

def test_a_year_after_an_association_and_its_bracketed_short_form_is_part_of_the_name():
    text = ("Ngày 3/12, Hội Cựu binh Thành cổ (CBTC) năm 1972 tỉnh Nam Hà tổ chức Đại hội đại biểu "
            "lần thứ I, nhiệm kỳ 2025–2030.")
    assert dates(text, None) == [
        ("Ngày 3/12", "2025-12-03", "2025-12-03", "day"),
        ("nhiệm kỳ 2025–2030", "2025-01-01", "2030-12-31", "range"),
    ]


def test_a_served_year_after_an_association_s_short_form_alone_is_part_of_the_name():
    text = "Ngày 11/11/2025, tỉnh cho phép thành lập Hội CBTC năm 1972 tỉnh Nam Hà."
    assert dates(text, None) == [("Ngày 11/11/2025", "2025-11-11", "2025-11-11", "day")]


def test_a_recent_year_after_a_short_form_stays_a_year():
    text = "Ngày 5/3, Hội LHPN năm 2023 huyện A tổng kết công tác."
    assert ("năm 2023", "2023-01-01", "2023-12-31", "year") in dates(text, None)


# --- a named month glossed by its month ----------------------------------------------------------

def test_a_named_month_s_gloss_is_every_year_s_month():
    text = "Các chi hội hưởng ứng Tháng Nhân đạo (tháng 5) bằng nhiều việc làm cụ thể."
    assert dates(text, "2021-05-13") == []


def test_a_named_month_that_is_the_occasion_keeps_its_month():
    text = "Nhân Tháng Thanh niên (tháng 3), Đoàn xã ra quân làm đường."
    assert dates(text, "2021-03-13") == [("tháng 3", "2021-03-01", "2021-03-31", "month")]


# --- anniversaries of national and international days -------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("kỷ niệm 103 năm ngày quốc tế phụ nữ", 2013),
    ("kỷ niệm 138 năm ngày quốc tế lao động", 2024),
    ("chào mừng 1982 năm khởi nghĩa hai bà trưng", 2022),
    ("kỷ niệm 69 năm ngày thầy thuốc việt nam", 2024),
    ("kỷ niệm 52 năm chiến thắng hà nội - điện biên phủ trên không", 2024),
    ("kỷ niệm 70 năm chiến thắng điện biên phủ", 2024),
    ("kỷ niệm 35 năm ngày hội quốc phòng toàn dân", 2024),
])
def test_days_the_press_counts(text, year):
    assert anniversary_year(text, None, 2026) == year


def test_an_international_day_s_anniversary_dates_the_undated_day():
    text = "Sáng 7/3, huyện tổ chức mít tinh kỷ niệm 103 năm Ngày Quốc tế Phụ nữ."
    assert dates(text, None) == [("Sáng 7/3", "2013-03-07", "2013-03-07", "day")]


# --- a year's part, a bare year's end ------------------------------------------------------------

def test_a_part_of_a_year_is_in_the_surface():
    assert dates("Vào cuối năm 2022, hội mở lớp dạy nghề.", "2023-06-10") == [
        ("cuối năm 2022", "2022-01-01", "2022-12-31", "year")]
    assert dates("Em được nhận đỡ đầu năm 2022 với 12 triệu đồng.", "2023-06-10") == [
        ("năm 2022", "2022-01-01", "2022-12-31", "year")]  # "đỡ đầu": to sponsor


def test_a_bare_year_end_on_a_dated_page_is_that_year():
    assert dates("Vào cuối năm, hội trao 200 suất quà cho hộ nghèo.", "2023-06-10") == [
        ("cuối năm", "2023-01-01", "2023-12-31", "year")]
    assert dates("Vào cuối năm, hội trao 200 suất quà cho hộ nghèo.", None) == []
    assert dates("Cuối năm học, trường tổng kết thi đua.", "2023-06-10") == []


# --- the year a page's stamp, a council's first session or an honouring conference gives ----------

def test_a_page_s_month_stamp_gives_the_year():
    text = " date 2020-07 (Báo X) - Vào trung tuần tháng 7 năm nay, đoàn cựu chiến binh thăm lại chiến trường xưa."
    assert dates(text, None) == [("trung tuần tháng 7 năm nay", "2020-07-01", "2020-07-31", "month")]
    assert dates(" date 2022-03 Ngày 7/3, Hội LHPN xã tổ chức hội thi.", None) == [
        ("Ngày 7/3", "2022-03-07", "2022-03-07", "day")]


def test_a_council_s_first_session_is_in_the_term_s_first_year():
    text = ("Ngày 2 tháng 7 vừa qua, HĐND tỉnh An Hòa khai mạc kỳ họp thứ nhất của HĐND tỉnh khóa X "
            "nhiệm kỳ 2021 – 2026.")
    assert dates(text, None)[0] == ("Ngày 2 tháng 7", "2021-07-02", "2021-07-02", "day")


def test_a_council_s_later_session_gives_no_year():
    text = "Sáng 4-7, kỳ họp thứ 6 của HĐND tỉnh An Hòa khóa IX (nhiệm kỳ 2016-2021) khai mạc."
    assert dates(text, None)[0] == ("Sáng 4-7", None, None, "day")


def test_a_conference_honouring_a_period_is_in_its_last_year():
    text = ("Sáng ngày 5/3, hội nghị biểu dương các gương phụ nữ điển hình tiên tiến giai đoạn "
            "2010 - 2015 của tỉnh được tổ chức.")
    assert dates(text, None)[0] == ("Sáng ngày 5/3", "2015-03-05", "2015-03-05", "day")


def test_an_interim_review_still_gives_no_year():
    text = "Sáng 10/4, hội tổ chức sơ kết phong trào giai đoạn 2021 – 2025."
    assert dates(text, None)[0] == ("Sáng 10/4", None, None, "day")
