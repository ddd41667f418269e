"""Date forms of round 25: the year a paragraph or its page gives in another form — a page's own
date against a congress's term, a review's period in brackets, days of one month in brackets,
a relative day apposed to the first day of a range, the term of a congress whose resolution is
only carried out — fixed lunar festivals with their year, years before 1900, a crop season's
"năm nay", an occasion named in sentence case, amounts after "tháng". Sentences written for
these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse


def dates(text: str, published: str | None, source: str | None = "baohaugiang") -> list[tuple]:
    return [(d.surface, d.date_start, d.date_end, d.granularity)
            for d in analyse(text, published, source).dates]


# --- the page's own date wins over a congress's term --------------------------------------------

def test_a_dated_folder_dates_an_emulation_congress_before_its_term():
    text = "Ngày 14.8, thị xã khai mạc Đại hội Thi đua yêu nước lần thứ IV (giai đoạn 2020 - 2025)."
    got = dates(text, None, "https://baomau.vn/thoi-su/202008/dai-hoi-thi-dua-huyen-123456/")
    assert got[0] == ("Ngày 14.8", "2020-08-14", "2020-08-14", "day")


def test_the_page_stamp_opening_the_text_wins_over_the_term():
    text = " date 2020-09 Sáng 3/9, xã tổ chức Đại hội Thi đua quyết thắng giai đoạn 2020 - 2025."
    assert dates(text, None, None)[0] == ("Sáng 3/9", "2020-09-03", "2020-09-03", "day")


def test_without_a_page_date_the_emulation_congress_is_held_in_its_last_year():
    text = "Ngày 14.8, thị xã khai mạc Đại hội Thi đua yêu nước lần thứ IV (giai đoạn 2020 - 2025)."
    assert dates(text, None, "https://baomau.vn/thoi-su/dai-hoi-thi-dua-huyen-123456.html")[0] == (
        "Ngày 14.8", "2025-08-14", "2025-08-14", "day")


def test_a_year_word_of_the_headline_does_not_beat_the_term():
    text = "Sáng 5/10, Đại hội Hội Nông dân huyện lần thứ IX, nhiệm kỳ 2023 – 2028 khai mạc."
    got = dates(text, None, "https://baomau.vn/tin/ket-qua-nam-2022-cua-hoi-nong-dan-99.html")
    assert got[0] == ("Sáng 5/10", "2023-10-05", "2023-10-05", "day")


# --- a review's period in brackets -----------------------------------------------------------------

def test_a_final_review_of_a_bracketed_period_gives_its_last_year():
    text = "Chiều qua 9.3, Hội Cựu chiến binh xã tổng kết ba năm thi đua giúp nhau làm kinh tế (2016 - 2018)."
    assert dates(text, None)[0] == ("Chiều qua 9.3", "2018-03-09", "2018-03-09", "day")


def test_an_interim_review_of_a_bracketed_period_gives_none():
    text = "Sáng 9.3, Hội Cựu chiến binh xã sơ kết ba năm thi đua giúp nhau làm kinh tế (2017 - 2021)."
    assert dates(text, None)[0] == ("Sáng 9.3", None, None, "day")


def test_a_final_review_far_into_a_long_sentence_still_gives_its_last_year():
    text = ("Ngày 18/12, Hội Phụ nữ tỉnh tổ chức hội nghị tổng kết Chỉ thị số 12 của Ban Thường vụ "
            "Trung ương Hội và đề án “Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế hộ gia đình gắn "
            "với xây dựng gia đình no ấm, tiến bộ, hạnh phúc ở vùng sâu, vùng xa”, giai đoạn 2016-2021.")
    assert dates(text, None)[0] == ("Ngày 18/12", "2021-12-18", "2021-12-18", "day")


# --- the year a paragraph writes elsewhere, for dotted, glossed and ranged days ----------------

@pytest.mark.parametrize("text, want", [
    ("Ngày 19.5, trường tổ chức lễ kỷ niệm 50 năm thành lập (19.10.1970 - 19.10.2020).",
     ("Ngày 19.5", "2020-05-19", "2020-05-19", "day")),
    ("Chiều 22.8, hội trao 15 căn nhà tình thương, nâng tổng số nhà trong năm 2021 lên 40 căn.",
     ("Chiều 22.8", "2021-08-22", "2021-08-22", "day")),
    ("Sáng nay (6/11), Liên đoàn Lao động tỉnh bàn kế hoạch thi đua năm 2019.",
     ("Sáng nay (6/11)", "2019-11-06", "2019-11-06", "day")),
    ("Từ ngày 2/5 đến 19/5, thư viện tỉnh trưng bày 300 đầu sách quý; năm 2021 thư viện mở thêm 5 phòng đọc.",
     ("Từ ngày 2/5 đến 19/5", "2021-05-02", "2021-05-19", "range")),
])
def test_a_day_without_its_year_takes_the_year_the_paragraph_writes(text, want):
    assert dates(text, None)[0] == want


def test_a_relative_day_glossed_in_brackets_is_null_without_any_year():
    assert dates("Sáng nay (6/11), Liên đoàn Lao động tỉnh bàn kế hoạch thi đua.", None) == [
        ("Sáng nay (6/11)", None, None, "day")]


def test_a_relative_day_apposed_to_the_first_day_of_a_range_is_one_range():
    text = "Hội chợ nông sản diễn ra từ sáng nay 14/10 đến 17/10 tại quảng trường tỉnh."
    assert dates(text, "2022-10-14") == [("từ sáng nay 14/10 đến 17/10", "2022-10-14", "2022-10-17", "range")]


def test_the_congress_held_is_not_doubted_for_the_resolution_of_the_last_one():
    text = ("Đại hội Hội Liên hiệp Phụ nữ tỉnh lần thứ XV (nhiệm kỳ 2021 – 2026) diễn ra từ chiều nay "
            "8/7 đến 9/7. Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XIV nhiệm kỳ "
            "2016-2021.")
    assert ("từ chiều nay 8/7 đến 9/7", "2021-07-08", "2021-07-09", "range") in dates(text, None)


def test_a_welcomed_congress_still_gives_no_year():
    text = "Sáng 12/9, xã ra quân chào mừng Đại hội Đoàn huyện lần thứ VIII, nhiệm kỳ 2022 - 2027."
    assert dates(text, None)[0] == ("Sáng 12/9", None, None, "day")


# --- days of one month in brackets ---------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Liên hoan kéo dài 2 ngày (18 và 19-11), với nhiều tiết mục đặc sắc.",
     ("(18 và 19-11)", "2019-11-18", "2019-11-19", "range")),
    ("Giải đấu diễn ra hai ngày (7, 8.12.2019) tại nhà thi đấu tỉnh.",
     ("(7, 8.12.2019)", "2019-12-07", "2019-12-08", "range")),
    ("Cuối tuần qua (16 và 17-11), các chi hội bóng chuyền giao hữu tại sân xã.",
     ("Cuối tuần qua (16 và 17-11)", "2019-11-16", "2019-11-17", "range")),
])
def test_days_of_one_month_alone_in_a_bracket_are_a_range(text, want):
    assert dates(text, "2019-11-20") == [want]


def test_days_in_a_bracket_take_the_year_of_the_dated_folder():
    got = dates("Trại hè kéo dài hai ngày (3 và 4-11) với 500 đoàn viên tham gia.", None,
                "https://baomau.vn/xa-hoi/201911/hoi-trai-thanh-nien-777/")
    assert got == [("(3 và 4-11)", "2019-11-03", "2019-11-04", "range")]


def test_days_out_of_order_in_a_bracket_are_no_range():
    assert dates("Hai đội gặp nhau (26 và 25-10) tại sân vận động.", "2019-11-20") == []


# --- fixed lunar festivals with their year -------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Chùa Long Phước đón 2.000 phật tử về dự lễ Vu Lan báo hiếu 2019.",
     ("lễ Vu Lan báo hiếu 2019", "2019-08-15", "2019-08-15", "day")),
    ("Nhân dịp Tết Trung thu 2022, Đoàn xã tặng 200 chiếc đèn ông sao cho thiếu nhi.",
     ("Tết Trung thu 2022", "2022-09-10", "2022-09-10", "day")),
    ("Đêm Rằm tháng Giêng năm 2023, nhà văn hóa tổ chức đêm thơ.",
     ("Rằm tháng Giêng năm 2023", "2023-02-05", "2023-02-05", "day")),
    ("Dịp Tết Nguyên tiêu 2023, câu lạc bộ thơ tổ chức giao lưu.",
     ("Tết Nguyên tiêu 2023", "2023-02-05", "2023-02-05", "day")),
])
def test_a_fixed_lunar_festival_with_its_year_is_its_solar_day(text, want):
    assert dates(text, None) == [want]


def test_a_lunar_festival_without_its_year_is_no_date():
    assert dates("Chùa Long Phước đón 2.000 phật tử về dự lễ Vu Lan.", None) == []


def test_the_mid_autumn_festival_with_nam_and_its_year_stays_the_year():
    assert dates("Nhân dịp Tết Trung thu năm 2022, Đoàn xã tặng đèn cho thiếu nhi.", None) == [
        ("năm 2022", "2022-01-01", "2022-12-31", "year")]


def test_the_season_of_a_festival_is_no_day():
    got = dates("Trong mùa Vu Lan 2022, chùa tổ chức nhiều hoạt động.", None)
    assert all(g[3] != "day" for g in got)


# --- the can chi alone stays unresolved in an undated article ------------------------------------

def test_a_lunar_gloss_with_only_a_can_chi_leaves_an_undated_day_null():
    text = "Ngày 5/3 (tức ngày 8/2 năm Canh Tý), lễ hội đình làng khai mạc."
    assert dates(text, None) == [("Ngày 5/3 (tức ngày 8/2 năm Canh Tý)", None, None, "day")]


def test_a_tet_with_only_its_can_chi_stays_null_in_an_undated_article_with_a_year():
    text = "Dịp Tết Nguyên đán Quý Mão, hội vận động 900 suất quà; kế hoạch năm 2023 đạt 60%."
    got = dates(text, None, "https://baomau.vn/xa-hoi/202307/hoi-chu-thap-do-888/")
    assert got[0] == ("Tết Nguyên đán Quý Mão", None, None, "day")


def test_the_holiday_enjoyed_while_welcoming_it_is_no_date():
    text = "Hội trao 300 phần quà giúp hộ nghèo vui đón Tết Giáp Ngọ vào tối 20.1.2014."
    assert dates(text, None) == [("tối 20.1.2014", "2014-01-20", "2014-01-20", "day")]


# --- years before 1900 ---------------------------------------------------------------------------

def test_a_year_of_history_after_nam_is_a_year():
    text = "Trận Rạch Gầm – Xoài Mút năm 1785 là chiến công lớn; năm 1786, nghĩa quân tiến ra Bắc."
    assert dates(text, None) == [
        ("năm 1785", "1785-01-01", "1785-12-31", "year"),
        ("năm 1786", "1786-01-01", "1786-12-31", "year"),
    ]


def test_a_bracketed_history_from_before_1900_is_a_range_and_dates_the_text():
    text = "Lễ kỷ niệm 235 năm chiến thắng Ngọc Hồi – Đống Đa (1789-2024) diễn ra sáng 10/2."
    assert dates(text, None) == [
        ("1789-2024", "1789-01-01", "2024-12-31", "range"),
        ("sáng 10/2", "2024-02-10", "2024-02-10", "day"),
    ]


def test_nam_meaning_five_before_an_amount_is_no_year():
    assert dates("Xã trồng mới năm 1200 ha rừng sản xuất.", None) == []


# --- not dates -----------------------------------------------------------------------------------

def test_this_year_of_a_crop_season_is_no_year():
    assert dates("Năng suất lúa vụ chiêm năm nay của các hợp tác xã tăng 5%.", "2023-10-10") == []


def test_an_amount_per_month_is_no_month():
    assert dates("Câu lạc bộ hỗ trợ mỗi tháng 1.500.000 đồng cho hai cụ già neo đơn.", "2021-05-05") == []


# --- an occasion named in sentence case, an edition year after a dashed name --------------------

def test_a_named_day_in_sentence_case_after_nhan_is_the_occasion():
    text = "Nhân Ngày toàn dân phòng cháy chữa cháy (4-10), đội tổ chức diễn tập tại chợ."
    assert dates(text, None) == [("(4-10)", None, None, "day")]


def test_a_named_day_in_sentence_case_welcomed_is_the_holiday():
    assert dates("Chào mừng Ngày toàn dân phòng cháy chữa cháy 4/10, đội ra quân.", None) == []


def test_an_edition_year_after_a_name_joined_by_a_dash():
    text = "Festival Hạ Long–Quảng Ninh 2022 mở đầu bằng đêm nghệ thuật."
    assert dates(text, None) == [("2022", "2022-01-01", "2022-12-31", "year")]


def test_a_tet_had_is_no_date_but_a_tet_welcomed_is_the_occasion():
    assert dates("Hội giúp các hộ có một cái Tết Quý Mão no ấm.", "2023-01-10") == []
    assert dates("Đón Tết Nguyên đán Quý Mão, hội trao 200 phần quà.", "2023-01-10") == [
        ("Tết Nguyên đán Quý Mão", "2023-01-22", "2023-01-22", "day")]


def test_a_year_run_into_nam_is_that_year():
    assert dates("Hội trao giải cuộc thi Sáng tạo trẻ năm2021 cho 12 tác giả.", "2021-12-20") == [
        ("năm2021", "2021-01-01", "2021-12-31", "year")]


def test_nam_run_into_a_number_that_is_no_year_stays_no_date():
    assert dates("Đội về đích thứ năm1 trong bảng.", "2021-12-20") == []
