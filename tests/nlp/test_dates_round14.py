"""Date forms of real-text round 14 (issue 14). Sentences written for the test (not press text):
a year the text only implies is never after this year (an emulation congress whose term ends in
the future opens it), "từ đầu năm YYYY đến nay" without a publication date keeps its written start,
a ten-day part of a month before "đến nay", a bracketed lunar day with its lunar year glossing the
day before it, "hôm nay" set against the future, a bare year after a programme's quote before
"vừa"."""

from __future__ import annotations

import pytest
from baochi.nlp.dates import years

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = None) -> list[DateRow]:
    return date_rows(text, pub)


@pytest.fixture
def in_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(years, "this_year", lambda: 2026)


def test_an_emulation_congress_whose_term_ends_after_this_year_opens_it(in_2026: None) -> None:
    assert dates("Sáng 12/11, Đại hội Thi đua yêu nước Hội Nông dân tỉnh lần thứ V giai đoạn "
                 "2025 - 2030 được tổ chức.")[0] == ("Sáng 12/11", "2025-11-12", "2025-11-12", "day")
    # a term already over is reviewed in its last year, as before
    assert dates("Sáng 12/11, Đại hội Thi đua yêu nước Hội Nông dân tỉnh lần thứ IV giai đoạn "
                 "2020 - 2025 được tổ chức.")[0] == ("Sáng 12/11", "2025-11-12", "2025-11-12", "day")


def test_a_review_of_a_period_not_over_yet_gives_no_year(in_2026: None) -> None:
    assert dates("Sáng 20/12, huyện tổ chức hội nghị tổng kết phong trào giai đoạn 2026 - 2030.")[0] \
        == ("Sáng 20/12", None, None, "day")


def test_the_articles_year_is_never_after_this_year(in_2026: None) -> None:
    # the only year written is a plan's horizon, not the year of the day-month
    assert dates("Ngày 3/4, xã họp bàn kế hoạch trồng rừng năm 2035.")[0] == \
        ("Ngày 3/4", None, None, "day")


def test_since_the_start_of_a_written_year_keeps_its_start_without_a_page_date() -> None:
    assert dates("Từ đầu năm 2017 đến nay, hội đã vận động được 300 triệu đồng.") == [
        ("Từ đầu năm 2017 đến nay", "2017-01-01", None, "range")]
    assert dates("Từ đầu năm đến nay, hội đã vận động được 300 triệu đồng.") == [
        ("Từ đầu năm đến nay", None, None, "range")]
    assert dates("Từ đầu năm 2017 đến nay, hội đã vận động được 300 triệu đồng.", "2017-06-30") == [
        ("Từ đầu năm 2017 đến nay", "2017-01-01", "2017-06-30", "range")]


def test_a_ten_day_part_of_a_month_since_then_is_one_range() -> None:
    assert dates("Từ trung tuần tháng 3 đến nay, các chi đoàn tuyên truyền trên mạng xã hội.") == [
        ("Từ trung tuần tháng 3 đến nay", None, None, "range")]
    assert dates("Từ hạ tuần tháng 3 đến nay, các chi đoàn tuyên truyền.", "2021-05-10") == [
        ("Từ hạ tuần tháng 3 đến nay", "2021-03-01", "2021-05-10", "range")]
    assert dates("Kể từ thượng tuần tháng 2/2021 đến nay, xã đã làm 3 km đường.") == [
        ("Kể từ thượng tuần tháng 2/2021 đến nay", "2021-02-01", None, "range")]


def test_a_bracketed_lunar_day_with_its_lunar_year_glosses_the_day() -> None:
    assert dates("Ngày 12/02/2024 (ngày 03/01 Tết Nguyên đán Giáp Thìn năm 2024), xã tổ chức lễ "
                 "ra quân trồng cây.") == [
        ("Ngày 12/02/2024 (ngày 03/01 Tết Nguyên đán Giáp Thìn năm 2024)", "2024-02-12",
         "2024-02-12", "day")]
    assert dates("Sáng 12/2 (3/1 âm lịch), thôn tổ chức hội làng.", "2024-02-12") == [
        ("Sáng 12/2 (3/1 âm lịch)", "2024-02-12", "2024-02-12", "day")]
    # a bracket without a lunar word is read as before
    assert dates("Sáng 12/2 (thứ Hai), thôn tổ chức hội làng.", "2024-02-12")[0][:2] == \
        ("Sáng 12/2", "2024-02-12")


def test_today_set_against_the_future_is_no_day() -> None:
    assert dates("Trồng rừng là việc làm không chỉ cho hôm nay mà cho cả các thế hệ mai sau.",
                 "2023-01-27") == []
    assert dates("Chúng ta giữ rừng cho hôm nay và tương lai.", "2023-01-27") == []
    # a day of the meeting, then the future in another clause
    assert dates("Xã tổ chức hội nghị vào hôm nay và sẽ họp lại trong tương lai.", "2023-01-27") == [
        ("hôm nay", "2023-01-27", "2023-01-27", "day")]


def test_a_year_after_a_programmes_quote_before_vua() -> None:
    assert dates("Tại chương trình “Ánh sáng nhân ái” 2022 vừa được tổ chức, hội nhận 2 tỷ đồng.") == [
        ("2022", "2022-01-01", "2022-12-31", "year")]


def test_a_dated_folder_in_the_address_wins_over_a_number_of_the_headline() -> None:
    # the headline's "2010" is the 20/10 holiday; the folder "/201210/" is the page's month
    page = "https://baotinh.example.vn/xa-hoi/201210/hoat-dong-chao-mung-ngay-phu-nu-2010-12345"
    assert years.address_year(page) == 2012
    assert date_rows("Ngày 17/10, hội phụ nữ xã tổ chức gặp mặt hội viên.", None, page) == [
        ("Ngày 17/10", "2012-10-17", "2012-10-17", "day")]
    assert years.address_year("https://baotinh.example.vn/2019/09/17/tin-nam-2020.html") == 2019
    # without a dated folder two years of the headline still give none
    assert years.address_year("https://baotinh.example.vn/tin-2019-va-2020.html") is None
