"""Date forms of round 26: two full dates joined by an odd separator (an anniversary's span
"(… * …)"), a can chi written with its year and no holiday word, a founding year alone in
brackets, two weekdays joined after a plural. Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse


def dates(text: str, published: str | None, source: str | None = "baohaugiang") -> list[tuple]:
    return [(d.surface, d.date_start, d.date_end, d.granularity)
            for d in analyse(text, published, source).dates]


# --- an anniversary's span with an odd separator -------------------------------------------------

def test_two_full_dates_joined_by_an_asterisk_are_one_range():
    text = ("Chào mừng 70 năm Ngày thành lập Hội (15/10/1955 * 15/10/2025), chi hội tổ chức "
            "giải bóng chuyền.")
    assert dates(text, None) == [("15/10/1955 * 15/10/2025", "1955-10-15", "2025-10-15", "range")]


def test_two_full_dates_joined_by_a_tilde_are_one_range():
    text = "Kỷ niệm 35 năm thành lập trường (1/9/1990 ~ 1/9/2025), nhà trường tổ chức gặp mặt."
    assert dates(text, None) == [("1/9/1990 ~ 1/9/2025", "1990-09-01", "2025-09-01", "range")]


# --- a can chi with its year ---------------------------------------------------------------------

def test_a_can_chi_with_its_year_is_the_year():
    text = "Mậu Thân 1968, quân và dân cả nước mở cuộc tổng tiến công."
    assert dates(text, None) == [("Mậu Thân 1968", "1968-01-01", "1968-12-31", "year")]


def test_a_can_chi_after_nam_keeps_its_year():
    text = "Năm Giáp Thìn 2024 là năm bản làng có nhiều đổi mới."
    assert dates(text, None) == [("Giáp Thìn 2024", "2024-01-01", "2024-12-31", "year")]


def test_a_can_chi_not_of_the_number_is_no_year():
    assert dates("Giáp Thìn 2023, bà con đón nhiều niềm vui.", None) == []


def test_the_holiday_with_its_can_chi_and_year_stays_a_day():
    text = "Dịp Tết Giáp Thìn 2024, hội trao 200 suất quà."
    assert dates(text, None) == [("Tết Giáp Thìn 2024", "2024-02-10", "2024-02-10", "day")]


# --- a founding year in brackets -----------------------------------------------------------------

def test_a_founding_year_in_brackets_is_the_year():
    text = "Từ khi nhà Nguyễn lập thành tỉnh Quảng Bình (1604) đến nay đã hơn 400 năm."
    assert ("1604", "1604-01-01", "1604-12-31", "year") in dates(text, None)


def test_a_bracketed_year_after_a_name_without_founding_is_left():
    assert dates("Ông Nguyễn Văn Bình (1950) là hội viên lâu năm.", None) == []


# --- recurring weekdays --------------------------------------------------------------------------

def test_two_weekdays_after_a_plural_are_both_recurring():
    text = "Sân được thi công trong 3 tuần vào các thứ Bảy và Chủ nhật, với 20 đoàn viên tham gia."
    assert dates(text, "2024-05-20") == []


def test_two_weekdays_with_no_plural_stay_days():
    text = "Sáng thứ Bảy và Chủ nhật vừa qua, đoàn đã đến thăm các gia đình."
    got = [d[0] for d in dates(text, "2024-05-20")]
    assert got == ["thứ Bảy", "Chủ nhật"]


# --- the season around Tết as the occasion of the news ------------------------------------------

def test_before_during_and_after_tet_is_the_nearest_tet():
    text = "Để đủ máu điều trị, nhất là trước, trong và sau Tết Nguyên đán, hội tổ chức hiến máu."
    assert dates(text, "2024-01-20") == [("Tết Nguyên đán", "2024-02-10", "2024-02-10", "day")]


def test_before_during_and_after_tet_in_an_undated_text_is_left():
    text = "Để đủ máu điều trị, nhất là trước, trong và sau Tết Nguyên đán, hội tổ chức hiến máu."
    assert dates(text, None) == []


def test_welcoming_the_bare_tet_is_no_date():
    text = "Hội trao 50 suất quà giúp các gia đình khó khăn đón Tết Nguyên đán, Hội cũng thăm hỏi."
    assert dates(text, "2024-01-20") == []


# --- a lunar month said to recur later in its sentence ------------------------------------------

def test_a_lunar_month_tied_to_a_yearly_festival_recurs():
    text = ("Giá hoa sen tăng, nhất là vào đầu tháng 7 âm lịch, gắn với lễ Vu Lan được các chùa "
            "tổ chức hàng năm.")
    assert dates(text, "2023-08-20") == []


def test_a_lunar_month_with_no_yearly_clause_stays_the_month():
    text = "Giá hoa sen tăng vào đầu tháng 7 âm lịch, nhiều nhà vườn có lãi."
    assert dates(text, "2023-08-20")[0][0] == "đầu tháng 7 âm lịch"


def test_a_lunar_month_with_its_year_stays_the_month_beside_a_yearly_clause():
    text = "Tháng Giêng năm 2024, lễ hội làng diễn ra hằng năm thu hút đông du khách."
    assert dates(text, "2024-02-14")[0][:2] == ("Tháng Giêng năm 2024", "2024-02-10")
